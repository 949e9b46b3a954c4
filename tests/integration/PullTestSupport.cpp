#include "PullTestSupport.h"

#include "sync/SyncReplies.h"

#include <QJsonDocument>
#include <QUuid>

namespace trellis::test::pull {

using central::PgConnection;
using namespace world;


// Y1, Y2 are Ash's; Y3 Bay's; Y4 Juniper's (South); Y5 nobody's; Y6 Dale's. Y99 does not exist.
QString yp(int n)
{
    return fictionalId("b3000000", n);
}
// Fictional records of every other kind.
QString rec(int n)
{
    return fictionalId("e3000000", n);
}
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject change(const QString& entity, const QString& record, const QString& op,
                   const QList<std::tuple<QString, QJsonValue, QJsonValue>>& fields)
{
    QJsonObject values;
    for (const auto& [name, base, next] : fields)
        values.insert(name, QJsonObject{{QStringLiteral("base"), base}, {QStringLiteral("new"), next}});
    return QJsonObject{{QStringLiteral("change_id"), newId()},
                       {QStringLiteral("batch_id"), newId()},
                       {QStringLiteral("entity"), entity},
                       {QStringLiteral("record_id"), record},
                       {QStringLiteral("young_person_id"), QJsonValue::Null},
                       {QStringLiteral("op"), op},
                       {QStringLiteral("base_version"), QJsonValue::Null},
                       {QStringLiteral("fields"), values},
                       {QStringLiteral("made_by"), QStringLiteral("tester")},
                       {QStringLiteral("made_at"), QStringLiteral("2026-11-27T10:15:00.000Z")}};
}
QJsonObject insert(const QString& entity, const QString& record, const QList<std::pair<QString, QJsonValue>>& values)
{
    QList<std::tuple<QString, QJsonValue, QJsonValue>> fields;
    for (const auto& [name, value] : values)
        fields.append({name, QJsonValue::Null, value});
    return change(entity, record, QStringLiteral("insert"), fields);
}
QJsonObject update(const QString& entity, const QString& record, const QString& field, const QJsonValue& base,
                   const QJsonValue& next)
{
    return change(entity, record, QStringLiteral("update"), {{field, base, next}});
}
QJsonObject plan(const QString& id, const QString& youngPerson, int version)
{
    return insert(QStringLiteral("safety_plan"), id,
                  {{QStringLiteral("young_person_id"), youngPerson},
                   {QStringLiteral("version"), version},
                   {QStringLiteral("status"), QStringLiteral("draft")},
                   {QStringLiteral("review_date"), QStringLiteral("2026-12-01")},
                   {QStringLiteral("activated_at"), QStringLiteral("2026-11-20T08:00:00.250Z")}});
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
QJsonObject adult(const QString& id)
{
    return insert(QStringLiteral("trusted_adult"), id,
                  {{QStringLiteral("given_name"), QStringLiteral("Fictional")},
                   {QStringLiteral("relationship"), QStringLiteral("aunt")}});
}
QJsonObject link(const QString& id, const QString& youngPerson, const QString& adultId)
{
    return insert(QStringLiteral("trusted_adult_link"), id,
                  {{QStringLiteral("young_person_id"), youngPerson},
                   {QStringLiteral("trusted_adult_id"), adultId},
                   {QStringLiteral("role"), QStringLiteral("trusted_adult")}});
}
QJsonObject item(const QString& id, const QString& planId, const QJsonValue& adultId)
{
    return insert(QStringLiteral("safety_plan_item"), id,
                  {{QStringLiteral("safety_plan_id"), planId},
                   {QStringLiteral("section"), QStringLiteral("trusted_adult")},
                   {QStringLiteral("position"), 0},
                   {QStringLiteral("text"), QStringLiteral("Fictional item")},
                   {QStringLiteral("trusted_adult_id"), adultId}});
}

QString key(const QJsonObject& row)
{
    return row.value(QStringLiteral("entity")).toString() + QLatin1Char(':') + row.value(QStringLiteral("id")).toString();
}

// What a page's rows point to, by field: every one must be held by the client before the row.
const QStringList kReferences{QStringLiteral("young_person_id"), QStringLiteral("safety_plan_id"),
                              QStringLiteral("trusted_adult_id"), QStringLiteral("lead_worker_id")};


CentralPuller::CentralPuller(CentralFixture& fixture)
    : m_fixture(fixture)
{
}

PgConnection* CentralPuller::connection(const TestWorker& worker)
{
    std::shared_ptr<PgConnection>& connection = m_connections[worker.login];
    if (!connection || !connection->isOpen()) {
        auto opened = m_fixture.connectAs(worker, kDb);
        if (!opened.ok()) {
            qWarning("%s cannot connect: %s", qPrintable(worker.login), qPrintable(opened.error().message));
            return nullptr;
        }
        connection.reset(opened.takeValue().release());
    }
    return connection.get();
}

QJsonArray CentralPuller::push(const TestWorker& worker, const QJsonArray& changes, PgConnection* through)
{
    PgConnection* to = through ? through : connection(worker);
    if (!to)
        return {};
    auto rows = to->exec(QStringLiteral("SELECT trellis.trellis_push($1::jsonb)::text"),
                         {QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))});
    if (!rows.ok()) {
        qWarning("push failed: %s", qPrintable(rows.error().message));
        return {};
    }
    const QJsonArray results = QJsonDocument::fromJson(rows->text(0, 0).toUtf8()).array();
    for (const QJsonValue& result : results)
        if (result.toObject().value(QStringLiteral("result")).toString() != QLatin1String("applied"))
            qWarning("not applied: %s", QJsonDocument(result.toObject()).toJson(QJsonDocument::Compact).constData());
    return results;
}

QJsonObject CentralPuller::page(PgConnection& connection, const QVariant& cursor, int maxRows, QString* error)
{
    auto reply = connection.exec(QStringLiteral("SELECT trellis.trellis_pull($1, $2)::text"), {cursor, maxRows});
    if (!reply.ok()) {
        *error = reply.error().message + QLatin1Char(' ') + reply.error().detail;
        return {};
    }
    // Decoded as the client decodes it (which also holds it to max_rows), then written as one
    // object a row for the checks.
    auto decoded = sync::SyncReplies::pullPage(reply->text(0, 0).toUtf8(), maxRows);
    if (!decoded.ok()) {
        *error = decoded.error().message;
        return {};
    }
    QJsonArray rows;
    for (const sync::PulledRow& row : decoded.value().rows)
        rows.append(QJsonObject{
            {QStringLiteral("entity"), row.entity},
            {QStringLiteral("id"), row.id},
            {QStringLiteral("young_person_id"), row.youngPersonId.isEmpty() ? QJsonValue() : QJsonValue(row.youngPersonId)},
            {QStringLiteral("server_version"), row.serverVersion},
            {QStringLiteral("fields"), row.fields}});
    return {{QStringLiteral("rows"), rows},
            {QStringLiteral("cursor"), decoded.value().cursor},
            {QStringLiteral("complete"), decoded.value().complete}};
}

Pulled CentralPuller::pullAll(const TestWorker& worker, const QVariant& cursor, int maxRows, QSet<QString>* held)
{
    Pulled pulled;
    QSet<QString> mine;
    QSet<QString>& holding = held ? *held : mine;
    PgConnection* to = connection(worker);
    if (!to) {
        pulled.problem = QStringLiteral("no connection");
        return pulled;
    }
    QVariant next = cursor;
    while (pulled.pages < 1000) {
        QString error;
        const QJsonObject answer = page(*to, next, maxRows, &error);
        ++pulled.pages;
        if (!error.isEmpty()) {
            pulled.problem = error;
            return pulled;
        }
        const QJsonArray rows = answer.value(QStringLiteral("rows")).toArray();
        if (rows.size() > maxRows)
            pulled.problem = QStringLiteral("page %1 has %2 rows").arg(pulled.pages).arg(rows.size());
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            const QJsonObject fields = row.value(QStringLiteral("fields")).toObject();
            for (const QString& reference : kReferences) {
                const QString target = fields.value(reference).toString();
                if (!target.isEmpty() && !holding.contains(target))
                    pulled.problem = QStringLiteral("%1 came before its %2").arg(key(row), reference);
            }
            holding.insert(row.value(QStringLiteral("id")).toString());
            pulled.rows.append(row);
        }
        pulled.cursor = answer.value(QStringLiteral("cursor")).toString();
        next = pulled.cursor;
        if (answer.value(QStringLiteral("complete")).toBool())
            return pulled;
    }
    pulled.problem = QStringLiteral("never complete");
    return pulled;
}

QStringList CentralPuller::revoked(const TestWorker& worker, const QStringList& held)
{
    PgConnection* to = connection(worker);
    if (!to)
        return {QStringLiteral("no connection")};
    return column(*to, QStringLiteral("SELECT unnest(trellis.trellis_revoked($1::uuid[]))"),
                  {QStringLiteral("{%1}").arg(held.join(QLatin1Char(',')))});
}

QString CentralPuller::value(const QString& sql, const QVariantList& parameters)
{
    PgConnection* admin = m_fixture.admin(kDb);
    return admin ? column(*admin, sql, parameters).value(0) : QStringLiteral("no admin");
}

QSet<QString> CentralPuller::visible(const TestWorker& worker)
{
    QString error;
    const QSet<QString> seen = m_fixture.visibleRecords(worker, kDb, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return seen;
}

} // namespace trellis::test::pull
