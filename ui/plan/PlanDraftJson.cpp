#include "PlanDraftJson.h"

#include "domain/Entities.h"
#include "domain/SafetyPlanVersion.h"

#include <QJsonArray>

namespace trellis::ui {

using domain::FieldType;
using domain::Record;
using domain::SafetyPlanVersion;

namespace {

QJsonValue toJson(const Record& record, const QString& field)
{
    if (!record.has(field))
        return QJsonValue::Null;
    const QVariant value = record.value(field);
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    return value.toString();
}

void fromJson(Record& record, const QString& field, const QJsonValue& value)
{
    const domain::FieldDef* def = record.def().field(field);
    if (!def || !value.isString() || value.toString().isEmpty()) {
        record.clear(field);
        return;
    }
    if (def->type == FieldType::Date)
        record.set(field, QDate::fromString(value.toString(), Qt::ISODate));
    else
        record.set(field, value.toString());
}

} // namespace

QJsonObject PlanDraftJson::write(const QString& planId, const Record& plan, const QList<Record>& items)
{
    QJsonObject header;
    for (const QString& field : SafetyPlanVersion::headerFields())
        header.insert(field, toJson(plan, field));
    QJsonArray list;
    for (const Record& item : items) {
        QJsonObject entry{{QStringLiteral("id"), item.id()}, {QStringLiteral("section"), item.text(QStringLiteral("section"))}};
        for (const QString& field : SafetyPlanVersion::itemContentFields())
            entry.insert(field, toJson(item, field));
        list.append(entry);
    }
    return {{QStringLiteral("planId"), planId}, {QStringLiteral("header"), header}, {QStringLiteral("items"), list}};
}

QString PlanDraftJson::planId(const QJsonObject& draft)
{
    return draft.value(QStringLiteral("planId")).toString();
}

void PlanDraftJson::readHeader(const QJsonObject& draft, Record& plan)
{
    const QJsonObject header = draft.value(QStringLiteral("header")).toObject();
    for (const QString& field : SafetyPlanVersion::headerFields())
        fromJson(plan, field, header.value(field));
}

QList<Record> PlanDraftJson::readItems(const QJsonObject& draft)
{
    QList<Record> items;
    const QStringList sections = SafetyPlanVersion::sections();
    for (const QJsonValue& value : draft.value(QStringLiteral("items")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString section = entry.value(QStringLiteral("section")).toString();
        if (!sections.contains(section))
            continue;
        Record item(domain::Entities::get(domain::entity::SafetyPlanItem));
        fromJson(item, QStringLiteral("id"), entry.value(QStringLiteral("id")));
        item.set(QStringLiteral("section"), section);
        for (const QString& field : SafetyPlanVersion::itemContentFields())
            fromJson(item, field, entry.value(field));
        items << item;
    }
    return items;
}

} // namespace trellis::ui
