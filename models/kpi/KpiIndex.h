#pragma once

#include "KpiFacts.h"
#include "KpiScope.h"

#include <QDate>
#include <QList>

#include <cstdint>

namespace trellis::kpi {

// What every measure would otherwise work out again for each young person, worked out once per
// KpiFacts: which interventions are substantive or custodial, each person's first substantive
// outcome, and each person's interventions and episodes as index ranges. Comparing stored words
// once here keeps the measures to integer and date comparisons.
class KpiIndex {
public:
    enum EpisodeKind : std::uint8_t { Missing, Nrm, Exclusion, Semh, KnifeCrime, OtherKind };
    enum InterventionFlag : std::uint8_t { Substantive = 1, Custodial = 2 };

    explicit KpiIndex(const KpiFacts& facts);

    bool isSubstantive(int intervention) const { return m_interventionFlags[intervention] & Substantive; }
    bool isCustodial(int intervention) const { return m_interventionFlags[intervention] & Custodial; }
    EpisodeKind episodeKind(int episode) const { return EpisodeKind(m_episodeKinds[episode]); }
    // The earliest outcome date of any substantive intervention; invalid when none.
    const QDate& firstSubstantive(int person) const { return m_firstSubstantive[person]; }
    int firstSubstantiveIntervention(int person) const { return m_firstSubstantiveIntervention[person]; }
    // The person's interventions, as indexes into KpiFacts::interventions.
    QList<int> interventionsOf(int person) const
    {
        return m_personInterventions.mid(m_interventionStart[person],
                                         m_interventionStart[person + 1] - m_interventionStart[person]);
    }
    // Ranges for hot loops without a copy: [begin, end) into interventionOrder().
    int interventionBegin(int person) const { return m_interventionStart[person]; }
    int interventionEnd(int person) const { return m_interventionStart[person + 1]; }
    int interventionAt(int position) const { return m_personInterventions[position]; }

    // Which people the scope's team and worker filters let in, one flag per person, so a measure
    // looping over 100,000 people compares no strings.
    static QList<bool> scopeMask(const KpiFacts& facts, const KpiScope& scope);

    // Whole years on `day` (a birthday on 29 February comes on 1 March in other years).
    static int ageOn(const QDate& dateOfBirth, const QDate& day);

    // A positive NRM decision of an episode and its date: the conclusive decision if positive,
    // else a positive reasonable grounds decision while the conclusive one is pending or empty.
    struct NrmDecision {
        bool positive = false;
        bool conclusive = false;
        QDate date;
    };
    static NrmDecision positiveNrm(const EpisodeFact& episode);

private:
    QList<std::uint8_t> m_interventionFlags;
    QList<std::uint8_t> m_episodeKinds;
    QList<QDate> m_firstSubstantive;
    QList<int> m_firstSubstantiveIntervention;
    QList<int> m_interventionStart; // people + 1 offsets into m_personInterventions
    QList<int> m_personInterventions;
};

} // namespace trellis::kpi
