#include "CentralCommands.h"

#include "CtlCommands.h"

#include "central/CentralAdmin.h"
#include "central/CentralMigrator.h"
#include "central/PgConnection.h"
#include "store/Passphrase.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace trellis::ctl {

namespace {

using central::CentralAdmin;
using central::CentralError;
using central::CentralMigrator;
using central::PgConnection;

enum Exit { Success = 0, Failure = 1 };

const QString kDb = QStringLiteral("db");
const QString kCa = QStringLiteral("ca");
const QString kInsecure = QStringLiteral("insecure");
const QString kName = QStringLiteral("name");
const QString kTeam = QStringLiteral("team");
const QString kRole = QStringLiteral("role");
const QString kPasswordFile = QStringLiteral("password-file");

struct Output {
    QTextStream& out;
    QTextStream& err;
    bool json;

    void result(QJsonObject object, const QString& text)
    {
        if (json) {
            object.insert(QStringLiteral("ok"), true);
            out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
        } else {
            out << text << '\n';
        }
        out.flush();
    }

    int fail(const QString& kind, const QString& message)
    {
        if (json) {
            const QJsonObject error{{QStringLiteral("kind"), kind}, {QStringLiteral("message"), message}};
            out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
            out.flush();
        }
        err << "trellisctl: " << message << '\n';
        err.flush();
        return Failure;
    }

    int fail(const CentralError& error) { return fail(CentralError::kindName(error.kind), error.message); }
};

int runMigrate(Output& output, PgConnection& connection, bool initialising)
{
    CentralAdmin admin(connection);
    if (auto superuser = admin.checkSuperuser(); !superuser.ok())
        return output.fail(superuser.error());
    auto before = CentralMigrator::currentVersion(connection);
    if (!before.ok())
        return output.fail(before.error());
    if (!initialising && before.value() == 0)
        return output.fail(CentralError::make(CentralError::Kind::SchemaMissing,
                                              QStringLiteral("The database \"%1\" holds no Trellis central store "
                                                             "to upgrade; run trellisctl central init first.")
                                                  .arg(connection.database())));
    if (auto migrated = CentralMigrator::migrate(connection); !migrated.ok())
        return output.fail(migrated.error());
    auto after = CentralMigrator::currentVersion(connection);
    if (!after.ok())
        return output.fail(after.error());

    QString text;
    if (before.value() == after.value())
        text = QStringLiteral("The central store in database \"%1\" is already at schema version %2; nothing to do.")
                   .arg(connection.database())
                   .arg(after.value());
    else if (before.value() == 0)
        text = QStringLiteral("Created the central store in database \"%1\" (schema version %2).")
                   .arg(connection.database())
                   .arg(after.value());
    else
        text = QStringLiteral("Upgraded the central store in database \"%1\" from schema version %2 to %3.")
                   .arg(connection.database())
                   .arg(before.value())
                   .arg(after.value());
    output.result({{QStringLiteral("database"), connection.database()},
                   {QStringLiteral("schema_before"), before.value()},
                   {QStringLiteral("schema"), after.value()},
                   {QStringLiteral("applied"), after.value() - before.value()}},
                  text);
    return Success;
}

int runAddWorker(Output& output, CentralAdmin& admin, const QCommandLineParser& parser, const QString& login)
{
    QString problem;
    const Passphrase password = readPassword(parser.value(kPasswordFile), &problem);
    if (!problem.isEmpty())
        return output.fail(QStringLiteral("password"), problem);
    const CentralAdmin::NewWorker worker{login, parser.value(kName), parser.value(kTeam), parser.value(kRole)};
    auto added = admin.addWorker(worker, password);
    if (!added.ok())
        return output.fail(added.error());
    output.result({{QStringLiteral("login"), login},
                   {QStringLiteral("worker_id"), added->workerId},
                   {QStringLiteral("role"), worker.role},
                   {QStringLiteral("team_id"), added->teamId},
                   {QStringLiteral("team_created"), added->teamCreated}},
                  QStringLiteral("Added the %1 \"%2\" to the team \"%3\"%4; they can sign in now.")
                      .arg(worker.role, login, added->teamName,
                           added->teamCreated ? QStringLiteral(" (a new team)") : QString()));
    return Success;
}

int runAllocate(Output& output, CentralAdmin& admin, const QString& youngPersonId, const QString& login, bool moving)
{
    auto allocated = moving ? admin.reassign(youngPersonId, login) : admin.assign(youngPersonId, login);
    if (!allocated.ok())
        return output.fail(allocated.error());
    QString text;
    if (!allocated->changed)
        text = QStringLiteral("The young person %1 is already allocated to \"%2\"; nothing changed.")
                   .arg(allocated->youngPersonId, login);
    else if (moving)
        text = QStringLiteral("Moved the young person %1 from \"%2\" to \"%3\". \"%2\" loses them at their next sync.")
                   .arg(allocated->youngPersonId, allocated->previousLogin, login);
    else
        text = QStringLiteral("Allocated the young person %1 to \"%2\".").arg(allocated->youngPersonId, login);
    output.result({{QStringLiteral("young_person_id"), allocated->youngPersonId},
                   {QStringLiteral("login"), login},
                   {QStringLiteral("previous_login"), allocated->previousLogin},
                   {QStringLiteral("changed"), allocated->changed}},
                  text);
    return Success;
}

int runDeactivate(Output& output, CentralAdmin& admin, const QString& login)
{
    auto deactivated = admin.deactivateWorker(login);
    if (!deactivated.ok())
        return output.fail(deactivated.error());
    QString text = deactivated->changed
                       ? QStringLiteral("Deactivated \"%1\": they can no longer sign in.").arg(login)
                       : QStringLiteral("\"%1\" was already deactivated and cannot sign in.").arg(login);
    if (deactivated->stillAllocated > 0)
        text += QStringLiteral(" %1 young people are still allocated to them; move each with central reassign.")
                    .arg(deactivated->stillAllocated);
    output.result({{QStringLiteral("login"), login},
                   {QStringLiteral("changed"), deactivated->changed},
                   {QStringLiteral("still_allocated"), deactivated->stillAllocated},
                   {QStringLiteral("sessions_ended"), deactivated->sessionsEnded}},
                  text);
    return Success;
}

} // namespace

QList<QCommandLineOption> centralOptions()
{
    return {QCommandLineOption(kDb, QString(), QStringLiteral("URL")),
            QCommandLineOption(kCa, QString(), QStringLiteral("FILE")),
            QCommandLineOption(kInsecure),
            QCommandLineOption(kName, QString(), QStringLiteral("NAME")),
            QCommandLineOption(kTeam, QString(), QStringLiteral("TEAM")),
            QCommandLineOption(kRole, QString(), QStringLiteral("ROLE")),
            QCommandLineOption(kPasswordFile, QString(), QStringLiteral("FILE"))};
}

QStringList centralOptionNames()
{
    return {kDb, kCa, kInsecure, kName, kTeam, kRole, kPasswordFile};
}

QString centralUsageText()
{
    return QStringLiteral(
        "Central store (PostgreSQL) administration:\n"
        "  trellisctl [--json] central SUBCOMMAND --db URL [--ca FILE | --insecure]\n"
        "  init                               create the central schema, roles and policies (or bring them up to "
        "date)\n"
        "  upgrade                            apply the central schema migrations this version has\n"
        "  add-worker LOGIN --name NAME --team TEAM --role caseworker|supervisor|manager --password-file FILE|-\n"
        "                                     create the worker and their PostgreSQL login (SCRAM-SHA-256)\n"
        "  assign YOUNG_PERSON_ID LOGIN       allocate a young person to a worker\n"
        "  reassign YOUNG_PERSON_ID LOGIN     move a young person's allocation to another worker\n"
        "  deactivate-worker LOGIN            stop a worker signing in; their cases wait for reallocation\n"
        "\n"
        "  --db URL     an administrator's connection (a PostgreSQL superuser), e.g.\n"
        "               postgresql://admin@central.example.org/trellis; keep the password in ~/.pgpass\n"
        "  --ca FILE    the CA certificate that signed the server's certificate (TLS is verified in full)\n"
        "  --insecure   no TLS at all: for development against a local server only\n");
}

int runCentral(const CentralInvocation& invocation)
{
    const QCommandLineParser& parser = invocation.parser;
    const QStringList& positional = invocation.positional;
    const auto& usage = invocation.usage;
    static const QHash<QString, QString> shapes{
        {QStringLiteral("init"), QStringLiteral("central init")},
        {QStringLiteral("upgrade"), QStringLiteral("central upgrade")},
        {QStringLiteral("add-worker"), QStringLiteral("central add-worker LOGIN")},
        {QStringLiteral("assign"), QStringLiteral("central assign YOUNG_PERSON_ID LOGIN")},
        {QStringLiteral("reassign"), QStringLiteral("central reassign YOUNG_PERSON_ID LOGIN")},
        {QStringLiteral("deactivate-worker"), QStringLiteral("central deactivate-worker LOGIN")}};
    if (positional.size() < 2)
        return usage(QStringLiteral("central needs a subcommand: init, upgrade, add-worker, assign, reassign or "
                                    "deactivate-worker"));
    const QString subcommand = positional.at(1);
    if (!shapes.contains(subcommand))
        return usage(QStringLiteral("unknown central subcommand \"%1\"").arg(subcommand));
    const QString shape = shapes.value(subcommand);
    if (positional.size() != shape.count(QLatin1Char(' ')) + 1)
        return usage(QStringLiteral("usage: trellisctl %1").arg(shape));
    const bool addingWorker = subcommand == QLatin1String("add-worker");
    for (const QString& name : {kName, kTeam, kRole, kPasswordFile}) {
        if (parser.isSet(name) && !addingWorker)
            return usage(QStringLiteral("--%1 only applies to central add-worker").arg(name));
        if (!parser.isSet(name) && addingWorker)
            return usage(QStringLiteral("central add-worker needs --%1").arg(name));
    }
    if (addingWorker && !CentralAdmin::roles().contains(parser.value(kRole)))
        return usage(QStringLiteral("--role must be caseworker, supervisor or manager"));
    if (!parser.isSet(kDb))
        return usage(QStringLiteral("central commands need --db URL"));
    if (parser.isSet(kCa) && parser.isSet(kInsecure))
        return usage(QStringLiteral("--ca and --insecure cannot be used together"));

    Output output{invocation.out, invocation.err, invocation.json};
    PgConnection::Options options;
    options.url = parser.value(kDb);
    options.caFile = parser.value(kCa);
    options.insecure = parser.isSet(kInsecure);
    options.applicationName = QStringLiteral("trellisctl");
    if (options.insecure)
        warnInsecure(output.err);
    auto connected = PgConnection::connect(options);
    if (!connected.ok())
        return output.fail(connected.error());
    PgConnection& connection = *connected.value();

    if (subcommand == QLatin1String("init") || subcommand == QLatin1String("upgrade"))
        return runMigrate(output, connection, subcommand == QLatin1String("init"));
    CentralAdmin admin(connection);
    if (auto ready = admin.checkReady(); !ready.ok())
        return output.fail(ready.error());
    if (addingWorker)
        return runAddWorker(output, admin, parser, positional.at(2));
    if (subcommand == QLatin1String("deactivate-worker"))
        return runDeactivate(output, admin, positional.at(2));
    return runAllocate(output, admin, positional.at(2), positional.at(3), subcommand == QLatin1String("reassign"));
}

} // namespace trellis::ctl
