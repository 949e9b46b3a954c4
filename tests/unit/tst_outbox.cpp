// The local outbox (docs/sync.md) against a real encrypted store: every save by the user is one
// batch of changes written in the save's own transaction, each change carries only what it sets
// with its base, and nothing is kept for a save that did not happen.
#include "TestStore.h"

#include "demo/DemoSeeder.h"
#include "domain/Entities.h"
#include "io/JsonLinesImporter.h"
#include "io/RecordJson.h"
#include "session/Clock.h"
#include "store/CaseloadQueries.h"
#include "store/Migrator.h"
#include "store/RecordRepository.h"
#include "store/RecordWriter.h"
#include "store/SafetyPlanStore.h"
#include "store/Transaction.h"
#include "sync/Outbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace trellis;
using namespace trellis::test;
using domain::Entities;
using domain::Record;
using sync::Change;
using sync::Outbox;
namespace entity = domain::entity;

namespace {

const QDate kToday(2026, 11, 26);
const QDateTime kNow(kToday, QTime(10, 15), Qt::UTC);
const QString kActor = QStringLiteral("demo.worker01");

QJsonObject pair(const QJsonValue& base, const QJsonValue& next)
{
    return {{QStringLiteral("base"), base}, {QStringLiteral("new"), next}};
}

Record trustedAdult(const QString& givenName)
{
    Record adult(Entities::get(entity::TrustedAdult));
    adult.set(QStringLiteral("given_name"), givenName);
    adult.set(QStringLiteral("relationship"), QStringLiteral("Aunt"));
    adult.set(QStringLiteral("consent"), QStringLiteral("not_asked"));
    return adult;
}

Record linkOf(const QString& youngPersonId, const QString& adultId, const QString& role)
{
    Record link(Entities::get(entity::TrustedAdultLink));
    link.set(QStringLiteral("young_person_id"), youngPersonId);
    link.set(QStringLiteral("trusted_adult_id"), adultId);
    link.set(QStringLiteral("role"), role);
    return link;
}

Record planItem(const QString& section, const QString& text)
{
    Record record(Entities::get(entity::SafetyPlanItem));
    record.set(QStringLiteral("section"), section);
    record.set(QStringLiteral("text"), text);
    return record;
}

QSet<QString> batchesOf(const QList<Change>& changes)
{
    QSet<QString> batches;
    for (const Change& change : changes)
        batches.insert(change.batchId);
    return batches;
}

// Qt 6.4's QUuid::version() does not know version 7, so the digits are read as RFC 9562 puts them.
bool isVersion7Uuid(const QString& text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull() && text.at(14) == QLatin1Char('7') &&
           QStringLiteral("89ab").contains(text.at(19));
}

} // namespace

class TestOutbox : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void seededCaseloadHasNoChanges();
    void profileSaveIsOneBatchOfTheChangedFields();
    void twoSavesOfOneFieldChainTheirBases();
    void newTrustedAdultAndLinkAreOneBatch();
    void safetyPlanSavesAreOneBatchEach();
    void loggedContactIsOneBatch();
    void failedSaveKeepsNoChange();
    void rolledBackSaveKeepsNoChange();
    void nestedTransactionsShareTheOutermostBatch();
    void writeOutsideTransactionIsItsOwnBatch();
    void idsAreUniqueUuids();
    void batchesRoundTripThroughJson();
    void malformedChangesAreRefused_data();
    void malformedChangesAreRefused();
    void batchesAreNeverSplit();
    void sentAndAcknowledgedChanges();
    void receivedWritesKeepNoChange();
    void importIsOneBatchAndFindsPlanItemOwners();
    void versionTwoStoreGetsAnOutboxAndKeepsItsData();

private:
    Record person();
    Result<SaveOutcome> saveProfile(const QString& field, const QVariant& value);
    QList<Change> changes();

    TestStore* m_store = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    QString m_person;
};

void TestOutbox::init()
{
    m_store = new TestStore;
    m_db = m_store->create();
    QVERIFY(m_db);
    demo::DemoSeeder::Options options;
    options.cases = 12;
    options.today = kToday;
    QVERIFY(demo::DemoSeeder(*m_db, options).run().ok);
    m_clock = std::make_unique<ManualClock>(kNow);
    m_person = scalar(*m_db, QStringLiteral("SELECT id FROM young_person WHERE id NOT IN "
                                            "(SELECT young_person_id FROM safety_plan) ORDER BY id LIMIT 1"))
                   .toString();
    QVERIFY(!m_person.isEmpty());
}

void TestOutbox::cleanup()
{
    m_db.reset();
    m_clock.reset();
    delete m_store;
    m_store = nullptr;
}

Record TestOutbox::person()
{
    auto found = RecordRepository(*m_db).find(Entities::get(entity::YoungPerson), m_person);
    if (!found.ok() || !found.value())
        return Record(Entities::get(entity::YoungPerson));
    return *found.value();
}

Result<SaveOutcome> TestOutbox::saveProfile(const QString& field, const QVariant& value)
{
    Record record = person();
    record.set(field, value);
    return RecordWriter(*m_db, kActor).save(record, false, m_clock->now());
}

QList<Change> TestOutbox::changes()
{
    auto listed = Outbox(*m_db).changes();
    if (!listed.ok())
        QTest::qFail(qPrintable(listed.error().message), __FILE__, __LINE__);
    return listed.ok() ? listed.value() : QList<Change>{};
}

void TestOutbox::seededCaseloadHasNoChanges()
{
    // Demo records are fictional: they must never reach a real central store (docs/sync.md).
    QVERIFY(count(*m_db, QStringLiteral("SELECT count(*) FROM young_person")) >= 12);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

void TestOutbox::profileSaveIsOneBatchOfTheChangedFields()
{
    QVERIFY(execBound(*m_db,
                      QStringLiteral("UPDATE young_person SET server_version = 41, preferred_name = NULL, "
                                     "flag_cse = 0, safety_wellbeing = 'low' WHERE id = ?1"),
                      {m_person}));
    Record record = person();
    record.set(QStringLiteral("preferred_name"), QStringLiteral("Jay"));
    record.set(QStringLiteral("flag_cse"), true);
    record.set(QStringLiteral("safety_wellbeing"), QStringLiteral("high"));
    const auto saved = RecordWriter(*m_db, kActor).save(record, false, m_clock->now());
    QVERIFY(saved.ok() && saved.value().saved);

    const auto all = changes();
    QCOMPARE(all.size(), 1);
    const Change& change = all.first();
    QCOMPARE(change.entity, entity::YoungPerson);
    QCOMPARE(change.recordId, m_person);
    QCOMPARE(change.youngPersonId, m_person);
    QCOMPARE(change.op, Change::Op::Update);
    QCOMPARE(change.baseVersion, std::optional<qint64>(41));
    const QJsonObject expected{
        {QStringLiteral("preferred_name"), pair(QJsonValue(), QStringLiteral("Jay"))},
        {QStringLiteral("flag_cse"), pair(false, true)},
        {QStringLiteral("safety_wellbeing"), pair(QStringLiteral("low"), QStringLiteral("high"))}};
    QCOMPARE(change.fields, expected);
    QCOMPARE(change.madeBy, kActor);
    QCOMPARE(change.madeAt, kNow);
    QVERIFY(!change.sent);
}

void TestOutbox::twoSavesOfOneFieldChainTheirBases()
{
    const QString before = person().text(QStringLiteral("given_name"));
    QVERIFY(saveProfile(QStringLiteral("given_name"), QStringLiteral("Bea")).value().saved);
    m_clock->advance(60);
    QVERIFY(saveProfile(QStringLiteral("given_name"), QStringLiteral("Cat")).value().saved);
    m_clock->advance(60);
    // A save that changes nothing but the stamps has nothing to push.
    QVERIFY(saveProfile(QStringLiteral("given_name"), QStringLiteral("Cat")).value().saved);

    const auto all = changes();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).fields, (QJsonObject{{QStringLiteral("given_name"), pair(before, QStringLiteral("Bea"))}}));
    QCOMPARE(all.at(1).fields,
             (QJsonObject{{QStringLiteral("given_name"), pair(QStringLiteral("Bea"), QStringLiteral("Cat"))}}));
    QVERIFY(all.at(0).seq < all.at(1).seq);
    QVERIFY(all.at(0).batchId != all.at(1).batchId);
    QCOMPARE(all.at(1).madeAt, kNow.addSecs(60));
}

void TestOutbox::newTrustedAdultAndLinkAreOneBatch()
{
    Record adult = trustedAdult(QStringLiteral("Marigold"));
    adult.set(QStringLiteral("do_not_contact"), false);
    adult.stampNew(kActor, kNow);
    const Record link = linkOf(m_person, adult.id(), QStringLiteral("trusted_adult"));
    const auto saved = RecordWriter(*m_db, kActor).save({{adult, true}, {link, true}}, m_clock->now());
    QVERIFY(saved.ok() && saved.value().saved);

    const auto all = changes();
    QCOMPARE(all.size(), 2);
    QCOMPARE(batchesOf(all).size(), 1);
    QCOMPARE(all.at(0).entity, entity::TrustedAdult);
    QCOMPARE(all.at(0).youngPersonId, QString()); // belongs to whoever links them
    QCOMPARE(all.at(1).entity, entity::TrustedAdultLink);
    QCOMPARE(all.at(1).youngPersonId, m_person);
    for (const Change& change : all) {
        QCOMPARE(change.op, Change::Op::Insert);
        QCOMPARE(change.baseVersion, std::nullopt);
        const auto& def = *Entities::find(change.entity);
        // Every field but the id and the four stamps, each with base null.
        QCOMPARE(change.fields.size(), def.fields.size() - 5);
        for (const QJsonValue& value : change.fields)
            QVERIFY(value.toObject().value(QStringLiteral("base")).isNull());
        QVERIFY(!change.fields.contains(QStringLiteral("created_at")));
        QVERIFY(!change.fields.contains(QStringLiteral("updated_by")));
    }
    QCOMPARE(all.at(0).fields.value(QStringLiteral("given_name")),
             QJsonValue(pair(QJsonValue(), QStringLiteral("Marigold"))));
    QCOMPARE(all.at(0).fields.value(QStringLiteral("do_not_contact")), QJsonValue(pair(QJsonValue(), false)));
    QCOMPARE(all.at(0).fields.value(QStringLiteral("email")), QJsonValue(pair(QJsonValue(), QJsonValue())));
    // Revocation finds the adult through the link as well as the link itself.
    const auto forPerson = Outbox(*m_db).pendingFor(m_person);
    QVERIFY(forPerson.ok());
    QCOMPARE(forPerson.value().size(), 2);
    QCOMPARE(forPerson.value().at(0).recordId, adult.id());
}

void TestOutbox::safetyPlanSavesAreOneBatchEach()
{
    SafetyPlanStore plans(*m_db, *m_clock, kActor);
    auto draft = plans.blankDraft(m_person);
    draft.plan.set(QStringLiteral("review_date"), kToday.addDays(30));
    draft.items << planItem(QStringLiteral("warning_sign"), QStringLiteral("Stops answering the phone"))
                << planItem(QStringLiteral("coping"), QStringLiteral("Music on the bus"));
    auto saved = plans.saveDraft(draft);
    QVERIFY(saved.ok() && saved.value().saved);
    auto first = changes();
    QCOMPARE(first.size(), 3);
    QCOMPARE(batchesOf(first).size(), 1);
    for (const Change& change : first) {
        QCOMPARE(change.op, Change::Op::Insert);
        QCOMPARE(change.youngPersonId, m_person); // items find theirs through the plan
    }

    // Second save: one item reworded, the other removed. One batch: an update and a delete.
    auto version = *saved.value().version;
    version.items.first().set(QStringLiteral("text"), QStringLiteral("Stops answering texts"));
    const QString removedId = version.items.last().id();
    version.items.removeLast();
    m_clock->advance(300);
    QVERIFY(plans.saveDraft(version).value().saved);
    auto all = changes();
    QCOMPARE(all.size(), 5);
    const QList<Change> second = all.mid(3);
    QCOMPARE(batchesOf(second).size(), 1);
    QCOMPARE(second.at(0).op, Change::Op::Update);
    QCOMPARE(second.at(0).fields.keys(), QStringList{QStringLiteral("text")});
    QCOMPARE(second.at(1).op, Change::Op::Delete);
    QCOMPARE(second.at(1).recordId, removedId);
    QCOMPARE(second.at(1).fields, (QJsonObject{{QStringLiteral("deleted"), pair(false, true)}}));
    QCOMPARE(second.at(1).youngPersonId, m_person);

    // Activation is one batch: the plan's status and activation time.
    QVERIFY(plans.activate(draft.plan.id()).value().saved);
    all = changes();
    QCOMPARE(all.size(), 6);
    QCOMPARE(all.last().fields.value(QStringLiteral("status")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("active"));
    QVERIFY(all.last().fields.contains(QStringLiteral("activated_at")));
}

void TestOutbox::loggedContactIsOneBatch()
{
    Record contact(Entities::get(entity::Contact));
    contact.set(QStringLiteral("young_person_id"), m_person);
    contact.set(QStringLiteral("occurred_at"), kNow);
    contact.set(QStringLiteral("duration_minutes"), QVariant::fromValue<qlonglong>(30));
    contact.set(QStringLiteral("kind"), QStringLiteral("phone"));
    contact.set(QStringLiteral("attendance"), QStringLiteral("attended"));
    contact.set(QStringLiteral("summary"), QStringLiteral("Fictional: talked about college"));
    contact.set(QStringLiteral("next_contact_due"), kToday.addDays(9));
    const auto logged = CaseloadQueries(*m_db).logContact(contact, kActor, kNow);
    QVERIFY(logged.ok() && logged.value().saved);

    const auto all = changes();
    QCOMPARE(all.size(), 2);
    QCOMPARE(batchesOf(all).size(), 1);
    QCOMPARE(all.at(0).entity, entity::YoungPerson);
    QCOMPARE(all.at(0).fields.keys(), QStringList{QStringLiteral("next_contact_due")});
    QCOMPARE(all.at(0).fields.value(QStringLiteral("next_contact_due")).toObject().value(QStringLiteral("new")),
             QJsonValue(kToday.addDays(9).toString(Qt::ISODate)));
    QCOMPARE(all.at(1).entity, entity::Contact);
    QCOMPARE(all.at(1).op, Change::Op::Insert);
    QCOMPARE(person().date(QStringLiteral("next_contact_due")), kToday.addDays(9));
}

void TestOutbox::failedSaveKeepsNoChange()
{
    const QString before = person().text(QStringLiteral("family_name"));
    const auto saved = saveProfile(QStringLiteral("family_name"), QString());
    QVERIFY(saved.ok());
    QVERIFY(!saved.value().saved);
    QCOMPARE(changes().size(), 0);
    QCOMPARE(person().text(QStringLiteral("family_name")), before);
}

void TestOutbox::rolledBackSaveKeepsNoChange()
{
    // The second record of the save is not in the store, so the whole save rolls back.
    Record adult = trustedAdult(QStringLiteral("Rowan"));
    Record ghost = trustedAdult(QStringLiteral("Ghost"));
    ghost.stampNew(kActor, kNow);
    const auto saved = RecordWriter(*m_db, kActor).save({{adult, true}, {ghost, false}}, m_clock->now());
    QVERIFY(!saved.ok());
    QCOMPARE(changes().size(), 0);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM trusted_adult WHERE given_name = 'Rowan'")), 0);
}

void TestOutbox::nestedTransactionsShareTheOutermostBatch()
{
    QString outerBatch;
    {
        Transaction outer(*m_db);
        QVERIFY(outer.began());
        outerBatch = m_db->batchId();
        QVERIFY(isVersion7Uuid(outerBatch));
        QVERIFY(saveProfile(QStringLiteral("given_name"), QStringLiteral("Outer")).value().saved);
        {
            Transaction inner(*m_db);
            QVERIFY(inner.began());
            QCOMPARE(m_db->batchId(), outerBatch);
            QVERIFY(saveProfile(QStringLiteral("preferred_name"), QStringLiteral("Undone")).value().saved);
            // Not committed: only the inner part rolls back, its change with it.
        }
        QVERIFY(saveProfile(QStringLiteral("postcode_district"), QStringLiteral("LS6")).value().saved);
        QVERIFY(outer.commit().ok());
    }
    QVERIFY(m_db->batchId().isEmpty());
    const auto all = changes();
    QCOMPARE(all.size(), 2);
    QCOMPARE(batchesOf(all), QSet<QString>{outerBatch});
    QCOMPARE(all.at(0).fields.keys(), QStringList{QStringLiteral("given_name")});
    QCOMPARE(all.at(1).fields.keys(), QStringList{QStringLiteral("postcode_district")});
    QVERIFY(person().text(QStringLiteral("preferred_name")) != QLatin1String("Undone"));
}

void TestOutbox::writeOutsideTransactionIsItsOwnBatch()
{
    Record adult = trustedAdult(QStringLiteral("Solo"));
    adult.stampNew(kActor, kNow);
    QVERIFY(RecordRepository(*m_db).insert(adult).ok());
    QVERIFY(m_db->batchId().isEmpty());
    QCOMPARE(changes().size(), 1);
    QCOMPARE(changes().first().recordId, adult.id());
    // And the outbox refuses a change outside any transaction.
    QVERIFY(!Outbox(*m_db).record(changes().first()).ok());
}

void TestOutbox::idsAreUniqueUuids()
{
    for (int i = 0; i < 5; ++i) {
        QVERIFY(saveProfile(QStringLiteral("given_name"), QStringLiteral("Name%1").arg(i)).value().saved);
        QVERIFY(saveProfile(QStringLiteral("ete_provider"), QStringLiteral("College %1").arg(i)).value().saved);
    }
    const auto all = changes();
    QCOMPARE(all.size(), 10);
    QSet<QString> ids;
    for (const Change& change : all) {
        QVERIFY2(isVersion7Uuid(change.changeId), qPrintable(change.changeId));
        QVERIFY2(isVersion7Uuid(change.batchId), qPrintable(change.batchId));
        ids.insert(change.changeId);
    }
    QCOMPARE(ids.size(), 10);
    QCOMPARE(batchesOf(all).size(), 10);
}

void TestOutbox::batchesRoundTripThroughJson()
{
    QVERIFY(saveProfile(QStringLiteral("next_review_date"), kToday.addDays(14)).value().saved);
    Record adult = trustedAdult(QStringLiteral("Hazel"));
    adult.set(QStringLiteral("phone_primary"), QStringLiteral("+447700900123"));
    QVERIFY(RecordWriter(*m_db, kActor).save(adult, true, m_clock->now()).value().saved);
    const auto all = changes();
    QCOMPARE(all.size(), 2);
    const auto batches = Outbox(*m_db).batches(100);
    QVERIFY(batches.ok());
    QCOMPARE(batches.value().size(), 2);

    qsizetype index = 0;
    for (const QJsonArray& batch : batches.value()) {
        const QByteArray wire = QJsonDocument(batch).toJson(QJsonDocument::Compact);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(wire, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const QJsonValue& value : parsed.array()) {
            QString wrongKey;
            const auto decoded = Change::fromJson(value.toObject(), &wrongKey);
            QVERIFY2(decoded, qPrintable(wrongKey));
            QVERIFY(decoded->sameContent(all.at(index++)));
        }
    }
    QCOMPARE(index, 2);
    // Dates travel as the JSON Lines files write them.
    const QJsonObject review = all.first().toJson().value(QStringLiteral("fields")).toObject();
    QCOMPARE(review.value(QStringLiteral("next_review_date")).toObject().value(QStringLiteral("new")),
             QJsonValue(kToday.addDays(14).toString(Qt::ISODate)));
    QCOMPARE(all.first().toJson().value(QStringLiteral("made_at")),
             QJsonValue(QStringLiteral("2026-11-26T10:15:00.000Z")));
}

void TestOutbox::malformedChangesAreRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("stamp as a field") << QStringLiteral("fields")
                                      << QJsonValue(QJsonObject{{QStringLiteral("updated_at"), pair(1, 2)}});
    QTest::newRow("field without base") << QStringLiteral("fields")
                                        << QJsonValue(QJsonObject{{QStringLiteral("given_name"),
                                                                   QJsonObject{{QStringLiteral("new"), 1}}}});
    QTest::newRow("field with an unknown key")
        << QStringLiteral("fields")
        << QJsonValue(QJsonObject{
               {QStringLiteral("given_name"),
                QJsonObject{{QStringLiteral("base"), 1}, {QStringLiteral("new"), 2}, {QStringLiteral("why"), 3}}}});
    QTest::newRow("unknown op") << QStringLiteral("op") << QJsonValue(QStringLiteral("upsert"));
    QTest::newRow("entity that does not sync") << QStringLiteral("entity") << QJsonValue(QStringLiteral("audit_event"));
    QTest::newRow("id not a uuid") << QStringLiteral("change_id") << QJsonValue(QStringLiteral("1"));
    QTest::newRow("fractional version") << QStringLiteral("base_version") << QJsonValue(4.5);
    QTest::newRow("no time") << QStringLiteral("made_at") << QJsonValue(QStringLiteral("yesterday"));
}

void TestOutbox::malformedChangesAreRefused()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QVERIFY(saveProfile(QStringLiteral("given_name"), QStringLiteral("Wren")).value().saved);
    QJsonObject object = changes().first().toJson();
    QVERIFY(Change::fromJson(object));
    // A field entry may name the conflict it settles; that alone is not malformed.
    QJsonObject resolving = object;
    QJsonObject fields = resolving.value(QStringLiteral("fields")).toObject();
    QJsonObject entry = fields.value(QStringLiteral("given_name")).toObject();
    entry.insert(QStringLiteral("resolves"), QStringLiteral("42"));
    fields.insert(QStringLiteral("given_name"), entry);
    resolving.insert(QStringLiteral("fields"), fields);
    QVERIFY(Change::fromJson(resolving));
    object.insert(key, value);
    QString wrongKey;
    QVERIFY(!Change::fromJson(object, &wrongKey));
    QCOMPARE(wrongKey, key);
}

void TestOutbox::batchesAreNeverSplit()
{
    Record adult = trustedAdult(QStringLiteral("Ivy"));
    adult.stampNew(kActor, kNow);
    const Record link = linkOf(m_person, adult.id(), QStringLiteral("emergency_contact"));
    QVERIFY(RecordWriter(*m_db, kActor).save({{adult, true}, {link, true}}, m_clock->now()).value().saved);
    QVERIFY(saveProfile(QStringLiteral("given_name"), QStringLiteral("Later")).value().saved);

    const auto one = Outbox(*m_db).batches(1);
    QVERIFY(one.ok());
    QCOMPARE(one.value().size(), 1);
    QCOMPARE(one.value().first().size(), 2); // the whole first save, though it is over the limit
    const auto both = Outbox(*m_db).batches(3);
    QCOMPARE(both.value().size(), 2);
    QCOMPARE(both.value().last().first().toObject().value(QStringLiteral("entity")).toString(), entity::YoungPerson);
}

void TestOutbox::sentAndAcknowledgedChanges()
{
    QVERIFY(saveProfile(QStringLiteral("given_name"), QStringLiteral("One")).value().saved);
    QVERIFY(saveProfile(QStringLiteral("given_name"), QStringLiteral("Two")).value().saved);
    Outbox outbox(*m_db);
    const auto all = changes();
    QVERIFY(outbox.markSent({all.first().changeId}).ok());
    QCOMPARE(outbox.pendingCount().value(), 2); // sent is not answered: still owed
    QCOMPARE(changes().first().sent, true);
    QCOMPARE(changes().last().sent, false);

    QVERIFY(outbox.acknowledge({all.first().changeId, all.last().changeId}).ok());
    QCOMPARE(outbox.pendingCount().value(), 0);
    // Push order never reuses a number, even once the outbox has been emptied.
    QVERIFY(saveProfile(QStringLiteral("given_name"), QStringLiteral("Three")).value().saved);
    QVERIFY(changes().first().seq > all.last().seq);
}

void TestOutbox::receivedWritesKeepNoChange()
{
    RecordRepository repository(*m_db);
    Record adult = trustedAdult(QStringLiteral("Pulled"));
    adult.stampNew(QStringLiteral("someone.else"), kNow);
    Transaction transaction(*m_db);
    QVERIFY(repository.insertReceived(adult, {7, false}).ok());
    adult.set(QStringLiteral("relationship"), QStringLiteral("Grandmother"));
    QVERIFY(repository.updateReceived(adult, {8, false}).ok());
    QVERIFY(transaction.commit().ok());
    QCOMPARE(changes().size(), 0);
    const QString sql = QStringLiteral("SELECT %1 FROM trusted_adult WHERE id = ?1");
    QCOMPARE(count(*m_db, sql.arg(QStringLiteral("server_version")), {adult.id()}), 8);
    QCOMPARE(count(*m_db, sql.arg(QStringLiteral("dirty")), {adult.id()}), 0);
    QCOMPARE(scalar(*m_db, sql.arg(QStringLiteral("relationship")), {adult.id()}).toString(),
             QStringLiteral("Grandmother"));
}

void TestOutbox::importIsOneBatchAndFindsPlanItemOwners()
{
    // A plan item before its plan and its young person: import allows any order.
    Record copy = person();
    const QString newPerson = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy.set(QStringLiteral("id"), newPerson);
    copy.set(QStringLiteral("reference"), QStringLiteral("IMP-1"));
    copy.clear(QStringLiteral("lead_worker_id"));
    SafetyPlanStore plans(*m_db, *m_clock, kActor);
    auto plan = plans.blankDraft(newPerson).plan;
    plan.stampNew(kActor, kNow);
    Record item = planItem(QStringLiteral("coping"), QStringLiteral("Football on Saturdays"));
    item.set(QStringLiteral("safety_plan_id"), plan.id());
    item.set(QStringLiteral("position"), QVariant::fromValue<qlonglong>(0));
    item.stampNew(kActor, kNow);
    const QString path = m_store->dirPath() + QStringLiteral("/import.jsonl");
    QByteArray lines;
    for (const Record* record : {&item, &plan, &copy})
        lines += QJsonDocument(io::RecordJson::toJson(*record)).toJson(QJsonDocument::Compact) + '\n';
    writeFile(path, lines);

    const auto report = io::JsonLinesImporter(*m_db, domain::Validator(kToday), kActor).importFile(path);
    QVERIFY2(report.ok,
             qPrintable(report.failure + (report.errors.isEmpty() ? QString() : report.errors.first().toString())));
    const auto all = changes();
    QCOMPARE(all.size(), 3);
    QCOMPARE(batchesOf(all).size(), 1);
    QCOMPARE(all.first().entity, entity::SafetyPlanItem);
    for (const Change& change : all) {
        QCOMPARE(change.op, Change::Op::Insert);
        QCOMPARE(change.youngPersonId, newPerson);
    }
}

void TestOutbox::versionTwoStoreGetsAnOutboxAndKeepsItsData()
{
    // The store as Trellis with schema version 2 left it: the seeded caseload, no outbox, and
    // nothing from the versions after 3 either.
    const qint64 people = count(*m_db, QStringLiteral("SELECT count(*) FROM young_person"));
    QVERIFY(m_db->exec("DROP TABLE outbox; DROP INDEX young_person_open_due; DROP TABLE sync_rejected; "
                       "DROP TABLE sync_server_row; DROP TABLE sync_parked; DROP TABLE sync_purge; "
                       "DROP TABLE central_account; DROP TABLE sync_conflict; DROP INDEX episode_kind_start; "
                       "ALTER TABLE young_person DROP COLUMN learning_plan; "
                       "ALTER TABLE young_person DROP COLUMN mental_health; "
                       "ALTER TABLE young_person DROP COLUMN substance_misuse; PRAGMA user_version = 2;")
                .ok());
    QVERIFY(!scalar(*m_db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'outbox'")).isValid());
    m_db.reset();

    m_db = m_store->open();
    QVERIFY(m_db);
    QCOMPARE(count(*m_db, QStringLiteral("PRAGMA user_version")), qint64(Migrator::latestVersion()));
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM young_person")), people);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QVERIFY(saveProfile(QStringLiteral("given_name"), QStringLiteral("Migrated")).value().saved);
    QCOMPARE(changes().size(), 1);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
