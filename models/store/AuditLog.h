#pragma once

#include "Database.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace trellis {

// Writes who did what to which record: never what the record says. The table refuses UPDATE
// and DELETE, so the trail cannot be edited from inside Trellis.
class AuditLog {
public:
    enum class Action { View, Create, Update, Delete, Export, Import, Print, Unlock, FailedUnlock, Lock, Rekey };

    AuditLog(Database& db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

    Result<void> record(Action action, const QString& entity = {}, const QString& entityId = {},
                        std::optional<qint64> recordCount = std::nullopt, const QDateTime& when = {});

    static QString actionName(Action action);

private:
    Database& m_db;
    QString m_actor;
};

} // namespace trellis
