#include "StoreOpener.h"

#include "Migrator.h"
#include "StoreVerifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QUuid>

// SQLCipher declares sqlite3_key only with SQLITE_HAS_CODEC. Defining it here alone keeps the
// keying functions out of every other file: this is the one place that keys a store.
#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace trellis {

namespace {

using Kind = StoreError::Kind;

StoreError wrongPassphrase()
{
    return StoreError::make(Kind::WrongPassphrase,
                            QStringLiteral("The passphrase is not correct for this store. Check it and try again; "
                                           "the store has not been changed."),
                            SQLITE_NOTADB);
}

StoreError notAStore(const QString& why)
{
    return StoreError::make(Kind::NotAStore,
                            QStringLiteral("This file is not a Trellis store (%1). It has not been changed.").arg(why));
}

StoreError truncated()
{
    return StoreError::make(Kind::Truncated,
                            QStringLiteral("The store file is shorter than it should be: it has been truncated, "
                                           "perhaps by an interrupted copy. Restore it from a backup; the file has "
                                           "been left as it is."),
                            SQLITE_CORRUPT);
}

bool looksLikeText(const QByteArray& head)
{
    if (head.isEmpty())
        return false;
    for (const char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x09 || (u > 0x0d && u < 0x20) || u == 0x7f)
            return false;
    }
    return true;
}

struct Handle {
    sqlite3* db = nullptr;
    ~Handle()
    {
        if (db)
            sqlite3_close_v2(db);
    }
    sqlite3* release() { return std::exchange(db, nullptr); }
};

Result<QVariant> pragmaValue(sqlite3* db, const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    QVariant value;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            value = sqlite3_column_type(stmt, 0) == SQLITE_INTEGER
                        ? QVariant::fromValue<qlonglong>(sqlite3_column_int64(stmt, 0))
                        : QVariant(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))));
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK)
        return Database::errorFor(rc, QString::fromUtf8(sqlite3_errmsg(db)));
    return value;
}

// Opens the file and hands the key to SQLCipher; nothing is read or written yet.
Result<void> openKeyed(Handle& handle, const QString& path, const Passphrase& passphrase, int flags)
{
    const QByteArray nativePath = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(nativePath.constData(), &handle.db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return Database::errorFor(rc, QString::fromUtf8(sqlite3_errmsg(handle.db)));
    // SQLCipher's own log goes to stderr by default; our errors say the same in plain words.
    sqlite3_exec(handle.db, "PRAGMA cipher_log_source = NONE", nullptr, nullptr, nullptr);
    if (passphrase.isEmpty())
        return StoreError::make(Kind::Invalid, QStringLiteral("An empty passphrase cannot open or create a store."));
    if (sqlite3_key(handle.db, passphrase.data(), passphrase.size()) != SQLITE_OK)
        return StoreError::make(Kind::NotEncrypted, QStringLiteral("The SQLite library refused the key."));
    auto version = pragmaValue(handle.db, "PRAGMA cipher_version");
    if (!version.ok() || version.value().toString().isEmpty())
        return StoreError::make(Kind::NotEncrypted,
                                QStringLiteral("The SQLite library in use has no encryption (SQLCipher 4 is required). "
                                               "Trellis will not store records unencrypted."));
    return {};
}

// SQLCipher 4's defaults: PBKDF2-HMAC-SHA512 with 256,000 iterations and an HMAC-SHA512 on
// every page. A store or library with anything weaker is refused rather than used.
Result<void> checkCipherSettings(sqlite3* db)
{
    const auto iterations = pragmaValue(db, "PRAGMA kdf_iter");
    const auto kdf = pragmaValue(db, "PRAGMA cipher_kdf_algorithm");
    const auto hmac = pragmaValue(db, "PRAGMA cipher_hmac_algorithm");
    const auto usesHmac = pragmaValue(db, "PRAGMA cipher_use_hmac");
    const bool strong = iterations.ok() && iterations.value().toLongLong() >= 256000 && kdf.ok() &&
                        kdf.value().toString() == QLatin1String("PBKDF2_HMAC_SHA512") && hmac.ok() &&
                        hmac.value().toString() == QLatin1String("HMAC_SHA512") && usesHmac.ok() &&
                        usesHmac.value().toLongLong() == 1;
    if (!strong)
        return StoreError::make(Kind::WeakSettings,
                                QStringLiteral("The encryption settings are weaker than SQLCipher 4's defaults; "
                                               "Trellis refuses to use them."));
    return {};
}


// A first read that fails although page 1 decrypted (so the passphrase is right) has three
// causes: another page failed its HMAC; a page of the schema failed it and SQLite, handed what
// SQLCipher left of it, reports "malformed database schema" as a plain SQL error; or the header
// promises more pages than the file holds because it was cut at a page boundary, which leaves
// every remaining page intact. SQLite refuses the last as malformed before any page count can be
// read, so SQLCipher's page check tells them apart.
StoreError firstReadFailed(sqlite3* db, const StoreError& error)
{
    sqlite3_stmt* stmt = nullptr;
    int failures = 0;
    int rc = sqlite3_prepare_v2(db, "PRAGMA cipher_integrity_check", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            ++failures;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE || failures > 0)
        return Database::errorFor(SQLITE_CORRUPT, {});
    return error.kind == Kind::Damaged ? truncated() : error;
}

// Reads sqlite_master, then the header fields that say whose file this is.
Result<void> checkContents(sqlite3* db)
{
    const auto masterCount = pragmaValue(db, "SELECT count(*) FROM sqlite_master");
    if (!masterCount.ok()) {
        // Page 1 failing its HMAC reads as "not a database": a wrong passphrase, or page 1 itself
        // altered, which no one can tell apart without the key.
        if ((masterCount.error().sqliteCode & 0xff) == SQLITE_NOTADB)
            return wrongPassphrase();
        return firstReadFailed(db, masterCount.error());
    }
    auto settings = checkCipherSettings(db);
    if (!settings.ok())
        return settings;
    const auto applicationId = pragmaValue(db, "PRAGMA application_id");
    if (!applicationId.ok())
        return applicationId.error();
    if (applicationId.value().toLongLong() != StoreOpener::kApplicationId)
        return notAStore(QStringLiteral("an encrypted database made by another program"));
    const auto version = pragmaValue(db, "PRAGMA user_version");
    if (!version.ok())
        return version.error();
    if (version.value().toInt() > Migrator::latestVersion())
        return StoreError::make(Kind::NewerSchema,
                                QStringLiteral("This store was written by a newer version of Trellis (schema %1; this "
                                               "version understands up to %2). Update Trellis to open it; the store "
                                               "has not been changed.")
                                    .arg(version.value().toInt())
                                    .arg(Migrator::latestVersion()));
    return {};
}

// Stores made before Trellis created them private (0600) are tightened the first time they open.
void restrictToOwner(const QString& path)
{
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QString file = path + QLatin1String(suffix);
        if (QFileInfo::exists(file) && QFile::permissions(file) != owner)
            QFile::setPermissions(file, owner);
    }
}

void removeStaleRekeyFiles(const QString& path)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    const auto stale = dir.entryList({info.fileName() + QStringLiteral(".rekey-*")}, QDir::Files | QDir::Hidden);
    for (const QString& name : stale)
        QFile::remove(dir.filePath(name));
}

bool syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

Result<void> StoreOpener::applyConnectionSettings(Database& db)
{
    sqlite3_busy_timeout(db.handle(), 5000);
    // recursive_triggers: INSERT OR REPLACE deletes the row it displaces but fires delete triggers
    // only with recursive triggers on, and some SQLCipher builds default them off; without it a
    // REPLACE would overwrite an append-only audit event. cache_size is negative KiB; the number
    // comes from a constant, not from input.
    const QString settings = QStringLiteral("PRAGMA journal_mode = WAL;"
                                            "PRAGMA synchronous = FULL;"
                                            "PRAGMA foreign_keys = ON;"
                                            "PRAGMA temp_store = MEMORY;"
                                            "PRAGMA secure_delete = ON;"
                                            "PRAGMA mmap_size = 0;"
                                            "PRAGMA recursive_triggers = ON;"
                                            "PRAGMA cache_size = -%1;")
                                 .arg(StoreOpener::kCacheKiB);
    return db.exec(settings);
}

Result<void> StoreOpener::inspectFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return StoreError::make(Kind::NotFound, QStringLiteral("There is no store at %1.").arg(path));
    if (!info.isFile())
        return notAStore(QStringLiteral("it is a folder or a device"));
    if (info.size() == 0)
        return notAStore(QStringLiteral("the file is empty"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError::make(Kind::Io, QStringLiteral("The store could not be read: %1").arg(file.errorString()));
    // The whole first page, not a few bytes: a store begins with a random salt and ciphertext,
    // and 64 random bytes free of control characters turn up about once in 1,650 page-1 writes,
    // which would lock a worker out of a healthy store. A full page of them never happens.
    const QByteArray head = file.read(kPageSize);
    if (head.startsWith(QByteArrayLiteral("SQLite format 3")))
        return notAStore(QStringLiteral("an unencrypted SQLite database; Trellis only opens encrypted stores"));
    if (looksLikeText(head))
        return notAStore(QStringLiteral("it holds text"));
    if (info.size() % kPageSize != 0)
        return StoreError::make(Kind::Truncated,
                                QStringLiteral("The store file is not a whole number of pages: it has been truncated, "
                                               "perhaps by an interrupted copy. Restore it from a backup; the file has "
                                               "been left as it is."));
    return {};
}

namespace {

// What open and openReader share: the file looked at without a key, keyed, its contents and
// cipher settings checked, and the connection settings applied. Nothing written yet.
Result<std::unique_ptr<Database>> openChecked(const QString& path, const Passphrase& passphrase)
{
    auto inspected = StoreOpener::inspectFile(path);
    if (!inspected.ok())
        return inspected.error();
    Handle handle;
    auto keyed = openKeyed(handle, path, passphrase, SQLITE_OPEN_READWRITE);
    if (!keyed.ok())
        return keyed.error();
    auto contents = checkContents(handle.db);
    if (!contents.ok())
        return contents.error();
    auto db = std::make_unique<Database>(handle.release(), path);
    auto settings = StoreOpener::applyConnectionSettings(*db);
    if (!settings.ok())
        return settings.error();
    return db;
}

} // namespace

Result<std::unique_ptr<Database>> StoreOpener::open(const QString& path, const Passphrase& passphrase)
{
    auto opened = openChecked(path, passphrase);
    if (!opened.ok())
        return opened.error();
    auto db = opened.takeValue();
    auto migrated = Migrator::migrate(*db);
    if (!migrated.ok())
        return migrated.error();
    removeStaleRekeyFiles(path);
    restrictToOwner(path);
    qCInfo(lcStore) << "store opened, schema" << Migrator::latestVersion();
    return db;
}

Result<std::unique_ptr<Database>> StoreOpener::openReader(const QString& path, const Passphrase& passphrase)
{
    auto opened = openChecked(path, passphrase);
    if (!opened.ok())
        return opened.error();
    auto db = opened.takeValue();
    // Read-write at the file level, so it can share the WAL index the main connection made;
    // query_only, so nothing written through it is possible.
    auto readOnly = db->exec(QStringLiteral("PRAGMA query_only = ON; PRAGMA cache_size = -%1;").arg(kReaderCacheKiB));
    if (!readOnly.ok())
        return readOnly.error();
    return db;
}

Result<std::unique_ptr<Database>> StoreOpener::create(const QString& path, const Passphrase& passphrase)
{
    const auto alreadyExists = [&path] {
        return StoreError::make(Kind::AlreadyExists,
                                QStringLiteral("A file already exists at %1; Trellis will not overwrite it.")
                                    .arg(path));
    };
    if (QFileInfo::exists(path))
        return alreadyExists();
    if (passphrase.isEmpty())
        return StoreError::make(Kind::Invalid, QStringLiteral("An empty passphrase cannot open or create a store."));
    {
        // O_EXCL makes the check and the creation one step, so a file that appears in between is
        // never keyed, migrated into or removed as ours. 0600 keeps the store private to the
        // worker, and SQLite gives its -wal and -shm files the same mode.
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) {
            if (errno == EEXIST)
                return alreadyExists();
            return StoreError::make(Kind::Io, QStringLiteral("The store could not be created at %1: %2")
                                                  .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        }
        ::close(fd);
    }
    // Nothing existed at the path, so whatever a failed creation leaves there is ours to remove.
    auto discard = [&path](const StoreError& error) -> Result<std::unique_ptr<Database>> {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
        return error;
    };
    std::unique_ptr<Database> db;
    {
        Handle handle;
        auto keyed = openKeyed(handle, path, passphrase, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        auto settings = keyed.ok() ? checkCipherSettings(handle.db) : keyed;
        if (!settings.ok()) {
            sqlite3_close_v2(handle.release());
            return discard(settings.error());
        }
        db = std::make_unique<Database>(handle.release(), path);
    }
    auto applied = applyConnectionSettings(*db);
    auto migrated = applied.ok() ? Migrator::migrate(*db) : applied;
    if (!migrated.ok()) {
        db.reset();
        return discard(migrated.error());
    }
    qCInfo(lcStore) << "store created, schema" << Migrator::latestVersion();
    return db;
}

Result<void> StoreOpener::rekey(const QString& path, const Passphrase& current, const Passphrase& next)
{
    if (next.isEmpty())
        return StoreError::make(Kind::Invalid, QStringLiteral("The new passphrase is empty."));
    auto opened = open(path, current);
    if (!opened.ok())
        return opened.error();
    auto db = opened.takeValue();
    const QString target = path + QStringLiteral(".rekey-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    auto fail = [&](const StoreError& error) -> Result<void> {
        db.reset();
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(target + QLatin1String(suffix));
        return error;
    };
    auto checkpoint = db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    if (!checkpoint.ok())
        return fail(checkpoint.error());
    {
        // ATTACH opens with the flags of the main connection, which was opened without
        // SQLITE_OPEN_CREATE, so it cannot create the new file itself. An empty file is an empty
        // database to SQLite; creating it here also makes it private to the worker (0600).
        const int fd = ::open(QFile::encodeName(target).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return fail(StoreError::make(Kind::Io, QStringLiteral("A file for the re-encrypted store could not be "
                                                                  "created beside the old one; nothing was changed.")));
        ::close(fd);
    }
    {
        // The key is bound as a parameter, never written into the SQL text.
        auto attach = db->prepare(QStringLiteral("ATTACH DATABASE ?1 AS rekeyed KEY ?2"));
        if (!attach.ok())
            return fail(attach.error());
        auto& stmt = *attach.value();
        stmt.bind(1, target);
        stmt.bindBlob(2, next.data(), next.size());
        if (!stmt.exec())
            return fail(db->lastError());
    }
    const int version = db->scalar("PRAGMA user_version").value().toInt();
    // Both numbers are integers read from the store header, not user input.
    const QString header = QStringLiteral("PRAGMA rekeyed.application_id = %1; PRAGMA rekeyed.user_version = %2;")
                               .arg(kApplicationId)
                               .arg(version);
    if (auto exported = db->exec("SELECT sqlcipher_export('rekeyed')"); !exported.ok())
        return fail(exported.error());
    if (auto written = db->exec(header); !written.ok())
        return fail(written.error());
    if (auto detached = db->exec("DETACH DATABASE rekeyed"); !detached.ok())
        return fail(detached.error());
    db.reset();

    auto reopened = open(target, next);
    if (!reopened.ok())
        return fail(reopened.error());
    const auto report = StoreVerifier::verify(*reopened.value());
    reopened.value().reset();
    if (!report.ok)
        return fail(StoreError::make(Kind::Damaged, QStringLiteral("The re-encrypted copy did not verify; the store "
                                                                  "is unchanged and still uses the old passphrase.")));
    if (!syncFile(target) || ::rename(QFile::encodeName(target).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(StoreError::make(Kind::Io, QStringLiteral("The re-encrypted store could not replace the old one; "
                                                              "the old passphrase still opens it.")));
    syncFile(QFileInfo(path).absolutePath());
    qCInfo(lcStore) << "store rekeyed";
    return {};
}

} // namespace trellis
