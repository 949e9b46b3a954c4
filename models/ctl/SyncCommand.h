#pragma once

#include "CtlCommands.h"

namespace trellis::ctl {

struct SyncArguments {
    QString db;     // --db URL
    QString caFile; // --ca FILE
    bool insecure = false;
    QString passwordFile; // --password-file FILE|-: the worker's central password (else ~/.pgpass)
};

// trellisctl --store S --passphrase-file F sync --db URL [--ca FILE | --insecure]
// [--password-file FILE]: one sync (sync::SyncEngine) as the login of the connection. Progress
// on stderr, the summary as JSON on stdout (with "ok" and, on failure, "error"). Never prints the
// URL's password, the password file's content or a field of a record.
int runSync(CommandContext& context, const SyncArguments& arguments);

} // namespace trellis::ctl
