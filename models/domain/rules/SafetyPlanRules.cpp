#include "RuleHelpers.h"

namespace trellis::domain::rules {

void safetyPlan(const Record& record, const Validator&, ValidationIssues& issues)
{
    const QString status = record.text(QStringLiteral("status"));
    requireIf(status == QLatin1String("active") || status == QLatin1String("superseded"), record,
              QStringLiteral("activated_at"), QStringLiteral("once a plan has been active"), issues);
    requireIf(status == QLatin1String("active"), record, QStringLiteral("review_date"),
              QStringLiteral("for an active plan, so it is not forgotten"), issues);
    const QString codeWord = QStringLiteral("code_word");
    if (record.has(codeWord) && record.text(codeWord).contains(QLatin1Char('\n')))
        addError(record, codeWord, QStringLiteral("must be a single word or short phrase on one line"), issues);
}

void safetyPlanItem(const Record& record, const Validator&, ValidationIssues& issues)
{
    const QString section = record.text(QStringLiteral("section"));
    requireIf(section == QLatin1String("unsafe"), record, QStringLiteral("rating"),
              QStringLiteral("for an unsafe place, area or person (red, amber or green)"), issues);
    forbidUnless(section == QLatin1String("unsafe"), record, {QStringLiteral("rating")},
                 QStringLiteral("unsafe places, areas and people"), issues);
    requireIf(section == QLatin1String("action"), record, QStringLiteral("who"),
              QStringLiteral("for an agreed action"), issues);
    forbidUnless(section == QLatin1String("action"), record, {QStringLiteral("who"), QStringLiteral("due_date")},
                 QStringLiteral("agreed actions"), issues);
    requireIf(section == QLatin1String("trusted_adult"), record, QStringLiteral("trusted_adult_id"),
              QStringLiteral("to link a trusted adult"), issues);
    forbidUnless(section == QLatin1String("trusted_adult"), record, {QStringLiteral("trusted_adult_id")},
                 QStringLiteral("trusted-adult links"), issues);
}

} // namespace trellis::domain::rules
