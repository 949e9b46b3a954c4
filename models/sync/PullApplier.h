#pragma once

#include "CentralClient.h"
#include "SyncState.h"
#include "store/Database.h"
#include "store/RecordRepository.h"

#include <QDate>

namespace trellis::sync {

// Writes pulled rows into the local store (docs/sync.md, "Pull"): each is decoded and checked
// by the entity's own validator before anything is written (a row that fails is an error naming
// the entity, the id and the field), an older version than the one held is ignored, fields with
// changes still in the outbox keep their local values (the server's row is kept aside for when
// those changes are answered), and a row that refers to a record not here yet is parked until
// it arrives. Runs inside the caller's transaction; writes never enter the outbox.
class PullApplier {
public:
    struct Counts {
        qint64 written = 0;
        qint64 merged = 0; // written around local changes still pending
    };

    PullApplier(Database& db, QDate today, QString fallbackActor)
        : m_db(db)
        , m_repository(db)
        , m_state(db)
        , m_today(today)
        , m_fallbackActor(std::move(fallbackActor))
    {
    }

    // Applies the rows, then any parked rows whose references have now arrived.
    Result<Counts> apply(const QList<PulledRow>& rows, const QDateTime& now);

    // The record a pulled row describes, decoded and validated; the error names entity, id, field.
    static Result<domain::Record> decode(const PulledRow& row, QDate today, const QString& fallbackActor,
                                         const QDateTime& now);

private:
    enum class Applied { Written, Merged, Skipped, Parked };
    Result<Applied> applyRow(const PulledRow& row, const QDateTime& now);
    Result<bool> referencesPresent(const domain::Record& record);
    Result<Counts> applyParked(const QDateTime& now);

    Database& m_db;
    RecordRepository m_repository;
    SyncState m_state;
    QDate m_today;
    QString m_fallbackActor;
};

} // namespace trellis::sync
