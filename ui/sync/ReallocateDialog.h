#pragma once

#include "central/CentralDirectory.h"
#include "central/PgConnection.h"
#include "store/Passphrase.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QThread;
class QTreeWidget;

namespace trellis::ui {

// A supervisor moves one young person to another worker of their team (docs/sync.md,
// "Reallocation"). The dialog lists the team's active workers with their caseload counts and
// the current worker marked, asks to confirm, and asks the central store to reallocate. Both
// central calls run on a thread of their own, each over a new connection made from the worker's
// stored account, so a slow or unreachable server never freezes the window. The central store
// decides whether the caller may move this young person; the dialog names its refusal.
class ReallocateDialog : public QDialog {
    Q_OBJECT
public:
    // How to reach the central store as this worker: the stored sync::CentralAccount, loaded on
    // the GUI thread by the caller. The password is duplicated for each thread's connection.
    struct Connection {
        central::PgConnection::Options options;
        Passphrase password;
    };

    // `currentLogin` is the login of the young person's worker as this laptop knows it (empty
    // when unknown); `displayName` is only shown, never logged.
    ReallocateDialog(QString youngPersonId, QString displayName, QString currentLogin, Connection connection,
                     QWidget* parent = nullptr);
    ~ReallocateDialog() override;

    // Replaces the confirmation question (a QMessageBox by default); tests answer it themselves.
    void setConfirmation(std::function<bool(const QString& question)> confirm) { m_confirm = std::move(confirm); }

    // What a failure of a central call means to the person at the desk.
    static QString describe(const central::CentralError& error, const QString& displayName);

signals:
    void workersLoaded(int count);
    void loadFailed(const QString& message);
    void reallocated(const QString& previousLogin, const QString& login);
    void reallocationFailed(const QString& message);

private:
    struct Answer; // what a background call brings back
    void loadWorkers();
    void showWorkers(const QList<central::CentralDirectory::TeamWorker>& workers);
    void updateMoveButton();
    void move();
    // Runs `call` on a new thread over a new connection, then `done` on the GUI thread (unless
    // the dialog is gone by then).
    void runInBackground(std::function<void(central::CentralDirectory&, Answer&)> call,
                         std::function<void(Answer&)> done);
    void setBusy(bool busy, const QString& status);
    QString nameOf(const QString& login) const;

    QString m_youngPersonId;
    QString m_displayName;
    QString m_currentLogin;
    Connection m_connection;
    QList<central::CentralDirectory::TeamWorker> m_workers;
    std::function<bool(const QString&)> m_confirm;
    QPointer<QThread> m_thread;

    QLabel* m_intro;
    QTreeWidget* m_list;
    QLabel* m_status;
    QPushButton* m_moveButton;
    QPushButton* m_retryButton;
    QPushButton* m_closeButton;
};

} // namespace trellis::ui
