#pragma once

#include "KpiDrillModel.h"

namespace trellis {

// Open young people per lead worker by risk (workers × low, medium, high, very high, total).
// Exact counts on screen: it is a work list a supervisor acts on (contract, "Suppression"); the copy
// an export draws from is suppressed like everything else that leaves Trellis.
class KpiTeamCaseloadModel : public KpiDrillModel {
    Q_OBJECT
public:
    enum Column { WorkerColumn, LowColumn, MediumColumn, HighColumn, VeryHighColumn, TotalColumn, ColumnCount };

    using KpiDrillModel::KpiDrillModel;

    bool isExact() const { return m_exact; }
    void setExact(bool exact);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QList<kpi::DrillRow> drillRows(const QModelIndex& index) const override;
    QString drillTitle(const QModelIndex& index) const override;

    static QString riskTitle(int riskRank); // "Low" … "Very high"

private:
    bool m_exact = true;
};

} // namespace trellis
