"""The interface of an identifier type, and the context extractors read from."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from clew.model import Entity, TextField
from clew.text import NormalizedText

_WORD = re.compile(r"[^\W\d_]+")

_UNAVAILABLE_TEXT = """
    blocked banned suspended closed disabled deleted hacked down unavailable offline coming soon tba tbd pending
    ask dm pm inbox request upon pregunta pídelo pidelo privado demande demander mp privé prive fragen frag anfrage
    pergunte peça peca chiedi chiedere privato спроси спросить лс личка личку запрос
"""
UNAVAILABLE_WORDS = frozenset(_UNAVAILABLE_TEXT.split())
"""Status words where a username would stand ("venmo: coming soon", "IG banned"): no handle, no payment tag."""

DOT_WORDS = (
    "dot|punto|point|ponto|punct|точка|крапка|chấm|cham|dấu chấm|titik|punkt|punktum|punt|prik|piste|tečka|tecka"
    "|bodka|tuldok|nokta|kropka|pont|teleia|τελεία|τελεια|डॉट|डाट|नुक्ता|נקודה|דוט"
    "|نقطة|نقطه|دات|دوت|ڈاٹ|дот|тачка|tačka|tacka|točka|tocka|pika|pikë|pike|taškas|taskas|punkts|punktur"
    "|puntu|nukta|ডট|டாட்|డాట్|punkto|нүкте|կետ|pwynt|nuqta|წერტილი"
    "|nöqtə|noqtə|цэг|ነጥብ|ponc|tikka|ចុច|ຈຸດ|ဒေါ့|ඩොට්"
    # the Turkic "point" in Kyrgyz and Uyghur ("чекит"), Tatar and Bashkir ("нокта", "нөктә"), Turkmen ("nokat")
    "|чекит|chekit|چېكىت|нокта|нөктә|nöktä|nokat"
    "|点|點|ドット|점|닷|ดอท|จุด"
    "|тчк|pünktli|punktli|pünktchen|punktchen|pünkli|pünggtli"
)
UNDERSCORE_WORDS = (
    "underscore|under score|guion bajo|guión bajo|subrayado|barra baja|tiret bas|sublinhado|traço baixo"
    "|underline|unterstrich|trattino basso|podkreślnik|podkreslnik|alsóvonás|alt çizgi|garis bawah|gạch dưới"
    "|подчеркивание|подчёркивание|нижнее подчеркивание|下划线|アンダーバー|アンダースコア|언더바|ขีดล่าง"
)
DASH_WORDS = (
    "dash|hyphen|guion|guión|tiret|hífen|hifen|traço|тире|дефис|bindestrich|trattino|myślnik|kötőjel"
    "|gạch ngang|tanda hubung|横线|ハイフン|하이픈|ขีดกลาง"
)
"""The dot, the underscore and the hyphen spelled out in many languages ("dot", "punto", "точка"; "underscore",
"guion bajo"; "dash", "тире"): the e-mail reader joins the pieces of a local part with them, the handle and
payment readers the pieces of a username ("mia dot belle", "lila underscore rose")."""

_SPACED_PIECE = re.compile(r" ([a-z0-9_.\-]+)(?=[\s,;!?)\]]|$)")
"""The next piece of a letter-spaced username: one character, or a run the general view joined."""


def spaced_user(ctx: FieldContext, user: str, end: int) -> tuple[str, int]:
    """A username written letter by letter ("l u n a _ s t a r", "$ b r i t t 9 1"): its pieces joined, and its end.

    The general view has already joined runs of spaced letters ("luna", "star"); what
    stands between them — single characters such as ``_``, ``.`` or digits — and
    further spaced runs are added while they go on one space apart. The handle and payment readers share it.
    """
    text = ctx.text.text
    pieces = [user]
    singles = 1 if len(user) == 1 else len(user)
    pos = end
    while (m := _SPACED_PIECE.match(text, pos)) is not None:
        piece = m.group(1)
        if len(piece) > 1 and len(ctx.text.original_at(m.start(1), m.end(1))) < 2 * len(piece) - 1:
            break  # a plain word: the username ended before it
        pieces.append(piece)
        singles += len(piece)
        pos = m.end()
    if len(pieces) < 3 or singles < 3:
        return user, end
    joined = "".join(pieces)
    trimmed = joined.rstrip(".-")
    return trimmed, pos - (len(joined) - len(trimmed))


_WRAPPED_REST = re.compile(r"- ?([a-z0-9](?:[a-z0-9_.\-]{0,28}[a-z0-9_])?)(?![\w@]|\.\w)")


def wrapped_user(ctx: FieldContext, user: str, end: int) -> tuple[str, int]:
    """A username a line break cut right after one of its hyphens ("@Stacy-⏎Morgan"): the pieces joined with the
    hyphen, and the new end; unchanged when no line break follows the hyphen at ``end`` in the original text. A line
    that ends on a hyphen glued to a name goes on with the name (a sentence's dash has a space before it)."""
    m = _WRAPPED_REST.match(ctx.text.text, end)
    if m is None or len(user) + 1 + len(m.group(1)) > 30 or ctx.text.original_at(end, m.start(1)).count("\n") != 1:
        return user, end
    rest = m.group(1).rstrip(".-")
    return f"{user}-{rest}", m.start(1) + len(rest)


def is_phrase(sep: str, plain_words: re.Pattern[str]) -> bool:
    """Whether what stands between a cue and a name holds a word other than the plain separator words.

    "IG: …" and "venmo me at: …" mark the name after them; "IG for more pics: …" or "venmo for tips: …"
    is a phrase ending in a colon, which marks nothing by itself.
    """
    return any(plain_words.fullmatch(w.group()) is None for w in _WORD.finditer(sep))


@dataclass(frozen=True, slots=True)
class Example:
    """A worked example: in ``text`` the extractor must find exactly ``values``.

    An example with no values is a negative one: nothing may be found. Examples
    feed the test suite and the generated documentation.
    """

    text: str
    values: tuple[str, ...] = ()
    country: str | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class FieldContext:
    """One field of a document, ready for extraction."""

    field: TextField
    text: NormalizedText
    region: str
    """Region (ISO 3166-1 alpha-2) used to read national phone numbers."""


class IdentifierType(ABC):
    """One kind of identifier: how to find it, how to write it canonically."""

    name: ClassVar[str]
    """Stored name of the type; never changes once published."""
    description: ClassVar[str]
    canonical: ClassVar[str]
    """How the canonical value is written, for the docs."""
    links: ClassVar[bool]
    """Whether two documents sharing a value of this type are linked into a network."""
    fields: ClassVar[tuple[TextField, ...]] = ("text", "title")
    """Which document fields the extractor reads."""
    examples: ClassVar[tuple[Example, ...]]

    @abstractmethod
    def extract(self, ctx: FieldContext) -> Iterator[Entity]:
        """Yield every identifier of this type in the field, with original offsets."""

    def entity(self, ctx: FieldContext, value: str, start: int, end: int) -> Entity:
        """Build an entity from a span of the *normalised* text."""
        a, b = ctx.text.span(start, end)
        return Entity(type=self.name, value=value, start=a, end=b, field=ctx.field)
