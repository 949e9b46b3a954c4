#pragma once

#include <QString>

namespace trellis::central {

// Everything that can go wrong talking to the central PostgreSQL store, each kind with a
// plain-English message that names what failed. Messages never hold a password or a field of a
// record; `detail` keeps libpq's or the server's own words for someone diagnosing the failure.
struct CentralError {
    enum class Kind {
        None,
        Unreachable,           // nothing answered at that host and port, or the name did not resolve
        TlsUnavailable,        // the server offers no TLS and --insecure was not given
        PlaintextRefused,      // --insecure was given but the server only accepts TLS
        CertificateNotTrusted, // the server's certificate does not chain to the CA file
        CertificateMismatch,   // the certificate is for another host name
        CaMissing,             // no CA file to check the server's certificate against
        WrongPassword,         // the server refused the login's password (or there is no such login)
        AccountDisabled,       // the login exists but may not log in (a deactivated worker)
        NoAccess,              // pg_hba.conf or a missing database turned the login away
        SchemaMissing,         // the database holds no Trellis schema
        SchemaTooOld,          // the central schema is older than this program needs
        SchemaTooNew,          // the central schema is newer than this program understands
        NotAdministrator,      // central administration needs a PostgreSQL superuser
        PermissionDenied,      // the server refused a statement for lack of privilege
        NotFound,              // no such worker, young person, ...
        AlreadyExists,         // a login or record with that name or id exists already
        Invalid,               // bad input from the caller, with its own message
        ConnectionLost,        // the connection broke during a statement
        Sql,                   // anything else the server refused
        Io,                    // a local file could not be read
    };

    Kind kind = Kind::None;
    QString message;  // for people
    QString sqlState; // the server's SQLSTATE when there is one
    QString detail;   // libpq's or the server's own message, for diagnosis; never logged

    static CentralError make(Kind kind, QString message, QString sqlState = {}, QString detail = {})
    {
        return CentralError{kind, std::move(message), std::move(sqlState), std::move(detail)};
    }
    static QString kindName(Kind kind);
};

} // namespace trellis::central
