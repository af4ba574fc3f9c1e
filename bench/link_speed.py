"""Speed of `clew link` beside `phonenumbers.PhoneNumberMatcher` alone, on the same ads, in one run.

    python bench/link_speed.py [--n 20000] [--seed 7] [--repeat N]

Writes the demo corpus (``--n`` ads), then times, on the same file:

* ``clew link IN -o OUT`` as a subprocess, end to end (start-up, reading JSON,
  identifier extraction, text features, linking, writing);
* ``phonenumbers.PhoneNumberMatcher`` over every text with the document's country
  as region, in this process (matching only: the baseline a phone-only tool pays);
* ``build_networks`` alone on features extracted beforehand (the linking stage).

``clew link`` uses every core (``--jobs`` 0, its default), as a user runs it. Prints
JSON with the seconds, ``ratio`` = clew link / PhoneNumberMatcher, the cores and the
load average at the start. The machine is shared, so the ratio (same run, same load)
is the figure to read; ``clew_link_cpu_seconds`` (its processor time, workers
included) shows the work apart from how busy the machine was.

``--repeat N`` times the matcher and ``clew link`` N times each, alternately, and also
prints every round's pair, the median of the per-round ratios and the ratio of the best
times: on a shared machine the matcher alone was seen to vary by half between runs a
minute apart, so one pair can mislead either way. ``ratio`` is then the median.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import phonenumbers

from clew.demo.generator import write_corpus
from clew.linking import build_networks
from clew.linking.graph import FeatureBuilder
from clew.linking.stream import default_jobs, features_of_lines, make_context
from clew.model import Document
from clew.runner import numbered_lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=1, help="rounds of matcher and clew link, alternated")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(corpus, args.n, args.seed)
        docs = [Document.model_validate_json(line) for line in corpus.read_text(encoding="utf-8").splitlines()]

        def matcher() -> tuple[float, int]:
            started = time.perf_counter()
            found = 0
            for doc in docs:
                for _ in phonenumbers.PhoneNumberMatcher(doc.text, doc.country or "US"):
                    found += 1
            return time.perf_counter() - started, found

        def link() -> tuple[float, float]:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "clew.cli",
                    "-w",
                    str(Path(tmp) / "ws"),
                    "link",
                    str(corpus),
                    "-o",
                    str(Path(tmp) / "out.jsonl"),
                    "--quiet",
                ],
                check=True,
            )
            seconds = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            return seconds, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime

        rounds: list[dict[str, float]] = []
        for _ in range(max(1, args.repeat)):
            matcher_s, found = matcher()
            link_s, link_cpu = link()
            rounds.append({"matcher": round(matcher_s, 2), "clew_link": round(link_s, 2), "cpu": round(link_cpu, 2)})
        ratios = sorted(r["clew_link"] / r["matcher"] for r in rounds)
        median_ratio = statistics.median(ratios)
        best_ratio = min(r["clew_link"] for r in rounds) / min(r["matcher"] for r in rounds)

        builder = FeatureBuilder()
        ctx = make_context(photos=False, source_file=str(corpus), max_chars=10**9)
        with corpus.open("rb") as fh:
            for line in features_of_lines(ctx, numbered_lines(fh), jobs=default_jobs()):
                assert line.features is not None, line.error
                f = line.features
                builder.add(f.doc_id, f.identifiers, f.units, f.text_key)
        features = builder.finish()
        started = time.perf_counter()
        result = build_networks(features)
        graph_s = time.perf_counter() - started
    print(
        json.dumps(
            {
                "benchmark": "link_speed",
                "documents": len(docs),
                "cores": default_jobs(),
                "load_average_at_start": round(load, 2),
                "phonenumbers_matcher_seconds": round(matcher_s, 2),
                "phonenumbers_matches": found,
                "clew_link_seconds": round(link_s, 2),
                "ratio": round(median_ratio, 3),
                "clew_link_cpu_seconds": round(link_cpu, 2),
                "rounds": rounds,
                "ratio_of_best_times": round(best_ratio, 3),
                "build_networks_seconds": round(graph_s, 2),
                "networks": result.stats.get("networks", 0),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
