#include "SafetyPlanEditor.h"

#include "FocusFrame.h"
#include "FormEditProxyCommand.h"
#include "PlanDraftJson.h"
#include "PlanHistoryView.h"
#include "SectionChangeCommand.h"
#include "SectionEditor.h"
#include "domain/Entities.h"
#include "domain/Validator.h"
#include "forms/DateInput.h"
#include "forms/FormLayout.h"
#include "forms/RecordForm.h"
#include "session/Clock.h"
#include "store/DraftStore.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcPlanEditor, "trellis.ui.plan")

namespace trellis::ui {

using domain::Record;
using domain::SafetyPlanVersion;

namespace {

// Long enough to gather a burst of typing into one write, short enough that a crash loses little.
constexpr int kDraftDelayMs = 400;

const domain::EntityDef& planDef() { return domain::Entities::get(domain::entity::SafetyPlan); }

QList<QHash<QString, QVariant>> contentOf(const QList<Record>& items)
{
    QList<QHash<QString, QVariant>> values;
    for (const Record& item : items) {
        QHash<QString, QVariant> content;
        content.insert(QStringLiteral("id"), item.id());
        content.insert(QStringLiteral("section"), item.value(QStringLiteral("section")));
        for (const QString& field : SafetyPlanVersion::itemContentFields())
            content.insert(field, item.has(field) ? item.value(field) : QVariant());
        values << content;
    }
    return values;
}

// Puts a value into a header input as if typed, so it becomes an edit of the form (unsaved, undoable).
void typeInto(QWidget* editor, const QString& text)
{
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(text);
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor))
        plain->setPlainText(text);
    else if (editor)
        if (auto* inner = editor->findChild<QLineEdit*>())
            inner->setText(text);
}

} // namespace

SafetyPlanEditor::SafetyPlanEditor(Database& db, const Clock& clock, QString actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_lifecycle(new PlanVersionController(db, clock, m_actor, this))
    , m_undo(new QUndoStack(this))
    , m_draftTimer(new QTimer(this))
    , m_versionLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_undoButton(new QPushButton(tr("Undo"), this))
    , m_redoButton(new QPushButton(tr("Redo"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_discardButton(new QPushButton(tr("&Discard changes"), this))
    , m_newVersionButton(new QPushButton(tr("New &version"), this))
    , m_activateButton(new QPushButton(tr("&Activate…"), this))
    , m_historyButton(new QPushButton(tr("&History…"), this))
    , m_form(new RecordForm(planDef(), SafetyPlanVersion::headerFields(), domain::Validator(clock.today()), this))
    , m_print(new PlanPrintBar(db, m_actor, this))
{
    setObjectName(QStringLiteral("safetyPlanEditor"));
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Safety plan"), question) == QMessageBox::Yes;
    };
    m_lifecycle->setConfirmHook(m_confirm);
    m_print->setConfirmHook(m_confirm);
    m_print->setDocumentSource([this] { return printable(); });
    connect(m_print, &PlanPrintBar::message, this, &SafetyPlanEditor::showMessage);
    connect(m_lifecycle, &PlanVersionController::message, this, &SafetyPlanEditor::showMessage);
    connect(m_lifecycle, &PlanVersionController::versionShown, this, &SafetyPlanEditor::showVersion);
    connect(m_lifecycle, &PlanVersionController::versionsChanged, this,
            [this](const QList<SafetyPlanVersion>& versions) {
                if (m_history)
                    m_history->setVersions(versions);
            });
    buildLayout();

    auto* undo = new QAction(tr("Undo"), this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    auto* redo = new QAction(tr("Redo"), this);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    for (QAction* action : {undo, redo}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    // Ctrl+S saves from any field, as on the record's other tabs: Alt+S is also the Sync menu's,
    // which wins, so the Save button's mnemonic alone left keyboard users stuck.
    auto* saveKey = new QAction(tr("Save"), this);
    saveKey->setObjectName(QStringLiteral("saveAction"));
    saveKey->setShortcut(QKeySequence::Save);
    saveKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveKey);
    connect(saveKey, &QAction::triggered, this, [this] {
        if (m_saveButton->isVisible() && m_saveButton->isEnabled())
            save();
    });
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoButton, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoButton, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::indexChanged, this, &SafetyPlanEditor::changed);

    connect(m_form->undoStack(), &QUndoStack::indexChanged, this, &SafetyPlanEditor::onFormIndexChanged);
    connect(m_form, &RecordForm::modifiedChanged, this, &SafetyPlanEditor::changed);
    connect(m_saveButton, &QPushButton::clicked, this, &SafetyPlanEditor::save);
    connect(m_discardButton, &QPushButton::clicked, this, [this] {
        if (m_confirm(tr("Discard every unsaved change to this plan?")))
            discardChanges();
    });
    connect(m_newVersionButton, &QPushButton::clicked, this, &SafetyPlanEditor::newVersion);
    connect(m_activateButton, &QPushButton::clicked, this, &SafetyPlanEditor::activate);
    connect(m_historyButton, &QPushButton::clicked, this, &SafetyPlanEditor::showHistory);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &SafetyPlanEditor::saveDraft);
    // Leaving a field finishes an edit: its draft is written at once.
    connect(qApp, &QApplication::focusChanged, this, [this] {
        if (m_draftTimer->isActive()) {
            m_draftTimer->stop();
            saveDraft();
        }
    });
    // The plan's notes are read-only until a new version is made: no cursor shows their focus.
    for (auto* notes : m_form->findChildren<QPlainTextEdit*>())
        showFocusFrame(notes);
    setReadOnly(true);
    updateState();
}

SafetyPlanEditor::~SafetyPlanEditor()
{
    // Focus moves and the form's undo stack clears while children are destroyed; nothing here
    // may react to either by then.
    disconnect(qApp, nullptr, this, nullptr);
    disconnect(m_form->undoStack(), nullptr, this, nullptr);
    disconnect(m_form, nullptr, this, nullptr);
    disconnect(m_undo, nullptr, this, nullptr);
}

void SafetyPlanEditor::buildLayout()
{
    const struct {
        QPushButton* button;
        const char* name;
    } buttons[] = {{m_undoButton, "undoButton"},         {m_redoButton, "redoButton"},
                   {m_saveButton, "saveButton"},         {m_discardButton, "discardButton"},
                   {m_newVersionButton, "newVersionButton"}, {m_activateButton, "activateButton"},
                   {m_historyButton, "historyButton"}};
    for (const auto& entry : buttons) {
        entry.button->setObjectName(QString::fromLatin1(entry.name));
        entry.button->setAccessibleName(entry.button->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    }
    m_undoButton->setToolTip(tr("Undo the last change to the plan (Ctrl+Z)"));
    m_redoButton->setToolTip(tr("Redo the change just undone (Ctrl+Shift+Z)"));
    m_saveButton->setToolTip(tr("Save this version of the plan (Ctrl+S)"));
    m_discardButton->setToolTip(tr("Go back to the plan as last saved, after asking"));
    m_newVersionButton->setToolTip(tr("Make a draft copy of this plan to change; the plan in use stays until the "
                                      "copy is activated"));
    m_activateButton->setToolTip(tr("Make this draft the plan in use, after asking"));
    m_historyButton->setToolTip(tr("Every version of the plan and what changed between them"));
    m_undoButton->setEnabled(false);
    m_redoButton->setEnabled(false);
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    QFont bold = m_versionLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_versionLabel->setFont(bold);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setAccessibleName(tr("Plan state"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setAccessibleName(tr("Message"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setFrameShape(QFrame::StyledPanel);
    m_messageLabel->setMargin(6);
    m_messageLabel->hide();

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_versionLabel);
    bar->addSpacing(12);
    bar->addWidget(m_stateLabel, 1);
    for (const auto& entry : buttons)
        bar->addWidget(entry.button);

    m_form->setReservedMnemonics(QStringLiteral("fevhsdaluptcno"));
    // The form's own state line knows only the header; the bar above speaks for the whole plan.
    if (auto* formState = m_form->findChild<QLabel*>(QStringLiteral("statusLabel")))
        formState->setVisible(false);
    m_form->setMinimumWidth(380);
    auto* sectionsContent = new QWidget;
    sectionsContent->setObjectName(QStringLiteral("sectionsContent"));
    auto* sectionsLayout = new QVBoxLayout(sectionsContent);
    sectionsLayout->setContentsMargins(8, 0, 12, 0);
    for (const QString& section : SafetyPlanVersion::sections()) {
        auto* editor = new SectionEditor(section, sectionsContent);
        m_sections.insert(section, editor);
        sectionsLayout->addWidget(editor);
        connect(editor, &SectionEditor::changeRequested, this,
                [this, editor](const QList<Record>& after, int row, const QString& text) {
                    onSectionChange(editor, after, row, text);
                });
    }
    sectionsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("sectionsScroll"));
    scroll->setWidget(sectionsContent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto* body = new QHBoxLayout;
    body->addWidget(m_form, 2);
    body->addWidget(scroll, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_messageLabel);
    layout->addLayout(body, 1);
    layout->addWidget(m_print);

    // Reading order: the bar's buttons left to right, the plan's header fields, the sections in the
    // column to their right, then printing. Each list names its own widgets: QWidget::setTabOrder
    // on a whole section would move the section, not the controls inside it.
    QList<QWidget*> stops;
    for (const auto& entry : buttons)
        stops << entry.button;
    stops << m_form->tabStops();
    for (const QString& section : SafetyPlanVersion::sections())
        stops << m_sections.value(section)->tabStops();
    formlayout::chainTabOrder(stops << m_print->tabStops());
}

void SafetyPlanEditor::setConfirmHook(PlanPrintBar::ConfirmHook hook)
{
    m_confirm = hook;
    m_lifecycle->setConfirmHook(hook);
    m_print->setConfirmHook(std::move(hook));
}

QString SafetyPlanEditor::draftKey() const
{
    return m_lifecycle->draftKey();
}

bool SafetyPlanEditor::load(const QString& youngPersonId)
{
    if (!m_lifecycle->open(youngPersonId))
        return false;
    m_sections.value(QStringLiteral("trusted_adult"))->setAdults(m_lifecycle->adults());
    return m_lifecycle->reload({});
}

// `version` is the controller's shown(), already stamped if it is not yet stored.
void SafetyPlanEditor::showVersion(const SafetyPlanVersion& version, const QJsonObject* restore)
{
    m_draftTimer->stop();
    m_form->load(version.plan);
    for (SectionEditor* editor : std::as_const(m_sections))
        editor->setItems(version.section(editor->section()));
    m_undo->clear();
    m_formIndex = 0;
    setReadOnly(!version.isDraft());
    m_messageLabel->hide();
    if (restore)
        restoreDraft(*restore);
    updateState();
}

void SafetyPlanEditor::restoreDraft(const QJsonObject& draft)
{
    Record header = m_lifecycle->shown().plan;
    PlanDraftJson::readHeader(draft, header);
    for (const QString& field : SafetyPlanVersion::headerFields()) {
        const QVariant value = header.value(field);
        if (value == m_form->record().value(field))
            continue;
        const QString text = value.typeId() == QMetaType::QDate ? DateInput::format(value.toDate()) : value.toString();
        typeInto(m_form->editor(field), text);
    }
    const QList<Record> items = PlanDraftJson::readItems(draft);
    for (SectionEditor* editor : std::as_const(m_sections)) {
        QList<Record> section;
        for (const Record& item : items) {
            if (item.text(QStringLiteral("section")) == editor->section())
                section << item;
        }
        if (contentOf(section) != contentOf(editor->items()))
            onSectionChange(editor, section, -1, tr("restore unsaved changes"));
    }
    showMessage(tr("Unsaved changes to this plan from your last session were restored. Save them, or discard them "
                   "to go back to the saved plan."));
}

void SafetyPlanEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const QString& field : m_form->fields()) {
        QWidget* editor = m_form->editor(field);
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            line->setReadOnly(readOnly);
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor))
            plain->setReadOnly(readOnly);
        else if (editor) {
            for (auto* inner : editor->findChildren<QLineEdit*>())
                inner->setReadOnly(readOnly);
            for (auto* button : editor->findChildren<QToolButton*>())
                button->setEnabled(!readOnly);
        }
    }
    for (SectionEditor* editor : std::as_const(m_sections))
        editor->setReadOnly(readOnly);
}

void SafetyPlanEditor::onSectionChange(SectionEditor* editor, const QList<Record>& after, int row, const QString& text)
{
    if (m_readOnly)
        return;
    auto apply = [this](const QString& section, const QList<Record>& items, int selected) {
        applySection(section, items, selected);
    };
    m_undo->push(new SectionChangeCommand(text, editor->section(), editor->items(), editor->currentRow(), after, row,
                                          apply));
}

void SafetyPlanEditor::applySection(const QString& section, const QList<Record>& items, int row)
{
    SectionEditor* editor = m_sections.value(section);
    editor->setItems(items);
    editor->setCurrentRow(row);
    changed();
}

void SafetyPlanEditor::onFormIndexChanged(int index)
{
    if (!m_proxying && index > m_formIndex) {
        QUndoStack* formStack = m_form->undoStack();
        auto step = [this, formStack](bool forward) {
            m_proxying = true;
            forward ? formStack->redo() : formStack->undo();
            m_proxying = false;
            m_formIndex = formStack->index();
        };
        m_undo->push(new FormEditProxyCommand(formStack->undoText(), [step] { step(false); }, [step] { step(true); }));
    }
    m_formIndex = index;
    changed();
}

QList<Record> SafetyPlanEditor::editedItems() const
{
    QList<Record> items;
    for (const QString& section : SafetyPlanVersion::sections())
        items << m_sections.value(section)->items();
    return items;
}

bool SafetyPlanEditor::hasUnsavedChanges() const
{
    if (m_readOnly)
        return false;
    return m_form->isModified() || contentOf(editedItems()) != contentOf(m_lifecycle->shown().items);
}

void SafetyPlanEditor::changed()
{
    if (!m_readOnly)
        m_draftTimer->start();
    updateState();
}

void SafetyPlanEditor::updateState()
{
    const bool modified = hasUnsavedChanges();
    const SafetyPlanVersion& shown = m_lifecycle->shown();
    const QString status = shown.status();
    QString statusText = tr("Draft");
    if (status == QLatin1String("active"))
        statusText = tr("Active: in use");
    else if (status == QLatin1String("superseded"))
        statusText = tr("Superseded");
    m_versionLabel->setText(tr("Version %1 · %2").arg(shown.version()).arg(statusText));
    const bool stored = m_lifecycle->isStored(shown.id());
    const bool noPerson = m_lifecycle->youngPersonId().isEmpty();
    if (m_readOnly)
        m_stateLabel->setText(tr("Read only: make a new version to change it."));
    else if (modified)
        m_stateLabel->setText(tr("● Unsaved changes"));
    else
        m_stateLabel->setText(stored ? tr("All changes saved") : tr("Not saved yet"));
    m_saveButton->setEnabled(!m_readOnly && modified);
    m_discardButton->setEnabled(!m_readOnly && modified);
    m_newVersionButton->setEnabled(m_readOnly && !noPerson);
    m_activateButton->setEnabled(!m_readOnly && !noPerson);
    m_historyButton->setEnabled(!m_lifecycle->versions().isEmpty());
    m_print->setEnabled(stored);
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
}

void SafetyPlanEditor::showMessage(const QString& text)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

bool SafetyPlanEditor::save()
{
    if (m_readOnly || m_lifecycle->youngPersonId().isEmpty())
        return false;
    if (!m_form->validateForSave()) {
        showMessage(tr("Error: check the messages beside the plan's fields, then save again."));
        return false;
    }
    SafetyPlanVersion draft = m_lifecycle->shown();
    draft.plan = m_form->record();
    draft.items = editedItems();
    if (!m_lifecycle->save(draft))
        return false;
    m_draftTimer->stop();
    const SafetyPlanVersion stored = m_lifecycle->shown();
    m_form->markSaved(stored.plan);
    for (SectionEditor* editor : std::as_const(m_sections)) {
        const int row = editor->currentRow();
        editor->setItems(stored.section(editor->section()));
        editor->setCurrentRow(row);
    }
    m_undo->setClean();
    showMessage(tr("Saved."));
    updateState();
    emit saved();
    return true;
}

void SafetyPlanEditor::saveDraft()
{
    m_draftTimer->stop();
    const QString& youngPersonId = m_lifecycle->youngPersonId();
    if (youngPersonId.isEmpty() || m_readOnly)
        return;
    DraftStore drafts(m_db);
    const QString planId = m_lifecycle->shown().id();
    const auto written = hasUnsavedChanges()
                             ? drafts.save(draftKey(), youngPersonId,
                                           PlanDraftJson::write(planId, m_form->record(), editedItems()), m_clock.now())
                             : drafts.discard(draftKey());
    if (!written.ok())
        qCWarning(lcPlanEditor) << "draft not written:" << StoreError::kindName(written.error().kind);
}

void SafetyPlanEditor::discardChanges()
{
    m_lifecycle->revert();
}

bool SafetyPlanEditor::newVersion()
{
    if (m_lifecycle->youngPersonId().isEmpty() || hasUnsavedChanges())
        return false;
    return m_lifecycle->newVersion();
}

bool SafetyPlanEditor::activate()
{
    if (m_readOnly || m_lifecycle->youngPersonId().isEmpty())
        return false;
    if (!m_form->record().has(QStringLiteral("review_date"))) {
        showMessage(tr("Error: set a review date before activating the plan, so that it is not forgotten."));
        if (QWidget* review = m_form->editor(QStringLiteral("review_date")))
            review->setFocus();
        return false;
    }
    return m_lifecycle->activate([this] { return !hasUnsavedChanges() || save(); });
}

void SafetyPlanEditor::showHistory()
{
    if (!m_history) {
        auto* dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("planHistoryDialog"));
        dialog->setWindowTitle(tr("Safety plan history"));
        m_history = new PlanHistoryView(dialog);
        auto* layout = new QVBoxLayout(dialog);
        layout->addWidget(m_history);
        auto* close = new QPushButton(tr("Close"), dialog);
        close->setObjectName(QStringLiteral("closeHistoryButton"));
        close->setToolTip(tr("Close the plan history and go back to the plan"));
        connect(close, &QPushButton::clicked, dialog, &QDialog::close);
        layout->addWidget(close, 0, Qt::AlignRight);
        dialog->resize(760, 560);
    }
    m_history->setVersions(m_lifecycle->versions());
    auto* dialog = qobject_cast<QDialog*>(m_history->parentWidget());
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

std::optional<SafetyPlanDocument> SafetyPlanEditor::printable()
{
    if (!m_lifecycle->youngPerson() || hasUnsavedChanges()) {
        showMessage(tr("Save the plan before printing it, so that the printed copy matches a saved version."));
        return std::nullopt;
    }
    const SafetyPlanVersion& shown = m_lifecycle->shown();
    return SafetyPlanDocument(*m_lifecycle->youngPerson(), shown.plan, shown.items, m_lifecycle->adults());
}

} // namespace trellis::ui
