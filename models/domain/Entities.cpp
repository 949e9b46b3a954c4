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
    fields.prepend(uuid("id", QT_TRANSLATE_NOOP("FieldLabels", "id")));
    fields.append(syncMetadataFields());
    return {name, QString::fromUtf8(label), fields, true, appendOnly};
}

QList<EntityDef> build()
{
    using namespace choices;
    const QStringList ratings3{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
    const QStringList decisions{QStringLiteral("pending"), QStringLiteral("positive"), QStringLiteral("negative")};
    QList<FieldDef> youngPersonFields{
        text("reference", QT_TRANSLATE_NOOP("FieldLabels", "reference"), 20, true),
        text("given_name", QT_TRANSLATE_NOOP("FieldLabels", "given name"), 80, true),
        text("family_name", QT_TRANSLATE_NOOP("FieldLabels", "family name"), 80, true),
        text("preferred_name", QT_TRANSLATE_NOOP("FieldLabels", "preferred name"), 80),
        pastDate("date_of_birth", QT_TRANSLATE_NOOP("FieldLabels", "date of birth"), true),
        oneOf("gender", QT_TRANSLATE_NOOP("FieldLabels", "gender"),
              {"female", "male", "non_binary", "other", "not_stated"}),
        oneOf("ethnicity", QT_TRANSLATE_NOOP("FieldLabels", "ethnicity"), ethnicity()),
        text("postcode_district", QT_TRANSLATE_NOOP("FieldLabels", "postcode district"), 4),
        reference("lead_worker_id", QT_TRANSLATE_NOOP("FieldLabels", "lead worker"), entity::Worker, false),
        oneOf("status", QT_TRANSLATE_NOOP("FieldLabels", "case status"), {"open", "closed"}),
        oneOf("ete_status", QT_TRANSLATE_NOOP("FieldLabels", "education, training or employment"),
              {"school", "college", "training", "employment", "neet"}),
        text("ete_provider", QT_TRANSLATE_NOOP("FieldLabels", "education or training provider"), 120),
        oneOf("send_status", QT_TRANSLATE_NOOP("FieldLabels", "SEND"), {"none", "sen_support", "ehcp"}),
        oneOf("care_status", QT_TRANSLATE_NOOP("FieldLabels", "care status"),
              {"none", "child_in_need", "child_protection_plan", "looked_after", "care_leaver"}),
        oneOf("suitable_accommodation", QT_TRANSLATE_NOOP("FieldLabels", "suitable accommodation"),
              {"yes", "no", "unknown"}),
        addedLater(
            oneOf("learning_plan", QT_TRANSLATE_NOOP("FieldLabels", "formal learning plan"), {"yes", "no", "unknown"}),
            "unknown"),
        addedLater(oneOf("mental_health", QT_TRANSLATE_NOOP("FieldLabels", "mental health and emotional wellbeing"),
                         supportStage()),
                   "not_screened"),
        addedLater(oneOf("substance_misuse", QT_TRANSLATE_NOOP("FieldLabels", "substance misuse"), supportStage()),
                   "not_screened"),
    };
    youngPersonFields.append(
        {boolean("flag_cce", QT_TRANSLATE_NOOP("FieldLabels", "child criminal exploitation")),
         boolean("flag_cse", QT_TRANSLATE_NOOP("FieldLabels", "child sexual exploitation")),
         boolean("flag_county_lines", QT_TRANSLATE_NOOP("FieldLabels", "county lines")),
         boolean("flag_gang_affected", QT_TRANSLATE_NOOP("FieldLabels", "gang-affected")),
         boolean("flag_missing_risk", QT_TRANSLATE_NOOP("FieldLabels", "risk of going missing")),
         boolean("flag_knife_crime_victim", QT_TRANSLATE_NOOP("FieldLabels", "victim of knife crime")),
         boolean("flag_domestic_abuse", QT_TRANSLATE_NOOP("FieldLabels", "domestic abuse at home"))});
    youngPersonFields.append({
        oneOf("safety_wellbeing", QT_TRANSLATE_NOOP("FieldLabels", "safety and wellbeing rating"), riskRating()),
        oneOf("risk_serious_harm", QT_TRANSLATE_NOOP("FieldLabels", "risk of serious harm rating"), riskRating()),
        oneOf("reoffending_likelihood", QT_TRANSLATE_NOOP("FieldLabels", "likelihood of reoffending"), ratings3),
        date("next_review_date", QT_TRANSLATE_NOOP("FieldLabels", "next review date")),
        date("next_contact_due", QT_TRANSLATE_NOOP("FieldLabels", "next contact due")),
    });

    return {
        syncable(entity::Worker, QT_TRANSLATE_NOOP("EntityLabels", "worker"),
                 {text("login", QT_TRANSLATE_NOOP("FieldLabels", "login"), 64, true),
                  text("display_name", QT_TRANSLATE_NOOP("FieldLabels", "name"), 120, true),
                  text("team", QT_TRANSLATE_NOOP("FieldLabels", "team"), 120),
                  oneOf("role", QT_TRANSLATE_NOOP("FieldLabels", "role"), {"caseworker", "supervisor", "manager"})}),
        syncable(entity::YoungPerson, QT_TRANSLATE_NOOP("EntityLabels", "young person"), youngPersonFields),
        syncable(
            entity::TrustedAdult, QT_TRANSLATE_NOOP("EntityLabels", "trusted adult"),
            {text("given_name", QT_TRANSLATE_NOOP("FieldLabels", "given name"), 80, true),
             text("family_name", QT_TRANSLATE_NOOP("FieldLabels", "family name"), 80),
             text("relationship", QT_TRANSLATE_NOOP("FieldLabels", "relationship"), 80, true),
             phone("phone_primary", QT_TRANSLATE_NOOP("FieldLabels", "main phone number")),
             phone("phone_secondary", QT_TRANSLATE_NOOP("FieldLabels", "other phone number")),
             email("email", QT_TRANSLATE_NOOP("FieldLabels", "email")),
             text("availability", QT_TRANSLATE_NOOP("FieldLabels", "when they can be reached"), 200),
             oneOf("consent", QT_TRANSLATE_NOOP("FieldLabels", "consent to share"), {"given", "refused", "not_asked"}),
             pastDate("consent_checked_on", QT_TRANSLATE_NOOP("FieldLabels", "consent checked on")),
             boolean("do_not_contact", QT_TRANSLATE_NOOP("FieldLabels", "do not contact")),
             text("do_not_contact_reason", QT_TRANSLATE_NOOP("FieldLabels", "reason not to contact"), 500),
             text("verified_by", QT_TRANSLATE_NOOP("FieldLabels", "verified by"), 120),
             pastDate("verified_on", QT_TRANSLATE_NOOP("FieldLabels", "verified on")),
             text("notes", QT_TRANSLATE_NOOP("FieldLabels", "notes"), 4000)}),
        syncable(
            entity::TrustedAdultLink, QT_TRANSLATE_NOOP("EntityLabels", "trusted adult link"),
            {reference("young_person_id", QT_TRANSLATE_NOOP("FieldLabels", "young person"), entity::YoungPerson),
             reference("trusted_adult_id", QT_TRANSLATE_NOOP("FieldLabels", "trusted adult"), entity::TrustedAdult),
             oneOf("role", QT_TRANSLATE_NOOP("FieldLabels", "role"),
                   {"trusted_adult", "emergency_contact", "parent_carer"})}),
        syncable(entity::Intervention, QT_TRANSLATE_NOOP("EntityLabels", "intervention"),
                 {reference("young_person_id", QT_TRANSLATE_NOOP("FieldLabels", "young person"), entity::YoungPerson),
                  oneOf("type", QT_TRANSLATE_NOOP("FieldLabels", "intervention type"), interventionType()),
                  text("legal_status", QT_TRANSLATE_NOOP("FieldLabels", "legal status"), 200),
                  pastDate("outcome_date", QT_TRANSLATE_NOOP("FieldLabels", "outcome date")),
                  date("start_date", QT_TRANSLATE_NOOP("FieldLabels", "start date"), true),
                  date("end_date", QT_TRANSLATE_NOOP("FieldLabels", "end date")),
                  text("offence_category", QT_TRANSLATE_NOOP("FieldLabels", "offence category"), 120),
                  pastDate("offence_date", QT_TRANSLATE_NOOP("FieldLabels", "offence date"))}),
        syncable(entity::Contact, QT_TRANSLATE_NOOP("EntityLabels", "contact"),
                 {reference("young_person_id", QT_TRANSLATE_NOOP("FieldLabels", "young person"), entity::YoungPerson),
                  dateTime("occurred_at", QT_TRANSLATE_NOOP("FieldLabels", "date and time of contact"), true),
                  integer("duration_minutes", QT_TRANSLATE_NOOP("FieldLabels", "duration in minutes"), 0, 1440, true),
                  oneOf("kind", QT_TRANSLATE_NOOP("FieldLabels", "kind of contact"),
                        {"home_visit", "office", "school", "phone", "video", "joint_police_visit", "outreach"}),
                  oneOf("attendance", QT_TRANSLATE_NOOP("FieldLabels", "attendance"),
                        {"attended", "did_not_attend", "cancelled"}),
                  text("present", QT_TRANSLATE_NOOP("FieldLabels", "who was present"), 500),
                  text("summary", QT_TRANSLATE_NOOP("FieldLabels", "summary"), 10000, true),
                  date("next_contact_due", QT_TRANSLATE_NOOP("FieldLabels", "next contact due"))},
                 true),
        syncable(entity::SafetyPlan, QT_TRANSLATE_NOOP("EntityLabels", "safety plan"),
                 {reference("young_person_id", QT_TRANSLATE_NOOP("FieldLabels", "young person"), entity::YoungPerson),
                  integer("version", QT_TRANSLATE_NOOP("FieldLabels", "version"), 1, 100000, true),
                  oneOf("status", QT_TRANSLATE_NOOP("FieldLabels", "plan status"), {"draft", "active", "superseded"}),
                  text("code_word", QT_TRANSLATE_NOOP("FieldLabels", "code word"), 40),
                  text("own_words", QT_TRANSLATE_NOOP("FieldLabels", "the plan in my own words"), 10000),
                  date("review_date", QT_TRANSLATE_NOOP("FieldLabels", "review date")),
                  pastDate("agreed_young_person_on", QT_TRANSLATE_NOOP("FieldLabels", "agreed by the young person on")),
                  pastDate("agreed_carer_on", QT_TRANSLATE_NOOP("FieldLabels", "agreed by the parent or carer on")),
                  pastDate("agreed_practitioner_on", QT_TRANSLATE_NOOP("FieldLabels", "agreed by the practitioner on")),
                  dateTime("activated_at", QT_TRANSLATE_NOOP("FieldLabels", "activated at"))}),
        syncable(entity::SafetyPlanItem, QT_TRANSLATE_NOOP("EntityLabels", "safety plan item"),
                 {reference("safety_plan_id", QT_TRANSLATE_NOOP("FieldLabels", "safety plan"), entity::SafetyPlan),
                  oneOf("section", QT_TRANSLATE_NOOP("FieldLabels", "section"),
                        {"warning_sign", "unsafe", "safe_place", "safe_route", "coping", "trusted_adult",
                         "professional", "emergency_contact", "action"}),
                  integer("position", QT_TRANSLATE_NOOP("FieldLabels", "position"), 0, 10000, true),
                  text("text", QT_TRANSLATE_NOOP("FieldLabels", "text"), 2000, true),
                  oneOf("rating", QT_TRANSLATE_NOOP("FieldLabels", "rating"), {"red", "amber", "green"}, false),
                  text("notes", QT_TRANSLATE_NOOP("FieldLabels", "notes"), 2000),
                  text("who", QT_TRANSLATE_NOOP("FieldLabels", "who"), 120),
                  date("due_date", QT_TRANSLATE_NOOP("FieldLabels", "by when")),
                  reference("trusted_adult_id", QT_TRANSLATE_NOOP("FieldLabels", "trusted adult"), entity::TrustedAdult,
                            false)}),
        syncable(entity::Episode, QT_TRANSLATE_NOOP("EntityLabels", "episode"),
                 {reference("young_person_id", QT_TRANSLATE_NOOP("FieldLabels", "young person"), entity::YoungPerson),
                  oneOf("kind", QT_TRANSLATE_NOOP("FieldLabels", "kind of episode"),
                        {"missing", "nrm", "exclusion", "semh", "knife_crime"}),
                  pastDate("start_date", QT_TRANSLATE_NOOP("FieldLabels", "start date"), true),
                  pastDate("end_date", QT_TRANSLATE_NOOP("FieldLabels", "end date")),
                  pastDate("return_interview_date", QT_TRANSLATE_NOOP("FieldLabels", "return home interview date")),
                  oneOf("nrm_reasonable_grounds", QT_TRANSLATE_NOOP("FieldLabels", "reasonable-grounds decision"),
                        decisions, false),
                  pastDate("nrm_reasonable_grounds_on",
                           QT_TRANSLATE_NOOP("FieldLabels", "reasonable-grounds decision date")),
                  oneOf("nrm_conclusive_grounds", QT_TRANSLATE_NOOP("FieldLabels", "conclusive-grounds decision"),
                        decisions, false),
                  pastDate("nrm_conclusive_grounds_on",
                           QT_TRANSLATE_NOOP("FieldLabels", "conclusive-grounds decision date")),
                  oneOf("exclusion_kind", QT_TRANSLATE_NOOP("FieldLabels", "kind of exclusion"),
                        {"suspension", "permanent"}, false),
                  integer("exclusion_days", QT_TRANSLATE_NOOP("FieldLabels", "days excluded"), 0, 365),
                  pastDate("first_appointment_date", QT_TRANSLATE_NOOP("FieldLabels", "first appointment")),
                  text("notes", QT_TRANSLATE_NOOP("FieldLabels", "notes"), 4000)}),
        EntityDef{entity::AuditEvent,
                  QStringLiteral("audit event"),
                  {uuid("id", QT_TRANSLATE_NOOP("FieldLabels", "id")),
                   dateTime("occurred_at", QT_TRANSLATE_NOOP("FieldLabels", "time"), true),
                   text("actor", QT_TRANSLATE_NOOP("FieldLabels", "who"), 64, true),
                   oneOf("action", QT_TRANSLATE_NOOP("FieldLabels", "action"),
                         {"view", "create", "update", "delete", "export", "import", "print", "unlock", "failed_unlock",
                          "lock", "rekey"}),
                   text("entity", QT_TRANSLATE_NOOP("FieldLabels", "entity"), 40),
                   text("entity_id", QT_TRANSLATE_NOOP("FieldLabels", "record id"), 36),
                   integer("record_count", QT_TRANSLATE_NOOP("FieldLabels", "number of records"), 0, 2000000000)},
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
    return {"asian_bangladeshi",
            "asian_chinese",
            "asian_indian",
            "asian_pakistani",
            "asian_other",
            "black_african",
            "black_caribbean",
            "black_other",
            "mixed_white_asian",
            "mixed_white_black_african",
            "mixed_white_black_caribbean",
            "mixed_other",
            "white_british",
            "white_irish",
            "white_gypsy_traveller",
            "white_roma",
            "white_other",
            "other_arab",
            "other_any",
            "not_stated"};
}

QStringList interventionType()
{
    return {"prevention",
            "diversion_triage",
            "community_resolution",
            "youth_caution",
            "youth_conditional_caution",
            "referral_order",
            "youth_rehabilitation_order",
            "yro_iss",
            "detention_training_order",
            "remand"};
}

QStringList substantiveInterventionTypes()
{
    return {"youth_caution", "youth_conditional_caution", "referral_order", "youth_rehabilitation_order",
            "yro_iss",       "detention_training_order"};
}

QStringList riskRating()
{
    return {"low", "medium", "high", "very_high"};
}

QStringList supportStage()
{
    return {"not_screened", "no_need", "need_identified", "intervention_offered", "attending"};
}

QStringList vulnerabilityFlags()
{
    return {"flag_cce",           "flag_cse",          "flag_county_lines",
            "flag_gang_affected", "flag_missing_risk", "flag_knife_crime_victim",
            "flag_domestic_abuse"};
}

} // namespace choices

} // namespace trellis::domain
