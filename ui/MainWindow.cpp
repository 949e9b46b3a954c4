#include "MainWindow.h"

#include "domain/Entities.h"
#include "store/AuditLog.h"
#include "store/RecordRepository.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

namespace trellis::ui {

MainWindow::MainWindow(std::unique_ptr<Database> db, QString actor, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_actor(std::move(actor))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Trellis"));
    m_countLabel->setObjectName(QStringLiteral("caseloadCountLabel"));
    m_countLabel->setAlignment(Qt::AlignCenter);
    QFont font = m_countLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    m_countLabel->setFont(font);
    m_countLabel->setAccessibleName(tr("Caseload count"));
    setCentralWidget(m_countLabel);
    resize(1000, 640);

    AuditLog audit(*m_db, m_actor);
    (void)audit.record(AuditLog::Action::Unlock, QStringLiteral("store"));
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh()
{
    RecordRepository repository(*m_db);
    const auto total = repository.count(domain::Entities::get(domain::entity::YoungPerson));
    const auto open = m_db->scalar("SELECT count(*) FROM young_person WHERE status = 'open' AND deleted = 0");
    if (!total.ok() || !open.ok()) {
        m_countLabel->setText(tr("The caseload could not be read: %1")
                                  .arg(total.ok() ? open.error().message : total.error().message));
        return;
    }
    m_countLabel->setText(tr("%n young people in this caseload", nullptr, int(total.value())) +
                          QLatin1Char('\n') + tr("%n open", nullptr, open.value().toInt()));
    statusBar()->showMessage(tr("%n young people", nullptr, int(total.value())));
}

} // namespace trellis::ui
