-- Trellis central store, schema version 5: the caller's team and reallocation by supervisors
-- (docs/sync.md, "Reallocation").
--
--   trellis_whoami()                    the caller's login, name, role and team, as JSON (it was a
--                                       table in 0002; the desktop reads one object).
--   trellis_team_workers()              the active workers a supervisor (their team) or a manager
--                                       (every team) may allocate to, with their caseload counts.
--   trellis_reallocate(young_person, login)
--                                       moves a young person to another active worker: a supervisor
--                                       within their own team, a manager anywhere, a caseworker
--                                       never. The same effects as CentralAdmin::reassign: the
--                                       current allocation ends, a new one starts, lead_worker_id
--                                       follows (so the young person's row gets a new version and
--                                       the next pull sends it), one 'reallocate' audit row.
--
-- Same discipline as 0002-0004: SECURITY DEFINER, search_path fixed with pg_temp last, EXECUTE for
-- trellis_app only, the caller is session_user. The owner gains exactly three narrow write
-- policies (ending an allocation, starting one, the audit row), each asking a trellis_acl helper
-- whether the caller is a supervisor or manager who may move this young person to this worker,
-- so no other API function can use them to allocate. Refusals name what is wrong and never a
-- value of a record: a young person the caller may not see gets the same answer as one that does
-- not exist.

SET LOCAL search_path = trellis, pg_temp;
SET LOCAL ROLE trellis_owner;

ALTER TABLE audit_event DROP CONSTRAINT audit_event_action_check;
ALTER TABLE audit_event ADD CONSTRAINT audit_event_action_check CHECK (action IN (
    'view', 'create', 'update', 'delete', 'export', 'import', 'print', 'unlock', 'failed_unlock', 'lock', 'rekey',
    'change_applied', 'change_conflict', 'change_rejected', 'purge',
    'add_worker', 'assign', 'reassign', 'deactivate_worker', 'reallocate'));

SET LOCAL ROLE trellis_acl;

-- An active supervisor or manager: who may move young people at all.
CREATE FUNCTION trellis_acl.caller_may_reallocate() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM trellis.worker_account AS a
                   WHERE a.login = session_user AND a.active AND a.role IN ('supervisor', 'manager'))
$$;

-- Whether the caller may allocate this young person to this worker now: the caller may
-- reallocate; the worker is active and in the caller's team (any team, for a manager); the
-- young person has no current allocation because the caller ended it in this very transaction;
-- and the ended allocation was in the caller's view (their team's caseloads; any, for a manager).
-- now() is the transaction's start, so "ended at now() by the caller" means "ended just now".
CREATE FUNCTION trellis_acl.caller_may_allocate(p_young_person uuid, p_worker uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
    SELECT trellis_acl.caller_may_reallocate()
       AND EXISTS (SELECT 1 FROM trellis.worker_account AS c
                   JOIN trellis.worker_account AS w ON w.worker_id = p_worker AND w.active
                   WHERE c.login = session_user AND c.active AND (c.role = 'manager' OR w.team_id = c.team_id))
       AND NOT EXISTS (SELECT 1 FROM trellis.assignment AS a
                       WHERE a.young_person_id = p_young_person AND a.ended_at IS NULL)
       AND EXISTS (SELECT 1 FROM trellis.assignment AS a
                   WHERE a.young_person_id = p_young_person AND a.ended_by = session_user AND a.ended_at = now()
                     AND (trellis_acl.caller_is_manager()
                          OR a.worker_id = ANY (trellis_acl.caller_caseload_workers())))
$$;

REVOKE ALL ON FUNCTION trellis_acl.caller_may_reallocate() FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_acl.caller_may_allocate(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trellis_acl.caller_may_reallocate() TO trellis_owner;
GRANT EXECUTE ON FUNCTION trellis_acl.caller_may_allocate(uuid, uuid) TO trellis_owner;

SET LOCAL ROLE trellis_owner;

-- Ending an allocation: only of a young person in the caller's view, by a supervisor or manager,
-- and the row must come out ended by the caller (the history trigger allows nothing else).
CREATE POLICY caller_reallocates ON assignment FOR UPDATE TO trellis_owner
    USING ((SELECT trellis_acl.caller_may_reallocate())
           AND ((SELECT trellis_acl.caller_is_manager())
                OR EXISTS (SELECT 1 FROM trellis_acl.caller_young_people AS v
                           WHERE v.young_person_id = assignment.young_person_id)))
    WITH CHECK (ended_at IS NOT NULL AND ended_by = session_user AND (SELECT trellis_acl.caller_may_reallocate()));
-- Starting the new allocation, in the caller's name.
CREATE POLICY caller_reallocates_to ON assignment FOR INSERT TO trellis_owner
    WITH CHECK (ended_at IS NULL AND started_by = session_user
                AND trellis_acl.caller_may_allocate(young_person_id, worker_id));
-- The reallocation's audit row: ids and logins only.
CREATE POLICY caller_reallocate_audit ON audit_event FOR INSERT TO trellis_owner
    WITH CHECK (source = 'admin' AND received_from = session_user AND actor = session_user AND action = 'reallocate'
                AND entity = 'young_person' AND change_id IS NULL AND (SELECT trellis_acl.caller_may_reallocate()));

-- The caller's own active account, or NULL for a login that is not an active worker.
DROP FUNCTION trellis_whoami();
CREATE FUNCTION trellis_whoami() RETURNS json
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
    SELECT json_build_object('login', a.login, 'worker_id', a.worker_id, 'display_name', w.display_name,
                             'role', a.role, 'team', t.name)
    FROM trellis.worker_account AS a
    JOIN trellis.worker AS w ON w.id = a.worker_id
    JOIN trellis.team AS t ON t.id = a.team_id
    WHERE a.login = session_user AND a.active
$$;

-- The active workers a reallocation may go to, with the number of young people each holds now.
-- Row-level security already limits workers to the caller's team (every team for a manager);
-- the WHERE repeats it so the answer does not hang on one policy.
CREATE FUNCTION trellis_team_workers() RETURNS json
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
DECLARE
    v_role text;
    v_team uuid;
BEGIN
    SELECT a.role, a.team_id INTO v_role, v_team
    FROM trellis.worker_account AS a WHERE a.login = session_user AND a.active;
    IF v_role IS NULL OR v_role NOT IN ('supervisor', 'manager') THEN
        RAISE EXCEPTION 'only a supervisor or a manager may list their team''s workers'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN coalesce((
        SELECT json_agg(json_build_object(
                   'login', a.login, 'display_name', w.display_name, 'role', a.role, 'team', t.name,
                   'allocated', (SELECT count(*) FROM trellis.assignment AS s
                                 WHERE s.worker_id = a.worker_id AND s.ended_at IS NULL))
                   ORDER BY t.name, w.display_name, a.login)
        FROM trellis.worker_account AS a
        JOIN trellis.worker AS w ON w.id = a.worker_id
        JOIN trellis.team AS t ON t.id = a.team_id
        WHERE a.active AND (v_role = 'manager' OR a.team_id = v_team)), '[]'::json);
END
$$;

-- SQLSTATEs: 42501 the caller may not reallocate at all; P0002 "not visible" (the young person
-- does not exist or the caller may not see them: one answer for both); 22023 anything else
-- wrong with the request (names the argument).
CREATE FUNCTION trellis_reallocate(p_young_person uuid, p_to_login text) RETURNS json
LANGUAGE plpgsql SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
DECLARE
    v_role text;
    v_team uuid;
    v_current uuid;
    v_previous_worker uuid;
    v_previous_login text;
    v_previous_team uuid;
    v_target uuid;
    v_target_team uuid;
    v_target_active boolean;
BEGIN
    SELECT a.role, a.team_id INTO v_role, v_team
    FROM trellis.worker_account AS a WHERE a.login = session_user AND a.active;
    IF v_role IS NULL OR v_role NOT IN ('supervisor', 'manager') THEN
        RAISE EXCEPTION 'only a supervisor or a manager may reallocate young people'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_young_person IS NULL THEN
        RAISE EXCEPTION 'young_person: an id is required' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_to_login IS NULL OR p_to_login = '' THEN
        RAISE EXCEPTION 'to_login: a login is required' USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- The row lock makes concurrent reallocations of one young person take turns; row-level
    -- security makes a young person outside the caller's view look exactly like a missing one.
    PERFORM 1 FROM trellis.young_person AS y WHERE y.id = p_young_person AND NOT y.deleted FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'young_person: not visible' USING ERRCODE = 'no_data_found';
    END IF;

    SELECT s.id, s.worker_id, wa.login, wa.team_id INTO v_current, v_previous_worker, v_previous_login, v_previous_team
    FROM trellis.assignment AS s
    JOIN trellis.worker_account AS wa ON wa.worker_id = s.worker_id
    WHERE s.young_person_id = p_young_person AND s.ended_at IS NULL;
    IF v_current IS NULL THEN
        RAISE EXCEPTION 'young_person: not allocated to anyone yet; an administrator allocates them first'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF v_role <> 'manager' AND v_previous_team IS DISTINCT FROM v_team THEN
        RAISE EXCEPTION 'young_person: not in your team' USING ERRCODE = 'invalid_parameter_value';
    END IF;

    -- Row-level security shows a supervisor only their team's accounts, so a login of another
    -- team reads as missing here.
    SELECT a.worker_id, a.team_id, a.active INTO v_target, v_target_team, v_target_active
    FROM trellis.worker_account AS a WHERE a.login = p_to_login;
    IF v_target IS NULL OR (v_role <> 'manager' AND v_target_team IS DISTINCT FROM v_team) THEN
        IF v_role = 'manager' THEN
            RAISE EXCEPTION 'to_login: not an active worker' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        RAISE EXCEPTION 'to_login: not in your team' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT v_target_active THEN
        RAISE EXCEPTION 'to_login: not an active worker' USING ERRCODE = 'invalid_parameter_value';
    END IF;

    IF v_target = v_previous_worker THEN
        RETURN json_build_object('previous_login', v_previous_login, 'login', p_to_login, 'changed', false);
    END IF;

    UPDATE trellis.assignment SET ended_at = now(), ended_by = left(session_user, 64) WHERE id = v_current;
    INSERT INTO trellis.assignment (young_person_id, worker_id) VALUES (p_young_person, v_target);
    -- The lead worker is the allocation's copy that clients display; writing it gives the young
    -- person a new server_version, so the next pull brings the move to both laptops.
    UPDATE trellis.young_person SET lead_worker_id = v_target, updated_at = now(), updated_by = left(session_user, 64)
    WHERE id = p_young_person;
    INSERT INTO trellis.audit_event (id, source, occurred_at, actor, action, entity, entity_id, reason)
    VALUES (gen_random_uuid(), 'admin', now(), session_user, 'reallocate', 'young_person', p_young_person::text,
            left(format('from %s to %s', v_previous_login, p_to_login), 200));
    RETURN json_build_object('previous_login', v_previous_login, 'login', p_to_login, 'changed', true);
END
$$;

REVOKE ALL ON FUNCTION trellis_whoami() FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_team_workers() FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_reallocate(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trellis_whoami() TO trellis_app;
GRANT EXECUTE ON FUNCTION trellis_team_workers() TO trellis_app;
GRANT EXECUTE ON FUNCTION trellis_reallocate(uuid, text) TO trellis_app;

RESET ROLE;
