"""Which region to read national phone numbers in, when the document does not say.

In order, the first that answers:

1. the document's ``country``;
2. its URL: a country-code top-level domain (``.com.au``, ``.co.uk``), else a place
   named in a host label or one of the first path segments
   (``melbourne.backpage.com``, ``ads.example.com/ca/vancouver/…``,
   ``…/kansas-city/…``);
3. places named in the title and text — country names (in many languages),
   provinces and states, big cities (``clew.text.places``) — by vote;
4. the country-code top-level domain of an e-mail address or a link written in the text
   (``anna@example.com.au``, ``www.example.co.uk``);
5. the first ``+CC`` prefix written in the text;
6. the default region.

Everything is offline and cheap: a URL parse, dictionary look-ups, and one
Aho-Corasick pass over the text.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import phonenumbers

from clew.model import Document, TextField
from clew.text import NormalizedText
from clew.text.places import place_named, places_in, vote

# ccTLDs that are marketed as generic names and say nothing about the country.
_GENERIC_CCTLDS = frozenset({"io", "co", "me", "tv", "ly", "ai", "fm", "ws", "cc", "to", "gg", "la", "am", "nu", "tk"})
_TLD_ALIASES = {"uk": "GB"}
_SUPPORTED = frozenset(phonenumbers.SUPPORTED_REGIONS)
_PLUS_CC = re.compile(r"(?<![\w+])\+\s?(\d{1,3})")
_MAX_PATH_SEGMENTS = 3
_GENERIC_LABELS = frozenset({"www", "m", "mobile", "ads", "ad", "classifieds", "en", "es", "fr", "de", "ru", "pt"})


def region_from_tld(url: str) -> str | None:
    host = _host(url)
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if not tld or tld in _GENERIC_CCTLDS:
        return None
    region = _TLD_ALIASES.get(tld, tld.upper())
    return region if len(region) == 2 and region in _SUPPORTED else None


def _host(url: str) -> str:
    try:
        return (urlsplit(url if "://" in url else "http://" + url).hostname or "").lower()
    except ValueError:
        return ""


def region_from_url(url: str) -> str | None:
    """The region a URL points to: its ccTLD, else a place in its host or first path segments."""
    region = region_from_tld(url)
    if region:
        return region
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    labels = host.split(".")[:-2]
    names = [label for label in labels if label not in _GENERIC_LABELS]
    segments = [s for s in parts.path.split("/") if s][:_MAX_PATH_SEGMENTS]
    for i, segment in enumerate(segments):
        # /ca/vancouver/: a country code followed by one of its cities
        if len(segment) == 2 and i + 1 < len(segments):
            place = place_named(segments[i + 1])
            if place is not None and place.country == segment.upper():
                return place.country
    for name in [*names, *segments]:
        if len(name) < 2 or len(name) > 40 or name.isdigit():
            continue
        place = place_named(name)
        if place is not None and place.country in _SUPPORTED:
            return place.country
    return None


def region_from_text(text: str) -> str | None:
    """The region of the first +CC prefix written in the text, if any."""
    for m in _PLUS_CC.finditer(text):
        for size in (1, 2, 3):
            code = m.group(1)[:size]
            region = phonenumbers.region_code_for_country_code(int(code))
            if region != "ZZ":
                return str(region)
    return None


_TEXT_HOST = re.compile(r"(?:@|(?<![\w.])(?:https?://|www\.))(?P<host>[^\W_][\w-]*(?:\.[^\W_][\w-]*)+)", re.ASCII)
"""A host written in the text: an e-mail's domain ("nina@example.com.au"), a link ("www.example.co.uk",
"https://example.de/…"). A bare "file.py" or "notes.md" is no host: file names end in country codes too."""


def region_from_hosts(text: str) -> str | None:
    """The region of the first country-code top-level domain of an e-mail address or a link in the text."""
    if "@" not in text and "www." not in text and "http" not in text:
        return None
    for m in _TEXT_HOST.finditer(text):
        region = region_from_tld(m.group("host"))
        if region:
            return region
    return None


def region_from_places(views: dict[TextField, NormalizedText]) -> str | None:
    """The country the places named in the title and text point to, by vote."""
    best: str | None = None
    for field in ("title", "text"):
        view = views.get(field)
        if view is None or not view.text:
            continue
        hits = places_in(view)
        if hits:
            best = vote(hits, view.text)
            if best is not None and best in _SUPPORTED:
                return best
    return None


_TEXT_THEN_TITLE: tuple[TextField, ...] = ("text", "title")


def infer_region(document: Document, views: dict[TextField, NormalizedText], default: str) -> str:
    if document.country:
        return document.country
    if document.url:
        region = region_from_url(document.url)
        if region:
            return region
    region = region_from_places(views)
    if region:
        return region
    for field in _TEXT_THEN_TITLE:
        view = views.get(field)
        if view is not None and (region := region_from_hosts(view.text)):
            return region
    for field in _TEXT_THEN_TITLE:
        view = views.get(field)
        if view is not None and "+" in view.text:
            region = region_from_text(view.text)
            if region:
                return region
    return default
