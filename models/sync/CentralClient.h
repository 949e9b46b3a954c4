#pragma once

#include "Conflict.h"
#include "central/CentralResult.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trellis::sync {

// The central store's answer to one pushed change (docs/sync.md, "Results, on the wire").
struct PushResult {
    enum class Outcome { Applied, Conflict, Rejected };

    QString changeId;
    Outcome outcome = Outcome::Applied;
    std::optional<qint64> serverVersion; // null for a rejection
    QStringList conflictFields;
    QString reason; // a rejection's: names a rule or a field, never a value
};

// One record as a pull returns it: its current state, every field encoded as in a change.
struct PulledRow {
    QString entity;
    QString id;
    QString youngPersonId; // empty for a trusted adult (and a worker)
    qint64 serverVersion = 0;
    QJsonObject fields; // `deleted` included
};

struct PullPage {
    QList<PulledRow> rows;
    QString cursor; // opaque; never looked inside
    bool complete = false;
};

// The most changes one trellis_push takes (resources/sql/central/0003_sync.sql refuses more).
// The Pusher sends a larger outbox batch as several pushes of at most this many (docs/sync.md,
// "The engine as built").
inline constexpr qsizetype kMaxPushChanges = 5000;

// What the sync engine needs from the central store, and nothing more: the sync functions of
// docs/sync.md. PgCentralClient calls them over libpq; tests use an in-memory fake behind the
// same interface. Every answer is decoded strictly (SyncReplies): a reply that does not match
// the contract is a CentralError naming the key, never a crash or a guess.
class CentralClient {
public:
    virtual ~CentralClient() = default;

    // A JSON array of at most kMaxPushChanges changes in outbox order (one save, or a part of a
    // larger one); one result per change, in the same order.
    virtual central::CentralResult<QList<PushResult>> push(const QJsonArray& batch) = 0;
    // A null cursor asks for everything the worker may see (a first sync).
    virtual central::CentralResult<PullPage> pull(const QString& cursor, int maxRows) = 0;
    // Of the young people held, those the worker may no longer see (or that do not exist).
    virtual central::CentralResult<QStringList> revoked(const QStringList& heldYoungPersonIds) = 0;
    // The central purge receipt: one audit row per young person purged from this store.
    virtual central::CentralResult<void> recordPurge(const QStringList& youngPersonIds, const QDateTime& purgedAt) = 0;
    // The open conflicts the worker may see now (trellis_conflicts(), status 'open'), oldest
    // first. `resolving` is always false here: that is local knowledge.
    virtual central::CentralResult<QList<Conflict>> openConflicts() = 0;
};

} // namespace trellis::sync
