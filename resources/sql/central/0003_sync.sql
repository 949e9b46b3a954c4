-- Trellis central store, schema version 3: the push side of sync (docs/sync.md).
--
-- trellis_push(batch) takes a JSON array of changes from a laptop's outbox and answers with one
-- result per change, in order. Each change runs in its own subtransaction, so one bad change is
-- rejected and quarantined while the rest of the batch goes on. Every change leaves:
--   a receipt (change_receipt): its stored result, so a change sent again returns the same
--     answer and changes nothing;
--   one central audit row: change_applied, change_conflict or change_rejected, ids and field
--     names only;
--   when fields clash, an open conflict per field and losing author (change_conflict) that keeps
--     the base, the server's value (kept current) and the incoming value with their authors;
--   when refused, the whole change in change_quarantine with the reason.
--
-- Security discipline as in 0001/0002: the new tables have FORCE ROW LEVEL SECURITY; the owner
-- (and so every SECURITY DEFINER function) may write only through the narrow INSERT and UPDATE
-- policies below, which repeat the visibility rules, so that a fault in the push code still
-- cannot write a record the calling worker may not see. No policy allows DELETE anywhere;
-- receipts and quarantine are append-only (privilege revoked from the owner, and a trigger for
-- everyone); a conflict can only move from open to resolved. Identifiers in dynamic SQL come
-- from the catalogue, for a fixed list of tables, and are quoted with format('%I'); values
-- travel with USING and are typed by jsonb_populate_record.
--
-- Speed (docs/benchmarks.md, "Sync (issue 4)"): a push costs about a millisecond per change
-- whatever the caller's caseload, because row-level security asks a view per row
-- (trellis_acl.caller_young_people) instead of building the caller's whole caseload in every
-- statement, records are read and written by per-table functions with static SQL whose plans
-- PL/pgSQL keeps (sync_make_writers), and small helpers are inlined. Each change still runs in
-- its own subtransaction: measured, that costs little, and it is what keeps a refused change
-- from leaving any partial write.

SET LOCAL search_path = trellis, pg_temp;
SET LOCAL ROLE trellis_owner;

-- --- tables -------------------------------------------------------------------------------------

-- What each change came to. written_version is the server_version this change gave its record
-- (NULL when it wrote nothing), so a later delete can tell a worker's own edits from others'.
CREATE TABLE change_receipt (
    change_id       uuid PRIMARY KEY,
    login           text NOT NULL DEFAULT session_user,
    batch_id        uuid NOT NULL,
    entity          text NOT NULL CHECK (length(entity) <= 40),
    record_id       uuid NOT NULL,
    result          jsonb NOT NULL,
    written_version bigint,
    received_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_receipt_login_written ON change_receipt (login, written_version)
    WHERE written_version IS NOT NULL;
CREATE UNIQUE INDEX change_receipt_written ON change_receipt (written_version) WHERE written_version IS NOT NULL;

-- One row per field and losing author while the clash is open. The record's young person is
-- kept (NULL for a trusted adult) because visibility follows the record: everyone who can see
-- the record, and so could have written either side, can read the clash.
CREATE TABLE change_conflict (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    entity               text NOT NULL CHECK (length(entity) <= 40),
    record_id            uuid NOT NULL,
    young_person_id      uuid REFERENCES young_person (id),
    field                text NOT NULL CHECK (length(field) <= 63),
    base_value           jsonb,
    -- The value that stayed current, and who wrote it when; updated whenever the field changes.
    server_value         jsonb,
    server_login         text,
    server_changed_at    timestamptz,
    server_version       bigint,
    -- The losing value; a later change of the same author to the same field replaces it.
    incoming_value       jsonb,
    incoming_login       text NOT NULL,
    incoming_made_by     text,
    incoming_made_at     timestamptz NOT NULL,
    incoming_received_at timestamptz NOT NULL DEFAULT now(),
    first_change_id      uuid NOT NULL,
    incoming_change_id   uuid NOT NULL,
    status               text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    opened_at            timestamptz NOT NULL DEFAULT now(),
    resolved_at          timestamptz,
    resolved_by          text,
    resolved_change_id   uuid,
    resolved_value       jsonb,
    CHECK ((status = 'open') = (resolved_at IS NULL) AND (resolved_at IS NULL) = (resolved_by IS NULL))
);
CREATE UNIQUE INDEX change_conflict_open ON change_conflict (record_id, field, incoming_login) WHERE status = 'open';
CREATE INDEX change_conflict_young_person ON change_conflict (young_person_id);

-- A refused change, kept whole for the author's supervisor to read.
CREATE TABLE change_quarantine (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    change_id        uuid,
    author_login     text NOT NULL DEFAULT session_user,
    author_worker_id uuid NOT NULL,
    entity           text CHECK (entity IS NULL OR length(entity) <= 40),
    record_id        uuid,
    change           jsonb NOT NULL,
    reason           text NOT NULL CHECK (length(reason) <= 200),
    received_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_quarantine_author ON change_quarantine (author_worker_id, received_at);

-- The reallocation grace (docs/sync.md, "Reallocation"): while sync_apply runs one change that
-- its author made before the young person it is about was moved away from them, that young
-- person, for that author. caller_young_people (and so every policy) counts this row, so the one
-- change goes through the ordinary merge. A row lives only while its change runs: sync_apply
-- deletes it before it returns, and a refused change's subtransaction takes it back, so no other
-- statement (a pull, the next change) ever sees it. Its INSERT policy asks the rule itself
-- (trellis_acl.caller_may_grace), so a fault in the push code cannot open the grace wider.
CREATE TABLE sync_grace (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    login           text NOT NULL DEFAULT session_user,
    young_person_id uuid NOT NULL,
    change_id       uuid NOT NULL,
    made_at         timestamptz NOT NULL
);
REVOKE UPDATE, TRUNCATE ON sync_grace FROM trellis_owner;

REVOKE UPDATE, DELETE, TRUNCATE ON change_receipt, change_quarantine FROM trellis_owner;
REVOKE DELETE, TRUNCATE ON change_conflict FROM trellis_owner;

CREATE FUNCTION refuse_history_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = trellis, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '% rows cannot be changed or removed', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER change_receipt_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON change_receipt
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER change_quarantine_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON change_quarantine
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();

-- A conflict keeps what it is about, and its first base and change, for good; once resolved it
-- stays resolved.
CREATE FUNCTION keep_conflict_history() RETURNS trigger
LANGUAGE plpgsql SET search_path = trellis, pg_temp AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'conflicts cannot be removed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.status = 'resolved'
       OR (NEW.id, NEW.entity, NEW.record_id, NEW.young_person_id, NEW.field, NEW.base_value, NEW.incoming_login,
           NEW.first_change_id, NEW.opened_at)
          IS DISTINCT FROM (OLD.id, OLD.entity, OLD.record_id, OLD.young_person_id, OLD.field, OLD.base_value,
                            OLD.incoming_login, OLD.first_change_id, OLD.opened_at) THEN
        RAISE EXCEPTION 'a conflict can only be updated while open, and only in its values'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER change_conflict_update BEFORE UPDATE ON change_conflict
    FOR EACH ROW EXECUTE FUNCTION keep_conflict_history();
CREATE TRIGGER change_conflict_no_delete BEFORE DELETE OR TRUNCATE ON change_conflict
    FOR EACH STATEMENT EXECUTE FUNCTION keep_conflict_history();

ALTER TABLE change_receipt ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE change_conflict ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE change_quarantine ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
ALTER TABLE sync_grace ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;

-- --- what the visibility helpers may read --------------------------------------------------------

-- Trusted adults are visible through links and plan items, so the helper that lists them reads
-- those (ids and deleted flags only). Who wrote a version is read from the receipts.
GRANT SELECT (id, changed_by_login) ON young_person TO trellis_acl;
GRANT SELECT (id, changed_by_login) ON trusted_adult TO trellis_acl;
GRANT SELECT (young_person_id, trusted_adult_id, deleted) ON trusted_adult_link TO trellis_acl;
GRANT SELECT (id, young_person_id) ON safety_plan TO trellis_acl;
GRANT SELECT (safety_plan_id, trusted_adult_id, deleted) ON safety_plan_item TO trellis_acl;
GRANT SELECT (login, written_version, received_at) ON change_receipt TO trellis_acl;
CREATE POLICY acl_reads ON trusted_adult FOR SELECT TO trellis_acl USING (true);
CREATE POLICY acl_reads ON trusted_adult_link FOR SELECT TO trellis_acl USING (true);
CREATE POLICY acl_reads ON safety_plan FOR SELECT TO trellis_acl USING (true);
CREATE POLICY acl_reads ON safety_plan_item FOR SELECT TO trellis_acl USING (true);
CREATE POLICY acl_reads ON change_receipt FOR SELECT TO trellis_acl USING (true);
-- The reallocation grace reads which young person a stored record belongs to (ids only), the
-- caller's purge receipts, and the caller's own grace row.
GRANT SELECT (id, young_person_id) ON intervention, contact, episode TO trellis_acl;
GRANT SELECT (id) ON trusted_adult_link, safety_plan_item TO trellis_acl;
GRANT SELECT (entity_id, action, actor, received_at) ON audit_event TO trellis_acl;
GRANT SELECT (login, young_person_id) ON sync_grace TO trellis_acl;
CREATE POLICY acl_reads ON intervention FOR SELECT TO trellis_acl USING (true);
CREATE POLICY acl_reads ON contact FOR SELECT TO trellis_acl USING (true);
CREATE POLICY acl_reads ON episode FOR SELECT TO trellis_acl USING (true);
CREATE POLICY acl_reads_purges ON audit_event FOR SELECT TO trellis_acl USING (action = 'purge');
CREATE POLICY acl_reads ON sync_grace FOR SELECT TO trellis_acl USING (login = session_user);

SET LOCAL ROLE trellis_acl;

-- The caller's worker id, when their account is active.
CREATE FUNCTION trellis_acl.caller_worker_id() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
    SELECT a.worker_id FROM trellis.worker_account AS a WHERE a.login = session_user AND a.active
$$;

-- The young people the caller may see, as a view rather than a function: the rule of
-- caller_young_person_ids() (0002), written so the planner can see through it. Policies ask it
-- with a correlated EXISTS, so a statement that touches one row (every statement of a push)
-- costs one index lookup on assignment, whatever the size of the caller's caseload, while a
-- statement over many rows (a pull) gets the whole set once, hashed. The function in an
-- IN (SELECT ...) that the policies used before was run whole by every statement: the caller's
-- entire caseload (every young person, for a manager) several times per change pushed.
-- The view is two single-table scans, each gated by a value computed once per statement (the
-- caller's caseload workers; whether the caller is a manager), because every statement on a
-- synced table plans it again: joins here made planning cost more than running. Like the
-- helpers, it answers only about session_user, and only trellis_owner may read it. A young
-- person has at most one current assignment, and caller_caseload_workers() is empty for a
-- manager, so no id comes twice.
--
-- The two values the view is gated by are PL/pgSQL, which keeps its plans for the session: a SQL
-- function is planned again at every call, and these are called by every statement.
CREATE FUNCTION trellis_acl.caller_caseload_workers() RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
BEGIN
    RETURN (SELECT coalesce(array_agg(w.worker_id), '{}')
            FROM trellis.worker_account AS c
            JOIN trellis.worker_account AS w
              ON w.worker_id = c.worker_id OR (c.role = 'supervisor' AND w.team_id = c.team_id)
            WHERE c.login = session_user AND c.active AND c.role <> 'manager');
END
$$;
CREATE OR REPLACE FUNCTION trellis_acl.caller_is_manager() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM trellis.worker_account AS a
                   WHERE a.login = session_user AND a.active AND a.role = 'manager');
END
$$;
CREATE VIEW trellis_acl.caller_young_people AS
    SELECT a.young_person_id FROM trellis.assignment AS a
    WHERE a.ended_at IS NULL AND a.worker_id = ANY ((SELECT trellis_acl.caller_caseload_workers())::uuid[])
    UNION ALL
    SELECT y.id FROM trellis.young_person AS y WHERE (SELECT trellis_acl.caller_is_manager())
    UNION ALL
    -- The young person of the change running under the reallocation grace, if any (sync_grace):
    -- only while that change runs, and only for one the caller does not see otherwise.
    SELECT g.young_person_id FROM trellis.sync_grace AS g WHERE g.login = session_user;

-- caller_young_person_ids() keeps its name and answer (other helpers and 0002's callers use it),
-- now read from the view.
CREATE OR REPLACE FUNCTION trellis_acl.caller_young_person_ids() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
    SELECT v.young_person_id FROM trellis_acl.caller_young_people AS v
$$;

-- The trusted adults the caller may see: those linked to, or named in a plan item of, a young
-- person the caller may see; and an adult the caller wrote that nobody has linked or named yet
-- (created offline, waiting for its link in the same or a later batch). An adult that has ever
-- been linked or named follows its links only, so losing a young person loses their adults.
CREATE FUNCTION trellis_acl.caller_trusted_adult_ids() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
    SELECT l.trusted_adult_id FROM trellis.trusted_adult_link AS l
    WHERE NOT l.deleted AND l.young_person_id IN (SELECT trellis_acl.caller_young_person_ids())
    UNION
    SELECT i.trusted_adult_id FROM trellis.safety_plan_item AS i
    JOIN trellis.safety_plan AS p ON p.id = i.safety_plan_id
    WHERE NOT i.deleted AND i.trusted_adult_id IS NOT NULL
      AND p.young_person_id IN (SELECT trellis_acl.caller_young_person_ids())
    UNION
    SELECT t.id FROM trellis.trusted_adult AS t
    WHERE t.changed_by_login = session_user AND trellis_acl.caller_worker_id() IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM trellis.trusted_adult_link AS l WHERE l.trusted_adult_id = t.id)
      AND NOT EXISTS (SELECT 1 FROM trellis.safety_plan_item AS i WHERE i.trusted_adult_id = t.id)
$$;

-- Whether the caller may take a young person into their caseload: one they have just written
-- and that nobody has ever held (the young person a worker creates offline).
CREATE FUNCTION trellis_acl.caller_may_claim(p_young_person uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
    SELECT trellis_acl.caller_worker_id() IS NOT NULL
       AND EXISTS (SELECT 1 FROM trellis.young_person AS y
                   WHERE y.id = p_young_person AND y.changed_by_login = session_user)
       AND NOT EXISTS (SELECT 1 FROM trellis.assignment AS a WHERE a.young_person_id = p_young_person)
$$;

-- The young person a change is about, as the central store knows it (the reallocation grace):
-- the stored record's when the record exists, whatever the change says; else the one a new
-- record names (a plan item: its plan's). NULL for a trusted adult, and when there is none.
-- p_values are the change's fields, already typed by their columns.
CREATE FUNCTION trellis_acl.grace_young_person(p_entity text, p_record uuid, p_values jsonb) RETURNS uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
DECLARE
    v_young_person uuid;
BEGIN
    CASE p_entity
        WHEN 'young_person' THEN
            SELECT y.id INTO v_young_person FROM trellis.young_person AS y WHERE y.id = p_record;
        WHEN 'intervention' THEN
            SELECT r.young_person_id INTO v_young_person FROM trellis.intervention AS r WHERE r.id = p_record;
        WHEN 'contact' THEN
            SELECT r.young_person_id INTO v_young_person FROM trellis.contact AS r WHERE r.id = p_record;
        WHEN 'episode' THEN
            SELECT r.young_person_id INTO v_young_person FROM trellis.episode AS r WHERE r.id = p_record;
        WHEN 'safety_plan' THEN
            SELECT r.young_person_id INTO v_young_person FROM trellis.safety_plan AS r WHERE r.id = p_record;
        WHEN 'trusted_adult_link' THEN
            SELECT r.young_person_id INTO v_young_person FROM trellis.trusted_adult_link AS r WHERE r.id = p_record;
        WHEN 'safety_plan_item' THEN
            SELECT p.young_person_id INTO v_young_person
            FROM trellis.safety_plan_item AS i JOIN trellis.safety_plan AS p ON p.id = i.safety_plan_id
            WHERE i.id = p_record;
        ELSE
            RETURN NULL;
    END CASE;
    IF v_young_person IS NOT NULL OR p_entity = 'young_person' THEN
        RETURN v_young_person;
    END IF;
    IF p_entity = 'safety_plan_item' THEN
        RETURN (SELECT p.young_person_id FROM trellis.safety_plan AS p
                WHERE p.id = (p_values ->> 'safety_plan_id')::uuid);
    END IF;
    RETURN (p_values ->> 'young_person_id')::uuid;
END
$$;

-- The reallocation grace (docs/sync.md, "Reallocation"): whether a change the caller made at
-- p_made_at about p_young_person, whom they may not see now, is judged as if they could. Exactly
-- when an allocation of the young person to the caller's own worker (active account) has ended,
-- the change was made before it ended, it arrives within 30 days of the end, and the caller has
-- sent no purge receipt for the young person since (a Trellis laptop pushes before it purges,
-- and holds nothing to send after). Received times are the server's; only made_at is the
-- laptop's, which is why the 30 days bound what a back-dated made_at can do.
CREATE FUNCTION trellis_acl.caller_may_grace(p_young_person uuid, p_made_at timestamptz) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
    SELECT p_young_person IS NOT NULL AND p_made_at IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM trellis_acl.caller_young_people AS v WHERE v.young_person_id = p_young_person)
       AND EXISTS (SELECT 1 FROM trellis.assignment AS a
                   WHERE a.young_person_id = p_young_person
                     AND a.worker_id = trellis_acl.caller_worker_id()
                     AND a.ended_at IS NOT NULL
                     AND p_made_at < a.ended_at
                     AND now() < a.ended_at + interval '30 days'
                     AND NOT EXISTS (SELECT 1 FROM trellis.audit_event AS e
                                     WHERE e.entity_id = p_young_person::text AND e.action = 'purge'
                                       AND e.actor = session_user AND e.received_at >= a.ended_at))
$$;

-- Who wrote a server version through a push, and when: the author of a field's current value.
CREATE FUNCTION trellis_acl.version_author(p_version bigint)
RETURNS TABLE (login text, received_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
    SELECT r.login, r.received_at FROM trellis.change_receipt AS r WHERE r.written_version = p_version
$$;

REVOKE ALL ON FUNCTION trellis_acl.caller_worker_id() FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_acl.caller_caseload_workers() FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_acl.caller_trusted_adult_ids() FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_acl.caller_may_claim(uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_acl.version_author(bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_acl.grace_young_person(text, uuid, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_acl.caller_may_grace(uuid, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trellis_acl.caller_worker_id() TO trellis_owner;
GRANT EXECUTE ON FUNCTION trellis_acl.caller_caseload_workers() TO trellis_owner;
GRANT EXECUTE ON FUNCTION trellis_acl.caller_trusted_adult_ids() TO trellis_owner;
GRANT EXECUTE ON FUNCTION trellis_acl.caller_may_claim(uuid) TO trellis_owner;
GRANT EXECUTE ON FUNCTION trellis_acl.version_author(bigint) TO trellis_owner;
GRANT EXECUTE ON FUNCTION trellis_acl.grace_young_person(text, uuid, jsonb) TO trellis_owner;
GRANT EXECUTE ON FUNCTION trellis_acl.caller_may_grace(uuid, timestamptz) TO trellis_owner;
GRANT SELECT ON trellis_acl.caller_young_people TO trellis_owner;

SET LOCAL ROLE trellis_owner;

-- --- policies ----------------------------------------------------------------------------------

-- Every policy that names the caller's young people asks the view caller_young_people with a
-- correlated EXISTS (see the view for why), after asking once per statement whether the caller
-- is a manager, who sees every young person: a manager's statements then check nothing per row.
-- (Every column these policies name is a NOT NULL reference to young_person, and every
-- reference a push writes is checked to be visible first, so "every row" is "every young
-- person's row", as before.) The SELECT policies of 0002 are written again here in that form,
-- with the same rule. Conflicts, whose young_person_id may be NULL, ask the view alone.
DO $reads$
DECLARE
    v_table text;
BEGIN
    FOREACH v_table IN ARRAY ARRAY['assignment', 'intervention', 'contact', 'safety_plan', 'episode',
                                   'trusted_adult_link'] LOOP
        EXECUTE format('DROP POLICY caller_reads ON %I', v_table);
        EXECUTE format('CREATE POLICY caller_reads ON %1$I FOR SELECT TO trellis_owner USING ((SELECT trellis_acl.caller_is_manager()) OR EXISTS ('
                       'SELECT 1 FROM trellis_acl.caller_young_people AS v WHERE v.young_person_id = %1$I.young_person_id))',
                       v_table);
    END LOOP;
END
$reads$;
DROP POLICY caller_reads ON young_person;
CREATE POLICY caller_reads ON young_person FOR SELECT TO trellis_owner
    USING (((SELECT trellis_acl.caller_is_manager()) OR EXISTS (SELECT 1 FROM trellis_acl.caller_young_people AS v WHERE v.young_person_id = young_person.id)));
-- A plan item follows its plan (0002's policy, which reads safety_plan under the policy above)
-- and a trusted adult the caller_trusted_adult_ids() helper: those stay sets, built once per
-- statement. The adult rule now lives in one helper (0002 wrote it inline), which adds the
-- caller's own adult that is not linked yet.
DROP POLICY caller_reads ON trusted_adult;
CREATE POLICY caller_reads ON trusted_adult FOR SELECT TO trellis_owner
    USING (id IN (SELECT trellis_acl.caller_trusted_adult_ids()));

-- Writes by the owner: only rows of young people the caller may see, before and after.
-- Contacts get no UPDATE policy at all: they are append-only.
CREATE POLICY caller_inserts ON young_person FOR INSERT TO trellis_owner
    WITH CHECK (lead_worker_id = (SELECT trellis_acl.caller_worker_id()));
CREATE POLICY caller_updates ON young_person FOR UPDATE TO trellis_owner
    USING (((SELECT trellis_acl.caller_is_manager()) OR EXISTS (SELECT 1 FROM trellis_acl.caller_young_people AS v WHERE v.young_person_id = young_person.id)))
    WITH CHECK (((SELECT trellis_acl.caller_is_manager()) OR EXISTS (SELECT 1 FROM trellis_acl.caller_young_people AS v WHERE v.young_person_id = young_person.id)));
CREATE POLICY caller_inserts ON trusted_adult FOR INSERT TO trellis_owner
    WITH CHECK ((SELECT trellis_acl.caller_worker_id()) IS NOT NULL);
CREATE POLICY caller_updates ON trusted_adult FOR UPDATE TO trellis_owner
    USING (id IN (SELECT trellis_acl.caller_trusted_adult_ids()))
    WITH CHECK (id IN (SELECT trellis_acl.caller_trusted_adult_ids()));
CREATE POLICY caller_inserts ON trusted_adult_link FOR INSERT TO trellis_owner
    WITH CHECK (((SELECT trellis_acl.caller_is_manager()) OR EXISTS (SELECT 1 FROM trellis_acl.caller_young_people AS v
                        WHERE v.young_person_id = trusted_adult_link.young_person_id))
                AND trusted_adult_id IN (SELECT trellis_acl.caller_trusted_adult_ids()));
CREATE POLICY caller_updates ON trusted_adult_link FOR UPDATE TO trellis_owner
    USING (((SELECT trellis_acl.caller_is_manager()) OR EXISTS (SELECT 1 FROM trellis_acl.caller_young_people AS v
                   WHERE v.young_person_id = trusted_adult_link.young_person_id)))
    WITH CHECK (((SELECT trellis_acl.caller_is_manager()) OR EXISTS (SELECT 1 FROM trellis_acl.caller_young_people AS v
                        WHERE v.young_person_id = trusted_adult_link.young_person_id))
                AND trusted_adult_id IN (SELECT trellis_acl.caller_trusted_adult_ids()));
-- Records that belong straight to a young person; the table names are this list's.
DO $policies$
DECLARE
    v_table text;
    v_check text;
BEGIN
    FOREACH v_table IN ARRAY ARRAY['intervention', 'contact', 'safety_plan', 'episode'] LOOP
        v_check := format('(SELECT trellis_acl.caller_is_manager()) OR EXISTS (SELECT 1 FROM '
                          'trellis_acl.caller_young_people AS v WHERE v.young_person_id = %I.young_person_id)', v_table);
        EXECUTE format('CREATE POLICY caller_inserts ON %I FOR INSERT TO trellis_owner WITH CHECK (%s)',
                       v_table, v_check);
        CONTINUE WHEN v_table = 'contact';
        EXECUTE format('CREATE POLICY caller_updates ON %I FOR UPDATE TO trellis_owner USING (%s) WITH CHECK (%s)',
                       v_table, v_check, v_check);
    END LOOP;
END
$policies$;
CREATE POLICY caller_inserts ON safety_plan_item FOR INSERT TO trellis_owner
    WITH CHECK (safety_plan_id IN (SELECT p.id FROM safety_plan AS p)
                AND (trusted_adult_id IS NULL
                     OR trusted_adult_id IN (SELECT trellis_acl.caller_trusted_adult_ids())));
CREATE POLICY caller_updates ON safety_plan_item FOR UPDATE TO trellis_owner
    USING (safety_plan_id IN (SELECT p.id FROM safety_plan AS p))
    WITH CHECK (safety_plan_id IN (SELECT p.id FROM safety_plan AS p)
                AND (trusted_adult_id IS NULL
                     OR trusted_adult_id IN (SELECT trellis_acl.caller_trusted_adult_ids())));
-- (safety_plan in the item policies is read under its own SELECT policy: the caller's plans.)

-- A young person created offline joins its creator's caseload, and nothing else may be allocated
-- by a worker.
CREATE POLICY caller_claims ON assignment FOR INSERT TO trellis_owner
    WITH CHECK (worker_id = (SELECT trellis_acl.caller_worker_id()) AND ended_at IS NULL
                AND started_by = session_user AND trellis_acl.caller_may_claim(young_person_id));

-- One audit row per change, in the caller's name.
CREATE POLICY caller_sync_audit ON audit_event FOR INSERT TO trellis_owner
    WITH CHECK (source = 'sync' AND received_from = session_user AND actor = session_user
                AND action IN ('change_applied', 'change_conflict', 'change_rejected'));

CREATE POLICY caller_reads ON change_receipt FOR SELECT TO trellis_owner USING (login = session_user);
CREATE POLICY caller_inserts ON change_receipt FOR INSERT TO trellis_owner WITH CHECK (login = session_user);

-- A clash is about a record, so it is visible to whoever may see that record.
CREATE POLICY caller_reads ON change_conflict FOR SELECT TO trellis_owner
    USING (EXISTS (SELECT 1 FROM trellis_acl.caller_young_people AS v
                   WHERE v.young_person_id = change_conflict.young_person_id)
           OR (young_person_id IS NULL AND record_id IN (SELECT trellis_acl.caller_trusted_adult_ids())));
CREATE POLICY caller_inserts ON change_conflict FOR INSERT TO trellis_owner
    WITH CHECK (incoming_login = session_user AND status = 'open'
                AND (EXISTS (SELECT 1 FROM trellis_acl.caller_young_people AS v
                             WHERE v.young_person_id = change_conflict.young_person_id)
                     OR (young_person_id IS NULL AND record_id IN (SELECT trellis_acl.caller_trusted_adult_ids()))));
CREATE POLICY caller_updates ON change_conflict FOR UPDATE TO trellis_owner
    USING (status = 'open'
           AND (EXISTS (SELECT 1 FROM trellis_acl.caller_young_people AS v
                        WHERE v.young_person_id = change_conflict.young_person_id)
                OR (young_person_id IS NULL AND record_id IN (SELECT trellis_acl.caller_trusted_adult_ids()))))
    WITH CHECK (EXISTS (SELECT 1 FROM trellis_acl.caller_young_people AS v
                        WHERE v.young_person_id = change_conflict.young_person_id)
                OR (young_person_id IS NULL AND record_id IN (SELECT trellis_acl.caller_trusted_adult_ids())));

-- The author, their supervisor (their team's caseloads) and managers read a refused change.
CREATE POLICY caller_reads ON change_quarantine FOR SELECT TO trellis_owner
    USING (author_worker_id IN (SELECT trellis_acl.caller_caseload_worker_ids()));
CREATE POLICY caller_inserts ON change_quarantine FOR INSERT TO trellis_owner
    WITH CHECK (author_login = session_user AND author_worker_id = (SELECT trellis_acl.caller_worker_id()));

-- The reallocation grace row of the caller's running change: written only when the rule holds,
-- deleted by the same change (the one DELETE policy of the schema: this row is not history).
CREATE POLICY caller_reads ON sync_grace FOR SELECT TO trellis_owner USING (login = session_user);
CREATE POLICY caller_inserts ON sync_grace FOR INSERT TO trellis_owner
    WITH CHECK (login = session_user AND trellis_acl.caller_may_grace(young_person_id, made_at));
CREATE POLICY caller_deletes ON sync_grace FOR DELETE TO trellis_owner USING (login = session_user);

-- --- the merge, in internal functions (not callable by workers; they run as the owner) -------------

-- The synced tables a client may write, and the columns of each it may set: every column but
-- the id and the stamps, read from the catalogue (sync_make_writers() below writes them into
-- sync_fields, so that a push does not ask the catalogue once per change).
CREATE FUNCTION sync_catalogue_fields(p_entity text) RETURNS text[]
LANGUAGE sql STABLE SET search_path = trellis, pg_temp AS $$
    SELECT array_agg(a.attname::text ORDER BY a.attnum)
    FROM pg_catalog.pg_attribute AS a
    WHERE p_entity IN ('young_person', 'trusted_adult', 'trusted_adult_link', 'intervention', 'contact',
                       'safety_plan', 'safety_plan_item', 'episode')
      AND a.attrelid = to_regclass(format('trellis.%I', p_entity))
      AND a.attnum > 0 AND NOT a.attisdropped
      AND a.attname NOT IN ('id', 'created_at', 'created_by', 'updated_at', 'updated_by', 'server_version',
                            'server_xid', 'server_changed_at', 'changed_by_login', 'field_versions')
$$;

-- Writes the functions a push reads and writes records through, one set per synced table, with
-- static SQL: PL/pgSQL prepares a static statement once per session and keeps its plan, where
-- EXECUTE plans again every time, and planning a statement on a table with row-level security
-- (its policies, their subqueries) cost more than running it. For each table:
--   sync_current_<table>(id)        the row as JSON, locked unless append-only (NULL: not visible)
--   sync_insert_<table>(values)     INSERT of every client column, id and stamps; a column the
--                                   change does not set takes its default, as an INSERT that
--                                   leaves it out would (defaults here are constants; checked)
--   sync_update_<table>(values, id) UPDATE setting every client column and updated_*: those the
--                                   change does not set keep their value (jsonb_populate_record
--                                   over the current row), so the stamp trigger sees only the
--                                   written fields change; returns the new row as JSON
-- and sync_fields(entity), the client columns of each table. The column lists are the
-- catalogue's when this runs: a later migration that changes a synced table's columns must call
-- trellis.sync_make_writers() again (the tests compare sync_fields with the catalogue).
CREATE FUNCTION sync_make_writers() RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = trellis, pg_temp AS $make$
DECLARE
    v_entity text;
    v_fields text[];
    v_columns text;
    v_defaults jsonb;
    v_default record;
    v_value jsonb;
    v_cases text := '';
BEGIN
    FOREACH v_entity IN ARRAY ARRAY['young_person', 'trusted_adult', 'trusted_adult_link', 'intervention', 'contact',
                                    'safety_plan', 'safety_plan_item', 'episode'] LOOP
        v_fields := sync_catalogue_fields(v_entity);
        v_columns := (SELECT string_agg(format('%I', f), ', ') FROM unnest(v_fields) AS f);
        v_defaults := '{}';
        FOR v_default IN
            SELECT a.attname::text AS name, pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS expression
            FROM pg_catalog.pg_attrdef AS d
            JOIN pg_catalog.pg_attribute AS a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
            WHERE d.adrelid = to_regclass(format('trellis.%I', v_entity)) AND a.attname = ANY (v_fields) LOOP
            IF v_default.expression !~ '^(''[a-z_]*''::text|true|false|-?[0-9]+)$' THEN
                RAISE EXCEPTION 'the default of %.% is not a constant: sync_make_writers cannot copy it',
                    v_entity, v_default.name;
            END IF;
            EXECUTE format('SELECT to_jsonb(%s)', v_default.expression) INTO v_value;
            v_defaults := v_defaults || jsonb_build_object(v_default.name, v_value);
        END LOOP;
        v_cases := v_cases || format(' WHEN %L THEN %L::text[]', v_entity, v_fields);

        EXECUTE format($f$
CREATE OR REPLACE FUNCTION trellis.%1$I(p_id uuid) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SET search_path = trellis, pg_temp AS $body$
DECLARE
    v_row jsonb;
BEGIN
    SELECT to_jsonb(t) INTO v_row FROM trellis.%2$I AS t WHERE t.id = p_id%3$s;
    RETURN v_row;
END
$body$$f$, 'sync_current_' || v_entity, v_entity, CASE WHEN v_entity = 'contact' THEN '' ELSE ' FOR UPDATE' END);

        EXECUTE format($f$
CREATE OR REPLACE FUNCTION trellis.%1$I(p_values jsonb) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = trellis, pg_temp AS $body$
BEGIN
    INSERT INTO trellis.%2$I (id, created_at, created_by, updated_at, updated_by, %3$s)
    SELECT r.id, r.created_at, r.created_by, r.updated_at, r.updated_by, %4$s
    FROM jsonb_populate_record(NULL::trellis.%2$I, %5$L::jsonb || p_values) AS r;
END
$body$$f$, 'sync_insert_' || v_entity, v_entity, v_columns,
           (SELECT string_agg(format('r.%I', f), ', ') FROM unnest(v_fields) AS f), v_defaults);

        EXECUTE format($f$
CREATE OR REPLACE FUNCTION trellis.%1$I(p_values jsonb, p_id uuid) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SET search_path = trellis, pg_temp AS $body$
DECLARE
    v_row jsonb;
BEGIN
    UPDATE trellis.%2$I AS t SET (%3$s, updated_at, updated_by) =
        (SELECT %4$s, r.updated_at, r.updated_by FROM jsonb_populate_record(t, p_values) AS r)
    WHERE t.id = p_id RETURNING to_jsonb(t) INTO v_row;
    RETURN v_row;
END
$body$$f$, 'sync_update_' || v_entity, v_entity, v_columns,
           (SELECT string_agg(format('r.%I', f), ', ') FROM unnest(v_fields) AS f));

        EXECUTE format('REVOKE ALL ON FUNCTION trellis.%I(uuid) FROM PUBLIC', 'sync_current_' || v_entity);
        EXECUTE format('REVOKE ALL ON FUNCTION trellis.%I(jsonb) FROM PUBLIC', 'sync_insert_' || v_entity);
        EXECUTE format('REVOKE ALL ON FUNCTION trellis.%I(jsonb, uuid) FROM PUBLIC', 'sync_update_' || v_entity);
    END LOOP;
    EXECUTE format($f$
CREATE OR REPLACE FUNCTION trellis.sync_fields(p_entity text) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $body$
    SELECT CASE p_entity%s END
$body$$f$, v_cases);
    REVOKE ALL ON FUNCTION trellis.sync_fields(text) FROM PUBLIC;
END
$make$;
REVOKE ALL ON FUNCTION sync_catalogue_fields(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION sync_make_writers() FROM PUBLIC;
SELECT sync_make_writers();

-- A refusal: the reason names a rule or a field, never a value.
CREATE FUNCTION sync_refuse(p_reason text) RETURNS void
LANGUAGE plpgsql SET search_path = trellis, pg_temp AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'TRL01', MESSAGE = left(p_reason, 200);
END
$$;

-- One answer for a record that does not exist and for one the caller may not see.
-- sync_not_found, sync_uuid and sync_fields name nothing outside pg_catalog and have no SET
-- clause, so that PostgreSQL inlines them into their callers (all of which fix search_path)
-- instead of planning a call of them several times per change.
CREATE FUNCTION sync_not_found() RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT 'record not found or not visible'::text
$$;

CREATE FUNCTION sync_uuid(p_value jsonb) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN jsonb_typeof(p_value) = 'string'
                 AND p_value #>> '{}' ~ '^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$'
                THEN (p_value #>> '{}')::uuid END
$$;

-- Values typed by their columns and turned back into JSON, so that a client's
-- "2026-11-27T10:15:00.000Z" and the server's rendering of the same moment compare equal. A value
-- a column cannot hold is refused with the field's name and type.
CREATE FUNCTION sync_typed(p_entity text, p_values jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = trellis, pg_temp AS $$
DECLARE
    v_row jsonb;
    v_field text;
    v_type text;
BEGIN
    BEGIN
        EXECUTE format('SELECT to_jsonb(r) FROM jsonb_populate_record(NULL::trellis.%I, $1) AS r', p_entity)
            INTO v_row USING p_values;
    EXCEPTION WHEN data_exception THEN
        FOR v_field IN SELECT jsonb_object_keys(p_values) LOOP
            BEGIN
                EXECUTE format('SELECT to_jsonb(r) FROM jsonb_populate_record(NULL::trellis.%I, $1) AS r', p_entity)
                    USING jsonb_build_object(v_field, p_values -> v_field);
            EXCEPTION WHEN data_exception THEN
                SELECT format_type(a.atttypid, a.atttypmod) INTO v_type FROM pg_catalog.pg_attribute AS a
                WHERE a.attrelid = to_regclass(format('trellis.%I', p_entity)) AND a.attname = v_field;
                PERFORM sync_refuse(format('field %s: not a valid %s', v_field, v_type));
            END;
        END LOOP;
        PERFORM sync_refuse('a value is not valid');
    END;
    RETURN (SELECT coalesce(jsonb_object_agg(k, v_row -> k), '{}'::jsonb) FROM jsonb_object_keys(p_values) AS k);
END
$$;

-- The young person a row belongs to (NULL for a trusted adult).
CREATE FUNCTION sync_young_person_of(p_entity text, p_row jsonb) RETURNS uuid
LANGUAGE sql STABLE SET search_path = trellis, pg_temp AS $$
    SELECT CASE p_entity
        WHEN 'young_person' THEN (p_row ->> 'id')::uuid
        WHEN 'trusted_adult' THEN NULL
        WHEN 'safety_plan_item' THEN (SELECT p.young_person_id FROM trellis.safety_plan AS p
                                      WHERE p.id = (p_row ->> 'safety_plan_id')::uuid)
        ELSE (p_row ->> 'young_person_id')::uuid END
$$;

-- Every record a row points to must be one the caller may see; one that does not exist gets
-- the same answer (a foreign-key error would tell them apart).
CREATE FUNCTION sync_check_references(p_values jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = trellis, pg_temp AS $$
BEGIN
    IF (p_values ->> 'young_person_id') IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM young_person AS y WHERE y.id = (p_values ->> 'young_person_id')::uuid) THEN
        PERFORM sync_refuse(sync_not_found());
    END IF;
    IF (p_values ->> 'safety_plan_id') IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM safety_plan AS p WHERE p.id = (p_values ->> 'safety_plan_id')::uuid) THEN
        PERFORM sync_refuse(sync_not_found());
    END IF;
    IF (p_values ->> 'trusted_adult_id') IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM trusted_adult AS t WHERE t.id = (p_values ->> 'trusted_adult_id')::uuid) THEN
        PERFORM sync_refuse(sync_not_found());
    END IF;
END
$$;

-- The current row as JSON (locked unless append-only), or NULL when the caller cannot see it.
-- The entity is one of sync_fields' (checked before any call); only the call is planned here.
CREATE FUNCTION sync_current(p_entity text, p_id uuid) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SET search_path = trellis, pg_temp AS $$
DECLARE
    v_row jsonb;
BEGIN
    EXECUTE format('SELECT trellis.%I($1)', 'sync_current_' || p_entity) INTO v_row USING p_id;
    RETURN v_row;
END
$$;

-- Opens a conflict on one field, or, when the same author already has one open there, makes
-- their latest value the losing one (offline edits A->B->C keep one conflict).
CREATE FUNCTION sync_open_conflict(p_change jsonb, p_row jsonb, p_field text, p_base jsonb, p_server jsonb,
                                   p_incoming jsonb) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = trellis, pg_temp AS $$
DECLARE
    v_entity text := p_change ->> 'entity';
    v_record uuid := (p_row ->> 'id')::uuid;
    v_change_id uuid := (p_change ->> 'change_id')::uuid;
    v_version bigint := (p_row -> 'field_versions' ->> p_field)::bigint;
    v_login text;
    v_at timestamptz;
BEGIN
    -- The field's author: the push that wrote its version; else the row's last writer when that
    -- write was the one; else (unchanged since insert) whoever created the row.
    IF p_field = 'deleted' OR v_version = (p_row ->> 'server_version')::bigint THEN
        v_login := p_row ->> 'changed_by_login';
        v_at := (p_row ->> 'server_changed_at')::timestamptz;
    ELSIF v_version IS NOT NULL THEN
        SELECT a.login, a.received_at INTO v_login, v_at FROM trellis_acl.version_author(v_version) AS a;
    ELSE
        v_login := p_row ->> 'created_by';
        v_at := (p_row ->> 'created_at')::timestamptz;
    END IF;
    UPDATE change_conflict AS c
    SET incoming_value = p_incoming, incoming_made_by = p_change ->> 'made_by',
        incoming_made_at = (p_change ->> 'made_at')::timestamptz, incoming_received_at = now(),
        incoming_change_id = v_change_id, server_value = p_server
    WHERE c.record_id = v_record AND c.field = p_field AND c.incoming_login = session_user AND c.status = 'open';
    IF NOT FOUND THEN
        INSERT INTO change_conflict (entity, record_id, young_person_id, field, base_value, server_value, server_login,
                                     server_changed_at, server_version, incoming_value, incoming_login,
                                     incoming_made_by, incoming_made_at, first_change_id, incoming_change_id)
        VALUES (v_entity, v_record, sync_young_person_of(v_entity, p_row), p_field, p_base, p_server, v_login, v_at,
                coalesce(v_version, (p_row ->> 'server_version')::bigint), p_incoming, session_user,
                p_change ->> 'made_by', (p_change ->> 'made_at')::timestamptz, v_change_id, v_change_id);
    END IF;
END
$$;

-- After fields were written or found agreed: a conflict on such a field is resolved when the
-- change names it ("resolves") or comes from its losing author; every other open conflict on a
-- written field follows the new server value. sync_apply calls it only when the record has an open
-- conflict.
CREATE FUNCTION sync_settle_conflicts(p_change jsonb, p_record uuid, p_written jsonb, p_agreed text[],
                                      p_version bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = trellis, pg_temp AS $$
DECLARE
    v_fields jsonb := p_change -> 'fields';
BEGIN
    UPDATE change_conflict AS c
    SET status = 'resolved', resolved_at = now(), resolved_by = session_user,
        resolved_change_id = (p_change ->> 'change_id')::uuid,
        resolved_value = coalesce(p_written -> c.field, c.server_value)
    WHERE c.record_id = p_record AND c.status = 'open'
      AND (p_written ? c.field OR c.field = ANY (p_agreed))
      AND (c.incoming_login = session_user OR c.id = sync_uuid(v_fields -> c.field -> 'resolves'));
    UPDATE change_conflict AS c
    SET server_value = p_written -> c.field, server_login = session_user, server_changed_at = now(),
        server_version = p_version
    WHERE c.record_id = p_record AND c.status = 'open' AND p_written ? c.field;
END
$$;

-- The reallocation grace for one change whose record the caller may not see: when the rule of
-- trellis_acl.caller_may_grace holds for the young person the store says the change is about,
-- writes the grace row that lets this change (and only it) through, and says so.
CREATE FUNCTION sync_begin_grace(p_entity text, p_record uuid, p_values jsonb, p_change_id uuid,
                                 p_made_at timestamptz) RETURNS boolean
LANGUAGE plpgsql VOLATILE SET search_path = trellis, pg_temp AS $$
DECLARE
    v_young_person uuid := trellis_acl.grace_young_person(p_entity, p_record, p_values);
BEGIN
    IF v_young_person IS NULL OR NOT trellis_acl.caller_may_grace(v_young_person, p_made_at) THEN
        RETURN false;
    END IF;
    INSERT INTO sync_grace (young_person_id, change_id, made_at) VALUES (v_young_person, p_change_id, p_made_at);
    RETURN true;
END
$$;

-- Applies one change that has no receipt yet and returns its result; refuses (TRL01) or lets a
-- constraint error escape, for trellis_push to turn into a rejection.
CREATE FUNCTION sync_apply(p_change jsonb, p_worker uuid) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SET search_path = trellis, pg_temp AS $$
DECLARE
    v_change_id uuid := sync_uuid(p_change -> 'change_id');
    v_batch_id uuid := sync_uuid(p_change -> 'batch_id');
    v_entity text := p_change ->> 'entity';
    v_record uuid := sync_uuid(p_change -> 'record_id');
    v_op text := p_change ->> 'op';
    v_fields jsonb := p_change -> 'fields';
    v_allowed text[] := sync_fields(p_change ->> 'entity');
    v_made_by text := p_change ->> 'made_by';
    v_made_at timestamptz;
    v_base_version bigint;
    v_field text;
    v_entry jsonb;
    v_base jsonb := '{}';
    v_new jsonb := '{}';
    v_row jsonb;
    v_written jsonb := '{}';
    v_agreed text[] := '{}';
    v_conflicts text[] := '{}';
    v_version bigint;
    v_result jsonb;
    v_grace boolean := false;
BEGIN
    -- The envelope.
    IF v_batch_id IS NULL THEN
        PERFORM sync_refuse('batch_id is not a UUID');
    END IF;
    IF v_allowed IS NULL THEN
        PERFORM sync_refuse('entity is not one a client may write');
    END IF;
    IF v_record IS NULL THEN
        PERFORM sync_refuse('record_id is not a UUID');
    END IF;
    IF v_op IS NULL OR v_op NOT IN ('insert', 'update', 'delete') THEN
        PERFORM sync_refuse('op is not insert, update or delete');
    END IF;
    IF jsonb_typeof(v_fields) IS DISTINCT FROM 'object' THEN
        PERFORM sync_refuse('fields is not an object');
    END IF;
    IF v_made_by IS NULL OR length(v_made_by) NOT BETWEEN 1 AND 64 THEN
        PERFORM sync_refuse('made_by is missing or longer than 64 characters');
    END IF;
    BEGIN
        v_made_at := (p_change ->> 'made_at')::timestamptz;
        v_base_version := (p_change ->> 'base_version')::bigint;
    EXCEPTION WHEN data_exception THEN
        PERFORM sync_refuse('made_at or base_version is not valid');
    END;
    IF v_made_at IS NULL THEN
        PERFORM sync_refuse('made_at is missing');
    END IF;

    -- The fields: known names, plain values, typed by their columns.
    FOR v_field, v_entry IN SELECT f.key, f.value FROM jsonb_each(v_fields) AS f LOOP
        IF NOT v_field = ANY (v_allowed) THEN
            PERFORM sync_refuse(CASE WHEN v_field ~ '^[a-z_]{1,63}$' THEN format('unknown field %s', v_field)
                                     ELSE 'unknown field' END);
        END IF;
        IF jsonb_typeof(v_entry) IS DISTINCT FROM 'object' OR NOT v_entry ? 'new'
           OR jsonb_typeof(v_entry -> 'new') IN ('object', 'array')
           OR jsonb_typeof(v_entry -> 'base') IN ('object', 'array') THEN
            PERFORM sync_refuse(format('field %s: not a base and a new plain value', v_field));
        END IF;
        IF v_entry ? 'resolves' AND sync_uuid(v_entry -> 'resolves') IS NULL THEN
            PERFORM sync_refuse(format('field %s: resolves is not a conflict id', v_field));
        END IF;
        v_base := v_base || jsonb_build_object(v_field, coalesce(v_entry -> 'base', 'null'::jsonb));
        v_new := v_new || jsonb_build_object(v_field, v_entry -> 'new');
    END LOOP;
    v_base := sync_typed(v_entity, v_base);
    v_new := sync_typed(v_entity, v_new);
    IF v_entity = 'young_person' AND v_op = 'insert' THEN
        v_new := v_new - 'lead_worker_id'; -- the allocation sets it
    END IF;
    IF v_op = 'update' AND (v_new -> 'deleted') = 'true'::jsonb THEN
        IF (SELECT count(*) FROM jsonb_object_keys(v_new)) > 1 THEN
            PERFORM sync_refuse('a delete carries only the deleted field');
        END IF;
        v_op := 'delete';
    END IF;

    v_row := sync_current(v_entity, v_record);
    -- A record the caller may not see (or a new one): the reallocation grace may still let an
    -- edit made before the young person was moved away reach the record (sync_begin_grace).
    IF v_row IS NULL AND v_entity <> 'trusted_adult' THEN
        v_grace := sync_begin_grace(v_entity, v_record, v_new, v_change_id, v_made_at);
        IF v_grace THEN
            v_row := sync_current(v_entity, v_record);
            -- The grace lets an edit reach the record where it is, never move it: a record moved
            -- under the grace onto a young person, plan or adult the caller holds now would come
            -- back to them in the next pull with everything written since the move.
            IF v_op <> 'insert' AND EXISTS (
                    SELECT 1 FROM jsonb_each(v_new) AS n
                    WHERE n.key IN ('young_person_id', 'safety_plan_id', 'trusted_adult_id')
                      AND n.value IS DISTINCT FROM v_row -> n.key) THEN
                PERFORM sync_refuse('after reallocation a record cannot be moved to another young person, '
                                    'plan or adult');
            END IF;
        END IF;
    END IF;

    IF v_op = 'insert' AND v_row IS NULL THEN
        IF (v_new -> 'deleted') = 'true'::jsonb THEN
            PERFORM sync_refuse('an insert cannot be deleted');
        END IF;
        v_new := v_new - 'deleted';
        IF v_entity = 'young_person' THEN
            -- The lead worker is the allocation's copy: the creator's own.
            v_new := v_new || jsonb_build_object('lead_worker_id', p_worker);
        END IF;
        IF v_new ?| ARRAY['young_person_id', 'safety_plan_id', 'trusted_adult_id'] THEN
            PERFORM sync_check_references(v_new);
        END IF;
        EXECUTE format('SELECT trellis.%I($1)', 'sync_insert_' || v_entity)
            USING v_new || jsonb_build_object('id', v_record, 'created_at', v_made_at, 'created_by', v_made_by,
                                              'updated_at', v_made_at, 'updated_by', v_made_by);
        IF v_entity = 'young_person' THEN
            INSERT INTO assignment (young_person_id, worker_id) VALUES (v_record, p_worker);
        END IF;
        v_row := sync_current(v_entity, v_record);
        IF v_row IS NULL THEN
            PERFORM sync_refuse(sync_not_found());
        END IF;
        v_version := (v_row ->> 'server_version')::bigint;
        v_written := v_new;
    ELSIF v_row IS NULL THEN
        PERFORM sync_refuse(sync_not_found());
    ELSIF v_entity = 'contact' AND (v_op <> 'insert' OR EXISTS (
              SELECT 1 FROM jsonb_each(v_new) AS n WHERE n.value IS DISTINCT FROM v_row -> n.key)) THEN
        PERFORM sync_refuse('contacts are append-only: a contact cannot change once written');
    ELSIF v_op = 'delete' THEN
        IF (v_row -> 'deleted') = 'true'::jsonb THEN
            v_agreed := ARRAY['deleted'];
        ELSIF EXISTS (
                SELECT 1 FROM jsonb_each_text(v_row -> 'field_versions') AS f
                WHERE f.value::bigint > coalesce(v_base_version, 0)
                  AND NOT EXISTS (SELECT 1 FROM change_receipt AS r
                                  WHERE r.login = session_user AND r.written_version = f.value::bigint)) THEN
            -- Someone else changed the record since the deleting worker last saw it.
            PERFORM sync_open_conflict(p_change, v_row, 'deleted', 'false'::jsonb, 'false'::jsonb, 'true'::jsonb);
            v_conflicts := ARRAY['deleted'];
        ELSE
            v_written := jsonb_build_object('deleted', true);
        END IF;
    ELSE
        -- Three-way merge per field: server S, base B, new N. An insert of a record that exists
        -- is merged with a null base, so a replayed insert is applied and a different one clashes.
        FOR v_field IN SELECT jsonb_object_keys(v_new) LOOP
            IF (v_row -> v_field) = (v_new -> v_field) THEN
                v_agreed := v_agreed || v_field;
            ELSIF v_op = 'update' AND (v_row -> v_field) = (v_base -> v_field) THEN
                v_written := v_written || jsonb_build_object(v_field, v_new -> v_field);
            ELSE
                PERFORM sync_open_conflict(p_change, v_row, v_field, CASE WHEN v_op = 'update' THEN v_base -> v_field END,
                                           v_row -> v_field, v_new -> v_field);
                v_conflicts := v_conflicts || v_field;
            END IF;
        END LOOP;
        -- An edit of a record deleted meanwhile: the edit is kept, the record stays deleted, and
        -- the clash is on deleted.
        IF (v_row -> 'deleted') = 'true'::jsonb AND NOT v_new ? 'deleted' AND v_op = 'update' THEN
            PERFORM sync_open_conflict(p_change, v_row, 'deleted', 'false'::jsonb, 'true'::jsonb, 'false'::jsonb);
            v_conflicts := v_conflicts || 'deleted'::text;
        END IF;
        IF v_written ? 'lead_worker_id' THEN
            PERFORM sync_refuse('field lead_worker_id is set by case allocation');
        END IF;
        IF v_written ?| ARRAY['young_person_id', 'safety_plan_id', 'trusted_adult_id'] THEN
            PERFORM sync_check_references(v_written);
        END IF;
    END IF;

    IF v_op <> 'insert' OR v_version IS NULL THEN
        IF v_written <> '{}'::jsonb THEN
            EXECUTE format('SELECT trellis.%I($1, $2)', 'sync_update_' || v_entity)
                INTO v_row
                USING v_written || jsonb_build_object('updated_at', v_made_at, 'updated_by', v_made_by), v_record;
            v_version := (v_row ->> 'server_version')::bigint;
        END IF;
        IF EXISTS (SELECT 1 FROM change_conflict AS c WHERE c.record_id = v_record AND c.status = 'open') THEN
            PERFORM sync_settle_conflicts(p_change, v_record, v_written, v_agreed, v_version);
        END IF;
    END IF;

    v_result := jsonb_build_object(
        'change_id', v_change_id,
        'result', CASE WHEN cardinality(v_conflicts) > 0 THEN 'conflict' ELSE 'applied' END,
        'server_version', (v_row ->> 'server_version')::bigint,
        'conflict_fields', to_jsonb(v_conflicts),
        'reason', NULL);
    INSERT INTO change_receipt (change_id, batch_id, entity, record_id, result, written_version)
    VALUES (v_change_id, v_batch_id, v_entity, v_record, v_result, v_version);
    INSERT INTO audit_event (id, source, occurred_at, actor, action, entity, entity_id, change_id, reason)
    VALUES (gen_random_uuid(), 'sync', v_made_at, session_user,
            CASE WHEN cardinality(v_conflicts) > 0 THEN 'change_conflict' ELSE 'change_applied' END,
            v_entity, v_record::text, v_change_id,
            CASE WHEN cardinality(v_conflicts) > 0
                 THEN left(CASE WHEN v_grace THEN 'after reallocation; ' ELSE '' END
                           || 'fields: ' || array_to_string(v_conflicts, ', '), 200)
                 WHEN v_grace THEN 'after reallocation' END);
    -- The grace ends with its change.
    IF v_grace THEN
        DELETE FROM sync_grace AS g WHERE g.login = session_user;
    END IF;
    RETURN v_result;
END
$$;

-- A refused change: its receipt (when its id is a UUID not already someone else's), the whole
-- change in quarantine, and its audit row. Returns the result.
CREATE FUNCTION sync_reject(p_change jsonb, p_worker uuid, p_reason text) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SET search_path = trellis, pg_temp AS $$
DECLARE
    v_change_id uuid := sync_uuid(p_change -> 'change_id');
    v_entity text := CASE WHEN sync_fields(p_change ->> 'entity') IS NOT NULL THEN p_change ->> 'entity' END;
    v_record uuid := sync_uuid(p_change -> 'record_id');
    v_batch_id uuid := sync_uuid(p_change -> 'batch_id');
    v_result jsonb;
    v_id jsonb := p_change -> 'change_id';
BEGIN
    IF v_change_id IS NULL AND (jsonb_typeof(v_id) IS DISTINCT FROM 'string' OR length(v_id #>> '{}') > 64) THEN
        v_id := 'null';
    END IF;
    v_result := jsonb_build_object('change_id', coalesce(to_jsonb(v_change_id), v_id), 'result', 'rejected',
                                   'server_version', NULL, 'conflict_fields', '[]'::jsonb, 'reason', p_reason);
    IF v_change_id IS NOT NULL AND v_batch_id IS NOT NULL AND v_record IS NOT NULL THEN
        INSERT INTO change_receipt (change_id, batch_id, entity, record_id, result)
        VALUES (v_change_id, v_batch_id, coalesce(v_entity, '?'), v_record, v_result)
        ON CONFLICT (change_id) DO NOTHING;
    END IF;
    INSERT INTO change_quarantine (change_id, author_worker_id, entity, record_id, change, reason)
    VALUES (v_change_id, p_worker, v_entity, v_record, p_change, p_reason);
    INSERT INTO audit_event (id, source, occurred_at, actor, action, entity, entity_id, change_id, reason)
    VALUES (gen_random_uuid(), 'sync', now(), session_user, 'change_rejected', v_entity, v_record::text, v_change_id,
            p_reason);
    RETURN v_result;
END
$$;

REVOKE ALL ON FUNCTION sync_fields(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION sync_refuse(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION sync_not_found() FROM PUBLIC;
REVOKE ALL ON FUNCTION sync_uuid(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION sync_typed(text, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION sync_young_person_of(text, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION sync_check_references(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION sync_current(text, uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION sync_open_conflict(jsonb, jsonb, text, jsonb, jsonb, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION sync_settle_conflicts(jsonb, uuid, jsonb, text[], bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION sync_begin_grace(text, uuid, jsonb, uuid, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION sync_apply(jsonb, uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION sync_reject(jsonb, uuid, text) FROM PUBLIC;

-- --- the API -----------------------------------------------------------------------------------

-- Pushes a batch (a JSON array of changes, in the order they were made) and returns a JSON array
-- with one result per change. Times are rendered in UTC whatever the session's time zone.
CREATE FUNCTION trellis_push(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = trellis, pg_temp SET TimeZone = 'UTC' AS $$
DECLARE
    v_worker uuid := trellis_acl.caller_worker_id();
    v_results jsonb[] := '{}';
    v_change jsonb;
    v_change_id uuid;
    v_result jsonb;
    v_reason text;
    v_state text;
    v_constraint text;
    v_column text;
BEGIN
    IF v_worker IS NULL THEN
        RAISE EXCEPTION 'only an active Trellis worker may push changes' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The answer lets the laptop forget these changes, so the commit that keeps them must reach
    -- the WAL on disk before it goes, whatever synchronous_commit the server or the role says:
    -- with it off, a crash loses commits already answered (tests/resilience.sh found it). Set for
    -- this transaction only; it outlives this call because the function sets nothing of its own.
    IF current_setting('synchronous_commit') = 'off' THEN
        PERFORM set_config('synchronous_commit', 'local', true);
    END IF;
    IF jsonb_typeof(batch) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'a batch is a JSON array of changes' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF jsonb_array_length(batch) > 5000 THEN
        RAISE EXCEPTION 'a batch holds at most 5000 changes' USING ERRCODE = 'program_limit_exceeded';
    END IF;
    FOR v_change IN SELECT e.value FROM jsonb_array_elements(batch) WITH ORDINALITY AS e ORDER BY e.ordinality LOOP
        v_change_id := CASE WHEN jsonb_typeof(v_change) = 'object' THEN sync_uuid(v_change -> 'change_id') END;
        v_result := NULL;
        IF v_change_id IS NOT NULL THEN
            -- A change sent twice at once (a retry while the first push still runs) waits here
            -- for the first, then finds its receipt.
            PERFORM pg_advisory_xact_lock(1414677580, hashtext(v_change_id::text));
            SELECT r.result INTO v_result FROM change_receipt AS r WHERE r.change_id = v_change_id;
        END IF;
        IF v_result IS NULL THEN
            v_reason := NULL;
            BEGIN
                IF v_change_id IS NULL THEN
                    PERFORM sync_refuse('change_id is not a UUID');
                END IF;
                v_result := sync_apply(v_change, v_worker);
            EXCEPTION
                WHEN SQLSTATE 'TRL01' THEN
                    v_reason := SQLERRM;
                WHEN integrity_constraint_violation OR insufficient_privilege OR data_exception THEN
                    GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_constraint = CONSTRAINT_NAME,
                                            v_column = COLUMN_NAME;
                    v_reason := CASE
                        WHEN v_constraint = 'change_receipt_pkey' THEN 'change_id is already used'
                        WHEN v_state = '42501' OR v_constraint LIKE '%\_pkey' THEN sync_not_found()
                        WHEN v_state = '23502' THEN format('field %s is required', v_column)
                        WHEN v_state = '23505' THEN format('breaks the unique rule %s', v_constraint)
                        WHEN v_state = '23503' THEN format('breaks the reference %s', v_constraint)
                        WHEN v_constraint <> '' THEN format('breaks the rule %s', v_constraint)
                        ELSE 'a value is not valid' END;
            END;
            IF v_reason IS NOT NULL THEN
                v_result := sync_reject(v_change, v_worker, left(v_reason, 200));
            END IF;
        END IF;
        v_results := v_results || v_result;
    END LOOP;
    RETURN to_jsonb(v_results);
END
$$;

-- The conflicts on records the caller may see, open and resolved, oldest first. Row-level
-- security alone decides which.
CREATE FUNCTION trellis_conflicts()
RETURNS TABLE (id uuid, entity text, record_id uuid, young_person_id uuid, field text, status text,
               base_value jsonb, server_value jsonb, server_login text, server_changed_at timestamptz,
               incoming_value jsonb, incoming_login text, incoming_made_by text, incoming_made_at timestamptz,
               first_change_id uuid, incoming_change_id uuid, opened_at timestamptz, resolved_at timestamptz,
               resolved_by text, resolved_value jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp SET TimeZone = 'UTC' AS $$
    SELECT c.id, c.entity, c.record_id, c.young_person_id, c.field, c.status, c.base_value, c.server_value,
           c.server_login, c.server_changed_at, c.incoming_value, c.incoming_login, c.incoming_made_by,
           c.incoming_made_at, c.first_change_id, c.incoming_change_id, c.opened_at, c.resolved_at, c.resolved_by,
           c.resolved_value
    FROM trellis.change_conflict AS c ORDER BY c.opened_at, c.id
$$;

-- The refused changes the caller may read: their own, their team's for a supervisor, all for a
-- manager. Row-level security alone decides which.
CREATE FUNCTION trellis_quarantine()
RETURNS TABLE (id uuid, change_id uuid, author_login text, entity text, record_id uuid, reason text, change jsonb,
               received_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp SET TimeZone = 'UTC' AS $$
    SELECT q.id, q.change_id, q.author_login, q.entity, q.record_id, q.reason, q.change, q.received_at
    FROM trellis.change_quarantine AS q ORDER BY q.received_at, q.id
$$;

REVOKE ALL ON FUNCTION trellis_push(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_conflicts() FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_quarantine() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trellis_push(jsonb) TO trellis_app;
GRANT EXECUTE ON FUNCTION trellis_conflicts() TO trellis_app;
GRANT EXECUTE ON FUNCTION trellis_quarantine() TO trellis_app;

RESET ROLE;
