// What leaves Trellis: KpiReport's JSON and CSV (suppressed), disproportionality, and
// `trellisctl kpi` driven in-process, against figures worked out on paper.

#include "CtlTestSupport.h"
#include "KpiScenario.h"

#include "kpi/Disproportionality.h"
#include "kpi/KpiReport.h"
#include "kpi/MeasureCalculator.h"
#include "kpi/Suppression.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace trellis;
using namespace trellis::kpi;
using namespace trellis::test;
using namespace trellis::test::kpifixture;
namespace cs = trellis::test::ctlsupport;

namespace {

const Period kFy2024 = FinancialYear::period(2024);
const Period kFy2025 = FinancialYear::period(2025);

QJsonObject measureIn(const QJsonArray& measures, const QString& key)
{
    for (const QJsonValue value : measures) {
        if (value.toObject().value(QLatin1String("key")).toString() == key)
            return value.toObject();
    }
    return {};
}

// A fictional 10–17 population: 4,000 children, half of them White.
PopulationTable population()
{
    const auto parsed = PopulationTableReader::parse(
        "ethnic_group,population_10_17\nasian,1000\nblack,500\nmixed,250\nwhite,2000\nother,250\n",
        QStringLiteral("test population"));
    return std::get<PopulationTable>(parsed);
}

bool near(const std::optional<double>& value, double expected)
{
    return value && std::abs(*value - expected) < 1e-9;
}

} // namespace

class TestKpiReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void exportedMeasuresAreSuppressed();
    void yearsHoldFiveFinancialYears();
    void csvHasOneLinePerFigure();
    void disproportionalitySharesRatesAndWithheldTotals();
    void customPeriodHasNoYears();

    void cliJsonEqualsTheReport();
    void cliTableAndFilters();
    void cliRefusesBadInputNamingTheOption_data();
    void cliRefusesBadInputNamingTheOption();

private:
    cs::Workspace m_workspace;
    Scenario m_scenario;
    KpiFacts m_facts;
};

void TestKpiReport::initTestCase()
{
    QVERIFY(m_workspace.isValid());
    // The caseload of KpiScenario.h in a store trellisctl can open.
    auto created = StoreOpener::create(m_workspace.store(), Passphrase::fromString(cs::kPassphrase));
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    auto db = created.takeValue();
    KpiFixture fixture(*db);
    m_scenario = buildScenario(fixture);
    QVERIFY(!fixture.failed());
    m_facts = fixture.load();
}

// 2024/25 (KpiScenario.h): first-time entrants 4 -> "<5" and no count; reoffending 2 of 5 -> "–"
// with neither number; overdue contacts 2 -> "<5" (exports suppress overdue too); missing 1 -> "<5".
// YJB accommodation 6 of 11 -> "55%"; ETE 8 of 11 -> "73%" (72.7). Team caseload stays exact.
// 2025/26: missing episodes 5 -> "5" with count 5.
void TestKpiReport::exportedMeasuresAreSuppressed()
{
    const PopulationTable people = population();
    const QJsonObject json = KpiReport(m_facts, {kFy2024, kToday, {}, {}}, people).toJson();
    const QJsonArray measures = json.value(QLatin1String("measures")).toArray();
    QCOMPARE(measures.size(), MeasureCatalogue::all().size());
    QCOMPARE(json.value(QLatin1String("from")).toString(), QStringLiteral("2024-04-01"));
    QCOMPARE(json.value(QLatin1String("today")).toString(), QStringLiteral("2026-11-26"));

    const QJsonObject fte = measureIn(measures, QStringLiteral("first_time_entrants"));
    QCOMPARE(fte.value(QLatin1String("shown")).toString(), QStringLiteral("<5"));
    QVERIFY(!fte.contains(QLatin1String("count")));
    QCOMPARE(fte.value(QLatin1String("period")).toString(), QStringLiteral("2024/25"));
    QCOMPARE(fte.value(QLatin1String("group")).toString(), QStringLiteral("youth_safety"));

    const QJsonObject reoffending = measureIn(measures, QStringLiteral("reoffending_rate"));
    QCOMPARE(reoffending.value(QLatin1String("shown")).toString(), QStringLiteral("–"));
    QVERIFY(!reoffending.contains(QLatin1String("count")));
    QVERIFY(!reoffending.contains(QLatin1String("denominator")));
    QVERIFY(!reoffending.contains(QLatin1String("provisional")));

    const QJsonObject overdue = measureIn(measures, QStringLiteral("overdue_contacts"));
    QCOMPARE(overdue.value(QLatin1String("shown")).toString(), QStringLiteral("<5"));
    QCOMPARE(overdue.value(QLatin1String("period")).toString(), QStringLiteral("as at 26/11/2026"));
    QCOMPARE(measureIn(measures, QStringLiteral("missing_episodes")).value(QLatin1String("shown")).toString(),
             QStringLiteral("<5"));

    const QJsonObject accommodation = measureIn(measures, QStringLiteral("yjb_suitable_accommodation"));
    QCOMPARE(accommodation.value(QLatin1String("shown")).toString(), QStringLiteral("55%"));
    QCOMPARE(accommodation.value(QLatin1String("count")).toInt(), 6);
    QCOMPARE(accommodation.value(QLatin1String("denominator")).toInt(), 11);
    QCOMPARE(accommodation.value(QLatin1String("denominator_shown")).toString(), QStringLiteral("11"));
    // Finding 3: ETE 8 of 11 leaves 3 NEET (1–4): "73%" gave them away with the denominator
    // (the open caseload). Now the percentage and both numbers are withheld.
    const QJsonObject ete = measureIn(measures, QStringLiteral("yjb_ete"));
    QCOMPARE(ete.value(QLatin1String("shown")).toString(), QStringLiteral("–"));
    QVERIFY(!ete.contains(QLatin1String("count")));
    QVERIFY(!ete.contains(QLatin1String("denominator")));
    QCOMPARE(ete.value(QLatin1String("denominator_shown")).toString(), QStringLiteral("–"));
    // Finding 7: the denominator has its own text. Reoffending 2 of 5 leaves 3 (1–4): "–", not
    // the count's "<5"; a small count of a large denominator keeps the number (below).
    QCOMPARE(reoffending.value(QLatin1String("denominator_shown")).toString(), QStringLiteral("–"));
    QVERIFY(!Suppression::percent(47, 49));
    QCOMPARE(Suppression::percentShown(47, 49), QStringLiteral("–"));
    QCOMPARE(Suppression::denominatorShown(2, 30), QStringLiteral("30"));
    QCOMPARE(Suppression::denominatorShown(2, 4), QStringLiteral("<5"));
    QCOMPARE(Suppression::numeratorShown(47, 49), QStringLiteral("–"));
    QCOMPARE(Suppression::percentShown(44, 49), QStringLiteral("90%"));

    const QJsonArray team = json.value(QLatin1String("team_caseload")).toArray();
    QCOMPARE(team.size(), 4);
    QCOMPARE(team[0].toObject().value(QLatin1String("worker")).toString(), QStringLiteral("Ada Fixture"));
    // Finding 4: the export is suppressed (only the screen's tab is exact).
    QCOMPARE(team[0].toObject().value(QLatin1String("very_high")).toString(), QStringLiteral("<5"));
    for (const QJsonValue bar : team) // every figure a shown text, none a bare number
        for (const char* risk : {"low", "medium", "high", "very_high"})
            QVERIFY(bar.toObject().value(QLatin1String(risk)).isString());

    const QJsonArray later =
        KpiReport(m_facts, {kFy2025, kToday, {}, {}}, people).toJson().value(QLatin1String("measures")).toArray();
    const QJsonObject missing = measureIn(later, QStringLiteral("missing_episodes"));
    QCOMPARE(missing.value(QLatin1String("shown")).toString(), QStringLiteral("5"));
    QCOMPARE(missing.value(QLatin1String("count")).toInt(), 5);
}

// Today 26/11/2026: 2022/23 … 2026/27. 2025/26's reoffending is 0 of 7: "0%", provisional.
// 2024/25's first-time entrants (4) are "<5" there as in the period view.
void TestKpiReport::yearsHoldFiveFinancialYears()
{
    const QJsonObject json = KpiReport(m_facts, {kFy2024, kToday, {}, {}}, population()).toJson();
    const QJsonArray years = json.value(QLatin1String("years")).toArray();
    QCOMPARE(years.size(), 5);
    QCOMPARE(years[0].toObject().value(QLatin1String("year")).toString(), QStringLiteral("2022/23"));
    QCOMPARE(years[4].toObject().value(QLatin1String("year")).toString(), QStringLiteral("2026/27"));
    const QJsonArray y2025 = years[3].toObject().value(QLatin1String("measures")).toArray();
    QCOMPARE(y2025.size(), MeasureCatalogue::inGroup(MeasureGroup::YouthSafety).size());
    const QJsonObject reoffending = measureIn(y2025, QStringLiteral("reoffending_rate"));
    QCOMPARE(reoffending.value(QLatin1String("shown")).toString(), QStringLiteral("0%"));
    QCOMPARE(reoffending.value(QLatin1String("denominator")).toInt(), 7);
    QCOMPARE(reoffending.value(QLatin1String("provisional")).toBool(), true);
    QCOMPARE(reoffending.value(QLatin1String("period")).toString(), QStringLiteral("2025/26"));
    const QJsonArray y2024 = years[2].toObject().value(QLatin1String("measures")).toArray();
    QCOMPARE(measureIn(y2024, QStringLiteral("first_time_entrants")).value(QLatin1String("shown")).toString(),
             QStringLiteral("<5"));
}

void TestKpiReport::csvHasOneLinePerFigure()
{
    const QString csv = QString::fromUtf8(KpiReport(m_facts, {kFy2024, kToday, {}, {}}, population()).toCsv());
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("section,measure,period,shown,count,denominator"));
    QVERIFY(lines.contains(QStringLiteral("youth_safety,first_time_entrants,2024/25,<5,,")));
    QVERIFY(lines.contains(QStringLiteral("yjb,yjb_suitable_accommodation,as at 26/11/2026,55%,6,11")));
    QVERIFY(lines.contains(QStringLiteral("overdue,overdue_contacts,as at 26/11/2026,<5,,")));
    const int measures = int(MeasureCatalogue::all().size());
    const int yearly = int(MeasureCatalogue::inGroup(MeasureGroup::YouthSafety).size()) * 5;
    QCOMPARE(lines.size(), 1 + measures + yearly + 5 * 3);
}

// A store of its own, today 26/11/2026, 2025/26, all open, no lead worker, born 01/01/2011:
//   White 10 (5 with a caution on 01/06/2025), Black 10 (6 with a caution on 01/06/2025, 2 of
//   them a DTO on 01/09/2025), Asian 5, Mixed 3, not stated 2. Population: Asian 1000, Black 500,
//   Mixed 250, White 2000, Other 250 (4000).
// population shares: 25, 12.5, 6.25, 50, 6.25 %.
// caseload: 10/10/5/3/0; Mixed 3 is "<5", so the total (28) is withheld and with it every share.
//   RRI = (n/pop) / (10/2000): Black 0.02/0.005 = 4.0, Asian 0.005/0.005 = 1.0, Other 0, Mixed none.
// first-time entrants: White 5, Black 6 (the DTO is not a first outcome) -> total 11 shown;
//   shares 5/11 = 45.45 %, 6/11 = 54.55 %, Asian 0 %; RRI Black (6/500)/(5/2000) = 4.8, Asian 0.
// custody: Black 2 -> "<5", total withheld; White 0, so no RRI for anyone.
void TestKpiReport::disproportionalitySharesRatesAndWithheldTotals()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    KpiFixture f(*db);
    const QDate born(2011, 1, 1);
    const QDate caution(2025, 6, 1);
    for (int i = 0; i < 10; ++i) {
        const QString white = f.person(QStringLiteral("White%1").arg(i), born, {}, {{"ethnicity", "white_british"}});
        if (i < 5)
            f.intervention(white, QStringLiteral("youth_caution"), caution);
        const QString black = f.person(QStringLiteral("Black%1").arg(i), born, {}, {{"ethnicity", "black_african"}});
        if (i < 6)
            f.intervention(black, QStringLiteral("youth_caution"), caution);
        if (i < 2)
            f.intervention(black, QStringLiteral("detention_training_order"), QDate(2025, 9, 1));
    }
    for (int i = 0; i < 5; ++i)
        f.person(QStringLiteral("Asian%1").arg(i), born, {}, {{"ethnicity", "asian_indian"}});
    for (int i = 0; i < 3; ++i)
        f.person(QStringLiteral("Mixed%1").arg(i), born, {}, {{"ethnicity", "mixed_other"}});
    for (int i = 0; i < 2; ++i)
        f.person(QStringLiteral("Unstated%1").arg(i), born, {}, {{"ethnicity", "not_stated"}});
    QVERIFY(!f.failed());
    const KpiFacts facts = f.load();
    const KpiScope scope{kFy2025, kToday, {}, {}};
    const DisproportionalityTable table = Disproportionality::compute(facts, scope, population());

    QVERIFY(!table.populationIsExample);
    QCOMPARE(table.notStatedCaseload, 2);
    QCOMPARE(table.rows.size(), 5);
    const auto row = [&](const char* group) {
        return *std::find_if(table.rows.begin(), table.rows.end(),
                             [&](const DisproportionalityRow& r) { return r.group == QLatin1String(group); });
    };
    QCOMPARE(table.rows[0].group, QStringLiteral("asian")); // EthnicGroups::keys() order
    QVERIFY(near(row("black").populationShare, 12.5));
    QVERIFY(near(row("white").populationShare, 50.0));

    QCOMPARE(row("white").caseload.count, 10);
    QCOMPARE(row("mixed").caseload.count, 3);
    QCOMPARE(table.caseloadTotal.count, 28);
    QVERIFY(table.caseloadTotal.withheld);
    for (const auto& r : table.rows)
        QVERIFY2(!r.caseload.share, qPrintable(r.group)); // the withheld total takes the shares with it
    QVERIFY(near(row("black").caseload.relativeRate, 4.0));
    // Finding 2: Mixed 3 and not stated 2 are suppressed; the caseload (28 + 2) is known from the
    // YJB denominators, so the smallest shown cell, Asian 5, is withheld too: no count, no rate.
    QVERIFY(row("asian").caseload.withheld);
    QCOMPARE(row("asian").caseload.shown(), QStringLiteral("–"));
    QVERIFY(!row("asian").caseload.relativeRate);
    QVERIFY(!row("white").caseload.withheld);
    QVERIFY(!table.notStatedCaseloadWithheld);
    QVERIFY(!row("white").firstTimeEntrants.withheld); // nothing suppressed in that column
    QVERIFY(!row("black").custody.withheld);            // suppressed itself, not withheld
    QVERIFY(near(row("white").caseload.relativeRate, 1.0));
    QVERIFY(near(row("other").caseload.relativeRate, 0.0));
    QVERIFY(!row("mixed").caseload.relativeRate);

    QCOMPARE(row("white").firstTimeEntrants.count, 5);
    QCOMPARE(row("black").firstTimeEntrants.count, 6);
    QVERIFY(!table.firstTimeEntrantsTotal.withheld);
    QCOMPARE(table.firstTimeEntrantsTotal.count, 11);
    QVERIFY(near(row("white").firstTimeEntrants.share, 500.0 / 11));
    QVERIFY(near(row("black").firstTimeEntrants.share, 600.0 / 11));
    QVERIFY(near(row("asian").firstTimeEntrants.share, 0.0));
    QVERIFY(near(row("black").firstTimeEntrants.relativeRate, 4.8));
    QVERIFY(near(row("asian").firstTimeEntrants.relativeRate, 0.0));

    QCOMPARE(row("black").custody.count, 2);
    QVERIFY(table.custodyTotal.withheld);
    QVERIFY(!row("black").custody.share);
    QVERIFY(!row("black").custody.relativeRate);
    QVERIFY(!row("white").custody.relativeRate); // White 0: no rate to compare with

    for (const auto& r : table.rows) {
        QCOMPARE(r.caseload.rows.size(), r.caseload.count);
        QCOMPARE(r.firstTimeEntrants.rows.size(), r.firstTimeEntrants.count);
        QCOMPARE(r.custody.rows.size(), r.custody.count);
    }

    // The export says the same, suppressed.
    const QJsonObject json = KpiReport(facts, scope, population()).toJson().value(QLatin1String("disproportionality")).toObject();
    QCOMPARE(json.value(QLatin1String("population_is_example")).toBool(), false);
    const QJsonArray groups = json.value(QLatin1String("groups")).toArray();
    const QJsonObject mixed = groups[2].toObject();
    QCOMPARE(mixed.value(QLatin1String("group")).toString(), QStringLiteral("mixed"));
    QCOMPARE(mixed.value(QLatin1String("caseload")).toObject().value(QLatin1String("shown")).toString(),
             QStringLiteral("<5"));
    QVERIFY(mixed.value(QLatin1String("caseload")).toObject().value(QLatin1String("relative_rate")).isNull());
    const QJsonObject totals = json.value(QLatin1String("totals")).toObject();
    QCOMPARE(totals.value(QLatin1String("caseload")).toObject().value(QLatin1String("shown")).toString(),
             QStringLiteral("–"));
    QCOMPARE(totals.value(QLatin1String("first_time_entrants")).toObject().value(QLatin1String("shown")).toString(),
             QStringLiteral("11"));
    QCOMPARE(json.value(QLatin1String("not_stated_caseload")).toString(), QStringLiteral("<5"));
    QCOMPARE(groups[0].toObject().value(QLatin1String("caseload")).toObject().value(QLatin1String("shown")).toString(),
             QStringLiteral("–")); // Asian, withheld as the complementary cell
}

// Finding 5: 01/04/2025 – 31/12/2025 beside 2025/26 would give Jan–Mar 2026 by subtraction.
void TestKpiReport::customPeriodHasNoYears()
{
    const PopulationTable people = population(); // KpiReport keeps a reference
    const KpiReport report(m_facts, {{QDate(2025, 4, 1), QDate(2025, 12, 31)}, kToday, {}, {}}, people);
    const QJsonObject json = report.toJson();
    QVERIFY(json.value(QLatin1String("years")).toArray().isEmpty());
    QCOMPARE(json.value(QLatin1String("years_omitted")).toString(), QString::fromLatin1(KpiReport::kYearsOmitted));
    const QString csv = QString::fromUtf8(report.toCsv());
    QVERIFY(!csv.contains(QStringLiteral("youth_safety_by_year,first_time_entrants")));
    QVERIFY(csv.contains(QStringLiteral("youth_safety_by_year,,,left out")));
    // A financial year keeps its five.
    QCOMPARE(KpiReport(m_facts, {kFy2025, kToday, {}, {}}, people).toJson().value(QLatin1String("years")).toArray().size(), 5);
}

// The CLI prints KpiReport::toJson for the same scope, exactly, and writes one export audit event
// naming the young people in scope: all 12, or North's 8 (Ada 4, Ben 4).
void TestKpiReport::cliJsonEqualsTheReport()
{
    const QStringList scopeArgs{"kpi", "--from", "2025-04-01", "--to", "2026-03-31", "--today", "2026-11-26"};
    const cs::CtlResult result = cs::runCtl(m_workspace.on(m_workspace.store()) + QStringList{"--json"} + scopeArgs);
    QVERIFY2(result.code == 0, result.said());
    const auto population = PopulationTableReader::loadDefault();
    QVERIFY(std::holds_alternative<PopulationTable>(population));
    const QJsonObject expected =
        KpiReport(m_facts, {kFy2025, kToday, {}, {}}, std::get<PopulationTable>(population)).toJson();
    QCOMPARE(result.json(), expected);
    QVERIFY(result.json().value(QLatin1String("disproportionality")).toObject()
                .value(QLatin1String("population_is_example")).toBool());

    const cs::CtlResult north = cs::runCtl(m_workspace.on(m_workspace.store())
                                           + QStringList{"--json", "--team", "North"} + scopeArgs);
    QVERIFY2(north.code == 0, north.said());
    QCOMPARE(north.json(),
             KpiReport(m_facts, {kFy2025, kToday, QStringLiteral("North"), {}}, std::get<PopulationTable>(population))
                 .toJson());

    auto db = cs::openStore(m_workspace.store());
    QVERIFY(db);
    QCOMPARE(cs::auditEvents(*db, QStringLiteral("export")), 2);
    QCOMPARE(cs::lastAuditCount(*db, QStringLiteral("export")), 8);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'export' "
                                       "AND entity = 'kpi_report' AND record_count = 12")),
             1);
}

void TestKpiReport::cliTableAndFilters()
{
    const cs::CtlResult result = cs::runCtl(
        m_workspace.on(m_workspace.store())
        + QStringList{"kpi", "--from", "2024-04-01", "--to", "2025-03-31", "--today", "2026-11-26", "--worker",
                      m_scenario.cy});
    QVERIFY2(result.code == 0, result.said());
    QVERIFY2(result.out.contains(QStringLiteral("First-time entrants")), result.said());
    QVERIFY(result.out.contains(QStringLiteral("EXAMPLE population")));
    QVERIFY(result.out.contains(QStringLiteral("Cy Fixture")));
    QVERIFY(!result.out.contains(QStringLiteral("Ada Fixture"))); // another worker's caseload
    QVERIFY(!result.out.contains(QStringLiteral("Alpha")));       // never a young person's name
}

void TestKpiReport::cliRefusesBadInputNamingTheOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    const QString to = QStringLiteral("2026-03-31");
    QTest::newRow("bad from") << QStringList{"--from", "2025-13-01", "--to", to} << "--from";
    QTest::newRow("short from") << QStringList{"--from", "2025-4-1", "--to", to} << "--from";
    QTest::newRow("bad to") << QStringList{"--from", "2025-04-01", "--to", "31/03/2026"} << "--to";
    QTest::newRow("bad today") << QStringList{"--from", "2025-04-01", "--to", to, "--today", "tomorrow"} << "--today";
    QTest::newRow("from after to") << QStringList{"--from", "2026-04-01", "--to", to} << "is after --to";
    QTest::newRow("no from") << QStringList{"--to", to} << "--from";
    QTest::newRow("no to") << QStringList{"--from", "2025-04-01"} << "--to";
    QTest::newRow("unknown worker") << QStringList{"--from", "2025-04-01", "--to", to, "--worker", "nobody"}
                                    << "--worker";
    QTest::newRow("unknown team") << QStringList{"--from", "2025-04-01", "--to", to, "--team", "Nowhere"} << "--team";
}

void TestKpiReport::cliRefusesBadInputNamingTheOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    qint64 before = 0;
    {
        auto db = cs::openStore(m_workspace.store());
        QVERIFY(db);
        before = cs::auditEvents(*db, QStringLiteral("export"));
    }
    const cs::CtlResult result =
        cs::runCtl(m_workspace.on(m_workspace.store()) + QStringList{"--json", "kpi"} + arguments);
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(named), result.said());
    auto db = cs::openStore(m_workspace.store());
    QVERIFY(db);
    QCOMPARE(cs::auditEvents(*db, QStringLiteral("export")), before); // nothing exported, nothing audited
}

QTEST_GUILESS_MAIN(TestKpiReport)
#include "tst_kpi_report.moc"
