#pragma once

#include "store/CaseloadListQuery.h"
#include "store/CaseloadQueries.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include "CaseloadIcons.h"

#include <QIcon>
#include <QList>
#include <QString>

namespace trellis {

class Clock;

// The caseload window's table: one row per young person, plain values only. Everything the filter
// and sort need per row (lower-cased search text, risk ranks, overdue states, ages) is worked out
// once in setItems, so that filtering 100,000 rows on each keystroke reads fields and allocates
// nothing. Display text is made on demand for the rows a view actually paints.
class CaseloadModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ReferenceColumn,
        AgeColumn,
        InterventionColumn,
        RiskSeriousHarmColumn,
        SafetyWellbeingColumn,
        ReoffendingColumn,
        FlagsColumn,
        NextContactColumn,
        PlanReviewColumn,
        ClocksColumn,
        SyncColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // the young person's id, any column
        SortRole,                  // a value that sorts right: QDate for dates, an int rank for ratings
        SyncStateRole,             // a SyncState, as an int
        OverdueRole,               // bool: this cell shows something overdue
    };
    // A young person's sync state, in the order of sync::RecordSyncState (models/sync/
    // SyncStatusQueries.h), whose youngPeopleStates() the caseload view reads them from.
    enum SyncState { Synced = 0, Waiting = 1, Conflict = 2, Rejected = 3 };
    using SyncStates = QHash<QString, SyncState>; // young person id -> state; absent means Synced
    // The vulnerability flags as bits, in the schema's order.
    enum Flag : quint8 {
        FlagCce = 1 << 0,
        FlagCse = 1 << 1,
        FlagCountyLines = 1 << 2,
        FlagGangAffected = 1 << 3,
        FlagMissingRisk = 1 << 4,
        FlagKnifeCrimeVictim = 1 << 5,
        FlagDomesticAbuse = 1 << 6,
    };
    static constexpr int kFlagCount = 7;

    // A row and what was worked out from it when it was set.
    struct Entry {
        CaseloadRow row;
        // Case-folded "family given preferred" + U+0001 + reference. Search compares prefixes at
        // word starts in it; sorting compares it whole to order by name without folding case
        // on every comparison. referenceStart is where the reference begins.
        QString searchKey;
        qsizetype referenceStart = 0;
        int age = -1;
        qint8 harmRank = -1;         // risk of serious harm, 0 low .. 3 very high, -1 unknown
        qint8 safetyRank = -1;       // safety and wellbeing
        qint8 reoffendingRank = -1;  // 0 low .. 2 high
        qint8 interventionRank = -1; // position in choices::interventionType(), -1 none
        quint8 flags = 0;
        bool open = true;
        bool contactOverdue = false;
        bool reviewOverdue = false;
        bool returnInterviewOverdue = false;
        bool semhOverdue = false;
        bool dirty = false;
        SyncState sync = Synced;

        int highestRisk() const { return std::max(harmRank, safetyRank); }
        bool anyOverdue() const { return contactOverdue || reviewOverdue || returnInterviewOverdue || semhOverdue; }
    };

    explicit CaseloadModel(const Clock& clock, QObject* parent = nullptr);

    // Replaces every row (a model reset). "Today", for ages and overdue dates, is read from the
    // clock here, so a list left open past midnight is right again after the next reload.
    // `states` are the young people's sync states (SyncStatusQueries::youngPeopleStates); without
    // them a row with unsynced changes (its dirty flag) reads as waiting.
    void setItems(QList<CaseloadListItem> items, const SyncStates* states = nullptr);

    // Rows made into entries and sorted: the costly part of setItems, which needs no model and
    // so can run on the thread that read the rows (BackgroundReader).
    struct Prepared {
        QList<Entry> entries;
        QDate today;
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
    };
    static Prepared prepare(QList<CaseloadListItem> items, const QDate& today, int sortColumn, Qt::SortOrder order,
                            const SyncStates* states = nullptr);
    // The first `count` of `items` in the order of `column`, as the model would show them.
    static QList<CaseloadListItem> firstInOrder(QList<CaseloadListItem> items, const QDate& today, int column,
                                                Qt::SortOrder order, int count);
    // Replaces every row with prepared ones (a model reset); sorts again only if the sort was
    // changed while they were being prepared.
    void setPrepared(Prepared prepared);
    // Rows without clocks or sync state (from CaseloadQueries::caseload or searchByName).
    void setRows(const QList<CaseloadRow>& rows);

    const Entry& entry(int row) const { return m_entries.at(row); }
    QString idAt(int row) const { return m_entries.at(row).row.id; }
    int rowOfId(const QString& id) const; // -1 when absent
    QDate today() const { return m_today; }

    // True when `left` sorts before `right` in `column`, ties broken by name then reference so
    // the order is total and the same in every view.
    bool lessThan(int column, int left, int right) const;

    // Reorders the rows (a layout change that keeps persistent indexes on their young people).
    // The model sorts itself, rather than leaving it to a QSortFilterProxyModel, because it can
    // compare its own fields directly: at 100,000 rows the proxy's comparisons through model
    // indexes took several times longer. Rows set later arrive in this order too.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The flags set on a row, short ("CCE, County lines") or in full words.
    static QString flagsShortText(quint8 flags);
    static QString flagsFullText(quint8 flags);
    static QString flagShortName(int bit);
    static QString flagFullName(int bit);
    // "12 Nov 2026", UK style whatever the system locale.
    static QString dateInWords(const QDate& date);
    // "Synced", "Waiting to sync", "In conflict", "Rejected", as sync::SyncStatusQueries::words.
    static QString syncWords(SyncState state);
    // Sorts and ranks by urgency: synced, waiting, rejected, in conflict.
    static int syncRank(SyncState state);
    static QString displayName(const CaseloadRow& row);
    static int ageOn(const QDate& dateOfBirth, const QDate& today);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static Entry makeEntry(CaseloadListItem item, const QDate& today, const SyncStates* states);
    QVariant displayData(const Entry& e, int column) const;
    QVariant sortData(const Entry& e, int column) const;
    QString accessibleText(const Entry& e, int column) const;
    QString dueText(const QDate& due, bool overdue) const;
    bool cellOverdue(const Entry& e, int column) const;
    static int compareNames(const Entry& a, const Entry& b);
    static bool entryLess(int column, const Entry& a, const Entry& b);
    // `entries` in the order of `column`; newRowOf, when given, maps each old row to its new one.
    static QList<Entry> sortedEntries(QList<Entry> entries, int column, Qt::SortOrder order, QList<int>* newRowOf);

    const Clock& m_clock;
    QDate m_today;
    QList<Entry> m_entries;
    int m_sortColumn = -1; // -1: the order the rows were given in
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // Drawn on first use and kept: a view asks for decorations on every repaint.
    CaseloadIcons m_icons;
};

} // namespace trellis
