#include "TrustedAdultModel.h"

#include "RecordText.h"
#include "domain/Entities.h"
#include "domain/PhoneNumbers.h"

namespace trellis::ui {

TrustedAdultModel::TrustedAdultModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TrustedAdultModel::setAdults(const QList<FullRecord::LinkedAdult>& adults)
{
    beginResetModel();
    m_adults = adults;
    endResetModel();
}

int TrustedAdultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_adults.size());
}

int TrustedAdultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrustedAdultModel::doNotContactTip(const domain::Record& adult)
{
    const QString reason = adult.text(QStringLiteral("do_not_contact_reason"));
    return reason.isEmpty() ? tr("Do not contact this adult. No reason is recorded: ask the case manager.")
                            : tr("Do not contact this adult: %1").arg(reason);
}

QString TrustedAdultModel::consentText(const domain::Record& adult)
{
    const QString consent = RecordText::label(domain::entity::TrustedAdult, QStringLiteral("consent"),
                                              adult.text(QStringLiteral("consent")));
    const QDate checked = adult.date(QStringLiteral("consent_checked_on"));
    return checked.isValid() ? tr("%1 (checked %2)").arg(consent, RecordText::date(checked)) : consent;
}

QVariant TrustedAdultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FullRecord::LinkedAdult& linked = m_adults.at(index.row());
    const domain::Record& adult = linked.adult;
    const bool doNotContact = adult.flag(QStringLiteral("do_not_contact"));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return RecordText::adultName(adult);
        case Warning: return doNotContact ? RecordText::doNotContactBadge() : QString();
        case Relationship: return adult.text(QStringLiteral("relationship"));
        case Role:
            return RecordText::label(domain::entity::TrustedAdultLink, QStringLiteral("role"),
                                     linked.link.text(QStringLiteral("role")));
        case Phone: {
            const QString phone = adult.text(QStringLiteral("phone_primary"));
            return phone.isEmpty() ? QString() : domain::PhoneNumbers::formatNational(phone);
        }
        case Consent: return consentText(adult);
        default: return {};
        }
    case Qt::DecorationRole:
        if (doNotContact && (index.column() == Name || index.column() == Warning))
            return m_icon;
        return {};
    case Qt::ToolTipRole:
        return doNotContact ? doNotContactTip(adult) : QVariant();
    case Qt::AccessibleTextRole:
        if (doNotContact && index.column() == Name)
            return tr("%1, do not contact").arg(RecordText::adultName(adult));
        return {};
    default: return {};
    }
}

QVariant TrustedAdultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Warning: return tr("Warning");
    case Relationship: return tr("Relationship");
    case Role: return tr("Role");
    case Phone: return tr("Phone");
    case Consent: return tr("Consent to share");
    default: return {};
    }
}

} // namespace trellis::ui
