// SafetyPlanStore and SafetyPlanDiff against a real encrypted store seeded with a fictional
// caseload: versions are created, edited, activated and superseded, and every version stays.
#include "TestStore.h"

#include "demo/DemoSeeder.h"
#include "domain/Entities.h"
#include "domain/SafetyPlanDiff.h"
#include "session/Clock.h"
#include "store/RecordRepository.h"
#include "store/SafetyPlanStore.h"

#include <QTest>

using namespace trellis;
using namespace trellis::test;
using domain::Entities;
using domain::Record;
using domain::SafetyPlanDiff;
using domain::SafetyPlanVersion;
namespace entity = domain::entity;

namespace {

const QDate kToday(2026, 11, 26);
const QString kActor = QStringLiteral("demo.worker01");

Record item(const QString& section, const QString& text)
{
    Record record(Entities::get(entity::SafetyPlanItem));
    record.set(QStringLiteral("section"), section);
    record.set(QStringLiteral("text"), text);
    return record;
}

qint64 integerOf(Database& db, const QString& sql, const QString& bound = {})
{
    auto stmt = db.prepare(sql);
    if (!stmt.ok())
        return -1;
    if (!bound.isNull())
        stmt.value()->bind(1, bound);
    return stmt.value()->next() ? stmt.value()->integer(0) : -1;
}

// Every column of every row of a plan's items (deleted ones too), as SQLite quotes them, so two
// snapshots are equal only if not one byte of one item changed.
QString itemRows(Database& db, const QString& planId)
{
    const QStringList columns = Entities::get(entity::SafetyPlanItem).columnNames() +
                                QStringList{QStringLiteral("server_version"), QStringLiteral("dirty"),
                                            QStringLiteral("deleted")};
    QStringList quoted;
    for (const QString& column : columns)
        quoted << QStringLiteral("quote(%1)").arg(column);
    auto stmt = db.prepare(QStringLiteral("SELECT %1 FROM safety_plan_item WHERE safety_plan_id = ?1 ORDER BY id")
                               .arg(quoted.join(QStringLiteral(" || '|' || "))));
    if (!stmt.ok())
        return {};
    stmt.value()->bind(1, planId);
    QString rows;
    while (stmt.value()->next())
        rows += stmt.value()->text(0) + QLatin1Char('\n');
    return rows;
}

QStringList texts(const QList<Record>& items)
{
    QStringList found;
    for (const Record& record : items)
        found << record.text(QStringLiteral("text"));
    return found;
}

} // namespace

class TestSafetyPlanStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void versionsAreKeptThroughActivation();
    void activeAndSupersededVersionsAreNeverEdited();
    void diffOfUnchangedVersionsIsEmpty();

private:
    TestStore* m_store = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    QString m_person;
    QString m_adult;
};

void TestSafetyPlanStore::init()
{
    m_store = new TestStore;
    m_db = m_store->create();
    QVERIFY(m_db);
    demo::DemoSeeder::Options options;
    options.cases = 30;
    options.today = kToday;
    QVERIFY(demo::DemoSeeder(*m_db, options).run().ok);
    m_clock = std::make_unique<ManualClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));

    // A young person the seeder gave no plan, with one fictional adult linked to them.
    auto stmt = m_db->prepare(QStringLiteral("SELECT id FROM young_person WHERE id NOT IN "
                                             "(SELECT young_person_id FROM safety_plan) ORDER BY id LIMIT 1"));
    QVERIFY(stmt.ok() && stmt.value()->next());
    m_person = stmt.value()->text(0);
    Record adult(Entities::get(entity::TrustedAdult));
    adult.set(QStringLiteral("given_name"), QStringLiteral("Marigold"));
    adult.set(QStringLiteral("relationship"), QStringLiteral("Aunt"));
    adult.set(QStringLiteral("phone_primary"), QStringLiteral("+447700900123"));
    adult.set(QStringLiteral("consent"), QStringLiteral("given"));
    adult.set(QStringLiteral("consent_checked_on"), kToday);
    adult.stampNew(kActor, m_clock->now());
    Record link(Entities::get(entity::TrustedAdultLink));
    link.set(QStringLiteral("young_person_id"), m_person);
    link.set(QStringLiteral("trusted_adult_id"), adult.id());
    link.set(QStringLiteral("role"), QStringLiteral("trusted_adult"));
    link.stampNew(kActor, m_clock->now());
    RecordRepository repository(*m_db);
    QVERIFY(repository.insert(adult).ok());
    QVERIFY(repository.insert(link).ok());
    m_adult = adult.id();
}

void TestSafetyPlanStore::cleanup()
{
    m_db.reset();
    delete m_store;
    m_store = nullptr;
}

void TestSafetyPlanStore::versionsAreKeptThroughActivation()
{
    SafetyPlanStore plans(*m_db, *m_clock, kActor);
    QVERIFY(plans.versions(m_person).value().isEmpty());

    // Version 1, a draft with an item in every section.
    SafetyPlanVersion draft = plans.blankDraft(m_person);
    draft.plan.set(QStringLiteral("code_word"), QStringLiteral("pineapple"));
    draft.plan.set(QStringLiteral("agreed_young_person_on"), QDate(2026, 11, 20));
    draft.items << item(QStringLiteral("warning_sign"), QStringLiteral("Staying out past ten"))
                << item(QStringLiteral("warning_sign"), QStringLiteral("New trainers I can't explain"))
                << item(QStringLiteral("warning_sign"), QStringLiteral("Phone going all night"));
    Record unsafe = item(QStringLiteral("unsafe"), QStringLiteral("Underpass by the fictional retail park"));
    unsafe.set(QStringLiteral("rating"), QStringLiteral("red"));
    unsafe.set(QStringLiteral("notes"), QStringLiteral("Fictional: older boys wait there"));
    Record amber = item(QStringLiteral("unsafe"), QStringLiteral("Chicken shop on the high street"));
    amber.set(QStringLiteral("rating"), QStringLiteral("amber"));
    draft.items << unsafe << amber << item(QStringLiteral("safe_place"), QStringLiteral("Library"))
                << item(QStringLiteral("safe_route"), QStringLiteral("Bus 12 from the main road"))
                << item(QStringLiteral("coping"), QStringLiteral("Music with headphones"))
                << item(QStringLiteral("coping"), QStringLiteral("Text my aunt"));
    Record trusted = item(QStringLiteral("trusted_adult"), QStringLiteral("My aunt"));
    trusted.set(QStringLiteral("trusted_adult_id"), m_adult);
    Record action = item(QStringLiteral("action"), QStringLiteral("Ask school about a later bus pass"));
    action.set(QStringLiteral("who"), QStringLiteral("Case manager"));
    action.set(QStringLiteral("due_date"), QDate(2026, 12, 10));
    draft.items << trusted << item(QStringLiteral("professional"), QStringLiteral("Youth worker at the fictional hub"))
                << item(QStringLiteral("emergency_contact"), QStringLiteral("Nan 020 7946 0555")) << action;
    const int itemCount = int(draft.items.size());

    auto saved = plans.saveDraft(draft);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QVERIFY(saved.value().saved);
    const SafetyPlanVersion v1 = *saved.value().version;
    QCOMPARE(v1.version(), 1);
    QCOMPARE(v1.status(), QStringLiteral("draft"));
    QCOMPARE(v1.items.size(), itemCount);
    for (const QString& section : SafetyPlanVersion::sections())
        QVERIFY2(!v1.section(section).isEmpty(), qPrintable(section));
    QCOMPARE(texts(v1.section(QStringLiteral("coping"))),
             (QStringList{QStringLiteral("Music with headphones"), QStringLiteral("Text my aunt")}));

    // Activation needs a review date; nothing changes without one.
    auto refused = plans.activate(v1.id());
    QVERIFY(refused.ok());
    QVERIFY(!refused.value().saved);
    QVERIFY(std::any_of(refused.value().issues.begin(), refused.value().issues.end(),
                        [](const auto& issue) { return issue.field == QLatin1String("review_date"); }));
    QCOMPARE(plans.version(v1.id()).value()->status(), QStringLiteral("draft"));

    SafetyPlanVersion withReview = v1;
    withReview.plan.set(QStringLiteral("review_date"), QDate(2027, 1, 15));
    QVERIFY(plans.saveDraft(withReview).value().saved);
    m_clock->advance(60);
    auto activated = plans.activate(v1.id());
    QVERIFY2(activated.ok(), qPrintable(activated.error().message));
    QVERIFY(activated.value().saved);
    QCOMPARE(activated.value().version->status(), QStringLiteral("active"));
    QCOMPARE(activated.value().version->plan.value(QStringLiteral("activated_at")).toDateTime(), m_clock->now());
    const QString v1Items = itemRows(*m_db, v1.id());

    // A new version copies the active one, items and all, under new ids.
    m_clock->advance(3600);
    auto copied = plans.newVersion(m_person);
    QVERIFY2(copied.ok(), qPrintable(copied.error().message));
    SafetyPlanVersion v2 = copied.value();
    QCOMPARE(v2.version(), 2);
    QCOMPARE(v2.status(), QStringLiteral("draft"));
    QCOMPARE(v2.items.size(), itemCount);
    QCOMPARE(texts(v2.items), texts(plans.version(v1.id()).value()->items));
    QCOMPARE(v2.plan.text(QStringLiteral("code_word")), QStringLiteral("pineapple"));
    QVERIFY(!v2.plan.has(QStringLiteral("agreed_young_person_on"))); // to be agreed again
    for (const Record& copy : std::as_const(v2.items))
        QVERIFY(std::none_of(v1.items.begin(), v1.items.end(), [&](const Record& r) { return r.id() == copy.id(); }));
    QCOMPARE(plans.newVersion(m_person).value().id(), v2.id()); // the open draft, not a third version

    // Edit version 2: remove a warning sign, put the second coping item first, re-rate a place.
    v2 = *plans.version(v2.id()).value();
    QList<Record> edited;
    const Record movedCoping = *std::find_if(v2.items.cbegin(), v2.items.cend(), [](const Record& r) {
        return r.text(QStringLiteral("text")) == QLatin1String("Text my aunt");
    });
    for (const Record& record : std::as_const(v2.items)) {
        if (record.text(QStringLiteral("text")) == QLatin1String("New trainers I can't explain"))
            continue;
        if (record.id() == movedCoping.id())
            continue;
        Record copy = record;
        if (copy.text(QStringLiteral("text")).startsWith(QLatin1String("Underpass")))
            copy.set(QStringLiteral("rating"), QStringLiteral("amber"));
        if (copy.text(QStringLiteral("text")) == QLatin1String("Music with headphones"))
            edited << movedCoping;
        edited << copy;
    }
    v2.items = edited;
    v2.plan.set(QStringLiteral("agreed_young_person_on"), kToday);
    auto savedV2 = plans.saveDraft(v2);
    QVERIFY2(savedV2.ok(), qPrintable(savedV2.error().message));
    QVERIFY(savedV2.value().saved);
    v2 = *savedV2.value().version;
    QCOMPARE(v2.items.size(), itemCount - 1);
    QCOMPARE(texts(v2.section(QStringLiteral("coping"))),
             (QStringList{QStringLiteral("Text my aunt"), QStringLiteral("Music with headphones")}));
    QCOMPARE(integerOf(*m_db, QStringLiteral("SELECT sum(position) * 10 + count(*) FROM safety_plan_item WHERE "
                                          "safety_plan_id = ?1 AND section = 'warning_sign' AND deleted = 0"),
                    v2.id()),
             12); // two left, at positions 0 and 1
    QCOMPARE(integerOf(*m_db, QStringLiteral("SELECT count(*) FROM safety_plan_item WHERE safety_plan_id = ?1 AND "
                                          "deleted = 1"),
                    v2.id()),
             1); // the removal is kept as a deletion for sync

    // Activate version 2: version 1 is superseded, both are kept, and version 1 is untouched.
    m_clock->advance(3600);
    auto activatedV2 = plans.activate(v2.id());
    QVERIFY2(activatedV2.ok(), qPrintable(activatedV2.error().message));
    QVERIFY(activatedV2.value().saved);
    const auto all = plans.versions(m_person).value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].version(), 2);
    QCOMPARE(all[0].status(), QStringLiteral("active"));
    QCOMPARE(all[1].version(), 1);
    QCOMPARE(all[1].status(), QStringLiteral("superseded"));
    QCOMPARE(all[1].items.size(), itemCount);
    QCOMPARE(itemRows(*m_db, v1.id()), v1Items);
    QCOMPARE(integerOf(*m_db, QStringLiteral("SELECT count(*) FROM safety_plan WHERE status = 'active' "
                                          "GROUP BY young_person_id ORDER BY count(*) DESC LIMIT 1")),
             1);

    // Audit: two creates, saves and activations as updates (v1's supersession included).
    QCOMPARE(integerOf(*m_db, QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'safety_plan' AND "
                                          "action = 'create' AND entity_id IN (?1)"),
                    v1.id()),
             1);
    QCOMPARE(integerOf(*m_db, QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'safety_plan' AND "
                                          "action = 'create' AND entity_id = ?1"),
                    v2.id()),
             1);
    QCOMPARE(integerOf(*m_db, QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'safety_plan' AND "
                                          "action = 'update' AND entity_id = ?1"),
                    v1.id()),
             3); // review date saved, activated, superseded
    QCOMPARE(integerOf(*m_db, QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'safety_plan' AND "
                                          "action = 'update' AND entity_id = ?1"),
                    v2.id()),
             2); // edited, activated

    // The diff says exactly what was done.
    const SafetyPlanDiff diff = SafetyPlanDiff::compare(all[1], all[0]);
    QCOMPARE(diff.headerChanges().size(), 1);
    QCOMPARE(diff.headerChanges()[0].field, QStringLiteral("agreed_young_person_on"));
    QCOMPARE(diff.headerChanges()[0].before.toDate(), QDate(2026, 11, 20));
    QCOMPARE(diff.headerChanges()[0].after.toDate(), kToday);
    QCOMPARE(diff.itemChanges().size(), 3);
    using Kind = SafetyPlanDiff::ItemChange::Kind;
    const auto removed = diff.itemChanges(Kind::Removed);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0].section, QStringLiteral("warning_sign"));
    QCOMPARE(removed[0].text, QStringLiteral("New trainers I can't explain"));
    const auto moved = diff.itemChanges(Kind::Moved);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved[0].text, QStringLiteral("Text my aunt"));
    QCOMPARE(moved[0].fromPosition, 1);
    QCOMPARE(moved[0].toPosition, 0);
    const auto rated = diff.ratingChanges();
    QCOMPARE(rated.size(), 1);
    QCOMPARE(rated[0].fields, QStringList{QStringLiteral("rating")});
    QCOMPARE(rated[0].before.value(QStringLiteral("rating")).toString(), QStringLiteral("red"));
    QCOMPARE(rated[0].after.value(QStringLiteral("rating")).toString(), QStringLiteral("amber"));
    QVERIFY(diff.itemChanges(Kind::Added).isEmpty());
    const QString words = diff.describe().join(QLatin1Char('\n'));
    QVERIFY2(words.contains(QStringLiteral("removed “New trainers I can't explain”")), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("moved “Text my aunt” from place 2 to place 1")), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("rating changed from ✖ Red to ▲ Amber")), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("26 November 2026")), qPrintable(words));
}

void TestSafetyPlanStore::activeAndSupersededVersionsAreNeverEdited()
{
    SafetyPlanStore plans(*m_db, *m_clock, kActor);
    SafetyPlanVersion draft = plans.blankDraft(m_person);
    draft.plan.set(QStringLiteral("review_date"), QDate(2027, 1, 15));
    draft.items << item(QStringLiteral("safe_place"), QStringLiteral("Library"));
    const auto saved = plans.saveDraft(draft);
    QVERIFY(saved.ok() && saved.value().saved);
    QVERIFY(plans.activate(draft.id()).value().saved);

    SafetyPlanVersion active = *plans.version(draft.id()).value();
    active.items << item(QStringLiteral("safe_place"), QStringLiteral("Sports centre"));
    const auto refused = plans.saveDraft(active);
    QVERIFY(!refused.ok());
    active.plan.set(QStringLiteral("status"), QStringLiteral("draft"));
    QVERIFY(!plans.saveDraft(active).ok());
    QVERIFY(!plans.activate(draft.id()).ok()); // already active
    QCOMPARE(plans.version(draft.id()).value()->items.size(), 1);

    // A draft with an item missing what its section needs is not saved at all.
    SafetyPlanVersion next = plans.newVersion(m_person).value();
    next.items << item(QStringLiteral("unsafe"), QStringLiteral("Car park")); // no rating
    const auto invalid = plans.saveDraft(next);
    QVERIFY(invalid.ok());
    QVERIFY(!invalid.value().saved);
    QVERIFY(invalid.value().issues.first().label.contains(QStringLiteral("Places and people that aren't safe")));
    QCOMPARE(plans.version(next.id()).value()->items.size(), 1);
}

void TestSafetyPlanStore::diffOfUnchangedVersionsIsEmpty()
{
    SafetyPlanStore plans(*m_db, *m_clock, kActor);
    // The seeded caseload has plans with two versions; a fresh copy differs from its source in
    // nothing but the sign-off dates it leaves to be agreed again.
    auto stmt = m_db->prepare(QStringLiteral("SELECT young_person_id FROM safety_plan WHERE status = 'active' "
                                             "ORDER BY young_person_id LIMIT 1"));
    QVERIFY(stmt.ok() && stmt.value()->next());
    const QString person = stmt.value()->text(0);
    const auto before = plans.versions(person).value();
    const SafetyPlanVersion copy = plans.newVersion(person).value();
    const SafetyPlanDiff diff = SafetyPlanDiff::compare(before.first(), copy);
    QVERIFY(diff.itemChanges().isEmpty());
    for (const auto& change : diff.headerChanges())
        QVERIFY2(change.field.startsWith(QLatin1String("agreed_")), qPrintable(change.field));
    QVERIFY(SafetyPlanDiff::compare(copy, copy).isEmpty());
}

QTEST_GUILESS_MAIN(TestSafetyPlanStore)
#include "tst_safety_plan_store.moc"
