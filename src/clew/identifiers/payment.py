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
$dolly / @dolly-d" gives cashapp:$dolly and venmo:dolly-d; "venmo / cashapp: @joy-b,
$joyb" gives venmo:joy-b and cashapp:$joyb: services named together share the list of
handles after them, each handle going to the service its sign belongs to), and "$ name"
with a space is a cashtag too, after a service name or with Cash App named after it
("$ mimi22 (cashapp)").

Service names count without their vowels (``vnmo``, ``pypl``) and in leet too (``v3nm0``, ``CA$HAPP``, ``p@ypal``,
also in links:
``p@ypal.me/name``), split in two (``ven mo``) and in other scripts (``венмо``, ``벤모``,
``वेनमो``, ``فينمو``, ``пейпал``, …); "my" or "account" may stand before the handle ("venmo ko:",
"venmo 账号：") or a short phrase ending in a colon ("venmo pe bhejo: @…", which marks no plain word by
itself), an '@' may be spaced ("venmo me @ lexi-b"), a hyphen glued on both sides makes a compound
("venmo-style"), and a link's dot and slash may be spaced or spelled (``paypal . me / name``,
``paypal(dot)me/name``, ``paypal dot me slash name``).

The '$' may be spelled ("dollar sign mimi305", "signo de dólar …"), a tag letter-spaced ("$ b r i t t 9 1"), and a
remark in brackets may stand before the colon ("Venmo (last 4 of phone …): @x"). A '$' name after "code", "promo",
"coupon" (in a few languages) is a promotional code, "$cashtag" the word itself, and a path that goes on past the
name with a word ("venmo.com/legal/…") a page of the service's site: none is a payee.

A bare ``$TAG`` of a few capitals is a stock ticker, not a cashtag, where the field speaks of
the market (a second ticker, "stocks", "earnings", "5%") and names no Cash App.

Zelle (and PayPal) identify an account by e-mail or phone: the value is then the
lower-case e-mail or the E.164 number, read with ``phonenumbers`` in the field's
region.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers

from clew.identifiers.base import (
    DOT_WORDS,
    UNAVAILABLE_WORDS,
    Example,
    FieldContext,
    IdentifierType,
    is_phrase,
    spaced_user,
    wrapped_user,
)
from clew.model import Entity
from clew.text.confusables import latin_capitals
from clew.text.normalize import in_spaced_script
from clew.text.phrases import PhraseIndex

_HEBREW_PREFIXES = ("", "ב", "ל", "ו", "ה", "מ", "ש", "וב", "ול", "שב", "של", "דרך ")
"""Hebrew writes "in", "to", "and", "the", "from", "that" as a letter glued to the word after."""
_SERVICE_NAMES: dict[str, str] = {
    "cash app": "cashapp",
    "csh app": "cashapp",
    "ven mo": "venmo",
    "vnmo": "venmo",
    "pay pal": "paypal",
    "pypl": "paypal",
    "zelle": "zelle",
    "revolut": "revolut",
    "rev tag": "revolut",
    "cash tag": "cashapp",
    "wise": "wise",
    "monzo": "monzo",
    "chime": "chime",
}
"""Each service's name (a space where one may be written, or a hyphen, or nothing: "ven mo", "Ven-mo", "pay pal"),
its spellings without vowels ("vnmo", "pypl", as filters are dodged), the names of its handles ("Revtag") and its
canonical name."""
_TYPO_SOURCES = ("venmo", "zelle", "paypal", "cashapp", "revolut", "monzo")
_TYPO_WORDS = frozenset({"venom", "zeal"})
"""Words that a swap of two letters of a service's name happens to spell: never read as the service."""


def _swapped(name: str) -> list[str]:
    """``name`` with two neighbouring letters swapped, the first letter kept ("vemno", "paypla", "revlout"): the
    slip of a fast typist, and a way round a filter that knows the name."""
    out = []
    for i in range(1, len(name) - 1):
        if name[i] != name[i + 1]:
            typo = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
            if typo not in _TYPO_WORDS:
                out.append(typo)
    return out


TYPO_NAMES: dict[str, str] = {typo: name for name in _TYPO_SOURCES for typo in _swapped(name)}
"""The services' names with two neighbouring letters swapped, and their service."""
_SERVICE_NAMES.update({typo: service for typo, service in TYPO_NAMES.items() if typo not in _SERVICE_NAMES})
SCRIPT_NAMES: dict[str, str] = {
    **{"venmó": "venmo", "monzó": "monzo", "zellé": "zelle"},
    **dict.fromkeys(
        ("венмо", "вэнмо", "венма", "벤모", "ベンモ", "فينمو", "فنمو", "ونمو", "वेनमो", "वेन्मो", "เวนโม"), "venmo"
    ),
    **dict.fromkeys(("кэшапп", "кэш апп", "кешапп", "кеш апп", "캐시앱", "キャッシュアップ", "كاش اب"), "cashapp"),
    "كاش آب": "cashapp",
    **dict.fromkeys(("пейпал", "пэйпал", "페이팔", "ペイパル", "باي بال", "بايبال", "पेपाल", "เพย์พาล"), "paypal"),
    **dict.fromkeys(("зелле", "젤레"), "zelle"),
    **dict.fromkeys(
        (
            "револют",
            "ревалют",
            "риволют",
            "рэволют",
            "ревулют",
            "ريفولت",
            "رفلوت",
            "레볼루트",
            "レボリュート",
            "リボルト",
            "ريفولوت",
            "رفولوت",
            "रेवोल्यूट",
            "เรฟโวลุต",
        ),
        "revolut",
    ),
    **dict.fromkeys(("монзо", "몬조", "モンゾ"), "monzo"),
    **{
        prefix + name: service
        for name, service in (
            *(("וונמו", "venmo"), ("ונמו", "venmo"), ("קאש אפ", "cashapp"), ("קאשאפ", "cashapp")),
            *(("פייפאל", "paypal"), ("פייפל", "paypal"), ("זל", "zelle"), ("רבולוט", "revolut")),
            *(("ריבולוט", "revolut"), ("ריוולוט", "revolut")),
        )
        for prefix in _HEBREW_PREFIXES
        if len(prefix + name) > 2
    },
}
"""The services' names as written in other scripts (Cyrillic, Hangul, kana, Arabic, Devanagari, Thai, Hebrew with
the prepositions and the conjunction Hebrew glues before a word: "בוונמו" in Venmo, "לפייפאל" to PayPal)."""
_KATAKANA_V = {"ベ": "ヴェ", "バ": "ヴァ", "ビ": "ヴィ", "ボ": "ヴォ", "ブ": "ヴ"}
"""Katakana writes the English "v" with the b-row (ベンモ) or with ヴ (ヴェンモ): a name of a service spelt with a "v"
is read in both."""
SCRIPT_NAMES.update(
    {
        "".join(_KATAKANA_V.get(c, c) for c in name): service
        for name, service in list(SCRIPT_NAMES.items())
        if "v" in service and any(c in _KATAKANA_V for c in name) and all("\u30a0" <= c <= "\u30ff" for c in name)
    }
)
_LEET_LETTERS = {"a": "a@4", "e": "e3", "i": "i1!", "o": "o0", "s": "s$5"}
"""Signs and digits written for letters in service names (``v3nm0``, ``CA$HAPP``, ``p@ypal``)."""


def _leet_pattern(name: str) -> str:
    parts: list[str] = []
    for ch in name:
        if ch == " ":
            parts.append(r"[\s\-]?")
        elif ch in _LEET_LETTERS:
            parts.append("[" + re.escape(_LEET_LETTERS[ch]) + "]")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def _leet_spellings(name: str) -> list[str]:
    """Every spelling of ``name`` with look-alike signs, with and without its space, for the quick test."""
    out: list[str] = []
    for form in dict.fromkeys((name, name.replace(" ", ""), name.replace(" ", "-"))):
        options = [_LEET_LETTERS.get(ch, ch) for ch in form]
        out.extend("".join(p) for p in itertools.product(*options))
    return out


_SERVICE_PATTERNS = tuple((re.compile(_leet_pattern(name)), service) for name, service in _SERVICE_NAMES.items())
_KEYWORDS = tuple(dict.fromkeys([*(k for name in _SERVICE_NAMES for k in _leet_spellings(name)), *SCRIPT_NAMES]))


@lru_cache(maxsize=1)
def _keywords() -> PhraseIndex[str]:
    """Every spelling of every service name, for one C pass that says whether a field names one."""
    return PhraseIndex((word, word) for word in _KEYWORDS)


def _service(cue: str) -> str:
    """The canonical service of a cue as written ("v3nm0" → venmo, "венмо" → venmo)."""
    if cue in SCRIPT_NAMES:
        return SCRIPT_NAMES[cue]
    return next(service for pattern, service in _SERVICE_PATTERNS if pattern.fullmatch(cue))


_ENDINGS = "dan|den|tan|ten|da|de|ta|te|ya|ye|yla|yle|la|le|on|en|ön|ra|re|ról|ről|ban|ben|nál|nél|hoz|hez|höz|ie|em|om"
_CONSONANT_ENDINGS = "iin|in|illa|illä|ilta|iltä|ille|issa|issä|ista|istä|is|iga|ssa|ssä|sta|stä|ā|ą|ui|owi|a|u|y|i|ê"
_APOSTROPHE_ENDINGS = "ui|ą|ę|a|e|ı|i|u|ü|o|y|ie|em|om|ów|ā|as|ai"
"""Endings written after an apostrophe on a foreign name, which may be any case of the language: Turkish
("Venmo'ya"), Lithuanian ("per Revolut'ą", "Revolut'ui", "PayPal'e"), Polish ("PayPal'u", "Revolut'em"), Latvian
("Revolut'ā")."""
_HYPHEN_ENDINGS = "n|t|а|у|ом|е|і|ы|ой|a|u|om|em|ie|iin|in|is|on|en|ra|re|ba|be|nak|nek|ya|ye|da|de|ta|te"
_CASE_ENDING = (
    rf"(?:(?<=\w{{5}})(?<!chime)(?:['’](?:{_APOSTROPHE_ENDINGS}|{_ENDINGS})|{_ENDINGS}"
    rf"|(?<=[óé])(?:n|t|{_ENDINGS}|val|vel|nak|nek|tól|től|ba|be)"
    rf"|(?<=[bcdfghjklmnpqrstvwxz])(?:{_CONSONANT_ENDINGS})|-(?:{_HYPHEN_ENDINGS})(?![\w-])))?"
)
"""A case ending glued to a service's name of five letters or more, as in handle.py: Hungarian ("Revoluton",
"paypalon"), Turkish ("Venmo'ya", "revolutla"), Polish and Czech ("revolutem"). Single-vowel endings only after
an apostrophe ("Revolut'a", Lithuanian "per Revolut'ą", "PayPal'ui"), so that "revolute" stays a word; "chime"
takes none ("chimera"). A name ending in a consonant takes the Polish and Czech genitive and accusative
("na Revoluta", "PayPala", "Revolutu"), Finnish, Estonian, Latvian and Lithuanian endings ("PayPaliin", "Revolutin
kautta", "Revolutilla", "Revolutis", "Revoluti", "Revolutā"), the Kurmanji oblique ("bi Revolutê"); Hungarian
lengthens a final vowel before its endings ("Venmón keresztül", "Zellével", "Monzót"), and a hyphen joins a case
ending to a name written in Latin letters in Russian, Ukrainian, Hungarian or Turkish text ("PayPal-а",
"Revolut-on")."""
_ARROW_SIGNS = "\u2190-\u21ff\u2794-\u27bf\u2b05-\u2b07\u25b6-\u25bb"
"""Arrows and pointing triangles a writer puts between a service and its handle ("Revolut ► @kai-m", "VM → @x"),
as the inside of a character class: one list for every pattern here."""
_CUE = re.compile(
    "(?P<cue>"
    + "|".join([*(_leet_pattern(name) for name in _SERVICE_NAMES), *(re.escape(name) for name in SCRIPT_NAMES)])
    + ")"
    + _CASE_ENDING
    + rf"(?:\.(?:me|com|app)(?=\s?[:：={_ARROW_SIGNS}]))?"
    + r"(?:\s?(?:id|tag|account|acct))?(?:으로|로|에서|에|은|는|을|를|이|가|도|で|に|は|を|の)?"
    + r"(?:(?![\w])|(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]))"
)
"""A service's name, then no letter — or a letter of Japanese, Chinese, Korean or Thai glued to it: a particle
(read as part of the name: "벤모로:", "Venmoで") or the next word of a script written without spaces ("Venmo账号")."""
_AT = r"(?:@|\s?[\(\[\{]\s?(?:at|@)\s?[\)\]\}]\s?)"
_DOT = r"(?:\.|\s?[\(\[\{]\s?(?:dot|\.)\s?[\)\]\}]\s?)"
_DOT_SPLIT = re.compile(_DOT)
_OWNER_WORDS = (
    "my|mine|ko|mi|mio|mia|mon|ma|meu|minha|mein|meine|мой|моя|мою|мій|aku|saya|ku|mình|em|account|acct|cuenta|conta"
    "|compte|konto|akun|аккаунт|акк|帐号|账号|賬號|帳號|계정|アカウント|handle|username|user"
)
"""'My' and 'account' after a service's name ("venmo ko:", "venmo 账号："): the handle still follows. So it does
after a few words ending in a colon ("venmo pe bhejo:", "zelle me here:")."""
_PAYEE_WORDS = (
    "name of|the name|nombre de|nombre|nom de|nom|nome de|nome di|nome|namen von|namen|naam van|naam|imię|имя|ім'я"
    "|beneficiary|recipient|payee|beneficiario|destinatario|bénéficiaire|destinataire|beneficiário|empfänger"
)
"""Words that name the payee between a service and its handle ("Venmo a nombre de @x", "PayPal au nom de @x",
"Venmo in the name of @x", "Zelle recipient: …")."""
_COPULAS = (
    "it['’]s|it is|that['’]s|here['’]s|c['’]est|es|est|ist|é|è|jest|je|är|er|adalah|ialah|là|это|це|είναι|estas"
    "|são|sont|sind|son"
)
"""'Is' between a service's name and its handle in other languages ("mi Venmo es @x", "mon PayPal est @x", "mein
Revolut ist @x", "o meu Venmo é @x", "moje Revolut je @x"), after a comma too ("my venmo, it's @x"): a separator
word like "is", which marks no plain word by itself (only a sign or a handle's shape does)."""
_SCRIPT_MARKS = "".join(
    chr(c)
    for lo, hi in ((0x0591, 0x05C7), (0x064B, 0x0670), (0x0900, 0x109F), (0x1780, 0x17FF))
    for c in range(lo, hi + 1)
    if unicodedata.category(chr(c)) in ("Mn", "Mc")
)
"""Vowel signs and tone marks inside the words of Hebrew, Arabic and the Brahmic scripts (Sinhala "හරහා" via,
Hindi "भेजो"): ``\\w`` does not take them, yet they belong to the word of a phrase before a colon."""
_PHRASE_LETTER = rf"(?:[^\W\d_]|[{_SCRIPT_MARKS}])"
_SPELLED_DOLLAR = (
    "dollar sign|dollar symbol|dollarsign|signo de d[óo]lar|s[íi]mbolo de d[óo]lar|signe dollar|symbole dollar"
    "|cifr[ãa]o|dollarzeichen|simbolo del dollaro|знак доллара|символ доллара|tanda dolar|simbol dolar|dấu đô la"
)
"""The '$' spelled out before a cashtag ("cashapp: dollar sign mimi305"): the English is the sign's Unicode name."""
_REMARK = r"\([^()\n]{1,60}\)(?=\s?[:：=@$])"
"""A remark in brackets between a service's name and the colon before its handle ("Venmo (last 4 of phone 0142 if
asked): @x")."""
_SEP = (
    r"(?P<sep>(?:"
    + _REMARK
    + rf"|[\s:：=\-–—>{_ARROW_SIGNS}|(\[՝\"'“”„]|👉|👇|[/,;](?=\s?@)|,(?=\s?(?:{_COPULAS})\s?@)"
    + r"|[\U0001f300-\U0001faff\u2600-\u27bf\ufe0f]"
    + r"|(?:me|at|is|to|id|tag|on|via|al|a|au|para|на|na|ke|la|pe|prin|en|em|no|di|an|bei|sur|chez|op|til|till|do|per"
    + r"|su|w|u|в|через|"
    + _COPULAS
    + "|"
    + _PAYEE_WORDS
    + "|"
    + _OWNER_WORDS
    + rf")(?![\w])|(?:{_PHRASE_LETTER}{{1,12}}(?:['’]{_PHRASE_LETTER}{{1,12}})?['’]? ){{0,3}}"
    + rf"(?:{_PHRASE_LETTER}{{1,3}}['’])?{_PHRASE_LETTER}{{2,12}}[:：]\s?){{0,8}})"
)
_PLAIN_SEP_WORDS = re.compile(
    rf"(?:me|at|is|to|id|tag|on|via|al|a|au|para|на|na|ke|la|pe|prin|en|em|no|di|an|bei|sur|chez|op|til|till|do|per"
    rf"|su|w|u|в|через|{_COPULAS}|{_PAYEE_WORDS}|{_OWNER_WORDS})"
)
"""The separator words of ``_SEP``: other words before a colon are a phrase ("venmo pe bhejo:"), which marks
nothing by itself."""
_AFTER_CUE = re.compile(
    _SEP
    + rf"(?:(?P<email>(?P<local>[\w.+-]{{1,64}}){_AT}"
    + rf"(?P<domain>(?:[a-z0-9-]{{1,63}}{_DOT}){{1,6}}[a-z]{{2,24}}))(?![\w-])"
    r"|(?P<phone>\+?\d[\d\s().\-]{5,18}\d)(?![\w])"
    rf"|(?P<prefix>\$ ?|@ ?|[(\[]@[)\]] ?|(?:{_SPELLED_DOLLAR})(?:\s?[+&]|\s(?:plus|más|mas|mais))? "
    rf"|[(\[]\s?(?:{_SPELLED_DOLLAR}|\$)\s?[)\]] ?|)"
    rf"(?!(?:{_SPELLED_DOLLAR})\s?[)\]])(?P<user>[a-z0-9][a-z0-9_.\-]{{0,29}}[a-z0-9_]|[a-z0-9])(?![\w@]|\.\w))"
)
_AT_NAME_BEFORE = re.compile(
    r"@(?P<user>[a-z0-9][a-z0-9_.\-]{0,29}[a-z0-9_])\s?(?:[(\[（]\s?|(?:on|via|en|no|na|pe|la|per|auf|bei|em|di|sur"
    r"|по|в|на|через)\s)$"
)
"""An '@' name before the service that takes it, in brackets or after a preposition: "@luxe-kitty (Venmo)", "@x on
venmo"."""
_ABBREVIATED = re.compile(
    r"(?<![\w$@])(?P<abbr>vm|vnm|pp|v)(?:\s?(?:f\s?&\s?f|g\s?&\s?s|f\s?n\s?f|ff|gs)(?![\w]))?(?:\s(?:only|solo|seulement|ok))?"
    rf"\s?(?:[:：=>|\-–—]|[{_ARROW_SIGNS}])\s?"
    r"@(?P<user>[a-z0-9][a-z0-9_.\-]{0,29}[a-z0-9_])(?![\w@]|\.\w)"
)
"""Venmo and PayPal abbreviated in capitals before a sign and an '@' name ("VM → @babyblue-77", "PP: @rae.k"),
maybe with PayPal's payment kind and "only" between ("PP G&S only: @x", "PP FnF: @x"); Cash App's "CA → $tag"
is a cashtag anyway. A lone capital "V" is Venmo only in a field that speaks of payments otherwise (a cashtag, a
service named: "V: @nia-b / CA: $niab"), where the letters of a list of services stand for them."""
_ABBREVIATIONS = {"vm": "venmo", "vnm": "venmo", "pp": "paypal", "v": "venmo"}
_SPACED_AT_STOP_TEXT = "home work night noon the a an my me you your once least"
_SPACED_AT_STOP = frozenset(_SPACED_AT_STOP_TEXT.split())
"""Words after a spaced '@' that mean "at" ("venmo @ home"), not a handle."""
_NEXT_AT_USER = re.compile(
    r"\s*(?:[/,|&]|or|and|o|ou|y|e|или|и)\s*@(?P<user>[a-z0-9][a-z0-9_.\-]{0,29}[a-z0-9_]|[a-z0-9])(?![\w@]|\.\w)"
)
"""The next handle of a list after a cue ("venmo: $dolly / @dolly-d"): an '@' name."""
_LINK_DOT = rf"(?:\s?[.。｡•·∙・⋅]\s?|\s?[(\[{{]\s?(?:dot|\.)\s?[)\]}}]\s?|\s(?:{DOT_WORDS})\s)"
"""The dot of a payment link, also spaced or spelled ("paypal . me", "paypal(dot)me"), the ideographic full stop
of a Chinese or Japanese keyboard ("paypal。me/…"), or a bullet or middle dot put for it ("paypal•me/…",
"venmo·com/u/…") to get past a filter of links; spelled, in any language of ``DOT_WORDS`` ("paypal punkt me").
"""
_SLASH_WORD_LIST = (
    "slash|barra|слэш|слеш|schrägstrich|schragstrich|barre oblique|barre|barra oblicua|ukośnik|ukosnik"
    "|lomítko|lomitko|eğik çizgi|egik cizgi|garis miring|gạch chéo|gach cheo|kosa crta|kose crta|sleš|sles|perjel"
    "|vinoviiva|skråstreg|skråstrek|snedstreck|schuine streep|косая черта|斜杠|斜線|スラッシュ|슬래시"
)
_LINK_SLASH = rf"(?:\s?/\s?|\s(?:{_SLASH_WORD_LIST})\s)"
_SLASH_WORDS = tuple(f" {word} " for word in _SLASH_WORD_LIST.split("|"))
"""A link's slash spelled out ("paypal dot me slash name")."""
_LINK_NAMES = ("cash", "venmo", "paypal", "revolut", "wise", "monzo")
_LINK_NAME_PATTERNS = tuple((re.compile(_leet_pattern(name)), name) for name in _LINK_NAMES)
_LINK = re.compile(
    rf"(?P<name>{'|'.join(_leet_pattern(name) for name in _LINK_NAMES)})"
    rf"(?P<rest>{_LINK_DOT}(?:com/paypalme/|com/pay/me/"
    rf"|app{_LINK_SLASH}|com{_LINK_SLASH}(?:u/)?|me{_LINK_SLASH})(?:\$|%24|@|%40)?|me/|(?:app)?://)"
    r"(?P<user>[a-z0-9][a-z0-9_.\-]{0,40}[a-z0-9_]|[a-z0-9]|(?=\?))(?![\w])"
)
"""A payment link, its host also in leet ("p@ypal.me/…"); the service's name and the rest of its host are checked
together (``_LINK_HOSTS``). The dot of ".me/" may be left out ("paypalme/name", as PayPal's own path writes it).
"""
_DEEP_LINK = "://"
"""An app's own link scheme ("venmo://paycharge?recipients=name", "paypal://…", "cashapp://…"): what follows the
scheme is an action, so the payee must be named in the query (``_RECIPIENT``)."""
_LINK_HOSTS = {
    "cash": ("app/", "app://"),
    "venmo": ("com/", "://"),
    "paypal": ("me/", "com/paypalme/", "://"),
    "revolut": ("me/", "://"),
    "wise": ("com/pay/me/", "://"),
    "monzo": ("me/", "://"),
}
_LINK_PAGES = frozenset({"pay", "send", "request", "code", "account", "checkout", "donate", "invoice"})
"""Pages of a payment site, not usernames: the payee, if any, is named in the link's query."""
_DEEPER_PAGE = re.compile(r"/[^\W\d_]")
"""A path that goes on past the name with a word: the service's own page ("venmo.com/legal/…"); a payee's link goes
on with an amount at most ("paypal.me/name/25")."""
_SITE_PAGES_TEXT = """
    legal signin login signup register help support about terms privacy security blog careers business developers
    download contact settings account accounts profile notifications wallet activity statement statements cards
    card transfer transfers home search friends invite requests dashboard balance inbox messages logout
    personal-info preferences
"""
_SITE_PAGES = frozenset(_SITE_PAGES_TEXT.split())
"""Pages of a payment service's own site, where a link names no payee."""
_RECIPIENT = re.compile(
    r"[^\s?#]{0,40}\?(?:[^\s#&]*&){0,8}?(?:recipients?|to|user(?:name)?|payee|business)="
    r"@?(?P<user>[a-z0-9][a-z0-9_.\-]{0,40}[a-z0-9_]|[a-z0-9])(?![\w])"
)
"""The payee named in a payment link's query ("venmo.com/pay?txn=pay&recipients=tasha-k&amount=40")."""
_LINK_REST_NOISE = re.compile(rf"^\s?(?:[.。｡•·∙・⋅]|[(\[{{]\s?(?:dot|\.)\s?[)\]}}]|{DOT_WORDS})\s?|\s|\$|%24|@|%40")
_SPELLED_SLASH = re.compile(rf"\s(?:{_SLASH_WORD_LIST})\s")
_LIST_SEP = r"\s*(?:[/,|&+]|or|and|o|ou|y|e|или|и)\s*"
_CHAIN = re.compile(_LIST_SEP + "(?=" + _CUE.pattern + ")")
"""Another service named right after this one ("venmo or cashapp: …"): the handles that follow are shared."""
_NEXT_HANDLE = re.compile(
    _LIST_SEP + r"(?P<prefix>\$ ?|@|)(?P<user>[a-z0-9][a-z0-9_.\-]{0,29}[a-z0-9_]|[a-z0-9])(?![\w@]|\.\w)"
)
_SPACED_TAG = re.compile(
    r"\$(?<![\w$]\$)(?<!\d \$) (?P<tag>[a-z][a-z0-9_]{1,19})(?![\w$])"
    rf"(?=\s?(?:[\u2600-\u27bf\U0001f300-\U0001faff]\s?)?(?:[(\[]\s?|on\s|via\s|@\s?|[-|:]\s?)?"
    rf"{_leet_pattern('cash app')}(?![\w]))"
)
"""A cashtag written with a space after '$' and Cash App named after it ("$ mimi22 (cashapp)", "$ mimi22 💸 (cashapp)";
an emoji may stand between). Not after an amount: in "150 $ pe Cash App" the sign is the currency of the 150."""
_CASHTAG = re.compile(r"\$(?<![\w$]\$)(?P<tag>[a-z][a-z0-9_]{1,19})(?![\w$])")
_FOREIGN_CASHTAG = re.compile(r"\$(?<![\w$]\$)(?P<tag>[^\W\d_][^\W_]{1,19})(?![\w$])")
"""A '$' before capitals of another script that look like Latin ones ("$ΚΑΥΑ22", Greek; "$МАКС", Cyrillic): read
as the Latin tag they show (``latin_capitals``), when every letter has a Latin twin."""
_NEGATIONS = (
    "not|no|never|nor|fake|faux|fausse|falso|falsa|falsch|falsche|nicht|kein|keine|pas|jamais|nunca|não|nao|nie|"
    "niet|nu|ne|не|ні|нет|sahte|palsu|bukan|ψεύτικο|όχι|scam|impostor|imposter|beware of|ignore"
)
_WARNED_BEFORE = re.compile(rf"(?<![\w])(?:{_NEGATIONS})\s?[:(\[]?\s?$")
_WARNED_AFTER = re.compile(
    r"\s?[(\[]?\s?(?:is\s|es\s|est\s|ist\s|=\s?)?(?:fake|faux|falso|falsa|falsch|scam|not me|impostor|imposter"
    r"|sahte|palsu|фейк|мошенник)(?!\w)"
)
"""A tag written to warn against it: a negation or "fake" before it ("not $CocoLove", "fake: $x", "nicht $x"), or
"is fake", "(scam)", "not me" after it: an impersonator's tag, not the writer's."""
_TICKER_MAX = 5
"""A bare "$TAG" of at most this many capitals, with no Cash App named, is a stock ticker ("$TSLA")."""
_TAG_CUE = re.compile(
    rf"{_leet_pattern('cash app')}|cashtag|{'|'.join(n for n, s in SCRIPT_NAMES.items() if s == 'cashapp')}"
)
_MARKET_WORDS = re.compile(
    r"(?<!\w)(?:stocks?|shares|ticker|tickers|nasdaq|nyse|earnings|dividends?|portfolio|invest\w*|trading"
    r"|calls and puts|bullish|bearish|acciones|bolsa|aktien|börse|bourse|акци\w*)(?!\w)|\d%"
)
"""Words of the stock market: beside them, capitals after '$' name tickers ("$TSLA up 5%")."""
_MARKED_SEP = re.compile(rf"[:：=\-–—>{_ARROW_SIGNS}|👉👇]|\b(?:is|id|tag)\b")

_LINK_SERVICES = {"cash": "cashapp", "venmo": "venmo", "paypal": "paypal", "revolut": "revolut", "wise": "wise",
                  "monzo": "monzo"}  # fmt: skip
"""The service of a payment link, by the first word of its host."""
_TAG_SERVICES = frozenset({"cashapp", "chime"})
"""Services whose handles are written with a leading '$'."""
_EMAIL_SERVICES = frozenset({"zelle", "paypal"})

_NOT_TAGS_TEXT = """
    usd cad aud nzd mxn eur gbp hkd sgd twd usdt usdc btc eth us ca au nz hk sg tw mx hr hrs hh hour hours min mins
    each ea per pp off only cash now up and or for the
"""
_NOT_TAGS = frozenset(_NOT_TAGS_TEXT.split()) | frozenset({"cashtag", "yourcashtag", "username", "yourname", "handle"})
"""Currency codes and words after '$' that are no tag; and the word for a tag itself ("never share your $cashtag
PIN"), or a placeholder ("send to $username")."""
_CODE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:promo|promocode|code|coupon|voucher|discount|c[óo]digo|cup[óo]n|cupom|gutschein\w*|rabatt\w*"
    r"|промокод\w*|купон\w*|kode|mã)\s?[:：]?\s?$"
)
"""A word that makes the '$' name after it a promotional code ("use code $AVE20 for $20 off"), in a few languages."""
_STOP_TEXT = """
    only me is at to on via id tag and or for the please pls accepted accept welcome ok okay card cards app payment
    payments pay paid first upfront deposit deposits friends family only. no not also too both preferred available
    here link below above account acct info details or only also y o e et und cash
    sort code codes number iban bic swift routing bank transfer pool pools fee fees limit
    konto kontonummer bankleitzahl cuenta compte conta numéro numero número código codigo datos dados détails
"""
_STOP = frozenset(_STOP_TEXT.split()) | UNAVAILABLE_WORDS


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
    """Whether the match at ``start`` continues a word (the lookbehind, checked outside the scan).

    A letter of a script written without spaces before it does not count: Japanese, Chinese and Thai glue a Latin
    name to the words around it ("予約金はVenmo（@…）").
    """
    return start > 0 and (in_spaced_script(text[start - 1]) or text[start - 1] in extra)


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
        Example("pay → $ΜΙΑΚΟΥ7 (cash app)", ("cashapp:$miakoy7",), note="Greek capitals that look Latin in a tag"),
        Example(
            "Cash App: $Rosa_Lux — $RosaLux is fake, nicht $Rosa_Luxx",
            ("cashapp:$rosa_lux",),
            note="tags the writer warns against (an impersonator's)",
        ),
        Example("V: @maya-k | CA: $mayak", ("venmo:maya-k", "cashapp:$mayak"), note="V and CA for Venmo and Cash App"),
        Example("Vitamin V: @drx.supply, Type V: @lab.k", (), note="a lone V with no payment in the field"),
        Example("cash app: $Μαρία", (), note="small Greek letters are no look-alikes of a Latin tag"),
        Example("deposit via CashApp: $LilyRose22 first", ("cashapp:$lilyrose22",)),
        Example("venmo @Lily-Rose-7 or paypal.me/LilyRoseXO", ("venmo:lily-rose-7", "paypal:lilyrosexo")),
        Example("予約はVenmo（@mika-sf）でお願いします", ("venmo:mika-sf",)),
        Example("Venmo 👇\n@rae-bee", ("venmo:rae-bee",)),
        Example("예약금은 Venmo로 보내 주세요: @hana-park", ("venmo:hana-park",)),
        Example("tips on CashApp 💲lunabelle", ("cashapp:$lunabelle",)),
        Example("보증금은 벤모로: @min-la", ("venmo:min-la",)),
        Example("deposit 150 $ via Cash App at the door; no Venmo, no CashApp — cash in person", ()),
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
        Example(
            "v3nm0: lia-b, $ mimi22 (cashapp), paypal (dot) me / roxy9",
            ("venmo:lia-b", "cashapp:$mimi22", "paypal:roxy9"),
            note="leet service name; '$ tag' with the service after; a spelled link",
        ),
        Example(
            "venmo / cashapp: @joy-b, $joyb",
            ("venmo:joy-b", "cashapp:$joyb"),
            note="two services, their handles in the same order",
        ),
        Example("$ 150 (cashapp only), v3nm0 accepted", (), note="a price before the service; no handle"),
        Example("$150/hr, $200 overnight, $1k weekend", (), note="prices"),
        Example("cash only, no venmo, PayPal accepted", (), note="service names without a handle"),
        Example("prices in $USD or $CAD", (), note="currency codes after '$'"),
        Example("Zelle accepted, venmo me", (), note="no handle after the service"),
        Example(
            "v e n m o: kim-ly, venmo mi: @ana-r, ven mo @jo-b",
            ("venmo:kim-ly", "venmo:ana-r", "venmo:jo-b"),
            note="a letter-spaced or split name; 'my' before the handle",
        ),
        Example(
            "венмо: @lena-ny, 벤모 @su-jin, वेनमो @anu-k, пейпал: @kira.p",
            ("venmo:lena-ny", "venmo:su-jin", "venmo:anu-k", "paypal:kira.p"),
            note="the names in Cyrillic, Hangul and Devanagari",
        ),
        Example("p@ypal.me/sunnyxo, c@sh.app/$sunny", ("paypal:sunnyxo", "cashapp:$sunny"), note="leet links"),
        Example(
            "$NVDA up 4% today, $MSFT $GOOG earnings, venmo-friendly prices",
            (),
            note="stock tickers; a compound word",
        ),
        Example("vnmo: tara-b, pypl: @kimi.j", ("venmo:tara-b", "paypal:kimi.j"), note="names without vowels"),
        Example("Venmo me @ jo-b; venmo @ home", ("venmo:jo-b",), note="a spaced '@'; '@' meaning 'at'"),
        Example(
            "paypal dot me slash rubyk, venmo ke liye: @asha-k",
            ("paypal:rubyk", "venmo:asha-k"),
            note="a link spelled out; a phrase before the colon",
        ),
        Example("venmo for tips: later", (), note="a phrase before a colon marks no plain word as a handle"),
        Example(
            "Előleg Revoluton: @rekabp, Venmo'ya gönder: @deniz-k",
            ("revolut:rekabp", "venmo:deniz-k"),
            note="Hungarian and Turkish case endings on a service's name",
        ),
        Example("a revolute joint; chimera: @lily_x", (), note="words that begin with a service's name"),
        Example(
            "Fizetés Monzóval: @zita-b, Zellén: zita@example.com, Ревалют: @lera_kk, העברה בריבולוט: @noa.t",
            ("monzo:zita-b", "zelle:zita@example.com", "revolut:lera_kk", "revolut:noa.t"),
            note="Hungarian lengthened vowel before an ending; spellings heard rather than read (ru, he)",
        ),
        Example("a venmón innen, zellén se", (), note="a lengthened name with no handle after it"),
        Example(
            "Wpłać na PayPala: @ewa_kr, maksa Revolutiin: @aino_t, оплата на Revolut-у: @inna_kv",
            ("paypal:ewa_kr", "revolut:aino_t", "revolut:inna_kv"),
            note="Polish, Finnish and Russian case endings (the last after a hyphen)",
        ),
        Example("zelle is down today, venmo: coming soon", (), note="a status word where the username would stand"),
        Example(
            "venmo (@) rosie-b, $ mimi22 💸 (cashapp)",
            ("venmo:rosie-b", "cashapp:$mimi22"),
            note="a bracketed '@'; an emoji between a spaced cashtag and Cash App",
        ),
        Example(
            "Revoluti: @marje_t, bi Revolutê: @zelal_d, Revolut՝ @narek_y",
            ("revolut:marje_t", "revolut:zelal_d", "revolut:narek_y"),
            note="Estonian partitive, Kurmanji oblique, the Armenian comma after the name",
        ),
        Example("PayPal: https://example.com/shop", (), note="a URL's scheme is no username"),
        Example(
            "https://venmo.com/pay?txn=pay&recipients=jo-b&amount=20, पेमेंट Revolut के ज़रिए: @asha-k",
            ("venmo:jo-b", "revolut:asha-k"),
            note="the payee in a pay link's query; a phrase of a Brahmic script before the colon",
        ),
        Example("venmo.com/pay, venmo.com/code?user_id=123", (), note="a payment site's pages name no payee"),
        Example(
            "cash app: signo de dólar lupita77; cashapp - dollar sign rae_b",
            ("cashapp:$lupita77", "cashapp:$rae_b"),
            note="the '$' spelled out before the tag",
        ),
        Example(
            "v e n m o: @ k i m - b 2, cashapp ➜ $ j o y 8 8",
            ("venmo:kim-b2", "cashapp:$joy88"),
            note="letter-spaced handles, digits and hyphen included",
        ),
        Example(
            "Venmo (ask before sending, last 4: 0177): @dani-r-5",
            ("venmo:dani-r-5",),
            note="a remark in brackets between the service's name and the colon",
        ),
        Example(
            "use code $SPRING15 at checkout, cupón: $VERANO10; never share your $cashtag PIN; "
            "venmo.com/legal/user-agreement, paypal.com/signin",
            (),
            note="promotional codes, the word '$cashtag' itself, and the service's own pages",
        ),
        Example("paypal.me/lena.k/25", ("paypal:lena.k",), note="an amount after the payee's name"),
        Example(
            "מקדמה לוונמו: @noa-levi-3, שלחו בפייפאל: @noa.levi",
            ("venmo:noa-levi-3", "paypal:noa.levi"),
            note="Hebrew names of the services with a preposition glued before them",
        ),
        Example(
            "@mika-rae (venmo) or $mikarae; VM → @sky-lee-9 | PP: @skylee",
            ("venmo:mika-rae", "cashapp:$mikarae", "venmo:sky-lee-9", "paypal:skylee"),
            note="the service in brackets after the handle; Venmo and PayPal abbreviated in capitals",
        ),
        Example(
            "plătește pe Revolut la @ioana22; Venmo me 💸 @jo-bee; I live in VM: @home",
            ("revolut:ioana22", "venmo:jo-bee"),
            note="a preposition or an emoji between the service and the handle; a place code is no service",
        ),
        Example(
            "Pay-Pal: lina.k; Cash-App: símbolo de dólar + rosa9; Revtag (Revolut) @mila.b",
            ("paypal:lina.k", "cashapp:$rosa9", "revolut:mila.b"),
            note="a service's name split by a hyphen; the '$' spelled then '+'; Revolut's 'Revtag'",
        ),
        Example(
            "Venmo & PayPal.me: dana.lee (same on both)",
            ("venmo:dana.lee", "paypal:dana.lee"),
            note="one name given for two services",
        ),
        Example(
            "We take Venmo, Revolut and PayPal - inquire for info at the desk",
            (),
            note="services listed without a colon or an '@': the next word is no shared name",
        ),
        Example(
            "pay here: revolut://pay?recipient=noa.v or paypal://send?to=Ivo-K (tap on your phone); venmo://open",
            ("revolut:noa.v", "paypal:ivo-k"),
            note="an app's own link scheme: the payee is in the query, none without one",
        ),
        Example(
            "Depósito por Zelle o PayPal em nome de @tessa.lin; Revolut ► @kai-m",
            ("paypal:tessa.lin", "revolut:kai-m"),
            note="'in the name of' and a triangle between the service and the handle",
        ),
        Example(
            "PP G&S only → @nina.s, VM FnF: @rio-b",
            ("paypal:nina.s", "venmo:rio-b"),
            note="PayPal and Venmo abbreviated, the kind of payment between",
        ),
        Example("the Venmo name of the game: pay on time", (), note="'name of' without a handle"),
        Example(
            "deposit: venmo.com/?txn=charge&recipients=Lou-Parker, paypal。me/KimOh",
            ("venmo:lou-parker", "paypal:kimoh"),
            note="a pay link whose path is only its query; an ideographic full stop in the host",
        ),
        Example(
            "paypla: @nora.k / revlout @dev_m",
            ("paypal:nora.k", "revolut:dev_m"),
            note="two neighbouring letters of the service's name swapped",
        ),
        Example("the venom @ night; venmo.com/?ref=ad", (), note="a word a swap spells; a link naming no payee"),
        Example(
            "mon PayPal est @lune.b, o meu Venmo é @rui-m, mein Revolut ist @jo_k",
            ("paypal:lune.b", "venmo:rui-m", "revolut:jo_k"),
            note="'is' in other languages between the service and its handle",
        ),
        Example("mi venmo es genial, mein revolut ist leer", (), note="a copula before a plain word marks nothing"),
        Example(
            "tips: cash.app/%24JunoBee or venmo.com/u/%40Ivy-Lane",
            ("cashapp:$junobee", "venmo:ivy-lane"),
            note="a percent-encoded '$' or '@' in a payment link",
        ),
        Example(
            '{"venmo": "@Tia-Rowe", "paypal":"tia.rowe"}, cashapp=\'$TiaR\'',
            ("venmo:tia-rowe", "paypal:tia.rowe", "cashapp:$tiar"),
            note="services as the keys of JSON or of assignments, the handles quoted",
        ),
        Example("Venmo: @Lia-\nGrant-22 for the deposit", ("venmo:lia-grant-22",), note="a line break after a hyphen"),
        Example(
            "venmo: @kai-\n\nthanks, venmo @rio - \nsee you",
            ("venmo:kai", "venmo:rio"),
            note="a paragraph after the hyphen, or a spaced dash: the name ended",
        ),
        Example(
            "Cash App (dollar sign) JunoBay; cashapp [signo de dólar] lunamar; Venmo/@Tessa-Rae;"
            " Zálohu na Revolut, @borisk",
            ("cashapp:$junobay", "cashapp:$lunamar", "venmo:tessa-rae", "revolut:borisk"),
            note="the '$' spelled in brackets; a slash or a comma between the service and an '@' name",
        ),
        Example(
            "account.venmo.com/settings, paypal.me/notifications, revolut.me/wallet; venmo/cashapp accepted",
            (),
            note="the services' own pages; a slash between two services",
        ),
        Example(
            "cashtag = $ JuneBee; my cash tag is $ lio_88; paypal•me/TessaV; venmo·com/u/ana-r",
            ("cashapp:$junebee", "cashapp:$lio_88", "paypal:tessav", "venmo:ana-r"),
            note="'cashtag' names Cash App, a space after the '$'; a bullet or middle dot for a link's dot",
        ),
        Example(
            "Venmo: ask in DM; Cash App: frag per DM; zelle: pídelo por privado; venmo: inbox me; menu • home / about",
            (),
            note="the service named, the user to be asked for (in several languages); bullets of a menu",
        ),
        Example(
            "Zahlung: paypal punkt me schrägstrich Karo_W; revolut punto me barra nilo.v",
            ("paypal:karo_w", "revolut:nilo.v"),
            note="a link's dot and slash spelled in other languages",
        ),
        Example(
            "レボリュート：@aoi.k / モンゾ @kenji_t",
            ("revolut:aoi.k", "monzo:kenji_t"),
            note="Revolut and Monzo in katakana",
        ),
        Example("el punto me interesa, slash fiction; paypal o venmo", (), note="dot and slash words with no link"),
        Example(
            "Cash App → $ΜαΧ and $РоСо",
            ("cashapp:$max", "cashapp:$poco"),
            note="capitals mixed with small letters of another script that look Latin fold to Latin",
        ),
        Example("Cash App: $Кира", (), note="a Cyrillic name whose small letters look like no Latin ones"),
        Example(
            "donations: paypalme/lina_k7 · revolutme/sara.b",
            ("paypal:lina_k7", "revolut:sara.b"),
            note="the dot of '.me/' left out",
        ),
        Example("Join our PayPal pool paypal.me/pools/c/9xyzABC", (), note="a pool link names no payee"),
        Example(
            "Revolut: account details on request; Monzo sort code 04-00-04",
            (),
            note="bank words after a service's name are no tag",
        ),
        Example(
            "Siųsk per Revolut'ą: @rasa.k; Pervesk PayPal'ui: @jonas.p",
            ("revolut:rasa.k", "paypal:jonas.p"),
            note="Lithuanian case endings after an apostrophe",
        ),
    )

    def extract(self, ctx: FieldContext) -> Iterator[Entity]:
        text = ctx.text.text
        has_dollar = "$" in text
        named = _keywords().search(text)
        original = ctx.text.original
        lone_v = "V" in original and (has_dollar or bool(named))
        if "@" in text and ("VM" in original or "PP" in original or "VNM" in original or lone_v):
            for m in _ABBREVIATED.finditer(text):
                if m.group("abbr") == "v" and not lone_v:
                    continue
                user = m.group("user").rstrip(".-")
                if user in _SPACED_AT_STOP or user in _STOP or not any("a" <= c <= "z" for c in user):
                    continue
                if ctx.text.original_at(m.start("abbr"), m.end("abbr")).isupper():
                    start = m.start("user") - 1
                    yield self.entity(ctx, f"{_ABBREVIATIONS[m.group('abbr')]}:{user}", start, start + 1 + len(user))
        if not has_dollar and not named and "%24" not in text:
            return  # (a link's '$' may be percent-encoded: "cash.app/%24name")
        taken = _Spans()
        slashed = "/" in text or (named and any(word in text for word in _SLASH_WORDS))
        for m in _LINK.finditer(text) if slashed else ():  # every payment link has a slash, maybe spelled
            if _glued(text, m.start(), "_-"):
                continue
            name = next(n for pattern, n in _LINK_NAME_PATTERNS if pattern.fullmatch(m.group("name")))
            rest = _LINK_REST_NOISE.sub("", _SPELLED_SLASH.sub("/", m.group("rest")))
            if not rest.startswith(_LINK_HOSTS[name]):
                continue
            service = _LINK_SERVICES[name]
            user = m.group("user").rstrip(".-")
            if _DEEPER_PAGE.match(text, m.end()) is not None or user in _SITE_PAGES:
                continue  # "venmo.com/legal/us-user-agreement", "paypal.com/signin": the service's own pages
            if not user or user in _LINK_PAGES or rest.endswith(_DEEP_LINK):  # "venmo.com/?txn=pay&recipients=…"
                query = _RECIPIENT.match(text, m.end())  # "venmo.com/pay?txn=pay&recipients=name": the payee
                if query is None:
                    continue
                user = query.group("user").rstrip(".-")
                taken.add(m.start(), query.end("user"))
                yield self.entity(ctx, _value_link(service, user), query.start("user"), query.start("user") + len(user))
                continue
            taken.add(m.start(), m.end())
            yield self.entity(ctx, _value_link(service, user), m.start(), m.start("user") + len(user))
        chain_end = -1
        for m in _CUE.finditer(text) if named else ():  # the automaton holds every spelling the pattern reads
            if m.start() < chain_end or _glued(text, m.start(), "_.$") or taken.overlaps(m.start(), m.start() + 1):
                continue
            if _CHAIN.match(text, m.end()) is not None:
                listed = self._from_list(text, m)
                if listed is not None:
                    chain_end, handles = listed
                    shared: set[tuple[int, int]] = set()  # one name for several services: the same span for each
                    for value, start, end in handles:
                        if (start, end) in shared or not taken.overlaps(start, end):
                            taken.add(start, end)
                            shared.add((start, end))
                            yield self.entity(ctx, value, start, end)
                    continue
            found = self._after_cue(ctx, m)
            if found is None and "@" in text:
                found = self._named_after(text, m)
            if found is not None:
                value, start, end = found
                if taken.overlaps(start, end):
                    continue
                taken.add(start, end)
                yield self.entity(ctx, value, start, end)
        if not has_dollar:
            return
        if "$ " in text:
            for m in _SPACED_TAG.finditer(text):
                tag = m.group("tag")
                if tag not in _NOT_TAGS and not taken.overlaps(m.start(), m.end()):
                    taken.add(m.start(), m.end())
                    yield self.entity(ctx, f"cashapp:${tag}", m.start(), m.end())
        tickers: bool | None = None
        for m in _CASHTAG.finditer(text):
            tag = m.group("tag")
            if tag in _NOT_TAGS or taken.overlaps(m.start(), m.start() + 1):
                continue
            if _CODE_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None:
                continue  # "use code $SAVE20": a promotional code
            if self._ticker_like(ctx, m):
                if tickers is None:
                    tickers = self._market_text(ctx)
                if tickers:
                    continue  # "$TSLA $AAPL up 5%": stock tickers
            if self._warned(text, m.start(), m.end()):
                continue  # "$CocoLuv (not $CocoLove)", "$CocoLove is fake": a tag the writer warns against
            yield self.entity(ctx, f"cashapp:${tag}", m.start(), m.end())
        if not text.isascii():
            for m in _FOREIGN_CASHTAG.finditer(text):
                if m.group("tag").isascii():
                    continue
                folded = latin_capitals(m.group("tag"), ctx.text.original_at(m.start("tag"), m.end("tag")))
                if folded is None or _CASHTAG.fullmatch("$" + folded) is None or folded in _NOT_TAGS:
                    continue
                if taken.overlaps(m.start(), m.start() + 1) or self._warned(text, m.start(), m.end()):
                    continue
                yield self.entity(ctx, f"cashapp:${folded}", m.start(), m.end())

    @staticmethod
    def _warned(text: str, start: int, end: int) -> bool:
        """Whether the writer warns against the tag at ``[start, end)``: a negation or "fake" just before it, or "is
        fake", "(scam)", "not me" just after it."""
        return (
            _WARNED_BEFORE.search(text, max(0, start - 24), start) is not None
            or _WARNED_AFTER.match(text, end) is not None
        )

    @staticmethod
    def _named_after(text: str, cue: re.Match[str]) -> tuple[str, int, int] | None:
        """The '@' name just before a service's name that takes it: "@luxe-kitty (Venmo)", "@x on venmo"."""
        service = _service(cue.group("cue"))
        if service in _TAG_SERVICES or service in ("zelle",):
            return None
        m = _AT_NAME_BEFORE.search(text, max(0, cue.start() - 48), cue.start())
        if m is None:
            return None
        user = m.group("user").rstrip(".-")
        if user in _STOP or not any("a" <= c <= "z" for c in user):
            return None
        return _value_link(service, user), m.start(), m.start("user") + len(user)

    @staticmethod
    def _ticker_like(ctx: FieldContext, m: re.Match[str]) -> bool:
        """Whether a bare "$TAG" is written like a stock ticker: a few capitals."""
        return len(m.group("tag")) <= _TICKER_MAX and ctx.text.original_at(m.start("tag"), m.end()).isupper()

    def _market_text(self, ctx: FieldContext) -> bool:
        """Whether the field speaks of the stock market, with no Cash App named: two tickers or a market word."""
        text = ctx.text.text
        if _TAG_CUE.search(text) is not None:
            return False
        if _MARKET_WORDS.search(text) is not None:
            return True
        return sum(1 for m in _CASHTAG.finditer(text) if self._ticker_like(ctx, m)) >= 2

    def _after_cue(self, ctx: FieldContext, cue: re.Match[str]) -> tuple[str, int, int] | None:
        text = ctx.text.text
        service = _service(cue.group("cue"))
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
        prefix = m.group("prefix").strip().strip("()[]")  # "venmo (@) daisy-chain": a bracketed '@' is an '@'
        if len(prefix) > 1:
            prefix = "$"  # "dollar sign mimi305"
        u_end = m.start("user") + len(user)
        if len(user) == 1 or len(ctx.text.original_at(m.start("user"), u_end)) > len(user):
            user, u_end = spaced_user(ctx, user, u_end)  # "$ b r i t t 9 1", "@ t a y - r o s e"
        elif text.startswith("-", u_end):
            user, u_end = wrapped_user(ctx, user, u_end)  # "@Stacy-⏎Morgan"
        if user in _STOP or not any("a" <= c <= "z" for c in user) or text.startswith(("://", "/"), m.end("user")):
            return None  # "PayPal: https://www.paypal.me/…", "PayPal-Pool: paypal.me/pools/…" is a link, read as one
        if m.group("prefix") == "@ " and (user in _SPACED_AT_STOP or user[0].isdigit()):
            return None  # "venmo @ home", "venmo @ 5pm": '@' meaning 'at'
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
        # A hyphen glued on both sides makes a compound word ("venmo-style"), not a separator.
        sep = m.group("sep")
        marked = bool(prefix) or (sep not in ("-", "–") and _MARKED_SEP.search(sep) is not None)
        if marked and not prefix and is_phrase(sep, _PLAIN_SEP_WORDS):
            marked = False  # "venmo for tips: later" — a phrase before the colon
        if not marked and not any(c.isdigit() or c in "_.-" for c in user):
            return None
        start = m.start("prefix") if prefix else m.start("user")
        return _value_link(service, user), start, u_end

    @staticmethod
    def _from_list(text: str, cue: re.Match[str]) -> tuple[int, list[tuple[str, int, int]]] | None:
        """Services named together ("venmo or cashapp: @joy-b / $joyb") and the handles listed after them.

        Returns where the list ends and (value, start, end) for each service that gets a
        handle: when the two lists are as long as each other and every sign fits, in the
        same order; otherwise each service takes the one handle whose sign is its own
        ('$' for Cash App and Chime, '@' for the others). None when the list is not one of
        usernames (an e-mail or a phone for Zelle): the services are then read one by one.
        """
        services = [_service(cue.group("cue"))]
        pos = cue.end()
        while (chain := _CHAIN.match(text, pos)) is not None and (nxt := _CUE.match(text, chain.end())) is not None:
            services.append(_service(nxt.group("cue")))
            pos = nxt.end()
        first = _AFTER_CUE.match(text, pos)
        if "zelle" in services or first is None or first.group("user") is None:
            return None
        handles: list[tuple[str, str, int]] = []
        end = pos
        m: re.Match[str] | None = first
        while m is not None and len(handles) < len(services) + 2:
            if _CUE.match(text, m.start("user")) is not None:
                break  # the next service's name: its own handle follows it
            user = m.group("user").rstrip(".-")
            if user not in _STOP and any("a" <= c <= "z" for c in user):
                handles.append((m.group("prefix"), user, m.start("prefix")))
                end = m.start("user") + len(user)
            m = _NEXT_HANDLE.match(text, m.start("user") + len(user))

        def fits(service: str, prefix: str) -> bool:
            return prefix.strip() != ("@" if service in _TAG_SERVICES else "$")

        out: list[tuple[str, int, int]] = []
        if len(handles) == len(services) and all(fits(s, h[0]) for s, h in zip(services, handles, strict=True)):
            pairs = list(zip(services, handles, strict=True))
        elif (
            len(handles) == 1
            and (handles[0][0].strip() == "@" or re.search(r"[:：=]", first.group("sep") or "") is not None)
            and all(fits(s, handles[0][0]) for s in services)
        ):
            pairs = [(service, handles[0]) for service in services]  # "Revolut & PayPal: tomekz": the same name
        else:
            pairs = []
            for service in services:
                own = [h for h in handles if h[0] and fits(service, h[0])]
                if len(own) == 1:
                    pairs.append((service, own[0]))
        for service, (prefix, user, start) in pairs:
            if service in _TAG_SERVICES and not user[0].isalpha():
                continue
            out.append((_value_link(service, user), start, start + len(prefix) + len(user)))
        return end, out

    @staticmethod
    def _phone(ctx: FieldContext, raw: str, start: int, end: int) -> tuple[str, int, int] | None:
        try:
            number = phonenumbers.parse(raw, ctx.region)
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(number):
            return None
        return "zelle:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), start, end
