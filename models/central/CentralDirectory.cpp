#include "CentralDirectory.h"

#include "PgConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QUuid>

namespace trellis::central {

namespace {

using Kind = CentralError::Kind;

CentralError malformed(const QString& function, const QString& key)
{
    return CentralError::make(Kind::Invalid,
                              QStringLiteral("The central store's answer to %1 is malformed: \"%2\" is missing or of "
                                             "the wrong type. Is the central store the version this program expects?")
                                  .arg(function, key));
}

// The one JSON value a function returned, or why there is none.
CentralResult<QJsonValue> singleJson(CentralResult<PgRows> rows, const QString& function)
{
    if (!rows.ok())
        return rows.error();
    if (rows->rowCount() != 1 || rows->columnCount() != 1)
        return malformed(function, QStringLiteral("(one value)"));
    if (rows->isNull(0, 0))
        return QJsonValue(QJsonValue::Null);
    // Wrapped in an array so that any JSON value, not only an object, parses.
    QJsonParseError parseError{};
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + rows->text(0, 0).toUtf8() + QByteArray("]"), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return malformed(function, QStringLiteral("(JSON)"));
    return document.array().first();
}

bool readText(const QJsonObject& object, const char* key, QString* out, bool allowEmpty = false)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString() || (!allowEmpty && value.toString().isEmpty()))
        return false;
    *out = value.toString();
    return true;
}

// The server's refusals name what is wrong ("young_person: not visible"); the kind says what
// the desktop can do about it.
CentralError refusal(const CentralError& error)
{
    if (error.sqlState == QLatin1String("P0002"))
        return CentralError::make(Kind::NotFound, QStringLiteral("The central store refused: %1.").arg(error.detail),
                                  error.sqlState, error.detail);
    if (error.sqlState == QLatin1String("22023"))
        return CentralError::make(Kind::Invalid, QStringLiteral("The central store refused: %1.").arg(error.detail),
                                  error.sqlState, error.detail);
    return error;
}

} // namespace

CentralResult<CentralDirectory::Me> CentralDirectory::whoami()
{
    const QString function = QStringLiteral("trellis_whoami");
    auto value = singleJson(m_connection.exec(QStringLiteral("SELECT trellis.trellis_whoami()::text")), function);
    if (!value.ok())
        return refusal(value.error());
    if (value->isNull())
        return CentralError::make(Kind::NotFound,
                                  QStringLiteral("This login is not an active worker of the central store."));
    if (!value->isObject())
        return malformed(function, QStringLiteral("(object)"));
    const QJsonObject object = value->toObject();
    Me me;
    if (!readText(object, "login", &me.login))
        return malformed(function, QStringLiteral("login"));
    if (!readText(object, "worker_id", &me.workerId) || QUuid::fromString(me.workerId).isNull())
        return malformed(function, QStringLiteral("worker_id"));
    if (!readText(object, "display_name", &me.displayName))
        return malformed(function, QStringLiteral("display_name"));
    if (!readText(object, "role", &me.role))
        return malformed(function, QStringLiteral("role"));
    if (!readText(object, "team", &me.team))
        return malformed(function, QStringLiteral("team"));
    return me;
}

CentralResult<QList<CentralDirectory::TeamWorker>> CentralDirectory::teamWorkers()
{
    const QString function = QStringLiteral("trellis_team_workers");
    auto value = singleJson(m_connection.exec(QStringLiteral("SELECT trellis.trellis_team_workers()::text")), function);
    if (!value.ok())
        return refusal(value.error());
    if (!value->isArray())
        return malformed(function, QStringLiteral("(array)"));
    QList<TeamWorker> workers;
    for (const QJsonValue& each : value->toArray()) {
        if (!each.isObject())
            return malformed(function, QStringLiteral("(worker object)"));
        const QJsonObject object = each.toObject();
        TeamWorker worker;
        if (!readText(object, "login", &worker.login))
            return malformed(function, QStringLiteral("login"));
        if (!readText(object, "display_name", &worker.displayName))
            return malformed(function, QStringLiteral("display_name"));
        if (!readText(object, "role", &worker.role))
            return malformed(function, QStringLiteral("role"));
        if (!readText(object, "team", &worker.team))
            return malformed(function, QStringLiteral("team"));
        const QJsonValue allocated = object.value(QLatin1String("allocated"));
        if (!allocated.isDouble() || allocated.toDouble() < 0 || allocated.toDouble() != double(allocated.toInteger()))
            return malformed(function, QStringLiteral("allocated"));
        worker.allocated = allocated.toInteger();
        workers.append(worker);
    }
    return workers;
}

CentralResult<CentralDirectory::Reallocation> CentralDirectory::reallocate(const QString& youngPersonId,
                                                                           const QString& toLogin)
{
    const QUuid id = QUuid::fromString(youngPersonId);
    if (id.isNull())
        return CentralError::make(
            Kind::Invalid,
            QStringLiteral("young_person: \"%1\" is not a young person's id.").arg(youngPersonId.left(40)));
    if (toLogin.trimmed().isEmpty())
        return CentralError::make(Kind::Invalid, QStringLiteral("to_login: choose the worker to move them to."));
    const QString function = QStringLiteral("trellis_reallocate");
    auto value = singleJson(m_connection.exec(QStringLiteral("SELECT trellis.trellis_reallocate($1::uuid, $2)::text"),
                                              {id.toString(QUuid::WithoutBraces), toLogin}),
                            function);
    if (!value.ok())
        return refusal(value.error());
    if (!value->isObject())
        return malformed(function, QStringLiteral("(object)"));
    const QJsonObject object = value->toObject();
    Reallocation result;
    if (!readText(object, "previous_login", &result.previousLogin))
        return malformed(function, QStringLiteral("previous_login"));
    if (!readText(object, "login", &result.login))
        return malformed(function, QStringLiteral("login"));
    const QJsonValue changed = object.value(QLatin1String("changed"));
    if (!changed.isBool())
        return malformed(function, QStringLiteral("changed"));
    result.changed = changed.toBool();
    return result;
}

} // namespace trellis::central
