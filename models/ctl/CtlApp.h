#pragma once

#include <QStringList>
#include <QTextStream>

namespace trellis::ctl {

// trellisctl: the headless, scriptable face of the local store. Exit codes: 0 success,
// 1 failure, 2 bad usage. Results go to `out` (JSON with --json), progress and errors to `err`.
// It never prints a passphrase or a record field except in an export the user asked for.
class CtlApp {
public:
    enum Exit { Success = 0, Failure = 1, Usage = 2 };

    CtlApp(QTextStream& out, QTextStream& err) : m_out(out), m_err(err) {}
    // `arguments` includes the program name, as QCoreApplication::arguments() does.
    int run(const QStringList& arguments);

private:
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace trellis::ctl
