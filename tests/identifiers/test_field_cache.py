"""Short fields read once are served from the field cache with exactly the entities a fresh reading gives."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection

import pytest
from hypothesis import given
from hypothesis import strategies as st

import clew.identifiers as identifiers
from clew.identifiers import extract, linking_types
from clew.identifiers.phone import _HAS_DIGITS
from clew.model import Document


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    identifiers._field_cache.clear()


def _triples(doc: Document, types: Collection[str] | None = None) -> list[tuple[str, str, int, int, str]]:
    return [(e.type, e.value, e.start, e.end, e.field) for e in extract(doc, types=types)]


def test_a_repeated_title_gives_the_same_entities_at_its_own_offsets() -> None:
    first = Document(id="1", text="nothing here", title="New in Chicago, text 312-555-0147 @ rosa_x on IG")
    second = Document(id="2", text="other words", title=first.title)
    assert _triples(first) == _triples(second)
    assert ("title", first.title) in {(k[0], k[1]) for k in identifiers._field_cache}


def test_the_cache_is_keyed_by_region() -> None:
    # the same national number reads differently in Australia and in the United States
    au = Document(id="1", text="x", title="call 02 5550 1234 now", country="AU")
    us = Document(id="2", text="x", title=au.title, country="US")
    got_au = {e.value for e in extract(au) if e.type == "phone"}
    got_us = {e.value for e in extract(us) if e.type == "phone"}
    identifiers._field_cache.clear()
    assert got_us == {e.value for e in extract(us) if e.type == "phone"}
    assert got_au == {"+61255501234"}
    assert got_au != got_us


def test_reading_some_types_first_leaves_the_full_reading_unchanged() -> None:
    doc = Document(id="1", text="x", title="Lily 22 yo, snap: lily_22, 0491 570 156, $200", country="AU")
    partial = _triples(doc, types=linking_types())
    full = _triples(doc)
    identifiers._field_cache.clear()
    assert full == _triples(doc)
    assert partial == [t for t in full if t[0] in linking_types()]


def test_the_document_url_is_not_kept() -> None:
    extract(Document(id="1", text="x", url="https://example.com/ad/5550147"))
    assert all(key[0] != "url" for key in identifiers._field_cache)


def test_the_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(identifiers, "_FIELD_CACHE_SIZE", 3)
    for i in range(10):
        extract(Document(id=str(i), text=f"text {i}"))
    assert len(identifiers._field_cache) == 3
    assert ("text", "text 9", "US") in identifiers._field_cache


def _seven_close_digits(text: str) -> bool:
    """The definition: seven digits in a row in the text, each at most eight other characters after the last."""
    positions = [m.start() for m in re.finditer(r"\d", text)]
    chain = 1
    for a, b in itertools.pairwise(positions):
        chain = chain + 1 if b - a - 1 <= 8 else 1
        if chain >= 7:
            return True
    return False


@given(st.text(alphabet="0123456789 -.()a\u0663", max_size=80))
def test_the_phone_gate_is_the_seven_close_digits_test(text: str) -> None:
    assert (_HAS_DIGITS.search(text) is not None) == _seven_close_digits(text)
