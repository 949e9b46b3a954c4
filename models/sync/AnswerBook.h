#pragma once

#include "CentralClient.h"
#include "Change.h"
#include "SyncState.h"
#include "store/Database.h"
#include "store/RecordRepository.h"

#include <QDateTime>

namespace trellis::sync {

// Keeps the central store's answers to one pushed batch, in one local transaction
// (docs/sync.md, "The engine as built"):
//   applied  - the outbox row goes; the record takes the answer's server_version and is clean
//              once no other change is pending for it;
//   conflict - the outbox row goes; the server kept its value (the conflict lives centrally), so
//              each conflicting field goes back to the server's value when this store has it
//              (sync_server_row), or is left for the pull, which brings it;
//   rejected - the outbox row goes; the change is kept in sync_rejected with its reason; its
//              fields go back to the server's values (sync_server_row) or, when this store never
//              saw newer ones, to the change's bases; a refused insert's row is removed.
class AnswerBook {
public:
    struct Tally {
        qint64 applied = 0;
        qint64 conflicts = 0;
        qint64 rejected = 0;
    };

    explicit AnswerBook(Database& db)
        : m_db(db)
        , m_repository(db)
        , m_state(db)
    {
    }

    Result<Tally> keep(const QList<Change>& batch, const QList<PushResult>& results, const QDateTime& now);
    // Removes the rows of refused inserts that nothing pending or local still needs; one that
    // something still refers to waits for a later call. Returns how many were removed.
    Result<qint64> removeRejectedInserts();

private:
    struct Answered {
        const Change* change;
        const PushResult* result;
    };
    Result<void> settle(const QString& recordId, const QList<Answered>& answers);

    Database& m_db;
    RecordRepository m_repository;
    SyncState m_state;
};

} // namespace trellis::sync
