"""The phrase index (``clew.text.phrases``): every occurrence, in pyahocorasick's order, on any string."""

from __future__ import annotations

import pickle

import ahocorasick  # still a dependency: the handle and location tries
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.text.phrases import PhraseIndex

# small alphabets make overlaps, shared prefixes and suffixes frequent; the astral emoji and the
# surrogate check the offsets in code points and the text UTF-8 cannot encode
ALPHABET = "ab é🙂"
keys_strategy = st.lists(st.text(alphabet=ALPHABET, min_size=1, max_size=4), min_size=1, max_size=12, unique=True)
text_strategy = st.text(alphabet=ALPHABET + "\ud800x", max_size=40)


def every_occurrence(keys: list[str], text: str) -> list[tuple[int, str]]:
    """By hand: (end index, key) of every occurrence, by end, the longest first for one end."""
    found = [(start + len(k) - 1, -len(k), k) for k in keys for start in range(len(text)) if text.startswith(k, start)]
    return [(end, k) for end, _, k in sorted(found)]


def leftmost_longest(keys: list[str], text: str) -> list[tuple[int, str]]:
    """By hand: from the left, the longest key starting at the first place one starts, then on after it."""
    out: list[tuple[int, str]] = []
    pos = 0
    while pos < len(text):
        here = [k for k in keys if text.startswith(k, pos)]
        if here:
            k = max(here, key=len)
            out.append((pos + len(k) - 1, k))
            pos += len(k)
        else:
            pos += 1
    return out


@settings(max_examples=300, deadline=None)
@given(keys_strategy, text_strategy)
def test_iter_gives_every_occurrence_in_order(keys: list[str], text: str) -> None:
    index = PhraseIndex((k, k) for k in keys)
    assert index.iter(text) == every_occurrence(keys, text)
    assert index.search(text) == bool(every_occurrence(keys, text))


@settings(max_examples=300, deadline=None)
@given(keys_strategy, text_strategy)
def test_iter_long_gives_leftmost_longest(keys: list[str], text: str) -> None:
    index = PhraseIndex(((k, k) for k in keys), longest=True)
    assert index.iter_long(text) == leftmost_longest(keys, text)


def test_same_order_as_pyahocorasick() -> None:
    keys = ["he", "she", "his", "hers", "🙂x", "x", "é", "ée", "s"]
    automaton = ahocorasick.Automaton()
    for k in keys:
        automaton.add_word(k, k)
    automaton.make_automaton()
    index = PhraseIndex((k, k) for k in keys)
    for text in ("ushers", "a🙂xée she his", "ééé🙂🙂x", "", "hershe"):
        assert index.iter(text) == list(automaton.iter(text))


def test_a_key_at_the_very_end_is_found_by_iter_long() -> None:
    # pyahocorasick's iter_long dropped it in some texts ("se" of "rose"); the index must not
    index = PhraseIndex([("se", 1), ("insta", 2), ("sept", 3)], longest=True)
    assert index.iter_long("insta: bella_rose") == [(4, 2), (16, 1)]


def test_pickles_as_its_keys_and_answers_the_same() -> None:
    index = PhraseIndex([("ab", (2, "x")), ("b", (1, "y"))])
    back = pickle.loads(pickle.dumps(index))
    assert back.iter("abab") == index.iter("abab") == [(1, (2, "x")), (1, (1, "y")), (3, (2, "x")), (3, (1, "y"))]
    longest = pickle.loads(pickle.dumps(PhraseIndex([("ab", 1), ("b", 2)], longest=True)))
    assert longest.iter_long("abb") == [(1, 1), (2, 2)]


def test_bad_keys_are_refused_and_the_wrong_mode_says_so() -> None:
    with pytest.raises(ValueError, match="empty"):
        PhraseIndex([("", 1)])
    with pytest.raises(ValueError, match="twice"):
        PhraseIndex([("a", 1), ("a", 2)])
    with pytest.raises(ValueError, match="surrogate"):
        PhraseIndex([("a\ud800", 1)])
    with pytest.raises(TypeError, match="iter_long"):
        PhraseIndex([("a", 1)], longest=True).iter("a")
    with pytest.raises(TypeError, match="iter,"):
        PhraseIndex([("a", 1)]).iter_long("a")
    empty: PhraseIndex[int] = PhraseIndex([])
    assert empty.iter("anything") == [] and not empty.search("anything") and len(empty) == 0
