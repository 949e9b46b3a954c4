#include "TeamCaseload.h"

#include "KpiIndex.h"

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
    // Counts by worker index, the last slot for "no lead worker": an array, not a map lookup per person.
    const qsizetype none = facts.workers.size();
    QList<std::array<int, 4>> counts(none + 1, std::array<int, 4>{});
    for (qsizetype p = 0; p < facts.people.size(); ++p) {
        const PersonFact& person = facts.people[p];
        if (!mask[p] || !person.open)
            continue;
        ++counts[person.worker >= 0 ? person.worker : none][std::clamp(person.riskRank, 0, 3)];
    }
    QList<WorkerCaseload> bars;
    for (qsizetype w = 0; w <= none; ++w) {
        WorkerCaseload bar;
        bar.byRisk = counts[w];
        if (bar.total() == 0)
            continue;
        if (w < none) {
            bar.workerId = facts.workers[w].id;
            bar.workerName = facts.workers[w].name;
        } else {
            bar.workerName = noLeadWorker();
        }
        bars.append(bar);
    }
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
    const QString riskWords[] = {QString::fromLatin1(kRiskWords[0]), QString::fromLatin1(kRiskWords[1]),
                                 QString::fromLatin1(kRiskWords[2]), QString::fromLatin1(kRiskWords[3])};
    QList<DrillRow> rows;
    const QString noWorker;
    for (qsizetype p = 0; p < facts.people.size(); ++p) {
        const PersonFact& person = facts.people[p];
        if (!mask[p] || !person.open)
            continue;
        const QString& id = person.worker >= 0 ? facts.workers[person.worker].id : noWorker;
        const int rank = std::clamp(person.riskRank, 0, 3);
        if (id != workerId || (riskRank >= 0 && rank != riskRank))
            continue;
        rows.append({person.id, scope.today, riskWords[rank], int(p)});
    }
    return rows;
}

} // namespace trellis::kpi
