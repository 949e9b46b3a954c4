// The dashboard against what happens around it in a session: the lock arriving while a save
// dialog is open, what an export leaves on disk, and a sync that removes young people or takes
// the supervisor role away. Real MainWindow, real encrypted store, fictional demo team.
#include "TestStore.h"

#include "MainWindow.h"
#include "WorkArea.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DrillDownDialog.h"
#include "dashboard/DashboardTab.h"
#include "charts/ModelBarChart.h"
#include "KpiTeamCaseloadModel.h"
#include "demo/DemoSeeder.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "session/SyncService.h"
#include "sync/WorkerRole.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {
const QString kPassphrase = QStringLiteral("purple-otter-lantern-42");
const QDate kToday(2026, 11, 26);
} // namespace

class TestDashboardSession : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void lockWhileChoosingAFileWritesNothing();
    void exportsAreForTheirOwnerOnly();
    void syncThatRemovesSomeoneClosesTheDrillDown();
    void losingTheRoleTakesTheDashboardAway();

private:
    ui::DashboardView* unlockAndOpen();
    void endSync(const QStringList& purgedNames);

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestDashboardSession::init()
{
    m_store = std::make_unique<TestStore>();
    m_clock = std::make_unique<ManualClock>(QDateTime(kToday, QTime(9, 0), Qt::UTC));
    auto db = m_store->create();
    QVERIFY(db);
    demo::DemoSeeder::Options options;
    options.cases = 40;
    options.seed = 11;
    options.workers = 3;
    options.today = kToday;
    const auto report = demo::DemoSeeder(*db, options).run();
    QVERIFY2(report.ok, qPrintable(report.failure));
    QVERIFY(sync::WorkerRole(*db).save({QStringLiteral("supervisor"), QStringLiteral("Demo Team 1")}).ok());
}

void TestDashboardSession::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_clock.reset();
    m_store.reset();
}

ui::DashboardView* TestDashboardSession::unlockAndOpen()
{
    m_session = std::make_unique<Session>(m_store->path(), *m_clock, QStringLiteral("demo.worker01"));
    m_window = std::make_unique<ui::MainWindow>(*m_session);
    m_window->setPurgeTeller([](const QString&) {}); // the message box would wait for a click
    m_window->show();
    auto* edit = m_window->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    if (!edit)
        return nullptr;
    QTest::keyClicks(edit, kPassphrase);
    QTest::keyClick(edit, Qt::Key_Return);
    if (!m_session->isUnlocked() || !m_window->dashboardAction()->isVisible())
        return nullptr;
    m_window->dashboardAction()->trigger();
    auto* dashboard = m_window->workArea()->dashboardView();
    if (!dashboard || !QTest::qWaitFor([dashboard] { return !dashboard->isLoading() && !dashboard->figures().isEmpty(); },
                                      20000))
        return nullptr;
    return dashboard;
}

// What MainWindow hears when a sync has finished (no central store is needed for the window's part).
void TestDashboardSession::endSync(const QStringList& purgedNames)
{
    sync::SyncSummary summary;
    summary.purgedNames = purgedNames;
    QVERIFY(m_session->syncService());
    emit m_session->syncService()->finished(summary);
}

void TestDashboardSession::lockWhileChoosingAFileWritesNothing()
{
    auto* dashboard = unlockAndOpen();
    QVERIFY(dashboard);
    const QString path = m_store->dirPath() + QStringLiteral("/after-lock.csv");
    auto* lock = m_window->findChild<QAction*>(QStringLiteral("lockAction"));
    QVERIFY(lock);
    // The idle lock fires while the save dialog is open; the dialog then returns a name.
    dashboard->setFileNameHook([lock, path](const QString&, const QString&) {
        const QString chosen = path;
        lock->trigger();
        return chosen;
    });
    QVERIFY(!dashboard->exportCsv());
    QVERIFY(!m_session->isUnlocked());
    QVERIFY(!QFile::exists(path));
    m_window.reset();
    m_session.reset();
    auto db = m_store->open();
    QVERIFY(db);
    QCOMPARE(count(*db, "SELECT count(*) FROM audit_event WHERE action = 'export' AND entity = 'kpi_csv'"), qint64(0));
}

void TestDashboardSession::exportsAreForTheirOwnerOnly()
{
    auto* dashboard = unlockAndOpen();
    QVERIFY(dashboard);
    const QString csv = m_store->dirPath() + QStringLiteral("/measures.csv");
    const QString pdf = m_store->dirPath() + QStringLiteral("/board.pdf");
    dashboard->setFileNameHook([&](const QString&, const QString& suggested) {
        return suggested.endsWith(QLatin1String(".pdf")) ? pdf : csv;
    });
    QVERIFY(dashboard->exportCsv());
    QVERIFY(dashboard->exportBoardReport());
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                        QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    for (const QString& file : {csv, pdf}) {
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QVERIFY2(!(QFile::permissions(file) & others), qPrintable(file + QStringLiteral(" is readable by others")));
    }
}

void TestDashboardSession::syncThatRemovesSomeoneClosesTheDrillDown()
{
    auto* dashboard = unlockAndOpen();
    QVERIFY(dashboard);
    auto* team = dashboard->tab(ui::DashboardCharts::TeamCaseload);
    QVERIFY(team && team->chart());
    team->chart()->activateBar(0, KpiTeamCaseloadModel::MediumColumn);
    QVERIFY(dashboard->drillDown());
    // A sync that took young people off this laptop: the list may name one of them.
    endSync({QStringLiteral("Fictional Person")});
    QTRY_VERIFY(!dashboard->drillDown());
    QVERIFY(m_window->workArea()->isShowingDashboard());
}

void TestDashboardSession::losingTheRoleTakesTheDashboardAway()
{
    auto* dashboard = unlockAndOpen();
    QVERIFY(dashboard);
    QVERIFY(sync::WorkerRole(*m_session->database()).save({QStringLiteral("caseworker"), QStringLiteral("Demo Team 1")})
                .ok());
    endSync({});
    QVERIFY(!m_window->dashboardAction()->isVisible());
    QVERIFY(!m_window->findChild<ui::DashboardView*>());
    QVERIFY(!m_window->workArea()->isShowingDashboard());
}

QTEST_MAIN(TestDashboardSession)
#include "tst_dashboard_session.moc"
