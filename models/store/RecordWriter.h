#pragma once

#include "Database.h"
#include "Result.h"
#include "domain/Record.h"
#include "domain/ValidationIssue.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace trellis {

// What RecordWriter::save did. saved is false when a record had errors; then nothing was written
// and `issues` are that record's, `failedIndex` says which one.
struct SaveOutcome {
    bool saved = false;
    QList<domain::Record> records; // as stored: stamped and normalised
    domain::ValidationIssues issues;
    qsizetype failedIndex = -1;
};

// Saves records an editor changed, the way every editor must: validate, stamp, write, mark dirty
// for sync, audit, and forget the draft, all in one transaction so that a record is never saved
// without its audit event or leaves a stale draft behind.
class RecordWriter {
public:
    struct Change {
        domain::Record record;
        bool isNew = false; // insert and audit 'create'; otherwise update and audit 'update'
    };

    RecordWriter(Database& db, QString actor) : m_db(db), m_actor(std::move(actor)) {}

    // Several records at once (a new trusted adult and the link to the young person): all are
    // saved or none. `draftKey`, when given, is discarded in the same transaction.
    Result<SaveOutcome> save(QList<Change> changes, const QDateTime& now, const QString& draftKey = {});
    Result<SaveOutcome> save(const domain::Record& record, bool isNew, const QDateTime& now,
                             const QString& draftKey = {});

    // A 'view' audit event: every opening of a record is one.
    Result<void> recordView(const QString& entity, const QString& id, const QDateTime& now);

private:
    Database& m_db;
    QString m_actor;
};

} // namespace trellis
