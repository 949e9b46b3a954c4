#include "DashboardView.h"

#include "FocusFrame.h"
#include "DashboardExporter.h"
#include "DashboardTab.h"
#include "DrillDownDialog.h"
#include "charts/ModelBarChart.h"
#include "kpi/FinancialYear.h"
#include "kpi/Suppression.h"
#include "session/Clock.h"
#include "store/BackgroundReader.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QVBoxLayout>

#include <variant>

namespace trellis::ui {

using namespace kpi;

namespace {

const QString kDate = QStringLiteral("dd/MM/yyyy");

// What a load gives back to the GUI thread.
struct Loaded {
    DashboardFigures figures;
    QString failure;           // the store could not be read
    QString populationProblem; // the administrator's population file is wrong
    qint64 dataVersion = -1;   // the reader connection's PRAGMA data_version as the read began
};

// Changes whenever another connection (the window's own, a sync) has committed since this
// connection last asked: facts read at an unchanged version are still the store's.
qint64 dataVersion(Database& db)
{
    auto version = db.scalar("PRAGMA data_version");
    return version.ok() ? version.value().toLongLong() : -1;
}

bool sameScope(const KpiScope& a, const KpiScope& b)
{
    return a.period == b.period && a.today == b.today && a.team == b.team && a.workerId == b.workerId;
}

Loaded loadAndCompute(Database& db, const KpiScope& scope, const QDateTime& readAt)
{
    Loaded loaded;
    // Asked before reading: a commit during the read then shows as a change next time.
    loaded.dataVersion = dataVersion(db);
    auto facts = KpiFactsLoader::load(db);
    if (!facts.ok()) {
        loaded.failure = facts.error().message;
        return loaded;
    }
    auto shared = std::make_shared<const KpiFacts>(facts.takeValue());
    std::shared_ptr<const PopulationTable> population;
    auto table = PopulationTableReader::loadDefault();
    if (auto* read = std::get_if<PopulationTable>(&table)) {
        population = std::make_shared<const PopulationTable>(std::move(*read));
    } else {
        loaded.populationProblem = std::get<PopulationError>(table).message;
        // Shares of the caseload still work. Not marked as the example: exports must not call a
        // refused administrator's file Trellis's example values.
        PopulationTable none;
        none.isExample = false;
        population = std::make_shared<const PopulationTable>(std::move(none));
    }
    loaded.figures = DashboardFigures::compute(shared, population, nullptr, scope, readAt);
    return loaded;
}

} // namespace

DashboardView::DashboardView(Database& db, const Clock& clock, QString actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("dashboardView"));
    setAccessibleName(tr("Supervisor dashboard"));
    m_fileName = [this](const QString& caption, const QString& suggested) {
        const QString filter = suggested.endsWith(QLatin1String(".pdf"))   ? tr("PDF (*.pdf)")
                               : suggested.endsWith(QLatin1String(".csv")) ? tr("CSV (*.csv)")
                                                                           : tr("PNG image (*.png)");
        return QFileDialog::getSaveFileName(this, caption, QDir::home().filePath(suggested), filter);
    };

    // Made in reading order, which is also the Tab order: filters, pages, status and exports.
    auto* bar = new QWidget(this);
    buildFilters(bar);
    m_tabs = new QTabWidget(this);
    m_status = new QLabel(this);

    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setAccessibleName(tr("Dashboard pages"));
    showFocusFrame(m_tabs->tabBar());
    for (int kind = 0; kind < DashboardCharts::KindCount; ++kind) {
        auto* tab = new DashboardTab(DashboardCharts::Kind(kind), m_tabs);
        m_tabList << tab;
        const int index = m_tabs->addTab(tab, DashboardCharts::title(DashboardCharts::Kind(kind)));
        // The description a screen reader reads for the tab: what the page's chart shows.
        if (auto* chart = tab->findChild<QWidget*>(DashboardCharts::key(DashboardCharts::Kind(kind)) + QStringLiteral("Chart")))
            m_tabs->setTabToolTip(index, chart->accessibleName());
        connect(tab, &DashboardTab::drillRequested, this, &DashboardView::openDrillDown);
    }
    tab(DashboardCharts::TeamCaseload)
        ->setNote(tr("Open young people by lead worker. Exact counts: this is a work list. Click a bar, or press "
                     "Enter on a number, to list the young people behind it."));
    tab(DashboardCharts::Overdue)
        ->setNote(tr("Work overdue today on open cases. Exact counts: this is a work list; exports show counts of 1 "
                     "to 4 as \"<5\"."));
    tab(DashboardCharts::Measures)
        ->setNote(tr("The youth-safety strategy's measures for five financial years. Counts of 1 to 4 are shown as "
                     "\"<5\" and no percentage is worked out from them. Point at a measure for its definition."));
    tab(DashboardCharts::Yjb)
        ->setNote(tr("YJB key performance indicators for open cases as at today. Counts of 1 to 4 are shown as "
                     "\"<5\" and no percentage is worked out from them."));

    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setAccessibleName(tr("When the figures were read"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Reading the figures…"));

    m_exportChart = new QPushButton(tr("Save &chart as PNG…"), this);
    m_exportChart->setObjectName(QStringLiteral("exportChartButton"));
    m_exportChart->setToolTip(tr("Saves the chart of the page shown, with counts of 1 to 4 left out."));
    m_exportCsv = new QPushButton(tr("Export &measures (CSV)…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportCsv->setToolTip(tr("Every measure for this scope as a CSV file; counts of 1 to 4 as \"<5\"."));
    m_exportPdf = new QPushButton(tr("&Board report (PDF)…"), this);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_exportPdf->setToolTip(tr("The management board's report for this scope: charts, tables and definitions."));
    for (QPushButton* button : {m_exportChart, m_exportCsv, m_exportPdf}) {
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));
        button->setEnabled(false);
    }
    auto* exports = new QHBoxLayout;
    exports->addWidget(m_status, 1);
    exports->addWidget(m_exportChart);
    exports->addWidget(m_exportCsv);
    exports->addWidget(m_exportPdf);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(bar);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(exports);

    connect(m_exportChart, &QPushButton::clicked, this, &DashboardView::exportChart);
    connect(m_exportCsv, &QPushButton::clicked, this, &DashboardView::exportCsv);
    connect(m_exportPdf, &QPushButton::clicked, this, &DashboardView::exportBoardReport);
}

DashboardView::~DashboardView() = default;

DrillDownDialog* DashboardView::drillDown() const
{
    return m_drill.data();
}

void DashboardView::buildFilters(QWidget* bar)
{
    m_team = new QComboBox(bar);
    m_team->setObjectName(QStringLiteral("teamFilter"));
    m_team->setAccessibleName(tr("Team"));
    m_team->setToolTip(tr("Show the figures of one team, or of every team you can see"));
    m_team->addItem(tr("All teams"), QString());
    m_worker = new QComboBox(bar);
    m_worker->setObjectName(QStringLiteral("workerFilter"));
    m_worker->setAccessibleName(tr("Lead worker"));
    m_worker->setToolTip(tr("Show the figures of one lead worker's young people"));
    m_worker->addItem(tr("All workers"), QString());
    m_worker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setAccessibleName(tr("Period"));
    m_period->setToolTip(tr("The financial year the measures count, or a custom period"));
    const QDate today = m_clock.today();
    auto years = FinancialYear::lastYears(today, 5);
    std::reverse(years.begin(), years.end()); // the current year first
    for (const int year : std::as_const(years))
        m_period->addItem(tr("Financial year %1").arg(FinancialYear::label(year)), year);
    m_period->addItem(tr("Custom period"), -1);
    m_from = new QDateEdit(FinancialYear::period(years.value(0, today.year())).from, bar);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setAccessibleName(tr("Period from"));
    m_from->setToolTip(tr("First day of the custom period, dd/mm/yyyy"));
    m_to = new QDateEdit(today, bar);
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setAccessibleName(tr("Period to"));
    m_to->setToolTip(tr("Last day of the custom period, dd/mm/yyyy"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(kDate);
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }

    auto label = [bar](const QString& text, QWidget* buddy) {
        auto* shown = new QLabel(text, bar);
        shown->setBuddy(buddy);
        return shown;
    };
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label(tr("&Team:"), m_team));
    layout->addWidget(m_team);
    layout->addWidget(label(tr("&Worker:"), m_worker));
    layout->addWidget(m_worker);
    layout->addWidget(label(tr("&Period:"), m_period));
    layout->addWidget(m_period);
    layout->addWidget(label(tr("&From:"), m_from));
    layout->addWidget(m_from);
    layout->addWidget(label(tr("T&o:"), m_to));
    layout->addWidget(m_to);
    layout->addStretch(1);
    auto* refresh = new QPushButton(tr("&Read again"), bar);
    refresh->setObjectName(QStringLiteral("refreshDashboardButton"));
    refresh->setAccessibleName(tr("Read the figures again"));
    refresh->setToolTip(tr("Reads the store again, for changes made since the figures were read (F5 syncs)."));
    layout->addWidget(refresh);

    connect(m_team, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillFilters(); // the worker list follows the team
        filtersChanged();
    });
    connect(m_worker, &QComboBox::currentIndexChanged, this, &DashboardView::filtersChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardView::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardView::filtersChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardView::filtersChanged);
    connect(refresh, &QPushButton::clicked, this, &DashboardView::reload);
}

void DashboardView::fillFilters()
{
    if (!m_figures.facts)
        return;
    m_filling = true;
    const QString team = m_team->currentData().toString();
    QStringList teams;
    for (const WorkerFact& worker : m_figures.facts->workers)
        if (!worker.team.isEmpty() && !teams.contains(worker.team))
            teams << worker.team;
    teams.sort(Qt::CaseInsensitive);
    m_team->clear();
    m_team->addItem(tr("All teams"), QString());
    for (const QString& name : std::as_const(teams))
        m_team->addItem(name, name);
    m_team->setCurrentIndex(std::max(0, m_team->findData(team)));

    const QString chosenTeam = m_team->currentData().toString();
    const QString worker = m_worker->currentData().toString();
    QList<const WorkerFact*> workers;
    for (const WorkerFact& fact : m_figures.facts->workers)
        if (chosenTeam.isEmpty() || fact.team == chosenTeam)
            workers << &fact;
    std::sort(workers.begin(), workers.end(),
              [](const WorkerFact* a, const WorkerFact* b) { return a->name.localeAwareCompare(b->name) < 0; });
    m_worker->clear();
    m_worker->addItem(tr("All workers"), QString());
    for (const WorkerFact* fact : std::as_const(workers))
        m_worker->addItem(fact->name, fact->id);
    m_worker->setCurrentIndex(std::max(0, m_worker->findData(worker)));
    m_filling = false;
}

void DashboardView::periodChanged()
{
    const int year = m_period->currentData().toInt();
    const bool custom = year < 0;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        m_filling = true; // the dates follow the year without a recompute of their own
        const Period period = FinancialYear::period(year);
        m_from->setDate(period.from);
        m_to->setDate(period.to);
        m_filling = false;
    }
    filtersChanged();
}

KpiScope DashboardView::scope() const
{
    KpiScope scope;
    scope.today = m_clock.today();
    const int year = m_period->currentData().toInt();
    scope.period = year < 0 ? Period{m_from->date(), m_to->date()} : FinancialYear::period(year);
    scope.team = m_team->currentData().toString();
    scope.workerId = m_worker->currentData().toString();
    return scope;
}

void DashboardView::reload()
{
    // A read already queued (say, the one started at unlock) brings the figures; a second would
    // only queue behind it. But it may have begun before the change that asks for this reload, so
    // once it answers, reload once more (cheap when PRAGMA data_version says nothing changed).
    if (m_reader && m_readQueued) {
        m_reloadAgain = true;
        return;
    }
    const quint64 generation = ++m_generation;
    const KpiScope wanted = scope();
    const QDateTime readAt = m_clock.now();
    setStatus(tr("Reading the figures…"));
    if (!m_reader) {
        Loaded loaded = loadAndCompute(m_db, wanted, readAt);
        if (!loaded.failure.isEmpty())
            showFailure(generation, loaded.failure);
        else
            show(generation, std::move(loaded.figures), loaded.populationProblem);
        return;
    }
    m_readQueued = true;
    m_reader->post(this,
                   [this, generation, wanted, readAt, cached = m_figures, cachedVersion = m_factsVersion,
                    problem = m_populationProblem](Database* reader) -> std::function<void()> {
                       if (!reader) // no second connection: read here after all
                           return [this, generation, wanted, readAt] {
                               readAnswered();
                               if (generation != m_generation)
                                   return;
                               Loaded loaded = loadAndCompute(m_db, wanted, readAt);
                               if (!loaded.failure.isEmpty())
                                   showFailure(generation, loaded.failure);
                               else
                                   show(generation, std::move(loaded.figures), loaded.populationProblem);
                           };
                       if (cached.facts && cachedVersion >= 0 && dataVersion(*reader) == cachedVersion) {
                           // Nothing has been committed since the facts were read: they are still the store's, so
                           // opening the dashboard again costs no read, and no computation for the same scope.
                           auto figures = std::make_shared<DashboardFigures>(
                               sameScope(cached.scope, wanted)
                                   ? cached
                                   : DashboardFigures::compute(cached.facts, cached.population, cached.personIndex,
                                                               wanted, readAt));
                           figures->readAt = readAt;
                           return [this, generation, figures, problem] {
                               readAnswered();
                               show(generation, std::move(*figures), problem);
                           };
                       }
                       auto loaded = std::make_shared<Loaded>(loadAndCompute(*reader, wanted, readAt));
                       return [this, generation, loaded] {
                           readAnswered();
                           if (!loaded->failure.isEmpty()) {
                               showFailure(generation, loaded->failure);
                               return;
                           }
                           if (generation == m_generation)
                               m_factsVersion = loaded->dataVersion;
                           show(generation, std::move(loaded->figures), loaded->populationProblem);
                       };
                   });
}

void DashboardView::readAnswered()
{
    m_readQueued = false;
    if (m_reloadAgain) {
        m_reloadAgain = false;
        QTimer::singleShot(0, this, &DashboardView::reload);
    }
}

void DashboardView::closeDrillDown()
{
    delete m_drill; // its rows may name a young person no longer on this laptop
}

void DashboardView::filtersChanged()
{
    if (m_filling)
        return;
    if (!m_figures.facts) {
        if (!isLoading())
            reload();
        return; // the load under way reads the filters when it began; show() checks them again
    }
    compute(m_figures.facts, m_figures.population, m_figures.personIndex, m_figures.readAt);
}

void DashboardView::compute(std::shared_ptr<const KpiFacts> facts, std::shared_ptr<const PopulationTable> population,
                            std::shared_ptr<const QHash<QString, int>> index, const QDateTime& readAt)
{
    const quint64 generation = ++m_generation;
    const KpiScope wanted = scope();
    if (!wanted.period.isValid()) {
        m_shownGeneration = generation;
        setStatus(tr("The period's first day is after its last: choose the dates again."));
        return;
    }
    const QString problem = m_populationProblem;
    setStatus(tr("Working out the figures…"));
    auto work = [facts, population, index, wanted, readAt] {
        return std::make_shared<DashboardFigures>(DashboardFigures::compute(facts, population, index, wanted, readAt));
    };
    if (!m_reader) {
        show(generation, std::move(*work()), problem);
        return;
    }
    // The facts are already in memory: the reader's thread only computes, its connection unused.
    m_reader->post(this, [this, generation, problem, work](Database*) -> std::function<void()> {
        auto figures = work();
        return [this, generation, problem, figures] { show(generation, std::move(*figures), problem); };
    });
}

void DashboardView::show(quint64 generation, DashboardFigures figures, const QString& populationProblem)
{
    if (generation != m_generation)
        return; // a newer request is on its way
    const bool firstFacts = m_figures.facts != figures.facts;
    // The same facts for the same scope give the same figures: the tabs keep theirs (rebuilding
    // five charts costs more than the rest of opening the dashboard again).
    const bool unchanged = !firstFacts && m_tabsFilled && sameScope(m_figures.scope, figures.scope);
    m_figures = std::move(figures);
    m_populationProblem = populationProblem;
    if (firstFacts)
        fillFilters();
    if (!(m_figures.scope.team == scope().team && m_figures.scope.workerId == scope().workerId &&
          m_figures.scope.period == scope().period)) {
        // The filters moved while the facts were read: work them out again for what is chosen now.
        compute(m_figures.facts, m_figures.population, m_figures.personIndex, m_figures.readAt);
        return;
    }
    m_shownGeneration = generation;
    if (!unchanged)
        for (DashboardTab* tab : std::as_const(m_tabList))
            tab->setFigures(m_figures);
    m_tabsFilled = true;

    QStringList note;
    if (!m_populationProblem.isEmpty())
        note << tr("The population file could not be read (%1), so there are no population shares or relative "
                   "rates; the caseload shares are shown.")
                    .arg(m_populationProblem);
    else if (m_figures.population && m_figures.population->isExample)
        note << tr("Example population: the 10–17 population figures are Trellis's example values, not your "
                   "area's, so the population shares and relative rates below are only an illustration. Your "
                   "administrator can put the local figures in trellis/population-10-17.csv.");
    note << tr("Counts of 1 to 4 are shown as \"<5\"; no share or rate is worked out from them.");
    if (m_figures.disproportionality.notStatedCaseload > 0)
        note << tr("Open young people with no stated ethnicity, in no group: %1.")
                    .arg(Suppression::shown(m_figures.disproportionality.notStatedCaseload));
    tab(DashboardCharts::Disproportionality)->setNote(note.join(QLatin1Char(' ')));

    for (QPushButton* button : {m_exportChart, m_exportCsv, m_exportPdf})
        button->setEnabled(true);
    setStatus(statusText());
    emit figuresShown();
}

void DashboardView::showFailure(quint64 generation, const QString& message)
{
    if (generation != m_generation)
        return;
    m_shownGeneration = generation;
    setStatus(tr("The figures could not be read: %1").arg(message));
}

QString DashboardView::statusText() const
{
    if (m_figures.isEmpty())
        return tr("Reading the figures…");
    const KpiScope& shown = m_figures.scope;
    const QString team = shown.team.isEmpty() ? tr("all teams") : shown.team;
    const QString worker = shown.workerId.isEmpty() ? tr("all workers") : m_worker->currentText();
    return tr("Figures read from this laptop's store at %1 on %2. %3; %4; %5; as at %6.")
        .arg(m_figures.readAt.toLocalTime().toString(QStringLiteral("HH:mm")),
             m_figures.readAt.toLocalTime().toString(kDate), shown.period.label(), team, worker,
             shown.today.toString(kDate));
}

void DashboardView::setStatus(const QString& text)
{
    m_status->setText(text);
    emit statusMessage(text);
}

void DashboardView::openDrillDown(DashboardTab* from, const QModelIndex& index)
{
    if (!from || m_figures.isEmpty() || !from->model()->isFigure(index))
        return;
    delete m_drill;
    m_drill = new DrillDownDialog(from->model()->drillTitle(index), m_figures, from->model()->drillRows(index), this);
    m_drill->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_drill, &DrillDownDialog::openRecordRequested, this, &DashboardView::openRecordRequested);
    m_drill->show();
    m_drill->table()->setFocus();
}

QString DashboardView::suggestedName(const QString& what, const QString& extension) const
{
    QString period = m_figures.scope.period.label();
    period.replace(QRegularExpression(QStringLiteral("[^0-9A-Za-z]+")), QStringLiteral("-"));
    return QStringLiteral("trellis-%1-%2.%3").arg(what, period, extension);
}

// The save dialog runs an event loop of its own, in which the idle lock can destroy this view and
// close the store; each export holds a QPointer across it and writes nothing if the view has gone.
QString DashboardView::askFileName(const QString& caption, const QString& suggested, const QString&)
{
    // A copy, so that the hook outlives this view if the lock destroys it while the dialog is open.
    const FileNameHook ask = m_fileName;
    return ask ? ask(caption, suggested) : QString();
}

bool DashboardView::exportChart()
{
    auto* current = qobject_cast<DashboardTab*>(m_tabs->currentWidget());
    if (!current || m_figures.isEmpty())
        return false;
    const QPointer<DashboardView> self(this);
    const QString path = askFileName(tr("Save the chart"),
                                     suggestedName(DashboardCharts::key(current->kind()), QStringLiteral("png")), {});
    if (!self || path.isEmpty()) // see askFileName
        return false;
    auto written = DashboardExporter(m_db, m_actor).writeChartPng(m_figures, current->kind(), path);
    setStatus(written ? tr("Saved the chart \"%1\".").arg(DashboardCharts::title(current->kind()))
                      : tr("The chart was not saved: %1").arg(written.error().message));
    return written.ok();
}

bool DashboardView::exportCsv()
{
    if (m_figures.isEmpty())
        return false;
    const QPointer<DashboardView> self(this);
    const QString path =
        askFileName(tr("Export the measures"), suggestedName(QStringLiteral("measures"), QStringLiteral("csv")), {});
    if (!self || path.isEmpty()) // see askFileName
        return false;
    auto written = DashboardExporter(m_db, m_actor).writeCsv(m_figures, path);
    setStatus(written ? tr("Exported the measures as CSV: %1 lines.").arg(written.value())
                      : tr("The measures were not exported: %1").arg(written.error().message));
    return written.ok();
}

bool DashboardView::exportBoardReport()
{
    if (m_figures.isEmpty())
        return false;
    const QPointer<DashboardView> self(this);
    const QString path = askFileName(tr("Save the board report"),
                                     suggestedName(QStringLiteral("board-report"), QStringLiteral("pdf")), {});
    if (!self || path.isEmpty()) // see askFileName
        return false;
    auto written = DashboardExporter(m_db, m_actor).writeBoardReport(m_figures, path);
    setStatus(written ? tr("Saved the board report: %1 pages.").arg(written.value())
                      : tr("The board report was not saved: %1").arg(written.error().message));
    return written.ok();
}

} // namespace trellis::ui
