// The validator's rules across the fields of a record, and the values with rules of their own:
// ages from dates of birth, phone numbers, email addresses, postcode districts. Field-by-field
// checks are in tst_validation.cpp. Every name, number and id is fictional.

#include "ValidationTestSupport.h"

#include "domain/Entities.h"
#include "domain/PhoneNumbers.h"
#include "domain/Validator.h"

#include <QTest>

using namespace trellis;
using namespace trellis::domain;
using namespace trellis::test::validationsupport;

namespace {

void apply(Record& record, const QVariantMap& changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        record.set(it.key(), it.value()); // an invalid QVariant clears the field
}

} // namespace

class TestEntityRules : public QObject {
    Q_OBJECT
private slots:
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
};

void TestEntityRules::entityRulesReject_data()
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

void TestEntityRules::entityRulesReject()
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

void TestEntityRules::entityRulesAccept_data()
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

void TestEntityRules::entityRulesAccept()
{
    QFETCH(QString, record);
    QFETCH(QVariantMap, changes);
    Record r = fullRecord(record);
    apply(r, changes);
    const ValidationIssues issues = validate(r);
    QVERIFY2(!hasErrors(issues), qPrintable(describe(issues)));
}

void TestEntityRules::ageFromDateOfBirth_data()
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

void TestEntityRules::ageFromDateOfBirth()
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

void TestEntityRules::phoneNumbers_data()
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

void TestEntityRules::phoneNumbers()
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

void TestEntityRules::blankOptionalPhoneAndEmailAreNotRecorded()
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

void TestEntityRules::emailAddresses_data()
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

void TestEntityRules::emailAddresses()
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

void TestEntityRules::postcodeDistricts_data()
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

void TestEntityRules::postcodeDistricts()
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

QTEST_GUILESS_MAIN(TestEntityRules)
#include "tst_entity_rules.moc"
