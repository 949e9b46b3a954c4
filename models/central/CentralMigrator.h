#pragma once

#include "store/MigrationFiles.h"

#include "CentralResult.h"

#include <QList>
#include <QString>

namespace trellis::central {

class PgConnection;

// Applies the numbered SQL files in resources/sql/central/ (compiled in as :/sql/central/) in
// order, each in its own transaction together with its row in trellis.schema_version, under an
// advisory lock so that two administrators upgrading at once cannot both apply a step.
// Migrations need a PostgreSQL superuser: they create cluster-wide roles and set ownership.
class CentralMigrator {
public:
    using Step = MigrationStep;

    static QList<Step> steps();
    static int latestVersion();
    // 0 for a database without the Trellis schema. Works for administrators and workers alike
    // (workers read it through trellis_schema_version()).
    static CentralResult<int> currentVersion(PgConnection& connection);
    // Brings the schema up to `target` (the latest by default). Refuses a newer schema.
    static CentralResult<void> migrate(PgConnection& connection, int target = -1);
    // For clients and administrative commands: the schema must be exactly the one this program
    // was built for. Says "missing", "too old" (run central upgrade) or "too new".
    static CentralResult<void> checkCurrent(PgConnection& connection);
};

} // namespace trellis::central
