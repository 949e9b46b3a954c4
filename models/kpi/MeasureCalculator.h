#pragma once

#include "KpiFacts.h"
#include "KpiScope.h"
#include "Measure.h"

#include <memory>

namespace trellis::kpi {

class KpiIndex;

// Computes every measure of MeasureCatalogue from a KpiFacts snapshot. Pure and fast: no store,
// no clock but KpiScope::today. The one place each measure is worked out.
class MeasureCalculator {
public:
    explicit MeasureCalculator(const KpiFacts& facts);

    MeasureValue compute(const QString& key, const KpiScope& scope) const;
    QList<MeasureValue> computeGroup(MeasureGroup group, const KpiScope& scope) const;
    // (added) The figures alone, for tiles, charts and exports: count, denominator and
    // provisional exactly as computeGroup gives them, but rows and otherRows are left empty
    // (children_missing, knife-crime victims and the Overdue group still list theirs). Listing
    // every row of every figure is most of a refresh's time at 100,000 young people; the
    // drill-down of the one figure a user opens comes from compute(key, scope).
    QList<MeasureValue> computeGroupCounts(MeasureGroup group, const KpiScope& scope) const;

    // Whether a young person is in scope (team and worker filters).
    bool inScope(int person, const KpiScope& scope) const;

    // The per-person index built once from the facts (shared with Disproportionality and
    // KpiReport: pass them this calculator rather than the facts).
    const KpiIndex& index() const { return *m_index; }
    const KpiFacts& facts() const { return m_facts; }

private:
    MeasureValue yjb(const QString& key, const KpiScope& scope, const QList<bool>& mask, bool listRows) const;
    QList<MeasureValue> group(MeasureGroup group, const KpiScope& scope, bool listRows) const;
    MeasureValue overdue(const QString& key, const KpiScope& scope, const QList<bool>& mask) const;

    const KpiFacts& m_facts;
    std::shared_ptr<const KpiIndex> m_index; // shared: copies of a calculator share one index
};

} // namespace trellis::kpi
