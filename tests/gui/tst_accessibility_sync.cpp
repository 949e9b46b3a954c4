// Accessibility of the sync screens and the supervisor's dashboard (see tst_accessibility.cpp for
// what AccessibilityAudit.h checks on each): the conflict inbox and its edit dialog, refused
// changes, Sync details, the connection settings, the reallocation dialog, the first sync's
// progress, and each page of the dashboard with its drill-down list.
#include "AccessibilityAudit.h"
#include "DemoWindow.h"

#include "WorkArea.h"
#include "dashboard/DashboardTab.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DrillDownDialog.h"
#include "sync/ConflictEditDialog.h"
#include "sync/ConflictInboxView.h"
#include "sync/ConnectionSettingsDialog.h"
#include "sync/JoinProgressDialog.h"
#include "sync/ReallocateDialog.h"
#include "sync/RejectedChangesView.h"
#include "sync/SyncDetailDialog.h"
#include "sync/WorkerRole.h"

#include <QAccessible>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

class TestAccessibilitySync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QAccessible::setActive(true);
        m_demo.seed();
    }
    void cleanup() { m_demo.close(); }
    void syncDetails();
    void connectionSettings();
    void reallocateDialog();
    void joinProgress();
    void conflictInbox();
    void rejectedChanges();
    void dashboard();

private:
    DemoWindow m_demo;
};

void TestAccessibilitySync::syncDetails()
{
    m_demo.unlock();
    m_demo.window()->showSyncDetails();
    ui::SyncDetailDialog* details = m_demo.window()->syncDetails();
    QVERIFY(details && details->isVisible());
    QApplication::setActiveWindow(details);
    audit(details, QStringLiteral("sync details"));
    auto* tabs = details->findChild<QTabWidget*>();
    QVERIFY(tabs);
    for (int i = 1; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        audit(details, QStringLiteral("sync details: ") + tabs->tabText(i));
    }
    details->close();
}

void TestAccessibilitySync::connectionSettings()
{
    m_demo.unlock();
    m_demo.window()->showConnectionSettings();
    ui::ConnectionSettingsDialog* settings = m_demo.window()->connectionSettings();
    QVERIFY(settings && settings->isVisible());
    QApplication::setActiveWindow(settings);
    audit(settings, QStringLiteral("connection settings"));
    settings->close();
}

void TestAccessibilitySync::reallocateDialog()
{
    // Nothing listens on port 1: the dialog shows its controls and says it could not load.
    ui::ReallocateDialog::Connection connection;
    connection.options.url = QStringLiteral("postgresql://demo.supervisor@127.0.0.1:1/trellis");
    connection.options.insecure = true;
    connection.options.connectTimeoutSeconds = 2;
    ui::ReallocateDialog dialog(m_demo.personId(), QStringLiteral("Fictional Person"), QStringLiteral("demo.worker01"),
                                std::move(connection));
    QSignalSpy failed(&dialog, &ui::ReallocateDialog::loadFailed);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(failed.wait(20000));
    audit(&dialog, QStringLiteral("reallocation"));
}

void TestAccessibilitySync::joinProgress()
{
    m_demo.unlock();
    QVERIFY(m_demo.session()->syncService());
    ui::JoinProgressDialog dialog(*m_demo.session()->syncService(), m_demo.window());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    audit(&dialog, QStringLiteral("join progress"));
}

// The sync screens are audited on their own, as the window that will hold them is built
// elsewhere; they run last, since they add sync rows to the shared store.
void TestAccessibilitySync::conflictInbox()
{
    auto db = m_demo.store().open();
    QVERIFY(db);
    const QString plan = scalar(*db, QStringLiteral("SELECT id FROM safety_plan WHERE young_person_id = ?1 LIMIT 1"),
                                {m_demo.personId()})
                             .toString();
    ConflictRow row;
    row.entity = QStringLiteral("safety_plan");
    row.recordId = plan;
    row.youngPersonId = m_demo.personId();
    row.field = QStringLiteral("own_words");
    row.base = QStringLiteral("I call Mum.");
    row.server = QStringLiteral("I go to Nan's.");
    row.serverLogin = QStringLiteral("demo.worker02");
    row.incoming = QStringLiteral("I text Aunt Jo.");
    row.incomingLogin = QStringLiteral("demo.worker01");
    QVERIFY(!addConflict(*db, row).isEmpty());
    ManualClock clock(QDateTime(kDemoToday, QTime(10, 0), Qt::UTC));
    ui::ConflictInboxView view(*db, clock, QStringLiteral("demo.worker01"));
    view.resize(1366, 768);
    view.show();
    QApplication::setActiveWindow(&view);
    QCOMPARE(view.count(), 1);
    audit(&view, QStringLiteral("conflict inbox"));
    click(&view, QStringLiteral("conflictEditButton"));
    QVERIFY(view.editDialog() && view.editDialog()->isVisible());
    QApplication::setActiveWindow(view.editDialog());
    audit(view.editDialog(), QStringLiteral("conflict edit value"));
    view.editDialog()->close();
}

void TestAccessibilitySync::rejectedChanges()
{
    auto db = m_demo.store().open();
    QVERIFY(db);
    QVERIFY(!addRejected(*db, QStringLiteral("young_person"), m_demo.personId(), m_demo.personId(),
                         QStringLiteral("update"),
                         QJsonObject{{QStringLiteral("given_name"),
                                      QJsonObject{{QStringLiteral("base"), QStringLiteral("Sam")},
                                                  {QStringLiteral("new"), QStringLiteral("Samuel")}}}},
                         QStringLiteral("record not found or not visible"))
                 .isEmpty());
    ManualClock clock(QDateTime(kDemoToday, QTime(10, 0), Qt::UTC));
    ui::RejectedChangesView view(*db, clock, QStringLiteral("demo.worker01"));
    view.resize(1366, 768);
    view.show();
    QApplication::setActiveWindow(&view);
    QCOMPARE(view.count(), 1);
    audit(&view, QStringLiteral("refused changes"));
}

// The supervisor's dashboard: each of its five pages, and the list behind a figure.
void TestAccessibilitySync::dashboard()
{
    {
        auto db = m_demo.store().open();
        QVERIFY(db);
        QVERIFY(sync::WorkerRole(*db).save({QStringLiteral("supervisor"), QStringLiteral("Demo Team 1")}).ok());
    }
    m_demo.openRecord();
    QVERIFY(m_demo.window()->workArea()->showDashboard());
    ui::DashboardView* dashboard = m_demo.window()->workArea()->dashboardView();
    QVERIFY(dashboard);
    QVERIFY(QTest::qWaitFor([dashboard] { return !dashboard->isLoading() && !dashboard->figures().isEmpty(); }, 20000));
    for (int kind = 0; kind < ui::DashboardCharts::KindCount; ++kind) {
        dashboard->tabs()->setCurrentIndex(kind);
        audit(m_demo.window(),
              QStringLiteral("dashboard: ") + ui::DashboardCharts::title(ui::DashboardCharts::Kind(kind)));
    }
    // Enter on a figure opens the list of young people behind it, itself accessible.
    dashboard->tabs()->setCurrentIndex(ui::DashboardCharts::TeamCaseload);
    QTableView* table = dashboard->tab(ui::DashboardCharts::TeamCaseload)->table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 5));
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(dashboard->drillDown() && dashboard->drillDown()->isVisible());
    QApplication::setActiveWindow(dashboard->drillDown());
    audit(dashboard->drillDown(), QStringLiteral("dashboard drill-down"));
    dashboard->drillDown()->close();
}

QTEST_MAIN(TestAccessibilitySync)
#include "tst_accessibility_sync.moc"
