-- Trellis central store, schema version 1: roles, the caseload tables and their change stamps.
--
-- CentralMigrator applies this file as a PostgreSQL superuser, in one transaction, and then
-- records the version in trellis.schema_version. Nothing here grants an application role any
-- table privilege: workers reach data only through the SECURITY DEFINER functions of later
-- files, and every table has FORCE ROW LEVEL SECURITY with no policy yet (so even the owner
-- sees nothing until 0002 says what each caller may see).
--
-- The tables mirror resources/sql/local/0001_caseload.sql with PostgreSQL types (uuid, date,
-- timestamptz, boolean). Instead of the local dirty flag, every synced row carries what only
-- the server can know: server_version (from one sequence, so a pull cursor is one number),
-- server_xid (the writing transaction, so a pull can tell when no transaction still in flight
-- holds a smaller version), server_changed_at, changed_by_login (the PostgreSQL login that
-- wrote it, whatever updated_by claims) and field_versions (the per-field bases the merge
-- compares a change against).

-- Roles are cluster-wide, so they may exist already (another database in the same cluster, or
-- a database dropped and made again); their attributes are set again every time.
--   trellis_owner  owns the schema, every table and the API functions. NOLOGIN.
--   trellis_acl    owns the visibility helpers that policies call (0002). NOLOGIN.
--   trellis_app    the group every worker's login joins; it holds only EXECUTE on API functions.
DO $roles$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'trellis_owner') THEN
        CREATE ROLE trellis_owner;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'trellis_acl') THEN
        CREATE ROLE trellis_acl;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'trellis_app') THEN
        CREATE ROLE trellis_app;
    END IF;
END
$roles$;
ALTER ROLE trellis_owner NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT;
ALTER ROLE trellis_acl NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT;
ALTER ROLE trellis_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT;

-- Only workers (and superusers) may connect; nobody else may create temporary objects or use
-- the public schema. The database name comes from the server and is quoted with %I.
DO $database$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO trellis_app', current_database());
END
$database$;
REVOKE ALL ON SCHEMA public FROM PUBLIC;

CREATE SCHEMA trellis AUTHORIZATION trellis_owner;
GRANT USAGE ON SCHEMA trellis TO trellis_app;
-- PostgreSQL grants EXECUTE on every new function to PUBLIC unless told otherwise.
ALTER DEFAULT PRIVILEGES FOR ROLE trellis_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- Everything below is created by, and so owned by, trellis_owner.
SET LOCAL ROLE trellis_owner;
SET LOCAL search_path = trellis, pg_temp;

CREATE TABLE schema_version (
    version    integer PRIMARY KEY CHECK (version >= 1),
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT session_user
);

-- One sequence numbers every change to every synced row.
CREATE SEQUENCE change_seq AS bigint;

-- Stamps every insert and update of a synced row. field_versions maps each field changed since
-- the row was created to the server_version of the change; a field missing from it has not
-- changed since the insert, so it is unchanged since any base a client can hold.
CREATE FUNCTION stamp_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = trellis, pg_temp AS $$
DECLARE
    v_version bigint := nextval('trellis.change_seq');
    v_changed jsonb;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.id IS DISTINCT FROM OLD.id THEN
            RAISE EXCEPTION 'a record''s id cannot change' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        NEW.created_at := OLD.created_at;
        NEW.created_by := OLD.created_by;
        SELECT coalesce(jsonb_object_agg(n.key, v_version), '{}'::jsonb) INTO v_changed
        FROM jsonb_each(to_jsonb(NEW)) AS n
        JOIN jsonb_each(to_jsonb(OLD)) AS o ON o.key = n.key
        WHERE n.value IS DISTINCT FROM o.value
          AND n.key NOT IN ('created_at', 'created_by', 'updated_at', 'updated_by', 'server_version', 'server_xid',
                            'server_changed_at', 'changed_by_login', 'field_versions');
        NEW.field_versions := OLD.field_versions || v_changed;
    ELSE
        NEW.field_versions := '{}'::jsonb;
    END IF;
    NEW.server_version := v_version;
    NEW.server_xid := pg_current_xact_id();
    NEW.server_changed_at := now();
    NEW.changed_by_login := session_user;
    RETURN NEW;
END
$$;

CREATE TABLE worker (
    id                uuid PRIMARY KEY,
    login             text NOT NULL UNIQUE CHECK (length(login) BETWEEN 1 AND 64),
    display_name      text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
    team              text CHECK (team IS NULL OR length(team) <= 120),
    role              text NOT NULL DEFAULT 'caseworker' CHECK (role IN ('caseworker', 'supervisor', 'manager')),
    created_at        timestamptz NOT NULL,
    created_by        text NOT NULL,
    updated_at        timestamptz NOT NULL,
    updated_by        text NOT NULL,
    deleted           boolean NOT NULL DEFAULT false,
    server_version    bigint NOT NULL,
    server_xid        xid8 NOT NULL,
    server_changed_at timestamptz NOT NULL,
    changed_by_login  text NOT NULL,
    field_versions    jsonb NOT NULL,
    UNIQUE (id, login)
);

CREATE TABLE young_person (
    id                      uuid PRIMARY KEY,
    reference               text NOT NULL CHECK (length(reference) BETWEEN 1 AND 20),
    given_name              text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 80),
    family_name             text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 80),
    preferred_name          text CHECK (preferred_name IS NULL OR length(preferred_name) <= 80),
    date_of_birth           date NOT NULL,
    gender                  text NOT NULL CHECK (gender IN ('female', 'male', 'non_binary', 'other', 'not_stated')),
    ethnicity               text NOT NULL CHECK (ethnicity IN (
        'asian_bangladeshi', 'asian_chinese', 'asian_indian', 'asian_pakistani', 'asian_other',
        'black_african', 'black_caribbean', 'black_other',
        'mixed_white_asian', 'mixed_white_black_african', 'mixed_white_black_caribbean', 'mixed_other',
        'white_british', 'white_irish', 'white_gypsy_traveller', 'white_roma', 'white_other',
        'other_arab', 'other_any', 'not_stated')),
    postcode_district       text CHECK (postcode_district IS NULL OR length(postcode_district) BETWEEN 2 AND 4),
    lead_worker_id          uuid REFERENCES worker (id),
    status                  text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    ete_status              text NOT NULL DEFAULT 'school' CHECK (ete_status IN (
        'school', 'college', 'training', 'employment', 'neet')),
    ete_provider            text CHECK (ete_provider IS NULL OR length(ete_provider) <= 120),
    send_status             text NOT NULL DEFAULT 'none' CHECK (send_status IN ('none', 'sen_support', 'ehcp')),
    care_status             text NOT NULL DEFAULT 'none' CHECK (care_status IN (
        'none', 'child_in_need', 'child_protection_plan', 'looked_after', 'care_leaver')),
    suitable_accommodation  text NOT NULL DEFAULT 'unknown' CHECK (suitable_accommodation IN ('yes', 'no', 'unknown')),
    flag_cce                boolean NOT NULL DEFAULT false,
    flag_cse                boolean NOT NULL DEFAULT false,
    flag_county_lines       boolean NOT NULL DEFAULT false,
    flag_gang_affected      boolean NOT NULL DEFAULT false,
    flag_missing_risk       boolean NOT NULL DEFAULT false,
    flag_knife_crime_victim boolean NOT NULL DEFAULT false,
    flag_domestic_abuse     boolean NOT NULL DEFAULT false,
    safety_wellbeing        text NOT NULL DEFAULT 'low' CHECK (safety_wellbeing IN (
        'low', 'medium', 'high', 'very_high')),
    risk_serious_harm       text NOT NULL DEFAULT 'low' CHECK (risk_serious_harm IN (
        'low', 'medium', 'high', 'very_high')),
    reoffending_likelihood  text NOT NULL DEFAULT 'low' CHECK (reoffending_likelihood IN ('low', 'medium', 'high')),
    next_review_date        date,
    next_contact_due        date,
    created_at              timestamptz NOT NULL,
    created_by              text NOT NULL,
    updated_at              timestamptz NOT NULL,
    updated_by              text NOT NULL,
    deleted                 boolean NOT NULL DEFAULT false,
    server_version          bigint NOT NULL,
    server_xid              xid8 NOT NULL,
    server_changed_at       timestamptz NOT NULL,
    changed_by_login        text NOT NULL,
    field_versions          jsonb NOT NULL
);
-- The local store compares references without regard to case (COLLATE NOCASE).
CREATE UNIQUE INDEX young_person_reference ON young_person (lower(reference));
CREATE INDEX young_person_lead_worker ON young_person (lead_worker_id);

CREATE TABLE intervention (
    id                uuid PRIMARY KEY,
    young_person_id   uuid NOT NULL REFERENCES young_person (id),
    type              text NOT NULL CHECK (type IN (
        'prevention', 'diversion_triage', 'community_resolution', 'youth_caution', 'youth_conditional_caution',
        'referral_order', 'youth_rehabilitation_order', 'yro_iss', 'detention_training_order', 'remand')),
    legal_status      text CHECK (legal_status IS NULL OR length(legal_status) <= 200),
    outcome_date      date,
    start_date        date NOT NULL,
    end_date          date CHECK (end_date IS NULL OR end_date >= start_date),
    offence_category  text CHECK (offence_category IS NULL OR length(offence_category) <= 120),
    offence_date      date,
    created_at        timestamptz NOT NULL,
    created_by        text NOT NULL,
    updated_at        timestamptz NOT NULL,
    updated_by        text NOT NULL,
    deleted           boolean NOT NULL DEFAULT false,
    server_version    bigint NOT NULL,
    server_xid        xid8 NOT NULL,
    server_changed_at timestamptz NOT NULL,
    changed_by_login  text NOT NULL,
    field_versions    jsonb NOT NULL
);
CREATE INDEX intervention_young_person ON intervention (young_person_id, start_date);

-- Append-only in spirit, as locally: a contact is corrected by a later note.
CREATE TABLE contact (
    id                uuid PRIMARY KEY,
    young_person_id   uuid NOT NULL REFERENCES young_person (id),
    occurred_at       timestamptz NOT NULL,
    duration_minutes  integer NOT NULL CHECK (duration_minutes BETWEEN 0 AND 1440),
    kind              text NOT NULL CHECK (kind IN (
        'home_visit', 'office', 'school', 'phone', 'video', 'joint_police_visit', 'outreach')),
    attendance        text NOT NULL CHECK (attendance IN ('attended', 'did_not_attend', 'cancelled')),
    present           text CHECK (present IS NULL OR length(present) <= 500),
    summary           text NOT NULL CHECK (length(summary) <= 10000),
    next_contact_due  date,
    created_at        timestamptz NOT NULL,
    created_by        text NOT NULL,
    updated_at        timestamptz NOT NULL,
    updated_by        text NOT NULL,
    deleted           boolean NOT NULL DEFAULT false,
    server_version    bigint NOT NULL,
    server_xid        xid8 NOT NULL,
    server_changed_at timestamptz NOT NULL,
    changed_by_login  text NOT NULL,
    field_versions    jsonb NOT NULL
);
CREATE INDEX contact_young_person ON contact (young_person_id, occurred_at);

CREATE TABLE safety_plan (
    id                      uuid PRIMARY KEY,
    young_person_id         uuid NOT NULL REFERENCES young_person (id),
    version                 integer NOT NULL CHECK (version >= 1),
    status                  text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'superseded')),
    code_word               text CHECK (code_word IS NULL OR length(code_word) <= 40),
    own_words               text CHECK (own_words IS NULL OR length(own_words) <= 10000),
    review_date             date,
    agreed_young_person_on  date,
    agreed_carer_on         date,
    agreed_practitioner_on  date,
    activated_at            timestamptz,
    created_at              timestamptz NOT NULL,
    created_by              text NOT NULL,
    updated_at              timestamptz NOT NULL,
    updated_by              text NOT NULL,
    deleted                 boolean NOT NULL DEFAULT false,
    server_version          bigint NOT NULL,
    server_xid              xid8 NOT NULL,
    server_changed_at       timestamptz NOT NULL,
    changed_by_login        text NOT NULL,
    field_versions          jsonb NOT NULL,
    UNIQUE (young_person_id, version)
);
CREATE UNIQUE INDEX safety_plan_one_active ON safety_plan (young_person_id) WHERE status = 'active';

CREATE TABLE trusted_adult (
    id                    uuid PRIMARY KEY,
    given_name            text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 80),
    family_name           text CHECK (family_name IS NULL OR length(family_name) <= 80),
    relationship          text NOT NULL CHECK (length(relationship) BETWEEN 1 AND 80),
    phone_primary         text CHECK (phone_primary IS NULL OR phone_primary ~ '^\+[1-9]'),
    phone_secondary       text CHECK (phone_secondary IS NULL OR phone_secondary ~ '^\+[1-9]'),
    email                 text CHECK (email IS NULL OR length(email) <= 254),
    availability          text CHECK (availability IS NULL OR length(availability) <= 200),
    consent               text NOT NULL DEFAULT 'not_asked' CHECK (consent IN ('given', 'refused', 'not_asked')),
    consent_checked_on    date,
    do_not_contact        boolean NOT NULL DEFAULT false,
    do_not_contact_reason text CHECK (do_not_contact_reason IS NULL OR length(do_not_contact_reason) <= 500),
    verified_by           text CHECK (verified_by IS NULL OR length(verified_by) <= 120),
    verified_on           date,
    notes                 text CHECK (notes IS NULL OR length(notes) <= 4000),
    created_at            timestamptz NOT NULL,
    created_by            text NOT NULL,
    updated_at            timestamptz NOT NULL,
    updated_by            text NOT NULL,
    deleted               boolean NOT NULL DEFAULT false,
    server_version        bigint NOT NULL,
    server_xid            xid8 NOT NULL,
    server_changed_at     timestamptz NOT NULL,
    changed_by_login      text NOT NULL,
    field_versions        jsonb NOT NULL,
    CHECK (NOT do_not_contact OR do_not_contact_reason IS NOT NULL)
);

CREATE TABLE safety_plan_item (
    id                uuid PRIMARY KEY,
    safety_plan_id    uuid NOT NULL REFERENCES safety_plan (id),
    section           text NOT NULL CHECK (section IN (
        'warning_sign', 'unsafe', 'safe_place', 'safe_route', 'coping', 'trusted_adult', 'professional',
        'emergency_contact', 'action')),
    position          integer NOT NULL CHECK (position >= 0),
    text              text NOT NULL CHECK (length(text) <= 2000),
    rating            text CHECK (rating IS NULL OR rating IN ('red', 'amber', 'green')),
    notes             text CHECK (notes IS NULL OR length(notes) <= 2000),
    who               text CHECK (who IS NULL OR length(who) <= 120),
    due_date          date,
    trusted_adult_id  uuid REFERENCES trusted_adult (id),
    created_at        timestamptz NOT NULL,
    created_by        text NOT NULL,
    updated_at        timestamptz NOT NULL,
    updated_by        text NOT NULL,
    deleted           boolean NOT NULL DEFAULT false,
    server_version    bigint NOT NULL,
    server_xid        xid8 NOT NULL,
    server_changed_at timestamptz NOT NULL,
    changed_by_login  text NOT NULL,
    field_versions    jsonb NOT NULL
);
CREATE INDEX safety_plan_item_plan ON safety_plan_item (safety_plan_id, section, position);
CREATE INDEX safety_plan_item_trusted_adult ON safety_plan_item (trusted_adult_id) WHERE trusted_adult_id IS NOT NULL;

-- One adult can be linked to several young people (a grandparent shared by siblings).
CREATE TABLE trusted_adult_link (
    id                uuid PRIMARY KEY,
    young_person_id   uuid NOT NULL REFERENCES young_person (id),
    trusted_adult_id  uuid NOT NULL REFERENCES trusted_adult (id),
    role              text NOT NULL CHECK (role IN ('trusted_adult', 'emergency_contact', 'parent_carer')),
    created_at        timestamptz NOT NULL,
    created_by        text NOT NULL,
    updated_at        timestamptz NOT NULL,
    updated_by        text NOT NULL,
    deleted           boolean NOT NULL DEFAULT false,
    server_version    bigint NOT NULL,
    server_xid        xid8 NOT NULL,
    server_changed_at timestamptz NOT NULL,
    changed_by_login  text NOT NULL,
    field_versions    jsonb NOT NULL,
    UNIQUE (young_person_id, trusted_adult_id)
);
CREATE INDEX trusted_adult_link_adult ON trusted_adult_link (trusted_adult_id);

CREATE TABLE episode (
    id                        uuid PRIMARY KEY,
    young_person_id           uuid NOT NULL REFERENCES young_person (id),
    kind                      text NOT NULL CHECK (kind IN ('missing', 'nrm', 'exclusion', 'semh')),
    start_date                date NOT NULL,
    end_date                  date CHECK (end_date IS NULL OR end_date >= start_date),
    return_interview_date     date,
    nrm_reasonable_grounds    text CHECK (nrm_reasonable_grounds IS NULL OR nrm_reasonable_grounds IN (
        'pending', 'positive', 'negative')),
    nrm_reasonable_grounds_on date,
    nrm_conclusive_grounds    text CHECK (nrm_conclusive_grounds IS NULL OR nrm_conclusive_grounds IN (
        'pending', 'positive', 'negative')),
    nrm_conclusive_grounds_on date,
    exclusion_kind            text CHECK (exclusion_kind IS NULL OR exclusion_kind IN ('suspension', 'permanent')),
    exclusion_days            integer CHECK (exclusion_days IS NULL OR exclusion_days BETWEEN 0 AND 365),
    first_appointment_date    date,
    notes                     text CHECK (notes IS NULL OR length(notes) <= 4000),
    created_at                timestamptz NOT NULL,
    created_by                text NOT NULL,
    updated_at                timestamptz NOT NULL,
    updated_by                text NOT NULL,
    deleted                   boolean NOT NULL DEFAULT false,
    server_version            bigint NOT NULL,
    server_xid                xid8 NOT NULL,
    server_changed_at         timestamptz NOT NULL,
    changed_by_login          text NOT NULL,
    field_versions            jsonb NOT NULL
);
CREATE INDEX episode_young_person ON episode (young_person_id, kind, start_date);

CREATE TRIGGER worker_stamp BEFORE INSERT OR UPDATE ON worker FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER young_person_stamp BEFORE INSERT OR UPDATE ON young_person
    FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER intervention_stamp BEFORE INSERT OR UPDATE ON intervention
    FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER contact_stamp BEFORE INSERT OR UPDATE ON contact FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER safety_plan_stamp BEFORE INSERT OR UPDATE ON safety_plan
    FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER trusted_adult_stamp BEFORE INSERT OR UPDATE ON trusted_adult
    FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER safety_plan_item_stamp BEFORE INSERT OR UPDATE ON safety_plan_item
    FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER trusted_adult_link_stamp BEFORE INSERT OR UPDATE ON trusted_adult_link
    FOR EACH ROW EXECUTE FUNCTION stamp_change();
CREATE TRIGGER episode_stamp BEFORE INSERT OR UPDATE ON episode FOR EACH ROW EXECUTE FUNCTION stamp_change();

-- A pull walks each table in server_version order.
CREATE INDEX worker_server_version ON worker (server_version);
CREATE INDEX young_person_server_version ON young_person (server_version);
CREATE INDEX intervention_server_version ON intervention (server_version);
CREATE INDEX contact_server_version ON contact (server_version);
CREATE INDEX safety_plan_server_version ON safety_plan (server_version);
CREATE INDEX trusted_adult_server_version ON trusted_adult (server_version);
CREATE INDEX safety_plan_item_server_version ON safety_plan_item (server_version);
CREATE INDEX trusted_adult_link_server_version ON trusted_adult_link (server_version);
CREATE INDEX episode_server_version ON episode (server_version);

-- Teams, compared without regard to case so "North" and "north" are one team.
CREATE TABLE team (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL DEFAULT session_user
);
CREATE UNIQUE INDEX team_name ON team (lower(name));

-- Which PostgreSQL login is which worker, in which team, with which role, and whether they
-- may still work. Row-level security is computed from this table, so it is the one place those
-- facts live; the role and team in `worker` are the copies clients display. Only an
-- administrator writes here: no policy lets trellis_owner, and so no SECURITY DEFINER function,
-- change it.
CREATE TABLE worker_account (
    login          text PRIMARY KEY CHECK (login ~ '^[a-z][a-z0-9._-]{0,62}$'),
    worker_id      uuid NOT NULL UNIQUE,
    role           text NOT NULL CHECK (role IN ('caseworker', 'supervisor', 'manager')),
    team_id        uuid NOT NULL REFERENCES team (id),
    active         boolean NOT NULL DEFAULT true,
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text NOT NULL DEFAULT session_user,
    deactivated_at timestamptz,
    deactivated_by text,
    FOREIGN KEY (worker_id, login) REFERENCES worker (id, login),
    CHECK (active = (deactivated_at IS NULL) AND (deactivated_at IS NULL) = (deactivated_by IS NULL))
);
CREATE INDEX worker_account_team ON worker_account (team_id);

-- Case allocation with its history: a young person has at most one current assignment
-- (ended_at IS NULL). Reallocating ends it and starts another, so everyone who held the case
-- stays on record; the trigger below refuses any other change and every delete.
CREATE TABLE assignment (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    young_person_id uuid NOT NULL REFERENCES young_person (id),
    worker_id       uuid NOT NULL REFERENCES worker (id),
    started_at      timestamptz NOT NULL DEFAULT now(),
    started_by      text NOT NULL DEFAULT session_user,
    ended_at        timestamptz,
    ended_by        text,
    server_version  bigint NOT NULL DEFAULT nextval('trellis.change_seq'),
    server_xid      xid8 NOT NULL DEFAULT pg_current_xact_id(),
    CHECK ((ended_at IS NULL) = (ended_by IS NULL)),
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE UNIQUE INDEX assignment_current ON assignment (young_person_id) WHERE ended_at IS NULL;
CREATE INDEX assignment_worker_current ON assignment (worker_id) WHERE ended_at IS NULL;
CREATE INDEX assignment_young_person ON assignment (young_person_id, started_at);
CREATE INDEX assignment_server_version ON assignment (server_version);

CREATE FUNCTION keep_assignment_history() RETURNS trigger
LANGUAGE plpgsql SET search_path = trellis, pg_temp AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'case allocation history cannot be removed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.ended_at IS NOT NULL OR NEW.ended_at IS NULL
       OR (NEW.id, NEW.young_person_id, NEW.worker_id, NEW.started_at, NEW.started_by)
          IS DISTINCT FROM (OLD.id, OLD.young_person_id, OLD.worker_id, OLD.started_at, OLD.started_by) THEN
        RAISE EXCEPTION 'an allocation can only be ended, once' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    NEW.server_version := nextval('trellis.change_seq');
    NEW.server_xid := pg_current_xact_id();
    RETURN NEW;
END
$$;
CREATE TRIGGER assignment_update BEFORE UPDATE ON assignment FOR EACH ROW EXECUTE FUNCTION keep_assignment_history();
CREATE TRIGGER assignment_no_delete BEFORE DELETE OR TRUNCATE ON assignment
    FOR EACH STATEMENT EXECUTE FUNCTION keep_assignment_history();

-- The central audit log: every client's audit events (who did what to which record, never what
-- the record says), one row per applied, conflicting or rejected change, and every
-- administrative action. Append-only three times over: no application role has any privilege
-- on it, its owner has revoked its own UPDATE, DELETE and TRUNCATE, and the trigger refuses
-- them for everyone, superusers included (retention is a superuser disabling the trigger, on
-- the record).
CREATE TABLE audit_event (
    id            uuid PRIMARY KEY,
    seq           bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    received_at   timestamptz NOT NULL DEFAULT now(),
    received_from text NOT NULL DEFAULT session_user,
    source        text NOT NULL CHECK (source IN ('client', 'sync', 'admin')),
    occurred_at   timestamptz NOT NULL,
    actor         text NOT NULL CHECK (length(actor) BETWEEN 1 AND 64),
    action        text NOT NULL CHECK (action IN (
        'view', 'create', 'update', 'delete', 'export', 'import', 'print', 'unlock', 'failed_unlock', 'lock', 'rekey',
        'change_applied', 'change_conflict', 'change_rejected', 'purge',
        'add_worker', 'assign', 'reassign', 'deactivate_worker')),
    entity        text CHECK (entity IS NULL OR length(entity) <= 40),
    entity_id     text CHECK (entity_id IS NULL OR length(entity_id) <= 36),
    record_count  integer CHECK (record_count IS NULL OR record_count >= 0),
    change_id     uuid,
    -- Why a change was refused or what an administrator changed: a rule or field name and
    -- logins, never a value from a record.
    reason        text CHECK (reason IS NULL OR length(reason) <= 200)
);
CREATE INDEX audit_event_received ON audit_event (received_at);
CREATE INDEX audit_event_entity ON audit_event (entity_id) WHERE entity_id IS NOT NULL;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM trellis_owner;

CREATE FUNCTION refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = trellis, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'central audit events cannot be changed or removed' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();

-- Row-level security on every table, forced on the owner too: SECURITY DEFINER functions run
-- as trellis_owner, and without FORCE the owner would skip every policy.
ALTER TABLE schema_version ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE worker ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE young_person ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE intervention ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE contact ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE safety_plan ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE trusted_adult ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE safety_plan_item ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE trusted_adult_link ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE episode ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE team ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE worker_account ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE assignment ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;

-- The schema version is no secret; clients check it before they sync.
CREATE POLICY schema_version_read ON schema_version FOR SELECT TO trellis_owner USING (true);

CREATE FUNCTION trellis_schema_version() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
    SELECT coalesce(max(v.version), 0) FROM trellis.schema_version AS v
$$;
REVOKE ALL ON FUNCTION trellis_schema_version() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trellis_schema_version() TO trellis_app;

RESET ROLE;
