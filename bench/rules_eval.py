"""Rule packs against the synthetic corpus's ground truth, printed as JSON.

    python bench/rules_eval.py [--n 20000] [--seed 7]

Per typology: precision and recall of "flagged" (medium or high) against the
truth file's typologies; the share of ordinary classifieds and legitimate job ads
flagged for anything; and the cost of rule matching per document beside the
`phonenumbers` matcher on the same texts (one run, so read the ratio).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from pathlib import Path

import phonenumbers

from clew.demo.generator import write_corpus
from clew.identifiers import extract, normalized_fields
from clew.model import TYPOLOGIES, Document
from clew.rules import default_ruleset
from clew.scoring import score_typologies

ORDINARY = {"classified", "legitimate_job"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        truth_path = write_corpus(corpus, args.n, args.seed)
        docs = [Document.model_validate_json(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
        truth = [json.loads(line) for line in truth_path.read_text(encoding="utf-8").splitlines()]

    rules = default_ruleset()
    prepared = []
    for doc in docs:
        views = normalized_fields(doc)
        prepared.append((views, extract(doc, normalized=views)))
    started = time.perf_counter()
    results = [rules.match(views, entities) for views, entities in prepared]
    rule_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for doc in docs:
        for _ in phonenumbers.PhoneNumberMatcher(doc.text, doc.country or "US"):
            pass
    matcher_seconds = time.perf_counter() - started

    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    ordinary = ordinary_flagged = 0
    for hits, t in zip(results, truth, strict=True):
        scores = score_typologies(hits)
        flagged = {ty for ty, s in scores.items() if s.level in ("medium", "high")}
        expected = set(t["typologies"])
        for ty in TYPOLOGIES:
            if ty in expected and ty in flagged:
                tp[ty] += 1
            elif ty in expected:
                fn[ty] += 1
            elif ty in flagged:
                fp[ty] += 1
        if t["category"] in ORDINARY:
            ordinary += 1
            ordinary_flagged += bool(flagged)

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    print(
        json.dumps(
            {
                "benchmark": "rules_eval",
                "documents": len(docs),
                "seed": args.seed,
                "indicators_on": len(rules.indicators),
                "per_typology": {
                    ty: {
                        "precision": ratio(tp[ty], tp[ty] + fp[ty]),
                        "recall": ratio(tp[ty], tp[ty] + fn[ty]),
                        "positives": tp[ty] + fn[ty],
                    }
                    for ty in TYPOLOGIES
                },
                "ordinary_documents": ordinary,
                "ordinary_flagged_share": ratio(ordinary_flagged, ordinary),
                "rules_ms_per_document": round(1000 * rule_seconds / len(docs), 3),
                "phonenumbers_matcher_ms_per_document": round(1000 * matcher_seconds / len(docs), 3),
                "ratio_rules_to_phonenumbers_matcher": round(rule_seconds / matcher_seconds, 2),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
