#include "TestStore.h"

#include "domain/Entities.h"
#include "domain/PhoneNumbers.h"
#include "domain/Validator.h"
#include "store/RecordRepository.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace trellis;
using namespace trellis::domain;
using namespace trellis::test;

namespace {

// Every test validates as of this day, so none depends on the real date.
const QDate kToday(2026, 11, 26);
const QDateTime kNow(kToday, QTime(9, 30), Qt::UTC);
const QString kAuthor = QStringLiteral("casey.worker");

// Fictional record ids, one family per entity.
const QString kWorkerId = QStringLiteral("a0000000-0000-4000-8000-000000000001");
const QString kYoungPersonId = QStringLiteral("b0000000-0000-4000-8000-000000000001");
const QString kTrustedAdultId = QStringLiteral("c0000000-0000-4000-8000-000000000001");
const QString kLinkId = QStringLiteral("d0000000-0000-4000-8000-000000000001");
const QString kInterventionId = QStringLiteral("e0000000-0000-4000-8000-000000000001");
const QString kContactId = QStringLiteral("f0000000-0000-4000-8000-000000000001");
const QString kSafetyPlanId = QStringLiteral("10000000-0000-4000-8000-000000000001");
const QString kAuditEventId = QStringLiteral("40000000-0000-4000-8000-000000000001");
QString itemId(int n) { return QStringLiteral("20000000-0000-4000-8000-00000000000%1").arg(n); }
QString episodeId(int n) { return QStringLiteral("30000000-0000-4000-8000-00000000000%1").arg(n); }

QVariant number(qlonglong n) { return QVariant::fromValue<qlonglong>(n); }
QVariant day(int y, int m, int d) { return QDate(y, m, d); }
QVariant moment(int y, int m, int d, int h, int min) { return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC); }

using Values = QList<std::pair<const char*, QVariant>>;

Record make(const QString& entity, const QString& id, const Values& values)
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
const QList<std::pair<QString, Record>>& fullRecords()
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

Record fullRecord(const QString& name)
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
Record minimalRecord(const QString& entity)
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

ValidationIssues validate(Record& record) { return Validator(kToday).validate(record); }

QString describe(const ValidationIssues& issues)
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
QString malformedIssues(const Record& record, const ValidationIssues& issues)
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
QString missingIssue(const Record& record, const ValidationIssues& issues, const QString& field, const QString& phrase,
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
QString missingOnlyError(const Record& record, const ValidationIssues& issues, const QString& field,
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

void apply(Record& record, const QVariantMap& changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        record.set(it.key(), it.value()); // an invalid QVariant clears the field
}

// The full record of the entity that fills `field`, by name.
QString fullRecordWith(const QString& entity, const QString& field)
{
    for (const auto& [name, record] : fullRecords()) {
        if (record.entity() == entity && record.has(field))
            return name;
    }
    return {};
}

QSet<QString> setOf(const QStringList& list) { return QSet<QString>(list.begin(), list.end()); }

QStringList sorted(QSet<QString> set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

} // namespace

class TestValidation : public QObject {
    Q_OBJECT
private slots:
    void everyFieldIsFilledBySomeValidRecord();
    void validRecordsPassUnchanged_data();
    void validRecordsPassUnchanged();
    void requiredFields_data();
    void requiredFields();
    void badFieldValues_data();
    void badFieldValues();
    void fieldBoundariesAccepted_data();
    void fieldBoundariesAccepted();
    void entityRulesReject_data();
    void entityRulesReject();
    void entityRulesAccept_data();
    void entityRulesAccept();
    void ageFromDateOfBirth_data();
    void ageFromDateOfBirth();
    void phoneNumbers_data();
    void phoneNumbers();
    void blankOptionalPhoneAndEmailAreNotRecorded();
    void emailAddresses_data();
    void emailAddresses();
    void postcodeDistricts_data();
    void postcodeDistricts();
    void textIsTrimmedAndControlCharactersRejected();
    void unknownFieldIsReported_data();
    void unknownFieldIsReported();
    void schemaHasEveryFieldAndNoOthers();
    void schemaNotNullColumnsAreRequired();
    void validRecordsAreAcceptedByTheStore();
};

void TestValidation::everyFieldIsFilledBySomeValidRecord()
{
    for (const EntityDef& def : Entities::all()) {
        for (const FieldDef& field : def.fields) {
            QVERIFY2(!fullRecordWith(def.name, field.name).isEmpty(),
                     qPrintable(QStringLiteral("no valid %1 record fills %2").arg(def.name, field.name)));
        }
    }
}

void TestValidation::validRecordsPassUnchanged_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("minimal");
    for (const auto& [name, record] : fullRecords())
        QTest::addRow("%s", qPrintable(name)) << name << false;
    for (const EntityDef& def : Entities::all())
        QTest::addRow("minimal %s", qPrintable(def.name)) << def.name << true;
}

void TestValidation::validRecordsPassUnchanged()
{
    QFETCH(QString, name);
    QFETCH(bool, minimal);
    Record record = minimal ? minimalRecord(name) : fullRecord(name);
    const auto before = record.values();
    const ValidationIssues issues = validate(record);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(record.values(), before);
    // Validating again finds nothing new: normalising is idempotent.
    QVERIFY2(validate(record).isEmpty(), qPrintable(describe(validate(record))));
}

void TestValidation::requiredFields_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("blank");
    for (const EntityDef& def : Entities::all()) {
        for (const FieldDef& field : def.fields) {
            if (!field.required)
                continue;
            QTest::addRow("%s.%s missing", qPrintable(def.name), qPrintable(field.name))
                << def.name << field.name << QVariant();
            QTest::addRow("%s.%s empty", qPrintable(def.name), qPrintable(field.name))
                << def.name << field.name << QVariant(QString());
            if (field.type == FieldType::Text) {
                QTest::addRow("%s.%s spaces only", qPrintable(def.name), qPrintable(field.name))
                    << def.name << field.name << QVariant(QStringLiteral("  \t "));
            }
        }
    }
}

void TestValidation::requiredFields()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(QVariant, blank);
    Record record = minimalRecord(entity);
    record.set(field, blank);
    const ValidationIssues issues = validate(record);
    const QString problem = missingOnlyError(record, issues, field, QStringLiteral("is required"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!record.has(field));
}

void TestValidation::badFieldValues_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("phrase");
    const QString notId = QStringLiteral("must be a record id");
    for (const EntityDef& def : Entities::all()) {
        for (const FieldDef& f : def.fields) {
            const QString record = fullRecordWith(def.name, f.name);
            const QByteArray tag = (def.name + QLatin1Char('.') + f.name).toUtf8();
            auto row = [&](const char* what, const QVariant& value, const QString& phrase) {
                QTest::addRow("%s %s", tag.constData(), what) << record << f.name << value << phrase;
            };
            switch (f.type) {
            case FieldType::Uuid:
            case FieldType::Reference:
                row("not a UUID", QStringLiteral("not-a-uuid"), notId);
                row("36 characters, not hex", QStringLiteral("zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz"), notId);
                row("in braces", QStringLiteral("{a0000000-0000-4000-8000-000000000001}"), notId);
                row("nil UUID", QStringLiteral("00000000-0000-0000-0000-000000000000"), notId);
                break;
            case FieldType::Text:
                if (f.maxLength > 0) {
                    row("too long", QString(f.maxLength + 1, QLatin1Char('x')),
                        QStringLiteral("at most %1 characters").arg(f.maxLength));
                }
                row("control character", QStringLiteral("a\x07z"), QStringLiteral("control characters"));
                break;
            case FieldType::Date:
                row("invalid date", QDate(), QStringLiteral("must be a date"));
                row("before 1900", QDate(1899, 12, 31), QStringLiteral("too far in the past"));
                if (f.notInFuture)
                    row("tomorrow", kToday.addDays(1), QStringLiteral("cannot be in the future"));
                else
                    row("over 5 years ahead", kToday.addYears(5).addDays(1), QStringLiteral("more than 5 years"));
                break;
            case FieldType::DateTime:
                row("invalid", QDateTime(), QStringLiteral("must be a date and time"));
                row("before 1900", QDateTime(QDate(1899, 12, 31), QTime(12, 0), Qt::UTC),
                    QStringLiteral("too far in the past"));
                row("the day after tomorrow", kNow.addDays(2), QStringLiteral("cannot be in the future"));
                break;
            case FieldType::Integer: {
                const QString range = QStringLiteral("must be between %1 and %2").arg(f.minimum).arg(f.maximum);
                row("below minimum", number(f.minimum - 1), range);
                row("above maximum", number(qlonglong(f.maximum) + 1), range);
                row("not a number", QStringLiteral("many"), QStringLiteral("whole number"));
                break;
            }
            case FieldType::Boolean:
                row("text", QStringLiteral("yes"), QStringLiteral("must be yes or no"));
                break;
            case FieldType::Enum:
                row("not a choice", QStringLiteral("not_a_choice"), QStringLiteral("must be one of: ") + f.choices[0]);
                row("choice in capitals", f.choices[0].toUpper(), QStringLiteral("must be one of"));
                break;
            case FieldType::Phone:
                row("letters", QStringLiteral("12ab"), QStringLiteral("digits"));
                row("too short", QStringLiteral("123"), QStringLiteral("number of digits"));
                break;
            case FieldType::Email:
                row("no @", QStringLiteral("not-an-email"), QStringLiteral("not an email address"));
                break;
            }
        }
    }
}

void TestValidation::badFieldValues()
{
    QFETCH(QString, record);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, phrase);
    Record r = fullRecord(record);
    r.set(field, value);
    const ValidationIssues issues = validate(r);
    const QString problem = missingIssue(r, issues, field, phrase);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Messages say what is wrong without repeating what was typed (it may be sensitive).
    if (value.typeId() == QMetaType::QString && value.toString().size() >= 4) {
        for (const ValidationIssue& issue : issues)
            QVERIFY2(!issue.message.contains(value.toString()), qPrintable(issue.toString()));
    }
}

void TestValidation::fieldBoundariesAccepted_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    for (const EntityDef& def : Entities::all()) {
        for (const FieldDef& f : def.fields) {
            const QString record = fullRecordWith(def.name, f.name);
            const QByteArray tag = (def.name + QLatin1Char('.') + f.name).toUtf8();
            auto row = [&](const char* what, const QVariant& value) {
                QTest::addRow("%s %s", tag.constData(), what) << record << f.name << value;
            };
            switch (f.type) {
            case FieldType::Text:
                if (f.name == QLatin1String("postcode_district"))
                    row("longest", QStringLiteral("SW1A"));
                else if (f.maxLength > 0)
                    row("longest", QString(f.maxLength, QLatin1Char('x')));
                break;
            case FieldType::Date:
                row("1 January 1900", QDate(1900, 1, 1));
                row(f.notInFuture ? "today" : "5 years ahead", f.notInFuture ? kToday : kToday.addYears(5));
                break;
            case FieldType::DateTime:
                row("end of tomorrow, allowing for clocks", QDateTime(kToday.addDays(1), QTime(23, 59), Qt::UTC));
                break;
            case FieldType::Integer:
                row("minimum", number(f.minimum));
                row("maximum", number(f.maximum));
                break;
            default:
                break;
            }
        }
    }
}

void TestValidation::fieldBoundariesAccepted()
{
    QFETCH(QString, record);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    Record r = fullRecord(record);
    r.set(field, value);
    const ValidationIssues issues = validate(r);
    // Only the field's own checks: a boundary date may still break an entity rule (a start
    // date five years ahead is after the end date), which entityRulesReject covers.
    const QStringList fieldCheckPhrases{"is too long",         "control characters",      "must be a date",
                                        "too far in the past", "cannot be in the future", "years ahead",
                                        "must be between",     "whole number"};
    for (const ValidationIssue& issue : issues) {
        if (issue.field != field)
            continue;
        for (const QString& phrase : fieldCheckPhrases)
            QVERIFY2(!issue.message.contains(phrase), qPrintable(describe(issues)));
    }
}

void TestValidation::entityRulesReject_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QVariantMap>("changes");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("phrase");
    const QVariant none;
    auto row = [](const char* tag, const QString& record, const QVariantMap& changes, const char* field,
                  const char* phrase) {
        QTest::newRow(tag) << record << changes << QString::fromLatin1(field) << QString::fromUtf8(phrase);
    };
    const QString item = entity::SafetyPlanItem;
    const QString episode = entity::Episode;

    row("worker login with capitals", entity::Worker, {{"login", "Casey.Worker"}}, "login", "lower-case letter");
    row("young person reference with a space", entity::YoungPerson, {{"reference", "YP 42"}}, "reference",
        "letters, digits, hyphens and slashes");

    row("do not contact without a reason", entity::TrustedAdult, {{"do_not_contact_reason", none}},
        "do_not_contact_reason", "is required when an adult must not be contacted");
    row("consent given without a date", entity::TrustedAdult, {{"consent_checked_on", none}}, "consent_checked_on",
        "is required once consent has been asked");
    row("consent refused without a date", entity::TrustedAdult,
        {{"consent", "refused"}, {"consent_checked_on", none}}, "consent_checked_on", "once consent has been asked");
    row("verified on without by whom", entity::TrustedAdult, {{"verified_by", none}}, "verified_by",
        "when a verification date is recorded");
    row("other phone without a main phone", entity::TrustedAdult, {{"phone_primary", none}}, "phone_primary",
        "before another number is added");

    row("intervention ends before it starts", entity::Intervention, {{"end_date", day(2026, 8, 13)}}, "end_date",
        "cannot be before the start date");
    row("outcome before the offence", entity::Intervention, {{"outcome_date", day(2026, 5, 1)}}, "outcome_date",
        "cannot be before the offence date");
    row("offence category on prevention", entity::Intervention, {{"type", "prevention"}, {"offence_date", none}},
        "offence_category", "only applies to interventions that follow an offence");
    row("offence date on prevention", entity::Intervention, {{"type", "prevention"}, {"offence_category", none}},
        "offence_date", "only applies to interventions that follow an offence");

    row("next contact due before the contact", entity::Contact, {{"next_contact_due", day(2026, 11, 23)}},
        "next_contact_due", "cannot be before the contact");
    row("did not attend with a duration", entity::Contact, {{"attendance", "did_not_attend"}}, "duration_minutes",
        "must be 0 when the contact did not take place");
    row("cancelled with a duration", entity::Contact, {{"attendance", "cancelled"}}, "duration_minutes",
        "must be 0 when the contact did not take place");

    row("active plan without activated at", entity::SafetyPlan, {{"activated_at", none}}, "activated_at",
        "is required once a plan has been active");
    row("superseded plan without activated at", entity::SafetyPlan, {{"status", "superseded"}, {"activated_at", none}},
        "activated_at", "is required once a plan has been active");
    row("active plan without a review date", entity::SafetyPlan, {{"review_date", none}}, "review_date",
        "is required for an active plan");
    row("code word on two lines", entity::SafetyPlan, {{"code_word", "blue\nkite"}}, "code_word", "on one line");

    row("unsafe item without a rating", item + "/unsafe", {{"rating", none}}, "rating",
        "is required for an unsafe place, area or person");
    row("rating on a trusted adult item", item + "/trusted_adult", {{"rating", "amber"}}, "rating",
        "only applies to unsafe places, areas and people");
    row("rating on a warning sign", item + "/unsafe", {{"section", "warning_sign"}}, "rating",
        "only applies to unsafe places");
    row("action without who", item + "/action", {{"who", none}}, "who", "is required for an agreed action");
    row("who on an unsafe item", item + "/unsafe", {{"who", "Case manager"}}, "who", "only applies to agreed actions");
    row("due date on an unsafe item", item + "/unsafe", {{"due_date", day(2026, 12, 10)}}, "due_date",
        "only applies to agreed actions");
    row("trusted adult item without the adult", item + "/trusted_adult", {{"trusted_adult_id", none}},
        "trusted_adult_id", "is required to link a trusted adult");
    row("trusted adult id on an unsafe item", item + "/unsafe", {{"trusted_adult_id", kTrustedAdultId}},
        "trusted_adult_id", "only applies to trusted-adult links");

    row("missing episode ends before it starts", episode + "/missing", {{"end_date", day(2026, 9, 30)}}, "end_date",
        "cannot be before the start date");
    row("return home interview before the episode ended", episode + "/missing",
        {{"return_interview_date", day(2026, 10, 1)}}, "return_interview_date", "cannot be before the end date");
    row("return home interview without an end date", episode + "/missing", {{"end_date", none}}, "end_date",
        "is required before a return home interview can be recorded");
    row("return home interview on an SEMH referral", episode + "/semh", {{"return_interview_date", day(2026, 9, 2)}},
        "return_interview_date", "only applies to missing episodes");
    row("end date on an NRM referral", episode + "/nrm", {{"end_date", day(2026, 7, 1)}}, "end_date",
        "only applies to missing episodes");
    row("NRM decision on a missing episode", episode + "/missing", {{"nrm_reasonable_grounds", "pending"}},
        "nrm_reasonable_grounds", "only applies to NRM referrals");
    row("NRM decision date on an exclusion", episode + "/exclusion", {{"nrm_conclusive_grounds_on", day(2026, 9, 11)}},
        "nrm_conclusive_grounds_on", "only applies to NRM referrals");
    row("reasonable-grounds decision without a date", episode + "/nrm", {{"nrm_reasonable_grounds_on", none}},
        "nrm_reasonable_grounds_on", "is required with a decision");
    row("conclusive-grounds decision without a date", episode + "/nrm", {{"nrm_conclusive_grounds_on", none}},
        "nrm_conclusive_grounds_on", "is required with a decision");
    row("conclusive without reasonable grounds", episode + "/nrm",
        {{"nrm_reasonable_grounds", none}, {"nrm_reasonable_grounds_on", none}}, "nrm_reasonable_grounds",
        "is required before a conclusive-grounds decision");
    row("conclusive before reasonable grounds", episode + "/nrm", {{"nrm_conclusive_grounds_on", day(2026, 6, 19)}},
        "nrm_conclusive_grounds_on", "cannot be before the reasonable-grounds decision date");
    row("decision before the referral", episode + "/nrm", {{"nrm_reasonable_grounds_on", day(2026, 5, 31)}},
        "nrm_reasonable_grounds_on", "cannot be before the start date");
    row("exclusion without its kind", episode + "/exclusion", {{"exclusion_kind", none}}, "exclusion_kind",
        "is required for an exclusion");
    row("suspension without days", episode + "/exclusion", {{"exclusion_days", none}}, "exclusion_days",
        "is required for a suspension");
    row("exclusion kind on an SEMH referral", episode + "/semh", {{"exclusion_kind", "permanent"}}, "exclusion_kind",
        "only applies to school exclusions");
    row("exclusion days on a missing episode", episode + "/missing", {{"exclusion_days", number(2)}},
        "exclusion_days", "only applies to school exclusions");
    row("SEMH first appointment before the referral", episode + "/semh",
        {{"first_appointment_date", day(2026, 8, 31)}}, "first_appointment_date", "cannot be before the start date");
    row("first appointment on an exclusion", episode + "/exclusion", {{"first_appointment_date", day(2026, 9, 22)}},
        "first_appointment_date", "only applies to SEMH referrals");
}

void TestValidation::entityRulesReject()
{
    QFETCH(QString, record);
    QFETCH(QVariantMap, changes);
    QFETCH(QString, field);
    QFETCH(QString, phrase);
    Record r = fullRecord(record);
    apply(r, changes);
    const ValidationIssues issues = validate(r);
    const QString problem = missingOnlyError(r, issues, field, phrase);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestValidation::entityRulesAccept_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QVariantMap>("changes");
    const QVariant none;
    const QString item = entity::SafetyPlanItem;
    const QString episode = entity::Episode;

    QTest::newRow("adult who may be contacted needs no reason")
        << QString(entity::TrustedAdult) << QVariantMap{{"do_not_contact", false}, {"do_not_contact_reason", none}};
    QTest::newRow("consent not asked needs no date")
        << QString(entity::TrustedAdult) << QVariantMap{{"consent", "not_asked"}, {"consent_checked_on", none}};
    QTest::newRow("intervention ending the day it starts")
        << QString(entity::Intervention) << QVariantMap{{"end_date", day(2026, 8, 14)}};
    QTest::newRow("prevention without an offence")
        << QString(entity::Intervention)
        << QVariantMap{{"type", "prevention"}, {"offence_category", none}, {"offence_date", none}};
    QTest::newRow("did not attend, no duration")
        << QString(entity::Contact) << QVariantMap{{"attendance", "did_not_attend"}, {"duration_minutes", number(0)}};
    QTest::newRow("cancelled, no duration")
        << QString(entity::Contact) << QVariantMap{{"attendance", "cancelled"}, {"duration_minutes", number(0)}};
    QTest::newRow("next contact due the same day")
        << QString(entity::Contact) << QVariantMap{{"next_contact_due", day(2026, 11, 24)}};
    QTest::newRow("draft plan not yet activated or reviewed")
        << QString(entity::SafetyPlan)
        << QVariantMap{{"status", "draft"}, {"activated_at", none}, {"review_date", none}};
    QTest::newRow("superseded plan without a review date")
        << QString(entity::SafetyPlan) << QVariantMap{{"status", "superseded"}, {"review_date", none}};
    QTest::newRow("green unsafe item") << item + "/unsafe" << QVariantMap{{"rating", "green"}};
    QTest::newRow("action without a due date") << item + "/action" << QVariantMap{{"due_date", none}};
    QTest::newRow("missing episode not yet over")
        << episode + "/missing" << QVariantMap{{"end_date", none}, {"return_interview_date", none}};
    QTest::newRow("missing for a day, interview the same day")
        << episode + "/missing"
        << QVariantMap{{"end_date", day(2026, 10, 1)}, {"return_interview_date", day(2026, 10, 1)}};
    QTest::newRow("NRM referral awaiting decisions")
        << episode + "/nrm"
        << QVariantMap{{"nrm_reasonable_grounds", "pending"},
                       {"nrm_reasonable_grounds_on", none},
                       {"nrm_conclusive_grounds", none},
                       {"nrm_conclusive_grounds_on", none}};
    QTest::newRow("NRM decision the day of referral")
        << episode + "/nrm" << QVariantMap{{"nrm_reasonable_grounds_on", day(2026, 6, 1)}};
    QTest::newRow("permanent exclusion without days")
        << episode + "/exclusion" << QVariantMap{{"exclusion_kind", "permanent"}, {"exclusion_days", none}};
    QTest::newRow("SEMH appointment the day of referral")
        << episode + "/semh" << QVariantMap{{"first_appointment_date", day(2026, 9, 1)}};
    QTest::newRow("SEMH referral still waiting") << episode + "/semh" << QVariantMap{{"first_appointment_date", none}};
}

void TestValidation::entityRulesAccept()
{
    QFETCH(QString, record);
    QFETCH(QVariantMap, changes);
    Record r = fullRecord(record);
    apply(r, changes);
    const ValidationIssues issues = validate(r);
    QVERIFY2(!hasErrors(issues), qPrintable(describe(issues)));
}

void TestValidation::ageFromDateOfBirth_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("dateOfBirth");
    QTest::addColumn<QString>("phrase"); // empty when the date is accepted

    const QString range = QStringLiteral("Trellis holds young people aged 8 to 25");
    QTest::newRow("8 today") << kToday << QDate(2018, 11, 26) << QString();
    QTest::newRow("7, 8 tomorrow") << kToday << QDate(2018, 11, 27) << QStringLiteral("age of 7; ") + range;
    QTest::newRow("10") << kToday << QDate(2016, 5, 1) << QString();
    QTest::newRow("25 today") << kToday << QDate(2001, 11, 26) << QString();
    QTest::newRow("25, 26 tomorrow") << kToday << QDate(2000, 11, 27) << QString();
    QTest::newRow("26 today") << kToday << QDate(2000, 11, 26) << QStringLiteral("age of 26; ") + range;
    QTest::newRow("40") << kToday << QDate(1986, 1, 1) << QStringLiteral("age of 40");
    QTest::newRow("born today") << kToday << kToday << QStringLiteral("age of 0");
    QTest::newRow("born tomorrow") << kToday << kToday.addDays(1) << QStringLiteral("cannot be in the future");
    // A 29 February birthday comes round on 1 March in other years.
    QTest::newRow("leap-day birth, 25 on 28 Feb") << QDate(2026, 2, 28) << QDate(2000, 2, 29) << QString();
    QTest::newRow("leap-day birth, 26 on 1 Mar")
        << QDate(2026, 3, 1) << QDate(2000, 2, 29) << QStringLiteral("age of 26");
    QTest::newRow("leap-day birth, 7 on 28 Feb")
        << QDate(2024, 2, 28) << QDate(2016, 2, 29) << QStringLiteral("age of 7");
    QTest::newRow("leap-day birth, 8 on 29 Feb") << QDate(2024, 2, 29) << QDate(2016, 2, 29) << QString();
}

void TestValidation::ageFromDateOfBirth()
{
    QFETCH(QDate, today);
    QFETCH(QDate, dateOfBirth);
    QFETCH(QString, phrase);
    Record record = fullRecord(entity::YoungPerson);
    record.set(QStringLiteral("date_of_birth"), dateOfBirth);
    // Keep the record's other dates in the window of the day the check is made.
    record.set(QStringLiteral("created_at"), QDateTime(today, QTime(9, 0), Qt::UTC));
    record.set(QStringLiteral("updated_at"), QDateTime(today, QTime(9, 0), Qt::UTC));
    const ValidationIssues issues = Validator(today).validate(record);
    if (phrase.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    } else {
        const QString problem = missingOnlyError(record, issues, QStringLiteral("date_of_birth"), phrase);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestValidation::phoneNumbers_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("severity"); // -1 none, else ValidationIssue::Severity
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("phrase");
    const int none = -1;
    const int warning = int(ValidationIssue::Severity::Warning);
    const int error = int(ValidationIssue::Severity::Error);
    const QString primary = QStringLiteral("phone_primary");
    const QString secondary = QStringLiteral("phone_secondary");
    const QString london = QStringLiteral("+442079460000");

    QTest::newRow("London landline") << primary << "020 7946 0000" << none << london << QString();
    QTest::newRow("Leeds landline") << primary << "0113 496 0123" << none << "+441134960123" << QString();
    QTest::newRow("no spaces") << primary << "02079460000" << none << london << QString();
    QTest::newRow("international form") << primary << "+44 20 7946 0018" << none << "+442079460018" << QString();
    QTest::newRow("brackets and hyphen") << secondary << "(020) 7946-0999" << none << "+442079460999" << QString();
    QTest::newRow("surrounding spaces") << secondary << "  020 7946 0000  " << none << london << QString();
    QTest::newRow("drama mobile") << primary << "07700 900123" << warning << "+447700900123"
                                  << "check it with the person";
    QTest::newRow("drama mobile, other number") << secondary << "07700900999" << warning << "+447700900999"
                                                << "check it with the person";
    QTest::newRow("letters") << primary << "12ab" << error << "12ab" << "may only hold digits";
    QTest::newRow("email address") << secondary << "sam@example.org" << error << "sam@example.org"
                                   << "may only hold digits";
    QTest::newRow("too short") << primary << "123" << error << "123" << "check the number of digits";
    QTest::newRow("too long") << primary << "020 7946 0000 0000" << error << "020 7946 0000 0000"
                              << "check the number of digits";
    // A length libphonenumber calls possible only locally cannot be dialled: an error, not a warning.
    QTest::newRow("mobile prefix only") << primary << "07700" << error << "07700" << "check the number of digits";
}

void TestValidation::phoneNumbers()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(int, severity);
    QFETCH(QString, stored);
    QFETCH(QString, phrase);
    Record record = fullRecord(entity::TrustedAdult);
    record.set(field, input);
    const ValidationIssues issues = validate(record);
    if (severity < 0) {
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    } else {
        const auto expected = ValidationIssue::Severity(severity);
        const QString problem = missingIssue(record, issues, field, phrase, expected);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(issues.size(), 1);
        QVERIFY2(!issues[0].message.contains(input.trimmed()), qPrintable(issues[0].message));
        // A warning lets the worker save; an error does not.
        QCOMPARE(hasErrors(issues), expected == ValidationIssue::Severity::Error);
    }
    QCOMPARE(record.text(field), stored);
}

void TestValidation::blankOptionalPhoneAndEmailAreNotRecorded()
{
    Record record = fullRecord(entity::TrustedAdult);
    record.set(QStringLiteral("phone_primary"), QStringLiteral("   "));
    record.set(QStringLiteral("phone_secondary"), QVariant());
    record.set(QStringLiteral("email"), QStringLiteral(" \t "));
    const ValidationIssues issues = validate(record);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    // Nothing left behind that the store would have to hold as an empty string.
    QVERIFY(!record.values().contains(QStringLiteral("phone_primary")));
    QVERIFY(!record.values().contains(QStringLiteral("email")));
}

void TestValidation::emailAddresses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("stored"); // empty when rejected

    QTest::newRow("plain") << "sam.example@example.org" << "sam.example@example.org";
    QTest::newRow("plus and subdomain") << "sam+yjs@mail.example.co.uk" << "sam+yjs@mail.example.co.uk";
    QTest::newRow("surrounding spaces") << "  sam@example.org " << "sam@example.org";
    QTest::newRow("no @") << "sam.example.org" << QString();
    QTest::newRow("nothing after @") << "sam@" << QString();
    QTest::newRow("no dot in domain") << "sam@example" << QString();
    QTest::newRow("space inside") << "sam example@example.org" << QString();
    QTest::newRow("two @") << "sam@home@example.org" << QString();
    QTest::newRow("longer than 254") << QString(250, QLatin1Char('s')) + "@example.org" << QString();
}

void TestValidation::emailAddresses()
{
    QFETCH(QString, input);
    QFETCH(QString, stored);
    Record record = fullRecord(entity::TrustedAdult);
    record.set(QStringLiteral("email"), input);
    const ValidationIssues issues = validate(record);
    if (stored.isEmpty()) {
        const QString problem =
            missingOnlyError(record, issues, QStringLiteral("email"), QStringLiteral("is not an email address"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        QCOMPARE(record.text(QStringLiteral("email")), stored);
    }
}

void TestValidation::postcodeDistricts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("stored"); // empty when rejected

    QTest::newRow("SE15") << "SE15" << "SE15";
    QTest::newRow("M1") << "M1" << "M1";
    QTest::newRow("B33") << "B33" << "B33";
    QTest::newRow("EC1A") << "EC1A" << "EC1A";
    QTest::newRow("lower case is put in capitals") << "se15" << "SE15";
    QTest::newRow("spaces trimmed") << " m1 " << "M1";
    QTest::newRow("full postcode") << "SE15 4AB" << QString();
    QTest::newRow("full postcode, short district") << "M1 1AE" << QString();
    QTest::newRow("full postcode without a space") << "SE154AB" << QString();
    QTest::newRow("space inside") << "SE 1" << QString();
    QTest::newRow("digits first") << "15SE" << QString();
    QTest::newRow("one letter") << "S" << QString();
}

void TestValidation::postcodeDistricts()
{
    QFETCH(QString, input);
    QFETCH(QString, stored);
    const QString field = QStringLiteral("postcode_district");
    Record record = fullRecord(entity::YoungPerson);
    record.set(field, input);
    const ValidationIssues issues = validate(record);
    if (stored.isEmpty()) {
        const QString problem = missingOnlyError(record, issues, field, QStringLiteral("first half of a postcode"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        QCOMPARE(record.text(field), stored);
    }
}

void TestValidation::textIsTrimmedAndControlCharactersRejected()
{
    Record record = fullRecord(entity::YoungPerson);
    record.set(QStringLiteral("given_name"), QStringLiteral("  Jordan\t"));
    record.set(QStringLiteral("preferred_name"), QStringLiteral("   "));
    ValidationIssues issues = validate(record);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    QCOMPARE(record.text(QStringLiteral("given_name")), QStringLiteral("Jordan"));
    QVERIFY(!record.values().contains(QStringLiteral("preferred_name")));

    // Line breaks and tabs belong in notes; other control characters cannot be printed.
    Record adult = fullRecord(entity::TrustedAdult);
    adult.set(QStringLiteral("notes"), QStringLiteral("First line\r\n\tSecond line"));
    issues = validate(adult);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    adult.set(QStringLiteral("notes"), QStringLiteral("First line\x1b[2JSecond"));
    issues = validate(adult);
    const QString problem =
        missingOnlyError(adult, issues, QStringLiteral("notes"), QStringLiteral("control characters"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestValidation::unknownFieldIsReported_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    for (const EntityDef& def : Entities::all())
        QTest::addRow("%s", qPrintable(def.name)) << def.name << QStringLiteral("favourite_colour");
    // Sync bookkeeping lives in the store, never in a record.
    QTest::newRow("server_version on a worker") << QString(entity::Worker) << QStringLiteral("server_version");
    QTest::newRow("created_at on an audit event") << QString(entity::AuditEvent) << QStringLiteral("created_at");
}

void TestValidation::unknownFieldIsReported()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    Record record = minimalRecord(entity);
    record.set(field, QStringLiteral("blue"));
    const ValidationIssues issues = validate(record);
    const QString problem =
        missingOnlyError(record, issues, field, QStringLiteral("is not a field of the ") + record.def().label + QStringLiteral(" record"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestValidation::schemaHasEveryFieldAndNoOthers()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    QStringList entityNames;
    for (const EntityDef& def : Entities::all()) {
        entityNames << def.name;
        auto info = db->prepare(QStringLiteral("PRAGMA table_info(%1)").arg(def.name));
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QSet<QString> inSql;
        while (info.value()->next())
            inSql << info.value()->text(1);
        QVERIFY2(!inSql.isEmpty(), qPrintable(QStringLiteral("no table %1 in the schema").arg(def.name)));
        QStringList expected = def.columnNames();
        if (def.syncable)
            expected << QStringLiteral("server_version") << QStringLiteral("dirty") << QStringLiteral("deleted");
        const QSet<QString> inDef = setOf(expected);
        QVERIFY2(inDef.size() == expected.size(), qPrintable(def.name + QStringLiteral(" defines a field twice")));
        const QStringList notInSql = sorted(inDef - inSql);
        const QStringList notInDef = sorted(inSql - inDef);
        QVERIFY2(notInSql.isEmpty() && notInDef.isEmpty(),
                 qPrintable(QStringLiteral("%1: fields with no column: [%2]; columns with no field: [%3]")
                                .arg(def.name, notInSql.join(QStringLiteral(", ")),
                                     notInDef.join(QStringLiteral(", ")))));
    }

    // And every caseload table (all but the store's own bookkeeping and its local drafts) is described by an entity.
    auto tables = db->prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                             "'sqlite_%' AND name NOT IN ('store_meta', 'draft')"));
    QVERIFY2(tables.ok(), qPrintable(tables.error().message));
    QSet<QString> tableNames;
    while (tables.value()->next())
        tableNames << tables.value()->text(0);
    QCOMPARE(sorted(tableNames), sorted(setOf(entityNames)));
}

void TestValidation::schemaNotNullColumnsAreRequired()
{
    // A column the store insists on, with no default, must be one the validator insists on,
    // or a record that passes validation fails to save.
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    for (const EntityDef& def : Entities::all()) {
        auto info = db->prepare(QStringLiteral("PRAGMA table_info(%1)").arg(def.name));
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        Statement& row = *info.value();
        while (row.next()) {
            const QString column = row.text(1);
            const bool notNull = row.integer(3) != 0;
            const bool hasDefault = !row.isNull(4);
            const FieldDef* field = def.field(column);
            if (!field || !notNull || hasDefault)
                continue;
            QVERIFY2(field->required, qPrintable(QStringLiteral("%1.%2 is NOT NULL in the schema but optional")
                                                     .arg(def.name, column)));
        }
    }
}

void TestValidation::validRecordsAreAcceptedByTheStore()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    RecordRepository repository(*db);

    QList<Record> records;
    for (const auto& [name, record] : fullRecords())
        records << record;
    // Minimal records under their own ids, with the values the schema keeps unique changed.
    int n = 0;
    for (const EntityDef& def : Entities::all()) {
        Record minimal = minimalRecord(def.name);
        minimal.set(QStringLiteral("id"), QStringLiteral("50000000-0000-4000-8000-0000000000%1").arg(++n, 2, 10,
                                                                                                   QLatin1Char('0')));
        if (def.name == entity::Worker)
            minimal.set(QStringLiteral("login"), QStringLiteral("min.worker"));
        if (def.name == entity::YoungPerson)
            minimal.set(QStringLiteral("reference"), QStringLiteral("YP-00043"));
        if (def.name == entity::SafetyPlan)
            minimal.set(QStringLiteral("version"), number(1));
        if (def.name == entity::TrustedAdult) {
            // Blank optional numbers and email are saved as not recorded.
            minimal.set(QStringLiteral("phone_primary"), QStringLiteral("  "));
            minimal.set(QStringLiteral("email"), QStringLiteral(" "));
        }
        if (def.name == entity::TrustedAdultLink)
            minimal.set(QStringLiteral("trusted_adult_id"), QStringLiteral("50000000-0000-4000-8000-000000000003"));
        records << minimal;
    }
    // Phone numbers as typed are saved in E.164.
    Record typed = fullRecord(entity::TrustedAdult);
    typed.set(QStringLiteral("id"), QStringLiteral("c0000000-0000-4000-8000-000000000002"));
    typed.set(QStringLiteral("phone_primary"), QStringLiteral("020 7946 0000"));
    typed.set(QStringLiteral("phone_secondary"), QStringLiteral("07700 900123"));
    records << typed;

    // In entity order, so every reference points to a record already saved.
    std::stable_sort(records.begin(), records.end(), [](const Record& a, const Record& b) {
        auto rank = [](const Record& r) {
            const auto& all = Entities::all();
            return std::find_if(all.begin(), all.end(), [&](const EntityDef& d) { return d.name == r.entity(); }) -
                   all.begin();
        };
        return rank(a) < rank(b);
    });
    QVERIFY(db->exec("PRAGMA foreign_keys = ON").ok());
    for (Record& record : records) {
        const ValidationIssues issues = validate(record);
        QVERIFY2(!hasErrors(issues), qPrintable(record.entity() + QStringLiteral(": ") + describe(issues)));
        const auto inserted = repository.insert(record);
        QVERIFY2(inserted.ok(), qPrintable(QStringLiteral("%1 %2: %3")
                                               .arg(record.entity(), record.id(), inserted.error().message)));
    }
    auto saved = repository.find(Entities::get(entity::TrustedAdult), typed.id());
    QVERIFY(saved.ok() && saved.value().has_value());
    QCOMPARE(saved.value()->text(QStringLiteral("phone_primary")), QStringLiteral("+442079460000"));
    QCOMPARE(saved.value()->text(QStringLiteral("phone_secondary")), QStringLiteral("+447700900123"));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
