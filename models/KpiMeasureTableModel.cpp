#include "KpiMeasureTableModel.h"

#include "kpi/FinancialYear.h"
#include "kpi/Suppression.h"

#include <QFont>

namespace trellis {

using namespace kpi;

int KpiMeasureTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_definitions.size());
}

int KpiMeasureTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : changeColumn() + 1;
}

void KpiMeasureTableModel::setForExport(bool forExport)
{
    beginResetModel();
    m_forExport = forExport;
    endResetModel();
}

const MeasureValue* KpiMeasureTableModel::valueAt(int row, int column) const
{
    if (column >= 1 && column <= yearColumns()) {
        if (yearsLeftOut())
            return nullptr;
        const auto& year = m_figures.byYear.at(column - 1);
        return row < year.size() ? &year.at(row) : nullptr;
    }
    if (hasPeriodColumn() && column == yearColumns() + 1)
        return row < m_figures.periodMeasures.size() ? &m_figures.periodMeasures.at(row) : nullptr;
    return nullptr;
}

QString KpiMeasureTableModel::changeText(const MeasureValue& before, const MeasureValue& after, MeasureUnit unit)
{
    const QString minus = QStringLiteral("−");
    if (unit == MeasureUnit::Percent) {
        const auto a = Suppression::percent(before.count, before.denominator);
        const auto b = Suppression::percent(after.count, after.denominator);
        if (!a || !b)
            return QStringLiteral("–");
        const double points = *b - *a;
        const QString number = QString::number(std::abs(points), 'f', std::abs(points) < 10 ? 1 : 0);
        return tr("%1%2 points").arg(points < 0 ? minus : QStringLiteral("+"), number);
    }
    if (Suppression::hides(before.count) || Suppression::hides(after.count))
        return QStringLiteral("–");
    const int change = after.count - before.count;
    return (change < 0 ? minus : QStringLiteral("+")) + QString::number(std::abs(change));
}

QString KpiMeasureTableModel::columnTitle(int column) const
{
    if (column == 0)
        return tr("Measure");
    if (column >= 1 && column <= yearColumns())
        return FinancialYear::label(m_figures.years.at(column - 1));
    if (column == changeColumn())
        return yearColumns() >= 2
                   ? tr("Change since %1").arg(FinancialYear::label(m_figures.years.at(yearColumns() - 2)))
                   : tr("Change");
    return m_figures.scope.period.label();
}

QVariant KpiMeasureTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeasureDefinition& def = m_definitions.at(index.row());
    const int column = index.column();
    const MeasureValue* value = valueAt(index.row(), column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == 0)
            return def.unit == MeasureUnit::Percent ? tr("%1 (%)").arg(def.shownTitle()) : def.shownTitle();
        if (value)
            return figureText(*value, def.unit, false);
        if (column == changeColumn() && yearColumns() >= 2 && !yearsLeftOut()) {
            const int last = yearColumns();
            const MeasureValue* before = valueAt(index.row(), last - 1);
            const MeasureValue* after = valueAt(index.row(), last);
            return before && after ? changeText(*before, *after, def.unit) : QString();
        }
        return QString();
    case ChartValueRole:
        return value ? chartValue(*value, def.unit, false) : QVariant();
    case KeyRole:
        return def.key;
    case Qt::ToolTipRole: {
        QString tip = def.shownDefinition();
        if (value && value->provisional)
            tip +=
                QLatin1Char('\n') + tr("Provisional: the follow-up time for this period has not yet run its course.");
        return tip;
    }
    case Qt::FontRole:
        if (value && value->provisional) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == 0 ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant KpiMeasureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole && section == changeColumn())
        return tr("The latest year against the one before; percentages in percentage points. Not given when "
                  "either figure is suppressed.");
    return QAbstractTableModel::headerData(section, orientation, role);
}

QList<DrillRow> KpiMeasureTableModel::drillRows(const QModelIndex& index) const
{
    const MeasureValue* value = index.isValid() ? valueAt(index.row(), index.column()) : nullptr;
    return value ? value->rows : QList<DrillRow>();
}

QString KpiMeasureTableModel::drillTitle(const QModelIndex& index) const
{
    if (!index.isValid() || !valueAt(index.row(), index.column()))
        return {};
    return tr("%1, %2").arg(m_definitions.at(index.row()).shownTitle(), columnTitle(index.column()));
}

} // namespace trellis
