#include "RejectedChangesView.h"
#include "IdListWidget.h"

#include "ConflictValueText.h"
#include "RejectionReason.h"
#include "domain/Entities.h"
#include "io/RecordJson.h"
#include "session/Clock.h"
#include "store/RecordRepository.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trellis::ui {

namespace text = conflicttext;

namespace {

QLabel* wrappedLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// Fields of a change in the entity's own order, so the list reads like the editor.
QStringList orderedFields(const sync::RejectedChange& change)
{
    QStringList names;
    if (const domain::EntityDef* def = domain::Entities::find(change.entity))
        for (const domain::FieldDef& f : def->fields)
            if (change.fields.contains(f.name))
                names << f.name;
    for (auto it = change.fields.begin(); it != change.fields.end(); ++it)
        if (!names.contains(it.key()))
            names << it.key();
    return names;
}

} // namespace

RejectedChangesView::RejectedChangesView(Database& db, const Clock& clock, QString actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_rejected(db)
    , m_list(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_detail(new QWidget(this))
{
    setObjectName(QStringLiteral("rejectedChangesView"));
    setAccessibleDescription(tr("Changes the central store refused, and why"));
    auto* heading = new QLabel(tr("&Refused changes:"), this);
    heading->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("rejectedList"));
    m_list->setAccessibleName(tr("Refused changes"));
    m_list->setAccessibleDescription(tr("Choose a refused change; why it was refused is shown below"));
    m_list->setWordWrap(true);
    m_list->setTabKeyNavigation(false);
    m_message->setObjectName(QStringLiteral("rejectedMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    m_title = wrappedLabel(m_detail, QStringLiteral("rejectedTitle"));
    m_why = wrappedLabel(m_detail, QStringLiteral("rejectedWhy"));
    m_original = wrappedLabel(m_detail, QStringLiteral("rejectedOriginal"));
    m_removed = wrappedLabel(m_detail, QStringLiteral("rejectedRemoved"));
    m_fields = new QTableWidget(0, 3, m_detail);
    m_fields->setObjectName(QStringLiteral("rejectedFields"));
    m_fields->setAccessibleName(tr("The refused values and what the record holds now"));
    m_fields->setAccessibleDescription(tr("One field a row: what you tried, and what the record holds now"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("What I tried"), tr("What the record holds now")});
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setTabKeyNavigation(false);
    m_fields->setWordWrap(true);
    m_fields->verticalHeader()->setVisible(false);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_copy = new QPushButton(tr("&Copy my values"), m_detail);
    m_copy->setObjectName(QStringLiteral("rejectedCopy"));
    m_copy->setToolTip(tr("Puts the values you tried on the clipboard, to type them again"));
    m_open = new QPushButton(tr("&Open record"), m_detail);
    m_open->setObjectName(QStringLiteral("rejectedOpenRecord"));
    m_open->setToolTip(tr("Show the young person's record the refused change was for"));
    m_dismiss = new QPushButton(tr("&Dismiss"), m_detail);
    m_dismiss->setObjectName(QStringLiteral("rejectedDismiss"));
    m_dismiss->setToolTip(tr("You have read this; put it away"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_copy);
    actions->addWidget(m_open);
    actions->addStretch();
    actions->addWidget(m_dismiss);

    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_why);
    detailLayout->addWidget(m_original);
    detailLayout->addWidget(m_removed);
    detailLayout->addWidget(m_fields, 1);
    detailLayout->addLayout(actions);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(heading);
    leftLayout->addWidget(m_list, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    setTabOrder(m_list, m_fields);
    setTabOrder(m_fields, m_copy);
    setTabOrder(m_copy, m_open);
    setTabOrder(m_open, m_dismiss);

    connect(m_list, &QListWidget::currentRowChanged, this, &RejectedChangesView::showCurrent);
    connect(m_copy, &QPushButton::clicked, this, &RejectedChangesView::copyMyValues);
    connect(m_dismiss, &QPushButton::clicked, this, &RejectedChangesView::dismissCurrent);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const sync::RejectedChange* c = current())
            emit openRecordRequested(c->youngPersonId);
    });
    refresh();
}

bool RejectedChangesView::refresh()
{
    const QString chosen = currentChangeId();
    auto changes = m_rejected.undismissed();
    if (!changes.ok()) {
        showMessage(tr("The refused changes could not be read: %1").arg(changes.error().message));
        return false;
    }
    m_changes = changes.takeValue();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const sync::RejectedChange& c : m_changes) {
        const QString line =
            tr("%1\nrefused %2")
                .arg(text::recordHeading(m_db, c.youngPersonId, c.entity, c.recordId), text::when(c.rejectedAt));
        idlist::addItem(m_list, line, c.changeId);
    }
    if (!selectChange(chosen) && !m_changes.isEmpty())
        m_list->setCurrentRow(0);
    showCurrent();
    return true;
}

bool RejectedChangesView::selectChange(const QString& changeId)
{
    if (!idlist::selectId(m_list, changeId))
        return false;
    showCurrent();
    return true;
}

QString RejectedChangesView::currentChangeId() const
{
    const sync::RejectedChange* c = current();
    return c ? c->changeId : QString();
}

const sync::RejectedChange* RejectedChangesView::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_changes.size() ? &m_changes.at(row) : nullptr;
}

QString RejectedChangesView::nowInWords(const sync::RejectedChange& change, const QString& field)
{
    const domain::EntityDef* def = domain::Entities::find(change.entity);
    const domain::FieldDef* f = def ? def->field(field) : nullptr;
    if (!f)
        return tr("(not known)");
    auto record = RecordRepository(m_db).find(*def, change.recordId);
    if (!record.ok())
        return tr("(could not be read)");
    if (!record.value())
        return tr("(no such record here)");
    return text::valueWords(change.entity, field, io::RecordJson::fieldValue(*record.value(), *f));
}

void RejectedChangesView::showCurrent()
{
    const sync::RejectedChange* c = current();
    m_detail->setVisible(c != nullptr);
    if (!c) {
        if (m_message->isHidden())
            showMessage(tr("No refused changes."));
        return;
    }
    m_title->setText(text::recordHeading(m_db, c->youngPersonId, c->entity, c->recordId));
    m_why->setText(tr("Why: %1").arg(rejectionInWords(c->entity, c->reason)));
    m_original->setText(tr("The central store said: \u201c%1\u201d").arg(c->reason));
    m_removed->setText(tr("This was a new record. It was refused, so it has been removed from this laptop; "
                          "copy your values to enter them again."));
    m_removed->setVisible(c->removed);
    const QStringList names = orderedFields(*c);
    m_fields->setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        const QString& field = names.at(row);
        const QJsonValue tried = c->fields.value(field).toObject().value(QStringLiteral("new"));
        const QString now = c->removed ? tr("(removed)") : nowInWords(*c, field);
        const QStringList cells{text::fieldLabel(c->entity, field), text::valueWords(c->entity, field, tried), now};
        for (int column = 0; column < 3; ++column)
            m_fields->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_open->setEnabled(!c->youngPersonId.isEmpty() && !(c->removed && c->entity == domain::entity::YoungPerson));
}

QString RejectedChangesView::detailText() const
{
    if (!current())
        return {};
    QStringList lines{m_title->text(), m_why->text(), m_original->text()};
    if (!m_removed->isHidden())
        lines << m_removed->text();
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < 3; ++column)
            cells << m_fields->item(row, column)->text();
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines.join(QLatin1Char('\n'));
}

QString RejectedChangesView::messageText() const
{
    return !m_message->isHidden() ? m_message->text() : QString();
}

void RejectedChangesView::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString RejectedChangesView::myValuesText() const
{
    const sync::RejectedChange* c = current();
    if (!c)
        return {};
    QStringList lines{m_title->text()};
    for (const QString& field : orderedFields(*c))
        lines << tr("%1: %2").arg(
            text::fieldLabel(c->entity, field),
            text::valueWords(c->entity, field, c->fields.value(field).toObject().value(QStringLiteral("new"))));
    return lines.join(QLatin1Char('\n'));
}

void RejectedChangesView::copyMyValues()
{
    if (!current())
        return;
    const QString text = myValuesText();
    QApplication::clipboard()->setText(text);
    copiedHash() = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    showMessage(tr("Your values are on the clipboard until Trellis locks."));
}

QByteArray& RejectedChangesView::copiedHash()
{
    static QByteArray hash;
    return hash;
}

void RejectedChangesView::forgetCopiedValues()
{
    QByteArray& hash = copiedHash();
    if (hash.isEmpty())
        return;
    QClipboard* clipboard = QApplication::clipboard();
    if (QCryptographicHash::hash(clipboard->text().toUtf8(), QCryptographicHash::Sha256) == hash)
        clipboard->clear(); // a young person's details do not outlive the lock on the clipboard
    hash.clear();
}

void RejectedChangesView::dismissCurrent()
{
    const sync::RejectedChange* c = current();
    if (!c)
        return;
    const auto result = m_rejected.dismiss(c->changeId, m_actor, m_clock.now());
    if (!result.ok()) {
        showMessage(tr("Could not dismiss: %1").arg(result.error().message));
        return;
    }
    refresh();
    showMessage(tr("Dismissed."));
    emit changed();
}

} // namespace trellis::ui
