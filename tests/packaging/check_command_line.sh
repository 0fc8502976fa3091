#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# keyport's command line. Usage: check_command_line.sh KEYPORT VERSION
set -uo pipefail
keyport=$1 version=$2
failures=0 passes=0
check() {
    local what=$1; shift
    if "$@"; then passes=$((passes + 1)); echo "PASS $what"; else failures=$((failures + 1)); echo "FAIL $what"; fi
}
help=$(LANG=C.UTF-8 "$keyport" --help 2>&1)
echo "$help"
for option in --help --version --demo '--account <NAME>'; do
    check "--help lists $option" grep -q -- "$option" <<<"$help"
done
check "--version prints the version" grep -q "keyport $version" <<<"$("$keyport" --version 2>&1)"
# Over ssh there is no display: the options that only print must not need one.
check "--version works without a display" bash -c "env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= '$keyport' --version | grep -q '$version'"
check "--help works without a display" bash -c "env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= '$keyport' --help | grep -q -- '--demo'"
LANG=C.UTF-8 "$keyport" --no-such-option >/dev/null 2>"${TMPDIR:-/tmp}/keyport-cl.$$"; status=$?
check "an unknown option exits with an error" test "$status" -ne 0
check "an unknown option is named" grep -q "no-such-option" "${TMPDIR:-/tmp}/keyport-cl.$$"
rm -f "${TMPDIR:-/tmp}/keyport-cl.$$"
german=$(LANG=de_DE.UTF-8 LANGUAGE=de "$keyport" --help 2>&1)
# Keyport's description and Qt's own option texts are translated: most lines differ.
changed=$(diff <(echo "$help") <(echo "$german") | grep -c '^>')
check "--help is German under LANG=de_DE.UTF-8 ($changed lines differ)" test "$changed" -ge 5
echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
