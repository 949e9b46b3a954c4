#pragma once

#include "store/Database.h"
#include "store/Result.h"

#include <QDateTime>

namespace trellis::sync {

// Removes every local row about a young person who has left the worker's view (docs/sync.md,
// "Revocation and purge"): the young person, their interventions, contacts, plans and plan
// items, links, episodes, drafts, outbox rows and sync bookkeeping, and each trusted adult no
// longer linked to (or named in a plan of) anyone left. One transaction per young person, which
// also records the purge (ids and time only) for the central receipt. secure_delete is on for
// every connection, so freed pages are zeroed; checkpoint() then truncates the WAL so no copy of
// the old pages stays in it. Audit events stay: they hold ids only and are append-only.
class Purger {
public:
    explicit Purger(Database& db)
        : m_db(db)
    {
    }

    Result<void> purge(const QString& youngPersonId, const QDateTime& when);
    // PRAGMA wal_checkpoint(TRUNCATE). False in `complete` when a reader on another connection
    // kept part of the WAL (it is truncated at a later checkpoint).
    Result<void> checkpoint(bool* complete = nullptr);

private:
    Result<QStringList> linkedAdults(const QString& youngPersonId);
    Result<void> run(const char* sql, const QString& id);

    Database& m_db;
};

} // namespace trellis::sync
