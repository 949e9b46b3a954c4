#pragma once

#include "DashboardFigures.h"

#include <QAbstractTableModel>

namespace trellis {

// The young people behind one dashboard figure: reference, name, date and why. One row per
// DrillRow, so the list has exactly as many rows as the figure counts.
class KpiDrillDownModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ReferenceColumn, NameColumn, DateColumn, DetailColumn, ColumnCount };
    static constexpr int YoungPersonIdRole = Qt::UserRole + 1;

    KpiDrillDownModel(const DashboardFigures& figures, QList<kpi::DrillRow> rows, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString youngPersonId(int row) const;

private:
    const kpi::PersonFact* personAt(int row) const;

    std::shared_ptr<const kpi::KpiFacts> m_facts;
    std::shared_ptr<const QHash<QString, int>> m_index;
    QList<kpi::DrillRow> m_rows;
};

} // namespace trellis
