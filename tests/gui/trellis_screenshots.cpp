// Renders Trellis's windows on a fictional demo store and saves them as PNG files, so the
// screenshots in docs/screenshots/ can be made again after every change to ui/:
//   xvfb-run -s '-screen 0 1366x768x24' build/tests/gui/trellis_screenshots docs/screenshots
// For high-DPI screens, the same at twice the scale (the window stays 1366×768 logical pixels):
//   QT_SCALE_FACTOR=2 xvfb-run -s '-screen 0 2732x1536x24' build/tests/gui/trellis_screenshots OUTDIR
#include "MainWindow.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "demo/DemoSeeder.h"
#include "store/Passphrase.h"
#include "store/StoreOpener.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

bool save(QWidget& widget, const QDir& out, const QString& name)
{
    QTest::qWait(200);
    const bool ok = widget.grab().save(out.filePath(name));
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(out.filePath(name)));
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: trellis_screenshots OUTDIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo-caseload.trellis"));
    const QString secret = QStringLiteral("demo only fictional caseload");
    {
        auto created = trellis::StoreOpener::create(path, trellis::Passphrase::fromString(secret));
        if (!created.ok())
            return 1;
        trellis::demo::DemoSeeder::Options options;
        options.cases = 250;
        options.today = QDate(2026, 11, 26);
        if (!trellis::demo::DemoSeeder(*created.value(), options).run().ok)
            return 1;
    }

    trellis::SystemClock clock;
    trellis::Session session(path, clock, QStringLiteral("demo.worker01"));
    trellis::ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    auto* edit = window.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    QTest::keyClicks(edit, QStringLiteral("wrong guess"));
    QTest::keyClick(edit, Qt::Key_Return);
    bool ok = save(window, out, QStringLiteral("unlock.png"));

    QTest::keyClicks(edit, secret);
    QTest::keyClick(edit, Qt::Key_Return);
    ok = save(window, out, QStringLiteral("main-window.png")) && ok;

    // The first young person's record, opened as a worker would (Enter on the caseload), one
    // picture a tab.
    auto* table = window.findChild<QTableView*>(QStringLiteral("caseloadTable"));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("recordTabs"));
    if (!table || !tabs || table->model()->rowCount() == 0)
        return 1;
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    const std::pair<const char*, const char*> pages[] = {{"profileTab", "record-profile.png"},
                                                         {"safetyPlanEditor", "record-safety-plan.png"},
                                                         {"trustedAdultsTab", "record-adults.png"},
                                                         {"contactsTab", "record-contacts.png"},
                                                         {"episodesTab", "record-episodes.png"}};
    for (const auto& [page, file] : pages) {
        tabs->setCurrentWidget(tabs->findChild<QWidget*>(QString::fromLatin1(page)));
        ok = save(window, out, QString::fromLatin1(file)) && ok;
    }

    trellis::Session firstRun(dir.filePath(QStringLiteral("new.trellis")), clock, QStringLiteral("demo.worker02"));
    trellis::ui::MainWindow welcome(firstRun);
    welcome.resize(1366, 768);
    welcome.show();
    QTest::keyClicks(welcome.findChild<QLineEdit*>(QStringLiteral("newPassphraseEdit")), QStringLiteral("too short"));
    ok = save(welcome, out, QStringLiteral("first-run.png")) && ok;
    return ok ? 0 : 1;
}
