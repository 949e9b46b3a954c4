#include "ContactListModel.h"

#include "RecordText.h"
#include "domain/Entities.h"

namespace trellis::ui {

ContactListModel::ContactListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ContactListModel::setContacts(const QList<domain::Record>& contacts)
{
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
}

int ContactListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::Record& contact = m_contacts.at(index.row());
    const QString& entity = domain::entity::Contact;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When: return RecordText::dateTime(contact.value(QStringLiteral("occurred_at")).toDateTime());
        case Kind: return RecordText::label(entity, QStringLiteral("kind"), contact.text(QStringLiteral("kind")));
        case Attendance:
            return RecordText::label(entity, QStringLiteral("attendance"), contact.text(QStringLiteral("attendance")));
        case Duration:
            return tr("%n min", nullptr, int(contact.value(QStringLiteral("duration_minutes")).toLongLong()));
        case Summary: return contact.text(QStringLiteral("summary")).section(QLatin1Char('\n'), 0, 0);
        case NextDue: return RecordText::date(contact.date(QStringLiteral("next_contact_due")));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return contact.text(QStringLiteral("summary"));
    return {};
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case Kind: return tr("Kind");
    case Attendance: return tr("Attendance");
    case Duration: return tr("Duration");
    case Summary: return tr("Summary");
    case NextDue: return tr("Next contact due");
    default: return {};
    }
}

} // namespace trellis::ui
