-- Schema version 3: the outbox, every local change not yet answered by the central store
-- (docs/sync.md). RecordRepository writes a row in the same transaction as the record it
-- changes, so a record is never saved without its change, nor a change kept for a save that
-- rolled back. A row is removed once the central store has answered it.
--
-- seq is the push order (AUTOINCREMENT: a number is never reused, even after the newest rows
-- are acknowledged and deleted, so a resumed push cannot mistake a new change for an old one).
-- change_id and batch_id are UUIDv7: one change_id per change, one batch_id per outermost
-- transaction, which is one save by the user. young_person_id is the young person the record
-- belongs to, so a revocation can push their changes before purging them; NULL for a trusted
-- adult (they belong to whoever links them) and a worker. base_version is the record's
-- server_version when the change was made (NULL before the central store first accepted it).
-- fields is {"field": {"base": value, "new": value}, ...} with only the fields the change sets.
-- state: 'pending' until first sent, then 'sent' until answered (a lost answer means it is sent
-- again). No record content outside fields, and fields is inside the encrypted store like the
-- record itself.
CREATE TABLE outbox (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id       TEXT NOT NULL UNIQUE CHECK (length(change_id) = 36),
    batch_id        TEXT NOT NULL CHECK (length(batch_id) = 36),
    entity          TEXT NOT NULL CHECK (entity IN ('worker', 'young_person', 'trusted_adult', 'trusted_adult_link',
        'intervention', 'contact', 'safety_plan', 'safety_plan_item', 'episode')),
    record_id       TEXT NOT NULL CHECK (length(record_id) = 36),
    young_person_id TEXT CHECK (young_person_id IS NULL OR length(young_person_id) = 36),
    op              TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    base_version    INTEGER,
    fields          TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'object'),
    made_by         TEXT NOT NULL CHECK (length(made_by) BETWEEN 1 AND 64),
    made_at         TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent'))
);
-- The pusher reads in seq order (the primary key) and acknowledges by change_id (UNIQUE above);
-- a revocation reads one young person's changes, in seq order from the rowid in each entry.
CREATE INDEX outbox_young_person ON outbox (young_person_id);
