-- Schema version 2: unsaved edits kept as drafts inside the encrypted store, so a crash, a
-- power cut or an automatic lock loses at most the field being typed. A draft belongs to this
-- laptop only and never syncs; saving or discarding the edit removes it.
CREATE TABLE draft (
    key             TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 120),
    young_person_id TEXT CHECK (young_person_id IS NULL OR length(young_person_id) = 36),
    payload         TEXT NOT NULL CHECK (json_valid(payload)),
    saved_at        TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX draft_young_person ON draft (young_person_id);
