#pragma once

#include "Change.h"
#include "store/Database.h"
#include "store/Result.h"

#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QStringList>

namespace trellis::sync {

// The local outbox (resources/sql/local/0003_outbox.sql): every change made on this laptop and
// not yet answered by the central store, in the order it was made. RecordRepository writes to
// it in the transaction of each write; the pusher reads it and clears it as answers come back.
// A change stays until it is acknowledged: one that was sent but whose answer was lost is sent
// again, which the central store's idempotency makes harmless.
class Outbox {
public:
    explicit Outbox(Database& db)
        : m_db(db)
    {
    }

    // Adds a change to the open transaction's batch (Database::batchId()). Refused outside a
    // transaction: a change written apart from its record could outlive a rollback of it.
    Result<void> record(const Change& change);
    // Plan items name their young person only through their plan; the importer, which may
    // read an item before its plan, calls this once every record of its batch is written.
    Result<void> fillPlanItemOwners();

    // Every change not yet acknowledged, oldest first.
    Result<QList<Change>> changes();
    // The same as wire batches (a JSON array of changes per save), oldest first. Stops at the
    // first whole batch that reaches `maxChanges`: a batch is never split, so the central store
    // can apply one save at once.
    Result<QList<QJsonArray>> batches(qsizetype maxChanges);
    // How many changes are still owed to the central store (sent or not).
    Result<qint64> pendingCount();
    // The changes still owed for one young person: their own records', and those of trusted
    // adults linked to them. Revocation pushes these before the young person is purged.
    Result<QList<Change>> pendingFor(const QString& youngPersonId);

    // The fields one record has changes for, still owed (`deleted` for a pending delete). The
    // pull leaves these as they are locally. Empty when nothing is pending for the record.
    Result<QSet<QString>> pendingFields(const QString& recordId);

    Result<void> markSent(const QStringList& changeIds);
    // Removes changes the central store has answered (applied, conflict or rejected).
    Result<void> acknowledge(const QStringList& changeIds);

private:
    Result<QList<Change>> read(const char* sql, const QString& key);
    Result<void> forEachId(const char* sql, const QStringList& changeIds);

    Database& m_db;
};

} // namespace trellis::sync
