#include "KpiDrillDownModel.h"

namespace trellis {

using namespace kpi;

KpiDrillDownModel::KpiDrillDownModel(const DashboardFigures& figures, QList<DrillRow> rows, QObject* parent)
    : QAbstractTableModel(parent)
    , m_facts(figures.facts)
    , m_index(figures.personIndex)
    , m_rows(std::move(rows))
{
}

int KpiDrillDownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KpiDrillDownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const PersonFact* KpiDrillDownModel::personAt(int row) const
{
    if (!m_facts || !m_index)
        return nullptr;
    const int person = m_index->value(m_rows.at(row).youngPersonId, -1);
    return person >= 0 && person < m_facts->people.size() ? &m_facts->people.at(person) : nullptr;
}

QString KpiDrillDownModel::youngPersonId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).youngPersonId : QString();
}

QVariant KpiDrillDownModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DrillRow& row = m_rows.at(index.row());
    if (role == YoungPersonIdRole)
        return row.youngPersonId;
    if (role == Qt::EditRole && index.column() == DateColumn)
        return row.date; // sorts by date, not by its text
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};
    const PersonFact* person = personAt(index.row());
    switch (index.column()) {
    case ReferenceColumn:
        return person ? person->reference : QString();
    case NameColumn:
        return person ? person->name : tr("(not on this laptop)");
    case DateColumn:
        return row.date.toString(QStringLiteral("dd/MM/yyyy"));
    case DetailColumn:
        return row.detail;
    default:
        return {};
    }
}

QVariant KpiDrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn:
        return tr("Reference");
    case NameColumn:
        return tr("Name");
    case DateColumn:
        return tr("Date");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace trellis
