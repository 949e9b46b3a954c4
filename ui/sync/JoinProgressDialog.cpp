#include "JoinProgressDialog.h"

#include "SyncStatusBar.h"
#include "session/SyncService.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace trellis::ui {

JoinProgressDialog::JoinProgressDialog(SyncService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_label(new QLabel(tr("Connecting to the central store…"), this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("joinProgressDialog"));
    setWindowTitle(tr("Getting your caseload"));
    m_label->setObjectName(QStringLiteral("joinProgressLabel"));
    m_bar->setObjectName(QStringLiteral("joinProgressBar"));
    m_bar->setAccessibleName(tr("Progress getting your caseload"));
    m_bar->setRange(0, 0);
    m_cancel->setObjectName(QStringLiteral("joinCancelButton"));
    m_cancel->setToolTip(tr("Stop for now; what has arrived is kept and the next sync carries on"));
    m_bar->setAccessibleDescription(tr("How many of your young people's records have arrived"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);
    setModal(false);
    setMinimumWidth(420);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("Stopping; everything that arrived is kept…"));
        m_service.cancel();
    });
    connect(&m_service, &SyncService::progress, this, [this](const QString& phase, qint64 done, qint64 total) {
        if (m_cancel->isEnabled())
            m_label->setText(syncPhaseWords(phase, done, true));
        if (total > 0) {
            m_bar->setRange(0, 1000);
            m_bar->setValue(int(1000 * qBound<qint64>(0, done, total) / total));
        } else {
            m_bar->setRange(0, 0);
        }
    });
    connect(&m_service, &SyncService::finished, this, &QDialog::accept);
    connect(&m_service, &SyncService::failed, this, &QDialog::reject);
}

QString JoinProgressDialog::text() const
{
    return m_label->text();
}

} // namespace trellis::ui
