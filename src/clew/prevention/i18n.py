"""Message catalogues for the public pages: gettext ``.po`` files read with Babel.

Translations live in ``clew/prevention/locale/<lang>.po``, not in code. The page
strings use the English text as ``msgid`` (gettext's convention, so a missing
translation shows English rather than a key); plain-language explanations of
indicators use the context ``sign`` and the indicator id as ``msgid``; typology
phrases use the context ``typology`` and the typology key.

The ``.po`` files are read directly at start-up (Babel's parser) rather than
compiled to ``.mo``: there is no build step to forget, and a broken catalogue
fails loudly with its file and line the first time the page is used.

Lookups fall back from the chosen language to English; ``text_lang`` says which
language a string really is in, so the page can mark an English fallback with
``lang="en"`` for screen readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.core import UnknownLocaleError, negotiate_locale
from babel.messages.pofile import PoFileError, read_po

from clew.errors import InputError

LOCALE_DIR = Path(__file__).parent / "locale"

UI_LANGUAGES: tuple[str, ...] = ("en", "ar", "es", "fr", "ru", "zh", "pt", "ro", "th", "vi", "id")
"""Languages the public pages are offered in: the six UN languages, then languages of
origin countries for which the rule packs have indicators (``tl`` has none yet)."""

REQUIRED_LANGUAGES: tuple[str, ...] = ("ar", "en", "es", "fr", "ru", "zh")
"""Every page string must be translated in these (a test checks it)."""

DEFAULT_LANGUAGE = "en"

_LANG_CODE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class Catalogue:
    """The messages of one language, with English underneath as the fallback."""

    lang: str
    messages: dict[tuple[str | None, str], str]
    fallback: Catalogue | None = None
    path: Path | None = None

    @property
    def direction(self) -> str:
        """``rtl`` for right-to-left scripts (Arabic), else ``ltr``; from CLDR via Babel."""
        return "rtl" if Locale.parse(self.lang).text_direction == "rtl" else "ltr"

    @property
    def name(self) -> str:
        """The language's name in itself, e.g. ``العربية``."""
        return language_name(self.lang)

    def lookup(self, msgid: str, context: str | None = None) -> tuple[str, str] | None:
        """(translation, language it is in), or None when no catalogue has it."""
        found = self.messages.get((context, msgid))
        if found:
            return found, self.lang
        if self.fallback is not None:
            return self.fallback.lookup(msgid, context)
        return None

    def gettext(self, msgid: str, **values: object) -> str:
        """The page string in this language (English text when untranslated), formatted
        with ``{name}`` placeholders."""
        found = self.lookup(msgid)
        text = found[0] if found else msgid
        return text.format(**values) if values else text

    def pgettext(self, context: str, msgid: str) -> tuple[str, str] | None:
        """A keyed message (``sign`` / ``typology`` / …) and the language it is in."""
        return self.lookup(msgid, context)

    def has(self, msgid: str, context: str | None = None) -> bool:
        """True when this language itself (not the fallback) translates the message."""
        return bool(self.messages.get((context, msgid)))


def N_(message: str) -> str:
    """Mark a message for the catalogues without translating it yet (gettext's ``N_``)."""
    return message


def language_name(lang: str) -> str:
    """A language's own name, capitalised for a menu."""
    name = Locale.parse(lang).get_display_name(lang) or lang
    return name[:1].upper() + name[1:]


def _read(path: Path, lang: str) -> dict[tuple[str | None, str], str]:
    try:
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang, abort_invalid=True)
    except (OSError, PoFileError, ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"message catalogue cannot be read: {exc}", where=str(path)) from exc
    messages: dict[tuple[str | None, str], str] = {}
    for message in catalog:
        if not message.id or message.fuzzy or not isinstance(message.id, str):
            continue
        if isinstance(message.string, str) and message.string:
            messages[(message.context, message.id)] = message.string
    return messages


@lru_cache(maxsize=32)
def catalogue(lang: str) -> Catalogue:
    """The catalogue of a UI language (English for anything else), read once."""
    english = Catalogue("en", _read(LOCALE_DIR / "en.po", "en"), path=LOCALE_DIR / "en.po")
    if lang == "en" or lang not in UI_LANGUAGES:
        return english
    path = LOCALE_DIR / f"{lang}.po"
    return Catalogue(lang, _read(path, lang), fallback=english, path=path)


def normalise_lang(value: str | None) -> str | None:
    """A UI language code from a form or API value (``es-MX`` → ``es``), or None when
    the value is not one of ``UI_LANGUAGES``."""
    if not value or not _LANG_CODE.match(value.strip()):
        return None
    base = value.strip().replace("_", "-").split("-")[0].lower()
    return base if base in UI_LANGUAGES else None


def from_accept_language(header: str | None) -> tuple[str, str | None]:
    """(UI language, country or None) from a browser's ``Accept-Language`` header.

    ``es-MX,es;q=0.9`` gives ``("es", "MX")``; weights order the preferences.
    """
    if not header:
        return DEFAULT_LANGUAGE, None
    prefs: list[tuple[float, str]] = []
    for position, part in enumerate(header.split(",")[:20]):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        if _LANG_CODE.match(tag.strip()):
            prefs.append((weight - position * 1e-6, tag.strip()))
    ordered = [tag for _w, tag in sorted(prefs, reverse=True)]
    lang = negotiate_locale([t.split("-")[0].lower() for t in ordered], list(UI_LANGUAGES)) or DEFAULT_LANGUAGE
    country = None
    for tag in ordered:
        try:
            locale = Locale.parse(tag, sep="-")
        except (UnknownLocaleError, ValueError):
            continue
        if locale.territory and len(locale.territory) == 2:
            country = locale.territory
            break
    return lang, country


def language_label(code: str, lang: str) -> str:
    """A language's name in the UI language (``es`` in Arabic: ``الإسبانية``), for help entries."""
    try:
        return str(Locale.parse(lang).languages.get(code, code))
    except (UnknownLocaleError, ValueError):
        return code


def country_name(code: str, lang: str) -> str:
    """A country's name in the UI language (CLDR data shipped with Babel)."""
    try:
        return str(Locale.parse(lang).territories.get(code.upper(), code.upper()))
    except (UnknownLocaleError, ValueError):
        return code.upper()
