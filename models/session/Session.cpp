#include "Session.h"

#include "store/AuditLog.h"
#include "store/StoreOpener.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "trellis.session")

namespace trellis {

Session::Session(QString storePath, const Clock& clock, QString actor, QObject* parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_guard(std::make_unique<UnlockGuard>(m_storePath, clock))
    , m_idle(new IdleMonitor(clock, IdleMonitor::kDefaultMinutes, this))
{
    connect(m_idle, &IdleMonitor::idleTimeout, this, &Session::lock);
}

Session::~Session()
{
    if (isUnlocked())
        lock();
}

void Session::setStorePath(const QString& path)
{
    if (isUnlocked() || path == m_storePath)
        return;
    m_storePath = path;
    m_guard = std::make_unique<UnlockGuard>(m_storePath, m_clock);
}

bool Session::storeExists() const { return QFileInfo::exists(m_storePath); }

Result<void> Session::unlock(const Passphrase& passphrase)
{
    if (isUnlocked())
        return {};
    if (const qint64 wait = m_guard->secondsUntilNextAttempt(); wait > 0)
        return StoreError::make(StoreError::Kind::Busy,
                                tr("Too many attempts. Wait %n seconds, then try again.", nullptr, int(wait)));
    auto opened = StoreOpener::open(m_storePath, passphrase);
    if (!opened.ok()) {
        // Only a wrong passphrase counts as a guess; a damaged or missing file is not an attack.
        if (opened.error().kind == StoreError::Kind::WrongPassphrase) {
            m_guard->recordFailure();
            qCWarning(lcSession) << "failed unlock; consecutive failures:" << m_guard->consecutiveFailures();
        }
        return opened.error();
    }
    return adopt(opened.takeValue(), passphrase);
}

Result<void> Session::create(const Passphrase& passphrase)
{
    auto created = StoreOpener::create(m_storePath, passphrase);
    if (!created.ok())
        return created.error();
    AuditLog audit(*created.value(), m_actor);
    if (auto logged = audit.record(AuditLog::Action::Create, QStringLiteral("store"), {}, {}, m_clock.now());
        !logged.ok())
        return logged.error();
    return adopt(created.takeValue(), passphrase);
}

Result<void> Session::adopt(std::unique_ptr<Database> db, const Passphrase& passphrase)
{
    AuditLog audit(*db, m_actor);
    // Attempts that failed while the store was closed are written now, with their own times.
    for (const QDateTime& when : m_guard->takeFailuresForAudit()) {
        if (auto logged = audit.record(AuditLog::Action::FailedUnlock, QStringLiteral("store"), {}, {}, when);
            !logged.ok())
            return logged.error();
    }
    if (auto logged = audit.record(AuditLog::Action::Unlock, QStringLiteral("store"), {}, {}, m_clock.now());
        !logged.ok())
        return logged.error();
    m_db = std::move(db);
    m_reader = std::make_unique<BackgroundReader>(m_storePath, passphrase.duplicate());
    m_sync = std::make_unique<SyncService>(m_storePath, passphrase.duplicate(), m_clock, m_syncOptions);
    m_idle->setRunning(true);
    qCInfo(lcSession) << "unlocked";
    emit unlocked();
    return {};
}

void Session::lock()
{
    if (!isUnlocked())
        return;
    // The sync stops first (at its next safe point; its connection closes), so the drafts
    // saved on aboutToLock and the lock's audit row never wait for one of its transactions.
    emit lockStarting();
    m_sync.reset();
    emit aboutToLock();
    AuditLog audit(*m_db, m_actor);
    (void)audit.record(AuditLog::Action::Lock, QStringLiteral("store"), {}, {}, m_clock.now());
    m_idle->setRunning(false);
    m_reader.reset(); // interrupts a read still running and closes its connection first
    m_db.reset();
    qCInfo(lcSession) << "locked";
    emit locked();
}

} // namespace trellis
