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
    // The 12- and 18-month limits of an index date, worked out once per day of the period: a
    // cohort of tens of thousands has at most a year's worth of distinct index dates.
    std::vector<std::pair<std::int32_t, std::int32_t>> limitsOf;
    const auto limits = [&](std::int32_t day) {
        const auto make = [](std::int32_t from) {
            const QDate date = dateOf(from);
            return std::pair{dayNumber(date.addMonths(kReoffenceMonths)), dayNumber(date.addMonths(kProvenMonths))};
        };
        const qint64 offset = qint64(day) - days.from;
        if (offset < 0 || offset >= 4000) // a period of over ten years: no table
            return make(day);
        if (limitsOf.empty())
            limitsOf.assign(std::size_t(std::min<qint64>(4000, qint64(days.to) - days.from + 1)), {0, 0});
        auto& found = limitsOf[std::size_t(offset)];
        if (found.first == 0)
            found = make(day);
        return found;
    };
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
        const auto [offenceLimit, provenLimit] = limits(indexDay);
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
    DetailTexts episodes([](qint64 count) {
        return count == 1 ? QStringLiteral("1 episode") : QStringLiteral("%1 episodes").arg(count);
    });
    // Episode keys come in person order, so one child's episodes are adjacent: a child is
    // counted at their first episode in the period, and their row (first date, how many) is
    // complete when the next child's begins.
    int current = -1;
    std::int32_t first = 0;
    int count = 0;
    const auto closeChild = [&] {
        if (current >= 0 && tally.in())
            value.rows.append({m_facts.people[current].id, dateOf(first), episodes(count), current});
    };
    const Days period(m_scope.period);
    for (const EpisodeKeys& keys : m_index.episodes()) {
        if (keys.kind != EpisodeKind::Missing || !period.contains(keys.start) || !m_inScope[keys.person])
            continue;
        if (!distinctPeople) {
            if (tally.in())
                value.rows.append({m_facts.people[keys.person].id, dateOf(keys.start), wentMissing, keys.person});
            continue;
        }
        if (keys.person != current) {
            closeChild();
            current = keys.person;
            first = keys.start;
            count = 0;
        }
        ++count;
        first = std::min(first, keys.start);
    }
    if (distinctPeople)
        closeChild();
    tally.finish(value);
    return value;
}

MeasureValue YouthSafetyMeasures::nrmWithPlan() const
{
    MeasureValue value = valueFor("nrm_positive_with_plan", true);
    // (person, earliest positive decision in the period); a person's episodes are adjacent in
    // the keys' person order, so their entry is the last one made.
    std::vector<std::pair<int, QDate>> decided;
    for (const EpisodeKeys& keys : m_index.episodes()) {
        if (keys.kind != EpisodeKind::Nrm || !m_inScope[keys.person])
            continue;
        const auto decision = KpiIndex::positiveNrm(m_facts.episodes[keys.index]);
        if (!decision.positive || !m_scope.period.contains(decision.date))
            continue;
        if (decided.empty() || decided.back().first != keys.person)
            decided.emplace_back(keys.person, decision.date);
        else
            decided.back().second = std::min(decided.back().second, decision.date);
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
    for (const EpisodeKeys& keys : m_index.episodes()) {
        if (keys.kind != EpisodeKind::Semh || !period.contains(keys.start) || !m_inScope[keys.person])
            continue;
        const EpisodeFact& episode = m_facts.episodes[keys.index];
        const QDate due = domain::CaseClocks::semhFirstAppointmentDue(episode.startDate);
        // A first appointment dated after today is booked, not held: the child is not yet seen.
        const QDate seen = episode.firstAppointmentDate <= m_scope.today ? episode.firstAppointmentDate : QDate();
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
    for (const EpisodeKeys& keys : m_index.episodes()) {
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
    const Days period(m_scope.period);
    int last = -1; // a person's episodes are adjacent in the keys' person order
    for (const EpisodeKeys& keys : m_index.episodes()) {
        if (keys.kind != EpisodeKind::KnifeCrime || !period.contains(keys.start) || !m_inScope[keys.person])
            continue;
        const QDate day = dateOf(keys.start);
        const int age = m_index.ageOn(keys.person, day);
        if (age < 0 || age >= kKnifeCrimeAgeLimit)
            continue;
        const DrillRow row{m_facts.people[keys.person].id, day, victimAged(age), keys.person};
        if (keys.person != last)
            value.rows.append(row);
        else if (day < value.rows.last().date)
            value.rows.last() = row; // the earliest episode in the period, and the age then
        last = keys.person;
    }
    finish(value);
    return value;
}

} // namespace trellis::kpi
