#pragma once

#include <QDateTime>

namespace trellis {

// The time, from one place that tests can replace: idle locking, due dates and unlock delays
// all ask a Clock, so a test moves time forward instead of waiting.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime& moment) { m_now = moment; }

private:
    QDateTime m_now;
};

} // namespace trellis
