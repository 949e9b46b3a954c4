#pragma once

#include "CentralResult.h"
#include "PgRows.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>

#include <memory>

struct pg_conn;
struct pg_result;

namespace trellis {
class Passphrase;
}

namespace trellis::central {

// One libpq connection to the central store, closed when the object dies. Connections verify
// the server's certificate against a CA file and its host name (sslmode=verify-full) unless the
// caller explicitly asks for an insecure development connection. Values always travel as
// parameters of PQexecParams, never inside SQL text.
class PgConnection {
public:
    struct Options {
        // A postgresql:// URI or a key=value connection string. A password inside it is used
        // but never repeated in a message; prefer ~/.pgpass or the password argument.
        QString url;
        // The CA certificate that signed the server's certificate (libpq's sslrootcert).
        QString caFile;
        // Development only: no TLS at all (sslmode=disable). Never for real data.
        bool insecure = false;
        int connectTimeoutSeconds = 10;
        QString applicationName = QStringLiteral("trellis");
    };

    static CentralResult<std::unique_ptr<PgConnection>> connect(const Options& options,
                                                                const Passphrase* password = nullptr);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    // One statement; $1, $2, ... take `parameters` in order (NULL for an invalid QVariant).
    CentralResult<PgRows> exec(const QString& sql, const QVariantList& parameters = {});
    // Several statements without parameters: only for SQL shipped inside Trellis (migrations).
    CentralResult<void> execScript(const QString& sql);

    // Quoting for the few utility statements that take no parameters (CREATE ROLE, GRANT).
    CentralResult<QString> escapeIdentifier(const QString& identifier) const;
    CentralResult<QString> escapeLiteral(const QByteArray& value) const;
    // The SCRAM-SHA-256 verifier of `password` for `login`, computed here so that the
    // password itself never travels to the server.
    CentralResult<QByteArray> encryptPassword(const Passphrase& password, const QString& login);

    bool isOpen() const;
    // A statement failed inside the open transaction: COMMIT would only roll it back.
    bool inFailedTransaction() const;
    bool usesTls() const;
    bool isUnixSocket() const;
    QString user() const;
    QString host() const;
    QString port() const;
    QString database() const;
    int backendPid() const;
    // For code that needs libpq directly (COPY for the sync's bulk paths).
    pg_conn* handle() const { return m_conn; }

private:
    explicit PgConnection(pg_conn* conn)
        : m_conn(conn)
    {
    }
    CentralError statementError(const pg_result* result) const;

    pg_conn* m_conn = nullptr;
};

} // namespace trellis::central
