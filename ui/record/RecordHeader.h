#pragma once

#include "store/CaseloadQueries.h"
#include "sync/SyncStatusQueries.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;
class QHBoxLayout;

namespace trellis::ui {

// The strip above the tabs: who this is, how old, their reference, the two risk ratings, the
// flags that are set and every clock that has run out. Flags and clocks carry an icon and words;
// nothing depends on colour.
class RecordHeader : public QWidget {
    Q_OBJECT
public:
    explicit RecordHeader(QWidget* parent = nullptr);

    void showRecord(const FullRecord& record, const QDate& today);
    void showNewRecord();
    // The young person's sync state in words, with a button to the conflict inbox or to the
    // refused changes when there is something to settle or read.
    void showSyncState(sync::RecordSyncState state);
    QString syncText() const;
    // Every line the header shows, for tests and assistive technology.
    QString text() const;

signals:
    void conflictInboxRequested();
    void rejectedChangesRequested();

private:
    void clearRows();
    QWidget* badge(const QString& objectName, const QString& text, bool warning);

    QLabel* m_name;
    QLabel* m_details;
    QLabel* m_ratings;
    QWidget* m_flags;
    QHBoxLayout* m_flagsLayout;
    QWidget* m_alerts;
    QVBoxLayout* m_alertsLayout;
    QWidget* m_syncRow;
    QLabel* m_sync;
    QPushButton* m_syncAction;
    sync::RecordSyncState m_syncState = sync::RecordSyncState::Synced;
};

} // namespace trellis::ui
