#pragma once

#include "CentralClient.h"

#include <QByteArray>

namespace trellis::sync {

// Strict decoders for what the central store's sync functions return (docs/sync.md). Pure
// functions of their input, so a fuzz target can call them directly. Anything that does not
// match the contract gives a CentralError of kind Invalid whose message names the reply and the
// key (and the position in a list), never a value: a value may be a field of a child's record.
class SyncReplies {
public:
    // trellis_push's reply: a JSON array with one result per change sent, in the same order,
    // each naming the change it answers.
    static central::CentralResult<QList<PushResult>> pushResults(const QByteArray& json,
                                                                 const QStringList& sentChangeIds);
    // trellis_pull's reply: {"tables": [{"entity", "columns", "rows": [[server_version,
    // young_person_id, value per column], ...]}, ...], "cursor": "...", "complete": bool}, at
    // most maxRows rows in all, in the order sent.
    static central::CentralResult<PullPage> pullPage(const QByteArray& json, int maxRows);
    // A JSON array of UUIDs (trellis_revoked), lower-cased.
    static central::CentralResult<QStringList> idList(const QByteArray& json, const QString& reply);

    // The open conflicts: a JSON array of trellis_conflicts() rows (objects with id, entity,
    // record_id, young_person_id, field, status 'open', base_value, server_value, server_login,
    // server_changed_at, incoming_value, incoming_login, incoming_made_by, incoming_made_at,
    // opened_at; other keys are ignored).
    static central::CentralResult<QList<Conflict>> conflicts(const QByteArray& json);

    static bool isUuid(const QString& text);
};

} // namespace trellis::sync
