#include "DashboardFigures.h"

#include "kpi/FinancialYear.h"
#include "kpi/MeasureCalculator.h"

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
    figures.personIndex = personIndex ? personIndex : indexPeople(*facts);
    figures.scope = scope;
    figures.readAt = readAt;

    const MeasureCalculator calculator(*facts);
    figures.caseload = TeamCaseload::compute(*facts, scope);
    figures.overdue = calculator.computeGroup(MeasureGroup::Overdue, scope);
    figures.yjb = calculator.computeGroup(MeasureGroup::Yjb, scope);
    figures.years = yearsFor(scope);
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
    figures.disproportionality = Disproportionality::compute(*facts, scope, *population);
    return figures;
}

} // namespace trellis
