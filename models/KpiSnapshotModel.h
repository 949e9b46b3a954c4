#pragma once

#include "KpiDrillModel.h"

namespace trellis {

// One group of "as at today" measures, one row each: the overdue work (exact counts, a work list
// the supervisor acts on) or the YJB indicators (percentages, suppressed as anything shared).
class KpiSnapshotModel : public KpiDrillModel {
    Q_OBJECT
public:
    enum Column { MeasureColumn, FigureColumn, CountColumn, DenominatorColumn, ColumnCount };

    // Overdue is exact; Yjb is suppressed.
    explicit KpiSnapshotModel(kpi::MeasureGroup group, QObject* parent = nullptr);

    kpi::MeasureGroup group() const { return m_group; }
    bool isExact() const { return m_exact; }
    // Exports draw even the overdue figures suppressed (contract): a copy of this model with it off.
    void setExact(bool exact);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QList<kpi::DrillRow> drillRows(const QModelIndex& index) const override;
    QString drillTitle(const QModelIndex& index) const override;

private:
    const QList<kpi::MeasureValue>& values() const;

    kpi::MeasureGroup m_group;
    bool m_exact;
    QList<kpi::MeasureDefinition> m_definitions;
};

} // namespace trellis
