#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the desktop file and the AppStream metainfo, builds the .deb with CPack, and checks
# what it holds, what it depends on, and that its binaries are hardened.
# Usage: check_package.sh SOURCE_DIR BUILD_DIR APP_ID
set -euo pipefail
source_dir=$1 build_dir=$2 app_id=$3
failures=0 passes=0
check() { # description, then a command that must succeed
    local what=$1; shift
    if "$@"; then passes=$((passes + 1)); echo "PASS $what"; else failures=$((failures + 1)); echo "FAIL $what"; fi
}

check "desktop-file-validate" desktop-file-validate "$source_dir/packaging/$app_id.desktop"
check "appstreamcli validate" appstreamcli validate --no-net --pedantic "$source_dir/packaging/$app_id.metainfo.xml"
check "the desktop file starts keyport" grep -qx 'Exec=keyport' "$source_dir/packaging/$app_id.desktop"
check "the desktop file names the icon by the app id" grep -qx "Icon=$app_id" "$source_dir/packaging/$app_id.desktop"
check "the metainfo names the desktop file" grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$source_dir/packaging/$app_id.metainfo.xml"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/keyport_*.deb)
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/keyport ./usr/share/applications/$app_id.desktop \
            ./usr/share/metainfo/$app_id.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/$app_id.svg; do
    check "the package holds $path" grep -qx "$path" <<<"$contents"
done
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
for dependency in libsecret-1-0 libqt6keychain1 libqt6widgets6 libqt6network6 libc6; do
    check "it depends on $dependency" grep -qw "$dependency" <<<"$depends"
done
check "it recommends a Secret Service provider" grep -q 'gnome-keyring' <<<"$recommends"
dpkg-deb -x "$deb" "$work/x"
check "the binary is stripped" bash -c "file '$work/x/usr/bin/keyport' | grep -q 'stripped' && ! file '$work/x/usr/bin/keyport' | grep -q 'not stripped'"
# Debian's hardening: PIE, stack protector, _FORTIFY_SOURCE, RELRO and BIND_NOW must each say
# yes. Control flow protection (IBT/SHSTK) is not asked for: Debian 12's own start files lack it,
# so no binary linked there can have it (hardening-check says no for /usr/bin/ls too).
for binary in keyport keyport-sandbox keyport-policy; do
    check "the package holds ./usr/bin/$binary" grep -qx "./usr/bin/$binary" <<<"$contents"
    check "$binary is hardened" hardening-check --nocfprotection "$work/x/usr/bin/$binary"
done

# keyport-policy is for scripts and CI machines: the policy engine needs nothing but QtCore.
policy_needs=$(objdump -p "$work/x/usr/bin/keyport-policy" | awk '/NEEDED/ {print $2}')
check "keyport-policy links QtCore and no other Qt library" \
    bash -c "grep -q '^libQt6Core' <<<'$policy_needs' && ! grep -v '^libQt6Core' <<<'$policy_needs' | grep -q '^libQt6'"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
