#include "CaseloadModel.h"

#include "domain/CaseClocks.h"
#include "domain/ChoiceLabels.h"
#include "domain/Entities.h"
#include "session/Clock.h"
#include "settings/Translations.h"
#include "sync/SyncStatusQueries.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPen>
#include <QPixmap>

#include <bit>
#include <limits>
#include <numeric>

namespace trellis {

using domain::CaseClocks;
using domain::ChoiceLabels;
namespace entity = domain::entity;

namespace {

// Dark red: reads as "late" and keeps a contrast ratio above 7:1 on a white row. Colour is never
// the only sign; the text says "overdue" and an icon is drawn too.
const QColor kOverdueColour(0xA0, 0x00, 0x1E);

struct FlagName {
    const char* shortName;
    const char* fullName;
};

// Short names are the ones case managers use in meetings; the tooltip and screen readers get
// the full words.
constexpr FlagName kFlagNames[CaseloadModel::kFlagCount] = {
    {QT_TRANSLATE_NOOP("CaseloadModel", "CCE"), QT_TRANSLATE_NOOP("CaseloadModel", "Child criminal exploitation")},
    {QT_TRANSLATE_NOOP("CaseloadModel", "CSE"), QT_TRANSLATE_NOOP("CaseloadModel", "Child sexual exploitation")},
    {QT_TRANSLATE_NOOP("CaseloadModel", "County lines"), QT_TRANSLATE_NOOP("CaseloadModel", "County lines")},
    {QT_TRANSLATE_NOOP("CaseloadModel", "Gang"), QT_TRANSLATE_NOOP("CaseloadModel", "Gang-affected")},
    {QT_TRANSLATE_NOOP("CaseloadModel", "Missing"), QT_TRANSLATE_NOOP("CaseloadModel", "Risk of going missing")},
    {QT_TRANSLATE_NOOP("CaseloadModel", "Knife crime"), QT_TRANSLATE_NOOP("CaseloadModel", "Victim of knife crime")},
    {QT_TRANSLATE_NOOP("CaseloadModel", "DA"), QT_TRANSLATE_NOOP("CaseloadModel", "Domestic abuse at home")},
};

struct ColumnName {
    const char* header;
    const char* full;
};

// Headers are kept short so that twelve columns fit a 1366-pixel laptop screen; the tooltip and
// the accessible text say them in full.
constexpr ColumnName kColumnNames[CaseloadModel::ColumnCount] = {
    {QT_TRANSLATE_NOOP("CaseloadModel", "Name"), QT_TRANSLATE_NOOP("CaseloadModel", "Name")},
    {QT_TRANSLATE_NOOP("CaseloadModel", "Reference"), QT_TRANSLATE_NOOP("CaseloadModel", "Reference")},
    {QT_TRANSLATE_NOOP("CaseloadModel", "Age"), QT_TRANSLATE_NOOP("CaseloadModel", "Age")},
    {QT_TRANSLATE_NOOP("CaseloadModel", "Intervention"), QT_TRANSLATE_NOOP("CaseloadModel", "Current intervention")},
    {QT_TRANSLATE_NOOP("CaseloadModel", "RoSH"), QT_TRANSLATE_NOOP("CaseloadModel", "Risk of serious harm")},
    {QT_TRANSLATE_NOOP("CaseloadModel", "Safety"), QT_TRANSLATE_NOOP("CaseloadModel", "Safety and wellbeing")},
    {QT_TRANSLATE_NOOP("CaseloadModel", "Reoffending"),
     QT_TRANSLATE_NOOP("CaseloadModel", "Likelihood of reoffending")},
    {QT_TRANSLATE_NOOP("CaseloadModel", "Flags"), QT_TRANSLATE_NOOP("CaseloadModel", "Vulnerability flags")},
    {QT_TRANSLATE_NOOP("CaseloadModel", "Next contact"), QT_TRANSLATE_NOOP("CaseloadModel", "Next contact due")},
    {QT_TRANSLATE_NOOP("CaseloadModel", "Plan review"), QT_TRANSLATE_NOOP("CaseloadModel", "Safety plan review due")},
    {QT_TRANSLATE_NOOP("CaseloadModel", "Clocks"), QT_TRANSLATE_NOOP("CaseloadModel", "Case clocks run out")},
    {QT_TRANSLATE_NOOP("CaseloadModel", "Sync"), QT_TRANSLATE_NOOP("CaseloadModel", "Sync state")},
};

QString translated(const char* text)
{
    return QCoreApplication::translate("CaseloadModel", text);
}

qint8 rank(const QStringList& scale, const QString& value)
{
    return value.isEmpty() ? qint8(-1) : qint8(scale.indexOf(value));
}

quint8 flagBits(const CaseloadRow& row)
{
    quint8 bits = 0;
    const bool set[CaseloadModel::kFlagCount] = {row.flagCce,          row.flagCse,         row.flagCountyLines,
                                                 row.flagGangAffected, row.flagMissingRisk, row.flagKnifeCrimeVictim,
                                                 row.flagDomesticAbuse};
    for (int bit = 0; bit < CaseloadModel::kFlagCount; ++bit)
        if (set[bit])
            bits |= quint8(1u << bit);
    return bits;
}

int compareDates(const QDate& a, const QDate& b)
{
    // An invalid date (nothing arranged) sorts first: a case with no next contact needs one.
    const qint64 x = a.isValid() ? a.toJulianDay() : std::numeric_limits<qint64>::min();
    const qint64 y = b.isValid() ? b.toJulianDay() : std::numeric_limits<qint64>::min();
    return x < y ? -1 : x > y ? 1 : 0;
}

template <typename T> int compareValues(T a, T b)
{
    return a < b ? -1 : b < a ? 1 : 0;
}

} // namespace

CaseloadModel::CaseloadModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_today(clock.today())
{
}

CaseloadModel::Entry CaseloadModel::makeEntry(CaseloadListItem item, const QDate& today, const SyncStates* states)
{
    static const QStringList ratings = domain::choices::riskRating();
    static const QStringList interventions = domain::choices::interventionType();
    Entry e;
    e.row = std::move(item.row);
    const CaseloadRow& r = e.row;
    QString key;
    key.reserve(r.givenName.size() + r.familyName.size() + r.preferredName.size() + r.reference.size() + 3);
    key += r.familyName;
    key += QLatin1Char(' ');
    key += r.givenName;
    if (!r.preferredName.isEmpty()) {
        key += QLatin1Char(' ');
        key += r.preferredName;
    }
    key += QChar(0x0001);
    e.referenceStart = key.size();
    key += r.reference;
    e.searchKey = std::move(key).toCaseFolded();
    e.age = ageOn(r.dateOfBirth, today);
    e.harmRank = rank(ratings, r.riskSeriousHarm);
    e.safetyRank = rank(ratings, r.safetyWellbeing);
    e.reoffendingRank = rank(ratings, r.reoffendingLikelihood);
    e.interventionRank = rank(interventions, r.currentIntervention);
    e.flags = flagBits(r);
    e.open = r.status != QLatin1String("closed");
    // A closed case has no contact or review to arrange, however old its last dates are.
    e.contactOverdue = e.open && CaseClocks::isOverdue(r.nextContactDue, today);
    e.reviewOverdue = e.open && CaseClocks::isOverdue(r.safetyPlanReviewDate, today);
    e.returnInterviewOverdue = item.returnInterviewOverdue;
    e.semhOverdue = item.semhOverdue;
    e.dirty = item.dirty;
    e.sync = states ? states->value(r.id, Synced) : (item.dirty ? Waiting : Synced);
    return e;
}

CaseloadModel::Prepared CaseloadModel::prepare(QList<CaseloadListItem> items, const QDate& today, int sortColumn,
                                               Qt::SortOrder order, const SyncStates* states)
{
    Prepared prepared{{}, today, sortColumn, order};
    prepared.entries.reserve(items.size());
    for (CaseloadListItem& item : items)
        prepared.entries.append(makeEntry(std::move(item), today, states));
    items = {}; // the rows now live in the entries; let the list's memory go before sorting
    if (sortColumn >= 0)
        prepared.entries = sortedEntries(std::move(prepared.entries), sortColumn, order, nullptr);
    return prepared;
}

QList<CaseloadListItem> CaseloadModel::firstInOrder(QList<CaseloadListItem> items, const QDate& today, int column,
                                                    Qt::SortOrder order, int count)
{
    Prepared prepared = prepare(std::move(items), today, column, order);
    QList<CaseloadListItem> first;
    first.reserve(std::min<qsizetype>(count, prepared.entries.size()));
    for (Entry& e : prepared.entries.first(std::min<qsizetype>(count, prepared.entries.size())))
        first.append(CaseloadListItem{std::move(e.row), e.returnInterviewOverdue, e.semhOverdue, e.dirty});
    return first;
}

void CaseloadModel::setItems(QList<CaseloadListItem> items, const SyncStates* states)
{
    setPrepared(prepare(std::move(items), m_clock.today(), m_sortColumn, m_sortOrder, states));
}

void CaseloadModel::setPrepared(Prepared prepared)
{
    beginResetModel();
    m_today = prepared.today;
    m_entries = std::move(prepared.entries);
    // The worker may have sorted while the rows were being read elsewhere.
    if (m_sortColumn >= 0 && (prepared.sortColumn != m_sortColumn || prepared.sortOrder != m_sortOrder))
        m_entries = sortedEntries(std::move(m_entries), m_sortColumn, m_sortOrder, nullptr);
    endResetModel();
}

QList<CaseloadModel::Entry> CaseloadModel::sortedEntries(QList<Entry> entries, int column, Qt::SortOrder order,
                                                         QList<int>* newRowOf)
{
    QList<int> rows(entries.size());
    std::iota(rows.begin(), rows.end(), 0);
    const auto less = [&](int a, int b) { return entryLess(column, entries.at(a), entries.at(b)); };
    // entryLess is a total order (ties end at the id), so an unstable sort gives one answer.
    if (order == Qt::AscendingOrder)
        std::sort(rows.begin(), rows.end(), less);
    else
        std::sort(rows.begin(), rows.end(), [&](int a, int b) { return less(b, a); });
    if (newRowOf)
        newRowOf->resize(rows.size());
    QList<Entry> sorted;
    sorted.reserve(entries.size());
    for (qsizetype to = 0; to < rows.size(); ++to) {
        if (newRowOf)
            (*newRowOf)[rows[to]] = int(to);
        sorted.append(std::move(entries[rows[to]]));
    }
    return sorted;
}

void CaseloadModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> newRowOf;
    m_entries = sortedEntries(std::move(m_entries), column, order, &newRowOf);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& index : before)
        after << this->index(newRowOf.at(index.row()), index.column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void CaseloadModel::setRows(const QList<CaseloadRow>& rows)
{
    QList<CaseloadListItem> items;
    items.reserve(rows.size());
    for (const CaseloadRow& row : rows)
        items.append(CaseloadListItem{row, false, false, false});
    setItems(items);
}

int CaseloadModel::rowOfId(const QString& id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).row.id == id)
            return int(i);
    return -1;
}

int CaseloadModel::ageOn(const QDate& dateOfBirth, const QDate& today)
{
    if (!dateOfBirth.isValid() || !today.isValid())
        return -1;
    int age = today.year() - dateOfBirth.year();
    if (today.month() < dateOfBirth.month() ||
        (today.month() == dateOfBirth.month() && today.day() < dateOfBirth.day()))
        --age;
    return age;
}

QString CaseloadModel::dateInWords(const QDate& date)
{
    return date.isValid() ? settings::Translations::dateWordsLocale().toString(date, QStringLiteral("d MMM yyyy"))
                          : QString();
}

// The model keeps its own copy of the states so that an entry stays a plain value; the numbers
// are the same, and the words are the sync layer's, so the caseload and the header agree.
static_assert(int(sync::RecordSyncState::Synced) == CaseloadModel::Synced);
static_assert(int(sync::RecordSyncState::Waiting) == CaseloadModel::Waiting);
static_assert(int(sync::RecordSyncState::Conflict) == CaseloadModel::Conflict);
static_assert(int(sync::RecordSyncState::Rejected) == CaseloadModel::Rejected);

QString CaseloadModel::syncWords(SyncState state)
{
    return sync::SyncStatusQueries::words(sync::RecordSyncState(int(state)));
}

int CaseloadModel::syncRank(SyncState state)
{
    switch (state) {
    case Waiting:
        return 1;
    case Rejected:
        return 2;
    case Conflict:
        return 3;
    case Synced:
        break;
    }
    return 0;
}

QString CaseloadModel::displayName(const CaseloadRow& row)
{
    if (row.preferredName.isEmpty() || row.preferredName.compare(row.givenName, Qt::CaseInsensitive) == 0)
        return tr("%1 %2", "given name, family name").arg(row.givenName, row.familyName);
    return tr("%1 \u2018%2\u2019 %3", "given name, preferred name, family name")
        .arg(row.givenName, row.preferredName, row.familyName);
}

QString CaseloadModel::flagShortName(int bit)
{
    return bit >= 0 && bit < kFlagCount ? translated(kFlagNames[bit].shortName) : QString();
}

QString CaseloadModel::flagFullName(int bit)
{
    return bit >= 0 && bit < kFlagCount ? translated(kFlagNames[bit].fullName) : QString();
}

QString CaseloadModel::flagsShortText(quint8 flags)
{
    QStringList names;
    for (int bit = 0; bit < kFlagCount; ++bit)
        if (flags & (1u << bit))
            names << flagShortName(bit);
    return names.join(tr(", "));
}

QString CaseloadModel::flagsFullText(quint8 flags)
{
    QStringList names;
    for (int bit = 0; bit < kFlagCount; ++bit)
        if (flags & (1u << bit))
            names << flagFullName(bit);
    return names.join(tr(", "));
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseloadModel::dueText(const QDate& due, bool overdue) const
{
    if (!due.isValid())
        return tr("Not set");
    return overdue ? tr("%1 \u2014 overdue").arg(dateInWords(due)) : dateInWords(due);
}

bool CaseloadModel::cellOverdue(const Entry& e, int column) const
{
    switch (column) {
    case NextContactColumn:
        return e.contactOverdue;
    case PlanReviewColumn:
        return e.reviewOverdue;
    case ClocksColumn:
        return e.returnInterviewOverdue || e.semhOverdue;
    default:
        return false;
    }
}

QVariant CaseloadModel::displayData(const Entry& e, int column) const
{
    const CaseloadRow& r = e.row;
    switch (column) {
    case NameColumn:
        return displayName(r);
    case ReferenceColumn:
        return r.reference;
    case AgeColumn:
        return e.age >= 0 ? QVariant(e.age) : QVariant(QString());
    case InterventionColumn:
        return r.currentIntervention.isEmpty()
                   ? tr("None")
                   : ChoiceLabels::labelOrValue(entity::Intervention, QStringLiteral("type"), r.currentIntervention);
    case RiskSeriousHarmColumn:
        return ChoiceLabels::labelOrValue(entity::YoungPerson, QStringLiteral("risk_serious_harm"), r.riskSeriousHarm);
    case SafetyWellbeingColumn:
        return ChoiceLabels::labelOrValue(entity::YoungPerson, QStringLiteral("safety_wellbeing"), r.safetyWellbeing);
    case ReoffendingColumn:
        return ChoiceLabels::labelOrValue(entity::YoungPerson, QStringLiteral("reoffending_likelihood"),
                                          r.reoffendingLikelihood);
    case FlagsColumn:
        return flagsShortText(e.flags);
    case NextContactColumn:
        return dueText(r.nextContactDue, e.contactOverdue);
    case PlanReviewColumn:
        // No active plan and a plan without a review date read the same here; a dash says
        // "nothing to review" without claiming which.
        return r.safetyPlanReviewDate.isValid() ? dueText(r.safetyPlanReviewDate, e.reviewOverdue)
                                                : QStringLiteral("\u2014");
    case ClocksColumn: {
        QStringList clocks;
        if (e.returnInterviewOverdue)
            clocks << tr("RHI overdue");
        if (e.semhOverdue)
            clocks << tr("SEMH overdue");
        return clocks.join(tr(", "));
    }
    case SyncColumn:
        return syncWords(e.sync);
    default:
        return {};
    }
}

QVariant CaseloadModel::sortData(const Entry& e, int column) const
{
    const CaseloadRow& r = e.row;
    switch (column) {
    case NameColumn:
        return QString(r.familyName + QLatin1Char(' ') + r.givenName);
    case ReferenceColumn:
        return r.reference;
    case AgeColumn:
        return e.age;
    case InterventionColumn:
        return int(e.interventionRank);
    case RiskSeriousHarmColumn:
        return int(e.harmRank);
    case SafetyWellbeingColumn:
        return int(e.safetyRank);
    case ReoffendingColumn:
        return int(e.reoffendingRank);
    case FlagsColumn:
        return std::popcount(e.flags);
    case NextContactColumn:
        return r.nextContactDue;
    case PlanReviewColumn:
        return r.safetyPlanReviewDate;
    case ClocksColumn:
        return int(e.returnInterviewOverdue) + int(e.semhOverdue);
    case SyncColumn:
        return syncRank(e.sync);
    default:
        return {};
    }
}

QString CaseloadModel::accessibleText(const Entry& e, int column) const
{
    const CaseloadRow& r = e.row;
    const QString heading = translated(kColumnNames[column].full);
    switch (column) {
    case NameColumn:
        if (!r.preferredName.isEmpty() && r.preferredName.compare(r.givenName, Qt::CaseInsensitive) != 0)
            return tr("%1 %2, known as %3").arg(r.givenName, r.familyName, r.preferredName);
        return displayName(r);
    case AgeColumn:
        return e.age >= 0 ? tr("Age %1").arg(e.age) : tr("Age not known");
    case FlagsColumn:
        return e.flags ? tr("%1: %2").arg(heading, flagsFullText(e.flags)) : tr("%1: none").arg(heading);
    case NextContactColumn:
    case PlanReviewColumn: {
        const QDate due = column == NextContactColumn ? r.nextContactDue : r.safetyPlanReviewDate;
        if (!due.isValid())
            return column == NextContactColumn ? tr("%1: not set").arg(heading) : tr("%1: none").arg(heading);
        return cellOverdue(e, column) ? tr("%1: %2, overdue").arg(heading, dateInWords(due))
                                      : tr("%1: %2").arg(heading, dateInWords(due));
    }
    case ClocksColumn: {
        QStringList clocks;
        if (e.returnInterviewOverdue)
            clocks << tr("Return home interview overdue");
        if (e.semhOverdue)
            clocks << tr("SEMH first appointment overdue");
        return clocks.isEmpty() ? tr("No case clocks overdue") : clocks.join(tr("; "));
    }
    case SyncColumn:
        return tr("%1: %2").arg(heading, syncWords(e.sync));
    default:
        return tr("%1: %2").arg(heading, displayData(e, column).toString());
    }
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(e, column);
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return tr("%1 (%2)").arg(accessibleText(e, column), e.row.reference);
        return accessibleText(e, column);
    case Qt::AccessibleTextRole:
        return accessibleText(e, column);
    case Qt::DecorationRole:
        if (column == FlagsColumn && e.flags)
            return m_icons.flags(e.flags);
        if (cellOverdue(e, column))
            return m_icons.warning();
        return {};
    case Qt::ForegroundRole:
        if (cellOverdue(e, column))
            return QBrush(kOverdueColour);
        return {};
    case Qt::TextAlignmentRole:
        if (column == AgeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return e.row.id;
    case SortRole:
        return sortData(e, column);
    case SyncStateRole:
        return int(e.sync);
    case OverdueRole:
        return cellOverdue(e, column);
    default:
        return {};
    }
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return translated(kColumnNames[section].header);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return translated(kColumnNames[section].full);
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseloadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "youngPersonId");
    names.insert(SortRole, "sortValue");
    names.insert(SyncStateRole, "syncState");
    names.insert(OverdueRole, "overdue");
    return names;
}

int CaseloadModel::compareNames(const Entry& a, const Entry& b)
{
    // Family, given and preferred name, then reference, all already case-folded in the key.
    if (const int c = a.searchKey.compare(b.searchKey))
        return c;
    return a.row.id.compare(b.row.id);
}

bool CaseloadModel::lessThan(int column, int left, int right) const
{
    return entryLess(column, m_entries.at(left), m_entries.at(right));
}

bool CaseloadModel::entryLess(int column, const Entry& a, const Entry& b)
{
    int c = 0;
    switch (column) {
    case NameColumn:
        break;
    case ReferenceColumn:
        c = a.row.reference.compare(b.row.reference, Qt::CaseInsensitive);
        break;
    case AgeColumn:
        c = compareValues(a.age, b.age);
        if (c == 0) // the same age in years: by exact age, a later birthday being younger
            c = -compareDates(a.row.dateOfBirth, b.row.dateOfBirth);
        break;
    case InterventionColumn:
        c = compareValues(a.interventionRank, b.interventionRank);
        break;
    case RiskSeriousHarmColumn:
        c = compareValues(a.harmRank, b.harmRank);
        break;
    case SafetyWellbeingColumn:
        c = compareValues(a.safetyRank, b.safetyRank);
        break;
    case ReoffendingColumn:
        c = compareValues(a.reoffendingRank, b.reoffendingRank);
        break;
    case FlagsColumn:
        c = compareValues(std::popcount(a.flags), std::popcount(b.flags));
        if (c == 0)
            c = compareValues(a.flags, b.flags);
        break;
    case NextContactColumn:
        c = compareDates(a.row.nextContactDue, b.row.nextContactDue);
        break;
    case PlanReviewColumn:
        c = compareDates(a.row.safetyPlanReviewDate, b.row.safetyPlanReviewDate);
        break;
    case ClocksColumn:
        c = compareValues(int(a.returnInterviewOverdue) + int(a.semhOverdue),
                          int(b.returnInterviewOverdue) + int(b.semhOverdue));
        break;
    case SyncColumn:
        c = compareValues(syncRank(a.sync), syncRank(b.sync));
        break;
    default:
        break;
    }
    if (c == 0)
        c = compareNames(a, b);
    return c < 0;
}

} // namespace trellis
