#pragma once

#include "CentralClient.h"
#include "central/PgConnection.h"

#include <memory>

namespace trellis::sync {

// The central client over libpq: each call is one statement calling one of the sync functions
// of docs/sync.md, with every value a bound parameter ($1, $2; never formatted into SQL), and
// each reply decoded by SyncReplies. The connection is TLS verify-full unless the caller asked
// for an insecure development one (PgConnection).
class PgCentralClient final : public CentralClient {
public:
    explicit PgCentralClient(central::PgConnection& connection)
        : m_connection(connection)
    {
    }

    // Connects and checks that the central schema is the one this program was built for, so a
    // mismatch is one clear error ("schema version 3; this Trellis needs 4") before any change
    // is sent. The password, when given, is never repeated in a message.
    static central::CentralResult<std::unique_ptr<central::PgConnection>>
    connect(const central::PgConnection::Options& options, const Passphrase* password = nullptr);

    central::CentralResult<QList<PushResult>> push(const QJsonArray& batch) override;
    central::CentralResult<PullPage> pull(const QString& cursor, int maxRows) override;
    central::CentralResult<QStringList> revoked(const QStringList& heldYoungPersonIds) override;
    central::CentralResult<void> recordPurge(const QStringList& youngPersonIds, const QDateTime& purgedAt) override;
    central::CentralResult<QList<Conflict>> openConflicts() override;

private:
    // Runs a statement returning one text value (a function's JSON reply).
    central::CentralResult<QByteArray> single(const QString& sql, const QVariantList& parameters, const QString& what);

    central::PgConnection& m_connection;
};

} // namespace trellis::sync
