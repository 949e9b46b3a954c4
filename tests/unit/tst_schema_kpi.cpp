// Schema version 8 (resources/sql/local/0008_kpi_fields.sql): the fields the dashboard's measures
// need. The upgrade rebuilds the episode table to add a kind, so these tests hold it to "nothing
// is ever lost": every episode an older Trellis wrote comes through the rebuild unchanged.

#include "TestStore.h"
#include "ValidationTestSupport.h"

#include "domain/Entities.h"
#include "store/Migrator.h"
#include "store/Statement.h"
#include "store/StoreVerifier.h"

#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

constexpr int kBeforeKpiFields = 7;

const QString kWorker = QStringLiteral("a0000000-0000-4000-8000-00000000000a");
const QString kPerson = QStringLiteral("b0000000-0000-4000-8000-00000000000b");
const QString kStamp = QStringLiteral("2026-01-05T10:00:00.000Z");

// Every column of every episode, in id order, as text: what must come through the upgrade.
QStringList episodeRows(Database& db)
{
    QStringList rows;
    auto statement = db.prepare(QStringLiteral("SELECT * FROM episode ORDER BY id"));
    if (!statement.ok())
        return {QStringLiteral("query failed: ") + statement.error().message};
    Statement& stmt = *statement.value();
    while (stmt.next()) {
        QStringList cells;
        for (int column = 0; column < stmt.columnCount(); ++column)
            cells << (stmt.isNull(column) ? QStringLiteral("NULL") : stmt.text(column));
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

bool insertEpisode(Database& db, const QString& id, const QString& kind, const QStringList& columns,
                   const QStringList& values)
{
    QStringList names{QStringLiteral("id"), QStringLiteral("young_person_id"), QStringLiteral("kind"),
                      QStringLiteral("created_at"), QStringLiteral("created_by"), QStringLiteral("updated_at"),
                      QStringLiteral("updated_by"), QStringLiteral("server_version"), QStringLiteral("dirty")};
    QStringList args{id, kPerson, kind, kStamp, QStringLiteral("casey.worker"), kStamp,
                     QStringLiteral("casey.worker"), QStringLiteral("41"), QStringLiteral("0")};
    names << columns;
    args << values;
    QStringList marks;
    for (int i = 1; i <= args.size(); ++i)
        marks << QStringLiteral("?%1").arg(i);
    return execBound(db,
                     QStringLiteral("INSERT INTO episode (%1) VALUES (%2)").arg(names.join(QLatin1Char(',')),
                                                                                marks.join(QLatin1Char(','))),
                     args);
}

} // namespace

class TestSchemaKpi : public QObject {
    Q_OBJECT

private slots:
    void episodesComeThroughTheUpgradeUnchanged();
    void newFieldsStartAtTheirDefaults();
    void storeRefusesWordsOutsideTheNewChoices();
    void validatorNamesTheNewFields();
    void recordWrittenBeforeTheFieldsStillValidates();
};

void TestSchemaKpi::episodesComeThroughTheUpgradeUnchanged()
{
    TestStore store;
    QStringList before;
    {
        auto db = store.create();
        QVERIFY(db);
        QVERIFY(dropEverySchemaObject(*db));
        QVERIFY(Migrator::migrate(*db, kBeforeKpiFields).ok());
        QVERIFY(execBound(*db,
                          "INSERT INTO worker (id, login, display_name, created_at, created_by, updated_at, "
                          "updated_by) VALUES (?1, 'casey.worker', 'Casey Worker (fictional)', ?2, 'x', ?2, 'x')",
                          {kWorker, kStamp}));
        QVERIFY(execBound(*db,
                          "INSERT INTO young_person (id, reference, given_name, family_name, date_of_birth, gender, "
                          "ethnicity, lead_worker_id, created_at, created_by, updated_at, updated_by) VALUES "
                          "(?1, 'YP-TEST-1', 'Ashby', 'Fictional', '2010-05-01', 'male', 'not_stated', ?2, ?3, 'x', "
                          "?3, 'x')",
                          {kPerson, kWorker, kStamp}));
        // One of each kind an older Trellis knew, each with the columns its kind uses, and a
        // tombstone: deleted episodes must survive too, or their deletion could not sync.
        QVERIFY(insertEpisode(*db, QStringLiteral("30000000-0000-4000-8000-000000000001"), QStringLiteral("missing"),
                              {"start_date", "end_date", "return_interview_date", "notes"},
                              {"2026-02-01", "2026-02-03", "2026-02-05", "Fictional: found at a friend's"}));
        QVERIFY(insertEpisode(*db, QStringLiteral("30000000-0000-4000-8000-000000000002"), QStringLiteral("nrm"),
                              {"start_date", "nrm_reasonable_grounds", "nrm_reasonable_grounds_on",
                               "nrm_conclusive_grounds", "nrm_conclusive_grounds_on"},
                              {"2025-11-01", "positive", "2025-11-20", "positive", "2026-04-02"}));
        QVERIFY(insertEpisode(*db, QStringLiteral("30000000-0000-4000-8000-000000000003"),
                              QStringLiteral("exclusion"), {"start_date", "exclusion_kind", "exclusion_days"},
                              {"2026-03-10", "suspension", "3"}));
        QVERIFY(insertEpisode(*db, QStringLiteral("30000000-0000-4000-8000-000000000004"), QStringLiteral("semh"),
                              {"start_date", "first_appointment_date", "deleted"}, {"2026-01-12", "2026-02-20", "1"}));
        before = episodeRows(*db);
        QCOMPARE(before.size(), 4);
    }
    auto db = store.open(); // StoreOpener brings it to the latest version
    QVERIFY(db);
    QCOMPARE(Migrator::currentVersion(*db), Migrator::latestVersion());
    QCOMPARE(episodeRows(*db), before);
    QCOMPARE(count(*db, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'episode_kind_start'"),
             qint64(1));
    QCOMPARE(count(*db, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'episode_young_person'"),
             qint64(1));
    const auto report = StoreVerifier::verify(*db);
    QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
    // The new kind is accepted after the upgrade.
    QVERIFY(insertEpisode(*db, QStringLiteral("30000000-0000-4000-8000-000000000005"), QStringLiteral("knife_crime"),
                          {"start_date"}, {"2026-06-12"}));
    // A foreign key still holds on the rebuilt table.
    QVERIFY(!execBound(*db,
                       "INSERT INTO episode (id, young_person_id, kind, start_date, created_at, created_by, updated_at, "
                       "updated_by) VALUES ('30000000-0000-4000-8000-000000000006', "
                       "'b0000000-0000-4000-8000-0000000000ff', 'missing', '2026-01-01', ?1, 'x', ?1, 'x')",
                       {kStamp}));
}

void TestSchemaKpi::newFieldsStartAtTheirDefaults()
{
    TestStore store;
    {
        auto db = store.create();
        QVERIFY(db);
        QVERIFY(dropEverySchemaObject(*db));
        QVERIFY(Migrator::migrate(*db, kBeforeKpiFields).ok());
        QVERIFY(execBound(*db,
                          "INSERT INTO young_person (id, reference, given_name, family_name, date_of_birth, gender, "
                          "ethnicity, created_at, created_by, updated_at, updated_by) VALUES "
                          "(?1, 'YP-TEST-2', 'Bryn', 'Fictional', '2009-01-01', 'male', 'white_british', ?2, 'x', ?2, "
                          "'x')",
                          {kPerson, kStamp}));
    }
    auto db = store.open();
    QVERIFY(db);
    // Unknown and not screened, never a guess: the dashboard counts these as not met.
    QCOMPARE(scalar(*db, "SELECT learning_plan || '/' || mental_health || '/' || substance_misuse FROM young_person")
                 .toString(),
             QStringLiteral("unknown/not_screened/not_screened"));
}

void TestSchemaKpi::storeRefusesWordsOutsideTheNewChoices()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    QVERIFY(execBound(*db,
                      "INSERT INTO young_person (id, reference, given_name, family_name, date_of_birth, gender, "
                      "ethnicity, created_at, created_by, updated_at, updated_by) VALUES "
                      "(?1, 'YP-TEST-3', 'Cai', 'Fictional', '2009-01-01', 'male', 'white_british', ?2, 'x', ?2, 'x')",
                      {kPerson, kStamp}));
    for (const char* column : {"learning_plan", "mental_health", "substance_misuse"}) {
        QVERIFY2(!execBound(*db, QStringLiteral("UPDATE young_person SET %1 = 'sometimes'").arg(QLatin1String(column)),
                            {}),
                 column);
    }
    QVERIFY(execBound(*db, "UPDATE young_person SET mental_health = 'attending', substance_misuse = 'no_need'", {}));
    QVERIFY(!insertEpisode(*db, QStringLiteral("30000000-0000-4000-8000-000000000007"), QStringLiteral("stabbing"),
                           {"start_date"}, {"2026-06-12"}));
}

void TestSchemaKpi::validatorNamesTheNewFields()
{
    using namespace validationsupport;
    Record person = fullRecord(entity::YoungPerson);
    person.set(QStringLiteral("mental_health"), QStringLiteral("sometimes"));
    person.set(QStringLiteral("learning_plan"), QStringLiteral("maybe"));
    const ValidationIssues issues = validate(person);
    QStringList fields;
    for (const ValidationIssue& issue : issues)
        fields << issue.field;
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("learning_plan"), QStringLiteral("mental_health")}));

    // A knife-crime episode holds a date and notes; an SEMH appointment on it is refused by name.
    Record episode = fullRecord(entity::Episode + QStringLiteral("/knife_crime"));
    QVERIFY2(validate(episode).isEmpty(), qPrintable(describe(validate(episode))));
    episode.set(QStringLiteral("first_appointment_date"), QDate(2026, 7, 1));
    const ValidationIssues refused = validate(episode);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().field, QStringLiteral("first_appointment_date"));
}

void TestSchemaKpi::recordWrittenBeforeTheFieldsStillValidates()
{
    // An export from schema 7, or a change from a laptop not yet upgraded, has none of the three
    // fields: it must not be refused for lacking them, and it means "not known".
    using namespace validationsupport;
    Record person = fullRecord(entity::YoungPerson);
    for (const char* field : {"learning_plan", "mental_health", "substance_misuse"})
        person.clear(QString::fromLatin1(field));
    const ValidationIssues issues = validate(person);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(person.text(QStringLiteral("learning_plan")), QStringLiteral("unknown"));
    QCOMPARE(person.text(QStringLiteral("mental_health")), QStringLiteral("not_screened"));
    QCOMPARE(person.text(QStringLiteral("substance_misuse")), QStringLiteral("not_screened"));
    // A field that was always there is still required.
    person.clear(QStringLiteral("ete_status"));
    const ValidationIssues missing = validate(person);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().field, QStringLiteral("ete_status"));
}

QTEST_GUILESS_MAIN(TestSchemaKpi)
#include "tst_schema_kpi.moc"
