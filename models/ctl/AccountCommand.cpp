#include "AccountCommand.h"

#include "sync/CentralAccount.h"
#include "sync/WorkerRole.h"

#include <QDateTime>

namespace trellis::ctl {

namespace {

enum Exit { Success = 0, Failure = 1 };

using sync::CentralAccount;
using sync::WorkerRole;

QString optionOf(CentralAccount::Problem::Field field)
{
    switch (field) {
    case CentralAccount::Problem::Field::Url:
        return QStringLiteral("--db");
    case CentralAccount::Problem::Field::CaFile:
        return QStringLiteral("--ca");
    case CentralAccount::Problem::Field::Password:
        return QStringLiteral("--password-file");
    }
    return {};
}

int runSet(CommandContext& context, Database& db, const AccountArguments& arguments)
{
    QString problem;
    CentralAccount::Account account;
    account.password = readPassword(arguments.passwordFile, &problem);
    if (!problem.isEmpty())
        return fail(context, QStringLiteral("password"), problem);
    account.url = arguments.db;
    account.caFile = arguments.caFile;
    account.insecure = arguments.insecure;
    CentralAccount accounts(db);
    auto checked = accounts.check(account);
    if (!checked.ok())
        return fail(context, checked.error());
    if (const auto& refused = checked.value())
        return fail(context, QStringLiteral("invalid"),
                    QStringLiteral("%1 %2. Nothing was stored.").arg(optionOf(refused->field), refused->message));
    if (account.insecure)
        warnInsecure(context.err);
    if (auto stored = accounts.store(account, context.actor, QDateTime::currentDateTimeUtc()); !stored.ok())
        return fail(context, stored.error());
    const QString login = CentralAccount::loginOf(account.url);
    if (context.json)
        printJson(context, {{QStringLiteral("login"), login}});
    else
        context.out << "Stored the central account of \"" << login
                    << "\", password and all, inside the encrypted store; sync uses it from now on."
                    << (arguments.passwordFile == QLatin1String("-") ? "" : " You can delete the password file.")
                    << '\n';
    return Success;
}

int runShow(CommandContext& context, Database& db)
{
    auto loaded = CentralAccount(db).load();
    if (!loaded.ok())
        return fail(context, loaded.error());
    if (!loaded.value())
        return fail(context, QStringLiteral("no-account"), noAccountMessage());
    const CentralAccount::Account& account = *loaded.value();
    const QString login = CentralAccount::loginOf(account.url);
    // What the central store last said this login is; nothing before the first successful sync.
    auto seen = WorkerRole(db).load();
    if (!seen.ok())
        return fail(context, seen.error());
    const QString role = seen.value() ? seen.value()->role : QString();
    const QString team = seen.value() ? seen.value()->team : QString();
    if (context.json) {
        printJson(context, {{QStringLiteral("url"), account.url},
                            {QStringLiteral("login"), login},
                            {QStringLiteral("ca_file"), account.caFile.isEmpty() ? QJsonValue() : account.caFile},
                            {QStringLiteral("insecure"), account.insecure},
                            {QStringLiteral("password"), QStringLiteral("stored")},
                            {QStringLiteral("updated_at"), account.updatedAt.toString(Qt::ISODateWithMs)},
                            {QStringLiteral("role"), role.isEmpty() ? QJsonValue() : role},
                            {QStringLiteral("team"), team.isEmpty() ? QJsonValue() : team}});
        return Success;
    }
    QString ca = account.caFile;
    if (account.insecure)
        ca = QStringLiteral("none (no TLS)");
    else if (ca.isEmpty())
        ca = QStringLiteral("libpq's default (~/.postgresql/root.crt)");
    context.out << "URL:      " << account.url << '\n'
                << "Login:    " << login << '\n'
                << "CA file:  " << ca << '\n'
                << "Insecure: " << (account.insecure ? "yes (development only)" : "no") << '\n'
                << "Password: stored\n"
                << "Set at:   " << account.updatedAt.toString(Qt::ISODate) << '\n'
                << "Role:     " << (role.isEmpty() ? QStringLiteral("not known until the first sync") : role)
                << (team.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(team)) << '\n';
    context.out.flush();
    return Success;
}

int runForget(CommandContext& context, Database& db)
{
    auto forgotten = CentralAccount(db).forget(context.actor, QDateTime::currentDateTimeUtc());
    if (!forgotten.ok())
        return fail(context, forgotten.error());
    if (context.json)
        printJson(context, {{QStringLiteral("forgotten"), forgotten.value()}});
    else
        context.out << (forgotten.value() ? "Forgot the central account; sync needs trellisctl account set again.\n"
                                          : "This store held no central account; nothing changed.\n");
    context.out.flush();
    return Success;
}

} // namespace

QString noAccountMessage()
{
    return QStringLiteral("This store holds no central account. Store yours once with trellisctl account set --db "
                          "URL [--ca FILE] --password-file -");
}

int runAccount(CommandContext& context, const AccountArguments& arguments)
{
    auto db = openStore(context);
    if (!db)
        return Failure;
    if (arguments.subcommand == QLatin1String("set"))
        return runSet(context, *db, arguments);
    if (arguments.subcommand == QLatin1String("show"))
        return runShow(context, *db);
    return runForget(context, *db);
}

} // namespace trellis::ctl
