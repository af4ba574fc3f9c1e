from __future__ import annotations

import re
import time

import pytest

from clew.rules.redos import backtracking_risks


@pytest.mark.parametrize(
    "pattern",
    [r"(a+)+b", r"(?:\w+\s?)*end", r"(a|aa)*b", r"(?:\d+[.,]?)+x", r"(?:ab|abc)+"],
)
def test_dangerous_patterns_are_refused(pattern: str) -> None:
    assert backtracking_risks(pattern)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bpassport\b.{0,40}?\b(?:keep|hold)\b",
        r"(?:zero|one|two|three|four|five|six|seven|eight|nine){3,}",
        r"\d{1,3}(?:[,.]?\d{3})+",
        r"(?:x\d{1,3})+",
        r"[a-z]+@[a-z]+\.[a-z]{2,}",
        r"(?:ab|cd)+",
    ],
)
def test_safe_patterns_pass(pattern: str) -> None:
    assert backtracking_risks(pattern) == []


def test_a_refused_pattern_really_is_slow_and_an_accepted_one_is_not() -> None:
    # The check is about real behaviour: the refused shape blows up on a short input.
    refused, accepted = r"(a+)+b", r"a+b"
    text = "a" * 22
    started = time.perf_counter()
    re.search(accepted, text)
    fast = time.perf_counter() - started
    started = time.perf_counter()
    re.search(refused, text)
    slow = time.perf_counter() - started
    assert slow > 100 * fast
