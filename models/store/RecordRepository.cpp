#include "RecordRepository.h"

#include "Transaction.h"
#include "domain/Entities.h"
#include "sync/Outbox.h"

#include <QHash>

namespace trellis {

using domain::EntityDef;
using domain::FieldType;
using domain::Record;
using sync::ChangeCapture;

namespace {

struct EntitySql {
    QByteArray insert;
    QByteArray update;
    QByteArray insertReceived; // ?N+1 server_version, ?N+2 deleted, ?N+3 dirty
    QByteArray updateReceived;
    QByteArray remove;       // ?1 id, ?2 updated_at, ?3 updated_by
    QByteArray erase;        // ?1 id
    QByteArray selectStored; // every row, deleted too, with server_version and deleted
    QByteArray select;
    QByteArray selectAll;
    QByteArray exists;
    QByteArray count;
};

// Table and column names come from the fixed EntityDef table in domain/Entities.cpp.
EntitySql buildSql(const EntityDef& def)
{
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
    const int received = int(columns.size()) + 1;
    sql.insertReceived =
        QStringLiteral("INSERT INTO %1 (%2, server_version, deleted, dirty) VALUES (%3, ?%4, ?%5, ?%6)")
            .arg(def.name, list, placeholders.join(QStringLiteral(", ")))
            .arg(received)
            .arg(received + 1)
            .arg(received + 2)
            .toUtf8();
    sql.updateReceived =
        QStringLiteral("UPDATE %1 SET %2, server_version = ?%3, deleted = ?%4, dirty = ?%5 WHERE id = ?1")
            .arg(def.name, assignments.join(QStringLiteral(", ")))
            .arg(received)
            .arg(received + 1)
            .arg(received + 2)
            .toUtf8();
    sql.erase = QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(def.name).toUtf8();
    sql.remove = QStringLiteral("UPDATE %1 SET deleted = 1, dirty = 1, updated_at = ?2, updated_by = ?3 WHERE id = ?1")
                     .arg(def.name)
                     .toUtf8();
    if (def.syncable)
        sql.selectStored =
            QStringLiteral("SELECT %1, server_version, deleted FROM %2 WHERE id = ?1").arg(list, def.name).toUtf8();
    sql.select = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1%3").arg(list, def.name, live).toUtf8();
    sql.selectAll = QStringLiteral("SELECT %1 FROM %2 WHERE 1%3 ORDER BY rowid").arg(list, def.name, live).toUtf8();
    sql.exists = QStringLiteral("SELECT 1 FROM %1 WHERE id = ?1").arg(def.name).toUtf8();
    sql.count = QStringLiteral("SELECT count(*) FROM %1 WHERE 1%2").arg(def.name, live).toUtf8();
    return sql;
}

// Built whole on first use (a function-local static's initialisation is thread-safe) and only
// read afterwards, so the sync engine's thread and the GUI thread share it without a lock.
const EntitySql& sqlFor(const EntityDef& def)
{
    static const QHash<QString, EntitySql> table = [] {
        QHash<QString, EntitySql> built;
        for (const EntityDef& each : domain::Entities::all())
            built.insert(each.name, buildSql(each));
        return built;
    }();
    const auto it = table.constFind(def.name);
    // Every EntityDef is one of Entities::all(); none is made anywhere else.
    if (it == table.cend())
        qFatal("RecordRepository: no SQL for entity %s", qPrintable(def.name));
    return *it;
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
    return insertAs(record, Write::Local, Received{});
}

Result<void> RecordRepository::update(const Record& record)
{
    return updateAs(record, Write::Local, Received{});
}

Result<void> RecordRepository::insertReceived(const Record& record, const Received& received)
{
    return insertAs(record, Write::Received, received);
}

Result<void> RecordRepository::updateReceived(const Record& record, const Received& received)
{
    return updateAs(record, Write::Received, received);
}

Result<void> RecordRepository::insertDemo(const Record& record)
{
    return insertAs(record, Write::Demo, Received{});
}

namespace {

// A local write outside any Transaction gets one of its own, so that the record and its change
// still commit together (as a batch of one). False when it could not begin.
bool beginOwn(Database& db, std::optional<Transaction>& own)
{
    if (!db.inTransaction())
        own.emplace(db);
    return !own || own->began();
}

Result<void> finish(std::optional<Transaction>& own)
{
    return own ? own->commit() : Result<void>();
}

} // namespace

Result<void> RecordRepository::keep(const sync::Change& change)
{
    return sync::Outbox(m_db).record(change);
}

Result<std::optional<ChangeCapture::Stored>> RecordRepository::stored(const EntityDef& def, const QString& id)
{
    auto& stmt = m_db.cached(sqlFor(def).selectStored.constData());
    stmt.bind(1, id);
    std::optional<ChangeCapture::Stored> found;
    const int extra = int(def.fields.size());
    if (stmt.next()) {
        found = ChangeCapture::Stored{readFields(stmt, def),
                                      stmt.isNull(extra) ? std::nullopt : std::optional<qint64>(stmt.integer(extra)),
                                      stmt.integer(extra + 1) != 0};
    }
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return found;
}

Result<void> RecordRepository::insertAs(const Record& record, Write write, const Received& received)
{
    const bool local = write == Write::Local && record.def().syncable;
    std::optional<Transaction> own;
    if (local && !beginOwn(m_db, own))
        return m_db.lastError();
    const EntitySql& sql = sqlFor(record.def());
    auto& stmt = m_db.cached(write == Write::Received ? sql.insertReceived.constData() : sql.insert.constData());
    bindFields(stmt, record);
    if (write == Write::Received) {
        const int next = int(record.def().fields.size()) + 1;
        stmt.bind(next, int64_t(received.serverVersion))
            .bind(next + 1, received.deleted)
            .bind(next + 2, received.dirty);
    }
    if (!stmt.exec())
        return m_db.lastError();
    if (local) {
        if (auto kept = keep(ChangeCapture::forInsert(record)); !kept.ok())
            return kept;
    }
    return finish(own);
}

Result<void> RecordRepository::updateAs(const Record& record, Write write, const Received& received)
{
    const EntityDef& def = record.def();
    // A local edit of an append-only record is refused; a received write is the central store's
    // own row (the push answer's version, a pulled copy), which the sync must be able to stamp.
    if (def.appendOnly && write == Write::Local)
        return StoreError::make(StoreError::Kind::Invalid,
                                QStringLiteral("A %1 cannot be changed once written.").arg(def.label));
    const bool local = write == Write::Local && def.syncable;
    std::optional<Transaction> own;
    if (local && !beginOwn(m_db, own))
        return m_db.lastError();
    // The row as it is before this write: the base of every field the change sets.
    std::optional<ChangeCapture::Stored> before;
    if (local) {
        auto found = stored(def, record.id());
        if (!found.ok())
            return found.error();
        before = found.takeValue();
    }
    auto& stmt =
        m_db.cached(write == Write::Received ? sqlFor(def).updateReceived.constData() : sqlFor(def).update.constData());
    bindFields(stmt, record);
    if (write == Write::Received) {
        const int next = int(def.fields.size()) + 1;
        stmt.bind(next, int64_t(received.serverVersion))
            .bind(next + 1, received.deleted)
            .bind(next + 2, received.dirty);
    }
    if (!stmt.exec())
        return m_db.lastError();
    if (m_db.changes() == 0)
        return StoreError::make(StoreError::Kind::Invalid,
                                QStringLiteral("The %1 to update is not in the store.").arg(def.label));
    if (before) {
        const sync::Change change = ChangeCapture::forUpdate(*before, record);
        // Only the stamps differ: there is nothing for the central store to learn.
        if (!change.fields.isEmpty()) {
            if (auto kept = keep(change); !kept.ok())
                return kept;
        }
    }
    return finish(own);
}

Result<void> RecordRepository::remove(const EntityDef& def, const QString& id, const QString& actor,
                                      const QDateTime& now)
{
    if (def.appendOnly || !def.syncable)
        return StoreError::make(StoreError::Kind::Invalid,
                                QStringLiteral("A %1 cannot be deleted once written.").arg(def.label));
    std::optional<Transaction> own;
    if (!beginOwn(m_db, own))
        return m_db.lastError();
    auto found = stored(def, id);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return StoreError::make(StoreError::Kind::Invalid,
                                QStringLiteral("The %1 to delete is not in the store.").arg(def.label));
    if (found.value()->deleted)
        return finish(own);
    auto& stmt = m_db.cached(sqlFor(def).remove.constData());
    stmt.bind(1, id).bind(2, now).bind(3, actor);
    if (!stmt.exec())
        return m_db.lastError();
    if (auto kept = keep(ChangeCapture::forDelete(*found.value(), actor, now)); !kept.ok())
        return kept;
    return finish(own);
}

Result<void> RecordRepository::erase(const EntityDef& def, const QString& id)
{
    if (!m_db.cached(sqlFor(def).erase.constData()).bind(1, id).exec())
        return m_db.lastError();
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
