#include "KpiSnapshotModel.h"

#include "kpi/Suppression.h"

namespace trellis {

using namespace kpi;

KpiSnapshotModel::KpiSnapshotModel(MeasureGroup group, QObject* parent)
    : KpiDrillModel(parent)
    , m_group(group)
    , m_exact(group == MeasureGroup::Overdue)
    , m_definitions(MeasureCatalogue::inGroup(group))
{
}

void KpiSnapshotModel::setExact(bool exact)
{
    beginResetModel();
    m_exact = exact;
    endResetModel();
}

const QList<MeasureValue>& KpiSnapshotModel::values() const
{
    return m_group == MeasureGroup::Overdue ? m_figures.overdue : m_figures.yjb;
}

int KpiSnapshotModel::rowCount(const QModelIndex& parent) const
{
    // Before the first figures arrive the measures are listed without numbers.
    return parent.isValid() ? 0 : int(m_definitions.size());
}

int KpiSnapshotModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiSnapshotModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MeasureDefinition& def = m_definitions.at(index.row());
    const MeasureValue* value = index.row() < values().size() ? &values().at(index.row()) : nullptr;
    const bool percent = def.unit == MeasureUnit::Percent;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case MeasureColumn:
            return def.shownTitle();
        case FigureColumn:
            return value ? figureText(*value, def.unit, m_exact) : QString();
        case CountColumn:
            if (!value)
                return QString();
            if (m_exact)
                return QString::number(value->count);
            // A percentage's count goes with its denominator: both withheld for a small rest.
            return percent ? Suppression::numeratorShown(value->count, value->denominator)
                           : Suppression::shown(value->count);
        case DenominatorColumn:
            if (!value || !percent)
                return QString();
            return m_exact ? QString::number(value->denominator)
                           : Suppression::denominatorShown(value->count, value->denominator);
        default:
            return {};
        }
    case ChartValueRole:
        return value && index.column() == FigureColumn ? chartValue(*value, def.unit, m_exact) : QVariant();
    case KeyRole:
        return def.key;
    case Qt::ToolTipRole:
        return def.shownDefinition();
    case Qt::TextAlignmentRole:
        return index.column() == MeasureColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant KpiSnapshotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool overdue = m_group == MeasureGroup::Overdue;
    switch (section) {
    case MeasureColumn:
        return overdue ? tr("Overdue work") : tr("Indicator");
    case FigureColumn:
        return m_figures.scope.today.isValid()
                   ? tr("As at %1").arg(m_figures.scope.today.toString(QStringLiteral("dd/MM/yyyy")))
                   : tr("Figure");
        // The numerator and denominator of a percentage; for a count the count again.
    case CountColumn:
        return overdue ? tr("Count") : tr("Meeting it");
    case DenominatorColumn:
        return overdue ? tr("Out of") : tr("Out of");
    default:
        return {};
    }
}

QList<DrillRow> KpiSnapshotModel::drillRows(const QModelIndex& index) const
{
    if (!index.isValid() || index.column() == MeasureColumn || index.row() >= values().size())
        return {};
    const MeasureValue& value = values().at(index.row());
    if (index.column() == DenominatorColumn)
        return value.rows + value.otherRows; // the whole denominator
    return value.rows;
}

QString KpiSnapshotModel::drillTitle(const QModelIndex& index) const
{
    if (!index.isValid() || index.column() == MeasureColumn || index.row() >= values().size())
        return {};
    const MeasureDefinition& def = m_definitions.at(index.row());
    if (index.column() == DenominatorColumn)
        return def.unit == MeasureUnit::Percent ? tr("%1: everyone counted in the percentage").arg(def.shownTitle())
                                                : QString();
    return def.shownTitle();
}

} // namespace trellis
