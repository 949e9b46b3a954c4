#pragma once

#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QPushButton;
class QStackedWidget;

namespace trellis {
class BackgroundReader;
class Clock;
class Database;
}

namespace trellis::ui {

class CaseloadView;
class DashboardView;
class RecordView;
class SafetyPlanEditor;

// Everything the worker sees while unlocked: the caseload, and a young person's record with its
// safety plan. It exists only while the store is open: locking first saves every unsaved edit as
// an encrypted draft, then destroys this widget with every model and widget that held decrypted
// data; a new one is built on unlock and sent back to the same place.
class WorkArea : public QWidget {
    Q_OBJECT
public:
    // Where the worker was: ids and a tab number only, never record content.
    struct Place {
        QString youngPersonId;
        int tab = 0;
    };

    WorkArea(Database& db, const Clock& clock, QString actor, QWidget* parent = nullptr);
    // Lets the caseload read a large store off the GUI thread.
    void setBackgroundReader(BackgroundReader* reader);

    Place place() const;
    void restore(const Place& place);
    // Keeps every unsaved edit, encrypted in the store, before the store closes.
    void saveDrafts();
    // Before the window closes or another record opens: asks about unsaved work. False = stay.
    bool confirmLeave();
    void refresh();

    bool openRecord(const QString& youngPersonId);
    void newYoungPerson();
    void showCaseload();
    // The supervisor's dashboard (MainWindow offers it only to supervisors and managers). Built on
    // first use and read again each time it is shown; it goes with this widget when the store locks.
    bool showDashboard();
    // For a supervisor: reads the dashboard's figures in the background after unlocking, so that
    // asking for it later shows them at once (the read is repeated only if the store has changed).
    void prepareDashboard();
    DashboardView* dashboardView() const { return m_dashboard; }
    // When the central store no longer calls this worker a supervisor or manager.
    void dropDashboard();
    bool isShowingDashboard() const;
    CaseloadView* caseloadView() const { return m_caseload; }
    RecordView* recordView() const { return m_record; }
    SafetyPlanEditor* safetyPlanEditor() const { return m_plan; }
    // Test hook: how to ask about an unsaved safety plan (true = save, false = discard,
    // nullopt = stay). The record's own tabs ask through RecordView::setLeaveAsker.
    void setPlanLeaveAsker(std::function<std::optional<bool>()> asker) { m_askPlanLeave = std::move(asker); }

signals:
    void statusMessage(const QString& message);

private:
    void makeDashboard();

    Database& m_db;
    const Clock& m_clock;
    QString m_actor;
    QStackedWidget* m_pages;
    CaseloadView* m_caseload;
    QWidget* m_recordPage;
    RecordView* m_record;
    SafetyPlanEditor* m_plan;
    BackgroundReader* m_reader = nullptr;
    QWidget* m_dashboardPage = nullptr;
    DashboardView* m_dashboard = nullptr;
    std::function<std::optional<bool>()> m_askPlanLeave;
};

} // namespace trellis::ui
