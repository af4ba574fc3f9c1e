"""Answer time and page weight of the public "check an offer" page, printed as JSON.

    python bench/check.py [--requests 300] [--seed 11]

Starts a real ``clew serve`` (rate limit raised for the run) on a fresh workspace and a
free loopback port, then times sequential requests with texts from the synthetic
generator (deceptive job offers, legitimate jobs, escort-style ads, grooming messages,
bride and organ posts, in eleven languages, up to 2,000 characters):

- ``api``: ``POST /api/v1/check`` (the JSON twin);
- ``form``: ``POST /check`` (the page rendered on the server, as a browser without
  JavaScript gets it).

Baselines measured in the same run: ``/healthz`` through the same server and client
(the cost of HTTP itself) and ``Pipeline.analyze`` in this process on the same texts
(the cost of the analysis itself), so the ratios survive a noisy, shared machine.
The target is an answer under 300 ms (95th percentile). Page weight is the size in
bytes of each page as served; the public pages load nothing else (the style sheet is
inline, there is no script, font or image), so that is the whole page weight. The
budget is 200 KB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from clew.demo.generator import generate
from clew.model import Document
from clew.pipeline import Pipeline

TYPICAL = (
    "Hotel work abroad, salary 3000 USD a month, no experience needed. Pay a processing fee of 300 dollars to "
    "secure your job. The employer keeps your passport. Contact us on WhatsApp only."
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 1),
        "max_ms": round(ordered[-1] * 1000, 1),
    }


def _timed(call: Callable[[], httpx.Response], expect: int = 200) -> float:
    started = time.perf_counter()
    response = call()
    elapsed = time.perf_counter() - started
    if response.status_code != expect:
        raise SystemExit(f"unexpected {response.status_code}: {response.text[:300]}")
    return elapsed


def texts(n: int, seed: int) -> list[tuple[str, str | None]]:
    """(text, country) pairs drawn from the synthetic corpus, every category represented."""
    docs = [(str(d["text"]), d.get("country")) for d, _truth in generate(max(n * 3, 600), seed)]
    rng = random.Random(seed)
    picked = rng.sample(docs, k=min(n, len(docs)))
    return [(t[:2000], c if isinstance(c, str) else None) for t, c in picked]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    sample = texts(args.requests, args.seed)

    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(tmp) / "workspace"
        subprocess.run(
            [sys.executable, "-m", "clew.cli", "--workspace", str(ws), "init"], check=True, capture_output=True
        )
        port = _free_port()
        env = {**os.environ, "CLEW_CHECK_RATE_LIMIT": str(args.requests * 10)}
        server = subprocess.Popen(
            [sys.executable, "-m", "clew.cli", "--workspace", str(ws), "serve", "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit("clew serve did not start")
                time.sleep(0.2)
            with httpx.Client(base_url=base, timeout=30) as client:
                started = time.perf_counter()
                client.post("/api/v1/check", json={"text": TYPICAL, "lang": "en"})  # first check: loads the packs
                first = time.perf_counter() - started
                client.get("/learn")  # builds the lessons once, outside the timings
                health = [_timed(lambda: client.get("/healthz")) for _ in range(len(sample))]
                api = [
                    _timed(lambda t=t, c=c: client.post("/api/v1/check", json={"text": t, "country": c, "lang": "en"}))
                    for t, c in sample
                ]
                form = [
                    _timed(lambda t=t, c=c: client.post("/check", data={"text": t, "country": c or "", "lang": "es"}))
                    for t, c in sample
                ]
                long_text = " ".join(t for t, _c in sample)[:20_000]  # the longest text a check accepts
                long_api = [
                    _timed(lambda: client.post("/api/v1/check", json={"text": long_text, "lang": "en"}))
                    for _ in range(20)
                ]
                weights = {
                    "check_form": len(client.get("/check?lang=en").content),
                    "check_result_en": len(
                        client.post("/check", data={"text": TYPICAL, "country": "US", "lang": "en"}).content
                    ),
                    "check_result_ar": len(
                        client.post("/check", data={"text": TYPICAL, "country": "EG", "lang": "ar"}).content
                    ),
                    "help_all_countries": len(client.get("/help?lang=en").content),
                    "learn": len(client.get("/learn?lang=en").content),
                    "lesson": len(client.get("/learn/labour_exploitation?lang=en").content),
                    "quiz": len(client.get("/learn/quiz?lang=en").content),
                }
        finally:
            server.terminate()
            server.wait(timeout=15)

    pipeline = Pipeline()
    pipeline.analyze(Document(id="warm", text=TYPICAL))
    direct = []
    for t, c in sample:
        started = time.perf_counter()
        pipeline.analyze(Document(id="b", text=t, country=c))
        direct.append(time.perf_counter() - started)

    api_ms, form_ms = _ms(api), _ms(form)
    report = {
        "requests": len(sample),
        "mean_chars": round(statistics.mean(len(t) for t, _c in sample)),
        "first_check_after_start_ms": round(first * 1000, 1),
        "api_check": api_ms,
        "form_check": form_ms,
        "api_check_20000_chars": _ms(long_api),
        "baseline_healthz": _ms(health),
        "baseline_pipeline_in_process": _ms(direct),
        "api_p95_over_pipeline_p95": round(api_ms["p95_ms"] / max(_ms(direct)["p95_ms"], 0.1), 2),
        "target_p95_ms": 300,
        "target_met": api_ms["p95_ms"] < 300 and form_ms["p95_ms"] < 300,
        "page_bytes": weights,
        "page_budget_bytes": 200_000,
        "pages_within_budget": all(v < 200_000 for v in weights.values()),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
