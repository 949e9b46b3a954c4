#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace trellis {
class Session;
}

namespace trellis::ui {

class ReallocateDialog;

// "Move to another worker…" for supervisors and managers, from the caseload (the selected young
// person) or from an open record. Offered only when the central store last said this login may
// reallocate (sync::WorkerRole, kept at each sync); the central store still decides every move.
// The move itself runs in ReallocateDialog, off the GUI thread; once made, a sync brings the new
// allocation to this laptop.
class ReallocationAction : public QObject {
    Q_OBJECT
public:
    // `currentYoungPerson` says whom the worker means: the open record's young person, else the
    // caseload's selected row, else empty.
    ReallocationAction(Session& session, std::function<QString()> currentYoungPerson, QWidget* window);

    QAction* action() const { return m_action; }
    ReallocateDialog* dialog() const;
    // Shown only to a supervisor or manager, as the last sync learnt; call after each sync.
    void updateVisibility();

signals:
    void visibilityChanged(bool visible);
    void reallocated();
    void message(const QString& text);

private:
    void open();

    Session& m_session;
    std::function<QString()> m_currentYoungPerson;
    QWidget* m_window;
    QAction* m_action;
    QPointer<ReallocateDialog> m_dialog; // deletes itself on close
};

} // namespace trellis::ui
