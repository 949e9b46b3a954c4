#include "WorkerRole.h"

#include "central/CentralDirectory.h"
#include "central/CentralError.h"
#include "store/Statement.h"
#include "store/Transaction.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWorkerRole, "trellis.sync.role")

namespace trellis::sync {

namespace {
constexpr const char* kRoleKey = "central_role";
constexpr const char* kTeamKey = "central_team";
} // namespace

void WorkerRole::remember(central::PgConnection& connection)
{
    auto me = central::CentralDirectory(connection).whoami();
    if (!me.ok()) {
        qCWarning(lcWorkerRole) << "role not read:" << central::CentralError::kindName(me.error().kind);
        return;
    }
    if (me.value().role.isEmpty())
        return; // not an active worker: the next sync's revocation says the rest
    if (auto saved = save({me.value().role, me.value().team}); !saved.ok())
        qCWarning(lcWorkerRole) << "role not kept:" << StoreError::kindName(saved.error().kind);
}

bool WorkerRole::mayReallocate(const QString& role)
{
    return role == QLatin1String("supervisor") || role == QLatin1String("manager");
}

Result<std::optional<WorkerRole::Seen>> WorkerRole::load()
{
    auto& stmt = m_db.cached("SELECT key, value FROM store_meta WHERE key IN (?1, ?2)");
    stmt.bind(1, kRoleKey).bind(2, kTeamKey);
    std::optional<Seen> seen;
    while (stmt.next()) {
        if (!seen)
            seen = Seen{};
        if (stmt.text(0) == QLatin1String(kRoleKey))
            seen->role = stmt.text(1);
        else
            seen->team = stmt.text(1);
    }
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    if (seen && seen->role.isEmpty())
        return std::optional<Seen>{}; // a team without a role tells the interface nothing
    return seen;
}

Result<void> WorkerRole::save(const Seen& seen)
{
    if (seen.role != QLatin1String("caseworker") && !mayReallocate(seen.role))
        return StoreError::make(
            StoreError::Kind::Invalid,
            QStringLiteral("central_role: \"%1\" is not caseworker, supervisor or manager.").arg(seen.role.left(40)));
    Transaction transaction(m_db);
    if (!transaction.began())
        return m_db.lastError();
    for (const auto& [key, value] : {std::pair{kRoleKey, seen.role}, std::pair{kTeamKey, seen.team}}) {
        auto& stmt = m_db.cached("INSERT INTO store_meta (key, value) VALUES (?1, ?2) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        // A manager over every team may have no team of their own: kept as "", never NULL.
        stmt.bind(1, key).bind(2, value.isNull() ? QStringLiteral("") : value);
        if (!stmt.exec())
            return m_db.lastError();
    }
    return transaction.commit();
}

} // namespace trellis::sync
