#include "RuleHelpers.h"

namespace trellis::domain::rules {

void contact(const Record& record, const Validator&, ValidationIssues& issues)
{
    const QString occurred = QStringLiteral("occurred_at");
    const QString due = QStringLiteral("next_contact_due");
    if (record.has(occurred) && record.has(due) &&
        record.date(due) < record.value(occurred).toDateTime().toLocalTime().date())
        addError(record, due, QT_TRANSLATE_NOOP("Validation", "cannot be before the contact it follows"), issues);
    // Only when the contact is known not to have happened: with no attendance recorded yet,
    // the missing attendance is the one thing wrong.
    const QString attendance = record.text(QStringLiteral("attendance"));
    const bool didNotHappen = attendance == QLatin1String("did_not_attend") || attendance == QLatin1String("cancelled");
    if (didNotHappen && record.value(QStringLiteral("duration_minutes")).toLongLong() > 0)
        addError(record, QStringLiteral("duration_minutes"),
                 QT_TRANSLATE_NOOP("Validation", "must be 0 when the contact did not take place"), issues);
}

} // namespace trellis::domain::rules
