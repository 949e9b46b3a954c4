#include "CaseloadFilterModel.h"

#include "CaseloadModel.h"

namespace trellis {

namespace {

// Where a name word may begin: after a space, a hyphen ("Smith-Jones") or an apostrophe
// ("O'Brien"), and after the separator between the names and the reference.
bool isWordBoundary(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x2019) ||
           c == QChar(0x0001);
}

} // namespace

CaseloadFilterModel::CaseloadFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CaseloadModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(this, &QAbstractItemModel::modelReset, this, &CaseloadFilterModel::filterApplied);
}

void CaseloadFilterModel::setSourceModel(QAbstractItemModel* model)
{
    m_caseload = qobject_cast<CaseloadModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void CaseloadFilterModel::sort(int column, Qt::SortOrder order)
{
    if (!m_caseload) {
        QSortFilterProxyModel::sort(column, order);
        return;
    }
    m_caseload->sort(column, order);
}

void CaseloadFilterModel::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_searchWords)
        return; // only spaces changed: nothing to filter again
    m_searchWords = std::move(words);
    refilter();
}

void CaseloadFilterModel::setMinimumRisk(int rank)
{
    if (rank == m_minimumRisk)
        return;
    m_minimumRisk = rank;
    refilter();
}

void CaseloadFilterModel::setFlagMask(quint8 mask)
{
    if (mask == m_flagMask)
        return;
    m_flagMask = mask;
    refilter();
}

void CaseloadFilterModel::setOverdueOnly(bool overdueOnly)
{
    if (overdueOnly == m_overdueOnly)
        return;
    m_overdueOnly = overdueOnly;
    refilter();
}

void CaseloadFilterModel::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void CaseloadFilterModel::setSyncFilter(SyncFilter filter)
{
    if (filter == m_syncFilter)
        return;
    m_syncFilter = filter;
    refilter();
}

int CaseloadFilterModel::totalCount() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

void CaseloadFilterModel::refilter()
{
    // invalidate() re-maps every row in one pass and keeps persistent indexes (the selection)
    // on the rows that stay. invalidateFilter() would remove the rows that stopped matching one
    // contiguous range at a time: thousands of rowsRemoved signals when a letter is typed.
    invalidate();
    emit filterApplied();
}

bool CaseloadFilterModel::matchesSearch(const QString& key, qsizetype referenceStart) const
{
    const QStringView all(key);
    for (const QString& word : m_searchWords) {
        // The whole reference, from its start.
        bool found = all.sliced(referenceStart).startsWith(word);
        // Or the start of any word of the names.
        for (qsizetype i = 0; !found && i < referenceStart - 1; ++i) {
            if ((i == 0 || isWordBoundary(all[i - 1])) && all.sliced(i, referenceStart - 1 - i).startsWith(word))
                found = true;
        }
        if (!found)
            return false;
    }
    return true;
}

bool CaseloadFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_caseload)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const CaseloadModel::Entry& e = m_caseload->entry(sourceRow);
    if (m_status == Status::Open && !e.open)
        return false;
    if (m_status == Status::Closed && e.open)
        return false;
    if (m_minimumRisk >= 0 && e.highestRisk() < m_minimumRisk)
        return false;
    if (m_flagMask != 0 && (e.flags & m_flagMask) == 0)
        return false;
    if (m_overdueOnly && !e.anyOverdue())
        return false;
    switch (m_syncFilter) {
    case SyncFilter::All:
        break;
    case SyncFilter::NotSynced:
        if (e.sync == CaseloadModel::Synced)
            return false;
        break;
    case SyncFilter::Waiting:
        if (e.sync != CaseloadModel::Waiting)
            return false;
        break;
    case SyncFilter::Conflict:
        if (e.sync != CaseloadModel::Conflict)
            return false;
        break;
    case SyncFilter::Rejected:
        if (e.sync != CaseloadModel::Rejected)
            return false;
        break;
    }
    return m_searchWords.isEmpty() || matchesSearch(e.searchKey, e.referenceStart);
}

bool CaseloadFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_caseload)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_caseload->lessThan(left.column(), left.row(), right.row());
}

} // namespace trellis
