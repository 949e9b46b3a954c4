// Makes the user guide's own screenshots (docs/screenshots/guide-*.png, used by docs/user-guide.md)
// by driving a real MainWindow on a fictional demo store, as a caseworker and then a supervisor:
//   QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1366x768x24' build/tests/gui/trellis_guide_screenshots
//   docs/screenshots
// The laptop is "offline": its stored central account names a port where nothing listens, so the
// status bar and Sync details show what an outreach worker sees away from a network. The clock is
// fixed, so the pictures do not change from one run to the next. Every name and note is fictional.
// The language is the user's Trellis preference, as in the program: with XDG_CONFIG_HOME naming a
// folder whose Trellis/Trellis.conf says "[ui] language=cy", the same pictures come out in Welsh.
#include "CaseloadModel.h"
#include "MainWindow.h"
#include "WorkArea.h"
#include "dashboard/DashboardView.h"
#include "demo/DemoSeeder.h"
#include "forms/RecordForm.h"
#include "plan/SafetyPlanEditor.h"
#include "record/RecordView.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "session/SyncService.h"
#include "settings/Translations.h"
#include "store/Passphrase.h"
#include "store/StoreOpener.h"
#include "sync/CentralAccount.h"
#include "sync/SyncDetailDialog.h"
#include "sync/SyncState.h"
#include "sync/WorkerRole.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace trellis;

namespace {

const QString kSecret = QStringLiteral("demo only fictional caseload");
const QString kLogin = QStringLiteral("demo.worker01");

bool report(bool ok, const QString& what)
{
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "could not make", qPrintable(what));
    return ok;
}

bool save(QWidget* widget, const QDir& out, const QString& name)
{
    QTest::qWait(250);
    return report(widget && widget->grab().save(out.filePath(name)), out.filePath(name));
}

// The whole screen, for a menu that is open over the window (a menu is a window of its own).
bool saveScreen(const QDir& out, const QString& name)
{
    QTest::qWait(250);
    QScreen* screen = QGuiApplication::primaryScreen();
    return report(screen && screen->grabWindow(0).save(out.filePath(name)), out.filePath(name));
}

// The demo laptop: synced this morning, nothing waiting, an account on a central store that
// cannot be reached from here.
bool prepareStore(const QString& path)
{
    auto created = StoreOpener::create(path, Passphrase::fromString(kSecret));
    if (!created.ok())
        return false;
    Database& db = *created.value();
    demo::DemoSeeder::Options options;
    options.cases = 250;
    options.today = QDate(2026, 11, 26);
    if (!demo::DemoSeeder(db, options).run().ok)
        return false;
    sync::SyncState state(db);
    sync::CentralAccount::Account account;
    account.url = QStringLiteral("postgresql://%1@127.0.0.1:9/trellis").arg(kLogin);
    account.insecure = true; // nothing listens there: the sync fails as if the laptop were offline
    account.password = Passphrase::fromString(QStringLiteral("fictional demo password"));
    const QDateTime morning(QDate(2026, 11, 27), QTime(8, 40), Qt::UTC);
    return db.exec("DELETE FROM outbox").ok() && state.setLogin(kLogin).ok() &&
           state.setCursor(QStringLiteral("demo")).ok() && state.setLastSuccess(morning).ok() &&
           sync::WorkerRole(db).save({QStringLiteral("caseworker"), QStringLiteral("Demo Team 1")}).ok() &&
           sync::CentralAccount(db).store(account, kLogin, morning).ok();
}

bool setRole(const QString& path, const QString& role)
{
    auto db = StoreOpener::open(path, Passphrase::fromString(kSecret));
    return db.ok() && sync::WorkerRole(*db.value()).save({role, QStringLiteral("Demo Team 1")}).ok();
}

bool unlock(ui::MainWindow& window, Session& session)
{
    auto* edit = window.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    if (!edit)
        return false;
    QTest::keyClicks(edit, kSecret);
    QTest::keyClick(edit, Qt::Key_Return);
    if (!session.isUnlocked())
        return false;
    // The first sync starts at unlock and fails at once: the status bar says Offline.
    return QTest::qWaitFor(
        [&session] {
            auto* service = session.syncService();
            return service && !service->isRunning() && service->state() == SyncService::State::Offline;
        },
        15000);
}

// Opens a menu of the menu bar by its text (without the &), as a click on it would.
QMenu* openMenu(ui::MainWindow& window, const QString& text)
{
    for (QAction* action : window.menuBar()->actions()) {
        if (action->text().remove(QLatin1Char('&')) == text && action->menu()) {
            window.menuBar()->setActiveAction(action);
            return action->menu();
        }
    }
    return nullptr;
}

QWidget* editorOf(ui::RecordForm* form, const char* field)
{
    return form ? form->editor(QString::fromLatin1(field)) : nullptr;
}

void typeInto(QWidget* editor, const QString& text)
{
    if (!editor)
        return;
    editor->setFocus();
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->selectAll();
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor))
        plain->selectAll();
    QTest::keyClicks(editor, text);
}

// The first row the search shows of a young person with a safety plan in use (a review date).
int firstWithPlan(const QTableView* table)
{
    const QAbstractItemModel* model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, CaseloadModel::PlanReviewColumn).data(CaseloadModel::SortRole).toDate().isValid())
            return row;
    }
    return -1;
}

// Types the first of a few family names that finds more than one young person, one with a plan.
int searchForSome(QLineEdit* search, const QTableView* table)
{
    for (const char* name : {"mossbottom", "jolly", "puddle", "larkspur", "whistle", "pickle"}) {
        search->clear();
        QTest::keyClicks(search, QString::fromLatin1(name));
        if (table->model()->rowCount() > 1 && firstWithPlan(table) >= 0)
            return firstWithPlan(table);
    }
    return -1;
}

bool caseworkerShots(ui::MainWindow& window, const QDir& out)
{
    bool ok = true;
    // Find a young person: type part of a name.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("caseloadTable"));
    if (!search || !table)
        return false;
    search->setFocus();
    const int row = searchForSome(search, table);
    if (!report(row >= 0, QStringLiteral("a search finding a record with a plan")))
        return false;
    ok = save(&window, out, QStringLiteral("guide-find-young-person.png")) && ok;

    QMenu* syncMenu = openMenu(window, QStringLiteral("Sync"));
    ok = syncMenu && saveScreen(out, QStringLiteral("guide-sync-menu.png")) && ok;
    if (syncMenu)
        syncMenu->close();

    // Open one of them; then log a contact.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("recordTabs"));
    auto* contacts = window.findChild<QWidget*>(QStringLiteral("contactsTab"));
    if (!tabs || !contacts || !window.workArea()->recordView()->isVisible())
        return false;
    tabs->setCurrentWidget(contacts);
    auto* form = contacts->findChild<ui::RecordForm*>(QStringLiteral("contactForm"));
    typeInto(editorOf(form, "kind"), QStringLiteral("Home"));
    typeInto(editorOf(form, "present"), QStringLiteral("The young person and their nan"));
    typeInto(editorOf(form, "summary"),
             QStringLiteral("Fictional demo note: talked about the college taster day and the safe route home "
                            "from football. Says the group chat has gone quiet."));
    ok = save(&window, out, QStringLiteral("guide-log-contact.png")) && ok;
    QTest::keyClick(editorOf(form, "summary"), Qt::Key_Return, Qt::ControlModifier); // saves the contact
    ok = report(!form->isModified(), QStringLiteral("the contact saved with Ctrl+Enter")) && ok;

    // Update the safety plan: a new version, a change to the young person's own words and a new item.
    auto* plan = window.findChild<ui::SafetyPlanEditor*>(QStringLiteral("safetyPlanEditor"));
    if (!plan)
        return false;
    tabs->setCurrentWidget(plan);
    if (auto* newVersion = plan->findChild<QPushButton*>(QStringLiteral("newVersionButton")))
        QTest::mouseClick(newVersion, Qt::LeftButton);
    typeInto(editorOf(plan->headerForm(), "own_words"),
             QStringLiteral("Fictional demo plan: when things feel wrong I go to Nan's flat or the youth centre "
                            "and call someone on this plan. I don't have to sort it out on my own."));
    if (auto* coping = plan->findChild<QWidget*>(QStringLiteral("section_coping"))) {
        if (auto* add = coping->findChild<QPushButton*>(QStringLiteral("addButton"))) {
            QTest::mouseClick(add, Qt::LeftButton);
            if (QWidget* cell = QApplication::focusWidget()) {
                QTest::keyClicks(cell, QStringLiteral("Go for a walk with my headphones"));
                QTest::keyClick(cell, Qt::Key_Return);
                QCoreApplication::processEvents(); // the view commits a typed value on the next turn
            }
        }
    }
    if (auto* header = plan->headerForm())
        header->setFocus();
    ok = save(&window, out, QStringLiteral("guide-safety-plan-edit.png")) && ok;
    if (auto* saveButton = plan->findChild<QPushButton*>(QStringLiteral("saveButton")))
        QTest::mouseClick(saveButton, Qt::LeftButton);
    ok = report(!plan->hasUnsavedChanges(), QStringLiteral("the plan saved")) && ok;

    // Offline with the changes waiting: Sync details.
    window.showSyncDetails();
    ok = save(window.syncDetails(), out, QStringLiteral("guide-sync-details.png")) && ok;
    window.syncDetails()->close();

    // Back to the caseload, then Ctrl+L locks.
    QApplication::setActiveWindow(&window);
    if (auto* back = window.findChild<QPushButton*>(QStringLiteral("backToCaseloadButton")))
        QTest::mouseClick(back, Qt::LeftButton);
    ok = report(!window.workArea()->recordView()->isVisible(), QStringLiteral("back to the caseload")) && ok;
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_L));
    return save(&window, out, QStringLiteral("guide-lock.png")) && ok;
}

bool supervisorShots(ui::MainWindow& window, const QDir& out)
{
    bool ok = true;
    QMenu* caseMenu = openMenu(window, QStringLiteral("Caseload"));
    ok = caseMenu && saveScreen(out, QStringLiteral("guide-caseload-menu.png")) && ok;
    if (caseMenu)
        caseMenu->close();
    QApplication::setActiveWindow(&window);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    ui::DashboardView* dashboard = window.workArea()->dashboardView();
    if (!dashboard || !QTest::qWaitFor([dashboard] { return !dashboard->isLoading(); }, 30000))
        return false;
    dashboard->tabs()->setCurrentIndex(1); // Overdue work
    return save(&window, out, QStringLiteral("guide-dashboard.png")) && ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: trellis_guide_screenshots OUTDIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QApplication::setOrganizationName(QStringLiteral("Trellis")); // the program's own preferences file
    QApplication::setApplicationName(QStringLiteral("Trellis"));
    settings::Translations::installFromPreferences();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo-caseload.trellis"));
    if (!report(prepareStore(path), QStringLiteral("the demo store")))
        return 1;

    ManualClock clock(QDateTime(QDate(2026, 11, 27), QTime(10, 30), Qt::UTC));
    Session session(path, clock, kLogin);
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.move(0, 0);
    window.show();
    QApplication::setActiveWindow(&window); // shortcuts reach only the active window
    if (!QTest::qWaitForWindowExposed(&window) || !report(unlock(window, session), QStringLiteral("unlock")))
        return 1;
    bool ok = caseworkerShots(window, out);

    // The same laptop after the central store has said its login is a supervisor's.
    if (!report(!session.isUnlocked() && setRole(path, QStringLiteral("supervisor")), QStringLiteral("the role")) ||
        !report(unlock(window, session), QStringLiteral("unlock as a supervisor")))
        return 1;
    ok = supervisorShots(window, out) && ok;
    session.lock();
    return ok ? 0 : 1;
}
