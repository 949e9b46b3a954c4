#include "TestStore.h"

#include "store/Migrator.h"
#include "store/StoreOpener.h"
#include "store/StoreVerifier.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTest>

#include <optional>

using namespace trellis;
using namespace trellis::test;

namespace {

using Kind = StoreError::Kind;

constexpr int kPage = StoreOpener::kPageSize;
const QByteArray kPlainHeader("SQLite format 3\0", 16);
// Fictional text that would be easy to spot if a page were ever written unencrypted.
const QString kNoteMarker = QStringLiteral("Fictional note for Bramble Quill");

QString kindName(Kind kind) { return StoreError::kindName(kind); }

// One value from the store, or the error's message, so a failure shows up in QCOMPARE's output.
QVariant scalarOf(Database& db, const char* sql)
{
    const auto result = db.scalar(sql);
    return result.ok() ? result.value() : QVariant(QStringLiteral("error: %1").arg(result.error().message));
}

// Group and others get no access to a store: it is encrypted, but a copy invites offline guessing.
bool isPrivate(const QString& path)
{
    const auto shared = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFileInfo::exists(path) && (QFile::permissions(path) & shared) == 0;
}

QString noteKey(int index) { return QStringLiteral("test.note.%1").arg(index, 3, 10, QLatin1Char('0')); }

// About 3 KB each, so a handful of notes spill over several pages and overflow chains.
QString noteText(int index) { return QStringLiteral("%1 number %2. ").arg(kNoteMarker).arg(index).repeated(70); }

bool addNotes(Database& db, int count, int first = 0)
{
    Transaction transaction(db);
    if (!transaction.began())
        return false;
    auto prepared = db.prepare(QStringLiteral("INSERT INTO store_meta (key, value) VALUES (?1, ?2)"));
    if (!prepared.ok())
        return false;
    auto& stmt = *prepared.value();
    for (int i = first; i < first + count; ++i) {
        if (!stmt.bind(1, noteKey(i)).bind(2, noteText(i)).exec())
            return false;
    }
    return transaction.commit().ok();
}

// The notes as read back, or an empty map (and the error in db.lastError()) if reading failed.
QMap<QString, QString> readNotes(Database& db)
{
    QMap<QString, QString> notes;
    auto prepared = db.prepare(QStringLiteral("SELECT key, value FROM store_meta WHERE key LIKE 'test.note.%'"));
    if (!prepared.ok())
        return {};
    auto& stmt = *prepared.value();
    while (stmt.next())
        notes.insert(stmt.text(0), stmt.text(1));
    if (stmt.failed())
        return {};
    return notes;
}

QMap<QString, QString> expectedNotes(int count)
{
    QMap<QString, QString> notes;
    for (int i = 0; i < count; ++i)
        notes.insert(noteKey(i), noteText(i));
    return notes;
}

// Reads every row of every table, as the caseload screens do between them; the first error wins.
Result<void> readEverything(Database& db)
{
    QStringList tables;
    {
        auto listed = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        if (!listed.ok())
            return listed.error();
        auto& stmt = *listed.value();
        while (stmt.next())
            tables << stmt.text(0);
        if (stmt.failed())
            return db.lastError();
    }
    for (const QString& table : tables) {
        // Table names come from the store's own schema, not from input.
        auto read = db.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        if (!read.ok())
            return read.error();
        auto& stmt = *read.value();
        while (stmt.next()) {
        }
        if (stmt.failed())
            return db.lastError();
    }
    return {};
}

// Every schema object, so a migrated store can be compared with a freshly created one. SQLite's
// own sqlite_sequence (made for the outbox's AUTOINCREMENT) is left out: it cannot be dropped,
// so an emptied store still has it.
QStringList schemaOf(Database& db)
{
    QStringList schema;
    auto prepared = db.prepare(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                              "WHERE name <> 'sqlite_sequence' ORDER BY type, name"));
    if (!prepared.ok())
        return {};
    auto& stmt = *prepared.value();
    while (stmt.next())
        schema << QStringLiteral("%1 %2 on %3: %4").arg(stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3));
    return schema;
}

// Every entry in a folder with its bytes, so a test can prove that a failed attempt changed
// nothing and left no -wal, -shm or journal file behind.
QMap<QString, QByteArray> snapshot(const QString& dirPath)
{
    QMap<QString, QByteArray> entries;
    const QDir dir(dirPath);
    const auto filter = QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;
    for (const QFileInfo& info : dir.entryInfoList(filter))
        entries.insert(info.fileName(), info.isDir() ? QByteArrayLiteral("<folder>") : readFile(info.filePath()));
    return entries;
}

// Empty when both snapshots agree; otherwise says what changed without dumping whole files.
QString differences(const QMap<QString, QByteArray>& before, const QMap<QString, QByteArray>& after)
{
    QStringList found;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            found << QStringLiteral("%1 disappeared").arg(it.key());
        else if (after.value(it.key()) != it.value())
            found << QStringLiteral("%1 changed (%2 bytes before, %3 after)")
                         .arg(it.key())
                         .arg(it.value().size())
                         .arg(after.value(it.key()).size());
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            found << QStringLiteral("%1 appeared (%2 bytes)").arg(it.key()).arg(it.value().size());
    }
    return found.join(QStringLiteral("; "));
}

// The error StoreOpener::open gives, or a None error if it opened (the store is closed again).
StoreError openError(const QString& path, const Passphrase& passphrase)
{
    auto opened = StoreOpener::open(path, passphrase);
    return opened.ok() ? StoreError{} : opened.error();
}

// Empties an open store back to schema version 0 without an application_id, while keeping its
// encryption: the state of a file another program made with the same passphrase, or of a store an
// older Trellis is about to migrate. Tests key files only through StoreOpener, as the product does.
bool resetToVersionZero(Database& db)
{
    return dropEverySchemaObject(db) && schemaOf(db).isEmpty();
}

// A closed store holding `notes` notes; its bytes are returned for later comparison.
QByteArray makeStoreWithNotes(TestStore& store, int notes)
{
    auto db = store.create();
    if (!db || !addNotes(*db, notes))
        return {};
    db.reset();
    return readFile(store.path());
}

void flipByte(const QString& path, qint64 offset)
{
    QByteArray bytes = readFile(path);
    bytes[offset] = char(bytes.at(offset) ^ 0x5a);
    writeFile(path, bytes);
}

} // namespace

class TestStoreOpening : public QObject {
    Q_OBJECT
private slots:
    void createThenReopenKeepsData();
    void createRefusesExistingPath_data();
    void createRefusesExistingPath();
    void createRefusesEmptyPassphrase();
    void createInMissingFolderLeavesNothing();
    void openMissingFileCreatesNothing();
    void wrongPassphraseChangesNothing();
    void notAStore_data();
    void notAStore();
    void truncatedStore_data();
    void truncatedStore();
    void tamperedPageIsDamaged_data();
    void tamperedPageIsDamaged();
    void everyTamperedPageIsDetected();
    void newerSchemaIsRefused();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void rekeyKeepsDataAndChangesPassphrase();
    void rekeyWithWrongPassphraseChangesNothing();
    void verifyHealthyStore();
    void fileNeverLooksLikePlainSqlite();
    void storeFilesArePrivate();
    void connectionSettings_data();
    void connectionSettings();
    void auditEventIsAppendOnly();
    void committedDataSurvivesCrash();
};

void TestStoreOpening::createThenReopenKeepsData()
{
    TestStore store;
    {
        auto db = store.create();
        QVERIFY(db);
        QCOMPARE(Migrator::currentVersion(*db), Migrator::latestVersion());
        QVERIFY(addNotes(*db, 3));
        // Work that was never committed must not come back after a reopen.
        Transaction abandoned(*db);
        QVERIFY(abandoned.began());
        QVERIFY(db->exec("INSERT INTO store_meta (key, value) VALUES ('test.note.abandoned', 'never committed')").ok());
    }
    auto db = store.open();
    QVERIFY(db);
    QCOMPARE(Migrator::currentVersion(*db), Migrator::latestVersion());
    QCOMPARE(scalarOf(*db, "PRAGMA application_id").toInt(), StoreOpener::kApplicationId);
    const auto report = StoreVerifier::verify(*db);
    QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(readNotes(*db), expectedNotes(3));
}

void TestStoreOpening::createRefusesExistingPath_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("text file") << QStringLiteral("text");
    QTest::newRow("empty file") << QStringLiteral("empty");
    QTest::newRow("existing store") << QStringLiteral("store");
    QTest::newRow("folder") << QStringLiteral("folder");
}

void TestStoreOpening::createRefusesExistingPath()
{
    QFETCH(QString, what);
    TestStore store;
    if (what == QLatin1String("text"))
        writeFile(store.path(), QByteArrayLiteral("Shopping list: oats, apples, string.\n"));
    else if (what == QLatin1String("empty"))
        writeFile(store.path(), {});
    else if (what == QLatin1String("store"))
        QVERIFY(!makeStoreWithNotes(store, 2).isEmpty());
    else
        QVERIFY(QDir(store.dirPath()).mkdir(QFileInfo(store.path()).fileName()));
    QVERIFY(QFileInfo::exists(store.path()));
    const auto before = snapshot(store.dirPath());

    auto created = StoreOpener::create(store.path(), testPassphrase());
    QVERIFY(!created.ok());
    QCOMPARE(kindName(created.error().kind), kindName(Kind::AlreadyExists));
    QVERIFY(!created.error().message.isEmpty());
    const QString changed = differences(before, snapshot(store.dirPath()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
    if (what == QLatin1String("store")) {
        auto db = store.open();
        QVERIFY(db);
        QCOMPARE(readNotes(*db), expectedNotes(2));
    }
}

void TestStoreOpening::createRefusesEmptyPassphrase()
{
    TestStore store;
    auto created = StoreOpener::create(store.path(), Passphrase());
    QVERIFY(!created.ok());
    QCOMPARE(kindName(created.error().kind), kindName(Kind::Invalid));
    QVERIFY(created.error().message.contains(QLatin1String("empty passphrase")));
    QVERIFY(!QFileInfo::exists(store.path()));
    const auto left = snapshot(store.dirPath());
    QVERIFY2(left.isEmpty(), qPrintable(QStringList(left.keys()).join(QLatin1Char(' '))));
}

void TestStoreOpening::createInMissingFolderLeavesNothing()
{
    TestStore store;
    const QString path = store.dirPath() + QStringLiteral("/no-such-folder/caseload.trellis");
    auto created = StoreOpener::create(path, testPassphrase());
    QVERIFY(!created.ok());
    QCOMPARE(kindName(created.error().kind), kindName(Kind::Io));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(snapshot(store.dirPath()).isEmpty());
}

void TestStoreOpening::openMissingFileCreatesNothing()
{
    TestStore store;
    const StoreError error = openError(store.path(), testPassphrase());
    QCOMPARE(kindName(error.kind), kindName(Kind::NotFound));
    // Opening must never quietly create a new, empty store where the worker expected theirs.
    QVERIFY(snapshot(store.dirPath()).isEmpty());
}

void TestStoreOpening::wrongPassphraseChangesNothing()
{
    TestStore store;
    QVERIFY(!makeStoreWithNotes(store, 4).isEmpty());
    QVERIFY(!QFileInfo::exists(store.path() + QStringLiteral("-wal")));
    const auto before = snapshot(store.dirPath());

    const StoreError error = openError(store.path(), otherPassphrase());
    QCOMPARE(kindName(error.kind), kindName(Kind::WrongPassphrase));
    // The worker must be told to retype the passphrase, not that their records are damaged.
    QVERIFY(error.message.contains(QLatin1String("passphrase")));
    QVERIFY(!error.message.contains(QLatin1String("damaged")));
    QVERIFY(!error.message.contains(QLatin1String("not a Trellis store")));
    const QString changed = differences(before, snapshot(store.dirPath()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));

    // A mistyped passphrase costs nothing: the right one still opens everything.
    auto db = store.open();
    QVERIFY(db);
    QCOMPARE(readNotes(*db), expectedNotes(4));
}

void TestStoreOpening::notAStore_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("text");
    QTest::newRow("plain SQLite") << QStringLiteral("plain") << QStringLiteral("unencrypted SQLite");
    QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("empty");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("folder");
    QTest::newRow("other program's SQLCipher file") << QStringLiteral("foreign") << QStringLiteral("another program");
}

void TestStoreOpening::notAStore()
{
    QFETCH(QString, what);
    QFETCH(QString, reason);
    TestStore store;
    if (what == QLatin1String("text")) {
        writeFile(store.path(), QByteArrayLiteral("Allotment rota\nPlot 4: Wren Hollybush\nPlot 5: Ash Millward\n"));
    } else if (what == QLatin1String("plain")) {
        // Only the header: the process must never load plain SQLite, so no real database is made.
        writeFile(store.path(), kPlainHeader + QByteArray(kPage - kPlainHeader.size(), '\0'));
    } else if (what == QLatin1String("empty")) {
        writeFile(store.path(), {});
    } else if (what == QLatin1String("folder")) {
        QVERIFY(QDir(store.dirPath()).mkdir(QFileInfo(store.path()).fileName()));
    } else {
        // Keyed with the worker's own passphrase, so only the missing application_id gives it away.
        auto foreign = store.create();
        QVERIFY(foreign);
        QVERIFY(resetToVersionZero(*foreign));
        const auto made = foreign->exec("CREATE TABLE recipe (name TEXT, serves INTEGER);"
                                        "INSERT INTO recipe VALUES ('Nettle soup', 4);");
        QVERIFY(made.ok());
    }
    QVERIFY(QFileInfo::exists(store.path()));
    const auto before = snapshot(store.dirPath());

    const StoreError error = openError(store.path(), testPassphrase());
    QCOMPARE(kindName(error.kind), kindName(Kind::NotAStore));
    QVERIFY2(error.message.contains(reason), qPrintable(error.message));
    const QString changed = differences(before, snapshot(store.dirPath()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

void TestStoreOpening::truncatedStore_data()
{
    QTest::addColumn<qint64>("cut");
    QTest::newRow("mid-page") << qint64(kPage + kPage / 3);
    QTest::newRow("page boundary, last two pages gone") << qint64(2 * kPage);
}

void TestStoreOpening::truncatedStore()
{
    QFETCH(qint64, cut);
    TestStore store;
    const QByteArray whole = makeStoreWithNotes(store, 12);
    QVERIFY(!whole.isEmpty());
    QCOMPARE(whole.size() % kPage, 0);
    // Enough pages that a cut loses records, not only the end of the schema.
    QVERIFY2(whole.size() / kPage >= 6, qPrintable(QString::number(whole.size() / kPage)));
    writeFile(store.path(), whole.left(whole.size() - cut));
    const auto before = snapshot(store.dirPath());

    const StoreError error = openError(store.path(), testPassphrase());
    QCOMPARE(kindName(error.kind), kindName(Kind::Truncated));
    QVERIFY(error.message.contains(QLatin1String("truncated")));
    const QString changed = differences(before, snapshot(store.dirPath()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

void TestStoreOpening::tamperedPageIsDamaged_data()
{
    QTest::addColumn<int>("page"); // 1-based as SQLite counts; 0 means a page holding notes
    QTest::newRow("page 4") << 4;
    QTest::newRow("a page holding notes") << 0;
}

void TestStoreOpening::tamperedPageIsDamaged()
{
    QFETCH(int, page);
    TestStore store;
    const QByteArray whole = makeStoreWithNotes(store, 12);
    QVERIFY(!whole.isEmpty());
    const qint64 pages = whole.size() / kPage;
    qint64 index = page - 1;
    if (page == 0) {
        // Which pages hold the notes depends on how SQLite balanced the tree (the last page may
        // well be free), so alter pages from the end until reading the notes notices.
        for (index = pages - 1; index > 0; --index) {
            writeFile(store.path(), whole);
            flipByte(store.path(), index * kPage + 200);
            auto opened = StoreOpener::open(store.path(), testPassphrase());
            if (opened.ok() && readNotes(*opened.value()).isEmpty())
                break;
        }
        writeFile(store.path(), whole);
    }
    QVERIFY(index > 0 && index < pages);
    // Byte 200 lies in the page's ciphertext, well clear of the IV and HMAC at its end.
    flipByte(store.path(), index * kPage + 200);
    const auto before = snapshot(store.dirPath());

    std::optional<StoreVerifier::Report> report;
    {
        auto opened = StoreOpener::open(store.path(), testPassphrase());
        std::optional<StoreError> error;
        if (opened.ok()) {
            auto& db = *opened.value();
            if (page == 0) {
                QVERIFY2(readNotes(db).isEmpty(), "a tampered page of notes was read without complaint");
                error = db.lastError();
            } else if (auto read = readEverything(db); !read.ok()) {
                error = read.error();
            }
            // An index page is read only when its index is used, so only verification may notice it.
            report = StoreVerifier::verify(db);
        } else {
            // A damaged page of the schema stops the store opening at all; nothing is left to verify.
            error = opened.error();
        }
        if (error) {
            QCOMPARE(kindName(error->kind), kindName(Kind::Damaged));
            QVERIFY2(error->message.contains(QLatin1String("damaged")), qPrintable(error->message));
            QVERIFY(!error->message.contains(QLatin1String("passphrase")));
        }
    }
    if (report) {
        QVERIFY(!report->ok);
        QCOMPARE(report->cipherFailures, 1);
        const QString problems = report->problems.join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("page %1").arg(index + 1)), qPrintable(problems));
    }
    const QString changed = differences(before, snapshot(store.dirPath()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

void TestStoreOpening::everyTamperedPageIsDetected()
{
    TestStore store;
    const QByteArray whole = makeStoreWithNotes(store, 3);
    QVERIFY(!whole.isEmpty());
    const qint64 pages = whole.size() / kPage;
    int refusedAtOpen = 0;
    int refusedOnRead = 0;
    // Page 1 is left out: altering it is indistinguishable from a wrong passphrase.
    for (qint64 index = 1; index < pages; ++index) {
        const QByteArray where = "page " + QByteArray::number(index + 1);
        writeFile(store.path(), whole);
        flipByte(store.path(), index * kPage + 200);
        auto opened = StoreOpener::open(store.path(), testPassphrase());
        if (opened.ok()) {
            auto read = readEverything(*opened.value());
            // Index pages are not read by a table scan, so reading may succeed; verify must not.
            if (!read.ok()) {
                QVERIFY2(read.error().kind == Kind::Damaged,
                         (where + " read as " + kindName(read.error().kind).toUtf8()).constData());
                ++refusedOnRead;
            }
            const auto report = StoreVerifier::verify(*opened.value());
            QVERIFY2(report.cipherFailures == 1,
                     (where + " cipher failures: " + QByteArray::number(report.cipherFailures)).constData());
            QVERIFY2(!report.ok, where.constData());
        } else {
            // A page of the schema: refused at once, and never mistaken for a wrong passphrase.
            QVERIFY2(opened.error().kind == Kind::Damaged,
                     (where + " opened as " + kindName(opened.error().kind).toUtf8() + ": " + opened.error().message.toUtf8()).constData());
            ++refusedAtOpen;
        }
    }
    // With this many tables the schema spans several pages, so both ways of meeting damage occur.
    QVERIFY(refusedAtOpen > 0);
    QVERIFY(refusedOnRead > 0);
}

void TestStoreOpening::newerSchemaIsRefused()
{
    TestStore store;
    {
        auto db = store.create();
        QVERIFY(db);
        QVERIFY(addNotes(*db, 2));
        QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)).ok());
    }
    const auto before = snapshot(store.dirPath());

    const StoreError error = openError(store.path(), testPassphrase());
    QCOMPARE(kindName(error.kind), kindName(Kind::NewerSchema));
    QVERIFY2(error.message.contains(QLatin1String("newer version of Trellis")), qPrintable(error.message));
    const QString changed = differences(before, snapshot(store.dirPath()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

void TestStoreOpening::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("from");
    QVERIFY(Migrator::latestVersion() >= 1);
    for (int version = 0; version < Migrator::latestVersion(); ++version)
        QTest::addRow("from version %d", version) << version;
}

void TestStoreOpening::migratesFromEveryEarlierVersion()
{
    QFETCH(int, from);
    TestStore reference;
    QStringList freshSchema;
    {
        auto db = reference.create();
        QVERIFY(db);
        freshSchema = schemaOf(*db);
    }
    QVERIFY(freshSchema.size() > 10);

    // An encrypted store as an older Trellis left it: every migration up to `from` and no further.
    TestStore store;
    {
        auto db = store.create();
        QVERIFY(db);
        QVERIFY(resetToVersionZero(*db));
        QVERIFY(Migrator::migrate(*db, from).ok());
        QCOMPARE(Migrator::currentVersion(*db), from);
        if (from == 0) {
            // Version 0 has no application_id yet, so StoreOpener cannot be the one to migrate it.
            QVERIFY(Migrator::migrate(*db).ok());
            QCOMPARE(Migrator::currentVersion(*db), Migrator::latestVersion());
            QCOMPARE(scalarOf(*db, "PRAGMA application_id").toInt(), StoreOpener::kApplicationId);
            QCOMPARE(schemaOf(*db), freshSchema);
            const auto report = StoreVerifier::verify(*db);
            QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
            return;
        }
        QCOMPARE(scalarOf(*db, "PRAGMA application_id").toInt(), StoreOpener::kApplicationId);
        QVERIFY(addNotes(*db, 2));
    }
    auto db = store.open();
    QVERIFY(db);
    QCOMPARE(Migrator::currentVersion(*db), Migrator::latestVersion());
    QCOMPARE(schemaOf(*db), freshSchema);
    QCOMPARE(readNotes(*db), expectedNotes(2));
    const auto report = StoreVerifier::verify(*db);
    QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestStoreOpening::rekeyKeepsDataAndChangesPassphrase()
{
    TestStore store;
    const QByteArray original = makeStoreWithNotes(store, 5);
    QVERIFY(!original.isEmpty());

    const auto rekeyed = StoreOpener::rekey(store.path(), testPassphrase(), otherPassphrase());
    QVERIFY2(rekeyed.ok(), qPrintable(rekeyed.error().message));

    const QByteArray after = readFile(store.path());
    QVERIFY(!after.isEmpty());
    QVERIFY(after != original);
    QVERIFY(!after.startsWith("SQLite format 3"));
    QVERIFY(!after.contains(kNoteMarker.toUtf8()));
    const QStringList leftovers =
        QDir(store.dirPath()).entryList({QStringLiteral("*.rekey-*")}, QDir::AllEntries | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));

    QCOMPARE(kindName(openError(store.path(), testPassphrase()).kind), kindName(Kind::WrongPassphrase));
    auto opened = StoreOpener::open(store.path(), otherPassphrase());
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    auto& db = *opened.value();
    QCOMPARE(readNotes(db), expectedNotes(5));
    QCOMPARE(Migrator::currentVersion(db), Migrator::latestVersion());
    QCOMPARE(scalarOf(db, "PRAGMA application_id").toInt(), StoreOpener::kApplicationId);
    QCOMPARE(scalarOf(db, "PRAGMA journal_mode").toString(), QStringLiteral("wal"));
    QCOMPARE(scalarOf(db, "PRAGMA kdf_iter").toString(), QStringLiteral("256000"));
    QVERIFY(isPrivate(store.path()));
    const auto report = StoreVerifier::verify(db);
    QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
}

void TestStoreOpening::rekeyWithWrongPassphraseChangesNothing()
{
    TestStore store;
    QVERIFY(!makeStoreWithNotes(store, 3).isEmpty());
    const auto before = snapshot(store.dirPath());

    const Passphrase guessed = Passphrase::fromString(QStringLiteral("yellow-badger-kettle-13"));
    const auto wrong = StoreOpener::rekey(store.path(), guessed, otherPassphrase());
    QVERIFY(!wrong.ok());
    QCOMPARE(kindName(wrong.error().kind), kindName(Kind::WrongPassphrase));
    QString changed = differences(before, snapshot(store.dirPath()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));

    const auto empty = StoreOpener::rekey(store.path(), testPassphrase(), Passphrase());
    QVERIFY(!empty.ok());
    QCOMPARE(kindName(empty.error().kind), kindName(Kind::Invalid));
    changed = differences(before, snapshot(store.dirPath()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));

    QCOMPARE(kindName(openError(store.path(), otherPassphrase()).kind), kindName(Kind::WrongPassphrase));
    auto db = store.open();
    QVERIFY(db);
    QCOMPARE(readNotes(*db), expectedNotes(3));
}

void TestStoreOpening::verifyHealthyStore()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    auto check = [&db]() {
        const auto report = StoreVerifier::verify(*db);
        QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QCOMPARE(report.cipherFailures, 0);
        QCOMPARE(report.integrityProblems, 0);
        QCOMPARE(report.foreignKeyProblems, 0);
        QVERIFY(report.problems.isEmpty());
    };
    check();
    if (QTest::currentTestFailed())
        return;
    // Again with records, some still only in the WAL and some checkpointed into the file.
    QVERIFY(addNotes(*db, 4));
    QVERIFY(db->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    QVERIFY(addNotes(*db, 4, 4));
    check();
    if (QTest::currentTestFailed())
        return;
    db.reset();
    db = store.open();
    QVERIFY(db);
    check();
}

void TestStoreOpening::fileNeverLooksLikePlainSqlite()
{
    TestStore store;
    const QString wal = store.path() + QStringLiteral("-wal");
    {
        auto db = store.create();
        QVERIFY(db);
    }
    QByteArray bytes = readFile(store.path());
    QVERIFY(bytes.size() >= kPage);
    QVERIFY(bytes.left(16) != kPlainHeader);
    QVERIFY(!bytes.contains("CREATE TABLE"));
    const QByteArray firstSalt = bytes.left(16);
    {
        auto db = store.open();
        QVERIFY(db);
        QVERIFY(addNotes(*db, 3));
        // Committed records sit in the WAL until a checkpoint; it must be encrypted as well.
        const QByteArray walBytes = readFile(wal);
        QVERIFY(!walBytes.isEmpty());
        QVERIFY(!walBytes.contains(kNoteMarker.toUtf8()));
    }
    bytes = readFile(store.path());
    QVERIFY(bytes.left(16) != kPlainHeader);
    QVERIFY(!bytes.contains(kNoteMarker.toUtf8()));
    QVERIFY(!bytes.contains("store_meta"));

    // A second store under the same passphrase gets its own salt, so the two share no key.
    TestStore second;
    QVERIFY(second.create());
    QVERIFY(readFile(second.path()).left(16) != firstSalt);
}

void TestStoreOpening::storeFilesArePrivate()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    QVERIFY(addNotes(*db, 1));
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QString path = store.path() + QLatin1String(suffix);
        QVERIFY2(isPrivate(path),
                 qPrintable(QStringLiteral("%1 is shared: %2").arg(path).arg(int(QFile::permissions(path)), 0, 16)));
    }
}

void TestStoreOpening::connectionSettings_data()
{
    QTest::addColumn<bool>("reopen");
    QTest::newRow("just created") << false;
    QTest::newRow("reopened") << true;
}

void TestStoreOpening::connectionSettings()
{
    QFETCH(bool, reopen);
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    if (reopen) {
        db.reset();
        db = store.open();
        QVERIFY(db);
    }
    auto value = [&db](const char* pragma) { return scalarOf(*db, pragma); };
    QCOMPARE(value("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
    QCOMPARE(value("PRAGMA synchronous").toString(), QStringLiteral("2"));
    QCOMPARE(value("PRAGMA foreign_keys").toString(), QStringLiteral("1"));
    QCOMPARE(value("PRAGMA temp_store").toString(), QStringLiteral("2"));
    QCOMPARE(value("PRAGMA secure_delete").toString(), QStringLiteral("1"));
    QCOMPARE(value("PRAGMA mmap_size").toString(), QStringLiteral("0"));
    QCOMPARE(value("PRAGMA cache_size").toString(), QString::number(-StoreOpener::kCacheKiB));
    // REPLACE deletes the row it displaces, and only fires delete triggers (the audit log's
    // guard) when recursive triggers are on; some SQLCipher builds default them off.
    QCOMPARE(value("PRAGMA recursive_triggers").toString(), QStringLiteral("1"));
    QVERIFY(!value("PRAGMA cipher_version").toString().isEmpty());
    QCOMPARE(value("PRAGMA kdf_iter").toString(), QStringLiteral("256000"));
    QCOMPARE(value("PRAGMA cipher_page_size").toString(), QString::number(kPage));
    QCOMPARE(value("PRAGMA cipher_kdf_algorithm").toString(), QStringLiteral("PBKDF2_HMAC_SHA512"));
    QCOMPARE(value("PRAGMA cipher_hmac_algorithm").toString(), QStringLiteral("HMAC_SHA512"));
}

void TestStoreOpening::auditEventIsAppendOnly()
{
    TestStore store;
    auto db = store.create();
    QVERIFY(db);
    const QString id = QStringLiteral("5b1d8a52-6f0e-4d8b-9a41-3c2e7f9d0a11");
    {
        auto prepared = db->prepare(QStringLiteral("INSERT INTO audit_event (id, occurred_at, actor, action, entity, "
                                                   "entity_id, record_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
        QVERIFY(prepared.ok());
        auto& insert = *prepared.value();
        insert.bind(1, id)
            .bind(2, QStringLiteral("2024-03-05T09:30:00Z"))
            .bind(3, QStringLiteral("f.lindqvist"))
            .bind(4, QStringLiteral("view"))
            .bind(5, QStringLiteral("young_person"))
            .bind(6, QStringLiteral("0e6f3b8c-2a47-4c1d-8e95-7b3a1f2d4c60"))
            .bind(7, 1);
        QVERIFY2(insert.exec(), qPrintable(db->lastError().message));
    }
    auto row = [&db]() {
        auto prepared = db->prepare(QStringLiteral("SELECT id || '|' || occurred_at || '|' || actor || '|' || action "
                                                   "|| '|' || entity || '|' || record_count FROM audit_event"));
        QStringList rows;
        if (!prepared.ok())
            return rows;
        while (prepared.value()->next())
            rows << prepared.value()->text(0);
        return rows;
    };
    const QStringList original = row();
    QCOMPARE(original.size(), 1);
    QVERIFY(original.first().contains(QLatin1String("f.lindqvist|view")));

    struct Attempt {
        const char* sql;
        const char* says;
    };
    const Attempt attempts[] = {
        {"UPDATE audit_event SET actor = 'someone.else'", "cannot be changed"},
        {"UPDATE audit_event SET action = 'export' WHERE action = 'view'", "cannot be changed"},
        {"DELETE FROM audit_event", "cannot be deleted"},
        {"DELETE FROM audit_event WHERE actor = 'f.lindqvist'", "cannot be deleted"},
        // Overwriting by id must not get round the guards either.
        {"INSERT OR REPLACE INTO audit_event (id, occurred_at, actor, action) "
         "VALUES ('5b1d8a52-6f0e-4d8b-9a41-3c2e7f9d0a11', '2024-03-06T10:00:00Z', 'someone.else', 'lock')",
         "cannot be replaced"},
        {"INSERT INTO audit_event (id, occurred_at, actor, action) "
         "VALUES ('5b1d8a52-6f0e-4d8b-9a41-3c2e7f9d0a11', '2024-03-06T10:00:00Z', 'someone.else', 'lock') "
         "ON CONFLICT (id) DO UPDATE SET actor = excluded.actor",
         "cannot be replaced"},
    };
    for (const Attempt& attempt : attempts) {
        const auto result = db->exec(attempt.sql);
        QVERIFY2(!result.ok(), attempt.sql);
        QVERIFY2(result.error().kind == Kind::Constraint || result.error().kind == Kind::Sql, attempt.sql);
        QVERIFY2(result.error().message.contains(QLatin1String(attempt.says)), qPrintable(result.error().message));
        QCOMPARE(row(), original);
    }

    // A second event is simply added beside the first.
    const auto added =
        db->exec("INSERT INTO audit_event (id, occurred_at, actor, action) VALUES "
                 "('9c4e2f71-0b3d-4a8e-b6f5-1d2c3e4f5a6b', '2024-03-05T09:45:00Z', 'f.lindqvist', 'lock')");
    QVERIFY(added.ok());
    QCOMPARE(scalarOf(*db, "SELECT count(*) FROM audit_event").toInt(), 2);
}

void TestStoreOpening::committedDataSurvivesCrash()
{
    TestStore store;
    TestStore copy;
    auto db = store.create();
    QVERIFY(db);
    QVERIFY(addNotes(*db, 3));
    // Copying the file and its WAL while the store is open is what a power cut leaves on disk.
    const QByteArray wal = readFile(store.path() + QStringLiteral("-wal"));
    QVERIFY(!wal.isEmpty());
    writeFile(copy.path(), readFile(store.path()));
    writeFile(copy.path() + QStringLiteral("-wal"), wal);

    auto recovered = copy.open();
    QVERIFY(recovered);
    QCOMPARE(readNotes(*recovered), expectedNotes(3));
    const auto report = StoreVerifier::verify(*recovered);
    QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestStoreOpening)
#include "tst_store.moc"
