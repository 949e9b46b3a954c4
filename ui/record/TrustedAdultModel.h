#pragma once

#include "store/CaseloadQueries.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace trellis::ui {

// The trusted adults linked to one young person. An adult marked do-not-contact says so in
// words ("DO NOT CONTACT"), with an icon and the reason as a tooltip, in every column's tooltip
// and in a column of its own: never by colour alone.
class TrustedAdultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Warning, Relationship, Role, Phone, Consent, ColumnCount };

    explicit TrustedAdultModel(QObject* parent = nullptr);

    void setAdults(const QList<FullRecord::LinkedAdult>& adults);
    const FullRecord::LinkedAdult& adult(int row) const { return m_adults.at(row); }
    void setWarningIcon(const QIcon& icon) { m_icon = icon; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Do not contact: <reason>", for every place that shows an adult.
    static QString doNotContactTip(const domain::Record& adult);
    static QString consentText(const domain::Record& adult);

private:
    QList<FullRecord::LinkedAdult> m_adults;
    QIcon m_icon;
};

} // namespace trellis::ui
