"""Enclosing and generic combining marks left over after NFKC are decoration: dropped, offsets kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clew.text import normalize
from clew.text.numbers import digit_view

MARKS = ["\u20dd", "\u20de", "\u20df", "\u20e0", "\u20e4", "\u0305", "\u0303", "\u0336", "\u0332", "\u0488"]
"""Enclosing circle, square, diamond, prohibition, triangle; overline, tilde, stroke, low line; Cyrillic hundred
thousands sign."""


@pytest.mark.parametrize("mark", MARKS)
def test_a_mark_on_each_digit_is_dropped_and_the_digit_keeps_its_mark_in_the_map(mark: str) -> None:
    original = "call " + "".join(d + mark for d in "7025550144")
    view = normalize(original)
    assert view.text == "call 7025550144"
    start = view.text.index("702")
    assert view.original_at(start, start + 3) == "7" + mark + "0" + mark + "2" + mark


def test_marks_on_a_word_are_dropped_but_accents_nfkc_composes_stay() -> None:
    assert normalize("приве\u0301т").text == "привет"  # a stress mark: no precomposed letter takes it
    assert normalize("e\u0301te\u0301").text == "été"  # these compose: kept
    assert normalize("s\u0336a\u0336l\u0336e\u0336").text == "sale"  # struck-through letters


def test_marks_that_belong_to_a_script_are_kept() -> None:
    assert normalize("हिन्दी").text == "हिन्दी"  # Devanagari vowel signs and virama
    assert normalize("สวัสดี").text == "สวัสดี"  # Thai vowels and tone marks


def test_the_numeric_view_reads_digits_under_marks() -> None:
    view = digit_view(normalize("age 1\u20dd9\u20dd, tel 2\u03031\u03032\u0303"))
    assert view.text == "age 19, tel 212"
    start = view.text.index("19")
    assert view.original_at(start, start + 2) == "1\u20dd9\u20dd"


@given(st.lists(st.sampled_from(["1", "a", " ", "\u20dd", "\u0305", "\u0303", "é", "\u0301", "З"]), max_size=40))
def test_any_mix_of_marks_maps_inside_the_original(pieces: list[str]) -> None:
    original = "".join(pieces)
    view = normalize(original)
    previous = 0
    for i in range(len(view.text)):
        a, b = view.span(i, i + 1)
        assert 0 <= a < b <= len(original)
        assert a >= previous
        previous = a
    assert not any(m in view.text for m in MARKS)


@pytest.mark.parametrize("original", ["\u0300\U000e0100", "a\U000e0100\u0305", "1\u20dd\ufe0f\U000e01ef"])
def test_marks_and_variation_selectors_together_normalise_once_and_for_all(original: str) -> None:
    once = normalize(original).text
    assert normalize(once).text == once
    assert not any(0xE0100 <= ord(c) <= 0xE01EF or 0xFE00 <= ord(c) <= 0xFE0F for c in once)
