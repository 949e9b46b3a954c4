#pragma once

#include "domain/Record.h"
#include "store/CaseloadQueries.h"

#include <QDateTime>
#include <QJsonObject>
#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QTableView;

namespace trellis {
class Clock;
class Database;
} // namespace trellis

namespace trellis::ui {

class RecordForm;

// What every tab of the record view is given: the open store, the clock and who is working.
struct RecordContext {
    Database* db = nullptr;
    const Clock* clock = nullptr;
    QString actor;
};

// One tab of the record view. Each tab owns its editors; the view asks every tab the same
// questions before leaving, locking or saving, so a tab added later cannot forget one.
class RecordTab : public QWidget {
    Q_OBJECT
public:
    RecordTab(const RecordContext& context, QWidget* parent);
    ~RecordTab() override;

    // The record as it is stored now. Lists are refreshed; editors keep unsaved edits.
    virtual void setRecord(const FullRecord& record) = 0;
    virtual bool hasUnsavedChanges() const = 0;
    // Saves every unsaved editor; false when something cannot be saved (the problems are shown
    // beside their fields and focus is on the first).
    virtual bool save() = 0;
    // Writes every unsaved editor's state to the encrypted draft table; never discards it.
    virtual void saveDrafts() = 0;
    // Puts every editor back to what is stored and forgets its drafts.
    virtual void discardChanges() = 0;
    // After open(): brings back any draft this tab left; returns the time of the newest one.
    virtual std::optional<QDateTime> restoreDrafts() { return std::nullopt; }

    QString youngPersonId() const { return m_youngPersonId; }

signals:
    void unsavedChanged(bool unsaved);
    // Something was written to the store: the view reloads the record.
    void storeChanged();
    // A message for the worker that is not about one field ("Could not save: ...").
    void problem(const QString& message);

protected:
    struct Draft {
        domain::Record record;
        QJsonObject extra;
        QDateTime savedAt;
    };

    // The draft payload: the record as JSON, the editor's extra state and when it was written.
    bool writeDraft(const QString& key, const domain::Record& record, const QJsonObject& extra = {});
    std::optional<Draft> readDraft(const QString& key, const domain::EntityDef& def);
    // This young person's readable drafts whose keys start with `prefix`, oldest first.
    QList<Draft> draftsWithPrefix(const QString& prefix, const domain::EntityDef& def);
    void discardDraft(const QString& key);
    // Stops Ctrl+Z / Ctrl+Shift+Z reaching a line edit's own undo, and sends them to the form's
    // QUndoStack instead, so undo steps through whole field edits in any field.
    static void routeUndoKeys(RecordForm* form, QWidget* scope);
    // A list of records: whole rows selected one at a time, never edited in place (editing
    // happens in the form), columns sized to their contents, and Tab moving on to the next
    // control rather than from cell to cell.
    static void setUpRecordList(QTableView* list, QAbstractItemModel* model, const QString& accessibleName);

    RecordContext m_context;
    QString m_youngPersonId;
};

} // namespace trellis::ui
