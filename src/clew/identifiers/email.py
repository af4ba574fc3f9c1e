"""E-mail addresses, including bracketed "(at)" / "[dot]" spellings."""

from __future__ import annotations

import re
from collections.abc import Iterator

from clew.identifiers.base import Example, FieldContext, IdentifierType
from clew.model import Entity

_AT = r"(?:@|\s?[\(\[\{]\s?(?:at|@)\s?[\)\]\}]\s?)"
_DOT = r"(?:\.|\s?[\(\[\{]\s?(?:dot|\.)\s?[\)\]\}]\s?)"
_EMAIL = re.compile(rf"(?<![\w.+-])([\w.+-]{{1,64}}){_AT}((?:[a-z0-9-]{{1,63}}{_DOT}){{1,8}}[a-z]{{2,24}})(?![\w-])")
_DOT_SPLIT = re.compile(_DOT)


class Email(IdentifierType):
    name = "email"
    description = "E-mail addresses, also when written as name (at) host (dot) com."
    canonical = "lower-case address, e.g. jane.doe@example.com"
    links = True
    examples = (
        Example("write to Jane.Doe@Example.com today", ("jane.doe@example.com",)),
        Example("mail: lily23 (at) example (dot) org", ("lily23@example.org",)),
        Example("contact [at] example [dot] net", ("contact@example.net",)),
        Example("meet me at the station at 5", (), note="the word 'at' alone"),
        Example("version 2.0@home", (), note="no top-level domain"),
    )

    def extract(self, ctx: FieldContext) -> Iterator[Entity]:
        text = ctx.text.text
        if "@" not in text and "at" not in text:
            return
        for m in _EMAIL.finditer(text):
            local = m.group(1).strip(".")
            domain = ".".join(p for p in _DOT_SPLIT.split(m.group(2)) if p)
            if not local or local.isdigit():
                continue
            yield self.entity(ctx, f"{local}@{domain}", m.start(), m.end())
