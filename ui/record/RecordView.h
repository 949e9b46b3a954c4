#pragma once

#include "RecordTab.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTabWidget;

namespace trellis::ui {

class ContactsTab;
class EpisodesTab;
class ProfileTab;
class RecordHeader;
class TrustedAdultsTab;

// One young person's record: a header strip of who they are and what is overdue, and a tab per
// part of the record (profile, safety plan when inserted, trusted adults, contacts, episodes).
// It never loses work: every editor keeps an encrypted draft as it goes, and leaving with unsaved
// changes asks first.
class RecordView : public QWidget {
    Q_OBJECT
public:
    enum class LeaveAnswer { Save, Discard, Cancel };
    using LeaveAsker = std::function<LeaveAnswer()>;

    RecordView(Database& db, const Clock& clock, QString actor, QWidget* parent = nullptr);

    // Shows a young person (writing a 'view' audit event) and brings back any drafts they left.
    bool open(const QString& youngPersonId);
    // A new young person: only the profile until it is saved.
    void startNew();
    QString youngPersonId() const;
    // Reads the young person's sync state again for the header (WorkArea::refresh should call
    // it after a sync; it is also read whenever the record is opened or reloaded).
    void refreshSyncState();

    int currentTab() const;
    void setCurrentTab(int index);
    // The safety-plan editor is built elsewhere; it goes in as the second tab.
    void insertSafetyPlanTab(QWidget* editor, const QString& title);

    bool hasUnsavedChanges() const;
    // Saves every editor with changes; false (and that tab shown, its problems marked) when one
    // cannot be saved.
    bool saveAll();
    // Before locking: every unsaved editor's state to the encrypted draft table, never discarded.
    void saveDrafts();
    void discardChanges();
    // Asks Save / Discard / Cancel when there are unsaved changes; true when it is safe to leave.
    bool confirmLeave();
    // Test hook: how confirmLeave() asks. The default is a QMessageBox.
    void setLeaveAsker(LeaveAsker asker) { m_askLeave = std::move(asker); }

    RecordHeader* header() const { return m_header; }
    ProfileTab* profileTab() const { return m_profile; }
    TrustedAdultsTab* trustedAdultsTab() const { return m_adults; }
    ContactsTab* contactsTab() const { return m_contacts; }
    EpisodesTab* episodesTab() const { return m_episodes; }

signals:
    void recordSaved(const QString& id);
    void unsavedChanged(bool unsaved);
    // The header's button: the worker asks for the conflict inbox or the refused changes.
    void conflictInboxRequested();
    void rejectedChangesRequested();

private:
    QList<RecordTab*> tabs() const;
    bool reload();
    void showOnlyProfile(bool only);
    void updateTabTitle(RecordTab* tab);
    void updateUnsaved();
    void showMessage(const QString& message);
    LeaveAnswer askWithMessageBox();

    RecordContext m_context;
    FullRecord m_record;
    bool m_unsaved = false;
    LeaveAsker m_askLeave;

    RecordHeader* m_header;
    QLabel* m_message;
    QTabWidget* m_tabs;
    ProfileTab* m_profile;
    TrustedAdultsTab* m_adults;
    ContactsTab* m_contacts;
    EpisodesTab* m_episodes;
    QWidget* m_safetyPlan = nullptr;
    QHash<RecordTab*, QString> m_titles;
    QHash<RecordTab*, QString> m_tips; // each tab's description (its tooltip while saved)
};

} // namespace trellis::ui
