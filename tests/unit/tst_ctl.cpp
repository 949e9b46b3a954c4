// trellisctl driven in-process: CtlApp::run() with its output and errors captured in strings.
// Every store, passphrase file and export lives in a temporary folder; every passphrase, name
// and number is fictional.

#include "TestStore.h"

#include "TrellisVersion.h"
#include "ctl/CtlApp.h"
#include "domain/Entities.h"
#include "store/Migrator.h"
#include "store/RecordRepository.h"
#include "store/StoreOpener.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <optional>

#include <sys/stat.h>

using namespace trellis;
using namespace trellis::test;

namespace {

const QString kPassphrase = QStringLiteral("velvet-badger-compass-19");
const QString kWrongPassphrase = QStringLiteral("amber-walrus-kettle-53");
const QString kNewPassphrase = QStringLiteral("copper-finch-meadow-88");
const QByteArray kPlainHeader("SQLite format 3\0", 16);

// Fictional record ids, one family per entity.
const QString kWorkerId = QStringLiteral("a1000000-0000-4000-8000-000000000001");
const QString kStoredYoungPersonId = QStringLiteral("b1000000-0000-4000-8000-000000000001");
const QString kAbsentYoungPersonId = QStringLiteral("b9999999-0000-4000-8000-000000000009");
const QString kTrustedAdultId = QStringLiteral("c1000000-0000-4000-8000-000000000001");
const QString kLinkId = QStringLiteral("d1000000-0000-4000-8000-000000000001");
QString youngPersonId(int n) { return QStringLiteral("b2000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')); }
QString contactId(int n) { return QStringLiteral("f2000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')); }

// Names in the import fixtures; no message may ever repeat them.
const QString kFixtureGivenName = QStringLiteral("Tansy");
const QString kFixtureFamilyName = QStringLiteral("Wobblestone");
const QString kFixtureAdultName = QStringLiteral("Marigold");

struct CtlResult {
    int code = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed().toUtf8()).object(); }
    // For QVERIFY2: what the command said, so a failure explains itself.
    QByteArray said() const { return QStringLiteral("exit %1; out: %2; err: %3").arg(code).arg(out, err).toUtf8(); }
};

CtlResult runCtl(const QStringList& arguments)
{
    CtlResult result;
    {
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        ctl::CtlApp app(out, err);
        result.code = app.run(QStringList{QStringLiteral("trellisctl")} + arguments);
    } // the streams flush as they go out of scope
    return result;
}

// A temporary folder with the three passphrase files the tests use.
class Workspace {
public:
    Workspace()
    {
        writeFile(passphraseFile(), kPassphrase.toUtf8() + '\n');
        writeFile(wrongPassphraseFile(), kWrongPassphrase.toUtf8() + '\n');
        writeFile(newPassphraseFile(), kNewPassphrase.toUtf8() + '\n');
    }
    bool isValid() const { return m_dir.isValid() && QFileInfo::exists(passphraseFile()); }
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QString store(const QString& name = QStringLiteral("caseload.trellis")) const { return file(name); }
    QString passphraseFile() const { return file(QStringLiteral("passphrase.txt")); }
    QString wrongPassphraseFile() const { return file(QStringLiteral("wrong-passphrase.txt")); }
    QString newPassphraseFile() const { return file(QStringLiteral("new-passphrase.txt")); }
    // --store PATH --passphrase-file FILE
    QStringList on(const QString& store, const QString& passphraseFile = {}) const
    {
        return {QStringLiteral("--store"), store, QStringLiteral("--passphrase-file"),
                passphraseFile.isEmpty() ? this->passphraseFile() : passphraseFile};
    }

private:
    QTemporaryDir m_dir;
};

std::unique_ptr<Database> openStore(const QString& path, const QString& passphrase = kPassphrase)
{
    auto opened = StoreOpener::open(path, Passphrase::fromString(passphrase));
    return opened.ok() ? opened.takeValue() : nullptr;
}

qint64 auditEvents(Database& db, const QString& action)
{
    auto prepared = db.prepare(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = ?1"));
    if (!prepared.ok())
        return -1;
    auto& stmt = *prepared.value();
    stmt.bind(1, action);
    return stmt.next() ? stmt.integer(0) : -1;
}

// record_count of the newest audit event with this action, or -1.
qint64 lastAuditCount(Database& db, const QString& action)
{
    auto prepared =
        db.prepare(QStringLiteral("SELECT record_count FROM audit_event WHERE action = ?1 ORDER BY rowid DESC"));
    if (!prepared.ok())
        return -1;
    auto& stmt = *prepared.value();
    stmt.bind(1, action);
    return stmt.next() ? stmt.integer(0) : -1;
}

using Counts = QMap<QString, qint64>;

Counts countsFrom(const QJsonObject& object)
{
    Counts counts;
    for (auto it = object.begin(); it != object.end(); ++it)
        counts.insert(it.key(), it.value().toInteger());
    return counts;
}

// `stats --json` counts, or nothing when stats failed.
std::optional<Counts> statsCounts(const Workspace& ws, const QString& store, const QString& passphraseFile = {})
{
    const CtlResult stats = runCtl(ws.on(store, passphraseFile) + QStringList{"--json", "stats"});
    if (stats.code != 0 || !stats.json().value(QStringLiteral("ok")).toBool())
        return std::nullopt;
    return countsFrom(stats.json().value(QStringLiteral("counts")).toObject());
}

Counts withoutAudit(Counts counts)
{
    counts.remove(domain::entity::AuditEvent);
    return counts;
}

// Only the kinds that have records, as export and import report them.
Counts nonZero(Counts counts)
{
    counts.removeIf([](const auto& entry) { return entry.value() == 0; });
    return counts;
}

// "worker=3, young_person=12, ..." so that QCOMPARE shows what differs.
QString describe(const Counts& counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

// Every entry of a folder with its bytes, to prove that a failed command changed nothing.
QMap<QString, QByteArray> snapshot(const QString& dirPath)
{
    QMap<QString, QByteArray> entries;
    const auto filter = QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;
    for (const QFileInfo& info : QDir(dirPath).entryInfoList(filter))
        entries.insert(info.fileName(), readFile(info.filePath()));
    return entries;
}

QStringList sortedLines(const QByteArray& bytes)
{
    QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

int fileMode(const QString& path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

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

// --- JSON Lines fixtures --------------------------------------------------------------------

QString daysAgo(int days) { return QDate::currentDate().addDays(-days).toString(Qt::ISODate); }
QString stampAt(int days)
{
    return QDateTime(QDate::currentDate().addDays(-days), QTime(10, 0), Qt::UTC).toString(Qt::ISODate);
}

QJsonObject stamped(QJsonObject object)
{
    object.insert(QStringLiteral("created_at"), stampAt(3));
    object.insert(QStringLiteral("created_by"), QStringLiteral("test.import"));
    object.insert(QStringLiteral("updated_at"), stampAt(3));
    object.insert(QStringLiteral("updated_by"), QStringLiteral("test.import"));
    return object;
}

QJsonObject workerJson()
{
    return stamped({{"entity", "worker"},
                    {"id", kWorkerId},
                    {"login", "test.worker"},
                    {"display_name", "Test Worker (fictional)"},
                    {"role", "caseworker"}});
}

QJsonObject youngPersonJson(const QString& id, const QString& reference)
{
    return stamped({{"entity", "young_person"},
                    {"id", id},
                    {"reference", reference},
                    {"given_name", kFixtureGivenName},
                    {"family_name", kFixtureFamilyName},
                    {"date_of_birth", QDate::currentDate().addYears(-15).addDays(-40).toString(Qt::ISODate)},
                    {"gender", "female"},
                    {"ethnicity", "not_stated"},
                    {"postcode_district", "SE15"},
                    {"status", "open"},
                    {"ete_status", "school"},
                    {"send_status", "none"},
                    {"care_status", "none"},
                    {"suitable_accommodation", "yes"},
                    {"safety_wellbeing", "medium"},
                    {"risk_serious_harm", "low"},
                    {"reoffending_likelihood", "low"}});
}

QJsonObject contactJson(const QString& id, const QString& youngPerson)
{
    return stamped({{"entity", "contact"},
                    {"id", id},
                    {"young_person_id", youngPerson},
                    {"occurred_at", stampAt(5)},
                    {"duration_minutes", 45},
                    {"kind", "office"},
                    {"attendance", "attended"},
                    {"summary", "Fictional test note: talked about the week."}});
}

QJsonObject trustedAdultJson()
{
    return stamped({{"entity", "trusted_adult"},
                    {"id", kTrustedAdultId},
                    {"given_name", kFixtureAdultName},
                    {"family_name", kFixtureFamilyName},
                    {"relationship", "aunt"},
                    {"phone_primary", "020 7946 0123"},
                    {"consent", "given"},
                    {"consent_checked_on", daysAgo(20)}});
}

QJsonObject linkJson(const QString& youngPerson)
{
    return stamped({{"entity", "trusted_adult_link"},
                    {"id", kLinkId},
                    {"young_person_id", youngPerson},
                    {"trusted_adult_id", kTrustedAdultId},
                    {"role", "trusted_adult"}});
}

QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value)
{
    object.insert(key, value);
    return object;
}

QJsonObject without(QJsonObject object, const QString& key)
{
    object.remove(key);
    return object;
}

QByteArray line(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

QByteArray jsonLines(const QByteArrayList& lines) { return lines.join('\n') + '\n'; }

// A store holding one worker and one young person, made with init and import. Returns what
// went wrong, or nothing.
QByteArray makeBaselineStore(const Workspace& ws, const QString& store)
{
    const CtlResult init = runCtl(ws.on(store) + QStringList{"init"});
    if (init.code != 0)
        return init.said();
    const QString baseline = ws.file(QStringLiteral("baseline.jsonl"));
    writeFile(baseline, jsonLines({line(workerJson()), line(youngPersonJson(kStoredYoungPersonId, "YP-STORE-1"))}));
    const CtlResult imported = runCtl(ws.on(store) + QStringList{"import", baseline});
    return imported.code == 0 ? QByteArray() : imported.said();
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

    void exportImportRoundTrip();
    void exportToStandardOutput();
    void exportNeedsRightPassphrase();
    void importReportsEveryBadLine_data();
    void importReportsEveryBadLine();
    void importGoodFilePrintsCount();
    void importAcceptsAnyOrder();
    void importRefusesAuditEvents();
    void importSecondUniqueKeyFailsWhole();

    void rekeyChangesPassphrase();
    void rekeyWithWrongPassphraseChangesNothing();
    void passphraseFromStandardInput();

    void outputNeverContainsRecordValues();

private:
    // Copies the baseline store (one worker, one young person) into the workspace.
    bool copyBaseline(const Workspace& ws) const { return QFile::copy(m_baseline->store(), ws.store()); }

    std::unique_ptr<Workspace> m_baseline;
    Counts m_baselineCounts;
};

void TestCtl::initTestCase()
{
    // The test runner gives each test a private TMPDIR that may not exist yet.
    QVERIFY(QDir().mkpath(QDir::tempPath()));
    // Made once and copied: each open of a store costs a full key derivation.
    m_baseline = std::make_unique<Workspace>();
    QVERIFY(m_baseline->isValid());
    QCOMPARE(makeBaselineStore(*m_baseline, m_baseline->store()), QByteArray());
    const auto counts = statsCounts(*m_baseline, m_baseline->store());
    QVERIFY(counts);
    m_baselineCounts = *counts;
    QCOMPARE(m_baselineCounts.value(domain::entity::YoungPerson), 1);
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

// --- export and import ------------------------------------------------------------------------

void TestCtl::exportImportRoundTrip()
{
    Workspace ws;
    QVERIFY(ws.isValid());
    const QString source = ws.store(QStringLiteral("source.trellis"));
    const QString copy = ws.store(QStringLiteral("copy.trellis"));
    const QString first = ws.file(QStringLiteral("first.jsonl"));
    const QString second = ws.file(QStringLiteral("second.jsonl"));
    QCOMPARE(runCtl(ws.on(source) + QStringList{"seed-demo", "--cases", "15", "--seed", "11"}).code, 0);
    const auto sourceCounts = statsCounts(ws, source);
    QVERIFY(sourceCounts);

    const CtlResult exported = runCtl(ws.on(source) + QStringList{"--json", "export", "--output", first});
    QVERIFY2(exported.code == 0, exported.said());
    const qint64 records = exported.json().value(QStringLiteral("records")).toInteger();
    QCOMPARE(records, QString::fromUtf8(readFile(first)).count(QLatin1Char('\n')));
    QVERIFY(exported.err.contains(QStringLiteral("Exported %1 records.").arg(records)));
    QVERIFY(exported.err.contains(QStringLiteral("not encrypted")));
    QCOMPARE(fileMode(first), 0600);
    QCOMPARE(describe(countsFrom(exported.json().value(QStringLiteral("counts")).toObject())),
             describe(nonZero(withoutAudit(*sourceCounts))));
    {
        auto db = openStore(source);
        QVERIFY(db);
        QCOMPARE(auditEvents(*db, QStringLiteral("export")), 1);
        QCOMPARE(lastAuditCount(*db, QStringLiteral("export")), records);
    }

    QCOMPARE(runCtl(ws.on(copy) + QStringList{"init"}).code, 0);
    const CtlResult imported = runCtl(ws.on(copy) + QStringList{"import", first});
    QVERIFY2(imported.code == 0, imported.said());
    QVERIFY2(imported.out.startsWith(QStringLiteral("Imported %1 records (").arg(records)), imported.said());
    const auto copyCounts = statsCounts(ws, copy);
    QVERIFY(copyCounts);
    QCOMPARE(describe(withoutAudit(*copyCounts)), describe(withoutAudit(*sourceCounts)));
    {
        auto db = openStore(copy);
        QVERIFY(db);
        QCOMPARE(auditEvents(*db, QStringLiteral("import")), 1);
        QCOMPARE(lastAuditCount(*db, QStringLiteral("import")), records);
        // The source's audit trail stays with the source.
        QCOMPARE(auditEvents(*db, QStringLiteral("export")), 0);
    }

    const CtlResult again = runCtl(ws.on(copy) + QStringList{"export", "--output", second});
    QVERIFY2(again.code == 0, again.said());
    QCOMPARE(fileMode(second), 0600);
    const QByteArray firstBytes = readFile(first);
    const QByteArray secondBytes = readFile(second);
    QCOMPARE(sortedLines(secondBytes), sortedLines(firstBytes));
    // Stronger: the order is kept too, so the two files are the same byte for byte.
    QVERIFY(secondBytes == firstBytes);

    // Exporting over an existing file replaces it whole and keeps it private.
    writeFile(second, "stale\n");
    QVERIFY(QFile::setPermissions(second, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(runCtl(ws.on(copy) + QStringList{"export", "--output", second}).code, 0);
    QVERIFY(readFile(second) == firstBytes);
    QCOMPARE(fileMode(second), 0600);
}

void TestCtl::exportToStandardOutput()
{
    Workspace ws;
    QVERIFY(ws.isValid());
    const QString file = ws.file(QStringLiteral("export.jsonl"));
    QCOMPARE(runCtl(ws.on(ws.store()) + QStringList{"seed-demo", "--cases", "4"}).code, 0);
    QCOMPARE(runCtl(ws.on(ws.store()) + QStringList{"export", "--output", file}).code, 0);
    const QByteArray expected = readFile(file);
    QVERIFY(!expected.isEmpty());

    // "out" is standard output, whatever the caller made it: here a string...
    for (const QString& dash : {QString(), QStringLiteral("-")}) {
        const QStringList output = dash.isEmpty() ? QStringList{} : QStringList{"--output", dash};
        const CtlResult exported = runCtl(ws.on(ws.store()) + QStringList{"--json", "export"} + output);
        QVERIFY2(exported.code == 0, exported.said());
        // ...which holds the export alone: with --json the summary would corrupt it, so it is left out.
        QCOMPARE(exported.out.toUtf8(), expected);
        QVERIFY(exported.err.contains(QStringLiteral("Exported %1 records.").arg(expected.count('\n'))));
    }

    // ...or a device.
    QBuffer outBuffer;
    QVERIFY(outBuffer.open(QIODevice::WriteOnly));
    QString errText;
    int code = -1;
    {
        QTextStream out(&outBuffer);
        QTextStream err(&errText);
        ctl::CtlApp app(out, err);
        code = app.run(QStringList{"trellisctl"} + ws.on(ws.store()) + QStringList{"export"});
    }
    QVERIFY2(code == 0, qPrintable(errText));
    QCOMPARE(outBuffer.data(), expected);

    auto db = openStore(ws.store());
    QVERIFY(db);
    QCOMPARE(auditEvents(*db, QStringLiteral("export")), 4);
}

void TestCtl::exportNeedsRightPassphrase()
{
    Workspace ws;
    QVERIFY(ws.isValid());
    QCOMPARE(runCtl(ws.on(ws.store()) + QStringList{"seed-demo", "--cases", "2"}).code, 0);
    const QString output = ws.file(QStringLiteral("export.jsonl"));
    const CtlResult refused =
        runCtl(ws.on(ws.store(), ws.wrongPassphraseFile()) + QStringList{"export", "--output", output});
    QCOMPARE(refused.code, 1);
    QVERIFY(!QFileInfo::exists(output));

    // An output folder that does not exist: a failure, and no audit event claims an export.
    const CtlResult nowhere =
        runCtl(ws.on(ws.store()) + QStringList{"export", "--output", ws.file(QStringLiteral("no/such/dir/x.jsonl"))});
    QVERIFY2(nowhere.code == 1, nowhere.said());
    QVERIFY(nowhere.err.contains(QStringLiteral("cannot write")));
    auto db = openStore(ws.store());
    QVERIFY(db);
    QCOMPARE(auditEvents(*db, QStringLiteral("export")), 0);
}

void TestCtl::importReportsEveryBadLine_data()
{
    QTest::addColumn<QByteArrayList>("lines");
    // "line|field|part of the message"; the field is empty when the whole line is wrong.
    QTest::addColumn<QStringList>("expected");

    const QJsonObject yp = youngPersonJson(youngPersonId(1), "YP-T-1");
    const QByteArray good = line(yp);

    QTest::newRow("bad JSON on line 3")
        << QByteArrayList{good, line(contactJson(contactId(1), youngPersonId(1))),
                          R"({"entity": "contact", "id": "f2000000-0000-4000-8000-00000000000)"}
        << QStringList{"3||is not valid JSON"};
    QTest::newRow("a JSON array")
        << QByteArrayList{good, R"(["young_person", "b2000000-0000-4000-8000-000000000002"])"}
        << QStringList{"2||must be a JSON object"};
    QTest::newRow("a bare number") << QByteArrayList{"42"} << QStringList{"1||is not valid JSON"};
    QTest::newRow("unknown entity") << QByteArrayList{line(with(yp, "entity", "spaceship"))}
                                    << QStringList{"1|entity|is not a kind of record"};
    QTest::newRow("missing entity") << QByteArrayList{good, line(without(contactJson(contactId(1), youngPersonId(1)),
                                                                         "entity"))}
                                    << QStringList{"2|entity|is missing"};
    const QString fortyYearsAgo = QDate::currentDate().addYears(-40).addDays(-10).toString(Qt::ISODate);
    QTest::newRow("date of birth making the child 40") << QByteArrayList{line(with(yp, "date_of_birth", fortyYearsAgo))}
                                                       << QStringList{"1|date_of_birth|gives an age of 40"};
    QTest::newRow("date of birth not a date") << QByteArrayList{line(with(yp, "date_of_birth", "31/02/2012"))}
                                              << QStringList{"1|date_of_birth|must be a date written YYYY-MM-DD"};
    QTest::newRow("bad enum") << QByteArrayList{line(with(yp, "gender", "alien"))}
                              << QStringList{"1|gender|must be one of: female, male"};
    QTest::newRow("phone 12ab") << QByteArrayList{line(with(trustedAdultJson(), "phone_primary", "12ab"))}
                                << QStringList{"1|phone_primary|may only hold digits"};
    QTest::newRow("duration in words")
        << QByteArrayList{good, line(with(contactJson(contactId(1), youngPersonId(1)), "duration_minutes", "ninety"))}
        << QStringList{"2|duration_minutes|must be a whole number"};
    QTest::newRow("required field missing") << QByteArrayList{line(without(yp, "family_name"))}
                                            << QStringList{"1|family_name|is required"};
    QTest::newRow("unknown field") << QByteArrayList{line(with(yp, "favourite_colour", "teal"))}
                                   << QStringList{"1|favourite_colour|is not a field of the young person record"};
    QTest::newRow("duplicate id in the file")
        << QByteArrayList{good, line(contactJson(contactId(1), youngPersonId(1))),
                          line(youngPersonJson(youngPersonId(1), "YP-T-2"))}
        << QStringList{"3|id|repeats the id of line 1"};
    QTest::newRow("id already in the store") << QByteArrayList{line(youngPersonJson(kStoredYoungPersonId, "YP-T-3"))}
                                             << QStringList{"1|id|belongs to a young person already in the store"};
    QTest::newRow("id already in the store, in capitals")
        << QByteArrayList{line(youngPersonJson(kStoredYoungPersonId.toUpper(), "YP-T-3"))}
        << QStringList{"1|id|belongs to a young person already in the store"};
    QTest::newRow("young person in neither file nor store")
        << QByteArrayList{line(contactJson(contactId(1), kAbsentYoungPersonId))}
        << QStringList{"1|young_person_id|refers to a young person that is neither in this file nor in the store"};
    QTest::newRow("worker in neither file nor store")
        << QByteArrayList{line(with(yp, "lead_worker_id", "a9999999-0000-4000-8000-000000000009"))}
        << QStringList{"1|lead_worker_id|refers to a worker that is neither"};
    QTest::newRow("several errors, a blank line counted")
        << QByteArrayList{line(with(yp, "gender", "alien")),
                          line(youngPersonJson(youngPersonId(2), "YP-T-2")),
                          "",
                          line(with(contactJson(contactId(1), youngPersonId(2)), "duration_minutes", "ninety")),
                          "not json at all",
                          line(contactJson(contactId(2), kAbsentYoungPersonId)),
                          line(with(with(trustedAdultJson(), "phone_primary", "12ab"), "consent", "maybe"))}
        << QStringList{"1|gender|must be one of",
                       "4|duration_minutes|must be a whole number",
                       "5||is not valid JSON",
                       "6|young_person_id|neither in this file nor in the store",
                       "7|phone_primary|may only hold digits",
                       "7|consent|must be one of"};
}

void TestCtl::importReportsEveryBadLine()
{
    QFETCH(QByteArrayList, lines);
    QFETCH(QStringList, expected);
    Workspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(copyBaseline(ws));
    const QString file = ws.file(QStringLiteral("bad.jsonl"));
    writeFile(file, jsonLines(lines));
    const auto before = snapshot(ws.path());

    const CtlResult text = runCtl(ws.on(ws.store()) + QStringList{"import", file});
    QVERIFY2(text.code == 1, text.said());
    QSet<QString> expectedKeys;
    for (const QString& entry : expected) {
        const QStringList parts = entry.split(QLatin1Char('|'));
        expectedKeys << parts.at(0) + QLatin1Char('|') + parts.at(1);
        const QString prefix = parts.at(1).isEmpty() ? QStringLiteral("line %1: ").arg(parts.at(0))
                                                     : QStringLiteral("line %1: %2 ").arg(parts.at(0), parts.at(1));
        const auto errLines = text.err.split(QLatin1Char('\n'));
        const bool found = std::any_of(errLines.begin(), errLines.end(), [&](const QString& l) {
            return l.startsWith(prefix) && l.contains(parts.at(2));
        });
        QVERIFY2(found, qPrintable(QStringLiteral("no \"%1...%2\" in: %3").arg(prefix, parts.at(2), text.err)));
    }
    QVERIFY2(text.err.contains(QStringLiteral("trellisctl: %1 problems in the file; nothing was imported.")
                                   .arg(expected.size())),
             text.said());
    QVERIFY(text.out.isEmpty());

    const CtlResult json = runCtl(ws.on(ws.store()) + QStringList{"--json", "import", file});
    QVERIFY2(json.code == 1, json.said());
    const QJsonObject object = json.json();
    QCOMPARE(object.value(QStringLiteral("ok")), QJsonValue(false));
    const QJsonArray errors = object.value(QStringLiteral("errors")).toArray();
    QSet<QString> reported;
    for (const QJsonValue& value : errors) {
        const QJsonObject error = value.toObject();
        QVERIFY(error.value(QStringLiteral("line")).isDouble());
        QVERIFY(error.value(QStringLiteral("field")).isString());
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        reported << QStringLiteral("%1|%2").arg(error.value(QStringLiteral("line")).toInt())
                        .arg(error.value(QStringLiteral("field")).toString());
    }
    QCOMPARE(errors.size(), expected.size());
    QCOMPARE(reported, expectedKeys);

    // The bad values and the fixtures' names are never repeated back.
    for (const char* value : {"alien", "12ab", "ninety", "teal", "spaceship", "maybe", "31/02/2012"}) {
        QVERIFY2(!text.all().contains(QLatin1String(value)), value);
        QVERIFY2(!json.all().contains(QLatin1String(value)), value);
    }
    for (const QString& name : {kFixtureGivenName, kFixtureFamilyName, kFixtureAdultName}) {
        QVERIFY(!text.all().contains(name));
        QVERIFY(!json.all().contains(name));
    }

    // Nothing changed: the same bytes (so no import was recorded either), the same counts.
    QVERIFY(snapshot(ws.path()) == before);
    const auto countsAfter = statsCounts(ws, ws.store());
    QVERIFY(countsAfter);
    QCOMPARE(describe(*countsAfter), describe(m_baselineCounts));
}

void TestCtl::importGoodFilePrintsCount()
{
    Workspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(copyBaseline(ws));
    const QString file = ws.file(QStringLiteral("good.jsonl"));
    // A contact for the young person already in the store, a new young person with an adult.
    writeFile(file, jsonLines({line(contactJson(contactId(1), kStoredYoungPersonId)),
                               line(with(youngPersonJson(youngPersonId(1), "YP-T-1"), "lead_worker_id", kWorkerId)),
                               line(trustedAdultJson()), line(linkJson(youngPersonId(1)))}));
    const CtlResult imported = runCtl(ws.on(ws.store()) + QStringList{"--actor", "test.operator", "import", file});
    QVERIFY2(imported.code == 0, imported.said());
    QVERIFY2(imported.out.startsWith(QStringLiteral("Imported 4 records (")), imported.said());
    QVERIFY(imported.out.endsWith(QStringLiteral(" warnings).\n")));

    const auto counts = statsCounts(ws, ws.store());
    QVERIFY(counts);
    QCOMPARE(counts->value(domain::entity::Worker), 1);
    QCOMPARE(counts->value(domain::entity::YoungPerson), 2);
    QCOMPARE(counts->value(domain::entity::Contact), 1);
    QCOMPARE(counts->value(domain::entity::TrustedAdult), 1);
    QCOMPARE(counts->value(domain::entity::TrustedAdultLink), 1);

    // The importer normalised as the editors do: the phone number is stored in E.164.
    auto db = openStore(ws.store());
    QVERIFY(db);
    RecordRepository repository(*db);
    auto adult = repository.find(domain::Entities::get(domain::entity::TrustedAdult), kTrustedAdultId);
    QVERIFY(adult.ok() && adult.value());
    QCOMPARE(adult.value()->text(QStringLiteral("phone_primary")), QStringLiteral("+442079460123"));
    QCOMPARE(lastAuditCount(*db, QStringLiteral("import")), 4);
    // --actor names who did it in the audit trail.
    QCOMPARE(db->scalar("SELECT actor FROM audit_event WHERE action = 'import' ORDER BY rowid DESC").value().toString(),
             QStringLiteral("test.operator"));
    db.reset();

    // --json gives the same count and the count of each kind.
    Workspace other;
    QVERIFY(copyBaseline(other));
    const CtlResult json = runCtl(other.on(other.store()) + QStringList{"--json", "import", file});
    QVERIFY2(json.code == 0, json.said());
    QCOMPARE(json.json().value(QStringLiteral("ok")), QJsonValue(true));
    QCOMPARE(json.json().value(QStringLiteral("records")).toInteger(), 4);
    QCOMPARE(describe(countsFrom(json.json().value(QStringLiteral("counts")).toObject())),
             QStringLiteral("contact=1, trusted_adult=1, trusted_adult_link=1, young_person=1"));

    // The same file again: every id is now in the store.
    const CtlResult again = runCtl(ws.on(ws.store()) + QStringList{"import", file});
    QCOMPARE(again.code, 1);
    for (int n = 1; n <= 4; ++n)
        QVERIFY2(again.err.contains(QStringLiteral("line %1: id belongs to a").arg(n)), again.said());
}

void TestCtl::importAcceptsAnyOrder()
{
    Workspace ws;
    QVERIFY(ws.isValid());
    QCOMPARE(runCtl(ws.on(ws.store()) + QStringList{"init"}).code, 0);
    const QString file = ws.file(QStringLiteral("shuffled.jsonl"));
    // Every record before the records it refers to: contacts and the link before their young
    // person, the link before its adult, the young person before their lead worker.
    writeFile(file, jsonLines({line(contactJson(contactId(1), youngPersonId(1))), line(linkJson(youngPersonId(1))),
                               line(contactJson(contactId(2), youngPersonId(1))),
                               line(with(youngPersonJson(youngPersonId(1), "YP-T-1"), "lead_worker_id", kWorkerId)),
                               line(trustedAdultJson()), line(workerJson())}));
    const CtlResult imported = runCtl(ws.on(ws.store()) + QStringList{"import", file});
    QVERIFY2(imported.code == 0, imported.said());
    QVERIFY(imported.out.startsWith(QStringLiteral("Imported 6 records (")));
    const auto counts = statsCounts(ws, ws.store());
    QVERIFY(counts);
    QCOMPARE(counts->value(domain::entity::Contact), 2);
    QCOMPARE(counts->value(domain::entity::YoungPerson), 1);
    QCOMPARE(counts->value(domain::entity::Worker), 1);
    // The references hold in the store as written.
    const CtlResult verify = runCtl(ws.on(ws.store()) + QStringList{"verify"});
    QVERIFY2(verify.code == 0, verify.said());
}

void TestCtl::importRefusesAuditEvents()
{
    // The audit trail is written by Trellis alone: a file cannot add (or backdate) events.
    Workspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(copyBaseline(ws));
    const QString file = ws.file(QStringLiteral("audit.jsonl"));
    const QJsonObject event{{"entity", "audit_event"},
                            {"id", "40000000-0000-4000-8000-000000000001"},
                            {"occurred_at", stampAt(400)},
                            {"actor", "someone.else"},
                            {"action", "view"}};
    writeFile(file, jsonLines({line(youngPersonJson(youngPersonId(1), "YP-T-1")), line(event)}));
    const auto before = snapshot(ws.path());
    const CtlResult refused = runCtl(ws.on(ws.store()) + QStringList{"--json", "import", file});
    QVERIFY2(refused.code == 1, refused.said());
    const QJsonArray errors = refused.json().value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("entity"));
    QVERIFY(snapshot(ws.path()) == before);
}

void TestCtl::importSecondUniqueKeyFailsWhole()
{
    // Two young people with different ids but one case reference: refused by the store when
    // written, so the import fails as a whole and names the line.
    Workspace ws;
    QVERIFY(ws.isValid());
    QVERIFY(copyBaseline(ws));
    const QString file = ws.file(QStringLiteral("clash.jsonl"));
    writeFile(file, jsonLines({line(youngPersonJson(youngPersonId(1), "YP-T-1")),
                               line(contactJson(contactId(1), youngPersonId(1))),
                               line(youngPersonJson(youngPersonId(2), "yp-t-1"))}));
    const CtlResult refused = runCtl(ws.on(ws.store()) + QStringList{"import", file});
    QVERIFY2(refused.code == 1, refused.said());
    QVERIFY2(refused.err.contains(QStringLiteral("line 3")), refused.said());
    QVERIFY2(refused.err.contains(QStringLiteral("Nothing was imported")), refused.said());
    QVERIFY(!refused.all().contains(kFixtureFamilyName));
    const auto countsAfter = statsCounts(ws, ws.store());
    QVERIFY(countsAfter);
    QCOMPARE(describe(*countsAfter), describe(m_baselineCounts));
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
