"""Generate Clew's held-out identifier set (bench/data/identifiers_heldout/<type>.jsonl).

Why a second set: bench/data/identifiers/ was written alongside the extractors, so a perfect
score there says little about obfuscations nobody thought of.  This set was written *before*
reading the extractors or their development data, from the issue text, the obfuscation table
in the research notes (indicators.md section 5) and public descriptions of how contact details
are disguised in ads.  It keeps other phrasings, other languages and other scripts.
Each record says which batch wrote it (``batch``): 1 blind; 2 after the first score but
before reading the extractors; 3 after the extractors had been improved on batches 1-2,
scored once before any further change; 4 likewise after batch 3 was fixed (batches 3 and
4 give the honest figure for text nobody tuned for, at the time of their first score).

All values are fictional: North American 555-01xx numbers with real area codes, Australian
0491 570 1xx and 02 5550 xxxx, UK 020 7946 0xxx / 0113 496 0xxx, French 01 99 00 xx xx;
example.com/.org/.net domains; wallet addresses derived from fixed seeds with valid checksums
(base58check, bech32, bech32m, EIP-55).  Run it to regenerate the files (deterministic):

    .venv/bin/python bench/data/identifiers_heldout/make.py
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import base58
import bech32
from Crypto.Hash import keccak

OUT = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- crypto helpers


def _seed(label: str, n: int) -> bytes:
    """Deterministic pseudo-random bytes from a label (no key material: just checksum-valid)."""
    out = b""
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(f"clew-heldout:{label}:{counter}".encode()).digest()
        counter += 1
    return out[:n]


def b58check(version: int, label: str) -> str:
    return base58.b58encode_check(bytes([version]) + _seed(label, 20)).decode()


def segwit(hrp: str, witver: int, label: str, size: int) -> str:
    prog = list(_seed(label, size))
    if witver == 0:
        addr = bech32.encode(hrp, witver, prog)
        assert addr is not None
        return addr
    # bech32m (BIP 350): same polymod, different constant; the installed bech32 1.2.0 only
    # knows BIP 173, so the checksum is computed here from its primitives.
    data = [witver] + (bech32.convertbits(prog, 8, 5) or [])
    values = bech32.bech32_hrp_expand(hrp) + data
    polymod = bech32.bech32_polymod(values + [0] * 6) ^ 0x2BC830A3
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(bech32.CHARSET[d] for d in data + checksum)


def eth(label: str) -> str:
    """EIP-55 mixed-case address."""
    raw = _seed(label, 20).hex()
    h = keccak.new(digest_bits=256)
    h.update(raw.encode())
    digest = h.hexdigest()
    return "0x" + "".join(c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c for i, c in enumerate(raw))


def sol(label: str) -> str:
    return base58.b58encode(_seed(label, 32)).decode()


def break_b58(addr: str) -> str:
    """Change one character so the base58check checksum fails (still base58 alphabet)."""
    i = len(addr) // 2
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    repl = alphabet[(alphabet.index(addr[i]) + 7) % len(alphabet)]
    return addr[:i] + repl + addr[i + 1 :]


def break_bech32(addr: str) -> str:
    i = len(addr) - 8
    charset = bech32.CHARSET
    repl = charset[(charset.index(addr[i]) + 3) % 32]
    return addr[:i] + repl + addr[i + 1 :]


def break_eip55(addr: str) -> str:
    """Flip the case of one letter: mixed case that no longer matches the checksum."""
    body = list(addr[2:])
    for i, c in enumerate(body):
        if c.isalpha():
            body[i] = c.lower() if c.isupper() else c.upper()
            break
    return "0x" + "".join(body)


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def digits_in(s: str, zero: int) -> str:
    """Write ASCII digits with another script's digits (zero = code point of that script's 0)."""
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in s)


ARABIC_INDIC = 0x0660
PERSIAN = 0x06F0
DEVANAGARI = 0x0966
THAI = 0x0E50
BENGALI = 0x09E6
MATH_BOLD = 0x1D7CE
KEYCAP = "\ufe0f\u20e3"
ZW = "\u200b"
ZWNJ = "\u200c"
ZWJ = "\u200d"
WJ = "\u2060"
SHY = "\u00ad"


def keycaps(s: str) -> str:
    return "".join(c + KEYCAP if c.isdigit() else c for c in s)


def circled(s: str) -> str:
    return "".join(("\u24ea" if c == "0" else chr(0x2460 + int(c) - 1)) if c.isdigit() else c for c in s)


# --------------------------------------------------------------------------- cases

Case = dict[str, Any]


# Where each batch's distractors ("-nNN") start: batch 2, batch 3, batch 4.
_NEGATIVE_BATCHES = {
    "ph": (16, 26, 31),
    "em": (9, 13, 15),
    "hd": (9, 13, 15),
    "pm": (10, 14, 16),
    "cr": (11, 14, 99),
    "ag": (15, 21, 25),
}


def batch_of(cid: str) -> int:
    """Which batch wrote a case: 1 blind; 2 after the first score, before reading the extractors;
    3 and 4 after the extractors were improved on the batches before, scored before any change."""
    prefix, rest = cid.split("-", 1)
    if rest.startswith("b"):
        return 2
    if rest.startswith("c"):
        return 3
    if rest.startswith("d"):
        return 4
    if rest.startswith("n"):
        number = int(rest[1:])
        return 1 + sum(number >= start for start in _NEGATIVE_BATCHES[prefix])
    return 1


def case(cid: str, text: str, expected: list[str], note: str, country: str | None = None) -> Case:
    out: Case = {"id": cid, "batch": batch_of(cid), "text": text}
    if country:
        out["country"] = country
    out["expected"] = expected
    out["note"] = note
    return out


def phone_cases() -> list[Case]:
    c: list[Case] = []
    add = c.append
    add(
        case(
            "ph-01",
            "New in town!! Call 2ONE3-FIVE5FIVE-0ONE2SEVEN anytime",
            ["+12135550127"],
            "en digit words mixed with digits, upper case",
        )
    )
    add(
        case(
            "ph-02", "txt ONLY [3][1][0] [5][5][5] [0][1][4][2] no blocked calls", ["+13105550142"], "bracketed digits"
        )
    )
    add(case("ph-03", "💋 " + keycaps("7025550163") + " 💋", ["+17025550163"], "keycap emoji digits"))
    add(case("ph-04", "ｔｅｘｔ　" + fullwidth("404.555.0178"), ["+14045550178"], "full-width letters and digits"))
    add(
        case(
            "ph-05",
            "اتصل على " + digits_in("0491 570 132", ARABIC_INDIC),
            ["+61491570132"],
            "Arabic-Indic digits, country hint AU",
            "AU",
        )
    )
    add(
        case(
            "ph-06",
            "شماره: " + digits_in("646-555-0144", PERSIAN),
            ["+16465550144"],
            "Persian (Extended Arabic-Indic) digits",
            "US",
        )
    )
    add(case("ph-07", "कॉल करें " + digits_in("718 555 0166", DEVANAGARI), ["+17185550166"], "Devanagari digits", "US"))
    add(case("ph-08", "โทร " + digits_in("415 555 0188", THAI), ["+14155550188"], "Thai digits", "US"))
    add(
        case(
            "ph-09",
            "Llámame al tres cero cinco, cinco cinco cinco, cero uno tres cuatro, besos",
            ["+13055550134"],
            "es digit words",
            "US",
        )
    )
    add(
        case(
            "ph-10",
            "chicas latinas: siete uno ocho - cinco cinco cinco - cero uno veintiuno",
            ["+17185550121"],
            "es compound 'veintiuno' inside a number",
            "US",
        )
    )
    add(
        case(
            "ph-11",
            "Appelle-moi au zéro un, quatre-vingt-dix-neuf, zéro zéro, douze, trente-quatre",
            ["+33199001234"],
            "fr pairs incl. vigesimal quatre-vingt-dix-neuf",
            "FR",
        )
    )
    add(
        case(
            "ph-12",
            "Liga pra mim: seis um sete cinco cinco cinco zero um cinco zero",
            ["+16175550150"],
            "pt digit words",
            "US",
        )
    )
    add(
        case(
            "ph-13",
            "Sună-mă: zero patru nouă unu cinci șapte zero unu doi trei",
            ["+61491570123"],
            "ro digit words with diacritics",
            "AU",
        )
    )
    add(
        case(
            "ph-14",
            "suna la zero patru noua unu cinci sapte zero unu sase opt",
            ["+61491570168"],
            "ro digit words without diacritics",
            "AU",
        )
    )
    add(
        case(
            "ph-15",
            "Звони: четыре ноль четыре пять пять пять ноль один девять девять",
            ["+14045550199"],
            "ru digit words",
            "US",
        )
    )
    add(
        case(
            "ph-16",
            "Hubungi aku: nol empat sembilan satu lima tujuh nol satu empat empat",
            ["+61491570144"],
            "id digit words",
            "AU",
        )
    )
    add(case("ph-17", "Gọi em: không bốn chín một năm bảy không một sáu sáu", ["+61491570166"], "vi digit words", "AU"))
    add(case("ph-18", "text sixfoursix fivefivefive zeroonefivefive", ["+16465550155"], "en run-together digit words"))
    add(
        case(
            "ph-19",
            "call nine1seven-five5five-0one2zero after 6",
            ["+19175550120"],
            "lower-case digit words glued to digits",
        )
    )
    add(case("ph-20", "six2six-5five5-o1o7 ask for Kandi", ["+16265550107"], "letter o for zero"))
    add(
        case(
            "ph-21",
            "eight one eight, five fifty five, oh one thirty",
            ["+18185550130"],
            "en tens words and 'oh' for zero",
        )
    )
    add(case("ph-22", "cell 3l0.555.0l77 in/out", ["+13105550177"], "letter l for one"))
    add(
        case(
            "ph-23",
            "702" + ZW + "555" + ZWNJ + "01" + WJ + "18 incall only",
            ["+17025550118"],
            "zero-width characters inside the number",
        )
    )
    add(case("ph-24", "*213~*555~*0~1~9~1 text me", ["+12135550191"], "separator noise"))
    add(case("ph-25", "4@0@4@5@5@5@0@1@3@3", ["+14045550133"], "@ as separator"))
    add(
        case(
            "ph-26",
            "full pics at https://example.com/call/702-555-0136 (link in bio)",
            ["+17025550136"],
            "number only in a URL",
        )
    )
    add(
        case(
            "ph-27",
            "Two girls: Amber 213-555-0110 or Jade 310.555.0111",
            ["+12135550110", "+13105550111"],
            "two numbers",
        )
    )
    add(
        case(
            "ph-28", "Call 832 555 0147 ... 832-555-0147 ... (832)5550147", ["+18325550147"], "same number three times"
        )
    )
    add(case("ph-29", "Visiting soon, book now +61 491 570 111", ["+61491570111"], "international AU"))
    add(case("ph-30", "London flat, ring +44 20 7946 0321", ["+442079460321"], "international UK"))
    add(case("ph-31", "Ruf an: 0044 113 496 0555", ["+441134960555"], "00 international prefix"))
    add(case("ph-32", "Sydney CBD incall — 0491 570 178", ["+61491570178"], "region from city name, no hint"))
    add(case("ph-33", "Paris 8e, appelle-moi au 01 99 00 56 78", ["+33199005678"], "region from city name FR"))
    add(
        case(
            "ph-34",
            "Tawagan mo ako: apat isa lima lima lima lima sero isa dalawa siyam",
            ["+14155550129"],
            "tl digit words",
            "US",
        )
    )
    add(case("ph-35", "电话：四一五五五五零一二二", ["+14155550122"], "zh digits", "US"))
    add(case("ph-36", "微信同号 幺三零五五五五零幺七三", ["+13055550173"], "zh digits with 幺 for one", "US"))
    add(case("ph-37", "โทร ศูนย์ สี่ เก้า หนึ่ง ห้า เจ็ด ศูนย์ หนึ่ง แปด เก้า", ["+61491570189"], "th digit words", "AU"))
    add(case("ph-38", circled("3105550189") + " only serious", ["+13105550189"], "circled digits"))
    add(case("ph-39", "booking: " + digits_in("702 555 0146", MATH_BOLD), ["+17025550146"], "mathematical bold digits"))
    add(case("ph-40", "📞 213💋555💋0157 📞", ["+12135550157"], "emoji as separators"))
    add(
        case(
            "ph-41",
            "Ruf mich an: null vier neun eins fünf sieben null eins null neun",
            ["+61491570109"],
            "de digit words",
            "AU",
        )
    )
    add(case("ph-42", "call two one three triple five oh one two three", ["+12135550123"], "'triple five'"))
    add(
        case(
            "ph-43",
            "اتصل ٠٢ ٥٥٥٠ ١٢٣٤ سيدني",
            ["+61255501234"],
            "Arabic-Indic with AU landline, city named in Latin",
            "AU",
        )
    )
    add(case("ph-44", "T e x t  m e :  4 0 4  5 5 5  0 1 9 2", ["+14045550192"], "spaced letters and digits"))
    add(case("ph-45", "{2one3} 5five5 ..0one7six..", ["+12135550176"], "braces and dots noise"))
    add(
        case(
            "ph-46", "FOUR ONE FIVE - FIVE FIVE FIVE - ZERO ONE SIX ONE", ["+14155550161"], "upper-case en digit words"
        )
    )
    add(case("ph-47", "Telefon: " + digits_in("0491 570 155", BENGALI), ["+61491570155"], "Bengali digits", "AU"))
    add(case("ph-48", "ЗВОНИ: 7О2 555 О1О4", ["+17025550104"], "Cyrillic О standing for zero", "US"))
    # distractors: nothing expected
    add(case("ph-n01", "Rates: 150 qv / 250 hh / 400 h / 1500 overnight, no negotiating", [], "price list"))
    add(case("ph-n02", "Posted 2024-03-15 14:30, updated 2024-03-16 09:05", [], "dates and times"))
    add(case("ph-n03", "Order #20240315123 shipped to zip 90210", [], "order number and zip"))
    add(case("ph-n04", "Stats 36-24-36, 5'6\" 125 lbs, size 4", [], "body measurements"))
    add(case("ph-n05", "Available 24/7, 10am-11pm weekdays, 2 hr min", [], "24/7 and times"))
    add(
        case(
            "ph-n06",
            "tx 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060 confirmed",
            [],
            "transaction hash",
        )
    )
    add(case("ph-n07", "Born 12/05/2001, height 170 cm, weight 55 kg, bust 90", [], "dates, metric measures"))
    add(case("ph-n08", "tarifa: 100 euros media hora, 180 euros una hora", [], "es prices"))
    add(
        case(
            "ph-n09", "since twenty nineteen, one hundred fifty roses per hour", [], "number words that are not a phone"
        )
    )
    add(case("ph-n10", "ISBN 978-0-306-40615-7 and tracking 1Z999AA10123456784", [], "ISBN and parcel tracking"))
    add(case("ph-n11", "GPS 34.0522, -118.2437 downtown", [], "coordinates"))
    add(case("ph-n12", "Ref: 0001234567 / ad id 93847562", [], "reference numbers"))
    add(case("ph-n13", "1 hour 200 2 hours 350 3 hours 500", [], "hour/price runs"))
    add(case("ph-n14", "Прайс: 1 час 5000, 2 часа 9000, ночь 20000 рублей", [], "ru price list"))
    add(case("ph-n15", "Giá: 500k/1h, 900k/2h, qua đêm 2tr", [], "vi price list"))
    # batch 2: written after the first score, still before reading the extractors
    add(
        case(
            "ph-b01",
            "me liga: seis um sete, cinco cinco cinco, zero um meia meia",
            ["+16175550166"],
            "pt-BR 'meia' for six",
            "US",
        )
    )
    add(
        case(
            "ph-b02",
            "llama: tres uno cero cincocincocinco cero uno cuatro ocho",
            ["+13105550148"],
            "es run-together words",
            "US",
        )
    )
    add(
        case(
            "ph-b03",
            "zéro un quatre-vingt-dix-neuf zéro zéro soixante-dix-huit quarante-cinq",
            ["+33199007845"],
            "fr soixante-dix-huit",
            "FR",
        )
    )
    add(case("ph-b04", "tél 01.99.00.vingt.onze", ["+33199002011"], "fr words between dots", "FR"))
    add(
        case(
            "ph-b05",
            "sună: zero patru nouă unu, cinci sute șaptezeci, o sută nouăzeci",
            ["+61491570190"],
            "ro hundreds",
            "AU",
        )
    )
    add(
        case(
            "ph-b06",
            "звони восемьсот восемнадцать пятьсот пятьдесят пять ноль сто тридцать",
            ["+18185550130"],
            "ru hundreds and tens",
            "US",
        )
    )
    add(
        case(
            "ph-b07",
            "WA: nol empat sembilan satu, lima ratus tujuh puluh, seratus sembilan belas",
            ["+61491570119"],
            "id ratus/puluh/belas",
            "AU",
        )
    )
    add(
        case(
            "ph-b08",
            "gọi: không bốn chín một, năm trăm bảy mươi, một trăm linh năm",
            ["+61491570105"],
            "vi trăm/mươi/linh",
            "AU",
        )
    )
    add(
        case(
            "ph-b09",
            "اتصل: صفر أربعة تسعة واحد خمسة سبعة صفر واحد ثلاثة ثمانية",
            ["+61491570138"],
            "ar digit words",
            "AU",
        )
    )
    add(case("ph-b10", "फोन: शून्य चार नौ एक पाँच सात शून्य एक चार सात", ["+61491570147"], "hi digit words", "AU"))
    add(case("ph-b11", "电话 四一五 五五五 〇一八三", ["+14155550183"], "zh with 〇", "US"))
    ja = "電話：" + fullwidth("415") + "－" + fullwidth("555") + "－" + fullwidth("0184")
    add(case("ph-b12", ja, ["+14155550184"], "ja full-width with full-width hyphens", "US"))
    add(case("ph-b13", "tw0 one thr33 f1ve f1ve f1ve zer0 0ne 5 eight", ["+12135550158"], "leet digit words"))
    add(case("ph-b14", "call 213-555-oh one hundred", ["+12135550100"], "'oh one hundred' = 0100"))
    add(case("ph-b15", "310 555 01twentysix", ["+13105550126"], "compound glued to digits"))
    add(case("ph-b16", "call for oh for, five five five, oh one to to", ["+14045550122"], "'for'=4, 'to'=2"))
    add(case("ph-b17", "7\u039f2 555 \u039f1\u039f5", ["+17025550105"], "Greek capital omicron for zero"))
    add(case("ph-b18", fullwidth("(213)555-0186"), ["+12135550186"], "full-width parentheses"))
    add(
        case(
            "ph-b19",
            "txt " + "".join("⁰¹²³⁴⁵⁶⁷⁸⁹"[int(ch)] for ch in "2135550187"),
            ["+12135550187"],
            "superscript digits",
        )
    )
    add(case("ph-b20", "❸❶⓿ ❺❺❺ ⓿❶❾❽", ["+13105550198"], "negative circled digits (no NFKC decomposition)"))
    add(case("ph-b21", "WhatsApp: +61 491 570 199", ["+61491570199"], "WhatsApp cue"))
    add(case("ph-b22", "chat: wa.me/61491570193", ["+61491570193"], "wa.me link"))
    add(case("ph-b23", '<a href="tel:+13105550165">call</a>', ["+13105550165"], "tel: link"))
    add(
        case(
            "ph-b24",
            "plus one, two one three, five five five, zero one eight one",
            ["+12135550181"],
            "'plus one' country code in words",
        )
    )
    add(case("ph-b25", "Londres, appelez le 020 7946 0456", ["+442079460456"], "fr name of London"))
    add(case("ph-b26", "Мельбурн, звони 0491 570 172", ["+61491570172"], "ru name of Melbourne"))
    add(case("ph-b27", "213\n555\n0174", ["+12135550174"], "split over lines"))
    add(case("ph-b28", "SIX 4 SIX // 5 FIVE 5 // ZERO 1 NINE 5", ["+16465550195"], "slashes"))
    add(case("ph-b29", "three1zero.fivefivefive.0onefour0", ["+13105550140"], "dots and words"))
    add(case("ph-b30", "𝟔𝟒𝟔 𝟓𝟓𝟓 𝟎𝟏𝟗𝟔", ["+16465550196"], "math bold digits"))
    add(case("ph-b31", "ph0ne: s3v3n 0 tw0 - f1ve f1ve f1ve - 0 1 n1ne 7", ["+17025550197"], "leet with 3 for e"))
    add(
        case(
            "ph-b32",
            "cuatro cero cuatro - cinco cincuenta y cinco - cero ciento treinta y tres",
            ["+14045550133"],
            "es cincuenta y cinco, ciento treinta y tres",
            "US",
        )
    )
    add(case("ph-b33", "Sydney 0 4 9 1 - 5 7 0 - 1 7 5", ["+61491570175"], "spaced AU digits"))
    add(case("ph-b34", "Call 0113 496 0999 (Leeds)", ["+441134960999"], "UK landline, city", None))
    add(case("ph-b35", "+33 (0)1 99 00 88 77", ["+33199008877"], "(0) trunk prefix"))
    add(case("ph-n16", "IBAN GB82 WEST 1234 5698 7654 32, BIC WESTGB22", [], "bank account number"))
    add(case("ph-n17", "card 4111 1111 1111 1111 exp 12/29", [], "card number"))
    add(case("ph-n18", "CPF 123.456.789-09, CEP 01310-100", [], "Brazilian ID and postcode"))
    add(case("ph-n19", "Flight BA0123 at 14:55, gate 55, seat 12A", [], "flight"))
    add(case("ph-n20", "дата: 15.03.2024, 18:00-23:00", [], "ru date/time"))
    add(
        case(
            "ph-n21", "1.500 pesos la hora, 2.000 la noche, 10.000 el fin de semana", [], "es prices with thousand dots"
        )
    )
    add(case("ph-n22", "iPhone 15 Pro 256GB 1099$, Galaxy S24 999$", [], "product specs"))
    add(case("ph-n23", "Lô 12, đường 34, phường 5, quận 10", [], "vi address"))
    add(case("ph-n24", "one two three, go! five six seven eight", [], "dance count"))
    add(case("ph-n25", "价格：一小时五百，两小时九百，包夜两千", [], "zh prices in numerals"))
    # batch 3: written after the extractors were improved on batches 1-2, scored before any further change
    add(
        case(
            "ph-c01",
            "chiamami: tre uno zero cinque cinque cinque zero uno sette due",
            ["+13105550172"],
            "it digit words",
            "US",
        )
    )
    add(
        case(
            "ph-c02",
            "ara beni: sıfır dört dokuz bir beş yedi sıfır bir iki iki",
            ["+61491570122"],
            "tr digit words",
            "AU",
        )
    )
    add(
        case(
            "ph-c03",
            digits_in("0491", ARABIC_INDIC) + " 570 " + digits_in("120", ARABIC_INDIC),
            ["+61491570120"],
            "Arabic-Indic mixed with ASCII digits",
            "AU",
        )
    )
    add(case("ph-c04", "six-two-six - five-five-five - zero-one-two-two", ["+16265550122"], "hyphenated words"))
    add(case("ph-c05", "2 1 3 (five five five) 0 1 2 4", ["+12135550124"], "digits and words in brackets"))
    add(case("ph-c06", "ⓣⓔⓧⓣ ⑦⓪② ⑤⑤⑤ ⓪①③⑨", ["+17025550139"], "circled letters and digits"))
    add(case("ph-c07", "whatsapp 👉 ＋６１ ４９１ ５７０ １６１", ["+61491570161"], "full-width plus"))
    add(case("ph-c08", "☎️ (213)-555-0l93 ☎️", ["+12135550193"], "letter l inside the last group"))
    add(
        case(
            "ph-c09",
            "números: cuatro, uno, cinco / cinco, cinco, cinco / cero, uno, siete, nueve",
            ["+14155550179"],
            "es words with commas and slashes",
            "US",
        )
    )
    add(
        case(
            "ph-c10",
            "telefone (11) nove cinco cinco cinco cinco zero um dois três",
            ["+5511955550123"],
            "pt BR mobile in words",
            "BR",
        )
    )
    add(case("ph-c11", "sunați-mă la 0491.570.1-doi-șase", ["+61491570126"], "ro words after digits", "AU"))
    add(case("ph-c12", "пиши/звони: 4О4-555-О1-семь-семь", ["+14045550177"], "Cyrillic O and ru words", "US"))
    add(case("ph-c13", "Liên hệ: 0 4 9 1 - năm bảy không - một tám một", ["+61491570181"], "vi digits and words", "AU"))
    add(
        case(
            "ph-c14", "hubungi 0491 lima tujuh nol satu tiga sembilan", ["+61491570139"], "id words after digits", "AU"
        )
    )
    add(case("ph-c15", "tawag: 0491 570 isa walo tatlo", ["+61491570183"], "tl words after digits", "AU"))
    add(
        case(
            "ph-c16", "联系电话 ０２ ５５５０ ６６７７", ["+61255506677"], "full-width AU landline, country hint", "AU"
        )
    )
    add(case("ph-c17", "โทร. 04-9157-0192", ["+61491570192"], "odd grouping, Thai label", "AU"))
    add(case("ph-c18", "Two 1 Three - 555 - 0 One Five Nine", ["+12135550159"], "title case words"))
    add(case("ph-c19", "call/text ➡️ 7️⃣0️⃣2️⃣-5️⃣5️⃣5️⃣-0️⃣1️⃣7️⃣1️⃣", ["+17025550171"], "keycaps with hyphens"))
    add(case("ph-c20", "(+44) 0113 496 0444", ["+441134960444"], "country code and trunk zero"))
    add(case("ph-n26", "Rates: 200/1hr, 350/2hr, 1,500/overnight", [], "rates with slashes"))
    add(case("ph-n27", "Paris 75008, London SW1A 1AA, Sydney 2000 NSW", [], "postcodes"))
    add(case("ph-n28", "tracking 9400 1000 0000 0000 0000 00", [], "parcel tracking"))
    add(case("ph-n29", "2024-05-01T14:30:00Z updated 2024-05-02T09:15:00Z", [], "timestamps"))
    add(case("ph-n30", "34D-26-36, 5'7\", 130 lbs, age 24, size 6", [], "stats line"))
    # batch 4: written after batch 3 was fixed, scored once before any further change
    add(case("ph-d01", "Book now: (310) 555–0107", ["+13105550107"], "en dash"))
    add(case("ph-d02", "+1.213.555.0163", ["+12135550163"], "dotted international"))
    add(case("ph-d03", "nueve uno siete, cinco cinco cinco, cero cien", ["+19175550100"], "es 'cero cien'", "US"))
    add(
        case(
            "ph-d04",
            "zéro un quatre-vingt-dix-neuf zéro zéro vingt-deux trente-trois",
            ["+33199002233"],
            "fr pairs",
            "FR",
        )
    )
    add(case("ph-d05", "text ➍➊➎-➎➎➎-⓿➊➋➌", ["+14155550123"], "negative circled sans-serif"))
    add(case("ph-d06", "2.1.3.5.5.5.0.1.4.4", ["+12135550144"], "dot between every digit"))
    add(case("ph-d07", "two1three.555.o1four4", ["+12135550144"], "mixed words, letter o"))
    add(case("ph-d08", "Call me @ 702 555 0180", ["+17025550180"], "@ before the number"))
    add(
        case(
            "ph-d09",
            "ЗВОНИТЕ: три один ноль — пять пять пять — ноль один два ноль",
            ["+13105550120"],
            "ru upper case words with em dashes",
            "US",
        )
    )
    add(case("ph-d10", "Llama o escribe al 𝟕𝟏𝟖.𝟓𝟓𝟓.𝟎𝟏𝟑𝟕", ["+17185550137"], "math bold with dots"))
    add(case("ph-d11", "sms: 0491 570 1-4-6", ["+61491570146"], "hyphenated tail", "AU"))
    add(case("ph-d12", "Sydney girl ☎ 0 4 9 1 ~ 5 7 0 ~ 1 3 7", ["+61491570137"], "tilde separators, city"))
    add(case("ph-n31", "version 10.15.7 build 2135, score 3-1, 2-0, 5-5", [], "versions and scores"))
    add(case("ph-n32", "call between 9-5 weekdays, 10-2 saturdays", [], "hours"))
    add(case("ph-n33", "Invoice INV-2024-000123, PO 4500012345", [], "invoice and PO numbers"))
    return c


def email_cases() -> list[Case]:
    c: list[Case] = []
    add = c.append
    add(case("em-01", "write me: lily.rose (at) example (dot) com", ["lily.rose@example.com"], "(at) (dot)"))
    add(case("em-02", "lily [at] example [dot] org for pics", ["lily@example.org"], "[at] [dot]"))
    add(case("em-03", "escríbeme: maria arroba example punto com", ["maria@example.com"], "es arroba/punto"))
    add(case("em-04", "écris-moi : sophie arobase example point net", ["sophie@example.net"], "fr arobase/point"))
    add(case("em-05", "manda email: ana arroba example ponto com", ["ana@example.com"], "pt arroba/ponto"))
    add(case("em-06", "scrie-mi la ioana.m @ example . com", ["ioana.m@example.com"], "spaced @ and ."))
    add(case("em-07", "почта: masha собака example точка com", ["masha@example.com"], "ru собака/точка"))
    add(case("em-08", "email aku: dewi et example titik com", ["dewi@example.com"], "id et/titik"))
    add(case("em-09", "email: lan a còng example chấm com", ["lan@example.com"], "vi a còng/chấm"))
    add(case("em-10", "Mail: anna at example punkt com", ["anna@example.com"], "de punkt"))
    add(case("em-11", "邮箱: xiaomei 艾特 example 点 com", ["xiaomei@example.com"], "zh 艾特/点"))
    add(case("em-12", "البريد: layla@example نقطة com", ["layla@example.com"], "ar نقطة for dot"))
    add(case("em-13", fullwidth("mika@example.com"), ["mika@example.com"], "full-width email"))
    add(case("em-14", "contact n\u0430talie@ex\u0430mple.com", ["natalie@example.com"], "Cyrillic а homoglyphs"))
    add(case("em-15", "tina" + ZW + "@example" + ZWNJ + ".com", ["tina@example.com"], "zero-width characters"))
    add(case("em-16", "JENNY.LOVE@EXAMPLE.NET", ["jenny.love@example.net"], "upper case"))
    add(case("em-17", "my mail is john dot doe at example dot com", ["john.doe@example.com"], "dot in local part"))
    add(case("em-18", "mailto:rosa@example.org", ["rosa@example.org"], "mailto"))
    add(case("em-19", "vip@mail.example.com is for bookings", ["vip@mail.example.com"], "subdomain"))
    add(case("em-20", "amy+ads@example.com", ["amy+ads@example.com"], "plus addressing"))
    add(case("em-21", "write to sara@example.com.", ["sara@example.com"], "trailing full stop"))
    add(case("em-22", "📧 candy@example.net 📧", ["candy@example.net"], "emoji around"))
    add(case("em-23", "kitty {at} example {dot} org", ["kitty@example.org"], "{at} {dot}"))
    add(case("em-24", "bella <at> example <dot> net", ["bella@example.net"], "<at> <dot>"))
    add(case("em-25", "rose AT example DOT com", ["rose@example.com"], "upper-case AT DOT"))
    add(case("em-26", "email: star(@)example(.)com", ["star@example.com"], "(@) (.)"))
    add(case("em-27", "carla_22 [arroba] example [punto] com", ["carla_22@example.com"], "es bracketed"))
    add(case("em-28", "mail : lea (arobase) example (point) net", ["lea@example.net"], "fr bracketed arobase/point"))
    add(
        case("em-29", "julia@example.com, kate@example.org", ["julia@example.com", "kate@example.org"], "two addresses")
    )
    add(case("em-30", "Kontakt: nina(at)example(punkt)net", ["nina@example.net"], "de (at)(punkt)"))
    add(case("em-31", "correo: paola arroba example.com", ["paola@example.com"], "arroba with literal dot"))
    add(case("em-32", "gmail? no — use luna @ example dot org", ["luna@example.org"], "@ with dot word"))
    add(case("em-33", "电子邮件：meimei@example。com", ["meimei@example.com"], "ideographic full stop"))
    add(case("em-34", "Е-mail: olga_k@example.com", ["olga_k@example.com"], "Cyrillic Е in the label only"))
    add(case("em-35", "thư: thu.ng@example.net", ["thu.ng@example.net"], "vi label"))
    add(case("em-36", "emel: siti at example dot com", ["siti@example.com"], "ms/id label, at/dot"))
    add(case("em-37", "email ko: joy at example tuldok com", ["joy@example.com"], "tl tuldok"))
    add(case("em-38", "рабочая почта: irina собачка example точка org", ["irina@example.org"], "ru собачка diminutive"))
    add(case("em-39", "contato: bia.rj@example.com.", ["bia.rj@example.com"], "pt, trailing full stop"))
    add(case("em-40", "e-mail: fleur@example.org;", ["fleur@example.org"], "trailing semicolon"))
    add(case("em-41", "mail: k\u200ci\u200dm@example.com", ["kim@example.com"], "ZWNJ/ZWJ inside local part"))
    add(case("em-42", "📩 " + fullwidth("yumi") + "＠example．net", ["yumi@example.net"], "full-width @ and ."))
    # distractors
    add(case("em-n01", "meet @ 5pm at the lobby", [], "@ as 'at' for a time"))
    add(case("em-n02", "see photo@2x.png and banner@3x.jpg", [], "image file names"))
    add(case("em-n03", "follow me @sweet_lily on IG", [], "handle, not email"))
    add(case("em-n04", "rates 100@hour, 180@2hours", [], "price with @"))
    add(case("em-n05", "I'll be at the hotel. Dot is my friend.", [], "at and dot words, no address"))
    add(case("em-n06", "version 2.0 at 10.5 percent", [], "numbers with dots"))
    add(case("em-n07", "la cita es a las 10 en punto com tu amigo", [], "es punto in another sense"))
    add(case("em-n08", "we are at example dot com", [], "domain only, no local part before at"))
    # batch 2
    add(case("em-b01", "claire arobas example point com", ["claire@example.com"], "fr arobas spelling"))
    add(case("em-b02", "bia[arroba]example[ponto]com", ["bia@example.com"], "pt bracketed, no spaces"))
    add(case("em-b03", "giulia chiocciola example punto net", ["giulia@example.net"], "it chiocciola"))
    add(case("em-b04", "k i m @ e x a m p l e . c o m", ["kim@example.com"], "letter-spaced"))
    add(case("em-b05", "mail: olga@e\u0445ample.org", ["olga@example.org"], "Cyrillic х in domain"))
    add(case("em-b06", "𝐥𝐮𝐧𝐚@𝐞𝐱𝐚𝐦𝐩𝐥𝐞.𝐜𝐨𝐦", ["luna@example.com"], "math bold letters"))
    add(case("em-b07", "mia(at)example(dot)com", ["mia@example.com"], "no spaces (at)(dot)"))
    add(case("em-b08", "nora_at_example_dot_com", [], "underscored at/dot: ambiguous with a username, none"))
    add(case("em-b09", "Lucy <lucy@example.org>", ["lucy@example.org"], "angle brackets"))
    add(case("em-b10", "hoa a móc example chấm net", ["hoa@example.net"], "vi a móc"))
    add(case("em-b11", "gabi [@] example [.] com", ["gabi@example.com"], "[@] [.]"))
    add(case("em-b12", "correo: dulce arroba example punto org punto", ["dulce@example.org"], "trailing punto"))
    add(case("em-b13", "e-mail: " + "s" + SHY + "ara@example.com", ["sara@example.com"], "soft hyphen"))
    add(case("em-b14", "ПОЧТА: VERA.K СОБАКА EXAMPLE ТОЧКА NET", ["vera.k@example.net"], "ru upper case"))
    add(case("em-b15", "mail moi: eva (a) example (.) com", ["eva@example.com"], "(a) for at"))
    add(case("em-n09", "@everyone check this out", [], "mention"))
    add(case("em-n10", "npm install package@1.2.3", [], "package version"))
    add(case("em-n11", "tomatoes 2.5@kg, rate@ 200", [], "prices"))
    add(case("em-n12", "she is at home dot dot dot", [], "at/dot words"))
    # batch 3
    add(case("em-c01", "sara[dot]lee[at]example[dot]com", ["sara.lee@example.com"], "all bracketed"))
    add(case("em-c02", "lina(at)example.com", ["lina@example.com"], "(at) with a plain dot"))
    add(case("em-c03", "lucia.g arroba example.net", ["lucia.g@example.net"], "arroba with a plain dot"))
    add(case("em-c04", "адрес: katya(собака)example.com", ["katya@example.com"], "ru bracketed собака"))
    add(case("em-c05", "mail👉mimi@example.com", ["mimi@example.com"], "emoji glued before"))
    add(case("em-c06", "écrivez à lea.b at example point com", ["lea.b@example.com"], "bare at with fr point"))
    add(case("em-c07", "Email: ROSA_M (AT) EXAMPLE (DOT) NET", ["rosa_m@example.net"], "upper case brackets"))
    add(case("em-c08", "E-mail — nina.k＠example．org", ["nina.k@example.org"], "full-width @ and dot only"))
    add(case("em-c09", "đ/c email: thu_vn (a còng) example (chấm) com", ["thu_vn@example.com"], "vi bracketed"))
    add(case("em-c10", "mail: dana-88 [@] example [.] net", ["dana-88@example.net"], "hyphen in local part"))
    add(case("em-n13", "email: none, @example.com is our site", [], "no local part"))
    add(case("em-n14", "rate: 2@100, 3@250", [], "prices"))
    # batch 4
    add(case("em-d01", "contacto: mariana(arroba)example(punto)com", ["mariana@example.com"], "es glued brackets"))
    add(case("em-d02", "mail me — sweet_kate [at] example [.] com", ["sweet_kate@example.com"], "[at] and [.]"))
    add(case("em-d03", "E M A I L: nova@example.org", ["nova@example.org"], "spaced label"))
    add(case("em-d04", "mail: hoa.tran@example.com (24/7)", ["hoa.tran@example.com"], "plain"))
    add(case("em-d05", "lola" + ZW + "(at)" + ZW + "example.net", ["lola@example.net"], "zero-width around (at)"))
    add(case("em-d06", "почта — olga.v (собака) example (точка) org", ["olga.v@example.org"], "ru bracketed words"))
    add(case("em-n15", "meet @ the lobby at 9. com'on!", [], "sentence"))
    return c


def handle_cases() -> list[Case]:
    c: list[Case] = []
    add = c.append
    add(case("hd-01", "sc 👻 sweetlily22", ["snapchat:sweetlily22"], "sc abbreviation + ghost emoji"))
    add(case("hd-02", "👻: candy.girl", ["snapchat:candy.girl"], "ghost emoji alone"))
    add(case("hd-03", "IG: @bella_rose", ["instagram:bella_rose"], "IG abbreviation"))
    add(case("hd-04", "📸 insta: bella.rose", ["instagram:bella.rose"], "insta"))
    add(case("hd-05", "telegram @mia_vip for menu", ["telegram:mia_vip"], "telegram name"))
    add(case("hd-06", "menu at t.me/mia_vip", ["telegram:mia_vip"], "t.me link"))
    add(case("hd-07", "TG: mia_vip", ["telegram:mia_vip"], "TG abbreviation"))
    add(case("hd-08", "kik me: honeybun99", ["kik:honeybun99"], "kik"))
    add(case("hd-09", "subscribe onlyfans.com/lexi_xo", ["onlyfans:lexi_xo"], "onlyfans URL"))
    add(case("hd-10", "OF: lexi_xo 🔥", ["onlyfans:lexi_xo"], "OF abbreviation"))
    add(case("hd-11", "twitter @lexi_tw", ["twitter:lexi_tw"], "twitter"))
    add(case("hd-12", "find me on x.com/lexi_tw", ["twitter:lexi_tw"], "x.com URL"))
    add(case("hd-13", "tiktok @dancer.jen", ["tiktok:dancer.jen"], "tiktok"))
    add(case("hd-14", "fb: facebook.com/jenny.smith.77", ["facebook:jenny.smith.77"], "facebook URL"))
    add(case("hd-15", "wechat: lanlan888", ["wechat:lanlan888"], "wechat"))
    add(case("hd-16", "加微信：lanlan888", ["wechat:lanlan888"], "zh 微信"))
    add(case("hd-17", "line id: mookie_bkk", ["line:mookie_bkk"], "line id"))
    add(case("hd-18", "แอดไลน์: mookie_bkk", ["line:mookie_bkk"], "th ไลน์"))
    add(case("hd-19", "skype: candy.live", ["skype:candy.live"], "skype"))
    add(case("hd-20", "discord: sakura_21", ["discord:sakura_21"], "discord"))
    add(case("hd-21", "sígueme en insta: @luna_bella", ["instagram:luna_bella"], "es"))
    add(case("hd-22", "mon snap : lea.douce", ["snapchat:lea.douce"], "fr snap"))
    add(case("hd-23", "me chama no telegram: @bia_rj", ["telegram:bia_rj"], "pt"))
    add(case("hd-24", "scrie-mi pe instagram: andreea.x", ["instagram:andreea.x"], "ro"))
    add(case("hd-25", "телеграм: @katya_msk", ["telegram:katya_msk"], "ru телеграм"))
    add(case("hd-26", "пиши в тг @katya_msk", ["telegram:katya_msk"], "ru тг"))
    add(case("hd-27", "инст: katya.msk", ["instagram:katya.msk"], "ru инст"))
    add(case("hd-28", "follow ig aku: @putri.cantik", ["instagram:putri.cantik"], "id"))
    add(case("hd-29", "kết bạn telegram: @linh_hn", ["telegram:linh_hn"], "vi"))
    add(case("hd-30", "telegram @\u0430nna_vip", ["telegram:anna_vip"], "Cyrillic а inside username"))
    add(case("hd-31", "\u0406nstagram: rosie_k", ["instagram:rosie_k"], "Cyrillic І in platform name"))
    add(case("hd-32", "s n a p: rosie.k", ["snapchat:rosie.k"], "letter-spaced platform name"))
    add(case("hd-33", "IG: @ro" + ZW + "sie_k", ["instagram:rosie_k"], "zero-width in username"))
    add(case("hd-34", fullwidth("IG:@luna_chan"), ["instagram:luna_chan"], "full-width"))
    add(case("hd-35", "instagram.com/bella_rose/", ["instagram:bella_rose"], "instagram URL with slash"))
    add(case("hd-36", "snapchat.com/add/sweetlily22", ["snapchat:sweetlily22"], "snapchat add URL"))
    add(case("hd-37", "https://www.tiktok.com/@dancer.jen", ["tiktok:dancer.jen"], "tiktok URL"))
    add(
        case(
            "hd-38",
            "snapchat: sweetlily22 and insta: bella_rose",
            ["snapchat:sweetlily22", "instagram:bella_rose"],
            "two platforms",
        )
    )
    add(case("hd-39", "add my SC - honeyb_22", ["snapchat:honeyb_22"], "SC with dash"))
    add(case("hd-40", "kik 👉 babydoll_x", ["kik:babydoll_x"], "pointer emoji"))
    add(case("hd-41", "write on telegram, username @nina_tg", ["telegram:nina_tg"], "cue then 'username'"))
    add(case("hd-42", "Snapchat👻 = kittykat_99", ["snapchat:kittykat_99"], "equals sign"))
    add(case("hd-43", "Insta ➡️ @jade.lux", ["instagram:jade.lux"], "arrow emoji"))
    add(case("hd-44", "signal: nadia.42", ["signal:nadia.42"], "signal username"))
    add(case("hd-45", "twitter.com/lexi_tw/status/1234", ["twitter:lexi_tw"], "twitter status URL"))
    # distractors
    add(case("hd-n01", "see you @ 5pm, $200 @ hour", [], "@ for at"))
    add(case("hd-n02", "meet me @ the hotel bar", [], "@ the"))
    add(case("hd-n03", "Twitter was down today and I love tiktok dances", [], "platform names, no username"))
    add(case("hd-n04", "there was a long line at the door", [], "'line' as a word"))
    add(case("hd-n05", "bad signal strength in the basement", [], "'signal' as a word"))
    add(case("hd-n06", "photo@2x.png", [], "file name"))
    add(case("hd-n07", "no snapchat, no instagram, no kik", [], "negated platforms"))
    add(case("hd-n08", "rates: 1hr@200 2hr@350", [], "prices with @"))
    # batch 2
    add(case("hd-b01", "reddit u/sassy_sue", ["reddit:sassy_sue"], "reddit u/"))
    add(case("hd-b02", "fansly.com/mistyx", ["fansly:mistyx"], "fansly URL"))
    add(case("hd-b03", "snap: @ kitty.k", ["snapchat:kitty.k"], "space after @"))
    add(case("hd-b04", "sn@p: kitty.k", ["snapchat:kitty.k"], "@ for a in platform name"))
    add(case("hd-b05", "инстаграм @olya.spb", ["instagram:olya.spb"], "ru инстаграм"))
    add(case("hd-b06", "снап: olya_s", ["snapchat:olya_s"], "ru снап"))
    add(case("hd-b07", "ig mình: @thao.nguyen", ["instagram:thao.nguyen"], "vi"))
    add(case("hd-b08", "LINE ID：mint_th", ["line:mint_th"], "full-width colon"))
    add(case("hd-b09", "ไอจี: mint.th", ["instagram:mint.th"], "th ไอจี"))
    add(case("hd-b10", "تلغرام: @sara_dxb", ["telegram:sara_dxb"], "ar telegram"))
    add(case("hd-b11", "انستقرام: sara.dxb", ["instagram:sara.dxb"], "ar instagram"))
    add(case("hd-b12", "telegram.me/nina_tg", ["telegram:nina_tg"], "telegram.me"))
    add(case("hd-b13", "k1k: babydoll_x", ["kik:babydoll_x"], "leet kik"))
    add(case("hd-b14", "Snapchat: s w e e t l i l y", ["snapchat:sweetlily"], "letter-spaced username"))
    add(case("hd-b15", "Телеграмм: @dasha_vip", ["telegram:dasha_vip"], "ru double м"))
    add(case("hd-b16", "sígueme en tiktok 👉 @baila.conmigo", ["tiktok:baila.conmigo"], "es tiktok"))
    add(case("hd-b17", "Insta : @julie.paris", ["instagram:julie.paris"], "fr spacing before colon"))
    add(case("hd-b18", "👻 @ghost_gal", ["snapchat:ghost_gal"], "ghost emoji + @"))
    add(case("hd-n09", "OF course I do", [], "'OF' as a word"))
    add(case("hd-n10", "instagram models wanted", [], "platform name in a phrase"))
    add(case("hd-n11", "check my IG story later", [], "IG + common word"))
    add(case("hd-n12", "read line 2 of the form", [], "line as a word"))
    # batch 3
    add(case("hd-c01", "snapchat ➜ lola.xx", ["snapchat:lola.xx"], "arrow variant"))
    add(case("hd-c02", "inst@gram: lola_ig", ["instagram:lola_ig"], "@ for a in instagram"))
    add(case("hd-c03", "sn4pchat: lola_s", ["snapchat:lola_s"], "4 for a"))
    add(case("hd-c04", "mi telegram es @lola_vip", ["telegram:lola_vip"], "es 'es'"))
    add(case("hd-c05", "ТГ: @lola_ru", ["telegram:lola_ru"], "ru upper-case ТГ"))
    add(case("hd-c06", "微信号：lola888", ["wechat:lola888"], "zh 微信号"))
    add(case("hd-c07", "ไลน์ไอดี: lola_th", ["line:lola_th"], "th line id"))
    add(case("hd-c08", "X: @lola_x", ["twitter:lola_x"], "X with colon"))
    add(case("hd-c09", "telegram (@lola_vip)", ["telegram:lola_vip"], "handle in brackets"))
    add(case("hd-c10", "IG 👉 @lola.bella", ["instagram:lola.bella"], "pointer"))
    add(case("hd-c11", "tiktok: lola_dance", ["tiktok:lola_dance"], "tiktok bare"))
    add(case("hd-c12", "Snap — lola_snap22", ["snapchat:lola_snap22"], "em dash"))
    add(case("hd-n13", "IG models needed, snap judgments", [], "platform words in phrases"))
    add(case("hd-n14", "No Instagram please, telegram delivery", [], "negations and phrases"))
    # batch 4
    add(case("hd-d01", "IG: @_lola.rose_", ["instagram:_lola.rose_"], "leading and trailing underscores"))
    add(case("hd-d02", "ig/snap: kiki_22", ["instagram:kiki_22", "snapchat:kiki_22"], "two cues share a name"))
    add(case("hd-d03", "Add me on WeChat: lanlan_0808", ["wechat:lanlan_0808"], "WeChat"))
    add(case("hd-d04", "kik: @sweetpea99", ["kik:sweetpea99"], "kik with @"))
    add(case("hd-d05", "Telegram @ lola_bkk", ["telegram:lola_bkk"], "@ then space"))
    add(case("hd-d06", "инстаграм katya_22", ["instagram:katya_22"], "ru cue, bare name"))
    add(case("hd-d07", "LINE: mint-22", ["line:mint-22"], "LINE with colon"))
    add(case("hd-d08", "fb.com/lola.rose.77", ["facebook:lola.rose.77"], "fb.com"))
    add(case("hd-n15", "snapchat filters and instagram reels are fun", [], "platform words"))
    return c


def payment_cases() -> list[Case]:
    c: list[Case] = []
    add = c.append
    add(case("pm-01", "deposit via cashapp $lilyrose22", ["cashapp:$lilyrose22"], "cashapp"))
    add(case("pm-02", "CashApp: $candygirl", ["cashapp:$candygirl"], "CashApp label"))
    add(case("pm-03", "cash app 💵 $mia2024", ["cashapp:$mia2024"], "cash app spaced + emoji"))
    add(case("pm-04", "pay at cash.app/$honeybun", ["cashapp:$honeybun"], "cash.app URL"))
    add(case("pm-05", "venmo @lexi-xo", ["venmo:lexi-xo"], "venmo @user"))
    add(case("pm-06", "venmo.com/u/lexi-xo", ["venmo:lexi-xo"], "venmo /u/ URL"))
    add(case("pm-07", "paypal.me/rosie22", ["paypal:rosie22"], "paypal.me"))
    add(case("pm-08", "PP: paypal.me/rosie22 (friends & family)", ["paypal:rosie22"], "PP label"))
    add(case("pm-09", "pago por cashapp: $lunita", ["cashapp:$lunita"], "es"))
    add(case("pm-10", "depósito por venmo: @luna-bella", ["venmo:luna-bella"], "es venmo"))
    add(case("pm-11", "paiement paypal : paypal.me/leadouce", ["paypal:leadouce"], "fr"))
    add(case("pm-12", "cash app " + fullwidth("$candy"), ["cashapp:$candy"], "full-width $tag"))
    add(case("pm-13", "\u0441\u0430shapp $tiff", ["cashapp:$tiff"], "Cyrillic с а in platform"))
    add(case("pm-14", "c@shapp $tiffany", ["cashapp:$tiffany"], "@ for a"))
    add(case("pm-15", "$50 deposit via cashapp to $jenny", ["cashapp:$jenny"], "price beside tag"))
    add(case("pm-16", "cash-app $bambi_", ["cashapp:$bambi_"], "cash-app hyphen"))
    add(case("pm-17", "💲cashapp💲 $roxy", ["cashapp:$roxy"], "emoji"))
    add(case("pm-18", "venmo: sasha-m", ["venmo:sasha-m"], "venmo without @"))
    add(case("pm-19", "https://www.paypal.me/sweetpea", ["paypal:sweetpea"], "https paypal.me"))
    add(case("pm-20", "paypal.com/paypalme/sweetpea", ["paypal:sweetpea"], "paypal.com/paypalme"))
    add(case("pm-21", "https://venmo.com/bella-b", ["venmo:bella-b"], "venmo URL without /u"))
    add(case("pm-22", "CA $starla", ["cashapp:$starla"], "CA abbreviation"))
    add(case("pm-23", "pague no cashapp: $bia", ["cashapp:$bia"], "pt"))
    add(case("pm-24", "plată prin paypal: paypal.me/ioana", ["paypal:ioana"], "ro"))
    add(case("pm-25", "оплата: paypal.me/olga", ["paypal:olga"], "ru"))
    add(case("pm-26", "transfer ke paypal.me/putri", ["paypal:putri"], "id"))
    add(case("pm-27", "chuyển khoản venmo @linh-v", ["venmo:linh-v"], "vi"))
    add(
        case(
            "pm-28",
            "Cashapp $Ava, Venmo @Ava-Rose",
            ["cashapp:$ava", "venmo:ava-rose"],
            "mixed case; tags and usernames are case-insensitive -> lower",
        )
    )
    add(case("pm-29", "cash" + ZW + "app $kira", ["cashapp:$kira"], "zero-width in platform name"))
    add(case("pm-30", "cashapp: $" + ZW + "kira_b", ["cashapp:$kira_b"], "zero-width inside the tag"))
    add(case("pm-31", "send deposit (cashapp) → $nova", ["cashapp:$nova"], "arrow"))
    add(case("pm-32", "CASHAPP $MISTY", ["cashapp:$misty"], "upper case"))
    add(case("pm-33", "venmo 👉 @rae-99", ["venmo:rae-99"], "pointer emoji"))
    add(case("pm-34", "pay me: $vivi on cashapp", ["cashapp:$vivi"], "cue after the tag"))
    add(case("pm-35", "cashapp or venmo: $dolly / @dolly-d", ["cashapp:$dolly", "venmo:dolly-d"], "both"))
    add(case("pm-36", "donations: paypal.me/Kira77", ["paypal:kira77"], "paypal mixed case"))
    add(case("pm-37", "депозит через cashapp: $masha", ["cashapp:$masha"], "ru cashapp"))
    add(case("pm-38", "cashapp $sugar.", ["cashapp:$sugar"], "trailing full stop"))
    add(case("pm-39", "c a s h a p p $lola", ["cashapp:$lola"], "letter-spaced platform"))
    add(case("pm-40", "cashapp ＄ruby", ["cashapp:$ruby"], "full-width dollar only"))
    # distractors
    add(case("pm-n01", "$200 per hour, $350 two hours", [], "prices"))
    add(case("pm-n02", "$150hh $250h cash only", [], "prices, cash only"))
    add(case("pm-n03", "no paypal, no venmo, cash only", [], "negated"))
    add(case("pm-n04", "US$300 or 300 USD", [], "currency codes"))
    add(case("pm-n05", "venmo accepted, cashapp accepted", [], "platform without user"))
    add(case("pm-n06", "cashapp $100 deposit required", [], "amount after cue"))
    add(case("pm-n07", "$1k weekend special", [], "amount with k"))
    add(case("pm-n08", "tarifa $80 media hora, pago en efectivo", [], "es price"))
    add(case("pm-n09", "cashapp $5.50 fee", [], "decimal amount"))
    # batch 2
    add(case("pm-b01", "cashapp: $ lola", ["cashapp:$lola"], "space after $"))
    add(case("pm-b02", "paypal: rosie22", ["paypal:rosie22"], "paypal cue + bare username"))
    add(case("pm-b03", "envíame por venmo a @caro-m", ["venmo:caro-m"], "es"))
    add(case("pm-b04", "$nowbunny on cashapp", ["cashapp:$nowbunny"], "tag first"))
    add(case("pm-b06", "venmo: @" + "\u0430my-k", ["venmo:amy-k"], "Cyrillic а in username"))
    add(case("pm-b07", "кэшапп: $nastya", ["cashapp:$nastya"], "ru transliteration"))
    add(case("pm-b08", "CΑSHΑPP $zoe", ["cashapp:$zoe"], "Greek Alpha in platform"))
    add(case("pm-b09", "pay.pal.me/rosie22", [], "broken paypal.me: not a real URL, none"))
    add(case("pm-n10", "$ 200 per session", [], "$ then space then amount"))
    add(case("pm-n11", "$$$ generous gentlemen only", [], "dollar signs"))
    add(case("pm-n12", "$100-$200 range", [], "amount range"))
    add(case("pm-n13", "venmo me $20 for the pics", [], "amount after venmo"))
    # batch 3
    add(case("pm-c01", "Cash App: $LolaVIP", ["cashapp:$lolavip"], "Cash App title case"))
    add(case("pm-c02", "cashapp - $lola_22", ["cashapp:$lola_22"], "dash"))
    add(case("pm-c03", "venmo: lola-vip", ["venmo:lola-vip"], "venmo bare with hyphen"))
    add(case("pm-c04", "PayPal.Me/LolaVIP", ["paypal:lolavip"], "mixed-case link"))
    add(case("pm-c05", "my cashapp is $lola", ["cashapp:$lola"], "is"))
    add(case("pm-c06", "depósito: cashapp $lola_mx", ["cashapp:$lola_mx"], "es"))
    add(case("pm-c07", "send $lolavip the deposit", ["cashapp:$lolavip"], "bare cashtag"))
    add(case("pm-c08", "venmo➡️@lola-v", ["venmo:lola-v"], "arrow emoji glued"))
    add(case("pm-n14", "$20 off first visit, cashapp only", [], "price and cue alone"))
    add(case("pm-n15", "50$ deposit by cashapp", [], "amount with trailing $"))
    # batch 4
    add(case("pm-d01", "CashApp ➡ $Lola2024", ["cashapp:$lola2024"], "arrow"))
    add(case("pm-d02", "Venmo: @Lola-2024", ["venmo:lola-2024"], "venmo colon @"))
    add(case("pm-d03", "deposit → paypal.me/lola2024", ["paypal:lola2024"], "arrow before link"))
    add(case("pm-d04", "CA$H APP: $kandi", ["cashapp:$kandi"], "CA$H APP"))
    add(case("pm-d05", "depósito via cashapp ($luna_b)", ["cashapp:$luna_b"], "tag in brackets"))
    add(case("pm-n16", "$300 cash or cashapp", [], "price and cue"))
    return c


def crypto_cases() -> list[Case]:
    c: list[Case] = []
    add = c.append
    p2pkh = [b58check(0x00, f"btc-p2pkh-{i}") for i in range(6)]
    p2sh = [b58check(0x05, f"btc-p2sh-{i}") for i in range(4)]
    wpkh = [segwit("bc", 0, f"btc-wpkh-{i}", 20) for i in range(5)]
    wsh = segwit("bc", 0, "btc-wsh-0", 32)
    tr = [segwit("bc", 1, f"btc-tr-{i}", 32) for i in range(3)]
    eths = [eth(f"eth-{i}") for i in range(8)]
    trx = [b58check(0x41, f"trx-{i}") for i in range(6)]
    ltc = [b58check(0x30, "ltc-p2pkh-0"), b58check(0x32, "ltc-p2sh-0"), segwit("ltc", 0, "ltc-wpkh-0", 20)]
    sols = [sol(f"sol-{i}") for i in range(2)]

    add(case("cr-01", f"BTC: {p2pkh[0]}", [f"btc:{p2pkh[0]}"], "P2PKH with label"))
    add(case("cr-02", f"send bitcoin to {wpkh[0]} before booking", [f"btc:{wpkh[0]}"], "bech32 P2WPKH"))
    add(case("cr-03", f"taproot deposit: {tr[0]}", [f"btc:{tr[0]}"], "bech32m taproot"))
    add(case("cr-04", f"ETH {eths[0]}", [f"eth:{eths[0].lower()}"], "EIP-55 mixed case"))
    add(case("cr-05", f"eth wallet {eths[1].lower()}", [f"eth:{eths[1].lower()}"], "all lower-case ETH"))
    add(case("cr-06", f"USDT TRC20: {trx[0]}", [f"trx:{trx[0]}"], "TRON"))
    add(case("cr-07", f"depósito en bitcoin: {p2sh[0]}", [f"btc:{p2sh[0]}"], "es, P2SH"))
    add(case("cr-08", f"кошелёк USDT (TRC20): {trx[1]}", [f"trx:{trx[1]}"], "ru TRON"))
    add(case("cr-09", f"钱包地址：{eths[2]}", [f"eth:{eths[2].lower()}"], "zh, full-width colon"))
    add(case("cr-10", f"LTC {ltc[0]}", [f"ltc:{ltc[0]}"], "litecoin L"))
    add(case("cr-11", f"litecoin: {ltc[1]}", [f"ltc:{ltc[1]}"], "litecoin M"))
    add(case("cr-12", f"ltc segwit {ltc[2]}", [f"ltc:{ltc[2]}"], "litecoin bech32"))
    add(case("cr-13", f"{p2pkh[1]} (btc only)", [f"btc:{p2pkh[1]}"], "address first"))
    add(case("cr-14", f"BTC {wpkh[1].upper()}", [f"btc:{wpkh[1]}"], "bech32 upper case -> lower"))
    add(case("cr-15", f"btc: {p2pkh[2][:10]}{ZW}{p2pkh[2][10:]}", [f"btc:{p2pkh[2]}"], "zero-width in address"))
    add(case("cr-16", f"paiement en crypto : {eths[3]}", [f"eth:{eths[3].lower()}"], "fr ETH"))
    add(case("cr-17", f"pagamento em bitcoin: {wpkh[2]}", [f"btc:{wpkh[2]}"], "pt"))
    add(case("cr-18", f"plată în USDT TRC20 {trx[2]}", [f"trx:{trx[2]}"], "ro"))
    add(case("cr-19", f"kirim ke dompet {eths[4]}", [f"eth:{eths[4].lower()}"], "id"))
    add(case("cr-20", f"ví USDT: {trx[3]}", [f"trx:{trx[3]}"], "vi"))
    add(case("cr-21", f"BTC {p2pkh[3]} or ETH {eths[5]}", [f"btc:{p2pkh[3]}", f"eth:{eths[5].lower()}"], "two"))
    add(case("cr-22", f"wallet:{wpkh[3]}", [f"btc:{wpkh[3]}"], "no space after colon"))
    add(case("cr-23", f"₿ {tr[1]}", [f"btc:{tr[1]}"], "bitcoin sign"))
    add(case("cr-24", f"Ξ {eths[6]}", [f"eth:{eths[6].lower()}"], "ether sign"))
    add(case("cr-25", f"Tron: {trx[4]}.", [f"trx:{trx[4]}"], "trailing full stop"))
    add(case("cr-26", f"({p2sh[1]})", [f"btc:{p2sh[1]}"], "brackets"))
    add(case("cr-27", f"{wsh}", [f"btc:{wsh}"], "P2WSH 32-byte, bare"))
    add(case("cr-28", f"SOL: {sols[0]}", [f"sol:{sols[0]}"], "solana with label"))
    add(case("cr-29", f"solana wallet {sols[1]}", [f"sol:{sols[1]}"], "solana"))
    add(case("cr-30", f"btc 👉 {p2pkh[4]} 👈", [f"btc:{p2pkh[4]}"], "emoji around"))
    add(case("cr-31", f"USDT ERC20 {eths[7]}", [f"eth:{eths[7].lower()}"], "ERC20"))
    add(case("cr-32", f"{trx[5]}", [f"trx:{trx[5]}"], "bare TRON"))
    add(case("cr-33", f"{tr[2]}", [f"btc:{tr[2]}"], "bare taproot"))
    add(case("cr-34", f"bitcoin {p2pkh[5]}", [f"btc:{p2pkh[5]}"], "bitcoin word"))
    add(case("cr-35", f"btc:{wpkh[4]}", [f"btc:{wpkh[4]}"], "btc: prefix"))
    add(case("cr-36", f"ethereum:{eths[0]}", [f"eth:{eths[0].lower()}"], "ethereum: URI"))
    add(case("cr-37", f"bitcoin:{p2sh[2]}?amount=0.01", [f"btc:{p2sh[2]}"], "BIP21 URI"))
    add(case("cr-38", f"адрес BTC: {p2sh[3]}", [f"btc:{p2sh[3]}"], "ru BTC"))
    # broken checksums and look-alikes: nothing
    add(case("cr-n01", f"BTC: {break_b58(p2pkh[0])}", [], "base58 checksum broken"))
    add(case("cr-n02", f"send to {break_bech32(wpkh[0])}", [], "bech32 checksum broken"))
    add(case("cr-n03", f"ETH {break_eip55(eths[0])}", [], "EIP-55 case checksum broken"))
    add(case("cr-n04", f"USDT TRC20: {break_b58(trx[0])}", [], "TRON checksum broken"))
    add(
        case(
            "cr-n05",
            "tx 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
            [],
            "transaction hash (32 bytes)",
        )
    )
    add(case("cr-n06", "txid 4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b", [], "bare 64-hex txid"))
    add(case("cr-n07", "order REF1Z999AA10123456784XYZ98765", [], "order number"))
    add(case("cr-n08", f"taproot {break_bech32(tr[0])}", [], "bech32m checksum broken"))
    add(case("cr-n09", "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", [], "hash digest"))
    add(case("cr-n10", "promo code BC1QFREESHIPPING2024", [], "bc1 look-alike promo code"))
    # batch 2
    doge = b58check(0x1E, "doge-0")
    add(case("cr-b01", f"DOGE: {doge}", [f"doge:{doge}"], "dogecoin"))
    add(
        case(
            "cr-b02",
            f"USDT (TRC-20) — {b58check(0x41, 'trx-b2')}",
            [f"trx:{b58check(0x41, 'trx-b2')}"],
            "TRC-20 spelt with hyphen",
        )
    )
    e2 = eth("eth-b2")
    add(case("cr-b03", f"see etherscan.io/address/{e2}", [f"eth:{e2.lower()}"], "ETH in an explorer URL"))
    p2 = b58check(0x00, "btc-b2")
    add(case("cr-b04", "BTC: " + fullwidth(p2), [f"btc:{p2}"], "full-width address"))
    add(case("cr-b05", f"bitcoin address:\n{p2}\nthank you", [f"btc:{p2}"], "address on its own line"))
    add(case("cr-n11", f"ETH {e2[:-1]}", [], "39 hex digits"))
    add(case("cr-n12", f"BTC {p2[:-3]}", [], "truncated base58 address"))
    add(case("cr-n13", "TRC20: TXYZ1234567890abcdefGHJKLMNPQRSTUV", [], "random T string"))
    # batch 3
    e3 = eth("eth-c3")
    t3 = b58check(0x41, "trx-c3")
    w3 = segwit("bc", 0, "btc-c3", 20)
    add(case("cr-c01", f"my wallet address is {e3}", [f"eth:{e3.lower()}"], "sentence"))
    add(case("cr-c02", f"USDT-TRC20:{t3}", [f"trx:{t3}"], "no space"))
    add(case("cr-c03", f"Dirección BTC → {w3}", [f"btc:{w3}"], "es arrow"))
    add(case("cr-c04", f"地址 {e3.lower()} (ERC20)", [f"eth:{e3.lower()}"], "zh"))
    add(case("cr-n14", f"ETH {e3[:20]} {e3[20:]}", [], "split address: none"))
    # batch 4
    t4 = b58check(0x41, "trx-d4")
    w4 = segwit("bc", 0, "btc-d4", 20)
    e4 = eth("eth-d4")
    add(case("cr-d01", f"USDT TRC20 地址: {t4}", [f"trx:{t4}"], "zh label"))
    add(case("cr-d02", f"BTC(SegWit): {w4}", [f"btc:{w4}"], "segwit label"))
    add(case("cr-d03", f"ETH/USDT ERC-20: {e4}", [f"eth:{e4.lower()}"], "ERC-20 label"))
    return c


def age_cases() -> list[Case]:
    c: list[Case] = []
    add = c.append
    add(case("ag-01", "Hi guys, I'm 19 and new here", ["19"], "I'm N"))
    add(case("ag-02", "Jade, 19yo, petite", ["19"], "Nyo"))
    add(case("ag-03", "21 y/o blonde", ["21"], "y/o"))
    add(case("ag-04", "Age: 22", ["22"], "Age label"))
    add(case("ag-05", "sweet 23 years old latina", ["23"], "years old"))
    add(case("ag-06", "twenty-one years young and fun", ["21"], "number words, years young"))
    add(case("ag-07", "eighteen years young", ["18"], "eighteen"))
    add(case("ag-08", "edad: 20 años", ["20"], "es edad"))
    add(case("ag-09", "tengo 24 añitos", ["24"], "es añitos diminutive"))
    add(case("ag-10", "tengo veintidós años", ["22"], "es number word"))
    add(case("ag-11", "j'ai 23 ans, étudiante", ["23"], "fr"))
    add(case("ag-12", "Chloé, vingt-cinq ans", ["25"], "fr number word"))
    add(case("ag-13", "tenho 24 anos, morena", ["24"], "pt"))
    add(case("ag-14", "idade: 26", ["26"], "pt idade"))
    add(case("ag-15", "am 25 de ani, din Cluj", ["25"], "ro"))
    add(case("ag-16", "vârsta: 27 ani", ["27"], "ro vârsta"))
    add(case("ag-17", "мне 19 лет, новенькая", ["19"], "ru лет"))
    add(case("ag-18", "возраст: 20", ["20"], "ru возраст"))
    add(case("ag-19", "мне двадцать два года", ["22"], "ru number words, года"))
    add(case("ag-20", "umur 21 tahun", ["21"], "id"))
    add(case("ag-21", "usia: 22 thn", ["22"], "id abbreviation"))
    add(case("ag-22", "em 20 tuổi, sinh viên", ["20"], "vi"))
    add(case("ag-23", "Tuổi: 23", ["23"], "vi label"))
    add(case("ag-24", "19 taong gulang", ["19"], "tl"))
    add(case("ag-25", "19岁 学生妹", ["19"], "zh 岁"))
    add(case("ag-26", "年龄：20", ["20"], "zh 年龄"))
    add(case("ag-27", "อายุ 20 ปี", ["20"], "th"))
    add(case("ag-28", "عمري " + digits_in("20", ARABIC_INDIC) + " سنة", ["20"], "ar with Arabic-Indic digits"))
    add(case("ag-29", "Age " + fullwidth("21"), ["21"], "full-width digits"))
    add(case("ag-30", "I am 2" + ZW + "0", ["20"], "zero-width inside age"))
    add(case("ag-32", "new girl 🔥 19 y.o. 🔥", ["19"], "y.o."))
    add(case("ag-33", "24yrs, 5'5, 120lbs", ["24"], "yrs, with height/weight beside"))
    add(case("ag-34", "Im nineteen", ["19"], "Im + number word"))
    add(case("ag-35", "I'm 2O", ["20"], "letter O for zero after I'm"))
    add(case("ag-36", "Alter: 23 Jahre", ["23"], "de"))
    add(case("ag-37", "23 jaar oud", ["23"], "nl"))
    add(case("ag-38", "20 years", ["20"], "years without old"))
    add(case("ag-39", "she is 25 years of age", ["25"], "years of age"))
    add(case("ag-41", "Вік: 22 роки", ["22"], "uk"))
    add(case("ag-42", "edad 19, 1.60 m, 50 kg", ["19"], "es with measurements"))
    # distractors
    add(case("ag-n01", "5'6\" 120lbs 36-24-36", [], "height/weight/measurements"))
    add(case("ag-n02", "available 24/7", [], "24/7"))
    add(case("ag-n03", "$200 1 hour, $350 2 hours", [], "prices and hours"))
    add(case("ag-n04", "open 10-11pm, 19:30 ok", [], "times"))
    add(case("ag-n05", "room 21, floor 3", [], "room number"))
    add(case("ag-n06", "since 2019, 1990s vibes", [], "years"))
    add(case("ag-n07", "size 8, shoes 38", [], "sizes"))
    add(case("ag-n08", "30 minutes 100 roses", [], "durations"))
    add(case("ag-n09", "Must be 18+ to view this page", [], "viewer age gate"))
    add(case("ag-n10", "$19.99 special", [], "price"))
    add(case("ag-n11", "hace 20 años que trabajo aquí", [], "es 'for 20 years' (duration)"))
    add(case("ag-n12", "20 лет опыта работы", [], "ru 20 years of experience"))
    add(case("ag-n13", "5 years experience, 170 cm", [], "experience years"))
    add(case("ag-n14", "3 ans d'expérience, 1m70", [], "fr experience"))
    # batch 2
    add(case("ag-b01", "tenho 19 anos", ["19"], "pt"))
    add(case("ag-b02", "veinte años, muy cariñosa", ["20"], "es number word"))
    add(case("ag-b03", "dix-neuf ans, nouvelle", ["19"], "fr number word"))
    add(case("ag-b04", "tenho vinte e dois anos", ["22"], "pt compound words"))
    add(case("ag-b05", "am douăzeci și unu de ani", ["21"], "ro compound words"))
    add(case("ag-b06", "мне двадцать один год", ["21"], "ru год"))
    add(case("ag-b07", "umur dua puluh satu tahun", ["21"], "id puluh"))
    add(case("ag-b08", "em hai mươi tuổi", ["20"], "vi mươi"))
    add(case("ag-b09", "二十岁，学生", ["20"], "zh numeral"))
    add(case("ag-b10", "عمري عشرين سنة", ["20"], "ar number word"))
    add(case("ag-b11", "19 años de edad", ["19"], "es de edad"))
    add(case("ag-b12", "just turned 18!", ["18"], "just turned"))
    add(case("ag-b13", "NEW 18YO", ["18"], "upper case YO"))
    add(case("ag-b14", "อายุ ๒๐ ปี", ["20"], "th digits"))
    add(case("ag-b15", "age 19yrs", ["19"], "yrs glued"))
    add(case("ag-b16", "20 ani, din București", ["20"], "ro without de"))
    add(case("ag-n15", "1 año de experiencia, 2 años en el negocio", [], "es experience"))
    add(case("ag-n16", "I'm 5'4 and 120 lbs", [], "I'm + height"))
    add(case("ag-n17", "I'm 100% real", [], "I'm + percent"))
    add(case("ag-n18", "I'm 34C natural", [], "I'm + bust size"))
    add(case("ag-n19", "i'm in room 19", [], "room"))
    add(case("ag-n20", "I'm 24/7 available", [], "I'm 24/7"))
    # batch 3
    add(case("ag-c01", "I'm a 21-year-old student", ["21"], "N-year-old"))
    add(case("ag-c02", "twenty-two-year-old model", ["22"], "words-year-old"))
    add(case("ag-c03", "age twenty", ["20"], "label + word"))
    add(case("ag-c04", "ho 19 anni", ["19"], "it anni"))
    add(case("ag-c05", "mam 23 lata", ["23"], "pl lata"))
    add(case("ag-c06", "edad veintiuno", ["21"], "es label + word"))
    add(case("ag-c07", "年龄二十二", ["22"], "zh label + numerals"))
    add(case("ag-c08", "อายุ ยี่สิบเอ็ด", ["21"], "th label + words"))
    add(case("ag-c09", "sweet 19 y.o", ["19"], "y.o without final dot"))
    add(case("ag-c10", "Tôi 22 tuổi", ["22"], "vi"))
    add(case("ag-n21", "21 years in business, over 21 only", [], "business years and limit"))
    add(case("ag-n22", "20 year anniversary sale", [], "anniversary"))
    add(case("ag-n23", "I'm 6 ft tall", [], "height"))
    add(case("ag-n24", "girls 18 to 25 years old, age 18-25", [], "ranges"))
    # batch 4
    add(case("ag-d01", "19 añitos, nueva", ["19"], "es añitos"))
    add(case("ag-d02", "tengo 19, soy nueva", ["19"], "tengo N,"))
    add(case("ag-d03", "I am 24 years young", ["24"], "years young"))
    add(case("ag-d04", "aged 23, slim", ["23"], "aged"))
    add(case("ag-d05", "âgée de 22 ans", ["22"], "fr âgée de"))
    add(case("ag-d06", "idade: vinte anos", ["20"], "pt label + word + anos"))
    add(case("ag-d07", "umur 20thn", ["20"], "id thn glued"))
    add(case("ag-d08", "23歲，台北", ["23"], "zh traditional 歲"))
    add(case("ag-d09", "Mia, 21 💕", ["21"], "name, number, emoji"))
    add(case("ag-n25", "I'm 5 minutes away, room 23", [], "minutes, room"))
    add(case("ag-n26", "100 roses 30 min, 5'5 120lb 34B", [], "rates and stats"))
    return c


def main() -> None:
    sets = {
        "phone": phone_cases(),
        "email": email_cases(),
        "handle": handle_cases(),
        "payment": payment_cases(),
        "crypto": crypto_cases(),
        "age": age_cases(),
    }
    for name, cases in sets.items():
        ids = [x["id"] for x in cases]
        assert len(ids) == len(set(ids)), f"duplicate ids in {name}"
        with (OUT / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for x in cases:
                fh.write(json.dumps(x, ensure_ascii=False) + "\n")
        print(name, len(cases))


if __name__ == "__main__":
    main()
