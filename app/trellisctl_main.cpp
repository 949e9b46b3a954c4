#include "ctl/CtlApp.h"
#include "store/ProcessHardening.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char* argv[])
{
#ifdef NDEBUG
    trellis::hardenProcess();
#endif
    QCoreApplication app(argc, argv);
    // Progress and results are printed by the commands; the library's own info lines are for
    // TRELLIS_VERBOSE=1 (they hold ids and counts only).
    if (!qEnvironmentVariableIsSet("TRELLIS_VERBOSE"))
        QLoggingCategory::setFilterRules(QStringLiteral("trellis.*.info=false"));
    QCoreApplication::setApplicationName(QStringLiteral("trellisctl"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    trellis::ctl::CtlApp ctl(out, err);
    const int code = ctl.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
