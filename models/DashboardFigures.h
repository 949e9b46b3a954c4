#pragma once

#include "kpi/Disproportionality.h"
#include "kpi/KpiFacts.h"
#include "kpi/KpiScope.h"
#include "kpi/Measure.h"
#include "kpi/PopulationTable.h"
#include "kpi/TeamCaseload.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <memory>

namespace trellis {

// Every figure the supervisor dashboard shows for one scope, worked out in one go from a KpiFacts
// snapshot. It is computed off the GUI thread (BackgroundReader) and handed to the dashboard's
// item models whole, so that a filter change swaps every tab at once and no tab can show figures
// of another scope. The facts are shared, never copied: 100,000 young people are read once per
// load, whatever the number of filter changes.
struct DashboardFigures {
    std::shared_ptr<const kpi::KpiFacts> facts;
    std::shared_ptr<const kpi::PopulationTable> population;
    std::shared_ptr<const QHash<QString, int>> personIndex; // young person id → index in facts->people
    kpi::KpiScope scope;
    QDateTime readAt; // when the facts were read from the store

    QList<kpi::WorkerCaseload> caseload;     // TeamCaseload::compute
    QList<kpi::MeasureValue> overdue;        // MeasureGroup::Overdue, catalogue order
    QList<int> years;                        // five financial years (start years), oldest first
    QList<QList<kpi::MeasureValue>> byYear;  // [year index][youth-safety measure], catalogue order
    QList<kpi::MeasureValue> periodMeasures; // the youth-safety measures for scope.period itself
    bool periodIsYear = true;                // scope.period is exactly one of `years`
    QList<kpi::MeasureValue> yjb;            // MeasureGroup::Yjb, catalogue order
    kpi::DisproportionalityTable disproportionality;

    bool isEmpty() const { return !facts; }

    // The five financial years the measures table shows: those ending with the one holding today
    // (a period outside them gets a column of its own).
    static QList<int> yearsFor(const kpi::KpiScope& scope);
    static std::shared_ptr<const QHash<QString, int>> indexPeople(const kpi::KpiFacts& facts);
    // Pure: no store, no clock but scope.today.
    static DashboardFigures compute(std::shared_ptr<const kpi::KpiFacts> facts,
                                    std::shared_ptr<const kpi::PopulationTable> population,
                                    std::shared_ptr<const QHash<QString, int>> personIndex, const kpi::KpiScope& scope,
                                    const QDateTime& readAt);
};

} // namespace trellis
