#pragma once

// The changes sync_bench pushes (docs/sync.md wire format), over the central store it generates:
// young people by number, their plans, and the edits, contacts and one record's chain of edits
// that push A to D send. Every value is fictional.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace trellis::bench {

inline constexpr int kChanges = 1000; // changes in each push
inline constexpr int kRecords = 500;  // records those changes touch (A, B, D)

// Young people by number: 1-500 Ash's (pushed to), 501-1000 Ash's (the baselines write these),
// 1001-1500 Bay's (the manager pushes to these), the rest Juniper's.
QString youngPerson(int n);
QString planOf(int n);
QString codeWord(int run);
// Run -1 is the generated value.
QString reviewDate(int run);
// A: for each of 500 plans of young people first..first+499, the code word and the review date,
// from the values of the previous run to this run's (one save per plan: two changes, one batch).
QJsonArray planEdits(int first, int run);
// B: two new contacts for each of Ash's first 500 young people.
QJsonArray newContacts(int run);
// C: 1,000 chained edits of one plan's own words.
QJsonArray oneRecordEdits(int run);

} // namespace trellis::bench
