#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An EXO2-HMAC-SHA256 client written from API.md §3 alone, sharing no code with Keyport.

It first proves itself on the signing vectors, then drives a keyport-sandbox process over HTTP:
list, catalog, create (secret once, tags expanded on read-back), the signer's own operations,
signed query arguments, refused signatures, asynchronous revocation; then the options, faults
aimed at exact paths and methods, and the request log (--log); then IAM v3 from IAM-V3.md alone:
roles, API keys signing, the organisation policy, users, events, and the refusals.
Usage: independent_client.py KEYPORT_SANDBOX_BINARY SIGNING_VECTORS_JSON
"""
import base64
import datetime
import hashlib
import hmac
import http.client
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

results = {"passed": 0, "failed": 0}


def check(condition, what):
    if condition:
        results["passed"] += 1
        print(f"PASS {what}")
    else:
        results["failed"] += 1
        print(f"FAIL {what}")


def sign(key, secret, method, path, body=b"", query=None, expires=None):
    query = query or {}
    expires = expires if expires is not None else int(time.time()) + 600
    names = sorted(query, key=lambda n: n.encode())
    message = b"\n".join([
        f"{method} {path}".encode(),
        body,
        "".join(query[n] for n in names).encode(),
        b"",
        str(expires).encode(),
    ])
    signature = base64.b64encode(hmac.new(secret.encode(), message, hashlib.sha256).digest()).decode()
    header = f"EXO2-HMAC-SHA256 credential={key}"
    if names:
        header += ",signed-query-args=" + ";".join(names)
    return header + f",expires={expires},signature={signature}", message


def call(base, key, secret, method, path, payload=None, query=None, authorization=None, expires=None,
         timeout=10):
    body = b"" if payload is None else json.dumps(payload, separators=(",", ":")).encode()
    full_path = urllib.parse.urlsplit(base).path + path
    auth, _ = sign(key, secret, method, full_path, body, query, expires)
    url = base + path + ("?" + urllib.parse.urlencode(query) if query else "")
    request = urllib.request.Request(url, data=body if body else None, method=method)
    request.add_header("Authorization", authorization if authorization is not None else auth)
    if body:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def call_without_answer(*arguments, **options):
    """A call that is expected to get no HTTP answer: None then, else the status."""
    try:
        return call(*arguments, **options)[0]
    except (OSError, http.client.HTTPException):
        return None


def main():
    binary, vectors_path = sys.argv[1], sys.argv[2]

    vectors = json.load(open(vectors_path))
    for vector in vectors["vectors"]:
        header, message = sign(vectors["api_key"], vectors["api_secret"], vector["method"],
                               vector["path"], vector["body"].encode(), vector["query"],
                               vectors["expires"])
        check(header == vector["authorization"], f"signing vector {vector['id']}")
        if "message" in vector:
            check(message.decode() == vector["message"], f"signing vector {vector['id']} message")

    process = subprocess.Popen([binary, "--port", "0", "--revoke-delay", "200"],
                               stdout=subprocess.PIPE, text=True)
    try:
        info = dict(process.stdout.readline().strip().split(": ", 1) for _ in range(3))
        base, key, secret = info["endpoint"], info["key"], info["secret"]
        check(base.startswith("http://127.0.0.1:") and base.endswith("/v2"), "endpoint line")
        check(key.startswith("EXO") and len(key) == 27, "root key line")

        status, body = call(base, key, secret, "GET", "/access-key")
        check(status == 200 and len(body["access-keys"]) == 13, "list: root key and a dozen demo keys")
        check(all("secret" not in k for k in body["access-keys"]), "list: no secrets")

        status, body = call(base, key, secret, "GET", "/access-key-known-operations")
        known = {o["operation"]: o["tags"] for o in body["access-key-operations"]}
        check(status == 200 and len(known) == 285, "known operations: 285")

        status, body = call(base, key, secret, "GET", "/access-key", query={"b": "2", "a": "x y"})
        check(status == 200, "signed query arguments accepted")

        request = {"name": "independent", "tags": ["sks"], "operations": ["list-zones"],
                   "resources": [{"domain": "sos", "resource-type": "bucket", "resource-name": "my-bucket"}]}
        status, created = call(base, key, secret, "POST", "/access-key", request)
        check(status == 200 and len(created.get("secret", "")) == 43, "create: secret of 43 characters")
        new_key, new_secret = created["key"], created["secret"]
        sks = {o for o, tags in known.items() if "sks" in tags}
        status, read = call(base, key, secret, "GET", f"/access-key/{new_key}")
        check(status == 200 and "secret" not in read, "get: no secret")
        check(set(read["operations"]) == sks | {"list-zones"} and read["tags"] == ["sks"],
              "get: tags expanded into operations")
        check(read["type"] == "restricted", "get: restricted")

        status, body = call(base, new_key, new_secret, "GET", "/access-key-operations")
        check(status == 403 and "message" in body, "restricted key without list-access-key-operations: 403")

        status, body = call(base, new_key, new_secret, "POST", "/access-key", {"name": "x"})
        check(status == 403, "restricted key without create-access-key: 403")

        status, body = call(base, key, secret, "POST", "/access-key", {"name": "bad", "operations": ["no-such-op"]})
        check(status == 400 and "no-such-op" in body["message"], "unknown operation: 400")
        status, body = call(base, key, secret, "POST", "/access-key", {"name": ""})
        check(status == 400, "empty name: 400")

        status, body = call(base, key, "wrong" + secret[5:], "GET", "/access-key")
        check(status == 403 and "message" in body, "wrong secret: 403")
        status, body = call(base, key, secret, "GET", "/access-key", expires=int(time.time()) - 5)
        check(status == 403, "expired signature: 403")
        status, body = call(base, key, secret, "GET", "/access-key", authorization="")
        check(status == 403, "missing signature: 403")

        status, operation = call(base, key, secret, "DELETE", f"/access-key/{new_key}")
        check(status == 200 and operation["state"] == "pending", "revoke: pending operation")
        for _ in range(50):
            status, operation = call(base, key, secret, "GET", f"/operation/{operation['id']}")
            if operation["state"] != "pending":
                break
            time.sleep(0.05)
        check(operation["state"] == "success", "revoke: operation succeeds")
        status, _ = call(base, key, secret, "GET", f"/access-key/{new_key}")
        check(status == 404, "revoked key: 404")
        status, _ = call(base, new_key, new_secret, "GET", "/access-key-known-operations")
        check(status == 403, "revoked key's credentials refused")
    finally:
        process.terminate()
        process.wait(timeout=10)

    options_phase(binary, vectors_path)
    log_phase(binary)
    iam_phase(binary)
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


def start(binary, *arguments):
    process = subprocess.Popen([binary, "--port", "0", *arguments], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    lines = [process.stdout.readline().strip() for _ in range(3)]
    if not all(": " in line for line in lines):
        process.kill()
        raise RuntimeError(f"keyport-sandbox {arguments} printed {lines}: {process.stderr.read()}")
    info = dict(line.split(": ", 1) for line in lines)
    return process, info["endpoint"], info["key"], info["secret"]


def options_phase(binary, vectors_path):
    """keyport-sandbox's own options: --catalog, --keys, --fault, --latency, and bad ones."""
    small_catalog = vectors_path.replace("signing-vectors.json", "catalog-small.json")
    process, base, key, secret = start(binary, "--catalog", small_catalog, "--keys", "25",
                                       "--latency", "20",
                                       "--fault", "503@/v2/access-key-known-operations*1")
    try:
        status, body = call(base, key, secret, "GET", "/access-key")
        check(status == 200 and len(body["access-keys"]) == 26, "--keys 25: 25 keys and the root key")
        status, body = call(base, key, secret, "GET", "/access-key-known-operations")
        check(status == 503 and "message" in body, "--fault 503 once on a path: 503")
        status, body = call(base, key, secret, "GET", "/access-key-known-operations")
        check(status == 200 and len(body["access-key-operations"]) == 8, "--catalog FILE served after the fault wore off")
        status, body = call(base, key, secret, "POST", "/access-key", {"name": "x", "tags": ["sks"]})
        check(status == 400, "a tag of the built-in catalog is unknown with --catalog FILE")
    finally:
        process.terminate()
        process.wait(timeout=10)

    for bad in (["--fault", "explode"], ["--port", "99999"], ["--catalog", "/nonexistent.json"], ["--keys", "many"]):
        completed = subprocess.run([binary, "--port", "0", *bad], capture_output=True, text=True, timeout=10)
        check(completed.returncode == 2 and completed.stderr.strip() and not completed.stdout,
              f"refused with a message: {' '.join(bad)}")


def log_phase(binary):
    """--log FILE: one JSON object per request, flushed at once; faults on exact paths and methods."""
    directory = tempfile.mkdtemp(prefix="keyport-sandbox-log-")
    log_path = os.path.join(directory, "requests.jsonl")
    process, base, key, secret = start(binary, "--log", log_path,
                                       "--fault", "503@/v2/access-key-operations*1",
                                       "--fault", "503@POST/v2/access-key*1",
                                       "--fault", "drop@DELETE/v2/access-key/",
                                       "--fault", "hang@/v2/operation/")
    try:
        status, body = call(base, key, secret, "GET", "/access-key")
        check(status == 200, "a fault on an exact path leaves the list alone")
        victim = body["access-keys"][1]["key"]
        status, _ = call(base, key, secret, "GET", "/access-key-known-operations")
        check(status == 200, "a fault on /v2/access-key-operations leaves the known operations alone")
        status, _ = call(base, key, secret, "GET", "/access-key-operations")
        check(status == 503, "a fault on an exact path hits it")
        status, _ = call(base, key, secret, "GET", "/access-key-operations", query={"q": "1"})
        check(status == 200, "a fault worn off after its count")
        status, _ = call(base, key, secret, "GET", f"/access-key/{victim}")
        check(status == 200, "a fault for DELETE under /v2/access-key/ leaves a GET alone")
        status, _ = call(base, key, secret, "POST", "/access-key", {"name": "log-me-not"})
        check(status == 503, "a fault for POST on /v2/access-key hits a create")
        status = call_without_answer(base, key, secret, "DELETE", f"/access-key/{victim}")
        check(status is None, "drop: no answer")
        status = call_without_answer(base, key, secret, "GET", "/operation/abc", timeout=0.5)
        check(status is None, "hang: no answer")
        # A hanging request is in the log already; every line is there without stopping the sandbox.
        lines = []
        for _ in range(100):
            with open(log_path, encoding="utf-8") as log:
                lines = [line for line in log.read().split("\n") if line]
            if len(lines) >= 8:
                break
            time.sleep(0.05)
        raw = "\n".join(lines)
        entries = [json.loads(line) for line in lines]
        check(len(entries) == 8, f"--log: one line per request (8), got {len(entries)}")
        check(all(set(e) == {"time", "method", "path", "status", "fault"} for e in entries),
              "--log: time, method, path, status, fault")
        now = datetime.datetime.now(datetime.timezone.utc)
        times = [datetime.datetime.fromisoformat(e["time"].replace("Z", "+00:00")) for e in entries]
        check(all(e["time"].endswith("Z") and abs((now - t).total_seconds()) < 60
                  for e, t in zip(entries, times)), "--log: times in ISO 8601 UTC")
        expected = [
            ("GET", "/v2/access-key", 200, None),
            ("GET", "/v2/access-key-known-operations", 200, None),
            ("GET", "/v2/access-key-operations", 503, "503@/v2/access-key-operations*1"),
            ("GET", "/v2/access-key-operations", 200, None),
            ("GET", f"/v2/access-key/{victim}", 200, None),
            ("POST", "/v2/access-key", 503, "503@POST/v2/access-key*1"),
            ("DELETE", f"/v2/access-key/{victim}", 0, "drop@DELETE/v2/access-key/"),
            ("GET", "/v2/operation/abc", 0, "hang@/v2/operation/"),
        ]
        seen = [(e["method"], e["path"], e["status"], e["fault"]) for e in entries]
        check(seen == expected, "--log: method, path (no query), status and fault of each request")
        if seen != expected:
            print("\n".join(f"  got {got}\n  want {want}" for got, want in zip(seen, expected)))
        check("log-me-not" not in raw and "signature" not in raw and secret not in raw
              and "q=1" not in raw, "--log: no body, header, query or secret")
    finally:
        process.terminate()
        process.wait(timeout=10)

    completed = subprocess.run([binary, "--port", "0", "--log", os.path.join(directory, "no", "log")],
                               capture_output=True, text=True, timeout=10)
    check(completed.returncode == 2 and "no/log" in completed.stderr, "--log in a missing directory: refused")



def start_iam(binary, *arguments):
    """keyport-sandbox prints endpoint, key, secret, then api-key and api-secret."""
    process = subprocess.Popen([binary, "--port", "0", *arguments], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    lines = [process.stdout.readline().strip() for _ in range(5)]
    if not all(": " in line for line in lines):
        process.kill()
        raise RuntimeError(f"keyport-sandbox {arguments} printed {lines}: {process.stderr.read()}")
    return process, dict(line.split(": ", 1) for line in lines)


def wait_operation(base, key, secret, operation):
    """Polls get-operation until the state is not pending (API.md §1.3)."""
    for _ in range(100):
        if operation.get("state") != "pending":
            return operation
        time.sleep(0.05)
        _, operation = call(base, key, secret, "GET", f"/operation/{operation['id']}")
    return operation


def iam_phase(binary):
    """IAM v3 (IAM-V3.md §2-4): a role, a key on it that signs, lists, events, deletions, refusals."""
    process, info = start_iam(binary, "--operation-delay", "100")
    try:
        base, legacy_key, legacy_secret = info["endpoint"], info["key"], info["secret"]
        key, secret = info["api-key"], info["api-secret"]
        check(key.startswith("EXO") and len(key) == 27 and len(secret) == 43, "api-key and api-secret lines")
        started = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=2)

        status, body = call(base, key, secret, "GET", "/iam-role")
        roles = {role["name"]: role for role in body.get("iam-roles", [])}
        check(status == 200 and {"Owner", "Billing", "sandbox-admin"} <= set(roles), "list roles: built-in and sandbox-admin")
        check(roles["Owner"]["editable"] is False and roles["Billing"]["editable"] is False, "built-in roles not editable")
        check(roles["Owner"]["policy"]["default-service-strategy"] == "allow"
              and roles["Billing"]["policy"]["default-service-strategy"] == "deny", "Owner allows, Billing denies")
        check(roles["sandbox-admin"]["policy"] == {"default-service-strategy": "allow", "services": {}},
              "sandbox-admin is allow-all")
        status, own = call(base, key, secret, "GET", f"/api-key/{key}")
        check(status == 200 and own["role-id"] == roles["sandbox-admin"]["id"] and "secret" not in own,
              "the printed key is bound to sandbox-admin")

        policy = {"default-service-strategy": "deny",
                  "services": {"sos": {"type": "rules", "rules": [
                      {"action": "allow", "expression": "parameters.bucket == 'site-data'", "resources": []}]}},
                  "later-policy-field": {"kept": True}}
        role_request = {"name": "independent-role", "description": "written from IAM-V3.md",
                        "labels": {"team": "qa"}, "max-session-ttl": 900, "policy": policy,
                        "later-role-field": [1, 2]}
        status, operation = call(base, key, secret, "POST", "/iam-role", role_request)
        check(status == 200 and operation.get("state") == "pending", "create role: pending operation")
        role_id = operation["reference"]["id"]
        check(wait_operation(base, key, secret, operation)["state"] == "success", "create role: operation succeeds")
        status, role = call(base, key, secret, "GET", f"/iam-role/{role_id}")
        check(status == 200 and role["policy"] == policy and role["later-role-field"] == [1, 2]
              and role["labels"] == {"team": "qa"} and role["max-session-ttl"] == 900 and role["editable"] is True,
              "get role: everything sent comes back, unknown members too")

        status, body = call(base, key, secret, "POST", "/iam-role", {"name": "no-policy"})
        check(status == 400 and "policy" in body["message"], "create role without a policy: 400")
        status, body = call(base, key, secret, "POST", "/iam-role",
                            {"name": "bad", "policy": {"default-service-strategy": "sometimes", "services": {}}})
        check(status == 400 and "default-service-strategy" in body["message"], "invalid policy: 400 naming it")
        status, body = call(base, key, secret, "POST", "/iam-role", {"name": "x" * 192, "policy": policy})
        check(status == 400, "role name of 192 characters: 400")
        status, body = call(base, key, secret, "PUT", f"/iam-role/{role_id}", {"name": "renamed"})
        check(status == 400, "renaming a role: 400")
        status, operation = call(base, key, secret, "PUT", f"/iam-role/{role_id}", {"description": "changed"})
        wait_operation(base, key, secret, operation)
        status, role = call(base, key, secret, "GET", f"/iam-role/{role_id}")
        check(role["description"] == "changed" and role["later-role-field"] == [1, 2] and role["labels"] == {"team": "qa"},
              "update role: the rest is kept")
        status, _ = call(base, key, secret, "PUT", f"/iam-role/{roles['Owner']['id']}", {"description": "mine"})
        check(400 <= status < 500, "updating Owner: refused")
        status, _ = call(base, key, secret, "DELETE", f"/iam-role/{roles['Billing']['id']}")
        check(400 <= status < 500, "deleting Billing: refused")
        status, _ = call(base, key, secret, "GET", "/iam-role/00000000-0000-4000-8000-000000000000")
        check(status == 404, "unknown role: 404")

        status, created = call(base, key, secret, "POST", "/api-key", {"name": "independent-key", "role-id": role_id})
        check(status == 200 and len(created.get("secret", "")) == 43 and created["role-id"] == role_id,
              "create api key: with its secret")
        new_key, new_secret = created["key"], created["secret"]
        # The new key signs, and its role (deny by default, sos rules only) is enforced: the
        # signature is accepted and list-api-keys (service class iam) is refused by the policy.
        status, body = call(base, new_key, new_secret, "GET", "/api-key")
        check(status == 403 and body.get("message") == "Forbidden by role policy for iam",
              "the new key signs and its role policy refuses an iam call")
        status, body = call(base, key, secret, "GET", "/api-key")
        check(status == 200 and new_key in [k["key"] for k in body["api-keys"]]
              and all("secret" not in k for k in body["api-keys"]), "lists carry no secret")
        # A secret that differs in its first character (one in 64 new secrets starts with "x").
        wrong_secret = ("y" if new_secret.startswith("x") else "x") + new_secret[1:]
        status, body = call(base, new_key, wrong_secret, "GET", "/api-key")
        check(status == 403 and "signature" in body.get("message", "").lower(), "the new key with a wrong secret: 403, a bad signature")
        status, body = call(base, key, secret, "POST", "/api-key", {"name": "", "role-id": role_id})
        check(status == 400, "api key with an empty name: 400")

        status, body = call(base, new_key, new_secret, "POST", "/access-key", {"name": "legacy"})
        check(400 <= status < 500 and body["message"] == "Cannot generate IAMv2 `Access Key` using a IAMv3 `Api Key`",
              "an API key cannot create a legacy key")
        status, body = call(base, legacy_key, legacy_secret, "POST", "/api-key", {"name": "v3", "role-id": role_id})
        check(400 <= status < 500 and body.get("message"), "a legacy key cannot create an API key")

        status, body = call(base, key, secret, "DELETE", f"/iam-role/{role_id}")
        check(400 <= status < 500 and body.get("message"), "deleting a role a key is bound to: refused")

        status, users = call(base, key, secret, "GET", "/user")
        check(status == 200 and len(users["users"]) >= 2
              and all({"id", "email", "role", "pending", "sso", "two-factor-authentication"} <= set(u)
                      and "policy" in u["role"] for u in users["users"]), "users with their whole role")

        status, org = call(base, key, secret, "GET", "/iam-organization-policy")
        check(status == 200 and org == {"default-service-strategy": "allow", "services": {}}, "organisation policy: allow-all")
        tighter = {"default-service-strategy": "allow", "services": {"compute-legacy": {"type": "deny"}}}
        status, operation = call(base, key, secret, "PUT", "/iam-organization-policy", tighter)
        check(wait_operation(base, key, secret, operation)["state"] == "success", "update organisation policy")
        status, org = call(base, key, secret, "GET", "/iam-organization-policy")
        check(org == tighter, "organisation policy read back")
        status, operation = call(base, key, secret, "POST", "/iam-organization-policy:reset")
        wait_operation(base, key, secret, operation)
        status, org = call(base, key, secret, "GET", "/iam-organization-policy")
        check(org == {"default-service-strategy": "allow", "services": {}}, "reset: allow-all again")

        status, operation = call(base, key, secret, "DELETE", f"/api-key/{new_key}")
        check(status == 200 and operation["reference"]["id"] == new_key, "delete api key: an operation")
        check(wait_operation(base, key, secret, operation)["state"] == "success", "delete api key: succeeds")
        status, body = call(base, key, secret, "DELETE", f"/api-key/{new_key}")
        check(400 <= status < 500 and status != 404 and body == {"message": "API Key not in organization"},
              "deleting it again: API Key not in organization")
        status, _ = call(base, new_key, new_secret, "GET", "/api-key")
        check(status == 403, "a deleted key no longer signs")
        status, operation = call(base, key, secret, "DELETE", f"/iam-role/{role_id}")
        check(status == 200 and operation["reference"]["id"] == role_id, "delete role once unbound: an operation")
        wait_operation(base, key, secret, operation)
        status, _ = call(base, key, secret, "GET", f"/iam-role/{role_id}")
        check(status == 404, "deleted role: 404")

        until = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=2)
        query = {"from": started.strftime("%Y-%m-%dT%H:%M:%SZ"), "to": until.strftime("%Y-%m-%dT%H:%M:%SZ")}
        status, events = call(base, key, secret, "GET", "/event", query=query)
        handlers = [e["handler"] for e in events] if isinstance(events, list) else []
        check(status == 200 and isinstance(events, list), "events: a bare array")
        for handler in ("create-iam-role", "update-iam-role", "create-api-key", "update-iam-organization-policy",
                        "reset-iam-organization-policy", "delete-api-key", "delete-iam-role"):
            check(handler in handlers, f"events: {handler} recorded")
        check(not any(h.startswith(("get-", "list-")) for h in handlers), "events: no reads")
        raw = json.dumps(events)
        check(new_secret not in raw and secret not in raw, "events: no secret")
        mine = [e for e in events if e["handler"] == "create-api-key" and e["status"] == 200]
        check(len(mine) == 1 and mine[0]["iam-api-key"]["key"] == key
              and mine[0]["body-params"] == {"name": "independent-key", "role-id": role_id}
              and {"timestamp", "message", "uri", "zone", "source-ip", "request-id", "elapsed-ms",
                   "get-params", "path-params"} <= set(mine[0]), "events: the shape of IAM-V3.md §3")
        status, events = call(base, key, secret, "GET", "/event")
        check(status == 200 and len(events) == len(handlers), "events without a range: the last 24 hours")
        old = {"from": "2020-01-01T00:00:00Z", "to": "2020-01-02T00:00:00Z"}
        status, events = call(base, key, secret, "GET", "/event", query=old)
        check(status == 200 and events == [], "events: an old range is empty")
        status, body = call(base, key, secret, "GET", "/event", query={"from": "last tuesday"})
        check(status == 400, "events: a malformed range is 400")
    finally:
        process.terminate()
        process.wait(timeout=10)

    directory = tempfile.mkdtemp(prefix="keyport-sandbox-org-")
    good = os.path.join(directory, "org.json")
    with open(good, "w", encoding="utf-8") as file:
        json.dump({"default-service-strategy": "deny", "services": {"iam": {"type": "allow"}}}, file)
    process, info = start_iam(binary, "--org-policy", good)
    try:
        status, org = call(info["endpoint"], info["api-key"], info["api-secret"], "GET", "/iam-organization-policy")
        check(status == 200 and org["default-service-strategy"] == "deny", "--org-policy FILE: the starting policy")
    finally:
        process.terminate()
        process.wait(timeout=10)
    bad = os.path.join(directory, "bad.json")
    with open(bad, "w", encoding="utf-8") as file:
        file.write('{"services": {}}')
    for path in (bad, os.path.join(directory, "missing.json")):
        completed = subprocess.run([binary, "--port", "0", "--org-policy", path], capture_output=True, text=True,
                                   timeout=10)
        check(completed.returncode == 2 and path in completed.stderr and not completed.stdout,
              f"--org-policy {os.path.basename(path)}: refused with a message")


if __name__ == "__main__":
    sys.exit(main())
