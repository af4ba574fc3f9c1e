"""Hangul fillers are dropped and enclosed Latin letters that NFKC leaves alone are read as letters; offsets kept."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clew.text import normalize
from clew.text.numbers import digit_view, words_value

FILLERS = ["\u3164", "\uffa0", "\u115f", "\u1160"]


@pytest.mark.parametrize("filler", FILLERS)
def test_a_filler_between_digits_is_dropped_and_the_digits_keep_their_place(filler: str) -> None:
    original = "tel " + filler.join("2135550166")
    view = normalize(original)
    assert view.text == "tel 2135550166"
    start = view.text.index("213")
    # the jamo fillers U+115F and U+1160 cluster with the character before them, like a mark: they may come along
    assert view.original_at(start, start + 3).removesuffix(filler) == filler.join("213")


def test_fillers_around_an_at_sign_are_dropped() -> None:
    assert normalize("lily\u3164@\u3164example.com").text == "lily@example.com"


def test_every_negative_squared_and_circled_capital_reads_as_its_letter() -> None:
    for code in range(0x1F150, 0x1F18A):
        ch = chr(code)
        name = unicodedata.name(ch, "")
        if " LATIN CAPITAL LETTER " not in name:
            continue
        letter = name.rsplit(" ", 1)[1].lower()
        view = normalize(f"x {ch} y")
        assert view.text == f"x {letter} y", name
        assert view.original_at(2, 3) == ch


def test_enclosed_letters_spell_a_platform_and_a_zero_with_its_variation_selector() -> None:
    assert normalize("🅸🅶: dora.sun").text == "ig: dora.sun"
    view = digit_view(normalize("txt 6🅾\ufe0f2 555 🅾\ufe0f114"))
    assert view.text == "txt 602 555 0114"
    assert view.original_at(4, 7) == "6🅾\ufe0f2"


def test_other_emoji_and_symbols_stay() -> None:
    assert normalize("🆗 👍 ☎").text == "🆗 👍 ☎"


@given(st.text(alphabet=st.sampled_from([*FILLERS, "🅸", "🅶", "🅾", "\ufe0f", "a", "1", " ", "@", "."]), max_size=40))
def test_each_character_of_the_view_maps_into_the_original(text: str) -> None:
    view = normalize(text)
    previous = -1
    for i in range(len(view.text)):
        start, end = view.span(i, i + 1)
        assert 0 <= start < end <= len(text)
        assert start >= previous
        previous = start
        if view.text[i] != " ":
            assert text[start:end].strip("".join(FILLERS) + "\ufe0f"), "a visible character maps onto fillers only"


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("divdesmit pieci", 25),
        ("kakskümmend üks", 21),
        ("двадесет и четири", 24),
        ("дваесет и два", 22),
        ("yigirma bir", 21),
        ("жыйырма эки", 22),
        ("хорин гурав", 23),
        ("ashirin da biyu", 22),
        ("hogeita hamar", 30),
        ("bîst û du", 22),
        ("විසි තුන", 23),
        ("सत्ताईस", 27),
        ("निन्यानवे", 99),
        ("পঁয়ত্রিশ", 35),
        ("اٹھائیس", 28),
        ("ოცდაათი", 30),
        ("ორმოცდათხუთმეტი", 55),
        ("ሃያ አንድ", 21),
        ("አስራ ሁለት", 12),
    ],
)
def test_number_words_of_more_languages(phrase: str, value: int) -> None:
    assert words_value(phrase) == value


def test_digits_spelled_in_more_languages_in_the_numeric_view() -> None:
    assert digit_view(normalize("0491 570 nul een nege")).text == "0491 570 0 1 9"
    assert digit_view(normalize("647 беш беш беш 0115")).text == "647 5 5 5 0115"
    assert digit_view(normalize("213 555 01 ութ ինը")).text == "213 555 01 8 9"
    assert digit_view(normalize("30 min 150 €")).text == "30 min 150 €"  # "min" is no thousand here
    assert digit_view(normalize("604 555 ნული ერთი ერთი ორი")).text == "604 555 0 1 1 2"
    assert digit_view(normalize("604 555 ዜሮ አንድ አንድ ሁለት")).text == "604 555 0 1 1 2"
    assert digit_view(normalize("604 555 শূন্য এক এক দুই")).text == "604 555 0 1 1 2"
