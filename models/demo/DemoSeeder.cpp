#include "DemoSeeder.h"

#include "DemoData.h"
#include "DemoPerson.h"
#include "domain/Entities.h"
#include "store/AuditLog.h"
#include "store/Transaction.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDemo, "trellis.demo")

namespace trellis::demo {

using domain::Record;
namespace entity = domain::entity;
using detail::at;


namespace {
// Seeding writes millions of rows in one transaction; a larger page cache for the duration
// keeps the index pages in memory. The normal size is restored afterwards.
constexpr int kBulkCacheKiB = 256 * 1024;
constexpr int kProgressEvery = 1000;

} // namespace

DemoSeeder::DemoSeeder(Database& db, Options options)
    : m_db(db)
    , m_options(std::move(options))
    , m_validator(m_options.today)
    , m_repository(db)
    , m_random(m_options.seed)
{
}

int DemoSeeder::between(int low, int high)
{
    return low + int(m_random() % quint64(high - low + 1));
}

bool DemoSeeder::chance(double probability) { return double(m_random() % 1000000) < probability * 1000000.0; }

const QString& DemoSeeder::pick(const QStringList& values) { return values.at(between(0, int(values.size()) - 1)); }

QString DemoSeeder::weighted(const QList<std::pair<const char*, int>>& table)
{
    int total = 0;
    for (const auto& entry : table)
        total += entry.second;
    int roll = between(0, total - 1);
    for (const auto& entry : table) {
        if (roll < entry.second)
            return QString::fromLatin1(entry.first);
        roll -= entry.second;
    }
    return QString::fromLatin1(table.last().first);
}

// Version-7-style ids: the seed's low 16 bits and a rising 44-bit counter fill the 60 bits where
// the timestamp and rand_a go, then seeded random bits. They are valid UUIDs, repeat for the same
// seed, and arrive in key order, so bulk inserts append to the primary-key index instead of
// splitting pages all over it. Every counter bit must reach the id: one dropped breaks the
// order each time it carries (tst_demo_seed checks the order past 4,096 ids).
QString DemoSeeder::nextId()
{
    const quint64 high = (m_options.seed & 0xffff) << 44 | (++m_idCounter & 0xfffffffffffULL);
    const quint64 random = m_random();
    const QUuid uuid(uint(high >> 28), ushort(high >> 12), ushort((high & 0x0fff) | 0x7000),
                     uchar(0x80 | ((random >> 56) & 0x3f)), uchar(random >> 48), uchar(random >> 40),
                     uchar(random >> 32), uchar(random >> 24), uchar(random >> 16), uchar(random >> 8), uchar(random));
    return uuid.toString(QUuid::WithoutBraces);
}

Record DemoSeeder::make(const QString& entityName, const QDateTime& when)
{
    Record record(domain::Entities::get(entityName));
    record.set(QStringLiteral("id"), nextId());
    record.stampNew(m_options.actor, when);
    return record;
}

bool DemoSeeder::save(Record& record)
{
    // Validation is a quarter of the seeding time at 100,000 cases; tst_demo_seed runs the
    // seeder with it switched on, so a generator that makes a bad record fails a test.
    const auto issues = m_options.validate ? m_validator.validate(record) : domain::ValidationIssues{};
    for (const auto& issue : issues) {
        if (issue.isError()) {
            m_report.failure = QStringLiteral("generated %1 is invalid: %2").arg(record.def().label, issue.toString());
            return false;
        }
        ++m_report.warnings;
    }
    // Demo records are written without outbox changes: invented young people must never be
    // pushed to a real central store (docs/sync.md).
    if (auto inserted = m_repository.insertDemo(record); !inserted.ok()) {
        m_report.failure = inserted.error().message;
        return false;
    }
    ++m_report.records;
    ++m_report.perEntity[record.entity()];
    return true;
}

DemoSeeder::Report DemoSeeder::run()
{
    m_report = {};
    if (m_options.cases < 0 || m_options.workers < 1) {
        m_report.failure = QStringLiteral("need at least one worker and no negative number of cases");
        return m_report;
    }
    const auto normalCache = m_db.scalar("PRAGMA cache_size");
    (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kBulkCacheKiB));
    {
        Transaction transaction(m_db);
        bool ok = transaction.began() && seedWorkers();
        for (int i = 0; ok && i < m_options.cases; ++i) {
            ok = seedCase(i);
            if (m_progress && ((i + 1) % kProgressEvery == 0 || i + 1 == m_options.cases))
                m_progress(i + 1, m_options.cases);
        }
        if (ok) {
            AuditLog audit(m_db, m_options.actor);
            auto logged = audit.record(AuditLog::Action::Create, QStringLiteral("demo_caseload"), {}, m_report.records);
            auto committed = logged.ok() ? transaction.commit() : logged;
            if (!committed.ok())
                m_report.failure = committed.error().message;
            m_report.ok = committed.ok();
        } else if (m_report.failure.isEmpty()) {
            m_report.failure = m_db.lastError().message;
        }
    }
    if (normalCache.ok())
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(normalCache.value().toLongLong()));
    if (!m_report.ok) {
        m_report.records = 0;
        m_report.perEntity.clear();
    }
    qCInfo(lcDemo) << "seeded" << m_report.records << "records for" << m_options.cases << "cases";
    return m_report;
}

bool DemoSeeder::seedWorkers()
{
    static const QStringList given{"Robin", "Sam", "Alex", "Jo", "Priya", "Tomasz", "Ade", "Morgan"};
    const QDateTime when = at(m_options.today.addYears(-2), 9);
    for (int i = 0; i < m_options.workers; ++i) {
        Record worker = make(entity::Worker, when);
        // The first worker of each team of five supervises it.
        const bool supervisor = m_options.workers >= 3 && i % 5 == 0;
        worker.set(QStringLiteral("login"), QStringLiteral("demo.worker%1").arg(i + 1, 2, 10, QLatin1Char('0')));
        worker.set(QStringLiteral("display_name"),
                   QStringLiteral("%1 %2 (demo)").arg(given.at(i % given.size()), pick(DemoData::familyNames())));
        worker.set(QStringLiteral("team"), QStringLiteral("Demo Team %1").arg(i / 5 + 1));
        worker.set(QStringLiteral("role"), supervisor ? QStringLiteral("supervisor") : QStringLiteral("caseworker"));
        if (!save(worker))
            return false;
        if (!supervisor || m_options.workers < 3)
            m_caseworkerIds << worker.id();
    }
    return true;
}

bool DemoSeeder::seedCase(int index)
{
    const QDate today = m_options.today;
    Person person;
    const bool sibling = index > 0 && chance(0.08);
    const QString gender = weighted({{"male", 80}, {"female", 18}, {"non_binary", 1}, {"not_stated", 1}});
    const int age = [&] {
        const int band = between(0, 99);
        return band < 5 ? between(8, 9) : band < 80 ? between(10, 17) : band < 95 ? between(18, 21) : between(22, 25);
    }();
    person.dateOfBirth = today.addYears(-age).addDays(-between(0, 364));
    person.sibling = sibling;
    person.familyName = sibling ? m_previousFamily : pick(DemoData::familyNames());
    const QString postcode = sibling ? m_previousPostcode : pick(DemoData::postcodeDistricts());

    const QString risk = weighted({{"low", 40}, {"medium", 35}, {"high", 20}, {"very_high", 5}});
    const QString safety = weighted({{"low", 35}, {"medium", 35}, {"high", 22}, {"very_high", 8}});
    person.highRisk = risk == QLatin1String("high") || risk == QLatin1String("very_high") ||
                      safety == QLatin1String("high") || safety == QLatin1String("very_high");
    person.open = chance(0.85);

    Record yp = make(entity::YoungPerson, at(today.addDays(-between(30, 700)), 10));
    person.id = yp.id();
    yp.set(QStringLiteral("reference"), QStringLiteral("YP-%1").arg(index + 1, 6, 10, QLatin1Char('0')));
    const bool female = gender == QLatin1String("female") || (gender != QLatin1String("male") && chance(0.5));
    yp.set(QStringLiteral("given_name"), pick(female ? DemoData::givenNamesFemale() : DemoData::givenNamesMale()));
    yp.set(QStringLiteral("family_name"), person.familyName);
    if (chance(0.15))
        yp.set(QStringLiteral("preferred_name"), pick(female ? DemoData::givenNamesFemale() : DemoData::givenNamesMale()));
    yp.set(QStringLiteral("date_of_birth"), person.dateOfBirth);
    yp.set(QStringLiteral("gender"), gender);
    yp.set(QStringLiteral("ethnicity"),
           weighted({{"white_british", 25}, {"white_other", 8}, {"black_african", 12}, {"black_caribbean", 12},
                     {"black_other", 5}, {"mixed_white_black_caribbean", 8}, {"mixed_white_black_african", 3},
                     {"mixed_white_asian", 2}, {"mixed_other", 4}, {"asian_bangladeshi", 3}, {"asian_indian", 2},
                     {"asian_pakistani", 2}, {"asian_other", 2}, {"asian_chinese", 1}, {"white_irish", 1},
                     {"white_gypsy_traveller", 1}, {"white_roma", 1}, {"other_arab", 2}, {"other_any", 3},
                     {"not_stated", 3}}));
    yp.set(QStringLiteral("postcode_district"), postcode);
    yp.set(QStringLiteral("lead_worker_id"), m_caseworkerIds.at(index % m_caseworkerIds.size()));
    yp.set(QStringLiteral("status"), person.open ? QStringLiteral("open") : QStringLiteral("closed"));
    const QString ete = age < 16    ? weighted({{"school", 88}, {"college", 4}, {"training", 8}})
                        : age < 18  ? weighted({{"school", 10}, {"college", 45}, {"training", 15}, {"employment", 5},
                                                {"neet", 25}})
                                    : weighted({{"college", 30}, {"training", 20}, {"employment", 25}, {"neet", 25}});
    yp.set(QStringLiteral("ete_status"), ete);
    if (ete != QLatin1String("neet"))
        yp.set(QStringLiteral("ete_provider"), pick(DemoData::schools()));
    yp.set(QStringLiteral("send_status"), weighted({{"none", 65}, {"sen_support", 25}, {"ehcp", 10}}));
    yp.set(QStringLiteral("care_status"),
           age >= 18 ? weighted({{"none", 80}, {"care_leaver", 20}})
                     : weighted({{"none", 60}, {"child_in_need", 15}, {"child_protection_plan", 8}, {"looked_after", 17}}));
    yp.set(QStringLiteral("suitable_accommodation"), weighted({{"yes", 85}, {"no", 8}, {"unknown", 7}}));
    setSupportNeeds(yp);
    const double scale = person.highRisk ? 1.0 : 0.25;
    const QList<std::pair<QString, double>> flagChances{
        {QStringLiteral("flag_cce"), 0.40},          {QStringLiteral("flag_cse"), 0.10},
        {QStringLiteral("flag_county_lines"), 0.25}, {QStringLiteral("flag_gang_affected"), 0.30},
        {QStringLiteral("flag_missing_risk"), 0.35}, {QStringLiteral("flag_knife_crime_victim"), 0.15},
        {QStringLiteral("flag_domestic_abuse"), 0.20}};
    for (const auto& [flag, p] : flagChances) {
        const bool set = chance(p * scale);
        yp.set(flag, set);
        if (set)
            person.flags << flag;
    }
    yp.set(QStringLiteral("safety_wellbeing"), safety);
    yp.set(QStringLiteral("risk_serious_harm"), risk);
    yp.set(QStringLiteral("reoffending_likelihood"), weighted({{"low", 45}, {"medium", 35}, {"high", 20}}));
    if (person.open)
        yp.set(QStringLiteral("next_review_date"), today.addDays(chance(0.1) ? -between(1, 30) : between(1, 90)));

    QDate caseStart = today.addDays(-between(14, 365));
    // The young person is written first; contacts then set next_contact_due on it.
    if (!save(yp))
        return false;
    seedEarlierOutcome(person, caseStart);
    seedInterventions(person, caseStart);
    seedTrustedAdults(person);
    seedContacts(person, caseStart);
    seedSafetyPlans(person);
    seedEpisodes(person);
    if (!m_report.failure.isEmpty())
        return false;
    if (person.nextContactDue.isValid()) {
        auto& stmt = m_db.cached("UPDATE young_person SET next_contact_due = ?1 WHERE id = ?2");
        stmt.bind(1, person.nextContactDue).bind(2, person.id);
        if (!stmt.exec())
            return false;
    }
    m_previousFamily = person.familyName;
    m_previousPostcode = postcode;
    m_previousSharedAdult = person.adultIds.value(0);
    return true;
}

void DemoSeeder::seedInterventions(const Person& person, QDate& caseStart)
{
    const int count = chance(0.3) ? 2 : 1;
    QDate start = caseStart;
    for (int i = 0; i < count && m_report.failure.isEmpty(); ++i) {
        Record intervention = make(entity::Intervention, at(start, 11));
        intervention.set(QStringLiteral("young_person_id"), person.id);
        const QString type =
            weighted({{"prevention", 20}, {"diversion_triage", 20}, {"community_resolution", 10}, {"youth_caution", 8},
                      {"youth_conditional_caution", 7}, {"referral_order", 18}, {"youth_rehabilitation_order", 10},
                      {"yro_iss", 3}, {"detention_training_order", 3}, {"remand", 1}});
        intervention.set(QStringLiteral("type"), type);
        intervention.set(QStringLiteral("start_date"), start);
        if (type != QLatin1String("prevention")) {
            const QDate offence = start.addDays(-between(14, 120));
            intervention.set(QStringLiteral("offence_date"), offence);
            intervention.set(QStringLiteral("offence_category"), pick(DemoData::offenceCategories()));
            intervention.set(QStringLiteral("outcome_date"), start);
        }
        const bool last = i == count - 1;
        if (!last || !person.open)
            intervention.set(QStringLiteral("end_date"), std::min(start.addDays(between(60, 270)), m_options.today));
        if (!save(intervention))
            return;
        if (!last)
            start = std::min(start.addDays(between(90, 300)), m_options.today);
    }
    caseStart = std::min(caseStart, start);
}

void DemoSeeder::seedContacts(Person& person, const QDate& caseStart)
{
    static constexpr int kMaxContacts = 30;
    const QDate end = person.open ? m_options.today : std::min(caseStart.addDays(between(60, 200)), m_options.today);
    QDate day = caseStart.addDays(between(0, 6));
    for (int n = 0; n < kMaxContacts && day <= end && m_report.failure.isEmpty(); ++n) {
        const QDateTime when = at(day, between(9, 18), between(0, 3) * 15);
        Record contact = make(entity::Contact, when);
        contact.set(QStringLiteral("young_person_id"), person.id);
        contact.set(QStringLiteral("occurred_at"), when);
        contact.set(QStringLiteral("kind"), weighted({{"home_visit", 30}, {"office", 25}, {"school", 15}, {"phone", 12},
                                                      {"video", 5}, {"joint_police_visit", 3}, {"outreach", 10}}));
        const QString attendance = weighted({{"attended", 80}, {"did_not_attend", 12}, {"cancelled", 8}});
        contact.set(QStringLiteral("attendance"), attendance);
        contact.set(QStringLiteral("duration_minutes"),
                    QVariant::fromValue<qlonglong>(attendance == QLatin1String("attended") ? between(2, 6) * 15 : 0));
        contact.set(QStringLiteral("present"), pick({QStringLiteral("young person"),
                                                     QStringLiteral("young person and parent"),
                                                     QStringLiteral("young person and carer"),
                                                     QStringLiteral("young person and teacher")}));
        contact.set(QStringLiteral("summary"), pick(DemoData::contactSummaries()));
        const QDate due = day.addDays(between(7, 28));
        contact.set(QStringLiteral("next_contact_due"), due);
        if (!save(contact))
            return;
        person.nextContactDue = due;
        day = due.addDays(between(-2, 3));
    }
}

void DemoSeeder::seedTrustedAdults(Person& person)
{
    if (person.sibling && !m_previousSharedAdult.isEmpty()) {
        // Siblings share their grandparent (or whoever the first adult was).
        Record link = make(entity::TrustedAdultLink, at(m_options.today.addDays(-30), 12));
        link.set(QStringLiteral("young_person_id"), person.id);
        link.set(QStringLiteral("trusted_adult_id"), m_previousSharedAdult);
        link.set(QStringLiteral("role"), QStringLiteral("trusted_adult"));
        if (!save(link))
            return;
        person.adultIds << m_previousSharedAdult;
        person.contactableIds << m_previousSharedAdult;
    }
    const int count = between(0, 3);
    for (int i = 0; i < count && m_report.failure.isEmpty(); ++i) {
        const QDate checked = m_options.today.addDays(-between(1, 300));
        Record adult = make(entity::TrustedAdult, at(checked, 13));
        const QString relationship = pick(DemoData::relationships());
        const bool relative = !relationship.contains(QLatin1String("worker")) &&
                              !relationship.contains(QLatin1String("coach")) &&
                              !relationship.contains(QLatin1String("mentor")) &&
                              !relationship.contains(QLatin1String("friend"));
        adult.set(QStringLiteral("given_name"),
                  pick(chance(0.5) ? DemoData::givenNamesFemale() : DemoData::givenNamesMale()));
        adult.set(QStringLiteral("family_name"), relative ? person.familyName : pick(DemoData::familyNames()));
        adult.set(QStringLiteral("relationship"), relationship);
        // Ofcom's drama numbers: London and Leeds landlines, and now and then the mobile range.
        // Written in E.164, as the validator stores every number.
        const QString phone = chance(0.1) ? QStringLiteral("+447700900%1").arg(between(0, 999), 3, 10, QLatin1Char('0'))
                              : chance(0.5)
                                  ? QStringLiteral("+442079460%1").arg(between(0, 999), 3, 10, QLatin1Char('0'))
                                  : QStringLiteral("+441134960%1").arg(between(0, 999), 3, 10, QLatin1Char('0'));
        adult.set(QStringLiteral("phone_primary"), phone);
        if (chance(0.3))
            adult.set(QStringLiteral("email"), QStringLiteral("trusted.adult%1@example.org").arg(between(1, 99999)));
        adult.set(QStringLiteral("availability"), pick({QStringLiteral("Evenings after 6pm"),
                                                        QStringLiteral("Weekdays 9 to 5"),
                                                        QStringLiteral("Any time, text first")}));
        const QString consent = weighted({{"given", 60}, {"not_asked", 30}, {"refused", 10}});
        adult.set(QStringLiteral("consent"), consent);
        if (consent != QLatin1String("not_asked"))
            adult.set(QStringLiteral("consent_checked_on"), checked);
        const bool doNotContact = chance(0.05);
        adult.set(QStringLiteral("do_not_contact"), doNotContact);
        if (doNotContact)
            adult.set(QStringLiteral("do_not_contact_reason"),
                      QStringLiteral("Demo: contact only through the allocated social worker"));
        if (chance(0.6)) {
            adult.set(QStringLiteral("verified_by"), QStringLiteral("Demo case manager"));
            adult.set(QStringLiteral("verified_on"), checked);
        }
        if (!save(adult))
            return;
        Record link = make(entity::TrustedAdultLink, at(checked, 13));
        link.set(QStringLiteral("young_person_id"), person.id);
        link.set(QStringLiteral("trusted_adult_id"), adult.id());
        link.set(QStringLiteral("role"), relationship == QLatin1String("mother") || relationship == QLatin1String("father")
                                             ? QStringLiteral("parent_carer")
                                         : i == 0 ? QStringLiteral("trusted_adult")
                                                  : weighted({{"trusted_adult", 60}, {"emergency_contact", 40}}));
        if (!save(link))
            return;
        person.adultIds << adult.id();
        if (!doNotContact)
            person.contactableIds << adult.id();
    }
}

void DemoSeeder::seedSafetyPlans(const Person& person)
{
    if (!person.highRisk || !chance(0.85))
        return;
    const int versions = chance(0.3) ? 2 : 1;
    QDate created = m_options.today.addDays(-between(20, 200));
    for (int v = 1; v <= versions && m_report.failure.isEmpty(); ++v) {
        const QDateTime when = at(created, 14);
        Record plan = make(entity::SafetyPlan, when);
        plan.set(QStringLiteral("young_person_id"), person.id);
        plan.set(QStringLiteral("version"), QVariant::fromValue<qlonglong>(v));
        plan.set(QStringLiteral("status"), v == versions ? QStringLiteral("active") : QStringLiteral("superseded"));
        plan.set(QStringLiteral("activated_at"), when);
        plan.set(QStringLiteral("code_word"), pick(DemoData::codeWords()));
        plan.set(QStringLiteral("own_words"),
                 QStringLiteral("Fictional demo plan: when things feel wrong I go somewhere safe and call someone on "
                                "this plan. I don't have to sort it out on my own."));
        plan.set(QStringLiteral("review_date"), m_options.today.addDays(chance(0.15) ? -between(1, 40) : between(5, 90)));
        plan.set(QStringLiteral("agreed_young_person_on"), created);
        plan.set(QStringLiteral("agreed_practitioner_on"), created);
        if (chance(0.7))
            plan.set(QStringLiteral("agreed_carer_on"), created);
        if (!save(plan))
            return;
        seedPlanItems(plan.id(), person, when);
        created = std::min(created.addDays(between(10, 60)), m_options.today);
    }
}

void DemoSeeder::seedPlanItems(const QString& planId, const Person& person, const QDateTime& when)
{
    int position = 0;
    auto item = [&](const char* section, const QString& text) -> Record {
        Record record = make(entity::SafetyPlanItem, when);
        record.set(QStringLiteral("safety_plan_id"), planId);
        record.set(QStringLiteral("section"), QString::fromLatin1(section));
        record.set(QStringLiteral("position"), QVariant::fromValue<qlonglong>(position++));
        record.set(QStringLiteral("text"), text);
        return record;
    };
    auto several = [&](const char* section, const QStringList& pool, int low, int high) {
        position = 0;
        // Consecutive entries from a random start, so no item appears twice in one section.
        const int count = std::min(between(low, high), int(pool.size()));
        const int first = between(0, int(pool.size()) - 1);
        for (int i = 0; i < count && m_report.failure.isEmpty(); ++i) {
            Record record = item(section, pool.at((first + i) % pool.size()));
            if (qstrcmp(section, "unsafe") == 0) {
                record.set(QStringLiteral("rating"), weighted({{"red", 40}, {"amber", 40}, {"green", 20}}));
                record.set(QStringLiteral("notes"), QStringLiteral("Fictional: seen there with older boys"));
            }
            save(record);
        }
    };
    several("warning_sign", DemoData::warningSigns(), 2, 4);
    several("unsafe", DemoData::unsafePlaces(), 1, 3);
    several("safe_place", DemoData::safePlaces(), 1, 3);
    several("safe_route", DemoData::safeRoutes(), 1, 2);
    several("coping", DemoData::copingStrategies(), 2, 3);
    several("professional", DemoData::professionals(), 1, 2);
    position = 0;
    for (const QString& adultId : person.contactableIds) {
        Record record = item("trusted_adult", QStringLiteral("Someone I trust"));
        record.set(QStringLiteral("trusted_adult_id"), adultId);
        if (!save(record))
            return;
    }
    position = 0;
    // Childline and 999 are printed on every plan anyway; this is the family's own contact.
    Record emergency = item("emergency_contact",
                            QStringLiteral("Nan's landline 020 7946 0%1").arg(between(0, 999), 3, 10, QLatin1Char('0')));
    if (!save(emergency))
        return;
    position = 0;
    const int actions = between(1, 3);
    for (int i = 0; i < actions && m_report.failure.isEmpty(); ++i) {
        Record action = item("action", pick(DemoData::actions()));
        action.set(QStringLiteral("who"), pick({QStringLiteral("Case manager"), QStringLiteral("Young person"),
                                                QStringLiteral("Parent or carer"), QStringLiteral("School")}));
        action.set(QStringLiteral("due_date"), when.date().addDays(between(7, 42)));
        save(action);
    }
}

} // namespace trellis::demo
