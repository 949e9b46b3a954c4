#include "CaseloadQueries.h"

#include "ReadSnapshot.h"
#include "StringInterner.h"

#include "AuditLog.h"
#include "RecordRepository.h"
#include "Transaction.h"
#include "domain/Entities.h"
#include "domain/Validator.h"

namespace trellis {

using domain::EntityDef;
using domain::Record;
namespace entity = domain::entity;
using Kind = StoreError::Kind;

namespace {

// The columns behind a CaseloadRow, in readRow's order. The two subqueries are answered from
// covering indexes, so a long caseload reads no intervention or safety plan rows: fewer pages to
// decrypt when the store is larger than the page cache. INDEXED BY because the planner, without
// statistics, prefers the unique safety_plan_one_active and then reads every plan's row; it also
// makes a dropped or renamed index fail loudly (the statement no longer prepares) instead of
// quietly slowing the caseload down. The current intervention is the one that started last; two
// starting on the same day are told apart by type, which the index holds, not by rowid.
#define TRELLIS_CASELOAD_COLUMNS                                                                                       \
    "yp.id, yp.reference, yp.given_name, yp.family_name, yp.preferred_name, yp.date_of_birth, yp.status, "             \
    "yp.lead_worker_id, yp.safety_wellbeing, yp.risk_serious_harm, yp.reoffending_likelihood, "                        \
    "yp.flag_cce, yp.flag_cse, yp.flag_county_lines, yp.flag_gang_affected, yp.flag_missing_risk, "                    \
    "yp.flag_knife_crime_victim, yp.flag_domestic_abuse, yp.next_contact_due, yp.next_review_date, "                   \
    "(SELECT i.type FROM intervention i INDEXED BY intervention_current "                                              \
    " WHERE i.young_person_id = yp.id AND i.deleted = 0 ORDER BY i.start_date DESC, i.type DESC LIMIT 1), "            \
    "(SELECT sp.review_date FROM safety_plan sp INDEXED BY safety_plan_active_review "                                 \
    " WHERE sp.young_person_id = yp.id AND sp.status = 'active' AND sp.deleted = 0) "

// young_person_caseload gives the worker's rows in rowid order, which is close to the order of
// their pages; the sort by due date then happens in memory. NULL next_contact_due sorts first
// (SQLite's order), which is where a case with no contact arranged belongs.
constexpr const char* kCaseloadSql =
    "SELECT " TRELLIS_CASELOAD_COLUMNS "FROM young_person yp INDEXED BY young_person_caseload "
    "WHERE yp.lead_worker_id = ?1 AND yp.deleted = 0 "
    "ORDER BY yp.next_contact_due, yp.family_name, yp.given_name, yp.rowid";

// Each arm is a LIKE on a NOCASE column with a literal ESCAPE, which SQLite turns into a range
// scan of that column's index. The name indexes hold the sort key (family, given name) too, so
// each arm keeps its own first `limit` matches from index entries alone (the family-name arm
// needs no sort at all), and only those few hundred are merged, de-duplicated and sorted; the
// global first `limit` are always among them. Rows are read only for the people returned.
// Sorting and merging every match instead took several times longer for a one-letter prefix at
// 100,000 young people (docs/benchmarks.md). Deleted people are not in the name indexes at all.
#define TRELLIS_SEARCH_ARM(column)                                                                                     \
    "SELECT * FROM (SELECT rowid, family_name, given_name FROM young_person WHERE deleted = 0 AND " column             \
    " LIKE ?1 ESCAPE '\\' ORDER BY family_name, given_name, rowid LIMIT ?2)"
// clang-format off
constexpr const char* kSearchSql =
    "WITH hits(rid, family, given) AS ("
    TRELLIS_SEARCH_ARM("family_name") " UNION "
    TRELLIS_SEARCH_ARM("given_name") " UNION "
    TRELLIS_SEARCH_ARM("preferred_name") " UNION "
    TRELLIS_SEARCH_ARM("reference")
    "), top(rid, family, given) AS ("
    " SELECT rid, family, given FROM hits ORDER BY family COLLATE NOCASE, given COLLATE NOCASE, rid LIMIT ?2"
    ") "
    "SELECT " TRELLIS_CASELOAD_COLUMNS "FROM top JOIN young_person yp ON yp.rowid = top.rid "
    "ORDER BY top.family COLLATE NOCASE, top.given COLLATE NOCASE, top.rid";
// clang-format on
#undef TRELLIS_SEARCH_ARM

#undef TRELLIS_CASELOAD_COLUMNS

// A contact newer than the one being logged. next_contact_due moves only when there is none, so
// a contact entered late for an earlier date cannot undo the date a later contact set (the column
// mirrors the newest contact; see the schema). The new contact is inserted after this runs.
constexpr const char* kLaterContactSql =
    "SELECT EXISTS (SELECT 1 FROM contact WHERE young_person_id = ?1 AND deleted = 0 AND occurred_at > ?2)";

CaseloadRow readRow(const Statement& stmt)
{
    CaseloadRow row;
    CaseloadQueries::readYoungPersonColumns(stmt, row);
    row.currentIntervention = stmt.text(20);
    row.safetyPlanReviewDate = stmt.date(21);
    return row;
}

// "a.x, a.y, ..." for an entity's columns, in the order RecordRepository::readFields reads them.
QString columnList(const EntityDef& def, const QString& alias)
{
    QStringList columns;
    for (const QString& name : def.columnNames())
        columns << alias + QLatin1Char('.') + name;
    return columns.join(QStringLiteral(", "));
}

// The full-record statements, built once from the fixed EntityDef column names (identifiers
// from code, never from input).
struct FullRecordSql {
    QByteArray interventions;
    QByteArray contacts;
    QByteArray plans;
    QByteArray planItems;
    QByteArray adults;
    QByteArray episodes;
};

const FullRecordSql& fullRecordSql()
{
    static const FullRecordSql sql = [] {
        const auto entities = [](const QString& name) -> const EntityDef& { return domain::Entities::get(name); };
        const auto select = [&](const QString& name, const char* where) {
            return QStringLiteral("SELECT %1 FROM %2 t WHERE %3")
                .arg(columnList(entities(name), QStringLiteral("t")), name, QLatin1String(where))
                .toUtf8();
        };
        FullRecordSql built;
        built.interventions = select(
            entity::Intervention, "t.young_person_id = ?1 AND t.deleted = 0 ORDER BY t.start_date DESC, t.rowid DESC");
        built.contacts = select(entity::Contact,
                                "t.young_person_id = ?1 AND t.deleted = 0 ORDER BY t.occurred_at DESC, t.rowid DESC");
        built.plans = select(entity::SafetyPlan, "t.young_person_id = ?1 AND t.deleted = 0 ORDER BY t.version DESC");
        // Sections in the order a plan is read and printed, not alphabetical.
        built.planItems =
            select(entity::SafetyPlanItem, "t.safety_plan_id = ?1 AND t.deleted = 0 ORDER BY CASE t.section"
                                           " WHEN 'warning_sign' THEN 0 WHEN 'unsafe' THEN 1 WHEN 'safe_place' THEN 2"
                                           " WHEN 'safe_route' THEN 3 WHEN 'coping' THEN 4 WHEN 'trusted_adult' THEN 5"
                                           " WHEN 'professional' THEN 6 WHEN 'emergency_contact' THEN 7 ELSE 8 END,"
                                           " t.position, t.rowid");
        built.episodes = select(entity::Episode,
                                "t.young_person_id = ?1 AND t.deleted = 0 ORDER BY t.start_date DESC, t.rowid DESC");
        built.adults = QStringLiteral("SELECT %1, %2 FROM trusted_adult_link l "
                                      "JOIN trusted_adult a ON a.id = l.trusted_adult_id "
                                      "WHERE l.young_person_id = ?1 AND l.deleted = 0 AND a.deleted = 0 "
                                      "ORDER BY a.family_name, a.given_name, a.rowid")
                           .arg(columnList(entities(entity::TrustedAdultLink), QStringLiteral("l")),
                                columnList(entities(entity::TrustedAdult), QStringLiteral("a")))
                           .toUtf8();
        return built;
    }();
    return sql;
}


} // namespace

void CaseloadQueries::readYoungPersonColumns(const Statement& stmt, CaseloadRow& row, StringInterner* share)
{
    auto shared = [share](QString value) { return share ? (*share)(std::move(value)) : value; };
    row.id = stmt.text(0);
    row.reference = stmt.text(1);
    row.givenName = stmt.text(2);
    row.familyName = stmt.text(3);
    row.preferredName = stmt.text(4);
    row.dateOfBirth = stmt.date(5);
    row.status = shared(stmt.text(6));
    row.leadWorkerId = shared(stmt.text(7));
    row.safetyWellbeing = shared(stmt.text(8));
    row.riskSeriousHarm = shared(stmt.text(9));
    row.reoffendingLikelihood = shared(stmt.text(10));
    row.flagCce = stmt.integer(11) != 0;
    row.flagCse = stmt.integer(12) != 0;
    row.flagCountyLines = stmt.integer(13) != 0;
    row.flagGangAffected = stmt.integer(14) != 0;
    row.flagMissingRisk = stmt.integer(15) != 0;
    row.flagKnifeCrimeVictim = stmt.integer(16) != 0;
    row.flagDomesticAbuse = stmt.integer(17) != 0;
    row.nextContactDue = stmt.date(18);
    row.nextReviewDate = stmt.date(19);
}

QString CaseloadQueries::prefixPattern(const QString& prefix)
{
    QString pattern;
    pattern.reserve(prefix.size() * 2 + 1);
    for (const QChar c : prefix) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            pattern += QLatin1Char('\\');
        pattern += c;
    }
    pattern += QLatin1Char('%');
    return pattern;
}

Result<QList<CaseloadRow>> CaseloadQueries::caseload(const QString& workerId)
{
    auto& stmt = m_db.cached(kCaseloadSql);
    stmt.bind(1, workerId);
    QList<CaseloadRow> rows;
    while (stmt.next())
        rows.append(readRow(stmt));
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return rows;
}

Result<QList<CaseloadRow>> CaseloadQueries::searchByName(const QString& prefix, int limit)
{
    const QString trimmed = prefix.trimmed();
    if (trimmed.isEmpty() || limit <= 0)
        return QList<CaseloadRow>{};
    auto& stmt = m_db.cached(kSearchSql);
    stmt.bind(1, prefixPattern(trimmed)).bind(2, limit);
    QList<CaseloadRow> rows;
    while (stmt.next())
        rows.append(readRow(stmt));
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return rows;
}

Result<QList<Record>> CaseloadQueries::records(const QByteArray& sql, const EntityDef& def, const QString& id)
{
    auto& stmt = m_db.cached(sql.constData());
    stmt.bind(1, id);
    QList<Record> found;
    while (stmt.next())
        found.append(RecordRepository::readFields(stmt, def));
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return found;
}

Result<std::optional<FullRecord>> CaseloadQueries::fullRecord(const QString& youngPersonId)
{
    using domain::Entities;
    const FullRecordSql& sql = fullRecordSql();
    ReadSnapshot snapshot(m_db); // the record and its attachments from one moment
    if (!snapshot.began())
        return m_db.lastError();

    RecordRepository repository(m_db);
    auto person = repository.find(Entities::get(entity::YoungPerson), youngPersonId);
    if (!person.ok())
        return person.error();
    if (!person.value())
        return std::optional<FullRecord>{};
    FullRecord full{std::move(*person.value()), {}, {}, {}, {}, {}};

    auto interventions = records(sql.interventions, Entities::get(entity::Intervention), youngPersonId);
    if (!interventions.ok())
        return interventions.error();
    full.interventions = interventions.takeValue();

    auto contacts = records(sql.contacts, Entities::get(entity::Contact), youngPersonId);
    if (!contacts.ok())
        return contacts.error();
    full.contacts = contacts.takeValue();

    auto plans = records(sql.plans, Entities::get(entity::SafetyPlan), youngPersonId);
    if (!plans.ok())
        return plans.error();
    for (Record& plan : plans.value()) {
        auto items = records(sql.planItems, Entities::get(entity::SafetyPlanItem), plan.id());
        if (!items.ok())
            return items.error();
        full.safetyPlans.append(FullRecord::SafetyPlan{std::move(plan), items.takeValue()});
    }

    {
        const EntityDef& linkDef = Entities::get(entity::TrustedAdultLink);
        const EntityDef& adultDef = Entities::get(entity::TrustedAdult);
        auto& stmt = m_db.cached(sql.adults.constData());
        stmt.bind(1, youngPersonId);
        while (stmt.next()) {
            full.trustedAdults.append(
                FullRecord::LinkedAdult{RecordRepository::readFields(stmt, linkDef),
                                        RecordRepository::readFields(stmt, adultDef, int(linkDef.fields.size()))});
        }
        if (stmt.failed())
            return m_db.lastError();
        stmt.reset();
    }

    auto episodes = records(sql.episodes, Entities::get(entity::Episode), youngPersonId);
    if (!episodes.ok())
        return episodes.error();
    full.episodes = episodes.takeValue();
    return std::optional<FullRecord>(std::move(full));
}

Result<LogContactOutcome> CaseloadQueries::logContact(Record contact, const QString& actor, const QDateTime& now)
{
    if (contact.entity() != entity::Contact)
        return StoreError::make(Kind::Invalid, QStringLiteral("Only a contact can be logged as a contact."));
    contact.stampNew(actor, now);
    LogContactOutcome outcome;
    const domain::Validator validator(now.toLocalTime().date());
    outcome.issues = validator.validate(contact);
    if (domain::hasErrors(outcome.issues))
        return outcome;

    const QString youngPersonId = contact.text(QStringLiteral("young_person_id"));
    Transaction transaction(m_db);
    if (!transaction.began())
        return m_db.lastError();
    // The young person is rewritten through the repository, so the new date syncs with the
    // contact, in the same batch.
    RecordRepository repository(m_db);
    auto found = repository.find(domain::Entities::get(entity::YoungPerson), youngPersonId);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return StoreError::make(Kind::Invalid,
                                QStringLiteral("The young person this contact is for is not in the store; nothing "
                                               "was saved."));
    Record person = *found.value();
    const QDate due = contact.date(QStringLiteral("next_contact_due"));
    auto& later = m_db.cached(kLaterContactSql);
    later.bind(1, youngPersonId).bind(2, contact.value(QStringLiteral("occurred_at")).toDateTime());
    const bool newest = later.next() && later.integer(0) == 0;
    if (later.failed())
        return m_db.lastError();
    later.reset();
    if (due.isValid() && newest)
        person.set(QStringLiteral("next_contact_due"), due);
    person.stampUpdated(actor, now);
    if (auto touched = repository.update(person); !touched.ok())
        return touched.error();
    if (auto inserted = repository.insert(contact); !inserted.ok())
        return inserted.error();
    AuditLog audit(m_db, actor);
    if (auto logged = audit.record(AuditLog::Action::Create, entity::Contact, contact.id(), std::nullopt, now);
        !logged.ok())
        return logged.error();
    if (auto committed = transaction.commit(); !committed.ok())
        return committed.error();
    outcome.saved = true;
    outcome.contactId = contact.id();
    return outcome;
}

} // namespace trellis
