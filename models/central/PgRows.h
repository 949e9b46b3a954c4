#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace trellis::central {

// The rows a statement returned, copied out of libpq's PGresult so that nothing outlives it.
// Values arrive in PostgreSQL's text format: a NULL is an invalid QVariant, anything else a
// QString; the helpers convert the few types callers need.
class PgRows {
public:
    PgRows() = default;
    PgRows(QStringList columns, QList<QList<QVariant>> rows, qint64 affected)
        : m_columns(std::move(columns))
        , m_rows(std::move(rows))
        , m_affected(affected)
    {
    }

    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return int(m_columns.size()); }
    const QStringList& columns() const { return m_columns; }
    // Rows an INSERT, UPDATE or DELETE touched (PQcmdTuples); 0 for other statements.
    qint64 affected() const { return m_affected; }
    bool isEmpty() const { return m_rows.isEmpty(); }

    bool isNull(int row, int column) const { return !value(row, column).isValid(); }
    QVariant value(int row, int column) const;
    QString text(int row, int column) const { return value(row, column).toString(); }
    qint64 toInt64(int row, int column) const { return value(row, column).toString().toLongLong(); }
    bool toBool(int row, int column) const { return value(row, column).toString() == QLatin1String("t"); }
    // The first column of every row, for single-column queries.
    QStringList firstColumn() const;

private:
    QStringList m_columns;
    QList<QList<QVariant>> m_rows;
    qint64 m_affected = 0;
};

} // namespace trellis::central
