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
constexpr const char* kPeopleColumns =
    "SELECT yp.id, yp.reference, yp.given_name, yp.family_name, yp.preferred_name, yp.date_of_birth, yp.status, "
    "yp.lead_worker_id, yp.safety_wellbeing, yp.risk_serious_harm, yp.reoffending_likelihood, "
    "yp.flag_cce, yp.flag_cse, yp.flag_county_lines, yp.flag_gang_affected, yp.flag_missing_risk, "
    "yp.flag_knife_crime_victim, yp.flag_domestic_abuse, yp.next_contact_due, yp.next_review_date, yp.dirty ";

constexpr const char* kEveryone = "FROM young_person yp NOT INDEXED WHERE yp.deleted = 0";

// The first page (firstPageCandidates): open cases in the order of the partial index by next
// contact due, read until the page is full and the date changes.
constexpr const char* kOpenByDue = "FROM young_person yp INDEXED BY young_person_open_due "
                                   "WHERE yp.deleted = 0 AND yp.status = 'open' ORDER BY yp.next_contact_due";

enum class People { Everyone, OpenByDue };

// Put together once from fixed pieces (no input goes into them): Database::cached keys
// statements by their text. Static locals, so the reader thread and the GUI thread can both ask.
const QByteArray& peopleSql(People which)
{
    static const QByteArray everyone = QByteArray(kPeopleColumns) + kEveryone;
    static const QByteArray openByDue = QByteArray(kPeopleColumns) + kOpenByDue;
    return which == People::OpenByDue ? openByDue : everyone;
}

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
// For the first page each branch is narrowed to one young person (?4) and becomes an index
// search.
const QByteArray& factsSql(bool onePerson)
{
    static const auto make = [](bool forOne) {
        const auto person = [forOne](const char* alias) {
            return forOne ? QByteArray(" AND ") + alias + ".young_person_id = ?4" : QByteArray();
        };
        return QByteArray("SELECT 1, i.young_person_id, i.type, i.start_date FROM intervention i "
                          "INDEXED BY intervention_current WHERE i.deleted = 0")
            + person("i")
            + " UNION ALL SELECT 2, sp.young_person_id, sp.review_date, NULL FROM safety_plan sp "
              "INDEXED BY safety_plan_active_review WHERE sp.status = 'active' AND sp.deleted = 0"
            + person("sp")
            + " UNION ALL SELECT 3, e.young_person_id, e.kind, NULL FROM episode e WHERE e.deleted = 0"
            + person("e")
            + " AND ((e.kind = 'missing' AND e.end_date IS NOT NULL AND e.return_interview_date IS NULL"
              " AND date(e.end_date, ?2) < ?1) OR"
              " (e.kind = 'semh' AND e.first_appointment_date IS NULL AND date(e.start_date, ?3) < ?1))";
    };
    static const QByteArray everyone = make(false);
    static const QByteArray one = make(true);
    return onePerson ? one : everyone;
}

// What the facts statement found for one young person.
struct Facts {
    QString interventionType;
    QString interventionStart; // ISO text, compared as text
    QDate planReview;
    bool returnInterviewOverdue = false;
    bool semhOverdue = false;

    // Takes in one row of factsSql.
    void add(const Statement& stmt, StringInterner& intern)
    {
        switch (stmt.integer(0)) {
        case 1: {
            const QString start = stmt.text(3);
            const QString type = stmt.text(2);
            const int byStart = start.compare(interventionStart);
            if (interventionType.isEmpty() || byStart > 0 || (byStart == 0 && type > interventionType)) {
                interventionStart = start;
                interventionType = intern(type);
            }
            break;
        }
        case 2:
            planReview = stmt.date(2);
            break;
        default:
            if (stmt.text(2) == QLatin1String("missing"))
                returnInterviewOverdue = true;
            else
                semhOverdue = true;
            break;
        }
    }

    void applyTo(CaseloadListItem& item) const
    {
        item.row.currentIntervention = interventionType;
        item.row.safetyPlanReviewDate = planReview;
        item.returnInterviewOverdue = returnInterviewOverdue;
        item.semhOverdue = semhOverdue;
    }
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

Statement& boundFacts(Database& db, bool onePerson, const QDate& today)
{
    using domain::CaseClocks;
    auto& stmt = db.cached(factsSql(onePerson).constData());
    stmt.bind(1, today)
        .bind(2, daysModifier(CaseClocks::kReturnInterviewDays))
        .bind(3, daysModifier(CaseClocks::kSemhFirstAppointmentDays));
    return stmt;
}

} // namespace

Result<QList<CaseloadListItem>> CaseloadListQuery::run(const QDate& today)
{
    ReadSnapshot snapshot(m_db); // a write between the two reads could mark a clock on someone unseen
    if (!snapshot.began())
        return m_db.lastError();
    StringInterner intern;

    QHash<QString, Facts> facts;
    {
        auto& stmt = boundFacts(m_db, false, today);
        while (stmt.next())
            facts[stmt.text(1)].add(stmt, intern);
        if (stmt.failed())
            return m_db.lastError();
        stmt.reset();
    }

    QList<CaseloadListItem> items;
    items.reserve(facts.size()); // most young people have an intervention, so close to the count
    auto& stmt = m_db.cached(peopleSql(People::Everyone).constData());
    while (stmt.next()) {
        CaseloadListItem item = readItem(stmt, intern);
        const auto found = facts.constFind(item.row.id);
        if (found != facts.constEnd())
            found->applyTo(item);
        items.append(std::move(item));
    }
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return items;
}

Result<QList<CaseloadListItem>> CaseloadListQuery::firstPageCandidates(int minRows)
{
    StringInterner intern;
    QList<CaseloadListItem> items;
    auto& stmt = m_db.cached(peopleSql(People::OpenByDue).constData());
    QDate lastDue; // of the minRows-th case; an invalid date is "no date", which sorts first
    while (stmt.next()) {
        CaseloadListItem item = readItem(stmt, intern);
        if (items.size() >= minRows && item.row.nextContactDue != lastDue)
            break; // the page is full and this case no longer ties with its last line
        if (items.size() == minRows - 1)
            lastDue = item.row.nextContactDue;
        items.append(std::move(item));
    }
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return items;
}

Result<void> CaseloadListQuery::addFacts(QList<CaseloadListItem>& items, const QDate& today)
{
    ReadSnapshot snapshot(m_db);
    if (!snapshot.began())
        return m_db.lastError();
    StringInterner intern;
    for (CaseloadListItem& item : items) {
        auto& stmt = boundFacts(m_db, true, today);
        stmt.bind(4, item.row.id);
        Facts facts;
        while (stmt.next())
            facts.add(stmt, intern);
        if (stmt.failed())
            return m_db.lastError();
        stmt.reset();
        facts.applyTo(item);
    }
    return {};
}

} // namespace trellis
