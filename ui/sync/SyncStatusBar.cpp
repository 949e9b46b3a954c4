#include "SyncStatusBar.h"

#include "session/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace trellis::ui {

QString syncPhaseWords(const QString& phase, qint64 done, bool joining)
{
    if (phase == QLatin1String("push"))
        return SyncStatusBar::tr("Sending your changes…");
    if (phase == QLatin1String("revocation"))
        return SyncStatusBar::tr("Checking your caseload…");
    if (phase == QLatin1String("purge"))
        return SyncStatusBar::tr("Removing young people no longer on your caseload…");
    if (phase == QLatin1String("pull"))
        return joining ? SyncStatusBar::tr("Getting your caseload: %n records", nullptr, int(done))
                       : SyncStatusBar::tr("Getting updates: %n records", nullptr, int(done));
    if (phase == QLatin1String("conflicts"))
        return SyncStatusBar::tr("Checking for conflicts…");
    return SyncStatusBar::tr("Syncing…");
}

SyncStatusBar::SyncStatusBar(SyncService& service, CountsReader readCounts, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_readCounts(std::move(readCounts))
    , m_clock(clock)
    , m_summary(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_phase(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel sync"), this))
    , m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("syncStatusBar"));
    m_summary->setObjectName(QStringLiteral("syncSummaryButton"));
    m_summary->setFlat(true);
    m_summary->setToolTip(tr("Sync details"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_phase->setObjectName(QStringLiteral("syncPhaseLabel"));
    m_cancel->setObjectName(QStringLiteral("syncCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel sync"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_summary);
    m_phase->hide();
    m_progress->hide();
    m_cancel->hide();
    // Out of the Tab chain, like the rest of the status bar, and a click does not take focus
    // from the form being typed in: the keyboard reaches both through the Sync menu ("Sync
    // details…", "Cancel sync").
    m_summary->setFocusPolicy(Qt::NoFocus);
    m_cancel->setFocusPolicy(Qt::NoFocus);

    connect(m_summary, &QPushButton::clicked, this, &SyncStatusBar::detailsRequested);
    connect(m_cancel, &QPushButton::clicked, &m_service, &SyncService::cancel);
    connect(&m_service, &SyncService::started, this, [this] { showProgress(QString(), 0, 0); });
    connect(&m_service, &SyncService::progress, this, &SyncStatusBar::showProgress);
    connect(&m_service, &SyncService::finished, this, &SyncStatusBar::syncEnded);
    connect(&m_service, &SyncService::failed, this, &SyncStatusBar::syncEnded);
    connect(&m_service, &SyncService::stateChanged, this, &SyncStatusBar::render);
    connect(m_poll, &QTimer::timeout, this, &SyncStatusBar::refresh);
    m_poll->start(kPollMs);
    refresh();
}

QString SyncStatusBar::stateWords(SyncService::State state)
{
    switch (state) {
    case SyncService::State::NoAccount:
        return tr("Not connected to the central store");
    case SyncService::State::Offline:
        return tr("Offline");
    case SyncService::State::Online:
        return tr("Online");
    }
    return {};
}

QString SyncStatusBar::lastSyncedWords(const std::optional<QDateTime>& when, const Clock& clock)
{
    if (!when || !when->isValid())
        return tr("Never synced");
    const QDateTime local = when->toLocalTime();
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    if (local.date() == clock.today())
        return tr("Last synced today %1").arg(time);
    return tr("Last synced %1 %2").arg(QLocale().toString(local.date(), QStringLiteral("d MMM yyyy")), time);
}

std::optional<QDateTime> SyncStatusBar::lastSuccess(const SyncCounts& counts, const SyncService& service)
{
    const auto& here = service.lastSuccess();
    if (here && (!counts.lastSuccess || *here > *counts.lastSuccess))
        return here;
    return counts.lastSuccess;
}

void SyncStatusBar::refresh()
{
    if (!m_readCounts)
        return;
    auto read = m_readCounts();
    if (!read.ok())
        return; // keeps the last counts; the next poll tries again
    m_counts = read.value();
    m_service.noteWaiting(m_counts.waiting);
    render();
}

QString SyncStatusBar::summary() const
{
    QStringList parts;
    // "Offline" only when the network is the reason: a refused password, a disabled account or a
    // central store of another version will not go away by waiting for Wi-Fi.
    const auto& error = m_service.lastError();
    const bool networkReason = !error || error->kind == QLatin1String("unreachable") ||
                               error->kind == QLatin1String("connection-lost");
    if (m_service.state() == SyncService::State::Offline && !networkReason)
        parts << tr("Cannot sync (see Sync details)");
    else
        parts << stateWords(m_service.state());
    if (m_service.state() != SyncService::State::NoAccount) {
        parts << lastSyncedWords(lastSuccess(m_counts, m_service), m_clock);
    }
    // The singular spelled out: without a translation loaded, %n alone would say "1 changes".
    if (m_counts.waiting == 1)
        parts << tr("1 change waiting");
    else if (m_counts.waiting > 1)
        parts << tr("%n changes waiting", nullptr, int(m_counts.waiting));
    if (m_counts.conflicts == 1)
        parts << tr("1 conflict");
    else if (m_counts.conflicts > 1)
        parts << tr("%n conflicts", nullptr, int(m_counts.conflicts));
    if (m_counts.rejected > 0)
        parts << tr("%n rejected", nullptr, int(m_counts.rejected));
    // Only when nothing waits, nothing clashes and the central store answered.
    if (m_counts.waiting == 0 && m_counts.conflicts == 0 && m_counts.rejected == 0 &&
        m_service.state() == SyncService::State::Online && !m_service.isRunning())
        parts << tr("All changes synced");
    return parts.join(QStringLiteral(" · "));
}

void SyncStatusBar::render()
{
    const QString text = summary();
    m_summary->setText(text);
    m_summary->setAccessibleName(tr("Sync status: %1").arg(text));
}

void SyncStatusBar::showProgress(const QString& phase, qint64 done, qint64 total)
{
    m_phase->setText(syncPhaseWords(phase, done, false));
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * qBound<qint64>(0, done, total) / total));
    } else {
        m_progress->setRange(0, 0); // busy: the pull's size is not known in advance
    }
    m_phase->show();
    m_progress->show();
    m_cancel->show();
    render();
}

void SyncStatusBar::syncEnded()
{
    m_phase->hide();
    m_progress->hide();
    m_cancel->hide();
    refresh();
}

} // namespace trellis::ui
