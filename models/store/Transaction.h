#pragma once

#include "Result.h"

namespace trellis {

class Database;

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded. Writers
// take the write lock up front so a transaction never fails half-way with SQLITE_BUSY.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool began() const { return m_began; }
    Result<void> commit();

private:
    Database& m_db;
    bool m_began = false;
    bool m_done = false;
};

} // namespace trellis
