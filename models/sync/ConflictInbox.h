#pragma once

#include "Conflict.h"
#include "RejectedChanges.h"
#include "store/Database.h"
#include "store/Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace trellis {
class Clock;
} // namespace trellis

namespace trellis::sync {

// The worker's conflict inbox: the central store's open conflicts as of the last sync
// (sync_conflict), and settling one. A resolution is an ordinary local change naming the
// conflict (docs/sync.md, "Resolving a conflict"), so it syncs like any edit and is kept until the
// central store answers it.
class ConflictInbox {
public:
    ConflictInbox(Database& db, const Clock& clock, QString actor /* the worker's login */);

    // Not yet resolved here, oldest first.
    Result<QList<Conflict>> open();
    // Every conflict about one record, those resolved here and waiting to go too.
    Result<QList<Conflict>> forRecord(const QString& recordId);

    enum class Choice { KeepCurrent, KeepOther, Edited };
    // In one local transaction: sets the record's field to the chosen value (validated with the
    // entity's Validator: an invalid value is refused with an error naming the field, and nothing
    // changes), writes one outbox change for that field with base = the server's value (or, when
    // the worker edited the field again since and that edit is still pending, the edit's value),
    // new = the chosen value and "resolves": the conflict id (for KeepCurrent base == new ==
    // current),
    // audits it, and marks the conflict resolving.
    Result<void> resolve(const QString& conflictId, Choice choice, const QJsonValue& edited = {});

private:
    // When this worker lost the clash and has edited the field again since (an edit still waiting
    // to go), their side of the conflict is that newest value, not the older one the central store
    // turned down: the inbox shows it as theirs and "keep mine" keeps it.
    Result<void> showLatestOwnValue(Conflict& conflict);
    Result<QList<Conflict>> withLatestOwnValues(Result<QList<Conflict>> conflicts);

    Database& m_db;
    const Clock& m_clock;
    QString m_actor;
};

} // namespace trellis::sync
