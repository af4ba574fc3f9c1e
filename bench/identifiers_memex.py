"""Phone extraction on the public Memex test data, beside ``phonenumbers``; and its speed.

    python bench/identifiers_memex.py [--data DIR] [--labelled FILE] [--speed N [--repeats R]] [--linear] [--show]

Reads ``lines.jsonl`` and ``ads.jsonl`` from ``../shared/data/memex-phone`` (beside
the repository) or ``--data DIR`` by path; nothing of them is copied anywhere. Scoring
follows that folder's README: per record, the set of E.164 numbers found in ``text``
against the gold set (exact match; a right number with the wrong country code is
wrong); micro precision and recall over all records, per file.

* Clew: ``clew.identifiers.extract`` on a document with the record's text, URL and
  title (``ads.jsonl`` has no country: the region is inferred from the URL or text as
  in a crawl; ``lines.jsonl`` gives ``country``); phones in the ``text`` field count.
* Baseline: ``phonenumbers.PhoneNumberMatcher`` over the same text, region ``US`` for
  ``lines.jsonl``, and for ads the same inferred region Clew used.

Also scored: the project's own labelled set ``bench/data/identifiers/phone_email.jsonl``
(phones and e-mails, per type). ``--speed N`` times phone + e-mail + URL extraction per
document on ``N`` synthetic documents (``clew.demo.generator``) against
``PhoneNumberMatcher`` alone on the same texts; ``--linear`` doubles adversarial
inputs and reports the time ratios. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import phonenumbers

from clew.identifiers import REGISTRY, extract, normalized_fields
from clew.identifiers.base import FieldContext
from clew.identifiers.region import infer_region
from clew.model import Document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "memex-phone"
DEFAULT_LABELLED = ROOT / "bench" / "data" / "identifiers" / "phone_email.jsonl"


def _score(pairs: list[tuple[set[str], set[str]]]) -> dict[str, Any]:
    tp = sum(len(found & gold) for found, gold in pairs)
    fp = sum(len(found - gold) for found, gold in pairs)
    fn = sum(len(gold - found) for found, gold in pairs)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    exact = sum(found == gold for found, gold in pairs)
    return {
        "records": len(pairs),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "exact_records": exact,
    }


def _matcher(text: str, region: str) -> set[str]:
    return {
        phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
        for m in phonenumbers.PhoneNumberMatcher(text, region)
    }


def memex(path: Path, *, show: bool = False) -> dict[str, Any]:
    ours: list[tuple[set[str], set[str]]] = []
    theirs: list[tuple[set[str], set[str]]] = []
    misses: list[dict[str, Any]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        gold = set(record["gold_phones"])
        doc = Document(
            id=str(record["id"]),
            text=record["text"],
            url=record.get("url") or None,
            country=record.get("country"),
        )
        views = normalized_fields(doc)
        region = infer_region(doc, views, "US")
        found = {e.value for e in extract(doc, normalized=views) if e.type == "phone" and e.field == "text"}
        ours.append((found, gold))
        theirs.append((_matcher(doc.text, region), gold))
        if show and found != gold:
            misses.append(
                {"id": record["id"], "region": region, "missed": sorted(gold - found), "extra": sorted(found - gold)}
            )
    result = {"clew": _score(ours), "phonenumbers": _score(theirs)}
    if show:
        result["differences"] = misses
    return result


def labelled(path: Path, *, show: bool = False) -> dict[str, Any]:
    per_type: dict[str, list[tuple[set[str], set[str]]]] = {"phone": [], "email": []}
    baseline: list[tuple[set[str], set[str]]] = []
    misses: list[dict[str, Any]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        doc = Document(id="x", text=record["text"], country=record.get("country"))
        entities = extract(doc)
        for kind, pairs in per_type.items():
            gold = {e["value"] for e in record["expected"] if e["type"] == kind}
            found = {e.value for e in entities if e.type == kind}
            pairs.append((found, gold))
            if show and found != gold:
                misses.append(
                    {
                        "text": record["text"],
                        "type": kind,
                        "missed": sorted(gold - found),
                        "extra": sorted(found - gold),
                    }
                )
        views = normalized_fields(doc)
        region = infer_region(doc, views, "US")
        phones = {e["value"] for e in record["expected"] if e["type"] == "phone"}
        baseline.append((_matcher(doc.text, region), phones))
    result: dict[str, Any] = {kind: _score(pairs) for kind, pairs in per_type.items()}
    result["phonenumbers_phone"] = _score(baseline)
    if show:
        result["differences"] = misses
    return result


def speed(n: int, seed: int = 7, repeats: int = 3) -> dict[str, Any]:
    """Per-document time of normalisation + phone, e-mail and URL extraction, against the matcher.

    The two are timed in turns, ``repeats`` times, and the best time of each is kept
    (the machine is shared and noisy); the phone validation cache is emptied before
    every turn, so each number is parsed once per turn, as in a real run.
    """
    from clew.demo.generator import write_corpus
    from clew.identifiers.phone import validate

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(corpus, n, seed)
        docs = [Document.model_validate_json(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    kinds = [REGISTRY[name] for name in ("phone", "email", "url") if name in REGISTRY]
    for doc in docs[:50]:  # compile the tables once
        extract(doc)

    def ours() -> tuple[float, float]:
        validate.cache_clear()
        started = time.perf_counter()
        all_views = [normalized_fields(doc) for doc in docs]
        normalised = time.perf_counter()
        for doc, views in zip(docs, all_views, strict=True):
            region = infer_region(doc, views, "US")
            for field, view in views.items():
                ctx = FieldContext(field=field, text=view, region=region)
                for kind in kinds:
                    if field in kind.fields:
                        for _ in kind.extract(ctx):
                            pass
        return normalised - started, time.perf_counter() - normalised

    def matcher() -> float:
        started = time.perf_counter()
        for doc in docs:
            for _ in phonenumbers.PhoneNumberMatcher(doc.text, doc.country or "US"):
                pass
        return time.perf_counter() - started

    normalise_seconds = extract_seconds = matcher_seconds = float("inf")
    for _ in range(repeats):
        a, b = ours()
        normalise_seconds = min(normalise_seconds, a)
        extract_seconds = min(extract_seconds, b)
        matcher_seconds = min(matcher_seconds, matcher())
    total = normalise_seconds + extract_seconds
    per_doc = 1e6 / len(docs)
    return {
        "documents": len(docs),
        "mean_chars": round(sum(len(d.text) for d in docs) / len(docs), 1),
        "normalise_us_per_doc": round(normalise_seconds * per_doc, 1),
        "phone_email_url_us_per_doc": round(extract_seconds * per_doc, 1),
        "clew_total_us_per_doc": round(total * per_doc, 1),
        "phonenumbers_matcher_us_per_doc": round(matcher_seconds * per_doc, 1),
        "ratio_extraction_to_matcher": round(extract_seconds / matcher_seconds, 3),
        "ratio_total_to_matcher": round(total / matcher_seconds, 3),
    }


def linear() -> dict[str, Any]:
    """Adversarial inputs at size s and 2s: the time ratio should stay near 2."""
    cases = {
        "digits": lambda k: "7" * k,
        "spaced_digits": lambda k: "1 " * (k // 2),
        "emoji": lambda k: "😀" * k,
        "keycaps": lambda k: "3️⃣" * (k // 3),
        "number_words": lambda k: "one two " * (k // 8),
        "mixed_tokens": lambda k: "o1l0 " * (k // 5),
        "at_dot": lambda k: "a (at) b (dot) " * (k // 15),
        "platform_names": lambda k: "telegram " * (k // 9),
        "joined_cues": lambda k: "sc / ig " * (k // 8),
    }
    out: dict[str, Any] = {}
    for name, make in cases.items():
        times = []
        for size in (500_000, 1_000_000):
            doc = Document(id="x", text=make(size), country="US")
            started = time.perf_counter()
            extract(doc)
            times.append(time.perf_counter() - started)
        out[name] = {
            "seconds_500k": round(times[0], 3),
            "seconds_1m": round(times[1], 3),
            "ratio": round(times[1] / times[0], 2),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with lines.jsonl and ads.jsonl")
    parser.add_argument("--labelled", type=Path, default=DEFAULT_LABELLED)
    parser.add_argument("--speed", type=int, default=0, help="synthetic documents to time (0: skip)")
    parser.add_argument("--repeats", type=int, default=3, help="turns of the speed test (the best is kept)")
    parser.add_argument("--linear", action="store_true", help="time adversarial inputs at two sizes")
    parser.add_argument("--show", action="store_true", help="list the records where Clew differs from gold")
    args = parser.parse_args(argv)

    report: dict[str, Any] = {}
    for name in ("lines", "ads"):
        path = args.data / f"{name}.jsonl"
        if path.exists():
            report[name] = memex(path, show=args.show)
        else:
            report[name] = {"skipped": f"{path} not found"}
    if args.labelled.exists():
        report["labelled"] = labelled(args.labelled, show=args.show)
    if args.speed:
        report["speed"] = speed(args.speed, repeats=args.repeats)
    if args.linear:
        report["linear"] = linear()
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
