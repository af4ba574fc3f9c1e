"""Number words glued into one word make a number only when one language has them all."""

from __future__ import annotations

import pytest

from clew.identifiers import extract
from clew.model import Document
from clew.text import normalize
from clew.text.numbers import digit_view, vocabulary


def view(text: str) -> str:
    return digit_view(normalize(text)).text


@pytest.mark.parametrize(
    "word",
    [
        "Seiten",  # German "pages": Italian "sei" + English "ten"
        "fourni",  # French "provided": English "four" + a "ni" of another language
        "también",  # Spanish "also"
        "sizes",
    ],
)
def test_ordinary_words_made_of_pieces_of_two_languages_stay_words(word: str) -> None:
    text = f"312 {word}, 24,95"
    assert view(text) == normalize(text).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("twentysix", "26"),
        ("fourfoureight", "448"),
        ("vingtdeux", "22"),
        ("сорокдва", "42"),
    ],
)
def test_glued_words_of_one_language_still_make_a_number(text: str, expected: str) -> None:
    assert view(text) == expected


def test_a_spelling_shared_by_languages_keeps_all_of_them() -> None:
    v = vocabulary()
    # "un" is one in Spanish, French and (elided) Italian: "ventun anni" is Italian 21 throughout
    assert bin(v.words["un"].langs).count("1") >= 3
    ages = [e.value for e in extract(Document(id="a", text="ho ventun anni e vivo a Bologna")) if e.type == "age"]
    assert ages == ["21"]


def test_belarusian_digits_are_read() -> None:
    doc = Document(id="b", text="Тэлефон: восем адзін сем, пяць пяць пяць, нуль адзін дзевяць сем", country="US")
    assert [e.value for e in extract(doc) if e.type == "phone"] == ["+18175550197"]
