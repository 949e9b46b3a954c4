#pragma once

#include "CentralClient.h"
#include "SyncError.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace trellis {
class Clock;
class Database;
} // namespace trellis

namespace trellis::sync {

// What one sync did, in counts (docs/sync.md, "Results of a sync"). merged counts pulled records
// written around local changes still pending (their fields kept locally).
struct SyncSummary {
    qint64 pushed = 0;
    qint64 applied = 0;
    qint64 merged = 0;
    qint64 conflicts = 0;
    qint64 rejected = 0;
    qint64 pulled = 0;
    qint64 purged = 0;
    // Open conflicts after the sync (sync_conflict rows not resolved here).
    qint64 openConflicts = 0;
    // The display names ("Given Family") of young people purged in this run, read just before
    // each purge, so the GUI can say who is no longer on the caseload. Kept in memory only:
    // never written to the store, the log or toJson().
    QStringList purgedNames;

    QJsonObject toJson() const;
};

// One sync with the central store, in the order docs/sync.md gives: push every pending batch,
// check which young people were revoked, purge them (and send the purge receipts still owed),
// then pull until complete, then refresh the open conflicts. Every phase can be interrupted anywhere and run again.
//
// Threads: the engine blocks while it talks to the central store, so it never runs on the GUI
// thread. Give it a Database connection of its own, opened on the thread that calls run()
// (Database is single-threaded), move the engine to that thread and call run() there; progress,
// finished and failed then reach the GUI as queued signals. It names no UI type and never waits
// for one. Tests and trellisctl call run() directly.
//
// Errors are values: run() returns the summary so far and, when it stopped, a SyncError naming
// the phase and what failed (the host, TLS, the password, the schema version, the key of a bad
// reply, the entity and id of a pulled row that fails validation). Logs hold ids and counts only.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        SyncSummary summary;
        std::optional<SyncError> error;
        bool ok() const { return !error; }
    };

    SyncEngine(Database& db, CentralClient& client, const Clock& clock, QString login, QObject* parent = nullptr);

    // Clears any earlier cancel request, then syncs.
    Outcome run();
    // Thread-safe: callable from any thread while run() runs on another. The engine stops at the
    // next safe point (between pushes, between purges, between pull pages, before the conflicts;
    // never inside a local transaction) and run() returns an error of kind "cancelled" naming
    // the phase. Everything done before is kept; the next run() goes on from there.
    void requestCancel() { m_cancel.store(true); }
    bool cancelRequested() const { return m_cancel.load(); }
    // Rows asked for per pull page (the contract allows 5 to 10000). Each page costs the central
    // store a few statements and a round trip whatever its size, and is applied in one local
    // transaction, so the default is the most the contract allows: a page is a few MB of JSON,
    // and a first sync of 10,000 young people (270,000 rows) is 28 pages (docs/benchmarks.md,
    // "Pull": 20% faster than pages of 5,000).
    static constexpr int kDefaultPullPageRows = 10000;
    void setPullPageRows(int rows) { m_pullPageRows = qBound(5, rows, 10000); }

    static inline const QString kPush = QStringLiteral("push");
    static inline const QString kRevocation = QStringLiteral("revocation");
    static inline const QString kPurge = QStringLiteral("purge");
    static inline const QString kPull = QStringLiteral("pull");
    static inline const QString kConflicts = QStringLiteral("conflicts");

signals:
    // total is 0 when it is not known in advance (the pull).
    void progress(const QString& phase, qint64 done, qint64 total);
    void finished(const trellis::sync::SyncSummary& summary);
    void failed(const trellis::sync::SyncError& error);

private:
    std::optional<SyncError> checkLogin();
    std::optional<SyncError> push(SyncSummary& summary);
    std::optional<SyncError> revokeAndPurge(SyncSummary& summary);
    std::optional<SyncError> sendPurgeReceipts();
    std::optional<SyncError> pull(SyncSummary& summary);
    std::optional<SyncError> refreshConflicts(SyncSummary& summary);
    std::optional<SyncError> finish();

    Database& m_db;
    CentralClient& m_client;
    const Clock& m_clock;
    QString m_login;
    int m_pullPageRows = kDefaultPullPageRows;
    std::atomic<bool> m_cancel{false};
};

} // namespace trellis::sync

Q_DECLARE_METATYPE(trellis::sync::SyncSummary)
