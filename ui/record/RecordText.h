#pragma once

#include "domain/Record.h"
#include "domain/ValidationIssue.h"
#include "store/CaseloadQueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QIcon>
#include <QString>
#include <QStringList>

class QWidget;

namespace trellis::ui {

// How the record view says things: UK dates through QLocale, clocks and flags in words. Kept in
// one place so that the header, the lists and the tests agree on every phrase.
class RecordText {
    Q_DECLARE_TR_FUNCTIONS(RecordText)
public:
    static QString date(const QDate& date);        // "26 Nov 2026"
    static QString dateTime(const QDateTime& utc); // "26 Nov 2026 14:30", local time
    static int ageOn(const QDate& dateOfBirth, const QDate& today);
    static QString fullName(const domain::Record& youngPerson);
    static QString adultName(const domain::Record& adult);
    static QString label(const QString& entity, const QString& field, const QString& value);

    // The clocks on a record that have run out with the thing still not done, each a sentence:
    // "Return home interview overdue (due 23 Nov 2026)".
    static QStringList overdueClocks(const FullRecord& record, const QDate& today);
    // The clock of one episode for the episode list, and whether it has run out.
    static QString episodeClock(const domain::Record& episode, const QDate& today, bool* overdue);
    // The young person's vulnerability flags that are set, in words.
    static QStringList flags(const domain::Record& youngPerson);
    // The type of the intervention that is running today (latest start first), or the latest.
    static QString currentIntervention(const FullRecord& record, const QDate& today);

    // Why a save was refused, in the Validator's words (which never repeat a record's values).
    static QString issuesText(const domain::ValidationIssues& issues);

    static QString doNotContactBadge() { return tr("DO NOT CONTACT"); }
    static QIcon warningIcon(const QWidget* widget);
};

} // namespace trellis::ui
