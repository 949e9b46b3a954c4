#include "MainWindow.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "settings/Translations.h"
#include "store/ProcessHardening.h"

#include "TrellisVersion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
#ifdef NDEBUG
    trellis::hardenProcess();
#endif
    QApplication::setApplicationName(QStringLiteral("Trellis"));
    QApplication::setOrganizationName(QStringLiteral("Trellis"));
    QApplication::setApplicationVersion(QStringLiteral(TRELLIS_VERSION_STRING));
    // Wayland docks match the window to packaging/linux/org.trellis.Trellis.desktop (and its icon).
    QApplication::setDesktopFileName(QStringLiteral("org.trellis.Trellis"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Trellis: caseloads for youth justice services"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("The encrypted store to open."),
                                   QStringLiteral("PATH"));
    parser.addOption(store);
    // --help and --version need no display (an administrator over ssh, CI): a QCoreApplication
    // answers them and process() exits before QApplication would connect to one.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (parser.parse(arguments) &&
        (parser.isSet(help) || parser.isSet(version) || parser.isSet(QStringLiteral("help-all")))) {
        QCoreApplication textOnly(argc, argv);
        parser.process(textOnly);
    }
    QApplication app(argc, argv);
    parser.process(app);
    trellis::settings::Translations::installFromPreferences(); // the worker's language, before any window

    const QString path = parser.isSet(store)
                             ? parser.value(store)
                             : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                   .filePath(QStringLiteral("caseload.trellis"));
    trellis::SystemClock clock;
    trellis::Session session(path, clock, qEnvironmentVariable("USER", QStringLiteral("worker")));
    trellis::ui::MainWindow window(session);
    window.show();
    return app.exec();
}
