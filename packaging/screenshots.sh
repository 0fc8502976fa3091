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
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
work=$(mktemp -d)
cleanup() { kill "${app:-}" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export DISPLAY=$display QT_QPA_PLATFORM=xcb
# Nothing of the user's: a throwaway home, no session bus (the demo needs neither).
export HOME=$work XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
sleep 1

window_named() { # waits for a window whose title matches, prints its id
    for _ in $(seq 1 100); do
        # This run's window only (a window of the previous run may linger a moment).
        id=$(xdotool search --onlyvisible --pid "$app" --name "$1" 2>/dev/null | tail -n 1 || true)
        [ -n "$id" ] && { echo "$id"; return 0; }
        sleep 0.1
    done
    echo "no window named $1" >&2
    return 1
}
keys() { xdotool key --delay 60 "$@"; sleep 0.4; }
typed() { xdotool type --delay 30 "$1"; sleep 0.4; }
shot() { # WINDOW NAME: what the screen shows of the window (its own buffer can be stale)
    sleep 1
    eval "$(xdotool getwindowgeometry --shell "$1")"
    import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$out/$2.png"
    echo "wrote $out/$2.png"
}
start() { # LANGUAGE LANG: starts the demo in that language (not in a subshell: $app is kept)
    # Qt's -geometry: the window opens at a small laptop's size.
    LANGUAGE=$1 LANG=$2 "$build_dir/ui/keyport" --demo -geometry 1024x640+0+0 \
        >"$work/keyport-$1.log" 2>&1 &
    app=$!
}
sized() { xdotool windowsize --sync "$1" "$2" "$3"; sleep 0.8; }

# The main window in English and German, at a small laptop's size and at a roomy one.
for language in en:en_US.UTF-8 de:de_DE.UTF-8; do
    code=${language%%:*}
    start "$code" "${language#*:}"
    main=$(window_named '^Keyport')
    xdotool windowfocus --sync "$main"
    sleep 2.5 # the demo's keys arrive after its simulated latency
    # The list, then sks-autoscaler selected: its details show a tag.
    keys ctrl+f Tab Tab
    keys Down Down Down Down Down Down Down Down Down
    shot "$main" "main-window-1024-$code"
    # An auditor's question: who can delete DNS records? The unrestricted keys too.
    sized "$main" 1400 900
    keys ctrl+f
    typed "delete-dns"
    keys Tab Tab Down
    shot "$main" "main-window-1400-$code"
    if [ "$code" = en ]; then
        keys ctrl+f BackSpace Tab Tab
        keys Down Down Down Down Down Down Down Down Down
        sized "$main" 1200 720
        shot "$main" main-window
    fi
    if [ "$code" = en ]; then
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
        keys alt+s alt+f # "I have stored this secret", then Finish
        sleep 1
        # IAM v3 on the Demo (IAM v3) account: its roles, then the test bench on one of them.
        xdotool windowfocus --sync "$main"
        sized "$main" 1400 900
        keys alt+c End Up
        sleep 2
        shot "$main" iam-roles
        keys alt+c End Up Up
        sleep 1
        shot "$main" iam-api-keys
        keys alt+c End Up
        sleep 1
        keys ctrl+b
        bench=$(window_named '^Test Bench')
        xdotool windowfocus --sync "$bench"
        keys alt+o
        typed "list-dns-domains"
        keys Tab
        shot "$bench" iam-test-bench
        keys Escape
        xdotool windowfocus --sync "$main"
        keys alt+i r
        editor=$(window_named '^New Role')
        xdotool windowfocus --sync "$editor"
        typed "site-uploader"
        sleep 0.5
        shot "$editor" iam-role-editor
        keys Escape
    fi
    # Gone for good (a secret on screen would make it ask): the next search must find the
    # next run's window.
    kill -9 "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    app=
    sleep 1
done
