"""`clew init` (first admin), `clew user`, `clew audit`, `clew watch`/`alerts`, `clew case`, `clew purge`
and the retention schedule of `clew serve` — real processes on SQLite, as an operator runs them."""

from __future__ import annotations

import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import httpx

CLEW = [sys.executable, "-m", "clew.cli"]
FAST = {"CLEW_ARGON2_TIME_COST": "1", "CLEW_ARGON2_MEMORY_KIB": "64", "CLEW_ARGON2_PARALLELISM": "1"}
DOCS = [
    {"id": "k1", "text": "Sweet Lily, ask for daddy. Call 213-555-0127", "country": "US"},
    {"id": "k2", "text": "Rose here, new girls every week, call 213-555-0127", "country": "US"},
    {"id": "k3", "text": "Bicycle for sale, barely used", "country": "US"},
]


def run(
    ws: Path, *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLEW, "--workspace", str(ws), *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=300,
        env={**os.environ, **FAST, **(env or {})},
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr + result.stdout
    return result.stdout


def test_init_makes_one_admin_with_a_one_time_password(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    out = ok(run(ws, "init"))
    assert "admin user: admin" in out
    password = re.search(r"one-time password .*: (\S+)", out)
    assert password and len(password.group(1)) >= 16
    again = ok(run(ws, "init"))
    assert "one-time password" not in again  # printed once, never again
    users = json.loads(ok(run(ws, "user", "list", "--json")))
    assert [(u["name"], u["role"], u["must_change_password"]) for u in users] == [("admin", "admin", True)]
    db = sqlite3.connect(ws / "clew.db")
    stored = db.execute("SELECT password_hash FROM users").fetchone()[0]
    assert stored.startswith("$argon2id$") and password.group(1) not in stored


def test_user_commands(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ok(run(ws, "init"))
    ok(run(ws, "user", "add", "ana", "--role", "analyst", "--password-stdin", stdin="a long enough secret\n"))
    out = ok(run(ws, "user", "add", "bob", "--role", "viewer"))
    assert "one-time password" in out
    bad = run(ws, "user", "add", "ana")
    assert bad.returncode == 2 and "exists already" in bad.stderr
    weak = run(ws, "user", "add", "carl", "--password-stdin", stdin="short\n")
    assert weak.returncode == 2 and "at least 12 characters" in weak.stderr
    ok(run(ws, "user", "disable", "bob"))
    ok(run(ws, "user", "role", "ana", "supervisor"))
    reset = ok(run(ws, "user", "reset", "bob"))
    assert re.search(r"one-time password for bob .*: \S{16,}", reset)
    listed = ok(run(ws, "user", "list"))
    assert re.search(r"ana\s+supervisor\s+active", listed) and re.search(r"bob\s+viewer\s+disabled", listed)
    missing = run(ws, "user", "disable", "nobody")
    assert missing.returncode == 2 and "no user named" in missing.stderr
    entries = json.loads(ok(run(ws, "audit", "list", "--json", "--target", "user:")))
    assert {"create", "disable", "update", "reset_password"} <= {e["action"] for e in entries["items"]}
    assert all(e["actor"].startswith("cli:") for e in entries["items"])


def test_audit_verify_names_the_edited_row(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ok(run(ws, "init"))
    for name in ("u1", "u2", "u3"):
        ok(run(ws, "user", "add", name, "--role", "viewer"))
    assert "4 entries verified" in ok(run(ws, "audit", "verify"))
    db = sqlite3.connect(ws / "clew.db")
    db.execute('UPDATE audit_log SET detail = \'{"role":"admin"}\' WHERE id = 3')
    db.commit()
    db.close()
    result = run(ws, "audit", "verify")
    assert result.returncode == 1
    assert "audit row 3" in result.stderr and "BROKEN from row 3" in result.stdout


def test_process_raises_watch_alerts_and_cases_export(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    ok(run(ws, "init"))
    watched = ok(run(ws, "watch", "add", "phone:213-555-0127", "--name", "Lily"))
    assert "phone:+12135550127" in watched and "0 stored documents" in watched
    ok(run(ws, "watch", "add", "--kind", "query", "bicycle"))
    bad = run(ws, "watch", "add", "--kind", "indicator", "Not an id!")
    assert bad.returncode == 2 and "indicator id" in bad.stderr
    ok(run(ws, "ingest", str(corpus)))
    processed = ok(run(ws, "process"))
    assert "watchlists: 3 new alerts" in processed
    assert "new alerts" not in ok(run(ws, "process"))  # nothing new: no alert twice
    alerts = json.loads(ok(run(ws, "alerts", "--json", "--status", "new")))
    assert sorted(a["document"]["id"] for a in alerts["items"]) == ["k1", "k2", "k3"]
    assert "Lily" in ok(run(ws, "watch", "list")) or "phone:+12135550127" in ok(run(ws, "watch", "list"))

    from clew.settings import Settings
    from clew.store import open_workspace
    from clew.store.audit import cli_principal
    from clew.store.cases import add_item, create_case

    store = open_workspace(Settings(workspace=ws))
    case = create_case(store, title="CLI case", actor=cli_principal())
    add_item(store, case["id"], kind="document", ref="k1", actor=cli_principal())
    store.close()
    assert "CLI case" in ok(run(ws, "case", "list"))
    package = tmp_path / "evidence.zip"
    assert "content SHA-256" in ok(run(ws, "case", "export", str(case["id"]), "-o", str(package)))
    assert "every file matches" in ok(run(ws, "case", "verify", str(package)))
    with zipfile.ZipFile(package) as zf:
        assert "report.html" in zf.namelist() and "Sweet Lily" in zf.read("report.html").decode()
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(forged, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, src.read(name).replace(b"Sweet Lily", b"Sweet Lola"))
    result = run(ws, "case", "verify", str(forged))
    assert result.returncode == 1 and "documents/k1.txt: SHA-256 differs" in result.stderr

    # retention: nothing is old yet; make everything old, and only the case's document stays
    assert "purged 0 documents" in ok(run(ws, "purge"))
    db = sqlite3.connect(ws / "clew.db")
    db.execute("UPDATE documents SET created_at = '2020-01-01 00:00:00.000000'")
    db.commit()
    assert "would purge 2" in ok(run(ws, "purge", "--dry-run"))
    assert "purged 2 documents" in ok(run(ws, "purge", "--older-than", "30"))
    assert [r[0] for r in db.execute("SELECT doc_id FROM documents")] == ["k1"]
    db.close()
    purge = json.loads(ok(run(ws, "audit", "list", "--action", "purge", "--json")))["items"][0]
    assert purge["detail"]["first_ids"] == ["k2", "k3"] and purge["actor"].startswith("cli:")
    assert "intact" in ok(run(ws, "audit", "verify"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_purges_on_schedule(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    ok(run(ws, "init"))
    ok(run(ws, "ingest", str(corpus)))
    db = sqlite3.connect(ws / "clew.db")
    db.execute("UPDATE documents SET created_at = '2020-01-01 00:00:00.000000' WHERE doc_id != 'k3'")
    db.commit()
    port = _free_port()
    env = {**os.environ, **FAST, "CLEW_RETENTION_DAYS": "30", "CLEW_RETENTION_INTERVAL_SECONDS": "1"}
    proc = subprocess.Popen(
        [*CLEW, "--workspace", str(ws), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        deadline = time.monotonic() + 120  # a shared CI machine can be slow to start a server
        while time.monotonic() < deadline:
            left = [r[0] for r in db.execute("SELECT doc_id FROM documents ORDER BY doc_id")]
            if left == ["k3"]:
                break
            time.sleep(0.3)
        assert left == ["k3"]
        health = None
        while health is None and time.monotonic() < deadline:  # the purge may run before the port opens
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5).json()
            except httpx.TransportError:
                time.sleep(0.3)
        assert health is not None and health["status"] == "ok"
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    actor = db.execute("SELECT actor_name FROM audit_log WHERE action = 'purge'").fetchone()
    assert actor == ("system",)
    db.close()
