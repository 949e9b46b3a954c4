#pragma once

#include "CentralResult.h"

#include <QList>
#include <QString>

namespace trellis::central {

class PgConnection;

// The calling worker's view of their team on the central store (resources/sql/central/
// 0005_team.sql): who they are, who they may allocate young people to, and reallocation itself.
// Runs over the worker's own connection, so the server decides by their login what they may do;
// this class only binds parameters and checks that each answer has the shape the contract says,
// naming the key when it does not.
class CentralDirectory {
public:
    struct Me {
        QString login;
        QString workerId;
        QString displayName;
        QString role; // caseworker, supervisor or manager
        QString team;
    };
    struct TeamWorker {
        QString login;
        QString displayName;
        QString role;
        QString team;
        qint64 allocated = 0; // young people allocated to them now
    };
    struct Reallocation {
        QString previousLogin;
        QString login;
        bool changed = false; // false when the young person was already that worker's
    };

    explicit CentralDirectory(PgConnection& connection)
        : m_connection(connection)
    {
    }

    // NotFound when the login is not an active worker.
    CentralResult<Me> whoami();
    // PermissionDenied for a caseworker.
    CentralResult<QList<TeamWorker>> teamWorkers();
    // PermissionDenied for a caseworker; NotFound ("not visible") for a young person the caller
    // may not see or that does not exist; Invalid naming the argument for the rest ("not in your
    // team", "not an active worker", ...).
    CentralResult<Reallocation> reallocate(const QString& youngPersonId, const QString& toLogin);

private:
    PgConnection& m_connection;
};

} // namespace trellis::central
