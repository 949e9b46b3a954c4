#include "domain/TimeOrderedId.h"
#include "TrustedAdultsTab.h"

#include "RecordText.h"
#include "TrustedAdultModel.h"
#include "domain/Entities.h"
#include "domain/PhoneNumbers.h"
#include "forms/FormLayout.h"
#include "forms/RecordForm.h"
#include "session/Clock.h"
#include "store/DraftStore.h"
#include "store/RecordWriter.h"
#include "store/TrustedAdultQueries.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>
#include <QVBoxLayout>

namespace trellis::ui {

namespace {

const domain::EntityDef& adultDef()
{
    return domain::Entities::get(domain::entity::TrustedAdult);
}
const domain::EntityDef& linkDef()
{
    return domain::Entities::get(domain::entity::TrustedAdultLink);
}
const QString kRole = QStringLiteral("role");
const QString kDraftPrefix = domain::entity::TrustedAdult + QLatin1Char(':');

enum Page { ListPage, EditorPage, LinkPage };

QLabel* boldLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

TrustedAdultsTab::TrustedAdultsTab(const RecordContext& context, QWidget* parent)
    : RecordTab(context, parent)
    , m_record{domain::Record(domain::Entities::get(domain::entity::YoungPerson)), {}, {}, {}, {}, {}}
    , m_adult(adultDef())
    , m_link(linkDef())
    , m_model(new TrustedAdultModel(this))
    , m_pages(new QStackedWidget(this))
    , m_list(new QTableView(this))
    , m_add(new QPushButton(tr("&Add an adult…"), this))
    , m_edit(new QPushButton(tr("E&dit"), this))
    , m_linkButton(new QPushButton(tr("&Link an existing adult…"), this))
    , m_editorTitle(boldLabel(QString(), this))
    , m_banner(new QLabel(this))
    , m_message(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_form(new RecordForm(adultDef(), RecordForm::editableFields(adultDef()), domain::Validator(context.clock->today()),
                            this))
    , m_saveAdult(new QPushButton(tr("Save adult"), this))
    , m_cancelAdult(new QPushButton(tr("Cancel"), this))
    , m_searchEdit(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_linkRole(new QComboBox(this))
    , m_confirmLink(new QPushButton(tr("Link this adult"), this))
    , m_cancelLink(new QPushButton(tr("Cancel"), this))
    , m_draftTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("trustedAdultsTab"));
    m_model->setWarningIcon(RecordText::warningIcon(this));

    // The list.
    auto* listPage = new QWidget(m_pages);
    m_list->setParent(listPage);
    m_list->setObjectName(QStringLiteral("trustedAdultsList"));
    setUpRecordList(m_list, m_model, tr("Trusted adults"));
    m_add->setObjectName(QStringLiteral("addAdultButton"));
    m_edit->setObjectName(QStringLiteral("editAdultButton"));
    m_linkButton->setObjectName(QStringLiteral("linkAdultButton"));
    m_add->setToolTip(tr("Record a new trusted adult for this young person"));
    m_edit->setToolTip(tr("Change the adult the list is on"));
    m_linkButton->setToolTip(tr("Find an adult already recorded for another young person, such as a sibling"));
    for (QPushButton* button : {m_add, m_edit, m_linkButton})
        button->setParent(listPage);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_linkButton);
    buttons->addStretch(1);
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_list, 1);
    formlayout::chainTabOrder({m_add, m_edit, m_linkButton, m_list});

    // The editor.
    auto* editorPage = new QWidget(m_pages);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_editorTitle, m_banner, m_message, m_role, m_form,
                                                           m_saveAdult, m_cancelAdult})
        widget->setParent(editorPage);
    m_banner->setObjectName(QStringLiteral("adultDoNotContactBanner"));
    m_banner->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("adultMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_role->setObjectName(QStringLiteral("adultRoleCombo"));
    m_role->setAccessibleName(tr("Role for this young person"));
    m_role->setToolTip(tr("Who the adult is to this young person"));
    fillRoles(m_role);
    m_form->setObjectName(QStringLiteral("adultForm"));
    m_form->setReservedMnemonics(QStringLiteral("fevhsptcrno"));
    m_saveAdult->setObjectName(QStringLiteral("saveAdultButton"));
    m_saveAdult->setToolTip(tr("Save this adult (Ctrl+S)"));
    m_cancelAdult->setObjectName(QStringLiteral("cancelAdultButton"));
    m_cancelAdult->setToolTip(tr("Leave this adult without saving and go back to the list"));
    auto* roleLabel = new QLabel(tr("&Role for this young person"), editorPage);
    roleLabel->setBuddy(m_role);
    auto* editorTop = new QHBoxLayout;
    editorTop->addWidget(m_editorTitle);
    editorTop->addSpacing(16);
    editorTop->addWidget(roleLabel);
    editorTop->addWidget(m_role);
    editorTop->addStretch(1);
    editorTop->addWidget(m_cancelAdult);
    editorTop->addWidget(m_saveAdult);
    auto* editorLayout = new QVBoxLayout(editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(editorTop);
    editorLayout->addWidget(m_banner);
    editorLayout->addWidget(m_message);
    editorLayout->addWidget(m_form, 1);
    formlayout::chainTabOrder(QList<QWidget*>{m_role, m_cancelAdult, m_saveAdult} + m_form->tabStops());

    // The search for an adult who already exists.
    auto* linkPage = new QWidget(m_pages);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_searchEdit, m_results, m_linkRole, m_confirmLink,
                                                           m_cancelLink})
        widget->setParent(linkPage);
    m_searchEdit->setObjectName(QStringLiteral("adultSearchEdit"));
    m_searchEdit->setAccessibleName(tr("Search trusted adults by name"));
    m_searchEdit->setAccessibleDescription(tr("The start of a given or family name; the adults found are listed below"));
    m_searchEdit->setPlaceholderText(tr("Start of a given or family name"));
    m_searchEdit->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("adultSearchResults"));
    m_results->setAccessibleName(tr("Adults found"));
    m_results->setAccessibleDescription(tr("Choose the adult to link; the arrow keys move through the list"));
    m_linkRole->setObjectName(QStringLiteral("linkRoleCombo"));
    m_linkRole->setAccessibleName(tr("Role of the linked adult"));
    m_linkRole->setToolTip(tr("Who the adult found is to this young person"));
    fillRoles(m_linkRole);
    m_confirmLink->setObjectName(QStringLiteral("confirmLinkButton"));
    m_confirmLink->setToolTip(tr("Link the adult chosen in the list, in the role chosen"));
    m_confirmLink->setEnabled(false);
    m_cancelLink->setObjectName(QStringLiteral("cancelLinkButton"));
    m_cancelLink->setToolTip(tr("Stop linking and go back to the list"));
    auto* linkForm = new QFormLayout;
    auto* searchLabel = new QLabel(tr("&Name"), linkPage);
    searchLabel->setBuddy(m_searchEdit);
    auto* resultsLabel = new QLabel(tr("&Found"), linkPage);
    resultsLabel->setBuddy(m_results);
    auto* linkRoleLabel = new QLabel(tr("&Role"), linkPage);
    linkRoleLabel->setBuddy(m_linkRole);
    linkForm->addRow(searchLabel, m_searchEdit);
    linkForm->addRow(resultsLabel, m_results);
    linkForm->addRow(linkRoleLabel, m_linkRole);
    auto* linkButtons = new QHBoxLayout;
    linkButtons->addStretch(1);
    linkButtons->addWidget(m_cancelLink);
    linkButtons->addWidget(m_confirmLink);
    // In reading order: the buttons were made confirm first, so without this Tab went from
    // "Link this adult" back left to "Cancel" whenever a search had found someone.
    formlayout::chainTabOrder({m_searchEdit, m_results, m_linkRole, m_cancelLink, m_confirmLink});
    auto* linkLayout = new QVBoxLayout(linkPage);
    linkLayout->setContentsMargins(0, 0, 0, 0);
    linkLayout->addWidget(boldLabel(tr("Link an adult who is already recorded (for example for a brother or sister)"),
                                    linkPage));
    linkLayout->addLayout(linkForm, 1);
    linkLayout->addLayout(linkButtons);

    m_pages->addWidget(listPage);
    m_pages->addWidget(editorPage);
    m_pages->addWidget(linkPage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_pages);

    connect(m_add, &QPushButton::clicked, this, &TrustedAdultsTab::addAdult);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid())
            editAdult(current.row());
    });
    connect(m_list, &QTableView::activated, this, [this](const QModelIndex& index) { editAdult(index.row()); });
    connect(m_linkButton, &QPushButton::clicked, this, &TrustedAdultsTab::showLinkSearch);
    connect(m_saveAdult, &QPushButton::clicked, this, &TrustedAdultsTab::save);
    connect(m_cancelAdult, &QPushButton::clicked, this, &TrustedAdultsTab::discardChanges);
    auto* saveKey = new QShortcut(QKeySequence::Save, editorPage);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &TrustedAdultsTab::save);
    routeUndoKeys(m_form, editorPage);
    connect(m_form, &RecordForm::modifiedChanged, this, [this] {
        updateBanner();
        emit unsavedChanged(hasUnsavedChanges());
    });
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        emit unsavedChanged(hasUnsavedChanges());
        keepDraft();
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, &TrustedAdultsTab::search);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) { m_confirmLink->setEnabled(row >= 0); });
    connect(m_results, &QListWidget::itemActivated, this, &TrustedAdultsTab::linkChosen);
    connect(m_confirmLink, &QPushButton::clicked, this, &TrustedAdultsTab::linkChosen);
    connect(m_cancelLink, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(ListPage); });

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &TrustedAdultsTab::keepDraft);
    connect(m_form->undoStack(), &QUndoStack::indexChanged, m_draftTimer, qOverload<>(&QTimer::start));
    connect(m_form->undoStack(), &QUndoStack::indexChanged, this, &TrustedAdultsTab::updateBanner);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (old && m_form->isAncestorOf(old))
            keepDraft();
    });
}

void TrustedAdultsTab::fillRoles(QComboBox* combo)
{
    const domain::FieldDef* role = linkDef().field(kRole);
    for (const QString& value : role->choices)
        combo->addItem(RecordText::label(domain::entity::TrustedAdultLink, kRole, value), value);
}

QString TrustedAdultsTab::chosenRole(const QComboBox* combo) const
{
    return combo->currentData().toString();
}

QString TrustedAdultsTab::draftKey() const
{
    return DraftStore::key(domain::entity::TrustedAdult, m_adult.id());
}

void TrustedAdultsTab::setRecord(const FullRecord& record)
{
    if (record.youngPerson.id() != m_youngPersonId && m_pages->currentIndex() != ListPage)
        closeEditor();
    m_record = record;
    m_youngPersonId = record.youngPerson.id();
    m_model->setAdults(record.trustedAdults);
    m_edit->setEnabled(!record.trustedAdults.isEmpty());
}

bool TrustedAdultsTab::hasUnsavedChanges() const
{
    if (m_pages->currentIndex() != EditorPage)
        return false;
    return m_isNew || m_restored || m_form->isModified() || chosenRole(m_role) != m_link.text(kRole);
}

void TrustedAdultsTab::addAdult()
{
    domain::Record adult(adultDef());
    adult.set(QStringLiteral("id"), domain::createTimeOrderedId());
    adult.set(QStringLiteral("consent"), QStringLiteral("not_asked"));
    adult.stampNew(m_context.actor, m_context.clock->now()); // stamped again on saving
    domain::Record link(linkDef());
    link.set(QStringLiteral("young_person_id"), m_youngPersonId);
    link.set(QStringLiteral("trusted_adult_id"), adult.id());
    link.set(kRole, QStringLiteral("trusted_adult"));
    openEditor(adult, link, true);
    m_editorTitle->setText(tr("New trusted adult"));
}

void TrustedAdultsTab::editAdult(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const FullRecord::LinkedAdult& linked = m_model->adult(row);
    openEditor(linked.adult, linked.link, false);
    m_editorTitle->setText(tr("Trusted adult: %1").arg(RecordText::adultName(linked.adult)));
}

void TrustedAdultsTab::openEditor(const domain::Record& adult, const domain::Record& link, bool isNew)
{
    m_adult = adult;
    m_link = link;
    m_isNew = isNew;
    m_restored = false;
    m_form->setValidator(domain::Validator(m_context.clock->today()));
    m_form->load(adult);
    {
        const QSignalBlocker blocker(m_role);
        m_role->setCurrentIndex(std::max(0, m_role->findData(link.text(kRole))));
    }
    m_message->hide();
    m_pages->setCurrentIndex(EditorPage);
    updateBanner();
    m_role->setFocus(Qt::OtherFocusReason);
    emit unsavedChanged(hasUnsavedChanges());
}

void TrustedAdultsTab::closeEditor()
{
    m_draftTimer->stop();
    m_isNew = false;
    m_restored = false;
    m_pages->setCurrentIndex(ListPage);
    emit unsavedChanged(false);
}

void TrustedAdultsTab::updateBanner()
{
    const domain::Record& adult = m_form->record();
    const bool doNotContact = adult.flag(QStringLiteral("do_not_contact"));
    m_banner->setText(doNotContact ? QStringLiteral("⚠ %1 — %2").arg(RecordText::doNotContactBadge(),
                                                                     TrustedAdultModel::doNotContactTip(adult))
                                   : QString());
    m_banner->setVisible(doNotContact);
}

bool TrustedAdultsTab::save()
{
    if (!hasUnsavedChanges())
        return true;
    m_draftTimer->stop();
    if (!m_form->validateForSave())
        return false;
    QList<RecordWriter::Change> changes{{m_form->record(), m_isNew}};
    domain::Record link = m_link;
    link.set(kRole, chosenRole(m_role));
    if (m_isNew) {
        link.set(QStringLiteral("trusted_adult_id"), m_form->record().id());
        changes.append({link, true});
    } else if (link.text(kRole) != m_link.text(kRole)) {
        changes.append({link, false});
    }
    auto outcome = RecordWriter(*m_context.db, m_context.actor).save(changes, m_context.clock->now(), draftKey());
    if (!outcome.ok() || !outcome->saved) {
        m_message->setText(outcome.ok() ? tr("The adult was not saved: %1").arg(RecordText::issuesText(outcome->issues))
                                        : tr("Could not save the adult: %1").arg(outcome.error().message));
        m_message->show();
        return false;
    }
    closeEditor();
    emit storeChanged();
    return true;
}

void TrustedAdultsTab::keepDraft()
{
    m_draftTimer->stop();
    if (!hasUnsavedChanges() || m_youngPersonId.isEmpty())
        return;
    QJsonObject extra;
    extra.insert(QStringLiteral("is_new"), m_isNew);
    extra.insert(QStringLiteral("role"), chosenRole(m_role));
    extra.insert(QStringLiteral("link_id"), m_link.id());
    writeDraft(draftKey(), m_form->record(), extra);
}

void TrustedAdultsTab::saveDrafts()
{
    keepDraft();
}

void TrustedAdultsTab::discardChanges()
{
    if (m_pages->currentIndex() == EditorPage)
        discardDraft(draftKey());
    closeEditor();
}

std::optional<QDateTime> TrustedAdultsTab::restoreDrafts()
{
    for (const Draft& draft : draftsWithPrefix(kDraftPrefix, adultDef())) {
        const bool isNew = draft.extra.value(QStringLiteral("is_new")).toBool();
        domain::Record link(linkDef());
        for (const FullRecord::LinkedAdult& linked : std::as_const(m_record.trustedAdults)) {
            if (linked.adult.id() == draft.record.id())
                link = linked.link;
        }
        if (!isNew && !link.has(QStringLiteral("id")))
            continue; // the adult was unlinked since: nothing to bring back into
        if (isNew) {
            link.set(QStringLiteral("young_person_id"), m_youngPersonId);
            link.set(QStringLiteral("trusted_adult_id"), draft.record.id());
            link.set(kRole, draft.extra.value(QStringLiteral("role")).toString());
        }
        openEditor(draft.record, link, isNew);
        m_role->setCurrentIndex(std::max(0, m_role->findData(draft.extra.value(QStringLiteral("role")).toString())));
        m_restored = true;
        m_editorTitle->setText(tr("Trusted adult (restored)"));
        m_message->setText(tr("Restored unsaved changes from %1.").arg(RecordText::dateTime(draft.savedAt)));
        m_message->show();
        emit unsavedChanged(true);
        return draft.savedAt;
    }
    return std::nullopt;
}

void TrustedAdultsTab::showLinkSearch()
{
    m_searchEdit->clear();
    m_results->clear();
    m_found.clear();
    m_pages->setCurrentIndex(LinkPage);
    m_searchEdit->setFocus(Qt::OtherFocusReason);
}

void TrustedAdultsTab::search(const QString& text)
{
    m_results->clear();
    auto found = TrustedAdultQueries(*m_context.db).searchByName(text, m_youngPersonId);
    m_found = found.ok() ? found.value() : QList<domain::Record>{};
    for (const domain::Record& adult : std::as_const(m_found)) {
        QStringList parts{RecordText::adultName(adult), adult.text(QStringLiteral("relationship"))};
        const QString phone = adult.text(QStringLiteral("phone_primary"));
        if (!phone.isEmpty())
            parts << domain::PhoneNumbers::formatNational(phone);
        const bool doNotContact = adult.flag(QStringLiteral("do_not_contact"));
        if (doNotContact)
            parts.prepend(RecordText::doNotContactBadge());
        auto* item = new QListWidgetItem(parts.join(QStringLiteral(" — ")), m_results);
        if (doNotContact) {
            item->setIcon(RecordText::warningIcon(this));
            item->setToolTip(TrustedAdultModel::doNotContactTip(adult));
        }
    }
    if (!m_found.isEmpty())
        m_results->setCurrentRow(0);
    m_confirmLink->setEnabled(!m_found.isEmpty());
}

void TrustedAdultsTab::linkChosen()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_found.size())
        return;
    domain::Record link(linkDef());
    link.set(QStringLiteral("young_person_id"), m_youngPersonId);
    link.set(QStringLiteral("trusted_adult_id"), m_found.at(row).id());
    link.set(kRole, chosenRole(m_linkRole));
    auto outcome = RecordWriter(*m_context.db, m_context.actor).save(link, true, m_context.clock->now());
    if (!outcome.ok() || !outcome->saved) {
        emit problem(outcome.ok() ? tr("The adult could not be linked.")
                                  : tr("Could not link the adult: %1").arg(outcome.error().message));
        return;
    }
    m_pages->setCurrentIndex(ListPage);
    emit storeChanged();
}

} // namespace trellis::ui
