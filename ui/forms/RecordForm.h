#pragma once

#include "domain/Record.h"
#include "domain/ValidationIssue.h"
#include "domain/Validator.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QScrollArea;
class QUndoStack;

namespace trellis::ui {

class FieldInput;

// The editor every record tab uses: one labelled input per field, in the order given, checked
// by the entity's Validator on every keystroke with each message beside its field.
//
// - Inputs are found by object name: the field name ("date_of_birth"); each message label is
//   the field name + "Error". A message starts with a word ("Error:", "Check:") and an icon, so
//   nothing depends on colour.
// - A new, empty record does not greet the worker with "is required" beside every field: a
//   field left empty shows that only once it has been touched, or after validateForSave().
//   A loaded record with content shows everything wrong with it at once.
// - Errors always block saving. Warnings (a phone number that is possible but not known to be
//   in use) block it until the worker ticks "I have checked…" (or acceptWarnings() is called);
//   the tick covers those values only, so changing a number asks again. Warnings already present
//   in the loaded record count as checked: they were accepted when it was saved.
// - Every edit of a field is one command on undoStack(); undo and redo put values back and
//   re-validate. isModified() compares the edited record with the loaded one, so undoing (or
//   retyping) back to what was loaded is unmodified again.
// - Fields are never saved from here: the window calls record(), stores it, then markSaved().
class RecordForm : public QWidget {
    Q_OBJECT
public:
    // `fields` in the order to show and tab through; ids, references and sync metadata are
    // never shown and are skipped if listed. Long forms are laid out in two columns.
    RecordForm(const domain::EntityDef& def, const QStringList& fields, const domain::Validator& validator,
               QWidget* parent = nullptr);
    ~RecordForm() override;

    // Every field of `def` a worker edits, in schema order (no ids, references or metadata).
    static QStringList editableFields(const domain::EntityDef& def);

    const domain::EntityDef& entityDef() const { return *m_def; }
    QStringList fields() const;

    // Fills the inputs from `record`, clears undo history and the unsaved state.
    // Auto shows every problem of a record that already holds values; OnTouch is for a new record
    // filled with defaults (a contact starting "now, 30 minutes, attended"), whose empty required
    // fields should not shout before the worker has reached them.
    enum class Reveal { Auto, OnTouch };
    void load(const domain::Record& record, Reveal reveal = Reveal::Auto);
    // The loaded record with the edited values over it (id, references and metadata kept),
    // normalised as the Validator does it: trimmed text, phone numbers in E.164.
    const domain::Record& record() const { return m_current; }
    // After the caller has stored record(): makes it the unmodified state and shows stored forms
    // (phone numbers read back as "020 7946 0123"). Undo history is kept.
    void markSaved(const domain::Record& saved);

    bool isModified() const { return m_modified; }
    const domain::ValidationIssues& issues() const { return m_issues; }
    bool hasErrors() const;
    bool hasWarnings() const;
    bool warningsAccepted() const;
    void acceptWarnings();
    // No errors, and any warnings checked.
    bool canSave() const;
    // For the Save button: shows every message (required fields left empty included), moves
    // focus to the first field that needs attention, and says whether saving may go ahead.
    bool validateForSave();

    QUndoStack* undoStack() const { return m_stack; }
    void setValidator(const domain::Validator& validator);
    // Letters the window's menus and buttons use with Alt, which field labels must not take.
    void setReservedMnemonics(const QString& letters);
    QWidget* editor(const QString& field) const;
    // What Tab goes through, in order: each field's input, then the tick for warnings. A screen
    // that puts the form after its own controls chains these after them (formlayout::chainTabOrder).
    QList<QWidget*> tabStops() const;
    QLabel* messageLabel(const QString& field) const;

public slots:
    void undo();
    void redo();

signals:
    void modifiedChanged(bool modified);
    void canSaveChanged(bool canSave);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildLayout(QWidget* content);
    void assignMnemonics();
    void onEdited(FieldInput* input);
    void onEditFinished();
    void applyRaw(const QString& field, const QVariant& raw);
    void setBaseline(const domain::Record& record, bool keepAcceptedWarnings);
    void captureInputs();
    void revalidate();
    void showMessages();
    void updateState();
    bool messageVisible(const domain::ValidationIssue& issue) const;
    QString messageText(const domain::ValidationIssue& issue) const;
    QSet<QString> warningKeys(const domain::Record& record, const domain::ValidationIssues& issues) const;

    const domain::EntityDef* m_def;
    domain::Validator m_validator;
    QList<FieldInput*> m_inputs;
    QHash<QString, FieldInput*> m_byName;
    domain::Record m_loaded;                // as load() or markSaved() gave it
    domain::Record m_baseline;              // m_loaded as the Validator normalises it, for isModified()
    domain::Record m_current;               // what record() returns
    QHash<QString, QVariant> m_baselineRaw; // what each input showed after load
    QHash<QString, QVariant> m_lastRaw;     // each input's value at the last command
    QHash<QString, QString> m_problems;     // typed text that cannot be read, by field
    domain::ValidationIssues m_issues;
    QSet<QString> m_touched;
    QSet<QString> m_acceptedWarnings;
    QString m_reservedMnemonics;
    bool m_revealAll = false;
    bool m_saving = false;
    bool m_modified = false;
    bool m_canSave = false;
    int m_edit = 0; // numbers edits, so that keystrokes of one edit merge into one command

    QUndoStack* m_stack;
    QLabel* m_summary;
    QScrollArea* m_scroll;
    QLabel* m_status;
    QCheckBox* m_acceptWarnings;
};

} // namespace trellis::ui
