#include "PullApplier.h"

#include "Outbox.h"
#include "domain/Entities.h"
#include "domain/Validator.h"
#include "io/RecordJson.h"

namespace trellis::sync {

using domain::Record;

namespace {

const QString kDeleted = QStringLiteral("deleted");

// What a server row may carry besides the record's fields: its own bookkeeping, never written
// locally as fields.
const QStringList kServerColumns{QStringLiteral("server_version"), QStringLiteral("server_xid"),
                                 QStringLiteral("server_changed_at"), QStringLiteral("changed_by_login"),
                                 QStringLiteral("field_versions")};

StoreError refused(const PulledRow& row, const QString& label, const QString& field, const QString& message)
{
    return StoreError::make(StoreError::Kind::Invalid,
                            QStringLiteral("The central store sent a %1 (%2 %3) that Trellis cannot accept: field "
                                           "\"%4\" %5.")
                                .arg(label, row.entity, row.id, field, message));
}

void fillStamp(Record& record, const QString& field, const QVariant& value)
{
    if (!record.has(field))
        record.set(field, value);
}

} // namespace

Result<Record> PullApplier::decode(const PulledRow& row, QDate today, const QString& fallbackActor,
                                   const QDateTime& now)
{
    const domain::EntityDef& def = domain::Entities::get(row.entity);
    QJsonObject fields = row.fields;
    fields.remove(kDeleted);
    for (const QString& column : kServerColumns)
        fields.remove(column);
    if (fields.contains(QStringLiteral("id")) && fields.value(QStringLiteral("id")).toString().toLower() != row.id)
        return refused(row, def.label, QStringLiteral("id"), QStringLiteral("is not the row's id"));
    fields.insert(QStringLiteral("id"), row.id);
    domain::ValidationIssues issues;
    Record record = io::RecordJson::fromJson(fields, def, issues);
    if (!issues.isEmpty())
        return refused(row, def.label, issues.first().field, issues.first().message);
    // Stamps are the record's as the server has them; a server that leaves them out gets the
    // time of the pull and the name of the store the row came from.
    fillStamp(record, QStringLiteral("created_at"), now.toUTC());
    fillStamp(record, QStringLiteral("updated_at"), now.toUTC());
    fillStamp(record, QStringLiteral("created_by"), fallbackActor);
    fillStamp(record, QStringLiteral("updated_by"), fallbackActor);
    const domain::ValidationIssues found = domain::Validator(today).validate(record);
    for (const auto& issue : found) {
        if (issue.isError())
            return refused(row, def.label, issue.field, issue.message);
    }
    return record;
}

Result<bool> PullApplier::referencesPresent(const Record& record)
{
    for (const auto& field : record.def().fields) {
        if (field.type != domain::FieldType::Reference || !record.has(field.name))
            continue;
        auto found = m_repository.exists(domain::Entities::get(field.target), record.text(field.name));
        if (!found.ok())
            return found.error();
        if (!found.value())
            return false;
    }
    return true;
}

Result<PullApplier::Applied> PullApplier::applyRow(const PulledRow& row, const QDateTime& now)
{
    auto decoded = decode(row, m_today, m_fallbackActor, now);
    if (!decoded.ok())
        return decoded.error();
    Record record = decoded.takeValue();
    const domain::EntityDef& def = record.def();
    const bool deleted = row.fields.value(kDeleted).toBool();
    auto stored = m_repository.findStored(def, row.id);
    if (!stored.ok())
        return stored.error();
    const auto& held = stored.value();
    // Pages may repeat a row changed between them; an older version never replaces a newer one.
    // The same version is written again: a push answer may have set it before its values came.
    const bool older = held && held->serverVersion && *held->serverVersion > row.serverVersion;
    // A tombstone for a record this store never held has nothing to delete.
    if (older || (!held && deleted)) {
        if (auto unparked = m_state.unpark(row.id); !unparked.ok())
            return unparked.error();
        return Applied::Skipped;
    }
    auto present = referencesPresent(record);
    if (!present.ok())
        return present.error();
    if (!present.value()) {
        if (auto parked = m_state.park(row); !parked.ok())
            return parked.error();
        return Applied::Parked;
    }
    auto pending = Outbox(m_db).pendingFields(row.id);
    if (!pending.ok())
        return pending.error();
    if (auto unparked = m_state.unpark(row.id); !unparked.ok())
        return unparked.error();
    RecordRepository::Received received{row.serverVersion, deleted, false};
    if (!held) {
        if (auto inserted = m_repository.insertReceived(record, received); !inserted.ok())
            return inserted.error();
        return Applied::Written;
    }
    if (pending.value().isEmpty()) {
        if (auto updated = m_repository.updateReceived(record, received); !updated.ok())
            return updated.error();
        if (auto dropped = m_state.dropServerRow(row.id); !dropped.ok())
            return dropped.error();
        return Applied::Written;
    }
    // Local changes win locally until answered; the server's values wait in sync_server_row.
    for (const QString& field : pending.value()) {
        if (field == kDeleted || !def.field(field))
            continue;
        if (held->record.has(field))
            record.set(field, held->record.value(field));
        else
            record.clear(field);
    }
    for (const QString& stamp : {QStringLiteral("updated_at"), QStringLiteral("updated_by")})
        record.set(stamp, held->record.value(stamp));
    received.deleted = pending.value().contains(kDeleted) ? held->deleted : deleted;
    received.dirty = true;
    if (auto updated = m_repository.updateReceived(record, received); !updated.ok())
        return updated.error();
    if (auto kept = m_state.keepServerRow(row); !kept.ok())
        return kept.error();
    return Applied::Merged;
}

Result<PullApplier::Counts> PullApplier::applyParked(const QDateTime& now)
{
    Counts counts;
    bool progress = true;
    while (progress) {
        progress = false;
        auto parked = m_state.parked();
        if (!parked.ok())
            return parked.error();
        for (const PulledRow& row : std::as_const(parked.value())) {
            auto applied = applyRow(row, now);
            if (!applied.ok())
                return applied.error();
            if (applied.value() == Applied::Parked)
                continue;
            progress = true;
            counts.written += applied.value() != Applied::Skipped ? 1 : 0;
            counts.merged += applied.value() == Applied::Merged ? 1 : 0;
        }
    }
    return counts;
}

Result<PullApplier::Counts> PullApplier::apply(const QList<PulledRow>& rows, const QDateTime& now)
{
    Counts counts;
    for (const PulledRow& row : rows) {
        auto applied = applyRow(row, now);
        if (!applied.ok())
            return applied.error();
        counts.written += applied.value() == Applied::Written || applied.value() == Applied::Merged ? 1 : 0;
        counts.merged += applied.value() == Applied::Merged ? 1 : 0;
    }
    auto unparked = applyParked(now);
    if (!unparked.ok())
        return unparked.error();
    counts.written += unparked.value().written;
    counts.merged += unparked.value().merged;
    return counts;
}

} // namespace trellis::sync
