// The desktop's sync against a real PostgreSQL 15 (tests/support/PgTestServer, verified TLS):
// the connection settings dialog, F5, the status bar, joining with Cancel, and locking during a
// sync. Every login, name and id is fictional. Functions run in order; the last one stops the
// server.

#include "CentralFixture.h"
#include "SyncOptionsSupport.h"
#include "TestStore.h"

#include "MainWindow.h"
#include "WorkArea.h"
#include "domain/Entities.h"
#include "domain/Record.h"
#include "record/RecordView.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "session/SyncCounts.h"
#include "session/SyncService.h"
#include "store/RecordWriter.h"
#include "sync/CentralAccount.h"
#include "sync/ConflictInboxView.h"
#include "sync/ConnectionSettingsDialog.h"
#include "sync/JoinProgressDialog.h"
#include "sync/SyncDetailDialog.h"
#include "sync/SyncEngine.h"
#include "sync/SyncStatusBar.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::world;

namespace {

constexpr int kYoungPeople = 12;
constexpr int kSyncMs = 60000; // an upper bound for QTRY, never a duration the test relies on

QString yp(int n)
{
    return fictionalId("d6000000", n);
}
QString contactId(int n)
{
    return fictionalId("d6100000", n);
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

qint64 youngPeopleHeld(Database& db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM young_person"));
}
qint64 waiting(Database& db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM outbox"));
}

// Ash logs a fictional outreach contact, `secondsAgo` before now, as the contact log would.
bool logContact(Database& db, const QString& id, const QString& youngPersonId, const QDateTime& now, int secondsAgo,
                int minutes, const QString& summary)
{
    domain::Record contact(domain::Entities::get(QStringLiteral("contact")));
    contact.set(QStringLiteral("id"), id);
    contact.set(QStringLiteral("young_person_id"), youngPersonId);
    contact.set(QStringLiteral("occurred_at"), now.addSecs(-secondsAgo));
    contact.set(QStringLiteral("duration_minutes"), minutes);
    contact.set(QStringLiteral("kind"), QStringLiteral("outreach"));
    contact.set(QStringLiteral("attendance"), QStringLiteral("attended"));
    contact.set(QStringLiteral("summary"), summary);
    auto saved = RecordWriter(db, kAsh.login).save(contact, true, now);
    return saved.ok() && saved.value().saved;
}

} // namespace

class TestSyncService : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void statusWordsSayWhenAndNeverClaimSynced();
    void settingsDialogTestsAndSavesAgainstTheServer();
    void settingsDialogTabsTopToBottomAndWarnsWithoutEncryption();
    void settingsDialogNamesADisabledAccount();
    void f5SyncsWithoutBlockingAndTheStatusBarTellsTheTruth();
    void cancelDuringJoinKeepsWhatArrivedAndTheNextSyncCompletes();
    void lockDuringSyncStopsItSafely();
    void aSaveIsFollowedByASync();
    void purgedOpenRecordGoesBackToTheCaseload();
    void f5WithoutAnAccountOpensTheConnectionSettings();
    void conflictsAndRejectionsAreCountedAndShownInDetail();
    void stoppedServerIsNamedAndMarksOffline();

private:
    // A new laptop for `worker`: a new store, unlocked, with the account stored.
    std::unique_ptr<Session> laptop(TestStore& store, const TestWorker& worker, SyncService::Options options);
    void storeAccount(Database& db, const TestWorker& worker);
    // The status bar must never say everything is synced while the outbox holds a change.
    void checkHonest(ui::MainWindow& window, Database& db);

    CentralFixture m_fixture;
    QHash<QString, QString> m_workerIds;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(10, 42), Qt::UTC)};
};

void TestSyncService::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.startWithWorkers(&m_workerIds, &error), qPrintable(error));
    for (int n = 1; n <= kYoungPeople; ++n) {
        QVERIFY2(m_fixture.insertYoungPerson(kDb, yp(n), QStringLiteral("DS-%1").arg(n), &error), qPrintable(error));
        const CtlRun assigned = m_fixture.central({QStringLiteral("assign"), yp(n), kAsh.login});
        QVERIFY2(assigned.code == 0, assigned.said());
    }
}

std::unique_ptr<Session> TestSyncService::laptop(TestStore& store, const TestWorker& worker,
                                                 SyncService::Options options)
{
    auto session = std::make_unique<Session>(store.path(), m_clock, worker.login);
    session->setSyncOptions(options);
    auto created = session->create(testPassphrase());
    if (!created.ok()) {
        qWarning("store not created: %s", qPrintable(created.error().message));
        return nullptr;
    }
    storeAccount(*session->database(), worker);
    return session;
}

void TestSyncService::storeAccount(Database& db, const TestWorker& worker)
{
    sync::CentralAccount::Account account;
    account.url = m_fixture.server().url(worker.login, kDb);
    account.caFile = m_fixture.server().caFile();
    account.password = Passphrase::fromString(worker.password);
    auto stored = sync::CentralAccount(db).store(account, worker.login, m_clock.now());
    QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
}

void TestSyncService::checkHonest(ui::MainWindow& window, Database& db)
{
    auto* bar = window.syncStatusBar();
    QVERIFY(bar);
    bar->refresh();
    const qint64 pending = waiting(db);
    QVERIFY(pending >= 0);
    if (pending > 0) {
        QVERIFY2(!bar->summary().contains(QStringLiteral("All changes synced")), qPrintable(bar->summary()));
        QVERIFY2(bar->summary().contains(QStringLiteral("waiting")), qPrintable(bar->summary()));
    }
}

void TestSyncService::statusWordsSayWhenAndNeverClaimSynced()
{
    QCOMPARE(ui::SyncStatusBar::lastSyncedWords(std::nullopt, m_clock), QStringLiteral("Never synced"));
    const QDateTime earlier = m_clock.now().addSecs(-3600);
    QCOMPARE(ui::SyncStatusBar::lastSyncedWords(earlier, m_clock),
             QStringLiteral("Last synced today %1").arg(earlier.toLocalTime().toString(QStringLiteral("HH:mm"))));
    QVERIFY(ui::SyncStatusBar::lastSyncedWords(earlier.addDays(-3), m_clock).contains(QStringLiteral("2026")));
    QCOMPARE(ui::MainWindow::purgedMessage({QStringLiteral("Robin Example"), QStringLiteral("Sky Sample")}),
             QStringLiteral("Robin Example is no longer on your caseload. Their record has been removed from this "
                            "laptop.\nSky Sample is no longer on your caseload. Their record has been removed "
                            "from this laptop."));
}

void TestSyncService::settingsDialogTestsAndSavesAgainstTheServer()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    ui::ConnectionSettingsDialog dialog(*db, m_clock, kBay.login);
    QVERIFY(!child<QCheckBox>(dialog, "insecureCheck")->isChecked()); // encryption is the default
    child<QLineEdit>(dialog, "serverInput")->setText(m_fixture.server().host());
    child<QSpinBox>(dialog, "portInput")->setValue(m_fixture.server().port());
    child<QLineEdit>(dialog, "databaseInput")->setText(kDb);
    child<QLineEdit>(dialog, "loginInput")->setText(kBay.login);
    child<QLineEdit>(dialog, "caFileInput")->setText(m_fixture.server().caFile());
    for (auto* input : dialog.findChildren<QLineEdit*>()) {
        if (qobject_cast<QSpinBox*>(input->parent()))
            continue; // the spin box's own editor; the spin box carries the name
        QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
    }
    QVERIFY(!child<QSpinBox>(dialog, "portInput")->accessibleName().isEmpty());

    // Without a password it says so beside the field, and does not try.
    QVERIFY(!dialog.save());
    QVERIFY(child<QLabel>(dialog, "passwordProblem")->isVisibleTo(&dialog));

    QSignalSpy tested(&dialog, &ui::ConnectionSettingsDialog::tested);
    child<QLineEdit>(dialog, "passwordInput")->setText(QStringLiteral("not-the-password"));
    QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, kSyncMs);
    QVERIFY2(dialog.testResult().contains(QStringLiteral("refused the login or password")),
             qPrintable(dialog.testResult()));

    child<QLineEdit>(dialog, "passwordInput")->setText(kBay.password);
    QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, kSyncMs);
    QCOMPARE(dialog.testResult(), QStringLiteral("Connected"));

    // A CA that signed nothing this server has: named as untrusted.
    child<QLineEdit>(dialog, "caFileInput")->setText(m_fixture.server().untrustedCaFile());
    QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 3, kSyncMs);
    QVERIFY2(dialog.testResult().contains(QStringLiteral("not trusted")), qPrintable(dialog.testResult()));
    child<QLineEdit>(dialog, "caFileInput")->setText(m_fixture.server().caFile());

    QVERIFY(dialog.save());
    auto loaded = sync::CentralAccount(*db).load();
    QVERIFY(loaded.ok() && loaded.value());
    QCOMPARE(sync::CentralAccount::loginOf(loaded.value()->url), kBay.login);
    QVERIFY(!loaded.value()->url.contains(kBay.password));
    QCOMPARE(QByteArray(loaded.value()->password.data(), loaded.value()->password.size()), kBay.password.toUtf8());

    // Opened again: everything but the password's bytes is shown; the password stays stored.
    ui::ConnectionSettingsDialog again(*db, m_clock, kBay.login);
    QCOMPARE(child<QLineEdit>(again, "loginInput")->text(), kBay.login);
    QCOMPARE(child<QSpinBox>(again, "portInput")->value(), m_fixture.server().port());
    QVERIFY(child<QLineEdit>(again, "passwordInput")->text().isEmpty());
    QVERIFY(child<QLineEdit>(again, "passwordInput")->placeholderText().contains(QStringLiteral("stored")));
    QSignalSpy testedAgain(&again, &ui::ConnectionSettingsDialog::tested);
    QTest::mouseClick(child<QPushButton>(again, "testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(testedAgain.count(), 1, kSyncMs);
    QCOMPARE(again.testResult(), QStringLiteral("Connected"));
}

void TestSyncService::settingsDialogTabsTopToBottomAndWarnsWithoutEncryption()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    ui::ConnectionSettingsDialog dialog(*db, m_clock, kBay.login);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    child<QLineEdit>(dialog, "serverInput")->setFocus();
    QStringList order;
    for (int i = 0; i < 9; ++i) {
        QWidget* focused = QApplication::focusWidget();
        QVERIFY(focused);
        if (qobject_cast<QSpinBox*>(focused->parentWidget()))
            focused = focused->parentWidget();
        order << focused->objectName();
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    QCOMPARE(order, (QStringList{"serverInput", "portInput", "databaseInput", "loginInput", "passwordInput",
                                 "caFileInput", "caFileBrowseButton", "insecureCheck", "testConnectionButton"}));

    auto* warning = child<QLabel>(dialog, "insecureWarning");
    QVERIFY(!warning->isVisible());
    child<QCheckBox>(dialog, "insecureCheck")->setChecked(true);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("never for real records")));
    QVERIFY(!child<QLineEdit>(dialog, "caFileInput")->isEnabled());
}

void TestSyncService::settingsDialogNamesADisabledAccount()
{
    const CtlRun deactivated = m_fixture.central({QStringLiteral("deactivate-worker"), kDale.login});
    QVERIFY2(deactivated.code == 0, deactivated.said());
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    ui::ConnectionSettingsDialog dialog(*db, m_clock, kDale.login);
    child<QLineEdit>(dialog, "serverInput")->setText(m_fixture.server().host());
    child<QSpinBox>(dialog, "portInput")->setValue(m_fixture.server().port());
    child<QLineEdit>(dialog, "loginInput")->setText(kDale.login);
    child<QLineEdit>(dialog, "passwordInput")->setText(kDale.password);
    child<QLineEdit>(dialog, "caFileInput")->setText(m_fixture.server().caFile());
    QSignalSpy tested(&dialog, &ui::ConnectionSettingsDialog::tested);
    QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, kSyncMs);
    QVERIFY2(dialog.testResult().contains(QStringLiteral("disabled")), qPrintable(dialog.testResult()));
}

void TestSyncService::f5SyncsWithoutBlockingAndTheStatusBarTellsTheTruth()
{
    TestStore store;
    SyncService::Options options = test::syncOnlyWhenAsked();
    auto session = laptop(store, kAsh, options);
    QVERIFY(session);
    ui::MainWindow window(*session);
    window.setPurgeTeller([](const QString&) {});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SyncService* service = session->syncService();
    QVERIFY(service);
    Database& db = *session->database();
    checkHonest(window, db);
    QVERIFY(!window.syncStatusBar()->summary().contains(QStringLiteral("All changes synced")));

    QSignalSpy finished(service, &SyncService::finished);
    QSignalSpy failed(service, &SyncService::failed);
    QTest::keyClick(&window, Qt::Key_F5);
    // F5 came back while the sync still runs: its result can only arrive through the event
    // loop, which keeps turning (the status bar shows the progress and a Cancel button).
    QVERIFY(service->isRunning());
    QVERIFY(child<QPushButton>(window, "syncCancelButton")->isVisibleTo(&window));
    QVERIFY(window.joinProgress()); // a store that never synced: joining
    QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, kSyncMs);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().value<sync::SyncError>().message));
    QCOMPARE(youngPeopleHeld(db), qint64(kYoungPeople));
    QCOMPARE(service->state(), SyncService::State::Online);
    QTRY_VERIFY(!window.joinProgress()); // closed itself
    checkHonest(window, db);
    QVERIFY2(window.syncStatusBar()->summary().contains(QStringLiteral("Online")),
             qPrintable(window.syncStatusBar()->summary()));
    QVERIFY2(window.syncStatusBar()->summary().contains(QStringLiteral("All changes synced")),
             qPrintable(window.syncStatusBar()->summary()));

    // An edit: the status bar says it is waiting, and never that all is synced.
    QVERIFY(logContact(db, contactId(1), yp(1), m_clock.now(), 600, 30,
                       QStringLiteral("Fictional visit at the youth centre")));
    QCOMPARE(waiting(db), qint64(1));
    checkHonest(window, db);
    QVERIFY2(window.syncStatusBar()->summary().contains(QStringLiteral("1 change waiting")),
             qPrintable(window.syncStatusBar()->summary()));

    window.syncNowAction()->trigger();
    QVERIFY(service->isRunning());
    checkHonest(window, db);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kSyncMs);
    QCOMPARE(waiting(db), qint64(0));
    checkHonest(window, db);
    QVERIFY2(window.syncStatusBar()->summary().contains(QStringLiteral("All changes synced")),
             qPrintable(window.syncStatusBar()->summary()));
    QCOMPARE(m_fixture.admin(kDb)
                 ? column(*m_fixture.admin(kDb), QStringLiteral("SELECT count(*) FROM trellis.contact WHERE id = $1"),
                          {contactId(1)})
                 : QStringList(),
             QStringList{QStringLiteral("1")});
}

void TestSyncService::cancelDuringJoinKeepsWhatArrivedAndTheNextSyncCompletes()
{
    TestStore store;
    SyncService::Options options = test::syncOnlyWhenAsked();
    options.pullPageRows = 5; // several pages, so there is a page to stop after
    auto session = laptop(store, kAsh, options);
    QVERIFY(session);
    ui::MainWindow window(*session);
    window.setPurgeTeller([](const QString&) {});
    SyncService* service = session->syncService();
    Database& db = *session->database();

    // Cancel once the first page has been applied, as the worker would with the button: the sync
    // thread waits at that page's progress report until the click has been made.
    QSemaphore clicked;
    bool cancelled = false;
    service->setProgressHookForTests([&](const QString& phase, qint64 done) {
        if (phase != QLatin1String("pull") || done == 0 || cancelled)
            return;
        cancelled = true;
        QMetaObject::invokeMethod(&window, [&] { // on the GUI thread
            QTest::mouseClick(child<QPushButton>(*window.joinProgress(), "joinCancelButton"), Qt::LeftButton);
            clicked.release();
        });
        clicked.acquire();
    });
    QSignalSpy failed(service, &SyncService::failed);
    QSignalSpy finished(service, &SyncService::finished);
    QVERIFY(service->syncNow());
    QVERIFY(window.joinProgress());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count() + finished.count(), 1, kSyncMs);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<sync::SyncError>().kind, QStringLiteral("cancelled"));
    QVERIFY(service->lastWasCancelled());
    const qint64 kept = youngPeopleHeld(db);
    QVERIFY2(kept > 0 && kept < kYoungPeople, qPrintable(QString::number(kept)));

    QVERIFY(service->syncNow());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSyncMs);
    QCOMPARE(youngPeopleHeld(db), qint64(kYoungPeople));
}

void TestSyncService::lockDuringSyncStopsItSafely()
{
    TestStore store;
    SyncService::Options options = test::syncOnlyWhenAsked();
    options.pullPageRows = 5;
    auto session = laptop(store, kAsh, options);
    QVERIFY(session);
    {
        ui::MainWindow window(*session);
        window.setPurgeTeller([](const QString&) {});
        // Locked once the engine is pulling: from the event loop, as the idle lock would.
        bool pulling = false;
        connect(session->syncService(), &SyncService::progress, this, [&](const QString& phase) {
            if (phase == QLatin1String("pull") && !pulling) {
                pulling = true;
                QTimer::singleShot(0, session.get(), &Session::lock);
            }
        });
        QVERIFY(session->syncService()->syncNow());
        QTRY_VERIFY_WITH_TIMEOUT(!session->isUnlocked(), kSyncMs);
        QVERIFY(pulling);
        QVERIFY(!session->syncService());
        QVERIFY(!window.syncStatusBar());
    }
    // The store opens again, whole, and the next sync completes.
    QVERIFY(session->unlock(testPassphrase()).ok());
    QCOMPARE(count(*session->database(), QStringLiteral("SELECT count(*) FROM pragma_integrity_check "
                                                        "WHERE integrity_check <> 'ok'")),
             qint64(0));
    QSignalSpy finished(session->syncService(), &SyncService::finished);
    QVERIFY(session->syncService()->syncNow());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSyncMs);
    QCOMPARE(youngPeopleHeld(*session->database()), qint64(kYoungPeople));
}

void TestSyncService::aSaveIsFollowedByASync()
{
    TestStore store;
    SyncService::Options options = test::syncOnlyWhenAsked();
    options.afterSaveMs = 0; // "soon": the service's own timer, so the test waits on no clock
    auto session = laptop(store, kAsh, options);
    QVERIFY(session);
    ui::MainWindow window(*session);
    window.setPurgeTeller([](const QString&) {});
    SyncService* service = session->syncService();
    Database& db = *session->database();
    QSignalSpy finished(service, &SyncService::finished);
    QVERIFY(service->syncNow());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSyncMs);

    QVERIFY(logContact(db, contactId(2), yp(2), m_clock.now(), 900, 20, QStringLiteral("Fictional phone call")));
    checkHonest(window, db); // the poll sees the outbox grow and tells the service
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kSyncMs);
    QCOMPARE(waiting(db), qint64(0));
    checkHonest(window, db);
}

void TestSyncService::purgedOpenRecordGoesBackToTheCaseload()
{
    TestStore store;
    SyncService::Options options = test::syncOnlyWhenAsked();
    auto session = laptop(store, kAsh, options);
    QVERIFY(session);
    ui::MainWindow window(*session);
    QStringList told;
    window.setPurgeTeller([&told](const QString& message) { told << message; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SyncService* service = session->syncService();
    QSignalSpy finished(service, &SyncService::finished);
    QVERIFY(service->syncNow());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSyncMs);
    const QString leaving = yp(kYoungPeople);
    QVERIFY(window.workArea()->openRecord(leaving));
    QCOMPARE(window.workArea()->place().youngPersonId, leaving);

    const CtlRun moved = m_fixture.central({QStringLiteral("reassign"), leaving, kBay.login});
    QVERIFY2(moved.code == 0, moved.said());
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QWidget* typingIn = QApplication::focusWidget();
    QVERIFY(typingIn && window.workArea()->recordView()->isAncestorOf(typingIn));
    QTest::keyClick(typingIn, Qt::Key_F5); // F5 with the record open, wherever the focus is in it
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kSyncMs);
    QCOMPARE(count(*session->database(), QStringLiteral("SELECT count(*) FROM young_person WHERE id = ?1"), {leaving}),
             qint64(0));
    QVERIFY(window.workArea()->place().youngPersonId.isEmpty()); // back on the caseload
    QCOMPARE(told.size(), 1);
    QVERIFY2(told.first().contains(QStringLiteral("is no longer on your caseload")), qPrintable(told.first()));
    // Put back for the functions after this one.
    const CtlRun back = m_fixture.central({QStringLiteral("reassign"), leaving, kAsh.login});
    QVERIFY2(back.code == 0, back.said());
}

void TestSyncService::f5WithoutAnAccountOpensTheConnectionSettings()
{
    TestStore store;
    SyncService::Options options;
    options.syncOnStart = false;
    Session session(store.path(), m_clock, kAsh.login);
    session.setSyncOptions(options);
    QVERIFY(session.create(testPassphrase()).ok());
    ui::MainWindow window(session);
    QTRY_COMPARE_WITH_TIMEOUT(session.syncService()->state(), SyncService::State::NoAccount, kSyncMs);
    QVERIFY2(window.syncStatusBar()->summary().startsWith(QStringLiteral("Not connected to the central store")),
             qPrintable(window.syncStatusBar()->summary()));
    window.syncNowAction()->trigger();
    QVERIFY(!session.syncService()->isRunning());
    QVERIFY(window.connectionSettings());
    QVERIFY(window.connectionSettings()->isVisible());
}

void TestSyncService::conflictsAndRejectionsAreCountedAndShownInDetail()
{
    TestStore store;
    SyncService::Options options = test::syncOnlyWhenAsked();
    auto session = laptop(store, kAsh, options);
    QVERIFY(session);
    ui::MainWindow window(*session);
    window.setPurgeTeller([](const QString&) {});
    SyncService* service = session->syncService();
    QSignalSpy finished(service, &SyncService::finished);
    QVERIFY(service->syncNow());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kSyncMs);
    Database& db = *session->database();

    // What a sync leaves behind when the central store kept another worker's value, and when
    // it refused a change (fictional values; the engine's own tests make them for real).
    QVERIFY(execBound(db,
                      QStringLiteral("INSERT INTO sync_conflict (id, entity, record_id, young_person_id, field, "
                                     "base_value, server_value, server_login, server_changed_at, incoming_value, "
                                     "incoming_login, incoming_made_at, opened_at) VALUES (?1, 'young_person', ?2, ?2, "
                                     "'preferred_name', '\"Sam\"', '\"Sammy\"', 'bay.north', "
                                     "'2026-11-27T10:00:00Z', '\"Samuel\"', 'ash.north', '2026-11-27T09:59:00Z', "
                                     "'2026-11-27T10:00:00Z')"),
                      {fictionalId("d6200000", 1), yp(4)}));
    QVERIFY(execBound(db,
                      QStringLiteral("INSERT INTO sync_rejected (change_id, entity, record_id, young_person_id, op, "
                                     "change, reason, rejected_at) VALUES (?1, 'contact', ?2, ?3, 'update', '{}', "
                                     "'summary', '2026-11-27T10:01:00Z')"),
                      {fictionalId("d6300000", 1), contactId(9), yp(4)}));
    window.syncStatusBar()->refresh();
    const QString summary = window.syncStatusBar()->summary();
    QVERIFY2(summary.contains(QStringLiteral("1 conflict")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 rejected")), qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("All changes synced")), qPrintable(summary));

    // One click on the summary opens the detail with the same counts.
    window.syncStatusBar()->findChild<QPushButton*>(QStringLiteral("syncSummaryButton"))->click();
    QVERIFY(window.syncDetails());
    QVERIFY(window.syncDetails()->isVisible());
    QCOMPARE(child<QLabel>(*window.syncDetails(), "conflictsValue")->text(), QStringLiteral("1"));
    QCOMPARE(child<QLabel>(*window.syncDetails(), "rejectedValue")->text(), QStringLiteral("1"));
    QCOMPARE(child<QLabel>(*window.syncDetails(), "syncStateValue")->text(), QStringLiteral("Online"));
    QVERIFY(child<QLabel>(*window.syncDetails(), "lastSyncValue")->text().startsWith(QStringLiteral("Last synced")));
    // The conflict inbox and the refused changes are tabs of the detail, showing the same rows.
    QTabWidget* tabs = window.syncDetails()->tabs();
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Conflicts"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Rejected changes"));
    auto* inbox = window.syncDetails()->findChild<ui::ConflictInboxView*>();
    QVERIFY(inbox);
    QCOMPARE(inbox->count(), 1);
    emit inbox->openRecordRequested(yp(4)); // "Open the record" goes to it
    QCOMPARE(window.workArea()->place().youngPersonId, yp(4));
}

void TestSyncService::stoppedServerIsNamedAndMarksOffline()
{
    TestStore store;
    SyncService::Options options = test::syncOnlyWhenAsked();
    auto session = laptop(store, kAsh, options);
    QVERIFY(session);
    ui::MainWindow window(*session);
    m_fixture.server().stop();

    ui::ConnectionSettingsDialog dialog(*session->database(), m_clock, kAsh.login);
    QSignalSpy tested(&dialog, &ui::ConnectionSettingsDialog::tested);
    QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, kSyncMs);
    QVERIFY2(dialog.testResult().contains(QStringLiteral("could not be reached")), qPrintable(dialog.testResult()));

    SyncService* service = session->syncService();
    QSignalSpy failed(service, &SyncService::failed);
    window.syncNowAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kSyncMs);
    QCOMPARE(failed.first().first().value<sync::SyncError>().kind, QStringLiteral("unreachable"));
    QCOMPARE(service->state(), SyncService::State::Offline);
    window.syncStatusBar()->refresh();
    QVERIFY2(window.syncStatusBar()->summary().startsWith(QStringLiteral("Offline")),
             qPrintable(window.syncStatusBar()->summary()));
}

QTEST_MAIN(TestSyncService)
#include "tst_sync_service.moc"
