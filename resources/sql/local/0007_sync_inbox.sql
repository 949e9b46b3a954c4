-- Schema version 7: what the desktop shows about sync (docs/sync.md, "The desktop's view of sync").
-- Everything here is inside the encrypted store; logs only ever see ids and counts.

-- The central store's open conflicts this worker may see, as of the last sync: the engine
-- replaces the table after each pull ("conflicts" phase). Values are JSON text as on the wire.
-- resolving_change_id is set when the worker resolved the conflict here and the resolving change
-- is still in the outbox; such a row survives the replacement until that change is answered, so
-- a resolution never looks undone while it waits to go.
CREATE TABLE sync_conflict (
    id                  TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    entity              TEXT NOT NULL,
    record_id           TEXT NOT NULL CHECK (length(record_id) = 36),
    young_person_id     TEXT CHECK (young_person_id IS NULL OR length(young_person_id) = 36),
    field               TEXT NOT NULL,
    base_value          TEXT CHECK (base_value IS NULL OR json_valid(base_value)),
    server_value        TEXT CHECK (server_value IS NULL OR json_valid(server_value)),
    server_login        TEXT,
    server_changed_at   TEXT,
    incoming_value      TEXT CHECK (incoming_value IS NULL OR json_valid(incoming_value)),
    incoming_login      TEXT NOT NULL,
    incoming_made_by    TEXT,
    incoming_made_at    TEXT NOT NULL,
    opened_at           TEXT NOT NULL,
    resolving_change_id TEXT CHECK (resolving_change_id IS NULL OR length(resolving_change_id) = 36)
) WITHOUT ROWID;
CREATE INDEX sync_conflict_record ON sync_conflict (record_id);
CREATE INDEX sync_conflict_young_person ON sync_conflict (young_person_id);

-- A refused change the worker has read and put away (still kept; only no longer counted).
ALTER TABLE sync_rejected ADD COLUMN dismissed_at TEXT;

