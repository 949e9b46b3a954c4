#pragma once

#include "../Validator.h"

namespace trellis::domain::rules {

// "later must not be before earlier", checked only when both are recorded.
inline void requireOrder(const Record& record, const QString& earlier, const QString& later,
                         ValidationIssues& issues)
{
    if (record.has(earlier) && record.has(later) && record.date(later) < record.date(earlier)) {
        const FieldDef* before = record.def().field(earlier);
        addError(record, later, QStringLiteral("cannot be before the %1").arg(before ? before->label : earlier),
                 issues);
    }
}

// Fields that only mean something for some kinds of record must be empty on the others.
inline void forbidUnless(bool applies, const Record& record, const QStringList& fields, const QString& appliesTo,
                         ValidationIssues& issues)
{
    if (applies)
        return;
    for (const QString& field : fields) {
        if (record.has(field))
            addError(record, field, QStringLiteral("only applies to %1").arg(appliesTo), issues);
    }
}

inline void requireIf(bool condition, const Record& record, const QString& field, const QString& why,
                      ValidationIssues& issues)
{
    if (condition && !record.has(field))
        addError(record, field, QStringLiteral("is required %1").arg(why), issues);
}

} // namespace trellis::domain::rules
