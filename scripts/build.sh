#!/usr/bin/env bash
# Configures and builds one build directory. Usage: scripts/build.sh DIR [cmake options...]
# Shared by run-demo.sh and run-tests.sh so both build the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$1
shift
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/trellis-ccache}
cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
cmake --build "$dir" -j"${TRELLIS_JOBS:-2}"
