#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <cstdint>

struct sqlite3_stmt;

namespace trellis {

class Database;

// A prepared statement. Values are always bound, never formatted into SQL text.
// Columns are read by index; dates travel as ISO 8601 text, times as UTC ISO 8601 with 'Z'.
class Statement {
public:
    Statement(Database& db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value) { return bind(index, QString::fromUtf8(value)); }
    Statement& bind(int index, int64_t value);
    Statement& bind(int index, int value) { return bind(index, int64_t(value)); }
    Statement& bind(int index, bool value) { return bind(index, int64_t(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QDate& value);
    Statement& bind(int index, const QDateTime& value);
    Statement& bind(int index, const QVariant& value);
    Statement& bindNull(int index);
    // Copies the bytes; used for key material, which SQLCipher takes as a blob.
    Statement& bindBlob(int index, const char* data, int size);
    int parameterIndex(const char* name) const;
    int parameterCount() const;

    // Returns true while a row is available; false at the end. Errors are recorded on the
    // Database (lastError) and also end the iteration.
    bool next();
    // Runs a statement that returns no rows; false on error.
    bool exec();
    void reset();

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    // The column's bytes as stored; for secrets, which must not pass through a QString.
    QByteArray blob(int column) const;
    int64_t integer(int column) const;
    double real(int column) const;
    QDate date(int column) const;
    QDateTime dateTime(int column) const;
    QVariant value(int column) const;

    bool failed() const { return m_failed; }

private:
    Database& m_db;
    sqlite3_stmt* m_stmt;
    bool m_failed = false;
};

} // namespace trellis
