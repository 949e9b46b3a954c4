#include "SyncTestSupport.h"

#include "domain/Entities.h"
#include "io/RecordJson.h"
#include "store/RecordRepository.h"
#include "store/RecordWriter.h"
#include "sync/PullApplier.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>

#include <sys/types.h>

namespace trellis::test {

using domain::Entities;
using domain::Record;

int envNumber(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

quint32 testSeed(const char* variable)
{
    const quint32 seed = quint32(envNumber(variable, int(QRandomGenerator::system()->bounded(1, 1 << 30))));
    qInfo("seed %u (replay with %s=%u)", seed, variable, seed);
    return seed;
}

QVariantList uuidArray(const QSet<QString>& ids)
{
    return {QStringLiteral("{") + QStringList(ids.cbegin(), ids.cend()).join(QLatin1Char(',')) + QLatin1Char('}')};
}

Record fictionalContact(const QString& id, const QString& youngPersonId, const QDateTime& occurredAt,
                        const QString& summary)
{
    Record contact(Entities::get(QStringLiteral("contact")));
    contact.set(QStringLiteral("id"), id);
    contact.set(QStringLiteral("young_person_id"), youngPersonId);
    contact.set(QStringLiteral("occurred_at"), occurredAt);
    contact.set(QStringLiteral("duration_minutes"), 30);
    contact.set(QStringLiteral("kind"), QStringLiteral("outreach"));
    contact.set(QStringLiteral("attendance"), QStringLiteral("attended"));
    contact.set(QStringLiteral("summary"), summary);
    return contact;
}

QString recordLine(const Record& record, bool deleted)
{
    QJsonObject object = io::RecordJson::toJson(record);
    for (const char* stamp : {"created_at", "created_by", "updated_at", "updated_by"})
        object.remove(QLatin1String(stamp));
    object.insert(QStringLiteral("deleted"), deleted);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString stateDifference(const SyncState& local, const SyncState& central, int most)
{
    QSet<QString> keys(local.keyBegin(), local.keyEnd());
    keys.unite(QSet<QString>(central.keyBegin(), central.keyEnd()));
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    QStringList lines;
    int differing = 0;
    for (const QString& key : std::as_const(sorted)) {
        if (local.value(key) == central.value(key))
            continue;
        if (!local.contains(key) && central.value(key).contains(QLatin1String("\"deleted\":true")))
            continue;
        if (++differing <= most)
            lines << QStringLiteral("%1\n  local:   %2\n  central: %3")
                         .arg(key, local.value(key, QStringLiteral("(none)")), central.value(key, QStringLiteral("(none)")));
    }
    if (differing > most)
        lines << QStringLiteral("and %1 more").arg(differing - most);
    return lines.join(QLatin1Char('\n'));
}

Laptop& SyncWorld::laptop(const TestWorker& worker)
{
    for (Laptop& existing : m_laptops) {
        if (existing.worker.login == worker.login)
            return existing;
    }
    Laptop& made = m_laptops.emplace_back();
    made.worker = worker;
    made.db = made.store->create();
    if (!reconnect(made))
        qFatal("cannot connect as %s", qPrintable(worker.login));
    return made;
}

bool SyncWorld::reconnect(Laptop& laptop)
{
    laptop.client.reset();
    laptop.connection.reset();
    auto connected = m_fixture.connectAs(laptop.worker, world::kDb);
    if (!connected.ok()) {
        qWarning("cannot connect as %s: %s", qPrintable(laptop.worker.login), qPrintable(connected.error().message));
        return false;
    }
    laptop.connection = connected.takeValue();
    laptop.client = std::make_unique<sync::PgCentralClient>(*laptop.connection);
    return true;
}

void SyncWorld::replaceStore(Laptop& laptop)
{
    laptop.db.reset();
    laptop.store = std::make_unique<TestStore>();
    laptop.db = laptop.store->create();
}

sync::SyncEngine::Outcome SyncWorld::sync(Laptop& laptop, sync::CentralClient* client, int pullPageRows)
{
    sync::SyncEngine engine(*laptop.db, client ? *client : *laptop.client, m_clock, laptop.worker.login);
    engine.setPullPageRows(pullPageRows);
    auto outcome = engine.run();
    if (!outcome.ok())
        qWarning("sync of %s failed: %s", qPrintable(laptop.worker.login), qPrintable(outcome.error->message));
    return outcome;
}

void SyncWorld::syncAll()
{
    for (int round = 0; round < 2; ++round) {
        for (Laptop& each : m_laptops)
            QVERIFY(sync(each).ok());
    }
}

SyncState SyncWorld::state(Laptop& laptop)
{
    SyncState found;
    for (const auto& def : Entities::all()) {
        if (!def.syncable)
            continue;
        auto prepared = laptop.db->prepare(QStringLiteral("SELECT id FROM %1").arg(def.name));
        if (!prepared.ok())
            return {};
        while (prepared.value()->next()) {
            auto stored = RecordRepository(*laptop.db).findStored(def, prepared.value()->text(0));
            if (stored.ok() && stored.value())
                found.insert(def.name + QLatin1Char(':') + stored.value()->record.id(),
                             recordLine(stored.value()->record, stored.value()->deleted));
        }
    }
    return found;
}

SyncState SyncWorld::centralView(const TestWorker& worker)
{
    SyncState view;
    std::unique_ptr<central::PgConnection>& viewer = m_viewers[worker.login];
    if (!viewer || !viewer->isOpen()) {
        auto connected = m_fixture.connectAs(worker, world::kDb);
        if (!connected.ok())
            return {{QStringLiteral("error"), connected.error().message}};
        viewer = connected.takeValue();
    }
    sync::PgCentralClient client(*viewer);
    QString cursor;
    while (true) {
        auto page = client.pull(cursor, 10000);
        if (!page.ok())
            return {{QStringLiteral("error"), page.error().message}};
        for (const sync::PulledRow& row : std::as_const(page.value().rows)) {
            auto decoded =
                sync::PullApplier::decode(row, m_clock.today(), QStringLiteral("central"), m_clock.now());
            if (decoded.ok())
                view.insert(row.entity + QLatin1Char(':') + row.id,
                            recordLine(decoded.value(), row.fields.value(QStringLiteral("deleted")).toBool()));
        }
        cursor = page.value().cursor;
        if (page.value().complete)
            break;
    }
    return view;
}

Record SyncWorld::record(Laptop& laptop, const QString& entity, const QString& id)
{
    auto found = RecordRepository(*laptop.db).findStored(Entities::get(entity), id);
    if (!found.ok() || !found.value())
        return Record(Entities::get(entity));
    return found.value()->record;
}

void SyncWorld::save(Laptop& laptop, Record record)
{
    auto saved = RecordWriter(*laptop.db, laptop.worker.login).save(record, false, m_clock.now());
    QVERIFY2(saved.ok() && saved.value().saved, saved.ok() ? "validation" : qPrintable(saved.error().message));
}

QSet<QString> SyncWorld::outboxChangeIds(Laptop& laptop)
{
    QSet<QString> ids;
    auto prepared = laptop.db->prepare(QStringLiteral("SELECT change_id FROM outbox"));
    if (!prepared.ok())
        return {QStringLiteral("error: ") + prepared.error().message};
    while (prepared.value()->next())
        ids.insert(prepared.value()->text(0));
    return ids;
}

ChildSync SyncWorld::childSync(Laptop& laptop, int killAfterMs, const QString& killOnLine, int afterLineMs)
{
    ChildSync run;
    const QString passphraseFile = laptop.store->dirPath() + QStringLiteral("/passphrase");
    writeFile(passphraseFile, QByteArray("purple-otter-lantern-42\n"));
    laptop.db.reset();
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    child.start(QStringLiteral(TRELLISCTL_PATH),
                {QStringLiteral("--store"), laptop.store->path(), QStringLiteral("--passphrase-file"), passphraseFile,
                 QStringLiteral("sync"), QStringLiteral("--db"),
                 m_fixture.server().url(laptop.worker.login, world::kDb), QStringLiteral("--ca"),
                 m_fixture.server().caFile(), QStringLiteral("--password-file"),
                 m_fixture.passwordFile(laptop.worker)});
    if (!child.waitForStarted()) {
        run.log = child.errorString();
    } else {
        QByteArray log;
        qint64 lineSeenAt = -1;
        while (child.state() != QProcess::NotRunning && timer.elapsed() < 120000) {
            child.waitForReadyRead(2);
            log += child.readAll();
            if (!killOnLine.isEmpty() && lineSeenAt < 0 && log.contains(killOnLine.toUtf8()))
                lineSeenAt = timer.elapsed();
            if ((killAfterMs >= 0 && timer.elapsed() >= killAfterMs) ||
                (lineSeenAt >= 0 && timer.elapsed() >= lineSeenAt + afterLineMs)) {
                // processId() is 0 once the child has ended, and kill(0) would end this whole
                // process group (the test and ctest with it).
                const qint64 pid = child.processId();
                if (pid > 0 && ::kill(pid_t(pid), SIGKILL) == 0)
                    run.killed = true;
                break;
            }
        }
        child.waitForFinished(30000);
        log += child.readAll();
        run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
        run.log = QString::fromUtf8(log);
    }
    run.elapsedMs = timer.elapsed();
    laptop.db = laptop.store->open();
    return run;
}

QString SyncWorld::centralValue(const QString& sql, const QVariantList& parameters)
{
    const QStringList values = column(*m_fixture.admin(world::kDb), sql, parameters);
    return values.isEmpty() ? QString() : values.first();
}

} // namespace trellis::test
