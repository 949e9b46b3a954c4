// The strict decoders of the central store's sync replies (sync::SyncReplies): every way a reply
// can break the contract of docs/sync.md gives an error that names the key, never a crash and
// never a value from the reply.
#include "sync/SyncReplies.h"

#include <QTest>

using namespace trellis;
using sync::SyncReplies;

namespace {

const QString kChange = QStringLiteral("0193a5c0-0000-7000-8000-000000000001");
const QString kRecord = QStringLiteral("0193a5c0-0000-7000-8000-0000000000aa");

QByteArray result(const QString& body)
{
    return QStringLiteral("[{\"change_id\": \"%1\", %2}]").arg(kChange, body).toUtf8();
}

// A page of one table holding the given rows.
QByteArray table(const QString& entity, const QString& columns, const QString& rows)
{
    return QStringLiteral("{\"tables\": [{\"entity\": \"%1\", \"columns\": %2, \"rows\": [%3]}], \"cursor\": \"c\", "
                          "\"complete\": true}")
        .arg(entity, columns, rows)
        .toUtf8();
}

const QString kColumns = QStringLiteral("[\"id\", \"status\", \"deleted\"]");
const QString kGoodRow = QStringLiteral("[57, null, \"%1\", \"active\", false]").arg(kRecord);

QByteArray row(const QString& body)
{
    return table(QStringLiteral("safety_plan"), kColumns, body);
}

} // namespace

class TestSyncReplies : public QObject {
    Q_OBJECT
private slots:
    void pushResultsDecode();
    void badPushReplies_data();
    void badPushReplies();
    void pullPageDecodes();
    void badPullPages_data();
    void badPullPages();
    void idLists();
    void garbageNeverCrashes();
};

void TestSyncReplies::pushResultsDecode()
{
    auto decoded = SyncReplies::pushResults(
        result(QStringLiteral("\"result\": \"conflict\", \"server_version\": 57, \"conflict_fields\": "
                              "[\"review_date\"], \"reason\": null")),
        {kChange});
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(decoded.value().size(), 1);
    QCOMPARE(decoded.value().first().outcome, sync::PushResult::Outcome::Conflict);
    QCOMPARE(decoded.value().first().serverVersion, std::optional<qint64>(57));
    QCOMPARE(decoded.value().first().conflictFields, QStringList{QStringLiteral("review_date")});

    auto rejected = SyncReplies::pushResults(
        result(QStringLiteral("\"result\": \"rejected\", \"server_version\": null, \"reason\": \"field x\"")),
        {kChange});
    QVERIFY(rejected.ok());
    QCOMPARE(rejected.value().first().reason, QStringLiteral("field x"));
}

void TestSyncReplies::badPushReplies_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("named");
    QTest::newRow("not json") << QByteArray("[{") << QStringLiteral("JSON array");
    QTest::newRow("object") << QByteArray("{}") << QStringLiteral("JSON array");
    QTest::newRow("too few") << QByteArray("[]") << QStringLiteral("0 results for 1 changes");
    QTest::newRow("not an object") << QByteArray("[1]") << QStringLiteral("result 1 is not an object");
    QTest::newRow("no change_id") << QByteArray(R"([{"result": "applied", "server_version": 1}])")
                                  << QStringLiteral("\"change_id\"");
    QTest::newRow("other change")
        << QStringLiteral(R"([{"change_id": "%1", "result": "applied", "server_version": 1}])").arg(kRecord).toUtf8()
        << QStringLiteral("another change");
    QTest::newRow("unknown result") << result(QStringLiteral("\"result\": \"maybe\", \"server_version\": 1"))
                                    << QStringLiteral("\"result\"");
    QTest::newRow("applied without version")
        << result(QStringLiteral("\"result\": \"applied\"")) << QStringLiteral("\"server_version\"");
    QTest::newRow("version as text") << result(QStringLiteral("\"result\": \"applied\", \"server_version\": \"7\""))
                                     << QStringLiteral("\"server_version\"");
    QTest::newRow("fractional version") << result(QStringLiteral("\"result\": \"applied\", \"server_version\": 7.5"))
                                        << QStringLiteral("\"server_version\"");
    QTest::newRow("conflict without fields")
        << result(QStringLiteral("\"result\": \"conflict\", \"server_version\": 3"))
        << QStringLiteral("\"conflict_fields\"");
    QTest::newRow("fields not a list")
        << result(QStringLiteral("\"result\": \"conflict\", \"server_version\": 3, \"conflict_fields\": \"x\""))
        << QStringLiteral("\"conflict_fields\"");
    QTest::newRow("rejected without reason")
        << result(QStringLiteral("\"result\": \"rejected\"")) << QStringLiteral("\"reason\"");
    QTest::newRow("reason a number") << result(QStringLiteral("\"result\": \"rejected\", \"reason\": 5"))
                                     << QStringLiteral("\"reason\"");
}

void TestSyncReplies::badPushReplies()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, named);
    auto decoded = SyncReplies::pushResults(reply, {kChange});
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().kind, central::CentralError::Kind::Invalid);
    QVERIFY2(decoded.error().message.contains(named), qPrintable(decoded.error().message));
    QVERIFY(decoded.error().message.contains(QStringLiteral("reply to push")));
}

void TestSyncReplies::pullPageDecodes()
{
    auto decoded = SyncReplies::pullPage(row(kGoodRow), 10);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
    QCOMPARE(decoded.value().rows.size(), 1);
    QCOMPARE(decoded.value().rows.first().serverVersion, 57);
    QCOMPARE(decoded.value().rows.first().entity, QStringLiteral("safety_plan"));
    QCOMPARE(decoded.value().rows.first().id, kRecord);
    QVERIFY(decoded.value().rows.first().youngPersonId.isEmpty());
    QCOMPARE(decoded.value().rows.first().fields.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(decoded.value().rows.first().fields.value(QStringLiteral("deleted")).toBool(), false);
    QCOMPARE(decoded.value().cursor, QStringLiteral("c"));
    QVERIFY(decoded.value().complete);
}

void TestSyncReplies::badPullPages_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("named");
    const QString good = kGoodRow;
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON object");
    QTest::newRow("no tables") << QByteArray(R"({"cursor": "c", "complete": true})") << QStringLiteral("\"tables\"");
    QTest::newRow("rows instead of tables") << QByteArray(R"({"rows": [], "cursor": "c", "complete": true})")
                                            << QStringLiteral("\"tables\"");
    QTest::newRow("no cursor") << QByteArray(R"({"tables": [], "complete": true})") << QStringLiteral("\"cursor\"");
    QTest::newRow("empty cursor") << QByteArray(R"({"tables": [], "cursor": "", "complete": true})")
                                  << QStringLiteral("\"cursor\"");
    QTest::newRow("complete as text") << QByteArray(R"({"tables": [], "cursor": "c", "complete": "yes"})")
                                      << QStringLiteral("\"complete\"");
    QTest::newRow("too many rows") << row(QStringLiteral("%1, %1").arg(good)) << QStringLiteral("more than the 1 rows");
    QTest::newRow("too many rows across tables")
        << QStringLiteral("{\"tables\": [{\"entity\": \"safety_plan\", \"columns\": %1, \"rows\": [%2]}, "
                          "{\"entity\": \"safety_plan\", \"columns\": %1, \"rows\": [%2]}], \"cursor\": \"c\", "
                          "\"complete\": true}")
               .arg(kColumns, good)
               .toUtf8()
        << QStringLiteral("more than the 1 rows");
    QTest::newRow("table not an object") << QByteArray(R"({"tables": [3], "cursor": "c", "complete": true})")
                                         << QStringLiteral("table 1 is not an object");
    QTest::newRow("unknown entity") << table(QStringLiteral("audit_event"), kColumns, good)
                                    << QStringLiteral("\"entity\"");
    QTest::newRow("no columns") << table(QStringLiteral("safety_plan"), QStringLiteral("null"), good)
                                << QStringLiteral("\"columns\"");
    QTest::newRow("columns without id")
        << table(QStringLiteral("safety_plan"), QStringLiteral("[\"key\", \"status\", \"deleted\"]"), good)
        << QStringLiteral("\"columns\"");
    QTest::newRow("column twice")
        << table(QStringLiteral("safety_plan"), QStringLiteral("[\"id\", \"id\", \"deleted\"]"), good)
        << QStringLiteral("\"columns\"");
    QTest::newRow("no rows list") << QStringLiteral("{\"tables\": [{\"entity\": \"safety_plan\", \"columns\": %1}], "
                                                    "\"cursor\": \"c\", \"complete\": true}")
                                         .arg(kColumns)
                                         .toUtf8()
                                  << QStringLiteral("\"rows\"");
    QTest::newRow("row not a list") << row(QStringLiteral("3")) << QStringLiteral("row 1 of table 1");
    QTest::newRow("row too short") << row(QStringLiteral("[57, null, \"%1\", \"active\"]").arg(kRecord))
                                   << QStringLiteral("not a list of 5 values");
    QTest::newRow("bad id") << row(QString(good).replace(kRecord, QStringLiteral("nope"))) << QStringLiteral("\"id\"");
    QTest::newRow("bad owner") << row(QString(good).replace(QStringLiteral("57, null"), QStringLiteral("57, 4")))
                               << QStringLiteral("young_person_id");
    QTest::newRow("version as text") << row(QString(good).replace(QStringLiteral("57"), QStringLiteral("\"57\"")))
                                     << QStringLiteral("server_version");
    QTest::newRow("version zero") << row(QString(good).replace(QStringLiteral("57"), QStringLiteral("0")))
                                  << QStringLiteral("server_version");
    QTest::newRow("deleted not true or false")
        << row(QString(good).replace(QStringLiteral("false]"), QStringLiteral("\"no\"]"))) << QStringLiteral("\"deleted\"");
}

void TestSyncReplies::badPullPages()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, named);
    auto decoded = SyncReplies::pullPage(reply, 1);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().message.contains(named), qPrintable(decoded.error().message));
    // Never a value from the reply.
    QVERIFY(!decoded.error().message.contains(QStringLiteral("active")));
}

void TestSyncReplies::idLists()
{
    auto ids = SyncReplies::idList(QStringLiteral("[\"%1\"]").arg(kRecord.toUpper()).toUtf8(), QStringLiteral("x"));
    QVERIFY(ids.ok());
    QCOMPARE(ids.value(), QStringList{kRecord});
    auto bad = SyncReplies::idList(QByteArray("[\"a\", 2]"), QStringLiteral("the revocation check"));
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(QStringLiteral("entry 1")));
}

void TestSyncReplies::garbageNeverCrashes()
{
    const QList<QByteArray> inputs{QByteArray(),           QByteArray("null"),   QByteArray("\xff\xfe"),
                                   QByteArray(10000, '['), QByteArray("[null]"), QByteArray("{\"tables\": null}"),
                                   QByteArray("1e400")};
    for (const QByteArray& input : inputs) {
        QVERIFY(!SyncReplies::pushResults(input, {kChange}).ok());
        QVERIFY(!SyncReplies::pullPage(input, 5).ok());
        QVERIFY(!SyncReplies::idList(input, QStringLiteral("x")).ok());
    }
}

QTEST_GUILESS_MAIN(TestSyncReplies)
#include "tst_sync_replies.moc"
