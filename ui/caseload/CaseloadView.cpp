#include "CaseloadView.h"

#include "CaseloadFilterModel.h"
#include "CaseloadModel.h"
#include "session/Clock.h"
#include "store/BackgroundReader.h"
#include "store/CaseloadListQuery.h"
#include "sync/SyncStatusQueries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace trellis::ui {

namespace {

QComboBox* labelledCombo(QWidget* parent, QHBoxLayout* row, const QString& objectName, const QString& label,
                         const QString& accessibleName)
{
    auto* caption = new QLabel(label, parent);
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    caption->setBuddy(combo);
    row->addWidget(caption);
    row->addWidget(combo);
    return combo;
}

} // namespace

CaseloadView::CaseloadView(Database& db, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_model(new CaseloadModel(clock, this))
    , m_filter(new CaseloadFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("caseloadView"));
    m_filter->setSourceModel(m_model);

    auto* bar = new QWidget(this);
    auto* barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by name or reference (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the caseload by name or reference"));
    m_search->setAccessibleDescription(
        tr("The list shows the young people whose name or reference contains what you type; Down moves to the "
           "list, Enter opens the first"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40);
    m_search->installEventFilter(this);
    barLayout->addWidget(m_search, 1);
    buildFilters(bar);

    // Made after the bar, so that Tab goes from the search through the filters to the list, the
    // order they stand in (Qt's focus chain follows creation).
    m_table = new QTableView(this);
    m_error->setObjectName(QStringLiteral("caseloadError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    m_table->setObjectName(QStringLiteral("caseloadTable"));
    m_table->setAccessibleName(tr("Caseload"));
    m_table->setAccessibleDescription(
        tr("Your young people, one a row; the arrow keys move, Enter opens the record, Ctrl+N adds a young person"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Arrows move between rows; Tab leaves the list, as it does everywhere else.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    // A fixed row height: with 100,000 rows the view must not measure each one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSortIndicator(CaseloadModel::NextContactColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);
    sizeColumns();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, m_filter, &CaseloadFilterModel::setSearchText);
    connect(m_filter, &CaseloadFilterModel::filterApplied, this, &CaseloadView::afterFilter);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit openRecord(index.data(CaseloadModel::IdRole).toString());
    });

    // Child widgets keep these while focus is anywhere in the caseload, not in a dialog over it.
    auto* find = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &CaseloadView::focusSearch);
    auto* add = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    add->setContext(Qt::WidgetWithChildrenShortcut);
    connect(add, &QShortcut::activated, this, &CaseloadView::newYoungPerson);
}

void CaseloadView::buildFilters(QWidget* bar)
{
    auto* row = static_cast<QHBoxLayout*>(bar->layout());

    m_risk = labelledCombo(bar, row, QStringLiteral("riskFilter"), tr("&Risk:"), tr("Minimum risk rating"));
    m_risk->setToolTip(tr("The higher of risk of serious harm and safety and wellbeing"));
    m_risk->addItem(tr("Any rating"), -1);
    m_risk->addItem(tr("Medium or higher"), 1);
    m_risk->addItem(tr("High or higher"), 2);
    m_risk->addItem(tr("Very high"), 3);

    m_flags = labelledCombo(bar, row, QStringLiteral("flagFilter"), tr("F&lags:"), tr("Vulnerability flag"));
    m_flags->setToolTip(tr("Show only young people with this vulnerability flag"));
    m_flags->addItem(tr("Any or none"), 0);
    m_flags->addItem(tr("Any flag"), int((1u << CaseloadModel::kFlagCount) - 1));
    for (int bit = 0; bit < CaseloadModel::kFlagCount; ++bit)
        m_flags->addItem(CaseloadModel::flagFullName(bit), int(1u << bit));

    m_status = labelledCombo(bar, row, QStringLiteral("statusFilter"), tr("&Cases:"), tr("Open or closed cases"));
    m_status->setToolTip(tr("Show open cases, closed cases or both"));
    m_status->addItem(tr("Open"), int(CaseloadFilterModel::Status::Open));
    m_status->addItem(tr("Closed"), int(CaseloadFilterModel::Status::Closed));
    m_status->addItem(tr("Open and closed"), int(CaseloadFilterModel::Status::All));

    m_overdue = new QCheckBox(tr("&Overdue only"), bar);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_overdue->setToolTip(tr("Next contact, safety plan review or a case clock overdue"));
    row->addWidget(m_overdue);

    m_sync = labelledCombo(bar, row, QStringLiteral("syncFilter"), tr("S&ync:"), tr("Sync state"));
    m_sync->setToolTip(tr("Whether the young person's changes have reached the central store"));
    m_sync->addItem(tr("Any"), int(CaseloadFilterModel::SyncFilter::All));
    m_sync->addItem(tr("Not synced"), int(CaseloadFilterModel::SyncFilter::NotSynced));
    m_sync->addItem(tr("Waiting to sync"), int(CaseloadFilterModel::SyncFilter::Waiting));
    m_sync->addItem(tr("In conflict"), int(CaseloadFilterModel::SyncFilter::Conflict));
    m_sync->addItem(tr("Rejected"), int(CaseloadFilterModel::SyncFilter::Rejected));

    for (QComboBox* combo : {m_risk, m_flags, m_status, m_sync})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseloadView::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &CaseloadView::applyFilters);
    applyFilters();
}

void CaseloadView::applyFilters()
{
    m_filter->setMinimumRisk(m_risk->currentData().toInt());
    m_filter->setFlagMask(quint8(m_flags->currentData().toInt()));
    m_filter->setStatus(CaseloadFilterModel::Status(m_status->currentData().toInt()));
    m_filter->setOverdueOnly(m_overdue->isChecked());
    m_filter->setSyncFilter(CaseloadFilterModel::SyncFilter(m_sync->currentData().toInt()));
}

std::optional<CaseloadModel::SyncStates> CaseloadView::readSyncStates(Database& db)
{
    auto read = sync::SyncStatusQueries(db).youngPeopleStates();
    if (!read.ok())
        return std::nullopt;
    CaseloadModel::SyncStates states;
    states.reserve(read.value().size());
    for (auto it = read.value().cbegin(); it != read.value().cend(); ++it)
        states.insert(it.key(), CaseloadModel::SyncState(int(it.value())));
    return states;
}

void CaseloadView::sizeColumns()
{
    // Widths from sample text, not ResizeToContents: measuring 100,000 rows would take seconds.
    // The samples are chosen so that all twelve columns fit a 1366-pixel screen; longer text is
    // elided and shown whole in the tooltip.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int pad = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 10;
    const int icon = m_table->iconSize().isValid() ? m_table->iconSize().width() + 6 : 22;
    const auto width = [&](const QString& sample) { return metrics.horizontalAdvance(sample) + pad; };
    QHeaderView* header = m_table->horizontalHeader();
    header->setMinimumSectionSize(width(QStringLiteral("000")));
    header->resizeSection(CaseloadModel::NameColumn, width(QStringLiteral("Charlie \u2018Omar\u2019 Jollyfoot"))); // notr: a sample name for the width
    header->resizeSection(CaseloadModel::ReferenceColumn, width(QStringLiteral("YP-000000")));
    header->resizeSection(CaseloadModel::AgeColumn, width(tr("Age")));
    header->resizeSection(CaseloadModel::InterventionColumn, width(tr("Diversion or triage")));
    header->resizeSection(CaseloadModel::RiskSeriousHarmColumn, width(tr("Very high")));
    header->resizeSection(CaseloadModel::SafetyWellbeingColumn, width(tr("Very high")));
    header->resizeSection(CaseloadModel::ReoffendingColumn, width(tr("Reoffending")));
    header->resizeSection(CaseloadModel::FlagsColumn, width(tr("CCE, County lines")) + icon);
    const int due = width(tr("%1 \u2014 overdue").arg(QStringLiteral("30 Nov 2026"))) + icon;
    header->resizeSection(CaseloadModel::NextContactColumn, due);
    header->resizeSection(CaseloadModel::PlanReviewColumn, due);
    header->resizeSection(CaseloadModel::ClocksColumn, width(tr("SEMH overdue")) + icon);
    header->resizeSection(CaseloadModel::SyncColumn, width(tr("Waiting to sync")));
    header->setStretchLastSection(true);
}

bool CaseloadView::reload()
{
    if (!m_reader || (m_model->rowCount() < kBackgroundRows && !storeIsLarge()))
        return loadHere();
    if (m_model->rowCount() == 0 && firstPageFits())
        loadFirstPage();
    loadInBackground();
    return true;
}

bool CaseloadView::loadHere()
{
    const QString current = currentId();
    auto items = CaseloadListQuery(m_db).run(m_clock.today());
    if (!items.ok()) {
        showFailure(items.error());
        return false;
    }
    m_error->setVisible(false);
    const bool wasLoading = isLoading();
    ++m_loadGeneration; // a background load still running is out of date now
    m_shownGeneration = m_loadGeneration;
    const auto states = readSyncStates(m_db);
    m_model->setItems(items.takeValue(), states ? &*states : nullptr);
    if (!current.isEmpty())
        selectId(current);
    if (wasLoading)
        emit loadingChanged(false);
    afterFilter();
    return true;
}

void CaseloadView::showFailure(const StoreError& error)
{
    // The message names the store problem, never a record's content.
    m_error->setText(tr("The caseload could not be read: %1").arg(error.message));
    m_error->setVisible(true);
    emit loadFailed(error.message);
}

bool CaseloadView::storeIsLarge()
{
    // max(rowid) is one step down the table's b-tree: an upper bound on the young people in the
    // store, where count(*) would read every page.
    const auto highest = m_db.scalar("SELECT max(rowid) FROM young_person");
    return highest.ok() && highest.value().toLongLong() >= kBackgroundRows;
}

bool CaseloadView::firstPageFits() const
{
    // The first page is the open cases with the earliest next contact, so it starts the list
    // exactly when the list shows open cases in that order; any other filter then keeps a prefix.
    return m_model->sortColumn() == CaseloadModel::NextContactColumn && m_model->sortOrder() == Qt::AscendingOrder &&
           CaseloadFilterModel::Status(m_status->currentData().toInt()) == CaseloadFilterModel::Status::Open;
}

void CaseloadView::loadFirstPage()
{
    // The whole list is on its way whatever happens here, and it will say what went wrong.
    CaseloadListQuery query(m_db);
    auto candidates = query.firstPageCandidates(kFirstPageRows);
    if (!candidates.ok())
        return;
    const QDate today = m_clock.today();
    // Only the lines that will be shown need their facts: a few hundred index searches saved.
    QList<CaseloadListItem> first = CaseloadModel::firstInOrder(candidates.takeValue(), today, m_model->sortColumn(),
                                                                m_model->sortOrder(), kFirstPageRows);
    if (!query.addFacts(first, today).ok())
        return;
    const auto states = readSyncStates(m_db);
    m_model->setItems(std::move(first), states ? &*states : nullptr);
    afterFilter();
}

void CaseloadView::loadInBackground()
{
    const bool wasLoading = isLoading();
    const quint64 generation = ++m_loadGeneration;
    const QDate today = m_clock.today();
    const int sortColumn = m_model->sortColumn();
    const Qt::SortOrder sortOrder = m_model->sortOrder();
    if (!wasLoading)
        emit loadingChanged(true);
    afterFilter();
    m_reader->post(this, [this, generation, today, sortColumn, sortOrder](Database* reader) -> std::function<void()> {
        if (!reader) // no second connection: read on the GUI thread after all
            return [this, generation] {
                if (generation == m_loadGeneration)
                    loadHere();
            };
        auto items = CaseloadListQuery(*reader).run(today);
        if (!items.ok())
            return [this, generation, error = items.error()] {
                if (generation != m_loadGeneration)
                    return;
                m_shownGeneration = generation;
                showFailure(error);
                emit loadingChanged(false);
                afterFilter();
            };
        // A few statements on indexed tables, however large the store (SyncStatusQueries).
        const auto states = readSyncStates(*reader);
        auto prepared = std::make_shared<CaseloadModel::Prepared>(
            CaseloadModel::prepare(items.takeValue(), today, sortColumn, sortOrder, states ? &*states : nullptr));
        return [this, generation, prepared] { showLoaded(generation, std::move(*prepared)); };
    });
}

void CaseloadView::showLoaded(quint64 generation, CaseloadModel::Prepared loaded)
{
    if (generation != m_loadGeneration)
        return; // a newer load is on its way
    const QString current = currentId();
    m_error->setVisible(false);
    m_shownGeneration = generation;
    m_model->setPrepared(std::move(loaded));
    if (!current.isEmpty())
        selectId(current);
    emit loadingChanged(false);
    afterFilter();
}

void CaseloadView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

int CaseloadView::shownCount() const
{
    return m_filter->rowCount();
}

int CaseloadView::totalCount() const
{
    return m_filter->totalCount();
}

QString CaseloadView::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(CaseloadModel::IdRole).toString() : QString();
}

bool CaseloadView::selectId(const QString& id)
{
    const int sourceRow = m_model->rowOfId(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QString CaseloadView::statusText() const
{
    if (isLoading())
        return tr("Showing the first %n young people; loading the rest\u2026", nullptr, shownCount());
    return countText(shownCount(), totalCount());
}

QString CaseloadView::countText(int shown, int total)
{
    if (shown == total)
        return tr("%n young people", nullptr, total);
    return tr("Showing %1 of %n young people", nullptr, total).arg(shown);
}

void CaseloadView::afterFilter()
{
    // Keep a current row whenever there is one to show, so Enter always opens something visible.
    if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_filter->index(0, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    emit countChanged(shownCount(), totalCount());
}

void CaseloadView::openCurrent()
{
    const QString id = currentId();
    if (!id.isEmpty())
        emit openRecord(id);
}

void CaseloadView::changeEvent(QEvent* event)
{
    // The system font changed while Trellis runs: rows follow it (their height is fixed, so
    // that 100,000 rows need not be measured).
    if (event->type() == QEvent::FontChange)
        m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QWidget::changeEvent(event);
}

bool CaseloadView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const auto modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (enter && modifiers == Qt::NoModifier && (watched == m_table || watched == m_search)) {
        openCurrent();
        return true;
    }
    if (watched == m_search && key->key() == Qt::Key_Down && m_filter->rowCount() > 0) {
        m_table->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace trellis::ui
