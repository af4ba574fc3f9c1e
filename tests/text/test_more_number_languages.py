"""Number words of the languages added for held-out batch 9's gaps, and the mechanisms they needed:
unit-first compounds written out by the loader, connectors between hyphens, one-letter words read only
alone between numbers, accented spellings without their plain twin."""

from __future__ import annotations

import pytest

from clew.text import normalize
from clew.text.numbers import digit_view, vocabulary, words_value

VIEWS = [
    ("hét egy három 555 nulla egy négy egy", "7 1 3 555 0 1 4 1"),  # Hungarian
    ("čtyři jedna šest 555 nula jedna pět dva", "4 1 6 555 0 1 5 2"),  # Czech
    ("štyri jedna šesť, päť deväť", "4 1 6, 5 9"),  # Slovak
    ("kaksi yksi kaksi - 555 - nolla yksi kuusi kuusi", "2 1 2 - 555 - 0 1 6 6"),  # Finnish
    ("tre noll fem 555 noll ett åtta nio", "3 0 5 555 0 1 8 9"),  # Swedish
    ("seks nul fire 555 nul en tre syv", "6 0 4 555 0 1 3 7"),  # Danish
    ("шест један седам 555 нула један девет шест", "6 1 7 555 0 1 9 6"),  # Serbian Cyrillic
    ("tres u dos, cinc cinc cinc, zero u set tres", "3 1 2, 5 5 5, 0 1 7 3"),  # Catalan, lone "u"
    ("सात शून्य दुई 555 शून्य एक चार चार", "7 0 2 555 0 1 4 4"),  # Nepali
    ("үш бес жеті, нөл екі", "3 5 7, 0 2"),  # Kazakh
]


@pytest.mark.parametrize(("original", "expected"), VIEWS)
def test_numeric_view_in_more_languages(original: str, expected: str) -> None:
    assert digit_view(normalize(original)).text == expected


WORDS = [
    ("dreiundzwanzig", 23),
    ("einundzwanzig", 21),
    ("drieëntwintig", 23),
    ("tweeëntwintig", 22),
    ("enogtyve", 21),
    ("dvaadvacet", 22),
    ("huszonegy", 21),
    ("tizenkettő", 12),
    ("kaksikymmentäkaksi", 22),
    ("yksitoista", 11),
    ("tjugotvå", 22),
    ("tjueen", 21),
    ("ventitré", 23),
    ("ventuno", 21),
    ("trentotto", 38),
    ("dvadeset i jednu", 21),
    ("двадесет један", 21),
    ("vint-i-dos", 22),
    ("dvadsať", 20),
    ("ishirini na mbili", 22),
    ("dalawampu't isa", 21),
    ("жиырма бір", 21),
    ("dwadzieścia dwa", 22),
    ("osiemnaście", 18),
]


@pytest.mark.parametrize(("phrase", "value"), WORDS)
def test_words_value_in_more_languages(phrase: str, value: int) -> None:
    assert words_value(phrase) == value


def test_one_letter_words_are_read_only_between_numbers() -> None:
    assert "u" not in vocabulary().words  # never met by the automaton inside words
    assert digit_view(normalize("tres u quatre")).text == "3 1 4"
    assert digit_view(normalize("thank u so much, u rock")).text == "thank u so much, u rock"


def test_accents_only_spellings_have_no_plain_twin() -> None:
    words = vocabulary().words
    assert "öt" in words and "ot" not in words
    assert "két" in words and "ket" not in words


def test_words_that_are_common_elsewhere_stay_words_in_sentences() -> None:
    for sentence in (
        "en la ciudad, et puis le set de tres piezas",
        "I wear a hat, sex appeal, fire sale",
        "Nina ni pet shop, sto lat",
    ):
        assert digit_view(normalize(sentence)).text == normalize(sentence).text


def test_unit_first_compounds_map_back_to_the_whole_word() -> None:
    original = "Ruf an: vier null dreiundzwanzig, fünfundvierzig"
    view = digit_view(normalize(original))
    assert view.text == "ruf an: 4 0 23, 45"
    start = view.text.index("23")
    assert view.original_at(start, start + 2) == "dreiundzwanzig"
    assert digit_view(normalize("Ich bin dreiundzwanzig")).text == "ich bin dreiundzwanzig"  # a lone word stays
