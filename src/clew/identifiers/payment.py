"""Payment handles: Cash App $cashtags, Venmo, PayPal, Zelle, Revolut, Wise, Monzo, Chime.

* a ``$cashtag`` is a ``$`` followed by a name that starts with a letter ("$150"
  is a price, "$LilyRose" a cashtag); a currency code after ``$`` is not a tag;
* a service name ("venmo", "cash app", "zelle", …) followed by a username, an
  e-mail address or a phone number; as for social handles, a bare word counts
  only when it is marked as a handle (``:``, ``@``, ``$``, "is", a digit, ``_``),
  so that "cash only, no venmo" stays out;
* payment links: ``cash.app/$tag``, ``venmo.com/u/user``, ``paypal.me/user``,
  ``revolut.me/user``, ``wise.com/pay/me/user``, ``monzo.me/user``.

A ``$`` name after a service that takes no cashtags is Cash App's ("cashapp or venmo:
$dolly / @dolly-d" gives cashapp:$dolly and venmo:dolly-d), and "$ name" with a space is
a cashtag too.

Zelle (and PayPal) identify an account by e-mail or phone: the value is then the
lower-case e-mail or the E.164 number, read with ``phonenumbers`` in the field's
region.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import phonenumbers

from clew.identifiers.base import Example, FieldContext, IdentifierType
from clew.model import Entity

_KEYWORDS = ("cash", "ca$h", "venmo", "pay pal", "paypal", "zelle", "revolut", "wise", "monzo", "chime")

_CUE = re.compile(
    r"(?P<cue>cash\s?app|ca\$h\s?app|venmo|pay\s?pal|zelle|revolut|wise|monzo|chime)"
    r"(?:\s?(?:id|tag|account|acct))?(?![\w])"
)
_AT = r"(?:@|\s?[\(\[\{]\s?(?:at|@)\s?[\)\]\}]\s?)"
_DOT = r"(?:\.|\s?[\(\[\{]\s?(?:dot|\.)\s?[\)\]\}]\s?)"
_DOT_SPLIT = re.compile(_DOT)
_SEP = r"(?P<sep>(?:[\s:：=\-–—>→➡|(\[]|👉|(?:me|at|is|to|id|tag|on|via|al|a|au|para|на|ke)(?![\w])){0,8})"
_AFTER_CUE = re.compile(
    _SEP
    + rf"(?:(?P<email>(?P<local>[\w.+-]{{1,64}}){_AT}"
    + rf"(?P<domain>(?:[a-z0-9-]{{1,63}}{_DOT}){{1,6}}[a-z]{{2,24}}))(?![\w-])"
    r"|(?P<phone>\+?\d[\d\s().\-]{5,18}\d)(?![\w])"
    r"|(?P<prefix>\$ ?|@|)(?P<user>[a-z0-9][a-z0-9_.\-]{0,29}[a-z0-9_]|[a-z0-9])(?![\w@]|\.\w))"
)
_NEXT_AT_USER = re.compile(
    r"\s*(?:[/,|&]|or|and|o|ou|y|e|или|и)\s*@(?P<user>[a-z0-9][a-z0-9_.\-]{0,29}[a-z0-9_]|[a-z0-9])(?![\w@]|\.\w)"
)
"""The next handle of a list after a cue ("venmo: $dolly / @dolly-d"): an '@' name."""
_LINK = re.compile(
    r"(?P<host>cash\.app/\$?|venmo\.com/(?:u/)?|paypal\.me/|paypal\.com/paypalme/|revolut\.me/"
    r"|wise\.com/pay/me/|monzo\.me/)(?P<user>[a-z0-9][a-z0-9_.\-]{0,40}[a-z0-9_]|[a-z0-9])(?![\w])"
)
_CASHTAG = re.compile(r"\$(?<![\w$]\$)(?P<tag>[a-z][a-z0-9_]{1,19})(?![\w$])")
_MARKED_SEP = re.compile(r"[:：=\-–—>→➡|👉]|\b(?:is|id|tag)\b")

_SERVICES = {
    "cashapp": "cashapp",
    "cash app": "cashapp",
    "ca$happ": "cashapp",
    "ca$h app": "cashapp",
    "venmo": "venmo",
    "paypal": "paypal",
    "pay pal": "paypal",
    "zelle": "zelle",
    "revolut": "revolut",
    "wise": "wise",
    "monzo": "monzo",
    "chime": "chime",
}
_LINK_SERVICES = {
    "cash.app/": "cashapp",
    "venmo.com/": "venmo",
    "paypal.me/": "paypal",
    "paypal.com/": "paypal",
    "revolut.me/": "revolut",
    "wise.com/": "wise",
    "monzo.me/": "monzo",
}
_TAG_SERVICES = frozenset({"cashapp", "chime"})
"""Services whose handles are written with a leading '$'."""
_EMAIL_SERVICES = frozenset({"zelle", "paypal"})

_NOT_TAGS_TEXT = """
    usd cad aud nzd mxn eur gbp hkd sgd twd usdt usdc btc eth us ca au nz hk sg tw mx hr hrs hh hour hours min mins
    each ea per pp off only cash now up and or for the
"""
_NOT_TAGS = frozenset(_NOT_TAGS_TEXT.split())
_STOP_TEXT = """
    only me is at to on via id tag and or for the please pls accepted accept welcome ok okay card cards app payment
    payments pay paid first upfront deposit deposits friends family only. no not also too both preferred available
    here link below above account acct info details or only also y o e et und
"""
_STOP = frozenset(_STOP_TEXT.split())


class _Spans:
    """Non-overlapping spans already used, with a logarithmic overlap test."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        if i >= 0 and self._ends[i] > start:
            return True
        return i + 1 < len(self._starts) and self._starts[i + 1] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def _glued(text: str, start: int, extra: str) -> bool:
    """Whether the match at ``start`` continues a word (the lookbehind, checked outside the scan)."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in extra)


def _value_link(service: str, user: str) -> str:
    return f"{service}:${user}" if service in _TAG_SERVICES else f"{service}:{user}"


class Payment(IdentifierType):
    name = "payment"
    description = (
        "Payment handles: Cash App $cashtags, Venmo, PayPal.me, Zelle (e-mail or phone), Revolut, Wise, "
        "Monzo and Chime usernames, written next to the service's name or as a payment link."
    )
    canonical = (
        "service:handle, lower-case: cashapp:$tag, venmo:user, paypal:user, zelle:<e-mail or E.164>, "
        "revolut:user, wise:user, monzo:user, chime:$tag"
    )
    links = True
    examples = (
        Example("deposit via CashApp: $LilyRose22 first", ("cashapp:$lilyrose22",)),
        Example("venmo @Lily-Rose-7 or paypal.me/LilyRoseXO", ("venmo:lily-rose-7", "paypal:lilyrosexo")),
        Example("Zelle 702-555-0100", ("zelle:+17025550100",), "US"),
        Example("zelle: lily.rose (at) example (dot) com", ("zelle:lily.rose@example.com",)),
        Example(
            "Zelle: Lily.Rose@Example.com, Revolut revolut.me/lilyr", ("zelle:lily.rose@example.com", "revolut:lilyr")
        ),
        Example("send $MiaBooking the deposit", ("cashapp:$miabooking",)),
        Example(
            "cashapp or venmo: $dolly / @dolly-d, cashapp: $ roxy",
            ("cashapp:$dolly", "venmo:dolly-d", "cashapp:$roxy"),
            note="each handle goes to the service its sign belongs to",
        ),
        Example("$150/hr, $200 overnight, $1k weekend", (), note="prices"),
        Example("cash only, no venmo, PayPal accepted", (), note="service names without a handle"),
        Example("prices in $USD or $CAD", (), note="currency codes after '$'"),
        Example("Zelle accepted, venmo me", (), note="no handle after the service"),
    )

    def extract(self, ctx: FieldContext) -> Iterator[Entity]:
        text = ctx.text.text
        has_dollar = "$" in text
        if not has_dollar and not any(k in text for k in _KEYWORDS):
            return
        taken = _Spans()
        for m in _LINK.finditer(text):
            if _glued(text, m.start(), "_-"):
                continue
            host = m.group("host")
            service = next(s for prefix, s in _LINK_SERVICES.items() if host.startswith(prefix))
            user = m.group("user").rstrip(".-")
            taken.add(m.start(), m.end())
            yield self.entity(ctx, _value_link(service, user), m.start(), m.start("user") + len(user))
        for m in _CUE.finditer(text):
            if _glued(text, m.start(), "_.$") or taken.overlaps(m.start(), m.start() + 1):
                continue
            found = self._after_cue(ctx, m)
            if found is not None:
                value, start, end = found
                if taken.overlaps(start, end):
                    continue
                taken.add(start, end)
                yield self.entity(ctx, value, start, end)
        if not has_dollar:
            return
        for m in _CASHTAG.finditer(text):
            tag = m.group("tag")
            if tag in _NOT_TAGS or taken.overlaps(m.start(), m.start() + 1):
                continue
            yield self.entity(ctx, f"cashapp:${tag}", m.start(), m.end())

    def _after_cue(self, ctx: FieldContext, cue: re.Match[str]) -> tuple[str, int, int] | None:
        text = ctx.text.text
        service = _SERVICES[re.sub(r"\s+", " ", cue.group("cue"))]
        m = _AFTER_CUE.match(text, cue.end())
        if m is None:
            return None
        if m.group("email"):
            if service not in _EMAIL_SERVICES:
                return None
            domain = ".".join(p for p in _DOT_SPLIT.split(m.group("domain")) if p)
            return f"{service}:{m.group('local').strip('.')}@{domain}", m.start("email"), m.end("email")
        if m.group("phone"):
            if service != "zelle":
                return None
            return self._phone(ctx, m.group("phone"), m.start("phone"), m.end("phone"))
        if service == "zelle":
            return None
        user = m.group("user").rstrip(".-")
        prefix = m.group("prefix").strip()
        if user in _STOP or not any("a" <= c <= "z" for c in user):
            return None
        if service in _TAG_SERVICES and (prefix == "@" or not user[0].isalpha()):
            return None
        if prefix == "$" and service not in _TAG_SERVICES:
            # A $cashtag after another service's name ("cashapp or venmo: $dolly / @dolly-d"): the tag is
            # Cash App's (read by the cashtag pass); this service's handle may follow in the list.
            nxt = _NEXT_AT_USER.match(text, m.start("user") + len(user))
            if nxt is None:
                return None
            user = nxt.group("user").rstrip(".-")
            return _value_link(service, user), nxt.start("user") - 1, nxt.start("user") + len(user)
        marked = bool(prefix) or _MARKED_SEP.search(m.group("sep")) is not None
        if not marked and not any(c.isdigit() or c in "_.-" for c in user):
            return None
        start = m.start("prefix") if prefix else m.start("user")
        end = m.start("user") + len(user)
        return _value_link(service, user), start, end

    @staticmethod
    def _phone(ctx: FieldContext, raw: str, start: int, end: int) -> tuple[str, int, int] | None:
        try:
            number = phonenumbers.parse(raw, ctx.region)
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(number):
            return None
        return "zelle:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), start, end
