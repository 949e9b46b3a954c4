#include "EntityDef.h"

namespace trellis::domain {

const FieldDef* EntityDef::field(const QString& fieldName) const
{
    const auto it = fieldIndex.constFind(fieldName);
    return it == fieldIndex.constEnd() ? nullptr : &fields.at(*it);
}

void EntityDef::indexFields()
{
    fieldIndex.clear();
    for (qsizetype i = 0; i < fields.size(); ++i)
        fieldIndex.insert(fields.at(i).name, i);
}

QStringList EntityDef::columnNames() const
{
    QStringList names;
    names.reserve(fields.size());
    for (const FieldDef& f : fields)
        names << f.name;
    return names;
}

QList<FieldDef> syncMetadataFields()
{
    return {
        {QStringLiteral("created_at"),
         FieldType::DateTime,
         true,
         0,
         {},
         {},
         0,
         0,
         QString::fromUtf8(QT_TRANSLATE_NOOP("FieldLabels", "created at"))},
        {QStringLiteral("created_by"),
         FieldType::Text,
         true,
         64,
         {},
         {},
         0,
         0,
         QString::fromUtf8(QT_TRANSLATE_NOOP("FieldLabels", "created by"))},
        {QStringLiteral("updated_at"),
         FieldType::DateTime,
         true,
         0,
         {},
         {},
         0,
         0,
         QString::fromUtf8(QT_TRANSLATE_NOOP("FieldLabels", "updated at"))},
        {QStringLiteral("updated_by"),
         FieldType::Text,
         true,
         64,
         {},
         {},
         0,
         0,
         QString::fromUtf8(QT_TRANSLATE_NOOP("FieldLabels", "updated by"))},
    };
}

} // namespace trellis::domain
