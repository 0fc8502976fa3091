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
# Optimised as released, without debug information: a third less time to build the suite
# (debug by configuring a build directory of your own with -DCMAKE_BUILD_TYPE=Debug).
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEYPORT_WERROR=ON \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG"
if [ "$mode" = demo ]; then
    # Only what the demo needs: the tests are built by the other command.
    cmake --build "$build_dir" --parallel --target keyport
    exec "$build_dir/ui/keyport" --demo
fi
cmake --build "$build_dir" --parallel

# The tests store secrets in a real Secret Service of their own (see the script).
exec tests/support/with-private-keyring.sh \
    ctest --test-dir "$build_dir" --output-on-failure --timeout 300 -j2
