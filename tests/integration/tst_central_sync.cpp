// The push side of sync (docs/sync.md) against a real PostgreSQL 15 started for this test:
// trellis_push called over libpq by real worker logins. Idempotent receipts, the field-level
// three-way merge with its conflict records, delete against edit, append-only contacts, and
// rejections kept in quarantine with answers that never tell "not visible" from "does not
// exist". The functions run in order; each uses its own records. Every login, name and id is
// fictional.

#include "CentralFixture.h"

#include "central/PgConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace trellis;
using namespace trellis::central;
using namespace trellis::test;
using namespace trellis::test::world;

namespace {

// Y1, Y2 are Ash's; Y3 Bay's; Y4 Juniper's (South). Y99 does not exist.
QString yp(int n)
{
    return fictionalId("b2000000", n);
}
// Fictional records of every other kind, numbered by the test that makes them.
QString rec(int n)
{
    return fictionalId("e2000000", n);
}
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct Field {
    QString name;
    QJsonValue base;
    QJsonValue next;
};

// One change in the wire format of docs/sync.md.
QJsonObject change(const QString& entity, const QString& record, const QString& op, const QJsonValue& baseVersion,
                   const QList<Field>& fields)
{
    QJsonObject values;
    for (const Field& field : fields)
        values.insert(field.name,
                      QJsonObject{{QStringLiteral("base"), field.base}, {QStringLiteral("new"), field.next}});
    return QJsonObject{{QStringLiteral("change_id"), newId()},
                       {QStringLiteral("batch_id"), newId()},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("record_id"), record},
                       {QStringLiteral("young_person_id"), QJsonValue::Null},
                       {QStringLiteral("op"), op},
                       {QStringLiteral("base_version"), baseVersion},
                       {QStringLiteral("fields"), values},
                       {QStringLiteral("made_by"), QStringLiteral("tester")},
                       {QStringLiteral("made_at"), QStringLiteral("2026-11-27T10:15:00.000Z")}};
}
QJsonObject update(const QString& entity, const QString& record, const QList<Field>& fields,
                   const QJsonValue& baseVersion = QJsonValue::Null)
{
    return change(entity, record, QStringLiteral("update"), baseVersion, fields);
}
QJsonObject insert(const QString& entity, const QString& record, const QList<std::pair<QString, QJsonValue>>& values)
{
    QList<Field> fields;
    for (const auto& [name, value] : values)
        fields.append({name, QJsonValue::Null, value});
    return change(entity, record, QStringLiteral("insert"), QJsonValue::Null, fields);
}
QJsonObject remove(const QString& entity, const QString& record, const QJsonValue& baseVersion)
{
    return change(entity, record, QStringLiteral("delete"), baseVersion, {{QStringLiteral("deleted"), false, true}});
}
// An edit of a plan's own words that names the conflict it resolves.
QJsonObject resolving(const QString& planId, const QString& base, const QString& next, const QString& conflictId)
{
    QJsonObject resolution = update(QStringLiteral("safety_plan"), planId, {{QStringLiteral("own_words"), base, next}});
    QJsonObject fields = resolution.value(QStringLiteral("fields")).toObject();
    QJsonObject ownWords = fields.value(QStringLiteral("own_words")).toObject();
    ownWords.insert(QStringLiteral("resolves"), conflictId);
    fields.insert(QStringLiteral("own_words"), ownWords);
    resolution.insert(QStringLiteral("fields"), fields);
    return resolution;
}
QJsonObject plan(const QString& id, const QString& youngPerson, int version)
{
    return insert(QStringLiteral("safety_plan"), id,
                  {{QStringLiteral("young_person_id"), youngPerson},
                   {QStringLiteral("version"), version},
                   {QStringLiteral("status"), QStringLiteral("draft")},
                   {QStringLiteral("review_date"), QStringLiteral("2026-12-01")}});
}
QJsonObject contact(const QString& id, const QString& youngPerson)
{
    return insert(QStringLiteral("contact"), id,
                  {{QStringLiteral("young_person_id"), youngPerson},
                   {QStringLiteral("occurred_at"), QStringLiteral("2026-11-20T09:30:00.000Z")},
                   {QStringLiteral("duration_minutes"), 40},
                   {QStringLiteral("kind"), QStringLiteral("home_visit")},
                   {QStringLiteral("attendance"), QStringLiteral("attended")},
                   {QStringLiteral("summary"), QStringLiteral("Fictional visit")}});
}

QString resultOf(const QJsonValue& result)
{
    return result.toObject().value(QStringLiteral("result")).toString();
}
QString reasonOf(const QJsonValue& result)
{
    return result.toObject().value(QStringLiteral("reason")).toString();
}
QJsonArray conflictFields(const QJsonValue& result)
{
    return result.toObject().value(QStringLiteral("conflict_fields")).toArray();
}
// A result without its change id, as bytes: what tells one answer from another.
QByteArray answerBytes(const QJsonValue& result)
{
    QJsonObject object = result.toObject();
    object.remove(QStringLiteral("change_id"));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Counts of everything a push can add, for "changed nothing".
const QString kFootprint = QStringLiteral(
    "SELECT (SELECT count(*) FROM trellis.audit_event) || ' ' || (SELECT count(*) FROM trellis.change_receipt) || ' ' "
    "|| (SELECT count(*) FROM trellis.change_conflict) || ' ' || (SELECT count(*) FROM trellis.change_quarantine) "
    "|| ' ' || (SELECT count(*) FROM trellis.intervention) || ' ' || (SELECT last_value FROM trellis.change_seq) "
    "|| ' ' || (SELECT coalesce(string_agg(c.incoming_value::text || c.server_value::text, ','), '') "
    "FROM trellis.change_conflict AS c)");

} // namespace

class TestCentralSync : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void insertThenUpdateApplied();
    void differentFieldsMergeWithoutConflict();
    void sameFieldKeepsFirstAndOpensOneConflict();
    void sameValueOnBothSidesIsApplied();
    void chainedOfflineEditsUpdateTheSameConflict();
    void conflictFollowsTheServerAndIsResolvedByAChange();
    void deleteAgainstEditIsAConflict();
    void contactsAreAppendOnlyAndNeverConflict();
    void replayedBatchChangesNothing();
    void invisibleAndMissingGetTheSameAnswer();
    void badValueRejectedAndNextChangeApplied();
    void youngPersonCreatedOfflineJoinsItsCreator();
    void trustedAdultsFollowTheirLinks();
    void writersFollowTheCatalogue();
    void everyChangeHasOneAuditRow();

private:
    QJsonArray push(const TestWorker& worker, const QJsonArray& changes);
    QString value(const QString& sql, const QVariantList& parameters = {});
    qint64 version(const QString& entity, const QString& id);
    // "field status base server by incoming by" for each conflict the worker can read on a record.
    QStringList conflictsSeenBy(const TestWorker& worker, const QString& record);

    CentralFixture m_fixture;
    QHash<QString, QString> m_workerIds;
    QHash<QString, std::shared_ptr<PgConnection>> m_connections;
};

QJsonArray TestCentralSync::push(const TestWorker& worker, const QJsonArray& changes)
{
    std::shared_ptr<PgConnection>& connection = m_connections[worker.login];
    if (!connection) {
        auto opened = m_fixture.connectAs(worker, kDb);
        if (!opened.ok()) {
            qWarning("%s cannot connect: %s", qPrintable(worker.login), qPrintable(opened.error().message));
            return {};
        }
        connection.reset(opened.takeValue().release());
    }
    auto rows = connection->exec(QStringLiteral("SELECT trellis.trellis_push($1::jsonb)::text"),
                                 {QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))});
    if (!rows.ok()) {
        qWarning("push failed: %s (%s)", qPrintable(rows.error().message), qPrintable(rows.error().detail));
        return {};
    }
    return QJsonDocument::fromJson(rows->text(0, 0).toUtf8()).array();
}

QString TestCentralSync::value(const QString& sql, const QVariantList& parameters)
{
    PgConnection* admin = m_fixture.admin(kDb);
    const QStringList values = admin ? column(*admin, sql, parameters) : QStringList{QStringLiteral("no admin")};
    return values.value(0);
}

qint64 TestCentralSync::version(const QString& entity, const QString& id)
{
    // The entity comes from this file only.
    return value(QStringLiteral("SELECT server_version FROM trellis.%1 WHERE id = $1").arg(entity), {id}).toLongLong();
}

QStringList TestCentralSync::conflictsSeenBy(const TestWorker& worker, const QString& record)
{
    auto connection = m_fixture.connectAs(worker, kDb);
    if (!connection.ok())
        return {QStringLiteral("cannot connect: ") + connection.error().message};
    return column(*connection.value(),
                  QStringLiteral("SELECT field || ' ' || status || ' ' || coalesce(base_value::text, '-') || ' ' || "
                                 "server_value::text || ' by ' || server_login || ' ' || incoming_value::text || "
                                 "' by ' || incoming_login FROM trellis.trellis_conflicts() WHERE record_id = $1 "
                                 "ORDER BY opened_at, field"),
                  {record});
}

void TestCentralSync::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.startWithWorkers(&m_workerIds, &error), qPrintable(error));
    for (int n = 1; n <= 4; ++n)
        QVERIFY2(m_fixture.insertYoungPerson(kDb, yp(n), QStringLiteral("SY-%1").arg(n), &error), qPrintable(error));
    const QList<std::pair<int, TestWorker>> allocations{{1, kAsh}, {2, kAsh}, {3, kBay}, {4, kJuniper}};
    for (const auto& [n, worker] : allocations) {
        const CtlRun assigned = m_fixture.central({QStringLiteral("assign"), yp(n), worker.login});
        QVERIFY2(assigned.code == 0, assigned.said());
    }
}

// --- applying and merging ---------------------------------------------------------------------

void TestCentralSync::insertThenUpdateApplied()
{
    const QJsonArray results = push(
        kAsh,
        {plan(rec(1), yp(1), 1),
         update(QStringLiteral("safety_plan"), rec(1),
                {{QStringLiteral("review_date"), QStringLiteral("2026-12-01"), QStringLiteral("2026-12-15")},
                 {QStringLiteral("activated_at"), QJsonValue::Null, QStringLiteral("2026-11-27T10:15:00.000Z")}})});
    QCOMPARE(results.size(), 2);
    QCOMPARE(resultOf(results[0]), QStringLiteral("applied"));
    QCOMPARE(resultOf(results[1]), QStringLiteral("applied"));
    QVERIFY(results[1].toObject().value(QStringLiteral("server_version")).toInteger() >
            results[0].toObject().value(QStringLiteral("server_version")).toInteger());
    QCOMPARE(results[1].toObject().value(QStringLiteral("server_version")).toInteger(),
             version(QStringLiteral("safety_plan"), rec(1)));
    QCOMPARE(value(QStringLiteral("SELECT review_date || ' ' || activated_at AT TIME ZONE 'UTC' || ' ' || "
                                  "changed_by_login || ' ' || created_by FROM trellis.safety_plan WHERE id = $1"),
                   {rec(1)}),
             QStringLiteral("2026-12-15 2026-11-27 10:15:00 ash.north tester"));
}

void TestCentralSync::differentFieldsMergeWithoutConflict()
{
    QCOMPARE(resultOf(push(kAsh, {plan(rec(2), yp(1), 2)}).first()), QStringLiteral("applied"));
    const qint64 base = version(QStringLiteral("safety_plan"), rec(2));
    // Both made their edit offline from the same version of the plan.
    const QJsonArray ash = push(
        kAsh,
        {update(QStringLiteral("safety_plan"), rec(2),
                {{QStringLiteral("review_date"), QStringLiteral("2026-12-01"), QStringLiteral("2027-01-10")}}, base)});
    const QJsonArray hazel =
        push(kHazel, {update(QStringLiteral("safety_plan"), rec(2),
                             {{QStringLiteral("code_word"), QJsonValue::Null, QStringLiteral("lighthouse")}}, base)});
    QCOMPARE(resultOf(ash.first()), QStringLiteral("applied"));
    QCOMPARE(resultOf(hazel.first()), QStringLiteral("applied"));
    QCOMPARE(value(QStringLiteral("SELECT review_date || ' ' || code_word FROM trellis.safety_plan WHERE id = $1"),
                   {rec(2)}),
             QStringLiteral("2027-01-10 lighthouse"));
    QCOMPARE(conflictsSeenBy(kHazel, rec(2)), QStringList{});
}

void TestCentralSync::sameFieldKeepsFirstAndOpensOneConflict()
{
    QCOMPARE(resultOf(push(kAsh, {plan(rec(3), yp(1), 3)}).first()), QStringLiteral("applied"));
    const QJsonArray first =
        push(kAsh, {update(QStringLiteral("safety_plan"), rec(3),
                           {{QStringLiteral("own_words"), QJsonValue::Null, QStringLiteral("Ash's words")}})});
    const QJsonArray second =
        push(kHazel, {update(QStringLiteral("safety_plan"), rec(3),
                             {{QStringLiteral("own_words"), QJsonValue::Null, QStringLiteral("Hazel's words")},
                              {QStringLiteral("code_word"), QJsonValue::Null, QStringLiteral("kestrel")}})});
    QCOMPARE(resultOf(first.first()), QStringLiteral("applied"));
    QCOMPARE(resultOf(second.first()), QStringLiteral("conflict"));
    QCOMPARE(conflictFields(second.first()), QJsonArray{QStringLiteral("own_words")});
    // The value committed first stays current; the other field of the change was applied.
    QCOMPARE(
        value(QStringLiteral("SELECT own_words || ' ' || code_word FROM trellis.safety_plan WHERE id = $1"), {rec(3)}),
        QStringLiteral("Ash's words kestrel"));
    const QStringList expected{
        QStringLiteral("own_words open null \"Ash's words\" by ash.north \"Hazel's words\" by hazel.north")};
    QCOMPARE(conflictsSeenBy(kAsh, rec(3)), expected);
    QCOMPARE(conflictsSeenBy(kHazel, rec(3)), expected);
    QCOMPARE(conflictsSeenBy(kBriar, rec(3)), expected);
    QCOMPARE(conflictsSeenBy(kBay, rec(3)), QStringList{});
    QCOMPARE(conflictsSeenBy(kJuniper, rec(3)), QStringList{});
}

void TestCentralSync::sameValueOnBothSidesIsApplied()
{
    QCOMPARE(resultOf(push(kAsh, {plan(rec(4), yp(1), 4)}).first()), QStringLiteral("applied"));
    const Field agreed{QStringLiteral("agreed_carer_on"), QJsonValue::Null, QStringLiteral("2026-11-02")};
    const QJsonArray ash = push(kAsh, {update(QStringLiteral("safety_plan"), rec(4), {agreed})});
    const QJsonArray hazel = push(kHazel, {update(QStringLiteral("safety_plan"), rec(4), {agreed})});
    QCOMPARE(resultOf(ash.first()), QStringLiteral("applied"));
    QCOMPARE(resultOf(hazel.first()), QStringLiteral("applied"));
    QCOMPARE(conflictFields(hazel.first()), QJsonArray{});
    QCOMPARE(conflictsSeenBy(kHazel, rec(4)), QStringList{});
}

void TestCentralSync::chainedOfflineEditsUpdateTheSameConflict()
{
    // Continues the conflict on rec(3): Hazel keeps editing offline, B -> C, then C -> D.
    const QJsonArray chained =
        push(kHazel, {update(QStringLiteral("safety_plan"), rec(3),
                             {{QStringLiteral("own_words"), QStringLiteral("Hazel's words"), QStringLiteral("C")}}),
                      update(QStringLiteral("safety_plan"), rec(3),
                             {{QStringLiteral("own_words"), QStringLiteral("C"), QStringLiteral("D")}})});
    QCOMPARE(chained.size(), 2);
    QCOMPARE(resultOf(chained[0]), QStringLiteral("conflict"));
    QCOMPARE(resultOf(chained[1]), QStringLiteral("conflict"));
    QCOMPARE(conflictsSeenBy(kAsh, rec(3)),
             QStringList{QStringLiteral("own_words open null \"Ash's words\" by ash.north \"D\" by hazel.north")});
    QCOMPARE(value(QStringLiteral("SELECT own_words FROM trellis.safety_plan WHERE id = $1"), {rec(3)}),
             QStringLiteral("Ash's words"));
}

void TestCentralSync::conflictFollowsTheServerAndIsResolvedByAChange()
{
    // The winner edits again, unaware of the conflict: applied, and the conflict's server value
    // follows (kept current) but it stays open.
    const QJsonArray ash = push(
        kAsh, {update(QStringLiteral("safety_plan"), rec(3),
                      {{QStringLiteral("own_words"), QStringLiteral("Ash's words"), QStringLiteral("Ash again")}})});
    QCOMPARE(resultOf(ash.first()), QStringLiteral("applied"));
    QCOMPARE(conflictsSeenBy(kHazel, rec(3)),
             QStringList{QStringLiteral("own_words open null \"Ash again\" by ash.north \"D\" by hazel.north")});
    // A third party who had not seen the current value clashes too, even when naming the conflict.
    const QString hazels =
        value(QStringLiteral("SELECT id FROM trellis.change_conflict WHERE record_id = $1"), {rec(3)});
    QCOMPARE(
        resultOf(
            push(kBriar, {resolving(rec(3), QStringLiteral("Ash's words"), QStringLiteral("Briar"), hazels)}).first()),
        QStringLiteral("conflict"));
    QCOMPARE(conflictsSeenBy(kHazel, rec(3)),
             (QStringList{
                 QStringLiteral("own_words open null \"Ash again\" by ash.north \"D\" by hazel.north"),
                 QStringLiteral("own_words open \"Ash's words\" \"Ash again\" by ash.north \"Briar\" by briar.lead")}));
    // The losing author, having seen the current value, settles their own conflict by writing;
    // Briar's stays open and follows the new value.
    QCOMPARE(resultOf(push(kHazel, {update(QStringLiteral("safety_plan"), rec(3),
                                           {{QStringLiteral("own_words"), QStringLiteral("Ash again"),
                                             QStringLiteral("Hazel final")}})})
                          .first()),
             QStringLiteral("applied"));
    QCOMPARE(value(QStringLiteral("SELECT status || ' ' || resolved_by || ' ' || resolved_value::text "
                                  "FROM trellis.change_conflict WHERE id = $1"),
                   {hazels}),
             QStringLiteral("resolved hazel.north \"Hazel final\""));
    QCOMPARE(conflictsSeenBy(kAsh, rec(3)).filter(QStringLiteral(" open ")),
             QStringList{QStringLiteral(
                 "own_words open \"Ash's words\" \"Hazel final\" by hazel.north \"Briar\" by briar.lead")});
    // Anyone who saw the current value resolves a conflict by naming it.
    const QString briars = value(QStringLiteral("SELECT id FROM trellis.change_conflict WHERE record_id = $1 "
                                                "AND status = 'open'"),
                                 {rec(3)});
    QCOMPARE(
        resultOf(push(kAsh, {resolving(rec(3), QStringLiteral("Hazel final"), QStringLiteral("Ash final"), briars)})
                     .first()),
        QStringLiteral("applied"));
    QCOMPARE(value(QStringLiteral("SELECT status || ' ' || resolved_by || ' ' || resolved_value::text "
                                  "FROM trellis.change_conflict WHERE id = $1"),
                   {briars}),
             QStringLiteral("resolved ash.north \"Ash final\""));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM trellis.change_conflict WHERE record_id = $1 "
                                  "AND status = 'open'"),
                   {rec(3)}),
             QStringLiteral("0"));
}

void TestCentralSync::deleteAgainstEditIsAConflict()
{
    QCOMPARE(resultOf(push(kAsh, {plan(rec(5), yp(2), 1), plan(rec(6), yp(2), 2), plan(rec(7), yp(2), 3)})[2]),
             QStringLiteral("applied"));
    const qint64 base5 = version(QStringLiteral("safety_plan"), rec(5));
    const qint64 base6 = version(QStringLiteral("safety_plan"), rec(6));
    const qint64 base7 = version(QStringLiteral("safety_plan"), rec(7));

    // Hazel edits plan 5; Ash, who had not seen that, deletes it: conflict, nothing deleted.
    const Field later{QStringLiteral("review_date"), QStringLiteral("2026-12-01"), QStringLiteral("2027-02-01")};
    QCOMPARE(resultOf(push(kHazel, {update(QStringLiteral("safety_plan"), rec(5), {later}, base5)}).first()),
             QStringLiteral("applied"));
    const QJsonArray deleted = push(kAsh, {remove(QStringLiteral("safety_plan"), rec(5), base5)});
    QCOMPARE(resultOf(deleted.first()), QStringLiteral("conflict"));
    QCOMPARE(conflictFields(deleted.first()), QJsonArray{QStringLiteral("deleted")});
    QCOMPARE(value(QStringLiteral("SELECT deleted FROM trellis.safety_plan WHERE id = $1"), {rec(5)}),
             QStringLiteral("f"));
    QCOMPARE(conflictsSeenBy(kHazel, rec(5)),
             QStringList{QStringLiteral("deleted open false false by hazel.north true by ash.north")});

    // Ash deletes plan 6; Hazel's offline edit arrives later: conflict, the record stays deleted
    // and the edit is kept on it.
    QCOMPARE(resultOf(push(kAsh, {remove(QStringLiteral("safety_plan"), rec(6), base6)}).first()),
             QStringLiteral("applied"));
    const QJsonArray edited = push(kHazel, {update(QStringLiteral("safety_plan"), rec(6), {later}, base6)});
    QCOMPARE(resultOf(edited.first()), QStringLiteral("conflict"));
    QCOMPARE(conflictFields(edited.first()), QJsonArray{QStringLiteral("deleted")});
    QCOMPARE(
        value(QStringLiteral("SELECT deleted || ' ' || review_date FROM trellis.safety_plan WHERE id = $1"), {rec(6)}),
        QStringLiteral("true 2027-02-01"));

    // A worker's own edit before their delete is no reason for a conflict.
    QCOMPARE(resultOf(push(kAsh, {update(QStringLiteral("safety_plan"), rec(7), {later}, base7),
                                  remove(QStringLiteral("safety_plan"), rec(7), base7)})[1]),
             QStringLiteral("applied"));
    QCOMPARE(value(QStringLiteral("SELECT deleted FROM trellis.safety_plan WHERE id = $1"), {rec(7)}),
             QStringLiteral("t"));
}

void TestCentralSync::contactsAreAppendOnlyAndNeverConflict()
{
    const QJsonObject first = contact(rec(10), yp(1));
    const QJsonArray results = push(kAsh, {first, contact(rec(11), yp(1))});
    const QJsonArray hazel = push(kHazel, {contact(rec(12), yp(1))});
    QCOMPARE(resultOf(results[0]), QStringLiteral("applied"));
    QCOMPARE(resultOf(results[1]), QStringLiteral("applied"));
    QCOMPARE(resultOf(hazel.first()), QStringLiteral("applied"));
    // The same contact sent again under another change id (the outbox lost its receipt): applied.
    QJsonObject again = first;
    again.insert(QStringLiteral("change_id"), newId());
    QCOMPARE(resultOf(push(kAsh, {again}).first()), QStringLiteral("applied"));
    // A change to a written contact is refused, whoever sends it, and never becomes a conflict.
    QJsonObject different = contact(rec(10), yp(1));
    QJsonObject fields = different.value(QStringLiteral("fields")).toObject();
    fields.insert(QStringLiteral("summary"), QJsonObject{{QStringLiteral("base"), QJsonValue::Null},
                                                         {QStringLiteral("new"), QStringLiteral("x")}});
    different.insert(QStringLiteral("fields"), fields);
    const QJsonArray refused =
        push(kHazel, {different,
                      update(QStringLiteral("contact"), rec(11),
                             {{QStringLiteral("summary"), QStringLiteral("Fictional visit"), QStringLiteral("y")}}),
                      remove(QStringLiteral("contact"), rec(12), QJsonValue::Null)});
    QCOMPARE(refused.size(), 3);
    for (const QJsonValue& result : refused) {
        QCOMPARE(resultOf(result), QStringLiteral("rejected"));
        QVERIFY2(reasonOf(result).contains(QLatin1String("append-only")), qPrintable(reasonOf(result)));
    }
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM trellis.change_conflict WHERE entity = 'contact'")),
             QStringLiteral("0"));
    QCOMPARE(value(QStringLiteral("SELECT string_agg(summary || ' ' || deleted, ',' ORDER BY id) FROM "
                                  "trellis.contact WHERE id IN ($1, $2, $3)"),
                   {rec(10), rec(11), rec(12)}),
             QStringLiteral("Fictional visit false,Fictional visit false,Fictional visit false"));
}

// --- idempotency --------------------------------------------------------------------------------

void TestCentralSync::replayedBatchChangesNothing()
{
    const QJsonArray batch{
        insert(QStringLiteral("intervention"), rec(20),
               {{QStringLiteral("young_person_id"), yp(2)},
                {QStringLiteral("type"), QStringLiteral("referral_order")},
                {QStringLiteral("start_date"), QStringLiteral("2026-10-01")}}),
        update(QStringLiteral("intervention"), rec(20),
               {{QStringLiteral("legal_status"), QJsonValue::Null, QStringLiteral("Fictional order")}}),
        // A clash on plan 1 and a refusal, so every kind of result is replayed.
        update(QStringLiteral("safety_plan"), rec(1),
               {{QStringLiteral("review_date"), QStringLiteral("2026-01-01"), QStringLiteral("2026-03-03")}}),
        update(QStringLiteral("young_person"), yp(4),
               {{QStringLiteral("given_name"), QStringLiteral("Fictional"), QStringLiteral("Other")}})};
    const QJsonArray first = push(kAsh, batch);
    QCOMPARE(first.size(), 4);
    QCOMPARE(resultOf(first[0]), QStringLiteral("applied"));
    QCOMPARE(resultOf(first[1]), QStringLiteral("applied"));
    QCOMPARE(resultOf(first[2]), QStringLiteral("conflict"));
    QCOMPARE(resultOf(first[3]), QStringLiteral("rejected"));
    const QString footprint = value(kFootprint);
    for (int replay = 0; replay < 3; ++replay) {
        QCOMPARE(push(kAsh, batch), first);
        QCOMPARE(value(kFootprint), footprint);
    }
}

// --- rejections -------------------------------------------------------------------------------

void TestCentralSync::invisibleAndMissingGetTheSameAnswer()
{
    const Field rename{QStringLiteral("given_name"), QStringLiteral("Fictional"), QStringLiteral("Changed")};
    const QList<std::pair<QString, QJsonValue>> episode{{QStringLiteral("kind"), QStringLiteral("missing")},
                                                        {QStringLiteral("start_date"), QStringLiteral("2026-01-01")}};
    auto episodeFor = [&](const QString& id, const QString& youngPerson) {
        auto values = episode;
        values.append({QStringLiteral("young_person_id"), youngPerson});
        return insert(QStringLiteral("episode"), id, values);
    };
    const QJsonArray results =
        push(kAsh, {update(QStringLiteral("young_person"), yp(4), {rename}),
                    update(QStringLiteral("young_person"), yp(99), {rename}), episodeFor(rec(30), yp(4)),
                    episodeFor(rec(31), yp(99)), remove(QStringLiteral("young_person"), yp(4), QJsonValue::Null),
                    remove(QStringLiteral("young_person"), yp(99), QJsonValue::Null)});
    QCOMPARE(results.size(), 6);
    for (int n = 0; n < 6; n += 2) {
        QCOMPARE(resultOf(results[n]), QStringLiteral("rejected"));
        QCOMPARE(answerBytes(results[n]), answerBytes(results[n + 1]));
    }
    QCOMPARE(
        value(QStringLiteral("SELECT given_name || ' ' || deleted FROM trellis.young_person WHERE id = $1"), {yp(4)}),
        QStringLiteral("Fictional false"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM trellis.episode WHERE id IN ($1, $2)"), {rec(30), rec(31)}),
             QStringLiteral("0"));
    // The same audit reason for both, and both kept in full in quarantine.
    QStringList changeIds;
    for (const QJsonValue& result : results)
        changeIds.append(result.toObject().value(QStringLiteral("change_id")).toString());
    QCOMPARE(value(QStringLiteral("SELECT count(DISTINCT reason) || ' ' || count(*) FROM trellis.audit_event "
                                  "WHERE action = 'change_rejected' AND change_id::text = ANY ($1::text[])"),
                   {QStringLiteral("{%1}").arg(changeIds.join(QLatin1Char(',')))}),
             QStringLiteral("1 6"));
    const QVariantList ids{results[0].toObject().value(QStringLiteral("change_id")).toString(),
                           results[1].toObject().value(QStringLiteral("change_id")).toString()};
    for (const TestWorker& reader : {kAsh, kHazel, kBriar, kBay, kJuniper}) {
        auto connection = m_fixture.connectAs(reader, kDb);
        QVERIFY(connection.ok());
        auto rows = connection.value()->exec(
            QStringLiteral(
                "SELECT count(*) FROM trellis.trellis_quarantine() WHERE change_id::text = ANY ($1::text[])"),
            {QStringLiteral("{%1,%2}").arg(ids[0].toString(), ids[1].toString())});
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        // The author, their supervisor and a manager read both; another caseworker and another team none.
        const bool reads = reader.login == kAsh.login || reader.login == kHazel.login || reader.login == kBriar.login;
        QCOMPARE(rows->text(0, 0), reads ? QStringLiteral("2") : QStringLiteral("0"));
    }
    // Kept in full: the quarantined change is the one sent.
    const QJsonObject sent =
        QJsonDocument::fromJson(value(QStringLiteral("SELECT change::text FROM trellis.change_quarantine "
                                                     "WHERE change_id = $1"),
                                      {ids[1]})
                                    .toUtf8())
            .object();
    QCOMPARE(sent.value(QStringLiteral("fields")).toObject(),
             update(QStringLiteral("young_person"), yp(99), {rename}).value(QStringLiteral("fields")).toObject());
}

void TestCentralSync::badValueRejectedAndNextChangeApplied()
{
    const QJsonArray results = push(
        kAsh, {update(QStringLiteral("safety_plan"), rec(1),
                      {{QStringLiteral("status"), QStringLiteral("draft"), QStringLiteral("pending-secret")}}),
               update(QStringLiteral("safety_plan"), rec(1),
                      {{QStringLiteral("code_word"), QJsonValue::Null, QStringLiteral("heron")}}),
               update(QStringLiteral("safety_plan"), rec(1),
                      {{QStringLiteral("review_date"), QStringLiteral("2026-12-15"), QStringLiteral("2026-13-45")}}),
               insert(QStringLiteral("intervention"), rec(40),
                      {{QStringLiteral("young_person_id"), yp(1)}, {QStringLiteral("type"), QStringLiteral("remand")}}),
               update(QStringLiteral("safety_plan"), rec(1),
                      {{QStringLiteral("favourite_colour"), QJsonValue::Null, QStringLiteral("blue")}})});
    QCOMPARE(results.size(), 5);
    QCOMPARE(resultOf(results[0]), QStringLiteral("rejected"));
    QCOMPARE(reasonOf(results[0]), QStringLiteral("breaks the rule safety_plan_status_check"));
    QCOMPARE(resultOf(results[1]), QStringLiteral("applied"));
    QCOMPARE(reasonOf(results[2]), QStringLiteral("field review_date: not a valid date"));
    QCOMPARE(reasonOf(results[3]), QStringLiteral("field start_date is required"));
    QCOMPARE(reasonOf(results[4]), QStringLiteral("unknown field favourite_colour"));
    QCOMPARE(
        value(QStringLiteral("SELECT status || ' ' || code_word FROM trellis.safety_plan WHERE id = $1"), {rec(1)}),
        QStringLiteral("draft heron"));
    // Reasons name rules and fields, never the value.
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM trellis.audit_event WHERE reason LIKE '%secret%' "
                                  "OR reason LIKE '%2026-13%' OR reason LIKE '%blue%'")),
             QStringLiteral("0"));
}

void TestCentralSync::youngPersonCreatedOfflineJoinsItsCreator()
{
    const QString created = rec(50);
    const QList<std::pair<QString, QJsonValue>> newcomer{
        {QStringLiteral("reference"), QStringLiteral("SY-50")},
        {QStringLiteral("given_name"), QStringLiteral("Fictional")},
        {QStringLiteral("family_name"), QStringLiteral("Newcomer")},
        {QStringLiteral("date_of_birth"), QStringLiteral("2010-03-04")},
        {QStringLiteral("gender"), QStringLiteral("not_stated")},
        {QStringLiteral("ethnicity"), QStringLiteral("not_stated")},
        {QStringLiteral("flag_missing_risk"), true},
        {QStringLiteral("lead_worker_id"), QJsonValue::Null}};
    const QJsonArray results =
        push(kBay, {insert(QStringLiteral("young_person"), created, newcomer), plan(rec(51), created, 1)});
    QCOMPARE(results.size(), 2);
    QCOMPARE(resultOf(results[0]), QStringLiteral("applied"));
    QCOMPARE(resultOf(results[1]), QStringLiteral("applied"));
    QCOMPARE(value(QStringLiteral("SELECT w.login || ' ' || (a.ended_at IS NULL) || ' ' || (y.lead_worker_id = w.id) "
                                  "|| ' ' || y.flag_missing_risk FROM trellis.assignment AS a "
                                  "JOIN trellis.worker AS w ON w.id = a.worker_id "
                                  "JOIN trellis.young_person AS y ON y.id = a.young_person_id "
                                  "WHERE a.young_person_id = $1"),
                   {created}),
             QStringLiteral("bay.north true true true"));
    QString error;
    const QString seen = QStringLiteral("young_person:") + created;
    QVERIFY(m_fixture.visibleRecords(kBay, kDb, &error).contains(seen));
    QVERIFY(m_fixture.visibleRecords(kHazel, kDb, &error).contains(seen));
    QVERIFY(!m_fixture.visibleRecords(kAsh, kDb, &error).contains(seen));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Ash cannot take it by "inserting" it again, nor change who leads it.
    auto taken = newcomer;
    taken.first().second = QStringLiteral("SY-51");
    QCOMPARE(reasonOf(push(kAsh, {insert(QStringLiteral("young_person"), created, taken)}).first()),
             QStringLiteral("record not found or not visible"));
    QCOMPARE(reasonOf(push(kBay, {update(QStringLiteral("young_person"), created,
                                         {{QStringLiteral("lead_worker_id"), m_workerIds.value(kBay.login),
                                           m_workerIds.value(kAsh.login)}})})
                          .first()),
             QStringLiteral("field lead_worker_id is set by case allocation"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM trellis.assignment WHERE young_person_id = $1"), {created}),
             QStringLiteral("1"));
}

void TestCentralSync::trustedAdultsFollowTheirLinks()
{
    const QString adult = rec(60);
    const QJsonArray results =
        push(kBay, {insert(QStringLiteral("trusted_adult"), adult,
                           {{QStringLiteral("given_name"), QStringLiteral("Fictional")},
                            {QStringLiteral("relationship"), QStringLiteral("aunt")}}),
                    update(QStringLiteral("trusted_adult"), adult,
                           {{QStringLiteral("availability"), QJsonValue::Null, QStringLiteral("evenings")}}),
                    insert(QStringLiteral("trusted_adult_link"), rec(61),
                           {{QStringLiteral("young_person_id"), yp(3)},
                            {QStringLiteral("trusted_adult_id"), adult},
                            {QStringLiteral("role"), QStringLiteral("trusted_adult")}})});
    QCOMPARE(results.size(), 3);
    for (const QJsonValue& result : results)
        QCOMPARE(resultOf(result), QStringLiteral("applied"));
    // Ash cannot link, name or edit an adult they cannot see: the same answer as for no adult.
    const QJsonArray refused = push(kAsh, {insert(QStringLiteral("trusted_adult_link"), rec(62),
                                                  {{QStringLiteral("young_person_id"), yp(1)},
                                                   {QStringLiteral("trusted_adult_id"), adult},
                                                   {QStringLiteral("role"), QStringLiteral("trusted_adult")}}),
                                           insert(QStringLiteral("trusted_adult_link"), rec(63),
                                                  {{QStringLiteral("young_person_id"), yp(1)},
                                                   {QStringLiteral("trusted_adult_id"), rec(69)},
                                                   {QStringLiteral("role"), QStringLiteral("trusted_adult")}}),
                                           update(QStringLiteral("trusted_adult"), adult,
                                                  {{QStringLiteral("notes"), QJsonValue::Null, QStringLiteral("x")}}),
                                           update(QStringLiteral("trusted_adult"), rec(69),
                                                  {{QStringLiteral("notes"), QJsonValue::Null, QStringLiteral("x")}})});
    QCOMPARE(refused.size(), 4);
    QCOMPARE(resultOf(refused[0]), QStringLiteral("rejected"));
    QCOMPARE(answerBytes(refused[0]), answerBytes(refused[1]));
    QCOMPARE(answerBytes(refused[0]), answerBytes(refused[2]));
    QCOMPARE(answerBytes(refused[0]), answerBytes(refused[3]));
    // A clash on an adult is read through the adult's own visibility.
    QCOMPARE(resultOf(push(kHazel,
                           {update(QStringLiteral("trusted_adult"), adult,
                                   {{QStringLiteral("availability"), QJsonValue::Null, QStringLiteral("mornings")}})})
                          .first()),
             QStringLiteral("conflict"));
    QCOMPARE(conflictsSeenBy(kBay, adult).size(), 1);
    QCOMPARE(conflictsSeenBy(kAsh, adult), QStringList{});
}

// The push reads and writes records through functions written from the catalogue when the
// schema was migrated (sync_make_writers); a later column must be among them.
void TestCentralSync::writersFollowTheCatalogue()
{
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM unnest(ARRAY['young_person', 'trusted_adult', "
                                  "'trusted_adult_link', 'intervention', 'contact', 'safety_plan', 'safety_plan_item', "
                                  "'episode']) AS e WHERE trellis.sync_fields(e) IS DISTINCT FROM "
                                  "trellis.sync_catalogue_fields(e) OR trellis.sync_fields(e) IS NULL")),
             QStringLiteral("0"));
    QCOMPARE(
        value(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_proc WHERE pronamespace = 'trellis'::regnamespace "
                             "AND proname ~ '^sync_(current|insert|update)_'")),
        QStringLiteral("24"));
}

void TestCentralSync::everyChangeHasOneAuditRow()
{
    // Every receipt of every test above has exactly one audit row, of its result's kind, naming
    // ids and fields only.
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM trellis.change_receipt AS r WHERE (SELECT count(*) FROM "
                                  "trellis.audit_event AS a WHERE a.change_id = r.change_id AND a.action = "
                                  "'change_' || (r.result ->> 'result') AND a.actor = r.login "
                                  "AND a.entity_id = r.record_id::text) <> 1")),
             QStringLiteral("0"));
    const QString receipts = value(QStringLiteral("SELECT count(*) FROM trellis.change_receipt"));
    QVERIFY2(receipts.toInt() >= 50, qPrintable(receipts));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM trellis.audit_event WHERE source = 'sync' AND "
                                  "change_id NOT IN (SELECT change_id FROM trellis.change_receipt)")),
             QStringLiteral("0"));
    QCOMPARE(value(QStringLiteral("SELECT string_agg(DISTINCT reason, ',') FROM trellis.audit_event "
                                  "WHERE action = 'change_conflict'")),
             QStringLiteral("fields: availability,fields: deleted,fields: own_words,fields: review_date"));
}

QTEST_GUILESS_MAIN(TestCentralSync)
#include "tst_central_sync.moc"
