#pragma once
// STAND-IN (see ../README.md): the contract's header, until helper "engine" lands the real one.

#include "store/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace trellis {
class Clock;
}

namespace trellis::sync {

struct Conflict {
    QString id, entity, recordId, youngPersonId, field;
    QJsonValue base, current, other;
    QString currentLogin, otherLogin, otherMadeBy;
    QDateTime currentChangedAt, otherMadeAt, openedAt;
    bool resolving = false;
};

class ConflictInbox {
public:
    ConflictInbox(Database& db, const Clock& clock, QString actor);
    Result<QList<Conflict>> open();
    Result<QList<Conflict>> forRecord(const QString& recordId);
    enum class Choice { KeepCurrent, KeepOther, Edited };
    Result<void> resolve(const QString& conflictId, Choice choice, const QJsonValue& edited = {});

private:
    Result<QList<Conflict>> read(const QString& sql, const QString& key);
    Database& m_db;
    const Clock& m_clock;
    QString m_actor;
};

struct RejectedChange {
    QString changeId, entity, recordId, youngPersonId, op, reason;
    QJsonObject fields;
    QDateTime rejectedAt;
    bool removed = false;
};

class RejectedChanges {
public:
    explicit RejectedChanges(Database& db)
        : m_db(db)
    {
    }
    Result<QList<RejectedChange>> undismissed();
    Result<QList<RejectedChange>> forRecord(const QString& recordId);
    Result<void> dismiss(const QString& changeId, const QString& actor, const QDateTime& when);

private:
    Result<QList<RejectedChange>> read(const QString& sql, const QString& key);
    Database& m_db;
};

} // namespace trellis::sync
