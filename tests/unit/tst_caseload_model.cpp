// CaseloadModel, CaseloadFilterModel and CaseloadListQuery: the caseload window's data. Both
// models run under QAbstractItemModelTester while they are filled, filtered and sorted.
#include "TestStore.h"

#include "CaseloadFilterModel.h"
#include "CaseloadModel.h"
#include "demo/DemoSeeder.h"
#include "session/Clock.h"
#include "store/CaseloadListQuery.h"
#include "store/CaseloadQueries.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QIcon>
#include <QSet>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

const QDate kToday(2026, 11, 26);

QDateTime start()
{
    return QDateTime(kToday, QTime(9, 0), Qt::UTC);
}

QString idFor(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

// Fictional young people, each built to exercise one thing.
CaseloadListItem person(int n, const QString& given, const QString& family, const QString& preferred = {})
{
    CaseloadListItem item;
    CaseloadRow& r = item.row;
    r.id = idFor(n);
    r.reference = QStringLiteral("YP-%1").arg(n, 6, 10, QLatin1Char('0'));
    r.givenName = given;
    r.familyName = family;
    r.preferredName = preferred;
    r.dateOfBirth = QDate(2010, 1, 1);
    r.status = QStringLiteral("open");
    r.safetyWellbeing = QStringLiteral("low");
    r.riskSeriousHarm = QStringLiteral("low");
    r.reoffendingLikelihood = QStringLiteral("low");
    r.nextContactDue = kToday.addDays(4);
    return item;
}

QList<CaseloadListItem> fixture()
{
    QList<CaseloadListItem> items;
    auto jordan = person(1, QStringLiteral("Jordan"), QStringLiteral("Smith-Jones"), QStringLiteral("JJ"));
    jordan.row.dateOfBirth = QDate(2010, 11, 26); // 16 today
    jordan.row.flagCce = true;
    jordan.row.flagCountyLines = true;
    jordan.row.riskSeriousHarm = QStringLiteral("high");
    jordan.row.currentIntervention = QStringLiteral("referral_order");
    jordan.row.nextContactDue = QDate(2026, 11, 12);       // overdue
    jordan.row.safetyPlanReviewDate = QDate(2026, 11, 20); // overdue
    jordan.returnInterviewOverdue = true;
    jordan.dirty = true;
    items << jordan;

    auto amira = person(2, QStringLiteral("Amira"), QStringLiteral("O'Connell"));
    amira.row.dateOfBirth = QDate(2010, 11, 27); // 15 until tomorrow
    amira.row.safetyWellbeing = QStringLiteral("very_high");
    amira.row.nextContactDue = QDate(2026, 11, 30);
    amira.row.safetyPlanReviewDate = QDate(2026, 12, 14);
    amira.row.flagMissingRisk = true;
    amira.semhOverdue = true;
    items << amira;

    auto kai = person(3, QStringLiteral("Kai"), QStringLiteral("Quinn"));
    kai.row.dateOfBirth = QDate(2009, 3, 2);
    kai.row.status = QStringLiteral("closed");
    kai.row.nextContactDue = QDate(2026, 1, 5); // long past, but the case is closed
    kai.row.reoffendingLikelihood = QStringLiteral("medium");
    items << kai;

    auto sam = person(4, QStringLiteral("Samira"), QStringLiteral("Marsh"), QStringLiteral("Sam"));
    sam.row.dateOfBirth = QDate(2011, 6, 15);
    sam.row.nextContactDue = QDate();
    sam.row.riskSeriousHarm = QStringLiteral("medium");
    sam.row.currentIntervention = QStringLiteral("prevention");
    sam.row.flagDomesticAbuse = true;
    items << sam;

    auto quentin = person(5, QStringLiteral("Quentin"), QStringLiteral("Brook"));
    quentin.row.dateOfBirth = QDate(2008, 12, 1);
    quentin.row.nextContactDue = kToday; // due today is not overdue
    items << quentin;
    return items;
}

QStringList idsShown(const QAbstractItemModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(CaseloadModel::IdRole).toString();
    return ids;
}

QString cell(const QAbstractItemModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

// A young person row straight into the store, with every value bound.
void insertPerson(Database& db, int n, const QString& given, const QString& family, bool dirty, bool deleted = false)
{
    auto& stmt = db.cached("INSERT INTO young_person (id, reference, given_name, family_name, date_of_birth, gender, "
                           "ethnicity, created_at, created_by, updated_at, updated_by, dirty, deleted, "
                           "risk_serious_harm, flag_cse, next_contact_due) "
                           "VALUES (?1, ?2, ?3, ?4, '2010-05-05', 'not_stated', 'not_stated', ?5, 'test', ?5, "
                           "'test', ?6, ?7, 'high', 1, '2026-11-20')");
    stmt.bind(1, idFor(n))
        .bind(2, QStringLiteral("YP-%1").arg(n, 6, 10, QLatin1Char('0')))
        .bind(3, given)
        .bind(4, family)
        .bind(5, start())
        .bind(6, dirty)
        .bind(7, deleted);
    QVERIFY(stmt.exec());
}

void insertEpisode(Database& db, int n, int personN, const char* kind, const QString& startDate, const QString& endDate,
                   const QString& interviewOrAppointment)
{
    auto& stmt = db.cached("INSERT INTO episode (id, young_person_id, kind, start_date, end_date, "
                           "return_interview_date, first_appointment_date, created_at, created_by, updated_at, "
                           "updated_by) VALUES (?1, ?2, ?3, ?4, ?5, "
                           "CASE WHEN ?3 = 'missing' THEN ?6 END, CASE WHEN ?3 = 'semh' THEN ?6 END, "
                           "?7, 'test', ?7, 'test')");
    stmt.bind(1, idFor(1000 + n)).bind(2, idFor(personN)).bind(3, QString::fromLatin1(kind)).bind(4, startDate);
    if (endDate.isEmpty())
        stmt.bindNull(5);
    else
        stmt.bind(5, endDate);
    if (interviewOrAppointment.isEmpty())
        stmt.bindNull(6);
    else
        stmt.bind(6, interviewOrAppointment);
    stmt.bind(7, start());
    QVERIFY(stmt.exec());
}

} // namespace

class TestCaseloadModel : public QObject {
    Q_OBJECT
private slots:
    void modelsPassTheTesterWhileFilteredAndSorted();
    void namesReferencesAndAges();
    void labelsForInterventionAndRisk();
    void flagsAsTextTooltipAndIcon();
    void overdueDatesSayOverdueWithIconAndColour();
    void closedCasesAndDueTodayAreNotOverdue();
    void clocksAndSyncColumns();
    void syncStatesFromTheStoreWin();
    void sortRoleGivesSortableValues();
    void searchMatchesWordStartsAndReferences_data();
    void searchMatchesWordStartsAndReferences();
    void filtersForRiskFlagsOverdueAndStatus();
    void sortByEveryColumn();
    void listQueryReadsLivePeopleWithClocksAndSyncState();
    void listQueryAgreesWithCaseloadQueries();
};

void TestCaseloadModel::modelsPassTheTesterWhileFilteredAndSorted()
{
    ManualClock clock(start());
    CaseloadModel model(clock);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CaseloadFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setItems(fixture());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(CaseloadModel::ColumnCount));
    filter.sort(CaseloadModel::NextContactColumn);
    filter.setSearchText(QStringLiteral("q"));
    QCOMPARE(filter.rowCount(), 2); // Kai Quinn, Quentin Brook
    filter.setSearchText(QStringLiteral("qu"));
    filter.setStatus(CaseloadFilterModel::Status::Open);
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearchText(QString());
    filter.setMinimumRisk(2);
    filter.setFlagMask(CaseloadModel::FlagCce);
    filter.setOverdueOnly(true);
    QCOMPARE(idsShown(filter), QStringList{idFor(1)});
    filter.setMinimumRisk(-1);
    filter.setFlagMask(0);
    filter.setOverdueOnly(false);
    filter.setStatus(CaseloadFilterModel::Status::All);
    for (int column = 0; column < CaseloadModel::ColumnCount; ++column) {
        filter.sort(column, Qt::AscendingOrder);
        filter.sort(column, Qt::DescendingOrder);
    }
    model.setRows({fixture().first().row});
    QCOMPARE(filter.rowCount(), 1);
    model.setItems({});
    QCOMPARE(filter.rowCount(), 0);
}

void TestCaseloadModel::namesReferencesAndAges()
{
    ManualClock clock(start());
    CaseloadModel model(clock);
    model.setItems(fixture());
    QCOMPARE(cell(model, 0, CaseloadModel::NameColumn), QStringLiteral("Jordan \u2018JJ\u2019 Smith-Jones"));
    QCOMPARE(cell(model, 1, CaseloadModel::NameColumn), QStringLiteral("Amira O'Connell"));
    QCOMPARE(cell(model, 0, CaseloadModel::NameColumn, Qt::AccessibleTextRole),
             QStringLiteral("Jordan Smith-Jones, known as JJ"));
    QCOMPARE(cell(model, 0, CaseloadModel::ReferenceColumn), QStringLiteral("YP-000001"));
    QCOMPARE(model.index(0, 0).data(CaseloadModel::IdRole).toString(), idFor(1));
    // Ages come from the clock's today: 16 on the birthday, 15 the day before one.
    QCOMPARE(model.index(0, CaseloadModel::AgeColumn).data().toInt(), 16);
    QCOMPARE(model.index(1, CaseloadModel::AgeColumn).data().toInt(), 15);
    QCOMPARE(model.index(2, CaseloadModel::AgeColumn).data().toInt(), 17);
    clock.advance(24 * 60 * 60);
    model.setItems(fixture()); // a reload reads today again
    QCOMPARE(model.index(1, CaseloadModel::AgeColumn).data().toInt(), 16);
}

void TestCaseloadModel::labelsForInterventionAndRisk()
{
    ManualClock clock(start());
    CaseloadModel model(clock);
    model.setItems(fixture());
    QCOMPARE(cell(model, 0, CaseloadModel::InterventionColumn), QStringLiteral("Referral order"));
    QCOMPARE(cell(model, 1, CaseloadModel::InterventionColumn), QStringLiteral("None"));
    QCOMPARE(cell(model, 0, CaseloadModel::RiskSeriousHarmColumn), QStringLiteral("High"));
    QCOMPARE(cell(model, 1, CaseloadModel::SafetyWellbeingColumn), QStringLiteral("Very high"));
    QCOMPARE(cell(model, 2, CaseloadModel::ReoffendingColumn), QStringLiteral("Medium"));
    QCOMPARE(model.headerData(CaseloadModel::RiskSeriousHarmColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Risk of serious harm"));
}

void TestCaseloadModel::flagsAsTextTooltipAndIcon()
{
    ManualClock clock(start());
    CaseloadModel model(clock);
    model.setItems(fixture());
    const QModelIndex flags = model.index(0, CaseloadModel::FlagsColumn);
    QCOMPARE(flags.data().toString(), QStringLiteral("CCE, County lines"));
    QCOMPARE(flags.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Vulnerability flags: Child criminal exploitation, County lines"));
    const QIcon icon = flags.data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    // Drawn once: the same icon comes back for every row with as many flags.
    QCOMPARE(model.index(0, CaseloadModel::FlagsColumn).data(Qt::DecorationRole).value<QIcon>().cacheKey(),
             icon.cacheKey());
    QCOMPARE(cell(model, 3, CaseloadModel::FlagsColumn), QStringLiteral("DA"));
    QCOMPARE(cell(model, 3, CaseloadModel::FlagsColumn, Qt::ToolTipRole),
             QStringLiteral("Vulnerability flags: Domestic abuse at home"));
    QVERIFY(model.index(2, CaseloadModel::FlagsColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(CaseloadModel::flagsShortText(CaseloadModel::FlagCse | CaseloadModel::FlagKnifeCrimeVictim),
             QStringLiteral("CSE, Knife crime"));
}

void TestCaseloadModel::overdueDatesSayOverdueWithIconAndColour()
{
    ManualClock clock(start());
    CaseloadModel model(clock);
    model.setItems(fixture());
    const QModelIndex contact = model.index(0, CaseloadModel::NextContactColumn);
    QCOMPARE(contact.data().toString(), QStringLiteral("12 Nov 2026 \u2014 overdue"));
    QVERIFY(!contact.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(contact.data(Qt::ForegroundRole).value<QBrush>().color().red() > 0x80, true);
    QVERIFY(contact.data(CaseloadModel::OverdueRole).toBool());
    QCOMPARE(contact.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Next contact due: 12 Nov 2026, overdue"));
    const QModelIndex review = model.index(0, CaseloadModel::PlanReviewColumn);
    QCOMPARE(review.data().toString(), QStringLiteral("20 Nov 2026 \u2014 overdue"));
    QVERIFY(!review.data(Qt::DecorationRole).value<QIcon>().isNull());

    const QModelIndex onTime = model.index(1, CaseloadModel::NextContactColumn);
    QCOMPARE(onTime.data().toString(), QStringLiteral("30 Nov 2026"));
    QVERIFY(onTime.data(Qt::DecorationRole).isNull());
    QVERIFY(onTime.data(Qt::ForegroundRole).isNull());
    QCOMPARE(cell(model, 1, CaseloadModel::PlanReviewColumn), QStringLiteral("14 Dec 2026"));
    QCOMPARE(cell(model, 3, CaseloadModel::NextContactColumn), QStringLiteral("Not set"));
    QCOMPARE(cell(model, 3, CaseloadModel::PlanReviewColumn), QStringLiteral("\u2014"));
    QCOMPARE(cell(model, 3, CaseloadModel::PlanReviewColumn, Qt::AccessibleTextRole),
             QStringLiteral("Safety plan review due: none"));
}

void TestCaseloadModel::closedCasesAndDueTodayAreNotOverdue()
{
    ManualClock clock(start());
    CaseloadModel model(clock);
    model.setItems(fixture());
    QCOMPARE(cell(model, 2, CaseloadModel::NextContactColumn), QStringLiteral("5 Jan 2026"));
    QVERIFY(!model.entry(2).anyOverdue());
    QCOMPARE(cell(model, 4, CaseloadModel::NextContactColumn), QStringLiteral("26 Nov 2026"));
    QVERIFY(!model.entry(4).contactOverdue);
    clock.advance(24 * 60 * 60);
    model.setItems(fixture());
    QCOMPARE(cell(model, 4, CaseloadModel::NextContactColumn), QStringLiteral("26 Nov 2026 \u2014 overdue"));
}

void TestCaseloadModel::clocksAndSyncColumns()
{
    ManualClock clock(start());
    CaseloadModel model(clock);
    model.setItems(fixture());
    QCOMPARE(cell(model, 0, CaseloadModel::ClocksColumn), QStringLiteral("RHI overdue"));
    QCOMPARE(cell(model, 0, CaseloadModel::ClocksColumn, Qt::ToolTipRole),
             QStringLiteral("Return home interview overdue"));
    QVERIFY(!model.index(0, CaseloadModel::ClocksColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(cell(model, 1, CaseloadModel::ClocksColumn), QStringLiteral("SEMH overdue"));
    QCOMPARE(cell(model, 2, CaseloadModel::ClocksColumn), QString());
    // Without sync states from the store, unsynced changes (the dirty flag) read as waiting.
    QCOMPARE(cell(model, 0, CaseloadModel::SyncColumn), QStringLiteral("Waiting to sync"));
    QCOMPARE(model.index(0, CaseloadModel::SyncColumn).data(CaseloadModel::SyncStateRole).toInt(),
             int(CaseloadModel::Waiting));
    QCOMPARE(cell(model, 1, CaseloadModel::SyncColumn), QStringLiteral("Synced"));
    QCOMPARE(model.index(1, CaseloadModel::NameColumn).data(CaseloadModel::SyncStateRole).toInt(),
             int(CaseloadModel::Synced));
}

void TestCaseloadModel::syncStatesFromTheStoreWin()
{
    ManualClock clock(start());
    CaseloadModel model(clock);
    // From SyncStatusQueries: the states say; the dirty flag of row 1 (Jordan) no longer counts.
    const CaseloadModel::SyncStates states{{idFor(2), CaseloadModel::Conflict},
                                           {idFor(3), CaseloadModel::Rejected},
                                           {idFor(4), CaseloadModel::Waiting}};
    // Prepared as the background reader prepares a large store's rows.
    model.setPrepared(CaseloadModel::prepare(fixture(), kToday, -1, Qt::AscendingOrder, &states));
    const auto words = [&](int n) {
        return model.index(model.rowOfId(idFor(n)), CaseloadModel::SyncColumn).data().toString();
    };
    QCOMPARE(words(1), QStringLiteral("Synced"));
    QCOMPARE(words(2), QStringLiteral("In conflict"));
    QCOMPARE(words(3), QStringLiteral("Rejected"));
    QCOMPARE(words(4), QStringLiteral("Waiting to sync"));
    QCOMPARE(model.index(model.rowOfId(idFor(2)), CaseloadModel::SyncColumn).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Sync state: In conflict"));
    // Sorted by urgency, not alphabetically.
    model.sort(CaseloadModel::SyncColumn, Qt::DescendingOrder);
    QCOMPARE(model.idAt(0), idFor(2));
    QCOMPARE(model.idAt(1), idFor(3));
    QCOMPARE(model.idAt(2), idFor(4));
}

void TestCaseloadModel::sortRoleGivesSortableValues()
{
    ManualClock clock(start());
    CaseloadModel model(clock);
    model.setItems(fixture());
    const auto sortValue = [&](int row, int column) { return model.index(row, column).data(CaseloadModel::SortRole); };
    QCOMPARE(sortValue(0, CaseloadModel::NextContactColumn).typeId(), QMetaType::QDate);
    QCOMPARE(sortValue(0, CaseloadModel::NextContactColumn).toDate(), QDate(2026, 11, 12));
    QCOMPARE(sortValue(0, CaseloadModel::RiskSeriousHarmColumn).toInt(), 2);
    QCOMPARE(sortValue(1, CaseloadModel::SafetyWellbeingColumn).toInt(), 3);
    QCOMPARE(sortValue(0, CaseloadModel::AgeColumn).toInt(), 16);
}

void TestCaseloadModel::searchMatchesWordStartsAndReferences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("given name") << QStringLiteral("jor") << QStringList{idFor(1)};
    QTest::newRow("upper case") << QStringLiteral("JORDAN") << QStringList{idFor(1)};
    QTest::newRow("family name") << QStringLiteral("smith") << QStringList{idFor(1)};
    QTest::newRow("after a hyphen") << QStringLiteral("jones") << QStringList{idFor(1)};
    QTest::newRow("after an apostrophe") << QStringLiteral("conn") << QStringList{idFor(2)};
    QTest::newRow("with the apostrophe") << QStringLiteral("o'c") << QStringList{idFor(2)};
    QTest::newRow("preferred name") << QStringLiteral("sam") << QStringList{idFor(4)};
    QTest::newRow("two words") << QStringLiteral("jo sm") << QStringList{idFor(1)};
    QTest::newRow("two words, one wrong") << QStringLiteral("jo brook") << QStringList{};
    QTest::newRow("reference") << QStringLiteral("yp-00000") << QStringList{idFor(1), idFor(2), idFor(4), idFor(5)};
    QTest::newRow("whole reference") << QStringLiteral("YP-000004") << QStringList{idFor(4)};
    QTest::newRow("middle of a word") << QStringLiteral("ordan") << QStringList{};
    QTest::newRow("middle of a reference") << QStringLiteral("000004") << QStringList{};
    QTest::newRow("spaces only") << QStringLiteral("   ") << QStringList{idFor(1), idFor(2), idFor(4), idFor(5)};
}

void TestCaseloadModel::searchMatchesWordStartsAndReferences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    ManualClock clock(start());
    CaseloadModel model(clock);
    model.setItems(fixture());
    CaseloadFilterModel filter;
    filter.setSourceModel(&model);
    filter.setStatus(CaseloadFilterModel::Status::Open);
    filter.setSearchText(text);
    QCOMPARE(idsShown(filter), ids);
}

void TestCaseloadModel::filtersForRiskFlagsOverdueAndStatus()
{
    ManualClock clock(start());
    CaseloadModel model(clock);
    model.setItems(fixture());
    CaseloadFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(filter.totalCount(), 5);

    filter.setStatus(CaseloadFilterModel::Status::Closed);
    QCOMPARE(idsShown(filter), QStringList{idFor(3)});
    filter.setStatus(CaseloadFilterModel::Status::Open);
    QCOMPARE(filter.rowCount(), 4);
    filter.setStatus(CaseloadFilterModel::Status::All);

    // Risk: the higher of serious harm and safety and wellbeing.
    filter.setMinimumRisk(1);
    QCOMPARE(idsShown(filter), (QStringList{idFor(1), idFor(2), idFor(4)}));
    filter.setMinimumRisk(3);
    QCOMPARE(idsShown(filter), QStringList{idFor(2)});
    filter.setMinimumRisk(-1);

    filter.setFlagMask(CaseloadModel::FlagCountyLines);
    QCOMPARE(idsShown(filter), QStringList{idFor(1)});
    filter.setFlagMask(0x7F); // any flag
    QCOMPARE(idsShown(filter), (QStringList{idFor(1), idFor(2), idFor(4)}));
    filter.setFlagMask(0);

    // Overdue: contact, review or a clock; a closed case never is.
    filter.setOverdueOnly(true);
    QCOMPARE(idsShown(filter), (QStringList{idFor(1), idFor(2)}));
    filter.setSearchText(QStringLiteral("amira"));
    QCOMPARE(idsShown(filter), QStringList{idFor(2)});
}

void TestCaseloadModel::sortByEveryColumn()
{
    ManualClock clock(start());
    CaseloadModel model(clock);
    model.setItems(fixture());
    CaseloadFilterModel filter;
    filter.setSourceModel(&model);

    filter.sort(CaseloadModel::NameColumn);
    QCOMPARE(idsShown(filter), (QStringList{idFor(5), idFor(4), idFor(2), idFor(3), idFor(1)}));
    filter.sort(CaseloadModel::NextContactColumn);
    // Not set first (it needs arranging), then by date.
    QCOMPARE(idsShown(filter), (QStringList{idFor(4), idFor(3), idFor(1), idFor(5), idFor(2)}));
    filter.sort(CaseloadModel::NextContactColumn, Qt::DescendingOrder);
    QCOMPARE(idsShown(filter).first(), idFor(2));
    filter.sort(CaseloadModel::AgeColumn);
    QCOMPARE(idsShown(filter), (QStringList{idFor(4), idFor(2), idFor(1), idFor(3), idFor(5)}));
    filter.sort(CaseloadModel::RiskSeriousHarmColumn, Qt::DescendingOrder);
    QCOMPARE(idsShown(filter).first(), idFor(1));
    filter.sort(CaseloadModel::SafetyWellbeingColumn, Qt::DescendingOrder);
    QCOMPARE(idsShown(filter).first(), idFor(2));
    filter.sort(CaseloadModel::InterventionColumn, Qt::DescendingOrder);
    QCOMPARE(idsShown(filter).first(), idFor(1)); // referral order ranks above prevention
    filter.sort(CaseloadModel::FlagsColumn, Qt::DescendingOrder);
    QCOMPARE(idsShown(filter).first(), idFor(1));
    filter.sort(CaseloadModel::SyncColumn, Qt::DescendingOrder);
    QCOMPARE(idsShown(filter).first(), idFor(1));
    filter.sort(CaseloadModel::ClocksColumn, Qt::DescendingOrder);
    const QStringList clocksFirst = idsShown(filter).mid(0, 2);
    QCOMPARE(QSet<QString>(clocksFirst.begin(), clocksFirst.end()), (QSet<QString>{idFor(1), idFor(2)}));
    filter.sort(CaseloadModel::ReferenceColumn, Qt::DescendingOrder);
    QCOMPARE(idsShown(filter).first(), idFor(5));
    filter.sort(CaseloadModel::PlanReviewColumn, Qt::DescendingOrder);
    QCOMPARE(idsShown(filter).first(), idFor(2));
}

void TestCaseloadModel::listQueryReadsLivePeopleWithClocksAndSyncState()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    insertPerson(*db, 1, QStringLiteral("Rowan"), QStringLiteral("Ashby"), true);
    insertPerson(*db, 2, QStringLiteral("Tegan"), QStringLiteral("Lowe"), false);
    insertPerson(*db, 3, QStringLiteral("Deleted"), QStringLiteral("Person"), false, true);
    // Rowan: back from missing on 20 Nov, no interview: due 23 Nov, overdue on the 26th.
    insertEpisode(*db, 1, 1, "missing", QStringLiteral("2026-11-18"), QStringLiteral("2026-11-20"), {});
    // Tegan: back on 20 Nov but interviewed on the 22nd; SEMH referral on 1 Oct, no appointment.
    insertEpisode(*db, 2, 2, "missing", QStringLiteral("2026-11-18"), QStringLiteral("2026-11-20"),
                  QStringLiteral("2026-11-22"));
    insertEpisode(*db, 3, 2, "semh", QStringLiteral("2026-10-01"), {}, {});
    // Rowan: an SEMH referral only three weeks old, and one already seen.
    insertEpisode(*db, 4, 1, "semh", QStringLiteral("2026-11-05"), {}, {});
    insertEpisode(*db, 5, 1, "semh", QStringLiteral("2026-09-01"), {}, QStringLiteral("2026-09-20"));

    auto result = CaseloadListQuery(*db).run(kToday);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QList<CaseloadListItem> items = result.takeValue();
    QCOMPARE(items.size(), 2);
    std::sort(items.begin(), items.end(),
              [](const CaseloadListItem& a, const CaseloadListItem& b) { return a.row.id < b.row.id; });
    QCOMPARE(items[0].row.givenName, QStringLiteral("Rowan"));
    QCOMPARE(items[0].row.riskSeriousHarm, QStringLiteral("high"));
    QVERIFY(items[0].row.flagCse);
    QCOMPARE(items[0].row.nextContactDue, QDate(2026, 11, 20));
    QVERIFY(items[0].dirty);
    QVERIFY(items[0].returnInterviewOverdue);
    QVERIFY(!items[0].semhOverdue);
    QVERIFY(!items[1].dirty);
    QVERIFY(!items[1].returnInterviewOverdue);
    QVERIFY(items[1].semhOverdue);
    // The day the interview falls due it is not yet late.
    auto earlier = CaseloadListQuery(*db).run(QDate(2026, 11, 23));
    QVERIFY(earlier.ok());
    for (const auto& item : earlier.value())
        QVERIFY(!item.returnInterviewOverdue);
}

void TestCaseloadModel::listQueryAgreesWithCaseloadQueries()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    demo::DemoSeeder::Options options;
    options.cases = 200;
    options.today = kToday;
    QVERIFY(demo::DemoSeeder(*db, options).run().ok);

    auto listed = CaseloadListQuery(*db).run(kToday);
    QVERIFY2(listed.ok(), qPrintable(listed.error().message));
    QCOMPARE(listed.value().size(), 200);
    QHash<QString, CaseloadRow> byId;
    for (const auto& item : listed.value())
        byId.insert(item.row.id, item.row);

    auto workers = db->prepare(QStringLiteral("SELECT id FROM worker"));
    QVERIFY(workers.ok());
    CaseloadQueries queries(*db);
    int seen = 0;
    bool anyIntervention = false;
    bool anyPlan = false;
    while (workers.value()->next()) {
        auto rows = queries.caseload(workers.value()->text(0));
        QVERIFY(rows.ok());
        for (const CaseloadRow& row : rows.value()) {
            QVERIFY(byId.contains(row.id));
            const CaseloadRow& mine = byId.value(row.id);
            QCOMPARE(mine.reference, row.reference);
            QCOMPARE(mine.preferredName, row.preferredName);
            QCOMPARE(mine.dateOfBirth, row.dateOfBirth);
            QCOMPARE(mine.status, row.status);
            QCOMPARE(mine.riskSeriousHarm, row.riskSeriousHarm);
            QCOMPARE(mine.flagCountyLines, row.flagCountyLines);
            QCOMPARE(mine.nextContactDue, row.nextContactDue);
            QCOMPARE(mine.currentIntervention, row.currentIntervention);
            QCOMPARE(mine.safetyPlanReviewDate, row.safetyPlanReviewDate);
            anyIntervention = anyIntervention || !row.currentIntervention.isEmpty();
            anyPlan = anyPlan || row.safetyPlanReviewDate.isValid();
            ++seen;
        }
    }
    QCOMPARE(seen, 200);
    QVERIFY(anyIntervention && anyPlan);
}

QTEST_MAIN(TestCaseloadModel)
#include "tst_caseload_model.moc"
