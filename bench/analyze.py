"""Throughput of `clew analyze` on the synthetic corpus, printed as JSON.

    python bench/analyze.py [--n 20000] [--seed 7] [--chars 400] [--jobs 0]

The documents are synthetic ads of about ``--chars`` characters (400, the size the
identifiers issue names; consecutive demo documents joined, see
``clew.demo.generator.ads_of_length``), or the demo documents as they are with
``--chars 0`` (about 230 characters). Measures, in one run on the same documents:
- the whole command (`clew analyze IN -o OUT`, a subprocess: JSON in, JSON out), with
  one worker and with ``--jobs`` workers (0 = every core, the command's default);
- the same shape of baseline: a subprocess that reads the same JSONL file and runs
  `phonenumbers.PhoneNumberMatcher` alone over every text (start-up included);
- the pipeline in-process, per stage, beside the matcher alone in-process;
so the figures can be read as ratios that survive a noisy, shared machine.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import phonenumbers

import clew
from clew.demo.generator import ads_of_length, write_corpus
from clew.model import Document
from clew.pipeline import STAGES, AnalysisContext, Pipeline

BASELINE_PROGRAM = """
import json, sys
import phonenumbers

import clew
with open(sys.argv[1], encoding="utf-8") as fh:
    for line in fh:
        doc = json.loads(line)
        for _ in phonenumbers.PhoneNumberMatcher(doc["text"], doc.get("country") or "US"):
            pass
"""
"""The baseline as a command: read the same file, run the phonenumbers matcher on every text."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", type=int, default=0, help="workers for the parallel run; 0 = every core")
    parser.add_argument("--chars", type=int, default=400, help="ad length; 0 = the demo documents as they are")
    args = parser.parse_args()
    # An installed package carries compiled bytecode (pip writes it). A checkout run with
    # PYTHONDONTWRITEBYTECODE=1, as on the benchmark machine, would otherwise compile every
    # module of Clew again at each start of the command, which the baseline never pays.
    compileall.compile_dir(str(Path(clew.__file__).parent), quiet=1)

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        if args.chars:
            with corpus.open("w", encoding="utf-8") as fh:
                for ad in ads_of_length(args.n, args.seed, chars=args.chars):
                    fh.write(json.dumps(ad, ensure_ascii=False) + "\n")
        else:
            write_corpus(corpus, args.n, args.seed)
        docs = [Document.model_validate_json(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
        chars = sum(len(d.text) for d in docs)

        def command(*argv: str) -> float:
            started = time.perf_counter()
            subprocess.run([sys.executable, *argv], check=True)
            return time.perf_counter() - started

        out = str(Path(tmp) / "out.jsonl")
        baseline_command_seconds = command("-c", BASELINE_PROGRAM, str(corpus))
        serial_seconds = command("-m", "clew.cli", "analyze", str(corpus), "-o", out, "--quiet", "--jobs", "1")
        parallel_seconds = command(
            "-m", "clew.cli", "analyze", str(corpus), "-o", out, "--quiet", "--jobs", str(args.jobs)
        )

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
                "workers": args.jobs or len(os.sched_getaffinity(0)),
                "command_one_worker_seconds": round(serial_seconds, 2),
                "command_all_workers_seconds": round(parallel_seconds, 2),
                "baseline_command_seconds": round(baseline_command_seconds, 2),
                "ratio_command_one_worker_to_baseline_command": round(serial_seconds / baseline_command_seconds, 2),
                "ratio_command_all_workers_to_baseline_command": round(parallel_seconds / baseline_command_seconds, 2),
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
