#include "Disproportionality.h"

#include "KpiIndex.h"
#include "MeasureCalculator.h"
#include "Suppression.h"

#include <QHash>

namespace trellis::kpi {

namespace {

const QString kWhite = QStringLiteral("white");

// Which column a figure is in, for the loops below.
enum Column { Caseload, FirstTimeEntrants, Custody };

GroupFigure& figureOf(DisproportionalityRow& row, Column column)
{
    switch (column) {
    case Caseload:
        return row.caseload;
    case FirstTimeEntrants:
        return row.firstTimeEntrants;
    case Custody:
        break;
    }
    return row.custody;
}

ColumnTotal& totalOf(DisproportionalityTable& table, Column column)
{
    switch (column) {
    case Caseload:
        return table.caseloadTotal;
    case FirstTimeEntrants:
        return table.firstTimeEntrantsTotal;
    case Custody:
        break;
    }
    return table.custodyTotal;
}

} // namespace

DisproportionalityTable Disproportionality::compute(const KpiFacts& facts, const KpiScope& scope,
                                                    const PopulationTable& population)
{
    return compute(MeasureCalculator(facts), scope, population);
}

DisproportionalityTable Disproportionality::compute(const MeasureCalculator& calculator, const KpiScope& scope,
                                                    const PopulationTable& population)
{
    const KpiFacts& facts = calculator.facts();
    DisproportionalityTable table;
    table.populationIsExample = population.isExample;
    table.populationTotal = population.total();
    const QStringList groups = EthnicGroups::keys();
    QHash<QString, int> rowOf;
    for (const QString& group : groups) {
        DisproportionalityRow row;
        row.group = group;
        row.population = population.byGroup.value(group);
        if (table.populationTotal > 0)
            row.populationShare = 100.0 * row.population / table.populationTotal;
        rowOf.insert(group, int(table.rows.size()));
        table.rows.append(row);
    }
    // Rows are in EthnicGroups::keys() order, the order of PersonFact::ethnicGroup's codes.
    const KpiIndex& index = calculator.index();
    const auto place = [&](Column column, const DrillRow& drill, int person) {
        const int row = index.person(person).ethnicGroup;
        if (row < 0)
            return false;
        GroupFigure& figure = figureOf(table.rows[row], column);
        ++figure.count;
        figure.rows.append(drill);
        return true;
    };

    const QList<bool> mask = KpiIndex::scopeMask(facts, scope);
    const QString openCase = QStringLiteral("open case");
    for (qsizetype p = 0; p < facts.people.size(); ++p) {
        if (!index.person(int(p)).has(PersonKeys::Open) || !mask[p])
            continue;
        if (!place(Caseload, {facts.people[p].id, scope.today, openCase, int(p)}, int(p)))
            ++table.notStatedCaseload;
    }
    // The two period columns are exactly the measures' rows, so they cannot disagree with them.
    for (const auto& [column, key] : {std::pair{FirstTimeEntrants, "first_time_entrants"},
                                      std::pair{Custody, "custodial_outcomes"}}) {
        const MeasureValue value = calculator.compute(QString::fromLatin1(key), scope);
        for (const DrillRow& drill : value.rows)
            place(column, drill, drill.person);
    }

    const int whitePopulation = population.byGroup.value(kWhite);
    for (const Column column : {Caseload, FirstTimeEntrants, Custody}) {
        ColumnTotal& total = totalOf(table, column);
        for (DisproportionalityRow& row : table.rows) {
            const int count = figureOf(row, column).count;
            total.count += count;
            total.withheld = total.withheld || Suppression::hides(count);
        }
        const GroupFigure& white = figureOf(table.rows[rowOf.value(kWhite)], column);
        for (DisproportionalityRow& row : table.rows) {
            GroupFigure& figure = figureOf(row, column);
            if (!total.withheld && total.count > 0)
                figure.share = 100.0 * figure.count / total.count;
            // RRI: (group count / group population) ÷ (White count / White population).
            if (!Suppression::hides(figure.count) && !Suppression::hides(white.count) && white.count > 0
                && row.population > 0 && whitePopulation > 0)
                figure.relativeRate =
                    (double(figure.count) / row.population) / (double(white.count) / whitePopulation);
        }
    }
    return table;
}

} // namespace trellis::kpi
