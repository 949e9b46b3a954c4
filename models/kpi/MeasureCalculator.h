#pragma once

#include "KpiFacts.h"
#include "KpiScope.h"
#include "Measure.h"

namespace trellis::kpi {

// Computes every measure of MeasureCatalogue from a KpiFacts snapshot. Pure and fast: no store,
// no clock but KpiScope::today. The one place each measure is worked out.
class MeasureCalculator {
public:
    explicit MeasureCalculator(const KpiFacts& facts);

    MeasureValue compute(const QString& key, const KpiScope& scope) const;
    QList<MeasureValue> computeGroup(MeasureGroup group, const KpiScope& scope) const;

    // Whether a young person is in scope (team and worker filters).
    bool inScope(int person, const KpiScope& scope) const;

private:
    const KpiFacts& m_facts;
};

} // namespace trellis::kpi
