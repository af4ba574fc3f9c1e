"""Scale: generate N ads, link them with `clew link`, print the time and peak memory as JSON.

    python bench/link_scale.py [--n 1000000] [--seed 7] [--keep DIR]

The corpus is the demo generator's (``clew.demo.generator``), written to a file;
``clew link`` runs as a subprocess on it, and the peak resident memory is the
child's ``ru_maxrss``. Generation time is reported apart and is not part of the
linking figure.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from clew.demo.generator import write_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="write the corpus and output here instead of a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        corpus = folder / f"scale-{args.n}.jsonl"
        started = time.perf_counter()
        write_corpus(corpus, args.n, args.seed)
        generate_s = time.perf_counter() - started
        started = time.perf_counter()
        proc = subprocess.run(
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
            check=True,
            capture_output=True,
            text=True,
        )
        link_s = time.perf_counter() - started
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        lines = sum(1 for _ in (folder / "out.jsonl").open(encoding="utf-8"))
    print(
        json.dumps(
            {
                "benchmark": "link_scale",
                "documents": args.n,
                "output_lines": lines,
                "generate_seconds": round(generate_s, 1),
                "link_seconds": round(link_s, 1),
                "peak_rss_mb": round(peak_kb / 1024, 1),
                "warnings": proc.stderr.count("warning:"),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
