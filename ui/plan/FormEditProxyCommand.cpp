#include "FormEditProxyCommand.h"

namespace trellis::ui {

FormEditProxyCommand::FormEditProxyCommand(const QString& text, std::function<void()> undoForm,
                                           std::function<void()> redoForm)
    : QUndoCommand(text)
    , m_undoForm(std::move(undoForm))
    , m_redoForm(std::move(redoForm))
{
}

void FormEditProxyCommand::undo()
{
    m_undoForm();
}

void FormEditProxyCommand::redo()
{
    if (m_pushed)
        m_redoForm();
    m_pushed = true;
}

} // namespace trellis::ui
