// The main tasks with the keyboard alone, as a worker who cannot use a mouse does them: every
// action is a key pressed on the widget that has the focus (QApplication::focusWidget()); the test
// only reads state to check what a worker would notice. Unlock (type the passphrase, Enter), find a
// young person (Ctrl+F, type, Down to the list, Enter), log a contact (Alt+O to the contacts tab,
// Tab to the form, fill it in, Ctrl+Enter), edit the safety plan (Alt+N to the plan, Tab to a
// field, type, Ctrl+S), sync (F5, against a real PostgreSQL 15 started by the test harness, as
// tst_sync_desktop does) and lock (Ctrl+L). Every name, login and id is fictional.
#include "CentralFixture.h"
#include "GuiTestSupport.h"
#include "SyncOptionsSupport.h"
#include "TestStore.h"

#include "MainWindow.h"
#include "WorkArea.h"
#include "caseload/CaseloadView.h"
#include "record/RecordView.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "session/SyncService.h"
#include "sync/CentralAccount.h"
#include "sync/SyncStatusBar.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::world;

namespace {

constexpr int kSyncMs = 60000; // an upper bound for waits, never a duration the test relies on
const QString kPlan = QStringLiteral("safety_plan");

QString yp(int n)
{
    return fictionalId("c6000000", n);
}

// A key pressed on whatever has the focus, as a keyboard does.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focused = QApplication::focusWidget();
    QVERIFY2(focused, "nothing has the keyboard focus");
    QTest::keyClick(focused, Qt::Key(key), modifiers);
}

void type(const QString& text)
{
    QWidget* focused = QApplication::focusWidget();
    QVERIFY2(focused, "nothing has the keyboard focus");
    QTest::keyClicks(focused, text);
}

// Tab until the widget named `name` has the focus; fails if it takes more than `most` presses.
void tabTo(const QString& name, int most = 40)
{
    QStringList path;
    for (int i = 0; i < most && focusedName() != name; ++i) {
        press(Qt::Key_Tab);
        path << focusedName();
    }
    QVERIFY2(focusedName() == name,
             qPrintable(QStringLiteral("Tab never reached %1; went %2").arg(name, path.join(QStringLiteral(" → ")))));
}

} // namespace

class TestKeyboardOnly : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void mainTasksWithTheKeyboardAlone();

private:
    bool pressF5AndWait();

    CentralFixture m_fixture;
    QHash<QString, QString> m_workerIds;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(10, 42), Qt::UTC)};
    TestStore m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestKeyboardOnly::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.startWithWorkers(&m_workerIds, &error), qPrintable(error));
    for (int n = 1; n <= 3; ++n) {
        QVERIFY2(m_fixture.insertYoungPerson(kDb, yp(n), QStringLiteral("KB-%1").arg(n), &error), qPrintable(error));
        const CtlRun assigned = m_fixture.central({QStringLiteral("assign"), yp(n), kAsh.login});
        QVERIFY2(assigned.code == 0, assigned.said());
    }
    QVERIFY2(m_fixture.insertRecord(kDb, kPlan, fictionalId("c7000000", 2),
                                    {{QStringLiteral("young_person_id"), yp(2)},
                                     {QStringLiteral("version"), QStringLiteral("1")},
                                     {QStringLiteral("status"), QStringLiteral("draft")},
                                     {QStringLiteral("own_words"), QStringLiteral("I go to the library.")}},
                                    &error),
             qPrintable(error));
    const QStringList now = column(*m_fixture.admin(kDb), QStringLiteral("SELECT to_json(now())#>>'{}'"));
    QCOMPARE(now.size(), 1);
    m_clock.set(QDateTime::fromString(now.first(), Qt::ISODateWithMs));

    // Set up as IT would hand the laptop over: a store with Ash's account that has joined once.
    {
        Session setup(m_store.path(), m_clock, kAsh.login);
        setup.setSyncOptions(test::syncOnlyWhenAsked());
        QVERIFY(setup.create(testPassphrase()).ok());
        sync::CentralAccount::Account account;
        account.url = m_fixture.server().url(kAsh.login, kDb);
        account.caFile = m_fixture.server().caFile();
        account.password = Passphrase::fromString(kAsh.password);
        QVERIFY(sync::CentralAccount(*setup.database()).store(account, kAsh.login, m_clock.now()).ok());
        setup.syncService()->accountChanged();
        QSignalSpy finished(setup.syncService(), &SyncService::finished);
        QVERIFY(setup.syncService()->syncNow());
        QVERIFY(finished.wait(kSyncMs));
        QCOMPARE(count(*setup.database(), QStringLiteral("SELECT count(*) FROM young_person")), 3);
    }
    m_session = std::make_unique<Session>(m_store.path(), m_clock, kAsh.login);
    m_session->setSyncOptions(test::syncOnlyWhenAsked());
    m_window = std::make_unique<ui::MainWindow>(*m_session);
    m_window->resize(1366, 768);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

bool TestKeyboardOnly::pressF5AndWait()
{
    SyncService* service = m_session->syncService();
    if (!service)
        return false;
    QSignalSpy finished(service, &SyncService::finished);
    QSignalSpy failed(service, &SyncService::failed);
    press(Qt::Key_F5);
    if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, kSyncMs))
        return false;
    QTest::qWait(0);
    return failed.isEmpty();
}

void TestKeyboardOnly::mainTasksWithTheKeyboardAlone()
{
    // Unlock: the passphrase field has the focus; type, Enter.
    QCOMPARE(focusedName(), QStringLiteral("passphraseEdit"));
    type(QStringLiteral("purple-otter-lantern-42"));
    press(Qt::Key_Return);
    QVERIFY(m_session->isUnlocked());
    QVERIFY(m_window->workArea() && m_window->workArea()->isVisible());

    // Find a young person: Ctrl+F, type the reference, Down to the list, Enter opens the record.
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focusedName(), QStringLiteral("searchEdit"));
    type(QStringLiteral("KB-2"));
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("caseloadTable"));
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    press(Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), table);
    press(Qt::Key_Return);
    ui::RecordView* record = m_window->workArea()->recordView();
    QVERIFY(record && record->isVisible());
    QCOMPARE(record->youngPersonId(), yp(2));

    // Log a contact: Alt+O shows the contacts tab; Tab reaches the form; Ctrl+Enter saves.
    press(Qt::Key_O, Qt::AltModifier);
    auto* tabs = record->findChild<QTabWidget*>(QStringLiteral("recordTabs"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("contactsTab"));
    tabTo(QStringLiteral("occurred_at"), 6);
    typeContactByKeyboard(QStringLiteral("KB-2 and their fictional carer"),
                          QStringLiteral("Keyboard-only visit: talked about college."));
    press(Qt::Key_Return, Qt::ControlModifier);
    auto* contacts = record->findChild<QTableView*>(QStringLiteral("contactsList"));
    QVERIFY(contacts);
    bool listed = false;
    for (int row = 0; row < contacts->model()->rowCount(); ++row)
        for (int column = 0; column < contacts->model()->columnCount(); ++column)
            listed =
                listed ||
                contacts->model()->index(row, column).data().toString().contains(QLatin1String("Keyboard-only visit"));
    QVERIFY2(listed, "the new contact is not in the list of past contacts");
    QCOMPARE(count(*m_session->database(),
                   QStringLiteral("SELECT count(*) FROM contact WHERE young_person_id = ?1 AND summary LIKE "
                                  "'Keyboard-only visit%'"),
                   {yp(2)}),
             1);

    // Edit the safety plan: Alt+N shows it; Tab to the young person's own words; type; Ctrl+S.
    press(Qt::Key_N, Qt::AltModifier);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("safetyPlanEditor"));
    tabTo(QStringLiteral("own_words"));
    press(Qt::Key_End, Qt::ControlModifier);
    type(QStringLiteral(" Or I call my fictional aunt."));
    press(Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(scalar(*m_session->database(),
                        QStringLiteral("SELECT own_words FROM safety_plan WHERE "
                                       "young_person_id = ?1"),
                        {yp(2)})
                     .toString(),
                 QStringLiteral("I go to the library. Or I call my fictional aunt."));
    auto* state = record->findChild<QLabel*>(QStringLiteral("stateLabel"));
    QVERIFY(state);
    QCOMPARE(state->text(), QStringLiteral("All changes saved"));

    // Sync: F5 from wherever the focus is; the status bar says everything is synced and the
    // central store has the contact and the plan's new words.
    QVERIFY(pressF5AndWait());
    m_window->syncStatusBar()->refresh();
    QVERIFY2(m_window->syncStatusBar()->summary().contains(QLatin1String("All changes synced")),
             qPrintable(m_window->syncStatusBar()->summary()));
    QCOMPARE(column(*m_fixture.admin(kDb),
                    QStringLiteral("SELECT own_words FROM trellis.safety_plan WHERE young_person_id = $1"), {yp(2)}),
             QStringList{QStringLiteral("I go to the library. Or I call my fictional aunt.")});
    QCOMPARE(column(*m_fixture.admin(kDb),
                    QStringLiteral("SELECT count(*) FROM trellis.contact WHERE young_person_id = $1 AND summary "
                                   "LIKE 'Keyboard-only visit%'"),
                    {yp(2)}),
             QStringList{QStringLiteral("1")});

    // Lock: Ctrl+L; the lock screen shows and its passphrase field has the focus again.
    press(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!m_session->isUnlocked());
    QTRY_COMPARE(focusedName(), QStringLiteral("passphraseEdit"));
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("lockScreen"))->isVisible());
}

QTEST_MAIN(TestKeyboardOnly)
#include "tst_keyboard_only.moc"
