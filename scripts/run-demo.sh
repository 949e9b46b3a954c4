#!/usr/bin/env bash
# One command for a newcomer: installs what is missing, builds Trellis, makes a demo store of
# fictional young people (once), prints where it is and its demo passphrase, and opens it.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup-debian.sh
./scripts/build.sh build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRELLIS_BUILD_BENCH=OFF

demo_dir=${TRELLIS_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/trellis-demo}
store="$demo_dir/demo-caseload.trellis"
passphrase_file="$demo_dir/demo-passphrase.txt"
# A demo passphrase for fictional data only. A real store's passphrase is never written to a file.
demo_passphrase="demo only fictional caseload"

mkdir -p "$demo_dir"
chmod 700 "$demo_dir"
if [ ! -f "$store" ]; then
    (umask 077 && printf '%s\n' "$demo_passphrase" > "$passphrase_file")
    build/app/trellisctl --store "$store" --passphrase-file "$passphrase_file" \
        seed-demo --cases 250 --seed 1 --workers 5
fi

cat <<MSG

Demo store:       $store
Demo passphrase:  $demo_passphrase
(Every record in it is fictional. Delete the folder to start again.)

MSG

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" = "" ]; then
    echo "No display was found, so the window cannot be shown here. On a desktop session run this"
    echo "command again; on a server try: xvfb-run -s '-screen 0 1366x768x24' $0"
    exit 1
fi
exec build/app/trellis --store "$store"
