#include "MainWindow.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "settings/Translations.h"
#include "store/ProcessHardening.h"

#include "TrellisVersion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
#ifdef NDEBUG
    trellis::hardenProcess();
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Trellis"));
    QApplication::setOrganizationName(QStringLiteral("Trellis"));
    QApplication::setApplicationVersion(QStringLiteral(TRELLIS_VERSION_STRING));
    trellis::settings::Translations::installFromPreferences(); // the worker's language, before any window

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Trellis: caseloads for youth justice services"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("The encrypted store to open."),
                                   QStringLiteral("PATH"));
    parser.addOption(store);
    parser.process(app);

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
