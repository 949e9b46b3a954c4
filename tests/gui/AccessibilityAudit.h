#pragma once

// The accessibility audit of one screen, shared by the tst_accessibility* tests: which widgets are
// controls, their names and descriptions, the Tab order, and colour never carrying a state alone.
// Failures name the widget by its object name (or class) and the named widgets around it;
// TRELLIS_A11Y_TRACE=1 prints the Tab order found on each screen.

#include "CaseloadModel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMultiMap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

#include <algorithm>

namespace trellis::test {

// ---------------------------------------------------------------------------------------------
// Which widgets are controls, and how to name them in a message.

// "trustedAdultsTab › adultForm › phone_primary (QLineEdit)": the widget and its named ancestors.
inline QString describe(const QWidget* widget)
{
    if (!widget)
        return QStringLiteral("(no widget)");
    QStringList path;
    for (const QWidget* w = widget->parentWidget(); w && path.size() < 3; w = w->parentWidget()) {
        if (!w->objectName().isEmpty() && !w->objectName().startsWith(QLatin1String("qt_")))
            path.prepend(w->objectName());
    }
    const QString self = widget->objectName().isEmpty() ? QStringLiteral("(unnamed)") : widget->objectName();
    path << QStringLiteral("%1 (%2)").arg(self, QString::fromLatin1(widget->metaObject()->className()));
    return path.join(QStringLiteral(" › "));
}

// A widget that is part of another control (a spin box's or combo box's line edit, a line edit's
// clear button, a table's header or corner button, the scroll arrows of a tab bar).
inline bool isPartOfAnother(const QWidget* widget)
{
    if (qobject_cast<const QHeaderView*>(widget))
        return true;
    if (QByteArray(widget->metaObject()->className()) == "QTableCornerButton")
        return true;
    for (const QWidget* p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p) ||
            qobject_cast<const QLineEdit*>(p) || qobject_cast<const QTabBar*>(p) ||
            qobject_cast<const QCalendarWidget*>(p))
            return true;
        if (p->isWindow())
            break;
    }
    return false;
}

// Something the worker types into or chooses from: it needs a label.
inline bool isInput(const QWidget* w)
{
    return qobject_cast<const QLineEdit*>(w) || qobject_cast<const QTextEdit*>(w) ||
           qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QComboBox*>(w) ||
           qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QAbstractItemView*>(w);
}

inline bool isControl(const QWidget* w)
{
    return isInput(w) || qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QTabBar*>(w);
}

// The control a focused widget belongs to: a spin box rather than its line edit.
inline QWidget* controlOf(QWidget* widget)
{
    for (QWidget* p = widget ? widget->parentWidget() : nullptr; p && !p->isWindow(); p = p->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QComboBox*>(p))
            return p;
    }
    return widget;
}

inline bool isTabStop(const QWidget* w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy();
}

// Every visible control in `window`, in no particular order (widgets of other windows excluded).
inline QList<QWidget*> visibleControls(QWidget* window)
{
    QList<QWidget*> found;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->window() == window && w->isVisible() && isControl(w) && !isPartOfAnother(w))
            found << w;
    }
    return found;
}

inline QString accessibleText(QWidget* widget, QAccessible::Text text)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(text).trimmed() : QString();
}

inline QLabel* visibleBuddyLabel(QWidget* input)
{
    for (QLabel* label : input->window()->findChildren<QLabel*>()) {
        QWidget* buddy = label->buddy();
        if (label->isVisible() && buddy && (buddy == input || buddy->focusProxy() == input) && !label->text().isEmpty())
            return label;
    }
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// What a screen gets wrong, keyed "check: widget" so that an expected failure can name one.

struct Findings {
    QMap<QString, QString> problems;
    void add(const QString& check, const QWidget* widget, const QString& message)
    {
        problems.insert(QStringLiteral("%1: %2").arg(check, describe(widget)), message);
    }
    void add(const QString& check, const QString& what, const QString& message)
    {
        problems.insert(QStringLiteral("%1: %2").arg(check, what), message);
    }
};

// A problem known to be in code that is being changed by someone else (ui/caseload,
// ui/MainWindow), left as an expected failure that names the widget.
struct Known {
    QString key;
    const char* reason;
};

// Every problem fails the test, except the known ones, each of which is an expected failure (and
// fails as an unexpected pass once it is put right, so the mark is then removed).
inline void verify(const QString& screen, Findings findings, const QList<Known>& known = {})
{
    for (const Known& k : known) {
        QEXPECT_FAIL("", k.reason, Continue);
        const bool present = findings.problems.contains(k.key);
        QVERIFY2(!present, qPrintable(screen + QStringLiteral(": ") + k.key + QStringLiteral(" — ") +
                                      findings.problems.value(k.key)));
        findings.problems.remove(k.key);
    }
    QStringList lines;
    for (auto it = findings.problems.cbegin(); it != findings.problems.cend(); ++it) {
        lines << QStringLiteral("  %1 — %2").arg(it.key(), it.value());
        qWarning().noquote() << screen << "—" << lines.constLast().trimmed(); // QVERIFY2 cuts long messages
    }
    const QString summary = QStringLiteral("%1: %2 accessibility problem(s):\n").arg(screen).arg(lines.size());
    QVERIFY2(lines.isEmpty(), qPrintable(summary + lines.join(QLatin1Char('\n'))));
}

// ---------------------------------------------------------------------------------------------
// The three checks.

// Every visible control has an accessible name and an accessible description (what it does or
// expects, which is not its name again: a tooltip counts, as Qt reads it out as the description);
// an input has a label; no two controls of one screen share a name, as a screen reader user could
// not tell them apart.
inline void checkNames(QWidget* window, Findings& findings)
{
    QMultiMap<QString, QWidget*> byName;
    for (QWidget* w : visibleControls(window)) {
        if (auto* bar = qobject_cast<QTabBar*>(w)) {
            // A tab bar is announced tab by tab (Qt names the bar after its current tab): each
            // tab needs words and a description (its tooltip), and tabs must differ.
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(bar);
            QStringList seen;
            for (int i = 0; i < bar->count(); ++i) {
                if (!bar->isTabVisible(i))
                    continue;
                const QString text = bar->tabText(i).remove(QLatin1Char('&')).trimmed();
                QAccessibleInterface* tab = iface ? iface->child(i) : nullptr;
                const QString description = tab ? tab->text(QAccessible::Description).trimmed() : QString();
                if (text.isEmpty())
                    findings.add(QStringLiteral("name"), w, QStringLiteral("tab %1 has no text").arg(i));
                if (description.isEmpty() || description.compare(text, Qt::CaseInsensitive) == 0)
                    findings.add(QStringLiteral("description"), w,
                                 QStringLiteral("tab \"%1\" has no description (a tab tooltip)").arg(text));
                if (seen.contains(text))
                    findings.add(QStringLiteral("unique"), w, QStringLiteral("two tabs called \"%1\"").arg(text));
                seen << text;
            }
            continue;
        }
        const QString name = accessibleText(w, QAccessible::Name);
        const QString description = accessibleText(w, QAccessible::Description);
        if (name.isEmpty())
            findings.add(QStringLiteral("name"), w,
                         QStringLiteral("no accessible name (setAccessibleName or a label)"));
        if (description.isEmpty())
            findings.add(QStringLiteral("description"), w,
                         QStringLiteral("no accessible description (setAccessibleDescription or a tooltip)"));
        else if (description.compare(name, Qt::CaseInsensitive) == 0)
            findings.add(QStringLiteral("description"), w,
                         QStringLiteral("the description only repeats the name \"%1\"").arg(name));
        if (isInput(w) && !visibleBuddyLabel(w) && w->accessibleName().trimmed().isEmpty())
            findings.add(QStringLiteral("label"), w,
                         QStringLiteral("an input with no label buddy and no accessibleName"));
        // Qt on Linux gives a combo box its current text as its name and leaves its label to an
        // AT-SPI relation, which is what a screen reader reads: tell combo boxes apart by that.
        QString identity = name;
        if (qobject_cast<QComboBox*>(w)) {
            QLabel* label = visibleBuddyLabel(w);
            identity = !w->accessibleName().isEmpty() ? w->accessibleName() : label ? label->text() : QString();
        }
        if (!identity.isEmpty())
            byName.insert(identity.toCaseFolded().remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed(), w);
    }
    for (const QString& key : byName.uniqueKeys()) {
        const QList<QWidget*> same = byName.values(key);
        if (same.size() < 2)
            continue;
        QStringList who;
        for (QWidget* w : same)
            who << describe(w);
        findings.add(QStringLiteral("unique"), same.constFirst(),
                     QStringLiteral("%1 controls are all called \"%2\": %3")
                         .arg(same.size())
                         .arg(key, who.join(QStringLiteral("; "))));
    }
}

inline QWidget* nextTabStop(QWidget* from)
{
    for (QWidget* w = from->nextInFocusChain(); w && w != from; w = w->nextInFocusChain()) {
        if (w->window() == from->window() && isTabStop(w))
            return w;
    }
    return nullptr;
}

// Presses Tab from the first tab stop until focus comes back round; returns the controls in the
// order they took focus. A control Tab cannot leave is reported, and the walk goes on after it.
inline QList<QWidget*> walkTabOrder(QWidget* window, Findings& findings)
{
    QList<QWidget*> order;
    QWidget* first = nextTabStop(window);
    if (!first)
        return order;
    if (nextTabStop(first) == first || !nextTabStop(first)) {
        order << first; // one control alone: Tab has nowhere else to go, which is no trap
        return order;
    }
    first->setFocus(Qt::TabFocusReason);
    QWidget* focused = QApplication::focusWidget();
    if (!focused) {
        findings.add(QStringLiteral("focus"), first, QStringLiteral("cannot take focus (is the window active?)"));
        return order;
    }
    order << controlOf(focused);
    for (int step = 0; step < 400; ++step) {
        QTest::keyClick(focused, Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (!now || now->window() != window) {
            findings.add(QStringLiteral("tab"), focused, QStringLiteral("Tab sends focus out of the window"));
            break;
        }
        if (controlOf(now) == controlOf(focused)) {
            findings.add(QStringLiteral("tab"), controlOf(now),
                         QStringLiteral("Tab stays inside this control (a keyboard trap)"));
            now = nextTabStop(now);
            if (!now)
                break;
            now->setFocus(Qt::TabFocusReason);
            now = QApplication::focusWidget();
        }
        focused = now;
        QWidget* control = controlOf(now);
        if (control == order.constFirst())
            return order;
        if (order.contains(control)) {
            findings.add(QStringLiteral("tab"), control,
                         QStringLiteral("Tab comes back here before reaching the start"));
            return order;
        }
        order << control;
    }
    findings.add(QStringLiteral("tab"), QStringLiteral("window"), QStringLiteral("Tab never came back to the start"));
    return order;
}

// Where a widget is laid out in its window, as if no scroll area were scrolled: Tab scrolls them
// as it goes, and the order is about the layout, not about where the view happens to be.
inline QRect layoutRect(QWidget* widget)
{
    QPoint position;
    for (QWidget* w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        auto* area = w->parentWidget() ? qobject_cast<QScrollArea*>(w->parentWidget()->parentWidget()) : nullptr;
        if (!(area && area->widget() == w))
            position += w->pos();
    }
    return QRect(position, widget->size());
}

inline QScrollArea* scrollAreaOf(QWidget* widget)
{
    for (QWidget* w = widget->parentWidget(); w && !w->isWindow(); w = w->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(w))
            return area;
    }
    return nullptr;
}

// Where `widget` stands as seen from `other`: inside the same scroll area, where it is laid out
// there; from outside, where that scroll area is (its content may reach far below the window).
inline QRect placeSeenFrom(QWidget* widget, QWidget* other)
{
    QScrollArea* area = scrollAreaOf(widget);
    if (!area || (other && scrollAreaOf(other) == area))
        return layoutRect(widget);
    return layoutRect(area);
}

// Reading order, allowing for columns: the next stop is lower down, or further right on the same
// row, or at the top of a column to the right of this one.
inline bool followsInReadingOrder(const QRect& a, const QRect& b)
{
    const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
    if (sameRow)
        return b.left() >= a.left() || b.top() >= a.bottom() - 2;
    if (b.top() >= a.top())
        return true;
    return b.left() >= a.right();
}

inline void checkTabOrder(QWidget* window, Findings& findings)
{
    QList<QWidget*> order = walkTabOrder(window, findings);
    for (QWidget* w : visibleControls(window)) {
        if (isTabStop(w) && !order.contains(w))
            findings.add(QStringLiteral("tab"), w, QStringLiteral("never reached by Tab"));
    }
    if (order.isEmpty())
        return;
    // Tab goes round in a circle; it should start at the top left and read on from there.
    const auto first = std::min_element(order.begin(), order.end(), [](QWidget* a, QWidget* b) {
        const QRect ra = placeSeenFrom(a, nullptr);
        const QRect rb = placeSeenFrom(b, nullptr);
        return std::pair(ra.top(), ra.left()) < std::pair(rb.top(), rb.left());
    });
    std::rotate(order.begin(), first, order.end());
    if (qEnvironmentVariableIsSet("TRELLIS_A11Y_TRACE")) {
        for (QWidget* w : std::as_const(order))
            qInfo().noquote() << "  tab:" << describe(w) << layoutRect(w);
    }
    for (qsizetype i = 1; i < order.size(); ++i) {
        if (!followsInReadingOrder(placeSeenFrom(order[i - 1], order[i]), placeSeenFrom(order[i], order[i - 1])))
            findings.add(QStringLiteral("order"), order[i],
                         QStringLiteral("Tab comes here from %1, which is below it or to its right")
                             .arg(describe(order[i - 1])));
    }
}

// Colour may add to a state but never carry it alone: a coloured cell has words; an icon without
// words has a tooltip or accessible text; a coloured or picture-only label says what it means.
inline void checkNotColourAlone(QWidget* window, Findings& findings)
{
    for (QAbstractItemView* view : window->findChildren<QAbstractItemView*>()) {
        QAbstractItemModel* model = view->model();
        if (!view->isVisible() || isPartOfAnother(view) || !model)
            continue;
        for (int row = 0; row < std::min(model->rowCount(), 300); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                const QString text = index.data(Qt::DisplayRole).toString().trimmed();
                const QString words =
                    index.data(Qt::ToolTipRole).toString() + index.data(Qt::AccessibleTextRole).toString();
                const QString where = QStringLiteral("%1 row %2 column %3").arg(describe(view)).arg(row).arg(column);
                const bool coloured =
                    index.data(Qt::ForegroundRole).isValid() || index.data(Qt::BackgroundRole).isValid();
                if (coloured && text.isEmpty())
                    findings.add(QStringLiteral("colour"), where, QStringLiteral("a coloured cell with no text"));
                if (!index.data(Qt::DecorationRole).isNull() && text.isEmpty() && words.trimmed().isEmpty())
                    findings.add(QStringLiteral("colour"), where, QStringLiteral("an icon with no words"));
                if (index.data(CaseloadModel::OverdueRole).toBool() &&
                    !(text + words).contains(QLatin1String("overdue"), Qt::CaseInsensitive))
                    findings.add(QStringLiteral("colour"), where, QStringLiteral("overdue without the word"));
            }
        }
    }
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->window() != window)
            continue;
        const bool picture = !label->pixmap().isNull() && label->text().isEmpty();
        if (picture && label->accessibleName().isEmpty() && label->toolTip().isEmpty())
            findings.add(QStringLiteral("colour"), label, QStringLiteral("a picture with no accessible name"));
        const bool coloured =
            label->testAttribute(Qt::WA_SetPalette) || label->styleSheet().contains(QLatin1String("color"));
        if (coloured && label->text().trimmed().isEmpty() && !picture)
            findings.add(QStringLiteral("colour"), label, QStringLiteral("colour with no words"));
    }
}

inline void audit(QWidget* window, const QString& screen, const QList<Known>& known = {})
{
    QVERIFY2(QTest::qWaitForWindowActive(window), qPrintable(screen));
    // The figure for the report: how many controls this screen has.
    qInfo().noquote() << "checked" << visibleControls(window).size() << "controls on" << screen;
    Findings findings;
    checkNames(window, findings);
    checkTabOrder(window, findings);
    checkNotColourAlone(window, findings);
    verify(screen, findings, known);
}

// ---------------------------------------------------------------------------------------------
// Driving the window.

template <typename T> T* find(QObject* scope, const QString& name)
{
    return scope ? scope->findChild<T*>(name) : nullptr;
}

inline void click(QObject* scope, const QString& name)
{
    auto* button = find<QAbstractButton>(scope, name);
    QVERIFY2(button && button->isVisible() && button->isEnabled(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace trellis::test
