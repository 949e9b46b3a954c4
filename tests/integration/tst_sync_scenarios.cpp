// Sync scenarios end to end (docs/sync.md): two or three laptops, each a real encrypted store
// with its own SyncEngine, against a real PostgreSQL 15 started for this test over verified TLS.
// Written like a file-sync client's tests: build clients, change things offline, syncAll(), then
// compare each client's records with the central view for its worker. The functions run in
// order and build on each other's records. Every login, name and id is fictional.

#include "SyncTestSupport.h"

#include "domain/Entities.h"
#include "domain/Validator.h"
#include "io/JsonLinesImporter.h"
#include "io/RecordJson.h"
#include "session/Clock.h"
#include "store/RecordRepository.h"
#include "store/RecordWriter.h"
#include "sync/Outbox.h"
#include "sync/PgCentralClient.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::world;
using domain::Entities;
using domain::Record;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 15), Qt::UTC);

QString yp(int n)
{
    return fictionalId("b5000000", n);
}
QString rec(int n)
{
    return fictionalId("e5000000", n);
}

} // namespace

class TestSyncScenarios : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstSyncBringsEachWorkerTheirCaseload();
    void differentFieldsOfOnePlanAreBothKept();
    void sameFieldMakesExactlyOneConflict();
    void deleteAgainstEditIsAConflict();
    void batchReplayedThreeTimesChangesNothing();
    void rejectedChangeIsRevertedLocally();
    void reassignedWhileOfflinePurgesButKeepsTheEdits();
    void trellisctlSyncUsesTheStoredAccount();
    void contactLoggedOfflineReachesTheCentralStoreOnce();
    void importLargerThanOnePushReachesTheCentralStoreWhole();

private:
    using State = SyncState;
    Laptop& laptop(const TestWorker& worker) { return m_world.laptop(worker); }
    sync::SyncEngine::Outcome sync(Laptop& laptop) { return m_world.sync(laptop); }
    void syncAll() { m_world.syncAll(); }
    State state(Laptop& laptop) { return m_world.state(laptop); }
    State centralView(const TestWorker& worker) { return m_world.centralView(worker); }
    Record record(Laptop& laptop, const QString& entity, const QString& id)
    {
        return m_world.record(laptop, entity, id);
    }
    void save(Laptop& laptop, Record record) { m_world.save(laptop, std::move(record)); }
    QString centralValue(const QString& sql, const QVariantList& parameters = {})
    {
        return m_world.centralValue(sql, parameters);
    }
    qint64 openConflicts(const TestWorker& worker, const QString& recordId);

    CentralFixture m_fixture;
    QHash<QString, QString> m_workerIds;
    ManualClock m_clock{kNow};
    SyncWorld m_world{m_fixture, m_clock};
};

void TestSyncScenarios::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.startWithWorkers(&m_workerIds, &error), qPrintable(error));
    for (int n = 1; n <= 3; ++n)
        QVERIFY2(m_fixture.insertYoungPerson(kDb, yp(n), QStringLiteral("SC-%1").arg(n), &error), qPrintable(error));
    for (int n = 1; n <= 3; ++n) {
        const CtlRun assigned = m_fixture.central({QStringLiteral("assign"), yp(n), kAsh.login});
        QVERIFY2(assigned.code == 0, assigned.said());
    }
    // Y1 has a plan with one item and an intervention; the plan is what the laptops fight over.
    QVERIFY2(m_fixture.insertRecord(kDb, QStringLiteral("safety_plan"), rec(1),
                                    {{QStringLiteral("young_person_id"), yp(1)},
                                     {QStringLiteral("version"), QStringLiteral("1")},
                                     {QStringLiteral("status"), QStringLiteral("draft")},
                                     {QStringLiteral("own_words"), QStringLiteral("I go to my nan's")}},
                                    &error),
             qPrintable(error));
    QVERIFY2(m_fixture.insertRecord(kDb, QStringLiteral("intervention"), rec(2),
                                    {{QStringLiteral("young_person_id"), yp(1)},
                                     {QStringLiteral("type"), QStringLiteral("prevention")},
                                     {QStringLiteral("start_date"), QStringLiteral("2026-10-01")}},
                                    &error),
             qPrintable(error));
    QVERIFY2(m_fixture.insertRecord(kDb, QStringLiteral("safety_plan"), rec(3),
                                    {{QStringLiteral("young_person_id"), yp(2)},
                                     {QStringLiteral("version"), QStringLiteral("1")},
                                     {QStringLiteral("status"), QStringLiteral("draft")}},
                                    &error),
             qPrintable(error));
}

void TestSyncScenarios::cleanupTestCase()
{
    m_world.laptops().clear();
}

qint64 TestSyncScenarios::openConflicts(const TestWorker& worker, const QString& recordId)
{
    const QStringList counted = m_world.asWorker(
        worker, QStringLiteral("SELECT count(*) FROM trellis.trellis_conflicts() WHERE record_id = $1 AND status = 'open'"),
        {recordId});
    bool ok = false;
    const qint64 open = counted.value(0).toLongLong(&ok);
    return ok ? open : -1;
}

void TestSyncScenarios::firstSyncBringsEachWorkerTheirCaseload()
{
    Laptop& ash = laptop(kAsh);
    Laptop& hazel = laptop(kHazel);
    Laptop& bay = laptop(kBay);
    syncAll();
    QCOMPARE(state(ash), centralView(kAsh));
    QCOMPARE(state(hazel), centralView(kHazel));
    QCOMPARE(state(bay), centralView(kBay));
    QVERIFY(state(ash).contains(QStringLiteral("safety_plan:") + rec(1)));
    QVERIFY(state(hazel).contains(QStringLiteral("safety_plan:") + rec(1))); // Ash's supervisor
    QVERIFY(!state(bay).contains(QStringLiteral("young_person:") + yp(1)));
}

void TestSyncScenarios::differentFieldsOfOnePlanAreBothKept()
{
    Laptop& ash = laptop(kAsh);
    Laptop& hazel = laptop(kHazel);
    Record byAsh = record(ash, QStringLiteral("safety_plan"), rec(1));
    byAsh.set(QStringLiteral("code_word"), QStringLiteral("pineapple"));
    save(ash, byAsh);
    Record byHazel = record(hazel, QStringLiteral("safety_plan"), rec(1));
    byHazel.set(QStringLiteral("review_date"), QDate(2026, 12, 15));
    save(hazel, byHazel);
    syncAll();
    QCOMPARE(openConflicts(kAsh, rec(1)), 0);
    for (Laptop* each : {&ash, &hazel}) {
        const Record plan = record(*each, QStringLiteral("safety_plan"), rec(1));
        QCOMPARE(plan.text(QStringLiteral("code_word")), QStringLiteral("pineapple"));
        QCOMPARE(plan.date(QStringLiteral("review_date")), QDate(2026, 12, 15));
    }
    QCOMPARE(state(ash), centralView(kAsh));
    QCOMPARE(state(hazel), centralView(kHazel));
}

void TestSyncScenarios::sameFieldMakesExactlyOneConflict()
{
    Laptop& ash = laptop(kAsh);
    Laptop& hazel = laptop(kHazel);
    Record byAsh = record(ash, QStringLiteral("safety_plan"), rec(1));
    byAsh.set(QStringLiteral("own_words"), QStringLiteral("I text my aunt"));
    save(ash, byAsh);
    Record byHazel = record(hazel, QStringLiteral("safety_plan"), rec(1));
    byHazel.set(QStringLiteral("own_words"), QStringLiteral("I go to the youth club"));
    save(hazel, byHazel);
    syncAll(); // Ash pushes first: Ash's value stays current, Hazel's is the conflict's
    QCOMPARE(openConflicts(kAsh, rec(1)), 1);
    QCOMPARE(openConflicts(kHazel, rec(1)), 1);
    for (Laptop* each : {&ash, &hazel})
        QCOMPARE(record(*each, QStringLiteral("safety_plan"), rec(1)).text(QStringLiteral("own_words")),
                 QStringLiteral("I text my aunt"));
    QCOMPARE(centralValue(QStringLiteral("SELECT incoming_value #>> '{}' FROM trellis.change_conflict "
                                         "WHERE record_id = $1 AND status = 'open'"),
                          {rec(1)}),
             QStringLiteral("I go to the youth club"));
    QCOMPARE(state(ash), centralView(kAsh));
    QCOMPARE(state(hazel), centralView(kHazel));
}

void TestSyncScenarios::deleteAgainstEditIsAConflict()
{
    Laptop& ash = laptop(kAsh);
    Laptop& hazel = laptop(kHazel);
    Record edited = record(hazel, QStringLiteral("intervention"), rec(2));
    edited.set(QStringLiteral("legal_status"), QStringLiteral("voluntary"));
    save(hazel, edited);
    QVERIFY(sync(hazel).ok()); // the edit reaches the central store first
    QVERIFY(RecordRepository(*ash.db)
                .remove(Entities::get(QStringLiteral("intervention")), rec(2), kAsh.login, m_clock.now())
                .ok());
    syncAll();
    QCOMPARE(centralValue(QStringLiteral("SELECT field FROM trellis.change_conflict WHERE record_id = $1"), {rec(2)}),
             QStringLiteral("deleted"));
    QCOMPARE(centralValue(QStringLiteral("SELECT deleted::text FROM trellis.intervention WHERE id = $1"), {rec(2)}),
             QStringLiteral("false"));
    for (Laptop* each : {&ash, &hazel}) {
        QCOMPARE(count(*each->db, QStringLiteral("SELECT deleted FROM intervention WHERE id = ?1"), {rec(2)}), 0);
        QCOMPARE(record(*each, QStringLiteral("intervention"), rec(2)).text(QStringLiteral("legal_status")),
                 QStringLiteral("voluntary"));
    }
    QCOMPARE(state(ash), centralView(kAsh));
    QCOMPARE(state(hazel), centralView(kHazel));
}

void TestSyncScenarios::batchReplayedThreeTimesChangesNothing()
{
    Laptop& ash = laptop(kAsh);
    Record person = record(ash, QStringLiteral("young_person"), yp(3));
    person.set(QStringLiteral("preferred_name"), QStringLiteral("Sunny"));
    save(ash, person);
    auto batches = sync::Outbox(*ash.db).batches(100);
    QVERIFY(batches.ok());
    QCOMPARE(batches.value().size(), 1);
    const QJsonArray batch = batches.value().first();
    QList<QList<sync::PushResult>> answers;
    QStringList versions;
    for (int replay = 0; replay < 3; ++replay) {
        auto results = ash.client->push(batch);
        QVERIFY2(results.ok(), qPrintable(results.error().message));
        answers.append(results.value());
        versions.append(centralValue(QStringLiteral("SELECT server_version::text FROM trellis.young_person "
                                                    "WHERE id = $1"),
                                     {yp(3)}));
    }
    for (const auto& answer : answers) {
        QCOMPARE(answer.size(), 1);
        QCOMPARE(answer.first().outcome, sync::PushResult::Outcome::Applied);
        QCOMPARE(answer.first().serverVersion, answers.first().first().serverVersion);
    }
    QCOMPARE(versions, QStringList(3, versions.first()));
    QCOMPARE(centralValue(QStringLiteral("SELECT count(*)::text FROM trellis.audit_event WHERE entity_id = $1 "
                                         "AND action LIKE 'change_%'"),
                          {yp(3)}),
             QStringLiteral("1"));
    // The laptop never heard the answers: it sends the batch a fourth time, harmlessly.
    QVERIFY(sync(ash).ok());
    QCOMPARE(count(*ash.db, QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QCOMPARE(QString::number(
                 count(*ash.db, QStringLiteral("SELECT server_version FROM young_person WHERE id = ?1"), {yp(3)})),
             versions.first());
    QCOMPARE(state(ash), centralView(kAsh));
}

void TestSyncScenarios::rejectedChangeIsRevertedLocally()
{
    Laptop& ash = laptop(kAsh);
    // lead_worker_id is the allocation's copy: the central store refuses an edit of it.
    Record person = record(ash, QStringLiteral("young_person"), yp(1));
    const QString lead = person.text(QStringLiteral("lead_worker_id"));
    QCOMPARE(lead, m_workerIds.value(kAsh.login));
    person.set(QStringLiteral("lead_worker_id"), m_workerIds.value(kBay.login));
    save(ash, person);
    const auto outcome = sync(ash);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.summary.rejected, 1);
    QCOMPARE(record(ash, QStringLiteral("young_person"), yp(1)).text(QStringLiteral("lead_worker_id")), lead);
    QVERIFY(scalar(*ash.db, QStringLiteral("SELECT reason FROM sync_rejected WHERE record_id = ?1"), {yp(1)})
                .toString()
                .contains(QStringLiteral("lead_worker_id")));
    QCOMPARE(count(*ash.db, QStringLiteral("SELECT dirty FROM young_person WHERE id = ?1"), {yp(1)}), 0);
    QCOMPARE(state(ash), centralView(kAsh));
}

void TestSyncScenarios::reassignedWhileOfflinePurgesButKeepsTheEdits()
{
    Laptop& ash = laptop(kAsh);
    Laptop& bay = laptop(kBay);
    // Written offline before the move, by the central clock (the test's fixed clock may be ahead of
    // or behind the server's, and which side of the move the edit falls decides what it comes to).
    m_clock.set(m_world.centralNow().addSecs(-600));
    Record plan = record(ash, QStringLiteral("safety_plan"), rec(3));
    plan.set(QStringLiteral("own_words"), QStringLiteral("Written offline"));
    save(ash, plan);
    m_clock.set(kNow);
    const CtlRun moved = m_fixture.central({QStringLiteral("reassign"), yp(2), kBay.login});
    QVERIFY2(moved.code == 0, moved.said());

    const auto outcome = sync(ash);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.summary.purged, 1);
    QCOMPARE(count(*ash.db, QStringLiteral("SELECT count(*) FROM young_person WHERE id = ?1"), {yp(2)}), 0);
    QCOMPARE(count(*ash.db, QStringLiteral("SELECT count(*) FROM safety_plan WHERE young_person_id = ?1"), {yp(2)}), 0);
    QCOMPARE(count(*ash.db,
                   QStringLiteral("SELECT count(*) FROM sync_purge WHERE young_person_id = ?1 AND "
                                  "receipted_at IS NOT NULL"),
                   {yp(2)}),
             1);
    // The offline edit, made while Ash held the young person, reached the record (the reallocation
    // grace, docs/sync.md "Reallocation"): applied, not quarantined, before the purge.
    QCOMPARE(centralValue(QStringLiteral("SELECT count(*)::text FROM trellis.change_quarantine WHERE record_id = $1"),
                          {rec(3)}),
             QStringLiteral("0"));
    QCOMPARE(centralValue(QStringLiteral("SELECT own_words FROM trellis.safety_plan WHERE id = $1"), {rec(3)}),
             QStringLiteral("Written offline"));
    QCOMPARE(centralValue(QStringLiteral("SELECT reason FROM trellis.audit_event WHERE entity_id = $1 "
                                         "AND action = 'change_applied' AND actor = $2"),
                          {rec(3), kAsh.login}),
             QStringLiteral("after reallocation"));
    QCOMPARE(centralValue(QStringLiteral("SELECT count(*)::text FROM trellis.audit_event WHERE entity_id = $1 "
                                         "AND action = 'purge'"),
                          {yp(2)}),
             QStringLiteral("1"));
    syncAll();
    QVERIFY(!state(ash).contains(QStringLiteral("young_person:") + yp(2))); // later pulls never return it
    QVERIFY(state(bay).contains(QStringLiteral("safety_plan:") + rec(3)));
    QCOMPARE(record(bay, QStringLiteral("safety_plan"), rec(3)).text(QStringLiteral("own_words")),
             QStringLiteral("Written offline"));
    QCOMPARE(state(ash), centralView(kAsh));
    QCOMPARE(state(bay), centralView(kBay));
}

// The way a worker syncs: the account once (password and all, kept in the encrypted store), then
// `sync` with nothing else, against the real central store.
void TestSyncScenarios::trellisctlSyncUsesTheStoredAccount()
{
    TestStore store;
    QVERIFY(store.create());
    const QString passphraseFile = store.dirPath() + QStringLiteral("/passphrase");
    writeFile(passphraseFile, QByteArray("purple-otter-lantern-42\n"));
    const QStringList on{QStringLiteral("--store"), store.path(), QStringLiteral("--passphrase-file"), passphraseFile};
    const QStringList syncing = on + QStringList{QStringLiteral("sync")};
    auto setAccount = [&](const TestWorker& passwordOf) {
        return runCtl(on + QStringList{QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--db"),
                                       m_fixture.server().url(kDale.login, kDb), QStringLiteral("--ca"),
                                       m_fixture.server().caFile(), QStringLiteral("--password-file"),
                                       m_fixture.passwordFile(passwordOf)});
    };

    const CtlRun before = runCtl(syncing);
    QCOMPARE(before.code, 1);
    QCOMPARE(before.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("no-account"));
    QVERIFY2(before.err.contains(QStringLiteral("trellisctl account set")), before.said());

    const CtlRun set = setAccount(kDale);
    QVERIFY2(set.code == 0, set.said());
    const CtlRun run = runCtl(syncing);
    QVERIFY2(run.code == 0, run.said());
    const QJsonObject summary = run.json();
    QVERIFY(summary.value(QStringLiteral("ok")).toBool());
    for (const char* key : {"pushed", "applied", "merged", "conflicts", "rejected", "pulled", "purged"})
        QVERIFY2(summary.contains(QLatin1String(key)), key);
    QVERIFY(summary.value(QStringLiteral("pulled")).toInt() >= 1); // at least the team's workers
    QVERIFY(run.err.contains(QStringLiteral("sync: pull")));
    const CtlRun shown = runCtl(on + QStringList{QStringLiteral("account"), QStringLiteral("show")});
    QVERIFY2(shown.code == 0 && shown.out.contains(QStringLiteral("Password: stored")), shown.said());
    for (const CtlRun& said : {set, run, shown})
        QVERIFY2(!said.all().contains(kDale.password), said.said());
    for (const char* suffix : {"", "-wal", "-shm"})
        QVERIFY2(!readFile(store.path() + QLatin1String(suffix)).contains(kDale.password.toUtf8()), suffix);

    // Stored again with a wrong password: the next sync says so, and never what it was.
    QVERIFY2(setAccount(kAsh).code == 0, "account set");
    const CtlRun wrong = runCtl(syncing);
    QCOMPARE(wrong.code, 1);
    QCOMPARE(wrong.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("wrong-password"));
    QVERIFY(!wrong.all().contains(kAsh.password));
}

// Contacts are append-only: the push answer and the pull still stamp the laptop's copy (its
// version, clean), and the contact is in the central store once.
void TestSyncScenarios::contactLoggedOfflineReachesTheCentralStoreOnce()
{
    Laptop& ash = laptop(kAsh);
    Laptop& hazel = laptop(kHazel);
    const Record contact = fictionalContact(rec(20), yp(1), kNow.addSecs(-3600), QStringLiteral("Fictional visit"));
    auto saved = RecordWriter(*ash.db, kAsh.login).save(contact, true, m_clock.now());
    QVERIFY(saved.ok() && saved.value().saved);
    const auto outcome = sync(ash);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.summary.applied, 1);
    QCOMPARE(count(*ash.db, QStringLiteral("SELECT dirty FROM contact WHERE id = ?1"), {rec(20)}), 0);
    QVERIFY(count(*ash.db, QStringLiteral("SELECT server_version FROM contact WHERE id = ?1"), {rec(20)}) > 0);
    syncAll();
    QCOMPARE(centralValue(QStringLiteral("SELECT count(*)::text FROM trellis.contact WHERE id = $1"), {rec(20)}),
             QStringLiteral("1"));
    QVERIFY(state(hazel).contains(QStringLiteral("contact:") + rec(20)));
    QCOMPARE(state(ash), centralView(kAsh));
    QCOMPARE(state(hazel), centralView(kHazel));
}

// An import is one local transaction, so one batch, however long the file; the central store
// takes at most sync::kMaxPushChanges changes a push. Every imported record still gets there.
void TestSyncScenarios::importLargerThanOnePushReachesTheCentralStoreWhole()
{
    Laptop& ash = laptop(kAsh);
    QVERIFY(sync(ash).ok());
    const int records = int(sync::kMaxPushChanges) + 1;
    QByteArray lines;
    for (int n = 1; n <= records; ++n) {
        Record contact = fictionalContact(fictionalId("e5100000", n), yp(1), kNow.addSecs(-60 * n),
                                          QStringLiteral("Fictional imported visit"));
        contact.stampNew(kAsh.login, kNow);
        lines += QJsonDocument(io::RecordJson::toJson(contact)).toJson(QJsonDocument::Compact) + '\n';
    }
    const QString path = ash.store->dirPath() + QStringLiteral("/import.jsonl");
    writeFile(path, lines);
    const auto report = io::JsonLinesImporter(*ash.db, domain::Validator(kNow.date()), kAsh.login).importFile(path);
    QVERIFY2(report.ok, qPrintable(report.failure));
    QCOMPARE(count(*ash.db, QStringLiteral("SELECT count(DISTINCT batch_id) FROM outbox")), 1);

    const auto outcome = m_world.sync(ash, nullptr, 1000);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.summary.pushed, records);
    QCOMPARE(outcome.summary.applied, records);
    QCOMPARE(count(*ash.db, QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QCOMPARE(count(*ash.db, QStringLiteral("SELECT count(*) FROM contact WHERE dirty = 1")), 0);
    QCOMPARE(centralValue(QStringLiteral("SELECT count(*)::text FROM trellis.contact WHERE id::text LIKE 'e5100000%'")),
             QString::number(records));
    QCOMPARE(centralValue(QStringLiteral("SELECT count(*)::text FROM trellis.change_receipt WHERE "
                                         "record_id::text LIKE 'e5100000%' AND result->>'result' = 'applied'")),
             QString::number(records));
    QCOMPARE(state(ash), centralView(kAsh));
    // The limit is the server's: one change more in one push is refused whole.
    QJsonArray tooMany;
    for (int n = 0; n < records; ++n)
        tooMany.append(QJsonObject());
    const auto refused = ash.client->push(tooMany);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("at most")), qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(TestSyncScenarios)
#include "tst_sync_scenarios.moc"
