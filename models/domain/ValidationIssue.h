#pragma once

#include <QList>
#include <QString>

namespace trellis::domain {

// One thing wrong with a record, naming the field it belongs to. Errors stop a save; warnings
// (a phone number that looks possible but is not in the 2022 numbering data) can be
// overridden by the worker.
struct ValidationIssue {
    enum class Severity { Error, Warning };

    QString field;   // column name, for placing the message beside its input
    QString label;   // what a person calls the field
    QString message; // says what is wrong and what is expected; never echoes a record value
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
    QString toString() const { return label + QStringLiteral(": ") + message; }
};

using ValidationIssues = QList<ValidationIssue>;

bool hasErrors(const ValidationIssues& issues);

} // namespace trellis::domain
