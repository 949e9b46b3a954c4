#include "SafetyPlanDiff.h"

#include "ChoiceLabels.h"
#include "Entities.h"

#include <QLocale>

#include <algorithm>
#include <functional>

namespace trellis::domain {

namespace {

const QString kText = QStringLiteral("text");
const QString kRating = QStringLiteral("rating");
const QString kAdult = QStringLiteral("trusted_adult_id");

// Values compared as a person reads them: an empty text and a missing one are the same.
bool sameValue(const Record& a, const Record& b, const QString& field)
{
    if (!a.has(field) && !b.has(field))
        return true;
    return a.value(field) == b.value(field);
}

bool sameContent(const Record& a, const Record& b)
{
    return sameValue(a, b, kText) && sameValue(a, b, kAdult);
}

// Indexes (into `sequence`) of one longest strictly increasing run, by patience sorting.
QList<int> longestIncreasing(const QList<int>& sequence)
{
    QList<int> tails;        // index into sequence of the smallest tail of each run length
    QList<int> previous(sequence.size(), -1);
    for (int i = 0; i < sequence.size(); ++i) {
        const auto at = std::lower_bound(tails.begin(), tails.end(), sequence[i],
                                         [&](int index, int value) { return sequence[index] < value; });
        const int length = int(at - tails.begin());
        if (length > 0)
            previous[i] = tails[length - 1];
        if (at == tails.end())
            tails.append(i);
        else
            *at = i;
    }
    QList<int> run;
    for (int i = tails.isEmpty() ? -1 : tails.last(); i >= 0; i = previous[i])
        run.prepend(i);
    return run;
}

SafetyPlanDiff::ItemChange makeChange(SafetyPlanDiff::ItemChange::Kind kind, const QString& section,
                                      const QString& text)
{
    SafetyPlanDiff::ItemChange change;
    change.kind = kind;
    change.section = section;
    change.text = text;
    return change;
}

QString quoted(const QString& text)
{
    return QStringLiteral("“%1”").arg(text);
}

} // namespace

SafetyPlanDiff SafetyPlanDiff::compare(const SafetyPlanVersion& older, const SafetyPlanVersion& newer)
{
    SafetyPlanDiff diff;
    for (const QString& field : SafetyPlanVersion::headerFields()) {
        if (!sameValue(older.plan, newer.plan, field))
            diff.m_header.append({field, older.plan.value(field), newer.plan.value(field)});
    }
    for (const QString& section : SafetyPlanVersion::sections())
        diff.compareSection(section, older.section(section), newer.section(section));
    return diff;
}

void SafetyPlanDiff::compareSection(const QString& section, const QList<Record>& older, const QList<Record>& newer)
{
    QList<int> match(newer.size(), -1); // newer index -> older index
    QList<bool> used(older.size(), false);
    const auto pair = [&](const std::function<bool(const Record&, const Record&, int, int)>& same) {
        for (int n = 0; n < newer.size(); ++n) {
            for (int o = 0; o < older.size() && match[n] < 0; ++o) {
                if (!used[o] && same(older[o], newer[n], o, n)) {
                    match[n] = o;
                    used[o] = true;
                }
            }
        }
    };
    pair([](const Record& a, const Record& b, int, int) { return !a.id().isEmpty() && a.id() == b.id(); });
    pair([](const Record& a, const Record& b, int, int) { return sameContent(a, b); });
    pair([](const Record&, const Record&, int o, int n) { return o == n; });

    for (int o = 0; o < older.size(); ++o) {
        if (!used[o]) {
            ItemChange change = makeChange(ItemChange::Kind::Removed, section, older[o].text(kText));
            change.fromPosition = o;
            m_items.append(change);
        }
    }
    QList<int> keptOlder; // older positions of kept items, in newer order
    QList<int> keptNewer;
    for (int n = 0; n < newer.size(); ++n) {
        if (match[n] < 0) {
            ItemChange change = makeChange(ItemChange::Kind::Added, section, newer[n].text(kText));
            change.toPosition = n;
            m_items.append(change);
            continue;
        }
        const Record& before = older[match[n]];
        keptOlder << match[n];
        keptNewer << n;
        ItemChange change = makeChange(ItemChange::Kind::Changed, section, newer[n].text(kText));
        change.fromPosition = match[n];
        change.toPosition = n;
        for (const QString& field : SafetyPlanVersion::itemContentFields()) {
            if (!sameValue(before, newer[n], field)) {
                change.fields << field;
                change.before.insert(field, before.value(field));
                change.after.insert(field, newer[n].value(field));
            }
        }
        if (change.fields.contains(kText))
            change.previousText = before.text(kText);
        if (!change.fields.isEmpty())
            m_items.append(change);
    }
    const QList<int> inOrder = longestIncreasing(keptOlder);
    for (int k = 0; k < keptOlder.size(); ++k) {
        if (inOrder.contains(k))
            continue;
        ItemChange change = makeChange(ItemChange::Kind::Moved, section, newer[keptNewer[k]].text(kText));
        change.fromPosition = keptOlder[k];
        change.toPosition = keptNewer[k];
        m_items.append(change);
    }
}

QList<SafetyPlanDiff::ItemChange> SafetyPlanDiff::itemChanges(ItemChange::Kind kind) const
{
    QList<ItemChange> found;
    for (const ItemChange& change : m_items) {
        if (change.kind == kind)
            found << change;
    }
    return found;
}

QList<SafetyPlanDiff::ItemChange> SafetyPlanDiff::ratingChanges() const
{
    QList<ItemChange> found;
    for (const ItemChange& change : m_items) {
        if (change.kind == ItemChange::Kind::Changed && change.fields.contains(kRating))
            found << change;
    }
    return found;
}

QString SafetyPlanDiff::sectionTitle(const QString& section)
{
    if (section == QLatin1String("warning_sign"))
        return tr("Signs that things are going wrong");
    if (section == QLatin1String("unsafe"))
        return tr("Places and people that aren't safe");
    if (section == QLatin1String("safe_place"))
        return tr("Safe places");
    if (section == QLatin1String("safe_route"))
        return tr("Safe routes");
    if (section == QLatin1String("coping"))
        return tr("Things I can do to cope");
    if (section == QLatin1String("trusted_adult"))
        return tr("People I trust");
    if (section == QLatin1String("professional"))
        return tr("Professionals");
    if (section == QLatin1String("emergency_contact"))
        return tr("Emergency contacts");
    if (section == QLatin1String("action"))
        return tr("What we agreed to do");
    return section;
}

QString SafetyPlanDiff::ratingText(const QString& rating)
{
    if (rating == QLatin1String("red"))
        return tr("✖ Red");
    if (rating == QLatin1String("amber"))
        return tr("▲ Amber");
    if (rating == QLatin1String("green"))
        return tr("✔ Green");
    return tr("No rating");
}

QString SafetyPlanDiff::valueText(const QString& field, const QVariant& value)
{
    if (value.isNull() || !value.isValid() || value.toString().isEmpty())
        return tr("nothing");
    if (field == kRating)
        return ratingText(value.toString());
    if (value.typeId() == QMetaType::QDate)
        return QLocale().toString(value.toDate(), QStringLiteral("d MMMM yyyy"));
    if (field == kAdult)
        return tr("another adult"); // ids mean nothing to a reader; the text names the person
    return quoted(value.toString());
}

QStringList SafetyPlanDiff::describe() const
{
    QStringList lines;
    const EntityDef& planDef = Entities::get(entity::SafetyPlan);
    const EntityDef& itemDef = Entities::get(entity::SafetyPlanItem);
    const auto fieldName = [](const EntityDef& def, const QString& field) {
        const FieldDef* found = def.field(field);
        return found ? ChoiceLabels::fieldLabel(*found) : field;
    };
    for (const FieldChange& change : m_header) {
        const QString label = fieldName(planDef, change.field);
        if (change.field == QLatin1String("own_words"))
            lines << tr("%1: changed.").arg(label);
        else if (!change.before.isValid() || change.before.toString().isEmpty())
            lines << tr("%1: set to %2.").arg(label, valueText(change.field, change.after));
        else if (!change.after.isValid() || change.after.toString().isEmpty())
            lines << tr("%1: removed (was %2).").arg(label, valueText(change.field, change.before));
        else
            lines << tr("%1: changed from %2 to %3.")
                         .arg(label, valueText(change.field, change.before), valueText(change.field, change.after));
    }
    for (const ItemChange& change : m_items) {
        const QString section = sectionTitle(change.section);
        switch (change.kind) {
        case ItemChange::Kind::Added: lines << tr("%1: added %2.").arg(section, quoted(change.text)); break;
        case ItemChange::Kind::Removed: lines << tr("%1: removed %2.").arg(section, quoted(change.text)); break;
        case ItemChange::Kind::Moved:
            lines << tr("%1: moved %2 from place %3 to place %4.")
                         .arg(section, quoted(change.text))
                         .arg(change.fromPosition + 1)
                         .arg(change.toPosition + 1);
            break;
        case ItemChange::Kind::Changed:
            for (const QString& field : change.fields) {
                if (field == kText) {
                    lines << tr("%1: %2 changed to %3.").arg(section, quoted(change.previousText), quoted(change.text));
                } else if (field == kRating) {
                    lines << tr("%1: %2 rating changed from %3 to %4.")
                                 .arg(section, quoted(change.text), valueText(field, change.before.value(field)),
                                      valueText(field, change.after.value(field)));
                } else {
                    lines << tr("%1: %2, %3 changed from %4 to %5.")
                                 .arg(section, quoted(change.text), fieldName(itemDef, field),
                                      valueText(field, change.before.value(field)),
                                      valueText(field, change.after.value(field)));
                }
            }
            break;
        }
    }
    return lines;
}

} // namespace trellis::domain
