#include "RecordTab.h"

#include "forms/RecordForm.h"
#include "io/RecordJson.h"
#include "session/Clock.h"
#include "store/DraftStore.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QShortcut>
#include <QTableView>
#include <QUndoStack>

namespace trellis::ui {

Q_LOGGING_CATEGORY(lcRecord, "trellis.ui.record")

namespace {

// Lets the QShortcuts of the tab see Undo and Redo, which a focused line edit would otherwise
// claim for its own single-field undo.
class UndoKeyFilter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
                key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z)) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

RecordTab::RecordTab(const RecordContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
}

RecordTab::~RecordTab()
{
    // Deleting the focused input moves focus while the tab's children go; no tab may hear of it
    // with half its widgets gone.
    disconnect(qApp, nullptr, this, nullptr);
    // An undo stack clears itself (and says so) as it goes, after this tab's members are gone.
    for (RecordForm* form : findChildren<RecordForm*>())
        disconnect(form->undoStack(), nullptr, nullptr, nullptr);
}

bool RecordTab::writeDraft(const QString& key, const domain::Record& record, const QJsonObject& extra)
{
    const QDateTime now = m_context.clock->now();
    QJsonObject payload;
    payload.insert(QStringLiteral("record"), io::RecordJson::toJson(record));
    payload.insert(QStringLiteral("extra"), extra);
    payload.insert(QStringLiteral("saved_at"), now.toUTC().toString(Qt::ISODate));
    const auto saved = DraftStore(*m_context.db).save(key, m_youngPersonId, payload, now);
    if (!saved.ok()) {
        // Ids and the error's own words only: a draft's content never goes to a log.
        qCWarning(lcRecord) << "could not keep a draft for" << m_youngPersonId << saved.error().message;
        emit problem(tr("Unsaved changes could not be kept as a draft: %1").arg(saved.error().message));
        return false;
    }
    return true;
}

void RecordTab::setUpRecordList(QTableView* list, QAbstractItemModel* model, const QString& accessibleName)
{
    list->setAccessibleName(accessibleName);
    list->setAccessibleDescription(tr("One a row; the arrow keys move through it, Tab leaves it"));
    list->setModel(model);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setTabKeyNavigation(false); // Tab moves on to the next control; the arrows move in the list
    list->verticalHeader()->hide();
    list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->horizontalHeader()->setStretchLastSection(true);
}

QList<RecordTab::Draft> RecordTab::draftsWithPrefix(const QString& prefix, const domain::EntityDef& def)
{
    QList<Draft> drafts;
    const auto keys = DraftStore(*m_context.db).keysFor(m_youngPersonId);
    if (!keys.ok())
        return drafts;
    for (const QString& key : keys.value()) {
        if (!key.startsWith(prefix))
            continue;
        if (auto draft = readDraft(key, def))
            drafts.append(std::move(*draft));
    }
    return drafts;
}

std::optional<RecordTab::Draft> RecordTab::readDraft(const QString& key, const domain::EntityDef& def)
{
    auto loaded = DraftStore(*m_context.db).load(key);
    if (!loaded.ok() || !loaded.value())
        return std::nullopt;
    const QJsonObject payload = *loaded.value();
    domain::ValidationIssues issues;
    Draft draft{io::RecordJson::fromJson(payload.value(QStringLiteral("record")).toObject(), def, issues),
                payload.value(QStringLiteral("extra")).toObject(),
                QDateTime::fromString(payload.value(QStringLiteral("saved_at")).toString(), Qt::ISODate)};
    return draft;
}

void RecordTab::discardDraft(const QString& key)
{
    if (auto discarded = DraftStore(*m_context.db).discard(key); !discarded.ok())
        qCWarning(lcRecord) << "could not discard a draft for" << m_youngPersonId << discarded.error().message;
}

void RecordTab::routeUndoKeys(RecordForm* form, QWidget* scope)
{
    auto* filter = new UndoKeyFilter(form);
    for (const QString& field : form->fields()) {
        if (QWidget* editor = form->editor(field))
            editor->installEventFilter(filter);
    }
    auto* undo = new QShortcut(QKeySequence::Undo, scope);
    undo->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QShortcut::activated, form, &RecordForm::undo);
    auto* redo = new QShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_Z), scope);
    redo->setContext(Qt::WidgetWithChildrenShortcut);
    connect(redo, &QShortcut::activated, form, &RecordForm::redo);
}

} // namespace trellis::ui
