#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, by Debian package name, whatever Keyport needs and the machine lacks.
# Usage: packaging/install-deps.sh [run|test]   (default: test, which is a superset of run)
set -euo pipefail

run_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-translations-l10n
    qtkeychain-qt6-dev libtomlplusplus-dev libsecret-1-0
    # A Secret Service for the keychain; dbus-x11 named so apt does not pull in systemd.
    dbus-x11 gnome-keyring
)
test_packages=(
    libsecret-tools libglib2.0-bin xvfb xauth imagemagick xdotool xclip python3
    file dpkg-dev desktop-file-utils appstream binutils
    # hardening-check, for the packaging test.
    devscripts
    # The accessibility bus and its Python client, for the atspi_iam test.
    python3-pyatspi at-spi2-core
)

mode=${1:-test}
packages=("${run_packages[@]}")
[ "$mode" = test ] && packages+=("${test_packages[@]}")

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
