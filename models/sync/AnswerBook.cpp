#include "AnswerBook.h"

#include "Outbox.h"
#include "domain/Entities.h"
#include "io/RecordJson.h"
#include "store/Transaction.h"

#include <QHash>

namespace trellis::sync {

using Outcome = PushResult::Outcome;

namespace {

const QString kDeleted = QStringLiteral("deleted");

// Sets one field of `record` from its wire value (null clears it).
void setWireValue(domain::Record& record, const QString& field, const QJsonValue& value)
{
    domain::ValidationIssues issues;
    const domain::Record decoded = io::RecordJson::fromJson(QJsonObject{{field, value}}, record.def(), issues);
    if (decoded.has(field))
        record.set(field, decoded.value(field));
    else
        record.clear(field);
}

} // namespace

Result<AnswerBook::Tally> AnswerBook::keep(const QList<Change>& batch, const QList<PushResult>& results,
                                           const QDateTime& now)
{
    Transaction transaction(m_db);
    if (!transaction.began())
        return m_db.lastError();
    Tally tally;
    QStringList ids;
    QStringList order;
    QHash<QString, QList<Answered>> byRecord;
    for (qsizetype i = 0; i < batch.size() && i < results.size(); ++i) {
        const Change& change = batch.at(i);
        const PushResult& result = results.at(i);
        ids.append(change.changeId);
        if (!byRecord.contains(change.recordId))
            order.append(change.recordId);
        byRecord[change.recordId].append({&change, &result});
        switch (result.outcome) {
        case Outcome::Applied:
            ++tally.applied;
            break;
        case Outcome::Conflict:
            ++tally.conflicts;
            break;
        case Outcome::Rejected:
            ++tally.rejected;
            if (auto kept = m_state.keepRejected(change, result.reason, now); !kept.ok())
                return kept.error();
            break;
        }
    }
    if (auto acknowledged = Outbox(m_db).acknowledge(ids); !acknowledged.ok())
        return acknowledged.error();
    for (const QString& recordId : std::as_const(order)) {
        if (auto settled = settle(recordId, byRecord.value(recordId)); !settled.ok())
            return settled.error();
    }
    if (auto removed = removeRejectedInserts(); !removed.ok())
        return removed.error();
    if (auto committed = transaction.commit(); !committed.ok())
        return committed.error();
    return tally;
}

Result<void> AnswerBook::settle(const QString& recordId, const QList<Answered>& answers)
{
    const domain::EntityDef* def = domain::Entities::find(answers.first().change->entity);
    if (!def)
        return {};
    auto stored = m_repository.findStored(*def, recordId);
    if (!stored.ok())
        return stored.error();
    if (!stored.value())
        return {}; // removed already (a refused insert, or purged)
    ChangeCapture::Stored held = *stored.value();
    auto pending = Outbox(m_db).pendingFields(recordId);
    if (!pending.ok())
        return pending.error();
    auto copy = m_state.serverRow(recordId);
    if (!copy.ok())
        return copy.error();
    const std::optional<PulledRow>& server = copy.value();

    std::optional<qint64> version = held.serverVersion;
    QJsonObject revert;
    bool insertRefused = false;
    for (const Answered& answer : answers) {
        const Change& change = *answer.change;
        const PushResult& result = *answer.result;
        if (result.outcome != Outcome::Rejected && result.serverVersion)
            version = qMax(version.value_or(0), *result.serverVersion);
        QStringList fields;
        if (result.outcome == Outcome::Conflict)
            fields = result.conflictFields;
        else if (result.outcome == Outcome::Rejected)
            fields = change.fields.keys();
        insertRefused = insertRefused || (result.outcome == Outcome::Rejected && change.op == Change::Op::Insert);
        for (const QString& field : std::as_const(fields)) {
            if (pending.value().contains(field) || !change.fields.contains(field))
                continue;
            if (server && server->fields.contains(field))
                revert.insert(field, server->fields.value(field));
            else if (result.outcome == Outcome::Rejected)
                revert.insert(field, change.fields.value(field).toObject().value(QStringLiteral("base")));
        }
    }
    if (insertRefused && !held.serverVersion)
        return {}; // the server never had it: removeRejectedInserts takes the row away
    if (!version)
        return {};
    for (auto it = revert.begin(); it != revert.end(); ++it) {
        if (it.key() == kDeleted)
            held.deleted = it.value().toBool();
        else if (def->field(it.key()))
            setWireValue(held.record, it.key(), it.value());
    }
    if (server && !revert.isEmpty())
        version = qMax(*version, server->serverVersion);
    const bool clean = pending.value().isEmpty();
    if (auto written = m_repository.updateReceived(held.record, {*version, held.deleted, !clean}); !written.ok())
        return written;
    if (clean)
        return m_state.dropServerRow(recordId);
    return {};
}

Result<qint64> AnswerBook::removeRejectedInserts()
{
    qint64 removed = 0;
    bool progress = true;
    while (progress) {
        progress = false;
        auto waiting = m_state.rejectedInsertsToRemove();
        if (!waiting.ok())
            return waiting.error();
        for (const SyncState::Rejected& rejected : std::as_const(waiting.value())) {
            const domain::EntityDef* def = domain::Entities::find(rejected.entity);
            auto pending = Outbox(m_db).pendingFields(rejected.recordId);
            if (!pending.ok())
                return pending.error();
            if (!def || !pending.value().isEmpty())
                continue;
            auto stored = m_repository.findStored(*def, rejected.recordId);
            if (!stored.ok())
                return stored.error();
            // Accepted after all (an insert sent again once its reference had arrived): keep it.
            if (stored.value() && stored.value()->serverVersion) {
                if (auto marked = m_state.markRemoved(rejected.changeId); !marked.ok())
                    return marked.error();
                continue;
            }
            Transaction attempt(m_db);
            if (!attempt.began())
                return m_db.lastError();
            // Another local row still refers to it (its own refused insert is answered later).
            if (!m_repository.erase(*def, rejected.recordId).ok())
                continue;
            if (auto marked = m_state.markRemoved(rejected.changeId); !marked.ok())
                return marked.error();
            if (auto committed = attempt.commit(); !committed.ok())
                return committed.error();
            ++removed;
            progress = true;
        }
    }
    return removed;
}

} // namespace trellis::sync
