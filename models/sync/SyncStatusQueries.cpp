#include "SyncStatusQueries.h"

#include "SyncState.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace trellis::sync {

namespace {

// Each question is an EXISTS over an indexed column (sync_conflict_record / _young_person,
// sync_rejected_record / _young_person, outbox_record / outbox_young_person).
constexpr const char* kRecordConflictSql =
    "SELECT EXISTS (SELECT 1 FROM sync_conflict WHERE record_id = ?1 AND resolving_change_id IS NULL)";
constexpr const char* kRecordRejectedSql =
    "SELECT EXISTS (SELECT 1 FROM sync_rejected WHERE record_id = ?1 AND dismissed_at IS NULL)";
constexpr const char* kRecordWaitingSql = "SELECT EXISTS (SELECT 1 FROM outbox WHERE record_id = ?1)";

constexpr const char* kPersonConflictSql =
    "SELECT EXISTS (SELECT 1 FROM sync_conflict WHERE young_person_id = ?1 AND resolving_change_id IS NULL) "
    "OR EXISTS (SELECT 1 FROM sync_conflict WHERE record_id = ?1 AND resolving_change_id IS NULL)";
constexpr const char* kPersonRejectedSql =
    "SELECT EXISTS (SELECT 1 FROM sync_rejected WHERE young_person_id = ?1 AND dismissed_at IS NULL) "
    "OR EXISTS (SELECT 1 FROM sync_rejected WHERE record_id = ?1 AND dismissed_at IS NULL)";
constexpr const char* kPersonWaitingSql = "SELECT EXISTS (SELECT 1 FROM outbox WHERE young_person_id = ?1) "
                                          "OR EXISTS (SELECT 1 FROM outbox WHERE record_id = ?1)";

// The young people of each state, lowest priority first so a higher one overwrites it. A young
// person's own row names them by record_id (the central store may leave young_person_id empty).
constexpr const char* kAllWaitingSql = "SELECT DISTINCT coalesce(young_person_id, CASE WHEN entity = 'young_person' "
                                       "THEN record_id END) FROM outbox";
constexpr const char* kAllRejectedSql =
    "SELECT DISTINCT coalesce(young_person_id, CASE WHEN entity = 'young_person' THEN record_id END) "
    "FROM sync_rejected WHERE dismissed_at IS NULL";
constexpr const char* kAllConflictSql =
    "SELECT DISTINCT coalesce(young_person_id, CASE WHEN entity = 'young_person' THEN record_id END) "
    "FROM sync_conflict WHERE resolving_change_id IS NULL";

} // namespace

Result<bool> SyncStatusQueries::any(const char* sql, const QString& id)
{
    auto& stmt = m_db.cached(sql);
    stmt.bind(1, id);
    const bool found = stmt.next() && stmt.integer(0) != 0;
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return found;
}

Result<qint64> SyncStatusQueries::number(const char* sql)
{
    auto counted = m_db.scalar(sql);
    if (!counted.ok())
        return counted.error();
    return counted.value().toLongLong();
}

Result<SyncCounts> SyncStatusQueries::counts()
{
    SyncCounts counts;
    for (const auto& [sql, target] :
         std::array{std::pair{"SELECT count(*) FROM outbox", &counts.waiting},
                    std::pair{"SELECT count(*) FROM sync_conflict WHERE resolving_change_id IS NULL", &counts.conflicts},
                    std::pair{"SELECT count(*) FROM sync_rejected WHERE dismissed_at IS NULL", &counts.rejected}}) {
        auto counted = number(sql);
        if (!counted.ok())
            return counted.error();
        *target = counted.value();
    }
    auto last = SyncState(m_db).lastSuccess();
    if (!last.ok())
        return last.error();
    counts.lastSuccess = last.value();
    return counts;
}

Result<RecordSyncState> SyncStatusQueries::recordState(const QString& recordId)
{
    for (const auto& [sql, state] : std::array{std::pair{kRecordConflictSql, RecordSyncState::Conflict},
                                               std::pair{kRecordRejectedSql, RecordSyncState::Rejected},
                                               std::pair{kRecordWaitingSql, RecordSyncState::Waiting}}) {
        auto found = any(sql, recordId);
        if (!found.ok())
            return found.error();
        if (found.value())
            return state;
    }
    return RecordSyncState::Synced;
}

Result<RecordSyncState> SyncStatusQueries::youngPersonState(const QString& youngPersonId)
{
    for (const auto& [sql, state] : std::array{std::pair{kPersonConflictSql, RecordSyncState::Conflict},
                                               std::pair{kPersonRejectedSql, RecordSyncState::Rejected},
                                               std::pair{kPersonWaitingSql, RecordSyncState::Waiting}}) {
        auto found = any(sql, youngPersonId);
        if (!found.ok())
            return found.error();
        if (found.value())
            return state;
    }
    return RecordSyncState::Synced;
}

Result<QHash<QString, RecordSyncState>> SyncStatusQueries::youngPeopleStates()
{
    QHash<QString, RecordSyncState> states;
    for (const auto& [sql, state] : std::array{std::pair{kAllWaitingSql, RecordSyncState::Waiting},
                                               std::pair{kAllRejectedSql, RecordSyncState::Rejected},
                                               std::pair{kAllConflictSql, RecordSyncState::Conflict}}) {
        auto& stmt = m_db.cached(sql);
        while (stmt.next()) {
            if (!stmt.isNull(0))
                states.insert(stmt.text(0), state);
        }
        if (stmt.failed())
            return m_db.lastError();
        stmt.reset();
    }
    return states;
}

QString SyncStatusQueries::words(RecordSyncState state)
{
    switch (state) {
    case RecordSyncState::Synced: return QCoreApplication::translate("SyncStatusQueries", "Synced");
    case RecordSyncState::Waiting: return QCoreApplication::translate("SyncStatusQueries", "Waiting to sync");
    case RecordSyncState::Conflict: return QCoreApplication::translate("SyncStatusQueries", "In conflict");
    case RecordSyncState::Rejected: return QCoreApplication::translate("SyncStatusQueries", "Rejected");
    }
    return {};
}

} // namespace trellis::sync
