#pragma once

#include "domain/Record.h"

#include <QAbstractTableModel>
#include <QList>

namespace trellis::ui {

// The contacts of one young person, newest first, as the contacts tab lists them.
class ContactListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Kind, Attendance, Duration, Summary, NextDue, ColumnCount };

    explicit ContactListModel(QObject* parent = nullptr);

    void setContacts(const QList<domain::Record>& contacts);
    const domain::Record& contact(int row) const { return m_contacts.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::Record> m_contacts;
};

} // namespace trellis::ui
