#include "RecordView.h"

#include "FocusFrame.h"
#include "ContactsTab.h"
#include "EpisodesTab.h"
#include "ProfileTab.h"
#include "RecordHeader.h"
#include "RecordText.h"
#include "TrustedAdultsTab.h"
#include "domain/Entities.h"
#include "session/Clock.h"
#include "store/RecordWriter.h"

#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace trellis::ui {

Q_DECLARE_LOGGING_CATEGORY(lcRecord)

RecordView::RecordView(Database& db, const Clock& clock, QString actor, QWidget* parent)
    : QWidget(parent)
    , m_context{&db, &clock, std::move(actor)}
    , m_record{domain::Record(domain::Entities::get(domain::entity::YoungPerson)), {}, {}, {}, {}, {}}
    , m_header(new RecordHeader(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_profile(new ProfileTab(m_context, m_tabs))
    , m_adults(new TrustedAdultsTab(m_context, m_tabs))
    , m_contacts(new ContactsTab(m_context, m_tabs))
    , m_episodes(new EpisodesTab(m_context, m_tabs))
{
    setObjectName(QStringLiteral("recordView"));
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->setDocumentMode(true);
    showFocusFrame(m_tabs->tabBar());
    m_message->setObjectName(QStringLiteral("recordMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_titles.insert(m_profile, tr("&Profile"));
    m_titles.insert(m_adults, tr("&Trusted adults"));
    // Alt+C and Alt+S belong to the Caseload and Sync menus, which win over a tab: Contacts and
    // the safety plan (WorkArea) take letters of their own, which every record form reserves.
    m_titles.insert(m_contacts, tr("C&ontacts"));
    m_titles.insert(m_episodes, tr("&Episodes"));
    // Each tab's tooltip is what a screen reader reads as its description.
    m_tips.insert(m_profile, tr("Who the young person is: details, ratings, needs and lead worker"));
    m_tips.insert(m_adults, tr("The adults the young person trusts, and anyone not to be contacted"));
    m_tips.insert(m_contacts, tr("Log a contact and read past contacts"));
    m_tips.insert(m_episodes, tr("Missing episodes, referrals, exclusions and other events"));
    for (RecordTab* tab : tabs()) {
        m_tabs->setTabToolTip(m_tabs->addTab(tab, m_titles.value(tab)), m_tips.value(tab));
        connect(tab, &RecordTab::unsavedChanged, this, [this, tab] {
            updateTabTitle(tab);
            updateUnsaved();
        });
        connect(tab, &RecordTab::storeChanged, this, &RecordView::reload);
        connect(tab, &RecordTab::problem, this, &RecordView::showMessage);
    }
    connect(m_profile, &ProfileTab::saved, this, [this](const QString& id) {
        showOnlyProfile(false);
        emit recordSaved(id);
    });
    for (RecordTab* tab : {static_cast<RecordTab*>(m_adults), static_cast<RecordTab*>(m_contacts),
                           static_cast<RecordTab*>(m_episodes)})
        connect(tab, &RecordTab::storeChanged, this, [this] { emit recordSaved(youngPersonId()); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    // Any save here puts a change in the outbox: the header says so at once, not at the next refresh.
    connect(this, &RecordView::recordSaved, this, &RecordView::refreshSyncState);
    connect(m_header, &RecordHeader::conflictInboxRequested, this, &RecordView::conflictInboxRequested);
    connect(m_header, &RecordHeader::rejectedChangesRequested, this, &RecordView::rejectedChangesRequested);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    m_askLeave = [this] { return askWithMessageBox(); };
}

QList<RecordTab*> RecordView::tabs() const
{
    return {m_profile, m_adults, m_contacts, m_episodes};
}

bool RecordView::open(const QString& youngPersonId)
{
    auto found = CaseloadQueries(*m_context.db).fullRecord(youngPersonId);
    if (!found.ok() || !found.value()) {
        showMessage(found.ok() ? tr("This young person is not in the store.")
                               : tr("Could not open the record: %1").arg(found.error().message));
        return false;
    }
    // Every view of a record is an audit event; a view that cannot be audited is not shown.
    if (auto audited =
            RecordWriter(*m_context.db, m_context.actor)
                .recordView(domain::entity::YoungPerson, youngPersonId, m_context.clock->now());
        !audited.ok()) {
        qCWarning(lcRecord) << "view not audited for" << youngPersonId << audited.error().message;
        showMessage(tr("Could not open the record: %1").arg(audited.error().message));
        return false;
    }
    m_record = std::move(*found.value());
    m_message->hide();
    m_header->showRecord(m_record, m_context.clock->today());
    for (RecordTab* tab : tabs())
        tab->setRecord(m_record);
    refreshSyncState();
    for (RecordTab* tab : tabs())
        tab->restoreDrafts();
    showOnlyProfile(false);
    updateUnsaved();
    return true;
}

bool RecordView::reload()
{
    auto found = CaseloadQueries(*m_context.db).fullRecord(youngPersonId());
    if (!found.ok() || !found.value())
        return false;
    m_record = std::move(*found.value());
    m_header->showRecord(m_record, m_context.clock->today());
    for (RecordTab* tab : tabs())
        tab->setRecord(m_record);
    refreshSyncState();
    return true;
}

void RecordView::refreshSyncState()
{
    const QString id = youngPersonId();
    if (id.isEmpty())
        return;
    auto state = sync::SyncStatusQueries(*m_context.db).youngPersonState(id);
    // A store that cannot say (no sync tables) shows nothing rather than a false "Synced".
    if (state.ok())
        m_header->showSyncState(state.value());
}

void RecordView::startNew()
{
    m_profile->startNew();
    m_header->showNewRecord();
    m_message->hide();
    showOnlyProfile(true);
    m_tabs->setCurrentWidget(m_profile);
    updateUnsaved();
}

QString RecordView::youngPersonId() const
{
    return m_profile->youngPersonId();
}

void RecordView::showOnlyProfile(bool only)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i) != m_profile)
            m_tabs->setTabVisible(i, !only);
    }
}

int RecordView::currentTab() const
{
    return m_tabs->currentIndex();
}

void RecordView::setCurrentTab(int index)
{
    if (index >= 0 && index < m_tabs->count() && m_tabs->isTabVisible(index))
        m_tabs->setCurrentIndex(index);
}

void RecordView::insertSafetyPlanTab(QWidget* editor, const QString& title)
{
    m_safetyPlan = editor;
    const int index = m_tabs->insertTab(1, editor, title);
    m_tabs->setTabToolTip(index, tr("The young person's safety plan in their own words, its versions and printing"));
    m_tabs->setTabVisible(index, !m_profile->isNew());
}

bool RecordView::hasUnsavedChanges() const
{
    for (const RecordTab* tab : tabs()) {
        if (tab->hasUnsavedChanges())
            return true;
    }
    return false;
}

void RecordView::updateTabTitle(RecordTab* tab)
{
    const int index = m_tabs->indexOf(tab);
    const bool unsaved = tab->hasUnsavedChanges();
    // The mark is a character and a tooltip in words, so it does not rest on colour.
    m_tabs->setTabText(index, unsaved ? tr("%1 *").arg(m_titles.value(tab)) : m_titles.value(tab));
    m_tabs->setTabToolTip(index, unsaved ? tr("Unsaved changes") : m_tips.value(tab));
}

void RecordView::updateUnsaved()
{
    for (RecordTab* tab : tabs())
        updateTabTitle(tab);
    const bool unsaved = hasUnsavedChanges();
    if (unsaved != m_unsaved) {
        m_unsaved = unsaved;
        emit unsavedChanged(unsaved);
    }
}

bool RecordView::saveAll()
{
    for (RecordTab* tab : tabs()) {
        if (!tab->hasUnsavedChanges())
            continue;
        if (!tab->save()) {
            m_tabs->setCurrentWidget(tab);
            showMessage(tr("Not everything could be saved: the %1 tab shows what needs putting right.")
                            .arg(QString(m_titles.value(tab)).remove(QLatin1Char('&'))));
            updateUnsaved();
            return false;
        }
    }
    m_message->hide();
    updateUnsaved();
    return true;
}

void RecordView::saveDrafts()
{
    for (RecordTab* tab : tabs()) {
        if (tab->hasUnsavedChanges())
            tab->saveDrafts();
    }
}

void RecordView::discardChanges()
{
    for (RecordTab* tab : tabs())
        tab->discardChanges();
    m_message->hide();
    updateUnsaved();
}

bool RecordView::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    switch (m_askLeave()) {
    case LeaveAnswer::Save: return saveAll();
    case LeaveAnswer::Discard: discardChanges(); return true;
    case LeaveAnswer::Cancel: return false;
    }
    return false;
}

RecordView::LeaveAnswer RecordView::askWithMessageBox()
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("This record has changes that are not saved yet."), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("leaveMessageBox"));
    box.setInformativeText(tr("Save them, discard them, or cancel and stay on the record?"));
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return LeaveAnswer::Save;
    case QMessageBox::Discard: return LeaveAnswer::Discard;
    default: return LeaveAnswer::Cancel;
    }
}

void RecordView::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace trellis::ui
