#include "domain/TimeOrderedId.h"
#include "ProfileTab.h"

#include "RecordText.h"
#include "forms/FormLayout.h"
#include "forms/RecordForm.h"
#include "domain/Entities.h"
#include "session/Clock.h"
#include "store/DraftStore.h"
#include "store/RecordWriter.h"
#include "store/TrustedAdultQueries.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

namespace trellis::ui {

namespace {

const QString kLeadWorker = QStringLiteral("lead_worker_id");

const domain::EntityDef& youngPersonDef()
{
    return domain::Entities::get(domain::entity::YoungPerson);
}

// A change of lead worker as one step on the form's undo stack, so undo walks back through it
// in the order the worker made the changes.
class LeadWorkerCommand : public QUndoCommand {
public:
    LeadWorkerCommand(QString before, QString after, std::function<void(const QString&)> apply)
        : QUndoCommand(QCoreApplication::translate("ProfileTab", "change of lead worker"))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply))
    {}
    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }

private:
    QString m_before;
    QString m_after;
    std::function<void(const QString&)> m_apply;
};

} // namespace

ProfileTab::ProfileTab(const RecordContext& context, QWidget* parent)
    : RecordTab(context, parent)
    , m_validator(context.clock->today())
    , m_stored(youngPersonDef())
    , m_formBase(youngPersonDef())
    , m_form(new RecordForm(youngPersonDef(), RecordForm::editableFields(youngPersonDef()), m_validator, this))
    , m_leadWorker(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_message(new QLabel(this))
    , m_undo(new QPushButton(tr("Undo"), this))
    , m_redo(new QPushButton(tr("Redo"), this))
    , m_save(new QPushButton(tr("Save profile"), this))
    , m_draftTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("profileTab"));
    m_form->setObjectName(QStringLiteral("profileForm"));
    m_form->setReservedMnemonics(QStringLiteral("fevhswptcno"));
    m_state->setObjectName(QStringLiteral("profileStateLabel"));
    m_state->setAccessibleName(tr("Profile save state"));
    m_message->setObjectName(QStringLiteral("profileMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_undo->setObjectName(QStringLiteral("profileUndoButton"));
    m_undo->setToolTip(tr("Undo the last change (Ctrl+Z)"));
    m_redo->setObjectName(QStringLiteral("profileRedoButton"));
    m_redo->setToolTip(tr("Redo the change just undone (Ctrl+Shift+Z)"));
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_save->setToolTip(tr("Save the profile (Ctrl+S)"));
    m_save->setDefault(false);
    m_leadWorker->setObjectName(QStringLiteral("leadWorkerCombo"));
    m_leadWorker->setAccessibleName(tr("Lead worker"));
    m_leadWorker->setToolTip(tr("The worker responsible for this young person"));
    auto* leadLabel = new QLabel(tr("Lead &worker"), this);
    leadLabel->setBuddy(m_leadWorker);

    auto* top = new QHBoxLayout;
    top->addWidget(leadLabel);
    top->addWidget(m_leadWorker, 1);
    top->addSpacing(24);
    top->addWidget(m_state);
    top->addStretch(1);
    top->addWidget(m_undo);
    top->addWidget(m_redo);
    top->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_form, 1);
    // Reading order: the top row left to right, then the form.
    formlayout::chainTabOrder(QList<QWidget*>{m_leadWorker, m_undo, m_redo, m_save} + m_form->tabStops());

    loadWorkers();
    connect(m_leadWorker, &QComboBox::currentIndexChanged, this, [this] {
        if (m_settingLead)
            return;
        const QString before = m_leadShown;
        const QString after = chosenLeadWorker();
        m_leadShown = after;
        m_form->undoStack()->push(new LeadWorkerCommand(before, after, [this](const QString& id) {
            setLeadWorker(id);
            updateState();
        }));
        keepDraft();
    });

    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &ProfileTab::save);
    connect(m_save, &QPushButton::clicked, this, &ProfileTab::save);
    routeUndoKeys(m_form, this);
    connect(m_undo, &QPushButton::clicked, m_form, &RecordForm::undo);
    connect(m_redo, &QPushButton::clicked, m_form, &RecordForm::redo);
    connect(m_form->undoStack(), &QUndoStack::canUndoChanged, m_undo, &QWidget::setEnabled);
    connect(m_form->undoStack(), &QUndoStack::canRedoChanged, m_redo, &QWidget::setEnabled);
    connect(m_form, &RecordForm::modifiedChanged, this, &ProfileTab::updateState);

    // A draft after every finished edit: when focus leaves a field, and shortly after a choice
    // or an undo, so a crash loses at most the field being typed.
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &ProfileTab::keepDraft);
    connect(m_form->undoStack(), &QUndoStack::indexChanged, m_draftTimer, qOverload<>(&QTimer::start));
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (old && m_form->isAncestorOf(old))
            keepDraft();
    });
    updateState();
}

void ProfileTab::loadWorkers()
{
    const QSignalBlocker blocker(m_leadWorker);
    m_leadWorker->clear();
    m_leadWorker->addItem(tr("Not allocated"), QString());
    auto workers = TrustedAdultQueries(*m_context.db).workers();
    if (!workers.ok())
        return;
    for (const WorkerChoice& worker : workers.value())
        m_leadWorker->addItem(worker.displayName, worker.id);
}

QString ProfileTab::chosenLeadWorker() const
{
    return m_leadWorker->currentData().toString();
}

void ProfileTab::setLeadWorker(const QString& workerId)
{
    m_settingLead = true;
    int index = m_leadWorker->findData(workerId);
    if (index < 0) {
        // A worker this laptop has not synced yet: still shown, never silently dropped.
        m_leadWorker->addItem(tr("Another worker"), workerId);
        index = m_leadWorker->count() - 1;
    }
    m_leadWorker->setCurrentIndex(index);
    m_leadShown = workerId;
    m_settingLead = false;
}

QString ProfileTab::draftKey() const
{
    return DraftStore::key(domain::entity::YoungPerson, m_youngPersonId);
}

void ProfileTab::startNew()
{
    m_isNew = true;
    m_restored = false;
    m_youngPersonId = domain::createTimeOrderedId();
    m_stored = domain::Record(youngPersonDef());
    m_stored.set(QStringLiteral("id"), m_youngPersonId);
    m_stored.set(QStringLiteral("status"), QStringLiteral("open"));
    // Stamped now so the form sees a whole record; saving stamps it again with the time of saving.
    m_stored.stampNew(m_context.actor, m_context.clock->now());
    m_formBase = m_stored;
    m_form->load(m_stored);
    setLeadWorker(QString());
    m_message->hide();
    updateState();
}

void ProfileTab::setRecord(const FullRecord& record)
{
    const bool sameRecord = record.youngPerson.id() == m_youngPersonId;
    m_youngPersonId = record.youngPerson.id();
    m_stored = record.youngPerson;
    m_isNew = false;
    // Edits in progress are the worker's: only an untouched form follows the store (a contact
    // just logged moves next contact due).
    if (sameRecord && hasUnsavedChanges())
        return;
    m_restored = false;
    m_form->setValidator(domain::Validator(m_context.clock->today()));
    m_formBase = m_stored;
    m_form->load(m_stored);
    setLeadWorker(m_stored.text(kLeadWorker));
    if (!sameRecord)
        m_message->hide();
    updateState();
}

bool ProfileTab::hasUnsavedChanges() const
{
    return m_isNew || m_restored || m_form->isModified() || chosenLeadWorker() != m_stored.text(kLeadWorker);
}

void ProfileTab::updateState()
{
    // Modified in words, in the tab title and on the button, never by colour alone.
    const bool dirty = hasUnsavedChanges();
    m_state->setText(dirty ? tr("Unsaved changes") : tr("All changes saved"));
    m_save->setEnabled(dirty);
    m_undo->setEnabled(m_form->undoStack()->canUndo());
    m_redo->setEnabled(m_form->undoStack()->canRedo());
    if (dirty != m_unsaved) {
        m_unsaved = dirty;
        emit unsavedChanged(dirty);
    }
}

void ProfileTab::keepDraft()
{
    m_draftTimer->stop();
    if (!hasUnsavedChanges() || m_youngPersonId.isEmpty())
        return;
    // A new young person with nothing typed yet leaves no draft to trip over later.
    if (m_isNew && !m_form->isModified() && chosenLeadWorker().isEmpty())
        return;
    QJsonObject extra;
    extra.insert(QStringLiteral("is_new"), m_isNew);
    domain::Record record = m_form->record();
    record.set(kLeadWorker, chosenLeadWorker());
    if (chosenLeadWorker().isEmpty())
        record.clear(kLeadWorker);
    writeDraft(draftKey(), record, extra);
}

void ProfileTab::saveDrafts()
{
    keepDraft();
}

std::optional<QDateTime> ProfileTab::restoreDrafts()
{
    const auto draft = readDraft(draftKey(), youngPersonDef());
    if (!draft)
        return std::nullopt;
    m_form->load(draft->record);
    setLeadWorker(draft->record.text(kLeadWorker));
    m_restored = true;
    m_message->setText(tr("Restored unsaved changes from %1. Save them, or Discard to go back to the saved record.")
                           .arg(RecordText::dateTime(draft->savedAt)));
    m_message->show();
    updateState();
    return draft->savedAt;
}

void ProfileTab::discardChanges()
{
    m_draftTimer->stop();
    discardDraft(draftKey());
    m_restored = false;
    m_formBase = m_stored;
    m_form->load(m_stored);
    setLeadWorker(m_stored.text(kLeadWorker));
    m_message->hide();
    updateState();
}

bool ProfileTab::save()
{
    m_draftTimer->stop();
    if (!m_form->validateForSave()) {
        updateState();
        return false;
    }
    // Only what the worker changed goes over the stored record, so a contact logged meanwhile
    // (which moves next contact due) is not written back over.
    domain::Record record = m_stored;
    const domain::Record edited = m_form->record();
    if (m_isNew || m_restored) {
        record = edited;
    } else {
        for (const QString& field : m_form->fields()) {
            if (edited.value(field) == m_formBase.value(field))
                continue;
            if (edited.has(field))
                record.set(field, edited.value(field));
            else
                record.clear(field);
        }
    }
    if (chosenLeadWorker().isEmpty())
        record.clear(kLeadWorker);
    else
        record.set(kLeadWorker, chosenLeadWorker());
    record.set(QStringLiteral("id"), m_youngPersonId);

    auto outcome = RecordWriter(*m_context.db, m_context.actor).save(record, m_isNew, m_context.clock->now(), draftKey());
    if (!outcome.ok()) {
        m_message->setText(tr("Could not save the profile: %1").arg(outcome.error().message));
        m_message->show();
        emit problem(m_message->text());
        return false;
    }
    if (!outcome->saved) {
        m_message->setText(tr("The profile was not saved: %1").arg(RecordText::issuesText(outcome->issues)));
        m_message->show();
        return false;
    }
    m_stored = outcome->records.constFirst();
    m_isNew = false;
    m_restored = false;
    m_formBase = m_stored;
    m_form->markSaved(m_stored);
    m_message->hide();
    updateState();
    emit saved(m_youngPersonId);
    emit storeChanged();
    return true;
}

} // namespace trellis::ui
