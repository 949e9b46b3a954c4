// The conflict inbox end to end (docs/sync.md, "The desktop's view of sync"): two laptops, each a
// real encrypted store with its own SyncEngine, against a real PostgreSQL 15. Both change the same
// safety-plan section (own_words) and the same risk rating; after syncing, each laptop's inbox
// holds both conflicts with the base, both values and both logins. One worker keeps the other's
// value, the other types a new one; after syncing again both laptops hold the chosen values, the
// central store has marked both conflicts resolved, and both inboxes and outboxes are empty.
// Every login, name and id is fictional.

#include "SyncTestSupport.h"

#include "session/Clock.h"
#include "sync/ConflictInbox.h"
#include "sync/Outbox.h"
#include "sync/SyncStatusQueries.h"

#include <QTest>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::world;
using domain::Record;
using sync::ConflictInbox;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 15), Qt::UTC);
const QString kPlan = QStringLiteral("safety_plan");
const QString kPerson = QStringLiteral("young_person");
const QString kOwnWords = QStringLiteral("own_words");
const QString kRating = QStringLiteral("safety_wellbeing");

QString yp(int n)
{
    return fictionalId("b6000000", n);
}
QString rec(int n)
{
    return fictionalId("e6000000", n);
}

} // namespace

class TestSyncInbox : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void bothLaptopsSeeTheConflictsWithBothSides();
    void resolutionsSyncToBothLaptops();

private:
    Laptop& laptop(const TestWorker& worker) { return m_world.laptop(worker); }
    void sync(Laptop& laptop)
    {
        const auto outcome = m_world.sync(laptop);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    }
    QList<sync::Conflict> inbox(Laptop& laptop)
    {
        auto open = ConflictInbox(*laptop.db, m_clock, laptop.worker.login).open();
        return open.ok() ? open.value() : QList<sync::Conflict>();
    }

    CentralFixture m_fixture;
    QHash<QString, QString> m_workerIds;
    ManualClock m_clock{kNow};
    SyncWorld m_world{m_fixture, m_clock};
};

void TestSyncInbox::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.startWithWorkers(&m_workerIds, &error), qPrintable(error));
    QVERIFY2(m_fixture.insertYoungPerson(kDb, yp(1), QStringLiteral("IN-1"), &error), qPrintable(error));
    const CtlRun assigned = m_fixture.central({QStringLiteral("assign"), yp(1), kAsh.login});
    QVERIFY2(assigned.code == 0, assigned.said());
    QVERIFY2(m_fixture.insertRecord(kDb, kPlan, rec(1),
                                    {{QStringLiteral("young_person_id"), yp(1)},
                                     {QStringLiteral("version"), QStringLiteral("1")},
                                     {QStringLiteral("status"), QStringLiteral("draft")},
                                     {kOwnWords, QStringLiteral("I go to the library.")}},
                                    &error),
             qPrintable(error));
    // Ash is the caseworker, Hazel their supervisor: both may see and edit the young person.
    sync(laptop(kAsh));
    sync(laptop(kHazel));
}

void TestSyncInbox::cleanupTestCase()
{
    m_world.laptops().clear();
}

void TestSyncInbox::bothLaptopsSeeTheConflictsWithBothSides()
{
    Laptop& ash = laptop(kAsh);
    Laptop& hazel = laptop(kHazel);
    Record plan = m_world.record(ash, kPlan, rec(1));
    plan.set(kOwnWords, QStringLiteral("I go to the library or call my aunt."));
    m_world.save(ash, plan);
    Record person = m_world.record(ash, kPerson, yp(1));
    const QString before = person.text(kRating); // as the central store holds it
    person.set(kRating, QStringLiteral("high"));
    m_world.save(ash, person);

    plan = m_world.record(hazel, kPlan, rec(1));
    plan.set(kOwnWords, QStringLiteral("I go to the youth club."));
    m_world.save(hazel, plan);
    person = m_world.record(hazel, kPerson, yp(1));
    person.set(kRating, QStringLiteral("medium"));
    m_world.save(hazel, person);

    // Ash's changes reach the central store first; Hazel's clash with them.
    sync(ash);
    sync(hazel);
    sync(ash);
    for (Laptop* each : {&ash, &hazel}) {
        const QList<sync::Conflict> open = inbox(*each);
        QCOMPARE(open.size(), 2);
        for (const sync::Conflict& conflict : open) {
            QCOMPARE(conflict.currentLogin, kAsh.login);
            QCOMPARE(conflict.otherLogin, kHazel.login);
            QVERIFY(conflict.openedAt.isValid());
            QVERIFY(conflict.otherMadeAt.isValid());
            if (conflict.field == kOwnWords) {
                QCOMPARE(conflict.recordId, rec(1));
                QCOMPARE(conflict.youngPersonId, yp(1));
                QCOMPARE(conflict.base.toString(), QStringLiteral("I go to the library."));
                QCOMPARE(conflict.current.toString(), QStringLiteral("I go to the library or call my aunt."));
                QCOMPARE(conflict.other.toString(), QStringLiteral("I go to the youth club."));
            } else {
                QCOMPARE(conflict.field, kRating);
                QCOMPARE(conflict.recordId, yp(1));
                QCOMPARE(conflict.base.toString(), before);
                QCOMPARE(conflict.current.toString(), QStringLiteral("high"));
                QCOMPARE(conflict.other.toString(), QStringLiteral("medium"));
            }
        }
        QCOMPARE(sync::SyncStatusQueries(*each->db).youngPersonState(yp(1)).value(), sync::RecordSyncState::Conflict);
        QCOMPARE(sync::SyncStatusQueries(*each->db).counts()->conflicts, 2);
    }
    // Neither laptop silently took the other's value: both show the value that stayed centrally.
    QCOMPARE(m_world.record(hazel, kPlan, rec(1)).text(kOwnWords), QStringLiteral("I go to the library or call my aunt."));
    QCOMPARE(m_world.record(hazel, kPerson, yp(1)).text(kRating), QStringLiteral("high"));
}

void TestSyncInbox::resolutionsSyncToBothLaptops()
{
    Laptop& ash = laptop(kAsh);
    Laptop& hazel = laptop(kHazel);
    QString wordsConflict;
    QString ratingConflict;
    for (const sync::Conflict& conflict : inbox(ash))
        (conflict.field == kOwnWords ? wordsConflict : ratingConflict) = conflict.id;
    QVERIFY(!wordsConflict.isEmpty() && !ratingConflict.isEmpty());

    // Ash keeps Hazel's words; Hazel settles the rating on a value neither had.
    auto kept = ConflictInbox(*ash.db, m_clock, kAsh.login).resolve(wordsConflict, ConflictInbox::Choice::KeepOther);
    QVERIFY2(kept.ok(), qPrintable(kept.error().message));
    auto edited = ConflictInbox(*hazel.db, m_clock, kHazel.login)
                      .resolve(ratingConflict, ConflictInbox::Choice::Edited, QStringLiteral("very_high"));
    QVERIFY2(edited.ok(), qPrintable(edited.error().message));
    QCOMPARE(inbox(ash).size(), 1);
    QCOMPARE(inbox(hazel).size(), 1);

    sync(ash);
    sync(hazel);
    sync(ash);
    sync(hazel);
    for (Laptop* each : {&ash, &hazel}) {
        QCOMPARE(m_world.record(*each, kPlan, rec(1)).text(kOwnWords), QStringLiteral("I go to the youth club."));
        QCOMPARE(m_world.record(*each, kPerson, yp(1)).text(kRating), QStringLiteral("very_high"));
        QVERIFY(inbox(*each).isEmpty());
        QCOMPARE(count(*each->db, QStringLiteral("SELECT count(*) FROM sync_conflict")), 0);
        QCOMPARE(sync::Outbox(*each->db).pendingCount().value(), 0);
        const auto counts = sync::SyncStatusQueries(*each->db).counts().value();
        QCOMPARE(counts.waiting, 0);
        QCOMPARE(counts.conflicts, 0);
        QVERIFY(counts.lastSuccess.has_value());
        QCOMPARE(sync::SyncStatusQueries(*each->db).youngPersonState(yp(1)).value(), sync::RecordSyncState::Synced);
    }
    for (const auto& [id, by, value] : {std::tuple{wordsConflict, kAsh.login, QStringLiteral("\"I go to the youth club.\"")},
                                        std::tuple{ratingConflict, kHazel.login, QStringLiteral("\"very_high\"")}}) {
        QCOMPARE(m_world.centralValue(QStringLiteral("SELECT status FROM trellis.change_conflict WHERE id = $1"), {id}),
                 QStringLiteral("resolved"));
        QCOMPARE(m_world.centralValue(QStringLiteral("SELECT resolved_by FROM trellis.change_conflict WHERE id = $1"), {id}),
                 by);
        QCOMPARE(m_world.centralValue(QStringLiteral("SELECT resolved_value::text FROM trellis.change_conflict WHERE id = $1"),
                                      {id}),
                 value);
    }
    QCOMPARE(m_world.state(ash).value(QStringLiteral("safety_plan:") + rec(1)),
             m_world.centralView(kAsh).value(QStringLiteral("safety_plan:") + rec(1)));
}

QTEST_GUILESS_MAIN(TestSyncInbox)
#include "tst_sync_inbox.moc"
