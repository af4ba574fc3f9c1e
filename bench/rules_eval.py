"""Rule packs and the learned text model against the synthetic corpus's ground truth, printed as JSON.

    python bench/rules_eval.py [--n 20000] [--seed 7] [--packs-only] [--network]

The document's hits are what ``clew analyze`` gives: the packs' and the learned text
model's (``clew.learned``; ``packs_alone`` repeats the figures without it; ``--packs-only`` or
``CLEW_LEARNED_MODEL=false`` leaves the model out, as it does for ``clew analyze``). Per typology:
precision and recall of "flagged" (medium or high) against the truth file's
typologies — from the text alone, and (``--network``) as an analyst sees
documents in the workspace: a document also counts as flagged for a typology when
the network it is linked into has a medium or high network risk and another member
of that network is flagged for the typology by its own text; the share of ordinary classifieds and legitimate job ads
flagged for anything; and the cost of rule matching and of the model per document beside
the `phonenumbers` matcher on the same texts (one run, so read the ratios).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import phonenumbers

from clew.demo.generator import write_corpus
from clew.identifiers import extract, normalized_fields
from clew.learned import default_model
from clew.model import TYPOLOGIES, Document
from clew.rules import default_ruleset
from clew.scoring import score_typologies
from clew.settings import Settings

ORDINARY = {"classified", "legitimate_job"}


def flagged(hit_lists: list[list[Any]]) -> list[set[str]]:
    """The typologies each document is flagged for (medium or high), from its hits."""
    return [{ty for ty, s in score_typologies(hits).items() if s.level in ("medium", "high")} for hits in hit_lists]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--network", action="store_true", help="also score with the network view (links the corpus)")
    parser.add_argument("--packs-only", action="store_true", help="leave the learned text model out (clew.learned)")
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
    # like `clew analyze`: off with --packs-only or the setting (CLEW_LEARNED_MODEL=false)
    model = None if args.packs_only or not Settings().learned_model else default_model()
    model_seconds = 0.0
    if model is not None:  # what `clew analyze` adds to the packs' hits (clew.pipeline)
        started = time.perf_counter()
        learned = [model.hits(views) for views, _ in prepared]
        model_seconds = time.perf_counter() - started
        packs_flags = flagged(results)
        results = [hits + extra for hits, extra in zip(results, learned, strict=True)]
    started = time.perf_counter()
    for doc in docs:
        for _ in phonenumbers.PhoneNumberMatcher(doc.text, doc.country or "US"):
            pass
    matcher_seconds = time.perf_counter() - started

    text_flags = flagged(results)

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    def evaluate(flags: list[set[str]]) -> dict[str, Any]:
        tp: Counter[str] = Counter()
        fp: Counter[str] = Counter()
        fn: Counter[str] = Counter()
        ordinary = ordinary_flagged = 0
        for flagged, t in zip(flags, truth, strict=True):
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
        return {
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
        }

    network_view: dict[str, Any] | None = None
    if args.network:
        from clew.linking.stream import link_stream

        linked = link_stream(docs, describe=True, photos=False)
        index = {doc.id: i for i, doc in enumerate(docs)}
        flags = [set(f) for f in text_flags]
        risky = 0
        for net in linked.described:
            if net["risk"]["level"] not in ("medium", "high"):
                continue
            risky += 1
            members = [index[d] for d in net["documents"]]
            for i in members:
                others = set().union(*(text_flags[j] for j in members if j != i))
                flags[i] |= others
        network_view = {"networks_medium_or_high": risky, **evaluate(flags)}

    print(
        json.dumps(
            {
                "benchmark": "rules_eval",
                "documents": len(docs),
                "seed": args.seed,
                "indicators_on": len(rules.indicators),
                "learned_model": model.version if model is not None else None,
                **evaluate(text_flags),
                "packs_alone": evaluate(packs_flags) if model is not None else None,
                "network_view": network_view,
                "rules_ms_per_document": round(1000 * rule_seconds / len(docs), 3),
                "phonenumbers_matcher_ms_per_document": round(1000 * matcher_seconds / len(docs), 3),
                "ratio_rules_to_phonenumbers_matcher": round(rule_seconds / matcher_seconds, 2),
                "learned_model_ms_per_document": round(1000 * model_seconds / len(docs), 3),
                "ratio_learned_model_to_phonenumbers_matcher": round(model_seconds / matcher_seconds, 2),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
