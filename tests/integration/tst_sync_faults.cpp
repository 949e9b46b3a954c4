// Sync faults end to end (docs/sync.md, "Resumable"; issue 4, "Faults"): a laptop's real
// `trellisctl sync` is killed with SIGKILL after a seeded random delay, over and over, while the
// laptop keeps making offline edits, logging contacts, losing and regaining young people and now
// and then starting again from an empty store; and the laptop's PostgreSQL backend is terminated
// (pg_terminate_backend, from a superuser connection) in the middle of a push and of a pull.
// After every fault: the store opens and verifies, nothing made before the fault is lost (each
// change has a central receipt or is still in the outbox), a clean sync completes, every change
// has exactly one receipt and one audit row (applied once), no contact is duplicated, and the
// laptop equals the central view for its worker.
//
// TRELLIS_FAULT_RUNS=N sets the number of kills (200 by default; 1000 or more for the long
// mode: run this program itself, since ctest stops it at 600 s), TRELLIS_FAULT_SEED=S replays a
// run (the seed is printed at the start).

#include "SyncTestSupport.h"

#include "domain/Entities.h"
#include "domain/TimeOrderedId.h"
#include "store/RecordWriter.h"
#include "store/StoreVerifier.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <future>
#include <thread>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::world;
using domain::Entities;
using domain::Record;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 15), Qt::UTC);
constexpr int kPeople = 10;
constexpr int kInterventionsEach = 4;
// Every table the pull walks, so that the pull call armed waits, whichever table it reads first.
const QString kLockEveryTable = QStringLiteral(
    "LOCK TABLE trellis.worker, trellis.young_person, trellis.trusted_adult, trellis.trusted_adult_link, "
    "trellis.intervention, trellis.contact, trellis.safety_plan, trellis.safety_plan_item, trellis.episode "
    "IN ACCESS EXCLUSIVE MODE");

QString yp(int n)
{
    return fictionalId("b6000000", n);
}
QString plan(int n)
{
    return fictionalId("e6000000", n);
}
QString intervention(int n, int k)
{
    return fictionalId("e6100000", n * 100 + k);
}



// A central client that, at its `pushAt`-th push or `pullAt`-th pull (counted from 1), has a
// superuser connection take `lockSql` (its values bound from `lockParameters`) in an open
// transaction, forwards the call, and terminates
// the caller's backend (pg_terminate_backend) as soon as it waits on that lock: the backend dies
// in the middle of the call, with part of its work done and nothing committed.
class TerminatingClient final : public sync::CentralClient {
public:
    TerminatingClient(sync::CentralClient& inner, CentralFixture& fixture, int backendPid, QString lockSql,
                      QVariantList lockParameters, int pushAt, int pullAt)
        : m_inner(inner), m_fixture(fixture), m_pid(backendPid), m_lockSql(std::move(lockSql)),
          m_lockParameters(std::move(lockParameters)), m_pushAt(pushAt), m_pullAt(pullAt)
    {
    }
    bool terminated() const { return m_terminated; }
    QString problem() const { return m_problem; }

    central::CentralResult<QList<sync::PushResult>> push(const QJsonArray& batch) override
    {
        return around(++m_pushes == m_pushAt, [&] { return m_inner.push(batch); });
    }
    central::CentralResult<sync::PullPage> pull(const QString& cursor, int maxRows) override
    {
        return around(++m_pulls == m_pullAt, [&] { return m_inner.pull(cursor, maxRows); });
    }
    central::CentralResult<QStringList> revoked(const QStringList& held) override { return m_inner.revoked(held); }
    central::CentralResult<void> recordPurge(const QStringList& ids, const QDateTime& when) override
    {
        return m_inner.recordPurge(ids, when);
    }
    central::CentralResult<QList<sync::Conflict>> openConflicts() override { return m_inner.openConflicts(); }

private:
    template<typename Call>
    auto around(bool armed, Call call) -> decltype(call())
    {
        if (!armed)
            return call();
        std::promise<bool> locked;
        std::future<bool> lockedNow = locked.get_future();
        std::atomic<bool> returned{false};
        std::thread terminator([&] {
            auto admin = m_fixture.server().superuser(kDb);
            if (!admin.ok() || !admin.value()->exec(QStringLiteral("BEGIN")).ok() ||
                !admin.value()->exec(m_lockSql, m_lockParameters).ok()) {
                m_problem = QStringLiteral("the lock was not taken");
                locked.set_value(false);
                return;
            }
            locked.set_value(true);
            QElapsedTimer waited;
            waited.start();
            while (!returned && waited.elapsed() < 20000) {
                auto waiting = admin.value()->exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = $1 "
                                                                  "AND wait_event_type = 'Lock'"),
                                                   {m_pid});
                if (waiting.ok() && waiting->toInt64(0, 0) == 1) {
                    auto killed = admin.value()->exec(QStringLiteral("SELECT pg_terminate_backend($1)"), {m_pid});
                    m_terminated = killed.ok();
                    break;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
            (void)admin.value()->exec(QStringLiteral("ROLLBACK"));
        });
        const bool ready = lockedNow.get();
        auto result = call();
        returned = true;
        terminator.join();
        if (!ready)
            m_problem = QStringLiteral("the lock was not taken");
        return result;
    }

    sync::CentralClient& m_inner;
    CentralFixture& m_fixture;
    int m_pid;
    QString m_lockSql;
    QVariantList m_lockParameters;
    int m_pushAt;
    int m_pullAt;
    int m_pushes = 0;
    int m_pulls = 0;
    std::atomic<bool> m_terminated{false};
    QString m_problem;
};

} // namespace

class TestSyncFaults : public QObject {
    Q_OBJECT
public:
    // The long mode's kills take about half a second each, well past QtTest's 5 minutes.
    TestSyncFaults() { allowTestFunctionTime(qMax<qint64>(300000, qint64(envNumber("TRELLIS_FAULT_RUNS", 200)) * 2000)); }

private slots:
    void initTestCase();
    void killedSyncLosesAndDuplicatesNothing();
    void backendTerminatedMidPush();
    void backendTerminatedMidPull();

private:
    // Offline work on Ash's laptop; the change ids it made.
    void editOffline(Laptop& laptop, int edits, const QString& tag);
    void logContacts(Laptop& laptop, int contacts, const QString& tag);
    // The checks after a fault: the store verifies, nothing before it is lost, a clean sync,
    // then one receipt and one audit row per change, no duplicated contact, and the laptop
    // equals the central view. `made` are the change ids made before the fault.
    void checkAfterFault(Laptop& laptop, const QSet<QString>& made, const QString& what);

    CentralFixture m_fixture;
    QHash<QString, QString> m_workerIds;
    ManualClock m_clock{kNow};
    SyncWorld m_world{m_fixture, m_clock};
    QRandomGenerator m_random;
    quint32 m_seed = 0;
    QSet<int> m_withAsh; // the young people (by n) now assigned to Ash
    QSet<QString> m_contacts;
    int m_edits = 0;
};

void TestSyncFaults::initTestCase()
{
    // Thousands of syncs: the engine's own log lines would crowd out the seed and the tallies
    // (QtTest stops printing after 2,000 messages).
    QLoggingCategory::setFilterRules(QStringLiteral("trellis.*.debug=false\ntrellis.*.info=false"));
    m_seed = testSeed("TRELLIS_FAULT_SEED");
    m_random.seed(m_seed);
    QString error;
    QVERIFY2(m_fixture.startWithWorkers(&m_workerIds, &error), qPrintable(error));
    for (int n = 1; n <= kPeople; ++n) {
        QVERIFY2(m_fixture.insertYoungPerson(kDb, yp(n), QStringLiteral("FA-%1").arg(n), &error), qPrintable(error));
        const CtlRun assigned = m_fixture.central({QStringLiteral("assign"), yp(n), kAsh.login});
        QVERIFY2(assigned.code == 0, assigned.said());
        m_withAsh.insert(n);
        QVERIFY2(m_fixture.insertRecord(kDb, QStringLiteral("safety_plan"), plan(n),
                                        {{QStringLiteral("young_person_id"), yp(n)},
                                         {QStringLiteral("version"), QStringLiteral("1")},
                                         {QStringLiteral("status"), QStringLiteral("draft")}},
                                        &error),
                 qPrintable(error));
        for (int k = 1; k <= kInterventionsEach; ++k)
            QVERIFY2(m_fixture.insertRecord(kDb, QStringLiteral("intervention"), intervention(n, k),
                                            {{QStringLiteral("young_person_id"), yp(n)},
                                             {QStringLiteral("type"), QStringLiteral("prevention")},
                                             {QStringLiteral("start_date"), QStringLiteral("2026-10-01")}},
                                            &error),
                     qPrintable(error));
    }
    Laptop& ash = m_world.laptop(kAsh);
    QVERIFY(m_world.sync(ash).ok());
    QCOMPARE(m_world.state(ash), m_world.centralView(kAsh));
}

void TestSyncFaults::editOffline(Laptop& laptop, int edits, const QString& tag)
{
    const QList<int> people(m_withAsh.cbegin(), m_withAsh.cend());
    for (int i = 0; i < edits; ++i) {
        const int n = people.at(int(m_random.bounded(qsizetype(people.size()))));
        const QString value = QStringLiteral("%1 edit %2").arg(tag).arg(++m_edits);
        const quint32 which = m_random.bounded(3);
        Record record = which == 0   ? m_world.record(laptop, QStringLiteral("young_person"), yp(n))
                        : which == 1 ? m_world.record(laptop, QStringLiteral("safety_plan"), plan(n))
                                     : m_world.record(laptop, QStringLiteral("intervention"),
                                                      intervention(n, 1 + int(m_random.bounded(kInterventionsEach))));
        record.set(which == 0   ? QStringLiteral("preferred_name")
                   : which == 1 ? QStringLiteral("own_words")
                                : QStringLiteral("legal_status"),
                   which == 0 ? value.right(40) : value);
        QVERIFY2(!record.id().isEmpty(), "the record is on the laptop");
        m_world.save(laptop, record);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestSyncFaults::logContacts(Laptop& laptop, int contacts, const QString& tag)
{
    const QList<int> people(m_withAsh.cbegin(), m_withAsh.cend());
    for (int i = 0; i < contacts; ++i) {
        const Record contact =
            fictionalContact(domain::createTimeOrderedId(), yp(people.at(int(m_random.bounded(qsizetype(people.size()))))),
                             kNow.addSecs(-60 * (m_contacts.size() + 1)), QStringLiteral("Fictional contact, %1").arg(tag));
        auto saved = RecordWriter(*laptop.db, laptop.worker.login).save(contact, true, m_clock.now());
        QVERIFY2(saved.ok() && saved.value().saved, saved.ok() ? "validation" : qPrintable(saved.error().message));
        m_contacts.insert(contact.id());
    }
}

void TestSyncFaults::checkAfterFault(Laptop& laptop, const QSet<QString>& made, const QString& what)
{
    QVERIFY2(laptop.db, qPrintable(what + QStringLiteral(": the store does not open")));
    const auto verified = StoreVerifier::verify(*laptop.db);
    QVERIFY2(verified.ok, qPrintable(what + QStringLiteral(": ") + verified.problems.join(QStringLiteral("; "))));

    // Nothing lost by the fault itself: each change has a receipt or is still owed.
    const QSet<QString> owed = m_world.outboxChangeIds(laptop);
    const QStringList receipted = column(*m_fixture.admin(kDb),
                                         QStringLiteral("SELECT change_id::text FROM trellis.change_receipt "
                                                        "WHERE change_id = ANY($1::uuid[])"),
                                         uuidArray(made));
    for (const QString& change : made)
        QVERIFY2(owed.contains(change) || receipted.contains(change),
                 qPrintable(QStringLiteral("%1: change %2 is neither owed nor receipted").arg(what, change)));

    const auto clean = m_world.sync(laptop);
    QVERIFY2(clean.ok(), qPrintable(what + QStringLiteral(": the clean sync failed: ") +
                                    (clean.error ? clean.error->message : QString())));
    QCOMPARE(m_world.outboxChangeIds(laptop), QSet<QString>());

    // Every change answered exactly once: one receipt, one audit row of a change's kind.
    const QString once = m_world.centralValue(
        QStringLiteral("SELECT (SELECT count(*) FROM trellis.change_receipt WHERE change_id = ANY($1::uuid[])) "
                       "|| ' ' || (SELECT count(*) FROM trellis.audit_event WHERE change_id = ANY($1::uuid[]) "
                       "AND action LIKE 'change_%') || ' ' || (SELECT count(DISTINCT change_id) FROM "
                       "trellis.audit_event WHERE change_id = ANY($1::uuid[]) AND action LIKE 'change_%')"),
        uuidArray(made));
    QCOMPARE(once, QStringLiteral("%1 %1 %1").arg(made.size()));
    // Contacts are append-only inserts: each one logged is there once, and no other appeared.
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT count(*) FROM trellis.contact")),
             QString::number(m_contacts.size()));
    QCOMPARE(m_world.state(laptop), m_world.centralView(laptop.worker));
}

void TestSyncFaults::killedSyncLosesAndDuplicatesNothing()
{
    const int runs = envNumber("TRELLIS_FAULT_RUNS", 200);
    Laptop& ash = m_world.laptop(kAsh);

    // How long an uninterrupted child sync takes, so that the kills spread over all of it.
    editOffline(ash, 10, QStringLiteral("timing"));
    const ChildSync timed = m_world.childSync(ash, -1);
    QVERIFY2(timed.exitCode == 0, qPrintable(timed.log));
    m_world.replaceStore(ash);
    const ChildSync timedFirst = m_world.childSync(ash, -1);
    QVERIFY2(timedFirst.exitCode == 0, qPrintable(timedFirst.log));
    const qint64 span = std::max(timed.elapsedMs, timedFirst.elapsedMs) + 40;
    qInfo("an uninterrupted child sync: %lld ms with 10 edits, %lld ms from an empty store; kills within %lld ms",
          static_cast<long long>(timed.elapsedMs), static_cast<long long>(timedFirst.elapsedMs),
          static_cast<long long>(span));

    QMap<QString, int> landed; // the last phase the child reported before the kill
    QElapsedTimer timer;
    timer.start();
    const QRegularExpression phase(QStringLiteral("sync: (\\w+)"));
    for (int run = 1; run <= runs; ++run) {
        const QString tag = QStringLiteral("run %1").arg(run);
        const quint32 kind = m_random.bounded(8);
        int returning = 0;
        if (kind == 0) {
            m_world.replaceStore(ash); // a new laptop: the whole caseload is pulled
        } else if (kind == 1 && m_withAsh.size() > 3) {
            // Ash loses a young person with an edit still pending: push, then purge.
            const int n = *std::next(m_withAsh.cbegin(), int(m_random.bounded(qsizetype(m_withAsh.size()))));
            // Made before the move by the central clock, so the push after it reaches the record
            // under the reallocation grace (docs/sync.md, "Reallocation") whatever the date.
            Record person = m_world.record(ash, QStringLiteral("young_person"), yp(n));
            person.set(QStringLiteral("preferred_name"), QStringLiteral("Left %1").arg(run));
            m_clock.set(m_world.centralNow().addSecs(-60));
            m_world.save(ash, person);
            m_clock.set(kNow);
            const CtlRun moved = m_fixture.central({QStringLiteral("reassign"), yp(n), kBay.login});
            QVERIFY2(moved.code == 0, moved.said());
            m_withAsh.remove(n);
        } else if (kind == 2) {
            // A young person comes back to Ash: the pull brings them again.
            for (int n = 1; n <= kPeople; ++n) {
                if (!m_withAsh.contains(n)) {
                    const CtlRun moved = m_fixture.central({QStringLiteral("reassign"), yp(n), kAsh.login});
                    QVERIFY2(moved.code == 0, moved.said());
                    returning = n; // editable once the laptop has them again
                    break;
                }
            }
        }
        if (kind != 0) {
            editOffline(ash, int(m_random.bounded(25)), tag);
            logContacts(ash, int(m_random.bounded(6)), tag);
        }
        if (QTest::currentTestFailed())
            return;
        const QSet<QString> made = m_world.outboxChangeIds(ash);
        // Half the kills come after a random time from the start (connecting, opening, any
        // phase); half a random few milliseconds after the child reports a chosen phase.
        const bool onLine = m_random.bounded(2) == 1;
        // "revocation 1" is said just before the purges and the pull (the child pulls pages of
        // 500 rows, so "pull" comes after its first page).
        static const QStringList kPhases{QStringLiteral("push"), QStringLiteral("revocation 1"),
                                         QStringLiteral("purge"), QStringLiteral("pull")};
        const QString aim = kPhases.at(int(m_random.bounded(kPhases.size())));
        const int delay = onLine ? int(m_random.bounded(25)) : int(m_random.bounded(span));
        const ChildSync child = onLine ? m_world.childSync(ash, -1, QStringLiteral("sync: ") + aim, delay)
                                       : m_world.childSync(ash, delay);
        QString last = child.killed ? QStringLiteral("start") : QStringLiteral("finished");
        if (child.killed) {
            for (auto it = phase.globalMatch(child.log); it.hasNext();)
                last = it.next().captured(1);
        }
        landed[last] += 1;
        QVERIFY2(child.killed || child.exitCode == 0,
                 qPrintable(QStringLiteral("seed %1 run %2: %3").arg(m_seed).arg(run).arg(child.log)));
        checkAfterFault(ash, made,
                        QStringLiteral("seed %1 run %2 (killed %3 ms after %4, last said %5)")
                            .arg(m_seed)
                            .arg(run)
                            .arg(delay)
                            .arg(onLine ? aim : QStringLiteral("the start"), last));
        if (QTest::currentTestFailed())
            return;
        if (returning)
            m_withAsh.insert(returning);
    }
    QStringList where;
    for (auto it = landed.cbegin(); it != landed.cend(); ++it)
        where << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    qInfo("%d kills in %lld ms, by the last phase reported: %s", runs, static_cast<long long>(timer.elapsed()),
          qPrintable(where.join(QStringLiteral(", "))));
    QVERIFY2(landed.value(QStringLiteral("push")) > 0 &&
                 landed.value(QStringLiteral("revocation")) + landed.value(QStringLiteral("pull")) > 0,
             "kills landed in the push and after it");
    // Every edit Ash made before their young person was moved away reached the record, however the
    // syncs were cut (the laptop pushes before it purges; the reallocation grace): none was refused.
    QCOMPARE(m_world.centralValue(QStringLiteral("SELECT count(*)::text FROM trellis.change_quarantine "
                                                 "WHERE change #>> '{fields,preferred_name,new}' LIKE 'Left %'")),
             QStringLiteral("0"));
    qInfo("edits that reached the record after their young person was moved: %s",
          qPrintable(m_world.centralValue(QStringLiteral("SELECT count(*)::text FROM trellis.audit_event WHERE "
                                                         "actor = $1 AND reason LIKE 'after reallocation%'"),
                                          {kAsh.login})));
}

void TestSyncFaults::backendTerminatedMidPush()
{
    Laptop& ash = m_world.laptop(kAsh);
    for (int at = 1; at <= 3; ++at) {
        // Three saves; the second writes a contact and then the plan another session has locked.
        const QList<int> people(m_withAsh.cbegin(), m_withAsh.cend());
        const int n = people.first();
        editOffline(ash, 2, QStringLiteral("before %1").arg(at));
        Record planRecord = m_world.record(ash, QStringLiteral("safety_plan"), plan(n));
        planRecord.set(QStringLiteral("own_words"), QStringLiteral("Locked %1").arg(at));
        const Record contact = fictionalContact(domain::createTimeOrderedId(), yp(n), kNow.addSecs(-7 * 60 * (at + 100)),
                                                QStringLiteral("Fictional call %1").arg(at));
        auto saved = RecordWriter(*ash.db, kAsh.login)
                         .save({RecordWriter::Change{contact, true}, RecordWriter::Change{planRecord, false}},
                               m_clock.now());
        QVERIFY(saved.ok() && saved.value().saved);
        m_contacts.insert(contact.id());
        editOffline(ash, 1, QStringLiteral("after %1").arg(at));
        const QSet<QString> made = m_world.outboxChangeIds(ash);

        // The locked batch is the third push (two single edits go first).
        TerminatingClient terminating(*ash.client, m_fixture, ash.connection->backendPid(),
                                      QStringLiteral("SELECT 1 FROM trellis.safety_plan WHERE id = $1 FOR UPDATE"),
                                      {plan(n)}, 3, 0);
        const auto cut = m_world.sync(ash, &terminating);
        QVERIFY2(terminating.problem().isEmpty(), qPrintable(terminating.problem()));
        QVERIFY2(terminating.terminated(), "the backend was terminated while it waited");
        QVERIFY(!cut.ok());
        // The batch cut short left nothing: no receipt and no contact.
        QCOMPARE(m_world.centralValue(QStringLiteral("SELECT count(*) FROM trellis.contact WHERE id = $1"),
                                      {contact.id()}),
                 QStringLiteral("0"));
        QVERIFY(m_world.reconnect(ash));
        checkAfterFault(ash, made, QStringLiteral("backend terminated in push %1").arg(at));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestSyncFaults::backendTerminatedMidPull()
{
    Laptop& ash = m_world.laptop(kAsh);
    // From an empty store the pull takes many pages of 7 rows; the backend dies in page `at`,
    // once while it reads the interventions, once later.
    for (const int at : {1, 2, 4, 7}) {
        m_world.replaceStore(ash);
        TerminatingClient terminating(*ash.client, m_fixture, ash.connection->backendPid(),
                                      kLockEveryTable, {}, 0, at);
        const auto cut = m_world.sync(ash, &terminating);
        QVERIFY2(terminating.problem().isEmpty(), qPrintable(terminating.problem()));
        QVERIFY2(terminating.terminated(), "the backend was terminated while it waited");
        QVERIFY(!cut.ok());
        QVERIFY(m_world.reconnect(ash));
        const qint64 held = count(*ash.db, QStringLiteral("SELECT count(*) FROM intervention"));
        qInfo("terminated in pull page %d: %lld interventions held", at, static_cast<long long>(held));
        checkAfterFault(ash, {}, QStringLiteral("backend terminated in pull page %1").arg(at));
        if (QTest::currentTestFailed())
            return;
    }
    // Then an offline edit goes up and the next pull is cut: the edit is kept.
    editOffline(ash, 3, QStringLiteral("pull"));
    const QSet<QString> made = m_world.outboxChangeIds(ash);
    TerminatingClient terminating(*ash.client, m_fixture, ash.connection->backendPid(),
                                  kLockEveryTable, {}, 0, 1);
    QVERIFY(!m_world.sync(ash, &terminating).ok());
    QVERIFY(terminating.terminated());
    QVERIFY(m_world.reconnect(ash));
    checkAfterFault(ash, made, QStringLiteral("backend terminated in the pull after a push"));
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
