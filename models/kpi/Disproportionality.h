#pragma once

#include "KpiFacts.h"
#include "KpiScope.h"
#include "Measure.h"
#include "PopulationTable.h"

#include <optional>

namespace trellis::kpi {

// For each ethnic group: its share of the caseload, of first-time entrants and of custodial
// outcomes in the period, against its share of the local 10–17 population; and the relative rate
// index (the group's rate per 10–17 population ÷ the rate for White children). Counts of 1–4 are
// suppressed, nothing is derived from a suppressed count, and a column's total is withheld when
// one of its cells is (it would reveal that cell by subtraction).
struct GroupFigure {
    int count = 0;
    std::optional<double> share;        // % of the column's people with a known group; nullopt when suppressed or no data
    std::optional<double> relativeRate; // RRI against White; nullopt when either side is suppressed, or no population
    QList<DrillRow> rows;               // exactly `count`
    // (added) Complementary suppression: the smallest shown cell of a column with a suppressed
    // cell is withheld too ("–"), so no hidden cell is the column total (known from other
    // figures) minus the rest. Its share and relative rate are withheld with it.
    bool withheld = false;
    QString shown() const;              // "<5", "–" when withheld, else the count
};

struct DisproportionalityRow {
    QString group;                       // EthnicGroups key
    int population = 0;
    std::optional<double> populationShare;
    GroupFigure caseload;                // open young people in scope, as at today
    GroupFigure firstTimeEntrants;       // as the measure "first_time_entrants", in the period
    GroupFigure custody;                 // as the measure "custodial_outcomes", in the period
};

// A column's total over the young people with a known group. Withheld when a cell of the column
// is suppressed: with the total, that cell would be the total minus the others. The shares of a
// column with a withheld total are withheld too, since a count and its share give the total.
struct ColumnTotal {
    int count = 0;
    bool withheld = false;
};

struct DisproportionalityTable {
    QList<DisproportionalityRow> rows;   // EthnicGroups::keys() order
    int notStatedCaseload = 0;           // young people with no stated ethnicity (not in any share)
    bool notStatedCaseloadWithheld = false; // (added) withheld as a complementary cell
    int notStatedFirstTimeEntrants = 0;  // (added) in the measure but in no group; never shown,
    int notStatedCustody = 0;            //   yet a cell of its column for complementary suppression
    bool populationIsExample = true;
    int populationTotal = 0;
    ColumnTotal caseloadTotal;           // (added) each column's total, see ColumnTotal
    ColumnTotal firstTimeEntrantsTotal;
    ColumnTotal custodyTotal;
};

class MeasureCalculator;

class Disproportionality {
public:
    static DisproportionalityTable compute(const KpiFacts& facts, const KpiScope& scope,
                                           const PopulationTable& population);
    // The same with the calculator (and its index) the caller already has for the measures.
    static DisproportionalityTable compute(const MeasureCalculator& calculator, const KpiScope& scope,
                                           const PopulationTable& population);
    // (added) The same figures with every GroupFigure::rows left empty, for charts and exports
    // (KpiReport): the caseload column alone would list every open young person.
    static DisproportionalityTable computeCounts(const MeasureCalculator& calculator, const KpiScope& scope,
                                                 const PopulationTable& population);

private:
    static DisproportionalityTable build(const MeasureCalculator& calculator, const KpiScope& scope,
                                         const PopulationTable& population, bool listRows);
};

} // namespace trellis::kpi
