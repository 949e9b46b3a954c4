// caseload_bench: how fast the caseload screen appears and how fast search narrows it, on an
// encrypted store of fictional young people (issue 3's speed targets; docs/benchmarks.md).
//
//   QT_QPA_PLATFORM=offscreen caseload_bench [--cases 100000] [--repeat 7] [--dir PATH]
//
// It seeds one store with DemoSeeder (kept in --dir for the next run), then for each repeat:
// opens it (the passphrase's key derivation included), reads the list, fills the model and shows
// a CaseloadView with its first rows laid out. The baseline, in the same run, is the list query
// alone on a freshly opened connection: no model, no widgets. Then it types two searches a
// letter at a time and times each keystroke until the proxy has filtered and the view repainted.
// Medians are printed with PASS/FAIL against 300 ms, 50 ms and 250 MB.
#include "CaseloadFilterModel.h"
#include "CaseloadModel.h"
#include "caseload/CaseloadView.h"
#include "demo/DemoSeeder.h"
#include "session/Clock.h"
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
#include <QTableView>
#include <QTemporaryDir>

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

Passphrase passphrase()
{
    return Passphrase::fromString(QStringLiteral("fictional bench caseload passphrase"));
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double vmRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1.0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1.0;
}

std::unique_ptr<Database> openStore(const QString& path)
{
    auto opened = StoreOpener::open(path, passphrase());
    if (!opened.ok()) {
        std::fprintf(stderr, "could not open the store: %s\n", qPrintable(opened.error().message));
        std::exit(1);
    }
    return opened.takeValue();
}

bool seedIfMissing(const QString& path, int cases)
{
    if (QFileInfo::exists(path))
        return true;
    QElapsedTimer timer;
    timer.start();
    auto created = StoreOpener::create(path, passphrase());
    if (!created.ok())
        return false;
    demo::DemoSeeder::Options options;
    options.cases = cases;
    options.seed = 20261126;
    options.today = kToday;
    const auto report = demo::DemoSeeder(*created.value(), options).run();
    if (!report.ok) {
        std::fprintf(stderr, "seeding failed: %s\n", qPrintable(report.failure));
        return false;
    }
    std::printf("seeded %d young people (%lld records) in %.1f s\n", cases, report.records, msSince(timer) / 1000);
#ifdef __GLIBC__
    malloc_trim(0); // the seeder ran with a large page cache; give that memory back first
#endif
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
    parser.addOptions({casesOption, repeatOption, dirOption});
    parser.process(app);
    const int cases = parser.value(casesOption).toInt();
    const int repeat = std::max(1, parser.value(repeatOption).toInt());

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("caseload-bench-%1.trellis").arg(cases));
    if (!seedIfMissing(path, cases))
        return 1;

    ManualClock clock(QDateTime(kToday, QTime(9, 0), Qt::UTC));
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

    // Unlock to caseload shown: open, query, model reset, view laid out and painted.
    double rssAfterLoad = 0.0;
    int total = 0;
    int shownAtStart = 0;
    for (int run = 0; run < repeat + 1; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto db = openStore(path);
        const double opened = msSince(timer);
        auto view = std::make_unique<ui::CaseloadView>(*db, clock);
        view->resize(1366, 700);
        if (!view->reload())
            return 1;
        view->show();
        QApplication::processEvents();
        view->table()->viewport()->repaint(); // the first rows drawn, not merely scheduled
        const double shown = msSince(timer);
        if (run > 0) {
            openMs << opened;
            showMs << shown - opened;
            totalMs << shown;
        }
        total = view->totalCount();
        shownAtStart = view->shownCount();
        if (run == repeat)
            rssAfterLoad = vmRssMb();
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

    std::printf("\ncaseload_bench: %d young people in the store, %d shown (open cases), %d timed runs each\n\n", total,
                shownAtStart, repeat);
    std::printf("| measure | median ms | target | result |\n|---|---:|---:|---|\n");
    const double show = median(showMs);
    std::printf("| open the store (key derivation included) | %.1f | - | info |\n", median(openMs));
    std::printf("| after open: list query + model + view shown | %.1f | %.0f | %s |\n", show, kShowTargetMs,
                verdict(show, kShowTargetMs));
    std::printf("| open + caseload shown, total | %.1f | %.0f | %s |\n", median(totalMs), kShowTargetMs,
                verdict(median(totalMs), kShowTargetMs));
    const double sql = median(sqlMs);
    std::printf("| baseline: list query alone, fresh connection (%.0f rows) | %.1f | - | ratio shown/baseline "
                "%.2f |\n",
                median(sqlRows), sql, sql > 0 ? show / sql : 0.0);
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
    std::printf("| VmRSS after loading (MB) | %.0f | %.0f | %s |\n", rssAfterLoad, kMemoryTargetMb,
                verdict(rssAfterLoad, kMemoryTargetMb));
    std::printf("\nslowest keystroke median %.1f ms: %s\n", worstKey, verdict(worstKey, kKeystrokeTargetMs));
    return 0;
}
