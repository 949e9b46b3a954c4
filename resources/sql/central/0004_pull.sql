-- Trellis central store, schema version 4: the pull side of sync, revocation and purge receipts
-- (docs/sync.md, "Pull, revocation and purge").
--
-- trellis_pull(cursor, max_rows) pages through everything the calling worker may see that changed
-- since their cursor. Versions come from one sequence but commit out of order, so the cursor is
-- not a version: it is built from transaction snapshots. A round of pages starts from the
-- snapshot the previous round started with (P) and takes its own (C, pg_current_snapshot()); a
-- row belongs to the round when the transaction that last wrote it (server_xid) was not visible
-- to P. A transaction still in flight when a round starts is in C's in-progress list, so it is
-- not visible to C, and the round after returns its rows: no row is ever skipped. Within a round
-- pages walk the tables parents first (worker, young person, trusted adult, link, intervention,
-- contact, plan, item, episode), each in server_version order, so a page never holds a record
-- whose parent the client has not been sent.
--
-- Visibility can change without the row changing: a young person newly allocated to the caller
-- (or their team) comes with all their records, whatever their versions, in the round whose P did
-- not see the allocation (assignment.server_xid); a trusted adult comes with a link or plan item
-- that newly names them. And because a page is read later than C, a parent can change or become
-- visible after the walk passed its table: each page therefore also carries the parents of its
-- rows that changed or became visible since C ("closure"), so it is complete by itself.
--
-- The cursor is text: a version tag, a fingerprint of the caller's role and team, the two
-- snapshots, the walk's position and an HMAC-SHA-256 over all of it and the login, with a key
-- that only trellis_acl can read. A cursor that does not parse, was not made by this server for
-- this login, or names a snapshot this server has not reached, is refused. Row-level security
-- still filters every row, so no cursor can show more than the caller may see.
--
-- trellis_revoked(held) says which of the young people a laptop holds the caller may no longer
-- see (and which do not exist, in the same answer); trellis_record_purge(ids, at) writes one
-- central audit row per young person a laptop has purged. Security discipline as in 0001-0003:
-- SECURITY DEFINER with search_path fixed and pg_temp last, EXECUTE for trellis_app only, FORCE
-- ROW LEVEL SECURITY on the new table, which no one may change once written.

SET LOCAL search_path = trellis, pg_temp;
SET LOCAL ROLE trellis_owner;

-- --- indexes -----------------------------------------------------------------------------------

-- An incremental pull asks each table for the rows written by transactions at or above P's xmin.
CREATE INDEX worker_server_xid ON worker (server_xid);
CREATE INDEX young_person_server_xid ON young_person (server_xid);
CREATE INDEX intervention_server_xid ON intervention (server_xid);
CREATE INDEX contact_server_xid ON contact (server_xid);
CREATE INDEX safety_plan_server_xid ON safety_plan (server_xid);
CREATE INDEX trusted_adult_server_xid ON trusted_adult (server_xid);
CREATE INDEX safety_plan_item_server_xid ON safety_plan_item (server_xid);
CREATE INDEX trusted_adult_link_server_xid ON trusted_adult_link (server_xid);
CREATE INDEX episode_server_xid ON episode (server_xid);
CREATE INDEX assignment_server_xid ON assignment (server_xid);
-- A newly allocated young person's records, found by their young person.
CREATE INDEX trusted_adult_link_young_person ON trusted_adult_link (young_person_id);

-- --- the cursor key ----------------------------------------------------------------------------

-- One HMAC key, kept as its inner and outer pads. Written once here; nobody may change it, and
-- only trellis_acl may read it (the owner, and so every API function, cannot).
CREATE TABLE pull_cursor_key (
    id         boolean PRIMARY KEY DEFAULT true CHECK (id),
    inner_pad  bytea NOT NULL CHECK (length(inner_pad) = 64),
    outer_pad  bytea NOT NULL CHECK (length(outer_pad) = 64),
    created_at timestamptz NOT NULL DEFAULT now()
);
DO $key$
DECLARE
    -- 32 bytes from gen_random_uuid (pg_strong_random): 244 random bits; zero-padded to the block.
    v_key bytea := decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex')
                   || decode(repeat('00', 32), 'hex');
    v_inner bytea := v_key;
    v_outer bytea := v_key;
BEGIN
    FOR i IN 0..63 LOOP
        v_inner := set_byte(v_inner, i, get_byte(v_key, i) # 54);  -- 0x36
        v_outer := set_byte(v_outer, i, get_byte(v_key, i) # 92);  -- 0x5c
    END LOOP;
    INSERT INTO pull_cursor_key (inner_pad, outer_pad) VALUES (v_inner, v_outer);
END
$key$;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON pull_cursor_key FROM trellis_owner;
CREATE TRIGGER pull_cursor_key_fixed BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON pull_cursor_key
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
ALTER TABLE pull_cursor_key ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
GRANT SELECT ON pull_cursor_key TO trellis_acl;
CREATE POLICY acl_reads ON pull_cursor_key FOR SELECT TO trellis_acl USING (true);

SET LOCAL ROLE trellis_acl;

-- The MAC of a cursor's text for the calling login: a cursor is good only for the login it was
-- made for.
CREATE FUNCTION trellis_acl.pull_cursor_mac(p_payload text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
    SELECT encode(sha256(k.outer_pad || sha256(k.inner_pad || convert_to(session_user || '|' || p_payload, 'UTF8'))),
                  'hex')
    FROM trellis.pull_cursor_key AS k
$$;
REVOKE ALL ON FUNCTION trellis_acl.pull_cursor_mac(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trellis_acl.pull_cursor_mac(text) TO trellis_owner;

SET LOCAL ROLE trellis_owner;

-- --- policies ----------------------------------------------------------------------------------

-- A purge receipt: the caller's own, ids only.
CREATE POLICY caller_purge_audit ON audit_event FOR INSERT TO trellis_owner
    WITH CHECK (source = 'sync' AND received_from = session_user AND actor = session_user AND action = 'purge'
                AND entity = 'young_person' AND reason IS NULL AND change_id IS NULL
                AND (SELECT trellis_acl.caller_worker_id()) IS NOT NULL);

-- --- the pull, in internal functions (not callable by workers; they run as the owner) ------------

-- The tables a pull walks, parents before children: the position of an entity in this list is
-- its rank in the walk.
CREATE FUNCTION pull_entities() RETURNS text[]
LANGUAGE sql IMMUTABLE SET search_path = trellis, pg_temp AS $$
    SELECT ARRAY['worker', 'young_person', 'trusted_adult', 'trusted_adult_link', 'intervention', 'contact',
                 'safety_plan', 'safety_plan_item', 'episode']
$$;

-- A moment as the client writes it (io::RecordJson): UTC, milliseconds, Z.
CREATE FUNCTION pull_time(p_at timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = trellis, pg_temp AS $$
    SELECT to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

-- The caller's role and team, so a cursor made before either changed starts again.
CREATE FUNCTION pull_account() RETURNS text
LANGUAGE sql STABLE SET search_path = trellis, pg_temp AS $$
    SELECT left(md5(a.role || '/' || a.team_id::text), 16) FROM trellis.worker_account AS a
    WHERE a.login = session_user AND a.active
$$;

CREATE FUNCTION pull_cursor_refuse(p_why text) RETURNS void
LANGUAGE plpgsql SET search_path = trellis, pg_temp AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
        MESSAGE = 'pull cursor refused: ' || p_why,
        HINT = 'Pull again from the start with a null cursor.';
END
$$;

-- Makes a cursor: v1|account|P|C|rank|version|mac. Between rounds C is empty and P is the last
-- round's start.
CREATE FUNCTION pull_cursor_make(p_account text, p_prev pg_snapshot, p_round pg_snapshot, p_rank integer,
                                 p_after bigint) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = trellis, pg_temp AS $$
DECLARE
    v_payload text := format('v1|%s|%s|%s|%s|%s', p_account, coalesce(p_prev::text, ''), coalesce(p_round::text, ''),
                             p_rank, p_after);
BEGIN
    RETURN v_payload || '|' || trellis_acl.pull_cursor_mac(v_payload);
END
$$;

-- Reads a cursor, or refuses it. Nothing of the text reaches SQL but through casts of parts that
-- a strict pattern has already checked.
CREATE FUNCTION pull_cursor_read(p_cursor text, OUT account text, OUT prev pg_snapshot, OUT round pg_snapshot,
                                 OUT rank integer, OUT after bigint)
LANGUAGE plpgsql STABLE SET search_path = trellis, pg_temp AS $$
DECLARE
    v_snapshot constant text := '([0-9]{1,19}:[0-9]{1,19}:([0-9]{1,19}(,[0-9]{1,19})*)?)?';
    v_parts text[];
    v_now pg_snapshot := pg_current_snapshot();
BEGIN
    IF length(p_cursor) > 200000
       OR p_cursor !~ ('^v1\|[0-9a-f]{16}\|' || v_snapshot || '\|' || v_snapshot || '\|[1-9]\|[0-9]{1,18}\|[0-9a-f]{64}$') THEN
        PERFORM pull_cursor_refuse('it is not a Trellis pull cursor');
    END IF;
    v_parts := string_to_array(p_cursor, '|');
    IF trellis_acl.pull_cursor_mac(array_to_string(v_parts[1:6], '|')) IS DISTINCT FROM v_parts[7] THEN
        PERFORM pull_cursor_refuse('it was not issued by this central store to this login');
    END IF;
    account := v_parts[2];
    BEGIN
        prev := nullif(v_parts[3], '')::pg_snapshot;
        round := nullif(v_parts[4], '')::pg_snapshot;
    EXCEPTION WHEN data_exception THEN
        PERFORM pull_cursor_refuse('its snapshots are not valid');
    END;
    rank := v_parts[5]::integer;
    after := v_parts[6]::bigint;
    IF rank > cardinality(pull_entities()) OR (round IS NULL AND (prev IS NULL OR rank <> 1 OR after <> 0))
       OR (prev IS NOT NULL AND round IS NOT NULL AND pg_snapshot_xmax(prev) > pg_snapshot_xmax(round)) THEN
        PERFORM pull_cursor_refuse('its parts do not agree');
    END IF;
    -- A snapshot this server has not reached: a cursor from before a restore, or from elsewhere.
    IF pg_snapshot_xmax(coalesce(round, prev)) > pg_snapshot_xmax(v_now) THEN
        PERFORM pull_cursor_refuse('it is newer than this central store');
    END IF;
END
$$;

-- Rows of one table as a pull returns them, those matching p_filter (one of the fixed filters
-- trellis_pull builds; the values travel as parameters $1 to $8), after version p_after in
-- version order, at most p_limit (NULL: all). recent: the row changed, or its young person was
-- allocated, since the round began, so the walk may have passed it.
CREATE FUNCTION pull_rows(p_entity text, p_filter text, p_after bigint, p_limit integer, p_prev pg_snapshot,
                          p_new_people uuid[], p_adults uuid[], p_round pg_snapshot, p_recent_people uuid[],
                          p_ids uuid[])
RETURNS TABLE (server_version bigint, id uuid, young_person_id uuid, recent boolean, fields jsonb)
LANGUAGE plpgsql STABLE SET search_path = trellis, pg_temp AS $$
DECLARE
    v_from text := format('trellis.%I AS t', p_entity);
    v_person text := CASE p_entity WHEN 'young_person' THEN 't.id' WHEN 'safety_plan_item' THEN 'p.young_person_id'
                                   WHEN 'worker' THEN 'NULL::uuid' WHEN 'trusted_adult' THEN 'NULL::uuid'
                                   ELSE 't.young_person_id' END;
    v_times text;
BEGIN
    IF NOT p_entity = ANY (pull_entities()) THEN
        RAISE EXCEPTION 'not a synced table' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_entity = 'safety_plan_item' THEN
        v_from := v_from || ' JOIN trellis.safety_plan AS p ON p.id = t.safety_plan_id';
    END IF;
    -- Every moment column in the client's form; the server's own stamps are left out.
    SELECT coalesce(string_agg(format('%L, trellis.pull_time(t.%I)', a.attname, a.attname), ', '), '') INTO v_times
    FROM pg_catalog.pg_attribute AS a
    WHERE a.attrelid = to_regclass(format('trellis.%I', p_entity)) AND a.attnum > 0 AND NOT a.attisdropped
      AND a.atttypid = 'timestamptz'::regtype AND a.attname <> 'server_changed_at';
    RETURN QUERY EXECUTE format(
        'SELECT t.server_version, t.id, %1$s, NOT pg_visible_in_snapshot(t.server_xid, $6) '
        'OR coalesce(%1$s = ANY ($7), false), (to_jsonb(t) - ARRAY[''server_version'', ''server_xid'', '
        '''server_changed_at'', ''changed_by_login'', ''field_versions'']) || jsonb_build_object(%2$s) '
        'FROM %3$s WHERE t.server_version > $1 AND (%4$s) ORDER BY t.server_version LIMIT $2',
        v_person, v_times, v_from, p_filter)
        USING p_after, p_limit, p_prev, p_new_people, p_adults, p_round, p_recent_people, p_ids;
END
$$;

REVOKE ALL ON FUNCTION pull_entities() FROM PUBLIC;
REVOKE ALL ON FUNCTION pull_time(timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION pull_account() FROM PUBLIC;
REVOKE ALL ON FUNCTION pull_cursor_refuse(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION pull_cursor_make(text, pg_snapshot, pg_snapshot, integer, bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION pull_cursor_read(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION pull_rows(text, text, bigint, integer, pg_snapshot, uuid[], uuid[], pg_snapshot, uuid[], uuid[])
    FROM PUBLIC;

-- --- the API -----------------------------------------------------------------------------------

-- One page of a pull: {"rows": [...], "cursor": "...", "complete": true|false}. STABLE, so every
-- query in it reads the one snapshot the call started with, which is also the round's C when
-- the call starts a round.
CREATE FUNCTION trellis_pull(cursor text, max_rows integer) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp SET TimeZone = 'UTC' AS $$
DECLARE
    v_text text := $1;
    v_max integer := $2;
    v_entities text[] := pull_entities();
    v_account text := pull_account();
    v_read record;
    v_prev pg_snapshot;
    v_round pg_snapshot;
    v_rank integer := 1;
    v_after bigint := 0;
    v_new_people uuid[] := '{}';
    v_new_adults uuid[] := '{}';
    v_recent_people uuid[];
    v_filter text;
    v_limit integer := v_max;
    v_row record;
    v_complete boolean;
    v_last_rank integer;
    v_last_version bigint;
    -- The page: walked rows, then their parents.
    v_entity text[];
    v_ranks integer[];
    v_versions bigint[];
    v_ids uuid[];
    v_people uuid[];
    v_fields jsonb[];
    v_walked integer;
    v_parents integer;
    v_refs uuid[];
    v_adults uuid[];
    v_recent_adults uuid[];
    v_rows jsonb;
    v_parent text;
    v_n integer;
BEGIN
    IF v_account IS NULL OR trellis_acl.caller_worker_id() IS NULL THEN
        RAISE EXCEPTION 'only an active Trellis worker may pull' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_max IS NULL OR v_max < 5 OR v_max > 10000 THEN
        RAISE EXCEPTION 'max_rows is a whole number from 5 to 10000' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF v_text IS NOT NULL THEN
        v_read := pull_cursor_read(v_text);
        -- A new role or team is a new view: start again from nothing.
        IF v_read.account = v_account THEN
            v_prev := v_read.prev;
            v_round := v_read.round;
            v_rank := v_read.rank;
            v_after := v_read.after;
        END IF;
    END IF;
    IF v_round IS NULL THEN
        v_round := pg_current_snapshot();
        v_rank := 1;
        v_after := 0;
    END IF;

    -- Young people allocated since the round began: the walk may have passed their rows.
    SELECT coalesce(array_agg(DISTINCT a.young_person_id), '{}') INTO v_recent_people FROM assignment AS a
    WHERE a.server_xid >= pg_snapshot_xmin(v_round) AND NOT pg_visible_in_snapshot(a.server_xid, v_round);
    IF v_prev IS NULL THEN
        v_filter := 'true';
    ELSE
        -- Young people allocated since P (the caller sees only those now visible), and trusted
        -- adults newly linked or named, or linked to those young people: all of them, whatever
        -- their versions.
        SELECT coalesce(array_agg(DISTINCT a.young_person_id), '{}') INTO v_new_people FROM assignment AS a
        WHERE a.server_xid >= pg_snapshot_xmin(v_prev) AND NOT pg_visible_in_snapshot(a.server_xid, v_prev);
        SELECT coalesce(array_agg(DISTINCT x.adult), '{}') INTO v_new_adults FROM (
            SELECT l.trusted_adult_id AS adult FROM trusted_adult_link AS l
            WHERE NOT l.deleted
              AND ((l.server_xid >= pg_snapshot_xmin(v_prev) AND NOT pg_visible_in_snapshot(l.server_xid, v_prev))
                   OR l.young_person_id = ANY (v_new_people))
            UNION ALL
            SELECT i.trusted_adult_id FROM safety_plan_item AS i JOIN safety_plan AS p ON p.id = i.safety_plan_id
            WHERE NOT i.deleted AND i.trusted_adult_id IS NOT NULL
              AND ((i.server_xid >= pg_snapshot_xmin(v_prev) AND NOT pg_visible_in_snapshot(i.server_xid, v_prev))
                   OR p.young_person_id = ANY (v_new_people))) AS x;
        v_filter := '(t.server_xid >= pg_snapshot_xmin($3) AND NOT pg_visible_in_snapshot(t.server_xid, $3))';
    END IF;

    LOOP
        v_entity := '{}'; v_ranks := '{}'; v_versions := '{}'; v_ids := '{}'; v_people := '{}'; v_fields := '{}';
        v_complete := true;
        v_last_rank := v_rank;
        v_last_version := v_after;
        v_refs := '{}'; v_adults := '{}'; v_recent_adults := '{}';
        -- The walk, from the cursor's position.
        FOR v_n IN v_rank..cardinality(v_entities) LOOP
            FOR v_row IN SELECT * FROM pull_rows(
                    v_entities[v_n],
                    v_filter || CASE
                        WHEN cardinality(v_new_people) = 0 OR v_entities[v_n] IN ('worker', 'trusted_adult') THEN ''
                        WHEN v_entities[v_n] = 'young_person' THEN ' OR t.id = ANY ($4)'
                        WHEN v_entities[v_n] = 'safety_plan_item' THEN ' OR p.young_person_id = ANY ($4)'
                        ELSE ' OR t.young_person_id = ANY ($4)' END
                    || CASE WHEN v_entities[v_n] = 'trusted_adult' AND cardinality(v_new_adults) > 0
                            THEN ' OR t.id = ANY ($5)' ELSE '' END,
                    CASE WHEN v_n = v_rank THEN v_after ELSE 0 END, v_limit - cardinality(v_ids),
                    v_prev, v_new_people, v_new_adults, v_round, v_recent_people, NULL) LOOP
                v_entity := v_entity || v_entities[v_n];
                v_ranks := v_ranks || v_n;
                v_versions := v_versions || v_row.server_version;
                v_ids := v_ids || v_row.id;
                v_people := v_people || v_row.young_person_id;
                v_fields := v_fields || v_row.fields;
                v_last_rank := v_n;
                v_last_version := v_row.server_version;
                -- What its parents are, for the closure below.
                IF v_entities[v_n] NOT IN ('worker', 'young_person', 'trusted_adult') THEN
                    v_refs := v_refs || v_row.young_person_id;
                END IF;
                IF v_entities[v_n] = 'safety_plan_item' THEN
                    v_refs := v_refs || (v_row.fields ->> 'safety_plan_id')::uuid;
                END IF;
                IF v_row.fields ->> 'trusted_adult_id' IS NOT NULL THEN
                    v_adults := v_adults || (v_row.fields ->> 'trusted_adult_id')::uuid;
                    IF v_row.recent THEN
                        v_recent_adults := v_recent_adults || (v_row.fields ->> 'trusted_adult_id')::uuid;
                    END IF;
                END IF;
            END LOOP;
            IF cardinality(v_ids) >= v_limit THEN
                v_complete := false;
                EXIT;
            END IF;
        END LOOP;
        v_walked := cardinality(v_ids);

        -- The closure: parents the walk may have passed before they changed or became visible.
        -- Young people and plans (v_refs holds both kinds of id), then adults, then lead workers.
        FOREACH v_parent IN ARRAY ARRAY['young_person', 'safety_plan', 'trusted_adult', 'worker'] LOOP
            v_n := array_position(v_entities, v_parent);
            IF v_parent = 'worker' THEN
                SELECT coalesce(array_agg((f ->> 'lead_worker_id')::uuid), '{}') INTO v_refs
                FROM unnest(v_fields) AS f WHERE f ->> 'lead_worker_id' IS NOT NULL;
            END IF;
            FOR v_row IN SELECT * FROM pull_rows(
                    v_entities[v_n],
                    CASE v_entities[v_n]
                        WHEN 'young_person' THEN 't.id = ANY ($8) AND (NOT pg_visible_in_snapshot(t.server_xid, $6) '
                                                 'OR t.id = ANY ($7))'
                        WHEN 'safety_plan' THEN 't.id = ANY ($8) AND (NOT pg_visible_in_snapshot(t.server_xid, $6) '
                                                'OR t.young_person_id = ANY ($7))'
                        WHEN 'trusted_adult' THEN 't.id = ANY ($5) OR (t.id = ANY ($8) '
                                                  'AND NOT pg_visible_in_snapshot(t.server_xid, $6))'
                        ELSE 't.id = ANY ($8) AND NOT pg_visible_in_snapshot(t.server_xid, $6)' END,
                    0, NULL, v_prev, v_new_people, v_recent_adults, v_round, v_recent_people,
                    CASE WHEN v_entities[v_n] = 'trusted_adult' THEN v_adults ELSE v_refs END) LOOP
                CONTINUE WHEN v_row.id = ANY (v_ids);
                v_entity := v_entity || v_entities[v_n];
                v_ranks := v_ranks || v_n;
                v_versions := v_versions || v_row.server_version;
                v_ids := v_ids || v_row.id;
                v_people := v_people || v_row.young_person_id;
                v_fields := v_fields || v_row.fields;
            END LOOP;
        END LOOP;
        v_parents := cardinality(v_ids) - v_walked;

        -- At most max_rows in all: with parents to add, walk fewer rows and look again.
        EXIT WHEN cardinality(v_ids) <= v_max OR v_walked <= 1;
        v_limit := greatest(1, least(v_walked - 1, v_max - v_parents));
    END LOOP;

    SELECT coalesce(jsonb_agg(jsonb_build_object('entity', r.entity, 'id', r.id, 'young_person_id', r.person,
                                                 'server_version', r.version, 'fields', r.fields)
                              ORDER BY r.rank, r.version), '[]')
    INTO v_rows
    FROM unnest(v_entity, v_ranks, v_versions, v_ids, v_people, v_fields) AS r (entity, rank, version, id, person, fields);

    RETURN jsonb_build_object(
        'rows', v_rows,
        'cursor', CASE WHEN v_complete THEN pull_cursor_make(v_account, v_round, NULL, 1, 0)
                       ELSE pull_cursor_make(v_account, v_prev, v_round, v_last_rank, v_last_version) END,
        'complete', v_complete);
END
$$;

-- Of the young people a laptop holds, those the caller may not see now (reallocated, their
-- worker deactivated, removed) and those that do not exist, in one answer: row-level security
-- alone decides, so the two cannot be told apart. In the order given, each once.
CREATE FUNCTION trellis_revoked(held uuid[]) RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
DECLARE
    v_held uuid[] := $1;
BEGIN
    IF v_held IS NULL THEN
        RAISE EXCEPTION 'held is an array of young people''s ids' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF cardinality(v_held) > 1000000 THEN
        RAISE EXCEPTION 'held holds at most 1000000 ids' USING ERRCODE = 'program_limit_exceeded';
    END IF;
    RETURN (SELECT coalesce(array_agg(h.id ORDER BY h.first), '{}')
            FROM (SELECT u.id, min(u.n) AS first FROM unnest(v_held) WITH ORDINALITY AS u (id, n)
                  WHERE u.id IS NOT NULL GROUP BY u.id) AS h
            WHERE NOT EXISTS (SELECT 1 FROM trellis.young_person AS y WHERE y.id = h.id));
END
$$;

-- The central receipt of a purge: one audit row (action purge, the young person's id and nothing
-- else) per young person, in the caller's name, at the time the laptop purged. Sent again (the
-- answer was lost), it writes nothing new.
CREATE FUNCTION trellis_record_purge(young_person_ids uuid[], purged_at timestamptz) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
DECLARE
    v_ids uuid[] := $1;
    v_at timestamptz := $2;
BEGIN
    IF trellis_acl.caller_worker_id() IS NULL THEN
        RAISE EXCEPTION 'only an active Trellis worker may record a purge' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_ids IS NULL OR v_at IS NULL OR NOT isfinite(v_at) THEN
        RAISE EXCEPTION 'a purge receipt needs the ids and the time of the purge'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF cardinality(v_ids) > 100000 THEN
        RAISE EXCEPTION 'a purge receipt holds at most 100000 ids' USING ERRCODE = 'program_limit_exceeded';
    END IF;
    INSERT INTO audit_event (id, source, occurred_at, actor, action, entity, entity_id)
    SELECT gen_random_uuid(), 'sync', v_at, session_user, 'purge', 'young_person', p.id::text
    FROM (SELECT u.id, min(u.n) AS first FROM unnest(v_ids) WITH ORDINALITY AS u (id, n)
          WHERE u.id IS NOT NULL GROUP BY u.id) AS p
    WHERE NOT EXISTS (SELECT 1 FROM audit_event AS a
                      WHERE a.entity_id = p.id::text AND a.action = 'purge' AND a.actor = session_user
                        AND a.occurred_at = v_at)
    ORDER BY p.first;
END
$$;

REVOKE ALL ON FUNCTION trellis_pull(text, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_revoked(uuid[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_record_purge(uuid[], timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trellis_pull(text, integer) TO trellis_app;
GRANT EXECUTE ON FUNCTION trellis_revoked(uuid[]) TO trellis_app;
GRANT EXECUTE ON FUNCTION trellis_record_purge(uuid[], timestamptz) TO trellis_app;

RESET ROLE;
