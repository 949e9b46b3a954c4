-- Trellis central store, schema version 2: who may see what.
--
-- The calling worker is always session_user, the login that opened the connection. Workers
-- reach data only through SECURITY DEFINER functions, which run as trellis_owner: inside them
-- current_user is the owner, so a policy written with current_user would describe the owner
-- and match every row. Only a superuser can change session_user (SET SESSION AUTHORIZATION), and
-- SET ROLE does not change it.
--
-- Policies apply to trellis_owner (FORCE ROW LEVEL SECURITY makes them bind the owner too). They
-- ask helper functions that belong to a second role, trellis_acl, which reads the allocation
-- tables through its own "read everything" policies. Were the helpers the owner's, a policy on
-- assignment would call a helper that reads assignment under the same policy, without end. The
-- helpers answer only about the caller and take no arguments a caller could steer.
--
-- Only SELECT policies exist so far: the owner, and so every SECURITY DEFINER function, can
-- insert, change or delete nothing until the sync functions add narrowly written policies.

CREATE SCHEMA trellis_acl AUTHORIZATION trellis_acl;
GRANT USAGE ON SCHEMA trellis_acl TO trellis_owner;
GRANT USAGE ON SCHEMA trellis TO trellis_acl;
ALTER DEFAULT PRIVILEGES FOR ROLE trellis_acl REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

SET LOCAL search_path = trellis, pg_temp;

-- What trellis_acl may read: logins, allocations and the ids of young people, nothing else.
SET LOCAL ROLE trellis_owner;
GRANT SELECT ON worker_account, assignment TO trellis_acl;
GRANT SELECT (id) ON young_person TO trellis_acl;
CREATE POLICY acl_reads ON worker_account FOR SELECT TO trellis_acl USING (true);
CREATE POLICY acl_reads ON assignment FOR SELECT TO trellis_acl USING (true);
CREATE POLICY acl_reads ON young_person FOR SELECT TO trellis_acl USING (true);

SET LOCAL ROLE trellis_acl;

-- A deactivated worker is nobody: every helper insists on an active account.
CREATE FUNCTION trellis_acl.caller_is_manager() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM trellis.worker_account AS a
                   WHERE a.login = session_user AND a.active AND a.role = 'manager')
$$;

-- Workers in the caller's team (every worker, for a manager): whose names the caller may see.
CREATE FUNCTION trellis_acl.caller_team_worker_ids() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
    SELECT w.worker_id
    FROM trellis.worker_account AS c
    JOIN trellis.worker_account AS w ON c.role = 'manager' OR w.team_id = c.team_id
    WHERE c.login = session_user AND c.active
$$;

-- Workers whose caseloads the caller may see: their own; their team's for a supervisor;
-- everyone's for a manager. Deactivated workers stay in their team, so a supervisor still sees
-- the cases that wait for reallocation.
CREATE FUNCTION trellis_acl.caller_caseload_worker_ids() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
    SELECT w.worker_id
    FROM trellis.worker_account AS c
    JOIN trellis.worker_account AS w
      ON w.worker_id = c.worker_id OR (c.role = 'supervisor' AND w.team_id = c.team_id) OR c.role = 'manager'
    WHERE c.login = session_user AND c.active
$$;

-- The young people the caller may see: those currently allocated to a caseload they may see,
-- and every young person, allocated or not, for a manager.
CREATE FUNCTION trellis_acl.caller_young_person_ids() RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
BEGIN
    IF trellis_acl.caller_is_manager() THEN
        RETURN QUERY SELECT y.id FROM trellis.young_person AS y;
    ELSE
        RETURN QUERY
            SELECT a.young_person_id FROM trellis.assignment AS a
            WHERE a.ended_at IS NULL AND a.worker_id IN (SELECT trellis_acl.caller_caseload_worker_ids());
    END IF;
END
$$;

REVOKE ALL ON FUNCTION trellis_acl.caller_is_manager() FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_acl.caller_team_worker_ids() FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_acl.caller_caseload_worker_ids() FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_acl.caller_young_person_ids() FROM PUBLIC;
-- Policy expressions run with the privileges of the role querying, which is trellis_owner.
GRANT EXECUTE ON FUNCTION trellis_acl.caller_is_manager() TO trellis_owner;
GRANT EXECUTE ON FUNCTION trellis_acl.caller_team_worker_ids() TO trellis_owner;
GRANT EXECUTE ON FUNCTION trellis_acl.caller_caseload_worker_ids() TO trellis_owner;
GRANT EXECUTE ON FUNCTION trellis_acl.caller_young_person_ids() TO trellis_owner;

SET LOCAL ROLE trellis_owner;

-- Each set-returning helper sits in an uncorrelated IN (SELECT ...), which PostgreSQL runs once
-- per query as a hashed subplan rather than once per row.
CREATE POLICY caller_reads ON team FOR SELECT TO trellis_owner
    USING ((SELECT trellis_acl.caller_is_manager())
           OR id IN (SELECT a.team_id FROM worker_account AS a WHERE a.login = session_user AND a.active));
CREATE POLICY caller_reads ON worker_account FOR SELECT TO trellis_owner
    USING (worker_id IN (SELECT trellis_acl.caller_team_worker_ids()));
CREATE POLICY caller_reads ON worker FOR SELECT TO trellis_owner
    USING (id IN (SELECT trellis_acl.caller_team_worker_ids()));

CREATE POLICY caller_reads ON young_person FOR SELECT TO trellis_owner
    USING (id IN (SELECT trellis_acl.caller_young_person_ids()));
-- The whole allocation history of every young person the caller may see.
CREATE POLICY caller_reads ON assignment FOR SELECT TO trellis_owner
    USING (young_person_id IN (SELECT trellis_acl.caller_young_person_ids()));

-- Everything attached to a young person follows them.
CREATE POLICY caller_reads ON intervention FOR SELECT TO trellis_owner
    USING (young_person_id IN (SELECT trellis_acl.caller_young_person_ids()));
CREATE POLICY caller_reads ON contact FOR SELECT TO trellis_owner
    USING (young_person_id IN (SELECT trellis_acl.caller_young_person_ids()));
CREATE POLICY caller_reads ON safety_plan FOR SELECT TO trellis_owner
    USING (young_person_id IN (SELECT trellis_acl.caller_young_person_ids()));
CREATE POLICY caller_reads ON episode FOR SELECT TO trellis_owner
    USING (young_person_id IN (SELECT trellis_acl.caller_young_person_ids()));
CREATE POLICY caller_reads ON trusted_adult_link FOR SELECT TO trellis_owner
    USING (young_person_id IN (SELECT trellis_acl.caller_young_person_ids()));
CREATE POLICY caller_reads ON safety_plan_item FOR SELECT TO trellis_owner
    USING (safety_plan_id IN (SELECT p.id FROM safety_plan AS p
                              WHERE p.young_person_id IN (SELECT trellis_acl.caller_young_person_ids())));
-- A trusted adult is visible through any young person they are linked to (or named in a plan
-- item of), so an adult shared by siblings in two caseloads is visible to both workers.
CREATE POLICY caller_reads ON trusted_adult FOR SELECT TO trellis_owner
    USING (id IN (SELECT l.trusted_adult_id FROM trusted_adult_link AS l
                  WHERE NOT l.deleted AND l.young_person_id IN (SELECT trellis_acl.caller_young_person_ids()))
           OR id IN (SELECT i.trusted_adult_id FROM safety_plan_item AS i
                     JOIN safety_plan AS p ON p.id = i.safety_plan_id
                     WHERE NOT i.deleted AND i.trusted_adult_id IS NOT NULL
                       AND p.young_person_id IN (SELECT trellis_acl.caller_young_person_ids())));

-- A worker reads what they sent; a manager reads the whole log.
CREATE POLICY caller_reads ON audit_event FOR SELECT TO trellis_owner
    USING (received_from = session_user OR (SELECT trellis_acl.caller_is_manager()));

-- The API. Every function is SECURITY DEFINER with search_path fixed and pg_temp last (so a
-- caller's temporary objects can never shadow ours), EXECUTE revoked from PUBLIC and granted to
-- trellis_app only.

-- The caller's own account: login, worker id, name, role, team and whether it is active.
CREATE FUNCTION trellis_whoami()
RETURNS TABLE (login text, worker_id uuid, display_name text, role text, team text, active boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
    SELECT a.login, a.worker_id, w.display_name, a.role, t.name, a.active
    FROM trellis.worker_account AS a
    JOIN trellis.worker AS w ON w.id = a.worker_id
    JOIN trellis.team AS t ON t.id = a.team_id
    WHERE a.login = session_user
$$;

-- The young people the caller may see. There is no WHERE clause on purpose: row-level security
-- alone decides, which is what the tests of this function prove.
CREATE FUNCTION trellis_visible_young_people()
RETURNS TABLE (id uuid, reference text, server_version bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
    SELECT y.id, y.reference, y.server_version FROM trellis.young_person AS y ORDER BY y.reference
$$;

-- The id of every row of every synced table the caller may see, again filtered by
-- row-level security alone: the proof that each table has its policy.
CREATE FUNCTION trellis_visible_record_ids()
RETURNS TABLE (entity text, id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = trellis, pg_temp AS $$
    SELECT 'worker', x.id FROM trellis.worker AS x
    UNION ALL SELECT 'young_person', x.id FROM trellis.young_person AS x
    UNION ALL SELECT 'trusted_adult', x.id FROM trellis.trusted_adult AS x
    UNION ALL SELECT 'trusted_adult_link', x.id FROM trellis.trusted_adult_link AS x
    UNION ALL SELECT 'intervention', x.id FROM trellis.intervention AS x
    UNION ALL SELECT 'contact', x.id FROM trellis.contact AS x
    UNION ALL SELECT 'safety_plan', x.id FROM trellis.safety_plan AS x
    UNION ALL SELECT 'safety_plan_item', x.id FROM trellis.safety_plan_item AS x
    UNION ALL SELECT 'episode', x.id FROM trellis.episode AS x
    UNION ALL SELECT 'assignment', x.id FROM trellis.assignment AS x
$$;

REVOKE ALL ON FUNCTION trellis_whoami() FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_visible_young_people() FROM PUBLIC;
REVOKE ALL ON FUNCTION trellis_visible_record_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trellis_whoami() TO trellis_app;
GRANT EXECUTE ON FUNCTION trellis_visible_young_people() TO trellis_app;
GRANT EXECUTE ON FUNCTION trellis_visible_record_ids() TO trellis_app;

RESET ROLE;
