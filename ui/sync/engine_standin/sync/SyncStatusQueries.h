#pragma once
// STAND-IN (see ../README.md): the contract's header, until helper "engine" lands the real one.

#include "store/Database.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace trellis::sync {

enum class RecordSyncState { Synced, Waiting, Conflict, Rejected };

struct SyncCounts {
    qint64 waiting = 0;
    qint64 conflicts = 0;
    qint64 rejected = 0;
    std::optional<QDateTime> lastSuccess;
};

class SyncStatusQueries {
public:
    explicit SyncStatusQueries(Database& db)
        : m_db(db)
    {
    }
    Result<SyncCounts> counts();
    Result<RecordSyncState> recordState(const QString& recordId);
    Result<RecordSyncState> youngPersonState(const QString& youngPersonId);
    Result<QHash<QString, RecordSyncState>> youngPeopleStates();
    static QString words(RecordSyncState state);

private:
    Database& m_db;
};

} // namespace trellis::sync
