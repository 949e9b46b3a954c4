#pragma once

#include "KpiDrillModel.h"

#include <QCoreApplication>

#include <memory>

namespace trellis::ui {

class ModelBarChart;

// The dashboard's five figures, and how each is modelled and charted, in one place: the tabs on
// screen, the PNG export and the board report build theirs from here, so they cannot drift apart.
// For export a model is suppressed even where the screen is exact (the overdue work), as the
// contract says of everything that leaves Trellis.
class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
public:
    enum Kind { TeamCaseload, Overdue, Measures, Yjb, Disproportionality, KindCount };
    enum class Use { Screen, Export };

    static std::unique_ptr<KpiDrillModel> makeModel(Kind kind, Use use);
    // Points `chart` at `model` (made by makeModel for the same kind) and sets it up.
    // `percentages` picks the youth-safety chart of percentages instead of counts.
    static void setUpChart(ModelBarChart& chart, Kind kind, KpiDrillModel* model, bool percentages = false);
    static QString title(Kind kind); // the tab's title, "Team caseload"…
    static QString key(Kind kind);   // for object names and file names: "team", "overdue"…
};

} // namespace trellis::ui
