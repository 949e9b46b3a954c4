#include "TestStore.h"

#include "MainWindow.h"
#include "WorkArea.h"
#include "record/RecordView.h"
#include "demo/DemoSeeder.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "store/StoreOpener.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

const QString kPassphrase = QStringLiteral("purple-otter-lantern-42");

QDateTime start() { return QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC); }

template <typename T> T* child(QWidget& window, const char* name)
{
    auto* found = window.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

void triggerAction(QWidget& window, const char* name)
{
    auto* action = child<QAction>(window, name);
    QVERIFY2(action, name);
    QVERIFY2(action->isEnabled(), name);
    action->trigger();
}

void typeInto(QWidget& window, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(window, name);
    QVERIFY2(edit && edit->isVisible() && edit->isEnabled(), name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

// Every piece of text any widget in the window shows, to prove nothing from a record is left.
QString allVisibleText(QWidget& window)
{
    QString text;
    for (auto* label : window.findChildren<QLabel*>())
        text += label->text() + QLatin1Char('\n');
    for (auto* edit : window.findChildren<QLineEdit*>())
        text += edit->text() + QLatin1Char('\n');
    return text;
}

QStringList seededFamilyNames(Database& db)
{
    QStringList names;
    auto prepared = db.prepare(QStringLiteral("SELECT DISTINCT family_name FROM young_person"));
    while (prepared.ok() && prepared.value()->next())
        names << prepared.value()->text(0);
    return names;
}

QString firstYoungPersonId(TestStore& store)
{
    auto db = store.open();
    return db ? db->scalar("SELECT id FROM young_person ORDER BY reference LIMIT 1").value().toString() : QString();
}

void unlockWith(QWidget& window, const QString& passphrase)
{
    typeInto(window, "passphraseEdit", passphrase);
    QTest::keyClick(child<QLineEdit>(window, "passphraseEdit"), Qt::Key_Return);
}

qint64 auditCount(Database& db, const char* action)
{
    auto& stmt = db.cached("SELECT count(*) FROM audit_event WHERE action = ?1");
    stmt.bind(1, QString::fromLatin1(action));
    const qint64 count = stmt.next() ? stmt.integer(0) : -1;
    stmt.reset();
    return count;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void firstRunCreatesAStore();
    void unlockShowsCaseloadAndLockPutsEverythingAway();
    void idleTimeLocksAndUnlockReturns();
    void repeatedFailuresSlowDownAndAreAudited();
    void autoLockKeepsUnsavedEditsAndReturnsToThem();

private:
    QStringList seed(TestStore& store, int cases);
};

QStringList TestMainWindow::seed(TestStore& store, int cases)
{
    auto db = store.create();
    if (!db)
        return {};
    demo::DemoSeeder::Options options;
    options.cases = cases;
    options.today = QDate(2026, 11, 26);
    if (!demo::DemoSeeder(*db, options).run().ok)
        return {};
    return seededFamilyNames(*db);
}

void TestMainWindow::firstRunCreatesAStore()
{
    TestStore store;
    ManualClock clock(start());
    Session session(store.path(), clock, QStringLiteral("demo.worker01"));
    ui::MainWindow window(session);
    window.show();

    auto* create = child<QPushButton>(window, "createStoreButton");
    auto* problem = child<QLabel>(window, "passphraseProblem");
    QVERIFY(create && create->isVisible() && problem);
    QVERIFY(child<QLabel>(window, "forgottenWarning")->text().contains(QLatin1String("cannot recover")) ||
            child<QLabel>(window, "forgottenWarning")->text().contains(QLatin1String("recover")));

    typeInto(window, "newPassphraseEdit", QStringLiteral("short"));
    QVERIFY(!create->isEnabled());
    QVERIFY2(problem->text().contains(QLatin1String("12 characters")), qPrintable(problem->text()));

    typeInto(window, "newPassphraseEdit", QStringLiteral("four little fictional words"));
    typeInto(window, "confirmPassphraseEdit", QStringLiteral("four little fictional wordz"));
    QVERIFY(!create->isEnabled());
    QVERIFY2(problem->text().contains(QLatin1String("not the same")), qPrintable(problem->text()));

    typeInto(window, "confirmPassphraseEdit", QStringLiteral("four little fictional words"));
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);

    QVERIFY(session.isUnlocked());
    QVERIFY(QFile::exists(store.path()));
    auto* status = child<QLabel>(window, "windowStatusLabel");
    QVERIFY(status);
    QVERIFY2(status->text().contains(QLatin1String("0 young people")), qPrintable(status->text()));
    QCOMPARE(child<QTableView>(window, "caseloadTable")->model()->rowCount(), 0);
    QCOMPARE(readFile(store.path()).left(15) == QByteArray("SQLite format 3"), false);
}

void TestMainWindow::unlockShowsCaseloadAndLockPutsEverythingAway()
{
    TestStore store;
    const QStringList names = seed(store, 37);
    QVERIFY(!names.isEmpty());
    ManualClock clock(start());
    Session session(store.path(), clock, QStringLiteral("demo.worker01"));
    ui::MainWindow window(session);
    window.show();

    typeInto(window, "passphraseEdit", QStringLiteral("not-the-passphrase"));
    QTest::keyClick(child<QLineEdit>(window, "passphraseEdit"), Qt::Key_Return);
    QVERIFY(!session.isUnlocked());
    auto* error = child<QLabel>(window, "unlockError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("passphrase is not correct")), qPrintable(error->text()));
    QVERIFY2(child<QLineEdit>(window, "passphraseEdit")->text().isEmpty(), "a tried passphrase stays in the field");

    typeInto(window, "passphraseEdit", kPassphrase);
    QTest::mouseClick(child<QPushButton>(window, "unlockButton"), Qt::LeftButton);
    QVERIFY(session.isUnlocked());
    QVERIFY(window.workArea());
    auto* status = child<QLabel>(window, "windowStatusLabel");
    QVERIFY2(status && status->text().contains(QLatin1String("of 37 young people")), qPrintable(status->text()));
    // The caseload shows the young people: their names are on screen before locking.
    auto* table = child<QTableView>(window, "caseloadTable");
    QVERIFY(table && table->model()->rowCount() > 0);
    const QString shownName = table->model()->index(0, 0).data().toString();
    QVERIFY(!shownName.isEmpty());

    // Enter on the first row opens that young person's record.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(!window.workArea()->place().youngPersonId.isEmpty());
    QCOMPARE(child<QTabWidget>(window, "recordTabs")->currentIndex(), 0);

    triggerAction(window, "lockAction");
    QVERIFY(!session.isUnlocked());
    QVERIFY(!window.workArea());
    QVERIFY(!window.findChild<ui::WorkArea*>());
    QVERIFY(child<QLineEdit>(window, "passphraseEdit")->isVisible());
    const QString visible = allVisibleText(window);
    for (const QString& name : names)
        QVERIFY2(!visible.contains(name), qPrintable(QStringLiteral("still on screen after locking: ") + name));
    QVERIFY(window.findChildren<QTableView*>().isEmpty());
    QVERIFY(window.findChildren<QAbstractItemModel*>().isEmpty());
    QVERIFY(!child<QAction>(window, "lockAction")->isEnabled());
}

void TestMainWindow::idleTimeLocksAndUnlockReturns()
{
    TestStore store;
    QVERIFY(!seed(store, 5).isEmpty());
    const QString id = firstYoungPersonId(store);
    QVERIFY(!id.isEmpty());
    ManualClock clock(start());
    Session session(store.path(), clock, QStringLiteral("demo.worker01"));
    ui::MainWindow window(session);
    window.show();
    unlockWith(window, kPassphrase);
    QVERIFY(session.isUnlocked());
    QVERIFY(window.workArea()->openRecord(id));
    window.workArea()->recordView()->setCurrentTab(2);

    clock.advance(4 * 60);
    session.idleMonitor().check();
    QVERIFY(session.isUnlocked());
    QTest::keyClick(&window, Qt::Key_Shift); // activity resets the idle time
    clock.advance(4 * 60);
    session.idleMonitor().check();
    QVERIFY(session.isUnlocked());
    clock.advance(60);
    session.idleMonitor().check();
    QVERIFY(!session.isUnlocked());
    QVERIFY(!window.workArea());

    typeInto(window, "passphraseEdit", kPassphrase);
    QTest::keyClick(child<QLineEdit>(window, "passphraseEdit"), Qt::Key_Return);
    QVERIFY(window.workArea());
    QCOMPARE(window.workArea()->place().youngPersonId, id);
    QCOMPARE(window.workArea()->place().tab, 2);
}

void TestMainWindow::repeatedFailuresSlowDownAndAreAudited()
{
    TestStore store;
    QVERIFY(!seed(store, 3).isEmpty());
    ManualClock clock(start());
    Session session(store.path(), clock, QStringLiteral("demo.worker01"));
    ui::MainWindow window(session);
    window.show();
    auto* unlock = child<QPushButton>(window, "unlockButton");
    for (int i = 0; i < 3; ++i) {
        typeInto(window, "passphraseEdit", QStringLiteral("wrong guess %1").arg(i));
        QTest::mouseClick(unlock, Qt::LeftButton);
    }
    auto* wait = child<QLabel>(window, "unlockWait");
    QVERIFY(wait->isVisible());
    QVERIFY2(wait->text().contains(QLatin1String("try again in 1 second")), qPrintable(wait->text()));
    QVERIFY(!unlock->isEnabled());
    QVERIFY(!child<QLineEdit>(window, "passphraseEdit")->isEnabled());

    clock.advance(2);
    QTRY_VERIFY_WITH_TIMEOUT(unlock->isEnabled(), 3000);
    typeInto(window, "passphraseEdit", kPassphrase);
    QTest::mouseClick(unlock, Qt::LeftButton);
    QVERIFY(session.isUnlocked());
    QCOMPARE(auditCount(*session.database(), "failed_unlock"), 3);
    QCOMPARE(auditCount(*session.database(), "unlock"), 1);
    QCOMPARE(session.failedAttempts(), 0);
}

void TestMainWindow::autoLockKeepsUnsavedEditsAndReturnsToThem()
{
    TestStore store;
    QVERIFY(!seed(store, 6).isEmpty());
    const QString id = firstYoungPersonId(store);
    QVERIFY(!id.isEmpty());
    ManualClock clock(start());
    Session session(store.path(), clock, QStringLiteral("demo.worker01"));
    ui::MainWindow window(session);
    window.show();
    unlockWith(window, kPassphrase);
    QVERIFY(window.workArea()->openRecord(id));

    // An edit typed and finished (focus moved on) but never saved.
    auto* profile = child<QWidget>(window, "profileTab");
    QVERIFY(profile);
    auto* given = profile->findChild<QLineEdit*>(QStringLiteral("given_name"));
    QVERIFY(given);
    given->setFocus(Qt::OtherFocusReason);
    given->selectAll();
    QTest::keyClicks(given, QStringLiteral("Fictionalname"));
    profile->findChild<QLineEdit*>(QStringLiteral("family_name"))->setFocus(Qt::TabFocusReason);
    QVERIFY(window.workArea()->recordView()->hasUnsavedChanges());

    clock.advance(5 * 60);
    session.idleMonitor().check();
    QVERIFY(!session.isUnlocked());
    QVERIFY(!allVisibleText(window).contains(QLatin1String("Fictionalname")));
    {
        auto db = store.open();
        QVERIFY(db);
        // Not saved into the record, but kept: encrypted, as a draft.
        auto& stored = db->cached("SELECT given_name FROM young_person WHERE id = ?1");
        stored.bind(1, id);
        QVERIFY(stored.next());
        QVERIFY(stored.text(0) != QLatin1String("Fictionalname"));
        stored.reset();
        QCOMPARE(db->scalar("SELECT count(*) FROM draft WHERE payload LIKE '%Fictionalname%'").value().toInt(), 1);
    }

    typeInto(window, "passphraseEdit", kPassphrase);
    QTest::keyClick(child<QLineEdit>(window, "passphraseEdit"), Qt::Key_Return);
    QVERIFY(session.isUnlocked());
    QCOMPARE(window.workArea()->place().youngPersonId, id);
    QCOMPARE(child<QWidget>(window, "profileTab")->findChild<QLineEdit*>(QStringLiteral("given_name"))->text(),
             QStringLiteral("Fictionalname"));
    QVERIFY(window.workArea()->recordView()->hasUnsavedChanges());
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
