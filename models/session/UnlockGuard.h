#pragma once

#include "Clock.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace trellis {

// Slows down guessing at the unlock screen and remembers failed attempts until they can be
// written to the store's audit trail. A failed unlock cannot be written into the store (it did
// not open), so attempts are kept in a small file beside it holding times only: no name, no
// passphrase, nothing from a record. The delay survives a restart of Trellis.
//
// Delay after n consecutive failures: none for the first 3, then 2^(n-3) seconds, at most
// 5 minutes.
class UnlockGuard {
public:
    static constexpr int kFreeAttempts = 3;
    static constexpr qint64 kMaximumDelaySeconds = 300;

    UnlockGuard(QString storePath, const Clock& clock);

    // Seconds to wait before the next attempt is allowed; 0 when it may go ahead.
    qint64 secondsUntilNextAttempt() const;
    int consecutiveFailures() const { return int(m_failures.size()); }

    void recordFailure();
    // After a successful unlock: hands back the failed attempts still to be audited and forgets them.
    QList<QDateTime> takeFailuresForAudit();

    static qint64 delayAfter(int failures);
    QString sidecarPath() const { return m_path; }

private:
    void load();
    void save() const;

    QString m_path;
    const Clock& m_clock;
    QList<QDateTime> m_failures;
};

} // namespace trellis
