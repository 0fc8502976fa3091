#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""keyport-policy evaluate and lint, end to end, as a script would run them.

Usage: check_policy_commands.py KEYPORT_POLICY JUDGE_CASES_JSON
Every case of judge-cases.json is judged through `keyport-policy evaluate` (files, flags, exit
code, printed JSON); lint and the usage errors are checked on files written here.
"""
import json
import os
import subprocess
import sys
import tempfile

TOOL, CASES = sys.argv[1], sys.argv[2]
failures = []


def run(*args):
    env = dict(os.environ, LANG="C", LC_ALL="C", LANGUAGE="")
    proc = subprocess.run([TOOL, *args], capture_output=True, text=True, env=env, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def check(condition, what):
    if not condition:
        failures.append(what)


def write(directory, name, content):
    path = os.path.join(directory, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(content if isinstance(content, str) else json.dumps(content))
    return path


def evaluate_args(directory, case):
    request = case["request"]
    args = ["evaluate", "--policy", write(directory, "role.json", case["role"]),
            "--operation", request["operation"]]
    if "organization" in case:
        args += ["--org-policy", write(directory, "org.json", case["organization"])]
    for flag, member in (("--service", "service"), ("--zone", "zone"), ("--source-ip", "source-ip"),
                         ("--api-key", "api-key"), ("--now", "now")):
        if member in request:
            args += [flag, request[member]]
    for name, value in request.get("parameters", {}).items():
        text = value if isinstance(value, str) else json.dumps(value)
        args += ["--param", f"{name}={text}"]

    def flatten(prefix, value):
        if isinstance(value, dict):
            for key, inner in value.items():
                yield from flatten(f"{prefix}.{key}" if prefix else key, inner)
        else:
            yield prefix, value

    for path, value in flatten("", request.get("resources", {})):
        text = value if isinstance(value, str) else json.dumps(value)
        args += ["--resource", f"{path}={text}"]
    return args


with tempfile.TemporaryDirectory() as directory:
    with open(CASES, encoding="utf-8") as f:
        cases = json.load(f)["cases"]
    check(len(cases) >= 40, "too few judge cases")
    for case in cases:
        code, out, err = run(*evaluate_args(directory, case))
        expect = case["expect"]
        name = case["name"]
        check(code == (0 if expect["decision"] == "allow" else 1),
              f"{name}: exit {code}, stderr {err!r}")
        try:
            got = json.loads(out)
        except ValueError:
            failures.append(f"{name}: not one JSON object: {out!r}")
            continue
        check(out.count("\n") == 1, f"{name}: more than one line: {out!r}")
        check(set(got) == {"decision", "decided-by", "service", "rule", "skipped"},
              f"{name}: members {sorted(got)}")
        errors = [s.pop("error", None) for s in got.get("skipped", [])]
        check(all(isinstance(e, str) and e for e in errors), f"{name}: a skipped rule without error")
        check(got == expect, f"{name}: got {got}, expected {expect}")

    # A role file is read like a bare policy; a role with the org policy absent is allow-all.
    role = write(directory, "role-object.json", {"id": "x", "name": "r", "policy": {
        "default-service-strategy": "deny", "services": {"sos": {"type": "allow"}}}})
    code, out, _ = run("evaluate", "--policy", role, "--operation", "get-object")
    check(code == 0 and json.loads(out)["decision"] == "allow", f"role file: {code} {out}")
    code, out, _ = run("evaluate", "--policy", role, "--operation", "list-zones")
    check(code == 1 and json.loads(out)["decided-by"] == "role", f"role file deny: {code} {out}")

    # VALUE is JSON when it parses, else a string.
    typed = write(directory, "typed.json", {"default-service-strategy": "deny", "services": {
        "compute": {"type": "rules", "rules": [
            {"action": "allow", "expression":
             "parameters.size == 10 && parameters.flag == true && parameters.name == 'ten' "
             "&& parameters.text == '10x' && parameters.list == [1, 'a']"}]}}})
    code, out, err = run("evaluate", "--policy", typed, "--operation", "create-instance",
                         "--param", "size=10", "--param", "flag=true", "--param", "name=\"ten\"",
                         "--param", "text=10x", "--param", "list=[1, \"a\"]")
    check(code == 0, f"typed values: {code} {out} {err}")

    # Usage errors exit 2 with a line starting error:
    allow_all = write(directory, "allow.json", {"default-service-strategy": "allow", "services": {}})
    broken = write(directory, "broken.json", "{ not json")
    not_policy = write(directory, "notpolicy.json", {"default-service-strategy": "sometimes"})
    for args in (["evaluate", "--operation", "get-object"],
                 ["evaluate", "--policy", allow_all],
                 ["evaluate", "--policy", os.path.join(directory, "missing.json"), "--operation", "x"],
                 ["evaluate", "--policy", broken, "--operation", "get-object"],
                 ["evaluate", "--policy", not_policy, "--operation", "get-object"],
                 ["evaluate", "--policy", allow_all, "--operation", "no-such-operation"],
                 ["evaluate", "--policy", allow_all, "--operation", "get-object", "--param", "novalue"],
                 ["evaluate", "--policy", allow_all, "--operation", "get-object", "--resource", "a..b=1"],
                 ["evaluate", "--policy", allow_all, "--operation", "get-object", "--now", "yesterday"],
                 ["evaluate", "--policy", allow_all, "--operation", "get-object", "--bogus"]):
        code, out, err = run(*args)
        check(code == 2 and err.startswith("error:") and out == "",
              f"usage error {args[1:]}: {code} {out!r} {err!r}")
    code, out, _ = run("evaluate", "--policy", allow_all, "--operation", "no-such-operation",
                       "--service", "compute")
    check(code == 0 and json.loads(out)["service"] == "compute", f"--service: {code} {out}")

    # lint: the issue's own example line, clean files, unreadable files.
    with_typo = write(directory, "typo.json", {"default-service-strategy": "deny", "services": {
        "sos": {"type": "rules", "rules": [
            {"action": "allow", "expression": "operation == 'list-buckets'"},
            {"action": "allow", "expression": "operation == paramters.bucket"}]}}})
    code, out, err = run("lint", with_typo)
    check(code == 1, f"lint with problems: exit {code} {err!r}")
    check(out.splitlines() == ["services.sos.rules[1].expression: column 14: unknown name 'paramters'"],
          f"lint line: {out!r}")
    code, out, _ = run("lint", allow_all)
    check(code == 0 and out == "", f"lint clean: {code} {out!r}")
    code, out, _ = run("lint", role)
    check(code == 0 and out == "", f"lint clean role: {code} {out!r}")
    code, out, _ = run("lint", not_policy)
    check(code == 1 and out.splitlines() == [
        "default-service-strategy: must be \"allow\" or \"deny\""], f"lint shape: {code} {out!r}")
    for path in (os.path.join(directory, "missing.json"), broken, directory):
        code, out, err = run("lint", path)
        check(code == 2 and err.startswith("error:"), f"lint unreadable {path}: {code} {err!r}")
    code, _, err = run("lint")
    check(code == 2, f"lint without a file: {code} {err!r}")

    # A service map given at run time replaces the built-in one.
    services = write(directory, "services.json", {"services": {"storage": ["get-object"]}})
    code, out, _ = run("evaluate", "--policy", allow_all, "--operation", "get-object",
                       "--services", services)
    check(code == 0 and json.loads(out)["service"] == "storage", f"--services: {code} {out}")
    code, out, _ = run("lint", "--services", services, with_typo)
    check("unknown service class 'sos'" in out, f"lint --services: {out!r}")

    # Help and version.
    code, out, _ = run("--help")
    check(code == 0 and "evaluate" in out and "lint" in out and "expr" in out, f"--help: {out!r}")
    code, out, _ = run("evaluate", "--help")
    check(code == 0 and "--org-policy" in out, f"evaluate --help: {out!r}")
    code, out, _ = run("--version")
    check(code == 0 and out.strip().startswith("keyport-policy"), f"--version: {out!r}")
    env_de = dict(os.environ, LANG="de_DE.UTF-8", LC_ALL="de_DE.UTF-8", LANGUAGE="de")
    german = subprocess.run([TOOL, "evaluate", "--help"], capture_output=True, text=True,
                            env=env_de, timeout=60).stdout
    check(german != run("evaluate", "--help")[1], "evaluate --help is not translated into German")

if failures:
    print("\n".join(failures))
    print(f"{len(failures)} failure(s)")
    sys.exit(1)
print(f"keyport-policy evaluate and lint: {len(cases)} judge cases and the usage checks passed")
