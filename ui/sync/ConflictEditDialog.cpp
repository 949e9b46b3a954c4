#include "ConflictEditDialog.h"

#include "ConflictValueText.h"
#include "domain/ChoiceLabels.h"
#include "domain/Entities.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trellis::ui {

using domain::FieldType;

ConflictEditDialog::ConflictEditDialog(QString entity, QString field, const QJsonValue& initial, QWidget* parent)
    : QDialog(parent)
    , m_entity(std::move(entity))
    , m_field(std::move(field))
    , m_label(conflicttext::fieldLabel(m_entity, m_field))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("conflictEditDialog"));
    setWindowTitle(tr("Edit %1").arg(m_label));
    auto* layout = new QVBoxLayout(this);
    auto* caption = new QLabel(tr("&%1:").arg(m_label), this);
    layout->addWidget(caption);

    const domain::EntityDef* def = domain::Entities::find(m_entity);
    const domain::FieldDef* f = def ? def->field(m_field) : nullptr;
    m_type = f ? int(f->type) : int(FieldType::Text);
    QWidget* input = nullptr;
    if (f && (f->type == FieldType::Enum || f->type == FieldType::Boolean)) {
        m_choice = new QComboBox(this);
        if (!f->required || f->type == FieldType::Boolean)
            m_choice->addItem(tr("(empty)"), QString());
        if (f->type == FieldType::Boolean) {
            m_choice->addItem(tr("Yes"), QStringLiteral("true"));
            m_choice->addItem(tr("No"), QStringLiteral("false"));
            m_choice->setCurrentIndex(initial.isBool() ? (initial.toBool() ? 1 : 2) : 0);
        } else {
            for (const QString& value : f->choices)
                m_choice->addItem(domain::ChoiceLabels::labelOrValue(m_entity, m_field, value), value);
            const int at = m_choice->findData(initial.toString());
            m_choice->setCurrentIndex(std::max(at, 0));
        }
        input = m_choice;
    } else if (conflicttext::isLongText(m_entity, m_field)) {
        m_multi = new QPlainTextEdit(initial.toString(), this);
        m_multi->setTabChangesFocus(true);
        m_multi->setMinimumSize(420, 160);
        input = m_multi;
    } else {
        QString text = initial.isString() ? initial.toString() : QString();
        if (m_type == int(FieldType::Date) && !text.isEmpty())
            text = conflicttext::valueWords(m_entity, m_field, initial); // dd/MM/yyyy
        if (initial.isDouble())
            text = QString::number(initial.toDouble(), 'g', 15);
        m_line = new QLineEdit(text, this);
        if (m_type == int(FieldType::Date))
            m_line->setPlaceholderText(tr("dd/mm/yyyy"));
        input = m_line;
    }
    input->setObjectName(QStringLiteral("conflictValueInput"));
    input->setAccessibleName(m_label);
    if (input->accessibleDescription().isEmpty())
        input->setAccessibleDescription(m_type == int(FieldType::Date) ? tr("The value to keep, as dd/mm/yyyy")
                                                                       : tr("The value to keep"));
    caption->setBuddy(input);
    layout->addWidget(input);

    m_error->setObjectName(QStringLiteral("conflictEditError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Keep this value"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("conflictEditSave"));
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Settle the conflict with the value above"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without settling the conflict"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConflictEditDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ConflictEditDialog::setText(const QString& text)
{
    if (m_multi)
        m_multi->setPlainText(text);
    else if (m_line)
        m_line->setText(text);
    else if (m_choice)
        m_choice->setCurrentIndex(std::max(m_choice->findText(text), 0));
}

QString ConflictEditDialog::text() const
{
    if (m_multi)
        return m_multi->toPlainText();
    if (m_line)
        return m_line->text();
    return m_choice ? m_choice->currentText() : QString();
}

void ConflictEditDialog::showError(const QString& message)
{
    // "Error:" in words, not colour alone; the message names the field.
    m_error->setText(tr("Error: %1").arg(message));
    m_error->setVisible(true);
    if (QWidget* input = findChild<QWidget*>(QStringLiteral("conflictValueInput")))
        input->setAccessibleDescription(message);
}

QString ConflictEditDialog::errorText() const
{
    return !m_error->isHidden() ? m_error->text() : QString();
}

void ConflictEditDialog::submit()
{
    if (m_choice) {
        const QString chosen = m_choice->currentData().toString();
        if (chosen.isEmpty())
            emit submitted(QJsonValue(QJsonValue::Null));
        else if (m_type == int(FieldType::Boolean))
            emit submitted(QJsonValue(chosen == QLatin1String("true")));
        else
            emit submitted(QJsonValue(chosen));
        return;
    }
    const QString typed = m_multi ? m_multi->toPlainText() : m_line->text().trimmed();
    if (typed.trimmed().isEmpty()) {
        emit submitted(QJsonValue(QJsonValue::Null));
        return;
    }
    if (m_type == int(FieldType::Date)) {
        QDate date = QDate::fromString(typed, QStringLiteral("d/M/yyyy"));
        if (!date.isValid())
            date = QDate::fromString(typed, Qt::ISODate);
        if (!date.isValid()) {
            showError(tr("%1: write the date as dd/mm/yyyy.").arg(m_label));
            return;
        }
        emit submitted(QJsonValue(date.toString(Qt::ISODate)));
        return;
    }
    if (m_type == int(FieldType::Integer)) {
        bool ok = false;
        const qlonglong number = typed.toLongLong(&ok);
        if (!ok) {
            showError(tr("%1: write a whole number.").arg(m_label));
            return;
        }
        emit submitted(QJsonValue(number));
        return;
    }
    emit submitted(QJsonValue(typed));
}

} // namespace trellis::ui
