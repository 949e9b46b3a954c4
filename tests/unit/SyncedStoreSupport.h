#pragma once

// Shared by the sync unit tests (tst_sync_engine, tst_sync_engine_inbox, tst_sync_status): a
// store of fictional young people as if everything in it had come from the central store.

#include "TestStore.h"
#include "demo/DemoSeeder.h"
#include "domain/Entities.h"

#include <QDate>
#include <QStringList>

#include <memory>

namespace trellis::test {

// Every table the central store syncs.
inline const QStringList& syncedTables()
{
    static const QStringList tables{domain::entity::Worker,           domain::entity::YoungPerson,
                                    domain::entity::TrustedAdult,     domain::entity::TrustedAdultLink,
                                    domain::entity::Intervention,     domain::entity::Contact,
                                    domain::entity::SafetyPlan,       domain::entity::SafetyPlanItem,
                                    domain::entity::Episode};
    return tables;
}

// A new store in `store` with `cases` demo young people, every row clean at server version 1;
// null if any step failed.
inline std::unique_ptr<Database> seededAsSynced(TestStore& store, int cases, const QDate& today)
{
    auto db = store.create();
    if (!db)
        return nullptr;
    demo::DemoSeeder::Options options;
    options.cases = cases;
    options.today = today;
    if (!demo::DemoSeeder(*db, options).run().ok)
        return nullptr;
    for (const QString& table : syncedTables()) {
        if (!db->exec(QStringLiteral("UPDATE %1 SET server_version = 1, dirty = 0").arg(table)).ok())
            return nullptr;
    }
    return db;
}

} // namespace trellis::test
