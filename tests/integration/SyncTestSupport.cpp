#include "SyncTestSupport.h"

#include "domain/Entities.h"
#include "io/RecordJson.h"
#include "store/RecordRepository.h"
#include "store/RecordWriter.h"
#include "sync/PullApplier.h"

#include <QElapsedTimer>
#include <QJsonArray>
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

void allowTestFunctionTime(qint64 ms)
{
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(ms));
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

namespace {

// A JSON value as PostgreSQL prints a jsonb (empty for SQL NULL).
QJsonValue jsonbValue(const QString& text)
{
    if (text.isEmpty())
        return QJsonValue();
    return QJsonDocument::fromJson((QLatin1Char('[') + text + QLatin1Char(']')).toUtf8()).array().at(0);
}

// A field's value as this client encodes it, so that the server's typed JSON ("+00:00") and the
// client's ("Z") compare equal; null when absent.
QJsonValue canonical(const domain::EntityDef& def, const QString& field, const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return QJsonValue();
    if (field == QLatin1String("deleted"))
        return value;
    domain::ValidationIssues issues;
    const QJsonValue encoded =
        io::RecordJson::toJson(io::RecordJson::fromJson(QJsonObject{{field, value}}, def, issues)).value(field);
    return encoded.isUndefined() ? QJsonValue() : encoded;
}

// The change's entry for a field of a conflict. An edit that reaches a record deleted meanwhile
// clashes on `deleted` without naming it: to its author the record was not deleted.
QJsonObject entryOf(const sync::Change& change, const QString& field)
{
    const QJsonValue entry = change.fields.value(field);
    return entry.isObject() ? entry.toObject()
                            : QJsonObject{{QStringLiteral("base"), false}, {QStringLiteral("new"), false}};
}

QString shown(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

// Conflict answers of the changes $1 without a conflict record: one the change opened, or the
// same author's open one on that field that it joined (A->B->C stays one conflict).
constexpr const char* kUnrecordedSql =
    "SELECT r.change_id::text || ' ' || f.field FROM trellis.change_receipt r "
    "CROSS JOIN LATERAL jsonb_array_elements_text(r.result -> 'conflict_fields') AS f(field) "
    "WHERE r.change_id = ANY($1::uuid[]) AND r.result ->> 'result' = 'conflict' AND NOT EXISTS ("
    "  SELECT 1 FROM trellis.change_conflict c "
    "  JOIN trellis.change_receipt fr ON fr.change_id = c.first_change_id "
    "  JOIN trellis.change_receipt ir ON ir.change_id = c.incoming_change_id "
    "  WHERE c.record_id = r.record_id AND c.field = f.field AND c.incoming_login = r.login "
    "  AND r.received_at BETWEEN fr.received_at AND ir.received_at) ORDER BY 1";

constexpr const char* kConflictsSql =
    "SELECT c.id::text, c.entity, c.record_id::text, c.young_person_id::text, c.field, c.status, "
    "c.base_value::text, c.server_value::text, c.server_login, (c.server_changed_at IS NOT NULL)::text, "
    "c.incoming_value::text, c.incoming_login, c.incoming_made_by, "
    "to_char(c.incoming_made_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
    "c.first_change_id::text, c.incoming_change_id::text, "
    "(SELECT r.login FROM trellis.change_receipt r WHERE r.change_id = c.incoming_change_id) "
    "FROM trellis.change_conflict c "
    "WHERE c.first_change_id = ANY($1::uuid[]) OR c.incoming_change_id = ANY($1::uuid[]) ORDER BY c.opened_at, c.id";

} // namespace

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

bool SyncWorld::reconnectAll()
{
    m_viewers.clear();
    bool all = true;
    for (Laptop& laptop : m_laptops)
        all = reconnect(laptop) && all;
    return all;
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

central::PgConnection* SyncWorld::viewer(const TestWorker& worker, QString* error)
{
    std::unique_ptr<central::PgConnection>& viewer = m_viewers[worker.login];
    if (!viewer || !viewer->isOpen()) {
        auto connected = m_fixture.connectAs(worker, world::kDb);
        if (!connected.ok()) {
            *error = connected.error().message;
            return nullptr;
        }
        viewer = connected.takeValue();
    }
    return viewer.get();
}

QStringList SyncWorld::asWorker(const TestWorker& worker, const QString& sql, const QVariantList& parameters)
{
    QString error;
    central::PgConnection* connection = viewer(worker, &error);
    return connection ? column(*connection, sql, parameters) : QStringList{QStringLiteral("error: ") + error};
}

SyncState SyncWorld::centralView(const TestWorker& worker)
{
    SyncState view;
    QString error;
    central::PgConnection* connection = viewer(worker, &error);
    if (!connection)
        return {{QStringLiteral("error"), error}};
    sync::PgCentralClient client(*connection);
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
    // As a worker would: the account once per laptop store, then sync with what it keeps.
    const bool needsAccount = count(*laptop.db, QStringLiteral("SELECT count(*) FROM central_account")) == 0;
    laptop.db.reset();
    if (needsAccount) {
        const CtlRun set = setAccount(laptop, passphraseFile);
        if (set.code != 0) {
            run.log = QString::fromUtf8(set.said());
            laptop.db = laptop.store->open();
            return run;
        }
    }
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    child.start(QStringLiteral(TRELLISCTL_PATH),
                {QStringLiteral("--store"), laptop.store->path(), QStringLiteral("--passphrase-file"), passphraseFile,
                 QStringLiteral("sync")});
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

CtlRun SyncWorld::setAccount(const Laptop& laptop, const QString& passphraseFile)
{
    return runCtl({QStringLiteral("--store"), laptop.store->path(), QStringLiteral("--passphrase-file"), passphraseFile,
                   QStringLiteral("account"), QStringLiteral("set"), QStringLiteral("--db"),
                   m_fixture.server().url(laptop.worker.login, world::kDb), QStringLiteral("--ca"),
                   m_fixture.server().caFile(), QStringLiteral("--password-file"),
                   m_fixture.passwordFile(laptop.worker)});
}

QString SyncWorld::centralValue(const QString& sql, const QVariantList& parameters)
{
    const QStringList values = column(*m_fixture.admin(world::kDb), sql, parameters);
    return values.isEmpty() ? QString() : values.first();
}

QDateTime SyncWorld::centralNow()
{
    return centralMoment(QStringLiteral("SELECT clock_timestamp()"));
}

QDateTime SyncWorld::centralMoment(const QString& sql, const QVariantList& parameters)
{
    // Milliseconds since the epoch, so no time zone or text format stands between the two clocks.
    const QString ms = centralValue(
        QStringLiteral("SELECT (floor(extract(epoch FROM m.t) * 1000))::bigint::text FROM (%1) AS m (t)").arg(sql),
        parameters);
    return ms.isEmpty() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

ConflictCheck SyncWorld::checkConflicts(const QHash<QString, sync::Change>& changes, const QSet<QString>& made,
                                        const QHash<QString, SyncState>& local)
{
    ConflictCheck check;
    central::PgConnection& admin = *m_fixture.admin(world::kDb);
    const QVariantList ids = uuidArray(made);
    for (const QString& missing : column(admin, QString::fromUtf8(kUnrecordedSql), ids))
        check.problems << QStringLiteral("change and field %1: no conflict record").arg(missing);
    auto rows = admin.exec(QString::fromUtf8(kConflictsSql), ids);
    if (!rows.ok()) {
        check.problems << rows.error().message;
        return check;
    }
    // What each worker reads: the conflicts, and the young people whose records they may see.
    QHash<QString, QSet<QString>> reads;
    QHash<QString, QSet<QString>> sees;
    for (const TestWorker& worker : world::kEveryone) {
        const QStringList read = asWorker(worker, QStringLiteral("SELECT id::text FROM trellis.trellis_conflicts()"));
        const QStringList seen =
            asWorker(worker, QStringLiteral("SELECT id::text FROM trellis.trellis_visible_young_people()"));
        reads.insert(worker.login, QSet<QString>(read.cbegin(), read.cend()));
        sees.insert(worker.login, QSet<QString>(seen.cbegin(), seen.cend()));
    }
    for (int i = 0; i < rows->rowCount(); ++i) {
        ++check.conflicts;
        const QString id = rows->text(i, 0);
        const QString entity = rows->text(i, 1);
        const QString recordId = rows->text(i, 2);
        const QString youngPersonId = rows->text(i, 3);
        const QString field = rows->text(i, 4);
        const bool open = rows->text(i, 5) == QLatin1String("open");
        check.open += open ? 1 : 0;
        const QString where = QStringLiteral("conflict %1 on %2 %3, %4").arg(id, entity, recordId, field);
        const domain::EntityDef* def = Entities::find(entity);
        const auto first = changes.constFind(rows->text(i, 14));
        const auto incoming = changes.constFind(rows->text(i, 15));
        if (!def || first == changes.cend() || incoming == changes.cend()) {
            check.problems << where + QStringLiteral(": its changes were made by no laptop");
            continue;
        }
        auto expect = [&](const char* what, const QJsonValue& held, const QJsonValue& wanted) {
            if (canonical(*def, field, held) != canonical(*def, field, wanted))
                check.problems << QStringLiteral("%1: %2 is %3, not %4")
                                      .arg(where, QLatin1String(what), shown(held), shown(wanted));
        };
        // The base of the first clash, the value of the latest, and who sent it.
        expect("the base", jsonbValue(rows->text(i, 6)), entryOf(*first, field).value(QStringLiteral("base")));
        expect("the losing value", jsonbValue(rows->text(i, 10)),
               entryOf(*incoming, field).value(QStringLiteral("new")));
        if (rows->text(i, 11) != rows->text(i, 16) || rows->text(i, 12) != incoming->madeBy ||
            rows->text(i, 13) != incoming->madeAt.toUTC().toString(Qt::ISODateWithMs))
            check.problems << where + QStringLiteral(": the losing author is not its latest change's");
        if (rows->text(i, 8).isEmpty() || rows->text(i, 9) != QLatin1String("true"))
            check.problems << where + QStringLiteral(": the author of the value that stayed is missing");
        // The record's value now, which an open conflict's server value follows.
        const QStringList now = column(admin,
                                       QStringLiteral("SELECT (to_jsonb(t) -> $2)::text FROM trellis.%1 AS t "
                                                      "WHERE t.id = $1::uuid")
                                           .arg(def->name),
                                       {recordId, field});
        if (now.size() != 1) {
            check.problems << where + QStringLiteral(": the record cannot be read: ") + now.join(QLatin1Char(' '));
            continue;
        }
        const QJsonValue current = jsonbValue(now.first());
        if (open)
            expect("the server value", jsonbValue(rows->text(i, 7)), current);
        // Every laptop holding the record shows the central store's value.
        const QString key = entity + QLatin1Char(':') + recordId;
        for (auto it = local.cbegin(); it != local.cend(); ++it) {
            if (!it.value().contains(key))
                continue;
            const QJsonValue shownThere =
                QJsonDocument::fromJson(it.value().value(key).toUtf8()).object().value(field);
            if (canonical(*def, field, shownThere) != canonical(*def, field, current))
                check.problems << QStringLiteral("%1: %2 shows %3, the central store %4")
                                      .arg(where, it.key(), shown(canonical(*def, field, shownThere)),
                                           shown(canonical(*def, field, current)));
        }
        // Readable by whoever may see the record now, and by nobody else (a trusted adult's
        // conflict follows the adult's links instead; this check leaves those out).
        if (youngPersonId.isEmpty())
            continue;
        for (const TestWorker& worker : world::kEveryone) {
            const bool mayRead = sees.value(worker.login).contains(youngPersonId);
            if (reads.value(worker.login).contains(id) != mayRead)
                check.problems << QStringLiteral("%1: %2 %3 read it").arg(where, worker.login,
                                                                          mayRead ? QStringLiteral("cannot")
                                                                                  : QStringLiteral("can"));
        }
    }
    return check;
}

} // namespace trellis::test
