#pragma once

#include "SyncStatusBar.h"
#include "session/SyncService.h"

#include <QDialog>

class QLabel;
class QDialogButtonBox;
class QTabWidget;

namespace trellis {
class Clock;
}

namespace trellis::ui {

// The sync detail behind the status bar: the connection state, the last successful sync, the
// last error in plain words, the counts, "Sync now" and "Connection settings…"; further tabs
// (the conflict inbox, the refused changes) are added with addPage().
class SyncDetailDialog : public QDialog {
    Q_OBJECT
public:
    SyncDetailDialog(SyncService& service, SyncStatusBar::CountsReader readCounts, const Clock& clock,
                     QWidget* parent = nullptr);

    // A tab after the summary: the conflict inbox and the refused changes live here.
    void addPage(QWidget* page, const QString& title);
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    void refresh();

signals:
    void connectionSettingsRequested();

private:
    SyncService& m_service;
    SyncStatusBar::CountsReader m_readCounts;
    const Clock& m_clock;
    QTabWidget* m_tabs;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_state;
    QLabel* m_lastSync;
    QLabel* m_error;
    QLabel* m_waiting;
    QLabel* m_conflicts;
    QLabel* m_rejected;
    QPushButton* m_syncNow;
};

} // namespace trellis::ui
