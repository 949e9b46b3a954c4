#include "RuleHelpers.h"

#include <QRegularExpression>

namespace trellis::domain::rules {

namespace {
// The service works with children and young people from 8 (prevention) to 25 (transitions).
constexpr int kYoungestAge = 8;
constexpr int kOldestAge = 25;

int ageOn(const QDate& birth, const QDate& day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}
} // namespace

void youngPerson(const Record& record, const Validator& validator, ValidationIssues& issues)
{
    const QString dob = QStringLiteral("date_of_birth");
    if (record.has(dob) && record.date(dob).isValid() && record.date(dob) <= validator.today()) {
        const int age = ageOn(record.date(dob), validator.today());
        if (age < kYoungestAge || age > kOldestAge)
            addError(
                record, dob,
                wording::validation(
                    QT_TRANSLATE_NOOP("Validation", "gives an age of %1; Trellis holds young people aged %2 to %3"),
                    {wording::number(age), wording::number(kYoungestAge), wording::number(kOldestAge)}),
                issues);
    }
    const QString district = QStringLiteral("postcode_district");
    if (record.has(district)) {
        // An outward code only (SE15, M1, B33): the full postcode would say where the child lives.
        static const QRegularExpression outward(QStringLiteral("^[A-Z]{1,2}[0-9][A-Z0-9]?$"));
        if (!outward.match(record.text(district).toUpper()).hasMatch())
            addError(record, district,
                     QT_TRANSLATE_NOOP("Validation", "must be the first half of a postcode only, such as SE15 or M1"),
                     issues);
    }
    static const QRegularExpression referencePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9/-]*$"));
    if (record.has(QStringLiteral("reference")) &&
        !referencePattern.match(record.text(QStringLiteral("reference"))).hasMatch())
        addError(
            record, QStringLiteral("reference"),
            QT_TRANSLATE_NOOP("Validation", "may only hold letters, digits, hyphens and slashes, such as YP-00042"),
            issues);
}

void worker(const Record& record, const Validator&, ValidationIssues& issues)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z][a-z0-9._-]{0,63}$"));
    if (record.has(QStringLiteral("login")) && !loginPattern.match(record.text(QStringLiteral("login"))).hasMatch())
        addError(record, QStringLiteral("login"),
                 QT_TRANSLATE_NOOP("Validation",
                                   "must start with a lower-case letter and hold only lower-case letters, "
                                   "digits, dots, hyphens and underscores"),
                 issues);
}

} // namespace trellis::domain::rules
