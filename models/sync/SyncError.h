#pragma once

#include "central/CentralError.h"
#include "store/StoreError.h"

#include <QMetaType>
#include <QString>

namespace trellis::sync {

// Why a sync stopped: the phase (push, revocation, purge, pull), a kind from the store or the
// central client ("wrong-password", "certificate-not-trusted", "schema-too-old", "invalid", ...)
// and a message for people that names what failed (the host, the key of a reply, the entity and
// id of a row), never a value of a record or a credential.
struct SyncError {
    QString phase;
    QString kind;
    QString message;

    static SyncError fromCentral(const QString& phase, const central::CentralError& error)
    {
        return {phase, central::CentralError::kindName(error.kind), error.message};
    }
    // The worker (or the program closing) asked the engine to stop; everything done is kept.
    static SyncError cancelled(const QString& phase)
    {
        return {phase, QStringLiteral("cancelled"),
                QStringLiteral("The sync was cancelled during %1; what was done is kept and the next sync goes on "
                               "from there.")
                    .arg(phase)};
    }
    static SyncError fromStore(const QString& phase, const StoreError& error)
    {
        return {phase, QStringLiteral("store-") + StoreError::kindName(error.kind), error.message};
    }
};

} // namespace trellis::sync

Q_DECLARE_METATYPE(trellis::sync::SyncError)
