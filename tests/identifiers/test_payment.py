"""Payment handles: cashtags, payment links, and service names followed by a handle, e-mail or phone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.identifiers.base import FieldContext
from clew.identifiers.payment import Payment
from clew.text import normalize

KIND = Payment()


def found(text: str, region: str = "US") -> list[tuple[str, str]]:
    ctx = FieldContext(field="text", text=normalize(text), region=region)
    entities = sorted(KIND.extract(ctx), key=lambda e: e.start)
    return [(e.value, text[e.start : e.end]) for e in entities]


CASES = [
    ("CashApp: $LilyRose22", "US", ["cashapp:$lilyrose22"]),
    ("cash app - lilyxo", "US", ["cashapp:$lilyxo"]),
    ("Ca$h App $MiaXO", "US", ["cashapp:$miaxo"]),
    ("deposit to $velvet_rose first", "US", ["cashapp:$velvet_rose"]),
    ("cash.app/$MiaRose", "US", ["cashapp:$miarose"]),
    ("Venmo @Lily-Rose-7", "US", ["venmo:lily-rose-7"]),
    ("venmo.com/u/Lily-Rose-7", "US", ["venmo:lily-rose-7"]),
    ("paypal.me/LilyRoseXO", "US", ["paypal:lilyrosexo"]),
    ("PayPal: lily.rose@example.com", "US", ["paypal:lily.rose@example.com"]),
    ("Zelle 702-555-0100", "US", ["zelle:+17025550100"]),
    ("zelle (416) 555-0199", "CA", ["zelle:+14165550199"]),
    ("Zelle: Lily.Rose@Example.com", "US", ["zelle:lily.rose@example.com"]),
    ("zelle: lily.rose (at) example (dot) com", "US", ["zelle:lily.rose@example.com"]),
    ("Revolut: @lilyr22 o revolut.me/lolar", "ES", ["revolut:lilyr22", "revolut:lolar"]),
    ("wise.com/pay/me/lolar", "GB", ["wise:lolar"]),
    ("monzo.me/lolarose", "GB", ["monzo:lolarose"]),
    ("Chime $LolaRose", "US", ["chime:$lolarose"]),
    ("Depósito por Zelle: 305-555-0142", "US", ["zelle:+13055550142"]),
    ("Оплата на Revolut: @mila_r", "LT", ["revolut:mila_r"]),
    ("ＣａｓｈＡｐｐ：＄ＬｉｌｙＲｏｓｅ", "US", ["cashapp:$lilyrose"]),
    ("ven mo - rosie-b", "US", ["venmo:rosie-b"]),
    ("venmo ko: @rosie-b", "PH", ["venmo:rosie-b"]),
    ("venmo 账号：@rosie-b", "US", ["venmo:rosie-b"]),
    ("my venmo account: @rosie-b", "US", ["venmo:rosie-b"]),
    ("венмо @rosie-b", "US", ["venmo:rosie-b"]),
    ("벤모: @rosie-b", "US", ["venmo:rosie-b"]),
    ("فينمو: @rosie-b", "US", ["venmo:rosie-b"]),
    ("वेनमो @rosie-b", "US", ["venmo:rosie-b"]),
    ("кэшапп $RosieB", "US", ["cashapp:$rosieb"]),
    ("페이팔: rosie.b", "US", ["paypal:rosie.b"]),
    ("p@ypal.me/rosieb", "US", ["paypal:rosieb"]),
    ("send $JADE the deposit", "US", ["cashapp:$jade"]),
    ("cashapp $TSLA", "US", ["cashapp:$tsla"]),
]

NEGATIVES = [
    "$150/hr, $200 overnight, $1k weekend",
    "$ 150 only, $$$ fast",
    "prices in $USD or $CAD",
    "cash only, no venmo, PayPal accepted",
    "Zelle accepted, venmo me",
    "zelle 12345",
    "a wise choice",
    "US$150 or R$300",
    "${price} template",
    "email lily@example.com",
    "$TSLA $AAPL",
    "$NVDA up 3%",
    "buy $AMD stock",
    "venmo-style split: $20 each",
    "a venmo-friendly bill",
]


@pytest.mark.parametrize(("text", "region", "values"), CASES)
def test_payment_handles(text: str, region: str, values: list[str]) -> None:
    assert [v for v, _ in found(text, region)] == values


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_payment_handles(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("CashApp: $LilyRose22 thanks", "$LilyRose22"),
        ("Zelle 702-555-0100", "702-555-0100"),
        ("pay at paypal.me/LilyRoseXO!", "paypal.me/LilyRoseXO"),
        ("ＣａｓｈＡｐｐ：＄ＬｉｌｙＲｏｓｅ", "＄ＬｉｌｙＲｏｓｅ"),
    ],
)
def test_offsets_show_the_handle(text: str, written: str) -> None:
    ((_, shown),) = found(text)
    assert shown == written


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["US", "CA", "GB", "FR"]))
def test_any_text_no_crash_spans_inside(text: str, region: str) -> None:
    ctx = FieldContext(field="text", text=normalize(text), region=region)
    for entity in KIND.extract(ctx):
        assert 0 <= entity.start < entity.end <= len(text)
        assert entity.value.split(":", 1)[0] in {
            "cashapp",
            "venmo",
            "paypal",
            "zelle",
            "revolut",
            "wise",
            "monzo",
            "chime",
        }


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"[a-z][a-z0-9_]{2,14}", fullmatch=True))
def test_generated_cashtags(tag: str) -> None:
    if tag in {
        "usd",
        "cad",
        "aud",
        "eur",
        "gbp",
        "hrs",
        "hour",
        "hours",
        "min",
        "mins",
        "each",
        "per",
        "off",
        "only",
        "and",
        "for",
        "the",
        "now",
        "usdt",
        "usdc",
        "btc",
        "eth",
        "mxn",
        "nzd",
        "hkd",
        "sgd",
        "twd",
    }:
        return
    assert [v for v, _ in found(f"send ${tag} now")] == [f"cashapp:${tag}"]
