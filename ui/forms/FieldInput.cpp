#include "FieldInput.h"

#include "Colours.h"

#include "ChoiceBox.h"
#include "DateInput.h"
#include "domain/ChoiceLabels.h"
#include "domain/PhoneNumbers.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <limits>

namespace trellis::ui {

using domain::FieldType;
using domain::ValidationIssue;

namespace {

// Longer text than this is a note, not a name or a reference: it gets a multi-line box.
constexpr int kSingleLineLimit = 200;

int characterWidth(const QWidget* widget, int characters)
{
    return widget->fontMetrics().horizontalAdvance(QLatin1Char('0')) * characters;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

FieldInput::FieldInput(const QString& entity, const domain::FieldDef& def, QWidget* parentWidget)
    : QObject(parentWidget)
    , m_def(def)
    , m_labelText(capitalised(domain::ChoiceLabels::fieldLabel(def)))
    , m_cell(new QWidget(parentWidget))
{
    createEditor(entity);
    fitToFont();
    if (m_line)
        m_line->installEventFilter(this); // a font change while Trellis runs (fitToFont)
    m_hint = expectation();
    m_editor->setObjectName(m_def.name);
    m_editor->setAccessibleName(m_labelText);
    m_editor->setAccessibleDescription(m_hint);
    if (!m_check) {
        m_label = new QLabel(m_labelText, parentWidget);
        m_label->setObjectName(m_def.name + QStringLiteral("Label"));
        m_label->setBuddy(m_editor);
    }

    m_messageRow = new QWidget(m_cell);
    m_messageIcon = new QLabel(m_messageRow);
    m_messageIcon->setObjectName(m_def.name + QStringLiteral("ErrorIcon"));
    m_messageIcon->setFixedSize(16, 16);
    m_messageIcon->setAlignment(Qt::AlignTop);
    m_message = new QLabel(m_messageRow);
    m_message->setObjectName(m_def.name + QStringLiteral("Error"));
    m_message->setWordWrap(true);
    m_message->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* messageLayout = new QHBoxLayout(m_messageRow);
    messageLayout->setContentsMargins(2, 0, 0, 2);
    messageLayout->setSpacing(4);
    messageLayout->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageLayout->addWidget(m_message, 1);
    m_messageRow->hide();

    auto* cellLayout = new QVBoxLayout(m_cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(m_date ? static_cast<QWidget*>(m_date) : m_editor);
    cellLayout->addWidget(m_messageRow);
}

void FieldInput::createEditor(const QString& entity)
{
    auto textChanged = [this] { changed(); };
    switch (m_def.type) {
    case FieldType::Text:
        if (m_def.maxLength > kSingleLineLimit) {
            m_plainText = new QPlainTextEdit(m_cell);
            // Tab moves to the next field, as everywhere else in the form; notes rarely need tabs.
            m_plainText->setTabChangesFocus(true);
            m_plainText->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            m_plainText->installEventFilter(this);
            connect(m_plainText, &QPlainTextEdit::textChanged, this, textChanged);
            m_editor = m_plainText;
            return;
        }
        m_line = new QLineEdit(m_cell);
        // Short codes get a box their size, so the width itself says what is expected.
        if (m_def.maxLength > 0 && m_def.maxLength <= 20)
            m_shortLine = true;
        break;
    case FieldType::Phone:
        m_line = new QLineEdit(m_cell);
        m_line->setInputMethodHints(Qt::ImhDialableCharactersOnly);
        m_shortLine = true;
        m_hint = tr("A UK phone number, such as 020 7946 0000");
        break;
    case FieldType::Email:
        m_line = new QLineEdit(m_cell);
        m_line->setInputMethodHints(Qt::ImhEmailCharactersOnly);
        break;
    case FieldType::Date:
    case FieldType::DateTime: {
        const bool withTime = m_def.type == FieldType::DateTime;
        m_date = new DateInput(withTime ? DateInput::Mode::DateTime : DateInput::Mode::Date, m_cell);
        m_date->calendarButton()->setAccessibleName(tr("Calendar for %1").arg(m_labelText));
        m_date->setObjectName(m_def.name + QStringLiteral("Box"));
        m_hint = withTime ? tr("Day/month/year and 24-hour time, such as 14/02/2026 15:30. F4 opens a calendar.")
                          : tr("Day/month/year, such as 14/02/2012. F4 opens a calendar.");
        m_editor = m_date->lineEdit();
        connect(m_date->lineEdit(), &QLineEdit::textChanged, this, textChanged);
        connect(m_date->lineEdit(), &QLineEdit::editingFinished, this, &FieldInput::finished);
        connect(m_date, &DateInput::picked, this, &FieldInput::finished);
        return;
    }
    case FieldType::Integer: {
        m_spin = new QSpinBox(m_cell);
        // One below the minimum stands for "not recorded": a spin box cannot be empty, and a
        // number the worker never chose must not be saved as if they had.
        const int lowest = m_def.minimum > std::numeric_limits<int>::min() ? m_def.minimum - 1 : m_def.minimum;
        m_spin->setRange(lowest, m_def.maximum);
        m_spin->setSpecialValueText(tr("Not recorded"));
        m_spin->setValue(lowest);
        m_spin->setMaximumWidth(m_spin->sizeHint().width() + 24);
        m_spin->setFocusPolicy(Qt::StrongFocus); // not WheelFocus: scrolling the form must not change it
        m_spin->installEventFilter(this);
        connect(m_spin, &QSpinBox::valueChanged, this, textChanged);
        connect(m_spin, &QSpinBox::editingFinished, this, &FieldInput::finished);
        m_editor = m_spin;
        return;
    }
    case FieldType::Boolean:
        m_check = new QCheckBox(m_labelText, m_cell);
        connect(m_check, &QCheckBox::toggled, this, textChanged);
        m_editor = m_check;
        return;
    case FieldType::Enum: {
        m_combo = new ChoiceBox(m_cell);
        m_combo->addItem(tr("— choose —"), QString());
        for (const QString& value : m_def.choices)
            m_combo->addItem(domain::ChoiceLabels::labelOrValue(entity, m_def.name, value), value);
        // As wide as its longest choice, but free to shrink (and elide) in a narrow column;
        // the full text is in the tooltip and in the list when it opens.
        const int natural = m_combo->sizeHint().width();
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(16);
        m_combo->setMaximumWidth(natural);
        m_combo->setFocusPolicy(Qt::StrongFocus);
        m_combo->installEventFilter(this);
        connect(m_combo, &QComboBox::currentIndexChanged, this, textChanged);
        m_editor = m_combo;
        return;
    }
    case FieldType::Uuid:
    case FieldType::Reference:
        // The form does not offer these (a picker belongs to the screen that knows the other
        // records), but one asked for is shown read-only rather than silently dropped.
        m_line = new QLineEdit(m_cell);
        m_line->setReadOnly(true);
        break;
    }
    connect(m_line, &QLineEdit::textChanged, this, textChanged);
    connect(m_line, &QLineEdit::editingFinished, this, &FieldInput::finished);
    m_editor = m_line;
}

QString FieldInput::expectation() const
{
    // What the field expects, read out after its name (WCAG 3.3.2): the type's own hint, or one
    // made from the definition, and whether it may stay empty.
    QString what = m_hint;
    if (what.isEmpty()) {
        switch (m_def.type) {
        case FieldType::Text:
            what = m_def.maxLength > kSingleLineLimit
                       ? tr("Text of up to %n characters; Tab moves to the next field.", nullptr, m_def.maxLength)
                   : m_def.maxLength > 0 ? tr("Text of up to %n characters.", nullptr, m_def.maxLength)
                                         : tr("Text.");
            break;
        case FieldType::Email:
            what = tr("An email address, such as name@example.org.");
            break;
        case FieldType::Integer:
            what = tr("A whole number from %1 to %2; below that is \"Not recorded\".")
                       .arg(m_def.minimum)
                       .arg(m_def.maximum);
            break;
        case FieldType::Boolean:
            what = tr("Space ticks or clears it.");
            break;
        case FieldType::Enum:
            what = tr("Choose one from the list; the arrow keys or the first letters move through it.");
            break;
        case FieldType::Uuid:
        case FieldType::Reference:
            what = tr("Shown only; it cannot be changed here.");
            break;
        default:
            break;
        }
    }
    return (m_def.required ? tr("Required. %1") : tr("Optional. %1")).arg(what);
}

void FieldInput::setMnemonicText(const QString& textWithMnemonic)
{
    if (m_check)
        m_check->setText(textWithMnemonic);
    else
        m_label->setText(tr("%1:").arg(textWithMnemonic));
}

void FieldInput::setToday(QDate today)
{
    if (m_date)
        m_date->setToday(today);
}

void FieldInput::changed()
{
    if (m_setting)
        return;
    if (m_combo)
        m_combo->setToolTip(m_combo->currentIndex() > 0 ? m_combo->currentText() : QString());
    const bool discrete = m_combo || m_check;
    m_typing = !discrete;
    emit edited();
    if (discrete)
        finished();
}

void FieldInput::finished()
{
    m_typing = false;
    emit editFinished();
}

QVariant FieldInput::rawValue() const
{
    if (m_line)
        return m_line->text();
    if (m_plainText)
        return m_plainText->toPlainText();
    if (m_date)
        return m_date->lineEdit()->text();
    if (m_spin)
        return m_spin->value();
    if (m_check)
        return m_check->isChecked();
    return m_combo->currentData().toString();
}

void FieldInput::setRawValue(const QVariant& raw)
{
    m_setting = true;
    if (m_line && m_line->text() != raw.toString()) {
        m_line->setText(raw.toString());
    } else if (m_plainText && m_plainText->toPlainText() != raw.toString()) {
        m_plainText->setPlainText(raw.toString());
    } else if (m_date && m_date->lineEdit()->text() != raw.toString()) {
        m_date->lineEdit()->setText(raw.toString());
    } else if (m_spin) {
        m_spin->setValue(raw.isValid() ? raw.toInt() : m_spin->minimum());
    } else if (m_check) {
        m_check->setChecked(raw.toBool());
    } else if (m_combo) {
        const QString value = raw.toString();
        // Only the value being shown may stand outside the listed choices (see below).
        const int listed = int(m_def.choices.size()) + 1;
        for (int extra = m_combo->count() - 1; extra >= listed; --extra) {
            if (m_combo->itemData(extra).toString() != value)
                m_combo->removeItem(extra);
        }
        int index = value.isEmpty() ? 0 : m_combo->findData(value);
        if (index < 0) {
            // A value from elsewhere (an older export, a newer central store) is shown as it is,
            // never replaced by a listed choice; the validator says what is wrong with it.
            m_combo->addItem(tr("%1 (not one of the choices)").arg(value), value);
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(index);
        m_combo->setToolTip(index > 0 ? m_combo->currentText() : QString());
    }
    m_setting = false;
    m_typing = false;
}

QVariant FieldInput::rawFor(const domain::Record& record) const
{
    const QString& field = m_def.name;
    switch (m_def.type) {
    case FieldType::Phone: {
        const QString stored = record.text(field);
        return stored.startsWith(QLatin1Char('+')) ? domain::PhoneNumbers::formatNational(stored) : stored;
    }
    case FieldType::Date: {
        const QDate date = record.date(field);
        return date.isValid() ? DateInput::format(date) : record.text(field);
    }
    case FieldType::DateTime: {
        const QDateTime moment = record.value(field).toDateTime();
        return moment.isValid() ? DateInput::format(moment) : record.text(field);
    }
    case FieldType::Integer:
        return record.has(field) ? record.value(field).toInt() : m_spin->minimum();
    case FieldType::Boolean:
        return record.flag(field);
    default:
        return record.text(field);
    }
}

QVariant FieldInput::recordValue(QString* problem) const
{
    if (m_date) {
        const DateInput::Parsed parsed = m_date->parse();
        *problem = parsed.problem;
        return parsed.value;
    }
    if (m_spin)
        return m_spin->value() == m_spin->minimum() ? QVariant() : QVariant(qlonglong(m_spin->value()));
    if (m_check)
        return m_check->isChecked();
    const QString text = rawValue().toString();
    return text.isEmpty() ? QVariant() : QVariant(text);
}

void FieldInput::showMessage(ValidationIssue::Severity severity, const QString& text)
{
    const bool error = severity == ValidationIssue::Severity::Error;
    const QStyle* style = m_cell->style();
    const QIcon icon =
        style->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning, nullptr, m_cell);
    m_messageIcon->setPixmap(icon.pixmap(QSize(16, 16), m_messageIcon->devicePixelRatioF()));
    // Read out before the message, as the word at its start is; never a picture without a name.
    m_messageIcon->setAccessibleName(error ? tr("Error") : tr("Check"));
    // Colour only adds to the "Error:"/"Check:" words and the icon; both tones keep a contrast
    // of at least 4.5:1 on the window background, light or dark.
    // (ui/Colours holds the tones; tst_contrast checks them.)
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? Colours::errorText(m_cell->palette()) : Colours::warningText(m_cell->palette()));
    m_message->setPalette(palette);
    m_message->setText(text);
    m_editor->setAccessibleDescription(text);
    m_messageRow->show();
}

void FieldInput::clearMessage()
{
    m_messageRow->hide();
    m_message->clear();
    m_messageIcon->clear();
    m_messageIcon->setAccessibleName(QString());
    m_editor->setAccessibleDescription(m_hint);
}

void FieldInput::fitToFont()
{
    // Sizes made from the font, so that text grows with the system font and is never cut:
    // called when the editor is made and again when the font changes while Trellis runs.
    if (m_plainText) {
        const int lines = m_def.maxLength >= 2000 ? 5 : 3;
        m_plainText->setFixedHeight(m_plainText->fontMetrics().lineSpacing() * lines + 12);
    }
    if (m_line && m_shortLine) {
        // Short codes and phone numbers get a box their size, so the width says what is expected.
        const int characters = m_def.type == FieldType::Phone ? 20 : std::max(m_def.maxLength, 6) + 4;
        m_line->setMaximumWidth(characterWidth(m_line, characters) + 16);
    }
}

bool FieldInput::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FontChange && (watched == m_plainText || watched == m_line))
        fitToFont();
    if (watched == m_plainText && event->type() == QEvent::FocusOut) {
        finished();
    } else if (watched == m_editor && event->type() == QEvent::Wheel && !m_editor->hasFocus()) {
        // A wheel turned over a list or number the worker is not in scrolls the form instead
        // of quietly changing a value.
        QApplication::sendEvent(m_cell, event);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace trellis::ui
