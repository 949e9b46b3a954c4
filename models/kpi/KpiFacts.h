#pragma once

#include "store/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>

namespace trellis {
class Database;
}

namespace trellis::kpi {

// What the measures need from the store, read once into memory so that changing a filter or a
// period recomputes every figure without touching the file. Deleted rows are never loaded.
// Enumerations keep the stored words (e.g. "neet", "detention_training_order") for display, and
// the loader also turns each into a small code, so that the measures, looping over 100,000 young
// people several times per refresh, compare integers and never strings.

// Mental health and substance misuse stages, in order: they are cumulative (attending implies
// offered implies a need identified), so "at least offered" is stage >= Offered.
enum class Stage : std::int8_t { Unknown = -1, NotScreened, NoNeed, NeedIdentified, Offered, Attending };

enum class EpisodeKind : std::uint8_t { Missing, Nrm, Exclusion, Semh, KnifeCrime, Other };
enum class ExclusionKind : std::uint8_t { None, Suspension, Permanent };
// An NRM decision word: pending, positive, negative, or empty.
enum class NrmGrounds : std::uint8_t { Empty, Pending, Positive, Negative, Other };

struct WorkerFact {
    QString id;
    QString name; // display_name
    QString team; // may be empty
};

struct PersonFact {
    QString id;
    QString reference;
    QString name;            // "Given Family" (preferred name not used: lists are for supervisors)
    QDate dateOfBirth;
    QString ethnicity;       // one of domain::choices::ethnicity()
    int worker = -1;         // index into KpiFacts::workers; -1 when no (known) lead worker
    bool open = true;        // status = 'open'
    QString eteStatus;       // school, college, training, employment, neet
    QString sendStatus;      // none, sen_support, ehcp
    QString careStatus;
    QString suitableAccommodation; // yes, no, unknown
    QString learningPlan;    // yes, no, unknown
    QString mentalHealth;    // not_screened, no_need, need_identified, intervention_offered, attending
    QString substanceMisuse; // the same five words
    int riskRank = 0;        // max(safety_wellbeing, risk_serious_harm): 0 low, 1 medium, 2 high, 3 very high
    QDate nextContactDue;
    bool hasActivePlan = false;
    QDate activePlanReview;  // the active plan's review_date, if any
    QDate firstPlanActivated; // date of the earliest activated_at of any version (active or superseded)

    // Codes of the words above (set by KpiFactsLoader).
    std::int8_t ethnicGroup = -1;  // index into EthnicGroups::keys(); -1 for not_stated or unknown
    bool neet = false;             // eteStatus "neet"
    bool send = false;             // sendStatus set and not "none"
    bool learningPlanYes = false;
    bool accommodationYes = false;
    Stage mentalHealthStage = Stage::NotScreened;
    Stage substanceStage = Stage::NotScreened;
};

struct InterventionFact {
    int person = -1;         // index into KpiFacts::people
    QString type;            // domain::choices::interventionType()
    QDate outcomeDate;       // outcome_date, or start_date when there is none
    QDate startDate;
    QDate endDate;
    QDate offenceDate;
    // Codes of `type` (set by KpiFactsLoader).
    bool substantive = false;  // one of domain::choices::substantiveInterventionTypes()
    bool custodial = false;    // detention_training_order
};

struct EpisodeFact {
    int person = -1;
    QString kind;            // missing, nrm, exclusion, semh, knife_crime
    QDate startDate;
    QDate endDate;
    QDate returnInterviewDate;
    QString reasonableGrounds;   // pending, positive, negative or empty
    QDate reasonableGroundsOn;
    QString conclusiveGrounds;
    QDate conclusiveGroundsOn;
    QString exclusionKind;       // suspension, permanent or empty
    QDate firstAppointmentDate;
    // Codes of the words above (set by KpiFactsLoader).
    EpisodeKind kindCode = EpisodeKind::Other;
    NrmGrounds reasonable = NrmGrounds::Empty;
    NrmGrounds conclusive = NrmGrounds::Empty;
    ExclusionKind exclusion = ExclusionKind::None;
};

struct KpiFacts {
    QList<WorkerFact> workers;
    QList<PersonFact> people;
    QList<InterventionFact> interventions;
    QList<EpisodeFact> episodes;
};

class KpiFactsLoader {
public:
    // Reads everything in one read transaction, so the figures describe one moment of the store.
    static Result<KpiFacts> load(Database& db);
};

} // namespace trellis::kpi
