"""Look-alike letters (Unicode UTS #39 confusables) folded inside mixed-script words.

Traffickers write ``саll`` with a Cyrillic ``а`` so that a filter looking for
"call" misses it. Folding every Cyrillic or Greek letter to Latin would break the
Russian and Greek words themselves, so the fold applies only to a *word that mixes*
ASCII Latin letters with look-alike letters of another script:

* when every foreign letter of the word has a Latin look-alike, the word becomes
  Latin (``саll`` → ``call``); Latin small capitals and IPA letters, which no
  language writes words in, fold even alone (``ʀᴇᴀʟ`` → ``real``);
* when the word is mostly of one other script and its few ASCII letters have
  look-alikes there, they fold the other way (``пpивет`` with a Latin ``p`` →
  ``привет``), so Russian rule phrases still match;
* a word in one script only is never changed.

The table comes from the Unicode confusables data shipped in the
``confusable-homoglyphs`` package, restricted to letters that look like one ASCII
letter. It is built once, on the first text that needs it. Every replacement is one
character for one character, so the offset map of the normalised view is unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class _Tables:
    to_latin: dict[str, str]
    """Casefolded foreign letter → ASCII lower-case look-alike."""
    from_latin: dict[str, dict[str, str]]
    """Script name (``CYRILLIC``, ``GREEK``) → ASCII letter → its look-alike in that script."""
    hints: tuple[re.Pattern[str], ...]
    """Where a mixed word may be: an ASCII letter touching a foreign one, either way round."""
    latin_lookalike: re.Pattern[str]
    """Latin small capitals and IPA letters, folded wherever they are."""
    any_foreign: re.Pattern[str]
    """Any foreign letter that may take part in a mixed word: a quick test first."""
    capitals: dict[str, str]
    """Upper-case foreign letter → ASCII look-alike, where it differs from its lower case's
    (Greek Ν looks like N, its ν like v): read when the word's original case is known."""


_ASCII_LETTER = re.compile("[a-z]")


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def _is_foldable(ch: str) -> bool:
    """Letters worth folding: any script but Latin, plus Latin small capitals and IPA forms.

    Latin letters of real orthographies (``ı``, ``ł``, accented letters) stay as they are.
    """
    if ch.isascii() or not unicodedata.category(ch).startswith("L"):
        return False
    if unicodedata.decomposition(ch):
        return False
    name = unicodedata.name(ch, "")
    if name.startswith("LATIN"):
        return "SMALL CAPITAL" in name or 0x250 <= ord(ch) <= 0x2AF
    return True


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """The folding tables: built from the Unicode confusables data once, then read from the disk cache."""
    from pathlib import Path

    from clew.cache import cached, versions

    parts: list[str | Path] = [Path(__file__), versions("confusable-homoglyphs"), unicodedata.unidata_version]
    return cached("confusables", parts, _build_tables)


def _build_tables() -> _Tables:
    from confusable_homoglyphs import confusables

    data: dict[str, list[dict[str, str]]] = confusables.confusables_data

    def ascii_lookalikes(ch: str) -> list[str]:
        return [h["c"] for h in data.get(ch, ()) if len(h["c"]) == 1 and h["c"].isascii() and h["c"].isalpha()]

    to_latin: dict[str, str] = {}
    for key in data:
        if len(key) != 1 or not _is_foldable(key):
            continue
        low = key.casefold()
        if len(low) != 1 or not _is_foldable(low) or low in to_latin:
            continue
        own = ascii_lookalikes(low)
        if not own:
            up = low.upper()
            own = ascii_lookalikes(up) if len(up) == 1 else []
        if not own:
            continue
        lower_first = sorted(own, key=lambda c: (not c.islower(), c))
        to_latin[low] = lower_first[0].lower()
    for code in [*range(0x0250, 0x02B0), *range(0x1D00, 0x1D2C), *range(0xA7F0, 0xA800)]:
        # Latin small capitals the confusables data leaves out (ᴀ, ᴇ, ʟ …): named after their letter.
        name = unicodedata.name(chr(code), "")
        head, _, letter = name.rpartition("SMALL CAPITAL ")
        if head and len(letter) == 1 and letter.isascii() and chr(code) not in to_latin:
            to_latin[chr(code)] = letter.lower()
    from_latin: dict[str, dict[str, str]] = {}
    for foreign, latin in sorted(to_latin.items()):
        script = _script(foreign)
        if script in ("CYRILLIC", "GREEK"):
            from_latin.setdefault(script, {}).setdefault(latin, foreign)
    latin_class = "".join(re.escape(c) for c in sorted(to_latin) if _script(c) == "LATIN" and ord(c) <= 0xFFFF)
    # only letters of the BMP: a class with nothing beyond U+FFFF is tested by bitmap, fast
    foreign = "\u0370-\u03ff\u0400-\u052f" + "".join(re.escape(c) for c in sorted(to_latin) if 0x52F < ord(c) <= 0xFFFF)
    hints = (re.compile(rf"[a-z][{foreign}]"), re.compile(rf"[{foreign}][a-z]"))
    latin_lookalike = re.compile(rf"[{latin_class}]")
    any_foreign = re.compile(rf"[{foreign}]")
    capitals: dict[str, str] = {}
    for key in data:
        if len(key) != 1 or not key.isupper() or not _is_foldable(key) or len(key.casefold()) != 1:
            continue
        upper = [c for c in ascii_lookalikes(key) if c.isupper()]
        if upper and to_latin.get(key.casefold()) != upper[0].lower():
            capitals[key] = upper[0].lower()
    return _Tables(
        to_latin=to_latin,
        from_latin=from_latin,
        hints=hints,
        latin_lookalike=latin_lookalike,
        any_foreign=any_foreign,
        capitals=capitals,
    )


def _fold_word(word: str, t: _Tables, cased: str | None = None) -> str:
    foreign = [c for c in word if not c.isascii() and c.isalpha()]
    if all(c in t.to_latin for c in foreign):
        if cased is not None and len(cased) == len(word):
            return "".join(t.capitals.get(up, "") or t.to_latin.get(c, c) for c, up in zip(word, cased, strict=True))
        return "".join(t.to_latin.get(c, c) for c in word)
    scripts = {_script(c) for c in foreign}
    if len(scripts) == 1:
        target = t.from_latin.get(scripts.pop())
        latin = [c for c in word if "a" <= c <= "z"]
        if target and len(latin) < len(foreign) and all(c in target for c in latin):
            return "".join(target.get(c, c) if "a" <= c <= "z" else c for c in word)
    return word


def fold_confusables(text: str, cased: Callable[[int, int], str | None] | None = None) -> str:
    """Fold look-alike letters inside mixed-script words; same length as ``text``.

    ``text`` is already case-folded (the normalised view). Only the words around a
    cheap hint (an ASCII letter touching a non-ASCII letter, or a Latin look-alike)
    are examined, so a long Russian or Greek text costs one scan. ``cased(start,
    end)``, when given, returns those characters as originally written (same length)
    so that a capital folds as the capital it looks like ("SΝΑΡCΗΑΤ" is snapchat).
    """
    if text.isascii():
        return text
    t = tables()
    places: list[int] = []
    if _ASCII_LETTER.search(text) is not None and t.any_foreign.search(text) is not None:
        for hint in t.hints:
            places.extend(m.start() for m in hint.finditer(text))
    places.extend(m.start() for m in t.latin_lookalike.finditer(text))
    if not places:
        return text
    places.sort()
    pieces: list[str] = []
    pos = 0
    n = len(text)
    for place in places:
        if place < pos:
            continue
        start = place
        while start > 0 and _word_char(text[start - 1]):
            start -= 1
        end = place + 1
        while end < n and _word_char(text[end]):
            end += 1
        word = text[start:end]
        folded = _fold_word(word, t, cased(start, end) if cased is not None else None)
        if folded.isascii() and (
            (start > 1 and text[start - 1] in "._" and _word_char(text[start - 2]))
            or (end + 1 < n and text[end] in "._" and _word_char(text[end + 1]))
        ):
            start, end, folded = _fold_chain(text, start, end, folded, t)
        pieces.append(text[pos:start])
        pieces.append(folded)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _word_char(ch: str) -> bool:
    return ch.isalnum()


def _fold_chain(text: str, start: int, end: int, folded: str, t: _Tables) -> tuple[int, int, str]:
    """A mixed word that folded to Latin, with the words joined to it by '.' or '_' (a username, "сосо.раris"): the
    joined words fold too when every letter of theirs has a Latin look-alike, though each is in one script alone."""
    n = len(text)
    a, b = start, end
    while a > 1 and text[a - 1] in "._" and _word_char(text[a - 2]):
        a -= 2
        while a > 0 and _word_char(text[a - 1]):
            a -= 1
    while b + 1 < n and text[b] in "._" and _word_char(text[b + 1]):
        b += 2
        while b < n and _word_char(text[b]):
            b += 1
    if not all(c in t.to_latin or c.isascii() for c in text[a:b] if c.isalnum()):
        return start, end, folded
    return (
        a,
        b,
        "".join(t.to_latin.get(c, c) for c in text[a:start])
        + folded
        + "".join(t.to_latin.get(c, c) for c in text[end:b]),
    )


_LOWER_TWINS = frozenset("аеорсхуіјѕһԁοαικνυ")
"""Small Cyrillic and Greek letters whose own shape is a Latin small letter (а е о р с х у і; ο α ι κ ν υ): mixed with
look-alike capitals ("КаТе") they still show a Latin word; "Кате", whose т is no Latin small t, does not."""


def latin_capitals(word: str, cased: str) -> str | None:
    """``word`` (case-folded) in Latin letters when it is written wholly in capitals of another script that each look
    like a Latin capital (Greek "ΚΑΤΙΑ" is katia, Cyrillic "МАКС" is makc), or in such capitals mixed with small
    letters that look like Latin small ones ("КаТе" is kate), else None. ``cased`` is the word as written, of the
    same length.

    A word in one script is never folded in running text (``fold_confusables``); an identifier reader calls this
    where only Latin letters can stand (a mailbox before a Latin domain, a Telegram username): there capitals that
    all have Latin twins are the twins.
    """
    if word.isascii() or len(cased) != len(word) or not any(c.isupper() for c in cased):
        return None
    if not cased.isupper() and not all(c.isupper() or c in _LOWER_TWINS or not c.isalpha() for c in cased):
        return None
    t = tables()
    if not all(c in t.to_latin or c.isascii() for c in word if c.isalnum()):
        return None
    return _fold_word(word, t, cased)
