"""Refuse regular expressions that could backtrack catastrophically.

Python's ``re`` backtracks, so a pattern such as ``(a+)+b`` or ``(a|aa)*b`` takes
exponential time on some inputs — a rule pack could hang the pipeline. Two shapes
cause it, and both are refused, looking at the parse tree:

* a **nested quantifier**: a repetition with no upper bound (``*``, ``+``, ``{n,}``)
  around something that itself repeats without bound (``(a+)+``, ``(\\s*x)*``);
* an **ambiguous repetition**: a repetition with no upper bound around alternatives
  that can split the same text in several ways — literal words of which one is a
  prefix of another (``(a|aa)*``), or other alternatives that can begin alike.

Bounded repetitions (``.{0,60}``, ``\\d{2,4}``) are allowed: their cost is polynomial
with a small bound. The check is conservative; a refused pattern can usually be
rewritten with a bounded count or a single character class.
"""

from __future__ import annotations

import importlib
from itertools import pairwise
from typing import Any

from clew.rules.triggers import _exact

C: Any = importlib.import_module("re._constants")
P: Any = importlib.import_module("re._parser")

UNBOUNDED = 100
"""A repetition allowing more than this many rounds counts as unbounded."""
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())
_ANY = "any"


def _first_chars(items: Any) -> set[Any]:
    """Characters (or categories, or 'any') a sequence can start with, approximately."""
    for op, av in items:
        if op is C.LITERAL:
            return {chr(av)}
        if op is C.IN:
            out: set[Any] = set()
            for kind, value in av:
                if kind is C.LITERAL:
                    out.add(chr(value))
                elif kind is C.RANGE:
                    out.update(chr(c) for c in range(value[0], min(value[1], value[0] + 256) + 1))
                else:
                    out.add(_ANY)
            return out
        if op is C.ANY or op is C.NOT_LITERAL:
            return {_ANY}
        if op is C.BRANCH:
            return set().union(*(_first_chars(alt) for alt in av[1]))
        if op is C.SUBPATTERN:
            return _first_chars(av[-1])
        if op in _REPEATS:
            first = _first_chars(av[2])
            if av[0] >= 1:
                return first
            return first | _first_chars(items[items.index((op, av)) + 1 :])
        if op is C.AT or op is C.ASSERT or op is C.ASSERT_NOT:
            continue
        return {_ANY}
    return set()


def _repeats_inside(items: Any) -> bool:
    """Whether the sequence contains a repetition without bound of its own."""
    for op, av in items:
        if op in _REPEATS and av[1] > UNBOUNDED:
            return True
        if op is C.BRANCH and any(_repeats_inside(alt) for alt in av[1]):
            return True
        if op is C.SUBPATTERN and _repeats_inside(av[-1]):
            return True
    return False


def _not_prefix_free(strings: set[str]) -> bool:
    words = sorted(strings)
    return "" in strings or any(b.startswith(a) for a, b in pairwise(words))


def _overlapping(alternatives: list[Any]) -> bool:
    """Whether a string could be split among the alternatives in more than one way."""
    exact = [_exact(alt) for alt in alternatives]
    if all(e is not None for e in exact):
        # Literal alternatives are safe when no one is a prefix of another ("one|two|three").
        return _not_prefix_free({w for e in exact if e is not None for w in e})
    seen: set[Any] = set()
    for alt in alternatives:
        first = _first_chars(alt)
        if (_ANY in first and seen) or (_ANY in seen and first) or (first & seen):
            return True
        seen |= first
    return False


def _walk(items: Any, problems: list[str]) -> None:
    for op, av in items:
        if op in _REPEATS:
            body = av[2]
            if av[1] > UNBOUNDED:
                if _repeats_inside(body):
                    problems.append("a repetition without bound contains another repetition (nested quantifier)")
                whole = _exact(body)
                branches = [alt for o, a in body if o is C.BRANCH for alt in a[1]]
                if (whole is not None and _not_prefix_free(whole)) or (
                    whole is None and branches and _overlapping(branches)
                ):
                    problems.append("a repetition without bound repeats alternatives that can start alike")
            _walk(body, problems)
        elif op is C.BRANCH:
            for alt in av[1]:
                _walk(alt, problems)
        elif op is C.SUBPATTERN:
            _walk(av[-1], problems)
        elif op is C.ASSERT or op is C.ASSERT_NOT:
            _walk(av[1], problems)


def backtracking_risks(pattern: str) -> list[str]:
    """Why ``pattern`` could backtrack catastrophically (empty when it is safe)."""
    try:
        parsed = P.parse(pattern, 0)
    except Exception:  # compile errors are reported by the caller
        return []
    problems: list[str] = []
    _walk(list(parsed), problems)
    return sorted(set(problems))
