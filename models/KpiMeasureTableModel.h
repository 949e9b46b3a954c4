#pragma once

#include "KpiDrillModel.h"

namespace trellis {

// The youth-safety measures over five financial years, oldest first, then (for a custom period)
// the period itself, then the change between the last two years. Every figure is suppressed as
// the contract says (these are shared with the partnership); the tooltip is the measure's
// definition from MeasureCatalogue.
class KpiMeasureTableModel : public KpiDrillModel {
    Q_OBJECT
public:
    using KpiDrillModel::KpiDrillModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QList<kpi::DrillRow> drillRows(const QModelIndex& index) const override;
    QString drillTitle(const QModelIndex& index) const override;

    // (added) An export of a custom period leaves out the five financial years (year − period
    // would reveal small numbers by subtraction, docs/kpi-definitions.md): their cells are empty.
    void setForExport(bool forExport);
    bool yearsLeftOut() const { return m_forExport && hasPeriodColumn(); }

    int yearColumns() const { return int(m_figures.years.size()); }
    bool hasPeriodColumn() const { return !m_figures.isEmpty() && !m_figures.periodIsYear; }
    int changeColumn() const { return 1 + yearColumns() + (hasPeriodColumn() ? 1 : 0); }
    // "+3", "−2", "+4 points", or "–" when either year is not shown (no figure derived from a
    // suppressed one).
    static QString changeText(const kpi::MeasureValue& before, const kpi::MeasureValue& after, kpi::MeasureUnit unit);

private:
    const kpi::MeasureValue* valueAt(int row, int column) const;
    QString columnTitle(int column) const;

    bool m_forExport = false;
    const QList<kpi::MeasureDefinition> m_definitions = kpi::MeasureCatalogue::inGroup(kpi::MeasureGroup::YouthSafety);
};

} // namespace trellis
