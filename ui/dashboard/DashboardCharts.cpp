#include "DashboardCharts.h"

#include "Colours.h"

#include "KpiDisproportionalityModel.h"
#include "KpiMeasureTableModel.h"
#include "KpiSnapshotModel.h"
#include "KpiTeamCaseloadModel.h"
#include "charts/ModelBarChart.h"

namespace trellis::ui {

using namespace kpi;

std::unique_ptr<KpiDrillModel> DashboardCharts::makeModel(Kind kind, Use use)
{
    switch (kind) {
    case TeamCaseload: {
        // The model starts exact (a work list on screen); a PNG or the board report leaves
        // Trellis, so its copy is suppressed like every other export.
        auto model = std::make_unique<KpiTeamCaseloadModel>();
        model->setExact(use == Use::Screen);
        return model;
    }
    case Overdue: {
        auto model = std::make_unique<KpiSnapshotModel>(MeasureGroup::Overdue);
        model->setExact(use == Use::Screen);
        return model;
    }
    case Measures: {
        auto model = std::make_unique<KpiMeasureTableModel>();
        model->setForExport(use == Use::Export); // a custom period's export has no five years
        return model;
    }
    case Yjb:
        return std::make_unique<KpiSnapshotModel>(MeasureGroup::Yjb);
    case Disproportionality:
        return std::make_unique<KpiDisproportionalityModel>();
    default:
        return nullptr;
    }
}

QString DashboardCharts::title(Kind kind)
{
    switch (kind) {
    case TeamCaseload:
        return tr("Team caseload");
    case Overdue:
        return tr("Overdue work");
    case Measures:
        return tr("Youth-safety measures");
    case Yjb:
        return tr("YJB indicators");
    case Disproportionality:
        return tr("Disproportionality");
    default:
        return {};
    }
}

QString DashboardCharts::key(Kind kind)
{
    static const char* const keys[] = {"team", "overdue", "measures", "yjb", "disproportionality"};
    return kind >= 0 && kind < KindCount ? QString::fromLatin1(keys[kind]) : QString();
}

void DashboardCharts::setUpChart(ModelBarChart& chart, Kind kind, KpiDrillModel* model, bool percentages)
{
    using Stacking = ModelBarChart::Stacking;
    using Direction = ModelBarChart::Direction;
    chart.setObjectName(key(kind) + QStringLiteral("Chart"));
    chart.setValueRole(KpiDrillModel::ChartValueRole);
    chart.setLabelColumn(0);
    switch (kind) {
    case TeamCaseload:
        chart.setTitle(tr("Open young people by lead worker and risk"));
        chart.setStacking(Stacking::Stacked);
        chart.setDirection(Direction::Horizontal);
        chart.setSeriesColumns({KpiTeamCaseloadModel::LowColumn, KpiTeamCaseloadModel::MediumColumn,
                                KpiTeamCaseloadModel::HighColumn, KpiTeamCaseloadModel::VeryHighColumn});
        // Risk colours a supervisor already reads in the caseload (green → red), each dark enough
        // for its white label (ui/Colours; tst_contrast).
        chart.setSeriesColors(Colours::riskSeries());
        chart.setValueAxisTitle(tr("Young people"));
        break;
    case Overdue:
        chart.setTitle(tr("Work overdue today"));
        chart.setDirection(Direction::Horizontal);
        chart.setSeriesColumns({KpiSnapshotModel::FigureColumn});
        chart.setValueAxisTitle(tr("Young people or events"));
        break;
    case Measures: {
        const auto definitions = MeasureCatalogue::inGroup(MeasureGroup::YouthSafety);
        chart.setTitle(percentages ? tr("Youth-safety measures: percentages by financial year")
                                   : tr("Youth-safety measures: counts by financial year"));
        if (percentages)
            chart.setObjectName(key(kind) + QStringLiteral("PercentChart"));
        // Five years side by side under each measure: the width of the window holds them.
        chart.setDirection(Direction::Vertical);
        // Counts and percentages on one axis would mislead: one chart of each.
        chart.setRowFilter([definitions, percentages](int row) {
            return row < definitions.size() && (definitions.at(row).unit == MeasureUnit::Percent) == percentages;
        });
        QList<int> years;
        for (int column = 1; column <= 5; ++column)
            years << column;
        chart.setSeriesColumns(years);
        chart.setValueSuffix(percentages ? QStringLiteral("%") : QString());
        chart.setValueMaximum(percentages ? 100 : 0);
        chart.setValueAxisTitle(percentages ? tr("Percent") : tr("Count"));
        break;
    }
    case Yjb:
        chart.setTitle(tr("YJB key performance indicators (open cases, as at today)"));
        chart.setDirection(Direction::Horizontal);
        chart.setSeriesColumns({KpiSnapshotModel::FigureColumn});
        chart.setValueSuffix(QStringLiteral("%"));
        chart.setValueMaximum(100);
        chart.setValueAxisTitle(tr("Percent"));
        break;
    case Disproportionality:
        chart.setTitle(tr("Share of each ethnic group: population 10–17 against the caseload, first-time entrants "
                          "and custody"));
        chart.setDirection(Direction::Vertical);
        chart.setSeriesColumns(
            {KpiDisproportionalityModel::PopulationShareColumn, KpiDisproportionalityModel::CaseloadShareColumn,
             KpiDisproportionalityModel::FteShareColumn, KpiDisproportionalityModel::CustodyShareColumn});
        chart.setValueSuffix(QStringLiteral("%"));
        chart.setValueAxisTitle(tr("Percent"));
        break;
    default:
        break;
    }
    chart.setModel(model);
}

} // namespace trellis::ui
