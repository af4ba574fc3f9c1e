"""The workspace commands end to end, as a user runs them (real processes, SQLite)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

CLEW = [sys.executable, "-m", "clew.cli"]


def run(ws: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLEW, "--workspace", str(ws), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def test_commands_need_a_workspace(tmp_path: Path) -> None:
    result = run(tmp_path / "none", "stats")
    assert result.returncode == 2
    assert "clew init" in result.stderr


def test_workspace_from_environment_variable(tmp_path: Path) -> None:
    ws = tmp_path / "env-ws"
    result = subprocess.run(
        [*CLEW, "init"], capture_output=True, text=True, timeout=120, env={**os.environ, "CLEW_WORKSPACE": str(ws)}
    )
    assert result.returncode == 0, result.stderr
    assert (ws / "workspace.json").is_file() and (ws / "clew.db").is_file()


def test_full_workflow_on_the_synthetic_corpus(corpus: Path, tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert run(ws, "init").returncode == 0
    first = run(ws, "ingest", str(corpus))
    assert first.returncode == 0, first.stderr
    assert "stored 600" in first.stdout
    again = run(ws, "ingest", str(corpus))
    assert "stored 0" in again.stdout and "duplicates 600" in again.stdout
    processed = run(ws, "process")
    assert processed.returncode == 0, processed.stderr
    assert "analysed 600 of 600" in processed.stdout and "networks:" in processed.stdout
    assert "analysed 0 of 0" in run(ws, "process", "--no-link").stdout  # incremental
    stats = json.loads(run(ws, "stats", "--json").stdout)
    assert stats["documents"] == stats["analysed"] == 600
    assert stats["networks"] > 0 and stats["flagged"] > 0
    found = json.loads(run(ws, "search", "--typology", "labour_exploitation", "--json", "--limit", "5").stdout)
    assert found["total"] > 0
    doc_id = found["items"][0]["id"]
    shown = json.loads(run(ws, "show", doc_id, "--json").stdout)
    assert shown["analysis"]["typologies"]["labour_exploitation"]["level"] in {"medium", "high"}
    text_view = run(ws, "show", doc_id)
    assert "a lead for review, not proof" in text_view.stdout
    assert run(ws, "show", "no-such-id").returncode == 2


def test_bad_input_is_quarantined_and_the_exit_code_says_so(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    run(ws, "init")
    src = tmp_path / "mixed.jsonl"
    src.write_text('{"id": "ok", "text": "Flat for rent"}\n{"id": "bad"\n\n{"id": "ok2", "text": "Bike"}\n')
    result = run(ws, "ingest", str(src))
    assert result.returncode == 1
    assert "mixed.jsonl, line 2" in result.stderr
    assert "stored 2" in result.stdout and "rejected 1" in result.stdout
    listing = run(ws, "quarantine", "list")
    assert "line 2" in listing.stdout
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    result = run(ws, "ingest", str(empty))
    assert result.returncode == 1 and "empty" in result.stderr


def _synthetic_lines(n: int) -> str:
    return "".join(
        json.dumps({"id": f"doc-{i}", "text": f"Classified number {i}: furniture and more, item {i * 7}"}) + "\n"
        for i in range(n)
    )


def _count(db: Path, sql: str) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return int(con.execute(sql).fetchone()[0])
    finally:
        con.close()


@pytest.mark.slow
def test_killed_ingest_loses_nothing_and_a_rerun_completes(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    run(ws, "init")
    db = ws / "clew.db"
    seed = tmp_path / "seed.jsonl"
    seed.write_text(_synthetic_lines(5).replace("doc-", "seed-").replace("Classified", "Earlier"))
    assert run(ws, "ingest", str(seed)).returncode == 0
    n = 50_000
    src = tmp_path / "big.jsonl"
    src.write_text(_synthetic_lines(n))
    proc = subprocess.Popen(
        [*CLEW, "--workspace", str(ws), "ingest", "--quiet", str(src)],
        env={**os.environ, "CLEW_BATCH_SIZE": "200"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while _count(db, "SELECT count(*) FROM documents") < 1000:
        assert proc.poll() is None, "ingest finished before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 1000 <= stored < n + 5
    # every stored document is whole, with its provenance, and the earlier data is intact
    assert con.execute("SELECT count(*) FROM documents WHERE doc_id LIKE 'seed-%'").fetchone()[0] == 5
    orphans = con.execute(
        "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM provenance p WHERE p.document_pk = d.pk)"
    ).fetchone()[0]
    assert orphans == 0
    assert con.execute("SELECT status FROM ingest_runs ORDER BY id DESC").fetchone()[0] == "running"
    fts = con.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'furniture'").fetchone()[0]
    assert fts == stored
    con.close()
    rerun = run(ws, "ingest", str(src))
    assert rerun.returncode == 0, rerun.stderr
    assert _count(db, "SELECT count(*) FROM documents") == n + 5
    assert _count(db, "SELECT count(*) FROM provenance") == n + 5


def test_a_50_mb_document_is_rejected_with_its_size_and_the_rest_kept(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    run(ws, "init")
    src = tmp_path / "huge.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "small", "text": "Flat for rent near the station"}) + "\n")
        fh.write(json.dumps({"id": "huge", "text": "x" * (50 * 1024 * 1024)}) + "\n")
        fh.write(json.dumps({"id": "after", "text": "Bike for sale"}) + "\n")
    result = run(ws, "ingest", str(src))
    assert result.returncode == 1
    assert "huge.jsonl, line 2" in result.stderr and "52,428,800 characters" in result.stderr
    assert "stored 2" in result.stdout
    analysed = subprocess.run([*CLEW, "analyze", str(src), "--quiet"], capture_output=True, text=True, timeout=300)
    assert analysed.returncode == 1 and "line 2" in analysed.stderr
    assert [json.loads(line)["id"] for line in analysed.stdout.splitlines()] == ["small", "after"]
