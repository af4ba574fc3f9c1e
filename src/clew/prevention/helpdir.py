"""The help directory: national anti-trafficking hotlines and help organisations.

Data, not code: ``help_directory.yaml`` beside this module (or the file named by
``CLEW_CHECK_HELP_DIRECTORY``) lists one entry per resource with the country, name,
phone, website, languages, hours, the public source it was taken from and the date
it was last checked against that source. ``clew help-directory lint`` validates the
file; errors name the file, line and field, so an NGO editing its own copy can find
a mistake.

Phone numbers here are public numbers of public services, published by the
services themselves or by governments; nothing in the file is about a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import pycountry
import yaml
from babel import Locale
from babel.core import UnknownLocaleError
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from clew.errors import InputError

BUILTIN_PATH = Path(__file__).parent / "help_directory.yaml"

MIN_COUNTRIES = 40
"""The directory must cover at least this many countries (issue 8)."""

STALE_AFTER = timedelta(days=365)
"""An entry not checked for longer than this is reported by the lint (a warning)."""

_PHONE = re.compile(r"^\+?[0-9][0-9 ().\-]{1,22}[0-9]$")
_URL = re.compile(r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/\S*)?$")

Kind = Literal["hotline", "helpline", "organisation", "police", "labour"]


class HelpResource(BaseModel):
    """One place to get help: a hotline, a help organisation, a police unit."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    country: str = Field(description="ISO 3166-1 alpha-2 code of the country served.")
    name: str = Field(min_length=3, description="The service's own name (in its own language).")
    name_en: str | None = Field(default=None, description="English name when the own name is in another language.")
    kind: Kind = Field(description="hotline, helpline, organisation, police or labour (labour inspection).")
    phone: str | None = Field(default=None, description="Number as the service publishes it (national format).")
    sms: str | None = Field(default=None, description="A text-message number, when there is one.")
    website: str | None = None
    email: str | None = None
    languages: tuple[str, ...] = Field(min_length=1, description="ISO 639-1 codes of the languages answered in.")
    interpretation: bool = Field(default=False, description="Interpreters for further languages on request.")
    hours: str | None = Field(
        default=None,
        min_length=2,
        description="When it answers, e.g. '24/7' or 'Mon-Fri 09:00-17:00'; left out when the source does not say.",
    )
    free: bool | None = Field(default=None, description="Free to call from within the country.")
    source: str = Field(description="Public page the entry was taken from (the service's own or a government's).")
    checked: date = Field(description="Date the entry was last checked against the source.")
    note: str | None = None

    @field_validator("country")
    @classmethod
    def _country(cls, value: str) -> str:
        if pycountry.countries.get(alpha_2=value.upper()) is None or value != value.upper():
            raise ValueError("must be an upper-case ISO 3166-1 alpha-2 code such as 'US'")
        return value

    @field_validator("phone", "sms")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        if value is not None and not _PHONE.match(value):
            raise ValueError("must be digits with optional +, spaces, dots, hyphens or brackets")
        return value

    @field_validator("website", "source")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and not _URL.match(value):
            raise ValueError("must be an http(s) URL")
        return value

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", value):
            raise ValueError("must be an e-mail address")
        return value

    @field_validator("languages")
    @classmethod
    def _languages(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for code in value:
            try:
                Locale.parse(code)
            except (UnknownLocaleError, ValueError) as exc:
                raise ValueError(f"{code!r} is not a language code") from exc
        return value

    @field_validator("checked")
    @classmethod
    def _not_future(cls, value: date) -> date:
        if value > date.today():
            raise ValueError("a check date cannot be in the future")
        return value

    @property
    def tel(self) -> str | None:
        """The phone number as a ``tel:`` target (digits and a leading +)."""
        if self.phone is None:
            return None
        return re.sub(r"[^0-9+]", "", self.phone)

    def has_contact(self) -> bool:
        return bool(self.phone or self.website or self.email or self.sms)


@dataclass(frozen=True)
class HelpDirectory:
    """All entries, with lookups by country."""

    entries: tuple[HelpResource, ...]
    path: Path

    def countries(self) -> list[str]:
        """Country codes with at least one entry, sorted."""
        return sorted({e.country for e in self.entries})

    def for_country(self, country: str | None) -> list[HelpResource]:
        """The entries of one country, hotlines first, in file order otherwise."""
        if not country:
            return []
        order = {"hotline": 0, "helpline": 1, "police": 2, "labour": 3, "organisation": 4}
        found = [e for e in self.entries if e.country == country.upper()]
        return sorted(found, key=lambda e: order[e.kind])


@dataclass(frozen=True)
class LintReport:
    errors: list[str]
    warnings: list[str]
    entries: int
    countries: int


def _line_of(root: yaml.Node | None, index: int, field: str | None) -> int | None:
    """1-based line of ``entries[index].field`` in the composed YAML."""
    if not isinstance(root, yaml.MappingNode):
        return None
    for key, value in root.value:
        if key.value == "entries" and isinstance(value, yaml.SequenceNode) and index < len(value.value):
            item = value.value[index]
            if field and isinstance(item, yaml.MappingNode):
                for k, _v in item.value:
                    if k.value == field:
                        return int(k.start_mark.line) + 1
            return int(item.start_mark.line) + 1
    return None


def _read(path: Path) -> tuple[list[Any], yaml.Node | None]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the help directory: {exc}", where=str(path)) from exc
    try:
        data = yaml.safe_load(text)
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise InputError(f"not valid YAML: {exc}", where=where) from exc
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise InputError("the file must be a mapping with a list under 'entries'", where=str(path))
    return data["entries"], root


def _parse(path: Path) -> tuple[list[tuple[int, HelpResource]], list[str], yaml.Node | None]:
    """Valid entries with their position in the file, and the errors of the others."""
    raw, root = _read(path)
    entries: list[tuple[int, HelpResource]] = []
    errors: list[str] = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict):
            errors.append(f"{path}:{_line_of(root, index, None)}: entries[{index}]: must be a mapping")
            continue
        try:
            entries.append((index, HelpResource.model_validate(item)))
        except ValidationError as exc:
            for err in exc.errors():
                field = str(err["loc"][0]) if err["loc"] else None
                line = _line_of(root, index, field)
                label = item.get("name", f"entries[{index}]")
                errors.append(f"{path}:{line}: {label!r} field '{field}': {err['msg']}")
    return entries, errors, root


def load_directory(path: Path | None = None) -> HelpDirectory:
    """Read and validate the directory; any invalid entry is an error naming its line."""
    path = path or BUILTIN_PATH
    entries, errors, _root = _parse(path)
    if errors:
        raise InputError("; ".join(errors[:5]) + (f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""))
    return HelpDirectory(tuple(e for _i, e in entries), path)


@lru_cache(maxsize=4)
def cached_directory(path: Path | None = None) -> HelpDirectory:
    """The directory read once per process (the web pages use this)."""
    return load_directory(path)


def lint(path: Path | None = None, *, min_countries: int = MIN_COUNTRIES, today: date | None = None) -> LintReport:
    """Every problem in the file: invalid fields, duplicates, entries without any way to
    reach the service or without a source, too few countries; stale checks are warnings."""
    path = path or BUILTIN_PATH
    today = today or date.today()
    entries, errors, root = _parse(path)
    warnings: list[str] = []
    seen: dict[tuple[str, str], int] = {}
    for index, entry in entries:
        key = (entry.country, entry.name.casefold())
        if key in seen:
            errors.append(f"{path}:{_line_of(root, index, 'name')}: {entry.name!r} is listed twice for {entry.country}")
        seen[key] = index
        if not entry.has_contact():
            where = f"{path}:{_line_of(root, index, 'name')}"
            errors.append(f"{where}: {entry.name!r} has no phone, SMS, website or e-mail")
        if today - entry.checked > STALE_AFTER:
            warnings.append(
                f"{path}:{_line_of(root, index, 'checked')}: {entry.name!r} was last checked on {entry.checked}; "
                "check it against its source again"
            )
    countries = {e.country for _i, e in entries}
    if len(countries) < min_countries:
        errors.append(f"{path}: covers {len(countries)} countries; at least {min_countries} are required")
    return LintReport(errors=errors, warnings=warnings, entries=len(entries), countries=len(countries))
