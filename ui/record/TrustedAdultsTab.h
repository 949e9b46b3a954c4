#pragma once

#include "RecordTab.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace trellis::ui {

class RecordForm;
class TrustedAdultModel;

// The adults a young person trusts: the list, an editor for adding or changing one (with the
// role of the link), and a search that links an adult who already exists, so a grandparent
// shared by siblings is one record with two links rather than two copies.
class TrustedAdultsTab : public RecordTab {
    Q_OBJECT
public:
    TrustedAdultsTab(const RecordContext& context, QWidget* parent);

    TrustedAdultModel* model() const { return m_model; }
    RecordForm* form() const { return m_form; }

    void setRecord(const FullRecord& record) override;
    bool hasUnsavedChanges() const override;
    bool save() override;
    void saveDrafts() override;
    void discardChanges() override;
    std::optional<QDateTime> restoreDrafts() override;

    void addAdult();
    void editAdult(int row);
    void showLinkSearch();

private:
    void openEditor(const domain::Record& adult, const domain::Record& link, bool isNew);
    void closeEditor();
    void search(const QString& text);
    void linkChosen();
    void keepDraft();
    void updateBanner();
    QString draftKey() const;
    QString chosenRole(const QComboBox* combo) const;
    void fillRoles(QComboBox* combo);

    FullRecord m_record;
    domain::Record m_adult; // the adult being edited, as stored (or new)
    domain::Record m_link;  // the link carrying the role
    bool m_isNew = false;
    bool m_restored = false;
    QList<domain::Record> m_found;

    TrustedAdultModel* m_model;
    QStackedWidget* m_pages;
    QTableView* m_list;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_linkButton;
    QLabel* m_editorTitle;
    QLabel* m_banner;
    QLabel* m_message;
    QComboBox* m_role;
    RecordForm* m_form;
    QPushButton* m_saveAdult;
    QPushButton* m_cancelAdult;
    QLineEdit* m_searchEdit;
    QListWidget* m_results;
    QComboBox* m_linkRole;
    QPushButton* m_confirmLink;
    QPushButton* m_cancelLink;
    QTimer* m_draftTimer;
};

} // namespace trellis::ui
