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

    // Whether a young person is in scope (team and worker filters).
    bool inScope(int person, const KpiScope& scope) const;

    // The per-person index built once from the facts (shared with Disproportionality).
    const KpiIndex& index() const { return *m_index; }

private:
    MeasureValue overdue(const QString& key, const KpiScope& scope) const;
    MeasureValue yjb(const QString& key, const KpiScope& scope) const;

    const KpiFacts& m_facts;
    std::shared_ptr<const KpiIndex> m_index; // shared: copies of a calculator share one index
};

} // namespace trellis::kpi
