#pragma once

#include <QUndoCommand>
#include <QVariant>

#include <functional>

namespace trellis::ui {

// One edit of one field of a RecordForm, as the input's value before and after. Keystrokes of
// one edit arrive as separate commands and merge into one, so that the undo stack is always
// current (Undo is enabled from the first keystroke) yet one Undo takes back a whole typed
// value. An edit ends when the worker leaves the field, presses Enter or makes a choice; the
// form then starts a new edit number, and commands of different edits never merge.
class FieldEditCommand : public QUndoCommand {
public:
    // Puts a value back into the field's input and re-validates.
    using Apply = std::function<void(const QString& field, const QVariant& raw)>;

    FieldEditCommand(const QString& text, QString field, QVariant before, QVariant after, int edit, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const QString& field() const { return m_field; }

private:
    QString m_field;
    QVariant m_before;
    QVariant m_after;
    int m_edit;
    Apply m_apply;
};

} // namespace trellis::ui
