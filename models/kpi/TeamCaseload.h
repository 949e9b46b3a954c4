#pragma once

#include "KpiFacts.h"
#include "KpiScope.h"
#include "Measure.h"

#include <array>

namespace trellis::kpi {

// Open young people per lead worker, split by risk (the higher of the safety and wellbeing and
// the risk of serious harm ratings), for the team caseload chart.
struct WorkerCaseload {
    QString workerId;            // empty for "No lead worker"
    QString workerName;          // "No lead worker" when none
    std::array<int, 4> byRisk{}; // low, medium, high, very high
    int total() const { return byRisk[0] + byRisk[1] + byRisk[2] + byRisk[3]; }
};

class TeamCaseload {
public:
    // One entry per worker with at least one open young person in scope, by name.
    static QList<WorkerCaseload> compute(const KpiFacts& facts, const KpiScope& scope);
    // The young people behind one bar segment (riskRank -1: the whole bar).
    static QList<DrillRow> rows(const KpiFacts& facts, const KpiScope& scope, const QString& workerId, int riskRank);
};

} // namespace trellis::kpi
