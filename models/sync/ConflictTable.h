#pragma once

#include "Conflict.h"
#include "store/Database.h"
#include "store/Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace trellis::sync {

// The local copy of the central store's open conflicts (sync_conflict, schema version 7). The
// engine replaces it after each pull; ConflictInbox reads it and marks a row resolving. Writes
// join the caller's transaction.
class ConflictTable {
public:
    explicit ConflictTable(Database& db)
        : m_db(db)
    {
    }

    // Makes the table the central store's `open` list, except that a row resolved here whose
    // resolving change is still in the outbox is kept (and keeps its resolving change) whatever
    // the list says, so a resolution never looks undone while it waits to go.
    Result<void> replace(const QList<Conflict>& open);
    // Not resolved here, oldest first.
    Result<QList<Conflict>> unresolved();
    // Every row about one record, resolving ones too, oldest first.
    Result<QList<Conflict>> forRecord(const QString& recordId);
    Result<std::optional<Conflict>> find(const QString& id);
    Result<void> markResolving(const QString& id, const QString& changeId);
    // Rows not resolved here.
    Result<qint64> unresolvedCount();

    // A value as stored: JSON text, or NULL for JSON null.
    static QString jsonText(const QJsonValue& value);
    static QJsonValue jsonValue(const QString& text, bool isNull);

private:
    Result<QList<Conflict>> read(const char* sql, const QString& key);

    Database& m_db;
};

} // namespace trellis::sync
