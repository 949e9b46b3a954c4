#include "RuleHelpers.h"

namespace trellis::domain::rules {

void safetyPlan(const Record& record, const Validator&, ValidationIssues& issues)
{
    const QString status = record.text(QStringLiteral("status"));
    requireIf(status == QLatin1String("active") || status == QLatin1String("superseded"), record,
              QStringLiteral("activated_at"), QT_TRANSLATE_NOOP("Validation", "once a plan has been active"), issues);
    requireIf(status == QLatin1String("active"), record, QStringLiteral("review_date"),
              QT_TRANSLATE_NOOP("Validation", "for an active plan, so it is not forgotten"), issues);
    const QString codeWord = QStringLiteral("code_word");
    if (record.has(codeWord) && record.text(codeWord).contains(QLatin1Char('\n')))
        addError(record, codeWord, QT_TRANSLATE_NOOP("Validation", "must be a single word or short phrase on one line"),
                 issues);
}

void safetyPlanItem(const Record& record, const Validator&, ValidationIssues& issues)
{
    const QString section = record.text(QStringLiteral("section"));
    requireIf(section == QLatin1String("unsafe"), record, QStringLiteral("rating"),
              QT_TRANSLATE_NOOP("Validation", "for an unsafe place, area or person (red, amber or green)"), issues);
    forbidUnless(section == QLatin1String("unsafe"), record, {QStringLiteral("rating")},
                 QT_TRANSLATE_NOOP("Validation", "unsafe places, areas and people"), issues);
    requireIf(section == QLatin1String("action"), record, QStringLiteral("who"),
              QT_TRANSLATE_NOOP("Validation", "for an agreed action"), issues);
    forbidUnless(section == QLatin1String("action"), record, {QStringLiteral("who"), QStringLiteral("due_date")},
                 QT_TRANSLATE_NOOP("Validation", "agreed actions"), issues);
    requireIf(section == QLatin1String("trusted_adult"), record, QStringLiteral("trusted_adult_id"),
              QT_TRANSLATE_NOOP("Validation", "to link a trusted adult"), issues);
    forbidUnless(section == QLatin1String("trusted_adult"), record, {QStringLiteral("trusted_adult_id")},
                 QT_TRANSLATE_NOOP("Validation", "trusted-adult links"), issues);
}

} // namespace trellis::domain::rules
