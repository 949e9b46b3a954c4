#pragma once

#include <QList>
#include <QSet>
#include <QString>

class QLayout;

namespace trellis::ui {

class FieldInput;

// How RecordForm arranges its fields; free functions, kept apart so the form itself holds only
// the editing logic.
namespace formlayout {

// Label and input rows for `inputs`, in order: one column, or two for long forms (reading down
// the first column, then the second, the same order as Tab).
QLayout* fieldColumns(const QList<FieldInput*>& inputs);

// `text` with an '&' before a letter no earlier text has taken (`used`, lower case), for an
// Alt+letter shortcut: the first letter of a word if one is free, else any free letter, else
// none. A literal '&' is doubled.
QString withMnemonic(const QString& text, QSet<QChar>& used);

} // namespace formlayout

} // namespace trellis::ui
