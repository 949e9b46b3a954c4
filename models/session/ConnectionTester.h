#pragma once

#include "central/PgConnection.h"
#include "store/Passphrase.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace trellis {

// "Test connection": connects once with the given options on a thread of its own (so the
// window keeps turning while libpq waits for a host that does not answer), checks the central
// schema version like a sync would, disconnects, and reports back on the GUI thread. One test
// at a time; destroying the tester waits for a test still running.
class ConnectionTester : public QObject {
    Q_OBJECT
public:
    explicit ConnectionTester(QObject* parent = nullptr);
    ~ConnectionTester() override;

    bool isRunning() const;
    // False when a test runs already.
    bool test(const central::PgConnection::Options& options, Passphrase password);

signals:
    // kind is empty on success, else a central::CentralError kind name.
    void tested(const QString& kind);

private:
    QThread* m_thread = nullptr;
};

} // namespace trellis
