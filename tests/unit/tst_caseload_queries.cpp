#include "TestStore.h"

#include "demo/DemoSeeder.h"
#include "domain/Entities.h"
#include "store/CaseloadQueries.h"
#include "store/RecordRepository.h"

#include <QSet>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <optional>

using namespace trellis;
using namespace trellis::test;
using domain::Record;
namespace entity = domain::entity;

namespace {

// The demo caseload is built for a fixed day so every run sees the same records.
const QDate kToday(2026, 11, 26);
// Later than any seeded contact on kToday (they fall between 09:00 and 18:45), so a contact
// logged at this time is the newest one.
const QDateTime kNow(kToday, QTime(20, 0), Qt::UTC);
const QString kActor = QStringLiteral("test.worker");
constexpr int kCases = 300;

// Orders CaseloadRows as the caseload promises: no due date first, then by date, family name
// and given name (ASCII case ignored, like SQLite's NOCASE).
bool dueOrder(const CaseloadRow& a, const CaseloadRow& b)
{
    if (a.nextContactDue != b.nextContactDue) {
        if (!a.nextContactDue.isValid())
            return true;
        if (!b.nextContactDue.isValid())
            return false;
        return a.nextContactDue < b.nextContactDue;
    }
    if (const int c = a.familyName.compare(b.familyName, Qt::CaseInsensitive); c != 0)
        return c < 0;
    return a.givenName.compare(b.givenName, Qt::CaseInsensitive) < 0;
}

bool nameOrder(const CaseloadRow& a, const CaseloadRow& b)
{
    if (const int c = a.familyName.compare(b.familyName, Qt::CaseInsensitive); c != 0)
        return c < 0;
    return a.givenName.compare(b.givenName, Qt::CaseInsensitive) < 0;
}

QStringList idsOf(const QList<CaseloadRow>& rows)
{
    QStringList ids;
    for (const auto& row : rows)
        ids << row.id;
    return ids;
}

} // namespace

class TestCaseloadQueries : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void caseloadHoldsExactlyTheWorkersLiveCasesInDueOrder();
    void caseloadRowCarriesInterventionAndSafetyPlan();
    void caseloadOfUnknownWorkerIsEmpty();

    void searchIgnoresCase();
    void searchMatchesPrefixesOnly();
    void searchCoversGivenPreferredAndReference();
    void searchOrdersByNameAndHonoursLimit();
    void searchEscapesWildcards_data();
    void searchEscapesWildcards();
    void searchOfBlankPrefixFindsNothing();
    void prefixPatternEscapes();

    void fullRecordHoldsEverythingAttached();
    void fullRecordOfUnknownIdIsEmpty();

    void logContactMovesNextContactDueAndAudits();
    void logContactEnteredLateKeepsTheNewerDueDate();
    void invalidContactChangesNothing();
    void contactForUnknownYoungPersonChangesNothing();

    void deletedYoungPersonIsLeftOut();

private:
    Database& db() { return *m_db; }
    QVariant scalar(const QString& sql, const QVariantList& values = {});
    QStringList column(const QString& sql, const QVariantList& values = {});
    Record contactFor(const QString& youngPersonId, const QDateTime& occurred, const QDate& due);
    // Counts that an invalid or refused contact must leave alone.
    QVariantList footprint(const QString& youngPersonId);

    TestStore m_store;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseloadQueries> m_queries;
    QStringList m_caseworkers;
};

QVariant TestCaseloadQueries::scalar(const QString& sql, const QVariantList& values)
{
    const QStringList rows = column(sql, values);
    return rows.isEmpty() ? QVariant() : QVariant(rows.first());
}

QStringList TestCaseloadQueries::column(const QString& sql, const QVariantList& values)
{
    auto prepared = db().prepare(sql);
    if (!prepared.ok()) {
        QTest::qFail(qPrintable(prepared.error().message), __FILE__, __LINE__);
        return {};
    }
    auto& stmt = *prepared.value();
    for (int i = 0; i < values.size(); ++i)
        stmt.bind(i + 1, values.at(i));
    QStringList rows;
    while (stmt.next())
        rows << stmt.text(0);
    if (stmt.failed())
        QTest::qFail(qPrintable(db().lastError().message), __FILE__, __LINE__);
    return rows;
}

Record TestCaseloadQueries::contactFor(const QString& youngPersonId, const QDateTime& occurred, const QDate& due)
{
    Record contact(domain::Entities::get(entity::Contact));
    contact.set(QStringLiteral("young_person_id"), youngPersonId);
    contact.set(QStringLiteral("occurred_at"), occurred);
    contact.set(QStringLiteral("duration_minutes"), QVariant::fromValue<qlonglong>(30));
    contact.set(QStringLiteral("kind"), QStringLiteral("home_visit"));
    contact.set(QStringLiteral("attendance"), QStringLiteral("attended"));
    contact.set(QStringLiteral("summary"), QStringLiteral("Fictional test contact."));
    if (due.isValid())
        contact.set(QStringLiteral("next_contact_due"), due);
    return contact;
}

QVariantList TestCaseloadQueries::footprint(const QString& youngPersonId)
{
    return {scalar(QStringLiteral("SELECT count(*) FROM contact")),
            scalar(QStringLiteral("SELECT count(*) FROM audit_event")),
            column(QStringLiteral("SELECT coalesce(next_contact_due, '-') || updated_at || updated_by || dirty "
                                  "FROM young_person WHERE id = ?1"),
                   {youngPersonId})};
}

void TestCaseloadQueries::initTestCase()
{
    m_db = m_store.create();
    QVERIFY(m_db);
    demo::DemoSeeder::Options options;
    options.cases = kCases;
    options.seed = 7;
    options.today = kToday;
    options.validate = true;
    demo::DemoSeeder seeder(*m_db, options);
    const auto report = seeder.run();
    QVERIFY2(report.ok, qPrintable(report.failure));
    m_queries = std::make_unique<CaseloadQueries>(*m_db);
    m_caseworkers = column(QStringLiteral("SELECT id FROM worker WHERE role = 'caseworker' ORDER BY login"));
    QVERIFY(m_caseworkers.size() >= 2);
}

void TestCaseloadQueries::caseloadHoldsExactlyTheWorkersLiveCasesInDueOrder()
{
    qsizetype total = 0;
    for (const QString& worker : m_caseworkers) {
        const auto rows = m_queries->caseload(worker);
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        const QStringList expected =
            column(QStringLiteral("SELECT id FROM young_person WHERE lead_worker_id = ?1 AND deleted = 0"), {worker});
        QVERIFY(!expected.isEmpty());
        const QStringList got = idsOf(rows.value());
        QCOMPARE(QSet<QString>(got.begin(), got.end()), QSet<QString>(expected.begin(), expected.end()));
        QCOMPARE(got.size(), expected.size()); // no duplicates
        for (const auto& row : rows.value())
            QCOMPARE(row.leadWorkerId, worker);
        QVERIFY(std::is_sorted(rows.value().begin(), rows.value().end(), dueOrder));
        // The due dates really differ, so the order is tested and not just trivially true.
        QVERIFY(rows.value().first().nextContactDue < rows.value().last().nextContactDue);
        total += got.size();
    }
    QCOMPARE(qlonglong(total),
             scalar(QStringLiteral("SELECT count(*) FROM young_person WHERE lead_worker_id IS NOT NULL "
                                   "AND deleted = 0"))
                 .toLongLong());
}

void TestCaseloadQueries::caseloadRowCarriesInterventionAndSafetyPlan()
{
    const auto rows = m_queries->caseload(m_caseworkers.first());
    QVERIFY(rows.ok());
    int withPlan = 0;
    for (const auto& row : rows.value()) {
        const QStringList fields = column(
            QStringLiteral("SELECT reference || '|' || given_name || '|' || family_name || '|' || "
                           "coalesce(preferred_name, '') || '|' || date_of_birth || '|' || status || '|' || "
                           "safety_wellbeing || '|' || risk_serious_harm || '|' || reoffending_likelihood || '|' || "
                           "flag_cce || flag_cse || flag_county_lines || flag_gang_affected || flag_missing_risk || "
                           "flag_knife_crime_victim || flag_domestic_abuse || '|' || coalesce(next_contact_due, '') "
                           "|| '|' || coalesce(next_review_date, '') FROM young_person WHERE id = ?1"),
            {row.id});
        const auto flag = [](bool set) { return set ? QStringLiteral("1") : QStringLiteral("0"); };
        const QString fromRow =
            QStringList{row.reference,
                        row.givenName,
                        row.familyName,
                        row.preferredName,
                        row.dateOfBirth.toString(Qt::ISODate),
                        row.status,
                        row.safetyWellbeing,
                        row.riskSeriousHarm,
                        row.reoffendingLikelihood,
                        flag(row.flagCce) + flag(row.flagCse) + flag(row.flagCountyLines) + flag(row.flagGangAffected) +
                            flag(row.flagMissingRisk) + flag(row.flagKnifeCrimeVictim) + flag(row.flagDomesticAbuse),
                        row.nextContactDue.toString(Qt::ISODate),
                        row.nextReviewDate.toString(Qt::ISODate)}
                .join(QLatin1Char('|'));
        QCOMPARE(fromRow, fields.value(0));

        const QStringList interventions =
            column(QStringLiteral("SELECT type FROM intervention WHERE young_person_id = ?1 AND deleted = 0 "
                                  "ORDER BY start_date DESC, type DESC"),
                   {row.id});
        QCOMPARE(row.currentIntervention, interventions.value(0));
        const QVariant review = scalar(QStringLiteral("SELECT review_date FROM safety_plan WHERE young_person_id = ?1 "
                                                      "AND status = 'active' AND deleted = 0"),
                                       {row.id});
        QCOMPARE(row.safetyPlanReviewDate,
                 review.isNull() ? QDate() : QDate::fromString(review.toString(), Qt::ISODate));
        if (row.safetyPlanReviewDate.isValid())
            ++withPlan;
    }
    // Some cases have a plan and some have two interventions, so the subqueries are exercised.
    QVERIFY(withPlan > 0);
    QVERIFY(withPlan < rows.value().size());
}

void TestCaseloadQueries::caseloadOfUnknownWorkerIsEmpty()
{
    const auto rows = m_queries->caseload(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVERIFY(rows.ok());
    QVERIFY(rows.value().isEmpty());
    const QString supervisor = scalar(QStringLiteral("SELECT id FROM worker WHERE role = 'supervisor'")).toString();
    QVERIFY(!supervisor.isEmpty());
    QVERIFY(m_queries->caseload(supervisor).value().isEmpty());
}

void TestCaseloadQueries::searchIgnoresCase()
{
    const QString family =
        scalar(QStringLiteral("SELECT family_name FROM young_person ORDER BY rowid LIMIT 1")).toString();
    const QString prefix = family.left(4);
    const auto exact = m_queries->searchByName(prefix, 1000);
    const auto lower = m_queries->searchByName(prefix.toLower(), 1000);
    const auto upper = m_queries->searchByName(prefix.toUpper(), 1000);
    QVERIFY(exact.ok() && lower.ok() && upper.ok());
    QVERIFY(!exact.value().isEmpty());
    QCOMPARE(idsOf(lower.value()), idsOf(exact.value()));
    QCOMPARE(idsOf(upper.value()), idsOf(exact.value()));
    // Cross-checked without LIKE: every name and reference compared in lower case.
    const auto expected =
        column(QStringLiteral("SELECT id FROM young_person WHERE deleted = 0 AND ("
                              "substr(lower(family_name), 1, length(?1)) = lower(?1) OR "
                              "substr(lower(given_name), 1, length(?1)) = lower(?1) OR "
                              "substr(lower(coalesce(preferred_name, '')), 1, length(?1)) = lower(?1) "
                              "OR substr(lower(reference), 1, length(?1)) = lower(?1))"),
               {prefix});
    const QStringList got = idsOf(exact.value());
    QCOMPARE(QSet<QString>(got.begin(), got.end()), QSet<QString>(expected.begin(), expected.end()));
    QCOMPARE(got.size(), expected.size()); // someone matching on two names is listed once
}

void TestCaseloadQueries::searchMatchesPrefixesOnly()
{
    // Four letters from the middle of a family name: in the store, but starting no name.
    const QString family =
        scalar(QStringLiteral("SELECT family_name FROM young_person ORDER BY rowid LIMIT 1")).toString();
    const QString inner = family.mid(3, 4);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM young_person WHERE family_name LIKE '%' || ?1 || '%'"), {inner})
                .toInt() > 0,
        true);
    const auto rows = m_queries->searchByName(inner, 1000);
    QVERIFY(rows.ok());
    for (const auto& row : rows.value()) {
        const bool startsSomewhere = row.familyName.startsWith(inner, Qt::CaseInsensitive) ||
                                     row.givenName.startsWith(inner, Qt::CaseInsensitive) ||
                                     row.preferredName.startsWith(inner, Qt::CaseInsensitive) ||
                                     row.reference.startsWith(inner, Qt::CaseInsensitive);
        QVERIFY2(startsSomewhere, "a search result matched in the middle of a name");
    }
}

void TestCaseloadQueries::searchCoversGivenPreferredAndReference()
{
    const QString preferredOwner =
        scalar(QStringLiteral("SELECT id FROM young_person WHERE preferred_name IS NOT NULL ORDER BY rowid LIMIT 1"))
            .toString();
    QVERIFY(!preferredOwner.isEmpty());
    const QString preferred =
        scalar(QStringLiteral("SELECT preferred_name FROM young_person WHERE id = ?1"), {preferredOwner}).toString();
    QVERIFY(idsOf(m_queries->searchByName(preferred, 1000).value()).contains(preferredOwner));

    const QString given =
        scalar(QStringLiteral("SELECT given_name FROM young_person ORDER BY rowid LIMIT 1")).toString();
    const auto byGiven = m_queries->searchByName(given.left(3), 1000);
    QVERIFY(byGiven.ok());
    QVERIFY(std::any_of(byGiven.value().begin(), byGiven.value().end(), [&](const CaseloadRow& row) {
        return row.givenName.startsWith(given.left(3), Qt::CaseInsensitive) &&
               !row.familyName.startsWith(given.left(3), Qt::CaseInsensitive);
    }));

    // References are YP-000001 ... YP-000300: "yp-0001" finds YP-000100 to YP-000199.
    const auto byReference = m_queries->searchByName(QStringLiteral("yp-0001"), 1000);
    QVERIFY(byReference.ok());
    QCOMPARE(byReference.value().size(), 100);
    for (const auto& row : byReference.value())
        QVERIFY(row.reference.startsWith(QLatin1String("YP-0001")));
}

void TestCaseloadQueries::searchOrdersByNameAndHonoursLimit()
{
    const auto all = m_queries->searchByName(QStringLiteral("b"), 1000);
    QVERIFY(all.ok());
    QVERIFY(all.value().size() > 20);
    QVERIFY(std::is_sorted(all.value().begin(), all.value().end(), nameOrder));
    const auto first = m_queries->searchByName(QStringLiteral("B"), 7);
    QVERIFY(first.ok());
    QCOMPARE(idsOf(first.value()), idsOf(all.value()).mid(0, 7));
    QCOMPARE(m_queries->searchByName(QStringLiteral("b")).value().size(),
             std::min<qsizetype>(all.value().size(), CaseloadQueries::kDefaultSearchLimit));
}

void TestCaseloadQueries::searchEscapesWildcards_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("onlyMatch"); // family name of the one young person expected

    QTest::newRow("percent") << QStringLiteral("Per%") << QStringLiteral("Per%cent");
    QTest::newRow("underscore") << QStringLiteral("Under_") << QStringLiteral("Under_score");
    QTest::newRow("backslash") << QStringLiteral("Back\\") << QStringLiteral("Back\\slash");
    QTest::newRow("lone percent") << QStringLiteral("%") << QString();
    QTest::newRow("lone underscore") << QStringLiteral("_") << QString();
    QTest::newRow("escape then letter") << QStringLiteral("\\s") << QString();
}

void TestCaseloadQueries::searchEscapesWildcards()
{
    QFETCH(QString, prefix);
    QFETCH(QString, onlyMatch);
    if (!scalar(QStringLiteral("SELECT count(*) FROM young_person WHERE reference LIKE 'ESC-%'")).toInt()) {
        // Each name with a wildcard has a twin where the wildcard is an ordinary letter: an
        // unescaped pattern would find both.
        RecordRepository repository(db());
        const auto& def = domain::Entities::get(entity::YoungPerson);
        const QString templateId =
            scalar(QStringLiteral("SELECT id FROM young_person ORDER BY rowid LIMIT 1")).toString();
        const auto found = repository.find(def, templateId);
        QVERIFY(found.ok() && found.value());
        int n = 0;
        for (const char* family : {"Per%cent", "Perxcent", "Under_score", "Underxscore", "Back\\slash", "Backxslash"}) {
            Record person = *found.value();
            person.set(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
            person.set(QStringLiteral("reference"), QStringLiteral("ESC-%1").arg(++n));
            person.set(QStringLiteral("family_name"), QString::fromLatin1(family));
            person.set(QStringLiteral("given_name"), QStringLiteral("Wildcard"));
            person.clear(QStringLiteral("preferred_name"));
            person.clear(QStringLiteral("lead_worker_id"));
            const auto inserted = repository.insert(person);
            QVERIFY2(inserted.ok(), qPrintable(inserted.error().message));
        }
    }
    const auto rows = m_queries->searchByName(prefix);
    QVERIFY(rows.ok());
    QStringList families;
    for (const auto& row : rows.value())
        families << row.familyName;
    QCOMPARE(families, onlyMatch.isEmpty() ? QStringList{} : QStringList{onlyMatch});
}

void TestCaseloadQueries::searchOfBlankPrefixFindsNothing()
{
    QVERIFY(m_queries->searchByName(QString()).value().isEmpty());
    QVERIFY(m_queries->searchByName(QStringLiteral("   ")).value().isEmpty());
    QVERIFY(m_queries->searchByName(QStringLiteral("a"), 0).value().isEmpty());
    // Surrounding spaces are typing, not part of the name.
    QCOMPARE(idsOf(m_queries->searchByName(QStringLiteral(" yp-0001 ")).value()),
             idsOf(m_queries->searchByName(QStringLiteral("yp-0001")).value()));
}

void TestCaseloadQueries::prefixPatternEscapes()
{
    QCOMPARE(CaseloadQueries::prefixPattern(QStringLiteral("Ma")), QStringLiteral("Ma%"));
    QCOMPARE(CaseloadQueries::prefixPattern(QStringLiteral("5%_\\x")), QStringLiteral("5\\%\\_\\\\x%"));
}

void TestCaseloadQueries::fullRecordHoldsEverythingAttached()
{
    const QStringList people = column(QStringLiteral("SELECT id FROM young_person WHERE reference LIKE 'YP-%'"));
    QCOMPARE(people.size(), kCases);
    int plans = 0, sharedAdults = 0, episodes = 0;
    for (const QString& id : people) {
        const auto found = m_queries->fullRecord(id);
        QVERIFY2(found.ok(), qPrintable(found.error().message));
        QVERIFY(found.value().has_value());
        const FullRecord& full = *found.value();
        QCOMPARE(full.youngPerson.id(), id);
        const auto count = [&](const char* sql) {
            return qsizetype(scalar(QString::fromLatin1(sql), {id}).toLongLong());
        };
        QCOMPARE(full.interventions.size(),
                 count("SELECT count(*) FROM intervention WHERE young_person_id = ?1 AND deleted = 0"));
        QCOMPARE(full.contacts.size(),
                 count("SELECT count(*) FROM contact WHERE young_person_id = ?1 AND deleted = 0"));
        QCOMPARE(full.safetyPlans.size(),
                 count("SELECT count(*) FROM safety_plan WHERE young_person_id = ?1 AND deleted = 0"));
        QCOMPARE(full.trustedAdults.size(),
                 count("SELECT count(*) FROM trusted_adult_link WHERE young_person_id = ?1 AND deleted = 0"));
        QCOMPARE(full.episodes.size(),
                 count("SELECT count(*) FROM episode WHERE young_person_id = ?1 AND deleted = 0"));

        for (const auto& contact : full.contacts)
            QCOMPARE(contact.text(QStringLiteral("young_person_id")), id);
        for (qsizetype i = 1; i < full.contacts.size(); ++i)
            QVERIFY(full.contacts[i - 1].value(QStringLiteral("occurred_at")).toDateTime() >=
                    full.contacts[i].value(QStringLiteral("occurred_at")).toDateTime());
        for (const auto& plan : full.safetyPlans) {
            QCOMPARE(plan.plan.text(QStringLiteral("young_person_id")), id);
            QCOMPARE(qlonglong(plan.items.size()),
                     scalar(QStringLiteral("SELECT count(*) FROM safety_plan_item WHERE safety_plan_id = ?1 "
                                           "AND deleted = 0"),
                            {plan.plan.id()})
                         .toLongLong());
            QVERIFY(!plan.items.isEmpty());
            QCOMPARE(plan.items.first().text(QStringLiteral("section")), QStringLiteral("warning_sign"));
            for (const auto& item : plan.items)
                QCOMPARE(item.text(QStringLiteral("safety_plan_id")), plan.plan.id());
        }
        for (qsizetype i = 1; i < full.safetyPlans.size(); ++i)
            QVERIFY(full.safetyPlans[i - 1].plan.value(QStringLiteral("version")).toLongLong() >
                    full.safetyPlans[i].plan.value(QStringLiteral("version")).toLongLong());
        for (const auto& linked : full.trustedAdults) {
            QCOMPARE(linked.link.text(QStringLiteral("young_person_id")), id);
            QCOMPARE(linked.link.text(QStringLiteral("trusted_adult_id")), linked.adult.id());
            QVERIFY(!linked.link.text(QStringLiteral("role")).isEmpty());
            QVERIFY(!linked.adult.text(QStringLiteral("given_name")).isEmpty());
            if (count("SELECT count(*) FROM trusted_adult_link WHERE trusted_adult_id = "
                      "(SELECT trusted_adult_id FROM trusted_adult_link WHERE young_person_id = ?1 LIMIT 1)") > 1)
                ++sharedAdults;
        }
        plans += int(full.safetyPlans.size());
        episodes += int(full.episodes.size());
    }
    // The seeded caseload has plans with two versions, siblings sharing an adult and episodes,
    // so every part of the full record has been compared at least once.
    QVERIFY(plans > 0);
    QVERIFY(sharedAdults > 0);
    QVERIFY(episodes > 0);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM safety_plan WHERE version = 2")).toInt() > 0);
}

void TestCaseloadQueries::fullRecordOfUnknownIdIsEmpty()
{
    const auto found = m_queries->fullRecord(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVERIFY(found.ok());
    QVERIFY(!found.value().has_value());
}

void TestCaseloadQueries::logContactMovesNextContactDueAndAudits()
{
    const QString worker = m_caseworkers.first();
    const auto before = m_queries->caseload(worker);
    QVERIFY(before.ok());
    // The case due first moves to the back once it has a contact due in a month.
    const CaseloadRow first = before.value().first();
    column(QStringLiteral("UPDATE young_person SET dirty = 0 WHERE id = ?1"), {first.id});
    const qint64 contacts = scalar(QStringLiteral("SELECT count(*) FROM contact")).toLongLong();
    const QDate due = kToday.addDays(400);

    const auto outcome = m_queries->logContact(contactFor(first.id, kNow.addSecs(-1800), due), kActor, kNow);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
    QVERIFY(outcome.value().saved);
    QVERIFY(!domain::hasErrors(outcome.value().issues));
    const QString contactId = outcome.value().contactId;
    QCOMPARE(contactId.size(), 36);

    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM contact")).toLongLong(), contacts + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT young_person_id || created_by FROM contact WHERE id = ?1"), {contactId})
                 .toString(),
             first.id + kActor);
    QCOMPARE(
        column(QStringLiteral("SELECT next_contact_due || '|' || updated_by || '|' || updated_at || '|' || dirty "
                              "FROM young_person WHERE id = ?1"),
               {first.id}),
        QStringList{QStringLiteral("%1|%2|%3|1").arg(due.toString(Qt::ISODate), kActor, kNow.toString(Qt::ISODate))});
    QCOMPARE(column(QStringLiteral("SELECT actor || '|' || action || '|' || entity || '|' || occurred_at "
                                   "FROM audit_event WHERE entity_id = ?1"),
                    {contactId}),
             QStringList{QStringLiteral("%1|create|contact|%2").arg(kActor, kNow.toString(Qt::ISODate))});

    const auto after = m_queries->caseload(worker);
    QVERIFY(after.ok());
    QCOMPARE(after.value().last().id, first.id);
    QCOMPARE(after.value().last().nextContactDue, due);
    QCOMPARE(m_queries->fullRecord(first.id).value()->contacts.first().id(), contactId);
}

void TestCaseloadQueries::logContactEnteredLateKeepsTheNewerDueDate()
{
    const QString id =
        scalar(QStringLiteral("SELECT young_person_id FROM contact ORDER BY occurred_at DESC LIMIT 1")).toString();
    const QString dueBefore =
        scalar(QStringLiteral("SELECT next_contact_due FROM young_person WHERE id = ?1"), {id}).toString();
    QVERIFY(!dueBefore.isEmpty());
    // A visit from last month written up today: saved and audited, but the date set by the newer
    // contact stands.
    const QDateTime lastMonth = kNow.addDays(-30);
    const auto outcome = m_queries->logContact(contactFor(id, lastMonth, lastMonth.date().addDays(7)), kActor, kNow);
    QVERIFY(outcome.ok());
    QVERIFY(outcome.value().saved);
    QCOMPARE(scalar(QStringLiteral("SELECT next_contact_due FROM young_person WHERE id = ?1"), {id}).toString(),
             dueBefore);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE entity_id = ?1"), {outcome.value().contactId})
            .toInt(),
        1);
}

void TestCaseloadQueries::invalidContactChangesNothing()
{
    const QString id =
        m_caseworkers.isEmpty() ? QString() : m_queries->caseload(m_caseworkers.last()).value().first().id;
    const QVariantList before = footprint(id);

    // Next contact due before the contact itself: a rule of the contact validator.
    auto outcome = m_queries->logContact(contactFor(id, kNow.addSecs(-600), kToday.addDays(-3)), kActor, kNow);
    QVERIFY(outcome.ok());
    QVERIFY(!outcome.value().saved);
    QVERIFY(outcome.value().contactId.isEmpty());
    QVERIFY(domain::hasErrors(outcome.value().issues));
    QCOMPARE(outcome.value().issues.first().field, QStringLiteral("next_contact_due"));
    QCOMPARE(footprint(id), before);

    // A summary is required; a missed appointment cannot last 30 minutes.
    Record missing = contactFor(id, kNow.addSecs(-600), kToday.addDays(7));
    missing.clear(QStringLiteral("summary"));
    missing.set(QStringLiteral("attendance"), QStringLiteral("did_not_attend"));
    outcome = m_queries->logContact(missing, kActor, kNow);
    QVERIFY(outcome.ok());
    QVERIFY(!outcome.value().saved);
    QCOMPARE(outcome.value().issues.size(), 2);
    QCOMPARE(footprint(id), before);

    // Not a contact at all.
    const auto wrong = m_queries->logContact(Record(domain::Entities::get(entity::Episode)), kActor, kNow);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().kind, StoreError::Kind::Invalid);
    QCOMPARE(footprint(id), before);
}

void TestCaseloadQueries::contactForUnknownYoungPersonChangesNothing()
{
    const QString nobody = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QVariantList before = footprint(nobody);
    const auto outcome = m_queries->logContact(contactFor(nobody, kNow.addSecs(-600), kToday.addDays(7)), kActor, kNow);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().kind, StoreError::Kind::Invalid);
    QCOMPARE(footprint(nobody), before);
    // The transaction was rolled back: the store takes the next write.
    const QString someone = m_queries->caseload(m_caseworkers.first()).value().first().id;
    QVERIFY(
        m_queries->logContact(contactFor(someone, kNow.addSecs(-60), kToday.addDays(9)), kActor, kNow).value().saved);
}

void TestCaseloadQueries::deletedYoungPersonIsLeftOut()
{
    const QString worker = m_caseworkers.first();
    const CaseloadRow gone = m_queries->caseload(worker).value().first();
    column(QStringLiteral("UPDATE young_person SET deleted = 1 WHERE id = ?1"), {gone.id});
    QCOMPARE(scalar(QStringLiteral("SELECT deleted FROM young_person WHERE id = ?1"), {gone.id}).toInt(), 1);
    QVERIFY(!idsOf(m_queries->caseload(worker).value()).contains(gone.id));
    QVERIFY(!idsOf(m_queries->searchByName(gone.reference).value()).contains(gone.id));
    QVERIFY(!idsOf(m_queries->searchByName(gone.familyName, 100000).value()).contains(gone.id));
    QVERIFY(!m_queries->fullRecord(gone.id).value().has_value());
    const auto refused = m_queries->logContact(contactFor(gone.id, kNow.addSecs(-60), kToday.addDays(9)), kActor, kNow);
    QVERIFY(!refused.ok());
}

QTEST_GUILESS_MAIN(TestCaseloadQueries)
#include "tst_caseload_queries.moc"
