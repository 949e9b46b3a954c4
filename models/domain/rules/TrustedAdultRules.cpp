#include "RuleHelpers.h"

namespace trellis::domain::rules {

void trustedAdult(const Record& record, const Validator&, ValidationIssues& issues)
{
    requireIf(record.flag(QStringLiteral("do_not_contact")), record, QStringLiteral("do_not_contact_reason"),
              QT_TRANSLATE_NOOP("Validation", "when an adult must not be contacted, so others know why"), issues);
    const QString consent = record.text(QStringLiteral("consent"));
    requireIf(consent == QLatin1String("given") || consent == QLatin1String("refused"), record,
              QStringLiteral("consent_checked_on"), QT_TRANSLATE_NOOP("Validation", "once consent has been asked"),
              issues);
    requireIf(record.has(QStringLiteral("verified_on")), record, QStringLiteral("verified_by"),
              QT_TRANSLATE_NOOP("Validation", "when a verification date is recorded"), issues);
    if (record.has(QStringLiteral("phone_secondary")) && !record.has(QStringLiteral("phone_primary")))
        addError(record, QStringLiteral("phone_primary"),
                 QT_TRANSLATE_NOOP("Validation", "is required before another number is added"), issues);
}

} // namespace trellis::domain::rules
