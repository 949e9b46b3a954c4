#!/usr/bin/env bash
# packaging/central as an administrator uses it, on this machine's own PostgreSQL (postgresql-common):
# trellis-central-setup makes a throwaway cluster with a test CA; a worker added with add-worker
# syncs over TLS (verify-full) and nothing without TLS gets in; the setup run again changes
# nothing; the backup runs from the settings file the setup wrote (as cron and the timer do) and
# refuses a folder it did not make; a backup restored into a new database (with only the roles
# missing, a worker deactivated since staying out) holds the same rows and serves the worker after
# a switch-over; central upgrade has nothing to do. The cluster is dropped at the end, whatever
# happens, and no other cluster is touched.
# Usage: tst_central_deploy.sh SOURCE_DIR BUILD_DIR   (exit 77: skipped)
set -euo pipefail
source_dir=$1
build_dir=$2
skip() {
    echo "SKIP: $*"
    exit 77
}
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
[ "$(id -u)" -eq 0 ] || skip "needs root (it makes and drops a PostgreSQL cluster with postgresql-common)"
command -v pg_createcluster >/dev/null || skip "pg_createcluster is missing (apt-get install postgresql-common)"
command -v jq >/dev/null || skip "jq is missing"
ctl="$build_dir/app/trellisctl"
[ -x "$ctl" ] || fail "$ctl is missing: build trellisctl first"
setup="$source_dir/packaging/central/trellis-central-setup"
backup="$source_dir/packaging/central/trellis-central-backup"
restore="$source_dir/packaging/central/trellis-central-restore"
version=$(ls -d /usr/lib/postgresql/*/bin/postgres 2>/dev/null | sed 's|/usr/lib/postgresql/\([0-9]*\)/.*|\1|' | sort -n | tail -n 1)
[ -n "$version" ] || skip "no PostgreSQL server is installed"
runuser -u postgres -- test -x "$ctl" || skip "the postgres user cannot run $ctl (build it in a folder others can read)"

cluster="tdeploy-$$"
others_before=$(pg_lsclusters -h | awk -v c="$cluster" '$2 != c')
port=""
for _ in $(seq 1 20); do
    candidate=$((20000 + RANDOM % 12000))
    if [ -z "$(ss -ltnH "( sport = :$candidate )")" ] && ! pg_lsclusters -h | awk '{print $3}' | grep -qx "$candidate"; then
        port=$candidate
        break
    fi
done
[ -n "$port" ] || fail "no free port found"
work=$(mktemp -d "${TMPDIR:-/tmp}/tst_central_deploy.XXXXXX")
chmod 0700 "$work"
cleanup() {
    if pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c {f = 1} END {exit !f}'; then
        pg_dropcluster --stop "$version" "$cluster" >/dev/null 2>&1 || true
    fi
    # pg_dropcluster leaves the files it did not make: the setup's tls/ (with the test CA's key),
    # conf.d/trellis.conf and pg_hba.conf.dist.
    rm -rf -- "/etc/postgresql/$version/$cluster" "$work"
}
trap cleanup EXIT
started=$SECONDS

# --- Stand it up ---------------------------------------------------------------------------------
run_setup() {
    "$setup" --pg-version "$version" --cluster "$cluster" --port "$port" --listen 127.0.0.1 \
        --allow 127.0.0.1/32 --make-test-ca --server-name localhost --server-name 127.0.0.1 --admin root \
        --trellisctl "$ctl" --backup-dir "$work/nightly" --backup-defaults "$work/backup.defaults"
}
run_setup >"$work/setup.out" 2>"$work/setup.err" || fail "setup failed: $(tail -n 5 "$work/setup.err")"
grep -q "Created the central store in database \"trellis\"" "$work/setup.out" || fail "setup did not run central init"
pg_lsclusters -h | awk -v v="$version" -v c="$cluster" -v p="$port" '$1 == v && $2 == c && $3 == p && $4 == "online" {f = 1} END {exit !f}' ||
    fail "the cluster $version/$cluster is not online on port $port"
listening=$(ss -ltnH "( sport = :$port )" | awk '{print $4}')
[ "$listening" = "127.0.0.1:$port" ] || fail "the cluster listens on \"$listening\", not 127.0.0.1:$port only"
conf=/etc/postgresql/$version/$cluster
ca=$conf/tls/ca.crt
[ "$(stat -c '%a %U' "$conf/tls/server.key")" = "600 postgres" ] || fail "the server key is not 0600 postgres"
ca_sum=$(sha256sum <"$ca")
hba_sum=$(sha256sum <"$conf/pg_hba.conf")
sql() { psql --cluster "$version/$cluster" -d "${2:-trellis}" -XAtq -v ON_ERROR_STOP=1 -c "$1"; }
# The backup's settings, for the timer and cron: this cluster (the version differs by Debian release).
defaults=$work/backup.defaults
[ "$(stat -c %a "$defaults" 2>/dev/null)" = 644 ] || fail "the setup did not write $defaults 0644"
for line in "TRELLIS_CLUSTER=$version/$cluster" TRELLIS_DATABASE=trellis "TRELLIS_BACKUP_DIR=$work/nightly"; do
    grep -qx -- "$line" "$defaults" || fail "$defaults lacks $line: $(cat "$defaults")"
done
grep -qx 'EnvironmentFile=/etc/default/trellis-central-backup' "$source_dir/packaging/central/trellis-central-backup.service" ||
    fail "the backup service does not read /etc/default/trellis-central-backup"
for setting in "ssl|on" "ssl_min_protocol_version|TLSv1.2" "password_encryption|scram-sha-256" "synchronous_commit|on"; do
    [ "$(sql "SHOW ${setting%%|*}")" = "${setting#*|}" ] || fail "${setting%%|*} is not ${setting#*|}"
done

# --- Workers -------------------------------------------------------------------------------------
admin_db="host=/var/run/postgresql port=$port dbname=trellis"
(umask 077 && printf 'fictional passphrase for this test only\n' >"$work/passphrase")
for login in test.worker other.worker leaver.worker returning.worker; do
    (umask 077 && openssl rand -base64 18 | tr -d '/+=\n' >"$work/$login.password")
done
worker_id=$("$ctl" --json central add-worker test.worker --name "Test Worker (fictional)" --team "Test Team" \
    --role caseworker --password-file "$work/test.worker.password" --db "$admin_db" | jq -r .worker_id)
[ -n "$worker_id" ] && [ "$worker_id" != null ] || fail "add-worker gave no worker id"
"$ctl" central add-worker other.worker --name "Other Worker (fictional)" --team "Test Team" --role caseworker \
    --password-file "$work/other.worker.password" --db "$admin_db" >/dev/null || fail "add-worker other.worker failed"
# Two more who only matter to the restore: one deactivated after the backup, one whose login is
# dropped after it (as on a new cluster).
for login in leaver.worker returning.worker; do
    "$ctl" central add-worker "$login" --name "Fictional ${login%.worker}" --team "Test Team" --role caseworker \
        --password-file "$work/$login.password" --db "$admin_db" >/dev/null || fail "add-worker $login failed"
done

store() {
    local login=$1
    shift
    "$ctl" --store "$work/$login.trellis" --passphrase-file "$work/passphrase" --actor "$login" "$@"
}
join() {
    local login=$1 host=$2
    store "$login" init >/dev/null
    store "$login" account set --db "postgresql://$login@$host:$port/trellis" --ca "$ca" \
        --password-file "$work/$login.password" >/dev/null
}
sync_ok() {
    local summary
    summary=$(store "$1" sync 2>"$work/sync.err") || fail "$1's sync failed: $summary $(tail -n 2 "$work/sync.err")"
    [ "$(jq -r .ok <<<"$summary")" = true ] && [ "$(jq -r .rejected <<<"$summary")" = 0 ] || fail "$1's sync: $summary"
    echo "$summary"
}
young_people() { store "$1" --json stats | jq -r .counts.young_person; }

# A fictional caseload of 6, pushed by the worker over TLS checked in full against the test CA
# (by host name: the certificate names localhost and 127.0.0.1).
join test.worker localhost
sync_ok test.worker >/dev/null # brings the worker's own record, which the caseload names
store seed init >/dev/null
store seed seed-demo --cases 6 --seed 7 --workers 1 >/dev/null 2>&1 || fail "seed-demo failed"
store seed export --output "$work/seed.jsonl" >/dev/null 2>&1 || fail "export failed"
jq -c --arg lead "$worker_id" 'select(.entity != "worker")
    | if .entity == "young_person" then .lead_worker_id = $lead else . end' "$work/seed.jsonl" >"$work/caseload.jsonl"
store test.worker import "$work/caseload.jsonl" >/dev/null
pushed=$(sync_ok test.worker | jq -r .pushed)
[ "$pushed" -gt 0 ] || fail "the worker's sync pushed nothing"

# The administrator's allocation commands: assign (already theirs), reassign to the other worker,
# who then pulls them; the first worker's next sync lets them go.
moved=$(jq -r 'select(.entity == "young_person") | .id' "$work/caseload.jsonl" | head -n 1)
"$ctl" central assign "$moved" test.worker --db "$admin_db" | grep -q "nothing changed" || fail "assign to the same worker changed something"
"$ctl" central reassign "$moved" other.worker --db "$admin_db" | grep -q "Moved the young person $moved" || fail "reassign failed"
[ "$(sync_ok test.worker | jq -r .purged)" = 1 ] || fail "the first worker did not let the moved young person go"
join other.worker 127.0.0.1
sync_ok other.worker >/dev/null
[ "$(young_people other.worker)" = 1 ] || fail "the other worker does not hold the moved young person"
[ "$(young_people test.worker)" = 5 ] || fail "the first worker does not hold 5 young people"

# --- Nothing without TLS, no administrator over the network, no other CA --------------------------
(umask 077 && printf '127.0.0.1:%s:trellis:test.worker:%s\n' "$port" "$(cat "$work/test.worker.password")" >"$work/pgpass")
try_psql() { PGPASSFILE="$work/pgpass" psql "$1" -XAtqc 'SELECT 1' 2>&1 || true; }
answer=$(try_psql "host=127.0.0.1 port=$port dbname=trellis user=test.worker sslmode=disable")
grep -q "no encryption" <<<"$answer" || fail "a connection without TLS was not refused: $answer"
answer=$(try_psql "host=127.0.0.1 port=$port dbname=trellis user=postgres sslmode=require")
grep -q "pg_hba.conf rejects connection" <<<"$answer" || fail "the postgres superuser got in over the network: $answer"
openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$work/other-ca.key" \
    -out "$work/other-ca.crt" -days 1 -subj "/CN=Another CA (test)" 2>/dev/null
answer=$(try_psql "host=localhost port=$port dbname=trellis user=test.worker sslmode=verify-full sslrootcert=$work/other-ca.crt")
grep -q "certificate verify failed" <<<"$answer" || fail "a server certificate from another CA was accepted: $answer"
store test.worker account set --db "postgresql://test.worker@127.0.0.1:$port/trellis" --insecure \
    --password-file "$work/test.worker.password" >/dev/null 2>&1
refused=$(store test.worker sync 2>/dev/null || true)
[ "$(jq -r .error.kind <<<"$refused")" = plaintext-refused ] || fail "trellisctl --insecure was not refused: $refused"
store test.worker account set --db "postgresql://test.worker@localhost:$port/trellis" --ca "$ca" \
    --password-file "$work/test.worker.password" >/dev/null

# --- Deactivating a worker ------------------------------------------------------------------------
"$ctl" central deactivate-worker other.worker --db "$admin_db" >"$work/deactivate.out" || fail "deactivate-worker failed"
grep -q "1 young people are still allocated" "$work/deactivate.out" || fail "deactivate did not count the allocation: $(cat "$work/deactivate.out")"
refused=$(store other.worker sync 2>/dev/null || true)
[ "$(jq -r .error.kind <<<"$refused")" = account-disabled ] || fail "a deactivated worker was not refused: $refused"
"$ctl" central reassign "$moved" test.worker --db "$admin_db" >/dev/null || fail "reassign back failed"

# --- Running the setup again changes nothing ------------------------------------------------------
echo "# kept: edited by the administrator" >>"$defaults"
run_setup >"$work/setup2.out" 2>"$work/setup2.err" || fail "the second setup failed: $(tail -n 5 "$work/setup2.err")"
grep -q "already at schema version .*; nothing to do" "$work/setup2.out" || fail "the second setup did not find the schema current"
[ "$(sha256sum <"$ca")" = "$ca_sum" ] || fail "the second setup made a new CA (laptops would stop trusting the server)"
[ "$(sha256sum <"$conf/pg_hba.conf")" = "$hba_sum" ] || fail "the second setup changed pg_hba.conf"
grep -qx "# kept: edited by the administrator" "$defaults" || fail "the second setup rewrote the edited $defaults"
[ "$(pg_lsclusters -h | awk -v c="$cluster" '$2 == c' | wc -l)" = 1 ] || fail "the second setup made another cluster"
sync_ok test.worker >/dev/null
[ "$(young_people test.worker)" = 6 ] || fail "after the second setup the worker does not hold their 6 young people"

# --- Backups: 0600 files in a 0700 folder, the newest --keep kept ---------------------------------
for _ in 1 2 3; do
    "$backup" --cluster "$version/$cluster" --database trellis --dir "$work/backups" --keep 2 >"$work/backup.out" 2>/dev/null ||
        fail "trellis-central-backup failed"
done
dump=$(cat "$work/backup.out")
[ "$(find "$work/backups" -name '*.dump' | wc -l)" = 2 ] || fail "--keep 2 kept $(find "$work/backups" -name '*.dump' | wc -l) dumps"
[ "$(find "$work/backups" -name '*.roles.sql' | wc -l)" = 2 ] || fail "the roles files were not kept with their dumps"
[ "$(stat -c %a "$work/backups")" = 700 ] || fail "the backup folder is not 0700"
for file in "$work"/backups/*; do
    [ "$(stat -c %a "$file")" = 600 ] || fail "$file is not 0600"
done
[ -f "$dump" ] || fail "the newest dump $dump is missing"
# Row counts as the dump holds them (the deactivation below adds an audit event to the live store).
counts() {
    sql "SELECT n.nspname || '.' || c.relname || ' ' || (xpath('/row/c/text()',
                query_to_xml(format('SELECT count(*) AS c FROM %I.%I', n.nspname, c.relname), false, true, '')))[1]::text
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind = 'r' AND n.nspname IN ('trellis', 'trellis_acl') ORDER BY 1" "$1"
}
counts trellis >"$work/counts.live"

# The cron example's own command, with nothing but the settings file's values.
cron_cmd=$(awk '/^[0-9*]/ { for (i = 7; i <= NF; i++) printf "%s ", $i }' "$source_dir/packaging/central/trellis-central-backup.cron" |
    sed -e "s|/etc/default/trellis-central-backup|$defaults|" -e "s|/usr/sbin/trellis-central-backup|$backup|")
env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin sh -c "$cron_cmd" 2>"$work/cron.err" || fail "the cron example's backup failed: $(tail -n 3 "$work/cron.err")"
[ "$(find "$work/nightly" -name 'trellis-*.dump' | wc -l)" = 1 ] || fail "the cron example wrote no dump into $work/nightly"
[ "$(stat -c %a "$work/nightly")" = 700 ] || fail "the backup folder the cron example made is not 0700"

# A folder it did not make and that is not private is refused, and left as it was.
for owner in root nobody; do
    shared=$work/shared-$owner
    mkdir -m "$([ $owner = root ] && echo 0755 || echo 0700)" "$shared"
    chown "$owner" "$shared"
    before=$(stat -c '%a %U' "$shared")
    if "$backup" --cluster "$version/$cluster" --dir "$shared" >/dev/null 2>"$work/refused.err"; then
        fail "a backup into $shared ($before) was not refused"
    fi
    grep -q "refusing the backup folder $shared" "$work/refused.err" || fail "the refusal does not name $shared: $(cat "$work/refused.err")"
    [ "$(stat -c '%a %U' "$shared")" = "$before" ] || fail "the backup changed $shared from $before"
    [ -z "$(ls -A "$shared")" ] || fail "the refused backup wrote into $shared"
done

# After the backup: one worker leaves, another's login disappears.
"$ctl" central deactivate-worker leaver.worker --db "$admin_db" >/dev/null || fail "deactivate-worker leaver.worker failed"
sql 'DROP ROLE "returning.worker"' postgres

# --- Restore into a new database: the same rows ---------------------------------------------------
"$restore" --cluster "$version/$cluster" --dump "$dump" --database trellis_restored --roles "${dump%.dump}.roles.sql" \
    --trellisctl "$ctl" >"$work/restore.out" 2>"$work/restore.err" || fail "restore failed: $(tail -n 5 "$work/restore.err")"
grep -q "nothing to do" "$work/restore.out" || fail "the restored store was not checked by trellisctl: $(cat "$work/restore.out")"
grep -qx "Created the roles: returning.worker" "$work/restore.out" || fail "the restore did not create (only) returning.worker: $(cat "$work/restore.out")"
# "login member": may sign in, belongs to trellis_app.
access() { sql "SELECT rolcanlogin || ' ' || pg_has_role(rolname, 'trellis_app', 'MEMBER') FROM pg_roles WHERE rolname = '$1'" postgres; }
[ "$(access returning.worker)" = "true true" ] || fail "the dropped login returning.worker did not come back as a worker: $(access returning.worker)"
[ "$(access leaver.worker)" = "false false" ] || fail "the restore gave leaver.worker, deactivated after the backup, back (login, trellis_app): $(access leaver.worker)"
(umask 077 && printf 'localhost:%s:trellis:leaver.worker:%s\n' "$port" "$(cat "$work/leaver.worker.password")" >>"$work/pgpass")
answer=$(try_psql "host=localhost port=$port dbname=trellis user=leaver.worker sslmode=verify-full sslrootcert=$ca")
grep -q "not permitted to log in" <<<"$answer" || fail "leaver.worker could sign in after the restore: $answer"

# Roles that cannot be made stop the restore before any database exists, none of them left
# behind, with psql's error shown and the verifier not.
printf '%s\n' 'CREATE ROLE "half.role";' 'CREATE ROLE "broken.role";' \
    "ALTER ROLE \"broken.role\" WITH LOGIN BOGUSOPTION PASSWORD 'SCRAM-SHA-256\$4096:fictionalsalt\$fictionalkey';" >"$work/broken.roles.sql"
if "$restore" --cluster "$version/$cluster" --dump "$dump" --database trellis_broken --roles "$work/broken.roles.sql" \
    --trellisctl "$ctl" >/dev/null 2>"$work/broken.err"; then
    fail "a restore whose roles failed reported success"
fi
grep -q "ERROR:.*bogusoption" "$work/broken.err" || fail "the failed restore did not show psql's error: $(cat "$work/broken.err")"
! grep -q fictionalkey "$work/broken.err" || fail "the failed restore printed a password verifier"
[ "$(sql "SELECT count(*) FROM pg_roles WHERE rolname IN ('half.role', 'broken.role')" postgres)" = 0 ] || fail "the failed restore left roles behind"
[ "$(sql "SELECT count(*) FROM pg_database WHERE datname = 'trellis_broken'" postgres)" = 0 ] || fail "the failed restore made the database"
counts trellis_restored >"$work/counts.restored"
grep -q "^trellis.young_person 6$" "$work/counts.live" || fail "the live store does not hold 6 young people"
diff "$work/counts.live" "$work/counts.restored" >&2 || fail "the restored database's row counts differ"
[ "$(sql "SELECT has_database_privilege('public', 'trellis_restored', 'CONNECT')" postgres)" = f ] ||
    fail "anyone may connect to the restored database"
if "$restore" --cluster "$version/$cluster" --dump "$dump" --database trellis_restored --trellisctl "$ctl" >/dev/null 2>&1; then
    fail "a restore over an existing database was not refused"
fi

# --- Upgrade: nothing to do -----------------------------------------------------------------------
"$ctl" central upgrade --db "$admin_db" | grep -q "already at schema version .*; nothing to do" ||
    fail "central upgrade did not say there was nothing to do"

# --- Switching the workers over to the restored database ------------------------------------------
psql --cluster "$version/$cluster" -d postgres -Xq -v ON_ERROR_STOP=1 >/dev/null <<'SQL' || fail "the switch-over failed"
ALTER DATABASE trellis ALLOW_CONNECTIONS false;
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'trellis';
ALTER DATABASE trellis RENAME TO trellis_replaced;
ALTER DATABASE trellis_restored RENAME TO trellis;
SQL
sync_ok test.worker >/dev/null
[ "$(young_people test.worker)" = 6 ] || fail "after the switch-over the worker does not hold their 6 young people"

# --- Gone without a trace -------------------------------------------------------------------------
pg_dropcluster --stop "$version" "$cluster" || fail "pg_dropcluster failed"
rm -rf -- "$conf"
[ ! -e "/var/lib/postgresql/$version/$cluster" ] || fail "the data folder is left behind"
[ -z "$(ss -ltnH "( sport = :$port )")" ] || fail "port $port still listens"
[ ! -e "/var/log/postgresql/postgresql-$version-$cluster.log" ] || fail "the cluster's log is left behind"
# Every other cluster is as it was (another one appearing meanwhile is not ours to judge).
others_after=$(pg_lsclusters -h)
while IFS= read -r line; do
    [ -z "$line" ] || grep -Fxq -- "$line" <<<"$others_after" || fail "another cluster changed: $line"
done <<<"$others_before"
echo "PASS: central store set up, used over TLS, set up again, backed up, restored and dropped in $((SECONDS - started)) s"
