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

-- An incremental pull asks each table for the rows written by transactions not visible to P: at or
-- above P's xmax, or in P's in-progress list.
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

-- The statement that reads one chunk of a page: the rows of one table matching p_filter (one of
-- the fixed filters trellis_pull builds), after version $1 in version order, at most $2 (NULL:
-- all), none of them in $9 when p_exclude. It answers the row count, the last version and the
-- chunk as the text of its table object ({"entity", "columns", "rows": [[version, young person,
-- value, ...], ...]}) in two parts, ready to send: the head up to "rows":[ and the rows. One
-- statement a chunk, so a page costs a few statements, not a loop over its rows; the rows' text
-- is most of a pull's cost, so trellis_pull copies it as few times as it can. The columns are named from the catalogue, so a new column is sent without
-- a change here. Rows go in version order: the aggregate reads the subquery's ordered output.
--
-- For the page's closure it also answers which of the parents watched since the round began
-- ($10 to $13 by kind: young people, plans, trusted adults, workers; usually none, and a kind
-- with none is not asked about) its rows name, the trusted adults named by its recent rows (the
-- row changed, or its young person was allocated, since the round began: the walk may have
-- passed the adult before the row named them), and its own rows among the watched. Only those,
-- so a chunk of thousands of rows carries no arrays of thousands of ids.
CREATE FUNCTION pull_chunk_query(p_entity text, p_filter text, p_exclude boolean, p_watch_people boolean,
                                 p_watch_plans boolean, p_watch_adults boolean, p_watch_workers boolean)
RETURNS text
LANGUAGE plpgsql STABLE SET search_path = trellis, pg_temp AS $$
DECLARE
    v_from text := format('trellis.%I AS t', p_entity);
    v_person text := CASE p_entity WHEN 'young_person' THEN 't.id' WHEN 'safety_plan_item' THEN 'p.young_person_id'
                                   WHEN 'worker' THEN 'NULL::uuid' WHEN 'trusted_adult' THEN 'NULL::uuid'
                                   ELSE 't.young_person_id' END;
    v_fields text;
    v_head text;
    v_adult text;
    v_lead text;
    v_watched text;
BEGIN
    IF NOT p_entity = ANY (pull_entities()) THEN
        RAISE EXCEPTION 'not a synced table' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_entity = 'safety_plan_item' THEN
        v_from := v_from || ' JOIN trellis.safety_plan AS p ON p.id = t.safety_plan_id';
    END IF;
    -- Every client column; the server's own stamps stay here. Moments to the millisecond, as
    -- the client keeps them, written by json itself in UTC (trellis_pull sets the time zone):
    -- "2026-11-20T09:30:00.25+00:00" (to_char cost a tenth of a pull).
    SELECT string_agg(CASE WHEN a.atttypid = 'timestamptz'::regtype
                           THEN format('date_trunc(''milliseconds'', t.%I)', a.attname)
                           ELSE format('t.%I', a.attname) END, ', ' ORDER BY a.attnum),
           json_build_object('entity', p_entity, 'columns', json_agg(a.attname ORDER BY a.attnum))::text,
           CASE WHEN bool_or(a.attname = 'trusted_adult_id') THEN 't.trusted_adult_id' END,
           CASE WHEN bool_or(a.attname = 'lead_worker_id') THEN 't.lead_worker_id' END
    INTO v_fields, v_head, v_adult, v_lead
    FROM pg_catalog.pg_attribute AS a
    WHERE a.attrelid = to_regclass(format('trellis.%I', p_entity)) AND a.attnum > 0 AND NOT a.attisdropped
      AND a.attname NOT IN ('server_version', 'server_xid', 'server_changed_at', 'changed_by_login', 'field_versions');
    -- The closure's questions, each asked only when there is something it could find, in the
    -- order trellis_pull reads the answers: young people, plans, trusted adults (watched), trusted
    -- adults (of recent rows), lead workers, and the chunk's own watched rows.
    v_watched := concat_ws(', ',
        CASE WHEN p_watch_people AND p_entity NOT IN ('worker', 'young_person', 'trusted_adult')
             THEN 'array_agg(DISTINCT t.person_id) FILTER (WHERE t.person_id = ANY ($10))' ELSE 'NULL::uuid[]' END,
        CASE WHEN p_watch_plans AND p_entity = 'safety_plan_item'
             THEN 'array_agg(DISTINCT t.safety_plan_id) FILTER (WHERE t.safety_plan_id = ANY ($11))'
             ELSE 'NULL::uuid[]' END,
        CASE WHEN p_watch_adults AND v_adult IS NOT NULL
             THEN format('array_agg(DISTINCT %s) FILTER (WHERE %s = ANY ($12))', v_adult, v_adult)
             ELSE 'NULL::uuid[]' END,
        CASE WHEN v_adult IS NOT NULL
             THEN format('array_agg(DISTINCT %s) FILTER (WHERE %s IS NOT NULL AND (NOT pg_visible_in_snapshot('
                         't.server_xid, $6) OR t.person_id = ANY ($7)))', v_adult, v_adult)
             ELSE 'NULL::uuid[]' END,
        CASE WHEN p_watch_workers AND v_lead IS NOT NULL
             THEN format('array_agg(DISTINCT %s) FILTER (WHERE %s = ANY ($13))', v_lead, v_lead)
             ELSE 'NULL::uuid[]' END,
        CASE WHEN p_entity IN ('young_person', 'safety_plan', 'trusted_adult', 'worker')
                  AND CASE p_entity WHEN 'young_person' THEN p_watch_people WHEN 'safety_plan' THEN p_watch_plans
                                    WHEN 'trusted_adult' THEN p_watch_adults ELSE p_watch_workers END
             THEN format('array_agg(t.id) FILTER (WHERE t.id = ANY ($%s))',
                         CASE p_entity WHEN 'young_person' THEN 10 WHEN 'safety_plan' THEN 11
                                       WHEN 'trusted_adult' THEN 12 ELSE 13 END)
             ELSE 'NULL::uuid[]' END);
    -- json_build_array takes at most 100 arguments: two and the columns (young_person has 33).
    RETURN format(
        'SELECT count(*)::integer, max(t.server_version), %1$L, string_agg(json_build_array(t.server_version, '
        't.person_id, %2$s)::text, '',''), %3$s '
        'FROM (SELECT t.*, %4$s AS person_id FROM %5$s WHERE t.server_version > $1 AND (%6$s) %7$s'
        'ORDER BY t.server_version LIMIT $2) AS t',
        left(v_head, -1) || ',"rows":[', v_fields, v_watched, v_person, v_from, p_filter,
        CASE WHEN p_exclude THEN 'AND t.id NOT IN (SELECT unnest($9)) ' ELSE '' END);
END
$$;

REVOKE ALL ON FUNCTION pull_entities() FROM PUBLIC;
REVOKE ALL ON FUNCTION pull_account() FROM PUBLIC;
REVOKE ALL ON FUNCTION pull_cursor_refuse(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION pull_cursor_make(text, pg_snapshot, pg_snapshot, integer, bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION pull_cursor_read(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION pull_chunk_query(text, text, boolean, boolean, boolean, boolean, boolean) FROM PUBLIC;

-- --- the API -----------------------------------------------------------------------------------

-- One page of a pull: {"tables": [...], "cursor": "...", "complete": true|false}. STABLE, so every
-- query in it reads the one snapshot the call started with, which is also the round's C when
-- the call starts a round. The reply is JSON text joined from the rows' json values: as jsonb or
-- json it would be parsed again whole on the way out, which cost as much as making it.
CREATE FUNCTION trellis_pull(cursor text, max_rows integer) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp SET TimeZone = 'UTC' AS $$
DECLARE
    v_text text := $1;
    v_max integer := $2;
    v_entities text[] := pull_entities();
    v_account text := pull_account();
    v_read record;
    v_prev pg_snapshot;
    v_round pg_snapshot;
    v_prev_xmax xid8;
    v_prev_xip xid8[];
    v_round_xmax xid8;
    v_round_xip xid8[];
    v_rank integer := 1;
    v_after bigint := 0;
    v_new_people uuid[] := '{}';
    v_new_adults uuid[] := '{}';
    v_recent_people uuid[];
    v_filter text;
    v_limit integer := v_max;
    v_got integer;
    v_head text;
    v_body text;
    v_got_people uuid[];
    v_got_plans uuid[];
    v_got_adults uuid[];
    v_got_recent_adults uuid[];
    v_got_leads uuid[];
    v_got_ids uuid[];
    v_refs uuid[];
    v_complete boolean;
    v_last_rank integer;
    v_last_version bigint;
    v_last bigint;
    -- The page: walked rows and then their parents, a chunk a table (its head and its rows),
    -- with each chunk's rank for the order (parents first), and how many rows it holds.
    v_ranks integer[];
    v_heads text[];
    v_bodies text[];
    v_order integer[];
    v_pieces text[];
    v_tail text;
    v_count integer;
    -- Parents that changed (or whose young person was allocated) since the round began, by kind,
    -- and the walked rows among them, which the closure must not send twice.
    v_watch_people uuid[];
    v_watch_plans uuid[];
    v_watch_adults uuid[];
    v_watch_workers uuid[];
    v_exclude uuid[];
    v_walked integer;
    v_parents integer;
    v_people uuid[];
    v_plans uuid[];
    v_adults uuid[];
    v_leads uuid[];
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
    -- "Not visible to snapshot S" is "written at or after S's xmax, or by a transaction in flight
    -- when S was taken": two index ranges on server_xid, however long ago S's xmin was (an
    -- autovacuum running when S was taken would otherwise make every later row a candidate).
    v_round_xmax := pg_snapshot_xmax(v_round);
    v_round_xip := ARRAY(SELECT pg_snapshot_xip(v_round));
    v_prev_xmax := pg_snapshot_xmax(v_prev);
    v_prev_xip := ARRAY(SELECT pg_snapshot_xip(v_prev));

    -- Young people allocated since the round began: the walk may have passed their rows.
    SELECT coalesce(array_agg(DISTINCT a.young_person_id), '{}') INTO v_recent_people FROM assignment AS a
    WHERE a.server_xid >= v_round_xmax OR a.server_xid = ANY (v_round_xip);
    IF v_prev IS NULL THEN
        v_filter := 'true';
    ELSE
        -- Young people allocated since P (the caller sees only those now visible), and trusted
        -- adults newly linked or named, or linked to those young people: all of them, whatever
        -- their versions.
        SELECT coalesce(array_agg(DISTINCT a.young_person_id), '{}') INTO v_new_people FROM assignment AS a
        WHERE a.server_xid >= v_prev_xmax OR a.server_xid = ANY (v_prev_xip);
        SELECT coalesce(array_agg(DISTINCT x.adult), '{}') INTO v_new_adults FROM (
            SELECT l.trusted_adult_id AS adult FROM trusted_adult_link AS l
            WHERE NOT l.deleted
              AND ((l.server_xid >= v_prev_xmax OR l.server_xid = ANY (v_prev_xip))
                   OR l.young_person_id = ANY (v_new_people))
            UNION ALL
            SELECT i.trusted_adult_id FROM safety_plan_item AS i JOIN safety_plan AS p ON p.id = i.safety_plan_id
            WHERE NOT i.deleted AND i.trusted_adult_id IS NOT NULL
              AND ((i.server_xid >= v_prev_xmax OR i.server_xid = ANY (v_prev_xip))
                   OR p.young_person_id = ANY (v_new_people))) AS x;
        v_filter := '(t.server_xid >= $14 OR t.server_xid = ANY ($15))';
    END IF;

    -- What the closure may have to add: parents not in C (changed since the round began, or
    -- allocated since: rows the walk may already have passed). Usually none; a few when workers
    -- are saving while this round runs. Row-level security keeps it to what the caller may see.
    SELECT coalesce(array_agg(t.id), '{}') INTO v_watch_people FROM young_person AS t
    WHERE (t.server_xid >= v_round_xmax OR t.server_xid = ANY (v_round_xip))
       OR t.id = ANY (v_recent_people);
    SELECT coalesce(array_agg(t.id), '{}') INTO v_watch_plans FROM safety_plan AS t
    WHERE (t.server_xid >= v_round_xmax OR t.server_xid = ANY (v_round_xip))
       OR t.young_person_id = ANY (v_recent_people);
    SELECT coalesce(array_agg(t.id), '{}') INTO v_watch_adults FROM trusted_adult AS t
    WHERE t.server_xid >= v_round_xmax OR t.server_xid = ANY (v_round_xip);
    SELECT coalesce(array_agg(t.id), '{}') INTO v_watch_workers FROM worker AS t
    WHERE t.server_xid >= v_round_xmax OR t.server_xid = ANY (v_round_xip);

    LOOP
        v_ranks := '{}'; v_heads := '{}'; v_bodies := '{}'; v_count := 0; v_exclude := '{}';
        v_people := '{}'; v_plans := '{}'; v_adults := '{}'; v_leads := '{}';
        v_complete := true;
        v_last_rank := v_rank;
        v_last_version := v_after;
        -- The walk, from the cursor's position.
        FOR v_n IN v_rank..cardinality(v_entities) LOOP
            EXECUTE pull_chunk_query(
                    v_entities[v_n],
                    v_filter || CASE
                        WHEN cardinality(v_new_people) = 0 OR v_entities[v_n] IN ('worker', 'trusted_adult') THEN ''
                        WHEN v_entities[v_n] = 'young_person' THEN ' OR t.id = ANY ($4)'
                        WHEN v_entities[v_n] = 'safety_plan_item' THEN ' OR p.young_person_id = ANY ($4)'
                        ELSE ' OR t.young_person_id = ANY ($4)' END
                    || CASE WHEN v_entities[v_n] = 'trusted_adult' AND cardinality(v_new_adults) > 0
                            THEN ' OR t.id = ANY ($5)' ELSE '' END,
                    false, cardinality(v_watch_people) > 0, cardinality(v_watch_plans) > 0,
                    cardinality(v_watch_adults) > 0, cardinality(v_watch_workers) > 0)
                INTO v_got, v_last, v_head, v_body, v_got_people, v_got_plans, v_got_adults, v_got_recent_adults, v_got_leads,
                     v_got_ids
                USING CASE WHEN v_n = v_rank THEN v_after ELSE 0 END, v_limit - v_count, v_prev, v_new_people,
                      v_new_adults, v_round, v_recent_people, NULL::uuid[], NULL::uuid[], v_watch_people,
                      v_watch_plans, v_watch_adults, v_watch_workers, v_prev_xmax, v_prev_xip;
            IF v_got > 0 THEN
                v_ranks := v_ranks || v_n;
                v_heads := v_heads || v_head;
                v_bodies := v_bodies || v_body;
                v_count := v_count + v_got;
                v_last_rank := v_n;
                v_last_version := v_last;
                -- Watched parents they name, for the closure below.
                v_people := v_people || v_got_people;
                v_plans := v_plans || v_got_plans;
                v_adults := v_adults || v_got_adults || v_got_recent_adults;
                v_leads := v_leads || v_got_leads;
                v_exclude := v_exclude || v_got_ids;
            END IF;
            IF v_count >= v_limit THEN
                v_complete := false;
                EXIT;
            END IF;
        END LOOP;
        v_walked := v_count;

        -- The closure: the watched parents the page's rows name, and the trusted adults its recent
        -- rows name. Young people, plans, adults, then lead workers (of the rows and of the young
        -- people the closure adds).
        FOREACH v_parent IN ARRAY ARRAY['young_person', 'safety_plan', 'trusted_adult', 'worker'] LOOP
            v_refs := CASE v_parent WHEN 'young_person' THEN v_people WHEN 'safety_plan' THEN v_plans
                                    WHEN 'trusted_adult' THEN v_adults ELSE v_leads END;
            CONTINUE WHEN cardinality(v_refs) = 0;
            v_n := array_position(v_entities, v_parent);
            EXECUTE pull_chunk_query(v_parent, 't.id IN (SELECT unnest($8))', cardinality(v_exclude) > 0, false,
                                     false, false, cardinality(v_watch_workers) > 0)
                INTO v_got, v_last, v_head, v_body, v_got_people, v_got_plans, v_got_adults, v_got_recent_adults, v_got_leads,
                     v_got_ids
                USING 0::bigint, NULL::integer, v_prev, v_new_people, v_new_adults, v_round, v_recent_people, v_refs,
                      v_exclude, NULL::uuid[], NULL::uuid[], NULL::uuid[], v_watch_workers, v_prev_xmax, v_prev_xip;
            IF v_got > 0 THEN
                v_ranks := v_ranks || v_n;
                v_heads := v_heads || v_head;
                v_bodies := v_bodies || v_body;
                v_count := v_count + v_got;
                v_leads := v_leads || v_got_leads;
            END IF;
        END LOOP;
        v_parents := v_count - v_walked;

        -- At most max_rows in all: with parents to add, walk fewer rows and look again.
        EXIT WHEN v_count <= v_max OR v_walked <= 1;
        v_limit := greatest(1, least(v_walked - 1, v_max - v_parents));
    END LOOP;

    v_tail := '],"cursor":'
        || to_json(CASE WHEN v_complete THEN pull_cursor_make(v_account, v_round, NULL, 1, 0)
                        ELSE pull_cursor_make(v_account, v_prev, v_round, v_last_rank, v_last_version) END)::text
        || ',"complete":' || CASE WHEN v_complete THEN 'true' ELSE 'false' END || '}';
    -- Most pages are one chunk: its rows are copied once more, into the reply.
    IF cardinality(v_bodies) = 0 THEN
        RETURN '{"tables":[' || v_tail;
    ELSIF cardinality(v_bodies) = 1 THEN
        RETURN ('{"tables":[' || v_heads[1]) || v_bodies[1] || (']}' || v_tail);
    END IF;
    -- Parents first: the walk's chunks are in rank order already; parents the closure added go
    -- among them by rank.
    SELECT array_agg(r.n ORDER BY r.rank, r.n) INTO v_order FROM unnest(v_ranks) WITH ORDINALITY AS r (rank, n);
    v_pieces := ARRAY['{"tables":['];
    FOR v_n IN 1..cardinality(v_order) LOOP
        v_pieces := v_pieces || CASE WHEN v_n > 1 THEN ']},' ELSE '' END || v_heads[v_order[v_n]];
        v_pieces := v_pieces || v_bodies[v_order[v_n]];
    END LOOP;
    RETURN array_to_string(v_pieces || (']}' || v_tail), '');
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
    -- The answer lets the laptop forget this receipt, so the commit that keeps it must reach
    -- the WAL on disk before it goes, whatever synchronous_commit the server or the role says:
    -- with it off, a crash loses commits already answered (as trellis_push). Set for
    -- this transaction only; it outlives this call because the function sets nothing of its own.
    IF current_setting('synchronous_commit') = 'off' THEN
        PERFORM set_config('synchronous_commit', 'local', true);
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

-- A pull's snapshot may hold only transactions that a crash cannot take back. With
-- synchronous_commit off a commit is visible before it is durable; after a crash its xid can be
-- given to a new transaction that a laptop's cursor already counts as seen, and that laptop would
-- never be sent its rows (the resilience harness found a young person missing so). So every
-- session of this database commits durably unless it says otherwise; the sync functions insist
-- for their own transactions whatever a session says.
DO $durable$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET synchronous_commit = on', current_database());
END
$durable$;
