#include "SyncReplies.h"

#include "domain/Entities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

#include <cmath>
#include <utility>

namespace trellis::sync {

using central::CentralError;

namespace {

CentralError invalid(const QString& reply, const QString& what)
{
    return CentralError::make(CentralError::Kind::Invalid,
                              QStringLiteral("The central store's reply to %1 is not valid: %2.").arg(reply, what));
}

std::optional<QJsonDocument> parse(const QByteArray& json)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return std::nullopt;
    return document;
}

// A JSON number that is a whole number a qint64 holds exactly.
std::optional<qint64> wholeNumber(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || std::fabs(number) > 9007199254740992.0)
        return std::nullopt;
    return qint64(number);
}

const QString kPush = QStringLiteral("push");
const QString kPull = QStringLiteral("pull");

std::optional<PushResult::Outcome> outcomeOf(const QString& name)
{
    if (name == QLatin1String("applied"))
        return PushResult::Outcome::Applied;
    if (name == QLatin1String("conflict"))
        return PushResult::Outcome::Conflict;
    if (name == QLatin1String("rejected"))
        return PushResult::Outcome::Rejected;
    return std::nullopt;
}

// One result; `where` is "result N" for the messages.
central::CentralResult<PushResult> pushResult(const QJsonValue& value, const QString& expectedId, const QString& where)
{
    if (!value.isObject())
        return invalid(kPush, QStringLiteral("%1 is not an object").arg(where));
    const QJsonObject object = value.toObject();
    PushResult result;
    const QJsonValue changeId = object.value(QStringLiteral("change_id"));
    if (!changeId.isString() || !SyncReplies::isUuid(changeId.toString()))
        return invalid(kPush, QStringLiteral("%1 has no \"change_id\" (a UUID)").arg(where));
    result.changeId = changeId.toString().toLower();
    if (result.changeId != expectedId.toLower())
        return invalid(kPush, QStringLiteral("%1 has the \"change_id\" of another change").arg(where));
    const auto outcome = outcomeOf(object.value(QStringLiteral("result")).toString());
    if (!outcome)
        return invalid(kPush, QStringLiteral("%1 has no \"result\" (applied, conflict or rejected)").arg(where));
    result.outcome = *outcome;
    const QJsonValue version = object.value(QStringLiteral("server_version"));
    if (!version.isNull() && !version.isUndefined()) {
        const auto number = wholeNumber(version);
        if (!number || *number < 1)
            return invalid(
                kPush, QStringLiteral("%1 has a \"server_version\" that is not a positive whole number").arg(where));
        result.serverVersion = *number;
    }
    if (result.outcome != PushResult::Outcome::Rejected && !result.serverVersion)
        return invalid(kPush, QStringLiteral("%1 has no \"server_version\"").arg(where));
    const QJsonValue fields = object.value(QStringLiteral("conflict_fields"));
    if (!fields.isUndefined() && !fields.isNull()) {
        if (!fields.isArray())
            return invalid(kPush, QStringLiteral("%1 has a \"conflict_fields\" that is not a list").arg(where));
        for (const QJsonValue& field : fields.toArray()) {
            if (!field.isString() || field.toString().isEmpty())
                return invalid(
                    kPush, QStringLiteral("%1 has a \"conflict_fields\" entry that is not a field name").arg(where));
            result.conflictFields.append(field.toString());
        }
    }
    if (result.outcome == PushResult::Outcome::Conflict && result.conflictFields.isEmpty())
        return invalid(kPush, QStringLiteral("%1 is a conflict without \"conflict_fields\"").arg(where));
    const QJsonValue reason = object.value(QStringLiteral("reason"));
    if (!reason.isNull() && !reason.isUndefined() && !reason.isString())
        return invalid(kPush, QStringLiteral("%1 has a \"reason\" that is not text").arg(where));
    result.reason = reason.toString();
    if (result.outcome == PushResult::Outcome::Rejected && result.reason.isEmpty())
        return invalid(kPush, QStringLiteral("%1 is a rejection without a \"reason\"").arg(where));
    return result;
}

// The column names of a table in a pull page: distinct names, "id" and "deleted" among them.
std::optional<QStringList> columnNames(const QJsonValue& value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList names;
    for (const QJsonValue& name : value.toArray()) {
        if (!name.isString() || name.toString().isEmpty() || names.contains(name.toString()))
            return std::nullopt;
        names.append(name.toString());
    }
    if (!names.contains(QLatin1String("id")) || !names.contains(QLatin1String("deleted")))
        return std::nullopt;
    return names;
}

// One row of a table: [server_version, young_person_id or null, value per column].
central::CentralResult<PulledRow> pulledRow(const QJsonValue& value, const QString& entity, const QStringList& columns,
                                            const QString& where)
{
    if (!value.isArray() || value.toArray().size() != columns.size() + 2)
        return invalid(kPull, QStringLiteral("%1 is not a list of %2 values").arg(where).arg(columns.size() + 2));
    const QJsonArray values = value.toArray();
    PulledRow row;
    row.entity = entity;
    for (qsizetype i = 0; i < columns.size(); ++i)
        row.fields.insert(columns.at(i), values.at(i + 2));
    const QJsonValue id = row.fields.value(QStringLiteral("id"));
    if (!id.isString() || !SyncReplies::isUuid(id.toString()))
        return invalid(kPull, QStringLiteral("%1 has no \"id\" (a UUID)").arg(where));
    row.id = id.toString().toLower();
    const QString named = QStringLiteral("%1 (%2)").arg(where, row.id);
    const auto version = wholeNumber(values.at(0));
    if (!version || *version < 1)
        return invalid(kPull, QStringLiteral("%1 has no server_version (a positive whole number) first").arg(named));
    row.serverVersion = *version;
    const QJsonValue owner = values.at(1);
    if (!owner.isNull()) {
        if (!owner.isString() || !SyncReplies::isUuid(owner.toString()))
            return invalid(kPull, QStringLiteral("%1 has a young_person_id second that is not a UUID").arg(named));
        row.youngPersonId = owner.toString().toLower();
    }
    if (!row.fields.value(QStringLiteral("deleted")).isBool())
        return invalid(kPull, QStringLiteral("%1 has no field \"deleted\" (true or false)").arg(named));
    return row;
}

// One table of a page: {"entity", "columns", "rows"}; its rows are appended to `rows`, at most
// `maxRows` in all.
std::optional<CentralError> tableRows(const QJsonValue& value, const QString& where, int maxRows,
                                      QList<PulledRow>& rows)
{
    if (!value.isObject())
        return invalid(kPull, QStringLiteral("%1 is not an object").arg(where));
    const QJsonObject object = value.toObject();
    const domain::EntityDef* def = domain::Entities::find(object.value(QStringLiteral("entity")).toString());
    if (!def || !def->syncable)
        return invalid(kPull, QStringLiteral("%1 has no \"entity\" that syncs").arg(where));
    const QString named = QStringLiteral("%1 (%2)").arg(where, def->name);
    const auto columns = columnNames(object.value(QStringLiteral("columns")));
    if (!columns)
        return invalid(kPull,
                       QStringLiteral("%1 has no \"columns\" list of distinct names with \"id\" and \"deleted\"")
                           .arg(named));
    const QJsonValue list = object.value(QStringLiteral("rows"));
    if (!list.isArray())
        return invalid(kPull, QStringLiteral("%1 has no \"rows\" list").arg(named));
    const QJsonArray array = list.toArray();
    if (rows.size() + array.size() > maxRows)
        return invalid(kPull, QStringLiteral("it holds more than the %1 rows asked for").arg(maxRows));
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto row = pulledRow(array.at(i), def->name, *columns, QStringLiteral("row %1 of %2").arg(i + 1).arg(named));
        if (!row.ok())
            return row.error();
        rows.append(row.takeValue());
    }
    return std::nullopt;
}

const QString kConflicts = QStringLiteral("the open conflicts");

// A time as PostgreSQL writes a timestamptz in JSON (an offset, up to microseconds), in UTC.
std::optional<QDateTime> timeOf(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    const QDateTime moment = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!moment.isValid())
        return std::nullopt;
    return moment.toUTC();
}

// One row of trellis_conflicts(); `where` is "conflict N" for the messages.
central::CentralResult<Conflict> conflictOf(const QJsonValue& value, const QString& where)
{
    if (!value.isObject())
        return invalid(kConflicts, QStringLiteral("%1 is not an object").arg(where));
    const QJsonObject object = value.toObject();
    const auto missing = [&](const QString& key, const QString& what) {
        return invalid(kConflicts, QStringLiteral("%1 has no \"%2\" (%3)").arg(where, key, what));
    };
    Conflict conflict;
    for (const auto& [key, target] :
         {std::pair{QStringLiteral("id"), &conflict.id}, std::pair{QStringLiteral("record_id"), &conflict.recordId}}) {
        const QJsonValue id = object.value(key);
        if (!id.isString() || !SyncReplies::isUuid(id.toString()))
            return missing(key, QStringLiteral("a UUID"));
        *target = id.toString().toLower();
    }
    const domain::EntityDef* def = domain::Entities::find(object.value(QStringLiteral("entity")).toString());
    if (!def || !def->syncable)
        return missing(QStringLiteral("entity"), QStringLiteral("an entity that syncs"));
    conflict.entity = def->name;
    const QJsonValue owner = object.value(QStringLiteral("young_person_id"));
    if (!owner.isNull()) {
        if (!owner.isString() || !SyncReplies::isUuid(owner.toString()))
            return missing(QStringLiteral("young_person_id"), QStringLiteral("a UUID or null"));
        conflict.youngPersonId = owner.toString().toLower();
    }
    const QString field = object.value(QStringLiteral("field")).toString();
    if (field != QLatin1String("deleted") && !def->field(field))
        return missing(QStringLiteral("field"), QStringLiteral("a field of the %1").arg(def->name));
    conflict.field = field;
    if (object.value(QStringLiteral("status")).toString() != QLatin1String("open"))
        return missing(QStringLiteral("status"), QStringLiteral("\"open\""));
    for (const auto& [key, target] : {std::pair{QStringLiteral("base_value"), &conflict.base},
                                      std::pair{QStringLiteral("server_value"), &conflict.current},
                                      std::pair{QStringLiteral("incoming_value"), &conflict.other}}) {
        if (!object.contains(key))
            return missing(key, QStringLiteral("a value or null"));
        *target = object.value(key);
    }
    for (const auto& [key, target] : {std::pair{QStringLiteral("server_login"), &conflict.currentLogin},
                                      std::pair{QStringLiteral("incoming_made_by"), &conflict.otherMadeBy}}) {
        const QJsonValue text = object.value(key);
        if (!text.isNull() && !text.isString())
            return missing(key, QStringLiteral("text or null"));
        *target = text.toString();
    }
    const QJsonValue login = object.value(QStringLiteral("incoming_login"));
    if (!login.isString() || login.toString().isEmpty())
        return missing(QStringLiteral("incoming_login"), QStringLiteral("a login"));
    conflict.otherLogin = login.toString();
    const QJsonValue changed = object.value(QStringLiteral("server_changed_at"));
    if (!changed.isNull()) {
        const auto moment = timeOf(changed);
        if (!moment)
            return missing(QStringLiteral("server_changed_at"), QStringLiteral("a time or null"));
        conflict.currentChangedAt = *moment;
    }
    for (const auto& [key, target] : {std::pair{QStringLiteral("incoming_made_at"), &conflict.otherMadeAt},
                                      std::pair{QStringLiteral("opened_at"), &conflict.openedAt}}) {
        const auto moment = timeOf(object.value(key));
        if (!moment)
            return missing(key, QStringLiteral("a time"));
        *target = *moment;
    }
    return conflict;
}

} // namespace

bool SyncReplies::isUuid(const QString& text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

central::CentralResult<QList<PushResult>> SyncReplies::pushResults(const QByteArray& json,
                                                                   const QStringList& sentChangeIds)
{
    const auto document = parse(json);
    if (!document || !document->isArray())
        return invalid(kPush, QStringLiteral("it is not a JSON array"));
    const QJsonArray array = document->array();
    if (array.size() != sentChangeIds.size())
        return invalid(
            kPush, QStringLiteral("it holds %1 results for %2 changes").arg(array.size()).arg(sentChangeIds.size()));
    QList<PushResult> results;
    results.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto result = pushResult(array.at(i), sentChangeIds.at(i), QStringLiteral("result %1").arg(i + 1));
        if (!result.ok())
            return result.error();
        results.append(result.takeValue());
    }
    return results;
}

central::CentralResult<PullPage> SyncReplies::pullPage(const QByteArray& json, int maxRows)
{
    const auto document = parse(json);
    if (!document || !document->isObject())
        return invalid(kPull, QStringLiteral("it is not a JSON object"));
    const QJsonObject object = document->object();
    PullPage page;
    const QJsonValue tables = object.value(QStringLiteral("tables"));
    if (!tables.isArray())
        return invalid(kPull, QStringLiteral("it has no \"tables\" list"));
    const QJsonArray array = tables.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (auto failed = tableRows(array.at(i), QStringLiteral("table %1").arg(i + 1), maxRows, page.rows))
            return *failed;
    }
    const QJsonValue cursor = object.value(QStringLiteral("cursor"));
    if (!cursor.isString() || cursor.toString().isEmpty())
        return invalid(kPull, QStringLiteral("it has no \"cursor\" (text)"));
    page.cursor = cursor.toString();
    const QJsonValue complete = object.value(QStringLiteral("complete"));
    if (!complete.isBool())
        return invalid(kPull, QStringLiteral("it has no \"complete\" (true or false)"));
    page.complete = complete.toBool();
    return page;
}

central::CentralResult<QStringList> SyncReplies::idList(const QByteArray& json, const QString& reply)
{
    const auto document = parse(json);
    if (!document || !document->isArray())
        return invalid(reply, QStringLiteral("it is not a JSON array"));
    QStringList ids;
    const QJsonArray array = document->array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue id = array.at(i);
        if (!id.isString() || !isUuid(id.toString()))
            return invalid(reply, QStringLiteral("entry %1 is not a UUID").arg(i + 1));
        ids.append(id.toString().toLower());
    }
    return ids;
}

central::CentralResult<QList<Conflict>> SyncReplies::conflicts(const QByteArray& json)
{
    const auto document = parse(json);
    if (!document || !document->isArray())
        return invalid(kConflicts, QStringLiteral("it is not a JSON array"));
    const QJsonArray array = document->array();
    QList<Conflict> conflicts;
    conflicts.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto conflict = conflictOf(array.at(i), QStringLiteral("conflict %1").arg(i + 1));
        if (!conflict.ok())
            return conflict.error();
        conflicts.append(conflict.takeValue());
    }
    return conflicts;
}

} // namespace trellis::sync
