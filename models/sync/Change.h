#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace trellis::sync {

// One local change of one record, as docs/sync.md defines it on the wire. `fields` holds only
// what the change sets, each as {"base": value before, "new": value after}, values encoded as
// io::RecordJson encodes them.
struct Change {
    enum class Op { Insert, Update, Delete };

    QString changeId;
    QString batchId;
    QString entity;
    QString recordId;
    QString youngPersonId; // empty for a record that belongs to no single young person
    Op op = Op::Update;
    std::optional<qint64> baseVersion; // the record's server_version when the change was made
    QJsonObject fields;
    QString madeBy;
    QDateTime madeAt; // UTC

    // Local bookkeeping, never on the wire: push order, and whether it has been sent at least once.
    qint64 seq = 0;
    bool sent = false;

    static QString opName(Op op);
    static std::optional<Op> opFromName(const QString& name);

    QJsonObject toJson() const;
    // Decodes one change from the wire. Anything malformed (a missing key, a value of the wrong
    // type, an entity that does not sync, a field the entity does not have) gives std::nullopt
    // and, in `error`, which key was wrong; never a value, which may be a record's content.
    static std::optional<Change> fromJson(const QJsonObject& object, QString* error = nullptr);

    // The wire content only: seq and sent are local.
    bool sameContent(const Change& other) const;
};

} // namespace trellis::sync
