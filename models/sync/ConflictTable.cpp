#include "ConflictTable.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace trellis::sync {

namespace {

#define TRELLIS_CONFLICT_COLUMNS                                                                                       \
    "id, entity, record_id, young_person_id, field, base_value, server_value, server_login, server_changed_at, "       \
    "incoming_value, incoming_login, incoming_made_by, incoming_made_at, opened_at, resolving_change_id"

// A row resolved here stays while its change is in the outbox: the push has not answered it yet.
constexpr const char* kDropSql = "DELETE FROM sync_conflict WHERE resolving_change_id IS NULL OR "
                                 "resolving_change_id NOT IN (SELECT change_id FROM outbox)";
// A kept (resolving) row takes the central store's newer values but keeps its resolving change.
constexpr const char* kUpsertSql =
    "INSERT INTO sync_conflict (" TRELLIS_CONFLICT_COLUMNS ") VALUES "
    "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, NULL) ON CONFLICT (id) DO UPDATE SET "
    "entity = excluded.entity, record_id = excluded.record_id, young_person_id = excluded.young_person_id, "
    "field = excluded.field, base_value = excluded.base_value, server_value = excluded.server_value, "
    "server_login = excluded.server_login, server_changed_at = excluded.server_changed_at, "
    "incoming_value = excluded.incoming_value, incoming_login = excluded.incoming_login, "
    "incoming_made_by = excluded.incoming_made_by, incoming_made_at = excluded.incoming_made_at, "
    "opened_at = excluded.opened_at";
constexpr const char* kUnresolvedSql = "SELECT " TRELLIS_CONFLICT_COLUMNS
                                       " FROM sync_conflict WHERE resolving_change_id IS NULL "
                                       "ORDER BY opened_at, id";
constexpr const char* kForRecordSql =
    "SELECT " TRELLIS_CONFLICT_COLUMNS " FROM sync_conflict WHERE record_id = ?1 ORDER BY opened_at, id";
constexpr const char* kFindSql = "SELECT " TRELLIS_CONFLICT_COLUMNS " FROM sync_conflict WHERE id = ?1";
#undef TRELLIS_CONFLICT_COLUMNS

QString timeText(const QDateTime& moment)
{
    return moment.isValid() ? moment.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

void bindText(Statement& stmt, int index, const QString& text)
{
    if (text.isNull())
        stmt.bindNull(index);
    else
        stmt.bind(index, text);
}

Conflict readConflict(const Statement& stmt)
{
    Conflict conflict;
    conflict.id = stmt.text(0);
    conflict.entity = stmt.text(1);
    conflict.recordId = stmt.text(2);
    conflict.youngPersonId = stmt.text(3);
    conflict.field = stmt.text(4);
    conflict.base = ConflictTable::jsonValue(stmt.text(5), stmt.isNull(5));
    conflict.current = ConflictTable::jsonValue(stmt.text(6), stmt.isNull(6));
    conflict.currentLogin = stmt.text(7);
    conflict.currentChangedAt = timeFrom(stmt.text(8));
    conflict.other = ConflictTable::jsonValue(stmt.text(9), stmt.isNull(9));
    conflict.otherLogin = stmt.text(10);
    conflict.otherMadeBy = stmt.text(11);
    conflict.otherMadeAt = timeFrom(stmt.text(12));
    conflict.openedAt = timeFrom(stmt.text(13));
    conflict.resolving = !stmt.isNull(14);
    return conflict;
}

} // namespace

QString ConflictTable::jsonText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    // QJsonDocument writes only arrays and objects: write the value inside an array and unwrap it.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue ConflictTable::jsonValue(const QString& text, bool isNull)
{
    if (isNull)
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument wrapped = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    return wrapped.array().isEmpty() ? QJsonValue(QJsonValue::Null) : wrapped.array().at(0);
}

Result<void> ConflictTable::replace(const QList<Conflict>& open)
{
    if (!m_db.cached(kDropSql).exec())
        return m_db.lastError();
    auto& stmt = m_db.cached(kUpsertSql);
    for (const Conflict& conflict : open) {
        stmt.bind(1, conflict.id).bind(2, conflict.entity).bind(3, conflict.recordId);
        bindText(stmt, 4, conflict.youngPersonId.isEmpty() ? QString() : conflict.youngPersonId);
        stmt.bind(5, conflict.field);
        bindText(stmt, 6, jsonText(conflict.base));
        bindText(stmt, 7, jsonText(conflict.current));
        bindText(stmt, 8, conflict.currentLogin.isEmpty() ? QString() : conflict.currentLogin);
        bindText(stmt, 9, timeText(conflict.currentChangedAt));
        bindText(stmt, 10, jsonText(conflict.other));
        stmt.bind(11, conflict.otherLogin);
        bindText(stmt, 12, conflict.otherMadeBy.isEmpty() ? QString() : conflict.otherMadeBy);
        stmt.bind(13, timeText(conflict.otherMadeAt)).bind(14, timeText(conflict.openedAt));
        if (!stmt.exec())
            return m_db.lastError();
    }
    return {};
}

Result<QList<Conflict>> ConflictTable::read(const char* sql, const QString& key)
{
    auto& stmt = m_db.cached(sql);
    if (!key.isNull())
        stmt.bind(1, key);
    QList<Conflict> found;
    while (stmt.next())
        found.append(readConflict(stmt));
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return found;
}

Result<QList<Conflict>> ConflictTable::unresolved()
{
    return read(kUnresolvedSql, QString());
}

Result<QList<Conflict>> ConflictTable::forRecord(const QString& recordId)
{
    return read(kForRecordSql, recordId);
}

Result<std::optional<Conflict>> ConflictTable::find(const QString& id)
{
    auto found = read(kFindSql, id);
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return std::optional<Conflict>();
    return std::optional<Conflict>(found->first());
}

Result<void> ConflictTable::markResolving(const QString& id, const QString& changeId)
{
    auto& stmt = m_db.cached("UPDATE sync_conflict SET resolving_change_id = ?2 WHERE id = ?1");
    stmt.bind(1, id).bind(2, changeId);
    if (!stmt.exec())
        return m_db.lastError();
    return {};
}

Result<qint64> ConflictTable::unresolvedCount()
{
    auto counted = m_db.scalar("SELECT count(*) FROM sync_conflict WHERE resolving_change_id IS NULL");
    if (!counted.ok())
        return counted.error();
    return counted.value().toLongLong();
}

} // namespace trellis::sync
