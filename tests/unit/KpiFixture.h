#pragma once

// Shared by the KPI tests: a REAL encrypted store holding a hand-made caseload of obviously
// fictional young people, every record validated (domain::Validator) and saved through
// RecordRepository as the editors save them, then read back with KpiFactsLoader. The tests work
// their expected figures out on paper from the records below.

#include "domain/Entities.h"
#include "domain/Record.h"
#include "domain/Validator.h"
#include "kpi/KpiFacts.h"
#include "kpi/Measure.h"
#include "store/Database.h"
#include "store/RecordRepository.h"

#include <QDateTime>
#include <QMap>
#include <QTest>
#include <QVariant>

#include <optional>

namespace trellis::test::kpifixture {

// The day every figure is judged on (an injected date, never the clock).
inline const QDate kToday(2026, 11, 26);

class KpiFixture {
public:
    // `validatedOn`: the day the validator takes as today; a later one lets a record hold a date
    // after kToday (a booked appointment), as a record saved on another laptop's clock may.
    explicit KpiFixture(Database& db, const QDate& validatedOn = kToday)
        : m_db(db), m_repository(db), m_validator(validatedOn) {}

    QString worker(const QString& login, const QString& name, const QString& team)
    {
        domain::Record record = make(domain::entity::Worker);
        record.set(QStringLiteral("login"), login);
        record.set(QStringLiteral("display_name"), name);
        if (!team.isEmpty())
            record.set(QStringLiteral("team"), team);
        record.set(QStringLiteral("role"), QStringLiteral("caseworker"));
        return save(record);
    }

    // A young person: `fields` overrides the defaults (open, school, white British, low risks).
    QString person(const QString& given, const QDate& dateOfBirth, const QString& workerId,
                   const QMap<QString, QVariant>& fields = {})
    {
        domain::Record record = make(domain::entity::YoungPerson);
        record.set(QStringLiteral("reference"), QStringLiteral("FX-%1").arg(++m_references, 4, 10, QLatin1Char('0')));
        record.set(QStringLiteral("given_name"), given);
        record.set(QStringLiteral("family_name"), QStringLiteral("Fixture"));
        record.set(QStringLiteral("date_of_birth"), dateOfBirth);
        record.set(QStringLiteral("gender"), QStringLiteral("not_stated"));
        record.set(QStringLiteral("ethnicity"), QStringLiteral("white_british"));
        if (!workerId.isEmpty())
            record.set(QStringLiteral("lead_worker_id"), workerId);
        // The columns' defaults, which the validator wants stated.
        apply(record, {{QStringLiteral("status"), QStringLiteral("open")},
                       {QStringLiteral("ete_status"), QStringLiteral("school")},
                       {QStringLiteral("send_status"), QStringLiteral("none")},
                       {QStringLiteral("care_status"), QStringLiteral("none")},
                       {QStringLiteral("suitable_accommodation"), QStringLiteral("unknown")},
                       {QStringLiteral("safety_wellbeing"), QStringLiteral("low")},
                       {QStringLiteral("risk_serious_harm"), QStringLiteral("low")},
                       {QStringLiteral("reoffending_likelihood"), QStringLiteral("low")},
                       {QStringLiteral("learning_plan"), QStringLiteral("unknown")},
                       {QStringLiteral("mental_health"), QStringLiteral("not_screened")},
                       {QStringLiteral("substance_misuse"), QStringLiteral("not_screened")}});
        apply(record, fields);
        return save(record);
    }

    QString intervention(const QString& personId, const QString& type, const QDate& outcome,
                         const QMap<QString, QVariant>& fields = {})
    {
        domain::Record record = make(domain::entity::Intervention);
        record.set(QStringLiteral("young_person_id"), personId);
        record.set(QStringLiteral("type"), type);
        record.set(QStringLiteral("start_date"), outcome);
        record.set(QStringLiteral("outcome_date"), outcome);
        apply(record, fields);
        return save(record);
    }

    QString episode(const QString& personId, const QString& kind, const QDate& start,
                    const QMap<QString, QVariant>& fields = {})
    {
        domain::Record record = make(domain::entity::Episode);
        record.set(QStringLiteral("young_person_id"), personId);
        record.set(QStringLiteral("kind"), kind);
        record.set(QStringLiteral("start_date"), start);
        apply(record, fields);
        return save(record);
    }

    // A safety plan version; `activated` empty for a draft.
    QString plan(const QString& personId, int version, const QString& status, const QDate& activated,
                 const QDate& review, const QTime& activatedAtUtc = QTime(10, 0))
    {
        domain::Record record = make(domain::entity::SafetyPlan);
        record.set(QStringLiteral("young_person_id"), personId);
        record.set(QStringLiteral("version"), QVariant::fromValue<qlonglong>(version));
        record.set(QStringLiteral("status"), status);
        record.set(QStringLiteral("code_word"), QStringLiteral("lantern"));
        if (activated.isValid())
            record.set(QStringLiteral("activated_at"), QDateTime(activated, activatedAtUtc, Qt::UTC));
        if (review.isValid())
            record.set(QStringLiteral("review_date"), review);
        return save(record);
    }

    kpi::KpiFacts load()
    {
        auto loaded = kpi::KpiFactsLoader::load(m_db);
        if (!loaded.ok()) {
            QTest::qFail(qPrintable(loaded.error().message), __FILE__, __LINE__);
            return {};
        }
        return loaded.takeValue();
    }

    bool failed() const { return m_failed; }

private:
    domain::Record make(const QString& entity)
    {
        domain::Record record(domain::Entities::get(entity));
        record.stampNew(QStringLiteral("kpi.fixture"), QDateTime(kToday, QTime(9, 0), Qt::UTC));
        return record;
    }

    // A field the entity does not have is a mistake in the scenario, not something to skip:
    // the figures worked out on paper would silently stop matching the records.
    void apply(domain::Record& record, const QMap<QString, QVariant>& fields)
    {
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (!record.def().field(it.key())) {
                m_failed = true;
                QTest::qFail(qPrintable(record.entity() + QStringLiteral(": no field ") + it.key()), __FILE__,
                             __LINE__);
                continue;
            }
            record.set(it.key(), it.value());
        }
    }

    QString save(domain::Record& record)
    {
        const auto issues = m_validator.validate(record);
        for (const auto& issue : issues) {
            if (issue.isError()) {
                m_failed = true;
                QTest::qFail(qPrintable(record.entity() + QStringLiteral(": ") + issue.toString()), __FILE__, __LINE__);
                return {};
            }
        }
        if (auto inserted = m_repository.insert(record); !inserted.ok()) {
            m_failed = true;
            QTest::qFail(qPrintable(inserted.error().message), __FILE__, __LINE__);
            return {};
        }
        return record.id();
    }

    Database& m_db;
    RecordRepository m_repository;
    domain::Validator m_validator;
    int m_references = 0;
    bool m_failed = false;
};

} // namespace trellis::test::kpifixture
