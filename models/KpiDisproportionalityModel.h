#pragma once

#include "KpiDrillModel.h"

namespace trellis {

// Each ethnic group's share of the caseload, of first-time entrants and of custody against its
// share of the 10–17 population, and the relative rate index against White children. Suppressed:
// a count of 1–4 shows "<5" and neither its share nor its rate is given (Disproportionality).
class KpiDisproportionalityModel : public KpiDrillModel {
    Q_OBJECT
public:
    enum Column {
        GroupColumn,
        PopulationColumn,
        PopulationShareColumn,
        CaseloadColumn,
        CaseloadShareColumn,
        CaseloadRateColumn,
        FteColumn,
        FteShareColumn,
        FteRateColumn,
        CustodyColumn,
        CustodyShareColumn,
        CustodyRateColumn,
        ColumnCount
    };

    using KpiDrillModel::KpiDrillModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QList<kpi::DrillRow> drillRows(const QModelIndex& index) const override;
    QString drillTitle(const QModelIndex& index) const override;

    static QString shareText(const std::optional<double>& share); // "12.5%" or "–"
    static QString rateText(const std::optional<double>& rate);   // "1.45" or "–"

private:
    const kpi::GroupFigure* figureAt(int row, int column) const;
};

} // namespace trellis
