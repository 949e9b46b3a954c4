// The measures against answers worked out on paper from the caseload in KpiScenario.h (read its
// table first: each working below names the young people and dates from it).

#include "KpiScenario.h"
#include "TestStore.h"

#include "kpi/Disproportionality.h"
#include "kpi/FinancialYear.h"
#include "kpi/KpiFacts.h"
#include "kpi/MeasureCalculator.h"
#include "kpi/PopulationTable.h"
#include "kpi/Suppression.h"
#include "kpi/TeamCaseload.h"

#include <QHash>
#include <QSet>
#include <QHash>
#include <QTest>

#include <algorithm>

using namespace trellis;
using namespace trellis::kpi;
using namespace trellis::test;
using namespace trellis::test::kpifixture;

namespace {

const Period kFy2024 = FinancialYear::period(2024); // 01/04/2024 – 31/03/2025
const Period kFy2025 = FinancialYear::period(2025); // 01/04/2025 – 31/03/2026

} // namespace

class TestKpiMeasures : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void financialYears();
    void suppression();
    void factsAreLoaded();
    void overdueMeasures();
    void firstTimeEntrantsAcrossTheYearBoundaryAndAges();
    void reoffendingCohortsAndWindows();
    void custodyMissingExclusions();
    void nrmWithPlan();
    void semhWithinFourWeeks();
    void semhFutureAppointmentIsNotYetSeen();
    void planActivationDayIsLondonsDay();
    void neetSnapshot();
    void knifeCrimeVictims();
    void yjbIndicators();
    void yjbMentalHealthAndSubstanceStages();
    void teamAndWorkerFilters();
    void teamCaseload();
    void everyDrillDownMatchesItsCounts();
    void countsAloneAgreeWithListedFigures();

private:
    KpiScope scope(const Period& period, const QString& team = {}, const QString& worker = {}) const
    {
        return {period, kToday, team, worker};
    }
    MeasureValue value(const QString& key, const Period& period, const QString& team = {},
                       const QString& worker = {}) const
    {
        return m_calculator->compute(key, scope(period, team, worker));
    }
    // The given names behind some rows, sorted, so a failure says who was (not) counted.
    QStringList names(const QList<DrillRow>& rows) const
    {
        QStringList found;
        for (const auto& row : rows)
            found << m_scenario.nameOf(row.youngPersonId);
        std::sort(found.begin(), found.end());
        return found;
    }

    TestStore m_store;
    std::unique_ptr<Database> m_db;
    Scenario m_scenario;
    KpiFacts m_facts;
    std::unique_ptr<MeasureCalculator> m_calculator;
};

void TestKpiMeasures::initTestCase()
{
    m_db = m_store.create();
    QVERIFY(m_db);
    KpiFixture fixture(*m_db);
    m_scenario = buildScenario(fixture);
    QVERIFY(!fixture.failed());
    m_facts = fixture.load();
    m_calculator = std::make_unique<MeasureCalculator>(m_facts);
}

// 1 April starts a year; 31 March ends one. "2024/25" is 01/04/2024 – 31/03/2025.
void TestKpiMeasures::financialYears()
{
    QCOMPARE(FinancialYear::startYearOf(QDate(2025, 3, 31)), 2024);
    QCOMPARE(FinancialYear::startYearOf(QDate(2025, 4, 1)), 2025);
    QCOMPARE(FinancialYear::startYearOf(QDate(2026, 1, 1)), 2025);
    QCOMPARE(FinancialYear::label(2024), QStringLiteral("2024/25"));
    QCOMPARE(FinancialYear::label(2099), QStringLiteral("2099/00"));
    QCOMPARE(FinancialYear::period(2025).from, QDate(2025, 4, 1));
    QCOMPARE(FinancialYear::period(2025).to, QDate(2026, 3, 31));
    QCOMPARE(FinancialYear::lastYears(kToday, 5), (QList<int>{2022, 2023, 2024, 2025, 2026}));
    QCOMPARE(FinancialYear::lastYears(QDate(2026, 3, 31), 2), (QList<int>{2024, 2025}));
    QCOMPARE(kFy2025.label(), QStringLiteral("2025/26"));
    QCOMPARE((Period{QDate(2025, 4, 1), QDate(2025, 12, 31)}.label()), QStringLiteral("01/04/2025 – 31/12/2025"));
    QVERIFY(kFy2024.contains(QDate(2025, 3, 31)));
    QVERIFY(!kFy2024.contains(QDate(2025, 4, 1)));
    QVERIFY(kFy2025.contains(QDate(2025, 4, 1)));
    QVERIFY(!kFy2025.contains(QDate()));
}

// 1–4 hide; 0 and 5 show. No percentage from a hidden count or denominator; one decimal below 10%.
void TestKpiMeasures::suppression()
{
    QCOMPARE(Suppression::shown(0), QStringLiteral("0"));
    QCOMPARE(Suppression::shown(1), QStringLiteral("<5"));
    QCOMPARE(Suppression::shown(4), QStringLiteral("<5"));
    QCOMPARE(Suppression::shown(5), QStringLiteral("5"));
    QCOMPARE(Suppression::shown(123), QStringLiteral("123"));
    QCOMPARE(Suppression::percentShown(4, 10), QStringLiteral("–"));  // numerator hidden
    QCOMPARE(Suppression::percentShown(0, 4), QStringLiteral("–"));   // denominator hidden
    QCOMPARE(Suppression::percentShown(5, 0), QStringLiteral("–"));
    QCOMPARE(Suppression::percentShown(0, 10), QStringLiteral("0%"));
    QCOMPARE(Suppression::percentShown(5, 10), QStringLiteral("50%"));
    QCOMPARE(Suppression::percentShown(6, 11), QStringLiteral("55%")); // 54.5 rounds up
    QCOMPARE(Suppression::percentShown(5, 60), QStringLiteral("8.3%")); // 8.33…
    QCOMPARE(Suppression::percent(5, 5), std::optional<double>(100.0));
    QVERIFY(!Suppression::percent(4, 5));
    MeasureValue v;
    v.count = 3;
    v.denominator = 4;
    QCOMPARE(v.percent(), std::optional<double>(75.0)); // MeasureValue does not suppress
    v.denominator = 0;
    QVERIFY(!v.percent());
}

// 3 workers, 12 young people, 13 interventions; episodes: 9 missing + 4 NRM + 4 SEMH + 3
// exclusions + 3 knife crime = 23. The draft plan does not count as a plan.
void TestKpiMeasures::factsAreLoaded()
{
    QCOMPARE(m_facts.workers.size(), 3);
    QCOMPARE(m_facts.people.size(), 12);
    QCOMPARE(m_facts.interventions.size(), 13);
    QCOMPARE(m_facts.episodes.size(), 23);
    const auto person = [&](const char* name) -> const PersonFact& {
        const QString id = m_scenario.id.value(QString::fromLatin1(name));
        return *std::find_if(m_facts.people.begin(), m_facts.people.end(),
                             [&](const PersonFact& p) { return p.id == id; });
    };
    QCOMPARE(person("Alpha").name, QStringLiteral("Alpha Fixture"));
    QCOMPARE(person("Alpha").dateOfBirth, QDate(2010, 6, 1));
    QCOMPARE(person("Alpha").riskRank, 2); // harm high beats safety low
    QCOMPARE(m_facts.workers[person("Alpha").worker].name, QStringLiteral("Ada Fixture"));
    QCOMPARE(person("Lima").worker, -1);
    QVERIFY(!person("India").open);
    QVERIFY(person("Bravo").hasActivePlan);
    QCOMPARE(person("Bravo").activePlanReview, QDate(2026, 11, 20));
    QCOMPARE(person("Golf").firstPlanActivated, QDate(2025, 2, 1)); // the superseded version's
    QVERIFY(!person("Delta").hasActivePlan);                        // a draft only
    // The codes the loader makes of the words, which the measures compare instead of strings.
    QCOMPARE(person("Alpha").mentalHealthStage, Stage::Attending);
    QCOMPARE(person("Bravo").mentalHealthStage, Stage::Offered);
    QCOMPARE(person("Delta").mentalHealthStage, Stage::NoNeed);
    QCOMPARE(person("Echo").mentalHealthStage, Stage::NotScreened);
    QCOMPARE(person("Foxtrot").substanceStage, Stage::NeedIdentified);
    QVERIFY(person("Bravo").neet && !person("Alpha").neet);
    QVERIFY(person("Charlie").send && !person("Delta").send);
    QVERIFY(person("Alpha").learningPlanYes && !person("Charlie").learningPlanYes);
    QVERIFY(person("Alpha").accommodationYes && !person("Golf").accommodationYes);
    QCOMPARE(person("Alpha").ethnicGroup, EthnicGroups::keys().indexOf(QStringLiteral("white")));
    QCOMPARE(person("Bravo").ethnicGroup, EthnicGroups::keys().indexOf(QStringLiteral("black")));
    QCOMPARE(person("India").ethnicGroup, -1); // not stated
    QCOMPARE(person("Golf").riskRank, 3);
    int custodial = 0;
    for (const InterventionFact& fact : m_facts.interventions) {
        QCOMPARE(fact.substantive, fact.type != QLatin1String("diversion_triage"));
        custodial += fact.custodial ? 1 : 0;
    }
    QCOMPARE(custodial, 1); // Foxtrot's DTO
    QMap<EpisodeKind, int> kinds;
    for (const EpisodeFact& episode : m_facts.episodes)
        ++kinds[episode.kindCode];
    QCOMPARE(kinds, (QMap<EpisodeKind, int>{{EpisodeKind::Missing, 9}, {EpisodeKind::Nrm, 4},
                                            {EpisodeKind::Exclusion, 3}, {EpisodeKind::Semh, 4},
                                            {EpisodeKind::KnifeCrime, 3}}));
    QVERIFY(!person("Delta").firstPlanActivated.isValid());
    QCOMPARE(person("Delta").nextContactDue, QDate(2026, 10, 1));
}

// Today 26/11/2026, open cases only.
// contacts: Alpha (due 25/11) and Delta (01/10); not Bravo (due today), not India (closed).   = 2
// plan reviews: Bravo's active plan (20/11); Golf's active one is 31/12, its old one does not count. = 1
// RHI: Bravo returned 02/12/2025 (due 05/12/2025), Golf returned 22/11 (due 25/11) = 2 events;
//      not Golf returned 23/11 (due today), Alpha still missing, India closed.
// SEMH: Delta referred 20/03/2026 (due 17/04/2026); Golf 10/11 is still inside its 28 days.   = 1
// NRM: Foxtrot (conclusive positive, no plan), Delta (reasonable positive 01/11/2026, draft only);
//      Bravo has an active plan; Hotel's conclusive decision was negative.                  = 2
void TestKpiMeasures::overdueMeasures()
{
    const Period any = kFy2025;
    QCOMPARE(names(value("overdue_contacts", any).rows), (QStringList{"Alpha", "Delta"}));
    QCOMPARE(names(value("overdue_plan_reviews", any).rows), QStringList{"Bravo"});
    QCOMPARE(names(value("rhi_not_held", any).rows), (QStringList{"Bravo", "Golf"}));
    QCOMPARE(value("rhi_not_held", any).count, 2);
    QCOMPARE(names(value("semh_no_first_appointment", any).rows), QStringList{"Delta"});
    QCOMPARE(names(value("nrm_positive_no_plan", any).rows), (QStringList{"Delta", "Foxtrot"}));
    // Overdue does not depend on the period.
    QCOMPARE(value("overdue_contacts", kFy2024).count, 2);
}

// 2024/25: Alpha (caution 31/03/2025, aged 14), Foxtrot (DTO 01/06/2024, 14), Golf (01/04/2024, 15),
//          Hotel (01/05/2024, 15) = 4. Not Charlie: aged 9 on 01/03/2025.
// 2025/26: Bravo (01/04/2025, 16), Delta (30/09/2025, the day before turning 18: 17) = 2.
//          Not Echo (aged 18 on 01/05/2025, his birthday); not Alpha again (first ever was 2024/25);
//          Bravo's triage in 2024 is not substantive, so 01/04/2025 is his first.
void TestKpiMeasures::firstTimeEntrantsAcrossTheYearBoundaryAndAges()
{
    QCOMPARE(names(value("first_time_entrants", kFy2024).rows),
             (QStringList{"Alpha", "Foxtrot", "Golf", "Hotel"}));
    QCOMPARE(names(value("first_time_entrants", kFy2025).rows), (QStringList{"Bravo", "Delta"}));
    // The row carries the outcome date that put it there.
    for (const auto& row : value("first_time_entrants", kFy2024).rows) {
        if (m_scenario.nameOf(row.youngPersonId) == QLatin1String("Alpha"))
            QCOMPARE(row.date, QDate(2025, 3, 31));
    }
    // A period of one day, 31/03/2025, holds Alpha alone; 01/04/2025 holds Bravo alone.
    QCOMPARE(names(value("first_time_entrants", {QDate(2025, 3, 31), QDate(2025, 3, 31)}).rows),
             QStringList{"Alpha"});
    QCOMPARE(names(value("first_time_entrants", {QDate(2025, 4, 1), QDate(2025, 4, 1)}).rows),
             QStringList{"Bravo"});
}

// 2024/25 cohort (index = first substantive outcome or DTO release in the year):
//   Alpha 31/03/2025: referral order offence 01/05/2025 (≤ 31/03/2026), outcome 10/06/2025 (≤ 30/09/2026): reoffender
//   Charlie 01/03/2025: nothing after: not (age does not matter for the cohort)
//   Foxtrot 01/06/2024 (outcome before release 01/12/2024): YRO offence 02/06/2025 is a day past 01/06/2025: not
//   Golf 01/04/2024: caution offence 01/04/2025 (= limit), outcome 01/10/2025 (= 18 months): reoffender
//   Hotel 01/05/2024: offence 01/06/2024 in time but proven 02/11/2025, a day past 01/11/2025: not
//   -> 2 of 5; not provisional (31/03/2025 + 18 months = 30/09/2026 < today).
// 2025/26 cohort: Alpha, Bravo, Delta, Echo, Foxtrot, Golf, Hotel (each has an outcome in the
//   year) -> 0 of 7, and provisional (until 30/09/2027).
void TestKpiMeasures::reoffendingCohortsAndWindows()
{
    const MeasureValue y2024 = value("reoffending_rate", kFy2024);
    QCOMPARE(names(y2024.rows), (QStringList{"Alpha", "Golf"}));
    QCOMPARE(names(y2024.otherRows), (QStringList{"Charlie", "Foxtrot", "Hotel"}));
    QCOMPARE(y2024.count, 2);
    QCOMPARE(y2024.denominator, 5);
    QCOMPARE(y2024.percent(), std::optional<double>(40.0));
    QVERIFY(!y2024.provisional);
    for (const auto& row : y2024.rows + y2024.otherRows) {
        if (m_scenario.nameOf(row.youngPersonId) == QLatin1String("Foxtrot"))
            QCOMPARE(row.date, QDate(2024, 6, 1)); // the index date
    }

    const MeasureValue y2025 = value("reoffending_rate", kFy2025);
    QCOMPARE(y2025.count, 0);
    QCOMPARE(names(y2025.otherRows),
             (QStringList{"Alpha", "Bravo", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"}));
    QVERIFY(y2025.provisional);

    // A period holding only Foxtrot's release (01/12/2024) makes that the index date: the YRO
    // offence 02/06/2025 is then within 12 months and proven 01/08/2025, within 18: a reoffender.
    const MeasureValue release = value("reoffending_rate", {QDate(2024, 12, 1), QDate(2024, 12, 31)});
    QCOMPARE(names(release.rows), QStringList{"Foxtrot"});
    QCOMPARE(release.denominator, 1);
}

// custody 2024/25: Foxtrot's DTO (01/06/2024) = 1; 2025/26: none.
// missing 2025/26: Bravo 01/05, 01/07, 01/12/2025; Golf 01/08/2025, 31/03/2026 = 5 episodes of 2
//   children. Golf's 01/04/2026 is next year. 2024/25: India's (closed cases count in periods) = 1.
// suspensions 2025/26: Alpha 01/09/2025, Bravo 01/10/2025 = 2; permanent: Delta 15/01/2026 = 1.
void TestKpiMeasures::custodyMissingExclusions()
{
    QCOMPARE(names(value("custodial_outcomes", kFy2024).rows), QStringList{"Foxtrot"});
    QCOMPARE(value("custodial_outcomes", kFy2025).count, 0);
    const MeasureValue missing = value("missing_episodes", kFy2025);
    QCOMPARE(missing.count, 5);
    QCOMPARE(names(missing.rows), (QStringList{"Bravo", "Bravo", "Bravo", "Golf", "Golf"}));
    const MeasureValue children = value("children_missing", kFy2025);
    QCOMPARE(names(children.rows), (QStringList{"Bravo", "Golf"}));
    for (const auto& row : children.rows) // the first episode of the year
        QCOMPARE(row.date, m_scenario.nameOf(row.youngPersonId) == "Bravo" ? QDate(2025, 5, 1) : QDate(2025, 8, 1));
    QCOMPARE(names(value("missing_episodes", kFy2024).rows), QStringList{"India"});
    QCOMPARE(names(value("suspensions", kFy2025).rows), (QStringList{"Alpha", "Bravo"}));
    QCOMPARE(names(value("permanent_exclusions", kFy2025).rows), QStringList{"Delta"});
    QCOMPARE(value("suspensions", kFy2024).count, 0);
}

// 2025/26: Bravo (reasonable positive 01/05/2025, conclusive pending; plan activated 01/06/2025,
//   before 31/03/2026): counted. Foxtrot (conclusive positive 01/09/2025; no plan): not.
//   Hotel: conclusive negative. -> 1 of 2.
// 2024/25: Foxtrot's reasonable positive 01/02/2025 was overtaken by the conclusive decision,
//   whose date (01/09/2025) is the one that counts -> 0 of 0.
// A period ending 31/05/2025 (before Bravo's plan): Bravo is in the denominator only.
void TestKpiMeasures::nrmWithPlan()
{
    const MeasureValue y2025 = value("nrm_positive_with_plan", kFy2025);
    QCOMPARE(names(y2025.rows), QStringList{"Bravo"});
    QCOMPARE(names(y2025.otherRows), QStringList{"Foxtrot"});
    QCOMPARE(value("nrm_positive_with_plan", kFy2024).denominator, 0);
    const MeasureValue early = value("nrm_positive_with_plan", {QDate(2025, 4, 1), QDate(2025, 5, 31)});
    QCOMPARE(early.count, 0);
    QCOMPARE(names(early.otherRows), QStringList{"Bravo"});
}

// 2025/26 referrals: Alpha 01/05 seen 29/05 (day 28: met); Bravo 01/06 seen 15/07 (day 44: missed);
//   Delta 20/03/2026 never seen and past 17/04/2026 (missed) -> 1 of 3.
// 2026/27: Golf 10/11/2026 is still inside its 28 days: left out -> 0 of 0.
void TestKpiMeasures::semhWithinFourWeeks()
{
    const MeasureValue y2025 = value("semh_within_4_weeks", kFy2025);
    QCOMPARE(names(y2025.rows), QStringList{"Alpha"});
    QCOMPARE(names(y2025.otherRows), (QStringList{"Bravo", "Delta"}));
    QCOMPARE(value("semh_within_4_weeks", FinancialYear::period(2026)).denominator, 0);
}

// Finding 8. Today 26/11/2026. Papa: referred 20/11/2026, first appointment booked for
// 01/12/2026 (after today): not yet seen and still inside its 28 days -> left out, 0 of 0 (the
// old code counted it met, 1 of 1). Quebec: referred 01/10/2026, booked for 02/12/2026: past its
// due day 29/10 and not seen -> missed. So 0 of 1.
void TestKpiMeasures::semhFutureAppointmentIsNotYetSeen()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    KpiFixture f(*db, QDate(2026, 12, 31)); // lets a booked (future) appointment be saved
    const QString papa = f.person(QStringLiteral("Papa"), QDate(2010, 1, 1), {});
    f.episode(papa, QStringLiteral("semh"), QDate(2026, 11, 20), {{"first_appointment_date", QDate(2026, 12, 1)}});
    const QString quebec = f.person(QStringLiteral("Quebec"), QDate(2010, 1, 1), {});
    f.episode(quebec, QStringLiteral("semh"), QDate(2026, 10, 1), {{"first_appointment_date", QDate(2026, 12, 2)}});
    QVERIFY(!f.failed());
    const KpiFacts facts = f.load();
    const MeasureValue value =
        MeasureCalculator(facts).compute(QStringLiteral("semh_within_4_weeks"), scope(FinancialYear::period(2026)));
    QCOMPARE(value.count, 0);
    QCOMPARE(value.denominator, 1);
}

// Finding 9 (tests run with TZ=Europe/London). A plan activated at 23:30Z on 14/07/2026 (BST)
// was activated on 15/07 in London; one at 23:30Z on 14/01/2026 (GMT) on 14/01.
void TestKpiMeasures::planActivationDayIsLondonsDay()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    KpiFixture f(*db);
    const QString summer = f.person(QStringLiteral("Romeo"), QDate(2010, 1, 1), {});
    f.plan(summer, 1, QStringLiteral("active"), QDate(2026, 7, 14), QDate(2027, 1, 1), QTime(23, 30));
    const QString winter = f.person(QStringLiteral("Sierra"), QDate(2010, 1, 1), {});
    f.plan(winter, 1, QStringLiteral("active"), QDate(2026, 1, 14), QDate(2027, 1, 1), QTime(23, 30));
    QVERIFY(!f.failed());
    const KpiFacts facts = f.load();
    QHash<QString, QDate> activated;
    for (const PersonFact& person : facts.people)
        activated.insert(person.id, person.firstPlanActivated);
    QCOMPARE(activated.value(summer), QDate(2026, 7, 15));
    QCOMPARE(activated.value(winter), QDate(2026, 1, 14));
}

// Open, 16 or 17 today: Alpha (16), Bravo (17), Foxtrot (16), Golf (17), Hotel (17). Not Juliet
// (18 today), not Kilo (16 tomorrow). NEET: Bravo, Hotel -> 2 of 5, whatever the period.
void TestKpiMeasures::neetSnapshot()
{
    const MeasureValue neet = value("neet_16_17", kFy2024);
    QCOMPARE(names(neet.rows), (QStringList{"Bravo", "Hotel"}));
    QCOMPARE(names(neet.otherRows), (QStringList{"Alpha", "Foxtrot", "Golf"}));
    QCOMPARE(value("neet_16_17", kFy2025).denominator, 5);
}

// Knife crime episodes: Golf 01/06/2025 (born 03/03/2009: aged 16), Echo 01/02/2026 (born
// 01/05/2007: aged 18), Hotel 01/07/2024 (born 03/03/2009: aged 15). All under 25.
// 2025/26 (01/04/2025 – 31/03/2026): Golf, Echo = 2; 2024/25: Hotel = 1; 2026/27: none.
// North (Ada, Ben) in 2025/26: Golf only (Echo is Cy's, South).
void TestKpiMeasures::knifeCrimeVictims()
{
    const MeasureValue fy2025 = value("knife_crime_victims_under_25", kFy2025);
    QCOMPARE(names(fy2025.rows), (QStringList{"Echo", "Golf"}));
    QCOMPARE(fy2025.count, 2);
    QCOMPARE(fy2025.denominator, -1);
    for (const DrillRow& row : fy2025.rows) {
        const bool golf = m_scenario.nameOf(row.youngPersonId) == QLatin1String("Golf");
        QCOMPARE(row.date, golf ? QDate(2025, 6, 1) : QDate(2026, 2, 1)); // the day it happened
        QCOMPARE(row.detail, golf ? QStringLiteral("victim aged 16") : QStringLiteral("victim aged 18"));
    }
    const MeasureValue fy2024 = value("knife_crime_victims_under_25", kFy2024);
    QCOMPARE(names(fy2024.rows), QStringList{"Hotel"});
    QCOMPARE(fy2024.rows.value(0).date, QDate(2024, 7, 1));
    QCOMPARE(value("knife_crime_victims_under_25", FinancialYear::period(2026)).count, 0);
    QCOMPARE(names(value("knife_crime_victims_under_25", kFy2025, QStringLiteral("North")).rows),
             QStringList{"Golf"});
}

// 11 open cases (India is closed).
// accommodation yes: Alpha, Bravo, Charlie, Delta, Echo, Foxtrot -> 6 of 11 (unknown is not yes).
// ETE: NEET are Bravo, Hotel, Juliet -> 8 of 11.
void TestKpiMeasures::yjbIndicators()
{
    const MeasureValue accommodation = value("yjb_suitable_accommodation", kFy2025);
    QCOMPARE(names(accommodation.rows), (QStringList{"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"}));
    QCOMPARE(accommodation.denominator, 11);
    const MeasureValue ete = value("yjb_ete", kFy2025);
    QCOMPARE(names(ete.otherRows), (QStringList{"Bravo", "Hotel", "Juliet"}));
    QCOMPARE(ete.count, 8);
}

// SEND (send_status not none): Alpha (EHCP, school, plan yes: counted), Bravo (NEET), Charlie (no plan) -> 1 of 3.
// Mental health: screened Alpha (attending), Bravo (offered), Charlie (need), Delta (no need):
//   need 3 of 4; offered 2 of 3 (Alpha, Bravo); attending 1 of 2 (Alpha).
// Substance: Foxtrot need identified: need 1 of 1, offered 0 of 1, attending 0 of 0.
void TestKpiMeasures::yjbMentalHealthAndSubstanceStages()
{
    const MeasureValue send = value("yjb_send_ete_plan", kFy2025);
    QCOMPARE(names(send.rows), QStringList{"Alpha"});
    QCOMPARE(names(send.otherRows), (QStringList{"Bravo", "Charlie"}));
    const auto pair = [&](const char* key) {
        const MeasureValue v = value(QString::fromLatin1(key), kFy2025);
        return std::pair{v.count, v.denominator};
    };
    QCOMPARE(pair("yjb_mh_need_identified"), std::pair(3, 4));
    QCOMPARE(pair("yjb_mh_intervention_offered"), std::pair(2, 3));
    QCOMPARE(pair("yjb_mh_attending"), std::pair(1, 2));
    QCOMPARE(names(value("yjb_mh_attending", kFy2025).rows), QStringList{"Alpha"});
    QCOMPARE(pair("yjb_substance_need_identified"), std::pair(1, 1));
    QCOMPARE(pair("yjb_substance_intervention_offered"), std::pair(0, 1));
    QCOMPARE(pair("yjb_substance_attending"), std::pair(0, 0));
}

// North = Ada + Ben, South = Cy; Lima has no lead worker, so is in no team.
// FTE 2024/25 North: Alpha, Golf (Ada), Hotel (Ben) = 3; South: Foxtrot = 1.
// Custody 2024/25 worker Cy: Foxtrot = 1; worker Ada: 0.
// Overdue contacts North: Alpha, Delta = 2; South: 0 (India is closed).
// Accommodation North: 8 open (Ada 4, Ben 4), yes: Alpha, Charlie, Bravo, Delta -> 4 of 8.
// Reoffending 2024/25 worker Ben: Hotel only -> 0 of 1.
void TestKpiMeasures::teamAndWorkerFilters()
{
    const QString north = QStringLiteral("North");
    const QString south = QStringLiteral("South");
    QCOMPARE(names(value("first_time_entrants", kFy2024, north).rows), (QStringList{"Alpha", "Golf", "Hotel"}));
    QCOMPARE(names(value("first_time_entrants", kFy2024, south).rows), QStringList{"Foxtrot"});
    QCOMPARE(value("custodial_outcomes", kFy2024, {}, m_scenario.cy).count, 1);
    QCOMPARE(value("custodial_outcomes", kFy2024, {}, m_scenario.ada).count, 0);
    QCOMPARE(value("overdue_contacts", kFy2025, north).count, 2);
    QCOMPARE(value("overdue_contacts", kFy2025, south).count, 0);
    const MeasureValue accommodation = value("yjb_suitable_accommodation", kFy2025, north);
    QCOMPARE(accommodation.count, 4);
    QCOMPARE(accommodation.denominator, 8);
    const MeasureValue benReoffending = value("reoffending_rate", kFy2024, {}, m_scenario.ben);
    QCOMPARE(names(benReoffending.otherRows), QStringList{"Hotel"});
    QCOMPARE(benReoffending.count, 0);
    // A team and a worker together: Ben is not in South.
    QCOMPARE(value("overdue_contacts", kFy2025, south, m_scenario.ben).count, 0);
    QVERIFY(!m_calculator->inScope(int(std::find_if(m_facts.people.begin(), m_facts.people.end(),
                                                    [&](const PersonFact& p) {
                                                        return p.id == m_scenario.id["Lima"];
                                                    }) - m_facts.people.begin()),
                                   scope(kFy2025, north)));
}

// Open cases by lead worker and the higher rating: Ada: Charlie low, Juliet medium, Alpha high,
// Golf very high -> [1,1,1,1]; Ben: Bravo and Kilo low, Delta and Hotel medium -> [2,2,0,0];
// Cy: Foxtrot low, Echo high -> [1,0,1,0] (India is closed); no lead worker: Lima low -> [1,0,0,0].
void TestKpiMeasures::teamCaseload()
{
    const QList<WorkerCaseload> bars = TeamCaseload::compute(m_facts, scope(kFy2025));
    QCOMPARE(bars.size(), 4);
    QCOMPARE(bars[0].workerName, QStringLiteral("Ada Fixture"));
    QCOMPARE(bars[0].byRisk, (std::array<int, 4>{1, 1, 1, 1}));
    QCOMPARE(bars[1].workerName, QStringLiteral("Ben Fixture"));
    QCOMPARE(bars[1].byRisk, (std::array<int, 4>{2, 2, 0, 0}));
    QCOMPARE(bars[2].workerId, m_scenario.cy);
    QCOMPARE(bars[2].byRisk, (std::array<int, 4>{1, 0, 1, 0}));
    QCOMPARE(bars[3].workerName, QStringLiteral("No lead worker"));
    QVERIFY(bars[3].workerId.isEmpty());
    QCOMPARE(bars[3].total(), 1);
    QCOMPARE(names(TeamCaseload::rows(m_facts, scope(kFy2025), m_scenario.ben, 0)), (QStringList{"Bravo", "Kilo"}));
    QCOMPARE(names(TeamCaseload::rows(m_facts, scope(kFy2025), m_scenario.ada, -1)),
             (QStringList{"Alpha", "Charlie", "Golf", "Juliet"}));
    QCOMPARE(names(TeamCaseload::rows(m_facts, scope(kFy2025), QString(), -1)), QStringList{"Lima"});
    const QList<WorkerCaseload> south = TeamCaseload::compute(m_facts, scope(kFy2025, QStringLiteral("South")));
    QCOMPARE(south.size(), 1);
    QCOMPARE(south[0].total(), 2);
}

// For every measure and several scopes: `rows` has exactly `count` rows, `otherRows` exactly
// denominator − count, and a measure of people never lists anyone twice.
void TestKpiMeasures::everyDrillDownMatchesItsCounts()
{
    const QList<KpiScope> scopes{scope(kFy2024), scope(kFy2025), scope(FinancialYear::period(2026)),
                                 scope(kFy2025, QStringLiteral("North")), scope(kFy2024, {}, m_scenario.cy)};
    int nonEmpty = 0;
    for (const KpiScope& s : scopes) {
        for (const MeasureDefinition& definition : MeasureCatalogue::all()) {
            const MeasureValue v = m_calculator->compute(definition.key, s);
            QCOMPARE(v.key, definition.key);
            QCOMPARE(v.rows.size(), v.count);
            for (const auto& row : v.rows + v.otherRows) // the index a caller may use instead of the id
                QCOMPARE(m_facts.people.value(row.person).id, row.youngPersonId);
            if (definition.unit == MeasureUnit::Percent) {
                QCOMPARE(v.otherRows.size(), v.denominator - v.count);
            } else {
                QCOMPARE(v.denominator, -1);
                QVERIFY(v.otherRows.isEmpty());
            }
            if (!definition.countsEvents) {
                QSet<QString> ids;
                for (const auto& row : v.rows + v.otherRows)
                    ids.insert(row.youngPersonId);
                QCOMPARE(ids.size(), v.rows.size() + v.otherRows.size());
            }
            nonEmpty += v.count > 0 ? 1 : 0;
        }
    }
    QVERIFY(nonEmpty > 20); // the check above ran on real rows, not on empty figures
}

// computeGroupCounts gives the same count, denominator and provisional flag as computeGroup for
// every measure and scope, only without the rows (knife-crime victims always lists its few).
void TestKpiMeasures::countsAloneAgreeWithListedFigures()
{
    const QList<KpiScope> scopes{scope(kFy2024), scope(kFy2025), scope(kFy2025, QStringLiteral("North")),
                                 scope(kFy2024, {}, m_scenario.cy)};
    int listedRows = 0;
    for (const KpiScope& s : scopes) {
        for (const MeasureGroup group : {MeasureGroup::Overdue, MeasureGroup::YouthSafety, MeasureGroup::Yjb}) {
            const QList<MeasureValue> listed = m_calculator->computeGroup(group, s);
            const QList<MeasureValue> counted = m_calculator->computeGroupCounts(group, s);
            QCOMPARE(counted.size(), listed.size());
            for (qsizetype i = 0; i < listed.size(); ++i) {
                QCOMPARE(counted[i].key, listed[i].key);
                QCOMPARE(counted[i].count, listed[i].count);
                QCOMPARE(counted[i].denominator, listed[i].denominator);
                QCOMPARE(counted[i].provisional, listed[i].provisional);
                const bool alwaysListed = listed[i].key == QLatin1String("knife_crime_victims_under_25");
                if (!alwaysListed)
                    QVERIFY(counted[i].rows.isEmpty() && counted[i].otherRows.isEmpty());
                listedRows += int(listed[i].rows.size());
            }
        }
    }
    QVERIFY(listedRows > 20); // compared on figures that have rows

    // Disproportionality::computeCounts: the same table without rows.
    const auto population = PopulationTableReader::loadDefault();
    QVERIFY(std::holds_alternative<PopulationTable>(population));
    for (const KpiScope& s : scopes) {
        const auto listed = Disproportionality::compute(*m_calculator, s, std::get<PopulationTable>(population));
        const auto counted = Disproportionality::computeCounts(*m_calculator, s, std::get<PopulationTable>(population));
        QCOMPARE(counted.notStatedCaseload, listed.notStatedCaseload);
        QCOMPARE(counted.caseloadTotal.count, listed.caseloadTotal.count);
        QCOMPARE(counted.firstTimeEntrantsTotal.withheld, listed.firstTimeEntrantsTotal.withheld);
        QCOMPARE(counted.rows.size(), listed.rows.size());
        for (qsizetype r = 0; r < listed.rows.size(); ++r) {
            for (const auto figure : {&DisproportionalityRow::caseload, &DisproportionalityRow::firstTimeEntrants,
                                      &DisproportionalityRow::custody}) {
                QCOMPARE((counted.rows[r].*figure).count, (listed.rows[r].*figure).count);
                QCOMPARE((counted.rows[r].*figure).share, (listed.rows[r].*figure).share);
                QCOMPARE((counted.rows[r].*figure).relativeRate, (listed.rows[r].*figure).relativeRate);
                QCOMPARE((listed.rows[r].*figure).rows.size(), (listed.rows[r].*figure).count);
                QVERIFY((counted.rows[r].*figure).rows.isEmpty());
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestKpiMeasures)
#include "tst_kpi_measures.moc"
