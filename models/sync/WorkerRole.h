#pragma once

#include "store/Database.h"
#include "store/Result.h"

#include <QString>

#include <optional>

namespace trellis::central {
class PgConnection;
}

namespace trellis::sync {

// The worker's role and team as the central store last told this laptop (store_meta keys
// central_role and central_team), so that the desktop knows while offline whether to offer
// supervisor actions such as reallocation. Only a hint for the interface: the central store
// decides every reallocation by the caller's login, whatever a laptop believes.
class WorkerRole {
public:
    struct Seen {
        QString role; // caseworker, supervisor or manager
        QString team;
    };

    explicit WorkerRole(Database& db)
        : m_db(db)
    {
    }

    // Nothing until save() has run once.
    Result<std::optional<Seen>> load();
    // Both keys in one transaction. Refuses a role that is not one of the three.
    Result<void> save(const Seen& seen);

    // Asks the central store who this login is (trellis_whoami) and keeps the answer; after every
    // successful sync, by the desktop and by trellisctl alike, so a store joined either way knows
    // offline whether to offer the dashboard and reallocation. Only a hint, so a failure is
    // logged (kind only) and does not fail the sync.
    void remember(central::PgConnection& connection);

    // Whether a role may move young people between workers (supervisor or manager).
    static bool mayReallocate(const QString& role);

private:
    Database& m_db;
};

} // namespace trellis::sync
