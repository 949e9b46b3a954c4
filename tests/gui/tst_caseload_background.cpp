// The caseload of a large store, read off the GUI thread: the first lines are there at once, the
// rest arrives from BackgroundReader's thread without changing what the worker already sees, and
// locking in the middle of a load is safe. A fictional demo store a little over
// CaseloadView::kBackgroundRows young people.
#include "TestStore.h"

#include "CaseloadFilterModel.h"
#include "CaseloadModel.h"
#include "caseload/CaseloadView.h"
#include "demo/DemoSeeder.h"
#include "session/Clock.h"
#include "store/BackgroundReader.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>
#include <vector>

using namespace trellis;
using namespace trellis::test;
using ui::CaseloadView;

namespace {

const QDate kToday(2026, 11, 26);
constexpr int kLoadTimeoutMs = 60000;

QStringList shownIds(const CaseloadView& view, int rows)
{
    QStringList ids;
    QAbstractItemModel* model = view.table()->model();
    for (int row = 0; row < std::min(rows, model->rowCount()); ++row)
        ids << model->index(row, 0).data(CaseloadModel::IdRole).toString();
    return ids;
}

} // namespace

class TestCaseloadBackground : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstLinesAtOnceThenTheWholeList();
    void keepsTheCurrentYoungPersonWhenTheRestArrives();
    void theNewestLoadWins();
    void lockingWhileLoadingIsSafe();
    void aReaderThatCannotOpenFallsBackToTheMainConnection();
    void aSmallStoreIsReadAtOnce();

private:
    void waitForLoad();

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<BackgroundReader> m_reader;
    std::unique_ptr<CaseloadView> m_view;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    qint64 m_open = 0;
    qint64 m_live = 0;
};

void TestCaseloadBackground::initTestCase()
{
    m_store = std::make_unique<TestStore>();
    m_db = m_store->create();
    QVERIFY(m_db);
    demo::DemoSeeder::Options options;
    options.cases = CaseloadView::kBackgroundRows + 200;
    options.today = kToday;
    QVERIFY(demo::DemoSeeder(*m_db, options).run().ok);
    m_open = count(*m_db, QStringLiteral("SELECT count(*) FROM young_person WHERE deleted = 0 AND status = 'open'"));
    m_live = count(*m_db, QStringLiteral("SELECT count(*) FROM young_person WHERE deleted = 0"));
    QVERIFY(m_open > CaseloadView::kFirstPageRows);
    m_clock = std::make_unique<ManualClock>(QDateTime(kToday, QTime(9, 0), Qt::UTC));
}

void TestCaseloadBackground::init()
{
    m_reader = std::make_unique<BackgroundReader>(m_store->path(), testPassphrase());
    m_view = std::make_unique<CaseloadView>(*m_db, *m_clock);
    m_view->setBackgroundReader(m_reader.get());
    m_view->resize(1366, 700);
    m_view->show();
    // Both models are checked through every first page, background swap and newer reload.
    m_testers.clear();
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        m_view->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest));
}

void TestCaseloadBackground::cleanup()
{
    m_testers.clear();
    m_view.reset();
    m_reader.reset();
}

void TestCaseloadBackground::waitForLoad()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isLoading(), kLoadTimeoutMs);
}

void TestCaseloadBackground::firstLinesAtOnceThenTheWholeList()
{
    QSignalSpy loading(m_view.get(), &CaseloadView::loadingChanged);
    QVERIFY(m_view->reload());

    // Before the event loop has run once: the first lines are on screen, the rest is coming.
    QVERIFY(m_view->isLoading());
    const int first = m_view->shownCount();
    QVERIFY2(first >= CaseloadView::kFirstPageRows && first < m_open, qPrintable(QString::number(first)));
    QVERIFY2(m_view->statusText().contains(QStringLiteral("loading the rest")), qPrintable(m_view->statusText()));
    QVERIFY(!m_view->currentId().isEmpty()); // Enter already opens the first young person
    const QStringList firstIds = shownIds(*m_view, first);

    waitForLoad();
    QCOMPARE(m_view->shownCount(), int(m_open));
    QCOMPARE(m_view->totalCount(), int(m_live));
    QCOMPARE(m_view->statusText(), CaseloadView::countText(int(m_open), int(m_live)));
    // The lines shown first are exactly the lines the whole list starts with: nothing jumps.
    QCOMPARE(shownIds(*m_view, first), firstIds);
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);
}

void TestCaseloadBackground::keepsTheCurrentYoungPersonWhenTheRestArrives()
{
    QVERIFY(m_view->reload());
    waitForLoad();
    const QString chosen = shownIds(*m_view, 3000).last();
    QVERIFY(m_view->selectId(chosen));

    QVERIFY(m_view->reload()); // large now, so the whole reload goes to the reader
    QVERIFY(m_view->isLoading());
    QCOMPARE(m_view->currentId(), chosen); // the old rows stay until the new ones arrive
    waitForLoad();
    QCOMPARE(m_view->currentId(), chosen);
    QCOMPARE(m_view->shownCount(), int(m_open));
}

void TestCaseloadBackground::theNewestLoadWins()
{
    QVERIFY(m_view->reload());
    waitForLoad();
    const QString id = shownIds(*m_view, 1).first();
    QSignalSpy loading(m_view.get(), &CaseloadView::loadingChanged);

    QVERIFY(m_view->reload()); // this one may read the old name
    auto& rename = m_db->cached("UPDATE young_person SET given_name = 'Zebedee' WHERE id = ?1");
    rename.bind(1, id);
    QVERIFY(rename.exec());
    QVERIFY(m_view->reload()); // this one reads the new name, and only its rows are shown
    waitForLoad();

    const int row = m_view->model()->rowOfId(id);
    QVERIFY(row >= 0);
    QCOMPARE(m_view->model()->entry(row).row.givenName, QStringLiteral("Zebedee"));
    QCOMPARE(loading.size(), 2); // loading from the first reload to the last arrival, once
    QCOMPARE(loading.last().at(0).toBool(), false);
    QVERIFY(!m_view->isLoading());
}

void TestCaseloadBackground::lockingWhileLoadingIsSafe()
{
    QVERIFY(m_view->reload());
    QVERIFY(m_view->isLoading());
    // What Session::lock does: the widgets go first, then the reader (interrupting its read).
    m_testers.clear();
    m_view.reset();
    m_reader.reset();
    QTest::qWait(50); // any late result would be delivered now, to nobody
    // The store is still whole and usable on the main connection.
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM young_person WHERE deleted = 0")), m_live);
}

void TestCaseloadBackground::aReaderThatCannotOpenFallsBackToTheMainConnection()
{
    m_view->setBackgroundReader(nullptr);
    m_reader = std::make_unique<BackgroundReader>(m_store->path(), otherPassphrase());
    m_view->setBackgroundReader(m_reader.get());
    QVERIFY(m_view->reload());
    waitForLoad();
    QCOMPARE(m_view->shownCount(), int(m_open));
    QCOMPARE(m_view->totalCount(), int(m_live));
}

void TestCaseloadBackground::aSmallStoreIsReadAtOnce()
{
    TestStore small;
    auto db = small.create();
    QVERIFY(db);
    demo::DemoSeeder::Options options;
    options.cases = 40;
    options.today = kToday;
    QVERIFY(demo::DemoSeeder(*db, options).run().ok);
    BackgroundReader reader(small.path(), testPassphrase());
    CaseloadView view(*db, *m_clock);
    view.setBackgroundReader(&reader);
    QVERIFY(view.reload());
    QVERIFY(!view.isLoading()); // a real caseload's size: no waiting, no half list
    QCOMPARE(view.totalCount(), int(count(*db, QStringLiteral("SELECT count(*) FROM young_person WHERE deleted = 0"))));
}

QTEST_MAIN(TestCaseloadBackground)
#include "tst_caseload_background.moc"
