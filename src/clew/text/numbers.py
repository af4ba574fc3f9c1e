"""The numeric view of a text: number words, leet and look-alike letters read as digits.

``digit_view(view)`` takes the general normalised view (``NormalizedText``) and
returns a ``NumericView`` with the same API (``.original``, ``.text``, ``.span``,
``.original_at``) in which, *where the context is a number*:

* number words become digits, in the languages of ``data/number_words.yaml`` (written by hand) and of
  ``data/number_words_cldr.yaml`` (generated from CLDR's spell-out rules by ``tools/number_words_cldr.py`` for
  the languages the hand file lacks: Lithuanian, Icelandic, Faroese, Tamil, Khmer, Burmese, Zulu, …),
  compounds included (unit-first ones such as ``dreiundzwanzig`` are written out by the loader, ``unit_first``
  in the data):
  ``twentysix`` → 26, ``fourfoureight`` → 448, ``2th0usand`` → 2000,
  ``quatre-vingt-dix-sept`` → 97, ``dua puluh`` → 20, ``nueve7dos`` → 972;
* leet spellings of number words count (``f0ur``, ``s1x``, ``zer0``, ``th0usand``);
* letters standing for digits become digits: ``o``/``O`` → 0, ``l``/``I`` → 1, Cyrillic
  ``З`` → 3 and ``б`` → 6 inside a token that holds digits (``26o``, ``o72o``, ``О1З9``),
  ``oh`` next to numbers, a lone ``o`` between two numbers (``3 o 5``);
* round symbols inside a token that holds digits and a sign between them become 0 (``⭕1⭕8`` → 0108,
  ``〇1〇9``): every plain circle of the symbol and emoji blocks, by its Unicode name (``zero_signs``).

"Context is a number" means: a *run* of numeric tokens (digit groups, number words,
mixed tokens like ``6twentysix``) separated only by short separator noise
(``-``, ``.``, ``*``, ``~``, brackets, emoji, up to ``MAX_GAP`` characters) holds at
least two tokens, or one token that mixes digits and words or several words
(``for80``, ``fourfoureight``). A lone "one" or "twenty" in a sentence stays a word.
Words that are also ordinary words (``to``, ``for``, ``oh``; Vietnamese ``năm`` =
five and year; Spanish ``un``) count only glued to a number, between two numbers,
as part of one number with their neighbour (``dos mil``), or inside a long run
(``EDGE_KEEP`` tokens or more). Connectors (``and``, ``y``, ``e``, ``et``, ``și``)
join the parts of one number (``treinta y dos`` → 32, ``one hundred and five`` → 105).

Every digit maps back to the original characters it was read from, through the
general view's map, so an identifier found in the numeric view is highlighted where
the user saw "six02 twotwoeight".

Finding costs two compiled passes — one pattern for digits, one Aho-Corasick automaton
(``clew.text.phrases``) for the number words of every language — and the per-token work
in Python runs only on the tokens found: the cost grows with the text, and a text
without numbers costs the two scans.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, cast

import yaml

from clew.text.normalize import NormalizedText, normalize
from clew.text.phrases import SOURCE as PHRASES_SOURCE
from clew.text.phrases import PhraseIndex

Kind = Literal["unit", "teen", "tens", "hundreds", "mult", "times_ten", "plus_ten", "repeat"]
_KINDS: dict[str, Kind] = {
    "units": "unit",
    "teens": "teen",
    "tens": "tens",
    "hundreds": "hundreds",
    "multipliers": "mult",
    "repeat": "repeat",
}

MAX_GAP = 8
"""Longest separator noise (characters) between two tokens of one number run."""
EDGE_KEEP = 5
"""A run of this many tokens keeps ambiguous words at its ends too."""
MAX_TOKEN = 48
"""Longer tokens mixing letters and digits are codes or hashes, not spelled numbers."""
MAX_JUNK_PIECES = 2
"""A token with more letter pieces that are not number words is a code, not a number."""
_GLUE = frozenset(" -")
_NOT_LONE = frozenset({"i", "і", "ӏ", "ι", "з", "б"})
"""Look-alike letters that are also one-letter words: digits only inside a token that holds digits."""
"""What may stand between the words of one compound number (twenty-six, vingt et un)."""


@dataclass(frozen=True, slots=True)
class Word:
    """A number word: what it adds to a number, and whether it is also an ordinary word."""

    kind: Kind
    value: int
    ambiguous: bool
    no_spaces: bool = False
    langs: int = 0
    """The languages this spelling reads so in, one bit each (in the order of ``number_words.yaml``): words glued
    into one ("twentysix") make one number only when a language has them all, so German "Seiten" is no Italian
    "sei" glued to an English "ten"."""
    inner: bool = False
    """Never opens a run of numbers, however long (Tajik "се" = 3 is the Bulgarian and Macedonian reflexive "се" of
    "Обадете се: нула …", which stands before the number it asks to call); inside a run or closing it, it counts."""
    flanked: bool = False
    """A number word that is also a function word of other languages (Haitian "de" = 2 is the "de" of "página 1 de
    3"): it counts only as a whole token between number words, with two number words before it in its run and one
    of them no ambiguous word ("zewo en de twa"); anywhere else it splits the run."""

    def __reduce__(self) -> tuple[type[Word], tuple[Any, ...]]:
        """Pickled as its constructor's arguments: the disk cache holds some 13,000 words, and the ``__setstate__``
        that ``dataclass`` writes for slotted classes (a ``fields()`` call and a ``setattr`` loop per word) took
        about a tenth of a second of every start to read them back, before the workers are forked."""
        return (Word, (self.kind, self.value, self.ambiguous, self.no_spaces, self.langs, self.inner, self.flanked))


@dataclass(frozen=True, slots=True)
class Vocabulary:
    words: dict[str, Word]
    phrases: dict[tuple[str, ...], Word]
    """Entries of several words (``quatre-vingt-dix``), by their words."""
    longest_phrase: int
    connectors: frozenset[str]
    """Words that may stand between the parts of one number (``and``, ``y``, ``et``)."""
    tens_take_teens: frozenset[int]
    teens_take_units: frozenset[int]
    leet: dict[str, tuple[str, ...]]
    letter_digits: dict[str, str]
    lone_letters: frozenset[str]
    lone_digits: dict[str, str]
    """Single letters read as a digit only standing alone between numbers: look-alikes (``3 o 5``) and one-letter
    number words (Catalan ``u`` = 1, "tres u dos"), kept out of the automaton, which would meet them in every word."""
    lone_pattern: re.Pattern[str]
    trie: dict[str, Any]
    automaton: PhraseIndex[tuple[int, Word]]
    """Every number word, for one pass over the text (leftmost-longest matches)."""


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


_CEDILLA = str.maketrans({"ș": "ş", "ț": "ţ"})


_APOSTROPHES = "'’ʼ"


def _variants(word: str) -> list[str]:
    # the spelling as the normalised view writes it: it drops the tone marks NFC cannot join to a letter that
    # already bears one (Yoruba "mẹ́ta" is read "mẹta")
    forms = [word, _strip_accents(word), word.translate(_CEDILLA), normalize(word).text]
    if any(a in word for a in _APOSTROPHES):  # Ukrainian п'ять / пʼять / п’ять: all three are written
        forms.extend(word.translate(str.maketrans(_APOSTROPHES, a * len(_APOSTROPHES))) for a in _APOSTROPHES)
    return list(dict.fromkeys(f for f in forms if f))


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKC", word).casefold()


def _add_unit_first(
    lang: dict[str, Any], ambiguous: set[str], no_spaces: bool, add: Callable[[str, Word], None]
) -> None:
    """The compounds that write the unit first, glued to the tens ("dreiundzwanzig" = 23), as single words.

    Written out once at load time (9 units x 8 tens x the joins), so that the one Aho-Corasick pass finds
    them like any other word; each is a "tens" word whose value is the whole number (like Spanish "veintiuno").
    """
    spec = lang.get("unit_first")
    if not spec:
        return
    forms = {int(k): v for k, v in (spec.get("units") or {}).items()}
    units = lang.get("units") or {}
    for tens_value, tens_spellings in (lang.get("tens") or {}).items():
        for unit in range(1, 10):
            for unit_spelling in forms.get(unit, units.get(unit, [])):
                for join in spec.get("joins", []):
                    for ten in tens_spellings:
                        word = _fold(f"{unit_spelling}{join}{ten}")
                        add(word, Word("tens", int(tens_value) + unit, word in ambiguous, no_spaces))
    for join in spec.get("joins", []):
        if join.startswith("-") and not join.endswith("-"):  # a separate word: the tens with the join glued on
            # read alone too ("وعشرون"); a join between hyphens ("two-and-twenty") is no word of its own
            for tens_value, tens_spellings in (lang.get("tens") or {}).items():
                for ten in tens_spellings:
                    add(_fold(f"{join[1:]}{ten}"), Word("tens", int(tens_value), True, no_spaces))


def _add_tens_first(lang: dict[str, Any], no_spaces: bool, add: Callable[[str, Word], None]) -> None:
    """The units with a word glued before them that follow the tens (Hebrew "עשרים ושלוש" = 23: "ו" is "and").

    Each is a unit word that counts only inside a run of numbers (after the tens), like an ambiguous word.
    """
    spec = lang.get("tens_first")
    if not spec:
        return
    for unit, spellings in (lang.get("units") or {}).items():
        if int(unit) == 0:
            continue
        for spelling in spellings:
            for join in spec.get("joins", []):
                add(_fold(f"{join}{spelling}"), Word("unit", int(unit), True, no_spaces))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The number words of every language in ``data/number_words.yaml`` and ``data/number_words_cldr.yaml``.

    The second file is generated from CLDR's spell-out rules (``tools/number_words_cldr.py``) for the languages
    the first, written by hand, does not have; hand entries win (see ``read_sources``). Compiled once.

    Built in about a twentieth of a second from the YAML file, read back from the disk cache
    (``clew.cache``) in a fifth of that: every command needs it on its first text.
    The key covers the word list, this module's code and the versions of what reads and stores it.
    """
    from pathlib import Path

    from clew.cache import cached, versions

    data = Path(__file__).parent / "data"
    libraries = versions("ahocorasick-rs", "PyYAML")
    key: list[str | Path] = [
        *(data / name for name in SOURCES),
        Path(__file__),
        PHRASES_SOURCE,
        libraries,
        unicodedata.unidata_version,
    ]
    return cached("number-words", key, _build_vocabulary)


SOURCES = ("number_words.yaml", "number_words_cldr.yaml")
"""The vocabulary files in ``clew/text/data``, hand-written first: a language or spelling met first wins."""
_SECTIONS = frozenset(
    {
        *_KINDS,
        "times_ten",
        "plus_ten",
        "connectors",
        "unit_first",
        "tens_first",
        "tens_take_teens",
        "teens_take_units",
        "ambiguous",
        "inner",
        "flanked",
        "accents_only",
        "no_spaces",
    }
)


def read_sources(texts: list[tuple[str, str]]) -> dict[str, Any]:
    """The vocabulary of several files (name, YAML text), the first one's languages and spellings winning.

    The first file also gives ``leet``, ``letter_digits`` and ``lone_words``. A language of a later file that an
    earlier one has is skipped whole (the hand-written Hindi stays as written); one of its spellings that an earlier
    language reads otherwise keeps the earlier reading (``_build_vocabulary``). A file that is no vocabulary raises a
    ``ValueError`` naming the file and the language.
    """
    merged: dict[str, Any] = {}
    languages: dict[str, dict[str, Any]] = {}
    firsts: list[int] = []
    for name, text in texts:
        try:
            raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as error:
            raise ValueError(f"{name}: not YAML ({error})") from error
        if not isinstance(raw, dict) or not isinstance(raw.get("languages"), dict):
            raise ValueError(f"{name}: no 'languages' mapping")
        if not merged:
            merged = {k: v for k, v in raw.items() if k != "languages"}
        firsts.append(len(languages))
        for code, lang in raw["languages"].items():
            if not isinstance(lang, dict):
                raise ValueError(f"{name}: language {code!r} is not a mapping")
            unknown = set(lang) - _SECTIONS
            if unknown:
                raise ValueError(f"{name}: language {code!r} has unknown sections {sorted(unknown)}")
            for section in _KINDS:
                table = lang.get(section) or {}
                if not isinstance(table, dict) or not all(
                    isinstance(k, int) and isinstance(v, list) and all(isinstance(w, str) and w for w in v)
                    for k, v in table.items()
                ):
                    raise ValueError(f"{name}: language {code!r}, {section}: expected number: [spellings]")
            languages.setdefault(str(code), lang)
    merged["languages"] = languages
    merged["hand_languages"] = firsts[1] if len(firsts) > 1 else len(languages)
    return merged


def _build_vocabulary() -> Vocabulary:
    data = resources.files("clew.text").joinpath("data")
    raw = read_sources([(name, data.joinpath(name).read_text(encoding="utf-8")) for name in SOURCES])
    return compile_vocabulary(raw)


def compile_vocabulary(raw: dict[str, Any]) -> Vocabulary:
    """The compiled vocabulary of ``read_sources``' result."""
    words: dict[str, Word] = {}
    phrases: dict[tuple[str, ...], Word] = {}
    tens_take_teens: set[int] = set()
    teens_take_units: set[int] = set()
    connectors: set[str] = set()

    lang_bit = 0
    hand = True
    hand_languages = int(raw.get("hand_languages", len(raw["languages"])))

    def add(spelling: str, word: Word, plain: bool = True) -> None:
        word = replace(word, langs=lang_bit)
        parts = tuple(p for p in _fold(spelling).split("-") if p)
        if len(parts) > 1:
            for forms in (
                parts,
                tuple(_strip_accents(p) for p in parts),
                tuple(p.translate(_CEDILLA) for p in parts),
                tuple(normalize(p).text for p in parts),
            ):
                phrases.setdefault(forms, word)
            return
        for form in _variants(parts[0]) if plain else [parts[0]]:
            known = words.get(form)
            if known is not None and not hand:  # a generated spelling: the hand reading stays, flag and all
                if (known.kind, known.value) == (word.kind, word.value):
                    words[form] = replace(known, langs=known.langs | word.langs)
                continue
            if known is None or (
                word.ambiguous and not known.ambiguous and (known.kind, known.value) == (word.kind, word.value)
            ):
                words[form] = word if known is None else replace(word, langs=word.langs | known.langs)
            elif (known.kind, known.value) == (word.kind, word.value):  # the same reading in one more language
                words[form] = replace(known, langs=known.langs | word.langs)

    for index, lang in enumerate(raw["languages"].values()):
        lang_bit = 1 << index
        hand = index < hand_languages
        ambiguous = {_fold(w) for w in lang.get("ambiguous", [])}
        ambiguous |= {_strip_accents(w) for w in ambiguous}
        inner = {_fold(w) for w in lang.get("inner", [])}
        ambiguous |= inner
        flanked = {_fold(w) for w in lang.get("flanked", [])}
        flanked |= {_strip_accents(w) for w in flanked}
        ambiguous |= flanked
        no_spaces = bool(lang.get("no_spaces", False))
        accents_only = {_fold(w) for w in lang.get("accents_only", [])}
        for section, kind in _KINDS.items():
            for value, spellings in (lang.get(section) or {}).items():
                for spelling in spellings:
                    amb = _fold(spelling) in ambiguous or _strip_accents(_fold(spelling)) in ambiguous
                    word = Word(
                        kind,
                        int(value),
                        amb,
                        no_spaces,
                        inner=_fold(spelling) in inner,
                        flanked=_fold(spelling) in flanked,
                    )
                    add(spelling, word, _fold(spelling) not in accents_only)
        for section in ("times_ten", "plus_ten"):
            for spelling in lang.get(section) or []:
                add(spelling, Word(cast(Kind, section), 0, _fold(spelling) in ambiguous, no_spaces))
        for spelling in lang.get("connectors") or []:
            connectors.update(_variants(_fold(spelling)))
        _add_unit_first(lang, ambiguous, no_spaces, add)
        _add_tens_first(lang, no_spaces, add)
        tens_take_teens.update(int(v) for v in lang.get("tens_take_teens", []))
        teens_take_units.update(int(v) for v in lang.get("teens_take_units", []))

    leet = {str(d): tuple(letters) for d, letters in raw["leet"].items()}
    letter_digits = {letter: str(d) for d, letters in raw["letter_digits"].items() for letter in letters}
    lone_letters = frozenset(c for c in letter_digits if c not in _NOT_LONE)
    letter_digits.update(dict.fromkeys(zero_signs(), "0"))  # inside a token only, never alone between numbers
    lone_digits = {c: letter_digits[c] for c in lone_letters}
    lone_digits.update({_fold(w): str(d) for d, letters in (raw.get("lone_words") or {}).items() for w in letters})
    lone_class = "".join(re.escape(c) for c in sorted(lone_digits))

    trie: dict[str, Any] = {}
    for form, word in words.items():
        node = trie
        for c in form:
            node = node.setdefault(c, {})
        node[""] = word

    automaton = PhraseIndex(((form, (len(form), word)) for form, word in words.items()), longest=True)
    return Vocabulary(
        words=words,
        phrases=phrases,
        longest_phrase=max((len(k) for k in phrases), default=1),
        connectors=frozenset(connectors),
        tens_take_teens=frozenset(tens_take_teens),
        teens_take_units=frozenset(teens_take_units),
        leet=leet,
        letter_digits=letter_digits,
        lone_letters=lone_letters,
        lone_digits=lone_digits,
        lone_pattern=re.compile(rf"[{lone_class}](?<![^\W_].)(?![^\W_])"),
        trie=trie,
        automaton=automaton,
    )


# -- reading one token ------------------------------------------------------------------

ElKind = Literal["digits", "letter", "word", "junk"]


@dataclass(frozen=True, slots=True)
class _Piece:
    """A piece of one token, offsets relative to the token."""

    start: int
    end: int
    kind: ElKind
    digits: str = ""
    word: Word | None = None


_INF = 1 << 30
_JUNK_COST = 10


@lru_cache(maxsize=8192)
def read_token(token: str) -> tuple[_Piece, ...]:
    """Split a token into digits, number words, digit letters and junk, at the least cost.

    Costs: a letter piece that is no number word (junk) 10; each leet digit or letter
    read as a digit 1; digits and plain number words 0. A leet word needs at least two
    real letters and no more leet digits than letters (``0NE``, ``Z3R0``, ``s1x``).
    Junk must be a whole run of letters, so ``often`` never reads as "of" + "ten". A spelling written with a
    digit for a sound (Arabizi "wa7ed" = 1, "sab3a" = 7) is a word, the digit inside it one of its letters.
    """
    v = vocabulary()
    n = len(token)
    if token.isdigit():
        return (_Piece(0, n, "digits", token),)
    has_digit = any(c.isdigit() for c in token)
    cost = [_INF] * (n + 1)
    back: list[tuple[int, _Piece] | None] = [None] * (n + 1)
    cost[0] = 0

    def relax(i: int, j: int, c: int, piece: _Piece) -> None:
        if c < cost[j]:
            cost[j] = c
            back[j] = (i, piece)

    for i in range(n):
        base = cost[i]
        if base >= _INF:
            continue
        ch = token[i]
        if "0" <= ch <= "9":
            relax(i, i + 1, base, _Piece(i, i + 1, "digits", ch))
        elif has_digit and ch in v.letter_digits:
            relax(i, i + 1, base + 1, _Piece(i, i + 1, "letter", v.letter_digits[ch]))
        # number words, leet spellings included (a leet word starts with a letter)
        stack: list[tuple[int, dict[str, Any], int, int]] = [(i, v.trie, 0, 0)]
        while stack:
            pos, node, leet, letters = stack.pop()
            word = node.get("")
            if (
                isinstance(word, Word)
                and pos > i
                and (leet == 0 or (letters >= 2 and leet <= letters))
                and (not word.flanked or (i == 0 and pos == n and leet == 0))
            ):
                relax(i, pos, base + leet, _Piece(i, pos, "word", word=word))
            if pos >= n:
                continue
            c = token[pos]
            if c.isdigit():
                for letter in v.leet.get(c, ()):
                    child = node.get(letter)
                    if child is not None:
                        stack.append((pos + 1, child, leet + 1, letters))
                child = node.get(c)  # a digit that is a letter of the word: Arabizi "wa7ed", "sab3a"
                if child is not None and pos > i:
                    stack.append((pos + 1, child, leet, letters + 1))
            else:
                child = node.get(c)
                if child is not None:
                    stack.append((pos + 1, child, leet, letters + 1))
        # junk: a whole run of letters
        if ch.isalpha() and (i == 0 or not token[i - 1].isalpha()):
            j = i + 1
            while j < n and token[j].isalpha():
                j += 1
            relax(i, j, base + _JUNK_COST, _Piece(i, j, "junk"))
    if cost[n] >= _INF:
        return (_Piece(0, n, "junk"),)
    pieces: list[_Piece] = []
    j = n
    while j > 0:
        step = back[j]
        assert step is not None
        i, piece = step
        pieces.append(piece)
        j = i
    pieces.reverse()
    merged: list[_Piece] = []
    for p in pieces:
        if p.kind == "digits" and merged and merged[-1].kind == "digits" and merged[-1].end == p.start:
            last = merged.pop()
            p = _Piece(last.start, p.end, "digits", last.digits + p.digits)
        merged.append(p)
    if sum(p.kind == "junk" for p in merged) > MAX_JUNK_PIECES:
        return (_Piece(0, n, "junk"),)
    return tuple(merged)


# -- runs of numeric tokens -------------------------------------------------------------


@dataclass(slots=True)
class _El:
    start: int
    end: int
    kind: ElKind
    digits: str
    word: Word | None
    text: str
    token: int


@dataclass(slots=True)
class _Token:
    index: int
    elements: list[_El]
    ambiguous: bool


_WORD_CHAR = re.compile(r"[^\W_]")
_DIGITS = re.compile(r"\d+")
_NOT_ROUND_TEXT = "HALF WITH THROUGH DOTTED INVERSE SQUARED FOR UP ARROW LEFT RIGHT TOP BOTTOM UPPER LOWER ENCLOSING"
_NOT_ROUND = frozenset(_NOT_ROUND_TEXT.split())


@lru_cache(maxsize=1)
def zero_signs() -> frozenset[str]:
    """Signs a writer puts for the digit 0 inside a number ("213 555 ⭕1⭕8", "〇1〇9"): every plain round symbol of
    the symbol and emoji blocks, by its Unicode name (white, black, large, heavy, red, … "CIRCLE"; no half or
    dotted circle), and the ideographs whose numeric value is 0 ("〇"). Read from the character database, so the
    coloured circles of a later emoji version come with it."""
    signs = set()
    for block in ((0x2000, 0x2C00), (0x3000, 0x3040), (0xFF00, 0xFFF0), (0x1F300, 0x1FB00)):
        for code in range(*block):
            ch = chr(code)
            name = unicodedata.name(ch, "")
            words = name.split()
            if unicodedata.category(ch) == "So" and words[-1:] == ["CIRCLE"] and len(words) <= 4:
                if not _NOT_ROUND.intersection(words):
                    signs.add(ch)
            elif unicodedata.category(ch) == "Nl" and unicodedata.numeric(ch, -1) == 0:
                signs.add(ch)
    return frozenset(signs)


def _zero_sign_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """A digit token ``[start, end)`` widened over zero signs glued to it, when the writer uses one for a digit.

    The signs count when one stands inside the token, between its letters or digits ("⭕1⭕8" reads 0108, "⚪⚪1⚪"
    0010); signs only at its edges are decoration ("0108⭕", "🔴213…"), and the token stays as it was.
    """
    zero = zero_signs()
    n = len(text)
    a, b = start, end
    while a > 0 and (text[a - 1].isalnum() or text[a - 1] in zero):
        a -= 1
    while b < n and (text[b].isalnum() or text[b] in zero):
        b += 1
    first = next(k for k in range(a, b) if text[k].isalnum())
    last = next(k for k in range(b - 1, a - 1, -1) if text[k].isalnum())
    if not any(text[k] in zero for k in range(first + 1, last)):
        return start, end
    return a, b


TokenKind = Literal["digits", "words", "lone", "unspaced"]


def _tokens(text: str) -> list[tuple[int, int, TokenKind]]:
    """The numeric tokens of a text, in order: (start, end, kind).

    ``digits``: a whole token (letters and digits) that holds a digit; ``words``: a
    whole token made of number words only; ``lone``: a lone ``o`` or ``l``;
    ``unspaced``: a run of number words of a script written without spaces (三五, สาม).
    Digits are found with one pattern, words with one Aho-Corasick pass.
    """
    v = vocabulary()
    n = len(text)
    found: list[tuple[int, int, TokenKind]] = []
    covered = -1
    zero = zero_signs()
    for m in _DIGITS.finditer(text):
        start, end = m.span()
        if start < covered:
            continue
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < n and text[end].isalnum():
            end += 1
        if (start > 0 and text[start - 1] in zero) or (end < n and text[end] in zero):
            start, end = _zero_sign_bounds(text, start, end)
        found.append((start, end, "digits"))
        covered = end
    words: list[tuple[int, int, TokenKind]] = []
    # The open group of adjacent number words: [g_start, g_end), in a script without spaces or not; none while
    # g_start < 0. Most hits are inside ordinary words ("en" in "friend") and open nothing: they cost one test.
    g_start = g_end = -1
    g_unspaced = False
    g_langs = 0
    skip_to = -1
    matches, entries = v.automaton.spans_long(text)
    for index, start, stop in matches:
        if start < skip_to:
            continue
        word = entries[index][1]
        if word.flanked and (
            g_start < 0
            or start - g_end > MAX_GAP
            or (start > 0 and text[start - 1].isalnum())
            or (stop < n and text[stop].isalnum())
        ):
            continue  # only a whole word ("de" glued into "dekat" is no 2), just after another number word
        unspaced = word.no_spaces
        if g_start >= 0:
            if start == g_end and unspaced == g_unspaced and word.langs & g_langs:
                g_end = stop
                g_langs &= word.langs
                continue
            if g_unspaced:
                words.append((g_start, g_end, "unspaced"))
            elif g_end == n or not text[g_end].isalnum():
                words.append((g_start, g_end, "words"))
            elif _glued_tail(text, g_end, start):
                glued = _reread_glued(text, g_start)
                if glued is not None:
                    words.append((g_start, glued, "words"))
                    skip_to = glued
                    g_start = -1
                    if start < skip_to:
                        continue
            g_start = -1
        if unspaced or start == 0 or not text[start - 1].isalnum():
            g_start, g_end, g_unspaced, g_langs = start, stop, unspaced, word.langs
    if g_start >= 0:
        if g_unspaced:
            words.append((g_start, g_end, "unspaced"))
        elif g_end == n or not text[g_end].isalnum():
            words.append((g_start, g_end, "words"))
    if words:
        spans = [(a, b) for a, b, _ in found]
        words.sort()
        found.extend(w for w in words if not _inside(w[0], spans))
        found.sort()
    # a lone o or l counts only next to numbers (3 o 5): look just around the tokens
    lone: list[tuple[int, int, TokenKind]] = []
    reach = MAX_GAP + 1
    scanned = 0
    lone_pattern = v.lone_pattern
    if lone_pattern.search(text) is None:
        return found
    for a, b, _ in found:
        for lo, hi in ((max(a - reach, scanned), a), (max(b, scanned), min(b + reach, n))):
            if lo < hi:
                lone.extend((m.start(), m.end(), "lone") for m in lone_pattern.finditer(text, lo, hi))
                scanned = hi
    if lone:
        taken = [(a, b) for a, b, _ in found]  # a lone "o" may open a word entry ("o sută")
        lone = [t for t in lone if not _inside(t[0], taken)]
    if lone:
        found.extend(lone)
        found.sort()
    return found


_REREAD_GAP = 4
"""Longest tail of a longest match ("nulle" read for "null" + "e…") before the next number word of the same word."""
_WORD_END = re.compile(r"[^\W_]*")


def _glued_tail(text: str, end: int, next_start: int) -> bool:
    """Whether the word that a group of number words left unfinished at ``end`` may still be number words only:
    the next number word starts in it, at most ``_REREAD_GAP`` characters on ("nulle|ins|vier": "vier")."""
    if next_start - end > _REREAD_GAP:
        return False
    match = _WORD_END.match(text, end, next_start)
    return match is not None and match.end() == next_start


def _reread_glued(text: str, start: int) -> int | None:
    """The end of the word at ``start`` when its letters are number words glued together that one language has
    all of, read at the least cost (``read_token``), though the longest match at each place split them wrongly:
    German "nulleins" is "null" + "eins", not a Luxembourgish "nulle" + "ins". ``None`` when it is no such word.
    """
    match = _WORD_END.match(text, start)
    end = match.end() if match is not None else start
    if end - start > MAX_TOKEN:
        return None
    pieces = read_token(text[start:end])
    if len(pieces) < 2:
        return None
    langs = -1
    for piece in pieces:
        if piece.kind != "word" or piece.word is None:
            return None
        langs &= piece.word.langs
    return end if langs else None


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    k = bisect_right(spans, (pos, 1 << 62)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _gap_ok(text: str, a: int, b: int) -> bool:
    """Whether what lies between two tokens keeps them in one run: separator noise or a connector."""
    if b - a > MAX_GAP:
        return False
    if _WORD_CHAR.search(text, a, b) is None:
        return True
    return text[a:b].strip(" -") in vocabulary().connectors


def _raw_runs(text: str, tokens: list[tuple[int, int, TokenKind]]) -> Iterator[list[tuple[int, int, TokenKind]]]:
    """Numeric tokens grouped into runs by the gaps between them (separator noise or a connector)."""
    run: list[tuple[int, int, TokenKind]] = []
    last_end = -1
    for token in tokens:
        if run and not _gap_ok(text, last_end, token[0]):
            yield run
            run = []
        run.append(token)
        last_end = token[1]
    if run:
        yield run


def _nothing_to_read(text: str, run: list[tuple[int, int, TokenKind]]) -> bool:
    """Runs that cannot change: digits only, or one lone word ("to", "seventeen")."""
    if all(kind == "digits" and text[a:b].isdigit() for a, b, kind in run):
        return True
    if len(run) == 1:
        a, b, kind = run[0]
        if kind == "lone" or (kind == "words" and len(read_token(text[a:b])) < 2):
            return True
        if kind == "unspaced" and len(read_token(text[a:b])) < 3:
            return True
    return False


def _runs(text: str, raw: list[tuple[int, int, TokenKind]]) -> list[list[_Token]]:
    """Read the tokens of one raw run; letter pieces that are no number words split it further."""
    v = vocabulary()
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    index = 0
    for start, end, kind in raw:
        tok = text[start:end]
        if kind == "digits" and len(tok) > MAX_TOKEN and not tok.isdigit():
            pieces: tuple[_Piece, ...] = (_Piece(0, len(tok), "junk"),)
        elif kind == "lone":
            pieces = (_Piece(0, 1, "letter", v.lone_digits[tok]),)
        else:
            pieces = read_token(tok)
        els: list[_El] = []
        for p in pieces:
            if p.kind == "junk":
                if els:
                    current.append(_Token(index, els, False))
                    index += 1
                    els = []
                if current:
                    runs.append(current)
                    current = []
                continue
            els.append(_El(start + p.start, start + p.end, p.kind, p.digits, p.word, tok[p.start : p.end], index))
        if els:
            current.append(_Token(index, els, _is_ambiguous(kind, els)))
            index += 1
    if current:
        runs.append(current)
    return runs


GLUED_DIGITS = 3
"""Digit words glued into one word ("nolltvånoll", "nultonul") from this many on say a number, ambiguous or not."""


def _is_ambiguous(kind: TokenKind, els: list[_El]) -> bool:
    """Whether a token alone is too weak to be a number (``to``, ``oh``, a lone ``o``, 两).

    Digit words glued into one word, ``GLUED_DIGITS`` or more (Swedish "nolltvånoll" = 020, every one of them also a
    word of some language), are a number spelled to pass a filter: the token is read in one language
    (``_tokens``), so an ordinary word does not split so.
    """
    if any(e.kind == "digits" for e in els):
        return False
    if kind == "lone":
        return True
    if kind == "unspaced":
        return len(els) < 3
    if len(els) >= GLUED_DIGITS and all(e.word is not None and e.word.kind == "unit" for e in els):
        return False
    return all(e.word is not None and e.word.ambiguous for e in els)


def _leads(run: list[_Token]) -> bool:
    """Whether the run opens with "double"/"triple" said before a digit."""
    if len(run) < 2 or len(run[0].elements) != 1:
        return False
    word = run[0].elements[0].word
    nxt = run[1].elements[0]
    single = nxt.kind == "digits" and len(nxt.digits) == 1
    return word is not None and word.kind == "repeat" and (single or (nxt.word is not None and nxt.word.kind == "unit"))


_PAIRS = frozenset(
    {
        ("unit", "mult"),
        ("teen", "mult"),
        ("tens", "mult"),
        ("hundreds", "mult"),
        ("unit", "times_ten"),
        ("unit", "plus_ten"),
        ("tens", "unit"),
        ("tens", "teen"),
        ("teen", "unit"),
        ("hundreds", "unit"),
        ("hundreds", "tens"),
        ("hundreds", "teen"),
        ("mult", "unit"),
        ("mult", "tens"),
        ("mult", "teen"),
        ("mult", "hundreds"),
        ("times_ten", "unit"),
    }
)
"""Word kinds that make one number together (dos mil, treinta y dos, dua puluh, mười hai)."""


def _bound(text: str, a: _Token, b: _Token) -> bool:
    """Whether the last word of ``a`` and the first of ``b`` read as one number."""
    x, y = a.elements[-1], b.elements[0]
    return x.word is not None and y.word is not None and (x.word.kind, y.word.kind) in _PAIRS and _glued(text, x, y)


def _inner(token: _Token) -> bool:
    """Whether a token is only words that never open a run (``Word.inner``)."""
    return all(e.word is not None and e.word.inner for e in token.elements)


def _word_token(token: _Token) -> bool:
    return all(e.word is not None for e in token.elements)


def _shares_language(word: _El, before: _El, after: _El) -> bool:
    """Whether the words on both sides of a flanked word read so in one of its languages ("for one on one" is no
    Turkish ten)."""
    w, b, a = word.word, before.word, after.word
    return w is not None and b is not None and a is not None and bool(w.langs & b.langs) and bool(w.langs & a.langs)


def _flanked(token: _Token) -> bool:
    """Whether a token is one ``flanked`` word alone."""
    els = token.elements
    return len(els) == 1 and els[0].word is not None and els[0].word.flanked


def _split_flanked(run: list[_Token]) -> list[list[_Token]]:
    """Split a run at its ``flanked`` words that do not stand between number words (``Word.flanked``)."""
    if not any(_flanked(t) for t in run):
        return [run]
    pieces: list[list[_Token]] = []
    current: list[_Token] = []
    for i, token in enumerate(run):
        els = token.elements
        if _flanked(token):
            ok = (
                len(current) >= 2
                and _word_token(current[-1])
                and _word_token(current[-2])
                and any(not t.ambiguous and _word_token(t) for t in current)
                and i + 1 < len(run)
                and _word_token(run[i + 1])
                and _shares_language(els[0], current[-1].elements[-1], run[i + 1].elements[0])
            )
            if not ok:
                if current:
                    pieces.append(current)
                current = []
                continue
        current.append(token)
    if current:
        pieces.append(current)
    return pieces


def _word_langs(token: _Token) -> int | None:
    """The languages every number word of a token reads in (None when it holds anything but number words)."""
    langs = -1
    for e in token.elements:
        if e.kind != "word" or e.word is None or not e.word.langs:
            return None
        langs &= e.word.langs
    return langs


def _foreign_compound(token: _Token, rest: list[_Token]) -> bool:
    """Whether ``token`` is number words glued into one word ("qiling": Pinyin "qi" 7 and "ling" 0) in no language
    of the number words of the rest of its run (Uzbek "Qo'ng'iroq qiling: nol ikki nol …", where "qiling" is the
    verb "call"): a word of the sentence that happens to split into number words, not a part of the number."""
    if len(token.elements) < 2:
        return False
    mine = _word_langs(token)
    if mine is None:
        return False
    theirs = 0
    for other in rest:
        for e in other.elements:
            if e.kind == "word" and e.word is not None:
                theirs |= e.word.langs
    return theirs != 0 and not mine & theirs


def _labels(text: str, a: _Token, b: _Token) -> bool:
    """Whether an ambiguous word is a label's last word, a colon after it ("Rufft un: null eent …", Luxembourgish
    "call at:"; "Llama a: …"): the number starts after the colon, however long the run."""
    return ":" in text[a.elements[-1].end : b.elements[0].start]


def _trim(run: list[_Token], text: str) -> list[_Token]:
    """Drop ambiguous words at the ends of a short run: "call 213 555 0127 to book".

    A word that makes one number with its neighbour stays (``treinta y dos``, ``dos mil``); number words glued into
    one word at an end of the run, in none of the languages of the run's other words, are dropped
    (``_foreign_compound``).
    """
    while len(run) > 1 and _foreign_compound(run[0], run[1:]):
        run = run[1:]
    while len(run) > 1 and _foreign_compound(run[-1], run[:-1]):
        run = run[:-1]
    while run and _inner(run[0]) and not (len(run) > 1 and _bound(text, run[0], run[1])):
        run = run[1:]
    while len(run) > 1 and run[0].ambiguous and _labels(text, run[0], run[1]):
        run = run[1:]
    while run and len(run) < EDGE_KEEP:
        if run[0].ambiguous and not _leads(run) and not (len(run) > 1 and _bound(text, run[0], run[1])):
            run = run[1:]
        elif run[-1].ambiguous and not (len(run) > 1 and _bound(text, run[-2], run[-1])):
            run = run[:-1]
        else:
            break
    return run


def _is_number(run: list[_Token]) -> bool:
    if len(run) >= 2:
        return True
    if not run:
        return False
    els = run[0].elements
    return len(els) >= 2 or any(e.kind == "digits" or e.kind == "letter" for e in els)


# -- reading number phrases -------------------------------------------------------------


def _glued(text: str, a: _El, b: _El) -> bool:
    """Whether two number words are parts of one number: nothing, a space, a hyphen or a connector between."""
    gap = text[a.end : b.start]
    if len(gap) <= 2 and all(c in _GLUE for c in gap):
        return True
    # a connector between spaces ("treinta y dos") or hyphens (Catalan "vint-i-dos")
    return len(gap) <= 8 and gap[:1] in _GLUE and gap[-1:] in _GLUE and gap.strip(" -") in vocabulary().connectors


def _merge_phrases(els: list[_El], text: str) -> list[_El]:
    """Join the words of multi-word entries (``quatre-vingt-dix``) into one element."""
    v = vocabulary()
    if not v.phrases:
        return els
    out: list[_El] = []
    i = 0
    while i < len(els):
        merged = False
        for k in range(min(v.longest_phrase, len(els) - i), 1, -1):
            group = els[i : i + k]
            if not all(e.kind == "word" for e in group):
                continue
            if not all(_glued(text, a, b) for a, b in itertools.pairwise(group)):
                continue
            word = v.phrases.get(tuple(e.text for e in group))
            if word is None and k == 2 and text[group[0].end : group[1].start].strip(" -"):
                # a compound joined by a word between hyphens ("two-and-twenty", the unit first): its key holds it
                word = v.phrases.get((group[0].text, text[group[0].end : group[1].start].strip(" -"), group[1].text))
            if word is not None:
                out.append(
                    _El(group[0].start, group[-1].end, "word", "", word, text[group[0].start : group[-1].end], -1)
                )
                i += k
                merged = True
                break
        if not merged:
            out.append(els[i])
            i += 1
    return out


class _PhraseReader:
    """Reads number phrases (``twenty six``, ``dos mil``, ``2th0usand``) from a run's elements."""

    def __init__(self, els: list[_El], text: str) -> None:
        self.els = els
        self.text = text
        self.v = vocabulary()

    def _kind(self, i: int) -> str:
        if i >= len(self.els):
            return ""
        e = self.els[i]
        return e.word.kind if e.word is not None else e.kind

    def _value(self, i: int) -> int:
        word = self.els[i].word
        return word.value if word is not None else int(self.els[i].digits or 0)

    def _next_glued(self, i: int) -> bool:
        return i + 1 < len(self.els) and _glued(self.text, self.els[i], self.els[i + 1])

    def _unit(self, i: int, low: int = 1) -> bool:
        return self._kind(i) == "unit" and low <= self._value(i) <= 9

    def small(self, i: int) -> tuple[int, int]:
        """A number below 1000 from element ``i``: (value, index after it); index ``i`` if none."""
        value, j = 0, i
        kind = self._kind(j)
        small_digits = kind == "digits" and len(self.els[j].digits) <= 3
        if kind == "hundreds":
            value, j = self._value(j), j + 1
        elif (
            (self._unit(j) or small_digits)
            and self._next_glued(j)
            and self._kind(j + 1) == "mult"
            and self._value(j + 1) == 100
        ):
            value, j = self._value(j) * 100, j + 2
        elif kind == "mult" and self._value(j) == 100:
            value, j = 100, j + 1
        if j > i and not (j < len(self.els) and _glued(self.text, self.els[j - 1], self.els[j])):
            return value, j
        kind = self._kind(j)
        if kind == "tens":
            tens, j = self._value(j), j + 1
            value += tens
            k = j
            takes = (tens % 10 == 0 and self._unit(k)) or (self._kind(k) == "teen" and tens in self.v.tens_take_teens)
            if takes and _glued(self.text, self.els[k - 1], self.els[k]):
                value, j = value + self._value(k), k + 1
        elif self._unit(j) and self._next_glued(j) and self._kind(j + 1) == "times_ten":
            value, j = value + self._value(j) * 10, j + 2
            if j < len(self.els) and self._next_glued(j - 1) and self._unit(j):
                value, j = value + self._value(j), j + 1
        elif kind == "teen":
            teen, j = self._value(j), j + 1
            value += teen
            if teen in self.v.teens_take_units and self._next_glued(j - 1) and self._unit(j):
                value, j = value + self._value(j), j + 1
        elif self._unit(j, 0) and self._next_glued(j) and self._kind(j + 1) == "plus_ten":
            value, j = value + self._value(j) + 10, j + 2
        elif self._unit(j):
            value, j = value + self._value(j), j + 1
        elif kind == "digits" and small_digits and j == i and self._next_glued(j) and self._kind(j + 1) == "mult":
            value, j = self._value(j), j + 1
        return value, j

    def phrase(self, i: int) -> tuple[str, int]:
        """The digits of the phrase at ``i`` and the index after it; ("", i) if none."""
        kind = self._kind(i)
        if kind == "repeat" and self._next_glued(i):
            nxt = self._kind(i + 1)
            if nxt == "unit" or (nxt == "digits" and len(self.els[i + 1].digits) == 1):
                digit = str(self._value(i + 1))
                return digit * self._value(i), i + 2
            return "", i
        if kind == "unit" and self._value(i) == 0:
            return "0", i + 1
        if kind in ("repeat", "times_ten", "plus_ten"):
            return "", i
        value, j = self.small(i)
        if j == i and not (kind == "mult" and self._value(i) == 1000):
            return "", i
        if self._kind(j) == "mult" and self._value(j) == 1000 and (j == i or self._next_glued(j - 1)):
            value, j = (value or 1) * 1000, j + 1
            if j < len(self.els) and self._next_glued(j - 1) and self._kind(j) not in ("digits", "letter"):
                rest, k = self.small(j)
                if k > j and rest < 1000:
                    value, j = value + rest, k
        if j == i:
            return "", i
        if self._kind(i) == "digits" and j == i + 1:
            return "", i
        return str(value), j

    def edits(self) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        i = 0
        els = self.els
        while i < len(els):
            e = els[i]
            if e.kind == "letter":
                out.append((e.start, e.end, e.digits))
                i += 1
                continue
            if e.kind == "digits" and not (len(e.digits) <= 3 and self._next_glued(i) and self._kind(i + 1) == "mult"):
                i += 1
                continue
            digits, j = self.phrase(i)
            if j > i and digits:
                out.append((els[i].start, els[j - 1].end, digits))
                i = j
            else:
                i += 1
        return out


# -- the view ---------------------------------------------------------------------------


class NumericView:
    """A text with its numbers written as digits; spans map to the original text.

    Same reading API as ``NormalizedText``: ``text``, ``span``, ``original_at``,
    ``original``; ``base`` is the general normalised view it was built from, and
    ``edits`` the replacements made on it (base start, base end, digits).
    """

    __slots__ = ("_base_pos", "_out_pos", "_spans", "base", "edits", "original", "text")

    def __init__(self, base: NormalizedText, edits: list[tuple[int, int, str]]) -> None:
        self.base = base
        self.original = base.original
        self.edits = edits
        pieces: list[str] = []
        out_pos: list[int] = []
        base_pos: list[int] = []
        spans: list[tuple[int, int] | None] = []
        src = base.text
        pos = 0
        out = 0
        for a, b, digits in edits:
            if a > pos:
                out_pos.append(out)
                base_pos.append(pos)
                spans.append(None)
                pieces.append(src[pos:a])
                out += a - pos
            out_pos.append(out)
            base_pos.append(a)
            spans.append((a, b))
            pieces.append(digits)
            out += len(digits)
            pos = b
        out_pos.append(out)
        base_pos.append(pos)
        spans.append(None)
        pieces.append(src[pos:])
        self.text = "".join(pieces) if edits else src
        self._out_pos = out_pos
        self._base_pos = base_pos
        self._spans = spans

    def _base(self, p: int, end: bool) -> int:
        k = bisect_right(self._out_pos, p) - 1
        fixed = self._spans[k]
        if fixed is not None:
            return fixed[1] if end else fixed[0]
        return self._base_pos[k] + (p - self._out_pos[k]) + (1 if end else 0)

    def base_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the general view behind ``[start, end)`` of this view."""
        if not self.edits:
            return start, end
        if end <= start:
            pos = self._base(start, False) if start < len(self.text) else len(self.base.text)
            return pos, pos
        return self._base(start, False), self._base(end - 1, True)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` of this view to a span of the original text."""
        a, b = self.base_span(start, end)
        return self.base.span(a, b)

    def original_at(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"NumericView({self.text[:40]!r})"


_ETHIOPIC_TENS = re.compile(r"(?<![\d\u137b\u137c])(?P<tens>[\u1372-\u137a])(?P<unit>[1-9])?(?![\d\u1372-\u137c])")
"""A number in Ethiopic numerals, which are additive: a tens sign, then a unit sign (፳፪ = 20 + 2 = 22; ፲ … ፺ are
10 … 90, ፻ is 100). The normalised view already reads the unit signs ፩ … ፱ as digits (``፳2``); the tens sign and
its unit become the number's decimal digits. A hundred sign is no age nor part of a phone, so it is left as written."""


_ETHIOPIC_SIGN = re.compile("[\u1372-\u137b]")
"""A quick test for ``_ETHIOPIC_TENS``: one compiled scan, where testing each character in Python cost about ten
microseconds for an ordinary ad."""


def ethiopic_numbers(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, value) of each number 10 … 99 written in Ethiopic numerals in a normalised text ("፳2" is 22)."""
    if _ETHIOPIC_SIGN.search(text) is None:
        return
    for m in _ETHIOPIC_TENS.finditer(text):
        tens = ord(m.group("tens")) - 0x1371
        if tens <= 9:  # not ፻ (100) nor ፼ (10,000)
            yield m.start(), m.end(), tens * 10 + int(m.group("unit") or 0)


def _ethiopic_edits(text: str) -> list[tuple[int, int, str]]:
    return [(a, b, str(value)) for a, b, value in ethiopic_numbers(text)]


def number_edits(text: str) -> list[tuple[int, int, str]]:
    """The replacements that turn the numbers of a normalised text into digits."""
    ethiopic = _ethiopic_edits(text)
    if ethiopic:
        others = [e for e in _number_edits(text) if not any(a < e[1] and e[0] < b for a, b, _ in ethiopic)]
        return sorted(ethiopic + others)
    return _number_edits(text)


def _number_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    tokens = _tokens(text)
    if all(kind == "digits" and text[a:b].isdigit() for a, b, kind in tokens):
        return edits  # plain digits only: nothing to read
    for raw in _raw_runs(text, tokens):
        if _nothing_to_read(text, raw):
            continue
        for whole in _runs(text, raw):
            for run in _split_flanked(whole):
                run = _trim(run, text)
                if not _is_number(run):
                    continue
                els = [e for token in run for e in token.elements]
                els = _merge_phrases(els, text)
                edits.extend(_PhraseReader(els, text).edits())
    edits.sort()
    return edits


def digit_view(view: NormalizedText) -> NumericView:
    """The numeric view of a normalised text (built once per view, then cached on it)."""
    cached = view._digits
    if isinstance(cached, NumericView):
        return cached
    result = NumericView(view, number_edits(view.text))
    view._digits = result
    return result


def words_value(phrase: str) -> int | None:
    """The value of a phrase written only in number words, in any language of the vocabulary.

    ``vingt-deux`` → 22, ``dua puluh satu`` → 21, ``hai mươi`` → 20, ``二十`` → 20,
    ``douăzeci și unu`` → 21; None when anything in the phrase is not part of one number.
    Ambiguous words ("to", "năm") count here: the caller has the context (an age word
    after the phrase, a label before it) that says the phrase is a number.
    """
    text = _fold(phrase).strip()
    if not text or len(text) > 80:
        return None
    els: list[_El] = []
    for start, end, kind in _tokens(text):
        if kind not in ("words", "unspaced"):
            return None
        for p in read_token(text[start:end]):
            if p.kind != "word":
                return None
            a, b = start + p.start, start + p.end
            els.append(_El(a, b, "word", "", p.word, text[a:b], 0))
    if not els or els[0].start != 0 or els[-1].end != len(text):
        return None
    if not all(_glued(text, a, b) for a, b in itertools.pairwise(els)):
        return None
    els = _merge_phrases(els, text)
    digits, j = _PhraseReader(els, text).phrase(0)
    if j != len(els) or not digits:
        return None
    return int(digits)
