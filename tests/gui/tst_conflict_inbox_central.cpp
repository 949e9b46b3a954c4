// The conflict inbox against a real PostgreSQL 15 (issue 5): two laptops, each a real encrypted
// store with its own SyncEngine, change the same safety-plan section. After syncing, each
// worker's inbox shows the base and both values with "My value" first; the record header and
// the caseload say "In conflict". One worker keeps the other's words with the inbox's button:
// until the next sync the record says "Waiting to sync", never "Synced"; after it both laptops
// hold the kept words and say "Synced", with empty inboxes. Every login, name and id is fictional.

#include "SyncTestSupport.h"

#include "CaseloadModel.h"
#include "caseload/CaseloadView.h"
#include "record/RecordHeader.h"
#include "record/RecordView.h"
#include "session/Clock.h"
#include "sync/ConflictInboxView.h"

#include <QGroupBox>
#include <QPushButton>
#include <QTest>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::world;
using domain::Record;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 15), Qt::UTC);
const QString kPlan = QStringLiteral("safety_plan");
const QString kOwnWords = QStringLiteral("own_words");
const QString kLibrary = QStringLiteral("I go to the library.");
const QString kAunt = QStringLiteral("I go to the library or call my aunt.");
const QString kClub = QStringLiteral("I go to the youth club.");

QString yp(int n)
{
    return fictionalId("b7000000", n);
}
QString rec(int n)
{
    return fictionalId("e7000000", n);
}

} // namespace

class TestConflictInboxCentral : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void workersSettleAClashThroughTheInbox();

private:
    Laptop& laptop(const TestWorker& worker) { return m_world.laptop(worker); }
    void sync(Laptop& laptop)
    {
        const auto outcome = m_world.sync(laptop);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error ? outcome.error->message : QString()));
    }
    // What the record header and the caseload's Sync column say on `laptop` now.
    QString headerSays(Laptop& laptop);
    QString caseloadSays(Laptop& laptop);

    CentralFixture m_fixture;
    QHash<QString, QString> m_workerIds;
    ManualClock m_clock{kNow};
    SyncWorld m_world{m_fixture, m_clock};
};

void TestConflictInboxCentral::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.startWithWorkers(&m_workerIds, &error), qPrintable(error));
    QVERIFY2(m_fixture.insertYoungPerson(kDb, yp(1), QStringLiteral("IB-1"), &error), qPrintable(error));
    const CtlRun assigned = m_fixture.central({QStringLiteral("assign"), yp(1), kAsh.login});
    QVERIFY2(assigned.code == 0, assigned.said());
    QVERIFY2(m_fixture.insertRecord(kDb, kPlan, rec(1),
                                    {{QStringLiteral("young_person_id"), yp(1)},
                                     {QStringLiteral("version"), QStringLiteral("1")},
                                     {QStringLiteral("status"), QStringLiteral("draft")},
                                     {kOwnWords, kLibrary}},
                                    &error),
             qPrintable(error));
    // Ash is the caseworker, Hazel their supervisor: both may see and edit the plan.
    sync(laptop(kAsh));
    sync(laptop(kHazel));
}

void TestConflictInboxCentral::cleanupTestCase()
{
    m_world.laptops().clear();
}

QString TestConflictInboxCentral::headerSays(Laptop& laptop)
{
    ui::RecordView view(*laptop.db, m_clock, laptop.worker.login);
    if (!view.open(yp(1)))
        return QStringLiteral("(record not opened)");
    return view.header()->syncText();
}

QString TestConflictInboxCentral::caseloadSays(Laptop& laptop)
{
    ui::CaseloadView view(*laptop.db, m_clock);
    if (!view.reload())
        return QStringLiteral("(caseload not read)");
    const int row = view.model()->rowOfId(yp(1));
    return row < 0 ? QStringLiteral("(not listed)")
                   : view.model()->index(row, CaseloadModel::SyncColumn).data().toString();
}

void TestConflictInboxCentral::workersSettleAClashThroughTheInbox()
{
    Laptop& ash = laptop(kAsh);
    Laptop& hazel = laptop(kHazel);
    Record plan = m_world.record(ash, kPlan, rec(1));
    plan.set(kOwnWords, kAunt);
    m_world.save(ash, plan);
    QCOMPARE(headerSays(ash), QStringLiteral("Waiting to sync"));
    plan = m_world.record(hazel, kPlan, rec(1));
    plan.set(kOwnWords, kClub);
    m_world.save(hazel, plan);
    // Ash's words reach the central store first; Hazel's clash with them.
    sync(ash);
    sync(hazel);
    sync(ash);

    for (Laptop* each : {&ash, &hazel}) {
        ui::ConflictInboxView inbox(*each->db, m_clock, each->worker.login);
        QCOMPARE(inbox.count(), 1);
        const QString detail = inbox.detailText();
        const QString mine = each == &ash ? kAunt : kClub;
        const QString theirs = each == &ash ? kClub : kAunt;
        for (const QString& expected :
             {QStringLiteral("The plan in my own words"), QStringLiteral("Before both changes"), kLibrary,
              QStringLiteral("My value"), QStringLiteral("Their value"), QStringLiteral("Keep mine"),
              QStringLiteral("Keep theirs")})
            QVERIFY2(detail.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + detail));
        // Each worker sees their own words first, left of the other's.
        QVERIFY2(detail.indexOf(QStringLiteral("My value")) < detail.indexOf(mine) &&
                     detail.indexOf(mine) < detail.indexOf(QStringLiteral("Their value")) &&
                     detail.indexOf(QStringLiteral("Their value")) < detail.indexOf(theirs),
                 qPrintable(detail));
        QVERIFY2(detail.contains(kAsh.login) && detail.contains(kHazel.login), qPrintable(detail));
        QCOMPARE(headerSays(*each), QStringLiteral("In conflict \u2014 open the conflict inbox"));
        QCOMPARE(caseloadSays(*each), QStringLiteral("In conflict"));
    }

    // Ash keeps Hazel's words with the inbox's button.
    {
        ui::ConflictInboxView inbox(*ash.db, m_clock, kAsh.login);
        auto* keepTheirs = inbox.findChild<QPushButton*>(QStringLiteral("conflictSecondKeep"));
        QVERIFY(keepTheirs);
        QTest::mouseClick(keepTheirs, Qt::LeftButton);
        QCOMPARE(inbox.count(), 0);
        QVERIFY2(inbox.messageText().contains(QStringLiteral("next sync")), qPrintable(inbox.messageText()));
    }
    QCOMPARE(m_world.record(ash, kPlan, rec(1)).text(kOwnWords), kClub);
    // Settled here, not yet at the central store: waiting, never "Synced".
    QCOMPARE(headerSays(ash), QStringLiteral("Waiting to sync"));
    QCOMPARE(caseloadSays(ash), QStringLiteral("Waiting to sync"));

    sync(ash);
    sync(hazel);
    sync(ash);
    for (Laptop* each : {&ash, &hazel}) {
        QCOMPARE(m_world.record(*each, kPlan, rec(1)).text(kOwnWords), kClub);
        QCOMPARE(ui::ConflictInboxView(*each->db, m_clock, each->worker.login).count(), 0);
        QCOMPARE(headerSays(*each), QStringLiteral("Synced"));
        QCOMPARE(caseloadSays(*each), QStringLiteral("Synced"));
    }
}

QTEST_MAIN(TestConflictInboxCentral)
#include "tst_conflict_inbox_central.moc"
