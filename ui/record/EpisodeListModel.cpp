#include "EpisodeListModel.h"

#include "RecordText.h"
#include "domain/Entities.h"

namespace trellis::ui {

EpisodeListModel::EpisodeListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EpisodeListModel::setEpisodes(const QList<domain::Record>& episodes, const QDate& today)
{
    beginResetModel();
    m_episodes = episodes;
    m_today = today;
    endResetModel();
}

int EpisodeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_episodes.size());
}

int EpisodeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EpisodeListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Record& episode = m_episodes.at(index.row());
    bool overdue = false;
    const QString clock = RecordText::episodeClock(episode, m_today, &overdue);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind:
            return RecordText::label(domain::entity::Episode, QStringLiteral("kind"), episode.text(QStringLiteral("kind")));
        case Start: return RecordText::date(episode.date(QStringLiteral("start_date")));
        case End: return RecordText::date(episode.date(QStringLiteral("end_date")));
        case Clock: return clock;
        default: return {};
        }
    case Qt::DecorationRole:
        return overdue && index.column() == Clock ? QVariant(m_icon) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Clock ? QVariant(clock) : QVariant();
    default: return {};
    }
}

QVariant EpisodeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind: return tr("Kind");
    case Start: return tr("Started or referred");
    case End: return tr("Ended or returned");
    case Clock: return tr("Clock or outcome");
    default: return {};
    }
}

} // namespace trellis::ui
