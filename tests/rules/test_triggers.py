from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.rules import RuleSet, load_packs
from clew.rules.matcher import WINDOWED_TEXT, _match_at, _search_near
from clew.rules.triggers import reach, start_literals, trigger_sets, triggers
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
    pages = ["\n".join(texts[i : i + 12]) for i in range(0, len(texts), 12)]  # long: searched near the triggers
    assert any(len(page) >= WINDOWED_TEXT for page in pages)
    for page in pages:
        view = {"text": normalize(page)}
        assert gated.match(view) == ungated.match(view), page[:200]


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


_NEAR_PATTERNS = [
    r"\babc\b",
    r"ab.{0,5}cx(?!1)",
    r"(?<=x)abc c",
    r"cab|abc$",
    r"abc\s?c\s?x",
    r"(?:abc|bac) ?c{1,4}(?= x)",
    r"\b(?:abc|cde)[^.\n]{0,30}?\bef\b",
    r"\bcab\b(?! x)",
    r"ab ?1[0-7] ?cx",
    r"[0-9]{1,2} ?(?:abc|cde)",
    r"x{1,3} ?cab",
    r"\w{0,4}bac\b",
    r"(?:y z ){0,3}ef c",
]
_PIECES = st.sampled_from(
    [
        "ab",
        "abc",
        "bac",
        "cab",
        "x",
        " ",
        "c",
        "cx",
        "1",
        "13",
        ".",
        "\n",
        "ef",
        "cde",
        " x",
        "xx cab",
        "12 abc",
        "zzbac ",
    ]
)
_FILLER = st.integers(min_value=0, max_value=120).map(lambda k: " y z" * k)


@settings(max_examples=300, deadline=None)
@given(pattern=st.sampled_from(_NEAR_PATTERNS), parts=st.lists(st.tuples(_FILLER, _PIECES), max_size=12))
def test_searching_near_the_triggers_finds_what_a_whole_search_finds(pattern: str, parts: list) -> None:
    """The matcher searches a gated regex only around its triggers; the matches must be finditer's."""
    text = "".join(filler + piece for filler, piece in parts)  # long fillers: triggers far apart, windows searched
    sets, bounds = trigger_sets(pattern), reach(pattern)
    assert sets and bounds, pattern
    regex = re.compile(pattern)
    triggers = [
        (m.start(), m.start() + len(lit)) for lit in sets[0] for m in re.finditer(f"(?={re.escape(lit)})", text)
    ]
    expected = [m.span() for m in regex.finditer(text) if m.end() > m.start()]
    assert _search_near(regex, text, triggers, *bounds) == expected


def test_reach_is_none_when_a_match_can_be_empty_unbounded_or_refer_back() -> None:
    assert reach(r"ab.{0,5}cx(?!1)") == (9, 1)
    assert reach(r"(?=abcd)abc") == (3, 4)
    for pattern in (r"ab.*c", r"(ab)\1", r"x?", r"a{1,5000}"):
        assert reach(pattern) is None, pattern


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:girls?|women)\s1[0-7]", {"girl", "women"}),
        (r"(?<!no )passport (?:held|kept)", {"passport held", "passport kept"}),
        (r"1[0-7] ?(?:yo|years old)", {f"1{d}" for d in "01234567"}),
        (r"(?:kidney|liver)s? for sale|selling (?:a )?kidney", {"kidney", "liver", "selling "}),
        (r"[a-z]+ for sale", None),  # may begin with any letter
        (r"\d{3}-\d{4}", None),
        (r"(?i)passport", None),  # inline flags: the literals would not be exact
        (r"(?i:passport) held", None),
        (r"x?passport", None),  # may begin with "p" as well as "x"
        (r"[0-9]\s?kids", None),  # single characters: too weak to be worth it
    ],
)
def test_start_literals_are_how_every_match_begins(pattern: str, expected: set[str] | None) -> None:
    found = start_literals(pattern)
    assert (None if found is None else set(found)) == expected


_ANCHORED = [
    r"\b(?:abc|cde)[^.\n]{0,30}?\bef\b",
    r"(?<!x)cab\b",
    r"ab ?1[0-7] ?cx",
    r"(?:abc|bac) ?c{1,4}(?= x)",
    r"\bcab c|cde(?:f|\s)",
    r"ab(?:c|\b)",
]


@settings(max_examples=300, deadline=None)
@given(pattern=st.sampled_from(_ANCHORED), parts=st.lists(_PIECES, max_size=30))
def test_matching_only_where_a_start_literal_occurs_finds_what_finditer_finds(pattern: str, parts: list) -> None:
    """The matcher tries an anchored regex only at its start literals; the matches must be finditer's."""
    text = "".join(parts)
    starts = start_literals(pattern)
    assert starts, pattern
    regex = re.compile(pattern)
    positions = [m.start() for lit in starts for m in re.finditer(f"(?={re.escape(lit)})", text)]
    expected = [m.span() for m in regex.finditer(text) if m.end() > m.start()]
    assert _match_at(regex, text, positions) == expected
