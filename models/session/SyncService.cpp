#include "SyncService.h"

#include "session/Clock.h"
#include "store/StoreOpener.h"
#include "sync/CentralAccount.h"
#include "sync/PgCentralClient.h"
#include "sync/WorkerRole.h"

#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <utility>

Q_LOGGING_CATEGORY(lcSyncService, "trellis.sync.service")

namespace trellis {

namespace {

const QString kConnect = QStringLiteral("connect");

// Runs `work` on the sync thread (`worker`'s) and hands what it returns to `then` back on the
// service's thread; either step is skipped once the service has begun to close.
template <typename Work, typename Then>
void roundTrip(QObject* worker, QObject* service, std::shared_ptr<std::atomic<bool>> closing, Work work, Then then)
{
    QMetaObject::invokeMethod(
        worker,
        [service, closing, work = std::move(work), then = std::move(then)]() mutable {
            if (*closing)
                return;
            auto outcome = work();
            QMetaObject::invokeMethod(
                service,
                [closing, then = std::move(then), outcome = std::move(outcome)]() mutable {
                    if (!*closing)
                        then(outcome);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}
const QString kCancelled = QStringLiteral("cancelled");

// Kinds that mean the central store could not be reached or would not let us in: the laptop
// works offline until the next attempt.
bool meansOffline(const QString& kind)
{
    static const QStringList offline{
        QStringLiteral("unreachable"),
        QStringLiteral("connection-lost"),
        QStringLiteral("tls-unavailable"),
        QStringLiteral("plaintext-refused"),
        QStringLiteral("certificate-not-trusted"),
        QStringLiteral("certificate-mismatch"),
        QStringLiteral("ca-missing"),
        QStringLiteral("wrong-password"),
        QStringLiteral("account-disabled"),
        QStringLiteral("no-access"),
        QStringLiteral("schema-missing"),
        QStringLiteral("schema-too-old"),
        QStringLiteral("schema-too-new"),
    };
    return offline.contains(kind);
}

} // namespace

struct SyncService::Outcome {
    bool noAccount = false;
    bool connected = false;
    bool cancelled = false;
    sync::SyncSummary summary;
    std::optional<sync::SyncError> error;
};

// Everything that touches the sync connection or PostgreSQL; only ever called on the thread.
class SyncService::Worker : public QObject {
public:
    Worker(QString path, Passphrase passphrase, const Clock& clock, int pullPageRows)
        : m_path(std::move(path))
        , m_passphrase(std::move(passphrase))
        , m_clock(clock)
        , m_pullPageRows(pullPageRows)
    {
    }

    // Only ever touched on the sync thread.
    ProgressHook m_progressHook;

    // From any thread.
    void requestCancel()
    {
        m_cancel = true;
        std::lock_guard lock(m_engineMutex);
        if (m_engine)
            m_engine->requestCancel(); // thread-safe; the engine stops at its next safe point
    }

    Outcome hasAccount()
    {
        Outcome outcome;
        auto* db = database(&outcome);
        if (!db)
            return outcome;
        auto loaded = sync::CentralAccount(*db).load();
        if (!loaded.ok())
            outcome.error = sync::SyncError::fromStore(kConnect, loaded.error());
        else
            outcome.noAccount = !loaded.value();
        return outcome;
    }

    // Called on the GUI thread before a run is posted, never inside run(): a cancel (or the
    // service closing) that arrives between the post and the start must not be wiped.
    void clearCancel() { m_cancel = false; }

    Outcome run(SyncService* service)
    {
        Outcome outcome;
        auto* db = database(&outcome);
        if (!db)
            return outcome;
        auto loaded = sync::CentralAccount(*db).load();
        if (!loaded.ok()) {
            outcome.error = sync::SyncError::fromStore(kConnect, loaded.error());
            return outcome;
        }
        if (!loaded.value()) {
            outcome.noAccount = true;
            return outcome;
        }
        const sync::CentralAccount::Account& account = *loaded.value();
        const central::PgConnection::Options options =
            account.connectionOptions(QStringLiteral("trellis desktop sync"));
        auto connected = sync::PgCentralClient::connect(options, &account.password);
        if (!connected.ok()) {
            outcome.error = sync::SyncError::fromCentral(kConnect, connected.error());
            return outcome;
        }
        outcome.connected = true;
        sync::PgCentralClient client(*connected.value());
        sync::SyncEngine engine(*db, client, m_clock, connected.value()->user());
        if (m_pullPageRows > 0)
            engine.setPullPageRows(m_pullPageRows);
        // Queued to the service on the GUI thread; dropped if the service is gone.
        QObject::connect(&engine, &sync::SyncEngine::progress, service, &SyncService::progress);
        // run() clears an earlier request, so one made just before it started is made again
        // at the engine's first progress report (on this thread).
        QObject::connect(
            &engine, &sync::SyncEngine::progress, &engine,
            [this, &engine](const QString& phase, qint64 done) {
                if (m_progressHook)
                    m_progressHook(phase, done);
                if (m_cancel && !engine.cancelRequested())
                    engine.requestCancel();
            },
            Qt::DirectConnection);
        {
            std::lock_guard lock(m_engineMutex);
            m_engine = &engine;
        }
        if (m_cancel) { // cancelled while connecting: nothing has been sent
            std::lock_guard lock(m_engineMutex);
            m_engine = nullptr;
            outcome.cancelled = true;
            outcome.error = sync::SyncError::cancelled(kConnect);
            return outcome;
        }
        auto result = engine.run();
        {
            std::lock_guard lock(m_engineMutex);
            m_engine = nullptr;
        }
        outcome.summary = std::move(result.summary);
        outcome.error = std::move(result.error);
        if (!outcome.error)
            sync::WorkerRole(*db).remember(*connected.value());
        outcome.cancelled = outcome.error && outcome.error->kind == kCancelled;
        return outcome;
    }

private:
    // Opens the sync connection the first time; the passphrase copy is wiped once it is keyed.
    Database* database(Outcome* outcome)
    {
        if (!m_db && !m_passphrase.isEmpty()) {
            auto opened = StoreOpener::open(m_path, m_passphrase);
            m_passphrase.wipe();
            if (opened.ok()) {
                m_db = opened.takeValue();
            } else {
                m_openError = opened.error();
                qCWarning(lcSyncService) << "sync connection not opened:" << StoreError::kindName(m_openError.kind);
            }
        }
        if (!m_db)
            outcome->error = sync::SyncError::fromStore(kConnect, m_openError);
        return m_db.get();
    }

    QString m_path;
    Passphrase m_passphrase;
    const Clock& m_clock;
    int m_pullPageRows;
    std::unique_ptr<Database> m_db;
    StoreError m_openError;
    std::atomic<bool> m_cancel = false;
    std::mutex m_engineMutex;
    sync::SyncEngine* m_engine = nullptr;
};

SyncService::SyncService(QString storePath, Passphrase passphrase, const Clock& clock, QObject* parent)
    : SyncService(std::move(storePath), std::move(passphrase), clock, Options{}, parent)
{
}

SyncService::SyncService(QString storePath, Passphrase passphrase, const Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new Worker(std::move(storePath), std::move(passphrase), clock, options.pullPageRows))
    , m_clock(clock)
    , m_options(options)
    , m_tick(new QTimer(this))
    , m_afterSave(new QTimer(this))
{
    qRegisterMetaType<sync::SyncSummary>();
    qRegisterMetaType<sync::SyncError>();
    m_thread->setObjectName(QStringLiteral("trellis-sync"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    m_tick->setInterval(m_options.intervalMs);
    m_afterSave->setSingleShot(true);
    m_afterSave->setInterval(m_options.afterSaveMs);
    // The engine reports progress only once it has connected: the laptop is online from then on,
    // not only when the sync ends (a first sync can take a while).
    connect(this, &SyncService::progress, this, [this] {
        if (m_running && m_state == State::Offline)
            setState(State::Online);
    });
    // A tick while a sync runs does nothing; the next tick tries again.
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_state != State::NoAccount)
            syncNow();
    });
    connect(m_afterSave, &QTimer::timeout, this, [this] {
        if (m_state != State::NoAccount && !syncNow())
            m_saveWaits = true; // one runs already: this save's sync follows it (land())
    });
}

SyncService::~SyncService()
{
    *m_closing = true;
    m_tick->stop();
    m_afterSave->stop();
    m_worker->requestCancel();
    m_thread->quit();
    m_thread->wait(); // the engine stops at its next safe point; the store stays whole
    delete m_worker;  // closes the sync connection here, where nothing else uses it
}

void SyncService::start()
{
    if (m_started)
        return;
    m_started = true;
    m_tick->start();
    checkAccount();
}

void SyncService::setProgressHookForTests(ProgressHook hook)
{
    // Queued, so it is in place before any sync posted after it.
    QMetaObject::invokeMethod(
        m_worker, [this, hook = std::move(hook)] { m_worker->m_progressHook = hook; }, Qt::QueuedConnection);
}

void SyncService::checkAccount()
{
    roundTrip(
        m_worker, this, m_closing, [this] { return m_worker->hasAccount(); },
        [this](const Outcome& outcome) {
            if (outcome.noAccount) {
                setState(State::NoAccount);
                return;
            }
            if (outcome.error)
                m_lastError = outcome.error; // the sync connection could not be opened
            if (m_state == State::NoAccount)
                setState(State::Offline);
            if (m_options.syncOnStart && !outcome.error)
                syncNow();
        });
}

void SyncService::accountChanged()
{
    m_lastError.reset();
    checkAccount();
}

bool SyncService::syncNow()
{
    if (m_running || *m_closing)
        return false;
    m_running = true;
    m_lastCancelled = false;
    m_afterSave->stop(); // this sync takes the saves made so far
    emit started();
    m_worker->clearCancel();
    roundTrip(
        m_worker, this, m_closing, [this] { return m_worker->run(this); },
        [this](const Outcome& outcome) { land(outcome); });
    return true;
}

void SyncService::cancel()
{
    if (m_running)
        m_worker->requestCancel();
}

void SyncService::noteWaiting(qint64 waiting)
{
    if (m_lastWaiting >= 0 && waiting > m_lastWaiting && m_state != State::NoAccount)
        m_afterSave->start(); // restarts: a burst of saves makes one sync
    m_lastWaiting = waiting;
}

void SyncService::land(const Outcome& outcome)
{
    m_running = false;
    if (std::exchange(m_saveWaits, false))
        m_afterSave->start();
    m_lastCancelled = outcome.cancelled;
    if (outcome.noAccount) {
        m_lastError.reset();
        setState(State::NoAccount);
        emit failed(
            sync::SyncError{kConnect, QStringLiteral("no-account"), tr("No central store is set up on this laptop.")});
        return;
    }
    if (outcome.error) {
        // Ids, counts and kinds only: the message may name a host.
        qCInfo(lcSyncService) << "sync stopped in" << outcome.error->phase << "kind" << outcome.error->kind;
        if (!outcome.cancelled)
            m_lastError = outcome.error;
        if (!outcome.connected || meansOffline(outcome.error->kind))
            setState(State::Offline);
        else
            setState(State::Online);
        emit failed(*outcome.error);
        return;
    }
    qCInfo(lcSyncService) << "sync finished; pushed" << outcome.summary.pushed << "pulled" << outcome.summary.pulled
                          << "purged" << outcome.summary.purged;
    m_lastError.reset();
    m_lastSuccess = m_clock.now();
    setState(State::Online);
    emit finished(outcome.summary);
}

void SyncService::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

} // namespace trellis
