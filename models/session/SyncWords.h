#pragma once

#include <QString>

namespace trellis {

// What went wrong with the central store, in words a caseworker understands: one sentence per
// error kind (central::CentralError::kindName, sync::SyncError::kind) that says what failed and
// what to do, never a host's reply, a password or a record's content.
class SyncWords {
public:
    static QString forError(const QString& kind);
};

} // namespace trellis
