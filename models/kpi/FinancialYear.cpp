#include "FinancialYear.h"

namespace trellis::kpi {

namespace {
constexpr int kFirstMonth = 4; // April
} // namespace

QString Period::label() const
{
    const int start = FinancialYear::startYearOf(from);
    if (isValid() && FinancialYear::period(start) == *this)
        return FinancialYear::label(start);
    const QString format = QStringLiteral("dd/MM/yyyy");
    return QStringLiteral("%1 – %2").arg(from.toString(format), to.toString(format));
}

int FinancialYear::startYearOf(const QDate& day)
{
    return day.month() >= kFirstMonth ? day.year() : day.year() - 1;
}

Period FinancialYear::period(int startYear)
{
    return {QDate(startYear, kFirstMonth, 1), QDate(startYear + 1, kFirstMonth, 1).addDays(-1)};
}

QString FinancialYear::label(int startYear)
{
    return QStringLiteral("%1/%2").arg(startYear).arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

bool FinancialYear::isYear(const Period& period)
{
    return period.isValid() && FinancialYear::period(startYearOf(period.from)) == period;
}

QList<int> FinancialYear::lastYears(const QDate& today, int count)
{
    QList<int> years;
    const int last = startYearOf(today);
    for (int year = last - count + 1; year <= last; ++year)
        years.append(year);
    return years;
}

} // namespace trellis::kpi
