#include "DrillDownDialog.h"

#include "KpiDrillDownModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace trellis::ui {

DrillDownDialog::DrillDownDialog(const QString& title, const DashboardFigures& figures, QList<kpi::DrillRow> rows,
                                 QWidget* parent)
    : QDialog(parent)
    , m_model(new KpiDrillDownModel(figures, std::move(rows), this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(title);
    setAccessibleName(title);
    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("drillDownHeading"));
    heading->setWordWrap(true);
    heading->setText(
        tr("%1. Rows: %2. Press Enter or double-click to open a record.").arg(title).arg(m_model->rowCount()));
    heading->setAccessibleName(tr("What this list is"));

    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(Qt::EditRole);
    m_table->setObjectName(QStringLiteral("drillDownTable"));
    m_table->setAccessibleName(tr("Young people behind the figure"));
    m_table->setAccessibleDescription(tr("One young person a row; the arrow keys move, Enter opens the record"));
    m_table->setModel(sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab goes on to Close; the arrows move between rows
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(KpiDrillDownModel::DateColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_table->installEventFilter(this);
    heading->setBuddy(m_table);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(sorted->index(0, 0));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close the list and go back to the dashboard"));
    buttons->setObjectName(QStringLiteral("drillDownButtons"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 420);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { openRow(index.row()); });
}

int DrillDownDialog::rowCount() const
{
    return m_model->rowCount();
}

void DrillDownDialog::openRow(int row)
{
    const QModelIndex index = m_table->model()->index(row, 0);
    const QString id = index.data(KpiDrillDownModel::YoungPersonIdRole).toString();
    if (id.isEmpty())
        return;
    emit openRecordRequested(id);
    accept();
}

bool DrillDownDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_table->currentIndex().isValid()) {
            openRow(m_table->currentIndex().row());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace trellis::ui
