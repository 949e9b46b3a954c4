#pragma once

#include "Disproportionality.h"
#include "KpiFacts.h"
#include "KpiScope.h"
#include "MeasureCalculator.h"
#include "TeamCaseload.h"

#include <QByteArray>
#include <QJsonObject>

namespace trellis::kpi {

// Everything the dashboard shows for one scope, in the form that leaves Trellis: the JSON of
// `trellisctl kpi --json`, the dashboard's CSV export and the board report all come from here,
// with small numbers suppressed (Suppression), so they cannot disagree.
//
// JSON shape:
// { "from": "2025-04-01", "to": "2026-03-31", "today": "2026-11-26", "team": "" | "...",
//   "worker": "" | id,
//   "measures": [ { "key", "group": "overdue"|"youth_safety"|"yjb", "title", "unit": "count"|"percent",
//                   "period": "2025/26" (youth_safety) | "as at 26/11/2026",
//                   "shown": "<5" | "12" | "43%" | "–",      (the text the dashboard shows)
//                   "count": 12, "denominator": 28 (percent: both absent when either is suppressed or
//                    the rest, denominator − count, is 1–4), "denominator_shown": "28" | "<5" | "–" (percent),
//                   "provisional": true (only when set) } ... ],
//   "years": [ { "year": "2021/22", "measures": [ same objects for the youth_safety group ] } ... five, oldest first ],
//            (empty for a custom period, with "years_omitted": kYearsOmitted: year − period would
//             reveal the rest of the year by subtraction)
//   "disproportionality": { "population_is_example": true, "groups": [ { "group", "title",
//        "population", "population_share", "caseload": {"shown","share","relative_rate"}, "first_time_entrants": {...},
//        "custody": {...} } ] },
//   "team_caseload": [ { "worker": name, "low": "12" | "<5", "medium", "high", "very_high" } ]
//                    (suppressed texts: only the screen's Team caseload tab is exact)
// }
// A number is a JSON number only when it is shown; a suppressed value is absent and its "shown" is "<5".
class KpiReport {
public:
    KpiReport(const KpiFacts& facts, const KpiScope& scope, const PopulationTable& population);
    // (added) With the calculator the dashboard already has: its index is shared, not rebuilt.
    KpiReport(const MeasureCalculator& calculator, const KpiScope& scope, const PopulationTable& population);

    // The words an export of a custom period gives for its missing five-year table.
    static const char* const kYearsOmitted;

    QJsonObject toJson() const;
    // One line per figure: section,measure,period,shown,count,denominator (suppressed: shown "<5", the rest empty)
    QByteArray toCsv() const;

    const KpiScope& scope() const { return m_scope; }

private:
    const KpiFacts& m_facts;
    MeasureCalculator m_calculator; // a copy shares the index
    KpiScope m_scope;
    const PopulationTable& m_population;
};

} // namespace trellis::kpi
