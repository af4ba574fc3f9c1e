"""Web addresses: with a scheme, starting with www., or bare domains with a known suffix.

A bare domain right after a spelled, bracketed or spaced at sign ("lily (at) example.org",
"mia arroba example.com") is the domain of an e-mail address, not a web address.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

from clew.identifiers.base import Example, FieldContext, IdentifierType
from clew.identifiers.email import spelled_at_before
from clew.model import Entity

# Common generic and country suffixes; a bare "word.word" needs one of these to count.
_SUFFIXES = (
    "com|net|org|info|biz|xyz|online|site|club|top|live|app|dev|io|co|me|tv|ly|link|"
    "us|ca|uk|au|nz|ie|fr|de|es|it|pt|nl|be|ch|at|pl|ro|ru|ua|cn|hk|tw|jp|kr|th|vn|id|ph|"
    "my|sg|in|pk|bd|ae|sa|eg|ma|ng|za|ke|br|mx|ar|cl|pe|co\\.uk|com\\.au"
)
_URL = re.compile(
    r"(?<![\w@.-])"
    r"(?:(?:https?|ftp)://[^\s<>\"'`]{1,2000}"
    r"|www\.[^\s<>\"'`]{1,2000}"
    rf"|(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.){{1,6}}(?:{_SUFFIXES})\b(?![@.]\w)"
    r"(?:/[^\s<>\"'`]{0,2000})?)"
)
_TRAILING = ".,;:!?)]}'\"»"
_WRAPPED_AT_BEFORE = re.compile(r"@[a-z0-9][a-z0-9-]{0,62} $")
_CUE = re.compile(rf"://|www\.|\.(?:{_SUFFIXES})\b")
"""Where a web address can be: a scheme, ``www.`` or a known suffix; the address is read around it."""
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-.")


def canonical_url(raw: str) -> str | None:
    """Normalise a URL: scheme and host lower-case, default ports and fragment dropped."""
    raw = "".join(c for c in raw if unicodedata.category(c) != "Cf")
    if "://" not in raw:
        raw = "http://" + raw
    try:
        parts = urlsplit(raw)
        host = unicodedata.normalize("NFKC", parts.hostname or "").casefold().rstrip(".")
        port = parts.port
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    scheme = parts.scheme.lower()
    netloc = host
    if port and not (scheme == "http" and port == 80) and not (scheme == "https" and port == 443):
        netloc = f"{host}:{port}"
    path = parts.path if parts.path not in ("", "/") else ""
    return urlunsplit((scheme, netloc, path, parts.query, ""))


class Url(IdentifierType):
    name = "url"
    description = "Web addresses (personal sites, profile links, shortened links)."
    canonical = "scheme://host/path?query with scheme and host lower-case, no fragment"
    links = True
    fields = ("text", "title")
    examples = (
        Example("see https://Lily.Example.com/Gallery?id=7#top", ("https://lily.example.com/Gallery?id=7",)),
        Example("visit www.example.org.", ("http://www.example.org",)),
        Example("book at mysite.example.net/book now", ("http://mysite.example.net/book",)),
        Example("mail me: jane@example.com", (), note="an e-mail address is not a URL"),
        Example(
            "lily (at) example.org, mia arroba example.com, ana @ example.net",
            (),
            note="the domain of an address with a spelled or spaced at sign",
        ),
        Example("rate 3.5 per hour, v1.2", (), note="numbers with dots"),
    )

    def extract(self, ctx: FieldContext) -> Iterator[Entity]:
        text = ctx.text.text
        done = 0
        for cue in _CUE.finditer(text):
            if cue.start() < done:
                continue
            start = cue.start()
            while start > 0 and (
                text[start - 1] in _HOST_CHARS or (cue.group() == "://" and text[start - 1].isalpha())
            ):
                start -= 1
            m = _URL.match(text, start)
            if m is None or m.end() <= cue.start():
                continue
            start, end = m.start(), m.end()
            done = end
            if cue.group() != "://" and not text.startswith("www.", start) and spelled_at_before(text, start):
                continue  # "lily (at) example.org": the domain of an address whose at sign is spelled
            if (
                cue.group() != "://"
                and text[start - 1 : start] == " "
                and _WRAPPED_AT_BEFORE.search(text, max(0, start - 66), start)
                and "\n" in ctx.text.original_at(start - 1, start)
            ):
                continue  # "daria@exam⏎ple.com": the rest of an address's domain that a line break cut
            while end > start and text[end - 1] in _TRAILING:
                end -= 1
            a, b = ctx.text.span(start, end)
            value = canonical_url(ctx.text.original[a:b])
            if value is not None:
                yield Entity(type=self.name, value=value, start=a, end=b, field=ctx.field)
