#pragma once

#include "KpiFacts.h"
#include "KpiScope.h"

#include <QDate>
#include <QList>

#include <cstdint>
#include <limits>

namespace trellis::kpi {

// What every measure would otherwise work out again for each young person, worked out once per
// KpiFacts and shared by MeasureCalculator, Disproportionality and KpiReport (copies of a
// calculator share it): each person's first substantive outcome, each person's interventions as
// an index range, and dates of birth in a form that gives an age without calendar arithmetic.
// The words were already turned into codes by the loader, so the measures compare integers.
//
// The loops over 100,000 young people and their episodes test compact keys first (PersonKeys,
// EpisodeKeys, InterventionKeys: 12–24 bytes each, dates as Julian day numbers) and touch the
// facts (some 300 bytes a person, mostly QStrings) only for a row that counts: a pass over the
// facts themselves reads tens of megabytes from memory, a pass over the keys a megabyte or two
// that stays in cache across the dozens of passes one refresh makes.

// A date as its Julian day number, 0 for none; and back.
inline std::int32_t dayNumber(const QDate& day) { return day.isValid() ? std::int32_t(day.toJulianDay()) : 0; }
inline QDate dateOf(std::int32_t day) { return day != 0 ? QDate::fromJulianDay(day) : QDate(); }

// Period::contains on day numbers.
struct Days {
    explicit Days(const Period& period)
        : from(period.from.isValid() ? dayNumber(period.from) : std::numeric_limits<std::int32_t>::min())
        , to(period.to.isValid() ? dayNumber(period.to) : std::numeric_limits<std::int32_t>::min())
    {
    }
    bool contains(std::int32_t day) const { return day != 0 && day >= from && day <= to; }
    std::int32_t from;
    std::int32_t to;
};

struct PersonKeys {
    enum Bit : std::uint8_t { Open = 1, Neet = 2, Send = 4, LearningPlan = 8, Accommodation = 16, ActivePlan = 32 };
    int birthKey = 0;                 // KpiIndex::dateKey of the date of birth
    std::int32_t nextContactDue = 0;
    std::int32_t activePlanReview = 0;
    std::int32_t firstSubstantive = 0;
    std::uint8_t bits = 0;
    Stage mentalHealth = Stage::NotScreened;
    Stage substance = Stage::NotScreened;
    std::int8_t ethnicGroup = -1;
    bool has(Bit bit) const { return (bits & bit) != 0; }
};

struct EpisodeKeys {
    int person = -1;
    std::int32_t start = 0;
    EpisodeKind kind = EpisodeKind::Other;
    ExclusionKind exclusion = ExclusionKind::None;
};

// One person's intervention, kept in person order (KpiIndex::interventionBegin/End).
struct InterventionKeys {
    int index = -1; // into KpiFacts::interventions
    std::int32_t outcome = 0;
    std::int32_t end = 0;
    std::int32_t offence = 0;
    bool substantive = false;
    bool custodial = false;
};

class KpiIndex {
public:
    explicit KpiIndex(const KpiFacts& facts);

    const PersonKeys& person(int person) const { return m_people[person]; }
    const EpisodeKeys& episode(int episode) const { return m_episodes[episode]; }
    const QList<EpisodeKeys>& episodes() const { return m_episodes; }
    // Episode indexes ordered by young person (then as stored). Loops that make drill-down rows
    // go in this order: each row copies the person's id, and reaching the people (and their ids'
    // buffers, allocated in the same order) in ascending order lets the processor fetch ahead,
    // where the stored order jumps about the whole caseload and waits on memory for every row.
    const QList<int>& episodesByPerson() const { return m_episodesByPerson; }
    // The interventions of person p are keysAt(interventionBegin(p)) … keysAt(interventionEnd(p) - 1).
    const InterventionKeys& keysAt(int position) const { return m_interventionKeys[position]; }

    bool isSubstantive(int intervention) const { return m_facts.interventions[intervention].substantive; }
    bool isCustodial(int intervention) const { return m_facts.interventions[intervention].custodial; }
    // The earliest outcome date of any substantive intervention; invalid when none.
    const QDate& firstSubstantive(int person) const { return m_firstSubstantive[person]; }
    int firstSubstantiveIntervention(int person) const { return m_firstSubstantiveIntervention[person]; }
    // The person's interventions, as indexes into KpiFacts::interventions.
    QList<int> interventionsOf(int person) const
    {
        QList<int> indexes;
        for (int at = interventionBegin(person); at < interventionEnd(person); ++at)
            indexes.append(interventionAt(at));
        return indexes;
    }
    // Ranges for hot loops without a copy: [begin, end) into interventionAt().
    int interventionBegin(int person) const { return m_interventionStart[person]; }
    int interventionEnd(int person) const { return m_interventionStart[person + 1]; }
    int interventionAt(int position) const { return m_interventionKeys[position].index; }

    // Whole years on `day` (as ageOn below), from the date of birth's key made once.
    int ageOn(int person, int dayKey) const { return age(m_people[person].birthKey, dayKey); }
    int ageOn(int person, const QDate& day) const { return ageOn(person, dateKey(day)); }

    // Which people the scope's team and worker filters let in, one flag per person, so a measure
    // looping over 100,000 people compares no strings.
    static QList<bool> scopeMask(const KpiFacts& facts, const KpiScope& scope);

    // Whole years on `day` (a birthday on 29 February comes on 1 March in other years); -1 when
    // either date is invalid.
    static int ageOn(const QDate& dateOfBirth, const QDate& day) { return age(dateKey(dateOfBirth), dateKey(day)); }
    // yyyymmdd, or 0 for an invalid date: the difference of two keys divided by 10,000 (rounding
    // down) is the whole years between them, as comparing month and day would give.
    static int dateKey(const QDate& day);

    // A positive NRM decision of an episode and its date: the conclusive decision if positive,
    // else a positive reasonable grounds decision while the conclusive one is pending or empty.
    struct NrmDecision {
        bool positive = false;
        bool conclusive = false;
        QDate date;
    };
    static NrmDecision positiveNrm(const EpisodeFact& episode);

private:
    static int age(int birthKey, int dayKey)
    {
        if (birthKey == 0 || dayKey == 0)
            return -1;
        const int difference = dayKey - birthKey;
        return difference >= 0 ? difference / 10000 : -((-difference + 9999) / 10000);
    }

    const KpiFacts& m_facts;
    QList<QDate> m_firstSubstantive;
    QList<int> m_firstSubstantiveIntervention;
    QList<int> m_interventionStart; // people + 1 offsets into m_interventionKeys
    QList<InterventionKeys> m_interventionKeys;
    QList<PersonKeys> m_people;
    QList<EpisodeKeys> m_episodes;
    QList<int> m_episodesByPerson;
};

} // namespace trellis::kpi
