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

int notStatedOf(const DisproportionalityTable& table, Column column)
{
    switch (column) {
    case Caseload:
        return table.notStatedCaseload;
    case FirstTimeEntrants:
        return table.notStatedFirstTimeEntrants;
    case Custody:
        break;
    }
    return table.notStatedCustody;
}

// Complementary (secondary) suppression, per column over its six cells (five groups and not
// stated): when any cell is suppressed, the smallest other non-zero cell is withheld as well, so
// the column's total, which other figures give (the open caseload; the measure's count), minus
// the shown cells leaves at least two unknowns. A zero is skipped: withholding it would leave
// the suppressed cell as the whole difference. The not-stated cell of the period columns is
// never shown, so it is never the one withheld.
void withholdComplementaryCells(DisproportionalityTable& table)
{
    for (const Column column : {Caseload, FirstTimeEntrants, Custody}) {
        bool anyHidden = Suppression::hides(notStatedOf(table, column));
        for (DisproportionalityRow& row : table.rows)
            anyHidden = anyHidden || Suppression::hides(figureOf(row, column).count);
        if (!anyHidden)
            continue;
        GroupFigure* smallest = nullptr;
        int smallestCount = 0;
        for (DisproportionalityRow& row : table.rows) {
            GroupFigure& figure = figureOf(row, column);
            if (figure.count > 0 && !Suppression::hides(figure.count) && (!smallest || figure.count < smallestCount)) {
                smallest = &figure;
                smallestCount = figure.count;
            }
        }
        const int notStated = table.notStatedCaseload;
        if (column == Caseload && notStated > 0 && !Suppression::hides(notStated)
            && (!smallest || notStated < smallestCount))
            table.notStatedCaseloadWithheld = true;
        else if (smallest)
            smallest->withheld = true;
    }
}

} // namespace

QString GroupFigure::shown() const
{
    return withheld ? QStringLiteral("–") : Suppression::shown(count);
}

DisproportionalityTable Disproportionality::compute(const KpiFacts& facts, const KpiScope& scope,
                                                    const PopulationTable& population)
{
    return compute(MeasureCalculator(facts), scope, population);
}

DisproportionalityTable Disproportionality::compute(const MeasureCalculator& calculator, const KpiScope& scope,
                                                    const PopulationTable& population)
{
    return build(calculator, scope, population, true);
}

DisproportionalityTable Disproportionality::computeCounts(const MeasureCalculator& calculator, const KpiScope& scope,
                                                          const PopulationTable& population)
{
    return build(calculator, scope, population, false);
}

DisproportionalityTable Disproportionality::build(const MeasureCalculator& calculator, const KpiScope& scope,
                                                  const PopulationTable& population, bool listRows)
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
        if (listRows)
            figure.rows.append(drill);
        return true;
    };

    const QList<bool> mask = KpiIndex::scopeMask(facts, scope);
    const QString openCase = QStringLiteral("open case");
    for (qsizetype p = 0; p < facts.people.size(); ++p) {
        if (!index.person(int(p)).has(PersonKeys::Open) || !mask[p])
            continue;
        if (index.person(int(p)).ethnicGroup < 0)
            ++table.notStatedCaseload;
        else if (listRows)
            place(Caseload, {facts.people[p].id, scope.today, openCase, int(p)}, int(p));
        else
            ++figureOf(table.rows[index.person(int(p)).ethnicGroup], Caseload).count; // no row: no id copied
    }
    // The two period columns are exactly the measures' rows, so they cannot disagree with them.
    for (const auto& [column, key] : {std::pair{FirstTimeEntrants, "first_time_entrants"},
                                      std::pair{Custody, "custodial_outcomes"}}) {
        const MeasureValue value = calculator.compute(QString::fromLatin1(key), scope);
        int& notStated = column == FirstTimeEntrants ? table.notStatedFirstTimeEntrants : table.notStatedCustody;
        for (const DrillRow& drill : value.rows)
            if (!place(column, drill, drill.person))
                ++notStated;
    }
    withholdComplementaryCells(table);

    const int whitePopulation = population.byGroup.value(kWhite);
    for (const Column column : {Caseload, FirstTimeEntrants, Custody}) {
        ColumnTotal& total = totalOf(table, column);
        for (DisproportionalityRow& row : table.rows) {
            const int count = figureOf(row, column).count;
            total.count += count;
            total.withheld = total.withheld || Suppression::hides(count);
        }
        // A suppressed not-stated count is revealed by the measure (or caseload) minus the total.
        total.withheld = total.withheld || Suppression::hides(notStatedOf(table, column));
        const GroupFigure& white = figureOf(table.rows[rowOf.value(kWhite)], column);
        for (DisproportionalityRow& row : table.rows) {
            GroupFigure& figure = figureOf(row, column);
            if (!total.withheld && total.count > 0)
                figure.share = 100.0 * figure.count / total.count;
            // RRI: (group count / group population) ÷ (White count / White population).
            // A withheld White cell would come back from any group's rate: no rate in its column.
            if (!Suppression::hides(figure.count) && !Suppression::hides(white.count) && white.count > 0
                && !figure.withheld && !white.withheld
                && row.population > 0 && whitePopulation > 0)
                figure.relativeRate =
                    (double(figure.count) / row.population) / (double(white.count) / whitePopulation);
        }
    }
    return table;
}

} // namespace trellis::kpi
