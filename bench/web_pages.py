"""Latency of the analyst workspace pages on a large workspace, printed as JSON.

    python bench/web_pages.py --workspace DIR [--n 200000] [--requests 200] [--seed 7]

Builds the workspace when DIR has none (``clew demo-data``, ``init``, ``ingest``,
``process``), starts a real ``clew serve`` on a free loopback port, signs in through
the login page, then times sequential requests (like one analyst) for:

- search pages: words, words + typology, typology + level, identifier value, city,
  date range, network size, a deep page, and the unfiltered first page;
- document pages (random documents, with highlights, explanation, pivots);
- identifier pages, network pages and the dashboard.

Figures are milliseconds at the 50th and 95th percentile, end to end over HTTP.
The baseline, measured in the same run, is ``/healthz`` (one trivial query through
the same server and client), so ``p95_ratio`` survives a noisy, shared machine.
The target is a 95th percentile under 300 ms for search and document pages.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import httpx

USER, PASSWORD = "bench.viewer", "bench-password-for-pages-1"


def clew(ws: Path, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "clew.cli", "--workspace", str(ws), *args], check=True)


def build(ws: Path, n: int, seed: int) -> None:
    corpus = ws.parent / f"corpus-{n}-{seed}.jsonl"
    if not corpus.exists():
        clew(ws, "demo-data", "-n", str(n), "--seed", str(seed), "-o", str(corpus))
    clew(ws, "init")
    clew(ws, "ingest", "--quiet", str(corpus))
    clew(ws, "process", "--jobs", "2", "--quiet")


def ensure_user(ws: Path) -> None:
    """A viewer for the benchmark (``clew user add``; kept when it exists from an earlier run)."""
    listed = subprocess.run(
        [sys.executable, "-m", "clew.cli", "--workspace", str(ws), "user", "list", "--json"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    if USER not in {u["name"] for u in json.loads(listed)}:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "clew.cli",
                "--workspace",
                str(ws),
                "user",
                "add",
                USER,
                "--role",
                "viewer",
                "--password-stdin",
            ],
            check=True,
            input=PASSWORD + "\n",
            text=True,
            stdout=sys.stderr,
        )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def timed(client: httpx.Client, url: str) -> float:
    started = time.perf_counter()
    resp = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    if resp.status_code != 200:
        raise SystemExit(f"{url} answered {resp.status_code}: {resp.text[:300]}")
    return elapsed


def summary(samples: list[float], baseline_p95: float) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "requests": len(samples),
        "p50_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(p95, 1),
        "max_ms": round(ordered[-1], 1),
        "p95_ratio": round(p95 / baseline_p95, 1) if baseline_p95 else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workspace", type=Path, required=True)
    parser.add_argument("--n", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--requests", type=int, default=200, help="requests per page kind")
    args = parser.parse_args()
    ws: Path = args.workspace
    if not (ws / "clew.db").exists():
        ws.parent.mkdir(parents=True, exist_ok=True)
        build(ws, args.n, args.seed)
    ensure_user(ws)
    rng = random.Random(args.seed)
    db = sqlite3.connect(f"file:{ws / 'clew.db'}?mode=ro", uri=True)
    documents = int(db.execute("SELECT count(*) FROM documents").fetchone()[0])
    doc_ids = [r[0] for r in db.execute("SELECT doc_id FROM documents ORDER BY random() LIMIT ?", (args.requests,))]
    phones = [
        r[0]
        for r in db.execute(
            "SELECT value FROM entities WHERE type = 'phone' GROUP BY value ORDER BY random() LIMIT ?", (args.requests,)
        )
    ]
    networks = [
        r[0]
        for r in db.execute(
            "SELECT network_id FROM network_members WHERE network_size > 1 GROUP BY network_id ORDER BY random() "
            "LIMIT ?",
            (max(1, args.requests // 4),),
        )
    ]
    cities = [
        r[0].removeprefix("city:")
        for r in db.execute("SELECT DISTINCT value FROM entities WHERE type = 'location' AND value LIKE 'city:%'")
    ]
    days = [r[0][:10] for r in db.execute("SELECT posted_at FROM documents ORDER BY random() LIMIT 50")]
    db.close()
    words = ["massage", "visa", "passport", "daddy", "new in town", "salary", "housing", "kidney", "bride", "work"]

    def search_urls() -> dict[str, Callable[[], str]]:
        return {
            "words": lambda: f"/search?q={quote(rng.choice(words))}",
            "words+typology": lambda: f"/search?q={quote(rng.choice(words))}&typology=labour_exploitation",
            "typology+level": lambda: "/search?typology=sexual_exploitation&level=high",
            "identifier": lambda: f"/search?id_type=phone&id_value={quote(rng.choice(phones))}",
            "city": lambda: f"/search?city={quote(rng.choice(cities))}",
            "date range": lambda: f"/search?date_from={rng.choice(days)}&date_to={rng.choice(days)}",
            "network size": lambda: "/search?min_network_size=5&sort=posted_at",
            "deep page": lambda: f"/search?page={rng.randint(50, 500)}",
            "unfiltered": lambda: "/search",
        }

    port = free_port()
    log = open(ws.parent / "bench-serve.log", "w")  # noqa: SIM115 - closed below
    server = subprocess.Popen(
        [sys.executable, "-m", "clew.cli", "--workspace", str(ws), "serve", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        client = httpx.Client(base_url=base, timeout=60, follow_redirects=True)
        deadline = time.monotonic() + 60
        while True:
            try:
                client.get("/healthz")
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        form = client.get("/login").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form)
        assert token, "no CSRF token on the login page"
        resp = client.post("/login", data={"name": USER, "password": PASSWORD, "csrf_token": token.group(1)})
        assert resp.status_code == 200, resp.text[:300]
        for url in ("/dashboard", "/search", f"/documents/{quote(doc_ids[0])}"):  # warm caches and imports
            timed(client, url)
        baseline = [timed(client, "/healthz") for _ in range(args.requests)]
        base_p95 = summary(baseline, 0)["p95_ms"]
        results: dict[str, dict[str, float]] = {"healthz (baseline)": summary(baseline, base_p95)}
        search_all: list[float] = []
        for name, make in search_urls().items():
            samples = [timed(client, make()) for _ in range(max(10, args.requests // 5))]
            search_all += samples
            results[f"search: {name}"] = summary(samples, base_p95)
        results["search (all kinds)"] = summary(search_all, base_p95)
        results["document"] = summary([timed(client, f"/documents/{quote(d)}") for d in doc_ids], base_p95)
        results["identifier"] = summary(
            [timed(client, f"/identifier?type=phone&value={quote(p)}") for p in phones], base_p95
        )
        if networks:
            results["network"] = summary([timed(client, f"/networks/{quote(n)}") for n in networks], base_p95)
        results["dashboard"] = summary([timed(client, "/dashboard") for _ in range(10)], base_p95)
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()
    print(
        json.dumps(
            {
                "benchmark": "web_pages",
                "documents": documents,
                "target_p95_ms": 300,
                "search_p95_ms": results["search (all kinds)"]["p95_ms"],
                "document_p95_ms": results["document"]["p95_ms"],
                "pages": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
