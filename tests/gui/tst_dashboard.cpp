// The supervisor dashboard (issue 6) in the real MainWindow on a real encrypted store seeded with a
// small fictional team: who sees it, that every tab agrees with KpiReport and with `trellisctl kpi`
// run in-process for the same scope, drill-downs, filters, exports with their audit events, and
// locking. With TRELLIS_SCREENSHOT_DIR set it also saves a screenshot of each tab and the board
// report there (run under xvfb-run with QT_QPA_PLATFORM=xcb to see real fonts).
#include "TestStore.h"

#include "KpiDisproportionalityModel.h"
#include "KpiDrillDownModel.h"
#include "KpiMeasureTableModel.h"
#include "KpiSnapshotModel.h"
#include "KpiTeamCaseloadModel.h"
#include "MainWindow.h"
#include "WorkArea.h"
#include "charts/ModelBarChart.h"
#include "ctl/CtlApp.h"
#include "dashboard/DashboardTab.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DrillDownDialog.h"
#include "demo/DemoSeeder.h"
#include "kpi/KpiReport.h"
#include "kpi/Suppression.h"
#include "record/RecordView.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "sync/WorkerRole.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

const QString kPassphrase = QStringLiteral("purple-otter-lantern-42");
const QDate kToday(2026, 11, 26);

QDateTime start() { return QDateTime(kToday, QTime(9, 0), Qt::UTC); }

template <typename T> T* child(QWidget& window, const char* name)
{
    auto* found = window.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

qint64 exportEvents(Database& db, const QString& entity)
{
    return count(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'export' AND entity = ?1"),
                 {entity});
}

QJsonObject measureIn(const QJsonArray& measures, const QString& key)
{
    for (const QJsonValue value : measures)
        if (value.toObject().value(QLatin1String("key")).toString() == key)
            return value.toObject();
    return {};
}

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void hiddenForACaseworker();
    void everyTabAgreesWithTheReportAndTheCli();
    void drillDownsListExactlyTheFigure();
    void theWorkerFilterChangesTheFigures();
    void exportsWriteSuppressedFilesAndAuditEvents();
    void lockingRemovesTheDashboard();
    void aChangeInTheStoreIsReadAgain();

private:
    // Seeds the store (fixed seed and today) and records the role the central store "said".
    void seed(const QString& role);
    void unlock();
    ui::DashboardView* openDashboard();
    QJsonObject reportFor(const kpi::KpiScope& scope);
    QJsonObject cliReportFor(const kpi::KpiScope& scope);
    void screenshots(ui::DashboardView& dashboard);

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    QList<QAbstractItemModelTester*> m_testers;
};

void TestDashboard::init()
{
    m_store = std::make_unique<TestStore>();
    m_clock = std::make_unique<ManualClock>(start());
}

void TestDashboard::cleanup()
{
    qDeleteAll(m_testers);
    m_testers.clear();
    m_window.reset();
    m_session.reset();
    m_clock.reset();
    m_store.reset();
}

void TestDashboard::seed(const QString& role)
{
    auto db = m_store->create();
    QVERIFY(db);
    demo::DemoSeeder::Options options;
    options.cases = 80;
    options.seed = 6;
    options.workers = 5;
    options.today = kToday;
    const auto report = demo::DemoSeeder(*db, options).run();
    QVERIFY2(report.ok, qPrintable(report.failure));
    QVERIFY(sync::WorkerRole(*db).save({role, QStringLiteral("Demo Team 1")}).ok());
}

void TestDashboard::unlock()
{
    m_session = std::make_unique<Session>(m_store->path(), *m_clock, QStringLiteral("demo.worker01"));
    m_window = std::make_unique<ui::MainWindow>(*m_session);
    m_window->show();
    auto* edit = child<QLineEdit>(*m_window, "passphraseEdit");
    QVERIFY(edit);
    QTest::keyClicks(edit, kPassphrase);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(m_session->isUnlocked());
    QVERIFY(m_window->workArea());
}

ui::DashboardView* TestDashboard::openDashboard()
{
    auto* action = m_window->dashboardAction();
    if (!action || !action->isVisible() || !action->isEnabled())
        return nullptr;
    QApplication::setActiveWindow(m_window.get());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    auto* dashboard = m_window->workArea()->dashboardView();
    if (!dashboard || !m_window->workArea()->isShowingDashboard()) {
        qWarning("Ctrl+Shift+D did not show the dashboard");
        return nullptr;
    }
    for (int kind = 0; kind < ui::DashboardCharts::KindCount; ++kind)
        m_testers << new QAbstractItemModelTester(dashboard->tab(ui::DashboardCharts::Kind(kind))->model(),
                                                  QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (!QTest::qWaitFor([dashboard] { return !dashboard->isLoading() && !dashboard->figures().isEmpty(); }, 20000)) {
        qWarning("no figures: %s", qPrintable(dashboard->statusText()));
        return nullptr;
    }
    return dashboard;
}

QJsonObject TestDashboard::reportFor(const kpi::KpiScope& scope)
{
    auto db = m_store->open();
    if (!db)
        return {};
    auto facts = kpi::KpiFactsLoader::load(*db);
    auto population = kpi::PopulationTableReader::loadDefault();
    if (!facts.ok() || !std::holds_alternative<kpi::PopulationTable>(population))
        return {};
    return kpi::KpiReport(facts.value(), scope, std::get<kpi::PopulationTable>(population)).toJson();
}

QJsonObject TestDashboard::cliReportFor(const kpi::KpiScope& scope)
{
    const QString passphraseFile = QDir(m_store->dirPath()).filePath(QStringLiteral("passphrase.txt"));
    writeFile(passphraseFile, kPassphrase.toUtf8());
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QStringList arguments{QStringLiteral("trellisctl"),
                          QStringLiteral("--store"),
                          m_store->path(),
                          QStringLiteral("--passphrase-file"),
                          passphraseFile,
                          QStringLiteral("--json"),
                          QStringLiteral("kpi"),
                          QStringLiteral("--from"),
                          scope.period.from.toString(Qt::ISODate),
                          QStringLiteral("--to"),
                          scope.period.to.toString(Qt::ISODate),
                          QStringLiteral("--today"),
                          scope.today.toString(Qt::ISODate)};
    if (!scope.team.isEmpty())
        arguments << QStringLiteral("--team") << scope.team;
    if (!scope.workerId.isEmpty())
        arguments << QStringLiteral("--worker") << scope.workerId;
    const int exit = ctl::CtlApp(outStream, errStream).run(arguments);
    outStream.flush();
    errStream.flush();
    if (exit != 0)
        qWarning("trellisctl kpi failed (%d): %s", exit, qPrintable(err));
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

void TestDashboard::hiddenForACaseworker()
{
    seed(QStringLiteral("caseworker"));
    unlock();
    QVERIFY(!m_window->dashboardAction()->isVisible());
    QVERIFY(!m_window->dashboardAction()->isEnabled());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QVERIFY(!m_window->workArea()->dashboardView());
}

void TestDashboard::everyTabAgreesWithTheReportAndTheCli()
{
    seed(QStringLiteral("supervisor"));
    unlock();
    QVERIFY(m_window->dashboardAction()->isVisible());
    auto* dashboard = openDashboard();
    QVERIFY(dashboard);
    const kpi::KpiScope scope = dashboard->scope();
    QCOMPARE(scope.today, kToday);
    QVERIFY2(dashboard->statusText().contains(QLatin1String("read from this laptop's store at 09:00 on 26/11/2026")),
             qPrintable(dashboard->statusText()));

    const QJsonObject report = reportFor(scope);
    QVERIFY(!report.isEmpty());
    // The CLI, in-process, for the same scope: every number the same.
    const QJsonObject cli = cliReportFor(scope);
    QVERIFY(!cli.isEmpty());
    for (const char* key : {"measures", "years", "disproportionality", "team_caseload", "from", "to", "today"})
        QVERIFY2(cli.value(QLatin1String(key)) == report.value(QLatin1String(key)), key);
    const QJsonArray measures = report.value(QLatin1String("measures")).toArray();

    // Overdue work: exact on screen; the report suppresses 1–4.
    auto* overdue = dashboard->tab(ui::DashboardCharts::Overdue)->model();
    QCOMPARE(overdue->rowCount(), 5);
    for (int row = 0; row < overdue->rowCount(); ++row) {
        const QString key = overdue->index(row, 0).data(KpiDrillModel::KeyRole).toString();
        const QJsonObject measure = measureIn(measures, key);
        QVERIFY2(!measure.isEmpty(), qPrintable(key));
        const int shownCount = overdue->index(row, KpiSnapshotModel::CountColumn).data().toString().toInt();
        if (measure.contains(QLatin1String("count")))
            QCOMPARE(shownCount, measure.value(QLatin1String("count")).toInt());
        else
            QVERIFY2(shownCount >= 1 && shownCount <= 4 &&
                         measure.value(QLatin1String("shown")).toString() == QLatin1String("<5"),
                     qPrintable(key));
    }

    // YJB indicators: the report's "shown", exactly.
    auto* yjb = dashboard->tab(ui::DashboardCharts::Yjb)->model();
    QVERIFY(yjb->rowCount() > 0);
    for (int row = 0; row < yjb->rowCount(); ++row) {
        const QString key = yjb->index(row, 0).data(KpiDrillModel::KeyRole).toString();
        QCOMPARE(yjb->index(row, KpiSnapshotModel::FigureColumn).data().toString(),
                 measureIn(measures, key).value(QLatin1String("shown")).toString());
    }

    // Youth-safety measures: five years, each cell the report's "shown" for that year.
    auto* table = static_cast<KpiMeasureTableModel*>(dashboard->tab(ui::DashboardCharts::Measures)->model());
    const QJsonArray years = report.value(QLatin1String("years")).toArray();
    QCOMPARE(table->yearColumns(), 5);
    QCOMPARE(years.size(), 5);
    bool sawSuppressed = false;
    for (int y = 0; y < 5; ++y) {
        QCOMPARE(table->headerData(y + 1, Qt::Horizontal).toString(),
                 years.at(y).toObject().value(QLatin1String("year")).toString());
        const QJsonArray yearMeasures = years.at(y).toObject().value(QLatin1String("measures")).toArray();
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString key = table->index(row, 0).data(KpiDrillModel::KeyRole).toString();
            const QString shown = table->index(row, y + 1).data().toString();
            QCOMPARE(shown, measureIn(yearMeasures, key).value(QLatin1String("shown")).toString());
            sawSuppressed = sawSuppressed || shown == QLatin1String("<5");
            QVERIFY(!table->index(row, 0).data(Qt::ToolTipRole).toString().isEmpty()); // the definition
        }
    }
    QVERIFY2(sawSuppressed, "the seeded team should have at least one count of 1 to 4");

    // Disproportionality: counts shown as the report shows them, shares the same numbers.
    auto* groups = dashboard->tab(ui::DashboardCharts::Disproportionality)->model();
    const QJsonArray reportGroups =
        report.value(QLatin1String("disproportionality")).toObject().value(QLatin1String("groups")).toArray();
    QCOMPARE(groups->rowCount(), reportGroups.size());
    for (int row = 0; row < groups->rowCount(); ++row) {
        const QJsonObject group = reportGroups.at(row).toObject();
        const struct {
            int column;
            const char* key;
        } figures[] = {{KpiDisproportionalityModel::CaseloadColumn, "caseload"},
                       {KpiDisproportionalityModel::FteColumn, "first_time_entrants"},
                       {KpiDisproportionalityModel::CustodyColumn, "custody"}};
        for (const auto& figure : figures) {
            const QJsonObject expected = group.value(QLatin1String(figure.key)).toObject();
            QCOMPARE(groups->index(row, figure.column).data().toString(),
                     expected.value(QLatin1String("shown")).toString());
            QCOMPARE(groups->index(row, figure.column + 1).data().toString(),
                     KpiDisproportionalityModel::shareText(
                         expected.value(QLatin1String("share")).isDouble()
                             ? std::optional<double>(expected.value(QLatin1String("share")).toDouble())
                             : std::nullopt));
        }
    }
    // The example population is said plainly.
    auto* note = dashboard->tab(ui::DashboardCharts::Disproportionality)->note();
    QVERIFY2(note->text().contains(QLatin1String("Example population")), qPrintable(note->text()));

    // Team caseload: exact counts per worker on screen; the report's team_caseload is suppressed.
    auto* team = dashboard->tab(ui::DashboardCharts::TeamCaseload)->model();
    const QJsonArray bars = report.value(QLatin1String("team_caseload")).toArray();
    QCOMPARE(team->rowCount(), bars.size());
    for (int row = 0; row < team->rowCount(); ++row) {
        const QJsonObject bar = bars.at(row).toObject();
        QCOMPARE(team->index(row, 0).data().toString(), bar.value(QLatin1String("worker")).toString());
        int column = KpiTeamCaseloadModel::LowColumn;
        for (const char* risk : {"low", "medium", "high", "very_high"})
            QCOMPARE(kpi::Suppression::shown(team->index(row, column++).data().toInt()), bar.value(QLatin1String(risk)).toString());
    }
    // The chart draws the same numbers the table shows.
    auto* chart = dashboard->tab(ui::DashboardCharts::TeamCaseload)->chart();
    QCOMPARE(chart->categoryCount(), team->rowCount());
    QCOMPARE(chart->valueAt(0, KpiTeamCaseloadModel::LowColumn).value_or(-1),
             team->index(0, KpiTeamCaseloadModel::LowColumn).data(Qt::EditRole).toDouble());

    if (!qEnvironmentVariableIsEmpty("TRELLIS_SCREENSHOT_DIR"))
        screenshots(*dashboard);
}

void TestDashboard::drillDownsListExactlyTheFigure()
{
    seed(QStringLiteral("supervisor"));
    unlock();
    auto* dashboard = openDashboard();
    QVERIFY(dashboard);

    // A click on a team-caseload bar: the young people of that worker at that risk.
    auto* teamTab = dashboard->tab(ui::DashboardCharts::TeamCaseload);
    auto* team = teamTab->model();
    int row = -1;
    int column = -1;
    for (int r = 0; r < team->rowCount() && row < 0; ++r)
        for (int c = KpiTeamCaseloadModel::LowColumn; c <= KpiTeamCaseloadModel::VeryHighColumn; ++c)
            if (team->index(r, c).data(Qt::EditRole).toInt() > 0) {
                row = r;
                column = c;
                break;
            }
    QVERIFY(row >= 0);
    teamTab->chart()->activateBar(row, column);
    QVERIFY(dashboard->drillDown());
    QCOMPARE(dashboard->drillDown()->rowCount(), team->index(row, column).data(Qt::EditRole).toInt());
    QAbstractItemModelTester drillTester(dashboard->drillDown()->table()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest); // a QPointer
    dashboard->drillDown()->close();

    // Enter on a measure's cell: exactly `count` rows, the real ones even when shown "<5".
    dashboard->tabs()->setCurrentWidget(dashboard->tab(ui::DashboardCharts::Measures));
    auto* measures = dashboard->tab(ui::DashboardCharts::Measures)->table();
    const auto& lastYear = dashboard->figures().byYear.constLast();
    int measureRow = -1;
    for (int r = 0; r < lastYear.size(); ++r)
        if (lastYear.at(r).count > 0) {
            measureRow = r;
            break;
        }
    QVERIFY(measureRow >= 0);
    measures->setFocus();
    measures->setCurrentIndex(measures->model()->index(measureRow, 5));
    QTest::keyClick(measures, Qt::Key_Return);
    QVERIFY(dashboard->drillDown());
    QCOMPARE(dashboard->drillDown()->rowCount(), lastYear.at(measureRow).count);
    dashboard->drillDown()->close();

    // A double-click on an overdue figure, then Enter on a row opens that record.
    dashboard->tabs()->setCurrentWidget(dashboard->tab(ui::DashboardCharts::Overdue));
    auto* overdueTable = dashboard->tab(ui::DashboardCharts::Overdue)->table();
    int overdueRow = -1;
    for (int r = 0; r < dashboard->figures().overdue.size(); ++r)
        if (dashboard->figures().overdue.at(r).count > 0) {
            overdueRow = r;
            break;
        }
    QVERIFY(overdueRow >= 0);
    const QModelIndex cell = overdueTable->model()->index(overdueRow, KpiSnapshotModel::FigureColumn);
    const QRect rect = overdueTable->visualRect(cell);
    QTest::mouseClick(overdueTable->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(overdueTable->viewport(), Qt::LeftButton, {}, rect.center());
    auto* drill = dashboard->drillDown();
    QVERIFY(drill);
    QCOMPARE(drill->rowCount(), dashboard->figures().overdue.at(overdueRow).count);
    const QString id = drill->table()->model()->index(0, 0).data(KpiDrillDownModel::YoungPersonIdRole).toString();
    QVERIFY(!id.isEmpty());
    drill->table()->setFocus();
    drill->table()->setCurrentIndex(drill->table()->model()->index(0, 0));
    QTest::keyClick(drill->table(), Qt::Key_Return);
    QCOMPARE(m_window->workArea()->place().youngPersonId, id);
    QVERIFY(!m_window->workArea()->isShowingDashboard());
}

void TestDashboard::theWorkerFilterChangesTheFigures()
{
    seed(QStringLiteral("supervisor"));
    unlock();
    auto* dashboard = openDashboard();
    QVERIFY(dashboard);
    auto* team = dashboard->tab(ui::DashboardCharts::TeamCaseload)->model();
    QVERIFY(team->rowCount() > 1);
    const int allOpen = [&] {
        int total = 0;
        for (int r = 0; r < team->rowCount(); ++r)
            total += team->index(r, KpiTeamCaseloadModel::TotalColumn).data(Qt::EditRole).toInt();
        return total;
    }();
    const QString firstWorker = team->index(0, 0).data().toString();
    const int firstWorkerOpen = team->index(0, KpiTeamCaseloadModel::TotalColumn).data(Qt::EditRole).toInt();

    auto* worker = child<QComboBox>(*m_window, "workerFilter");
    QVERIFY(worker && worker->isEnabled());
    const int index = worker->findText(firstWorker);
    QVERIFY2(index > 0, qPrintable(firstWorker));
    QSignalSpy shown(dashboard, &ui::DashboardView::figuresShown);
    worker->setCurrentIndex(index);
    QVERIFY(shown.wait(10000));
    QCOMPARE(dashboard->figures().scope.workerId, worker->currentData().toString());
    QCOMPARE(team->rowCount(), 1);
    QCOMPARE(team->index(0, KpiTeamCaseloadModel::TotalColumn).data(Qt::EditRole).toInt(), firstWorkerOpen);
    QVERIFY(firstWorkerOpen < allOpen);

    // The filtered figures are the report's for the same scope too.
    const QJsonObject report = reportFor(dashboard->scope());
    const QJsonArray measures = report.value(QLatin1String("measures")).toArray();
    auto* yjb = dashboard->tab(ui::DashboardCharts::Yjb)->model();
    for (int row = 0; row < yjb->rowCount(); ++row)
        QCOMPARE(yjb->index(row, KpiSnapshotModel::FigureColumn).data().toString(),
                 measureIn(measures, yjb->index(row, 0).data(KpiDrillModel::KeyRole).toString())
                     .value(QLatin1String("shown"))
                     .toString());

    // A custom period: the measures table gains a column for it.
    auto* period = child<QComboBox>(*m_window, "periodFilter");
    period->setCurrentIndex(period->findData(-1));
    QVERIFY(shown.wait(10000));
    auto* table = static_cast<KpiMeasureTableModel*>(dashboard->tab(ui::DashboardCharts::Measures)->model());
    QVERIFY(QTest::qWaitFor([&] { return !dashboard->isLoading(); }, 10000));
    QVERIFY(table->hasPeriodColumn());
}

void TestDashboard::exportsWriteSuppressedFilesAndAuditEvents()
{
    seed(QStringLiteral("supervisor"));
    unlock();
    auto* dashboard = openDashboard();
    QVERIFY(dashboard);
    QString next;
    dashboard->setFileNameHook([&next](const QString&, const QString&) { return next; });
    Database& db = *m_session->database();
    const QString dir = m_store->dirPath();

    // Each chart as PNG.
    for (int kind = 0; kind < ui::DashboardCharts::KindCount; ++kind) {
        dashboard->tabs()->setCurrentIndex(kind);
        next = QDir(dir).filePath(QStringLiteral("chart-%1.png").arg(kind));
        QTest::mouseClick(child<QPushButton>(*m_window, "exportChartButton"), Qt::LeftButton);
        QImage image(next);
        QVERIFY2(!image.isNull() && image.width() > 600, qPrintable(next));
    }
    QCOMPARE(exportEvents(db, QStringLiteral("chart_png")), qint64(ui::DashboardCharts::KindCount));

    // The measures as CSV: "<5" where suppressed, and no number beside it.
    next = QDir(dir).filePath(QStringLiteral("measures.csv"));
    QTest::mouseClick(child<QPushButton>(*m_window, "exportCsvButton"), Qt::LeftButton);
    const QList<QByteArray> lines = readFile(next).split('\n');
    QCOMPARE(lines.first(), QByteArray("section,measure,period,shown,count,denominator"));
    bool suppressed = false;
    for (const QByteArray& line : lines) {
        if (!line.contains(",<5,"))
            continue;
        suppressed = true;
        QVERIFY2(line.endsWith(",<5,,") || line.contains(",<5,,"), line.constData());
    }
    QVERIFY(suppressed);
    QCOMPARE(exportEvents(db, QStringLiteral("kpi_csv")), 1);

    // The board report: a PDF of several pages.
    next = QDir(dir).filePath(QStringLiteral("board-report.pdf"));
    QTest::mouseClick(child<QPushButton>(*m_window, "exportPdfButton"), Qt::LeftButton);
    const QByteArray pdf = readFile(next);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))) > 1);
    QCOMPARE(exportEvents(db, QStringLiteral("kpi_pdf")), 1);
    // The events name what and how many, never content.
    QCOMPARE(
        count(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'export' AND entity_id IS NOT NULL "
                                 "AND entity_id <> ''")),
        0);
    // A cancelled dialog writes nothing and audits nothing.
    next.clear();
    QTest::mouseClick(child<QPushButton>(*m_window, "exportPdfButton"), Qt::LeftButton);
    QCOMPARE(exportEvents(db, QStringLiteral("kpi_pdf")), 1);
}

void TestDashboard::lockingRemovesTheDashboard()
{
    seed(QStringLiteral("supervisor"));
    unlock();
    auto* dashboard = openDashboard();
    QVERIFY(dashboard);
    auto* teamTab = dashboard->tab(ui::DashboardCharts::TeamCaseload);
    teamTab->chart()->activateBar(0, KpiTeamCaseloadModel::LowColumn);
    auto* lock = child<QAction>(*m_window, "lockAction");
    QVERIFY(lock && lock->isEnabled());
    lock->trigger();
    QVERIFY(!m_session->isUnlocked());
    QVERIFY(!m_window->findChild<ui::DashboardView*>());
    QVERIFY(!m_window->findChild<ui::DrillDownDialog*>());
    QVERIFY(m_window->findChildren<KpiDrillModel*>().isEmpty());
    QVERIFY(!m_window->dashboardAction()->isVisible());
}

void TestDashboard::aChangeInTheStoreIsReadAgain()
{
    seed(QStringLiteral("supervisor"));
    unlock();
    auto* dashboard = openDashboard();
    QVERIFY(dashboard);
    const auto openCases = [dashboard] {
        int total = 0;
        for (const kpi::WorkerCaseload& worker : dashboard->figures().caseload)
            total += worker.total();
        return total;
    };
    const int before = openCases();
    QVERIFY(before > 0);
    // Back to the caseload, where one case is closed (on the window's own connection)...
    QTest::mouseClick(child<QPushButton>(*m_window, "dashboardBackButton"), Qt::LeftButton);
    QVERIFY(!m_window->workArea()->isShowingDashboard());
    Database& db = *m_session->database();
    const QString id = scalar(db, QStringLiteral("SELECT id FROM young_person WHERE status = 'open' AND lead_worker_id "
                                                 "IS NOT NULL ORDER BY id LIMIT 1"))
                           .toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(execBound(db, QStringLiteral("UPDATE young_person SET status = 'closed' WHERE id = ?1"), {id}));
    // ...and the dashboard, asked for again, reads the store again rather than its earlier facts.
    m_window->dashboardAction()->trigger();
    QVERIFY(QTest::qWaitFor([&] { return !dashboard->isLoading() && openCases() == before - 1; }, 20000));
    // Asked again with nothing changed, it shows the same figures without reading.
    QTest::mouseClick(child<QPushButton>(*m_window, "dashboardBackButton"), Qt::LeftButton);
    const auto facts = dashboard->figures().facts;
    m_window->dashboardAction()->trigger();
    QVERIFY(QTest::qWaitFor([&] { return !dashboard->isLoading(); }, 20000));
    QCOMPARE(dashboard->figures().facts, facts);
    QCOMPARE(openCases(), before - 1);
}

void TestDashboard::screenshots(ui::DashboardView& dashboard)
{
    const QDir dir(qEnvironmentVariable("TRELLIS_SCREENSHOT_DIR"));
    QVERIFY(dir.exists() || QDir().mkpath(dir.path()));
    m_window->resize(1366, 768);
    const char* names[] = {"dashboard-team.png", "dashboard-overdue.png", "dashboard-measures.png", "dashboard-yjb.png",
                           "dashboard-disproportionality.png"};
    for (int kind = 0; kind < ui::DashboardCharts::KindCount; ++kind) {
        dashboard.tabs()->setCurrentIndex(kind);
        dashboard.tab(ui::DashboardCharts::Kind(kind))->setFocus(); // the table, as a worker arrives
        QTest::qWait(100);
        QVERIFY(m_window->grab().save(dir.filePath(QString::fromLatin1(names[kind]))));
    }
    // The list behind the first worker's bar.
    dashboard.tabs()->setCurrentIndex(ui::DashboardCharts::TeamCaseload);
    auto* team = dashboard.tab(ui::DashboardCharts::TeamCaseload);
    dashboard.openDrillDown(team, team->model()->index(0, KpiTeamCaseloadModel::TotalColumn));
    QVERIFY(dashboard.drillDown());
    QTest::qWait(100);
    QVERIFY(dashboard.drillDown()->grab().save(dir.filePath(QStringLiteral("dashboard-drilldown.png"))));
    dashboard.drillDown()->close();
    dashboard.setFileNameHook(
        [&dir](const QString&, const QString&) { return dir.filePath(QStringLiteral("board-report.pdf")); });
    QVERIFY(dashboard.exportBoardReport());
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
