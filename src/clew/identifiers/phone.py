"""Phone numbers, as written — and as hidden: spelled, leet, spaced out, wrapped in noise.

How a number is found:

0. A cheap test first: seven digits close together, or enough number words; most
   fields without a phone stop here.
1. The numeric view of the field (``clew.text.numbers.digit_view``) writes number
   words, leet and look-alike letters as digits: ``2ONE6-SIX2TWO`` → ``216-622``,
   ``6twentysix-4ohthree-o6oo`` → ``626-403-0600``. Full-width, Arabic-Indic and
   other digits and keycap emoji are ASCII already in the general view. (A URL's
   digits are read as they are.)
2. One compiled pattern finds candidate runs: digit groups separated by any short
   separator noise (``*219~*851~33**77``, ``[9][0][4]``, ``4-1-9-3``, emoji, the bar-like ``丨``).
   Two rarer forms are read apart, only in fields with ten digits: a North American number with
   remarks in brackets between its groups (``312 (no private numbers) 555 (ask for Jade) 0127``), and
   one announced group by group after an area-code cue, across sentences too.
3. In runs long enough to hold a number, groups that are something else are set
   aside, judged from their close context: prices (``$150``, ``150 roses``,
   ``RM300``), dates (``2026-03-14``, ``03/14/2026``, ``18th December``), times
   (``10:30``, ``24/7``), ids and order numbers (``#44129871``, ``ad 4412``,
   ``ID# 195402``, ``CPF``, ``Artikelnummer``), zip codes after their label, body
   measurements (``34-24-36``, ``36C``), heights and weights (``5'6"``, ``140 lbs``),
   ages (``19yo``), codes and hashes, lists (``1 2 3 4 5``, ``2024 2025 2026``), bank
   accounts (an IBAN whose mod-97 check digits verify: ``GB33 BUKB 2020 1555 5555 55``).
4. What is left is split into numbers greedily from the left: at each group, the
   longest concatenation of whole groups that ``phonenumbers`` validates wins, so
   repeats written back to back (``972 555 0114 972 555 0114``) and lists come apart,
   and a price or an age before a number does not stick to it. Only these
   candidates reach ``phonenumbers`` (parse + ``is_valid_number``), after a length
   check, with a cache of results and a budget of validations per field.

Two more forms are read apart: a number sent group by group as messages of one speaker in a chat export ("[12:05]
Kay: 415" / "[12:05] Kay: 555" / …), read from the lines of the original text; and round symbols standing for 0
inside a group ("213 555 ⭕1⭕8", ``clew.text.numbers``). A long group with letters glued on both sides and a
digit after them ("SN6465550131X7") is the middle of a serial or model code.

Region: national numbers are read in the field's region (the document's country,
else the one inferred by ``clew.identifiers.region``); a number written with ``+`` or
``00`` (or the region's own international prefix) is read as international, and so
is the number of a ``wa.me/…`` or ``whatsapp.com/send?phone=…`` link. A number
grouped the North American way (``213-555-0127``) that is not valid in the region is
read as North American, since those are written everywhere without a prefix. A national number (a leading 0) that
the region does not read is read in the country of a city named just before it, else of the flag (or flags of one
country) written in the field ("🇬🇧 … call 0113 496 0…").

``is_obfuscated(text)`` tells whether a number's original characters were written to
dodge filters; rules may use it.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata, PhoneNumberFormat

from clew.identifiers.base import Example, FieldContext, IdentifierType
from clew.model import Entity
from clew.text.numbers import GLUED_DIGITS, NumericView, digit_view, vocabulary
from clew.text.phrases import PhraseIndex
from clew.text.places import place_named

MIN_DIGITS = 7
MAX_DIGITS = 15
"""E.164 allows 15 digits; a longer group of digits is a code, not a number."""
MAX_GROUPS = 16
"""At most this many groups are joined into one number (``4-1-9-3-4-0-4-6-4-5`` has 10)."""
MAX_CANDIDATES = 2000
"""Validation calls per field: bounds the time spent on adversarial input."""

_NANP = frozenset(phonenumbers.region_codes_for_country_code(1))

_INLINE_TAG = r"</?(?:b|i|u|em|strong|span|small|mark|big|tt|code)>"
_DASH_LETTERS = "ー〜"
"""Letters by category that Japanese writes as dashes between digit groups (the long-vowel mark ー): never glued."""
_CANDIDATE = re.compile(rf"\d++(?:(?:{_INLINE_TAG}|[\W_ー丨ǀの]){{1,8}}+\d++)*+")
"""Digit groups with short separators; ``ー`` (the katakana long-vowel mark) is written as a dash, and the
ideograph ``丨`` and the letter ``ǀ``, which look like a bar, as a bar; the particle ``の`` joins the groups of a
number read out in Japanese ("〇二〇の七九四六の…", "ゼロ・ニ・ゼロ の ナナ…"), as ``・`` and ``、`` do. An inline
formatting tag of HTML between two groups is a separator too (``<b>(646)</b> 555-0129``); table cells and blocks
are not."""
_DIGIT_GROUP = re.compile(r"\d+")
_HAS_DIGITS = re.compile(r"\d(?:\D{0,8}+\d){6}")
_LOOKALIKE_HINT = re.compile(r"\d[oil|]|[oil|]\d")
"""A quick test for ``_LOOKALIKE_RUN``: a digit touching one of its letters."""
_LOOKALIKE_RUN = re.compile(r"(?<![^\W\d_])[\doil|]{2,}(?:[\s.\-]?[\doil|]{2,}){2,}(?![^\W\d_])")
"""Seven characters or more of digits and the letters the numeric view reads as 0 and 1 (o, i, l, |), in groups
of two or more, with nothing else in the word: "O49I 57O I26". Its own digits are counted after."""
_HAS_TAGGED_DIGITS = re.compile(rf"\d(?:(?:{_INLINE_TAG}|\D){{0,8}}+\d){{6}}")
"""Seven digits as near as ``_CANDIDATE`` joins them when inline tags stand between them (``</i><span>``), tried
only on a text that has a closing tag."""
"""Cheap test: seven digits with short gaps somewhere, or there is no phone at all. (Possessive: a gap of
non-digits can only end at a digit, so giving some back never helps; the engine does not try.)"""

# -- distractors -------------------------------------------------------------------------

_NUM = r"\d{1,6}(?:[.,]\d{1,3})*"
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"s(?:e|ep)tiembre|octubre|noviembre|diciembre|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|"
    r"septembre|octobre|novembre|d[ée]cembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|"
    r"novembro|dezembro|ianuarie|februarie|martie|aprilie|iunie|iulie|august|septembrie|octombrie|noiembrie|"
    r"decembrie|januari|februari|maret|mei|juni|juli|agustus|oktober|desember|"
    r"январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|"
    r"ноябр[яь]|декабр[яь]|tháng"
)
_UNITS_SPACED = (
    r"roses?|rosas?|dollars?|bucks|euros?|usd|eur|gbp|aud|cad|pounds|pesos|reais|reales|rubles?|руб\w*|лей|"
    r"lei|ron|dong|vnd|đồng|baht|rupees?|ringgit|rp|hours?|hrs?|horas?|heures?|час\w*|jam|giờ|mins?|"
    r"minutes?|minutos|минут\w*|cm|kg|kgs|lbs?|pounds|years?|yrs?|anos|años|ans|лет|года?|tahun|tuổi|"
    r"%|pm|am|a\.m\.|p\.m\.|qv|hh|fh|hhr|fs|hs|ss|bbbj|gfe|pse|incall|outcall|hourly|noches?|nights?"
)
_UNITS_GLUED = r"k|h|x|yo|y\.o\.|y|st|nd|rd|th|ft|in|m|mn|p"
# Every alternative starts with a digit, a symbol or a letter (never a look-behind), so the
# engine skips ahead to the places where one can start; look-behinds come after the first
# character. Alternatives whose name ends in ``_w`` start with a word: the character before
# must not be a letter (checked in ``_keep_mask``).
_CURRENCY = "$€£¥₹₽₩₱฿₫₴₺₦"
_MONEY_BEFORE = re.compile(
    rf"(?:(?<![\w{_CURRENCY}])[{_CURRENCY}]|(?<![^\W\d_])(?:usd|eur|gbp|aud|cad|rm|rs\.?|rp\.?|r\$|us\$|ca\$|a\$|"
    r"au\$|nz\$))\s?$"
)
_SHORT_ID_BEFORE = re.compile(r"(?:(?<![\w#])(?:#|№|n[°º])|(?<![^\W\d_])(?:no|nr|num)\.)\s?$")
_ID_WORDS = (
    "ad|ads|id|ref|order|invoice|inv|txn|post|item|listing|code|pid|sku|ticket|tracking|case|reference|serial|vin|"
    "imei|"
    "isbn|issn|ean|upc|iban|bic|swift|account|acct|"
    "pedido|referencia|factura|código|codigo|cuenta|dni|nie|nif|cif|rut|curp|rfc|"
    "commande|facture|référence|numéro de commande|siret|siren|"
    # company and tax registers: Australian ABN/ACN, UK company numbers, VAT numbers in several languages
    "abn|acn|arbn|company no|company number|company reg|company registration|registered no|crn|vat|vat no|vat reg|"
    "tva|n° tva|numéro de tva|ust-idnr|ust-id|ustid|steuernummer|handelsregister|hrb|partita iva|p\\.\\s?iva|"
    "codice fiscale|nip|regon|krs|kvk|btw|cvr|orgnr|org\\.\\s?nr|y-tunnus|ičo|dič|gstin|gst no|uen|nzbn|инн/кпп|кпп|"
    "encomenda|fatura|cpf|cnpj|rg|"
    "artikel|artikelnummer|art\\.-nr\\.|bestellnummer|kundennummer|rechnungsnummer|auftragsnummer|"
    # order, customer and invoice numbers of more languages (a phone's own label, "Telefonnummer", is no id)
    "bestelnummer|ordernummer|klantnummer|factuurnummer|referentienummer|dossiernummer|zaaknummer|"
    "kundnummer|fakturanummer|ordrenummer|kundenummer|bestillingsnummer|fakturanummeret|"
    "tilausnumero|asiakasnumero|laskunumero|numer zamówienia|numer zamowienia|numer faktury|numer klienta|"
    "número de pedido|numero de pedido|número do pedido|numero do pedido|número de factura|número de cliente|"
    "numero d'ordine|numero ordine|numero cliente|numéro client|numéro de facture|číslo objednávky|číslo faktury|"
    "sipariş numarası|fatura no|номер заказа|номер счёта|номер счета|номер договора|номер клиента|"
    "order number|order no|customer number|customer no|confirmation number|booking reference|booking ref|"
    "rechnung|bestellung|verwendungszweck|aktenzeichen|vorgang|protokoll|"
    "protocolo|protocol|protokol|protokół|protokolu|chamado|expediente|dossier|trámite|tramite|"
    "fattura|ordine|riferimento|bestelling|factuur|kenmerk|faktura|zamówienie|zamowienie|objednávka|sipariş|"
    "заказ|счёт|счет|артикул|инн|огрн|снилс|паспорт|протокол|заявка|"
    # draws: the numbers of a lottery are a list of small numbers, never a phone
    "lotto|loto|lottery|lotería|loteria|lotteria|lotterie|lottó|zusatzzahl|superzahl|powerball|euromillions|"
    "euromillones|megasena|mega-sena|quina|primitiva|bonoloto|лото|лотерея|乐透|樂透|彩票|ロト|로또|ลอตเตอรี่"
)
_VERSION_BEFORE = re.compile(
    r"(?<![^\W\d_])v\.?$|(?<![^\W\d_])(?:ver|version|versión|versão|versione|versie|wersja|verze|sürüm|версия|версії|версии|firmware"
    r"|fw|build|release|rel|patch|kernel|ios|android|macos|windows|bios|rom|miui|one\sui)\.?\s?$"
)
"""A version's label or its "v" just before dotted groups ("Firmware v3.12.555.0101", "build 10.0.555.0199"): the
groups joined by dots are the version's, not a phone."""
_ID_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_ID_WORDS})(?![^\W\d_])\s?(?:#|no\.?|nr\.?|n[°º]|№|number|:|-)?\s?$")
_REGISTER_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:abn|acn|arbn|crn|company (?:no|number|reg(?:istration)?(?: no)?)|vat(?: no| reg(?: no)?)?"
    r"|(?:n° |numéro de )?tva(?: intracommunautaire)?|siret|siren|ust-?id(?:nr)?|partita iva|p\.\s?iva|nip|kvk|btw"
    r"|cvr|orgnr|org\.\s?nr|y-tunnus|gstin|uen|nzbn)\.?\s?(?:#|no\.?|nr\.?|n[°º]|№|number|:|-)?\s?"
    r"(?:[a-z]{2}\s?)?(?:\d{1,4}\s)*$"
)
"""A company or tax register's label, then perhaps a country's letters and the first groups of its number ("ABN 12
345 678 901", "N° TVA FR 12 345678901"): what follows is the register number's rest, not a phone."""
_CARRIER_BEFORE = re.compile(
    r"(?<![^\W\d_-])(?:dhl|usps|fedex|dpd|gls|tnt|hermes|evri|yodel|parcelforce|royal mail|colissimo|chronopost"
    r"|correos|postnl|bpost|inpost|postnord|aramex|sf express|cdek|сдэк|boxberry"
    r"|tracking|track\s?(?:no\.?|nr\.?|number|id|code)|sendungsnummer|sendungs-?nr\.?|paketnummer|numéro de suivi"
    r"|n° de suivi|número de seguimiento|numero de seguimiento|código de rastreio|codigo de rastreio|rastreamento"
    r"|tracciamento|track\s?&\s?trace|numer przesyłki|numer przesylki|číslo zásilky|kargo takip|gönderi no"
    r"|трек-номер|трек номер|номер отправления|номер посылки)"
    r"(?![^\W\d_])\s?(?:#|no\.?|nr\.?|number|:|-)?\s?[^\W\d_]{0,3}$"
)
"""A parcel carrier or a tracking label just before a group, letters of the code glued to it allowed ("DHL JD014 …",
"Sendungsnummer 00340434…", "tracking: 1Z…"): the group and the blocks that go on from it are a tracking number.
Carriers' names only where they are no word of a sentence ("UPS" is "ups")."""
_ZIP_BEFORE = re.compile(r"(?:zip(?:\s?code)?|postal\s?code|postcode|c\.p\.|cep|plz|индекс)\s?:?\s?$")
_MONTH_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_MONTHS})\.?\s?(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s?)?$")
_UNIT_AFTER = re.compile(rf"(?:[.,]\d{{1,3}})*(?:{_UNITS_SPACED}|{_UNITS_GLUED})(?![^\W\d_])")
_SPACED_UNIT_AFTER = re.compile(rf"(?:[.,]\d{{1,3}})*\s(?:{_UNITS_SPACED})(?![^\W\d_])")
_DAY_AFTER = re.compile(rf"(?:st|nd|rd|th|er|º|°)?\s?(?:de\s)?(?:{_MONTHS})(?![^\W\d_])")
_AMPM_AFTER = re.compile(r"(?:[.:]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?![^\W\d_])")
_CLOCK_AFTER = re.compile(r"[:h]\d\d(?!\d)")
_ALWAYS_AFTER = re.compile(r"\s?/\s?7(?!\d)")
_BRA_AFTER = re.compile(r"(?:[a-h]|dd|ddd)(?![^\W\d_])")
_HEIGHT_AFTER = re.compile(r"\s?(?:['’′]|ft|feet|foot)\s?\d\d?(?!\d)")
_PRICE_AFTER = re.compile(rf"\s?[{_CURRENCY}](?!\s?\d)")
"""A currency's sign after a number, no number after it (that sign would be the next amount's: "0123 $50")."""
_BEFORE_CUES = frozenset(_CURRENCY + "#№°º:.")
_AFTER_CUES = frozenset(":'’′/\"%.,°º")
_CONTEXT = 24
_LABEL_CONTEXT = 40
"""Characters before a group read for a register's label written out ("TVA intracommunautaire FR 42 …")."""
_CODE_JOINS = frozenset("-/")
"""What joins the parts of one code written without spaces ("978-84-376-0494-7", "2026/000413")."""
"""Characters before a digit group that the context patterns read."""


_HEX_LITERAL = re.compile(r"0x[0-9a-f]{6,}")
"""A hexadecimal literal ("0x…": a transaction hash, a contract address, a memory address, a colour written in
code): its digits are no phone number, even cut short."""
_CODE_TAIL = re.compile(r"[^\W\d_]{1,3}\d")
"""After a long group of digits with letters glued before it, a few letters and a digit: the group is the middle
of a serial or a model code ("SN6465550131X7", "AB2135550122CD9"); a word glued after a number ("…0122now")
is not."""


def _before_cue(text: str, start: int) -> bool:
    k = start - 1
    if k >= 0 and text[k] == " ":
        k -= 1
    if k >= 1 and text[k] == "-" and text[k - 1].isalpha():
        return True  # a code: "INV-2024-000123"
    return k >= 0 and (text[k].isalpha() or text[k] in _BEFORE_CUES)


def _after_cue(text: str, end: int) -> bool:
    k = end
    if k < len(text) and text[k] == " ":
        k += 1
    return k < len(text) and (text[k].isalpha() or text[k] in _AFTER_CUES)


def _separator(text: str, groups: list[_Group], k: int) -> str:
    """What separates group ``k - 1`` from group ``k``."""
    return text[groups[k - 1].end : groups[k].start]


def _labelled(text: str, g: _Group) -> bool:
    """Whether what stands before a group makes it a price, an id, a zip code or a day of a month."""
    lo = max(0, g.start - _CONTEXT)
    size = len(g.digits)
    if size <= 9:
        for pattern in (_MONEY_BEFORE, _SHORT_ID_BEFORE, _ZIP_BEFORE):
            if pattern.search(text, lo, g.start):
                return True
    if _ID_BEFORE.search(text, lo, g.start) or _REGISTER_BEFORE.search(text, max(0, g.start - _LABEL_CONTEXT), g.start):
        return True
    day_or_year = size <= 2 or (size == 4 and g.digits[:2] in ("19", "20"))
    return day_or_year and _MONTH_BEFORE.search(text, lo, g.start) is not None


def _thousands(groups: list[_Group], text: str, drop: list[bool]) -> None:
    """Drop the groups of a count written with thousands separators ("Views: 4,165,550,118"): four groups or more
    joined by commas, the first of one to three digits and every other of three. No phone number is written
    so (a North American one in commas ends with four: "1,416,555,0118")."""
    n = len(groups)
    k = 0
    while k < n:
        j = k + 1
        while j < n and _separator(text, groups, j) == "," and len(groups[j].digits) == 3:
            j += 1
        ends_there = j == n or _separator(text, groups, j) != "," or j - k < 4
        if j - k >= 4 and len(groups[k].digits) <= 3 and ends_there and (k == 0 or _separator(text, groups, k) != ","):
            for i in range(k, j):
                drop[i] = True
        k = j


def _distractors(text: str, groups: list[_Group]) -> list[bool]:
    """Which digit groups of a candidate run are something else: a price, a date, a time, an id, a size.

    Read from each group's close context, only for the groups of runs long enough to
    hold a phone number.
    """
    n = len(groups)
    drop = [False] * n
    tagged = _hashtag_chain(text, groups)
    coded = [False] * n
    for k, g in enumerate(groups):
        digits = g.digits
        size = len(digits)
        if _before_cue(text, g.start) and not tagged[k]:
            drop[k] = _labelled(text, g)
            register = drop[k] and _REGISTER_BEFORE.search(text, max(0, g.start - _LABEL_CONTEXT), g.start) is not None
            j = k + 1
            while (
                drop[k]
                and j < n
                and (
                    _separator(text, groups, j) in _CODE_JOINS
                    or (register and _separator(text, groups, j) in (" ", "-", "."))
                    or (_separator(text, groups, j) == " " and size >= 3 and len(groups[j].digits) == size)
                )
            ):
                # the rest of a labelled code: "ISBN 978-84-376-0494-7", "Rechnung 2026-1129-0042", and blocks of one
                # size after a single space: "Bestellnummer 4161 4960 0777 3321"; every group of a register's number
                # ("ABN 12 345 678 901")
                coded[j] = True
                j += 1
        if (
            not drop[k]
            and k + 1 < n
            and _separator(text, groups, k + 1) == "."
            and _VERSION_BEFORE.search(text, max(0, g.start - _CONTEXT), g.start)
        ):
            drop[k] = True
            j = k + 1
            while j < n and _separator(text, groups, j) == ".":
                coded[j] = True  # "v3.12.555.0101": every dotted part of the version
                j += 1
        if not drop[k] and g.start > 0 and _CARRIER_BEFORE.search(text, max(0, g.start - _CONTEXT), g.start):
            drop[k] = True
            j = k + 1
            while j < n and _separator(text, groups, j) in (" ", "-"):
                coded[j] = True  # "DHL JD014 6000 0556 6074 1": the blocks of a tracking number
                j += 1
        if not drop[k] and size <= 6 and _PRICE_AFTER.match(text, g.end):
            drop[k] = True  # an amount with its currency after it: "101,40 € TTC", "250 ₽"
            if k > 0 and size <= 2 and _separator(text, groups, k) in (",", "."):
                drop[k - 1] = True  # and its units before the decimal comma: "31,25 €"
            continue
        if drop[k] or not _after_cue(text, g.end):
            continue
        glued = g.end < len(text) and text[g.end].isalpha() and text[g.end] not in _DASH_LETTERS
        if (
            glued
            and size >= MIN_DIGITS
            and g.start > 0
            and text[g.start - 1].isalpha()
            and _CODE_TAIL.match(text, g.end)
        ):
            drop[k] = True  # inside a serial or model code: "SN6465550131X7" (letters left as letters in the view)
            continue
        chained = k > 0 and len(_separator(text, groups, k)) == 1
        amount = size <= 6 and (g.start == 0 or text[g.start - 1] not in ".,")
        if amount and (
            (glued and _UNIT_AFTER.match(text, g.end)) or (not chained and _SPACED_UNIT_AFTER.match(text, g.end))
        ):
            drop[k] = True
        if size <= 2 and (_DAY_AFTER.match(text, g.end) or _AMPM_AFTER.match(text, g.end)):
            drop[k] = True
        elif size <= 2 and _CLOCK_AFTER.match(text, g.end):
            drop[k] = True
            if k + 1 < n:
                drop[k + 1] = True
        elif digits == "24" and _ALWAYS_AFTER.match(text, g.end):
            drop[k] = True
            if k + 1 < n and groups[k + 1].digits == "7":
                drop[k + 1] = True
        elif size == 2 and "20" <= digits <= "59" and glued and _BRA_AFTER.match(text, g.end):
            drop[k] = True
        elif size == 1 and "4" <= digits <= "7" and _HEIGHT_AFTER.match(text, g.end):
            drop[k] = True
            if k + 1 < n:
                drop[k + 1] = True
    for k in range(n):
        drop[k] = drop[k] or coded[k]
    if n >= 4 and "," in text:  # a count of thousands has four groups or more, joined by commas
        _thousands(groups, text, drop)
    if n > 1:
        _shapes(text, groups, drop)
        _lists(text, groups, drop)
        _coordinates(text, groups, drop)
    else:
        _shapes(text, groups, drop)
    return drop


def _hashtag_chain(text: str, groups: list[_Group]) -> list[bool]:
    """Groups in a row of three or more hashtags (``#702 #555 #0148``): a number cut up, not ids."""
    tagged = [g.start > 0 and text[g.start - 1] == "#" for g in groups]
    out = [False] * len(groups)
    k = 0
    while k < len(groups):
        j = k
        while j + 1 < len(groups) and tagged[j] and tagged[j + 1] and _separator(text, groups, j + 1).strip() == "#":
            j += 1
        if j - k >= 2:
            out[k : j + 1] = [True] * (j - k + 1)
        k = j + 1
    return out


_COORDINATES = re.compile(r"(?<![\d.])-?\d{1,3}\.\d{4,8},\s?-?\d{1,3}\.\d{4,8}(?![\d.])")
"""Latitude and longitude in decimal degrees (``40.7128, -74.0060``)."""


def _coordinates(text: str, groups: list[_Group], drop: list[bool]) -> None:
    for m in _COORDINATES.finditer(text, max(0, groups[0].start - 1), groups[-1].end):
        for k, g in enumerate(groups):
            if m.start() <= g.start and g.end <= m.end():
                drop[k] = True


def _lists(text: str, groups: list[_Group], drop: list[bool]) -> None:
    """Years in a row (2024 2025 2026) are a list; a comma between two long groups ends a number."""
    years = [len(g.digits) == 4 and g.digits[:2] in ("19", "20") for g in groups]
    for k in range(1, len(groups)):
        if years[k] and years[k - 1]:
            drop[k] = drop[k - 1] = True
        if "," in _separator(text, groups, k) and (
            (len(groups[k - 1].digits) >= 4 and len(groups[k].digits) >= 4) or years[k - 1] or years[k]
        ):
            drop[k - 1] = drop[k - 1] or years[k - 1]
            drop[k] = drop[k] or years[k]
            groups[k] = _Group(groups[k].start, groups[k].end, groups[k].digits, groups[k].plus, True)


def _shapes(text: str, groups: list[_Group], drop: list[bool]) -> None:
    """Dates (2026-03-14, 14/03/26, 11/15), body measurements (34-24-36, 90-60-90), coordinates, long codes."""
    n = len(groups)
    seps = [""] + [_separator(text, groups, k) for k in range(1, n)]
    values = [int(g.digits) if len(g.digits) <= 9 else -1 for g in groups]
    for k in range(n):
        g = groups[k]
        if (g.start > 0 and text[g.start - 1].isalpha()) or (g.end < len(text) and text[g.end].isalpha()):
            a, b = g.start, g.end
            while a > 0 and text[a - 1].isalnum() and text[a - 1].isascii():
                a -= 1  # a hash is written in ASCII: kana and kanji glued to a number are words ("お電話は0491ー…")
            while b < len(text) and text[b].isalnum() and text[b].isascii():
                b += 1
            if b - a >= 16 and len(_DIGIT_GROUP.findall(text, a, b)) >= 3:
                drop[k] = True  # a hash, a code, a wallet: letters and digits mixed all along
            elif _HEX_LITERAL.fullmatch(text, a, b):
                drop[k] = True  # a hexadecimal literal, a hash or an address cut short: "0x3125550142aa…"
        if k + 2 < n:
            sep = seps[k + 1]
            alone = (k == 0 or seps[k] != sep) and (k + 3 >= n or seps[k + 3] != sep)
            d0, d1, d2 = (groups[k + i].digits for i in range(3))
            v0, v1, v2 = values[k], values[k + 1], values[k + 2]
            if alone and sep == seps[k + 2] and sep in ("-", "/", ".", " "):
                ymd = len(d0) == 4 and d0[:2] in ("19", "20") and 1 <= v1 <= 12 and 1 <= v2 <= 31 and len(d2) <= 2
                dmy = (
                    sep != " "
                    and len(d0) <= 2
                    and len(d1) <= 2
                    and len(d2) in (2, 4)
                    and ((1 <= v0 <= 31 and 1 <= v1 <= 12) or (1 <= v0 <= 12 and 1 <= v1 <= 31))
                )
                body = (
                    sep != "." and all(len(d) == 2 for d in (d0, d1, d2)) and all(20 <= v <= 69 for v in (v0, v1, v2))
                ) or (
                    # in centimetres (90-60-90, 100/70/105): bust and hips 70-139, the waist narrower than both
                    sep in ("-", "/")
                    and all(len(d) in (2, 3) for d in (d0, d1, d2))
                    and min(v0, v2) >= 70
                    and max(v0, v2) <= 139
                    and 45 <= v1 < min(v0, v2)
                )
                if ymd or dmy or body:
                    drop[k] = drop[k + 1] = drop[k + 2] = True
        if k + 1 < n and seps[k + 1] == "/" and len(g.digits) <= 2 and len(groups[k + 1].digits) <= 2:
            alone = (k == 0 or seps[k] != "/") and (k + 2 >= n or seps[k + 2] != "/")
            v0, v1 = values[k], values[k + 1]
            if alone and ((1 <= v0 <= 31 and 1 <= v1 <= 12) or (1 <= v0 <= 12 and 1 <= v1 <= 31)):
                drop[k] = drop[k + 1] = True
        coordinates = k + 3 < n and seps[k + 1] == "." and seps[k + 3] == "." and seps[k + 2].strip() == ","
        if coordinates and len(groups[k + 1].digits) >= 3 and len(groups[k + 3].digits) >= 3:
            drop[k] = drop[k + 1] = drop[k + 2] = drop[k + 3] = True


_IBAN = re.compile(r"(?<![a-z0-9])[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,3})?(?![a-z0-9])")
"""The shape of an IBAN: country letters, two check digits, groups of four (``GB33 BUKB 2020 1555 5555 55``)."""


def iban_ok(written: str) -> bool:
    """Whether an IBAN's check digits verify (ISO 13616: mod 97 of the rearranged number is 1)."""
    compact = written.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact.isalnum():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _bank_accounts(view: NumericView, start: int, end: int, groups: list[_Group], drop: list[bool]) -> None:
    """Digit groups inside an IBAN whose check digits verify are a bank account, not a phone number.

    The IBAN is read in the general view, as written: in the numeric view a bank code that spells a number
    word ("GB54 OTTO 0000 …", Italian "otto") has become a digit and the check digits no longer verify.
    """
    if view.edits:
        text = view.base.text
        start, end = view.base_span(start, end)
        spans = [view.base_span(g.start, g.end) for g in groups]
    else:
        text = view.text
        spans = [(g.start, g.end) for g in groups]
    lo = max(0, start - 12)
    if _IBAN_HINT.search(text, lo, end) is None:
        return
    for m in _IBAN.finditer(text, lo, min(len(text), end + 12)):
        if m.end() <= start or m.start() >= end or not iban_ok(m.group()):
            continue
        for k, (a, b) in enumerate(spans):
            if m.start() <= a and b <= m.end():
                drop[k] = True


_IBAN_HINT = re.compile(r"[a-z]{2}\d{2}")


# -- validation --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Lengths:
    low: int
    high: int
    idd: str


@lru_cache(maxsize=512)
def _lengths(region: str) -> _Lengths:
    meta = PhoneMetadata.metadata_for_region(region)
    if meta is None or meta.general_desc is None or not meta.general_desc.possible_length:
        return _Lengths(MIN_DIGITS, MAX_DIGITS + 2, "")
    possible = [n for n in meta.general_desc.possible_length if n > 0]
    extra = max(len(meta.national_prefix or ""), len(str(meta.country_code or "")))
    idd = meta.international_prefix or ""
    return _Lengths(max(min(possible), 5), max(possible) + extra, idd if idd.isdigit() else "")


def _parse(number: str, region: str | None) -> str | None:
    try:
        parsed = phonenumbers.parse(number, region)
    except NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return str(phonenumbers.format_number(parsed, PhoneNumberFormat.E164))


_LETTER_GROUPS = re.compile(
    r"(?<![\w@#$/.])([0-9olisbz]{3})([\s.\-]?)([0-9olisbz]{3})\2([0-9olisbz]{4})(?![\w@/]|[.,]\d)"
)
"""A North American number in groups of 3-3-4 with letters written for digits, even for a whole group ("4O4 SSS
O1BB": O for 0, I and l for 1, S for 5, B for 8, Z for 2). The context must be clearly a number: the shape of the
groups, enough real digits (``_LETTER_GROUPS_MIN_DIGITS``) spread over two groups at least, and a valid number."""
_LETTER_GROUPS_MIN_DIGITS = 3
_GROUP_LETTERS = str.maketrans("olisbz", "011582")
_RARE_DIGIT_LETTERS = "sbz"
"""The letters only ``_LETTER_GROUPS`` reads as digits (the numeric view reads O, I and l already)."""


@lru_cache(maxsize=1)
def _letter_digit_hint() -> PhraseIndex[bool]:
    """A digit glued to S, B or Z, or a whole group of them beside a digit ("4b", "s5", "2 sss", "zzz-0"): one pass
    in C that says whether ``_LETTER_GROUPS`` must run; most fields have none."""
    keys = [d + c for d in "0123456789" for c in _RARE_DIGIT_LETTERS]
    keys += [c + d for d in "0123456789" for c in _RARE_DIGIT_LETTERS]
    for group in itertools.product(_RARE_DIGIT_LETTERS, repeat=3):
        for sep in ("", " ", ".", "-"):
            keys += [d + sep + "".join(group) for d in "0123456789"]
            keys += ["".join(group) + sep + d for d in "0123456789"]
    return PhraseIndex((key, True) for key in dict.fromkeys(keys))


_LAST_DIGITS_AFTER = re.compile(
    r"/\s?(\d{1,2})(?=$|[\s,;)!?]|\.(?!\d))(?![\s,;]*[\d(+\-–]|\s?(?:h|hr|hrs|am|pm|x|th)\b)"
)
"""A second number given by its last digits after a slash, glued to the first ("312-555-0147/48"): a hunting line's
or an agency's numbers in a row. One or two digits only, the slash glued to the number, and no time, fraction or
further digits after them ("0109 / 1-780-…" is a second number in full)."""


@lru_cache(maxsize=65536)
def validate(digits: str, region: str, international: bool = False, nanp_shape: bool = False) -> str | None:
    """The E.164 form of ``digits`` read in ``region`` (or after a ``+``), or None if invalid.

    With ``nanp_shape`` (written in groups of 3-3-4), a number that is not valid in
    ``region`` is also read as North American.
    """
    if international:
        return _parse("+" + digits, None) if 8 <= len(digits) <= MAX_DIGITS else None
    if digits.startswith("00") and 10 <= len(digits) <= MAX_DIGITS + 2:
        found = _parse("+" + digits[2:], None)
        if found:
            return found
    lengths = _lengths(region)
    if lengths.idd and digits.startswith(lengths.idd) and 8 <= len(digits) - len(lengths.idd) <= MAX_DIGITS:
        found = _parse("+" + digits[len(lengths.idd) :], None)
        if found:
            return found
    if lengths.low <= len(digits) <= lengths.high:
        found = _parse(digits, region)
        if found:
            return found
    if nanp_shape and region not in _NANP and _nanp_shaped(digits):
        return _parse(digits, "US")
    return None


_NANP_SHAPES = frozenset({(3, 3, 4), (1, 3, 3, 4)})
"""How North American numbers are grouped when written: (213) 555-0127, 1-213-555-0127."""


def _nanp_shaped(digits: str) -> bool:
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    return len(digits) == 10 and digits[0] in "23456789" and digits[3] in "23456789"


# -- the candidate finder ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Group:
    start: int
    end: int
    digits: str
    plus: int
    """Where a ``+`` is written just before the group (the number starts there), else -1."""
    fresh: bool = False
    """A number cannot go on into this group from the one before (a comma between two long groups)."""


_INTERNATIONAL_LINK = re.compile(
    r"(?:wa\.me/|t\.me/|signal\.me/#p/"
    r"|(?:whatsapp|viber|telegram|tg|signal|wa|line|imo)(?:\.com|\.org|\.me)?(?::/)?/[\w./-]{0,16}\?"
    r"(?:[\w.%-]{1,12}=[^\s&#=]{0,24}&){0,3}(?:phone|number|phone_number|msisdn)=)(?:%2b|\+)?$"
)
"""Links that always hold a number in international form without the ``+``: ``wa.me/61491570100`` and the web and
app links of messengers with the number as a query parameter, whatever the scheme or other parameters
(``api.whatsapp.com/send?phone=``, ``whatsapp://send?text=hi&phone=``, ``viber://chat?number=``)."""


_PLUS_WORD = re.compile(
    r"(?<![\w+])(?:plus|plusz|más|mais|più|piu|плюс|плус|artı|arti|tambah|cộng|cong|συν|פלוס|بلس|زائد|پلاس"
    r"|加|プラス|플러스|บวก)[\s:(]{0,3}$"
)
"""The plus sign spelled out before a country code ("plus trente-trois, un, …", "плюс семь", "más cincuenta y dos"):
the number starts at the word. Not after a digit or a currency ("100 plus 33 …" adds up)."""
_PLUS_WORD_BEFORE = 14
_AMOUNT_BEFORE = re.compile(r"[\d$€£¥%][\s,.]*$")


def _plus_word(text: str, group_start: int, digits: str) -> int:
    """Where a spelled plus sign before a group of one to three digits starts, else -1."""
    if len(digits) > 3:
        return -1
    m = _PLUS_WORD.search(text, max(0, group_start - _PLUS_WORD_BEFORE), group_start)
    if m is None or _AMOUNT_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return -1
    return m.start()


def _groups(text: str, start: int, end: int) -> list[_Group]:
    groups: list[_Group] = []
    prev = max(0, start - 3)
    for m in _DIGIT_GROUP.finditer(text, start, end):
        plus = -1
        if "+" in text[prev : m.start()]:
            before = text[prev : m.start()].rstrip(" ([{")
            plus = prev + len(before) - 1 if before.endswith("+") else -1
        elif (
            not groups
            and m.start() > 0
            and text[m.start() - 1] in "/=b#"
            and _INTERNATIONAL_LINK.search(text, max(0, m.start() - 72), m.start())
        ):
            plus = m.start()
        elif not groups or groups[-1].end < m.start() - 2:
            plus = _plus_word(text, m.start(), m.group())
        groups.append(_Group(m.start(), m.end(), m.group(), plus))
        prev = m.end()
    return groups


def _counting(groups: list[_Group], i: int, j: int) -> bool:
    """Whether groups ``i..j`` count up or down by one (``1 2 3 4 5 6 7 8 9 10``): a list, no number."""
    values = [int(g.digits) for g in groups[i : j + 1]]
    steps = {b - a for a, b in itertools.pairwise(values)}
    return steps == {1} or steps == {-1}


def find_numbers(view: NumericView, region: str, *, url: bool = False) -> Iterator[tuple[int, int, str]]:
    """Every phone number in a numeric view: (start, end, E.164), offsets in ``view.text``."""
    text = view.text
    budget = [MAX_CANDIDATES]
    for run in _CANDIDATE.finditer(text):
        if run.end() - run.start() < MIN_DIGITS or sum(map(run.group().count, "0123456789")) < MIN_DIGITS:
            continue
        everything = _groups(text, run.start(), run.end())
        drop = _distractors(text, everything)
        if view.edits:
            _labels_as_written(view, everything, drop)
        _bank_accounts(view, run.start(), run.end(), everything, drop)
        for groups in _pieces(everything, drop):
            yield from _split(groups, region, url, budget, view)
        if budget[0] <= 0:
            return


def _labels_as_written(view: NumericView, groups: list[_Group], drop: list[bool]) -> None:
    """Drop the groups of a register's or an id's number whose label the numeric view read as a number word ("TVA FR
    42 199004217": "tva" is Swedish "två" without its ring): the label is read in the text as written, and its
    number's groups joined by spaces, hyphens or dots go with it."""
    base = view.base.text
    edited = [a for a, _, _ in view.edits]  # sorted: the view's edits are in text order
    k = 0
    while k < len(groups):
        g = groups[k]
        start, _ = view.base_span(g.start, g.end)
        lo = max(0, start - _LABEL_CONTEXT)
        i = bisect_left(edited, lo)  # an edit starting in [lo, start): one search, not a scan of every edit per group
        if drop[k] or i == len(edited) or edited[i] >= start:
            k += 1
            continue
        if not (_REGISTER_BEFORE.search(base, lo, start) or _ID_BEFORE.search(base, lo, start)):
            k += 1
            continue
        drop[k] = True
        k += 1
        while k < len(groups) and _separator(view.text, groups, k) in (" ", "-", "."):
            drop[k] = True
            k += 1


def _pieces(groups: list[_Group], drop: list[bool]) -> Iterator[list[_Group]]:
    """The runs of groups between the distractors."""
    piece: list[_Group] = []
    for group, dropped in zip(groups, drop, strict=True):
        if dropped:
            if piece:
                yield piece
            piece = []
        else:
            piece.append(group)
    if piece:
        yield piece


_COUNTRY_LABEL = re.compile(
    r"(?:(?<![\w+@#])([a-z]{2})\s?[:：=]|\(([a-z]{2})\)|([\U0001f1e6-\U0001f1ff]{2})"
    r"|(?:^|(?<=[\s·•|/,;]))([a-z]{2})(?=\s))\s?(?:\+|\(|)$"
)
"""A country named by its code or flag just before a number: "AU: 0491 570 100", "(DE) 030 …", "🇫🇷 01 99 …",
a bare code in capitals when the text lists numbers of several countries ("UK 020 … · AU 0491 …")."""
_NOT_COUNTRY_LABELS = frozenset(
    {"ph", "no", "id", "tg", "sc", "im", "tv", "sm", "am", "pm", "dm", "ws", "me", "to", "ms"}
)
"""Codes that are also the abbreviations that label a number or a handle (PH for phone, NO for number, TG for
Telegram, SC for Snapchat, IM, DM, AM/PM): they name no country before a number."""

_BARE_NOT_COUNTRY = _NOT_COUNTRY_LABELS | frozenset({
    "at", "as", "in", "is", "it", "be", "by", "my", "do", "so", "go", "an", "or", "on", "of", "if", "us", "we",
    "ne", "se", "sw", "nw", "st", "tx", "ok", "hi", "al", "ar", "ca", "co", "de", "ga", "la", "ma", "md", "mn",
    "mo", "mt", "nc", "nd", "nh", "nj", "nm", "ny", "pa", "ri", "sd", "tn", "ut", "va", "vt", "wa", "wi", "wv",
    "ky", "ks", "ia", "il", "fl", "ct", "dc", "ak", "az", "nv", "pr", "gu", "vi", "mp", "ae", "ap", "ch", "cc",
    "cv", "gb", "mb", "kb", "tb", "hd", "bd", "re", "pe", "ge", "er", "ad", "ai", "bt", "gg", "gl", "gp", "gs",
    "ie", "lt", "mc", "mr", "mu", "ng", "pk", "pt", "sa", "si", "sl", "sn", "sv", "td", "th", "tt", "um", "vg",
})  # fmt: skip
"""Two capitals that are words, abbreviations or US states more often than a country's code before a number (a bare
code has no colon or brackets to mark it as a label)."""

_FLAG_BASE = 0x1F1E6


_TAG_BASE = 0xE0061


def _flag_code(letters: str, base: int = _FLAG_BASE) -> str:
    """The country code two regional indicator letters spell ("🇬🇧" is "GB"), or two tag letters (``_TAG_BASE``)."""
    return "".join(chr(ord(c) - base + ord("A")) for c in letters)


def _label_region(view: NumericView, start: int) -> str | None:
    """The region a country label just before ``start`` names (``AU:`` in capitals, ``(AU)``, or a flag)."""
    text = view.text
    if start < 2 or not (text[start - 1] in " :：=)(+" or 0x1F1E6 <= ord(text[start - 1]) <= 0x1F1FF):
        return None
    m = _COUNTRY_LABEL.search(text, max(0, start - 8), start)
    if m is None:
        return None
    if m.group(3):
        code = _flag_code(m.group(3))
    else:
        group = next(g for g in (1, 2, 4) if m.group(g))
        code = m.group(group)
        if code in _NOT_COUNTRY_LABELS or not view.original_at(m.start(group), m.end(group)).isupper():
            return None
        if group == 4 and code in _BARE_NOT_COUNTRY:
            return None
        code = code.upper()
    code = _COUNTRY_ALIASES.get(code, code)
    return code if code in _REGIONS else None


_PLACE_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,24})\s?[:：]?\s?$")


def _place_region(view: NumericView, start: int) -> str | None:
    """The country of a city or country named just before ``start``, capitalised ("London 020 7946 0327"): a
    national number (a leading 0) that the field's region does not read is read in that country's plan."""
    m = _PLACE_BEFORE.search(view.text, max(0, start - 26), start)
    if m is None or not view.original_at(m.start(1), m.start(1) + 1).isupper():
        return None
    place = place_named(m.group(1))
    return place.country if place is not None and place.country in _REGIONS else None


_COUNTRY_ALIASES = {"UK": "GB", "EL": "GR"}
_UNREAD = "unread"
"""The flags of a field, before ``_split`` has needed them."""
_REGIONS = frozenset(phonenumbers.SUPPORTED_REGIONS)
_FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}|\U0001f3f4([\U000e0061-\U000e007a]{2})")
"""A country's flag: two regional indicator letters ("🇬🇧" is G, B), or a black flag with tag letters, whose first two
name the country (England's "🏴" + g b e n g; the normalised view drops the tags, so it is read in the original)."""


def _flag_region(original: str) -> str | None:
    """The region of the flags written in a field, when they all name one: for a national number (a leading 0) that
    neither the field's region nor a place named before it reads, the flag is the place the writer gave ("🇬🇧 Live-in
    carer … 0113 …"). Flags of several countries are a list of nationalities or languages, and name no place."""
    if original.isascii():
        return None  # most fields: one pass in C
    found = None
    for m in _FLAG.finditer(original):
        code = _flag_code(m.group(1), _TAG_BASE) if m.group(1) else _flag_code(m.group())
        code = _COUNTRY_ALIASES.get(code, code)
        if code not in _REGIONS or (found is not None and code != found):
            return None
        found = code
    return found


def _split(
    groups: list[_Group], region: str, url: bool, budget: list[int], view: NumericView | None = None
) -> Iterator[tuple[int, int, str]]:
    """Numbers in a run of groups: from the left, the longest run of whole groups that is valid.

    ``budget`` counts down the validations left for the field. A country label before a group ("AU: 0491 …")
    reads the number that starts there in that country's plan.
    """
    if sum(len(g.digits) for g in groups) < MIN_DIGITS:
        return
    i = 0
    flagged: str | None = _UNREAD
    while i < len(groups) and budget[0] > 0:
        first = groups[i]
        if len(first.digits) > MAX_DIGITS:
            i += 1
            continue
        drawn = _drawn(groups, i)
        if drawn == i and view is not None and len(first.digits) == 2:
            drawn = _drawn_named(groups, i, view.text)
        if drawn > i:
            i = drawn  # "03 12 19 27 41 49": numbers drawn in a lottery, a list of small numbers
            continue
        labelled = _label_region(view, first.start) if view is not None and first.plus < 0 else None
        best = None
        for reading in (region,) if labelled is None or labelled == region else (labelled, region):
            best = _longest(groups, i, reading, url, budget)
            if best is not None:
                break
        if best is None and view is not None and first.plus < 0 and first.digits[:1] == "0":
            named = _place_region(view, first.start)  # "Paris 01 99 00 18 36 / London 020 7946 0327"
            if named is not None and named != region and named != labelled:
                best = _longest(groups, i, named, url, budget)
            if best is None and flagged is _UNREAD:  # read once a field: "🇬🇧 Live-in carer … 0113 496 0248"
                flagged = _flag_region(view.original)
            if best is None and flagged is not None and flagged not in (region, labelled, named, _UNREAD):
                best = _longest(groups, i, flagged, url, budget)
        if best is None:
            i += 1
            continue
        j, value = best
        yield (first.plus if first.plus >= 0 else first.start), groups[j].end, value
        i = j + 1


_DRAWN_MIN = 6
"""Fewest two-digit groups in rising order that make a list of drawn numbers (a French number is five pairs)."""


def _drawn(groups: list[_Group], i: int) -> int:
    """The end of a list of small numbers in rising order that starts at group ``i`` (the numbers of a lottery draw,
    "03 12 19 27 41 49"), or ``i`` when there is none: six pairs or more, longer than any number written in pairs."""
    j = i
    while j < len(groups) and len(groups[j].digits) == 2 and (j == i or groups[j].digits > groups[j - 1].digits):
        j += 1
    return j if j - i >= _DRAWN_MIN else i


_LOTTERY_NAMED = 5
"""Fewest two-digit groups, in any order, that a lottery named just before makes a draw ("大乐透: 05 11 23 28 33")."""
_LOTTERY_REACH = 40
_LOTTERY = re.compile(
    r"乐透|樂透|彩票|双色球|雙色球|福彩|体彩|體彩|七乐彩|七樂彩|快乐8|快樂8|开奖|開獎|中奖号码|中獎號碼|宝くじ|ロト|ナンバーズ"
    r"|로또|복권|หวย|ลอตเตอรี่|สลาก|लॉटरी|لوتو|يانصيب|лото|лотере|тираж"
    r"|(?<![^\W\d_])(?:lotto|loto|lottery|lotería|loteria|lotteria|lotterie|lottó|xổ số|xo so|vietlott|powerball"
    r"|euromillions|euromillones|mega ?millions|megasena|mega-sena|primitiva|bonoloto|superzahl"
    r"|zusatzzahl|tirage|sorteo|sorteio|estrazione|ziehung|losowanie|çekiliş|undian)"
)
"""A lottery, its draw or its prize numbers named in any language (Chinese, Japanese, Korean and Thai glued to what
follows, so without word bounds)."""
_LOTTERY_GAP = re.compile(r"(?:第\d{1,8}期|[^\d.!?。！？\n])*+(?:\d\d[\s,;:+\-]{1,3})*+")
"""Between a lottery's name and its pairs: words and signs, an issue ("第25031期"), then perhaps pairs of the same draw
(one read as an id after the name)."""


def _drawn_named(groups: list[_Group], i: int, text: str) -> int:
    """The end of five or more two-digit groups in any order after a lottery's name ("双色球 03 12 19 27 41 49",
    "大乐透：05 11 23 28 33 07 12", back numbers that start over included), or ``i``. Only an issue ("第25031期") and
    pairs may stand between: pairs after a draw and words are another number ("Tirage: 02 11 … 45 — info 01 99 …")."""
    j = i
    while j < len(groups) and len(groups[j].digits) == 2:
        j += 1
    if j - i < _LOTTERY_NAMED:
        return i
    named = _LOTTERY.search(text, max(0, groups[i].start - _LOTTERY_REACH), groups[i].start)
    if named is None or _LOTTERY_GAP.fullmatch(text, named.end(), groups[i].start) is None:
        return i  # no lottery, or one of another sentence ("Gagné au loto ! Appelez le 06 …")
    return j


def _longest(groups: list[_Group], i: int, region: str, url: bool, budget: list[int]) -> tuple[int, str] | None:
    """(last group, E.164) of the longest valid number of whole groups that starts at group ``i``."""
    first = groups[i]
    best: tuple[int, str] | None = None
    digits = ""
    for j in range(i, min(len(groups), i + MAX_GROUPS)):
        group = groups[j]
        if len(group.digits) > MAX_DIGITS or (j > i and (group.plus >= 0 or group.fresh)):
            break
        digits += group.digits
        if len(digits) > MAX_DIGITS + 2:
            break
        if len(digits) < MIN_DIGITS or (url and j == i and len(digits) < 10):
            continue
        if j - i >= 3 and _counting(groups, i, j):
            continue
        budget[0] -= 1
        shape = tuple(len(g.digits) for g in groups[i : j + 1])
        value = validate(digits, region, first.plus >= 0, shape in _NANP_SHAPES)
        if value is not None:
            best = (j, value)
    return best


_AREA_CODE_WORDS = r"area code|c[óo]digo de [áa]rea|prefijo|indicatif|vorwahl|код города"
_AREA_CODE_CUE = re.compile(_AREA_CODE_WORDS)
_ANNOUNCED = re.compile(
    rf"(?:{_AREA_CODE_WORDS})[^\d]{{0,20}}?(?<!\d)(\d{{3}})(?!\d)"
    r"[^\d]{1,60}?(?<!\d)(\d{3})(?!\d)[^\d]{1,60}?(?<!\d)(\d{4})(?!\d)"
)
"""A number announced in prose, group by group after an area-code cue ("area code 404, then 555, last four 0107"),
also across sentences ("Area code is 312. No rush. Next comes 555 …")."""
_ANNOUNCED_WORDS = 14
"""Most words between the groups of an announced number: a few sentences of remarks, not a paragraph."""
_ANNOUNCED_GROUP_END = re.compile(
    r"\s?(?:$|[.,;:!?)\-–—…]|(?:and|then|y|luego|después|despues|e|et|puis|und|dann|и|потом)(?!\w))"
)
"""How each group of an announced number ends: the sentence or a connecting word ("555 and after that …"),
never a noun that makes it a count or a price ("555 rooms", "1200 dollars")."""
_REMARK = r"\s?\([^()\d]{1,40}\)\s?"
_REMARKED = re.compile(
    rf"(?<![\d.])(\d{{3}})(?:{_REMARK}|[\s.\-])(\d{{3}})(?:{_REMARK}|[\s.\-])(\d{{4}})(?![\d.])(?<!\d[\s.\-]\d{{3}}[\s.\-]\d{{4}})"
)
"""A North American number with remarks in brackets between its groups ("312 (no private numbers) 555 (ask for
Jade) 0127"); one remark at least (the last look-behind: a plain number is read by the candidate pass)."""
_REMARK_HINT = re.compile(r"\)\s?\d{3}")
"""A quick test for ``_REMARKED`` (a literal first: the engine skips to each ')')."""
_DIGIT_CHARS = "0123456789"


_WORD = re.compile(r"[^\W\d_]+")


def _announced(text: str, region: str) -> Iterator[tuple[int, int, str]]:
    for m in _ANNOUNCED.finditer(text):
        between = text[m.end(1) : m.start(3)]
        if len(_WORD.findall(between)) > _ANNOUNCED_WORDS:  # a few connecting words, not a paragraph
            continue
        if not all(_ANNOUNCED_GROUP_END.match(text, m.end(k)) for k in (1, 2, 3)):
            continue
        value = validate(m.group(1) + m.group(2) + m.group(3), region, False, True)
        if value is not None:
            yield m.start(1), m.end(3), value


_FIRST_PART = (
    r"first|1st|primer(?:os|as)?|primeir[oa]s|premiers?|premières?|erste[n]?|primi|prime|eerste|pierwsze|первые"
    r"|start(?:s with)?|begins? with"
)
_LAST_PART = (
    r"last|rest|remaining|then|second(?: half| part)?|2nd|end(?:s with)?|últim[oa]s|ultim[oa]s|resto|derniers?"
    r"|dernières?|reste|letzte[n]?|restlichen|rest|laatste|ostatnie|последние|остальные"
)
_PART_NOUN = (
    r"(?:digits?|numbers?|nums?|nos?\.?|part|half|dígitos|digitos|números|numeros|chiffres|ziffern|zahlen|cifre|numeri"
    r"|cijfers|cyfr[ya]?|цифр[аы]?)"
)
_HALVES = re.compile(
    rf"(?<!\w)(?:{_FIRST_PART})(?!\w)\s?(?:(?P<n1>\d{{1,2}})(?!\d)\s?)?(?:{_PART_NOUN}\s?)?(?:[:=\-–—>]\s?)?(?:is\s|are\s)?"
    r"(?P<g1>\d{3,8})(?!\d)[^\d]{1,30}?"
    rf"(?<!\w)(?:{_LAST_PART})(?!\w)\s?(?:(?P<n2>\d{{1,2}})(?!\d)\s?)?(?:{_PART_NOUN}\s?)?(?:[:=\-–—>]\s?)?(?:is\s|are\s)?"
    r"(?P<g2>\d{2,8})(?![\d.,]\d|\d)"
)
"""A number given in two labelled parts ("first 6 digits: 213555 / last 4: 0186", "primeros 3: 312, resto: 5550199"):
when a part says how many digits it has, it has that many."""
_HALVES_HINT = re.compile(rf"(?<!\w)(?:{_FIRST_PART})(?!\w)")
_HALVES_LOOSE = re.compile(rf"(?:{_FIRST_PART})(?!\w)")
"""``_HALVES_HINT`` without its look-behind: it matches wherever the hint does, and twice as fast (a pattern that opens
with a look-behind is tried at every character; one that opens with the words skips to their first letters)."""


def _halves_hinted(text: str) -> bool:
    return _HALVES_LOOSE.search(text) is not None and _HALVES_HINT.search(text) is not None


def _halves(text: str, region: str) -> Iterator[tuple[int, int, str]]:
    for m in _HALVES.finditer(text):
        if any(m.group(n) and int(m.group(n)) != len(m.group(g)) for n, g in (("n1", "g1"), ("n2", "g2"))):
            continue
        digits = m.group("g1") + m.group("g2")
        if MIN_DIGITS <= len(digits) <= MAX_DIGITS:
            value = validate(digits, region, False, len(digits) == 10)
            if value is not None:
                yield m.start("g1"), m.end("g2"), value


_SEQUENCE_WORDS_TEXT = """
then|and then|next|after that|followed by|finally|and finally|last|lastly|at the end|and at the end|ends with
|ending in|ending with|dann|und dann|danach|anschließend|zuletzt|am ende|am schluss|endet mit|puis|et puis
|ensuite|et ensuite|enfin|et enfin|pour finir|à la fin|finit par|se termine par|luego|y luego|después|y después
|despues|al final|y al final|por último|por ultimo|finalmente|termina en|termina con|depois|e depois|em seguida
|no final|e no final|por fim|no fim|termina em|poi|e poi|dopo|infine|alla fine|e alla fine|finisce con|potem
|a potem|następnie|na końcu|a na końcu|na koniec|kończy się na|потом|а потом|затем|дальше|далее|в конце
|а в конце|наконец|заканчивается на|потім|а потім|далі|в кінці|наприкінці|然后|接着|之后|最后|次に|それから
|最後に|그 다음|그다음|마지막으로|sonra|daha sonra|ardından|en son|sonunda|son olarak|kemudian|lalu|setelah itu
|terakhir|akhirnya|rồi|sau đó|tiếp theo|cuối cùng|daarna|vervolgens|tot slot|als laatste|eindigt op|sedan
|końcówka|koncowka|końcówka numeru|ostatnie cyfry|reszta|the ending|ending|the rest|the last digits|last digits
|endziffern|die endziffern|der rest|endung|la fin|le reste|les derniers chiffres|el resto
|la terminación|terminación|los últimos dígitos|o resto|os últimos dígitos|la parte finale|le ultime cifre
|окончание|остаток|последние цифры|концовка|закінчення|останні цифри|de rest|de laatste cijfers|slutsiffror
|resten|koncovka|zbytek|son rakamlar|sonu|phần cuối|số cuối|sisanya|angka terakhir|尾号|末尾|끝번호|뒷자리
|därefter|sist|derefter|til sidst|deretter|til slutt|apoi|după aceea|la final|la sfârșit|pak|potom|nakonec
|na konci|aztán|majd|végül|utána|μετά|έπειτα|τέλος|ثم|بعدها|بعد ذلك|وأخيرا|أخيرا|ואז|אחר כך|בסוף|फिर|उसके बाद
|आखिर में|tapos|pagkatapos|sa dulo|kisha|halafu|mwisho
"""
"""Words that give the groups of one number in order ("020, then 7946, and at the end 0684"), and the nouns that
name the last part ("Końcówka: 0159", "the last four: 0188", "окончание 0147"); "and" is none."""
_SEQUENCE_WORDS = tuple(
    sorted({w.strip() for w in _SEQUENCE_WORDS_TEXT.replace("\n", "").split("|") if w.strip()}, key=len, reverse=True)
)
_SEQUENCE_GROUP = r"(?<![$€£¥#№+])\d{2,5}(?:\s\d{2,5}){0,2}(?!\d|[.,/:]\d|\s?[%€$£¥]|\s\d)"
_SEQUENCED = re.compile(
    r"(?<!\d)(?<!\d\s)(?<![.,/:])(?<!\d[.,/:-])"
    + _SEQUENCE_GROUP
    + r"((?:\s?[,;:.\-–—→>]?\s?(?:(?:and|und|y|e|et|i|и|і|a|ve|và|og|och|en|și|és|та|dan)\s)?(?<![^\W\d_])(?:"
    + "|".join(re.escape(w) for w in _SEQUENCE_WORDS)
    + r")(?![^\W\d_])\s?[,:\-–—→>]?\s?"
    + _SEQUENCE_GROUP
    + r"){1,4})"
)
"""Groups of one number joined by words that give them in order ("zaczyna się od 020, potem 7946, na końcu 0684",
"312 dann 555 und zuletzt 0147", "zaczyna się od 0113 496. Końcówka: 0159": a part may hold up to three groups
spaced): the digits of all the groups must make a valid number. Lists of numbers
("rooms 12, then 14"), years, prices and percentages are too short, or refused by the groups' edges."""
_YEAR = re.compile(r"(?:19|20)\d\d")
_SEQUENCE_DIGITS = re.compile(r"\d\d(?:\D{1,40}+\d\d+){1,4}")
"""A quick test for ``_SEQUENCED``: groups of two digits or more with gaps between them."""


@lru_cache(maxsize=1)
def _sequence_hint() -> PhraseIndex[bool]:
    return PhraseIndex((w, True) for w in _SEQUENCE_WORDS)


def _sequenced(text: str, region: str) -> Iterator[tuple[int, int, str]]:
    for m in _SEQUENCED.finditer(text):
        groups = re.findall(r"\d+", m.group())
        digits = "".join(groups)
        if not MIN_DIGITS <= len(digits) <= MAX_DIGITS or all(len(g) == 4 and _YEAR.fullmatch(g) for g in groups):
            continue
        value = validate(digits, region, False, len(digits) == 10)
        if value is not None:
            yield m.start(), m.end(), value


_CHAT_HINT = re.compile(r":[^\S\n]?\d[\d \-.]{0,12}\n")
"""A quick test for a chat export with a group of digits as a message of its own (a literal first)."""
_CHAT_LINE = re.compile(
    r"^[^\S\n]*(?P<prefix>(?:[\[(][^\]\n)]{1,24}[\])][^\S\n]*|\d{1,2}[:.]\d{2}(?:[^\S\n]?[apAP][mM])?[^\S\n]+)?"
    r"(?P<who>[^\s\d:\[\]()][^:\n\[\]]{0,29}):)[^\S\n]*(?P<body>\d[\d \-.]{0,12}?)[^\S\n]*$",
    re.MULTILINE,
)
"""One line of a chat export (a time in brackets or not, a speaker, a colon) whose message is a group of digits."""
_CHAT_MAX_LINES = 4


def _chat_messages(original: str, region: str) -> Iterator[tuple[int, int, str]]:
    """A number sent group by group as messages of its own in a chat export ("[12:05] Kay: 415" / "[12:05] Kay:
    555" / …): the groups of one speaker's consecutive messages read as one number.

    Read in the original text, where the lines still are (the view writes a line break as a space, and the time
    and the speaker's name between the groups hide the number from the candidate pass). The groups join only
    when the speaker is the same and no other line comes between.
    """
    lines = list(_CHAT_LINE.finditer(original))
    for i, first in enumerate(lines):
        digits = ""
        prev = first
        for k in range(i, min(i + _CHAT_MAX_LINES, len(lines))):
            line = lines[k]
            if k > i and (line.start() != prev.end() + 1 or line.group("who").strip() != first.group("who").strip()):
                break
            digits += "".join(c for c in line.group("body") if c.isdigit())
            prev = line
            if k > i and MIN_DIGITS <= len(digits) <= MAX_DIGITS:
                shape = len(digits) in (10, 11)
                value = validate(digits, region, False, shape)
                if value is not None:
                    yield first.start("body"), line.end("body"), value
                    break


def _spread_number(text: str, remarks: bool) -> bool:
    """Whether a number spread out in prose may stand in the text: ten digits, and a group after a closing
    bracket (``remarks``) or an area-code cue.

    ``_could_hold_a_number`` looks for digits close together; these two forms hold them far apart.
    """
    if sum(map(text.count, _DIGIT_CHARS)) < 10:
        return False
    return remarks or _AREA_CODE_CUE.search(text) is not None or _halves_hinted(text)


def _could_hold_a_number(text: str, url: bool) -> bool:
    """A cheap test that rules out most fields without a phone number, before any reading.

    A number needs seven digits close together in the text as written, or number
    words: three that are numbers only (not "to", "for"), one of those beside four
    digits, or seven of any kind, digits included (Vietnamese digits are all ordinary
    words too: "0 4 9 1 - năm bảy không - một tám một"); a word that is also an ordinary
    word counts only standing alone.
    """
    if _HAS_DIGITS.search(text) or ("</" in text and _HAS_TAGGED_DIGITS.search(text)):
        return True
    if url:
        return False
    if (
        _LOOKALIKE_HINT.search(text) is not None
        and (m := _LOOKALIKE_RUN.search(text)) is not None
        and sum(c.isdigit() for c in m.group()) >= 3
    ):
        return True  # "O49I 57O I26": capital O and I for 0 and 1 inside a run of phone shape
    plain = 0
    total = 0
    words: list[tuple[int, int]] = []
    n = len(text)
    chain_end = -1
    chain = 0  # number words glued end to end from the start of a word: how many
    matches, entries = vocabulary().automaton.spans_long(text)
    for index, start, end in matches:
        word = entries[index][1]
        opens = start == 0 or not text[start - 1].isalpha()
        if opens and (end == n or not text[end].isalpha()):
            words.append((start, end))  # whole words only: "ba" in "subaru" is no number
            if word.ambiguous:
                total += 1
        else:  # an ordinary word inside another ("en" in "bien") counts for nothing, unless the word is made of
            # digit words only ("nolltvånoll" = 020): then each of them counts
            if start == chain_end:
                chain += 1
                if chain >= GLUED_DIGITS and (end == n or not text[end].isalpha()):
                    total += chain
            else:
                chain = opens
            chain_end = end
        if not word.ambiguous:
            plain += 1
            total += 1
        if plain >= 3 or total >= MIN_DIGITS:
            return True
    digits = sum(map(text.count, "0123456789"))
    if plain >= 1 and digits >= 4:
        return True
    return len(words) >= 3 and len(words) + digits >= MIN_DIGITS and _close_chain(text, words)


_DIGIT = re.compile(r"\d")


def _close_chain(text: str, words: list[tuple[int, int]]) -> bool:
    """Whether seven digits and number words follow each other with short gaps ("0 4 9 1 - năm bảy …")."""
    items = sorted([*words, *((m.start(), m.end()) for m in _DIGIT.finditer(text))])
    chain = 1
    for (_, end), (start, _) in itertools.pairwise(items):
        chain = chain + 1 if start - end <= 8 else 1
        if chain >= MIN_DIGITS:
            return True
    return False


_PIECES = re.compile(r"[0-9]+|[^0-9]+")
_PLAIN_SEPARATORS = frozenset({"", ".", "-", "/"})


def is_obfuscated(original_span_text: str) -> bool:
    """Whether a number was written to dodge filters, not just formatted.

    Plain forms are ASCII digits in groups of two or more, with at most one space,
    dot, hyphen or slash between groups (spaces around it allowed), parentheses and a
    leading ``+`` (``(213) 555-0127``, ``+61 491 570 156``, ``2135550127``). Anything
    else — words, letters for digits, full-width or other scripts' digits, keycaps,
    digits spaced one by one, brackets and separator noise — is obfuscation.
    """
    text = original_span_text.strip().lstrip("+(").rstrip(")")
    if not text:
        return False
    if not text.isascii():
        return True
    pieces = _PIECES.findall(text)
    groups = [p for p in pieces if p[0].isdigit()]
    if not groups or not pieces[0][0].isdigit():
        return True
    for sep in pieces[1::2]:
        cleaned = sep.replace("(", "").replace(")", "")
        if len(sep) > 3 or cleaned.strip() not in _PLAIN_SEPARATORS or cleaned.count(" ") > 2:
            return True
    singles = sum(1 for g in groups if len(g) == 1)
    leading_code = groups[0] in ("1", "7") and len(groups) > 1
    return singles > (1 if leading_code else 0)


class Phone(IdentifierType):
    name = "phone"
    description = (
        "Telephone numbers, national or international, validated against the numbering "
        "plan of their region, also when spelled out (five one four…, nueve7dos, "
        "6twentysix-4ohthree-o6oo), written in other scripts or keycaps, or wrapped in "
        "separator noise. National numbers are read in the document's country, else the "
        "country its URL or text points to, else the default region."
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
        Example("2ONE3-FIVE5five-0ONE2seven", ("+12135550127",), "US", "digit words mixed with digits"),
        Example("six0two fivefivefive 0one9nine", ("+16025550199",), "US", "compound number words"),
        Example("[2][1][3] *555* ~01~27~", ("+12135550127",), "US", "separator noise"),
        Example("NUEVE SIETE DOS, CINCO CINCO CINCO, CERO UNO UNO CUATRO", ("+19725550114",), "US", "Spanish"),
        Example("zéro un, quatre-vingt-dix-neuf, zéro zéro, douze, trente-quatre", ("+33199001234",), "FR"),
        Example("3️⃣1️⃣0️⃣5️⃣5️⃣5️⃣0️⃣1️⃣4️⃣4️⃣", ("+13105550144",), "US", "keycap emoji"),
        Example("972 555 0114 972 555 0114", ("+19725550114", "+19725550114"), "US", "a number repeated"),
        Example("❹❶❺ ➄➄➄ ⓿➀➁➈", ("+14155550129",), "US", "circled digits that NFKC leaves alone"),
        Example("chat: wa.me/61491570188", ("+61491570188",), None, "a WhatsApp link holds the number without '+'"),
        Example("ara: sıfır dört dokuz bir beş yedi sıfır bir altı yedi", ("+61491570167",), "AU", "Turkish"),
        Example(
            "không bốn chín một, năm trăm bảy mươi, một trăm linh bảy", ("+61491570107",), "AU", "Vietnamese hundreds"
        ),
        Example("В Мельбурне: 0491 570 163", ("+61491570163",), None, "region from a city named in Russian"),
        Example("Bel: twee een drie vijf vijf vijf nul een twee zeven", ("+12135550127",), "US", "Dutch"),
        Example("dzwoń: siedem zero dwa pięć pięć pięć zero jeden cztery cztery", ("+17025550144",), "US", "Polish"),
        Example("piga: mbili moja tatu tano tano tano sifuri moja mbili saba", ("+12135550127",), "US", "Swahili"),
        Example("τηλ: δύο ένα τρία πέντε πέντε πέντε μηδέν ένα δύο επτά", ("+12135550127",), "US", "Greek"),
        Example("התקשרו: שבע אפס שתיים חמש חמש חמש אפס אחת ארבע ארבע", ("+17025550144",), "US", "Hebrew"),
        Example("تماس: دو یک سه پنج پنج پنج صفر یک دو هفت", ("+12135550127",), "US", "Persian"),
        Example("문의 이일삼 오오오 공일이칠", ("+12135550127",), "US", "Sino-Korean digits, 공 for zero"),
        Example("дзвони: два один три п'ять п'ять п'ять нуль один два сім", ("+12135550127",), "US", "Ukrainian '"),
        Example("#213 #555 #0127 💋", ("+12135550127",), "US", "a number cut into hashtags"),
        Example("ＴＥＬ ２１３ー５５５ー０１２７", ("+12135550127",), "US", "katakana long-vowel mark as a dash"),
        Example("GPS 34.0522, -118.2437 downtown", (), "US", "coordinates"),
        Example("area code 702, then 555 and the last four are 0166", ("+17025550166",), "US", "announced in prose"),
        Example("area code 702 is in Nevada; 555 rooms from 1200 dollars", (), "US", "an area code and other numbers"),
        Example("Ad #4412 #4413 #4414 updated", (), "US", "ad numbers as hashtags"),
        Example("사이 오이 구이 일일", (), "US", "Korean words made of digit syllables"),
        Example("звони 7O2 555 О1З4", ("+17025550134",), "US", "Latin O and Cyrillic О, З for digits"),
        Example("Price 150 roses, 2 hours, zip 90210", (), "US", "prices and zip codes"),
        Example("IBAN GB33 BUKB 2020 1555 5555 55 / GB14 XMPL 9999 2079 4601 23", (), "GB", "IBANs are bank accounts"),
        Example(
            "IBAN GB35 XMPL 1234 2079 4601 99, tel 020 7946 0123", ("+442079460123",), "GB", "a phone after an IBAN"
        ),
        Example("Posted 2026-03-14, ad #4412", (), "US", "dates and ad ids"),
        Example("Order #44129871 on 03/14/2026 at 10:30, 24/7", (), "SG", "order number, date, time"),
        Example("34-24-36, 5'6\", 140 lbs, $150/hr", (), "US", "measurements, height, weight, price"),
        Example("twa en twa, senk senk senk, zewo en kat sis", ("+13135550146",), "US", "Haitian Creole number words"),
        Example(
            "hívj: hat nulla kettő 555 nulla egy hét hét; soita: kolme yksi kaksi 555 nolla yksi viisi viisi",
            ("+16025550177", "+13125550155"),
            "US",
            "Hungarian and Finnish number words",
        ),
        Example(
            "ring: fem en noll 555 noll ett fyra två, zavolej: sedm nula dva 555 nula jedna šest tři",
            ("+15105550142", "+17025550163"),
            "US",
            "Swedish and Czech number words",
        ),
        Example(
            "Book now: <b>(646)</b> 555-0129, <span>212</span>-555-<em>0174</em>",
            ("+16465550129", "+12125550174"),
            "US",
            "HTML formatting tags between the groups",
        ),
        Example(
            "<em>415</em> <strong>555</strong> <code>0163</code>",
            ("+14155550163",),
            "US",
            "two formatting tags between two groups",
        ),
        Example("Call ❷❶❸ 555 🄌➀➅➂", ("+12135550163",), "US", "dingbat digits, the sans-serif zero too"),
        Example(
            "Anruf: zweinullsechs fünffünffünf nulleinsdreiacht; Chiamami: tre tre uno, cinque cinque cinque, "
            "zero uno doppio otto",
            ("+12065550138", "+13315550188"),
            "US",
            "German words glued per group; Italian 'doppio' (double)",
        ),
        Example(
            "Pè: mẹ́ta ọ̀kan méjì, márùn márùn márùn, òdo ọ̀kan mẹ́jọ mẹ́fà; "
            "Kpọọ: atọ otu abụọ ise ise ise efu otu asatọ anọ",
            ("+13125550186", "+13125550184"),
            "US",
            "Yoruba with tone marks, Igbo",
        ),
        Example(
            "அழைக்க: மூன்று ஒன்று இரண்டு ஐந்து ஐந்து ஐந்து சுழியம் ஒன்று ஆறு ஏழு; "
            "కాల్: మూడు ఒకటి రెండు ఐదు ఐదు ఐదు సున్నా ఒకటి ఆరు ఎనిమిది",
            ("+13125550167", "+13125550168"),
            "US",
            "Tamil (a spoken zero) and Telugu number words",
        ),
        Example(
            "first half 312555, second half 0147; primeros 3: 415, el resto: 5550123",
            ("+13125550147", "+14155550123"),
            "US",
            "a number given in two labelled parts",
        ),
        Example(
            "first 5 rooms: 21355 / last 4: 0186; first 10 clients get 20% off, last 2 days: 0186",
            (),
            "US",
            "parts whose stated length is not theirs; counts and discounts",
        ),
        Example("电话：三幺两五五五洞幺勾勾", ("+13125550199",), "US", "the radio reading of digits: 洞 0, 勾 9"),
        Example(
            "他被拐了三次，洞口有五个人; un double clic, doppio senso, 3 doppel zimmer",
            (),
            "US",
            "拐 and 洞 as words; 'double' outside a number",
        ),
        Example(
            "Protocolo 2026-000871, Bestellnummer 4161 4960 0777 3321",
            (),
            "DE",
            "a protocol number; an order number in blocks of one size",
        ),
        Example(
            "laba eber lix, shan shan shan, eber kow saddex sagaal", ("+12065550139",), "US", "Somali number words"
        ),
        Example(
            "zero dy zero shtatë nëntë katër gjashtë zero një dy tre",
            ("+442079460123",),
            "GB",
            "Albanian number words",
        ),
        Example(
            "number: do ek chaar paanch paanch paanch zero ek nau saat",
            ("+12145550197",),
            "US",
            "romanised Hindi number words",
        ),
        Example("tres uno dos, cinco doble cinco, cero uno siete siete", ("+13125550177",), "US", "Spanish 'doble'"),
        Example("伦敦 电话 020丨7946丨0155", ("+442079460155",), "GB", "a bar-like ideograph between groups"),
        Example(
            "お電話は０４９１ー５７０ー１１８まで、または O49I 57O I19",
            ("+61491570118", "+61491570119"),
            "AU",
            "the long-vowel mark as a dash between full-width digits in kana; capital O and I for 0 and 1",
        ),
        Example(
            "ABN 12 345 678 901, ACN 123 456 789, VAT no 987 6543 21",
            (),
            "AU",
            "company and tax register numbers after their label, every group of them",
        ),
        Example("Pty Ltd ABN: 12 345 678 901 ph 0491 570 117", ("+61491570117",), "AU", "a phone after an ABN"),
        Example("702 (text first) 555 (no blocked calls) 0139", ("+17025550139",), "US", "remarks between groups"),
        Example(
            "Area code first: 212. Then the middle part, 555. Last comes 0148.",
            ("+12125550148",),
            "US",
            "groups in separate sentences after an area-code cue",
        ),
        Example(
            "room 312 (sea view), 555 (garden), 1200 (suite); area code 702: 555 guests, 1200 rooms",
            (),
            "US",
            "numbers with remarks; counts after an area code",
        ),
        Example(
            "ISBN 978-84-376-0494-7, Rechnung 2026-1129-0042, Ordine 2026/0413",
            (),
            "DE",
            "a labelled code joined by hyphens or slashes, all its parts",
        ),
        Example(
            "Bestellung 4412-9981, Tel. 030 12345678",
            ("+493012345678",),
            "DE",
            "a phone after a labelled code",
        ),
        Example("Helista: 0491 570 kolm kaks viis", ("+61491570325",), "AU", "digits spelled in Estonian"),
        Example("Ffoniwch: dim dau dim 7946 0321", ("+442079460321",), "GB", "the area code spelled in Welsh"),
        Example("ໂທ: 718 555 ສູນ ໜຶ່ງ ສີ່ ແປດ", ("+17185550148",), None, "digits spelled in Lao"),
        Example("연락처 4ㅤ1ㅤ6ㅤ5ㅤ5ㅤ5ㅤ0ㅤ1ㅤ9ㅤ9", ("+14165550199",), None, "Hangul fillers between the digits"),
        Example("📞 702 555 ⭕1⭕4 🔴", ("+17025550104",), "US", "a round emoji for the digit 0 inside a group"),
        Example("call 0491 570 1🟢5 ⚫", ("+61491570105",), "AU", "a coloured circle for 0; one apart is decoration"),
        Example(
            "[21:40] Mo: my cell?\n[21:41] Jo: 604\n[21:41] Jo: 555\n[21:41] Jo: 01 12\n[21:42] Mo: thx",
            ("+16045550112",),
            "CA",
            "a chat export: one speaker sends the number group by group, with times and names between",
        ),
        Example(
            "[09:00] Mo: 604\n[09:01] Jo: 555\n[09:01] Mo: 0112",
            (),
            "CA",
            "groups sent by different speakers are no number",
        ),
        Example(
            "S/N QK6045550112B4, part AB7025550114XY2",
            (),
            "CA",
            "digits inside a serial or model code, letters glued on both sides",
        ),
        Example(
            "contract 0x7025550100ab deployed, colour 0x6045550112 in the config",
            (),
            "US",
            "hexadecimal literals (a contract, a value in code): their digits are no number",
        ),
        Example(
            "ফোন নম্বর: ছয় শূন্য চার পাঁচ পাঁচ পাঁচ শূন্য এক এক দুই",
            ("+16045550112",),
            "CA",
            "digits spelt in Bengali words",
        ),
        Example(
            "დარეკეთ: ექვსი ნული ოთხი ხუთი ხუთი ხუთი ნული ერთი ერთი ორი; ስልክ፡ ሰባት ዜሮ ሁለት አምስት አምስት አምስት ዜሮ አንድ አንድ አራት",
            ("+16045550112", "+17025550114"),
            "CA",
            "digits spelt in Georgian and Amharic words",
        ),
        Example(
            "نمبر: سات صفر دو پانچ پانچ پانچ صفر ایک ایک چار",
            ("+17025550114",),
            "US",
            "digits spelt in Urdu words",
        ),
        Example(
            "Skambink: du vienas trys penki penki penki nulis vienas keturi aštuoni · "
            "hringdu: sjö núll tveir fimm fimm fimm núll einn einn fjórir",
            ("+12135550148", "+17025550114"),
            "US",
            "digits spelt in Lithuanian and Icelandic words (generated from CLDR's spell-out rules)",
        ),
        Example(
            "ਫ਼ੋਨ: ਛੇ ਸਿਫ਼ਰ ਚਾਰ ਪੰਜ ਪੰਜ ਪੰਜ ਸਿਫ਼ਰ ਇੱਕ ਇੱਕ ਦੋ; அழைக்கவும்: ஏழு பூஜ்யம் இரண்டு ஐந்து ஐந்து ஐந்து பூஜ்யம் ஒன்று ஒன்று நான்கு",
            ("+16045550112", "+17025550114"),
            "CA",
            "digits spelt in Punjabi (Gurmukhi) and Tamil words",
        ),
        Example(
            "でんわ: ろくぜろよん ごーごーごー ぜろいちいちにー / rele m: sèt zewo twa senk senk senk zewo en en kat",
            ("+16045550112", "+17035550114"),
            "CA",
            "digits read aloud in Japanese kana (long forms ごー, にー) and spelt in Haitian Creole",
        ),
        Example(
            "call 604 555 0112 | AU: 0491 570 166 | (GB) 020 7946 0018 | 🇫🇷 01 99 00 12 34",
            ("+16045550112", "+61491570166", "+442079460018", "+33199001234"),
            "US",
            "a country code or flag before a number reads it in that country's plan",
        ),
        Example(
            "Mo: 0491 570 166 | Jo: 0491 570 177 | NO: 0491 570 188",
            (),
            "US",
            "a chat name or an abbreviation (NO for number) is no country label",
        ),
        Example(
            "whatsapp://send?text=hola&phone=61491570177 · viber://chat?number=%2B61491570188",
            ("+61491570177", "+61491570188"),
            "US",
            "messenger deep links hold the number in international form, whatever the other parameters",
        ),
        Example(
            "https://example.com/order?phone=4915701&id=22",
            (),
            "US",
            "a 'phone' parameter of any other site is no international number",
        ),
        Example(
            "text 7O2 SSS O1ZB or 7O2.555.Ol2l",
            ("+17025550128", "+17025550121"),
            "US",
            note="letters for digits in groups of 3-3-4, a whole group too (S 5, B 8, Z 2, O 0, l 1)",
        ),
        Example("boss lab 1234, sis 555 bizz, size 2XL", (), "US", note="words among numbers, not a number"),
        Example(
            "office 702-555-0110/11, open 24/7",
            ("+17025550110", "+17025550111"),
            "US",
            note="a second line given by its last digits after a slash",
        ),
        Example("call 702-555-0110 24/7, or 702-555-0112/3pm", ("+17025550110", "+17025550112"), "US"),
        Example(
            "Mbak, telpon aku: enem telu siji lima lima lima nol siji wolu pitu",
            ("+16315550187",),
            "US",
            "Javanese digits (Sundanese and Balinese beside them)",
        ),
        Example(
            "call me: sab3a talata wa7ed khamsa khamsa khamsa sifr wa7ed tes3a itnein",
            ("+17315550192",),
            "US",
            "Arabizi: digits standing for letters inside the words (wa7ed, sab3a, tes3a)",
        ),
        Example(
            "pishi: shest' odin chetyre pyat pyat' pyat' nol' odin devyat' sem'",
            ("+16145550197",),
            "US",
            "Russian in Latin letters, with and without the soft-sign apostrophe",
        ),
        Example(
            "wechat or call: liu yao wu wu wu wu ling yao ling si",
            ("+16155550104",),
            "US",
            "pinyin digits, 'yao' for one",
        ),
        Example(
            "でんわ ろくいちご ごーごーごー ぜろいちまるに", ("+16155550102",), "US", "one-kana readings: ご, まる"
        ),
        Example(
            "FR 01 99 00 45 67 / AU 0491 570 118",
            ("+33199004567", "+61491570118"),
            "US",
            "a bare country code in capitals before each number",
        ),
        Example(
            "ni hao, san ge ren, er shi wu kuai; go to si 5 ba",
            (),
            "US",
            "pinyin and romaji syllables outside a run of numbers stay words",
        ),
        Example("CALL ME AT 213 555 0123, IN 2 HOURS", ("+12135550123",), "US", "'AT', 'IN' name no country"),
        Example(
            "Tel plus trente-trois, un, 99 00 41 27; call plus one 212 555 0142",
            ("+33199004127", "+12125550142"),
            note="the plus sign spelled before a country code in words or digits",
        ),
        Example(
            "Traballo de camareira en París; teléfono: cero un, nove nove, cero cero, catro dous, oito sete",
            ("+33199004287",),
            note="Galician number words; an accented or plain city gives the region",
        ),
        Example(
            "Medidas 95/62/98 · 1,65 m · 54 kg; Mesures 90-60-90 · 1,70 m; 100 € plus 20 de pourboire",
            (),
            "FR",
            "body measurements in centimetres; 'plus' after an amount adds up (a tip, no country code)",
        ),
        Example(
            "Déan teagmháil: náid aon sé aon, ceathair naoi sé, náid trí ocht cúig",
            ("+441614960385",),
            "GB",
            "Irish bare number words (the 'a' particle left out)",
        ),
        Example(
            "Fòn: neoni dhà neoni, seachd naoi ceithir sia, neoni ochd aon dhà",
            ("+442079460812",),
            "GB",
            "Scottish Gaelic number words",
        ),
        Example(
            "Pellgomz: mann daou mann, seizh nav pevar c'hwec'h, mann pevar eizh unan",
            ("+442079460481",),
            "GB",
            "Breton number words",
        ),
        Example("call oh-one-six-one, four-nine-six, oh-treble-two", ("+441614960222",), "GB", "'oh' and 'treble'"),
        Example("Bhí sé ann, dó nó trí lá, agus aon oíche", (), "GB", "Irish words that are also digits, alone"),
        Example("a treble shot and a double for two", (), "GB", "'treble' and 'double' outside a number"),
        Example(
            "شمېره: صفر دوه صفر، اووه نهه څلور شپږ، صفر درې اته يو", ("+442079460381",), "GB", "Pashto number words"
        ),
        Example(
            "Рақам: сифр ду сифр, ҳафт нӯҳ чор шаш, сифр панҷ ду як; ё сифр ду сифр хафт нух чор шаш сифр панч се ду",
            ("+442079460521", "+442079460532"),
            "GB",
            "Tajik number words, also as typed on a Russian keyboard",
        ),
        Example("Telefon: nol bir, dokuz dokuz, nol nol, alty ýedi, bäş iki", ("+33199006752",), "FR", "Turkmen"),
        Example(
            "Звънни ми се: нула две нула, седем девет четири шест, нула пет две осем",
            ("+442079460528",),
            "GB",
            "Bulgarian 'се' before the number words is no Tajik 3",
        ),
        Example(
            "Antsoy: aotra iray, sivy sivy, aotra aotra, efatra valo, enina roa", ("+33199004862",), "FR", "Malagasy"
        ),
        Example(
            "ቁጽሪ፦ ዜሮ ክልተ ዜሮ፣ ሸውዓተ ትሽዓተ ኣርባዕተ ሽዱሽተ፣ ዜሮ ሓሙሽተ ሸሞንተ ሓደ",
            ("+442079460581",),
            "GB",
            "Tigrinya number words (Ethiopic script)",
        ),
        Example(
            "bilbilaa: duwwaa lama duwwaa, torba sagal afur jaha, duwwaa shan lama sadii",
            ("+442079460523",),
            "GB",
            "Oromo number words",
        ),
        Example("نۆل ئىككى نۆل، يەتتە توققۇز تۆت ئالتە، نۆل بەش ئىككى تۆت", ("+442079460524",), "GB", "Uyghur"),
        Example("ноль ике ноль, җиде тугыз дүрт алты, ноль биш ике җиде", ("+442079460527",), "GB", "Tatar"),
        Example(
            "Views: 4,165,550,118 · likes 2,103; DHL JD014 6000 0556 6074 1; Hermes H0012 3456 7890 1234",
            (),
            "GB",
            "a count with thousands separators; parcel tracking numbers after a carrier's name",
        ),
        Example(
            "Дар боғ сад дарахт ва як ҳавз; telo taona izay, roa andro", (), "GB", "Tajik and Malagasy words alone"
        ),
        Example(
            "Studio Sydney 0491 570 156, London: 020 7946 0311, Paris 01 99 00 22 33",
            ("+61491570156", "+442079460311", "+33199002233"),
            None,
            "a national number read in the plan of the city named just before it, when the region's plan fails",
        ),
        Example("Office 020 7946 0327, reading 020 7946 0328", (), None, "no place named (or not capitalised)"),
        Example(
            "Rele: twa zewo senk, senk senk senk, zewo en de kat",
            ("+13055550124",),
            "US",
            "'de' (2), 'set' (7), 'sin' (5) of the Creoles count only between their number words",
        ),
        Example("página 1 de 3, capítulo 20 de 25, 555 de 0123 on 1 set 4", (), "US", "a preposition between digits"),
        Example(
            "Ruf an: 312 dann 555 und zuletzt 0147 · 电话 213然后555最后0148 · llama 415, luego 555, al final 0149",
            ("+13125550147", "+12135550148", "+14155550149"),
            "US",
            "groups of one number given in order by words ('then', 'dann', '然后', 'luego', 'at the end')",
        ),
        Example(
            "rooms 12, then 14; ages 20 then 25; 2019, then 2021, then 2023; $213 then $555 then $0147",
            (),
            "US",
            "lists of numbers, years and prices given in order: too short, or no number",
        ),
        Example("Lotto am Samstag: 04 09 18 26 33 47, Superzahl 3", (), "DE", "numbers drawn in a lottery"),
        Example(
            "大乐透第25031期：03 09 17 22 34 + 05 11; หวยงวดนี้ 12 45 33 08 19",
            (),
            "CN",
            "a lottery named before five or more pairs in any order (front and back numbers)",
        ),
        Example("Gagné au loto ! Appelez le 01 99 00 47 12", ("+33199004712",), "FR", "a lottery of another sentence"),
        Example("ロンドン 電話 〇二〇の七九四六の〇三七一", ("+442079460371",), note="'の' between groups"),
        Example(
            "シドニーの携帯：ゼロ・ヨン・キュウ・イチ の ゴ・ナナ・ゼロ の イチ・ゼロ・サン",
            ("+61491570103",),
            note="a number read out in katakana: '・' between its digits, 'の' between its groups",
        ),
        Example("住所：1の2の3、3の4", (), "JP", "'の' in an address: too few digits"),
        Example(
            "Munka Londonban, hívj: 020 7946 0388. Lontoossa töitä, soita 020 7946 0412",
            ("+442079460388", "+442079460412"),
            note="a city's name with a case ending (Hungarian, Finnish) as the region cue",
        ),
        Example(
            "Tirage: 02 11 17 24 38 45 — info 01 99 00 52 17", ("+33199005217",), "FR", "a draw beside a phone number"
        ),
        Example("Facture n° 0199005217 du 04/05/2026", (), "FR", "an invoice number after 'n°'"),
        Example("シドニー在住 0491 570 158", ("+61491570158",), None, "ja: the city in kana as the only region cue"),
        Example("런던 020 7946 0321", ("+442079460321",), None, "ko: the city in Hangul as the only region cue"),
        Example(
            "Work in Nuku'alofa? no — Sydney. Call: noa fā hiva taha, nima fitu noa, taha fitu nima",
            ("+61491570175",),
            None,
            "to: Tongan number words",
        ),
        Example(
            "Hana ma Honolulu. Kelepona: ʻewalu ʻole ʻewalu ʻelima ʻelima ʻelima ʻole ʻekahi ʻehā ʻelua",
            ("+18085550142",),
            None,
            "haw: Hawaiian number words with the ʻokina",
        ),
    )

    def _lettered_groups(self, ctx: FieldContext) -> Iterator[Entity]:
        """Numbers in 3-3-4 groups with letters for digits, whole groups too (``_LETTER_GROUPS``)."""
        for m in _LETTER_GROUPS.finditer(ctx.text.text):
            raw = m.group(1) + m.group(3) + m.group(4)
            if sum(c.isdigit() for c in raw) < _LETTER_GROUPS_MIN_DIGITS or raw.isdigit():
                continue
            if sum(not g.isalpha() for g in (m.group(1), m.group(3), m.group(4))) < 2:
                continue  # each group but one holds a digit: a word among numbers, not numbers among words
            value = validate(raw.translate(_GROUP_LETTERS), ctx.region, False, True)
            if value is not None:
                a, b = ctx.text.span(m.start(), m.end())
                yield Entity(type=self.name, value=value, start=a, end=b, field=ctx.field)

    def extract(self, ctx: FieldContext) -> Iterator[Entity]:
        text = ctx.text.text
        url = ctx.field == "url"
        close = _could_hold_a_number(text, url)
        remarks = not url and _REMARK_HINT.search(text) is not None
        original = ctx.text.original
        chat = not url and "\n" in original and _CHAT_HINT.search(original) is not None
        lettered = [] if url or not _letter_digit_hint().search(text) else list(self._lettered_groups(ctx))
        sequenced = not url and _SEQUENCE_DIGITS.search(text) is not None and _sequence_hint().search(text)
        if not close and not chat and not sequenced and (url or not _spread_number(text, remarks)):
            yield from lettered
            return
        # a web address spells no numbers out: its digits are read as they are
        view = NumericView(ctx.text, []) if url else digit_view(ctx.text)
        found = set()
        taken: list[tuple[int, int]] = []
        for start, end, value in find_numbers(view, ctx.region, url=ctx.field == "url") if close else ():
            a, b = view.span(start, end)
            found.add(value)
            taken.append((a, b))
            yield Entity(type=self.name, value=value, start=a, end=b, field=ctx.field)
            if not url and (suffix := _LAST_DIGITS_AFTER.match(original, b)) is not None:
                digits = suffix.group(1)
                other = _parse(value[: -len(digits)] + digits, None)
                if other is not None and other != value and other not in found:
                    found.add(other)  # "312-555-0147/48": the next line's number, by its last digits
                    yield Entity(type=self.name, value=other, start=a, end=suffix.end(1), field=ctx.field)
        for entity in lettered:
            if entity.value not in found:
                found.add(entity.value)
                yield entity
        if remarks:
            for m in _REMARKED.finditer(view.text):
                remarked = validate(m.group(1) + m.group(2) + m.group(3), ctx.region, False, True)
                if remarked is not None and remarked not in found:
                    found.add(remarked)
                    a, b = view.span(m.start(1), m.end(3))
                    yield Entity(type=self.name, value=remarked, start=a, end=b, field=ctx.field)
        if not url and _AREA_CODE_CUE.search(text):
            # read with number words as digits, and as written ("last four 0107": "four" is no digit here)
            for source, span in ((view.text, view.span), (text, ctx.text.span)):
                for start, end, value in _announced(source, ctx.region):
                    if value not in found:
                        found.add(value)
                        a, b = span(start, end)
                        yield Entity(type=self.name, value=value, start=a, end=b, field=ctx.field)
        if not url and _halves_hinted(text):
            for start, end, value in _halves(text, ctx.region):
                if value not in found:
                    found.add(value)
                    a, b = ctx.text.span(start, end)
                    yield Entity(type=self.name, value=value, start=a, end=b, field=ctx.field)
        if sequenced:
            for start, end, value in _sequenced(view.text, ctx.region):
                a, b = view.span(start, end)
                if value not in found and not any(x < b and a < y for x, y in taken):
                    found.add(value)
                    yield Entity(type=self.name, value=value, start=a, end=b, field=ctx.field)
        if chat:
            for a, b, value in _chat_messages(original, ctx.region):
                if value not in found:
                    found.add(value)
                    yield Entity(type=self.name, value=value, start=a, end=b, field=ctx.field)
