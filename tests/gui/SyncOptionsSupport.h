#pragma once

#include "session/SyncService.h"

namespace trellis::test {

// No automatic sync during a test: it syncs only when it asks (F5, Sync now, or a direct call).
inline SyncService::Options syncOnlyWhenAsked()
{
    SyncService::Options options;
    options.intervalMs = 24 * 3600 * 1000;
    options.afterSaveMs = 24 * 3600 * 1000;
    options.syncOnStart = false;
    return options;
}

} // namespace trellis::test
