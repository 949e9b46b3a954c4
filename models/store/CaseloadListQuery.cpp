#include "CaseloadListQuery.h"

#include "domain/CaseClocks.h"

#include <QHash>

namespace trellis {

namespace {

// The same columns, in the same order, as CaseloadQueries reads for a CaseloadRow (its reader is
// private to that file), plus the dirty flag. The subqueries use the same covering indexes; see
// CaseloadQueries.cpp for why they are named with INDEXED BY.
constexpr const char* kListSql =
    "SELECT yp.id, yp.reference, yp.given_name, yp.family_name, yp.preferred_name, yp.date_of_birth, yp.status, "
    "yp.lead_worker_id, yp.safety_wellbeing, yp.risk_serious_harm, yp.reoffending_likelihood, "
    "yp.flag_cce, yp.flag_cse, yp.flag_county_lines, yp.flag_gang_affected, yp.flag_missing_risk, "
    "yp.flag_knife_crime_victim, yp.flag_domestic_abuse, yp.next_contact_due, yp.next_review_date, "
    "(SELECT i.type FROM intervention i INDEXED BY intervention_current "
    " WHERE i.young_person_id = yp.id AND i.deleted = 0 ORDER BY i.start_date DESC, i.type DESC LIMIT 1), "
    "(SELECT sp.review_date FROM safety_plan sp INDEXED BY safety_plan_active_review "
    " WHERE sp.young_person_id = yp.id AND sp.status = 'active' AND sp.deleted = 0), "
    "yp.dirty "
    "FROM young_person yp WHERE yp.deleted = 0";

// Clocks that have run out with the thing still not done, as the record view shows them: a
// return home interview not held by the third day after the return, an SEMH first appointment
// not held within 28 days of referral. ?1 is today; ?2 and ?3 are the date modifiers built from
// CaseClocks, so the periods are defined in one place. Dates are ISO text, so they compare as text.
constexpr const char* kClocksSql =
    "SELECT young_person_id, kind FROM episode "
    "WHERE deleted = 0 AND ("
    " (kind = 'missing' AND end_date IS NOT NULL AND return_interview_date IS NULL"
    "  AND date(end_date, ?2) < ?1) OR"
    " (kind = 'semh' AND first_appointment_date IS NULL AND date(start_date, ?3) < ?1))";

// Enumerated values repeat across a long caseload; sharing one QString for each keeps 100,000
// rows from holding 100,000 copies of "medium".
class Interner {
public:
    QString operator()(QString value)
    {
        if (value.isEmpty())
            return value;
        auto found = m_pool.constFind(value);
        if (found != m_pool.constEnd())
            return *found;
        m_pool.insert(value, value);
        return value;
    }

private:
    QHash<QString, QString> m_pool;
};

CaseloadListItem readItem(const Statement& stmt, Interner& intern)
{
    CaseloadListItem item;
    CaseloadRow& row = item.row;
    row.id = stmt.text(0);
    row.reference = stmt.text(1);
    row.givenName = stmt.text(2);
    row.familyName = stmt.text(3);
    row.preferredName = stmt.text(4);
    row.dateOfBirth = stmt.date(5);
    row.status = intern(stmt.text(6));
    row.leadWorkerId = intern(stmt.text(7));
    row.safetyWellbeing = intern(stmt.text(8));
    row.riskSeriousHarm = intern(stmt.text(9));
    row.reoffendingLikelihood = intern(stmt.text(10));
    row.flagCce = stmt.integer(11) != 0;
    row.flagCse = stmt.integer(12) != 0;
    row.flagCountyLines = stmt.integer(13) != 0;
    row.flagGangAffected = stmt.integer(14) != 0;
    row.flagMissingRisk = stmt.integer(15) != 0;
    row.flagKnifeCrimeVictim = stmt.integer(16) != 0;
    row.flagDomesticAbuse = stmt.integer(17) != 0;
    row.nextContactDue = stmt.date(18);
    row.nextReviewDate = stmt.date(19);
    row.currentIntervention = intern(stmt.text(20));
    row.safetyPlanReviewDate = stmt.date(21);
    item.dirty = stmt.integer(22) != 0;
    return item;
}

// Both reads share a snapshot: a sync writing between them could otherwise mark a clock on a
// person the first read did not see.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db)
    {
        m_began = m_db.exec("SAVEPOINT caseload_list").ok();
    }
    ~ReadSnapshot()
    {
        if (m_began)
            (void)m_db.exec("RELEASE caseload_list");
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    bool began() const { return m_began; }

private:
    Database& m_db;
    bool m_began = false;
};

QString daysModifier(int days)
{
    return QStringLiteral("+%1 days").arg(days);
}

} // namespace

Result<QList<CaseloadListItem>> CaseloadListQuery::run(const QDate& today)
{
    using domain::CaseClocks;
    ReadSnapshot snapshot(m_db);
    if (!snapshot.began())
        return m_db.lastError();

    // Young person id -> bit 1 for a late return home interview, bit 2 for a late SEMH appointment.
    QHash<QString, int> clocks;
    {
        auto& stmt = m_db.cached(kClocksSql);
        stmt.bind(1, today)
            .bind(2, daysModifier(CaseClocks::kReturnInterviewDays))
            .bind(3, daysModifier(CaseClocks::kSemhFirstAppointmentDays));
        while (stmt.next())
            clocks[stmt.text(0)] |= stmt.text(1) == QLatin1String("missing") ? 1 : 2;
        if (stmt.failed())
            return m_db.lastError();
        stmt.reset();
    }

    QList<CaseloadListItem> items;
    Interner intern;
    auto& stmt = m_db.cached(kListSql);
    while (stmt.next()) {
        items.append(readItem(stmt, intern));
        if (!clocks.isEmpty()) {
            const int bits = clocks.value(items.last().row.id);
            items.last().returnInterviewOverdue = (bits & 1) != 0;
            items.last().semhOverdue = (bits & 2) != 0;
        }
    }
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return items;
}

} // namespace trellis
