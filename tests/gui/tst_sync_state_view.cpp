// Per-record sync state (issue 5) in the caseload's Sync column and the record header, for each
// of the four states, from rows written the way the sync engine writes them.
#include "SyncRowsSupport.h"
#include "TestStore.h"

#include "CaseloadFilterModel.h"
#include "CaseloadModel.h"
#include "caseload/CaseloadView.h"
#include "demo/DemoSeeder.h"
#include "record/RecordHeader.h"
#include "record/RecordView.h"
#include "session/Clock.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace trellis;
using namespace trellis::test;

namespace {

const QString kActor = QStringLiteral("demo.worker01");
const QDate kToday(2026, 11, 26);

} // namespace

class TestSyncStateView : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void caseloadColumnSaysEachState();
    void caseloadFiltersAndSortsByState();
    void recordHeaderSaysEachStateAndAsksForTheInbox();
    void savingAnEditMakesTheHeaderSayWaiting();

private:
    // Young people 0..3 made waiting, in conflict, rejected, and (untouched) synced; 4 is both
    // waiting and in conflict, which reads as in conflict.
    void makeStates();
    QString cellFor(ui::CaseloadView& view, const QString& id, int role = Qt::DisplayRole);

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    QStringList m_ids;
};

void TestSyncStateView::init()
{
    m_store = std::make_unique<TestStore>();
    m_db = m_store->create();
    QVERIFY(m_db);
    demo::DemoSeeder::Options options;
    options.cases = 8;
    options.today = kToday;
    QVERIFY(demo::DemoSeeder(*m_db, options).run().ok);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM outbox")), 0); // demo data is never sent
    m_clock = std::make_unique<ManualClock>(QDateTime(kToday, QTime(9, 30), Qt::UTC));
    m_ids.clear();
    auto stmt = m_db->prepare(QStringLiteral("SELECT id FROM young_person ORDER BY id LIMIT 5"));
    QVERIFY(stmt.ok());
    while ((*stmt)->next())
        m_ids << (*stmt)->text(0);
    QCOMPARE(m_ids.size(), 5);
}

void TestSyncStateView::cleanup()
{
    m_db.reset();
    m_store.reset();
}

void TestSyncStateView::makeStates()
{
    QVERIFY(addWaiting(*m_db, m_ids.at(0), kActor));
    ConflictRow conflict;
    conflict.entity = QStringLiteral("young_person");
    conflict.field = QStringLiteral("risk_serious_harm");
    conflict.base = QStringLiteral("low");
    conflict.server = QStringLiteral("medium");
    conflict.serverLogin = QStringLiteral("demo.worker02");
    conflict.incoming = QStringLiteral("high");
    conflict.incomingLogin = kActor;
    for (int i : {1, 4}) {
        conflict.recordId = m_ids.at(i);
        conflict.youngPersonId = m_ids.at(i);
        QVERIFY(!addConflict(*m_db, conflict).isEmpty());
    }
    QVERIFY(addWaiting(*m_db, m_ids.at(4), kActor));
    QVERIFY(!addRejected(
                 *m_db, QStringLiteral("young_person"), m_ids.at(2), m_ids.at(2), QStringLiteral("update"),
                 QJsonObject{{QStringLiteral("given_name"), QJsonObject{{QStringLiteral("base"), QStringLiteral("A")},
                                                                        {QStringLiteral("new"), QStringLiteral("B")}}}},
                 QStringLiteral("record not found or not visible"))
                 .isEmpty());
}

QString TestSyncStateView::cellFor(ui::CaseloadView& view, const QString& id, int role)
{
    const int row = view.model()->rowOfId(id);
    if (row < 0)
        return QStringLiteral("(not listed)");
    return view.model()->index(row, CaseloadModel::SyncColumn).data(role).toString();
}

void TestSyncStateView::caseloadColumnSaysEachState()
{
    makeStates();
    ui::CaseloadView view(*m_db, *m_clock);
    QVERIFY(view.reload());
    QCOMPARE(cellFor(view, m_ids.at(0)), QStringLiteral("Waiting to sync"));
    QCOMPARE(cellFor(view, m_ids.at(1)), QStringLiteral("In conflict"));
    QCOMPARE(cellFor(view, m_ids.at(2)), QStringLiteral("Rejected"));
    QCOMPARE(cellFor(view, m_ids.at(3)), QStringLiteral("Synced"));
    QCOMPARE(cellFor(view, m_ids.at(4)), QStringLiteral("In conflict"));
    QCOMPARE(cellFor(view, m_ids.at(2), Qt::AccessibleTextRole), QStringLiteral("Sync state: Rejected"));

    // Settling the conflict here (its resolving change now waits in the outbox) and a reload,
    // as WorkArea::refresh does after a sync, shows the new state.
    QVERIFY(execBound(*m_db, QStringLiteral("UPDATE sync_conflict SET resolving_change_id = ?1 WHERE record_id = ?2"),
                      {domain::createTimeOrderedId(), m_ids.at(4)}));
    QVERIFY(view.reload());
    QCOMPARE(cellFor(view, m_ids.at(4)), QStringLiteral("Waiting to sync"));
}

void TestSyncStateView::caseloadFiltersAndSortsByState()
{
    makeStates();
    ui::CaseloadView view(*m_db, *m_clock);
    QVERIFY(view.reload());
    auto* status = view.findChild<QComboBox*>(QStringLiteral("statusFilter"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(int(CaseloadFilterModel::Status::All)));
    auto* sync = view.findChild<QComboBox*>(QStringLiteral("syncFilter"));
    QVERIFY(sync);
    sync->setCurrentIndex(sync->findText(QStringLiteral("Not synced")));
    QCOMPARE(view.shownCount(), 4);
    sync->setCurrentIndex(sync->findText(QStringLiteral("In conflict")));
    QCOMPARE(view.shownCount(), 2);
    sync->setCurrentIndex(sync->findText(QStringLiteral("Rejected")));
    QCOMPARE(view.shownCount(), 1);
    QCOMPARE(view.filterModel()->index(0, 0).data(CaseloadModel::IdRole).toString(), m_ids.at(2));
    sync->setCurrentIndex(sync->findText(QStringLiteral("Any")));
    QCOMPARE(view.shownCount(), view.totalCount());

    // Most urgent first when sorted descending: conflicts, then rejected, then waiting.
    view.filterModel()->sort(CaseloadModel::SyncColumn, Qt::DescendingOrder);
    QStringList order;
    for (int row = 0; row < 4; ++row)
        order << view.filterModel()->index(row, CaseloadModel::SyncColumn).data().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("In conflict"), QStringLiteral("In conflict"),
                                 QStringLiteral("Rejected"), QStringLiteral("Waiting to sync")}));
}

void TestSyncStateView::recordHeaderSaysEachStateAndAsksForTheInbox()
{
    makeStates();
    ui::RecordView view(*m_db, *m_clock, kActor);
    view.resize(1366, 768);
    view.show();
    const QStringList expected{QStringLiteral("Waiting to sync"),
                               QStringLiteral("In conflict \u2014 open the conflict inbox"),
                               QStringLiteral("Rejected change \u2014 see details"), QStringLiteral("Synced")};
    for (int i = 0; i < 4; ++i) {
        QVERIFY(view.open(m_ids.at(i)));
        QCOMPARE(view.header()->syncText(), expected.at(i));
        QVERIFY(view.header()->text().contains(expected.at(i)));
    }

    QSignalSpy inbox(&view, &ui::RecordView::conflictInboxRequested);
    QSignalSpy rejected(&view, &ui::RecordView::rejectedChangesRequested);
    QVERIFY(view.open(m_ids.at(1)));
    auto* action = view.header()->findChild<QPushButton*>(QStringLiteral("headerSyncAction"));
    QVERIFY(action && action->isVisible());
    QTest::mouseClick(action, Qt::LeftButton);
    QCOMPARE(inbox.count(), 1);
    QVERIFY(view.open(m_ids.at(2)));
    QTest::mouseClick(action, Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(view.open(m_ids.at(3)));
    QVERIFY(!action->isVisible()); // nothing to settle when synced

    // After a sync the change has gone: refreshing the header says so.
    QVERIFY(view.open(m_ids.at(0)));
    QVERIFY(execBound(*m_db, QStringLiteral("DELETE FROM outbox WHERE young_person_id = ?1"), {m_ids.at(0)}));
    view.refreshSyncState();
    QCOMPARE(view.header()->syncText(), QStringLiteral("Synced"));
}

void TestSyncStateView::savingAnEditMakesTheHeaderSayWaiting()
{
    ui::RecordView view(*m_db, *m_clock, kActor);
    view.resize(1366, 768);
    view.show();
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QVERIFY(view.open(m_ids.at(3)));
    QCOMPARE(view.header()->syncText(), QStringLiteral("Synced"));
    auto* preferred = view.findChild<QLineEdit*>(QStringLiteral("preferred_name"));
    QVERIFY(preferred);
    preferred->setFocus(Qt::OtherFocusReason);
    preferred->selectAll();
    QTest::keyClicks(preferred, QStringLiteral("Jaybird"));
    QTest::keyClick(preferred, Qt::Key_Return);
    QTest::keyClick(preferred, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM outbox WHERE record_id = ?1"), {m_ids.at(3)}), 1);
    QCOMPARE(view.header()->syncText(), QStringLiteral("Waiting to sync"));
}

QTEST_MAIN(TestSyncStateView)
#include "tst_sync_state_view.moc"
