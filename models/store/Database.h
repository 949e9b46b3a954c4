#pragma once

#include "Result.h"
#include "Statement.h"

#include <QString>

#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;

namespace trellis {

// An open SQLite/SQLCipher connection. Only StoreOpener creates one for an encrypted store;
// everything else receives it ready to use. Not thread-safe: one thread per connection.
class Database {
public:
    // Takes ownership of an already opened and keyed handle.
    Database(sqlite3* handle, QString path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_handle; }

    // Runs one or more statements without parameters (schema, pragmas, BEGIN/COMMIT).
    Result<void> exec(const char* sql);
    Result<void> exec(const QString& sql);

    // A fresh statement owned by the caller.
    Result<std::unique_ptr<Statement>> prepare(const QString& sql);
    // A statement prepared once per connection and reset before each use. Use it for the hot
    // queries; the caller must finish with it before asking for the same SQL again.
    Statement& cached(const char* sql);

    // Runs a query expected to return a single value; a null QVariant when there is no row.
    Result<QVariant> scalar(const char* sql);

    int64_t changes() const;

    // Whether a Transaction is open, and the sync batch it belongs to: a UUIDv7 made when the
    // outermost Transaction began, shared by every change written until it ends, so that one
    // save by the user is one batch however many writers it calls (docs/sync.md). Empty when
    // no Transaction is open.
    bool inTransaction() const { return m_transactionDepth > 0; }
    const QString& batchId() const { return m_batchId; }
    // Drops every cached statement (before VACUUM, closing, or a schema change).
    void clearCache();

    void recordError(int sqliteCode);
    const StoreError& lastError() const { return m_lastError; }
    static StoreError errorFor(int sqliteCode, const QString& detail);

private:
    sqlite3* m_handle;
    QString m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
    std::unique_ptr<Statement> m_broken;
    StoreError m_lastError;
    // Kept by Transaction only: how many are open, innermost last.
    friend class Transaction;
    int m_transactionDepth = 0;
    QString m_batchId;
};

} // namespace trellis
