"""Circled digits NFKC leaves alone, and letter-spaced addresses, in the normalised view."""

from __future__ import annotations

import pytest

from clew.text import normalize
from clew.text.places import places_in


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("❸❶⓿", "310"),  # dingbat negative circled digits
        ("➀➁➂", "123"),  # dingbat circled sans-serif digits
        ("⓵⓶", "12"),  # double circled digits
        ("call ❼⓿❷ now", "call 702 now"),
        ("①②③", "123"),  # these NFKC already unfolds
    ],
)
def test_every_circled_digit_becomes_ascii(original: str, expected: str) -> None:
    assert normalize(original).text == expected


def test_circled_digits_map_back_one_to_one() -> None:
    view = normalize("tel ❸❶⓿ ok")
    start = view.text.index("310")
    assert [view.original_at(i, i + 1) for i in range(start, start + 3)] == ["❸", "❶", "⓿"]


def test_three_spaced_letters_join_beside_a_spaced_at_or_dot() -> None:
    view = normalize("k i m @ e x a m p l e . c o m")
    assert view.text == "kim @ example . com"
    assert view.original_at(0, 3) == "k i m"


def test_three_spaced_letters_stay_apart_elsewhere() -> None:
    assert normalize("a b c and x y z").text == "a b c and x y z"


def test_a_russian_city_name_in_another_case_is_found() -> None:
    hits = places_in(normalize("Работаю в Мельбурне и в Лондоне"))
    assert [h.place.country for h in hits] == ["AU", "GB"]
