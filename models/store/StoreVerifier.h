#pragma once

#include <QStringList>

namespace trellis {

class Database;

// Runs SQLCipher's page-HMAC check, SQLite's integrity check and the foreign-key check.
class StoreVerifier {
public:
    struct Report {
        bool ok = true;
        int cipherFailures = 0;    // pages whose HMAC did not match
        int integrityProblems = 0; // rows from PRAGMA integrity_check other than "ok"
        int foreignKeyProblems = 0;
        QStringList problems;      // plain-English lines; page numbers and table names only
    };

    static Report verify(Database& db);
};

} // namespace trellis
