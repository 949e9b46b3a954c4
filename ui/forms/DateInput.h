#pragma once

#include <QDate>
#include <QVariant>
#include <QWidget>

class QCalendarWidget;
class QFrame;
class QLineEdit;
class QToolButton;

namespace trellis::ui {

// A date (or date and time) typed in UK form, dd/mm/yyyy [hh:mm], that may be left empty.
//
// Why not QDateEdit: it cannot be empty, and many dates here are optional ("not recorded" is a
// real answer), so it would need a second control per date. Its section-by-section editing is
// also slow from the keyboard and fills a two-digit year as 19xx or 20xx silently. A line edit
// keeps one tab stop per date, takes a date in ten keystrokes, can be cleared, and leaves
// reading the text to parse(), which refuses anything ambiguous. A calendar is one key away
// (F4 or Alt+Down, as for a combo box) or one click on the button, which is kept out of the tab
// order so that Tab moves from field to field.
class DateInput : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Date, DateTime };

    struct Parsed {
        QVariant value;  // a QDate (Date mode) or a UTC QDateTime (DateTime mode); null when empty
        QString problem; // why the text cannot be read, to follow the field's name; empty if it can
    };

    explicit DateInput(Mode mode, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    // Takes the focus and the typing: a label's buddy and a place in the Tab order (see the .cpp).
    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* calendarButton() const { return m_button; }
    // The day the calendar opens on when nothing is typed.
    void setToday(QDate today) { m_today = today; }

    // Reads the typed text. A typed time is local time (what the worker's clock said), converted
    // to UTC as records hold it. Two-digit years are refused rather than guessed.
    Parsed parse() const;
    // UK form of a stored value: dd/MM/yyyy, or dd/MM/yyyy HH:mm in local time.
    static QString format(const QDate& date);
    static QString format(const QDateTime& moment);

    void openCalendar();

signals:
    // The worker chose a day in the calendar (the text has already changed).
    void picked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void pick(QDate date);

    Mode m_mode;
    QLineEdit* m_edit;
    QToolButton* m_button;
    QFrame* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QDate m_today = QDate::currentDate();
};

} // namespace trellis::ui
