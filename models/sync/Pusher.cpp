#include "Pusher.h"

#include "AnswerBook.h"
#include "Outbox.h"
#include "session/Clock.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPush, "trellis.sync.push")

namespace trellis::sync {

namespace {

const QString kPhase = QStringLiteral("push");
// Changes saved while a push runs are pushed too; after this many rounds they wait for the next sync.
constexpr int kRounds = 3;

// The pushes that send `changes`: each outbox batch in order, a batch larger than the server
// takes cut into consecutive parts. The server only records batch_id in its receipts; it applies
// and answers each change in a subtransaction of its own, so parts pushed in outbox order land as
// the whole batch would, and the local import stays one all-or-nothing transaction.
QList<QList<Change>> pushesOf(const QList<Change>& changes)
{
    QList<QList<Change>> pushes;
    QString current;
    for (const Change& change : changes) {
        if (pushes.isEmpty() || change.batchId != current || pushes.last().size() >= kMaxPushChanges) {
            pushes.append(QList<Change>());
            current = change.batchId;
        }
        pushes.last().append(change);
    }
    return pushes;
}

} // namespace

std::optional<SyncError> Pusher::run(Counts& counts, const Progress& progress, const std::atomic<bool>* cancel)
{
    Outbox outbox(m_db);
    qint64 done = 0;
    for (int round = 0; round < kRounds; ++round) {
        auto changes = outbox.changes();
        if (!changes.ok())
            return SyncError::fromStore(kPhase, changes.error());
        if (changes.value().isEmpty())
            break;
        const qint64 total = done + changes.value().size();
        for (const QList<Change>& part : pushesOf(changes.value())) {
            if (cancel && cancel->load())
                return SyncError::cancelled(kPhase);
            if (auto failed = pushBatch(part, counts))
                return failed;
            done += part.size();
            if (progress)
                progress(done, total);
        }
    }
    return std::nullopt;
}

std::optional<SyncError> Pusher::pushBatch(const QList<Change>& batch, Counts& counts)
{
    QStringList ids;
    QJsonArray wire;
    for (const Change& change : batch) {
        ids.append(change.changeId);
        wire.append(change.toJson());
    }
    if (auto sent = Outbox(m_db).markSent(ids); !sent.ok())
        return SyncError::fromStore(kPhase, sent.error());
    auto results = m_client.push(wire);
    if (!results.ok())
        return SyncError::fromCentral(kPhase, results.error());
    counts.pushed += batch.size();
    auto kept = AnswerBook(m_db).keep(batch, results.value(), m_clock.now());
    if (!kept.ok())
        return SyncError::fromStore(kPhase, kept.error());
    counts.applied += kept.value().applied;
    counts.conflicts += kept.value().conflicts;
    counts.rejected += kept.value().rejected;
    qCDebug(lcPush) << "batch of" << batch.size() << "answered:" << kept.value().applied << "applied,"
                    << kept.value().conflicts << "conflicts," << kept.value().rejected << "rejected";
    return std::nullopt;
}

} // namespace trellis::sync
