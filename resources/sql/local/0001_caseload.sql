-- Trellis local store, schema version 1: a worker's caseload.
-- Every record that syncs has a client-made UUID, who made and last changed it and when
-- (UTC ISO 8601), the version the central store gave it (NULL until accepted), whether it has
-- local changes not yet pushed (dirty), and a tombstone flag so a delete can sync too.
-- Dates are ISO 8601 text (YYYY-MM-DD); enumerations are lower-case words checked here and in
-- models/domain (the validators name the field and say what is wrong before SQLite sees it).

PRAGMA application_id = 1414677836; -- 'TREL'

CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE worker (
    id             TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    login          TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 1 AND 64),
    display_name   TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
    team           TEXT CHECK (team IS NULL OR length(team) <= 120),
    role           TEXT NOT NULL DEFAULT 'caseworker' CHECK (role IN ('caseworker', 'supervisor', 'manager')),
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    server_version INTEGER,
    dirty          INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)),
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE young_person (
    id                     TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    reference              TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(reference) BETWEEN 1 AND 20),
    given_name             TEXT NOT NULL COLLATE NOCASE CHECK (length(given_name) BETWEEN 1 AND 80),
    family_name            TEXT NOT NULL COLLATE NOCASE CHECK (length(family_name) BETWEEN 1 AND 80),
    preferred_name         TEXT COLLATE NOCASE CHECK (preferred_name IS NULL OR length(preferred_name) <= 80),
    date_of_birth          TEXT NOT NULL CHECK (date(date_of_birth) = date_of_birth),
    gender                 TEXT NOT NULL CHECK (gender IN ('female', 'male', 'non_binary', 'other', 'not_stated')),
    ethnicity              TEXT NOT NULL CHECK (ethnicity IN (
        'asian_bangladeshi', 'asian_chinese', 'asian_indian', 'asian_pakistani', 'asian_other',
        'black_african', 'black_caribbean', 'black_other',
        'mixed_white_asian', 'mixed_white_black_african', 'mixed_white_black_caribbean', 'mixed_other',
        'white_british', 'white_irish', 'white_gypsy_traveller', 'white_roma', 'white_other',
        'other_arab', 'other_any', 'not_stated')),
    postcode_district      TEXT CHECK (postcode_district IS NULL OR length(postcode_district) BETWEEN 2 AND 4),
    lead_worker_id         TEXT REFERENCES worker (id),
    status                 TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    ete_status             TEXT NOT NULL DEFAULT 'school' CHECK (ete_status IN ('school', 'college', 'training', 'employment', 'neet')),
    ete_provider           TEXT CHECK (ete_provider IS NULL OR length(ete_provider) <= 120),
    send_status            TEXT NOT NULL DEFAULT 'none' CHECK (send_status IN ('none', 'sen_support', 'ehcp')),
    care_status            TEXT NOT NULL DEFAULT 'none' CHECK (care_status IN (
        'none', 'child_in_need', 'child_protection_plan', 'looked_after', 'care_leaver')),
    suitable_accommodation TEXT NOT NULL DEFAULT 'unknown' CHECK (suitable_accommodation IN ('yes', 'no', 'unknown')),
    flag_cce               INTEGER NOT NULL DEFAULT 0 CHECK (flag_cce IN (0, 1)),
    flag_cse               INTEGER NOT NULL DEFAULT 0 CHECK (flag_cse IN (0, 1)),
    flag_county_lines      INTEGER NOT NULL DEFAULT 0 CHECK (flag_county_lines IN (0, 1)),
    flag_gang_affected     INTEGER NOT NULL DEFAULT 0 CHECK (flag_gang_affected IN (0, 1)),
    flag_missing_risk      INTEGER NOT NULL DEFAULT 0 CHECK (flag_missing_risk IN (0, 1)),
    flag_knife_crime_victim INTEGER NOT NULL DEFAULT 0 CHECK (flag_knife_crime_victim IN (0, 1)),
    flag_domestic_abuse    INTEGER NOT NULL DEFAULT 0 CHECK (flag_domestic_abuse IN (0, 1)),
    safety_wellbeing       TEXT NOT NULL DEFAULT 'low' CHECK (safety_wellbeing IN ('low', 'medium', 'high', 'very_high')),
    risk_serious_harm      TEXT NOT NULL DEFAULT 'low' CHECK (risk_serious_harm IN ('low', 'medium', 'high', 'very_high')),
    reoffending_likelihood TEXT NOT NULL DEFAULT 'low' CHECK (reoffending_likelihood IN ('low', 'medium', 'high')),
    next_review_date       TEXT CHECK (next_review_date IS NULL OR date(next_review_date) = next_review_date),
    -- Kept equal to the newest contact's next_contact_due so the caseload sorts without reading contacts.
    next_contact_due       TEXT CHECK (next_contact_due IS NULL OR date(next_contact_due) = next_contact_due),
    created_at             TEXT NOT NULL,
    created_by             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    updated_by             TEXT NOT NULL,
    server_version         INTEGER,
    dirty                  INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)),
    deleted                INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
-- A worker's young people in rowid order, so the caseload reads their rows page by page and then
-- sorts them in memory; walking an index in next_contact_due order instead hops between random
-- pages, and with a large store each hop is a page to decrypt again (docs/benchmarks.md).
CREATE INDEX young_person_caseload ON young_person (lead_worker_id);
-- Name search (CaseloadQueries::searchByName): each index holds the sort key as well, so a short
-- prefix that matches thousands is sorted from index entries without reading their rows.
CREATE INDEX young_person_family_name ON young_person (family_name, given_name) WHERE deleted = 0;
CREATE INDEX young_person_given_name ON young_person (given_name, family_name) WHERE deleted = 0;
CREATE INDEX young_person_preferred_name ON young_person (preferred_name, family_name, given_name) WHERE deleted = 0;
CREATE INDEX young_person_reference_search ON young_person (reference, family_name, given_name) WHERE deleted = 0;

CREATE TABLE intervention (
    id               TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    young_person_id  TEXT NOT NULL REFERENCES young_person (id),
    type             TEXT NOT NULL CHECK (type IN (
        'prevention', 'diversion_triage', 'community_resolution', 'youth_caution', 'youth_conditional_caution',
        'referral_order', 'youth_rehabilitation_order', 'yro_iss', 'detention_training_order', 'remand')),
    legal_status     TEXT CHECK (legal_status IS NULL OR length(legal_status) <= 200),
    outcome_date     TEXT CHECK (outcome_date IS NULL OR date(outcome_date) = outcome_date),
    start_date       TEXT NOT NULL CHECK (date(start_date) = start_date),
    end_date         TEXT CHECK (end_date IS NULL OR (date(end_date) = end_date AND end_date >= start_date)),
    offence_category TEXT CHECK (offence_category IS NULL OR length(offence_category) <= 120),
    offence_date     TEXT CHECK (offence_date IS NULL OR date(offence_date) = offence_date),
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    server_version   INTEGER,
    dirty            INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)),
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX intervention_young_person ON intervention (young_person_id, start_date);
-- The caseload's current intervention, answered from the index alone.
CREATE INDEX intervention_current ON intervention (young_person_id, start_date, type) WHERE deleted = 0;

-- The contact log is append-only in spirit: a contact is corrected by a later note, so sync
-- never has to merge two versions of one.
CREATE TABLE contact (
    id               TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    young_person_id  TEXT NOT NULL REFERENCES young_person (id),
    occurred_at      TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 0 AND 1440),
    kind             TEXT NOT NULL CHECK (kind IN (
        'home_visit', 'office', 'school', 'phone', 'video', 'joint_police_visit', 'outreach')),
    attendance       TEXT NOT NULL CHECK (attendance IN ('attended', 'did_not_attend', 'cancelled')),
    present          TEXT CHECK (present IS NULL OR length(present) <= 500),
    summary          TEXT NOT NULL CHECK (length(summary) <= 10000),
    next_contact_due TEXT CHECK (next_contact_due IS NULL OR date(next_contact_due) = next_contact_due),
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    server_version   INTEGER,
    dirty            INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)),
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX contact_young_person ON contact (young_person_id, occurred_at);

CREATE TABLE safety_plan (
    id                       TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    young_person_id          TEXT NOT NULL REFERENCES young_person (id),
    version                  INTEGER NOT NULL CHECK (version >= 1),
    status                   TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'superseded')),
    code_word                TEXT CHECK (code_word IS NULL OR length(code_word) <= 40),
    own_words                TEXT CHECK (own_words IS NULL OR length(own_words) <= 10000),
    review_date              TEXT CHECK (review_date IS NULL OR date(review_date) = review_date),
    agreed_young_person_on   TEXT CHECK (agreed_young_person_on IS NULL OR date(agreed_young_person_on) = agreed_young_person_on),
    agreed_carer_on          TEXT CHECK (agreed_carer_on IS NULL OR date(agreed_carer_on) = agreed_carer_on),
    agreed_practitioner_on   TEXT CHECK (agreed_practitioner_on IS NULL OR date(agreed_practitioner_on) = agreed_practitioner_on),
    activated_at             TEXT,
    created_at               TEXT NOT NULL,
    created_by               TEXT NOT NULL,
    updated_at               TEXT NOT NULL,
    updated_by               TEXT NOT NULL,
    server_version           INTEGER,
    dirty                    INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)),
    deleted                  INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (young_person_id, version)
);
-- At most one active plan per young person; activating a version supersedes the last.
CREATE UNIQUE INDEX safety_plan_one_active ON safety_plan (young_person_id) WHERE status = 'active';
-- The caseload's safety plan review date, answered from the index alone.
CREATE INDEX safety_plan_active_review ON safety_plan (young_person_id, review_date)
    WHERE status = 'active' AND deleted = 0;

-- The listed sections of a plan, each item in its own row so sync can merge item by item.
-- warning_sign, unsafe (a place, area or person rated red/amber/green), safe_place, safe_route,
-- coping, trusted_adult (a link), professional, emergency_contact, action (who, what, by when).
CREATE TABLE safety_plan_item (
    id               TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    safety_plan_id   TEXT NOT NULL REFERENCES safety_plan (id),
    section          TEXT NOT NULL CHECK (section IN (
        'warning_sign', 'unsafe', 'safe_place', 'safe_route', 'coping', 'trusted_adult', 'professional',
        'emergency_contact', 'action')),
    position         INTEGER NOT NULL CHECK (position >= 0),
    text             TEXT NOT NULL CHECK (length(text) <= 2000),
    rating           TEXT CHECK (rating IS NULL OR rating IN ('red', 'amber', 'green')),
    notes            TEXT CHECK (notes IS NULL OR length(notes) <= 2000),
    who              TEXT CHECK (who IS NULL OR length(who) <= 120),
    due_date         TEXT CHECK (due_date IS NULL OR date(due_date) = due_date),
    trusted_adult_id TEXT REFERENCES trusted_adult (id),
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    server_version   INTEGER,
    dirty            INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)),
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX safety_plan_item_plan ON safety_plan_item (safety_plan_id, section, position);

CREATE TABLE trusted_adult (
    id                    TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    given_name            TEXT NOT NULL COLLATE NOCASE CHECK (length(given_name) BETWEEN 1 AND 80),
    family_name           TEXT COLLATE NOCASE CHECK (family_name IS NULL OR length(family_name) <= 80),
    relationship          TEXT NOT NULL CHECK (length(relationship) BETWEEN 1 AND 80),
    phone_primary         TEXT CHECK (phone_primary IS NULL OR phone_primary GLOB '+[1-9]*'),
    phone_secondary       TEXT CHECK (phone_secondary IS NULL OR phone_secondary GLOB '+[1-9]*'),
    email                 TEXT CHECK (email IS NULL OR length(email) <= 254),
    availability          TEXT CHECK (availability IS NULL OR length(availability) <= 200),
    consent               TEXT NOT NULL DEFAULT 'not_asked' CHECK (consent IN ('given', 'refused', 'not_asked')),
    consent_checked_on    TEXT CHECK (consent_checked_on IS NULL OR date(consent_checked_on) = consent_checked_on),
    do_not_contact        INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
    do_not_contact_reason TEXT CHECK (do_not_contact_reason IS NULL OR length(do_not_contact_reason) <= 500),
    verified_by           TEXT CHECK (verified_by IS NULL OR length(verified_by) <= 120),
    verified_on           TEXT CHECK (verified_on IS NULL OR date(verified_on) = verified_on),
    notes                 TEXT CHECK (notes IS NULL OR length(notes) <= 4000),
    created_at            TEXT NOT NULL,
    created_by            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    updated_by            TEXT NOT NULL,
    server_version        INTEGER,
    dirty                 INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)),
    deleted               INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    CHECK (do_not_contact = 0 OR do_not_contact_reason IS NOT NULL)
);
CREATE INDEX trusted_adult_family_name ON trusted_adult (family_name);
CREATE INDEX trusted_adult_given_name ON trusted_adult (given_name);

-- One adult can be linked to several young people (a grandparent shared by siblings).
CREATE TABLE trusted_adult_link (
    id               TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    young_person_id  TEXT NOT NULL REFERENCES young_person (id),
    trusted_adult_id TEXT NOT NULL REFERENCES trusted_adult (id),
    role             TEXT NOT NULL CHECK (role IN ('trusted_adult', 'emergency_contact', 'parent_carer')),
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    server_version   INTEGER,
    dirty            INTEGER NOT NULL DEFAULT 1 CHECK (dirty IN (0, 1)),
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    UNIQUE (young_person_id, trusted_adult_id)
);
CREATE INDEX trusted_adult_link_adult ON trusted_adult_link (trusted_adult_id);

-- Missing episodes, NRM referrals, school exclusions and SEMH referrals share one table:
-- start_date is the day it began (went missing, referred, excluded); the rest depends on kind.
CREATE TABLE episode (
    id                      TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    young_person_id         TEXT NOT NULL REFERENCES young_person (id),
    kind                    TEXT NOT NULL CHECK (kind IN ('missing', 'nrm', 'exclusion', 'semh')),
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
CREATE INDEX episode_young_person ON episode (young_person_id, kind, start_date);

-- Who did what to which record, never what the record says. Append-only: the triggers below
-- refuse every UPDATE and DELETE.
CREATE TABLE audit_event (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    occurred_at TEXT NOT NULL,
    actor       TEXT NOT NULL CHECK (length(actor) BETWEEN 1 AND 64),
    action      TEXT NOT NULL CHECK (action IN (
        'view', 'create', 'update', 'delete', 'export', 'import', 'print', 'unlock', 'failed_unlock', 'lock', 'rekey')),
    entity      TEXT CHECK (entity IS NULL OR length(entity) <= 40),
    entity_id   TEXT CHECK (entity_id IS NULL OR length(entity_id) <= 36),
    record_count INTEGER CHECK (record_count IS NULL OR record_count >= 0)
);
CREATE INDEX audit_event_time ON audit_event (occurred_at);
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit events cannot be changed');
END;
-- INSERT OR REPLACE would delete the old event first; refusing a repeated id here holds
-- whatever a connection's recursive_triggers setting is.
CREATE TRIGGER audit_event_no_replace BEFORE INSERT ON audit_event
WHEN EXISTS (SELECT 1 FROM audit_event WHERE id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'audit events cannot be replaced');
END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit events cannot be deleted');
END;
