#pragma once

#include "Database.h"
#include "Result.h"
#include "domain/Record.h"
#include "domain/ValidationIssue.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace trellis {

class StringInterner;

// One young person as the caseload and search lists show them: plain values, cheap to copy,
// so a QAbstractTableModel can hold a QList of them.
struct CaseloadRow {
    QString id;
    QString reference;
    QString givenName;
    QString familyName;
    QString preferredName; // empty when none is recorded
    QDate dateOfBirth;
    QString status;       // open, closed
    QString leadWorkerId; // empty when unallocated
    QString safetyWellbeing;
    QString riskSeriousHarm;
    QString reoffendingLikelihood;
    bool flagCce = false;
    bool flagCse = false;
    bool flagCountyLines = false;
    bool flagGangAffected = false;
    bool flagMissingRisk = false;
    bool flagKnifeCrimeVictim = false;
    bool flagDomesticAbuse = false;
    QDate nextContactDue;        // invalid when no contact is due
    QDate nextReviewDate;        // invalid when none is set
    QString currentIntervention; // type of the intervention with the latest start date; empty if none
    QDate safetyPlanReviewDate;  // review date of the active safety plan; invalid if none
};

// A young person and every live record attached to them, as the full-record view needs it.
struct FullRecord {
    struct SafetyPlan {
        domain::Record plan;
        QList<domain::Record> items; // by section, then position
    };
    struct LinkedAdult {
        domain::Record link;  // trusted_adult_link: carries the role
        domain::Record adult; // trusted_adult
    };

    domain::Record youngPerson;
    QList<domain::Record> interventions; // latest start date first
    QList<domain::Record> contacts;      // newest first
    QList<SafetyPlan> safetyPlans;       // every version, newest first
    QList<LinkedAdult> trustedAdults;    // by family name, then given name
    QList<domain::Record> episodes;      // latest start date first
};

// What logContact did: saved is false when the contact had errors (then nothing was written).
// Warnings do not stop a save; they come back so the editor can still show them.
struct LogContactOutcome {
    bool saved = false;
    QString contactId;
    domain::ValidationIssues issues;
};

// The caseload screens' queries over an open store. Every value is bound; the SQL text is
// fixed. Reads see only live records (deleted = 0). Not thread-safe, like the Database.
class CaseloadQueries {
public:
    static constexpr int kDefaultSearchLimit = 200;

    explicit CaseloadQueries(Database& db)
        : m_db(db)
    {
    }

    // The worker's live young people (open and closed), by next contact due (none due first, as a
    // case without a next contact needs one arranged), then family and given name.
    Result<QList<CaseloadRow>> caseload(const QString& workerId);

    // Young people whose family, given or preferred name or reference starts with `prefix`,
    // ignoring ASCII case; % _ and \ in the prefix match themselves. Ordered by family then given
    // name, at most `limit` rows. A blank prefix finds nothing.
    Result<QList<CaseloadRow>> searchByName(const QString& prefix, int limit = kDefaultSearchLimit);

    // Empty when no live young person has that id.
    Result<std::optional<FullRecord>> fullRecord(const QString& youngPersonId);

    // Stamps, validates and saves a contact. In one transaction it inserts the contact, moves the
    // young person's next contact due to the contact's (when it has one and is the newest
    // contact), marks the young person changed, and writes a 'create' audit event. A contact
    // with errors writes nothing and comes back with its issues; store failures are errors.
    Result<LogContactOutcome> logContact(domain::Record contact, const QString& actor, const QDateTime& now);

    // Reads the first 20 columns every caseload list selects (yp.id, reference, the three names,
    // date of birth, status, lead worker, the three ratings, the seven flags, next contact due,
    // next review date, in that order). `share`, when given, holds repeated values once.
    static void readYoungPersonColumns(const Statement& stmt, CaseloadRow& row, StringInterner* share = nullptr);

    // The LIKE pattern for a prefix: wildcards and the escape character escaped, '%' appended.
    static QString prefixPattern(const QString& prefix);

private:
    Result<QList<domain::Record>> records(const QByteArray& sql, const domain::EntityDef& def, const QString& id);

    Database& m_db;
};

} // namespace trellis
