"""The interface of an identifier type, and the context extractors read from."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from clew.model import Entity, TextField
from clew.text import NormalizedText

_WORD = re.compile(r"[^\W\d_]+")

_UNAVAILABLE_TEXT = """
    blocked banned suspended closed disabled deleted hacked down unavailable offline coming soon tba tbd pending
"""
UNAVAILABLE_WORDS = frozenset(_UNAVAILABLE_TEXT.split())
"""Status words where a username would stand ("venmo: coming soon", "IG banned"): no handle, no payment tag."""


def is_phrase(sep: str, plain_words: re.Pattern[str]) -> bool:
    """Whether what stands between a cue and a name holds a word other than the plain separator words.

    "IG: …" and "venmo me at: …" mark the name after them; "IG for more pics: …" or "venmo for tips: …"
    is a phrase ending in a colon, which marks nothing by itself.
    """
    return any(plain_words.fullmatch(w.group()) is None for w in _WORD.finditer(sep))


@dataclass(frozen=True, slots=True)
class Example:
    """A worked example: in ``text`` the extractor must find exactly ``values``.

    An example with no values is a negative one: nothing may be found. Examples
    feed the test suite and the generated documentation.
    """

    text: str
    values: tuple[str, ...] = ()
    country: str | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class FieldContext:
    """One field of a document, ready for extraction."""

    field: TextField
    text: NormalizedText
    region: str
    """Region (ISO 3166-1 alpha-2) used to read national phone numbers."""


class IdentifierType(ABC):
    """One kind of identifier: how to find it, how to write it canonically."""

    name: ClassVar[str]
    """Stored name of the type; never changes once published."""
    description: ClassVar[str]
    canonical: ClassVar[str]
    """How the canonical value is written, for the docs."""
    links: ClassVar[bool]
    """Whether two documents sharing a value of this type are linked into a network."""
    fields: ClassVar[tuple[TextField, ...]] = ("text", "title")
    """Which document fields the extractor reads."""
    examples: ClassVar[tuple[Example, ...]]

    @abstractmethod
    def extract(self, ctx: FieldContext) -> Iterator[Entity]:
        """Yield every identifier of this type in the field, with original offsets."""

    def entity(self, ctx: FieldContext, value: str, start: int, end: int) -> Entity:
        """Build an entity from a span of the *normalised* text."""
        a, b = ctx.text.span(start, end)
        return Entity(type=self.name, value=value, start=a, end=b, field=ctx.field)
