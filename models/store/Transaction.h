#pragma once

#include "Result.h"

namespace trellis {

class Database;

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded. Writers
// take the write lock up front so a transaction never fails half-way with SQLITE_BUSY.
//
// Transactions nest: one opened while another is open on the same Database is a SAVEPOINT
// inside it, so a writer that opens its own (RecordWriter, SafetyPlanStore) can be called from
// a larger unit of work. Only the outermost one commits to the file, and it alone makes the
// sync batch id (Database::batchId) that every change written inside it shares. An inner one
// that is not committed rolls back its own writes only.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool began() const { return m_began; }
    Result<void> commit();

private:
    void end();

    Database& m_db;
    int m_depth; // 0 for the outermost
    bool m_began = false;
    bool m_done = false;
};

} // namespace trellis
