#pragma once

#include "session/SyncCounts.h"
#include "session/SyncService.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace trellis {
class Clock;
}

namespace trellis::ui {

// The permanent sync widget of the main window's status bar: online or offline, the last
// successful sync, changes waiting, open conflicts and refused changes; a progress bar and
// Cancel while a sync runs. The summary is one flat button that opens the sync details.
//
// It polls the counts on the GUI thread (cheap indexed counts) every couple of seconds and after
// each sync, and passes the outbox count on to the service, which syncs soon after a save. It
// never says everything is synced while a change is waiting.
class SyncStatusBar : public QWidget {
    Q_OBJECT
public:
    using CountsReader = std::function<Result<SyncCounts>()>;
    static constexpr int kPollMs = 2000;

    SyncStatusBar(SyncService& service, CountsReader readCounts, const Clock& clock, QWidget* parent = nullptr);

    // The summary as shown (for tests and the accessible description).
    QString summary() const;
    const SyncCounts& counts() const { return m_counts; }
    // "Last synced today 10:42", "Last synced 26 Nov 2026 10:42", "Never synced".
    static QString lastSyncedWords(const std::optional<QDateTime>& when, const Clock& clock);
    // "Online", "Offline", "Not connected to the central store".
    static QString stateWords(SyncService::State state);
    // The later of the store's last success and the service's.
    static std::optional<QDateTime> lastSuccess(const SyncCounts& counts, const SyncService& service);

public slots:
    // Reads the counts again now.
    void refresh();

signals:
    void detailsRequested();

private:
    void showProgress(const QString& phase, qint64 done, qint64 total);
    void syncEnded();
    void render();

    SyncService& m_service;
    CountsReader m_readCounts;
    const Clock& m_clock;
    SyncCounts m_counts;
    QPushButton* m_summary;
    QProgressBar* m_progress;
    QLabel* m_phase;
    QPushButton* m_cancel;
    QTimer* m_poll;
};

// The words for a running sync's phase (push, pull, ...), with the count done when it helps.
QString syncPhaseWords(const QString& phase, qint64 done, bool joining);

} // namespace trellis::ui
