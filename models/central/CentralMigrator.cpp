#include "CentralMigrator.h"

#include "PgConnection.h"
#include "PgTransaction.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcCentral)

namespace trellis::central {

namespace {

// pg_advisory_xact_lock's key: "TREL" followed by "MIGR", so no other program's lock collides.
constexpr qint64 kMigrationLock = 0x5452454C4D494752LL;

CentralError tooNew(int current)
{
    return CentralError::make(CentralError::Kind::SchemaTooNew,
                              QStringLiteral("The central store's schema is version %1, newer than this Trellis "
                                             "understands (%2). Upgrade Trellis before using this central store.")
                                  .arg(current)
                                  .arg(CentralMigrator::latestVersion()));
}

} // namespace

QList<CentralMigrator::Step> CentralMigrator::steps()
{
    static const QList<Step> cached = migrationSteps(QStringLiteral(":/sql/central"));
    return cached;
}

int CentralMigrator::latestVersion()
{
    const auto all = steps();
    return all.isEmpty() ? 0 : all.last().version;
}

CentralResult<int> CentralMigrator::currentVersion(PgConnection& connection)
{
    auto exists = connection.exec(QStringLiteral("SELECT to_regclass('trellis.schema_version') IS NOT NULL"));
    if (!exists.ok())
        return exists.error();
    if (!exists->toBool(0, 0))
        return 0;
    auto version = connection.exec(QStringLiteral("SELECT trellis.trellis_schema_version()"));
    if (!version.ok()) {
        if (version.error().kind == CentralError::Kind::PermissionDenied)
            return CentralError::make(CentralError::Kind::NoAccess,
                                      QStringLiteral("The login \"%1\" is not a Trellis worker of this central store.")
                                          .arg(connection.user()),
                                      version.error().sqlState, version.error().detail);
        return version.error();
    }
    return int(version->toInt64(0, 0));
}

CentralResult<void> CentralMigrator::migrate(PgConnection& connection, int target)
{
    if (target < 0)
        target = latestVersion();
    auto current = currentVersion(connection);
    if (!current.ok())
        return current.error();
    if (current.value() > latestVersion())
        return tooNew(current.value());
    for (const Step& step : steps()) {
        if (step.version <= current.value() || step.version > target)
            continue;
        QFile file(step.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return CentralError::make(
                CentralError::Kind::Io,
                QStringLiteral("Central migration %1 is missing from this build.").arg(step.version));
        const QString sql = QString::fromUtf8(file.readAll());

        PgTransaction transaction(connection);
        if (!transaction.began())
            return transaction.error();
        if (auto locked = connection.exec(QStringLiteral("SELECT pg_advisory_xact_lock($1)"), {kMigrationLock});
            !locked.ok())
            return locked.error();
        // Someone else may have applied this step while we waited for the lock.
        auto now = currentVersion(connection);
        if (!now.ok())
            return now.error();
        if (now.value() > latestVersion())
            return tooNew(now.value());
        if (now.value() >= step.version)
            continue;
        if (auto applied = connection.execScript(sql); !applied.ok()) {
            CentralError error = applied.error();
            error.message = QStringLiteral("Central migration %1 failed; nothing of it was applied. %2")
                                .arg(step.version)
                                .arg(error.message);
            return error;
        }
        // Whatever role or search_path the script left, the version row is written as ourselves.
        if (auto reset = connection.execScript(QStringLiteral("RESET ROLE; RESET search_path")); !reset.ok())
            return reset.error();
        if (auto recorded = connection.exec(QStringLiteral("INSERT INTO trellis.schema_version (version) VALUES ($1)"),
                                            {step.version});
            !recorded.ok())
            return recorded.error();
        if (auto committed = transaction.commit(); !committed.ok())
            return committed.error();
        qCInfo(lcCentral) << "applied central migration" << step.version;
    }
    return {};
}

CentralResult<void> CentralMigrator::checkCurrent(PgConnection& connection)
{
    auto current = currentVersion(connection);
    if (!current.ok())
        return current.error();
    if (current.value() == 0)
        return CentralError::make(CentralError::Kind::SchemaMissing,
                                  QStringLiteral("The database \"%1\" holds no Trellis central store; run "
                                                 "trellisctl central init first.")
                                      .arg(connection.database()));
    if (current.value() > latestVersion())
        return tooNew(current.value());
    if (current.value() < latestVersion())
        return CentralError::make(CentralError::Kind::SchemaTooOld,
                                  QStringLiteral("The central store's schema is version %1; this Trellis needs version "
                                                 "%2. Ask an administrator to run trellisctl central upgrade.")
                                      .arg(current.value())
                                      .arg(latestVersion()));
    return {};
}

} // namespace trellis::central
