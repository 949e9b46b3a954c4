#pragma once

#include "central/CentralResult.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace trellis::central {
class PgConnection;
}

namespace trellis::test {

// A throwaway PostgreSQL 15 cluster for one test, on loopback only. start() makes a private
// folder (owned by the postgres user when the test runs as root, since initdb and postgres
// refuse to run as root), a CA and a server certificate for 127.0.0.1 and localhost, runs
// initdb (SCRAM-SHA-256 for TCP; trust only for the superuser on the Unix socket inside the
// private folder) and starts the server on a random free port with fsync off. The destructor
// stops it and removes everything; should the test process die first, a small watchdog does.
class PgTestServer {
public:
    struct Options {
        // false: no TLS at all, and pg_hba.conf accepts plaintext, to prove clients refuse it.
        bool tls = true;
    };

    PgTestServer();
    explicit PgTestServer(Options options);
    ~PgTestServer();
    PgTestServer(const PgTestServer&) = delete;
    PgTestServer& operator=(const PgTestServer&) = delete;

    // Makes and starts the cluster; on failure returns false and error() says why.
    bool start();
    void stop();
    // Stops the running server as a crash would (pg_ctl stop -m immediate: no checkpoint, every
    // connection cut) and starts it again on the same port, which recovers from its WAL. False
    // (and error()) when it does not come back.
    bool crashAndRestart();
    // Stops the server but keeps its cluster (a laptop's "offline"), then starts it again on the
    // same port with everything it held. False (and error()) on failure.
    bool pause();
    bool resume();
    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    // The superuser over the Unix socket in the private folder, for setting up a test.
    QString superuserConnectionString(const QString& database = QStringLiteral("postgres")) const;
    // postgresql://LOGIN@127.0.0.1:PORT/DATABASE; the password travels separately.
    QString url(const QString& login, const QString& database) const;
    // The CA that signed the server's certificate (empty without TLS).
    QString caFile() const;
    // A CA that signed nothing this server has: the "wrong CA" of a test.
    QString untrustedCaFile() const;
    QString dataDir() const;
    // The end of the server's log, for a failure message.
    QString logTail(int lines = 30) const;

    central::CentralResult<std::unique_ptr<central::PgConnection>>
    superuser(const QString& database = QStringLiteral("postgres")) const;
    // CREATE DATABASE as the superuser; false (and error()) when that fails.
    bool createDatabase(const QString& name);

private:
    bool makeFolder();
    bool makeCertificates();
    bool initCluster();
    bool startOnFreePort();
    // pg_ctl start on `port`, the log appended to; output in `output`.
    bool launch(int port, QString* output);
    bool waitUntilReady();
    void startWatchdog();
    // Runs a program (as postgres when we are root) and waits for it; its output lands in `output`.
    bool run(const QString& program, const QStringList& arguments, bool asPostgres, QString* output,
             int timeoutMs = 60000);
    QString tool(const QString& name) const;
    bool fail(const QString& message);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
    int m_port = 0;
    bool m_running = false;
    bool m_asRoot = false;
};

} // namespace trellis::test
