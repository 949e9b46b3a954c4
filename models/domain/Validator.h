#pragma once

#include "Record.h"
#include "ValidationIssue.h"

#include <QDate>

namespace trellis::domain {

// The one place that decides whether a record may be saved. Every editor, the importer and
// the sync apply call it. It normalises first (trims text, phone numbers to E.164, postcode
// districts to capitals), then checks each field against its definition, then the rules that
// belong to the entity (age range, end not before start, what each kind of episode needs).
class Validator {
public:
    explicit Validator(QDate today)
        : m_today(today)
    {
    }

    ValidationIssues validate(Record& record) const;

    QDate today() const { return m_today; }

private:
    void checkField(const FieldDef& field, Record& record, ValidationIssues& issues) const;
    QDate m_today;
};

// The entity rules, one function per entity, each in its own file under domain/rules/.
namespace rules {
void youngPerson(const Record& record, const Validator& validator, ValidationIssues& issues);
void worker(const Record& record, const Validator& validator, ValidationIssues& issues);
void trustedAdult(const Record& record, const Validator& validator, ValidationIssues& issues);
void intervention(const Record& record, const Validator& validator, ValidationIssues& issues);
void contact(const Record& record, const Validator& validator, ValidationIssues& issues);
void safetyPlan(const Record& record, const Validator& validator, ValidationIssues& issues);
void safetyPlanItem(const Record& record, const Validator& validator, ValidationIssues& issues);
void episode(const Record& record, const Validator& validator, ValidationIssues& issues);

// Adds an error for `field` of `record`, labelled from its definition; the message is kept in
// English and translated where the desktop shows it (ValidationIssue::shownMessage).
void addError(const Record& record, const QString& field, const Wording& message, ValidationIssues& issues);
// The same for a message without arguments, marked with QT_TRANSLATE_NOOP("Validation", ...).
inline void addError(const Record& record, const QString& field, const char* message, ValidationIssues& issues)
{
    addError(record, field, wording::validation(message), issues);
}
} // namespace rules

} // namespace trellis::domain
