#pragma once

#include <QListWidget>
#include <QString>

namespace trellis::ui::idlist {

// The conflict inbox and the refused changes list their items the same way: each line is a
// few lines of text with the item's id under Qt::UserRole, read by screen readers as one line.
inline void addItem(QListWidget* list, const QString& line, const QString& id)
{
    auto* item = new QListWidgetItem(line, list);
    item->setData(Qt::UserRole, id);
    item->setData(Qt::AccessibleTextRole, QString(line).replace(QLatin1Char('\n'), QStringLiteral(", ")));
}

// Makes the item with `id` current; false (and nothing changes) when no item has it.
inline bool selectId(QListWidget* list, const QString& id)
{
    for (int row = 0; !id.isEmpty() && row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == id) {
            list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

} // namespace trellis::ui::idlist
