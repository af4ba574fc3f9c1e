"""Precision and recall on the project's labelled obfuscation set (synthetic, fictional values).

``bench/data/identifiers/phone_email.jsonl``: one JSON object per line with ``text``,
an optional ``country`` and the ``expected`` phones (E.164) and e-mails (lower case).
Records with no expectation are distractors: nothing may be found in them.
"""

from __future__ import annotations

import json
from pathlib import Path

import phonenumbers
import pytest

from clew.identifiers import extract
from clew.model import Document

LABELLED = Path(__file__).resolve().parents[2] / "bench" / "data" / "identifiers" / "phone_email.jsonl"
RECORDS = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]


def _score(kind: str) -> tuple[float, float, list[str]]:
    tp = fp = fn = 0
    wrong: list[str] = []
    for record in RECORDS:
        doc = Document(id="x", text=record["text"], country=record.get("country"))
        found = {e.value for e in extract(doc) if e.type == kind}
        gold = {e["value"] for e in record["expected"] if e["type"] == kind}
        tp += len(found & gold)
        fp += len(found - gold)
        fn += len(gold - found)
        if found != gold:
            wrong.append(f"{record['text']!r}: found {sorted(found)}, expected {sorted(gold)}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, wrong


def test_the_set_is_large_varied_and_fictional() -> None:
    assert len(RECORDS) >= 150
    assert sum(1 for r in RECORDS if not r["expected"]) >= 40
    for record in RECORDS:
        for entity in record["expected"]:
            if entity["type"] == "phone":
                number = phonenumbers.parse(entity["value"])
                assert phonenumbers.is_valid_number(number)
                national = str(number.national_number)
                fictional = (
                    (number.country_code == 1 and national[3:7] == "5550" and national[7] == "1")
                    or (number.country_code == 61 and (national.startswith("49157") or national.startswith("25550")))
                    or (number.country_code == 33 and national.startswith("19900"))
                    or (number.country_code == 44 and national.startswith("2079460"))
                )
                assert fictional, entity["value"]
            else:
                assert entity["value"].split("@")[1].split(".")[0] in ("example", "mail", "support"), entity


@pytest.mark.parametrize("kind", ["phone", "email"])
def test_precision_and_recall(kind: str) -> None:
    precision, recall, wrong = _score(kind)
    assert precision >= 0.95, wrong
    assert recall >= 0.95, wrong
