#pragma once

#include "store/Database.h"
#include "store/Result.h"
#include "sync/SyncStatusQueries.h"

namespace trellis {

// What the status bar shows about sync: the engine's counts (sync::SyncStatusQueries, cheap
// indexed counts on the GUI connection, so the status bar can poll them).
using SyncCounts = sync::SyncCounts;

inline Result<SyncCounts> readSyncCounts(Database& db)
{
    return sync::SyncStatusQueries(db).counts();
}

} // namespace trellis
