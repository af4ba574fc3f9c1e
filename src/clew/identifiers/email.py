"""E-mail addresses, also when "@" and "." are spelled out or bracketed, in several languages.

Recognised forms of the at sign: ``@``; bracketed ``(at)``, ``[at]``, ``{at}``,
``<at>``, ``(@)``, ``(a)`` and the bracketed words below (guillemets and the CJK and mathematical brackets
``«at»``, ``【at】``, ``〔at〕``, ``⟨at⟩`` too); spelled between spaces:
``arroba`` (es, pt), ``arobase``/``arobas`` (fr), ``собака`` (ru), ``равлик`` (uk),
``a còng``/``a móc`` (vi), ``chiocciola`` (it), ``klammeraffe``/``ät`` (de),
``apenstaartje`` (nl), ``zavináč`` (cs, sk), ``snabel-a`` (sv), ``alfakrøll`` (no),
``grisehale`` (da), ``miukumauku``/``kissanhäntä`` (fi), ``małpa`` (pl), ``kukac`` (hu),
``παπάκι`` (el), ``שטרודל`` (he), ``एट`` (hi), ``a-rond`` (ro), ``маймунка`` (bg), ``мајмунче`` (sr, mk),
``majmun`` (hr, bs), ``afna`` (sl), ``arrova`` (ca), ``eta`` (lt), ``hjá`` (is), ``presso`` (it), ``malwen`` (cy),
``շնիկ`` (hy), ``айқұлақ`` (kk), ``сабачка`` (be), ``ĉe`` (eo), ``et işareti`` (tr), ``kuchukcha`` (uz), the English
word in other scripts (``آت``/``ات`` in Arabic and Persian, ``অ্যাট`` in Bengali), South Asian English
"at the rate (of)", ``atmark`` (ja, romanised), ``at sign``; with or without spaces: ``艾特`` (zh),
``小老鼠`` (zh-TW), ``アットマーク``/``アット`` (ja), ``골뱅이``/``앳`` (ko), ``แอท`` (th); a circled ``ⓐ``
standing alone;
wrapped between spaces like a bracket (`` -at- ``, `` *at* ``); hyphen-glued
``-at-`` (``_at_`` only with every dot of the domain spelled ``_dot_`` up to a known top-level domain, and with no
platform's name or username label just before, and, without a label such as "cv:", only for a role's mailbox:
``jobs_at_example_dot_org`` alone is an address, ``nora_at_example_dot_com`` alone, ``nora_at_home``,
``ig: nora_at_home_dot_com`` and ``snap jobs_at_example_dot_org`` are usernames, since usernames take underscores)
or glued between middle dots or bullets (``·at·``);
and the bare English ``at``, Indonesian/Turkish ``et``, Scottish Gaelic ``aig``, Irish ``ag`` and Latvian ``pie``.

A word of any other script between a Latin local part and a Latin label is read by transliterating it
(``anyascii``): it is the at sign or the dot when it sounds like the English word as that script writes it
("એટ" et, "ਐਟ" ait, "ॲट" at, "あっと" atto, "ডট" dt, "ഡോട്ട്" dott), or when it is one of the spellings
above written in another script (Belarusian "кропка" is Polish "kropka", Tatar "нокта" Turkish "nokta"), so the
lists need not name every script. A top-level domain may be written in Cyrillic too ("точка нет", "ком").

Recognised forms of the dot: ``.`` and ``。``; `` . `` with spaces; bracketed ``(dot)``,
``[.]``, ``{dot}``; spelled between spaces: ``dot``, ``punto`` (es, it), ``point`` (fr),
``ponto`` (pt), ``punct`` (ro), ``точка`` (ru), ``крапка`` (uk), ``chấm`` (vi), ``titik`` (id),
``punkt`` (de, sv, pl), ``punt`` (nl), ``punktum`` (da, no), ``piste`` (fi), ``tečka`` (cs),
``bodka`` (sk), ``tuldok`` (tl), ``nokta`` (tr), ``kropka`` (pl), ``pont`` (hu), ``τελεία`` (el),
``נקודה`` (he), ``डॉट`` (hi), ``نقطة``/``دوت``/``دات`` (ar, fa), ``тачка``/``tačka`` (sr), ``točka`` (hr),
``pika`` (sl), ``pikë`` (sq), ``taškas`` (lt), ``punkts`` (lv), ``punktur`` (is), ``puntu`` (eu),
``nukta`` (sw), ``ডট`` (bn), ``punkto`` (eo), ``нүкте`` (kk), ``կետ`` (hy), ``pwynt`` (cy),
``nuqta`` (uz), ``წერტილი`` (ka), ``чекит`` (ky), ``нокта``/``нөктә`` (tt, ba), ``nokat`` (tk);
with or without spaces: ``点`` (zh),
``ドット`` (ja), ``점``/``쩜``/``닷`` (ko), ``ดอท``/``จุด`` (th); wrapped (`` -dot- ``); glued to a common
top-level domain (``dotcom``, ``puntocom``); a bullet or middle dot between letters (``example•com``, in
the local part too: ``coco•b@…``);
hyphen-glued ``-dot-``.

The pieces of a local part may be joined by a dot in any of these forms or by a spelled
underscore or hyphen ("anna underscore bell", "guion bajo", "dash") — never cut there.

A top-level domain that is a file extension (``photo@2x.png``) makes no address, nor does a host
followed by a path (``p@ypal.me/name`` is a link). An ``@`` spaced before but not after it after a
platform's name or a word such as "DM" starts a handle ("IG @rosa.lane.vip"), and spaced so it
needs a known top-level domain like the spelled forms.

The at sign and the dot may be written as HTML character references (``&#64;``, ``&#x40;``, ``&commat;``,
``&#46;``) or URL-encoded (``%40`` in a ``mailto:`` link); a sign the text says to read as the at sign
("lina#example.com (replace # with @)", "ersetze # durch @", "замените # на @") is read so where it stands
inside a word, and so is a "#" or "*" glued inside an address right after an e-mail's label ("E-mail:
bookings#example.org", "correo: ana*example.com"), the domain ending in a known top-level domain. A decoy in
capitals glued into the address ("ana.silvaNOSPAM@…") is dropped when the text names it again ("remove NOSPAM",
in any language) or it says spam. The address's span covers the characters as written.

A phrase that no list names may stand for the at sign between a local part that looks like a mailbox (a dot, an
underscore or a digit in it) and a domain whose dot is spelled before a known top-level domain, when one of its
(at most three) words is a lone "a" (French "a commercial", Turkish "kuyruklu a") or is formed from a known name of
'@' — the same first four letters, transliterated (Polish "małpka" of "małpa", Romanian "maimuță" of Bulgarian
"маймунка"). The signs' Unicode names count ("commercial at", "full stop"), and "dot" respelled as it sounds
("dawt", "doht").

The bare word "at" is everywhere in ordinary sentences, so it makes an address only
when the domain spells a dot (``lily at example dot com``), or when the part before
it looks like a mailbox — it holds a digit, a dot or an underscore
(``lily23 at example.com``) — and never after a word such as "me", "us", "book" or
"meet" ("meet me at the station. com" is no address). A spelled or bracketed form
also needs a known top-level domain at the end.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from clew.identifiers.base import DASH_WORDS as _DASH_WORDS
from clew.identifiers.base import DOT_WORDS as _DOT_WORDS
from clew.identifiers.base import UNDERSCORE_WORDS as _UNDERSCORE_WORDS
from clew.identifiers.base import Example, FieldContext, IdentifierType
from clew.identifiers.handle import is_platform_word
from clew.model import Entity
from clew.text.confusables import latin_capitals
from clew.text.phrases import PhraseIndex

_AT_WORDS = (
    "arroba|arobase|arobas|собака|собачка|a còng|a cong|a móc|a moc|chiocciola|klammeraffe|affenschwanz|ät"
    "|małpa|malpa|kukac|apenstaartje|apestaartje|apenstaart|zavináč|zavinac|zavinač|snabel-a|snabela|snabel a"
    "|alfakrøll|krøllalfa|grisehale|miukumauku|kissanhäntä|papaki|παπάκι|παπακι|шнобель|равлик"
    "|एट|ऐट|שטרודל|כרוכית|a-rond|a rond|arond|atmark|at mark|at-mark|at sign|at-sign|atsign|at symbol"
    "|آت|ات|أت|ایت|ایٹ|эт|অ্যাট|এট|அட்|ఎట్"
    "|маймунка|мајмунче|мајмун|majmunče|majmunce|majmun|majmunčić|majmuncic|manki|monki|mankica|afna|arrova|eta|hjá"
    "|hja|presso|4t"
    "|at the rate of|at the rate|at d rate|एट साइन|ایٹ سائن|ات ساین|آت ساین"
    "|malwen|շնիկ|айқұлақ|сабачка|ĉe|cxe|et işareti|et isareti|kuchukcha|кучукча|ძაღლუკა"
    "|at işarəsi|at isaresi|ət işarəsi|at işareti"
    "|aapstert|a bildua|አት|អាត់|ແອັດ|အက်|ඇට්"
    "|affenohr|affenschaukel|kanelbulle|kringla|лудо а|лудо-а|ludo a|ludo-a|ätt|ät-merkki|taksamerkki"
    "|艾特|小老鼠|アットマーク|アット|골뱅이|앳|엣|แอท|圈a"
    "|кльомба|кломба|🐒|🐵|🐌"
    "|kommertsiaal-ä|kommertsiaal ä|kommertsiaalä|kommerts-ä|ät-märk|ätt-märk|pērtiķītis|pertikitis|pērtiķis|pertikis"
    "|šuniukas|suniukas|eta ženklas|eta zenklas|coadă de maimuță|coada de maimuta|majmuni|песик|собачко"
    "|affeschwanz|affeschwänzli|affeschwanzli|äffli|äffchen|affchen|klammeräffchen|klammeraffchen|affenschwänzchen"
    f"|{unicodedata.name('@').lower()}"
)
"""Spellings of the at sign, in many languages; the last is the sign's own Unicode name, "commercial at"."""
_ROMANISED_SCRIPTS = ("CYRILLIC", "GREEK", "ARMENIAN", "GEORGIAN")
"""Scripts whose words writers also spell in Latin letters on a Latin keyboard ("sobaka" for "собака", "tochka" for
"точка", "papaki" for "παπάκι")."""


def _romanised(words: str) -> str:
    """The spellings of ``words`` (a "|" list) in a script of ``_ROMANISED_SCRIPTS``, written in Latin letters as their
    writers do when they have no such keyboard (``anyascii``, plus "ch"/"sh" written "c"/"s" dropped); only those of
    four letters or more not already in the list, so that no short word of a sentence becomes a sign."""
    from anyascii import anyascii

    known = set(words.split("|"))
    out: dict[str, None] = {}
    for word in known:
        if not any(unicodedata.name(c, "").startswith(_ROMANISED_SCRIPTS) for c in word if c.isalpha()):
            continue
        latin = anyascii(word).lower().replace("'", "")
        if len(latin) >= 4 and latin.replace(" ", "").isalpha() and latin.isascii() and latin not in known:
            out[latin] = None
    return "|".join(sorted(out))


_AT_WORDS += "|" + _romanised(_AT_WORDS)
_DOT_WORDS = _DOT_WORDS + "|period|fullstop|full-stop|" + _romanised(_DOT_WORDS)
"""The dot's spellings: base.py's, the American "period", and the romanised spellings of the Cyrillic and Greek ones
("tochka", "krapka")."""
_UNICODE_DOT = unicodedata.name(".").lower()
"""The full stop's Unicode name, "full stop": a spelling of the dot too ("lucy commercial at example full stop org")."""
_RESPELLED_DOT = r"d(?:[ao0]w|[ao0]h|oo|00|0)t"
""""dot" respelled as it sounds ("dawt", "doht", "doot"), or with a zero for its "o" ("d0t", "d00t"): a writer's
way round a filter that knows the word."""
_CJK_AT = "艾特|小老鼠|アットマーク|アット|골뱅이|앳|엣|แอท|圈a"
_CJK_DOT = "点|點|ドット|점|쩜|닷|ดอท|จุด|。"
"""Spellings in scripts written without spaces: they need none around them. A dot counts only before a
Latin letter ("example。com"; "…com。谢谢" ends a sentence)."""
_UNSPACED_RANGES = "\u0e00-\u0e7f\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
"""Thai, CJK, kana and Hangul: an address written right after them starts after them (简历请发送至jobs@…)."""
_WORD_NOT_UNSPACED = rf"[^\W{_UNSPACED_RANGES}]"
_LOCAL_CHAR = rf"(?:{_WORD_NOT_UNSPACED}|[+-]|(?<=[^\W_])['’](?=[^\W_]))"
"""A character of a local part; an apostrophe between two letters too ("liam.o'brien@…": RFC 5322 allows it)."""
_BRACKET_PAIRS = [
    (chr(c), chr(c + 1))
    for c in range(0x3040)
    if unicodedata.category(chr(c)) == "Ps" and unicodedata.category(chr(c + 1)) == "Pe"
]
_OPENERS = "([{<«‹" + "".join(o for o, _ in _BRACKET_PAIRS if o not in "([{")
_CLOSERS = ")]}>»›" + "".join(c for _, c in _BRACKET_PAIRS if c not in ")]}")
"""Brackets around a spelled at or dot: every pair of opening and closing punctuation marks (categories Ps and Pe,
side by side in Unicode) up to the end of CJK punctuation (ASCII, CJK "【at】", mathematical "⟨at⟩", white "⦅at⦆",
double "⸨at⸩"), and guillemets."""
_OPEN = f"[{re.escape(_OPENERS)}]"
_CLOSE = f"[{re.escape(_CLOSERS)}]"
_WRAP = r"[-*~_#=+/|\\]{1,2}"
"""Signs that wrap a spelled at or dot between spaces like brackets do ("mira -at- example -dot- net", "*at*", "#at#",
"=dot=", "/at/"), single or doubled as Markdown writes emphasis ("_at_", "**at**", "__dot__")."""
_DECOR = "\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff"
"""Emoji and pictographs a writer glues to the at sign ("lola 📧@📧 example.net", "kim @🌹 example.org"): decoration,
read like a space. An emoji standing apart before an '@' glued to a name ("DM 📩 @lena.vip") introduces a handle."""
_GLUE_BULLETS = "•·∙・‧⸱⋅"
_GLUE_SLASHES = "/|\\\\"
"""Bullets and middle dots that glue a spelled at or dot between letters ("jonas·at·example·dot·net"): the middle dot,
the bullet operator, the katakana middle dot, the hyphenation point of Chinese text ("chen‧wei"), the word separator
middle dot and the dot operator."""
_GLUED_WRAPS = "~*=#^"
_SLASH_AT = r"[/|\\]at[/|\\]|" + "|".join(f"{re.escape(w)}at{re.escape(w)}" for w in _GLUED_WRAPS)
_SLASH_DOT = r"[/|\\]dot[/|\\]|" + "|".join(f"{re.escape(w)}dot{re.escape(w)}" for w in _GLUED_WRAPS)
"""Slashes, bars or backslashes wrapping a spelled at or dot between letters ("mira/at/example/dot/net",
"mira|at|example|dot|net"), or the same sign on both sides ("sasha~at~example~dot~net", "tara*at*example*dot*net"):
like "-at-", an at sign so glued makes an address only when a dot is glued the same way."""
_FOREIGN_WORD = r"[^\s\x00-\u024f\u2000-\u2bff\u3000-\u303f\ufe00-\ufe0f\uff00-\uff65\U0001f000-\U0001ffff]{1,12}"
"""A word in a script other than Latin (no signs, arrows or emoji): it may be "at" or "dot" written in that script
("એટ", "ডট", "あっと", "кропка"), which ``_foreign_sign`` decides by transliterating it."""
_AT = (
    rf"(?P<at>\s?@\s?|\s?[{_DECOR}]{{1,3}}@(?:[{_DECOR}]{{1,3}}\s?|\s)|\s?@[{_DECOR}]{{1,3}}\s?"
    rf"|\s?{_OPEN}\s?(?:at|@|a|et|{_AT_WORDS})\s?{_CLOSE}\s?"
    rf"|\s{_WRAP}\s?(?:at|@|{_AT_WORDS}){_WRAP}\s"
    rf"|\s(?:{_AT_WORDS})\s|\s?(?:{_CJK_AT})\s?"
    r"|\s(?P<bare>at|et|aig|ag|pie)\s"
    rf"|-at-|[{_GLUE_BULLETS}](?:at|@)[{_GLUE_BULLETS}]|{_SLASH_AT}"
    rf"|\s(?P<xat>{_FOREIGN_WORD})\s)"
)
_GLUED_TLDS = "com|net|org|info|biz|ru|ua|de|fr|es|it|nl|pl|ro|br|mx|uk|co|io|me"
_DOT = (
    rf"(?:\.|\s?{_OPEN}\s?(?:{_DOT_WORDS}|{_UNICODE_DOT}|{_RESPELLED_DOT}|\.)\s?{_CLOSE}\s?"
    rf"|\s(?:{_DOT_WORDS}|{_UNICODE_DOT}|{_RESPELLED_DOT})\s|\s?(?:{_CJK_DOT})\s?(?=[a-z])"
    rf"|\s{_WRAP}\s?(?:{_DOT_WORDS}|\.)\s?{_WRAP}\s|\s(?:{_DOT_WORDS})(?=(?:{_GLUED_TLDS})(?![\w.-]))"
    rf"|[{_GLUE_BULLETS}]dot[{_GLUE_BULLETS}]|[{_GLUE_BULLETS}](?=[a-z])(?!(?:at|dot)[{_GLUE_BULLETS}])|\s\.\s|-dot-|{_SLASH_DOT})"
)
"""A dot: written, bracketed or wrapped, spelled, glued to a common top-level domain ("example dotcom",
"puntocom"), or a middle dot or bullet between letters ("example•com"; spaced, it separates a list)."""
_LOCAL_JOIN = rf"(?:{_DOT}|\s(?:{_UNDERSCORE_WORDS}|{_DASH_WORDS})\s)"
"""What joins the pieces of a local part: a dot in any form, or a spelled underscore or hyphen
("anna underscore bell at …" is anna_bell@…)."""
_PLAIN_LOCAL = re.compile(r"(?:[^\W_]|[+]|[-_](?!dot[-_]))+(?:\.(?:[^\W_]|[+]|[-_](?!dot[-_]))+)*")
"""A local part with no spelled or bracketed separator: read by splitting at its dots."""
_LOCAL_SEP = re.compile(rf"(?P<u>\s(?:{_UNDERSCORE_WORDS})\s)|(?P<d>\s(?:{_DASH_WORDS})\s)|{_DOT}")
_GLUED_AT = r"(?!-at-)"
"""A local part stops before a hyphen-glued "-at-" (noa-at-example-dot-com)."""
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0963\u0966-\u0dff"
"""Combining marks (vowel signs, viramas, harakat) and the letters of the Indic blocks without their dandas: Python's
``\\w`` takes no mark, so a label written in Devanagari ("कॉम", "नेट") would end at its first vowel sign."""
_LABEL_CHAR = rf"(?:{_WORD_NOT_UNSPACED}|[{_MARKS}])"
_LABEL = rf"[^\W_{_UNSPACED_RANGES}](?:(?:{_LABEL_CHAR}|-){{0,61}}{_LABEL_CHAR})?"


_BULLET_TLDS = _GLUED_TLDS + "|cn|jp|kr|tw|hk|vn|th|sg|my|edu|gov"
_DOMAIN_DOT = rf"(?:{_DOT}|\s{_FOREIGN_WORD}\s|\s[{_GLUE_BULLETS}]\s(?=(?:{_BULLET_TLDS})(?![\w.@-])))"
"""A dot between the labels of a domain: any form of ``_DOT``, or a word of another script that ``_foreign_sign``
must read as "dot" (never between the pieces of a local part, where a word of the sentence before would be joined),
or a spaced middle dot or bullet before a common top-level domain ("example · com")."""


def _email_pattern(local_char: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![.+\-]|{_WORD_NOT_UNSPACED})(?P<local>{local_char}{{1,64}}+"
        rf"(?:{_LOCAL_JOIN}{local_char}{{1,64}}+){{0,8}}+)"
        + _AT
        + rf"(?P<domain>{_LABEL}(?:{_DOMAIN_DOT}{_LABEL}){{1,8}})(?!{_WORD_NOT_UNSPACED}|-)"
    )


_EMAIL = _email_pattern(_LOCAL_CHAR)


@lru_cache(maxsize=1)
def _email_glued() -> re.Pattern[str]:
    """For a hyphen-glued "-at-" only: the local part must stop before it (the test costs at every character).

    Compiled on the first "-at-" (rare): the pattern is as large as ``_EMAIL``, a quarter of this module's
    import time, which every command and worker start would pay for nothing.
    """
    return _email_pattern(f"(?:{_GLUED_AT}{_LOCAL_CHAR})")


_DOT_SPLIT = re.compile(_DOT)
_DOMAIN_SPLIT = re.compile(_DOMAIN_DOT)
_FOREIGN_WORD_RE = re.compile(_FOREIGN_WORD)
_FOREIGN_CUE = re.compile(rf" (?<=[a-z0-9_.+-] )(?:{_FOREIGN_WORD}) [a-z0-9]")
"""A word of another script between a Latin local part and a Latin label: where "at" may be spelled in that script
(between words of that script it is a word of the sentence). It starts with the space, which the scan finds fast."""
_SPELLED_AT_LOAN = re.compile(r"[ae][aeio]{0,2}t+h?|(?:[ae][aeio]{0,2})?t+h?[aeiou]?s[aeiy]{1,3}g?n")
_SPELLED_DOT_LOAN = re.compile(r"d[aeiouvwy]{0,2}t+h?")
"""The English "at" and "dot" as other scripts write them, transliterated: "એટ" et, "ਐਟ" ait, "ॲट" at, "あっと"
at(to), the English "at sign" written as one word (Persian "ات‌ساین" tsyn, the abjad dropping the first vowel, and
"アットサイン" atosain), "ডট" dt, "ดอท" doth, Hebrew "דוט" dvt (the vav and yod of the abjads stand for vowels).
A leading "o" is no "at": Russian "от" (from) is a word of its own; nor is an abjad's bare "t" (Hebrew "את")."""
_KANA = re.compile("[\u3040-\u30ff]")
_HAN = re.compile("[\u3400-\u9fff\uac00-\ud7af]")
"""Han and Hangul spellings are matched as written: as sounds ("dian" of 点) they are other words too (电)."""
_READ_AS = str.maketrans({"\u0d31": "\u0d1f", "\u0ead": "\u0e2d", "\u17cb": None, "\u17cd": None, "\u0ecc": None})
"""Letters read as another before transliteration. Malayalam writes the English "tt" with RRA (റ്റ), which
transliterates as "rr": read it as TTA. Lao O (ອ), the vowel carrier that also writes the vowel "o" ("ດອດ" dot),
transliterates as nothing: read it as Thai O (อ), "o". The Khmer signs that shorten or silence a final (bantoc ់,
toandakhiat ៍) and the Lao cancellation mark (໌) add no sound, though ``anyascii`` writes an "a" for the first: Khmer
"ដត់" is "dt", the English "dot"."""
_UNRELEASED_FINALS = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
"""Thai, Lao, Myanmar and Khmer: a final stop is unreleased, so a loanword's final "t" is written with the letter
transliterated "d" (Lao "ແອັດ" at, "ດອດ" dot): a final "d" of a word in these scripts is read "t"."""
_MIN_SPELLED_KEY = 4
"""Transliterated words as short as "eta" (Lithuanian "at") are words of other languages too (Russian "эта")."""


def _sound(word: str) -> str:
    """``word`` transliterated to lower-case Latin letters, doubled letters single ("ഡോട്ട്" → "dot")."""
    from anyascii import anyascii  # imported on the first word of another script: 20 ms every start would pay

    latin = anyascii(word.translate(_READ_AS)).lower()
    letters = "".join(c for c in latin if "a" <= c <= "z")
    sound = "".join(c for i, c in enumerate(letters) if i == 0 or c != letters[i - 1])
    if _KANA.search(word) and len(sound) > 2 and sound[-1] in "aeiou" and sound[-2] not in "aeiou":
        sound = sound[:-1]  # kana close a final consonant with a vowel: "あっと" atto, "ドット" dotto
    elif sound.endswith("d") and _UNRELEASED_FINALS.search(word):
        sound = sound[:-1] + "t"
    return sound


@lru_cache(maxsize=1)
def _spelled_sounds() -> tuple[frozenset[str], frozenset[str]]:
    """The words of ``_AT_WORDS`` and ``_DOT_WORDS`` as ``_sound`` writes them, long enough to be unambiguous."""
    at = frozenset(k for w in _AT_WORDS.split("|") if len(k := _sound(w)) >= _MIN_SPELLED_KEY and not _HAN.search(w))
    dot = frozenset(k for w in _DOT_WORDS.split("|") if len(k := _sound(w)) >= _MIN_SPELLED_KEY and not _HAN.search(w))
    return at - dot, dot - at


@lru_cache(maxsize=4096)
def _foreign_sign(word: str) -> str | None:
    """Return "@" or "." if ``word``, written in a script other than Latin, spells the at sign or the dot, else None.

    Two readings of its transliteration: a spelled form of the lists above in another script (Belarusian
    "кропка" is Polish "kropka", Tatar "нокта" Turkish "nokta"), or the English word as the script writes
    it (``_SPELLED_AT_LOAN``): the lists need not name every script.
    """
    sound = _sound(word)
    at, dot = _spelled_sounds()
    if _SPELLED_AT_LOAN.fullmatch(sound) or sound in at:
        return "@"
    if _SPELLED_DOT_LOAN.fullmatch(sound) or sound in dot:
        return "."
    return None


_SPELLED_AT_END = re.compile(
    rf"[\w.+-](?:\s@\s?|@\s|\s?[{_DECOR}]{{1,3}}@(?:[{_DECOR}]{{1,3}}\s?|\s)|\s?@[{_DECOR}]{{1,3}}\s?|\s?{_OPEN}\s?(?:at|@|a|et|{_AT_WORDS})\s?{_CLOSE}\s?"
    rf"|\s{_WRAP}\s?(?:at|@|{_AT_WORDS}){_WRAP}\s|\s(?:{_AT_WORDS})\s|\s?(?:{_CJK_AT})\s?|-at-)$"
)


def spelled_at_before(text: str, start: int) -> bool:
    """Whether a spaced, bracketed or spelled at sign ends just before ``start`` ("lily (at) example.org").

    The URL extractor asks: the host after it is the domain of an address, not a web address.
    The bare English "at" is not asked about ("book at mysite.example.net").
    """
    if _SPELLED_AT_END.search(text, max(0, start - 24), start) is not None:
        return True
    before = text[max(0, start - 16) : start]
    word = before.rstrip().rsplit(" ", 1)[-1] if before.endswith(" ") else ""
    return (
        bool(word)
        and not word.isascii()
        and _FOREIGN_WORD_RE.fullmatch(word) is not None
        and (_foreign_sign(word) == "@")
    )


_PLAIN_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_CUE = re.compile(
    rf"@|\s(?:{_AT_WORDS})\s|\sat\s|{_OPEN}\s?(?:at|@|a|et|{_AT_WORDS})\s?{_CLOSE}|\s?(?:{_CJK_AT})|-at-"
    rf"|\s{_WRAP}\s?(?:at|@|{_AT_WORDS}){_WRAP}\s|[{_GLUE_BULLETS}](?:at|@)[{_GLUE_BULLETS}]|{_SLASH_AT}"
)
"""Where an at sign is written, in any of its forms; the address is read around it."""
_JOIN_BEFORE = re.compile(rf"{_LOCAL_JOIN}$")
_DOMAIN_AHEAD = re.compile(rf"{_LABEL}{_DOT}[^\W_]")
_RARE_CUES = (
    *(word + space + close for word in ("at", "@", "et") for close in _CLOSERS for space in ("", " ")),
    *(f"{open_}a{close}" for open_, close in zip(_OPENERS, _CLOSERS, strict=True)),
    "-at-",
    *(f"{a}{sign}{b}" for a in _GLUE_BULLETS for b in _GLUE_BULLETS for sign in ("at", "@")),
    *(f"{a}at{b}" for a in _GLUE_SLASHES for b in _GLUE_SLASHES),
    *(f"{wrap}at{wrap}" for wrap in ("*", "~", "_", "#", "=", "+", "^")),
    *(f"{wrap} at {wrap}" for wrap in ("-", "*", "_", "#", "=", "+", "/", "|", "\\")),
    *(w for w in _CJK_AT.split("|")),
    *(lead + w for w in _AT_WORDS.split("|") if w not in _CJK_AT.split("|") for lead in " " + _OPENERS),
)
"""Plain substrings one of which every cue but ``@`` and `` at `` holds: a quick test before the pattern."""


@lru_cache(maxsize=1)
def _rare_cues() -> PhraseIndex[tuple[bool, int]]:
    """``_RARE_CUES`` and ``_GAP_DOTS`` in one automaton: a single pass in C tells whether the pattern must run and
    where a spelled dot may end an address whose at sign is a phrase of its own (``_gap_address``).

    Each literal's value: (whether it is a cue, its length if it is a spelled dot, -1 if it is the label of a domain
    given apart from its mailbox (``_SPLIT_DOMAIN_WORDS``), else 0).
    """
    kinds: dict[str, tuple[bool, int]] = {literal: (True, 0) for literal in _RARE_CUES}
    for literal in _GAP_DOTS:
        kinds[literal] = (literal in kinds, len(literal))
    for literal in (*_SPLIT_DOMAIN_WORDS, *_AT_BETWEEN_WORDS):
        kinds.setdefault(literal, (False, -1))
    return PhraseIndex(kinds.items())


_GAP_DOTS = tuple(f" {word} " for word in (*_DOT_WORDS.split("|"), _UNICODE_DOT) if word not in _CJK_DOT.split("|"))
"""A spelled dot between spaces ("example nokta com"): where an address may end whose at sign is a phrase."""
_GAP_TLD = re.compile(r"[a-z]{2,6}(?![\w@]|[.-]\w)")
_GAP_LABEL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")
_GAP_LOCAL = re.compile(r"[a-z0-9](?:[a-z0-9_.+-]{0,62}[a-z0-9])?")
_GAP_WORDS = 3
"""Most words of a phrase standing for the at sign ("coadă de maimuță", Romanian "monkey's tail")."""
_A_ALONE = frozenset({"a", "à", "а", "ⓐ"})
"""The letter a standing alone in a phrase for the at sign: many languages name '@' as an "a" with something (French
"a commercial", Turkish "kuyruklu a", Swedish "snabel-a", Serbian "лудо а", Vietnamese "a còng")."""


@lru_cache(maxsize=1)
def _at_stems() -> frozenset[str]:
    """The first four letters of the at sign's names, as ``_sound`` writes them (names of five letters or more).

    A word that starts like one is a form of it: a diminutive or a case ending ("małpka" of "małpa", "maimuță" of
    Bulgarian "маймунка"), in Latin letters or another script.
    """
    return frozenset(
        _stem(k) for w in _AT_WORDS.split("|") if " " not in w and len(k := _sound(w)) >= 5 and not _HAN.search(w)
    )


_GLIDES = str.maketrans("yj", "ii")


def _stem(sound: str) -> str:
    """The first four letters of a word's sound, the glides "y" and "j" written "i": transliterations write "й" and
    "ј" either way ("maymunka", "majmun", "maimuță" share "maim")."""
    return sound.translate(_GLIDES)[:4]


_AT_PREPOSITIONS_TEXT = """
    at to kwa sa στο στη στον σε la pe à chez en em no na ao di ke ở tại bei an auf bij op på hos w u в во у на
    ve te da presso dekat pada by kod pri ag yn ĉe hjá juures mellett pie prie
"""
_AT_PREPOSITIONS = frozenset(_AT_PREPOSITIONS_TEXT.split())
"""The word for "at" or "to" of many languages (Swahili "kwa", Greek "στο", Tagalog "sa", Romanian "la"): alone
between a mailbox-like local part and a domain whose dot is spelled ("x.y kwa example nukta net") it stands for '@'."""
_AT_PICTURES_TEXT = """
    monkey mono mona macaco scimmia singe affe обезьяна обезьянка мавпа maymun monyet khỉ tumbili unggoy μαϊμού
    maimuta maimuță maimuţă majmun małpka tail coada coadă coadâ cola queue coda rabo rabinho schwanz хвост
    хвостик хвіст ogon ogonek kuyruk ekor đuôi duoi mkia ουρά ουρα buntot snail caracol escargot lumaca
    schnecke улитка равлик ślimak slimak salyangoz siput ốc oc konokono kuhol σαλιγκάρι
"""
_AT_PICTURES = frozenset(_AT_PICTURES_TEXT.split())
"""The pictures that the at sign's names draw (a monkey's tail, a snail, Romanian "coadă" alone for "coadă de
maimuță"): in the gap between a mailbox and a domain with a spelled dot, a word of them names the '@'."""


_AT_WORD_SET = frozenset(w for w in _AT_WORDS.split("|") if " " not in w and len(w) > 1)
"""The one-word names of '@': one of them inside a longer phrase names it too ("एट द रेट", "arroba de")."""
_AT_PHRASES = frozenset(
    {w for w in _AT_WORDS.split("|") if " " in w} | {"a commercial", "a commerciale", "a comercial", "kuyruklu a"}
)
"""Names of '@' of several words, among them the sign's names that are an "a" with an adjective (French "a
commercial", Italian "a commerciale"): standing whole between a word and a domain with a spelled dot, they make an
address even when the word before them does not look like a mailbox ("recrutement a commercial example point net")."""


def _names_the_at(words: list[str]) -> bool:
    """Whether a phrase of a few words names the at sign: a lone "a" in it, a lone preposition "at", a picture the
    sign's names draw ("tail", "monkey", "snail"), or a word formed from a name of '@'."""
    if len(words) == 1 and words[0] in _AT_PREPOSITIONS:
        return True
    for word in words:
        if word in _A_ALONE or word in _AT_PICTURES or word in _AT_WORD_SET:
            return True
        if not word.isascii() and _FOREIGN_WORD_RE.fullmatch(word) and _foreign_sign(word) == "@":
            return True  # a name of '@' in a phrase of its script ("एट द रेट", Hindi "at the rate")
        letters = word.replace("-", "")
        if len(letters) >= 5 and letters.isalpha() and _stem(_sound(letters)) in _at_stems():
            return True
    return False


def _gap_address(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The address that a spelled dot at ``[start, end)`` ends, when its at sign is a phrase no list names.

    "elif.kaya kuyruklu a example nokta com", "ioana.pop coadă de maimuță example punct net": between a local part
    that looks like a mailbox (a dot, an underscore or a digit in it) and a domain whose dot is spelled before a
    known top-level domain stand up to three words, one of them a lone "a" or a form of a name of the at sign
    (``_names_the_at``). Returns (value, start, end) in the view, or None.
    """
    tld = _GAP_TLD.match(text, end)
    if tld is None or not _tld_ok(tld.group(), True) or tld.group() in _FILE_EXTENSIONS:
        return None
    label_start = start
    while label_start > 0 and text[label_start - 1] in _GAP_LABEL_CHARS:
        label_start -= 1
    label = text[label_start:start].strip("-")
    if not label or label_start < 2 or text[label_start - 1] != " ":
        return None
    words = text[max(0, label_start - 160) : label_start - 1].split(" ")
    for size in range(1, min(_GAP_WORDS, len(words) - 1) + 1):
        local = words[-size - 1]
        if _GAP_LOCAL.fullmatch(local) is None:
            continue
        if not any(c.isdigit() or c in "._" for c in local) and " ".join(words[-size:]) not in _AT_PHRASES:
            continue
        if not _names_the_at(words[-size:]):
            continue
        local_start = label_start - sum(len(w) + 1 for w in words[-size - 1 :])
        return f"{local}@{label}.{tld.group()}", local_start, tld.end()
    return None


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


_COMMA_TLD = re.compile(
    r"(?<![\w.+-])(?P<local>[a-z0-9](?:[a-z0-9._+-]{0,62}[a-z0-9_])?)@(?P<label>[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)"
    r",(?P<tld>com|net|org|info|biz|edu|gov|ru|ua|uk|fr|nl|pl|ro|br|mx|io)(?![\w.@-])",
    re.IGNORECASE,
)
"""An address whose one dot is a comma ("kontakt@example,com", an OCR's or a slip's): only before a common top-level
domain that is no word of a sentence ("de", "es", "it" are), and only where the domain has no dot at all."""
_COMMA_TLD_HINT = re.compile(
    r"@[a-z0-9-]{1,63},(?:com|net|org|info|biz|edu|gov|ru|ua|uk|fr|nl|pl|ro|br|mx|io)(?![\w.@-])", re.IGNORECASE
)
"""A quick test for ``_COMMA_TLD`` from its '@' (a literal the scan skips to): most texts with an '@' and a comma
hold no such address, and the full pattern would be tried at every letter of them."""
_LEET_TLD = str.maketrans("01345", "oleas")
"""Digits written for the letters of a top-level domain ("c0m", "n3t", "0rg", "1nfo" with "1" for "i" is not read)."""
_ADDRESS_WORDS_TEXT = """
    addresses address emails email mails mail e-mails accounts account domains domain users anyone everyone anything
    everything all any nothing someone ends ending endings blocked allowed banned accepted only also
    direcciones dirección direccion correos cuentas adresses adresse comptes adressen konten indirizzi endereços
    enderecos contas adresy адреса адресы почты
"""
_ADDRESS_WORDS = frozenset(_ADDRESS_WORDS_TEXT.split())
"""Words that talk about addresses of a domain ("Addresses @example.org are blocked", "accounts @example.net"):
never the mailbox before a '@' written apart from them and glued to the domain."""


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
        Example(
            "cv: ana.lopez arroba example punto es, digo punto com; mail kim.r at example dot net, sorry, dot org",
            ("ana.lopez@example.com", "kim.r@example.org"),
            note="a top-level domain corrected just after the address",
        ),
        Example("write to lea.b@example.fr, no other address. Or at home.", ("lea.b@example.fr",), note="no fix"),
        Example(
            "scan: ivo.k@example,net; ping noor 4t example d0t n3t; ana.p manki example točka org",
            ("ivo.k@example.net", "noor@example.net", "ana.p@example.org"),
            note="an OCR's comma for the dot; a leet '4t' and top-level domain; Croatian 'manki' (monkey) for '@'",
        ),
        Example(
            "Accounts @example.net are closed; all @example.com only; 5@home,com; lea@beispiel,de oder",
            (),
            note="a word about addresses before a '@domain'; a number, or a word-like ending after a comma",
        ),
        Example("write to Jane.Doe@Example.com today", ("jane.doe@example.com",)),
        Example("mail: lily23 (at) example (dot) org", ("lily23@example.org",)),
        Example("write to olaide\\_okafor@example.org (copied from Markdown)", ("olaide_okafor@example.org",)),
        Example("contact [at] example [dot] net", ("contact@example.net",)),
        Example("escríbeme: sofia.m arroba example punto com", ("sofia.m@example.com",)),
        Example("пишите: anna_k собака example точка ru", ("anna_k@example.ru",)),
        Example("lily at example dot com", ("lily@example.com",), note="bare 'at' with a spelled dot"),
        Example(
            "reach noor at example.org, email ada at example.net; meet noor at example.org",
            ("noor@example.org", "ada@example.net"),
            note="a bare 'at' with a plain domain after a verb of writing and a bare name; not after 'meet'",
        ),
        Example(
            "ivo #at# example #dot# com, mia =at= example =dot= org, elo šuniukas example taškas lt",
            ("ivo@example.com", "mia@example.org", "elo@example.lt"),
            note="hashes and equals signs around a spelled at and dot; the Lithuanian 'šuniukas' (puppy)",
        ),
        Example(
            "liis kommertsiaal-ä example punkt ee, ilze pērtiķītis example punkts lv",
            ("liis@example.ee", "ilze@example.lv"),
            note="Estonian and Latvian names of the at sign",
        ),
        Example("邮箱: meimei 艾特 example 点 net", ("meimei@example.net",), note="Chinese spellings"),
        Example("r i n a @ e x a m p l e . c o m", ("rina@example.com",), note="letter-spaced address"),
        Example(
            "ईमेल: seva.jobs एट example डॉट नेट, মেইল: mita.r অ্যাট example ডট কম",
            ("seva.jobs@example.net", "mita.r@example.com"),
            note="a top-level domain written in Devanagari (vowel signs inside) or Bengali (its vowel unwritten)",
        ),
        Example(
            "ایمیل: sara.n اتساین example دات نت, メール: yuki.t アットサイン example ドット org",
            ("sara.n@example.net", "yuki.t@example.org"),
            note="'at sign' as one word of Persian or kana",
        ),
        Example(
            "mail mira/at/example/dot/org or li.wei|at|example|dot|net",
            ("mira@example.org", "li.wei@example.net"),
            note="at and dot glued between slashes or bars",
        ),
        Example("see news.example.com/at/home.html and tour/at/vienna.pdf", (), note="'/at/' in a path, no glued dot"),
        Example("मेरी बहन एट घर डॉट कॉम", (), note="Devanagari words around a Devanagari at: a sentence"),
        Example(
            "schreib an jonas (ät) example (punkt) de, of daan apenstaartje example punt nl",
            ("jonas@example.de", "daan@example.nl"),
            note="German and Dutch spellings",
        ),
        Example(
            "γράψε nikos παπάκι example τελεία gr / מייל avi שטרודל example נקודה net",
            ("nikos@example.gr", "avi@example.net"),
            note="Greek and Hebrew spellings",
        ),
        Example(
            "ติดต่อ nok แอท example ดอท net, मेल rahul एट example डॉट org",
            ("nok@example.net", "rahul@example.org"),
            note="Thai and Hindi spellings",
        ),
        Example("noa-at-example-dot-com", ("noa@example.com",), note="'at' and 'dot' glued with hyphens"),
        Example("anna underscore bell at example dot org", ("anna_bell@example.org",), note="a spelled underscore"),
        Example(
            "jan-at-home, see meet-at-home.example.com, die Qualität ät ihrer besten, ig: mia_at_example_dot_net",
            (),
            note="glued 'at' without a domain; 'ät' in words; underscores make a username",
        ),
        Example("hero@2x.png, banner@3x.jpg", (), note="image file names"),
        Example("meet me at the station. com", (), note="the word 'at' alone"),
        Example("book at mysite.example.net/book now", (), note="'at' before a web address"),
        Example("version 2.0@home", (), note="no top-level domain"),
        Example(
            "mila -at- example -dot- org, tom *at* example *dot* net",
            ("mila@example.org", "tom@example.net"),
            note="at and dot wrapped like brackets",
        ),
        Example(
            "nina at example dotcom; pia arroba example puntonet; mara@example•org",
            ("nina@example.com", "pia@example.net", "mara@example.org"),
            note="the dot glued to the top-level domain; a bullet for the dot",
        ),
        Example(
            "ji.ho 앳 example 닷 kr, omid ات example دات ir, ola a-rond example punct ro",
            ("ji.ho@example.kr", "omid@example.ir", "ola@example.ro"),
            note="Korean, Persian and Romanian spellings",
        ),
        Example(
            "yui atmark example.jp, ben (at sign) example.org",
            ("yui@example.jp", "ben@example.org"),
            note="'atmark' and '(at sign)'",
        ),
        Example(
            "IG @mia.rose.vip, DM @lena.vip, pay p@ypal.me/lenaxo, tiktok adalah @putri.dance",
            (),
            note="handles after a word, a link with a path",
        ),
        Example(
            "пиши ми: ivana.m мајмунче example тачка rs, rašyk: jonas.k eta example taškas lt",
            ("ivana.m@example.rs", "jonas.k@example.lt"),
            note="Serbian and Lithuanian spellings",
        ),
        Example(
            "mail: rahul.v at the rate example dot in; ইমেইল: mita অ্যাট example ডট com",
            ("rahul.v@example.in", "mita@example.com"),
            note="'at the rate' of South Asian English; Bengali",
        ),
        Example(
            "kontakt: lena ⓐ example.net, nina•k@example•org",
            ("lena@example.net", "nina.k@example.org"),
            note="a circled a standing alone for the at sign; a bullet for the dot of the local part",
        ),
        Example(
            "ⓐⓝⓝⓐ, an ⓐ-list model; the rate at example.com is fair",
            (),
            note="circled letters in words; 'at' after a plain word",
        ),
        Example(
            "mira ĉe example punkto net, ana_88 շնիկ example կետ org, deniz et işareti example nokta com",
            ("mira@example.net", "ana_88@example.org", "deniz@example.com"),
            note="'at' and 'dot' spelled in Esperanto, Armenian and Turkish",
        ),
        Example(
            "nora_b «at» example «dot» org, yui 〔at〕 example 〔dot〕 net, li【at】example【dot】com",
            ("nora_b@example.org", "yui@example.net", "li@example.com"),
            note="guillemets and CJK brackets around 'at' and 'dot'",
        ),
        Example("meet me «at» the station, gwen malwen cafe", (), note="no domain after a bracketed 'at'"),
        Example(
            "nadia ⦃at⦄ example ⦃dot⦄ org, tove ❪at❫ example ❪dot❫ net",
            ("nadia@example.org", "tove@example.net"),
            note="any pair of Unicode opening and closing brackets around 'at' and 'dot'",
        ),
        Example("meet me ⦅at⦆ the station ⦅dot⦆", (), note="no domain after a bracketed 'at'"),
        Example(
            "zamira.ish @ example nöqtə org, bolor @ example цэг net, hanna @ example tikka com",
            ("zamira.ish@example.org", "bolor@example.net", "hanna@example.com"),
            note="'dot' spelled in Azerbaijani, Mongolian and Maltese",
        ),
        Example(
            "dara.lim អាត់ example ចុច net, juma አት example ነጥብ org, nuwan ඇට් example ඩොට් com",
            ("dara.lim@example.net", "juma@example.org", "nuwan@example.com"),
            note="'at' and 'dot' in Khmer, Amharic and Sinhala",
        ),
        Example("write to rina​ㅤ@ㅤexample.com", ("rina@example.com",), note="Hangul fillers around the at sign"),
        Example(
            '<a href="mailto:ola%40example.net">, mia&#64;example&#x2E;org, tom&commat;example.com',
            ("ola@example.net", "mia@example.org", "tom@example.com"),
            note="URL-encoded and HTML character references for '@' and '.'",
        ),
        Example(
            "kim_b*example.com (replace * with @), vera$example.org — remplacez $ par @",
            ("kim_b@example.com", "vera@example.org"),
            note="a sign the text says to read as '@'",
        ),
        Example("price 5&#64;home, DM @lea and @lea.studio on IG", (), note="an entity without an address; handles"),
        Example(
            "ଇମେଲ: ravi.p ଏଟ example ଡଟ in; ელფოსტა: nino.g ეთ example დოთ ge; mail: tal מ example דוט com",
            ("ravi.p@example.in", "nino.g@example.ge"),
            note="the English 'at' and 'dot' as Odia and Georgian write them, read by transliteration; no 'at'",
        ),
        Example(
            "ёзинг: aziz.r эт example нуқта uz, пишете: ivo.p маймунка example точка ком",
            ("aziz.r@example.uz", "ivo.p@example.com"),
            note="a listed spelling in another script (Cyrillic 'нуқта' is Uzbek 'nuqta'); the domain in Cyrillic",
        ),
        Example(
            "send anna от example.com, сайт это example.org, תבדקו את example.net, ravi ଏଟ example ଡଟ com ଓ more",
            ("ravi@example.com",),
            note="words of other scripts that are no 'at' (Russian 'от', Hebrew 'את'); a word that is no dot ends",
        ),
        Example(
            "tove·at·example·dot·se, ian•at•example•dot•org",
            ("tove@example.se", "ian@example.org"),
            note="'at' and 'dot' glued between middle dots or bullets",
        ),
        Example(
            "write to kim.leeANTIBOT@example.net (borra ANTIBOT), lou.NOSPAM@example.org; mail annaLOPEZ@example.org",
            ("kim.lee@example.net", "lou@example.org", "annalopez@example.org"),
            note="a decoy in capitals that the text names again or calls spam; a name in capitals stays",
        ),
        Example(
            "seòladh: eilidh.r aig example dot com; Ríomhphost: ciara.b ag example ponc ie",
            ("eilidh.r@example.com", "ciara.b@example.ie"),
            note="Scottish Gaelic 'aig' and Irish 'ag' for 'at', under the rules of the bare 'at'",
        ),
        Example("tha mi aig an taigh, bhí mé ag obair ag example.com", (), note="'aig' and 'ag' in sentences"),
        Example(
            "kara _at_ example _dot_ org, ana **at** example __dot__ net, tom [ at ] example . org",
            ("kara@example.org", "ana@example.net", "tom@example.org"),
            note="Markdown emphasis (single or doubled) around 'at' and 'dot'; spaces inside the brackets",
        ),
        Example(
            "jobs Affenohr example Punkt org; ivo лудо а example тачка rs; sara kanelbulle example punkt se",
            ("jobs@example.org", "ivo@example.rs", "sara@example.se"),
            note="slang for the at sign: German 'Affenohr', Serbian 'лудо а', Swedish 'kanelbulle'",
        ),
        Example(
            "mail: lola.b 💌@💌 example.net; пишите на olga.v@example.org до 15/11",
            ("lola.b@example.net", "olga.v@example.org"),
            note="emoji around the at sign; a word of another script and a date after the address",
        ),
        Example(
            "meet me _at_ the cafe, 🌹@🌹 home, DM 📩 @lena.vip",
            (),
            note="wrapped 'at' and an emoji '@' without a domain; an emoji apart before a handle",
        ),
        Example(
            "ana.lima a comercial example ponto com; mert_k kuyruklu a example nokta net",
            ("ana.lima@example.com", "mert_k@example.net"),
            note="a phrase for the at sign with a lone 'a' in it, between a mailbox and a spelled domain",
        ),
        Example(
            "pisz: ola.b małpką example kropka pl; ivo.r majmunče example tačka hr; "
            "vera.k coada maimutei example punct ro",
            ("ola.b@example.pl", "ivo.r@example.hr", "vera.k@example.ro"),
            note="inflected and diminutive names of the at sign, read from the first letters of a known name",
        ),
        Example(
            "sam commercial at example full stop net, tia.m (at sign) example (doht) org",
            ("sam@example.net", "tia.m@example.org"),
            note="the signs' Unicode names ('commercial at', 'full stop'); 'dot' respelled as it sounds",
        ),
        Example(
            "see anna.k or visit example dot com; mia_2 papa example punto com; jo.b a example dot png",
            (),
            note="words that name no at sign between a mailbox and a domain; a file extension",
        ),
        Example(
            "git clone git@example.com:team/app.git or ssh deploy@example.org:~/logs",
            (),
            note="a remote for ssh and git (user@host:path) names a server account, not a mailbox",
        ),
        Example(
            "andika kazi.mombasa kwa example nukta org, γράψε eleni.k στο example τελεία gr",
            ("kazi.mombasa@example.org", "eleni.k@example.gr"),
            note="the language's 'at' (Swahili, Greek) between a mailbox and a domain with a spelled dot",
        ),
        Example(
            "ana.pop coadă example punct ro, tom_r 🐌 example (dot) net",
            ("ana.pop@example.ro", "tom_r@example.net"),
            note="a picture the at sign's names draw: the tail alone, the snail emoji",
        ),
        Example(
            "메일: min.s 골뱅이 example 쩜 com",
            ("min.s@example.com",),
            note="colloquial Korean 쩜 for the dot",
        ),
        Example(
            "Correo: maria.\njose@example.es\nKontakt: lena-\nsophie@example.de",
            ("maria.jose@example.es", "lena-sophie@example.de"),
            note="a local part cut by a line break after its dot or hyphen, right after the label",
        ),
        Example(
            "We will call you.\njobs@example.com",
            ("jobs@example.com",),
            note="a sentence's last word before the line break is no piece of the address",
        ),
        Example(
            "Fediverse: @mira@toot.example.org (no mail there); mail mira.k@example.org",
            ("mira.k@example.org",),
            note="a fediverse account (@name@server) receives no mail",
        ),
        Example(
            "ຕິດຕໍ່ noy.lp ແອັດ example ດອດ com; e-pos: sipho.m by example punt org",
            ("noy.lp@example.com", "sipho.m@example.org"),
            note="Lao loanwords with an unreleased final; Afrikaans 'by' for the at sign",
        ),
        Example("posted by example punt com", (), note="'by' without a mailbox before it"),
        Example(
            'cfg = {"mail": "rui.p\\u0040example.org", "alt": "jo\\x40example\\u002enet"}',
            ("rui.p@example.org", "jo@example.net"),
            note="JSON and JavaScript escapes of '@' and '.' left in the text",
        ),
        Example('path = "C:\\u0040home\\x40"', (), note="escapes with no address around them"),
        Example(
            "연락처: mina_k%example.kr (%을 @로 바꿔 주세요) · yazın: deniz~example.com.tr (~ yerine @)",
            ("mina_k@example.kr", "deniz@example.com.tr"),
            note="the sign-first instruction: Korean particle, Turkish 'yerine'",
        ),
        Example(
            "liên hệ: an.nguyen$example.vn (đổi $ thành @); or sam+example.io — write @ instead of +",
            ("an.nguyen@example.vn", "sam@example.io"),
            note="Vietnamese 'thành'; the at sign named first ('@ instead of +')",
        ),
        Example("$5 off at example.com → @ us on socials", (), note="an arrow to '@' with no sign glued in a word"),
        Example(
            "CV: olek.nowak@example.\npl or mira@example .org, ewa.z@example. com",
            ("olek.nowak@example.pl", "mira@example.org", "ewa.z@example.com"),
            note="a line break or a stray space beside the last dot",
        ),
        Example("ping rosa@home. It was late; ask ana@work. No reply", (), note="a sentence's full stop after a name"),
        Example(
            "KONTAKT: JAN . KOWAL AT EXAMPLE . PL; cv : stage a commerciale example punto it",
            ("jan.kowal@example.pl", "stage@example.it"),
            note="spaced dots with a bare AT in capitals; Italian 'a commerciale' before an unmarked word",
        ),
        Example("see you at the club . com; il a trouvé site point com", (), note="no mailbox, no name of '@'"),
        Example(
            "ইমেইল: rupa.k অ্যাট দ্য রেট example ডট com",
            ("rupa.k@example.com",),
            note="Bengali 'at the rate': a phrase holding a name of '@' in another script",
        ),
        Example(
            "Correo — usuario: ana.b, dominio: example.org; 用户名：li.na 域名：example.cn",
            ("ana.b@example.org", "li.na@example.cn"),
            note="the mailbox and the domain given apart, each after its label",
        ),
        Example(
            "login: mia.k • host: example.com · nome: gio.r ・ servidor: example.org",
            ("mia.k@example.com", "gio.r@example.org"),
            note="other labels of the two pieces, other separators between them",
        ),
        Example(
            "write to tom.h and example.net, put an @ between; ana.b y example.org, pon la arroba en medio",
            ("tom.h@example.net", "ana.b@example.org"),
            note="two pieces side by side and an instruction to put '@' between them",
        ),
        Example(
            "example.com between 9 and 5; lena and example.org are in between jobs",
            (),
            note="'between' with no at sign named",
        ),
        Example("domain: example.net is for sale; user: admin / domain: setup.exe", (), note="a domain alone; a file"),
        Example(
            "pishi: lera.v sobaka example tochka ru, ili olya22 sobachka example krapka net",
            ("lera.v@example.ru", "olya22@example.net"),
            note="Cyrillic spellings of '@' and the dot written in Latin letters",
        ),
        Example("moya sobaka lyubit parki. tochka", (), note="the romanised words in a sentence: no address"),
        Example(
            "write to zoe.t at example period org or dan full-stop k at example fullstop com",
            ("zoe.t@example.org", "dan.k@example.com"),
            note="'period' and 'full stop' for the dot",
        ),
        Example("The trial period at school ends. com", (), note="'period' in a sentence"),
        Example(
            "ផ្ញើមក sokha.r អាត់ example ដត់ org",
            ("sokha.r@example.org",),
            note="Khmer 'dot' with the sign that shortens its final (bantoc): read as it sounds",
        ),
        Example(
            "cv: jobs_desk_at_example_dot_org; e-mail: lena.p_at_mail_dot_example_dot_net",
            ("jobs_desk@example.org", "lena.p@mail.example.net"),
            note="an address glued with underscores, every sign spelled, after a label",
        ),
        Example(
            "write to jobs_at_example_dot_org or hr_team_at_mail_dot_example_dot_net",
            ("jobs@example.org", "hr_team@mail.example.net"),
            note="a role's mailbox glued with underscores, with no platform's name before it",
        ),
        Example(
            "nora_at_home; mia_at_example_dot_com; snap jobs_at_example_dot_com; login: ida_at_example_dot_org; "
            "file: ana_at_work_dot_png",
            (),
            note="usernames: without a domain, a person's name alone, after a platform's name or a username's label; "
            "a file name",
        ),
        Example(
            "Kontakt: j.nowak@przy-\nklad.pl, biuro@exam-\nple.com.pl",
            ("j.nowak@przyklad.pl", "biuro@example.com.pl"),
            note="a domain hyphenated at a line break (OCR, typesetting)",
        ),
        Example(
            "mail ana@example.com - \nnew line; tom@pre- fix.com", ("ana@example.com",), note="no line break inside"
        ),
        Example(
            "Email: ΝΙΚΗ.Κ@example.com, ΑΝΤΟΝ@example.net; Ελένη: ελενη@example.gr",
            ("nikh.k@example.com", "anton@example.net", "ελενη@example.gr"),
            note="a mailbox in capitals of another script that all look like Latin ones, before a Latin domain",
        ),
        Example(
            "Kontakt: jonas.berg@mail\nbox.org\nor: noor_h@exa\nmple.net; 联系 lan_xi ＠ example · cn",
            ("jonas.berg@mailbox.org", "noor_h@example.net", "lan_xi@example.cn"),
            note="a line break inside a domain's label; a spaced middle dot before a top-level domain",
        ),
        Example(
            "IG@lena\nexample.com; see you @home\nexample.org; list · com · net",
            (),
            note="a platform's name before the '@'; an '@' spaced from the word before; dots of a list",
        ),
        Example(
            "schriib: marco.b Äffli example Pünktli ch; пишите: oleg_k собачка example тчк ru;"
            " tia d0t m at example d00t net",
            ("marco.b@example.ch", "oleg_k@example.ru", "tia.m@example.net"),
            note="Swiss German and the Russian telegram abbreviation тчк; 'dot' with zeros",
        ),
        Example(
            'mail: <b>ruth.k</b><i>@</i>example.org; var m = "li.wen" + "@" + "example.net";'
            " $a = 'ivo' . '@example.com';",
            ("ruth.k@example.org", "li.wen@example.net", "ivo@example.com"),
            note="an '@' set apart by mark-up; addresses joined from quoted pieces in code",
        ),
        Example(
            "reach me: sol.vⓐexample.net or ⓒⓐⓣⓢ@example.org",
            ("sol.v@example.net", "cats@example.org"),
            note="a circled a glued between plain letters is the at sign; among circled letters, a letter",
        ),
        Example(
            "<b>Price</b> @ <i>home</i>; 'rent' + 'bills'; the d0t matrix",
            (),
            note="mark-up around an '@' of prose; code joining words without an address",
        ),
        Example(
            "Email: siobhan.o'connor@example.ie; o'hara@example.org",
            ("siobhan.o'connor@example.ie", "o'hara@example.org"),
            note="an apostrophe inside the local part (RFC 5322)",
        ),
        Example(
            "Écrivez à l'adresse d'elise@example.fr",
            ("elise@example.fr",),
            note="an elided French article before the name is no part of it",
        ),
        Example(
            "Contact: <i>ops</i>@<i>example</i>.net or team&#64;<b>example</b>&period;org",
            ("ops@example.net", "team@example.org"),
            note="mark-up inside the address is read through",
        ),
        Example("Azərbaycan: hr.baku at işarəsi example nöqtə az", ("hr.baku@example.az",), note="az: 'at işarəsi'"),
        Example("Жаз: aibek.t собака example чекит kg", ("aibek.t@example.kg",), note="ky: 'чекит' for the dot"),
    )

    def extract(self, ctx: FieldContext) -> Iterator[Entity]:
        text = ctx.text.text
        if "ⓐ" in ctx.text.original or "Ⓐ" in ctx.text.original:
            text = _circled_at(ctx)
        starts: list[int] | None = None
        ends: list[int] = []
        stand_ins = _stand_in_spans(text) if "#" in text or "*" in text else []
        hinted = "&" in text or "%" in text or "@" in text or "\\" in text or stand_ins
        if hinted and (decoded := _decoded(text, ctx, stand_ins)) is not None:
            text, starts, ends = decoded
        done = 0
        gaps: list[tuple[int, int]] = []
        spans: list[tuple[int, int]] = []
        split: list[int] = []
        for cue in _cues(text, gaps, split):
            if cue < done:
                continue
            m = _match_before(text, cue)
            if m is None:
                if starts is None and text.startswith("@", cue) and "\n" in ctx.text.original:
                    joined = _wrapped_domain(ctx, text, cue)
                    if joined is not None and not any(a < joined[2] and joined[1] < b for a, b in spans):
                        done = joined[2]
                        spans.append((joined[1], joined[2]))
                        yield self.entity(ctx, *joined)
                continue
            end = _domain_end(m)  # the pattern may have run on past words of another script ("… com μέχρι 20/12")
            if _PATH_AFTER.match(text, end) or _handle_after_word(m) or _fediverse(text, m):
                continue  # "p@ypal.me/name" is a link; "IG @rosa.lane.vip" a handle after a platform's name
            value = _value(m, end)
            fix = _CORRECTION.match(text, end) if value is not None and starts is None else None
            if (
                value is not None
                and fix is not None
                and _tld_ok(fix.group("tld"), True)
                and fix.group("tld") not in _FILE_EXTENSIONS
            ):
                value = value.rsplit(".", 1)[0] + "." + fix.group("tld")  # "… point fr, euh point com"
                end = fix.end()
            if value is not None:
                done = end
                wrapped = _WRAPPED_LOCAL.search(text, max(0, m.start() - 64), m.start()) if m.start() > 1 else None
                if (
                    wrapped is not None
                    and starts is None
                    and "\n" in ctx.text.original_at(m.start() - 1, m.start())
                    and value.startswith(text[m.start() : cue].lower())
                ):
                    # the local part wrapped at the end of a line after a dot or hyphen ("alexandra.⏎moreau@…")
                    found = self.entity(ctx, wrapped.group(1).lower() + value, wrapped.start(1), end)
                elif starts is None:
                    found = self.entity(ctx, value, m.start(), end)
                else:
                    found = self.entity(ctx, value, starts[m.start()], ends[end - 1])
                if not value.isascii() and starts is None:
                    found = _latin_mailbox(ctx, found, m)
                if _DECOY_ANY.search(ctx.text.original, found.start, found.end):
                    found = found.model_copy(update={"value": _without_decoy(ctx.text.original, found)})
                spans.append((m.start(), end))
                yield found
        if split:
            for pattern in (_SPLIT_ADDRESS, _AT_BETWEEN):
                if pattern is _AT_BETWEEN and _AT_NAMED.search(text) is None:
                    continue  # "between" with no at sign named: no instruction to put one
                for m in pattern.finditer(text):
                    tld = m.group("domain").rsplit(".", 1)[-1]
                    if starts is not None or not _tld_ok(tld, True) or tld in _FILE_EXTENSIONS:
                        continue
                    end = m.end("domain")
                    if any(a < end and m.start("local") < b for a, b in spans):
                        continue
                    spans.append((m.start("local"), end))
                    yield self.entity(ctx, f"{m.group('local')}@{m.group('domain')}", m.start("local"), end)
        if starts is None and "," in text and "@" in text and _COMMA_TLD_HINT.search(text) is not None:
            for m in _COMMA_TLD.finditer(text):  # "kontakt@example,com": the comma an OCR or a slip put for the dot
                if not m.group("local").replace(".", "").isdigit() and not any(
                    a < m.end() and m.start() < b for a, b in spans
                ):
                    spans.append((m.start(), m.end()))
                    yield self.entity(ctx, f"{m.group('local')}@{m.group('label')}.{m.group('tld')}".lower(), *m.span())
        if "_at_" in text:
            for m in _UNDERSCORED.finditer(text):
                labels = m.group("domain").split("_dot_")
                if not _tld_ok(labels[-1], True) or any(a < m.end() and m.start() < b for a, b in spans):
                    continue
                label = _LABEL_BEFORE.search(text, max(0, m.start() - 24), m.start())
                if label is None:
                    word = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
                    role = _ROLE_PART.split(m.group("local"), 1)[0] in _ROLE_MAILBOXES
                    if not role or (word is not None and is_platform_word(word.group(1))):
                        continue  # "nora_at_example_dot_com" alone, "snap jobs_at_…": a username as written
                elif is_platform_word(label.group(1)) or _USER_LABEL.fullmatch(label.group(1)):
                    continue  # "ig: mia_at_example_dot_net", "login: …": a username as written
                spans.append((m.start(), m.end()))
                a, b = (m.start(), m.end()) if starts is None else (starts[m.start()], ends[m.end() - 1])
                yield self.entity(ctx, f"{m.group('local')}@{'.'.join(labels)}", a, b)
        if starts is None and "dot" in text:
            for m in _CAPS_TOKEN.finditer(text):
                if "at" not in m.group() or any(a < m.end() and m.start() < b for a, b in spans):
                    continue
                written = _CAPS_GLUED.fullmatch(ctx.text.original_at(m.start(), m.end()))
                if written is None or not _tld_ok(written.group("tld"), True):
                    continue
                spans.append(m.span())
                value = f"{written.group('local')}@{written.group('labels').replace('DOT', '.')}{written.group('tld')}"
                yield self.entity(ctx, value, *m.span())
        if starts is None:  # (a decoded view has its own offsets; the phrases of the at sign are written plain)
            for gap_start, gap_end in gaps:
                gap = _gap_address(text, gap_start, gap_end)
                if gap is not None and not any(a < gap[2] and gap[1] < b for a, b in spans):
                    spans.append((gap[1], gap[2]))
                    yield self.entity(ctx, gap[0], gap[1], gap[2])


_CORRECTION_WORDS = (
    "euh|heu|uh|um|umm|erm|er|eh|ehm|hmm|i mean|sorry|oops|no|nope|non|pardon|je veux dire|ou plutôt|ou plutot|plutôt"
    "|plutot|digo|o sea|perdón|perdon|quiero decir|mejor dicho|desculpa|quer dizer|ops|ähm|äh|ich meine|nein|sorry"
    "|cioè|cioe|anzi|scusa|scusate|ой|нет|то есть|точнее|вернее|yani|pardon|maksudnya|eh maaf|maaf"
)
_CORRECTION = re.compile(
    rf"\s?[,;]?\s?(?:{_CORRECTION_WORDS})[,!.]?\s(?:(?:{_DOT_WORDS})\s|\.\s?)(?P<tld>[a-z]{{2,6}})(?![\w@.-])"
)
"""A top-level domain the writer corrects just after the address ("… point fr, euh point com", "… dot net, sorry,
dot org", "… punto es, digo punto com"): a hesitation or apology, then a spelled or written dot and the ending that
replaces the last one."""
_UNDERSCORED = re.compile(
    r"(?<![\w.@+-])(?P<local>[a-z0-9][a-z0-9.+-]{0,63}(?:_(?!at_)[a-z0-9.+-]{1,63}){0,4}?)_at_"
    r"(?P<domain>[a-z0-9][a-z0-9-]{0,62}(?:_dot_[a-z0-9][a-z0-9-]{0,62}){1,4})(?![\w@-]|\.\w)"
)
"""An address glued together with underscores, every sign spelled ("hr_at_example_dot_net",
"ana_b_at_mail_dot_co_dot_uk"): the shape a form or a filter that strips spaces leaves. Usernames take underscores,
so it counts only with each dot of the domain spelled "_dot_" up to a known top-level domain, not after a platform's
name or a username's label ("ig: …", "snap …", "login: …": a username as written), and without a label ("cv: …")
only for a role's mailbox ("jobs_at_…", "hr_team_at_…")."""


_LABEL_BEFORE = re.compile(r"([^\W\d_]+)\s?[:：]\s?$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s\-–—=>|·•]{1,3}$")
"""The word just before an address without a label: a platform's name there ("IG jobs_at_…") makes it a username."""
_ROLE_MAILBOXES_TEXT = """
    info jobs job hr careers career contact contacto contato kontakt office admin support help hello team sales mail
    recruit recruiting recruitment recruiter hiring hire apply applications bookings booking reservations enquiries
    inquiries press service services billing accounts postmaster webmaster staff cv resume empleo empleos trabajo
    rrhh rh emploi recrutement travail vagas trabalho bewerbung karriere personal lavoro praca rekrutacja kerja loker
    agency agencia agence casting models
"""
_ROLE_MAILBOXES = frozenset(_ROLE_MAILBOXES_TEXT.split())
"""Mailboxes of a role, not of a person (RFC 2142 and the job and agency desks of many languages): written alone and
glued with "_at_", "jobs_at_example_dot_org" is an address; a person's "nora_at_example_dot_com" may be a username."""
_ROLE_PART = re.compile(r"[._+\-]")


_SPLIT_USER_WORDS = (
    "user|username|user name|login|local part|local-part|mailbox|utilisateur|nom d'utilisateur|identifiant|usuario"
    "|nombre de usuario|usuário|utente|nome utente|benutzer|benutzername|nutzer|użytkownik|login|пользователь|логин"
    "|ящик|kullanıcı|kullanıcı adı|tên|tên người dùng|pengguna|ユーザー|ユーザー名|ユーザ名|用户|用户名|用戶|用戶名"
    "|사용자|사용자명|아이디|name|nom|nombre|nome|имя|nama|isim|account|konto|cuenta|conta|compte|аккаунт"
)
_SPLIT_DOMAIN_WORDS = (
    "domain",
    "domaine",
    "dominio",
    "domínio",
    "domäne",
    "domena",
    "домен",
    "alan adı",
    "tên miền",
    "ドメイン",
    "域名",
    "도메인",
    "server",
    "mail server",
    "host",
    "provider",
    "serveur",
    "hôte",
    "servidor",
    "provedor",
    "proveedor",
    "anbieter",
    "сервер",
    "sunucu",
    "máy chủ",
    "服务器",
    "サーバー",
    "서버",
)
_USER_LABEL = re.compile(_SPLIT_USER_WORDS)
_SPLIT_ADDRESS = re.compile(
    rf"(?<![^\W_])(?:{_SPLIT_USER_WORDS})\s?[:：=]\s?(?P<local>[a-z0-9](?:[a-z0-9._+-]{{0,62}}[a-z0-9])?)\s?"
    rf"(?:[/|,;+&·•∙・、，；]|and|et|y|e|und|и|i)?\s?(?:{'|'.join(_SPLIT_DOMAIN_WORDS)})\s?[:：=]\s?"
    r"(?P<domain>[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)(?![\w@-]|\.\w)"
)
_AT_BETWEEN_WORDS = (
    "between",
    "in between",
    "in the middle",
    "entre",
    "entre les deux",
    "au milieu",
    "en medio",
    "no meio",
    "in mezzo",
    "dazwischen",
    "между",
    "посередине",
    "arasına",
    "ở giữa",
    "di tengah",
    "di antara",
    "中间",
    "の間",
    "사이에",
)
_AT_BETWEEN = re.compile(
    r"(?<![\w.@+-])(?P<local>[a-z0-9](?:[a-z0-9._+-]{0,62}[a-z0-9])?)\s?(?:[/|,;+&·•∙・、，；]|and|et|y|e|und|и)?\s?"
    r"(?P<domain>[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)(?![\w@-]|\.\w)"
    r"\s?[(\[,;:—–-]?\s?(?:[^\W\d_]+\s){0,3}?(?:@|\(at\)|\[at\]|at sign|at-sign|arroba|arobase|собак[уа]|собачк[уа])\s?"
    rf"(?:{'|'.join(_AT_BETWEEN_WORDS)})(?![^\W_])"
)
"""Two pieces of an address side by side and an instruction to put the at sign between them ("kira.m + example.net
(put @ between)", "ana.b y example.org, pon la arroba en medio", "li.na example.cn — @ dazwischen"): up to three words
(the verb, an article) before the sign. Run only where ``_rare_cues`` found a word for "between"."""
_AT_NAMED = re.compile(r"@|\(at\)|\[at\]|at.sign|arroba|arobase|собак|собачк")
"""A quick test for ``_AT_BETWEEN``: the at sign, or a name of it, is in the text."""
"""An address given in two pieces, the mailbox and the domain each after its label ("user: lina.hr / domain:
example.net", "usuario: ana.b, dominio: example.org", "用户名：li.na 域名：example.cn"). Run only where the automaton of
``_rare_cues`` found a label of the domain."""


_WRAPPED_LOCAL = re.compile(r"[:：]\s?([a-z0-9](?:[a-z0-9_+]|[.-](?=[a-z0-9]))*[.-])\s$")
"""The first piece of a local part that a line break cut after a dot or a hyphen, right after a label's colon
("E-mail: alexandra.⏎moreau@…"; a sentence's last word before a line break is no piece of an address)."""
_WRAPPED_DOMAIN = re.compile(
    r"(?P<head>[a-z0-9][a-z0-9-]{0,62}) (?P<tail>[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.(?P<tld>[a-z]{2,24}))"
    r"(?![\w@-]|\.\w)"
)
_LOCAL_BEFORE_AT = re.compile(r"(?<![\w.+-])[a-z0-9](?:[a-z0-9_.+-]{0,62}[a-z0-9_])?$")
"""A domain that a line break cut inside a label ("daria@exam⏎ple.com"): the two pieces join when the original has
a line break, and nothing else, between them and the rest ends with a known top-level domain."""


def _wrapped_domain(ctx: FieldContext, text: str, at: int) -> tuple[str, int, int] | None:
    """(value, start, end) of the address whose domain a line break cut inside a label, the plain '@' at ``at``
    (``_WRAPPED_DOMAIN``)."""
    m = _WRAPPED_DOMAIN.match(text, at + 1)
    local = _LOCAL_BEFORE_AT.search(text, max(0, at - 64), at)
    if m is None or local is None or not _tld_ok(m.group("tld"), True) or m.group("tld") in _FILE_EXTENSIONS:
        return None
    if is_platform_word(local.group()):
        return None  # "IG@home⏎…": a platform's name before a handle
    gap = m.end("head")
    if ctx.text.original_at(gap, gap + 1).strip(" \r") != "\n":
        return None
    value = f"{local.group()}@{m.group('head')}{m.group('tail')}"
    return value, local.start(), m.end()


_ENCODED = re.compile(
    r"(?P<at>&#0*64;|&#x0*40;|&commat;|%40|\\u0040|\\U00000040|\\u\{0*40\}|\\x40)"
    r"|&#0*46;|&#x0*2e;|&period;|\\u002e|\\U0000002e|\\u\{0*2e\}|\\x2e",
    re.IGNORECASE,
)
"""An at sign or a dot written as an HTML character reference ("info&#64;example.org", "anna&#x40;example&#46;net"),
URL-encoded in a link ("mailto:jobs%40example.com") or as the escape of a string in code or JSON left in the text
("tom\\u0040example.com", "\\x40", JavaScript "\\u{40}", "\\u002e" for the dot)."""
_SPACED_LAST_DOT = re.compile(
    r"@[^\W_](?:[\w-]{0,61}[^\W_])?(?P<gap>[ \t]{0,2}\.(?:[ \t]{1,2}|[ \t]{0,2}\n[ \t]{0,2})|[ \t]{1,2}\.[ \t]{0,2})"
    r"(?P<tld>[a-z]{2,4})(?![\w@-]|\.\w)"
)
"""A domain of one label whose last dot a stray space or a line break follows or precedes ("nina@example. com",
"biuro@example.⏎com", "ana@example .org"): read as the dot when a common top-level domain follows (``_SPACED_TLDS``)."""
_TAG = r"<[^<>@\n]{0,80}>"
_TAGGED_AT = re.compile(rf"(?<=[^\W_])\s?(?:{_TAG}\s?)*@(?:\s?{_TAG})*\s?(?=[^\W_])")
"""An at sign set apart by mark-up ("nika<span class="x">@</span>example.com", "ana<!-- -->@<b></b>example.org"):
a page that hides the address from harvesters in its source still shows it whole on the screen."""
_TAG_ONLY = re.compile(_TAG)
_MARKED_AT = r"(?:@|&#0*64;|&#x0*40;|&commat;)"
_MARKED_DOT = r"(?:\.|&#0*46;|&#x0*2e;|&period;)"
_TAGGED_ADDRESS = re.compile(
    rf"(?<![\w.+-])[a-z0-9][\w.+-]{{0,63}}(?:{_TAG})*{_MARKED_AT}(?:{_TAG})*"
    rf"[^\W_][\w-]{{0,62}}(?:(?:{_TAG})*{_MARKED_DOT}(?:{_TAG})*[^\W_][\w-]{{0,62}}){{1,3}}(?![\w@])",
    re.IGNORECASE,
)
"""An address with mark-up inside it, around its at sign or its dots ("marta@<span>example</span>.com",
"<b>hr</b>&#64;<b>example</b>.com"): the tags are read through only there, never between the words of a page."""
_CONCATENATION = re.compile(r"""(?<=[\w.@])(['"`])\s?(?:\+|\.\.?|\|\||&)\s?\1(?=[\w.@])""")
"""The joint between two quoted pieces of code that build a string ("'zoe.m' + '@' + 'example.org'", PHP
"'ana' . '@' . 'example.net'", SQL "'li' || '@example.com'", Lua "..", Basic "&"): the address is their join."""
_HYPHENATED_DOMAIN = re.compile(r"@[^\W_][\w-]{0,60}?[^\W_](?P<gap>- )(?=[^\W_][\w-]{0,60}\.[a-z]{2,})")
"""A domain label hyphenated at the end of a line ("@exam-⏎ple.com", as typesetting or OCR leaves it): the hyphen and
the break are read as nothing, when the original has a line break there (``_decoded`` checks)."""
_SPACED_TLDS_TEXT = """
    com net org info biz edu gov ru ua kz pl cz sk hu ro bg rs hr gr tr fr nl ch dk fi ee lv lt pt br mx cl uk ie jp
    cn kr tw hk th vn ph sg au nz za ng ae pk
"""
_SPACED_TLDS = frozenset(_SPACED_TLDS_TEXT.split())
"""Top-level domains that a stray space may part from their domain: no common word of a sentence that might follow a
name and a full stop ("it", "me", "no", "de", "es", "co", "in", "to", "us", "so", "at", "by", "be", "my", "id", "il",
"se" are left out)."""
_REPLACE_AT_BEFORE = re.compile(
    r"(?:replace|change|swap|substitute|use|ersetze\w*|tausche\w*|remplace\w*|reemplaz\w*|cambi\w*|substitu\w*"
    r"|sostituisci|troque|zamie\w*|замени\w*|поменя\w*|замініть|ganti|thay)"
    r"\s+(?:the\s+|an?\s+|el\s+|le\s+|la\s+|o\s+|a\s+)?[\"'“‘(]?(?P<sign>[^\w\s@])[\"'”’)]?\s+"
    r"(?:with|by|for|to|into|durch|mit|gegen|par|por|pelo|com|con|con\s+la|na|на|dengan|bằng|→|->|=>|=)\s+"
    r"(?:an?\s+|the\s+)?[\"'“‘(]?$"
)
"""An instruction to read a sign as the at sign ("lina.m#example.com (replace # with @)", "ersetze # durch @",
"remplacez # par @", "замените # на @")."""
_REPLACE_SIGN_FIRST = re.compile(
    r"(?P<sign>[^\w\s@\"'“”‘’「」『』()（）\[\]【】])\s?[\"'”’」』)）]?\s?"
    r"(?:を|은|는|을|를|는|换成|換成|改成|改為|改为|替换成|替換成|替换为|替換為|替换|替換|变成|變成|换为|換為|变为|變為"
    r"|yerine|की जगह|के बजाय|ke bajay|thành|เป็น|→|->|=>|⇒|➡|➔|⟶|=|==|:=|means|equals|stands for|is for)"
    r"\s?[\"'“‘「『(（]?$"
)
"""The instruction in the languages that name the sign before the at sign, with a particle or a verb between them
(Japanese "★を@に変えて", Chinese "把#换成@", Korean "#을 @로 바꿔", Turkish "# yerine @", Hindi "# की जगह @",
Vietnamese "đổi # thành @", Thai "เปลี่ยน # เป็น @", an arrow "# → @")."""
_REPLACE_AT_FIRST = re.compile(
    r"\s?[\"'”’)]?\s?(?:instead of|in place of|statt|anstatt|anstelle von|au lieu de|à la place de|a la place de"
    r"|en lugar de|en vez de|invece di|al posto di|em vez de|no lugar de|zamiast|вместо|замість|thay vì|thay cho"
    r"|bukan|daripada|yerine)\s[\"'“‘(]?(?P<sign>[^\w\s@\"'“”‘’()])"
)
"""The instruction that names the at sign first ("write @ instead of #", "@ statt #", "@ au lieu de *",
"@ вместо #")."""


_CAPS_TOKEN = re.compile(r"(?<![\w.@/-])[a-z0-9][a-z0-9._-]{4,120}(?![\w@/])")
_CAPS_GLUED = re.compile(
    r"(?P<local>[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?)AT(?P<labels>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?DOT){1,4})"
    r"(?P<tld>[a-z]{2,18})"
)
"""An address with its at sign and dots spelled in capitals glued between lower-case labels ("kateATexampleDOTnet",
"mia.rATmailDOTexampleDOTorg"): the capitals are the separators, so the word needs no spaces; the case of the
original decides, and the ending must be a known top-level domain."""


def _latin_mailbox(ctx: FieldContext, found: Entity, m: re.Match[str]) -> Entity:
    """The address with a mailbox written in capitals of another script that all look like Latin ones read in Latin
    ("ΚΑΤΙΑ@example.com" is katia@…), when the domain is Latin: a writer's way round a filter, or a keyboard left in
    the other layout."""
    local, _, domain = found.value.partition("@")
    if not domain.isascii() or local.isascii():
        return found
    latin = latin_capitals(local, ctx.text.original_at(m.start("local"), m.end("local")))
    return found if latin is None else found.model_copy(update={"value": f"{latin}@{domain}"})


_MAIL_LABELS = (
    "e-mail|email|e mail|mail|courriel|correo|correo electrónico|correo electronico|e-posta|eposta|e-post|epost"
    "|sähköposti|sahkoposti|e-pošta|emel|e-mel|surel|почта|эл. почта|e-mail адрес|пошта|ел. пошта|имейл"
    "|邮箱|郵箱|电子邮件|電子郵件|メール|メールアドレス|이메일|อีเมล|ईमेल|ایمیل|ای میل|بريد|البريد|إيميل|ايميل"
)
"""An e-mail's label in many languages ("E-mail:", "correo:", "E-posta:", "邮箱："), before its address."""
_MAIL_ADDRESS_WORDS = "address|adresse|adres|adresa|adresi|dirección|direccion|endereço|endereco|indirizzo|osoite|адрес"
_STAND_IN_SIGNS = "#*"
"""Signs a writer puts for the at sign to pass a filter, glued between letters or digits ("bookings#example.org"):
read so only after an e-mail's label (the caller tests for "#" and "*" before it calls ``_stand_in_spans``). Not
"$": a price's sign in most ads, each one looked at for nothing."""
_LABEL_THEN_LOCAL = re.compile(
    rf"(?<![^\W\d_])(?:{_MAIL_LABELS})(?:[\s-]?(?:{_MAIL_ADDRESS_WORDS}))?\s?[:：=]\s?"
    r"(?P<local>[a-z0-9](?:[a-z0-9._+-]{0,62}[a-z0-9])?)$"
)
"""An e-mail's label, then the mailbox up to a stand-in sign ("E-mail: bookings" before "#example.org")."""
_STAND_IN_DOMAIN = re.compile(
    r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){1,4}(?![\w@#*$-]|\.\w)"
)
_STAND_IN_REACH = 120
"""How far before a stand-in sign its label and mailbox may start."""


def _stand_in_spans(text: str) -> list[tuple[int, int, str]]:
    """Where a sign stands for the at sign of an address right after an e-mail's label ("E-mail:
    bookings#example.org", "correo: ana*example.com"): the label says it is an address, so the sign can only be
    the at sign. The domain must end in a known top-level domain. Looked for at each sign glued between a letter or
    digit and a letter or digit: most are prices and hashtags, dismissed by that test."""
    out: list[tuple[int, int, str]] = []
    for sign in _STAND_IN_SIGNS:
        k = text.find(sign, 1)
        while k > 0:
            if text[k - 1].isalnum() and text[k + 1 : k + 2].isalnum():
                domain = _STAND_IN_DOMAIN.match(text, k + 1)
                if domain is not None and _LABEL_THEN_LOCAL.search(text, max(0, k - _STAND_IN_REACH), k):
                    tld = domain.group().rsplit(".", 1)[-1]
                    if _tld_ok(tld, True) and tld not in _FILE_EXTENSIONS:
                        out.append((k, k + 1, "@"))
            k = text.find(sign, k + 1)
    return out


def _decoded(
    text: str, ctx: FieldContext | None = None, stand_ins: list[tuple[int, int, str]] | None = None
) -> tuple[str, list[int], list[int]] | None:
    """The view with encoded signs decoded and a sign the text says to read as "@" written so, or None if none.

    Returns the decoded text and, for each of its characters, where it starts and ends in the view: an
    address found in the decoded text still points at the characters written. ``stand_ins``: the signs read as the
    at sign after an e-mail's label (``_stand_in_spans``), when the caller has them.
    """
    spans: list[tuple[int, int, str]] = list(_stand_in_spans(text) if stand_ins is None else stand_ins)
    if "&" in text or "%40" in text or "\\" in text:
        spans.extend((m.start(), m.end(), "@" if m.group("at") else ".") for m in _ENCODED.finditer(text))
    k = text.find("@")
    while k >= 0:
        instruction = (
            _REPLACE_AT_BEFORE.search(text, max(0, k - 48), k)
            or _REPLACE_SIGN_FIRST.search(text, max(0, k - 24), k)
            or _REPLACE_AT_FIRST.match(text, k + 1)
        )
        if instruction is not None:
            sign = re.escape(instruction.group("sign"))
            glued = re.compile(rf"(?<=[^\W_]){sign}(?=[^\W_])")  # only where the sign stands inside a word
            spans.extend((m.start(), m.end(), "@") for m in glued.finditer(text))
        k = text.find("@", k + 1)
    if "@" in text and ">" in text:
        spans.extend((m.start(), m.end(), "@") for m in _TAGGED_AT.finditer(text) if m.end() - m.start() > 1)
    if ">" in text and ("@" in text or "&" in text):
        for m in _TAGGED_ADDRESS.finditer(text):
            spans.extend((t.start(), t.end(), "") for t in _TAG_ONLY.finditer(text, m.start(), m.end()))
    if "@" in text and ("'" in text or '"' in text or "`" in text):
        spans.extend((m.start(), m.end(), "") for m in _CONCATENATION.finditer(text))
    if "@" in text and "- " in text and ctx is not None:
        for m in _HYPHENATED_DOMAIN.finditer(text):
            if ctx.text.original_at(m.start("gap"), m.end("gap")).count("\n") == 1:
                spans.append((m.start("gap"), m.end("gap"), ""))
    if "@" in text:
        for m in _SPACED_LAST_DOT.finditer(text):
            if m.group("tld") in _SPACED_TLDS:
                spans.append((m.start("gap"), m.end("gap"), "."))
    if not spans:
        return None
    spans = sorted(set(spans))
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for a, b, sign in spans:
        if a < pos:
            continue
        pieces.append(text[pos:a])
        starts.extend(range(pos, a))
        ends.extend(range(pos + 1, a + 1))
        pieces.append(sign)
        if sign:
            starts.append(a)
            ends.append(b)
        pos = b
    pieces.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return "".join(pieces), starts, ends


_LONE_A = re.compile(r"(?<![^\W_])a(?![^\W_])")


def _circled_at(ctx: FieldContext) -> str:
    """The view with a circled "ⓐ" standing alone written as "@" ("rosa.b ⓐ example.org").

    NFKC makes the circled letter a plain "a"; alone between words it stands for the at sign (a circled
    letter inside a word of circled letters is decoration and stays a letter). One character for one, so
    every offset of the view still holds.
    """
    text = ctx.text.text
    chars = list(text)
    for m in _LONE_A.finditer(text):
        if ctx.text.original_at(m.start(), m.end()) in _CIRCLED_A:
            chars[m.start()] = "@"
    for m in _GLUED_A.finditer(text):
        if ctx.text.original_at(m.start(), m.end()) in _CIRCLED_A and not (
            _enclosed(ctx.text.original_at(m.start() - 1, m.start()))
            or _enclosed(ctx.text.original_at(m.end(), m.end() + 1))
        ):
            chars[m.start()] = "@"  # "luna.bⓐexample.com": glued between plain letters, the sign it looks like
    return "".join(chars)


_CIRCLED_A = ("ⓐ", "Ⓐ")
_GLUED_A = re.compile(r"(?<=[^\W_])a(?=[^\W_])")


def _enclosed(written: str) -> bool:
    """Whether ``written`` is an enclosed (circled, squared, bracketed) letter or digit: part of a decorated word."""
    return (len(written) == 1 and "\u2460" <= written <= "\u24ff") or "\U0001f100" <= written[:1] <= "\U0001f1ff"


def _cues(text: str, gaps: list[tuple[int, int]] | None = None, split: list[int] | None = None) -> list[int]:
    """Where an at sign is written: plain ``@`` and `` at `` by substring search, rarer forms by pattern.

    ``gaps`` receives the spans of spelled dots, ``split`` where a label of a domain given apart ends."""
    found: list[int] = []
    k = text.find("@")
    while k >= 0:
        found.append(k)
        k = text.find("@", k + 1)
    for bare in _BARE_AT:
        k = text.find(bare)
        while k >= 0:
            if _DOMAIN_AHEAD.match(text, k + len(bare)):  # followed by something like a domain
                found.append(k)
            k = text.find(bare, k + 1)
    rare = False
    for last, (cue, length) in _rare_cues().iter(text):
        rare = rare or cue
        if length > 0 and gaps is not None:
            gaps.append((last + 1 - length, last + 1))
        elif length < 0 and split is not None:
            split.append(last)
    if rare:
        found.extend(m.start() for m in _CUE.finditer(text) if text[m.start()] != "@" and m.group() != " at ")
    if not text.isascii():  # "at" spelled in another script ("priya એટ example ડોટ com"): one scan, then a look-up
        for m in _FOREIGN_CUE.finditer(text):
            if _foreign_sign(text[m.start() + 1 : m.end() - 2]) == "@":
                found.append(m.start())
    found.sort()
    return found


_UNSPACED = re.compile(f"[{_UNSPACED_RANGES}]")
_DECOR_CHAR = re.compile(f"[{_DECOR}]")
_BARE_AT = (" at ", " et ", " aig ", " ag ", " pie ")
"""Prepositions that say "at" and are words of every sentence: English "at", Indonesian "et", Scottish Gaelic
"aig", Irish "ag", Latvian "pie". They make an address only under the rules of the bare "at" (see the module's
docstring)."""


def _inner_apostrophe(text: str, k: int) -> bool:
    """Whether ``text[k]`` is an apostrophe between two letters of a local part ("liam.o'brien", "o'neil"), not the
    elided article of French or Italian before a name ("l'adresse d'anna@…" names anna's address)."""
    if not (text[k] in "'’" and 0 < k < len(text) - 1 and text[k - 1].isalpha() and text[k + 1].isalpha()):
        return False
    return text[k - 1] == "o" or (k >= 2 and _local_char(text[k - 2]))


def _local_char(ch: str) -> bool:
    return (ch.isalnum() or ch in "._+-") and _UNSPACED.match(ch) is None


def _match_before(text: str, at: int) -> re.Match[str] | None:
    """The address whose at sign starts at ``at``: its local part is read backwards from there.

    Only the places where an at sign is written are examined, so a long text without
    one costs a single scan.
    """
    end = at
    while end > 0 and (text[end - 1] == " " or _DECOR_CHAR.match(text, end - 1)):
        end -= 1
    start = end
    while start > 0 and end - start < 64 and (_local_char(text[start - 1]) or _inner_apostrophe(text, start - 1)):
        start -= 1
    if start == end:
        return None
    starts = [start]
    for _ in range(4):  # local parts with spelled dots or underscores: jane dot doe, anna underscore bell
        dot = _JOIN_BEFORE.search(text, max(0, start - 32), start)
        if dot is not None:
            start = dot.start()
        elif start >= 2 and text[start - 1] in _GLUE_BULLETS and _local_char(text[start - 2]):
            start -= 1  # "coco•b@…": a bullet for the dot (the pattern's look-ahead cannot see past the window)
        else:
            break
        word_end = start
        while start > 0 and word_end - start < 64 and _local_char(text[start - 1]) and text[start - 1] != ".":
            start -= 1
        if start == word_end:
            break
        starts.append(start)
    pattern = _email_glued() if text.startswith("-at-", at) else _EMAIL
    for candidate in reversed(starts):
        m = pattern.match(text, candidate)
        if m is not None and m.start("at") >= end - 1:
            return m
    return None


_PATH_AFTER = re.compile(r"/[^\s@/]*(?:[\s/?#]|$)|:[\w~.\-]*/")
"""A path after the host: "p@ypal.me/name" is a link (user@host/path), not an address; "a@x.com/b@y.net" lists two.
So is a colon and a path, glued: "git@example.com:team/repo.git" is a remote for ssh and git (user@host:path)."""
_NOT_BEFORE_HANDLE = frozenset(
    {"dm", "dms", "pm", "msg", "message", "follow", "add", "ask", "hit", "find", "tag"}
    | {"and", "or", "y", "et", "und", "oder", "ou", "o", "e", "i", "и", "или", "або", "і", "та", "oraz", "lub", "ve"}
    | {"dan", "atau", "và", "hoặc", "plus", "also", "with", "from", "via", "by", "to", "cc", "vs", "like"}
)


_MAIL_PROVIDERS_TEXT = """
    gmail googlemail yahoo ymail outlook hotmail live msn icloud me mac aol proton protonmail pm gmx web mail yandex
    zoho tutanota tuta qq 163 126 naver daum hanmail
"""
_MAIL_PROVIDERS = frozenset(_MAIL_PROVIDERS_TEXT.split())
"""The first label of the domains of big mail providers: "@name@gmail.com" is an e-mail with a stray '@' before it."""


def _fediverse(text: str, m: re.Match[str]) -> bool:
    """Whether the address is a fediverse account ("@ana@social.example": Mastodon, Misskey, Pixelfed…), written
    with an '@' before the name and a plain '@' before the server, which receives no mail."""
    start = m.start()
    if start == 0 or text[start - 1] != "@" or m.group("at") != "@":
        return False
    if start > 1 and (text[start - 2].isalnum() or text[start - 2] in "._-+"):
        return False
    return m.group("domain").split(".", 1)[0] not in _MAIL_PROVIDERS


def _handle_after_word(m: re.Match[str]) -> bool:
    """Whether "word @name.tld" is a handle after a word: an '@' spaced before it but not after it, and the
    word a platform's name or a word that asks to reach someone ("IG @rosa.lane.vip", "DM @mia.vip")."""
    at = m.group("at")
    if at.strip() != "@" or not at[0].isspace() or at[-1].isspace():
        return False
    local = m.group("local")
    return is_platform_word(local) or local in _NOT_A_MAILBOX or local in _NOT_BEFORE_HANDLE


def _local(raw: str) -> str:
    """The local part with its spelled separators written as characters (dot, underscore, hyphen)."""
    if _PLAIN_LOCAL.fullmatch(raw):
        return ".".join(p for p in raw.split(".") if p)  # the common case: written with dots, if any
    pieces: list[str] = []
    pos = 0
    for sep in _LOCAL_SEP.finditer(raw):
        if sep.start() > pos:
            if pieces and pieces[-1] not in "._-":
                pieces.append(".")
            pieces.append(raw[pos : sep.start()])
        if pieces and pieces[-1] not in "._-":
            pieces.append("_" if sep.group("u") else "-" if sep.group("d") else ".")
        pos = sep.end()
    if pos < len(raw):
        pieces.append(raw[pos:])
    return "".join(pieces).strip("._-")


_DECOY_ANY = re.compile(r"[a-z0-9._-][A-Z]{4}|[A-Z]{4}[a-z0-9._@-]")
_DECOY = re.compile(r"(?<![A-Z])[A-Z]{4,}(?![A-Z])")
_DECOY_WORDS = ("SPAM", "REMOVE", "DELETE")


_DECOY_REACH = 200
"""How far from the address the text may name its decoy again ("… (remove NOSPAM)")."""


def _named_near(original: str, word: str, start: int, end: int) -> bool:
    """Whether ``word`` stands as a word of its own near ``[start, end)`` but outside it (a bounded look)."""
    lo, hi = max(0, start - _DECOY_REACH), min(len(original), end + _DECOY_REACH)
    k = original.find(word, lo, hi)
    while k >= 0:
        before = original[k - 1] if k > 0 else " "
        after = original[k + len(word)] if k + len(word) < len(original) else " "
        if not (start <= k < end) and not (before.isalnum() or after.isalnum()):
            return True
        k = original.find(word, k + 1, hi)
    return False


def _without_decoy(original: str, found: Entity) -> str:
    """The address without a capitalised decoy that the writer glued into it ("mara.ionescuNOSPAM@example.com").

    A run of capitals inside a lower-case address is a decoy when the text names it again on its own ("remove
    NOSPAM", "șterge NOSPAM", in any language: the same capitals) or it says what it is ("NOSPAM",
    "REMOVETHIS"); a name in capitals ("annaLOPEZ@…") named nowhere else stays, and so does an address written in
    capitals throughout.
    """
    written = original[found.start : found.end]
    value = found.value
    if not any(c.islower() for c in written):
        return value  # "MARIE@EXAMPLE.COM": written in capitals throughout
    for run in _DECOY.finditer(written):
        word = run.group()
        if not any(w in word for w in _DECOY_WORDS) and not _named_near(original, word, found.start, found.end):
            continue
        decoy = word.lower()
        local, _, domain = value.partition("@")
        if decoy in local:
            local = local.replace(decoy, "", 1).strip("._-").replace("..", ".")
        else:
            domain = ".".join(x for x in (p.replace(decoy, "", 1).strip("-") for p in domain.split(".")) if x)
        if local and "." in domain:
            value = f"{local}@{domain}"
    return value


def _script_tld(label: str) -> str:
    """A top-level domain written in another script as its Latin name ("нет" net, "ком" com), else ``label``."""
    sound = _sound(label)
    sounds = [sound]
    if len(sound) == 2 and sound.isalpha():
        # an abugida or abjad leaves the short vowel unwritten (Bengali "কম" km, Urdu "کام" km): com, net
        sounds += [sound[0] + vowel + sound[1] for vowel in "oe"]
    for heard in sounds:
        for latin in (heard, heard.replace("k", "c")):
            if latin in _KNOWN_TLDS:
                return latin
    return label


def _domain_end(m: re.Match[str]) -> int:
    """Where the domain ends: before the first word of another script between its labels that spells no dot.

    The pattern takes any such word between labels ("example ডট com"); a word that is no dot ends the address
    ("… com और example …").
    """
    raw_domain = m.group("domain")
    if raw_domain.isascii():
        return m.end()
    for sep in _DOMAIN_SPLIT.finditer(raw_domain):
        known = _DOT_SPLIT.match(raw_domain, sep.start())  # in place: some forms look ahead ("example。com")
        if sep.group().strip() in _GLUE_BULLETS:
            continue  # a spaced middle dot before a top-level domain ("example · com")
        if (known is None or known.end() != sep.end()) and _foreign_sign(sep.group().strip()) != ".":
            return m.start("domain") + sep.start()
    return m.end()


_SLASH_AT_RE = re.compile(_SLASH_AT)
_SLASH_DOT_RE = re.compile(_SLASH_DOT)
_LATIN_AT = re.compile(r"[\x00-\u024f\s]*")
"""An at sign written in Latin letters or signs only ("@", "(at)", "arroba")."""


def _value(m: re.Match[str], end: int) -> str | None:
    local = _local(m.group("local"))
    if not local or local.replace(".", "").isdigit():
        return None
    xat = m.group("xat")
    if xat is not None and _foreign_sign(xat) != "@":
        return None
    raw_domain = m.string[m.start("domain") : end]
    plain_at = m.group("at") == "@"  # "word @name.tld", spaced, needs a known top-level domain like spelled forms
    plain_domain = _PLAIN_DOMAIN.fullmatch(raw_domain) is not None
    labels = [p.strip() for p in _DOMAIN_SPLIT.split(raw_domain) if p]
    if labels and not labels[-1].isascii() and labels[-1] not in _KNOWN_TLDS and not plain_domain:
        labels[-1] = _script_tld(labels[-1])  # "… точка нет": the top-level domain written in another script
        if (
            not local.isascii()
            and not any(c.isdigit() or c in "._" for c in local)
            and not _LATIN_AT.fullmatch(m.group("at").strip())
        ):
            return None  # "मेरी बहन एट घर डॉट कॉम": a word, a spelled at, a word and a spelled ending, all of one script
    if not local.isascii() and all(p.isascii() for p in labels) and not _LATIN_AT.fullmatch(m.group("at").strip()):
        return None  # "मेरी बहन एट example डॉट com": before a Latin domain, a word of another script is the sentence's
    if len(labels) >= 2 and not labels[-1].isalpha() and (unleet := labels[-1].translate(_LEET_TLD)) in _KNOWN_TLDS:
        labels[-1] = unleet  # "d0t c0m", "n3t": a top-level domain with digits for its letters (no TLD has a digit)
    if len(labels) < 2 or not _tld_ok(labels[-1], not (plain_at and plain_domain)) or labels[-1] in _FILE_EXTENSIONS:
        return None
    if m.group("at") == " @" and local in _ADDRESS_WORDS:
        return None  # "Addresses @example.org are blocked": a domain named after a word about addresses
    if any(not p.isascii() and _foreign_sign(p) is not None for p in (local, *labels[:-1])):
        return None  # "ana.k @ ଏଟ ଡଟ com", "ଏଟ @ ana.k ଡଟ com": a spelled at sign or dot of another script is no label
        # of a domain, nor a mailbox
    if local.isascii() and labels[-1].isascii() and not all(p.isascii() for p in labels[:-1]):
        return None  # "ana.k @ от どっと com": a word of another script between a Latin mailbox and a Latin ending
    if not local.isascii() and m.group("at") != "@" and m.group("at").strip() == "@" and labels[-1].isascii():
        return None  # "от @ ana.k どっと com": a word of another script before a spaced '@' is the sentence's
    if _SLASH_AT_RE.fullmatch(m.group("at")) and (
        _SLASH_DOT_RE.search(raw_domain) is None
        or (m.group("at")[0] in _GLUED_WRAPS and f"{m.group('at')[0]}dot{m.group('at')[0]}" not in raw_domain)
    ):
        return None  # "news/at/home.html": glued by slashes, the dot is glued too ("mira/at/example/dot/net"), by the
        # same sign when it is no slash ("sasha~at~example~dot~net")
    if m.group("at") == "-at-" and "-dot-" not in raw_domain:
        return None  # "noa-at-home.com" is a host name; glued, the dot is glued too: "noa-at-example-dot-com"
    if m.group("bare") is not None:
        if " . " in raw_domain and not any(c.isdigit() or c in "._" for c in local):
            return None  # "at home . com": a bare at needs a dot written as a dot or a word, or a mailbox before it
            # ("anna . b at example . com": the spaced dots of a writer dodging filters, in the local part too)
        if local in _NOT_A_MAILBOX:
            return None
        if (
            plain_domain
            and not any(c.isdigit() or c in "._" for c in local)
            and not (
                m.group("bare") == "at"
                and local.isalpha()
                and _CONTACT_BEFORE.search(m.string, max(0, m.start("local") - 24), m.start("local")) is not None
                and labels[-1] in _KNOWN_TLDS
            )
        ):
            return None
    return f"{local}@{'.'.join(labels)}"


_CONTACT_BEFORE = re.compile(
    r"(?:^|[^\w])(?:reach|email|e-mail|mail|write to|write|contact|message|ping|drop|cc|bcc)\s$"
)
"""A verb of writing right before a bare name, a bare "at" and a domain with its dot ("reach marta at example.org",
"email dana at example.net"): the name is the mailbox. "meet marta at example.org" stays a sentence."""
