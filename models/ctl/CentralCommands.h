#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

class QCommandLineParser;

namespace trellis::ctl {

// `trellisctl central ...`: creating, upgrading and administering the central PostgreSQL store.
// CtlApp adds these options to its parser and hands over every command line whose command is
// "central". Exit codes as elsewhere: 0 success, 1 failure, 2 bad usage (through `usage`).
struct CentralInvocation {
    const QCommandLineParser& parser;
    QStringList positional; // starts with "central"
    QTextStream& out;
    QTextStream& err;
    bool json = false;
    std::function<int(const QString&)> usage; // prints the problem and the usage text, returns 2
};

QList<QCommandLineOption> centralOptions();
QStringList centralOptionNames();
QString centralUsageText();
int runCentral(const CentralInvocation& invocation);

} // namespace trellis::ctl
