#pragma once

// Helpers shared by the GUI tests that drive the record and plan editors by keyboard.

#include <QApplication>
#include <QLineEdit>
#include <QTest>

namespace trellis::test {

// The line edit a form input is, or holds (a date input is a line edit with a calendar button).
inline QLineEdit* lineEditOf(QWidget* widget)
{
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        return line;
    return widget ? widget->findChild<QLineEdit*>() : nullptr;
}

inline QString focusedName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}

// With the focus on the contact form's first field (occurred_at), fills it in with the keyboard
// alone, checking the Tab order on the way: keeps the date and time, the duration, kind
// "Office", the attendance, then types who was present and the summary. Leaves the focus in the
// summary, unsaved.
inline void typeContactByKeyboard(const QString& present, const QString& summary)
{
    QCOMPARE(focusedName(), QStringLiteral("occurred_at"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("duration_minutes"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("kind"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Office"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("attendance"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("present"));
    QTest::keyClicks(QApplication::focusWidget(), present);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("summary"));
    QTest::keyClicks(QApplication::focusWidget(), summary);
}

} // namespace trellis::test
