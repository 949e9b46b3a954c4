#include "Measure.h"

#include <QCoreApplication>

namespace trellis::kpi {

// The definitions are the words people read (dashboard tooltips, docs/kpi-definitions.md,
// `trellisctl kpi`), so each says who is counted, on which date and what is left out. They are
// written once here; the documentation repeats them word for word. They stay English here (the CLI,
// the JSON and CSV exports, tst_kpi_docs); the dashboard shows shownTitle()/shownDefinition(),
// translated in the "trellis::kpi::Measure" context.

std::optional<double> MeasureValue::percent() const
{
    if (denominator <= 0)
        return std::nullopt;
    return 100.0 * count / denominator;
}

QString MeasureDefinition::shownTitle() const
{
    return QCoreApplication::translate("trellis::kpi::Measure", title.toUtf8().constData());
}

QString MeasureDefinition::shownDefinition() const
{
    return QCoreApplication::translate("trellis::kpi::Measure", definition.toUtf8().constData());
}

namespace {

MeasureDefinition overdue(const char* key, const char* title, const char* definition, bool events)
{
    return {QString::fromLatin1(key),
            MeasureGroup::Overdue,
            MeasureUnit::Count,
            QString::fromUtf8(title),
            QString::fromUtf8(definition),
            false,
            events};
}

MeasureDefinition safety(const char* key, MeasureUnit unit, const char* title, const char* definition, bool events,
                         bool perPeriod = true)
{
    return {QString::fromLatin1(key),
            MeasureGroup::YouthSafety,
            unit,
            QString::fromUtf8(title),
            QString::fromUtf8(definition),
            perPeriod,
            events};
}

MeasureDefinition yjb(const char* key, const char* title, const char* definition)
{
    return {QString::fromLatin1(key),
            MeasureGroup::Yjb,
            MeasureUnit::Percent,
            QString::fromUtf8(title),
            QString::fromUtf8(definition),
            false,
            false};
}

QList<MeasureDefinition> build()
{
    using U = MeasureUnit;
    return {
        overdue("overdue_contacts", QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Contacts overdue"),
                QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Open cases whose next contact was due before today."),
                false),
        overdue("overdue_plan_reviews", QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Safety plan reviews overdue"),
                QT_TRANSLATE_NOOP("trellis::kpi::Measure",
                                  "Open cases whose active safety plan has a review date before today."),
                false),
        overdue("rhi_not_held", QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Return home interviews not held"),
                QT_TRANSLATE_NOOP(
                    "trellis::kpi::Measure",
                    "Missing episodes of open cases where the young person has returned, no return home interview "
                    "is recorded and more than 3 days (72 hours) have passed since the return date."),
                true),
        overdue("semh_no_first_appointment",
                QT_TRANSLATE_NOOP("trellis::kpi::Measure", "SEMH first appointments overdue"),
                QT_TRANSLATE_NOOP(
                    "trellis::kpi::Measure",
                    "SEMH referrals of open cases with no first appointment recorded and more than 28 days passed "
                    "since the referral date."),
                true),
        overdue("nrm_positive_no_plan",
                QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Positive NRM decision, no active safety plan"),
                QT_TRANSLATE_NOOP(
                    "trellis::kpi::Measure",
                    "Open cases with a positive NRM decision (a positive conclusive grounds decision, or a positive "
                    "reasonable grounds decision while the conclusive decision is pending or not recorded) not "
                    "dated after today, and no active safety plan."),
                false),

        safety("first_time_entrants", U::Count, QT_TRANSLATE_NOOP("trellis::kpi::Measure", "First-time entrants"),
               QT_TRANSLATE_NOOP(
                   "trellis::kpi::Measure",
                   "Young people whose first ever substantive outcome (youth caution, youth conditional caution or "
                   "a court sentence: referral order, youth rehabilitation order with or without ISS, detention and "
                   "training order) has its outcome date in the period, aged 10 to 17 on that date. The outcome "
                   "date is the recorded outcome date, else the start date. Triage, community resolutions, "
                   "prevention and remand are not substantive."),
               false),
        safety("custodial_outcomes", U::Count, QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Custodial sentences"),
               QT_TRANSLATE_NOOP(
                   "trellis::kpi::Measure",
                   "Detention and training orders whose outcome date (else start date) is in the period, one per "
                   "order."),
               true),
        safety("reoffending_rate", U::Percent, QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Proven reoffending"),
               QT_TRANSLATE_NOOP(
                   "trellis::kpi::Measure",
                   "Cohort: young people with a substantive outcome, or a release from custody (the end date of a "
                   "detention and training order), in the period; the index date is the first such date in the "
                   "period. Reoffenders: those with another substantive outcome for an offence committed after the "
                   "index date and within 12 months of it, whose outcome date is within 18 months of the index "
                   "date. Provisional until 18 months after the period ends."),
               false),
        safety("neet_16_17", U::Percent, QT_TRANSLATE_NOOP("trellis::kpi::Measure", "NEET aged 16–17"),
               QT_TRANSLATE_NOOP(
                   "trellis::kpi::Measure",
                   "Open cases aged 16 or 17 today whose education, training or employment status is NEET (not in "
                   "education, employment or training). A snapshot as at today: the store keeps the current status, "
                   "not its history."),
               false, false),
        safety(
            "missing_episodes", U::Count, QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Missing episodes"),
            QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Missing episodes that started in the period, one per episode."),
            true),
        safety("children_missing", U::Count, QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Children missing"),
               QT_TRANSLATE_NOOP("trellis::kpi::Measure",
                                 "Young people with at least one missing episode that started in the period."),
               false),
        safety("nrm_positive_with_plan", U::Percent,
               QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Positive NRM with a safety plan"),
               QT_TRANSLATE_NOOP(
                   "trellis::kpi::Measure",
                   "Young people with a positive NRM decision dated in the period (the date of the positive "
                   "conclusive decision, else of the positive reasonable grounds decision while the conclusive one "
                   "is pending or not recorded); counted when a version of their safety plan was activated on or "
                   "before the end of the period (or today, if earlier)."),
               false),
        safety("semh_within_4_weeks", U::Percent,
               QT_TRANSLATE_NOOP("trellis::kpi::Measure", "SEMH first appointment within 4 weeks"),
               QT_TRANSLATE_NOOP(
                   "trellis::kpi::Measure",
                   "SEMH referrals made in the period, one per referral, leaving out referrals still inside their "
                   "28 days with no appointment yet; counted when the first appointment was on or before the 28th "
                   "day after the referral date."),
               true),
        safety("suspensions", U::Count, QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Suspensions"),
               QT_TRANSLATE_NOOP(
                   "trellis::kpi::Measure",
                   "School exclusions recorded as suspensions (fixed-term) that started in the period, one per "
                   "exclusion."),
               true),
        safety(
            "permanent_exclusions", U::Count, QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Permanent exclusions"),
            QT_TRANSLATE_NOOP("trellis::kpi::Measure",
                              "School exclusions recorded as permanent that started in the period, one per exclusion."),
            true),
        safety("knife_crime_victims_under_25", U::Count,
               QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Knife-crime victims under 25"),
               QT_TRANSLATE_NOOP(
                   "trellis::kpi::Measure",
                   "Young people recorded as a victim of knife crime on a day in the period, aged under 25 on that "
                   "day."),
               false),

        yjb("yjb_suitable_accommodation", QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Suitable accommodation"),
            QT_TRANSLATE_NOOP(
                "trellis::kpi::Measure",
                "Open cases whose accommodation is recorded as suitable, of all open cases. Unknown counts as not "
                "suitable.")),
        yjb("yjb_ete", QT_TRANSLATE_NOOP("trellis::kpi::Measure", "In education, training or employment"),
            QT_TRANSLATE_NOOP(
                "trellis::kpi::Measure",
                "Open cases whose education, training or employment status is not NEET, of all open cases.")),
        yjb("yjb_send_ete_plan", QT_TRANSLATE_NOOP("trellis::kpi::Measure", "SEND: in ETE with a formal learning plan"),
            QT_TRANSLATE_NOOP(
                "trellis::kpi::Measure",
                "Open cases with special educational needs (SEN support or an EHCP) who are in education, training "
                "or employment and have a formal learning plan, of all open cases with special educational needs.")),
        yjb("yjb_mh_need_identified", QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Mental health: need identified"),
            QT_TRANSLATE_NOOP(
                "trellis::kpi::Measure",
                "Open cases screened for mental health and emotional wellbeing needs where a need was identified, "
                "of all open cases screened.")),
        yjb("yjb_mh_intervention_offered",
            QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Mental health: intervention offered"),
            QT_TRANSLATE_NOOP(
                "trellis::kpi::Measure",
                "Open cases offered an intervention for an identified mental health need (or attending one), of all "
                "open cases with a need identified.")),
        yjb("yjb_mh_attending", QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Mental health: attending"),
            QT_TRANSLATE_NOOP(
                "trellis::kpi::Measure",
                "Open cases attending an intervention for their mental health need, of all open cases offered one.")),
        yjb("yjb_substance_need_identified",
            QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Substance misuse: need identified"),
            QT_TRANSLATE_NOOP(
                "trellis::kpi::Measure",
                "Open cases screened for substance misuse where a need was identified, of all open cases screened.")),
        yjb("yjb_substance_intervention_offered",
            QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Substance misuse: intervention offered"),
            QT_TRANSLATE_NOOP(
                "trellis::kpi::Measure",
                "Open cases offered an intervention for an identified substance misuse need (or attending one), of "
                "all open cases with a need identified.")),
        yjb("yjb_substance_attending", QT_TRANSLATE_NOOP("trellis::kpi::Measure", "Substance misuse: attending"),
            QT_TRANSLATE_NOOP(
                "trellis::kpi::Measure",
                "Open cases attending an intervention for substance misuse, of all open cases offered one.")),
    };
}

} // namespace

const QList<MeasureDefinition>& MeasureCatalogue::all()
{
    static const QList<MeasureDefinition> definitions = build();
    return definitions;
}

QList<MeasureDefinition> MeasureCatalogue::inGroup(MeasureGroup group)
{
    QList<MeasureDefinition> found;
    for (const auto& definition : all()) {
        if (definition.group == group)
            found.append(definition);
    }
    return found;
}

const MeasureDefinition* MeasureCatalogue::find(const QString& key)
{
    for (const auto& definition : all()) {
        if (definition.key == key)
            return &definition;
    }
    return nullptr;
}

} // namespace trellis::kpi
