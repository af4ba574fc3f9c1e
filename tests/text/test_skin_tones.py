"""Emoji skin-tone modifiers decorate the emoji before them: dropped by the normalisation, offsets kept."""

from __future__ import annotations

import pytest

from clew.text import normalize

TONES = ["\U0001f3fb", "\U0001f3fc", "\U0001f3fd", "\U0001f3fe", "\U0001f3ff"]


@pytest.mark.parametrize("tone", TONES)
def test_a_skin_tone_after_a_pointing_hand_is_dropped_and_the_hand_keeps_it_in_the_map(tone: str) -> None:
    original = "ig \U0001f449" + tone + " nora.k"
    view = normalize(original)
    assert view.text == "ig \U0001f449 nora.k"
    hand = view.text.index("\U0001f449")
    assert view.original_at(hand, hand + 1) == "\U0001f449" + tone
    name = view.text.index("nora.k")
    assert view.original_at(name, name + 6) == "nora.k"


def test_a_skin_tone_alone_leaves_nothing_and_the_rest_keeps_its_offsets() -> None:
    view = normalize("\U0001f3fd 702 555 0144")
    assert view.text.strip() == "702 555 0144"
    start = view.text.index("702")
    assert view.original_at(start, start + 12) == "702 555 0144"
