#pragma once

#include "store/MigrationFiles.h"

#include "Result.h"

#include <QList>
#include <QString>

namespace trellis {

class Database;

// Applies the numbered SQL files in resources/sql/local/ (compiled in as :/sql/local/) in
// order. The schema version is SQLite's user_version; each step runs in one transaction.
class Migrator {
public:
    using Step = MigrationStep;

    static QList<Step> steps();
    static int latestVersion();
    static int currentVersion(Database& db);
    // Brings the store up to `target` (the latest by default). Refuses a newer store.
    static Result<void> migrate(Database& db, int target = -1);
};

} // namespace trellis
