#include "YouthSafetyMeasures.h"

#include "domain/CaseClocks.h"
#include "domain/ChoiceLabels.h"

#include <QHash>

namespace trellis::kpi {

namespace {

// Criminal justice measures count children aged 10 (the age of criminal responsibility) to 17.
constexpr int kYouthJusticeMinAge = 10;
constexpr int kYouthJusticeMaxAge = 17;
// Proven reoffending (MoJ): an offence within 12 months of the index date, proven by a caution or
// conviction within those 12 months or a further 6.
constexpr int kReoffenceMonths = 12;
constexpr int kProvenMonths = 18;
constexpr int kKnifeCrimeAgeLimit = 25; // "knife-crime victims under 25"

QString dayText(const QDate& day)
{
    return day.toString(QStringLiteral("dd/MM/yyyy"));
}

QString interventionWords(const QString& type)
{
    return domain::ChoiceLabels::labelOrValue(QStringLiteral("intervention"), QStringLiteral("type"), type);
}

MeasureValue valueFor(const char* key, bool percent)
{
    MeasureValue value;
    value.key = QString::fromLatin1(key);
    if (percent)
        value.denominator = 0;
    return value;
}

// Percent measures: `rows` are the numerator, `otherRows` the rest of the denominator.
void finish(MeasureValue& value)
{
    value.count = int(value.rows.size());
    if (value.denominator >= 0)
        value.denominator = int(value.rows.size() + value.otherRows.size());
}

} // namespace

YouthSafetyMeasures::YouthSafetyMeasures(const KpiFacts& facts, const KpiIndex& index, const KpiScope& scope)
    : m_facts(facts)
    , m_index(index)
    , m_scope(scope)
    , m_inScope(KpiIndex::scopeMask(facts, scope))
{
}

MeasureValue YouthSafetyMeasures::compute(const QString& key) const
{
    if (key == QLatin1String("first_time_entrants"))
        return firstTimeEntrants();
    if (key == QLatin1String("custodial_outcomes"))
        return custodialOutcomes();
    if (key == QLatin1String("reoffending_rate"))
        return reoffending();
    if (key == QLatin1String("neet_16_17"))
        return neet();
    if (key == QLatin1String("missing_episodes"))
        return missingEpisodes(false);
    if (key == QLatin1String("children_missing"))
        return missingEpisodes(true);
    if (key == QLatin1String("nrm_positive_with_plan"))
        return nrmWithPlan();
    if (key == QLatin1String("semh_within_4_weeks"))
        return semhWithin4Weeks();
    if (key == QLatin1String("suspensions"))
        return exclusions(QStringLiteral("suspension"));
    if (key == QLatin1String("permanent_exclusions"))
        return exclusions(QStringLiteral("permanent"));
    if (key == QLatin1String("knife_crime_victims_under_25"))
        return knifeCrimeVictims();
    return {};
}

MeasureValue YouthSafetyMeasures::firstTimeEntrants() const
{
    MeasureValue value = valueFor("first_time_entrants", false);
    for (qsizetype p = 0; p < m_facts.people.size(); ++p) {
        const QDate& first = m_index.firstSubstantive(int(p));
        if (!m_inScope[p] || !m_scope.period.contains(first))
            continue;
        const int age = KpiIndex::ageOn(m_facts.people[p].dateOfBirth, first);
        if (age < kYouthJusticeMinAge || age > kYouthJusticeMaxAge)
            continue;
        const auto& intervention = m_facts.interventions[m_index.firstSubstantiveIntervention(int(p))];
        value.rows.append({m_facts.people[p].id, first, interventionWords(intervention.type)});
    }
    finish(value);
    return value;
}

MeasureValue YouthSafetyMeasures::custodialOutcomes() const
{
    MeasureValue value = valueFor("custodial_outcomes", false);
    for (qsizetype i = 0; i < m_facts.interventions.size(); ++i) {
        const InterventionFact& fact = m_facts.interventions[i];
        if (m_index.isCustodial(int(i)) && m_inScope[fact.person] && m_scope.period.contains(fact.outcomeDate))
            value.rows.append({m_facts.people[fact.person].id, fact.outcomeDate, QStringLiteral("custody (DTO)")});
    }
    finish(value);
    return value;
}

MeasureValue YouthSafetyMeasures::reoffending() const
{
    MeasureValue value = valueFor("reoffending_rate", true);
    const Period& period = m_scope.period;
    for (qsizetype p = 0; p < m_facts.people.size(); ++p) {
        if (!m_inScope[p])
            continue;
        // The index date: the first substantive outcome or release from custody in the period.
        QDate indexDate;
        int indexIntervention = -1;
        for (int at = m_index.interventionBegin(int(p)); at < m_index.interventionEnd(int(p)); ++at) {
            const int i = m_index.interventionAt(at);
            const InterventionFact& fact = m_facts.interventions[i];
            QDate candidate;
            if (m_index.isSubstantive(i) && period.contains(fact.outcomeDate))
                candidate = fact.outcomeDate;
            if (m_index.isCustodial(i) && period.contains(fact.endDate)
                && (!candidate.isValid() || fact.endDate < candidate))
                candidate = fact.endDate;
            if (candidate.isValid() && (!indexDate.isValid() || candidate < indexDate)) {
                indexDate = candidate;
                indexIntervention = i;
            }
        }
        if (!indexDate.isValid())
            continue;
        const QDate offenceLimit = indexDate.addMonths(kReoffenceMonths);
        const QDate provenLimit = indexDate.addMonths(kProvenMonths);
        QDate reoffence;
        for (int at = m_index.interventionBegin(int(p)); at < m_index.interventionEnd(int(p)); ++at) {
            const int i = m_index.interventionAt(at);
            const InterventionFact& fact = m_facts.interventions[i];
            if (i == indexIntervention || !m_index.isSubstantive(i) || !fact.offenceDate.isValid())
                continue;
            if (fact.offenceDate > indexDate && fact.offenceDate <= offenceLimit && fact.outcomeDate.isValid()
                && fact.outcomeDate <= provenLimit && (!reoffence.isValid() || fact.offenceDate < reoffence))
                reoffence = fact.offenceDate;
        }
        const QString& id = m_facts.people[p].id;
        if (reoffence.isValid())
            value.rows.append({id, indexDate, QStringLiteral("reoffended %1").arg(dayText(reoffence))});
        else
            value.otherRows.append({id, indexDate, QStringLiteral("no proven reoffence")});
    }
    value.provisional = m_scope.today < period.to.addMonths(kProvenMonths);
    finish(value);
    return value;
}

MeasureValue YouthSafetyMeasures::neet() const
{
    MeasureValue value = valueFor("neet_16_17", true);
    for (qsizetype p = 0; p < m_facts.people.size(); ++p) {
        const PersonFact& person = m_facts.people[p];
        if (!m_inScope[p] || !person.open)
            continue;
        const int age = KpiIndex::ageOn(person.dateOfBirth, m_scope.today);
        if (age < 16 || age > 17)
            continue;
        if (person.eteStatus == QLatin1String("neet"))
            value.rows.append({person.id, m_scope.today, QStringLiteral("NEET, aged %1").arg(age)});
        else
            value.otherRows.append({person.id, m_scope.today, QStringLiteral("in ETE, aged %1").arg(age)});
    }
    finish(value);
    return value;
}

MeasureValue YouthSafetyMeasures::missingEpisodes(bool distinctPeople) const
{
    MeasureValue value = valueFor(distinctPeople ? "children_missing" : "missing_episodes", false);
    QHash<int, qsizetype> rowOf; // person -> their row, for children_missing
    QHash<int, int> episodesOf;
    for (qsizetype e = 0; e < m_facts.episodes.size(); ++e) {
        const EpisodeFact& episode = m_facts.episodes[e];
        if (m_index.episodeKind(int(e)) != KpiIndex::Missing || !m_inScope[episode.person]
            || !m_scope.period.contains(episode.startDate))
            continue;
        const QString& id = m_facts.people[episode.person].id;
        if (!distinctPeople) {
            value.rows.append({id, episode.startDate, QStringLiteral("went missing")});
            continue;
        }
        const int episodes = ++episodesOf[episode.person];
        const auto found = rowOf.constFind(episode.person);
        if (found == rowOf.constEnd()) {
            rowOf.insert(episode.person, value.rows.size());
            value.rows.append({id, episode.startDate, QStringLiteral("1 episode")});
            continue;
        }
        DrillRow& row = value.rows[*found]; // the first episode's date, and how many there were
        if (episode.startDate < row.date)
            row.date = episode.startDate;
        row.detail = QStringLiteral("%1 episodes").arg(episodes);
    }
    finish(value);
    return value;
}

MeasureValue YouthSafetyMeasures::nrmWithPlan() const
{
    MeasureValue value = valueFor("nrm_positive_with_plan", true);
    QHash<int, QDate> decided; // person -> earliest positive decision in the period
    for (qsizetype e = 0; e < m_facts.episodes.size(); ++e) {
        const EpisodeFact& episode = m_facts.episodes[e];
        if (m_index.episodeKind(int(e)) != KpiIndex::Nrm || !m_inScope[episode.person])
            continue;
        const auto decision = KpiIndex::positiveNrm(episode);
        if (!decision.positive || !m_scope.period.contains(decision.date))
            continue;
        QDate& earliest = decided[episode.person];
        if (!earliest.isValid() || decision.date < earliest)
            earliest = decision.date;
    }
    const QDate planBy = std::min(m_scope.period.to, m_scope.today);
    for (auto it = decided.cbegin(); it != decided.cend(); ++it) {
        const PersonFact& person = m_facts.people[it.key()];
        if (person.firstPlanActivated.isValid() && person.firstPlanActivated <= planBy)
            value.rows.append(
                {person.id, it.value(), QStringLiteral("plan activated %1").arg(dayText(person.firstPlanActivated))});
        else
            value.otherRows.append({person.id, it.value(), QStringLiteral("no safety plan")});
    }
    finish(value);
    return value;
}

MeasureValue YouthSafetyMeasures::semhWithin4Weeks() const
{
    MeasureValue value = valueFor("semh_within_4_weeks", true);
    for (qsizetype e = 0; e < m_facts.episodes.size(); ++e) {
        const EpisodeFact& episode = m_facts.episodes[e];
        if (m_index.episodeKind(int(e)) != KpiIndex::Semh || !m_inScope[episode.person]
            || !m_scope.period.contains(episode.startDate))
            continue;
        const QDate due = domain::CaseClocks::semhFirstAppointmentDue(episode.startDate);
        const QDate& seen = episode.firstAppointmentDate;
        if (!seen.isValid() && m_scope.today <= due)
            continue; // still inside its 28 days: neither met nor missed yet
        const QString& id = m_facts.people[episode.person].id;
        if (seen.isValid() && seen <= due)
            value.rows.append({id, episode.startDate,
                               QStringLiteral("seen after %1 days").arg(episode.startDate.daysTo(seen))});
        else if (seen.isValid())
            value.otherRows.append({id, episode.startDate,
                                    QStringLiteral("seen after %1 days").arg(episode.startDate.daysTo(seen))});
        else
            value.otherRows.append({id, episode.startDate, QStringLiteral("no first appointment")});
    }
    finish(value);
    return value;
}

MeasureValue YouthSafetyMeasures::exclusions(const QString& kind) const
{
    const bool permanent = kind == QLatin1String("permanent");
    MeasureValue value = valueFor(permanent ? "permanent_exclusions" : "suspensions", false);
    for (qsizetype e = 0; e < m_facts.episodes.size(); ++e) {
        const EpisodeFact& episode = m_facts.episodes[e];
        if (m_index.episodeKind(int(e)) == KpiIndex::Exclusion && episode.exclusionKind == kind
            && m_inScope[episode.person] && m_scope.period.contains(episode.startDate))
            value.rows.append({m_facts.people[episode.person].id, episode.startDate,
                               permanent ? QStringLiteral("permanent exclusion") : QStringLiteral("suspension")});
    }
    finish(value);
    return value;
}

MeasureValue YouthSafetyMeasures::knifeCrimeVictims() const
{
    MeasureValue value = valueFor("knife_crime_victims_under_25", false);
    QHash<int, qsizetype> rowOf;
    for (qsizetype e = 0; e < m_facts.episodes.size(); ++e) {
        const EpisodeFact& episode = m_facts.episodes[e];
        if (m_index.episodeKind(int(e)) != KpiIndex::KnifeCrime || !m_inScope[episode.person]
            || !m_scope.period.contains(episode.startDate))
            continue;
        const PersonFact& person = m_facts.people[episode.person];
        const int age = KpiIndex::ageOn(person.dateOfBirth, episode.startDate);
        if (age < 0 || age >= kKnifeCrimeAgeLimit)
            continue;
        const auto found = rowOf.constFind(episode.person);
        if (found == rowOf.constEnd()) {
            rowOf.insert(episode.person, value.rows.size());
            value.rows.append({person.id, episode.startDate, QStringLiteral("victim aged %1").arg(age)});
        } else if (episode.startDate < value.rows[*found].date) {
            value.rows[*found] = {person.id, episode.startDate, QStringLiteral("victim aged %1").arg(age)};
        }
    }
    finish(value);
    return value;
}

} // namespace trellis::kpi
