#pragma once

#include <QDate>

#include "Record.h"

#include <QList>
#include <QStringList>

namespace trellis::domain {

// One version of a young person's safety plan: its safety_plan row and its live items, in
// section order and, within a section, in the order the young person reads them.
struct SafetyPlanVersion {
    Record plan;
    QList<Record> items;

    // The sections in the order a plan is read and printed (not alphabetical).
    static QStringList sections()
    {
        return {QStringLiteral("warning_sign"), QStringLiteral("unsafe"),       QStringLiteral("safe_place"),
                QStringLiteral("safe_route"),   QStringLiteral("coping"),       QStringLiteral("trusted_adult"),
                QStringLiteral("professional"), QStringLiteral("emergency_contact"), QStringLiteral("action")};
    }
    // The header fields a worker edits, in the order the editor shows them.
    static QStringList headerFields()
    {
        return {QStringLiteral("code_word"),
                QStringLiteral("own_words"),
                QStringLiteral("review_date"),
                QStringLiteral("agreed_young_person_on"),
                QStringLiteral("agreed_carer_on"),
                QStringLiteral("agreed_practitioner_on")};
    }
    // The fields of an item that carry what it says (not its place in the list or its stamps).
    static QStringList itemContentFields()
    {
        return {QStringLiteral("text"), QStringLiteral("rating"),   QStringLiteral("notes"),
                QStringLiteral("who"),  QStringLiteral("due_date"), QStringLiteral("trusted_adult_id")};
    }

    QString id() const { return plan.id(); }
    QString status() const { return plan.text(QStringLiteral("status")); }
    qlonglong version() const { return plan.value(QStringLiteral("version")).toLongLong(); }
    bool isDraft() const { return status() == QLatin1String("draft"); }

    QList<Record> section(const QString& name) const
    {
        QList<Record> found;
        for (const Record& item : items) {
            if (item.text(QStringLiteral("section")) == name)
                found << item;
        }
        return found;
    }
};

} // namespace trellis::domain
