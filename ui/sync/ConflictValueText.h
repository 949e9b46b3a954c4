#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace trellis {
class Database;
}

namespace trellis::ui::conflicttext {

// Words for what the sync screens show, shared by the conflict inbox and the rejected changes:
// values as they travel on the wire (docs/sync.md: text, "YYYY-MM-DD" dates, booleans, null)
// turned into what the worker reads everywhere else in Trellis.

// A value in words: a stored choice by its label (ChoiceLabels), a date as dd/MM/yyyy, a time as
// local dd/MM/yyyy HH:mm, true/false as Yes/No, and nothing as "(empty)".
QString valueWords(const QString& entity, const QString& field, const QJsonValue& value);
// True when the field holds free text, which the editor offers as several lines.
bool isLongText(const QString& entity, const QString& field);
// The field's label with a capital first letter ("Review date"); the name itself when unknown.
QString fieldLabel(const QString& entity, const QString& field);
// Local time, dd/MM/yyyy HH:mm; "unknown" when not given.
QString when(const QDateTime& moment);
// "Given Family" of a young person in this store; empty when they are not here.
QString youngPersonName(Database& db, const QString& youngPersonId);
// Which record, as a worker would say it: "Safety plan v3", "Trusted adult Sam Example",
// "Profile", "Contact on 12/11/2026", "Safety plan item (Warning signs)". Reads only the few
// columns that name the record, never its content beyond a name.
QString recordDescription(Database& db, const QString& entity, const QString& recordId);
// "Given Family — <recordDescription>", or the description alone for a record of no young
// person here (a trusted adult, who belongs to whoever links them).
QString recordHeading(Database& db, const QString& youngPersonId, const QString& entity, const QString& recordId);

} // namespace trellis::ui::conflicttext
