#include "IdleMonitor.h"

#include <QTimer>

namespace trellis {

namespace {
constexpr int kCheckIntervalMs = 5000;
}

IdleMonitor::IdleMonitor(const Clock& clock, int minutes, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_minutes(std::clamp(minutes, kMinimumMinutes, kMaximumMinutes))
    , m_lastActivity(clock.now())
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &IdleMonitor::check);
}

void IdleMonitor::setMinutes(int minutes) { m_minutes = std::clamp(minutes, kMinimumMinutes, kMaximumMinutes); }

void IdleMonitor::activity()
{
    m_lastActivity = m_clock.now();
    m_fired = false;
}

qint64 IdleMonitor::idleSeconds() const { return std::max<qint64>(0, m_lastActivity.secsTo(m_clock.now())); }

void IdleMonitor::check()
{
    if (!m_fired && idleSeconds() >= qint64(m_minutes) * 60) {
        m_fired = true;
        emit idleTimeout();
    }
}

void IdleMonitor::setRunning(bool running)
{
    if (running) {
        activity();
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

} // namespace trellis
