// trellisctl driven in-process: CtlApp::run() with its output and errors captured in strings.
// Every store, passphrase file and export lives in a temporary folder; every passphrase, name
// and number is fictional. Usage, init, stats, verify, rekey, passphrases and what the commands
// print; export and import are in tst_ctl_import_export.cpp.

#include "CtlTestSupport.h"
#include "TestStore.h"

#include "TrellisVersion.h"
#include "ctl/CtlApp.h"
#include "domain/Entities.h"
#include "store/Migrator.h"
#include "store/RecordRepository.h"
#include "store/StoreOpener.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::ctlsupport;

namespace {

const QByteArray kPlainHeader("SQLite format 3\0", 16);

bool flipByte(const QString& path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    char byte = 0;
    if (!file.getChar(&byte) || !file.seek(offset))
        return false;
    return file.putChar(char(byte ^ 0x5a));
}

// Names, dates of birth, references and numbers of the records in a store.
QStringList recordValues(Database& db)
{
    QStringList values;
    RecordRepository repository(db);
    const QStringList fields{"given_name", "family_name", "preferred_name", "date_of_birth",
                             "reference",  "phone_primary", "email"};
    for (const QString& entity : {domain::entity::YoungPerson, domain::entity::TrustedAdult}) {
        (void)repository.forEach(domain::Entities::get(entity), [&](const domain::Record& record) {
            for (const QString& field : fields) {
                const QVariant value = record.value(field);
                const QString text =
                    value.typeId() == QMetaType::QDate ? value.toDate().toString(Qt::ISODate) : value.toString();
                if (text.size() >= 3)
                    values << text;
            }
            return true;
        });
    }
    values.removeDuplicates();
    return values;
}

QStringList g_logged;
void captureLog(QtMsgType, const QMessageLogContext&, const QString& message) { g_logged << message; }

} // namespace

class TestCtl : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void usageErrors_data();
    void usageErrors();
    void versionAndHelp();

    void initCreatesEncryptedStore();
    void initRefusesExistingFile();
    void storeWhoseFirstBytesLookLikeTextOpens();
    void wrongPassphraseChangesNothing();
    void statsMatchSeedReport();
    void seedDemoTwiceChangesNothing();
    void verifyHealthyStore();
    void verifyReportsFlippedByte();

    void rekeyChangesPassphrase();
    void rekeyWithWrongPassphraseChangesNothing();
    void passphraseFromStandardInput();

    void outputNeverContainsRecordValues();
};

void TestCtl::initTestCase()
{
    // The test runner gives each test a private TMPDIR that may not exist yet.
    QVERIFY(QDir().mkpath(QDir::tempPath()));
}

// --- usage ------------------------------------------------------------------------------------

void TestCtl::usageErrors_data()
{
    // STORE and PASS stand for a store path and a passphrase file in the test's folder.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("problem");
    const QStringList on{"--store", "STORE", "--passphrase-file", "PASS"};
    QTest::newRow("no command") << QStringList{} << "no command given";
    QTest::newRow("no command, only the store") << on << "no command given";
    QTest::newRow("unknown command") << on + QStringList{"frobnicate"} << "unknown command \"frobnicate\"";
    QTest::newRow("missing --store") << QStringList{"--passphrase-file", "PASS", "stats"} << "--store PATH is required";
    QTest::newRow("missing --passphrase-file")
        << QStringList{"--store", "STORE", "stats"} << "--passphrase-file FILE (or - for standard input) is required";
    QTest::newRow("--store without a value") << QStringList{"stats", "--store"} << "Missing value after '--store'";
    QTest::newRow("unknown option") << on + QStringList{"stats", "--frobnicate"} << "Unknown option 'frobnicate'";
    QTest::newRow("import without FILE") << on + QStringList{"import"} << "import needs exactly one FILE";
    QTest::newRow("import with two files") << on + QStringList{"import", "a.jsonl", "b.jsonl"}
                                           << "import needs exactly one FILE";
    QTest::newRow("stats with a file") << on + QStringList{"stats", "extra"} << "stats takes no file argument";
    QTest::newRow("--cases on stats") << on + QStringList{"stats", "--cases", "5"}
                                      << "--cases only applies to seed-demo";
    QTest::newRow("--seed on export") << on + QStringList{"export", "--seed", "5"}
                                      << "--seed only applies to seed-demo";
    QTest::newRow("--output on import") << on + QStringList{"import", "a.jsonl", "--output", "b.jsonl"}
                                        << "--output only applies to export";
    QTest::newRow("--new-passphrase-file on init") << on + QStringList{"init", "--new-passphrase-file", "PASS"}
                                                   << "--new-passphrase-file only applies to rekey";
    QTest::newRow("rekey without a new passphrase") << on + QStringList{"rekey"}
                                                    << "rekey needs --new-passphrase-file FILE";
    QTest::newRow("seed-demo without --cases") << on + QStringList{"seed-demo"} << "seed-demo needs --cases N";
    QTest::newRow("seed-demo --cases abc") << on + QStringList{"seed-demo", "--cases", "abc"}
                                           << "--cases must be a whole number from 1 to 1000000";
    QTest::newRow("seed-demo --cases 0") << on + QStringList{"seed-demo", "--cases", "0"}
                                         << "--cases must be a whole number from 1 to 1000000";
    QTest::newRow("seed-demo --seed -1") << on + QStringList{"seed-demo", "--cases", "3", "--seed", "-1"}
                                         << "--seed must be a whole number";
    QTest::newRow("seed-demo --workers 0") << on + QStringList{"seed-demo", "--cases", "3", "--workers", "0"}
                                           << "--workers must be a whole number from 1 to 1000";
    QTest::newRow("seed-demo --today bad date")
        << on + QStringList{"seed-demo", "--cases", "3", "--today", "2025-13-45"}
        << "--today must be a date written YYYY-MM-DD";
    QTest::newRow("seed-demo --today in words") << on + QStringList{"seed-demo", "--cases", "3", "--today", "tomorrow"}
                                                << "--today must be a date written YYYY-MM-DD";
}

void TestCtl::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, problem);
    Workspace ws;
    QVERIFY(ws.isValid());
    arguments.replaceInStrings(QStringLiteral("STORE"), ws.store());
    arguments.replaceInStrings(QStringLiteral("PASS"), ws.passphraseFile());
    const auto before = snapshot(ws.path());

    const CtlResult result = runCtl(arguments);
    QVERIFY2(result.code == 2, result.said());
    QVERIFY2(result.err.startsWith(QStringLiteral("trellisctl: ") + problem), result.said());
    QVERIFY2(result.err.contains(QStringLiteral("Usage: trellisctl")), result.said());
    QVERIFY2(result.out.isEmpty(), result.said());
    // Bad usage touches nothing: no store appears.
    QCOMPARE(snapshot(ws.path()).keys(), before.keys());
}

void TestCtl::versionAndHelp()
{
    const CtlResult version = runCtl({"--version"});
    QCOMPARE(version.code, 0);
    QCOMPARE(version.out, QStringLiteral("trellisctl %1\n").arg(QLatin1String(TRELLIS_VERSION_STRING)));
    QVERIFY(version.err.isEmpty());

    for (const QString& option : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const CtlResult help = runCtl({option});
        QVERIFY2(help.code == 0, help.said());
        QVERIFY(help.out.startsWith(QStringLiteral("Usage: trellisctl --store PATH --passphrase-file FILE|-")));
        for (const char* command : {"init", "stats", "verify", "export", "import", "rekey", "seed-demo"})
            QVERIFY2(help.out.contains(QStringLiteral("  %1 ").arg(QLatin1String(command))), command);
        QVERIFY(help.out.contains(QStringLiteral("Exit status: 0 success, 1 failure, 2 bad usage.")));
        QVERIFY(help.err.isEmpty());
    }
    // --help wins over a command with missing options.
    QCOMPARE(runCtl({"stats", "--help"}).code, 0);
}

// --- init, stats, verify ------------------------------------------------------------------------

void TestCtl::initCreatesEncryptedStore()
{
    Workspace ws;
    QVERIFY(ws.isValid());
    const CtlResult init = runCtl(ws.on(ws.store()) + QStringList{"init"});
    QVERIFY2(init.code == 0, init.said());
    QVERIFY(init.out.contains(QStringLiteral("Created an encrypted store")));
    QVERIFY(QFileInfo(ws.store()).isFile());
    const QByteArray bytes = readFile(ws.store());
    QVERIFY(bytes.size() >= StoreOpener::kPageSize);
    QVERIFY(bytes.left(16) != kPlainHeader);
    QVERIFY(!bytes.contains("CREATE TABLE"));

    auto db = openStore(ws.store());
    QVERIFY(db);
    QCOMPARE(auditEvents(*db, QStringLiteral("create")), 1);
    db.reset();

    Workspace other;
    const CtlResult json = runCtl(other.on(other.store()) + QStringList{"--json", "init"});
    QVERIFY2(json.code == 0, json.said());
    QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(json.json().value(QStringLiteral("store")).toString(), other.store());
    QCOMPARE(json.json().value(QStringLiteral("schema")).toInt(), Migrator::latestVersion());
}

void TestCtl::initRefusesExistingFile()
{
    Workspace ws;
    QVERIFY(ws.isValid());
    QCOMPARE(runCtl(ws.on(ws.store()) + QStringList{"init"}).code, 0);
    const auto before = snapshot(ws.path());

    const CtlResult again = runCtl(ws.on(ws.store()) + QStringList{"init"});
    QVERIFY2(again.code == 1, again.said());
    QVERIFY2(again.err.contains(QStringLiteral("already exists")), again.said());
    QVERIFY(snapshot(ws.path()) == before);

    // Even with another passphrase, and with --json.
    const CtlResult json = runCtl(ws.on(ws.store(), ws.wrongPassphraseFile()) + QStringList{"--json", "init"});
    QCOMPARE(json.code, 1);
    QCOMPARE(json.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("already-exists"));
    QVERIFY(snapshot(ws.path()) == before);

    // A file that is not a store at all is not overwritten either.
    const QString text = ws.file(QStringLiteral("notes.txt"));
    writeFile(text, "fictional shopping list\n");
    QCOMPARE(runCtl(ws.on(text) + QStringList{"init"}).code, 1);
    QCOMPARE(readFile(text), QByteArray("fictional shopping list\n"));
}

void TestCtl::storeWhoseFirstBytesLookLikeTextOpens()
{
    // An encrypted store begins with a random salt and then ciphertext, so about one store in
    // 1,650 (0.89 ** 64) has no control character in its first 64 bytes at any given moment, and
    // every write to page 1 draws again. Such a store is still a store.
    auto looksLikeText = [](const QByteArray& head) {
        return std::none_of(head.begin(), head.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return u < 0x09 || (u > 0x0d && u < 0x20) || u == 0x7f;
        });
    };
    Workspace ws;
    QVERIFY(ws.isValid());
    // The salt never changes: make stores until one has a salt without control characters (one
    // in six or so)...
    QString path;
    for (int attempt = 0; path.isEmpty(); ++attempt) {
        QVERIFY(attempt < 200);
        const QString candidate = ws.store(QStringLiteral("store-%1.trellis").arg(attempt));
        QCOMPARE(runCtl(ws.on(candidate) + QStringList{"init"}).code, 0);
        if (looksLikeText(readFile(candidate).left(16)))
            path = candidate;
    }
    // ...then change page 1 (the schema) until the ciphertext after it has none either.
    {
        auto db = openStore(path);
        QVERIFY(db);
        for (int writes = 0; !looksLikeText(readFile(path).left(64)); ++writes) {
            QVERIFY(writes < 50000);
            QVERIFY(db->exec("CREATE TABLE scratch (x); DROP TABLE scratch; PRAGMA wal_checkpoint(TRUNCATE);").ok());
        }
    }
    const CtlResult stats = runCtl(ws.on(path) + QStringList{"stats"});
    QVERIFY2(stats.code == 0, stats.said());
}

void TestCtl::wrongPassphraseChangesNothing()
{
    Workspace ws;
    QVERIFY(ws.isValid());
    QCOMPARE(runCtl(ws.on(ws.store()) + QStringList{"seed-demo", "--cases", "3"}).code, 0);
    const auto before = snapshot(ws.path());

    const CtlResult stats = runCtl(ws.on(ws.store(), ws.wrongPassphraseFile()) + QStringList{"stats"});
    QVERIFY2(stats.code == 1, stats.said());
    QVERIFY2(stats.err.contains(QStringLiteral("The passphrase is not correct for this store")), stats.said());
    QVERIFY(!stats.all().contains(kWrongPassphrase));
    QVERIFY(snapshot(ws.path()) == before);

    const CtlResult json = runCtl(ws.on(ws.store(), ws.wrongPassphraseFile()) + QStringList{"--json", "stats"});
    QVERIFY2(json.code == 1, json.said());
    const QJsonObject object = json.json();
    QCOMPARE(object.value(QStringLiteral("ok")), QJsonValue(false));
    const QJsonObject error = object.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("wrong-passphrase"));
    QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("passphrase is not correct")));
    QVERIFY(snapshot(ws.path()) == before);

    // Every command that opens the store refuses the same way and changes nothing.
    for (const QStringList& command : {QStringList{"verify"}, QStringList{"import", ws.passphraseFile()},
                                       QStringList{"seed-demo", "--cases", "2", "--seed", "9"},
                                       QStringList{"rekey", "--new-passphrase-file", ws.newPassphraseFile()}}) {
        const CtlResult refused = runCtl(ws.on(ws.store(), ws.wrongPassphraseFile()) + command);
        QVERIFY2(refused.code == 1, refused.said());
        QVERIFY2(refused.err.contains(QStringLiteral("passphrase is not correct")), refused.said());
        QVERIFY2(snapshot(ws.path()) == before, qPrintable(command.join(QLatin1Char(' '))));
    }
}

void TestCtl::statsMatchSeedReport()
{
    Workspace ws;
    QVERIFY(ws.isValid());
    const QStringList seedDemo{"--json", "seed-demo", "--cases", "12", "--seed", "7", "--workers", "4"};
    const CtlResult seeded = runCtl(ws.on(ws.store()) + seedDemo);
    QVERIFY2(seeded.code == 0, seeded.said());
    const QJsonObject report = seeded.json();
    QCOMPARE(report.value(QStringLiteral("ok")), QJsonValue(true));
    const Counts seededCounts = countsFrom(report.value(QStringLiteral("counts")).toObject());
    qint64 total = 0;
    for (const qint64 n : seededCounts)
        total += n;
    QCOMPARE(report.value(QStringLiteral("records")).toInteger(), total);
    QCOMPARE(seededCounts.value(domain::entity::YoungPerson), 12);
    QCOMPARE(seededCounts.value(domain::entity::Worker), 4);

    const CtlResult stats = runCtl(ws.on(ws.store()) + QStringList{"--json", "stats"});
    QVERIFY2(stats.code == 0, stats.said());
    const QJsonObject object = stats.json();
    QCOMPARE(object.value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(object.value(QStringLiteral("store")).toString(), ws.store());
    QCOMPARE(object.value(QStringLiteral("schema")).toInt(), Migrator::latestVersion());
    QVERIFY(object.value(QStringLiteral("cipher_version")).toString().startsWith(QLatin1Char('4')));
    QCOMPARE(object.value(QStringLiteral("file_bytes")).toInteger(), QFileInfo(ws.store()).size());
    const Counts counts = countsFrom(object.value(QStringLiteral("counts")).toObject());

    // Every entity is counted, those the seeder made as it reported and the rest as zero.
    Counts expected;
    for (const auto& def : domain::Entities::all())
        expected.insert(def.name, seededCounts.value(def.name));
    expected.insert(domain::entity::AuditEvent, 1); // the seeding itself
    QCOMPARE(describe(counts), describe(expected));

    auto db = openStore(ws.store());
    QVERIFY(db);
    const qint64 open = db->scalar("SELECT count(*) FROM young_person WHERE status = 'open'").value().toLongLong();
    QCOMPARE(object.value(QStringLiteral("open_cases")).toInteger(), open);
    QCOMPARE(lastAuditCount(*db, QStringLiteral("create")), total);
    db.reset();

    const CtlResult text = runCtl(ws.on(ws.store()) + QStringList{"stats"});
    QVERIFY2(text.code == 0, text.said());
    QVERIFY(text.out.contains(QStringLiteral("Open cases: %1\n").arg(open)));
    for (const auto& def : domain::Entities::all()) {
        const QString row = QStringLiteral("  %1 %2\n").arg(def.name, -20).arg(expected.value(def.name), 10);
        QVERIFY2(text.out.contains(row), qPrintable(row));
    }
}

void TestCtl::seedDemoTwiceChangesNothing()
{
    // A demo caseload goes into a new or empty store; a second one is refused as a whole.
    Workspace ws;
    QVERIFY(ws.isValid());
    QCOMPARE(runCtl(ws.on(ws.store()) + QStringList{"seed-demo", "--cases", "3"}).code, 0);
    const auto before = statsCounts(ws, ws.store());
    QVERIFY(before);
    for (const char* seedValue : {"1", "2"}) {
        const CtlResult again =
            runCtl(ws.on(ws.store()) + QStringList{"--json", "seed-demo", "--cases", "3", "--seed", seedValue});
        QVERIFY2(again.code == 1, again.said());
        QCOMPARE(again.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("seed"));
    }
    const auto after = statsCounts(ws, ws.store());
    QVERIFY(after);
    QCOMPARE(describe(*after), describe(*before));
}

void TestCtl::verifyHealthyStore()
{
    Workspace ws;
    QVERIFY(ws.isValid());
    QCOMPARE(runCtl(ws.on(ws.store()) + QStringList{"seed-demo", "--cases", "8"}).code, 0);
    const CtlResult verify = runCtl(ws.on(ws.store()) + QStringList{"verify"});
    QVERIFY2(verify.code == 0, verify.said());
    QVERIFY(verify.out.contains(QStringLiteral("The store verified")));
    QVERIFY(verify.err.isEmpty());

    const CtlResult json = runCtl(ws.on(ws.store()) + QStringList{"--json", "verify"});
    QVERIFY2(json.code == 0, json.said());
    QCOMPARE(json.json().value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(json.json().value(QStringLiteral("cipher_failures")).toInt(), 0);
    QCOMPARE(json.json().value(QStringLiteral("problems")).toArray().size(), 0);
}

void TestCtl::verifyReportsFlippedByte()
{
    Workspace ws;
    QVERIFY(ws.isValid());
    QCOMPARE(runCtl(ws.on(ws.store()) + QStringList{"seed-demo", "--cases", "20", "--today", "2025-06-30"}).code, 0);
    // Every command closed the store: no write-ahead log is left to replay over the damage.
    QVERIFY(!QFileInfo::exists(ws.store() + QStringLiteral("-wal")));
    const qint64 size = QFileInfo(ws.store()).size();
    const qint64 pages = size / StoreOpener::kPageSize;
    QVERIFY2(pages > 10, qPrintable(QString::number(pages)));
    // A byte in the middle of the last page: a data page, far from page 1 and the schema.
    QVERIFY(flipByte(ws.store(), (pages - 1) * StoreOpener::kPageSize + 1000));

    const CtlResult verify = runCtl(ws.on(ws.store()) + QStringList{"verify"});
    QVERIFY2(verify.code == 1, verify.said());
    QVERIFY2(verify.err.contains(QStringLiteral("encryption check: ")), verify.said());
    QVERIFY2(verify.err.contains(QStringLiteral("the store did not verify")), verify.said());

    const CtlResult json = runCtl(ws.on(ws.store()) + QStringList{"--json", "verify"});
    QVERIFY2(json.code == 1, json.said());
    const QJsonObject object = json.json();
    QCOMPARE(object.value(QStringLiteral("ok")), QJsonValue(false));
    QCOMPARE(object.value(QStringLiteral("cipher_failures")).toInt(), 1);
    QVERIFY(!object.value(QStringLiteral("problems")).toArray().isEmpty());
}

// --- rekey and passphrases ----------------------------------------------------------------------

void TestCtl::rekeyChangesPassphrase()
{
    Workspace ws;
    QVERIFY(ws.isValid());
    QCOMPARE(runCtl(ws.on(ws.store()) + QStringList{"seed-demo", "--cases", "5"}).code, 0);
    const auto before = statsCounts(ws, ws.store());
    QVERIFY(before);

    const CtlResult rekey =
        runCtl(ws.on(ws.store()) + QStringList{"rekey", "--new-passphrase-file", ws.newPassphraseFile()});
    QVERIFY2(rekey.code == 0, rekey.said());
    QVERIFY(rekey.out.contains(QStringLiteral("new passphrase")));
    QVERIFY(!rekey.all().contains(kPassphrase));
    QVERIFY(!rekey.all().contains(kNewPassphrase));

    const CtlResult old = runCtl(ws.on(ws.store()) + QStringList{"--json", "stats"});
    QVERIFY2(old.code == 1, old.said());
    QCOMPARE(old.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("wrong-passphrase"));

    const auto after = statsCounts(ws, ws.store(), ws.newPassphraseFile());
    QVERIFY(after);
    QCOMPARE(describe(withoutAudit(*after)), describe(withoutAudit(*before)));
    QCOMPARE(after->value(domain::entity::AuditEvent), before->value(domain::entity::AuditEvent) + 1);
    QCOMPARE(runCtl(ws.on(ws.store(), ws.newPassphraseFile()) + QStringList{"verify"}).code, 0);
    auto db = openStore(ws.store(), kNewPassphrase);
    QVERIFY(db);
    QCOMPARE(auditEvents(*db, QStringLiteral("rekey")), 1);
    db.reset();

    // No temporary copy is left beside the store.
    const QStringList leftovers =
        QDir(ws.path()).entryList({QStringLiteral("*.rekey-*")}, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
}

void TestCtl::rekeyWithWrongPassphraseChangesNothing()
{
    Workspace ws;
    QVERIFY(ws.isValid());
    QCOMPARE(runCtl(ws.on(ws.store()) + QStringList{"init"}).code, 0);
    const auto before = snapshot(ws.path());
    const CtlResult rekey = runCtl(ws.on(ws.store(), ws.wrongPassphraseFile()) +
                                   QStringList{"rekey", "--new-passphrase-file", ws.newPassphraseFile()});
    QCOMPARE(rekey.code, 1);
    QVERIFY(snapshot(ws.path()) == before);

    // An empty new passphrase is refused before anything is written.
    const QString empty = ws.file(QStringLiteral("empty.txt"));
    writeFile(empty, "\n");
    const auto withEmpty = snapshot(ws.path());
    const CtlResult refused = runCtl(ws.on(ws.store()) + QStringList{"rekey", "--new-passphrase-file", empty});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("empty")), refused.said());
    QVERIFY(snapshot(ws.path()) == withEmpty);
    QCOMPARE(runCtl(ws.on(ws.store()) + QStringList{"stats"}).code, 0);
}

void TestCtl::passphraseFromStandardInput()
{
    Workspace ws;
    QVERIFY(ws.isValid());
    // Standard input becomes the passphrase file for the rest of this test program.
    QVERIFY(std::freopen(QFile::encodeName(ws.passphraseFile()).constData(), "r", stdin));
    const CtlResult init = runCtl({"--store", ws.store(), "--passphrase-file", "-", "init"});
    QVERIFY2(init.code == 0, init.said());
    // The passphrase read from standard input is the one in the file.
    QCOMPARE(runCtl(ws.on(ws.store()) + QStringList{"stats"}).code, 0);

    // Standard input at its end: an empty passphrase, refused.
    const CtlResult empty = runCtl({"--store", ws.store(), "--passphrase-file", "-", "stats"});
    QCOMPARE(empty.code, 1);
    QVERIFY2(empty.err.contains(QStringLiteral("the passphrase file is empty")), empty.said());
    QVERIFY(std::freopen("/dev/null", "r", stdin));
}

// --- privacy ----------------------------------------------------------------------------------

void TestCtl::outputNeverContainsRecordValues()
{
    Workspace ws;
    QVERIFY(ws.isValid());
    const QString copy = ws.store(QStringLiteral("copy.trellis"));
    const QString exported = ws.file(QStringLiteral("export.jsonl"));
    // Each command with the exit code it should give.
    const QList<std::pair<QStringList, int>> commands{
        {ws.on(ws.store()) + QStringList{"seed-demo", "--cases", "10", "--seed", "5"}, 0},
        {ws.on(ws.store()) + QStringList{"stats"}, 0},
        {ws.on(ws.store()) + QStringList{"--json", "stats"}, 0},
        {ws.on(ws.store()) + QStringList{"verify"}, 0},
        {ws.on(ws.store()) + QStringList{"--json", "verify"}, 0},
        {ws.on(ws.store()) + QStringList{"--json", "export", "--output", exported}, 0},
        {ws.on(copy) + QStringList{"init"}, 0},
        {ws.on(copy) + QStringList{"import", exported}, 0},
        // The same file again fails on every line; the errors must not quote it either.
        {ws.on(copy) + QStringList{"import", exported}, 1},
        {ws.on(copy) + QStringList{"--json", "import", exported}, 1},
        {ws.on(copy) + QStringList{"rekey", "--new-passphrase-file", ws.newPassphraseFile()}, 0},
        {ws.on(copy, ws.newPassphraseFile()) + QStringList{"--json", "stats"}, 0},
    };
    QList<CtlResult> results;
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    g_logged.clear();
    for (const auto& command : commands)
        results << runCtl(command.first);
    qInstallMessageHandler(previous);

    QString said;
    for (qsizetype i = 0; i < commands.size(); ++i) {
        QVERIFY2(results.at(i).code == commands.at(i).second,
                 qPrintable(commands.at(i).first.join(QLatin1Char(' ')) + QStringLiteral(" -> ") +
                            QString::fromUtf8(results.at(i).said())));
        said += results.at(i).all();
    }

    auto db = openStore(ws.store());
    QVERIFY(db);
    const QStringList values = recordValues(*db);
    db.reset();
    QVERIFY2(values.size() > 30, qPrintable(QString::number(values.size())));
    // The export file itself holds them, as the user asked.
    const QString exportText = QString::fromUtf8(readFile(exported));
    // Paths are printed and hold random letters; take them out before looking.
    said.replace(ws.path(), QStringLiteral("<dir>"));
    const QString logged = g_logged.join(QLatin1Char('\n')).replace(ws.path(), QStringLiteral("<dir>"));
    for (const QString& value : values) {
        QVERIFY2(exportText.contains(value), qPrintable(value));
        QVERIFY2(!said.contains(value), qPrintable(QStringLiteral("printed a record value: %1").arg(value)));
        QVERIFY2(!logged.contains(value), qPrintable(QStringLiteral("logged a record value: %1").arg(value)));
    }
    QVERIFY(!said.contains(kPassphrase));
    QVERIFY(!said.contains(kNewPassphrase));
    QVERIFY(!logged.contains(kPassphrase));
}

QTEST_GUILESS_MAIN(TestCtl)
#include "tst_ctl.moc"
