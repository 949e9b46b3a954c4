#pragma once

#include <QList>
#include <QSet>
#include <QString>

class QLayout;
class QWidget;

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

// The Alt letters already taken in `form`'s window outside `form`: the menu bar, every tab bar,
// and visible buttons. They differ by language (Welsh "&Cysoni" takes C, English "&Sync" S), so
// a form asks the window it is shown in rather than keeping a list of English letters.
QSet<QChar> mnemonicsOutside(const QWidget* form);

// Makes Tab go through `widgets` in the order given (null entries skipped), where the first of
// them stands. QWidget::setTabOrder moves only its second widget, so a chain must be set link by
// link from its start. Not for a widget whose focus proxy is a child of it: Qt 6.4 would move
// only the proxy and leave the widget, which Tab would then stop at first (so DateInput has no
// focus proxy).
void chainTabOrder(const QList<QWidget*>& widgets);

} // namespace formlayout

} // namespace trellis::ui
