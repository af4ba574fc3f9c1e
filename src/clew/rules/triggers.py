"""Literal triggers for regular expressions, so most regexes never run at all.

For each rule regex we derive, from its parse tree, a set of literal strings of
which at least one must occur in any text the regex matches (for example
``(?:edad|tengo)\\s1[0-7]\\s?años`` needs "años", or "edad"/"tengo"). The matcher
puts these triggers into its Aho-Corasick automaton and runs a regex only when one
of its triggers occurred. A regex from which no selective trigger can be derived
simply always runs: the gate is an optimisation that never changes a result.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Any

# The parser behind `re` (Python >= 3.11); private, so typed loosely.
C: Any = importlib.import_module("re._constants")
P: Any = importlib.import_module("re._parser")

MAX_ALTERNATIVES = 64
"""Beyond this many strings a set is not worth expanding."""
MIN_SCORE = 2
"""A trigger set is selective when each of its strings scores at least this much."""
GOOD_SCORE = 6
"""Strings this long are rare enough; beyond it, fewer strings beat longer ones."""
MAX_SETS = 2
"""Requirement sets a regex waits for: each must have occurred before it runs."""

_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_FLAGS = re.compile(r"\(\?(?:[aiLmsux]+(?:-[imsx]+)?|-[imsx]+)[:)]")
"""Inline flags, such as (?i) or (?s:...), but not (?:...)."""
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())


def _score(strings: set[str]) -> int:
    """How selective a set is: its weakest string, a non-ASCII character counting double."""
    return min(sum(1 if ch.isascii() else 2 for ch in s) for s in strings) if strings else 0


def _exact_in(args: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, av in args:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < 10:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return chars if len(chars) <= 10 else None


def _exact(items: Any) -> set[str] | None:
    """The finite set of strings a sequence matches, or None when it is not small and finite."""
    out = {""}
    for op, av in items:
        part: set[str] | None
        if op is C.LITERAL:
            part = {chr(av)}
        elif op in _ZERO_WIDTH:
            continue
        elif op is C.IN:
            part = _exact_in(av)
        elif op is C.BRANCH:
            part = set()
            for alt in av[1]:
                sub = _exact(alt)
                if sub is None:
                    return None
                part |= sub
        elif op is C.SUBPATTERN:
            part = _exact(av[-1])
        else:
            return None
        if part is None or len(out) * len(part) > MAX_ALTERNATIVES:
            return None
        out = {a + b for a in out for b in part}
    return out


def _exact_prefixes(items: Any) -> set[str] | None:
    """How any match of the sequence begins: the set of its exact leading strings, or None.

    The longest leading run of items whose strings are a small finite set; a branch
    contributes the union of its alternatives' beginnings (each must begin with
    something). None when a match may begin with nothing fixed.
    """
    out = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        part: set[str] | None = None
        if op in (C.LITERAL, C.IN):
            part = _exact([(op, av)])
        elif op is C.SUBPATTERN:
            part = _exact(av[-1])
            if part is None:
                head = _exact_prefixes(av[-1])
                return _joined(out, head)
        elif op is C.BRANCH:
            part = _exact([(op, av)])
            if part is None:
                heads: set[str] = set()
                for alt in av[1]:
                    head = _exact_prefixes(alt)
                    if not head:
                        return _joined(out, None)
                    heads |= head
                return _joined(out, heads)
        if part is None or len(out) * len(part) > MAX_ALTERNATIVES:
            return _joined(out, None)
        out = {a + b for a in out for b in part}
    return _joined(out, None)


def _joined(out: set[str], tail: set[str] | None) -> set[str] | None:
    if tail and len(out) * len(tail) <= MAX_ALTERNATIVES:
        out = {a + b for a in out for b in tail}
    return out if all(out) else None


def _required(items: Any) -> set[str] | None:
    """A set of strings one of which any match of the sequence contains (or None)."""
    ranked = _required_sets(items)
    return ranked[0] if ranked else None


def _required_sets(items: Any) -> list[set[str]]:
    """Every selective set of strings one of which any match of the sequence contains, best first."""
    candidates: list[set[str]] = []
    current = {""}
    run = ""  # the current run of plain literals, itself a requirement with one string

    def close() -> None:
        nonlocal current
        if any(current):
            candidates.append({s for s in current if s} if all(current) else set())
        current = {""}

    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            run += chr(av)
        else:
            if run:
                candidates.append({run})
            run = ""
        exact = None
        if op in (C.LITERAL, C.IN, C.BRANCH, C.SUBPATTERN):
            exact = _exact([(op, av)])
        if exact is not None and len(current) * len(exact) <= MAX_ALTERNATIVES:
            current = {a + b for a in current for b in exact}
            continue
        prefixes = _exact_prefixes([(op, av)]) if op in (C.BRANCH, C.SUBPATTERN) else None
        if prefixes and len(current) * len(prefixes) <= MAX_ALTERNATIVES:
            # "y(?:o|ears? old)": what came before, followed by how each alternative begins
            candidates.append({a + b for a in current for b in prefixes})
        close()
        inner: set[str] | None = None
        if op is C.BRANCH:
            inner = set()
            for alt in av[1]:
                sub = _required(alt)
                if sub is None:
                    inner = None
                    break
                inner |= sub
        elif op is C.SUBPATTERN:
            inner = _required(av[-1])
        elif op in _REPEATS and av[0] >= 1:
            inner = _required(av[2])
        if inner and len(inner) <= MAX_ALTERNATIVES:
            candidates.append(inner)
    close()
    if run:
        candidates.append({run})
    return _ranked(candidates)


def _preference(strings: set[str]) -> tuple[int, int, int]:
    # Past a few characters every set is selective enough: then prefer fewer strings.
    return (min(_score(strings), GOOD_SCORE), -len(strings), _score(strings))


def _ranked(candidates: list[set[str]]) -> list[set[str]]:
    """The selective sets among ``candidates``, best first, without repeats."""
    usable: list[set[str]] = []
    for c in sorted((c for c in candidates if c and _score(c) >= MIN_SCORE), key=_preference, reverse=True):
        if c not in usable:
            usable.append(c)
    return usable


@lru_cache(maxsize=4096)
def _parsed(pattern: str) -> Any:
    """The parse tree of ``pattern`` (or None), read once for its triggers and its reach."""
    try:
        return P.parse(pattern, 0)
    except (re.error, RecursionError, AttributeError, TypeError, OverflowError):
        return None


def triggers(pattern: str) -> frozenset[str] | None:
    """Literal triggers for ``pattern``, or None when it must always run."""
    found = trigger_sets(pattern, limit=1)
    return found[0] if found else None


def trigger_sets(pattern: str, *, limit: int = MAX_SETS) -> tuple[frozenset[str], ...]:
    """Up to ``limit`` sets of literals, each of which any match of ``pattern`` contains one of.

    Every set is necessary on its own, so a text that lacks a string of *any* of them
    cannot match: ``\\b1[0-7] ?(?:yo|years old)\\b`` needs "yo" or "years old" *and*
    one of "10" … "17". Requiring all of them lets far fewer texts through than the
    best set alone ("yo" occurs in every "you"). Empty when the pattern must always run.
    """
    parsed = _parsed(pattern)
    if parsed is None:
        return ()
    if parsed.state.flags & re.IGNORECASE:
        return ()  # triggers are matched case-sensitively on case-folded text
    return tuple(frozenset(c) for c in _required_sets(list(parsed))[:limit])


MAX_REACH = 600
"""Regexes that can match more characters than this search the whole text."""


def reach(pattern: str) -> tuple[int, int] | None:
    """(longest match, longest look-ahead) of ``pattern``, or None when a match can be empty or unbounded.

    With both bounded, a match that contains a trigger found at ``[s, e)`` starts in
    ``[e - longest, s]`` and reads no character beyond ``s + longest + look-ahead``,
    so the matcher searches only there, not the whole text (``RuleSet``).
    Back-references make the answer None too.
    """
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    try:
        low, high = parsed.getwidth()
    except (RecursionError, OverflowError):
        return None
    if low == 0 or high > MAX_REACH:
        return None
    ahead = _lookahead(list(parsed))
    return None if ahead is None else (int(high), ahead)


def _lookahead(items: Any) -> int | None:
    """The longest text any look-ahead in ``items`` reads, or None when unbounded or not understood."""
    longest = 0
    for op, av in items:
        inner: list[Any] = []
        if op in (C.ASSERT, C.ASSERT_NOT):
            direction, sub = av
            if direction == 1:
                width = sub.getwidth()[1]
                if width > MAX_REACH:
                    return None
                longest = max(longest, int(width))
            inner = [sub]
        elif op is C.SUBPATTERN:
            inner = [av[-1]]
        elif op is C.BRANCH:
            inner = list(av[1])
        elif op in _REPEATS:
            inner = [av[2]]
        elif op is getattr(C, "ATOMIC_GROUP", None):
            inner = [av]
        elif op in (C.GROUPREF, C.GROUPREF_EXISTS, getattr(C, "GROUPREF_IGNORE", None)):
            return None
        for sub in inner:
            found = _lookahead(list(sub))
            if found is None:
                return None
            longest = max(longest, found)
    return longest


def start_literals(pattern: str) -> frozenset[str] | None:
    """The literals with which every match of ``pattern`` begins, when they are few and selective.

    Then the matcher need not search the text for the regex: it tries a match only where
    the automaton found one of them (``(?:girls?|women) aged 1[0-7]`` is tried at each
    "girl" and "women"). None when a match may begin otherwise, or the set is too weak.
    """
    parsed = _parsed(pattern)
    if parsed is None or _FLAGS.search(pattern):  # (?i) and the like: literals would not be exact
        return None
    try:
        starts = _exact_prefixes(parsed)
    except (RecursionError, TypeError, AttributeError):
        return None
    if not starts or len(starts) > MAX_ALTERNATIVES or _score(starts) < MIN_SCORE:
        return None
    return frozenset(starts)
