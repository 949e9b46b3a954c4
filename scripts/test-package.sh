#!/usr/bin/env bash
# Builds the Debian package from a configured release build directory and checks it the way a
# council's IT team would meet it: lintian (any error fails; warnings are printed), the AppStream
# metainfo and the desktop entry as packaged, installation with apt (so the declared dependencies
# are resolved from the archive), the installed programs run with no display, then a purge that
# must leave nothing behind.
#
# Usage: scripts/test-package.sh BUILD_DIR
#   BUILD_DIR: a build configured with -DCMAKE_BUILD_TYPE=RelWithDebInfo (or Release), without
#   the sanitizers; run-tests.sh passes its `build`. Only trellis, trellisctl and the packaging
#   files are (re)built here, so it also works on a build whose tests were never compiled.
#
# It installs and purges the package "trellis" on this machine (with sudo when not root). A
# trellis package installed before the run is purged first, so the run tests the package it
# built, and the machine is left without it either way.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 1 ] || [ ! -f "$1/CMakeCache.txt" ]; then
    echo "usage: $0 BUILD_DIR (a configured CMake build directory)" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
start=$SECONDS

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
fail() {
    echo "test-package: $*" >&2
    exit 1
}
cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$build_dir/CMakeCache.txt"; }
is_installed() { dpkg-query -W -f='${Status}' trellis 2>/dev/null | grep -q 'install ok installed'; }

# The package is built from optimised, unsanitised binaries (it strips their debug info).
build_type=$(cache_value CMAKE_BUILD_TYPE)
case "$build_type" in
    Release | RelWithDebInfo) ;;
    *) fail "$build_dir is a \"$build_type\" build; package a Release or RelWithDebInfo build" ;;
esac
for option in TRELLIS_SANITIZE TRELLIS_FUZZ; do
    case "$(cache_value "$option")" in
        ON | TRUE | 1) fail "$build_dir was configured with $option=ON; package a build without it" ;;
    esac
done
[ "$(cache_value TRELLIS_BUILD_GUI)" != OFF ] || fail "$build_dir was configured without the GUI"

version=$(sed -n 's/^#define TRELLIS_VERSION_STRING "\(.*\)"$/\1/p' "$build_dir/generated/TrellisVersion.h")
[ -n "$version" ] || fail "no version in $build_dir/generated/TrellisVersion.h"
deb="$build_dir/package/trellis_${version}_$(dpkg --print-architecture).deb"

work=$(mktemp -d)
installed_by_us=0
cleanup() {
    # A failure between install and purge still leaves the machine without the package.
    if [ "$installed_by_us" -eq 1 ] && is_installed; then
        echo "test-package: removing the package after the failure"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq trellis >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "-- building the package (version $version)"
cmake --build "$build_dir" -j"${TRELLIS_JOBS:-2}" \
    --target trellis trellisctl trellis_man_pages trellis_package_changelog >/dev/null
rm -rf "$build_dir/package"
(cd "$build_dir" && cpack -G DEB >"$work/cpack.log") || {
    cat "$work/cpack.log" >&2
    fail "cpack failed"
}
[ -f "$deb" ] || fail "cpack did not write $deb"
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB"
dpkg-deb -f "$deb" Depends | sed 's/^/Depends: /'

echo "-- contents"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$' | sort >"$work/files"
cat "$work/files"
expected=(/usr/bin/trellis /usr/bin/trellisctl /usr/share/applications/org.trellis.Trellis.desktop
    /usr/share/doc/trellis/changelog.gz /usr/share/doc/trellis/copyright
    /usr/share/icons/hicolor/scalable/apps/org.trellis.Trellis.svg /usr/share/man/man1/trellis.1.gz
    /usr/share/man/man1/trellisctl.1.gz /usr/share/metainfo/org.trellis.Trellis.metainfo.xml
    /usr/sbin/trellis-central-{setup,backup,restore} /usr/share/man/man8/trellis-central-{setup,backup,restore}.8.gz
    /usr/share/trellis/central/{pg_hba.conf.in,trellis-central.conf}
    /usr/share/trellis/central/trellis-central-backup.{service,timer,cron})
printf '%s\n' "${expected[@]}" | sort >"$work/expected"
if ! diff -u "$work/expected" "$work/files"; then
    fail "the package holds other files than expected (above: - missing, + unexpected; tests and benchmarks must not be packaged)"
fi
dpkg-deb -x "$deb" "$work/root"
for program in trellis trellisctl; do
    if readelf -S "$work/root/usr/bin/$program" | grep -q '\.debug_'; then
        fail "/usr/bin/$program in the package still has debug information (CPACK_STRIP_FILES)"
    fi
done

echo "-- lintian"
rc=0
lintian --fail-on error "$deb" >"$work/lintian" 2>&1 || rc=$?
cat "$work/lintian"
errors=$(grep -c '^E: ' "$work/lintian" || true)
warnings=$(grep -c '^W: ' "$work/lintian" || true)
echo "lintian: $errors errors, $warnings warnings"
[ "$rc" -eq 0 ] && [ "$errors" -eq 0 ] || fail "lintian found errors (status $rc)"

echo "-- AppStream metainfo and desktop entry, as packaged"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.trellis.Trellis.metainfo.xml"
desktop-file-validate "$work/root/usr/share/applications/org.trellis.Trellis.desktop"
echo "desktop-file-validate: no problems"

echo "-- installing with apt"
if is_installed; then
    echo "test-package: trellis $(dpkg-query -W -f='${Version}' trellis) was installed before this run;" \
        "purging it first so the package just built is the one tested (it is not put back)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq trellis >/dev/null
fi
install_package() { as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "$deb" >"$work/apt.log" 2>&1; }
installed_by_us=1
# Stale package lists make apt ask for versions the mirror no longer has: refresh once and retry.
if ! install_package && ! { as_root apt-get update -qq && install_package; }; then
    cat "$work/apt.log" >&2
    fail "apt could not install $deb"
fi
grep -E '^[0-9]+ upgraded|^Setting up' "$work/apt.log" || true
is_installed || fail "apt did not install trellis"
dpkg-query -L trellis | sort >"$work/installed"

echo "-- running the installed programs (no display)"
check_version() {
    local output
    output=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$@" 2>&1) || fail "$* failed: $output"
    echo "$*: $output"
    [[ "$output" == *" $version" ]] || fail "$* printed \"$output\", not version $version"
}
check_version /usr/bin/trellisctl --version
check_version /usr/bin/trellis --version
env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/trellis --help | grep -q -- '--store' \
    || fail "trellis --help does not list --store"
# The installed trellisctl with the archive's SQLCipher: create a store and verify it.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data"
mkdir -p "$HOME"
printf 'a fictional passphrase for the package test\n' >"$work/pass"
/usr/bin/trellisctl --store "$work/test.trellis" --passphrase-file "$work/pass" init >/dev/null
/usr/bin/trellisctl --store "$work/test.trellis" --passphrase-file "$work/pass" verify
# The GUI on a virtual X display: it must find its platform plugin and keep running, and the
# plugin must come from a package the Depends line names (shlibdeps cannot see plugins).
rc=0
xvfb-run -a -s '-screen 0 1024x768x24' timeout 8 env QT_QPA_PLATFORM=xcb QT_DEBUG_PLUGINS=1 /usr/bin/trellis \
    --store "$work/gui.trellis" >"$work/gui.log" 2>&1 || rc=$?
if [ "$rc" -ne 124 ] || grep -qi 'could not load the qt platform plugin' "$work/gui.log"; then
    grep -v '^qt\.core\.' "$work/gui.log" >&2 || true
    fail "the installed trellis did not keep running on a virtual display (status $rc)"
fi
plugin=$(sed -n 's|^qt\.core\.library: "\(.*/platforms/libqxcb\.so\)" loaded library$|\1|p' "$work/gui.log" | head -n 1)
[ -n "$plugin" ] || fail "trellis ran, but the log does not show which xcb platform plugin it loaded"
owner=$(dpkg-query -S "$plugin" | cut -d: -f1)
dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ *//; s/[ :(].*//' | grep -qx "$owner" \
    || fail "trellis loads $plugin from $owner, which the package does not depend on: add it to CPACK_DEBIAN_PACKAGE_DEPENDS"
echo "trellis ran on a virtual X display until stopped after 8 s (platform plugin from $owner, a dependency)"

echo "-- man pages"
for page in trellisctl trellis trellis-central-setup trellis-central-backup trellis-central-restore; do
    man -w "$page"
done
echo "-- the central store's scripts as installed"
for script in setup backup restore; do
    /usr/sbin/trellis-central-$script --help | head -n 1
done
# With no options, setup stops at the missing --allow (status 2), which it checks only after
# finding its templates in /usr/share/trellis/central (status 1 if they are missing).
rc=0
/usr/sbin/trellis-central-setup >"$work/setup.log" 2>&1 || rc=$?
if [ "$rc" -ne 2 ] || ! grep -q -- '--allow CIDR is required' "$work/setup.log"; then
    cat "$work/setup.log" >&2
    fail "trellis-central-setup as installed did not find its templates (status $rc)"
fi

echo "-- purging"
as_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq trellis >/dev/null
! dpkg -s trellis >/dev/null 2>&1 || fail "dpkg -s trellis still reports the package after the purge"
installed_by_us=0
left=()
while read -r path; do
    # dpkg -L lists shared directories (/usr, /usr/share/man/man1, ...) too; only files must go.
    if [ -e "$path" ] && [ ! -d "$path" ]; then left+=("$path"); fi
done <"$work/installed"
[ ${#left[@]} -eq 0 ] || fail "left behind after the purge: ${left[*]}"
for path in /usr/bin/trellis /usr/bin/trellisctl /usr/share/doc/trellis; do
    [ ! -e "$path" ] || fail "$path is still there after the purge"
done
echo "purged: dpkg -s trellis says not installed; none of its $(wc -l <"$work/installed") paths is left but shared directories"

echo "test-package: the package built, passed lintian ($warnings warnings), installed, ran and purged" \
    "in $((SECONDS - start)) s"
