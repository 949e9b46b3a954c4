#include "Entities.h"

#include <QHash>

namespace trellis::domain {

namespace {

FieldDef uuid(const char* name, const char* label)
{
    return {QString::fromLatin1(name), FieldType::Uuid, true, 36, {}, {}, 0, 0, QString::fromUtf8(label)};
}
FieldDef reference(const char* name, const char* label, const QString& target, bool required = true)
{
    return {QString::fromLatin1(name), FieldType::Reference, required, 36, {}, target, 0, 0, QString::fromUtf8(label)};
}
FieldDef text(const char* name, const char* label, int maxLength, bool required = false)
{
    return {QString::fromLatin1(name), FieldType::Text, required, maxLength, {}, {}, 0, 0, QString::fromUtf8(label)};
}
FieldDef date(const char* name, const char* label, bool required = false)
{
    return {QString::fromLatin1(name), FieldType::Date, required, 0, {}, {}, 0, 0, QString::fromUtf8(label)};
}
FieldDef pastDate(const char* name, const char* label, bool required = false)
{
    FieldDef def = date(name, label, required);
    def.notInFuture = true;
    return def;
}
FieldDef dateTime(const char* name, const char* label, bool required = false)
{
    return {QString::fromLatin1(name), FieldType::DateTime, required, 0, {}, {}, 0, 0, QString::fromUtf8(label)};
}
FieldDef integer(const char* name, const char* label, int minimum, int maximum, bool required = false)
{
    return {QString::fromLatin1(name), FieldType::Integer, required, 0, {}, {}, minimum, maximum,
            QString::fromUtf8(label)};
}
FieldDef boolean(const char* name, const char* label)
{
    return {QString::fromLatin1(name), FieldType::Boolean, false, 0, {}, {}, 0, 1, QString::fromUtf8(label)};
}
FieldDef oneOf(const char* name, const char* label, const QStringList& choices, bool required = true)
{
    return {QString::fromLatin1(name), FieldType::Enum, required, 0, choices, {}, 0, 0, QString::fromUtf8(label)};
}
// A field added after records were first written: absent means `value` (see FieldDef::absentMeans).
FieldDef addedLater(FieldDef def, const char* value)
{
    def.absentMeans = QString::fromLatin1(value);
    return def;
}
FieldDef phone(const char* name, const char* label)
{
    return {QString::fromLatin1(name), FieldType::Phone, false, 16, {}, {}, 0, 0, QString::fromUtf8(label)};
}
FieldDef email(const char* name, const char* label)
{
    return {QString::fromLatin1(name), FieldType::Email, false, 254, {}, {}, 0, 0, QString::fromUtf8(label)};
}

EntityDef syncable(const QString& name, const char* label, QList<FieldDef> fields, bool appendOnly = false)
{
    fields.prepend(uuid("id", "id"));
    fields.append(syncMetadataFields());
    return {name, QString::fromUtf8(label), fields, true, appendOnly};
}

QList<EntityDef> build()
{
    using namespace choices;
    const QStringList ratings3{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
    const QStringList decisions{QStringLiteral("pending"), QStringLiteral("positive"), QStringLiteral("negative")};
    QList<FieldDef> youngPersonFields{
        text("reference", "reference", 20, true),
        text("given_name", "given name", 80, true),
        text("family_name", "family name", 80, true),
        text("preferred_name", "preferred name", 80),
        pastDate("date_of_birth", "date of birth", true),
        oneOf("gender", "gender", {"female", "male", "non_binary", "other", "not_stated"}),
        oneOf("ethnicity", "ethnicity", ethnicity()),
        text("postcode_district", "postcode district", 4),
        reference("lead_worker_id", "lead worker", entity::Worker, false),
        oneOf("status", "case status", {"open", "closed"}),
        oneOf("ete_status", "education, training or employment",
              {"school", "college", "training", "employment", "neet"}),
        text("ete_provider", "education or training provider", 120),
        oneOf("send_status", "SEND", {"none", "sen_support", "ehcp"}),
        oneOf("care_status", "care status",
              {"none", "child_in_need", "child_protection_plan", "looked_after", "care_leaver"}),
        oneOf("suitable_accommodation", "suitable accommodation", {"yes", "no", "unknown"}),
        addedLater(oneOf("learning_plan", "formal learning plan", {"yes", "no", "unknown"}), "unknown"),
        addedLater(oneOf("mental_health", "mental health and emotional wellbeing", supportStage()), "not_screened"),
        addedLater(oneOf("substance_misuse", "substance misuse", supportStage()), "not_screened"),
    };
    youngPersonFields.append({boolean("flag_cce", "child criminal exploitation"),
                              boolean("flag_cse", "child sexual exploitation"),
                              boolean("flag_county_lines", "county lines"),
                              boolean("flag_gang_affected", "gang-affected"),
                              boolean("flag_missing_risk", "risk of going missing"),
                              boolean("flag_knife_crime_victim", "victim of knife crime"),
                              boolean("flag_domestic_abuse", "domestic abuse at home")});
    youngPersonFields.append({
        oneOf("safety_wellbeing", "safety and wellbeing rating", riskRating()),
        oneOf("risk_serious_harm", "risk of serious harm rating", riskRating()),
        oneOf("reoffending_likelihood", "likelihood of reoffending", ratings3),
        date("next_review_date", "next review date"),
        date("next_contact_due", "next contact due"),
    });

    return {
        syncable(entity::Worker, "worker",
                 {text("login", "login", 64, true), text("display_name", "name", 120, true), text("team", "team", 120),
                  oneOf("role", "role", {"caseworker", "supervisor", "manager"})}),
        syncable(entity::YoungPerson, "young person", youngPersonFields),
        syncable(entity::TrustedAdult, "trusted adult",
                 {text("given_name", "given name", 80, true), text("family_name", "family name", 80),
                  text("relationship", "relationship", 80, true), phone("phone_primary", "main phone number"),
                  phone("phone_secondary", "other phone number"), email("email", "email"),
                  text("availability", "when they can be reached", 200),
                  oneOf("consent", "consent to share", {"given", "refused", "not_asked"}),
                  pastDate("consent_checked_on", "consent checked on"), boolean("do_not_contact", "do not contact"),
                  text("do_not_contact_reason", "reason not to contact", 500), text("verified_by", "verified by", 120),
                  pastDate("verified_on", "verified on"), text("notes", "notes", 4000)}),
        syncable(entity::TrustedAdultLink, "trusted adult link",
                 {reference("young_person_id", "young person", entity::YoungPerson),
                  reference("trusted_adult_id", "trusted adult", entity::TrustedAdult),
                  oneOf("role", "role", {"trusted_adult", "emergency_contact", "parent_carer"})}),
        syncable(entity::Intervention, "intervention",
                 {reference("young_person_id", "young person", entity::YoungPerson),
                  oneOf("type", "intervention type", interventionType()), text("legal_status", "legal status", 200),
                  pastDate("outcome_date", "outcome date"), date("start_date", "start date", true),
                  date("end_date", "end date"), text("offence_category", "offence category", 120),
                  pastDate("offence_date", "offence date")}),
        syncable(entity::Contact, "contact",
                 {reference("young_person_id", "young person", entity::YoungPerson),
                  dateTime("occurred_at", "date and time of contact", true),
                  integer("duration_minutes", "duration in minutes", 0, 1440, true),
                  oneOf("kind", "kind of contact",
                        {"home_visit", "office", "school", "phone", "video", "joint_police_visit", "outreach"}),
                  oneOf("attendance", "attendance", {"attended", "did_not_attend", "cancelled"}),
                  text("present", "who was present", 500), text("summary", "summary", 10000, true),
                  date("next_contact_due", "next contact due")},
                 true),
        syncable(entity::SafetyPlan, "safety plan",
                 {reference("young_person_id", "young person", entity::YoungPerson),
                  integer("version", "version", 1, 100000, true),
                  oneOf("status", "plan status", {"draft", "active", "superseded"}),
                  text("code_word", "code word", 40), text("own_words", "the plan in my own words", 10000),
                  date("review_date", "review date"), pastDate("agreed_young_person_on", "agreed by the young person on"),
                  pastDate("agreed_carer_on", "agreed by the parent or carer on"),
                  pastDate("agreed_practitioner_on", "agreed by the practitioner on"),
                  dateTime("activated_at", "activated at")}),
        syncable(entity::SafetyPlanItem, "safety plan item",
                 {reference("safety_plan_id", "safety plan", entity::SafetyPlan),
                  oneOf("section", "section",
                        {"warning_sign", "unsafe", "safe_place", "safe_route", "coping", "trusted_adult",
                         "professional", "emergency_contact", "action"}),
                  integer("position", "position", 0, 10000, true), text("text", "text", 2000, true),
                  oneOf("rating", "rating", {"red", "amber", "green"}, false), text("notes", "notes", 2000),
                  text("who", "who", 120), date("due_date", "by when"),
                  reference("trusted_adult_id", "trusted adult", entity::TrustedAdult, false)}),
        syncable(entity::Episode, "episode",
                 {reference("young_person_id", "young person", entity::YoungPerson),
                  oneOf("kind", "kind of episode", {"missing", "nrm", "exclusion", "semh", "knife_crime"}),
                  pastDate("start_date", "start date", true), pastDate("end_date", "end date"),
                  pastDate("return_interview_date", "return home interview date"),
                  oneOf("nrm_reasonable_grounds", "reasonable-grounds decision", decisions, false),
                  pastDate("nrm_reasonable_grounds_on", "reasonable-grounds decision date"),
                  oneOf("nrm_conclusive_grounds", "conclusive-grounds decision", decisions, false),
                  pastDate("nrm_conclusive_grounds_on", "conclusive-grounds decision date"),
                  oneOf("exclusion_kind", "kind of exclusion", {"suspension", "permanent"}, false),
                  integer("exclusion_days", "days excluded", 0, 365), pastDate("first_appointment_date", "first appointment"),
                  text("notes", "notes", 4000)}),
        EntityDef{entity::AuditEvent,
                  QStringLiteral("audit event"),
                  {uuid("id", "id"), dateTime("occurred_at", "time", true), text("actor", "who", 64, true),
                   oneOf("action", "action",
                         {"view", "create", "update", "delete", "export", "import", "print", "unlock",
                          "failed_unlock", "lock", "rekey"}),
                   text("entity", "entity", 40), text("entity_id", "record id", 36),
                   integer("record_count", "number of records", 0, 2000000000)},
                  false,
                  true},
    };
}

} // namespace

const QList<EntityDef>& Entities::all()
{
    static const QList<EntityDef> defs = [] {
        QList<EntityDef> built = build();
        for (EntityDef& def : built)
            def.indexFields();
        return built;
    }();
    return defs;
}

const EntityDef* Entities::find(const QString& name)
{
    for (const EntityDef& def : all()) {
        if (def.name == name)
            return &def;
    }
    return nullptr;
}

const EntityDef& Entities::get(const QString& name)
{
    const EntityDef* def = find(name);
    Q_ASSERT_X(def, "Entities::get", "unknown entity name fixed in code");
    return *def;
}

namespace choices {

QStringList ethnicity()
{
    return {"asian_bangladeshi", "asian_chinese", "asian_indian", "asian_pakistani", "asian_other",
            "black_african", "black_caribbean", "black_other", "mixed_white_asian", "mixed_white_black_african",
            "mixed_white_black_caribbean", "mixed_other", "white_british", "white_irish", "white_gypsy_traveller",
            "white_roma", "white_other", "other_arab", "other_any", "not_stated"};
}

QStringList interventionType()
{
    return {"prevention", "diversion_triage", "community_resolution", "youth_caution", "youth_conditional_caution",
            "referral_order", "youth_rehabilitation_order", "yro_iss", "detention_training_order", "remand"};
}

QStringList substantiveInterventionTypes()
{
    return {"youth_caution", "youth_conditional_caution", "referral_order", "youth_rehabilitation_order", "yro_iss",
            "detention_training_order"};
}

QStringList riskRating() { return {"low", "medium", "high", "very_high"}; }

QStringList supportStage()
{
    return {"not_screened", "no_need", "need_identified", "intervention_offered", "attending"};
}

QStringList vulnerabilityFlags()
{
    return {"flag_cce", "flag_cse", "flag_county_lines", "flag_gang_affected", "flag_missing_risk",
            "flag_knife_crime_victim", "flag_domestic_abuse"};
}

} // namespace choices

} // namespace trellis::domain
