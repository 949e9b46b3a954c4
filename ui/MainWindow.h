#pragma once

#include "WorkArea.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAction;
class QLabel;
class QStackedWidget;

namespace trellis {
class Session;
namespace sync {
struct SyncSummary;
}
} // namespace trellis

namespace trellis::ui {

class ConnectionSettingsDialog;
class CreateStorePage;
class JoinProgressDialog;
class LanguageMenu;
class LockScreen;
class ReallocationAction;
class SyncDetailDialog;
class SyncStatusBar;

// The one window. While locked it shows only the lock screen (or, on first run, the page that
// creates a store); while unlocked, the work area. Any key or mouse event counts as activity
// for the idle lock.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    WorkArea* workArea() const { return m_work; }
    // Test hook and first-run helper: how the window asks for another store's path.
    void setStoreChooser(std::function<QString()> chooser) { m_chooseStore = std::move(chooser); }
    // Test hook: how the window tells the worker who left their caseload (default: a message box).
    void setPurgeTeller(std::function<void(const QString&)> teller) { m_tellPurged = std::move(teller); }

    SyncStatusBar* syncStatusBar() const { return m_syncBar; }
    JoinProgressDialog* joinProgress() const;
    SyncDetailDialog* syncDetails() const;
    ConnectionSettingsDialog* connectionSettings() const;
    QAction* syncNowAction() const { return m_syncNowAction; }
    ReallocationAction* reallocation() const { return m_reallocation; }
    // "Dashboard" (Ctrl+Shift+D): shown only to a supervisor or manager (sync::WorkerRole).
    QAction* dashboardAction() const { return m_dashboardAction; }

    // "Given Family is no longer on your caseload. ...", one line per name.
    static QString purgedMessage(const QStringList& names);

public slots:
    void showConnectionSettings();
    // `page` names a tab to show first ("conflictInboxPage", "rejectedChangesPage"); empty: the summary.
    void showSyncDetails(const QString& page = QString());

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void showUnlocked();
    void coverWork();
    void putAwayWork();
    void showLocked();
    void chooseOtherStore();
    void startSyncing();
    void syncStarted();
    void syncEnded(const QStringList& purgedNames);
    void updateSyncActions();
    void updateDashboardAction();
    void showDashboard();
    // Language: applied at once while locked (the lock screen is rebuilt in it); while unlocked it
    // waits for the next lock, so an open editor never loses an unsaved change to a rebuild.
    void languageChosen();
    void applyLanguage();
    void rebuildLockedPages();
    void connectLockedPages();
    void retranslate();

    Session& m_session;
    QStackedWidget* m_stack;
    LockScreen* m_lockScreen;
    CreateStorePage* m_createPage;
    WorkArea* m_work = nullptr;
    WorkArea::Place m_resume;
    QAction* m_lockAction;
    QLabel* m_statusLabel;
    std::function<QString()> m_chooseStore;
    std::function<void(const QString&)> m_tellPurged;
    QAction* m_syncNowAction;
    QAction* m_cancelSyncAction;
    QAction* m_settingsAction;
    QAction* m_detailsAction;
    QAction* m_dashboardAction;
    LanguageMenu* m_languageMenu;
    QString m_languageInUse; // "cy" or "en_GB": what the window's texts were made in
    // Exist only while unlocked; deleted on lock before the sync service goes.
    SyncStatusBar* m_syncBar = nullptr;
    ReallocationAction* m_reallocation = nullptr;
    QPointer<JoinProgressDialog> m_join;
    QPointer<SyncDetailDialog> m_details;
    QPointer<ConnectionSettingsDialog> m_settings;
};

} // namespace trellis::ui
