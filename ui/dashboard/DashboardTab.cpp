#include "DashboardTab.h"

#include "KpiSnapshotModel.h"
#include "charts/ModelBarChart.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace trellis::ui {

DashboardTab::DashboardTab(DashboardCharts::Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(DashboardCharts::makeModel(kind, DashboardCharts::Use::Screen).release())
    , m_note(new QLabel(this))
    , m_chart(new ModelBarChart(this))
    , m_table(new QTableView(this))
{
    const QString key = DashboardCharts::key(kind);
    setObjectName(key + QStringLiteral("Tab"));
    m_model->setParent(this);
    m_model->setObjectName(key + QStringLiteral("Model"));
    m_note->setObjectName(key + QStringLiteral("Note"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_note->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_note->setFocusPolicy(Qt::NoFocus);
    DashboardCharts::setUpChart(*m_chart, kind, m_model);

    m_table->setObjectName(key + QStringLiteral("Table"));
    m_table->setAccessibleName(tr("%1: table").arg(DashboardCharts::title(kind)));
    m_table->setAccessibleDescription(tr("Every figure of the chart. Press Enter on a figure to list the young "
                                         "people behind it."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setWordWrap(false);
    if (kind == DashboardCharts::Overdue) { // counts only: the figure says it all
        m_table->setColumnHidden(KpiSnapshotModel::CountColumn, true);
        m_table->setColumnHidden(KpiSnapshotModel::DenominatorColumn, true);
    }

    // A narrow table sits beside its chart, so that the chart has the tab's whole height for its
    // categories; the wide ones (measures over five years, disproportionality) go below it.
    const bool wide = kind == DashboardCharts::Measures || kind == DashboardCharts::Disproportionality;
    auto* split = new QSplitter(wide ? Qt::Vertical : Qt::Horizontal, this);
    m_split = split;
    split->setObjectName(key + QStringLiteral("Split"));
    split->setChildrenCollapsible(false);
    if (wide) {
        split->addWidget(m_chart);
        split->addWidget(m_table);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
    } else {
        split->addWidget(m_table);
        split->addWidget(m_chart);
        split->setStretchFactor(0, 0);
        split->setStretchFactor(1, 1);
        m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    }
    // The table first: it says every figure in words, and Tab goes on to the chart.
    setFocusProxy(m_table);
    setTabOrder(m_table, m_chart);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (m_model->isFigure(index))
            emit drillRequested(this, index);
    });
    connect(m_chart, &ModelBarChart::barActivated, this, [this](int row, int column) {
        const QModelIndex index = m_model->index(row, column);
        if (m_model->isFigure(index))
            emit drillRequested(this, index);
    });
}

void DashboardTab::setNote(const QString& text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void DashboardTab::setFigures(const DashboardFigures& figures)
{
    const QModelIndex current = m_table->currentIndex();
    m_model->setFigures(figures);
    if (m_split->orientation() == Qt::Horizontal) {
        // The table beside the chart is as wide as its figures, however long the names; the chart
        // takes the rest.
        const int width = m_table->horizontalHeader()->length() + 2 * m_table->frameWidth() +
                          m_table->verticalScrollBar()->sizeHint().width();
        const int total = std::max(m_split->width(), this->width());
        m_split->setSizes({width, std::max(total - width, width)});
    }
    // The keyboard stays on the same figure across a filter change.
    if (current.isValid() && current.row() < m_model->rowCount() && current.column() < m_model->columnCount())
        m_table->setCurrentIndex(m_model->index(current.row(), current.column()));
    else if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 1));
}

} // namespace trellis::ui
