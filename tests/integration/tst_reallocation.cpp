// Reallocation by supervisors end to end (docs/sync.md, "Reallocation"): the central functions
// of resources/sql/central/0005_team.sql through central::CentralDirectory, over each fictional
// worker's own verified TLS connection to a real PostgreSQL 15, and then the two laptops that
// the move concerns. The functions run in order and build on each other. Every login, name and
// id is fictional.

#include "SyncTestSupport.h"

#include "central/CentralDirectory.h"
#include "session/Clock.h"
#include "store/RecordWriter.h"
#include "sync/WorkerRole.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::world;
using central::CentralDirectory;
using central::CentralError;
using Kind = CentralError::Kind;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(11, 40), Qt::UTC);
// A supervisor of another team, only in this test's world.
const TestWorker kRowan{"rowan.south", "Rowan Ashby", "South", "supervisor", "maple-otter-lantern-62"};

QString yp(int n)
{
    return fictionalId("b7000000", n);
}
QString rec(int n)
{
    return fictionalId("e7000000", n);
}

QString isoMs(const QDateTime& moment)
{
    return moment.toUTC().toString(Qt::ISODateWithMs);
}

// A contact logged for `youngPersonId`, as a change in the wire format of docs/sync.md, made at
// `madeAt`: what a laptop (or a client that is not Trellis) could send.
QJsonObject contactChange(const QString& id, const QString& youngPersonId, const QDateTime& madeAt)
{
    QJsonObject fields;
    const QList<std::pair<QString, QJsonValue>> values{
        {QStringLiteral("young_person_id"), youngPersonId},
        {QStringLiteral("occurred_at"), isoMs(madeAt.addSecs(-3600))},
        {QStringLiteral("duration_minutes"), 30},
        {QStringLiteral("kind"), QStringLiteral("phone")},
        {QStringLiteral("attendance"), QStringLiteral("attended")},
        {QStringLiteral("summary"), QStringLiteral("Fictional call")}};
    for (const auto& [name, value] : values)
        fields.insert(name, QJsonObject{{QStringLiteral("base"), QJsonValue::Null}, {QStringLiteral("new"), value}});
    const auto newId = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
    return QJsonObject{{QStringLiteral("change_id"), newId()},
                       {QStringLiteral("batch_id"), newId()},
                       {QStringLiteral("entity"), QStringLiteral("contact")},
                       {QStringLiteral("record_id"), id},
                       {QStringLiteral("young_person_id"), youngPersonId},
                       {QStringLiteral("op"), QStringLiteral("insert")},
                       {QStringLiteral("base_version"), QJsonValue::Null},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("made_by"), QStringLiteral("tester")},
                       {QStringLiteral("made_at"), isoMs(madeAt)}};
}

} // namespace

class TestReallocation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void whoamiSaysRoleAndTeam();
    void supervisorListsOnlyTheirTeam();
    void caseworkerIsRefused();
    void supervisorOfAnotherTeamCannotSeeTheYoungPerson();
    void refusalsNameWhatIsWrong();
    void workerRoleIsKeptForOfflineUse();
    void reallocationReachesBothLaptops();
    void editMadeAfterTheMoveIsRefused();
    void editAfterThePurgeReceiptIsRefused();
    void workerWhoNeverHeldTheYoungPersonIsRefused();
    void clashWithTheNewWorkersEditOpensAConflict();
    void graceNeverMovesARecordToAnotherYoungPerson();

private:
    // The worker's own connection (row-level security applies), kept for the test.
    CentralDirectory directory(const TestWorker& worker);
    QString currentLogin(const QString& youngPersonId);
    // When the latest allocation of the young person to `login` ended, by the central clock.
    QDateTime allocationEnded(const QString& youngPersonId, const QString& login);
    // One change pushed over the worker's own connection; its result object.
    QJsonObject pushAs(const TestWorker& worker, const QJsonObject& change);
    // The audit row of one change: "action reason".
    QString changeAudit(const QString& recordId, const QString& login);

    CentralFixture m_fixture;
    QHash<QString, QString> m_workerIds;
    ManualClock m_clock{kNow};
    SyncWorld m_world{m_fixture, m_clock};
    std::map<QString, std::unique_ptr<central::PgConnection>> m_connections;
};

void TestReallocation::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.startWithWorkers(&m_workerIds, &error), qPrintable(error));
    const CtlRun rowan = m_fixture.addWorker(kRowan, kDb);
    QVERIFY2(rowan.code == 0, rowan.said());
    for (int n = 1; n <= 3; ++n) {
        QVERIFY2(m_fixture.insertYoungPerson(kDb, yp(n), QStringLiteral("RA-%1").arg(n), &error), qPrintable(error));
        const CtlRun assigned = m_fixture.central({QStringLiteral("assign"), yp(n), kAsh.login});
        QVERIFY2(assigned.code == 0, assigned.said());
    }
    QVERIFY2(m_fixture.insertRecord(kDb, QStringLiteral("safety_plan"), rec(1),
                                    {{QStringLiteral("young_person_id"), yp(1)},
                                     {QStringLiteral("version"), QStringLiteral("1")},
                                     {QStringLiteral("status"), QStringLiteral("draft")},
                                     {QStringLiteral("own_words"), QStringLiteral("I call my cousin")}},
                                    &error),
             qPrintable(error));
}

void TestReallocation::cleanupTestCase()
{
    m_world.laptops().clear();
    m_connections.clear();
}

CentralDirectory TestReallocation::directory(const TestWorker& worker)
{
    auto& connection = m_connections[worker.login];
    if (!connection) {
        auto opened = m_fixture.connectAs(worker, kDb);
        if (!opened.ok())
            qFatal("cannot connect as a fictional worker: %s", qPrintable(opened.error().message));
        connection = opened.takeValue();
    }
    return CentralDirectory(*connection);
}

QString TestReallocation::currentLogin(const QString& youngPersonId)
{
    return m_world.centralValue(QStringLiteral("SELECT w.login FROM trellis.assignment AS a JOIN trellis.worker AS w "
                                               "ON w.id = a.worker_id WHERE a.young_person_id = $1 "
                                               "AND a.ended_at IS NULL"),
                                {youngPersonId});
}

QDateTime TestReallocation::allocationEnded(const QString& youngPersonId, const QString& login)
{
    return m_world.centralMoment(QStringLiteral("SELECT max(a.ended_at) FROM trellis.assignment AS a JOIN "
                                                "trellis.worker AS w ON w.id = a.worker_id WHERE "
                                                "a.young_person_id = $1 AND w.login = $2"),
                                 {youngPersonId, login});
}

QJsonObject TestReallocation::pushAs(const TestWorker& worker, const QJsonObject& change)
{
    const QStringList answer = m_world.asWorker(
        worker, QStringLiteral("SELECT trellis.trellis_push($1::jsonb)::text"),
        {QString::fromUtf8(QJsonDocument(QJsonArray{change}).toJson(QJsonDocument::Compact))});
    const QJsonArray results = QJsonDocument::fromJson(answer.value(0).toUtf8()).array();
    if (results.size() != 1)
        qWarning("push answered: %s", qPrintable(answer.join(QLatin1Char(' '))));
    return results.first().toObject();
}

QString TestReallocation::changeAudit(const QString& recordId, const QString& login)
{
    return m_world.centralValue(QStringLiteral("SELECT string_agg(action || ' ' || coalesce(reason, ''), ' | ') FROM "
                                               "trellis.audit_event WHERE source = 'sync' AND entity_id = $1 AND "
                                               "actor = $2 AND change_id IS NOT NULL"),
                                {recordId, login});
}

void TestReallocation::whoamiSaysRoleAndTeam()
{
    auto hazel = directory(kHazel).whoami();
    QVERIFY2(hazel.ok(), qPrintable(hazel.error().message));
    QCOMPARE(hazel->login, kHazel.login);
    QCOMPARE(hazel->displayName, kHazel.name);
    QCOMPARE(hazel->role, QStringLiteral("supervisor"));
    QCOMPARE(hazel->team, QStringLiteral("North")); // "north" joined the team as first written
    QCOMPARE(hazel->workerId, m_workerIds.value(kHazel.login));
    auto ash = directory(kAsh).whoami();
    QVERIFY2(ash.ok(), qPrintable(ash.error().message));
    QCOMPARE(ash->role, QStringLiteral("caseworker"));
}

void TestReallocation::supervisorListsOnlyTheirTeam()
{
    auto workers = directory(kHazel).teamWorkers();
    QVERIFY2(workers.ok(), qPrintable(workers.error().message));
    QHash<QString, qint64> allocated;
    for (const auto& worker : workers.value()) {
        QCOMPARE(worker.team, QStringLiteral("North"));
        allocated.insert(worker.login, worker.allocated);
    }
    QCOMPARE(QSet<QString>(allocated.keyBegin(), allocated.keyEnd()),
             (QSet<QString>{kAsh.login, kBay.login, kHazel.login, kDale.login}));
    QCOMPARE(allocated.value(kAsh.login), 3);
    QCOMPARE(allocated.value(kBay.login), 0);

    // A manager sees every team's active workers.
    auto everyone = directory(kBriar).teamWorkers();
    QVERIFY2(everyone.ok(), qPrintable(everyone.error().message));
    QStringList logins;
    for (const auto& worker : everyone.value())
        logins << worker.login;
    QVERIFY2(logins.contains(kJuniper.login) && logins.contains(kAsh.login) && logins.contains(kRowan.login),
             qPrintable(logins.join(QLatin1Char(' '))));
}

void TestReallocation::caseworkerIsRefused()
{
    auto listed = directory(kAsh).teamWorkers();
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().kind, Kind::PermissionDenied);
    QVERIFY2(listed.error().message.contains(QLatin1String("supervisor")), qPrintable(listed.error().message));

    // Not even a young person of their own caseload, to a colleague.
    auto moved = directory(kAsh).reallocate(yp(3), kBay.login);
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().kind, Kind::PermissionDenied);
    QCOMPARE(currentLogin(yp(3)), kAsh.login);
}

void TestReallocation::supervisorOfAnotherTeamCannotSeeTheYoungPerson()
{
    auto moved = directory(kRowan).reallocate(yp(3), kJuniper.login);
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().kind, Kind::NotFound);
    QVERIFY2(moved.error().message.contains(QLatin1String("not visible")), qPrintable(moved.error().message));
    // The same answer as for a young person who does not exist.
    auto missing = directory(kRowan).reallocate(yp(99), kJuniper.login);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Kind::NotFound);
    QCOMPARE(missing.error().message, moved.error().message);
    QCOMPARE(currentLogin(yp(3)), kAsh.login);
}

void TestReallocation::refusalsNameWhatIsWrong()
{
    auto otherTeam = directory(kHazel).reallocate(yp(3), kJuniper.login);
    QVERIFY(!otherTeam.ok());
    QCOMPARE(otherTeam.error().kind, Kind::Invalid);
    QVERIFY2(otherTeam.error().message.contains(QLatin1String("to_login: not in your team")),
             qPrintable(otherTeam.error().message));

    auto badId = directory(kHazel).reallocate(QStringLiteral("RA-3"), kBay.login);
    QVERIFY(!badId.ok());
    QCOMPARE(badId.error().kind, Kind::Invalid);
    QVERIFY2(badId.error().message.startsWith(QLatin1String("young_person:")), qPrintable(badId.error().message));

    // Moving to the worker who holds them already changes nothing and writes no audit row.
    auto same = directory(kHazel).reallocate(yp(3), kAsh.login);
    QVERIFY2(same.ok(), qPrintable(same.error().message));
    QVERIFY(!same->changed);
    QCOMPARE(same->previousLogin, kAsh.login);

    const CtlRun deactivated = m_fixture.central({QStringLiteral("deactivate-worker"), kDale.login});
    QVERIFY2(deactivated.code == 0, deactivated.said());
    auto inactive = directory(kHazel).reallocate(yp(3), kDale.login);
    QVERIFY(!inactive.ok());
    QCOMPARE(inactive.error().kind, Kind::Invalid);
    QVERIFY2(inactive.error().message.contains(QLatin1String("to_login: not an active worker")),
             qPrintable(inactive.error().message));
    QCOMPARE(currentLogin(yp(3)), kAsh.login);
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT count(*)::text FROM trellis.audit_event "
                                                 "WHERE action = 'reallocate'")),
             QStringLiteral("0"));
}

void TestReallocation::workerRoleIsKeptForOfflineUse()
{
    Laptop& hazel = m_world.laptop(kHazel);
    sync::WorkerRole role(*hazel.db);
    auto before = role.load();
    QVERIFY(before.ok());
    QVERIFY(!before.value().has_value());
    auto me = directory(kHazel).whoami();
    QVERIFY(me.ok());
    QVERIFY(role.save({me->role, me->team}).ok());
    auto after = role.load();
    QVERIFY(after.ok() && after.value().has_value());
    QCOMPARE(after.value()->role, QStringLiteral("supervisor"));
    QCOMPARE(after.value()->team, QStringLiteral("North"));
    QVERIFY(sync::WorkerRole::mayReallocate(after.value()->role));
    QVERIFY(!sync::WorkerRole::mayReallocate(QStringLiteral("caseworker")));
    auto refused = role.save({QStringLiteral("administrator"), QStringLiteral("North")});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("central_role")), qPrintable(refused.error().message));
    QCOMPARE(role.load().value()->role, QStringLiteral("supervisor")); // the refused save changed nothing
}

void TestReallocation::reallocationReachesBothLaptops()
{
    Laptop& ash = m_world.laptop(kAsh);
    Laptop& bay = m_world.laptop(kBay);
    QVERIFY(m_world.sync(ash).ok());
    QVERIFY(m_world.sync(bay).ok());
    QVERIFY(m_world.state(ash).contains(QStringLiteral("young_person:") + yp(1)));
    QVERIFY(!m_world.state(bay).contains(QStringLiteral("young_person:") + yp(1)));
    const QString versionBefore = m_world.centralValue(
        QStringLiteral("SELECT server_version::text FROM trellis.young_person WHERE id = $1"), {yp(1)});

    // Ash edits the plan offline, before their supervisor moves the young person to Bay.
    m_clock.set(m_world.centralNow().addSecs(-600));
    domain::Record plan = m_world.record(ash, QStringLiteral("safety_plan"), rec(1));
    plan.set(QStringLiteral("own_words"), QStringLiteral("I text my cousin, then go to the library"));
    m_world.save(ash, plan);
    QCOMPARE(m_world.outboxChangeIds(ash).size(), 1);

    auto moved = directory(kHazel).reallocate(yp(1), kBay.login);
    QVERIFY2(moved.ok(), qPrintable(moved.error().message));
    QVERIFY(moved->changed);
    QCOMPARE(moved->previousLogin, kAsh.login);
    QCOMPARE(moved->login, kBay.login);
    QCOMPARE(currentLogin(yp(1)), kBay.login);
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT w.login FROM trellis.young_person AS y JOIN trellis.worker "
                                                 "AS w ON w.id = y.lead_worker_id WHERE y.id = $1"),
                                  {yp(1)}),
             kBay.login);
    QVERIFY(m_world
                .centralValue(QStringLiteral("SELECT server_version::text FROM trellis.young_person WHERE id = $1"),
                              {yp(1)})
                .toLongLong() > versionBefore.toLongLong());
    // One audit row, in the supervisor's name, ids and logins only.
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT actor || ' ' || source || ' ' || reason FROM "
                                                 "trellis.audit_event WHERE action = 'reallocate' AND entity_id = $1"),
                                  {yp(1)}),
             QStringLiteral("hazel.north admin from ash.north to bay.north"));
    // The allocation history keeps Ash's time with the case.
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT count(*)::text FROM trellis.assignment WHERE "
                                                 "young_person_id = $1"),
                                  {yp(1)}),
             QStringLiteral("2"));

    // Ash's laptop pushes the pending edit before it lets the young person go: nothing is lost.
    const auto outcome = m_world.sync(ash);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.summary.purged, 1);
    QVERIFY(m_world.outboxChangeIds(ash).isEmpty());
    QCOMPARE(count(*ash.db, QStringLiteral("SELECT count(*) FROM young_person WHERE id = ?1"), {yp(1)}), 0);
    QCOMPARE(count(*ash.db, QStringLiteral("SELECT count(*) FROM safety_plan WHERE id = ?1"), {rec(1)}), 0);
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT count(*)::text FROM trellis.change_receipt WHERE "
                                                 "record_id = $1 AND login = $2"),
                                  {rec(1), kAsh.login}),
             QStringLiteral("1"));
    // What the edit came to centrally: Ash made it while they held the young person, and their
    // laptop pushed it before it purged, so the reallocation grace (docs/sync.md, "Reallocation")
    // judges it as if Ash could still see the young person. It is applied, not quarantined, and its
    // audit row says why; the grace ends with the change.
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT result ->> 'result' FROM trellis.change_receipt "
                                                 "WHERE record_id = $1 AND login = $2"),
                                  {rec(1), kAsh.login}),
             QStringLiteral("applied"));
    QCOMPARE(changeAudit(rec(1), kAsh.login), QStringLiteral("change_applied after reallocation"));
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT count(*)::text FROM trellis.change_quarantine "
                                                 "WHERE record_id = $1"),
                                  {rec(1)}),
             QStringLiteral("0"));
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT count(*)::text FROM trellis.sync_grace")), QStringLiteral("0"));
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT own_words FROM trellis.safety_plan WHERE id = $1"), {rec(1)}),
             QStringLiteral("I text my cousin, then go to the library"));
    // Ash still cannot see the young person: the grace let one change through, no more.
    QCOMPARE(m_world.asWorker(kAsh, QStringLiteral("SELECT count(*)::text FROM trellis.trellis_visible_young_people() "
                                                   "WHERE id = $1::uuid"),
                              {yp(1)}),
             QStringList{QStringLiteral("0")});

    // Bay's laptop receives the young person with the plan.
    QVERIFY(m_world.sync(bay).ok());
    const SyncState bayState = m_world.state(bay);
    QVERIFY(bayState.contains(QStringLiteral("young_person:") + yp(1)));
    QVERIFY(bayState.contains(QStringLiteral("safety_plan:") + rec(1)));
    QCOMPARE(bayState, m_world.centralView(kBay));
    QCOMPARE(m_world.state(ash), m_world.centralView(kAsh));
    QCOMPARE(m_world.record(bay, QStringLiteral("safety_plan"), rec(1)).text(QStringLiteral("own_words")),
             QStringLiteral("I text my cousin, then go to the library"));
}

// Only what Ash did while holding the young person passes: a contact logged on Ash's laptop after
// the move (the laptop had not synced yet) is refused and quarantined as before, while the one
// logged before it reaches the record and Bay.
void TestReallocation::editMadeAfterTheMoveIsRefused()
{
    Laptop& ash = m_world.laptop(kAsh);
    Laptop& bay = m_world.laptop(kBay);
    QVERIFY(m_world.sync(ash).ok());
    QVERIFY(m_world.state(ash).contains(QStringLiteral("young_person:") + yp(2)));

    m_clock.set(m_world.centralNow().addSecs(-600));
    auto before = RecordWriter(*ash.db, kAsh.login)
                      .save(fictionalContact(rec(20), yp(2), m_clock.now().addSecs(-60), QStringLiteral("Before")),
                            true, m_clock.now());
    QVERIFY(before.ok() && before.value().saved);
    auto moved = directory(kHazel).reallocate(yp(2), kBay.login);
    QVERIFY2(moved.ok() && moved->changed, moved.ok() ? "unchanged" : qPrintable(moved.error().message));
    m_clock.set(allocationEnded(yp(2), kAsh.login).addSecs(60));
    auto after = RecordWriter(*ash.db, kAsh.login)
                     .save(fictionalContact(rec(21), yp(2), m_clock.now().addSecs(-30), QStringLiteral("After")),
                           true, m_clock.now());
    QVERIFY(after.ok() && after.value().saved);

    const auto outcome = m_world.sync(ash);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.summary.purged, 1);
    QVERIFY(m_world.outboxChangeIds(ash).isEmpty());
    QCOMPARE(changeAudit(rec(20), kAsh.login), QStringLiteral("change_applied after reallocation"));
    QCOMPARE(changeAudit(rec(21), kAsh.login), QStringLiteral("change_rejected record not found or not visible"));
    QCOMPARE(m_world.asWorker(kHazel, QStringLiteral("SELECT record_id::text FROM trellis.trellis_quarantine() "
                                                     "WHERE author_login = $1 AND record_id IN ($2, $3)"),
                              {kAsh.login, rec(20), rec(21)}),
             QStringList{rec(21)});

    QVERIFY(m_world.sync(bay).ok());
    const SyncState bayState = m_world.state(bay);
    QVERIFY(bayState.contains(QStringLiteral("contact:") + rec(20)));
    QVERIFY(!bayState.contains(QStringLiteral("contact:") + rec(21)));
    QCOMPARE(bayState, m_world.centralView(kBay));
    QCOMPARE(m_world.state(ash), m_world.centralView(kAsh));
}

// Once Ash's laptop has sent its purge receipt it holds nothing to send: a change about the young
// person arriving afterwards, even one dated before the move, comes from somewhere else and is
// refused.
void TestReallocation::editAfterThePurgeReceiptIsRefused()
{
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT count(*)::text FROM trellis.audit_event WHERE action = "
                                                 "'purge' AND entity_id = $1 AND actor = $2"),
                                  {yp(2), kAsh.login}),
             QStringLiteral("1"));
    const QJsonObject result =
        pushAs(kAsh, contactChange(rec(22), yp(2), allocationEnded(yp(2), kAsh.login).addSecs(-60)));
    QCOMPARE(result.value(QStringLiteral("result")).toString(), QStringLiteral("rejected"));
    QCOMPARE(result.value(QStringLiteral("reason")).toString(), QStringLiteral("record not found or not visible"));
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT count(*)::text FROM trellis.contact WHERE id = $1"), {rec(22)}),
             QStringLiteral("0"));
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT count(*)::text FROM trellis.change_quarantine "
                                                 "WHERE record_id = $1"),
                                  {rec(22)}),
             QStringLiteral("1"));
}

// The grace is for the worker the young person was moved away from, no one else: a caseworker and
// a supervisor of another team, who never held them, are refused as before, for a new record and
// for an edit of an existing one.
void TestReallocation::workerWhoNeverHeldTheYoungPersonIsRefused()
{
    const QDateTime beforeTheMove = allocationEnded(yp(2), kAsh.login).addSecs(-60);
    for (const TestWorker& worker : {kJuniper, kRowan}) {
        const QString id = worker.login == kJuniper.login ? rec(23) : rec(24);
        const QJsonObject result = pushAs(worker, contactChange(id, yp(2), beforeTheMove));
        QCOMPARE(result.value(QStringLiteral("result")).toString(), QStringLiteral("rejected"));
        QCOMPARE(result.value(QStringLiteral("reason")).toString(), QStringLiteral("record not found or not visible"));
        QCOMPARE(m_world.centralValue(QStringLiteral("SELECT count(*)::text FROM trellis.contact WHERE id = $1"), {id}),
                 QStringLiteral("0"));
    }
    // And an edit of a record of the young person, not only a new one.
    QJsonObject edit = contactChange(rec(25), yp(1), beforeTheMove);
    edit.insert(QStringLiteral("entity"), QStringLiteral("safety_plan"));
    edit.insert(QStringLiteral("record_id"), rec(1));
    edit.insert(QStringLiteral("op"), QStringLiteral("update"));
    edit.insert(QStringLiteral("fields"),
                QJsonObject{{QStringLiteral("code_word"),
                             QJsonObject{{QStringLiteral("base"), QJsonValue::Null},
                                         {QStringLiteral("new"), QStringLiteral("kestrel")}}}});
    const QJsonObject refused = pushAs(kJuniper, edit);
    QCOMPARE(refused.value(QStringLiteral("reason")).toString(), QStringLiteral("record not found or not visible"));
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT coalesce(code_word, '-') FROM trellis.safety_plan "
                                                 "WHERE id = $1"),
                                  {rec(1)}),
             QStringLiteral("-"));
}

// Ash changed the young person's preferred name offline before the move; Bay, now holding them,
// changed it too. Ash's edit reaches the record as a conflict that Bay (and the supervisor) see
// and settle; Bay's value stays current meanwhile, and Ash, who no longer holds them, sees nothing.
void TestReallocation::clashWithTheNewWorkersEditOpensAConflict()
{
    Laptop& ash = m_world.laptop(kAsh);
    Laptop& bay = m_world.laptop(kBay);
    QVERIFY(m_world.sync(ash).ok());
    QVERIFY(m_world.state(ash).contains(QStringLiteral("young_person:") + yp(3)));

    m_clock.set(m_world.centralNow().addSecs(-600));
    domain::Record person = m_world.record(ash, QStringLiteral("young_person"), yp(3));
    person.set(QStringLiteral("preferred_name"), QStringLiteral("Robin"));
    m_world.save(ash, person);
    auto moved = directory(kHazel).reallocate(yp(3), kBay.login);
    QVERIFY2(moved.ok() && moved->changed, moved.ok() ? "unchanged" : qPrintable(moved.error().message));

    m_clock.set(allocationEnded(yp(3), kAsh.login).addSecs(60));
    QVERIFY(m_world.sync(bay).ok());
    domain::Record bays = m_world.record(bay, QStringLiteral("young_person"), yp(3));
    bays.set(QStringLiteral("preferred_name"), QStringLiteral("Rob"));
    m_world.save(bay, bays);
    QVERIFY(m_world.sync(bay).ok());

    const auto outcome = m_world.sync(ash);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.summary.purged, 1);
    QVERIFY(m_world.outboxChangeIds(ash).isEmpty());
    QCOMPARE(changeAudit(yp(3), kAsh.login), QStringLiteral("change_conflict after reallocation; fields: preferred_name"));
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT preferred_name FROM trellis.young_person WHERE id = $1"),
                                  {yp(3)}),
             QStringLiteral("Rob"));
    const QString conflictSql = QStringLiteral("SELECT field || ' ' || (server_value #>> '{}') || ' ' || "
                                               "(incoming_value #>> '{}') || ' ' || incoming_login FROM "
                                               "trellis.trellis_conflicts() WHERE record_id = $1 AND status = 'open'");
    const QStringList expected{QStringLiteral("preferred_name Rob Robin ash.north")};
    QCOMPARE(m_world.asWorker(kBay, conflictSql, {yp(3)}), expected);
    QCOMPARE(m_world.asWorker(kHazel, conflictSql, {yp(3)}), expected);
    QCOMPARE(m_world.asWorker(kAsh, conflictSql, {yp(3)}), QStringList{});
    QVERIFY(m_world.sync(bay).ok());
    QCOMPARE(m_world.state(bay), m_world.centralView(kBay));
    QCOMPARE(m_world.state(ash), m_world.centralView(kAsh));
}

// A change dated before the move may reach the record it names, but never move it: a plan moved
// under the grace onto a young person Ash still holds would come back to Ash's laptop at the next
// pull with everything written since the move (found in review).
void TestReallocation::graceNeverMovesARecordToAnotherYoungPerson()
{
    QString error;
    for (int n = 4; n <= 5; ++n) {
        QVERIFY2(m_fixture.insertYoungPerson(kDb, yp(n), QStringLiteral("RA-%1").arg(n), &error), qPrintable(error));
        const CtlRun assigned = m_fixture.central({QStringLiteral("assign"), yp(n), kAsh.login});
        QVERIFY2(assigned.code == 0, assigned.said());
    }
    QVERIFY2(m_fixture.insertRecord(kDb, QStringLiteral("safety_plan"), rec(4),
                                    {{QStringLiteral("young_person_id"), yp(4)},
                                     {QStringLiteral("version"), QStringLiteral("1")},
                                     {QStringLiteral("status"), QStringLiteral("draft")},
                                     {QStringLiteral("own_words"), QStringLiteral("I walk the dog")}},
                                    &error),
             qPrintable(error));
    auto moved = directory(kHazel).reallocate(yp(4), kBay.login);
    QVERIFY2(moved.ok() && moved->changed, moved.ok() ? "unchanged" : qPrintable(moved.error().message));
    const QString version =
        m_world.centralValue(QStringLiteral("SELECT server_version::text FROM trellis.safety_plan WHERE id = $1"), {rec(4)});
    const auto newId = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };
    const QJsonObject change{
        {QStringLiteral("change_id"), newId()},
        {QStringLiteral("batch_id"), newId()},
        {QStringLiteral("entity"), QStringLiteral("safety_plan")},
        {QStringLiteral("record_id"), rec(4)},
        {QStringLiteral("young_person_id"), yp(4)},
        {QStringLiteral("op"), QStringLiteral("update")},
        {QStringLiteral("base_version"), version.toLongLong()},
        {QStringLiteral("fields"),
         QJsonObject{{QStringLiteral("young_person_id"),
                      QJsonObject{{QStringLiteral("base"), yp(4)}, {QStringLiteral("new"), yp(5)}}}}},
        {QStringLiteral("made_by"), QStringLiteral("tester")},
        {QStringLiteral("made_at"), isoMs(allocationEnded(yp(4), kAsh.login).addSecs(-60))}};
    const QJsonObject result = pushAs(kAsh, change);
    QCOMPARE(result.value(QStringLiteral("result")).toString(), QStringLiteral("rejected"));
    QCOMPARE(result.value(QStringLiteral("reason")).toString(),
             QStringLiteral("after reallocation a record cannot be moved to another young person, plan or adult"));
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT young_person_id::text FROM trellis.safety_plan WHERE id = $1"),
                                  {rec(4)}),
             yp(4));
    QCOMPARE(changeAudit(rec(4), kAsh.login),
             QStringLiteral("change_rejected after reallocation a record cannot be moved to another young person, "
                            "plan or adult"));
}

QTEST_GUILESS_MAIN(TestReallocation)
#include "tst_reallocation.moc"
