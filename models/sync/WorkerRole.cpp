#include "WorkerRole.h"

#include "store/Statement.h"
#include "store/Transaction.h"

namespace trellis::sync {

namespace {
constexpr const char* kRoleKey = "central_role";
constexpr const char* kTeamKey = "central_team";
} // namespace

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
