#include "RecordRepository.h"

#include <QHash>

namespace trellis {

using domain::EntityDef;
using domain::FieldType;
using domain::Record;

namespace {

struct EntitySql {
    QByteArray insert;
    QByteArray update;
    QByteArray select;
    QByteArray selectAll;
    QByteArray exists;
    QByteArray count;
};

// Table and column names come from the fixed EntityDef table in domain/Entities.cpp.
const EntitySql& sqlFor(const EntityDef& def)
{
    static QHash<QString, EntitySql> cache;
    auto it = cache.find(def.name);
    if (it != cache.end())
        return *it;
    const QStringList columns = def.columnNames();
    QStringList placeholders;
    QStringList assignments;
    for (int i = 0; i < columns.size(); ++i) {
        placeholders << QStringLiteral("?%1").arg(i + 1);
        if (columns[i] != QLatin1String("id") && columns[i] != QLatin1String("created_at") &&
            columns[i] != QLatin1String("created_by"))
            assignments << QStringLiteral("%1 = ?%2").arg(columns[i]).arg(i + 1);
    }
    const QString list = columns.join(QStringLiteral(", "));
    const QString live = def.syncable ? QStringLiteral(" AND deleted = 0") : QString();
    EntitySql sql;
    sql.insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                     .arg(def.name, list, placeholders.join(QStringLiteral(", ")))
                     .toUtf8();
    sql.update = QStringLiteral("UPDATE %1 SET %2%3 WHERE id = ?1")
                     .arg(def.name, assignments.join(QStringLiteral(", ")),
                          def.syncable ? QStringLiteral(", dirty = 1") : QString())
                     .toUtf8();
    sql.select = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1%3").arg(list, def.name, live).toUtf8();
    sql.selectAll = QStringLiteral("SELECT %1 FROM %2 WHERE 1%3 ORDER BY rowid").arg(list, def.name, live).toUtf8();
    sql.exists = QStringLiteral("SELECT 1 FROM %1 WHERE id = ?1").arg(def.name).toUtf8();
    sql.count = QStringLiteral("SELECT count(*) FROM %1 WHERE 1%2").arg(def.name, live).toUtf8();
    return *cache.insert(def.name, sql);
}

} // namespace

void RecordRepository::bindFields(Statement& stmt, const Record& record, int firstIndex)
{
    int index = firstIndex;
    for (const auto& field : record.def().fields) {
        const QVariant value = record.value(field.name);
        if (value.isNull() || !value.isValid()) {
            // Booleans are NOT NULL in the schema: absent means no.
            if (field.type == FieldType::Boolean)
                stmt.bind(index++, false);
            else
                stmt.bindNull(index++);
            continue;
        }
        switch (field.type) {
        case FieldType::Date: stmt.bind(index++, value.toDate()); break;
        case FieldType::DateTime: stmt.bind(index++, value.toDateTime()); break;
        case FieldType::Integer: stmt.bind(index++, int64_t(value.toLongLong())); break;
        case FieldType::Boolean: stmt.bind(index++, value.toBool()); break;
        default: stmt.bind(index++, value.toString()); break;
        }
    }
}

Record RecordRepository::readFields(const Statement& stmt, const EntityDef& def, int firstColumn)
{
    Record record(def);
    int column = firstColumn;
    for (const auto& field : def.fields) {
        if (stmt.isNull(column)) {
            ++column;
            continue;
        }
        switch (field.type) {
        case FieldType::Date: record.set(field.name, stmt.date(column)); break;
        case FieldType::DateTime: record.set(field.name, stmt.dateTime(column)); break;
        case FieldType::Integer: record.set(field.name, QVariant::fromValue<qlonglong>(stmt.integer(column))); break;
        case FieldType::Boolean: record.set(field.name, stmt.integer(column) != 0); break;
        default: record.set(field.name, stmt.text(column)); break;
        }
        ++column;
    }
    return record;
}

Result<void> RecordRepository::insert(const Record& record)
{
    auto& stmt = m_db.cached(sqlFor(record.def()).insert.constData());
    bindFields(stmt, record);
    if (!stmt.exec())
        return m_db.lastError();
    return {};
}

Result<void> RecordRepository::update(const Record& record)
{
    if (record.def().appendOnly)
        return StoreError::make(StoreError::Kind::Invalid,
                                QStringLiteral("A %1 cannot be changed once written.").arg(record.def().label));
    auto& stmt = m_db.cached(sqlFor(record.def()).update.constData());
    bindFields(stmt, record);
    if (!stmt.exec())
        return m_db.lastError();
    if (m_db.changes() == 0)
        return StoreError::make(StoreError::Kind::Invalid,
                                QStringLiteral("The %1 to update is not in the store.").arg(record.def().label));
    return {};
}

Result<std::optional<Record>> RecordRepository::find(const EntityDef& def, const QString& id)
{
    auto& stmt = m_db.cached(sqlFor(def).select.constData());
    stmt.bind(1, id);
    std::optional<Record> found;
    if (stmt.next())
        found = readFields(stmt, def);
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return found;
}

Result<bool> RecordRepository::exists(const EntityDef& def, const QString& id)
{
    auto& stmt = m_db.cached(sqlFor(def).exists.constData());
    stmt.bind(1, id);
    const bool found = stmt.next();
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return found;
}

Result<qint64> RecordRepository::count(const EntityDef& def)
{
    auto counted = m_db.scalar(sqlFor(def).count.constData());
    if (!counted.ok())
        return counted.error();
    return counted.value().toLongLong();
}

Result<void> RecordRepository::forEach(const EntityDef& def, const std::function<bool(const Record&)>& visit)
{
    // A statement of its own: the visitor may use the repository's cached statements.
    auto prepared = m_db.prepare(QString::fromUtf8(sqlFor(def).selectAll));
    if (!prepared.ok())
        return prepared.error();
    auto& stmt = *prepared.value();
    while (stmt.next()) {
        if (!visit(readFields(stmt, def)))
            break;
    }
    if (stmt.failed())
        return m_db.lastError();
    return {};
}

} // namespace trellis
