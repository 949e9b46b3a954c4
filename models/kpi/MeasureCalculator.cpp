#include "MeasureCalculator.h"

#include "KpiIndex.h"
#include "YouthSafetyMeasures.h"

#include "domain/CaseClocks.h"
#include "domain/ChoiceLabels.h"

namespace trellis::kpi {

namespace {

QString dayText(const QDate& day)
{
    return day.toString(QStringLiteral("dd/MM/yyyy"));
}

// Mental health and substance misuse stages are cumulative: attending implies offered implies a
// need identified. -1 for a word Trellis does not know (left out of every denominator).
int stageOf(const QString& stage)
{
    static const QStringList stages{QStringLiteral("not_screened"), QStringLiteral("no_need"),
                                    QStringLiteral("need_identified"), QStringLiteral("intervention_offered"),
                                    QStringLiteral("attending")};
    return int(stages.indexOf(stage));
}

enum Stage { NotScreened = 0, NoNeed = 1, NeedIdentified = 2, Offered = 3, Attending = 4 };

// A YJB indicator as (in the denominator, in the numerator) for one open young person.
struct YjbTest {
    bool inDenominator = false;
    bool inNumerator = false;
};

YjbTest yjbTest(const QString& key, const PersonFact& person)
{
    const bool inEte = person.eteStatus != QLatin1String("neet");
    if (key == QLatin1String("yjb_suitable_accommodation"))
        return {true, person.suitableAccommodation == QLatin1String("yes")};
    if (key == QLatin1String("yjb_ete"))
        return {true, inEte};
    if (key == QLatin1String("yjb_send_ete_plan")) {
        const bool send = !person.sendStatus.isEmpty() && person.sendStatus != QLatin1String("none");
        return {send, send && inEte && person.learningPlan == QLatin1String("yes")};
    }
    const bool mentalHealth = key.startsWith(QLatin1String("yjb_mh_"));
    const int stage = stageOf(mentalHealth ? person.mentalHealth : person.substanceMisuse);
    if (key.endsWith(QLatin1String("_need_identified")))
        return {stage > NotScreened, stage >= NeedIdentified};
    if (key.endsWith(QLatin1String("_intervention_offered")))
        return {stage >= NeedIdentified, stage >= Offered};
    if (key.endsWith(QLatin1String("_attending")))
        return {stage >= Offered, stage == Attending};
    return {};
}

QString yjbDetail(const QString& key, const PersonFact& person)
{
    using domain::ChoiceLabels;
    const QString entity = QStringLiteral("young_person");
    if (key == QLatin1String("yjb_suitable_accommodation"))
        return ChoiceLabels::labelOrValue(entity, QStringLiteral("suitable_accommodation"),
                                          person.suitableAccommodation);
    if (key == QLatin1String("yjb_ete"))
        return ChoiceLabels::labelOrValue(entity, QStringLiteral("ete_status"), person.eteStatus);
    if (key == QLatin1String("yjb_send_ete_plan"))
        return ChoiceLabels::labelOrValue(entity, QStringLiteral("ete_status"), person.eteStatus)
               + QStringLiteral(", learning plan: ") + person.learningPlan;
    return key.startsWith(QLatin1String("yjb_mh_")) ? person.mentalHealth : person.substanceMisuse;
}

} // namespace

MeasureCalculator::MeasureCalculator(const KpiFacts& facts)
    : m_facts(facts)
    , m_index(std::make_shared<KpiIndex>(facts))
{
}

bool MeasureCalculator::inScope(int person, const KpiScope& scope) const
{
    if (scope.team.isEmpty() && scope.workerId.isEmpty())
        return true;
    const int worker = m_facts.people.value(person).worker;
    if (worker < 0)
        return false; // no known lead worker: in no team and no worker's caseload
    const WorkerFact& fact = m_facts.workers[worker];
    return (scope.team.isEmpty() || fact.team == scope.team) && (scope.workerId.isEmpty() || fact.id == scope.workerId);
}

MeasureValue MeasureCalculator::compute(const QString& key, const KpiScope& scope) const
{
    const MeasureDefinition* definition = MeasureCatalogue::find(key);
    if (!definition)
        return {};
    switch (definition->group) {
    case MeasureGroup::Overdue:
        return overdue(key, scope);
    case MeasureGroup::Yjb:
        return yjb(key, scope);
    case MeasureGroup::YouthSafety:
        break;
    }
    return YouthSafetyMeasures(m_facts, *m_index, scope).compute(key);
}

QList<MeasureValue> MeasureCalculator::computeGroup(MeasureGroup group, const KpiScope& scope) const
{
    QList<MeasureValue> values;
    if (group == MeasureGroup::YouthSafety) {
        const YouthSafetyMeasures measures(m_facts, *m_index, scope); // one scope mask for the group
        for (const auto& definition : MeasureCatalogue::inGroup(group))
            values.append(measures.compute(definition.key));
        return values;
    }
    for (const auto& definition : MeasureCatalogue::inGroup(group))
        values.append(compute(definition.key, scope));
    return values;
}

MeasureValue MeasureCalculator::overdue(const QString& key, const KpiScope& scope) const
{
    using domain::CaseClocks;
    MeasureValue value;
    value.key = key;
    const QList<bool> mask = KpiIndex::scopeMask(m_facts, scope);
    const QDate& today = scope.today;
    const auto open = [&](int person) { return mask[person] && m_facts.people[person].open; };

    if (key == QLatin1String("overdue_contacts") || key == QLatin1String("overdue_plan_reviews")) {
        const bool contacts = key == QLatin1String("overdue_contacts");
        for (qsizetype p = 0; p < m_facts.people.size(); ++p) {
            const PersonFact& person = m_facts.people[p];
            if (!open(int(p)))
                continue;
            if (contacts && CaseClocks::isOverdue(person.nextContactDue, today))
                value.rows.append({person.id, person.nextContactDue,
                                   QStringLiteral("due %1").arg(dayText(person.nextContactDue))});
            else if (!contacts && person.hasActivePlan && CaseClocks::isOverdue(person.activePlanReview, today))
                value.rows.append({person.id, person.activePlanReview,
                                   QStringLiteral("review due %1").arg(dayText(person.activePlanReview))});
        }
    } else if (key == QLatin1String("rhi_not_held") || key == QLatin1String("semh_no_first_appointment")) {
        const bool rhi = key == QLatin1String("rhi_not_held");
        for (qsizetype e = 0; e < m_facts.episodes.size(); ++e) {
            const EpisodeFact& episode = m_facts.episodes[e];
            const auto kind = m_index->episodeKind(int(e));
            if (!open(episode.person))
                continue;
            const QString& id = m_facts.people[episode.person].id;
            if (rhi && kind == KpiIndex::Missing && episode.endDate.isValid()
                && !episode.returnInterviewDate.isValid()
                && CaseClocks::returnInterviewOverdue(episode.endDate, {}, today))
                value.rows.append({id, episode.endDate, QStringLiteral("returned %1").arg(dayText(episode.endDate))});
            else if (!rhi && kind == KpiIndex::Semh && !episode.firstAppointmentDate.isValid()
                     && CaseClocks::semhAppointmentOverdue(episode.startDate, {}, today))
                value.rows.append(
                    {id, episode.startDate, QStringLiteral("referred %1").arg(dayText(episode.startDate))});
        }
    } else if (key == QLatin1String("nrm_positive_no_plan")) {
        // One row per young person: the earliest positive decision not dated after today.
        QHash<int, std::pair<QDate, bool>> decided;
        for (qsizetype e = 0; e < m_facts.episodes.size(); ++e) {
            const EpisodeFact& episode = m_facts.episodes[e];
            if (m_index->episodeKind(int(e)) != KpiIndex::Nrm || !open(episode.person)
                || m_facts.people[episode.person].hasActivePlan)
                continue;
            const auto decision = KpiIndex::positiveNrm(episode);
            if (!decision.positive || (decision.date.isValid() && decision.date > today))
                continue;
            auto found = decided.find(episode.person);
            if (found == decided.end())
                decided.insert(episode.person, {decision.date, decision.conclusive});
            else if (decision.date.isValid() && (!found->first.isValid() || decision.date < found->first))
                *found = {decision.date, decision.conclusive};
        }
        for (auto it = decided.cbegin(); it != decided.cend(); ++it)
            value.rows.append({m_facts.people[it.key()].id, it.value().first,
                               it.value().second ? QStringLiteral("positive conclusive grounds")
                                                 : QStringLiteral("positive reasonable grounds")});
    }
    value.count = int(value.rows.size());
    return value;
}

MeasureValue MeasureCalculator::yjb(const QString& key, const KpiScope& scope) const
{
    MeasureValue value;
    value.key = key;
    const QList<bool> mask = KpiIndex::scopeMask(m_facts, scope);
    for (qsizetype p = 0; p < m_facts.people.size(); ++p) {
        const PersonFact& person = m_facts.people[p];
        if (!mask[p] || !person.open)
            continue;
        const YjbTest test = yjbTest(key, person);
        if (!test.inDenominator)
            continue;
        DrillRow row{person.id, scope.today, yjbDetail(key, person)};
        (test.inNumerator ? value.rows : value.otherRows).append(std::move(row));
    }
    value.count = int(value.rows.size());
    value.denominator = int(value.rows.size() + value.otherRows.size());
    return value;
}

} // namespace trellis::kpi
