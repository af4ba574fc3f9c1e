"""Which region to read national phone numbers in, when the document does not say."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import phonenumbers

from clew.model import Document, TextField
from clew.text import NormalizedText

# ccTLDs that are marketed as generic names and say nothing about the country.
_GENERIC_CCTLDS = frozenset({"io", "co", "me", "tv", "ly", "ai", "fm", "ws", "cc", "to", "gg"})
_TLD_ALIASES = {"uk": "GB"}
_SUPPORTED = frozenset(phonenumbers.SUPPORTED_REGIONS)
_PLUS_CC = re.compile(r"(?<![\w+])\+\s?(\d{1,3})")


def region_from_url(url: str) -> str | None:
    try:
        host = urlsplit(url if "://" in url else "http://" + url).hostname or ""
    except ValueError:
        return None
    tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
    if not tld or tld in _GENERIC_CCTLDS:
        return None
    region = _TLD_ALIASES.get(tld, tld.upper())
    return region if len(region) == 2 and region in _SUPPORTED else None


def region_from_text(text: str) -> str | None:
    """The region of the first +CC prefix written in the text, if any."""
    for m in _PLUS_CC.finditer(text):
        for size in (1, 2, 3):
            code = m.group(1)[:size]
            region = phonenumbers.region_code_for_country_code(int(code))
            if region != "ZZ":
                return str(region)
    return None


def infer_region(document: Document, views: dict[TextField, NormalizedText], default: str) -> str:
    if document.country:
        return document.country
    if document.url:
        region = region_from_url(document.url)
        if region:
            return region
    for field in ("text", "title"):
        view = views.get(field)
        if view is not None and "+" in view.text:
            region = region_from_text(view.text)
            if region:
                return region
    return default
