#include "Change.h"

#include "ChangeCapture.h"
#include "domain/Entities.h"

#include <QJsonValue>
#include <QUuid>

namespace trellis::sync {

namespace {

const QString kChangeId = QStringLiteral("change_id");
const QString kBatchId = QStringLiteral("batch_id");
const QString kEntity = QStringLiteral("entity");
const QString kRecordId = QStringLiteral("record_id");
const QString kYoungPersonId = QStringLiteral("young_person_id");
const QString kOp = QStringLiteral("op");
const QString kBaseVersion = QStringLiteral("base_version");
const QString kFields = QStringLiteral("fields");
const QString kMadeBy = QStringLiteral("made_by");
const QString kMadeAt = QStringLiteral("made_at");
const QString kBase = QStringLiteral("base");
const QString kNew = QStringLiteral("new");
const QString kResolves = QStringLiteral("resolves");

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

bool isUuid(const QJsonValue& value)
{
    return value.isString() && value.toString().size() == 36 && !QUuid::fromString(value.toString()).isNull();
}

// A field of a change is a field the entity syncs, or `deleted` (a delete's only field). Its
// entry holds base and new, and may name the conflict it resolves (docs/sync.md).
bool fieldsAreValid(const QJsonObject& fields, const domain::EntityDef& def)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!ChangeCapture::isChangeField(def, it.key()) && it.key() != ChangeCapture::kDeleted)
            return false;
        const QJsonObject entry = it.value().toObject();
        const QJsonValue resolves = entry.value(kResolves);
        const bool resolvesOk = resolves.isUndefined() || (resolves.isString() && !resolves.toString().isEmpty());
        if (!it.value().isObject() || !entry.contains(kBase) || !entry.contains(kNew) || !resolvesOk ||
            entry.size() != (resolves.isUndefined() ? 2 : 3))
            return false;
    }
    return true;
}

} // namespace

QString Change::opName(Op op)
{
    switch (op) {
    case Op::Insert:
        return QStringLiteral("insert");
    case Op::Update:
        return QStringLiteral("update");
    case Op::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

std::optional<Change::Op> Change::opFromName(const QString& name)
{
    for (Op op : {Op::Insert, Op::Update, Op::Delete}) {
        if (opName(op) == name)
            return op;
    }
    return std::nullopt;
}

QJsonObject Change::toJson() const
{
    return {
        {kChangeId, changeId},
        {kBatchId, batchId},
        {kEntity, entity},
        {kRecordId, recordId},
        {kYoungPersonId, textOrNull(youngPersonId)},
        {kOp, opName(op)},
        {kBaseVersion, baseVersion ? QJsonValue(*baseVersion) : QJsonValue()},
        {kFields, fields},
        {kMadeBy, madeBy},
        {kMadeAt, madeAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

std::optional<Change> Change::fromJson(const QJsonObject& object, QString* error)
{
    const auto fail = [error](const QString& key) -> std::optional<Change> {
        if (error)
            *error = key;
        return std::nullopt;
    };
    for (const QString& key : {kChangeId, kBatchId, kRecordId}) {
        if (!isUuid(object.value(key)))
            return fail(key);
    }
    const domain::EntityDef* def = domain::Entities::find(object.value(kEntity).toString());
    if (!def || !def->syncable)
        return fail(kEntity);
    const QJsonValue owner = object.value(kYoungPersonId);
    if (!owner.isNull() && !isUuid(owner))
        return fail(kYoungPersonId);
    const auto op = opFromName(object.value(kOp).toString());
    if (!op)
        return fail(kOp);
    const QJsonValue base = object.value(kBaseVersion);
    if (!base.isNull() && (!base.isDouble() || base.toDouble() != double(base.toInteger())))
        return fail(kBaseVersion);
    if (!object.value(kFields).isObject() || !fieldsAreValid(object.value(kFields).toObject(), *def))
        return fail(kFields);
    if (!object.value(kMadeBy).isString() || object.value(kMadeBy).toString().isEmpty())
        return fail(kMadeBy);
    const QDateTime madeAt = QDateTime::fromString(object.value(kMadeAt).toString(), Qt::ISODateWithMs);
    if (!madeAt.isValid())
        return fail(kMadeAt);

    Change change;
    change.changeId = object.value(kChangeId).toString();
    change.batchId = object.value(kBatchId).toString();
    change.entity = def->name;
    change.recordId = object.value(kRecordId).toString();
    change.youngPersonId = owner.toString();
    change.op = *op;
    if (!base.isNull())
        change.baseVersion = base.toInteger();
    change.fields = object.value(kFields).toObject();
    change.madeBy = object.value(kMadeBy).toString();
    change.madeAt = madeAt.toUTC();
    return change;
}

bool Change::sameContent(const Change& other) const
{
    return changeId == other.changeId && batchId == other.batchId && entity == other.entity &&
           recordId == other.recordId && youngPersonId == other.youngPersonId && op == other.op &&
           baseVersion == other.baseVersion && fields == other.fields && madeBy == other.madeBy &&
           madeAt == other.madeAt;
}

} // namespace trellis::sync
