"""Forms read by mechanism rather than by list: "at"/"dot" in any script (transliterated), decoys in addresses,
Ukrainian/Belarusian and Polish spellings of platform names, short cues in footers, particles, age answers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.identifiers import extract
from clew.identifiers.email import _foreign_sign
from clew.identifiers.handle import _east_slavic, _inflected
from clew.model import Document, Entity


def found(text: str, kind: str) -> list[Entity]:
    return [e for e in extract(Document(id="x", text=text)) if e.type == kind]


def values(text: str, kind: str) -> list[str]:
    return [e.value for e in found(text, kind)]


# -- e-mail: "at" and "dot" in other scripts -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "sign"),
    [
        ("ଏଟ", "@"),  # Odia
        ("ეთ", "@"),  # Georgian
        ("էթ", "@"),  # Armenian
        ("ཨེཊ", "@"),  # Tibetan
        ("ᐊᑦ", "@"),  # Inuktitut syllabics
        ("エット", "@"),  # katakana, the closing vowel dropped
        ("ଡଟ", "."),
        ("დოთ", "."),
        ("ཌོཊ", "."),
        ("ዶት", "."),  # Ethiopic
        ("ޑޮޓް", "."),  # Thaana
        ("דוט", "."),  # Hebrew: the vav is a vowel
        ("нуқта", "."),  # Uzbek Cyrillic: the Latin "nuqta" of the list
        ("кропка", "."),  # Belarusian: Polish "kropka"
        ("от", None),  # Russian "from"
        ("это", None),  # Russian "this"
        ("эта", None),  # Russian "this": too short to be Lithuanian "eta"
        ("את", None),  # Hebrew object marker
        ("电", None),  # Chinese "dian" (electric), not the 点 of the list
        ("और", None),  # Hindi "and"
    ],
)
def test_foreign_sign(word: str, sign: str | None) -> None:
    assert _foreign_sign(word) == sign


def test_transliterated_at_and_dot_make_an_address_whose_span_is_the_written_text() -> None:
    text = "ইমেইল করুন: ravi.p ଏଟ example ଡଟ in আজই"
    (email,) = found(text, "email")
    assert email.value == "ravi.p@example.in"
    assert text[email.start : email.end] == "ravi.p ଏଟ example ଡଟ in"


def test_a_word_of_another_script_that_is_no_dot_ends_the_domain() -> None:
    text = "ravi ଏଟ example ଡଟ com ଓ more"
    (email,) = found(text, "email")
    assert email.value == "ravi@example.com"
    assert text[email.start : email.end] == "ravi ଏଟ example ଡଟ com"


@pytest.mark.parametrize(
    "text",
    [
        "मेरी बहन एट example डॉट com",  # the local part must be Latin
        "send anna от example.com",
        "ravi ଏଟ example ଡଟ xyzq",  # no known top-level domain after a spelled dot
        "ravi ଓ example ଡଟ com",  # Odia "and"
    ],
)
def test_no_address_from_words_of_the_sentence(text: str) -> None:
    assert values(text, "email") == []


def test_cyrillic_top_level_domain() -> None:
    assert values("пишете: ivo.p маймунка example точка ком", "email") == ["ivo.p@example.com"]
    assert values("пишете: ivo.p маймунка example точка нет", "email") == ["ivo.p@example.net"]


def test_glued_middle_dots() -> None:
    assert values("tove·at·example·dot·se", "email") == ["tove@example.se"]
    assert values("coco•b@example•com", "email") == ["coco.b@example.com"]  # a bullet alone is still a dot


def test_decoy_named_again_or_saying_spam_is_dropped_and_the_span_keeps_it() -> None:
    text = "write to kim.leeANTIBOT@example.net (borra ANTIBOT)"
    (email,) = found(text, "email")
    assert email.value == "kim.lee@example.net"
    assert text[email.start : email.end] == "kim.leeANTIBOT@example.net"
    assert values("mail lou.NOSPAM@example.org", "email") == ["lou@example.org"]
    assert values("mail jo@NOSPAM.example.org", "email") == ["jo@example.org"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mail annaLOPEZ@example.org", "annalopez@example.org"),  # named nowhere else
        ("MARIE@EXAMPLE.COM, MARIE", "marie@example.com"),  # capitals throughout
        ("Lopez: annaLOPEZ@example.org", "annalopez@example.org"),  # named again, but not in capitals
        ("annaVALE@example.org " + "x " * 150 + "VALE", "annavale@example.org"),  # named again, but far away
    ],
)
def test_capitals_that_are_no_decoy_stay(text: str, value: str) -> None:
    assert values(text, "email") == [value]


def test_celtic_and_latvian_at_follow_the_rules_of_the_bare_at() -> None:
    assert values("ciara.b ag example ponc ie", "email") == ["ciara.b@example.ie"]
    assert values("ilze.v pie example punkts lv", "email") == ["ilze.v@example.lv"]
    assert values("cherry pie at example.com", "email") == []
    assert values("ciara22 ag example.ie", "email") == ["ciara22@example.ie"]
    assert values("bhí mé ag obair ag example.com", "email") == []  # "obair" is no mailbox for a plain domain


def test_a_spelled_at_sign_of_another_script_is_no_mailbox() -> None:
    # found by the property test below: the Odia "at" before a bare '@' was read as the local part
    assert values("ଏଟ @ ana.k ଡଟ com", "email") == []
    assert values("ravi ଏଟ example ଡଟ com", "email") == ["ravi@example.com"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(["ana.k", "example", "com", "ଏଟ", "ଡଟ", "от", "あっと", "どっと", "·at·", "NOSPAM", "@", " "]),
        max_size=12,
    )
)
def test_any_mix_of_pieces_keeps_spans_inside_the_text(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for email in found(text, "email"):
        assert 0 <= email.start < email.end <= len(text)
        assert "@" in email.value and email.value.isascii()


# -- handles ------------------------------------------------------------------------------------------------


def test_east_slavic_spellings_are_made_letter_by_letter() -> None:
    spellings = _east_slavic("телеграм")
    assert {"телеграм", "тэлеграм", "тєлєграм", "тэлэграм"} <= spellings
    assert _east_slavic("инст") == {"инст", "інст"}
    assert _east_slavic("snap") == {"snap"}


def test_polish_and_czech_endings() -> None:
    assert {"instę", "insty", "instą", "instu"} <= _inflected("insta")
    assert {"snapa", "snapi", "snapie"} <= _inflected("snap")
    assert "instadan" in _inflected("insta")  # the Turkish suffixes stay


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("мій інст: olha.rivne", ["instagram:olha.rivne"]),
        ("тэлеграм: @ales_by", ["telegram:ales_by"]),
        ("pisz na snapa: kuba_22", ["snapchat:kuba_22"]),
        ("zvoni v telege: @ola_ru", ["telegram:ola_ru"]),
        ("tg://resolve?domain=Nika_Spb", ["telegram:nika_spb"]),
        ("DM ig.me/m/lena.art", ["instagram:lena.art"]),
        ("OF • mia.rose22 | TT • mia.dance", ["onlyfans:mia.rose22", "tiktok:mia.dance"]),
        ("TT • dance", []),  # a plain word after a short cue and a bullet
        ("tt • mia.dance", []),  # a capitals-only cue in lower case
        ("Insta (lies_x) of TikTok (lies.x)", ["instagram:lies_x", "tiktok:lies.x"]),
        ("テレグラムは yui_tk です", ["telegram:yui_tk"]),
        ("インスタのIDは mei_22 です", ["instagram:mei_22"]),
        ("인스타 아이디는 jisoo.k 이에요", ["instagram:jisoo.k"]),
    ],
)
def test_handles(text: str, expected: list[str]) -> None:
    assert values(text, "handle") == expected


# -- ages ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("мне 22 весны", ["22"]),
        ("ёй 21 вясны", ["21"]),
        ("мне 22 гады", ["22"]),
        ("їй 20 рік", ["20"]),
        ("(F, 23) room share", ["23"]),
        ("(23, F) room share", ["23"]),
        ("(23, f) room share", []),  # a lower-case letter after the number is no sex tag
        ("mam 22 wiosny", ["22"]),
        ("my friend (21) and me", ["21"]),
        ("the hotel (21) and me", []),
        ("me: how old r u?\nher: 19\nme: ok", ["19"]),
        ("Q: wie alt bist du?\n22 😊", ["22"]),
        ("how old r u?\nher: 19 and 20 min away", []),  # the answer must stand alone on its line
        ("how old r u?\nok\nlol\n19", []),  # the question is more than two lines back
        ("how many rooms?\nme: 12", []),
        ("how old r u? 19", []),  # on the question's own line
    ],
)
def test_ages(text: str, expected: list[str]) -> None:
    assert values(text, "age") == expected
