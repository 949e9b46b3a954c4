#include "CentralError.h"

namespace trellis::central {

QString CentralError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Unreachable: return QStringLiteral("unreachable");
    case Kind::TlsUnavailable: return QStringLiteral("tls-unavailable");
    case Kind::PlaintextRefused: return QStringLiteral("plaintext-refused");
    case Kind::CertificateNotTrusted: return QStringLiteral("certificate-not-trusted");
    case Kind::CertificateMismatch: return QStringLiteral("certificate-mismatch");
    case Kind::CaMissing: return QStringLiteral("ca-missing");
    case Kind::WrongPassword: return QStringLiteral("wrong-password");
    case Kind::AccountDisabled: return QStringLiteral("account-disabled");
    case Kind::NoAccess: return QStringLiteral("no-access");
    case Kind::SchemaMissing: return QStringLiteral("schema-missing");
    case Kind::SchemaTooOld: return QStringLiteral("schema-too-old");
    case Kind::SchemaTooNew: return QStringLiteral("schema-too-new");
    case Kind::NotAdministrator: return QStringLiteral("not-administrator");
    case Kind::PermissionDenied: return QStringLiteral("permission-denied");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::AlreadyExists: return QStringLiteral("already-exists");
    case Kind::Invalid: return QStringLiteral("invalid");
    case Kind::ConnectionLost: return QStringLiteral("connection-lost");
    case Kind::Sql: return QStringLiteral("sql");
    case Kind::Io: return QStringLiteral("io");
    }
    return QStringLiteral("unknown");
}

} // namespace trellis::central
