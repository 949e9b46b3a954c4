#include "KpiReport.h"

#include "Suppression.h"

#include <QJsonArray>

namespace trellis::kpi {

const char* const KpiReport::kYearsOmitted =
    "left out: a custom period beside the financial years would reveal small numbers by subtraction";

namespace {

QString groupWord(MeasureGroup group)
{
    switch (group) {
    case MeasureGroup::Overdue:
        return QStringLiteral("overdue");
    case MeasureGroup::YouthSafety:
        return QStringLiteral("youth_safety");
    case MeasureGroup::Yjb:
        break;
    }
    return QStringLiteral("yjb");
}

QString asAt(const QDate& today)
{
    return QStringLiteral("as at %1").arg(today.toString(QStringLiteral("dd/MM/yyyy")));
}

// One measure as it leaves Trellis: suppressed, with numbers only where they are shown.
QJsonObject measureJson(const MeasureDefinition& definition, const MeasureValue& value, const KpiScope& scope)
{
    QJsonObject object{{QStringLiteral("key"), definition.key},
                       {QStringLiteral("group"), groupWord(definition.group)},
                       {QStringLiteral("title"), definition.title},
                       {QStringLiteral("unit"), definition.unit == MeasureUnit::Percent ? QStringLiteral("percent")
                                                                                         : QStringLiteral("count")},
                       {QStringLiteral("period"), definition.perPeriod ? scope.period.label() : asAt(scope.today)}};
    if (definition.unit == MeasureUnit::Percent) {
        object.insert(QStringLiteral("shown"), Suppression::percentShown(value.count, value.denominator));
        // The denominator's own text, so a reader of the JSON (the board report's "Out of")
        // need not guess it from the count's.
        object.insert(QStringLiteral("denominator_shown"),
                      Suppression::denominatorShown(value.count, value.denominator));
        // A small rest (denominator − count) withholds both numbers: either with the other, or
        // with a caseload shown elsewhere, gives the rest.
        const bool withheld = Suppression::hides(value.count) || Suppression::hides(value.denominator)
                              || Suppression::hidesRest(value.count, value.denominator);
        if (!withheld) { // both numbers or neither: readers print "(count of denominator)"
            object.insert(QStringLiteral("count"), value.count);
            object.insert(QStringLiteral("denominator"), value.denominator);
        }
    } else {
        object.insert(QStringLiteral("shown"), Suppression::shown(value.count));
        if (!Suppression::hides(value.count))
            object.insert(QStringLiteral("count"), value.count);
    }
    if (value.provisional)
        object.insert(QStringLiteral("provisional"), true);
    return object;
}

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject figureJson(const GroupFigure& figure)
{
    return {{QStringLiteral("shown"), figure.shown()}, // "–" when withheld as a complementary cell
            {QStringLiteral("share"), number(figure.share)},
            {QStringLiteral("relative_rate"), number(figure.relativeRate)}};
}

QJsonObject totalJson(const ColumnTotal& total)
{
    return {{QStringLiteral("shown"), total.withheld ? QStringLiteral("–") : QString::number(total.count)},
            {QStringLiteral("withheld"), total.withheld}};
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString jsonNumberText(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? QString::number(value.toInteger()) : QString();
}

} // namespace

KpiReport::KpiReport(const KpiFacts& facts, const KpiScope& scope, const PopulationTable& population)
    : KpiReport(MeasureCalculator(facts), scope, population)
{
}

KpiReport::KpiReport(const MeasureCalculator& calculator, const KpiScope& scope, const PopulationTable& population)
    : m_facts(calculator.facts())
    , m_calculator(calculator)
    , m_scope(scope)
    , m_population(population)
{
}

QJsonObject KpiReport::toJson() const
{
    const MeasureCalculator& calculator = m_calculator; // one index for every figure below
    QJsonArray measures;
    for (const MeasureGroup group : {MeasureGroup::Overdue, MeasureGroup::YouthSafety, MeasureGroup::Yjb}) {
        const QList<MeasureDefinition> definitions = MeasureCatalogue::inGroup(group);
        const QList<MeasureValue> values = calculator.computeGroupCounts(group, m_scope); // no rows leave
        for (qsizetype i = 0; i < definitions.size(); ++i)
            measures.append(measureJson(definitions[i], values[i], m_scope));
    }

    // A custom period beside the five financial years would give its complement by subtraction
    // (the year's count minus the period's part): an export of a custom period has no years.
    const bool customPeriod = !FinancialYear::isYear(m_scope.period);
    QJsonArray years;
    const QList<MeasureDefinition> safety = MeasureCatalogue::inGroup(MeasureGroup::YouthSafety);
    for (const int year : customPeriod ? QList<int>() : FinancialYear::lastYears(m_scope.today, 5)) {
        KpiScope yearScope = m_scope;
        yearScope.period = FinancialYear::period(year);
        const QList<MeasureValue> values = calculator.computeGroupCounts(MeasureGroup::YouthSafety, yearScope);
        QJsonArray yearMeasures;
        for (qsizetype i = 0; i < safety.size(); ++i)
            yearMeasures.append(measureJson(safety[i], values[i], yearScope));
        years.append(QJsonObject{{QStringLiteral("year"), FinancialYear::label(year)},
                                 {QStringLiteral("measures"), yearMeasures}});
    }

    const DisproportionalityTable table = Disproportionality::computeCounts(m_calculator, m_scope, m_population);
    QJsonArray groups;
    for (const DisproportionalityRow& row : table.rows)
        groups.append(QJsonObject{{QStringLiteral("group"), row.group},
                                  {QStringLiteral("title"), EthnicGroups::title(row.group)},
                                  {QStringLiteral("population"), row.population},
                                  {QStringLiteral("population_share"), number(row.populationShare)},
                                  {QStringLiteral("caseload"), figureJson(row.caseload)},
                                  {QStringLiteral("first_time_entrants"), figureJson(row.firstTimeEntrants)},
                                  {QStringLiteral("custody"), figureJson(row.custody)}});
    const QJsonObject disproportionality{
        {QStringLiteral("population_is_example"), table.populationIsExample},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("not_stated_caseload"), table.notStatedCaseloadWithheld
                                                     ? QStringLiteral("–")
                                                     : Suppression::shown(table.notStatedCaseload)},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("caseload"), totalJson(table.caseloadTotal)},
                                               {QStringLiteral("first_time_entrants"),
                                                totalJson(table.firstTimeEntrantsTotal)},
                                               {QStringLiteral("custody"), totalJson(table.custodyTotal)}}}};

    QJsonArray team;
    for (const WorkerCaseload& bar : TeamCaseload::compute(m_facts, m_scope))
        // Suppressed like every other export: exact per-worker counts would also add up to the
        // open caseload and give away a withheld disproportionality total. On screen the
        // Team caseload tab stays exact (a work list).
        team.append(QJsonObject{{QStringLiteral("worker"), bar.workerName},
                                {QStringLiteral("low"), Suppression::shown(bar.byRisk[0])},
                                {QStringLiteral("medium"), Suppression::shown(bar.byRisk[1])},
                                {QStringLiteral("high"), Suppression::shown(bar.byRisk[2])},
                                {QStringLiteral("very_high"), Suppression::shown(bar.byRisk[3])}});

    QJsonObject json{{QStringLiteral("from"), m_scope.period.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), m_scope.period.to.toString(Qt::ISODate)},
            {QStringLiteral("today"), m_scope.today.toString(Qt::ISODate)},
            {QStringLiteral("team"), m_scope.team},
            {QStringLiteral("worker"), m_scope.workerId},
            {QStringLiteral("measures"), measures},
            {QStringLiteral("years"), years},
            {QStringLiteral("disproportionality"), disproportionality},
            {QStringLiteral("team_caseload"), team}};
    if (customPeriod)
        json.insert(QStringLiteral("years_omitted"), QString::fromLatin1(kYearsOmitted));
    return json;
}

QByteArray KpiReport::toCsv() const
{
    // Built from the JSON, so the two exports cannot disagree.
    const QJsonObject json = toJson();
    QString csv = QStringLiteral("section,measure,period,shown,count,denominator\n");
    const auto line = [&csv](const QString& section, const QJsonObject& measure) {
        csv += QStringList{section, measure.value(QLatin1String("key")).toString(),
                           csvField(measure.value(QLatin1String("period")).toString()),
                           measure.value(QLatin1String("shown")).toString(), jsonNumberText(measure, "count"),
                           jsonNumberText(measure, "denominator")}
                   .join(QLatin1Char(','))
               + QLatin1Char('\n');
    };
    for (const QJsonValue measure : json.value(QLatin1String("measures")).toArray())
        line(measure.toObject().value(QLatin1String("group")).toString(), measure.toObject());
    if (json.contains(QLatin1String("years_omitted")))
        csv += QStringLiteral("youth_safety_by_year,,,%1,,\n").arg(csvField(QString::fromLatin1(kYearsOmitted)));
    for (const QJsonValue year : json.value(QLatin1String("years")).toArray()) {
        for (const QJsonValue measure : year.toObject().value(QLatin1String("measures")).toArray())
            line(QStringLiteral("youth_safety_by_year"), measure.toObject());
    }
    const QJsonObject disproportionality = json.value(QLatin1String("disproportionality")).toObject();
    const QString period = csvField(m_scope.period.label());
    for (const QJsonValue groupValue : disproportionality.value(QLatin1String("groups")).toArray()) {
        const QJsonObject group = groupValue.toObject();
        for (const char* column : {"caseload", "first_time_entrants", "custody"}) {
            const QJsonObject figure = group.value(QLatin1String(column)).toObject();
            csv += QStringList{QStringLiteral("disproportionality"),
                               QStringLiteral("%1:%2").arg(QLatin1String(column), group.value(QLatin1String("group")).toString()),
                               QLatin1String(column) == QLatin1String("caseload") ? csvField(asAt(m_scope.today)) : period,
                               figure.value(QLatin1String("shown")).toString(), QString(), QString()}
                       .join(QLatin1Char(','))
                   + QLatin1Char('\n');
        }
    }
    return csv.toUtf8();
}

} // namespace trellis::kpi
