#include "PgTestServer.h"

#include "central/PgConnection.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <libpq-fe.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef TRELLIS_PG_BINDIR
#define TRELLIS_PG_BINDIR "/usr/lib/postgresql/15/bin"
#endif

namespace trellis::test {

namespace {

constexpr int kPortAttempts = 10;
// The socket path (folder + "/.s.PGSQL.NNNNN") must fit in sockaddr_un's 108 bytes.
constexpr int kMaxFolderPathLength = 80;

// Every folder above `path` must let other users through, or the postgres user cannot reach
// the cluster's folder.
bool othersCanReach(const QString& path)
{
    QDir dir(QFileInfo(path).absoluteFilePath());
    while (true) {
        struct stat info {};
        if (::stat(QFile::encodeName(dir.path()).constData(), &info) != 0 || (info.st_mode & S_IXOTH) == 0)
            return false;
        if (dir.isRoot())
            return true;
        dir.setPath(QFileInfo(dir.path()).path());
    }
}

// Binding first makes a clash unlikely; the server's own bind is still checked, since another
// program may take the port in between.
bool portLooksFree(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool free = ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return free;
}

QString quotedConnectionValue(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("'"), QLatin1String("\\'"));
    return QStringLiteral("'%1'").arg(escaped);
}

bool writeFile(const QString& path, const QByteArray& bytes, QFile::OpenMode mode = QIODevice::WriteOnly)
{
    QFile file(path);
    return file.open(mode) && file.write(bytes) == bytes.size() && file.flush();
}

} // namespace

PgTestServer::PgTestServer()
    : PgTestServer(Options{})
{
}

PgTestServer::PgTestServer(Options options)
    : m_options(options)
    , m_asRoot(::geteuid() == 0)
{
}

PgTestServer::~PgTestServer()
{
    stop();
}

bool PgTestServer::fail(const QString& message)
{
    m_error = message;
    return false;
}

QString PgTestServer::tool(const QString& name) const
{
    const QString dir = qEnvironmentVariable("TRELLIS_PG_BINDIR", QStringLiteral(TRELLIS_PG_BINDIR));
    return QDir(dir).filePath(name);
}

bool PgTestServer::run(const QString& program, const QStringList& arguments, bool asPostgres, QString* output,
                       int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The postgres user may not be able to enter the test's working folder.
    if (m_dir)
        process.setWorkingDirectory(m_dir->path());
    if (asPostgres && m_asRoot) {
        const QString runuser = QStandardPaths::findExecutable(
            QStringLiteral("runuser"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
        process.start(runuser,
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                          arguments);
    } else {
        process.start(program, arguments);
    }
    const bool finished = process.waitForStarted(10000) && process.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PgTestServer::start()
{
    if (m_running)
        return true;
    m_error.clear();
    if (!QFileInfo(tool(QStringLiteral("postgres"))).isExecutable())
        return fail(QStringLiteral("PostgreSQL's server programs are not in %1 (set TRELLIS_PG_BINDIR)")
                        .arg(QFileInfo(tool(QStringLiteral("postgres"))).path()));
    if (m_asRoot && !::getpwnam("postgres"))
        return fail(QStringLiteral("running as root, but there is no postgres user to run the server as"));
    if (!makeFolder())
        return false;
    startWatchdog();
    return makeCertificates() && initCluster() && startOnFreePort() && waitUntilReady();
}

bool PgTestServer::makeFolder()
{
    QString base = QDir::tempPath();
    if (base.size() > kMaxFolderPathLength - 20 || (m_asRoot && !othersCanReach(base)))
        base = QStringLiteral("/tmp");
    m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/trellis-pg-XXXXXX"));
    if (!m_dir->isValid())
        return fail(QStringLiteral("cannot make a temporary folder in %1: %2").arg(base, m_dir->errorString()));
    if (m_dir->path().contains(QLatin1Char('\'')))
        return fail(QStringLiteral("the temporary folder's path holds a quote"));
    return QDir(m_dir->path()).mkdir(QStringLiteral("tls")) ||
           fail(QStringLiteral("cannot make the certificate folder"));
}

bool PgTestServer::makeCertificates()
{
    if (!m_options.tls)
        return true;
    const QString tls = m_dir->filePath(QStringLiteral("tls"));
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return fail(QStringLiteral("openssl is not installed"));
    auto path = [&](const char* name) { return QDir(tls).filePath(QString::fromLatin1(name)); };
    const QStringList ecKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    auto makeCa = [&](const char* key, const char* certificate, const QString& name) {
        return QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new")} + ecKey +
               QStringList{QStringLiteral("-keyout"), path(key),
                           QStringLiteral("-out"),    path(certificate),
                           QStringLiteral("-days"),   QStringLiteral("2"),
                           QStringLiteral("-subj"),   QStringLiteral("/CN=%1").arg(name),
                           QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                           QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")};
    };
    const QByteArray extensions("subjectAltName = IP:127.0.0.1, DNS:localhost\n"
                                "basicConstraints = critical, CA:FALSE\n"
                                "keyUsage = critical, digitalSignature, keyAgreement\n"
                                "extendedKeyUsage = serverAuth\n");
    if (!writeFile(path("server.ext"), extensions))
        return fail(QStringLiteral("cannot write the certificate extensions"));
    const QString serial = QStringLiteral("0x%1").arg(QRandomGenerator::global()->generate64() >> 1, 0, 16);
    const QList<QStringList> steps{
        makeCa("ca.key", "ca.crt", QStringLiteral("Trellis test CA")),
        makeCa("untrusted-ca.key", "untrusted-ca.crt", QStringLiteral("Unrelated test CA")),
        QStringList{QStringLiteral("req"), QStringLiteral("-new")} + ecKey +
            QStringList{QStringLiteral("-keyout"), path("server.key"), QStringLiteral("-out"), path("server.csr"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("server.csr"),
         QStringLiteral("-CA"), path("ca.crt"), QStringLiteral("-CAkey"), path("ca.key"), QStringLiteral("-set_serial"),
         serial, QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), path("server.ext"),
         QStringLiteral("-out"), path("server.crt")}};
    for (const QStringList& arguments : steps) {
        QString output;
        if (!run(openssl, arguments, false, &output))
            return fail(QStringLiteral("openssl %1 failed: %2").arg(arguments.first(), output.trimmed()));
    }
    // PostgreSQL refuses a key that others can read.
    for (const char* key : {"ca.key", "untrusted-ca.key", "server.key"}) {
        if (!QFile::setPermissions(path(key), QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(QStringLiteral("cannot restrict the permissions of %1").arg(QString::fromLatin1(key)));
    }
    return true;
}

bool PgTestServer::initCluster()
{
    // Give the whole folder to postgres: initdb and the server run as that user.
    if (m_asRoot) {
        const passwd* postgres = ::getpwnam("postgres");
        QStringList paths{m_dir->path()};
        QDirIterator it(m_dir->path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            paths.append(it.next());
        for (const QString& path : paths) {
            if (::chown(QFile::encodeName(path).constData(), postgres->pw_uid, postgres->pw_gid) != 0)
                return fail(QStringLiteral("cannot give %1 to the postgres user").arg(path));
        }
    }
    QString output;
    if (!run(tool(QStringLiteral("initdb")),
             {QStringLiteral("-D"), dataDir(), QStringLiteral("--username=postgres"),
              QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
              QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync"),
              QStringLiteral("--no-instructions")},
             true, &output))
        return fail(QStringLiteral("initdb failed: %1").arg(output.trimmed()));

    // Trust only the superuser on the socket, which lives in our private folder; everything over
    // TCP uses SCRAM-SHA-256, and with TLS on, over TLS only.
    QByteArray hba("local all postgres trust\n");
    if (m_options.tls)
        hba += "hostssl all all 127.0.0.1/32 scram-sha-256\n"
               "hostnossl all all 127.0.0.1/32 reject\n";
    else
        hba += "host all all 127.0.0.1/32 scram-sha-256\n";
    QByteArray settings = QStringLiteral("\n# Trellis test server\n"
                                         "listen_addresses = '127.0.0.1'\n"
                                         "unix_socket_directories = '%1'\n"
                                         "unix_socket_permissions = 0700\n")
                              .arg(m_dir->path())
                              .toUtf8();
    if (m_options.tls)
        settings += QStringLiteral("ssl = on\n"
                                   "ssl_cert_file = '%1'\n"
                                   "ssl_key_file = '%2'\n"
                                   "ssl_min_protocol_version = 'TLSv1.2'\n")
                        .arg(m_dir->filePath(QStringLiteral("tls/server.crt")),
                             m_dir->filePath(QStringLiteral("tls/server.key")))
                        .toUtf8();
    else
        settings += "ssl = off\n";
    // Speed over durability: the cluster is thrown away after the test.
    settings += "password_encryption = 'scram-sha-256'\n"
                "fsync = off\n"
                "synchronous_commit = off\n"
                "full_page_writes = off\n"
                "wal_level = minimal\n"
                "max_wal_senders = 0\n"
                "shared_buffers = 32MB\n"
                "max_connections = 60\n"
                "lc_messages = 'C'\n"
                "log_min_messages = warning\n"
                "log_line_prefix = '%m [%p] '\n";
    if (!writeFile(QDir(dataDir()).filePath(QStringLiteral("pg_hba.conf")), hba,
                   QIODevice::WriteOnly | QIODevice::Truncate) ||
        !writeFile(QDir(dataDir()).filePath(QStringLiteral("postgresql.conf")), settings,
                   QIODevice::WriteOnly | QIODevice::Append))
        return fail(QStringLiteral("cannot write the server's configuration"));
    return true;
}

bool PgTestServer::startOnFreePort()
{
    const QString log = m_dir->filePath(QStringLiteral("server.log"));
    if (m_asRoot) {
        // pg_ctl writes the log as postgres.
        const passwd* postgres = ::getpwnam("postgres");
        if (!writeFile(log, {}) || ::chown(QFile::encodeName(log).constData(), postgres->pw_uid, postgres->pw_gid) != 0)
            return fail(QStringLiteral("cannot prepare the server log"));
    }
    QString lastOutput;
    for (int attempt = 0; attempt < kPortAttempts; ++attempt) {
        // Below Linux's ephemeral range (32768 up), so outgoing connections do not take it.
        const int port = int(QRandomGenerator::global()->bounded(20000, 32000));
        if (!portLooksFree(port))
            continue;
        if (launch(port, &lastOutput)) {
            m_port = port;
            m_running = true;
            return true;
        }
        const QString tail = logTail(10);
        if (!tail.contains(QLatin1String("Address already in use")) &&
            !tail.contains(QLatin1String("could not create any TCP/IP sockets")))
            break;
    }
    return fail(QStringLiteral("the server did not start: %1\n%2").arg(lastOutput.trimmed(), logTail()));
}

bool PgTestServer::launch(int port, QString* output)
{
    return run(tool(QStringLiteral("pg_ctl")),
               {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")),
                QStringLiteral("-o"), QStringLiteral("-p %1").arg(port), QStringLiteral("-w"), QStringLiteral("-t"),
                QStringLiteral("60"), QStringLiteral("start")},
               true, output);
}

bool PgTestServer::crashAndRestart()
{
    return pause() && resume();
}

bool PgTestServer::pause()
{
    if (!m_running)
        return fail(QStringLiteral("the server is not running"));
    QString output;
    if (!run(tool(QStringLiteral("pg_ctl")),
             {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
              QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("stop")},
             true, &output))
        return fail(QStringLiteral("the server did not stop: %1").arg(output.trimmed()));
    m_running = false;
    return true;
}

bool PgTestServer::resume()
{
    if (m_running)
        return fail(QStringLiteral("the server is already running"));
    QString output;
    if (!launch(m_port, &output))
        return fail(QStringLiteral("the server did not start again: %1\n%2").arg(output.trimmed(), logTail()));
    m_running = true;
    return waitUntilReady() || fail(QStringLiteral("the server did not come back: %1").arg(logTail()));
}

bool PgTestServer::waitUntilReady()
{
    // pg_ctl -w has waited for the socket; this checks TCP, which the tests use.
    const QByteArray port = QByteArray::number(m_port);
    const char* keys[] = {"host", "port", "dbname", "connect_timeout", "sslmode", nullptr};
    const char* values[] = {"127.0.0.1", port.constData(), "postgres", "2", m_options.tls ? "require" : "disable",
                            nullptr};
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        // Refusing our missing password still means the server is up.
        if (PQpingParams(keys, values, 0) == PQPING_OK)
            return true;
        QThread::msleep(50);
    }
    return fail(QStringLiteral("the server never answered on port %1\n%2").arg(m_port).arg(logTail()));
}

void PgTestServer::startWatchdog()
{
    // If this process dies without running the destructor (a crash, kill -9, a ctest timeout),
    // the watchdog stops the server and removes the folder, so no postmaster is left behind.
    // It starts before the server does and ends by itself once the destructor removed the folder.
    const QString script =
        QStringLiteral("while [ -d \"/proc/$1\" ] && [ -d \"$4\" ]; do sleep 1; done\n"
                       "[ -d \"$4\" ] || exit 0\n"
                       "if [ -f \"$2/postmaster.pid\" ]; then\n"
                       "  if [ -n \"$5\" ]; then \"$5\" -u postgres -- \"$3\" -D \"$2\" -m immediate -w stop; "
                       "else \"$3\" -D \"$2\" -m immediate -w stop; fi\n"
                       "fi\n"
                       "rm -rf \"$4\"\n");
    const QString runuser = m_asRoot
                                ? QStandardPaths::findExecutable(QStringLiteral("runuser"),
                                                                 {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                                  QStringLiteral("/usr/bin")})
                                : QString();
    QProcess watchdog;
    watchdog.setProgram(QStringLiteral("/bin/sh"));
    watchdog.setArguments({QStringLiteral("-c"), script, QStringLiteral("trellis-pg-watchdog"),
                           QString::number(::getpid()), dataDir(), tool(QStringLiteral("pg_ctl")), m_dir->path(),
                           runuser});
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.setWorkingDirectory(QStringLiteral("/"));
    watchdog.startDetached();
}

void PgTestServer::stop()
{
    if (m_running) {
        QString output;
        run(tool(QStringLiteral("pg_ctl")),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
             QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("stop")},
            true, &output);
        m_running = false;
    }
    m_dir.reset();
}

QString PgTestServer::superuserConnectionString(const QString& database) const
{
    return QStringLiteral("host=%1 port=%2 user=postgres dbname=%3")
        .arg(quotedConnectionValue(m_dir ? m_dir->path() : QString()))
        .arg(m_port)
        .arg(quotedConnectionValue(database));
}

QString PgTestServer::url(const QString& login, const QString& database) const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(login)), host())
        .arg(m_port)
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(database)));
}

QString PgTestServer::caFile() const
{
    return m_options.tls && m_dir ? m_dir->filePath(QStringLiteral("tls/ca.crt")) : QString();
}

QString PgTestServer::untrustedCaFile() const
{
    return m_options.tls && m_dir ? m_dir->filePath(QStringLiteral("tls/untrusted-ca.crt")) : QString();
}

QString PgTestServer::dataDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString PgTestServer::logTail(int lines) const
{
    if (!m_dir)
        return {};
    QFile file(m_dir->filePath(QStringLiteral("server.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    return all.mid(qMax(0, int(all.size()) - lines)).join(QLatin1Char('\n'));
}

central::CentralResult<std::unique_ptr<central::PgConnection>> PgTestServer::superuser(const QString& database) const
{
    central::PgConnection::Options options;
    options.url = superuserConnectionString(database);
    options.applicationName = QStringLiteral("trellis-test-setup");
    return central::PgConnection::connect(options);
}

bool PgTestServer::createDatabase(const QString& name)
{
    auto connection = superuser();
    if (!connection.ok())
        return fail(connection.error().message);
    auto quoted = connection.value()->escapeIdentifier(name);
    if (!quoted.ok())
        return fail(quoted.error().message);
    auto created = connection.value()->exec(QStringLiteral("CREATE DATABASE %1").arg(quoted.value()));
    return created.ok() || fail(created.error().message);
}

} // namespace trellis::test
