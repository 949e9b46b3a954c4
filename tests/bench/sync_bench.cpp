// sync_bench: how fast the central store takes a laptop's offline changes (issue 4's sync
// targets; docs/benchmarks.md, "Sync (issue 4)").
//
//   sync_bench [--runs 5] [--young-people 10000] [--page-rows 10000] [--large]
//
// It starts its own throwaway PostgreSQL with TLS (tests/support/PgTestServer, through the
// integration tests' CentralFixture: `central init` and the fictional workers of world::),
// generates a central store of fictional young people as the superuser with INSERT ... SELECT
// generate_series, and then, for each of --runs timed runs after one untimed run, pushes 1,000
// changes as JSON batches in the docs/sync.md format through libpq over TLS as a real worker
// login (a fresh connection per run, as a sync would open one; connecting is not timed), and
// writes the same rows as the superuser with plain multi-row statements, the baseline of the
// same run:
//   A  1,000 edits across 500 safety plans (two fields each, chained bases), by a caseworker:
//      the target (<= 3 s); baseline two multi-row UPDATEs.
//   B  1,000 new contacts (two for each of 500 young people); baseline one INSERT ... SELECT.
//   C  1,000 edits of one record; baseline 1,000 single-row UPDATEs in one transaction.
//   D  as A, by a manager (who sees every young person in the store).
// Every push must come back "applied" for every change, or the run fails.
//
// Then the pull (trellis_pull, resources/sql/central/0004_pull.sql), when this build has it:
//   initial sync: Dale, a caseworker given --young-people young people with all their records
//      (27 rows each: the person, 2 interventions, 15 contacts, a plan with 5 items, a trusted
//      adult and their link, an episode), pulled page by page (--page-rows, the engine's 10,000 by
//      default) from no cursor to complete, against COPY (SELECT ...) TO STDOUT of the same
//      rows as the superuser in the same run; targets >= 10,000 rows/s and <= 4x COPY.
//   incremental sync: in a second database whose store grows from 1,000 to 10,000 (and with
//      --large to 100,000) young people with a plan each, all seen by a manager: after a
//      complete pull, 10 young people change, and the pull that brings them is timed; targets
//      <= 150 ms, and the largest size within 1.5x of 1,000.
// Only the central side and the wire are timed: the client's JSON parsing and local writes are not.
#include "BenchStats.h"
#include "SyncBenchChanges.h"
#include "CentralFixture.h"

#include "central/PgConnection.h"
#include "sync/SyncEngine.h"

#include <libpq-fe.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace trellis;
using namespace trellis::central;
using namespace trellis::test;
using namespace trellis::test::world;

namespace {

constexpr double kPushTargetMs = 3000.0;
constexpr double kRowsPerSecondTarget = 10000.0;
constexpr double kCopyRatioTarget = 4.0;
constexpr double kIncrementalTargetMs = 150.0;
constexpr double kGrowthTarget = 1.5;

// A manager of the incremental database only (a login of the same cluster, fictional).
const TestWorker kFern{"fern.lead", "Fern Ashdown", "Service leads", "manager", "pebble-lantern-orchid-62"};
const QString kIncrementalDb = QStringLiteral("trellis_inc");

using bench::median;
using bench::msSince;
using namespace trellis::bench;

struct Bench {
    CentralFixture fixture;
    QHash<QString, QString> workerIds;
    PgConnection* admin = nullptr;
    bool failed = false;

    // A superuser statement that must work; false (and a message) when it does not.
    bool run(const QString& sql, const QVariantList& parameters = {})
    {
        auto done = admin->exec(sql, parameters);
        if (!done.ok()) {
            std::fprintf(stderr, "setup failed: %s\n%s\n", qPrintable(done.error().message), qPrintable(sql.left(300)));
            failed = true;
        }
        return done.ok();
    }

    bool generate(int total)
    {
        QElapsedTimer timer;
        timer.start();
        const QString owner =
            QStringLiteral("CASE WHEN n <= 1000 THEN $1::uuid WHEN n <= 1500 THEN $2::uuid ELSE $3::uuid END");
        const QVariantList workers{workerIds.value(kAsh.login), workerIds.value(kBay.login),
                                   workerIds.value(kJuniper.login)};
        const bool ok =
            run(QStringLiteral("INSERT INTO trellis.young_person (id, reference, given_name, family_name, "
                               "date_of_birth, gender, ethnicity, lead_worker_id, next_contact_due, created_at, "
                               "created_by, updated_at, updated_by) "
                               "SELECT ('b5000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, 'SB-' || n, "
                               "'Fictional', 'Benchperson ' || n, date '2008-01-01' + (n % 2000), 'not_stated', "
                               "'not_stated', %1, date '2026-12-01' + (n % 30), now(), 'bench', now(), 'bench' "
                               "FROM generate_series(1, $4) AS n")
                    .arg(owner),
                workers + QVariantList{total}) &&
            run(QStringLiteral("INSERT INTO trellis.assignment (young_person_id, worker_id) "
                               "SELECT id, lead_worker_id FROM trellis.young_person WHERE reference LIKE 'SB-%'")) &&
            run(QStringLiteral("INSERT INTO trellis.safety_plan (id, young_person_id, version, status, review_date, "
                               "created_at, created_by, updated_at, updated_by) "
                               "SELECT ('b5100000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, "
                               "('b5000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, 1, 'draft', "
                               "date '2026-12-01', now(), 'bench', now(), 'bench' FROM generate_series(1, $1) AS n"),
                {total}) &&
            run(QStringLiteral("VACUUM ANALYZE"));
        std::printf("generated %d young people with a safety plan each in %.1f s\n", total, msSince(timer) / 1000);
        return ok;
    }

    // One push on a fresh connection of `worker`; the time of the call alone, or -1.
    double push(const TestWorker& worker, const QJsonArray& batch)
    {
        auto connection = fixture.connectAs(worker, kDb);
        if (!connection.ok()) {
            std::fprintf(stderr, "%s cannot connect: %s\n", qPrintable(worker.login),
                         qPrintable(connection.error().message));
            failed = true;
            return -1;
        }
        const QString text = QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact));
        QElapsedTimer timer;
        timer.start();
        auto rows = connection.value()->exec(QStringLiteral("SELECT trellis.trellis_push($1::jsonb)::text"), {text});
        const double ms = msSince(timer);
        if (!rows.ok()) {
            std::fprintf(stderr, "push failed: %s\n", qPrintable(rows.error().message));
            failed = true;
            return -1;
        }
        const QJsonArray results = QJsonDocument::fromJson(rows->text(0, 0).toUtf8()).array();
        int applied = 0;
        for (const QJsonValue& result : results)
            applied += result.toObject().value(QStringLiteral("result")).toString() == QLatin1String("applied");
        if (results.size() != batch.size() || applied != batch.size()) {
            std::fprintf(stderr, "push of %lld changes: %d applied of %lld results; first: %s\n",
                         qlonglong(batch.size()), applied, qlonglong(results.size()),
                         qPrintable(QJsonDocument(results.first().toObject()).toJson(QJsonDocument::Compact)));
            failed = true;
            return -1;
        }
        return ms;
    }

    // Pulls from `cursor` until complete on one connection; rows and ms of the calls, or -1 ms.
    struct Pulled {
        qint64 rows = 0;
        int pages = 0;
        double ms = -1;
        QString cursor;
    };
    Pulled pull(PgConnection& connection, const QString& cursor, int pageRows)
    {
        Pulled pulled;
        pulled.cursor = cursor;
        double ms = 0;
        for (;;) {
            QElapsedTimer timer;
            timer.start();
            auto page = connection.exec(QStringLiteral("SELECT trellis.trellis_pull($1, $2)::text"),
                                        {pulled.cursor.isEmpty() ? QVariant() : QVariant(pulled.cursor), pageRows});
            ms += msSince(timer);
            if (!page.ok()) {
                std::fprintf(stderr, "pull failed: %s\n", qPrintable(page.error().message));
                failed = true;
                return pulled;
            }
            const QJsonObject reply = QJsonDocument::fromJson(page->text(0, 0).toUtf8()).object();
            for (const QJsonValue& table : reply.value(QStringLiteral("tables")).toArray())
                pulled.rows += table.toObject().value(QStringLiteral("rows")).toArray().size();
            ++pulled.pages;
            pulled.cursor = reply.value(QStringLiteral("cursor")).toString();
            if (reply.value(QStringLiteral("complete")).toBool())
                break;
        }
        pulled.ms = ms;
        return pulled;
    }

    // COPY (query) TO STDOUT as the superuser: bytes received, or -1.
    qint64 copyOut(PgConnection& connection, const QString& query)
    {
        PGresult* started = PQexec(connection.handle(), ("COPY (" + query + ") TO STDOUT").toUtf8().constData());
        const bool copying = PQresultStatus(started) == PGRES_COPY_OUT;
        PQclear(started);
        if (!copying) {
            std::fprintf(stderr, "COPY failed: %s\n", PQerrorMessage(connection.handle()));
            failed = true;
            return -1;
        }
        qint64 bytes = 0;
        char* buffer = nullptr;
        int length = 0;
        while ((length = PQgetCopyData(connection.handle(), &buffer, 0)) > 0) {
            bytes += length;
            PQfreemem(buffer);
        }
        PGresult* finished = PQgetResult(connection.handle());
        const bool ok = PQresultStatus(finished) == PGRES_COMMAND_OK;
        PQclear(finished);
        while (PGresult* more = PQgetResult(connection.handle()))
            PQclear(more);
        return ok ? bytes : -1;
    }

    // Dale's caseload of `count` young people, 27 rows each, made as the superuser.
    bool generateCaseload(int count)
    {
        QElapsedTimer timer;
        timer.start();
        const QString id = QStringLiteral("('%1-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid");
        const QString yp = id.arg(QStringLiteral("b6000000"));
        const QVariantList dale{workerIds.value(kDale.login), count};
        const bool ok =
            run(QStringLiteral("INSERT INTO trellis.young_person (id, reference, given_name, family_name, "
                               "date_of_birth, gender, ethnicity, postcode_district, lead_worker_id, next_contact_due, "
                               "next_review_date, created_at, created_by, updated_at, updated_by) "
                               "SELECT %1, 'SD-' || n, 'Fictional', 'Caseload ' || n, date '2008-01-01' + (n % 2000), "
                               "'not_stated', 'not_stated', 'ZZ9', $1::uuid, date '2026-12-01' + (n % 30), "
                               "date '2027-01-01' + (n % 60), now(), 'bench', now(), 'bench' "
                               "FROM generate_series(1, $2) AS n")
                    .arg(yp),
                dale) &&
            run(QStringLiteral("INSERT INTO trellis.assignment (young_person_id, worker_id) SELECT id, $1::uuid "
                               "FROM trellis.young_person WHERE reference LIKE 'SD-%'"),
                {workerIds.value(kDale.login)}) &&
            run(QStringLiteral(
                    "INSERT INTO trellis.intervention (id, young_person_id, type, legal_status, start_date, "
                    "created_at, created_by, updated_at, updated_by) "
                    "SELECT gen_random_uuid(), %1, CASE k WHEN 1 THEN 'referral_order' ELSE 'prevention' END, "
                    "'Fictional order', date '2026-01-01' + k * 30, now(), 'bench', now(), 'bench' "
                    "FROM generate_series(1, $1) AS n, generate_series(1, 2) AS k")
                    .arg(yp),
                {count}) &&
            run(QStringLiteral("INSERT INTO trellis.contact (id, young_person_id, occurred_at, duration_minutes, kind, "
                               "attendance, summary, created_at, created_by, updated_at, updated_by) "
                               "SELECT gen_random_uuid(), %1, timestamptz '2026-06-01 09:30Z' + k * interval '7 days', "
                               "45, 'home_visit', 'attended', 'Fictional visit number ' || k || ' with notes of a "
                               "realistic length about school, family and plans for the week ahead.', now(), 'bench', "
                               "now(), 'bench' FROM generate_series(1, $1) AS n, generate_series(1, 15) AS k")
                    .arg(yp),
                {count}) &&
            run(QStringLiteral("INSERT INTO trellis.safety_plan (id, young_person_id, version, status, code_word, "
                               "own_words, review_date, created_at, created_by, updated_at, updated_by) "
                               "SELECT %1, %2, 1, 'active', 'kestrel', 'Fictional words about feeling safe.', "
                               "date '2026-12-15', now(), 'bench', now(), 'bench' FROM generate_series(1, $1) AS n")
                    .arg(id.arg(QStringLiteral("b6100000")), yp),
                {count}) &&
            run(QStringLiteral("INSERT INTO trellis.safety_plan_item (id, safety_plan_id, section, position, text, "
                               "created_at, created_by, updated_at, updated_by) "
                               "SELECT gen_random_uuid(), %1, 'coping', k, 'Fictional coping step ' || k, now(), "
                               "'bench', now(), 'bench' FROM generate_series(1, $1) AS n, generate_series(1, 5) AS k")
                    .arg(id.arg(QStringLiteral("b6100000"))),
                {count}) &&
            run(QStringLiteral("INSERT INTO trellis.trusted_adult (id, given_name, family_name, relationship, "
                               "availability, created_at, created_by, updated_at, updated_by) "
                               "SELECT %1, 'Fictional', 'Adult ' || n, 'aunt', 'evenings', now(), 'bench', now(), "
                               "'bench' FROM generate_series(1, $1) AS n")
                    .arg(id.arg(QStringLiteral("b6200000"))),
                {count}) &&
            run(QStringLiteral("INSERT INTO trellis.trusted_adult_link (id, young_person_id, trusted_adult_id, role, "
                               "created_at, created_by, updated_at, updated_by) "
                               "SELECT gen_random_uuid(), %1, %2, 'trusted_adult', now(), 'bench', now(), 'bench' "
                               "FROM generate_series(1, $1) AS n")
                    .arg(yp, id.arg(QStringLiteral("b6200000"))),
                {count}) &&
            run(QStringLiteral(
                    "INSERT INTO trellis.episode (id, young_person_id, kind, start_date, notes, created_at, "
                    "created_by, updated_at, updated_by) "
                    "SELECT gen_random_uuid(), %1, 'missing', date '2026-03-01', 'Fictional episode', now(), "
                    "'bench', now(), 'bench' FROM generate_series(1, $1) AS n")
                    .arg(yp),
                {count}) &&
            run(QStringLiteral("VACUUM ANALYZE"));
        std::printf("generated Dale's caseload of %d young people (%d rows) in %.1f s\n", count, count * 27,
                    msSince(timer) / 1000);
        return ok;
    }

    // The same rows the initial pull returns, one COPY per table. COPY takes no parameters, so
    // Dale's id (a UUID the fixture made, never a user's value) is written into the query.
    QStringList caseloadCopies() const
    {
        const QString people = QStringLiteral("SELECT a.young_person_id FROM trellis.assignment AS a "
                                              "WHERE a.ended_at IS NULL AND a.worker_id = '%1'")
                                   .arg(workerIds.value(kDale.login));
        QStringList copies{QStringLiteral("SELECT t.* FROM trellis.young_person AS t WHERE t.id IN (%1)").arg(people)};
        for (const char* table : {"intervention", "contact", "safety_plan", "episode", "trusted_adult_link"})
            copies.append(QStringLiteral("SELECT t.* FROM trellis.%1 AS t WHERE t.young_person_id IN (%2)")
                              .arg(QLatin1String(table), people));
        copies.append(QStringLiteral("SELECT t.* FROM trellis.safety_plan_item AS t JOIN trellis.safety_plan AS p "
                                     "ON p.id = t.safety_plan_id WHERE p.young_person_id IN (%1)")
                          .arg(people));
        copies.append(QStringLiteral("SELECT t.* FROM trellis.trusted_adult AS t WHERE t.id IN (SELECT "
                                     "l.trusted_adult_id FROM trellis.trusted_adult_link AS l WHERE l.young_person_id "
                                     "IN (%1))")
                          .arg(people));
        return copies;
    }

    // Statements (with their parameters) as the superuser in one transaction, timed together.
    double write(const QList<std::pair<QString, QVariantList>>& statements)
    {
        QElapsedTimer timer;
        timer.start();
        bool ok = run(QStringLiteral("BEGIN"));
        for (const auto& [statement, parameters] : statements)
            ok = ok && run(statement, parameters);
        ok = run(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK")) && ok;
        return ok ? msSince(timer) : -1;
    }
};

struct Measure {
    QString name;
    QList<double> push;
    QList<double> baseline;
    double target = 0; // 0: information only
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("trellis.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Central sync benchmark (docs/benchmarks.md)"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Timed runs of each measure (median)."),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("young-people"), QStringLiteral("Young people in the central store."),
                      QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("page-rows"), QStringLiteral("Rows asked for per pull page."), QStringLiteral("n"),
                      QString::number(sync::SyncEngine::kDefaultPullPageRows)});
    parser.addOption({QStringLiteral("large"), QStringLiteral("Also time the incremental pull at 100,000.")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int total = std::max(2000, parser.value(QStringLiteral("young-people")).toInt());

    Bench bench;
    QString error;
    QElapsedTimer started;
    started.start();
    if (!bench.fixture.startWithWorkers(&bench.workerIds, &error)) {
        std::fprintf(stderr, "could not start the central store: %s\n", qPrintable(error));
        return 2;
    }
    bench.admin = bench.fixture.admin(kDb);
    if (!bench.admin || !bench.generate(total))
        return 2;
    std::printf("PostgreSQL %s with TLS on port %d; ready in %.1f s\n",
                qPrintable(bench.admin->exec(QStringLiteral("SHOW server_version")).value().text(0, 0)),
                bench.fixture.server().port(), msSince(started) / 1000);

    Measure edits{QStringLiteral("A: push of 1,000 edits across 500 plans, caseworker"), {}, {}, kPushTargetMs};
    Measure contacts{QStringLiteral("B: push of 1,000 new contacts, caseworker"), {}, {}, 0};
    Measure oneRecord{QStringLiteral("C: push of 1,000 edits of one plan, caseworker"), {}, {}, 0};
    Measure manager{QStringLiteral("D: push of 1,000 edits across 500 plans, manager"), {}, {}, 0};

    // The baselines write Ash's second 500 plans, and plan 501 for C, with the same values.
    const QString baselinePlans = QStringLiteral("SELECT ('b5100000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid "
                                                 "AS id FROM generate_series(501, 1000) AS n");
    for (int run = 0; run <= runs && !bench.failed; ++run) {
        const bool timed = run > 0;
        const double a = bench.push(kAsh, planEdits(1, run));
        const double aBase = bench.write(
            {{QStringLiteral("UPDATE trellis.safety_plan AS p SET code_word = $1, updated_at = now(), "
                             "updated_by = 'bench' FROM (%1) AS v WHERE p.id = v.id")
                  .arg(baselinePlans),
              {codeWord(run)}},
             {QStringLiteral("UPDATE trellis.safety_plan AS p SET review_date = $1::date, updated_at = now(), "
                             "updated_by = 'bench' FROM (%1) AS v WHERE p.id = v.id")
                  .arg(baselinePlans),
              {reviewDate(run)}}});
        const double b = bench.push(kAsh, newContacts(run));
        const double bBase = bench.write(
            {{QStringLiteral("INSERT INTO trellis.contact (id, young_person_id, occurred_at, duration_minutes, kind, "
                             "attendance, summary, next_contact_due, created_at, created_by, updated_at, updated_by) "
                             "SELECT gen_random_uuid(), ('b5000000-0000-4000-8000-' || lpad((501 + i % 500)::text, "
                             "12, '0'))::uuid, $1::timestamptz, 30 + i % 60, 'home_visit', 'attended', "
                             "'Fictional visit, bench run ' || $2, date '2026-12-01', now(), 'bench', now(), 'bench' "
                             "FROM generate_series(0, 999) AS i"),
              {QStringLiteral("2026-11-%1T09:30:00Z").arg(10 + run, 2, 10, QLatin1Char('0')), run}}});
        const double c = bench.push(kAsh, oneRecordEdits(run));
        const double cBase = bench.write(
            {{QStringLiteral(
                  "DO $$ BEGIN FOR i IN 1..1000 LOOP UPDATE trellis.safety_plan SET own_words = 'w' || i, "
                  "updated_at = now(), updated_by = 'bench' WHERE id = 'b5100000-0000-4000-8000-000000000501'; "
                  "END LOOP; END $$"),
              {}}});
        const double d = bench.push(kBriar, planEdits(1001, run));
        if (timed) {
            edits.push.append(a);
            edits.baseline.append(aBase);
            contacts.push.append(b);
            contacts.baseline.append(bBase);
            oneRecord.push.append(c);
            oneRecord.baseline.append(cBase);
            manager.push.append(d);
            manager.baseline.append(aBase);
        }
        std::printf("run %d%s: A %.0f / %.0f ms, B %.0f / %.0f ms, C %.0f / %.0f ms, D %.0f ms\n", run,
                    timed ? "" : " (untimed)", a, aBase, b, bBase, c, cBase, d);
        std::fflush(stdout);
    }
    if (bench.failed) {
        std::printf("FAIL: a push or a statement failed (above)\n");
        return 1;
    }

    std::printf("\nsync_bench: %d young people in the central store (Ash sees 1,000, the manager all), %d timed "
                "runs each, medians\n\n",
                total, runs);
    std::printf("| measure | push ms | baseline ms | push/baseline | changes/s | target | result |\n"
                "|---|---:|---:|---:|---:|---:|---|\n");
    bool allPass = true;
    for (const Measure* m : {&edits, &contacts, &oneRecord, &manager}) {
        const double pushMs = median(m->push);
        const double baseMs = median(m->baseline);
        const bool pass = m->target <= 0 || pushMs <= m->target;
        allPass = allPass && pass;
        std::printf("| %s | %.0f | %.1f | %.1f | %.0f | %s | %s |\n", qPrintable(m->name), pushMs, baseMs,
                    baseMs > 0 ? pushMs / baseMs : 0.0, pushMs > 0 ? kChanges * 1000.0 / pushMs : 0.0,
                    m->target > 0 ? qPrintable(QStringLiteral("%1").arg(m->target, 0, 'f', 0)) : "-",
                    m->target > 0 ? (pass ? "PASS" : "FAIL") : "info");
    }
    const bool pullExists =
        bench.admin->exec(QStringLiteral("SELECT to_regprocedure('trellis.trellis_pull(text, integer)') IS NOT NULL"))
            .value()
            .toBool(0, 0);
    if (!pullExists) {
        std::printf("\npull: not measured, trellis_pull is not in this build (resources/sql/central/0004_pull.sql)\n");
        std::printf("\n%s\n", allPass ? "every target measured was met" : "a target was missed");
        return 0;
    }

    // --- initial sync against COPY ---------------------------------------------------------------
    const int pageRows = parser.value(QStringLiteral("page-rows")).toInt();
    if (!bench.generateCaseload(total))
        return 2;
    QList<double> pullMs, copyMs, pullRows, pullPages;
    qint64 copyBytes = 0;
    for (int run = 0; run <= runs && !bench.failed; ++run) {
        auto dale = bench.fixture.connectAs(kDale, kDb);
        if (!dale.ok()) {
            std::fprintf(stderr, "Dale cannot connect: %s\n", qPrintable(dale.error().message));
            return 2;
        }
        const Bench::Pulled pulled = bench.pull(*dale.value(), QString(), pageRows);
        QElapsedTimer timer;
        timer.start();
        copyBytes = 0;
        for (const QString& query : bench.caseloadCopies())
            copyBytes += bench.copyOut(*bench.admin, query);
        const double copied = msSince(timer);
        std::printf("initial pull %d%s: %lld rows in %d pages, %.0f ms; COPY %.0f ms (%.1f MB)\n", run,
                    run ? "" : " (untimed)", qlonglong(pulled.rows), pulled.pages, pulled.ms, copied,
                    double(copyBytes) / 1e6);
        std::fflush(stdout);
        if (run > 0) {
            pullMs.append(pulled.ms);
            copyMs.append(copied);
            pullRows.append(double(pulled.rows));
            pullPages.append(pulled.pages);
        }
    }
    if (bench.failed)
        return 1;

    // --- incremental sync as the store grows ------------------------------------------------------
    QList<int> sizes{1000, 10000};
    if (parser.isSet(QStringLiteral("large")))
        sizes.append(100000);
    QList<std::pair<int, double>> incremental;
    if (!bench.fixture.server().createDatabase(kIncrementalDb)) {
        std::fprintf(stderr, "%s\n", qPrintable(bench.fixture.server().error()));
        return 2;
    }
    const CtlRun initialised = runCtl({QStringLiteral("--json"), QStringLiteral("central"), QStringLiteral("init"),
                                       QStringLiteral("--db"), bench.fixture.adminDb(kIncrementalDb)});
    const CtlRun added = bench.fixture.addWorker(kFern, kIncrementalDb);
    if (initialised.code != 0 || added.code != 0) {
        std::fprintf(stderr, "incremental database: %s %s\n", initialised.said().constData(), added.said().constData());
        return 2;
    }
    PgConnection* inc = bench.fixture.admin(kIncrementalDb);
    auto fern = bench.fixture.connectAs(kFern, kIncrementalDb);
    if (!inc || !fern.ok()) {
        std::fprintf(stderr, "cannot connect to the incremental database\n");
        return 2;
    }
    const QString fernId = added.json().value(QStringLiteral("worker_id")).toString();
    const QString person = QStringLiteral("('b7000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid");
    const QString planId = QStringLiteral("('b7100000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid");
    QString cursor;
    int made = 0;
    for (int size : sizes) {
        QElapsedTimer timer;
        timer.start();
        auto grown = inc->exec(
            QStringLiteral("WITH p AS (INSERT INTO trellis.young_person (id, reference, given_name, family_name, "
                           "date_of_birth, gender, ethnicity, lead_worker_id, created_at, created_by, updated_at, "
                           "updated_by) SELECT %1, 'SI-' || n, 'Fictional', 'Incremental ' || n, date '2008-01-01' "
                           "+ (n % 2000), 'not_stated', 'not_stated', $3::uuid, now(), 'bench', now(), 'bench' "
                           "FROM generate_series($1::int, $2::int) AS n RETURNING id) "
                           "INSERT INTO trellis.assignment (young_person_id, worker_id) SELECT id, $3::uuid FROM p")
                .arg(person),
            {made + 1, size, fernId});
        auto plans = inc->exec(
            QStringLiteral(
                "INSERT INTO trellis.safety_plan (id, young_person_id, version, status, review_date, "
                "created_at, created_by, updated_at, updated_by) SELECT %1, %2, 1, 'draft', "
                "date '2026-12-01', now(), 'bench', now(), 'bench' FROM generate_series($1::int, $2::int) AS n")
                .arg(planId, person),
            {made + 1, size});
        if (!grown.ok() || !plans.ok() || !inc->exec(QStringLiteral("VACUUM ANALYZE")).ok()) {
            std::fprintf(
                stderr, "growing the store failed: %s\n",
                qPrintable(grown.ok() ? (plans.ok() ? QString() : plans.error().message) : grown.error().message));
            return 2;
        }
        made = size;
        // Catch up with everything new, untimed.
        const Bench::Pulled caught = bench.pull(*fern.value(), cursor, 5000);
        cursor = caught.cursor;
        QList<double> times;
        for (int run = 0; run <= runs && !bench.failed; ++run) {
            // Ten young people change; the next pull brings them.
            auto changed = inc->exec(
                QStringLiteral("UPDATE trellis.young_person SET next_contact_due = date '2027-01-01' + $1::int, "
                               "updated_at = now(), updated_by = 'bench' WHERE id IN (SELECT %1 FROM "
                               "generate_series(1, $2::int, $2::int / 10) AS n LIMIT 10)")
                    .arg(person),
                {run, size});
            if (!changed.ok() || changed->affected() != 10) {
                std::fprintf(stderr, "changing 10 young people failed\n");
                return 2;
            }
            const Bench::Pulled pulled = bench.pull(*fern.value(), cursor, pageRows);
            cursor = pulled.cursor;
            if (pulled.rows < 10) {
                std::fprintf(stderr, "incremental pull at %d brought %lld rows, expected 10\n", size,
                             qlonglong(pulled.rows));
                bench.failed = true;
            }
            if (run > 0)
                times.append(pulled.ms);
        }
        incremental.append({size, median(times)});
        std::printf("incremental at %d young people: grown and caught up (%lld rows) in %.1f s; median %.1f ms\n", size,
                    qlonglong(caught.rows), msSince(timer) / 1000, median(times));
        std::fflush(stdout);
    }
    if (bench.failed)
        return 1;

    const double pulledMs = median(pullMs);
    const double copied = median(copyMs);
    const double rows = median(pullRows);
    const double rate = pulledMs > 0 ? rows * 1000.0 / pulledMs : 0.0;
    const bool rateOk = rate >= kRowsPerSecondTarget;
    const bool copyOk = copied > 0 && pulledMs / copied <= kCopyRatioTarget;
    std::printf("\n| pull measure | median ms | baseline ms | ratio | rows/s | target | result |\n"
                "|---|---:|---:|---:|---:|---|---|\n");
    std::printf("| initial pull, %d young people, %.0f rows in %.0f pages of %d | %.0f | %.0f (COPY, %.1f MB) | %.2f | "
                "%.0f | >= %.0f rows/s; <= %.0fx COPY | %s; %s |\n",
                total, rows, median(pullPages), pageRows, pulledMs, copied, double(copyBytes) / 1e6,
                copied > 0 ? pulledMs / copied : 0.0, rate, kRowsPerSecondTarget, kCopyRatioTarget,
                rateOk ? "PASS" : "FAIL", copyOk ? "PASS" : "FAIL");
    allPass = allPass && rateOk && copyOk;
    const double smallest = incremental.isEmpty() ? 0 : incremental.first().second;
    for (const auto& [size, ms] : incremental) {
        const bool ok = ms <= kIncrementalTargetMs;
        const bool growthOk = size == sizes.first() || (smallest > 0 && ms / smallest <= kGrowthTarget);
        allPass = allPass && ok && growthOk;
        std::printf("| incremental pull of 10 changed young people, store of %d | %.1f | %.1f (at %d) | %.2f | - | "
                    "<= %.0f ms; <= %.1fx | %s; %s |\n",
                    size, ms, smallest, sizes.first(), smallest > 0 ? ms / smallest : 0.0, kIncrementalTargetMs,
                    kGrowthTarget, ok ? "PASS" : "FAIL", growthOk ? "PASS" : "FAIL");
    }
    std::printf("\n%s\n", allPass ? "every target measured was met" : "a target was missed");
    return 0;
}
