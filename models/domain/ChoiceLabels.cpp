#include "ChoiceLabels.h"

#include "Entities.h"

#include <QCoreApplication>
#include <QHash>

#include <span>

namespace trellis::domain {

namespace {

// Source texts are marked with QT_TRANSLATE_NOOP so lupdate finds them; they are translated
// when asked for, never stored translated.
struct Choice {
    const char* value;
    const char* label;
};

#define CHOICE(value, label) Choice{value, QT_TRANSLATE_NOOP("ChoiceLabels", label)}

constexpr Choice kGender[] = {
    CHOICE("female", "Female"),         CHOICE("male", "Male"),           CHOICE("non_binary", "Non-binary"),
    CHOICE("other", "Other"),  CHOICE("not_stated", "Not stated"),
};

// The 19 ethnic groups of the 2021 Census of England and Wales, in the Office for National
// Statistics' own wording, so that counts compare with the census populations used for
// disproportionality.
constexpr Choice kEthnicity[] = {
    CHOICE("asian_bangladeshi", "Asian, Asian British or Asian Welsh: Bangladeshi"),
    CHOICE("asian_chinese", "Asian, Asian British or Asian Welsh: Chinese"),
    CHOICE("asian_indian", "Asian, Asian British or Asian Welsh: Indian"),
    CHOICE("asian_pakistani", "Asian, Asian British or Asian Welsh: Pakistani"),
    CHOICE("asian_other", "Asian, Asian British or Asian Welsh: Other Asian"),
    CHOICE("black_african", "Black, Black British, Black Welsh, Caribbean or African: African"),
    CHOICE("black_caribbean", "Black, Black British, Black Welsh, Caribbean or African: Caribbean"),
    CHOICE("black_other", "Black, Black British, Black Welsh, Caribbean or African: Other Black"),
    CHOICE("mixed_white_asian", "Mixed or Multiple ethnic groups: White and Asian"),
    CHOICE("mixed_white_black_african", "Mixed or Multiple ethnic groups: White and Black African"),
    CHOICE("mixed_white_black_caribbean", "Mixed or Multiple ethnic groups: White and Black Caribbean"),
    CHOICE("mixed_other", "Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups"),
    CHOICE("white_british", "White: English, Welsh, Scottish, Northern Irish or British"),
    CHOICE("white_irish", "White: Irish"),
    CHOICE("white_gypsy_traveller", "White: Gypsy or Irish Traveller"),
    CHOICE("white_roma", "White: Roma"),
    CHOICE("white_other", "White: Other White"),
    CHOICE("other_arab", "Other ethnic group: Arab"),
    CHOICE("other_any", "Other ethnic group: Any other ethnic group"),
    CHOICE("not_stated", "Not stated"),
};

constexpr Choice kCaseStatus[] = {CHOICE("open", "Open"), CHOICE("closed", "Closed")};

constexpr Choice kEte[] = {
    CHOICE("school", "School"),
    CHOICE("college", "College"),
    CHOICE("training", "Training"),
    CHOICE("employment", "Employment"),
    CHOICE("neet", "Not in education, employment or training (NEET)"),
};

constexpr Choice kSend[] = {
    CHOICE("none", "No special educational needs"),
    CHOICE("sen_support", "SEN support"),
    CHOICE("ehcp", "Education, health and care plan (EHCP)"),
};

constexpr Choice kCare[] = {
    CHOICE("none", "None"),
    CHOICE("child_in_need", "Child in need"),
    CHOICE("child_protection_plan", "Child protection plan"),
    CHOICE("looked_after", "Looked-after child"),
    CHOICE("care_leaver", "Care leaver"),
};

constexpr Choice kYesNoUnknown[] = {CHOICE("yes", "Yes"), CHOICE("no", "No"), CHOICE("unknown", "Not known")};

constexpr Choice kRisk[] = {
    CHOICE("low", "Low"),
    CHOICE("medium", "Medium"),
    CHOICE("high", "High"),
    CHOICE("very_high", "Very high"),
};

constexpr Choice kWorkerRole[] = {
    CHOICE("caseworker", "Case manager"),
    CHOICE("supervisor", "Supervisor"),
    CHOICE("manager", "Team manager"),
};

constexpr Choice kConsent[] = {
    CHOICE("given", "Given"),
    CHOICE("refused", "Refused"),
    CHOICE("not_asked", "Not asked yet"),
};

constexpr Choice kLinkRole[] = {
    CHOICE("trusted_adult", "Trusted adult"),
    CHOICE("emergency_contact", "Emergency contact"),
    CHOICE("parent_carer", "Parent or carer"),
};

constexpr Choice kInterventionType[] = {
    CHOICE("prevention", "Prevention"),
    CHOICE("diversion_triage", "Diversion or triage"),
    CHOICE("community_resolution", "Community resolution"),
    CHOICE("youth_caution", "Youth caution"),
    CHOICE("youth_conditional_caution", "Youth conditional caution"),
    CHOICE("referral_order", "Referral order"),
    CHOICE("youth_rehabilitation_order", "Youth rehabilitation order (YRO)"),
    CHOICE("yro_iss", "Youth rehabilitation order with intensive supervision and surveillance (ISS)"),
    CHOICE("detention_training_order", "Detention and training order (DTO)"),
    CHOICE("remand", "Remand"),
};

constexpr Choice kContactKind[] = {
    CHOICE("home_visit", "Home visit"),
    CHOICE("office", "Office appointment"),
    CHOICE("school", "School visit"),
    CHOICE("phone", "Phone call"),
    CHOICE("video", "Video call"),
    CHOICE("joint_police_visit", "Joint visit with police"),
    CHOICE("outreach", "Outreach"),
};

constexpr Choice kAttendance[] = {
    CHOICE("attended", "Attended"),
    CHOICE("did_not_attend", "Did not attend"),
    CHOICE("cancelled", "Cancelled"),
};

constexpr Choice kPlanStatus[] = {
    CHOICE("draft", "Draft"),
    CHOICE("active", "Active"),
    CHOICE("superseded", "Superseded"),
};

constexpr Choice kPlanSection[] = {
    CHOICE("warning_sign", "Warning signs"),
    CHOICE("unsafe", "People and places that are not safe"),
    CHOICE("safe_place", "Safe places"),
    CHOICE("safe_route", "Safe routes"),
    CHOICE("coping", "Things that help me cope"),
    CHOICE("trusted_adult", "Trusted adults"),
    CHOICE("professional", "Professionals"),
    CHOICE("emergency_contact", "Emergency contacts"),
    CHOICE("action", "Actions"),
};

// The words carry the rating, so nothing on screen or paper depends on colour alone.
constexpr Choice kRag[] = {CHOICE("red", "Red"), CHOICE("amber", "Amber"), CHOICE("green", "Green")};

constexpr Choice kEpisodeKind[] = {
    CHOICE("missing", "Missing from home or care"),
    CHOICE("nrm", "National Referral Mechanism (NRM) referral"),
    CHOICE("exclusion", "Exclusion from school"),
    CHOICE("semh", "Social, emotional and mental health (SEMH) referral"),
};

constexpr Choice kDecision[] = {
    CHOICE("pending", "Awaiting decision"),
    CHOICE("positive", "Positive"),
    CHOICE("negative", "Negative"),
};

constexpr Choice kExclusionKind[] = {
    CHOICE("suspension", "Suspension (fixed period)"),
    CHOICE("permanent", "Permanent exclusion"),
};

constexpr Choice kAuditAction[] = {
    CHOICE("view", "Viewed"),       CHOICE("create", "Created"),       CHOICE("update", "Changed"),
    CHOICE("delete", "Deleted"),    CHOICE("export", "Exported"),      CHOICE("import", "Imported"),
    CHOICE("print", "Printed"),     CHOICE("unlock", "Unlocked"),      CHOICE("failed_unlock", "Unlock refused"),
    CHOICE("lock", "Locked"),       CHOICE("rekey", "Passphrase changed"),
};

#undef CHOICE

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
    // Entities.cpp holds the English labels; marking them there with QT_TRANSLATE_NOOP in the
    // "FieldLabels" context is all that is needed for translations to appear here.
    return QCoreApplication::translate("FieldLabels", field.label.toUtf8().constData());
}

} // namespace trellis::domain
