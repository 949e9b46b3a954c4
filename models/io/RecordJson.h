#pragma once

#include "domain/Record.h"
#include "domain/ValidationIssue.h"

#include <QJsonObject>
#include <QJsonValue>

namespace trellis::io {

// A record as one JSON object: {"entity": "young_person", "id": "...", "given_name": ...}.
// Dates are "YYYY-MM-DD", times UTC ISO 8601, booleans true/false, absent fields omitted.
class RecordJson {
public:
    static QJsonObject toJson(const domain::Record& record);
    // One field's value in that encoding; undefined when the record leaves it out. Sync changes
    // (models/sync) encode their values with it too, so a value reads the same in both.
    static QJsonValue fieldValue(const domain::Record& record, const domain::FieldDef& field);
    // Decodes the fields of `object` into a record of `def`; type mistakes become issues that
    // name the field. The "entity" key is not a field and is skipped. Ids and references are
    // read in lower case, as Trellis writes them.
    static domain::Record fromJson(const QJsonObject& object, const domain::EntityDef& def,
                                   domain::ValidationIssues& issues);
};

} // namespace trellis::io
