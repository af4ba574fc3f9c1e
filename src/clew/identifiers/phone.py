"""Phone numbers, read and validated with Google's libphonenumber (``phonenumbers``)."""

from __future__ import annotations

from collections.abc import Iterator

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

from clew.identifiers.base import Example, FieldContext, IdentifierType
from clew.model import Entity


class Phone(IdentifierType):
    name = "phone"
    description = (
        "Telephone numbers, national or international, validated against the numbering "
        "plan of their region. National numbers are read in the document's country, "
        "else the country its URL or text points to, else the default region."
    )
    canonical = "E.164, e.g. +12135550127"
    links = True
    fields = ("text", "title", "url")
    examples = (
        Example("Call me at 213-555-0127 anytime", ("+12135550127",), "US"),
        Example("Text (416) 555-0199 or 702.555.0100", ("+14165550199", "+17025550100"), "CA"),
        Example("WhatsApp +61 491 570 156", ("+61491570156",)),
        Example("Appelez le 01 99 00 12 34", ("+33199001234",), "FR"),
        Example("Full-width: ２１３ ５５５ ０１２７", ("+12135550127",), "US"),
        Example("Price 150 roses, 2 hours, zip 90210", (), "US", "prices and zip codes"),
        Example("Posted 2026-03-14, ad #4412", (), "US", "dates and ad ids"),
    )

    def extract(self, ctx: FieldContext) -> Iterator[Entity]:
        text = ctx.text.text
        if sum(c.isdigit() for c in text[:200_000]) < 6:
            return
        for match in PhoneNumberMatcher(text, ctx.region, leniency=Leniency.VALID):
            value = phonenumbers.format_number(match.number, PhoneNumberFormat.E164)
            yield self.entity(ctx, value, match.start, match.end)
