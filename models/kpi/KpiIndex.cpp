#include "KpiIndex.h"

namespace trellis::kpi {

KpiIndex::KpiIndex(const KpiFacts& facts)
    : m_facts(facts)
{
    const qsizetype people = facts.people.size();
    m_firstSubstantive.resize(people);
    m_firstSubstantiveIntervention.fill(-1, people);
    m_interventionStart.fill(0, people + 1);
    for (qsizetype i = 0; i < facts.interventions.size(); ++i) {
        const InterventionFact& fact = facts.interventions[i];
        ++m_interventionStart[fact.person + 1];
        if (fact.substantive && fact.outcomeDate.isValid()) {
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
    m_interventionKeys.resize(facts.interventions.size());
    QList<int> next = m_interventionStart;
    for (qsizetype i = 0; i < facts.interventions.size(); ++i) {
        const InterventionFact& fact = facts.interventions[i];
        m_interventionKeys[next[fact.person]++] = {int(i),          dayNumber(fact.outcomeDate),
                                                   dayNumber(fact.endDate), dayNumber(fact.offenceDate),
                                                   fact.substantive, fact.custodial};
    }

    m_people.resize(people);
    for (qsizetype p = 0; p < people; ++p) {
        const PersonFact& fact = facts.people[p];
        PersonKeys& keys = m_people[p];
        keys.birthKey = dateKey(fact.dateOfBirth);
        keys.nextContactDue = dayNumber(fact.nextContactDue);
        keys.activePlanReview = dayNumber(fact.activePlanReview);
        keys.firstSubstantive = dayNumber(m_firstSubstantive[p]);
        keys.bits = std::uint8_t((fact.open ? PersonKeys::Open : 0) | (fact.neet ? PersonKeys::Neet : 0)
                    | (fact.send ? PersonKeys::Send : 0) | (fact.learningPlanYes ? PersonKeys::LearningPlan : 0)
                    | (fact.accommodationYes ? PersonKeys::Accommodation : 0)
                    | (fact.hasActivePlan ? PersonKeys::ActivePlan : 0));
        keys.mentalHealth = fact.mentalHealthStage;
        keys.substance = fact.substanceStage;
        keys.ethnicGroup = fact.ethnicGroup;
    }

    m_episodes.resize(facts.episodes.size());
    QList<int> episodeStart(people + 1, 0);
    for (qsizetype e = 0; e < facts.episodes.size(); ++e) {
        const EpisodeFact& fact = facts.episodes[e];
        m_episodes[e] = {fact.person, dayNumber(fact.startDate), fact.kindCode, fact.exclusion};
        ++episodeStart[fact.person + 1];
    }
    // Counting sort by person, as for interventions.
    for (qsizetype p = 0; p < people; ++p)
        episodeStart[p + 1] += episodeStart[p];
    m_episodesByPerson.resize(facts.episodes.size());
    for (qsizetype e = 0; e < facts.episodes.size(); ++e)
        m_episodesByPerson[episodeStart[facts.episodes[e].person]++] = int(e);
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

int KpiIndex::dateKey(const QDate& day)
{
    if (!day.isValid())
        return 0;
    int year = 0;
    int month = 0;
    int dayOfMonth = 0;
    day.getDate(&year, &month, &dayOfMonth); // one calendar conversion, not three
    return year * 10000 + month * 100 + dayOfMonth;
}

KpiIndex::NrmDecision KpiIndex::positiveNrm(const EpisodeFact& episode)
{
    if (episode.conclusive == NrmGrounds::Positive)
        return {true, true, episode.conclusiveGroundsOn};
    const bool undecided = episode.conclusive == NrmGrounds::Empty || episode.conclusive == NrmGrounds::Pending;
    if (undecided && episode.reasonable == NrmGrounds::Positive)
        return {true, false, episode.reasonableGroundsOn};
    return {};
}

} // namespace trellis::kpi
