// store_bench: what SQLCipher costs the caseload screens. For each size it seeds two stores with
// the same synthetic caseload, one encrypted (StoreOpener) and one plain SQLite file opened by
// the same library without a key, then times the app's real queries on both and prints medians,
// p90s and the encrypted/plain ratio against the targets in docs/benchmarks.md.
//
//   store_bench [--quick] [--sizes 1000,10000,100000] [--repeat N] [--cache-sizes 2048,16384,65536]
//               [--dir PATH]
//
// Exit status: 0 when the program ran (targets met or not; misses print FAIL), non-zero on errors.

#include "store/CaseloadQueries.h"

#include "demo/DemoSeeder.h"
#include "domain/Entities.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Passphrase.h"
#include "store/StoreOpener.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace trellis;
using domain::Record;

namespace {

constexpr double kRatioTarget = 1.25;
constexpr double kSearchTargetMs = 20.0;
constexpr double kFullRecordTargetMs = 10.0;
constexpr int kTargetSize = 100000;
// Seeded with a fixed day so that every run builds the same caseload, ids included.
const QDate kToday(2026, 11, 26);
// Prefixes a worker would type, from the demo word lists: a rare first letter (Q), common
// two-letter starts of family and given names, three letters that hit one name, and the start of
// a reference (YP-00 matches the first 999 or 9,999).
const QStringList kPrefixes{QStringLiteral("Q"),  QStringLiteral("Ma"), QStringLiteral("Thi"),
                            QStringLiteral("Br"), QStringLiteral("Ja"), QStringLiteral("Ell"),
                            QStringLiteral("K"),  QStringLiteral("Tw"), QStringLiteral("YP-00")};

struct Failure {
    QString what;
};

[[noreturn]] void fail(const QString& what)
{
    throw Failure{what};
}

template <typename T> T need(Result<T> result, const char* what)
{
    if (!result.ok())
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), result.error().message));
    return result.takeValue();
}

void need(const Result<void>& result, const char* what)
{
    if (!result.ok())
        fail(QStringLiteral("%1: %2").arg(QLatin1String(what), result.error().message));
}

// Fictional passphrase; the bench never sees a real one.
Passphrase benchPassphrase()
{
    return Passphrase::fromString(QStringLiteral("bench-otter-lantern-42"));
}

// The plain twin: the same SQLCipher library and connection settings, but no sqlite3_key, so
// pages are read and written without encryption. Only the benchmark makes such a file.
std::unique_ptr<Database> openPlain(const QString& path, bool create)
{
    sqlite3* handle = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    auto db = std::make_unique<Database>(handle, path);
    if (rc != SQLITE_OK)
        fail(QStringLiteral("open plain store: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle))));
    need(StoreOpener::applyConnectionSettings(*db), "plain store settings");
    need(Migrator::migrate(*db), "plain store migration");
    return db;
}

std::unique_ptr<Database> openEncrypted(const QString& path)
{
    return need(StoreOpener::open(path, benchPassphrase()), "open encrypted store");
}

struct Stats {
    qint64 count = 0;
    double medianMs = 0;
    double p90Ms = 0;
    double pagesRead = -1; // page cache misses per run: pages read from the file (and decrypted)
};

// Page cache misses on the connection since the last call (which resets the counter).
qint64 takeCacheMisses(Database& db)
{
    int current = 0;
    int highwater = 0;
    sqlite3_db_status(db.handle(), SQLITE_DBSTATUS_CACHE_MISS, &current, &highwater, 1);
    return current;
}

Stats statsOf(QList<qint64> ns)
{
    Stats stats;
    if (ns.isEmpty())
        return stats;
    std::sort(ns.begin(), ns.end());
    const qsizetype n = ns.size();
    stats.count = n;
    const double median = n % 2 ? double(ns[n / 2]) : (double(ns[n / 2 - 1]) + double(ns[n / 2])) / 2.0;
    // Nearest-rank p90.
    const qsizetype rank = std::max<qsizetype>(1, qsizetype(std::ceil(0.9 * double(n))));
    stats.medianMs = median / 1e6;
    stats.p90Ms = double(ns[rank - 1]) / 1e6;
    return stats;
}

qint64 timeNs(const std::function<void()>& run)
{
    QElapsedTimer timer;
    timer.start();
    run();
    return timer.nsecsElapsed();
}

struct Line {
    QString query;
    Stats encrypted;
    Stats plain;
    bool ratioTarget;        // the 1.25 target applies (every query after unlock)
    double absoluteTargetMs; // median target for the encrypted store, 0 for none
};

Line makeLine(const QString& query, const Stats& encrypted, const Stats& plain, bool ratioTarget = true,
              double absoluteTargetMs = 0)
{
    return Line{query, encrypted, plain, ratioTarget, absoluteTargetMs};
}

int g_failures = 0;
int g_passes = 0;

void printHeader(int size)
{
    std::printf("\n## %d young people\n\n", size);
    std::printf("| query | enc median ms | enc p90 ms | plain median ms | plain p90 ms | ratio | n | pages read/run "
                "| targets |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
}

void printLine(const Line& line, int size)
{
    const double ratio = line.plain.medianMs > 0 ? line.encrypted.medianMs / line.plain.medianMs : 0;
    QStringList verdicts;
    if (line.ratioTarget) {
        const bool ok = ratio <= kRatioTarget;
        verdicts << QStringLiteral("ratio<=%1 %2").arg(kRatioTarget).arg(ok ? "PASS" : "FAIL");
        ok ? ++g_passes : ++g_failures;
    }
    if (line.absoluteTargetMs > 0 && size >= kTargetSize) {
        const bool ok = line.encrypted.medianMs <= line.absoluteTargetMs;
        verdicts << QStringLiteral("median<=%1ms %2").arg(line.absoluteTargetMs).arg(ok ? "PASS" : "FAIL");
        ok ? ++g_passes : ++g_failures;
    }
    const QString pages =
        line.encrypted.pagesRead < 0 ? QStringLiteral("-") : QString::number(line.encrypted.pagesRead, 'f', 0);
    std::printf("| %s | %.3f | %.3f | %.3f | %.3f | %.2f | %lld | %s | %s |\n", qPrintable(line.query),
                line.encrypted.medianMs, line.encrypted.p90Ms, line.plain.medianMs, line.plain.p90Ms, ratio,
                static_cast<long long>(line.encrypted.count), qPrintable(pages),
                verdicts.isEmpty() ? "info" : qPrintable(verdicts.join(QStringLiteral(", "))));
    std::fflush(stdout);
}

QString memoryLine()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("unavailable");
    QStringList parts;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:"))
            parts << QString::fromLatin1(line.simplified());
    }
    return parts.join(QStringLiteral(", "));
}

void releaseFreedMemory()
{
#ifdef __GLIBC__
    // Seeding ran with a 256 MiB page cache; hand what it freed back to the system so the
    // resident figure reflects the stores as the app holds them, not the seeding peak.
    malloc_trim(0);
#endif
}

qint64 fileBytes(const QString& path)
{
    qint64 total = 0;
    for (const char* suffix : {"", "-wal"})
        total += QFileInfo(path + QLatin1String(suffix)).size();
    return total;
}

demo::DemoSeeder::Options seedOptions(int size)
{
    demo::DemoSeeder::Options options;
    options.cases = size;
    options.seed = 20261126;
    options.today = kToday;
    return options;
}

void seed(Database& db, int size, const char* which)
{
    demo::DemoSeeder seeder(db, seedOptions(size));
    const auto report = seeder.run();
    if (!report.ok)
        fail(QStringLiteral("seeding the %1 store failed: %2").arg(QLatin1String(which), report.failure));
}

// Runs `body(db)` on both stores `repeat` times after `warmup` untimed runs, alternating which
// store goes first so that background load falls on both alike.
// `setup`, when given, runs untimed before each timed `body` (and its page reads are not
// counted): the work the app has always done by then, such as opening the record.
std::pair<Stats, Stats> compare(Database& encrypted, Database& plain, int warmup, int repeat,
                                const std::function<void(Database&, int)>& body,
                                const std::function<void(Database&, int)>& setup = {})
{
    for (int i = 0; i < warmup; ++i) {
        body(encrypted, -1 - i);
        body(plain, -1 - i);
    }
    QList<qint64> enc;
    QList<qint64> pla;
    qint64 encMisses = 0;
    qint64 plainMisses = 0;
    auto run = [&](Database& db, int i, QList<qint64>& times, qint64& misses) {
        if (setup)
            setup(db, i);
        takeCacheMisses(db);
        times << timeNs([&] { body(db, i); });
        misses += takeCacheMisses(db);
    };
    for (int i = 0; i < repeat; ++i) {
        if (i % 2) {
            run(plain, i, pla, plainMisses);
            run(encrypted, i, enc, encMisses);
        } else {
            run(encrypted, i, enc, encMisses);
            run(plain, i, pla, plainMisses);
        }
    }
    Stats encStats = statsOf(enc);
    Stats plainStats = statsOf(pla);
    encStats.pagesRead = double(encMisses) / repeat;
    plainStats.pagesRead = double(plainMisses) / repeat;
    return {encStats, plainStats};
}

QString firstCaseworker(Database& db)
{
    auto prepared = need(db.prepare(QStringLiteral("SELECT id FROM worker WHERE role = 'caseworker' ORDER BY login "
                                                   "LIMIT 1")),
                         "find a caseworker");
    if (!prepared->next())
        fail(QStringLiteral("the seeded store has no caseworker"));
    return prepared->text(0);
}

void setCache(Database& db, int kib)
{
    // The number is an integer from the command line, not record data.
    need(db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib)), "set cache size");
}

struct Options {
    QList<int> sizes;
    int repeat = 30;
    QList<int> cacheKiB;
    bool quick = false;
    QString dir;
};

// Young people in a store, or -1 when there is no usable store at `path`.
qint64 storedCases(Database& db)
{
    const auto counted = db.scalar("SELECT count(*) FROM young_person WHERE reference LIKE 'YP-%'");
    return counted.ok() ? counted.value().toLongLong() : -1;
}

void benchSize(int size, const Options& options)
{
    // Stores live in a temporary folder, or with --dir in a kept one where a later run reuses them
    // (delete them after changing the schema: a reused store keeps its old indexes).
    QTemporaryDir temporary;
    const QDir dir(options.dir.isEmpty() ? temporary.path() : options.dir);
    if ((options.dir.isEmpty() && !temporary.isValid()) || !QDir().mkpath(dir.path()))
        fail(QStringLiteral("no folder for the stores"));
    const QString encPath = dir.filePath(QStringLiteral("encrypted-%1.trellis").arg(size));
    const QString plainPath = dir.filePath(QStringLiteral("plain-%1.sqlite").arg(size));
    const int repeat = options.repeat;

    if (QFileInfo::exists(encPath) && QFileInfo::exists(plainPath)) {
        auto enc = openEncrypted(encPath);
        auto plain = openPlain(plainPath, false);
        if (storedCases(*enc) != size || storedCases(*plain) != size)
            fail(QStringLiteral("the stores kept in %1 do not hold %2 young people; delete them")
                     .arg(dir.path())
                     .arg(size));
        std::printf("\n# reusing the stores of %d young people in %s\n", size, qPrintable(dir.path()));
    } else {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            QFile::remove(encPath + QLatin1String(suffix));
            QFile::remove(plainPath + QLatin1String(suffix));
        }
        std::printf("\n# seeding %d young people into both stores...\n", size);
        std::fflush(stdout);
        qint64 seedEncNs = 0;
        qint64 seedPlainNs = 0;
        {
            auto db = need(StoreOpener::create(encPath, benchPassphrase()), "create encrypted store");
            seedEncNs = timeNs([&] { seed(*db, size, "encrypted"); });
        }
        {
            auto db = openPlain(plainPath, true);
            seedPlainNs = timeNs([&] { seed(*db, size, "plain"); });
        }
        std::printf("# seeded in %.1f s (encrypted) and %.1f s (plain)\n", seedEncNs / 1e9, seedPlainNs / 1e9);
    }
    releaseFreedMemory();
    std::printf("# files: %.1f MiB encrypted, %.1f MiB plain\n", fileBytes(encPath) / 1048576.0,
                fileBytes(plainPath) / 1048576.0);
    std::printf("# memory before opening: %s\n", qPrintable(memoryLine()));

    printHeader(size);

    QString workerId;
    {
        auto probe = openEncrypted(encPath);
        workerId = firstCaseworker(*probe);
    }
    // Unlock, then on the fresh connection the first caseload, which finds the page cache empty
    // and reads (and decrypts) every page it needs, and a scan of the young_person table, whose
    // time per page read is what one page costs to read, decrypt and check.
    {
        QList<qint64> unlockEnc, unlockPlain, firstEnc, firstPlain, scanEnc, scanPlain;
        qint64 firstPagesEnc = 0, scanPagesEnc = 0;
        const int unlockRepeat = std::clamp(repeat / 3, 3, 10);
        for (int i = -1; i < unlockRepeat; ++i) { // i = -1 is the warm-up
            std::unique_ptr<Database> enc;
            std::unique_ptr<Database> plain;
            const qint64 e = timeNs([&] { enc = openEncrypted(encPath); });
            const qint64 p = timeNs([&] { plain = openPlain(plainPath, false); });
            CaseloadQueries encQueries(*enc);
            CaseloadQueries plainQueries(*plain);
            takeCacheMisses(*enc);
            const qint64 fe = timeNs([&] { (void)need(encQueries.caseload(workerId), "caseload"); });
            const qint64 fePages = takeCacheMisses(*enc);
            const qint64 fp = timeNs([&] { (void)need(plainQueries.caseload(workerId), "caseload"); });
            // A fresh pair of connections for the scan, so nothing of the caseload is cached.
            enc = openEncrypted(encPath);
            plain = openPlain(plainPath, false);
            takeCacheMisses(*enc);
            const char* scan = "SELECT sum(length(given_name)) FROM young_person NOT INDEXED";
            const qint64 se = timeNs([&] { (void)need(enc->scalar(scan), "scan"); });
            const qint64 sePages = takeCacheMisses(*enc);
            const qint64 sp = timeNs([&] { (void)need(plain->scalar(scan), "scan"); });
            if (i < 0)
                continue;
            unlockEnc << e;
            unlockPlain << p;
            firstEnc << fe;
            firstPlain << fp;
            scanEnc << se;
            scanPlain << sp;
            firstPagesEnc += fePages;
            scanPagesEnc += sePages;
        }
        printLine(makeLine(QStringLiteral("unlock (open + KDF; plain: open)"), statsOf(unlockEnc), statsOf(unlockPlain),
                           false),
                  size);
        Stats first = statsOf(firstEnc);
        first.pagesRead = double(firstPagesEnc) / unlockRepeat;
        printLine(makeLine(QStringLiteral("caseload, first after unlock (cold page cache)"), first, statsOf(firstPlain),
                           true),
                  size);
        Stats scanned = statsOf(scanEnc);
        scanned.pagesRead = double(scanPagesEnc) / unlockRepeat;
        const Stats scannedPlain = statsOf(scanPlain);
        printLine(makeLine(QStringLiteral("scan young_person table (cold page cache)"), scanned, scannedPlain, false),
                  size);
        if (scanned.pagesRead > 0)
            std::printf("| (one page read: %.1f us encrypted, %.1f us plain) | | | | | | | | |\n",
                        scanned.medianMs * 1000.0 / scanned.pagesRead,
                        scannedPlain.medianMs * 1000.0 / scanned.pagesRead);
    }

    auto enc = openEncrypted(encPath);
    auto plain = openPlain(plainPath, false);
    CaseloadQueries encQueries(*enc);
    CaseloadQueries plainQueries(*plain);
    auto queriesFor = [&](Database& db) -> CaseloadQueries& { return &db == enc.get() ? encQueries : plainQueries; };

    // The same data in both, or the comparison means nothing.
    const auto caseloadEnc = need(encQueries.caseload(workerId), "caseload");
    const auto caseloadPlain = need(plainQueries.caseload(workerId), "caseload");
    if (caseloadEnc.size() != caseloadPlain.size() || caseloadEnc.isEmpty() ||
        caseloadEnc.first().id != caseloadPlain.first().id || caseloadEnc.last().id != caseloadPlain.last().id)
        fail(QStringLiteral("the two stores do not hold the same caseload"));
    std::printf("| (caseload of one worker: %lld young people) | | | | | | | | |\n",
                static_cast<long long>(caseloadEnc.size()));

    auto [caseEnc, casePlain] = compare(
        *enc, *plain, 3, repeat, [&](Database& db, int) { (void)need(queriesFor(db).caseload(workerId), "caseload"); });
    printLine(makeLine(QStringLiteral("caseload (%1 rows, by next contact due)").arg(caseloadEnc.size()), caseEnc,
                       casePlain, true),
              size);

    for (const QString& prefix : kPrefixes) {
        qsizetype hits = 0;
        auto [e, p] = compare(*enc, *plain, 2, repeat, [&](Database& db, int) {
            hits = need(queriesFor(db).searchByName(prefix), "search").size();
        });
        printLine(
            makeLine(QStringLiteral("search \"%1\" (%2 rows)").arg(prefix).arg(hits), e, p, true, kSearchTargetMs),
            size);
    }

    // A different young person each time, as a worker opening one record after another: their
    // pages are mostly not cached yet, so this measures the decrypting too.
    QStringList people;
    for (const auto& row : caseloadEnc)
        people << row.id;
    const int fullRepeat = repeat * 5;
    const auto personAt = [&](int i) {
        // Spread over the caseload; warm-up runs (negative i) use other people than timed runs.
        const qsizetype n = people.size();
        const qsizetype index = ((qsizetype(i) + 7) * 7919) % n;
        return people.at(index < 0 ? index + n : index);
    };
    auto [fullEnc, fullPlain] = compare(*enc, *plain, 5, fullRepeat, [&](Database& db, int i) {
        auto full = need(queriesFor(db).fullRecord(personAt(i)), "full record");
        if (!full)
            fail(QStringLiteral("a young person from the caseload has no full record"));
    });
    printLine(makeLine(QStringLiteral("full record of one young person (different each run)"), fullEnc, fullPlain, true,
                       kFullRecordTargetMs),
              size);

    // The same young person again: the view a worker returns to, served from the page cache.
    auto [againEnc, againPlain] = compare(*enc, *plain, 3, fullRepeat, [&](Database& db, int) {
        (void)need(queriesFor(db).fullRecord(people.first()), "full record");
    });
    printLine(makeLine(QStringLiteral("full record, same young person again"), againEnc, againPlain, true,
                       kFullRecordTargetMs),
              size);

    // Each contact is its own transaction with synchronous=FULL, so this is mostly fsync. The
    // stores grow by a few rows each; nothing later reads them.
    const QDateTime now(kToday, QTime(12, 0), Qt::UTC);
    auto logContact = [&](Database& db, int i) {
        Record contact(domain::Entities::get(domain::entity::Contact));
        contact.set(QStringLiteral("young_person_id"), personAt(i + 1000));
        contact.set(QStringLiteral("occurred_at"), now.addSecs(-3600));
        contact.set(QStringLiteral("duration_minutes"), QVariant::fromValue<qlonglong>(45));
        contact.set(QStringLiteral("kind"), QStringLiteral("office"));
        contact.set(QStringLiteral("attendance"), QStringLiteral("attended"));
        contact.set(QStringLiteral("summary"), QStringLiteral("Benchmark contact: fictional."));
        contact.set(QStringLiteral("next_contact_due"), kToday.addDays(14));
        const auto outcome =
            need(queriesFor(db).logContact(contact, QStringLiteral("bench.worker"), now), "log contact");
        if (!outcome.saved)
            fail(QStringLiteral("the benchmark contact did not validate"));
    };
    // As in the app: the worker logs a contact from the record they have open, so that record's
    // pages have been read (untimed here) before the contact is saved.
    auto [logEnc, logPlain] = compare(*enc, *plain, 2, repeat, logContact, [&](Database& db, int i) {
        (void)need(queriesFor(db).fullRecord(personAt(i + 1000)), "full record");
    });
    printLine(makeLine(QStringLiteral("log a contact from the open record (one transaction, fsync)"), logEnc, logPlain,
                       true),
              size);
    // The same write for a young person whose pages were never read: the cold case, for information.
    auto [coldEnc, coldPlain] = compare(*enc, *plain, 2, repeat, [&](Database& db, int i) { logContact(db, i + 500); });
    printLine(makeLine(QStringLiteral("log a contact, record not read first (cold pages)"), coldEnc, coldPlain, false),
              size);

    std::printf("\nmemory after %d: %s (both stores open, page cache %d KiB each)\n", size, qPrintable(memoryLine()),
                StoreOpener::kCacheKiB);

    const bool cacheRun = !options.cacheKiB.isEmpty() && (size >= kTargetSize || options.quick);
    if (!cacheRun)
        return;
    std::printf("\n### page cache size at %d young people (caseload and search; medians, ms)\n\n", size);
    std::printf("| cache | caseload enc | caseload plain | ratio | search enc (worst prefix) | search plain | ratio "
                "| VmRSS after |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (const int kib : options.cacheKiB) {
        setCache(*enc, kib);
        setCache(*plain, kib);
        auto [ce, cp] = compare(*enc, *plain, 3, repeat,
                                [&](Database& db, int) { (void)need(queriesFor(db).caseload(workerId), "caseload"); });
        Stats worstEnc;
        Stats worstPlain;
        for (const QString& prefix : kPrefixes) {
            auto [e, p] = compare(*enc, *plain, 2, repeat, [&](Database& db, int) {
                (void)need(queriesFor(db).searchByName(prefix), "search");
            });
            if (e.medianMs > worstEnc.medianMs) {
                worstEnc = e;
                worstPlain = p;
            }
        }
        std::printf("| %d MiB | %.3f | %.3f | %.2f | %.3f | %.3f | %.2f | %s |\n", kib / 1024, ce.medianMs, cp.medianMs,
                    ce.medianMs / cp.medianMs, worstEnc.medianMs, worstPlain.medianMs,
                    worstEnc.medianMs / worstPlain.medianMs, qPrintable(memoryLine()));
        std::fflush(stdout);
    }
    setCache(*enc, StoreOpener::kCacheKiB);
    setCache(*plain, StoreOpener::kCacheKiB);
}

QList<int> parseList(const QString& text, bool* ok)
{
    QList<int> values;
    *ok = true;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool partOk = false;
        const int value = part.trimmed().toInt(&partOk);
        if (!partOk || value <= 0) {
            *ok = false;
            return {};
        }
        values << value;
    }
    *ok = *ok && !values.isEmpty();
    return values;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("store_bench"));
    // The store logs a line per open; 40 unlocks would bury the table.
    QLoggingCategory::setFilterRules(QStringLiteral("trellis.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the caseload queries on an encrypted store against the "
                                                    "same data in a plain SQLite file."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Smoke run: 1,000 young people, few "
                                                                           "repetitions."));
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Caseload sizes to build."),
                                   QStringLiteral("n,n,..."), QStringLiteral("1000,10000,100000"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Timed runs per query (default 30)."),
                                    QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption cacheSizes(QStringLiteral("cache-sizes"),
                                        QStringLiteral("Page cache sizes in KiB to compare at 100,000 (default "
                                                       "2048,16384,65536)."),
                                        QStringLiteral("kib,kib,..."), QStringLiteral("2048,16384,65536"));
    const QCommandLineOption keep(QStringLiteral("dir"),
                                  QStringLiteral("Keep the stores in this folder and reuse them on the next run "
                                                 "(delete them after a schema change)."),
                                  QStringLiteral("path"));
    parser.addOptions({quick, sizes, repeat, cacheSizes, keep});
    parser.process(app);

    Options options;
    bool ok = true;
    options.quick = parser.isSet(quick);
    options.sizes = options.quick && !parser.isSet(sizes) ? QList<int>{1000} : parseList(parser.value(sizes), &ok);
    if (!ok) {
        std::fprintf(stderr, "store_bench: --sizes wants positive numbers separated by commas\n");
        return 2;
    }
    options.repeat = parser.value(repeat).toInt(&ok);
    if (!ok || options.repeat < 1) {
        std::fprintf(stderr, "store_bench: --repeat wants a positive number\n");
        return 2;
    }
    if (options.quick && !parser.isSet(repeat))
        options.repeat = 5;
    options.cacheKiB = parseList(parser.value(cacheSizes), &ok);
    if (!ok) {
        std::fprintf(stderr, "store_bench: --cache-sizes wants positive numbers (KiB) separated by commas\n");
        return 2;
    }
    if (options.quick && !parser.isSet(cacheSizes))
        options.cacheKiB.clear();
    options.dir = parser.value(keep);

    std::printf("# store_bench %s\n", qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    std::printf("# SQLite %s, SQLCipher page cache %d KiB, %s, repeat %d\n", sqlite3_libversion(),
                StoreOpener::kCacheKiB, qPrintable(QSysInfo::prettyProductName()), options.repeat);
    try {
        for (const int size : options.sizes)
            benchSize(size, options);
    } catch (const Failure& failure) {
        std::fprintf(stderr, "store_bench: %s\n", qPrintable(failure.what));
        return 1;
    }
    std::printf("\n# targets: %d PASS, %d FAIL%s\n", g_passes, g_failures,
                g_failures ? " (misses are reported, not errors: exit 0)" : "");
    return 0;
}
