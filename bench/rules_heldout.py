"""Rule packs on a held-out multilingual set, printed as JSON.

    python bench/rules_heldout.py [--data bench/data/rules_heldout] [--rounds 2-28] [--packs DIR] [--summary]

The set (``bench/data/rules_heldout/*.jsonl``, "round 1") was written from the cited sources
(``../shared/research/indicators.md`` and the NGO/ILO/UNODC descriptions it
cites) *before* anyone looked at the packs, so it measures how the indicators
generalise to phrasings they were not written for. Each line is
``{"id", "text", "lang", "typologies", "note"}``; negatives have no typologies
and are hard on purpose: ordinary job ads, legitimate massage and dating,
news and awareness campaigns about trafficking, hotlines, legal organ donation,
pet and goods sales. Sub-folders ``round2``..``round4`` hold later sets with other
phrasings, each written before the packs were scored on it (see docs/benchmarks.md);
the default scores all of them, ``--data DIR`` one folder (and its sub-folders).

A document is "flagged" for a typology when the full pipeline
(``clew.pipeline.Pipeline``) gives it level medium or high. Printed:

- per typology: precision, recall, and the ids of misses and false alarms
  (a false alarm is a flag on a document not labelled with that typology,
  whether a negative or another typology's positive);
- per language: recall over all positive labels, and the share of negatives
  flagged for anything;
- per part (round): recall over all positive labels and negatives flagged;
- overall: the share of negatives flagged for anything (target <= 5 %), and with several
  parts the mean and the largest of their shares (``parts_negatives_flagged``).

``--rounds 2-28`` with ``--data bench/data/rules_heldout`` pools the rounds already studied and
leaves out the unseen ones.

``--packs DIR`` scores the packs in DIR instead of the built-in ones (for example an
older copy of ``src/clew/rulepacks``), so that two pack versions can be compared on
the same set.

Keep the set independent: when a figure is poor, fix the indicator for the
phenomenon, never by copying a held-out sentence into a pattern.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from clew.model import TYPOLOGIES, Document
from clew.pipeline import Pipeline
from clew.rules import RuleSet, load_packs

DEFAULT_DATA = Path(__file__).resolve().parent / "data" / "rules_heldout"
FLAGGED = ("medium", "high")


def load(data: Path) -> list[dict[str, Any]]:
    """Read every ``*.jsonl`` in ``data``; a malformed line stops with its file and line number."""
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path in sorted(data.rglob("*.jsonl")):
        part = "round1" if path.parent == data else path.parent.name
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: not JSON: {exc}") from exc
            for key in ("id", "text", "lang", "typologies"):
                if key not in row:
                    raise SystemExit(f"{path}:{number}: missing field {key!r}")
            unknown = [t for t in row["typologies"] if t not in TYPOLOGIES]
            if unknown:
                raise SystemExit(f"{path}:{number}: field 'typologies': unknown {unknown}")
            if row["id"] in seen:
                raise SystemExit(f"{path}:{number}: field 'id': duplicate {row['id']!r}")
            seen.add(row["id"])
            row["_part"] = part
            rows.append(row)
    if not rows:
        raise SystemExit(f"{data}: no *.jsonl rows")
    return rows


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def evaluate(rows: list[dict[str, Any]], pipeline: Pipeline) -> dict[str, Any]:
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    false_alarms: dict[str, list[str]] = defaultdict(list)
    lang_pos: Counter[str] = Counter()
    lang_hit: Counter[str] = Counter()
    lang_neg: Counter[str] = Counter()
    lang_neg_flagged: Counter[str] = Counter()
    part_pos: Counter[str] = Counter()
    part_hit: Counter[str] = Counter()
    part_neg: Counter[str] = Counter()
    part_neg_flagged: Counter[str] = Counter()
    negatives = negatives_flagged = 0
    for row in rows:
        doc = Document(id=row["id"], text=row["text"], lang=row["lang"])
        analysis = pipeline.analyze(doc)
        flagged = {t for t, s in analysis.typologies.items() if s.level in FLAGGED}
        expected = set(row["typologies"])
        lang = row["lang"]
        for ty in TYPOLOGIES:
            if ty in expected and ty in flagged:
                tp[ty] += 1
            elif ty in expected:
                fn[ty] += 1
                misses[ty].append(row["id"])
            elif ty in flagged:
                fp[ty] += 1
                false_alarms[ty].append(row["id"])
        part = row["_part"]
        if expected:
            lang_pos[lang] += len(expected)
            lang_hit[lang] += len(expected & flagged)
            part_pos[part] += len(expected)
            part_hit[part] += len(expected & flagged)
        else:
            negatives += 1
            negatives_flagged += bool(flagged)
            lang_neg[lang] += 1
            lang_neg_flagged[lang] += bool(flagged)
            part_neg[part] += 1
            part_neg_flagged[part] += bool(flagged)
    return {
        "documents": len(rows),
        "positives": len(rows) - negatives,
        "negatives": negatives,
        "negatives_flagged_share": ratio(negatives_flagged, negatives),
        "typologies": {
            ty: {
                "labelled": tp[ty] + fn[ty],
                "precision": ratio(tp[ty], tp[ty] + fp[ty]),
                "recall": ratio(tp[ty], tp[ty] + fn[ty]),
                "misses": misses[ty],
                "false_alarms": false_alarms[ty],
            }
            for ty in TYPOLOGIES
        },
        "languages": {
            lang: {
                "positive_labels": lang_pos[lang],
                "recall": ratio(lang_hit[lang], lang_pos[lang]),
                "negatives": lang_neg[lang],
                "negatives_flagged_share": ratio(lang_neg_flagged[lang], lang_neg[lang]),
            }
            for lang in sorted(set(lang_pos) | set(lang_neg))
        },
        "parts": {
            part: {
                "recall": ratio(part_hit[part], part_pos[part]),
                "negatives_flagged_share": ratio(part_neg_flagged[part], part_neg[part]),
            }
            for part in sorted(set(part_pos) | set(part_neg))
        },
        "pack_versions": {name: pack.info.version for name, pack in sorted(pipeline.ruleset.packs.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of *.jsonl held-out files")
    parser.add_argument("--packs", type=Path, help="score the packs in this folder instead of the built-in ones")
    parser.add_argument("--summary", action="store_true", help="leave out the lists of misses and false alarms")
    parser.add_argument(
        "--rounds",
        metavar="FIRST-LAST",
        help="with --data a folder of rounds (roundN sub-folders, round 1 the top-level files): score only "
        "these rounds, pooled, e.g. 2-28 (the rounds already studied, leaving out the unseen ones)",
    )
    args = parser.parse_args()
    if args.packs is not None and not args.packs.is_dir():
        raise SystemExit(f"{args.packs}: not a folder of rule packs")
    ruleset = RuleSet(load_packs([args.packs], builtin=False)) if args.packs is not None else None
    rows = load(args.data)
    if args.rounds:
        first, _, last = args.rounds.partition("-")
        if not (first.isdigit() and last.isdigit() and int(first) <= int(last)):
            raise SystemExit(f"--rounds {args.rounds!r}: expected FIRST-LAST, e.g. 2-28")
        wanted = {f"round{n}" for n in range(int(first), int(last) + 1)}
        rows = [row for row in rows if row["_part"] in wanted]
        if not rows:
            raise SystemExit(f"{args.data}: no rows in rounds {args.rounds}")
    report = evaluate(rows, Pipeline(ruleset=ruleset))
    shares = [p["negatives_flagged_share"] for p in report["parts"].values()]
    shares = [share for share in shares if share is not None]
    if len(shares) > 1:
        report["parts_negatives_flagged"] = {"mean": round(sum(shares) / len(shares), 4), "max": max(shares)}
    if args.summary:
        for figures in report["typologies"].values():
            figures.pop("misses")
            figures.pop("false_alarms")
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
