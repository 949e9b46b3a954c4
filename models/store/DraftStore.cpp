#include "DraftStore.h"

#include <QJsonDocument>

namespace trellis {

Result<void> DraftStore::save(const QString& key, const QString& youngPersonId, const QJsonObject& payload,
                              const QDateTime& when)
{
    auto& stmt = m_db.cached("INSERT INTO draft (key, young_person_id, payload, saved_at) VALUES (?1, ?2, ?3, ?4) "
                             "ON CONFLICT (key) DO UPDATE SET young_person_id = excluded.young_person_id, "
                             "payload = excluded.payload, saved_at = excluded.saved_at");
    stmt.bind(1, key);
    stmt.bind(2, youngPersonId);
    stmt.bind(3, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    stmt.bind(4, when);
    if (!stmt.exec())
        return m_db.lastError();
    return {};
}

Result<std::optional<QJsonObject>> DraftStore::load(const QString& key)
{
    auto& stmt = m_db.cached("SELECT payload FROM draft WHERE key = ?1");
    stmt.bind(1, key);
    std::optional<QJsonObject> found;
    if (stmt.next())
        found = QJsonDocument::fromJson(stmt.text(0).toUtf8()).object();
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return found;
}

Result<void> DraftStore::discard(const QString& key)
{
    auto& stmt = m_db.cached("DELETE FROM draft WHERE key = ?1");
    stmt.bind(1, key);
    if (!stmt.exec())
        return m_db.lastError();
    return {};
}

Result<QStringList> DraftStore::keysFor(const QString& youngPersonId)
{
    auto& stmt = m_db.cached("SELECT key FROM draft WHERE young_person_id = ?1 ORDER BY saved_at");
    stmt.bind(1, youngPersonId);
    QStringList keys;
    while (stmt.next())
        keys << stmt.text(0);
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return keys;
}

} // namespace trellis
