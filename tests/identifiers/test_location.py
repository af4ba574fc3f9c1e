"""Locations: cities and countries from the offline gazetteer, common words kept out."""

from __future__ import annotations

import resource
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.identifiers.base import FieldContext
from clew.identifiers.location import Location, gazetteer
from clew.text import normalize

KIND = Location()


def found(text: str, region: str = "US") -> list[tuple[str, str]]:
    ctx = FieldContext(field="text", text=normalize(text), region=region)
    return [(e.value, text[e.start : e.end]) for e in sorted(KIND.extract(ctx), key=lambda e: e.start)]


CASES = [
    ("New in Vancouver this week", "CA", ["city:Vancouver,CA"]),
    ("new in toronto and vancouver", "US", ["city:Toronto,CA", "city:Vancouver,CA"]),
    ("Escort in Paris, France", "US", ["city:Paris,FR", "country:FR"]),
    ("Visiting London", "CA", ["city:London,CA"]),
    ("Visiting London", "US", ["city:London,GB"]),
    ("NEW YORK CITY girls", "US", ["city:New York City,US"]),
    ("Just arrived in Nice!", "FR", ["city:Nice,FR"]),
    ("I'm in Reading this week", "GB", ["city:Reading,GB"]),
    ("Chica nueva en Madrid, de Colombia", "ES", ["city:Madrid,ES", "country:CO"]),
    ("Trabajo en Ciudad de México", "MX", ["city:Mexico City,MX"]),
    ("Nouvelle à Montréal", "CA", ["city:Montréal,CA"]),
    ("Девушка из Москвы", "RU", ["city:Moscow,RU"]),
    ("Работа в Турции и Дубае", "RU", ["country:TR", "city:Dubai,AE"]),
    ("в Санкт-Петербурге", "RU", ["city:Saint Petersburg,RU"]),
    ("新到曼谷，来自越南", "CN", ["city:Bangkok,TH", "country:VN"]),
    ("上海新到学生妹", "CN", ["city:Shanghai,CN"]),
    ("ผู้หญิงจากกรุงเทพ", "TH", ["city:Bangkok,TH"]),
    ("وصلت إلى دبي", "AE", ["city:Dubai,AE"]),
    ("Lowongan kerja di Malaysia", "ID", ["country:MY"]),
    ("Việc làm tại Đài Loan", "VN", ["country:TW"]),
    ("Angajări în Germania", "RO", ["country:DE"]),
    ("Vaga em Portugal, passagem paga", "BR", ["country:PT"]),
    ("Jobs in Dubai and Doha", "PH", ["city:Dubai,AE", "city:Doha,QA"]),
    ("Sweet girl from Ukraine", "US", ["country:UA"]),
]

NEGATIVES = [
    "Nice girl, great reading, split the bill",
    "Mobile friendly, van available",
    "My name is Victoria, I'm 22",
    "Ask for Charlotte",
    "Sweet Aurora, 22",
    "sale today, hope to see you",
    "of course, man",
    "orange and lime",
    "call me at 702-555-0100",
]


@pytest.mark.parametrize(("text", "region", "values"), CASES)
def test_locations(text: str, region: str, values: list[str]) -> None:
    assert [v for v, _ in found(text, region)] == values


@pytest.mark.parametrize("text", NEGATIVES)
def test_common_words_are_not_places(text: str) -> None:
    assert found(text) == []


def test_offsets_show_the_name() -> None:
    assert found("Девушка из Москвы!", "RU") == [("city:Moscow,RU", "Москвы")]
    assert found("new in ＴＯＲＯＮＴＯ", "CA") == [("city:Toronto,CA", "ＴＯＲＯＮＴＯ")]


def test_gazetteer_is_built_once_and_is_small() -> None:
    started = time.perf_counter()
    first = gazetteer()
    assert gazetteer() is first
    assert first.keys > 30_000
    # Built lazily once per process (under ~1 s on a laptop); generous bounds for a busy CI machine.
    assert time.perf_counter() - started < 10
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 1_500_000  # KiB


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["US", "CA", "GB", "RU"]))
def test_any_text_no_crash_spans_inside(text: str, region: str) -> None:
    ctx = FieldContext(field="text", text=normalize(text), region=region)
    for entity in KIND.extract(ctx):
        assert 0 <= entity.start < entity.end <= len(text)
        assert entity.value.startswith(("city:", "country:"))
