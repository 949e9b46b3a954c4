// The sync engine's local logic (docs/sync.md) against a real encrypted store and an in-memory
// central client: what the answers to a push do to the outbox and the records, refused changes
// put back and kept, the pull leaving pending fields alone and committing each page with its
// cursor, the purge of a young person who left the worker's view, and replies that break the
// contract. Every name and id is fictional.
#include "FakeCentralClient.h"
#include "SyncedStoreSupport.h"
#include "TestStore.h"

#include "domain/Entities.h"
#include "io/RecordJson.h"
#include "session/Clock.h"
#include "store/DraftStore.h"
#include "store/RecordRepository.h"
#include "store/RecordWriter.h"
#include "store/Transaction.h"
#include "sync/ChangeCapture.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace trellis;
using namespace trellis::test;
using domain::Entities;
using domain::Record;
using sync::SyncEngine;
namespace entity = domain::entity;

namespace {

const QDate kToday(2026, 11, 26);
const QDateTime kNow(kToday, QTime(10, 15), Qt::UTC);
const QString kLogin = QStringLiteral("demo.worker01");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A record as trellis_pull sends it.
QJsonObject wireRow(const Record& record, qint64 version, bool deleted = false)
{
    QJsonObject fields = io::RecordJson::toJson(record);
    fields.remove(QStringLiteral("entity"));
    fields.insert(QStringLiteral("deleted"), deleted);
    const QString owner = sync::ChangeCapture::youngPersonOf(record);
    return {{QStringLiteral("entity"), record.entity()},
            {QStringLiteral("id"), record.id()},
            {QStringLiteral("young_person_id"), owner.isEmpty() ? QJsonValue() : QJsonValue(owner)},
            {QStringLiteral("server_version"), version},
            {QStringLiteral("fields"), fields}};
}

Record adult(const QString& givenName)
{
    Record record(Entities::get(entity::TrustedAdult));
    record.set(QStringLiteral("id"), newId());
    record.set(QStringLiteral("given_name"), givenName);
    record.set(QStringLiteral("relationship"), QStringLiteral("Aunt"));
    record.set(QStringLiteral("consent"), QStringLiteral("not_asked"));
    record.stampUpdated(kLogin, kNow);
    record.set(QStringLiteral("created_at"), kNow);
    record.set(QStringLiteral("created_by"), kLogin);
    return record;
}

Record link(const QString& youngPersonId, const QString& adultId)
{
    Record record(Entities::get(entity::TrustedAdultLink));
    record.set(QStringLiteral("id"), newId());
    record.set(QStringLiteral("young_person_id"), youngPersonId);
    record.set(QStringLiteral("trusted_adult_id"), adultId);
    record.set(QStringLiteral("role"), QStringLiteral("trusted_adult"));
    record.stampUpdated(kLogin, kNow);
    record.set(QStringLiteral("created_at"), kNow);
    record.set(QStringLiteral("created_by"), kLogin);
    return record;
}

QJsonObject answerWith(const QJsonObject& change, const QString& result, const QJsonValue& version,
                       const QJsonArray& fields, const QJsonValue& reason)
{
    return {{QStringLiteral("change_id"), change.value(QStringLiteral("change_id"))},
            {QStringLiteral("result"), result},
            {QStringLiteral("server_version"), version},
            {QStringLiteral("conflict_fields"), fields},
            {QStringLiteral("reason"), reason}};
}

} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void appliedAnswerClearsOutboxAndDirty();
    void recordStaysDirtyWhileAnotherChangeIsPending();
    void lostAcknowledgementIsHarmless();
    void batchLargerThanTheServerTakesGoesInParts();
    void rejectedUpdateIsRevertedAndKept();
    void rejectedInsertsAreRemoved();
    void pullKeepsPendingFieldsAndRejectionRestoresTheServersValue();
    void pullPageAndCursorAreOneTransaction();
    void rowsWaitForWhatTheyReferTo();
    void olderVersionNeverReplacesNewer();
    void purgeRemovesEveryRowAboutAYoungPerson();
    void purgeReceiptIsSentAgainAfterAFailure();
    void malformedPushReplyIsAClearError();
    void anotherLoginIsRefused();

private:
    SyncEngine::Outcome sync(const QString& login = kLogin);
    Record person(const QString& id);
    void saveField(const QString& id, const QString& field, const QVariant& value);
    qint64 countOf(const QString& sql, const QStringList& args = {}) { return count(*m_db, sql, args); }
    qint64 rowsAbout(const QString& youngPersonId);

    TestStore* m_store = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<FakeCentralClient> m_central;
    QString m_person;
    QString m_other;
};

void TestSyncEngine::init()
{
    m_store = new TestStore;
    m_db = seededAsSynced(*m_store, 12, kToday);
    QVERIFY(m_db);
    m_clock = std::make_unique<ManualClock>(kNow);
    m_central = std::make_unique<FakeCentralClient>();
    const QStringList people = scalar(*m_db, QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM young_person "
                                                            "ORDER BY id LIMIT 2)"))
                                   .toString()
                                   .split(QLatin1Char(','));
    QCOMPARE(people.size(), 2);
    m_person = people.at(0);
    m_other = people.at(1);
}

void TestSyncEngine::cleanup()
{
    m_central.reset();
    m_db.reset();
    m_clock.reset();
    delete m_store;
    m_store = nullptr;
}

SyncEngine::Outcome TestSyncEngine::sync(const QString& login)
{
    SyncEngine engine(*m_db, *m_central, *m_clock, login);
    return engine.run();
}

Record TestSyncEngine::person(const QString& id)
{
    auto found = RecordRepository(*m_db).find(Entities::get(entity::YoungPerson), id);
    if (!found.ok() || !found.value())
        return Record(Entities::get(entity::YoungPerson));
    return *found.value();
}

void TestSyncEngine::saveField(const QString& id, const QString& field, const QVariant& value)
{
    Record record = person(id);
    record.set(field, value);
    auto saved = RecordWriter(*m_db, kLogin).save(record, false, m_clock->now());
    QVERIFY(saved.ok() && saved.value().saved);
}

qint64 TestSyncEngine::rowsAbout(const QString& id)
{
    return countOf(QStringLiteral("SELECT (SELECT count(*) FROM young_person WHERE id = ?1) + "
                                  "(SELECT count(*) FROM intervention WHERE young_person_id = ?1) + "
                                  "(SELECT count(*) FROM contact WHERE young_person_id = ?1) + "
                                  "(SELECT count(*) FROM episode WHERE young_person_id = ?1) + "
                                  "(SELECT count(*) FROM safety_plan WHERE young_person_id = ?1) + "
                                  "(SELECT count(*) FROM safety_plan_item WHERE safety_plan_id IN "
                                  "  (SELECT id FROM safety_plan WHERE young_person_id = ?1)) + "
                                  "(SELECT count(*) FROM trusted_adult_link WHERE young_person_id = ?1) + "
                                  "(SELECT count(*) FROM draft WHERE young_person_id = ?1) + "
                                  "(SELECT count(*) FROM outbox WHERE young_person_id = ?1) + "
                                  "(SELECT count(*) FROM sync_rejected WHERE young_person_id = ?1)"),
                   {id});
}

void TestSyncEngine::appliedAnswerClearsOutboxAndDirty()
{
    saveField(m_person, QStringLiteral("preferred_name"), QStringLiteral("Jay"));
    QString stateWhenSent;
    m_central->answer = [&](const QJsonObject& change) {
        stateWhenSent = scalar(*m_db, QStringLiteral("SELECT state FROM outbox WHERE change_id = ?1"),
                               {change.value(QStringLiteral("change_id")).toString()})
                            .toString();
        return answerWith(change, QStringLiteral("applied"), 42, {}, QJsonValue());
    };
    SyncEngine engine(*m_db, *m_central, *m_clock, kLogin);
    QSignalSpy finished(&engine, &SyncEngine::finished);
    QSignalSpy progress(&engine, &SyncEngine::progress);
    const auto outcome = engine.run();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(stateWhenSent, QStringLiteral("sent")); // marked before it went
    QCOMPARE(outcome.summary.pushed, 1);
    QCOMPARE(outcome.summary.applied, 1);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QCOMPARE(countOf(QStringLiteral("SELECT server_version FROM young_person WHERE id = ?1"), {m_person}), 42);
    QCOMPARE(countOf(QStringLiteral("SELECT dirty FROM young_person WHERE id = ?1"), {m_person}), 0);
    QCOMPARE(person(m_person).text(QStringLiteral("preferred_name")), QStringLiteral("Jay"));
}

void TestSyncEngine::recordStaysDirtyWhileAnotherChangeIsPending()
{
    saveField(m_person, QStringLiteral("preferred_name"), QStringLiteral("Jay"));
    saveField(m_person, QStringLiteral("postcode_district"), QStringLiteral("SE15"));
    m_central->failFromPush = 1; // the second batch never arrives
    auto outcome = sync();
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->phase, SyncEngine::kPush);
    QCOMPARE(outcome.error->kind, QStringLiteral("unreachable"));
    QVERIFY(outcome.error->message.contains(QStringLiteral("central.test")));
    QCOMPARE(outcome.summary.applied, 1);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'sent'")), 1);
    QCOMPARE(countOf(QStringLiteral("SELECT server_version FROM young_person WHERE id = ?1"), {m_person}), 101);
    QCOMPARE(countOf(QStringLiteral("SELECT dirty FROM young_person WHERE id = ?1"), {m_person}), 1);

    m_central->failFromPush.reset();
    outcome = sync();
    QVERIFY(outcome.ok());
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QCOMPARE(countOf(QStringLiteral("SELECT server_version FROM young_person WHERE id = ?1"), {m_person}), 102);
    QCOMPARE(countOf(QStringLiteral("SELECT dirty FROM young_person WHERE id = ?1"), {m_person}), 0);
}

void TestSyncEngine::lostAcknowledgementIsHarmless()
{
    saveField(m_person, QStringLiteral("preferred_name"), QStringLiteral("Jay"));
    m_central->losePushAnswer = true;
    QVERIFY(!sync().ok());
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'sent'")), 1);
    QCOMPARE(countOf(QStringLiteral("SELECT dirty FROM young_person WHERE id = ?1"), {m_person}), 1);

    const auto outcome = sync();
    QVERIFY(outcome.ok());
    QCOMPARE(m_central->pushedBatches.size(), 2);
    QCOMPARE(m_central->pushedBatches.at(1), m_central->pushedBatches.at(0)); // the same batch, byte for byte
    QCOMPARE(m_central->storedResults.size(), 1);                             // the server answered it once
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QCOMPARE(countOf(QStringLiteral("SELECT server_version FROM young_person WHERE id = ?1"), {m_person}), 101);
    QCOMPARE(countOf(QStringLiteral("SELECT dirty FROM young_person WHERE id = ?1"), {m_person}), 0);
}

// A large import is one local transaction, so one outbox batch; the central store takes at most
// 5,000 changes a push. It goes as consecutive pushes in outbox order, and the answers of each are
// kept even when a later push does not arrive.
void TestSyncEngine::batchLargerThanTheServerTakesGoesInParts()
{
    {
        Transaction transaction(*m_db);
        QVERIFY(transaction.began());
        RecordRepository repository(*m_db);
        for (int i = 0; i < 4999; ++i)
            QVERIFY(repository.insert(adult(QStringLiteral("Robin %1").arg(i))).ok());
        // One record's two changes fall either side of the cut.
        saveField(m_person, QStringLiteral("preferred_name"), QStringLiteral("Jay"));
        saveField(m_person, QStringLiteral("postcode_district"), QStringLiteral("SE15"));
        QVERIFY(transaction.commit().ok());
    }
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM outbox")), 5001);
    QCOMPARE(countOf(QStringLiteral("SELECT count(DISTINCT batch_id) FROM outbox")), 1);
    QStringList made;
    const auto changes = sync::Outbox(*m_db).changes();
    QVERIFY(changes.ok());
    for (const sync::Change& change : changes.value())
        made << change.changeId;
    const QString adultsKept = QStringLiteral("SELECT count(*) FROM trusted_adult WHERE given_name LIKE 'Robin %' "
                                              "AND dirty = 0 AND server_version > 100");

    m_central->failFromPush = 1; // the second push never arrives
    auto outcome = sync();
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.summary.pushed, 5000);
    QCOMPARE(outcome.summary.applied, 5000);
    QCOMPARE(countOf(adultsKept), 4999);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM outbox")), 1); // only the change that never arrived
    QCOMPARE(countOf(QStringLiteral("SELECT server_version FROM young_person WHERE id = ?1"), {m_person}), 5100);
    QCOMPARE(countOf(QStringLiteral("SELECT dirty FROM young_person WHERE id = ?1"), {m_person}), 1);

    m_central->failFromPush.reset();
    outcome = sync();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(outcome.summary.applied, 1);
    QList<qsizetype> sizes;
    QStringList pushed;
    for (const QJsonArray& batch : std::as_const(m_central->pushedBatches)) {
        sizes << batch.size();
        for (const QJsonValue& change : batch)
            pushed << change.toObject().value(QStringLiteral("change_id")).toString();
    }
    QCOMPARE(sizes, QList<qsizetype>({5000, 1}));
    QCOMPARE(pushed, made); // outbox order, each change once
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QCOMPARE(countOf(adultsKept), 4999);
    QCOMPARE(countOf(QStringLiteral("SELECT server_version FROM young_person WHERE id = ?1"), {m_person}), 5101);
    QCOMPARE(countOf(QStringLiteral("SELECT dirty FROM young_person WHERE id = ?1"), {m_person}), 0);
    QCOMPARE(person(m_person).text(QStringLiteral("postcode_district")), QStringLiteral("SE15"));
}

void TestSyncEngine::rejectedUpdateIsRevertedAndKept()
{
    QVERIFY(execBound(*m_db, QStringLiteral("UPDATE young_person SET preferred_name = 'Sam' WHERE id = ?1"), {m_person}));
    saveField(m_person, QStringLiteral("preferred_name"), QStringLiteral("Jay"));
    m_central->answer = [](const QJsonObject& change) {
        return answerWith(change, QStringLiteral("rejected"), QJsonValue(), {},
                          QStringLiteral("breaks the rule young_person_preferred_name_check"));
    };
    const auto outcome = sync();
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.summary.rejected, 1);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QCOMPARE(person(m_person).text(QStringLiteral("preferred_name")), QStringLiteral("Sam"));
    QCOMPARE(countOf(QStringLiteral("SELECT dirty FROM young_person WHERE id = ?1"), {m_person}), 0);
    QCOMPARE(countOf(QStringLiteral("SELECT server_version FROM young_person WHERE id = ?1"), {m_person}), 1);
    // The refused change is kept whole, with the reason, for the worker to see.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT reason FROM sync_rejected WHERE record_id = ?1"), {m_person}),
             QVariant(QStringLiteral("breaks the rule young_person_preferred_name_check")));
    QCOMPARE(scalar(*m_db,
                    QStringLiteral("SELECT json_extract(change, '$.fields.preferred_name.new') FROM "
                                   "sync_rejected WHERE record_id = ?1"),
                    {m_person}),
             QVariant(QStringLiteral("Jay")));
}

void TestSyncEngine::rejectedInsertsAreRemoved()
{
    RecordWriter writer(*m_db, kLogin);
    {
        Record newAdult(Entities::get(entity::TrustedAdult));
        newAdult.set(QStringLiteral("given_name"), QStringLiteral("Robin"));
        newAdult.set(QStringLiteral("relationship"), QStringLiteral("Aunt"));
        newAdult.set(QStringLiteral("consent"), QStringLiteral("not_asked"));
        newAdult.stampNew(kLogin, kNow);
        Record newLink = link(m_person, newAdult.id());
        newLink.clear(QStringLiteral("id"));
        newLink.stampNew(kLogin, kNow);
        auto saved = writer.save({{newAdult, true}, {newLink, true}}, kNow);
        QVERIFY(saved.ok() && saved.value().saved);
    }
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM outbox")), 2);
    m_central->answer = [](const QJsonObject& change) {
        return answerWith(change, QStringLiteral("rejected"), QJsonValue(), {},
                          QStringLiteral("record not found or not visible"));
    };
    const auto outcome = sync();
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.summary.rejected, 2);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM trusted_adult WHERE given_name = 'Robin'")), 0);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM trusted_adult_link WHERE server_version IS NULL")), 0);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM sync_rejected WHERE removed = 1")), 2);
}

void TestSyncEngine::pullKeepsPendingFieldsAndRejectionRestoresTheServersValue()
{
    Record server = person(m_person);
    server.set(QStringLiteral("given_name"), QStringLiteral("Alexis"));
    server.set(QStringLiteral("preferred_name"), QStringLiteral("Lex"));
    m_central->pages = {FakeCentralClient::page({wireRow(server, 7)}, QStringLiteral("c1"), true)};
    // The worker saves while the sync runs, just before the pull.
    m_central->beforePull = [&] { saveField(m_person, QStringLiteral("preferred_name"), QStringLiteral("Jay")); };
    auto outcome = sync();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(outcome.summary.pulled, 1);
    QCOMPARE(outcome.summary.merged, 1);
    QCOMPARE(person(m_person).text(QStringLiteral("given_name")), QStringLiteral("Alexis"));  // the server's
    QCOMPARE(person(m_person).text(QStringLiteral("preferred_name")), QStringLiteral("Jay")); // still pending
    QCOMPARE(countOf(QStringLiteral("SELECT dirty FROM young_person WHERE id = ?1"), {m_person}), 1);
    QCOMPARE(countOf(QStringLiteral("SELECT server_version FROM young_person WHERE id = ?1"), {m_person}), 7);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM sync_server_row WHERE record_id = ?1"), {m_person}), 1);

    m_central->answer = [](const QJsonObject& change) {
        return answerWith(change, QStringLiteral("rejected"), QJsonValue(), {}, QStringLiteral("field x"));
    };
    outcome = sync();
    QVERIFY(outcome.ok());
    QCOMPARE(person(m_person).text(QStringLiteral("preferred_name")), QStringLiteral("Lex"));
    QCOMPARE(countOf(QStringLiteral("SELECT dirty FROM young_person WHERE id = ?1"), {m_person}), 0);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM sync_server_row")), 0);
}

void TestSyncEngine::pullPageAndCursorAreOneTransaction()
{
    Record first = person(m_person);
    first.set(QStringLiteral("given_name"), QStringLiteral("Paged"));
    Record second = person(m_other);
    second.set(QStringLiteral("given_name"), QStringLiteral("Rolled"));
    QJsonObject bad = wireRow(person(m_other), 9);
    const QString badId = newId();
    bad.insert(QStringLiteral("id"), badId);
    QJsonObject badFields = bad.value(QStringLiteral("fields")).toObject();
    badFields.insert(QStringLiteral("id"), badId);
    badFields.insert(QStringLiteral("reference"), QStringLiteral("NEW-1"));
    badFields.insert(QStringLiteral("status"), QStringLiteral("bogus"));
    bad.insert(QStringLiteral("fields"), badFields);
    m_central->pages = {FakeCentralClient::page({wireRow(first, 5)}, QStringLiteral("c1"), false),
                        FakeCentralClient::page({wireRow(second, 6), bad}, QStringLiteral("c2"), true)};
    auto outcome = sync();
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->phase, SyncEngine::kPull);
    QVERIFY2(outcome.error->message.contains(QStringLiteral("young_person")) &&
                 outcome.error->message.contains(badId) && outcome.error->message.contains(QStringLiteral("status")),
             qPrintable(outcome.error->message));
    QCOMPARE(person(m_person).text(QStringLiteral("given_name")), QStringLiteral("Paged"));
    QVERIFY(person(m_other).text(QStringLiteral("given_name")) != QStringLiteral("Rolled")); // its page rolled back
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT value FROM store_meta WHERE key = 'sync_pull_cursor'")),
             QVariant(QStringLiteral("c1")));

    m_central->pages = {FakeCentralClient::page({wireRow(second, 6)}, QStringLiteral("c2"), true)};
    outcome = sync();
    QVERIFY(outcome.ok());
    QCOMPARE(m_central->cursorsAsked.last(), QStringLiteral("c1"));
    QCOMPARE(person(m_other).text(QStringLiteral("given_name")), QStringLiteral("Rolled"));
}

void TestSyncEngine::rowsWaitForWhatTheyReferTo()
{
    Record youngPerson = person(m_person);
    const QString newPerson = newId();
    youngPerson.set(QStringLiteral("id"), newPerson);
    youngPerson.set(QStringLiteral("reference"), QStringLiteral("NEW-2"));
    Record plan(Entities::get(entity::SafetyPlan));
    plan.set(QStringLiteral("id"), newId());
    plan.set(QStringLiteral("young_person_id"), newPerson);
    plan.set(QStringLiteral("version"), 1);
    plan.set(QStringLiteral("status"), QStringLiteral("draft"));
    // The plan's version is older than the young person's latest, so it comes first.
    m_central->pages = {FakeCentralClient::page({wireRow(plan, 20)}, QStringLiteral("c1"), false),
                        QByteArray("not json")};
    QVERIFY(!sync().ok());
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM sync_parked")), 1);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM safety_plan WHERE young_person_id = ?1"), {newPerson}), 0);

    m_central->pages = {FakeCentralClient::page({wireRow(youngPerson, 21)}, QStringLiteral("c2"), true)};
    const auto outcome = sync();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(outcome.summary.pulled, 2);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM sync_parked")), 0);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM safety_plan WHERE young_person_id = ?1 AND dirty = 0"),
                     {newPerson}),
             1);
}

void TestSyncEngine::olderVersionNeverReplacesNewer()
{
    QVERIFY(execBound(*m_db, QStringLiteral("UPDATE young_person SET server_version = 50 WHERE id = ?1"), {m_person}));
    Record stale = person(m_person);
    const QString name = stale.text(QStringLiteral("given_name"));
    stale.set(QStringLiteral("given_name"), QStringLiteral("Stale"));
    m_central->pages = {FakeCentralClient::page({wireRow(stale, 40)}, QStringLiteral("c1"), true)};
    QVERIFY(sync().ok());
    QCOMPARE(person(m_person).text(QStringLiteral("given_name")), name);
}

void TestSyncEngine::purgeRemovesEveryRowAboutAYoungPerson()
{
    const Record shared = adult(QStringLiteral("Shared"));
    const Record own = adult(QStringLiteral("Own"));
    {
        Transaction transaction(*m_db);
        RecordRepository repository(*m_db);
        for (const Record& record :
             {shared, own, link(m_person, shared.id()), link(m_other, shared.id()), link(m_person, own.id())})
            QVERIFY(repository.insertReceived(record, {3, false, false}).ok());
        QVERIFY(transaction.commit().ok());
    }
    QVERIFY(DraftStore(*m_db).save(QStringLiteral("young_person:%1").arg(m_person), m_person, {}, kNow).ok());
    const qint64 otherRows = rowsAbout(m_other);
    QVERIFY(rowsAbout(m_person) > 3);

    m_central->revokedIds = {m_person};
    const auto outcome = sync();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QCOMPARE(outcome.summary.purged, 1);
    QVERIFY(m_central->heldAsked.first().contains(m_person));
    QCOMPARE(rowsAbout(m_person), 0);
    QCOMPARE(rowsAbout(m_other), otherRows);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM trusted_adult WHERE id = ?1"), {shared.id()}), 1);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM trusted_adult WHERE id = ?1"), {own.id()}), 0);
    QCOMPARE(m_central->receipts, QStringList{m_person});
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM sync_purge WHERE young_person_id = ?1 AND receipted_at IS "
                                    "NOT NULL"),
                     {m_person}),
             1);
}

void TestSyncEngine::purgeReceiptIsSentAgainAfterAFailure()
{
    m_central->revokedIds = {m_person};
    m_central->failPurgeReceipts = 1;
    auto outcome = sync();
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->phase, SyncEngine::kPurge);
    QCOMPARE(rowsAbout(m_person), 0); // purged locally all the same
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM sync_purge WHERE receipted_at IS NULL")), 1);

    m_central->revokedIds.clear();
    outcome = sync();
    QVERIFY(outcome.ok());
    QCOMPARE(m_central->receipts, QStringList{m_person});
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM sync_purge WHERE receipted_at IS NULL")), 0);
    QVERIFY(!m_central->heldAsked.last().contains(m_person));
}

void TestSyncEngine::malformedPushReplyIsAClearError()
{
    saveField(m_person, QStringLiteral("preferred_name"), QStringLiteral("Jay"));
    const QString changeId = scalar(*m_db, QStringLiteral("SELECT change_id FROM outbox")).toString();
    m_central->rawPushReply = QStringLiteral(R"([{"change_id": "%1", "result": "applied"}])").arg(changeId).toUtf8();
    const auto outcome = sync();
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->phase, SyncEngine::kPush);
    QCOMPARE(outcome.error->kind, QStringLiteral("invalid"));
    QVERIFY2(outcome.error->message.contains(QStringLiteral("\"server_version\"")), qPrintable(outcome.error->message));
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'sent'")), 1); // kept for a retry
    QCOMPARE(countOf(QStringLiteral("SELECT dirty FROM young_person WHERE id = ?1"), {m_person}), 1);
}

void TestSyncEngine::anotherLoginIsRefused()
{
    QVERIFY(sync().ok());
    const auto outcome = sync(QStringLiteral("someone.else"));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error->kind, QStringLiteral("wrong-login"));
    QVERIFY(outcome.error->message.contains(kLogin));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
