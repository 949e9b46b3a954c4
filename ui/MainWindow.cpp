#include "MainWindow.h"

#include "Colours.h"
#include "CreateStorePage.h"
#include "LanguageMenu.h"
#include "LockScreen.h"
#include "WorkArea.h"
#include "caseload/CaseloadView.h"
#include "dashboard/DashboardView.h"
#include "record/RecordView.h"
#include "session/Session.h"
#include "session/SyncCounts.h"
#include "settings/Translations.h"
#include "store/Database.h"
#include "sync/ConflictInboxView.h"
#include "sync/ConnectionSettingsDialog.h"
#include "sync/JoinProgressDialog.h"
#include "sync/ReallocationAction.h"
#include "sync/RejectedChangesView.h"
#include "sync/SyncDetailDialog.h"
#include "sync/SyncState.h"
#include "sync/SyncStatusBar.h"
#include "sync/WorkerRole.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace trellis::ui {

namespace {

bool youngPersonHeld(Database& db, const QString& id)
{
    auto& stmt = db.cached("SELECT 1 FROM young_person WHERE id = ?1");
    stmt.bind(1, id);
    const bool held = stmt.next();
    stmt.reset();
    return held;
}

} // namespace

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_lockScreen(new LockScreen(session, m_stack))
    , m_createPage(new CreateStorePage(session, m_stack))
    , m_lockAction(new QAction(tr("&Lock"), this))
    , m_statusLabel(new QLabel(this))
    , m_syncNowAction(new QAction(tr("Sync &now"), this))
    , m_cancelSyncAction(new QAction(tr("&Cancel sync"), this))
    , m_settingsAction(new QAction(tr("Connection &settings…"), this))
    , m_detailsAction(new QAction(tr("Sync &details…"), this))
    , m_dashboardAction(new QAction(tr("&Dashboard"), this))
    , m_languageMenu(new LanguageMenu(this))
    , m_languageInUse(settings::Translations::resolve(settings::Preferences::language()))
{
    setObjectName(QStringLiteral("mainWindow"));
    // The platform's palette with what falls short of WCAG AA (placeholder text, the highlight a
    // focus frame is drawn in) made readable; tst_contrast checks the result, light and dark.
    QApplication::setPalette(Colours::accessible(QApplication::palette()));
    setWindowTitle(tr("Trellis"));
    m_stack->addWidget(m_lockScreen);
    m_stack->addWidget(m_createPage);
    setCentralWidget(m_stack);
    m_statusLabel->setObjectName(QStringLiteral("windowStatusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);

    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_lockAction);
    auto* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    addAction(m_lockAction);

    m_syncNowAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNowAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNowAction->setShortcutContext(Qt::WindowShortcut); // anywhere in the window, also while a record is open
    m_cancelSyncAction->setObjectName(QStringLiteral("cancelSyncAction"));
    m_settingsAction->setObjectName(QStringLiteral("connectionSettingsAction"));
    m_detailsAction->setObjectName(QStringLiteral("syncDetailsAction"));
    auto* syncMenu = menuBar()->addMenu(tr("&Sync"));
    syncMenu->setObjectName(QStringLiteral("syncMenu"));
    syncMenu->addAction(m_syncNowAction);
    syncMenu->addAction(m_cancelSyncAction);
    syncMenu->addSeparator();
    syncMenu->addAction(m_settingsAction);
    syncMenu->addAction(m_detailsAction);
    addAction(m_syncNowAction);
    connect(m_syncNowAction, &QAction::triggered, this, [this] {
        auto* service = m_session.syncService();
        if (!service)
            return;
        if (service->state() == SyncService::State::NoAccount)
            showConnectionSettings(); // nothing to sync with yet: say where to set it up
        else
            service->syncNow();
    });
    connect(m_cancelSyncAction, &QAction::triggered, this, [this] {
        if (auto* service = m_session.syncService())
            service->cancel();
    });
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showConnectionSettings);
    connect(m_detailsAction, &QAction::triggered, this, [this] { showSyncDetails(); });

    // Supervisors move young people between their team's workers from the caseload or a record.
    m_reallocation = new ReallocationAction(
        m_session,
        [this]() -> QString {
            if (!m_work)
                return {};
            const QString open = m_work->place().youngPersonId;
            return open.isEmpty() ? m_work->caseloadView()->currentId() : open;
        },
        this);
    auto* caseMenu = menuBar()->addMenu(tr("&Caseload"));
    caseMenu->setObjectName(QStringLiteral("caseloadMenu"));
    caseMenu->addAction(m_reallocation->action());
    addAction(m_reallocation->action());
    // The supervisor's dashboard: the same role decides, as the central store last told this laptop.
    m_dashboardAction->setObjectName(QStringLiteral("dashboardAction"));
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_dashboardAction->setShortcutContext(Qt::WindowShortcut);
    m_dashboardAction->setStatusTip(tr("Team caseload, overdue work, measures and indicators for your team"));
    m_dashboardAction->setVisible(false);
    m_dashboardAction->setEnabled(false);
    caseMenu->addAction(m_dashboardAction);
    addAction(m_dashboardAction);
    connect(m_dashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);
    // A caseworker has nothing in this menu: it shows only with the move and the dashboard.
    connect(m_reallocation, &ReallocationAction::visibilityChanged, caseMenu->menuAction(), &QAction::setVisible);
    caseMenu->menuAction()->setVisible(m_reallocation->action()->isVisible());
    connect(m_reallocation, &ReallocationAction::message, m_statusLabel, &QLabel::setText);
    menuBar()->addMenu(m_languageMenu);
    connect(m_languageMenu, &LanguageMenu::chosen, this, &MainWindow::languageChosen);
    connect(m_reallocation, &ReallocationAction::reallocated, this, [this] {
        if (auto* service = m_session.syncService())
            service->syncNow(); // brings the new allocation to this laptop
    });
    m_tellPurged = [this](const QString& message) {
        QMessageBox::information(this, tr("No longer on your caseload"), message);
    };

    m_chooseStore = [this] {
        return QFileDialog::getOpenFileName(this, tr("Open a Trellis store"), QString(),
                                            tr("Trellis stores (*.trellis);;All files (*)"));
    };
    connect(m_lockAction, &QAction::triggered, &m_session, &Session::lock);
    connect(&m_session, &Session::unlocked, this, &MainWindow::showUnlocked);
    connect(&m_session, &Session::lockStarting, this, &MainWindow::coverWork);
    connect(&m_session, &Session::aboutToLock, this, &MainWindow::putAwayWork);
    connect(&m_session, &Session::locked, this, &MainWindow::showLocked);
    connectLockedPages();
    qApp->installEventFilter(this);

    resize(1280, 720);
    if (m_session.isUnlocked())
        showUnlocked();
    else
        showLocked();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_session.isUnlocked())
            m_session.idleMonitor().activity();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_work && !m_work->confirmLeave()) {
        event->ignore();
        return;
    }
    m_session.lock(); // drafts saved, store closed, before the window goes
    event->accept();
}

void MainWindow::showUnlocked()
{
    m_work = new WorkArea(*m_session.database(), m_session.clock(), m_session.actor(), m_stack);
    m_work->setBackgroundReader(m_session.backgroundReader());
    connect(m_work, &WorkArea::statusMessage, m_statusLabel, &QLabel::setText);
    m_work->restore(m_resume);
    m_stack->addWidget(m_work);
    m_stack->setCurrentWidget(m_work);
    m_work->refresh();
    m_lockAction->setEnabled(true);
    m_languageMenu->menuAction()->setVisible(true);
    // The caseload's right-click offers the move too; the record's header asks for the inbox.
    m_work->caseloadView()->table()->addAction(m_reallocation->action());
    m_work->caseloadView()->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_work->recordView(), &RecordView::conflictInboxRequested, this,
            [this] { showSyncDetails(QStringLiteral("conflictInboxPage")); });
    connect(m_work->recordView(), &RecordView::rejectedChangesRequested, this,
            [this] { showSyncDetails(QStringLiteral("rejectedChangesPage")); });
    m_reallocation->updateVisibility();
    updateDashboardAction();
    if (m_dashboardAction->isEnabled())
        m_work->prepareDashboard(); // a supervisor's figures are read while they look at the caseload
    startSyncing();
}

JoinProgressDialog* MainWindow::joinProgress() const
{
    return m_join;
}
SyncDetailDialog* MainWindow::syncDetails() const
{
    return m_details;
}
ConnectionSettingsDialog* MainWindow::connectionSettings() const
{
    return m_settings;
}

void MainWindow::startSyncing()
{
    SyncService* service = m_session.syncService();
    if (!service)
        return;
    Database* db = m_session.database();
    m_syncBar = new SyncStatusBar(
        *service, [db] { return readSyncCounts(*db); }, m_session.clock(), this);
    statusBar()->addPermanentWidget(m_syncBar);
    connect(m_syncBar, &SyncStatusBar::detailsRequested, this, [this] { showSyncDetails(); });
    connect(service, &SyncService::started, this, &MainWindow::syncStarted);
    connect(service, &SyncService::finished, this,
            [this](const sync::SyncSummary& summary) { syncEnded(summary.purgedNames); });
    connect(service, &SyncService::failed, this, [this] { syncEnded({}); });
    connect(service, &SyncService::stateChanged, this, &MainWindow::updateSyncActions);
    updateSyncActions();
    service->start();
}

void MainWindow::syncStarted()
{
    updateSyncActions();
    Database* db = m_session.database();
    SyncService* service = m_session.syncService();
    if (!db || !service || m_join)
        return;
    // Joining: a store that has never finished a sync (no pull cursor, or no success yet).
    auto cursor = sync::SyncState(*db).cursor();
    auto counts = readSyncCounts(*db);
    const bool neverPulled = cursor.ok() && cursor.value().isNull();
    const bool neverSucceeded = counts.ok() && !counts.value().lastSuccess && !service->lastSuccess();
    if (!neverPulled && !neverSucceeded)
        return;
    m_join = new JoinProgressDialog(*service, this);
    m_join->setAttribute(Qt::WA_DeleteOnClose);
    m_join->show();
}

void MainWindow::syncEnded(const QStringList& purgedNames)
{
    updateSyncActions();
    m_reallocation->updateVisibility(); // the sync may have learnt a new role
    updateDashboardAction();
    if (!m_work)
        return;
    const QString open = m_work->place().youngPersonId;
    if (!open.isEmpty() && !youngPersonHeld(*m_session.database(), open))
        m_work->showCaseload(); // the open record was purged
    m_work->refresh();
    if (!purgedNames.isEmpty() && m_work->dashboardView())
        m_work->dashboardView()->closeDrillDown();
    if (!purgedNames.isEmpty() && m_tellPurged)
        m_tellPurged(purgedMessage(purgedNames)); // names are shown, never logged or stored
}

QString MainWindow::purgedMessage(const QStringList& names)
{
    QStringList lines;
    for (const QString& name : names)
        lines << tr("%1 is no longer on your caseload. Their record has been removed from this laptop.").arg(name);
    return lines.join(QLatin1Char('\n'));
}

void MainWindow::updateSyncActions()
{
    SyncService* service = m_session.syncService();
    const bool open = service != nullptr && m_session.isUnlocked();
    m_syncNowAction->setEnabled(open);
    m_cancelSyncAction->setEnabled(open && service->isRunning());
    m_settingsAction->setEnabled(open);
    m_detailsAction->setEnabled(open);
}

void MainWindow::updateDashboardAction()
{
    bool may = false;
    if (Database* db = m_session.database(); db && m_work) {
        auto seen = sync::WorkerRole(*db).load();
        may = seen.ok() && seen.value() && sync::WorkerRole::mayReallocate(seen.value()->role);
    }
    m_dashboardAction->setVisible(may);
    m_dashboardAction->setEnabled(may);
    if (!may && m_work)
        m_work->dropDashboard(); // a page already open must not outlive the role that allowed it
    if (auto* menu = menuBar()->findChild<QMenu*>(QStringLiteral("caseloadMenu")))
        menu->menuAction()->setVisible(may || m_reallocation->action()->isVisible());
}

void MainWindow::showDashboard()
{
    if (!m_work || !m_dashboardAction->isEnabled())
        return;
    m_work->showDashboard();
}

void MainWindow::showConnectionSettings()
{
    if (!m_session.isUnlocked())
        return;
    if (!m_settings) {
        m_settings = new ConnectionSettingsDialog(*m_session.database(), m_session.clock(), m_session.actor(), this);
        m_settings->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settings, &QDialog::accepted, this, [this] {
            if (auto* service = m_session.syncService())
                service->accountChanged();
        });
    }
    m_settings->show();
    m_settings->raise();
}

void MainWindow::showSyncDetails(const QString& page)
{
    SyncService* service = m_session.syncService();
    if (!service || !m_session.isUnlocked())
        return;
    if (!m_details) {
        Database* db = m_session.database();
        m_details = new SyncDetailDialog(
            *service, [db] { return readSyncCounts(*db); }, m_session.clock(), this);
        m_details->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_details, &SyncDetailDialog::connectionSettingsRequested, this, &MainWindow::showConnectionSettings);
        auto* inbox = new ConflictInboxView(*db, m_session.clock(), m_session.actor(), m_details);
        inbox->setObjectName(QStringLiteral("conflictInboxPage"));
        m_details->addPage(inbox, tr("Conflicts"));
        auto* refused = new RejectedChangesView(*db, m_session.clock(), m_session.actor(), m_details);
        refused->setObjectName(QStringLiteral("rejectedChangesPage"));
        m_details->addPage(refused, tr("Rejected changes"));
        // A resolution or a dismissal changes the counts, and the record it touched.
        auto changed = [this] {
            if (m_syncBar)
                m_syncBar->refresh();
            if (m_details)
                m_details->refresh();
            if (m_work)
                m_work->refresh();
        };
        auto openRecord = [this](const QString& youngPersonId) {
            if (m_work && m_work->openRecord(youngPersonId) && m_details)
                m_details->close();
        };
        connect(inbox, &ConflictInboxView::changed, this, changed);
        connect(refused, &RejectedChangesView::changed, this, changed);
        connect(inbox, &ConflictInboxView::openRecordRequested, this, openRecord);
        connect(refused, &RejectedChangesView::openRecordRequested, this, openRecord);
        // Each sync replaces the open conflicts and may add refused changes.
        connect(service, &SyncService::finished, inbox, &ConflictInboxView::refresh);
        connect(service, &SyncService::finished, refused, &RejectedChangesView::refresh);
    }
    m_details->refresh();
    if (auto* wanted = page.isEmpty() ? nullptr : m_details->findChild<QWidget*>(page))
        m_details->tabs()->setCurrentWidget(wanted);
    m_details->show();
    m_details->raise();
}

void MainWindow::coverWork()
{
    // Anything open over the window may show a name: a question, the message about who left the
    // caseload, the move dialog. Each is answered "no" (a question's exec() returns into code that
    // then does nothing) and hidden; the work area is hidden behind the lock screen at once, since
    // the lock may wait a few seconds for a sync to reach a safe point.
    const auto ours = [this](const QWidget* widget) {
        for (const QWidget* p = widget->parentWidget(); p; p = p->parentWidget())
            if (p == this)
                return true;
        return false;
    };
    for (QWidget* top : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<QDialog*>(top); dialog && dialog->isVisible() && ours(dialog))
            dialog->reject();
    RejectedChangesView::forgetCopiedValues();
    m_stack->setCurrentWidget(m_lockScreen);
}

void MainWindow::putAwayWork()
{
    // Every sync widget goes before the session destroys the sync service they watch.
    delete m_join;
    delete m_details;
    delete m_settings;
    delete m_syncBar;
    m_syncBar = nullptr;
    if (!m_work)
        return;
    m_work->saveDrafts(); // auto-lock keeps unsaved work, encrypted; it never discards it
    m_resume = m_work->place();
    // Deleted at once rather than later, so no widget or model holding decrypted data outlives
    // the lock. Lock is triggered from the window's action or the idle timer, never from
    // inside the work area's own call stack.
    m_stack->removeWidget(m_work);
    delete m_work;
    m_work = nullptr;
}

void MainWindow::showLocked()
{
    applyLanguage(); // a language chosen while unlocked applies now: the work area is gone, drafts kept
    m_statusLabel->setText(tr("Locked"));
    m_lockAction->setEnabled(false);
    // The locked pages have a language choice of their own; the menu's would take its Alt letter.
    m_languageMenu->menuAction()->setVisible(false);
    updateDashboardAction();
    updateSyncActions();
    if (m_session.storeExists()) {
        m_lockScreen->reset();
        m_stack->setCurrentWidget(m_lockScreen);
    } else {
        m_createPage->reset();
        m_stack->setCurrentWidget(m_createPage);
    }
}

void MainWindow::chooseOtherStore()
{
    const QString path = m_chooseStore ? m_chooseStore() : QString();
    if (path.isEmpty())
        return;
    m_session.setStorePath(path);
    showLocked();
}

void MainWindow::connectLockedPages()
{
    connect(m_lockScreen, &LockScreen::openOtherStoreRequested, this, &MainWindow::chooseOtherStore);
    connect(m_createPage, &CreateStorePage::openOtherStoreRequested, this, &MainWindow::chooseOtherStore);
    connect(m_lockScreen, &LockScreen::languageChosen, this, &MainWindow::languageChosen);
    connect(m_createPage, &CreateStorePage::languageChosen, this, &MainWindow::languageChosen);
}

void MainWindow::languageChosen()
{
    m_languageMenu->showPreference();
    if (!m_session.isUnlocked()) {
        applyLanguage();
        return;
    }
    // In both languages: the worker may not read the one the window is in now.
    // notr: both languages on purpose
    static const QString bothLanguages = QStringLiteral(
        "The new language applies the next time you unlock Trellis. / "                 // notr: both languages
        "Bydd yr iaith newydd yn dod i rym y tro nesaf y byddwch yn datgloi Trellis."); // notr: both languages
    m_statusLabel->setText(bothLanguages);
}

void MainWindow::applyLanguage()
{
    const settings::Language wanted = settings::Preferences::language();
    if (settings::Translations::resolve(wanted) == m_languageInUse)
        return;
    m_languageInUse = settings::Translations::install(wanted);
    rebuildLockedPages();
    retranslate();
}

void MainWindow::rebuildLockedPages()
{
    // The locked pages hold nothing to keep (a passphrase is never kept), so they are made again
    // in the new language rather than each text being set twice. The old ones may be the sender.
    QWidget* const current = m_stack->currentWidget();
    const bool wasCreate = current == m_createPage;
    const bool wasLock = current == m_lockScreen;
    QWidget* oldPages[] = {m_lockScreen, m_createPage};
    m_lockScreen = new LockScreen(m_session, m_stack);
    m_createPage = new CreateStorePage(m_session, m_stack);
    m_stack->insertWidget(0, m_lockScreen);
    m_stack->insertWidget(1, m_createPage);
    connectLockedPages();
    QWidget* shown = wasCreate ? static_cast<QWidget*>(m_createPage) : wasLock ? m_lockScreen : nullptr;
    if (shown)
        m_stack->setCurrentWidget(shown);
    for (QWidget* old : oldPages) {
        m_stack->removeWidget(old);
        old->hide();
        old->deleteLater();
    }
    if (shown) {
        // Keyboard users stay where they were: on the language choice (once its menu has closed,
        // which would otherwise hand the focus back to the old, hidden page).
        if (auto* choice = shown->findChild<QWidget*>(QStringLiteral("languageButton")))
            QTimer::singleShot(0, choice, [choice] { choice->setFocus(Qt::OtherFocusReason); });
    }
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Trellis"));
    const std::initializer_list<std::pair<const char*, QString>> menus{
        {"fileMenu", tr("&File")}, {"syncMenu", tr("&Sync")}, {"caseloadMenu", tr("&Caseload")}};
    for (const auto& [name, title] : menus) {
        if (auto* menu = menuBar()->findChild<QMenu*>(QString::fromLatin1(name)))
            menu->setTitle(title);
    }
    m_lockAction->setText(tr("&Lock"));
    if (auto* quit = findChild<QAction*>(QStringLiteral("quitAction")))
        quit->setText(tr("&Quit"));
    m_syncNowAction->setText(tr("Sync &now"));
    m_cancelSyncAction->setText(tr("&Cancel sync"));
    m_settingsAction->setText(tr("Connection &settings…"));
    m_detailsAction->setText(tr("Sync &details…"));
    m_dashboardAction->setText(tr("&Dashboard"));
    m_dashboardAction->setStatusTip(tr("Team caseload, overdue work, measures and indicators for your team"));
    // ReallocationAction's own words, in its own context (ui/sync/ReallocationAction.cpp).
    m_reallocation->action()->setText(
        QCoreApplication::translate("trellis::ui::ReallocationAction", "&Move to another worker…"));
    m_reallocation->action()->setStatusTip(QCoreApplication::translate(
        "trellis::ui::ReallocationAction", "Move the selected young person to another worker in your team"));
    m_languageMenu->retranslate();
    m_statusLabel->setText(m_session.isUnlocked() ? QString() : tr("Locked"));
}

} // namespace trellis::ui
