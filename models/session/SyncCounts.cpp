#include "SyncCounts.h"

// The engine's status queries (issue 5's contract) when this tree has them; until then the
// outbox and the refused changes are counted here. Checked at compile time so that this file
// builds both before and after models/sync/SyncStatusQueries lands.
#if __has_include("sync/SyncStatusQueries.h")
#include "sync/SyncStatusQueries.h"
#define TRELLIS_HAS_SYNC_STATUS_QUERIES 1
#else
#include "sync/Outbox.h"
#endif

namespace trellis {

Result<SyncCounts> readSyncCounts(Database& db)
{
#ifdef TRELLIS_HAS_SYNC_STATUS_QUERIES
    auto read = sync::SyncStatusQueries(db).counts();
    if (!read.ok())
        return read.error();
    const sync::SyncCounts& engine = read.value();
    return SyncCounts{engine.waiting, engine.conflicts, engine.rejected, engine.lastSuccess};
#else
    SyncCounts counts;
    auto waiting = sync::Outbox(db).pendingCount();
    if (!waiting.ok())
        return waiting.error();
    counts.waiting = waiting.value();
    auto rejected = db.scalar("SELECT count(*) FROM sync_rejected");
    if (!rejected.ok())
        return rejected.error();
    counts.rejected = rejected.value().toLongLong();
    return counts;
#endif
}

} // namespace trellis
