"""Number words of the languages added for held-out batch 30's gaps (Pashto, Tajik, Turkmen, Malagasy, Tigrinya and
their neighbours), and the ``inner`` words of number_words.yaml: they never open a run of numbers, however long."""

from __future__ import annotations

import pytest

from clew.text import normalize
from clew.text.numbers import digit_view, vocabulary

VIEWS = [
    ("صفر دوه صفر، اووه نهه څلور شپږ", "0 2 0، 7 9 4 6"),  # Pashto
    ("сифр ду сифр, ҳафт нӯҳ чор шаш", "0 2 0, 7 9 4 6"),  # Tajik
    ("сифр ду сифр, хафт нух чор шаш, сифр панч се ду", "0 2 0, 7 9 4 6, 0 5 3 2"),  # Tajik, Russian keyboard
    ("nol bir, alty ýedi, bäş", "0 1, 6 7, 5"),  # Turkmen
    ("aotra iray, efatra valo, enina roa", "0 1, 4 8, 6 2"),  # Malagasy
    ("ዜሮ ክልተ ዜሮ፣ ሸውዓተ ትሽዓተ", "0 2 0፣ 7 9"),  # Tigrinya
    ("duwwaa lama, torba sagal", "0 2, 7 9"),  # Oromo
    ("ноль ике ноль, җиде тугыз", "0 2 0, 7 9"),  # Tatar
]


@pytest.mark.parametrize(("original", "expected"), VIEWS)
def test_numeric_view_in_batch30_languages(original: str, expected: str) -> None:
    assert digit_view(normalize(original)).text == expected


def test_inner_word_counts_inside_and_at_the_end_of_a_run() -> None:
    assert digit_view(normalize("сифр се шаш як сифр ду")).text == "0 3 6 1 0 2"
    assert digit_view(normalize("сифр ду сифр, ҳафт нӯҳ чор шаш, сифр панҷ ду се")).text == "0 2 0, 7 9 4 6, 0 5 2 3"


def test_inner_word_never_opens_a_long_run() -> None:
    # Bulgarian "се" (reflexive) just before a long run of number words
    assert digit_view(normalize("Обадете се: нула две нула седем девет")).text == "обадете се: 0 2 0 7 9"


def test_inner_words_are_ambiguous_too() -> None:
    word = vocabulary().words["се"]
    assert word.inner and word.ambiguous and word.value == 3


FLANKED = [
    ("zewo en de twa", "0 1 2 3"),  # Haitian "de" between Haitian number words
    ("rele twa zewo senk, senk senk senk, zewo en de de twa", "rele 3 0 5, 5 5 5, 0 1 2 2 3"),
    ("zero sink de set nef", "0 5 2 7 9"),  # Mauritian "de", "set"
    ("sıfır beş on iki", "0 5 12"),  # Turkish "on" = 10 between Turkish number words
    ("página 1 de 3", "página 1 de 3"),  # next to digits: a preposition
    ("capítulo uno de tres", "capítulo uno de tres"),  # one number word before it: not enough
    ("for one on one", "for one on one"),  # English around the Turkish ten
    ("dekat sini", "dekat sini"),  # glued into a word: no number
    ("de twa zewo senk", "de 3 0 5"),  # never opens a run
]


@pytest.mark.parametrize(("original", "expected"), FLANKED)
def test_flanked_words_count_only_between_number_words(original: str, expected: str) -> None:
    assert digit_view(normalize(original)).text == expected


def test_flanked_words_are_ambiguous_too() -> None:
    word = vocabulary().words["de"]
    assert word.flanked and word.ambiguous and word.value == 2
