#include "DateInput.h"

#include <QCalendarWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace trellis::ui {

namespace {

// Dates are always shown and read in UK order, whatever the desktop's locale says: a record
// about a child in England or Wales must not read 05/03 as 3 May on one laptop and 5 March on
// another.
QLocale ukLocale()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

// A small calendar drawn in the palette's text colour; icon themes are not reliably present on
// council desktops, and QStyle has no standard calendar icon. Drawn on a 32-unit grid at each
// size a screen may ask for (16 px at 100% up to 64 px at 400%), so it is never a blurred scaling.
QPixmap drawCalendar(const QColor& ink, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 32.0, size / 32.0);
    painter.setPen(QPen(ink, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3);
    painter.fillRect(QRectF(4, 6, 24, 6), ink);
    painter.drawLine(QPointF(10, 3), QPointF(10, 8));
    painter.drawLine(QPointF(22, 3), QPointF(22, 8));
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 4; ++column)
            painter.fillRect(QRectF(7 + column * 5.5, 15 + row * 4.2, 3, 2.6), ink);
    }
    painter.end();
    return pixmap;
}

QIcon calendarIcon(const QColor& ink)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64})
        icon.addPixmap(drawCalendar(ink, size));
    return icon;
}

QString exampleDate()
{
    return DateInput::format(QDate(2012, 2, 14));
}

} // namespace

DateInput::DateInput(Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
{
    const QString shape = mode == Mode::Date ? tr("dd/mm/yyyy") : tr("dd/mm/yyyy hh:mm");
    m_edit->setPlaceholderText(shape);
    const int characters = mode == Mode::Date ? 14 : 20;
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * characters + 16);
    m_edit->installEventFilter(this);

    m_button->setIcon(calendarIcon(palette().color(QPalette::ButtonText)));
    m_button->setToolTip(tr("Choose from a calendar (F4)"));
    m_button->setFocusPolicy(Qt::NoFocus);
    m_button->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_button);
    layout->addStretch(0);
    // No setFocusProxy(m_edit): a form sets the Tab order of the line edit itself, and in Qt 6.4
    // that would leave this widget behind in the focus chain, where Tab would stop first and send
    // focus to the line edit out of turn. Labels take lineEdit() as their buddy.

    connect(m_button, &QToolButton::clicked, this, &DateInput::openCalendar);
}

QString DateInput::format(const QDate& date)
{
    return ukLocale().toString(date, QLocale::ShortFormat);
}

QString DateInput::format(const QDateTime& moment)
{
    return ukLocale().toString(moment.toLocalTime(), QLocale::ShortFormat);
}

DateInput::Parsed DateInput::parse() const
{
    Parsed result;
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return result;

    QString datePart = text;
    QTime time;
    if (m_mode == Mode::DateTime) {
        static const QRegularExpression withTime(QStringLiteral("^(\\S+)\\s+(\\d{1,2})[:.](\\d{2})$"));
        const auto timeMatch = withTime.match(text);
        if (!timeMatch.hasMatch()) {
            result.value = QDateTime(); // invalid, so the record cannot be saved with it
            result.problem = tr("must be a date and a 24-hour time, such as %1 15:30").arg(exampleDate());
            return result;
        }
        datePart = timeMatch.captured(1);
        time = QTime(timeMatch.captured(2).toInt(), timeMatch.captured(3).toInt());
        if (!time.isValid()) {
            result.value = QDateTime();
            result.problem = tr("has a time that does not exist: use the 24-hour clock, from 00:00 to 23:59");
            return result;
        }
    }

    // Day, month and year, separated by slashes, dots or hyphens: 5/3/2011, 05.03.2011.
    static const QRegularExpression dayMonthYear(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d+)$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    QDate date;
    const auto isoMatch = iso.match(datePart);
    const auto match = dayMonthYear.match(datePart);
    if (isoMatch.hasMatch()) {
        date = QDate(isoMatch.captured(1).toInt(), isoMatch.captured(2).toInt(), isoMatch.captured(3).toInt());
    } else if (match.hasMatch()) {
        if (match.captured(3).size() != 4) {
            result.value = m_mode == Mode::Date ? QVariant(QDate()) : QVariant(QDateTime());
            result.problem = tr("needs the year in full, such as %1").arg(exampleDate());
            return result;
        }
        date = QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    } else {
        result.value = m_mode == Mode::Date ? QVariant(QDate()) : QVariant(QDateTime());
        result.problem = tr("must be a date written as day/month/year, such as %1").arg(exampleDate());
        return result;
    }
    if (!date.isValid()) {
        result.value = m_mode == Mode::Date ? QVariant(QDate()) : QVariant(QDateTime());
        result.problem = tr("is not a date that exists: check the day and the month");
        return result;
    }
    if (m_mode == Mode::Date)
        result.value = date;
    else
        result.value = QDateTime(date, time).toUTC(); // QDateTime(date, time) is local time
    return result;
}

void DateInput::openCalendar()
{
    if (!m_popup) {
        m_popup = new QFrame(this, Qt::Popup);
        m_popup->setFrameShape(QFrame::StyledPanel);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setObjectName(QStringLiteral("calendar"));
        m_calendar->setLocale(ukLocale());
        m_calendar->setFirstDayOfWeek(Qt::Monday);
        m_calendar->setGridVisible(true);
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        m_calendar->setMinimumDate(QDate(1900, 1, 1));
        auto* layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(2, 2, 2, 2);
        layout->addWidget(m_calendar);
        // A click chooses at once; from the keyboard the arrows move and Enter chooses.
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateInput::pick);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateInput::pick);
    }
    const QVariant current = parse().value;
    QDate start = m_mode == Mode::Date ? current.toDate() : current.toDateTime().toLocalTime().date();
    m_calendar->setSelectedDate(start.isValid() ? start : m_today);
    m_popup->adjustSize();
    m_popup->move(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateInput::pick(QDate date)
{
    QString text = format(date);
    if (m_mode == Mode::DateTime) {
        // Keep a time already typed; otherwise leave the cursor where the time goes.
        static const QRegularExpression timePart(QStringLiteral("\\s+(\\d{1,2}[:.]\\d{2})$"));
        const auto match = timePart.match(m_edit->text().trimmed());
        text += QLatin1Char(' ') + (match.hasMatch() ? match.captured(1) : QString());
    }
    m_popup->hide();
    m_edit->setText(text);
    m_edit->setFocus(Qt::PopupFocusReason);
    m_edit->end(false);
    emit picked();
}

bool DateInput::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_F4 || (key->key() == Qt::Key_Down && key->modifiers() == Qt::AltModifier)) {
            openCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace trellis::ui
