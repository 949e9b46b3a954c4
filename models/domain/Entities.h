#pragma once

#include "EntityDef.h"

namespace trellis::domain {

// The caseload's entity types, in an order where every reference points to an earlier one
// (the order export writes and import can read without deferring foreign keys).
namespace entity {
inline const QString Worker = QStringLiteral("worker");
inline const QString YoungPerson = QStringLiteral("young_person");
inline const QString TrustedAdult = QStringLiteral("trusted_adult");
inline const QString TrustedAdultLink = QStringLiteral("trusted_adult_link");
inline const QString Intervention = QStringLiteral("intervention");
inline const QString Contact = QStringLiteral("contact");
inline const QString SafetyPlan = QStringLiteral("safety_plan");
inline const QString SafetyPlanItem = QStringLiteral("safety_plan_item");
inline const QString Episode = QStringLiteral("episode");
inline const QString AuditEvent = QStringLiteral("audit_event");
} // namespace entity

class Entities {
public:
    static const QList<EntityDef>& all();
    static const EntityDef* find(const QString& name);
    static const EntityDef& get(const QString& name); // for names fixed in code
};

// Choices shared by several entities, so that the dashboard, the editors and the validators
// agree on what each value means.
namespace choices {
QStringList ethnicity();
QStringList interventionType();
QStringList substantiveInterventionTypes(); // youth caution, conditional caution, convictions
QStringList riskRating();                   // low, medium, high, very_high
QStringList supportStage();                 // the YJB steps: not_screened, no_need, need_identified, intervention_offered, attending
QStringList vulnerabilityFlags();           // the flag_* columns of young_person
} // namespace choices

} // namespace trellis::domain
