#include "CaseClocks.h"

#include <QStringList>

namespace trellis::domain {

bool CaseClocks::returnInterviewOverdue(const QDate& returnedOn, const QDate& interviewOn, const QDate& today)
{
    if (!returnedOn.isValid())
        return false; // still missing: the clock has not started
    const QDate due = returnInterviewDue(returnedOn);
    return interviewOn.isValid() ? interviewOn > due : today > due;
}

bool CaseClocks::semhAppointmentOverdue(const QDate& referredOn, const QDate& firstAppointmentOn, const QDate& today)
{
    if (!referredOn.isValid())
        return false;
    const QDate due = semhFirstAppointmentDue(referredOn);
    return firstAppointmentOn.isValid() ? firstAppointmentOn > due : today > due;
}

int CaseClocks::contactIntervalDays(const QString& interventionType, const QString& riskOfHarm,
                                    const QString& safetyAndWellbeing)
{
    // Higher risk to or from the child means seeing them more often; the most intensive orders
    // set their own pace. Weekly is the floor for anyone rated high.
    static const QStringList ratings{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                     QStringLiteral("very_high")};
    const auto level = std::max(ratings.indexOf(riskOfHarm), ratings.indexOf(safetyAndWellbeing));
    int days = level >= 3 ? 3 : level == 2 ? 7 : level == 1 ? 14 : 28;
    if (interventionType == QLatin1String("yro_iss") || interventionType == QLatin1String("remand"))
        days = std::min(days, 2);
    else if (interventionType == QLatin1String("detention_training_order") ||
             interventionType == QLatin1String("youth_rehabilitation_order") ||
             interventionType == QLatin1String("referral_order"))
        days = std::min(days, 14);
    else if (interventionType == QLatin1String("prevention") || interventionType == QLatin1String("diversion_triage"))
        days = std::max(days, 7);
    return days;
}

QDate CaseClocks::proposeNextContact(const QDate& from, const QString& interventionType, const QString& riskOfHarm,
                                     const QString& safetyAndWellbeing)
{
    return from.addDays(contactIntervalDays(interventionType, riskOfHarm, safetyAndWellbeing));
}

} // namespace trellis::domain
