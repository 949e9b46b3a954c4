// Who may see and do what in the central store, against a real PostgreSQL 15 started for this
// test (PgTestServer): no table privileges for workers, a locked-down catalogue, row-level
// security that follows case allocation and the calling worker (session_user) even inside
// SECURITY DEFINER functions, deactivation, and the append-only audit log. The functions run in
// order and build on each other's records. Every login, name, password and id is fictional.

#include "CentralFixture.h"

#include "central/PgConnection.h"

#include <QSet>
#include <QTest>

#include <tuple>

using namespace trellis;
using namespace trellis::central;
using namespace trellis::test;
using namespace trellis::test::world;

namespace {

// Fictional ids, one family per entity. Y1, Y2 are Ash's; Y3 Bay's; Y4 Juniper's (South);
// Y5 nobody's; Y6 Dale's. Adult T1 is shared by Y2 (North) and Y4 (South); T2 is Y3's; T3 is
// named only in an item of Y1's safety plan. Y99 is nobody's either.
QString yp(int n)
{
    return fictionalId("b1000000", n);
}
QString adult(int n)
{
    return fictionalId("c1000000", n);
}
QString link(int n)
{
    return fictionalId("d1000000", n);
}
const QString kIntervention = QStringLiteral("e1000000-0000-4000-8000-000000000001");
const QString kContact = QStringLiteral("f1000000-0000-4000-8000-000000000001");
const QString kEpisode = QStringLiteral("a2000000-0000-4000-8000-000000000001");
const QString kPlan = QStringLiteral("a3000000-0000-4000-8000-000000000001");
const QString kItem = QStringLiteral("a4000000-0000-4000-8000-000000000001");

QString rec(const char* entity, const QString& id)
{
    return QString::fromLatin1(entity) + QLatin1Char(':') + id;
}

// trellis_app and every role in it (directly or through other roles). pg_has_role() would
// not do: superusers are members of every role.
const QString kApplicationRoles =
    QStringLiteral("WITH RECURSIVE app (oid) AS (SELECT 'trellis_app'::regrole::oid UNION "
                   "SELECT m.member FROM pg_auth_members AS m JOIN app ON m.roleid = app.oid) ");

// The API: the only functions application roles may execute.
const QSet<QString> kApi{QStringLiteral("trellis_schema_version"),
                         QStringLiteral("trellis_whoami"),
                         QStringLiteral("trellis_visible_young_people"),
                         QStringLiteral("trellis_visible_record_ids"),
                         QStringLiteral("trellis_push"),
                         QStringLiteral("trellis_conflicts"),
                         QStringLiteral("trellis_quarantine"),
                         QStringLiteral("trellis_pull"),
                         QStringLiteral("trellis_revoked"),
                         QStringLiteral("trellis_record_purge"),
                         QStringLiteral("trellis_team_workers"),
                         QStringLiteral("trellis_reallocate")};

// The only policies that let trellis_owner (and so an API function) write: the push's, each
// limited to what the calling worker may see. None allows DELETE but the one for the caller's own
// reallocation grace row, which lives only while one change runs and is not history (0003).
const QSet<QString> kWritePolicies{QStringLiteral("young_person.caller_inserts INSERT"),
                                   QStringLiteral("young_person.caller_updates UPDATE"),
                                   QStringLiteral("trusted_adult.caller_inserts INSERT"),
                                   QStringLiteral("trusted_adult.caller_updates UPDATE"),
                                   QStringLiteral("trusted_adult_link.caller_inserts INSERT"),
                                   QStringLiteral("trusted_adult_link.caller_updates UPDATE"),
                                   QStringLiteral("intervention.caller_inserts INSERT"),
                                   QStringLiteral("intervention.caller_updates UPDATE"),
                                   QStringLiteral("contact.caller_inserts INSERT"),
                                   QStringLiteral("safety_plan.caller_inserts INSERT"),
                                   QStringLiteral("safety_plan.caller_updates UPDATE"),
                                   QStringLiteral("safety_plan_item.caller_inserts INSERT"),
                                   QStringLiteral("safety_plan_item.caller_updates UPDATE"),
                                   QStringLiteral("episode.caller_inserts INSERT"),
                                   QStringLiteral("episode.caller_updates UPDATE"),
                                   QStringLiteral("assignment.caller_claims INSERT"),
                                   QStringLiteral("assignment.caller_reallocates UPDATE"),
                                   QStringLiteral("assignment.caller_reallocates_to INSERT"),
                                   QStringLiteral("audit_event.caller_reallocate_audit INSERT"),
                                   QStringLiteral("audit_event.caller_sync_audit INSERT"),
                                   QStringLiteral("audit_event.caller_purge_audit INSERT"),
                                   QStringLiteral("change_receipt.caller_inserts INSERT"),
                                   QStringLiteral("change_conflict.caller_inserts INSERT"),
                                   QStringLiteral("change_conflict.caller_updates UPDATE"),
                                   QStringLiteral("change_quarantine.caller_inserts INSERT"),
                                   QStringLiteral("sync_grace.caller_inserts INSERT"),
                                   QStringLiteral("sync_grace.caller_deletes DELETE")};

} // namespace

class TestCentralSecurity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void workersHoldNoTablePrivileges();
    void catalogueIsLockedDown();
    void ownerSeesNothingWithoutACallingWorker();
    void visibilityFollowsAllocation();
    void reassignMovesVisibility();
    void deactivatedWorkerCannotSignIn();
    void auditIsAppendOnly();
    void answersWaitForTheCommitToBeKept();

private:
    void insertFixture();
    QSet<QString> visible(const TestWorker& worker);

    CentralFixture m_fixture;
    QHash<QString, QString> m_workerIds;
};

QSet<QString> TestCentralSecurity::visible(const TestWorker& worker)
{
    QString error;
    const QSet<QString> seen = m_fixture.visibleRecords(worker, kDb, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return seen;
}

void TestCentralSecurity::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.startWithWorkers(&m_workerIds, &error), qPrintable(error));
    insertFixture();
}

// --- privileges -------------------------------------------------------------------------------

void TestCentralSecurity::workersHoldNoTablePrivileges()
{
    auto connection = m_fixture.connectAs(kBriar, kDb); // a manager: the widest view
    QVERIFY2(connection.ok(), qPrintable(connection.error().message));
    PgConnection* admin = m_fixture.admin(kDb);
    QVERIFY(admin);
    // Each table with its first column, for an UPDATE that parses.
    const QStringList tables = column(*admin, QStringLiteral("SELECT c.oid::regclass::text || ' ' || a.attname "
                                                             "FROM pg_class AS c JOIN pg_attribute AS a "
                                                             "ON a.attrelid = c.oid AND a.attnum = 1 "
                                                             "WHERE c.relnamespace = 'trellis'::regnamespace "
                                                             "AND c.relkind IN ('r', 'p') ORDER BY 1"));
    QVERIFY(tables.size() >= 14);
    for (const QString& tableAndColumn : tables) {
        const QString table = tableAndColumn.section(QLatin1Char(' '), 0, 0);
        const QString first = tableAndColumn.section(QLatin1Char(' '), 1, 1);
        for (const QString& statement :
             {QStringLiteral("SELECT * FROM %1 LIMIT 1").arg(table), QStringLiteral("DELETE FROM %1").arg(table),
              QStringLiteral("UPDATE %1 SET %2 = %2").arg(table, first), QStringLiteral("TRUNCATE %1").arg(table),
              QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(table)}) {
            auto refused = connection.value()->exec(statement);
            QVERIFY2(!refused.ok(), qPrintable(statement));
            QVERIFY2(refused.error().kind == CentralError::Kind::PermissionDenied,
                     qPrintable(statement + QStringLiteral(": ") + refused.error().message));
        }
    }
    // The visibility helpers are not theirs to call, nor to look up.
    auto helper = connection.value()->exec(QStringLiteral("SELECT * FROM trellis_acl.caller_young_person_ids()"));
    QVERIFY(!helper.ok());
    QCOMPARE(helper.error().kind, CentralError::Kind::PermissionDenied);
    // No temporary tables either: nothing of theirs can sit in pg_temp.
    auto temporary = connection.value()->exec(QStringLiteral("CREATE TEMPORARY TABLE scratch (x int)"));
    QVERIFY(!temporary.ok());

    // In the catalogue: every worker login holds no privilege on any table, and EXECUTE only on the API.
    const QStringList privileged = column(
        *admin,
        kApplicationRoles +
            QStringLiteral(
                "SELECT r.oid::regrole::text || ' ' || c.oid::regclass::text FROM app AS r CROSS JOIN pg_class AS c "
                "WHERE c.relnamespace IN ('trellis'::regnamespace, 'trellis_acl'::regnamespace) AND CASE "
                "WHEN c.relkind = 'S' THEN has_sequence_privilege(r.oid, c.oid, 'USAGE, SELECT, UPDATE') "
                "WHEN c.relkind IN ('r', 'p', 'v', 'm') THEN has_table_privilege(r.oid, c.oid, "
                "'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER') ELSE false END"));
    QVERIFY2(privileged.isEmpty(), qPrintable(privileged.join(QLatin1Char('\n'))));
    const QStringList executable = column(
        *admin, kApplicationRoles +
                    QStringLiteral("SELECT DISTINCT p.proname FROM pg_proc AS p CROSS JOIN app AS r "
                                   "WHERE p.pronamespace IN ('trellis'::regnamespace, 'trellis_acl'::regnamespace) "
                                   "AND has_function_privilege(r.oid, p.oid, 'EXECUTE')"));
    QCOMPARE(QSet<QString>(executable.begin(), executable.end()), kApi);
}

void TestCentralSecurity::catalogueIsLockedDown()
{
    PgConnection* admin = m_fixture.admin(kDb);
    QVERIFY(admin);
    auto none = [&](const char* what, const QString& sql) {
        const QStringList found = column(*admin, sql);
        if (!found.isEmpty())
            qWarning("%s: %s", what, qPrintable(found.join(QStringLiteral(", "))));
        return found.isEmpty();
    };
    QVERIFY(none("tables without forced row-level security",
                 QStringLiteral("SELECT oid::regclass::text FROM pg_class WHERE relnamespace = 'trellis'::regnamespace "
                                "AND relkind IN ('r', 'p') AND NOT (relrowsecurity AND relforcerowsecurity)")));
    QVERIFY(none("objects of the trellis schema not owned by trellis_owner",
                 QStringLiteral("SELECT oid::regclass::text FROM pg_class WHERE relnamespace = 'trellis'::regnamespace "
                                "AND relowner <> 'trellis_owner'::regrole UNION ALL SELECT oid::regprocedure::text "
                                "FROM pg_proc WHERE pronamespace = 'trellis'::regnamespace "
                                "AND proowner <> 'trellis_owner'::regrole UNION ALL SELECT oid::regprocedure::text "
                                "FROM pg_proc WHERE pronamespace = 'trellis_acl'::regnamespace "
                                "AND proowner <> 'trellis_acl'::regrole")));
    QVERIFY(none("application roles that are superusers, bypass RLS or own something",
                 kApplicationRoles +
                     QStringLiteral("SELECT r.rolname FROM pg_roles AS r JOIN app USING (oid) "
                                    "WHERE r.rolsuper OR r.rolbypassrls OR r.rolcreaterole OR r.rolcreatedb "
                                    "OR EXISTS (SELECT 1 FROM pg_class WHERE relowner = r.oid) "
                                    "OR EXISTS (SELECT 1 FROM pg_proc WHERE proowner = r.oid) "
                                    "OR EXISTS (SELECT 1 FROM pg_namespace WHERE nspowner = r.oid)")));
    QVERIFY(column(*admin, kApplicationRoles + QStringLiteral("SELECT count(*) FROM app")).first().toInt() >= 6);
    QVERIFY(none("group roles that could log in or bypass security",
                 QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN ('trellis_owner', 'trellis_acl', "
                                "'trellis_app') AND (rolcanlogin OR rolsuper OR rolbypassrls OR rolcreaterole)")));
    QCOMPARE(column(*admin, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('trellis_owner', "
                                           "'trellis_acl', 'trellis_app')")),
             QStringList{QStringLiteral("3")});
    QVERIFY(none("members of the owning roles",
                 QStringLiteral("SELECT member::regrole::text FROM pg_auth_members "
                                "WHERE roleid IN ('trellis_owner'::regrole, 'trellis_acl'::regrole)")));
    QVERIFY(none("SECURITY DEFINER functions without search_path = trellis, pg_temp",
                 QStringLiteral("SELECT oid::regprocedure::text FROM pg_proc WHERE prosecdef AND pronamespace IN "
                                "('trellis'::regnamespace, 'trellis_acl'::regnamespace) AND NOT coalesce("
                                "'search_path=trellis, pg_temp' = ANY (proconfig), false)")));
    QVERIFY(none("functions PUBLIC may execute",
                 QStringLiteral("SELECT oid::regprocedure::text FROM pg_proc WHERE pronamespace IN "
                                "('trellis'::regnamespace, 'trellis_acl'::regnamespace) AND (proacl IS NULL OR "
                                "EXISTS (SELECT 1 FROM aclexplode(proacl) AS a WHERE a.grantee = 0))")));
    QVERIFY(none("database privileges PUBLIC holds",
                 QStringLiteral("SELECT a.privilege_type FROM pg_database AS d, aclexplode(d.datacl) AS a "
                                "WHERE d.datname = current_database() AND a.grantee = 0")));
    // Inside a SECURITY DEFINER function current_user is the owner; the caller is session_user.
    QVERIFY(none("functions that ask current_user who the caller is",
                 QStringLiteral("SELECT oid::regprocedure::text FROM pg_proc WHERE pronamespace IN "
                                "('trellis'::regnamespace, 'trellis_acl'::regnamespace) "
                                "AND prosrc ILIKE '%current_user%'")));
    QVERIFY(none("SELECT policies that name current_user",
                 QStringLiteral("SELECT tablename || '.' || policyname FROM pg_policies WHERE schemaname = 'trellis' "
                                "AND (qual ILIKE '%current_user%' OR with_check ILIKE '%current_user%')")));
    // Deny by default: the owner (and so every API function) may read, and write only through the
    // push's policies, which name the calling worker's view; every policy is for one command
    // (never ALL) and for trellis_owner or trellis_acl only.
    const QStringList writes = column(*admin, QStringLiteral("SELECT tablename || '.' || policyname || ' ' || cmd "
                                                             "FROM pg_policies WHERE schemaname = 'trellis' "
                                                             "AND cmd <> 'SELECT'"));
    QCOMPARE(QSet<QString>(writes.begin(), writes.end()), kWritePolicies);
    QVERIFY(none("write policies that do not name the caller's view",
                 QStringLiteral("SELECT tablename || '.' || policyname FROM pg_policies WHERE schemaname = 'trellis' "
                                "AND cmd <> 'SELECT' AND NOT (coalesce(qual, '') || coalesce(with_check, '') "
                                "~* '(caller_|session_user)')")));
    QVERIFY(none("policies for other roles",
                 QStringLiteral("SELECT tablename || '.' || policyname FROM pg_policies WHERE schemaname = 'trellis' "
                                "AND NOT roles <@ ARRAY['trellis_owner', 'trellis_acl']::name[]")));
    QVERIFY(none("trellis_acl policies that are not reads",
                 QStringLiteral("SELECT tablename || '.' || policyname FROM pg_policies WHERE schemaname = 'trellis' "
                                "AND 'trellis_acl' = ANY (roles) AND cmd <> 'SELECT'")));
}

void TestCentralSecurity::ownerSeesNothingWithoutACallingWorker()
{
    QString error;
    QVERIFY2(m_fixture.insertYoungPerson(kDb, yp(99), QStringLiteral("OWN-99"), &error), qPrintable(error));
    PgConnection* admin = m_fixture.admin(kDb);
    QVERIFY(admin);
    // The superuser (no worker) through an API function: the function runs as trellis_owner,
    // FORCE binds the owner to the policies, and session_user is no worker.
    QCOMPARE(column(*admin, QStringLiteral("SELECT count(*) FROM trellis.trellis_visible_young_people()")),
             QStringList{QStringLiteral("0")});
    QVERIFY(admin->execScript(QStringLiteral("BEGIN; SET LOCAL ROLE trellis_owner")).ok());
    const QStringList asOwner = column(*admin, QStringLiteral("SELECT count(*) FROM trellis.young_person"));
    QVERIFY(admin->execScript(QStringLiteral("ROLLBACK")).ok());
    QCOMPARE(asOwner, QStringList{QStringLiteral("0")});
    // The six of the fixture and this one.
    QCOMPARE(column(*admin, QStringLiteral("SELECT count(*) FROM trellis.young_person")),
             QStringList{QStringLiteral("7")});
}

// --- visibility -------------------------------------------------------------------------------

void TestCentralSecurity::insertFixture()
{
    QString error;
    for (int n = 1; n <= 6; ++n)
        QVERIFY2(m_fixture.insertYoungPerson(kDb, yp(n), QStringLiteral("YJ-%1").arg(n), &error), qPrintable(error));
    for (int n = 1; n <= 3; ++n)
        QVERIFY2(m_fixture.insertRecord(kDb, QStringLiteral("trusted_adult"), adult(n),
                                        {{QStringLiteral("given_name"), QStringLiteral("Adult %1").arg(n)},
                                         {QStringLiteral("relationship"), QStringLiteral("aunt")}},
                                        &error),
                 qPrintable(error));
    const QList<std::pair<int, int>> links{{2, 1}, {4, 1}, {3, 2}}; // (young person, adult)
    for (int n = 0; n < links.size(); ++n)
        QVERIFY2(m_fixture.insertRecord(kDb, QStringLiteral("trusted_adult_link"), link(n + 1),
                                        {{QStringLiteral("young_person_id"), yp(links[n].first)},
                                         {QStringLiteral("trusted_adult_id"), adult(links[n].second)},
                                         {QStringLiteral("role"), QStringLiteral("trusted_adult")}},
                                        &error),
                 qPrintable(error));
    const QList<std::tuple<QString, QString, QHash<QString, QString>>> records{
        {QStringLiteral("intervention"),
         kIntervention,
         {{QStringLiteral("young_person_id"), yp(1)},
          {QStringLiteral("type"), QStringLiteral("referral_order")},
          {QStringLiteral("start_date"), QStringLiteral("2024-01-10")}}},
        {QStringLiteral("contact"),
         kContact,
         {{QStringLiteral("young_person_id"), yp(3)},
          {QStringLiteral("occurred_at"), QStringLiteral("2024-02-01T10:00Z")},
          {QStringLiteral("duration_minutes"), QStringLiteral("45")},
          {QStringLiteral("kind"), QStringLiteral("office")},
          {QStringLiteral("attendance"), QStringLiteral("attended")},
          {QStringLiteral("summary"), QStringLiteral("-")}}},
        {QStringLiteral("episode"),
         kEpisode,
         {{QStringLiteral("young_person_id"), yp(4)},
          {QStringLiteral("kind"), QStringLiteral("missing")},
          {QStringLiteral("start_date"), QStringLiteral("2024-03-03")}}},
        {QStringLiteral("safety_plan"),
         kPlan,
         {{QStringLiteral("young_person_id"), yp(1)}, {QStringLiteral("version"), QStringLiteral("1")}}},
        {QStringLiteral("safety_plan_item"),
         kItem,
         {{QStringLiteral("safety_plan_id"), kPlan},
          {QStringLiteral("section"), QStringLiteral("trusted_adult")},
          {QStringLiteral("position"), QStringLiteral("0")},
          {QStringLiteral("text"), QStringLiteral("-")},
          {QStringLiteral("trusted_adult_id"), adult(3)}}}};
    for (const auto& [entity, id, fields] : records)
        QVERIFY2(m_fixture.insertRecord(kDb, entity, id, fields, &error), qPrintable(error));

    const QList<std::pair<int, TestWorker>> allocations{{1, kAsh}, {2, kAsh}, {3, kBay}, {4, kJuniper}, {6, kDale}};
    for (const auto& [n, worker] : allocations) {
        const CtlRun assigned = m_fixture.central({QStringLiteral("assign"), yp(n), worker.login});
        QVERIFY2(assigned.code == 0 && assigned.json().value(QStringLiteral("changed")).toBool(), assigned.said());
    }
}

void TestCentralSecurity::visibilityFollowsAllocation()
{
    const QSet<QString> ash{rec("young_person", yp(1)),         rec("young_person", yp(2)),
                            rec("trusted_adult", adult(1)),     rec("trusted_adult", adult(3)),
                            rec("trusted_adult_link", link(1)), rec("intervention", kIntervention),
                            rec("safety_plan", kPlan),          rec("safety_plan_item", kItem)};
    const QSet<QString> bay{rec("young_person", yp(3)), rec("trusted_adult", adult(2)),
                            rec("trusted_adult_link", link(3)), rec("contact", kContact)};
    const QSet<QString> dale{rec("young_person", yp(6))};
    const QSet<QString> juniper{rec("young_person", yp(4)), rec("trusted_adult", adult(1)),
                                rec("trusted_adult_link", link(2)), rec("episode", kEpisode)};
    QCOMPARE(visible(kAsh), ash);
    QCOMPARE(visible(kBay), bay);
    QCOMPARE(visible(kDale), dale);
    // The adult shared with a young person in North is visible in South through their own link.
    QCOMPARE(visible(kJuniper), juniper);
    QCOMPARE(visible(kHazel), ash + bay + dale);
    // A manager sees everything, allocated or not (Y5 and the owner test's young person).
    const QSet<QString> unallocated{rec("young_person", yp(5)), rec("young_person", yp(99))};
    QCOMPARE(visible(kBriar), ash + bay + dale + juniper + unallocated);

    // Workers' names: their own team's; allocations: those of young people they can see.
    auto connection = m_fixture.connectAs(kAsh, kDb);
    QVERIFY(connection.ok());
    auto rows = connection.value()->exec(QStringLiteral(
        "SELECT entity, count(*) FROM trellis.trellis_visible_record_ids() WHERE entity IN ('worker', 'assignment') "
        "GROUP BY entity ORDER BY entity"));
    QVERIFY(rows.ok());
    QCOMPARE(rows->firstColumn(), (QStringList{QStringLiteral("assignment"), QStringLiteral("worker")}));
    QCOMPARE(rows->text(0, 1), QStringLiteral("2"));
    QCOMPARE(rows->text(1, 1), QStringLiteral("4")); // Ash, Bay, Hazel and Dale
    auto people = connection.value()->exec(QStringLiteral("SELECT id FROM trellis.trellis_visible_young_people()"));
    QVERIFY(people.ok());
    QCOMPARE(people->firstColumn(), (QStringList{yp(1), yp(2)}));
}

void TestCentralSecurity::reassignMovesVisibility()
{
    const CtlRun moved = m_fixture.central({QStringLiteral("reassign"), yp(1), kBay.login});
    QVERIFY2(moved.code == 0, moved.said());
    QCOMPARE(moved.json().value(QStringLiteral("previous_login")).toString(), kAsh.login);
    // Y1 and everything attached (its intervention, plan, item and the adult named only there) moved.
    const QSet<QString> y1{rec("young_person", yp(1)), rec("intervention", kIntervention), rec("safety_plan", kPlan),
                           rec("safety_plan_item", kItem), rec("trusted_adult", adult(3))};
    const QSet<QString> ash = visible(kAsh);
    QVERIFY(!ash.intersects(y1));
    QVERIFY(ash.contains(rec("young_person", yp(2))));
    QVERIFY(visible(kBay).contains(y1));

    PgConnection* admin = m_fixture.admin(kDb);
    QVERIFY(admin);
    QCOMPARE(column(*admin,
                    QStringLiteral("SELECT w.login || ' ' || (a.ended_at IS NULL) FROM trellis.assignment AS a "
                                   "JOIN trellis.worker AS w ON w.id = a.worker_id "
                                   "WHERE a.young_person_id = $1 ORDER BY a.started_at, a.ended_at NULLS LAST"),
                    {yp(1)}),
             (QStringList{kAsh.login + QStringLiteral(" false"), kBay.login + QStringLiteral(" true")}));
    QCOMPARE(column(*admin, QStringLiteral("SELECT lead_worker_id FROM trellis.young_person WHERE id = $1"), {yp(1)}),
             QStringList{m_workerIds.value(kBay.login)});

    const CtlRun taken = m_fixture.central({QStringLiteral("assign"), yp(3), kAsh.login});
    QVERIFY2(taken.code == 1 && taken.err.contains(QLatin1String("use central reassign")), taken.said());
    const CtlRun nobody = m_fixture.central({QStringLiteral("reassign"), yp(5), kAsh.login});
    QVERIFY2(nobody.code == 1 && nobody.err.contains(QLatin1String("use central assign")), nobody.said());
    const CtlRun unknown = m_fixture.central({QStringLiteral("assign"), yp(77), kAsh.login});
    QVERIFY2(unknown.code == 1 &&
                 unknown.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")) ==
                     QStringLiteral("not-found"),
             unknown.said());
    const CtlRun notAnId = m_fixture.central({QStringLiteral("assign"), QStringLiteral("YJ-1"), kAsh.login});
    QVERIFY2(notAnId.code == 1 && notAnId.err.contains(QLatin1String("UUID")), notAnId.said());
    const CtlRun same = m_fixture.central({QStringLiteral("assign"), yp(2), kAsh.login});
    QVERIFY2(same.code == 0 && !same.json().value(QStringLiteral("changed")).toBool(), same.said());
    const CtlRun toSouth = m_fixture.central({QStringLiteral("assign"), yp(5), kJuniper.login});
    QVERIFY2(toSouth.code == 0, toSouth.said());
    QVERIFY(visible(kJuniper).contains(rec("young_person", yp(5))));
    QVERIFY(!visible(kHazel).contains(rec("young_person", yp(5))));
    QCOMPARE(column(*admin, QStringLiteral("SELECT action || ' ' || count(*) FROM trellis.audit_event "
                                           "WHERE action IN ('assign', 'reassign') GROUP BY action ORDER BY action")),
             (QStringList{QStringLiteral("assign 6"), QStringLiteral("reassign 1")}));
}

void TestCentralSecurity::deactivatedWorkerCannotSignIn()
{
    auto open = m_fixture.connectAs(kDale, kDb);
    QVERIFY(open.ok());
    const CtlRun deactivated = m_fixture.central({QStringLiteral("deactivate-worker"), kDale.login});
    QVERIFY2(deactivated.code == 0, deactivated.said());
    QCOMPARE(deactivated.json().value(QStringLiteral("still_allocated")).toInt(), 1);
    // At least the connection held open here (one just closed may still be on its way out).
    QVERIFY(deactivated.json().value(QStringLiteral("sessions_ended")).toInt() >= 1);

    // The connection that was open is gone; a new one is refused with its own message.
    auto afterwards = open.value()->exec(QStringLiteral("SELECT trellis.trellis_whoami()"));
    QVERIFY(!afterwards.ok());
    QCOMPARE(afterwards.error().kind, CentralError::Kind::ConnectionLost);
    auto refused = m_fixture.connectAs(kDale, kDb);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CentralError::Kind::AccountDisabled);
    QVERIFY2(refused.error().message.contains(QLatin1String("deactivated")), qPrintable(refused.error().message));

    PgConnection* admin = m_fixture.admin(kDb);
    QVERIFY(admin);
    QCOMPARE(column(*admin, QStringLiteral("SELECT r.rolcanlogin || ' ' || pg_has_role(r.oid, 'trellis_app', "
                                           "'MEMBER') || ' ' || a.active FROM pg_roles AS r JOIN "
                                           "trellis.worker_account AS a ON a.login = r.rolname "
                                           "WHERE r.rolname = 'dale.north'")),
             QStringList{QStringLiteral("false false false")});
    // Dale's young person waits for reallocation, still in their supervisor's view.
    QVERIFY(visible(kHazel).contains(rec("young_person", yp(6))));
    const CtlRun again = m_fixture.central({QStringLiteral("deactivate-worker"), kDale.login});
    QVERIFY2(again.code == 0 && !again.json().value(QStringLiteral("changed")).toBool(), again.said());
    const CtlRun toDale = m_fixture.central({QStringLiteral("assign"), yp(99), kDale.login});
    QVERIFY2(toDale.code == 1 && toDale.err.contains(QLatin1String("deactivated")), toDale.said());
    const CtlRun fromDale = m_fixture.central({QStringLiteral("reassign"), yp(6), kAsh.login});
    QVERIFY2(fromDale.code == 0, fromDale.said());
    QVERIFY(visible(kAsh).contains(rec("young_person", yp(6))));
}

// --- the central audit log --------------------------------------------------------------------

void TestCentralSecurity::auditIsAppendOnly()
{
    PgConnection* admin = m_fixture.admin(kDb);
    QVERIFY(admin);
    const QStringList before = column(*admin, QStringLiteral("SELECT count(*) FROM trellis.audit_event"));
    QVERIFY(before.first().toInt() >= 8);
    const QStringList changes{QStringLiteral("UPDATE trellis.audit_event SET actor = 'someone.else'"),
                              QStringLiteral("DELETE FROM trellis.audit_event"),
                              QStringLiteral("TRUNCATE trellis.audit_event")};

    // A worker (a manager, who may read the whole log through the API) holds no privilege on it.
    auto worker = m_fixture.connectAs(kBriar, kDb);
    QVERIFY(worker.ok());
    for (const QString& change : changes)
        QCOMPARE(worker.value()->exec(change).error().kind, CentralError::Kind::PermissionDenied);

    // Its owner, as a SECURITY DEFINER function would run, has revoked those privileges from itself.
    for (const QString& change : changes) {
        QVERIFY(admin->execScript(QStringLiteral("BEGIN; SET LOCAL ROLE trellis_owner")).ok());
        auto refused = admin->exec(change);
        QVERIFY(admin->execScript(QStringLiteral("ROLLBACK")).ok());
        QVERIFY2(!refused.ok(), qPrintable(change));
        // The privilege check, not the trigger (which raises the same SQLSTATE) stopped it.
        QVERIFY2(refused.error().detail.contains(QLatin1String("permission denied for table audit_event")),
                 qPrintable(refused.error().detail));
    }
    // Even a superuser meets the trigger.
    for (const QString& change : changes) {
        auto refused = admin->exec(change);
        QVERIFY2(!refused.ok(), qPrintable(change));
        QVERIFY2(refused.error().message.contains(QLatin1String("cannot be changed or removed")),
                 qPrintable(refused.error().message));
    }
    // Case allocation history is kept the same way.
    auto history = admin->exec(QStringLiteral("DELETE FROM trellis.assignment"));
    QVERIFY(!history.ok());
    QCOMPARE(column(*admin, QStringLiteral("SELECT count(*) FROM trellis.audit_event")), before);
}

// A push's answer lets the laptop forget its changes, and a purge receipt's its receipt: the
// commit must be flushed first even when the session (or the server, or the role) turned
// synchronous_commit off, or a crash of the server loses what it answered. And the database's
// own default is durable, so no pull snapshot counts a commit a crash could take back.
void TestCentralSecurity::answersWaitForTheCommitToBeKept()
{
    auto connection = m_fixture.connectAs(kAsh, kDb);
    QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error().message));
    PgConnection& ash = *connection.value();
    // Every session commits durably unless it says otherwise (the test server's own default is
    // off): a pull's snapshot must never count a commit that a crash could take back.
    QCOMPARE(column(ash, QStringLiteral("SHOW synchronous_commit")), QStringList{QStringLiteral("on")});
    for (const QString& call : {QStringLiteral("SELECT trellis.trellis_push('[]'::jsonb)"),
                                QStringLiteral("SELECT trellis.trellis_record_purge('{}'::uuid[], now())")}) {
        QVERIFY(ash.execScript(QStringLiteral("BEGIN; SET LOCAL synchronous_commit = off")).ok());
        auto called = ash.exec(call);
        QVERIFY2(called.ok(), qPrintable(called.ok() ? QString() : called.error().message));
        QCOMPARE(column(ash, QStringLiteral("SHOW synchronous_commit")), QStringList{QStringLiteral("local")});
        QVERIFY(ash.execScript(QStringLiteral("COMMIT")).ok());
    }
}

QTEST_GUILESS_MAIN(TestCentralSecurity)
#include "tst_central_security.moc"
