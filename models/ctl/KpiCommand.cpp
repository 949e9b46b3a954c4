#include "KpiCommand.h"

#include "kpi/KpiIndex.h"
#include "kpi/KpiReport.h"

#include "store/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <variant>

namespace trellis::ctl {

namespace {

QString readDate(const QString& option, const QString& text, QDate& date)
{
    date = QDate::fromString(text, Qt::ISODate);
    // fromString takes "2025-4-1" too; an export's dates should be written one way only.
    if (!date.isValid() || text.size() != 10)
        return QStringLiteral("--%1 must be a date written YYYY-MM-DD, not \"%2\"").arg(option, text);
    return {};
}

void printTable(CommandContext& context, const QJsonObject& report)
{
    QTextStream& out = context.out;
    out << "Measures from " << report.value(QLatin1String("from")).toString() << " to "
        << report.value(QLatin1String("to")).toString() << ", as at " << report.value(QLatin1String("today")).toString();
    if (const QString team = report.value(QLatin1String("team")).toString(); !team.isEmpty())
        out << ", team " << team;
    if (const QString worker = report.value(QLatin1String("worker")).toString(); !worker.isEmpty())
        out << ", worker " << worker;
    out << "\nSmall numbers (1 to 4) are shown as <5.\n\n";
    QString group;
    for (const QJsonValue value : report.value(QLatin1String("measures")).toArray()) {
        const QJsonObject measure = value.toObject();
        if (measure.value(QLatin1String("group")).toString() != group) {
            group = measure.value(QLatin1String("group")).toString();
            out << (group == QLatin1String("overdue")        ? "Overdue today\n"
                    : group == QLatin1String("youth_safety") ? "Youth safety\n"
                                                             : "YJB key performance indicators\n");
        }
        QString shown = measure.value(QLatin1String("shown")).toString();
        if (measure.contains(QLatin1String("denominator")))
            shown += QStringLiteral(" (%1 of %2)")
                         .arg(measure.value(QLatin1String("count")).toInteger())
                         .arg(measure.value(QLatin1String("denominator")).toInteger());
        if (measure.value(QLatin1String("provisional")).toBool())
            shown += QStringLiteral(" provisional");
        out << QStringLiteral("  %1 %2 %3\n")
                   .arg(measure.value(QLatin1String("title")).toString(), -48)
                   .arg(measure.value(QLatin1String("period")).toString(), -24)
                   .arg(shown);
    }
    const QJsonObject disproportionality = report.value(QLatin1String("disproportionality")).toObject();
    out << "\nDisproportionality (caseload, first-time entrants, custody)";
    if (disproportionality.value(QLatin1String("population_is_example")).toBool())
        out << " - EXAMPLE population, replace it before use";
    out << '\n';
    for (const QJsonValue value : disproportionality.value(QLatin1String("groups")).toArray()) {
        const QJsonObject row = value.toObject();
        out << QStringLiteral("  %1").arg(row.value(QLatin1String("title")).toString(), -44);
        for (const char* column : {"caseload", "first_time_entrants", "custody"})
            out << QStringLiteral(" %1").arg(
                row.value(QLatin1String(column)).toObject().value(QLatin1String("shown")).toString(), 6);
        out << '\n';
    }
    // The report's shown texts ("<5" for 1 to 4): the table leaves Trellis as the JSON does.
    out << "\nTeam caseload (open cases: low, medium, high, very high)\n";
    for (const QJsonValue value : report.value(QLatin1String("team_caseload")).toArray()) {
        const QJsonObject bar = value.toObject();
        out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                   .arg(bar.value(QLatin1String("worker")).toString(), -40)
                   .arg(bar.value(QLatin1String("low")).toString(), 5)
                   .arg(bar.value(QLatin1String("medium")).toString(), 5)
                   .arg(bar.value(QLatin1String("high")).toString(), 5)
                   .arg(bar.value(QLatin1String("very_high")).toString(), 5);
    }
    out.flush();
}

int usageProblem(CommandContext& context, const QString& problem)
{
    context.err << "trellisctl: " << problem << '\n';
    context.err.flush();
    return 2; // CtlApp::Usage
}

} // namespace

QString readKpiArguments(const QString& from, const QString& to, const QString& today, bool todaySet,
                         const QString& team, const QString& workerId, KpiArguments& arguments)
{
    if (from.isEmpty())
        return QStringLiteral("kpi needs --from DATE (YYYY-MM-DD)");
    if (to.isEmpty())
        return QStringLiteral("kpi needs --to DATE (YYYY-MM-DD)");
    if (QString problem = readDate(QStringLiteral("from"), from, arguments.from); !problem.isEmpty())
        return problem;
    if (QString problem = readDate(QStringLiteral("to"), to, arguments.to); !problem.isEmpty())
        return problem;
    if (arguments.from > arguments.to)
        return QStringLiteral("--from %1 is after --to %2").arg(from, to);
    if (todaySet) {
        if (QString problem = readDate(QStringLiteral("today"), today, arguments.today); !problem.isEmpty())
            return problem;
    }
    arguments.team = team;
    arguments.workerId = workerId;
    return {};
}

int runKpi(CommandContext& context, const KpiArguments& arguments)
{
    auto population = kpi::PopulationTableReader::loadDefault();
    if (const auto* error = std::get_if<kpi::PopulationError>(&population))
        return fail(context, QStringLiteral("population"),
                    QStringLiteral("the 10-17 population file: %1").arg(error->message));
    auto db = openStore(context);
    if (!db)
        return 1;
    auto loaded = kpi::KpiFactsLoader::load(*db);
    if (!loaded.ok())
        return fail(context, loaded.error());
    const kpi::KpiFacts& facts = loaded.value();

    // A filter that matches no one is almost always a typing mistake, so it is named, not
    // answered with a report of zeros.
    if (!arguments.workerId.isEmpty()
        && std::none_of(facts.workers.begin(), facts.workers.end(),
                        [&](const kpi::WorkerFact& worker) { return worker.id == arguments.workerId; }))
        return usageProblem(context, QStringLiteral("--worker: no worker with id \"%1\" in this store")
                                         .arg(arguments.workerId));
    if (!arguments.team.isEmpty()
        && std::none_of(facts.workers.begin(), facts.workers.end(),
                        [&](const kpi::WorkerFact& worker) { return worker.team == arguments.team; }))
        return usageProblem(context, QStringLiteral("--team: no worker in this store is in team \"%1\"")
                                         .arg(arguments.team));

    const kpi::KpiScope scope{{arguments.from, arguments.to}, arguments.today, arguments.team, arguments.workerId};
    const kpi::KpiReport report(facts, scope, std::get<kpi::PopulationTable>(population));
    const QJsonObject json = report.toJson();

    const QList<bool> mask = kpi::KpiIndex::scopeMask(facts, scope);
    const qint64 inScope = std::count(mask.begin(), mask.end(), true);
    AuditLog audit(*db, context.actor);
    if (auto logged = audit.record(AuditLog::Action::Export, QStringLiteral("kpi_report"), {}, inScope); !logged.ok())
        return fail(context, logged.error());

    if (context.json) {
        // The report itself, exactly as KpiReport builds it for every other export.
        context.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        context.out.flush();
    } else {
        printTable(context, json);
    }
    return 0;
}

} // namespace trellis::ctl
