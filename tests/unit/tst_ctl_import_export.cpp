// trellisctl export and import driven in-process: CtlApp::run() with its output and errors
// captured in strings. Every store, passphrase file and export lives in a temporary folder; every
// passphrase, name and number is fictional. The other commands are in tst_ctl.cpp.

#include "CtlTestSupport.h"
#include "TestStore.h"

#include "ctl/CtlApp.h"
#include "domain/Entities.h"
#include "store/RecordRepository.h"
#include "store/StoreOpener.h"

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

#include <sys/stat.h>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::ctlsupport;

namespace {

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

} // namespace

class TestCtlImportExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void exportImportRoundTrip();
    void exportToStandardOutput();
    void exportNeedsRightPassphrase();
    void importReportsEveryBadLine_data();
    void importReportsEveryBadLine();
    void importGoodFilePrintsCount();
    void importAcceptsAnyOrder();
    void importRefusesAuditEvents();
    void importSecondUniqueKeyFailsWhole();

private:
    // Copies the baseline store (one worker, one young person) into the workspace.
    bool copyBaseline(const Workspace& ws) const { return QFile::copy(m_baseline->store(), ws.store()); }

    std::unique_ptr<Workspace> m_baseline;
    Counts m_baselineCounts;
};

void TestCtlImportExport::initTestCase()
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

// --- export and import ------------------------------------------------------------------------

void TestCtlImportExport::exportImportRoundTrip()
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

void TestCtlImportExport::exportToStandardOutput()
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

void TestCtlImportExport::exportNeedsRightPassphrase()
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

void TestCtlImportExport::importReportsEveryBadLine_data()
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

void TestCtlImportExport::importReportsEveryBadLine()
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

void TestCtlImportExport::importGoodFilePrintsCount()
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

void TestCtlImportExport::importAcceptsAnyOrder()
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

void TestCtlImportExport::importRefusesAuditEvents()
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

void TestCtlImportExport::importSecondUniqueKeyFailsWhole()
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

QTEST_GUILESS_MAIN(TestCtlImportExport)
#include "tst_ctl_import_export.moc"
