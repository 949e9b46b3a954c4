#pragma once

#include "store/Database.h"
#include "store/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace trellis::sync {

// One change the central store refused (sync_rejected), for the worker to read.
struct RejectedChange {
    QString changeId, entity, recordId, youngPersonId, op, reason;
    QJsonObject fields; // the refused change's fields (each {"base","new"})
    QDateTime rejectedAt;
    bool removed = false; // a refused insert whose local row was removed
};

// The refused changes the worker has not put away yet, and putting one away. A dismissed change
// is still kept (it is the only copy of what the worker typed); it is only no longer counted.
class RejectedChanges {
public:
    explicit RejectedChanges(Database& db)
        : m_db(db)
    {
    }

    // Oldest first.
    Result<QList<RejectedChange>> undismissed();
    // The undismissed ones about one record, oldest first.
    Result<QList<RejectedChange>> forRecord(const QString& recordId);
    // Marks one read and put away, with an audit event (no content). Refused, naming the change,
    // when it is not in the store; dismissing one already dismissed changes nothing.
    Result<void> dismiss(const QString& changeId, const QString& actor, const QDateTime& when);

private:
    Result<QList<RejectedChange>> read(const char* sql, const QString& key);

    Database& m_db;
};

} // namespace trellis::sync
