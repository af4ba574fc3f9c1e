"""Every occurrence of many literal keys in a text, in one pass: a compiled Aho-Corasick automaton.

The extractors and the rule packs look for thousands of literal cues at once (platform names,
spelled at signs, payment words, wallet cues, age words, place names, the packs' phrases). They
used to walk a ``pyahocorasick`` trie in Python's C extension, which looks up each character of
the text by scanning the current node's edges one by one: a cost that grows with how many keys
begin with different characters, about 130 µs per 230-character ad for the packs' 48,000 keys
(815 distinct first characters), 30 µs for the 7,000 spelled at signs that almost never occur.
``ahocorasick_rs`` (the Rust ``aho-corasick`` crate) compiles the keys into a table-driven
automaton and returns every match in one call: 20 µs and 7 µs on the same texts.

``PhraseIndex.iter`` answers exactly what ``pyahocorasick.Automaton.iter`` answered, in the
same order, so callers did not change: ``(end index, value)`` for every occurrence of every key,
overlapping ones included, by end position and, for one end, the longest key first. An index
built with ``longest=True`` answers ``iter_long`` instead: from the left, the longest key that
starts at the first place where one starts, then on after its end (leftmost-longest, without
overlaps). That is what ``pyahocorasick``'s ``iter_long`` meant to give, except that it dropped a
key ending at the very end of some texts ("se" of "rose" in "insta: bella_rose"). Offsets are
in characters (code points) of the text. A text with lone surrogates (which UTF-8 cannot encode,
so the compiled automaton cannot read it) is read with each of them replaced by a character that
no key holds: one code point for one, so every offset stays where it was, and no key can match
across a surrogate either way.

The index pickles as its keys and values and is compiled again when read back (the disk cache,
``clew.cache``): the compiled automaton itself cannot be pickled; compiling the packs' keys
takes about a fifth of a second.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import itemgetter
from pathlib import Path
from typing import Any, Generic, TypeVar

import ahocorasick_rs

V = TypeVar("V")

SOURCE = Path(__file__)
"""This module's file: a part of the disk-cache key of every entry that pickles a ``PhraseIndex``."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_BLANK = "\x00"
"""What stands for a lone surrogate during a search: keys holding it are refused."""
_BY_END_THEN_START = itemgetter(2, 1)


class PhraseIndex(Generic[V]):
    """Literal keys, each with a value, found all at once in any text."""

    __slots__ = ("_keys", "_longest", "_matcher", "_values")

    def __init__(self, items: Iterable[tuple[str, V]], *, longest: bool = False) -> None:
        keys: list[str] = []
        values: list[V] = []
        for key, value in items:
            if not key:
                raise ValueError("a key of a phrase index is empty")
            if _BLANK in key or _SURROGATE.search(key):
                raise ValueError(f"a key of a phrase index holds a NUL or a lone surrogate: {key!r}")
            keys.append(key)
            values.append(value)
        if len(set(keys)) != len(keys):
            raise ValueError("a key of a phrase index is given twice")
        self._keys = keys
        self._values = values
        self._longest = longest
        kind = ahocorasick_rs.MatchKind.LeftmostLongest if longest else ahocorasick_rs.MatchKind.Standard
        self._matcher = ahocorasick_rs.AhoCorasick(keys, matchkind=kind, store_patterns=False) if keys else None

    def __len__(self) -> int:
        return len(self._keys)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self._keys, self._values, self._longest))

    def _matches(self, text: str, overlapping: bool) -> list[tuple[int, int, int]]:
        if self._matcher is None:
            return []
        try:
            return self._matcher.find_matches_as_indexes(text, overlapping=overlapping)
        except UnicodeEncodeError:  # lone surrogates: same length, nothing any key can match
            return self._matcher.find_matches_as_indexes(_SURROGATE.sub(_BLANK, text), overlapping=overlapping)

    def iter(self, text: str) -> list[tuple[int, V]]:
        """``(end index, value)`` of every occurrence, as ``pyahocorasick.Automaton.iter`` gives them.

        By end position; for one end position, the longest key first (the nearest start).
        """
        if self._longest:
            raise TypeError("an index built for the longest matches answers iter_long, not iter")
        found = self._matches(text, True)
        if not found:
            return []
        found.sort(key=_BY_END_THEN_START)
        values = self._values
        return [(end - 1, values[index]) for index, _start, end in found]

    def iter_long(self, text: str) -> list[tuple[int, V]]:
        """``(end index, value)`` of the leftmost-longest occurrences, without overlaps, from the left."""
        if not self._longest:
            raise TypeError("an index built for every occurrence answers iter, not iter_long")
        values = self._values
        return [(end - 1, values[index]) for index, _start, end in self._matches(text, False)]

    def spans_long(self, text: str) -> tuple[list[tuple[int, int, int]], list[V]]:
        """What ``iter_long`` reads, as the matcher gives it: ``(key index, start, end)`` of each match, and the
        values by key index (no list of pairs built; for loops that look at every match of a long text)."""
        if not self._longest:
            raise TypeError("an index built for every occurrence answers iter, not spans_long")
        return self._matches(text, False), self._values

    def search(self, text: str) -> bool:
        """Whether any key occurs in the text."""
        return bool(self._matches(text, False))


def _rebuild(keys: list[str], values: list[Any], longest: bool) -> PhraseIndex[Any]:
    return PhraseIndex(zip(keys, values, strict=True), longest=longest)


__all__ = ["PhraseIndex"]
