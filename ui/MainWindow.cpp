#include "MainWindow.h"

#include "CreateStorePage.h"
#include "LockScreen.h"
#include "session/Session.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace trellis::ui {

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_lockScreen(new LockScreen(session, m_stack))
    , m_createPage(new CreateStorePage(session, m_stack))
    , m_lockAction(new QAction(tr("&Lock"), this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
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
    fileMenu->addAction(m_lockAction);
    auto* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    addAction(m_lockAction);

    m_chooseStore = [this] {
        return QFileDialog::getOpenFileName(this, tr("Open a Trellis store"), QString(),
                                            tr("Trellis stores (*.trellis);;All files (*)"));
    };
    connect(m_lockAction, &QAction::triggered, &m_session, &Session::lock);
    connect(&m_session, &Session::unlocked, this, &MainWindow::showUnlocked);
    connect(&m_session, &Session::aboutToLock, this, &MainWindow::putAwayWork);
    connect(&m_session, &Session::locked, this, &MainWindow::showLocked);
    connect(m_lockScreen, &LockScreen::openOtherStoreRequested, this, &MainWindow::chooseOtherStore);
    connect(m_createPage, &CreateStorePage::openOtherStoreRequested, this, &MainWindow::chooseOtherStore);
    qApp->installEventFilter(this);

    resize(1280, 720);
    if (m_session.isUnlocked())
        showUnlocked();
    else
        showLocked();
}

MainWindow::~MainWindow() { qApp->removeEventFilter(this); }

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
}

void MainWindow::putAwayWork()
{
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
    m_statusLabel->setText(tr("Locked"));
    m_lockAction->setEnabled(false);
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

} // namespace trellis::ui
