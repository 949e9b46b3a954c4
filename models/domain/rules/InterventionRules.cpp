#include "RuleHelpers.h"

namespace trellis::domain::rules {

void intervention(const Record& record, const Validator&, ValidationIssues& issues)
{
    requireOrder(record, QStringLiteral("start_date"), QStringLiteral("end_date"), issues);
    requireOrder(record, QStringLiteral("offence_date"), QStringLiteral("outcome_date"), issues);
    const QString type = record.text(QStringLiteral("type"));
    const bool criminal = type != QLatin1String("prevention");
    forbidUnless(criminal, record, {QStringLiteral("offence_category"), QStringLiteral("offence_date")},
                 QT_TRANSLATE_NOOP("Validation", "interventions that follow an offence"), issues);
}

} // namespace trellis::domain::rules
