#include "ConflictInbox.h"

#include "Change.h"
#include "ChangeCapture.h"
#include "ConflictTable.h"
#include "Outbox.h"
#include "domain/Entities.h"
#include "domain/TimeOrderedId.h"
#include "domain/Validator.h"
#include "io/RecordJson.h"
#include "session/Clock.h"
#include "store/AuditLog.h"
#include "store/RecordRepository.h"
#include "store/Transaction.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace trellis::sync {

namespace {

StoreError refused(const QString& message)
{
    return StoreError::make(StoreError::Kind::Invalid, message);
}

// The label people know a field by; "Deleted" for the tombstone, which is not a record field.
QString labelOf(const domain::EntityDef& def, const QString& field)
{
    if (const domain::FieldDef* found = def.field(field))
        return found->label;
    return QStringLiteral("Deleted");
}

} // namespace

ConflictInbox::ConflictInbox(Database& db, const Clock& clock, QString actor)
    : m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
}

Result<QList<Conflict>> ConflictInbox::open()
{
    return withLatestOwnValues(ConflictTable(m_db).unresolved());
}

Result<QList<Conflict>> ConflictInbox::forRecord(const QString& recordId)
{
    return withLatestOwnValues(ConflictTable(m_db).forRecord(recordId));
}

Result<QList<Conflict>> ConflictInbox::withLatestOwnValues(Result<QList<Conflict>> conflicts)
{
    if (!conflicts.ok())
        return conflicts;
    for (Conflict& conflict : conflicts.value()) {
        if (auto shown = showLatestOwnValue(conflict); !shown.ok())
            return shown.error();
    }
    return conflicts;
}

Result<void> ConflictInbox::showLatestOwnValue(Conflict& conflict)
{
    if (conflict.otherLogin != m_actor || conflict.resolving)
        return {};
    auto pending = Outbox(m_db).pendingFields(conflict.recordId);
    if (!pending.ok())
        return pending.error();
    const domain::EntityDef* def = domain::Entities::find(conflict.entity);
    if (!pending.value().contains(conflict.field) || !def)
        return {};
    auto stored = RecordRepository(m_db).findStored(*def, conflict.recordId);
    if (!stored.ok())
        return stored.error();
    if (!stored.value())
        return {};
    if (conflict.field == ChangeCapture::kDeleted)
        conflict.other = QJsonValue(stored.value()->deleted);
    else if (const domain::FieldDef* field = def->field(conflict.field))
        conflict.other = ChangeCapture::wireValue(stored.value()->record, *field);
    return {};
}

Result<void> ConflictInbox::resolve(const QString& conflictId, Choice choice, const QJsonValue& edited)
{
    ConflictTable table(m_db);
    auto found = table.find(conflictId);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return refused(QStringLiteral("The conflict %1 is no longer open.").arg(conflictId));
    Conflict conflict = *found.value();
    if (auto shown = showLatestOwnValue(conflict); !shown.ok())
        return shown.error();
    if (conflict.resolving)
        return refused(QStringLiteral("The conflict %1 is already resolved; the resolution is waiting to sync.")
                           .arg(conflictId));
    const domain::EntityDef* def = domain::Entities::find(conflict.entity);
    if (!def || !def->syncable || def->appendOnly)
        return refused(QStringLiteral("A conflict about a %1 cannot be resolved here.").arg(conflict.entity));

    QJsonValue chosen = conflict.current;
    if (choice == Choice::KeepOther)
        chosen = conflict.other;
    else if (choice == Choice::Edited)
        chosen = edited.isUndefined() ? QJsonValue(QJsonValue::Null) : edited;

    RecordRepository repository(m_db);
    auto stored = repository.findStored(*def, conflict.recordId);
    if (!stored.ok())
        return stored.error();
    if (!stored.value() || !stored.value()->serverVersion)
        return refused(QStringLiteral("The %1 of this conflict is not in this store any more.").arg(def->label));
    domain::Record record = stored.value()->record;
    bool deleted = stored.value()->deleted;
    const QDateTime now = m_clock.now();

    // The chosen value goes into the record and through the entity's rules, as an edit would.
    const bool tombstone = conflict.field == ChangeCapture::kDeleted;
    if (tombstone) {
        if (!chosen.isBool())
            return refused(QStringLiteral("Deleted: must be true or false."));
        deleted = chosen.toBool();
    } else {
        const domain::FieldDef* field = def->field(conflict.field);
        if (!field || !ChangeCapture::isChangeField(*def, conflict.field))
            return refused(QStringLiteral("%1 cannot be resolved here.").arg(labelOf(*def, conflict.field)));
        domain::ValidationIssues issues;
        const domain::Record decoded =
            io::RecordJson::fromJson(QJsonObject{{conflict.field, chosen}}, *def, issues);
        if (domain::hasErrors(issues))
            return refused(issues.first().toString());
        record.set(conflict.field, decoded.value(conflict.field));
    }
    record.stampUpdated(m_actor, now);
    domain::ValidationIssues issues = domain::Validator(now.toLocalTime().date()).validate(record);
    for (const domain::ValidationIssue& issue : std::as_const(issues)) {
        if (issue.severity == domain::ValidationIssue::Severity::Error)
            return refused(issue.toString());
    }
    // The value as stored after the validator's normalising; keeping the current value sends it
    // exactly as the server holds it, so base == new and the server resolves without a clash.
    const QJsonValue next = tombstone || choice == Choice::KeepCurrent
                                ? chosen
                                : ChangeCapture::wireValue(record, *def->field(conflict.field));

    // The base is the server's value, which the field holds locally unless the worker edited it
    // again since the conflict: then that edit goes first, and the resolution chains on it (base =
    // the edit's value, as two offline edits chain), so it does not clash with the worker's own.
    QJsonValue base = conflict.current;
    auto pending = Outbox(m_db).pendingFields(conflict.recordId);
    if (!pending.ok())
        return pending.error();
    if (pending.value().contains(conflict.field))
        base = tombstone ? QJsonValue(stored.value()->deleted)
                         : ChangeCapture::wireValue(stored.value()->record, *def->field(conflict.field));

    Change change;
    change.changeId = domain::createTimeOrderedId();
    change.entity = def->name;
    change.recordId = conflict.recordId;
    change.youngPersonId = ChangeCapture::youngPersonOf(record);
    change.op = Change::Op::Update;
    change.baseVersion = stored.value()->serverVersion;
    change.fields.insert(conflict.field, QJsonObject{{QStringLiteral("base"), base},
                                                     {QStringLiteral("new"), next},
                                                     {QStringLiteral("resolves"), conflict.id}});
    change.madeBy = m_actor;
    change.madeAt = now.toUTC();

    Transaction transaction(m_db);
    if (!transaction.began())
        return m_db.lastError();
    // Written as the record stands plus the chosen value, dirty, without a captured change: the
    // change is the one above (a kept value changes nothing locally, so capture would find none).
    RecordRepository::Received written{*stored.value()->serverVersion, deleted, true};
    if (auto updated = repository.updateReceived(record, written); !updated.ok())
        return updated;
    if (auto kept = Outbox(m_db).record(change); !kept.ok())
        return kept;
    if (auto logged = AuditLog(m_db, m_actor).record(AuditLog::Action::Update, def->name, conflict.recordId,
                                                     std::nullopt, now);
        !logged.ok())
        return logged;
    if (auto marked = table.markResolving(conflict.id, change.changeId); !marked.ok())
        return marked;
    if (auto committed = transaction.commit(); !committed.ok())
        return committed;
    qCInfo(lcSync) << "conflict" << conflict.id << "resolved here as change" << change.changeId;
    return {};
}

} // namespace trellis::sync
