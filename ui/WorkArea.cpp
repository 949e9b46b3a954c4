#include "WorkArea.h"

#include "caseload/CaseloadView.h"
#include "dashboard/DashboardView.h"
#include "plan/SafetyPlanEditor.h"
#include "record/RecordView.h"
#include "store/Database.h"

#include <QAction>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <optional>

namespace trellis::ui {

WorkArea::WorkArea(Database& db, const Clock& clock, QString actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_pages(new QStackedWidget(this))
    , m_caseload(new CaseloadView(db, clock, m_pages))
    , m_recordPage(new QWidget(m_pages))
    , m_record(new RecordView(db, clock, m_actor, m_recordPage))
    , m_plan(new SafetyPlanEditor(db, clock, m_actor, m_record))
{
    setObjectName(QStringLiteral("workArea"));

    auto* back = new QPushButton(tr("← &Back to caseload"), m_recordPage);
    back->setObjectName(QStringLiteral("backToCaseloadButton"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back->setToolTip(tr("Leave this screen and show the list of young people (Alt+Left)"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addStretch(1);
    auto* recordLayout = new QVBoxLayout(m_recordPage);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    recordLayout->addLayout(bar);
    recordLayout->addWidget(m_record, 1);
    m_record->insertSafetyPlanTab(m_plan, tr("Safety pla&n")); // Alt+S is the Sync menu

    m_pages->addWidget(m_caseload);
    m_pages->addWidget(m_recordPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // The caseload has its own Ctrl+N; this one serves the record page.
    auto* newPerson = new QAction(tr("&New young person"), m_recordPage);
    newPerson->setObjectName(QStringLiteral("newYoungPersonAction"));
    newPerson->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    newPerson->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_recordPage->addAction(newPerson);

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
    connect(m_caseload, &CaseloadView::openRecord, this, &WorkArea::openRecord);
    connect(m_caseload, &CaseloadView::newYoungPerson, this, &WorkArea::newYoungPerson);
    connect(m_caseload, &CaseloadView::countChanged, this, [this] { emit statusMessage(m_caseload->statusText()); });
    connect(m_caseload, &CaseloadView::loadFailed, this, &WorkArea::statusMessage);
}

void WorkArea::setBackgroundReader(BackgroundReader* reader)
{
    m_reader = reader;
    m_caseload->setBackgroundReader(reader);
    if (m_dashboard)
        m_dashboard->setBackgroundReader(reader);
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
    const QString last = m_record->youngPersonId();
    m_pages->setCurrentWidget(m_caseload);
    refresh();
    if (!last.isEmpty())
        m_caseload->selectId(last);
    m_caseload->focusSearch();
}

void WorkArea::prepareDashboard()
{
    if (m_dashboard)
        return;
    makeDashboard();
    m_dashboard->reload(); // queued on the reader after the caseload's own load
}

void WorkArea::makeDashboard()
{
    m_dashboardPage = new QWidget(m_pages);
    m_dashboardPage->setObjectName(QStringLiteral("dashboardPage"));
    auto* back = new QPushButton(tr("← &Back to caseload"), m_dashboardPage);
    back->setObjectName(QStringLiteral("dashboardBackButton"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back->setToolTip(tr("Leave this screen and show the list of young people (Alt+Left)"));
    back->setAccessibleName(tr("Back to caseload"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addStretch(1);
    m_dashboard = new DashboardView(m_db, m_clock, m_actor, m_dashboardPage);
    m_dashboard->setBackgroundReader(m_reader);
    auto* layout = new QVBoxLayout(m_dashboardPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_dashboard, 1);
    m_pages->addWidget(m_dashboardPage);
    connect(back, &QPushButton::clicked, this, &WorkArea::showCaseload);
    connect(m_dashboard, &DashboardView::openRecordRequested, this, &WorkArea::openRecord);
}

bool WorkArea::showDashboard()
{
    if (m_pages->currentWidget() == m_recordPage && !confirmLeave())
        return false;
    if (!m_dashboard)
        makeDashboard();
    m_pages->setCurrentWidget(m_dashboardPage);
    // The dashboard says when its figures were read on a line of its own.
    emit statusMessage(tr("Supervisor dashboard"));
    m_dashboard->reload();
    m_dashboard->tabs()->currentWidget()->setFocus(Qt::ShortcutFocusReason);
    return true;
}

void WorkArea::dropDashboard()
{
    if (!m_dashboard)
        return;
    if (isShowingDashboard())
        showCaseload();
    delete m_dashboardPage; // with the view, its figures and any drill-down
    m_dashboardPage = nullptr;
    m_dashboard = nullptr;
}

bool WorkArea::isShowingDashboard() const
{
    return m_dashboardPage && m_pages->currentWidget() == m_dashboardPage;
}

void WorkArea::refresh()
{
    m_caseload->reload();
    if (m_dashboard)
        m_dashboard->reload(); // nothing is read again unless the store has changed
    if (m_pages->currentWidget() == m_recordPage)
        m_record->refreshSyncState(); // a sync or a resolution may have changed it
}

} // namespace trellis::ui
