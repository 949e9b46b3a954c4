#include "RejectedChanges.h"

#include "store/AuditLog.h"
#include "store/Transaction.h"

#include <QJsonDocument>

namespace trellis::sync {

namespace {

#define TRELLIS_REJECTED_COLUMNS "change_id, entity, record_id, young_person_id, op, reason, change, rejected_at, removed"
constexpr const char* kUndismissedSql = "SELECT " TRELLIS_REJECTED_COLUMNS
                                        " FROM sync_rejected WHERE dismissed_at IS NULL ORDER BY rejected_at, change_id";
constexpr const char* kForRecordSql =
    "SELECT " TRELLIS_REJECTED_COLUMNS
    " FROM sync_rejected WHERE record_id = ?1 AND dismissed_at IS NULL ORDER BY rejected_at, change_id";
#undef TRELLIS_REJECTED_COLUMNS

} // namespace

Result<QList<RejectedChange>> RejectedChanges::read(const char* sql, const QString& key)
{
    auto& stmt = m_db.cached(sql);
    if (!key.isNull())
        stmt.bind(1, key);
    QList<RejectedChange> found;
    while (stmt.next()) {
        RejectedChange change;
        change.changeId = stmt.text(0);
        change.entity = stmt.text(1);
        change.recordId = stmt.text(2);
        change.youngPersonId = stmt.text(3);
        change.op = stmt.text(4);
        change.reason = stmt.text(5);
        change.fields =
            QJsonDocument::fromJson(stmt.text(6).toUtf8()).object().value(QStringLiteral("fields")).toObject();
        change.rejectedAt = stmt.dateTime(7);
        change.removed = stmt.integer(8) != 0;
        found.append(change);
    }
    if (stmt.failed())
        return m_db.lastError();
    stmt.reset();
    return found;
}

Result<QList<RejectedChange>> RejectedChanges::undismissed()
{
    return read(kUndismissedSql, QString());
}

Result<QList<RejectedChange>> RejectedChanges::forRecord(const QString& recordId)
{
    return read(kForRecordSql, recordId);
}

Result<void> RejectedChanges::dismiss(const QString& changeId, const QString& actor, const QDateTime& when)
{
    Transaction transaction(m_db);
    if (!transaction.began())
        return m_db.lastError();
    auto& found = m_db.cached("SELECT dismissed_at IS NULL FROM sync_rejected WHERE change_id = ?1");
    found.bind(1, changeId);
    const bool exists = found.next();
    const bool open = exists && found.integer(0) != 0;
    if (found.failed())
        return m_db.lastError();
    found.reset();
    if (!exists)
        return StoreError::make(StoreError::Kind::Invalid,
                                QStringLiteral("The refused change %1 is not in this store.").arg(changeId));
    if (!open)
        return {};
    auto& stmt = m_db.cached("UPDATE sync_rejected SET dismissed_at = ?2 WHERE change_id = ?1");
    stmt.bind(1, changeId).bind(2, when.toUTC().toString(Qt::ISODateWithMs));
    if (!stmt.exec())
        return m_db.lastError();
    if (auto logged = AuditLog(m_db, actor).record(AuditLog::Action::Update, QStringLiteral("sync_rejected"),
                                                   changeId, std::nullopt, when);
        !logged.ok())
        return logged;
    return transaction.commit();
}

} // namespace trellis::sync
