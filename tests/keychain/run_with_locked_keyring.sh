#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test against a Secret Service whose login collection exists but is locked, in a D-Bus
# session and keyring of its own (locking the shared one would disturb the other tests).
# Usage: run_with_locked_keyring.sh TEST_BINARY
set -euo pipefail
test_binary=$1
exec dbus-run-session -- bash -c '
    set -euo pipefail
    export HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
    trap "rm -rf \"$HOME\" \"$XDG_RUNTIME_DIR\"" EXIT
    unset DISPLAY WAYLAND_DISPLAY
    printf "keyport-test-keyring" | gnome-keyring-daemon --replace --unlock --components=secrets >/dev/null
    # Something stored first, so that the collection exists, then locked.
    printf "placeholder" | secret-tool store --label=keyport-test user placeholder server KeyportLockedTest
    gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets \
        --method org.freedesktop.Secret.Service.Lock "[\"/org/freedesktop/secrets/collection/login\"]" >/dev/null
    "$0"
' "$test_binary"
