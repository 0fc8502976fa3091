#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The main window is a shell (ARCHITECTURE.md §3, issue "The main window as a shell of commands"):
# at most 400 lines, no job started in it, every user action a class in ui/commands/, and a domain
# that depends on nothing else in app/.
set -eu
src=$1
window=$src/ui/mainwindow/MainWindow.cpp
fail=0
lines=$(wc -l < "$window")
if [ "$lines" -gt 400 ]; then
    echo "MainWindow.cpp has $lines lines (at most 400)"; fail=1
fi
# A job is anything the core runs asynchronously: its headers, its types, its factories.
if grep -nE '(Job|Flow)\b|#include "(api|secrets|services/[A-Z][A-Za-z]*(Job|Flow))|->(readKeySecret|readAccountSecret|addAccount|removeAccount|forgetKeySecret|deletePending|probe|listKnownOperations|listOwnOperations)\(' "$window"; then
    echo "MainWindow.cpp starts jobs itself (above): a command must do it"; fail=1
fi
for command in "$src"/ui/commands/*Command.h; do
    name=$(basename "$command" .h)
    grep -q "class $name : public" "$command" || { echo "$command: no class $name"; fail=1; }
done
if grep -nE '#include "(api|accounts|secrets|services|models|sandbox|policy)/' "$src"/app/domain/*.h "$src"/app/domain/*.cpp; then
    echo "the domain includes other parts of app/ (above)"; fail=1
fi
[ "$fail" -eq 0 ] && echo "MainWindow.cpp: $lines lines, no job; $(ls "$src"/ui/commands/*Command.h | wc -l) command classes; the domain stands alone"
exit $fail
