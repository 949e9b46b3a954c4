#pragma once

#include "CtlCommands.h"

namespace trellis::ctl {

struct AccountArguments {
    QString subcommand; // set, show or forget
    QString db;         // --db URL (set)
    QString caFile;     // --ca FILE (set)
    bool insecure = false;
    QString passwordFile; // --password-file FILE|- (set)
};

// trellisctl --store S --passphrase-file F account set|show|forget: the worker's central account,
// kept inside the encrypted store (sync::CentralAccount) for `sync` to use. `set` validates
// everything before it writes, and a refusal names the option and changes nothing; `show`
// prints "password: stored", never the password.
int runAccount(CommandContext& context, const AccountArguments& arguments);

// What `sync` and `account show` say when the store holds no account.
QString noAccountMessage();

} // namespace trellis::ctl
