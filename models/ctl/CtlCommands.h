#pragma once

#include "store/Database.h"
#include "store/Passphrase.h"
#include "store/StoreError.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <memory>

namespace trellis::ctl {

struct CommandContext {
    QTextStream& out;
    QTextStream& err;
    QString storePath;
    QString passphraseFile;
    bool json = false;
    QString actor;
};

struct SeedArguments {
    int cases = 0;
    quint64 seed = 1;
    int workers = 5;
    QDate today = QDate::currentDate();
};

// One function per trellisctl command; each returns the process exit code.
int runInit(CommandContext& context);
int runStats(CommandContext& context);
int runVerify(CommandContext& context);
int runExport(CommandContext& context, const QString& outputPath);
int runImport(CommandContext& context, const QString& inputPath);
int runRekey(CommandContext& context, const QString& newPassphraseFile);
int runSeedDemo(CommandContext& context, const SeedArguments& arguments);

// Shared by the command files.
// The object as one line of JSON on `out`, with "ok" (true unless the object says otherwise).
void printJson(CommandContext& context, QJsonObject object);
// The message on `err` (and as JSON on `out` with --json); returns the exit code 1.
int fail(CommandContext& context, const QString& kind, const QString& message);
int fail(CommandContext& context, const StoreError& error);
bool readPassphrase(CommandContext& context, const QString& path, Passphrase& passphrase);
// The store of --store, keyed with --passphrase-file; null (and the failure printed) if not.
std::unique_ptr<Database> openStore(CommandContext& context);
// A central password from FILE or - (standard input); `problem` says why not, naming the password.
Passphrase readPassword(const QString& path, QString* problem);
void warnInsecure(QTextStream& err);

} // namespace trellis::ctl
