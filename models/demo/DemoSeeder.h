#pragma once

#include "domain/Record.h"
#include "domain/Validator.h"
#include "store/Database.h"
#include "store/RecordRepository.h"

#include <QDate>
#include <QHash>

#include <functional>
#include <random>

namespace trellis::demo {

// Builds a synthetic, obviously fictional caseload: workers, young people with interventions,
// contacts every one to four weeks, trusted adults (some shared by siblings), safety plans for
// most young people at high risk, and missing, NRM, exclusion and SEMH episodes. The same
// seed and `today` always give the same records, ids included.
class DemoSeeder {
public:
    struct Options {
        int cases = 100;
        quint64 seed = 1;
        int workers = 5;
        QDate today = QDate::currentDate();
        QString actor = QStringLiteral("demo.seed");
        bool validate = false; // run every generated record through the Validator
    };
    struct Report {
        bool ok = false;
        qint64 records = 0;
        qint64 warnings = 0;
        QHash<QString, qint64> perEntity;
        QString failure;
    };
    using Progress = std::function<void(int casesDone, int casesTotal)>;

    DemoSeeder(Database& db, Options options);
    // Called every 1,000 cases and once more when the last case is done.
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    Report run();

private:
    struct Person; // what later records need to know about a young person

    // Random choices, all from one seeded generator so a seed always gives the same caseload.
    int between(int low, int high);
    bool chance(double probability);
    const QString& pick(const QStringList& values);
    QString weighted(const QList<std::pair<const char*, int>>& table);
    QString nextId();

    domain::Record make(const QString& entity, const QDateTime& when);
    bool save(domain::Record& record);

    bool seedWorkers();
    bool seedCase(int index);
    void seedInterventions(const Person& person, QDate& caseStart);
    void seedContacts(Person& person, const QDate& caseStart);
    void seedTrustedAdults(Person& person);
    void seedSafetyPlans(const Person& person);
    void seedPlanItems(const QString& planId, const Person& person, const QDateTime& when);
    // DemoSeederHistory.cpp: the episodes, and what the dashboard's measures need (the YJB
    // stages, an earlier outcome some years back, knife-crime episodes).
    void seedEpisodes(const Person& person);
    void setSupportNeeds(domain::Record& youngPerson);
    void seedEarlierOutcome(const Person& person, const QDate& caseStart);
    void seedKnifeCrime(const Person& person);

    Database& m_db;
    Options m_options;
    domain::Validator m_validator;
    RecordRepository m_repository;
    std::mt19937_64 m_random;
    quint64 m_idCounter = 0;
    Progress m_progress;
    Report m_report;
    QStringList m_caseworkerIds;
    QString m_previousFamily;
    QString m_previousPostcode;
    QString m_previousSharedAdult;
};

} // namespace trellis::demo
