#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands:
#   packaging/dev.sh demo   installs what is missing, builds, starts Keyport in demo mode
#   packaging/dev.sh test   installs what is missing, builds, runs the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
demo) packaging/install-deps.sh run ;;
test) packaging/install-deps.sh test ;;
*)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac

build_dir=${KEYPORT_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEYPORT_WERROR=ON
if [ "$mode" = demo ]; then
    # Only what the demo needs: the tests are built by the other command.
    cmake --build "$build_dir" --parallel --target keyport
    exec "$build_dir/ui/keyport" --demo
fi
cmake --build "$build_dir" --parallel

# The tests store secrets in a real Secret Service: a gnome-keyring of their own, in a private
# D-Bus session, with a throwaway HOME so that no keyring of the user's is touched.
export KEYPORT_BUILD_DIR="$build_dir"
exec dbus-run-session -- bash -c '
    set -euo pipefail
    export HOME=$(mktemp -d) XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
    trap "rm -rf \"$HOME\" \"$XDG_RUNTIME_DIR\"" EXIT
    # No display until the keyring is unlocked: an unlock prompt would wait forever.
    unset DISPLAY WAYLAND_DISPLAY
    printf "keyport-test-keyring" | gnome-keyring-daemon --replace --unlock --components=secrets >/dev/null
    ctest --test-dir "$KEYPORT_BUILD_DIR" --output-on-failure --timeout 300 -j2
'
