#pragma once

#include "store/Passphrase.h"
#include "sync/SyncEngine.h"
#include "sync/SyncError.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QThread;
class QTimer;

namespace trellis {

class Clock;

// The desktop's syncs with the central store, one at a time, never on the GUI thread.
//
// It owns a thread with a writable connection of its own to the open store (SQLite connections
// are single-threaded) and, for each sync, loads the stored central account there, connects
// and runs sync::SyncEngine. Results come back to the GUI thread as signals. Nothing on the GUI
// thread talks to PostgreSQL or waits for a sync, except destruction: locking asks the running
// engine to stop at its next safe point and joins the thread, so the store closes with no
// writer left.
//
// Automatic syncs: every `interval` while an account is stored, and `afterSave` after the
// outbox grew (the window reports the outbox count it polls for its status bar through
// noteWaiting(); a burst of saves makes one sync). A sync that cannot connect marks the
// service Offline; the next tick tries again.
class SyncService : public QObject {
    Q_OBJECT
public:
    enum class State { NoAccount, Offline, Online };

    struct Options {
        int intervalMs = 5 * 60 * 1000;
        int afterSaveMs = 10 * 1000;
        bool syncOnStart = true; // the first sync soon after unlock
        int pullPageRows = 0;    // 0: the engine's default; tests ask for small pages
    };

    SyncService(QString storePath, Passphrase passphrase, const Clock& clock, QObject* parent = nullptr);
    SyncService(QString storePath, Passphrase passphrase, const Clock& clock, Options options,
                QObject* parent = nullptr);
    // Cancels a running sync and waits for it to reach a safe point.
    ~SyncService() override;

    // Starts the timers and learns whether an account is stored.
    void start();

    // Test hook: runs on the sync thread at each of the engine's progress reports, before the
    // engine goes on (so a test can cancel at an exact point). Set it before syncNow().
    using ProgressHook = std::function<void(const QString& phase, qint64 done)>;
    void setProgressHookForTests(ProgressHook hook);

    bool isRunning() const { return m_running; }
    State state() const { return m_state; }
    // The error of the last sync or connection attempt that failed; empty after a success.
    const std::optional<sync::SyncError>& lastError() const { return m_lastError; }
    // When a sync last finished without error in this session (the store's own record of it,
    // sync_last_success, outlives the session).
    const std::optional<QDateTime>& lastSuccess() const { return m_lastSuccess; }
    // Whether the last sync that ran was cancelled.
    bool lastWasCancelled() const { return m_lastCancelled; }

public slots:
    // Starts a sync unless one runs already (false then). Works any time the store is open.
    bool syncNow();
    // Asks the running sync to stop at its next safe point; what it did is kept.
    void cancel();
    // The number of changes waiting in the outbox, as the GUI last read it: a rise is a save,
    // and a sync follows `afterSave` later.
    void noteWaiting(qint64 waiting);
    // After the account was stored or forgotten: learn the state again.
    void accountChanged();

signals:
    void started();
    void progress(const QString& phase, qint64 done, qint64 total);
    void finished(const trellis::sync::SyncSummary& summary);
    void failed(const trellis::sync::SyncError& error);
    void stateChanged();

private:
    class Worker;
    struct Outcome;

    void checkAccount();
    void land(const Outcome& outcome);
    void setState(State state);

    QThread* m_thread;
    Worker* m_worker; // lives on m_thread
    const Clock& m_clock;
    Options m_options;
    QTimer* m_tick;
    QTimer* m_afterSave;
    State m_state = State::Offline;
    bool m_running = false;
    bool m_started = false;
    bool m_lastCancelled = false;
    bool m_saveWaits = false; // a save's sync came due while another ran
    qint64 m_lastWaiting = -1;
    std::optional<sync::SyncError> m_lastError;
    std::optional<QDateTime> m_lastSuccess;
    std::shared_ptr<std::atomic<bool>> m_closing = std::make_shared<std::atomic<bool>>(false);
};

} // namespace trellis
