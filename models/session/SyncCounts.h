#pragma once

#include "store/Database.h"
#include "store/Result.h"

#include <QDateTime>

#include <optional>

namespace trellis {

// What the status bar shows about sync, read on the GUI thread from the main connection
// (each a count over an indexed table, so it is cheap enough to poll). The same fields as
// sync::SyncStatusQueries::counts() of the issue 5 contract; readSyncCounts() calls that when the
// tree has it, and otherwise counts the outbox and the refused changes itself.
struct SyncCounts {
    qint64 waiting = 0;   // outbox rows: changes the central store has not answered yet
    qint64 conflicts = 0; // open conflicts not resolved here
    qint64 rejected = 0;  // refused changes not put away
    std::optional<QDateTime> lastSuccess;
};

Result<SyncCounts> readSyncCounts(Database& db);

} // namespace trellis
