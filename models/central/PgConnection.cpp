#include "PgConnection.h"

#include "store/Passphrase.h"

#include <QDate>
#include <QDateTime>
#include <QLoggingCategory>
#include <QUuid>

#include <libpq-fe.h>

#include <vector>

Q_LOGGING_CATEGORY(lcCentral, "trellis.central")

namespace trellis::central {

namespace {

// libpq prints NOTICEs (such as "role already exists, skipping") on stderr by default; they are
// not errors, and the server's words may name objects, so they are dropped.
void ignoreNotice(void*, const char*) {}

QString firstLine(const QString& text)
{
    const QString trimmed = text.trimmed();
    const qsizetype newline = trimmed.indexOf(QLatin1Char('\n'));
    return newline < 0 ? trimmed : trimmed.left(newline).trimmed();
}

QString where(const QString& host, const QString& port)
{
    if (host.startsWith(QLatin1Char('/')))
        return QStringLiteral("the local socket in %1").arg(host);
    return port.isEmpty() ? host : QStringLiteral("%1 port %2").arg(host, port);
}

// libpq reports a failed connection as text only (there is no SQLSTATE before a session
// exists), so the kind is read from its stable English phrases. The server's part of the text
// is in English because Trellis asks for lc_messages=C in the deployment notes; anything not
// recognised is still reported, with libpq's words in `detail`.
CentralError classifyConnectFailure(const QString& raw, const PgConnection::Options& options, const QString& host,
                                    const QString& port, const QString& login)
{
    using Kind = CentralError::Kind;
    const QString text = raw.trimmed();
    const QString place = where(host, port);
    auto has = [&](const char* phrase) { return text.contains(QLatin1String(phrase), Qt::CaseInsensitive); };
    auto make = [&](Kind kind, const QString& message) { return CentralError::make(kind, message, {}, text); };

    if (has("certificate verify failed") || has("self-signed certificate") || has("unable to get local issuer"))
        return make(Kind::CertificateNotTrusted,
                    QStringLiteral("The central store's certificate is not trusted: it was not issued by the CA in "
                                   "%1. Check that --ca names your organisation's CA file.")
                        .arg(options.caFile.isEmpty() ? QStringLiteral("the default CA file") : options.caFile));
    if (has("does not match host name"))
        return make(Kind::CertificateMismatch,
                    QStringLiteral("The central store's certificate was issued for a different host name than %1; "
                                   "connect using the name on the certificate.")
                        .arg(host));
    if (has("root certificate file") && (has("does not exist") || has("could not read")))
        return make(Kind::CaMissing,
                    QStringLiteral("No usable CA certificate to check the central store against: "
                                   "pass --ca FILE with the CA that signed the server's certificate."));
    if (has("server does not support SSL"))
        return make(Kind::TlsUnavailable,
                    QStringLiteral("The central store at %1 does not offer an encrypted connection (TLS), so Trellis "
                                   "will not send a password to it. Enable TLS on the server (--insecure is for "
                                   "development only).")
                        .arg(place));
    const bool hbaRefused = has("no pg_hba.conf entry") || has("pg_hba.conf rejects connection");
    if (hbaRefused && has("no encryption"))
        return make(Kind::PlaintextRefused, QStringLiteral("The central store at %1 refuses unencrypted connections; "
                                                           "connect without --insecure.")
                                                .arg(place));
    if (has("password authentication failed") || has("SCRAM authentication failed"))
        return make(Kind::WrongPassword,
                    QStringLiteral("The central store refused the password for the login \"%1\" (wrong password, or "
                                   "no such login).")
                        .arg(login));
    if (has("no password supplied"))
        return make(Kind::WrongPassword,
                    QStringLiteral("The central store asked for a password for the login \"%1\" and none was given.")
                        .arg(login));
    if (has("is not permitted to log in"))
        return make(Kind::AccountDisabled,
                    QStringLiteral("The login \"%1\" may not sign in to the central store: the worker has been "
                                   "deactivated.")
                        .arg(login));
    if (has("database") && has("does not exist"))
        return make(Kind::NoAccess, QStringLiteral("The database named in --db does not exist at %1.").arg(place));
    if (hbaRefused || has("permission denied for database"))
        return make(Kind::NoAccess,
                    QStringLiteral("The central store at %1 does not accept the login \"%2\" from this computer.")
                        .arg(place, login));
    if (has("Connection refused") || has("could not translate host name") || has("timeout expired") ||
        has("No route to host") || has("Network is unreachable") || has("could not connect") ||
        has("No such file or directory"))
        return make(Kind::Unreachable,
                    QStringLiteral("Cannot reach the central store at %1: nothing answered. Check the address and "
                                   "that the server is running.")
                        .arg(place));
    return make(Kind::Sql,
                QStringLiteral("Could not connect to the central store at %1: %2").arg(place, firstLine(text)));
}

QByteArray parameterText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate).toUtf8();
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::QUuid:
        return value.toUuid().toString(QUuid::WithoutBraces).toUtf8();
    case QMetaType::QByteArray:
        return value.toByteArray();
    default:
        return value.toString().toUtf8();
    }
}

} // namespace

CentralResult<std::unique_ptr<PgConnection>> PgConnection::connect(const Options& options, const Passphrase* password)
{
    if (options.url.trimmed().isEmpty())
        return CentralError::make(CentralError::Kind::Invalid,
                                  QStringLiteral("No central store address was given (--db URL)."));
    // The URL is expanded first, so every keyword after it overrides what the URL (or a PG*
    // environment variable) says: a URL with sslmode=disable still gets verify-full.
    // Keepalives and tcp_user_timeout bound how long a call can hang on a network that died under
    // it (a laptop closing its lid, Wi-Fi gone): about 30 s instead of the kernel's many minutes,
    // so a sync the worker cancels, or a lock waiting for one, ends.
    std::vector<QByteArray> keys{"dbname",     "sslmode",          "connect_timeout",     "application_name",
                                 "gssencmode", "keepalives",       "keepalives_idle",     "keepalives_interval",
                                 "keepalives_count", "tcp_user_timeout"};
    std::vector<QByteArray> values{options.url.toUtf8(),
                                   options.insecure ? QByteArrayLiteral("disable") : QByteArrayLiteral("verify-full"),
                                   QByteArray::number(qMax(1, options.connectTimeoutSeconds)),
                                   options.applicationName.toUtf8(),
                                   QByteArrayLiteral("disable"),
                                   QByteArrayLiteral("1"),
                                   QByteArrayLiteral("15"),
                                   QByteArrayLiteral("5"),
                                   QByteArrayLiteral("3"),
                                   QByteArrayLiteral("30000")};
    if (!options.insecure) {
        keys.emplace_back("ssl_min_protocol_version");
        values.emplace_back("TLSv1.2");
        if (!options.caFile.isEmpty()) {
            keys.emplace_back("sslrootcert");
            values.emplace_back(options.caFile.toUtf8());
        }
    }
    std::vector<const char*> keywordPointers;
    std::vector<const char*> valuePointers;
    for (size_t i = 0; i < keys.size(); ++i) {
        keywordPointers.push_back(keys[i].constData());
        valuePointers.push_back(values[i].constData());
    }
    if (password && !password->isEmpty()) {
        keywordPointers.push_back("password");
        valuePointers.push_back(password->data());
    }
    keywordPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);

    PGconn* raw = PQconnectdbParams(keywordPointers.data(), valuePointers.data(), 1);
    if (!raw)
        return CentralError::make(CentralError::Kind::Sql, QStringLiteral("Out of memory opening a connection."));
    std::unique_ptr<PgConnection> connection(new PgConnection(raw));
    PQsetNoticeProcessor(raw, ignoreNotice, nullptr);
    if (PQstatus(raw) != CONNECTION_OK) {
        const QString login = QString::fromUtf8(PQuser(raw));
        auto error = classifyConnectFailure(QString::fromUtf8(PQerrorMessage(raw)), options, connection->host(),
                                            connection->port(), login);
        qCInfo(lcCentral) << "connection failed:" << CentralError::kindName(error.kind);
        return error;
    }
    // verify-full already insists on TLS over TCP; this guards against a libpq that would not.
    // A Unix-domain socket never carries TLS and never leaves the machine.
    if (!options.insecure && !connection->isUnixSocket() && !connection->usesTls())
        return CentralError::make(CentralError::Kind::TlsUnavailable,
                                  QStringLiteral("The connection to the central store is not encrypted; refusing it."));
    if (options.insecure && !connection->isUnixSocket())
        qCWarning(lcCentral) << "connected to the central store WITHOUT TLS (--insecure): development only";
    return connection;
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

CentralError PgConnection::statementError(const pg_result* result) const
{
    using Kind = CentralError::Kind;
    const QString state = result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    // Only the primary message: DETAIL can repeat the values of a row.
    QString primary = result ? QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)) : QString();
    if (primary.isEmpty())
        primary = firstLine(QString::fromUtf8(PQerrorMessage(m_conn)));
    if (PQstatus(m_conn) != CONNECTION_OK || state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
        state == QLatin1String("57P02") || state == QLatin1String("57P03"))
        return CentralError::make(Kind::ConnectionLost,
                                  QStringLiteral("The connection to the central store was lost: %1").arg(primary),
                                  state, primary);
    if (state == QLatin1String("42501"))
        return CentralError::make(Kind::PermissionDenied, QStringLiteral("The central store refused: %1.").arg(primary),
                                  state, primary);
    if (state == QLatin1String("23505"))
        return CentralError::make(Kind::AlreadyExists,
                                  QStringLiteral("The central store already holds that: %1.").arg(primary), state,
                                  primary);
    if (state.startsWith(QLatin1String("23")) || state.startsWith(QLatin1String("22")))
        return CentralError::make(
            Kind::Invalid, QStringLiteral("The central store rejected the data: %1.").arg(primary), state, primary);
    return CentralError::make(Kind::Sql, QStringLiteral("The central store refused a statement: %1.").arg(primary),
                              state, primary);
}

CentralResult<PgRows> PgConnection::exec(const QString& sql, const QVariantList& parameters)
{
    std::vector<QByteArray> texts;
    std::vector<const char*> pointers;
    texts.reserve(size_t(parameters.size()));
    pointers.reserve(size_t(parameters.size()));
    for (const QVariant& parameter : parameters) {
        const bool isNull = !parameter.isValid() || parameter.isNull();
        texts.push_back(isNull ? QByteArray() : parameterText(parameter));
        pointers.push_back(isNull ? nullptr : texts.back().constData());
    }
    PGresult* result = PQexecParams(m_conn, sql.toUtf8().constData(), int(pointers.size()), nullptr, pointers.data(),
                                    nullptr, nullptr, 0);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        CentralError error = statementError(result);
        PQclear(result);
        qCDebug(lcCentral) << "statement failed with SQLSTATE" << error.sqlState;
        return error;
    }
    QStringList columns;
    const int columnCount = PQnfields(result);
    for (int column = 0; column < columnCount; ++column)
        columns.append(QString::fromUtf8(PQfname(result, column)));
    QList<QList<QVariant>> rows;
    const int rowCount = PQntuples(result);
    rows.reserve(rowCount);
    for (int row = 0; row < rowCount; ++row) {
        QList<QVariant> values;
        values.reserve(columnCount);
        for (int column = 0; column < columnCount; ++column) {
            if (PQgetisnull(result, row, column))
                values.append(QVariant());
            else
                values.append(QString::fromUtf8(PQgetvalue(result, row, column), PQgetlength(result, row, column)));
        }
        rows.append(std::move(values));
    }
    const qint64 affected = QByteArray(PQcmdTuples(result)).toLongLong();
    PQclear(result);
    return PgRows(std::move(columns), std::move(rows), affected);
}

CentralResult<void> PgConnection::execScript(const QString& sql)
{
    PGresult* result = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK && status != PGRES_EMPTY_QUERY) {
        CentralError error = statementError(result);
        PQclear(result);
        return error;
    }
    PQclear(result);
    return {};
}

CentralResult<QString> PgConnection::escapeIdentifier(const QString& identifier) const
{
    const QByteArray utf8 = identifier.toUtf8();
    char* quoted = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    if (!quoted)
        return CentralError::make(CentralError::Kind::Invalid,
                                  QStringLiteral("\"%1\" cannot be used as a PostgreSQL name.").arg(identifier));
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

CentralResult<QString> PgConnection::escapeLiteral(const QByteArray& value) const
{
    char* quoted = PQescapeLiteral(m_conn, value.constData(), size_t(value.size()));
    if (!quoted)
        return CentralError::make(CentralError::Kind::Invalid, QStringLiteral("A value could not be quoted."));
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

CentralResult<QByteArray> PgConnection::encryptPassword(const Passphrase& password, const QString& login)
{
    // QByteArray's data is NUL-terminated, as libpq expects.
    char* verifier = PQencryptPasswordConn(m_conn, password.data(), login.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return CentralError::make(CentralError::Kind::Sql,
                                  QStringLiteral("Could not compute the SCRAM-SHA-256 verifier for the password."), {},
                                  firstLine(QString::fromUtf8(PQerrorMessage(m_conn))));
    QByteArray result(verifier);
    PQfreemem(verifier);
    return result;
}

bool PgConnection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}
bool PgConnection::inFailedTransaction() const
{
    return m_conn && PQtransactionStatus(m_conn) == PQTRANS_INERROR;
}
bool PgConnection::usesTls() const
{
    return m_conn && PQsslInUse(m_conn) == 1;
}
bool PgConnection::isUnixSocket() const
{
    const QString where = host();
    return where.startsWith(QLatin1Char('/')) || where.startsWith(QLatin1Char('@'));
}
QString PgConnection::user() const
{
    return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString();
}
QString PgConnection::host() const
{
    return m_conn ? QString::fromUtf8(PQhost(m_conn)) : QString();
}
QString PgConnection::port() const
{
    return m_conn ? QString::fromUtf8(PQport(m_conn)) : QString();
}
QString PgConnection::database() const
{
    return m_conn ? QString::fromUtf8(PQdb(m_conn)) : QString();
}
int PgConnection::backendPid() const
{
    return m_conn ? PQbackendPID(m_conn) : 0;
}

} // namespace trellis::central
