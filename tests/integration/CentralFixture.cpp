#include "CentralFixture.h"

#include "ctl/CtlApp.h"
#include "store/Passphrase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace trellis::test {

QJsonObject CtlRun::json() const
{
    return QJsonDocument::fromJson(out.trimmed().toUtf8()).object();
}

QByteArray CtlRun::said() const
{
    return QStringLiteral("exit %1; out: %2; err: %3").arg(code).arg(out, err).toUtf8();
}

CtlRun runCtl(const QStringList& arguments)
{
    CtlRun result;
    {
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        ctl::CtlApp app(out, err);
        result.code = app.run(QStringList{QStringLiteral("trellisctl")} + arguments);
    }
    return result;
}

QString fictionalId(const char* family, int n)
{
    return QStringLiteral("%1-0000-4000-8000-%2").arg(QLatin1String(family)).arg(n, 12, 10, QLatin1Char('0'));
}

QStringList column(central::PgConnection& connection, const QString& sql, const QVariantList& parameters)
{
    auto rows = connection.exec(sql, parameters);
    if (!rows.ok())
        return {QStringLiteral("query failed: ") + rows.error().message};
    return rows->firstColumn();
}

CentralFixture::CentralFixture() = default;

bool CentralFixture::start(QString* error)
{
    QElapsedTimer timer;
    timer.start();
    if (!m_server.start()) {
        *error = m_server.error();
        return false;
    }
    qInfo("PostgreSQL test server ready on port %d in %lld ms", m_server.port(), timer.elapsed());
    if (!m_server.createDatabase(world::kDb)) {
        *error = m_server.error();
        return false;
    }
    return true;
}

bool CentralFixture::startWithWorkers(QHash<QString, QString>* workerIds, QString* error)
{
    if (!start(error))
        return false;
    const CtlRun initialised = central({QStringLiteral("init")});
    if (initialised.code != 0) {
        *error = QString::fromUtf8(initialised.said());
        return false;
    }
    for (const TestWorker& worker : world::kEveryone) {
        const CtlRun added = addWorker(worker, world::kDb);
        if (added.code != 0) {
            *error = QString::fromUtf8(added.said());
            return false;
        }
        workerIds->insert(worker.login, added.json().value(QStringLiteral("worker_id")).toString());
    }
    return true;
}

CtlRun CentralFixture::central(const QStringList& arguments)
{
    return runCtl(QStringList{QStringLiteral("--json"), QStringLiteral("central")} + arguments +
                  QStringList{QStringLiteral("--db"), adminDb(world::kDb)});
}

QString CentralFixture::passwordFile(const TestWorker& worker)
{
    const QString path = m_files.filePath(worker.login + QStringLiteral(".password"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(worker.password.toUtf8() + '\n');
    return path;
}

CtlRun CentralFixture::addWorker(const TestWorker& worker, const QString& database)
{
    return runCtl({QStringLiteral("--json"), QStringLiteral("central"), QStringLiteral("add-worker"), worker.login,
                   QStringLiteral("--name"), worker.name, QStringLiteral("--team"), worker.team,
                   QStringLiteral("--role"), worker.role, QStringLiteral("--password-file"), passwordFile(worker),
                   QStringLiteral("--db"), adminDb(database)});
}

central::CentralResult<std::unique_ptr<central::PgConnection>>
CentralFixture::connectWith(central::PgConnection::Options options, const QString& password)
{
    const Passphrase secret = Passphrase::fromString(password);
    options.connectTimeoutSeconds = 5;
    return central::PgConnection::connect(options, password.isEmpty() ? nullptr : &secret);
}

central::CentralResult<std::unique_ptr<central::PgConnection>> CentralFixture::connectAs(const TestWorker& worker,
                                                                                         const QString& database)
{
    central::PgConnection::Options options;
    options.url = m_server.url(worker.login, database);
    options.caFile = m_server.caFile();
    return connectWith(options, worker.password);
}

QSet<QString> CentralFixture::visibleRecords(const TestWorker& worker, const QString& database, QString* error)
{
    auto connection = connectAs(worker, database);
    if (!connection.ok()) {
        *error = connection.error().message;
        return {};
    }
    auto rows = connection.value()->exec(QStringLiteral("SELECT entity, id FROM trellis.trellis_visible_record_ids() "
                                                        "WHERE entity NOT IN ('worker', 'assignment')"));
    if (!rows.ok()) {
        *error = rows.error().message;
        return {};
    }
    QSet<QString> seen;
    for (int row = 0; row < rows->rowCount(); ++row)
        seen.insert(rows->text(row, 0) + QLatin1Char(':') + rows->text(row, 1));
    return seen;
}

central::PgConnection* CentralFixture::admin(const QString& database)
{
    auto found = m_admins.find(database);
    if (found != m_admins.end() && found.value()->isOpen())
        return found.value().get();
    auto connection = m_server.superuser(database);
    if (!connection.ok())
        return nullptr;
    std::shared_ptr<central::PgConnection> shared(connection.takeValue().release());
    m_admins.insert(database, shared);
    return shared.get();
}

bool CentralFixture::crashAndRestart(QString* error)
{
    m_admins.clear();
    if (m_server.crashAndRestart())
        return true;
    *error = m_server.error();
    return false;
}

bool CentralFixture::goOffline(QString* error)
{
    m_admins.clear();
    if (m_server.pause())
        return true;
    *error = m_server.error();
    return false;
}

bool CentralFixture::comeBackOnline(QString* error)
{
    if (m_server.resume())
        return true;
    *error = m_server.error();
    return false;
}

bool CentralFixture::insertYoungPerson(const QString& database, const QString& id, const QString& reference,
                                       QString* error)
{
    return insertRecord(database, QStringLiteral("young_person"), id,
                        {{QStringLiteral("reference"), reference},
                         {QStringLiteral("given_name"), QStringLiteral("Fictional")},
                         {QStringLiteral("family_name"), QStringLiteral("Testperson")},
                         {QStringLiteral("date_of_birth"), QStringLiteral("2009-05-01")},
                         {QStringLiteral("gender"), QStringLiteral("not_stated")},
                         {QStringLiteral("ethnicity"), QStringLiteral("not_stated")}},
                        error);
}

bool CentralFixture::insertRecord(const QString& database, const QString& entity, const QString& id,
                                  const QHash<QString, QString>& fields, QString* error)
{
    central::PgConnection* connection = admin(database);
    if (!connection) {
        *error = QStringLiteral("no superuser connection to %1").arg(database);
        return false;
    }
    // Column names come from this file, never from data; values travel as parameters.
    QStringList columns{QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("created_by"),
                        QStringLiteral("updated_at"), QStringLiteral("updated_by")};
    QStringList placeholders{QStringLiteral("$1"), QStringLiteral("now()"), QStringLiteral("'test'"),
                             QStringLiteral("now()"), QStringLiteral("'test'")};
    QVariantList values{id};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        columns.append(it.key());
        values.append(it.value());
        placeholders.append(QStringLiteral("$%1").arg(values.size()));
    }
    auto inserted =
        connection->exec(QStringLiteral("INSERT INTO trellis.%1 (%2) VALUES (%3)")
                             .arg(entity, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))),
                         values);
    if (!inserted.ok())
        *error = inserted.error().message;
    return inserted.ok();
}

} // namespace trellis::test
