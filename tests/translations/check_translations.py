#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a source string is missing from the translations or left unfinished.

Runs lupdate over today's sources into copies of translations/*.ts (as
`cmake --build build --target update_translations` would), then reads the copies: a string added
to the code appears there as unfinished, a string removed as vanished. German, French and Italian
must be complete; English must have every plural form.
Usage: check_translations.py LUPDATE SOURCE_DIR
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

lupdate, source_dir = sys.argv[1], sys.argv[2]
sources = sorted(
    path
    for pattern in ("app/**/*.cpp", "app/**/*.h", "ui/**/*.cpp", "ui/**/*.h")
    for path in glob.glob(os.path.join(source_dir, pattern), recursive=True)
)
failures = passes = 0

with tempfile.TemporaryDirectory() as work:
    copies = {}
    for language in ("de", "fr", "it", "en"):
        copies[language] = os.path.join(work, f"keyport_{language}.ts")
        shutil.copy(os.path.join(source_dir, "translations", f"keyport_{language}.ts"), copies[language])
    for options, languages in ((["-locations", "none"], ("de", "fr", "it")),
                               (["-pluralonly", "-locations", "none"], ("en",))):
        subprocess.run([lupdate, *options, *sources, "-ts", *(copies[l] for l in languages)],
                       check=True, stdout=subprocess.DEVNULL)

    for language, path in copies.items():
        problems = []
        messages = ET.parse(path).getroot().iter("message")
        count = 0
        for message in messages:
            count += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                problems.append(f"{kind}: {source!r}")
                continue
            forms = translation.findall("numerusform")
            texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
            if any(not text.strip() for text in texts):
                problems.append(f"empty: {source!r}")
        if language != "en" and count < 300:
            problems.append(f"only {count} messages: lupdate found too few sources")
        if problems:
            failures += 1
            print(f"FAIL keyport_{language}.ts: {len(problems)} problem(s) of {count} messages")
            for problem in problems[:25]:
                print(f"    {problem}")
        else:
            passes += 1
            print(f"PASS keyport_{language}.ts: {count} messages, all translated")

print(f"{passes} passed, {failures} failed")
sys.exit(1 if failures else 0)
