"""Which region national phone numbers are read in when the document gives no country."""

from __future__ import annotations

import pytest

from clew.identifiers import normalized_fields
from clew.identifiers.region import infer_region, region_from_url
from clew.model import Document
from clew.text import normalize
from clew.text.places import place_named, places_in, vote


@pytest.mark.parametrize(
    ("url", "region"),
    [
        ("https://example.com.au/ad/1", "AU"),
        ("http://example.co.uk/", "GB"),
        ("http://example.io/", None),
        ("http://melbourne.example.com/FemaleEscorts/x/1", "AU"),
        ("https://ads.example.com/ca/vancouver/123", "CA"),
        ("https://ads.example.com/de/berlin/123", "DE"),
        ("http://kansas-city.example.com/a/1", "US"),
        ("http://example.com/ad/pune/213", "IN"),
        ("http://www.example.com/very-long-slug-about-nothing/1", None),
    ],
)
def test_region_from_url(url: str, region: str | None) -> None:
    assert region_from_url(url) == region


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("New girl in Sydney, call me", "AU"),
        ("Escort ad in London, Ontario", "CA"),
        ("Visiting London this week", "GB"),
        ("Estoy en Madrid esta semana", "ES"),
        ("Я сейчас в Москве", "RU"),
        ("Работа в России и Казахстане", "RU"),
        ("Nouvelle à Paris", "FR"),
        ("làm việc tại Hà Nội", "VN"),
        ("kerja di Indonesia", "ID"),
        ("Hi I'm Victoria, call me", None),  # a first name, not a place
        ("dua lima lima", None),  # lima, the number word, is not Lima
    ],
)
def test_places_named_in_the_text(text: str, region: str | None) -> None:
    view = normalize(text)
    assert vote(places_in(view), view.text) == region


@pytest.mark.parametrize(
    ("doc", "region"),
    [
        (Document(id="a", text="call 0491 570 156", country="FR"), "FR"),
        (Document(id="b", text="New in Sydney", url="https://example.co.uk/x"), "GB"),
        (Document(id="c", text="New in Sydney", url="https://example.com/x"), "AU"),
        (Document(id="d", text="call +33 1 99 00 12 34"), "FR"),
        (Document(id="e", text="call me"), "US"),
        (Document(id="f", text="text 213", title="Brisbane escorts"), "AU"),
    ],
)
def test_infer_region_in_order(doc: Document, region: str) -> None:
    assert infer_region(doc, normalized_fields(doc), "US") == region


def test_place_names_match_compact_and_native_spellings() -> None:
    for name, country in [
        ("southcarolina", "US"),
        ("hongkong", "HK"),
        ("moskva", "RU"),
        ("Москва", "RU"),
        ("sf", "US"),
    ]:
        place = place_named(name)
        assert place is not None and place.country == country, name
