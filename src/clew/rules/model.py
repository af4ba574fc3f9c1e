"""The rule-pack format: one indicator per YAML file, one pack per typology.

A pack is a folder ``<typology>/`` holding ``_pack.yaml`` (name, version, title)
and one ``<indicator>.yaml`` per indicator. Files are validated into these frozen
models; ``python -m clew.schemas`` writes the JSON Schema of the format to
``schemas/indicator.schema.json``.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from clew.model import TYPOLOGIES

_ID = re.compile(r"^[a-z]{2,4}\.[a-z0-9_]+$")
_SEMVER = re.compile(r"^\d+\.\d+\.\d+$")
_LANG = re.compile(r"^[a-z]{2,3}$")

MAX_WEIGHT = 0.6
"""No single indicator may weigh more: one indicator alone never makes 'high'."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Near(_Frozen):
    """Words of ``a`` within ``within`` words of words of ``b`` (either order)."""

    a: tuple[str, ...] = Field(min_length=1)
    b: tuple[str, ...] = Field(min_length=1)
    within: int = Field(default=6, ge=1, le=30)


class Pattern(_Frozen):
    """One way the indicator shows in text. Exactly one of phrases, regex, near."""

    lang: str = Field(description="ISO 639-1 code of the language the pattern is written in.")
    phrases: tuple[str, ...] | None = Field(
        default=None, description="Literal phrases; matched on whole words where the script has spaces."
    )
    regex: str | None = Field(
        default=None, description="A Python regular expression over the normalised (lower-case) text."
    )
    near: Near | None = None

    @field_validator("lang")
    @classmethod
    def _lang(cls, value: str) -> str:
        if not _LANG.match(value):
            raise ValueError("must be an ISO 639-1 code such as 'en'")
        return value

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"does not compile: {exc}") from exc
        return value

    @model_validator(mode="after")
    def _exactly_one(self) -> Pattern:
        kinds = [k for k in ("phrases", "regex", "near") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError(f"a pattern needs exactly one of phrases, regex, near (has {kinds or 'none'})")
        if self.phrases is not None and not all(p.strip() for p in self.phrases):
            raise ValueError("phrases must not be empty strings")
        return self


class SourceRef(_Frozen):
    ref: str = Field(description="Key in research/indicators.md, e.g. S15, or a short name.")
    citation: str = Field(min_length=5, description="Publisher — title — year.")
    status: Literal["V", "S", "U"] = Field(
        description="V checked in the source, S through a secondary copy, U unverified."
    )


class RuleExample(_Frozen):
    lang: str
    text: str = Field(min_length=1)
    expect: Literal["hit", "miss"]


class Indicator(_Frozen):
    id: str = Field(description="Stable id: <typology prefix>.<name>, e.g. se.third_party_control.")
    title: str = Field(min_length=3)
    description: str = Field(min_length=10)
    typology: str
    version: str = Field(description="Version of this indicator (semantic).")
    weight: float = Field(gt=0.0, le=MAX_WEIGHT)
    status: Literal["on", "off"] = "on"
    status_reason: str | None = Field(default=None, description="Why the indicator is off by default or weighted down.")
    languages: tuple[str, ...] = Field(min_length=1)
    patterns: tuple[Pattern, ...] = Field(min_length=1)
    unless: tuple[str, ...] = Field(
        default=(),
        description="Phrases that cancel a hit when they occur within 60 characters of it.",
    )
    sources: tuple[SourceRef, ...] = Field(min_length=1)
    examples: tuple[RuleExample, ...] = Field(min_length=2)

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError("must look like 'se.third_party_control' (prefix.snake_case)")
        return value

    @field_validator("typology")
    @classmethod
    def _typology(cls, value: str) -> str:
        if value not in TYPOLOGIES:
            raise ValueError(f"must be one of {', '.join(TYPOLOGIES)}")
        return value

    @field_validator("version")
    @classmethod
    def _version(cls, value: str) -> str:
        if not _SEMVER.match(value):
            raise ValueError("must be a semantic version such as 1.0.0")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Indicator:
        if self.status == "off" and not self.status_reason:
            raise ValueError("an indicator that is off by default must say why in status_reason")
        declared = set(self.languages)
        for pattern in self.patterns:
            if pattern.lang not in declared:
                raise ValueError(f"pattern language {pattern.lang!r} is not in languages")
        for lang in self.languages:
            hits = sum(1 for e in self.examples if e.lang == lang and e.expect == "hit")
            misses = sum(1 for e in self.examples if e.lang == lang and e.expect == "miss")
            if hits < 1 or misses < 1:
                raise ValueError(
                    f"language {lang!r} needs at least one 'hit' and one 'miss' example (has {hits} and {misses})"
                )
        return self


class PackInfo(_Frozen):
    name: str
    version: str
    title: str
    description: str = ""

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if value not in TYPOLOGIES:
            raise ValueError(f"must be one of {', '.join(TYPOLOGIES)}")
        return value

    @field_validator("version")
    @classmethod
    def _version(cls, value: str) -> str:
        if not _SEMVER.match(value):
            raise ValueError("must be a semantic version such as 1.0.0")
        return value


class Pack(_Frozen):
    info: PackInfo
    indicators: tuple[Indicator, ...]
    path: str
