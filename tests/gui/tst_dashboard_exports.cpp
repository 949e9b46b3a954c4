// What the dashboard's charts draw when they leave Trellis (PNG, board report): suppressed
// models and no bar or "0" for a suppressed point. Split from tst_dashboard.cpp (600 lines).

#include "DashboardFigures.h"
#include "KpiTeamCaseloadModel.h"
#include "charts/ModelBarChart.h"
#include "dashboard/DashboardCharts.h"

#include <QApplication>
#include <QStandardItemModel>
#include <QTest>

using namespace trellis;
using namespace trellis::kpi;

namespace {

// Ada: low 2, medium 0, high 7, very high 1. Bo: low 9, medium 6, high 0, very high 3.
DashboardFigures teamFigures()
{
    DashboardFigures figures;
    figures.facts = std::make_shared<const KpiFacts>();
    figures.scope = {FinancialYear::period(2025), QDate(2026, 11, 26), {}, {}};
    figures.caseload = {{QStringLiteral("w1"), QStringLiteral("Ada"), {2, 0, 7, 1}},
                        {QStringLiteral("w2"), QStringLiteral("Bo"), {9, 6, 0, 3}}};
    return figures;
}

} // namespace

class TestDashboardExports : public QObject {
    Q_OBJECT

private slots:
    void exportedTeamChartIsSuppressed();
    void suppressedPointHasNoBarAndNoZeroLabel();
};

// Finding 1: the team-caseload chart of a PNG or the board report came from an exact model and
// drew 2, 1 and 3. For export the model is suppressed: those points have no chart value and no bar.
void TestDashboardExports::exportedTeamChartIsSuppressed()
{
    using K = ui::DashboardCharts::Kind;
    auto exported = ui::DashboardCharts::makeModel(K::TeamCaseload, ui::DashboardCharts::Use::Export);
    exported->setFigures(teamFigures());
    QVERIFY(!static_cast<KpiTeamCaseloadModel*>(exported.get())->isExact());
    const QModelIndex adaLow = exported->index(0, KpiTeamCaseloadModel::LowColumn);
    QCOMPARE(adaLow.data().toString(), QStringLiteral("<5"));
    QVERIFY(!adaLow.data(KpiDrillModel::ChartValueRole).isValid());

    ui::ModelBarChart chart;
    ui::DashboardCharts::setUpChart(chart, K::TeamCaseload, exported.get());
    QVERIFY(!chart.valueAt(0, KpiTeamCaseloadModel::LowColumn));
    QVERIFY(!chart.valueAt(0, KpiTeamCaseloadModel::VeryHighColumn));
    QCOMPARE(*chart.valueAt(0, KpiTeamCaseloadModel::HighColumn), 7.0);
    QCOMPARE(chart.seriesCount(), 4);
    // A horizontal chart lists the rows bottom up: category 1 is Ada.
    QCOMPARE(chart.drawnValues(0).value(1, -1), 0.0); // low 2: no bar
    QCOMPARE(chart.drawnValues(3).value(1, -1), 0.0); // very high 1: no bar
    QCOMPARE(chart.drawnValues(2).value(1, -1), 7.0);
    QVERIFY(!chart.drawsValueLabels(0)); // no "0" where the 2 was
    QVERIFY(chart.drawsValueLabels(1));  // medium: 0 and 6, both shown

    // On screen the work list stays exact.
    auto screen = ui::DashboardCharts::makeModel(K::TeamCaseload, ui::DashboardCharts::Use::Screen);
    screen->setFigures(teamFigures());
    QCOMPARE(screen->index(0, KpiTeamCaseloadModel::LowColumn).data().toString(), QStringLiteral("2"));
}

// Finding 6: value_or(0) with labels on drew a suppressed point as a bar labelled "0". Now the
// set holding it shows no value labels, and a one-series chart names the shown text instead.
void TestDashboardExports::suppressedPointHasNoBarAndNoZeroLabel()
{
    QStandardItemModel model(3, 2);
    const QStringList names{QStringLiteral("Overdue contacts"), QStringLiteral("Plans"), QStringLiteral("Missing")};
    const QList<QVariant> values{QVariant(12.0), QVariant(), QVariant(0.0)}; // Plans: suppressed
    for (int row = 0; row < 3; ++row) {
        model.setData(model.index(row, 0), names.at(row));
        model.setData(model.index(row, 1), row == 1 ? QStringLiteral("<5") : values.at(row).toString());
        model.setData(model.index(row, 1), values.at(row), KpiDrillModel::ChartValueRole);
    }
    ui::ModelBarChart chart;
    chart.setValueRole(KpiDrillModel::ChartValueRole);
    chart.setLabelColumn(0);
    chart.setSeriesColumns({1});
    chart.setModel(&model);
    QVERIFY(!chart.valueAt(1, 1));
    QCOMPARE(chart.seriesCount(), 1);
    QCOMPARE(chart.drawnValues(0).value(1, -1), 0.0); // no bar
    QVERIFY(!chart.drawsValueLabels(0));               // no "0" label drawn for it
    const QStringList categories = chart.drawnCategories();
    QVERIFY2(categories.contains(QStringLiteral("Plans (<5)")), qPrintable(categories.join(QLatin1Char('|'))));
    QVERIFY(categories.contains(QStringLiteral("Overdue contacts"))); // a shown point keeps its name

    // With nothing suppressed the values are labelled as before.
    model.setData(model.index(1, 1), 8.0, KpiDrillModel::ChartValueRole);
    QVERIFY(chart.drawsValueLabels(0));
    QCOMPARE(chart.drawnCategories().value(1), QStringLiteral("Plans"));
}

QTEST_MAIN(TestDashboardExports)
#include "tst_dashboard_exports.moc"
