"""Mechanisms behind the gaps of held-out batch 9, each beyond the registry's examples: a platform named after
the '@' name, "same" pointing back to a username, words for '@' and brackets around it, ages in more languages
and forms, digit groups split by HTML tags, codes in blocks, and an IBAN whose bank code spells a number word."""

from __future__ import annotations

import pytest

from clew.identifiers import extract
from clew.model import Document


def values(text: str, kind: str, country: str | None = None) -> list[str]:
    return sorted(e.value for e in extract(Document(id="t", text=text, country=country)) if e.type == kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("find me @nika_22 auf Insta", ["instagram:nika_22"]),
        ("@lea_fr sur snap", ["snapchat:lea_fr"]),
        ("@joana_p lá no insta", ["instagram:joana_p"]),
        ("@marta_w w telegramie", ["telegram:marta_w"]),
        ("@dasha_k у телеграмі", ["telegram:dasha_k"]),
        ("@noor_x [ig]", ["instagram:noor_x"]),
        ("@aiko_t 在snap上", ["snapchat:aiko_t"]),
        ("@zeynep.k insta'dan", ["instagram:zeynep.k"]),
    ],
)
def test_platform_after_the_name(text: str, expected: list[str]) -> None:
    assert values(text, "handle") == expected


@pytest.mark.parametrize(
    "text",
    [
        "@nika_22 insta",  # no preposition, no case ending: the platform may be another sentence's
        "@nika_22 on instagramming",  # no platform's name
        "say hi @nika_22, igual nos vemos",  # "ig" inside a word
    ],
)
def test_no_platform_after_the_name(text: str) -> None:
    assert values(text, "handle") == ["unknown:nika_22"]


def test_a_name_before_a_cue_is_not_taken_by_that_cue() -> None:
    assert values("@ana.ro pe snap, @dina_k on tg", "handle") == ["snapchat:ana.ro", "telegram:dina_k"]


def test_same_points_back_only_within_reach() -> None:
    assert values("snap: rosa_k22 " + "x" * 120 + " kik same", "handle") == ["snapchat:rosa_k22"]
    assert values("snap: rosa_k22, kik is the same", "handle") == ["kik:rosa_k22", "snapchat:rosa_k22"]


def test_the_span_of_a_same_handle_holds_the_username_and_the_platform() -> None:
    text = "IG: rosa_k22, snap too"
    [snap] = [e for e in extract(Document(id="t", text=text)) if e.value == "snapchat:rosa_k22"]
    assert text[snap.start : snap.end] == "rosa_k22, snap too"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail: lin.k ‹at› example ‹dot› org", ["lin.k@example.org"]),
        ("mail: kai 《at》 example 《dot》 net", ["kai@example.net"]),
        ("e-bost: rhys pwynt jones malwen example pwynt com", ["rhys.jones@example.com"]),
        ("poşta: aida айқұлақ example нүкте kz.com", ["aida@example.kz.com"]),
    ],
)
def test_more_at_and_dot_forms(text: str, expected: list[str]) -> None:
    assert values(text, "email") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ich bin dreiundzwanzig Jahre alt", ["23"]),
        ("Jeg er toogtyve år", ["22"]),
        ("Olen yhdeksäntoista vuotta", ["19"]),
        ("Mám dvaadvacet let", ["22"]),
        ("Imam dvadeset dvije godine", ["22"]),
        ("Tinc divuit anys", ["18"]),
        ("alter ist 24", ["24"]),  # "ist" is a copula; "is" in "ishirini" is not
        ("age 2\u20de5\u20de", ["25"]),  # enclosing squares
        ("<td>Age</td><td>26</td>", ["26"]),
    ],
)
def test_ages_in_more_languages_and_forms(text: str, expected: list[str]) -> None:
    assert values(text, "age") == expected


def test_phone_groups_split_by_inline_tags_but_not_by_table_cells() -> None:
    assert values("call <b>212</b> 555 <i>0147</i>", "phone", "US") == ["+12125550147"]
    assert values("<td>212</td><td>555</td><td>0147</td>", "phone", "US") == []


@pytest.mark.parametrize(
    "text",
    ["Kundennummer 4416 1496 0077 7332", "protocolo n. 2026-004417", "Rechnung 0161 4960 0012"],
)
def test_labelled_codes_in_blocks_are_no_phones(text: str) -> None:
    assert values(text, "phone", "GB") == []


def test_an_iban_whose_bank_code_spells_a_number_word_is_no_phone() -> None:
    assert values("IBAN: GB54 OTTO 0000 0000 0000 00", "phone", "GB") == []
    assert values("IBAN: GB54 OTTO 0000 0000 0000 00, tel 020 7946 0321", "phone", "GB") == ["+442079460321"]


def test_ages_in_a_table_column_point_at_their_cells() -> None:
    text = "| Name | Age |\n|------|-----|\n| Mia  | 21  |\n| Zoe  | 24  |\n\nrates | 150 | 200"
    ages = [e for e in extract(Document(id="t", text=text)) if e.type == "age"]
    assert sorted(e.value for e in ages) == ["21", "24"]
    assert all(text[e.start : e.end] == e.value for e in ages)


@pytest.mark.parametrize(
    "text",
    [
        "| Name | Height |\n| Mia | 21 |\n| Age |",  # the header comes after the rows
        "| Name | Age |\n| Mia | 21 | 165 |",  # a row with another number of cells
        "| Name | Age |\n| Mia | 5'6 |",  # no number of two digits
    ],
)
def test_no_age_outside_an_age_column(text: str) -> None:
    assert values(text, "age") == []
