#include "WorkArea.h"

#include "domain/Entities.h"
#include "plan/SafetyPlanEditor.h"
#include "record/RecordView.h"
#include "store/Database.h"
#include "store/RecordRepository.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <optional>

namespace trellis::ui {

WorkArea::WorkArea(Database& db, const Clock& clock, QString actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_pages(new QStackedWidget(this))
    , m_caseloadPage(new QWidget(m_pages))
    , m_countLabel(new QLabel(m_caseloadPage))
    , m_recordPage(new QWidget(m_pages))
    , m_record(new RecordView(db, clock, m_actor, m_recordPage))
    , m_plan(new SafetyPlanEditor(db, clock, m_actor, m_record))
{
    setObjectName(QStringLiteral("workArea"));

    m_countLabel->setObjectName(QStringLiteral("caseloadCountLabel"));
    m_countLabel->setAlignment(Qt::AlignCenter);
    QFont font = m_countLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    m_countLabel->setFont(font);
    m_countLabel->setAccessibleName(tr("Caseload count"));
    auto* caseloadLayout = new QVBoxLayout(m_caseloadPage);
    caseloadLayout->addWidget(m_countLabel);

    auto* back = new QPushButton(tr("← &Back to caseload"), m_recordPage);
    back->setObjectName(QStringLiteral("backToCaseloadButton"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back->setToolTip(tr("Back to the caseload (Alt+Left)"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addStretch(1);
    auto* recordLayout = new QVBoxLayout(m_recordPage);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    recordLayout->addLayout(bar);
    recordLayout->addWidget(m_record, 1);
    m_record->insertSafetyPlanTab(m_plan, tr("&Safety plan"));

    m_pages->addWidget(m_caseloadPage);
    m_pages->addWidget(m_recordPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    auto* newPerson = new QAction(tr("&New young person"), this);
    newPerson->setObjectName(QStringLiteral("newYoungPersonAction"));
    newPerson->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    newPerson->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newPerson);

    m_askPlanLeave = [this]() -> std::optional<bool> {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved safety plan"), tr("The safety plan has changes that are not saved. Save them now?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return std::nullopt;
        return answer == QMessageBox::Save;
    };
    connect(back, &QPushButton::clicked, this, &WorkArea::showCaseload);
    connect(newPerson, &QAction::triggered, this, &WorkArea::newYoungPerson);
    connect(m_record, &RecordView::recordSaved, this, [this](const QString& id) {
        m_plan->load(id);
        refresh();
    });
}

WorkArea::Place WorkArea::place() const
{
    if (m_pages->currentWidget() != m_recordPage)
        return {};
    return {m_record->youngPersonId(), m_record->currentTab()};
}

void WorkArea::restore(const Place& place)
{
    if (!place.youngPersonId.isEmpty() && openRecord(place.youngPersonId))
        m_record->setCurrentTab(place.tab);
}

void WorkArea::saveDrafts()
{
    m_record->saveDrafts();
    m_plan->saveDraft();
}

bool WorkArea::confirmLeave()
{
    if (m_plan->hasUnsavedChanges()) {
        const auto save = m_askPlanLeave ? m_askPlanLeave() : std::optional<bool>(true);
        if (!save)
            return false;
        if (*save && !m_plan->save())
            return false; // the editor shows what stops the save
        if (!*save)
            m_plan->discardChanges();
    }
    return m_record->confirmLeave();
}

bool WorkArea::openRecord(const QString& youngPersonId)
{
    if (m_pages->currentWidget() == m_recordPage && m_record->youngPersonId() != youngPersonId && !confirmLeave())
        return false;
    if (!m_record->open(youngPersonId))
        return false;
    m_plan->load(youngPersonId);
    m_pages->setCurrentWidget(m_recordPage);
    return true;
}

void WorkArea::newYoungPerson()
{
    if (m_pages->currentWidget() == m_recordPage && !confirmLeave())
        return;
    m_record->startNew();
    m_pages->setCurrentWidget(m_recordPage);
}

void WorkArea::showCaseload()
{
    if (!confirmLeave())
        return;
    m_pages->setCurrentWidget(m_caseloadPage);
    refresh();
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
