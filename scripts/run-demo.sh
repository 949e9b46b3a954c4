#!/usr/bin/env bash
# One command for a newcomer: installs what is missing, builds Trellis, starts the demo central
# store (scripts/demo-central.sh: a throwaway PostgreSQL on 127.0.0.1 with three fictional
# workers of one team, each with a joined store), prints what to try, and opens two Trellis
# windows: the first caseworker's and the supervisor's. When both windows are closed (or on
# Ctrl+C) the server stops and its folder is removed; running this again starts afresh.
#
# TRELLIS_DEMO_NO_WINDOWS=1 stops after printing, without opening windows or stopping the
# server (stop it with scripts/demo-central.sh stop): for trying the stores with trellisctl,
# and for checking the setup on a machine without a display.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup-debian.sh
./scripts/build.sh build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRELLIS_BUILD_BENCH=OFF

export TRELLIS_DEMO_DIR=${TRELLIS_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/trellis-demo}
export TRELLIS_BUILD_DIR=$PWD/build

no_windows=${TRELLIS_DEMO_NO_WINDOWS:-0}
if [ "$no_windows" != 1 ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" = "" ]; then
    echo "No display was found, so the windows cannot be shown here. On a desktop session run this"
    echo "command again; on a server try: xvfb-run -s '-screen 0 1366x768x24' $0"
    exit 1
fi

pids=()
cleanup() {
    trap - EXIT INT TERM
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    ./scripts/demo-central.sh stop || true
}
if [ "$no_windows" != 1 ]; then
    trap cleanup EXIT INT TERM
fi

./scripts/demo-central.sh start
# shellcheck disable=SC1091
. "$TRELLIS_DEMO_DIR/demo-central.env"

cat <<MSG

Demo central store: PostgreSQL on 127.0.0.1:$DEMO_PORT (TLS, throwaway CA $DEMO_CA)
Stores (every record in them is fictional):
  Robin Ashdown, caseworker:   $DEMO_STORE_CASEWORKER
  Sam Fairleigh, caseworker:   $DEMO_STORE_SECOND
  Jo Merriweather, supervisor: $DEMO_STORE_SUPERVISOR
Passphrase of each store: $(cat "$DEMO_PASSPHRASE_FILE")

What to try: open the same young person in both windows (Robin's and Jo's), edit the same
safety plan field differently in each and save, press F5 in each, then open Sync details to
see the conflict with both values and settle it. An edit says "Waiting to sync" until F5 (or the
automatic sync 10 s after a save) takes it. In Jo's window, Caseload > Move to another worker...
(Ctrl+Shift+M) moves a young person to Sam; Robin's window removes them at its next sync, after
sending Robin's unsynced changes, and says who left. Jo's Caseload > Dashboard (Ctrl+Shift+D)
shows the team's caseload, overdue work and the partnership's measures from Jo's own store;
click any figure for the young people behind it.

MSG

if [ "$no_windows" = 1 ]; then
    echo "TRELLIS_DEMO_NO_WINDOWS=1: not opening windows. Stop the server with scripts/demo-central.sh stop."
    exit 0
fi

build/app/trellis --store "$DEMO_STORE_CASEWORKER" &
pids+=($!)
build/app/trellis --store "$DEMO_STORE_SUPERVISOR" &
pids+=($!)
# Both windows, whichever closes first; the trap then stops the server.
for pid in "${pids[@]}"; do
    wait "$pid" || true
done
