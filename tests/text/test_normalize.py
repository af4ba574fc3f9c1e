from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clew.text import normalize

CASES = [
    # (original, normalised)
    ("Hello World", "hello world"),
    ("Call ＭＥ ７０２", "call me 702"),
    ("٠٥٠١٢٣", "050123"),
    ("۰۹۱۲", "0912"),  # Persian digits
    ("३१०", "310"),  # Devanagari
    ("๐๘๑", "081"),  # Thai
    ("3️⃣1️⃣0️⃣", "310"),  # keycap emoji
    ("a\u200bb\u200dc", "abc"),  # zero-width characters
    ("many   spaces\n\tand lines", "many spaces and lines"),
    ("  padded  ", "padded"),
    ("Straße", "strasse"),
    ("e\u0301te\u0301", "été"),  # combining accents compose
    ("𝐛𝐨𝐥𝐝", "bold"),  # mathematical letters
]


@pytest.mark.parametrize(("original", "expected"), CASES)
def test_normalised_view(original: str, expected: str) -> None:
    assert normalize(original).text == expected


@pytest.mark.parametrize(("original", "expected"), CASES)
def test_every_character_maps_back_to_the_original(original: str, expected: str) -> None:
    view = normalize(original)
    for i in range(len(view.text)):
        a, b = view.span(i, i + 1)
        assert 0 <= a < b <= len(original)


def test_span_maps_full_width_digits_to_their_original_characters() -> None:
    view = normalize("tel ２１３ ５５５")
    start = view.text.index("213")
    assert view.original_at(start, start + 3) == "２１３"


def test_collapsed_spaces_map_to_the_whole_run() -> None:
    view = normalize("a \n\n b")
    assert view.text == "a b"
    assert view.original_at(1, 2) == " \n\n "


@given(st.text())
def test_any_string_gives_spans_inside_the_original(original: str) -> None:
    view = normalize(original)
    previous = 0
    for i in range(len(view.text)):
        a, b = view.span(i, i + 1)
        assert 0 <= a < b <= len(original)
        assert a >= previous  # the map never goes backwards
        previous = a
    if view.text:
        a, b = view.span(0, len(view.text))
        assert 0 <= a <= b <= len(original)


@given(st.text(alphabet=st.characters(codec="ascii")))
def test_ascii_fast_path_agrees_with_the_rules(original: str) -> None:
    view = normalize(original)
    assert view.text == " ".join(original.lower().split())
