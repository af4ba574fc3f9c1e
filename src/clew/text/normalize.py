"""A normalised view of a text that maps every character back to the original.

Extractors and rules match on the normalised view (``NormalizedText.text``), where
look-alike forms are folded together, and report spans in the original text with
``NormalizedText.span`` — so evidence can always be highlighted in what the user
actually saw ("offsets are sacred").

The normalisation, applied per grapheme-like cluster (a base character and the
combining marks after it):

* Unicode NFKC (full-width and mathematical letters and digits become plain ones);
* case folding;
* decimal digits of every script (Arabic-Indic, Devanagari, Thai, …) become ASCII;
* keycap emoji (``3️⃣``) become their digit; variation selectors are dropped;
* zero-width and other invisible format characters are removed;
* every run of white space becomes one space.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from functools import lru_cache

_DROP = frozenset({"\u20e3"}) | frozenset(chr(c) for c in range(0xFE00, 0xFE10))
"""Enclosing keycap and variation selectors: decoration around a character."""


_NEEDS_FULL_PATH = re.compile(r"[^\x20-\x7e]| {2}|^ | $")
"""ASCII text needs the full path only for control characters or runs of spaces."""


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


@lru_cache(maxsize=65536)
def fold_cluster(cluster: str) -> str:
    """Normalise one cluster (base character plus its combining marks)."""
    out = unicodedata.normalize("NFKC", cluster).casefold()
    if out.isascii():
        return out
    chars: list[str] = []
    for ch in out:
        if ch in _DROP:
            continue
        cat = unicodedata.category(ch)
        if cat == "Cf":
            continue
        if cat == "Nd" and not ("0" <= ch <= "9"):
            chars.append(str(unicodedata.decimal(ch)))
        else:
            chars.append(ch)
    return "".join(chars)


class NormalizedText:
    """The original text, its normalised view, and the map between them."""

    __slots__ = ("_ends", "_starts", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        if original.isascii() and not _NEEDS_FULL_PATH.search(original):
            # Fast path: lower-casing ASCII keeps every offset.
            self.text = original.lower()
            self._starts: array[int] | None = None
            self._ends: array[int] | None = None
            return
        out: list[str] = []
        starts = array("l")
        ends = array("l")
        n = len(original)
        i = 0
        last_space = False
        while i < n:
            ch = original[i]
            j = i + 1
            while j < n and _is_mark(original[j]):
                j += 1
            if ch.isspace():
                if not last_space and out:
                    out.append(" ")
                    starts.append(i)
                    ends.append(j)
                    last_space = True
                elif last_space:
                    ends[-1] = j
                i = j
                continue
            if unicodedata.category(ch) == "Cf" and j == i + 1:
                i = j
                continue
            folded = fold_cluster(original[i:j])
            for piece in folded:
                if piece.isspace():
                    if last_space or not out:
                        continue
                    piece = " "
                    last_space = True
                else:
                    last_space = False
                out.append(piece)
                starts.append(i)
                ends.append(j)
            i = j
        if out and out[-1] == " ":
            out.pop()
            starts.pop()
            ends.pop()
        self.text = "".join(out)
        self._starts = starts
        self._ends = ends

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span ``[start, end)`` to a span of the original."""
        if self._starts is None or self._ends is None:
            return start, end
        if end <= start:
            pos = self._starts[start] if start < len(self._starts) else len(self.original)
            return pos, pos
        return self._starts[start], self._ends[end - 1]

    def original_at(self, start: int, end: int) -> str:
        """The original characters behind the normalised span ``[start, end)``."""
        a, b = self.span(start, end)
        return self.original[a:b]

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"NormalizedText({self.text[:40]!r}…)" if len(self.text) > 40 else (f"NormalizedText({self.text!r})")


def normalize(text: str) -> NormalizedText:
    return NormalizedText(text)
