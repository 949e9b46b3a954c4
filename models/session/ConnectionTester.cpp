#include "ConnectionTester.h"

#include "sync/PgCentralClient.h"

#include <QPointer>
#include <QThread>

namespace trellis {

ConnectionTester::ConnectionTester(QObject* parent)
    : QObject(parent)
{
}

ConnectionTester::~ConnectionTester()
{
    if (m_thread) {
        m_thread->wait(); // at most libpq's connect timeout
        delete m_thread;
    }
}

bool ConnectionTester::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool ConnectionTester::test(const central::PgConnection::Options& options, Passphrase password)
{
    if (isRunning())
        return false;
    delete m_thread;
    auto kind = std::make_shared<QString>();
    auto shared = std::make_shared<Passphrase>(std::move(password));
    m_thread = QThread::create([options, shared, kind] {
        auto connected = sync::PgCentralClient::connect(options, shared->isEmpty() ? nullptr : shared.get());
        shared->wipe();
        if (!connected.ok())
            *kind = central::CentralError::kindName(connected.error().kind);
    });
    m_thread->setObjectName(QStringLiteral("trellis-connection-test"));
    // Queued to this object's thread once the test thread has ended.
    connect(m_thread, &QThread::finished, this, [this, kind] { emit tested(*kind); });
    m_thread->start();
    return true;
}

} // namespace trellis
