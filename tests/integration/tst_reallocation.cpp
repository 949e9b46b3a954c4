// Reallocation by supervisors end to end (docs/sync.md, "Reallocation"): the central functions
// of resources/sql/central/0005_team.sql through central::CentralDirectory, over each fictional
// worker's own verified TLS connection to a real PostgreSQL 15, and then the two laptops that
// the move concerns. The functions run in order and build on each other. Every login, name and
// id is fictional.

#include "SyncTestSupport.h"

#include "central/CentralDirectory.h"
#include "session/Clock.h"
#include "sync/WorkerRole.h"

#include <QTest>

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

private:
    // The worker's own connection (row-level security applies), kept for the test.
    CentralDirectory directory(const TestWorker& worker);
    QString currentLogin(const QString& youngPersonId);

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

    // Ash edits the plan offline; then their supervisor moves the young person to Bay.
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
    // What the edit came to centrally. The push runs under the rules of the moment it arrives, and
    // by then Ash may no longer write Bay's young person: the edit is refused and kept whole in
    // the quarantine, where the supervisor reads it, rather than applied (docs/sync.md,
    // "Reallocation"). Nothing Ash saved is lost; Bay's copy does not carry it.
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT result ->> 'result' FROM trellis.change_receipt "
                                                 "WHERE record_id = $1 AND login = $2"),
                                  {rec(1), kAsh.login}),
             QStringLiteral("rejected"));
    QCOMPARE(m_world.asWorker(kHazel,
                              QStringLiteral("SELECT change #>> '{fields,own_words,new}' FROM "
                                             "trellis.trellis_quarantine() WHERE record_id = $1"),
                              {rec(1)}),
             QStringList{QStringLiteral("I text my cousin, then go to the library")});

    // Bay's laptop receives the young person with the plan.
    QVERIFY(m_world.sync(bay).ok());
    const SyncState bayState = m_world.state(bay);
    QVERIFY(bayState.contains(QStringLiteral("young_person:") + yp(1)));
    QVERIFY(bayState.contains(QStringLiteral("safety_plan:") + rec(1)));
    QCOMPARE(bayState, m_world.centralView(kBay));
    QCOMPARE(m_world.state(ash), m_world.centralView(kAsh));
    QCOMPARE(m_world.record(bay, QStringLiteral("safety_plan"), rec(1)).text(QStringLiteral("own_words")),
             QStringLiteral("I call my cousin"));
}

QTEST_GUILESS_MAIN(TestReallocation)
#include "tst_reallocation.moc"
