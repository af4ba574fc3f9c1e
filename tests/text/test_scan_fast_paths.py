"""The cheaper scans of the normalisation and of the number words find what the plain definitions find."""

from __future__ import annotations

import itertools
import sys

from hypothesis import given
from hypothesis import strategies as st

import clew.text.normalize  # noqa: F401  (the module itself: ``clew.text.normalize`` is also a function)
from clew.text import normalize
from clew.text.normalize import join_spaced_letters
from clew.text.numbers import _build_vocabulary, number_edits, vocabulary

_norm = sys.modules["clew.text.normalize"]
_SPECIAL = frozenset(chr(c) for c in _norm._special_codes())
_ASTRAL_SPECIAL = sorted(c for c in _SPECIAL if ord(c) > 0xFFFF)
_BMP_SPECIAL = sorted(c for c in _SPECIAL if ord(c) <= 0xFFFF)


def _runs_by_definition(text: str) -> list[tuple[int, int]]:
    """Maximal runs of special characters, one character at a time."""
    runs: list[tuple[int, int]] = []
    pos = 0
    for special, group in itertools.groupby(text, key=lambda ch: ch in _SPECIAL):
        size = len(list(group))
        if special:
            runs.append((pos, pos + size))
        pos += size
    return runs


_MIXED = st.text(
    alphabet=st.one_of(
        st.sampled_from(_ASTRAL_SPECIAL),
        st.sampled_from(_BMP_SPECIAL),
        st.sampled_from(["a", "é", " ", "5", "😀", "\U0001f48b", "Ж", "\u0301"]),
    ),
    max_size=40,
)


def test_the_special_characters_lie_on_both_sides_of_the_bmp() -> None:
    # the split scan is only worth testing while both halves hold something
    assert _ASTRAL_SPECIAL and _BMP_SPECIAL


@given(_MIXED)
def test_special_runs_match_the_definition_across_the_bmp_boundary(text: str) -> None:
    if text.isascii():
        return
    assert _norm._special_spans(text) == _runs_by_definition(text)


def test_a_run_crossing_from_the_bmp_to_a_tag_character_stays_one_run() -> None:
    # zero-width joiner (BMP) then a tag character (beyond the BMP) then a variation selector (BMP)
    text = "x\u200d\U000e0067\ufe0fy😀"
    assert _norm._special_spans(text) == [(1, 4)]


@given(_MIXED)
def test_views_with_emoji_and_special_characters_map_back(original: str) -> None:
    view = normalize(original)
    for i in range(len(view.text)):
        a, b = view.span(i, i + 1)
        assert 0 <= a < b <= len(original)


def test_the_cached_vocabulary_reads_numbers_as_a_fresh_build_does() -> None:
    fresh = _build_vocabulary()
    cached = vocabulary()
    assert cached.words == fresh.words
    assert cached.phrases == fresh.phrases
    assert cached.lone_pattern.pattern == fresh.lone_pattern.pattern
    text = "call two one three, cinq cinq cinq, ноль один два семь"
    assert list(cached.automaton.iter_long(text)) == list(fresh.automaton.iter_long(text))
    assert number_edits(text)


@given(st.text(alphabet="ab zж.-_*~/|+·•@$#1é", max_size=40))
def test_spaced_runs_are_the_runs_the_pattern_finds_along_the_whole_text(text: str) -> None:
    expected = [m.span() for m in _norm._SPACED.finditer(text)]
    assert [m.span() for m in _norm._spaced_runs(text)] == expected


def test_overlapping_hints_still_find_the_run() -> None:
    # the first hint (" r u") would start a run at the second "q", which is glued to the first; the next one
    # (" u t") starts the run at "r"
    text = "qq r u t a"
    assert [m.span() for m in _norm._spaced_runs(text)] == [(3, 10)]
    assert join_spaced_letters(text) == ("qq ruta", [4, 6, 8])
