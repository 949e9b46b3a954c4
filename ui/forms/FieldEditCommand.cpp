#include "FieldEditCommand.h"

namespace trellis::ui {

namespace {
constexpr int kFieldEditId = 0x7e11;
} // namespace

FieldEditCommand::FieldEditCommand(const QString& text, QString field, QVariant before, QVariant after, int edit,
                                   Apply apply)
    : QUndoCommand(text)
    , m_field(std::move(field))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_edit(edit)
    , m_apply(std::move(apply))
{
}

void FieldEditCommand::undo()
{
    m_apply(m_field, m_before);
}

void FieldEditCommand::redo()
{
    // On push the input already shows m_after; applying it again is harmless and re-validates.
    m_apply(m_field, m_after);
}

int FieldEditCommand::id() const
{
    return kFieldEditId;
}

bool FieldEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const FieldEditCommand*>(other); // same id() means same type
    if (next->m_field != m_field || next->m_edit != m_edit)
        return false;
    m_after = next->m_after;
    // Typed and then deleted again: nothing is left to undo, so QUndoStack drops the command.
    setObsolete(m_before == m_after);
    return true;
}

} // namespace trellis::ui
