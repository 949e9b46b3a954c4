#include "YouthSafetyMeasures.h"

#include "DetailTexts.h"

#include "domain/CaseClocks.h"
#include "domain/ChoiceLabels.h"

#include <vector>

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

QString interventionWords(const QString& type)
{
    return domain::ChoiceLabels::labelOrValue(QStringLiteral("intervention"), QStringLiteral("type"), type);
}

// Measures of distinct young people keep each person's row here: person -> row, -1 for none.
// A vector indexed by person, filled only if the measure finds anyone.
class RowOfPerson {
public:
    explicit RowOfPerson(qsizetype people) : m_people(people) {}
    int& operator[](int person)
    {
        if (m_rows.empty())
            m_rows.assign(std::size_t(m_people), -1);
        return m_rows[std::size_t(person)];
    }

private:
    qsizetype m_people;
    std::vector<int> m_rows;
};

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

YouthSafetyMeasures::YouthSafetyMeasures(const KpiFacts& facts, const KpiIndex& index, const KpiScope& scope,
                                         bool listRows)
    : m_facts(facts)
    , m_index(index)
    , m_scope(scope)
    , m_inScope(KpiIndex::scopeMask(facts, scope))
    , m_listRows(listRows)
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
    Tally tally{m_listRows};
    WordTexts words(interventionWords);
    const Days period(m_scope.period);
    for (qsizetype p = 0; p < m_facts.people.size(); ++p) {
        if (!period.contains(m_index.person(int(p)).firstSubstantive) || !m_inScope[p])
            continue;
        const QDate& first = m_index.firstSubstantive(int(p));
        const int age = m_index.ageOn(int(p), first);
        if (age < kYouthJusticeMinAge || age > kYouthJusticeMaxAge)
            continue;
        if (tally.in()) {
            const auto& intervention = m_facts.interventions[m_index.firstSubstantiveIntervention(int(p))];
            value.rows.append({m_facts.people[p].id, first, words(intervention.type), int(p)});
        }
    }
    tally.finish(value);
    return value;
}

MeasureValue YouthSafetyMeasures::custodialOutcomes() const
{
    MeasureValue value = valueFor("custodial_outcomes", false);
    Tally tally{m_listRows};
    const QString custody = QStringLiteral("custody (DTO)");
    const Days period(m_scope.period);
    for (qsizetype p = 0; p < m_facts.people.size(); ++p) {
        if (!m_inScope[p])
            continue;
        for (int at = m_index.interventionBegin(int(p)); at < m_index.interventionEnd(int(p)); ++at) {
            const InterventionKeys& keys = m_index.keysAt(at);
            if (keys.custodial && period.contains(keys.outcome) && tally.in())
                value.rows.append({m_facts.people[p].id, dateOf(keys.outcome), custody, int(p)});
        }
    }
    tally.finish(value);
    return value;
}

MeasureValue YouthSafetyMeasures::reoffending() const
{
    MeasureValue value = valueFor("reoffending_rate", true);
    Tally tally{m_listRows};
    const Period& period = m_scope.period;
    const Days days(period);
    DetailTexts reoffended = DetailTexts::days(QStringLiteral("reoffended "));
    const QString noReoffence = QStringLiteral("no proven reoffence");
    for (qsizetype p = 0; p < m_facts.people.size(); ++p) {
        const int begin = m_index.interventionBegin(int(p));
        const int end = m_index.interventionEnd(int(p));
        if (begin == end || !m_inScope[p])
            continue;
        // The index date: the first substantive outcome or release from custody in the period.
        std::int32_t indexDay = 0;
        int indexAt = -1;
        for (int at = begin; at < end; ++at) {
            const InterventionKeys& keys = m_index.keysAt(at);
            std::int32_t candidate = 0;
            if (keys.substantive && days.contains(keys.outcome))
                candidate = keys.outcome;
            if (keys.custodial && days.contains(keys.end) && (candidate == 0 || keys.end < candidate))
                candidate = keys.end;
            if (candidate != 0 && (indexDay == 0 || candidate < indexDay)) {
                indexDay = candidate;
                indexAt = at;
            }
        }
        if (indexDay == 0)
            continue;
        const QDate indexDate = dateOf(indexDay);
        const std::int32_t offenceLimit = dayNumber(indexDate.addMonths(kReoffenceMonths));
        const std::int32_t provenLimit = dayNumber(indexDate.addMonths(kProvenMonths));
        std::int32_t reoffence = 0;
        for (int at = begin; at < end; ++at) {
            const InterventionKeys& keys = m_index.keysAt(at);
            if (at == indexAt || !keys.substantive || keys.offence == 0)
                continue;
            if (keys.offence > indexDay && keys.offence <= offenceLimit && keys.outcome != 0
                && keys.outcome <= provenLimit && (reoffence == 0 || keys.offence < reoffence))
                reoffence = keys.offence;
        }
        if (reoffence != 0 ? !tally.in() : !tally.other())
            continue;
        const QString& id = m_facts.people[p].id;
        if (reoffence != 0)
            value.rows.append({id, indexDate, reoffended(reoffence), int(p)});
        else
            value.otherRows.append({id, indexDate, noReoffence, int(p)});
    }
    value.provisional = m_scope.today < period.to.addMonths(kProvenMonths);
    tally.finish(value);
    return value;
}

MeasureValue YouthSafetyMeasures::neet() const
{
    MeasureValue value = valueFor("neet_16_17", true);
    Tally tally{m_listRows};
    const QString neet[] = {QStringLiteral("NEET, aged 16"), QStringLiteral("NEET, aged 17")};
    const QString inEte[] = {QStringLiteral("in ETE, aged 16"), QStringLiteral("in ETE, aged 17")};
    const int today = KpiIndex::dateKey(m_scope.today);
    for (qsizetype p = 0; p < m_facts.people.size(); ++p) {
        const PersonKeys& keys = m_index.person(int(p));
        if (!keys.has(PersonKeys::Open) || !m_inScope[p])
            continue;
        const int age = m_index.ageOn(int(p), today);
        if (age < 16 || age > 17)
            continue;
        const bool isNeet = keys.has(PersonKeys::Neet);
        if (isNeet ? !tally.in() : !tally.other())
            continue;
        const QString& id = m_facts.people[p].id;
        if (isNeet)
            value.rows.append({id, m_scope.today, neet[age - 16], int(p)});
        else
            value.otherRows.append({id, m_scope.today, inEte[age - 16], int(p)});
    }
    tally.finish(value);
    return value;
}

MeasureValue YouthSafetyMeasures::missingEpisodes(bool distinctPeople) const
{
    MeasureValue value = valueFor(distinctPeople ? "children_missing" : "missing_episodes", false);
    Tally tally{m_listRows};
    const QString wentMissing = QStringLiteral("went missing");
    RowOfPerson rowOf(m_facts.people.size()); // children_missing: the person's row
    std::vector<int> episodesOfRow;            // children_missing: episodes per row
    const Days period(m_scope.period);
    for (const int e : m_index.episodesByPerson()) {
        const EpisodeKeys& keys = m_index.episode(e);
        if (keys.kind != EpisodeKind::Missing || !period.contains(keys.start) || !m_inScope[keys.person])
            continue;
        const EpisodeFact& episode = m_facts.episodes[e];
        const QString& id = m_facts.people[episode.person].id;
        if (!distinctPeople) {
            if (tally.in())
                value.rows.append({id, episode.startDate, wentMissing, episode.person});
            continue;
        }
        int& row = rowOf[episode.person];
        if (row < 0) {
            row = int(value.rows.size());
            value.rows.append({id, episode.startDate, QString(), episode.person});
            episodesOfRow.push_back(1);
            continue;
        }
        ++episodesOfRow[std::size_t(row)];
        DrillRow& first = value.rows[row]; // the first episode's date, and how many there were
        if (episode.startDate < first.date)
            first.date = episode.startDate;
    }
    if (distinctPeople) {
        DetailTexts episodes([](qint64 count) {
            return count == 1 ? QStringLiteral("1 episode") : QStringLiteral("%1 episodes").arg(count);
        });
        for (qsizetype row = 0; row < value.rows.size(); ++row)
            value.rows[row].detail = episodes(episodesOfRow[std::size_t(row)]);
        finish(value); // children are listed whatever is asked: their rows are how they are counted
    } else {
        tally.finish(value);
    }
    return value;
}

MeasureValue YouthSafetyMeasures::nrmWithPlan() const
{
    MeasureValue value = valueFor("nrm_positive_with_plan", true);
    RowOfPerson slotOf(m_facts.people.size());
    std::vector<std::pair<int, QDate>> decided; // (person, earliest positive decision in the period)
    for (const int e : m_index.episodesByPerson()) {
        const EpisodeKeys& keys = m_index.episode(e);
        if (keys.kind != EpisodeKind::Nrm || !m_inScope[keys.person])
            continue;
        const EpisodeFact& episode = m_facts.episodes[e];
        const auto decision = KpiIndex::positiveNrm(episode);
        if (!decision.positive || !m_scope.period.contains(decision.date))
            continue;
        int& slot = slotOf[episode.person];
        if (slot < 0) {
            slot = int(decided.size());
            decided.emplace_back(episode.person, decision.date);
        } else if (QDate& earliest = decided[std::size_t(slot)].second; decision.date < earliest) {
            earliest = decision.date;
        }
    }
    const QDate planBy = std::min(m_scope.period.to, m_scope.today);
    DetailTexts activated = DetailTexts::days(QStringLiteral("plan activated "));
    const QString noPlan = QStringLiteral("no safety plan");
    Tally tally{m_listRows};
    for (const auto& [index, date] : decided) {
        const PersonFact& person = m_facts.people[index];
        const bool planned = person.firstPlanActivated.isValid() && person.firstPlanActivated <= planBy;
        if (planned ? !tally.in() : !tally.other())
            continue;
        if (planned)
            value.rows.append({person.id, date, activated.day(person.firstPlanActivated), index});
        else
            value.otherRows.append({person.id, date, noPlan, index});
    }
    tally.finish(value);
    return value;
}

MeasureValue YouthSafetyMeasures::semhWithin4Weeks() const
{
    MeasureValue value = valueFor("semh_within_4_weeks", true);
    Tally tally{m_listRows};
    DetailTexts seenAfter = DetailTexts::numbers(QStringLiteral("seen after %1 days"));
    const QString notSeen = QStringLiteral("no first appointment");
    const Days period(m_scope.period);
    for (const int e : m_index.episodesByPerson()) {
        const EpisodeKeys& keys = m_index.episode(e);
        if (keys.kind != EpisodeKind::Semh || !period.contains(keys.start) || !m_inScope[keys.person])
            continue;
        const EpisodeFact& episode = m_facts.episodes[e];
        const QDate due = domain::CaseClocks::semhFirstAppointmentDue(episode.startDate);
        const QDate& seen = episode.firstAppointmentDate;
        if (!seen.isValid() && m_scope.today <= due)
            continue; // still inside its 28 days: neither met nor missed yet
        const bool met = seen.isValid() && seen <= due;
        if (met ? !tally.in() : !tally.other())
            continue;
        const QString& id = m_facts.people[episode.person].id;
        if (seen.isValid())
            (met ? value.rows : value.otherRows)
                .append({id, episode.startDate, seenAfter(episode.startDate.daysTo(seen)), episode.person});
        else
            value.otherRows.append({id, episode.startDate, notSeen, episode.person});
    }
    tally.finish(value);
    return value;
}

MeasureValue YouthSafetyMeasures::exclusions(const QString& kind) const
{
    const bool permanent = kind == QLatin1String("permanent");
    const ExclusionKind wanted = permanent ? ExclusionKind::Permanent : ExclusionKind::Suspension;
    MeasureValue value = valueFor(permanent ? "permanent_exclusions" : "suspensions", false);
    Tally tally{m_listRows};
    const QString detail = permanent ? QStringLiteral("permanent exclusion") : QStringLiteral("suspension");
    const Days period(m_scope.period);
    for (const int e : m_index.episodesByPerson()) {
        const EpisodeKeys& keys = m_index.episode(e);
        if (keys.kind == EpisodeKind::Exclusion && keys.exclusion == wanted && period.contains(keys.start)
            && m_inScope[keys.person] && tally.in())
            value.rows.append({m_facts.people[keys.person].id, dateOf(keys.start), detail, keys.person});
    }
    tally.finish(value);
    return value;
}

MeasureValue YouthSafetyMeasures::knifeCrimeVictims() const
{
    MeasureValue value = valueFor("knife_crime_victims_under_25", false);
    DetailTexts victimAged = DetailTexts::numbers(QStringLiteral("victim aged %1"));
    RowOfPerson rowOf(m_facts.people.size());
    const Days period(m_scope.period);
    for (const int e : m_index.episodesByPerson()) {
        const EpisodeKeys& keys = m_index.episode(e);
        if (keys.kind != EpisodeKind::KnifeCrime || !period.contains(keys.start) || !m_inScope[keys.person])
            continue;
        const EpisodeFact& episode = m_facts.episodes[e];
        const int age = m_index.ageOn(episode.person, episode.startDate);
        if (age < 0 || age >= kKnifeCrimeAgeLimit)
            continue;
        const DrillRow row{m_facts.people[episode.person].id, episode.startDate, victimAged(age), episode.person};
        int& at = rowOf[episode.person];
        if (at < 0) {
            at = int(value.rows.size());
            value.rows.append(row);
        } else if (episode.startDate < value.rows[at].date) {
            value.rows[at] = row; // the earliest episode in the period, and the age then
        }
    }
    finish(value);
    return value;
}

} // namespace trellis::kpi
