#include "Validator.h"

#include "Entities.h"
#include "PhoneNumbers.h"

#include <QRegularExpression>
#include <QUuid>

#include <functional>

namespace trellis::domain {

namespace {

// Trellis records nothing before 1900, and plans nothing more than five years ahead.
constexpr int kEarliestYear = 1900;
constexpr int kPlanningYears = 5;

bool isUuid(const QString& text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t') &&
            c != QLatin1Char('\r'))
            return true;
    }
    return false;
}

using RuleFunction = std::function<void(const Record&, const Validator&, ValidationIssues&)>;

RuleFunction rulesFor(const QString& entityName)
{
    static const QHash<QString, RuleFunction> table{
        {entity::Worker, rules::worker},
        {entity::YoungPerson, rules::youngPerson},
        {entity::TrustedAdult, rules::trustedAdult},
        {entity::Intervention, rules::intervention},
        {entity::Contact, rules::contact},
        {entity::SafetyPlan, rules::safetyPlan},
        {entity::SafetyPlanItem, rules::safetyPlanItem},
        {entity::Episode, rules::episode},
    };
    return table.value(entityName);
}

// Normalising that belongs to one entity's fields, after the field checks have trimmed them.
void normaliseEntity(Record& record)
{
    // Postcode districts in capitals (se15 -> SE15), so that lists and reports treat them as one.
    const QString district = QStringLiteral("postcode_district");
    if (record.entity() == entity::YoungPerson && record.has(district))
        record.set(district, record.text(district).toUpper());
}

} // namespace

bool hasErrors(const ValidationIssues& issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const ValidationIssue& i) { return i.isError(); });
}

ValidationIssues Validator::validate(Record& record) const
{
    ValidationIssues issues;
    for (const FieldDef& field : record.def().fields)
        checkField(field, record, issues);
    normaliseEntity(record);
    for (const QString& name : record.values().keys()) {
        if (!record.def().field(name))
            rules::addError(record, name,
                            wording::validation(QT_TRANSLATE_NOOP("Validation", "is not a field of the %1 record"),
                                                {wording::entityLabel(record.def().label)}),
                            issues);
    }
    if (const auto entityRules = rulesFor(record.entity()))
        entityRules(record, *this, issues);
    return issues;
}

void Validator::checkField(const FieldDef& field, Record& record, ValidationIssues& issues) const
{
    auto error = [&](const Wording& message) { rules::addError(record, field.name, message, issues); };
    using wording::number;
    using wording::validation;
    if (!record.has(field.name) && !field.absentMeans.isEmpty())
        record.set(field.name, field.absentMeans);
    if (!record.has(field.name)) {
        record.clear(field.name);
        if (field.required)
            error(validation(QT_TRANSLATE_NOOP("Validation", "is required")));
        return;
    }
    const QVariant value = record.value(field.name);
    switch (field.type) {
    case FieldType::Uuid:
    case FieldType::Reference:
        if (!isUuid(value.toString()))
            error(validation(QT_TRANSLATE_NOOP(
                "Validation", "must be a record id (a UUID such as 0b7e6a4c-2f1d-4d8e-9a3b-5c6d7e8f9a0b)")));
        break;
    case FieldType::Text: {
        QString text = value.toString();
        const QString trimmed = text.trimmed();
        if (trimmed != text)
            record.set(field.name, trimmed);
        if (trimmed.isEmpty()) {
            record.clear(field.name);
            if (field.required)
                error(validation(QT_TRANSLATE_NOOP("Validation", "is required")));
        } else if (field.maxLength > 0 && trimmed.size() > field.maxLength) {
            error(validation(QT_TRANSLATE_NOOP("Validation", "is too long: at most %1 characters (this has %2)"),
                             {number(field.maxLength), number(trimmed.size())}));
        } else if (hasControlCharacters(trimmed)) {
            error(validation(QT_TRANSLATE_NOOP("Validation", "holds control characters that cannot be printed")));
        }
        break;
    }
    case FieldType::Date: {
        const QDate date = value.toDate();
        if (!date.isValid()) {
            error(validation(QT_TRANSLATE_NOOP("Validation", "must be a date (day, month and year)")));
        } else if (date.year() < kEarliestYear) {
            error(validation(QT_TRANSLATE_NOOP("Validation", "is too far in the past to be right")));
        } else if (field.notInFuture && date > m_today) {
            error(validation(QT_TRANSLATE_NOOP("Validation", "cannot be in the future")));
        } else if (date > m_today.addYears(kPlanningYears)) {
            error(validation(QT_TRANSLATE_NOOP("Validation", "is more than %1 years ahead; check the year"),
                             {number(kPlanningYears)}));
        }
        break;
    }
    case FieldType::DateTime: {
        const QDateTime moment = value.toDateTime();
        if (!moment.isValid()) {
            error(validation(QT_TRANSLATE_NOOP("Validation", "must be a date and time")));
        } else if (moment.date().year() < kEarliestYear) {
            error(validation(QT_TRANSLATE_NOOP("Validation", "is too far in the past to be right")));
        } else if (moment.toUTC().date() > m_today.addDays(1)) {
            // A day's grace for clocks and time zones; anything later is a typing slip.
            error(validation(QT_TRANSLATE_NOOP("Validation", "cannot be in the future")));
        }
        break;
    }
    case FieldType::Integer: {
        bool ok = false;
        const qlonglong number = value.toLongLong(&ok);
        if (!ok)
            error(validation(QT_TRANSLATE_NOOP("Validation", "must be a whole number")));
        else if (number < field.minimum || number > field.maximum)
            error(validation(QT_TRANSLATE_NOOP("Validation", "must be between %1 and %2"),
                             {wording::number(field.minimum), wording::number(field.maximum)}));
        break;
    }
    case FieldType::Boolean:
        if (value.typeId() != QMetaType::Bool)
            error(validation(QT_TRANSLATE_NOOP("Validation", "must be yes or no")));
        break;
    case FieldType::Enum:
        if (!field.choices.contains(value.toString()))
            error(validation(QT_TRANSLATE_NOOP("Validation", "must be one of: %1"),
                             {{field.choices.join(QStringLiteral(", "))}}));
        break;
    case FieldType::Phone: {
        const PhoneCheck check = PhoneNumbers::check(value.toString());
        if (check.status == PhoneCheck::Status::Empty) {
            record.clear(field.name);
            if (field.required)
                error(validation(QT_TRANSLATE_NOOP("Validation", "is required")));
        } else if (check.status == PhoneCheck::Status::Invalid) {
            error(check.message);
        } else {
            record.set(field.name, check.e164);
            if (check.status == PhoneCheck::Status::PossibleNotValid)
                issues.append({field.name, field.label, check.message.english(), ValidationIssue::Severity::Warning,
                               check.message});
        }
        break;
    }
    case FieldType::Email: {
        static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        const QString email = value.toString().trimmed();
        if (email.isEmpty()) {
            // Spaces alone are nothing typed, as for text.
            record.clear(field.name);
            if (field.required)
                error(validation(QT_TRANSLATE_NOOP("Validation", "is required")));
            break;
        }
        record.set(field.name, email);
        if (email.size() > field.maxLength || !pattern.match(email).hasMatch())
            error(validation(
                QT_TRANSLATE_NOOP("Validation", "is not an email address (expected something like name@example.org)")));
        break;
    }
    }
}

namespace rules {

void addError(const Record& record, const QString& field, const Wording& message, ValidationIssues& issues)
{
    const FieldDef* def = record.def().field(field);
    issues.append({field, def ? def->label : field, message.english(), ValidationIssue::Severity::Error, message});
}

} // namespace rules

} // namespace trellis::domain
