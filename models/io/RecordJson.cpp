#include "RecordJson.h"

#include <QJsonValue>

namespace trellis::io {

using domain::FieldType;
using domain::Record;

QJsonValue RecordJson::fieldValue(const Record& record, const domain::FieldDef& field)
{
    if (!record.has(field.name))
        return QJsonValue(QJsonValue::Undefined);
    const QVariant value = record.value(field.name);
    switch (field.type) {
    case FieldType::Date:
        return value.toDate().toString(Qt::ISODate);
    case FieldType::DateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    case FieldType::Integer:
        return value.toLongLong();
    case FieldType::Boolean:
        return value.toBool();
    default:
        return value.toString();
    }
}

QJsonObject RecordJson::toJson(const Record& record)
{
    QJsonObject object;
    object.insert(QStringLiteral("entity"), record.entity());
    for (const auto& field : record.def().fields) {
        if (record.has(field.name))
            object.insert(field.name, fieldValue(record, field));
    }
    return object;
}

Record RecordJson::fromJson(const QJsonObject& object, const domain::EntityDef& def, domain::ValidationIssues& issues)
{
    Record record(def);
    auto fail = [&](const QString& name, const QString& label, const QString& message) {
        issues.append({name, label, message, domain::ValidationIssue::Severity::Error});
    };
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString& name = it.key();
        if (name == QLatin1String("entity"))
            continue;
        const domain::FieldDef* field = def.field(name);
        if (!field) {
            fail(name, name, QStringLiteral("is not a field of the %1 record").arg(def.label));
            continue;
        }
        const QJsonValue value = it.value();
        if (value.isNull())
            continue;
        switch (field->type) {
        case FieldType::Boolean:
            if (!value.isBool())
                fail(name, field->label, QStringLiteral("must be true or false"));
            else
                record.set(name, value.toBool());
            break;
        case FieldType::Integer: {
            const double number = value.toDouble();
            if (!value.isDouble() || number != double(qint64(number)))
                fail(name, field->label, QStringLiteral("must be a whole number"));
            else
                record.set(name, QVariant::fromValue<qlonglong>(qint64(number)));
            break;
        }
        case FieldType::Date: {
            const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
            if (!value.isString() || !date.isValid())
                fail(name, field->label, QStringLiteral("must be a date written YYYY-MM-DD"));
            else
                record.set(name, date);
            break;
        }
        case FieldType::DateTime: {
            QDateTime moment = QDateTime::fromString(value.toString(), Qt::ISODate);
            if (!value.isString() || !moment.isValid())
                fail(name, field->label, QStringLiteral("must be a date and time written like 2026-04-01T09:30:00Z"));
            else
                record.set(name, moment.toUTC());
            break;
        }
        case FieldType::Uuid:
        case FieldType::Reference:
            // Ids are compared as text in the store, where Trellis writes them in lower case; an
            // id in capitals is the same UUID and must not become a second record beside it.
            if (!value.isString())
                fail(name, field->label, QStringLiteral("must be text in quotes"));
            else
                record.set(name, value.toString().toLower());
            break;
        default:
            if (!value.isString())
                fail(name, field->label, QStringLiteral("must be text in quotes"));
            else
                record.set(name, value.toString());
            break;
        }
    }
    return record;
}

} // namespace trellis::io
