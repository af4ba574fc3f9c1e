"""Character n-gram features of a normalised text, with the words that carry bias blanked out first.

Why character n-grams: the blind rounds showed that phrase lists name the words their
authors thought of, while the next unseen round words the same practice otherwise
(inflections, slang, misspellings, other languages). Pieces of words two to five
characters long carry across those variations, in any script.

* **Words.** Runs of letters and digits of the normalised text (``clew.text.normalize``:
  NFKC, case-folded, confusables folded, digits of every script as ASCII) — a run of
  Chinese or Thai characters is one word. A run of three or more digits alone is not a
  word: phone groups, prices, years and codes are identifiers or amounts, not wording, and
  the training texts' fictional numbers (+1 213 555 01xx) would otherwise become cues (a
  model trained with them explained a hit by "213"); ages and other one- or two-digit
  numbers, and digits inside a word ("19yo"), stay. Words are joined by single spaces and the
  whole is padded with a space at each end, so an n-gram may hold a word's edge but
  never spans two words (what scikit-learn calls ``char_wb``).
* **Blanking.** Before that, every word listed in ``bias_terms.yaml`` — nationality,
  ethnicity, race and skin-colour labels in the languages Clew reads — is blanked:
  the model never sees those words, in training or in use, so it cannot learn to
  flag people by their origin (JRSA/NIJ; Hundman et al., "Always Lurking", DARPA
  Memex, arXiv 1712.00846). The packs keep the same cue off by default for the same
  reason (``se.ethnicity_nationality``).
* **Hashing.** Each n-gram (n = 2 … 5) is hashed with fixed odd multipliers over its
  code points (numpy, whole arrays at once: no Python loop per n-gram) into one of
  ``BUCKETS`` buckets; the same text gives the same buckets on every machine. Since no
  n-gram spans two words, a word's buckets are hashed once and kept (``_WORD_CACHE``): a
  text costs a look-up per word it shares with texts read before.
* **Values.** Sublinear term frequency (1 + ln count) per bucket, scaled to unit length.
* **Reporting context.** The same pass over the text finds the words of the rule packs' ``news_context``
  lexicon (news, court and police reports, hotlines, awareness and rights notices, moderators' notes):
  ``Features.reporting`` is the first of them. The model learns what a text is about, not whether it offers or
  reports: a text about trafficking scores like one that shows it, so ``clew.learned`` lowers its hits there, as
  the packs' ``unless`` context does for theirs.

``Features.owners`` gives, for every n-gram occurrence, the word it came from, so a
model's score can be explained by the words that contributed most (``clew.learned``).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import yaml

BUCKETS = 1 << 18
"""Hash buckets: 262,144 (enough that the ~150,000 distinct n-grams of the training texts rarely collide)."""
N_MIN, N_MAX = 2, 5

_WORD = re.compile(r"(?<![^\W_])(?!\d{3,}(?![^\W_]))[^\W_]+")
"""A word: a run of letters and digits, unless it is three digits or more and nothing else."""
_MULT = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0x8A5CD789635D2DFF],
    dtype=np.uint64,
)
_SPACE = np.uint64(32)
_SHIFT = np.uint64(64 - 18)

_HARAKAT = re.compile(r"[\u064b-\u065f\u0670]")
"""Arabic vowel and doubling marks, left out when bias terms are matched."""


@dataclass(frozen=True, slots=True)
class Features:
    """One text's features: distinct buckets with their values, and what an explanation needs."""

    buckets: npt.NDArray[np.int64]
    """Distinct bucket numbers, sorted."""
    values: npt.NDArray[np.float64]
    """Sublinear frequency of each bucket, the vector scaled to length 1."""
    counts: npt.NDArray[np.int64]
    """Occurrences of each bucket (an occurrence's share of its bucket's value is 1 / count)."""
    occurrences: npt.NDArray[np.int64]
    """The bucket of every n-gram occurrence, word by word."""
    sizes: npt.NDArray[np.int64]
    """The number of n-gram occurrences of each word, in the order of ``words()``."""
    blanked: str
    """The normalised text with the bias terms blanked: its words are the ones hashed."""
    reporting: tuple[int, int] | None = None
    """The first word of reporting context (``news_context``) in the normalised text, if any."""

    def occurrence_bucket(self) -> npt.NDArray[np.int64]:
        """Index into ``buckets`` of every n-gram occurrence (computed when a score is explained)."""
        found: npt.NDArray[np.int64] = np.searchsorted(self.buckets, self.occurrences)
        return found

    def words(self) -> list[tuple[int, int]]:
        """(start, end) of every word, in the normalised text (computed when a score is explained)."""
        return [m.span() for m in _WORD.finditer(self.blanked)]

    def owners(self) -> npt.NDArray[np.int64]:
        """The word (its number in ``words()``) of every n-gram occurrence (computed when a score is explained)."""
        found: npt.NDArray[np.int64] = np.repeat(np.arange(len(self.sizes), dtype=np.int64), self.sizes)
        return found


_BIAS, _REPORT = 1, 2
"""What a listed term is: a bias term (blanked) and/or a word of reporting context (``news_context``)."""
REPORTING_LEXICON = "news_context"
"""The rule packs' lexicon of reporting context, read from the built-in packs (``clew/rulepacks/_lexicons``)."""


@dataclass(frozen=True, slots=True)
class _Term:
    stem: bool
    spaced: bool
    kind: int = _BIAS


@cache
def bias_terms() -> dict[str, list[str]]:
    """The blanked terms per language, as listed in ``bias_terms.yaml``."""
    data: Any = yaml.safe_load(files("clew.learned").joinpath("bias_terms.yaml").read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("languages"), dict):
        raise ValueError("clew/learned/bias_terms.yaml: field 'languages' must map languages to lists of terms")
    out: dict[str, list[str]] = {}
    for lang, terms in data["languages"].items():
        if not isinstance(terms, list) or not all(isinstance(t, str) and t.strip() for t in terms):
            raise ValueError(f"clew/learned/bias_terms.yaml: languages.{lang} must be a list of non-empty strings")
        out[str(lang)] = [t.strip() for t in terms]
    return out


def bias_digest() -> str:
    """A short digest of the blanked terms: the model records it, so a changed list is caught before use."""
    return hashlib.sha256(json.dumps(bias_terms(), sort_keys=True).encode()).hexdigest()[:16]


def _lexicon_path() -> Path:
    from clew.rules.loader import BUILTIN_DIR, LEXICON_DIR

    return BUILTIN_DIR / LEXICON_DIR / f"{REPORTING_LEXICON}.yaml"


@cache
def reporting_terms() -> tuple[str, ...]:
    """The words of reporting context in every language, their clitic-prefixed forms included (``Lexicon.words``)."""
    from clew.rules.loader import load_lexicon

    lexicon = load_lexicon(_lexicon_path())
    return tuple(dict.fromkeys(word for lang in sorted(lexicon.terms) for word in lexicon.words(lang)))


@cache
def _automaton() -> Any:
    """One Aho-Corasick automaton over every language's terms (the union: a document's language is not always known;
    blanking a word of another language costs a little signal, never adds bias), and the words of reporting context.

    A term of a script written without spaces (``in_spaced_script``, as the rule matcher decides) matches anywhere.
    Built once (normalising some 7,000 terms takes a noticeable part of a second) and kept in the disk cache
    (``clew.cache``), keyed by the term lists, this module, the normaliser and the versions of what builds and
    stores it.
    """
    import unicodedata

    from clew.cache import cached, versions
    from clew.text.phrases import SOURCE as PHRASES_SOURCE

    here = Path(__file__)
    text_code = here.parent.parent / "text"  # the terms are stored normalised
    key: list[str | Path] = [here.with_name("bias_terms.yaml"), _lexicon_path(), here]
    key.append(text_code / "normalize.py")
    key += [text_code / "confusables.py", PHRASES_SOURCE]
    key.append(versions("ahocorasick-rs", "PyYAML", "confusable-homoglyphs"))
    key.append(unicodedata.unidata_version)
    return cached("learned-terms", key, _build_automaton)


def _build_automaton() -> Any:
    from clew.text import in_spaced_script, normalize
    from clew.text.phrases import PhraseIndex

    keys: dict[str, _Term] = {}
    listed = [(term, _BIAS) for terms in bias_terms().values() for term in terms]
    listed += [(term, _REPORT) for term in reporting_terms()]
    for term, kind in listed:
        stem = term.endswith("*")
        key = " ".join(normalize((term[:-1] if stem else term).replace("-", " ")).text.split())
        if not key:
            continue
        old = keys.get(key)
        # one key, a word for one language and a stem for another: the stem is wider
        keys[key] = _Term(
            stem=stem or (old is not None and old.stem),
            spaced=in_spaced_script(key[0]),
            kind=kind | (old.kind if old is not None else 0),
        )
    if not keys:
        return None
    return PhraseIndex((key, (len(key), value)) for key, value in keys.items())


def blank_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the normalised text that ``bias_terms.yaml`` blanks (whole words and phrases; stems to the word's end;
    terms of scripts without spaces anywhere)."""
    return _term_spans(text)[0]


def reporting_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the normalised text that are words of reporting context (the packs' ``news_context`` lexicon)."""
    return sorted(set(_term_spans(text)[1]))


def _term_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(bias spans, reporting spans) of a normalised text, from one pass of the automaton."""
    auto = _automaton()
    if auto is None:
        return [], []
    original = text
    keep: list[int] | None = None
    if _HARAKAT.search(text):  # Arabic vowel marks: the terms are listed without them (as ads mostly write)
        keep = [i for i, c in enumerate(text) if not _HARAKAT.match(c)]
        text = "".join(text[i] for i in keep)
    found: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    n = len(text)
    # phrases match across a hyphen as across a space ("mixed-race"); the view keeps every offset
    for last, (length, term) in auto.iter(text.replace("-", " ")):
        start, end = last + 1 - length, last + 1
        if term.spaced:
            if start > 0 and text[start - 1].isalnum():
                continue
            if term.stem:
                while end < n and text[end].isalnum():
                    end += 1
            elif end < n and text[end].isalnum():
                continue
        if term.kind & _BIAS:
            found[0].append((start, end))
        if term.kind & _REPORT:
            found[1].append((start, end))
    if keep is None:
        return found
    return _with_marks(found[0], keep, original), _with_marks(found[1], keep, original)


def _with_marks(spans: list[tuple[int, int]], keep: list[int], original: str) -> list[tuple[int, int]]:
    """Spans of the text without its Arabic marks, back in the text with them (a word's marks go with it)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        end = keep[b - 1] + 1
        while end < len(original) and _HARAKAT.match(original[end]):
            end += 1
        out.append((keep[a], end))
    return out


_SIZES = np.arange(N_MIN, N_MAX + 1, dtype=np.int64)


_WORD_CACHE: dict[str, bytes] = {}
"""The buckets of every n-gram of a word read before, as 32-bit integers in the order ``_ngrams`` gives them."""
WORD_CACHE_LIMIT = 200_000
"""Words kept (about 40 MB at most); a word seen after that is hashed each time."""


def _ngrams(joined: str) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """(bucket, start) of every n-gram of ``joined`` — words separated by single spaces, a space at each end — that
    holds no inner space: all n-gram sizes at once, row ``n - N_MIN`` of one array holding the hash of the n-gram
    starting at each position, so masking and mixing are a few whole-array steps."""
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    size = len(codes)
    starts = np.arange(size, dtype=np.int64)
    spaces = np.flatnonzero(codes == _SPACE)
    # the first space after each position (the text ends with one): an n-gram at i holds no inner space, and does
    # not run past the end, when that space comes at i + n - 1 or later
    next_space = spaces[np.minimum(np.searchsorted(spaces, starts, side="right"), len(spaces) - 1)]
    valid = next_space[None, :] >= starts[None, :] + (_SIZES[:, None] - 1)
    hashes = np.empty((len(_SIZES), size), dtype=np.uint64)
    h = codes * _MULT[0]
    for row, n in enumerate(_SIZES.tolist()):
        if n > size:  # longer than the text: the mask above leaves the row out
            break
        h[: size - n + 1] = h[: size - n + 1] * _MULT[1] + codes[n - 1 :]
        hashes[row] = h
    hashes ^= _SIZES.astype(np.uint64)[:, None]
    cells = np.flatnonzero(valid)  # row by row: every n-gram of one size, then the next size
    mixed = hashes.reshape(-1).take(cells)
    mixed *= _MULT[2]
    mixed ^= mixed >> np.uint64(29)
    mixed *= _MULT[3]
    return (mixed >> _SHIFT).astype(np.int64), cells % size


def _word_buckets(words: list[str]) -> list[bytes]:
    """The n-gram buckets of each word (with its edges), from the cache or hashed together in one pass.

    An n-gram never spans two words, so a word's buckets do not depend on its neighbours: a text's
    occurrences are its words' buckets put together, and words that come back (most words of a
    crawl) cost one look-up.
    """
    cache = _WORD_CACHE
    missing = [w for w in dict.fromkeys(words) if w not in cache]
    fresh: dict[str, bytes] = {}
    if missing:
        occurrences, positions = _ngrams(" " + " ".join(missing) + " ")
        lengths = np.fromiter((len(w) + 1 for w in missing), dtype=np.int64, count=len(missing))
        edges = np.cumsum(lengths) - lengths  # where each word's leading space is
        owner = np.searchsorted(edges, positions, side="right") - 1
        blob = occurrences[np.argsort(owner, kind="stable")].astype(np.uint32).tobytes()
        ends = (4 * np.cumsum(np.bincount(owner, minlength=len(missing)))).tolist()
        fresh = {word: blob[a:b] for word, a, b in zip(missing, [0, *ends[:-1]], ends, strict=True)}
        room = WORD_CACHE_LIMIT - len(cache)
        if room > 0:
            cache.update(itertools.islice(fresh.items(), room))
    return [cache[w] if w in cache else fresh[w] for w in words]


def featurize(text: str) -> Features:
    """The features of one normalised text (see the module docstring)."""
    blanked = text
    spans, reporting = _term_spans(text)
    context = min(reporting) if reporting else None
    if spans:
        chars = list(text)
        for a, b in spans:
            chars[a:b] = " " * (b - a)
        blanked = "".join(chars)
    words: list[str] = _WORD.findall(blanked)
    if not words:
        empty_i = np.empty(0, dtype=np.int64)
        return Features(empty_i, np.empty(0, dtype=np.float64), empty_i, empty_i, empty_i, blanked, context)
    per_word = _word_buckets(words)
    occurrences = np.frombuffer(b"".join(per_word), dtype=np.uint32).astype(np.int64)
    sizes = np.fromiter(map(len, per_word), dtype=np.int64, count=len(per_word)) // 4
    ordered = np.sort(occurrences)
    first = np.flatnonzero(np.concatenate([[True], ordered[1:] != ordered[:-1]]))
    buckets = ordered[first]
    counts = np.diff(np.append(first, len(ordered)))
    values = 1.0 + np.log(counts.astype(np.float64))
    values /= np.sqrt(np.dot(values, values))
    return Features(buckets, values, counts, occurrences, sizes, blanked, context)


__all__ = [
    "BUCKETS",
    "REPORTING_LEXICON",
    "Features",
    "bias_digest",
    "bias_terms",
    "blank_spans",
    "featurize",
    "reporting_spans",
    "reporting_terms",
]
