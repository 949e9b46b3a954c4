#pragma once

#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

namespace trellis {

class CaseloadModel;

// Search and filters over a CaseloadModel, and its sort. Each filter reads the fields the model
// worked out in advance, so a keystroke over 100,000 rows makes no allocation per row. A change
// of filter re-maps the proxy in one pass (a layout change) instead of removing the rows that no
// longer match one range at a time, which for a scattered match costs a signal per range.
class CaseloadFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Status { Open, Closed, All };
    // Which sync states to show: all, anything not yet synced, or one state.
    enum class SyncFilter { All, NotSynced, Waiting, Conflict, Rejected };

    explicit CaseloadFilterModel(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    // Over a CaseloadModel, the source sorts itself (see CaseloadModel::sort) and this proxy keeps
    // the source's order; sortColumn() then stays -1 and the source's sortColumn() tells.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Case-insensitive. Every word typed must begin a word of the given, family or preferred
    // name, or begin the reference: "jo sm" finds Jordan Smith, "yp-0012" a reference.
    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    // Rows whose higher of risk of serious harm and safety and wellbeing is at least `rank`
    // (0 low .. 3 very high); -1 shows every rating.
    void setMinimumRisk(int rank);
    int minimumRisk() const { return m_minimumRisk; }
    // Rows with any one of the flags in `mask` (CaseloadModel::Flag bits); 0 shows everyone.
    void setFlagMask(quint8 mask);
    quint8 flagMask() const { return m_flagMask; }
    // Rows with anything overdue: next contact, plan review or a case clock.
    void setOverdueOnly(bool overdueOnly);
    bool overdueOnly() const { return m_overdueOnly; }
    void setStatus(Status status);
    Status status() const { return m_status; }
    void setSyncFilter(SyncFilter filter);
    SyncFilter syncFilter() const { return m_syncFilter; }

    int totalCount() const;

signals:
    // After every change of filter, and after the source is reset.
    void filterApplied();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();
    bool matchesSearch(const QString& key, qsizetype referenceStart) const;

    CaseloadModel* m_caseload = nullptr;
    QString m_searchText;
    QStringList m_searchWords; // case-folded, no empty words
    int m_minimumRisk = -1;
    quint8 m_flagMask = 0;
    bool m_overdueOnly = false;
    Status m_status = Status::All;
    SyncFilter m_syncFilter = SyncFilter::All;
};

} // namespace trellis
