"""Scale: generate N ads, link them with `clew link`, print the time and peak memory as JSON.

    python bench/link_scale.py [--n 1000000] [--seed 7] [--keep DIR]

The corpus is the demo generator's (``clew.demo.generator``), written to a file;
``clew link`` runs as a subprocess on it with its default ``--jobs`` (every core),
as a user runs it. Two memory figures: ``peak_rss_mb``, the largest single process
(``ru_maxrss`` of the children: the parent, which holds the features and runs the
graph stage), and ``peak_tree_rss_mb``, the largest sum of the resident memory of
``clew link`` and its workers, sampled twice a second from ``/proc`` (pages the
forked workers share with the parent are counted in each, so the sum overstates).
``cpu_seconds`` is the processor time of ``clew link`` and its workers: on a
shared machine, wall time minus what the other users took is near ``cpu_seconds``
divided by the cores. Generation time is reported apart and is not part of the linking figure;
``--corpus`` reuses a corpus written before.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from clew.demo.generator import write_corpus


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, in kB (0 once it is gone)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status", encoding="utf-8") as fh:
                fields = dict(line.split(":", 1) for line in fh if ":" in line)
        except OSError:
            continue
        child = int(entry)
        children.setdefault(int(fields.get("PPid", "0").strip() or 0), []).append(child)
        rss[child] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="write the corpus and output here instead of a temporary folder")
    parser.add_argument("--corpus", type=Path, help="link this corpus (written before) instead of generating one")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        corpus = args.corpus or folder / f"scale-{args.n}.jsonl"
        started = time.perf_counter()
        if args.corpus is None:
            write_corpus(corpus, args.n, args.seed)
        generate_s = time.perf_counter() - started
        started = time.perf_counter()
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "clew.cli",
                "-w",
                str(folder / "ws"),
                "link",
                str(corpus),
                "-o",
                str(folder / "out.jsonl"),
                "--quiet",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        peak_tree = 0
        done = threading.Event()

        def sample() -> None:
            nonlocal peak_tree
            while not done.is_set():
                peak_tree = max(peak_tree, _tree_rss_kb(child.pid))
                done.wait(0.5)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, stderr = child.communicate()
        link_s = time.perf_counter() - started
        done.set()
        sampler.join()
        if child.returncode:
            raise SystemExit(f"clew link failed ({child.returncode}): {stderr[-2000:]}")
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        peak_kb = usage.ru_maxrss
        lines = sum(1 for _ in (folder / "out.jsonl").open(encoding="utf-8"))
    print(
        json.dumps(
            {
                "benchmark": "link_scale",
                "documents": args.n,
                "cores": len(os.sched_getaffinity(0)),
                "load_average_at_start": round(load, 2),
                "output_lines": lines,
                "generate_seconds": round(generate_s, 1),
                "link_seconds": round(link_s, 1),
                "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 1),
                "peak_rss_mb": round(peak_kb / 1024, 1),
                "peak_tree_rss_mb": round(peak_tree / 1024, 1),
                "warnings": stderr.count("warning:"),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
