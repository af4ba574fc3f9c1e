"""What the extractors find in a text: shared by the identifier families' tests."""

from __future__ import annotations

from clew.identifiers import extract
from clew.model import Document


def values(text: str, kind: str, country: str | None = None) -> list[str]:
    """The sorted values of the entities of type ``kind`` found in ``text`` (a document of ``country``)."""
    doc = Document(id="t", text=text, country=country)
    return sorted(e.value for e in extract(doc) if e.type == kind)


def spans(text: str, kind: str, country: str | None = None) -> list[str]:
    """The sorted original-text spans of the entities of type ``kind`` found in ``text``."""
    doc = Document(id="t", text=text, country=country)
    return sorted(text[e.start : e.end] for e in extract(doc) if e.type == kind)
