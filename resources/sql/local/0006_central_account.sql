-- Schema version 6: the worker's own account on the central store (docs/security.md, "Where the
-- central password lives"). It is kept here, inside the encrypted store, so that the password
-- never sits in a plain file, in ~/.pgpass or in QSettings. At most one row: a store syncs as one
-- worker (sync_login). The URL never holds a password (sync::CentralAccount refuses one), and
-- nothing here is exported, logged or audited beyond "the central account was set".
CREATE TABLE central_account (
    id         INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    url        TEXT NOT NULL CHECK (length(url) BETWEEN 1 AND 2048),
    ca_file    TEXT CHECK (ca_file IS NULL OR length(ca_file) BETWEEN 1 AND 4096),
    insecure   INTEGER NOT NULL DEFAULT 0 CHECK (insecure IN (0, 1)),
    -- UTF-8 bytes, read straight into a Passphrase (which wipes them), never through a QString.
    password   BLOB NOT NULL CHECK (typeof(password) = 'blob' AND length(password) BETWEEN 1 AND 4096),
    updated_at TEXT NOT NULL,
    CHECK (insecure = 0 OR ca_file IS NULL)
);
