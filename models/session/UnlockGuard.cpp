#include "UnlockGuard.h"

#include <QFile>
#include <QSaveFile>

namespace trellis {

UnlockGuard::UnlockGuard(QString storePath, const Clock& clock)
    : m_path(storePath + QStringLiteral(".unlock-attempts"))
    , m_clock(clock)
{
    load();
}

qint64 UnlockGuard::delayAfter(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int exponent = std::min(failures - kFreeAttempts, 16);
    return std::min<qint64>(qint64(1) << exponent, kMaximumDelaySeconds);
}

qint64 UnlockGuard::secondsUntilNextAttempt() const
{
    if (m_failures.isEmpty())
        return 0;
    const qint64 delay = delayAfter(int(m_failures.size()));
    const qint64 waited = m_failures.last().secsTo(m_clock.now());
    // A clock set backwards must not unlock the wait early or make it endless.
    if (waited < 0)
        return delay;
    return std::max<qint64>(0, delay - waited);
}

void UnlockGuard::recordFailure()
{
    m_failures.append(m_clock.now().toUTC());
    save();
}

QList<QDateTime> UnlockGuard::takeFailuresForAudit()
{
    QList<QDateTime> failures;
    failures.swap(m_failures);
    QFile::remove(m_path);
    return failures;
}

void UnlockGuard::load()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    // One ISO 8601 time a line; anything else in the file is ignored rather than trusted.
    while (!file.atEnd() && m_failures.size() < 10000) {
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(file.readLine().trimmed()), Qt::ISODate);
        if (when.isValid())
            m_failures.append(when.toUTC());
    }
}

void UnlockGuard::save() const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    for (const QDateTime& when : m_failures)
        file.write(when.toString(Qt::ISODate).toLatin1() + '\n');
    file.commit();
}

} // namespace trellis
