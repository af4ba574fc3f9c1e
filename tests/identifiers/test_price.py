"""Prices: amount, currency (ISO 4217 or roses) and unit, in many languages and notations."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.identifiers.base import FieldContext
from clew.identifiers.price import Price, format_amount, parse_amount
from clew.text import normalize

KIND = Price()


def found(text: str, region: str = "US") -> list[tuple[str, str]]:
    ctx = FieldContext(field="text", text=normalize(text), region=region)
    return [(e.value, text[e.start : e.end]) for e in sorted(KIND.extract(ctx), key=lambda e: e.start)]


CASES = [
    ("$150/hr", "US", ["150 USD/hour"]),
    ("$150/hr", "CA", ["150 CAD/hour"]),
    ("$24 per hour", "US", ["24 USD/hour"]),
    ("200 an hour", "US", ["200 USD/hour"]),
    ("$300 overnight", "US", ["300 USD/night"]),
    ("US$ 150 la hora", "MX", ["150 USD/hour"]),
    ("$1.5k weekend", "US", ["1500 USD"]),
    ("150 roses", "US", ["150 roses"]),
    ("150🌹/hr", "US", ["150 roses/hour"]),
    ("🌹🌹 150", "US", ["150 roses"]),
    ("HH 100🌹", "US", ["100 roses/half-hour"]),
    ("1 hour - $200", "US", ["200 USD/hour"]),
    ("overnight: 1000", "US", ["1000 USD/night"]),
    ("200€ la hora", "ES", ["200 EUR/hour"]),
    ("1.500 € la noche", "ES", ["1500 EUR/night"]),
    ("120 euros la demi-heure", "FR", ["120 EUR/half-hour"]),
    ("£80 for 30 mins", "GB", ["80 GBP/half-hour"]),
    ("R$ 300 a hora", "BR", ["300 BRL/hour"]),
    ("5000 рублей/час", "RU", ["5000 RUB/hour"]),
    ("3000 руб. за час", "RU", ["3000 RUB/hour"]),
    ("500k/giờ", "VN", ["500000 VND/hour"]),
    ("2 triệu đêm", "VN", ["2000000 VND/night"]),
    ("Rp 500.000 per jam", "ID", ["500000 IDR/hour"]),
    ("500rb/jam", "ID", ["500000 IDR/hour"]),
    ("1500泰铢", "TH", ["1500 THB"]),
    ("2000 บาท", "TH", ["2000 THB"]),
    ("800元/小时", "CN", ["800 CNY/hour"]),
    ("¥20000", "JP", ["20000 JPY"]),
    ("300 lei/ora", "RO", ["300 RON/hour"]),
    ("500 درهم", "AE", ["500 AED"]),
    ("₱3,000 per session", "PH", ["3000 PHP/session"]),
    ("$52,000 to $60,000 a year", "US", ["52000 USD", "60000 USD/year"]),
    ("$19.50 per hour", "US", ["19.5 USD/hour"]),
    ("ＵＳＤ １５０", "US", ["150 USD"]),
]

NEGATIVES = [
    "Call 702-555-0100",
    "open 24/7, 24 hours a day",
    "since 2019, zip 90210",
    "34-24-36, 5'6\", 120 lbs",
    "I'm 25, available from 19:00",
    "suite 1204, room 12",
    "2 girls, 3 hours",
    "ad #4412, order 99812",
    "100% real",
]


@pytest.mark.parametrize(("text", "region", "values"), CASES)
def test_prices(text: str, region: str, values: list[str]) -> None:
    assert [v for v, _ in found(text, region)] == values


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_prices(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("raw", "amount"),
    [("1,500", "1500"), ("1.500", "1500"), ("19.50", "19.5"), ("19,5", "19.5"), ("1.234.567,89", "1234567.89"),
     ("1,234,567.89", "1234567.89"), ("150", "150")],
)  # fmt: skip
def test_amounts(raw: str, amount: str) -> None:
    parsed = parse_amount(raw)
    assert parsed is not None and format_amount(parsed) == amount


def test_offsets_show_the_price() -> None:
    assert found("Rates: $150/hr!") == [("150 USD/hour", "$150/hr")]
    assert found("🌹🌹 150 incall") == [("150 roses", "🌹🌹 150")]
    assert found("ＵＳＤ １５０") == [("150 USD", "ＵＳＤ １５０")]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["US", "CA", "FR", "VN", "ID"]))
def test_any_text_no_crash_spans_inside(text: str, region: str) -> None:
    ctx = FieldContext(field="text", text=normalize(text), region=region)
    for entity in KIND.extract(ctx):
        assert 0 <= entity.start < entity.end <= len(text)
        assert Decimal(entity.value.split()[0].split("/")[0]) > 0


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=10, max_value=99_999), st.sampled_from(["${}/hr", "{} roses", "{}€ la hora", "{} USD"]))
def test_generated_prices(amount: int, pattern: str) -> None:
    ((value, _),) = found(pattern.format(amount))
    assert value.split()[0] == str(amount)
