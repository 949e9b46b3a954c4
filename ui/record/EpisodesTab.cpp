#include "domain/TimeOrderedId.h"
#include "EpisodesTab.h"

#include "EpisodeListModel.h"
#include "RecordText.h"
#include "domain/Entities.h"
#include "forms/FormLayout.h"
#include "forms/RecordForm.h"
#include "session/Clock.h"
#include "store/DraftStore.h"
#include "store/RecordWriter.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

namespace trellis::ui {

namespace {

const domain::EntityDef& episodeDef()
{
    return domain::Entities::get(domain::entity::Episode);
}
const QString kKind = QStringLiteral("kind");
const QString kDraftPrefix = domain::entity::Episode + QLatin1Char(':');
enum Page { ListPage, EditorPage };

} // namespace

QStringList EpisodesTab::fieldsFor(const QString& kind)
{
    if (kind == QLatin1String("missing"))
        return {QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("return_interview_date"),
                QStringLiteral("notes")};
    if (kind == QLatin1String("nrm"))
        return {QStringLiteral("start_date"), QStringLiteral("nrm_reasonable_grounds"),
                QStringLiteral("nrm_reasonable_grounds_on"), QStringLiteral("nrm_conclusive_grounds"),
                QStringLiteral("nrm_conclusive_grounds_on"), QStringLiteral("notes")};
    if (kind == QLatin1String("exclusion"))
        return {QStringLiteral("start_date"), QStringLiteral("exclusion_kind"), QStringLiteral("exclusion_days"),
                QStringLiteral("notes")};
    if (kind == QLatin1String("knife_crime"))
        return {QStringLiteral("start_date"), QStringLiteral("notes")};
    return {QStringLiteral("start_date"), QStringLiteral("first_appointment_date"), QStringLiteral("notes")};
}

EpisodesTab::EpisodesTab(const RecordContext& context, QWidget* parent)
    : RecordTab(context, parent)
    , m_episode(episodeDef())
    , m_model(new EpisodeListModel(this))
    , m_pages(new QStackedWidget(this))
    , m_list(new QTableView(this))
    , m_kind(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_edit(new QPushButton(tr("E&dit"), this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_formSlot(new QVBoxLayout)
    , m_save(new QPushButton(tr("Save episode"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("episodesTab"));
    m_model->setWarningIcon(RecordText::warningIcon(this));

    auto* listPage = new QWidget(m_pages);
    m_list->setParent(listPage);
    m_list->setObjectName(QStringLiteral("episodesList"));
    setUpRecordList(m_list, m_model, tr("Episodes, latest first"));
    m_kind->setParent(listPage);
    m_kind->setObjectName(QStringLiteral("episodeKindCombo"));
    m_kind->setAccessibleName(tr("Kind of episode to add"));
    m_kind->setToolTip(tr("Choose what happened, then Add"));
    for (const QString& kind : episodeDef().field(kKind)->choices)
        m_kind->addItem(RecordText::label(domain::entity::Episode, kKind, kind), kind);
    m_add->setParent(listPage);
    m_add->setObjectName(QStringLiteral("addEpisodeButton"));
    m_add->setToolTip(tr("Record a new episode of the kind chosen"));
    m_edit->setParent(listPage);
    m_edit->setObjectName(QStringLiteral("editEpisodeButton"));
    m_edit->setToolTip(tr("Change the episode the list is on"));
    auto* kindLabel = new QLabel(tr("&New episode of kind"), listPage);
    kindLabel->setBuddy(m_kind);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(kindLabel);
    buttons->addWidget(m_kind);
    buttons->addWidget(m_add);
    buttons->addSpacing(16);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_list, 1);
    formlayout::chainTabOrder({m_kind, m_add, m_edit, m_list});

    auto* editorPage = new QWidget(m_pages);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_title, m_message, m_save, m_cancel})
        widget->setParent(editorPage);
    m_title->setObjectName(QStringLiteral("episodeTitleLabel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_message->setObjectName(QStringLiteral("episodeMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_save->setObjectName(QStringLiteral("saveEpisodeButton"));
    m_save->setToolTip(tr("Save this episode (Ctrl+S)"));
    m_cancel->setObjectName(QStringLiteral("cancelEpisodeButton"));
    m_cancel->setToolTip(tr("Leave this episode without saving and go back to the list"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_cancel);
    top->addWidget(m_save);
    auto* editorLayout = new QVBoxLayout(editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(top);
    editorLayout->addWidget(m_message);
    editorLayout->addLayout(m_formSlot, 1);

    m_pages->addWidget(listPage);
    m_pages->addWidget(editorPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_pages);

    connect(m_add, &QPushButton::clicked, this, [this] { addEpisode(m_kind->currentData().toString()); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editEpisode(m_list->currentIndex().row()); });
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex& index) { editEpisode(index.row()); });
    connect(m_save, &QPushButton::clicked, this, &EpisodesTab::save);
    connect(m_cancel, &QPushButton::clicked, this, &EpisodesTab::discardChanges);
    auto* saveKey = new QShortcut(QKeySequence::Save, editorPage);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &EpisodesTab::save);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (old && m_form && m_form->isAncestorOf(old))
            keepDraft();
    });
}

QString EpisodesTab::draftKey() const
{
    return DraftStore::key(domain::entity::Episode, m_episode.id());
}

void EpisodesTab::setRecord(const FullRecord& record)
{
    if (record.youngPerson.id() != m_youngPersonId && m_pages->currentIndex() != ListPage)
        closeEditor();
    m_youngPersonId = record.youngPerson.id();
    m_model->setEpisodes(record.episodes, m_context.clock->today());
    m_edit->setEnabled(!record.episodes.isEmpty());
}

bool EpisodesTab::hasUnsavedChanges() const
{
    return m_pages->currentIndex() == EditorPage && m_form && (m_isNew || m_restored || m_form->isModified());
}

void EpisodesTab::addEpisode(const QString& kind)
{
    domain::Record episode(episodeDef());
    episode.set(QStringLiteral("id"), domain::createTimeOrderedId());
    episode.set(QStringLiteral("young_person_id"), m_youngPersonId);
    episode.set(kKind, kind);
    episode.stampNew(m_context.actor, m_context.clock->now()); // stamped again on saving
    openEditor(episode, true);
}

void EpisodesTab::editEpisode(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        openEditor(m_model->episode(row), false);
}

void EpisodesTab::openEditor(const domain::Record& episode, bool isNew)
{
    // The fields differ by kind, so each episode gets a form of its own.
    delete m_form;
    m_episode = episode;
    m_isNew = isNew;
    m_restored = false;
    const QString kind = episode.text(kKind);
    m_form = new RecordForm(episodeDef(), fieldsFor(kind), domain::Validator(m_context.clock->today()),
                            m_pages->widget(EditorPage));
    m_form->setObjectName(QStringLiteral("episodeForm"));
    m_form->setReservedMnemonics(QStringLiteral("fevhsptcno"));
    m_form->load(episode);
    m_formSlot->addWidget(m_form);
    // Made last, the form would come last in the Tab order, after the tabs of the record view.
    formlayout::chainTabOrder(QList<QWidget*>{m_cancel, m_save} + m_form->tabStops());
    routeUndoKeys(m_form, m_form);
    connect(m_form, &RecordForm::modifiedChanged, this, [this] { emit unsavedChanged(hasUnsavedChanges()); });
    const QString kindText = RecordText::label(domain::entity::Episode, kKind, kind);
    m_title->setText(isNew ? tr("New episode: %1").arg(kindText) : tr("Episode: %1").arg(kindText));
    m_message->hide();
    m_pages->setCurrentIndex(EditorPage);
    m_form->editor(m_form->fields().constFirst())->setFocus(Qt::OtherFocusReason);
    emit unsavedChanged(hasUnsavedChanges());
}

void EpisodesTab::closeEditor()
{
    m_isNew = false;
    m_restored = false;
    m_pages->setCurrentIndex(ListPage);
    emit unsavedChanged(false);
}

bool EpisodesTab::save()
{
    if (!hasUnsavedChanges())
        return true;
    if (!m_form->validateForSave())
        return false;
    auto outcome =
        RecordWriter(*m_context.db, m_context.actor).save(m_form->record(), m_isNew, m_context.clock->now(), draftKey());
    if (!outcome.ok() || !outcome->saved) {
        m_message->setText(outcome.ok() ? tr("The episode was not saved: %1").arg(RecordText::issuesText(outcome->issues))
                                        : tr("Could not save the episode: %1").arg(outcome.error().message));
        m_message->show();
        return false;
    }
    closeEditor();
    emit storeChanged();
    return true;
}

void EpisodesTab::keepDraft()
{
    if (!hasUnsavedChanges() || m_youngPersonId.isEmpty())
        return;
    QJsonObject extra;
    extra.insert(QStringLiteral("is_new"), m_isNew);
    writeDraft(draftKey(), m_form->record(), extra);
}

void EpisodesTab::saveDrafts()
{
    keepDraft();
}

void EpisodesTab::discardChanges()
{
    if (hasUnsavedChanges())
        discardDraft(draftKey());
    closeEditor();
}

std::optional<QDateTime> EpisodesTab::restoreDrafts()
{
    for (const Draft& draft : draftsWithPrefix(kDraftPrefix, episodeDef())) {
        openEditor(draft.record, draft.extra.value(QStringLiteral("is_new")).toBool());
        m_restored = true;
        m_message->setText(tr("Restored unsaved changes from %1.").arg(RecordText::dateTime(draft.savedAt)));
        m_message->show();
        emit unsavedChanged(true);
        return draft.savedAt;
    }
    return std::nullopt;
}

} // namespace trellis::ui
