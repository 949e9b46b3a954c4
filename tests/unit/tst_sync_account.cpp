// sync::CentralAccount against a real encrypted store: the worker's central account (URL, CA
// file, insecure, password) is kept inside the SQLCipher file, one row, audited without content,
// refused whole when anything about it is wrong, and its password is never readable in the
// store's bytes without the key nor written to a log. Every login, password and host is fictional.

#include "TestStore.h"

#include "store/Migrator.h"
#include "sync/CentralAccount.h"
#include "sync/WorkerRole.h"
#include "sync/SyncState.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTest>

using namespace trellis;
using namespace trellis::test;
using sync::CentralAccount;
using Field = CentralAccount::Problem::Field;

namespace {

const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 15), Qt::UTC);
const QString kActor = QStringLiteral("ash.north");
const QString kUrl = QStringLiteral("postgresql://ash.north@central.example.org:5432/trellis");
// Long and unusual, so finding it in a file or a log can only mean it leaked.
const QString kPassword = QStringLiteral("heron-quartz-lantern-5521-zephyr");

CentralAccount::Account account(const QString& url = kUrl, const QString& password = kPassword)
{
    CentralAccount::Account made;
    made.url = url;
    made.password = Passphrase::fromString(password);
    return made;
}

qint64 auditCount(Database& db, const QString& action)
{
    return count(db,
                 QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'central_account' AND action = ?1"),
                 {action});
}

QStringList g_logged;
void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_logged << message;
}

} // namespace

class TestSyncAccount : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void newStoreHasNone();
    void storedAccountComesBackWhole();
    void storingAgainReplacesIt();
    void refusedAccountStoresNothing_data();
    void refusedAccountStoresNothing();
    void anotherLoginThanTheStoreSyncsAsIsRefused();
    void forgetRemovesIt();
    void passwordIsNotInTheFilesWithoutTheKey();
    void nothingLoggedNamesTheAccount();
    void roleWithoutTeamIsKept();
};

void TestSyncAccount::initTestCase()
{
    QVERIFY(QDir().mkpath(QDir::tempPath()));
    QVERIFY(Migrator::latestVersion() >= 6);
}

void TestSyncAccount::newStoreHasNone()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    auto loaded = CentralAccount(*db).load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QVERIFY(!loaded.value());
}

void TestSyncAccount::storedAccountComesBackWhole()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    const QString caFile = store.dirPath() + QStringLiteral("/ca.crt");
    writeFile(caFile, QByteArray("fictional CA certificate\n"));
    CentralAccount::Account given = account();
    given.caFile = caFile;
    QVERIFY(CentralAccount(*db).store(given, kActor, kNow).ok());

    auto loaded = CentralAccount(*db).load();
    QVERIFY2(loaded.ok() && loaded.value(), "loaded");
    const CentralAccount::Account& kept = *loaded.value();
    QCOMPARE(kept.url, kUrl);
    QCOMPARE(kept.caFile, QFileInfo(caFile).absoluteFilePath());
    QVERIFY(!kept.insecure);
    QCOMPARE(QByteArray(kept.password.data(), kept.password.size()), kPassword.toUtf8());
    QCOMPARE(kept.updatedAt, kNow);
    QCOMPARE(CentralAccount::loginOf(kept.url), QStringLiteral("ash.north"));
    QCOMPARE(auditCount(*db, QStringLiteral("create")), 1);
    // The audit row says that the account was set, and nothing about it.
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'central_account' AND "
                                       "entity_id IS NULL AND record_count IS NULL")),
             1);

    // An insecure (development) account has no CA file.
    CentralAccount::Account insecure = account(QStringLiteral("host=localhost port=5433 user=ash.north dbname=dev"));
    insecure.insecure = true;
    QVERIFY(CentralAccount(*db).store(insecure, kActor, kNow).ok());
    auto reloaded = CentralAccount(*db).load();
    QVERIFY(reloaded.ok() && reloaded.value());
    QVERIFY(reloaded.value()->insecure);
    QVERIFY(reloaded.value()->caFile.isEmpty());
}

void TestSyncAccount::storingAgainReplacesIt()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    QVERIFY(CentralAccount(*db).store(account(), kActor, kNow).ok());
    const QString other = QStringLiteral("postgresql://ash.north@central2.example.org/trellis");
    QVERIFY(CentralAccount(*db)
                .store(account(other, QStringLiteral("new-fictional-pass-7")), kActor, kNow.addSecs(60))
                .ok());
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM central_account")), 1);
    auto loaded = CentralAccount(*db).load();
    QVERIFY(loaded.ok() && loaded.value());
    QCOMPARE(loaded.value()->url, other);
    QCOMPARE(QByteArray(loaded.value()->password.data(), loaded.value()->password.size()),
             QByteArray("new-fictional-pass-7"));
    QCOMPARE(auditCount(*db, QStringLiteral("create")), 1);
    QCOMPARE(auditCount(*db, QStringLiteral("update")), 1);
}

void TestSyncAccount::refusedAccountStoresNothing_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("caFile"); // DIR stands for the test's folder
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("problem");
    const QString secret = QStringLiteral("otter-in-the-url-9931");
    const QString ok = kPassword;
    QTest::newRow("password in the URL")
        << QStringLiteral("postgresql://ash.north:%1@central.example.org/trellis").arg(secret) << QString() << false
        << ok << int(Field::Url) << "holds a password";
    QTest::newRow("password as a URL parameter")
        << QStringLiteral("postgresql://ash.north@central.example.org/trellis?password=%1").arg(secret) << QString()
        << false << ok << int(Field::Url) << "holds a password";
    QTest::newRow("password as a keyword")
        << QStringLiteral("host=central.example.org user=ash.north password=%1").arg(secret) << QString() << false << ok
        << int(Field::Url) << "holds a password";
    QTest::newRow("empty password parameter")
        << QStringLiteral("postgresql://ash.north@central.example.org/trellis?password=") << QString() << false << ok
        << int(Field::Url) << "holds a password";
    QTest::newRow("not a URL") << QStringLiteral("central.example.org") << QString() << false << ok << int(Field::Url)
                               << "is not a PostgreSQL connection URL";
    QTest::newRow("bad percent encoding") << QStringLiteral("postgresql://ash.north@central/%zz") << QString() << false
                                          << ok << int(Field::Url) << "is not a PostgreSQL connection URL";
    QTest::newRow("empty URL") << QString() << QString() << false << ok << int(Field::Url)
                               << "is not a PostgreSQL connection URL";
    QTest::newRow("no login") << QStringLiteral("postgresql://central.example.org/trellis") << QString() << false << ok
                              << int(Field::Url) << "names no login";
    QTest::newRow("missing CA file") << kUrl << QStringLiteral("DIR/missing.crt") << false << ok << int(Field::CaFile)
                                     << "which does not exist";
    QTest::newRow("CA is a folder") << kUrl << QStringLiteral("DIR") << false << ok << int(Field::CaFile)
                                    << "which is not a file";
    QTest::newRow("CA with insecure") << kUrl << QStringLiteral("DIR/ca.crt") << true << ok << int(Field::CaFile)
                                      << "cannot be used with an insecure connection";
    QTest::newRow("empty password") << kUrl << QString() << false << QString() << int(Field::Password) << "is empty";
}

void TestSyncAccount::refusedAccountStoresNothing()
{
    QFETCH(QString, url);
    QFETCH(QString, caFile);
    QFETCH(bool, insecure);
    QFETCH(QString, password);
    QFETCH(int, field);
    QFETCH(QString, problem);
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    writeFile(store.dirPath() + QStringLiteral("/ca.crt"), QByteArray("fictional CA certificate\n"));
    // One account already there: a refused one must leave it exactly as it was.
    QVERIFY(CentralAccount(*db).store(account(), kActor, kNow).ok());

    CentralAccount::Account given = account(url, password);
    given.caFile = caFile.replace(QStringLiteral("DIR"), store.dirPath());
    given.insecure = insecure;
    auto checked = CentralAccount(*db).check(given);
    QVERIFY2(checked.ok(), qPrintable(checked.error().message));
    QVERIFY(checked.value());
    QCOMPARE(int(checked.value()->field), field);
    QVERIFY2(checked.value()->message.contains(problem), qPrintable(checked.value()->message));
    QVERIFY2(!checked.value()->message.contains(QStringLiteral("otter-in-the-url")),
             qPrintable(checked.value()->message));

    auto stored = CentralAccount(*db).store(given, kActor, kNow.addSecs(60));
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().kind, StoreError::Kind::Invalid);
    QVERIFY2(stored.error().message.contains(problem), qPrintable(stored.error().message));
    QVERIFY(!stored.error().message.contains(QStringLiteral("otter-in-the-url")));
    auto kept = CentralAccount(*db).load();
    QVERIFY(kept.ok() && kept.value());
    QCOMPARE(kept.value()->url, kUrl);
    QCOMPARE(kept.value()->updatedAt, kNow);
    QCOMPARE(auditCount(*db, QStringLiteral("update")), 0);
}

void TestSyncAccount::anotherLoginThanTheStoreSyncsAsIsRefused()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    QVERIFY(sync::SyncState(*db).setLogin(QStringLiteral("bay.north")).ok());
    auto checked = CentralAccount(*db).check(account());
    QVERIFY(checked.ok() && checked.value());
    QCOMPARE(checked.value()->field, Field::Url);
    QCOMPARE(checked.value()->message, QStringLiteral("names the login \"ash.north\", but this store syncs as "
                                                      "\"bay.north\"; a store holds one worker's caseload"));
    QVERIFY(!CentralAccount(*db).store(account(), kActor, kNow).ok());
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM central_account")), 0);
    QVERIFY(CentralAccount(*db)
                .store(account(QStringLiteral("postgresql://bay.north@central.example.org/trellis")), kActor, kNow)
                .ok());
}

void TestSyncAccount::forgetRemovesIt()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    auto nothing = CentralAccount(*db).forget(kActor, kNow);
    QVERIFY(nothing.ok());
    QVERIFY(!nothing.value());
    QCOMPARE(auditCount(*db, QStringLiteral("delete")), 0);

    QVERIFY(CentralAccount(*db).store(account(), kActor, kNow).ok());
    auto forgotten = CentralAccount(*db).forget(kActor, kNow.addSecs(60));
    QVERIFY2(forgotten.ok(), qPrintable(forgotten.error().message));
    QVERIFY(forgotten.value());
    auto loaded = CentralAccount(*db).load();
    QVERIFY(loaded.ok() && !loaded.value());
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM central_account")), 0);
    QCOMPARE(auditCount(*db, QStringLiteral("delete")), 1);
}

// The file, its -wal and its -shm are ciphertext: the password (and the URL beside it) can only
// be read with the store's key, while the store is open and after it is closed.
void TestSyncAccount::passwordIsNotInTheFilesWithoutTheKey()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    QVERIFY(CentralAccount(*db).store(account(), kActor, kNow).ok());
    const QList<QByteArray> secrets{kPassword.toUtf8(), kUrl.toUtf8(), QByteArrayLiteral("central.example.org")};
    auto check = [&](const char* when) {
        int files = 0;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            const QString path = store.path() + QLatin1String(suffix);
            if (!QFileInfo::exists(path))
                continue;
            ++files;
            const QByteArray bytes = readFile(path);
            for (const QByteArray& secret : secrets)
                QVERIFY2(!bytes.contains(secret), qPrintable(QStringLiteral("%1 %2").arg(path, QLatin1String(when))));
        }
        QVERIFY(files >= 1);
    };
    check("while open");
    // Reading it back must not leave it anywhere either.
    QVERIFY(CentralAccount(*db).load().ok());
    db.reset();
    check("after closing");
    // And the key does read it: the check above is not passing because nothing was written.
    auto reopened = store.open();
    QVERIFY(reopened);
    auto loaded = CentralAccount(*reopened).load();
    QVERIFY(loaded.ok() && loaded.value());
    QCOMPARE(QByteArray(loaded.value()->password.data(), loaded.value()->password.size()), kPassword.toUtf8());
}

void TestSyncAccount::nothingLoggedNamesTheAccount()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    g_logged.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("trellis.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    const bool stored = CentralAccount(*db).store(account(), kActor, kNow).ok();
    const bool refused =
        !CentralAccount(*db)
             .store(account(QStringLiteral("postgresql://ash.north:%1@central.example.org/trellis").arg(kPassword)),
                    kActor, kNow)
             .ok();
    const bool loaded = CentralAccount(*db).load().ok();
    const bool forgotten = CentralAccount(*db).forget(kActor, kNow).ok();
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(stored && refused && loaded && forgotten);
    QVERIFY2(g_logged.contains(QStringLiteral("central account stored")), qPrintable(g_logged.join(u'\n')));
    for (const QString& line : std::as_const(g_logged)) {
        QVERIFY2(!line.contains(kPassword), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("example.org")), qPrintable(line));
    }
}

// A manager over every team may have none of their own; the role must still be kept, or the
// desktop would hide the dashboard and reallocation from them offline.
void TestSyncAccount::roleWithoutTeamIsKept()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    sync::WorkerRole roles(*db);
    QVERIFY(roles.save({QStringLiteral("supervisor"), QStringLiteral("North Team (fictional)")}).ok());
    const auto saved = roles.save({QStringLiteral("manager"), QString()});
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    auto loaded = roles.load();
    QVERIFY(loaded.ok() && loaded.value());
    QCOMPARE(loaded.value()->role, QStringLiteral("manager"));
    QCOMPARE(loaded.value()->team, QString());
}

QTEST_GUILESS_MAIN(TestSyncAccount)
#include "tst_sync_account.moc"
