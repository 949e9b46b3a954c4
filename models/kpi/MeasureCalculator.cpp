#include "MeasureCalculator.h"

#include "DetailTexts.h"
#include "KpiIndex.h"
#include "YouthSafetyMeasures.h"

#include "domain/CaseClocks.h"
#include "domain/ChoiceLabels.h"

#include <vector>

namespace trellis::kpi {

namespace {

// The YJB indicators, decided once per key rather than once per young person.
enum class Yjb { Accommodation, Ete, SendEtePlan, NeedIdentified, Offered, Attending, Unknown };

Yjb yjbOf(const QString& key)
{
    if (key == QLatin1String("yjb_suitable_accommodation"))
        return Yjb::Accommodation;
    if (key == QLatin1String("yjb_ete"))
        return Yjb::Ete;
    if (key == QLatin1String("yjb_send_ete_plan"))
        return Yjb::SendEtePlan;
    if (key.endsWith(QLatin1String("_need_identified")))
        return Yjb::NeedIdentified;
    if (key.endsWith(QLatin1String("_intervention_offered")))
        return Yjb::Offered;
    if (key.endsWith(QLatin1String("_attending")))
        return Yjb::Attending;
    return Yjb::Unknown;
}

// A YJB indicator as (in the denominator, in the numerator) for one open young person.
struct YjbTest {
    bool inDenominator = false;
    bool inNumerator = false;
};

YjbTest yjbTest(Yjb indicator, const PersonKeys& person, Stage stage)
{
    const bool neet = person.has(PersonKeys::Neet);
    const bool send = person.has(PersonKeys::Send);
    switch (indicator) {
    case Yjb::Accommodation:
        return {true, person.has(PersonKeys::Accommodation)};
    case Yjb::Ete:
        return {true, !neet};
    case Yjb::SendEtePlan:
        return {send, send && !neet && person.has(PersonKeys::LearningPlan)};
    // Stages are cumulative; a word Trellis does not know (Unknown, -1) is in no denominator.
    case Yjb::NeedIdentified:
        return {stage > Stage::NotScreened, stage >= Stage::NeedIdentified};
    case Yjb::Offered:
        return {stage >= Stage::NeedIdentified, stage >= Stage::Offered};
    case Yjb::Attending:
        return {stage >= Stage::Offered, stage == Stage::Attending};
    case Yjb::Unknown:
        break;
    }
    return {};
}

QString youngPersonLabel(const char* field, const QString& word)
{
    return domain::ChoiceLabels::labelOrValue(QStringLiteral("young_person"), QString::fromLatin1(field), word);
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
        return overdue(key, scope, KpiIndex::scopeMask(m_facts, scope));
    case MeasureGroup::Yjb:
        return yjb(key, scope, KpiIndex::scopeMask(m_facts, scope), true);
    case MeasureGroup::YouthSafety:
        break;
    }
    return YouthSafetyMeasures(m_facts, *m_index, scope).compute(key);
}

QList<MeasureValue> MeasureCalculator::computeGroup(MeasureGroup group, const KpiScope& scope) const
{
    return this->group(group, scope, true);
}

QList<MeasureValue> MeasureCalculator::computeGroupCounts(MeasureGroup group, const KpiScope& scope) const
{
    return this->group(group, scope, false);
}

QList<MeasureValue> MeasureCalculator::group(MeasureGroup group, const KpiScope& scope, bool listRows) const
{
    QList<MeasureValue> values;
    if (group == MeasureGroup::YouthSafety) {
        const YouthSafetyMeasures measures(m_facts, *m_index, scope, listRows); // one scope mask for the group
        for (const auto& definition : MeasureCatalogue::inGroup(group))
            values.append(measures.compute(definition.key));
        return values;
    }
    const QList<bool> mask = KpiIndex::scopeMask(m_facts, scope);
    for (const auto& definition : MeasureCatalogue::inGroup(group))
        values.append(group == MeasureGroup::Overdue ? overdue(definition.key, scope, mask)
                                                     : yjb(definition.key, scope, mask, listRows));
    return values;
}

MeasureValue MeasureCalculator::overdue(const QString& key, const KpiScope& scope, const QList<bool>& mask) const
{
    using domain::CaseClocks;
    MeasureValue value;
    value.key = key;
    const QDate& today = scope.today;
    const std::int32_t todayNumber = dayNumber(today);
    const auto open = [&](int person) { return m_index->person(person).has(PersonKeys::Open) && mask[person]; };

    if (key == QLatin1String("overdue_contacts") || key == QLatin1String("overdue_plan_reviews")) {
        const bool contacts = key == QLatin1String("overdue_contacts");
        DetailTexts due = DetailTexts::days(contacts ? QStringLiteral("due ") : QStringLiteral("review due "));
        for (qsizetype p = 0; p < m_facts.people.size(); ++p) {
            // Overdue means a due day before today (CaseClocks::isOverdue), tested on day numbers first.
            const PersonKeys& keys = m_index->person(int(p));
            const std::int32_t dueDay = contacts ? keys.nextContactDue : keys.activePlanReview;
            if (dueDay == 0 || dueDay >= todayNumber || !open(int(p)))
                continue;
            const PersonFact& person = m_facts.people[p];
            if (contacts && CaseClocks::isOverdue(person.nextContactDue, today))
                value.rows.append({person.id, person.nextContactDue, due.day(person.nextContactDue), int(p)});
            else if (!contacts && person.hasActivePlan && CaseClocks::isOverdue(person.activePlanReview, today))
                value.rows.append({person.id, person.activePlanReview, due.day(person.activePlanReview), int(p)});
        }
    } else if (key == QLatin1String("rhi_not_held") || key == QLatin1String("semh_no_first_appointment")) {
        const bool rhi = key == QLatin1String("rhi_not_held");
        DetailTexts since = DetailTexts::days(rhi ? QStringLiteral("returned ") : QStringLiteral("referred "));
        const EpisodeKind wanted = rhi ? EpisodeKind::Missing : EpisodeKind::Semh;
        for (const int e : m_index->episodesByPerson()) {
            const EpisodeKeys& keys = m_index->episode(e);
            if (keys.kind != wanted || !open(keys.person))
                continue;
            const EpisodeFact& episode = m_facts.episodes[e];
            const QString& id = m_facts.people[episode.person].id;
            if (rhi && episode.kindCode == EpisodeKind::Missing && episode.endDate.isValid()
                && !episode.returnInterviewDate.isValid()
                && CaseClocks::returnInterviewOverdue(episode.endDate, {}, today))
                value.rows.append({id, episode.endDate, since.day(episode.endDate), episode.person});
            else if (!rhi && episode.kindCode == EpisodeKind::Semh && !episode.firstAppointmentDate.isValid()
                     && CaseClocks::semhAppointmentOverdue(episode.startDate, {}, today))
                value.rows.append({id, episode.startDate, since.day(episode.startDate), episode.person});
        }
    } else if (key == QLatin1String("nrm_positive_no_plan")) {
        // One row per young person: the earliest positive decision not dated after today.
        struct Decided {
            int person;
            QDate date;
            bool conclusive;
        };
        std::vector<int> rowOf; // person -> index into `decided`, made on the first NRM episode
        std::vector<Decided> decided;
        for (const int e : m_index->episodesByPerson()) {
            const EpisodeKeys& keys = m_index->episode(e);
            if (keys.kind != EpisodeKind::Nrm || !open(keys.person)
                || m_index->person(keys.person).has(PersonKeys::ActivePlan))
                continue;
            const EpisodeFact& episode = m_facts.episodes[e];
            const auto decision = KpiIndex::positiveNrm(episode);
            if (!decision.positive || (decision.date.isValid() && decision.date > today))
                continue;
            if (rowOf.empty())
                rowOf.assign(std::size_t(m_facts.people.size()), -1);
            int& row = rowOf[std::size_t(episode.person)];
            if (row < 0) {
                row = int(decided.size());
                decided.push_back({episode.person, decision.date, decision.conclusive});
            } else if (Decided& found = decided[std::size_t(row)];
                       decision.date.isValid() && (!found.date.isValid() || decision.date < found.date)) {
                found.date = decision.date;
                found.conclusive = decision.conclusive;
            }
        }
        const QString conclusive = QStringLiteral("positive conclusive grounds");
        const QString reasonable = QStringLiteral("positive reasonable grounds");
        for (const Decided& found : decided)
            value.rows.append({m_facts.people[found.person].id, found.date, found.conclusive ? conclusive : reasonable,
                               found.person});
    }
    value.count = int(value.rows.size());
    return value;
}

MeasureValue MeasureCalculator::yjb(const QString& key, const KpiScope& scope, const QList<bool>& mask,
                                    bool listRows) const
{
    MeasureValue value;
    value.key = key;
    value.denominator = 0;
    Tally tally{listRows};
    const Yjb indicator = yjbOf(key);
    const bool mentalHealth = key.startsWith(QLatin1String("yjb_mh_"));
    // The detail is the word the indicator turned on, as a label where there is one.
    WordTexts accommodation([](const QString& word) { return youngPersonLabel("suitable_accommodation", word); });
    WordTexts ete([](const QString& word) { return youngPersonLabel("ete_status", word); });
    QHash<std::pair<const QChar*, const QChar*>, QString> etePlan; // (ete, learning plan) -> text
    for (qsizetype p = 0; p < m_facts.people.size(); ++p) {
        const PersonKeys& keys = m_index->person(int(p));
        if (!keys.has(PersonKeys::Open) || !mask[p])
            continue;
        const YjbTest test = yjbTest(indicator, keys, mentalHealth ? keys.mentalHealth : keys.substance);
        if (!test.inDenominator || (test.inNumerator ? !tally.in() : !tally.other()))
            continue;
        const PersonFact& person = m_facts.people[p];
        QString detail;
        switch (indicator) {
        case Yjb::Accommodation:
            detail = accommodation(person.suitableAccommodation);
            break;
        case Yjb::Ete:
            detail = ete(person.eteStatus);
            break;
        case Yjb::SendEtePlan: {
            QString& text = etePlan[{person.eteStatus.constData(), person.learningPlan.constData()}];
            if (text.isNull())
                text = ete(person.eteStatus) + QStringLiteral(", learning plan: ") + person.learningPlan;
            detail = text;
            break;
        }
        default:
            detail = mentalHealth ? person.mentalHealth : person.substanceMisuse; // shared, not copied
            break;
        }
        DrillRow row{person.id, scope.today, std::move(detail), int(p)};
        (test.inNumerator ? value.rows : value.otherRows).append(std::move(row));
    }
    tally.finish(value);
    return value;
}

} // namespace trellis::kpi
