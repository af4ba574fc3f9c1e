"""Per-type precision and recall on Clew's own labelled obfuscation sets, printed as JSON.

    python bench/identifiers.py [FILE.jsonl ...]

Reads `bench/data/identifiers/*.jsonl` by default: synthetic records (fictional
values, many languages and obfuscation styles, distractor-only records) of the form
{"text", "country"?, "expected": [{"type", "value"}]}. For each identifier type, a
value counts as found when the exact canonical value is extracted from the record.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from clew.identifiers import REGISTRY, extract
from clew.model import Document

DATA = Path(__file__).resolve().parent / "data" / "identifiers"
SCOPE = {
    "phone_email.jsonl": ("phone", "email"),
    "types.jsonl": ("handle", "payment", "crypto", "age", "price", "location"),
}
"""The types each labelled file speaks for (its texts may contain others, unlabelled)."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    files = args.files or sorted(DATA.glob("*.jsonl"))
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    records = 0
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            records += 1
            doc = Document(id=f"r{records}", text=record["text"], country=record.get("country"))
            expected = {(e["type"], e["value"]) for e in record["expected"]}
            found = {(e.type, e.value) for e in extract(doc)}
            for kind in SCOPE.get(path.name, tuple(REGISTRY)):
                want = {v for t, v in expected if t == kind}
                got = {v for t, v in found if t == kind}
                tp[kind] += len(want & got)
                fp[kind] += len(got - want)
                fn[kind] += len(want - got)

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    print(
        json.dumps(
            {
                "benchmark": "identifiers",
                "files": [str(f.name) for f in files],
                "records": records,
                "per_type": {
                    kind: {
                        "precision": ratio(tp[kind], tp[kind] + fp[kind]),
                        "recall": ratio(tp[kind], tp[kind] + fn[kind]),
                        "expected": tp[kind] + fn[kind],
                        "extracted": tp[kind] + fp[kind],
                    }
                    for kind in REGISTRY
                },
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
