#pragma once

#include "Database.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace trellis {

// Unsaved edits, kept encrypted in the store until the worker saves or discards them. Editors
// write a draft after every finished field edit, so a crash loses at most the field being
// typed; locking writes one for every open editor. Keys name what is being edited, for example
// "young_person:<id>" or "safety_plan:<id>"; the payload is the editor's own JSON.
class DraftStore {
public:
    explicit DraftStore(Database& db) : m_db(db) {}

    static QString key(const QString& entity, const QString& id) { return entity + QLatin1Char(':') + id; }

    Result<void> save(const QString& key, const QString& youngPersonId, const QJsonObject& payload,
                      const QDateTime& when);
    Result<std::optional<QJsonObject>> load(const QString& key);
    Result<void> discard(const QString& key);
    // Keys of every draft about one young person, oldest first.
    Result<QStringList> keysFor(const QString& youngPersonId);

private:
    Database& m_db;
};

} // namespace trellis
