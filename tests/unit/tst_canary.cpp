// Proves that no record text reaches the disk in plaintext: not through SQLite's temporary files
// (sorts, GROUP BY, DISTINCT, index builds, temp tables, statement journals, VACUUM), not through
// the store, its -wal or its -shm. A canary string is written into every free-text field, a
// workload that would make SQLite spill to temporary files is run, and a background thread
// watches the temporary folders (inotify) and this process's open descriptors (/proc/self/fd).
// Linux only: inotify and /proc are what make a deleted-at-once temporary file visible.

#include "TestStore.h"

#include "domain/Entities.h"
#include "domain/Record.h"
#include "domain/Validator.h"
#include "store/RecordRepository.h"
#include "store/StoreOpener.h"
#include "store/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace trellis;
using namespace trellis::test;
using domain::Entities;
using domain::FieldType;
using domain::Record;
namespace entity = domain::entity;

namespace {

// Fictional and unmistakable. Fields whose pattern or length cannot hold it get a form that
// can: the login (lower case only) and the case reference (20 characters, no lower-case rule).
const QString kCanary = QStringLiteral("CANARY-7f3a9c-FICTIONAL");
const QString kLoginCanary = kCanary.toLower();
const QString kShortCanary = QStringLiteral("CNRY7F3A9C");

// A postcode district is at most four characters of an outward code; no marker fits in it.
const QSet<QString> kFieldsTooSmallForAMarker{QStringLiteral("young_person.postcode_district")};

const QDate kToday(2026, 11, 26);
const QDateTime kNow(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC);

constexpr int kPeople = 200;
constexpr int kContacts = 4000;
// Small enough that the sorts below cannot fit in it; the product sets 64 MiB.
constexpr int kSmallCacheKiB = 256;

// The canary as SQLite could write it: UTF-8, or UTF-16 in either byte order.
const QList<QByteArray>& needles()
{
    static const QList<QByteArray> all = [] {
        QList<QByteArray> forms;
        for (const QString& text : {kCanary, kLoginCanary, kShortCanary}) {
            forms << text.toUtf8();
            QByteArray little;
            QByteArray big;
            for (const QChar c : text) {
                const char16_t u = c.unicode();
                little.append(char(u & 0xff)).append(char(u >> 8));
                big.append(char(u >> 8)).append(char(u & 0xff));
            }
            forms << little << big;
        }
        return forms;
    }();
    return all;
}

bool holdsCanary(const QByteArray& bytes, const QList<QByteArray>& marks)
{
    for (const QByteArray& mark : marks) {
        if (bytes.contains(mark))
            return true;
    }
    return false;
}

QString canonical(const QString& path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QFileInfo(path).absoluteFilePath() : resolved;
}

QString tempDir()
{
    const QByteArray fromEnv = qgetenv("TMPDIR");
    return fromEnv.isEmpty() ? QDir::tempPath() : QString::fromLocal8Bit(fromEnv);
}

// Watches folders with inotify and this process's descriptors through /proc/self/fd from a
// thread of its own, so it sees what the workload does while it does it. SQLite unlinks its
// temporary files as soon as it has opened them, so the folder listing alone would miss them.
class LeakWatcher {
public:
    struct Options {
        QStringList strictDirs; // only this test writes here: every new file is a finding
        QStringList sharedDirs; // /tmp and /var/tmp: other programs write there too
        QSet<QString> allowed;  // canonical paths of the store and its -wal, -shm, -journal
        QList<QByteArray> needles;
    };

    explicit LeakWatcher(Options options) : m_options(std::move(options)) {}
    ~LeakWatcher() { stop(); }
    LeakWatcher(const LeakWatcher&) = delete;
    LeakWatcher& operator=(const LeakWatcher&) = delete;

    // Returns an error message, or an empty string once the thread is watching.
    QString start()
    {
        m_inotify = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_inotify < 0)
            return QStringLiteral("inotify_init1 failed: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        constexpr uint32_t mask = IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_TO;
        for (const QString& dir : m_options.strictDirs + m_options.sharedDirs) {
            if (!QFileInfo(dir).isDir() || m_dirs.values().contains(dir))
                continue;
            const int wd = inotify_add_watch(m_inotify, QFile::encodeName(dir).constData(), mask);
            if (wd < 0)
                return QStringLiteral("cannot watch %1: %2").arg(dir, QString::fromLocal8Bit(strerror(errno)));
            m_dirs.insert(wd, dir);
        }
        // Whatever is open now (the test log, Qt's own files) is not the workload's doing.
        scanDescriptors(true);
        m_thread = std::thread([this] { run(); });
        return {};
    }

    void stop()
    {
        if (m_thread.joinable()) {
            m_stop = true;
            m_thread.join();
        }
        if (m_inotify >= 0) {
            ::close(m_inotify);
            m_inotify = -1;
        }
        // A shared-folder file this process had open was ours after all.
        const std::lock_guard lock(m_mutex);
        for (const QString& path : std::as_const(m_unattributed)) {
            if (m_seenOpen.contains(path))
                m_created.insert(path + QStringLiteral(" (opened by this process)"));
        }
    }

    // Blocks until the thread has completed `count` more full passes, so a file that was open
    // when this was called has certainly been looked at.
    bool waitForPasses(int count)
    {
        std::unique_lock lock(m_mutex);
        const int target = m_passes + count;
        return m_passed.wait_for(lock, std::chrono::seconds(10), [&] { return m_passes >= target; });
    }

    QStringList created() const { return sorted(m_created); }
    QStringList canaryHolders() const { return sorted(m_canaryHolders); }
    QStringList unattributed() const { return sorted(m_unattributed); }
    int passes() const
    {
        const std::lock_guard lock(m_mutex);
        return m_passes;
    }

private:
    QStringList sorted(const QSet<QString>& set) const
    {
        const std::lock_guard lock(m_mutex);
        QStringList list(set.begin(), set.end());
        list.sort();
        return list;
    }

    void run()
    {
        while (!m_stop) {
            pollfd pfd{m_inotify, POLLIN, 0};
            if (::poll(&pfd, 1, 2) > 0)
                readEvents();
            scanDescriptors(false);
            {
                const std::lock_guard lock(m_mutex);
                ++m_passes;
            }
            m_passed.notify_all();
        }
        readEvents();
        scanDescriptors(false);
    }

    void readEvents()
    {
        alignas(inotify_event) char buffer[64 * 1024];
        for (;;) {
            const ssize_t length = ::read(m_inotify, buffer, sizeof buffer);
            if (length <= 0)
                return;
            for (ssize_t offset = 0; offset < length;) {
                const auto* event = reinterpret_cast<const inotify_event*>(buffer + offset);
                offset += ssize_t(sizeof(inotify_event) + event->len);
                if (event->len == 0 || !m_dirs.contains(event->wd))
                    continue;
                const QString dir = m_dirs.value(event->wd);
                const QString name = QFile::decodeName(event->name);
                const QString path = dir + QLatin1Char('/') + name;
                if (m_options.allowed.contains(path))
                    continue;
                const std::lock_guard lock(m_mutex);
                if (m_options.strictDirs.contains(dir) || name.startsWith(QLatin1String("etilqs_")))
                    m_created.insert(path);
                else
                    m_unattributed.insert(path);
            }
        }
    }

    // Every regular file this process holds open: new ones in a watched folder are findings, and
    // any that is not the store is read for the canary (through /proc, so deleted files too).
    void scanDescriptors(bool baseline)
    {
        DIR* dir = ::opendir("/proc/self/fd");
        if (!dir)
            return;
        const int ownFd = ::dirfd(dir);
        while (const dirent* entry = ::readdir(dir)) {
            bool isNumber = false;
            const int fd = QByteArray(entry->d_name).toInt(&isNumber);
            if (!isNumber || fd == ownFd || fd == m_inotify)
                continue;
            const QByteArray link = QByteArrayLiteral("/proc/self/fd/") + entry->d_name;
            char target[4096];
            const ssize_t length = ::readlink(link.constData(), target, sizeof target - 1);
            struct stat info {};
            if (length <= 0 || ::stat(link.constData(), &info) != 0 || !S_ISREG(info.st_mode))
                continue;
            QString path = QFile::decodeName(QByteArray(target, int(length)));
            const bool deleted = path.endsWith(QLatin1String(" (deleted)"));
            if (deleted)
                path.chop(10);
            if (m_options.allowed.contains(path) || path.startsWith(QLatin1String("/proc/")) ||
                path.startsWith(QLatin1String("/sys/")))
                continue;
            const FileKey key{quint64(info.st_dev), quint64(info.st_ino)};
            if (baseline) {
                m_baseline.insert(key);
                continue;
            }
            const QString where = QFileInfo(path).absolutePath();
            const bool watched = m_dirs.values().contains(where);
            {
                const std::lock_guard lock(m_mutex);
                m_seenOpen.insert(path);
                if (watched && !m_baseline.contains(key))
                    m_created.insert(path + (deleted ? QStringLiteral(" (deleted, held open)") : QString()));
            }
            const Stamp stamp{qint64(info.st_size), qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec};
            // Files open before the watch are read again only when they change; new ones every
            // pass, since a temporary file can be rewritten within one timestamp tick.
            if (m_baseline.contains(key) && m_readAt.value(key) == stamp)
                continue;
            m_readAt.insert(key, stamp);
            if (descriptorHoldsCanary(link, info)) {
                const std::lock_guard lock(m_mutex);
                m_canaryHolders.insert(path + (deleted ? QStringLiteral(" (deleted)") : QString()));
            }
        }
        ::closedir(dir);
    }

    bool descriptorHoldsCanary(const QByteArray& link, const struct stat& expected) const
    {
        // A descriptor of our own, so reading the file never moves the workload's file offset.
        const int fd = ::open(link.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return false;
        struct stat info {};
        QByteArray bytes;
        // The number may have been closed and reused between readlink and open.
        if (::fstat(fd, &info) == 0 && info.st_ino == expected.st_ino && info.st_dev == expected.st_dev) {
            constexpr qint64 kLimit = 256 * 1024 * 1024;
            bytes.resize(qsizetype(std::min<qint64>(info.st_size, kLimit)));
            qsizetype done = 0;
            while (done < bytes.size()) {
                const ssize_t got = ::pread(fd, bytes.data() + done, size_t(bytes.size() - done), off_t(done));
                if (got <= 0)
                    break;
                done += got;
            }
            bytes.truncate(done);
        }
        ::close(fd);
        return holdsCanary(bytes, m_options.needles);
    }

    struct FileKey {
        quint64 dev;
        quint64 ino;
        bool operator==(const FileKey& other) const { return dev == other.dev && ino == other.ino; }
        friend size_t qHash(const FileKey& key, size_t seed) { return qHashMulti(seed, key.dev, key.ino); }
    };
    struct Stamp {
        qint64 size = -1;
        qint64 mtime = -1;
        bool operator==(const Stamp& other) const { return size == other.size && mtime == other.mtime; }
    };

    Options m_options;
    int m_inotify = -1;
    QHash<int, QString> m_dirs; // watch descriptor -> folder
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    // Used by the watching thread only (and by start() before it exists).
    QSet<FileKey> m_baseline;
    QHash<FileKey, Stamp> m_readAt;
    // Shared with the test's thread.
    mutable std::mutex m_mutex;
    std::condition_variable m_passed;
    int m_passes = 0;
    QSet<QString> m_created;
    QSet<QString> m_canaryHolders;
    QSet<QString> m_unattributed;
    QSet<QString> m_seenOpen;
};

// The canary with a number, cut to the field's length; long fields get it many times over so
// the rows are large enough to push the sorts past the page cache.
QString canaryText(const domain::FieldDef& field, int number)
{
    const QString one = QStringLiteral("%1 %2.").arg(kCanary).arg(number);
    QString text = one;
    if (field.maxLength == 0 || field.maxLength >= 2000) {
        while (text.size() < 1500)
            text += QLatin1Char(' ') + one;
    }
    return field.maxLength > 0 ? text.left(field.maxLength) : text;
}

// Puts the canary in every free-text field of `record` (created_by and updated_by included).
void fillText(Record& record, int number)
{
    for (const auto& field : record.def().fields) {
        if (field.type != FieldType::Text)
            continue;
        const QString key = record.entity() + QLatin1Char('.') + field.name;
        if (kFieldsTooSmallForAMarker.contains(key))
            continue;
        if (key == QLatin1String("worker.login"))
            record.set(field.name, QStringLiteral("%1.%2").arg(kLoginCanary).arg(number));
        else if (key == QLatin1String("young_person.reference"))
            record.set(field.name, QStringLiteral("%1-%2").arg(kShortCanary).arg(number));
        else
            record.set(field.name, canaryText(field, number));
    }
}

// Builds the canary records in one transaction, each checked by the product's Validator first.
class CanaryWriter {
public:
    explicit CanaryWriter(Database& db) : m_repository(db), m_validator(kToday) {}

    Record make(const QString& name, int number)
    {
        Record record(Entities::get(name));
        record.stampNew(QStringLiteral("placeholder"), kNow.addSecs(-number));
        fillText(record, number);
        return record;
    }

    // Returns an empty string, or what was wrong with the record.
    QString save(Record& record)
    {
        for (const auto& issue : m_validator.validate(record)) {
            if (issue.isError())
                return QStringLiteral("%1 is invalid: %2").arg(record.entity(), issue.toString());
        }
        for (const auto& field : record.def().fields) {
            const QString key = record.entity() + QLatin1Char('.') + field.name;
            if (field.type == FieldType::Text && !kFieldsTooSmallForAMarker.contains(key) &&
                !holdsCanary(record.text(field.name).toUtf8(), needles()))
                return QStringLiteral("%1 holds no canary").arg(key);
        }
        if (auto inserted = m_repository.insert(record); !inserted.ok())
            return inserted.error().message;
        m_covered.insert(record.entity());
        return {};
    }

    const QSet<QString>& covered() const { return m_covered; }

private:
    RecordRepository m_repository;
    domain::Validator m_validator;
    QSet<QString> m_covered;
};

void put(Record& record, const char* field, const QVariant& value) { record.set(QString::fromLatin1(field), value); }

// A caseload in which every entity has rows and every free-text field holds the canary.
QString writeCanaryCaseload(Database& db, QSet<QString>* covered)
{
    Transaction transaction(db);
    if (!transaction.began())
        return db.lastError().message;
    CanaryWriter writer(db);
    auto save = [&writer](Record& record) { return writer.save(record); };

    Record worker = writer.make(entity::Worker, 1);
    put(worker, "role", QStringLiteral("caseworker"));
    if (const QString failed = save(worker); !failed.isEmpty())
        return failed;

    QStringList people;
    for (int i = 0; i < kPeople; ++i) {
        Record person = writer.make(entity::YoungPerson, i);
        put(person, "date_of_birth", QDate(2010, 1, 1).addDays(i));
        put(person, "gender", QStringLiteral("not_stated"));
        put(person, "ethnicity", QStringLiteral("not_stated"));
        put(person, "lead_worker_id", worker.id());
        put(person, "status", QStringLiteral("open"));
        put(person, "ete_status", QStringLiteral("school"));
        put(person, "send_status", QStringLiteral("none"));
        put(person, "care_status", QStringLiteral("none"));
        put(person, "suitable_accommodation", QStringLiteral("unknown"));
        put(person, "safety_wellbeing", QStringLiteral("high"));
        put(person, "risk_serious_harm", QStringLiteral("medium"));
        put(person, "reoffending_likelihood", QStringLiteral("low"));
        if (const QString failed = save(person); !failed.isEmpty())
            return failed;
        people << person.id();

        Record adult = writer.make(entity::TrustedAdult, i);
        put(adult, "consent", QStringLiteral("not_asked"));
        put(adult, "do_not_contact", true); // so the reason, a free-text field, belongs there
        if (const QString failed = save(adult); !failed.isEmpty())
            return failed;

        Record link = writer.make(entity::TrustedAdultLink, i);
        put(link, "young_person_id", person.id());
        put(link, "trusted_adult_id", adult.id());
        put(link, "role", QStringLiteral("trusted_adult"));
        if (const QString failed = save(link); !failed.isEmpty())
            return failed;

        Record intervention = writer.make(entity::Intervention, i);
        put(intervention, "young_person_id", person.id());
        put(intervention, "type", QStringLiteral("referral_order"));
        put(intervention, "start_date", kToday.addDays(-100));
        if (const QString failed = save(intervention); !failed.isEmpty())
            return failed;

        Record plan = writer.make(entity::SafetyPlan, i);
        put(plan, "young_person_id", person.id());
        put(plan, "version", 1);
        put(plan, "status", QStringLiteral("draft"));
        if (const QString failed = save(plan); !failed.isEmpty())
            return failed;

        Record item = writer.make(entity::SafetyPlanItem, i);
        put(item, "safety_plan_id", plan.id());
        put(item, "section", QStringLiteral("action")); // the one section that takes "who"
        put(item, "position", 0);
        if (const QString failed = save(item); !failed.isEmpty())
            return failed;

        Record episode = writer.make(entity::Episode, i);
        put(episode, "young_person_id", person.id());
        put(episode, "kind", QStringLiteral("missing"));
        put(episode, "start_date", kToday.addDays(-30));
        if (const QString failed = save(episode); !failed.isEmpty())
            return failed;

        Record audit = writer.make(entity::AuditEvent, i);
        put(audit, "occurred_at", kNow);
        put(audit, "action", QStringLiteral("view"));
        if (const QString failed = save(audit); !failed.isEmpty())
            return failed;
    }
    for (int i = 0; i < kContacts; ++i) {
        Record contact = writer.make(entity::Contact, i);
        put(contact, "young_person_id", people.at(i % kPeople));
        put(contact, "occurred_at", kNow.addDays(-(i % 300)));
        put(contact, "duration_minutes", 45);
        put(contact, "kind", QStringLiteral("home_visit"));
        put(contact, "attendance", QStringLiteral("attended"));
        if (const QString failed = save(contact); !failed.isEmpty())
            return failed;
    }
    if (auto committed = transaction.commit(); !committed.ok())
        return committed.error().message;
    *covered = writer.covered();
    return {};
}

// Steps through every row of a query; returns the rows and the bytes of text they carried.
struct Stepped {
    QString error;
    qint64 rows = 0;
    qint64 bytes = 0;
};
Stepped stepAll(Database& db, const char* sql)
{
    Stepped result;
    auto prepared = db.prepare(QString::fromUtf8(sql));
    if (!prepared.ok()) {
        result.error = prepared.error().message;
        return result;
    }
    auto& stmt = *prepared.value();
    while (stmt.next()) {
        ++result.rows;
        result.bytes += stmt.text(0).size();
    }
    if (stmt.failed())
        result.error = db.lastError().message;
    return result;
}

struct StoreFiles {
    QString main;
    QString wal;
    QString shm;
    QString journal;
};

// Canonical names, as readlink on /proc/self/fd gives them; the store itself may not exist yet.
StoreFiles storeFiles(const QString& storePath)
{
    const QFileInfo info(storePath);
    const QString path = canonical(info.absolutePath()) + QLatin1Char('/') + info.fileName();
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

} // namespace

class TestCanary : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void scannerFindsAPlantedCanary();
    void watcherSeesSqliteTemporaryFiles();
    void noPlaintextReachesDisk();

private:
    // Every file of the store that exists now must be free of the canary; the main file must not
    // start with SQLite's plaintext header.
    void checkStoreBytes(const StoreFiles& files, const char* when);
    QString m_tempDir;
};

void TestCanary::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("needs Linux inotify and /proc/self/fd");
#endif
    // CMake names a private TMPDIR per test but does not create it; SQLite skips a temporary
    // folder that does not exist and would fall back to /var/tmp, where other programs write.
    m_tempDir = tempDir();
    QVERIFY(QDir().mkpath(m_tempDir));
    m_tempDir = canonical(m_tempDir);
}

// The detector can fail: a file written with the canary in the private TMPDIR is seen as a
// new file and as a canary holder, and so is one unlinked while open, as SQLite does.
void TestCanary::scannerFindsAPlantedCanary()
{
    const QString plantedPath = m_tempDir + QStringLiteral("/planted-canary.txt");
    const QString hiddenPath = m_tempDir + QStringLiteral("/hidden-canary.bin");
    LeakWatcher watcher({{m_tempDir}, {}, {}, needles()});
    QCOMPARE(watcher.start(), QString());
    QVERIFY(watcher.waitForPasses(1));

    QFile planted(plantedPath);
    QVERIFY(planted.open(QIODevice::WriteOnly));
    QVERIFY(planted.write(QByteArrayLiteral("fictional note: ") + kCanary.toUtf8()) > 0);
    QVERIFY(planted.flush());

    // UTF-16, deleted while open: only the descriptor scan can see this one.
    const int hidden = ::open(QFile::encodeName(hiddenPath).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    QVERIFY(hidden >= 0);
    QCOMPARE(::unlink(QFile::encodeName(hiddenPath).constData()), 0);
    const QByteArray utf16 = needles().at(1);
    QCOMPARE(::write(hidden, utf16.constData(), size_t(utf16.size())), ssize_t(utf16.size()));

    QVERIFY(watcher.waitForPasses(2));
    watcher.stop();
    ::close(hidden);
    planted.close();
    QFile::remove(plantedPath);

    const QStringList created = watcher.created();
    const QStringList holders = watcher.canaryHolders();
    QVERIFY2(created.contains(plantedPath), qPrintable(created.join(QLatin1Char('\n'))));
    QVERIFY2(created.contains(hiddenPath) || created.contains(hiddenPath + QStringLiteral(" (deleted, held open)")),
             qPrintable(created.join(QLatin1Char('\n'))));
    QVERIFY2(holders.contains(plantedPath), qPrintable(holders.join(QLatin1Char('\n'))));
    QVERIFY2(holders.contains(hiddenPath + QStringLiteral(" (deleted)")), qPrintable(holders.join(QLatin1Char('\n'))));

    // The byte check used on the store finds each form of the canary.
    for (const QByteArray& mark : needles())
        QVERIFY(holdsCanary(QByteArray(5000, '\x5a') + mark + QByteArray(7, '\0'), needles()));
    QVERIFY(!holdsCanary(QByteArray(5000, '\x5a'), needles()));
}

// The same detector against SQLite itself: with temporary files allowed (which the product never
// sets), a sort larger than the cache spills to a file in TMPDIR and the watcher reports it. This
// is what temp_store=MEMORY prevents.
void TestCanary::watcherSeesSqliteTemporaryFiles()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    {
        QSet<QString> covered;
        const QString written = writeCanaryCaseload(*db, &covered);
        QVERIFY2(written.isEmpty(), qPrintable(written));
    }
    const StoreFiles files = storeFiles(store.path());
    LeakWatcher watcher({{m_tempDir, canonical(store.dirPath())},
                         {QStringLiteral("/var/tmp"), QStringLiteral("/tmp")},
                         {files.main, files.wal, files.shm, files.journal},
                         needles()});
    QCOMPARE(watcher.start(), QString());
    QVERIFY(db->exec(QStringLiteral("PRAGMA temp_store = FILE; PRAGMA cache_size = -%1").arg(kSmallCacheKiB)).ok());
    // A build with TEMP_STORE=3 keeps temporary data in memory whatever the pragma says.
    const Stepped alwaysInMemory = stepAll(*db, "SELECT 1 FROM pragma_compile_options WHERE compile_options = "
                                                "'TEMP_STORE=3'");
    QVERIFY2(alwaysInMemory.error.isEmpty(), qPrintable(alwaysInMemory.error));
    if (alwaysInMemory.rows > 0)
        QSKIP("this SQLCipher build never writes temporary files");
    {
        auto prepared = db->prepare(QStringLiteral("SELECT summary FROM contact ORDER BY summary DESC"));
        QVERIFY(prepared.ok());
        auto& stmt = *prepared.value();
        // The first row comes only after the whole sort, whose spilled runs stay open while the
        // rows are read; the watcher looks at them meanwhile.
        QVERIFY(stmt.next());
        QVERIFY(watcher.waitForPasses(3));
        while (stmt.next()) {
        }
        QVERIFY(!stmt.failed());
    }
    watcher.stop();
    const QStringList created = watcher.created();
    qInfo("with temp_store=FILE the watcher saw %d new file(s) and %d canary holder(s): %s", int(created.size()),
          int(watcher.canaryHolders().size()), qPrintable(created.join(QStringLiteral(", "))));
    QVERIFY2(!created.isEmpty(), "a spilled sort should have made a temporary file the watcher could see");
    // The spilled runs are plaintext rows (SQLCipher encrypts pages, not sorter files), so the
    // descriptor scan must find the canary in them.
    QVERIFY2(!watcher.canaryHolders().isEmpty(), "the spilled sort's file should hold the canary");
}

void TestCanary::noPlaintextReachesDisk()
{
    TestStore store;
    const StoreFiles files = storeFiles(store.path());
    // The folder exists from here on; canonical() above resolved it already.
    LeakWatcher watcher({{m_tempDir, canonical(store.dirPath())},
                         {QStringLiteral("/var/tmp"), QStringLiteral("/tmp")},
                         {files.main, files.wal, files.shm, files.journal},
                         needles()});
    QCOMPARE(watcher.start(), QString());

    auto db = store.create();
    QVERIFY(db);
    QCOMPARE(db->scalar("PRAGMA temp_store").value().toInt(), 2); // MEMORY, as StoreOpener sets it
    QVERIFY(db->exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kSmallCacheKiB)).ok());

    QElapsedTimer timer;
    timer.start();
    QSet<QString> covered;
    const QString written = writeCanaryCaseload(*db, &covered);
    QVERIFY2(written.isEmpty(), qPrintable(written));
    for (const auto& def : Entities::all())
        QVERIFY2(covered.contains(def.name), qPrintable(def.name + QStringLiteral(" has no canary record")));

    // A sort of several MiB through a 256 KiB cache: with temporary files allowed, SQLite would
    // spill sorted runs to disk here.
    const Stepped sorted = stepAll(*db, "SELECT c.summary || yp.given_name FROM contact c "
                                        "JOIN young_person yp ON yp.id = c.young_person_id "
                                        "ORDER BY c.summary || yp.given_name");
    QVERIFY2(sorted.error.isEmpty(), qPrintable(sorted.error));
    QCOMPARE(sorted.rows, qint64(kContacts));
    QVERIFY2(sorted.bytes > 8 * kSmallCacheKiB * 1024, "the sort must be larger than the page cache");

    const Stepped grouped = stepAll(*db, "SELECT summary, count(*) FROM contact GROUP BY summary");
    QVERIFY2(grouped.error.isEmpty(), qPrintable(grouped.error));
    QCOMPARE(grouped.rows, qint64(kContacts));
    const Stepped distinct = stepAll(*db, "SELECT DISTINCT present || summary FROM contact");
    QVERIFY2(distinct.error.isEmpty(), qPrintable(distinct.error));
    const Stepped distinctNames = stepAll(*db, "SELECT DISTINCT family_name || notes FROM trusted_adult");
    QVERIFY2(distinctNames.error.isEmpty(), qPrintable(distinctNames.error));

    // A temporary table and a multi-row update inside a transaction (a statement journal).
    QVERIFY(db->exec("CREATE TEMP TABLE canary_copy AS SELECT summary, present FROM contact").ok());
    const Stepped copied = stepAll(*db, "SELECT summary FROM canary_copy ORDER BY present, summary");
    QCOMPARE(copied.rows, qint64(kContacts));
    QVERIFY(db->exec("DROP TABLE canary_copy").ok());
    {
        Transaction transaction(*db);
        QVERIFY(transaction.began());
        QVERIFY(db->exec("UPDATE trusted_adult SET notes = notes || ' reviewed'").ok());
        QVERIFY(db->exec("UPDATE safety_plan SET own_words = own_words || ' reviewed'").ok());
        QVERIFY(transaction.commit().ok());
    }

    // An index on a long text column is built by sorting every key.
    QVERIFY(db->exec("CREATE INDEX contact_summary_canary ON contact (summary)").ok());
    const Stepped indexed = stepAll(*db, "SELECT summary FROM contact INDEXED BY contact_summary_canary "
                                         "WHERE summary > '' ORDER BY summary");
    QCOMPARE(indexed.rows, qint64(kContacts));

    // VACUUM rebuilds the whole file through a temporary database.
    db->clearCache();
    QVERIFY(db->exec("VACUUM").ok());
    qInfo("workload of %d rows took %lld ms; sort carried %lld KiB", kContacts + 9 * kPeople + 1,
          timer.elapsed(), sorted.bytes / 1024);

    // With the connection open the -wal (holding the vacuumed pages) and -shm exist.
    QVERIFY(QFileInfo::exists(files.wal));
    QVERIFY(QFileInfo::exists(files.shm));
    checkStoreBytes(files, "with the store open");
    if (QTest::currentTestFailed())
        return;
    db.reset();
    QVERIFY(watcher.waitForPasses(1));
    watcher.stop();
    checkStoreBytes(files, "after closing the store");
    if (QTest::currentTestFailed())
        return;

    const QStringList created = watcher.created();
    QVERIFY2(created.isEmpty(), qPrintable(QStringLiteral("files made during the workload:\n") +
                                           created.join(QLatin1Char('\n'))));
    const QStringList holders = watcher.canaryHolders();
    QVERIFY2(holders.isEmpty(), qPrintable(QStringLiteral("open files holding the canary:\n") +
                                           holders.join(QLatin1Char('\n'))));
    if (!watcher.unattributed().isEmpty())
        qInfo("%d file(s) changed in /tmp or /var/tmp by other programs during the workload (not SQLite's, "
              "never opened by this process)",
              int(watcher.unattributed().size()));
    qInfo("watcher made %d passes over /proc/self/fd", watcher.passes());
}

void TestCanary::checkStoreBytes(const StoreFiles& files, const char* when)
{
    const QByteArray main = readFile(files.main);
    QVERIFY2(main.size() >= StoreOpener::kPageSize, when);
    QVERIFY2(main.left(16) != QByteArray("SQLite format 3\0", 16), when);
    for (const QString& path : {files.main, files.wal, files.shm, files.journal}) {
        if (!QFileInfo::exists(path))
            continue;
        const QByteArray bytes = readFile(path);
        QVERIFY2(!holdsCanary(bytes, needles()),
                 qPrintable(QStringLiteral("%1 holds the canary %2").arg(QFileInfo(path).fileName(),
                                                                         QString::fromLatin1(when))));
    }
}

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
