"""Screening latency and throughput over HTTP against a real `clew serve`, and bank lookup at scale.

    python bench/screen.py [--n 4000] [--concurrency 8] [--batch 500] [--signals 10000000] [--workers N]

Prints one JSON object:

- ``single``: ``POST /api/v1/screen`` of one ~400-character ad at a time from
  ``--concurrency`` client threads (``http.client``, one keep-alive connection
  each, in this process) against ``clew serve`` with its default settings on
  loopback (``--workers N`` to try another count): p50/p95/p99 latency in ms,
  documents/s, documents/s over the in-process pipeline's, and the CPU time the
  server (all its processes) spent per request, read from /proc.
  The workspace has a sharing group, a bank of 1,000 keyed-hash signals (some of
  which the ads contain) and a negative bank, so matching and match recording run.
- ``batch``: ``POST /api/v1/screen/batch`` of ``--batch`` documents at a time,
  documents/s, against ``clew analyze IN -o OUT`` on the same documents in the same
  run (a subprocess, start-up included, one worker) and against the pipeline alone
  in-process; ``batch ÷ analyze`` is the ratio that survives a noisy machine.
- ``bank``: with ``--signals`` keyed-hash signals loaded into one bank (SQLite, the
  default store), the cost of the bank lookup per analysed document (hashing every
  identifier with the group key and one indexed query), the peak resident memory of
  this process and the database size. The synthetic signals are 256-bit values
  written in key order so that loading ten million takes minutes, not hours; the
  lookups search an index of the same size. ``--signals 0`` skips it.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import func, select

from clew.demo.generator import write_corpus
from clew.model import Document
from clew.pipeline import Pipeline
from clew.settings import Settings
from clew.sharing.banks import add_signal, create_bank
from clew.sharing.keys import create_group
from clew.sharing.matching import screen_matches
from clew.store import init_workspace
from clew.store.schema import signals
from clew.web.tokens import create_token


def ads(n: int, seed: int, folder: Path) -> list[dict]:
    """~400-character synthetic ads: each demo text followed by the next, cut at a word near 400."""
    src = folder / "demo.jsonl"
    write_corpus(src, n + 1, seed=seed)
    rows = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines()]
    out = []
    for i in range(n):
        text = rows[i]["text"] + "\n" + rows[i + 1]["text"]
        if len(text) > 400:
            cut = text.rfind(" ", 0, 400)
            text = text[: cut if cut > 300 else 400]
        out.append({"id": f"s{i}", "text": text, "country": rows[i].get("country"), "source": "bench.example.com"})
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def start_server(ws: Path, port: int, workers: int | None) -> subprocess.Popen[bytes]:
    extra = ["--workers", str(workers)] if workers else []  # None: the default, as a user runs it
    proc = subprocess.Popen(
        [sys.executable, "-m", "clew.cli", "--workspace", str(ws), "serve", "--port", str(port), *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("clew serve did not start")


def server_cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) used so far by the server process and its workers; None off Linux."""
    try:
        pids = [pid] + [
            int(c) for task in Path(f"/proc/{pid}/task").iterdir() for c in (task / "children").read_text().split()
        ]
        ticks = 0
        for p in pids:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
    except (OSError, ValueError):
        return None
    return ticks / os.sysconf("SC_CLK_TCK")


def single(port: int, token: str, docs: list[dict], concurrency: int) -> dict:
    """``concurrency`` client threads, each with its own keep-alive connection, send one document at a time.

    The client is ``http.client`` from the standard library: its cost per request is
    a small fraction of httpx's, and in this process it competes with the server for
    the same two cores (the server is a separate process). Every answer is read in
    full and its status checked; latency is from sending the request to the last
    byte of the answer.
    """
    bodies = [json.dumps(d).encode("utf-8") for d in docs]
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    latencies: list[float] = []
    lock = threading.Lock()
    position = iter(range(len(bodies)))
    errors = 0

    def worker() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            while True:
                with lock:
                    i = next(position, None)
                if i is None:
                    return
                started = time.perf_counter()
                conn.request("POST", "/api/v1/screen", body=bodies[i], headers=headers)
                resp = conn.getresponse()
                answer = resp.read()
                elapsed = (time.perf_counter() - started) * 1000
                ok = resp.status == 200 and answer.startswith(b"{")
                with lock:
                    latencies.append(elapsed)
                    errors += not ok
        finally:
            conn.close()

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    return {
        "documents": len(latencies),
        "concurrency": concurrency,
        "errors": errors,
        "p50_ms": round(percentile(latencies, 50), 2),
        "p95_ms": round(percentile(latencies, 95), 2),
        "p99_ms": round(percentile(latencies, 99), 2),
        "mean_ms": round(statistics.fmean(latencies), 2),
        "docs_per_s": round(len(latencies) / wall, 1),
    }


def batch(base: str, token: str, docs: list[dict], size: int) -> float:
    started = time.perf_counter()
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=300) as http:
        for i in range(0, len(docs), size):
            resp = http.post("/api/v1/screen/batch", json={"documents": docs[i : i + size]})
            resp.raise_for_status()
    return len(docs) / (time.perf_counter() - started)


def analyze_command(docs: list[dict], folder: Path) -> float:
    src, out = folder / "ads.jsonl", folder / "out.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "clew.cli", "analyze", str(src), "-o", str(out), "-j", "1", "-q"], check=True)
    return len(docs) / (time.perf_counter() - started)


def bank_at_scale(count: int, folder: Path, docs: list[dict]) -> dict:
    """Load ``count`` keyed-hash signals straight into one bank, then time the lookup per document."""
    store = init_workspace(Settings(workspace=folder / "big"))
    group = create_group(store, name="big", organisation="Bench")
    bank = create_bank(store, name="big", group="big")
    now = datetime.now(UTC)
    load_started = time.perf_counter()
    chunk = 100_000
    with store.engine.begin() as conn:
        for start in range(0, count, chunk):
            rows = [
                {
                    "bank_id": bank.id,
                    "type": "phone",
                    # key order (a counter prefix) keeps the load fast; lookups see a B-tree of the same size
                    "hash": f"{i:016x}" + hashlib.sha256(f"bench-{i}".encode()).hexdigest()[16:],
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(start, min(count, start + chunk))
            ]
            conn.execute(signals.insert(), rows)
    load_s = time.perf_counter() - load_started
    pipeline = Pipeline()
    analyses = [pipeline.analyze(Document.model_validate(d)) for d in docs[:2000]]
    # a few real signals so that some lookups hit (and read opinions)
    for d in docs[:20]:
        for e in pipeline.analyze(Document.model_validate(d)).entities:
            if e.type == "phone":
                add_signal(store, bank, type_="phone", hash_=group.hash("phone", e.value), opinion="lead")
    for a in analyses[:50]:
        screen_matches(store, a, record=False)  # warm the page cache
    started = time.perf_counter()
    hits = 0
    for a in analyses:
        hits += len(screen_matches(store, a, record=False))
    per_doc_ms = (time.perf_counter() - started) * 1000 / len(analyses)
    db = folder / "big" / "clew.db"
    with store.engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(signals)).scalar()
    store.close()
    return {
        "signals": int(n or 0),
        "load_s": round(load_s, 1),
        "documents": len(analyses),
        "documents_with_a_hit": hits,
        "lookup_ms_per_document": round(per_doc_ms, 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "database_mb": round(db.stat().st_size / 2**20, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--signals", type=int, default=10_000_000)
    parser.add_argument("--port", type=int, default=18901)
    parser.add_argument("--workers", type=int, default=None, help="clew serve --workers (default: its own default)")
    args = parser.parse_args()
    result: dict = {"cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="clew-bench-screen-") as tmp:
        folder = Path(tmp)
        docs = ads(args.n, args.seed, folder)
        result["mean_chars"] = round(statistics.fmean(len(d["text"]) for d in docs))
        ws = folder / "ws"
        store = init_workspace(Settings(workspace=ws))
        group = create_group(store, name="ring", organisation="Bench")
        bank = create_bank(store, name="leads", group="ring", flood_limit=10**9)
        create_bank(store, name="known-fp", group="ring", kind="negative")
        pipeline = Pipeline()
        phones = [
            e.value
            for d in docs[:200]
            for e in pipeline.analyze(Document.model_validate(d)).entities
            if e.type == "phone"
        ]
        for i in range(1000):
            value = phones[i % len(phones)] if i < len(phones) else f"bench-{i}"
            add_signal(store, bank, type_="phone", hash_=group.hash("phone", value), opinion="lead")
        token = create_token(store, name="bench", scopes=["screen"], rate_per_minute=10**9).secret
        store.close()

        started = time.perf_counter()
        for d in docs[:1000]:
            pipeline.analyze(Document.model_validate(d))
        result["pipeline_docs_per_s"] = round(1000 / (time.perf_counter() - started), 1)

        proc = start_server(ws, args.port, args.workers)
        base = f"http://127.0.0.1:{args.port}"
        try:
            single(args.port, token, docs[:400], args.concurrency)  # warm-up
            cpu_before = server_cpu_seconds(proc.pid)
            result["single"] = single(args.port, token, docs, args.concurrency)
            cpu_after = server_cpu_seconds(proc.pid)
            if cpu_before is not None and cpu_after is not None:
                # CPU the server spent per request: what load on the machine changes least
                result["single"]["server_cpu_ms_per_request"] = round((cpu_after - cpu_before) * 1000 / len(docs), 2)
            result["single"]["server_workers"] = args.workers or "default"
            result["single"]["single_over_pipeline"] = round(
                result["single"]["docs_per_s"] / result["pipeline_docs_per_s"], 2
            )
            batch_rate = batch(base, token, docs, args.batch)
        finally:
            proc.terminate()
            proc.wait(timeout=20)
        analyze_rate = analyze_command(docs, folder)
        result["batch"] = {
            "batch_size": args.batch,
            "screen_batch_docs_per_s": round(batch_rate, 1),
            "clew_analyze_docs_per_s": round(analyze_rate, 1),
            "batch_over_analyze": round(batch_rate / analyze_rate, 2),
        }
        if args.signals:
            result["bank"] = bank_at_scale(args.signals, folder, docs)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
