#pragma once

#include "Database.h"
#include "domain/Record.h"
#include "sync/ChangeCapture.h"

#include <functional>
#include <optional>

namespace trellis {

// Reads and writes any entity's records through its EntityDef. SQL is built once per entity
// from the definition's fixed column names (identifiers from code, never from input); every
// value is bound.
//
// Every local write of a synced record is also a change in the outbox (sync::Outbox), written
// here in the same transaction, so no writer can save a record without its change. A write
// outside any Transaction opens its own: it is then a batch of one.
class RecordRepository {
public:
    // What the central store says about a record it sent: its version and whether it is deleted.
    struct Received {
        qint64 serverVersion = 0;
        bool deleted = false;
        // Still has local changes in the outbox (the pull kept their fields): stays dirty.
        bool dirty = false;
    };

    explicit RecordRepository(Database& db) : m_db(db) {}

    // New local records are dirty (not yet pushed) with no server version; the change is an
    // insert of every field.
    Result<void> insert(const domain::Record& record);
    // Rewrites every field but the id and creation stamp, and marks the record dirty; the
    // change holds the fields whose value differs from the stored row (none: no change).
    Result<void> update(const domain::Record& record);
    // Marks a record deleted (a tombstone, so the delete syncs) and stamps who and when.
    // Append-only records are never deleted. A record already deleted is left as it is.
    Result<void> remove(const domain::EntityDef& def, const QString& id, const QString& actor, const QDateTime& now);

    // A record as the central store sent it (a pull): written with its server version, not
    // dirty, and with no outbox change, because it already is the central store's. Only the
    // pull applier calls these.
    Result<void> insertReceived(const domain::Record& record, const Received& received);
    Result<void> updateReceived(const domain::Record& record, const Received& received);
    // A fictional record of a demo caseload (DemoSeeder only): no outbox change, so a demo
    // store can never push its invented young people into a real central store, and seeding
    // millions of rows costs no more than writing them (docs/sync.md).
    Result<void> insertDemo(const domain::Record& record);

    // A record whatever its state (deleted too), with its server version: for the sync engine.
    Result<std::optional<sync::ChangeCapture::Stored>> findStored(const domain::EntityDef& def, const QString& id)
    {
        return stored(def, id);
    }
    // Removes a row for good, with no outbox change: only for a refused insert the central store
    // never had (the sync engine). Fails, changing nothing, while another row still refers to it.
    Result<void> erase(const domain::EntityDef& def, const QString& id);

    Result<std::optional<domain::Record>> find(const domain::EntityDef& def, const QString& id);
    Result<bool> exists(const domain::EntityDef& def, const QString& id);
    Result<qint64> count(const domain::EntityDef& def);
    // Calls `visit` for each live record in insertion order; stops early when it returns false.
    Result<void> forEach(const domain::EntityDef& def, const std::function<bool(const domain::Record&)>& visit);

    // Binds a record's fields as ?1..?N in the definition's order.
    static void bindFields(Statement& stmt, const domain::Record& record, int firstIndex = 1);
    // Reads columns [firstColumn, firstColumn + fields) into a record of `def`.
    static domain::Record readFields(const Statement& stmt, const domain::EntityDef& def, int firstColumn = 0);

private:
    enum class Write { Local, Received, Demo };
    Result<void> insertAs(const domain::Record& record, Write write, const Received& received);
    Result<void> updateAs(const domain::Record& record, Write write, const Received& received);
    Result<std::optional<sync::ChangeCapture::Stored>> stored(const domain::EntityDef& def, const QString& id);
    Result<void> keep(const sync::Change& change);

    Database& m_db;
};

} // namespace trellis
