#include "CtlCommands.h"

#include "demo/DemoSeeder.h"
#include "domain/Entities.h"
#include "io/JsonLinesExporter.h"
#include "io/JsonLinesImporter.h"
#include "store/AuditLog.h"
#include "store/Migrator.h"
#include "store/RecordRepository.h"
#include "store/StoreOpener.h"
#include "store/StoreVerifier.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <memory>

namespace trellis::ctl {

namespace {

enum Exit { Success = 0, Failure = 1 };

QJsonObject countsToJson(const QHash<QString, qint64>& counts)
{
    QJsonObject object;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

void progress(CommandContext& context, const QString& line)
{
    context.err << line << '\n';
    context.err.flush();
}

} // namespace

void printJson(CommandContext& context, QJsonObject object)
{
    object.insert(QStringLiteral("ok"), object.value(QStringLiteral("ok")).toBool(true));
    context.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    context.out.flush();
}

int fail(CommandContext& context, const QString& kind, const QString& message)
{
    if (context.json) {
        printJson(context, {{QStringLiteral("ok"), false},
                            {QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("message"), message}}}});
    }
    context.err << "trellisctl: " << message << '\n';
    context.err.flush();
    return Failure;
}

int fail(CommandContext& context, const StoreError& error)
{
    return fail(context, StoreError::kindName(error.kind), error.message);
}

bool readPassphrase(CommandContext& context, const QString& path, Passphrase& passphrase)
{
    QString problem;
    passphrase = Passphrase::fromFile(path, &problem);
    if (!problem.isEmpty()) {
        fail(context, QStringLiteral("passphrase"), problem);
        return false;
    }
    return true;
}

std::unique_ptr<Database> openStore(CommandContext& context)
{
    Passphrase passphrase;
    if (!readPassphrase(context, context.passphraseFile, passphrase))
        return {};
    auto opened = StoreOpener::open(context.storePath, passphrase);
    if (!opened.ok()) {
        fail(context, opened.error());
        return {};
    }
    return opened.takeValue();
}

Passphrase readPassword(const QString& path, QString* problem)
{
    Passphrase password = Passphrase::fromFile(path, problem);
    if (problem && !problem->isEmpty())
        problem->replace(QLatin1String("passphrase"), QLatin1String("password"));
    return password;
}

void warnInsecure(QTextStream& err)
{
    err << "trellisctl: warning: --insecure: nothing sent to the central store is encrypted. Use it for development "
           "only.\n";
    err.flush();
}

int runInit(CommandContext& context)
{
    Passphrase passphrase;
    if (!readPassphrase(context, context.passphraseFile, passphrase))
        return Failure;
    auto created = StoreOpener::create(context.storePath, passphrase);
    if (!created.ok())
        return fail(context, created.error());
    AuditLog audit(*created.value(), context.actor);
    if (auto logged = audit.record(AuditLog::Action::Create, QStringLiteral("store")); !logged.ok())
        return fail(context, logged.error());
    if (context.json)
        printJson(context, {{QStringLiteral("store"), context.storePath},
                            {QStringLiteral("schema"), Migrator::latestVersion()}});
    else
        context.out << "Created an encrypted store at " << context.storePath << " (schema "
                    << Migrator::latestVersion() << ").\n";
    return Success;
}

int runStats(CommandContext& context)
{
    auto db = openStore(context);
    if (!db)
        return Failure;
    RecordRepository repository(*db);
    QHash<QString, qint64> counts;
    for (const auto& def : domain::Entities::all()) {
        auto counted = repository.count(def);
        if (!counted.ok())
            return fail(context, counted.error());
        counts.insert(def.name, counted.value());
    }
    const auto openCases = db->scalar("SELECT count(*) FROM young_person WHERE status = 'open' AND deleted = 0");
    const auto cipher = db->scalar("PRAGMA cipher_version");
    if (!openCases.ok())
        return fail(context, openCases.error());
    const qint64 size = QFileInfo(context.storePath).size();
    if (context.json) {
        printJson(context, {{QStringLiteral("store"), context.storePath},
                            {QStringLiteral("schema"), Migrator::currentVersion(*db)},
                            {QStringLiteral("cipher_version"), cipher.ok() ? cipher.value().toString() : QString()},
                            {QStringLiteral("file_bytes"), size},
                            {QStringLiteral("open_cases"), openCases.value().toLongLong()},
                            {QStringLiteral("counts"), countsToJson(counts)}});
        return Success;
    }
    context.out << "Store:      " << context.storePath << '\n'
                << "Schema:     " << Migrator::currentVersion(*db) << '\n'
                << "Encryption: SQLCipher " << (cipher.ok() ? cipher.value().toString() : QString()) << '\n'
                << "File size:  " << size << " bytes\n"
                << "Open cases: " << openCases.value().toLongLong() << '\n';
    for (const auto& def : domain::Entities::all())
        context.out << QStringLiteral("  %1 %2\n").arg(def.name, -20).arg(counts.value(def.name), 10);
    return Success;
}

int runVerify(CommandContext& context)
{
    auto db = openStore(context);
    if (!db)
        return Failure;
    const auto report = StoreVerifier::verify(*db);
    if (context.json) {
        printJson(context, {{QStringLiteral("ok"), report.ok},
                            {QStringLiteral("cipher_failures"), report.cipherFailures},
                            {QStringLiteral("integrity_problems"), report.integrityProblems},
                            {QStringLiteral("foreign_key_problems"), report.foreignKeyProblems},
                            {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}});
    } else if (report.ok) {
        context.out << "The store verified: every page's HMAC matched, integrity check ok, no broken references.\n";
    } else {
        for (const QString& problem : report.problems)
            context.err << problem << '\n';
        context.err << "trellisctl: the store did not verify (" << report.problems.size() << " problems).\n";
    }
    return report.ok ? Success : Failure;
}

int runExport(CommandContext& context, const QString& outputPath)
{
    auto db = openStore(context);
    if (!db)
        return Failure;
    io::JsonLinesExporter exporter(*db);
    io::JsonLinesExporter::Report report;
    if (outputPath.isEmpty() || outputPath == QLatin1String("-")) {
        // Standard output is `out`, whatever the caller made it: trellisctl's stdout, or a string
        // when CtlApp runs inside another program.
        context.out.flush();
        if (QIODevice* device = context.out.device()) {
            report = exporter.exportTo(*device);
            auto* file = qobject_cast<QFileDevice*>(device);
            if (report.ok && file && !file->flush())
                report = {false, 0, {}, QStringLiteral("cannot write to standard output: %1").arg(file->errorString())};
        } else {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            report = exporter.exportTo(buffer);
            if (report.ok)
                context.out << QString::fromUtf8(buffer.data());
            context.out.flush();
        }
    } else {
        // The export is not encrypted: only its owner may read it, and it appears whole or not at all.
        QSaveFile out(outputPath);
        if (!out.open(QIODevice::WriteOnly) ||
            !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(context, QStringLiteral("io"),
                        QStringLiteral("cannot write %1: %2").arg(outputPath, out.errorString()));
        report = exporter.exportTo(out);
        if (report.ok && !out.commit())
            report = {false, 0, {}, QStringLiteral("cannot write %1: %2").arg(outputPath, out.errorString())};
    }
    if (!report.ok)
        return fail(context, QStringLiteral("io"), report.failure);
    AuditLog audit(*db, context.actor);
    if (auto logged = audit.record(AuditLog::Action::Export, {}, {}, report.records); !logged.ok())
        return fail(context, logged.error());
    // Standard output may be the export itself, so the summary goes to standard error.
    context.err << "Exported " << report.records << " records. The file is not encrypted: keep it on an encrypted "
                << "disk and delete it when it is no longer needed.\n";
    if (context.json && !outputPath.isEmpty() && outputPath != QLatin1String("-"))
        printJson(context, {{QStringLiteral("records"), report.records},
                            {QStringLiteral("counts"), countsToJson(report.perEntity)}});
    return Success;
}

int runImport(CommandContext& context, const QString& inputPath)
{
    auto db = openStore(context);
    if (!db)
        return Failure;
    io::JsonLinesImporter importer(*db, domain::Validator(QDate::currentDate()), context.actor);
    importer.setProgress([&](qint64 lines, const QString& phase) {
        progress(context, QStringLiteral("%1: %2 lines").arg(phase).arg(lines));
    });
    const auto report = importer.importFile(inputPath);
    if (!report.failure.isEmpty())
        return fail(context, QStringLiteral("import"), report.failure + QStringLiteral(". Nothing was imported."));
    if (!report.ok) {
        if (context.json) {
            QJsonArray errors;
            for (const auto& error : report.errors)
                errors.append(QJsonObject{{QStringLiteral("line"), error.line},
                                          {QStringLiteral("field"), error.field},
                                          {QStringLiteral("message"), error.message}});
            printJson(context, {{QStringLiteral("ok"), false}, {QStringLiteral("errors"), errors}});
        }
        for (const auto& error : report.errors)
            context.err << error.toString() << '\n';
        context.err << "trellisctl: " << report.errors.size()
                    << " problems in the file; nothing was imported. Correct them and import the file again.\n";
        return Failure;
    }
    if (context.json)
        printJson(context, {{QStringLiteral("records"), report.records},
                            {QStringLiteral("warnings"), report.warnings},
                            {QStringLiteral("counts"), countsToJson(report.perEntity)}});
    else
        context.out << "Imported " << report.records << " records (" << report.warnings << " warnings).\n";
    return Success;
}

int runRekey(CommandContext& context, const QString& newPassphraseFile)
{
    Passphrase current;
    Passphrase next;
    if (!readPassphrase(context, context.passphraseFile, current) ||
        !readPassphrase(context, newPassphraseFile, next))
        return Failure;
    if (auto rekeyed = StoreOpener::rekey(context.storePath, current, next); !rekeyed.ok())
        return fail(context, rekeyed.error());
    // The rekey itself has happened; a missing audit line is reported, not hidden.
    auto opened = StoreOpener::open(context.storePath, next);
    const auto logged = opened.ok() ? AuditLog(*opened.value(), context.actor)
                                          .record(AuditLog::Action::Rekey, QStringLiteral("store"))
                                    : Result<void>(opened.error());
    if (!logged.ok())
        context.err << "trellisctl: the store was rekeyed, but the audit event could not be written: "
                    << logged.error().message << '\n';
    if (context.json)
        printJson(context, {{QStringLiteral("store"), context.storePath}});
    else
        context.out << "The store is now encrypted under the new passphrase; the old one no longer opens it.\n";
    return Success;
}

int runSeedDemo(CommandContext& context, const SeedArguments& arguments)
{
    Passphrase passphrase;
    if (!readPassphrase(context, context.passphraseFile, passphrase))
        return Failure;
    // seed-demo makes the store when there is none yet, so one command gives a working demo.
    auto opened = QFileInfo::exists(context.storePath) ? StoreOpener::open(context.storePath, passphrase)
                                                       : StoreOpener::create(context.storePath, passphrase);
    if (!opened.ok())
        return fail(context, opened.error());
    demo::DemoSeeder::Options options;
    options.cases = arguments.cases;
    options.seed = arguments.seed;
    options.workers = arguments.workers;
    options.today = arguments.today;
    demo::DemoSeeder seeder(*opened.value(), options);
    seeder.setProgress([&](int done, int total) {
        if (done % 10000 == 0 || done == total)
            progress(context, QStringLiteral("seeded %1 of %2 young people").arg(done).arg(total));
    });
    QElapsedTimer timer;
    timer.start();
    const auto report = seeder.run();
    if (!report.ok)
        return fail(context, QStringLiteral("seed"), report.failure);
    if (context.json)
        printJson(context, {{QStringLiteral("records"), report.records},
                            {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0},
                            {QStringLiteral("counts"), countsToJson(report.perEntity)}});
    else
        context.out << "Seeded " << arguments.cases << " fictional young people (" << report.records
                    << " records) in " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s.\n";
    return Success;
}

} // namespace trellis::ctl
