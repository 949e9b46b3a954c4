#include "RuleHelpers.h"

namespace trellis::domain::rules {

void episode(const Record& record, const Validator&, ValidationIssues& issues)
{
    const QString kind = record.text(QStringLiteral("kind"));
    const bool missing = kind == QLatin1String("missing");
    const bool nrm = kind == QLatin1String("nrm");
    const bool exclusion = kind == QLatin1String("exclusion");
    const bool semh = kind == QLatin1String("semh");

    requireOrder(record, QStringLiteral("start_date"), QStringLiteral("end_date"), issues);
    forbidUnless(missing, record, {QStringLiteral("end_date"), QStringLiteral("return_interview_date")},
                 QT_TRANSLATE_NOOP("Validation", "missing episodes"), issues);
    requireIf(missing && record.has(QStringLiteral("return_interview_date")), record, QStringLiteral("end_date"),
              QT_TRANSLATE_NOOP("Validation", "before a return home interview can be recorded"), issues);
    requireOrder(record, QStringLiteral("end_date"), QStringLiteral("return_interview_date"), issues);

    const QStringList nrmFields{QStringLiteral("nrm_reasonable_grounds"), QStringLiteral("nrm_reasonable_grounds_on"),
                                QStringLiteral("nrm_conclusive_grounds"), QStringLiteral("nrm_conclusive_grounds_on")};
    forbidUnless(nrm, record, nrmFields, QT_TRANSLATE_NOOP("Validation", "NRM referrals"), issues);
    for (const QString& decision :
         {QStringLiteral("nrm_reasonable_grounds"), QStringLiteral("nrm_conclusive_grounds")}) {
        const QString on = decision + QStringLiteral("_on");
        const QString value = record.text(decision);
        requireIf(value == QLatin1String("positive") || value == QLatin1String("negative"), record, on,
                  QT_TRANSLATE_NOOP("Validation", "with a decision"), issues);
        requireOrder(record, QStringLiteral("start_date"), on, issues);
    }
    requireIf(nrm && record.has(QStringLiteral("nrm_conclusive_grounds")), record,
              QStringLiteral("nrm_reasonable_grounds"),
              QT_TRANSLATE_NOOP("Validation", "before a conclusive-grounds decision"), issues);
    requireOrder(record, QStringLiteral("nrm_reasonable_grounds_on"),
                 QStringLiteral("nrm_conclusive_grounds_on"), issues);

    forbidUnless(exclusion, record, {QStringLiteral("exclusion_kind"), QStringLiteral("exclusion_days")},
                 QT_TRANSLATE_NOOP("Validation", "school exclusions"), issues);
    requireIf(exclusion, record, QStringLiteral("exclusion_kind"), QT_TRANSLATE_NOOP("Validation", "for an exclusion"),
              issues);
    requireIf(exclusion && record.text(QStringLiteral("exclusion_kind")) == QLatin1String("suspension"), record,
              QStringLiteral("exclusion_days"), QT_TRANSLATE_NOOP("Validation", "for a suspension"), issues);

    forbidUnless(semh, record, {QStringLiteral("first_appointment_date")},
                 QT_TRANSLATE_NOOP("Validation", "SEMH referrals"), issues);
    requireOrder(record, QStringLiteral("start_date"), QStringLiteral("first_appointment_date"),
                 issues);
}

} // namespace trellis::domain::rules
