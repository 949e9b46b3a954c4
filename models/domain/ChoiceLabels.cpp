#include "ChoiceLabels.h"

#include "Entities.h"

#include <QCoreApplication>
#include <QHash>

#include <span>

namespace trellis::domain {

namespace {

// Source texts are marked with QT_TRANSLATE_NOOP, written out in full on every line because
// lupdate does not expand macros; they are translated when asked for, never stored translated.
struct Choice {
    const char* value;
    const char* label;
};

constexpr Choice kGender[] = {
    {"female", QT_TRANSLATE_NOOP("ChoiceLabels", "Female")},
    {"male", QT_TRANSLATE_NOOP("ChoiceLabels", "Male")},
    {"non_binary", QT_TRANSLATE_NOOP("ChoiceLabels", "Non-binary")},
    {"other", QT_TRANSLATE_NOOP("ChoiceLabels", "Other")},
    {"not_stated", QT_TRANSLATE_NOOP("ChoiceLabels", "Not stated")},
};

// The 19 ethnic groups of the 2021 Census of England and Wales, in the Office for National
// Statistics' own wording, so that counts compare with the census populations used for
// disproportionality.
constexpr Choice kEthnicity[] = {
    {"asian_bangladeshi", QT_TRANSLATE_NOOP("ChoiceLabels", "Asian, Asian British or Asian Welsh: Bangladeshi")},
    {"asian_chinese", QT_TRANSLATE_NOOP("ChoiceLabels", "Asian, Asian British or Asian Welsh: Chinese")},
    {"asian_indian", QT_TRANSLATE_NOOP("ChoiceLabels", "Asian, Asian British or Asian Welsh: Indian")},
    {"asian_pakistani", QT_TRANSLATE_NOOP("ChoiceLabels", "Asian, Asian British or Asian Welsh: Pakistani")},
    {"asian_other", QT_TRANSLATE_NOOP("ChoiceLabels", "Asian, Asian British or Asian Welsh: Other Asian")},
    {"black_african",
     QT_TRANSLATE_NOOP("ChoiceLabels", "Black, Black British, Black Welsh, Caribbean or African: African")},
    {"black_caribbean",
     QT_TRANSLATE_NOOP("ChoiceLabels", "Black, Black British, Black Welsh, Caribbean or African: Caribbean")},
    {"black_other",
     QT_TRANSLATE_NOOP("ChoiceLabels", "Black, Black British, Black Welsh, Caribbean or African: Other Black")},
    {"mixed_white_asian", QT_TRANSLATE_NOOP("ChoiceLabels", "Mixed or Multiple ethnic groups: White and Asian")},
    {"mixed_white_black_african",
     QT_TRANSLATE_NOOP("ChoiceLabels", "Mixed or Multiple ethnic groups: White and Black African")},
    {"mixed_white_black_caribbean",
     QT_TRANSLATE_NOOP("ChoiceLabels", "Mixed or Multiple ethnic groups: White and Black Caribbean")},
    {"mixed_other",
     QT_TRANSLATE_NOOP("ChoiceLabels", "Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups")},
    {"white_british", QT_TRANSLATE_NOOP("ChoiceLabels", "White: English, Welsh, Scottish, Northern Irish or British")},
    {"white_irish", QT_TRANSLATE_NOOP("ChoiceLabels", "White: Irish")},
    {"white_gypsy_traveller", QT_TRANSLATE_NOOP("ChoiceLabels", "White: Gypsy or Irish Traveller")},
    {"white_roma", QT_TRANSLATE_NOOP("ChoiceLabels", "White: Roma")},
    {"white_other", QT_TRANSLATE_NOOP("ChoiceLabels", "White: Other White")},
    {"other_arab", QT_TRANSLATE_NOOP("ChoiceLabels", "Other ethnic group: Arab")},
    {"other_any", QT_TRANSLATE_NOOP("ChoiceLabels", "Other ethnic group: Any other ethnic group")},
    {"not_stated", QT_TRANSLATE_NOOP("ChoiceLabels", "Not stated")},
};

constexpr Choice kCaseStatus[] = {{"open", QT_TRANSLATE_NOOP("ChoiceLabels", "Open")},
                                  {"closed", QT_TRANSLATE_NOOP("ChoiceLabels", "Closed")}};

constexpr Choice kEte[] = {
    {"school", QT_TRANSLATE_NOOP("ChoiceLabels", "School")},
    {"college", QT_TRANSLATE_NOOP("ChoiceLabels", "College")},
    {"training", QT_TRANSLATE_NOOP("ChoiceLabels", "Training")},
    {"employment", QT_TRANSLATE_NOOP("ChoiceLabels", "Employment")},
    {"neet", QT_TRANSLATE_NOOP("ChoiceLabels", "Not in education, employment or training (NEET)")},
};

constexpr Choice kSend[] = {
    {"none", QT_TRANSLATE_NOOP("ChoiceLabels", "No special educational needs")},
    {"sen_support", QT_TRANSLATE_NOOP("ChoiceLabels", "SEN support")},
    {"ehcp", QT_TRANSLATE_NOOP("ChoiceLabels", "Education, health and care plan (EHCP)")},
};

constexpr Choice kCare[] = {
    {"none", QT_TRANSLATE_NOOP("ChoiceLabels", "None")},
    {"child_in_need", QT_TRANSLATE_NOOP("ChoiceLabels", "Child in need")},
    {"child_protection_plan", QT_TRANSLATE_NOOP("ChoiceLabels", "Child protection plan")},
    {"looked_after", QT_TRANSLATE_NOOP("ChoiceLabels", "Looked-after child")},
    {"care_leaver", QT_TRANSLATE_NOOP("ChoiceLabels", "Care leaver")},
};

constexpr Choice kYesNoUnknown[] = {{"yes", QT_TRANSLATE_NOOP("ChoiceLabels", "Yes")},
                                    {"no", QT_TRANSLATE_NOOP("ChoiceLabels", "No")},
                                    {"unknown", QT_TRANSLATE_NOOP("ChoiceLabels", "Not known")}};

constexpr Choice kRisk[] = {
    {"low", QT_TRANSLATE_NOOP("ChoiceLabels", "Low")},
    {"medium", QT_TRANSLATE_NOOP("ChoiceLabels", "Medium")},
    {"high", QT_TRANSLATE_NOOP("ChoiceLabels", "High")},
    {"very_high", QT_TRANSLATE_NOOP("ChoiceLabels", "Very high")},
};

constexpr Choice kWorkerRole[] = {
    {"caseworker", QT_TRANSLATE_NOOP("ChoiceLabels", "Case manager")},
    {"supervisor", QT_TRANSLATE_NOOP("ChoiceLabels", "Supervisor")},
    {"manager", QT_TRANSLATE_NOOP("ChoiceLabels", "Team manager")},
};

constexpr Choice kConsent[] = {
    {"given", QT_TRANSLATE_NOOP("ChoiceLabels", "Given")},
    {"refused", QT_TRANSLATE_NOOP("ChoiceLabels", "Refused")},
    {"not_asked", QT_TRANSLATE_NOOP("ChoiceLabels", "Not asked yet")},
};

constexpr Choice kLinkRole[] = {
    {"trusted_adult", QT_TRANSLATE_NOOP("ChoiceLabels", "Trusted adult")},
    {"emergency_contact", QT_TRANSLATE_NOOP("ChoiceLabels", "Emergency contact")},
    {"parent_carer", QT_TRANSLATE_NOOP("ChoiceLabels", "Parent or carer")},
};

constexpr Choice kInterventionType[] = {
    {"prevention", QT_TRANSLATE_NOOP("ChoiceLabels", "Prevention")},
    {"diversion_triage", QT_TRANSLATE_NOOP("ChoiceLabels", "Diversion or triage")},
    {"community_resolution", QT_TRANSLATE_NOOP("ChoiceLabels", "Community resolution")},
    {"youth_caution", QT_TRANSLATE_NOOP("ChoiceLabels", "Youth caution")},
    {"youth_conditional_caution", QT_TRANSLATE_NOOP("ChoiceLabels", "Youth conditional caution")},
    {"referral_order", QT_TRANSLATE_NOOP("ChoiceLabels", "Referral order")},
    {"youth_rehabilitation_order", QT_TRANSLATE_NOOP("ChoiceLabels", "Youth rehabilitation order (YRO)")},
    {"yro_iss",
     QT_TRANSLATE_NOOP("ChoiceLabels", "Youth rehabilitation order with intensive supervision and surveillance (ISS)")},
    {"detention_training_order", QT_TRANSLATE_NOOP("ChoiceLabels", "Detention and training order (DTO)")},
    {"remand", QT_TRANSLATE_NOOP("ChoiceLabels", "Remand")},
};

constexpr Choice kContactKind[] = {
    {"home_visit", QT_TRANSLATE_NOOP("ChoiceLabels", "Home visit")},
    {"office", QT_TRANSLATE_NOOP("ChoiceLabels", "Office appointment")},
    {"school", QT_TRANSLATE_NOOP("ChoiceLabels", "School visit")},
    {"phone", QT_TRANSLATE_NOOP("ChoiceLabels", "Phone call")},
    {"video", QT_TRANSLATE_NOOP("ChoiceLabels", "Video call")},
    {"joint_police_visit", QT_TRANSLATE_NOOP("ChoiceLabels", "Joint visit with police")},
    {"outreach", QT_TRANSLATE_NOOP("ChoiceLabels", "Outreach")},
};

constexpr Choice kAttendance[] = {
    {"attended", QT_TRANSLATE_NOOP("ChoiceLabels", "Attended")},
    {"did_not_attend", QT_TRANSLATE_NOOP("ChoiceLabels", "Did not attend")},
    {"cancelled", QT_TRANSLATE_NOOP("ChoiceLabels", "Cancelled")},
};

constexpr Choice kPlanStatus[] = {
    {"draft", QT_TRANSLATE_NOOP("ChoiceLabels", "Draft")},
    {"active", QT_TRANSLATE_NOOP("ChoiceLabels", "Active")},
    {"superseded", QT_TRANSLATE_NOOP("ChoiceLabels", "Superseded")},
};

constexpr Choice kPlanSection[] = {
    {"warning_sign", QT_TRANSLATE_NOOP("ChoiceLabels", "Warning signs")},
    {"unsafe", QT_TRANSLATE_NOOP("ChoiceLabels", "People and places that are not safe")},
    {"safe_place", QT_TRANSLATE_NOOP("ChoiceLabels", "Safe places")},
    {"safe_route", QT_TRANSLATE_NOOP("ChoiceLabels", "Safe routes")},
    {"coping", QT_TRANSLATE_NOOP("ChoiceLabels", "Things that help me cope")},
    {"trusted_adult", QT_TRANSLATE_NOOP("ChoiceLabels", "Trusted adults")},
    {"professional", QT_TRANSLATE_NOOP("ChoiceLabels", "Professionals")},
    {"emergency_contact", QT_TRANSLATE_NOOP("ChoiceLabels", "Emergency contacts")},
    {"action", QT_TRANSLATE_NOOP("ChoiceLabels", "Actions")},
};

// The words carry the rating, so nothing on screen or paper depends on colour alone.
constexpr Choice kRag[] = {{"red", QT_TRANSLATE_NOOP("ChoiceLabels", "Red")},
                           {"amber", QT_TRANSLATE_NOOP("ChoiceLabels", "Amber")},
                           {"green", QT_TRANSLATE_NOOP("ChoiceLabels", "Green")}};

constexpr Choice kEpisodeKind[] = {
    {"missing", QT_TRANSLATE_NOOP("ChoiceLabels", "Missing from home or care")},
    {"nrm", QT_TRANSLATE_NOOP("ChoiceLabels", "National Referral Mechanism (NRM) referral")},
    {"exclusion", QT_TRANSLATE_NOOP("ChoiceLabels", "Exclusion from school")},
    {"semh", QT_TRANSLATE_NOOP("ChoiceLabels", "Social, emotional and mental health (SEMH) referral")},
    {"knife_crime", QT_TRANSLATE_NOOP("ChoiceLabels", "Victim of knife crime")},
};

// The YJB's three steps for mental health and for substance misuse. Each stage includes the ones
// before it, so one field can never say "attending" without a need having been identified.
constexpr Choice kSupportStage[] = {
    {"not_screened", QT_TRANSLATE_NOOP("ChoiceLabels", "Not screened yet")},
    {"no_need", QT_TRANSLATE_NOOP("ChoiceLabels", "Screened: no need identified")},
    {"need_identified", QT_TRANSLATE_NOOP("ChoiceLabels", "Need identified")},
    {"intervention_offered", QT_TRANSLATE_NOOP("ChoiceLabels", "Need identified, intervention offered")},
    {"attending", QT_TRANSLATE_NOOP("ChoiceLabels", "Need identified, attending an intervention")},
};

constexpr Choice kDecision[] = {
    {"pending", QT_TRANSLATE_NOOP("ChoiceLabels", "Awaiting decision")},
    {"positive", QT_TRANSLATE_NOOP("ChoiceLabels", "Positive")},
    {"negative", QT_TRANSLATE_NOOP("ChoiceLabels", "Negative")},
};

constexpr Choice kExclusionKind[] = {
    {"suspension", QT_TRANSLATE_NOOP("ChoiceLabels", "Suspension (fixed period)")},
    {"permanent", QT_TRANSLATE_NOOP("ChoiceLabels", "Permanent exclusion")},
};

constexpr Choice kAuditAction[] = {
    {"view", QT_TRANSLATE_NOOP("ChoiceLabels", "Viewed")},
    {"create", QT_TRANSLATE_NOOP("ChoiceLabels", "Created")},
    {"update", QT_TRANSLATE_NOOP("ChoiceLabels", "Changed")},
    {"delete", QT_TRANSLATE_NOOP("ChoiceLabels", "Deleted")},
    {"export", QT_TRANSLATE_NOOP("ChoiceLabels", "Exported")},
    {"import", QT_TRANSLATE_NOOP("ChoiceLabels", "Imported")},
    {"print", QT_TRANSLATE_NOOP("ChoiceLabels", "Printed")},
    {"unlock", QT_TRANSLATE_NOOP("ChoiceLabels", "Unlocked")},
    {"failed_unlock", QT_TRANSLATE_NOOP("ChoiceLabels", "Unlock refused")},
    {"lock", QT_TRANSLATE_NOOP("ChoiceLabels", "Locked")},
    {"rekey", QT_TRANSLATE_NOOP("ChoiceLabels", "Passphrase changed")},
};

struct FieldChoices {
    const QString& entity;
    const char* field;
    std::span<const Choice> choices;
};

// entity name -> field name -> value -> untranslated label
using Table = QHash<QString, QHash<QString, QHash<QString, const char*>>>;

Table buildTable()
{
    const FieldChoices all[] = {
        {entity::Worker, "role", kWorkerRole},
        {entity::YoungPerson, "gender", kGender},
        {entity::YoungPerson, "ethnicity", kEthnicity},
        {entity::YoungPerson, "status", kCaseStatus},
        {entity::YoungPerson, "ete_status", kEte},
        {entity::YoungPerson, "send_status", kSend},
        {entity::YoungPerson, "care_status", kCare},
        {entity::YoungPerson, "suitable_accommodation", kYesNoUnknown},
        {entity::YoungPerson, "learning_plan", kYesNoUnknown},
        {entity::YoungPerson, "mental_health", kSupportStage},
        {entity::YoungPerson, "substance_misuse", kSupportStage},
        {entity::YoungPerson, "safety_wellbeing", kRisk},
        {entity::YoungPerson, "risk_serious_harm", kRisk},
        {entity::YoungPerson, "reoffending_likelihood", std::span<const Choice>(kRisk).first(3)}, // no "very high"
        {entity::TrustedAdult, "consent", kConsent},
        {entity::TrustedAdultLink, "role", kLinkRole},
        {entity::Intervention, "type", kInterventionType},
        {entity::Contact, "kind", kContactKind},
        {entity::Contact, "attendance", kAttendance},
        {entity::SafetyPlan, "status", kPlanStatus},
        {entity::SafetyPlanItem, "section", kPlanSection},
        {entity::SafetyPlanItem, "rating", kRag},
        {entity::Episode, "kind", kEpisodeKind},
        {entity::Episode, "nrm_reasonable_grounds", kDecision},
        {entity::Episode, "nrm_conclusive_grounds", kDecision},
        {entity::Episode, "exclusion_kind", kExclusionKind},
        {entity::AuditEvent, "action", kAuditAction},
    };
    Table table;
    for (const FieldChoices& set : all) {
        auto& values = table[set.entity][QString::fromLatin1(set.field)];
        for (const Choice& choice : set.choices)
            values.insert(QString::fromLatin1(choice.value), choice.label);
    }
    return table;
}

const Table& table()
{
    static const Table built = buildTable();
    return built;
}

} // namespace

QString ChoiceLabels::label(const QString& entity, const QString& field, const QString& value)
{
    const char* source = table().value(entity).value(field).value(value, nullptr);
    return source ? QCoreApplication::translate("ChoiceLabels", source) : QString();
}

QString ChoiceLabels::labelOrValue(const QString& entity, const QString& field, const QString& value)
{
    const QString text = label(entity, field, value);
    return text.isEmpty() ? value : text;
}

QString ChoiceLabels::fieldLabel(const FieldDef& field)
{
    // Entities.cpp holds the English labels, marked there with QT_TRANSLATE_NOOP in the
    // "FieldLabels" context; the definitions stay English (messages that are stored or logged).
    return QCoreApplication::translate("FieldLabels", field.label.toUtf8().constData());
}

QString ChoiceLabels::entityLabel(const EntityDef& entity)
{
    return QCoreApplication::translate("EntityLabels", entity.label.toUtf8().constData());
}

} // namespace trellis::domain
