#include "Statement.h"

#include "Database.h"

#include <sqlite3.h>

namespace trellis {

Statement::Statement(Database& db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QDate& value)
{
    return value.isValid() ? bind(index, value.toString(Qt::ISODate)) : bindNull(index);
}

Statement& Statement::bind(int index, const QDateTime& value)
{
    return value.isValid() ? bind(index, value.toUTC().toString(Qt::ISODate)) : bindNull(index);
}

Statement& Statement::bind(int index, const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool: return bind(index, value.toBool());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return bind(index, int64_t(value.toLongLong()));
    case QMetaType::Double: return bind(index, value.toDouble());
    case QMetaType::QDate: return bind(index, value.toDate());
    case QMetaType::QDateTime: return bind(index, value.toDateTime());
    default: return bind(index, value.toString());
    }
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bindBlob(int index, const char* data, int size)
{
    sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_TRANSIENT);
    return *this;
}

int Statement::parameterIndex(const char* name) const { return sqlite3_bind_parameter_index(m_stmt, name); }

int Statement::parameterCount() const { return sqlite3_bind_parameter_count(m_stmt); }

bool Statement::next()
{
    if (!m_stmt) {
        m_failed = true;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_db.recordError(rc);
    }
    return false;
}

bool Statement::exec()
{
    while (next()) {
    }
    const bool ok = !m_failed;
    reset();
    return ok;
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_failed = false;
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

QString Statement::columnName(int column) const { return QString::fromUtf8(sqlite3_column_name(m_stmt, column)); }

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

QString Statement::text(int column) const
{
    const auto* chars = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!chars)
        return {};
    return QString::fromUtf8(chars, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    if (!bytes)
        return {};
    return QByteArray(bytes, sqlite3_column_bytes(m_stmt, column));
}

int64_t Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QDate Statement::date(int column) const
{
    return isNull(column) ? QDate() : QDate::fromString(text(column), Qt::ISODate);
}

QDateTime Statement::dateTime(int column) const
{
    return isNull(column) ? QDateTime() : QDateTime::fromString(text(column), Qt::ISODate);
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL: return {};
    case SQLITE_INTEGER: return QVariant::fromValue<qlonglong>(integer(column));
    case SQLITE_FLOAT: return real(column);
    default: return text(column);
    }
}

} // namespace trellis
