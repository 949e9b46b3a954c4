#include "DashboardFigures.h"

#include "kpi/FinancialYear.h"
#include "kpi/MeasureCalculator.h"

#include <future>

namespace trellis {

using namespace kpi;

QList<int> DashboardFigures::yearsFor(const KpiScope& scope)
{
    // The same five years as KpiReport's "years", so the table and `trellisctl kpi` agree.
    return FinancialYear::lastYears(scope.today, 5);
}

std::shared_ptr<const QHash<QString, int>> DashboardFigures::indexPeople(const KpiFacts& facts)
{
    auto index = std::make_shared<QHash<QString, int>>();
    index->reserve(facts.people.size());
    for (int i = 0; i < facts.people.size(); ++i)
        index->insert(facts.people.at(i).id, i);
    return index;
}

DashboardFigures DashboardFigures::compute(std::shared_ptr<const KpiFacts> facts,
                                           std::shared_ptr<const PopulationTable> population,
                                           std::shared_ptr<const QHash<QString, int>> personIndex,
                                           const KpiScope& scope, const QDateTime& readAt)
{
    DashboardFigures figures;
    if (!facts || !population)
        return figures;
    figures.facts = facts;
    figures.population = population;
    figures.scope = scope;
    figures.readAt = readAt;

    figures.years = yearsFor(scope);
    // Two halves on two threads: the five years of youth-safety measures here, the snapshots and
    // disproportionality beside them (each a few hundred milliseconds at 100,000 young people).
    // Each half has its own calculator: the facts are only read.
    auto others = std::async(std::launch::async, [&facts, &population, &personIndex, &scope] {
        const MeasureCalculator calculator(*facts);
        DashboardFigures part;
        part.personIndex = personIndex ? personIndex : indexPeople(*facts);
        part.caseload = TeamCaseload::compute(*facts, scope);
        part.overdue = calculator.computeGroup(MeasureGroup::Overdue, scope);
        part.yjb = calculator.computeGroup(MeasureGroup::Yjb, scope);
        // The calculator of this half: its index is built once, not again inside compute().
        part.disproportionality = Disproportionality::compute(calculator, scope, *population);
        return part;
    });
    const MeasureCalculator calculator(*facts);
    figures.periodIsYear = false;
    for (const int year : std::as_const(figures.years)) {
        KpiScope yearScope = scope;
        yearScope.period = FinancialYear::period(year);
        figures.byYear << calculator.computeGroup(MeasureGroup::YouthSafety, yearScope);
        if (yearScope.period == scope.period) {
            figures.periodIsYear = true;
            figures.periodMeasures = figures.byYear.constLast();
        }
    }
    if (!figures.periodIsYear)
        figures.periodMeasures = calculator.computeGroup(MeasureGroup::YouthSafety, scope);
    DashboardFigures part = others.get();
    figures.personIndex = std::move(part.personIndex);
    figures.caseload = std::move(part.caseload);
    figures.overdue = std::move(part.overdue);
    figures.yjb = std::move(part.yjb);
    figures.disproportionality = std::move(part.disproportionality);
    return figures;
}

} // namespace trellis
