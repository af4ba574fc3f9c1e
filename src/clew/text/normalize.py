"""A normalised view of a text that maps every character back to the original.

Extractors and rules match on the normalised view (``NormalizedText.text``), where
look-alike forms are folded together, and report spans in the original text with
``NormalizedText.span`` — so evidence can always be highlighted in what the user
actually saw ("offsets are sacred").

The normalisation:

* Unicode NFKC (full-width and mathematical letters and digits become plain ones),
  applied per grapheme-like cluster (a base character and the combining marks after it);
* case folding (the Turkish capital ``İ`` folds to a plain ``i``, without a combining dot);
* decimal digits of every script (Arabic-Indic, Devanagari, Thai, …) become ASCII, and so
  do the circled digits that NFKC leaves alone (``❶``, ``➀``, ``⓵``);
* keycap emoji (``3️⃣``) become their digit; variation selectors and emoji skin-tone modifiers (``👉🏼``) are
  dropped, and so are enclosing marks (``1⃝9⃝``) and the generic combining marks NFKC could not join to the
  character before them (an overline or a tilde over a digit, ``0̅1̅``, ``2̃``): they decorate, they do not spell;
* zero-width and other invisible format characters are removed, and so are the Hangul fillers (letters Unicode
  lists as default-ignorable, typed as a blank: ``2ㅤ1ㅤ3``);
* enclosed Latin letters that NFKC leaves alone (negative circled and squared, ``🅸🅶``, ``🅾``) become their letter,
  and the heavy dollar sign emoji ``💲`` a ``$``;
* every run of white space becomes one space;
* a Markdown escape inside a word is removed (``olaide\\_okafor`` reads ``olaide_okafor``), as a page
  rendering the Markdown shows it;
* inside a word that mixes ASCII Latin letters with look-alike letters of another
  script (``саll`` with a Cyrillic ``а``), the look-alikes are folded
  (``clew.text.confusables``); words in one script are left alone;
* letter-spaced words are joined: ``o-b-s-e-s-s-i-o-n``, ``n.e.w``, ``R U T A``
  (see ``join_spaced_letters`` for the exact rule).

The general view stays faithful to the words: number words are *not* turned into
digits here (rules match on words); ``clew.text.numbers.digit_view`` builds the
numeric view that identifier extractors read.

Plain ASCII text that needs none of this (most ads) takes a fast path: the view is
the lower-cased text and the map is the identity, with no per-character work.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from array import array
from collections.abc import Iterator
from functools import lru_cache

from clew.text.confusables import fold_confusables

_DROP_EXTRA = "\u20e3\ufe00-\ufe0f\U000e0100-\U000e01ef"
"""Enclosing keycap and variation selectors: decoration around a character."""
_DECORATION_RANGES = ((0x0300, 0x0370), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00), (0x20D0, 0x2100), (0xFE20, 0xFE30))
"""The generic combining marks (diacritics, marks for symbols, half marks): left over after NFKC, they could not
join the character before them — an overline or tilde over a digit ("0̅1̅"), a circle or square around it
("1⃝9⃝"), a strike through a word — and are decoration."""
_DECORATION = frozenset(
    chr(c) for lo, hi in _DECORATION_RANGES for c in range(lo, hi) if unicodedata.category(chr(c)) in ("Mn", "Me")
) | frozenset({"\u0488", "\u0489", "\ua670", "\ua671", "\ua672"})
"""Generic combining marks and every enclosing mark (category Me): dropped by the normalisation."""
SCRIPT_MARKS = "".join(
    chr(c)
    for lo, hi in ((0x0591, 0x05C7), (0x064B, 0x0670), (0x0900, 0x109F), (0x1780, 0x17FF))
    for c in range(lo, hi + 1)
    if unicodedata.category(chr(c)) in ("Mn", "Mc")
)
"""Vowel signs and tone marks inside the words of Hebrew, Arabic and the Brahmic scripts (Devanagari, Thai, Lao,
Khmer, Myanmar, …): ``\\w`` does not take them, yet they belong to the word ("ได้เลย", "ไอดี")."""
FILLERS = frozenset({"\u115f", "\u1160", "\u3164", "\uffa0"})
"""Hangul fillers: letters (category Lo) that Unicode lists as default-ignorable — they draw nothing, and are
typed as a blank that filters do not take for a space ("2ㅤ1ㅤ3", "lilyㅤ@ㅤexample.com")."""
_DROP = (
    frozenset({"\u20e3"})
    | FILLERS
    | frozenset(chr(c) for c in (*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)))  # variation selectors
    | frozenset(chr(c) for c in range(0x1F3FB, 0x1F400))  # emoji skin-tone modifiers
    | _DECORATION
)


def _enclosed_letters() -> dict[str, str]:
    """Enclosed Latin letters NFKC leaves alone (negative circled and squared: 🅸🅶, 🅾): read as their letter.

    Found by their Unicode names, so every letter of those blocks is covered, not a hand list.
    """
    out: dict[str, str] = {}
    for code in range(0x1F100, 0x1F200):
        name = unicodedata.name(chr(code), "")
        head, _, letter = name.rpartition(" LATIN CAPITAL LETTER ")
        if head and len(letter) == 1 and unicodedata.normalize("NFKC", chr(code)) == chr(code):
            out[chr(code)] = letter.lower()
    return out


_ENCLOSED_LETTERS = {**_enclosed_letters(), "\U0001f4b2": "$"}
"""Enclosed letters read as their letter, and the heavy dollar sign emoji (💲) read as the dollar sign it stands
for: in a price ("💲200") and as a Cash App tag's sigil ("💲jadexo21"), which NFKC does not fold."""

_ENCLOSED_DIGITS = {
    **{chr(0x2474 + n - 1): str(n) for n in range(1, 21)},
    **{chr(0x2488 + n - 1): str(n) for n in range(1, 21)},
}
"""Digits in brackets (⑴ … ⒇) and with a full stop (⒈ … ⒛): NFKC writes them "(2)" and "2.", so that "⑵⑵" would
be "(2)(2)"; read as the digits they enclose, as NFKC reads the circled ones ("②②" is 22)."""

_DOTTED_I = "i\u0307"
"""What case folding makes of the Turkish capital "İ": the dot above would keep "İnstagram" from "instagram"."""

_ASCII_RUN = re.compile(r"[\x21-\x7e]+")

_SPACED_SEPARATORS = " .\\-_*~/|+·•"
_LETTER = "a-z\u00e0-\u024f\u0370-\u03ff\u0400-\u04ff"
_SPACED = re.compile(
    rf"[{_LETTER}](?<![\w@$#][{_LETTER}])([{_SPACED_SEPARATORS}])[{_LETTER}](?:\1[{_LETTER}])+(?![\w@])"
)
_SPACED_HINT = re.compile(rf"([{_SPACED_SEPARATORS}])[{_LETTER}]\1[{_LETTER}]")
"""A quick test for ``_SPACED``: separator, letter, the same separator, letter."""
_LOOSE_SEPARATORS = frozenset(" /|+")
"""Separators that also separate real one-letter words: a run needs four letters."""
MIN_SPACED_LETTERS = 3
MIN_LOOSE_SPACED_LETTERS = 4


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


@lru_cache(maxsize=65536)
def fold_cluster(cluster: str) -> str:
    """Normalise one cluster (base character plus its combining marks)."""
    out = _ENCLOSED_DIGITS.get(cluster) or unicodedata.normalize("NFKC", cluster).casefold()
    if out.isascii():
        return out
    if _DOTTED_I in out:
        out = out.replace(_DOTTED_I, "i")  # Turkish "İ" folds to "i" plus a dot above: "İnstagram" is "instagram"
    chars: list[str] = []
    for ch in out:
        if ch in _DROP:
            continue
        cat = unicodedata.category(ch)
        if cat == "Cf":
            continue
        if ch in _ENCLOSED_LETTERS:
            chars.append(_ENCLOSED_LETTERS[ch])
        elif cat == "Nd" and not ("0" <= ch <= "9"):
            chars.append(str(unicodedata.decimal(ch)))
        elif cat == "No" and (digit := _digit_of(ch)) is not None:
            chars.append(str(digit))  # ❶, ➀, ⓵, 🄋: circled digits that NFKC leaves alone
        else:
            chars.append(ch)
    return "".join(chars)


def _ranges(codes: list[int]) -> str:
    parts: list[str] = []
    start = prev = codes[0]
    for c in [*codes[1:], -1]:
        if c == prev + 1:
            prev = c
            continue
        parts.append(re.escape(chr(start)) if start == prev else f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
        start = prev = c
    return "".join(parts)


@lru_cache(maxsize=1)
def _special_codes() -> tuple[int, ...]:
    """Characters that a text in NFKC form needs more than case folding for.

    White space other than the plain space, invisible format characters (category
    Cf), keycaps and variation selectors, and digits of other scripts (circled ones too). Read
    from the running Python's Unicode database on the first text that is not plain
    ASCII (a quarter of a second), and kept in the disk cache for the next start.
    """
    from pathlib import Path

    from clew.cache import cached

    return cached("special-codes", [Path(__file__), unicodedata.unidata_version], _scan_special_codes)


def _scan_special_codes() -> tuple[int, ...]:
    planes = [*range(0x20000), *range(0xE0000, 0xE1000)]  # no such character lies elsewhere
    codes = {ord(c) for c in (*_DROP, *_ENCLOSED_LETTERS)}  # what is dropped or replaced is special too
    for c in planes:
        ch = chr(c)
        if ch != " " and (
            ch.isspace() or unicodedata.category(ch) == "Cf" or (ch.isdigit() and not ch.isascii()) or _dingbat_zero(ch)
        ):
            codes.add(c)
    return tuple(sorted(codes))


@lru_cache(maxsize=1)
def _special() -> re.Pattern[str]:
    """One explicit character class of the special characters up to U+FFFF (no ``\\s`` or ``\\d`` tests).

    The engine tests a class of BMP characters by bitmap; ranges beyond the BMP in the same class
    would be tried one by one at every character, three to four times slower on a text with emoji.
    The special characters beyond the BMP are found apart (``_astral_special``).
    """
    return re.compile(f"[{_ranges([c for c in _special_codes() if c <= 0xFFFF])}]+")


@lru_cache(maxsize=1)
def _astral_special() -> frozenset[str]:
    """The special characters beyond U+FFFF (tags, variation selectors, digits of other scripts)."""
    return frozenset(chr(c) for c in _special_codes() if c > 0xFFFF)


def _special_spans(folded: str) -> list[tuple[int, int]]:
    """The maximal runs of special characters in a non-ASCII text, in order.

    BMP ones by the bitmap class; the few characters beyond the BMP (emoji, mostly) are looked up
    one by one, and a run that continues across both kinds is joined back into one.
    """
    spans = [m.span() for m in _special().finditer(folded)]
    astral = _astral_special()
    extra = [m.span() for m in _ASTRAL.finditer(folded) if m.group() in astral]
    if not extra:
        return spans
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans + extra):
        if merged and merged[-1][1] == a:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


_ESCAPED = re.compile(r"(?<=[^\s\\])\\(?=[_*~.\-])")
"""A Markdown escape after a character of a word (``olaide\\_okafor``, ``example\\.com``, ``@opieka\\_de``): chat
apps and forums that render Markdown show the character alone, and text copied from their source keeps the
backslash, which would cut an address or a username in two."""
_ASCII_SPECIAL = re.compile(r"[\t\n\x0b\x0c\r\x1c-\x1f]+")
"""What plain ASCII text needs besides lower-casing: white space other than the space."""
_DOUBLE_SPACE = re.compile("  +")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
"""A character beyond the BMP (emoji): one C scan, much cheaper than ``max()`` over the text."""


_IDENTITY: array[int] = array("l", range(1 << 16))
_IDENTITY_LIMIT = 1 << 22


def _identity(start: int, stop: int) -> array[int]:
    """``start, start + 1, …, stop - 1`` as an array, sliced from a shared one when it can be."""
    global _IDENTITY
    if stop > len(_IDENTITY) and stop <= _IDENTITY_LIMIT:
        size = len(_IDENTITY)
        while size < stop:
            size *= 2
        _IDENTITY = array("l", range(size))
    if stop <= len(_IDENTITY):
        return _IDENTITY[start:stop]
    return array("l", range(start, stop))


@lru_cache(maxsize=65536)
def _simple(ch: str) -> bool:
    """Whether case folding alone normalises the character, one for one, in any context."""
    if ch.isspace() or ch in _DROP or ch in _ENCLOSED_LETTERS or ch == "\\":
        return False
    category = unicodedata.category(ch)
    if category in ("Cf", "Mn", "Mc", "Me") or (category in ("Nd", "No") and ch.isdigit() and not ch.isascii()):
        return False
    if category == "No" and _digit_by_name(ch) is not None:
        return False
    return unicodedata.normalize("NFKC", ch) == ch and len(ch.casefold()) == 1


@lru_cache(maxsize=1024)
def _good_runs_for(bad: str) -> re.Pattern[str]:
    chars = "".join(re.escape(c) for c in bad)
    cls = f"[^{chars}\\s]" if chars else "\\S"
    return re.compile(f"{cls}+(?: {cls}+)*")


def _good_runs(text: str) -> re.Pattern[str]:
    """A pattern for runs of simple characters (single spaces inside) in this text."""
    bad = "".join(sorted(c for c in set(text) if not _simple(c)))
    return _good_runs_for(bad)


class NormalizedText:
    """The original text, its normalised view, and the map between them."""

    __slots__ = ("_digits", "_ends", "_starts", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        self._digits: object | None = None
        """Cache of the numeric view (``clew.text.numbers.digit_view``)."""
        self._starts: array[int] | None = None
        self._ends: array[int] | None = None
        if original.isascii():
            if (
                not original.isprintable()
                or "  " in original
                or original[:1] == " "
                or original[-1:] == " "
                or "\\" in original
            ):
                self._build_one_to_one(original.lower())
            else:
                # Fast path: lower-casing ASCII keeps every offset.
                self.text = original.lower()
        elif unicodedata.is_normalized("NFKC", original) and len(folded := original.casefold()) == len(original):
            self._build_one_to_one(folded)
        else:
            self._build_by_cluster(original)
        if _SPACED_HINT.search(self.text):
            self._join_spaced_letters()
        if not self.text.isascii():
            self.text = fold_confusables(self.text, self._cased)

    # -- construction -------------------------------------------------------------------

    def _cased(self, start: int, end: int) -> str | None:
        """``text[start:end]`` as originally written, one character each, where that can be told."""
        if self._starts is None or self._ends is None:
            return self.original[start:end] if len(self.original) == len(self.text) else None
        starts, ends, text, original = self._starts, self._ends, self.text, self.original
        return "".join(original[starts[i]] if ends[i] - starts[i] == 1 else text[i] for i in range(start, end))

    def _build_one_to_one(self, folded: str) -> None:
        """NFKC text whose case folding keeps its length: only the special characters move.

        Two quick scans find them — characters of the special class and runs of two
        spaces or more — and only those places are handled one character at a time.
        """
        n = len(folded)
        spans = [m.span() for m in _ASCII_SPECIAL.finditer(folded)] if folded.isascii() else _special_spans(folded)
        spans.extend(m.span() for m in _DOUBLE_SPACE.finditer(folded))
        if "\\" in folded:
            spans.extend(m.span() for m in _ESCAPED.finditer(folded))
        if folded[:1] == " ":
            spans.append((0, 1))
        if folded[-1:] == " ":
            spans.append((n - 1, n))
        if not spans:
            self.text = folded
            return
        spans.sort()
        pieces: list[str] = []
        starts: array[int] = array("l")
        ends: array[int] = array("l")
        pos = 0
        for a, b in spans:
            if a < pos:
                if b <= pos:
                    continue
                a = pos
            while a > pos and folded[a - 1].isspace():
                a -= 1  # white space next to the special characters is part of the same gap
            while b < n and folded[b].isspace():
                b += 1
            if a > pos:
                pieces.append(folded[pos:a])
                starts.extend(_identity(pos, a))
                ends.extend(_identity(pos + 1, a + 1))
            self._special_span(folded, a, b, pieces, starts, ends)
            pos = b
        if pos < n:
            pieces.append(folded[pos:])
            starts.extend(_identity(pos, n))
            ends.extend(_identity(pos + 1, n + 1))
        self.text = "".join(pieces)
        self._starts = starts
        self._ends = ends

    @staticmethod
    def _special_span(folded: str, a: int, b: int, pieces: list[str], starts: array[int], ends: array[int]) -> None:
        """White space, invisibles, other-script digits and enclosed letters in ``folded[a:b]``, one by one."""
        gap_start = -1
        gap_end = -1
        for i in range(a, b):
            ch = folded[i]
            if ch.isspace():
                if gap_start < 0:
                    gap_start = i
                gap_end = i + 1
            elif ch.isdigit() or ch in _ENCLOSED_LETTERS or _dingbat_zero(ch):
                if gap_start >= 0:
                    if pieces:
                        pieces.append(" ")
                        starts.append(gap_start)
                        ends.append(gap_end)
                    gap_start = -1
                pieces.append(_ENCLOSED_LETTERS.get(ch) or str(_digit_of(ch)))
                starts.append(i)
                ends.append(i + 1)
            elif gap_start >= 0:
                gap_end = i + 1  # an invisible character inside a gap
            elif ends and ends[-1] == i:
                ends[-1] = i + 1  # a keycap, a selector or a Markdown escape belongs to the character before it
        if gap_start >= 0 and pieces and b < len(folded):
            pieces.append(" ")
            starts.append(gap_start)
            ends.append(b)

    def _build_by_cluster(self, original: str) -> None:
        """Any other text: runs of simple characters in bulk, the rest cluster by cluster."""
        out: list[str] = []
        starts: array[int] = array("l")
        ends: array[int] = array("l")
        n = len(original)
        good = _good_runs(original)
        i = 0
        last_space = False
        while i < n:
            run = good.match(original, i)
            if run is not None:
                j = run.end()
                if j < n and _is_mark(original[j]):
                    j -= 1  # the last character goes with the combining marks after it
                if j > i:
                    out.append(original[i:j].casefold())
                    starts.extend(_identity(i, j))
                    ends.extend(_identity(i + 1, j + 1))
                    last_space = False
                    i = j
                    continue
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
            if (unicodedata.category(ch) == "Cf" or (ch == "\\" and _ESCAPED.match(original, i))) and j == i + 1:
                if ch == "\\" and ends and ends[-1] == i:
                    ends[-1] = j  # a Markdown escape belongs to the character before it
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
        text = "".join(out)
        if text.endswith(" "):
            text = text[:-1]
            del starts[-1]
            del ends[-1]
        self.text = text
        self._starts = starts
        self._ends = ends

    def _join_spaced_letters(self) -> None:
        kept = join_spaced_letters(self.text)
        if kept is None:
            return
        text, removed = kept
        n = len(self.text)
        starts = self._starts if self._starts is not None else _identity(0, n)
        ends = self._ends if self._ends is not None else _identity(1, n + 1)
        new_starts: array[int] = array("l")
        new_ends: array[int] = array("l")
        pos = 0
        for index in removed:
            new_starts.extend(starts[pos:index])
            new_ends.extend(ends[pos:index])
            pos = index + 1
        new_starts.extend(starts[pos:])
        new_ends.extend(ends[pos:])
        self.text = text
        self._starts = new_starts
        self._ends = new_ends

    # -- the map ------------------------------------------------------------------------

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


def join_spaced_letters(text: str) -> tuple[str, list[int]] | None:
    """Join letter-spaced words; return the new text and the removed indices, or None.

    A letter-spaced word is a run of single letters (Latin, Greek or Cyrillic), each
    separated from the next by the *same* single separator character, standing alone
    (no letter, digit, ``_`` or ``@`` touching it, and no ``$`` or ``#`` before it:
    ``$a_b_c`` is a cashtag, ``#l_o_l`` a hashtag):

    * with ``.``, ``-``, ``_``, ``*``, ``~``, ``·`` or ``•`` between them, three letters
      or more (``n.e.w``, ``o-b-s-e-s-s-i-o-n``, ``U.S.A``);
    * with a space, ``/``, ``|`` or ``+`` — which also separate real one-letter words
      and list items — four letters or more, and not a run of consecutive letters of
      the alphabet (``R U T A`` joins; ``a b c d`` and ``I a m`` stay); three letters
      next to a spaced-out ``@`` or ``.`` join too (``k i m @ … . c o m``);
    * a run with a non-space separator that goes on into a longer word with the same
      separator (``a.b.c.example``) is part of a name or an address and stays.
    """
    removed: list[int] = []
    pieces: list[str] = []
    pos = 0
    for m in _spaced_runs(text):
        sep = m.group(1)
        start, end = m.span()
        letters = text[start:end:2]
        if sep in _LOOSE_SEPARATORS:
            if len(letters) < MIN_LOOSE_SPACED_LETTERS and not (
                len(letters) == MIN_SPACED_LETTERS and sep == " " and _beside_address_mark(text, start, end)
            ):
                continue
            if all(ord(b) - ord(a) == 1 for a, b in itertools.pairwise(letters)):
                continue
        else:
            if len(letters) < MIN_SPACED_LETTERS:
                continue
            if start >= 2 and text[start - 1] == sep and text[start - 2].isalnum():
                continue
            if end + 1 < len(text) and text[end] == sep and text[end + 1].isalnum():
                continue
        pieces.append(text[pos:start])
        pieces.append(letters)
        removed.extend(range(start + 1, end, 2))
        pos = end
    if not removed:
        return None
    pieces.append(text[pos:])
    return "".join(pieces), removed


def _spaced_runs(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_SPACED.finditer(text)``, trying the pattern only where one can start.

    A run starts one letter before a ``_SPACED_HINT`` (separator, letter, the same separator, letter);
    the hints are few ("i a m", "à la"), and the pattern, with its look-behind at every letter, is
    tried at those places only instead of along the whole text. Hints are searched overlapping, and
    a run is taken only from the end of the last one on, as ``finditer`` does.
    """
    end = 0
    at = 0
    while (hint := _SPACED_HINT.search(text, at)) is not None:
        start = hint.start() - 1
        at = hint.start() + 1
        if start < end:
            continue
        m = _SPACED.match(text, start)
        if m is not None:
            yield m
            end = m.end()
            at = max(at, end)


def _beside_address_mark(text: str, start: int, end: int) -> bool:
    """Whether a spaced run stands next to a spaced-out "@" or "." (``k i m @ e x a m p l e . c o m``)."""
    return text[end : end + 2] in (" @", " .") or text[max(0, start - 2) : start] in ("@ ", ". ")


def _dingbat_zero(ch: str) -> bool:
    return unicodedata.category(ch) == "No" and not ch.isdigit() and _digit_by_name(ch) is not None


def _digit_of(ch: str) -> int | None:
    """The digit a sign stands for: its digit property, else its name (``_digit_by_name``), looked up only then."""
    digit = unicodedata.digit(ch, None)
    return digit if digit is not None else _digit_by_name(ch)


def _digit_by_name(ch: str) -> int | None:
    """A digit sign without the digit property (the dingbat zeros 🄋 and 🄌 of the sans-serif circled ones ➀…➉):
    its numeric value, when its name says it is a digit."""
    value = unicodedata.numeric(ch, -1.0)
    if value in (0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0) and "DIGIT" in unicodedata.name(ch, ""):
        return int(value)
    return None


def normalize(text: str) -> NormalizedText:
    return NormalizedText(text)


_NO_SPACE_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR")


@lru_cache(maxsize=4096)
def in_spaced_script(ch: str) -> bool:
    """Whether a word character belongs to a script that separates words with spaces: where a phrase, a rule's word
    or a blanked term must start and end at a word boundary (the rule matcher, its lint, the learned model)."""
    if not ch.isalnum():
        return False
    return not unicodedata.name(ch, "").startswith(_NO_SPACE_SCRIPTS)
