#include "Record.h"

#include "TimeOrderedId.h"

namespace trellis::domain {

bool Record::has(const QString& field) const
{
    const auto it = m_values.constFind(field);
    if (it == m_values.constEnd() || it->isNull() || !it->isValid())
        return false;
    return it->typeId() != QMetaType::QString || !it->toString().isEmpty();
}

void Record::set(const QString& field, const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        m_values.remove(field);
    else
        m_values.insert(field, value);
}

void Record::stampNew(const QString& author, const QDateTime& now)
{
    if (!has(QStringLiteral("id")))
        set(QStringLiteral("id"), createTimeOrderedId());
    if (m_def->syncable) {
        set(QStringLiteral("created_at"), now.toUTC());
        set(QStringLiteral("created_by"), author);
    }
    stampUpdated(author, now);
}

void Record::stampUpdated(const QString& author, const QDateTime& now)
{
    if (!m_def->syncable)
        return;
    set(QStringLiteral("updated_at"), now.toUTC());
    set(QStringLiteral("updated_by"), author);
}

} // namespace trellis::domain
