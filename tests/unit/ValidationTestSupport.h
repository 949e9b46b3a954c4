#pragma once

// Shared by the validation tests (tst_validation, tst_entity_rules): valid records that between
// them fill every field of every entity, and checks of what the validator says about them. Every
// name, number and id is fictional.

#include "domain/Entities.h"
#include "domain/Validator.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace trellis::test::validationsupport {

using domain::Entities;
using domain::FieldDef;
using domain::Record;
using domain::ValidationIssue;
using domain::ValidationIssues;
using domain::Validator;
namespace entity = domain::entity;

// Every test validates as of this day, so none depends on the real date.
inline const QDate kToday(2026, 11, 26);
inline const QDateTime kNow(kToday, QTime(9, 30), Qt::UTC);
inline const QString kAuthor = QStringLiteral("casey.worker");

// Fictional record ids, one family per entity.
inline const QString kWorkerId = QStringLiteral("a0000000-0000-4000-8000-000000000001");
inline const QString kYoungPersonId = QStringLiteral("b0000000-0000-4000-8000-000000000001");
inline const QString kTrustedAdultId = QStringLiteral("c0000000-0000-4000-8000-000000000001");
inline const QString kLinkId = QStringLiteral("d0000000-0000-4000-8000-000000000001");
inline const QString kInterventionId = QStringLiteral("e0000000-0000-4000-8000-000000000001");
inline const QString kContactId = QStringLiteral("f0000000-0000-4000-8000-000000000001");
inline const QString kSafetyPlanId = QStringLiteral("10000000-0000-4000-8000-000000000001");
inline const QString kAuditEventId = QStringLiteral("40000000-0000-4000-8000-000000000001");
inline QString itemId(int n) { return QStringLiteral("20000000-0000-4000-8000-00000000000%1").arg(n); }
inline QString episodeId(int n) { return QStringLiteral("30000000-0000-4000-8000-00000000000%1").arg(n); }

inline QVariant number(qlonglong n) { return QVariant::fromValue<qlonglong>(n); }
inline QVariant day(int y, int m, int d) { return QDate(y, m, d); }
inline QVariant moment(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

using Values = QList<std::pair<const char*, QVariant>>;

inline Record make(const QString& entity, const QString& id, const Values& values)
{
    Record record(Entities::get(entity));
    record.set(QStringLiteral("id"), id);
    for (const auto& [name, value] : values)
        record.set(QString::fromLatin1(name), value);
    record.stampNew(kAuthor, kNow);
    return record;
}

// Valid records that between them fill every field of every entity (checked by
// everyFieldIsFilledBySomeValidRecord). Named "<entity>" or "<entity>/<kind>".
inline const QList<std::pair<QString, Record>>& fullRecords()
{
    static const QList<std::pair<QString, Record>> records{
        {entity::Worker, make(entity::Worker, kWorkerId,
                              {{"login", "casey.worker"},
                               {"display_name", "Casey Testworker"},
                               {"team", "Fictional Youth Justice Team"},
                               {"role", "caseworker"}})},
        {entity::YoungPerson,
         make(entity::YoungPerson, kYoungPersonId,
              {{"reference", "YP-00042"},
               {"given_name", "Jordan"},
               {"family_name", "Example"},
               {"preferred_name", "Jo"},
               {"date_of_birth", day(2010, 3, 14)},
               {"gender", "not_stated"},
               {"ethnicity", "not_stated"},
               {"postcode_district", "SE15"},
               {"lead_worker_id", kWorkerId},
               {"status", "open"},
               {"ete_status", "school"},
               {"ete_provider", "Fictional Academy"},
               {"send_status", "sen_support"},
               {"care_status", "child_in_need"},
               {"suitable_accommodation", "yes"},
               {"learning_plan", "yes"},
               {"mental_health", "intervention_offered"},
               {"substance_misuse", "no_need"},
               {"flag_cce", true},
               {"flag_cse", false},
               {"flag_county_lines", true},
               {"flag_gang_affected", false},
               {"flag_missing_risk", true},
               {"flag_knife_crime_victim", false},
               {"flag_domestic_abuse", false},
               {"safety_wellbeing", "high"},
               {"risk_serious_harm", "medium"},
               {"reoffending_likelihood", "medium"},
               {"next_review_date", day(2027, 1, 20)},
               {"next_contact_due", day(2026, 12, 1)}})},
        {entity::TrustedAdult, make(entity::TrustedAdult, kTrustedAdultId,
                                    {{"given_name", "Sam"},
                                     {"family_name", "Example"},
                                     {"relationship", "aunt"},
                                     {"phone_primary", "+442079460000"},
                                     {"phone_secondary", "+441134960123"},
                                     {"email", "sam.example@example.org"},
                                     {"availability", "Weekday evenings"},
                                     {"consent", "given"},
                                     {"consent_checked_on", day(2026, 11, 2)},
                                     {"do_not_contact", true},
                                     {"do_not_contact_reason", "Contact only through the school (fictional)"},
                                     {"verified_by", "Casey Testworker"},
                                     {"verified_on", day(2026, 11, 2)},
                                     {"notes", "Fictional notes.\nSecond line."}})},
        {entity::TrustedAdultLink, make(entity::TrustedAdultLink, kLinkId,
                                        {{"young_person_id", kYoungPersonId},
                                         {"trusted_adult_id", kTrustedAdultId},
                                         {"role", "trusted_adult"}})},
        {entity::Intervention, make(entity::Intervention, kInterventionId,
                                    {{"young_person_id", kYoungPersonId},
                                     {"type", "referral_order"},
                                     {"legal_status", "Referral order, six months"},
                                     {"outcome_date", day(2026, 8, 14)},
                                     {"start_date", day(2026, 8, 14)},
                                     {"end_date", day(2027, 2, 13)},
                                     {"offence_category", "Theft (fictional)"},
                                     {"offence_date", day(2026, 5, 2)}})},
        {entity::Contact, make(entity::Contact, kContactId,
                               {{"young_person_id", kYoungPersonId},
                                {"occurred_at", moment(2026, 11, 24, 15, 0)},
                                {"duration_minutes", number(45)},
                                {"kind", "home_visit"},
                                {"attendance", "attended"},
                                {"present", "Jordan and a parent"},
                                {"summary", "Went through the safety plan together."},
                                {"next_contact_due", day(2026, 12, 1)}})},
        {entity::SafetyPlan, make(entity::SafetyPlan, kSafetyPlanId,
                                  {{"young_person_id", kYoungPersonId},
                                   {"version", number(2)},
                                   {"status", "active"},
                                   {"code_word", "blue kite"},
                                   {"own_words", "If I feel unsafe I go to the library and call Sam."},
                                   {"review_date", day(2027, 1, 15)},
                                   {"agreed_young_person_on", day(2026, 11, 20)},
                                   {"agreed_carer_on", day(2026, 11, 21)},
                                   {"agreed_practitioner_on", day(2026, 11, 20)},
                                   {"activated_at", moment(2026, 11, 21, 10, 0)}})},
        {entity::SafetyPlanItem + QStringLiteral("/unsafe"),
         make(entity::SafetyPlanItem, itemId(1),
              {{"safety_plan_id", kSafetyPlanId},
               {"section", "unsafe"},
               {"position", number(0)},
               {"text", "The underpass by the station (fictional)"},
               {"rating", "red"},
               {"notes", "After dark only"}})},
        {entity::SafetyPlanItem + QStringLiteral("/action"),
         make(entity::SafetyPlanItem, itemId(2),
              {{"safety_plan_id", kSafetyPlanId},
               {"section", "action"},
               {"position", number(1)},
               {"text", "Book a first CAMHS appointment"},
               {"who", "Case manager"},
               {"due_date", day(2026, 12, 10)}})},
        {entity::SafetyPlanItem + QStringLiteral("/trusted_adult"),
         make(entity::SafetyPlanItem, itemId(3),
              {{"safety_plan_id", kSafetyPlanId},
               {"section", "trusted_adult"},
               {"position", number(2)},
               {"text", "Aunt Sam"},
               {"trusted_adult_id", kTrustedAdultId}})},
        {entity::Episode + QStringLiteral("/missing"),
         make(entity::Episode, episodeId(1),
              {{"young_person_id", kYoungPersonId},
               {"kind", "missing"},
               {"start_date", day(2026, 10, 1)},
               {"end_date", day(2026, 10, 2)},
               {"return_interview_date", day(2026, 10, 4)},
               {"notes", "Found by police at a friend's flat (fictional)."}})},
        {entity::Episode + QStringLiteral("/nrm"), make(entity::Episode, episodeId(2),
                                                        {{"young_person_id", kYoungPersonId},
                                                         {"kind", "nrm"},
                                                         {"start_date", day(2026, 6, 1)},
                                                         {"nrm_reasonable_grounds", "positive"},
                                                         {"nrm_reasonable_grounds_on", day(2026, 6, 20)},
                                                         {"nrm_conclusive_grounds", "positive"},
                                                         {"nrm_conclusive_grounds_on", day(2026, 10, 15)}})},
        {entity::Episode + QStringLiteral("/exclusion"), make(entity::Episode, episodeId(3),
                                                              {{"young_person_id", kYoungPersonId},
                                                               {"kind", "exclusion"},
                                                               {"start_date", day(2026, 9, 10)},
                                                               {"exclusion_kind", "suspension"},
                                                               {"exclusion_days", number(3)}})},
        {entity::Episode + QStringLiteral("/semh"), make(entity::Episode, episodeId(4),
                                                         {{"young_person_id", kYoungPersonId},
                                                          {"kind", "semh"},
                                                          {"start_date", day(2026, 9, 1)},
                                                          {"first_appointment_date", day(2026, 9, 22)}})},
        {entity::Episode + QStringLiteral("/knife_crime"), make(entity::Episode, episodeId(5),
                                                                {{"young_person_id", kYoungPersonId},
                                                                 {"kind", "knife_crime"},
                                                                 {"start_date", day(2026, 6, 12)},
                                                                 {"notes", "Fictional: reported by the school"}})},
        {entity::AuditEvent, make(entity::AuditEvent, kAuditEventId,
                                  {{"occurred_at", kNow},
                                   {"actor", "casey.worker"},
                                   {"action", "export"},
                                   {"entity", "young_person"},
                                   {"entity_id", kYoungPersonId},
                                   {"record_count", number(12)}})},
    };
    return records;
}

inline Record fullRecord(const QString& name)
{
    for (const auto& [recordName, record] : fullRecords()) {
        if (recordName == name)
            return record;
    }
    qFatal("no full record named %s", qPrintable(name));
    return fullRecords().front().second;
}

// The entity's first full record with only its required fields, and the kind fields set to
// ones that need nothing more.
inline Record minimalRecord(const QString& entity)
{
    Record full = fullRecord(entity::SafetyPlanItem == entity ? entity + QStringLiteral("/unsafe")
                             : entity::Episode == entity      ? entity + QStringLiteral("/missing")
                                                              : entity);
    Record minimal(full.def());
    for (const FieldDef& field : full.def().fields) {
        if (field.required)
            minimal.set(field.name, full.value(field.name));
    }
    if (entity == entity::SafetyPlan)
        minimal.set(QStringLiteral("status"), QStringLiteral("draft"));
    if (entity == entity::SafetyPlanItem)
        minimal.set(QStringLiteral("section"), QStringLiteral("warning_sign"));
    if (entity == entity::TrustedAdult)
        minimal.set(QStringLiteral("consent"), QStringLiteral("not_asked"));
    return minimal;
}

inline ValidationIssues validate(Record& record) { return Validator(kToday).validate(record); }

inline QString describe(const ValidationIssues& issues)
{
    QStringList lines;
    for (const ValidationIssue& issue : issues) {
        lines << QStringLiteral("%1 on '%2': %3")
                     .arg(issue.isError() ? QStringLiteral("error") : QStringLiteral("warning"), issue.field,
                          issue.toString());
    }
    return lines.isEmpty() ? QStringLiteral("no issues") : lines.join(QStringLiteral("; "));
}

// Every issue names a field, carries that field's label and says something.
inline QString malformedIssues(const Record& record, const ValidationIssues& issues)
{
    for (const ValidationIssue& issue : issues) {
        const FieldDef* def = record.def().field(issue.field);
        const QString expectedLabel = def ? def->label : issue.field;
        if (issue.field.isEmpty() || issue.message.isEmpty() || issue.label != expectedLabel)
            return QStringLiteral("malformed issue: ") + describe({issue});
    }
    return {};
}

// Empty when `issues` hold an issue of `severity` on `field` whose message contains `phrase`.
inline QString missingIssue(const Record& record, const ValidationIssues& issues, const QString& field,
                            const QString& phrase,
                            ValidationIssue::Severity severity = ValidationIssue::Severity::Error)
{
    if (const QString malformed = malformedIssues(record, issues); !malformed.isEmpty())
        return malformed;
    for (const ValidationIssue& issue : issues) {
        if (issue.field == field && issue.severity == severity && issue.message.contains(phrase))
            return {};
    }
    return QStringLiteral("expected %1 on '%2' containing \"%3\", got: %4")
        .arg(severity == ValidationIssue::Severity::Error ? QStringLiteral("an error") : QStringLiteral("a warning"),
             field, phrase, describe(issues));
}

// As missingIssue, and no other field has an error.
inline QString missingOnlyError(const Record& record, const ValidationIssues& issues, const QString& field,
                                const QString& phrase)
{
    if (const QString missing = missingIssue(record, issues, field, phrase); !missing.isEmpty())
        return missing;
    for (const ValidationIssue& issue : issues) {
        if (issue.isError() && issue.field != field)
            return QStringLiteral("expected errors only on '%1', got: %2").arg(field, describe(issues));
    }
    return {};
}

} // namespace trellis::test::validationsupport
