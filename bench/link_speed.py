"""Speed of `clew link` beside `phonenumbers.PhoneNumberMatcher` alone, on the same ads, in one run.

    python bench/link_speed.py [--n 20000] [--seed 7]

Writes the demo corpus (``--n`` ads), then times, on the same file:

* ``clew link IN -o OUT`` as a subprocess, end to end (start-up, reading JSON,
  identifier extraction, text features, linking, writing);
* ``phonenumbers.PhoneNumberMatcher`` over every text with the document's country
  as region, in this process (matching only: the baseline a phone-only tool pays);
* ``build_networks`` alone on features extracted beforehand (the linking stage).

Prints JSON with the seconds and ``ratio`` = clew link / PhoneNumberMatcher. The
machine is shared, so the ratio (same run, same load) is the figure to read.
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
from clew.identifiers import extract, normalized_fields
from clew.linking import build_networks, make_item
from clew.model import Document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(corpus, args.n, args.seed)
        docs = [Document.model_validate_json(line) for line in corpus.read_text(encoding="utf-8").splitlines()]

        started = time.perf_counter()
        found = 0
        for doc in docs:
            for _ in phonenumbers.PhoneNumberMatcher(doc.text, doc.country or "US"):
                found += 1
        matcher_s = time.perf_counter() - started

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
        link_s = time.perf_counter() - started

        items = []
        for doc in docs:
            views = normalized_fields(doc)
            idents = [(e.type, e.value) for e in extract(doc, normalized=views) if e.field != "url"]
            items.append(make_item(doc.id, idents, views["text"].text))
        started = time.perf_counter()
        result = build_networks(items)
        graph_s = time.perf_counter() - started
    print(
        json.dumps(
            {
                "benchmark": "link_speed",
                "documents": len(docs),
                "phonenumbers_matcher_seconds": round(matcher_s, 2),
                "phonenumbers_matches": found,
                "clew_link_seconds": round(link_s, 2),
                "ratio": round(link_s / matcher_s, 3),
                "build_networks_seconds": round(graph_s, 2),
                "networks": result.stats.get("networks", 0),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
