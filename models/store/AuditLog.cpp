#include "AuditLog.h"

#include "domain/TimeOrderedId.h"

namespace trellis {

QString AuditLog::actionName(Action action)
{
    switch (action) {
    case Action::View: return QStringLiteral("view");
    case Action::Create: return QStringLiteral("create");
    case Action::Update: return QStringLiteral("update");
    case Action::Delete: return QStringLiteral("delete");
    case Action::Export: return QStringLiteral("export");
    case Action::Import: return QStringLiteral("import");
    case Action::Print: return QStringLiteral("print");
    case Action::Unlock: return QStringLiteral("unlock");
    case Action::FailedUnlock: return QStringLiteral("failed_unlock");
    case Action::Lock: return QStringLiteral("lock");
    case Action::Rekey: return QStringLiteral("rekey");
    }
    return {};
}

Result<void> AuditLog::record(Action action, const QString& entity, const QString& entityId,
                              std::optional<qint64> recordCount, const QDateTime& when)
{
    auto& stmt = m_db.cached("INSERT INTO audit_event (id, occurred_at, actor, action, entity, entity_id, record_count) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    stmt.bind(1, domain::createTimeOrderedId());
    stmt.bind(2, (when.isValid() ? when : QDateTime::currentDateTimeUtc()));
    stmt.bind(3, m_actor);
    stmt.bind(4, actionName(action));
    stmt.bind(5, entity);
    stmt.bind(6, entityId);
    if (recordCount)
        stmt.bind(7, int64_t(*recordCount));
    else
        stmt.bindNull(7);
    if (!stmt.exec())
        return m_db.lastError();
    return {};
}

} // namespace trellis
