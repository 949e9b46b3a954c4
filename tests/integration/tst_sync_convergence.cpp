// Sync convergence (issue 4, "Convergence"): a seeded randomised world of 3 to 6 laptops, each a
// real encrypted store of its own worker (caseworkers, a supervisor, a manager), against one real
// PostgreSQL. In every round some laptops work offline (create young people with a plan, edit
// fields, often the same field to the same or another value, delete interventions, log contacts),
// the administrator reassigns young people, and laptops sync in a random order, many of them with
// a fault: `trellisctl sync` killed with SIGKILL, the backend terminated before a call, the
// whole PostgreSQL server crashed (pg_ctl stop -m immediate) and started again in the middle of
// a sync, or a push whose answer is lost after the central store committed it. Then the faults
// stop (healing): every laptop syncs cleanly, every queue must drain within 30 s, and then: each
// laptop's store equals the central view for its worker, no outbox holds anything, and every
// change any laptop made has exactly one receipt (applied, in conflict or
// rejected and quarantined) and one audit row: none lost, none applied twice. A change about a
// young person reassigned away from its author is applied only under the reallocation grace's
// rule (made before that author's allocation ended; docs/sync.md "Reallocation"): the laptops'
// clock follows the central one, so edits before a move and after it both happen. Every conflict is
// kept centrally as the contract says (base, both values, both authors), readable by exactly the
// workers who may see the record, and every laptop shows the field's current value.
//
// TRELLIS_CONVERGENCE_SEED=S replays the worlds (the seed is printed at the start; the worlds
// run in order from it); TRELLIS_CONVERGENCE_WORLDS=N (3 by default) and
// TRELLIS_CONVERGENCE_ROUNDS=N (20 by default) make a longer run, and
// TRELLIS_CONVERGENCE_MINUTES=N runs worlds one after another for N minutes: the resilience
// harness (tests/resilience.sh). The counts of the whole run (worlds, changes, each kind of
// fault and sync, conflicts) are printed at the end.

#include "SyncTestSupport.h"

#include "domain/Entities.h"
#include "store/RecordRepository.h"
#include "store/RecordWriter.h"
#include "store/StoreVerifier.h"
#include "sync/Outbox.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::world;
using domain::Entities;
using domain::Record;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 15), Qt::UTC);
constexpr int kPeople = 8;
// The laptops, in the order a world of n takes them.
const QList<TestWorker> kLaptopWorkers{kAsh, kBay, kHazel, kJuniper, kDale, kBriar};
const QList<TestWorker> kCaseworkers{kAsh, kBay, kJuniper, kDale};



// A central client with one fault at its `failAt`-th call (counted from 1): `strike` runs before
// the call goes on (the test terminates the client's backend, or crashes and restarts the whole
// server), or, for LoseAnswer and a push, the push goes through and its answer is lost after the
// central store committed it (any other call is struck).
class FaultyClient final : public sync::CentralClient {
public:
    enum class Fault { Strike, LoseAnswer };
    FaultyClient(sync::CentralClient& inner, Fault fault, int failAt, std::function<void()> strike = {})
        : m_inner(inner), m_fault(fault), m_failAt(failAt), m_strike(std::move(strike))
    {
    }
    bool fired() const { return m_fired; }

    central::CentralResult<QList<sync::PushResult>> push(const QJsonArray& batch) override
    {
        if (!due())
            return m_inner.push(batch);
        if (m_fault == Fault::LoseAnswer) {
            auto answered = m_inner.push(batch);
            if (!answered.ok())
                return answered;
            return lost();
        }
        m_strike();
        return m_inner.push(batch);
    }
    central::CentralResult<sync::PullPage> pull(const QString& cursor, int maxRows) override
    {
        strikeIfDue();
        return m_inner.pull(cursor, maxRows);
    }
    central::CentralResult<QStringList> revoked(const QStringList& held) override
    {
        strikeIfDue();
        return m_inner.revoked(held);
    }
    central::CentralResult<void> recordPurge(const QStringList& ids, const QDateTime& when) override
    {
        strikeIfDue();
        return m_inner.recordPurge(ids, when);
    }
    central::CentralResult<QList<sync::Conflict>> openConflicts() override
    {
        strikeIfDue();
        return m_inner.openConflicts();
    }

private:
    bool due() { return ++m_calls == m_failAt && (m_fired = true); }
    void strikeIfDue()
    {
        if (due())
            m_strike();
    }
    static central::CentralError lost()
    {
        return central::CentralError::make(central::CentralError::Kind::ConnectionLost,
                                           QStringLiteral("The answer was lost (a fault made by the test)."));
    }

    sync::CentralClient& m_inner;
    Fault m_fault;
    int m_failAt;
    std::function<void()> m_strike;
    int m_calls = 0;
    bool m_fired = false;
};

} // namespace

class TestSyncConvergence : public QObject {
    Q_OBJECT
public:
    // A timed run lasts its minutes and a last world, past QtTest's 5-minute limit.
    TestSyncConvergence()
    {
        if (const int minutes = envNumber("TRELLIS_CONVERGENCE_MINUTES", 0); minutes > 0)
            allowTestFunctionTime((qint64(minutes) + 10) * 60 * 1000);
    }

private slots:
    void initTestCase();
    void randomWorldConverges_data();
    void randomWorldConverges();
    void cleanupTestCase();

private:
    // One world: laptops work and sync with faults for some rounds, heal, and are checked.
    void runWorld();
    void workOffline(Laptop& laptop, const QString& tag);
    void reassignSomeone();
    void followCentralClock();
    // One sync of the laptop, with a fault or without; the laptop's changes are kept first.
    void syncWithFault(Laptop& laptop, int round);
    void keepOutbox(Laptop& laptop);
    // The ids `sql` selects from the laptop's store; `parameter`, when given, is bound as ?1.
    QStringList localIds(Laptop& laptop, const QString& sql, const QString& parameter = {});
    int pick(int size) { return int(m_random.bounded(size)); }

    CentralFixture m_fixture;
    QHash<QString, QString> m_workerIds;
    ManualClock m_clock{kNow};
    std::unique_ptr<SyncWorld> m_world; // one for each world, all on the same central store
    QRandomGenerator m_random;
    quint32 m_seed = 0;
    QSet<QString> m_made; // every change id any laptop of this world made
    QHash<QString, sync::Change> m_changes; // every change of every world, by id: a conflict may span worlds
    QMap<QString, int> m_faults;
    QMap<QString, qint64> m_totals; // over every world: what the run did, printed at the end
    QElapsedTimer m_running;
    qint64 m_runForMs = 0; // TRELLIS_CONVERGENCE_MINUTES: worlds one after another until then
    int m_values = 0;
    int m_ids = 0; // new records' ids come from the seed's run, so that a seed replays
};

void TestSyncConvergence::initTestCase()
{
    // Thousands of syncs: the engine's own log lines would crowd out the seed and the tallies
    // (QtTest stops printing after 2,000 messages).
    QLoggingCategory::setFilterRules(QStringLiteral("trellis.*.debug=false\ntrellis.*.info=false"));
    m_seed = testSeed("TRELLIS_CONVERGENCE_SEED");
    m_runForMs = qint64(envNumber("TRELLIS_CONVERGENCE_MINUTES", 0)) * 60 * 1000;
    m_running.start();
    m_random.seed(m_seed);
    QString error;
    QVERIFY2(m_fixture.startWithWorkers(&m_workerIds, &error), qPrintable(error));
    for (int n = 1; n <= kPeople; ++n) {
        const QString person = fictionalId("b7000000", n);
        QVERIFY2(m_fixture.insertYoungPerson(kDb, person, QStringLiteral("CV-%1").arg(n), &error), qPrintable(error));
        const CtlRun assigned = m_fixture.central({QStringLiteral("assign"), person, kCaseworkers.at(n % 4).login});
        QVERIFY2(assigned.code == 0, assigned.said());
        QVERIFY2(m_fixture.insertRecord(kDb, QStringLiteral("safety_plan"), fictionalId("e7000000", n),
                                        {{QStringLiteral("young_person_id"), person},
                                         {QStringLiteral("version"), QStringLiteral("1")},
                                         {QStringLiteral("status"), QStringLiteral("draft")}},
                                        &error),
                 qPrintable(error));
        for (int k = 1; k <= 2; ++k)
            QVERIFY2(m_fixture.insertRecord(kDb, QStringLiteral("intervention"), fictionalId("e7100000", n * 10 + k),
                                            {{QStringLiteral("young_person_id"), person},
                                             {QStringLiteral("type"), QStringLiteral("prevention")},
                                             {QStringLiteral("start_date"), QStringLiteral("2026-10-01")}},
                                            &error),
                     qPrintable(error));
    }
}

QStringList TestSyncConvergence::localIds(Laptop& laptop, const QString& sql, const QString& parameter)
{
    QStringList ids;
    auto prepared = laptop.db->prepare(sql);
    if (!prepared.ok())
        return ids;
    if (!parameter.isNull())
        prepared.value()->bind(1, parameter);
    while (prepared.value()->next())
        ids << prepared.value()->text(0);
    std::sort(ids.begin(), ids.end()); // SQLite's order is not part of the seed
    return ids;
}

void TestSyncConvergence::workOffline(Laptop& laptop, const QString& tag)
{
    const int operations = pick(5);
    for (int i = 0; i < operations; ++i) {
        const QStringList people =
            localIds(laptop, QStringLiteral("SELECT id FROM young_person WHERE deleted = 0"));
        const quint32 what = m_random.bounded(10);
        if (what < 2) {
            // A new young person with a plan and an intervention: one save.
            if (people.isEmpty())
                continue;
            // Like one held (every required choice made), under a new id and reference.
            Record person = m_world->record(laptop, QStringLiteral("young_person"), people.first());
            person.set(QStringLiteral("id"), fictionalId("c7000000", ++m_ids));
            person.set(QStringLiteral("reference"), QStringLiteral("CVN-%1").arg(++m_values));
            person.set(QStringLiteral("family_name"), QStringLiteral("Newperson"));
            Record planRecord(Entities::get(QStringLiteral("safety_plan")));
            planRecord.set(QStringLiteral("id"), fictionalId("c7000000", ++m_ids));
            planRecord.set(QStringLiteral("young_person_id"), person.id());
            planRecord.set(QStringLiteral("version"), 1);
            planRecord.set(QStringLiteral("status"), QStringLiteral("draft"));
            Record work(Entities::get(QStringLiteral("intervention")));
            work.set(QStringLiteral("id"), fictionalId("c7000000", ++m_ids));
            work.set(QStringLiteral("young_person_id"), person.id());
            work.set(QStringLiteral("type"), QStringLiteral("prevention"));
            work.set(QStringLiteral("start_date"), QDate(2026, 11, 1));
            auto saved = RecordWriter(*laptop.db, laptop.worker.login)
                             .save({{person, true}, {planRecord, true}, {work, true}}, m_clock.now());
            QVERIFY2(saved.ok() && saved.value().saved,
                     saved.ok() && !saved.value().issues.isEmpty()
                         ? qPrintable(saved.value().issues.first().field + QLatin1Char(' ') +
                                      saved.value().issues.first().message)
                         : "not saved");
        } else if (what < 6 && !people.isEmpty()) {
            // An edit; a few values only, so that two laptops often set the same one.
            const QString person = people.at(pick(people.size()));
            const quint32 which = m_random.bounded(3);
            const QString value = QStringLiteral("%1 %2").arg(tag.left(1)).arg(m_random.bounded(4));
            QString entity = QStringLiteral("young_person");
            QString id = person;
            QString field = QStringLiteral("preferred_name");
            if (which > 0) {
                entity = which == 1 ? QStringLiteral("safety_plan") : QStringLiteral("intervention");
                field = which == 1 ? QStringLiteral("own_words") : QStringLiteral("legal_status");
                const QStringList ids = localIds(
                    laptop, QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 AND young_person_id = ?1").arg(entity),
                    person);
                if (ids.isEmpty())
                    continue;
                id = ids.at(pick(ids.size()));
            }
            Record record = m_world->record(laptop, entity, id);
            record.set(field, value);
            m_world->save(laptop, record);
        } else if (what < 8) {
            const QStringList interventions =
                localIds(laptop, QStringLiteral("SELECT id FROM intervention WHERE deleted = 0"));
            if (interventions.isEmpty())
                continue;
            QVERIFY(RecordRepository(*laptop.db)
                        .remove(Entities::get(QStringLiteral("intervention")), interventions.at(pick(interventions.size())),
                                laptop.worker.login, m_clock.now())
                        .ok());
        } else if (!people.isEmpty()) {
            const Record contact =
                fictionalContact(fictionalId("c7000000", ++m_ids), people.at(pick(people.size())),
                                 kNow.addSecs(-60 * (++m_values)), QStringLiteral("Fictional outreach, %1").arg(tag));
            auto saved = RecordWriter(*laptop.db, laptop.worker.login).save(contact, true, m_clock.now());
            QVERIFY2(saved.ok() && saved.value().saved, saved.ok() ? "validation" : qPrintable(saved.error().message));
        }
        if (QTest::currentTestFailed())
            return;
    }
}

// The laptops' clock is the central server's (a laptop with a true clock), taken at the start of
// a world and after every reassignment, so that which side of a move an edit falls on is decided
// by the test's order of events, not by the date the test runs on.
void TestSyncConvergence::followCentralClock()
{
    const QDateTime central = m_world->centralNow();
    if (central.isValid())
        m_clock.set(central.addSecs(1));
}

void TestSyncConvergence::reassignSomeone()
{
    const QStringList people = column(*m_fixture.admin(kDb),
                                      QStringLiteral("SELECT id::text FROM trellis.young_person ORDER BY id"));
    if (people.isEmpty())
        return;
    const QString person = people.at(pick(people.size()));
    const QString to = kCaseworkers.at(pick(kCaseworkers.size())).login;
    CtlRun moved = m_fixture.central({QStringLiteral("reassign"), person, to});
    if (moved.code != 0)
        moved = m_fixture.central({QStringLiteral("assign"), person, to});
    QVERIFY2(moved.code == 0, moved.said());
    followCentralClock(); // what the laptops do from now on is after the move
    m_faults[QStringLiteral("reassignments")] += 1;
}

void TestSyncConvergence::keepOutbox(Laptop& laptop)
{
    const auto changes = sync::Outbox(*laptop.db).changes();
    QVERIFY2(changes.ok(), qPrintable(changes.ok() ? QString() : changes.error().message));
    for (const sync::Change& change : changes.value()) {
        m_made.insert(change.changeId);
        m_changes.insert(change.changeId, change);
    }
}

void TestSyncConvergence::syncWithFault(Laptop& laptop, int round)
{
    keepOutbox(laptop);
    if (QTest::currentTestFailed())
        return;
    const quint32 fault = m_random.bounded(6);
    if (fault == 0) {
        const ChildSync child = m_world->childSync(laptop, int(m_random.bounded(400)));
        QVERIFY2(laptop.db, "the store opens after the kill");
        const auto verified = StoreVerifier::verify(*laptop.db);
        QVERIFY2(verified.ok, qPrintable(verified.problems.join(QStringLiteral("; "))));
        QVERIFY2(child.killed || child.exitCode == 0, qPrintable(child.log));
        m_faults[child.killed ? QStringLiteral("kill -9") : QStringLiteral("child finished")] += 1;
    } else if (fault <= 2) {
        // Now and then the whole server crashes and restarts instead of one backend going.
        const bool restart = fault == 1 && m_random.bounded(6) == 0;
        const auto kind = fault == 1 ? FaultyClient::Fault::Strike : FaultyClient::Fault::LoseAnswer;
        QString restartProblem;
        const int pid = laptop.connection->backendPid();
        FaultyClient faulty(*laptop.client, kind, 1 + pick(kind == FaultyClient::Fault::LoseAnswer ? 3 : 6),
                            [this, restart, pid, &restartProblem] {
                                if (restart)
                                    m_fixture.crashAndRestart(&restartProblem);
                                else
                                    (void)m_fixture.admin(kDb)->exec(QStringLiteral("SELECT pg_terminate_backend($1)"),
                                                                     {pid});
                            });
        const auto outcome = m_world->sync(laptop, &faulty);
        QVERIFY2(restartProblem.isEmpty(), qPrintable(restartProblem));
        if (faulty.fired())
            QVERIFY2(!outcome.ok(), qPrintable(QStringLiteral("seed %1 round %2: the fault went unnoticed")
                                                   .arg(m_seed)
                                                   .arg(round)));
        m_faults[!faulty.fired()                          ? QStringLiteral("fault not reached")
                 : restart                                ? QStringLiteral("server crashed and restarted")
                 : kind == FaultyClient::Fault::Strike    ? QStringLiteral("backend terminated")
                                                          : QStringLiteral("answer lost")] += 1;
        QVERIFY(faulty.fired() && restart ? m_world->reconnectAll() : m_world->reconnect(laptop));
    } else {
        const auto outcome = m_world->sync(laptop);
        QVERIFY2(outcome.ok(), qPrintable(QStringLiteral("seed %1 round %2: %3")
                                              .arg(m_seed)
                                              .arg(round)
                                              .arg(outcome.error ? outcome.error->message : QString())));
        m_faults[QStringLiteral("clean")] += 1;
    }
}

void TestSyncConvergence::randomWorldConverges_data()
{
    QTest::addColumn<int>("world");
    if (envNumber("TRELLIS_CONVERGENCE_MINUTES", 0) > 0) {
        QTest::addRow("worlds for %d minutes", envNumber("TRELLIS_CONVERGENCE_MINUTES", 0)) << 0;
        return;
    }
    const int worlds = envNumber("TRELLIS_CONVERGENCE_WORLDS", 3);
    for (int world = 1; world <= worlds; ++world)
        QTest::addRow("world %d", world) << world;
}

void TestSyncConvergence::randomWorldConverges()
{
    do {
        runWorld();
    } while (!QTest::currentTestFailed() && m_running.elapsed() < m_runForMs);
}

void TestSyncConvergence::cleanupTestCase()
{
    QStringList said;
    for (auto it = m_totals.cbegin(); it != m_totals.cend(); ++it)
        said << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    qInfo("seed %u, in all (%lld s): %s", m_seed, static_cast<long long>(m_running.elapsed() / 1000),
          qPrintable(said.join(QStringLiteral(", "))));
}

// Changes of this run audited as let through by the reallocation grace that its rule does not
// allow (see tst_reallocation for each refusal on its own).
const char kGraceOutsideRuleSql[] = R"sql(
SELECT count(*) FROM trellis.audit_event AS e
WHERE e.change_id = ANY($1::uuid[]) AND e.reason LIKE 'after reallocation%'
  AND NOT EXISTS (
      SELECT 1 FROM trellis.assignment AS a JOIN trellis.worker AS w ON w.id = a.worker_id
      WHERE w.login = e.actor AND a.ended_at > e.occurred_at AND e.received_at < a.ended_at + interval '30 days'
        AND a.young_person_id = CASE e.entity
            WHEN 'young_person' THEN e.entity_id::uuid
            WHEN 'contact' THEN (SELECT r.young_person_id FROM trellis.contact AS r WHERE r.id = e.entity_id::uuid)
            WHEN 'intervention' THEN (SELECT r.young_person_id FROM trellis.intervention AS r
                                      WHERE r.id = e.entity_id::uuid)
            WHEN 'episode' THEN (SELECT r.young_person_id FROM trellis.episode AS r WHERE r.id = e.entity_id::uuid)
            WHEN 'safety_plan' THEN (SELECT r.young_person_id FROM trellis.safety_plan AS r
                                     WHERE r.id = e.entity_id::uuid)
            WHEN 'trusted_adult_link' THEN (SELECT r.young_person_id FROM trellis.trusted_adult_link AS r
                                            WHERE r.id = e.entity_id::uuid)
            WHEN 'safety_plan_item' THEN (SELECT p.young_person_id FROM trellis.safety_plan_item AS i
                                          JOIN trellis.safety_plan AS p ON p.id = i.safety_plan_id
                                          WHERE i.id = e.entity_id::uuid)
        END)
)sql";

void TestSyncConvergence::runWorld()
{
    // New laptops for every world; the seed's generator runs on from the world before.
    m_world = std::make_unique<SyncWorld>(m_fixture, m_clock);
    m_made.clear();
    m_faults.clear();
    const int laptops = 3 + pick(4);
    const int rounds = envNumber("TRELLIS_CONVERGENCE_ROUNDS", 20);
    qInfo("%d laptops, %d rounds", laptops, rounds);
    QList<Laptop*> world;
    for (int i = 0; i < laptops; ++i)
        world << &m_world->laptop(kLaptopWorkers.at(i));
    QElapsedTimer timer;
    timer.start();
    for (Laptop* each : std::as_const(world))
        QVERIFY(m_world->sync(*each).ok()); // everyone starts with their caseload
    followCentralClock();

    for (int round = 1; round <= rounds; ++round) {
        for (Laptop* each : std::as_const(world)) {
            if (m_random.bounded(3) != 0)
                workOffline(*each, QStringLiteral("r%1").arg(round));
            if (QTest::currentTestFailed())
                return;
        }
        if (m_random.bounded(4) == 0)
            reassignSomeone();
        QList<Laptop*> order = world;
        for (qsizetype i = order.size() - 1; i > 0; --i)
            order.swapItemsAt(i, pick(int(i + 1)));
        for (Laptop* each : std::as_const(order)) {
            if (m_random.bounded(4) != 0)
                syncWithFault(*each, round);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Quiet: everyone syncs cleanly, twice round, so each has seen what the others pushed. Once
    // the faults stop, every queue must drain within 30 s.
    QElapsedTimer healing;
    healing.start();
    for (int pass = 0; pass < 2; ++pass) {
        for (Laptop* each : std::as_const(world)) {
            keepOutbox(*each);
            const auto outcome = m_world->sync(*each);
            QVERIFY2(outcome.ok(), qPrintable(QStringLiteral("seed %1, the quiet sync of %2: %3")
                                                  .arg(m_seed)
                                                  .arg(each->worker.login,
                                                       outcome.error ? outcome.error->message : QString())));
        }
    }
    const qint64 healedMs = healing.elapsed();
    QStringList said;
    for (auto it = m_faults.cbegin(); it != m_faults.cend(); ++it) {
        said << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        m_totals[it.key()] += it.value();
    }
    m_totals[QStringLiteral("worlds")] += 1;
    m_totals[QStringLiteral("changes")] += m_made.size();
    m_totals[QStringLiteral("syncs after healing")] += 2 * world.size();
    qInfo("seed %u: %lld changes, %lld ms; %s", m_seed, static_cast<long long>(m_made.size()),
          static_cast<long long>(timer.elapsed()), qPrintable(said.join(QStringLiteral(", "))));

    QHash<QString, SyncState> states;
    for (Laptop* each : std::as_const(world)) {
        QCOMPARE(m_world->outboxChangeIds(*each), QSet<QString>());
        QVERIFY2(healedMs <= 30000, qPrintable(QStringLiteral("seed %1: the queues took %2 ms to drain after the "
                                                              "faults stopped (30 s at most)")
                                                   .arg(m_seed)
                                                   .arg(healedMs)));
        const SyncState& state = states[each->worker.login] = m_world->state(*each);
        const QString difference = stateDifference(state, m_world->centralView(each->worker));
        QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("seed %1: %2 differs from the central view:\n%3")
                                                      .arg(m_seed)
                                                      .arg(each->worker.login, difference)));
    }
    // Every change: one receipt, one audit row of a change's kind; each rejection quarantined.
    const QVariantList made = uuidArray(m_made);
    QCOMPARE(m_world->centralValue(QStringLiteral("SELECT count(*) FROM trellis.change_receipt "
                                                 "WHERE change_id = ANY($1::uuid[])"),
                                  made),
             QString::number(m_made.size()));
    QCOMPARE(m_world->centralValue(QStringLiteral("SELECT count(*) || ' ' || count(DISTINCT change_id) FROM "
                                                 "trellis.audit_event WHERE change_id = ANY($1::uuid[]) "
                                                 "AND action LIKE 'change_%'"),
                                  made),
             QStringLiteral("%1 %1").arg(m_made.size()));
    QCOMPARE(m_world->centralValue(QStringLiteral("SELECT count(*) FROM trellis.change_receipt r "
                                                 "WHERE r.change_id = ANY($1::uuid[]) AND r.result->>'result' = "
                                                 "'rejected' AND NOT EXISTS (SELECT 1 FROM trellis.change_quarantine "
                                                 "q WHERE q.change_id = r.change_id)"),
                                  made),
             QStringLiteral("0"));
    // The reallocation grace applied only within its rule: each change audited "after
    // reallocation" was made (occurred_at is made_at) before an allocation of its record's young
    // person to its author ended, and arrived within 30 days of that.
    QCOMPARE(m_world->centralValue(QString::fromUtf8(kGraceOutsideRuleSql), made), QStringLiteral("0"));
    // Contacts are append-only: one row for each contact insert that was not refused, no more.
    QCOMPARE(m_world->centralValue(QStringLiteral("SELECT count(*) FROM trellis.contact")),
             m_world->centralValue(QStringLiteral("SELECT count(DISTINCT record_id) FROM trellis.change_receipt "
                                                 "WHERE entity = 'contact' AND result->>'result' <> 'rejected'")));
    const ConflictCheck conflicts = m_world->checkConflicts(m_changes, m_made, states);
    QVERIFY2(conflicts.problems.isEmpty(),
             qPrintable(QStringLiteral("seed %1: %2 problems in %3 conflicts:\n%4")
                            .arg(m_seed)
                            .arg(conflicts.problems.size())
                            .arg(conflicts.conflicts)
                            .arg(conflicts.problems.mid(0, 10).join(QLatin1Char('\n')))));
    qInfo("conflicts: %d checked, %d open", conflicts.conflicts, conflicts.open);
    m_totals[QStringLiteral("conflicts")] += conflicts.conflicts;
    qInfo("after reallocation: %s",
          qPrintable(m_world->centralValue(QStringLiteral("SELECT count(*) FROM trellis.audit_event WHERE change_id = "
                                                         "ANY($1::uuid[]) AND reason LIKE 'after reallocation%'"),
                                          made)));
    qInfo("results: %s",
          qPrintable(m_world->centralValue(QStringLiteral("SELECT string_agg(n || ' ' || k, ', ') FROM (SELECT "
                                                         "result->>'result' AS k, count(*) AS n FROM "
                                                         "trellis.change_receipt WHERE change_id = ANY($1::uuid[]) GROUP BY 1 "
                                                         "ORDER BY 1) s"),
                                          made)));
}

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_sync_convergence.moc"
