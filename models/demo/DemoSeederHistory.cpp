#include "DemoData.h"
#include "DemoPerson.h"
#include "DemoSeeder.h"
#include "domain/Entities.h"

namespace trellis::demo {

using domain::Record;
using detail::at;
namespace entity = domain::entity;

void DemoSeeder::seedEpisodes(const Person& person)
{
    const QDate today = m_options.today;
    auto episode = [&](const char* kind, const QDate& start) {
        Record record = make(entity::Episode, at(start, 15));
        record.set(QStringLiteral("young_person_id"), person.id);
        record.set(QStringLiteral("kind"), QString::fromLatin1(kind));
        record.set(QStringLiteral("start_date"), start);
        return record;
    };
    if (person.flags.contains(QStringLiteral("flag_missing_risk"))) {
        const int count = between(1, 4);
        for (int i = 0; i < count && m_report.failure.isEmpty(); ++i) {
            const QDate start = today.addDays(-between(1, 365));
            Record missing = episode("missing", start);
            const QDate returned = std::min(start.addDays(between(0, 3)), today);
            missing.set(QStringLiteral("end_date"), returned);
            const QDate interview = returned.addDays(between(0, 5));
            if (interview <= today && chance(0.85))
                missing.set(QStringLiteral("return_interview_date"), interview);
            save(missing);
        }
    }
    const bool exploited = person.flags.contains(QStringLiteral("flag_cce")) ||
                           person.flags.contains(QStringLiteral("flag_county_lines"));
    if (exploited && chance(0.5)) {
        const QDate referred = today.addDays(-between(10, 500));
        Record nrm = episode("nrm", referred);
        const QDate reasonable = referred.addDays(between(5, 30));
        if (reasonable <= today) {
            nrm.set(QStringLiteral("nrm_reasonable_grounds"), chance(0.7) ? QStringLiteral("positive")
                                                                          : QStringLiteral("negative"));
            nrm.set(QStringLiteral("nrm_reasonable_grounds_on"), reasonable);
            const QDate conclusive = reasonable.addDays(between(45, 200));
            if (nrm.text(QStringLiteral("nrm_reasonable_grounds")) == QLatin1String("positive")) {
                if (conclusive <= today) {
                    nrm.set(QStringLiteral("nrm_conclusive_grounds"), chance(0.6) ? QStringLiteral("positive")
                                                                                  : QStringLiteral("negative"));
                    nrm.set(QStringLiteral("nrm_conclusive_grounds_on"), conclusive);
                } else {
                    nrm.set(QStringLiteral("nrm_conclusive_grounds"), QStringLiteral("pending"));
                }
            }
        } else {
            nrm.set(QStringLiteral("nrm_reasonable_grounds"), QStringLiteral("pending"));
        }
        save(nrm);
    }
    if (chance(0.15)) {
        Record exclusion = episode("exclusion", today.addDays(-between(1, 365)));
        const bool permanent = chance(0.07);
        exclusion.set(QStringLiteral("exclusion_kind"), permanent ? QStringLiteral("permanent")
                                                                  : QStringLiteral("suspension"));
        if (!permanent)
            exclusion.set(QStringLiteral("exclusion_days"), QVariant::fromValue<qlonglong>(between(1, 5)));
        save(exclusion);
    }
    if (chance(0.25)) {
        const QDate referred = today.addDays(-between(1, 365));
        Record semh = episode("semh", referred);
        const QDate appointment = referred.addDays(between(7, 60));
        if (appointment <= today && chance(0.8))
            semh.set(QStringLiteral("first_appointment_date"), appointment);
        save(semh);
    }
    seedKnifeCrime(person);
}


void DemoSeeder::setSupportNeeds(Record& youngPerson)
{
    const bool send = youngPerson.text(QStringLiteral("send_status")) != QLatin1String("none");
    youngPerson.set(QStringLiteral("learning_plan"), send ? weighted({{"yes", 70}, {"no", 20}, {"unknown", 10}})
                                                          : weighted({{"no", 60}, {"unknown", 40}}));
    youngPerson.set(QStringLiteral("mental_health"), weighted({{"not_screened", 10}, {"no_need", 35},
                                                               {"need_identified", 15}, {"intervention_offered", 15},
                                                               {"attending", 25}}));
    youngPerson.set(QStringLiteral("substance_misuse"), weighted({{"not_screened", 12}, {"no_need", 50},
                                                                  {"need_identified", 12}, {"intervention_offered", 10},
                                                                  {"attending", 16}}));
}

// Some young people had a substantive outcome a year or more before the current case: first-time
// entrants spread over the five financial years the dashboard shows, and reoffending cohorts
// with something to find.
void DemoSeeder::seedEarlierOutcome(const Person& person, const QDate& caseStart)
{
    if (!chance(0.35))
        return;
    const QDate outcome = caseStart.addDays(-between(200, 1500));
    if (outcome < person.dateOfBirth.addYears(10))
        return;
    Record intervention = make(entity::Intervention, at(outcome, 11));
    intervention.set(QStringLiteral("young_person_id"), person.id);
    intervention.set(QStringLiteral("type"), weighted({{"youth_caution", 30}, {"youth_conditional_caution", 25},
                                                       {"referral_order", 30}, {"youth_rehabilitation_order", 10},
                                                       {"detention_training_order", 5}}));
    intervention.set(QStringLiteral("offence_date"), outcome.addDays(-between(14, 120)));
    intervention.set(QStringLiteral("offence_category"), pick(DemoData::offenceCategories()));
    intervention.set(QStringLiteral("outcome_date"), outcome);
    intervention.set(QStringLiteral("start_date"), outcome);
    intervention.set(QStringLiteral("end_date"), std::min(outcome.addDays(between(90, 360)), caseStart));
    save(intervention);
}

void DemoSeeder::seedKnifeCrime(const Person& person)
{
    if (!person.flags.contains(QStringLiteral("flag_knife_crime_victim")))
        return;
    const QDate happened = m_options.today.addDays(-between(1, 1400));
    if (happened < person.dateOfBirth.addYears(8))
        return;
    Record record = make(entity::Episode, at(happened, 16));
    record.set(QStringLiteral("young_person_id"), person.id);
    record.set(QStringLiteral("kind"), QStringLiteral("knife_crime"));
    record.set(QStringLiteral("start_date"), happened);
    save(record);
}

} // namespace trellis::demo
