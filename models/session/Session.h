#pragma once

#include "Clock.h"
#include "IdleMonitor.h"
#include "SyncService.h"
#include "UnlockGuard.h"
#include "store/BackgroundReader.h"
#include "store/Database.h"
#include "store/Passphrase.h"
#include "store/Result.h"

#include <QObject>

#include <memory>

namespace trellis {

// One worker's time with one store: locked or unlocked. Unlocking opens the encrypted store
// (slowed down after repeated failures, every failure audited); locking first tells everyone
// holding decrypted data to put it away (aboutToLock), then closes the store. Idle time comes
// from the injected Clock, so tests lock it without waiting.
class Session : public QObject {
    Q_OBJECT
public:
    Session(QString storePath, const Clock& clock, QString actor, QObject* parent = nullptr);
    ~Session() override;

    const QString& storePath() const { return m_storePath; }
    // Switches to another store; only while locked (the first-run "open an existing store").
    void setStorePath(const QString& path);
    const QString& actor() const { return m_actor; }
    bool storeExists() const;
    bool isUnlocked() const { return m_db != nullptr; }
    Database* database() const { return m_db.get(); }
    // A second connection on its own thread for big reads; null while locked.
    BackgroundReader* backgroundReader() const { return m_reader.get(); }
    // The syncs with the central store, on their own connection and thread; null while locked.
    // Made on unlock (idle until the window calls start()), destroyed first thing on lock
    // (before aboutToLock), which stops a running sync at a safe point.
    SyncService* syncService() const { return m_sync.get(); }
    // For tests: the timings of the next unlock's SyncService.
    void setSyncOptions(const SyncService::Options& options) { m_syncOptions = options; }
    IdleMonitor& idleMonitor() { return *m_idle; }
    const Clock& clock() const { return m_clock; }

    // Seconds the worker must wait before the next unlock attempt.
    qint64 secondsUntilNextAttempt() const { return m_guard->secondsUntilNextAttempt(); }
    int failedAttempts() const { return m_guard->consecutiveFailures(); }

    Result<void> unlock(const Passphrase& passphrase);
    Result<void> create(const Passphrase& passphrase);

public slots:
    void lock();

signals:
    void unlocked();
    // The first thing a lock does, before it waits for a running sync to stop: cover everything
    // that shows a record, so nothing stays on screen while it waits.
    void lockStarting();
    // Emitted while the store is still open: save drafts, then destroy every model and widget
    // that holds decrypted data.
    void aboutToLock();
    void locked();

private:
    Result<void> adopt(std::unique_ptr<Database> db, const Passphrase& passphrase);

    QString m_storePath;
    const Clock& m_clock;
    QString m_actor;
    std::unique_ptr<UnlockGuard> m_guard;
    IdleMonitor* m_idle;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BackgroundReader> m_reader;
    SyncService::Options m_syncOptions;
    std::unique_ptr<SyncService> m_sync;
};

} // namespace trellis
