#pragma once

#include "Change.h"
#include "domain/Record.h"

#include <QJsonValue>

#include <optional>

namespace trellis::sync {

// Works out the change a write makes, from the row as it is stored and the record about to be
// written (docs/sync.md). Pure: it reads and writes nothing, so RecordRepository decides where
// the change goes and tests can check the rules without a store.
class ChangeCapture {
public:
    // A record as it is in the store, with the two sync columns that are not record fields.
    struct Stored {
        domain::Record record;
        std::optional<qint64> serverVersion;
        bool deleted = false;
    };

    static inline const QString kDeleted = QStringLiteral("deleted");

    // Every field but the id and the stamps, each with base null.
    static Change forInsert(const domain::Record& record);
    // Only the fields whose value differs; a change with no fields when nothing but stamps differ.
    static Change forUpdate(const Stored& stored, const domain::Record& record);
    // A tombstone: `deleted` from false to true.
    static Change forDelete(const Stored& stored, const QString& madeBy, const QDateTime& madeAt);

    // Whether a change may carry this field: never the id (that is record_id) nor the stamps
    // (created_*, updated_*; server_version, dirty and deleted are not record fields), which
    // every write changes and the central store sets for itself.
    static bool isChangeField(const domain::EntityDef& def, const QString& field);
    // A field's value as the wire carries it. A boolean the record leaves out is false, because
    // the store writes it as 0.
    static QJsonValue wireValue(const domain::Record& record, const domain::FieldDef& field);
    // The young person a record belongs to: itself, or its young_person_id. Empty for records
    // that belong to none directly (a trusted adult, a worker, a plan item: the outbox finds the
    // item's through its plan).
    static QString youngPersonOf(const domain::Record& record);
};

} // namespace trellis::sync
