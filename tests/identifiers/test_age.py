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
