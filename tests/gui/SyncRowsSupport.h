#pragma once

// Writes the sync engine's inbox rows (schema version 7, contract of issue 5) into a test store
// the way the engine does after a pull: sync_conflict rows as the central store's open
// conflicts, sync_rejected rows as refused changes, outbox rows as changes waiting to go.

#include "TestStore.h"

#include "domain/TimeOrderedId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

namespace trellis::test {

// A wire value as the JSON text the engine stores (null stays SQL NULL).
inline QString jsonText(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

struct ConflictRow {
    QString entity;
    QString recordId;
    QString youngPersonId;
    QString field;
    QJsonValue base, server, incoming;
    QString serverLogin;
    QString incomingLogin;
    QString serverChangedAt = QStringLiteral("2026-11-25T14:05:00Z");
    QString incomingMadeAt = QStringLiteral("2026-11-25T15:40:00Z");
    QString openedAt = QStringLiteral("2026-11-25T16:00:00Z");
};

// Returns the new conflict's id; empty (and the test fails) when it could not be written.
inline QString addConflict(Database& db, const ConflictRow& row)
{
    const QString id = domain::createTimeOrderedId();
    const bool ok = execBound(
        db,
        QStringLiteral("INSERT INTO sync_conflict (id, entity, record_id, young_person_id, field, base_value, "
                       "server_value, server_login, server_changed_at, incoming_value, incoming_login, "
                       "incoming_made_by, incoming_made_at, opened_at) VALUES (?1, ?2, ?3, nullif(?4, ''), ?5, "
                       "nullif(?6, ''), nullif(?7, ''), ?8, ?9, nullif(?10, ''), ?11, ?11, ?12, ?13)"),
        {id, row.entity, row.recordId, row.youngPersonId, row.field, jsonText(row.base), jsonText(row.server),
         row.serverLogin, row.serverChangedAt, jsonText(row.incoming), row.incomingLogin, row.incomingMadeAt,
         row.openedAt});
    if (!ok)
        qWarning("sync_conflict row not written");
    return ok ? id : QString();
}

inline QString addRejected(Database& db, const QString& entity, const QString& recordId, const QString& youngPersonId,
                           const QString& op, const QJsonObject& fields, const QString& reason, bool removed = false)
{
    const QString changeId = domain::createTimeOrderedId();
    const QJsonObject change{{QStringLiteral("change_id"), changeId},
                             {QStringLiteral("entity"), entity},
                             {QStringLiteral("record_id"), recordId},
                             {QStringLiteral("op"), op},
                             {QStringLiteral("fields"), fields}};
    const bool ok = execBound(
        db,
        QStringLiteral("INSERT INTO sync_rejected (change_id, entity, record_id, young_person_id, op, change, reason, "
                       "rejected_at, removed) VALUES (?1, ?2, ?3, nullif(?4, ''), ?5, ?6, ?7, "
                       "'2026-11-25T17:00:00Z', ?8)"),
        {changeId, entity, recordId, youngPersonId, op,
         QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)), reason,
         removed ? QStringLiteral("1") : QStringLiteral("0")});
    if (!ok)
        qWarning("sync_rejected row not written");
    return ok ? changeId : QString();
}

// A change waiting in the outbox for one young person's own record.
inline bool addWaiting(Database& db, const QString& youngPersonId, const QString& madeBy)
{
    return execBound(
        db,
        QStringLiteral("INSERT INTO outbox (change_id, batch_id, entity, record_id, young_person_id, op, "
                       "fields, made_by, made_at) VALUES (?1, ?2, 'young_person', ?3, ?3, 'update', "
                       "'{\"preferred_name\": {\"base\": null, \"new\": \"Jay\"}}', ?4, '2026-11-26T09:00:00Z')"),
        {domain::createTimeOrderedId(), domain::createTimeOrderedId(), youngPersonId, madeBy});
}

} // namespace trellis::test
