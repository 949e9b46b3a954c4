#include "ReallocateDialog.h"

#include "central/CentralMigrator.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QTreeWidgetItem>
#include <QVBoxLayout>

#include <optional>

namespace trellis::ui {

using central::CentralDirectory;
using central::CentralError;
using Kind = CentralError::Kind;

namespace {
constexpr int kLoginRole = Qt::UserRole;
}

struct ReallocateDialog::Answer {
    std::optional<CentralError> error;
    QList<CentralDirectory::TeamWorker> workers;
    CentralDirectory::Reallocation reallocation;
};

ReallocateDialog::ReallocateDialog(QString youngPersonId, QString displayName, QString currentLogin,
                                   Connection connection, QWidget* parent)
    : QDialog(parent)
    , m_youngPersonId(std::move(youngPersonId))
    , m_displayName(std::move(displayName))
    , m_currentLogin(std::move(currentLogin))
    , m_connection(std::move(connection))
{
    setWindowTitle(tr("Move %1 to another worker").arg(m_displayName));
    setObjectName(QStringLiteral("reallocateDialog"));

    m_intro = new QLabel(tr("Choose the worker in your team who will hold %1's record.").arg(m_displayName), this);
    m_intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("workers"));
    m_list->setAccessibleName(tr("Workers in your team"));
    m_list->setAccessibleDescription(tr("Each worker's name, role and how many young people they hold now"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Worker"), tr("Role"), tr("Young people")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_intro->setBuddy(m_list);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Reallocation status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* buttons = new QDialogButtonBox(this);
    m_moveButton = buttons->addButton(tr("&Move"), QDialogButtonBox::AcceptRole);
    m_moveButton->setObjectName(QStringLiteral("move"));
    m_moveButton->setAccessibleName(tr("Move %1 to the chosen worker").arg(m_displayName));
    m_retryButton = buttons->addButton(tr("&Try again"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(QStringLiteral("retry"));
    m_retryButton->setAccessibleName(tr("Load the team's workers again"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("close"));
    m_closeButton->setAccessibleName(tr("Close"));
    m_moveButton->setToolTip(tr("Give the young person to the worker chosen in the list, after asking"));
    m_retryButton->setToolTip(tr("Ask the central store for the team's workers again"));
    m_closeButton->setToolTip(tr("Close without moving anyone"));
    // Move does not accept the dialog: moving is asynchronous, and the result is shown here.
    connect(m_moveButton, &QPushButton::clicked, this, &ReallocateDialog::move);
    connect(m_retryButton, &QPushButton::clicked, this, &ReallocateDialog::loadWorkers);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ReallocateDialog::updateMoveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    setTabOrder(m_list, m_moveButton);
    setTabOrder(m_moveButton, m_retryButton);
    setTabOrder(m_retryButton, m_closeButton);

    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Move %1?").arg(m_displayName), question,
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_retryButton->hide();
    loadWorkers();
}

// A call still running keeps its own thread, connection and answer; it deletes its thread when it
// ends, and its result, addressed to this dialog, is dropped with the dialog.
ReallocateDialog::~ReallocateDialog() = default;

QString ReallocateDialog::describe(const CentralError& error, const QString& displayName)
{
    switch (error.kind) {
    case Kind::Unreachable:
    case Kind::ConnectionLost:
        return tr("You seem to be offline: the central store could not be reached. Nothing was changed; try again "
                  "when you are connected.");
    case Kind::WrongPassword:
        return tr("The central store refused your password. Check your connection settings.");
    case Kind::AccountDisabled:
        return tr("Your central account has been deactivated. Ask your administrator.");
    case Kind::PermissionDenied:
        return tr("Only a supervisor or a manager can move young people between workers, and the central store "
                  "does not list you as one.");
    case Kind::NotFound:
        return tr("%1 is not visible to you on the central store: they may have moved to another team already, or "
                  "not have synced yet.")
            .arg(displayName);
    case Kind::Invalid:
        if (error.detail.contains(QLatin1String("not in your team"))) // notr: the central store's detail, matched
            return tr("That worker, or %1's current worker, is not in your team.").arg(displayName);
        if (error.detail.contains(QLatin1String("not an active worker"))) // notr: the central store's detail, matched
            return tr("That worker is no longer active. Choose another.");
        if (error.detail.contains(QLatin1String("not allocated"))) // notr: the central store's detail, matched
            return tr("%1 is not allocated to anyone yet; an administrator allocates them first.").arg(displayName);
        return error.message;
    default:
        return error.message; // names what failed: certificate, schema version, ...
    }
}

void ReallocateDialog::runInBackground(std::function<void(CentralDirectory&, Answer&)> call,
                                       std::function<void(Answer&)> done)
{
    auto answer = std::make_shared<Answer>();
    auto options = m_connection.options;
    auto password = std::make_shared<Passphrase>(m_connection.password.duplicate());
    QThread* thread = QThread::create([options, password, answer, call = std::move(call)]() {
        auto connected = central::PgConnection::connect(options, password->isEmpty() ? nullptr : password.get());
        password->wipe();
        if (!connected.ok()) {
            answer->error = connected.error();
            return;
        }
        // A central store without 0005 has no reallocation: say so rather than "function missing".
        if (auto current = central::CentralMigrator::checkCurrent(*connected.value()); !current.ok()) {
            answer->error = current.error();
            return;
        }
        CentralDirectory directory(*connected.value());
        call(directory, *answer);
    });
    thread->setObjectName(QStringLiteral("reallocate"));
    connect(thread, &QThread::finished, this, [answer, done = std::move(done)]() { done(*answer); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    thread->start();
}

void ReallocateDialog::setBusy(bool busy, const QString& status)
{
    m_status->setText(status);
    m_list->setEnabled(!busy);
    m_retryButton->setEnabled(!busy);
    if (busy)
        m_moveButton->setEnabled(false);
    else
        updateMoveButton();
}

void ReallocateDialog::loadWorkers()
{
    m_retryButton->hide();
    setBusy(true, tr("Loading your team's workers from the central store…"));
    runInBackground(
        [](CentralDirectory& directory, Answer& answer) {
            auto workers = directory.teamWorkers();
            if (workers.ok())
                answer.workers = workers.takeValue();
            else
                answer.error = workers.error();
        },
        [this](Answer& answer) {
            if (answer.error) {
                const QString message = describe(*answer.error, m_displayName);
                setBusy(false, message);
                m_retryButton->show();
                emit loadFailed(message);
                return;
            }
            showWorkers(answer.workers);
            setBusy(false, tr("Choose a worker, then Move."));
            m_list->setFocus();
            emit workersLoaded(int(answer.workers.size()));
        });
}

void ReallocateDialog::showWorkers(const QList<CentralDirectory::TeamWorker>& workers)
{
    m_workers = workers;
    m_list->clear();
    for (const auto& worker : workers) {
        const bool current = worker.login == m_currentLogin;
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, current ? tr("%1 (current worker)").arg(worker.displayName) : worker.displayName);
        item->setText(1, worker.role);
        item->setText(2, QString::number(worker.allocated));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, kLoginRole, worker.login);
        if (current) {
            // The current worker stays listed, for the count, but cannot be chosen.
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
            QFont font = item->font(0);
            font.setItalic(true);
            item->setFont(0, font);
        }
    }
    m_list->resizeColumnToContents(1);
    m_list->resizeColumnToContents(2);
    if (QTreeWidgetItem* first = m_list->topLevelItem(0))
        m_list->setCurrentItem(first, 0, QItemSelectionModel::NoUpdate);
}

void ReallocateDialog::updateMoveButton()
{
    const auto selected = m_list->selectedItems();
    m_moveButton->setEnabled(m_list->isEnabled() && selected.size() == 1 &&
                             selected.first()->data(0, kLoginRole).toString() != m_currentLogin);
}

QString ReallocateDialog::nameOf(const QString& login) const
{
    for (const auto& worker : m_workers)
        if (worker.login == login)
            return worker.displayName;
    return login.isEmpty() ? tr("their current worker") : login;
}

void ReallocateDialog::move()
{
    const auto selected = m_list->selectedItems();
    if (selected.size() != 1)
        return;
    const QString to = selected.first()->data(0, kLoginRole).toString();
    const QString from = nameOf(m_currentLogin);
    const QString question = tr("%1 will move from %2 to %3. %2's laptop removes the record at their next sync, "
                                "after sending their unsynced changes.")
                                 .arg(m_displayName, from, nameOf(to));
    if (!m_confirm(question))
        return;
    setBusy(true, tr("Moving %1…").arg(m_displayName));
    const QString youngPersonId = m_youngPersonId;
    runInBackground(
        [youngPersonId, to](CentralDirectory& directory, Answer& answer) {
            auto moved = directory.reallocate(youngPersonId, to);
            if (moved.ok())
                answer.reallocation = moved.takeValue();
            else
                answer.error = moved.error();
        },
        [this](Answer& answer) {
            if (answer.error) {
                const QString message = describe(*answer.error, m_displayName);
                setBusy(false, message);
                emit reallocationFailed(message);
                return;
            }
            const auto& moved = answer.reallocation;
            const QString message =
                moved.changed
                    ? tr("%1 now belongs to %2. It reaches both laptops at their next sync.")
                          .arg(m_displayName, nameOf(moved.login))
                    : tr("%1 already belonged to %2; nothing changed.").arg(m_displayName, nameOf(moved.login));
            if (moved.changed) {
                // The counts as the central store now has them, without another round trip.
                for (auto& worker : m_workers) {
                    if (worker.login == moved.previousLogin && worker.allocated > 0)
                        --worker.allocated;
                    else if (worker.login == moved.login)
                        ++worker.allocated;
                }
            }
            m_currentLogin = moved.login;
            showWorkers(m_workers);
            setBusy(false, message);
            emit reallocated(moved.previousLogin, moved.login);
        });
}

} // namespace trellis::ui
