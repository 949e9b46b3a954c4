#include "WorkArea.h"

#include "domain/Entities.h"
#include "store/Database.h"
#include "store/RecordRepository.h"

#include <QLabel>
#include <QVBoxLayout>

namespace trellis::ui {

WorkArea::WorkArea(Database& db, QString actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(std::move(actor))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("workArea"));
    m_countLabel->setObjectName(QStringLiteral("caseloadCountLabel"));
    m_countLabel->setAlignment(Qt::AlignCenter);
    QFont font = m_countLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    m_countLabel->setFont(font);
    m_countLabel->setAccessibleName(tr("Caseload count"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_countLabel);
}

void WorkArea::refresh()
{
    RecordRepository repository(m_db);
    const auto total = repository.count(domain::Entities::get(domain::entity::YoungPerson));
    const auto open = m_db.scalar("SELECT count(*) FROM young_person WHERE status = 'open' AND deleted = 0");
    if (!total.ok() || !open.ok()) {
        m_countLabel->setText(tr("The caseload could not be read: %1")
                                  .arg(total.ok() ? open.error().message : total.error().message));
        return;
    }
    m_countLabel->setText(tr("%n young people in this caseload", nullptr, int(total.value())) +
                          QLatin1Char('\n') + tr("%n open", nullptr, open.value().toInt()));
    emit statusMessage(tr("%n young people", nullptr, int(total.value())));
}

} // namespace trellis::ui
