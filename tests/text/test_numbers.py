"""The numeric view: number words, leet and look-alike letters as digits, offsets kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.text import normalize
from clew.text.numbers import digit_view, read_token, vocabulary

CASES = [
    # (original, numeric view)
    # English, digit by digit and compounds
    ("five one four five five five zero one three nine", "5 1 4 5 5 5 0 1 3 9"),
    ("twentysix", "26"),
    ("6twentysix-4ohthree-o6oo", "626-403-0600"),
    ("310 fourfoureight 2th0usand", "310 448 2000"),
    ("TwO/6/zERo-FouR/0/NiNe", "2/6/0-4/0/9"),
    ("2ONE6-SIX2TWO-5NINE5FOUR", "216-622-5954"),
    ("for80 2sixseven one9zerofor", "480 267 1904"),
    ("3tothree 4three0", "323 430"),
    ("f0ur s1x zer0 th0usand", "4 6 0 1000"),
    ("S1X 0 TW0 - 0NE N1NE", "6 0 2 - 1 9"),
    ("one hundred and five", "105"),
    ("seventy seven", "77"),
    ("double five one", "55 1"),
    # letters standing for digits
    ("26o*435*o72o", "260*435*0720"),
    ("2l3 555 0l27", "213 555 0127"),
    ("3 o 5", "3 0 5"),
    # other languages
    ("nueve7dos", "972"),
    ("NUEVE SIETE DOS, CINCO CINCO CINCO", "9 7 2, 5 5 5"),
    ("treinta y dos", "32"),
    ("dos mil", "2000"),
    ("zéro six, douze, trente-quatre, soixante-dix-huit", "0 6, 12, 34, 78"),
    ("quatre-vingt-dix-sept et soixante et onze", "97 et 71"),
    ("zero sete um nove nove oito sete", "0 7 1 9 9 8 7"),
    ("vinte e seis", "26"),
    ("zero șapte doi doi unu doi", "0 7 2 2 1 2"),
    ("zero şapte doi doi unu doi", "0 7 2 2 1 2"),  # cedilla spelling
    ("douăzeci și unu", "21"),
    ("восемь девятьсот шестнадцать", "8 916"),
    ("двадцать шесть", "26"),
    ("kosong delapan satu dua tiga empat", "0 8 1 2 3 4"),
    ("dua puluh lima, dua belas", "25, 12"),
    ("không chín không tám một hai", "0 9 0 8 1 2"),
    ("hai mươi mốt", "21"),
    ("mười hai", "12"),
    ("tre uno zero cinque cinque", "3 1 0 5 5"),
    ("null vier neun eins fünf sieben", "0 4 9 1 5 7"),
    ("联系电话：一三八一二三四五", "联系电话:13812345"),
    ("cinco doble cinco, cero triple uno", "5 55, 0 111"),  # Spanish repeats
    ("twa zewo senk, zewo en uit", "3 0 5, 0 1 8"),  # Haitian Creole
    ("lix kow laba, eber toddoba", "6 1 2, 0 7"),  # Somali
    ("zero një gjashtë, nëntë tetë", "0 1 6, 9 8"),  # Albanian
    ("paanch paanch paanch, chaar aath", "5 5 5, 4 8"),  # romanised Hindi
    # stays as it is: words in sentences, lone ambiguous words
    ("I have two girls, one blonde", "i have two girls, one blonde"),
    ("seventeen", "seventeen"),
    ("call me 213 555 0127 to book", "call me 213 555 0127 to book"),
    ("năm 2024 tôi ở hà nội", "năm 2024 tôi ở hà nội"),
    ("someone often said tone", "someone often said tone"),
    ("lima 213", "lima 213"),
    ("a double room", "a double room"),
    ("weekend7086315843", "weekend7086315843"),
    ("lol o l", "lol o l"),
    ("una habitación doble", "una habitación doble"),
    ("I do teen modeling, en la casa", "i do teen modeling, en la casa"),
    ("saat kaç", "saat kaç"),
]


@pytest.mark.parametrize(("original", "expected"), CASES)
def test_numeric_view(original: str, expected: str) -> None:
    assert digit_view(normalize(original)).text == expected


def test_digits_map_back_to_the_words_they_were_read_from() -> None:
    original = "call six02 twotwoeight now"
    view = digit_view(normalize(original))
    assert view.text == "call 602 228 now"
    start = view.text.index("602")
    assert view.original_at(start, start + 3) == "six02"
    assert view.original_at(start + 4, start + 7) == "twotwoeight"
    assert view.original_at(start, start + 7) == "six02 twotwoeight"
    assert view.span(0, 4) == (0, 4)


def test_spans_go_through_the_general_view_to_the_original() -> None:
    original = "Tel: ２ＯＮＥ３ ５５５ ０１２７"
    view = digit_view(normalize(original))
    assert view.text == "tel: 213 555 0127"
    assert view.original_at(5, 8) == "２ＯＮＥ３"


def test_words_of_the_newer_languages_map_back_to_themselves() -> None:
    original = "mera number: paanch paanch paanch, zewo en uit"
    view = digit_view(normalize(original))
    assert view.text == "mera number: 5 5 5, 0 1 8"
    start = view.text.index("5")
    assert view.original_at(start, start + 1) == "paanch"
    assert view.original_at(start, start + 5) == "paanch paanch paanch"
    end = len(view.text)
    assert view.original_at(end - 5, end) == "zewo en uit"


def test_the_view_is_built_once_per_normalised_text() -> None:
    base = normalize("five five five")
    assert digit_view(base) is digit_view(base)


def test_unchanged_text_is_shared() -> None:
    base = normalize("no numbers here")
    assert digit_view(base).text is base.text


def test_vocabulary_covers_the_required_languages() -> None:
    words = vocabulary().words
    for word in ("five", "cinco", "cinq", "cinci", "пять", "lima", "năm", "dua", "nueve", "nouă", "quatro", "senk",
                 "shan", "gjashtë", "paanch"):  # fmt: skip
        assert word in words, word


def test_a_leet_word_needs_real_letters() -> None:
    assert [p.kind for p in read_token("s1x")] == ["word"]
    assert [p.kind for p in read_token("0ne")] == ["word"]
    assert [p.kind for p in read_token("1st")] == ["digits", "junk"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_spans_inside_the_original(original: str) -> None:
    view = digit_view(normalize(original))
    for i in range(len(view.text)):
        a, b = view.span(i, i + 1)
        assert 0 <= a < b <= len(original)


_PIECES = st.sampled_from(
    [
        "one",
        "two",
        "oh",
        "o",
        "to",
        "for",
        "twenty",
        "six",
        "hundred",
        "thousand",
        "y",
        "et",
        "dos",
        "năm",
        "五",
        *list("0123456789 -.*~/()[]{}lIO"),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_number_soup_gives_spans_inside_the_original(original: str) -> None:
    view = digit_view(normalize(original))
    for i in range(len(view.text)):
        a, b = view.span(i, i + 1)
        assert 0 <= a < b <= len(original)


@pytest.mark.parametrize(
    "text",
    [
        "1" * 1_000_000,
        "1 " * 500_000,
        "one " * 250_000,
        "o1l0" * 250_000,
        "twentysix" * 100_000,
        "😀" * 1_000_000,
    ],
    ids=["digits", "spaced-digits", "words", "letters-and-digits", "one-long-word", "emoji"],
)
def test_a_megabyte_of_adversarial_text_finishes(text: str) -> None:
    # Linear time is measured by `bench/identifiers_memex.py --linear`, not timed here.
    view = digit_view(normalize(text))
    assert len(view.text) > 0
    last = len(view.text) - 1
    assert view.span(0, 1)[0] == 0 and view.span(last, last + 1)[1] <= len(text)
