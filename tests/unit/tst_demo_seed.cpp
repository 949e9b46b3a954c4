// The demo caseload: the same seed gives the same records, every record passes the Validator
// and the importer, and the caseload looks like one a youth justice team would recognise.

#include "TestStore.h"

#include "demo/DemoData.h"
#include "demo/DemoSeeder.h"
#include "domain/Entities.h"
#include "domain/Validator.h"
#include "io/JsonLinesExporter.h"
#include "io/JsonLinesImporter.h"

#include <QBuffer>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <memory>

using namespace trellis;
using namespace trellis::test;
using demo::DemoData;
using demo::DemoSeeder;

namespace {

// The plausibility checks look at one caseload seeded as of this day.
const QDate kToday(2025, 6, 30);
constexpr int kCases = 250;
constexpr quint64 kSeed = 2024;

DemoSeeder::Report seed(Database& db, int cases, quint64 seedValue, const QDate& today, bool validate = false)
{
    DemoSeeder::Options options;
    options.cases = cases;
    options.seed = seedValue;
    options.today = today;
    options.validate = validate;
    DemoSeeder seeder(db, options);
    return seeder.run();
}

QByteArray exportOf(Database& db)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    io::JsonLinesExporter exporter(db);
    const auto report = exporter.exportTo(buffer);
    return report.ok ? buffer.data() : QByteArray();
}

// A new store seeded with these options, exported. Empty when anything failed.
QByteArray seededExport(int cases, quint64 seedValue, const QDate& today)
{
    TestStore store;
    auto db = store.create();
    if (!db || !seed(*db, cases, seedValue, today).ok)
        return {};
    return exportOf(*db);
}

// The rows of a query, each as its column values.
QList<QVariantList> rows(Database& db, const QString& sql)
{
    QList<QVariantList> result;
    auto prepared = db.prepare(sql);
    if (!prepared.ok()) {
        QTest::qFail(qPrintable(prepared.error().message), __FILE__, __LINE__);
        return result;
    }
    auto& stmt = *prepared.value();
    while (stmt.next()) {
        QVariantList row;
        for (int column = 0; column < stmt.columnCount(); ++column)
            row << stmt.value(column);
        result << row;
    }
    if (stmt.failed())
        QTest::qFail(qPrintable(db.lastError().message), __FILE__, __LINE__);
    return result;
}

qint64 number(Database& db, const char* sql) { return db.scalar(sql).value().toLongLong(); }

int ageOn(const QDate& birth, const QDate& day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

QStringList givenNames() { return DemoData::givenNamesFemale() + DemoData::givenNamesMale(); }

} // namespace

class TestDemoSeed : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();

    void sameSeedSameExport();
    void validatedSeedImportsCleanly();

    void agesEightToTwentyFive();
    void openCasesHaveLeadWorker();
    void contactsOneToFourWeeksApart();
    void trustedAdultsOwnAndShared();
    void safetyPlansForMostAtHighRisk();
    void supersededPlanVersionsKept();
    void namesAreFictional();
    void phoneNumbersInDramaRanges();
    void idsAscendInCreationOrder();

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Database> m_db;
    DemoSeeder::Report m_report;
};

void TestDemoSeed::initTestCase()
{
    // The test runner gives each test a private TMPDIR that may not exist yet.
    QVERIFY(QDir().mkpath(QDir::tempPath()));
    m_store = std::make_unique<TestStore>();
    m_db = m_store->create();
    QVERIFY(m_db);
    // Validation on: a generator that makes a record the editors would refuse fails here.
    m_report = seed(*m_db, kCases, kSeed, kToday, true);
    QVERIFY2(m_report.ok, qPrintable(m_report.failure));
    QCOMPARE(m_report.perEntity.value(domain::entity::YoungPerson), kCases);
}

// --- determinism and validity -----------------------------------------------------------------

void TestDemoSeed::sameSeedSameExport()
{
    const QByteArray first = seededExport(40, 42, kToday);
    const QByteArray second = seededExport(40, 42, kToday);
    QVERIFY(!first.isEmpty());
    QCOMPARE(first.count('\n'), second.count('\n'));
    if (first != second) {
        const QList<QByteArray> a = first.split('\n');
        const QList<QByteArray> b = second.split('\n');
        for (qsizetype i = 0; i < a.size(); ++i)
            QVERIFY2(a.at(i) == b.at(i), qPrintable(QStringLiteral("line %1 differs").arg(i + 1)));
    }
    QVERIFY(first == second);

    const QByteArray otherSeed = seededExport(40, 43, kToday);
    QVERIFY(!otherSeed.isEmpty());
    QVERIFY(otherSeed != first);
    // Not one id in common: ids carry the seed, so two demo caseloads never collide.
    static const QRegularExpression idPattern(QStringLiteral("\"id\":\"([0-9a-f-]{36})\""));
    QSet<QString> ids;
    for (const auto& match : idPattern.globalMatch(QString::fromUtf8(first)))
        ids << match.captured(1);
    QVERIFY(ids.size() > 500);
    for (const auto& match : idPattern.globalMatch(QString::fromUtf8(otherSeed)))
        QVERIFY2(!ids.contains(match.captured(1)), qPrintable(match.captured(1)));

    const QByteArray otherDay = seededExport(40, 42, kToday.addDays(1));
    QVERIFY(!otherDay.isEmpty());
    QVERIFY(otherDay != first);
}

void TestDemoSeed::validatedSeedImportsCleanly()
{
    // The importer checks dates against the real today, so this caseload is seeded as of today.
    const QDate today = QDate::currentDate();
    TestStore source;
    auto db = source.create();
    QVERIFY(db);
    const auto report = seed(*db, 300, 77, today, true);
    QVERIFY2(report.ok, qPrintable(report.failure));
    QVERIFY(report.failure.isEmpty());
    qint64 total = 0;
    for (const qint64 n : report.perEntity)
        total += n;
    QCOMPARE(report.records, total);

    const QByteArray exported = exportOf(*db);
    QCOMPARE(qint64(exported.count('\n')), report.records);
    const QString file = QDir(source.dirPath()).filePath(QStringLiteral("demo.jsonl"));
    writeFile(file, exported);

    TestStore target;
    auto fresh = target.create();
    QVERIFY(fresh);
    io::JsonLinesImporter importer(*fresh, domain::Validator(today), QStringLiteral("test.import"));
    const auto imported = importer.importFile(file);
    QStringList firstErrors;
    for (const auto& error : imported.errors.mid(0, 10))
        firstErrors << error.toString();
    QVERIFY2(imported.errors.isEmpty(), qPrintable(firstErrors.join(QLatin1Char('\n'))));
    QVERIFY2(imported.ok, qPrintable(imported.failure));
    QCOMPARE(imported.records, report.records);
    QCOMPARE(imported.perEntity, report.perEntity);
    // The copy exports exactly as the original did.
    QVERIFY(exportOf(*fresh) == exported);
}

// --- what a user would notice -------------------------------------------------------------------

void TestDemoSeed::agesEightToTwentyFive()
{
    const auto people = rows(*m_db, QStringLiteral("SELECT date_of_birth FROM young_person"));
    QCOMPARE(people.size(), kCases);
    int schoolAge = 0;
    for (const auto& person : people) {
        const QDate born = QDate::fromString(person.at(0).toString(), Qt::ISODate);
        QVERIFY(born.isValid());
        const int age = ageOn(born, kToday);
        QVERIFY2(age >= 8 && age <= 25, qPrintable(QString::number(age)));
        if (age >= 10 && age <= 17)
            ++schoolAge;
    }
    QVERIFY2(schoolAge * 100 >= people.size() * 60, qPrintable(QString::number(schoolAge)));
}

void TestDemoSeed::openCasesHaveLeadWorker()
{
    const qint64 open = number(*m_db, "SELECT count(*) FROM young_person WHERE status = 'open'");
    QVERIFY(open > kCases / 2);
    QVERIFY(open < kCases); // some cases are closed
    QCOMPARE(number(*m_db, "SELECT count(*) FROM young_person yp WHERE status = 'open' AND NOT EXISTS "
                           "(SELECT 1 FROM worker w WHERE w.id = yp.lead_worker_id AND w.role = 'caseworker')"),
             0);
    // Open cases have a review date, and the caseload is spread over every caseworker.
    QCOMPARE(number(*m_db, "SELECT count(*) FROM young_person WHERE status = 'open' AND next_review_date IS NULL"), 0);
    QCOMPARE(number(*m_db, "SELECT count(DISTINCT lead_worker_id) FROM young_person"),
             number(*m_db, "SELECT count(*) FROM worker WHERE role = 'caseworker'"));
}

void TestDemoSeed::contactsOneToFourWeeksApart()
{
    const auto contacts =
        rows(*m_db, QStringLiteral("SELECT young_person_id, occurred_at, next_contact_due FROM contact "
                                   "ORDER BY young_person_id, occurred_at"));
    QVERIFY(contacts.size() > kCases * 3);
    QHash<QString, QDate> lastDue;
    QString previousPerson;
    QDateTime previous;
    for (const auto& contact : contacts) {
        const QString person = contact.at(0).toString();
        const QDateTime when = QDateTime::fromString(contact.at(1).toString(), Qt::ISODate);
        QVERIFY(when.isValid());
        QVERIFY(when.date() <= kToday);
        if (person == previousPerson) {
            const qint64 gap = previous.date().daysTo(when.date());
            QVERIFY2(gap >= 5 && gap <= 35, qPrintable(QStringLiteral("%1 days between contacts").arg(gap)));
        }
        lastDue.insert(person, QDate::fromString(contact.at(2).toString(), Qt::ISODate));
        previousPerson = person;
        previous = when;
    }
    // Everyone has been seen, and the caseload's "next contact due" is the latest contact's.
    QCOMPARE(lastDue.size(), kCases);
    for (const auto& person : rows(*m_db, QStringLiteral("SELECT id, next_contact_due FROM young_person")))
        QCOMPARE(QDate::fromString(person.at(1).toString(), Qt::ISODate), lastDue.value(person.at(0).toString()));
}

void TestDemoSeed::trustedAdultsOwnAndShared()
{
    // An adult belongs to the young person of its first link; later links share them.
    const auto own = rows(*m_db, QStringLiteral(
                                     "SELECT yp.id, "
                                     "(SELECT count(*) FROM trusted_adult_link l WHERE l.young_person_id = yp.id "
                                     "  AND l.rowid = (SELECT min(f.rowid) FROM trusted_adult_link f "
                                     "                 WHERE f.trusted_adult_id = l.trusted_adult_id)), "
                                     "(SELECT count(*) FROM trusted_adult_link l WHERE l.young_person_id = yp.id) "
                                     "FROM young_person yp"));
    QCOMPARE(own.size(), kCases);
    QSet<int> ownCounts;
    for (const auto& person : own) {
        const int ownAdults = person.at(1).toInt();
        const int linked = person.at(2).toInt();
        QVERIFY2(ownAdults >= 0 && ownAdults <= 3, qPrintable(QString::number(ownAdults)));
        QVERIFY(linked >= ownAdults && linked <= ownAdults + 1);
        ownCounts << ownAdults;
    }
    QCOMPARE(ownCounts, (QSet<int>{0, 1, 2, 3}));
    QCOMPARE(number(*m_db, "SELECT count(*) FROM trusted_adult ta WHERE NOT EXISTS "
                           "(SELECT 1 FROM trusted_adult_link l WHERE l.trusted_adult_id = ta.id)"),
             0);

    // Siblings: an adult linked to two or more young people, who share a family name.
    const auto shared = rows(*m_db, QStringLiteral("SELECT l.trusted_adult_id, count(*), "
                                                   "count(DISTINCT yp.family_name) FROM trusted_adult_link l "
                                                   "JOIN young_person yp ON yp.id = l.young_person_id "
                                                   "GROUP BY l.trusted_adult_id HAVING count(*) >= 2"));
    QVERIFY(!shared.isEmpty());
    for (const auto& adult : shared)
        QCOMPARE(adult.at(2).toInt(), 1);
}

void TestDemoSeed::safetyPlansForMostAtHighRisk()
{
    const char* atRisk = "(risk_serious_harm IN ('high', 'very_high') OR safety_wellbeing IN ('high', 'very_high'))";
    const qint64 highRisk =
        number(*m_db, QStringLiteral("SELECT count(*) FROM young_person WHERE %1").arg(QLatin1String(atRisk))
                          .toUtf8()
                          .constData());
    const qint64 withPlan =
        number(*m_db, QStringLiteral("SELECT count(*) FROM young_person yp WHERE %1 AND EXISTS (SELECT 1 FROM "
                                     "safety_plan sp WHERE sp.young_person_id = yp.id AND sp.status = 'active')")
                          .arg(QLatin1String(atRisk))
                          .toUtf8()
                          .constData());
    QVERIFY(highRisk > 20);
    QVERIFY2(withPlan * 100 >= highRisk * 70, qPrintable(QStringLiteral("%1 of %2").arg(withPlan).arg(highRisk)));
    QVERIFY(withPlan < highRisk); // "most", not all: some plans are still to be written
    QCOMPARE(number(*m_db, "SELECT count(*) FROM (SELECT young_person_id FROM safety_plan WHERE status = 'active' "
                           "GROUP BY young_person_id HAVING count(*) > 1)"),
             0);
    // An active plan is a whole plan: an emergency contact and warning signs at least.
    QCOMPARE(number(*m_db, "SELECT count(*) FROM safety_plan sp WHERE NOT EXISTS (SELECT 1 FROM safety_plan_item i "
                           "WHERE i.safety_plan_id = sp.id AND i.section = 'emergency_contact') OR NOT EXISTS "
                           "(SELECT 1 FROM safety_plan_item i WHERE i.safety_plan_id = sp.id "
                           "AND i.section = 'warning_sign')"),
             0);
}

void TestDemoSeed::supersededPlanVersionsKept()
{
    QVERIFY(number(*m_db, "SELECT count(*) FROM safety_plan WHERE status = 'superseded'") > 0);
    const auto plans = rows(*m_db, QStringLiteral("SELECT young_person_id, version, status, activated_at "
                                                  "FROM safety_plan ORDER BY young_person_id, version"));
    QHash<QString, QList<QVariantList>> byPerson;
    for (const auto& plan : plans)
        byPerson[plan.at(0).toString()] << plan;
    for (const auto& versions : byPerson) {
        // Versions 1..n, all kept: the last one active, every earlier one superseded, in order.
        for (qsizetype i = 0; i < versions.size(); ++i) {
            QCOMPARE(versions.at(i).at(1).toLongLong(), qlonglong(i + 1));
            const bool last = i == versions.size() - 1;
            QCOMPARE(versions.at(i).at(2).toString(), last ? QStringLiteral("active") : QStringLiteral("superseded"));
            if (i > 0)
                QVERIFY(versions.at(i - 1).at(3).toString() <= versions.at(i).at(3).toString());
        }
    }
}

void TestDemoSeed::namesAreFictional()
{
    const QStringList families = DemoData::familyNames();
    const QStringList given = givenNames();
    for (const auto& person :
         rows(*m_db, QStringLiteral("SELECT given_name, family_name, preferred_name FROM young_person"))) {
        QVERIFY2(given.contains(person.at(0).toString()), qPrintable(person.at(0).toString()));
        QVERIFY2(families.contains(person.at(1).toString()), qPrintable(person.at(1).toString()));
        QVERIFY(person.at(2).isNull() || given.contains(person.at(2).toString()));
    }
    const auto adults = rows(*m_db, QStringLiteral("SELECT given_name, family_name FROM trusted_adult"));
    QVERIFY(adults.size() > kCases / 2);
    for (const auto& adult : adults) {
        QVERIFY2(given.contains(adult.at(0).toString()), qPrintable(adult.at(0).toString()));
        QVERIFY2(families.contains(adult.at(1).toString()), qPrintable(adult.at(1).toString()));
    }
    // Workers say they are demo workers, with a family name from the same list.
    for (const auto& worker : rows(*m_db, QStringLiteral("SELECT display_name, login FROM worker"))) {
        const QString name = worker.at(0).toString();
        QVERIFY2(name.endsWith(QStringLiteral(" (demo)")), qPrintable(name));
        QVERIFY2(families.contains(name.section(QLatin1Char(' '), 1, 1)), qPrintable(name));
        QVERIFY(worker.at(1).toString().startsWith(QStringLiteral("demo.")));
    }
    // Email addresses are on the reserved example domain.
    QCOMPARE(number(*m_db, "SELECT count(*) FROM trusted_adult WHERE email IS NOT NULL "
                           "AND email NOT LIKE '%@example.org'"),
             0);
}

void TestDemoSeed::phoneNumbersInDramaRanges()
{
    // Ofcom's numbers for drama: 020 7946 0xxx, 0113 496 0xxx and 07700 900xxx.
    static const QRegularExpression drama(QStringLiteral("^\\+44(2079460|1134960|7700900)\\d{3}$"));
    const auto phones = rows(*m_db, QStringLiteral("SELECT phone_primary FROM trusted_adult WHERE phone_primary "
                                                   "IS NOT NULL UNION ALL SELECT phone_secondary FROM trusted_adult "
                                                   "WHERE phone_secondary IS NOT NULL"));
    QVERIFY(phones.size() > kCases / 2);
    QSet<QString> ranges;
    for (const auto& phone : phones) {
        const QString phoneNumber = phone.at(0).toString();
        const auto match = drama.match(phoneNumber);
        QVERIFY2(match.hasMatch(), qPrintable(phoneNumber));
        ranges << match.captured(1);
    }
    QCOMPARE(ranges.size(), 3);

    // Numbers written into plans (professionals' lines) are drama numbers too.
    static const QRegularExpression written(QStringLiteral("0[0-9 ]{9,13}[0-9]"));
    static const QRegularExpression dramaNational(QStringLiteral("^(02079460|01134960|07700900)\\d{3}$"));
    int seen = 0;
    for (const auto& item : rows(*m_db, QStringLiteral("SELECT text FROM safety_plan_item"))) {
        for (const auto& match : written.globalMatch(item.at(0).toString())) {
            const QString digits = match.captured(0).remove(QLatin1Char(' '));
            QVERIFY2(dramaNational.match(digits).hasMatch(), qPrintable(match.captured(0)));
            ++seen;
        }
    }
    QVERIFY(seen > 0);
}

void TestDemoSeed::idsAscendInCreationOrder()
{
    // Ids are version-7 style: they rise with each record, so bulk inserts append to each
    // table's primary-key index. The caseload is big enough to pass 4,096 ids.
    QVERIFY(m_report.records > 5000);
    static const QRegularExpression v7(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                                                      "[0-9a-f]{12}$"));
    for (const auto& def : domain::Entities::all()) {
        if (def.name == domain::entity::AuditEvent)
            continue;
        const auto ids = rows(*m_db, QStringLiteral("SELECT id FROM %1 ORDER BY rowid").arg(def.name));
        QString previous;
        for (const auto& row : ids) {
            const QString id = row.at(0).toString();
            QVERIFY2(v7.match(id).hasMatch(), qPrintable(id));
            QVERIFY2(id > previous, qPrintable(QStringLiteral("%1: %2 after %3").arg(def.name, id, previous)));
            previous = id;
        }
    }
}

QTEST_GUILESS_MAIN(TestDemoSeed)
#include "tst_demo_seed.moc"
