#include "CentralAccount.h"

#include "SyncState.h"
#include "central/ConnectionUrl.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAccount, "trellis.sync.account")

namespace trellis::sync {

namespace {

const QString kEntity = QStringLiteral("central_account");
const QString kUrlShape = QStringLiteral("postgresql://LOGIN@HOST:PORT/DATABASE");

using Field = CentralAccount::Problem::Field;

std::optional<CentralAccount::Problem> problem(Field field, const QString& message)
{
    return CentralAccount::Problem{field, message};
}

std::optional<CentralAccount::Problem> urlProblem(const central::ConnectionUrl& url)
{
    if (!url.valid)
        return problem(Field::Url, QStringLiteral("is not a PostgreSQL connection URL; write it as %1").arg(kUrlShape));
    if (url.hasPassword)
        return problem(Field::Url, QStringLiteral("holds a password; leave it out: the password is given on its own "
                                                  "and kept encrypted in the store"));
    if (url.login.isEmpty())
        return problem(Field::Url, QStringLiteral("names no login; write it as %1").arg(kUrlShape));
    return std::nullopt;
}

std::optional<CentralAccount::Problem> caFileProblem(const CentralAccount::Account& account)
{
    if (account.caFile.isEmpty())
        return std::nullopt;
    if (account.insecure)
        return problem(Field::CaFile, QStringLiteral("cannot be used with an insecure connection, which has no TLS"));
    const QFileInfo file(account.caFile);
    if (!file.exists())
        return problem(Field::CaFile, QStringLiteral("names %1, which does not exist").arg(account.caFile));
    if (!file.isFile())
        return problem(Field::CaFile, QStringLiteral("names %1, which is not a file").arg(account.caFile));
    if (!file.isReadable())
        return problem(Field::CaFile, QStringLiteral("names %1, which cannot be read").arg(account.caFile));
    return std::nullopt;
}

QString subjectOf(Field field)
{
    switch (field) {
    case Field::Url:
        return QStringLiteral("its URL");
    case Field::CaFile:
        return QStringLiteral("its CA file");
    case Field::Password:
        return QStringLiteral("its password");
    }
    return {};
}

} // namespace

QString CentralAccount::loginOf(const QString& url)
{
    return central::ConnectionUrl::parse(url).login;
}

Result<std::optional<CentralAccount::Problem>> CentralAccount::check(const Account& account)
{
    const central::ConnectionUrl url = central::ConnectionUrl::parse(account.url);
    if (auto found = urlProblem(url))
        return found;
    auto held = SyncState(m_db).login();
    if (!held.ok())
        return held.error();
    if (!held.value().isEmpty() && held.value() != url.login)
        return problem(Field::Url, QStringLiteral("names the login \"%1\", but this store syncs as \"%2\"; a store "
                                                  "holds one worker's caseload")
                                       .arg(url.login, held.value()));
    if (auto found = caFileProblem(account))
        return found;
    if (account.password.isEmpty())
        return problem(Field::Password, QStringLiteral("is empty"));
    return std::optional<Problem>();
}

Result<std::optional<CentralAccount::Account>> CentralAccount::load()
{
    // Prepared for this call only, like the write in store(): no statement that held the password
    // stays prepared on the connection afterwards.
    auto prepared = m_db.prepare(QStringLiteral("SELECT url, ca_file, insecure, password, updated_at "
                                                "FROM central_account WHERE id = 1"));
    if (!prepared.ok())
        return prepared.error();
    Statement& stmt = *prepared.value();
    if (!stmt.next()) {
        if (stmt.failed())
            return m_db.lastError();
        return std::optional<Account>();
    }
    Account account;
    account.url = stmt.text(0);
    account.caFile = stmt.text(1);
    account.insecure = stmt.integer(2) != 0;
    account.password = Passphrase(stmt.blob(3));
    account.updatedAt = stmt.dateTime(4);
    return std::optional<Account>(std::move(account));
}

Result<bool> CentralAccount::existsIn(const Transaction& transaction)
{
    if (!transaction.began())
        return m_db.lastError();
    auto found = m_db.scalar("SELECT count(*) FROM central_account");
    if (!found.ok())
        return found.error();
    return found.value().toInt() > 0;
}

Result<void> CentralAccount::store(const Account& account, const QString& actor, const QDateTime& when)
{
    auto checked = check(account);
    if (!checked.ok())
        return checked.error();
    if (const auto& refused = checked.value())
        return StoreError::make(StoreError::Kind::Invalid, QStringLiteral("The central account was not stored: %1 %2.")
                                                               .arg(subjectOf(refused->field), refused->message));
    Transaction transaction(m_db);
    auto existed = existsIn(transaction);
    if (!existed.ok())
        return existed.error();
    // Not cached either: the statement, and SQLite's copy of the bound password, end with this call.
    auto prepared = m_db.prepare(QStringLiteral(
        "INSERT INTO central_account (id, url, ca_file, insecure, password, updated_at) VALUES (1, ?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT (id) DO UPDATE SET url = excluded.url, ca_file = excluded.ca_file, "
        "insecure = excluded.insecure, password = excluded.password, updated_at = excluded.updated_at"));
    if (!prepared.ok())
        return prepared.error();
    Statement& stmt = *prepared.value();
    stmt.bind(1, account.url);
    if (account.caFile.isEmpty())
        stmt.bindNull(2);
    else
        stmt.bind(2, QFileInfo(account.caFile).absoluteFilePath());
    stmt.bind(3, account.insecure);
    stmt.bindBlob(4, account.password.data(), account.password.size());
    stmt.bind(5, when);
    if (!stmt.exec())
        return m_db.lastError();
    const auto action = existed.value() ? AuditLog::Action::Update : AuditLog::Action::Create;
    return auditAndCommit(transaction, action, actor, when);
}

Result<void> CentralAccount::auditAndCommit(Transaction& transaction, AuditLog::Action action, const QString& actor,
                                            const QDateTime& when)
{
    if (auto audited = AuditLog(m_db, actor).record(action, kEntity, {}, std::nullopt, when); !audited.ok())
        return audited;
    if (auto committed = transaction.commit(); !committed.ok())
        return committed;
    qCInfo(lcAccount) << "central account" << (action == AuditLog::Action::Delete ? "forgotten" : "stored");
    return {};
}

Result<bool> CentralAccount::forget(const QString& actor, const QDateTime& when)
{
    {
        Transaction transaction(m_db);
        auto existed = existsIn(transaction);
        if (!existed.ok())
            return existed.error();
        if (!existed.value())
            return false;
        if (auto removed = m_db.exec("DELETE FROM central_account"); !removed.ok())
            return removed.error();
        if (auto done = auditAndCommit(transaction, AuditLog::Action::Delete, actor, when); !done.ok())
            return done.error();
    }
    // secure_delete has zeroed the row in the store's page; the WAL still holds the page as it
    // was (encrypted) until a checkpoint. A reader on another connection can leave it partial;
    // the next checkpoint finishes it.
    if (auto checkpointed = m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); !checkpointed.ok())
        return checkpointed.error();
    return true;
}

} // namespace trellis::sync
