#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""keyport-policy expr, end to end: values on stdout, exit codes 0/2/3/4, the error line."""
import datetime
import json
import subprocess
import sys

BINARY = sys.argv[1]
failures = []


def run(*args):
    process = subprocess.run([BINARY, *args], capture_output=True, text=True, timeout=30,
                             env={"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})
    return process.returncode, process.stdout, process.stderr


def expect(args, code, stdout=None, stderr=None, stderr_contains=None):
    got_code, got_out, got_err = run(*args)
    where = " ".join(repr(a) for a in args)
    if got_code != code:
        failures.append(f"{where}: exit {got_code}, expected {code} (stderr: {got_err!r})")
    if stdout is not None and got_out != stdout:
        failures.append(f"{where}: stdout {got_out!r}, expected {stdout!r}")
    if stderr is not None and got_err != stderr:
        failures.append(f"{where}: stderr {got_err!r}, expected {stderr!r}")
    if stderr_contains is not None and stderr_contains not in got_err:
        failures.append(f"{where}: stderr {got_err!r} lacks {stderr_contains!r}")
    return got_out


# Values: one JSON value and a newline, exit 0, nothing on stderr.
expect(["expr", "1 + 2"], 0, "3\n", "")
expect(["expr", "9223372036854775807"], 0, "9223372036854775807\n")
expect(["expr", "18446744073709551615u"], 0, "18446744073709551615\n")
expect(["expr", "1.5 * 2.0"], 0, "3.0\n")
expect(["expr", "0.0 / 0.0"], 0, '"NaN"\n')
expect(["expr", "'a\"b'"], 0, '"a\\"b"\n')
expect(["expr", "b'abc'"], 0, '"YWJj"\n')
expect(["expr", "[1, 'two', null, true]"], 0, '[1,"two",null,true]\n')
expect(["expr", "{'k': [1], 2: 'x'}"], 0, '{"k":[1],"2":"x"}\n')
expect(["expr", "-5"], 0, "-5\n")
expect(["expr", "--", "--context"], 4, stderr_contains="undeclared reference to 'context'")
# Timestamps as RFC 3339, durations like "3600s".
expect(["expr", "timestamp('2026-11-27T11:00:00+01:00')"], 0, '"2026-11-27T10:00:00Z"\n')
expect(["expr", "timestamp('2026-11-27T10:00:00.5Z')"], 0, '"2026-11-27T10:00:00.500Z"\n')
expect(["expr", "duration('1h')"], 0, '"3600s"\n')
expect(["expr", "duration('1.5s')"], 0, '"1.500s"\n')
expect(["expr", "now - timestamp('2026-11-27T09:00:00Z')", "--context",
        '{"now": "2026-11-27T10:00:00Z"}'], 0, '"3600s"\n')
# The context: JSON members are bindings, integral numbers are ints, now is a timestamp.
context = json.dumps({"operation": "get-object", "parameters": {"bucket": "site-data", "n": 3},
                      "now": "2026-11-27T10:00:00Z"})
expect(["expr", "parameters.bucket == 'site-data' && operation in ['head-object', 'get-object']",
        "--context", context], 0, "true\n")
expect(["expr", "type(parameters.n) == int", "--context", context], 0, "true\n")
expect(["expr", "now.getFullYear()", "--context", context], 0, "2026\n")
expect(["expr", "now", f"--context={context}"], 0, '"2026-11-27T10:00:00Z"\n')
# Without "now" in the context, now is the current time.
out = expect(["expr", "now"], 0)
try:
    printed = datetime.datetime.fromisoformat(json.loads(out).replace("Z", "+00:00"))
    delta = abs((datetime.datetime.now(datetime.timezone.utc) - printed).total_seconds())
    if delta > 60:
        failures.append(f"now is {printed}, not the current time")
except ValueError as error:
    failures.append(f"now printed {out!r}: {error}")

# Syntax errors: exit 3, one line on stderr with the column.
expect(["expr", "1 +"], 3, "", "error: column 4: unexpected end of expression\n")
expect(["expr", "parameters.bucket == 'a' &&& 1"], 3, "", stderr_contains="error: column 28: ")
expect(["expr", "'unterminated"], 3, stderr_contains="error: column 1: ")
# Evaluation errors: exit 4, the column where the error arose.
expect(["expr", "1 / 0"], 4, "", "error: column 3: division by zero\n")
expect(["expr", "parameters.bucket", "--context", '{"parameters": {}}'], 4, "",
       "error: column 12: no such key: 'bucket'\n")
expect(["expr", "x"], 4, "", "error: column 1: undeclared reference to 'x'\n")
expect(["expr", "true && m.x", "--context", '{"m": {}}'], 4, "", "error: column 11: no such key: 'x'\n")
expect(["expr", "false && m.x", "--context", '{"m": {}}'], 0, "false\n")
# Usage errors: exit 2.
expect(["expr"], 2, stderr_contains="no expression given")
expect(["expr", "1", "--context", "{not json"], 2, "", stderr_contains="not a JSON object")
expect(["expr", "1", "--context", "[1, 2]"], 2, stderr_contains="not a JSON object")
expect(["expr", "now", "--context", '{"now": "yesterday"}'], 2, "",
       stderr_contains="RFC 3339")
expect(["expr", "1", "--context"], 2, stderr_contains="--context")
expect(["expr", "1", "2"], 2, stderr_contains="more than one expression")
expect(["expr", "1", "--bogus"], 2, stderr_contains="unknown option")
expect([], 2, stderr_contains="Usage: keyport-policy")
expect(["frobnicate"], 2, stderr_contains="unknown command 'frobnicate'")
# Help and version.
out = expect(["--help"], 0)
if "expr" not in out or "Usage: keyport-policy" not in out:
    failures.append(f"--help lists no expr command: {out!r}")
out = expect(["expr", "--help"], 0)
if "--context" not in out:
    failures.append(f"expr --help does not explain --context: {out!r}")
out = expect(["--version"], 0)
if not out.startswith("keyport-policy "):
    failures.append(f"--version printed {out!r}")

for failure in failures:
    print("FAIL:", failure)
print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
