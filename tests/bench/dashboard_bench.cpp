// dashboard_bench: how fast the supervisor dashboard shows its figures on an encrypted store of
// fictional young people (issue 6's target: 500 ms at 100,000; docs/benchmarks.md).
//
//   QT_QPA_PLATFORM=offscreen dashboard_bench [--cases 100000] [--quick] [--repeat 5] [--dir PATH]
//
// It seeds one store with DemoSeeder (kept in --dir for the next run) and records the login as a
// manager (sync::WorkerRole), then for each repeat unlocks a real Session under the real
// MainWindow and measures, in the same run:
//   baseline  - from the session's `unlocked` signal to the caseload's first rows painted (what
//               caseload_bench calls "caseload shown");
//   dashboard - from triggering the window's Dashboard action to every tab's figures painted (each
//               of the five tabs made current and painted), asked two ways: at once after unlock,
//               while the reader still reads the caseload and the figures the window starts
//               reading for a supervisor; and once those reads are done.
// Also: the longest GUI-thread pause meanwhile (a 2 ms timer), the facts load and the figures'
// computation alone, part by part. Medians with PASS/FAIL against 500 ms.
#include "BenchStats.h"
#include "DashboardFigures.h"
#include "MainWindow.h"
#include "WorkArea.h"
#include "caseload/CaseloadView.h"
#include "dashboard/DashboardTab.h"
#include "dashboard/DashboardView.h"
#include "demo/DemoSeeder.h"
#include "kpi/Disproportionality.h"
#include "kpi/KpiFacts.h"
#include "kpi/MeasureCalculator.h"
#include "kpi/TeamCaseload.h"
#include "session/Clock.h"
#include "session/Session.h"
#include "store/BackgroundReader.h"
#include "store/Passphrase.h"
#include "store/StoreOpener.h"
#include "sync/WorkerRole.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace trellis;
using bench::median;
using bench::msSince;

namespace {

const QDate kToday(2026, 11, 26);
constexpr double kTargetMs = 500.0;
// Exit status 2: the bench could not run. A missed target is reported, not an exit status.
constexpr int kCouldNotRun = 2;
const QString kPassphrase = QStringLiteral("fictional bench dashboard passphrase");

bool seedIfMissing(const QString& path, int cases)
{
    if (!QFileInfo::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        auto created = StoreOpener::create(path, Passphrase::fromString(kPassphrase));
        if (!created.ok())
            return false;
        demo::DemoSeeder::Options options;
        options.cases = cases;
        options.seed = 20261126;
        options.today = kToday;
        options.workers = std::max(5, cases / 200); // a borough's teams, about 200 young people each
        const auto report = demo::DemoSeeder(*created.value(), options).run();
        if (!report.ok) {
            std::fprintf(stderr, "seeding failed: %s\n", qPrintable(report.failure));
            return false;
        }
        std::printf("seeded %d young people (%lld records) in %.1f s\n", cases, report.records, msSince(timer) / 1000);
    }
    auto opened = StoreOpener::open(path, Passphrase::fromString(kPassphrase));
    // A manager sees every team: the biggest dashboard there is.
    return opened.ok() &&
           sync::WorkerRole(*opened.value()).save({QStringLiteral("manager"), QStringLiteral("Demo Team 1")}).ok();
}

// Every tab made current and painted now, not merely scheduled.
void paintEveryTab(ui::DashboardView& dashboard)
{
    for (int kind = 0; kind < ui::DashboardCharts::KindCount; ++kind) {
        dashboard.tabs()->setCurrentIndex(kind);
        dashboard.tab(ui::DashboardCharts::Kind(kind))->repaint();
    }
    dashboard.tabs()->setCurrentIndex(0);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("trellis.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("young people to seed"),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption quickOption(QStringLiteral("quick"), QStringLiteral("2,000 young people, 3 runs"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("timed runs"), QStringLiteral("N"),
                                          QStringLiteral("5"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("keep the store here"),
                                       QStringLiteral("PATH"));
    parser.addOptions({casesOption, quickOption, repeatOption, dirOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int cases = quick && !parser.isSet(casesOption) ? 2000 : parser.value(casesOption).toInt();
    const int repeat = quick && !parser.isSet(repeatOption) ? 3 : std::max(1, parser.value(repeatOption).toInt());

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("dashboard-bench-%1.trellis").arg(cases));
    if (!seedIfMissing(path, cases))
        return kCouldNotRun;
    ManualClock clock(QDateTime(kToday, QTime(9, 0), Qt::UTC));

    // The facts alone on a fresh connection, and the figures computed from them.
    QList<double> loadMs, computeMs;
    QList<double> partMs[5];
    int people = 0;
    for (int run = 0; run < repeat + 1; ++run) {
        auto db = StoreOpener::open(path, Passphrase::fromString(kPassphrase));
        if (!db.ok())
            return kCouldNotRun;
        QElapsedTimer timer;
        timer.start();
        auto facts = kpi::KpiFactsLoader::load(*db.value());
        const double loaded = msSince(timer);
        if (!facts.ok())
            return kCouldNotRun;
        auto shared = std::make_shared<const kpi::KpiFacts>(facts.takeValue());
        people = int(shared->people.size());
        auto population = std::make_shared<const kpi::PopulationTable>();
        kpi::KpiScope scope;
        scope.today = kToday;
        scope.period = kpi::FinancialYear::period(kpi::FinancialYear::startYearOf(kToday));
        timer.restart();
        const auto figures = DashboardFigures::compute(shared, population, nullptr, scope, clock.now());
        const double computed = msSince(timer);
        // Where the computation goes, part by part.
        timer.restart();
        const kpi::MeasureCalculator calculator(*shared);
        const double index = msSince(timer);
        timer.restart();
        (void)kpi::TeamCaseload::compute(*shared, scope);
        const double team = msSince(timer);
        timer.restart();
        (void)calculator.computeGroup(kpi::MeasureGroup::Overdue, scope);
        (void)calculator.computeGroup(kpi::MeasureGroup::Yjb, scope);
        const double snapshots = msSince(timer);
        timer.restart();
        (void)calculator.computeGroup(kpi::MeasureGroup::YouthSafety, scope);
        const double year = msSince(timer);
        timer.restart();
        (void)kpi::Disproportionality::compute(*shared, scope, *population);
        const double groups = msSince(timer);
        if (run > 0) {
            loadMs << loaded;
            computeMs << computed;
            partMs[0] << index;
            partMs[1] << team;
            partMs[2] << snapshots;
            partMs[3] << year;
            partMs[4] << groups;
        }
    }

    // Two ways of asking: at once after unlock (the reader still busy with the caseload and the
    // figures it starts reading for a supervisor), and later, once that work is done ("warm": the
    // store unchanged since, so only the widgets are filled and painted).
    struct Timings {
        QList<double> baseline, shown, ready, built, stall;
    };
    Timings timings[2];
    for (int warm = 0; warm < 2; ++warm) {
        Timings& t = timings[warm];
        for (int run = 0; run < repeat + 1; ++run) {
            Session session(path, clock, QStringLiteral("bench"));
            QElapsedTimer sinceUnlocked;
            // Connected before the window's own slot, so the clock starts as the window starts.
            QObject::connect(&session, &Session::unlocked, [&sinceUnlocked] { sinceUnlocked.start(); });
            ui::MainWindow window(session);
            window.resize(1366, 768);
            window.show();
            QApplication::processEvents();
            if (!session.unlock(Passphrase::fromString(kPassphrase)).ok() || !window.workArea())
                return kCouldNotRun;
            QApplication::processEvents();
            window.workArea()->caseloadView()->table()->viewport()->repaint();
            const double baseline = msSince(sinceUnlocked);
            if (warm) {
                // Everything queued on the reader at unlock has answered (a no-op job answers last).
                bool readerDone = false;
                session.backgroundReader()->post(&window, [&readerDone](Database*) -> std::function<void()> {
                    return [&readerDone] { readerDone = true; };
                });
                while (!readerDone || window.workArea()->caseloadView()->isLoading())
                    QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
                QApplication::processEvents();
            }
            QAction* action = window.dashboardAction();
            if (!action->isEnabled()) {
                std::fprintf(stderr, "the dashboard action is not offered to a manager\n");
                return kCouldNotRun;
            }
            double longestPause = 0.0;
            QElapsedTimer sinceTick;
            QTimer ticker;
            ticker.setInterval(2);
            QObject::connect(&ticker, &QTimer::timeout, [&] {
                longestPause = std::max(longestPause, msSince(sinceTick));
                sinceTick.restart();
            });
            QElapsedTimer timer;
            timer.start();
            sinceTick.start();
            ticker.start();
            action->trigger();
            const double built = msSince(timer);
            ui::DashboardView* dashboard = window.workArea()->dashboardView();
            while (dashboard->isLoading() || dashboard->figures().isEmpty())
                QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            const double ready = msSince(timer);
            ticker.stop();
            paintEveryTab(*dashboard);
            const double shown = msSince(timer);
            longestPause = std::max(longestPause, msSince(sinceTick));
            if (run > 0) {
                t.baseline << baseline;
                t.shown << shown;
                t.ready << ready;
                t.built << built;
                t.stall << longestPause;
            }
            session.lock();
        }
    }

    std::printf("\ndashboard_bench: %d young people in the store, %d timed runs each\n\n", people, repeat);
    std::printf("| measure | median ms | target | result |\n|---|---:|---:|---|\n");
    const double baseline = median(timings[1].baseline);
    std::printf("| baseline: unlocked to the caseload's first rows painted | %.1f | - | info |\n", baseline);
    const char* const modes[] = {"asked at once after unlock", "asked once the unlock's reads are done"};
    for (int warm = 1; warm >= 0; --warm) {
        const Timings& t = timings[warm];
        const double shown = median(t.shown);
        std::printf("| %s: Dashboard action to every tab's figures painted | %.1f | %.0f | %s |\n", modes[warm], shown,
                    kTargetMs, shown <= kTargetMs ? "PASS" : "FAIL");
        std::printf("| of which: figures ready | %.1f | - | info |\n", median(t.ready));
        std::printf("| of which: the action itself (widgets built) | %.1f | - | info |\n", median(t.built));
        std::printf("| longest GUI-thread pause meanwhile | %.1f | - | info |\n", median(t.stall));
        std::printf("| dashboard / baseline | %.2f | - | info |\n", baseline > 0 ? shown / baseline : 0.0);
    }
    std::printf("| facts alone, fresh connection | %.1f | - | info |\n", median(loadMs));
    std::printf("| figures computed from the facts (one scope, five years; two threads) | %.1f | - | info |\n",
                median(computeMs));
    const char* const parts[] = {"calculator index", "team caseload", "overdue + YJB", "youth safety, one year",
                                 "disproportionality"};
    for (int part = 0; part < 5; ++part)
        std::printf("| of which, alone: %s | %.1f | - | info |\n", parts[part], median(partMs[part]));
    const double warmShown = median(timings[1].shown);
    const double coldShown = median(timings[0].shown);
    std::printf("\n%s: dashboard shown in %.1f ms once the unlock's reads are done, %.1f ms when asked at once "
                "(target %.0f ms)\n",
                warmShown <= kTargetMs ? "PASS" : "FAIL", warmShown, coldShown, kTargetMs);
    return 0;
}
