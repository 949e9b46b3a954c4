// Issue 5's desktop scenarios end to end: real main windows over real encrypted stores, a real
// PostgreSQL 15 (tests/support/PgTestServer, verified TLS), every sync started as the worker
// would (F5), never by calling the engine. A worker edits offline and sees the record go from
// waiting to synced; two workers change the same safety-plan field and settle it in the conflict
// inbox; a supervisor moves a young person and the first worker's laptop purges them only after
// pushing the edit it still held. At every step the status bar must not claim "synced" while the
// outbox holds a change. Every login, name and id is fictional.
//
// With TRELLIS_SCREENSHOT_DIR set it also saves the sync screenshots of docs/screenshots.

#include "CentralFixture.h"
#include "SyncOptionsSupport.h"
#include "TestStore.h"

#include "MainWindow.h"
#include "WorkArea.h"
#include "caseload/CaseloadView.h"
#include "domain/Entities.h"
#include "domain/Record.h"
#include "record/RecordHeader.h"
#include "record/RecordView.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "session/SyncService.h"
#include "store/RecordRepository.h"
#include "store/RecordWriter.h"
#include "sync/CentralAccount.h"
#include "sync/ConflictInboxView.h"
#include "sync/ConnectionSettingsDialog.h"
#include "sync/JoinProgressDialog.h"
#include "sync/ReallocateDialog.h"
#include "sync/ReallocationAction.h"
#include "sync/RejectedChangesView.h"
#include "sync/SyncDetailDialog.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStatusBar.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::world;
using domain::Record;

namespace {

constexpr int kSyncMs = 60000; // an upper bound for waits, never a duration the test relies on
const QString kPlan = QStringLiteral("safety_plan");
const QString kOwnWords = QStringLiteral("own_words");
const QString kLibrary = QStringLiteral("I go to the library.");
const QString kAunt = QStringLiteral("I go to the library or call my aunt.");
const QString kClub = QStringLiteral("I go to the youth club.");

QString yp(int n)
{
    return fictionalId("d7000000", n);
}
QString rec(int n)
{
    return fictionalId("e8000000", n);
}

// A worker's laptop: its store, its session and its window.
struct Desk {
    TestWorker worker;
    TestStore store;
    std::unique_ptr<Session> session;
    std::unique_ptr<ui::MainWindow> window;
    QStringList told; // what the window told the worker about young people who left
    Database& db() const { return *session->database(); }
};

void saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("TRELLIS_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QTest::qWait(100);
    if (!widget->grab().save(QDir(dir).filePath(name)))
        qWarning("could not save %s", qPrintable(name));
}

} // namespace

class TestSyncDesktop : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void offlineEditWaitsThenSyncs();
    void twoWorkersSettleAClashInTheirWindows();
    void supervisorMovesAYoungPersonAfterTheEditIsPushed();
    void lockPutsAwayWhatShowsAYoungPerson();
    void storedPasswordGoesOnlyToItsOwnConnection();

private:
    std::unique_ptr<Desk> desk(const TestWorker& worker);
    // F5 in the window, then wait for the sync to end; true when it succeeded.
    bool pressF5(Desk& desk, QString* error = nullptr);
    QString statusBarSays(Desk& desk);
    QString headerSays(Desk& desk, const QString& youngPersonId);
    // The status bar must never say everything is synced while the outbox holds a change.
    void checkHonest(Desk& desk);
    Record stored(Desk& desk, const QString& entity, const QString& id);
    void save(Desk& desk, Record record);

    CentralFixture m_fixture;
    QHash<QString, QString> m_workerIds;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(10, 42), Qt::UTC)};
};

void TestSyncDesktop::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.startWithWorkers(&m_workerIds, &error), qPrintable(error));
    for (int n = 1; n <= 3; ++n) {
        QVERIFY2(m_fixture.insertYoungPerson(kDb, yp(n), QStringLiteral("SD-%1").arg(n), &error), qPrintable(error));
        const CtlRun assigned = m_fixture.central({QStringLiteral("assign"), yp(n), kAsh.login});
        QVERIFY2(assigned.code == 0, assigned.said());
        QVERIFY2(m_fixture.insertRecord(kDb, kPlan, rec(n),
                                        {{QStringLiteral("young_person_id"), yp(n)},
                                         {QStringLiteral("version"), QStringLiteral("1")},
                                         {QStringLiteral("status"), QStringLiteral("draft")},
                                         {kOwnWords, kLibrary}},
                                        &error),
                 qPrintable(error));
    }
    // The central clock decides whether an edit was made before a move: keep the laptops' with it.
    const QStringList now = column(*m_fixture.admin(kDb), QStringLiteral("SELECT to_json(now())#>>'{}'"));
    QCOMPARE(now.size(), 1);
    m_clock.set(QDateTime::fromString(now.first(), Qt::ISODateWithMs));
    QVERIFY(m_clock.now().isValid());
}

std::unique_ptr<Desk> TestSyncDesktop::desk(const TestWorker& worker)
{
    auto made = std::make_unique<Desk>();
    made->worker = worker;
    made->session = std::make_unique<Session>(made->store.path(), m_clock, worker.login);
    made->session->setSyncOptions(test::syncOnlyWhenAsked());
    if (!made->session->create(testPassphrase()).ok())
        return nullptr;
    sync::CentralAccount::Account account;
    account.url = m_fixture.server().url(worker.login, kDb);
    account.caFile = m_fixture.server().caFile();
    account.password = Passphrase::fromString(worker.password);
    if (!sync::CentralAccount(made->db()).store(account, worker.login, m_clock.now()).ok())
        return nullptr;
    made->session->syncService()->accountChanged();
    made->window = std::make_unique<ui::MainWindow>(*made->session);
    Desk* raw = made.get();
    made->window->setPurgeTeller([raw](const QString& message) { raw->told << message; });
    made->window->resize(1366, 768);
    made->window->show();
    if (!QTest::qWaitForWindowExposed(made->window.get()))
        return nullptr;
    return made;
}

bool TestSyncDesktop::pressF5(Desk& desk, QString* error)
{
    SyncService* service = desk.session->syncService();
    QSignalSpy finished(service, &SyncService::finished);
    QSignalSpy failed(service, &SyncService::failed);
    // The worker's window is the active one (a dialog that closed, or another worker's window,
    // may have taken that away): F5 belongs to the window in front.
    desk.window->activateWindow();
    QApplication::setActiveWindow(desk.window.get());
    if (!QTest::qWaitForWindowActive(desk.window.get()))
        return false;
    QTest::keyClick(desk.window.get(), Qt::Key_F5);
    checkHonest(desk); // also while it runs
    if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, kSyncMs))
        return false;
    QTest::qWait(0); // the window's own slots for the same signal
    if (!failed.isEmpty() && error)
        *error = failed.first().first().value<sync::SyncError>().message;
    checkHonest(desk);
    return failed.isEmpty();
}

QString TestSyncDesktop::statusBarSays(Desk& desk)
{
    desk.window->syncStatusBar()->refresh();
    return desk.window->syncStatusBar()->summary();
}

QString TestSyncDesktop::headerSays(Desk& desk, const QString& youngPersonId)
{
    ui::WorkArea* work = desk.window->workArea();
    if (work->place().youngPersonId != youngPersonId && !work->openRecord(youngPersonId))
        return QStringLiteral("(record not opened)");
    return work->recordView()->header()->syncText();
}

void TestSyncDesktop::checkHonest(Desk& desk)
{
    const qint64 pending = count(desk.db(), QStringLiteral("SELECT count(*) FROM outbox"));
    const QString says = statusBarSays(desk);
    if (pending > 0) {
        QVERIFY2(!says.contains(QStringLiteral("All changes synced")), qPrintable(says));
        QVERIFY2(says.contains(QStringLiteral("waiting")), qPrintable(says));
    }
}

Record TestSyncDesktop::stored(Desk& desk, const QString& entity, const QString& id)
{
    auto found = RecordRepository(desk.db()).findStored(domain::Entities::get(entity), id);
    if (!found.ok() || !found.value())
        return Record(domain::Entities::get(entity));
    return found.value()->record;
}

void TestSyncDesktop::save(Desk& desk, Record record)
{
    auto saved = RecordWriter(desk.db(), desk.worker.login).save(record, false, m_clock.now());
    QVERIFY2(saved.ok() && saved.value().saved, saved.ok() ? "not valid" : qPrintable(saved.error().message));
    desk.window->workArea()->refresh();
}

void TestSyncDesktop::offlineEditWaitsThenSyncs()
{
    auto ash = desk(kAsh);
    QVERIFY(ash);
    // The connection as the worker set it up (the password stays in the encrypted store).
    ash->window->showConnectionSettings();
    QVERIFY(ash->window->connectionSettings());
    saveShot(ash->window->connectionSettings(), QStringLiteral("sync-connection-settings.png"));
    ash->window->connectionSettings()->close();

    // Joining: the progress shows while the caseload arrives. The sync thread waits at its first
    // pulled page until the window has been pictured.
    SyncService* service = ash->session->syncService();
    QSemaphore pictured;
    bool held = false;
    service->setProgressHookForTests([&](const QString& phase, qint64 done) {
        if (phase != QLatin1String("pull") || done == 0 || held)
            return;
        held = true;
        QMetaObject::invokeMethod(ash->window.get(), [&] {
            QVERIFY(ash->window->joinProgress());
            QVERIFY(ash->window->joinProgress()->isVisible());
            // Connected and pulling: online, not yet synced.
            const QString says = statusBarSays(*ash);
            QVERIFY2(says.startsWith(QStringLiteral("Online")) && says.contains(QStringLiteral("Never synced")),
                     qPrintable(says));
            saveShot(ash->window->joinProgress(), QStringLiteral("sync-joining.png"));
            saveShot(ash->window->statusBar(), QStringLiteral("status-syncing.png"));
            pictured.release();
        });
        pictured.acquire();
    });
    QString error;
    QVERIFY2(pressF5(*ash, &error), qPrintable(error));
    QVERIFY(held);
    service->setProgressHookForTests({});
    QCOMPARE(count(ash->db(), QStringLiteral("SELECT count(*) FROM young_person")), qint64(3));
    QVERIFY2(statusBarSays(*ash).contains(QStringLiteral("All changes synced")), qPrintable(statusBarSays(*ash)));
    QCOMPARE(headerSays(*ash, yp(1)), QStringLiteral("Synced"));
    saveShot(ash->window->statusBar(), QStringLiteral("status-synced.png"));

    // The laptop goes offline; the worker edits the plan anyway.
    QVERIFY2(m_fixture.goOffline(&error), qPrintable(error));
    Record plan = stored(*ash, kPlan, rec(1));
    plan.set(kOwnWords, kAunt);
    save(*ash, plan);
    QCOMPARE(headerSays(*ash, yp(1)), QStringLiteral("Waiting to sync"));
    checkHonest(*ash);
    QVERIFY(!pressF5(*ash, &error));
    QCOMPARE(service->state(), SyncService::State::Offline);
    QVERIFY2(statusBarSays(*ash).startsWith(QStringLiteral("Offline")), qPrintable(statusBarSays(*ash)));
    QVERIFY2(statusBarSays(*ash).contains(QStringLiteral("1 change waiting")), qPrintable(statusBarSays(*ash)));
    QCOMPARE(headerSays(*ash, yp(1)), QStringLiteral("Waiting to sync"));
    saveShot(ash->window->statusBar(), QStringLiteral("status-offline-waiting.png"));
    saveShot(ash->window.get(), QStringLiteral("sync-offline-record.png"));

    // Back online: the next F5 takes it, and the record says so.
    QVERIFY2(m_fixture.comeBackOnline(&error), qPrintable(error));
    QVERIFY2(pressF5(*ash, &error), qPrintable(error));
    QCOMPARE(service->state(), SyncService::State::Online);
    QCOMPARE(count(ash->db(), QStringLiteral("SELECT count(*) FROM outbox")), qint64(0));
    QCOMPARE(headerSays(*ash, yp(1)), QStringLiteral("Synced"));
    QVERIFY2(statusBarSays(*ash).contains(QStringLiteral("All changes synced")), qPrintable(statusBarSays(*ash)));
    QCOMPARE(column(*m_fixture.admin(kDb), QStringLiteral("SELECT own_words FROM trellis.safety_plan WHERE id = $1"),
                    {rec(1)}),
             QStringList{kAunt});
}

void TestSyncDesktop::twoWorkersSettleAClashInTheirWindows()
{
    auto ash = desk(kAsh);
    auto hazel = desk(kHazel); // Ash's supervisor: sees and may edit the same plan
    QVERIFY(ash && hazel);
    QString error;
    QVERIFY2(pressF5(*ash, &error), qPrintable(error));
    QVERIFY2(pressF5(*hazel, &error), qPrintable(error));

    Record plan = stored(*ash, kPlan, rec(2));
    plan.set(kOwnWords, kAunt);
    save(*ash, plan);
    plan = stored(*hazel, kPlan, rec(2));
    plan.set(kOwnWords, kClub);
    save(*hazel, plan);
    QVERIFY2(pressF5(*ash, &error), qPrintable(error));   // Ash's words reach the central store first
    QVERIFY2(pressF5(*hazel, &error), qPrintable(error)); // Hazel's clash with them
    QVERIFY2(pressF5(*ash, &error), qPrintable(error));   // and Ash learns of the conflict

    for (Desk* each : {ash.get(), hazel.get()}) {
        QCOMPARE(headerSays(*each, yp(2)), QStringLiteral("In conflict \u2014 open the conflict inbox"));
        QVERIFY2(statusBarSays(*each).contains(QStringLiteral("1 conflict")), qPrintable(statusBarSays(*each)));
    }
    saveShot(hazel->window->statusBar(), QStringLiteral("status-conflict.png"));

    // Hazel opens the inbox from the record's header: both values, side by side, both authors.
    auto* ask =
        hazel->window->workArea()->recordView()->findChild<QAbstractButton*>(QStringLiteral("headerSyncAction"));
    QVERIFY(ask && ask->isVisible());
    ask->click();
    ui::SyncDetailDialog* details = hazel->window->syncDetails();
    QVERIFY(details && details->isVisible());
    auto* inbox = details->findChild<ui::ConflictInboxView*>();
    QVERIFY(inbox);
    QCOMPARE(details->tabs()->currentWidget(), static_cast<QWidget*>(inbox));
    QCOMPARE(inbox->count(), 1);
    const QString detail = inbox->detailText();
    for (const QString& expected : {kLibrary, kAunt, kClub, kAsh.login, kHazel.login, QStringLiteral("My value"),
                                    QStringLiteral("Their value"), QStringLiteral("Before both changes")})
        QVERIFY2(detail.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + detail));
    details->resize(1100, 640);
    saveShot(details, QStringLiteral("sync-conflict-inbox.png"));

    // Hazel keeps Ash's words; the resolution waits, then syncs to both like any edit.
    auto* keepTheirs = inbox->findChild<QAbstractButton*>(QStringLiteral("conflictSecondKeep"));
    QVERIFY(keepTheirs);
    keepTheirs->click();
    QCOMPARE(inbox->count(), 0);
    QCOMPARE(headerSays(*hazel, yp(2)), QStringLiteral("Waiting to sync"));
    checkHonest(*hazel);
    details->close();
    QVERIFY2(pressF5(*hazel, &error), qPrintable(error));
    QVERIFY2(pressF5(*ash, &error), qPrintable(error));
    for (Desk* each : {ash.get(), hazel.get()}) {
        QCOMPARE(stored(*each, kPlan, rec(2)).text(kOwnWords), kAunt);
        QCOMPARE(headerSays(*each, yp(2)), QStringLiteral("Synced"));
        QVERIFY2(statusBarSays(*each).contains(QStringLiteral("All changes synced")), qPrintable(statusBarSays(*each)));
    }
    QCOMPARE(
        column(*m_fixture.admin(kDb),
               QStringLiteral("SELECT status || ' ' || resolved_by FROM trellis.change_conflict WHERE record_id = $1"),
               {rec(2)}),
        QStringList{QStringLiteral("resolved ") + kHazel.login});
}

void TestSyncDesktop::supervisorMovesAYoungPersonAfterTheEditIsPushed()
{
    auto ash = desk(kAsh);
    auto hazel = desk(kHazel);
    auto bay = desk(kBay);
    QVERIFY(ash && hazel && bay);
    QString error;
    for (Desk* each : {ash.get(), hazel.get(), bay.get()})
        QVERIFY2(pressF5(*each, &error), qPrintable(error));
    // The role the central store gave at the sync decides who is offered the move.
    QVERIFY(hazel->window->reallocation()->action()->isVisible());
    QVERIFY(!ash->window->reallocation()->action()->isVisible());
    auto caseMenu = [](Desk& desk) { return desk.window->findChild<QMenu*>(QStringLiteral("caseloadMenu")); };
    QVERIFY(caseMenu(*hazel)->menuAction()->isVisible());
    QVERIFY(!caseMenu(*ash)->menuAction()->isVisible()); // a caseworker gets no empty menu

    // Ash changes the plan offline; meanwhile Hazel moves the young person to Bay.
    Record plan = stored(*ash, kPlan, rec(3));
    plan.set(kOwnWords, kAunt);
    save(*ash, plan);
    QVERIFY(hazel->window->workArea()->caseloadView()->selectId(yp(3)));
    hazel->window->reallocation()->action()->trigger();
    ui::ReallocateDialog* dialog = hazel->window->reallocation()->dialog();
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &ui::ReallocateDialog::workersLoaded);
    QVERIFY(loaded.count() > 0 || loaded.wait(kSyncMs));
    dialog->setConfirmation([](const QString&) { return true; });
    auto* workers = dialog->findChild<QTreeWidget*>(QStringLiteral("workers"));
    QTreeWidgetItem* bayRow = nullptr;
    for (int i = 0; i < workers->topLevelItemCount(); ++i)
        if (workers->topLevelItem(i)->text(0).startsWith(kBay.name))
            bayRow = workers->topLevelItem(i);
    QVERIFY(bayRow);
    bayRow->setSelected(true);
    QSignalSpy moved(dialog, &ui::ReallocateDialog::reallocated);
    QSignalSpy hazelSynced(hazel->session->syncService(), &SyncService::finished);
    dialog->findChild<QAbstractButton*>(QStringLiteral("move"))->click();
    QVERIFY(moved.count() > 0 || moved.wait(kSyncMs));
    QVERIFY(hazelSynced.count() > 0 || hazelSynced.wait(kSyncMs)); // the move syncs Hazel's laptop
    dialog->close();

    // Ash's next sync first pushes the edit, then removes the young person and says who left.
    QVERIFY2(pressF5(*ash, &error), qPrintable(error));
    QCOMPARE(count(ash->db(), QStringLiteral("SELECT count(*) FROM young_person WHERE id = ?1"), {yp(3)}), qint64(0));
    QCOMPARE(count(ash->db(), QStringLiteral("SELECT count(*) FROM safety_plan WHERE id = ?1"), {rec(3)}), qint64(0));
    QCOMPARE(count(ash->db(), QStringLiteral("SELECT count(*) FROM outbox")), qint64(0));
    QCOMPARE(ash->told.size(), 1);
    QVERIFY2(ash->told.first().contains(QStringLiteral("is no longer on your caseload")),
             qPrintable(ash->told.first()));
    QCOMPARE(column(*m_fixture.admin(kDb), QStringLiteral("SELECT own_words FROM trellis.safety_plan WHERE id = $1"),
                    {rec(3)}),
             QStringList{kAunt});
    // Bay's laptop receives the young person with Ash's edit.
    QVERIFY2(pressF5(*bay, &error), qPrintable(error));
    QCOMPARE(stored(*bay, kPlan, rec(3)).text(kOwnWords), kAunt);
    QCOMPARE(headerSays(*bay, yp(3)), QStringLiteral("Synced"));
}

// Locking hides everything that may show a young person at once (before it waits for a sync to
// stop): the move dialog with the name and the team, and values copied from a refused change
// leave the clipboard (found in review).
void TestSyncDesktop::lockPutsAwayWhatShowsAYoungPerson()
{
    auto hazel = desk(kHazel);
    QVERIFY(hazel);
    QString error;
    QVERIFY2(pressF5(*hazel, &error), qPrintable(error));
    QVERIFY(hazel->window->workArea()->caseloadView()->selectId(yp(1)));
    hazel->window->reallocation()->action()->trigger();
    QPointer<ui::ReallocateDialog> dialog = hazel->window->reallocation()->dialog();
    QVERIFY(dialog && dialog->isVisible());

    QVERIFY(
        execBound(hazel->db(),
                  QStringLiteral("INSERT INTO sync_rejected (change_id, entity, record_id, young_person_id, op, "
                                 "change, reason, rejected_at) VALUES (?1, 'safety_plan', ?2, ?3, 'update', "
                                 "?4, 'field review_date: not a valid date', '2026-11-27T10:01:00Z')"),
                  {fictionalId("d7300000", 1), rec(1), yp(1),
                   QStringLiteral(
                       "{\"fields\": {\"own_words\": {\"base\": \"a\", \"new\": \"I go to the fictional park.\"}}}")}));
    hazel->window->showSyncDetails(QStringLiteral("rejectedChangesPage"));
    auto* refused = hazel->window->syncDetails()->findChild<ui::RejectedChangesView*>();
    QVERIFY(refused && refused->count() == 1);
    refused->copyMyValues();
    QVERIFY(!QApplication::clipboard()->text().isEmpty());

    QSignalSpy covered(hazel->session.get(), &Session::lockStarting);
    hazel->session->lock();
    QCOMPARE(covered.count(), 1);
    QVERIFY(!dialog || !dialog->isVisible());
    QVERIFY(!hazel->window->syncDetails());
    QVERIFY(QApplication::clipboard()->text().isEmpty());
    // Something the worker copied elsewhere afterwards is not touched by a later lock.
    QApplication::clipboard()->setText(QStringLiteral("not Trellis's"));
    QVERIFY(hazel->session->unlock(testPassphrase()).ok());
    hazel->session->lock();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("not Trellis's"));
}

// The password kept for a connection is never sent to another one typed into the settings (a
// server that is not the one it was stored for would receive it): with another CA file and no
// password typed, the test connects without one and the server refuses (found in review).
void TestSyncDesktop::storedPasswordGoesOnlyToItsOwnConnection()
{
    auto ash = desk(kAsh);
    QVERIFY(ash);
    ash->window->showConnectionSettings();
    ui::ConnectionSettingsDialog* settings = ash->window->connectionSettings();
    QVERIFY(settings);
    QSignalSpy tested(settings, &ui::ConnectionSettingsDialog::tested);
    auto* test = settings->findChild<QAbstractButton*>(QStringLiteral("testConnectionButton"));
    test->click();
    QVERIFY(tested.count() > 0 || tested.wait(kSyncMs));
    QCOMPARE(settings->testResult(), QStringLiteral("Connected")); // its own connection: the stored password

    const QString copy = QFileInfo(ash->store.path()).dir().filePath(QStringLiteral("other-ca.crt"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(m_fixture.server().caFile(), copy));
    settings->findChild<QLineEdit*>(QStringLiteral("caFileInput"))->setText(copy);
    test->click();
    QVERIFY(tested.count() > 1 || tested.wait(kSyncMs));
    QVERIFY2(settings->testResult().contains(QStringLiteral("password")), qPrintable(settings->testResult()));
    settings->close();
    QFile::remove(copy);

    // A refused password is not "Offline": waiting for the network would not help.
    sync::CentralAccount::Account wrong;
    wrong.url = m_fixture.server().url(kAsh.login, kDb);
    wrong.caFile = m_fixture.server().caFile();
    wrong.password = Passphrase::fromString(QStringLiteral("not-ash-s-password"));
    QVERIFY(sync::CentralAccount(ash->db()).store(wrong, kAsh.login, m_clock.now()).ok());
    QString error;
    QVERIFY(!pressF5(*ash, &error));
    QVERIFY2(statusBarSays(*ash).startsWith(QStringLiteral("Cannot sync (see Sync details)")),
             qPrintable(statusBarSays(*ash)));
}

QTEST_MAIN(TestSyncDesktop)
#include "tst_sync_desktop.moc"
