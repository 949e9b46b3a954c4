#include "TrustedAdultQueries.h"

#include "CaseloadQueries.h"
#include "RecordRepository.h"
#include "domain/Entities.h"

namespace trellis {

Result<QList<domain::Record>> TrustedAdultQueries::searchByName(const QString& prefix, const QString& exceptLinkedTo,
                                                               int limit)
{
    const QString trimmed = prefix.simplified();
    if (trimmed.isEmpty())
        return QList<domain::Record>{};
    const domain::EntityDef& def = domain::Entities::get(domain::entity::TrustedAdult);
    // Column names come from the entity definition in code, never from input.
    const QString sql = QStringLiteral(
                            "SELECT %1 FROM trusted_adult a WHERE a.deleted = 0 AND ("
                            " a.given_name LIKE ?1 ESCAPE '\\' OR a.family_name LIKE ?1 ESCAPE '\\'"
                            " OR (a.given_name || ' ' || coalesce(a.family_name, '')) LIKE ?1 ESCAPE '\\')"
                            " AND NOT EXISTS (SELECT 1 FROM trusted_adult_link l WHERE l.trusted_adult_id = a.id"
                            "  AND l.young_person_id = ?2 AND l.deleted = 0)"
                            " ORDER BY a.family_name, a.given_name LIMIT ?3")
                            .arg(QStringLiteral("a.") + def.columnNames().join(QStringLiteral(", a.")));
    auto prepared = m_db.prepare(sql);
    if (!prepared.ok())
        return prepared.error();
    Statement& stmt = *prepared.value();
    stmt.bind(1, CaseloadQueries::prefixPattern(trimmed)).bind(2, exceptLinkedTo).bind(3, limit);
    QList<domain::Record> found;
    while (stmt.next())
        found << RecordRepository::readFields(stmt, def);
    if (stmt.failed())
        return m_db.lastError();
    return found;
}

Result<qint64> TrustedAdultQueries::linkCount(const QString& trustedAdultId)
{
    auto& stmt = m_db.cached("SELECT count(*) FROM trusted_adult_link WHERE trusted_adult_id = ?1 AND deleted = 0");
    stmt.bind(1, trustedAdultId);
    const qint64 count = stmt.next() ? stmt.integer(0) : 0;
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return count;
}

Result<QList<WorkerChoice>> TrustedAdultQueries::workers()
{
    auto& stmt = m_db.cached("SELECT id, display_name FROM worker WHERE deleted = 0 ORDER BY display_name");
    QList<WorkerChoice> workers;
    while (stmt.next())
        workers.append({stmt.text(0), stmt.text(1)});
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return workers;
}

} // namespace trellis
