#include "CentralAdmin.h"

#include "CentralMigrator.h"
#include "PgConnection.h"
#include "PgTransaction.h"

#include "store/Passphrase.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcCentral)

namespace trellis::central {

namespace {

using Kind = CentralError::Kind;

CentralError invalid(const QString& message)
{
    return CentralError::make(Kind::Invalid, message);
}

// Characters, not bytes: UTF-8 continuation bytes do not start a character.
int characterCount(const Passphrase& password)
{
    int count = 0;
    for (int i = 0; i < password.size(); ++i) {
        if ((static_cast<unsigned char>(password.data()[i]) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

QString normalisedUuid(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QUuid uuid = QUuid::fromString(trimmed);
    if (trimmed.size() != 36 || uuid.isNull())
        return {};
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

const QStringList& CentralAdmin::roles()
{
    static const QStringList all{QStringLiteral("caseworker"), QStringLiteral("supervisor"), QStringLiteral("manager")};
    return all;
}

QString CentralAdmin::loginProblem(const QString& login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{0,62}$"));
    static const QStringList reserved{QStringLiteral("postgres"),     QStringLiteral("public"),
                                      QStringLiteral("none"),         QStringLiteral("current_user"),
                                      QStringLiteral("session_user"), QStringLiteral("current_role")};
    if (!pattern.match(login).hasMatch())
        return QStringLiteral("A login must start with a lower-case letter and hold only lower-case letters, digits, "
                              "'.', '_' and '-', at most 63 characters.");
    if (login.startsWith(QLatin1String("pg_")) || login.startsWith(QLatin1String("trellis_")) ||
        reserved.contains(login))
        return QStringLiteral("The login \"%1\" is a name PostgreSQL or Trellis keeps for itself; choose another.")
            .arg(login);
    return {};
}

CentralResult<void> CentralAdmin::checkSuperuser()
{
    auto superuser =
        m_connection.exec(QStringLiteral("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user"));
    if (!superuser.ok())
        return superuser.error();
    if (superuser->isEmpty() || !superuser->toBool(0, 0))
        return CentralError::make(Kind::NotAdministrator,
                                  QStringLiteral("The login \"%1\" is not a PostgreSQL superuser. Central "
                                                 "administration needs one: it creates login roles and works past "
                                                 "row-level security.")
                                      .arg(m_connection.user()));
    return {};
}

CentralResult<void> CentralAdmin::checkReady()
{
    if (auto superuser = checkSuperuser(); !superuser.ok())
        return superuser;
    return CentralMigrator::checkCurrent(m_connection);
}

CentralResult<void> CentralAdmin::audit(const QString& action, const QString& entity, const QString& entityId,
                                        const QString& reason)
{
    auto written = m_connection.exec(
        QStringLiteral("INSERT INTO trellis.audit_event (id, source, occurred_at, actor, action, entity, entity_id, "
                       "reason) VALUES (gen_random_uuid(), 'admin', now(), left(session_user, 64), $1, $2, $3, $4)"),
        {action, entity, entityId, reason});
    if (!written.ok())
        return written.error();
    return {};
}

CentralResult<CentralAdmin::AddedWorker> CentralAdmin::addWorker(const NewWorker& worker, const Passphrase& password)
{
    if (const QString problem = loginProblem(worker.login); !problem.isEmpty())
        return invalid(problem);
    const QString displayName = worker.displayName.trimmed();
    const QString teamName = worker.team.trimmed();
    if (displayName.isEmpty() || displayName.size() > 120)
        return invalid(QStringLiteral("The worker's name must be 1 to 120 characters."));
    if (teamName.isEmpty() || teamName.size() > 120)
        return invalid(QStringLiteral("The team's name must be 1 to 120 characters."));
    if (!roles().contains(worker.role))
        return invalid(QStringLiteral("The role must be one of: %1.").arg(roles().join(QStringLiteral(", "))));
    if (characterCount(password) < kMinimumPasswordLength)
        return invalid(QStringLiteral("The password must be at least %1 characters long.").arg(kMinimumPasswordLength));

    PgTransaction transaction(m_connection);
    if (!transaction.began())
        return transaction.error();
    auto roleExists =
        m_connection.exec(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1"), {worker.login});
    if (!roleExists.ok())
        return roleExists.error();
    if (!roleExists->isEmpty())
        return CentralError::make(Kind::AlreadyExists, QStringLiteral("A PostgreSQL login named \"%1\" already "
                                                                      "exists; choose another login.")
                                                           .arg(worker.login));
    auto workerExists =
        m_connection.exec(QStringLiteral("SELECT 1 FROM trellis.worker WHERE login = $1"), {worker.login});
    if (!workerExists.ok())
        return workerExists.error();
    if (!workerExists->isEmpty())
        return CentralError::make(
            Kind::AlreadyExists,
            QStringLiteral("A worker with the login \"%1\" is already recorded.").arg(worker.login));

    auto verifier = m_connection.encryptPassword(password, worker.login);
    if (!verifier.ok())
        return verifier.error();
    auto identifier = m_connection.escapeIdentifier(worker.login);
    if (!identifier.ok())
        return identifier.error();
    auto literal = m_connection.escapeLiteral(verifier.value());
    if (!literal.ok())
        return literal.error();
    // CREATE ROLE takes no parameters. The login is quoted by libpq; the password is there only
    // as its salted SCRAM-SHA-256 verifier, never in plain text.
    const QString createRole = QStringLiteral("CREATE ROLE %1 WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
                                              "NOREPLICATION NOBYPASSRLS INHERIT PASSWORD %2")
                                   .arg(identifier.value(), literal.value());
    if (auto created = m_connection.exec(createRole); !created.ok())
        return created.error();
    if (auto granted = m_connection.exec(QStringLiteral("GRANT trellis_app TO %1").arg(identifier.value()));
        !granted.ok())
        return granted.error();

    AddedWorker added;
    auto team = m_connection.exec(QStringLiteral("INSERT INTO trellis.team (name) VALUES ($1) "
                                                 "ON CONFLICT ((lower(name))) DO NOTHING RETURNING id, name"),
                                  {teamName});
    if (!team.ok())
        return team.error();
    added.teamCreated = !team->isEmpty();
    if (!added.teamCreated) {
        team = m_connection.exec(QStringLiteral("SELECT id, name FROM trellis.team WHERE lower(name) = lower($1)"),
                                 {teamName});
        if (!team.ok())
            return team.error();
    }
    added.teamId = team->text(0, 0);
    added.teamName = team->text(0, 1);

    auto inserted = m_connection.exec(
        QStringLiteral("INSERT INTO trellis.worker (id, login, display_name, team, role, created_at, created_by, "
                       "updated_at, updated_by) VALUES (gen_random_uuid(), $1, $2, $3, $4, now(), "
                       "left(session_user, 64), now(), left(session_user, 64)) RETURNING id"),
        {worker.login, displayName, added.teamName, worker.role});
    if (!inserted.ok())
        return inserted.error();
    added.workerId = inserted->text(0, 0);
    if (auto account = m_connection.exec(QStringLiteral("INSERT INTO trellis.worker_account (login, worker_id, role, "
                                                        "team_id) VALUES ($1, $2, $3, $4)"),
                                         {worker.login, added.workerId, worker.role, added.teamId});
        !account.ok())
        return account.error();
    if (auto logged = audit(QStringLiteral("add_worker"), QStringLiteral("worker"), added.workerId,
                            QStringLiteral("login %1 as %2").arg(worker.login, worker.role));
        !logged.ok())
        return logged.error();
    if (auto committed = transaction.commit(); !committed.ok())
        return committed.error();
    qCInfo(lcCentral) << "added worker" << added.workerId;
    return added;
}

CentralResult<CentralAdmin::Allocation> CentralAdmin::assign(const QString& youngPersonId, const QString& login)
{
    return allocate(youngPersonId, login, false);
}

CentralResult<CentralAdmin::Allocation> CentralAdmin::reassign(const QString& youngPersonId, const QString& login)
{
    return allocate(youngPersonId, login, true);
}

CentralResult<CentralAdmin::Allocation> CentralAdmin::allocate(const QString& youngPersonId, const QString& login,
                                                               bool moving)
{
    Allocation allocation;
    allocation.youngPersonId = normalisedUuid(youngPersonId);
    allocation.login = login;
    if (allocation.youngPersonId.isEmpty())
        return invalid(QStringLiteral("\"%1\" is not a young person's id: expected a UUID such as "
                                      "3f2b8c1e-7a4d-4e0b-9c55-0d6e2a71b9f4.")
                           .arg(youngPersonId.left(40)));
    if (const QString problem = loginProblem(login); !problem.isEmpty())
        return invalid(problem);

    PgTransaction transaction(m_connection);
    if (!transaction.began())
        return transaction.error();
    // The row lock makes concurrent allocations of one young person take turns.
    auto person = m_connection.exec(QStringLiteral("SELECT deleted FROM trellis.young_person WHERE id = $1 FOR UPDATE"),
                                    {allocation.youngPersonId});
    if (!person.ok())
        return person.error();
    if (person->isEmpty())
        return CentralError::make(Kind::NotFound,
                                  QStringLiteral("No young person with the id %1 is in the central store. A young "
                                                 "person reaches it when their worker first syncs.")
                                      .arg(allocation.youngPersonId));
    if (person->toBool(0, 0))
        return invalid(QStringLiteral("The young person %1 has been deleted.").arg(allocation.youngPersonId));
    auto account = m_connection.exec(
        QStringLiteral("SELECT worker_id, active FROM trellis.worker_account WHERE login = $1"), {login});
    if (!account.ok())
        return account.error();
    if (account->isEmpty())
        return CentralError::make(
            Kind::NotFound, QStringLiteral("No worker with the login \"%1\" is in the central store.").arg(login));
    if (!account->toBool(0, 1))
        return invalid(QStringLiteral("The worker \"%1\" has been deactivated; choose an active worker.").arg(login));
    const QString workerId = account->text(0, 0);

    auto current = m_connection.exec(QStringLiteral("SELECT a.id, a.worker_id, w.login FROM trellis.assignment AS a "
                                                    "JOIN trellis.worker AS w ON w.id = a.worker_id "
                                                    "WHERE a.young_person_id = $1 AND a.ended_at IS NULL"),
                                     {allocation.youngPersonId});
    if (!current.ok())
        return current.error();
    if (!current->isEmpty()) {
        allocation.previousLogin = current->text(0, 2);
        if (current->text(0, 1) == workerId)
            return allocation; // already theirs: nothing to change
        if (!moving)
            return invalid(QStringLiteral("The young person %1 is already allocated to \"%2\"; use central reassign "
                                          "to move them.")
                               .arg(allocation.youngPersonId, allocation.previousLogin));
        if (auto ended = m_connection.exec(QStringLiteral("UPDATE trellis.assignment SET ended_at = now(), "
                                                          "ended_by = left(session_user, 64) WHERE id = $1"),
                                           {current->text(0, 0)});
            !ended.ok())
            return ended.error();
    } else if (moving) {
        return invalid(QStringLiteral("The young person %1 is not allocated to anyone yet; use central assign.")
                           .arg(allocation.youngPersonId));
    }
    if (auto started = m_connection.exec(
            QStringLiteral("INSERT INTO trellis.assignment (young_person_id, worker_id) VALUES ($1, $2)"),
            {allocation.youngPersonId, workerId});
        !started.ok())
        return started.error();
    // The lead worker is the allocation's copy that clients display.
    if (auto lead = m_connection.exec(QStringLiteral("UPDATE trellis.young_person SET lead_worker_id = $2, "
                                                     "updated_at = now(), updated_by = left(session_user, 64) "
                                                     "WHERE id = $1"),
                                      {allocation.youngPersonId, workerId});
        !lead.ok())
        return lead.error();
    const QString reason = moving ? QStringLiteral("from %1 to %2").arg(allocation.previousLogin, login)
                                  : QStringLiteral("to %1").arg(login);
    if (auto logged = audit(moving ? QStringLiteral("reassign") : QStringLiteral("assign"),
                            QStringLiteral("young_person"), allocation.youngPersonId, reason);
        !logged.ok())
        return logged.error();
    if (auto committed = transaction.commit(); !committed.ok())
        return committed.error();
    allocation.changed = true;
    qCInfo(lcCentral) << (moving ? "reallocated" : "allocated") << "young person" << allocation.youngPersonId;
    return allocation;
}

CentralResult<CentralAdmin::Deactivation> CentralAdmin::deactivateWorker(const QString& login)
{
    if (const QString problem = loginProblem(login); !problem.isEmpty())
        return invalid(problem);
    Deactivation result;
    {
        PgTransaction transaction(m_connection);
        if (!transaction.began())
            return transaction.error();
        auto account = m_connection.exec(
            QStringLiteral("SELECT worker_id, active FROM trellis.worker_account WHERE login = $1 FOR UPDATE"),
            {login});
        if (!account.ok())
            return account.error();
        if (account->isEmpty())
            return CentralError::make(
                Kind::NotFound, QStringLiteral("No worker with the login \"%1\" is in the central store.").arg(login));
        const QString workerId = account->text(0, 0);
        result.changed = account->toBool(0, 1);

        auto roleExists =
            m_connection.exec(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1"), {login});
        if (!roleExists.ok())
            return roleExists.error();
        if (!roleExists->isEmpty()) {
            auto identifier = m_connection.escapeIdentifier(login);
            if (!identifier.ok())
                return identifier.error();
            // NOLOGIN stops new connections; leaving trellis_app takes away every function too,
            // should someone later give the login back by hand.
            if (auto locked = m_connection.exec(QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(identifier.value()));
                !locked.ok())
                return locked.error();
            if (auto revoked = m_connection.exec(QStringLiteral("REVOKE trellis_app FROM %1").arg(identifier.value()));
                !revoked.ok())
                return revoked.error();
        }
        if (result.changed) {
            if (auto updated = m_connection.exec(QStringLiteral("UPDATE trellis.worker_account SET active = false, "
                                                                "deactivated_at = now(), deactivated_by = "
                                                                "left(session_user, 64) WHERE login = $1"),
                                                 {login});
                !updated.ok())
                return updated.error();
            if (auto logged = audit(QStringLiteral("deactivate_worker"), QStringLiteral("worker"), workerId,
                                    QStringLiteral("login %1").arg(login));
                !logged.ok())
                return logged.error();
        }
        auto allocated = m_connection.exec(
            QStringLiteral("SELECT count(*) FROM trellis.assignment WHERE worker_id = $1 AND ended_at IS NULL"),
            {workerId});
        if (!allocated.ok())
            return allocated.error();
        result.stillAllocated = int(allocated->toInt64(0, 0));
        if (auto committed = transaction.commit(); !committed.ok())
            return committed.error();
    }
    // After the commit, so that a connection ended here cannot come straight back.
    auto ended = m_connection.exec(QStringLiteral("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) "
                                                  "FROM pg_catalog.pg_stat_activity WHERE usename = $1"),
                                   {login});
    if (!ended.ok())
        return ended.error();
    result.sessionsEnded = int(ended->toInt64(0, 0));
    qCInfo(lcCentral) << "deactivated a worker;" << result.stillAllocated << "young people to reallocate";
    return result;
}

} // namespace trellis::central
