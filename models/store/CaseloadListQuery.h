#pragma once

#include "CaseloadQueries.h"
#include "Database.h"
#include "Result.h"

#include <QDate>
#include <QList>

namespace trellis {

// One line of the caseload window: the young person as CaseloadRow has them, plus what the list
// marks beside them that CaseloadRow does not carry.
struct CaseloadListItem {
    CaseloadRow row;
    bool returnInterviewOverdue = false; // a missing episode's return home interview is late and not done
    bool semhOverdue = false;            // an SEMH referral's first appointment is late and not held
    bool dirty = false;                  // the young person has changes not yet sent to the central store
};

// The list the caseload window shows: every live young person in the local store. The store holds
// exactly what the worker may see (the central store's row-level security decided that at sync),
// so there is no worker filter here; CaseloadQueries::caseload is the per-worker query.
//
// Two statements with bound values, read inside one savepoint so they see the same snapshot: the
// young people in rowid order (page order; the model sorts them), and in one pass everything else
// a line shows (interventions, active plans' review dates, clocks run out), matched to people in
// memory. Asking per young person instead costs an index search each, in random order.
class CaseloadListQuery {
public:
    explicit CaseloadListQuery(Database& db)
        : m_db(db)
    {
    }

    // `today` decides which episode clocks have run out (CaseClocks' rules).
    Result<QList<CaseloadListItem>> run(const QDate& today);

    // The candidates for the first lines of the window as it opens (open cases by next contact
    // due, no date first): at least `minRows` open cases (all, when there are fewer) and every
    // open case whose date ties with the last of those, so that the model's order of these starts
    // exactly as its order of the whole list does. Without their facts (intervention, plan
    // review, clocks): the caller keeps the first lines in the model's order and asks addFacts
    // for those alone. Reads through an index: milliseconds at any store size.
    Result<QList<CaseloadListItem>> firstPageCandidates(int minRows);
    // Fills in what run() reads in its second pass, one young person at a time.
    Result<void> addFacts(QList<CaseloadListItem>& items, const QDate& today);

private:
    Database& m_db;
};

} // namespace trellis
