#pragma once

#include "CentralClient.h"
#include "Change.h"
#include "store/Database.h"
#include "store/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace trellis::sync {

// What the sync engine keeps in the local store between runs (resources/sql/local/
// 0005_sync_state.sql and two rows of store_meta): the pull cursor, the login the store syncs
// as, refused changes, the server's rows of records with pending changes, pulled rows waiting
// for what they refer to, and purges not yet receipted. Writes join the caller's transaction.
class SyncState {
public:
    explicit SyncState(Database& db)
        : m_db(db)
    {
    }

    // Null before the first pull.
    Result<QString> cursor();
    Result<void> setCursor(const QString& cursor);
    // Empty before the first sync.
    Result<QString> login();
    Result<void> setLogin(const QString& login);

    // When a sync last finished without error (store_meta sync_last_success); none before.
    Result<std::optional<QDateTime>> lastSuccess();
    Result<void> setLastSuccess(const QDateTime& when);

    struct Rejected {
        QString changeId;
        QString entity;
        QString recordId;
        QString youngPersonId;
        Change::Op op = Change::Op::Update;
        QString reason;
        QDateTime rejectedAt;
    };
    Result<void> keepRejected(const Change& change, const QString& reason, const QDateTime& when);
    Result<QList<Rejected>> rejected();
    // Refused inserts whose local row has not been removed yet.
    Result<QList<Rejected>> rejectedInsertsToRemove();
    Result<void> markRemoved(const QString& changeId);

    // The server's copy of a record the pull found with pending local changes.
    Result<std::optional<PulledRow>> serverRow(const QString& recordId);
    Result<void> keepServerRow(const PulledRow& row);
    Result<void> dropServerRow(const QString& recordId);

    Result<void> park(const PulledRow& row);
    Result<QList<PulledRow>> parked();
    Result<void> unpark(const QString& recordId);

    Result<void> recordPurged(const QString& youngPersonId, const QDateTime& when);
    struct Purge {
        QString youngPersonId;
        QDateTime purgedAt;
    };
    Result<QList<Purge>> unreceiptedPurges();
    Result<void> markReceipted(const QStringList& youngPersonIds, const QDateTime& when);

private:
    Result<QString> meta(const char* key);
    Result<void> setMeta(const char* key, const QString& value);
    Result<std::optional<PulledRow>> rowFrom(const char* sql, const QString& recordId);
    Result<void> keepRow(const char* sql, const PulledRow& row);
    Result<QList<Rejected>> readRejected(const char* sql);
    Result<void> exec(const char* sql, const QString& key);

    Database& m_db;
};

} // namespace trellis::sync
