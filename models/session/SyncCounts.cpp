#include "SyncCounts.h"

#include "sync/Outbox.h"

namespace trellis {

Result<SyncCounts> readSyncCounts(Database& db)
{
    SyncCounts counts;
    auto waiting = sync::Outbox(db).pendingCount();
    if (!waiting.ok())
        return waiting.error();
    counts.waiting = waiting.value();
    auto rejected = db.scalar("SELECT count(*) FROM sync_rejected");
    if (!rejected.ok())
        return rejected.error();
    counts.rejected = rejected.value().toLongLong();
    auto last = db.scalar("SELECT value FROM store_meta WHERE key = 'sync_last_success'");
    if (!last.ok())
        return last.error();
    if (!last.value().isNull()) {
        const QDateTime when = QDateTime::fromString(last.value().toString(), Qt::ISODateWithMs);
        if (when.isValid())
            counts.lastSuccess = when;
    }
    return counts;
}

} // namespace trellis
