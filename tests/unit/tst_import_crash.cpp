// A JSON Lines import is all or nothing even when the process dies: kill -9 at several points of
// a 100,000-record import must leave a store that opens, verifies, and holds either every record
// of the file or none of them. The test runs its own executable as the importing child (see
// main() at the end), so the kill is a real SIGKILL of a real process, not a simulated failure.

#include "TestStore.h"

#include "demo/DemoSeeder.h"
#include "domain/Entities.h"
#include "domain/Validator.h"
#include "io/JsonLinesExporter.h"
#include "io/JsonLinesImporter.h"
#include "store/RecordRepository.h"
#include "store/StoreOpener.h"
#include "store/StoreVerifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>

#include <sys/types.h>

using namespace trellis;
using namespace trellis::test;

namespace {

const char* const kChildFlag = "--child-import";
// Fixed so that the seeded dates are the same on every run and valid on import.
const QDate kToday(2026, 11, 26);
// About 26 records a case with seed 1: a little over 100,000 records in all.
constexpr int kCases = 3900;
constexpr qint64 kMinimumRecords = 100000;
// Far above a normal run; a child that takes this long is stuck.
constexpr int kChildTimeoutMs = 240000;

using Counts = QMap<QString, qint64>;

// The child: imports the file into the store and reports progress on stderr, one line each.
int runChildImport(const QString& storePath, const QString& filePath)
{
    auto opened = StoreOpener::open(storePath, testPassphrase());
    if (!opened.ok()) {
        std::fprintf(stderr, "child: cannot open the store: %s\n", qPrintable(opened.error().message));
        return 2;
    }
    auto db = opened.takeValue();
    io::JsonLinesImporter importer(*db, domain::Validator(kToday), QStringLiteral("import.crash"));
    importer.setProgress([](qint64 lines, const QString& phase) {
        std::fprintf(stderr, "progress %s %lld\n", qPrintable(phase), static_cast<long long>(lines));
        std::fflush(stderr);
    });
    const auto report = importer.importFile(filePath);
    if (!report.ok) {
        std::fprintf(stderr, "child: import failed: %s (%lld line errors)\n", qPrintable(report.failure),
                     static_cast<long long>(report.errors.size()));
        // Line numbers, field names and the validator's words; never a field's value.
        for (const auto& error : report.errors.mid(0, 5))
            std::fprintf(stderr, "child: %s\n", qPrintable(error.toString()));
        return 3;
    }
    std::fprintf(stderr, "committed %lld\n", static_cast<long long>(report.records));
    std::fflush(stderr);
    // Closing the last connection checkpoints the WAL into the main file: a kill from here on
    // lands in that checkpoint.
    db.reset();
    std::fprintf(stderr, "closed\n");
    return 0;
}

Counts countsOf(Database& db, QString* error)
{
    Counts counts;
    RecordRepository repository(db);
    for (const auto& def : domain::Entities::all()) {
        auto counted = repository.count(def);
        if (!counted.ok()) {
            *error = counted.error().message;
            return {};
        }
        counts.insert(def.name, counted.value());
    }
    return counts;
}

QString describe(const Counts& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return parts.join(QLatin1Char(' '));
}

// What a killed import may leave: nothing (killed before the commit), everything (killed after
// it), or either (killed so near the commit that the signal may land on either side of it).
enum class Expect { None, All, Either };

} // namespace

Q_DECLARE_METATYPE(Expect)

class TestImportCrash : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void completeImportHoldsEverything();
    void killedImportIsAllOrNothing_data();
    void killedImportIsAllOrNothing();

private:
    // When to send SIGKILL: on an output line of the child, or once the -wal or the store file
    // has grown to a size; whichever comes first. Zero or empty means "not on this".
    struct KillAt {
        QByteArray line;
        qint64 walBytes = 0;
        qint64 storeBytes = 0;
    };
    struct ChildRun {
        QString log;
        bool killed = false;
        qint64 walBytesAtKill = -1;
        qint64 storeBytesAtKill = -1;
        qint64 walPeak = 0;
        qint64 elapsedMs = 0;
        QProcess::ExitStatus exitStatus = QProcess::NormalExit;
        int exitCode = -1;
    };
    // Makes a fresh empty store and returns its path.
    QString freshStore(const QString& name);
    // Runs the child on `storePath` and kills it with SIGKILL at `killAt`. A line matches when
    // it is `killAt.line` or starts with it and a space.
    ChildRun runChild(const QString& storePath, const KillAt& killAt);
    // Opens the store after the child, verifies it, and returns its counts.
    Counts verifiedCounts(const QString& storePath);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_exportPath;
    Counts m_exported;
    Counts m_afterFullImport; // the exported counts plus the import's own audit event
    Counts m_empty;
    qint64 m_lines = 0;
    // From the uninterrupted import, to aim kills at its commit and at the closing checkpoint.
    qint64 m_walPeak = 0;
    qint64 m_fullStoreBytes = 0;
};

void TestImportCrash::initTestCase()
{
    // CMake names a private TMPDIR per test but does not create it, and QDir::tempPath() is
    // empty while it does not exist; the folder for the stores is made once it does.
    const QByteArray tmp = qgetenv("TMPDIR");
    if (!tmp.isEmpty())
        QVERIFY(QDir().mkpath(QString::fromLocal8Bit(tmp)));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QElapsedTimer timer;
    timer.start();

    // The file is made once per run: seed a store with the demo caseload and export it.
    const QString seedPath = m_dir->filePath(QStringLiteral("seed.trellis"));
    {
        auto created = StoreOpener::create(seedPath, testPassphrase());
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        auto db = created.takeValue();
        demo::DemoSeeder::Options options;
        options.cases = kCases;
        options.today = kToday;
        demo::DemoSeeder seeder(*db, options);
        const auto seeded = seeder.run();
        QVERIFY2(seeded.ok, qPrintable(seeded.failure));
        QVERIFY2(seeded.records >= kMinimumRecords,
                 qPrintable(QStringLiteral("the seeder made %1 records; raise kCases").arg(seeded.records)));
        const qint64 seededMs = timer.elapsed();

        m_exportPath = m_dir->filePath(QStringLiteral("caseload.jsonl"));
        QFile out(m_exportPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        io::JsonLinesExporter exporter(*db);
        const auto exported = exporter.exportTo(out);
        QVERIFY2(exported.ok, qPrintable(exported.failure));
        out.close();
        // Every seeded record is in the file; the audit trail (one event for the seeding) may or
        // may not be exported, and the counts below take the file's word for it.
        for (const auto& def : domain::Entities::all())
            m_exported.insert(def.name, exported.perEntity.value(def.name));
        for (auto it = seeded.perEntity.cbegin(); it != seeded.perEntity.cend(); ++it)
            QCOMPARE(m_exported.value(it.key()), it.value());
        QCOMPARE(exported.records, seeded.records + m_exported.value(domain::entity::AuditEvent));
        QVERIFY(exported.records >= kMinimumRecords);
        m_lines = exported.records;
        qInfo("seeded %lld records in %lld ms, exported %lld lines (%lld MiB) in %lld ms",
              static_cast<long long>(seeded.records), static_cast<long long>(seededMs),
              static_cast<long long>(m_lines), static_cast<long long>(QFileInfo(m_exportPath).size() >> 20),
              static_cast<long long>(timer.elapsed() - seededMs));
    }
    QVERIFY(QFile::remove(seedPath));

    m_afterFullImport = m_exported;
    // The import writes one audit event of its own in the same transaction.
    m_afterFullImport[domain::entity::AuditEvent] += 1;
    for (auto it = m_exported.cbegin(); it != m_exported.cend(); ++it)
        m_empty.insert(it.key(), 0);
    qInfo("exported: %s", qPrintable(describe(m_exported)));
}

QString TestImportCrash::freshStore(const QString& name)
{
    const QString path = m_dir->filePath(name + QStringLiteral(".trellis"));
    auto created = StoreOpener::create(path, testPassphrase());
    if (!created.ok()) {
        QTest::qFail(qPrintable(created.error().message), __FILE__, __LINE__);
        return {};
    }
    return path;
}

TestImportCrash::ChildRun TestImportCrash::runChild(const QString& storePath, const KillAt& killAt)
{
    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    const QString walPath = storePath + QStringLiteral("-wal");
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChildFlag), storePath, m_exportPath});
    if (!child.waitForStarted()) {
        run.log = child.errorString();
        return run;
    }
    QByteArray log;
    auto killNow = [&] {
        run.walBytesAtKill = QFileInfo(walPath).size();
        run.storeBytesAtKill = QFileInfo(storePath).size();
        // QProcess says 0 once the child has ended, and kill(0, ...) would kill this whole
        // process group: the test and ctest with it.
        const qint64 pid = child.processId();
        if (pid <= 0)
            return;
        ::kill(pid_t(pid), SIGKILL);
        run.killed = true;
    };
    while (child.state() != QProcess::NotRunning && !run.killed && timer.elapsed() < kChildTimeoutMs) {
        // A short wait: the file sizes are polled between lines, and a late look misses the
        // commit or the checkpoint the kill is aimed at.
        child.waitForReadyRead(2);
        const qint64 wal = QFileInfo(walPath).size();
        run.walPeak = std::max(run.walPeak, wal);
        if ((killAt.walBytes > 0 && wal >= killAt.walBytes) ||
            (killAt.storeBytes > 0 && QFileInfo(storePath).size() >= killAt.storeBytes)) {
            killNow();
            break;
        }
        while (child.canReadLine()) {
            const QByteArray line = child.readLine();
            log += line;
            // Whole words only: "progress writing 10000" must not fire on "... 100000".
            const QByteArray text = line.trimmed();
            if (!killAt.line.isEmpty() && (text == killAt.line || text.startsWith(killAt.line + ' '))) {
                killNow();
                break;
            }
        }
    }
    if (!child.waitForFinished(kChildTimeoutMs))
        child.kill(); // stuck: the checks below fail on the exit status
    child.waitForFinished();
    log += child.readAll();
    run.log = QString::fromUtf8(log);
    run.exitStatus = child.exitStatus();
    run.exitCode = child.exitCode();
    run.elapsedMs = timer.elapsed();
    return run;
}

Counts TestImportCrash::verifiedCounts(const QString& storePath)
{
    auto opened = StoreOpener::open(storePath, testPassphrase());
    if (!opened.ok()) {
        QTest::qFail(qPrintable(QStringLiteral("the store did not open: ") + opened.error().message), __FILE__,
                     __LINE__);
        return {};
    }
    auto db = opened.takeValue();
    const auto verified = StoreVerifier::verify(*db);
    if (!verified.ok) {
        const QString problems = verified.problems.join(QLatin1Char('\n'));
        QTest::qFail(qPrintable(QStringLiteral("the store did not verify: ") + problems), __FILE__, __LINE__);
        return {};
    }
    QString error;
    const Counts counts = countsOf(*db, &error);
    if (!error.isEmpty())
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return counts;
}

// The baseline: left alone, the child imports every record and the store verifies. It also
// measures the WAL at the commit and the checkpointed store, where the later kills aim.
void TestImportCrash::completeImportHoldsEverything()
{
    const QString store = freshStore(QStringLiteral("complete"));
    QVERIFY(!store.isEmpty());
    const ChildRun run = runChild(store, {});
    QVERIFY2(run.exitStatus == QProcess::NormalExit && run.exitCode == 0, qPrintable(run.log));
    QVERIFY2(run.log.contains(QStringLiteral("committed %1").arg(m_lines)), qPrintable(run.log));
    // The child's close checkpointed the WAL into the store and removed it.
    QVERIFY(!QFileInfo::exists(store + QStringLiteral("-wal")));
    m_walPeak = run.walPeak;
    m_fullStoreBytes = QFileInfo(store).size();
    const Counts counts = verifiedCounts(store);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(describe(counts), describe(m_afterFullImport));
    qInfo("full import of %lld records took %lld ms; WAL peaked at %lld MiB, store is %lld MiB",
          static_cast<long long>(m_lines), static_cast<long long>(run.elapsedMs),
          static_cast<long long>(m_walPeak >> 20), static_cast<long long>(m_fullStoreBytes >> 20));
    QVERIFY(QFile::remove(store));
}

void TestImportCrash::killedImportIsAllOrNothing_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("walBytes");
    QTest::addColumn<qint64>("storeBytes");
    QTest::addColumn<Expect>("expect");
    // The importer reports every 10,000 lines: "checking" in its read-only first pass, then
    // "writing" inside the one transaction. A kill before the commit must leave nothing; a kill
    // after it must leave everything; nothing in between is ever right.
    const qint64 lastReport = (m_lines / 10000) * 10000;
    QTest::newRow("checking pass") << QByteArray("progress checking 50000") << qint64(0) << qint64(0) << Expect::None;
    QTest::newRow("writing begun") << QByteArray("progress writing 10000") << qint64(0) << qint64(0) << Expect::None;
    QTest::newRow("writing half done") << QByteArray("progress writing 50000") << qint64(0) << qint64(0)
                                       << Expect::None;
    // Only a few thousand lines and the commit remain.
    QTest::newRow("writing nearly done") << QByteArray("progress writing " + QByteArray::number(lastReport))
                                         << qint64(0) << qint64(0) << Expect::Either;
    // The commit writes the last dirty pages to the WAL and then its commit frame: 97% of the WAL
    // the full import left lands in that last flush, a moment before or after the commit.
    QTest::newRow("inside the commit") << QByteArray() << m_walPeak * 97 / 100 << qint64(0) << Expect::Either;
    // Closing the store copies the WAL into the main file, which grows from an empty store to
    // its full size; half way is in the middle of that checkpoint. The commit is behind it.
    QTest::newRow("during the checkpoint") << QByteArray() << qint64(0) << m_fullStoreBytes / 2 << Expect::All;
    QTest::newRow("after commit") << QByteArray("committed") << qint64(0) << qint64(0) << Expect::All;
}

void TestImportCrash::killedImportIsAllOrNothing()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, walBytes);
    QFETCH(qint64, storeBytes);
    QFETCH(Expect, expect);
    if (line.isEmpty() && walBytes == 0 && storeBytes == 0)
        QSKIP("the uninterrupted import did not run, so there are no sizes to aim at");

    QString name = QString::fromLatin1(QTest::currentDataTag());
    const QString store = freshStore(name.replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(!store.isEmpty());
    const ChildRun run = runChild(store, {line, walBytes, storeBytes});
    // The kills aimed by file size race the child: on a loaded machine it can finish the commit,
    // the checkpoint and its exit between two looks. That run proves less, but is no failure
    // where "all" is an allowed outcome; where only "none" is, the kill comes from a progress
    // line with tens of thousands of records still to write, and must land.
    const bool finishedFirst = !run.killed && run.exitStatus == QProcess::NormalExit && run.exitCode == 0;
    if (finishedFirst && expect != Expect::None) {
        qWarning("the child finished before the kill point was seen; checking its complete import instead");
    } else {
        QVERIFY2(run.killed, qPrintable(QStringLiteral("the kill point was never reached:\n") + run.log));
        QVERIFY2(run.exitStatus == QProcess::CrashExit, qPrintable(run.log));
    }

    const Counts counts = verifiedCounts(store);
    if (QTest::currentTestFailed())
        return;
    const bool none = counts == m_empty;
    const bool all = counts == m_afterFullImport;
    qInfo("killed after %lld ms, WAL %lld KiB, store %lld KiB: the store holds %s of the import",
          static_cast<long long>(run.elapsedMs), static_cast<long long>(run.walBytesAtKill / 1024),
          static_cast<long long>(run.storeBytesAtKill / 1024), none ? "none" : all ? "all" : "PART");
    QVERIFY2(none || all, qPrintable(QStringLiteral("a partial import survived: ") + describe(counts)));
    if (expect == Expect::None)
        QVERIFY2(none, qPrintable(describe(counts)));
    else if (expect == Expect::All || finishedFirst)
        QVERIFY2(all, qPrintable(describe(counts)));
    QVERIFY(QFile::remove(store));
}

// The child branch runs before QTest sees the arguments, so the child never runs the tests.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], kChildFlag) == 0)
        return runChildImport(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestImportCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_import_crash.moc"
