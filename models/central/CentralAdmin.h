#pragma once

#include "CentralResult.h"

#include <QString>
#include <QStringList>

namespace trellis {
class Passphrase;
}

namespace trellis::central {

class PgConnection;

// The administrator's operations on the central store: workers and their logins, and case
// allocation. Runs over a superuser connection (row-level security does not bind superusers,
// and creating login roles needs the privilege), one transaction per operation, each leaving a
// row in the central audit log. Logins are PostgreSQL role names, quoted with
// PQescapeIdentifier; passwords reach the server only as SCRAM-SHA-256 verifiers.
class CentralAdmin {
public:
    static const QStringList& roles(); // caseworker, supervisor, manager
    static constexpr int kMinimumPasswordLength = 12;

    struct NewWorker {
        QString login;
        QString displayName;
        QString team;
        QString role;
    };
    struct AddedWorker {
        QString workerId;
        QString teamId;
        QString teamName; // as first written: "north" joins "North"
        bool teamCreated = false;
    };
    struct Allocation {
        QString youngPersonId;
        QString login;
        QString previousLogin; // empty when the young person was not allocated before
        bool changed = false;  // false when it was already allocated to that worker
    };
    struct Deactivation {
        bool changed = false;   // false when the worker was already deactivated
        int stillAllocated = 0; // young people still allocated to them, waiting to be reallocated
        int sessionsEnded = 0;  // open connections of theirs that were ended
    };

    explicit CentralAdmin(PgConnection& connection)
        : m_connection(connection)
    {
    }

    // The connection's login must be a PostgreSQL superuser.
    CentralResult<void> checkSuperuser();
    // checkSuperuser(), and the schema must be the one this program was built for.
    CentralResult<void> checkReady();

    // Checks a login without touching the server: lower-case letters, digits, '.', '_' and '-',
    // starting with a letter, at most 63 characters, and not a name PostgreSQL or Trellis keeps.
    static QString loginProblem(const QString& login);

    CentralResult<AddedWorker> addWorker(const NewWorker& worker, const Passphrase& password);
    // Allocates a young person who is not allocated yet; refuses one allocated to someone else.
    CentralResult<Allocation> assign(const QString& youngPersonId, const QString& login);
    // Moves a young person's allocation to another worker, keeping the old one as history.
    CentralResult<Allocation> reassign(const QString& youngPersonId, const QString& login);
    // The login can no longer sign in, loses its trellis_app membership and its open
    // connections are ended. Its allocations stay, for a supervisor to move.
    CentralResult<Deactivation> deactivateWorker(const QString& login);

private:
    CentralResult<Allocation> allocate(const QString& youngPersonId, const QString& login, bool moving);
    CentralResult<void> audit(const QString& action, const QString& entity, const QString& entityId,
                              const QString& reason);

    PgConnection& m_connection;
};

} // namespace trellis::central
