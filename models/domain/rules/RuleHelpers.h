#pragma once

#include "../Validator.h"

namespace trellis::domain::rules {

// "later must not be before earlier", checked only when both are recorded.
inline void requireOrder(const Record& record, const QString& earlier, const QString& later, ValidationIssues& issues)
{
    if (record.has(earlier) && record.has(later) && record.date(later) < record.date(earlier)) {
        const FieldDef* before = record.def().field(earlier);
        addError(record, later,
                 wording::validation(QT_TRANSLATE_NOOP("Validation", "cannot be before the %1"),
                                     {wording::fieldLabel(before ? before->label : earlier)}),
                 issues);
    }
}

// Fields that only mean something for some kinds of record must be empty on the others.
// `appliesTo` and `why` are phrases marked with QT_TRANSLATE_NOOP("Validation", ...).
inline void forbidUnless(bool applies, const Record& record, const QStringList& fields, const char* appliesTo,
                         ValidationIssues& issues)
{
    if (applies)
        return;
    for (const QString& field : fields) {
        if (record.has(field))
            addError(record, field,
                     wording::validation(QT_TRANSLATE_NOOP("Validation", "only applies to %1"),
                                         {wording::phrase(appliesTo)}),
                     issues);
    }
}

inline void requireIf(bool condition, const Record& record, const QString& field, const char* why,
                      ValidationIssues& issues)
{
    if (condition && !record.has(field))
        addError(record, field,
                 wording::validation(QT_TRANSLATE_NOOP("Validation", "is required %1"), {wording::phrase(why)}),
                 issues);
}

} // namespace trellis::domain::rules
