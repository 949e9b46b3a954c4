#include "KpiDrillModel.h"

#include "kpi/Suppression.h"

#include <cmath>

namespace trellis {

using namespace kpi;

void KpiDrillModel::setFigures(const DashboardFigures& figures)
{
    beginResetModel();
    m_figures = figures;
    figuresChanged();
    endResetModel();
}

QString KpiDrillModel::figureText(const MeasureValue& value, MeasureUnit unit, bool exact)
{
    if (unit == MeasureUnit::Percent) {
        if (exact)
            return value.percent() ? QStringLiteral("%1%").arg(*value.percent(), 0, 'f', 0) : QStringLiteral("–");
        return Suppression::percentShown(value.count, value.denominator);
    }
    return exact ? QString::number(value.count) : Suppression::shown(value.count);
}

QVariant KpiDrillModel::chartValue(const MeasureValue& value, MeasureUnit unit, bool exact)
{
    if (unit == MeasureUnit::Percent) {
        const auto percent = exact ? value.percent() : Suppression::percent(value.count, value.denominator);
        if (!percent)
            return {};
        // Rounded as the table's text is ("43%", one decimal below 10%), so bar and cell agree.
        return *percent < 10 ? std::round(*percent * 10) / 10 : std::round(*percent);
    }
    if (!exact && Suppression::hides(value.count))
        return {};
    return double(value.count);
}

} // namespace trellis
