-- Trellis central store, schema version 6: the fields the supervisor dashboard's measures need
-- (the local store's schema 8; docs/kpi-definitions.md). The push writes through functions that
-- sync_make_writers() generated from the catalogue (0003_sync.sql), so they are generated again
-- here; the pull reads the catalogue as it runs. The defaults match the local ones, so a laptop
-- that has not yet upgraded and pushes a young person without them leaves the defaults.

SET LOCAL search_path = trellis, pg_temp;
SET LOCAL ROLE trellis_owner;

ALTER TABLE young_person ADD COLUMN learning_plan text NOT NULL DEFAULT 'unknown'
    CHECK (learning_plan IN ('yes', 'no', 'unknown'));
ALTER TABLE young_person ADD COLUMN mental_health text NOT NULL DEFAULT 'not_screened'
    CHECK (mental_health IN ('not_screened', 'no_need', 'need_identified', 'intervention_offered', 'attending'));
ALTER TABLE young_person ADD COLUMN substance_misuse text NOT NULL DEFAULT 'not_screened'
    CHECK (substance_misuse IN ('not_screened', 'no_need', 'need_identified', 'intervention_offered', 'attending'));

ALTER TABLE episode DROP CONSTRAINT episode_kind_check;
ALTER TABLE episode ADD CONSTRAINT episode_kind_check
    CHECK (kind IN ('missing', 'nrm', 'exclusion', 'semh', 'knife_crime'));
SELECT sync_make_writers();

RESET ROLE;
