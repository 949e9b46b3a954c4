#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace trellis::domain {

enum class FieldType {
    Uuid,      // a record id: 36-character UUID text
    Reference, // the id of a record of another entity (FieldDef::target)
    Text,
    Date,      // a calendar date, ISO 8601 in the store and in JSON
    DateTime,  // a moment, UTC ISO 8601
    Integer,
    Boolean,
    Enum,      // one of FieldDef::choices
    Phone,     // a UK phone number, stored in E.164
    Email,
};

struct FieldDef {
    QString name;       // column name and JSON key
    FieldType type = FieldType::Text;
    bool required = false;
    int maxLength = 0;  // text only; 0 means no limit beyond the type's
    QStringList choices; // enums only
    QString target;     // references only: the entity referred to
    int minimum = 0;    // integers only
    int maximum = 0;
    QString label;      // what a person calls it, used in every message
    bool notInFuture = false; // dates and times of things that have already happened
    // For a field added after records were first written (schema 8 on): the value a record
    // without it means, filled in by the validator, so that an older export, import file or
    // laptop still validates and nothing it holds is refused for lacking a field it never had.
    QString absentMeans = {};
};

// One kind of record: its table, its fields, and how it syncs. Every part of Trellis that
// reads, writes, validates, imports or exports a record works from this description, so a
// field is added in one place (and in a migration).
struct EntityDef {
    QString name;  // entity type in JSON Lines and audit events; also the table name
    QString label; // for people
    QList<FieldDef> fields;
    bool syncable = true;    // has created/updated/server_version/dirty/deleted columns
    bool appendOnly = false; // never updated once written

    const FieldDef* field(const QString& fieldName) const;
    QStringList columnNames() const;
    // Builds the name index that field() uses; Entities calls it once for each definition.
    void indexFields();

    QHash<QString, qsizetype> fieldIndex = {}; // name -> position in fields, from indexFields()
};

// The standard columns that every syncable record carries after its own fields.
QList<FieldDef> syncMetadataFields();

} // namespace trellis::domain
