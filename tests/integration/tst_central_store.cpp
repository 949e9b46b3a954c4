// The central store's schema and administration against a real PostgreSQL 15 started for this
// test (PgTestServer: loopback only, TLS from a CA made here): migrations, trellisctl central
// init/upgrade/add-worker, and how connections succeed and fail. tst_central_security covers
// privileges, row-level security and the audit log. The functions run in order and build on
// each other's workers. Every login, name and password is fictional.

#include "CentralFixture.h"

#include "central/CentralMigrator.h"
#include "central/PgConnection.h"
#include "store/Passphrase.h"

#include <QElapsedTimer>
#include <QTest>

using namespace trellis;
using namespace trellis::central;
using namespace trellis::test;
using namespace trellis::test::world;

namespace {

// A description of the schema that two databases must share after different upgrade paths.
QString schemaSignature(PgConnection& connection)
{
    return column(
               connection,
               QStringLiteral("SELECT 'column ' || table_schema || '.' || table_name || '.' || column_name || ' ' || "
                              "data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') "
                              "FROM information_schema.columns WHERE table_schema IN ('trellis', 'trellis_acl') "
                              "UNION ALL SELECT 'policy ' || tablename || '.' || policyname || ' ' || cmd || ' ' || "
                              "array_to_string(roles, ',') || ' ' || coalesce(qual, '') FROM pg_policies "
                              "WHERE schemaname = 'trellis' "
                              "UNION ALL SELECT 'function ' || p.oid::regprocedure::text || ' ' || "
                              "p.prosecdef || ' ' || coalesce(array_to_string(p.proconfig, ','), '') || ' ' || "
                              "coalesce(p.proacl::text, '') FROM pg_proc AS p "
                              "WHERE p.pronamespace IN ('trellis'::regnamespace, 'trellis_acl'::regnamespace) "
                              "UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'trellis' "
                              "UNION ALL SELECT 'trigger ' || tgname || ' ' || tgrelid::regclass::text "
                              "FROM pg_trigger WHERE NOT tgisinternal AND tgrelid::regclass::text LIKE 'trellis.%' "
                              "ORDER BY 1"))
        .join(QLatin1Char('\n'));
}

} // namespace

class TestCentralStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void initCreatesTheSchemaAndIsIdempotent();
    void upgradesFromEveryEarlierVersion();
    void refusesNewerOlderAndMissingSchemas();
    void addWorkerCreatesScramLogins();
    void addWorkerRefusesBadInput();
    void workerConnectsOverVerifiedTls();
    void connectionFailuresAreNamed_data();
    void connectionFailuresAreNamed();
    void plaintextRefusedUnlessInsecure();

private:
    CentralFixture m_fixture;
    QHash<QString, QString> m_workerIds;
};

void TestCentralStore::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
}

// --- migrations -------------------------------------------------------------------------------

void TestCentralStore::initCreatesTheSchemaAndIsIdempotent()
{
    const int latest = CentralMigrator::latestVersion();
    QVERIFY(latest >= 2);
    const CtlRun created = m_fixture.central({QStringLiteral("init")});
    QVERIFY2(created.code == 0, created.said());
    QCOMPARE(created.json().value(QStringLiteral("schema")).toInt(), latest);
    QCOMPARE(created.json().value(QStringLiteral("applied")).toInt(), latest);

    PgConnection* admin = m_fixture.admin(kDb);
    QVERIFY(admin);
    const QString before = schemaSignature(*admin);
    QVERIFY(before.contains(QLatin1String("trellis.young_person")));

    const CtlRun again = m_fixture.central({QStringLiteral("init")});
    QVERIFY2(again.code == 0, again.said());
    QCOMPARE(again.json().value(QStringLiteral("applied")).toInt(), 0);
    const CtlRun upgraded =
        runCtl({QStringLiteral("central"), QStringLiteral("upgrade"), QStringLiteral("--db"), m_fixture.adminDb(kDb)});
    QVERIFY2(upgraded.code == 0, upgraded.said());
    QVERIFY2(upgraded.out.contains(QLatin1String("already at schema version")), upgraded.said());
    QCOMPARE(schemaSignature(*admin), before);
    QCOMPARE(column(*admin, QStringLiteral("SELECT count(*) FROM trellis.schema_version")),
             QStringList{QString::number(latest)});
}

void TestCentralStore::upgradesFromEveryEarlierVersion()
{
    PgConnection* reference = m_fixture.admin(kDb);
    QVERIFY(reference);
    const QString expected = schemaSignature(*reference);
    for (int start = 0; start < CentralMigrator::latestVersion(); ++start) {
        const QString database = QStringLiteral("trellis_from_%1").arg(start);
        QVERIFY2(m_fixture.server().createDatabase(database), qPrintable(m_fixture.server().error()));
        PgConnection* admin = m_fixture.admin(database);
        QVERIFY(admin);
        auto first = CentralMigrator::migrate(*admin, start);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(CentralMigrator::currentVersion(*admin).value(), start);
        auto rest = CentralMigrator::migrate(*admin);
        QVERIFY2(rest.ok(), qPrintable(rest.error().message));
        QCOMPARE(CentralMigrator::currentVersion(*admin).value(), CentralMigrator::latestVersion());
        QCOMPARE(schemaSignature(*admin), expected);
    }
}

void TestCentralStore::refusesNewerOlderAndMissingSchemas()
{
    const int latest = CentralMigrator::latestVersion();
    // Newer: a later Trellis has been here.
    QVERIFY(m_fixture.server().createDatabase(QStringLiteral("trellis_newer")));
    PgConnection* newer = m_fixture.admin(QStringLiteral("trellis_newer"));
    QVERIFY(newer && CentralMigrator::migrate(*newer).ok());
    QVERIFY(newer->exec(QStringLiteral("INSERT INTO trellis.schema_version (version) VALUES ($1)"), {latest + 1}).ok());
    for (const QString& subcommand : {QStringLiteral("upgrade"), QStringLiteral("init")}) {
        const CtlRun refused = runCtl({QStringLiteral("--json"), QStringLiteral("central"), subcommand,
                                       QStringLiteral("--db"), m_fixture.adminDb(QStringLiteral("trellis_newer"))});
        QVERIFY2(refused.code == 1, refused.said());
        QCOMPARE(refused.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("schema-too-new"));
        QVERIFY2(refused.err.contains(QLatin1String("newer than this Trellis understands")), refused.said());
    }
    QCOMPARE(CentralMigrator::checkCurrent(*newer).error().kind, CentralError::Kind::SchemaTooNew);

    // Older: administration refuses to work on it until it is upgraded.
    QVERIFY(m_fixture.server().createDatabase(QStringLiteral("trellis_older")));
    PgConnection* older = m_fixture.admin(QStringLiteral("trellis_older"));
    QVERIFY(older && CentralMigrator::migrate(*older, latest - 1).ok());
    const auto tooOld = CentralMigrator::checkCurrent(*older);
    QCOMPARE(tooOld.error().kind, CentralError::Kind::SchemaTooOld);
    QVERIFY(tooOld.error().message.contains(QLatin1String("central upgrade")));
    const CtlRun refused =
        runCtl({QStringLiteral("central"), QStringLiteral("deactivate-worker"), QStringLiteral("nobody.here"),
                QStringLiteral("--db"), m_fixture.adminDb(QStringLiteral("trellis_older"))});
    QVERIFY2(refused.code == 1 && refused.err.contains(QLatin1String("central upgrade")), refused.said());

    // Missing: upgrade wants init first; administration says the same.
    QVERIFY(m_fixture.server().createDatabase(QStringLiteral("trellis_empty")));
    const CtlRun missing = runCtl({QStringLiteral("central"), QStringLiteral("upgrade"), QStringLiteral("--db"),
                                   m_fixture.adminDb(QStringLiteral("trellis_empty"))});
    QVERIFY2(missing.code == 1 && missing.err.contains(QLatin1String("central init")), missing.said());
    PgConnection* empty = m_fixture.admin(QStringLiteral("trellis_empty"));
    QVERIFY(empty);
    QCOMPARE(CentralMigrator::checkCurrent(*empty).error().kind, CentralError::Kind::SchemaMissing);
}

// --- workers and their logins -----------------------------------------------------------------

void TestCentralStore::addWorkerCreatesScramLogins()
{
    PgConnection* admin = m_fixture.admin(kDb);
    QVERIFY(admin);
    // Log every statement while workers are added: the password must never reach the server.
    QVERIFY(admin->exec(QStringLiteral("ALTER SYSTEM SET log_statement = 'all'")).ok());
    QVERIFY(admin->exec(QStringLiteral("SELECT pg_reload_conf()")).ok());
    QTest::qWait(200);

    for (const TestWorker& worker : kEveryone) {
        const CtlRun added = m_fixture.addWorker(worker, kDb);
        QVERIFY2(added.code == 0, added.said());
        m_workerIds.insert(worker.login, added.json().value(QStringLiteral("worker_id")).toString());
    }
    QVERIFY(admin->exec(QStringLiteral("ALTER SYSTEM RESET log_statement")).ok());
    QVERIFY(admin->exec(QStringLiteral("SELECT pg_reload_conf()")).ok());

    const QString log = m_fixture.server().logTail(100000);
    QVERIFY2(log.contains(QLatin1String("CREATE ROLE")), "statement logging did not take effect");
    QVERIFY(log.contains(QLatin1String("SCRAM-SHA-256$")));
    for (const TestWorker& worker : kEveryone)
        QVERIFY2(!log.contains(worker.password), "a plaintext password reached the server");

    // Each login: SCRAM verifier, may log in, nothing more, and a member of trellis_app only.
    auto roles = admin->exec(QStringLiteral(
        "SELECT r.rolname, r.rolpassword LIKE 'SCRAM-SHA-256$%', r.rolcanlogin, r.rolsuper, r.rolbypassrls, "
        "r.rolcreaterole, r.rolcreatedb, r.rolreplication, "
        "(SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_auth_members AS m "
        " JOIN pg_roles AS g ON g.oid = m.roleid WHERE m.member = r.oid) "
        "FROM pg_authid AS r JOIN trellis.worker_account AS a ON a.login = r.rolname ORDER BY 1"));
    QVERIFY2(roles.ok(), qPrintable(roles.error().message));
    QCOMPARE(roles->rowCount(), 6);
    for (int row = 0; row < roles->rowCount(); ++row) {
        const QByteArray login = roles->text(row, 0).toUtf8();
        QVERIFY2(roles->toBool(row, 1), login);
        QVERIFY2(roles->toBool(row, 2), login);
        for (int flag = 3; flag <= 7; ++flag)
            QVERIFY2(!roles->toBool(row, flag), login);
        QCOMPARE(roles->text(row, 8), QStringLiteral("trellis_app"));
    }
    // "north" joined "North": one team, compared without regard to case.
    QCOMPARE(column(*admin, QStringLiteral("SELECT name FROM trellis.team ORDER BY name")),
             (QStringList{QStringLiteral("North"), QStringLiteral("Service leads"), QStringLiteral("South")}));
    QCOMPARE(
        column(*admin, QStringLiteral("SELECT role || ' ' || team FROM trellis.worker WHERE login = 'hazel.north'")),
        QStringList{QStringLiteral("supervisor North")});
    QCOMPARE(column(*admin, QStringLiteral("SELECT count(*) FROM trellis.audit_event WHERE action = 'add_worker'")),
             QStringList{QStringLiteral("6")});
}

void TestCentralStore::addWorkerRefusesBadInput()
{
    const CtlRun twice = m_fixture.addWorker(kAsh, kDb);
    QVERIFY2(twice.code == 1, twice.said());
    QCOMPARE(twice.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("already-exists"));

    TestWorker reserved = kAsh;
    for (const QString& login :
         {QStringLiteral("postgres"), QStringLiteral("pg_monitorish"), QStringLiteral("trellis_owner"),
          QStringLiteral("Upper.Case"), QStringLiteral("semi;colon")}) {
        reserved.login = login;
        const CtlRun refused = m_fixture.addWorker(reserved, kDb);
        QVERIFY2(refused.code == 1, refused.said());
    }
    TestWorker shortPassword{"shorty.north", "Shorty Test", "North", "caseworker", "eleven-char"};
    const CtlRun weak = m_fixture.addWorker(shortPassword, kDb);
    QVERIFY2(weak.code == 1 && weak.err.contains(QLatin1String("at least 12 characters")), weak.said());
    QVERIFY(!weak.all().contains(shortPassword.password));

    const CtlRun badRole =
        runCtl({QStringLiteral("central"), QStringLiteral("add-worker"), QStringLiteral("x.y"),
                QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--team"), QStringLiteral("North"),
                QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--password-file"),
                QStringLiteral("/nonexistent"), QStringLiteral("--db"), m_fixture.adminDb(kDb)});
    QCOMPARE(badRole.code, 2);
    const CtlRun noPassword = runCtl({QStringLiteral("central"), QStringLiteral("add-worker"), QStringLiteral("x.y"),
                                      QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--team"),
                                      QStringLiteral("North"), QStringLiteral("--role"), QStringLiteral("caseworker"),
                                      QStringLiteral("--db"), m_fixture.adminDb(kDb)});
    QCOMPARE(noPassword.code, 2);
    QCOMPARE(runCtl({QStringLiteral("central"), QStringLiteral("init")}).code, 2); // no --db
    QCOMPARE(runCtl({QStringLiteral("central"), QStringLiteral("init"), QStringLiteral("--db"), QStringLiteral("x"),
                     QStringLiteral("--store"), QStringLiteral("y")})
                 .code,
             2);
    QCOMPARE(runCtl({QStringLiteral("stats"), QStringLiteral("--db"), QStringLiteral("x")}).code, 2);

    // Nothing of the refused attempts was left behind.
    PgConnection* admin = m_fixture.admin(kDb);
    QVERIFY(admin);
    QCOMPARE(column(*admin, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('shorty.north', "
                                           "'pg_monitorish', 'Upper.Case', 'x.y')")),
             QStringList{QStringLiteral("0")});
    QCOMPARE(column(*admin, QStringLiteral("SELECT count(*) FROM trellis.worker")), QStringList{QStringLiteral("6")});
}

// --- connections ------------------------------------------------------------------------------

void TestCentralStore::workerConnectsOverVerifiedTls()
{
    // By IP address and by name (both are on the certificate); a URL asking for no TLS still gets
    // verify-full, since Trellis's own settings come after the URL's.
    for (const QString& where : {QStringLiteral("127.0.0.1:%1/%2"), QStringLiteral("localhost:%1/%2"),
                                 QStringLiteral("127.0.0.1:%1/%2?sslmode=disable")}) {
        PgConnection::Options options;
        options.url = kAsh.login + QLatin1Char('@') + where.arg(m_fixture.server().port()).arg(kDb);
        options.url.prepend(QStringLiteral("postgresql://"));
        options.caFile = m_fixture.server().caFile();
        auto connection = m_fixture.connectWith(options, kAsh.password);
        QVERIFY2(connection.ok(),
                 qPrintable(connection.error().message + QLatin1Char(' ') + connection.error().detail));
        QVERIFY(connection.value()->usesTls());
        auto me = connection.value()->exec(
            QStringLiteral("SELECT w ->> 'login', w ->> 'role', w ->> 'team', w IS NOT NULL, w ->> 'worker_id' "
                           "FROM trellis.trellis_whoami() AS w"));
        QVERIFY2(me.ok(), qPrintable(me.error().message));
        QCOMPARE(me->rowCount(), 1);
        QCOMPARE(me->text(0, 0), kAsh.login);
        QCOMPARE(me->text(0, 1), QStringLiteral("caseworker"));
        QCOMPARE(me->text(0, 2), QStringLiteral("North"));
        QVERIFY(me->toBool(0, 3));
        QCOMPARE(me->text(0, 4), m_workerIds.value(kAsh.login));
        auto version = CentralMigrator::checkCurrent(*connection.value());
        QVERIFY2(version.ok(), qPrintable(version.error().message));
    }
}

void TestCentralStore::connectionFailuresAreNamed_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("ca");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("says");

    const int port = m_fixture.server().port();
    const QString url = m_fixture.server().url(kAsh.login, kDb);
    const QString ca = m_fixture.server().caFile();
    QTest::newRow("wrong CA") << url << m_fixture.server().untrustedCaFile() << false << kAsh.password
                              << int(CentralError::Kind::CertificateNotTrusted) << "certificate is not trusted";
    QTest::newRow("no CA") << url << QString() << false << kAsh.password << int(CentralError::Kind::CaMissing)
                           << "pass --ca FILE";
    QTest::newRow("host name not on the certificate")
        << QStringLiteral("host=central.example.invalid hostaddr=127.0.0.1 port=%1 user=%2 dbname=%3")
               .arg(port)
               .arg(kAsh.login, kDb)
        << ca << false << kAsh.password << int(CentralError::Kind::CertificateMismatch) << "different host name";
    QTest::newRow("wrong password") << url << ca << false << QStringLiteral("not-the-password-00")
                                    << int(CentralError::Kind::WrongPassword) << "refused the password";
    QTest::newRow("no such login") << m_fixture.server().url(QStringLiteral("nobody.north"), kDb) << ca << false
                                   << kAsh.password << int(CentralError::Kind::WrongPassword) << "refused the password";
    QTest::newRow("plaintext to a TLS-only server")
        << url << QString() << true << kAsh.password << int(CentralError::Kind::PlaintextRefused)
        << "refuses unencrypted connections";
    QTest::newRow("nothing listening") << QStringLiteral("postgresql://%1@127.0.0.1:1/%2").arg(kAsh.login, kDb) << ca
                                       << false << kAsh.password << int(CentralError::Kind::Unreachable)
                                       << "Cannot reach the central store at 127.0.0.1 port 1";
}

void TestCentralStore::connectionFailuresAreNamed()
{
    QFETCH(QString, url);
    QFETCH(QString, ca);
    QFETCH(bool, insecure);
    QFETCH(QString, password);
    QFETCH(int, kind);
    QFETCH(QString, says);
    PgConnection::Options options;
    options.url = url;
    options.caFile = ca;
    options.insecure = insecure;
    auto connection = m_fixture.connectWith(options, password);
    QVERIFY(!connection.ok());
    QVERIFY2(int(connection.error().kind) == kind, qPrintable(CentralError::kindName(connection.error().kind) +
                                                              QStringLiteral(": ") + connection.error().detail));
    QVERIFY2(connection.error().message.contains(says), qPrintable(connection.error().message));
    QVERIFY(!connection.error().message.contains(password));
}

void TestCentralStore::plaintextRefusedUnlessInsecure()
{
    QElapsedTimer timer;
    timer.start();
    PgTestServer plain(PgTestServer::Options{false});
    QVERIFY2(plain.start(), qPrintable(plain.error()));
    qInfo("plaintext-only server ready in %lld ms", timer.elapsed());
    {
        auto admin = plain.superuser();
        QVERIFY(admin.ok());
        PgConnection& connection = *admin.value();
        const Passphrase password = Passphrase::fromString(kAsh.password);
        auto verifier = connection.encryptPassword(password, QStringLiteral("dev.worker"));
        QVERIFY(verifier.ok());
        auto literal = connection.escapeLiteral(verifier.value());
        QVERIFY(literal.ok());
        QVERIFY(
            connection.exec(QStringLiteral("CREATE ROLE \"dev.worker\" LOGIN PASSWORD %1").arg(literal.value())).ok());
    }
    PgConnection::Options options;
    options.url = plain.url(QStringLiteral("dev.worker"), QStringLiteral("postgres"));
    options.caFile = m_fixture.server().caFile();
    auto refused = m_fixture.connectWith(options, kAsh.password);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, CentralError::Kind::TlsUnavailable);
    QVERIFY(refused.error().message.contains(QLatin1String("does not offer an encrypted connection")));

    // The same through trellisctl: refused by default, allowed (with a warning) under --insecure.
    const QString db =
        QStringLiteral("postgresql://dev.worker:%1@127.0.0.1:%2/postgres").arg(kAsh.password).arg(plain.port());
    const CtlRun viaCtl = runCtl({QStringLiteral("central"), QStringLiteral("init"), QStringLiteral("--db"), db,
                                  QStringLiteral("--ca"), m_fixture.server().caFile()});
    QVERIFY2(viaCtl.code == 1 && viaCtl.err.contains(QLatin1String("does not offer an encrypted")), viaCtl.said());
    QVERIFY(!viaCtl.err.contains(kAsh.password));

    options.caFile.clear();
    options.insecure = true;
    auto allowed = m_fixture.connectWith(options, kAsh.password);
    QVERIFY2(allowed.ok(), qPrintable(allowed.error().message));
    QVERIFY(!allowed.value()->usesTls());
    const CtlRun insecure = runCtl(
        {QStringLiteral("central"), QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--insecure")});
    QVERIFY2(insecure.err.contains(QLatin1String("--insecure")), insecure.said());
    // It connected; init then stops because dev.worker is no superuser.
    QVERIFY2(insecure.code == 1 && insecure.err.contains(QLatin1String("not a PostgreSQL superuser")), insecure.said());
}

QTEST_GUILESS_MAIN(TestCentralStore)
#include "tst_central_store.moc"
