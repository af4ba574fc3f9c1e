"""Linking quality: pairwise precision, recall and F1 against ground truth, beside a phone-only union.

    python bench/link_quality.py [--n 20000] [--seed 7] [--judge-seed 11]

Three corpora, each generated here: the demo corpus (``clew.demo.generator``), its
hard variant (``hard=True``: every network ad changes its slots and gets two random
edits, phones rotate every five ads, a third of network ads have no identifier) and
the independent judge corpus (``clew.demo.linkjudge``: other words, other scripts,
strangers filling in common forms). Identifiers are extracted once per corpus; the
networks are then built twice from the same features — by Clew (identifiers,
photos, templates) and by a phone-only union (what most tools do) — so the two rows
are comparable. A pair counts when two documents are put in one network; the truth
pairs are the pairs of documents of one ground-truth network.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from clew.demo import generator, linkjudge
from clew.linking import LinkConfig, build_networks
from clew.linking.graph import FeatureBuilder, LinkFeatures
from clew.linking.stream import default_jobs, features_of_lines, make_context
from clew.runner import numbered_lines


def pairwise(truth: Sequence[str | None], predicted: Sequence[str]) -> dict[str, float]:
    true_groups: dict[str, int] = Counter(t for t in truth if t is not None)
    true_pairs = sum(c * (c - 1) // 2 for c in true_groups.values())
    by_pred: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(predicted):
        by_pred[p].append(i)
    pred_pairs = sum(len(m) * (len(m) - 1) // 2 for m in by_pred.values())
    hits = 0
    for members in by_pred.values():
        c = Counter(truth[i] for i in members if truth[i] is not None)
        hits += sum(v * (v - 1) // 2 for v in c.values())
    precision = hits / pred_pairs if pred_pairs else 1.0
    recall = hits / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "predicted_pairs": pred_pairs,
        "true_pairs": true_pairs,
    }


def features(path: Path) -> tuple[LinkFeatures, float]:
    """The features ``clew link`` computes (identifiers, units, text key), in parallel workers."""
    started = time.perf_counter()
    builder = FeatureBuilder()
    ctx = make_context(photos=False, source_file=str(path), max_chars=10**9)
    with path.open("rb") as fh:
        for line in features_of_lines(ctx, numbered_lines(fh), jobs=default_jobs()):
            if line.features is None:
                raise SystemExit(line.error)
            f = line.features
            builder.add(f.doc_id, f.identifiers, f.units, f.text_key)
    return builder.finish(), time.perf_counter() - started


def evaluate(name: str, path: Path, truth_path: Path) -> dict[str, Any]:
    truth = [json.loads(line)["network"] for line in truth_path.read_text(encoding="utf-8").splitlines()]
    items, extract_s = features(path)
    out: dict[str, Any] = {
        "corpus": name,
        "documents": len(items),
        "networks_in_truth": len({t for t in truth if t}),
        "feature_seconds": round(extract_s, 2),
    }
    for label, cfg in (
        ("clew", LinkConfig()),
        ("phone_only", replace(LinkConfig(), link_types=frozenset({"phone"}), templates=False)),
    ):
        started = time.perf_counter()
        result = build_networks(items, cfg)
        network_of = result.network_of()
        out[label] = pairwise(truth, [network_of[doc_id] for doc_id in items.doc_ids])
        out[label]["link_seconds"] = round(time.perf_counter() - started, 2)
        if label == "clew":
            out[label]["warnings"] = len(result.warnings)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--judge-seed", type=int, default=11)
    parser.add_argument("--only", choices=["demo", "hard", "judge"], action="append")
    args = parser.parse_args()
    wanted = args.only or ["demo", "hard", "judge"]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in wanted:
            path = Path(tmp) / f"{name}.jsonl"
            if name == "judge":
                truth_path = linkjudge.write_corpus(path, args.n, args.judge_seed)
            else:
                truth_path = generator.write_corpus(path, args.n, args.seed, hard=name == "hard")
            results.append(evaluate(name, path, truth_path))
    print(
        json.dumps(
            {
                "benchmark": "link_quality",
                "n": args.n,
                "seed": args.seed,
                "judge_seed": args.judge_seed,
                "results": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
