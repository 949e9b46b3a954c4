#!/usr/bin/env bash
# Installs every Debian package Trellis needs to build, run and test. Idempotent: it installs
# only what is missing, and adds bookworm-backports (for SQLCipher 4) only on Debian 12.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config git clang-format
    qt6-base-dev qt6-base-dev-tools libqt6sql6-psql libqt6opengl6-dev qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6svg6-dev
    libsqlcipher-dev sqlcipher libphonenumber-dev libpq-dev
    postgresql postgresql-contrib openssl jq iproute2
    xvfb xauth poppler-utils inotify-tools strace fonts-dejavu-core locales
    clang
    dpkg-dev lintian appstream desktop-file-utils man-db
)
# libFuzzer (tests/fuzz) ships with compiler-rt, packaged per clang version: libclang-rt-14-dev on
# Debian 12, libclang-rt-19-dev on Debian 13. Ask apt which clang "clang" is; with no package
# lists yet, the unversioned libclang-rt-dev (which depends on the right one) does.
clang_major=$(apt-cache depends clang 2>/dev/null | sed -n 's/.*Depends: clang-\([0-9][0-9]*\).*/\1/p' | head -n 1)
packages+=("libclang-rt-${clang_major:+$clang_major-}dev")

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

# SQLCipher 4 is in bookworm-backports on Debian 12; Debian 13 ships it in main.
codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
need_backports=0
if [ "$codename" = bookworm ]; then
    sqlcipher_version=$(dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null || true)
    case "$sqlcipher_version" in 4.*) ;; *) need_backports=1 ;; esac
fi

if [ ${#missing[@]} -eq 0 ] && [ $need_backports -eq 0 ]; then
    echo "setup: all Debian packages present"
    exit 0
fi

if [ $need_backports -eq 1 ] && ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo "setup: adding bookworm-backports for SQLCipher 4"
    as_root tee /etc/apt/sources.list.d/trellis-backports.sources >/dev/null <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi

export DEBIAN_FRONTEND=noninteractive
as_root apt-get update -qq
if [ $need_backports -eq 1 ]; then
    as_root apt-get install -y -qq -t bookworm-backports libsqlcipher-dev sqlcipher libsqlcipher1
fi
as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"

# Tests run with LANG=en_GB.UTF-8 so UK date formats are exercised.
if ! locale -a 2>/dev/null | grep -qi '^en_GB.utf8$'; then
    as_root sed -i 's/^# *en_GB.UTF-8/en_GB.UTF-8/' /etc/locale.gen
    as_root locale-gen >/dev/null
fi
echo "setup: done"
