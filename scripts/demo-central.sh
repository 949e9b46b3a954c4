#!/usr/bin/env bash
# The demo central store: a throwaway PostgreSQL 15 on this machine with three fictional workers
# of one team, so a newcomer can edit, sync and see a conflict between two workers on one machine.
#
#   scripts/demo-central.sh start    make everything afresh (stops and removes an earlier one)
#   scripts/demo-central.sh status   whether it runs, and where
#   scripts/demo-central.sh stop     stop the server and remove its folder
#
# The server listens on 127.0.0.1 only (a free port; its Unix socket lives in its own folder,
# mode 0700) and accepts workers over TLS only, with a certificate from a throwaway CA made here
# with openssl (CN and SAN 127.0.0.1 and localhost), so the desktop uses the real verify-full
# path. Run as root, the server runs as the postgres user (runuser) and owns its folder; run as
# anyone else, it runs as them.
#
# Environment:
#   TRELLIS_DEMO_DIR   the demo folder (default ${XDG_DATA_HOME:-$HOME/.local/share}/trellis-demo)
#   TRELLIS_BUILD_DIR  where trellisctl was built (default build, beside this script's folder)
#   TRELLIS_DEMO_CASES how many fictional young people the first caseworker starts with (default 60)
#   TRELLIS_PG_BINDIR  PostgreSQL's server programs (default /usr/lib/postgresql/15/bin)
#
# What start leaves in the demo folder (all of it fictional, all of it thrown away by the next start):
#   stores/<login>.trellis    the three workers' encrypted stores, each joined to the central store
#   demo-passphrase.txt       the stores' demo passphrase (0600)
#   passwords/<login>.txt     each worker's demo central password (0600)
#   demo-central.env          shell variables for run-demo.sh: DEMO_PORT, DEMO_CA, DEMO_STORE_*
#   central/                  the server: data/, tls/, its socket and server.log
set -euo pipefail

root_dir=$(cd "$(dirname "$0")/.." && pwd)
demo_dir=${TRELLIS_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/trellis-demo}
build_dir=${TRELLIS_BUILD_DIR:-$root_dir/build}
ctl="$build_dir/app/trellisctl"
# PostgreSQL 15 on Debian 12; the newest installed server elsewhere (17 on Debian 13).
pg_bin=${TRELLIS_PG_BINDIR:-/usr/lib/postgresql/15/bin}
if [ ! -x "$pg_bin/initdb" ]; then
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
cases=${TRELLIS_DEMO_CASES:-60}
database=trellis
team="Demo Team"
# Fictional workers: login, display name, role.
workers=(
    "robin.demo|Robin Ashdown (demo)|caseworker"
    "sam.demo|Sam Fairleigh (demo)|caseworker"
    "jo.demo|Jo Merriweather (demo)|supervisor"
)
demo_passphrase="demo only fictional caseload"

say() { printf 'demo-central: %s\n' "$*" >&2; }
die() {
    say "$*"
    exit 1
}

is_root() { [ "$(id -u)" -eq 0 ]; }
# PostgreSQL refuses to run as root: as root, its tools run as postgres.
as_pg() {
    if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

# The server's folder. It must be reachable by the user the server runs as and short enough for
# a Unix socket path (about 100 bytes); otherwise it is made under /tmp and linked from the demo
# folder, so that stop finds it either way.
server_dir() {
    if [ -L "$demo_dir/central" ]; then readlink "$demo_dir/central"; else echo "$demo_dir/central"; fi
}
make_server_dir() {
    local wanted="$demo_dir/central"
    if [ ${#wanted} -le 80 ] && { ! is_root || runuser -u postgres -- test -x "$demo_dir"; }; then
        mkdir -m 700 "$wanted"
    else
        local made
        made=$(mktemp -d "${TMPDIR:-/tmp}/trellis-demo-central.XXXXXX")
        chmod 700 "$made"
        ln -s "$made" "$wanted"
    fi
}

running() {
    local dir
    dir=$(server_dir)
    [ -f "$dir/data/postmaster.pid" ] && as_pg "$pg_bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1
}

stop_server() {
    local dir
    dir=$(server_dir)
    if [ -d "$dir/data" ] && running; then
        as_pg "$pg_bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null || say "the server did not stop cleanly"
    fi
    if [ -L "$demo_dir/central" ]; then
        rm -rf -- "$dir"
        rm -f -- "$demo_dir/central"
    else
        rm -rf -- "$demo_dir/central"
    fi
    rm -f -- "$demo_dir/demo-central.env"
}

make_certificates() {
    local tls=$1
    mkdir -m 700 "$tls"
    local ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    openssl req -x509 -new "${ec[@]}" -keyout "$tls/ca.key" -out "$tls/ca.crt" -days 7 \
        -subj "/CN=Trellis demo CA (throwaway)" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    cat >"$tls/server.ext" <<'EXT'
subjectAltName = IP:127.0.0.1, DNS:localhost
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyAgreement
extendedKeyUsage = serverAuth
EXT
    openssl req -new "${ec[@]}" -keyout "$tls/server.key" -out "$tls/server.csr" -subj "/CN=127.0.0.1" 2>/dev/null
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" \
        -set_serial "0x$(openssl rand -hex 8)" -days 7 -extfile "$tls/server.ext" -out "$tls/server.crt" 2>/dev/null
    chmod 600 "$tls/ca.key" "$tls/server.key"
    chmod 644 "$tls/ca.crt"
}

port_free() { [ -z "$(ss -ltnH "( sport = :$1 )" 2>/dev/null)" ]; }

start_server() {
    local dir=$1
    make_certificates "$dir/tls"
    if is_root; then chown -R postgres:postgres "$dir"; fi
    as_pg "$pg_bin/initdb" -D "$dir/data" --username=postgres --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C --no-instructions >"$demo_dir/initdb.log" 2>&1 ||
        die "initdb failed: $(tail -n 5 "$demo_dir/initdb.log")"
    rm -f "$demo_dir/initdb.log"
    # Trust only the superuser on the socket, inside the 0700 folder; workers use TLS and
    # SCRAM-SHA-256 over loopback, and nothing else is accepted.
    as_pg tee "$dir/data/pg_hba.conf" >/dev/null <<'HBA'
local     all postgres trust
hostssl   all all 127.0.0.1/32 scram-sha-256
hostnossl all all 127.0.0.1/32 reject
HBA
    as_pg tee -a "$dir/data/postgresql.conf" >/dev/null <<CONF

# Trellis demo central store: loopback only, TLS only.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
unix_socket_permissions = 0700
ssl = on
ssl_cert_file = '$dir/tls/server.crt'
ssl_key_file = '$dir/tls/server.key'
ssl_min_protocol_version = 'TLSv1.2'
password_encryption = 'scram-sha-256'
shared_buffers = 32MB
max_connections = 40
lc_messages = 'C'
CONF
    local attempt port
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 12000))
        port_free "$port" || continue
        if as_pg "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port" -w -t 60 start >/dev/null; then
            echo "$port"
            return 0
        fi
        grep -q "Address already in use" "$dir/server.log" 2>/dev/null || break
    done
    die "the server did not start: $(tail -n 5 "$dir/server.log" 2>/dev/null)"
}

# trellisctl with a worker's store and the demo passphrase.
ctl_store() {
    local login=$1
    shift
    "$ctl" --store "$demo_dir/stores/$login.trellis" --passphrase-file "$demo_dir/demo-passphrase.txt" \
        --actor "$login" "$@"
}

join_worker() {
    local login=$1 port=$2 ca=$3
    ctl_store "$login" init >/dev/null
    ctl_store "$login" account set --db "postgresql://$login@127.0.0.1:$port/$database" --ca "$ca" \
        --password-file "$demo_dir/passwords/$login.txt" >/dev/null
    ctl_store "$login" sync >/dev/null 2>"$demo_dir/sync.log" || die "$login's first sync failed: $(tail -n 3 "$demo_dir/sync.log")"
    rm -f "$demo_dir/sync.log"
}

start() {
    [ -x "$ctl" ] || die "$ctl is missing: build Trellis first (scripts/build.sh build)"
    [ -x "${pg_bin:-}/initdb" ] || die "PostgreSQL is missing: run scripts/setup-debian.sh"
    command -v openssl >/dev/null || die "openssl is missing: run scripts/setup-debian.sh"
    command -v jq >/dev/null || die "jq is missing: run scripts/setup-debian.sh"
    mkdir -p "$demo_dir"
    chmod 700 "$demo_dir"
    stop_server
    rm -rf -- "$demo_dir/stores" "$demo_dir/passwords" "$demo_dir/seed"
    mkdir -m 700 "$demo_dir/stores" "$demo_dir/passwords" "$demo_dir/seed"
    (umask 077 && printf '%s\n' "$demo_passphrase" >"$demo_dir/demo-passphrase.txt")

    make_server_dir
    local dir port
    dir=$(server_dir)
    port=$(start_server "$dir")
    [ -n "$port" ] || exit 1
    local ca="$dir/tls/ca.crt"
    local admin="host=$dir port=$port user=postgres dbname=$database"
    say "server on 127.0.0.1:$port (TLS), folder $dir"

    as_pg "$pg_bin/createdb" -h "$dir" -p "$port" -U postgres "$database"
    "$ctl" --json central init --db "$admin" >/dev/null

    local entry login name role
    declare -A worker_id
    for entry in "${workers[@]}"; do
        IFS='|' read -r login name role <<<"$entry"
        (umask 077 && openssl rand -base64 18 | tr -d '/+=\n' >"$demo_dir/passwords/$login.txt")
        worker_id[$login]=$("$ctl" --json central add-worker "$login" --name "$name" --team "$team" --role "$role" \
            --password-file "$demo_dir/passwords/$login.txt" --db "$admin" | jq -r .worker_id)
    done

    # The first caseworker's caseload: a fictional one from seed-demo, whose records carry no
    # outbox changes on purpose (demo data must never reach a real central store). Exported and
    # imported into the caseworker's joined store, it becomes their own new records, which sync
    # pushes; the seed's own workers stay behind and its young people get the caseworker as lead.
    local first=robin.demo
    "$ctl" --store "$demo_dir/seed/seed.trellis" --passphrase-file "$demo_dir/demo-passphrase.txt" \
        seed-demo --cases "$cases" --seed 1 --workers 1 >/dev/null 2>&1 || die "seed-demo failed"
    "$ctl" --store "$demo_dir/seed/seed.trellis" --passphrase-file "$demo_dir/demo-passphrase.txt" \
        export --output "$demo_dir/seed/seed.jsonl" >/dev/null 2>&1 || die "the export of the seed failed"
    jq -c --arg lead "${worker_id[$first]}" 'select(.entity != "worker")
        | if .entity == "young_person" then .lead_worker_id = $lead else . end' \
        "$demo_dir/seed/seed.jsonl" >"$demo_dir/seed/caseload.jsonl"
    join_worker "$first" "$port" "$ca"
    ctl_store "$first" import "$demo_dir/seed/caseload.jsonl" >/dev/null
    ctl_store "$first" sync >/dev/null 2>"$demo_dir/sync.log" || die "the first push failed: $(tail -n 3 "$demo_dir/sync.log")"
    rm -f "$demo_dir/sync.log"

    # About a third of them move to the second caseworker, as an administrator would.
    local moved=0 id
    while read -r id; do
        "$ctl" --json central reassign "$id" sam.demo --db "$admin" >/dev/null
        moved=$((moved + 1))
    done < <(jq -r 'select(.entity == "young_person") | .id' "$demo_dir/seed/caseload.jsonl" | awk 'NR % 3 == 0')
    rm -rf -- "$demo_dir/seed"

    # The first caseworker lets the moved young people go; the others join.
    ctl_store "$first" sync >/dev/null 2>&1 || die "$first's second sync failed"
    join_worker sam.demo "$port" "$ca"
    join_worker jo.demo "$port" "$ca"

    (umask 077 && cat >"$demo_dir/demo-central.env" <<ENV
DEMO_PORT=$port
DEMO_SERVER_DIR='$dir'
DEMO_CA='$ca'
DEMO_PASSPHRASE_FILE='$demo_dir/demo-passphrase.txt'
DEMO_STORE_CASEWORKER='$demo_dir/stores/robin.demo.trellis'
DEMO_STORE_SECOND='$demo_dir/stores/sam.demo.trellis'
DEMO_STORE_SUPERVISOR='$demo_dir/stores/jo.demo.trellis'
ENV
    )
    say "ready: ${cases} fictional young people, ${moved} moved to sam.demo; stores in $demo_dir/stores"
}

status() {
    local dir
    dir=$(server_dir)
    if [ -d "$dir/data" ] && running; then
        local port=""
        [ -f "$demo_dir/demo-central.env" ] && port=$(sed -n 's/^DEMO_PORT=//p' "$demo_dir/demo-central.env")
        echo "running on 127.0.0.1:${port:-?}, folder $dir"
    else
        echo "not running"
        return 3
    fi
}

case "${1:-}" in
start) start ;;
stop) stop_server ;;
status) status ;;
*)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
