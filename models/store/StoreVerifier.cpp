#include "StoreVerifier.h"

#include "Database.h"

namespace trellis {

StoreVerifier::Report StoreVerifier::verify(Database& db)
{
    Report report;
    {
        auto& cipher = db.cached("PRAGMA cipher_integrity_check");
        while (cipher.next()) {
            ++report.cipherFailures;
            report.problems << QStringLiteral("encryption check: %1").arg(cipher.text(0));
        }
        if (cipher.failed())
            report.problems << QStringLiteral("encryption check could not run: %1").arg(db.lastError().message);
        cipher.reset();
    }
    {
        auto& integrity = db.cached("PRAGMA integrity_check");
        while (integrity.next()) {
            const QString line = integrity.text(0);
            if (line != QLatin1String("ok")) {
                ++report.integrityProblems;
                report.problems << QStringLiteral("integrity check: %1").arg(line);
            }
        }
        if (integrity.failed())
            report.problems << QStringLiteral("integrity check could not run: %1").arg(db.lastError().message);
        integrity.reset();
    }
    {
        auto& keys = db.cached("PRAGMA foreign_key_check");
        while (keys.next()) {
            ++report.foreignKeyProblems;
            report.problems << QStringLiteral("foreign key check: row %1 of %2 points to a missing %3")
                                   .arg(keys.integer(1))
                                   .arg(keys.text(0), keys.text(2));
        }
        if (keys.failed())
            report.problems << QStringLiteral("foreign key check could not run: %1").arg(db.lastError().message);
        keys.reset();
    }
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace trellis
