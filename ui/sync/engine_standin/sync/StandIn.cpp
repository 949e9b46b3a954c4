// STAND-IN (see ../README.md): a minimal implementation of the contract's SyncStatusQueries,
// ConflictInbox and RejectedChanges, so that the inbox UI can be built and tested before helper
// "engine" lands the real classes. Compiled only while models/sync/ConflictInbox.h is missing.

#include "sync/ConflictInbox.h"
#include "sync/SyncStatusQueries.h"

#include "domain/Entities.h"
#include "domain/TimeOrderedId.h"
#include "domain/Validator.h"
#include "io/RecordJson.h"
#include "session/Clock.h"
#include "store/AuditLog.h"
#include "store/RecordRepository.h"
#include "store/Transaction.h"
#include "sync/Change.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace trellis::sync {

namespace {

StoreError invalid(const QString& message)
{
    return StoreError::make(StoreError::Kind::Invalid, message);
}

QJsonValue jsonValue(const Statement& s, int column)
{
    if (s.isNull(column))
        return QJsonValue(QJsonValue::Null);
    // Stored as JSON text of one value; wrap it so that scalars parse too.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + s.text(column).toUtf8() + "]");
    return doc.isArray() && !doc.array().isEmpty() ? doc.array().at(0) : QJsonValue(QJsonValue::Null);
}

QDateTime utc(const Statement& s, int column)
{
    return s.isNull(column) ? QDateTime() : QDateTime::fromString(s.text(column), Qt::ISODateWithMs).toUTC();
}

int rank(RecordSyncState state)
{
    switch (state) {
    case RecordSyncState::Conflict:
        return 3;
    case RecordSyncState::Rejected:
        return 2;
    case RecordSyncState::Waiting:
        return 1;
    case RecordSyncState::Synced:
        break;
    }
    return 0;
}

void raise(QHash<QString, RecordSyncState>& states, const QString& id, RecordSyncState state)
{
    auto it = states.find(id);
    if (it == states.end())
        states.insert(id, state);
    else if (rank(state) > rank(*it))
        *it = state;
}

} // namespace

Result<SyncCounts> SyncStatusQueries::counts()
{
    SyncCounts counts;
    auto waiting = m_db.scalar("SELECT count(*) FROM outbox");
    auto conflicts = m_db.scalar("SELECT count(*) FROM sync_conflict WHERE resolving_change_id IS NULL");
    auto rejected = m_db.scalar("SELECT count(*) FROM sync_rejected WHERE dismissed_at IS NULL");
    if (!waiting.ok())
        return waiting.error();
    if (!conflicts.ok())
        return conflicts.error();
    if (!rejected.ok())
        return rejected.error();
    counts.waiting = waiting.value().toLongLong();
    counts.conflicts = conflicts.value().toLongLong();
    counts.rejected = rejected.value().toLongLong();
    auto last = m_db.scalar("SELECT value FROM store_meta WHERE key = 'sync_last_success'");
    if (last.ok() && !last.value().isNull())
        counts.lastSuccess = QDateTime::fromString(last.value().toString(), Qt::ISODateWithMs);
    return counts;
}

Result<RecordSyncState> SyncStatusQueries::recordState(const QString& recordId)
{
    RecordSyncState state = RecordSyncState::Synced;
    const struct {
        const char* sql;
        RecordSyncState state;
    } checks[] = {
        {"SELECT 1 FROM sync_conflict WHERE record_id = ?1 AND resolving_change_id IS NULL LIMIT 1",
         RecordSyncState::Conflict},
        {"SELECT 1 FROM sync_rejected WHERE record_id = ?1 AND dismissed_at IS NULL LIMIT 1",
         RecordSyncState::Rejected},
        {"SELECT 1 FROM outbox WHERE record_id = ?1 LIMIT 1", RecordSyncState::Waiting},
    };
    for (const auto& check : checks) {
        auto stmt = m_db.prepare(QString::fromLatin1(check.sql));
        if (!stmt.ok())
            return stmt.error();
        (*stmt)->bind(1, recordId);
        if ((*stmt)->next())
            return check.state;
        if ((*stmt)->failed())
            return m_db.lastError();
    }
    return state;
}

Result<RecordSyncState> SyncStatusQueries::youngPersonState(const QString& youngPersonId)
{
    auto all = youngPeopleStates();
    if (!all.ok())
        return all.error();
    return all.value().value(youngPersonId, RecordSyncState::Synced);
}

Result<QHash<QString, RecordSyncState>> SyncStatusQueries::youngPeopleStates()
{
    QHash<QString, RecordSyncState> states;
    const struct {
        const char* sql;
        RecordSyncState state;
    } queries[] = {
        {"SELECT DISTINCT coalesce(young_person_id, CASE WHEN entity = 'young_person' THEN record_id END) FROM outbox",
         RecordSyncState::Waiting},
        {"SELECT DISTINCT coalesce(young_person_id, CASE WHEN entity = 'young_person' THEN record_id END) "
         "FROM sync_rejected WHERE dismissed_at IS NULL",
         RecordSyncState::Rejected},
        {"SELECT DISTINCT coalesce(young_person_id, CASE WHEN entity = 'young_person' THEN record_id END) "
         "FROM sync_conflict WHERE resolving_change_id IS NULL",
         RecordSyncState::Conflict},
    };
    for (const auto& query : queries) {
        auto stmt = m_db.prepare(QString::fromLatin1(query.sql));
        if (!stmt.ok())
            return stmt.error();
        while ((*stmt)->next())
            if (!(*stmt)->isNull(0))
                raise(states, (*stmt)->text(0), query.state);
        if ((*stmt)->failed())
            return m_db.lastError();
    }
    return states;
}

QString SyncStatusQueries::words(RecordSyncState state)
{
    switch (state) {
    case RecordSyncState::Waiting:
        return QCoreApplication::translate("SyncStatusQueries", "Waiting to sync");
    case RecordSyncState::Conflict:
        return QCoreApplication::translate("SyncStatusQueries", "In conflict");
    case RecordSyncState::Rejected:
        return QCoreApplication::translate("SyncStatusQueries", "Rejected");
    case RecordSyncState::Synced:
        break;
    }
    return QCoreApplication::translate("SyncStatusQueries", "Synced");
}

ConflictInbox::ConflictInbox(Database& db, const Clock& clock, QString actor)
    : m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
}

Result<QList<Conflict>> ConflictInbox::read(const QString& sql, const QString& key)
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT id, entity, record_id, young_person_id, field, base_value, server_value, "
                       "server_login, server_changed_at, incoming_value, incoming_login, incoming_made_by, "
                       "incoming_made_at, opened_at, resolving_change_id FROM sync_conflict ") +
        sql);
    if (!stmt.ok())
        return stmt.error();
    Statement& s = **stmt;
    if (!key.isEmpty())
        s.bind(1, key);
    QList<Conflict> list;
    while (s.next()) {
        Conflict c;
        c.id = s.text(0);
        c.entity = s.text(1);
        c.recordId = s.text(2);
        c.youngPersonId = s.text(3);
        c.field = s.text(4);
        c.base = jsonValue(s, 5);
        c.current = jsonValue(s, 6);
        c.currentLogin = s.text(7);
        c.currentChangedAt = utc(s, 8);
        c.other = jsonValue(s, 9);
        c.otherLogin = s.text(10);
        c.otherMadeBy = s.text(11);
        c.otherMadeAt = utc(s, 12);
        c.openedAt = utc(s, 13);
        c.resolving = !s.isNull(14);
        list.append(c);
    }
    if (s.failed())
        return m_db.lastError();
    return list;
}

Result<QList<Conflict>> ConflictInbox::open()
{
    return read(QStringLiteral("WHERE resolving_change_id IS NULL ORDER BY opened_at, id"), {});
}

Result<QList<Conflict>> ConflictInbox::forRecord(const QString& recordId)
{
    return read(QStringLiteral("WHERE record_id = ?1 ORDER BY opened_at, id"), recordId);
}

Result<void> ConflictInbox::resolve(const QString& conflictId, Choice choice, const QJsonValue& edited)
{
    auto found = read(QStringLiteral("WHERE id = ?1 AND resolving_change_id IS NULL"), conflictId);
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return invalid(QStringLiteral("That conflict is no longer open."));
    const Conflict c = found.value().first();
    const domain::EntityDef* def = domain::Entities::find(c.entity);
    const domain::FieldDef* field = def ? def->field(c.field) : nullptr;
    if (!field)
        return invalid(QStringLiteral("The conflict names a field Trellis does not know."));
    const QJsonValue chosen = choice == Choice::KeepCurrent ? c.current
                              : choice == Choice::KeepOther ? c.other
                                                            : edited;

    Transaction tx(m_db);
    if (!tx.began())
        return m_db.lastError();
    RecordRepository repo(m_db);
    auto record = repo.find(*def, c.recordId);
    if (!record.ok())
        return record.error();
    if (!record.value())
        return invalid(QStringLiteral("The record of this conflict is not in the store."));
    domain::Record updated = *record.value();
    domain::ValidationIssues issues;
    const domain::Record decoded = io::RecordJson::fromJson(QJsonObject{{c.field, chosen}}, *def, issues);
    if (decoded.has(c.field))
        updated.set(c.field, decoded.value(c.field));
    else
        updated.clear(c.field);
    issues += domain::Validator(m_clock.today()).validate(updated);
    for (const domain::ValidationIssue& issue : issues)
        if (issue.isError() && issue.field == c.field)
            return invalid(issue.toString());

    auto write = m_db.prepare(QStringLiteral("UPDATE \"%1\" SET \"%2\" = ?1 WHERE id = ?2").arg(def->name, c.field));
    if (!write.ok())
        return write.error();
    (*write)->bind(1, updated.value(c.field)).bind(2, c.recordId);
    if (!(*write)->exec())
        return m_db.lastError();

    Change change;
    change.changeId = domain::createTimeOrderedId();
    change.batchId = m_db.batchId();
    change.entity = c.entity;
    change.recordId = c.recordId;
    change.youngPersonId = c.youngPersonId;
    change.op = Change::Op::Update;
    const QVariant version = updated.value(QStringLiteral("server_version"));
    if (version.isValid() && !version.isNull())
        change.baseVersion = version.toLongLong();
    const QJsonValue newValue = io::RecordJson::fieldValue(updated, *field);
    change.fields.insert(c.field, QJsonObject{{QStringLiteral("base"), c.current},
                                              {QStringLiteral("new"), newValue.isUndefined() ? QJsonValue() : newValue},
                                              {QStringLiteral("resolves"), c.id}});
    change.madeBy = m_actor;
    change.madeAt = m_clock.now().toUTC();
    if (auto r = Outbox(m_db).record(change); !r.ok())
        return r.error();
    auto mark = m_db.prepare(QStringLiteral("UPDATE sync_conflict SET resolving_change_id = ?1 WHERE id = ?2"));
    if (!mark.ok())
        return mark.error();
    (*mark)->bind(1, change.changeId).bind(2, c.id);
    if (!(*mark)->exec())
        return m_db.lastError();
    return tx.commit();
}

Result<QList<RejectedChange>> RejectedChanges::read(const QString& sql, const QString& key)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT change_id, entity, record_id, young_person_id, op, change, "
                                            "reason, rejected_at, removed FROM sync_rejected ") +
                             sql);
    if (!stmt.ok())
        return stmt.error();
    Statement& s = **stmt;
    if (!key.isEmpty())
        s.bind(1, key);
    QList<RejectedChange> list;
    while (s.next()) {
        RejectedChange r;
        r.changeId = s.text(0);
        r.entity = s.text(1);
        r.recordId = s.text(2);
        r.youngPersonId = s.text(3);
        r.op = s.text(4);
        r.fields = QJsonDocument::fromJson(s.text(5).toUtf8()).object().value(QStringLiteral("fields")).toObject();
        r.reason = s.text(6);
        r.rejectedAt = utc(s, 7);
        r.removed = s.integer(8) != 0;
        list.append(r);
    }
    if (s.failed())
        return m_db.lastError();
    return list;
}

Result<QList<RejectedChange>> RejectedChanges::undismissed()
{
    return read(QStringLiteral("WHERE dismissed_at IS NULL ORDER BY rejected_at, change_id"), {});
}

Result<QList<RejectedChange>> RejectedChanges::forRecord(const QString& recordId)
{
    return read(QStringLiteral("WHERE record_id = ?1 ORDER BY rejected_at, change_id"), recordId);
}

Result<void> RejectedChanges::dismiss(const QString& changeId, const QString& actor, const QDateTime& when)
{
    Q_UNUSED(actor)
    auto stmt = m_db.prepare(QStringLiteral("UPDATE sync_rejected SET dismissed_at = ?1 WHERE change_id = ?2"));
    if (!stmt.ok())
        return stmt.error();
    (*stmt)->bind(1, when.toUTC().toString(Qt::ISODateWithMs)).bind(2, changeId);
    if (!(*stmt)->exec())
        return m_db.lastError();
    return {};
}

} // namespace trellis::sync
