"""Phone numbers as traffickers write them: spelled, leet, noisy, in other scripts — and distractors."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clew.identifiers import extract
from clew.identifiers.phone import find_numbers, is_obfuscated, validate
from clew.model import Document
from clew.text import normalize
from clew.text.numbers import digit_view, vocabulary


def phones(text: str, country: str | None = "US", url: str | None = None) -> list[str]:
    doc = Document(id="x", text=text, country=country, url=url)
    return [e.value for e in extract(doc) if e.type == "phone"]


FOUND = [
    # separator noise
    ("*213~*555~01**27", "US", ["+12135550127"]),
    ("[2][1][3]  [5][5][5]  [0][1][2][7]", "US", ["+12135550127"]),
    ("2-1-3-5-5-5-0-1-2-7", "US", ["+12135550127"]),
    ("((2-1-3)) {{5.5.5.}} [[0127]]", "US", ["+12135550127"]),
    ("2@1@3@5@5@5@0@1@2@7", "US", ["+12135550127"]),
    ("📞 213 📞 555 📞 0127 📞", "US", ["+12135550127"]),
    ("1*213*555*0127*", "US", ["+12135550127"]),
    # words, leet, letters for digits
    ("2ONE3-FIVE5five-0ONE2seven", "US", ["+12135550127"]),
    ("two1three five55 zer0 one two seven", "US", ["+12135550127"]),
    ("21three 5fivefive 0onetwo7", "US", ["+12135550127"]),
    ("2l3-555-O127", "US", ["+12135550127"]),
    ("2 one 3 five 5 5 o 1 2 seven", "US", ["+12135550127"]),
    ("six0two two2eight 4oneninetwo 90hour", "US", ["+16022284192"]),
    ("im at 6twentysix-4ohthree-o6oo call me", "US", ["+16264030600"]),
    ("310 fourfoureight 2th0usand", "US", ["+13104482000"]),
    ("NUEVE SIETE DOS, CINCO CINCO CINCO, CERO UNO UNO CUATRO", "US", ["+19725550114"]),
    ("nueve7dos 5cinco5 cero1uno4", "US", ["+19725550114"]),
    ("zéro un, quatre-vingt-dix-neuf, zéro zéro, douze, trente-quatre", "FR", ["+33199001234"]),
    ("ноль четыре девять один пять семь ноль один пять шесть", "AU", ["+61491570156"]),
    ("không bốn chín một năm bảy không một năm sáu", "AU", ["+61491570156"]),
    ("kosong empat sembilan satu lima tujuh kosong satu lima enam", "AU", ["+61491570156"]),
    # other scripts, keycaps, look-alikes, invisible characters
    ("２１３－５５５－０１２７", "US", ["+12135550127"]),
    ("٢١٣٥٥٥٠١٢٧", "US", ["+12135550127"]),
    ("3️⃣1️⃣0️⃣5️⃣5️⃣5️⃣0️⃣1️⃣4️⃣4️⃣", "US", ["+13105550144"]),
    ("2Ι3 555 Ο127", "US", ["+12135550127"]),
    ("2\u200b1\u200b3\u200b5\u200b5\u200b5\u200b0\u200b1\u200b2\u200b7", "US", ["+12135550127"]),
    # several numbers, repeats, glued to words
    ("972 555 0114 972 555 0114", "US", ["+19725550114", "+19725550114"]),
    ("213 555 0127 310 555 0144 702 555 0100", "US", ["+12135550127", "+13105550144", "+17025550100"]),
    ("weekend2135550127 or 3105550144tonight", "US", ["+12135550127", "+13105550144"]),
    ("$200tel2135550127", "US", ["+12135550127"]),
    ("$276 2135550127", "US", ["+12135550127"]),
    ("Provider ID# 195402 Journey 213.555.0127", "US", ["+12135550127"]),
    # international forms
    ("+61 491 570 156", None, ["+61491570156"]),
    ("0033 1 99 00 12 34", "US", ["+33199001234"]),
    ("011 61 491 570 156", "US", ["+61491570156"]),
    ("+44 20 7946 0123 or 020 7946 0958", "GB", ["+442079460123", "+442079460958"]),
]


@pytest.mark.parametrize(("text", "country", "expected"), FOUND)
def test_obfuscated_numbers_are_found(text: str, country: str | None, expected: list[str]) -> None:
    assert phones(text, country) == expected


DISTRACTORS = [
    ("Price 150 roses, 2 hours, zip 90210", "US"),
    ("$150/hh $250/hr $600 overnight", "US"),
    ("Posted 2026-03-14 10:30, ad #4412", "US"),
    ("Order #44129871 on 03/14/2026", "SG"),
    ("Available 24/7 from 9:30am", "US"),
    ("34-24-36, 5'6\", 140 lbs, 36C, 23yo", "US"),
    ("ID# 195402, ref 88412937", "US"),
    ("2016 06 17 - 21", "EC"),
    ("tx 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060", "US"),
    ("1Z999AA10123456784", "US"),
    ("*8284323547295836", "US"),
    ("1 2 3 4 5 6 7 8 9 10", "US"),
    ("23 23 23 23 23 23", "US"),
    ("coordinates 48.8566, 2.3522", "FR"),
    ("2024 2025 2026", "DE"),
    ("Model 2023, 150000 km", "DE"),
    ("CPF 123.456.789-09", "BR"),
    ("Call 555-0127", "US"),
    ("from 10 to 6, for 2 or 3 hours", "US"),
    ("Bestellnummer 400123456", "DE"),
]


@pytest.mark.parametrize(("text", "country"), DISTRACTORS)
def test_distractors_are_not_phones(text: str, country: str) -> None:
    assert phones(text, country) == []


def test_offsets_point_at_the_number_as_written() -> None:
    text = "Hi, im at 6twentysix-4ohthree-o6oo call me"
    (entity,) = [e for e in extract(Document(id="x", text=text, country="US")) if e.type == "phone"]
    assert text[entity.start : entity.end] == "6twentysix-4ohthree-o6oo"


def test_offsets_include_the_plus_and_spelled_words() -> None:
    text = "WhatsApp: +61 four nine one 570 156!"
    (entity,) = [e for e in extract(Document(id="x", text=text)) if e.type == "phone"]
    assert entity.value == "+61491570156"
    assert text[entity.start : entity.end] == "+61 four nine one 570 156"


def test_a_price_before_a_number_does_not_stick_to_it() -> None:
    assert phones("$300 2135550127 and 100 roses") == ["+12135550127"]


def test_north_american_grouping_reads_as_north_american_in_another_region() -> None:
    assert phones("call 213-555-0127", "FR") == ["+12135550127"]
    assert phones("ИНН 2135550127", "RU") == []  # a bare run of ten digits does not


def test_region_of_a_web_address_is_used() -> None:
    assert phones("call 0491 570 156", None, "https://sydney.example.com/ads/1") == ["+61491570156"]


def test_validate_reads_national_and_international_forms() -> None:
    assert validate("2135550127", "US") == "+12135550127"
    assert validate("12135550127", "US") == "+12135550127"
    assert validate("61491570156", "US", True) == "+61491570156"
    assert validate("0061491570156", "US") == "+61491570156"
    assert validate("1234567", "US") is None


@pytest.mark.parametrize(
    ("written", "obfuscated"),
    [
        ("(213) 555-0127", False),
        ("213-555-0127", False),
        ("+1 213 555 0127", False),
        ("1-213-555-0127", False),
        ("2135550127", False),
        ("+61 491 570 156", False),
        ("01 99 00 12 34", False),
        ("2ONE3-555-0127", True),
        ("two one three five five five zero one two seven", True),
        ("2-1-3-5-5-5-0-1-2-7", True),
        ("[213] [555] [0127]", True),
        ("*213*555*0127*", True),
        ("２１３-５５５-０１２７", True),
        ("3️⃣1️⃣0️⃣5️⃣5️⃣5️⃣0️⃣1️⃣4️⃣4️⃣", True),
        ("2l3 555 0l27", True),
    ],
)
def test_is_obfuscated(written: str, obfuscated: bool) -> None:
    assert is_obfuscated(written) is obfuscated


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(max_size=300), st.sampled_from([None, "US", "GB", "FR", "AU", "DE", "IN", "RU"]))
def test_any_text_gives_phone_spans_with_a_digit_or_number_word(text: str, country: str | None) -> None:
    words = vocabulary().words
    for entity in extract(Document(id="x", text=text, country=country)):
        assert 0 <= entity.start <= entity.end <= len(text)
        if entity.type == "phone":
            evidence = normalize(text[entity.start : entity.end]).text
            assert any(c.isdigit() for c in evidence) or any(w in evidence for w in words)


_NOISY = st.lists(
    st.sampled_from([*list("0123456789"), " ", "-", ".", "*", "(", ")", "+", "o", "l", "five", "two", "oh", "$", "#"]),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(_NOISY, st.sampled_from(["US", "FR", "AU", "SG", "DE"]))
def test_number_soup_never_crashes_and_values_are_e164(text: str, country: str) -> None:
    view = digit_view(normalize(text))
    for start, end, value in find_numbers(view, country):
        assert value.startswith("+") and value[1:].isdigit()
        a, b = view.span(start, end)
        assert 0 <= a < b <= len(text)


@pytest.mark.parametrize(
    "text",
    ["7" * 1_000_000, "1 " * 500_000, "213-555-0127 " * 75_000, "five " * 200_000, "😀" * 1_000_000, "3️⃣" * 300_000],
    ids=["digits", "spaced-digits", "phones", "words", "emoji", "keycaps"],
)
def test_a_megabyte_of_adversarial_text_finishes(text: str) -> None:
    # It must end with a sound result; how its time grows with the size is measured by
    # `bench/identifiers_memex.py --linear`, not timed here.
    found = extract(Document(id="x", text=text, country="US"))
    assert all(0 <= e.start < e.end <= len(text) for e in found)
    phones = {e.value for e in found if e.type == "phone"}
    assert all(v.startswith("+") and v[1:].isdigit() for v in phones)
    if text.startswith("213-555-0127"):
        assert phones == {"+12135550127"}
