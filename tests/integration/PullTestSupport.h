#pragma once

// What the central pull tests share (tst_central_pull): fictional ids and changes in the
// docs/sync.md format, and a worker's view of trellis_pull, trellis_revoked and trellis_push over
// their own TLS connection, with every page decoded as the client decodes it.

#include "CentralFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <memory>
#include <tuple>

namespace trellis::test::pull {

// Y1, Y2 are Ash's; Y3 Bay's; Y4 Juniper's (South); Y5 nobody's; Y6 Dale's. Y99 does not exist.
QString yp(int n);
QString rec(int n);
QString newId();
QJsonObject change(const QString& entity, const QString& record, const QString& op,
                   const QList<std::tuple<QString, QJsonValue, QJsonValue>>& fields);
QJsonObject insert(const QString& entity, const QString& record, const QList<std::pair<QString, QJsonValue>>& values);
QJsonObject update(const QString& entity, const QString& record, const QString& field, const QJsonValue& base,
                   const QJsonValue& next);
QJsonObject plan(const QString& id, const QString& youngPerson, int version);
QJsonObject contact(const QString& id, const QString& youngPerson);
QJsonObject adult(const QString& id);
QJsonObject link(const QString& id, const QString& youngPerson, const QString& adultId);
QJsonObject item(const QString& id, const QString& planId, const QJsonValue& adultId);
QString key(const QJsonObject& row);

// The fields that name a parent, which a page must hold (or the client already) before the row.
extern const QStringList kReferences;

// Everything pulled until complete.
struct Pulled {
    QList<QJsonObject> rows;
    QString cursor;
    int pages = 0;
    QString problem; // empty when every page kept the rules

    QSet<QString> keys() const
    {
        QSet<QString> all;
        for (const QJsonObject& row : rows)
            all.insert(key(row));
        return all;
    }
    QSet<QString> of(const QString& entity) const
    {
        QSet<QString> ids;
        for (const QJsonObject& row : rows)
            if (row.value(QStringLiteral("entity")).toString() == entity)
                ids.insert(row.value(QStringLiteral("id")).toString());
        return ids;
    }
    QJsonObject find(const QString& entity, const QString& id) const
    {
        for (const QJsonObject& row : rows)
            if (key(row) == entity + QLatin1Char(':') + id)
                return row;
        return {};
    }
};


// A worker's side of the pull: one connection per login, kept until closed or forgotten.
class CentralPuller {
public:
    explicit CentralPuller(CentralFixture& fixture);

    central::PgConnection* connection(const TestWorker& worker);
    QJsonArray push(const TestWorker& worker, const QJsonArray& changes, central::PgConnection* through = nullptr);
    // One page, or the server's error message in `error`.
    QJsonObject page(central::PgConnection& connection, const QVariant& cursor, int maxRows, QString* error);
    // Pages until complete; `held` is what the client holds already and grows with each page.
    Pulled pullAll(const TestWorker& worker, const QVariant& cursor, int maxRows, QSet<QString>* held = nullptr);
    QStringList revoked(const TestWorker& worker, const QStringList& held);
    QString value(const QString& sql, const QVariantList& parameters = {});
    // The young people and records the worker may see, from trellis_visible_record_ids().
    QSet<QString> visible(const TestWorker& worker);

    // Closes a worker's connection, so the next call connects again.
    void forget(const TestWorker& worker) { m_connections.remove(worker.login); }

private:
    CentralFixture& m_fixture;
    QHash<QString, std::shared_ptr<central::PgConnection>> m_connections;
};

} // namespace trellis::test::pull
