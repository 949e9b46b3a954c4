#!/usr/bin/env bash
# The sync resilience harness: laptops (real encrypted stores, some syncing through the real
# trellisctl) edit offline and sync against one real PostgreSQL for a chosen time, while it kills
# clients with SIGKILL, terminates server backends, loses answers and crashes and restarts the
# server. At the end of each world the faults stop, every queue must drain within 30 s, every
# store must equal its worker's central view, and every change must be applied, in conflict or
# quarantined, with one receipt and one audit row. It prints what it did and fails on any loss,
# duplicate or stuck queue (tests/integration/tst_sync_convergence.cpp).
#
# Usage: tests/resilience.sh [--minutes N] [--seed S] [--build DIR]
#   --minutes N  how long to run (default 3; an hour is the long mode)
#   --seed S     replay a run (the seed is printed at the start)
#   --build DIR  a build made by scripts/build.sh (default: build, made if missing)
# CI runs the same test for three worlds as part of ./scripts/run-tests.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=3
build=build
seed=
while [ $# -gt 0 ]; do
    case "$1" in
        --minutes) minutes=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --build) build=$2; shift 2 ;;
        *) echo "usage: tests/resilience.sh [--minutes N] [--seed S] [--build DIR]" >&2; exit 2 ;;
    esac
done
case "$minutes" in ''|*[!0-9]*) echo "resilience: --minutes takes a whole number" >&2; exit 2 ;; esac
if [ ! -x "$build/tests/integration/tst_sync_convergence" ]; then
    ./scripts/build.sh "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
export QT_QPA_PLATFORM=offscreen
export TRELLIS_CONVERGENCE_MINUTES=$minutes
[ -n "$seed" ] && export TRELLIS_CONVERGENCE_SEED=$seed
exec "$build/tests/integration/tst_sync_convergence" -maxwarnings 0
