#pragma once

#include "domain/EntityDef.h"
#include "domain/Record.h"
#include "domain/ValidationIssue.h"

#include <QObject>
#include <QVariant>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace trellis::ui {

class DateInput;

// One field of a RecordForm: its label, the input that suits its type, and the line beneath the
// input for the field's message. It converts between what the input shows (its "raw" value:
// text, a choice's stored value, a number, a tick) and what a Record holds, so that the form
// can keep undo history in raw values and compare them exactly.
class FieldInput : public QObject {
    Q_OBJECT
public:
    FieldInput(const QString& entity, const domain::FieldDef& def, QWidget* parentWidget);

    const domain::FieldDef& def() const { return m_def; }
    const QString& name() const { return m_def.name; }
    // What the field is called on screen and to assistive technology ("Date of birth").
    const QString& labelText() const { return m_labelText; }
    // The visible label, whose buddy is editor(); null for a check box, which carries its own.
    QLabel* label() const { return m_label; }
    // The widget that takes focus and typing; its objectName is the field name.
    QWidget* editor() const { return m_editor; }
    // The editor with its calendar button and message line, for the form's layout.
    QWidget* cell() const { return m_cell; }
    QLabel* messageLabel() const { return m_message; }
    // How many form rows it is worth when balancing columns (a multi-line box counts as more).
    int rowWeight() const { return m_plainText ? 3 : 1; }
    // Sets the label text with one letter marked as its Alt shortcut (the form picks the letters).
    void setMnemonicText(const QString& textWithMnemonic);
    void setToday(QDate today);

    QVariant rawValue() const;
    void setRawValue(const QVariant& raw); // does not emit edited()
    QVariant rawFor(const domain::Record& record) const;
    // The value for a Record; `problem` says why typed text cannot be read (half a date).
    QVariant recordValue(QString* problem) const;
    // True between the keystrokes of a typed value, until the worker leaves the field or presses
    // Enter: a half-typed date is not yet worth a message.
    bool isTyping() const { return m_typing; }

    void showMessage(domain::ValidationIssue::Severity severity, const QString& text);
    void clearMessage();

signals:
    void edited();       // any change the worker makes, keystroke by keystroke
    void editFinished(); // the end of one edit: left the field, pressed Enter, made a choice

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The accessible description: what the field expects and whether it is required.
    QString expectation() const;
    void fitToFont();
    void createEditor(const QString& entity);
    void changed();
    void finished();

    domain::FieldDef m_def;
    QString m_labelText;
    QString m_hint; // the accessible description when there is no message
    bool m_shortLine = false; // a line edit as wide as its longest value (phone, short codes)
    QWidget* m_cell;
    QWidget* m_editor = nullptr;
    QLabel* m_label = nullptr;
    QWidget* m_messageRow = nullptr;
    QLabel* m_messageIcon = nullptr;
    QLabel* m_message = nullptr;
    QLineEdit* m_line = nullptr;
    QPlainTextEdit* m_plainText = nullptr;
    DateInput* m_date = nullptr;
    QSpinBox* m_spin = nullptr;
    QCheckBox* m_check = nullptr;
    QComboBox* m_combo = nullptr;
    bool m_setting = false;
    bool m_typing = false;
};

} // namespace trellis::ui
