#pragma once

// Shared by the end-to-end sync tests (tst_sync_scenarios, tst_sync_faults,
// tst_sync_convergence): laptops, each a real encrypted store with its own SyncEngine, against
// the central store of a CentralFixture, and the ways to compare a laptop with the central view.

#include "CentralFixture.h"
#include "TestStore.h"

#include "domain/Record.h"
#include "session/Clock.h"
#include "sync/Change.h"
#include "sync/PgCentralClient.h"
#include "sync/SyncEngine.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>

#include <list>
#include <map>
#include <memory>

namespace trellis::test {

// A whole number from the environment, or `fallback`.
int envNumber(const char* name, int fallback);
// QtTest stops a test function after 5 minutes unless QTEST_FUNCTION_TIMEOUT says otherwise; a
// long opt-in run (1,000 kills, an hour of faults) sets it to `ms` unless the caller did. QtTest
// reads it once, when the first function starts: call this from the test object's constructor.
void allowTestFunctionTime(qint64 ms);
// The seed a randomised test runs with: `variable` from the environment to replay a run, or a
// new one; printed either way with how to replay it.
quint32 testSeed(const char* variable);
// A set of ids as one PostgreSQL array parameter ($1::uuid[]).
QVariantList uuidArray(const QSet<QString>& ids);
// A fictional contact, valid and ready to save.
domain::Record fictionalContact(const QString& id, const QString& youngPersonId, const QDateTime& occurredAt,
                                const QString& summary);

// A record as a comparable line: every field but the stamps, and whether it is deleted.
QString recordLine(const domain::Record& record, bool deleted);

using SyncState = QMap<QString, QString>; // "entity:id" -> recordLine

// The records where a laptop's state and the central view differ, each side's line, at most
// `most` of them; empty if they are equal. A central tombstone the laptop does not hold is not a
// difference: the pull skips a tombstone for a record the store never held (docs/sync.md).
QString stateDifference(const SyncState& local, const SyncState& central, int most = 5);

// What the conflict check found (SyncWorld::checkConflicts).
struct ConflictCheck {
    int conflicts = 0; // central conflict records looked at
    int open = 0;
    QStringList problems; // one line per broken promise: ids, the field, the (fictional) values
};

// One laptop: its store, its worker and its connection to the central store.
struct Laptop {
    TestWorker worker;
    std::unique_ptr<TestStore> store = std::make_unique<TestStore>();
    std::unique_ptr<Database> db;
    std::unique_ptr<central::PgConnection> connection;
    std::unique_ptr<sync::PgCentralClient> client;
};

// What a trellisctl sync child did before it ended or was killed.
struct ChildSync {
    bool killed = false;
    int exitCode = -1;
    qint64 elapsedMs = 0;
    QString log;
};

// Several laptops and the central store they sync with.
class SyncWorld {
public:
    SyncWorld(CentralFixture& fixture, Clock& clock) : m_fixture(fixture), m_clock(clock) {}

    // The laptop of `worker`, made (a new empty store, connected) the first time.
    Laptop& laptop(const TestWorker& worker);
    std::list<Laptop>& laptops() { return m_laptops; }
    // A new connection for the laptop (after its backend was terminated); false on failure.
    bool reconnect(Laptop& laptop);
    // After the server restarted: every laptop connects again, and so does each worker's view.
    bool reconnectAll();
    // A new empty store for the laptop's worker, as on a new laptop.
    void replaceStore(Laptop& laptop);

    // One sync of the laptop through `client` (its own PgCentralClient by default), pulling
    // `pullPageRows` rows a page (few, so that even a small caseload takes several pages).
    sync::SyncEngine::Outcome sync(Laptop& laptop, sync::CentralClient* client = nullptr, int pullPageRows = 7);
    // Every laptop syncs, then every laptop again, so each has seen what the others pushed.
    void syncAll();

    SyncState state(Laptop& laptop);
    SyncState centralView(const TestWorker& worker);
    // The first column of what `sql` returns on the worker's own connection (row-level security
    // applies), or one line saying why it failed.
    QStringList asWorker(const TestWorker& worker, const QString& sql, const QVariantList& parameters = {});
    domain::Record record(Laptop& laptop, const QString& entity, const QString& id);
    void save(Laptop& laptop, domain::Record record);
    // The change ids in the laptop's outbox.
    QSet<QString> outboxChangeIds(Laptop& laptop);

    // `trellisctl --store ... account set` with the laptop worker's own URL and password, in-process.
    CtlRun setAccount(const Laptop& laptop, const QString& passphraseFile);
    // `trellisctl --store ... sync` of the laptop's store as a child process, SIGKILLed
    // `killAfterMs` after it started (never when negative), or `afterLineMs` after it first
    // printed `killOnLine` (when given). The laptop's database is closed while the child runs
    // and opened again after it. The first time for a store, `account set` runs first.
    ChildSync childSync(Laptop& laptop, int killAfterMs, const QString& killOnLine = {}, int afterLineMs = 0);

    QString centralValue(const QString& sql, const QVariantList& parameters = {});
    // The central server's clock now, and a moment it holds (`sql` returns one timestamptz):
    // tests that must make a change before or after a central event (a reallocation) set the
    // laptops' clock from these, never from the wall clock of the test machine.
    QDateTime centralNow();
    QDateTime centralMoment(const QString& sql, const QVariantList& parameters = {});

    // Once every laptop has synced: the conflicts the changes `made` ran into, against
    // docs/sync.md. Each conflict answer has its central record; each record holds its first
    // change's base, its latest change's value and author, and the author of the value that stayed;
    // an open one's server value is the record's current one; exactly the workers who may see the
    // record read it (its caseworker, their supervisor, managers); and every laptop holding the
    // record shows the field as the central store has it. `changes` holds every change any laptop
    // made on this central store, by id; `local` each laptop's state, by login.
    ConflictCheck checkConflicts(const QHash<QString, sync::Change>& changes, const QSet<QString>& made,
                                 const QHash<QString, SyncState>& local);

private:
    // The worker's connection for reading the central view, opened the first time.
    central::PgConnection* viewer(const TestWorker& worker, QString* error);

    CentralFixture& m_fixture;
    Clock& m_clock;
    std::list<Laptop> m_laptops;
    std::map<QString, std::unique_ptr<central::PgConnection>> m_viewers; // login -> connection
};

} // namespace trellis::test
