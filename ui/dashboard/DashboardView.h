#pragma once

#include "DashboardCharts.h"
#include "DashboardFigures.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;

namespace trellis {
class BackgroundReader;
class Clock;
class Database;
} // namespace trellis

namespace trellis::ui {

class DashboardTab;
class DrillDownDialog;

// The supervisor's dashboard (issue 6): team caseload, overdue work, youth-safety measures, YJB
// indicators and disproportionality, for a team, a worker and a period. Every figure opens to the
// young people behind it. It shows names in its drill-downs, so it lives in the WorkArea and goes
// when the store locks.
//
// The facts are read once on the session's BackgroundReader (a 100,000-person store is never read
// on the GUI thread) and every filter change recomputes the figures there from the same facts;
// the GUI thread only swaps finished figures into the tabs' models. A newer request supersedes an
// older one, so the tabs never show a mix of two scopes.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    // The file to write, or empty to cancel. Default: QFileDialog::getSaveFileName.
    using FileNameHook = std::function<QString(const QString& caption, const QString& suggestedName)>;

    DashboardView(Database& db, const Clock& clock, QString actor, QWidget* parent = nullptr);
    ~DashboardView() override;

    void setBackgroundReader(BackgroundReader* reader) { m_reader = reader; }
    void setFileNameHook(FileNameHook hook) { m_fileName = std::move(hook); }

    // Reads the facts from the store again (off the GUI thread when there is a reader), unless
    // nothing has been committed since they were last read.
    void reload();
    // After a sync removed young people from this laptop: a drill-down may still list them.
    void closeDrillDown();
    bool isLoading() const { return m_generation != m_shownGeneration; }
    const DashboardFigures& figures() const { return m_figures; }
    // The scope the filters describe now.
    kpi::KpiScope scope() const;

    QTabWidget* tabs() const { return m_tabs; }
    DashboardTab* tab(DashboardCharts::Kind kind) const { return m_tabList.value(kind); }
    DrillDownDialog* drillDown() const;
    QString statusText() const;

    // Lists the young people behind a figure of a tab.
    void openDrillDown(DashboardTab* tab, const QModelIndex& index);
    // Each asks for a file name (hook) and writes; false when cancelled or refused (status says why).
    bool exportChart();
    bool exportCsv();
    bool exportBoardReport();

signals:
    // Every tab holds the figures of the current filters.
    void figuresShown();
    void openRecordRequested(const QString& youngPersonId);
    void statusMessage(const QString& message);

private:
    void buildFilters(QWidget* bar);
    void fillFilters();
    void filtersChanged();
    void readAnswered(); // the queued read has answered; reloads once more if asked meanwhile
    void periodChanged();
    void compute(std::shared_ptr<const kpi::KpiFacts> facts, std::shared_ptr<const kpi::PopulationTable> population,
                 std::shared_ptr<const QHash<QString, int>> index, const QDateTime& readAt);
    void show(quint64 generation, DashboardFigures figures, const QString& populationProblem);
    void showFailure(quint64 generation, const QString& message);
    void setStatus(const QString& text);
    QString askFileName(const QString& caption, const QString& suggested, const QString& filter);
    QString suggestedName(const QString& what, const QString& extension) const;

    Database& m_db;
    const Clock& m_clock;
    QString m_actor;
    BackgroundReader* m_reader = nullptr;
    FileNameHook m_fileName;

    QComboBox* m_team = nullptr;
    QComboBox* m_worker = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<DashboardTab*> m_tabList;
    QLabel* m_status = nullptr;
    QPushButton* m_exportChart = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QPointer<DrillDownDialog> m_drill;

    DashboardFigures m_figures;
    QString m_populationProblem;
    bool m_tabsFilled = false;  // the tabs' models hold m_figures
    bool m_readQueued = false;  // a reload's job is on the reader and has not answered yet
    bool m_reloadAgain = false; // reload() was asked while it was queued: the store may have changed since
    qint64 m_factsVersion = -1; // the reader's PRAGMA data_version when m_figures.facts were read
    quint64 m_generation = 0;
    quint64 m_shownGeneration = 0;
    bool m_filling = false;
};

} // namespace trellis::ui
