#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the running keyport from outside, as the system sees it: no core dumps (its limits) and
# no attachment by the user's other programs (a process that is not dumpable has its /proc files
# owned by root, whoever runs it). Run as root: keyport runs as nobody, so the owner tells.
# Usage: check_process_hardening.sh PATH/TO/keyport
set -euo pipefail
keyport=$1
[ "$(id -u)" -eq 0 ] || { echo "SKIP: needs root to run keyport as another user"; exit 0; }
home=$(mktemp -d)
chmod 755 "$home"
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$home"' EXIT
# A copy nobody can reach wherever the build tree is (its resources are built in).
cp "$keyport" "$home/keyport"
chmod 755 "$home/keyport"
# Core dumps allowed to start with, so that only keyport itself can turn them off.
ulimit -c unlimited
HOME=$home XDG_RUNTIME_DIR=$home QT_QPA_PLATFORM=offscreen \
    setpriv --reuid=65534 --regid=65534 --clear-groups "$home/keyport" --demo >/dev/null 2>&1 &
pid=$!
for _ in $(seq 50); do
    grep -q 'Max core file size' "/proc/$pid/limits" 2>/dev/null && break
    sleep 0.1
done
sleep 1 # past main()'s first lines
kill -0 "$pid" || { echo "FAIL: keyport --demo did not keep running"; exit 1; }
failures=0
core=$(awk '/Max core file size/ {print $5 " " $6}' "/proc/$pid/limits")
if [ "$core" = "0 0" ]; then echo "ok: core dumps off ($core)"; else echo "FAIL: core limit $core"; failures=$((failures + 1)); fi
uid=$(awk '/^Uid:/ {print $2}' "/proc/$pid/status")
owner=$(stat -c %u "/proc/$pid/mem")
if [ "$uid" = 65534 ] && [ "$owner" = 0 ]; then
    echo "ok: runs as $uid, not dumpable (/proc/$pid/mem owned by $owner)"
else
    echo "FAIL: runs as $uid, /proc/$pid/mem owned by $owner (dumpable)"
    failures=$((failures + 1))
fi
echo "$((2 - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
