#include "TeamCaseload.h"

#include "KpiIndex.h"

#include <QHash>

#include <algorithm>

namespace trellis::kpi {

namespace {

const char* const kRiskWords[] = {"low risk", "medium risk", "high risk", "very high risk"};

QString noLeadWorker()
{
    return QStringLiteral("No lead worker");
}

} // namespace

QList<WorkerCaseload> TeamCaseload::compute(const KpiFacts& facts, const KpiScope& scope)
{
    const QList<bool> mask = KpiIndex::scopeMask(facts, scope);
    QHash<int, WorkerCaseload> byWorker; // worker index (-1: none) -> bar
    for (qsizetype p = 0; p < facts.people.size(); ++p) {
        const PersonFact& person = facts.people[p];
        if (!mask[p] || !person.open)
            continue;
        auto found = byWorker.find(person.worker);
        if (found == byWorker.end()) {
            WorkerCaseload bar;
            if (person.worker >= 0) {
                bar.workerId = facts.workers[person.worker].id;
                bar.workerName = facts.workers[person.worker].name;
            } else {
                bar.workerName = noLeadWorker();
            }
            found = byWorker.insert(person.worker, bar);
        }
        ++found->byRisk[std::clamp(person.riskRank, 0, 3)];
    }
    QList<WorkerCaseload> bars = byWorker.values();
    // By name; "No lead worker" last, where it stands out as work to allocate.
    std::sort(bars.begin(), bars.end(), [](const WorkerCaseload& a, const WorkerCaseload& b) {
        if (a.workerId.isEmpty() != b.workerId.isEmpty())
            return b.workerId.isEmpty();
        if (const int byName = a.workerName.localeAwareCompare(b.workerName); byName != 0)
            return byName < 0;
        return a.workerId < b.workerId;
    });
    return bars;
}

QList<DrillRow> TeamCaseload::rows(const KpiFacts& facts, const KpiScope& scope, const QString& workerId, int riskRank)
{
    const QList<bool> mask = KpiIndex::scopeMask(facts, scope);
    QList<DrillRow> rows;
    for (qsizetype p = 0; p < facts.people.size(); ++p) {
        const PersonFact& person = facts.people[p];
        if (!mask[p] || !person.open)
            continue;
        const QString id = person.worker >= 0 ? facts.workers[person.worker].id : QString();
        const int rank = std::clamp(person.riskRank, 0, 3);
        if (id != workerId || (riskRank >= 0 && rank != riskRank))
            continue;
        rows.append({person.id, scope.today, QString::fromLatin1(kRiskWords[rank])});
    }
    return rows;
}

} // namespace trellis::kpi
