#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace trellis::kpi {

// A closed range of days, both ends included.
struct Period {
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool contains(const QDate& day) const { return day.isValid() && day >= from && day <= to; }
    // "2025/26" when the period is exactly one financial year, else "01/04/2025 – 31/12/2025".
    QString label() const;
    bool operator==(const Period&) const = default;
};

// The financial year runs from 1 April to 31 March; "2019/20" is 1 April 2019 – 31 March 2020.
// A year is named by the calendar year it starts in (2019 for 2019/20).
class FinancialYear {
public:
    static int startYearOf(const QDate& day);        // 2025 for 31/03/2026, 2026 for 01/04/2026
    static Period period(int startYear);             // 01/04/startYear – 31/03/startYear+1
    static QString label(int startYear);             // "2025/26"
    // The `count` years ending with the one holding `today`, oldest first.
    static QList<int> lastYears(const QDate& today, int count);
    // (added) Whether `period` is exactly one financial year (else a custom period).
    static bool isYear(const Period& period);
};

} // namespace trellis::kpi
