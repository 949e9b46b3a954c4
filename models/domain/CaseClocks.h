#pragma once

#include <QDate>
#include <QString>

namespace trellis::domain {

// The statutory and local clocks that run on a case, defined once for the caseload, the record
// and (later) the dashboard.
class CaseClocks {
public:
    // A return home interview is due within 72 hours of a child coming back from a missing
    // episode. Trellis records dates, not times, so the interview is due by the third day after
    // the return date.
    static constexpr int kReturnInterviewDays = 3;
    // The strategy's SEMH measure: a first appointment within 4 weeks (28 days) of referral.
    static constexpr int kSemhFirstAppointmentDays = 28;

    static QDate returnInterviewDue(const QDate& returnedOn) { return returnedOn.addDays(kReturnInterviewDays); }
    static QDate semhFirstAppointmentDue(const QDate& referredOn)
    {
        return referredOn.addDays(kSemhFirstAppointmentDays);
    }

    // True when the clock has run out with the thing still not done.
    static bool returnInterviewOverdue(const QDate& returnedOn, const QDate& interviewOn, const QDate& today);
    static bool semhAppointmentOverdue(const QDate& referredOn, const QDate& firstAppointmentOn, const QDate& today);
    static bool isOverdue(const QDate& due, const QDate& today) { return due.isValid() && due < today; }

    // The next contact proposed after a contact on `from`, from the intervention and the higher
    // of the two risk ratings. The worker can change it; this is only the starting point.
    static QDate proposeNextContact(const QDate& from, const QString& interventionType, const QString& riskOfHarm,
                                    const QString& safetyAndWellbeing);
    static int contactIntervalDays(const QString& interventionType, const QString& riskOfHarm,
                                   const QString& safetyAndWellbeing);
};

} // namespace trellis::domain
