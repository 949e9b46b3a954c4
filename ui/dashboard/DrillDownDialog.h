#pragma once

#include "DashboardFigures.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace trellis {
class KpiDrillDownModel;
}

namespace trellis::ui {

// The young people behind one dashboard figure: reference, name, date and why, exactly one row
// per person or event the figure counts. Enter or a double-click on a row asks the window to open
// that record (openRecordRequested); the dialog then closes. It shows names, so it is a child of
// the dashboard and goes with it when the store locks.
class DrillDownDialog : public QDialog {
    Q_OBJECT
public:
    DrillDownDialog(const QString& title, const DashboardFigures& figures, QList<kpi::DrillRow> rows,
                    QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    int rowCount() const;

signals:
    void openRecordRequested(const QString& youngPersonId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openRow(int row);

    KpiDrillDownModel* m_model;
    QTableView* m_table;
};

} // namespace trellis::ui
