#pragma once

#include <QUndoCommand>

#include <functional>

namespace trellis::ui {

// Stands on the safety plan editor's undo stack for one edit already on its header form's own
// stack (RecordForm keeps one, merging the keystrokes of a typed value). Undoing it undoes the
// form's edit, so Ctrl+Z walks back through header and item changes in the order they were made.
// The first redo() is the edit the form has already done, so it does nothing.
class FormEditProxyCommand : public QUndoCommand {
public:
    FormEditProxyCommand(const QString& text, std::function<void()> undoForm, std::function<void()> redoForm);

    void undo() override;
    void redo() override;

private:
    std::function<void()> m_undoForm;
    std::function<void()> m_redoForm;
    bool m_pushed = false;
};

} // namespace trellis::ui
