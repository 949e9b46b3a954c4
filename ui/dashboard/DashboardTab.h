#pragma once

#include "DashboardCharts.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;

namespace trellis::ui {

class ModelBarChart;

// One tab of the dashboard: a chart above the table of the same figures. A click on a bar, a
// double-click on a cell or Enter on it asks for the young people behind the figure.
class DashboardTab : public QWidget {
    Q_OBJECT
public:
    DashboardTab(DashboardCharts::Kind kind, QWidget* parent = nullptr);

    DashboardCharts::Kind kind() const { return m_kind; }
    KpiDrillModel* model() const { return m_model; }
    ModelBarChart* chart() const { return m_chart; }
    QTableView* table() const { return m_table; }
    // A line above the chart ("These are example population figures…"); hidden when empty.
    void setNote(const QString& text);
    QLabel* note() const { return m_note; }

    void setFigures(const DashboardFigures& figures);

signals:
    void drillRequested(DashboardTab* tab, const QModelIndex& index);

private:
    DashboardCharts::Kind m_kind;
    KpiDrillModel* m_model;
    QLabel* m_note;
    ModelBarChart* m_chart;
    QTableView* m_table;
    QSplitter* m_split = nullptr;
};

} // namespace trellis::ui
