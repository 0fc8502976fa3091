#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command against a real Secret Service of its own: a private D-Bus session with an
# unlocked gnome-keyring and a throwaway HOME, so that no keyring of the user's is touched.
# With --locked, the keyring's login collection exists but is locked.
# Usage: with-private-keyring.sh [--locked] COMMAND [ARGUMENT…]
set -euo pipefail
locked=0
if [ "${1:-}" = --locked ]; then
    locked=1
    shift
fi
exec dbus-run-session -- bash -c '
    set -euo pipefail
    locked=$1
    shift
    export HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
    trap "rm -rf \"$HOME\" \"$XDG_RUNTIME_DIR\"" EXIT
    # No display until the keyring is unlocked: an unlock prompt would wait forever.
    unset DISPLAY WAYLAND_DISPLAY
    # The password must not be empty, or the login collection is never created.
    printf "keyport-test-keyring" | gnome-keyring-daemon --replace --unlock --components=secrets >/dev/null
    if [ "$locked" = 1 ]; then
        # Something stored first, so that the collection exists, then locked over D-Bus
        # (secret-tool lock waits for a prompt that cannot show).
        printf "placeholder" | secret-tool store --label=keyport-test user placeholder server KeyportLockedTest
        gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets \
            --method org.freedesktop.Secret.Service.Lock "[\"/org/freedesktop/secrets/collection/login\"]" >/dev/null
    fi
    "$@"
' keyring "$locked" "$@"
