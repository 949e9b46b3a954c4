#pragma once

#include "store/Database.h"
#include "store/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace trellis::sync {

enum class RecordSyncState { Synced, Waiting, Conflict, Rejected };
// Priority when a young person has several: Conflict > Rejected > Waiting > Synced.

struct SyncCounts {
    qint64 waiting = 0;   // outbox rows (changes not yet answered by the central store)
    qint64 conflicts = 0; // sync_conflict rows with resolving_change_id NULL
    qint64 rejected = 0;  // sync_rejected rows with dismissed_at NULL
    std::optional<QDateTime> lastSuccess; // sync_last_success
};

// What the GUI shows about sync, read from the local tables only (outbox, sync_conflict,
// sync_rejected, store_meta): read-only, on the GUI thread, each question a few indexed
// statements however large the store.
class SyncStatusQueries {
public:
    explicit SyncStatusQueries(Database& db)
        : m_db(db)
    {
    }

    Result<SyncCounts> counts();
    // One record (any entity) by its id.
    Result<RecordSyncState> recordState(const QString& recordId);
    // Everything about one young person: their own row and every record naming them (the
    // young_person_id columns of outbox, sync_conflict and sync_rejected).
    Result<RecordSyncState> youngPersonState(const QString& youngPersonId);
    // For the caseload: every young person whose state is not Synced (absent = Synced).
    Result<QHash<QString, RecordSyncState>> youngPeopleStates();
    // "Synced", "Waiting to sync", "In conflict", "Rejected" (translatable).
    static QString words(RecordSyncState state);

private:
    Result<bool> any(const char* sql, const QString& id);
    Result<qint64> number(const char* sql);

    Database& m_db;
};

} // namespace trellis::sync
