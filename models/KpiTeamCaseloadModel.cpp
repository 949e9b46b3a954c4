#include "KpiTeamCaseloadModel.h"

#include "kpi/Suppression.h"

namespace trellis {

using namespace kpi;

void KpiTeamCaseloadModel::setExact(bool exact)
{
    beginResetModel();
    m_exact = exact;
    endResetModel();
}

int KpiTeamCaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_figures.caseload.size());
}

int KpiTeamCaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KpiTeamCaseloadModel::riskTitle(int riskRank)
{
    switch (riskRank) {
    case 0:
        return tr("Low");
    case 1:
        return tr("Medium");
    case 2:
        return tr("High");
    case 3:
        return tr("Very high");
    default:
        return tr("All risks");
    }
}

QVariant KpiTeamCaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkerCaseload& worker = m_figures.caseload.at(index.row());
    const int column = index.column();
    const int value = column == TotalColumn ? worker.total() : column > 0 ? worker.byRisk.at(column - 1) : 0;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == WorkerColumn)
            return worker.workerName;
        return m_exact ? QString::number(value) : Suppression::shown(value);
    case Qt::EditRole:
        return column == WorkerColumn ? QVariant(worker.workerName) : QVariant(value);
    case ChartValueRole:
        if (column == WorkerColumn || column == TotalColumn || (!m_exact && Suppression::hides(value)))
            return {};
        return double(value);
    case KeyRole:
        return worker.workerId;
    case Qt::TextAlignmentRole:
        return column == WorkerColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        return column == WorkerColumn
                   ? QVariant()
                   : QVariant(
                         tr("Open young people whose lead worker is %1, at %2 risk (the higher "
                            "of the safety and wellbeing and the risk of serious harm ratings). "
                            "Press Enter to list them.")
                             .arg(worker.workerName, riskTitle(column == TotalColumn ? -1 : column - 1).toLower()));
    default:
        return {};
    }
}

QVariant KpiTeamCaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == WorkerColumn)
        return tr("Lead worker");
    if (section == TotalColumn)
        return tr("Total");
    return riskTitle(section - 1);
}

QList<DrillRow> KpiTeamCaseloadModel::drillRows(const QModelIndex& index) const
{
    if (!index.isValid() || index.column() == WorkerColumn || !m_figures.facts || index.row() >= rowCount())
        return {};
    const WorkerCaseload& worker = m_figures.caseload.at(index.row());
    const int risk = index.column() == TotalColumn ? -1 : index.column() - 1;
    return TeamCaseload::rows(*m_figures.facts, m_figures.scope, worker.workerId, risk);
}

QString KpiTeamCaseloadModel::drillTitle(const QModelIndex& index) const
{
    if (!index.isValid() || index.column() == WorkerColumn || index.row() >= rowCount())
        return {};
    const WorkerCaseload& worker = m_figures.caseload.at(index.row());
    return tr("%1: %2").arg(worker.workerName, index.column() == TotalColumn
                                                   ? tr("all open young people")
                                                   : tr("%1 risk").arg(riskTitle(index.column() - 1)));
}

} // namespace trellis
