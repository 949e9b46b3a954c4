// What the desktop shows about sync, from the local tables alone: the counts of the status bar,
// each record's and young person's state with its priorities, the conflict inbox and its three
// ways of settling a conflict (each one outbox change the central store accepts as a
// resolution), and refused changes put away. Every name and id is fictional.
#include "SyncedStoreSupport.h"
#include "TestStore.h"

#include "domain/Entities.h"
#include "session/Clock.h"
#include "store/RecordRepository.h"
#include "store/RecordWriter.h"
#include "store/Transaction.h"
#include "sync/ConflictInbox.h"
#include "sync/ConflictTable.h"
#include "sync/Outbox.h"
#include "sync/SyncState.h"
#include "sync/SyncStatusQueries.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace trellis;
using namespace trellis::test;
using domain::Entities;
using domain::Record;
using sync::ConflictInbox;
using sync::RecordSyncState;
using sync::SyncStatusQueries;
namespace entity = domain::entity;

namespace {

const QDate kToday(2026, 11, 26);
const QDateTime kNow(kToday, QTime(10, 15), Qt::UTC);
const QString kLogin = QStringLiteral("demo.worker01");
const QString kOtherLogin = QStringLiteral("demo.worker02");
const QString kRating = QStringLiteral("safety_wellbeing");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

sync::Conflict conflictOn(const QString& entityName, const QString& recordId, const QString& youngPersonId,
                          const QString& field, const QJsonValue& base, const QJsonValue& current,
                          const QJsonValue& other)
{
    sync::Conflict conflict;
    conflict.id = newId();
    conflict.entity = entityName;
    conflict.recordId = recordId;
    conflict.youngPersonId = youngPersonId;
    conflict.field = field;
    conflict.base = base;
    conflict.current = current;
    conflict.other = other;
    conflict.currentLogin = kLogin;
    conflict.currentChangedAt = kNow.addSecs(-600);
    conflict.otherLogin = kOtherLogin;
    conflict.otherMadeBy = kOtherLogin;
    conflict.otherMadeAt = kNow.addSecs(-300);
    conflict.openedAt = kNow.addSecs(-120);
    return conflict;
}

} // namespace

class TestSyncStatus : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void emptyStoreIsSynced();
    void countsAndStatesFollowTheTables();
    void aYoungPersonTakesTheStateOfTheirRecords();
    void caseloadStatesForManyYoungPeople();
    void keepOtherWritesTheOtherValueAsAResolution();
    void keepCurrentSendsTheCurrentValueAsBaseAndNew();
    void editedValueIsSavedAndSent();
    void invalidEditedValueIsRefusedAndNothingChanges();
    void aConflictIsResolvedOnce();
    void aResolutionChainsOnAPendingEditOfTheField();
    void myNewerPendingEditIsMyValue();
    void rejectedChangesAreListedAndDismissed();

private:
    void seed(int cases);
    void setConflicts(const QList<sync::Conflict>& conflicts);
    void saveRating(const QString& id, const QString& value);
    void reject(const QString& recordId, const QString& youngPersonId);
    Record person(const QString& id);
    qint64 countOf(const QString& sql, const QStringList& args = {}) { return count(*m_db, sql, args); }

    TestStore* m_store = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    QStringList m_people;
};

void TestSyncStatus::init()
{
    seed(12);
}

void TestSyncStatus::seed(int cases)
{
    cleanup();
    m_store = new TestStore;
    m_db = seededAsSynced(*m_store, cases, kToday);
    QVERIFY(m_db);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE young_person SET safety_wellbeing = 'low'")).ok());
    m_clock = std::make_unique<ManualClock>(kNow);
    m_people = scalar(*m_db, QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM young_person ORDER BY id)"))
                   .toString()
                   .split(QLatin1Char(','));
    QVERIFY(m_people.size() >= 4);
}

void TestSyncStatus::cleanup()
{
    m_db.reset();
    m_clock.reset();
    delete m_store;
    m_store = nullptr;
}

void TestSyncStatus::setConflicts(const QList<sync::Conflict>& conflicts)
{
    Transaction transaction(*m_db);
    QVERIFY(transaction.began());
    QVERIFY(sync::ConflictTable(*m_db).replace(conflicts).ok());
    QVERIFY(transaction.commit().ok());
}

Record TestSyncStatus::person(const QString& id)
{
    auto found = RecordRepository(*m_db).find(Entities::get(entity::YoungPerson), id);
    if (!found.ok() || !found.value())
        return Record(Entities::get(entity::YoungPerson));
    return *found.value();
}

void TestSyncStatus::saveRating(const QString& id, const QString& value)
{
    Record record = person(id);
    record.set(kRating, value);
    auto saved = RecordWriter(*m_db, kLogin).save(record, false, m_clock->now());
    QVERIFY(saved.ok() && saved.value().saved);
}

void TestSyncStatus::reject(const QString& recordId, const QString& youngPersonId)
{
    sync::Change change;
    change.changeId = newId();
    change.batchId = newId();
    change.entity = entity::YoungPerson;
    change.recordId = recordId;
    change.youngPersonId = youngPersonId;
    change.op = sync::Change::Op::Update;
    change.baseVersion = 1;
    change.fields = {{kRating, QJsonObject{{QStringLiteral("base"), QStringLiteral("low")},
                                           {QStringLiteral("new"), QStringLiteral("high")}}}};
    change.madeBy = kLogin;
    change.madeAt = kNow;
    QVERIFY(sync::SyncState(*m_db).keepRejected(change, QStringLiteral("record not found or not visible"), kNow).ok());
}

void TestSyncStatus::emptyStoreIsSynced()
{
    SyncStatusQueries queries(*m_db);
    auto counts = queries.counts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->waiting, 0);
    QCOMPARE(counts->conflicts, 0);
    QCOMPARE(counts->rejected, 0);
    QVERIFY(!counts->lastSuccess);
    QCOMPARE(queries.youngPersonState(m_people.at(0)).value(), RecordSyncState::Synced);
    QVERIFY(queries.youngPeopleStates().value().isEmpty());
    QCOMPARE(SyncStatusQueries::words(RecordSyncState::Synced), QStringLiteral("Synced"));
    QCOMPARE(SyncStatusQueries::words(RecordSyncState::Waiting), QStringLiteral("Waiting to sync"));
    QCOMPARE(SyncStatusQueries::words(RecordSyncState::Conflict), QStringLiteral("In conflict"));
    QCOMPARE(SyncStatusQueries::words(RecordSyncState::Rejected), QStringLiteral("Rejected"));
}

void TestSyncStatus::countsAndStatesFollowTheTables()
{
    SyncStatusQueries queries(*m_db);
    const QString a = m_people.at(0);
    saveRating(a, QStringLiteral("medium"));
    QCOMPARE(queries.counts()->waiting, 1);
    QCOMPARE(queries.recordState(a).value(), RecordSyncState::Waiting);

    // Rejected outranks waiting, and a conflict outranks both.
    reject(a, a);
    QCOMPARE(queries.counts()->rejected, 1);
    QCOMPARE(queries.recordState(a).value(), RecordSyncState::Rejected);
    setConflicts({conflictOn(entity::YoungPerson, a, a, kRating, QStringLiteral("low"), QStringLiteral("high"),
                             QStringLiteral("medium"))});
    QCOMPARE(queries.counts()->conflicts, 1);
    QCOMPARE(queries.recordState(a).value(), RecordSyncState::Conflict);
    QCOMPARE(queries.recordState(m_people.at(1)).value(), RecordSyncState::Synced);

    QVERIFY(sync::SyncState(*m_db).setLastSuccess(kNow).ok());
    QCOMPARE(queries.counts()->lastSuccess.value_or(QDateTime()), kNow);
}

void TestSyncStatus::aYoungPersonTakesTheStateOfTheirRecords()
{
    SyncStatusQueries queries(*m_db);
    const QString plan = scalar(*m_db, QStringLiteral("SELECT min(id) FROM safety_plan")).toString();
    const QString owner =
        scalar(*m_db, QStringLiteral("SELECT young_person_id FROM safety_plan WHERE id = ?1"), {plan}).toString();
    QVERIFY(!plan.isEmpty());
    setConflicts({conflictOn(entity::SafetyPlan, plan, owner, QStringLiteral("own_words"), QStringLiteral("a"),
                             QStringLiteral("b"), QStringLiteral("c"))});
    QCOMPARE(queries.recordState(plan).value(), RecordSyncState::Conflict);
    QCOMPARE(queries.recordState(owner).value(), RecordSyncState::Synced);
    QCOMPARE(queries.youngPersonState(owner).value(), RecordSyncState::Conflict);
    QCOMPARE(queries.youngPeopleStates().value().value(owner), RecordSyncState::Conflict);

    const QString other = owner == m_people.at(3) ? m_people.at(2) : m_people.at(3);
    reject(newId(), other); // a refused change of another record of theirs
    QCOMPARE(queries.youngPersonState(other).value(), RecordSyncState::Rejected);
}

void TestSyncStatus::caseloadStatesForManyYoungPeople()
{
    // A larger store: 400 young people, a third waiting, some rejected, some in conflict.
    seed(400);
    const QStringList all = m_people;
    QCOMPARE(all.size(), 400);
    QHash<QString, RecordSyncState> expected;
    QList<sync::Conflict> conflicts;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString& id = all.at(i);
        if (i % 3 == 0) {
            saveRating(id, QStringLiteral("high"));
            expected.insert(id, RecordSyncState::Waiting);
        }
        if (i % 5 == 0) {
            reject(id, id);
            expected.insert(id, RecordSyncState::Rejected);
        }
        if (i % 7 == 0) {
            conflicts.append(conflictOn(entity::YoungPerson, id, id, kRating, QStringLiteral("low"),
                                        QStringLiteral("medium"), QStringLiteral("high")));
            expected.insert(id, RecordSyncState::Conflict);
        }
    }
    setConflicts(conflicts);
    SyncStatusQueries queries(*m_db);
    auto states = queries.youngPeopleStates();
    QVERIFY(states.ok());
    QCOMPARE(states.value(), expected);
    for (const QString& id : all.mid(0, 40))
        QCOMPARE(queries.youngPersonState(id).value(), expected.value(id, RecordSyncState::Synced));
}

void TestSyncStatus::keepOtherWritesTheOtherValueAsAResolution()
{
    const QString id = m_people.at(0);
    const auto conflict = conflictOn(entity::YoungPerson, id, id, kRating, QStringLiteral("medium"),
                                     QStringLiteral("low"), QStringLiteral("high"));
    setConflicts({conflict});
    const qint64 audits = countOf(QStringLiteral("SELECT count(*) FROM audit_event"));
    ConflictInbox inbox(*m_db, *m_clock, kLogin);
    QCOMPARE(inbox.open().value().size(), 1);
    QVERIFY(inbox.resolve(conflict.id, ConflictInbox::Choice::KeepOther).ok());

    QCOMPARE(person(id).text(kRating), QStringLiteral("high"));
    const auto changes = sync::Outbox(*m_db).changes().value();
    QCOMPARE(changes.size(), 1);
    const sync::Change& change = changes.first();
    QCOMPARE(change.op, sync::Change::Op::Update);
    QCOMPARE(change.recordId, id);
    QCOMPARE(change.baseVersion.value_or(-1), 1);
    QCOMPARE(change.madeBy, kLogin);
    const QJsonObject expected{{kRating, QJsonObject{{QStringLiteral("base"), QStringLiteral("low")},
                                                     {QStringLiteral("new"), QStringLiteral("high")},
                                                     {QStringLiteral("resolves"), conflict.id}}}};
    QCOMPARE(change.fields, expected);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM audit_event")), audits + 1);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'update' AND entity_id = ?1"),
                     {id}),
             1);
    // Out of the inbox, still listed on the record as waiting to go.
    QVERIFY(inbox.open().value().isEmpty());
    const auto onRecord = inbox.forRecord(id).value();
    QCOMPARE(onRecord.size(), 1);
    QVERIFY(onRecord.first().resolving);
    SyncStatusQueries queries(*m_db);
    QCOMPARE(queries.counts()->conflicts, 0);
    QCOMPARE(queries.recordState(id).value(), RecordSyncState::Waiting);
}

void TestSyncStatus::keepCurrentSendsTheCurrentValueAsBaseAndNew()
{
    const QString id = m_people.at(1);
    const auto conflict = conflictOn(entity::YoungPerson, id, id, kRating, QStringLiteral("medium"),
                                     QStringLiteral("low"), QStringLiteral("high"));
    setConflicts({conflict});
    ConflictInbox inbox(*m_db, *m_clock, kLogin);
    QVERIFY(inbox.resolve(conflict.id, ConflictInbox::Choice::KeepCurrent).ok());
    QCOMPARE(person(id).text(kRating), QStringLiteral("low"));
    const auto changes = sync::Outbox(*m_db).changes().value();
    QCOMPARE(changes.size(), 1);
    const QJsonObject entry = changes.first().fields.value(kRating).toObject();
    QCOMPARE(entry.value(QStringLiteral("base")).toString(), QStringLiteral("low"));
    QCOMPARE(entry.value(QStringLiteral("new")).toString(), QStringLiteral("low"));
    QCOMPARE(entry.value(QStringLiteral("resolves")).toString(), conflict.id);
}

void TestSyncStatus::editedValueIsSavedAndSent()
{
    const QString plan = scalar(*m_db, QStringLiteral("SELECT min(id) FROM safety_plan")).toString();
    const QString owner =
        scalar(*m_db, QStringLiteral("SELECT young_person_id FROM safety_plan WHERE id = ?1"), {plan}).toString();
    QVERIFY(!plan.isEmpty());
    const auto conflict = conflictOn(entity::SafetyPlan, plan, owner, QStringLiteral("own_words"),
                                     QStringLiteral("I call my aunt."), QStringLiteral("I call my aunt Jo."),
                                     QStringLiteral("I call my aunt or my coach."));
    setConflicts({conflict});
    const QString merged = QStringLiteral("I call my aunt Jo or my coach.");
    QVERIFY(ConflictInbox(*m_db, *m_clock, kLogin).resolve(conflict.id, ConflictInbox::Choice::Edited, merged).ok());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT own_words FROM safety_plan WHERE id = ?1"), {plan}).toString(),
             merged);
    const auto changes = sync::Outbox(*m_db).changes().value();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().entity, entity::SafetyPlan);
    QCOMPARE(changes.first().youngPersonId, owner);
    const QJsonObject entry = changes.first().fields.value(QStringLiteral("own_words")).toObject();
    QCOMPARE(entry.value(QStringLiteral("base")).toString(), QStringLiteral("I call my aunt Jo."));
    QCOMPARE(entry.value(QStringLiteral("new")).toString(), merged);
}

void TestSyncStatus::invalidEditedValueIsRefusedAndNothingChanges()
{
    const QString id = m_people.at(0);
    const auto conflict = conflictOn(entity::YoungPerson, id, id, kRating, QStringLiteral("medium"),
                                     QStringLiteral("low"), QStringLiteral("high"));
    setConflicts({conflict});
    const qint64 audits = countOf(QStringLiteral("SELECT count(*) FROM audit_event"));
    ConflictInbox inbox(*m_db, *m_clock, kLogin);
    for (const QJsonValue& bad : {QJsonValue(QStringLiteral("extreme")), QJsonValue(42)}) {
        auto refused = inbox.resolve(conflict.id, ConflictInbox::Choice::Edited, bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("safety and wellbeing rating")),
                 qPrintable(refused.error().message));
    }
    QCOMPARE(person(id).text(kRating), QStringLiteral("low"));
    QCOMPARE(sync::Outbox(*m_db).pendingCount().value(), 0);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM audit_event")), audits);
    QCOMPARE(inbox.open().value().size(), 1);
}

void TestSyncStatus::aConflictIsResolvedOnce()
{
    const QString id = m_people.at(0);
    const auto conflict = conflictOn(entity::YoungPerson, id, id, kRating, QStringLiteral("medium"),
                                     QStringLiteral("low"), QStringLiteral("high"));
    setConflicts({conflict});
    ConflictInbox inbox(*m_db, *m_clock, kLogin);
    QVERIFY(inbox.resolve(conflict.id, ConflictInbox::Choice::KeepOther).ok());
    QVERIFY(!inbox.resolve(conflict.id, ConflictInbox::Choice::KeepCurrent).ok());
    QVERIFY(!inbox.resolve(newId(), ConflictInbox::Choice::KeepCurrent).ok());
    QCOMPARE(sync::Outbox(*m_db).pendingCount().value(), 1);
}

void TestSyncStatus::aResolutionChainsOnAPendingEditOfTheField()
{
    const QString id = m_people.at(0);
    const auto conflict = conflictOn(entity::YoungPerson, id, id, kRating, QStringLiteral("medium"),
                                     QStringLiteral("low"), QStringLiteral("high"));
    setConflicts({conflict});
    saveRating(id, QStringLiteral("very_high")); // edited again before resolving
    QVERIFY(ConflictInbox(*m_db, *m_clock, kLogin).resolve(conflict.id, ConflictInbox::Choice::KeepOther).ok());
    const auto changes = sync::Outbox(*m_db).changes().value();
    QCOMPARE(changes.size(), 2);
    const QJsonObject edit = changes.at(0).fields.value(kRating).toObject();
    const QJsonObject resolution = changes.at(1).fields.value(kRating).toObject();
    QCOMPARE(edit.value(QStringLiteral("new")).toString(), QStringLiteral("very_high"));
    QCOMPARE(resolution.value(QStringLiteral("base")).toString(), QStringLiteral("very_high"));
    QCOMPARE(resolution.value(QStringLiteral("new")).toString(), QStringLiteral("high"));
    QCOMPARE(resolution.value(QStringLiteral("resolves")).toString(), conflict.id);
    QCOMPARE(person(id).text(kRating), QStringLiteral("high"));
}

// This worker lost the clash, then changed the field again before resolving: "My value" is that
// newest edit, and keeping mine keeps it rather than the older value the central store turned
// down (found in review: keep mine used to write the older value over the newer edit).
void TestSyncStatus::myNewerPendingEditIsMyValue()
{
    const QString id = m_people.at(0);
    auto conflict = conflictOn(entity::YoungPerson, id, id, kRating, QStringLiteral("medium"), QStringLiteral("low"),
                               QStringLiteral("high"));
    std::swap(conflict.currentLogin, conflict.otherLogin); // the other worker's "low" stayed
    conflict.otherMadeBy = kLogin;
    setConflicts({conflict});
    saveRating(id, QStringLiteral("very_high"));
    ConflictInbox inbox(*m_db, *m_clock, kLogin);
    QCOMPARE(inbox.open().value().first().other.toString(), QStringLiteral("very_high"));
    QCOMPARE(inbox.forRecord(id).value().first().other.toString(), QStringLiteral("very_high"));
    QVERIFY(inbox.resolve(conflict.id, ConflictInbox::Choice::KeepOther).ok());
    QCOMPARE(person(id).text(kRating), QStringLiteral("very_high"));
    const auto changes = sync::Outbox(*m_db).changes().value();
    QCOMPARE(changes.size(), 2);
    const QJsonObject resolution = changes.at(1).fields.value(kRating).toObject();
    QCOMPARE(resolution.value(QStringLiteral("new")).toString(), QStringLiteral("very_high"));
    QCOMPARE(resolution.value(QStringLiteral("resolves")).toString(), conflict.id);
    // Another worker's pending edit of the field is not theirs to show as mine.
    QCOMPARE(ConflictInbox(*m_db, *m_clock, kOtherLogin).forRecord(id).value().first().other.toString(),
             QStringLiteral("high"));
}

void TestSyncStatus::rejectedChangesAreListedAndDismissed()
{
    const QString a = m_people.at(0);
    const QString b = m_people.at(1);
    reject(a, a);
    reject(b, b);
    sync::RejectedChanges rejected(*m_db);
    auto listed = rejected.undismissed();
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->first().reason, QStringLiteral("record not found or not visible"));
    QCOMPARE(listed->first().op, QStringLiteral("update"));
    QCOMPARE(listed->first().fields.value(kRating).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("high"));
    const auto ofA = rejected.forRecord(a).value();
    QCOMPARE(ofA.size(), 1);

    const qint64 audits = countOf(QStringLiteral("SELECT count(*) FROM audit_event"));
    QVERIFY(rejected.dismiss(ofA.first().changeId, kLogin, kNow).ok());
    QCOMPARE(rejected.undismissed().value().size(), 1);
    QVERIFY(rejected.forRecord(a).value().isEmpty());
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM audit_event")), audits + 1);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM sync_rejected")), 2); // kept, only put away
    SyncStatusQueries queries(*m_db);
    QCOMPARE(queries.counts()->rejected, 1);
    QCOMPARE(queries.recordState(a).value(), RecordSyncState::Synced);
    QCOMPARE(queries.recordState(b).value(), RecordSyncState::Rejected);
    auto unknown = rejected.dismiss(newId(), kLogin, kNow);
    QVERIFY(!unknown.ok());
}

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "tst_sync_status.moc"
