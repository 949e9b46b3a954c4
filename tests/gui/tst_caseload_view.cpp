// The caseload screen driven as a worker would: by object names, keys and clicks, over a
// fictional demo store. With TRELLIS_SCREENSHOT_DIR set it also saves caseload.png (1366x768,
// 250 demo cases) for docs/screenshots.
#include "TestStore.h"

#include "CaseloadFilterModel.h"
#include "CaseloadModel.h"
#include "caseload/CaseloadView.h"
#include "demo/DemoSeeder.h"
#include "session/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace trellis;
using namespace trellis::test;
using ui::CaseloadView;

namespace {

const QDate kToday(2026, 11, 26);

QDateTime start()
{
    return QDateTime(kToday, QTime(9, 0), Qt::UTC);
}

template <typename T> T* child(QWidget& widget, const char* name)
{
    auto* found = widget.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

QString shownText(QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

// Picks the combo entry whose text is `text`, as a worker choosing from the list would.
void choose(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

} // namespace

class TestCaseloadView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheCaseloadWithCount();
    void typingNarrowsRowsAndCount();
    void ctrlFFocusesSearch();
    void enterOpensTheCurrentYoungPerson();
    void ctrlNAsksForANewYoungPerson();
    void filtersNarrowTheList();
    void overdueCellSaysSoWithTextAndIcon();
    void everyColumnSorts();
    void screenshot();

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CaseloadView> m_view;
    QString m_overdueReference;
};

void TestCaseloadView::initTestCase()
{
    m_store = std::make_unique<TestStore>();
    m_db = m_store->create();
    QVERIFY(m_db);
    demo::DemoSeeder::Options options;
    options.cases = 250;
    options.today = kToday;
    QVERIFY(demo::DemoSeeder(*m_db, options).run().ok);
    // One open case with a contact that is certainly overdue, whatever the seeder chose.
    auto reference = m_db->scalar("SELECT reference FROM young_person WHERE status = 'open' ORDER BY rowid LIMIT 1");
    QVERIFY(reference.ok());
    m_overdueReference = reference.value().toString();
    auto& stmt = m_db->cached("UPDATE young_person SET next_contact_due = '2026-11-12' WHERE reference = ?1");
    stmt.bind(1, m_overdueReference);
    QVERIFY(stmt.exec());
    m_clock = std::make_unique<ManualClock>(start());
}

void TestCaseloadView::init()
{
    m_view = std::make_unique<CaseloadView>(*m_db, *m_clock);
    m_view->resize(1366, 700);
    QVERIFY(m_view->reload());
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

void TestCaseloadView::cleanup()
{
    m_view.reset();
}

void TestCaseloadView::showsTheCaseloadWithCount()
{
    auto* status = child<QComboBox>(*m_view, "statusFilter");
    QCOMPARE(status->currentText(), QStringLiteral("Open")); // open cases first
    const int open = m_view->shownCount();
    QVERIFY(open > 0 && open < 250);
    QCOMPARE(m_view->totalCount(), 250);
    QSignalSpy counts(m_view.get(), &CaseloadView::countChanged);
    choose(status, QStringLiteral("Open and closed"));
    QVERIFY(!counts.isEmpty());
    QCOMPARE(counts.last().at(0).toInt(), 250);
    QCOMPARE(counts.last().at(1).toInt(), 250);
    QCOMPARE(CaseloadView::countText(250, 250), QStringLiteral("250 young people"));
    QCOMPARE(CaseloadView::countText(12, 250), QStringLiteral("Showing 12 of 250 young people"));
    auto* table = child<QTableView>(*m_view, "caseloadTable");
    QVERIFY(table->isSortingEnabled());
    QCOMPARE(table->selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(CaseloadModel::NextContactColumn));
}

void TestCaseloadView::typingNarrowsRowsAndCount()
{
    choose(child<QComboBox>(*m_view, "statusFilter"), QStringLiteral("Open and closed"));
    auto* table = child<QTableView>(*m_view, "caseloadTable");
    auto* search = child<QLineEdit>(*m_view, "searchEdit");
    QCOMPARE(search->placeholderText(), QStringLiteral("Search by name or reference (Ctrl+F)"));
    // A family name from the list, typed a letter at a time.
    const QString family = m_view->model()->entry(7).row.familyName;
    QSignalSpy counts(m_view.get(), &CaseloadView::countChanged);
    int previous = 250;
    for (int length = 1; length <= family.size(); ++length) {
        search->clear();
        QTest::keyClicks(search, family.left(length));
        const int shown = table->model()->rowCount();
        QVERIFY2(shown <= previous, qPrintable(family.left(length)));
        previous = shown;
    }
    QVERIFY(previous >= 1 && previous < 250);
    QCOMPARE(counts.last().at(0).toInt(), previous);
    QCOMPARE(counts.last().at(1).toInt(), 250);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString key = table->model()->index(row, 0).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(key.contains(family, Qt::CaseInsensitive), qPrintable(key));
    }
    // A reference finds exactly that young person.
    search->clear();
    QTest::keyClicks(search, m_overdueReference.toLower());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(shownText(table, 0, CaseloadModel::ReferenceColumn), m_overdueReference);
    QCOMPARE(counts.last().at(0).toInt(), 1);
    search->clear();
    QCOMPARE(table->model()->rowCount(), 250);
}

void TestCaseloadView::ctrlFFocusesSearch()
{
    auto* table = child<QTableView>(*m_view, "caseloadTable");
    auto* search = child<QLineEdit>(*m_view, "searchEdit");
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    // Down goes from the search into the list.
    QTest::keyClick(search, Qt::Key_Down);
    QTRY_VERIFY(table->hasFocus());
}

void TestCaseloadView::enterOpensTheCurrentYoungPerson()
{
    auto* table = child<QTableView>(*m_view, "caseloadTable");
    QSignalSpy opened(m_view.get(), &CaseloadView::openRecord);
    const QString id = table->model()->index(3, 0).data(CaseloadModel::IdRole).toString();
    QVERIFY(m_view->selectId(id));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.last().at(0).toString(), id);
    QTest::keyClick(table, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(opened.size(), 2);

    // Down moves to the next row and Enter opens that one.
    QTest::keyClick(table, Qt::Key_Down);
    const QString next = m_view->currentId();
    QVERIFY(next != id);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(opened.last().at(0).toString(), next);

    // From the search box: type a reference, press Enter.
    auto* search = child<QLineEdit>(*m_view, "searchEdit");
    QTest::keyClicks(search, m_overdueReference);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(opened.last().at(0).toString(), table->model()->index(0, 0).data(CaseloadModel::IdRole).toString());
    QCOMPARE(shownText(table, 0, CaseloadModel::ReferenceColumn), m_overdueReference);

    // Double-click opens too.
    const QRect rect = table->visualRect(table->model()->index(0, CaseloadModel::NameColumn));
    // A real double-click is a press, a release, then the double-click event.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(opened.size(), 5);
}

void TestCaseloadView::ctrlNAsksForANewYoungPerson()
{
    QSignalSpy added(m_view.get(), &CaseloadView::newYoungPerson);
    auto* table = child<QTableView>(*m_view, "caseloadTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(added.size(), 1);
}

void TestCaseloadView::filtersNarrowTheList()
{
    auto* table = child<QTableView>(*m_view, "caseloadTable");
    CaseloadModel* model = m_view->model();
    CaseloadFilterModel* filter = m_view->filterModel();
    const auto entryAt = [&](int row) -> const CaseloadModel::Entry& {
        return model->entry(filter->mapToSource(filter->index(row, 0)).row());
    };

    choose(child<QComboBox>(*m_view, "statusFilter"), QStringLiteral("Closed"));
    QVERIFY(table->model()->rowCount() > 0);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(!entryAt(row).open);
    choose(child<QComboBox>(*m_view, "statusFilter"), QStringLiteral("Open and closed"));
    QCOMPARE(table->model()->rowCount(), 250);

    choose(child<QComboBox>(*m_view, "riskFilter"), QStringLiteral("High or higher"));
    const int high = table->model()->rowCount();
    QVERIFY(high > 0 && high < 250);
    for (int row = 0; row < high; ++row)
        QVERIFY(entryAt(row).highestRisk() >= 2);
    choose(child<QComboBox>(*m_view, "riskFilter"), QStringLiteral("Any rating"));

    choose(child<QComboBox>(*m_view, "flagFilter"), QStringLiteral("Child criminal exploitation"));
    const int cce = table->model()->rowCount();
    QVERIFY(cce > 0 && cce < 250);
    for (int row = 0; row < cce; ++row)
        QVERIFY(entryAt(row).flags & CaseloadModel::FlagCce);
    choose(child<QComboBox>(*m_view, "flagFilter"), QStringLiteral("Any or none"));

    QSignalSpy counts(m_view.get(), &CaseloadView::countChanged);
    child<QCheckBox>(*m_view, "overdueFilter")->setChecked(true);
    const int overdue = table->model()->rowCount();
    QVERIFY(overdue >= 1);
    for (int row = 0; row < overdue; ++row)
        QVERIFY(entryAt(row).anyOverdue());
    QCOMPARE(counts.last().at(0).toInt(), overdue);
    child<QCheckBox>(*m_view, "overdueFilter")->setChecked(false);
    QCOMPARE(table->model()->rowCount(), 250);
}

void TestCaseloadView::overdueCellSaysSoWithTextAndIcon()
{
    auto* table = child<QTableView>(*m_view, "caseloadTable");
    QTest::keyClicks(child<QLineEdit>(*m_view, "searchEdit"), m_overdueReference);
    QCOMPARE(table->model()->rowCount(), 1);
    const QModelIndex due = table->model()->index(0, CaseloadModel::NextContactColumn);
    QCOMPARE(due.data().toString(), QStringLiteral("12 Nov 2026 \u2014 overdue"));
    QVERIFY(!due.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(due.data(Qt::ForegroundRole).isValid());
    QVERIFY(due.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("overdue")));
}

void TestCaseloadView::everyColumnSorts()
{
    auto* table = child<QTableView>(*m_view, "caseloadTable");
    QHeaderView* header = table->horizontalHeader();
    for (int column = 0; column < CaseloadModel::ColumnCount; ++column) {
        const QString firstBefore = m_view->currentId();
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), column);
        QCOMPARE(m_view->model()->sortColumn(), column);
        // The order is the model's: each row sorts no later than the next.
        const int rows = table->model()->rowCount();
        const Qt::SortOrder order = header->sortIndicatorOrder();
        for (int row = 0; row + 1 < rows; ++row) {
            const int a = m_view->filterModel()->mapToSource(table->model()->index(row, 0)).row();
            const int b = m_view->filterModel()->mapToSource(table->model()->index(row + 1, 0)).row();
            QVERIFY(order == Qt::AscendingOrder ? !m_view->model()->lessThan(column, b, a)
                                                : !m_view->model()->lessThan(column, a, b));
        }
        QCOMPARE(m_view->currentId(), firstBefore); // the current young person stays current
    }
}

void TestCaseloadView::screenshot()
{
    const QString dir = qEnvironmentVariable("TRELLIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set TRELLIS_SCREENSHOT_DIR to save caseload.png");
    m_view.reset();
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Trellis"));
    auto* view = new CaseloadView(*m_db, *m_clock, &window);
    window.setCentralWidget(view);
    auto* count = new QLabel(&window);
    window.statusBar()->addWidget(count, 1);
    connect(view, &CaseloadView::countChanged, count,
            [count](int shown, int total) { count->setText(CaseloadView::countText(shown, total)); });
    QVERIFY(view->reload());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(200);
    const QString path = QDir(dir).filePath(QStringLiteral("caseload.png"));
    QVERIFY2(window.grab().save(path), qPrintable(path));
    qInfo("wrote %s", qPrintable(path));
}

QTEST_MAIN(TestCaseloadView)
#include "tst_caseload_view.moc"
