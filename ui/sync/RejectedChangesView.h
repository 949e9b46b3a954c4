#pragma once

#include "sync/ConflictInbox.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace trellis {
class Clock;
class Database;
} // namespace trellis

namespace trellis::ui {

// Changes the central store refused (issue 5): which young person and record, each field with
// the value the worker tried, why it was refused in plain words (the central store's own words
// kept as a detail), and what the record holds now on this laptop (the engine put it back to the
// server's version). "Copy my values" puts the tried values on the clipboard as text so the
// worker can type them again; "Dismiss" puts the refusal away (sync::RejectedChanges::dismiss).
class RejectedChangesView : public QWidget {
    Q_OBJECT
public:
    RejectedChangesView(Database& db, const Clock& clock, QString actor, QWidget* parent = nullptr);

    bool refresh();
    int count() const { return int(m_changes.size()); }
    bool selectChange(const QString& changeId);
    QString currentChangeId() const;
    // Everything the detail shows, line by line (the table row by row), for tests and readers.
    QString detailText() const;
    QString messageText() const;
    // What "Copy my values" puts on the clipboard.
    QString myValuesText() const;
    void copyMyValues();
    // On lock: takes the values this view copied off the clipboard again, unless something else
    // has been copied since (only a hash of what was copied is kept to tell).
    static void forgetCopiedValues();
    void dismissCurrent();

signals:
    void changed();
    void openRecordRequested(const QString& youngPersonId);

private:
    static QByteArray& copiedHash();
    const sync::RejectedChange* current() const;
    void showCurrent();
    void showMessage(const QString& text);
    // The local record's current value of `field` in words; empty optional when not here.
    QString nowInWords(const sync::RejectedChange& change, const QString& field);

    Database& m_db;
    const Clock& m_clock;
    QString m_actor;
    sync::RejectedChanges m_rejected;
    QList<sync::RejectedChange> m_changes;

    QListWidget* m_list;
    QLabel* m_message;
    QWidget* m_detail;
    QLabel* m_title;
    QLabel* m_why;
    QLabel* m_original;
    QLabel* m_removed;
    QTableWidget* m_fields;
    QPushButton* m_copy;
    QPushButton* m_dismiss;
    QPushButton* m_open;
};

} // namespace trellis::ui
