#include "SyncEngine.h"

#include "ConflictTable.h"
#include "Outbox.h"
#include "PullApplier.h"
#include "Purger.h"
#include "Pusher.h"
#include "SyncState.h"
#include "session/Clock.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcSync, "trellis.sync")

namespace trellis::sync {

namespace {

// Pulled rows the server sent without their stamps are written as from this actor.
const QString kCentralActor = QStringLiteral("central");

// "Given Family" of a young person about to be purged; empty when the row has no name.
Result<QString> displayName(Database& db, const QString& id)
{
    auto& stmt = db.cached("SELECT trim(coalesce(given_name, '') || ' ' || coalesce(family_name, '')) "
                           "FROM young_person WHERE id = ?1");
    stmt.bind(1, id);
    QString name;
    if (stmt.next())
        name = stmt.text(0);
    if (stmt.failed())
        return db.lastError();
    stmt.reset();
    return name;
}

SyncError storeError(const QString& phase, const StoreError& error)
{
    return SyncError::fromStore(phase, error);
}

} // namespace

QJsonObject SyncSummary::toJson() const
{
    return {{QStringLiteral("pushed"), pushed},     {QStringLiteral("applied"), applied},
            {QStringLiteral("merged"), merged},     {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("rejected"), rejected}, {QStringLiteral("pulled"), pulled},
            {QStringLiteral("purged"), purged},     {QStringLiteral("open_conflicts"), openConflicts}};
}

SyncEngine::SyncEngine(Database& db, CentralClient& client, const Clock& clock, QString login, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_clock(clock)
    , m_login(std::move(login))
{
    qRegisterMetaType<SyncSummary>();
    qRegisterMetaType<SyncError>();
}

SyncEngine::Outcome SyncEngine::run()
{
    m_cancel.store(false);
    Outcome outcome;
    auto stop = [&](SyncError error) {
        qCWarning(lcSync) << "sync stopped in" << error.phase << "phase:" << error.kind;
        outcome.error = error;
        emit failed(error);
        return outcome;
    };
    if (auto failed = checkLogin())
        return stop(*failed);
    if (auto failed = push(outcome.summary))
        return stop(*failed);
    if (auto failed = revokeAndPurge(outcome.summary))
        return stop(*failed);
    if (auto failed = pull(outcome.summary))
        return stop(*failed);
    if (auto failed = refreshConflicts(outcome.summary))
        return stop(*failed);
    if (auto failed = finish())
        return stop(*failed);
    qCInfo(lcSync) << "sync done:" << outcome.summary.pushed << "pushed," << outcome.summary.pulled << "pulled,"
                   << outcome.summary.purged << "purged,"
                   << outcome.summary.openConflicts << "open conflicts";
    emit finished(outcome.summary);
    return outcome;
}

// A store holds one worker's caseload; its cursor and purges mean nothing for another login.
std::optional<SyncError> SyncEngine::checkLogin()
{
    SyncState state(m_db);
    auto held = state.login();
    if (!held.ok())
        return storeError(kPush, held.error());
    if (held.value().isEmpty()) {
        if (auto set = state.setLogin(m_login); !set.ok())
            return storeError(kPush, set.error());
    } else if (held.value() != m_login) {
        return SyncError{
            kPush, QStringLiteral("wrong-login"),
            QStringLiteral("This store syncs as \"%1\"; it cannot sync as \"%2\".").arg(held.value(), m_login)};
    }
    return std::nullopt;
}

std::optional<SyncError> SyncEngine::push(SyncSummary& summary)
{
    Pusher::Counts counts;
    auto failed = Pusher(m_db, m_client, m_clock)
                      .run(
                          counts, [this](qint64 done, qint64 total) { emit progress(kPush, done, total); }, &m_cancel);
    summary.pushed += counts.pushed;
    summary.applied += counts.applied;
    summary.conflicts += counts.conflicts;
    summary.rejected += counts.rejected;
    return failed;
}

std::optional<SyncError> SyncEngine::revokeAndPurge(SyncSummary& summary)
{
    // Only young people the central store has accepted: one created here whose insert is still
    // owed (saved while this sync ran) does not exist there yet and must not look revoked.
    QStringList held;
    {
        auto prepared =
            m_db.prepare(QStringLiteral("SELECT id FROM young_person WHERE server_version IS NOT NULL ORDER BY id"));
        if (!prepared.ok())
            return storeError(kRevocation, prepared.error());
        while (prepared.value()->next())
            held.append(prepared.value()->text(0));
        if (prepared.value()->failed())
            return storeError(kRevocation, m_db.lastError());
    }
    emit progress(kRevocation, 0, 1);
    QStringList revoked;
    if (!held.isEmpty()) {
        auto answer = m_client.revoked(held);
        if (!answer.ok())
            return SyncError::fromCentral(kRevocation, answer.error());
        const QSet<QString> holding(held.begin(), held.end());
        for (const QString& id : std::as_const(answer.value())) {
            if (holding.contains(id) && !revoked.contains(id))
                revoked.append(id);
        }
    }
    emit progress(kRevocation, 1, 1);

    Purger purger(m_db);
    Outbox outbox(m_db);
    for (qsizetype i = 0; i < revoked.size(); ++i) {
        if (m_cancel.load())
            return SyncError::cancelled(kPurge);
        const QString& id = revoked.at(i);
        // Changes made while this sync ran go first: applied or quarantined, never lost.
        auto owed = outbox.pendingFor(id);
        if (!owed.ok())
            return storeError(kPurge, owed.error());
        if (!owed.value().isEmpty()) {
            if (auto failed = push(summary))
                return failed;
        }
        auto name = displayName(m_db, id);
        if (!name.ok())
            return storeError(kPurge, name.error());
        if (auto purged = purger.purge(id, m_clock.now()); !purged.ok())
            return storeError(kPurge, purged.error());
        ++summary.purged;
        if (!name.value().isEmpty())
            summary.purgedNames.append(name.value());
        emit progress(kPurge, i + 1, revoked.size());
    }
    if (!revoked.isEmpty()) {
        bool complete = true;
        if (auto checkpointed = purger.checkpoint(&complete); !checkpointed.ok())
            return storeError(kPurge, checkpointed.error());
        if (!complete)
            qCWarning(lcSync) << "WAL checkpoint after purge was partial: another connection is reading";
    }
    return sendPurgeReceipts();
}

std::optional<SyncError> SyncEngine::sendPurgeReceipts()
{
    SyncState state(m_db);
    auto owed = state.unreceiptedPurges();
    if (!owed.ok())
        return storeError(kPurge, owed.error());
    for (const SyncState::Purge& purge : std::as_const(owed.value())) {
        if (auto sent = m_client.recordPurge({purge.youngPersonId}, purge.purgedAt); !sent.ok())
            return SyncError::fromCentral(kPurge, sent.error());
        if (auto marked = state.markReceipted({purge.youngPersonId}, m_clock.now()); !marked.ok())
            return storeError(kPurge, marked.error());
    }
    return std::nullopt;
}

std::optional<SyncError> SyncEngine::pull(SyncSummary& summary)
{
    SyncState state(m_db);
    auto stored = state.cursor();
    if (!stored.ok())
        return storeError(kPull, stored.error());
    QString cursor = stored.value();
    PullApplier applier(m_db, m_clock.today(), kCentralActor);
    bool restarted = false;
    while (true) {
        // Between pages: the pages done are committed with their cursor, so the next run resumes.
        if (m_cancel.load())
            return SyncError::cancelled(kPull);
        auto page = m_client.pull(cursor, m_pullPageRows);
        // A cursor the server no longer accepts (a restore, a new role or team): everything
        // again from the start, once; rows already held are applied by version.
        if (!page.ok() && !cursor.isNull() && !restarted && page.error().sqlState == QLatin1String("22023") &&
            page.error().detail.startsWith(QLatin1String("pull cursor refused"))) {
            qCInfo(lcSync) << "pull cursor refused; pulling from the start";
            cursor = QString();
            restarted = true;
            continue;
        }
        if (!page.ok())
            return SyncError::fromCentral(kPull, page.error());
        if (!page->complete && page->rows.isEmpty() && page->cursor == cursor)
            return SyncError{kPull, QStringLiteral("invalid"),
                             QStringLiteral("The central store's reply to pull is not valid: an incomplete page "
                                            "with no rows kept the same \"cursor\".")};
        // The page and the cursor after it commit together: a kill repeats at most this page.
        Transaction transaction(m_db);
        if (!transaction.began())
            return storeError(kPull, m_db.lastError());
        auto applied = applier.apply(page->rows, m_clock.now());
        if (!applied.ok())
            return storeError(kPull, applied.error());
        if (auto saved = state.setCursor(page->cursor); !saved.ok())
            return storeError(kPull, saved.error());
        if (auto committed = transaction.commit(); !committed.ok())
            return storeError(kPull, committed.error());
        summary.pulled += applied.value().written;
        summary.merged += applied.value().merged;
        cursor = page->cursor;
        emit progress(kPull, summary.pulled, 0);
        if (page->complete)
            break;
    }
    return std::nullopt;
}

// The central store's open conflicts replace the local copy in one transaction; rows resolved
// here whose change is still in the outbox stay (ConflictTable::replace).
std::optional<SyncError> SyncEngine::refreshConflicts(SyncSummary& summary)
{
    if (m_cancel.load())
        return SyncError::cancelled(kConflicts);
    emit progress(kConflicts, 0, 1);
    auto open = m_client.openConflicts();
    if (!open.ok())
        return SyncError::fromCentral(kConflicts, open.error());
    ConflictTable table(m_db);
    Transaction transaction(m_db);
    if (!transaction.began())
        return storeError(kConflicts, m_db.lastError());
    if (auto replaced = table.replace(open.value()); !replaced.ok())
        return storeError(kConflicts, replaced.error());
    auto counted = table.unresolvedCount();
    if (!counted.ok())
        return storeError(kConflicts, counted.error());
    if (auto committed = transaction.commit(); !committed.ok())
        return storeError(kConflicts, committed.error());
    summary.openConflicts = counted.value();
    emit progress(kConflicts, 1, 1);
    return std::nullopt;
}

// Only a run that got through every phase counts as a success the status bar may show.
std::optional<SyncError> SyncEngine::finish()
{
    if (auto saved = SyncState(m_db).setLastSuccess(m_clock.now()); !saved.ok())
        return storeError(kConflicts, saved.error());
    return std::nullopt;
}

} // namespace trellis::sync
