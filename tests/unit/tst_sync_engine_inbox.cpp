// The sync engine's run as the desktop drives it (docs/sync.md, "The desktop's view of sync"),
// against a real encrypted store and an in-memory central client: a cancel between pull pages or
// between pushes keeps what was done and the next run goes on; the open conflicts replace the
// local copy at every sync, except a resolution still waiting to go; the time of the last
// successful sync; the names of purged young people kept in memory only; and the strict decoder
// of the open conflicts. Kept apart from tst_sync_engine so each file stays small. Every name and
// id is fictional.
#include "FakeCentralClient.h"
#include "SyncedStoreSupport.h"
#include "TestStore.h"

#include "domain/Entities.h"
#include "io/RecordJson.h"
#include "session/Clock.h"
#include "store/RecordRepository.h"
#include "store/RecordWriter.h"
#include "sync/ChangeCapture.h"
#include "sync/ConflictInbox.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"
#include "sync/SyncState.h"
#include "sync/SyncStatusQueries.h"

#include <QDir>
#include <QTest>
#include <QUuid>

using namespace trellis;
using namespace trellis::test;
using domain::Entities;
using domain::Record;
using sync::ConflictInbox;
using sync::SyncEngine;
namespace entity = domain::entity;

namespace {

const QDate kToday(2026, 11, 26);
const QDateTime kNow(kToday, QTime(10, 15), Qt::UTC);
const QString kLogin = QStringLiteral("demo.worker01");
const QString kRating = QStringLiteral("safety_wellbeing");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject wireRow(const Record& record, qint64 version)
{
    QJsonObject fields = io::RecordJson::toJson(record);
    fields.remove(QStringLiteral("entity"));
    fields.insert(QStringLiteral("deleted"), false);
    return {{QStringLiteral("entity"), record.entity()},
            {QStringLiteral("id"), record.id()},
            {QStringLiteral("young_person_id"), sync::ChangeCapture::youngPersonOf(record)},
            {QStringLiteral("server_version"), version},
            {QStringLiteral("fields"), fields}};
}

// A row of trellis_conflicts() as the central store sends it (json_agg of the function's rows).
QJsonObject conflictRow(const QString& id, const QString& recordId, const QString& current, const QString& other)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("entity"), entity::YoungPerson},
            {QStringLiteral("record_id"), recordId},
            {QStringLiteral("young_person_id"), recordId},
            {QStringLiteral("field"), kRating},
            {QStringLiteral("status"), QStringLiteral("open")},
            {QStringLiteral("base_value"), QStringLiteral("low")},
            {QStringLiteral("server_value"), current},
            {QStringLiteral("server_login"), kLogin},
            {QStringLiteral("server_changed_at"), QStringLiteral("2026-11-26T09:00:00.123456+00:00")},
            {QStringLiteral("incoming_value"), other},
            {QStringLiteral("incoming_login"), QStringLiteral("demo.worker02")},
            {QStringLiteral("incoming_made_by"), QStringLiteral("demo.worker02")},
            {QStringLiteral("incoming_made_at"), QStringLiteral("2026-11-26T09:05:00+00:00")},
            {QStringLiteral("first_change_id"), newId()},
            {QStringLiteral("incoming_change_id"), newId()},
            {QStringLiteral("opened_at"), QStringLiteral("2026-11-26T09:10:00.5+00:00")},
            {QStringLiteral("resolved_at"), QJsonValue()},
            {QStringLiteral("resolved_by"), QJsonValue()},
            {QStringLiteral("resolved_value"), QJsonValue()}};
}

QStringList logged;
void keepMessage(QtMsgType, const QMessageLogContext&, const QString& message)
{
    logged.append(message);
}

} // namespace

class TestSyncEngineInbox : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void cancelBetweenPullPagesKeepsThePagesDone();
    void cancelBetweenPushesKeepsTheAnswers();
    void openConflictsReplaceTheLocalCopyEachSync();
    void aResolutionStaysWhileItsChangeIsPending();
    void lastSuccessIsWrittenOnlyWhenASyncSucceeds();
    void purgedNamesStayInMemory();
    void malformedConflictRepliesNameTheKey();

private:
    Record person(const QString& id);
    QString cursor() { return sync::SyncState(*m_db).cursor().value(); }
    qint64 countOf(const QString& sql, const QStringList& args = {}) { return count(*m_db, sql, args); }

    TestStore* m_store = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<FakeCentralClient> m_central;
    QString m_person;
    QString m_other;
};

void TestSyncEngineInbox::init()
{
    m_store = new TestStore;
    m_db = seededAsSynced(*m_store, 12, kToday);
    QVERIFY(m_db);
    QVERIFY(m_db->exec(QStringLiteral("UPDATE young_person SET safety_wellbeing = 'low'")).ok());
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

void TestSyncEngineInbox::cleanup()
{
    m_central.reset();
    m_db.reset();
    m_clock.reset();
    delete m_store;
    m_store = nullptr;
}

Record TestSyncEngineInbox::person(const QString& id)
{
    auto found = RecordRepository(*m_db).find(Entities::get(entity::YoungPerson), id);
    if (!found.ok() || !found.value())
        return Record(Entities::get(entity::YoungPerson));
    return *found.value();
}

void TestSyncEngineInbox::cancelBetweenPullPagesKeepsThePagesDone()
{
    Record first = person(m_person);
    first.set(QStringLiteral("preferred_name"), QStringLiteral("Pip"));
    Record second = person(m_other);
    second.set(QStringLiteral("preferred_name"), QStringLiteral("Rue"));
    m_central->pages = {FakeCentralClient::page({wireRow(first, 5)}, QStringLiteral("c1"), false),
                        FakeCentralClient::page({wireRow(second, 6)}, QStringLiteral("c2"), true)};
    {
        SyncEngine engine(*m_db, *m_central, *m_clock, kLogin);
        // The worker presses Cancel as the first page lands.
        connect(&engine, &SyncEngine::progress, &engine, [&engine](const QString& phase) {
            if (phase == SyncEngine::kPull)
                engine.requestCancel();
        });
        const auto outcome = engine.run();
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, QStringLiteral("cancelled"));
        QCOMPARE(outcome.error->phase, SyncEngine::kPull);
        QVERIFY(engine.cancelRequested());
    }
    QCOMPARE(person(m_person).text(QStringLiteral("preferred_name")), QStringLiteral("Pip"));
    QVERIFY(person(m_other).text(QStringLiteral("preferred_name")) != QStringLiteral("Rue"));
    QCOMPARE(cursor(), QStringLiteral("c1"));
    QCOMPARE(m_central->conflictReads, 0);

    SyncEngine again(*m_db, *m_central, *m_clock, kLogin);
    const auto outcome = again.run();
    QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    QVERIFY(!again.cancelRequested());
    QCOMPARE(m_central->cursorsAsked, (QStringList{QString(), QStringLiteral("c1")}));
    QCOMPARE(person(m_other).text(QStringLiteral("preferred_name")), QStringLiteral("Rue"));
    QCOMPARE(cursor(), QStringLiteral("c2"));
}

void TestSyncEngineInbox::cancelBetweenPushesKeepsTheAnswers()
{
    // Two saves: two batches, two pushes.
    for (const QString& id : {m_person, m_other}) {
        Record record = person(id);
        record.set(kRating, QStringLiteral("high"));
        auto saved = RecordWriter(*m_db, kLogin).save(record, false, m_clock->now());
        QVERIFY(saved.ok() && saved.value().saved);
    }
    {
        SyncEngine engine(*m_db, *m_central, *m_clock, kLogin);
        connect(&engine, &SyncEngine::progress, &engine, [&engine](const QString& phase) {
            if (phase == SyncEngine::kPush)
                engine.requestCancel();
        });
        const auto outcome = engine.run();
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, QStringLiteral("cancelled"));
        QCOMPARE(outcome.error->phase, SyncEngine::kPush);
        QCOMPARE(outcome.summary.applied, 1);
    }
    QCOMPARE(m_central->pushedBatches.size(), 1);
    QCOMPARE(sync::Outbox(*m_db).pendingCount().value(), 1);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM young_person WHERE dirty = 0 AND server_version > 100 AND "
                                    "id IN (?1, ?2)"),
                     {m_person, m_other}),
             1);
    QVERIFY(m_central->cursorsAsked.isEmpty());

    const auto outcome = SyncEngine(*m_db, *m_central, *m_clock, kLogin).run();
    QVERIFY(outcome.ok());
    QCOMPARE(m_central->pushedBatches.size(), 2);
    QCOMPARE(sync::Outbox(*m_db).pendingCount().value(), 0);
}

void TestSyncEngineInbox::openConflictsReplaceTheLocalCopyEachSync()
{
    const QString first = newId();
    const QString second = newId();
    m_central->openConflictRows = {conflictRow(first, m_person, QStringLiteral("high"), QStringLiteral("medium"))};
    auto outcome = SyncEngine(*m_db, *m_central, *m_clock, kLogin).run();
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.summary.openConflicts, 1);
    QCOMPARE(outcome.summary.toJson().value(QStringLiteral("open_conflicts")).toInteger(), 1);
    ConflictInbox inbox(*m_db, *m_clock, kLogin);
    auto open = inbox.open().value();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().id, first);
    QCOMPARE(open.first().base.toString(), QStringLiteral("low"));
    QCOMPARE(open.first().current.toString(), QStringLiteral("high"));
    QCOMPARE(open.first().other.toString(), QStringLiteral("medium"));
    QCOMPARE(open.first().currentLogin, kLogin);
    QCOMPARE(open.first().otherLogin, QStringLiteral("demo.worker02"));
    QCOMPARE(open.first().otherMadeAt, QDateTime(kToday, QTime(9, 5), Qt::UTC));
    QCOMPARE(open.first().openedAt, QDateTime(kToday, QTime(9, 10, 0, 500), Qt::UTC));

    m_central->openConflictRows = {conflictRow(second, m_other, QStringLiteral("low"), QStringLiteral("high"))};
    outcome = SyncEngine(*m_db, *m_central, *m_clock, kLogin).run();
    QVERIFY(outcome.ok());
    open = inbox.open().value();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().id, second);
    QCOMPARE(sync::SyncStatusQueries(*m_db).recordState(m_person).value(), sync::RecordSyncState::Synced);
    QCOMPARE(sync::SyncStatusQueries(*m_db).youngPersonState(m_other).value(), sync::RecordSyncState::Conflict);

    m_central->openConflictRows = {};
    outcome = SyncEngine(*m_db, *m_central, *m_clock, kLogin).run();
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.summary.openConflicts, 0);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM sync_conflict")), 0);
}

void TestSyncEngineInbox::aResolutionStaysWhileItsChangeIsPending()
{
    const QString id = newId();
    m_central->openConflictRows = {conflictRow(id, m_person, QStringLiteral("low"), QStringLiteral("high"))};
    QVERIFY(SyncEngine(*m_db, *m_central, *m_clock, kLogin).run().ok());

    // The worker resolves while the next sync is pulling (after its push), and by then the
    // central store no longer lists the conflict (another worker settled it).
    m_central->beforePull = [this, id] {
        QVERIFY(ConflictInbox(*m_db, *m_clock, kLogin).resolve(id, ConflictInbox::Choice::KeepOther).ok());
        m_central->openConflictRows = {};
    };
    auto outcome = SyncEngine(*m_db, *m_central, *m_clock, kLogin).run();
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.summary.openConflicts, 0);
    QCOMPARE(sync::Outbox(*m_db).pendingCount().value(), 1);
    auto kept = ConflictInbox(*m_db, *m_clock, kLogin).forRecord(m_person).value();
    QCOMPARE(kept.size(), 1);
    QVERIFY(kept.first().resolving);
    QCOMPARE(person(m_person).text(kRating), QStringLiteral("high"));

    outcome = SyncEngine(*m_db, *m_central, *m_clock, kLogin).run();
    QVERIFY(outcome.ok());
    const QJsonObject sent = m_central->pushedBatches.last().first().toObject();
    QCOMPARE(sent.value(QStringLiteral("fields"))
                 .toObject()
                 .value(kRating)
                 .toObject()
                 .value(QStringLiteral("resolves"))
                 .toString(),
             id);
    QCOMPARE(sync::Outbox(*m_db).pendingCount().value(), 0);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM sync_conflict")), 0);
}

void TestSyncEngineInbox::lastSuccessIsWrittenOnlyWhenASyncSucceeds()
{
    sync::SyncStatusQueries queries(*m_db);
    Record record = person(m_person);
    record.set(kRating, QStringLiteral("high"));
    QVERIFY(RecordWriter(*m_db, kLogin).save(record, false, m_clock->now()).ok());
    m_central->failFromPush = 0;
    QVERIFY(!SyncEngine(*m_db, *m_central, *m_clock, kLogin).run().ok());
    QVERIFY(!queries.counts()->lastSuccess);

    m_central->failFromPush.reset();
    QVERIFY(SyncEngine(*m_db, *m_central, *m_clock, kLogin).run().ok());
    QCOMPARE(queries.counts()->lastSuccess.value_or(QDateTime()), kNow);

    m_clock->advance(600);
    m_central->pages = {QByteArray("{\"tables\": 3}")};
    QVERIFY(!SyncEngine(*m_db, *m_central, *m_clock, kLogin).run().ok());
    QCOMPARE(queries.counts()->lastSuccess.value_or(QDateTime()), kNow);
}

void TestSyncEngineInbox::purgedNamesStayInMemory()
{
    QVERIFY(execBound(*m_db, QStringLiteral("UPDATE young_person SET given_name = 'Xanthoria', family_name = "
                                            "'Pemberquill' WHERE id = ?1"),
                      {m_person}));
    m_central->revokedIds = {m_person};
    logged.clear();
    const auto previous = qInstallMessageHandler(keepMessage);
    const auto outcome = SyncEngine(*m_db, *m_central, *m_clock, kLogin).run();
    qInstallMessageHandler(previous);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.summary.purged, 1);
    QCOMPARE(outcome.summary.purgedNames, QStringList{QStringLiteral("Xanthoria Pemberquill")});

    const QByteArray json = QJsonDocument(outcome.summary.toJson()).toJson();
    QVERIFY(!json.contains("Pemberquill"));
    QVERIFY(!logged.join(QLatin1Char('\n')).contains(QStringLiteral("Pemberquill")));
    // Nowhere in the store: no table holds the name any more (the store is encrypted, so its
    // bytes are checked too, for a plain copy of the name beside it).
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM store_meta WHERE value LIKE '%Pemberquill%'")), 0);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM young_person WHERE id = ?1"), {m_person}), 0);
    QCOMPARE(countOf(QStringLiteral("SELECT count(*) FROM young_person WHERE family_name = 'Pemberquill'")), 0);
    m_db.reset();
    for (const QString& name : QDir(m_store->dirPath()).entryList(QDir::Files))
        QVERIFY2(!readFile(QDir(m_store->dirPath()).filePath(name)).contains("Pemberquill"), qPrintable(name));
}

void TestSyncEngineInbox::malformedConflictRepliesNameTheKey()
{
    const QJsonObject good = conflictRow(newId(), m_person, QStringLiteral("high"), QStringLiteral("low"));
    auto decode = [](const QJsonObject& row) {
        return sync::SyncReplies::conflicts(QJsonDocument(QJsonArray{row}).toJson(QJsonDocument::Compact));
    };
    QVERIFY(decode(good).ok());
    QVERIFY(!sync::SyncReplies::conflicts("{}").ok());
    const QList<std::pair<QString, QJsonValue>> cases{
        {QStringLiteral("id"), QStringLiteral("not-a-uuid")},
        {QStringLiteral("record_id"), QJsonValue()},
        {QStringLiteral("entity"), QStringLiteral("audit_event")},
        {QStringLiteral("field"), QStringLiteral("no_such_field")},
        {QStringLiteral("status"), QStringLiteral("resolved")},
        {QStringLiteral("incoming_login"), QJsonValue()},
        {QStringLiteral("incoming_made_at"), QStringLiteral("yesterday")},
        {QStringLiteral("opened_at"), 12},
        {QStringLiteral("server_changed_at"), true},
        {QStringLiteral("young_person_id"), 7},
    };
    for (const auto& [key, value] : cases) {
        QJsonObject bad = good;
        bad.insert(key, value);
        const auto refused = decode(bad);
        QVERIFY2(!refused.ok(), qPrintable(key));
        QCOMPARE(refused.error().kind, central::CentralError::Kind::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("\"%1\"").arg(key)),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("conflict 1")));
    }
    QJsonObject missing = good;
    missing.remove(QStringLiteral("server_value"));
    QVERIFY(decode(missing).error().message.contains(QStringLiteral("\"server_value\"")));
}

QTEST_GUILESS_MAIN(TestSyncEngineInbox)
#include "tst_sync_engine_inbox.moc"
