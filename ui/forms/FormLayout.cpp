#include "FormLayout.h"

#include "FieldInput.h"

#include <QAbstractButton>
#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QVBoxLayout>
#include <QWidget>

namespace trellis::ui::formlayout {

namespace {

// Forms with more rows than this get two columns, so a young person's profile fits a
// 1366x768 screen without scrolling.
constexpr int kOneColumnRows = 12;

QFormLayout* addColumn(QHBoxLayout* columns)
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setVerticalSpacing(8);
    // Top-aligned, so a shorter column does not spread its rows to match the other.
    auto* column = new QVBoxLayout;
    column->addLayout(form);
    column->addStretch(1);
    columns->addLayout(column, 1);
    return form;
}

qsizetype pick(const QString& text, QSet<QChar>& used)
{
    for (const bool wordStartsOnly : {true, false}) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i).toLower();
            const bool wordStart = i == 0 || !text.at(i - 1).isLetterOrNumber();
            if (c.isLetter() && (wordStart || !wordStartsOnly) && !used.contains(c)) {
                used.insert(c);
                return i;
            }
        }
    }
    return -1;
}

void addMnemonic(const QString& text, QSet<QChar>& letters)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&')) {
            letters.insert(text.at(i + 1).toLower());
            return;
        }
        ++i; // "&&" is a literal ampersand
    }
}

} // namespace

QSet<QChar> mnemonicsOutside(const QWidget* form)
{
    QSet<QChar> letters;
    const QWidget* window = form->window();
    for (const QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        for (const QAction* action : bar->actions())
            addMnemonic(action->text(), letters);
    }
    for (const QTabBar* bar : window->findChildren<QTabBar*>()) {
        if (!bar->isVisibleTo(window))
            continue;
        for (int i = 0; i < bar->count(); ++i)
            addMnemonic(bar->tabText(i), letters);
    }
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(window) && !form->isAncestorOf(button))
            addMnemonic(button->text(), letters);
    }
    return letters;
}

QLayout* fieldColumns(const QList<FieldInput*>& inputs)
{
    int total = 0;
    for (const FieldInput* input : inputs)
        total += input->rowWeight();
    const bool twoColumns = total > kOneColumnRows;

    auto* columns = new QHBoxLayout;
    columns->setSpacing(32);
    QFormLayout* form = addColumn(columns);
    int placed = 0;
    bool second = false;
    for (FieldInput* input : inputs) {
        if (twoColumns && !second && placed * 2 >= total) {
            form = addColumn(columns);
            second = true;
        }
        if (input->label())
            form->addRow(input->label(), input->cell());
        else // a check box is its own label; it lines up with the other inputs
            form->setWidget(form->rowCount(), QFormLayout::FieldRole, input->cell());
        placed += input->rowWeight();
    }
    return columns;
}

QString withMnemonic(const QString& text, QSet<QChar>& used)
{
    const qsizetype position = pick(text, used);
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i == position)
            result += QLatin1Char('&');
        result += text.at(i);
        if (text.at(i) == QLatin1Char('&'))
            result += QLatin1Char('&');
    }
    return result;
}

void chainTabOrder(const QList<QWidget*>& widgets)
{
    QWidget* previous = nullptr;
    for (QWidget* widget : widgets) {
        if (!widget)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

} // namespace trellis::ui::formlayout
