#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the .deb on a clean Debian 12 and starts Keyport from its desktop menu entry.
# A minimal Debian 12 is made with debootstrap (from the mirror this machine's apt uses), the
# package is installed with apt (which resolves its dependencies), and the menu entry's Exec
# line is run: --version, then --demo, which must still be running after five seconds.
# Needs root. Usage: packaging/check-clean-install.sh path/to/keyport_*.deb
set -euo pipefail
deb=$(realpath "$1")
[ "$(id -u)" -eq 0 ] || { echo "run as root (debootstrap and chroot)"; exit 1; }
command -v debootstrap >/dev/null || apt-get install -y -qq --no-install-recommends debootstrap
mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)
[ -n "$mirror" ] || mirror=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list)

root=$(mktemp -d)
cleanup() { umount "$root/proc" 2>/dev/null || true; rm -rf "$root"; }
trap cleanup EXIT
debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/"
cp "$deb" "$root/tmp/keyport.deb"
chroot "$root" bash -c 'DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/keyport.deb >/dev/null'
chroot "$root" bash -c '
    set -e
    exec_line=$(sed -n "s/^Exec=//p" /usr/share/applications/io.github.keyport.Keyport.desktop)
    echo "menu entry: $exec_line"
    $exec_line --version
    export HOME=/tmp/home XDG_CONFIG_HOME=/tmp/home/config QT_QPA_PLATFORM=offscreen
    mkdir -p "$HOME"
    $exec_line --demo >/tmp/run.log 2>&1 &
    pid=$!
    sleep 5
    kill -0 "$pid" || { cat /tmp/run.log; echo "keyport --demo did not keep running"; exit 1; }
    kill "$pid"
    echo "keyport --demo started from the menu entry on a clean Debian 12"'
