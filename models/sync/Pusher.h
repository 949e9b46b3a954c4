#pragma once

#include "CentralClient.h"
#include "Change.h"
#include "SyncError.h"
#include "store/Database.h"

#include <QDateTime>

#include <atomic>
#include <functional>
#include <optional>

namespace trellis {
class Clock;
}

namespace trellis::sync {

// The push phase (docs/sync.md): every pending batch in outbox order, each in one push, or in
// consecutive pushes of at most kMaxPushChanges when it is larger. A push is marked sent before
// it goes, so one whose answer was lost is sent again next time, which the central store's
// receipts make harmless. The answers of one push are written in one local transaction
// (AnswerBook).
class Pusher {
public:
    struct Counts {
        qint64 pushed = 0;
        qint64 applied = 0;
        qint64 conflicts = 0;
        qint64 rejected = 0;
    };
    using Progress = std::function<void(qint64 done, qint64 total)>;

    Pusher(Database& db, CentralClient& client, const Clock& clock)
        : m_db(db)
        , m_client(client)
        , m_clock(clock)
    {
    }

    // Pushes until the outbox holds nothing that was there when it started (changes made while
    // it runs go too, up to a few rounds). Adds to `counts` as answers are kept.
    // `cancel`, when given, is checked before each push: once set, run() stops there with a
    // "cancelled" error, every answer already kept.
    std::optional<SyncError> run(Counts& counts, const Progress& progress, const std::atomic<bool>* cancel = nullptr);

private:
    std::optional<SyncError> pushBatch(const QList<Change>& batch, Counts& counts);

    Database& m_db;
    CentralClient& m_client;
    const Clock& m_clock;
};

} // namespace trellis::sync
