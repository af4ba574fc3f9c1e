"""Round signs standing for the digit 0 inside a number ("213 555 ⭕1⭕8")."""

from __future__ import annotations

import pytest

from clew.text import normalize
from clew.text.numbers import digit_view, zero_signs


def test_zero_signs_come_from_the_character_database() -> None:
    signs = zero_signs()
    assert {"⭕", "○", "⚪", "🔴", "🟢", "〇"} <= signs
    # half, dotted and crossed circles, and letters, are no zero
    assert not {"◐", "◌", "⊕", "o", "O", "0"} & signs


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("213 555 ⭕1⭕8", "213 555 0108"),
        ("call 0491 570 1🟢5", "call 0491 570 105"),
        ("604-555-〇1〇2", "604-555-0102"),
    ],
)
def test_a_round_sign_inside_a_number_is_a_zero(original: str, expected: str) -> None:
    assert digit_view(normalize(original)).text == expected


@pytest.mark.parametrize("original", ["call 213 555 0108⭕ now", "🔴213 555 0108", "⭕⭕ 213 555 0108 ⭕"])
def test_a_round_sign_only_at_the_edge_of_a_number_is_decoration(original: str) -> None:
    general = normalize(original)
    assert digit_view(general).text == general.text  # nothing read as a digit: the number stays 213 555 0108


def test_the_zero_maps_back_to_the_sign() -> None:
    view = digit_view(normalize("tel 213 555 ⭕1⭕8"))
    k = view.text.index("0108")
    assert view.original_at(k, k + 1) == "⭕"
