-- Schema version 8: what the supervisor dashboard's measures need that the record did not hold
-- (docs/kpi-definitions.md).
--
-- The YJB key performance indicators ask whether a child with SEND has a formal learning plan, and
-- for mental health and for substance misuse whether a need was identified, an intervention
-- offered and the child is attending. Each of those two is one stage field, because the stages
-- include each other and three separate flags could contradict one another.
ALTER TABLE young_person ADD COLUMN learning_plan TEXT NOT NULL DEFAULT 'unknown'
    CHECK (learning_plan IN ('yes', 'no', 'unknown'));
ALTER TABLE young_person ADD COLUMN mental_health TEXT NOT NULL DEFAULT 'not_screened'
    CHECK (mental_health IN ('not_screened', 'no_need', 'need_identified', 'intervention_offered', 'attending'));
ALTER TABLE young_person ADD COLUMN substance_misuse TEXT NOT NULL DEFAULT 'not_screened'
    CHECK (substance_misuse IN ('not_screened', 'no_need', 'need_identified', 'intervention_offered', 'attending'));

-- "Victims of knife crime under 25" is counted by year, so each time it happened is an episode
-- with its date (the young person's flag says only that it ever did). SQLite cannot change a
-- CHECK constraint in place, so the table is rebuilt with the same rows. No table refers to
-- episode, so dropping the old one touches nothing else; the migration runs in one transaction.
CREATE TABLE episode_v8 (
    id                      TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    young_person_id         TEXT NOT NULL REFERENCES young_person (id),
    kind                    TEXT NOT NULL CHECK (kind IN ('missing', 'nrm', 'exclusion', 'semh', 'knife_crime')),
    start_date              TEXT NOT NULL CHECK (date(start_date) = start_date),
    end_date                TEXT CHECK (end_date IS NULL OR (date(end_date) = end_date AND end_date >= start_date)),
    return_interview_date   TEXT CHECK (return_interview_date IS NULL OR date(return_interview_date) = return_interview_date),
    nrm_reasonable_grounds  TEXT CHECK (nrm_reasonable_grounds IS NULL OR nrm_reasonable_grounds IN ('pending', 'positive', 'negative')),
    nrm_reasonable_grounds_on TEXT CHECK (nrm_reasonable_grounds_on IS NULL OR date(nrm_reasonable_grounds_on) = nrm_reasonable_grounds_on),
    nrm_conclusive_grounds  TEXT CHECK (nrm_conclusive_grounds IS NULL OR nrm_conclusive_grounds IN ('pending', 'positive', 'negative')),
    nrm_conclusive_grounds_on TEXT CHECK (nrm_conclusive_grounds_on IS NULL OR date(nrm_conclusive_grounds_on) = nrm_conclusive_grounds_on),
    exclusion_kind          TEXT CHECK (exclusion_kind IS NULL OR exclusion_kind IN ('suspension', 'permanent')),
    exclusion_days          INTEGER CHECK (exclusion_days IS NULL OR exclusion_days BETWEEN 0 AND 365),
    first_appointment_date  TEXT CHECK (first_appointment_date IS NULL OR date(first_appointment_date) = first_appointment_date),
    notes                   TEXT CHECK (notes IS NULL OR length(notes) <= 4000),
    created_at              TEXT NOT NULL,
    created_by              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    updated_by              TEXT NOT NULL,
    server_version          INTEGER,
    dirty                   INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)),
    deleted                 INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
INSERT INTO episode_v8 SELECT id, young_person_id, kind, start_date, end_date, return_interview_date,
    nrm_reasonable_grounds, nrm_reasonable_grounds_on, nrm_conclusive_grounds, nrm_conclusive_grounds_on,
    exclusion_kind, exclusion_days, first_appointment_date, notes, created_at, created_by, updated_at, updated_by,
    server_version, dirty, deleted FROM episode;
DROP TABLE episode;
ALTER TABLE episode_v8 RENAME TO episode;
CREATE INDEX episode_young_person ON episode (young_person_id, kind, start_date);
-- The dashboard's measures read episodes of one kind by date across every young person.
CREATE INDEX episode_kind_start ON episode (kind, start_date) WHERE deleted = 0;
