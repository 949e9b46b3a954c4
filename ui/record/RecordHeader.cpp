#include "RecordHeader.h"

#include "RecordText.h"
#include "domain/Entities.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace trellis::ui {

RecordHeader::RecordHeader(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_ratings(new QLabel(this))
    , m_flags(new QWidget(this))
    , m_flagsLayout(new QHBoxLayout(m_flags))
    , m_alerts(new QWidget(this))
    , m_alertsLayout(new QVBoxLayout(m_alerts))
    , m_syncRow(new QWidget(this))
    , m_sync(new QLabel(m_syncRow))
    , m_syncAction(new QPushButton(m_syncRow))
{
    setObjectName(QStringLiteral("recordHeader"));
    m_name->setObjectName(QStringLiteral("headerName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("headerDetails"));
    m_ratings->setObjectName(QStringLiteral("headerRatings"));
    m_flags->setObjectName(QStringLiteral("headerFlags"));
    m_alerts->setObjectName(QStringLiteral("headerAlerts"));
    m_flagsLayout->setContentsMargins(0, 0, 0, 0);
    m_flagsLayout->setSpacing(12);
    m_alertsLayout->setContentsMargins(0, 0, 0, 0);
    m_alertsLayout->setSpacing(2);

    m_syncRow->setObjectName(QStringLiteral("headerSyncRow"));
    m_sync->setObjectName(QStringLiteral("headerSync"));
    m_syncAction->setObjectName(QStringLiteral("headerSyncAction"));
    m_syncAction->setFlat(true);
    auto* syncLayout = new QHBoxLayout(m_syncRow);
    syncLayout->setContentsMargins(0, 0, 0, 0);
    syncLayout->addWidget(m_sync);
    syncLayout->addWidget(m_syncAction);
    syncLayout->addStretch(1);
    m_syncAction->hide();
    m_syncRow->hide(); // until a state is known
    connect(m_syncAction, &QPushButton::clicked, this, [this] {
        if (m_syncState == sync::RecordSyncState::Conflict)
            emit conflictInboxRequested();
        else if (m_syncState == sync::RecordSyncState::Rejected)
            emit rejectedChangesRequested();
    });

    auto* first = new QHBoxLayout;
    first->addWidget(m_name);
    first->addSpacing(16);
    first->addWidget(m_details);
    first->addStretch(1);
    first->addWidget(m_ratings);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(4);
    layout->addLayout(first);
    layout->addWidget(m_flags);
    layout->addWidget(m_alerts);
    layout->addWidget(m_syncRow);
}

void RecordHeader::showSyncState(sync::RecordSyncState state)
{
    m_syncState = state;
    switch (state) {
    case sync::RecordSyncState::Synced:
        m_sync->setText(tr("Synced"));
        break;
    case sync::RecordSyncState::Waiting:
        m_sync->setText(tr("Waiting to sync"));
        break;
    case sync::RecordSyncState::Conflict:
        m_sync->setText(tr("In conflict \u2014 open the conflict inbox"));
        m_syncAction->setText(tr("Open the conflict &inbox"));
        break;
    case sync::RecordSyncState::Rejected:
        m_sync->setText(tr("Rejected change \u2014 see details"));
        m_syncAction->setText(tr("See &details"));
        break;
    }
    m_sync->setAccessibleName(tr("Sync state: %1").arg(m_sync->text()));
    m_syncAction->setVisible(state == sync::RecordSyncState::Conflict || state == sync::RecordSyncState::Rejected);
    m_syncRow->show();
}

QString RecordHeader::syncText() const
{
    return m_syncRow->isHidden() ? QString() : m_sync->text();
}

void RecordHeader::clearRows()
{
    for (QLayout* rows : {static_cast<QLayout*>(m_flagsLayout), static_cast<QLayout*>(m_alertsLayout)}) {
        while (QLayoutItem* item = rows->takeAt(0)) {
            if (QWidget* widget = item->widget())
                delete widget;
            delete item;
        }
    }
}

QWidget* RecordHeader::badge(const QString& objectName, const QString& text, bool warning)
{
    auto* box = new QWidget(this);
    box->setObjectName(objectName);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    auto* icon = new QLabel(box);
    icon->setPixmap(RecordText::warningIcon(this).pixmap(QSize(16, 16), devicePixelRatioF()));
    icon->setAccessibleName(warning ? tr("Warning") : tr("Flag"));
    auto* words = new QLabel(text, box);
    words->setObjectName(objectName + QStringLiteral("Text"));
    if (warning) {
        QFont bold = words->font();
        bold.setBold(true);
        words->setFont(bold);
    }
    row->addWidget(icon);
    row->addWidget(words);
    row->addStretch(1);
    box->setAccessibleName(text);
    return box;
}

void RecordHeader::showRecord(const FullRecord& record, const QDate& today)
{
    clearRows();
    const domain::Record& person = record.youngPerson;
    m_name->setText(RecordText::fullName(person));
    const int age = RecordText::ageOn(person.date(QStringLiteral("date_of_birth")), today);
    QStringList details;
    if (age >= 0)
        details << tr("Age %1").arg(age);
    details << tr("Ref. %1").arg(person.text(QStringLiteral("reference")));
    const QString intervention = RecordText::currentIntervention(record, today);
    if (!intervention.isEmpty())
        details << RecordText::label(domain::entity::Intervention, QStringLiteral("type"), intervention);
    if (person.text(QStringLiteral("status")) == QLatin1String("closed"))
        details << tr("Case closed");
    m_details->setText(details.join(QStringLiteral("  ·  ")));

    const auto rating = [&person](const char* field) {
        const QString value = person.text(QString::fromLatin1(field));
        return value.isEmpty() ? tr("not rated")
                               : RecordText::label(domain::entity::YoungPerson, QString::fromLatin1(field), value);
    };
    m_ratings->setText(tr("Safety and wellbeing: %1  ·  Risk of serious harm: %2")
                           .arg(rating("safety_wellbeing"), rating("risk_serious_harm")));

    const QStringList flags = RecordText::flags(person);
    for (int i = 0; i < flags.size(); ++i)
        m_flagsLayout->addWidget(badge(QStringLiteral("headerFlag%1").arg(i), flags.at(i), false));
    m_flagsLayout->addStretch(1);
    m_flags->setVisible(!flags.isEmpty());

    const QStringList alerts = RecordText::overdueClocks(record, today);
    for (int i = 0; i < alerts.size(); ++i)
        m_alertsLayout->addWidget(badge(QStringLiteral("headerAlert%1").arg(i), alerts.at(i), true));
    m_alerts->setVisible(!alerts.isEmpty());
}

void RecordHeader::showNewRecord()
{
    clearRows();
    m_name->setText(tr("New young person"));
    m_details->setText(tr("Fill in the profile and save it; the other tabs open once it is saved."));
    m_ratings->clear();
    m_flags->hide();
    m_alerts->hide();
    m_syncRow->hide(); // nothing of a new record has been written, so nothing to sync yet
}

QString RecordHeader::text() const
{
    QStringList lines{m_name->text(), m_details->text(), m_ratings->text()};
    for (const QLabel* label : findChildren<QLabel*>()) {
        if (label->objectName().startsWith(QLatin1String("headerFlag")) ||
            label->objectName().startsWith(QLatin1String("headerAlert")))
            lines << label->text();
    }
    if (!m_syncRow->isHidden())
        lines << m_sync->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace trellis::ui
