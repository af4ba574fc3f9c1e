"""Ages: only numbers that the text says are ages, in many languages; never measures, times or prices."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.identifiers.age import Age
from clew.identifiers.base import FieldContext
from clew.text import normalize

KIND = Age()


def found(text: str) -> list[tuple[str, str]]:
    ctx = FieldContext(field="text", text=normalize(text), region="US")
    return [(e.value, text[e.start : e.end]) for e in sorted(KIND.extract(ctx), key=lambda e: e.start)]


CASES = [
    ("I'm 19 and new in town", ["19"]),
    ("I am 22, sweet and classy", ["22"]),
    ("19yo petite", ["19"]),
    ("19 y/o", ["19"]),
    ("25 years old", ["25"]),
    ("age: 22", ["22"]),
    ("Aged 23, from Kyiv", ["23"]),
    ("Mia, 22 💕 Vancouver", ["22"]),
    ("Lily (19) new", ["19"]),
    ("eighteen years young", ["18"]),
    ("twenty-one years old", ["21"]),
    ("edad: 20 años", ["20"]),
    ("Tengo 24 años y soy nueva", ["24"]),
    ("veintidós años, colombiana", ["22"]),
    ("J'ai 20 ans, douce", ["20"]),
    ("Nouvelle, vingt-trois ans", ["23"]),
    ("Tenho 21 anos", ["21"]),
    ("dezoito anos", ["18"]),
    ("Am 20 de ani", ["20"]),
    ("Мне 19 лет", ["19"]),
    ("Возраст: 25", ["25"]),
    ("двадцать два года", ["22"]),
    ("19岁，学生妹", ["19"]),
    ("年龄：22", ["22"]),
    ("20歳です", ["20"]),
    ("عمري 19", ["19"]),
    ("عمري ١٩ سنة", ["19"]),
    ("Em 19 tuổi", ["19"]),
    ("umur 19 tahun", ["19"]),
    ("usia 20", ["20"]),
    ("อายุ 19 ปี", ["19"]),
    ("Ich bin 22 Jahre alt", ["22"]),
    ("ho 23 anni", ["23"]),
    ("１９歳", ["19"]),
    ("I'm 5'6 and 25 years old", ["25"]),
    # labels of more languages and scripts; dashes and arrows after a label
    ("年齢：２２", ["22"]),
    ("বয়স ২৪", ["24"]),
    ("வயது 23", ["23"]),
    ("בן 27, מתל אביב", ["27"]),
    ("ana miaka 24", ["24"]),
    ("AGE → 20", ["20"]),
    ("Возраст — 26", ["26"]),
    ("Alter ➜ 25", ["25"]),
    ("Tanya, 21 – new here", ["21"]),
    # age words of more languages, age adjectives
    ("Jag är 20 år", ["20"]),
    ("je mi 23 let a jsem nová", ["23"]),
    ("imam 24 godine", ["24"]),
    ("24살 대학생", ["24"]),
    ("27-vuotias", ["27"]),
    ("22-летняя девушка", ["22"]),
    ("20-річна", ["20"]),
    ("21letá", ["21"]),
    # number words of languages the shared vocabulary lacks
    ("einundzwanzig Jahre jung", ["21"]),
    ("Alter: vierundzwanzig", ["24"]),
    ("ventisei anni", ["26"]),
    ("ventotto anni", ["28"]),
    ("eenentwintig jaar", ["21"]),
    ("tjugotre år", ["23"]),
    ("dwadzieścia cztery lata", ["24"]),
    ("dvacet pět let", ["25"]),
]

NEGATIVES = [
    "5'6\", 170cm, 55kg",
    "120lbs, 34-24-36, 36DD",
    "open 24/7, from 19:00 to 23:00",
    "$150/hr, 200 roses",
    "since 2019",
    "20 years of experience",
    "hace 20 años que trabajo",
    "20 ans d'expérience",
    "Girls 18-25 years old",
    "18+ only, over 21",
    "mayores de 18 años",
    "I'm 25 mins from downtown",
    "call 213-555-0127",
    "suite 21, room 12",
    "Top 10 list, 99 problems",
    "2 hours 30 min",
    "Room, 12",
    "I'm 100% real",
    "jobbat i 10 år",
    "för 15 år sedan",
    "15 år erfarenhet",
    "room 21 let us know",
    "prije 20 godina",
    "20 godina iskustva",
    "a 20-letni plan",
    "kwa miaka 20",
    "age > 18",
    "20세기",
]


@pytest.mark.parametrize(("text", "values"), CASES)
def test_ages(text: str, values: list[str]) -> None:
    assert [v for v, _ in found(text)] == values


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_ages(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "written"),
    [("I'm 19 and new", "19"), ("eighteen years young", "eighteen"), ("عمري ١٩ سنة", "١٩"), ("１９歳", "１９")],
)
def test_offsets_show_the_age(text: str, written: str) -> None:
    ((_, shown),) = found(text)
    assert shown == written


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_no_crash_spans_inside(text: str) -> None:
    ctx = FieldContext(field="text", text=normalize(text), region="US")
    for entity in KIND.extract(ctx):
        assert 0 <= entity.start < entity.end <= len(text)
        assert 10 <= int(entity.value) <= 99


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=10, max_value=99), st.sampled_from(["{} yo", "age: {}", "{} años", "мне {} лет", "{}岁"]))
def test_every_age_in_range_with_context(age: int, pattern: str) -> None:
    assert [v for v, _ in found(pattern.format(age))] == [str(age)]
