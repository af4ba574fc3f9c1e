"""Per-document cost of rule matching for two rule-pack folders, printed as JSON.

    python bench/rules_cost.py --baseline DIR [--n 5000] [--seed 7] [--rounds 5] [--join K]
    python bench/rules_cost.py --whole-text-baseline [--join 25]

Why: a change to the packs (more phrases, new regexes) must not make `clew analyze`
noticeably slower, and the time of one run on a shared machine is noisy. This
program matches the same synthetic corpus with the packs in ``--baseline`` (for
example a copy of ``src/clew/rulepacks`` before a change) and with the built-in
packs, alternating the two ``--rounds`` times, and reports the best time of each
and their ratio. Normalisation and identifier extraction are done once, outside
the timed part, so only ``RuleSet.match`` is measured; the clock is this process's
CPU time, so time spent waiting for a core shared with other programs is not counted.

``--join K`` matches pages of K consecutive documents joined (long documents, as
from a web crawl). ``--whole-text-baseline`` compares the built-in packs with
themselves searching every gated regex over the whole text, as before the search
near triggers (``clew.rules.matcher._search_near``).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from clew.demo.generator import write_corpus
from clew.identifiers import extract, normalized_fields
from clew.model import Document
from clew.rules import RuleSet, default_ruleset, load_packs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", type=Path, help="folder of rule packs to compare against")
    parser.add_argument("--whole-text-baseline", action="store_true", help="baseline: the built-in packs, whole text")
    parser.add_argument("--join", type=int, default=1, help="documents joined into one page")
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.whole_text_baseline == (args.baseline is not None):
        raise SystemExit("give either --baseline DIR or --whole-text-baseline")
    if args.baseline is not None and not args.baseline.is_dir():
        raise SystemExit(f"{args.baseline}: not a folder of rule packs")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(corpus, args.n, args.seed)
        docs = [Document.model_validate_json(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    if args.join > 1:
        docs = [
            Document(id=docs[i].id, text="\n".join(d.text for d in docs[i : i + args.join]))
            for i in range(0, len(docs), args.join)
        ]
    prepared = []
    for doc in docs:
        views = normalized_fields(doc)
        prepared.append((views, extract(doc, normalized=views)))
    if args.baseline is not None:
        baseline = RuleSet(load_packs([args.baseline], builtin=False))
    else:
        baseline = RuleSet(load_packs())
        baseline._reach.clear()  # every gated regex searches the whole text
    rulesets = {"baseline": baseline, "current": default_ruleset()}
    best = {name: float("inf") for name in rulesets}
    for _ in range(args.rounds):
        for name, rules in rulesets.items():
            started = time.process_time()
            for views, entities in prepared:
                rules.match(views, entities)
            best[name] = min(best[name], time.process_time() - started)
    per_doc = {name: round(seconds * 1000 / len(prepared), 4) for name, seconds in best.items()}
    print(
        json.dumps(
            {
                "benchmark": "rules_cost",
                "documents": len(prepared),
                "mean_characters": round(sum(len(v["text"].original) for v, _ in prepared) / len(prepared)),
                "baseline": str(args.baseline) if args.baseline else "built-in packs, whole-text search",
                "seed": args.seed,
                "rounds": args.rounds,
                "indicators": {name: len(rules.indicators) for name, rules in rulesets.items()},
                "rules_ms_per_document": per_doc,
                "ratio_current_to_baseline": round(per_doc["current"] / per_doc["baseline"], 3),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
