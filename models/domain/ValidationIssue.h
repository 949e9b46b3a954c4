#pragma once

#include "Wording.h"

#include <QCoreApplication>
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
    // The message as the desktop shows it: `message` is English (the importer, trellisctl and the
    // sync's stored refusals use it); `wording` puts it into the worker's language at display.
    Wording wording = {};

    bool isError() const { return severity == Severity::Error; }
    QString shownMessage() const { return wording.isEmpty() ? message : wording.translated(); }
    QString toString() const { return label + QStringLiteral(": ") + message; }
    // toString() as the desktop shows it, label and message in the worker's language.
    QString shownText() const
    {
        return QCoreApplication::translate("FieldLabels", label.toUtf8().constData()) + QStringLiteral(": ") +
               shownMessage();
    }
};

using ValidationIssues = QList<ValidationIssue>;

bool hasErrors(const ValidationIssues& issues);

} // namespace trellis::domain
