#include "CentredPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace trellis::ui {

QVBoxLayout* CentredPanel::create(QWidget* page, int width)
{
    auto* panel = new QWidget(page);
    panel->setFixedWidth(width);
    auto* column = new QVBoxLayout(panel);
    // Stretches rather than an alignment flag: an aligned widget gets its plain size hint, and
    // its word-wrapped labels would be cut off instead of growing taller.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(panel);
    row->addStretch(1);
    auto* outer = new QVBoxLayout(page);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    return column;
}

QLabel* CentredPanel::title(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace trellis::ui
