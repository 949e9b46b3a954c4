#include "SyncState.h"

#include <QJsonDocument>

namespace trellis::sync {

namespace {

constexpr const char* kCursorKey = "sync_pull_cursor";
constexpr const char* kLoginKey = "sync_login";

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void bindOptional(Statement& stmt, int index, const QString& text)
{
    if (text.isEmpty())
        stmt.bindNull(index);
    else
        stmt.bind(index, text);
}

} // namespace

Result<QString> SyncState::meta(const char* key)
{
    auto& stmt = m_db.cached("SELECT value FROM store_meta WHERE key = ?1");
    stmt.bind(1, key);
    QString value;
    if (stmt.next())
        value = stmt.text(0);
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return value;
}

Result<void> SyncState::setMeta(const char* key, const QString& value)
{
    auto& stmt = m_db.cached("INSERT INTO store_meta (key, value) VALUES (?1, ?2) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    stmt.bind(1, key).bind(2, value);
    if (!stmt.exec())
        return m_db.lastError();
    return {};
}

Result<void> SyncState::exec(const char* sql, const QString& key)
{
    auto& stmt = m_db.cached(sql);
    stmt.bind(1, key);
    if (!stmt.exec())
        return m_db.lastError();
    return {};
}

Result<std::optional<QDateTime>> SyncState::lastSuccess()
{
    auto stored = meta("sync_last_success");
    if (!stored.ok())
        return stored.error();
    const QDateTime when = QDateTime::fromString(stored.value(), Qt::ISODateWithMs);
    if (!when.isValid())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(when.toUTC());
}

Result<void> SyncState::setLastSuccess(const QDateTime& when)
{
    return setMeta("sync_last_success", when.toUTC().toString(Qt::ISODateWithMs));
}

Result<QString> SyncState::cursor()
{
    auto value = meta(kCursorKey);
    if (value.ok() && value.value().isEmpty())
        return QString();
    return value;
}

Result<void> SyncState::setCursor(const QString& cursor)
{
    return setMeta(kCursorKey, cursor);
}

Result<QString> SyncState::login()
{
    return meta(kLoginKey);
}

Result<void> SyncState::setLogin(const QString& login)
{
    return setMeta(kLoginKey, login);
}

Result<void> SyncState::keepRejected(const Change& change, const QString& reason, const QDateTime& when)
{
    auto& stmt = m_db.cached("INSERT OR IGNORE INTO sync_rejected (change_id, entity, record_id, young_person_id, op, "
                             "change, reason, rejected_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    stmt.bind(1, change.changeId).bind(2, change.entity).bind(3, change.recordId);
    bindOptional(stmt, 4, change.youngPersonId);
    stmt.bind(5, Change::opName(change.op)).bind(6, compact(change.toJson())).bind(7, reason).bind(8, when);
    if (!stmt.exec())
        return m_db.lastError();
    return {};
}

Result<QList<SyncState::Rejected>> SyncState::readRejected(const char* sql)
{
    auto prepared = m_db.prepare(QString::fromUtf8(sql));
    if (!prepared.ok())
        return prepared.error();
    auto& stmt = *prepared.value();
    QList<Rejected> found;
    while (stmt.next()) {
        found.append({stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3),
                      Change::opFromName(stmt.text(4)).value_or(Change::Op::Update), stmt.text(5), stmt.dateTime(6)});
    }
    if (stmt.failed())
        return m_db.lastError();
    return found;
}

Result<QList<SyncState::Rejected>> SyncState::rejected()
{
    return readRejected("SELECT change_id, entity, record_id, young_person_id, op, reason, rejected_at "
                        "FROM sync_rejected ORDER BY rejected_at, change_id");
}

Result<QList<SyncState::Rejected>> SyncState::rejectedInsertsToRemove()
{
    return readRejected("SELECT change_id, entity, record_id, young_person_id, op, reason, rejected_at "
                        "FROM sync_rejected WHERE op = 'insert' AND removed = 0 ORDER BY rejected_at, change_id");
}

Result<void> SyncState::markRemoved(const QString& changeId)
{
    return exec("UPDATE sync_rejected SET removed = 1 WHERE change_id = ?1", changeId);
}

Result<std::optional<PulledRow>> SyncState::rowFrom(const char* sql, const QString& recordId)
{
    auto& stmt = m_db.cached(sql);
    if (!recordId.isNull())
        stmt.bind(1, recordId);
    std::optional<PulledRow> found;
    if (stmt.next()) {
        found = PulledRow{stmt.text(1), stmt.text(0), stmt.text(2), stmt.integer(3),
                          QJsonDocument::fromJson(stmt.text(4).toUtf8()).object()};
    }
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return found;
}

Result<void> SyncState::keepRow(const char* sql, const PulledRow& row)
{
    auto& stmt = m_db.cached(sql);
    stmt.bind(1, row.id).bind(2, row.entity);
    bindOptional(stmt, 3, row.youngPersonId);
    stmt.bind(4, int64_t(row.serverVersion)).bind(5, compact(row.fields));
    if (!stmt.exec())
        return m_db.lastError();
    return {};
}

Result<std::optional<PulledRow>> SyncState::serverRow(const QString& recordId)
{
    return rowFrom("SELECT record_id, entity, young_person_id, server_version, fields FROM sync_server_row "
                   "WHERE record_id = ?1",
                   recordId);
}

// A row that comes twice (changed again between pages) keeps its newest version.
Result<void> SyncState::keepServerRow(const PulledRow& row)
{
    return keepRow("INSERT INTO sync_server_row (record_id, entity, young_person_id, server_version, fields) "
                   "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (record_id) DO UPDATE SET "
                   "young_person_id = excluded.young_person_id, server_version = excluded.server_version, "
                   "fields = excluded.fields WHERE excluded.server_version >= sync_server_row.server_version",
                   row);
}

Result<void> SyncState::dropServerRow(const QString& recordId)
{
    return exec("DELETE FROM sync_server_row WHERE record_id = ?1", recordId);
}

Result<void> SyncState::park(const PulledRow& row)
{
    return keepRow("INSERT INTO sync_parked (record_id, entity, young_person_id, server_version, fields) "
                   "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (record_id) DO UPDATE SET "
                   "young_person_id = excluded.young_person_id, server_version = excluded.server_version, "
                   "fields = excluded.fields WHERE excluded.server_version >= sync_parked.server_version",
                   row);
}

Result<QList<PulledRow>> SyncState::parked()
{
    auto prepared = m_db.prepare(QStringLiteral(
        "SELECT record_id, entity, young_person_id, server_version, fields FROM sync_parked ORDER BY server_version"));
    if (!prepared.ok())
        return prepared.error();
    auto& stmt = *prepared.value();
    QList<PulledRow> rows;
    while (stmt.next())
        rows.append({stmt.text(1), stmt.text(0), stmt.text(2), stmt.integer(3),
                     QJsonDocument::fromJson(stmt.text(4).toUtf8()).object()});
    if (stmt.failed())
        return m_db.lastError();
    return rows;
}

Result<void> SyncState::unpark(const QString& recordId)
{
    return exec("DELETE FROM sync_parked WHERE record_id = ?1", recordId);
}

Result<void> SyncState::recordPurged(const QString& youngPersonId, const QDateTime& when)
{
    auto& stmt = m_db.cached("INSERT INTO sync_purge (young_person_id, purged_at) VALUES (?1, ?2) "
                             "ON CONFLICT (young_person_id) DO UPDATE SET purged_at = excluded.purged_at, "
                             "receipted_at = NULL");
    stmt.bind(1, youngPersonId).bind(2, when);
    if (!stmt.exec())
        return m_db.lastError();
    return {};
}

Result<QList<SyncState::Purge>> SyncState::unreceiptedPurges()
{
    auto prepared = m_db.prepare(QStringLiteral(
        "SELECT young_person_id, purged_at FROM sync_purge WHERE receipted_at IS NULL ORDER BY purged_at"));
    if (!prepared.ok())
        return prepared.error();
    auto& stmt = *prepared.value();
    QList<Purge> ids;
    while (stmt.next())
        ids.append({stmt.text(0), stmt.dateTime(1)});
    if (stmt.failed())
        return m_db.lastError();
    return ids;
}

Result<void> SyncState::markReceipted(const QStringList& youngPersonIds, const QDateTime& when)
{
    auto& stmt = m_db.cached("UPDATE sync_purge SET receipted_at = ?2 WHERE young_person_id = ?1");
    for (const QString& id : youngPersonIds) {
        stmt.bind(1, id).bind(2, when);
        if (!stmt.exec())
            return m_db.lastError();
    }
    return {};
}

} // namespace trellis::sync
