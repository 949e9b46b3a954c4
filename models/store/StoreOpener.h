#pragma once

#include "Database.h"
#include "Passphrase.h"
#include "Result.h"

#include <QString>

#include <memory>

namespace trellis {

// The one class that keys SQLCipher. It creates, opens and rekeys encrypted stores, and it
// never creates an unencrypted file, never overwrites a file it could not open, and never
// writes to a file before it has proved the key, the library and the schema are right.
class StoreOpener {
public:
    // 'TREL' in the SQLite header's application_id, set by the first migration.
    static constexpr int kApplicationId = 0x5452454c;
    static constexpr int kPageSize = 4096;
    // Page cache per connection in KiB; sized from store_bench (docs/benchmarks.md).
    static constexpr int kCacheKiB = 64 * 1024;

    // Creates a new store at a path where nothing exists yet and applies every migration.
    static Result<std::unique_ptr<Database>> create(const QString& path, const Passphrase& passphrase);
    // Opens an existing store, checks it, and brings an older schema up to date.
    static Result<std::unique_ptr<Database>> open(const QString& path, const Passphrase& passphrase);
    // A second connection to a store that open() has already opened, checked and brought up to
    // date, for reads on another thread (BackgroundReader): query_only, and a small page cache
    // since it reads big tables once from end to end.
    static Result<std::unique_ptr<Database>> openReader(const QString& path, const Passphrase& passphrase);
    static constexpr int kReaderCacheKiB = 8 * 1024;
    // Re-encrypts the store under a new passphrase. The new file is written beside the old,
    // verified, and renamed over it, so a crash leaves either the old or the new store.
    static Result<void> rekey(const QString& path, const Passphrase& current, const Passphrase& next);

    // The settings every connection runs with: WAL, synchronous=FULL, foreign keys,
    // temp_store=MEMORY, secure_delete, no mmap, recursive triggers, the page cache. Public so
    // store_bench can give its unencrypted baseline exactly the same settings.
    static Result<void> applyConnectionSettings(Database& db);

    // Looks at the file without a key and names what is wrong with it, if anything can be
    // told from the outside (missing, empty, unencrypted SQLite, text, truncated).
    static Result<void> inspectFile(const QString& path);
};

} // namespace trellis
