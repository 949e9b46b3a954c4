// trellisctl account set|show|forget and sync without an account, driven in-process (no central
// store needed: nothing here connects). The account lives in the encrypted store; these tests
// check what a worker would notice: show never prints the password, a refusal names the option
// and stores nothing, export leaves it out, and no output or log line holds it. The end-to-end
// `account set` then `sync` against a real PostgreSQL is in tst_sync_scenarios.

#include "CtlTestSupport.h"
#include "TestStore.h"

#include "sync/SyncState.h"

#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTest>

using namespace trellis;
using namespace trellis::test;
using namespace trellis::test::ctlsupport;

namespace {

const QString kUrl = QStringLiteral("postgresql://ash.north@central.example.org:5432/trellis");
const QString kPassword = QStringLiteral("kestrel-marble-orchard-8843");

QStringList g_logged;
void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_logged << message;
}

qint64 accountAudits(Database& db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'central_account'"));
}

} // namespace

class TestCtlAccount : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void usageErrors_data();
    void usageErrors();
    void setShowForget();
    void refusedSetNamesTheOptionAndStoresNothing_data();
    void refusedSetNamesTheOptionAndStoresNothing();
    void anotherLoginIsRefusedNamingDb();
    void syncWithoutAnAccountSaysWhatToDo();
    void showWithoutAnAccountFails();
    void exportLeavesTheAccountOut();
    void passwordNeverInFilesOrLogs();

private:
    QStringList on() const { return m_ws->on(m_ws->store()); }
    QString passwordFile() const { return m_ws->file(QStringLiteral("central-password.txt")); }
    QStringList set(const QStringList& extra = {}) const
    {
        return on() + QStringList{"account", "set", "--db", kUrl, "--password-file", passwordFile()} + extra;
    }

    std::unique_ptr<Workspace> m_ws;
};

void TestCtlAccount::initTestCase()
{
    QVERIFY(QDir().mkpath(QDir::tempPath()));
}

void TestCtlAccount::init()
{
    m_ws = std::make_unique<Workspace>();
    QVERIFY(m_ws->isValid());
    writeFile(passwordFile(), kPassword.toUtf8() + '\n');
    writeFile(m_ws->file(QStringLiteral("ca.crt")), QByteArray("fictional CA certificate\n"));
    const CtlResult init = runCtl(on() + QStringList{"init"});
    QVERIFY2(init.code == 0, init.said());
}

void TestCtlAccount::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("problem");
    const QStringList on{"--store", "STORE", "--passphrase-file", "PASS"};
    const QStringList set{"account", "set", "--db", kUrl};
    QTest::newRow("account alone") << on + QStringList{"account"}
                                   << "account needs one subcommand: set, show or forget";
    QTest::newRow("unknown subcommand") << on + QStringList{"account", "rename"}
                                        << "account needs one subcommand: set, show or forget";
    QTest::newRow("two subcommands") << on + QStringList{"account", "show", "forget"}
                                     << "account needs one subcommand: set, show or forget";
    QTest::newRow("set without --db") << on + QStringList{"account", "set", "--password-file", "PASS"}
                                      << "account set needs --db URL";
    QTest::newRow("set without --password-file") << on + set << "account set needs --password-file FILE";
    QTest::newRow("--ca with --insecure")
        << on + set + QStringList{"--password-file", "PASS", "--ca", "x", "--insecure"}
        << "--ca and --insecure cannot be used together";
    QTest::newRow("both from standard input")
        << QStringList{"--store", "STORE", "--passphrase-file", "-"} + set + QStringList{"--password-file", "-"}
        << "the passphrase and the password cannot both come from standard input";
    QTest::newRow("--db on show") << on + QStringList{"account", "show", "--db", kUrl}
                                  << "--db only applies to account set and central commands";
    QTest::newRow("--insecure on forget") << on + QStringList{"account", "forget", "--insecure"}
                                          << "--insecure only applies to account set and central commands";
    // sync takes no connection of its own any more: the password is never read from a file there.
    QTest::newRow("sync --db") << on + QStringList{"sync", "--db", kUrl}
                               << "--db only applies to account set and central commands; sync uses the account "
                                  "stored with account set";
    QTest::newRow("sync --password-file") << on + QStringList{"sync", "--password-file", "PASS"}
                                          << "--password-file only applies to account set and central commands";
    QTest::newRow("--name on account set") << on + set + QStringList{"--password-file", "PASS", "--name", "Ash"}
                                           << "--name only applies to central commands";
}

void TestCtlAccount::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, problem);
    arguments.replaceInStrings(QStringLiteral("STORE"), m_ws->store());
    arguments.replaceInStrings(QStringLiteral("PASS"), m_ws->passphraseFile());
    const CtlResult result = runCtl(arguments);
    QVERIFY2(result.code == 2, result.said());
    QVERIFY2(result.err.startsWith(QStringLiteral("trellisctl: ") + problem), result.said());
    QVERIFY2(result.out.isEmpty(), result.said());
    auto db = openStore(m_ws->store());
    QVERIFY(db);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM central_account")), 0);
}

void TestCtlAccount::setShowForget()
{
    const CtlResult stored = runCtl(set({"--ca", m_ws->file(QStringLiteral("ca.crt"))}));
    QVERIFY2(stored.code == 0, stored.said());
    QVERIFY2(stored.out.startsWith(QStringLiteral("Stored the central account of \"ash.north\"")), stored.said());
    QVERIFY2(stored.out.contains(QStringLiteral("You can delete the password file.")), stored.said());

    const CtlResult shown = runCtl(on() + QStringList{"account", "show"});
    QVERIFY2(shown.code == 0, shown.said());
    QVERIFY2(shown.out.contains(QStringLiteral("URL:      ") + kUrl + u'\n'), shown.said());
    QVERIFY2(shown.out.contains(QStringLiteral("Login:    ash.north\n")), shown.said());
    QVERIFY2(shown.out.contains(QStringLiteral("CA file:  ") + m_ws->file(QStringLiteral("ca.crt"))), shown.said());
    QVERIFY2(shown.out.contains(QStringLiteral("Insecure: no\n")), shown.said());
    QVERIFY2(shown.out.contains(QStringLiteral("Password: stored\n")), shown.said());

    const CtlResult json = runCtl(on() + QStringList{"--json", "account", "show"});
    QVERIFY2(json.code == 0, json.said());
    const QJsonObject object = json.json();
    QVERIFY(object.value(QStringLiteral("ok")).toBool());
    QCOMPARE(object.value(QStringLiteral("url")).toString(), kUrl);
    QCOMPARE(object.value(QStringLiteral("login")).toString(), QStringLiteral("ash.north"));
    QCOMPARE(object.value(QStringLiteral("insecure")).toBool(), false);
    QCOMPARE(object.value(QStringLiteral("password")).toString(), QStringLiteral("stored"));

    // Set again as an insecure development account: replaced, with a warning, no CA file.
    const CtlResult insecure = runCtl(set({"--insecure"}));
    QVERIFY2(insecure.code == 0, insecure.said());
    QVERIFY2(insecure.err.contains(QStringLiteral("warning: --insecure")), insecure.said());
    const CtlResult shownInsecure = runCtl(on() + QStringList{"--json", "account", "show"});
    QVERIFY(shownInsecure.json().value(QStringLiteral("insecure")).toBool());
    QVERIFY(shownInsecure.json().value(QStringLiteral("ca_file")).isNull());

    const CtlResult forgotten = runCtl(on() + QStringList{"account", "forget"});
    QVERIFY2(forgotten.code == 0 && forgotten.out.startsWith(QStringLiteral("Forgot the central account")),
             forgotten.said());
    const CtlResult again = runCtl(on() + QStringList{"--json", "account", "forget"});
    QVERIFY2(again.code == 0, again.said());
    QCOMPARE(again.json().value(QStringLiteral("forgotten")).toBool(true), false);

    for (const CtlResult& said : {stored, shown, json, insecure, shownInsecure, forgotten, again})
        QVERIFY2(!said.all().contains(kPassword), said.said());
    auto db = openStore(m_ws->store());
    QVERIFY(db);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM central_account")), 0);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit_event WHERE entity = 'central_account' AND "
                                       "action IN ('create', 'update', 'delete') AND actor IS NOT NULL")),
             3);
}

void TestCtlAccount::refusedSetNamesTheOptionAndStoresNothing_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "account set"; DIR is the test's folder
    QTest::addColumn<QString>("problem");
    QTest::newRow("password in --db")
        << QStringList{"--db", QStringLiteral("postgresql://ash.north:%1@central.example.org/trellis").arg(kPassword),
                       "--password-file", "PASSWORD"}
        << "--db holds a password; leave it out";
    QTest::newRow("--db not a URL") << QStringList{"--db", "central.example.org", "--password-file", "PASSWORD"}
                                    << "--db is not a PostgreSQL connection URL";
    QTest::newRow("--db without a login")
        << QStringList{"--db", "postgresql://central.example.org/trellis", "--password-file", "PASSWORD"}
        << "--db names no login";
    QTest::newRow("missing --ca file") << QStringList{"--db",    kUrl, "--ca", "DIR/missing.crt", "--password-file",
                                                      "PASSWORD"}
                                       << "--ca names DIR/missing.crt, which does not exist";
    QTest::newRow("--ca names a folder") << QStringList{"--db", kUrl, "--ca", "DIR", "--password-file", "PASSWORD"}
                                         << "--ca names DIR, which is not a file";
    QTest::newRow("missing password file")
        << QStringList{"--db", kUrl, "--password-file", "DIR/none.txt"} << "cannot read the password file";
    QTest::newRow("empty password file") << QStringList{"--db", kUrl, "--password-file", "DIR/empty.txt"}
                                         << "the password file is empty";
}

void TestCtlAccount::refusedSetNamesTheOptionAndStoresNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, problem);
    writeFile(m_ws->file(QStringLiteral("empty.txt")), QByteArray());
    // A good account first: a refused set must leave it as it was.
    QVERIFY(runCtl(set()).code == 0);
    arguments.replaceInStrings(QStringLiteral("PASSWORD"), passwordFile());
    arguments.replaceInStrings(QStringLiteral("DIR"), m_ws->path());
    problem.replace(QStringLiteral("DIR"), m_ws->path());
    const CtlResult refused = runCtl(on() + QStringList{"account", "set"} + arguments);
    QVERIFY2(refused.code == 1, refused.said());
    QVERIFY2(refused.err.startsWith(QStringLiteral("trellisctl: ") + problem), refused.said());
    QVERIFY2(!refused.all().contains(kPassword), refused.said());
    const CtlResult json = runCtl(on() + QStringList{"--json", "account", "set"} + arguments);
    QCOMPARE(json.code, 1);
    QVERIFY(json.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(problem));

    const CtlResult shown = runCtl(on() + QStringList{"--json", "account", "show"});
    QCOMPARE(shown.json().value(QStringLiteral("url")).toString(), kUrl);
    auto db = openStore(m_ws->store());
    QVERIFY(db);
    QCOMPARE(accountAudits(*db), 1); // the first set only
}

void TestCtlAccount::anotherLoginIsRefusedNamingDb()
{
    {
        auto db = openStore(m_ws->store());
        QVERIFY(db);
        QVERIFY(sync::SyncState(*db).setLogin(QStringLiteral("bay.north")).ok());
    }
    const CtlResult refused = runCtl(set());
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.startsWith(QStringLiteral("trellisctl: --db names the login \"ash.north\", but this store "
                                                   "syncs as \"bay.north\"")),
             refused.said());
    auto db = openStore(m_ws->store());
    QVERIFY(db);
    QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM central_account")), 0);
    QCOMPARE(accountAudits(*db), 0);
}

void TestCtlAccount::syncWithoutAnAccountSaysWhatToDo()
{
    const CtlResult run = runCtl(on() + QStringList{"sync"});
    QVERIFY2(run.code == 1, run.said());
    const QJsonObject error = run.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("phase")).toString(), QStringLiteral("connect"));
    QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("no-account"));
    QVERIFY2(run.err.contains(QStringLiteral("This store holds no central account. Store yours once with trellisctl "
                                             "account set --db URL")),
             run.said());
}

void TestCtlAccount::showWithoutAnAccountFails()
{
    const CtlResult shown = runCtl(on() + QStringList{"--json", "account", "show"});
    QCOMPARE(shown.code, 1);
    QCOMPARE(shown.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("no-account"));
}

void TestCtlAccount::exportLeavesTheAccountOut()
{
    QVERIFY(runCtl(on() + QStringList{"seed-demo", "--cases", "3", "--seed", "4"}).code == 0);
    QVERIFY(runCtl(set({"--ca", m_ws->file(QStringLiteral("ca.crt"))})).code == 0);
    const CtlResult exported = runCtl(on() + QStringList{"export"});
    QVERIFY2(exported.code == 0, exported.said());
    QVERIFY2(exported.out.count(u'\n') > 3, exported.said()); // the seeded records are there
    for (const QString& secret : {kPassword, kUrl, QStringLiteral("central.example.org"), QStringLiteral("ca.crt")})
        QVERIFY2(!exported.all().contains(secret), qPrintable(secret));
}

void TestCtlAccount::passwordNeverInFilesOrLogs()
{
    g_logged.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("trellis.*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    // A port where nothing listens, so the sync fails at once, after using the stored password.
    const CtlResult stored = runCtl(on() + QStringList{"account", "set", "--db", "postgresql://ash.north@127.0.0.1:1/x",
                                                       "--password-file", passwordFile()});
    const CtlResult shown = runCtl(on() + QStringList{"account", "show"});
    const CtlResult synced = runCtl(on() + QStringList{"sync"});
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY2(stored.code == 0 && shown.code == 0, stored.said() + shown.said());
    QVERIFY2(synced.code == 1 && synced.all().contains(QStringLiteral("unreachable")), synced.said());
    for (const CtlResult& said : {stored, shown, synced})
        QVERIFY2(!said.all().contains(kPassword), said.said());
    for (const QString& line : std::as_const(g_logged))
        QVERIFY2(!line.contains(kPassword), qPrintable(line));
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QString path = m_ws->store() + QLatin1String(suffix);
        QVERIFY2(!readFile(path).contains(kPassword.toUtf8()), qPrintable(path));
    }
}

QTEST_GUILESS_MAIN(TestCtlAccount)
#include "tst_ctl_account.moc"
