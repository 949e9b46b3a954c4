#pragma once

#include "WorkArea.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QStackedWidget;

namespace trellis {
class Session;
}

namespace trellis::ui {

class CreateStorePage;
class LockScreen;

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

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void showUnlocked();
    void putAwayWork();
    void showLocked();
    void chooseOtherStore();

    Session& m_session;
    QStackedWidget* m_stack;
    LockScreen* m_lockScreen;
    CreateStorePage* m_createPage;
    WorkArea* m_work = nullptr;
    WorkArea::Place m_resume;
    QAction* m_lockAction;
    QLabel* m_statusLabel;
    std::function<QString()> m_chooseStore;
};

} // namespace trellis::ui
