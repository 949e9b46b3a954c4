#pragma once

// An in-memory central client for the sync engine's unit tests: it answers through the same
// strict decoders (SyncReplies) as PgCentralClient, from replies the test scripts, so a test can
// send anything the real server might, including nonsense.

#include "sync/CentralClient.h"
#include "sync/SyncReplies.h"

#include <QHash>
#include <QJsonDocument>

#include <functional>

namespace trellis::test {

class FakeCentralClient final : public sync::CentralClient {
public:
    using CentralError = central::CentralError;
    template <typename T> using CentralResult = central::CentralResult<T>;

    // Answers one change; by default every change is applied at the next version.
    std::function<QJsonObject(const QJsonObject& change)> answer = [this](const QJsonObject& change) {
        return QJsonObject{{QStringLiteral("change_id"), change.value(QStringLiteral("change_id"))},
                           {QStringLiteral("result"), QStringLiteral("applied")},
                           {QStringLiteral("server_version"), ++version},
                           {QStringLiteral("conflict_fields"), QJsonArray()},
                           {QStringLiteral("reason"), QJsonValue()}};
    };
    // Replaces the whole reply to the next push (malformed replies), once.
    std::optional<QByteArray> rawPushReply;
    // The next push is applied (receipts kept) but its answer is lost, once.
    bool losePushAnswer = false;
    // Pushes from this one on (counted from 0) never arrive: the connection is down.
    std::optional<int> failFromPush;
    // trellis_push refuses a larger batch whole, before applying any of it (0003_sync.sql).
    qsizetype pushLimit = 5000;
    // Pull pages, served in order (raw JSON); then an empty complete page.
    QList<QByteArray> pages;
    std::function<void()> beforePull;
    QStringList revokedIds;
    int failPurgeReceipts = 0;

    qint64 version = 100;
    QList<QJsonArray> pushedBatches;
    QStringList cursorsAsked;
    QList<QStringList> heldAsked;
    QStringList receipts;
    QHash<QString, QJsonObject> storedResults;

    CentralResult<QList<sync::PushResult>> push(const QJsonArray& batch) override
    {
        if (failFromPush && pushedBatches.size() >= *failFromPush)
            return CentralError::make(CentralError::Kind::Unreachable,
                                      QStringLiteral("Cannot reach the central store at central.test port 5432."));
        pushedBatches.append(batch);
        if (batch.size() > pushLimit)
            return CentralError::make(CentralError::Kind::Sql,
                                      QStringLiteral("The central store refused a statement: a batch holds at most "
                                                     "%1 changes.")
                                          .arg(pushLimit));
        QStringList ids;
        QJsonArray results;
        for (const QJsonValue& value : batch) {
            const QJsonObject change = value.toObject();
            const QString id = change.value(QStringLiteral("change_id")).toString();
            ids.append(id);
            if (!storedResults.contains(id))
                storedResults.insert(id, answer(change));
            results.append(storedResults.value(id));
        }
        if (losePushAnswer) {
            losePushAnswer = false;
            return CentralError::make(CentralError::Kind::ConnectionLost,
                                      QStringLiteral("The connection to the central store was lost."));
        }
        QByteArray reply = QJsonDocument(results).toJson(QJsonDocument::Compact);
        if (rawPushReply) {
            reply = *rawPushReply;
            rawPushReply.reset();
        }
        return sync::SyncReplies::pushResults(reply, ids);
    }

    CentralResult<sync::PullPage> pull(const QString& cursor, int maxRows) override
    {
        if (beforePull) {
            auto hook = std::move(beforePull);
            beforePull = nullptr;
            hook();
        }
        cursorsAsked.append(cursor);
        QByteArray reply = R"({"tables": [], "cursor": "end", "complete": true})";
        if (!pages.isEmpty())
            reply = pages.takeFirst();
        return sync::SyncReplies::pullPage(reply, maxRows);
    }

    CentralResult<QStringList> revoked(const QStringList& held) override
    {
        heldAsked.append(held);
        QJsonArray ids;
        for (const QString& id : revokedIds)
            ids.append(id);
        return sync::SyncReplies::idList(QJsonDocument(ids).toJson(), QStringLiteral("the revocation check"));
    }

    CentralResult<void> recordPurge(const QStringList& ids, const QDateTime&) override
    {
        if (failPurgeReceipts > 0) {
            --failPurgeReceipts;
            return CentralError::make(CentralError::Kind::ConnectionLost,
                                      QStringLiteral("The connection to the central store was lost."));
        }
        receipts.append(ids);
        return {};
    }

    // The open conflicts the central store reports after the pull (trellis_conflicts() rows as
    // JSON objects), decoded by the same strict decoder as the real client's reply.
    QJsonArray openConflictRows;
    int conflictReads = 0;

    CentralResult<QList<sync::Conflict>> openConflicts() override
    {
        ++conflictReads;
        return sync::SyncReplies::conflicts(QJsonDocument(openConflictRows).toJson(QJsonDocument::Compact));
    }

    // A pull page of `rows` (objects in the wire format) ending at `cursor`.
    // A page as trellis_pull sends it, from rows written as objects ({"entity", "id",
    // "young_person_id", "server_version", "fields"}), in order: a table of its own for each.
    static QByteArray page(const QJsonArray& rows, const QString& cursor, bool complete)
    {
        QJsonArray tables;
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            const QJsonObject fields = row.value(QStringLiteral("fields")).toObject();
            QJsonArray values{row.value(QStringLiteral("server_version")), row.value(QStringLiteral("young_person_id"))};
            QJsonArray columns;
            if (!fields.contains(QStringLiteral("id"))) {
                columns.append(QStringLiteral("id"));
                values.append(row.value(QStringLiteral("id")));
            }
            for (auto field = fields.begin(); field != fields.end(); ++field) {
                columns.append(field.key());
                values.append(field.value());
            }
            tables.append(QJsonObject{{QStringLiteral("entity"), row.value(QStringLiteral("entity"))},
                                      {QStringLiteral("columns"), columns},
                                      {QStringLiteral("rows"), QJsonArray{values}}});
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("tables"), tables},
                                         {QStringLiteral("cursor"), cursor},
                                         {QStringLiteral("complete"), complete}})
            .toJson(QJsonDocument::Compact);
    }
};

} // namespace trellis::test
