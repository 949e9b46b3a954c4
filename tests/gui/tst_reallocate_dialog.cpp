// The supervisor's reallocation dialog (ui/sync/ReallocateDialog) against a real PostgreSQL 15
// started for this test (tests/integration/CentralFixture): the team's workers load off the GUI
// thread, the current worker is marked, Move asks first and then moves the young person on the
// central store; a caseworker and an unreachable server each get a message that says why.
// Every login, name and id is fictional.

#include "CentralFixture.h"

#include "sync/ReallocateDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::world;
using trellis::ui::ReallocateDialog;

namespace {

constexpr int kCentralTimeoutMs = 30000; // a wait for the server's answer, not a measurement
const QString kName = QStringLiteral("Kit Fictional");

QString yp(int n)
{
    return fictionalId("b7100000", n);
}

} // namespace

class TestReallocateDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void supervisorSeesTheTeamWithTheCurrentWorkerMarked();
    void declinedConfirmationChangesNothing();
    void supervisorMovesTheYoungPerson();
    void caseworkerIsToldWhy();
    void unreachableServerSaysOffline();

private:
    ReallocateDialog::Connection connectionFor(const TestWorker& worker, int port = 0);
    std::unique_ptr<ReallocateDialog> openLoaded(const TestWorker& worker);
    QTreeWidgetItem* rowOf(ReallocateDialog& dialog, const QString& name);
    QString currentLogin();

    CentralFixture m_fixture;
    QHash<QString, QString> m_workerIds;
};

void TestReallocateDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.startWithWorkers(&m_workerIds, &error), qPrintable(error));
    QVERIFY2(m_fixture.insertYoungPerson(kDb, yp(1), QStringLiteral("RD-1"), &error), qPrintable(error));
    const CtlRun assigned = m_fixture.central({QStringLiteral("assign"), yp(1), kAsh.login});
    QVERIFY2(assigned.code == 0, assigned.said());
}

ReallocateDialog::Connection TestReallocateDialog::connectionFor(const TestWorker& worker, int port)
{
    ReallocateDialog::Connection connection;
    connection.options.url = m_fixture.server().url(worker.login, kDb);
    if (port > 0)
        connection.options.url.replace(QStringLiteral(":%1/").arg(m_fixture.server().port()),
                                       QStringLiteral(":%1/").arg(port));
    connection.options.caFile = m_fixture.server().caFile();
    connection.options.connectTimeoutSeconds = 5;
    connection.password = Passphrase::fromString(worker.password);
    return connection;
}

std::unique_ptr<ReallocateDialog> TestReallocateDialog::openLoaded(const TestWorker& worker)
{
    auto dialog = std::make_unique<ReallocateDialog>(yp(1), kName, currentLogin(), connectionFor(worker));
    QSignalSpy loaded(dialog.get(), &ReallocateDialog::workersLoaded);
    QSignalSpy failed(dialog.get(), &ReallocateDialog::loadFailed);
    dialog->show();
    if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, kCentralTimeoutMs) || loaded.isEmpty())
        qWarning("the workers did not load: %s",
                 failed.isEmpty() ? "no answer" : qPrintable(failed.first().first().toString()));
    return dialog;
}

QTreeWidgetItem* TestReallocateDialog::rowOf(ReallocateDialog& dialog, const QString& name)
{
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("workers"));
    for (int i = 0; list && i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0).startsWith(name))
            return list->topLevelItem(i);
    return nullptr;
}

QString TestReallocateDialog::currentLogin()
{
    const QStringList login = column(
        *m_fixture.admin(kDb),
        QStringLiteral("SELECT w.login FROM trellis.assignment AS a JOIN trellis.worker AS w ON w.id = a.worker_id "
                       "WHERE a.young_person_id = $1 AND a.ended_at IS NULL"),
        {yp(1)});
    return login.value(0);
}

void TestReallocateDialog::supervisorSeesTheTeamWithTheCurrentWorkerMarked()
{
    auto dialog = openLoaded(kHazel);
    auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("workers"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 4); // Ash, Bay, Dale and Hazel: North's active workers
    QTreeWidgetItem* ash = rowOf(*dialog, kAsh.name);
    QVERIFY(ash);
    QCOMPARE(ash->text(0), QStringLiteral("Ash Tindle (current worker)"));
    QCOMPARE(ash->text(2), QStringLiteral("1"));
    QVERIFY(!(ash->flags() & Qt::ItemIsSelectable));
    QVERIFY(!rowOf(*dialog, kJuniper.name)); // another team

    // Named for screen readers, and the keyboard goes list, Move, Close.
    for (QWidget* widget : dialog->findChildren<QWidget*>())
        if (widget->focusPolicy() != Qt::NoFocus && widget->isVisible())
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    auto* move = dialog->findChild<QAbstractButton*>(QStringLiteral("move"));
    QVERIFY(move);
    QVERIFY(!move->isEnabled()); // nobody chosen yet
    rowOf(*dialog, kBay.name)->setSelected(true);
    QVERIFY(move->isEnabled());
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(move));
    QTest::keyClick(move, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("close")); // Try again is hidden once loaded
}

void TestReallocateDialog::declinedConfirmationChangesNothing()
{
    auto dialog = openLoaded(kHazel);
    QString asked;
    dialog->setConfirmation([&](const QString& question) {
        asked = question;
        return false;
    });
    QTreeWidgetItem* bay = rowOf(*dialog, kBay.name);
    QVERIFY(bay);
    bay->setSelected(true);
    auto* move = dialog->findChild<QAbstractButton*>(QStringLiteral("move"));
    QVERIFY(move->isEnabled());
    QSignalSpy moved(dialog.get(), &ReallocateDialog::reallocated);
    move->click();
    QCOMPARE(asked, QStringLiteral("Kit Fictional will move from Ash Tindle to Bay Pemberly. Ash Tindle's laptop "
                                   "removes the record at their next sync, after sending their unsynced changes."));
    QVERIFY(moved.isEmpty());
    QCOMPARE(currentLogin(), kAsh.login);
}

void TestReallocateDialog::supervisorMovesTheYoungPerson()
{
    auto dialog = openLoaded(kHazel);
    dialog->setConfirmation([](const QString&) { return true; });
    rowOf(*dialog, kBay.name)->setSelected(true);
    QSignalSpy moved(dialog.get(), &ReallocateDialog::reallocated);
    QSignalSpy failed(dialog.get(), &ReallocateDialog::reallocationFailed);
    dialog->findChild<QAbstractButton*>(QStringLiteral("move"))->click();
    QVERIFY(QTest::qWaitFor([&] { return !moved.isEmpty() || !failed.isEmpty(); }, kCentralTimeoutMs));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(moved.first().at(0).toString(), kAsh.login);
    QCOMPARE(moved.first().at(1).toString(), kBay.login);
    QCOMPARE(currentLogin(), kBay.login);
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("status"));
    QVERIFY2(status->text().contains(QLatin1String("now belongs to Bay Pemberly")), qPrintable(status->text()));
    QCOMPARE(rowOf(*dialog, kBay.name)->text(0), QStringLiteral("Bay Pemberly (current worker)"));
    QCOMPARE(rowOf(*dialog, kBay.name)->text(2), QStringLiteral("1"));
    QCOMPARE(rowOf(*dialog, kAsh.name)->text(2), QStringLiteral("0"));
}

void TestReallocateDialog::caseworkerIsToldWhy()
{
    ReallocateDialog dialog(yp(1), kName, currentLogin(), connectionFor(kAsh));
    QSignalSpy failed(&dialog, &ReallocateDialog::loadFailed);
    dialog.show();
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, kCentralTimeoutMs));
    QVERIFY2(failed.first().first().toString().startsWith(QLatin1String("Only a supervisor or a manager")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!dialog.findChild<QAbstractButton*>(QStringLiteral("move"))->isEnabled());
}

void TestReallocateDialog::unreachableServerSaysOffline()
{
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    ReallocateDialog dialog(yp(1), kName, currentLogin(), connectionFor(kHazel, 1));
    QSignalSpy failed(&dialog, &ReallocateDialog::loadFailed);
    dialog.show();
    QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, kCentralTimeoutMs));
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("offline")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(dialog.findChild<QAbstractButton*>(QStringLiteral("retry"))->isVisible());
    QCOMPARE(currentLogin(), kBay.login);
}

QTEST_MAIN(TestReallocateDialog)
#include "tst_reallocate_dialog.moc"
