"""Throughput of `clew analyze` on the synthetic corpus, printed as JSON.

    python bench/analyze.py [--n 20000] [--seed 7] [--jobs 1]

Measures, in one run on the same documents:
- the whole command (`clew analyze IN -o OUT`, a subprocess: JSON in, JSON out);
- the pipeline in-process, per stage;
- the baseline `phonenumbers.PhoneNumberMatcher` alone over the same texts, so the
  figure can be read as a ratio that survives a noisy, shared machine.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import phonenumbers

from clew.demo.generator import write_corpus
from clew.model import Document
from clew.pipeline import STAGES, AnalysisContext, Pipeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(corpus, args.n, args.seed)
        docs = [Document.model_validate_json(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
        chars = sum(len(d.text) for d in docs)

        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "clew.cli",
                "analyze",
                str(corpus),
                "-o",
                str(Path(tmp) / "out.jsonl"),
                "--quiet",
                "--jobs",
                str(args.jobs),
            ],
            check=True,
        )
        command_seconds = time.perf_counter() - started

    pipeline = Pipeline()
    pipeline.analyze(docs[0])  # warm caches and compiled rules
    stage_seconds = dict.fromkeys((name for name, _ in STAGES), 0.0)
    started = time.perf_counter()
    for doc in docs:
        ctx = AnalysisContext(document=doc, pipeline=pipeline)
        for name, stage in STAGES:
            t0 = time.perf_counter()
            stage(ctx)
            stage_seconds[name] += time.perf_counter() - t0
    pipeline_seconds = time.perf_counter() - started

    started = time.perf_counter()
    for doc in docs:
        for _ in phonenumbers.PhoneNumberMatcher(doc.text, doc.country or "US"):
            pass
    baseline_seconds = time.perf_counter() - started

    print(
        json.dumps(
            {
                "benchmark": "analyze",
                "documents": len(docs),
                "mean_chars": round(chars / max(len(docs), 1)),
                "jobs": args.jobs,
                "command_seconds": round(command_seconds, 2),
                "command_docs_per_second": round(len(docs) / command_seconds),
                "pipeline_docs_per_second": round(len(docs) / pipeline_seconds),
                "stage_share": {k: round(v / pipeline_seconds, 3) for k, v in stage_seconds.items()},
                "phonenumbers_matcher_docs_per_second": round(len(docs) / baseline_seconds),
                "ratio_pipeline_to_phonenumbers_matcher": round(pipeline_seconds / baseline_seconds, 2),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
