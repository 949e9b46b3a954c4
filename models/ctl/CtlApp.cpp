#include "CtlApp.h"

#include "AccountCommand.h"
#include "CentralCommands.h"
#include "CtlCommands.h"
#include "KpiCommand.h"
#include "SyncCommand.h"

#include "TrellisVersion.h"

#include <QCommandLineParser>

namespace trellis::ctl {

namespace {

const QStringList kCommands{QStringLiteral("init"),   QStringLiteral("stats"),  QStringLiteral("verify"),
                            QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("rekey"),
                            QStringLiteral("seed-demo"), QStringLiteral("sync"),
                            QStringLiteral("account"), QStringLiteral("kpi")};
const QStringList kAccountCommands{QStringLiteral("set"), QStringLiteral("show"), QStringLiteral("forget")};

QString usageText()
{
    return QStringLiteral(
        "Usage: trellisctl --store PATH --passphrase-file FILE|- [--json] COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  init                               create a new encrypted store\n"
        "  stats                              count the records of each kind\n"
        "  verify                             check encryption, integrity and foreign keys\n"
        "  export [--output FILE]             write every record as JSON Lines (default: standard output)\n"
        "  import FILE                        add the records of a JSON Lines file, all or nothing\n"
        "  rekey --new-passphrase-file FILE   re-encrypt the store under a new passphrase\n"
        "  seed-demo --cases N [--seed S] [--workers W] [--today YYYY-MM-DD]\n"
        "                                     fill the store with a fictional caseload\n"
        "  account set --db URL [--ca FILE | --insecure] --password-file FILE|-\n"
        "                                     keep your central account, password and all, inside the\n"
        "                                     encrypted store (the URL names the login, never a password)\n"
        "  account show                       print the stored account (never the password)\n"
        "  account forget                     remove the stored account\n"
        "  sync                               with the stored account: push local changes, purge young\n"
        "                                     people no longer yours, pull; progress on stderr, a JSON\n"
        "                                     summary on stdout\n"
        "  kpi --from YYYY-MM-DD --to YYYY-MM-DD [--team T] [--worker ID] [--today YYYY-MM-DD]\n"
        "                                     every measure for the period (small numbers shown as\n"
        "                                     <5), as a table or with --json as the dashboard exports\n"
        "                                     it; --today (default: today) decides what is overdue\n"
        "\n"
        "Options:\n"
        "  --actor LOGIN   who to name in audit events (default: $USER)\n"
        "  --json          machine-readable output\n"
        "  --version       print the version and exit\n"
        "\n") + centralUsageText() + QStringLiteral("\nExit status: 0 success, 1 failure, 2 bad usage.\n");
}

} // namespace

int CtlApp::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption store(QStringLiteral("store"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption newPassphraseFile(QStringLiteral("new-passphrase-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption actor(QStringLiteral("actor"), QString(), QStringLiteral("LOGIN"));
    const QCommandLineOption output(QStringLiteral("output"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption cases(QStringLiteral("cases"), QString(), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("S"));
    const QCommandLineOption workers(QStringLiteral("workers"), QString(), QStringLiteral("W"));
    const QCommandLineOption today(QStringLiteral("today"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("DATE"));
    // --team is also a central option (add-worker); kpi reads the same option (below).
    const QString team = QStringLiteral("team");
    const QCommandLineOption worker(QStringLiteral("worker"), QString(), QStringLiteral("ID"));
    const QCommandLineOption version(QStringLiteral("version"));
    const QCommandLineOption help(QStringList{QStringLiteral("help"), QStringLiteral("h")});
    parser.addOptions({store, passphraseFile, newPassphraseFile, json, actor, output, cases, seed, workers, today,
                       from, to, worker, version, help});
    parser.addOptions(centralOptions());

    auto usage = [&](const QString& problem) {
        m_err << "trellisctl: " << problem << "\n\n" << usageText();
        m_err.flush();
        return int(Usage);
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        m_out << usageText();
        return Success;
    }
    if (parser.isSet(version)) {
        m_out << "trellisctl " << TRELLIS_VERSION_STRING << "\n";
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(QStringLiteral("no command given"));
    const QString command = positional.first();
    // Central commands talk to PostgreSQL, not to a local store, so the store's options do not
    // apply to them, nor theirs to the store's commands.
    const QList<const QCommandLineOption*> storeOptions{&store, &passphraseFile, &newPassphraseFile, &actor,
                                                        &output, &cases, &seed, &workers, &today,
                                                        &from, &to, &worker};
    if (command == QLatin1String("central")) {
        for (const QCommandLineOption* option : storeOptions) {
            if (parser.isSet(*option))
                return usage(QStringLiteral("--%1 does not apply to central commands").arg(option->names().first()));
        }
        return runCentral({parser, positional, m_out, m_err, parser.isSet(json), usage});
    }
    // account set takes the worker's own connection options; sync only ever uses what it stored,
    // so the central password is never read from a file at each sync.
    const QStringList accountOptions{QStringLiteral("db"), QStringLiteral("ca"), QStringLiteral("insecure"),
                                     QStringLiteral("password-file")};
    const bool account = command == QLatin1String("account");
    const bool settingAccount = account && positional.value(1) == QLatin1String("set");
    for (const QString& name : centralOptionNames()) {
        if (!parser.isSet(name) || (settingAccount && accountOptions.contains(name)))
            continue;
        if (name == team && command == QLatin1String("kpi"))
            continue; // kpi's team filter

        if (accountOptions.contains(name))
            return usage(QStringLiteral("--%1 only applies to account set and central commands%2")
                             .arg(name, command == QLatin1String("sync")
                                            ? QStringLiteral("; sync uses the account stored with account set")
                                            : QString()));
        return usage(QStringLiteral("--%1 only applies to central commands").arg(name));
    }
    if (!kCommands.contains(command))
        return usage(QStringLiteral("unknown command \"%1\"").arg(command));
    if (!parser.isSet(store))
        return usage(QStringLiteral("--store PATH is required"));
    if (!parser.isSet(passphraseFile))
        return usage(QStringLiteral("--passphrase-file FILE (or - for standard input) is required"));

    // Options that belong to one command only are refused elsewhere, so a typo is not ignored.
    const QList<std::pair<const QCommandLineOption*, QStringList>> owned{
        {&newPassphraseFile, {QStringLiteral("rekey")}}, {&output, {QStringLiteral("export")}},
        {&cases, {QStringLiteral("seed-demo")}},         {&seed, {QStringLiteral("seed-demo")}},
        {&workers, {QStringLiteral("seed-demo")}},       {&today, {QStringLiteral("seed-demo"), QStringLiteral("kpi")}},
        {&from, {QStringLiteral("kpi")}},                {&to, {QStringLiteral("kpi")}},
        {&worker, {QStringLiteral("kpi")}}};
    for (const auto& [option, owners] : owned) {
        if (parser.isSet(*option) && !owners.contains(command))
            return usage(QStringLiteral("--%1 only applies to %2")
                             .arg(option->names().first(), owners.join(QStringLiteral(" and "))));
    }
    if (account && (positional.size() != 2 || !kAccountCommands.contains(positional.at(1))))
        return usage(QStringLiteral("account needs one subcommand: set, show or forget"));
    const int expectedPositional = command == QLatin1String("import") || account ? 2 : 1;
    if (positional.size() != expectedPositional)
        return usage(command == QLatin1String("import") ? QStringLiteral("import needs exactly one FILE")
                                                        : QStringLiteral("%1 takes no file argument").arg(command));

    CommandContext context{m_out, m_err, parser.value(store), parser.value(passphraseFile), parser.isSet(json),
                           parser.isSet(actor) ? parser.value(actor)
                                               : qEnvironmentVariable("USER", QStringLiteral("trellisctl"))};
    if (command == QLatin1String("init"))
        return runInit(context);
    if (command == QLatin1String("stats"))
        return runStats(context);
    if (command == QLatin1String("verify"))
        return runVerify(context);
    if (command == QLatin1String("export"))
        return runExport(context, parser.value(output));
    if (command == QLatin1String("import"))
        return runImport(context, positional.at(1));
    if (command == QLatin1String("sync"))
        return runSync(context);
    if (command == QLatin1String("kpi")) {
        KpiArguments kpiArguments;
        const QString problem = readKpiArguments(parser.value(from), parser.value(to), parser.value(today),
                                                 parser.isSet(today), parser.value(team), parser.value(worker),
                                                 kpiArguments);
        if (!problem.isEmpty())
            return usage(problem);
        return runKpi(context, kpiArguments);
    }
    if (account) {
        if (settingAccount) {
            if (!parser.isSet(QStringLiteral("db")))
                return usage(QStringLiteral("account set needs --db URL"));
            if (!parser.isSet(QStringLiteral("password-file")))
                return usage(QStringLiteral("account set needs --password-file FILE (or - for standard input)"));
            if (parser.isSet(QStringLiteral("ca")) && parser.isSet(QStringLiteral("insecure")))
                return usage(QStringLiteral("--ca and --insecure cannot be used together"));
            if (parser.value(QStringLiteral("password-file")) == QLatin1String("-") &&
                parser.value(passphraseFile) == QLatin1String("-"))
                return usage(QStringLiteral("the passphrase and the password cannot both come from standard input"));
        }
        return runAccount(context, {positional.at(1), parser.value(QStringLiteral("db")),
                                    parser.value(QStringLiteral("ca")), parser.isSet(QStringLiteral("insecure")),
                                    parser.value(QStringLiteral("password-file"))});
    }
    if (command == QLatin1String("rekey")) {
        if (!parser.isSet(newPassphraseFile))
            return usage(QStringLiteral("rekey needs --new-passphrase-file FILE"));
        return runRekey(context, parser.value(newPassphraseFile));
    }
    SeedArguments seedArguments;
    bool ok = true;
    if (!parser.isSet(cases))
        return usage(QStringLiteral("seed-demo needs --cases N"));
    seedArguments.cases = parser.value(cases).toInt(&ok);
    if (!ok || seedArguments.cases < 1 || seedArguments.cases > 1000000)
        return usage(QStringLiteral("--cases must be a whole number from 1 to 1000000"));
    if (parser.isSet(seed)) {
        seedArguments.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return usage(QStringLiteral("--seed must be a whole number"));
    }
    if (parser.isSet(workers)) {
        seedArguments.workers = parser.value(workers).toInt(&ok);
        if (!ok || seedArguments.workers < 1 || seedArguments.workers > 1000)
            return usage(QStringLiteral("--workers must be a whole number from 1 to 1000"));
    }
    if (parser.isSet(today)) {
        seedArguments.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!seedArguments.today.isValid())
            return usage(QStringLiteral("--today must be a date written YYYY-MM-DD"));
    }
    return runSeedDemo(context, seedArguments);
}

} // namespace trellis::ctl
