#pragma once

#include <QDate>

#include "domain/Record.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace trellis::ui {

// One change to one section of a safety plan (an item added, removed, moved or edited), kept as
// the section's whole list before and after. Plans are short, so a snapshot is cheaper to get
// right than an inverse for every kind of change, and undo puts back exactly what was there.
class SectionChangeCommand : public QUndoCommand {
public:
    // Shows `items` in the section and selects `row`.
    using Apply = std::function<void(const QString& section, const QList<domain::Record>& items, int row)>;

    SectionChangeCommand(const QString& text, QString section, QList<domain::Record> before, int rowBefore,
                         QList<domain::Record> after, int rowAfter, Apply apply);

    void undo() override;
    void redo() override;

private:
    QString m_section;
    QList<domain::Record> m_before;
    QList<domain::Record> m_after;
    int m_rowBefore;
    int m_rowAfter;
    Apply m_apply;
};

} // namespace trellis::ui
