#pragma once

#include "Database.h"
#include "domain/Record.h"

#include <functional>
#include <optional>

namespace trellis {

// Reads and writes any entity's records through its EntityDef. SQL is built once per entity
// from the definition's fixed column names (identifiers from code, never from input); every
// value is bound.
class RecordRepository {
public:
    explicit RecordRepository(Database& db) : m_db(db) {}

    // New local records are dirty (not yet pushed) with no server version.
    Result<void> insert(const domain::Record& record);
    // Rewrites every field but the id and creation stamp, and marks the record dirty.
    Result<void> update(const domain::Record& record);
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
    Database& m_db;
};

} // namespace trellis
