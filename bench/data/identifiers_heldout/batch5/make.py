"""Generate batch 5 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch5/<type>.jsonl).

Why a fifth batch: batches 1-4 were each scored and the extractors were then improved on them,
so they no longer measure text nobody tuned for.  Batch 5 was written by a different author who
did not read the extractors, their development data, their generated docs or the earlier held-out
cases — only the issue text (issue 3), the obfuscation table in the research notes (indicators.md
section 5), the data contract in PRODUCT.md (canonical values) and the scorer.  Its cases use
obfuscations and phrasings chosen to be *different* from the examples in those texts: number words
in more languages (including compounds like "quatre-vingt-dix-neuf" or "noventa y nueve", "triple
five", Chinese numerals and "幺"), digits of more scripts (Bengali, mathematical monospace,
parenthesised and circled digits), "@" spelled in languages whose word for it is an animal (Russian
"собака", Korean "골뱅이", Greek "παπάκι", Polish "małpa"), platform names in other scripts (Arabic
"سناب", Thai "ไลน์", Russian "тг"), leet platform names, and distractors that look like the real
thing (a Spanish "arroba" of potatoes, a dog called "собака", Greenville SC, truncated wallets).

Canonical values follow PRODUCT.md's data contract: phone E.164; e-mail lower-case; handle
``platform:username`` lower-case (``unknown`` when no platform is named); payment ``cashapp:$tag``,
``venmo:user``, ``paypal:user``; crypto ``btc:ADDR``, ``eth:0x...`` lower-case, ``trx:ADDR``; age a
decimal string.  Only the types and platforms whose canonical form is stated there or in issue 3
are used: no Zelle/Revolut payments, no LTC/XMR/SOL wallets, no twitter/x or WhatsApp handles.

All values are fictional: North American 555-01xx numbers with real area codes, Australian
0491 570 1xx, UK 020 7946 0xxx, French 01 99 00 xx xx (every expected phone is checked valid with
``phonenumbers``); example.com/.org/.net domains; wallets derived from fixed seeds with valid
checksums (base58check, bech32, bech32m, EIP-55), verified again before writing.

    .venv/bin/python bench/data/identifiers_heldout/batch5/make.py
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path
from typing import Any

import base58
import bech32
import phonenumbers
from Crypto.Hash import keccak

OUT = Path(__file__).resolve().parent
BATCH = 5

# --------------------------------------------------------------------------- wallets


def _bytes(label: str, size: int) -> bytes:
    """Bytes from a fixed seed: SHA-256 in counter mode over a label (nothing secret, just fixed)."""
    stream = bytearray()
    block = 0
    while len(stream) < size:
        stream += hashlib.sha256(f"clew-batch5|{label}|{block}".encode()).digest()
        block += 1
    return bytes(stream[:size])


def base58check(prefix: int, label: str) -> str:
    """A base58check address: version byte + 20-byte hash + 4-byte double-SHA-256 checksum."""
    return base58.b58encode_check(bytes([prefix]) + _bytes(label, 20)).decode("ascii")


_BECH32M_CONST = 0x2BC830A3


def _bech32m_checksum(hrp: str, data: list[int]) -> list[int]:
    mod = bech32.bech32_polymod(bech32.bech32_hrp_expand(hrp) + data + [0] * 6) ^ _BECH32M_CONST
    return [(mod >> (5 * (5 - k))) & 31 for k in range(6)]


def segwit_v0(label: str, size: int = 20) -> str:
    """A bech32 (BIP 173) witness-v0 address: P2WPKH (20 bytes) or P2WSH (32 bytes)."""
    address = bech32.encode("bc", 0, list(_bytes(label, size)))
    assert address is not None
    return address


def taproot(label: str) -> str:
    """A bech32m (BIP 350) witness-v1 address; the bech32 package predates BIP 350."""
    five = bech32.convertbits(list(_bytes(label, 32)), 8, 5)
    assert five is not None
    data = [1, *five]
    return "bc1" + "".join(bech32.CHARSET[v] for v in data + _bech32m_checksum("bc", data))


def _keccak_hex(text: str) -> str:
    digest = keccak.new(digest_bits=256)
    digest.update(text.encode("ascii"))
    return digest.hexdigest()


def eip55(label: str) -> str:
    """An EIP-55 checksummed Ethereum address (case of each hex letter from keccak of the lower form)."""
    body = _bytes(label, 20).hex()
    mask = _keccak_hex(body)
    return "0x" + "".join(ch.upper() if ch in "abcdef" and int(mask[k], 16) > 7 else ch for k, ch in enumerate(body))


def tron(label: str) -> str:
    """A TRON address: base58check with version byte 0x41 (starts with T)."""
    return base58check(0x41, label)


# verification (run over every positive before writing; negatives must fail)


def valid_base58check(address: str, prefixes: tuple[int, ...]) -> bool:
    try:
        raw = base58.b58decode_check(address)
    except ValueError:
        return False
    return len(raw) == 21 and raw[0] in prefixes


def valid_segwit(address: str) -> bool:
    address = address.lower()
    hrp, data = bech32.bech32_decode(address)
    if hrp is not None and data and data[0] == 0:
        return bech32.decode("bc", address) != (None, None)
    # bech32m: verify with the BIP 350 constant
    if "1" not in address:
        return False
    pos = address.rfind("1")
    hrp2, rest = address[:pos], address[pos + 1 :]
    if hrp2 != "bc" or any(c not in bech32.CHARSET for c in rest) or len(rest) < 7:
        return False
    values = [bech32.CHARSET.index(c) for c in rest]
    if values[0] == 0:
        return False
    return bool(bech32.bech32_polymod(bech32.bech32_hrp_expand(hrp2) + values) == _BECH32M_CONST)


def valid_eip55(address: str) -> bool:
    if not address.startswith("0x") or len(address) != 42:
        return False
    body = address[2:]
    if any(c not in "0123456789abcdefABCDEF" for c in body):
        return False
    if body == body.lower() or body == body.upper():
        return True  # no checksum claimed
    mask = _keccak_hex(body.lower())
    return all((ch.upper() if ch.isalpha() and int(mask[k], 16) > 7 else ch.lower()) == ch for k, ch in enumerate(body))


def valid_wallet(canonical: str) -> bool:
    chain, address = canonical.split(":", 1)
    if chain == "btc":
        return (address.startswith("bc1") and valid_segwit(address)) or valid_base58check(address, (0x00, 0x05))
    if chain == "eth":
        return valid_eip55(address) and address == address.lower()
    if chain == "trx":
        return valid_base58check(address, (0x41,))
    return False


def spoil_base58(address: str) -> str:
    """Swap two neighbouring distinct characters near the middle: same alphabet, checksum fails."""
    chars = list(address)
    k = len(chars) // 2
    while chars[k] == chars[k + 1]:
        k += 1
    chars[k], chars[k + 1] = chars[k + 1], chars[k]
    return "".join(chars)


def spoil_bech32(address: str) -> str:
    """Replace one data character (bech32 detects any single substitution)."""
    k = len(address) - 10
    repl = "q" if address[k] != "q" else "p"
    return address[:k] + repl + address[k + 1 :]


def spoil_eip55(address: str) -> str:
    """Flip the case of the last letter so the mixed case no longer matches the checksum."""
    body = list(address[2:])
    for k in range(len(body) - 1, -1, -1):
        if body[k].isalpha():
            body[k] = body[k].swapcase()
            break
    return "0x" + "".join(body)


# --------------------------------------------------------------------------- text helpers


def fw(text: str) -> str:
    """Full-width forms (U+FF01..U+FF5E) for printable ASCII, ideographic space for space."""
    return "".join("\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def script_digits(text: str, zero: int) -> str:
    return "".join(chr(zero + ord(c) - 48) if "0" <= c <= "9" else c for c in text)


ARABIC_INDIC, PERSIAN, DEVANAGARI, BENGALI, THAI = 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50
MATH_BOLD, MATH_SANS_BOLD, MATH_MONO = 0x1D7CE, 0x1D7EC, 0x1D7F6


def circled(text: str) -> str:
    return "".join(("\u24ea" if c == "0" else chr(0x245F + int(c))) if c.isdigit() else c for c in text)


def parenthesised(text: str) -> str:
    """U+2474.. '⑴' forms (no zero exists: zero stays ASCII)."""
    return "".join(chr(0x2473 + int(c)) if c in "123456789" else c for c in text)


def keycap(text: str, vs16: bool = True) -> str:
    return "".join(c + ("\ufe0f" if vs16 else "") + "\u20e3" if c.isdigit() else c for c in text)


def between(text: str, sep: str) -> str:
    """Put `sep` between every pair of characters (zero-width, emoji, soft hyphen...)."""
    return sep.join(text)


WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "ro": "zero unu doi trei patru cinci șase șapte opt nouă",
    "ru": "ноль один два три четыре пять шесть семь восемь девять",
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan",
    "vi": "không một hai ba bốn năm sáu bảy tám chín",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "tl": "sero isa dalawa tatlo apat lima anim pito walo siyam",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "zh": "〇 一 二 三 四 五 六 七 八 九",
}


def spell(digits: str, lang: str, sep: str = " ", group_sep: str | None = None) -> str:
    """Digits as words; groups separated by `group_sep` where the input has a space."""
    names = WORDS[lang].split()
    groups = [sep.join(names[int(d)] for d in group) for group in digits.split()]
    return (group_sep if group_sep is not None else sep).join(groups)


# --------------------------------------------------------------------------- records

Case = dict[str, Any]


def case(kind: str, n: int, text: str, expected: list[str], note: str, country: str | None = None) -> Case:
    out: Case = {"id": f"b5-{kind}-{n:03d}", "batch": BATCH, "text": text}
    if country:
        out["country"] = country
    out["expected"] = expected
    out["note"] = note
    return out


def numbered(kind: str, rows: list[tuple[Any, ...]]) -> list[Case]:
    """rows: (text, expected, note[, country]) -> records numbered 001.. in order."""
    return [case(kind, k, *row) for k, row in enumerate(rows, 1)]


# --------------------------------------------------------------------------- phone

ZW, ZWNJ, ZWJ, WJ, SHY, LRM, RLM = "\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\u200e", "\u200f"


def phone_cases() -> list[Case]:
    rows: list[tuple[Any, ...]] = [
        # --- number words, other languages and compounds
        (
            "Call Jade 3one2 - 555 - zero1eight8 ❤️ incall/outcall downtown",
            ["+13125550188"],
            "en digit words mixed in each group, 'zero' spelled",
            "US",
        ),
        (
            "Llámame al tres cero cinco, cinco cinco cinco, cero uno cero cero 💋 Miami Beach",
            ["+13055550100"],
            "es digit words with commas between groups",
            "US",
        ),
        (
            "whats 7o2 cinco5cinco 01cuatro3 pregunta por Dani",
            ["+17025550143"],
            "es words glued to digits; letter o for zero",
            "US",
        ),
        (
            "Appelle-moi au zéro un, quatre-vingt-dix-neuf, zéro zéro, douze, trente-quatre. Bisous",
            ["+33199001234"],
            "fr read in pairs with compounds (quatre-vingt-dix-neuf = 99)",
            "FR",
        ),
        (
            "Chama no zap: " + spell("213 555 0127", "pt", " ", " - ") + " 🔥 só hoje",
            ["+12135550127"],
            "pt digit words, 'zap' = WhatsApp",
            "US",
        ),
        (
            "fone (4one5) 5cinco5-0um3dois atendo 24h",
            ["+14155550132"],
            "en/es/pt words mixed with digits inside brackets",
            "US",
        ),
        ("Звони: +1 " + spell("646 555 0179", "ru"), ["+16465550179"], "ru digit words after +1"),
        (
            "тел 2l3 555 \u041e1\u04179 спросить Алину",
            ["+12135550139"],
            "Latin l for 1, Cyrillic О for 0 and Cyrillic З for 3 (UTS 39 confusables)",
            "US",
        ),
        (
            "восемь один восемь, пятьсот пятьдесят пять, ноль сто двадцать один",
            ["+18185550121"],
            "ru compounds (пятьсот пятьдесят пять = 555, сто двадцать один = 121)",
            "US",
        ),
        (
            "Sună-mă: plus unu, șapte unu trei, cinci cinci cinci, zero unu nouă zero",
            ["+17135550190"],
            "ro words including 'plus unu' for +1",
        ),
        ("WA: +61 " + spell("491 570 156", "id"), ["+61491570156"], "id digit words"),
        (
            "tiga satu dua, lima lima lima, nol satu, dua puluh tujuh — chat dulu ya",
            ["+13125550127"],
            "id words with a compound (dua puluh tujuh = 27)",
            "US",
        ),
        ("Zalo/ĐT: " + spell("0491 570 110", "vi"), ["+61491570110"], "vi digit words, AU mobile", "AU"),
        (
            "ĐT: 7 không 2 - năm 5 năm - 0 một 5 5 gặp em nhé",
            ["+17025550155"],
            "vi words alternating with digits",
            "US",
        ),
        ("Ara beni: " + spell("0491 570 157", "tr"), ["+61491570157"], "tr digit words (dotless ı)", "AU"),
        ("Tawag ka: " + spell("0491 570 172", "tl"), ["+61491570172"], "tl digit words", "AU"),
        (
            "Ruf an: null zwei null, sieben neun vier sechs, null null neun neun",
            ["+442079460099"],
            "de digit words, London number",
            "GB",
        ),
        (
            "seis cuatro seis, cinco cinco cinco, cero uno noventa y nueve",
            ["+16465550199"],
            "es compound at the end (noventa y nueve = 99)",
            "US",
        ),
        (
            "liga: dois um três, cinco cinco cinco, zero um, trinta e dois",
            ["+12135550132"],
            "pt compound at the end (trinta e dois = 32)",
            "US",
        ),
        (
            "four one five, triple five, zero one double two — text first",
            ["+14155550122"],
            "en 'triple' and 'double' multipliers",
            "US",
        ),
        (
            "ring me on oh two oh, seven nine four six, oh double four five",
            ["+442079460445"],
            "UK spoken style: oh for zero, double four",
            "GB",
        ),
        (
            "two-thirteen, five-fifty-five, oh-one-twenty-seven",
            ["+12135550127"],
            "en spoken compounds (two-thirteen = 213)",
            "US",
        ),
        ("three-oh-five five-five-five oh-one-hundred", ["+13055550100"], "en 'oh-one-hundred' = 0100", "US"),
        (
            "tw0 0ne thr33 f1ve f1ve f1ve zer0 0ne s1x s1x",
            ["+12135550166"],
            "leet digit words (thr33, f1ve, zer0)",
            "US",
        ),
        (
            "tw\u043e-\u043en\u0435-thr\u0435\u0435 fiv\u0435-fiv\u0435-fiv\u0435 "
            "z\u0435r\u043e-\u043en\u0435-f\u043eur-\u0435ight",
            ["+12135550148"],
            "en digit words with Cyrillic о/е inside",
            "US",
        ),
        ("电话：二一三－五五五－〇一八一 （洛杉矶）", ["+12135550181"], "zh numerals with full-width hyphens", "US"),
        ("微信同号 四幺五 五五五 〇幺二〇", ["+14155550120"], "zh numerals with 幺 for one", "US"),
        # --- digits of other scripts and compatibility forms
        ("ＴＥＬ：（６１９）５５５－０１４８", ["+16195550148"], "full-width digits and brackets", "US"),
        (
            "للحجز واتساب " + LRM + "+" + script_digits("1 312 555 0166", ARABIC_INDIC),
            ["+13125550166"],
            "Arabic-Indic digits after an LRM mark",
        ),
        (
            "شماره تماس: " + script_digits("0044 20 7946 0555", PERSIAN),
            ["+442079460555"],
            "Persian digits with 00 international prefix",
        ),
        ("कॉल करें: +" + script_digits("44 20 7946 0123", DEVANAGARI), ["+442079460123"], "Devanagari digits"),
        ("โทร " + script_digits("0491 570 158", THAI) + " น้องมายด์", ["+61491570158"], "Thai digits", "AU"),
        ("ফোন: +" + script_digits("1 404 555 0176", BENGALI), ["+14045550176"], "Bengali digits"),
        (script_digits("206-555-0105", MATH_BOLD) + " ask for Mia", ["+12065550105"], "mathematical bold digits", "US"),
        ("txt " + script_digits("818.555.0121", MATH_MONO), ["+18185550121"], "mathematical monospace digits", "US"),
        (circled("213 555 0127") + " 💕", ["+12135550127"], "circled digits including ⓪", "US"),
        (
            "📞 " + parenthesised("415555") + " 0199",
            ["+14155550199"],
            "parenthesised digits ⑷⑴⑸ (NFKC gives '(4)(1)(5)')",
            "US",
        ),
        (
            "📲 " + keycap("917") + " • " + keycap("555") + " • " + keycap("0134"),
            ["+19175550134"],
            "keycap emoji with bullet separators",
            "US",
        ),
        (
            keycap("4165550199", vs16=False) + " Toronto GTA",
            ["+14165550199"],
            "keycaps without the U+FE0F selector",
            "CA",
        ),
        ("(６four６) five５５ ０１eight２", ["+16465550182"], "full-width digits mixed with en words", "US"),
        # --- separators, spacing, invisible characters
        ("6💋0💋4 5💋5💋5 0💋1💋1💋1 Vancouver", ["+16045550111"], "emoji between every digit", "CA"),
        ("{5}{1}{4}(5)(5)(5)<0><1><6><2>", ["+15145550162"], "each digit in its own bracket, three kinds", "CA"),
        ("*2*1*3*~*5*5*5*~*0*1*4*4*", ["+12135550144"], "star and tilde noise", "US"),
        (
            "t w o o n e t h r e e f i v e f i v e f i v e z e r o o n e f i v e f i v e",
            ["+12135550155"],
            "letter-spaced digit words",
            "US",
        ),
        ("text " + between("305-555-0109", ZW), ["+13055550109"], "zero-width space after every character", "US"),
        (
            "call 702" + SHY + "555" + SHY + "0177" + WJ + " anytime",
            ["+17025550177"],
            "soft hyphens and word joiner as separators",
            "US",
        ),
        ("☎ 514/555/0133 Montréal", ["+15145550133"], "slashes as separators", "CA"),
        ("Text me\n213\n555\n0191\nno blocked numbers", ["+12135550191"], "one number split over lines", "US"),
        ("area code 404, then 555, last four 0107", ["+14045550107"], "groups announced in prose", "US"),
        # --- international formats, URLs, several numbers
        ("Int'l: 0061.491.570.159", ["+61491570159"], "00 prefix with dots"),
        ("Paris 8e — Tél : 01.99.00.56.78 (pas de SMS)", ["+33199005678"], "French dotted pairs", "FR"),
        ("Depuis l'étranger : +33 (0)1 99 00 43 21", ["+33199004321"], "+33 with the trunk zero in brackets"),
        ("Book online: www.example.com/escorts/miami-3055550182", ["+13055550182"], "number only in a URL path", "US"),
        ("http://7025550163.example.net/vip", ["+17025550163"], "number as a subdomain", "US"),
        ('<a href="tel:+12065550156">text me</a>', ["+12065550156"], "tel: link"),
        (
            "CALL 312-555-0123 / 312-555-0123 / 312.555.0123 or my friend 773-555-0145",
            ["+13125550123", "+17735550145"],
            "the same number three times plus a second number",
            "US",
        ),
    ]
    negatives: list[tuple[Any, ...]] = [
        ("Rates: 1hr $250, 2hrs $450, overnight $1,200 — available 24/7", [], "prices and 24/7", "US"),
        ("Order #2135550127 shipped, thanks for shopping", [], "order number with a phone's digits", "US"),
        ("Tracking: 1Z 999 AA1 01 2345 6784 (UPS)", [], "parcel tracking number", "US"),
        ("Measurements 34-24-36, 5'7\", 125 lbs, dress size 6", [], "body measurements", "US"),
        ("Available 10:00–22:00 Mon–Fri, from 2024-06-15", [], "times and an ISO date", "US"),
        ("Zip 90012-3301, unit 4B, parking level 2", [], "ZIP+4 code", "US"),
        ("IBAN: GB33 BUKB 2020 1555 5555 55", [], "IBAN with 555 runs", "GB"),
        ("Ad ID 7025550143 · posted 2024-03-01 · 1,024 views", [], "ad ID the length of a phone", "US"),
        ("Tarifs : 30 min 150 € / 1 h 250 € / 2 h 450 € / nuit 1000 €", [], "fr price list", "FR"),
        ("Cuarto 305, piso 5, edificio 12. Horario de 9 a 21 h", [], "es room, floor and hours", "US"),
        ("Цена 5000 руб/час, 15.06.2024, 21:30", [], "ru price, dotted date, time"),
        ("ISBN 978-0-306-40615-7, 2nd edition", [], "ISBN"),
        ("Coordinates 34.0522, -118.2437 (meet nearby)", [], "GPS coordinates", "US"),
        (
            "السعر " + script_digits("500", ARABIC_INDIC) + " درهم للساعة، " + script_digits("2024", ARABIC_INDIC),
            [],
            "Arabic-Indic price and year",
        ),
        (fw("2024") + "年" + fw("6") + "月" + fw("15") + "日　" + fw("21:00") + "〜", [], "full-width date and time"),
        ("SKU 4155-5501-27X, colour black, size M", [], "product code with phone-like digits", "US"),
        ("⭐ " + keycap("5") + "/" + keycap("5") + " reviews, " + keycap("100") + "% real pics", [], "keycap ratings"),
        ("Card ending 4242, ref 5550 1234, amount 213.55", [], "card tail, reference, amount", "US"),
        ("Worked there 2015–2023 (8 years), salary 3,500/month", [], "year range and salary", "US"),
    ]
    return numbered("phone", rows + negatives)


# --------------------------------------------------------------------------- email


def email_cases() -> list[Case]:
    cyr_e, cyr_a = "\u0435", "\u0430"
    rows: list[tuple[Any, ...]] = [
        ("bookings: rosa.lane (at) example (dot) com", ["rosa.lane@example.com"], "en (at) (dot) in brackets"),
        ("mia_b [at] example [dot] org — serious only", ["mia_b@example.org"], "en square brackets"),
        ("Escríbeme: carla.vip arroba example punto net", ["carla.vip@example.net"], "es arroba / punto"),
        ("Contato: bianca22 arroba example ponto com 😘", ["bianca22@example.com"], "pt arroba / ponto"),
        ("Écris-moi : chloe.paris arobase example point org", ["chloe.paris@example.org"], "fr arobase / point"),
        ("пиши: katya собака example точка com", ["katya@example.com"], "ru собака (dog) for @, точка for dot"),
        ("работа: hr_team (собачка) example (точка) org", ["hr_team@example.org"], "ru diminutive собачка"),
        ("Scrie-mi: ioana.m @ example punct com", ["ioana.m@example.com"], "ro punct with spaced @"),
        ("email: dewi.ayu at example titik com", ["dewi.ayu@example.com"], "id titik for dot"),
        ("mail: linh.tran a còng example chấm com", ["linh.tran@example.com"], "vi 'a còng' for @, chấm for dot"),
        ("e-posta: elif.k (et) example nokta com", ["elif.k@example.com"], "tr et / nokta"),
        ("pisz: anna.k małpa example kropka org", ["anna.k@example.org"], "pl małpa (monkey) / kropka"),
        ("Kontakt: lena.k (ät) example (punkt) net", ["lena.k@example.net"], "de ät / Punkt"),
        ("scrivimi: giulia chiocciola example punto com", ["giulia@example.com"], "it chiocciola (snail)"),
        ("mail naar sanne apenstaartje example punt org", ["sanne@example.org"], "nl apenstaartje"),
        ("napiš: tereza zavináč example tečka com", ["tereza@example.com"], "cs zavináč / tečka"),
        ("maila elin snabel-a example punkt net", ["elin@example.net"], "sv snabel-a"),
        ("อีเมล: ploy แอท example ดอท com", ["ploy@example.com"], "th แอท / ดอท"),
        ("ईमेल: priya.s एट example डॉट com", ["priya.s@example.com"], "hi एट / डॉट"),
        ("メール：hana アットマーク example ドット com", ["hana@example.com"], "ja アットマーク / ドット"),
        ("이메일: jiwoo 골뱅이 example 닷 com", ["jiwoo@example.com"], "ko 골뱅이 (snail) / 닷"),
        ("στείλε μου: maria παπάκι example τελεία com", ["maria@example.com"], "el παπάκι (duckling) / τελεία"),
        ("מייל: shira שטרודל example נקודה com", ["shira@example.com"], "he שטרודל (strudel) / נקודה"),
        ("البريد: sara [at] example [dot] com للحجز", ["sara@example.com"], "ar text around bracketed en words"),
        ("邮箱：mei.li 艾特 example 点 com", ["mei.li@example.com"], "zh 艾特 / 点"),
        ("联系邮箱：xiaomei＠example．net", ["xiaomei@example.net"], "full-width @ and full stop"),
        (fw("yuki@example.com"), ["yuki@example.com"], "fully full-width address"),
        ("nina\ufe6bexample.org", ["nina@example.org"], "small commercial at U+FE6B"),
        ("CONTACT: ROXY.STAR@EXAMPLE.NET", ["roxy.star@example.net"], "upper case"),
        ("r u b y @ e x a m p l e . c o m", ["ruby@example.com"], "letter-spaced"),
        ("jade . w @ example . org", ["jade.w@example.org"], "spaces around every dot and @"),
        ("lola@" + cyr_e + "x" + cyr_a + "mple.com", ["lola@example.com"], "Cyrillic е/а inside the domain"),
        ("ke" + ZW + "isha@exa" + ZWJ + "mple.net", ["keisha@example.net"], "zero-width characters inside"),
        ("<a href='mailto:tina.vip@example.com'>write me</a>", ["tina.vip@example.com"], "mailto link"),
        ("bookings+vip@example.org", ["bookings+vip@example.org"], "plus sub-address"),
        ("zoe(@)example(.)com", ["zoe@example.com"], "symbols in brackets"),
        ("amber{at}example{dot}net", ["amber@example.net"], "curly braces"),
        ("DAISY AT EXAMPLE DOT COM", ["daisy@example.com"], "upper-case AT / DOT"),
        ("kira-at-example-dot-org", ["kira@example.org"], "-at- and -dot- glued with hyphens"),
        ("sofia dot ramos at example dot com", ["sofia.ramos@example.com"], "dot spelled inside the local part"),
        ("lily underscore rose at example dot net", ["lily_rose@example.net"], "underscore spelled"),
        (
            "bookings: desk@example.com or desk2 (at) example (dot) org",
            ["desk@example.com", "desk2@example.org"],
            "two addresses, one plain, one spelled",
        ),
        ("ANA.VIP ARROBA EXAMPLE PUNTO ORG", ["ana.vip@example.org"], "es upper case words"),
        ("luana[arroba]example.com", ["luana@example.com"], "pt [arroba] with a real dot"),
        (
            "Send CV to jobs.recruit@example.net — visa and flight guaranteed",
            ["jobs.recruit@example.net"],
            "recruitment ad, plain",
        ),
        ("HR: hr@mail.example.org (reply within 24h)", ["hr@mail.example.org"], "subdomain"),
        (
            "\U0001d426\U0001d41a\U0001d432\U0001d41a@\U0001d41e\U0001d431\U0001d41a\U0001d426\U0001d429\U0001d425"
            "\U0001d41e.\U0001d41c\U0001d428\U0001d426",
            ["maya@example.com"],
            "mathematical bold letters",
        ),
        ("ⓚⓘⓜ@example.com", ["kim@example.com"], "circled letters in the local part"),
        ("vale_1999 (arroba) example (punto) com", ["vale_1999@example.com"], "es (arroba) (punto)"),
        ("write to jess.m at example.com", ["jess.m@example.com"], "only the @ spelled"),
        ("marta 📧 marta.g@example.org 📧", ["marta.g@example.org"], "emoji around a plain address"),
    ]
    negatives: list[tuple[Any, ...]] = [
        ("Rates @ $200/hr, meet @ 9pm", [], "@ as 'at' for prices and times"),
        ("Follow @rosa_lane on IG for pics", [], "a handle, not an e-mail"),
        ("visit example.com for more info", [], "a domain alone"),
        ("30 items @ 5.99 each, total 179.70", [], "@ in a price list"),
        ("files: photo_2024.jpg, resume.pdf, v1.2.3", [], "file names and a version"),
        ("@example.com accounts are not accepted", [], "no local part"),
        (
            "Vendo papas a 20 € la arroba, punto de venta en el mercado",
            [],
            "es arroba as a unit of weight, punto de venta",
        ),
        ("Со мной живёт собака. Точка.", [], "ru собака as a dog, точка as 'full stop'"),
        ("Email available on request after verification", [], "no address given"),
        ("오늘 골뱅이 무침 먹었어요. 닷새 후에 봐요", [], "ko 골뱅이 as a dish, 닷새 = five days"),
        ("το παπάκι κολυμπάει στη λίμνη, τελεία", [], "el duckling swimming in a lake"),
        ("Meet at 10.30 at the station", [], "'at' before times"),
        ("rosa at home tonight, dot dot dot", [], "'at' and 'dot' in prose without a domain"),
        ("Price: 1h @ 150€ / 2h @ 280€", [], "fr-style prices with @"),
        ("chiocciola di mare al forno, punto e basta", [], "it snail dish"),
        ("user@@example..com", [], "malformed: double @ and empty label"),
        ("small@ example", [], "no top-level domain"),
    ]
    return numbered("email", rows + negatives)


# --------------------------------------------------------------------------- handle


def handle_cases() -> list[Case]:
    rows: list[tuple[Any, ...]] = [
        ("sc 👻: rosa_lane22 for spicy pics", ["snapchat:rosa_lane22"], "sc plus ghost emoji"),
        ("👻 mia.bby", ["snapchat:mia.bby"], "ghost emoji alone as the cue"),
        ("add my snap 👉 jade_xo", ["snapchat:jade_xo"], "'snap' with a pointing emoji"),
        ("snapchat.com/add/kayla_b", ["snapchat:kayla_b"], "snapchat add URL"),
        ("s n a p c h a t: misty_rain", ["snapchat:misty_rain"], "letter-spaced platform name"),
        ("\U0001d4fc\U0001d4f7\U0001d4ea\U0001d4f9: honey.bee", ["snapchat:honey.bee"], "mathematical script 'snap'"),
        ("snap: @ sunny.day", ["snapchat:sunny.day"], "space after @"),
        ("ajoute-moi sur snap : chloe.prv", ["snapchat:chloe.prv"], "fr, space before the colon"),
        ("سناب: noor_dxb", ["snapchat:noor_dxb"], "ar سناب (snap)"),
        ("IG: @Carla.VIP", ["instagram:carla.vip"], "IG with mixed-case username"),
        ("insta ➡️ bianca_fit", ["instagram:bianca_fit"], "insta with arrow emoji"),
        ("instagram.com/luana.rio", ["instagram:luana.rio"], "instagram URL"),
        ("https://www.instagram.com/carmen.bcn/?hl=es", ["instagram:carmen.bcn"], "instagram URL with query"),
        ("ＩＧ：ｙｕｋｉ＿ｔｏｋｙｏ", ["instagram:yuki_tokyo"], "full-width"),
        ("\u0406nst\u0430gram: @vera.kyiv", ["instagram:vera.kyiv"], "Ukrainian І and Cyrillic а in the name"),
        ("sígueme en insta: @vale.mx", ["instagram:vale.mx"], "es"),
        ("DM aja di IG @dewi.jkt", ["instagram:dewi.jkt"], "id"),
        ("İnstagram hesabım: @elif.ist", ["instagram:elif.ist"], "tr dotted capital İ"),
        ("انستا: @layla.q8", ["instagram:layla.q8"], "ar انستا (insta)"),
        ("инст: @masha.msk", ["instagram:masha.msk"], "ru инст"),
        ("इंस्टा: @priya.dl", ["instagram:priya.dl"], "hi इंस्टा"),
        ("TG @katya_msk", ["telegram:katya_msk"], "TG abbreviation"),
        ("телеграм: @lera_vip", ["telegram:lera_vip"], "ru телеграм"),
        ("тг: dasha_spb", ["telegram:dasha_spb"], "ru тг abbreviation, no @"),
        ("t.me/olga_kzn", ["telegram:olga_kzn"], "t.me link"),
        ("telegram.me/nastya_ekb", ["telegram:nastya_ekb"], "telegram.me link"),
        ("✈️ @sveta_nsk", ["telegram:sveta_nsk"], "paper-plane emoji"),
        ("me chama no telegram @bia_sp", ["telegram:bia_sp"], "pt"),
        ("Kết bạn tele: @linh_hn", ["telegram:linh_hn"], "vi 'tele' abbreviation"),
        ("TG: @ale" + ZW + "na_vip", ["telegram:alena_vip"], "zero-width inside the username"),
        ("kik me: sweet_amber", ["kik:sweet_amber"], "kik"),
        ("KIK — lily.rose99", ["kik:lily.rose99"], "upper-case KIK with a dash"),
        ("kik: c a n d y _ g i r l", ["kik:candy_girl"], "letter-spaced username"),
        ("OF: jessxo 🔞", ["onlyfans:jessxo"], "OF abbreviation"),
        ("onlyfans.com/ruby_red", ["onlyfans:ruby_red"], "onlyfans URL"),
        ("0nlyf@ns: sasha.b", ["onlyfans:sasha.b"], "leet platform name"),
        ("TikTok @dance.mia", ["tiktok:dance.mia"], "tiktok"),
        ("tiktok.com/@luna.moves", ["tiktok:luna.moves"], "tiktok URL with @"),
        ("FB: maria.santos.1990", ["facebook:maria.santos.1990"], "FB abbreviation"),
        ("facebook.com/ana.cruz.ph", ["facebook:ana.cruz.ph"], "facebook URL"),
        ("add nyo ko sa FB: jenny.reyes.ph", ["facebook:jenny.reyes.ph"], "tl"),
        ("微信: mei_88", ["wechat:mei_88"], "zh 微信"),
        ("WeChat ID: lanlan_sh", ["wechat:lanlan_sh"], "WeChat ID"),
        ("LINE ID: ploy_bkk", ["line:ploy_bkk"], "LINE ID"),
        ("ไลน์: nong_mai", ["line:nong_mai"], "th ไลน์"),
        ("แอดไลน์ aom_cnx นะคะ", ["line:aom_cnx"], "th แอดไลน์ (add line) glued"),
        ("skype: vika.model", ["skype:vika.model"], "skype"),
        ("discord: nyx_gg", ["discord:nyx_gg"], "discord"),
        ("Signal: lena.42", ["signal:lena.42"], "signal username with the required digits"),
        ("add me @velvet_doll for pics", ["unknown:velvet_doll"], "no platform named"),
        (
            "SC: ruby.x | IG: ruby.x.official | TG: @rubyx",
            ["snapchat:ruby.x", "instagram:ruby.x.official", "telegram:rubyx"],
            "three platforms in one line",
        ),
    ]
    negatives: list[tuple[Any, ...]] = [
        ("Based in Greenville, SC — outcall only", [], "SC as South Carolina"),
        ("Follow us on Instagram for updates!", [], "platform named, no username"),
        ("Rates @ $200, meet @ 9pm", [], "@ before prices and times"),
        ("email: rosa.lane@example.com", [], "e-mail address, not a handle"),
        ("#newgirl #latina #vip", [], "hashtags"),
        ("No snapchat, no kik, calls only", [], "platforms refused"),
        ("My signal is weak here, call later", [], "signal as reception"),
        ("OF course I'm available this weekend", [], "OF as 'of'"),
        ("WeChat Pay and Alipay accepted", [], "WeChat as a payment method"),
        ("Price: 1h @ 150€", [], "@ in a price"),
        ("IG story coming soon 📸", [], "IG without a username"),
        ("Kick-off 8pm, stadium line up at gate 4", [], "line up"),
        ("tiktok trend #dance challenge", [], "hashtag after tiktok"),
        ("there was discord between the recruiters", [], "discord as a noun"),
        ("join our channel on t.me soon", [], "t.me without a path"),
        ("@ the Hilton downtown, room 1204", [], "@ as 'at' a place"),
        ("Line 2 of the contract: salary 1500 USD", [], "Line as a document line"),
    ]
    return numbered("handle", rows + negatives)


# --------------------------------------------------------------------------- payment


def payment_cases() -> list[Case]:
    rows: list[tuple[Any, ...]] = [
        ("Cash App: $rosalane for the deposit", ["cashapp:$rosalane"], "Cash App in two words"),
        ("cashapp $mialove22", ["cashapp:$mialove22"], "tag with digits"),
        ("CA$HAPP ➡ $jadexo", ["cashapp:$jadexo"], "leet platform name with an arrow"),
        ("💸 cash app $candyx", ["cashapp:$candyx"], "money emoji"),
        ("cash.app/$ambernyc", ["cashapp:$ambernyc"], "cash.app URL"),
        ("deposit via cashapp: kaylab", ["cashapp:$kaylab"], "tag written without $"),
        ("$ rubyred (cashapp)", ["cashapp:$rubyred"], "space after $, platform after the tag"),
        ("ＣａｓｈＡｐｐ　＄ｙｕｋｉｖｉｐ", ["cashapp:$yukivip"], "full-width"),
        ("depósito por cash app a $valemx", ["cashapp:$valemx"], "es"),
        ("pix não, só cashapp $biaa", ["cashapp:$biaa"], "pt"),
        ("C.A.S.H.A.P.P: $luna4u", ["cashapp:$luna4u"], "dotted platform letters"),
        ("c a s h a p p $misty", ["cashapp:$misty"], "letter-spaced platform"),
        ("cashapp $rosa" + ZW + "lane", ["cashapp:$rosalane"], "zero-width inside the tag"),
        ("cash app 👉 $sweetpea", ["cashapp:$sweetpea"], "pointing emoji"),
        ("acompte 50$ par cashapp : $chloeprv", ["cashapp:$chloeprv"], "fr, a price with $ next to the tag"),
        ("$20 deposit to cashapp $ivyrose first", ["cashapp:$ivyrose"], "price before the tag"),
        ("cashapp: $k1ttyk4t", ["cashapp:$k1ttyk4t"], "leet tag"),
        ("оплата: cashapp $nataly", ["cashapp:$nataly"], "ru"),
        ("Cash 💵 App $daisyd", ["cashapp:$daisyd"], "emoji inside the platform name"),
        ("Venmo: @rosa-lane", ["venmo:rosa-lane"], "venmo with @"),
        ("venmo @mia_b_22", ["venmo:mia_b_22"], "underscores"),
        ("venmo.com/u/jade-x", ["venmo:jade-x"], "venmo /u/ URL"),
        ("venmo.com/carla-vip", ["venmo:carla-vip"], "venmo URL without /u/"),
        ("V3NMO: bianca-g", ["venmo:bianca-g"], "leet upper-case platform"),
        ("v e n m o @luana-r", ["venmo:luana-r"], "letter-spaced platform"),
        ("pago por venmo a @vale-mx", ["venmo:vale-mx"], "es"),
        ("💙 venmo → @ninaa-x", ["venmo:ninaa-x"], "emoji and arrow"),
        ("ｖｅｎｍｏ　＠ｙｕｋｉ－ｔ", ["venmo:yuki-t"], "full-width including the hyphen"),
        ("v\u0435nm\u043e: @ruby-r", ["venmo:ruby-r"], "Cyrillic е/о in the platform name"),
        ("venmo me (@amber_nyc) for the deposit", ["venmo:amber_nyc"], "username in brackets"),
        ("bayad sa venmo @jenny-ph", ["venmo:jenny-ph"], "tl"),
        ("chuyển khoản venmo @linh-t", ["venmo:linh-t"], "vi"),
        ("manda no venmo: @bia-sp", ["venmo:bia-sp"], "pt"),
        ("venmo-> sasha-b", ["venmo:sasha-b"], "no @, ASCII arrow"),
        ("paypal.me/rosalane", ["paypal:rosalane"], "paypal.me"),
        ("PayPal.me/mialove", ["paypal:mialove"], "capitalised domain"),
        ("https://www.paypal.me/jadexo/50", ["paypal:jadexo"], "paypal.me with an amount in the path"),
        ("paypal.com/paypalme/carlavip", ["paypal:carlavip"], "paypal.com/paypalme URL"),
        ("paypal . me / ninavip", ["paypal:ninavip"], "spaces around dot and slash"),
        ("paypal(dot)me/lunalove", ["paypal:lunalove"], "(dot) in the domain"),
        ("paiement: paypal.me/chloeparis", ["paypal:chloeparis"], "fr"),
        ("оплата: paypal.me/katyamsk", ["paypal:katyamsk"], "ru"),
        ("付款：paypal.me/meimei88", ["paypal:meimei88"], "zh"),
        ("โอนผ่าน paypal.me/ploybkk", ["paypal:ploybkk"], "th"),
        ("الدفع عبر paypal.me/noordxb", ["paypal:noordxb"], "ar"),
        (fw("paypal.me/sofia"), ["paypal:sofia"], "full-width URL"),
        ("paypal.me/ver" + ZW + "a", ["paypal:vera"], "zero-width inside the user"),
        ("ödeme: paypal.me/elifist", ["paypal:elifist"], "tr"),
        (
            "Venmo @ivy-rose / CashApp $ivyrose / paypal.me/ivyrose",
            ["venmo:ivy-rose", "cashapp:$ivyrose", "paypal:ivyrose"],
            "three services in one line",
        ),
        (
            "deposit first!! venmo or cashapp: @kiki-b / $kikib",
            ["venmo:kiki-b", "cashapp:$kikib"],
            "two services named together, handles in the same order",
        ),
    ]
    negatives: list[tuple[Any, ...]] = [
        ("Rates: $200/hr, $350 2hrs, $1k overnight", [], "prices"),
        ("Cash only. No CashApp, no Venmo, no PayPal.", [], "services refused"),
        ("$$$ generous gentlemen only $$$", [], "dollar signs"),
        ("$20 deposit required via cashapp", [], "price near cashapp, no tag"),
        ("PayPal accepted, Venmo accepted", [], "services without users"),
        ("US$50, CA$80, AU$90", [], "currency prefixes"),
        ("Price $5k negotiable", [], "$5k"),
        ("Salary 2000$ per month, paid by PayPal", [], "recruitment salary"),
        ("send via paypal.me link (ask me)", [], "paypal.me without a user"),
        ("venmo limit $999.99 per week", [], "amount after venmo"),
        ("$150 incall / $200 outcall, cashapp or venmo", [], "prices and services"),
        ("Precio: $1.500 MXN la hora", [], "es price with a dot"),
        ("BTC $65,000 today lol", [], "a price quote"),
        ("$ 2 0 0 per hour", [], "spaced price"),
        ("Cash App Card cashback 5%", [], "product name"),
        ("venmo @ 9pm after work", [], "@ as 'at' a time after venmo"),
        ("cashapp $50 and venmo $75 accepted", [], "amounts right after both services"),
    ]
    return numbered("payment", rows + negatives)


# --------------------------------------------------------------------------- crypto


def _groups(text: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(text[k : k + size] for k in range(0, len(text), size))


def crypto_cases() -> list[Case]:
    p2pkh = [base58check(0x00, f"p2pkh-{k}") for k in range(8)]
    p2sh = [base58check(0x05, f"p2sh-{k}") for k in range(6)]
    wpkh = [segwit_v0(f"wpkh-{k}") for k in range(8)]
    wsh = [segwit_v0(f"wsh-{k}", 32) for k in range(2)]
    tr = [taproot(f"taproot-{k}") for k in range(4)]
    eth = [eip55(f"eth-{k}") for k in range(12)]
    trx = [tron(f"trx-{k}") for k in range(7)]

    def b(a: str) -> str:
        return "btc:" + a

    def e(a: str) -> str:
        return "eth:" + a.lower()

    def t(a: str) -> str:
        return "trx:" + a

    rows: list[tuple[Any, ...]] = [
        (f"BTC only: {p2pkh[0]}", [b(p2pkh[0])], "legacy P2PKH"),
        (f"₿ {p2pkh[1]} ₿", [b(p2pkh[1])], "bitcoin sign around"),
        (f"donaciones en bitcoin → {p2pkh[2]} gracias 🙏", [b(p2pkh[2])], "es with arrow"),
        (f"биткоин кошелёк: «{p2pkh[3]}»", [b(p2pkh[3])], "ru in guillemets"),
        (f"比特币地址：{p2pkh[4]}。", [b(p2pkh[4])], "zh with ideographic full stop"),
        (f"deposit (btc) -> {_groups(p2pkh[5])}", [b(p2pkh[5])], "P2PKH in groups of four"),
        (f"btc: {p2pkh[6][:17]}\n{p2pkh[6][17:]}", [b(p2pkh[6])], "P2PKH broken over two lines"),
        (f"BTC {between(p2pkh[7], ZW)}", [b(p2pkh[7])], "zero-width space between every character"),
        (f"Bitcoin (P2SH): {p2sh[0]}", [b(p2sh[0])], "P2SH"),
        (f"pagamento em bitcoin: {p2sh[1]} (só BTC!)", [b(p2sh[1])], "pt P2SH"),
        (f"adresse BTC : {p2sh[2]} — merci", [b(p2sh[2])], "fr P2SH"),
        (f"[{p2sh[3]}]", [b(p2sh[3])], "P2SH in square brackets, no cue"),
        (f"send to {p2sh[4]}, then text me", [b(p2sh[4])], "P2SH followed by a comma"),
        (f"ที่อยู่ BTC: {p2sh[5]}", [b(p2sh[5])], "th P2SH"),
        (f"bc wallet 👉 {wpkh[0]}", [b(wpkh[0])], "bech32 P2WPKH"),
        (f"bitcoin:{wpkh[1]}?amount=0.005&label=deposit", [b(wpkh[1])], "BIP 21 URI with query"),
        (f"Địa chỉ ví BTC: {wpkh[2]}", [b(wpkh[2])], "vi"),
        (f"alamat dompet: {wpkh[3]} (jaringan bitcoin)", [b(wpkh[3])], "id"),
        (f"{_groups(wpkh[4])}", [b(wpkh[4])], "bech32 in groups of four, no cue"),
        (f"btc => {wpkh[5][:20]}-{wpkh[5][20:]}", [b(wpkh[5])], "bech32 split by one hyphen"),
        (fw(wpkh[6]), [b(wpkh[6])], "full-width bech32"),
        (f"cüzdan: {wpkh[7]}", [b(wpkh[7])], "tr"),
        (f"multisig {wsh[0]}", [b(wsh[0])], "bech32 P2WSH (62 characters)"),
        (f"cold storage: {wsh[1]}.", [b(wsh[1])], "P2WSH with a final full stop"),
        (f"taproot pls: {tr[0]}", [b(tr[0])], "bech32m P2TR"),
        (f"BTC (taproot) — {tr[1]}", [b(tr[1])], "bech32m after an em dash"),
        (f"portofel btc: {tr[2]}", [b(tr[2])], "ro bech32m"),
        (f"bitcoin:{tr[3]}", [b(tr[3])], "bech32m in a BIP 21 URI"),
        (f"ETH: {eth[0]}", [e(eth[0])], "EIP-55 mixed case"),
        (f"USDT (ERC20) 👉 {eth[1]}", [e(eth[1])], "ERC-20 USDT deposit"),
        (f"ethereum:{eth[2]}@1?value=1e17", [e(eth[2])], "EIP-681 URI"),
        (f"eth {eth[3].lower()}", [e(eth[3])], "all lower case (no checksum claimed)"),
        (f"ETH {eth[4][:2]}{eth[4][2:].upper()}", [e(eth[4])], "all upper-case hex body"),
        (f"кошелёк ETH:\n{eth[5]}\nпосле оплаты пиши", [e(eth[5])], "ru, address on its own line"),
        (f"إيداع: {eth[6]}", [e(eth[6])], "ar"),
        (f"{eth[7][:22]} {eth[7][22:]}", [e(eth[7])], "one space in the middle, no cue"),
        (f"ví ETH: {between(eth[8], ZWNJ)}", [e(eth[8])], "zero-width non-joiner everywhere"),
        (f"USDC ERC-20 ({eth[9]})", [e(eth[9])], "in brackets"),
        (f"MetaMask → {eth[10]} 💎🙌", [e(eth[10])], "MetaMask cue and emoji"),
        (f"入金地址（ETH）：{eth[11]}", [e(eth[11])], "zh full-width brackets"),
        (f"USDT TRC20: {trx[0]}", [t(trx[0])], "TRON USDT"),
        (f"ตัวโอน USDT (TRC-20) {trx[1]}", [t(trx[1])], "th"),
        (f"TRON wallet 👉 {trx[2]} 👈", [t(trx[2])], "emoji both sides"),
        (f"USDT по сети TRC20:\n{trx[3]}", [t(trx[3])], "ru on its own line"),
        (f"trx — {_groups(trx[4], 5)}", [t(trx[4])], "TRON in groups of five"),
        (f"pembayaran USDT trc20 {trx[5]}", [t(trx[5])], "id"),
        (f"tron:{trx[6]}", [t(trx[6])], "tron: prefix"),
        (
            f"BTC {p2pkh[0]} / ETH {eth[0]} / USDT-TRC20 {trx[0]}",
            [b(p2pkh[0]), e(eth[0]), t(trx[0])],
            "three chains in one line",
        ),
        (f"Pay {wpkh[0]} or {eth[1]}", [b(wpkh[0]), e(eth[1])], "two chains, one sentence"),
        (
            f"same wallet again: {eth[3]} (was {eth[3].lower()})",
            [e(eth[3])],
            "the same ETH address in two cases is one value",
        ),
    ]
    negatives: list[tuple[Any, ...]] = [
        (f"BTC: {spoil_base58(p2pkh[0])}", [], "P2PKH with two characters swapped"),
        (f"btc {spoil_bech32(wpkh[2])}", [], "bech32 with one character changed"),
        (f"taproot {spoil_bech32(tr[0])}", [], "bech32m with one character changed"),
        (f"ETH: {spoil_eip55(eth[0])}", [], "mixed case that fails EIP-55"),
        (f"USDT TRC20 {spoil_base58(trx[0])}", [], "TRON with two characters swapped"),
        ("tx: 0x" + _bytes("txhash-1", 32).hex(), [], "transaction hash (64 hex)"),
        ("txid " + _bytes("txid-2", 32).hex(), [], "bitcoin txid without 0x"),
        ("commit " + _bytes("commit-3", 20).hex(), [], "40 hex without 0x (a git commit)"),
        ("sha256: " + hashlib.sha256(b"clew batch5 file").hexdigest(), [], "file digest"),
        (f"wallet {eth[2][:6]}…{eth[2][-4:]}", [], "truncated display of an ETH address"),
        (f"send to {wpkh[3][:8]}...{wpkh[3][-6:]}", [], "truncated bech32"),
        ("0x" + _bytes("short-4", 19).hex(), [], "0x with only 38 hex digits"),
        ("IBAN: GB33 BUKB 2020 1555 5555 55, BIC BUKBGB22", [], "IBAN and BIC"),
        ("Tracking 1Z999AA10123456784, order ORD-7QX9KD2M", [], "tracking and order codes"),
        ("product key XKCD9-3PQRT-7YH2M-BB8WQ-44JKL", [], "product key"),
        (base58.b58encode(_bytes("rand-5", 25)).decode(), [], "random base58 of address length"),
        ("bc1 addresses start with bc1, eth with 0x", [], "prefixes talked about"),
    ]
    return numbered("crypto", rows + negatives)


# --------------------------------------------------------------------------- age


def age_cases() -> list[Case]:
    rows: list[tuple[Any, ...]] = [
        ("I'm 19 and new in town 💋", ["19"], "I'm N"),
        ("21yo latina, real pics", ["21"], "Nyo glued"),
        ("petite blonde 22 y/o", ["22"], "y/o"),
        ("Age: " + keycap("23"), ["23"], "keycap digits"),
        ("nineteen years young and ready", ["19"], "words + 'years young'"),
        ("tengo veintidós años, soy colombiana", ["22"], "es words with accent"),
        ("Edad: 24 | Estatura: 1,65 | Peso: 52 kg", ["24"], "es label among height and weight"),
        ("j'ai vingt-trois ans, étudiante", ["23"], "fr hyphenated compound"),
        ("âge : 25 ans — 1m68 — 55 kg", ["25"], "fr with height and weight"),
        ("novinha de 21 aninhos 😈", ["21"], "pt diminutive aninhos"),
        ("idade: vinte anos", ["20"], "pt word"),
        ("мне 24 года, без опыта", ["24"], "ru года"),
        ("возраст: двадцать два", ["22"], "ru compound words"),
        ("am 25 de ani, din Iași", ["25"], "ro 'de ani'"),
        ("vârsta: douăzeci și trei", ["23"], "ro compound with și"),
        ("am douăzeci de ani", ["20"], "ro 'douăzeci de ani'"),
        ("umur 21 tahun, asli Bandung", ["21"], "id tahun"),
        ("usia dua puluh dua tahun", ["22"], "id compound words"),
        ("umurku 20thn masih kuliah", ["20"], "id thn abbreviation glued"),
        ("tôi 20 tuổi, sinh viên", ["20"], "vi tuổi"),
        ("em hai mươi ba tuổi", ["23"], "vi compound words"),
        ("em 19t, dễ thương", ["19"], "vi '19t' abbreviation"),
        ("22 yaşındayım, İstanbul", ["22"], "tr suffixed yaşındayım"),
        ("abhi 23 saal ki hoon / अभी 23 साल की हूँ", ["23"], "hi romanised and Devanagari, same age"),
        ("อายุ 24 ปี น่ารัก", ["24"], "th ปี"),
        ("อายุ " + script_digits("21", THAI) + " ปี", ["21"], "Thai digits"),
        ("عمري " + script_digits("22", ARABIC_INDIC) + " سنة", ["22"], "Arabic-Indic digits"),
        ("今年22岁，身高165", ["22"], "zh 岁 with a height after"),
        ("芳龄二十岁", ["20"], "zh numerals"),
        ("20歳です、よろしく", ["20"], "ja 歳"),
        ("edad: veintiuno", ["21"], "es single-word compound"),
        ("twenty1 yrs old", ["21"], "word and digit mixed"),
        ("2O yrs, fun and sweet", ["20"], "letter O for zero"),
        ("ａｇｅ：１９", ["19"], "full-width"),
        ("i'm " + script_digits("20", MATH_SANS_BOLD) + " 🔥", ["20"], "mathematical sans-serif bold digits"),
        ("Sofia, 22, Colombian, new in Houston", ["22"], "name, age, nationality listing"),
        ("just turned 18 🎂", ["18"], "just turned"),
        ("born in 2005, so 19 now", ["19"], "birth year is not an age; the stated age is"),
        ("Age - 26 - Height 5'4 - Weight 110", ["26"], "dash-separated profile fields"),
        ("21 taong gulang, taga Cebu", ["21"], "tl taong gulang"),
        ("età: 24 anni", ["24"], "it anni"),
        ("Alter: 23 Jahre", ["23"], "de Jahre"),
        ("mam 22 lata, studentka", ["22"], "pl lata"),
        ("two friends, 19 & 21 y.o.", ["19", "21"], "two ages with y.o."),
        ("I'm twenty-four", ["24"], "hyphenated word after I'm"),
        ("age 2 5", ["25"], "spaced digits"),
        ("19 ans, nouvelle", ["19"], "fr ans"),
        ("2" + ZW + "2 yo", ["22"], "zero-width inside the number"),
        ("Age: " + circled("24"), ["24"], "circled digits"),
        ("24 anos de idade", ["24"], "pt 'anos de idade'"),
        ("tengo 20 añitos", ["20"], "es diminutive añitos"),
        (
            "Se busca chica de 17 años para 'modelaje' en el extranjero",
            ["17"],
            "minor's age in a recruitment ad (must still be extracted)",
        ),
    ]
    negatives: list[tuple[Any, ...]] = [
        ("Car for sale, 5 years old, 120,000 km", [], "age of a car"),
        ("Open 24/7, 365 days a year", [], "24/7"),
        ("Height 5'6\", weight 125 lbs, 34-24-36", [], "height, weight, measurements"),
        ("$200/hr, 2 hrs $350", [], "prices and hours"),
        ("Since 2019, 5 years of experience", [], "experience"),
        ("Room 21, 3rd floor, call after 22:00", [], "room number and time"),
        ("Must be 18+ to view this ad", [], "site age gate, not the person's age"),
        ("Apartamento de 10 años, 3 habitaciones", [], "es age of a flat"),
        ("Contrato de 2 años, salario 1500€", [], "es contract length"),
        ("Опыт работы 5 лет", [], "ru years of work experience"),
        ("Size 36, shoe 38", [], "clothing sizes"),
        ("ราคา 1500 บาท", [], "th price"),
        ("iPhone 12, 2 years old, like new", [], "age of a phone"),
        ("Warranty: 3 years", [], "warranty"),
        ("Dog is 7 years old, very friendly", [], "age of a pet"),
        ("我在这里工作了3年", [], "zh worked 3 years"),
        ("Train leaves at 19:45, platform 21", [], "time and platform"),
        ("Bust 34C, 1.65 m, 52 kg", [], "bust, height, weight"),
    ]
    return numbered("age", rows + negatives)


# --------------------------------------------------------------------------- write and check

BUILDERS = {
    "phone": phone_cases,
    "email": email_cases,
    "handle": handle_cases,
    "payment": payment_cases,
    "crypto": crypto_cases,
    "age": age_cases,
}


def check(kind: str, cases: list[Case]) -> None:
    """Fail loudly on a record that breaks the rules this set promises (fictional, canonical, checksums)."""
    seen: set[str] = set()
    for record in cases:
        rid = record["id"]
        assert rid not in seen, f"duplicate id {rid}"
        seen.add(rid)
        assert record["text"], rid
        json.loads(json.dumps(record, ensure_ascii=False))
        for value in record["expected"]:
            if kind == "phone":
                number = phonenumbers.parse(value)
                assert phonenumbers.is_valid_number(number), (rid, value)
                assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == value, (rid, value)
                national = str(number.national_number)
                fictional = (
                    (number.country_code == 1 and national[3:7] == "5550" and national[7] == "1")
                    or (number.country_code == 61 and national.startswith("4915701"))
                    or (number.country_code == 44 and national.startswith("2079460"))
                    or (number.country_code == 33 and national.startswith("19900"))
                )
                assert fictional, (rid, value)
            elif kind == "email":
                assert value == value.lower() and value.split("@")[1].split(".")[-2:] in (
                    ["example", "com"],
                    ["example", "org"],
                    ["example", "net"],
                ), (rid, value)
            elif kind == "handle":
                platform, _, user = value.partition(":")
                assert value == value.lower() and user, (rid, value)
                assert platform in {
                    "snapchat",
                    "instagram",
                    "telegram",
                    "kik",
                    "onlyfans",
                    "tiktok",
                    "facebook",
                    "wechat",
                    "line",
                    "skype",
                    "discord",
                    "signal",
                    "unknown",
                }, (rid, value)
            elif kind == "payment":
                service, _, user = value.partition(":")
                assert service in {"cashapp", "venmo", "paypal"} and user == user.lower(), (rid, value)
                assert user.startswith("$") == (service == "cashapp"), (rid, value)
            elif kind == "crypto":
                assert valid_wallet(value), (rid, value)
            elif kind == "age":
                assert value.isdigit() and 10 <= int(value) <= 99, (rid, value)
    if kind == "crypto":
        # every negative's wallet-looking token must fail every checksum
        for record in cases:
            if record["expected"]:
                continue
            for token in unicodedata.normalize("NFKC", record["text"]).replace(",", " ").split():
                assert not valid_base58check(token, (0x00, 0x05, 0x41)), (record["id"], token)
                assert not (token.startswith("bc1") and valid_segwit(token)), (record["id"], token)
                assert not (len(token) == 42 and token.startswith("0x") and valid_eip55(token)), (record["id"], token)


def main() -> None:
    for kind, build in BUILDERS.items():
        cases = build()
        check(kind, cases)
        path = OUT / f"{kind}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for record in cases:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        positives = sum(1 for r in cases if r["expected"])
        values = sum(len(r["expected"]) for r in cases)
        print(
            f"{kind:8s} records={len(cases):3d} positives={positives:3d} negatives={len(cases) - positives:3d} "
            f"expected_values={values:3d} -> {path.name}"
        )


if __name__ == "__main__":
    main()
