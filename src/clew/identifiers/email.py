"""E-mail addresses, also when "@" and "." are spelled out or bracketed, in several languages.

Recognised forms of the at sign: ``@``; bracketed ``(at)``, ``[at]``, ``{at}``,
``<at>``, ``(@)``, ``(a)`` and the bracketed words below; spelled between spaces:
``arroba`` (es, pt), ``arobase``/``arobas`` (fr), ``собака`` (ru), ``a còng``/``a móc``
(vi), ``chiocciola`` (it), ``klammeraffe`` (de), ``małpa`` (pl), ``kukac`` (hu); with or
without spaces: ``艾特`` (zh), ``アットマーク`` (ja), ``골뱅이`` (ko); and the bare
English ``at`` and Indonesian ``et``.

Recognised forms of the dot: ``.`` and ``。``; `` . `` with spaces; bracketed ``(dot)``,
``[.]``, ``{dot}``; spelled between spaces: ``dot``, ``punto`` (es, it), ``point`` (fr),
``ponto`` (pt), ``punct`` (ro), ``точка`` (ru), ``chấm`` (vi), ``titik`` (id),
``punkt`` (de), ``tuldok`` (tl), ``nokta`` (tr), ``kropka`` (pl), ``نقطة`` (ar); with or
without spaces: ``点`` (zh), ``ドット`` (ja), ``점`` (ko).

A top-level domain that is a file extension (``photo@2x.png``) makes no address.

The bare word "at" is everywhere in ordinary sentences, so it makes an address only
when the domain spells a dot (``lily at example dot com``), or when the part before
it looks like a mailbox — it holds a digit, a dot or an underscore
(``lily23 at example.com``) — and never after a word such as "me", "us", "book" or
"meet" ("meet me at the station. com" is no address). A spelled or bracketed form
also needs a known top-level domain at the end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import ahocorasick

from clew.identifiers.base import Example, FieldContext, IdentifierType
from clew.model import Entity

_AT_WORDS = (
    "arroba|arobase|arobas|собака|собачка|a còng|a cong|a móc|a moc|chiocciola|klammeraffe|małpa|malpa|kukac"
    "|艾特|アットマーク|골뱅이"
)
_DOT_WORDS = (
    "dot|punto|point|ponto|punct|точка|chấm|cham|dấu chấm|titik|punkt|tuldok|nokta|kropka|pont|teleia|τελεία"
    "|نقطة|نقطه|点|點|ドット|점"
)
_CJK_AT = "艾特|アットマーク|골뱅이"
_CJK_DOT = "点|點|ドット|점|。"
"""Spellings in scripts written without spaces: they need none around them. A dot counts only before a
Latin letter ("example。com"; "…com。谢谢" ends a sentence)."""
_UNSPACED_RANGES = "\u0e00-\u0e7f\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
"""Thai, CJK, kana and Hangul: an address written right after them starts after them (简历请发送至jobs@…)."""
_WORD_NOT_UNSPACED = rf"[^\W{_UNSPACED_RANGES}]"
_LOCAL_CHAR = rf"(?:{_WORD_NOT_UNSPACED}|[+-])"
_OPEN = r"[(\[{<]"
_CLOSE = r"[)\]}>]"
_AT = (
    r"(?P<at>\s?@\s?"
    rf"|\s?{_OPEN}\s?(?:at|@|a|et|{_AT_WORDS})\s?{_CLOSE}\s?"
    rf"|\s(?:{_AT_WORDS})\s|\s?(?:{_CJK_AT})\s?"
    r"|\s(?P<bare>at|et)\s"
    r"|[-_](?:at)[-_])"
)
_DOT = (
    rf"(?:\.|\s?{_OPEN}\s?(?:{_DOT_WORDS}|\.)\s?{_CLOSE}\s?|\s(?:{_DOT_WORDS})\s|\s?(?:{_CJK_DOT})\s?(?=[a-z])"
    r"|\s\.\s|[-_]dot[-_])"
)
_LABEL = rf"[^\W_{_UNSPACED_RANGES}](?:(?:{_WORD_NOT_UNSPACED}|-){{0,61}}[^\W_{_UNSPACED_RANGES}])?"
_EMAIL = re.compile(
    rf"(?<![.+\-]|{_WORD_NOT_UNSPACED})(?P<local>{_LOCAL_CHAR}{{1,64}}+(?:{_DOT}{_LOCAL_CHAR}{{1,64}}+){{0,8}}+)"
    + _AT
    + rf"(?P<domain>{_LABEL}(?:{_DOT}{_LABEL}){{1,8}})(?!{_WORD_NOT_UNSPACED}|-)"
)
_DOT_SPLIT = re.compile(_DOT)
_PLAIN_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_CUE = re.compile(
    rf"@|\sat\s|{_OPEN}\s?(?:at|@|a|et|{_AT_WORDS})\s?{_CLOSE}|\s(?:{_AT_WORDS})\s|\s?(?:{_CJK_AT})|[-_]at[-_]"
)
"""Where an at sign is written, in any of its forms; the address is read around it."""
_DOT_BEFORE = re.compile(rf"{_DOT}$")
_DOMAIN_AHEAD = re.compile(rf"{_LABEL}{_DOT}[^\W_]")
_RARE_CUES = (
    "at)",
    "at]",
    "at}",
    "at>",
    "@)",
    "@]",
    "(a)",
    "[a]",
    "{a}",
    "<a>",
    "et)",
    "et]",
    "-at-",
    "_at_",
    *_AT_WORDS.split("|"),
)
"""Plain substrings one of which every cue but ``@`` and `` at `` holds: a quick test before the pattern."""


@lru_cache(maxsize=1)
def _rare_cues() -> ahocorasick.Automaton:
    """``_RARE_CUES`` in one automaton: a single pass in C tells whether the pattern must run."""
    automaton = ahocorasick.Automaton()
    for literal in _RARE_CUES:
        automaton.add_word(literal, literal)
    automaton.make_automaton()
    return automaton


_KNOWN_TLDS = frozenset(
    {
        "com",
        "net",
        "org",
        "info",
        "biz",
        "edu",
        "gov",
        "mil",
        "int",
        "name",
        "pro",
        "xyz",
        "online",
        "site",
        "club",
        "top",
        "live",
        "app",
        "dev",
        "shop",
        "store",
        "email",
        "mail",
        "tech",
        "space",
        "fun",
        "life",
        "world",
        "today",
        "cloud",
        "link",
        "click",
        "vip",
        "icu",
        "work",
        "website",
        "page",
        "blog",
        "news",
        "media",
        "agency",
        "рф",
    }
)
_FILE_EXTENSIONS_TEXT = (
    "png jpg jpeg gif webp svg bmp tif tiff heic pdf mp4 mov avi mkv mp3 wav js css zip rar exe doc docx"
)
_FILE_EXTENSIONS = frozenset(_FILE_EXTENSIONS_TEXT.split())
"""Top-level domains that are file extensions: ``photo@2x.png`` is an image, not an address."""
_NOT_A_MAILBOX = frozenset(
    {
        "me",
        "us",
        "you",
        "him",
        "her",
        "them",
        "it",
        "this",
        "that",
        "there",
        "here",
        "home",
        "work",
        "meet",
        "meeting",
        "met",
        "see",
        "find",
        "found",
        "reach",
        "call",
        "text",
        "look",
        "looking",
        "stay",
        "staying",
        "book",
        "booked",
        "apply",
        "order",
        "shop",
        "buy",
        "available",
        "located",
        "based",
        "arrive",
        "arriving",
        "be",
        "is",
        "am",
        "are",
        "was",
        "were",
        "we",
        "i",
        "they",
        "she",
        "he",
        "info",
        "details",
        "more",
        "photos",
        "pics",
        "pictures",
        "reviews",
        "open",
        "only",
        "now",
        "today",
        "tonight",
        "tomorrow",
        "eat",
        "dinner",
        "lunch",
        "live",
        "come",
        "go",
        "get",
        "sale",
        "sold",
        "price",
        "prices",
    }
)
"""Words that stand before a bare "at" in sentences: never the mailbox of an address."""


def _tld_ok(tld: str, spelled: bool) -> bool:
    if not spelled:
        return len(tld) >= 2 and tld.isalpha()
    return (len(tld) == 2 and tld.isascii() and tld.isalpha()) or tld in _KNOWN_TLDS


class Email(IdentifierType):
    name = "email"
    description = (
        "E-mail addresses, also when written as name (at) host (dot) com, name arroba host punto com, "
        "name собака host точка ru and similar spellings."
    )
    canonical = "lower-case address, e.g. jane.doe@example.com"
    links = True
    examples = (
        Example("write to Jane.Doe@Example.com today", ("jane.doe@example.com",)),
        Example("mail: lily23 (at) example (dot) org", ("lily23@example.org",)),
        Example("contact [at] example [dot] net", ("contact@example.net",)),
        Example("escríbeme: sofia.m arroba example punto com", ("sofia.m@example.com",)),
        Example("пишите: anna_k собака example точка ru", ("anna_k@example.ru",)),
        Example("lily at example dot com", ("lily@example.com",), note="bare 'at' with a spelled dot"),
        Example("邮箱: meimei 艾特 example 点 net", ("meimei@example.net",), note="Chinese spellings"),
        Example("r i n a @ e x a m p l e . c o m", ("rina@example.com",), note="letter-spaced address"),
        Example("hero@2x.png, banner@3x.jpg", (), note="image file names"),
        Example("meet me at the station. com", (), note="the word 'at' alone"),
        Example("book at mysite.example.net/book now", (), note="'at' before a web address"),
        Example("version 2.0@home", (), note="no top-level domain"),
    )

    def extract(self, ctx: FieldContext) -> Iterator[Entity]:
        text = ctx.text.text
        done = 0
        for cue in _cues(text):
            if cue < done:
                continue
            m = _match_before(text, cue)
            if m is None:
                continue
            value = _value(m)
            if value is not None:
                done = m.end()
                yield self.entity(ctx, value, m.start(), m.end())


def _cues(text: str) -> list[int]:
    """Where an at sign is written: plain ``@`` and `` at `` by substring search, rarer forms by pattern."""
    found: list[int] = []
    k = text.find("@")
    while k >= 0:
        found.append(k)
        k = text.find("@", k + 1)
    for bare in (" at ", " et "):  # English "at", Indonesian "et"
        k = text.find(bare)
        while k >= 0:
            if _DOMAIN_AHEAD.match(text, k + 4):  # followed by something like a domain
                found.append(k)
            k = text.find(bare, k + 1)
    if next(_rare_cues().iter(text), None) is not None:
        found.extend(m.start() for m in _CUE.finditer(text) if text[m.start()] != "@" and m.group() != " at ")
    found.sort()
    return found


_UNSPACED = re.compile(f"[{_UNSPACED_RANGES}]")


def _local_char(ch: str) -> bool:
    return (ch.isalnum() or ch in "._+-") and _UNSPACED.match(ch) is None


def _match_before(text: str, at: int) -> re.Match[str] | None:
    """The address whose at sign starts at ``at``: its local part is read backwards from there.

    Only the places where an at sign is written are examined, so a long text without
    one costs a single scan.
    """
    end = at
    while end > 0 and text[end - 1] == " ":
        end -= 1
    start = end
    while start > 0 and end - start < 64 and _local_char(text[start - 1]):
        start -= 1
    if start == end:
        return None
    starts = [start]
    for _ in range(4):  # local parts with spelled dots: jane dot doe, rina titik sari
        dot = _DOT_BEFORE.search(text, max(0, start - 12), start)
        if dot is None:
            break
        start = dot.start()
        word_end = start
        while start > 0 and word_end - start < 64 and _local_char(text[start - 1]) and text[start - 1] != ".":
            start -= 1
        if start == word_end:
            break
        starts.append(start)
    for candidate in reversed(starts):
        m = _EMAIL.match(text, candidate)
        if m is not None and m.start("at") >= end - 1:
            return m
    return None


def _value(m: re.Match[str]) -> str | None:
    local = ".".join(p for p in _DOT_SPLIT.split(m.group("local")) if p)
    if not local or local.replace(".", "").isdigit():
        return None
    raw_domain = m.group("domain")
    plain_at = m.group("at").strip() == "@"
    plain_domain = _PLAIN_DOMAIN.fullmatch(raw_domain) is not None
    labels = [p for p in _DOT_SPLIT.split(raw_domain) if p]
    if len(labels) < 2 or not _tld_ok(labels[-1], not (plain_at and plain_domain)) or labels[-1] in _FILE_EXTENSIONS:
        return None
    if m.group("bare") is not None:
        if " . " in raw_domain:
            return None  # "at home . com": a bare at needs a dot written as a dot or a word
        if local in _NOT_A_MAILBOX:
            return None
        if plain_domain and not any(c.isdigit() or c in "._" for c in local):
            return None
    return f"{local}@{'.'.join(labels)}"
