#pragma once

#include "EntityDef.h"

namespace trellis::domain {

// What a person reads for each stored value of an enumerated field ("very_high" -> "Very high"),
// and what a field is called. Stored values are machine words shared with the central store and
// exports; these labels are the only place that turns them into words, so the editors, the
// dashboard, print-outs and trellisctl all say the same thing.
//
// Labels are looked up by entity and field, not by value alone: the same value reads
// differently in different places (a safety plan's "trusted_adult" section is "Trusted adults",
// a trusted adult link's "trusted_adult" role is "Trusted adult"). All text is translated at
// lookup time, in the "ChoiceLabels" context, so a language change needs no restart.
class ChoiceLabels {
public:
    // The translated label, or an empty string when the value has none.
    static QString label(const QString& entity, const QString& field, const QString& value);
    // The label, or the stored value itself when there is none, so that an unexpected value
    // (an older export, a newer central store) is still shown rather than hidden.
    static QString labelOrValue(const QString& entity, const QString& field, const QString& value);
    // A field's name for people, translated in the "FieldLabels" context ("date of birth").
    static QString fieldLabel(const FieldDef& field);
    // A kind of record for people, translated in the "EntityLabels" context ("trusted adult").
    static QString entityLabel(const EntityDef& entity);
};

} // namespace trellis::domain
