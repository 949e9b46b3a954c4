#include "SyncDetailDialog.h"

#include "FocusFrame.h"
#include "session/SyncWords.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace trellis::ui {

namespace {
QLabel* valueLabel(QWidget* parent, const QString& name, const QString& accessible)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessible);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}
} // namespace

SyncDetailDialog::SyncDetailDialog(SyncService& service, SyncStatusBar::CountsReader readCounts, const Clock& clock,
                                   QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_readCounts(std::move(readCounts))
    , m_clock(clock)
    , m_tabs(new QTabWidget(this))
    , m_state(valueLabel(this, QStringLiteral("syncStateValue"), tr("Connection")))
    , m_lastSync(valueLabel(this, QStringLiteral("lastSyncValue"), tr("Last sync")))
    , m_error(valueLabel(this, QStringLiteral("lastErrorValue"), tr("Last problem")))
    , m_waiting(valueLabel(this, QStringLiteral("waitingValue"), tr("Changes waiting")))
    , m_conflicts(valueLabel(this, QStringLiteral("conflictsValue"), tr("Conflicts")))
    , m_rejected(valueLabel(this, QStringLiteral("rejectedValue"), tr("Rejected changes")))
    , m_syncNow(new QPushButton(tr("Sync now"), this))
{
    setObjectName(QStringLiteral("syncDetailDialog"));
    setWindowTitle(tr("Sync details"));
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    auto* settings = new QPushButton(tr("Connection settings…"), this);
    settings->setObjectName(QStringLiteral("connectionSettingsButton"));
    m_syncNow->setToolTip(tr("Send your changes and get the team's now (F5)"));
    settings->setToolTip(tr("The central store's address, your login and password"));

    auto* summary = new QWidget(m_tabs);
    auto* form = new QFormLayout;
    form->addRow(tr("Connection:"), m_state);
    form->addRow(tr("Last sync:"), m_lastSync);
    form->addRow(tr("Last problem:"), m_error);
    form->addRow(tr("Changes waiting:"), m_waiting);
    form->addRow(tr("Conflicts:"), m_conflicts);
    form->addRow(tr("Rejected changes:"), m_rejected);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_syncNow);
    actions->addWidget(settings);
    actions->addStretch(1);
    auto* column = new QVBoxLayout(summary);
    column->addLayout(form);
    column->addLayout(actions);
    column->addStretch(1);
    m_tabs->addTab(summary, tr("Summary"));
    showFocusFrame(m_tabs->tabBar());
    m_tabs->setTabToolTip(0, tr("Whether Trellis can reach the central store, and what is waiting"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons = buttons;
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close the sync details"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_syncNow, &QPushButton::clicked, &m_service, &SyncService::syncNow);
    connect(settings, &QPushButton::clicked, this, &SyncDetailDialog::connectionSettingsRequested);
    for (auto signal : {&SyncService::started, &SyncService::stateChanged})
        connect(&m_service, signal, this, &SyncDetailDialog::refresh);
    connect(&m_service, &SyncService::finished, this, &SyncDetailDialog::refresh);
    connect(&m_service, &SyncService::failed, this, &SyncDetailDialog::refresh);
    resize(640, 420);
    refresh();
}

void SyncDetailDialog::addPage(QWidget* page, const QString& title)
{
    // The page's own description is the tab's, as a screen reader reads it.
    m_tabs->setTabToolTip(m_tabs->addTab(page, title), page->accessibleDescription());
    // A page added later would come after Close in the Tab order (Qt's focus chain follows
    // creation, and Qt 6.4's setTabOrder moves one widget and skips hidden ones): the buttons
    // are taken out and put back, which puts them at the end of the chain, below the pages.
    m_buttons->setParent(nullptr);
    m_buttons->setParent(this);
    layout()->addWidget(m_buttons);
    m_buttons->show();
}

void SyncDetailDialog::refresh()
{
    m_state->setText(m_service.isRunning() ? tr("%1, syncing now").arg(SyncStatusBar::stateWords(m_service.state()))
                                           : SyncStatusBar::stateWords(m_service.state()));
    const auto& error = m_service.lastError();
    m_error->setText(error ? SyncWords::forError(error->kind) : tr("None"));
    m_syncNow->setEnabled(!m_service.isRunning());
    if (!m_readCounts)
        return;
    auto read = m_readCounts();
    if (!read.ok())
        return;
    const SyncCounts& counts = read.value();
    m_lastSync->setText(SyncStatusBar::lastSyncedWords(SyncStatusBar::lastSuccess(counts, m_service), m_clock));
    m_waiting->setText(QString::number(counts.waiting));
    m_conflicts->setText(QString::number(counts.conflicts));
    m_rejected->setText(QString::number(counts.rejected));
}

} // namespace trellis::ui
