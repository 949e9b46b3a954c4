#include "ConflictInboxView.h"
#include "IdListWidget.h"

#include "ConflictEditDialog.h"
#include "ConflictValueText.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace trellis::ui {

using sync::ConflictInbox;
namespace text = conflicttext;

namespace {

QLabel* wrappedLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    // Long text (a plan section) is wrapped and can be selected and read whole.
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

} // namespace

ConflictInboxView::ConflictInboxView(Database& db, const Clock& clock, QString actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_inbox(db, clock, actor)
    , m_actor(std::move(actor))
    , m_list(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_detail(new QWidget(this))
{
    setObjectName(QStringLiteral("conflictInboxView"));
    setAccessibleDescription(tr("Changes that clashed with a colleague's; choose which value to keep"));
    auto* heading = new QLabel(tr("&Conflicts to settle:"), this);
    heading->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setAccessibleName(tr("Conflicts to settle"));
    m_list->setAccessibleDescription(tr("Choose a conflict; both values and a Keep button for each are shown below"));
    m_list->setWordWrap(true);
    m_list->setTabKeyNavigation(false);
    m_message->setObjectName(QStringLiteral("conflictMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    m_title = wrappedLabel(m_detail, QStringLiteral("conflictTitle"));
    m_baseBox = new QGroupBox(tr("Before both changes"), m_detail);
    m_baseBox->setObjectName(QStringLiteral("conflictBase"));
    auto* baseLayout = new QVBoxLayout(m_baseBox);
    m_base = wrappedLabel(m_baseBox, QStringLiteral("conflictBaseValue"));
    baseLayout->addWidget(m_base);
    baseLayout->addStretch();
    m_first = makeSide(QStringLiteral("conflictFirst"));
    m_second = makeSide(QStringLiteral("conflictSecond"));

    auto* sides = new QHBoxLayout;
    sides->addWidget(m_baseBox, 1);
    sides->addWidget(m_first.box, 1);
    sides->addWidget(m_second.box, 1);

    m_edit = new QPushButton(tr("&Edit value\u2026"), m_detail);
    m_edit->setObjectName(QStringLiteral("conflictEditButton"));
    m_edit->setToolTip(tr("Keep a value of your own, starting from one of the two"));
    m_open = new QPushButton(tr("&Open record"), m_detail);
    m_open->setObjectName(QStringLiteral("conflictOpenRecord"));
    m_open->setToolTip(tr("Show the young person's record this conflict is in"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addStretch();
    actions->addWidget(m_open);

    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addLayout(sides, 1);
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

    // Tab goes down the list, then left to right through the sides, then the actions.
    setTabOrder(m_list, m_first.keep);
    setTabOrder(m_first.keep, m_second.keep);
    setTabOrder(m_second.keep, m_edit);
    setTabOrder(m_edit, m_open);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictInboxView::showCurrent);
    connect(m_first.keep, &QPushButton::clicked, this, &ConflictInboxView::keepFirst);
    connect(m_second.keep, &QPushButton::clicked, this, &ConflictInboxView::keepSecond);
    connect(m_edit, &QPushButton::clicked, this, &ConflictInboxView::editValue);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const sync::Conflict* c = current())
            emit openRecordRequested(c->youngPersonId);
    });
    refresh();
}

ConflictInboxView::Side ConflictInboxView::makeSide(const QString& name)
{
    Side side;
    side.box = new QGroupBox(m_detail);
    side.box->setObjectName(name);
    auto* layout = new QVBoxLayout(side.box);
    side.value = wrappedLabel(side.box, name + QStringLiteral("Value"));
    side.who = wrappedLabel(side.box, name + QStringLiteral("Who"));
    side.keep = new QPushButton(side.box);
    side.keep->setObjectName(name + QStringLiteral("Keep"));
    layout->addWidget(side.value);
    layout->addWidget(side.who);
    layout->addStretch();
    layout->addWidget(side.keep);
    return side;
}

bool ConflictInboxView::refresh()
{
    const QString chosen = currentConflictId();
    auto open = m_inbox.open();
    if (!open.ok()) {
        showMessage(tr("The conflicts could not be read: %1").arg(open.error().message));
        return false;
    }
    m_conflicts = open.takeValue();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const sync::Conflict& c : m_conflicts) {
        const QString line = tr("%1: %2\nopened %3")
                                 .arg(text::recordHeading(m_db, c.youngPersonId, c.entity, c.recordId),
                                      text::fieldLabel(c.entity, c.field), text::when(c.openedAt));
        idlist::addItem(m_list, line, c.id);
    }
    if (!selectConflict(chosen) && !m_conflicts.isEmpty())
        m_list->setCurrentRow(0);
    showCurrent();
    return true;
}

bool ConflictInboxView::selectConflict(const QString& conflictId)
{
    if (!idlist::selectId(m_list, conflictId))
        return false;
    showCurrent();
    return true;
}

QString ConflictInboxView::currentConflictId() const
{
    const sync::Conflict* c = current();
    return c ? c->id : QString();
}

const sync::Conflict* ConflictInboxView::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

void ConflictInboxView::showCurrent()
{
    const sync::Conflict* c = current();
    m_detail->setVisible(c != nullptr);
    if (!c) {
        if (m_message->isHidden())
            showMessage(tr("No conflicts to settle."));
        return;
    }
    const QString field = text::fieldLabel(c->entity, c->field);
    m_title->setText(tr("%1: %2").arg(text::recordHeading(m_db, c->youngPersonId, c->entity, c->recordId), field));
    m_base->setText(text::valueWords(c->entity, c->field, c->base));
    const bool mineFirst = mineIsOther(*c);
    // "Mine" and "theirs" only when exactly one side is this worker: a worker whose two laptops
    // clashed, and a supervisor, read which value was kept and which was not.
    const bool involved = (c->currentLogin == m_actor) != (c->otherLogin == m_actor);
    // First and second, left to right: mine first when this worker is on either side.
    struct Shown {
        QJsonValue value;
        QString login;
        QString madeBy;
        QDateTime at;
        bool kept;
    };
    const Shown kept{c->current, c->currentLogin, c->currentLogin, c->currentChangedAt, true};
    const Shown other{c->other, c->otherLogin, c->otherMadeBy.isEmpty() ? c->otherLogin : c->otherMadeBy,
                      c->otherMadeAt, false};
    const Shown& first = mineFirst ? other : kept;
    const Shown& second = mineFirst ? kept : other;
    const auto title = [&](const Shown& s, bool isFirst) {
        if (involved)
            return isFirst ? tr("My value") : tr("Their value");
        return s.kept ? tr("Kept: %1").arg(s.login) : tr("Not kept: %1").arg(s.login);
    };
    const auto keepText = [&](bool isFirst) {
        if (involved)
            return isFirst ? tr("Keep &mine") : tr("Keep &theirs");
        return isFirst ? tr("Keep t&his") : tr("Keep th&at");
    };
    fillSide(m_first, title(first, true), keepText(true), first.value, first.madeBy, first.at);
    fillSide(m_second, title(second, false), keepText(false), second.value, second.madeBy, second.at);
    m_edit->setAccessibleName(tr("Edit value of %1").arg(field));
    m_open->setEnabled(!c->youngPersonId.isEmpty());
}

void ConflictInboxView::fillSide(Side& side, const QString& title, const QString& keepText, const QJsonValue& value,
                                 const QString& madeBy, const QDateTime& at)
{
    const sync::Conflict* c = current();
    side.box->setTitle(title);
    side.value->setText(text::valueWords(c->entity, c->field, value));
    side.who->setText(tr("Made by %1 on %2").arg(madeBy.isEmpty() ? tr("someone unknown") : madeBy, text::when(at)));
    side.keep->setText(keepText);
    side.keep->setAccessibleName(tr("%1 (%2)").arg(QString(keepText).remove(QLatin1Char('&')), title));
    side.keep->setToolTip(tr("Settle the conflict with this value: %1").arg(side.value->text()));
}

QString ConflictInboxView::detailText() const
{
    if (!current())
        return {};
    QStringList lines{m_title->text(), m_baseBox->title(), m_base->text()};
    for (const Side* side : {&m_first, &m_second})
        lines << side->box->title() << side->value->text() << side->who->text()
              << side->keep->text().remove(QLatin1Char('&'));
    return lines.join(QLatin1Char('\n'));
}

QString ConflictInboxView::messageText() const
{
    return !m_message->isHidden() ? m_message->text() : QString();
}

void ConflictInboxView::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ConflictInboxView::keepFirst()
{
    if (const sync::Conflict* c = current())
        resolve(mineIsOther(*c) ? ConflictInbox::Choice::KeepOther : ConflictInbox::Choice::KeepCurrent);
}

void ConflictInboxView::keepSecond()
{
    if (const sync::Conflict* c = current())
        resolve(mineIsOther(*c) ? ConflictInbox::Choice::KeepCurrent : ConflictInbox::Choice::KeepOther);
}

void ConflictInboxView::editValue()
{
    const sync::Conflict* c = current();
    if (!c)
        return;
    delete m_editor;
    m_editor = new ConflictEditDialog(c->entity, c->field, mineIsOther(*c) ? c->other : c->current, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &QObject::destroyed, this, [this] { m_editor = nullptr; });
    connect(m_editor, &ConflictEditDialog::submitted, this,
            [this](const QJsonValue& value) { resolve(ConflictInbox::Choice::Edited, value); });
    m_editor->open();
}

void ConflictInboxView::resolve(ConflictInbox::Choice choice, const QJsonValue& edited)
{
    const sync::Conflict* c = current();
    if (!c)
        return;
    const QString field = text::fieldLabel(c->entity, c->field);
    const auto result = m_inbox.resolve(c->id, choice, edited);
    if (!result.ok()) {
        // The error names the field (the validators' message); nothing was written.
        const QString message = result.error().message.contains(field, Qt::CaseInsensitive)
                                    ? result.error().message
                                    : tr("%1: %2").arg(field, result.error().message);
        if (m_editor)
            m_editor->showError(message);
        else
            showMessage(tr("Not resolved. %1").arg(message));
        return;
    }
    if (m_editor)
        m_editor->close();
    refresh();
    showMessage(tr("%1 is settled here. Your choice will reach the central store with the next sync.").arg(field));
    emit changed();
}

} // namespace trellis::ui
