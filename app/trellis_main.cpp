#include "MainWindow.h"
#include "UnlockDialog.h"
#include "store/ProcessHardening.h"

#include "TrellisVersion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char* argv[])
{
#ifdef NDEBUG
    trellis::hardenProcess();
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Trellis"));
    QApplication::setOrganizationName(QStringLiteral("Trellis"));
    QApplication::setApplicationVersion(QStringLiteral(TRELLIS_VERSION_STRING));

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
    if (!QFileInfo::exists(path)) {
        QMessageBox::information(nullptr, QObject::tr("Trellis"),
                                 QObject::tr("There is no store at %1 yet. Create one with\n"
                                             "trellisctl --store %1 --passphrase-file FILE init")
                                     .arg(path));
        return 1;
    }
    trellis::ui::UnlockDialog unlock(path);
    if (unlock.exec() != QDialog::Accepted)
        return 0;
    trellis::ui::MainWindow window(unlock.takeDatabase(), qEnvironmentVariable("USER", QStringLiteral("worker")));
    window.show();
    return app.exec();
}
