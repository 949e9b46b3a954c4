#pragma once

#include "EntityDef.h"

#include <QVariant>
#include <QDate>
#include <QDateTime>
#include <QHash>

namespace trellis::domain {

// One record of any entity, as field name -> value. Values are held in one canonical type per
// field type: QString (text, ids, enums, phone, email), QDate, QDateTime (UTC), qlonglong,
// bool. A missing or null value means "not recorded".
class Record {
public:
    explicit Record(const EntityDef& def) : m_def(&def) {}

    const EntityDef& def() const { return *m_def; }
    const QString& entity() const { return m_def->name; }
    QString id() const { return text(QStringLiteral("id")); }

    bool has(const QString& field) const;
    QVariant value(const QString& field) const { return m_values.value(field); }
    QString text(const QString& field) const { return m_values.value(field).toString(); }
    QDate date(const QString& field) const { return m_values.value(field).toDate(); }
    bool flag(const QString& field) const { return m_values.value(field).toBool(); }
    void set(const QString& field, const QVariant& value);
    void clear(const QString& field) { m_values.remove(field); }
    const QHash<QString, QVariant>& values() const { return m_values; }

    // Fills id (a new UUID), created/updated at and by, for a record made on this machine.
    void stampNew(const QString& author, const QDateTime& now);
    void stampUpdated(const QString& author, const QDateTime& now);

private:
    const EntityDef* m_def;
    QHash<QString, QVariant> m_values;
};

} // namespace trellis::domain
