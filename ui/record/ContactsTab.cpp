#include "ContactsTab.h"

#include "ContactListModel.h"
#include "RecordText.h"
#include "domain/CaseClocks.h"
#include "domain/Entities.h"
#include "forms/FormLayout.h"
#include "forms/RecordForm.h"
#include "session/Clock.h"
#include "store/DraftStore.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace trellis::ui {

namespace {

const domain::EntityDef& contactDef()
{
    return domain::Entities::get(domain::entity::Contact);
}

const QStringList& contactFields()
{
    static const QStringList fields{QStringLiteral("occurred_at"), QStringLiteral("duration_minutes"),
                                    QStringLiteral("kind"),        QStringLiteral("attendance"),
                                    QStringLiteral("present"),     QStringLiteral("summary"),
                                    QStringLiteral("next_contact_due")};
    return fields;
}

// Most contacts are a visit of about this long; the worker types over it when not.
constexpr int kUsualMinutes = 30;

} // namespace

ContactsTab::ContactsTab(const RecordContext& context, QWidget* parent)
    : RecordTab(context, parent)
    , m_record{domain::Record(domain::Entities::get(domain::entity::YoungPerson)), {}, {}, {}, {}, {}}
    , m_form(new RecordForm(contactDef(), contactFields(), domain::Validator(context.clock->today()), this))
    , m_nextDue(new QLabel(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("Save contact"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
    , m_model(new ContactListModel(this))
    , m_list(new QTableView(this))
    , m_draftTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("contactsTab"));
    m_form->setObjectName(QStringLiteral("contactForm"));
    m_form->setReservedMnemonics(QStringLiteral("fevhsptcno"));
    m_nextDue->setObjectName(QStringLiteral("nextContactDueLabel"));
    m_message->setObjectName(QStringLiteral("contactMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_save->setObjectName(QStringLiteral("saveContactButton"));
    m_save->setToolTip(tr("Save the contact (Ctrl+Enter)"));
    m_clear->setObjectName(QStringLiteral("clearContactButton"));
    m_clear->setToolTip(tr("Start this contact again"));
    m_list->setObjectName(QStringLiteral("contactsList"));
    setUpRecordList(m_list, m_model, tr("Past contacts, newest first"));
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(ContactListModel::Summary, QHeaderView::Stretch);

    auto* title = new QLabel(tr("Log a contact"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(m_nextDue);
    top->addStretch(1);
    top->addWidget(m_clear);
    top->addWidget(m_save);
    auto* pastTitle = new QLabel(tr("Past contacts"), this);
    pastTitle->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_message);
    // The form gets the room: at 1366×768 every field shows without scrolling; the list scrolls.
    layout->addWidget(m_form, 4);
    layout->addWidget(pastTitle);
    layout->addWidget(m_list, 1);
    m_list->setMinimumHeight(140);
    // Reading order: the buttons at the top, the form, then the list. Ctrl+Enter saves from any field.
    formlayout::chainTabOrder(QList<QWidget*>{m_clear, m_save} + m_form->tabStops() + QList<QWidget*>{m_list});

    for (const QKeySequence& keys : {QKeySequence(Qt::ControlModifier | Qt::Key_Return),
                                     QKeySequence(Qt::ControlModifier | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &ContactsTab::save);
    }
    connect(m_save, &QPushButton::clicked, this, &ContactsTab::save);
    connect(m_clear, &QPushButton::clicked, this, &ContactsTab::discardChanges);
    routeUndoKeys(m_form, this);
    connect(m_form, &RecordForm::modifiedChanged, this, [this] { emit unsavedChanged(hasUnsavedChanges()); });

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &ContactsTab::keepDraft);
    connect(m_form->undoStack(), &QUndoStack::indexChanged, m_draftTimer, qOverload<>(&QTimer::start));
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (old && m_form->isAncestorOf(old))
            keepDraft();
    });
}

QString ContactsTab::draftKey() const
{
    // One contact is logged at a time per young person: the draft is "the contact being logged".
    return DraftStore::key(domain::entity::Contact, m_youngPersonId);
}

domain::Record ContactsTab::freshContact() const
{
    const QDateTime now = m_context.clock->now().toUTC();
    const QDate today = m_context.clock->today();
    domain::Record contact(contactDef());
    contact.set(QStringLiteral("young_person_id"), m_youngPersonId);
    // To the minute: a contact time with seconds would read oddly and cannot be typed.
    contact.set(QStringLiteral("occurred_at"), QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()),
                                                         Qt::UTC));
    contact.set(QStringLiteral("duration_minutes"), qlonglong(kUsualMinutes));
    contact.set(QStringLiteral("attendance"), QStringLiteral("attended"));
    const domain::Record& person = m_record.youngPerson;
    const QDate proposed = domain::CaseClocks::proposeNextContact(
        today, RecordText::currentIntervention(m_record, today), person.text(QStringLiteral("risk_serious_harm")),
        person.text(QStringLiteral("safety_wellbeing")));
    if (proposed.isValid())
        contact.set(QStringLiteral("next_contact_due"), proposed);
    contact.stampNew(m_context.actor, m_context.clock->now()); // logContact stamps it again
    return contact;
}

void ContactsTab::setRecord(const FullRecord& record)
{
    const bool sameRecord = record.youngPerson.id() == m_youngPersonId;
    m_record = record;
    m_youngPersonId = record.youngPerson.id();
    m_model->setContacts(record.contacts);
    const QDate due = record.youngPerson.date(QStringLiteral("next_contact_due"));
    const QDate today = m_context.clock->today();
    m_nextDue->setText(!due.isValid() ? tr("No next contact arranged")
                       : due < today  ? tr("Next contact overdue (due %1)").arg(RecordText::date(due))
                                      : tr("Next contact due %1").arg(RecordText::date(due)));
    if (sameRecord && hasUnsavedChanges())
        return;
    m_restored = false;
    m_form->setValidator(domain::Validator(today));
    m_form->load(freshContact(), RecordForm::Reveal::OnTouch);
    emit unsavedChanged(hasUnsavedChanges());
}

bool ContactsTab::hasUnsavedChanges() const
{
    return m_restored || m_form->isModified();
}

bool ContactsTab::save()
{
    m_draftTimer->stop();
    if (!m_form->validateForSave())
        return false;
    domain::Record contact = m_form->record();
    contact.set(QStringLiteral("young_person_id"), m_youngPersonId);
    auto outcome = CaseloadQueries(*m_context.db).logContact(contact, m_context.actor, m_context.clock->now());
    if (!outcome.ok() || !outcome->saved) {
        m_message->setText(outcome.ok() ? tr("The contact was not saved: %1").arg(RecordText::issuesText(outcome->issues))
                                        : tr("Could not save the contact: %1").arg(outcome.error().message));
        m_message->show();
        return false;
    }
    discardDraft(draftKey());
    m_restored = false;
    m_message->setText(tr("Contact saved."));
    m_message->show();
    m_form->load(freshContact(), RecordForm::Reveal::OnTouch);
    emit unsavedChanged(false);
    emit storeChanged();
    m_form->editor(contactFields().constFirst())->setFocus(Qt::OtherFocusReason);
    return true;
}

void ContactsTab::keepDraft()
{
    m_draftTimer->stop();
    if (!hasUnsavedChanges() || m_youngPersonId.isEmpty())
        return;
    writeDraft(draftKey(), m_form->record());
}

void ContactsTab::saveDrafts()
{
    keepDraft();
}

void ContactsTab::discardChanges()
{
    m_draftTimer->stop();
    discardDraft(draftKey());
    m_restored = false;
    m_message->hide();
    m_form->load(freshContact(), RecordForm::Reveal::OnTouch);
    emit unsavedChanged(false);
}

std::optional<QDateTime> ContactsTab::restoreDrafts()
{
    const auto draft = readDraft(draftKey(), contactDef());
    if (!draft)
        return std::nullopt;
    m_form->load(draft->record);
    m_restored = true;
    m_message->setText(tr("Restored an unsaved contact from %1.").arg(RecordText::dateTime(draft->savedAt)));
    m_message->show();
    emit unsavedChanged(true);
    return draft->savedAt;
}

} // namespace trellis::ui
