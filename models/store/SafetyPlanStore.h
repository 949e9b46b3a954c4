#pragma once

#include "Database.h"
#include "Result.h"
#include "domain/SafetyPlanVersion.h"
#include "domain/ValidationIssue.h"

#include <QString>

#include <optional>

namespace trellis {

class Clock;

// Every version of a young person's safety plan, and the only writer of safety_plan and
// safety_plan_item. Versions are kept for good: a draft is edited until it is activated; then it
// is never edited again, and activating the next version marks it superseded. Each write is one
// transaction with its audit event, so a plan is never half saved and never saved untraced.
class SafetyPlanStore {
public:
    // What a save or an activation did: nothing is written when `issues` holds an error.
    struct Outcome {
        bool saved = false;
        domain::ValidationIssues issues;
        std::optional<domain::SafetyPlanVersion> version; // as stored, when saved
    };

    SafetyPlanStore(Database& db, const Clock& clock, QString actor);

    // Newest version first, each with its live items in reading order.
    Result<QList<domain::SafetyPlanVersion>> versions(const QString& youngPersonId);
    Result<std::optional<domain::SafetyPlanVersion>> version(const QString& planId);

    // A blank first draft for a young person who has no plan yet, with its id assigned but not
    // stored (so an unsaved draft can already be keyed by it).
    domain::SafetyPlanVersion blankDraft(const QString& youngPersonId, qlonglong version = 1) const;

    // Saves a draft's header and its items as given: items are updated, inserted (those with no
    // id or an id not in the store) or deleted (stored items left out), and positions are
    // rewritten 0, 1, 2... within each section in list order. A plan not yet in the store is
    // created. Active and superseded versions are refused: they are never edited.
    Result<Outcome> saveDraft(domain::SafetyPlanVersion draft);

    // The draft to edit next: an existing draft newer than every other version if there is one,
    // otherwise a copy of the active version (or, with none active, the latest) with all its
    // items, stored as a draft with the next version number. The copy keeps the code word, the
    // young person's own words and the review date; sign-off dates are left for the new version
    // to be agreed again. Fails when the young person has no plan at all.
    Result<domain::SafetyPlanVersion> newVersion(const QString& youngPersonId);

    // Makes a stored draft the active version: in one transaction the active version (if any)
    // becomes superseded and this one active, with activated_at now. An active plan needs a
    // review date, so a draft without one comes back unsaved with that issue.
    Result<Outcome> activate(const QString& planId);

private:
    Result<QList<domain::Record>> items(const QString& planId);
    Result<QList<domain::Record>> plans(const QByteArray& sql, const QString& key);
    Result<void> writeItems(const QString& planId, QList<domain::Record>& items, const QDateTime& now);
    Result<void> markPlanChanged(const QString& planId, const QDateTime& now);

    Database& m_db;
    const Clock& m_clock;
    QString m_actor;
};

} // namespace trellis
