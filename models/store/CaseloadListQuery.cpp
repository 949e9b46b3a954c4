#include "CaseloadListQuery.h"

#include "ReadSnapshot.h"
#include "StringInterner.h"

#include "domain/CaseClocks.h"

#include <QHash>

namespace trellis {

namespace {

// The young person's own columns, in the order CaseloadQueries reads a CaseloadRow (its reader is
// private to that file), plus the dirty flag. A plain scan in rowid order: every page once, in
// file order. NOT INDEXED because the planner otherwise walks a partial name index (they all
// hold "deleted = 0") and fetches each row from it in name order, a random page each time: 1.1 s
// against 0.2 s for a cold scan of 100,000 young people (docs/benchmarks.md).
constexpr const char* kPeopleSql =
    "SELECT yp.id, yp.reference, yp.given_name, yp.family_name, yp.preferred_name, yp.date_of_birth, yp.status, "
    "yp.lead_worker_id, yp.safety_wellbeing, yp.risk_serious_harm, yp.reoffending_likelihood, "
    "yp.flag_cce, yp.flag_cse, yp.flag_county_lines, yp.flag_gang_affected, yp.flag_missing_risk, "
    "yp.flag_knife_crime_victim, yp.flag_domestic_abuse, yp.next_contact_due, yp.next_review_date, yp.dirty "
    "FROM young_person yp NOT INDEXED WHERE yp.deleted = 0";

// Everything else a line shows, in one pass over two covering indexes and the episode table:
//  1: every live intervention's type and start date (the current one is picked in memory: the
//     latest start date, then the greater type, as CaseloadQueries does);
//  2: the active safety plan's review date;
//  3: clocks that have run out with the thing still not done: a return home interview not held
//     by the third day after the return, an SEMH first appointment not held within 28 days.
// CaseloadQueries asks the two indexes once per young person instead. For one worker's rows that
// is right; for a whole store of 100,000 it meant 200,000 searches in random order through
// indexes larger than the page cache, and took 850 ms where this takes a fraction
// (docs/benchmarks.md, "Caseload screen"). ?1 is today; ?2 and ?3 are date modifiers built from
// CaseClocks, so the periods are defined in one place. ISO dates compare correctly as text.
constexpr const char* kFactsSql =
    "SELECT 1, i.young_person_id, i.type, i.start_date FROM intervention i INDEXED BY intervention_current "
    "WHERE i.deleted = 0 "
    "UNION ALL "
    "SELECT 2, sp.young_person_id, sp.review_date, NULL FROM safety_plan sp INDEXED BY safety_plan_active_review "
    "WHERE sp.status = 'active' AND sp.deleted = 0 "
    "UNION ALL "
    "SELECT 3, e.young_person_id, e.kind, NULL FROM episode e "
    "WHERE e.deleted = 0 AND ("
    " (e.kind = 'missing' AND e.end_date IS NOT NULL AND e.return_interview_date IS NULL"
    "  AND date(e.end_date, ?2) < ?1) OR"
    " (e.kind = 'semh' AND e.first_appointment_date IS NULL AND date(e.start_date, ?3) < ?1))";

// What the second statement found for one young person.
struct Facts {
    QString interventionType;
    QString interventionStart; // ISO text, compared as text
    QDate planReview;
    bool returnInterviewOverdue = false;
    bool semhOverdue = false;
};


CaseloadListItem readItem(const Statement& stmt, StringInterner& intern)
{
    CaseloadListItem item;
    CaseloadQueries::readYoungPersonColumns(stmt, item.row, &intern);
    item.dirty = stmt.integer(20) != 0;
    return item;
}


QString daysModifier(int days)
{
    return QStringLiteral("+%1 days").arg(days);
}

} // namespace

Result<QList<CaseloadListItem>> CaseloadListQuery::run(const QDate& today)
{
    using domain::CaseClocks;
    ReadSnapshot snapshot(m_db); // a write between the two reads could mark a clock on someone unseen
    if (!snapshot.began())
        return m_db.lastError();
    StringInterner intern;

    QHash<QString, Facts> facts;
    {
        auto& stmt = m_db.cached(kFactsSql);
        stmt.bind(1, today)
            .bind(2, daysModifier(CaseClocks::kReturnInterviewDays))
            .bind(3, daysModifier(CaseClocks::kSemhFirstAppointmentDays));
        while (stmt.next()) {
            Facts& f = facts[stmt.text(1)];
            switch (stmt.integer(0)) {
            case 1: {
                const QString start = stmt.text(3);
                const QString type = stmt.text(2);
                const int byStart = start.compare(f.interventionStart);
                if (f.interventionType.isEmpty() || byStart > 0 || (byStart == 0 && type > f.interventionType)) {
                    f.interventionStart = start;
                    f.interventionType = intern(type);
                }
                break;
            }
            case 2:
                f.planReview = stmt.date(2);
                break;
            default:
                if (stmt.text(2) == QLatin1String("missing"))
                    f.returnInterviewOverdue = true;
                else
                    f.semhOverdue = true;
                break;
            }
        }
        if (stmt.failed())
            return m_db.lastError();
        stmt.reset();
    }

    QList<CaseloadListItem> items;
    items.reserve(facts.size()); // most young people have an intervention, so close to the count
    auto& stmt = m_db.cached(kPeopleSql);
    while (stmt.next()) {
        CaseloadListItem item = readItem(stmt, intern);
        const auto found = facts.constFind(item.row.id);
        if (found != facts.constEnd()) {
            item.row.currentIntervention = found->interventionType;
            item.row.safetyPlanReviewDate = found->planReview;
            item.returnInterviewOverdue = found->returnInterviewOverdue;
            item.semhOverdue = found->semhOverdue;
        }
        items.append(std::move(item));
    }
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return items;
}

} // namespace trellis
