"""Nothing is kept: after checks on a real ``clew serve``, every table of the database
(the audit trail included), the server's log output and the workspace files are unchanged,
and the checked text is found nowhere on disk.

The server runs as a user deploys it (a subprocess on a free loopback port), on a workspace
built by the ordinary commands, so the test covers whatever the app logs or stores by
default — not just what this module's code does.
"""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import inspect, text

from clew.settings import Settings
from clew.store import open_workspace
from clew.store.audit import entries, verify

MARKER = "Kestrel-7f3a2e"
"""A word that appears only in the checked texts; finding it anywhere afterwards is a leak."""

TEXTS = [
    f"{MARKER}: hotel work abroad, no experience needed. Pay a placement fee of 300 dollars to secure your job. "
    "We keep your passport. WhatsApp only.",
    f"{MARKER}: trabajo en el extranjero, pago por adelantado de 200 dólares para reservar el puesto.",
    f"{MARKER}: يجب دفع رسوم التأشيرة والفحص الطبي قبل السفر. ادفع 140,000 جنيه لحجز مكانك.",
]


def _cookies(response: httpx.Response) -> set[str]:
    """Names of the cookies a response sets (the public pages set none of their own)."""
    return {c.split("=", 1)[0] for c in response.headers.get_list("set-cookie")}


def _clew(workspace: Path, *args: str, stdin: str | None = None) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "clew.cli", "--workspace", str(workspace), *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=300,
    )
    assert result.returncode == 0, f"clew {' '.join(args)}: {result.stdout}\n{result.stderr}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    base = tmp_path_factory.mktemp("nothing-kept")
    ws = base / "workspace"
    corpus = base / "corpus.jsonl"
    _clew(ws, "demo-data", "-n", "60", "--seed", "3", "-o", str(corpus))
    _clew(ws, "init")
    _clew(ws, "ingest", "--quiet", str(corpus))
    _clew(ws, "process", "--jobs", "1", "--quiet")
    _clew(ws, "user", "add", "tess.tester", "--role", "viewer", "--password-stdin", stdin="a-long-test-passphrase-1\n")
    log_path = base / "serve.log"
    port = _free_port()
    env = {**os.environ, "CLEW_CHECK_RATE_LIMIT": "1000"}
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "clew.cli", "--workspace", str(ws), "serve", "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120  # a shared CI machine can be slow to start a server
            while True:
                try:
                    if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert proc.poll() is None and time.monotonic() < deadline, log_path.read_text()
                time.sleep(0.2)
            yield url, ws, log_path
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()


def _database_snapshot(ws: Path) -> dict[str, str]:
    """A digest of every row of every table, in a stable order."""
    store = open_workspace(Settings(workspace=ws))
    digests = {}
    try:
        with store.engine.connect() as conn:
            for table in sorted(inspect(conn).get_table_names()):
                rows = conn.execute(text(f'SELECT * FROM "{table}"')).all()
                digest = hashlib.sha256(repr(sorted(map(repr, rows))).encode()).hexdigest()
                digests[table] = f"{len(rows)}:{digest}"
        total, _rows = entries(store, limit=1)
        check = verify(store)
        digests["(audit)"] = f"{total}:{check.ok}:{check.checked}"
    finally:
        store.engine.dispose()
    return digests


def _files(ws: Path) -> dict[str, int]:
    return {str(p.relative_to(ws)): p.stat().st_size for p in ws.rglob("*") if p.is_file()}


def test_checks_leave_database_audit_log_and_files_unchanged(served: tuple[str, Path, Path]) -> None:
    url, ws, log_path = served
    before_db = _database_snapshot(ws)
    assert int(before_db["(audit)"].split(":")[0]) >= 1, "the audit trail should not be empty for this test"
    before_log = log_path.read_text()
    before_files = _files(ws)

    with httpx.Client(base_url=url, timeout=30) as client:
        for lang, body in zip(("en", "es", "ar"), TEXTS, strict=True):
            page = client.post("/check", data={"text": body, "country": "US", "lang": lang})
            assert page.status_code == 200 and MARKER in page.text and "<mark>" in page.text
            assert _cookies(page) == set()
            api = client.post("/api/v1/check", json={"text": body, "country": "ES", "lang": lang})
            assert api.status_code == 200 and api.json()["signs"]
        # bad input goes through the same code paths without leaving a trace either
        assert client.post("/check", data={"text": MARKER * 100_000}).status_code == 200
        assert client.post("/api/v1/check", json={"text": MARKER, "country": "XX"}).status_code == 422
        assert client.post("/learn/quiz", data={"round": "1", "q1": MARKER}).status_code == 200
    time.sleep(0.5)  # let anything the server might write reach the disk

    assert _database_snapshot(ws) == before_db
    assert log_path.read_text() == before_log
    after_files = _files(ws)
    assert set(after_files) == set(before_files)
    for name in after_files:
        assert MARKER.encode() not in (ws / name).read_bytes(), f"{name} contains the checked text"
