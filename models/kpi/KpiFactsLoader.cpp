#include "KpiFacts.h"

#include "store/Database.h"
#include "store/ReadSnapshot.h"
#include "store/StringInterner.h"

#include <QHash>

namespace trellis::kpi {

namespace {

// Dates come out of SQLite as Julian day numbers (an integer; 0 for none), so that 100,000 young
// people's dates are not each turned into a QString and parsed again: SQLite's own date parser
// is C and allocates nothing. julianday() is noon-based, hence the half day.
#define TRELLIS_JD(column) "coalesce(CAST(julianday(" column ") + 0.5 AS INTEGER), 0)"

QDate dayOf(const Statement& stmt, int column)
{
    const qint64 jd = stmt.integer(column);
    return jd > 0 ? QDate::fromJulianDay(jd) : QDate();
}

int riskRankOf(const QString& rating)
{
    if (rating == QLatin1String("very_high"))
        return 3;
    if (rating == QLatin1String("high"))
        return 2;
    if (rating == QLatin1String("medium"))
        return 1;
    return 0;
}

// Plain scans (NOT INDEXED): every row is wanted, so reading pages in file order beats walking a
// partial index and fetching each row from a random page (as CaseloadListQuery found).
constexpr const char* kWorkers = "SELECT id, display_name, coalesce(team, '') FROM worker WHERE deleted = 0";

// The store is migrated to the latest schema whenever it is opened, so schema 8's columns
// (learning_plan, mental_health, substance_misuse) are always there.
constexpr const char* kPeople =
    "SELECT id, reference, given_name, family_name, " TRELLIS_JD("date_of_birth") ", ethnicity, "
    "coalesce(lead_worker_id, ''), status, ete_status, send_status, care_status, suitable_accommodation, "
    "safety_wellbeing, risk_serious_harm, " TRELLIS_JD("next_contact_due") ", "
    "learning_plan, mental_health, substance_misuse FROM young_person NOT INDEXED WHERE deleted = 0";

// Only plans that were ever activated matter (drafts never count): the active one's review date,
// and the first activation of any version.
constexpr const char* kPlans =
    "SELECT young_person_id, status, " TRELLIS_JD("review_date") ", " TRELLIS_JD("substr(activated_at, 1, 10)")
    " FROM safety_plan WHERE deleted = 0 AND status IN ('active', 'superseded')";

constexpr const char* kInterventions =
    "SELECT young_person_id, type, " TRELLIS_JD("coalesce(outcome_date, start_date)") ", " TRELLIS_JD("start_date")
    ", " TRELLIS_JD("end_date") ", " TRELLIS_JD("offence_date") " FROM intervention NOT INDEXED WHERE deleted = 0";

constexpr const char* kEpisodes =
    "SELECT young_person_id, kind, " TRELLIS_JD("start_date") ", " TRELLIS_JD("end_date") ", "
    TRELLIS_JD("return_interview_date") ", coalesce(nrm_reasonable_grounds, ''), "
    TRELLIS_JD("nrm_reasonable_grounds_on") ", coalesce(nrm_conclusive_grounds, ''), "
    TRELLIS_JD("nrm_conclusive_grounds_on") ", coalesce(exclusion_kind, ''), "
    TRELLIS_JD("first_appointment_date") " FROM episode NOT INDEXED WHERE deleted = 0";

#undef TRELLIS_JD

class Loader {
public:
    explicit Loader(Database& db) : m_db(db) {}

    Result<KpiFacts> run()
    {
        ReadSnapshot snapshot(m_db); // one moment of the store for every table
        if (!snapshot.began())
            return m_db.lastError();
        if (!workers() || !people() || !plans() || !interventions() || !episodes())
            return m_db.lastError();
        return std::move(m_facts);
    }

private:
    bool workers()
    {
        auto& stmt = m_db.cached(kWorkers);
        while (stmt.next()) {
            m_workerIndex.insert(stmt.text(0), int(m_facts.workers.size()));
            m_facts.workers.append({stmt.text(0), stmt.text(1), m_intern(stmt.text(2))});
        }
        return finish(stmt);
    }

    bool people()
    {
        auto& stmt = m_db.cached(kPeople);
        while (stmt.next()) {
            PersonFact person;
            person.id = stmt.text(0);
            person.reference = stmt.text(1);
            person.name = stmt.text(2) + QLatin1Char(' ') + stmt.text(3);
            person.dateOfBirth = dayOf(stmt, 4);
            person.ethnicity = m_intern(stmt.text(5));
            person.worker = m_workerIndex.value(stmt.text(6), -1);
            person.open = stmt.text(7) == QLatin1String("open");
            person.eteStatus = m_intern(stmt.text(8));
            person.sendStatus = m_intern(stmt.text(9));
            person.careStatus = m_intern(stmt.text(10));
            person.suitableAccommodation = m_intern(stmt.text(11));
            person.riskRank = std::max(riskRankOf(stmt.text(12)), riskRankOf(stmt.text(13)));
            person.nextContactDue = dayOf(stmt, 14);
            person.learningPlan = m_intern(stmt.text(15));
            person.mentalHealth = m_intern(stmt.text(16));
            person.substanceMisuse = m_intern(stmt.text(17));
            m_personIndex.insert(person.id, int(m_facts.people.size()));
            m_facts.people.append(std::move(person));
        }
        return finish(stmt);
    }

    bool plans()
    {
        auto& stmt = m_db.cached(kPlans);
        while (stmt.next()) {
            const int index = m_personIndex.value(stmt.text(0), -1);
            if (index < 0)
                continue; // the young person was deleted
            PersonFact& person = m_facts.people[index];
            if (stmt.text(1) == QLatin1String("active")) {
                person.hasActivePlan = true;
                person.activePlanReview = dayOf(stmt, 2);
            }
            const QDate activated = dayOf(stmt, 3);
            if (activated.isValid() && (!person.firstPlanActivated.isValid() || activated < person.firstPlanActivated))
                person.firstPlanActivated = activated;
        }
        return finish(stmt);
    }

    bool interventions()
    {
        auto& stmt = m_db.cached(kInterventions);
        while (stmt.next()) {
            const int index = m_personIndex.value(stmt.text(0), -1);
            if (index < 0)
                continue;
            m_facts.interventions.append(
                {index, m_intern(stmt.text(1)), dayOf(stmt, 2), dayOf(stmt, 3), dayOf(stmt, 4), dayOf(stmt, 5)});
        }
        return finish(stmt);
    }

    bool episodes()
    {
        auto& stmt = m_db.cached(kEpisodes);
        while (stmt.next()) {
            const int index = m_personIndex.value(stmt.text(0), -1);
            if (index < 0)
                continue;
            EpisodeFact episode;
            episode.person = index;
            episode.kind = m_intern(stmt.text(1));
            episode.startDate = dayOf(stmt, 2);
            episode.endDate = dayOf(stmt, 3);
            episode.returnInterviewDate = dayOf(stmt, 4);
            episode.reasonableGrounds = m_intern(stmt.text(5));
            episode.reasonableGroundsOn = dayOf(stmt, 6);
            episode.conclusiveGrounds = m_intern(stmt.text(7));
            episode.conclusiveGroundsOn = dayOf(stmt, 8);
            episode.exclusionKind = m_intern(stmt.text(9));
            episode.firstAppointmentDate = dayOf(stmt, 10);
            m_facts.episodes.append(std::move(episode));
        }
        return finish(stmt);
    }

    static bool finish(Statement& stmt)
    {
        const bool ok = !stmt.failed();
        stmt.reset();
        return ok;
    }

    Database& m_db;
    KpiFacts m_facts;
    StringInterner m_intern;
    QHash<QString, int> m_workerIndex;
    QHash<QString, int> m_personIndex; // the one map from ids to indexes
};

} // namespace

Result<KpiFacts> KpiFactsLoader::load(Database& db)
{
    return Loader(db).run();
}

} // namespace trellis::kpi
