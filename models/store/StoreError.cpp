#include "StoreError.h"

namespace trellis {

QString StoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::NotFound: return QStringLiteral("not-found");
    case Kind::AlreadyExists: return QStringLiteral("already-exists");
    case Kind::WrongPassphrase: return QStringLiteral("wrong-passphrase");
    case Kind::NotAStore: return QStringLiteral("not-a-store");
    case Kind::Truncated: return QStringLiteral("truncated");
    case Kind::Damaged: return QStringLiteral("damaged");
    case Kind::NewerSchema: return QStringLiteral("newer-schema");
    case Kind::NotEncrypted: return QStringLiteral("not-encrypted");
    case Kind::WeakSettings: return QStringLiteral("weak-settings");
    case Kind::Io: return QStringLiteral("io");
    case Kind::Busy: return QStringLiteral("busy");
    case Kind::Constraint: return QStringLiteral("constraint");
    case Kind::Sql: return QStringLiteral("sql");
    case Kind::Invalid: return QStringLiteral("invalid");
    }
    return QStringLiteral("unknown");
}

} // namespace trellis
