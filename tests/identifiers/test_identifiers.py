from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.identifiers import REGISTRY, extract, linking_types
from clew.identifiers.region import region_from_url
from clew.identifiers.url import canonical_url
from clew.model import Document

EXAMPLES = [
    pytest.param(kind, ex, id=f"{name}-{i}") for name, kind in REGISTRY.items() for i, ex in enumerate(kind.examples)
]


@pytest.mark.parametrize(("kind", "example"), EXAMPLES)
def test_registry_examples(kind, example) -> None:
    doc = Document(id="x", text=example.text, country=example.country)
    found = [e for e in extract(doc) if e.type == kind.name]
    assert tuple(e.value for e in found) == example.values
    for entity in found:
        assert 0 <= entity.start < entity.end <= len(example.text)


def test_every_type_has_positive_and_negative_examples() -> None:
    for kind in REGISTRY.values():
        assert any(ex.values for ex in kind.examples), kind.name
        assert any(not ex.values for ex in kind.examples), kind.name


def test_linking_types_are_the_strong_identifiers() -> None:
    assert {"phone", "email", "url"} <= linking_types()


def test_phone_offsets_point_at_the_written_number() -> None:
    text = "Lily ☎ ２１３-５５５-０１２７ tonight"
    (phone,) = extract(Document(id="x", text=text, country="US"))
    assert phone.value == "+12135550127"
    assert text[phone.start : phone.end] == "２１３-５５５-０１２７"


def test_region_comes_from_the_url_when_no_country_is_given() -> None:
    doc = Document(id="x", text="call 0491 570 156", url="https://ads.example.com.au/x")
    assert [e.value for e in extract(doc)] == ["+61491570156"]
    assert region_from_url("http://example.co.uk/") == "GB"
    assert region_from_url("http://example.io/") is None


def test_phone_in_the_url_field_points_into_the_url() -> None:
    doc = Document(id="x", text="see my page", url="https://example.com/213-555-0127", country="US")
    (phone,) = [e for e in extract(doc) if e.type == "phone"]
    assert phone.field == "url"
    assert doc.url[phone.start : phone.end] == "213-555-0127"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HTTP://Example.COM:80/", "http://example.com"),
        ("https://example.com:443/a#frag", "https://example.com/a"),
        ("https://example.com:8443/a?b=1", "https://example.com:8443/a?b=1"),
        ("www.example.org", "http://www.example.org"),
        ("http://[bad", None),
        ("http://localhost", None),
    ],
)
def test_canonical_url(raw: str, expected: str | None) -> None:
    assert canonical_url(raw) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.sampled_from([None, "US", "GB", "FR", "AU"]))
def test_extraction_never_crashes_and_spans_stay_inside(text: str, country: str | None) -> None:
    doc = Document(id="x", text=text, country=country)
    for entity in extract(doc):
        assert 0 <= entity.start <= entity.end <= len(text)
        if entity.type == "phone":
            assert any(c.isdigit() for c in text[entity.start : entity.end])


def test_reading_some_types_gives_those_types_of_a_full_reading(corpus: Path) -> None:
    """``clew link`` reads only the linking types; each type must come out as in a full reading."""
    wanted = linking_types()
    docs = [Document.model_validate_json(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    compared = 0
    for doc in docs:
        full = extract(doc)
        assert extract(doc, types=wanted) == [e for e in full if e.type in wanted]
        assert extract(doc, types={"age"}) == [e for e in full if e.type == "age"]
        compared += len(full)
    assert compared > len(docs)  # the corpus has identifiers to compare
