#pragma once

#include "RecordTab.h"

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace trellis::ui {

class EpisodeListModel;
class RecordForm;

// Missing episodes (72-hour return home interview clock), NRM referrals and decisions,
// exclusions and SEMH referrals (4-week first appointment clock). The editor shows only the
// fields that belong to the kind of episode.
class EpisodesTab : public RecordTab {
    Q_OBJECT
public:
    EpisodesTab(const RecordContext& context, QWidget* parent);

    EpisodeListModel* model() const { return m_model; }
    RecordForm* form() const { return m_form; }
    static QStringList fieldsFor(const QString& kind);

    void setRecord(const FullRecord& record) override;
    bool hasUnsavedChanges() const override;
    bool save() override;
    void saveDrafts() override;
    void discardChanges() override;
    std::optional<QDateTime> restoreDrafts() override;

    void addEpisode(const QString& kind);
    void editEpisode(int row);

private:
    void openEditor(const domain::Record& episode, bool isNew);
    void closeEditor();
    void keepDraft();
    QString draftKey() const;

    domain::Record m_episode;
    bool m_isNew = false;
    bool m_restored = false;

    EpisodeListModel* m_model;
    QStackedWidget* m_pages;
    QTableView* m_list;
    QComboBox* m_kind;
    QPushButton* m_add;
    QPushButton* m_edit;
    QLabel* m_title;
    QLabel* m_message;
    QVBoxLayout* m_formSlot;
    RecordForm* m_form = nullptr;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

} // namespace trellis::ui
