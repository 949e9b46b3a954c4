#pragma once

#include "sync/ConflictInbox.h"

#include <QList>
#include <QString>
#include <QWidget>

class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace trellis {
class Clock;
class Database;
} // namespace trellis

namespace trellis::ui {

class ConflictEditDialog;

// The conflict inbox (issue 5): every open conflict this worker may see, and for the one chosen
// the field's value before both changes and the two values side by side, who made each and
// when, all in words. Keeping one side or an edited value goes through sync::ConflictInbox::
// resolve, one local transaction that becomes an ordinary change in the outbox; nothing is
// resolved on the central store until that change syncs, and the view says so.
//
// The sides are named for the reader: "My value" and "Their value" when one of them is this
// worker, otherwise (a supervisor) "Kept: <login>" and "Not kept: <login>". Each side has its
// own Keep button under it, so there is never a doubt which value a button keeps.
class ConflictInboxView : public QWidget {
    Q_OBJECT
public:
    ConflictInboxView(Database& db, const Clock& clock, QString actor, QWidget* parent = nullptr);

    // Reads the open conflicts again, keeping the one chosen when it is still open.
    bool refresh();
    int count() const { return int(m_conflicts.size()); }
    bool selectConflict(const QString& conflictId);
    QString currentConflictId() const;
    // Every line the comparison shows, and the line under the list, for tests and screen readers.
    QString detailText() const;
    QString messageText() const;
    QListWidget* list() const { return m_list; }
    // The dialog "Edit value…" opened, while it is open.
    ConflictEditDialog* editDialog() const { return m_editor; }

    // Side by side, left to right: first = current (kept centrally), unless this worker wrote the
    // value not kept, which is then "mine" and shown first.
    void keepFirst();
    void keepSecond();
    // Opens the editor prefilled with the first side's value.
    void editValue();

signals:
    void changed();
    void openRecordRequested(const QString& youngPersonId);

private:
    struct Side {
        QGroupBox* box;
        QLabel* value;
        QLabel* who;
        QPushButton* keep;
    };
    Side makeSide(const QString& name);
    void showCurrent();
    void fillSide(Side& side, const QString& title, const QString& keepText, const QJsonValue& value,
                  const QString& madeBy, const QDateTime& at);
    const sync::Conflict* current() const;
    bool mineIsOther(const sync::Conflict& c) const { return c.otherLogin == m_actor && c.currentLogin != m_actor; }
    void resolve(sync::ConflictInbox::Choice choice, const QJsonValue& edited = {});
    void showMessage(const QString& text);

    Database& m_db;
    sync::ConflictInbox m_inbox;
    QString m_actor;
    QList<sync::Conflict> m_conflicts;

    QListWidget* m_list;
    QLabel* m_message;
    QWidget* m_detail;
    QLabel* m_title;
    QGroupBox* m_baseBox;
    QLabel* m_base;
    Side m_first;
    Side m_second;
    QPushButton* m_edit;
    QPushButton* m_open;
    ConflictEditDialog* m_editor = nullptr;
};

} // namespace trellis::ui
