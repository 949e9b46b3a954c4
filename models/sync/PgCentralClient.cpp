#include "PgCentralClient.h"

#include "SyncReplies.h"
#include "central/CentralMigrator.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCentralClient, "trellis.sync.central")

namespace trellis::sync {

using central::CentralError;
using central::CentralResult;

namespace {

// A PostgreSQL uuid[] literal from ids already checked to be UUIDs, passed as one bound
// parameter: {a,b,c}. Nothing here is SQL text.
QString uuidArray(const QStringList& ids)
{
    return QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}');
}

CentralResult<void> checkIds(const QStringList& ids, const QString& what)
{
    for (const QString& id : ids) {
        if (!SyncReplies::isUuid(id))
            return CentralError::make(CentralError::Kind::Invalid,
                                      QStringLiteral("A young person id to send with %1 is not a UUID.").arg(what));
    }
    return {};
}

} // namespace

CentralResult<std::unique_ptr<central::PgConnection>>
PgCentralClient::connect(const central::PgConnection::Options& options, const Passphrase* password)
{
    auto connected = central::PgConnection::connect(options, password);
    if (!connected.ok())
        return connected.error();
    if (auto current = central::CentralMigrator::checkCurrent(*connected.value()); !current.ok())
        return current.error();
    return connected.takeValue();
}

CentralResult<QByteArray> PgCentralClient::single(const QString& sql, const QVariantList& parameters,
                                                  const QString& what)
{
    auto rows = m_connection.exec(sql, parameters);
    if (!rows.ok()) {
        CentralError error = rows.error();
        error.message = QStringLiteral("%1 failed: %2").arg(what, error.message);
        return error;
    }
    if (rows->rowCount() != 1 || rows->columnCount() != 1 || rows->isNull(0, 0))
        return CentralError::make(CentralError::Kind::Invalid,
                                  QStringLiteral("%1 returned no reply from the central store.").arg(what));
    return rows->text(0, 0).toUtf8();
}

CentralResult<QList<PushResult>> PgCentralClient::push(const QJsonArray& batch)
{
    QStringList changeIds;
    for (const QJsonValue& change : batch)
        changeIds.append(change.toObject().value(QStringLiteral("change_id")).toString());
    auto reply = single(QStringLiteral("SELECT trellis.trellis_push($1::jsonb)::text"),
                        {QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact))},
                        QStringLiteral("Pushing a batch of %1 changes").arg(batch.size()));
    if (!reply.ok())
        return reply.error();
    qCDebug(lcCentralClient) << "pushed" << batch.size() << "changes";
    return SyncReplies::pushResults(reply.value(), changeIds);
}

CentralResult<PullPage> PgCentralClient::pull(const QString& cursor, int maxRows)
{
    auto reply = single(QStringLiteral("SELECT trellis.trellis_pull($1, $2)::text"),
                        {cursor.isNull() ? QVariant() : QVariant(cursor), maxRows}, QStringLiteral("Pulling changes"));
    if (!reply.ok())
        return reply.error();
    return SyncReplies::pullPage(reply.value(), maxRows);
}

CentralResult<QStringList> PgCentralClient::revoked(const QStringList& heldYoungPersonIds)
{
    if (auto checked = checkIds(heldYoungPersonIds, QStringLiteral("the revocation check")); !checked.ok())
        return checked.error();
    auto reply = single(QStringLiteral("SELECT coalesce(array_to_json(trellis.trellis_revoked($1::uuid[])), "
                                       "'[]'::json)::text"),
                        {uuidArray(heldYoungPersonIds)}, QStringLiteral("Checking which young people were moved"));
    if (!reply.ok())
        return reply.error();
    return SyncReplies::idList(reply.value(), QStringLiteral("the revocation check"));
}

CentralResult<void> PgCentralClient::recordPurge(const QStringList& youngPersonIds, const QDateTime& purgedAt)
{
    if (auto checked = checkIds(youngPersonIds, QStringLiteral("the purge receipt")); !checked.ok())
        return checked.error();
    auto done = m_connection.exec(QStringLiteral("SELECT trellis.trellis_record_purge($1::uuid[], $2::timestamptz)"),
                                  {uuidArray(youngPersonIds), purgedAt.toUTC()});
    if (!done.ok()) {
        CentralError error = done.error();
        error.message = QStringLiteral("Sending the purge receipt failed: %1").arg(error.message);
        return error;
    }
    return {};
}

// One statement, no parameters: the function's row-level security decides which conflicts the
// caller sees. json_agg keeps each jsonb value as JSON, so the decoder sees the wire values.
CentralResult<QList<Conflict>> PgCentralClient::openConflicts()
{
    auto reply = single(QStringLiteral("SELECT coalesce(json_agg(c ORDER BY c.opened_at, c.id), '[]'::json)::text "
                                       "FROM trellis.trellis_conflicts() AS c WHERE c.status = 'open'"),
                        {}, QStringLiteral("Reading the open conflicts"));
    if (!reply.ok())
        return reply.error();
    return SyncReplies::conflicts(reply.value());
}

} // namespace trellis::sync
