#include "StoreVerifier.h"

#include "Database.h"

namespace trellis {

namespace {

// A check whose SQL could not even be prepared (a damaged schema does that) comes back from
// Database::cached as a statement without a handle, and resetting that would crash; a statement
// that failed has finished anyway, and the next cached() use resets it.
void finish(Statement& stmt)
{
    if (!stmt.failed())
        stmt.reset();
}

} // namespace

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
        finish(cipher);
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
        finish(integrity);
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
        finish(keys);
    }
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace trellis
