#include "RecordWriter.h"

#include "AuditLog.h"
#include "DraftStore.h"
#include "RecordRepository.h"
#include "Transaction.h"
#include "domain/Validator.h"

namespace trellis {

Result<SaveOutcome> RecordWriter::save(QList<Change> changes, const QDateTime& now, const QString& draftKey)
{
    SaveOutcome outcome;
    const domain::Validator validator(now.toLocalTime().date());
    // Everything is checked before anything is written, so a failure leaves no half-save behind.
    for (qsizetype i = 0; i < changes.size(); ++i) {
        domain::Record& record = changes[i].record;
        if (changes[i].isNew)
            record.stampNew(m_actor, now);
        else
            record.stampUpdated(m_actor, now);
        domain::ValidationIssues issues = validator.validate(record);
        if (domain::hasErrors(issues)) {
            outcome.issues = issues;
            outcome.failedIndex = i;
            return outcome;
        }
    }

    Transaction transaction(m_db);
    if (!transaction.began())
        return m_db.lastError();
    RecordRepository repository(m_db);
    AuditLog audit(m_db, m_actor);
    for (const Change& change : std::as_const(changes)) {
        const Result<void> written = change.isNew ? repository.insert(change.record) : repository.update(change.record);
        if (!written.ok())
            return written.error();
        const auto action = change.isNew ? AuditLog::Action::Create : AuditLog::Action::Update;
        if (auto logged = audit.record(action, change.record.entity(), change.record.id(), std::nullopt, now);
            !logged.ok())
            return logged.error();
        outcome.records << change.record;
    }
    if (!draftKey.isEmpty()) {
        if (auto discarded = DraftStore(m_db).discard(draftKey); !discarded.ok())
            return discarded.error();
    }
    if (auto committed = transaction.commit(); !committed.ok())
        return committed.error();
    outcome.saved = true;
    return outcome;
}

Result<SaveOutcome> RecordWriter::save(const domain::Record& record, bool isNew, const QDateTime& now,
                                       const QString& draftKey)
{
    return save(QList<Change>{Change{record, isNew}}, now, draftKey);
}

Result<void> RecordWriter::recordView(const QString& entity, const QString& id, const QDateTime& now)
{
    return AuditLog(m_db, m_actor).record(AuditLog::Action::View, entity, id, std::nullopt, now);
}

} // namespace trellis
