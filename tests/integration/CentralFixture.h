#pragma once

#include "PgTestServer.h"

#include "central/PgConnection.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace trellis::test {

// What trellisctl said when run in-process through CtlApp.
struct CtlRun {
    int code = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
    QJsonObject json() const;
    // For QVERIFY2: what the command said, so a failure explains itself.
    QByteArray said() const;
};
CtlRun runCtl(const QStringList& arguments);

// A fictional worker of the test's central store.
struct TestWorker {
    QString login;
    QString name;
    QString team;
    QString role;
    QString password;
};

// The fictional workers both central tests use. "north" is written in lower case on purpose:
// it joins the team "North".
namespace world {
inline const QString kDb = QStringLiteral("trellis");
inline const TestWorker kAsh{"ash.north", "Ash Tindle", "North", "caseworker", "lantern-otter-velvet-31"};
inline const TestWorker kBay{"bay.north", "Bay Pemberly", "North", "caseworker", "copper-heron-meadow-58"};
inline const TestWorker kHazel{"hazel.north", "Hazel Quill", "north", "supervisor", "amber-finch-teapot-74"};
inline const TestWorker kJuniper{"juniper.south", "Juniper Moss", "South", "caseworker", "violet-badger-kettle-26"};
inline const TestWorker kBriar{"briar.lead", "Briar Vale", "Service leads", "manager", "silver-walrus-compass-93"};
inline const TestWorker kDale{"dale.north", "Dale Ormsby", "North", "caseworker", "indigo-marten-lantern-47"};
inline const QList<TestWorker> kEveryone{kAsh, kBay, kHazel, kJuniper, kBriar, kDale};
} // namespace world

// A fictional record id: `family` (eight hex digits naming the kind of record and the test)
// followed by n, so a test's ids read as what they are.
QString fictionalId(const char* family, int n);

// The first column of every row `sql` returns, or one line saying why the query failed.
QStringList column(central::PgConnection& connection, const QString& sql, const QVariantList& parameters = {});

// The central store's test world: a running PgTestServer, password files for the fictional
// workers, and helpers to connect as them and to put fictional records in as the superuser.
class CentralFixture {
public:
    CentralFixture();
    bool start(QString* error);
    PgTestServer& server() { return m_server; }
    // start(), then the database, `central init` and every worker of world::kEveryone added
    // through trellisctl; their worker ids land in `workerIds`.
    bool startWithWorkers(QHash<QString, QString>* workerIds, QString* error);
    // trellisctl --json central ARGUMENTS --db (the superuser's connection to world::kDb)
    CtlRun central(const QStringList& arguments);

    // --db for trellisctl: the superuser over the Unix socket.
    QString adminDb(const QString& database) const { return m_server.superuserConnectionString(database); }
    QString passwordFile(const TestWorker& worker);
    // trellisctl central add-worker with the worker's own details.
    CtlRun addWorker(const TestWorker& worker, const QString& database);

    // A worker's connection over TCP with TLS verified against the test CA.
    central::CentralResult<std::unique_ptr<central::PgConnection>> connectAs(const TestWorker& worker,
                                                                             const QString& database);
    central::CentralResult<std::unique_ptr<central::PgConnection>> connectWith(central::PgConnection::Options options,
                                                                               const QString& password);
    // "entity:id" for every record trellis_visible_record_ids() gives the worker, leaving out
    // workers and allocations (whose ids the server makes).
    QSet<QString> visibleRecords(const TestWorker& worker, const QString& database, QString* error);

    // The superuser connection to `database`, kept open for setup and inspection.
    central::PgConnection* admin(const QString& database);
    // The server crashes and starts again (PgTestServer::crashAndRestart); the superuser's
    // connections are dropped, so admin() connects again. False (and why) when it does not.
    // The server stops but keeps its cluster (every laptop is offline), then comes back on the
    // same port; the superuser's connections are made again when next asked for.
    bool goOffline(QString* error);
    bool comeBackOnline(QString* error);
    bool crashAndRestart(QString* error);
    // Fictional records, inserted as the superuser; false (and the reason) on failure.
    bool insertYoungPerson(const QString& database, const QString& id, const QString& reference, QString* error);
    bool insertRecord(const QString& database, const QString& entity, const QString& id,
                      const QHash<QString, QString>& fields, QString* error);

private:
    PgTestServer m_server;
    QTemporaryDir m_files;
    QHash<QString, std::shared_ptr<central::PgConnection>> m_admins;
};

} // namespace trellis::test
