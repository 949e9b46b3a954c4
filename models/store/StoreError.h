#pragma once

#include <QString>

namespace trellis {

// Everything that can go wrong with a local store, each with its own plain-English message.
struct StoreError {
    enum class Kind {
        None,
        NotFound,          // no file at the path
        AlreadyExists,     // create() refuses to touch an existing file
        WrongPassphrase,   // HMAC of the first page failed: wrong passphrase (or page 1 damaged)
        NotAStore,         // a file that is not an encrypted Trellis store
        Truncated,         // size is not a whole number of pages
        Damaged,           // a page failed its HMAC or SQLite's own checks
        NewerSchema,       // written by a newer Trellis
        NotEncrypted,      // the SQLite library linked has no encryption
        WeakSettings,      // the cipher settings are weaker than SQLCipher 4's defaults
        Io,                // the file system refused
        Busy,              // another program holds the store
        Constraint,        // a write broke a constraint
        Sql,               // anything else from SQLite
        Invalid,           // bad input from the caller, with its own message
    };

    Kind kind = Kind::None;
    QString message;  // for people: no record content, no passphrase
    int sqliteCode = 0;

    static StoreError make(Kind kind, QString message, int sqliteCode = 0)
    {
        return StoreError{kind, std::move(message), sqliteCode};
    }
    static QString kindName(Kind kind);
};

} // namespace trellis
