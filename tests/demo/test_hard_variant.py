"""The hard linking variant of the demo generator and the independent judge corpus."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from clew.demo import linkjudge
from clew.demo.generator import HARD_ADS_PER_PHONE, generate

FICTIONAL_NANP = re.compile(r"^\+1[2-9]\d\d55501\d\d$")


def test_standard_output_is_unchanged_by_the_option() -> None:
    assert list(generate(300, 4)) == list(generate(300, 4, hard=False))


def test_hard_networks_rotate_numbers_and_a_third_have_no_identifier() -> None:
    pairs = list(generate(3000, 8, hard=True))
    standard_keys = set(next(iter(generate(10, 8)))[1])
    assert all(set(truth) == standard_keys for _, truth in pairs)
    by_net: dict[str, list[dict[str, object]]] = defaultdict(list)
    for doc, truth in pairs:
        if truth["network"] and truth["category"] in ("escort", "child_exploitation"):
            by_net[str(truth["network"])].append({"text": doc["text"], **truth})
    ads = [a for members in by_net.values() for a in members]
    bare = [a for a in ads if not (a["phones"] or a["emails"] or a["handles"])]
    assert 0.25 < len(bare) / len(ads) < 0.42
    rotating = [m for m in by_net.values() if len(m) >= 3 * HARD_ADS_PER_PHONE]
    assert rotating
    for members in rotating:
        phones = [p for a in members for p in a["phones"]]  # type: ignore[attr-defined]
        assert len(set(phones)) >= 2
    texts = [a["text"] for a in ads]
    assert len(set(texts)) == len(texts)


def test_judge_corpus_is_deterministic_fictional_and_labelled(tmp_path: Path) -> None:
    first = list(linkjudge.generate(2000, 3))
    assert first == list(linkjudge.generate(2000, 3))
    assert len(first) == 2000
    ids = [doc["id"] for doc, _ in first]
    assert len(set(ids)) == 2000
    kinds = {truth["kind"] for _, truth in first}
    assert kinds == {"network", "form", "single"}
    for doc, truth in first:
        assert doc["id"] == truth["id"]
        for number in re.findall(r"\+?1?[ (.-]*(\d{3})[ ).-]*555[ .-]*0(1\d\d)", doc["text"]):
            assert FICTIONAL_NANP.match(f"+1{number[0]}5550{number[1]}")
        for address in re.findall(r"[\w.]+@([\w.]+)", doc["text"]):
            assert address == "example.com"
    truth_path = linkjudge.write_corpus(tmp_path / "j.jsonl", 50, 3)
    assert len(truth_path.read_text(encoding="utf-8").splitlines()) == 50
    assert json.loads((tmp_path / "j.jsonl").read_text(encoding="utf-8").splitlines()[0])["id"] == "judge-000001"
