// The pull side of sync, revocation and purge receipts (docs/sync.md, "Pull, revocation and
// purge") against a real PostgreSQL 15 started for this test: trellis_pull, trellis_revoked and
// trellis_record_purge called over TLS by real worker logins, with changes made through
// trellis_push. Paging, who gets which young people, incremental pulls, a push still in flight
// while another commits (the cursor must not pass it), reallocation and new links bringing older
// records, revocation, purge receipts and refused cursors. The functions run in order and build
// on each other's records. Every login, name and id is fictional.

#include "CentralFixture.h"
#include "PullTestSupport.h"
#include "TestStore.h"

#include "central/PgConnection.h"
#include "domain/Entities.h"
#include "io/RecordJson.h"
#include "store/Statement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace trellis;
using namespace trellis::central;
using namespace trellis::test;
using namespace trellis::test::world;
using namespace trellis::test::pull;

class TestCentralPull : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void initialPullPagesThroughEverythingOnce();
    void fieldsAreTheLocalColumnsEncodedAsTheClientDoes();
    void eachWorkerPullsExactlyTheirYoungPeople();
    void incrementalPullReturnsOnlyWhatChanged();
    void pushInFlightIsNeverSkipped();
    void reallocationBringsOlderRecordsAndRevokes();
    void newLinkBringsTheTrustedAdult();
    void revokedAndMissingAreIndistinguishable();
    void purgeWritesOneAuditRowPerYoungPerson();
    void forgedOrGarbageCursorsAreRefused();
    void deactivatedWorkerPullsNothing();
    void tablesStayClosed();

private:
    CentralFixture m_fixture;
    QHash<QString, QString> m_workerIds;
    CentralPuller m_central{m_fixture};
    // Each worker's cursor after their last complete pull, and what they hold.
    QHash<QString, QString> m_cursors;
    QHash<QString, QSet<QString>> m_held;
};

void TestCentralPull::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.startWithWorkers(&m_workerIds, &error), qPrintable(error));
    for (int n = 1; n <= 6; ++n)
        QVERIFY2(m_fixture.insertYoungPerson(kDb, yp(n), QStringLiteral("PL-%1").arg(n), &error), qPrintable(error));
    const QList<std::pair<int, TestWorker>> allocations{{1, kAsh}, {2, kAsh}, {3, kBay}, {4, kJuniper}, {6, kDale}};
    for (const auto& [n, worker] : allocations) {
        const CtlRun assigned = m_fixture.central({QStringLiteral("assign"), yp(n), worker.login});
        QVERIFY2(assigned.code == 0, assigned.said());
    }
    // Ash: Y1 with a plan, an adult named in an item and linked, an intervention, an episode and
    // a dozen contacts; Y2 with a plan.
    QJsonArray ash{plan(rec(1), yp(1), 1),
                   adult(rec(10)),
                   link(rec(11), yp(1), rec(10)),
                   item(rec(12), rec(1), rec(10)),
                   insert(QStringLiteral("intervention"), rec(3),
                          {{QStringLiteral("young_person_id"), yp(1)},
                           {QStringLiteral("type"), QStringLiteral("referral_order")},
                           {QStringLiteral("start_date"), QStringLiteral("2026-10-01")}}),
                   insert(QStringLiteral("episode"), rec(4),
                          {{QStringLiteral("young_person_id"), yp(1)},
                           {QStringLiteral("kind"), QStringLiteral("missing")},
                           {QStringLiteral("start_date"), QStringLiteral("2026-09-01")}}),
                   plan(rec(5), yp(2), 1)};
    for (int n = 0; n < 12; ++n)
        ash.append(contact(rec(100 + n), yp(n % 2 == 0 ? 1 : 2)));
    // The plan's review date moves after its item was written: the plan's version is then newer
    // than the item's, and the pull must still send the plan first.
    ash.append(update(QStringLiteral("safety_plan"), rec(1), QStringLiteral("review_date"),
                      QStringLiteral("2026-12-01"), QStringLiteral("2026-12-24")));
    QCOMPARE(m_central.push(kAsh, ash).size(), ash.size());
    // Bay: Y3 with a plan, an adult linked and named in an item, and a contact.
    const QJsonArray bay{plan(rec(20), yp(3), 1), adult(rec(21)), link(rec(22), yp(3), rec(21)),
                         item(rec(24), rec(20), rec(21)), contact(rec(23), yp(3))};
    QCOMPARE(m_central.push(kBay, bay).size(), bay.size());
    // Juniper: Y4 with their own adult and an episode. Dale: a contact for Y6.
    const QJsonArray juniper{adult(rec(30)), link(rec(31), yp(4), rec(30)),
                             insert(QStringLiteral("episode"), rec(32),
                                    {{QStringLiteral("young_person_id"), yp(4)},
                                     {QStringLiteral("kind"), QStringLiteral("nrm")},
                                     {QStringLiteral("start_date"), QStringLiteral("2026-08-01")}})};
    QCOMPARE(m_central.push(kJuniper, juniper).size(), juniper.size());
    QCOMPARE(m_central.push(kDale, {contact(rec(40), yp(6))}).size(), 1);
    QCOMPARE(m_central.value(QStringLiteral("SELECT count(*) FROM trellis.change_receipt WHERE result ->> 'result' <> 'applied'")),
             QStringLiteral("0"));
}

// --- the initial pull -------------------------------------------------------------------------

void TestCentralPull::initialPullPagesThroughEverythingOnce()
{
    QSet<QString> held;
    const Pulled pulled = m_central.pullAll(kAsh, QVariant(), 7, &held);
    QVERIFY2(pulled.problem.isEmpty(), qPrintable(pulled.problem));
    QVERIFY2(pulled.pages >= 4, qPrintable(QString::number(pulled.pages)));
    // Each row once, and exactly what Ash may see: the records, and the workers of Ash's team.
    QCOMPARE(pulled.rows.size(), pulled.keys().size());
    QSet<QString> records = pulled.keys();
    QSet<QString> workers;
    for (const QString& row : pulled.keys())
        if (row.startsWith(QLatin1String("worker:"))) {
            records.remove(row);
            workers.insert(row.mid(7));
        }
    QCOMPARE(records, m_central.visible(kAsh));
    QCOMPARE(workers, (QSet<QString>{m_workerIds.value(kAsh.login), m_workerIds.value(kBay.login),
                                     m_workerIds.value(kHazel.login), m_workerIds.value(kDale.login)}));
    QCOMPARE(records.size(), 2 + 2 + 1 + 1 + 1 + 1 + 1 + 12);
    // The plan was changed after its item, so a pull in version order alone would send the item first.
    QVERIFY(pulled.find(QStringLiteral("safety_plan"), rec(1)).value(QStringLiteral("server_version")).toInteger() >
            pulled.find(QStringLiteral("safety_plan_item"), rec(12)).value(QStringLiteral("server_version")).toInteger());
    // Rows are current state: the plan's latest review date.
    QCOMPARE(pulled.find(QStringLiteral("safety_plan"), rec(1))
                 .value(QStringLiteral("fields"))
                 .toObject()
                 .value(QStringLiteral("review_date"))
                 .toString(),
             QStringLiteral("2026-12-24"));
    for (const QJsonObject& row : pulled.rows) {
        const QString entity = row.value(QStringLiteral("entity")).toString();
        const QString person = row.value(QStringLiteral("young_person_id")).toString();
        if (entity == QLatin1String("worker") || entity == QLatin1String("trusted_adult"))
            QVERIFY(row.value(QStringLiteral("young_person_id")).isNull());
        else
            QVERIFY2(person == yp(1) || person == yp(2), qPrintable(key(row)));
    }
    m_cursors.insert(kAsh.login, pulled.cursor);
    m_held.insert(kAsh.login, held);
    // Pulling again at once brings nothing.
    const Pulled again = m_central.pullAll(kAsh, pulled.cursor, 7, &held);
    QVERIFY2(again.problem.isEmpty(), qPrintable(again.problem));
    QCOMPARE(again.rows.size(), 0);
    QCOMPARE(again.pages, 1);
    m_cursors.insert(kAsh.login, again.cursor);
}

void TestCentralPull::fieldsAreTheLocalColumnsEncodedAsTheClientDoes()
{
    TestStore store;
    std::unique_ptr<Database> local = store.create();
    QVERIFY(local);
    const Pulled pulled = m_central.pullAll(kBriar, QVariant(), 500);
    QVERIFY2(pulled.problem.isEmpty(), qPrintable(pulled.problem));
    // UTC, to the millisecond at most (json writes trailing zeros of the fraction off).
    const QRegularExpression moment(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?\\+00:00$"));
    const QRegularExpression day(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d$"));
    QSet<QString> entities;
    for (const QJsonObject& row : pulled.rows) {
        const QString entity = row.value(QStringLiteral("entity")).toString();
        entities.insert(entity);
        const QJsonObject fields = row.value(QStringLiteral("fields")).toObject();
        // The local table's columns but for the local bookkeeping; server_version beside them.
        auto columns = local->prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1) "
                                                     "WHERE name NOT IN ('server_version', 'dirty') ORDER BY name"));
        QVERIFY(columns.ok());
        columns.value()->bind(1, entity);
        QStringList expected;
        while (columns.value()->next())
            expected.append(columns.value()->text(0));
        QStringList sent = fields.keys();
        sent.sort();
        QCOMPARE(sent, expected);
        QVERIFY(row.value(QStringLiteral("server_version")).toInteger() > 0);
        QCOMPARE(fields.value(QStringLiteral("id")).toString(), row.value(QStringLiteral("id")).toString());
        QVERIFY(fields.value(QStringLiteral("deleted")).isBool());
        for (const QString& stamp : {QStringLiteral("created_at"), QStringLiteral("updated_at")})
            QVERIFY2(moment.match(fields.value(stamp).toString()).hasMatch(), qPrintable(fields.value(stamp).toString()));
        // The client's own decoder takes every row without a complaint.
        QJsonObject decodable = fields;
        decodable.remove(QStringLiteral("deleted"));
        domain::ValidationIssues issues;
        io::RecordJson::fromJson(decodable, domain::Entities::get(entity), issues);
        QVERIFY2(issues.isEmpty(), qPrintable(key(row) + QStringLiteral(": ") + issues.value(0).field));
    }
    QCOMPARE(entities, (QSet<QString>{QStringLiteral("worker"), QStringLiteral("young_person"),
                                      QStringLiteral("trusted_adult"), QStringLiteral("trusted_adult_link"),
                                      QStringLiteral("intervention"), QStringLiteral("contact"),
                                      QStringLiteral("safety_plan"), QStringLiteral("safety_plan_item"),
                                      QStringLiteral("episode")}));
    const QJsonObject plan =
        pulled.find(QStringLiteral("safety_plan"), rec(1)).value(QStringLiteral("fields")).toObject();
    QCOMPARE(QDateTime::fromString(plan.value(QStringLiteral("activated_at")).toString(), Qt::ISODate),
             QDateTime(QDate(2026, 11, 20), QTime(8, 0, 0, 250), Qt::UTC));
    QVERIFY(day.match(plan.value(QStringLiteral("review_date")).toString()).hasMatch());
    QCOMPARE(plan.value(QStringLiteral("code_word")), QJsonValue(QJsonValue::Null));
    QCOMPARE(plan.value(QStringLiteral("version")), QJsonValue(1));
    const QJsonObject visit =
        pulled.find(QStringLiteral("contact"), rec(100)).value(QStringLiteral("fields")).toObject();
    QCOMPARE(QDateTime::fromString(visit.value(QStringLiteral("occurred_at")).toString(), Qt::ISODate),
             QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    QCOMPARE(visit.value(QStringLiteral("duration_minutes")), QJsonValue(40));
    QCOMPARE(visit.value(QStringLiteral("created_by")).toString(), QStringLiteral("tester"));
    const QJsonObject person =
        pulled.find(QStringLiteral("young_person"), yp(1)).value(QStringLiteral("fields")).toObject();
    QCOMPARE(person.value(QStringLiteral("flag_cce")), QJsonValue(false));
    QCOMPARE(person.value(QStringLiteral("date_of_birth")).toString(), QStringLiteral("2009-05-01"));
    QCOMPARE(person.value(QStringLiteral("lead_worker_id")).toString(), m_workerIds.value(kAsh.login));
}

// The issue's security test: a caseworker, a supervisor, a worker in another team and a manager
// each get exactly their young people (the deactivated worker is below).
void TestCentralPull::eachWorkerPullsExactlyTheirYoungPeople()
{
    const QList<std::pair<TestWorker, QSet<QString>>> expected{
        {kAsh, {yp(1), yp(2)}},
        {kBay, {yp(3)}},
        {kHazel, {yp(1), yp(2), yp(3), yp(6)}},
        {kJuniper, {yp(4)}},
        {kDale, {yp(6)}},
        {kBriar, {yp(1), yp(2), yp(3), yp(4), yp(5), yp(6)}}};
    for (const auto& [worker, people] : expected) {
        QSet<QString> held;
        const Pulled pulled = m_central.pullAll(worker, QVariant(), 7, &held);
        QVERIFY2(pulled.problem.isEmpty(), qPrintable(worker.login + QStringLiteral(": ") + pulled.problem));
        QCOMPARE(pulled.of(QStringLiteral("young_person")), people);
        QSet<QString> records = pulled.keys();
        for (const QString& row : pulled.keys())
            if (row.startsWith(QLatin1String("worker:")))
                records.remove(row);
        QCOMPARE(records, m_central.visible(worker));
        for (const QJsonObject& row : pulled.rows) {
            const QString person = row.value(QStringLiteral("young_person_id")).toString();
            QVERIFY2(person.isEmpty() || people.contains(person), qPrintable(worker.login + QLatin1Char(' ') + key(row)));
        }
        if (!m_cursors.contains(worker.login)) {
            m_cursors.insert(worker.login, pulled.cursor);
            m_held.insert(worker.login, held);
        }
    }
    // The adult shared by nobody across teams stays in its team.
    QVERIFY(!m_central.visible(kAsh).contains(QStringLiteral("trusted_adult:") + rec(30)));
}

// --- incremental pulls ------------------------------------------------------------------------

void TestCentralPull::incrementalPullReturnsOnlyWhatChanged()
{
    const QJsonArray results =
        m_central.push(kHazel, {update(QStringLiteral("safety_plan"), rec(5), QStringLiteral("code_word"), QJsonValue::Null,
                             QStringLiteral("lighthouse")),
                      update(QStringLiteral("safety_plan"), rec(20), QStringLiteral("code_word"), QJsonValue::Null,
                             QStringLiteral("harbour"))});
    QCOMPARE(results.size(), 2);
    const qint64 version = results[0].toObject().value(QStringLiteral("server_version")).toInteger();
    QSet<QString>& held = m_held[kAsh.login];
    const Pulled ash = m_central.pullAll(kAsh, m_cursors.value(kAsh.login), 7, &held);
    QVERIFY2(ash.problem.isEmpty(), qPrintable(ash.problem));
    QCOMPARE(ash.keys(), QSet<QString>{QStringLiteral("safety_plan:") + rec(5)});
    QCOMPARE(ash.rows.first().value(QStringLiteral("server_version")).toInteger(), version);
    QCOMPARE(ash.rows.first().value(QStringLiteral("fields")).toObject().value(QStringLiteral("code_word")).toString(),
             QStringLiteral("lighthouse"));
    m_cursors.insert(kAsh.login, ash.cursor);
    // Bay gets the other, Hazel both, Juniper neither.
    const Pulled bay = m_central.pullAll(kBay, m_cursors.value(kBay.login), 7, &m_held[kBay.login]);
    QCOMPARE(bay.keys(), QSet<QString>{QStringLiteral("safety_plan:") + rec(20)});
    m_cursors.insert(kBay.login, bay.cursor);
    const Pulled hazel = m_central.pullAll(kHazel, m_cursors.value(kHazel.login), 7, &m_held[kHazel.login]);
    QCOMPARE(hazel.keys(),
             (QSet<QString>{QStringLiteral("safety_plan:") + rec(5), QStringLiteral("safety_plan:") + rec(20)}));
    m_cursors.insert(kHazel.login, hazel.cursor);
    const Pulled juniper = m_central.pullAll(kJuniper, m_cursors.value(kJuniper.login), 7, &m_held[kJuniper.login]);
    QVERIFY2(juniper.problem.isEmpty(), qPrintable(juniper.problem));
    QCOMPARE(juniper.rows.size(), 0);
    m_cursors.insert(kJuniper.login, juniper.cursor);
}

// Versions commit out of order. A takes a lower version and has not committed when B commits a
// higher one and Ash pulls: the pull returns B's row, and its cursor must not pass A, so the
// next pull, after A commits, returns A's row.
void TestCentralPull::pushInFlightIsNeverSkipped()
{
    auto first = m_fixture.connectAs(kAsh, kDb);
    auto second = m_fixture.connectAs(kHazel, kDb);
    QVERIFY(first.ok() && second.ok());
    PgConnection& a = *first.value();
    PgConnection& b = *second.value();
    QVERIFY(a.execScript(QStringLiteral("BEGIN")).ok());
    const QJsonArray inFlight = m_central.push(kAsh,
                                     {update(QStringLiteral("intervention"), rec(3), QStringLiteral("legal_status"),
                                             QJsonValue::Null, QStringLiteral("Fictional order"))},
                                     &a);
    const QJsonArray committed =
        m_central.push(kHazel,
             {update(QStringLiteral("episode"), rec(4), QStringLiteral("notes"), QJsonValue::Null,
                     QStringLiteral("Fictional note"))},
             &b);
    QCOMPARE(inFlight.size(), 1);
    QCOMPARE(committed.size(), 1);
    const qint64 lower = inFlight[0].toObject().value(QStringLiteral("server_version")).toInteger();
    const qint64 higher = committed[0].toObject().value(QStringLiteral("server_version")).toInteger();
    QVERIFY2(lower < higher, qPrintable(QStringLiteral("%1 %2").arg(lower).arg(higher)));

    QSet<QString>& held = m_held[kAsh.login];
    const Pulled during = m_central.pullAll(kAsh, m_cursors.value(kAsh.login), 7, &held);
    QVERIFY2(during.problem.isEmpty(), qPrintable(during.problem));
    QCOMPARE(during.keys(), QSet<QString>{QStringLiteral("episode:") + rec(4)});
    QCOMPARE(during.rows.first().value(QStringLiteral("server_version")).toInteger(), higher);

    QVERIFY(a.execScript(QStringLiteral("COMMIT")).ok());
    const Pulled after = m_central.pullAll(kAsh, during.cursor, 7, &held);
    QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
    QCOMPARE(after.keys(), QSet<QString>{QStringLiteral("intervention:") + rec(3)});
    QCOMPARE(after.rows.first().value(QStringLiteral("server_version")).toInteger(), lower);
    QCOMPARE(
        after.rows.first().value(QStringLiteral("fields")).toObject().value(QStringLiteral("legal_status")).toString(),
        QStringLiteral("Fictional order"));
    m_cursors.insert(kAsh.login, after.cursor);

    // The same in the middle of a round of pages: a page, then a push that takes a version below
    // the page's position, then the rest of the round and the round after.
    QVERIFY(a.execScript(QStringLiteral("BEGIN")).ok());
    const QJsonArray slow = m_central.push(kAsh, {contact(rec(120), yp(1))}, &a);
    QCOMPARE(slow.size(), 1);
    for (int n = 0; n < 9; ++n)
        QCOMPARE(m_central.push(kHazel, {contact(rec(121 + n), yp(2))}, &b).size(), 1);
    QString error;
    PgConnection* puller = m_central.connection(kAsh);
    QVERIFY(puller);
    const QJsonObject firstPage = m_central.page(*puller, m_cursors.value(kAsh.login), 5, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(firstPage.value(QStringLiteral("complete")).toBool(), false);
    QVERIFY(a.execScript(QStringLiteral("COMMIT")).ok());
    // The round goes on to its end without the slow contact (its transaction was in flight when
    // the round began); the round after brings it.
    const Pulled rest = m_central.pullAll(kAsh, firstPage.value(QStringLiteral("cursor")).toString(), 5, &held);
    QVERIFY2(rest.problem.isEmpty(), qPrintable(rest.problem));
    QSet<QString> seen = rest.keys();
    for (const QJsonValue& row : firstPage.value(QStringLiteral("rows")).toArray())
        seen.insert(key(row.toObject()));
    QSet<QString> expected;
    for (int n = 121; n < 130; ++n)
        expected.insert(QStringLiteral("contact:") + rec(n));
    QCOMPARE(seen, expected);
    const Pulled next = m_central.pullAll(kAsh, rest.cursor, 5, &held);
    QVERIFY2(next.problem.isEmpty(), qPrintable(next.problem));
    QCOMPARE(next.keys(), QSet<QString>{QStringLiteral("contact:") + rec(120)});
    QCOMPARE(next.rows.first().value(QStringLiteral("server_version")).toInteger(),
             slow[0].toObject().value(QStringLiteral("server_version")).toInteger());
    m_cursors.insert(kAsh.login, next.cursor);
}

// --- visibility that changes ------------------------------------------------------------------

void TestCentralPull::reallocationBringsOlderRecordsAndRevokes()
{
    // Y3 with everything attached, as Bay sees them now; all of it older than Ash's cursor.
    QSet<QString> y3 = m_central.visible(kBay);
    QVERIFY(y3.contains(QStringLiteral("young_person:") + yp(3)));
    QCOMPARE(y3.size(), 6); // young person, plan, adult, link, item, contact
    const CtlRun moved = m_fixture.central({QStringLiteral("reassign"), yp(3), kAsh.login});
    QVERIFY2(moved.code == 0, moved.said());

    const Pulled ash = m_central.pullAll(kAsh, m_cursors.value(kAsh.login), 7, &m_held[kAsh.login]);
    QVERIFY2(ash.problem.isEmpty(), qPrintable(ash.problem));
    QSet<QString> records = ash.keys();
    QVERIFY(records.contains(y3));
    records.subtract(y3);
    QCOMPARE(records, QSet<QString>{}); // and nothing else
    m_cursors.insert(kAsh.login, ash.cursor);
    // The plan Bay made comes with Hazel's code word of earlier: the current state.
    QCOMPARE(ash.find(QStringLiteral("safety_plan"), rec(20))
                 .value(QStringLiteral("fields"))
                 .toObject()
                 .value(QStringLiteral("code_word"))
                 .toString(),
             QStringLiteral("harbour"));

    // Bay holds Y3 and is told it is revoked; Ash holds it now and is not.
    QCOMPARE(m_central.revoked(kBay, {yp(3)}), QStringList{yp(3)});
    QCOMPARE(m_central.revoked(kAsh, {yp(1), yp(2), yp(3)}), QStringList{});
    // Bay's later pulls never return it, whatever changes.
    QCOMPARE(m_central.push(kAsh, {update(QStringLiteral("young_person"), yp(3), QStringLiteral("preferred_name"),
                                QJsonValue::Null, QStringLiteral("Fictional"))})
                 .size(),
             1);
    const Pulled bay = m_central.pullAll(kBay, m_cursors.value(kBay.login), 7, &m_held[kBay.login]);
    QVERIFY2(bay.problem.isEmpty(), qPrintable(bay.problem));
    for (const QJsonObject& row : bay.rows)
        QVERIFY2(row.value(QStringLiteral("young_person_id")).toString() != yp(3) &&
                     row.value(QStringLiteral("entity")).toString() != QLatin1String("trusted_adult"),
                 qPrintable(key(row)));
    QCOMPARE(bay.of(QStringLiteral("young_person")), QSet<QString>{});
    const Pulled ashAgain = m_central.pullAll(kAsh, m_cursors.value(kAsh.login), 7, &m_held[kAsh.login]);
    QCOMPARE(ashAgain.keys(), QSet<QString>{QStringLiteral("young_person:") + yp(3)});
    m_cursors.insert(kAsh.login, ashAgain.cursor);
    // Hazel, whose team kept Y3, gets it again (harmless) and nothing of it is lost.
    const Pulled hazel = m_central.pullAll(kHazel, m_cursors.value(kHazel.login), 7, &m_held[kHazel.login]);
    QVERIFY2(hazel.problem.isEmpty(), qPrintable(hazel.problem));
    QVERIFY(hazel.of(QStringLiteral("young_person")).contains(yp(3)));
    m_cursors.insert(kHazel.login, hazel.cursor);
}

void TestCentralPull::newLinkBringsTheTrustedAdult()
{
    // Juniper's adult (South), unchanged for a long time, is linked by a manager to Ash's Y2.
    const qint64 adultVersion = m_central.value(QStringLiteral("SELECT server_version FROM trellis.trusted_adult WHERE id = $1"),
                                      {rec(30)})
                                    .toLongLong();
    QVERIFY(adultVersion > 0);
    QCOMPARE(m_central.push(kBriar, {link(rec(50), yp(2), rec(30))}).size(), 1);
    const Pulled ash = m_central.pullAll(kAsh, m_cursors.value(kAsh.login), 7, &m_held[kAsh.login]);
    QVERIFY2(ash.problem.isEmpty(), qPrintable(ash.problem));
    QCOMPARE(ash.keys(), (QSet<QString>{QStringLiteral("trusted_adult_link:") + rec(50),
                                        QStringLiteral("trusted_adult:") + rec(30)}));
    QCOMPARE(ash.find(QStringLiteral("trusted_adult"), rec(30)).value(QStringLiteral("server_version")).toInteger(),
             adultVersion);
    m_cursors.insert(kAsh.login, ash.cursor);
    // Juniper already held the adult: only the new link, which Juniper cannot see, is not sent.
    const Pulled juniper = m_central.pullAll(kJuniper, m_cursors.value(kJuniper.login), 7, &m_held[kJuniper.login]);
    QVERIFY2(juniper.problem.isEmpty(), qPrintable(juniper.problem));
    QCOMPARE(juniper.rows.size(), 0);
}

void TestCentralPull::revokedAndMissingAreIndistinguishable()
{
    // Y4 is Juniper's, Y99 does not exist: the same answer, in the order asked, each once.
    QCOMPARE(m_central.revoked(kAsh, {yp(4), yp(1), yp(99), yp(4)}), (QStringList{yp(4), yp(99)}));
    QCOMPARE(m_central.revoked(kJuniper, {yp(99), yp(4)}), QStringList{yp(99)});
    QCOMPARE(m_central.revoked(kBriar, {yp(1), yp(2), yp(3), yp(4), yp(5), yp(6), yp(99)}), QStringList{yp(99)});
    QCOMPARE(m_central.revoked(kAsh, {}), QStringList{});
    PgConnection* ash = m_central.connection(kAsh);
    QVERIFY(ash);
    auto null = ash->exec(QStringLiteral("SELECT trellis.trellis_revoked(NULL)"));
    QVERIFY(!null.ok());
}

void TestCentralPull::purgeWritesOneAuditRowPerYoungPerson()
{
    PgConnection* bay = m_central.connection(kBay);
    QVERIFY(bay);
    const QString at = QStringLiteral("2026-11-27T11:00:00.000Z");
    const QString ids = QStringLiteral("{%1,%2,%1}").arg(yp(3), yp(99));
    for (int time = 0; time < 2; ++time) { // sent again: nothing new
        auto purged = bay->exec(QStringLiteral("SELECT trellis.trellis_record_purge($1::uuid[], $2::timestamptz)"),
                                {ids, at});
        QVERIFY2(purged.ok(), qPrintable(purged.error().message));
    }
    QCOMPARE(column(*m_fixture.admin(kDb),
                    QStringLiteral("SELECT source || ' ' || actor || ' ' || received_from || ' ' || entity || ' ' || "
                                   "entity_id || ' ' || (occurred_at = $1::timestamptz) || ' ' || "
                                   "coalesce(reason, '-') || ' ' || coalesce(change_id::text, '-') "
                                   "FROM trellis.audit_event WHERE action = 'purge' ORDER BY seq"),
                    {at}),
             (QStringList{QStringLiteral("sync bay.north bay.north young_person %1 true - -").arg(yp(3)),
                          QStringLiteral("sync bay.north bay.north young_person %1 true - -").arg(yp(99))}));
    // Another time is another purge; garbage is refused.
    auto later = bay->exec(QStringLiteral("SELECT trellis.trellis_record_purge($1::uuid[], now())"), {yp(3)});
    QVERIFY(!later.ok()); // not an array
    auto again = bay->exec(QStringLiteral("SELECT trellis.trellis_record_purge(ARRAY[$1::uuid], now())"), {yp(3)});
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    auto missing = bay->exec(QStringLiteral("SELECT trellis.trellis_record_purge(ARRAY[$1::uuid], NULL)"), {yp(3)});
    QVERIFY(!missing.ok());
    QCOMPARE(m_central.value(QStringLiteral("SELECT count(*) FROM trellis.audit_event WHERE action = 'purge'")),
             QStringLiteral("3"));
}

// --- cursors ----------------------------------------------------------------------------------

void TestCentralPull::forgedOrGarbageCursorsAreRefused()
{
    PgConnection* ash = m_central.connection(kAsh);
    PgConnection* hazel = m_central.connection(kHazel);
    QVERIFY(ash && hazel);
    // A cursor in the middle of a round, and one between rounds.
    QString error;
    const QJsonObject first = m_central.page(*ash, QVariant(), 5, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString middle = first.value(QStringLiteral("cursor")).toString();
    const QString between = m_cursors.value(kAsh.login);
    QVERIFY(middle.startsWith(QLatin1String("v1|")));

    QStringList forged{QStringLiteral(""),
                       QStringLiteral("hello"),
                       QStringLiteral("'; DROP TABLE trellis.young_person; --"),
                       middle.left(middle.size() - 1),
                       middle + QLatin1Char('0'),
                       middle.toUpper(),
                       QString(300000, QLatin1Char('1'))};
    // Each part changed in turn, the MAC kept: the walk's position, the snapshots (to see rows
    // again, or to claim a later one), the account.
    const QStringList parts = middle.split(QLatin1Char('|'));
    QCOMPARE(parts.size(), 7);
    auto with = [&](int index, const QString& part) {
        QStringList changed = parts;
        changed[index] = part;
        return changed.join(QLatin1Char('|'));
    };
    forged << with(5, QStringLiteral("0")) << with(4, QStringLiteral("1")) << with(3, QString())
           << with(3, QStringLiteral("1:99999999:")) << with(2, QStringLiteral("1:2:"))
           << with(1, QStringLiteral("0000000000000000")) << with(6, QString(64, QLatin1Char('0')))
           << with(3, parts[3] + QStringLiteral("'::pg_snapshot); SELECT 1; --"));
    for (const QString& cursor : forged) {
        error.clear();
        m_central.page(*ash, cursor, 7, &error);
        QVERIFY2(error.contains(QLatin1String("pull cursor refused")), qPrintable(cursor.left(80) + QStringLiteral(": ") + error));
    }
    // Ash's good cursors are no good to Hazel, even though Hazel sees more.
    for (const QString& cursor : {middle, between}) {
        error.clear();
        m_central.page(*hazel, cursor, 7, &error);
        QVERIFY2(error.contains(QLatin1String("not issued by this central store to this login")), qPrintable(error));
        error.clear();
        m_central.page(*ash, cursor, 7, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // max_rows out of range.
    for (int maxRows : {0, -1, 4, 10001}) {
        error.clear();
        m_central.page(*ash, between, maxRows, &error);
        QVERIFY2(error.contains(QLatin1String("max_rows")), qPrintable(error));
    }
    QCOMPARE(m_central.value(QStringLiteral("SELECT count(*) FROM trellis.young_person")), QStringLiteral("6"));
}

void TestCentralPull::deactivatedWorkerPullsNothing()
{
    PgConnection* open = m_central.connection(kDale);
    QVERIFY(open);
    const CtlRun deactivated = m_fixture.central({QStringLiteral("deactivate-worker"), kDale.login});
    QVERIFY2(deactivated.code == 0, deactivated.said());
    auto refused = m_fixture.connectAs(kDale, kDb);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CentralError::Kind::AccountDisabled);
    // Were the login given back by hand, the account is still inactive: no pull, everything
    // revoked, no purge receipt in their name.
    PgConnection* admin = m_fixture.admin(kDb);
    QVERIFY(admin);
    QVERIFY(admin->execScript(QStringLiteral("ALTER ROLE \"dale.north\" LOGIN; GRANT trellis_app TO \"dale.north\"")).ok());
    m_central.forget(kDale);
    PgConnection* dale = m_central.connection(kDale);
    QVERIFY(dale);
    QString error;
    m_central.page(*dale, QVariant(), 7, &error);
    QVERIFY2(error.contains(QLatin1String("only an active Trellis worker may pull")), qPrintable(error));
    QCOMPARE(m_central.revoked(kDale, {yp(6)}), QStringList{yp(6)});
    QVERIFY(!dale->exec(QStringLiteral("SELECT trellis.trellis_record_purge(ARRAY[$1::uuid], now())"), {yp(6)}).ok());
    QVERIFY(admin->execScript(QStringLiteral("ALTER ROLE \"dale.north\" NOLOGIN; REVOKE trellis_app FROM \"dale.north\"")).ok());
    // Y6 waits for reallocation in Hazel's view, and still comes to Hazel.
    const Pulled hazel = m_central.pullAll(kHazel, QVariant(), 50);
    QVERIFY(hazel.of(QStringLiteral("young_person")).contains(yp(6)));
}

void TestCentralPull::tablesStayClosed()
{
    PgConnection* ash = m_central.connection(kAsh);
    QVERIFY(ash);
    for (const QString& statement :
         {QStringLiteral("SELECT * FROM trellis.young_person"), QStringLiteral("SELECT * FROM trellis.pull_cursor_key"),
          QStringLiteral("SELECT * FROM trellis.assignment"),
          QStringLiteral("SELECT trellis_acl.pull_cursor_mac('v1')"),
          QStringLiteral("SELECT trellis.pull_chunk_query('young_person', 'true', false, false, false, false, "
                         "false)"),
          QStringLiteral("SELECT trellis.pull_cursor_make('x', NULL, pg_current_snapshot(), 1, 0)"),
          QStringLiteral("INSERT INTO trellis.audit_event (id, source, occurred_at, actor, action) "
                         "VALUES (gen_random_uuid(), 'sync', now(), 'ash.north', 'purge')")}) {
        auto refused = ash->exec(statement);
        QVERIFY2(!refused.ok(), qPrintable(statement));
        QVERIFY2(refused.error().kind == CentralError::Kind::PermissionDenied,
                 qPrintable(statement + QStringLiteral(": ") + refused.error().message));
    }
    // Nobody may change the cursor key, not even a superuser by mistake.
    PgConnection* admin = m_fixture.admin(kDb);
    QVERIFY(admin);
    QVERIFY(!admin->exec(QStringLiteral("UPDATE trellis.pull_cursor_key SET created_at = now()")).ok());
    QVERIFY(!admin->exec(QStringLiteral("DELETE FROM trellis.pull_cursor_key")).ok());
}

QTEST_GUILESS_MAIN(TestCentralPull)
#include "tst_central_pull.moc"
