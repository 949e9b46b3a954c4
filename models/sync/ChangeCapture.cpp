#include "ChangeCapture.h"

#include "domain/Entities.h"
#include "domain/TimeOrderedId.h"
#include "io/RecordJson.h"

namespace trellis::sync {

using domain::Record;

namespace {

QJsonObject pair(const QJsonValue& base, const QJsonValue& next)
{
    return {{QStringLiteral("base"), base}, {QStringLiteral("new"), next}};
}

// What every change of `record` shares; the caller adds the op, the base version and the fields.
Change changeOf(const Record& record, Change::Op op)
{
    Change change;
    change.changeId = domain::createTimeOrderedId();
    change.entity = record.entity();
    change.recordId = record.id();
    change.youngPersonId = ChangeCapture::youngPersonOf(record);
    change.op = op;
    // The writers stamp every record with who saved it and when before it is written.
    change.madeBy = record.text(QStringLiteral("updated_by"));
    change.madeAt = record.value(QStringLiteral("updated_at")).toDateTime().toUTC();
    return change;
}

} // namespace

bool ChangeCapture::isChangeField(const domain::EntityDef& def, const QString& field)
{
    static const QStringList notChanges{QStringLiteral("id"), QStringLiteral("created_at"),
                                        QStringLiteral("created_by"), QStringLiteral("updated_at"),
                                        QStringLiteral("updated_by")};
    return def.field(field) && !notChanges.contains(field);
}

QJsonValue ChangeCapture::wireValue(const Record& record, const domain::FieldDef& field)
{
    if (!record.has(field.name))
        return field.type == domain::FieldType::Boolean ? QJsonValue(false) : QJsonValue();
    return io::RecordJson::fieldValue(record, field);
}

QString ChangeCapture::youngPersonOf(const Record& record)
{
    if (record.entity() == domain::entity::YoungPerson)
        return record.id();
    return record.text(QStringLiteral("young_person_id"));
}

Change ChangeCapture::forInsert(const Record& record)
{
    Change change = changeOf(record, Change::Op::Insert);
    for (const auto& field : record.def().fields) {
        if (isChangeField(record.def(), field.name))
            change.fields.insert(field.name, pair(QJsonValue(), wireValue(record, field)));
    }
    return change;
}

Change ChangeCapture::forUpdate(const Stored& stored, const Record& record)
{
    Change change = changeOf(record, Change::Op::Update);
    change.baseVersion = stored.serverVersion;
    for (const auto& field : record.def().fields) {
        if (!isChangeField(record.def(), field.name))
            continue;
        const QJsonValue base = wireValue(stored.record, field);
        const QJsonValue next = wireValue(record, field);
        if (base != next)
            change.fields.insert(field.name, pair(base, next));
    }
    return change;
}

Change ChangeCapture::forDelete(const Stored& stored, const QString& madeBy, const QDateTime& madeAt)
{
    Change change = changeOf(stored.record, Change::Op::Delete);
    change.baseVersion = stored.serverVersion;
    change.madeBy = madeBy;
    change.madeAt = madeAt.toUTC();
    change.fields.insert(kDeleted, pair(false, true));
    return change;
}

} // namespace trellis::sync
