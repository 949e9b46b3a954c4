#include "Purger.h"

#include "SyncState.h"
#include "store/Transaction.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPurge, "trellis.sync.purge")

namespace trellis::sync {

namespace {

// Children before parents (foreign keys are on). ?1 is the young person's id.
const char* const kYoungPersonRows[] = {
    "DELETE FROM safety_plan_item WHERE safety_plan_id IN (SELECT id FROM safety_plan WHERE young_person_id = ?1)",
    "DELETE FROM safety_plan WHERE young_person_id = ?1",
    "DELETE FROM trusted_adult_link WHERE young_person_id = ?1",
    "DELETE FROM intervention WHERE young_person_id = ?1",
    "DELETE FROM contact WHERE young_person_id = ?1",
    "DELETE FROM episode WHERE young_person_id = ?1",
    "DELETE FROM draft WHERE young_person_id = ?1",
    "DELETE FROM outbox WHERE young_person_id = ?1",
    "DELETE FROM sync_rejected WHERE young_person_id = ?1 OR record_id = ?1",
    "DELETE FROM sync_server_row WHERE young_person_id = ?1 OR record_id = ?1",
    "DELETE FROM sync_parked WHERE young_person_id = ?1 OR record_id = ?1",
    "DELETE FROM sync_conflict WHERE young_person_id = ?1 OR record_id = ?1",
    "DELETE FROM young_person WHERE id = ?1",
};

// ?1 is a trusted adult's id; only run when nobody left links or names them.
const char* const kAdultRows[] = {
    "DELETE FROM trusted_adult WHERE id = ?1",        "DELETE FROM outbox WHERE record_id = ?1",
    "DELETE FROM sync_rejected WHERE record_id = ?1", "DELETE FROM sync_server_row WHERE record_id = ?1",
    "DELETE FROM sync_parked WHERE record_id = ?1",   "DELETE FROM sync_conflict WHERE record_id = ?1",
    "DELETE FROM draft WHERE key = 'trusted_adult:' || ?1",
};

constexpr const char* kAdultStillNeeded =
    "SELECT EXISTS (SELECT 1 FROM trusted_adult_link WHERE trusted_adult_id = ?1) "
    "OR EXISTS (SELECT 1 FROM safety_plan_item WHERE trusted_adult_id = ?1)";

} // namespace

Result<void> Purger::run(const char* sql, const QString& id)
{
    if (!m_db.cached(sql).bind(1, id).exec())
        return m_db.lastError();
    return {};
}

Result<QStringList> Purger::linkedAdults(const QString& youngPersonId)
{
    auto prepared = m_db.prepare(QStringLiteral(
        "SELECT trusted_adult_id FROM trusted_adult_link WHERE young_person_id = ?1 "
        "UNION SELECT i.trusted_adult_id FROM safety_plan_item AS i JOIN safety_plan AS p ON p.id = i.safety_plan_id "
        "WHERE p.young_person_id = ?1 AND i.trusted_adult_id IS NOT NULL"));
    if (!prepared.ok())
        return prepared.error();
    auto& stmt = *prepared.value();
    stmt.bind(1, youngPersonId);
    QStringList adults;
    while (stmt.next())
        adults.append(stmt.text(0));
    if (stmt.failed())
        return m_db.lastError();
    return adults;
}

Result<void> Purger::purge(const QString& youngPersonId, const QDateTime& when)
{
    Transaction transaction(m_db);
    if (!transaction.began())
        return m_db.lastError();
    auto adults = linkedAdults(youngPersonId);
    if (!adults.ok())
        return adults.error();
    for (const char* sql : kYoungPersonRows) {
        if (auto done = run(sql, youngPersonId); !done.ok())
            return done;
    }
    qint64 adultsRemoved = 0;
    for (const QString& adult : std::as_const(adults.value())) {
        auto& check = m_db.cached(kAdultStillNeeded);
        check.bind(1, adult);
        const bool needed = check.next() && check.integer(0) != 0;
        if (check.failed())
            return m_db.lastError();
        check.reset();
        if (needed)
            continue;
        for (const char* sql : kAdultRows) {
            if (auto done = run(sql, adult); !done.ok())
                return done;
        }
        ++adultsRemoved;
    }
    if (auto recorded = SyncState(m_db).recordPurged(youngPersonId, when); !recorded.ok())
        return recorded;
    if (auto committed = transaction.commit(); !committed.ok())
        return committed;
    qCInfo(lcPurge) << "purged young person" << youngPersonId << "and" << adultsRemoved << "trusted adults";
    return {};
}

Result<void> Purger::checkpoint(bool* complete)
{
    auto& stmt = m_db.cached("PRAGMA wal_checkpoint(TRUNCATE)");
    bool busy = false;
    if (stmt.next())
        busy = stmt.integer(0) != 0;
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    if (complete)
        *complete = !busy;
    return {};
}

} // namespace trellis::sync
