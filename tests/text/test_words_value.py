"""Number phrases read in any language of the vocabulary (``clew.text.numbers.words_value``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.text import digit_view, normalize
from clew.text.numbers import vocabulary, words_value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("nineteen", 19),
        ("twenty-one", 21),
        ("veintidós", 22),
        ("vingt-deux", 22),
        ("quatre-vingt-dix-neuf", 99),
        ("vinte e dois", 22),
        ("douăzeci și unu", 21),
        ("двадцать один", 21),
        ("dua puluh satu", 21),
        ("hai mươi", 20),
        ("một trăm linh năm", 105),  # "linh" joins, it is no zero
        ("二十", 20),
        ("十九", 19),
        ("二十四", 24),
        ("ยี่สิบเอ็ด", 21),
        ("عشرين", 20),
        ("yirmi", 20),
        ("o sută", 100),
    ],
)
def test_a_phrase_of_number_words_has_its_value(phrase: str, value: int) -> None:
    assert words_value(phrase) == value


@pytest.mark.parametrize("phrase", ["", "hello", "twenty hello", "one two", "new in town", "19", "twenty 1"])
def test_anything_but_one_number_in_words_has_no_value(phrase: str) -> None:
    assert words_value(phrase) is None


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("sună: zero patru nouă unu, cinci sute șaptezeci, o sută nouăzeci", "sună: 0 4 9 1, 570, 190"),
        ("không bốn chín một, năm trăm bảy mươi, một trăm linh năm", "0 4 9 1, 570, 105"),
        ("sıfır dört dokuz bir beş yedi sıfır bir iki iki", "0 4 9 1 5 7 0 1 2 2"),
        ("शून्य चार नौ एक पाँच सात शून्य एक चार सात", "0 4 9 1 5 7 0 1 4 7"),
        ("3 o 5", "3 0 5"),
    ],
)
def test_new_vocabularies_in_the_numeric_view(original: str, expected: str) -> None:
    assert digit_view(normalize(original)).text == expected


def test_english_words_hold_no_turkish_numbers() -> None:
    # "on", "bin" are English words: "bin" is no Turkish 1000, and "on" a Turkish 10 only between Turkish number words
    assert "bin" not in vocabulary().words and vocabulary().words["on"].flanked
    assert digit_view(normalize("call 213 555 0127 on weekends")).text == "call 213 555 0127 on weekends"
    assert digit_view(normalize("one two on three four")).text == "1 2 on 3 4"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_reads_as_a_number_or_nothing(phrase: str) -> None:
    value = words_value(phrase)
    assert value is None or value >= 0
