#pragma once

#include "RecordTab.h"
#include "domain/Validator.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace trellis::ui {

class RecordForm;

// The young person's own record: every field, the lead worker, an explicit Save, undo and redo,
// and a draft written after every finished edit.
class ProfileTab : public RecordTab {
    Q_OBJECT
public:
    ProfileTab(const RecordContext& context, QWidget* parent);

    // A new young person: an empty form with a fresh id, saved with a 'create' audit event.
    void startNew();
    bool isNew() const { return m_isNew; }
    RecordForm* form() const { return m_form; }

    void setRecord(const FullRecord& record) override;
    bool hasUnsavedChanges() const override;
    bool save() override;
    void saveDrafts() override;
    void discardChanges() override;
    std::optional<QDateTime> restoreDrafts() override;

signals:
    void saved(const QString& youngPersonId);

private:
    QString draftKey() const;
    QString chosenLeadWorker() const;
    void setLeadWorker(const QString& workerId);
    void loadWorkers();
    void keepDraft();
    void updateState();

    domain::Validator m_validator;
    domain::Record m_stored;   // as last read from the store (or blank for a new one)
    domain::Record m_formBase; // what the form was loaded with: edits are measured against it
    bool m_isNew = false;
    bool m_restored = false; // edits brought back from a draft count as unsaved until saved
    bool m_unsaved = false;
    bool m_settingLead = false;
    QString m_leadShown; // the lead worker id the combo showed before the last change

    RecordForm* m_form;
    QComboBox* m_leadWorker;
    QLabel* m_state;
    QLabel* m_message;
    QPushButton* m_undo;
    QPushButton* m_redo;
    QPushButton* m_save;
    QTimer* m_draftTimer;
};

} // namespace trellis::ui
