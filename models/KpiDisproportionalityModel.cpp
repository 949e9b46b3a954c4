#include "KpiDisproportionalityModel.h"

#include "kpi/Suppression.h"

#include <QCoreApplication>

#include <cmath>

namespace trellis {

using namespace kpi;

int KpiDisproportionalityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_figures.disproportionality.rows.size());
}

int KpiDisproportionalityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KpiDisproportionalityModel::shareText(const std::optional<double>& share)
{
    return share ? QStringLiteral("%1%").arg(*share, 0, 'f', 1) : QStringLiteral("–");
}

QString KpiDisproportionalityModel::rateText(const std::optional<double>& rate)
{
    return rate ? QString::number(*rate, 'f', 2) : QStringLiteral("–");
}

const GroupFigure* KpiDisproportionalityModel::figureAt(int row, int column) const
{
    const DisproportionalityRow& group = m_figures.disproportionality.rows.at(row);
    if (column >= CaseloadColumn && column <= CaseloadRateColumn)
        return &group.caseload;
    if (column >= FteColumn && column <= FteRateColumn)
        return &group.firstTimeEntrants;
    if (column >= CustodyColumn && column <= CustodyRateColumn)
        return &group.custody;
    return nullptr;
}

QVariant KpiDisproportionalityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DisproportionalityRow& group = m_figures.disproportionality.rows.at(index.row());
    const int column = index.column();
    const GroupFigure* figure = figureAt(index.row(), column);
    // Within each block of three: the count, its share, its relative rate.
    const int part = figure ? (column - CaseloadColumn) % 3 : -1;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == GroupColumn)
            return QCoreApplication::translate("trellis::kpi::EthnicGroups",
                                               EthnicGroups::title(group.group).toUtf8().constData());
        if (column == PopulationColumn)
            return QString::number(group.population);
        if (column == PopulationShareColumn)
            return shareText(group.populationShare);
        if (part == 0)
            return figure->shown(); // "–" for a complementary withheld cell, as in the exports
        return part == 1 ? shareText(figure->share) : rateText(figure->relativeRate);
    case ChartValueRole: {
        // Rounded to one decimal, as the table's text is, so bar and cell agree.
        const auto rounded = [](const std::optional<double>& share) {
            return share ? QVariant(std::round(*share * 10) / 10) : QVariant();
        };
        if (column == PopulationShareColumn)
            return rounded(group.populationShare);
        return part == 1 ? rounded(figure->share) : QVariant();
    }
    case KeyRole:
        return group.group;
    case Qt::TextAlignmentRole:
        return column == GroupColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (part == 2)
            return tr("Relative rate index: this group's rate per 10–17 population divided by the rate for White "
                      "children. Above 1: over-represented. Not given when either count is suppressed.");
        if (part == 1)
            return tr("Share of the young people with a stated ethnicity. Not given for a suppressed count.");
        return {};
    default:
        return {};
    }
}

QVariant KpiDisproportionalityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn:
        return tr("Ethnic group");
    case PopulationColumn:
        return tr("Population 10–17");
    case PopulationShareColumn:
        return tr("Population share");
    case CaseloadColumn:
        return tr("Caseload");
    case CaseloadShareColumn:
        return tr("Caseload share");
    case CaseloadRateColumn:
        return tr("Caseload RRI");
    case FteColumn:
        return tr("First-time entrants");
    case FteShareColumn:
        return tr("FTE share");
    case FteRateColumn:
        return tr("FTE RRI");
    case CustodyColumn:
        return tr("Custody");
    case CustodyShareColumn:
        return tr("Custody share");
    case CustodyRateColumn:
        return tr("Custody RRI");
    default:
        return {};
    }
}

QList<DrillRow> KpiDisproportionalityModel::drillRows(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const GroupFigure* figure = figureAt(index.row(), index.column());
    return figure ? figure->rows : QList<DrillRow>();
}

QString KpiDisproportionalityModel::drillTitle(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= rowCount() || !figureAt(index.row(), index.column()))
        return {};
    const QString group =
        QCoreApplication::translate("trellis::kpi::EthnicGroups",
                                    EthnicGroups::title(m_figures.disproportionality.rows.at(index.row()).group)
                                        .toUtf8()
                                        .constData());
    const int column = index.column();
    const QString what = column <= CaseloadRateColumn ? tr("open caseload")
                         : column <= FteRateColumn ? tr("first-time entrants, %1").arg(m_figures.scope.period.label())
                                                   : tr("custodial outcomes, %1").arg(m_figures.scope.period.label());
    return tr("%1: %2").arg(group, what);
}

} // namespace trellis
