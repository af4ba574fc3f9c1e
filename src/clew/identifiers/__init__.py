"""Identifier types: a registry, one module per type.

``REGISTRY`` maps each stored type name to its singleton. ``extract(document)``
runs every registered type over the fields it reads and returns the entities with
offsets into the original fields. Later types register with ``register``.
"""

from __future__ import annotations

from collections.abc import Collection

from clew.identifiers.age import Age
from clew.identifiers.base import Example, FieldContext, IdentifierType
from clew.identifiers.crypto import Crypto
from clew.identifiers.email import Email
from clew.identifiers.handle import Handle
from clew.identifiers.location import Location
from clew.identifiers.payment import Payment
from clew.identifiers.phone import Phone
from clew.identifiers.price import Price
from clew.identifiers.region import infer_region
from clew.identifiers.url import Url
from clew.model import Document, Entity, TextField
from clew.text import NormalizedText, normalize

REGISTRY: dict[str, IdentifierType] = {}


def register(kind: IdentifierType) -> IdentifierType:
    if kind.name in REGISTRY:
        raise ValueError(f"identifier type {kind.name!r} is registered twice")
    REGISTRY[kind.name] = kind
    return kind


for _kind in (Phone(), Email(), Url(), Handle(), Payment(), Crypto(), Age(), Price(), Location()):
    register(_kind)


def linking_types() -> frozenset[str]:
    return frozenset(name for name, kind in REGISTRY.items() if kind.links)


def extract(
    document: Document,
    *,
    default_region: str = "US",
    normalized: dict[TextField, NormalizedText] | None = None,
    types: Collection[str] | None = None,
) -> list[Entity]:
    """Every identifier in the document, sorted by field and position, without repeats.

    ``types`` restricts the reading to those identifier types (the types are read
    independently, so each one's entities are the same as in a full reading):
    ``clew link`` needs only the types that link.
    """
    views = normalized if normalized is not None else normalized_fields(document)
    region = infer_region(document, views, default_region)
    kinds = list(REGISTRY.values()) if types is None else [k for k in REGISTRY.values() if k.name in types]
    found: dict[tuple[str, str, str, int, int], Entity] = {}
    for field, view in views.items():
        ctx = FieldContext(field=field, text=view, region=region)
        for kind in kinds:
            if field not in kind.fields:
                continue
            for entity in kind.extract(ctx):
                key = (entity.field, entity.type, entity.value, entity.start, entity.end)
                found.setdefault(key, entity)
    order = {"text": 0, "title": 1, "url": 2}
    return sorted(found.values(), key=lambda e: (order[e.field], e.start, e.end, e.type))


def normalized_fields(document: Document, *, url: bool = True) -> dict[TextField, NormalizedText]:
    """The normalised views of the fields identifiers are read from; ``extract`` reads every view given.

    ``url=False`` leaves the document's own URL out (``clew link`` never links on it).
    """
    views: dict[TextField, NormalizedText] = {"text": normalize(document.text)}
    if document.title:
        views["title"] = normalize(document.title)
    if url and document.url:
        views["url"] = normalize(document.url)
    return views


__all__ = [
    "REGISTRY",
    "Example",
    "FieldContext",
    "IdentifierType",
    "extract",
    "linking_types",
    "normalized_fields",
    "register",
]
