#include "KpiIndex.h"

#include "domain/Entities.h"

namespace trellis::kpi {

KpiIndex::KpiIndex(const KpiFacts& facts)
{
    const QStringList substantive = domain::choices::substantiveInterventionTypes();
    const QString custodial = QStringLiteral("detention_training_order");
    const qsizetype people = facts.people.size();

    m_interventionFlags.resize(facts.interventions.size());
    m_firstSubstantive.resize(people);
    m_firstSubstantiveIntervention.fill(-1, people);
    m_interventionStart.fill(0, people + 1);
    // Words are compared once per row here, so the measures compare flags.
    for (qsizetype i = 0; i < facts.interventions.size(); ++i) {
        const InterventionFact& fact = facts.interventions[i];
        std::uint8_t flags = 0;
        if (substantive.contains(fact.type))
            flags |= Substantive;
        if (fact.type == custodial)
            flags |= Custodial;
        m_interventionFlags[i] = flags;
        ++m_interventionStart[fact.person + 1];
        if ((flags & Substantive) && fact.outcomeDate.isValid()) {
            QDate& first = m_firstSubstantive[fact.person];
            if (!first.isValid() || fact.outcomeDate < first) {
                first = fact.outcomeDate;
                m_firstSubstantiveIntervention[fact.person] = int(i);
            }
        }
    }
    // Counting sort of interventions by person: offsets, then fill.
    for (qsizetype p = 0; p < people; ++p)
        m_interventionStart[p + 1] += m_interventionStart[p];
    m_personInterventions.resize(facts.interventions.size());
    QList<int> next = m_interventionStart;
    for (qsizetype i = 0; i < facts.interventions.size(); ++i)
        m_personInterventions[next[facts.interventions[i].person]++] = int(i);

    m_episodeKinds.resize(facts.episodes.size());
    for (qsizetype e = 0; e < facts.episodes.size(); ++e) {
        const QString& kind = facts.episodes[e].kind;
        EpisodeKind code = OtherKind;
        if (kind == QLatin1String("missing"))
            code = Missing;
        else if (kind == QLatin1String("nrm"))
            code = Nrm;
        else if (kind == QLatin1String("exclusion"))
            code = Exclusion;
        else if (kind == QLatin1String("semh"))
            code = Semh;
        else if (kind == QLatin1String("knife_crime"))
            code = KnifeCrime;
        m_episodeKinds[e] = code;
    }
}

QList<bool> KpiIndex::scopeMask(const KpiFacts& facts, const KpiScope& scope)
{
    const bool filtered = !scope.team.isEmpty() || !scope.workerId.isEmpty();
    QList<bool> workerAllowed(facts.workers.size(), true);
    for (qsizetype w = 0; w < facts.workers.size(); ++w) {
        const WorkerFact& worker = facts.workers[w];
        workerAllowed[w] = (scope.team.isEmpty() || worker.team == scope.team)
                           && (scope.workerId.isEmpty() || worker.id == scope.workerId);
    }
    QList<bool> mask(facts.people.size(), !filtered);
    if (filtered) {
        // A young person with no known lead worker belongs to no team and no worker.
        for (qsizetype p = 0; p < facts.people.size(); ++p) {
            const int worker = facts.people[p].worker;
            mask[p] = worker >= 0 && workerAllowed[worker];
        }
    }
    return mask;
}

int KpiIndex::ageOn(const QDate& dateOfBirth, const QDate& day)
{
    if (!dateOfBirth.isValid() || !day.isValid())
        return -1;
    int years = day.year() - dateOfBirth.year();
    if (day.month() < dateOfBirth.month() || (day.month() == dateOfBirth.month() && day.day() < dateOfBirth.day()))
        --years;
    return years;
}

KpiIndex::NrmDecision KpiIndex::positiveNrm(const EpisodeFact& episode)
{
    if (episode.conclusiveGrounds == QLatin1String("positive"))
        return {true, true, episode.conclusiveGroundsOn};
    const bool undecided =
        episode.conclusiveGrounds.isEmpty() || episode.conclusiveGrounds == QLatin1String("pending");
    if (undecided && episode.reasonableGrounds == QLatin1String("positive"))
        return {true, false, episode.reasonableGroundsOn};
    return {};
}

} // namespace trellis::kpi
