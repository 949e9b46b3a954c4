#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace trellis::sync {

// One open conflict of the central store (docs/sync.md, "Conflicts"), as trellis_conflicts()
// gives it and as the local table sync_conflict keeps it. Values are JSON as on the wire (text,
// dates "YYYY-MM-DD", booleans, null). Kept apart from ConflictInbox so that CentralClient can
// return it without depending on the local store.
struct Conflict {
    QString id, entity, recordId, youngPersonId, field;
    QJsonValue base, current, other; // current = server_value (the value the record holds
                                     // centrally now), other = incoming_value (the value not kept)
    QString currentLogin, otherLogin, otherMadeBy;
    QDateTime currentChangedAt, otherMadeAt, openedAt;
    bool resolving = false; // resolved here, resolution waiting to go
};

} // namespace trellis::sync
