"""Identifier types: a registry, one module per type.

``REGISTRY`` maps each stored type name to its singleton. ``extract(document)``
runs every registered type over the fields it reads and returns the entities with
offsets into the original fields. Later types register with ``register``.
"""

from __future__ import annotations

from collections import OrderedDict
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


SHORT_FIELD_CHARS = 160
"""Fields up to this long (titles, short posts) have their entities kept by ``_field_entities``; a document's
own URL is not (each page has its own address: it never repeats)."""
_FIELD_CACHE_SIZE = 8192
"""Field texts kept (with up to one result per identifier type each): a few megabytes at most."""
_field_cache: OrderedDict[tuple[str, str, str], dict[str, tuple[Entity, ...]]] = OrderedDict()


def _field_entities(kind: IdentifierType, ctx: FieldContext) -> tuple[Entity, ...]:
    """``kind.extract(ctx)`` for a short field, kept for the next field with the same text and region.

    A crawl repeats its titles ("New in town", "Sweet Asian girl") and short posts many times; a
    type's entities depend only on the field's name, its text and the region it is read in (the
    normalised view is a function of the text), and entities are immutable, so the same tuple serves
    every repeat. Bounded: the field read longest ago goes when the cache is full (an ``OrderedDict``:
    deleting the first key of a plain dict again and again makes finding the next first key slower each time).
    """
    key = (ctx.field, ctx.text.original, ctx.region)
    by_type = _field_cache.get(key)
    if by_type is None:
        if len(_field_cache) >= _FIELD_CACHE_SIZE:
            _field_cache.popitem(last=False)
        by_type = _field_cache[key] = {}
    cached = by_type.get(kind.name)
    if cached is None:
        cached = by_type[kind.name] = tuple(kind.extract(ctx))
    return cached


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
        short = field != "url" and len(view.original) <= SHORT_FIELD_CHARS
        for kind in kinds:
            if field not in kind.fields:
                continue
            entities = _field_entities(kind, ctx) if short else kind.extract(ctx)
            for entity in entities:
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
