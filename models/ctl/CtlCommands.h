#pragma once

#include <QDate>
#include <QString>
#include <QTextStream>

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

} // namespace trellis::ctl
