#include "Database.h"

#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcStore, "trellis.store")

namespace trellis {

Database::Database(sqlite3* handle, QString path) : m_handle(handle), m_path(std::move(path)) {}

Database::~Database()
{
    m_cache.clear();
    if (m_handle)
        sqlite3_close_v2(m_handle);
}

Result<void> Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        recordError(rc);
        return m_lastError;
    }
    return {};
}

Result<void> Database::exec(const QString& sql) { return exec(sql.toUtf8().constData()); }

Result<std::unique_ptr<Statement>> Database::prepare(const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        recordError(rc);
        return m_lastError;
    }
    return std::make_unique<Statement>(*this, stmt);
}

Statement& Database::cached(const char* sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        it->second->reset();
        return *it->second;
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        // A cached statement is fixed product SQL, so failing to prepare it is a programming
        // error or a damaged schema: record it and hand back a statement whose every step fails
        // (SQLite treats a null statement as misuse and returns an error, never a row).
        const StoreError error = errorFor(rc, QString::fromUtf8(sqlite3_errmsg(m_handle)));
        sqlite3_finalize(stmt);
        m_broken = std::make_unique<Statement>(*this, nullptr);
        m_lastError = error;
        return *m_broken;
    }
    auto [inserted, _] = m_cache.emplace(sql, std::make_unique<Statement>(*this, stmt));
    return *inserted->second;
}

Result<QVariant> Database::scalar(const char* sql)
{
    auto& stmt = cached(sql);
    QVariant value;
    if (stmt.next())
        value = stmt.value(0);
    if (stmt.failed())
        return m_lastError;
    stmt.reset();
    return value;
}

int64_t Database::changes() const { return sqlite3_changes64(m_handle); }

void Database::clearCache() { m_cache.clear(); }

void Database::recordError(int sqliteCode)
{
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_handle));
    m_lastError = errorFor(sqliteCode, detail);
    // SQLite's messages name tables, columns and constraints, never bound values.
    qCWarning(lcStore) << "sqlite error" << sqliteCode << detail;
}

StoreError Database::errorFor(int sqliteCode, const QString& detail)
{
    using Kind = StoreError::Kind;
    const auto damaged = [sqliteCode] {
        return StoreError::make(Kind::Damaged,
                                QStringLiteral("The store is damaged or has been altered: a page failed its "
                                               "integrity check. Restore it from a backup or re-download "
                                               "synced records; the file has been left as it is."),
                                sqliteCode);
    };
    switch (sqliteCode & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return damaged();
    case SQLITE_ERROR:
        // SQLCipher reports a page that fails its HMAC by putting the pager into an error state,
        // which reaches the caller as a bare SQLITE_ERROR with only SQLite's generic text. A
        // mistake in SQL always carries its own message ("no such table: ...").
        if (detail == QLatin1String(sqlite3_errstr(SQLITE_ERROR)))
            return damaged();
        return StoreError::make(Kind::Sql, QStringLiteral("Store error: %1").arg(detail), sqliteCode);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::make(Kind::Busy,
                                QStringLiteral("The store is in use by another program. Close it and try again."),
                                sqliteCode);
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return StoreError::make(Kind::Io, QStringLiteral("The store could not be written or read: %1").arg(detail),
                                sqliteCode);
    case SQLITE_CONSTRAINT:
        return StoreError::make(Kind::Constraint, QStringLiteral("The change was refused: %1").arg(detail),
                                sqliteCode);
    default:
        return StoreError::make(Kind::Sql, QStringLiteral("Store error: %1").arg(detail), sqliteCode);
    }
}

} // namespace trellis
