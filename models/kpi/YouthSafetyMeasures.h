#pragma once

#include "KpiFacts.h"
#include "KpiIndex.h"
#include "KpiScope.h"
#include "Measure.h"

namespace trellis::kpi {

// The partnership's period measures (MeasureGroup::YouthSafety), for MeasureCalculator: one
// function per measure, each a pass over the facts with the scope's people already decided.
class YouthSafetyMeasures {
public:
    // listRows false: counts and denominators only, as MeasureCalculator::computeGroupCounts.
    YouthSafetyMeasures(const KpiFacts& facts, const KpiIndex& index, const KpiScope& scope, bool listRows = true);

    // An empty key when `key` is not one of this group's.
    MeasureValue compute(const QString& key) const;

private:
    MeasureValue firstTimeEntrants() const;
    MeasureValue custodialOutcomes() const;
    MeasureValue reoffending() const;
    MeasureValue neet() const;
    MeasureValue missingEpisodes(bool distinctPeople) const;
    MeasureValue nrmWithPlan() const;
    MeasureValue semhWithin4Weeks() const;
    MeasureValue exclusions(const QString& kind) const;
    MeasureValue knifeCrimeVictims() const;

    const KpiFacts& m_facts;
    const KpiIndex& m_index;
    KpiScope m_scope;
    QList<bool> m_inScope;
    bool m_listRows = true;
};

} // namespace trellis::kpi
