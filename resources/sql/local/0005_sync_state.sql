-- Schema version 5: what the sync engine keeps between runs (docs/sync.md, "The engine as built").
-- The pull cursor and the login the store syncs as are rows of store_meta (sync_pull_cursor,
-- sync_login). Everything here is inside the encrypted store; the logs only ever see ids and counts.

-- Changes the central store refused, kept whole (the wire change and the reason, which names a
-- rule or a field, never a value) so the worker can see what was refused and type it again. The
-- record itself is put back to the server's version. For a refused insert the local row is
-- removed once nothing local still refers to it (removed = 1).
CREATE TABLE sync_rejected (
    change_id       TEXT PRIMARY KEY NOT NULL CHECK (length(change_id) = 36),
    entity          TEXT NOT NULL,
    record_id       TEXT NOT NULL CHECK (length(record_id) = 36),
    young_person_id TEXT CHECK (young_person_id IS NULL OR length(young_person_id) = 36),
    op              TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    change          TEXT NOT NULL CHECK (json_valid(change) AND json_type(change) = 'object'),
    reason          TEXT NOT NULL,
    rejected_at     TEXT NOT NULL,
    removed         INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX sync_rejected_young_person ON sync_rejected (young_person_id);
CREATE INDEX sync_rejected_record ON sync_rejected (record_id);

-- The server's row for a record that had changes in the outbox when it was pulled: the pull
-- keeps the local values of the pending fields, so the server's are kept here until the
-- changes are answered (a refused or conflicting field goes back to these values).
CREATE TABLE sync_server_row (
    record_id       TEXT PRIMARY KEY NOT NULL CHECK (length(record_id) = 36),
    entity          TEXT NOT NULL,
    young_person_id TEXT CHECK (young_person_id IS NULL OR length(young_person_id) = 36),
    server_version  INTEGER NOT NULL,
    fields          TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'object')
) WITHOUT ROWID;
CREATE INDEX sync_server_row_young_person ON sync_server_row (young_person_id);

-- Pulled rows that refer to a record not here yet (a plan whose young person comes in a later
-- page): written as soon as what they refer to arrives, in the same transaction.
CREATE TABLE sync_parked (
    record_id       TEXT PRIMARY KEY NOT NULL CHECK (length(record_id) = 36),
    entity          TEXT NOT NULL,
    young_person_id TEXT CHECK (young_person_id IS NULL OR length(young_person_id) = 36),
    server_version  INTEGER NOT NULL,
    fields          TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'object')
) WITHOUT ROWID;
CREATE INDEX sync_parked_young_person ON sync_parked (young_person_id);

-- Young people purged from this store after they left the worker's view (ids and times only).
-- receipted_at stays NULL until the central store has its purge receipt, so a sync killed
-- between the purge and the receipt sends it the next time.
CREATE TABLE sync_purge (
    young_person_id TEXT PRIMARY KEY NOT NULL CHECK (length(young_person_id) = 36),
    purged_at       TEXT NOT NULL,
    receipted_at    TEXT
) WITHOUT ROWID;

-- The pull asks, for every record it writes, which fields still have changes in the outbox.
CREATE INDEX outbox_record ON outbox (record_id);
