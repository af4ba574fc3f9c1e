from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clew.rules import RuleSet, load_packs
from clew.rules.triggers import trigger_sets, triggers
from clew.text import normalize


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"passport", {"passport"}),
        (r"\bkeep (?:your|the) passport\b", {" passport"}),
        (r"(?:edad|tengo)\s1[0-7]\s?años", {"años"}),
        (r"age(?:|d)\s\d+", {"age"}),
        (r"(?:kidney|liver) for sale", {" for sale"}),
        (r"\d{3}-\d{4}", None),  # nothing literal: always runs
        (r"(?i)passport", None),  # case-insensitive patterns are not gated
        (r"a?b?", None),
        (r"十[二三四]岁", {"十二岁", "十三岁", "十四岁"}),
    ],
)
def test_triggers_are_literals_every_match_contains(pattern: str, expected: set[str] | None) -> None:
    found = triggers(pattern)
    assert (None if found is None else set(found)) == expected


@given(st.text(alphabet="abcdefgkpsort 0123456789años", max_size=60))
def test_a_regex_never_matches_without_one_of_its_triggers(text: str) -> None:
    import re

    for pattern in [r"(?:edad|tengo)\s1[0-7]\s?años", r"\bkeep (?:your|the) passport\b", r"age(?:|d)\s\d+"]:
        found = triggers(pattern)
        assert found is not None
        if re.search(pattern, text):
            assert any(t in text for t in found)


def test_gating_never_changes_what_the_built_in_packs_find(corpus: Path) -> None:
    packs = load_packs()
    gated, ungated = RuleSet(packs, include_off=True), RuleSet(packs, include_off=True, gate=False)
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    texts += [ex.text for pack in packs for ind in pack.indicators for ex in ind.examples]
    for text in texts:
        view = {"text": normalize(text)}
        assert gated.match(view) == ungated.match(view), text


@pytest.mark.parametrize(
    ("pattern", "sets"),
    [
        (r"(?:edad|tengo)\s1[0-7]\s?años", [{"años"}, {"edad", "tengo"}]),
        (r"(?:kidney|liver) for sale", [{" for sale"}, {"kidney for sale", "liver for sale"}]),
        (r"passport", [{"passport"}]),
        (r"\d{3}-\d{4}", []),
        # the parser factors "y" out of the alternatives; how each one begins still counts
        (
            r"\b1[0-7]\s?(?:yo|y/o|years? old|year-old)\b",
            [{"yo", "y/o", "year", "year-old"}, {f"1{d}" for d in "01234567"}],
        ),
        (r"(?:x|y*)z", []),
    ],
)
def test_trigger_sets_are_each_required(pattern: str, sets: list[set[str]]) -> None:
    assert [set(s) for s in trigger_sets(pattern)] == sets
    assert (trigger_sets(pattern) or (None,))[0] == triggers(pattern)


_AND_GATED = [
    r"(?:edad|tengo)\s1[0-7]\s?años",
    r"(?:kidney|liver) for sale",
    r"\b(?:teen|girl),? 1[0-7]\b",
    r"\b1[0-7]\s?(?:yo|y/o|years? old|year-old)\b",
    r"(?:sell|buy)(?:ing|s)? (?:a |an )?(?:kidney|liver|cornea)s?",
]


@given(st.data())
def test_every_match_holds_a_literal_of_every_trigger_set(data: st.DataObject) -> None:
    import re

    pattern = data.draw(st.sampled_from(_AND_GATED))
    text = data.draw(st.text(max_size=20)) + " " + data.draw(st.from_regex(pattern, fullmatch=True))
    assert re.search(pattern, text)
    sets = trigger_sets(pattern)
    assert len(sets) == 2
    for literals in sets:
        assert any(t in text for t in literals)
