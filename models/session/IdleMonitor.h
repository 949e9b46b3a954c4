#pragma once

#include "Clock.h"

#include <QObject>

class QTimer;

namespace trellis {

// Decides when an unattended Trellis should lock. The UI reports activity (any key or mouse
// event); the monitor checks the Clock every few seconds and emits idleTimeout() once the
// worker has been away for the configured minutes (1 to 60, default 5).
class IdleMonitor : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultMinutes = 5;
    static constexpr int kMinimumMinutes = 1;
    static constexpr int kMaximumMinutes = 60;

    IdleMonitor(const Clock& clock, int minutes, QObject* parent = nullptr);

    void setMinutes(int minutes); // clamped to 1..60
    int minutes() const { return m_minutes; }
    void activity();
    // Checks now; the timer calls this too. Tests call it after moving a ManualClock.
    void check();
    void setRunning(bool running);
    qint64 idleSeconds() const;

signals:
    void idleTimeout();

private:
    const Clock& m_clock;
    int m_minutes;
    QDateTime m_lastActivity;
    QTimer* m_timer;
    bool m_fired = false;
};

} // namespace trellis
