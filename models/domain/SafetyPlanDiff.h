#pragma once

#include "SafetyPlanVersion.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

namespace trellis::domain {

// What changed between two versions of a safety plan, for the history view and for a worker
// checking a new version before activating it.
//
// A new version copies its items with new ids, so items are matched by what they say, not by
// id: first by id (two states of one version), then by identical content (text and linked adult)
// in list order, then an unmatched older item and an unmatched newer one at the same position
// count as one item whose text was changed. Whatever is left was removed or added. Among the
// items kept, the fewest that explain the new order are reported as moved (those outside the
// longest run kept in order), so swapping two items reports one move, not two.
class SafetyPlanDiff {
    Q_DECLARE_TR_FUNCTIONS(SafetyPlanDiff)
public:
    struct FieldChange {
        QString field; // safety_plan column
        QVariant before;
        QVariant after;
    };
    struct ItemChange {
        enum class Kind { Added, Removed, Changed, Moved };
        Kind kind = Kind::Changed;
        QString section;
        QString text;         // what the item says now (before, for a removed item)
        QString previousText; // Changed: what it said before, when the text changed
        QStringList fields;   // Changed: content fields that differ ("text", "rating", ...)
        QVariantHash before;  // Changed: those fields' older values
        QVariantHash after;   // Changed: their newer values
        int fromPosition = -1; // 0-based within the section; -1 when added
        int toPosition = -1;   // -1 when removed
    };

    static SafetyPlanDiff compare(const SafetyPlanVersion& older, const SafetyPlanVersion& newer);

    const QList<FieldChange>& headerChanges() const { return m_header; }
    // Section by section in reading order; within one, removals first, then changes and additions
    // in the newer version's order, then moves.
    const QList<ItemChange>& itemChanges() const { return m_items; }
    QList<ItemChange> itemChanges(ItemChange::Kind kind) const;
    // Changed items whose red/amber/green rating differs.
    QList<ItemChange> ratingChanges() const;
    bool isEmpty() const { return m_header.isEmpty() && m_items.isEmpty(); }

    // One plain sentence per change, in the worker's language.
    QStringList describe() const;

    // The plain-language section titles used on screen and on the printed plan.
    static QString sectionTitle(const QString& section);
    // A rating as symbol and word ("✖ Red"), so it never depends on colour alone.
    static QString ratingText(const QString& rating);

private:
    void compareSection(const QString& section, const QList<Record>& older, const QList<Record>& newer);
    static QString valueText(const QString& field, const QVariant& value);

    QList<FieldChange> m_header;
    QList<ItemChange> m_items;
};

} // namespace trellis::domain
