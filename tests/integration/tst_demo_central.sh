#!/usr/bin/env bash
# scripts/demo-central.sh against this build: start makes a loopback-only TLS server with three
# fictional workers whose stores have joined; each of them can sync again; stop removes it all.
# Usage: tst_demo_central.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir=$1
build_dir=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/tst_demo_central.XXXXXX")
export TRELLIS_DEMO_DIR="$work/demo" TRELLIS_BUILD_DIR="$build_dir" TRELLIS_DEMO_CASES=12
script="$source_dir/scripts/demo-central.sh"
ctl="$build_dir/app/trellisctl"
trap '"$script" stop >/dev/null 2>&1 || true; rm -rf -- "$work"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

"$script" start
. "$TRELLIS_DEMO_DIR/demo-central.env"
"$script" status | grep -q "running on 127.0.0.1:$DEMO_PORT" || fail "status does not say it runs"

# Nothing listens on the demo port but on loopback.
listening=$(ss -ltnH "( sport = :$DEMO_PORT )" | awk '{print $4}')
[ -n "$listening" ] || fail "nothing listens on port $DEMO_PORT"
if grep -qv "^127\.0\.0\.1:$DEMO_PORT\$" <<<"$listening"; then
    fail "the demo server listens beyond loopback: $listening"
fi

# Each worker syncs again without error and holds the young people the allocation gives them:
# two thirds of 12 for the first caseworker, a third for the second, all 12 for the supervisor.
check() {
    local store=$1 expected=$2 summary count
    summary=$("$ctl" --store "$store" --passphrase-file "$DEMO_PASSPHRASE_FILE" sync 2>/dev/null) ||
        fail "sync of $store failed: $summary"
    [ "$(jq -r .ok <<<"$summary")" = true ] || fail "sync of $store: $summary"
    [ "$(jq -r .rejected <<<"$summary")" = 0 ] || fail "sync of $store rejected changes: $summary"
    count=$("$ctl" --store "$store" --passphrase-file "$DEMO_PASSPHRASE_FILE" --json stats | jq -r .counts.young_person)
    [ "$count" = "$expected" ] || fail "$store holds $count young people, expected $expected"
}
check "$DEMO_STORE_CASEWORKER" 8
check "$DEMO_STORE_SECOND" 4
check "$DEMO_STORE_SUPERVISOR" 12

# trellisctl sync keeps the role the central store gives each login, as the desktop does, so the
# supervisor's store offers the dashboard and reallocation from its first unlock, even offline.
role_of() {
    "$ctl" --store "$1" --passphrase-file "$DEMO_PASSPHRASE_FILE" --json account show | jq -r .role
}
[ "$(role_of "$DEMO_STORE_SUPERVISOR")" = supervisor ] || fail "the supervisor's store does not know its role"
[ "$(role_of "$DEMO_STORE_CASEWORKER")" = caseworker ] || fail "the caseworker's store does not know its role"

# Password and passphrase files are private.
for file in "$DEMO_PASSPHRASE_FILE" "$TRELLIS_DEMO_DIR"/passwords/*; do
    [ "$(stat -c %a "$file")" = 600 ] || fail "$file is not 0600"
done

server_dir=$DEMO_SERVER_DIR
"$script" stop
[ ! -e "$server_dir" ] || fail "stop left $server_dir"
[ ! -e "$TRELLIS_DEMO_DIR/central" ] || fail "stop left the central link"
[ -z "$(ss -ltnH "( sport = :$DEMO_PORT )")" ] || fail "port $DEMO_PORT still listens after stop"
if "$script" status >/dev/null; then fail "status says it runs after stop"; fi
echo "PASS: demo central store started, three workers synced, stopped cleanly"
