// caseload_bench: how fast the caseload screen appears and how fast search narrows it, on an
// encrypted store of fictional young people (issue 3's speed targets; docs/benchmarks.md).
//
//   QT_QPA_PLATFORM=offscreen caseload_bench [--cases 100000] [--repeat 7] [--dir PATH]
//
// It seeds one store with DemoSeeder (kept in --dir for the next run), then for each repeat
// does what unlocking does: opens the store (the passphrase's key derivation included), starts
// the background reader, builds the real WorkArea and times until the caseload's first rows are
// painted, then until the whole list has arrived from the reader thread, recording the longest
// pause of the GUI thread meanwhile (a 2 ms timer ticks throughout). It then opens a young
// person's record. Baselines, in the same run: the list query alone on a freshly opened
// connection (no model, no widgets), and the whole list read on the GUI thread as it was before
// the background reader. Then it types two searches a letter at a time and times each keystroke
// until the proxy has filtered and the view repainted. Medians are printed with PASS/FAIL
// against 300 ms (caseload shown), 50 ms (keystroke), 100 ms (record open) and 250 MB.
#include "BenchStats.h"
#include "BenchStore.h"
#include "CaseloadFilterModel.h"
#include "CaseloadModel.h"
#include "WorkArea.h"
#include "caseload/CaseloadView.h"
#include "demo/DemoSeeder.h"
#include "record/RecordView.h"
#include "session/Clock.h"
#include "store/BackgroundReader.h"
#include "store/CaseloadListQuery.h"
#include "store/Passphrase.h"
#include "store/StoreOpener.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace trellis;

namespace {

const QDate kToday(2026, 11, 26);
constexpr double kShowTargetMs = 300.0;
constexpr double kKeystrokeTargetMs = 50.0;
constexpr double kMemoryTargetMb = 250.0;
constexpr double kRecordTargetMs = 100.0;

Passphrase passphrase()
{
    return Passphrase::fromString(QStringLiteral("fictional bench caseload passphrase"));
}

using bench::median;
using bench::msSince;

// A line of /proc/self/status in MB: "VmRSS" now, "VmHWM" the peak so far.
double statusMb(const QByteArray& field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1.0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1.0;
}

std::unique_ptr<Database> openStore(const QString& path)
{
    return bench::openStore(path, passphrase());
}

bool seedIfMissing(const QString& path, int cases)
{
    const bool existed = QFileInfo::exists(path);
    if (!bench::seedIfMissing(path, passphrase(), cases, kToday))
        return false;
#ifdef __GLIBC__
    if (!existed)
        malloc_trim(0); // the seeder ran with a large page cache; give that memory back first
#endif
    return true;
}

// One worker's session in a fresh process, so that earlier runs' heap does not count: unlock,
// the whole caseload loaded, a record opened. Prints "<VmRSS> <VmHWM>" in MB.
int memoryProbe(const QString& path, ManualClock& clock)
{
    auto db = openStore(path);
    BackgroundReader reader(path, passphrase());
    ui::WorkArea work(*db, clock, QStringLiteral("bench"));
    work.setBackgroundReader(&reader);
    work.resize(1366, 700);
    work.refresh();
    work.show();
    while (work.caseloadView()->isLoading())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QApplication::processEvents();
    if (!work.openRecord(work.caseloadView()->currentId()))
        return 1;
    QApplication::processEvents();
    std::printf("%.1f %.1f\n", statusMb("VmRSS"), statusMb("VmHWM"));
    return 0;
}

// Runs memoryProbe in a child process: median VmRSS and VmHWM over `runs`.
bool measureMemory(const QString& path, int runs, double& rss, double& peak)
{
    QList<double> rssRuns, peakRuns;
    for (int run = 0; run < runs; ++run) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--memory-probe"), QStringLiteral("--store"), path});
        if (!child.waitForFinished(300000) || child.exitCode() != 0)
            return false;
        const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
        if (fields.size() != 2)
            return false;
        rssRuns << fields[0].toDouble();
        peakRuns << fields[1].toDouble();
    }
    rss = median(rssRuns);
    peak = median(peakRuns);
    return true;
}

const char* verdict(double value, double target)
{
    return value <= target ? "PASS" : "FAIL";
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
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("timed runs"), QStringLiteral("N"),
                                          QStringLiteral("7"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("keep the store here"),
                                       QStringLiteral("PATH"));
    const QCommandLineOption probeOption(QStringLiteral("memory-probe"), QStringLiteral("internal: one session"));
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("internal: the store"),
                                         QStringLiteral("PATH"));
    parser.addOptions({casesOption, repeatOption, dirOption, probeOption, storeOption});
    parser.process(app);
    ManualClock clock(QDateTime(kToday, QTime(9, 0), Qt::UTC));
    if (parser.isSet(probeOption))
        return memoryProbe(parser.value(storeOption), clock);
    const int cases = parser.value(casesOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("caseload-bench-%1.trellis").arg(cases));
    if (!seedIfMissing(path, cases))
        return 1;

    QList<double> openMs, showMs, totalMs, sqlMs, sqlRows;

    // Baseline: the list query alone on a fresh connection (cold page cache, as after unlock).
    for (int run = 0; run < repeat + 1; ++run) {
        auto db = openStore(path);
        QElapsedTimer timer;
        timer.start();
        auto items = CaseloadListQuery(*db).run(kToday);
        const double ms = msSince(timer);
        if (!items.ok())
            return 1;
        if (run > 0) { // the first run warms the OS file cache
            sqlMs << ms;
            sqlRows << double(items.value().size());
        }
    }

    // Before the background reader: the whole list read, modelled and shown on the GUI thread.
    QList<double> onGuiThreadMs;
    for (int run = 0; run < repeat + 1; ++run) {
        auto db = openStore(path);
        QElapsedTimer timer;
        timer.start();
        ui::CaseloadView view(*db, clock);
        view.resize(1366, 700);
        if (!view.reload())
            return 1;
        view.show();
        QApplication::processEvents();
        view.table()->viewport()->repaint();
        if (run > 0)
            onGuiThreadMs << msSince(timer);
    }

    // Unlock to caseload shown, as the window does it now.
    QList<double> fullMs, stallMs, recordMs, buildMs, firstPageMs;
    int total = 0;
    int shownAtStart = 0;
    int firstPageRows = 0;
    for (int run = 0; run < repeat + 1; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto db = openStore(path);
        const double opened = msSince(timer);
        auto reader = std::make_unique<BackgroundReader>(path, passphrase());
        auto work = std::make_unique<ui::WorkArea>(*db, clock, QStringLiteral("bench"));
        work->setBackgroundReader(reader.get());
        work->resize(1366, 700);
        ui::CaseloadView* view = work->caseloadView();
        const double built = msSince(timer);
        work->refresh();
        const double refreshed = msSince(timer);
        work->show();
        QApplication::processEvents();
        view->table()->viewport()->repaint(); // the first rows drawn, not merely scheduled
        const double shown = msSince(timer);
        firstPageRows = view->shownCount();

        // The rest arrives from the reader thread; the GUI thread must stay responsive meanwhile.
        double longestPause = 0.0;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer ticker;
        ticker.setInterval(2);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            longestPause = std::max(longestPause, msSince(sinceTick));
            sinceTick.restart();
        });
        ticker.start();
        while (view->isLoading())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        view->table()->viewport()->repaint();
        longestPause = std::max(longestPause, msSince(sinceTick));
        ticker.stop();
        const double full = msSince(timer);

        // Open the young person at the top of the list, as Enter does.
        QElapsedTimer recordTimer;
        recordTimer.start();
        if (!work->openRecord(view->currentId()))
            return 1;
        QApplication::processEvents();
        work->recordView()->repaint();
        const double record = msSince(recordTimer);
        if (run > 0) {
            openMs << opened;
            showMs << shown - opened;
            totalMs << shown;
            fullMs << full - opened;
            buildMs << built - opened;
            firstPageMs << refreshed - built;
            stallMs << longestPause;
            recordMs << record;
        }
        total = view->totalCount();
        shownAtStart = view->shownCount();
    }

    // Search as you type, on one loaded view.
    auto db = openStore(path);
    ui::CaseloadView view(*db, clock);
    view.resize(1366, 700);
    if (!view.reload())
        return 1;
    view.show();
    QApplication::processEvents();
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    const QStringList words{QStringLiteral("Qui"), QStringLiteral("Mar")};
    QList<QList<double>> perKey(words.size() * 3);
    QList<double> clearMs;
    QList<int> shownAfter(words.size() * 3);
    for (int run = 0; run < repeat + 1; ++run) {
        for (qsizetype w = 0; w < words.size(); ++w) {
            for (int length = 1; length <= 3; ++length) {
                QElapsedTimer timer;
                timer.start();
                search->setText(words[w].left(length)); // textChanged -> the proxy filters
                QApplication::processEvents();
                view.table()->viewport()->repaint();
                if (run > 0)
                    perKey[w * 3 + length - 1] << msSince(timer);
                shownAfter[w * 3 + length - 1] = view.shownCount();
            }
            QElapsedTimer timer;
            timer.start();
            search->clear(); // back to the whole list
            QApplication::processEvents();
            view.table()->viewport()->repaint();
            if (run > 0)
                clearMs << msSince(timer);
        }
    }

    double rssAfterLoad = 0.0;
    double peakRss = 0.0;
    if (!measureMemory(path, 3, rssAfterLoad, peakRss))
        return 1;

    std::printf("\ncaseload_bench: %d young people in the store, %d shown (open cases), %d timed runs each\n\n", total,
                shownAtStart, repeat);
    std::printf("| measure | median ms | target | result |\n|---|---:|---:|---|\n");
    const double show = median(showMs);
    std::printf("| open the store (key derivation included) | %.1f | - | info |\n", median(openMs));
    std::printf("| after open: caseload shown, first %d rows painted | %.1f | %.0f | %s |\n", firstPageRows, show,
                kShowTargetMs, verdict(show, kShowTargetMs));
    std::printf("| of which: building the window's widgets | %.1f | - | info |\n", median(buildMs));
    std::printf("| of which: reading the first page | %.1f | - | info |\n", median(firstPageMs));
    std::printf("| open + caseload shown, total | %.1f | - | info |\n", median(totalMs));
    std::printf("| after open: whole list arrived from the reader and painted | %.1f | - | info |\n", median(fullMs));
    std::printf("| longest GUI-thread pause while the rest loads | %.1f | %.0f | %s |\n", median(stallMs),
                kKeystrokeTargetMs, verdict(median(stallMs), kKeystrokeTargetMs));
    const double sql = median(sqlMs);
    std::printf("| baseline: list query alone, fresh connection (%.0f rows) | %.1f | - | shown/baseline %.2f |\n",
                median(sqlRows), sql, sql > 0 ? show / sql : 0.0);
    const double before = median(onGuiThreadMs);
    std::printf("| baseline: whole list on the GUI thread (before the reader) | %.1f | - | shown/baseline %.2f |\n",
                before, before > 0 ? show / before : 0.0);
    const double record = median(recordMs);
    std::printf("| open a record from the caseload (Enter) | %.1f | %.0f | %s |\n", record, kRecordTargetMs,
                verdict(record, kRecordTargetMs));
    double worstKey = 0.0;
    for (qsizetype w = 0; w < words.size(); ++w) {
        for (int length = 1; length <= 3; ++length) {
            const double ms = median(perKey[w * 3 + length - 1]);
            worstKey = std::max(worstKey, ms);
            std::printf("| keystroke \"%s\" (%d shown) | %.1f | %.0f | %s |\n", qPrintable(words[w].left(length)),
                        shownAfter[w * 3 + length - 1], ms, kKeystrokeTargetMs, verdict(ms, kKeystrokeTargetMs));
        }
    }
    const double clear = median(clearMs);
    std::printf("| clear the search (back to %d) | %.1f | %.0f | %s |\n", shownAtStart, clear, kKeystrokeTargetMs,
                verdict(clear, kKeystrokeTargetMs));
    std::printf("| VmRSS, fresh process: caseload loaded, a record open (MB) | %.0f | %.0f | %s |\n", rssAfterLoad,
                kMemoryTargetMb, verdict(rssAfterLoad, kMemoryTargetMb));
    std::printf("| peak VmRSS (VmHWM) in that process (MB) | %.0f | %.0f | %s |\n", peakRss, kMemoryTargetMb,
                verdict(peakRss, kMemoryTargetMb));
    std::printf("\nslowest keystroke median %.1f ms: %s\n", worstKey, verdict(worstKey, kKeystrokeTargetMs));
    return 0;
}
