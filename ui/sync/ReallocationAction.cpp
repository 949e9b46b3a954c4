#include "ReallocationAction.h"

#include "ReallocateDialog.h"
#include "session/Session.h"
#include "store/Database.h"
#include "sync/CentralAccount.h"
#include "sync/WorkerRole.h"

#include <QAction>
#include <QWidget>

namespace trellis::ui {

namespace {

struct Person {
    QString displayName;
    QString leadLogin; // empty when this laptop does not know the worker
};

std::optional<Person> personOf(Database& db, const QString& youngPersonId)
{
    auto& stmt = db.cached("SELECT y.given_name || ' ' || y.family_name, w.login FROM young_person AS y "
                           "LEFT JOIN worker AS w ON w.id = y.lead_worker_id WHERE y.id = ?1 AND y.deleted = 0");
    stmt.bind(1, youngPersonId);
    std::optional<Person> person;
    if (stmt.next())
        person = Person{stmt.text(0), stmt.text(1)};
    stmt.reset();
    return person;
}

} // namespace

ReallocationAction::ReallocationAction(Session& session, std::function<QString()> currentYoungPerson,
                                       QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_currentYoungPerson(std::move(currentYoungPerson))
    , m_window(window)
    , m_action(new QAction(tr("&Move to another worker…"), this))
{
    m_action->setObjectName(QStringLiteral("reallocateAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setStatusTip(tr("Move the selected young person to another worker in your team"));
    connect(m_action, &QAction::triggered, this, &ReallocationAction::open);
    updateVisibility();
}

ReallocateDialog* ReallocationAction::dialog() const { return m_dialog.data(); }

void ReallocationAction::updateVisibility()
{
    bool may = false;
    if (Database* db = m_session.database()) {
        auto seen = sync::WorkerRole(*db).load();
        may = seen.ok() && seen.value() && sync::WorkerRole::mayReallocate(seen.value()->role);
    }
    m_action->setVisible(may);
    m_action->setEnabled(may);
    emit visibilityChanged(may);
}

void ReallocationAction::open()
{
    Database* db = m_session.database();
    if (!db)
        return;
    const QString youngPersonId = m_currentYoungPerson ? m_currentYoungPerson() : QString();
    const auto person = youngPersonId.isEmpty() ? std::nullopt : personOf(*db, youngPersonId);
    if (!person) {
        emit message(tr("Choose a young person in the caseload first, then move them."));
        return;
    }
    auto loaded = sync::CentralAccount(*db).load();
    if (!loaded.ok() || !loaded.value()) {
        emit message(tr("Moving a young person needs the central store: set up the connection first "
                        "(Sync → Connection settings…)."));
        return;
    }
    const sync::CentralAccount::Account& account = *loaded.value();
    ReallocateDialog::Connection connection;
    connection.options = account.connectionOptions(QStringLiteral("trellis reallocation")); // notr: libpq application_name, seen by the DBA
    connection.password = account.password.duplicate();
    delete m_dialog;
    m_dialog = new ReallocateDialog(youngPersonId, person->displayName, person->leadLogin, std::move(connection),
                                    m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ReallocateDialog::reallocated, this, &ReallocationAction::reallocated);
    m_dialog->show();
}

} // namespace trellis::ui
