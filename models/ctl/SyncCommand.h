#pragma once

#include "CtlCommands.h"

namespace trellis::ctl {

// trellisctl --store S --passphrase-file F sync: one sync (sync::SyncEngine) with the central
// account stored in the store (trellisctl account set), as its login. Progress on stderr, the
// summary as JSON on stdout (with "ok" and, on failure, "error"). Never prints the password or a
// field of a record.
int runSync(CommandContext& context);

} // namespace trellis::ctl
