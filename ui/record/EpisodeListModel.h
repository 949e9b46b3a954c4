#pragma once

#include "domain/Record.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QIcon>

namespace trellis::ui {

// Missing, NRM, exclusion and SEMH episodes with their clocks; a clock that has run out says
// "overdue" in words and carries an icon.
class EpisodeListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Start, End, Clock, ColumnCount };

    explicit EpisodeListModel(QObject* parent = nullptr);

    void setEpisodes(const QList<domain::Record>& episodes, const QDate& today);
    const domain::Record& episode(int row) const { return m_episodes.at(row); }
    void setWarningIcon(const QIcon& icon) { m_icon = icon; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::Record> m_episodes;
    QDate m_today;
    QIcon m_icon;
};

} // namespace trellis::ui
