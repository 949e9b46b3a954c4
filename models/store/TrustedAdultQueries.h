#pragma once

#include "Database.h"
#include "Result.h"
#include "domain/Record.h"

#include <QList>
#include <QString>

namespace trellis {

// A worker a young person can be allocated to, for the lead worker choice.
struct WorkerChoice {
    QString id;
    QString displayName;
};

// Lookups the record view needs beyond CaseloadQueries: finding a trusted adult who already
// exists (a grandparent shared by siblings is linked, not entered twice) and the workers.
// Values are always bound; the SQL text is fixed.
class TrustedAdultQueries {
public:
    static constexpr int kDefaultLimit = 50;

    explicit TrustedAdultQueries(Database& db) : m_db(db) {}

    // Live trusted adults whose given name, family name or "given family" starts with `prefix`,
    // ignoring ASCII case, leaving out those already linked to `exceptLinkedTo` (may be empty).
    // By family then given name; a blank prefix finds nothing.
    Result<QList<domain::Record>> searchByName(const QString& prefix, const QString& exceptLinkedTo = {},
                                               int limit = kDefaultLimit);
    // How many live young people the adult is linked to.
    Result<qint64> linkCount(const QString& trustedAdultId);
    // Every live worker, by name.
    Result<QList<WorkerChoice>> workers();

private:
    Database& m_db;
};

} // namespace trellis
