#pragma once

#include "RecordTab.h"

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace trellis::ui {

class ContactListModel;
class RecordForm;

// Logging a contact in under 30 seconds from the keyboard: a compact form already holding now,
// a usual duration and the proposed next contact, saved with Ctrl+Enter; the past contacts below.
class ContactsTab : public RecordTab {
    Q_OBJECT
public:
    ContactsTab(const RecordContext& context, QWidget* parent);

    RecordForm* form() const { return m_form; }
    ContactListModel* model() const { return m_model; }

    void setRecord(const FullRecord& record) override;
    bool hasUnsavedChanges() const override;
    bool save() override;
    void saveDrafts() override;
    void discardChanges() override;
    std::optional<QDateTime> restoreDrafts() override;

private:
    QString draftKey() const;
    domain::Record freshContact() const;
    void keepDraft();

    FullRecord m_record;
    bool m_restored = false;
    RecordForm* m_form;
    QLabel* m_nextDue;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_clear;
    ContactListModel* m_model;
    QTableView* m_list;
    QTimer* m_draftTimer;
};

} // namespace trellis::ui
