#pragma once

#include <QDate>

#include "PlanPrintBar.h"
#include "PlanVersionController.h"
#include "domain/SafetyPlanVersion.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QUndoStack;

namespace trellis {
class Clock;
class Database;
} // namespace trellis

namespace trellis::ui {

class PlanHistoryView;
class RecordForm;
class SectionEditor;

// A young person's safety plan: the version in use or the draft being written, its header
// (code word, own words, review date, sign-offs) and one list per section, with version history,
// activation and printing.
//
// Only a draft is editable. Active and superseded versions are shown read-only; "New version"
// makes an editable draft copy. Every change (header or item) is one step on one undo stack.
// Unsaved work is written to the encrypted DraftStore shortly after each change and by
// saveDraft() (which the window calls before locking), and is restored, with a message, when the
// plan is next loaded: a crash loses at most the field being typed.
//
// Which version is shown, and every move between versions, belong to PlanVersionController; this
// widget edits the version it is given and shows what the controller says.
class SafetyPlanEditor : public QWidget {
    Q_OBJECT
public:
    SafetyPlanEditor(Database& db, const Clock& clock, QString actor, QWidget* parent = nullptr);
    ~SafetyPlanEditor() override;

    // Shows the young person's draft if there is one, otherwise the active (or latest) version,
    // otherwise a new blank first version. False when the young person is not in the store.
    bool load(const QString& youngPersonId);
    bool hasUnsavedChanges() const;
    // Saves the draft shown (header and items in one transaction). False with a message when it
    // has errors, is read-only, or the store refused.
    bool save();
    // Writes the unsaved state to the DraftStore, or removes the draft when there is nothing unsaved.
    void saveDraft();
    void discardChanges();
    bool newVersion();
    // Asks to confirm, saves unsaved changes first, needs a review date.
    bool activate();
    void showHistory();

    const domain::SafetyPlanVersion& shownVersion() const { return m_lifecycle->shown(); }
    bool isReadOnly() const { return m_readOnly; }
    QString draftKey() const;
    QUndoStack* undoStack() const { return m_undo; }
    RecordForm* headerForm() const { return m_form; }
    SectionEditor* sectionEditor(const QString& section) const { return m_sections.value(section); }
    PlanHistoryView* historyView() const { return m_history; }
    PlanPrintBar* printBar() const { return m_print; }

    // Test hooks for dialogs; the confirm hook answers both activation and the PDF warning.
    void setConfirmHook(PlanPrintBar::ConfirmHook hook);
    void setFileNameHook(PlanPrintBar::FileNameHook hook) { m_print->setFileNameHook(std::move(hook)); }
    void setPrintDialogHook(PlanPrintBar::PrintDialogHook hook) { m_print->setPrintDialogHook(std::move(hook)); }

signals:
    void modifiedChanged(bool modified);
    void saved();

private:
    void buildLayout();
    void showVersion(const domain::SafetyPlanVersion& version, const QJsonObject* restore);
    void restoreDraft(const QJsonObject& draft);
    void onSectionChange(SectionEditor* editor, const QList<domain::Record>& after, int row, const QString& text);
    void applySection(const QString& section, const QList<domain::Record>& items, int row);
    void onFormIndexChanged(int index);
    void changed();
    void updateState();
    void setReadOnly(bool readOnly);
    void showMessage(const QString& text);
    QList<domain::Record> editedItems() const;
    std::optional<SafetyPlanDocument> printable();

    Database& m_db;
    const Clock& m_clock;
    QString m_actor;
    PlanVersionController* m_lifecycle;
    bool m_readOnly = false;
    bool m_modified = false;
    bool m_proxying = false;
    int m_formIndex = 0;
    PlanPrintBar::ConfirmHook m_confirm;

    QUndoStack* m_undo;
    QTimer* m_draftTimer;
    QLabel* m_versionLabel;
    QLabel* m_stateLabel;
    QLabel* m_messageLabel;
    QPushButton* m_undoButton;
    QPushButton* m_redoButton;
    QPushButton* m_saveButton;
    QPushButton* m_discardButton;
    QPushButton* m_newVersionButton;
    QPushButton* m_activateButton;
    QPushButton* m_historyButton;
    RecordForm* m_form;
    QHash<QString, SectionEditor*> m_sections;
    PlanPrintBar* m_print;
    PlanHistoryView* m_history = nullptr;
};

} // namespace trellis::ui
