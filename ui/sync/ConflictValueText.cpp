#include "ConflictValueText.h"

#include "domain/ChoiceLabels.h"
#include "domain/Entities.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDate>

namespace trellis::ui::conflicttext {

namespace {

const domain::FieldDef* fieldDef(const QString& entity, const QString& field)
{
    if (const domain::EntityDef* def = domain::Entities::find(entity)) {
        if (const domain::FieldDef* f = def->field(field))
            return f;
        // created/updated/deleted are not in `fields` for every entity; the standard ones are here.
        static const QList<domain::FieldDef> meta = domain::syncMetadataFields();
        for (const domain::FieldDef& f : meta)
            if (f.name == field)
                return &f;
    }
    return nullptr;
}

// One row's few naming columns; bound parameters only, table and columns fixed in code.
QStringList columns(Database& db, const char* sql, const QString& id)
{
    auto stmt = db.prepare(QString::fromLatin1(sql));
    if (!stmt.ok())
        return {};
    (*stmt)->bind(1, id);
    if (!(*stmt)->next())
        return {};
    QStringList values;
    for (int c = 0; c < (*stmt)->columnCount(); ++c)
        values << (*stmt)->text(c);
    return values;
}

QString joinName(const QString& given, const QString& family)
{
    return family.isEmpty() ? given : QCoreApplication::translate("ConflictValueText", "%1 %2").arg(given, family);
}

} // namespace

QString valueWords(const QString& entity, const QString& field, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().trimmed().isEmpty()))
        return QCoreApplication::translate("ConflictValueText", "(empty)");
    if (field == QLatin1String("deleted") && value.isBool())
        return value.toBool() ? QCoreApplication::translate("ConflictValueText", "Deleted")
                              : QCoreApplication::translate("ConflictValueText", "Not deleted");
    if (value.isBool())
        return value.toBool() ? QCoreApplication::translate("ConflictValueText", "Yes")
                              : QCoreApplication::translate("ConflictValueText", "No");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (!value.isString())
        return QCoreApplication::translate("ConflictValueText", "(a value Trellis cannot show)");
    const QString text = value.toString();
    const domain::FieldDef* def = fieldDef(entity, field);
    if (!def)
        return text;
    switch (def->type) {
    case domain::FieldType::Enum:
        return domain::ChoiceLabels::labelOrValue(entity, field, text);
    case domain::FieldType::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : text;
    }
    case domain::FieldType::DateTime: {
        const QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
        return moment.isValid() ? when(moment) : text;
    }
    default:
        return text;
    }
}

bool isLongText(const QString& entity, const QString& field)
{
    const domain::FieldDef* def = fieldDef(entity, field);
    return def && def->type == domain::FieldType::Text && (def->maxLength == 0 || def->maxLength > 200);
}

QString fieldLabel(const QString& entity, const QString& field)
{
    const domain::FieldDef* def = fieldDef(entity, field);
    QString label = def ? domain::ChoiceLabels::fieldLabel(*def) : field;
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

QString when(const QDateTime& moment)
{
    return moment.isValid() ? moment.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                            : QCoreApplication::translate("ConflictValueText", "unknown");
}

QString youngPersonName(Database& db, const QString& youngPersonId)
{
    if (youngPersonId.isEmpty())
        return {};
    const QStringList name =
        columns(db, "SELECT given_name, family_name FROM young_person WHERE id = ?1", youngPersonId);
    return name.size() == 2 ? joinName(name.at(0), name.at(1)) : QString();
}

QString recordDescription(Database& db, const QString& entity, const QString& recordId)
{
    namespace e = domain::entity;
    if (entity == e::YoungPerson)
        return QCoreApplication::translate("ConflictValueText", "Profile");
    if (entity == e::SafetyPlan) {
        const QStringList v = columns(db, "SELECT version FROM safety_plan WHERE id = ?1", recordId);
        return v.isEmpty() ? QCoreApplication::translate("ConflictValueText", "Safety plan")
                           : QCoreApplication::translate("ConflictValueText", "Safety plan v%1").arg(v.first());
    }
    if (entity == e::SafetyPlanItem) {
        const QStringList v = columns(db,
                                      "SELECT p.version, i.section FROM safety_plan_item i "
                                      "JOIN safety_plan p ON p.id = i.safety_plan_id WHERE i.id = ?1",
                                      recordId);
        if (v.size() != 2)
            return QCoreApplication::translate("ConflictValueText", "Safety plan item");
        return QCoreApplication::translate("ConflictValueText", "Safety plan v%1, %2")
            .arg(v.at(0), domain::ChoiceLabels::labelOrValue(e::SafetyPlanItem, QStringLiteral("section"), v.at(1)));
    }
    if (entity == e::TrustedAdult) {
        const QStringList v =
            columns(db, "SELECT given_name, coalesce(family_name, '') FROM trusted_adult WHERE id = ?1", recordId);
        return v.size() == 2 ? QCoreApplication::translate("ConflictValueText", "Trusted adult %1")
                                   .arg(joinName(v.at(0), v.at(1)))
                             : QCoreApplication::translate("ConflictValueText", "Trusted adult");
    }
    if (entity == e::TrustedAdultLink) {
        const QStringList v = columns(db,
                                      "SELECT a.given_name, coalesce(a.family_name, '') FROM trusted_adult_link l "
                                      "JOIN trusted_adult a ON a.id = l.trusted_adult_id WHERE l.id = ?1",
                                      recordId);
        return v.size() == 2 ? QCoreApplication::translate("ConflictValueText", "Link to trusted adult %1")
                                   .arg(joinName(v.at(0), v.at(1)))
                             : QCoreApplication::translate("ConflictValueText", "Link to a trusted adult");
    }
    if (entity == e::Contact) {
        const QStringList v = columns(db, "SELECT occurred_at FROM contact WHERE id = ?1", recordId);
        const QDateTime at = v.isEmpty() ? QDateTime() : QDateTime::fromString(v.first(), Qt::ISODateWithMs);
        return at.isValid() ? QCoreApplication::translate("ConflictValueText", "Contact on %1")
                                  .arg(at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy")))
                            : QCoreApplication::translate("ConflictValueText", "Contact");
    }
    if (entity == e::Episode) {
        const QStringList v = columns(db, "SELECT kind, start_date FROM episode WHERE id = ?1", recordId);
        if (v.size() != 2)
            return QCoreApplication::translate("ConflictValueText", "Episode");
        return QCoreApplication::translate("ConflictValueText", "%1 from %2")
            .arg(domain::ChoiceLabels::labelOrValue(e::Episode, QStringLiteral("kind"), v.at(0)),
                 valueWords(e::Episode, QStringLiteral("start_date"), v.at(1)));
    }
    if (entity == e::Intervention) {
        const QStringList v = columns(db, "SELECT type FROM intervention WHERE id = ?1", recordId);
        return v.isEmpty()
                   ? QCoreApplication::translate("ConflictValueText", "Intervention")
                   : QCoreApplication::translate("ConflictValueText", "Intervention: %1")
                         .arg(domain::ChoiceLabels::labelOrValue(e::Intervention, QStringLiteral("type"), v.first()));
    }
    const domain::EntityDef* def = domain::Entities::find(entity);
    return def ? domain::ChoiceLabels::entityLabel(*def) : entity;
}

QString recordHeading(Database& db, const QString& youngPersonId, const QString& entity, const QString& recordId)
{
    const QString who = youngPersonName(db, youngPersonId);
    const QString record = recordDescription(db, entity, recordId);
    return who.isEmpty() ? record : QCoreApplication::translate("ConflictValueText", "%1 \u2014 %2").arg(who, record);
}

} // namespace trellis::ui::conflicttext
