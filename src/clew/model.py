"""The shared vocabulary of Clew, matching the data contracts in PRODUCT.md.

Every stage of the pipeline speaks these types: ingest produces ``Document``s,
extraction produces ``Entity``s, rules produce ``IndicatorHit``s, scoring
produces ``TypologyScore``s, and together they make an ``Analysis`` — one line of
``clew analyze`` output. Linking produces ``LinkRecord``s (one line of
``clew link`` output) and ``Network``s with the evidence of every edge.

The JSON Schemas in ``schemas/`` are generated from these models
(``python -m clew.schemas``) and a test fails when they drift.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

TYPOLOGIES: tuple[str, ...] = (
    "sexual_exploitation",
    "labour_exploitation",
    "child_exploitation",
    "organ_trafficking",
    "forced_marriage",
    "sale_of_persons",
)
"""The six typology keys present in every analysis, in a fixed order."""

Level = Literal["none", "low", "medium", "high"]
LEVELS: tuple[Level, ...] = ("none", "low", "medium", "high")
FLAGGED_LEVELS: frozenset[str] = frozenset({"medium", "high"})

TextField = Literal["text", "title", "url"]

_COUNTRY = re.compile(r"^[A-Za-z]{2}$")

Offset = Annotated[int, Field(ge=0)]


class Document(BaseModel):
    """An input document: one ad, post, page or message."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    id: str = Field(min_length=1, description="Caller's identifier, unique per corpus.")
    text: str = Field(description="The body text as the user saw it.")
    title: str | None = None
    url: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-2 hint for reading phone numbers.")
    lang: str | None = Field(default=None, description="Language hint (ISO 639-1).")
    posted_at: datetime | None = Field(default=None, description="ISO 8601 time of posting.")
    source: str | None = Field(default=None, description="Site or feed the document came from.")
    images: list[str] = Field(default_factory=list, description="Image paths or URLs.")

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_string(cls, value: object) -> object:
        # Numeric ids are common in exports; keep them, as strings.
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return value

    @field_validator("country")
    @classmethod
    def _country_code(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not _COUNTRY.match(value):
            raise ValueError("must be an ISO 3166-1 alpha-2 code such as 'US' or 'GB'")
        return value.upper()

    @field_validator("lang")
    @classmethod
    def _lang_code(cls, value: str | None) -> str | None:
        return value.lower() if value else None


class Entity(BaseModel):
    """An identifier or attribute found in a document, with its place in the text."""

    model_config = ConfigDict(frozen=True)

    type: str = Field(description="Identifier type name, e.g. phone, email, url.")
    value: str = Field(description="Canonical value, e.g. E.164 for phones.")
    start: Offset = Field(description="Start offset (characters) in the original field.")
    end: Offset = Field(description="End offset (exclusive) in the original field.")
    field: TextField = Field(default="text", description="Which field the offsets point into.")

    @model_validator(mode="after")
    def _span_order(self) -> Entity:
        if self.end < self.start:
            raise ValueError("end must not be before start")
        return self


class IndicatorHit(BaseModel):
    """One indicator that fired, with the evidence that made it fire."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Indicator id, e.g. se.third_party_control.")
    pack: str = Field(description="Rule pack (typology) the indicator belongs to.")
    version: str = Field(description="Version of the rule pack that produced the hit.")
    start: Offset
    end: Offset
    text: str = Field(description="The original characters at [start, end).")
    weight: float = Field(ge=0.0, le=1.0)
    source: str = Field(description="Citation of the source behind the indicator.")
    field: TextField = "text"


class TypologyScore(BaseModel):
    model_config = ConfigDict(frozen=True)

    score: float = Field(ge=0.0, le=1.0)
    level: Level
    indicators: list[str] = Field(default_factory=list, description="Ids of the indicators behind the score.")


def empty_typologies() -> dict[str, TypologyScore]:
    return {t: TypologyScore(score=0.0, level="none") for t in TYPOLOGIES}


class Analysis(BaseModel):
    """One line of ``clew analyze`` output: a lead for review, never a verdict."""

    id: str
    lang: str | None = Field(description="Language of the text (hint or detected).")
    risk: float = Field(ge=0.0, le=1.0, description="Highest typology score.")
    entities: list[Entity] = Field(default_factory=list)
    typologies: dict[str, TypologyScore] = Field(default_factory=empty_typologies)
    indicators: list[IndicatorHit] = Field(default_factory=list)

    @field_validator("typologies")
    @classmethod
    def _all_six(cls, value: dict[str, TypologyScore]) -> dict[str, TypologyScore]:
        missing = [t for t in TYPOLOGIES if t not in value]
        unknown = [t for t in value if t not in TYPOLOGIES]
        if missing or unknown:
            raise ValueError(f"typologies must be exactly {TYPOLOGIES}; missing {missing}, unknown {unknown}")
        return {t: value[t] for t in TYPOLOGIES}

    def flagged(self) -> list[str]:
        """Typologies at medium or high."""
        return [t for t, s in self.typologies.items() if s.level in FLAGGED_LEVELS]


class LinkEvidence(BaseModel):
    """Why two documents are in one network."""

    model_config = ConfigDict(frozen=True)

    source: str = Field(description="Document id.")
    target: str = Field(description="Document id.")
    kind: Literal["identifier", "text"] = Field(description="What links them.")
    type: str = Field(description="Identifier type (phone, email, …) or text method.")
    value: str = Field(description="Shared identifier value or shared-text fingerprint.")
    similarity: float = Field(default=1.0, ge=0.0, le=1.0)


class LinkRecord(BaseModel):
    """One line of ``clew link`` output."""

    id: str
    network: str


class Network(BaseModel):
    """A connected group of documents with the evidence that connects them."""

    id: str
    documents: list[str]
    links: list[LinkEvidence] = Field(default_factory=list)
