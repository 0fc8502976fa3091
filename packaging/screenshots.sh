#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the README's screenshots from the real application: `keyport --demo` in a private
# Xvfb display, driven with keystrokes as a person would (xdotool), captured with ImageMagick.
# Usage: packaging/screenshots.sh [BUILD_DIR]   (writes resources/screenshots/*.png)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}
out=resources/screenshots
command -v xdotool >/dev/null || { echo "needs xdotool (apt install xdotool)"; exit 1; }
command -v import >/dev/null || { echo "needs imagemagick"; exit 1; }
mkdir -p "$out"

display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
work=$(mktemp -d)
cleanup() { kill "${app:-}" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export DISPLAY=$display QT_QPA_PLATFORM=xcb LANG=en_US.UTF-8 LANGUAGE=en
# Nothing of the user's: a throwaway home, no session bus (the demo needs neither).
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
sleep 1

"$build_dir/ui/keyport" --demo >"$work/keyport.log" 2>&1 &
app=$!

window_named() { # waits for a window whose title matches, prints its id
    for _ in $(seq 1 100); do
        id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | tail -n 1 || true)
        [ -n "$id" ] && { echo "$id"; return 0; }
        sleep 0.1
    done
    echo "no window named $1" >&2
    return 1
}
keys() { xdotool key --delay 60 "$@"; sleep 0.4; }
typed() { xdotool type --delay 30 "$1"; sleep 0.4; }
shot() { sleep 0.8; import -window "$1" "$out/$2.png"; echo "wrote $out/$2.png"; }

main=$(window_named '^Keyport')
xdotool windowfocus --sync "$main"
sleep 2.5 # the demo's keys arrive after its simulated latency
# Search field, type filter, then the list: select sks-autoscaler, whose details show a tag.
keys ctrl+f Tab Tab
keys Down Down Down Down Down Down Down Down Down
shot "$main" main-window

keys ctrl+n
wizard=$(window_named '^Create Key')
xdotool windowfocus --sync "$wizard"
typed "backup-uploader-2"
keys Return
typed "sos-object"
keys Tab Down space Down space Down Down Down space
shot "$wizard" wizard-operations
keys Return
typed "nightly-backups"
keys Return Return
keys alt+c
sleep 1.5
shot "$wizard" wizard-secret
