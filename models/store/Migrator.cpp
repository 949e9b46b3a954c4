#include "Migrator.h"

#include "Database.h"
#include "MigrationFiles.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace trellis {

QList<Migrator::Step> Migrator::steps()
{
    static const QList<Step> cached = migrationSteps(QStringLiteral(":/sql/local"));
    return cached;
}

int Migrator::latestVersion()
{
    const auto all = steps();
    return all.isEmpty() ? 0 : all.last().version;
}

int Migrator::currentVersion(Database& db)
{
    const auto version = db.scalar("PRAGMA user_version");
    return version.ok() ? version.value().toInt() : -1;
}

Result<void> Migrator::migrate(Database& db, int target)
{
    if (target < 0)
        target = latestVersion();
    const int current = currentVersion(db);
    if (current < 0)
        return db.lastError();
    if (current > latestVersion())
        return StoreError::make(StoreError::Kind::NewerSchema,
                                QStringLiteral("This store was written by a newer version of Trellis."));
    for (const Step& step : steps()) {
        if (step.version <= current || step.version > target)
            continue;
        QFile file(step.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return StoreError::make(StoreError::Kind::Io, QStringLiteral("Migration %1 is missing.").arg(step.version));
        // The version is an integer parsed from a file name we ship; PRAGMA takes no parameters.
        const QString sql = QString::fromUtf8(file.readAll()) +
                            QStringLiteral("\nPRAGMA user_version = %1;").arg(step.version);
        Transaction transaction(db);
        if (!transaction.began())
            return db.lastError();
        if (auto applied = db.exec(sql); !applied.ok())
            return applied;
        if (auto committed = transaction.commit(); !committed.ok())
            return committed;
        db.clearCache();
        qCInfo(lcStore) << "applied local migration" << step.version;
    }
    return {};
}

} // namespace trellis
