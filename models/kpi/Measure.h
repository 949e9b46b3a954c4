#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace trellis::kpi {

enum class MeasureGroup {
    Overdue,     // work overdue today, open cases: exact counts on screen (a supervisor acts on each)
    YouthSafety, // the partnership's measures, by financial year
    Yjb,         // YJB key performance indicators that casework answers, as at today, open cases
};

enum class MeasureUnit {
    Count,   // `count` people or events
    Percent, // `count` of `denominator`
};

// One measure, defined once: the dashboard's tooltip, docs/kpi-definitions.md and
// `trellisctl kpi` all read `definition` from here.
struct MeasureDefinition {
    QString key;         // stable, e.g. "first_time_entrants"; used in JSON, CSV and object names
    MeasureGroup group;
    MeasureUnit unit;
    QString title;       // short, for a table row or chart axis: "First-time entrants"
    QString definition;  // full sentence(s): who is counted, on which date, what is left out
    bool perPeriod;      // true: events in KpiScope::period; false: a snapshot as at KpiScope::today
    bool countsEvents;   // true: count is events (episodes, outcomes); false: distinct young people

    // The title and definition in the worker's language, for the dashboard (translated at display).
    QString shownTitle() const;
    QString shownDefinition() const;
};

// One row behind a figure: the young person, and for event measures the event's date and kind.
struct DrillRow {
    QString youngPersonId;
    QDate date;     // the date that put the row in the figure (outcome, episode start, due date…)
    QString detail; // a few words on why, never record content: "custody (DTO)", "due 02/11/2026"
    int person = -1; // (added) index into KpiFacts::people, so a caller needs no id lookup
};

} // namespace trellis::kpi

// Two QStrings, a QDate and an int: moved by memcpy when a list of 100,000 rows grows.
Q_DECLARE_TYPEINFO(trellis::kpi::DrillRow, Q_RELOCATABLE_TYPE);

namespace trellis::kpi {

struct MeasureValue {
    QString key;
    int count = 0;
    int denominator = -1;          // Percent only; -1 otherwise
    QList<DrillRow> rows;          // exactly `count` rows (none from MeasureCalculator::computeGroupCounts)
    QList<DrillRow> otherRows;     // Percent only: the denominator's rows not in `count` (exactly denominator - count)
    bool provisional = false;      // the period's follow-up has not yet run its course (reoffending)

    std::optional<double> percent() const; // nullopt when denominator <= 0 (no suppression here)
};

class MeasureCatalogue {
public:
    static const QList<MeasureDefinition>& all();        // in display order
    static QList<MeasureDefinition> inGroup(MeasureGroup group);
    static const MeasureDefinition* find(const QString& key);
};

} // namespace trellis::kpi
