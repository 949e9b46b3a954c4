#pragma once

#include "central/PgConnection.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Passphrase.h"
#include "store/Result.h"
#include "store/Transaction.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace trellis::sync {

// The worker's own account on the central store: one per local store, kept in the encrypted
// store (table central_account, schema version 6) so that the password never sits in a plain
// file, in ~/.pgpass or in QSettings. Values are always bound; the password goes in and comes
// out as bytes held by a Passphrase, which wipes them. Nothing here logs, prints or audits the
// URL or the password.
class CentralAccount {
public:
    struct Account {
        QString url;    // a connection URL that names the login and holds no password
        QString caFile; // absolute; empty for libpq's default CA file, and when insecure
        bool insecure = false;
        Passphrase password;
        QDateTime updatedAt; // when it was last stored (load() only)

        // How to connect as this account; `applicationName` tells the DBA which program it is.
        central::PgConnection::Options connectionOptions(const QString& applicationName) const
        {
            central::PgConnection::Options options;
            options.url = url;
            options.caFile = caFile;
            options.insecure = insecure;
            options.applicationName = applicationName;
            return options;
        }
    };

    // Why an account cannot be stored. `message` names no option (the caller knows which of its
    // inputs `field` is) and never repeats the URL, which might hold a password.
    struct Problem {
        enum class Field { Url, CaFile, Password };
        Field field;
        QString message;
    };

    explicit CentralAccount(Database& db)
        : m_db(db)
    {
    }

    // Nothing before the first store().
    Result<std::optional<Account>> load();
    // What is wrong with `account`, or nothing. Besides its own values it checks that the URL's
    // login is the one this store already syncs as (a store holds one worker's caseload).
    Result<std::optional<Problem>> check(const Account& account);
    // Replaces the stored account in one transaction with its audit event ("create" the first
    // time, then "update"; entity central_account, no id). Refuses what check() refuses.
    Result<void> store(const Account& account, const QString& actor, const QDateTime& when);
    // Removes it, audited as "delete", then checkpoints the WAL so the encrypted pages that held
    // it leave the -wal file too. False when nothing was stored (nothing is audited then).
    Result<bool> forget(const QString& actor, const QDateTime& when);

    // The login an account's URL names (empty when it names none).
    static QString loginOf(const QString& url);

private:
    // Whether an account is stored, read inside the write's own transaction so that the audit
    // action says what the write did.
    Result<bool> existsIn(const Transaction& transaction);
    Result<void> auditAndCommit(Transaction& transaction, AuditLog::Action action, const QString& actor,
                                const QDateTime& when);

    Database& m_db;
};

} // namespace trellis::sync
