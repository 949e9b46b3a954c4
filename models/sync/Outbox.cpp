#include "Outbox.h"

#include "domain/Entities.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOutbox, "trellis.sync.outbox")

namespace trellis::sync {

namespace {

// A plan item's young person is its plan's; the subquery finds no row for any other entity.
constexpr const char* kInsertSql =
    "INSERT INTO outbox (change_id, batch_id, entity, record_id, young_person_id, op, base_version, fields, "
    "made_by, made_at) VALUES (?1, ?2, ?3, ?4, coalesce(?5, (SELECT p.young_person_id FROM safety_plan_item i "
    "JOIN safety_plan p ON p.id = i.safety_plan_id WHERE i.id = ?4)), ?6, ?7, ?8, ?9, ?10)";

constexpr const char* kFillItemOwnersSql =
    "UPDATE outbox SET young_person_id = (SELECT p.young_person_id FROM safety_plan_item i "
    "JOIN safety_plan p ON p.id = i.safety_plan_id WHERE i.id = outbox.record_id) "
    "WHERE young_person_id IS NULL AND entity = 'safety_plan_item'";

#define TRELLIS_OUTBOX_COLUMNS                                                                                         \
    "seq, change_id, batch_id, entity, record_id, young_person_id, op, base_version, fields, made_by, made_at, state"

constexpr const char* kAllSql = "SELECT " TRELLIS_OUTBOX_COLUMNS " FROM outbox ORDER BY seq";

// Trusted adults have no young person of their own: they belong to whoever links them.
constexpr const char* kForYoungPersonSql =
    "SELECT " TRELLIS_OUTBOX_COLUMNS " FROM outbox WHERE young_person_id = ?1 "
    "UNION ALL SELECT " TRELLIS_OUTBOX_COLUMNS " FROM outbox WHERE entity = 'trusted_adult' AND record_id IN "
    "(SELECT trusted_adult_id FROM trusted_adult_link WHERE young_person_id = ?1) ORDER BY seq";
#undef TRELLIS_OUTBOX_COLUMNS

Change readChange(const Statement& stmt)
{
    Change change;
    change.seq = stmt.integer(0);
    change.changeId = stmt.text(1);
    change.batchId = stmt.text(2);
    change.entity = stmt.text(3);
    change.recordId = stmt.text(4);
    change.youngPersonId = stmt.text(5);
    change.op = Change::opFromName(stmt.text(6)).value_or(Change::Op::Update);
    if (!stmt.isNull(7))
        change.baseVersion = stmt.integer(7);
    change.fields = QJsonDocument::fromJson(stmt.text(8).toUtf8()).object();
    change.madeBy = stmt.text(9);
    change.madeAt = QDateTime::fromString(stmt.text(10), Qt::ISODateWithMs).toUTC();
    change.sent = stmt.text(11) == QLatin1String("sent");
    return change;
}

} // namespace

Result<void> Outbox::record(const Change& change)
{
    if (m_db.batchId().isEmpty())
        return StoreError::make(StoreError::Kind::Invalid,
                                QStringLiteral("A change can only be kept inside the transaction that makes it."));
    auto& stmt = m_db.cached(kInsertSql);
    stmt.bind(1, change.changeId).bind(2, m_db.batchId()).bind(3, change.entity).bind(4, change.recordId);
    if (change.youngPersonId.isEmpty())
        stmt.bindNull(5);
    else
        stmt.bind(5, change.youngPersonId);
    stmt.bind(6, Change::opName(change.op));
    if (change.baseVersion)
        stmt.bind(7, int64_t(*change.baseVersion));
    else
        stmt.bindNull(7);
    stmt.bind(8, QString::fromUtf8(QJsonDocument(change.fields).toJson(QJsonDocument::Compact)));
    stmt.bind(9, change.madeBy).bind(10, change.madeAt.toUTC().toString(Qt::ISODateWithMs));
    if (!stmt.exec())
        return m_db.lastError();
    return {};
}

Result<void> Outbox::fillPlanItemOwners()
{
    if (!m_db.cached(kFillItemOwnersSql).exec())
        return m_db.lastError();
    return {};
}

Result<QList<Change>> Outbox::read(const char* sql, const QString& key)
{
    // A statement of its own, so a caller may write to the outbox while it walks the result.
    auto prepared = m_db.prepare(QString::fromUtf8(sql));
    if (!prepared.ok())
        return prepared.error();
    auto& stmt = *prepared.value();
    if (!key.isNull())
        stmt.bind(1, key);
    QList<Change> found;
    while (stmt.next())
        found << readChange(stmt);
    if (stmt.failed())
        return m_db.lastError();
    return found;
}

Result<QList<Change>> Outbox::changes()
{
    return read(kAllSql, QString());
}

Result<QList<Change>> Outbox::pendingFor(const QString& youngPersonId)
{
    return read(kForYoungPersonSql, youngPersonId);
}

Result<QList<QJsonArray>> Outbox::batches(qsizetype maxChanges)
{
    auto all = changes();
    if (!all.ok())
        return all.error();
    QList<QJsonArray> batches;
    QString current;
    qsizetype taken = 0;
    for (const Change& change : std::as_const(all.value())) {
        if (change.batchId != current) {
            if (taken >= maxChanges)
                break;
            batches.append(QJsonArray());
            current = change.batchId;
        }
        batches.last().append(change.toJson());
        ++taken;
    }
    return batches;
}

Result<qint64> Outbox::pendingCount()
{
    auto counted = m_db.scalar("SELECT count(*) FROM outbox");
    if (!counted.ok())
        return counted.error();
    return counted.value().toLongLong();
}

Result<QSet<QString>> Outbox::pendingFields(const QString& recordId)
{
    auto& stmt = m_db.cached("SELECT DISTINCT j.key FROM outbox, json_each(outbox.fields) AS j "
                             "WHERE outbox.record_id = ?1");
    stmt.bind(1, recordId);
    QSet<QString> fields;
    while (stmt.next())
        fields.insert(stmt.text(0));
    if (stmt.failed())
        return m_db.lastError();
    return fields;
}

Result<void> Outbox::forEachId(const char* sql, const QStringList& changeIds)
{
    Transaction transaction(m_db);
    if (!transaction.began())
        return m_db.lastError();
    auto& stmt = m_db.cached(sql);
    for (const QString& id : changeIds) {
        stmt.bind(1, id);
        if (!stmt.exec())
            return m_db.lastError();
    }
    return transaction.commit();
}

Result<void> Outbox::markSent(const QStringList& changeIds)
{
    return forEachId("UPDATE outbox SET state = 'sent' WHERE change_id = ?1", changeIds);
}

Result<void> Outbox::acknowledge(const QStringList& changeIds)
{
    auto removed = forEachId("DELETE FROM outbox WHERE change_id = ?1", changeIds);
    if (removed.ok())
        qCDebug(lcOutbox) << "acknowledged" << changeIds.size() << "changes";
    return removed;
}

} // namespace trellis::sync
