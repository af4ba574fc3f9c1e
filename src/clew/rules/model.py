"""The rule-pack format: one indicator per YAML file, one pack per typology.

A pack is a folder ``<typology>/`` holding ``_pack.yaml`` (name, version, title)
and one ``<indicator>.yaml`` per indicator. Files are validated into these frozen
models; ``python -m clew.schemas`` writes the JSON Schema of the format to
``schemas/indicator.schema.json``.

Concept lexicons (``_lexicons/<name>.yaml`` beside the packs) name a concept once
("person", "sale verb", "organ") with its words in every language, inflected forms
included. A phrase list, a side of a ``near`` pattern or an ``unless`` list refers
to one as ``"@name"``; the loader expands the reference, so indicators are written
as combinations of concepts and the matcher only ever sees plain phrases. That is
how an indicator describes the phenomenon rather than a few example sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationInfo, field_validator, model_validator

from clew.model import TYPOLOGIES
from clew.rules.redos import backtracking_risks

_ID = re.compile(r"^[a-z]{2,4}\.[a-z0-9_]+$")
_SEMVER = re.compile(r"^\d+\.\d+\.\d+$")
_LANG = re.compile(r"^[a-z]{2,3}$")
LEXICON_NAME = re.compile(r"^[a-z][a-z0-9_]{1,40}$")
LEXICON_REF = re.compile(r"^@([a-z][a-z0-9_]{1,40})$")
"""A phrase that is exactly ``@name`` refers to the lexicon ``name``."""
LEXICON_LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
"""Every lexicon covers at least the six UN languages, like every pack."""

PATTERN_KINDS = ("phrases", "regex", "near", "entity", "feature")
TEXT_KINDS = ("phrases", "regex", "near")
FEATURE_NAMES = frozenset({"plural_voice", "third_person_voice", "price_per_time"})
"""Document features a pattern can name; implemented in clew.rules.features."""
MIN_EXAMPLES = 2
"""Hit and miss examples each indicator needs per language it claims."""

MAX_WEIGHT = 0.6
"""No single indicator may weigh more: one indicator alone never makes 'high'."""


UNLESS_WITHIN = 60
"""Characters either side of a hit in which an ``unless`` phrase cancels it, unless the indicator says."""
MAX_UNLESS_WITHIN = 100_000

STEM_MARK = "*"
"""Written at the end of a phrase or lexicon term: its last word is a stem ("recrut*")."""
MIN_STEM_CHARS = 4
"""Letters a stem needs before the mark: shorter ones ("pas*") begin too many unrelated words."""


def split_stem(phrase: str) -> tuple[str, bool]:
    """The phrase without its stem mark, and whether its last word is a stem.

    A stem matches any word that begins with it ("recrut*" matches "recrutamos",
    "recrutement", "рекрутинг" does not: the letters must be the same after
    normalisation). Inflecting languages (ru, ro, pt, es, fr, ar, ...) then need one
    entry for a word's many endings instead of listing each form.
    """
    text = phrase.rstrip()
    if text.endswith(STEM_MARK):
        return text[: -len(STEM_MARK)], True
    return phrase, False


def phrase_problem(phrase: str) -> str | None:
    """Why ``phrase`` cannot be matched as written, or None."""
    if not phrase.strip():
        return "phrases must not be empty strings"
    body, stem = split_stem(phrase)
    if STEM_MARK in body:
        return f"{phrase!r}: {STEM_MARK!r} may only end a phrase, where it marks the last word as a stem"
    if stem:
        words = body.split()
        last = words[-1] if words else ""
        if len(last) < MIN_STEM_CHARS or not last[-1].isalpha():
            return (
                f"{phrase!r}: a stem needs at least {MIN_STEM_CHARS} characters ending in a letter before "
                f"{STEM_MARK!r} (shorter ones begin too many unrelated words)"
            )
    return None


def check_phrases(phrases: Iterable[str], where: str = "") -> None:
    """Raise ``ValueError`` (prefixed with ``where``) for the first phrase that cannot be matched as written."""
    for phrase in phrases:
        problem = phrase_problem(phrase)
        if problem:
            raise ValueError(where + problem)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Near(_Frozen):
    """Words of ``a`` within ``within`` words of words of ``b`` (either order); with ``c``, the pair also
    needs a word of ``c`` within ``c_within`` words of it (a setting that makes the pair mean something)."""

    a: tuple[str, ...] = Field(min_length=1)
    b: tuple[str, ...] = Field(min_length=1)
    within: int = Field(default=6, ge=1, le=30)
    c: tuple[str, ...] = Field(
        default=(),
        description="Optional third side: a word of c must also occur within c_within words of the a-b pair.",
    )
    c_within: int = Field(default=20, ge=1, le=30, description="Window (in words) between the a-b pair and c.")

    @field_validator("a", "b")
    @classmethod
    def _phrases(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        check_phrases(value)
        return value

    @field_validator("c")
    @classmethod
    def _third(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if value:
            check_phrases(value)
        return value


class EntityCondition(_Frozen):
    """An identifier or attribute the document must (or must not) contain."""

    type: str = Field(description="Identifier type, e.g. age, phone, crypto, handle, payment.")
    min: float | None = Field(default=None, description="Numeric value at least this (e.g. age).")
    max: float | None = Field(default=None, description="Numeric value at most this (e.g. age 17).")
    prefix: str | None = Field(default=None, description="Value starts with this, e.g. 'telegram:' or 'btc:'.")
    obfuscated: bool | None = Field(
        default=None, description="The value is written so that filters miss it (words, symbols, other scripts)."
    )
    absent: bool = Field(default=False, description="Only in requires: no such entity in the document.")


class Pattern(_Frozen):
    """One way the indicator shows in a document: exactly one of phrases, regex, near,
    entity, feature. Text patterns (phrases, regex, near) name their language."""

    lang: str | None = Field(default=None, description="ISO 639-1 code of the language of a text pattern.")
    phrases: tuple[str, ...] | None = Field(
        default=None,
        description=(
            "Literal phrases; matched on whole words where the script has spaces. A phrase ending in '*' "
            "takes its last word as a stem: 'recrut*' matches 'recrutamos' and 'recrutement'."
        ),
    )
    regex: str | None = Field(
        default=None, description="A Python regular expression over the normalised (lower-case) text."
    )
    near: Near | None = None
    entity: EntityCondition | None = Field(
        default=None, description="Fires on each entity that meets the condition (its span is the evidence)."
    )
    feature: str | None = Field(
        default=None, description="A named document feature (clew.rules.features), e.g. plural_voice."
    )

    @field_validator("lang")
    @classmethod
    def _lang(cls, value: str | None) -> str | None:
        if value is not None and not _LANG.match(value):
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
            risks = backtracking_risks(value)
            if risks:
                raise ValueError(
                    f"could backtrack catastrophically: {'; '.join(risks)} — bound the repetition "
                    "(e.g. {0,40}) or use one character class"
                )
        return value

    @property
    def kind(self) -> str:
        return next(k for k in PATTERN_KINDS if getattr(self, k) is not None)

    @model_validator(mode="after")
    def _exactly_one(self) -> Pattern:
        kinds = [k for k in PATTERN_KINDS if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError(f"a pattern needs exactly one of {', '.join(PATTERN_KINDS)} (has {kinds or 'none'})")
        if kinds[0] in TEXT_KINDS and self.lang is None:
            raise ValueError(f"a {kinds[0]} pattern needs its language in 'lang'")
        if self.feature is not None and self.feature not in FEATURE_NAMES:
            raise ValueError(f"unknown feature {self.feature!r}; known: {', '.join(sorted(FEATURE_NAMES))}")
        check_phrases(self.phrases or ())
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
    country: str | None = Field(default=None, description="Country hint, for examples with phone numbers.")
    expect: Literal["hit", "miss"]


class Lexicon(_Frozen):
    """A named concept and its words per language (``_lexicons/<name>.yaml``)."""

    name: str = Field(description="snake_case name, the file name without .yaml; referenced as '@name'.")
    description: str = Field(min_length=10, description="What the concept covers and what it leaves out, and why.")
    sources: tuple[SourceRef, ...] = Field(min_length=1)
    terms: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description=(
            "Words per ISO 639-1 language, with the inflected forms, plurals, genders, common "
            "misspellings and slang that matter: phrases match whole words, so every form is listed, "
            "or its stem ends in '*' ('recrut*' matches every word that begins with 'recrut'). "
            "Required, except in a lexicon made with 'derived_from', whose terms the loader fills in."
        ),
    )
    derived_from: str | None = Field(
        default=None,
        description=(
            "Another lexicon this one is made from: its terms and prefixes less the words in 'without'. "
            "Such a lexicon lists no terms or prefixes of its own, so it can never drift from the one it "
            "narrows (e.g. @general_notice is @news_context without the bare words for 'a report')."
        ),
    )
    without: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="Per language, the words of 'derived_from' that this lexicon leaves out; each must be one of them.",
    )

    prefixes: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description=(
            "Clitics written onto a word, per language (Arabic و ب ل ف ال): each term of that language is "
            "also matched with each prefix attached, so the lists need not spell out every combination."
        ),
    )

    def words(self, lang: str) -> tuple[str, ...]:
        """The terms of ``lang`` and their prefixed forms (a clitic attaches to a phrase's first word)."""
        terms = self.terms.get(lang, ())
        extra = [p + t for p in self.prefixes.get(lang, ()) for t in terms]
        return tuple(dict.fromkeys([*terms, *extra]))

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not LEXICON_NAME.match(value):
            raise ValueError("must be snake_case, e.g. 'sale_verb'")
        return value

    @field_validator("terms")
    @classmethod
    def _terms(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        missing = [lang for lang in LEXICON_LANGUAGES if lang not in value]
        if missing:
            raise ValueError(
                f"lacks the languages {', '.join(missing)} (every lexicon covers {', '.join(LEXICON_LANGUAGES)})"
            )
        for lang, words in value.items():
            if not _LANG.match(lang):
                raise ValueError(f"{lang!r} is not an ISO 639-1 code such as 'en'")
            if not words:
                raise ValueError(f"language {lang!r} has an empty list")
            seen: set[str] = set()
            for word in words:
                key = " ".join(word.casefold().split())
                if not key:
                    raise ValueError(f"language {lang!r} has an empty term")
                if LEXICON_REF.match(word):
                    raise ValueError(f"language {lang!r}: {word!r} — a lexicon cannot refer to another lexicon")
                check_phrases((word,), f"language {lang!r}: ")
                if key in seen:
                    raise ValueError(f"language {lang!r} lists {word!r} twice")
                seen.add(key)
        return value

    @field_validator("prefixes")
    @classmethod
    def _prefixes(cls, value: dict[str, tuple[str, ...]], info: ValidationInfo) -> dict[str, tuple[str, ...]]:
        for lang, prefixes in value.items():
            if lang not in info.data.get("terms", {}):
                raise ValueError(f"language {lang!r} has prefixes but no terms")
            if not prefixes or not all(p.strip() and " " not in p for p in prefixes):
                raise ValueError(f"language {lang!r}: prefixes are non-empty and have no spaces")
        return value

    @model_validator(mode="after")
    def _has_terms(self) -> Lexicon:
        if not self.terms:
            raise ValueError("a lexicon needs 'terms' (or 'derived_from', the lexicon it narrows)")
        if self.without and self.derived_from is None:
            raise ValueError("'without' narrows the lexicon named in 'derived_from', which is missing")
        return self


class Indicator(_Frozen):
    id: str = Field(description="Stable id: <typology prefix>.<name>, e.g. se.third_party_control.")
    title: str = Field(min_length=3)
    description: str = Field(min_length=10)
    typology: str
    version: str = Field(description="Version of this indicator (semantic).")
    weight: float = Field(gt=0.0, le=MAX_WEIGHT)
    status: Literal["on", "off"] = "on"
    status_reason: str | None = Field(
        default=None, description="Why the indicator is off by default or weighted down.", validate_default=True
    )
    languages: tuple[str, ...] = Field(min_length=1)
    patterns: tuple[Pattern, ...] = Field(min_length=1)
    requires: tuple[Pattern, ...] = Field(
        default=(),
        description=(
            "Entity or feature conditions that must all hold in the document for the indicator to fire, "
            "e.g. a fee (patterns) plus a crypto wallet (requires)."
        ),
    )
    unless: tuple[str, ...] = Field(
        default=(),
        description="Phrases that cancel a hit when they occur within `unless_within` characters of it.",
    )
    unless_within: int = Field(
        default=UNLESS_WITHIN,
        ge=1,
        le=MAX_UNLESS_WITHIN,
        description=(
            "Characters either side of a hit in which an `unless` phrase cancels it (default 60). A context "
            "that holds for the whole document (a news report, a sex-work setting) takes a large window."
        ),
    )
    sources: tuple[SourceRef, ...] = Field(min_length=1)
    examples: tuple[RuleExample, ...] = Field(min_length=2)

    _written: dict[str, tuple[str, ...]] = PrivateAttr(default_factory=dict)
    """Lists that referred to lexicons, as written (``"patterns.2.near.a"`` → ``("@organ",)``),
    set by the loader so that ``explain`` and the docs show the concepts, not their expansion."""

    @property
    def written(self) -> dict[str, tuple[str, ...]]:
        return dict(self._written)

    @property
    def lexicons(self) -> tuple[str, ...]:
        """Names of the lexicons this indicator refers to, in order of first use."""
        names: dict[str, None] = {}
        for items in self._written.values():
            for item in items:
                ref = LEXICON_REF.match(item)
                if ref:
                    names[ref.group(1)] = None
        return tuple(names)

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

    # Cross-field checks are field validators (fields validate in order), so that an
    # error names the field — and the loader the line — that is wrong.
    @field_validator("status_reason")
    @classmethod
    def _reason(cls, value: str | None, info: ValidationInfo) -> str | None:
        if info.data.get("status") == "off" and not value:
            raise ValueError("an indicator that is off by default must say why in status_reason")
        return value

    @field_validator("unless")
    @classmethod
    def _unless(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        check_phrases(value)
        return value

    @field_validator("unless_within")
    @classmethod
    def _unless_within(cls, value: int, info: ValidationInfo) -> int:
        if value != UNLESS_WITHIN and not info.data.get("unless"):
            raise ValueError("sets the window of 'unless' phrases, but the indicator has none")
        return value

    @field_validator("patterns")
    @classmethod
    def _pattern_languages(cls, value: tuple[Pattern, ...], info: ValidationInfo) -> tuple[Pattern, ...]:
        declared = set(info.data.get("languages", ()))
        for pattern in value:
            if pattern.lang is not None and pattern.lang not in declared:
                raise ValueError(f"pattern language {pattern.lang!r} is not in languages")
            if pattern.entity is not None and pattern.entity.absent:
                raise ValueError("'absent' entity conditions belong in requires, not in patterns")
        return value

    @field_validator("requires")
    @classmethod
    def _conditions(cls, value: tuple[Pattern, ...]) -> tuple[Pattern, ...]:
        if any(condition.kind not in ("entity", "feature") for condition in value):
            raise ValueError("requires takes entity and feature conditions only")
        return value

    @field_validator("examples")
    @classmethod
    def _examples_per_language(cls, value: tuple[RuleExample, ...], info: ValidationInfo) -> tuple[RuleExample, ...]:
        for lang in info.data.get("languages", ()):
            hits = sum(1 for e in value if e.lang == lang and e.expect == "hit")
            misses = sum(1 for e in value if e.lang == lang and e.expect == "miss")
            if hits < MIN_EXAMPLES or misses < MIN_EXAMPLES:
                raise ValueError(
                    f"language {lang!r} needs at least {MIN_EXAMPLES} 'hit' and {MIN_EXAMPLES} 'miss' examples "
                    f"(has {hits} and {misses})"
                )
        return value


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
    lexicons: tuple[Lexicon, ...] = ()
    """The lexicons the pack's indicators refer to."""
