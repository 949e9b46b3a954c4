#pragma once

#include <QDialog>
#include <QJsonValue>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace trellis::ui {

// "Edit value…" of the conflict inbox: one field's editor, prefilled with one side's value, that
// hands back a wire value (docs/sync.md) for ConflictInbox::resolve. Text gets several lines, a
// choice a list of its labels, a date dd/mm/yyyy. A value it cannot read, and a refusal from
// resolve (showError), is said beside the input naming the field, and the dialog stays open so
// nothing typed is lost.
class ConflictEditDialog : public QDialog {
    Q_OBJECT
public:
    ConflictEditDialog(QString entity, QString field, const QJsonValue& initial, QWidget* parent = nullptr);

    // What is typed, for tests; the text of the one input shown.
    void setText(const QString& text);
    QString text() const;
    void showError(const QString& message);
    QString errorText() const;

signals:
    void submitted(const QJsonValue& value);

private:
    void submit();

    QString m_entity;
    QString m_field;
    QString m_label;
    QPlainTextEdit* m_multi = nullptr;
    QLineEdit* m_line = nullptr;
    QComboBox* m_choice = nullptr;
    int m_type = 0;
    QLabel* m_error;
};

} // namespace trellis::ui
