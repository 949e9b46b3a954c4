#pragma once

#include "DashboardFigures.h"

#include <QAbstractTableModel>

namespace trellis {

// What the dashboard's tables have in common: they show one part of a DashboardFigures, and every
// figure in them can be opened to the young people behind it ("drill-down"). The dashboard, its
// charts and its exports talk to them only through this interface.
class KpiDrillModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // A figure as a number for a chart: a double, or nothing when the cell is not a figure or its
    // number is not shown (a suppressed count draws no bar, so a chart never reveals it).
    static constexpr int ChartValueRole = Qt::UserRole + 1;
    // The measure key (or risk, or group) behind a cell, for object names and tests.
    static constexpr int KeyRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setFigures(const DashboardFigures& figures);
    const DashboardFigures& figures() const { return m_figures; }

    // The rows behind one figure; empty when the cell is not a figure. Exactly as many rows as the
    // figure counts (the real rows, even when the figure is shown suppressed).
    virtual QList<kpi::DrillRow> drillRows(const QModelIndex& index) const = 0;
    // "First-time entrants, 2025/26": what the drill-down list is of.
    virtual QString drillTitle(const QModelIndex& index) const = 0;
    bool isFigure(const QModelIndex& index) const
    {
        return index.isValid() && index.column() > 0 && !drillTitle(index).isEmpty();
    }

    // The text a measure's figure shows: exact (work lists) or suppressed (shared figures).
    static QString figureText(const kpi::MeasureValue& value, kpi::MeasureUnit unit, bool exact);
    static QVariant chartValue(const kpi::MeasureValue& value, kpi::MeasureUnit unit, bool exact);

protected:
    // Called inside a model reset, after m_figures has been replaced.
    virtual void figuresChanged() {}

    DashboardFigures m_figures;
};

} // namespace trellis
