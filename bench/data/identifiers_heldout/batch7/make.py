"""Generate batch 7 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch7/<type>.jsonl).

    python bench/data/identifiers_heldout/batch7/make.py

Why a seventh batch: batch 6 has been scored and studied, so it no longer measures text nobody tuned
for.  Batch 7 was written blind by another author who read only issue 3, the obfuscation table in
the research notes (indicators.md section 5), the data contract in PRODUCT.md, the scorer, the first
lines of batch 6's files (for the record format) and batch 6's docstring (to choose *other* cases).
No extractor code, generated docs, tests or earlier held-out records were read.

What is different from batch 6:
- phones: groups split across sentences with words between them, number words of two languages
  mixed in one number (Spanglish, Taglish, Hinglish, Portunhol, ru+en, pl+en, ro+en), French numbers
  read in pairs (quatre-vingt-dix-neuf, trente-quatre), British "double oh"/"triple four", Mandarin
  幺 for one and 〇 for zero, Sino-Korean with 영 for zero, Haitian Creole, Somali and Albanian number
  words; circled, parenthesised, "digit full stop", double-circled and dingbat sans-serif circled
  digits, mathematical sans-serif / sans-serif bold / monospace digits, subscript digits; digits of
  Bengali, Malayalam, Kannada, Oriya, Tibetan, Mongolian and Ol Chiki; digits of two scripts in one
  number; combining strikethrough/underline (U+0336/U+0332), soft hyphens, word joiners, BOM,
  bare variation selectors, right-to-left marks, minus sign, fraction slash, middle dot, Arabic
  comma, ideographic comma, and a group broken across a line break.
- e-mail: further words for "@" (골뱅이, 小老鼠, собака/собачка, małpa, παπάκι, маймунка, мајмунче,
  afna, arrova, miukumauku, eta, krøllalfa, hjá, a rond, "at the rate") and for "." (точка, kropka,
  τελεία, 점, 點, pika, piste, taškas, punkts, titik, tuldok, nukta, chấm, נקודה, ดอท, डॉट, ডট,
  punktum, punktur); "(a)", ﹫ (small commercial at), ⓐ, ideographic full stop 。, the bullet as a dot,
  -at-/-dot-, mathematical bold/italic/monospace and circled letters, soft hyphens, a Greek omicron
  in "com", an address broken across a line, upper case, two addresses in one text.
- handles: "my IG is the same as my TG" and one name for several platforms, letter-spaced usernames,
  dotted platform abbreviations (I.G, S.C, T.G), LINE (賴 / 加賴 in Taiwan, ไลน์), Skype, Signal,
  Discord, Twitter, WeChat slang vx / 威信 / 微信号, "face" for Facebook, "OF" for OnlyFans, Czech
  "instáč", Turkish "instadan", Russian "телегу", Georgian, Armenian, Tamil, Amharic and Bengali
  platform names, mathematical bold / sans-serif and circled letters, a Cyrillic а inside a username,
  a zero-width space inside a username, and handles with no platform (``unknown:``).
- payment: "CA" and "PP" abbreviations, "cash 💲 app", ca$happ, hyphen-spelt c-a-s-h-a-p-p, "vnmo",
  letter-spaced v e n m o, full-width ＄ and small ﹩ dollar signs, a letter-spaced cashtag, "$ tag",
  math bold and circled letters, venmo.com/<user> and account.venmo.com/u/, upper-case PAYPAL.ME,
  "paypal dot me slash", markdown links, PayPal in Chinese (贝宝), Japanese, Thai, Hebrew, Greek,
  Persian; Revolut (``revolut:tag`` by the ``platform:tag`` pattern), several payment handles per text.
- crypto: wallets split over two lines or into chunks with spaces/dashes, upper-case bech32, all
  lower-case ETH, P2SH, P2WSH, taproot, Litecoin (L/M/ltc1), Monero and Solana (``xmr:``/``sol:`` by
  the ``chain:address`` pattern), math monospace letters, labels in many languages.
- age: math sans-serif bold and circled digits, "23F" / "22/F", "Mia (21)", "turning 21 today",
  "20 abriles", "22 printemps", "21 summers", はたち, native Korean 스물한 살, ages in about 40 languages.
Negatives (``"expected": []``, about 15 % per type) carry look-alikes: prices, dates, times, order and
tracking numbers, IBAN, ISBN, gift-card numbers, coordinates, measurements, hashtags, "18+", birth
years without an age, tx hashes, PGP fingerprints, git hashes, truncated and checksum-broken wallets.

All values are fictional: NA 555-0100..0199, AU 0491 570 1xx, UK Ofcom drama landlines (020 7946 0xxx,
0161 496 0xxx), the French ARCEP fiction range 01 99 00 xx xx.  The UK 07700 900xxx and French
06 39 98 xx xx drama ranges were not used: phonenumbers (which issue 3 names as the validator) rejects
them as invalid numbers, so no validating extractor could return them.  Also: example.com/.org/.net,
made-up handles, wallets derived from fixed seeds (sha256 of a seed string;
Ed25519 keys from seeds for Monero/Solana).  Every record has "batch": 7.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import base58
import bech32
from Crypto.Hash import keccak
from Crypto.PublicKey import ECC

OUT = Path(__file__).resolve().parent
BATCH = 7

# ---------------------------------------------------------------- helpers: digits in other forms


def digits(s: str, zero: int) -> str:
    """Write the ASCII digits of `s` in the script whose digit zero is code point `zero`."""
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in s)


CIRCLED = {"0": "⓪", **{str(i): chr(0x2460 + i - 1) for i in range(1, 10)}}
PAREN = {"0": "0", **{str(i): chr(0x2474 + i - 1) for i in range(1, 10)}}
FULLSTOP = {"0": "\U0001f100", **{str(i): chr(0x2488 + i - 1) for i in range(1, 10)}}
DOUBLE_CIRCLED = {"0": "⓪", **{str(i): chr(0x24F5 + i - 1) for i in range(1, 10)}}
DINGBAT = {"0": "⓪", **{str(i): chr(0x2780 + i - 1) for i in range(1, 10)}}


def mapped(s: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in s)


def combining(s: str, mark: str) -> str:
    """Put a combining mark after every non-space character (strikethrough / underline text generators)."""
    return "".join(c + mark if not c.isspace() else c for c in s)


def math_letters(s: str, lower_a: int, upper_a: int | None = None, zero: int | None = None) -> str:
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr(lower_a + ord(c) - ord("a")))
        elif upper_a is not None and "A" <= c <= "Z":
            out.append(chr(upper_a + ord(c) - ord("A")))
        elif zero is not None and c.isdigit():
            out.append(chr(zero + int(c)))
        else:
            out.append(c)
    return "".join(out)


def circled_letters(s: str) -> str:
    return "".join(chr(0x24D0 + ord(c) - ord("a")) if "a" <= c <= "z" else c for c in s)


BOLD = (0x1D41A, 0x1D400, 0x1D7CE)
ITALIC = (0x1D44E, 0x1D434, None)
MONO = (0x1D68A, 0x1D670, 0x1D7F6)
SANS = (0x1D5BA, 0x1D5A0, 0x1D7E2)
SANS_BOLD = (0x1D5EE, 0x1D5D4, 0x1D7EC)


def na(area: str, last2: str) -> str:
    return f"+1{area}55501{last2}"


# ---------------------------------------------------------------- helpers: wallets from fixed seeds


def seed_bytes(seed: str, n: int) -> bytes:
    return hashlib.sha256(f"clew-heldout-b7/{seed}".encode()).digest()[:n]


def b58check(version: bytes, payload: bytes) -> str:
    return base58.b58encode_check(version + payload).decode()


def bech32m_encode(hrp: str, witver: int, prog: bytes) -> str:
    """BIP-350 bech32m (the installed `bech32` package only writes BIP-173 bech32)."""
    five = bech32.convertbits(list(prog), 8, 5)
    assert five is not None
    data = [witver, *five]
    polymod = bech32.bech32_polymod(bech32.bech32_hrp_expand(hrp) + data + [0] * 6) ^ 0x2BC830A3
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(bech32.CHARSET[d] for d in data + checksum)


def btc_p2pkh(seed: str) -> str:
    return b58check(b"\x00", seed_bytes(seed, 20))


def btc_p2sh(seed: str) -> str:
    return b58check(b"\x05", seed_bytes(seed, 20))


def segwit(hrp: str, prog: bytes) -> str:
    addr = bech32.encode(hrp, 0, list(prog))
    assert addr is not None
    return addr


def btc_wpkh(seed: str) -> str:
    return segwit("bc", seed_bytes(seed, 20))


def btc_wsh(seed: str) -> str:
    return segwit("bc", seed_bytes(seed, 32))


def btc_tr(seed: str) -> str:
    return bech32m_encode("bc", 1, seed_bytes(seed, 32))


def ltc_p2pkh(seed: str) -> str:
    return b58check(b"\x30", seed_bytes(seed, 20))


def ltc_p2sh(seed: str) -> str:
    return b58check(b"\x32", seed_bytes(seed, 20))


def ltc_wpkh(seed: str) -> str:
    return segwit("ltc", seed_bytes(seed, 20))


def trx(seed: str) -> str:
    return b58check(b"\x41", seed_bytes(seed, 20))


def eth(seed: str) -> str:
    """EIP-55 mixed-case address; the canonical value is its lower-case form."""
    raw = seed_bytes(seed, 20).hex()
    h = keccak.new(digest_bits=256, data=raw.encode()).hexdigest()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(raw))


def ed25519_pub(seed: str) -> bytes:
    key = ECC.construct(curve="Ed25519", seed=seed_bytes(seed, 32))
    return key.public_key().export_key(format="raw")


def sol(seed: str) -> str:
    return base58.b58encode(ed25519_pub(seed)).decode()


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
XMR_BLOCK = [0, 2, 3, 5, 6, 7, 9, 10, 11]


def xmr_b58(data: bytes) -> str:
    out = []
    for i in range(0, len(data), 8):
        block = data[i : i + 8]
        num = int.from_bytes(block, "big")
        chars = []
        while num:
            num, r = divmod(num, 58)
            chars.append(B58[r])
        out.append("".join(reversed(chars)).rjust(XMR_BLOCK[len(block)], "1"))
    return "".join(out)


def xmr(seed: str) -> str:
    body = b"\x12" + ed25519_pub(seed + "/spend") + ed25519_pub(seed + "/view")
    check = keccak.new(digest_bits=256, data=body).digest()[:4]
    return xmr_b58(body + check)


def broken(addr: str) -> str:
    """Change one base58 character so the checksum fails (asserted below)."""
    i = len(addr) // 2
    repl = "2" if addr[i] != "2" else "3"
    return addr[:i] + repl + addr[i + 1 :]


# ---------------------------------------------------------------- records

Rec = tuple[str, str | None, list[str], str]


def phone_records() -> list[Rec]:
    p = na
    r: list[Rec] = [
        (
            "Area code is 312. Sweet and discreet, no rush. Next comes 555 and after that 0142. Calls only.",
            "US",
            [p("312", "42")],
            "en: groups in separate sentences with words between",
        ),
        (
            "Mi código de área es 305. Después marca 555. Y al final 0193, pregunta por Vale.",
            "US",
            [p("305", "93")],
            "es: groups in separate sentences",
        ),
        (
            "Llámame papi: three one two, cinco cinco cinco, cero uno cuatro seis",
            "US",
            [p("312", "46")],
            "es+en: Spanglish number words",
        ),
        (
            "Text mo ako: dalawa one tatlo, five lima five, zero isa 9 siyam",
            "US",
            [p("213", "99")],
            "tl+en: Taglish number words mixed with digits",
        ),
        (
            "New in Jersey 😘 mera number: 201 paanch paanch paanch 01 chaar aath",
            "US",
            [p("201", "48")],
            "hi (Latin)+digits: Hinglish number words",
        ),
        (
            "звони на Брайтоне: семь один восемь five five five ноль один пять ноль",
            "US",
            [p("718", "50")],
            "ru+en: Russian and English number words in one number",
        ),
        (
            "sună-mă în Chicago: trei unu doi 555 zero unu patru trei",
            "US",
            [p("312", "43")],
            "ro+digits: Romanian words and digits",
        ),
        (
            "me liga, Newark: nove siete três, cinco cinco cinco, zero uno quatro cuatro",
            "US",
            [p("973", "44")],
            "pt+es: Portunhol number words",
        ),
        (
            "gọi em ở Houston: bảy một ba, năm năm năm, không một năm hai",
            "US",
            [p("713", "52")],
            "vi: Vietnamese number words",
        ),
        (
            "WA aja kak: dua satu tiga five five five nol satu enam satu, LA",
            "US",
            [p("213", "61")],
            "id+en: Indonesian and English number words",
        ),
        (
            "dzwoń: 773 555 zero jeden sześć sześć, Chicago",
            "US",
            [p("773", "66")],
            "pl+digits: Polish words for the last group",
        ),
        (
            "телефонуйте, Торонто: чотири один шість 555 нуль один сім сім",
            "CA",
            [p("416", "77")],
            "uk+digits: Ukrainian number words",
        ),
        (
            "rele m Miami: twa zewo senk, 555, zewo en uit uit",
            "US",
            [p("305", "88")],
            "ht: Haitian Creole number words",
        ),
        (
            "Minneapolis, wac: lix kow laba, shan shan shan, eber kow kow toddoba",
            "US",
            [p("612", "17")],
            "so: Somali number words",
        ),
        (
            "Laredo 🌵 márcame: nueve cinco seis, cinco doble cinco, cero uno cero cinco",
            "US",
            [p("956", "05")],
            "es: 'doble cinco'",
        ),
        ("three-one-two / 555 / oh-one-nine-eight", "US", [p("312", "98")], "en: hyphenated words and slashes"),
        (
            "NYC girl 🗽 two-one-two five-five-five oh-one forty-two",
            "US",
            [p("212", "42")],
            "en: last pair read as 'forty-two'",
        ),
        ("ᴄᴀʟʟ " + digits("312 555 0163", 0x2080), "US", [p("312", "63")], "en: subscript digits"),
        (
            "☎ " + mapped("312 555 0172", CIRCLED) + " Chicago",
            None,
            [p("312", "72")],
            "en: circled digits, market from the city",
        ),
        (
            mapped("415 555 0181", PAREN) + " San Francisco, outcalls only",
            None,
            [p("415", "81")],
            "en: parenthesised digits, plain 0",
        ),
        ("Brooklyn 📞 " + mapped("718 555 0192", FULLSTOP), "US", [p("718", "92")], "en: 'digit full stop' characters"),
        ("NY 💋 " + mapped("212 555 0130", DOUBLE_CIRCLED), "US", [p("212", "30")], "en: double-circled digits"),
        ("Miami " + mapped("305 555 0141", DINGBAT), "US", [p("305", "41")], "en: dingbat sans-serif circled digits"),
        ("Vegas baby 🎰 " + digits("702 555 0153", 0x1D7E2), "US", [p("702", "53")], "en: math sans-serif digits"),
        ("Toronto incall " + digits("416-555-0164", 0x1D7F6), "CA", [p("416", "64")], "en: math monospace digits"),
        ("Vancouver ✨ " + digits("604 555 0175", 0x1D7EC), "CA", [p("604", "75")], "en: math sans-serif bold digits"),
        ("জ্যাকসন হাইটস, যোগাযোগ: " + digits("718-555-0103", 0x09E6), "US", [p("718", "03")], "bn: Bengali digits"),
        ("ഹ്യൂസ്റ്റൺ, വിളിക്കൂ: " + digits("713 555 0114", 0x0D66), "US", [p("713", "14")], "ml: Malayalam digits"),
        ("ಸ್ಯಾನ್ ಹೋಸೆ, ಕರೆ ಮಾಡಿ " + digits("408 555 0125", 0x0CE6), "US", [p("408", "25")], "kn: Kannada digits"),
        ("ཁ་པར་ " + digits("718 555 0136", 0x0F20) + " ཀྭིནསི།", "US", [p("718", "36")], "bo: Tibetan digits"),
        ("Чикаго, утас: " + digits("312 555 0147", 0x1810), "US", [p("312", "47")], "mn: Mongolian digits"),
        ("ଫୋନ୍ କରନ୍ତୁ " + digits("201 555 0169", 0x0B66) + " ନ୍ୟୁ ଜର୍ସି", "US", [p("201", "69")], "or: Oriya digits"),
        ("ᱯᱷᱚᱱ " + digits("212 555 0178", 0x1C50), "US", [p("212", "78")], "sat: Ol Chiki digits"),
        (
            combining("call 312 555 0189", "\u0336"),
            "US",
            [p("312", "89")],
            "en: combining strikethrough on every character",
        ),
        (combining("404-555-0191", "\u0332") + " Atlanta", "US", [p("404", "91")], "en: combining underline"),
        ("Boston: 617\u00ad555\u00ad0102 (no texts)", "US", [p("617", "02")], "en: soft hyphens between groups"),
        ("Seattle 206\u2060555\u2060\ufeff0113", "US", [p("206", "13")], "en: word joiner and BOM"),
        (
            "Honolulu 🌺 " + "".join(c + "\ufe0f" if c.isdigit() else c for c in "808 555 0124"),
            "US",
            [p("808", "24")],
            "en: bare variation selector after every digit",
        ),
        ("Houston 713−555−0135 ask for Kim", "US", [p("713", "35")], "en: U+2212 minus sign as separator"),
        ("Denver 720⁄555⁄0146", "US", [p("720", "46")], "en: fraction slash separator"),
        ("Chicago 312·555·0157 incall", "US", [p("312", "57")], "en: middle dot separator"),
        (
            "ديترويت، اتصلي " + digits("313", 0x0660) + "،" + digits("555", 0x0660) + "،" + digits("0158", 0x0660),
            "US",
            [p("313", "58")],
            "ar: Arabic-Indic digits with Arabic comma separators",
        ),
        ("温哥华 电话：六〇四 五五五 〇一六八", "CA", [p("604", "68")], "zh: Chinese numerals with 〇"),
        ("洛杉矶 华人 六二六 五五五 〇幺五九", "US", [p("626", "59")], "zh: 幺 for one (phone reading)"),
        ("ホノルル 電話 八〇八・五五五・〇一七九", "US", [p("808", "79")], "ja: kanji numerals with 〇 and nakaguro"),
        ("电话：604、555、0171 温哥华", "CA", [p("604", "71")], "zh: ideographic comma separators"),
        ("call 702-55\n5-0116 after 6pm", "US", [p("702", "16")], "en: a group broken by a line break"),
        ("312 (no private numbers) 555 (ask for Jade) 0127", "US", [p("312", "27")], "en: remarks between the groups"),
        (
            "لس آنجلس " + digits("310", 0x06F0) + " 555 " + digits("0128", 0x06F0),
            "US",
            [p("310", "28")],
            "fa: Persian and ASCII digits in one number",
        ),
        (
            "חייגו 212\u200f-\u200f555\u200f-\u200f0138 מנהטן",
            "US",
            [p("212", "38")],
            "he: right-to-left marks around hyphens",
        ),
        ("Σικάγο, τηλ. 312 πέντε πέντε πέντε 0149", "US", [p("312", "49")], "el+digits: Greek words for one group"),
        (
            "ਸਰੀ ਬੀ.ਸੀ. " + digits("778", 0x0A66) + " 555 0161",
            "CA",
            [p("778", "61")],
            "pa: Gurmukhi and ASCII digits mixed",
        ),
        ("ደውሉ ዋሽንግተን 202.555.0109", "US", [p("202", "09")], "am: Amharic text, dotted number"),
        (
            "Mia 312-555-0101 / Lola 312-555-0102, call either",
            "US",
            [p("312", "01"), p("312", "02")],
            "en: two numbers",
        ),
        ("+1 (415) 555 - 0117 SF outcall", None, [p("415", "17")], "en: +1 with spaced hyphen, no country"),
        (
            "Londyn, dzwoń: zero dwa zero, siedem dziewięć cztery sześć, zero trzy dwa jeden",
            "GB",
            ["+442079460321"],
            "pl: Polish words, London drama range",
        ),
        (
            "ring me on oh two oh, seven nine four six, double oh one two",
            "GB",
            ["+442079460012"],
            "en-GB: 'double oh' reading",
        ),
        ("Manchester: oh-one-six-one 496 oh triple four", "GB", ["+441614960444"], "en-GB: 'triple four'"),
        ("Londra: +44 (20) 7946-0654, sună oricând", "GB", ["+442079460654"], "ro: parenthesised area code after +44"),
        ("Skambink: 020\u20097946\u20090987, Londonas", "GB", ["+442079460987"], "lt: thin spaces as separators"),
        (
            "më telefono në Mançester: zero një gjashtë një katër nëntë gjashtë zero një një një",
            "GB",
            ["+441614960111"],
            "sq: Albanian number words",
        ),
        ("Sydney, gọi: 0491 570 một một ba", "AU", ["+61491570113"], "vi+digits: last group in words, AU"),
        ("시드니 연락: 영사구일 오칠영 일이사", "AU", ["+61491570124"], "ko: Sino-Korean with 영 for zero"),
        ("悉尼 电话 零四九一 五七零 一三五", "AU", ["+61491570135"], "zh: Chinese numerals, AU mobile"),
        ("Melbourne: oh four nine one, five seven oh, one double four", "AU", ["+61491570144"], "en-AU: 'double four'"),
        (
            "Appelle-moi au zéro un, quatre-vingt-dix-neuf, zéro zéro, douze, trente-quatre",
            "FR",
            ["+33199001234"],
            "fr: number read in pairs",
        ),
        (
            "Paris 16e: 01 quatre-vingt-dix-neuf 00 45 soixante-sept",
            "FR",
            ["+33199004567"],
            "fr: pairs, words and digits mixed",
        ),
        ("Paris, sună: zero unu 99 00 56 78", "FR", ["+33199005678"], "ro+digits: words for the first pair, FR"),
        (
            "باريس اتصل " + digits("01", 0x0660) + " 99 " + digits("00", 0x0660) + " 22 " + digits("11", 0x0660),
            "FR",
            ["+33199002211"],
            "ar: pairs alternating Arabic-Indic and ASCII digits",
        ),
        ("巴黎 电话 01丨99丨00丨33丨44", "FR", ["+33199003344"], "zh: 丨 as separator"),
        (
            "Париж, две линии: 01 99 00 55 12 и 01 99 00 55 13",
            "FR",
            ["+33199005512", "+33199005513"],
            "bg: two French numbers",
        ),
    ]
    neg: list[Rec] = [
        ("$150/hr, $250/2hr, $1,200 overnight. Available 10am-10pm, 7 days.", "US", [], "en: prices and times"),
        ("USPS tracking 9400 1000 0000 0000 0000 00 — your order ships today", "US", [], "en: tracking number"),
        ("Disponible del 12/05/2026 al 18/05/2026, de 10:00 a 22:00", "US", [], "es: dates and times"),
        ("Commande n° 2026-0199-0012, facture 01990012, livraison 3-5 jours", "FR", [], "fr: order and invoice ids"),
        ("Zahlung an IBAN DE89 3704 0044 0532 0130 00, Betrag 250 €", "DE", [], "de: IBAN"),
        ("ISBN 978-0-306-40615-7 · measurements 36-24-36, 5'6\", 120 lbs", "US", [], "en: ISBN and measurements"),
        ("Москва, 55.7558, 37.6173 — рост 170, вес 55, грудь 3", "RU", [], "ru: coordinates and measurements"),
        ("订单号 2026112955501 已发货，快递单号 SF1234567890123", "CN", [], "zh: order and courier numbers"),
        ("CEP 01310-100, São Paulo; horário 09h-18h; R$ 300", "BR", [], "pt: postcode, hours, price"),
        (
            "السعر "
            + digits("500", 0x0660)
            + " درهم، الساعة "
            + digits("22:00", 0x0660)
            + "، غرفة "
            + digits("312", 0x0660),
            "AE",
            [],
            "ar: price, time, room number in Arabic-Indic digits",
        ),
        ("Gift card 2079 4601 2345 6789, balance £50", "GB", [], "en: 16-digit gift card starting 2079 460"),
    ]
    return r + neg


def email_records() -> list[Rec]:
    r: list[Rec] = [
        ("메일: mina.kim 골뱅이 example 점 com", None, ["mina.kim@example.com"], "ko: 골뱅이 / 점"),
        ("信箱：amy_lin 小老鼠 example 點 net", None, ["amy_lin@example.net"], "zh-TW: 小老鼠 / 點"),
        ("почта: katya.v собака example точка org", None, ["katya.v@example.org"], "ru: собака / точка"),
        ("пиши: olga.s собачка example.com", None, ["olga.s@example.com"], "ru: собачка"),
        ("pisz: ola.nowak małpa example kropka com", None, ["ola.nowak@example.com"], "pl: małpa / kropka"),
        ("email: eleni.p παπάκι example τελεία net", None, ["eleni.p@example.net"], "el: παπάκι / τελεία"),
        ("имейл: desi_22 маймунка example точка com", None, ["desi_22@example.com"], "bg: маймунка"),
        ("пиши: jelena.p мајмунче example тачка com", None, ["jelena.p@example.com"], "sr: мајмунче / тачка"),
        ("piši: maja.k afna example pika org", None, ["maja.k@example.org"], "sl: afna / pika"),
        ("correu: laia.m arrova example punt com", None, ["laia.m@example.com"], "ca: arrova / punt"),
        ("sähköposti: aino.k miukumauku example piste net", None, ["aino.k@example.net"], "fi: miukumauku / piste"),
        ("rašyk: egle.s eta example taškas com", None, ["egle.s@example.com"], "lt: eta / taškas"),
        ("raksti: liga.b et example punkts org", None, ["liga.b@example.org"], "lv: et / punkts"),
        (
            "skriv til meg: ingrid.h krøllalfa example punktum com",
            None,
            ["ingrid.h@example.com"],
            "no: krøllalfa / punktum",
        ),
        ("skrifaðu: sigga.b hjá example punktur com", None, ["sigga.b@example.com"], "is: hjá / punktur"),
        ("scrie-mi: ana-maria.94 a rond example punct net", None, ["ana-maria.94@example.net"], "ro: a rond / punct"),
        ("email: putri.ayu at example titik com", None, ["putri.ayu@example.com"], "id: titik"),
        ("emel: siti.n @ example titik net", None, ["siti.n@example.net"], "ms: spaced @, titik"),
        ("i-email mo ako: maria.c at example tuldok net", None, ["maria.c@example.net"], "tl: tuldok"),
        ("barua pepe: amina.k at example nukta com", None, ["amina.k@example.com"], "sw: nukta"),
        ("email em: linh.tran @ example chấm com", None, ["linh.tran@example.com"], "vi: chấm"),
        ("mail karo: priya.s at the rate example dot com", None, ["priya.s@example.com"], "hi-Latn: 'at the rate'"),
        (
            "ای میل کریں: sana.k at the rate example dot org",
            None,
            ["sana.k@example.org"],
            "ur: 'at the rate' in Urdu text",
        ),
        ("escríbeme: sofia.r (arroba) example (punto) com", None, ["sofia.r@example.com"], "es: bracketed words"),
        ("manda email: bia.santos arroba example ponto net", None, ["bia.santos@example.net"], "pt: arroba / ponto"),
        ("Mail: mila.r(a)example.com", None, ["mila.r@example.com"], "de: (a) for @"),
        ("E-Mail: jana.w (a) example . net", None, ["jana.w@example.net"], "de: spaced (a) and dot"),
        ("联系: ivy.chen﹫example.com", None, ["ivy.chen@example.com"], "zh: small commercial at U+FE6B"),
        ("✉ rosa.b ⓐ example.org", None, ["rosa.b@example.org"], "en: circled a for @"),
        ("邮箱 lin.wei@example。com", None, ["lin.wei@example.com"], "zh: ideographic full stop in the domain"),
        ("メール：yuki_s@example。net まで", None, ["yuki_s@example.net"], "ja: ideographic full stop"),
        (math_letters("nina.v@example.com", *BOLD), None, ["nina.v@example.com"], "en: math bold letters"),
        ("mail me " + math_letters("lucy.m@example.net", *ITALIC), None, ["lucy.m@example.net"], "en: math italic"),
        (math_letters("mia.k@example.org", *MONO), None, ["mia.k@example.org"], "en: math monospace"),
        (circled_letters("nana@example.com"), None, ["nana@example.com"], "en: circled letters"),
        ("EMAIL: KIRA.MOON@EXAMPLE.ORG", None, ["kira.moon@example.org"], "en: upper case"),
        ("my email is kira.vale\n@example.net", None, ["kira.vale@example.net"], "en: address broken before @"),
        ("write to tessa.q at example.com, I answer fast", None, ["tessa.q@example.com"], "en: plain 'at'"),
        ("jade . lynn @ example . org", None, ["jade.lynn@example.org"], "en: spaces around every dot"),
        ("coco•b@example•com", None, ["coco.b@example.com"], "en: bullet for dot"),
        ("zoe(.)k(@)example(.)net", None, ["zoe.k@example.net"], "en: (.) and (@)"),
        ("mail: fifi-at-example-dot-com", None, ["fifi@example.com"], "en: -at- / -dot-"),
        ("contact ma\u00adri\u00ada@exam\u00adple.com", None, ["maria@example.com"], "en: soft hyphens inside"),
        ("elena.r@example.c\u03bfm", None, ["elena.r@example.com"], "en: Greek omicron in 'com'"),
        ("راسلني على\u200f noor.h@example.com\u200f", None, ["noor.h@example.com"], "ar: right-to-left marks around"),
        ("מייל: shira.l @ example נקודה org", None, ["shira.l@example.org"], "he: נקודה"),
        ("อีเมล: ploy.s @ example ดอท com", None, ["ploy.s@example.com"], "th: ดอท"),
        ("ईमेल: neha.g@example डॉट net", None, ["neha.g@example.net"], "hi: डॉट"),
        ("ইমেইল: rina.d অ্যাট example ডট com", None, ["rina.d@example.com"], "bn: অ্যাট / ডট"),
        ("Lara Vee <lara.vee@example.org> — book ahead", None, ["lara.vee@example.org"], "en: name and angle address"),
        (
            "bookings: desk@example.com, private: noa.b@example.net",
            None,
            ["desk@example.com", "noa.b@example.net"],
            "en: two addresses",
        ),
        (
            "mail: ruby.k@example.com ... again: ruby.k@example.com",
            None,
            ["ruby.k@example.com"],
            "en: same address twice",
        ),
        ("Schreib an: lea.s at example punkt org", None, ["lea.s@example.org"], "de: at / punkt"),
        ("e-posta: elif.y et example nokta com", None, ["elif.y@example.com"], "tr: et / nokta"),
        ("email: giulia.m presso example punto net", None, ["giulia.m@example.net"], "it: 'presso' (at)"),
        ("ელფოსტა: nino.t@example.org", None, ["nino.t@example.org"], "ka: Georgian label"),
        ("էլ. փոստ՝ ani.h@example.net", None, ["ani.h@example.net"], "hy: Armenian label"),
        ("மின்னஞ்சல்: kavya.r@example.com", None, ["kavya.r@example.com"], "ta: Tamil label"),
        ("ኢሜይል: selam.t at example dot com", None, ["selam.t@example.com"], "am: Amharic label, at/dot"),
    ]
    neg: list[Rec] = [
        ("rates: 150@1h, 250@2h, 600@night", None, [], "en: prices with @"),
        ("IG @lola.rose — DM only, no email", None, [], "en: handle, not an address"),
        ("meet @ the Hilton lobby, room 1204", None, [], "en: @ as 'at' a place"),
        ("more pics on example.com/nina", None, [], "en: URL, no address"),
        ("email me at my site, link in bio", None, [], "en: 'email me at' without an address"),
        ("Twitter: @kira.vale / TG: @kiravale", None, [], "en: two handles"),
        ("rdv à 20h @ Gare du Nord", None, [], "fr: @ before a place"),
        ("пиши в телегу @katya_v, почта не работает", None, [], "ru: handle and 'mail does not work'"),
        ("微信 linwei88 @ 上海", None, [], "zh: WeChat id and a city"),
        ("© example.org 2026 — all rights reserved", None, [], "en: domain without local part"),
        ("fan club: lola.example.com (new!)", None, [], "en: sub-domain URL"),
    ]
    return r + neg


def handle_records() -> list[Rec]:
    r: list[Rec] = [
        (
            "my IG is the same as my TG: rosa_wave",
            None,
            ["instagram:rosa_wave", "telegram:rosa_wave"],
            "en: 'same as' across two platforms",
        ),
        (
            "same @ on snap, insta and tele → lilabelle22",
            None,
            ["snapchat:lilabelle22", "instagram:lilabelle22", "telegram:lilabelle22"],
            "en: one name, three platforms",
        ),
        (
            "My Telegram is the same as my Instagram (@suki_ldn)",
            None,
            ["telegram:suki_ldn", "instagram:suki_ldn"],
            "en: 'same as' in a sentence",
        ),
        ("insta & snap same: cocobeach", None, ["instagram:cocobeach", "snapchat:cocobeach"], "en: '& ... same'"),
        ("tg/ig — @nikki_nyc", None, ["telegram:nikki_nyc", "instagram:nikki_nyc"], "en: tg/ig"),
        ("snap: l u n a x o 9 9", None, ["snapchat:lunaxo99"], "en: letter-spaced username"),
        ("instagram: m i a . r o s e", None, ["instagram:mia.rose"], "en: letter-spaced with a dot"),
        ("I.G: mia.bella.rose", None, ["instagram:mia.bella.rose"], "en: dotted I.G"),
        ("S.C ➜ kitty_kay", None, ["snapchat:kitty_kay"], "en: dotted S.C"),
        ("T.G - @jadeee_x", None, ["telegram:jadeee_x"], "en: dotted T.G"),
        ("snap 👻: ang3l_face", None, ["snapchat:ang3l_face"], "en: snap with ghost"),
        ("แอดไลน์มา ploy1999 นะคะ", None, ["line:ploy1999"], "th: แอดไลน์"),
        ("LINE ID → yuna_0707 (日本人です)", None, ["line:yuna_0707"], "ja: LINE ID"),
        ("라인 아이디: minji22", None, ["line:minji22"], "ko: 라인 아이디"),
        ("賴 ID: amy8899", None, ["line:amy8899"], "zh-TW: 賴 for LINE"),
        ("加賴 amy_tw 聊聊", None, ["line:amy_tw"], "zh-TW: 加賴"),
        ("add line ya kak: sisca.cantik", None, ["line:sisca.cantik"], "id: add line"),
        ("skype: bella_rose_cam", None, ["skype:bella_rose_cam"], "en: skype"),
        ("agrégame en Skype: la.morena.22", None, ["skype:la.morena.22"], "es: Skype"),
        ("Signal username: luna.07", None, ["signal:luna.07"], "en: Signal username"),
        ("schreib mir auf Signal: mia.42", None, ["signal:mia.42"], "de: Signal"),
        ("discord → velvetrose", None, ["discord:velvetrose"], "en: discord"),
        ("mon discord : kira.moon_", None, ["discord:kira.moon_"], "fr: discord"),
        ("me chama no insta @bia.santos", None, ["instagram:bia.santos"], "pt-BR: insta"),
        ("me segue no tiktok: @bia.dancinha", None, ["tiktok:bia.dancinha"], "pt-BR: tiktok"),
        ("sígueme en tiktok 👉 @vale.baila", None, ["tiktok:vale.baila"], "es: tiktok"),
        ("ajoute-moi sur snap : chloe.bzh", None, ["snapchat:chloe.bzh"], "fr: snap"),
        ("adde mich auf Insta: lena_muc", None, ["instagram:lena_muc"], "de: Insta"),
        ("пиши в телегу: @katya_msk", None, ["telegram:katya_msk"], "ru: телегу (accusative)"),
        ("инста: dasha.spb", None, ["instagram:dasha.spb"], "ru: инста"),
        ("мій телеграм — @oksana_kyiv", None, ["telegram:oksana_kyiv"], "uk: телеграм"),
        ("pisz na tg: @ola_waw", None, ["telegram:ola_waw"], "pl: tg"),
        ("scrie-mi pe insta: ana.maria.ro", None, ["instagram:ana.maria.ro"], "ro: insta"),
        ("instadan yaz: elif.ist", None, ["instagram:elif.ist"], "tr: suffix -dan on insta"),
        ("kết bạn tele: @linh_hn", None, ["telegram:linh_hn"], "vi: tele"),
        ("i-add niyo ako sa telegram: @maria_ph", None, ["telegram:maria_ph"], "tl: telegram"),
        ("insta pe msg karo: priya.del", None, ["instagram:priya.del"], "hi-Latn: insta pe"),
        ("سناب: noor_22", None, ["snapchat:noor_22"], "ar: سناب"),
        ("ضيفوني انستا: lana.dxb", None, ["instagram:lana.dxb"], "ar: انستا"),
        ("آیدی تلگرام: @sara_thr", None, ["telegram:sara_thr"], "fa: تلگرام"),
        ("טלגרם: @shira_tlv", None, ["telegram:shira_tlv"], "he: טלגרם"),
        ("στο ίνστα μου: eleni.ath", None, ["instagram:eleni.ath"], "el: ίνστα"),
        ("nifuate instagram: amina.ke", None, ["instagram:amina.ke"], "sw: instagram"),
        ("ቴሌግራም: @selam_aa", None, ["telegram:selam_aa"], "am: ቴሌግራም"),
        ("টেলিগ্রাম: @rina_dhaka", None, ["telegram:rina_dhaka"], "bn: টেলিগ্রাম"),
        ("ტელეგრამი: @nino_tbs", None, ["telegram:nino_tbs"], "ka: ტელეგრამი"),
        ("ինստագրամ: ani.yvn", None, ["instagram:ani.yvn"], "hy: ինստագրամ"),
        ("இன்ஸ்டா: kavya.chn", None, ["instagram:kavya.chn"], "ta: இன்ஸ்டா"),
        ("微信号: linwei_88", None, ["wechat:linwei_88"], "zh: 微信号"),
        ("vx: xiaomei520 备注来意", None, ["wechat:xiaomei520"], "zh: vx slang"),
        ("威信: mm_2026", None, ["wechat:mm_2026"], "zh: 威信 homophone"),
        ("Twitter: @yuki_tokyo (DMs open)", None, ["twitter:yuki_tokyo"], "en: Twitter"),
        ("twitter.com/sassy_sam", None, ["twitter:sassy_sam"], "en: twitter URL"),
        (math_letters("Snap: babygirl99", *BOLD), None, ["snapchat:babygirl99"], "en: math bold"),
        (math_letters("TG: @mila_v", *SANS), None, ["telegram:mila_v"], "en: math sans-serif"),
        (circled_letters("ig: rosie.x"), None, ["instagram:rosie.x"], "en: circled letters"),
        ("TG: @m\u0430rina_kiev", None, ["telegram:marina_kiev"], "en: Cyrillic а in the username"),
        ("kik: sweet\u200bcandy_22", None, ["kik:sweetcandy_22"], "en: zero-width space inside"),
        ("kik me → honeybee_x", None, ["kik:honeybee_x"], "en: kik me"),
        ("OF: lolalane 🔥 new content daily", None, ["onlyfans:lolalane"], "en: OF"),
        ("🔞 onlyfans ➜ velvetkiss", None, ["onlyfans:velvetkiss"], "en: onlyfans with arrow"),
        ("búscame en face: maria.lopez.9081", None, ["facebook:maria.lopez.9081"], "es: 'face' for Facebook"),
        ("add me: @candy_luv", None, ["unknown:candy_luv"], "en: no platform"),
        ("mi usuario es @dulce_mx en todas partes", None, ["unknown:dulce_mx"], "es: no platform"),
        ("scrivimi su telegram: giulia_mi", None, ["telegram:giulia_mi"], "it: telegram"),
        ("voeg me toe op snap: fleur.ams", None, ["snapchat:fleur.ams"], "nl: snap"),
        ("írj telegramon: @reka_bp", None, ["telegram:reka_bp"], "hu: suffix -on"),
        ("napiš mi na instáč: tereza.prg", None, ["instagram:tereza.prg"], "cs: instáč"),
        ("follow ig saya: aisyah.kl", None, ["instagram:aisyah.kl"], "ms: ig saya"),
    ]
    neg: list[Rec] = [
        ("no snap, no tele, calls only", None, [], "en: platforms refused"),
        ("IG coming soon 🔜", None, [], "en: platform without a name"),
        ("meet @ 9pm near the station", None, [], "en: @ before a time"),
        ("email: kira.vale@example.net", None, [], "en: an e-mail address"),
        ("rates @150/h, @250/2h", None, [], "en: @ before prices"),
        ("#newgirl #chicago #vip #24hrs", None, [], "en: hashtags"),
        ("instagram.com/explore/tags/travel", None, [], "en: instagram explore URL"),
        ("телеграм заблокирован, пишите на почту", None, [], "ru: platform blocked, no name"),
        ("微信支付 / 支付宝 都可以", None, [], "zh: payment methods"),
        ("LINE交換はしません", None, [], "ja: no LINE exchange"),
        ("بدون سناب", None, [], "ar: no snap"),
        ("telegram: ask me in person", None, [], "en: platform, no name"),
    ]
    return r + neg


def payment_records() -> list[Rec]:
    r: list[Rec] = [
        ("CA: $kirababy", None, ["cashapp:$kirababy"], "en: CA abbreviation"),
        ("cash 💲 app: $mimi305", None, ["cashapp:$mimi305"], "en: emoji dollar inside 'cash app'"),
        ("ca$happ $lolaxo", None, ["cashapp:$lolaxo"], "en: ca$happ"),
        ("c-a-s-h-a-p-p: $jadexx", None, ["cashapp:$jadexx"], "en: hyphen-spelt"),
        ("cashtag is the same as my IG: $sunnyvibes", None, ["cashapp:$sunnyvibes"], "en: cashtag with IG remark"),
        ("cash app $ honeydip", None, ["cashapp:$honeydip"], "en: space after $"),
        ("Cash App ＄rubyred", None, ["cashapp:$rubyred"], "en: full-width dollar"),
        ("cashapp ﹩peachy22", None, ["cashapp:$peachy22"], "en: small dollar sign"),
        (math_letters("cashapp: $lunax", *BOLD), None, ["cashapp:$lunax"], "en: math bold"),
        ("Cash App: $ k i t t y k a t", None, ["cashapp:$kittykat"], "en: letter-spaced cashtag"),
        ("págame por Cash App: $valeriamx", None, ["cashapp:$valeriamx"], "es: págame por"),
        ("cash app 👉 $lupita305", None, ["cashapp:$lupita305"], "es: emoji pointer"),
        ("voye lajan sou cash app $mirlande", None, ["cashapp:$mirlande"], "ht: voye lajan"),
        ("캐시앱: $minjikim", None, ["cashapp:$minjikim"], "ko: 캐시앱"),
        ("cashapp em: $linhxinh", None, ["cashapp:$linhxinh"], "vi: cashapp em"),
        ("Cash App 收款: $xiaomei520", None, ["cashapp:$xiaomei520"], "zh: 收款"),
        ("депозит на кешап $oksanak", None, ["cashapp:$oksanak"], "uk: кешап"),
        ("Cash App tag below ⬇️\n$kiwi22", None, ["cashapp:$kiwi22"], "en: tag on the next line"),
        ("cashapp $can\u200bdy77", None, ["cashapp:$candy77"], "en: zero-width space in the tag"),
        ("كاش اب: $noorluv", None, ["cashapp:$noorluv"], "ar: كاش اب"),
        ("mándame al venmo: @caro-lopez", None, ["venmo:caro-lopez"], "es: mándame al venmo"),
        ("paga no venmo: @bia-santos22", None, ["venmo:bia-santos22"], "pt: paga no venmo"),
        ("v e n m o → @tasha-b", None, ["venmo:tasha-b"], "en: letter-spaced platform"),
        ("vnmo: kelsey_m", None, ["venmo:kelsey_m"], "en: vowel-less vnmo"),
        ("venmo.com/kimmy-rae", None, ["venmo:kimmy-rae"], "en: venmo.com/<user>"),
        ("https://account.venmo.com/u/dani-rose", None, ["venmo:dani-rose"], "en: account.venmo.com/u/"),
        ("V\u0435nm\u043e: @ari-lane", None, ["venmo:ari-lane"], "en: Cyrillic е/о in Venmo"),
        ("ｖｅｎｍｏ: @ruby-k", None, ["venmo:ruby-k"], "en: full-width platform name"),
        ("Venmo me @ lexi-luv", None, ["venmo:lexi-luv"], "en: space after @"),
        ("venmo pe bhejo: @priya-s", None, ["venmo:priya-s"], "hi-Latn: venmo pe bhejo"),
        ("PAYPAL.ME/NINAVEE", None, ["paypal:ninavee"], "en: upper-case paypal.me"),
        ("pp: paypal.me/sweetjess", None, ["paypal:sweetjess"], "en: PP abbreviation"),
        ("paypal.me / rosiex", None, ["paypal:rosiex"], "en: spaced slash"),
        ("paypal dot me slash honeyb", None, ["paypal:honeyb"], "en: spelt-out dot and slash"),
        (circled_letters("paypal.me/coco"), None, ["paypal:coco"], "en: circled letters"),
        ("[tip me](https://www.paypal.me/tipsforjo)", None, ["paypal:tipsforjo"], "en: markdown link"),
        ("PayPal: @nikkiv", None, ["paypal:nikkiv"], "en: PayPal @username"),
        ("贝宝 paypal.me/linwei88", None, ["paypal:linwei88"], "zh: 贝宝"),
        ("ペイパル → paypal.me/yukis", None, ["paypal:yukis"], "ja: ペイパル"),
        ("เพย์พาล paypal.me/ploys", None, ["paypal:ploys"], "th: เพย์พาล"),
        ("פייפאל: paypal.me/shiral", None, ["paypal:shiral"], "he: פייפאל"),
        ("πληρωμή στο paypal.me/elenip", None, ["paypal:elenip"], "el: πληρωμή"),
        ("پی‌پال: paypal.me/sarat", None, ["paypal:sarat"], "fa: پی‌پال"),
        ("padala sa paypal: paypal.me/mariacruz", None, ["paypal:mariacruz"], "tl: padala"),
        ("chuyển paypal: paypal.me/linhtran", None, ["paypal:linhtran"], "vi: chuyển"),
        ("transfer paypal: paypal.me/putriayu", None, ["paypal:putriayu"], "id: transfer"),
        ("wpłata przez paypal.me/olanowak", None, ["paypal:olanowak"], "pl: wpłata"),
        ("paiement PayPal : paypal.me/chloebzh", None, ["paypal:chloebzh"], "fr: paiement"),
        ("Vorkasse per PayPal: paypal.me/lenamuc", None, ["paypal:lenamuc"], "de: Vorkasse"),
        ("anticipo su paypal.me/giuliami", None, ["paypal:giuliami"], "it: anticipo"),
        ("Venmo @bree-xo or CashApp $breexo", None, ["venmo:bree-xo", "cashapp:$breexo"], "en: two platforms"),
        (
            "deposit: venmo @jaz-m, paypal.me/jazm, cashapp $jazm",
            None,
            ["venmo:jaz-m", "paypal:jazm", "cashapp:$jazm"],
            "en: three platforms",
        ),
        ("revolut.me/annak", None, ["revolut:annak"], "en: revolut.me link"),
        ("plata pe revolut: @ionela22", None, ["revolut:ionela22"], "ro: revolut @tag"),
        ("Revolut ➜ revolut.me/mariap", None, ["revolut:mariap"], "en: revolut.me with arrow"),
        ("ca$h app ➡️ $mangogirl", None, ["cashapp:$mangogirl"], "en: ca$h app with arrow emoji"),
        ("cashapp ( $bellaboo ) only", None, ["cashapp:$bellaboo"], "en: tag in spaced parentheses"),
        ("ⓥⓔⓝⓜⓞ @tina-v", None, ["venmo:tina-v"], "en: circled platform name"),
        ("Bayad sa venmo: @jhen-ph", None, ["venmo:jhen-ph"], "tl: bayad sa venmo"),
        ("Vorauszahlung Cash App $lenab", None, ["cashapp:$lenab"], "de: Vorauszahlung"),
    ]
    neg: list[Rec] = [
        ("CashApp only — $50 deposit, $200/hr", None, [], "en: platform and prices, no tag"),
        ("Venmo accepted, no cash", None, [], "en: platform, no user"),
        ("paypal.me is blocked for me, ask for another way", None, [], "en: paypal.me with no user"),
        ("US$150, AU$200, C$180 per hour", None, [], "en: currency prefixes"),
        ("depósito de $500 por cash app antes de la cita", None, [], "es: deposit amount"),
        ("Rates: $1.5k overnight, $ 300 two hours", None, [], "en: prices with spaced $"),
        ("Paiement en espèces uniquement, 150 €", None, [], "fr: cash only"),
        ("支付宝/微信支付 ¥800", None, [], "zh: price in yuan"),
        ("Preis 120 $ pro Stunde, PayPal nicht möglich", None, [], "de: price, PayPal refused"),
        ("$$$ VIP $$$ cash app friendly", None, [], "en: dollar signs only"),
        ("Tips: $20, $50, $100 via the app", None, [], "en: tips"),
    ]
    return r + neg


def crypto_records() -> list[Rec]:
    a = {
        "btc1": btc_p2pkh("btc1"),
        "btc2": btc_p2pkh("btc2"),
        "btc3": btc_p2pkh("btc3"),
        "sh1": btc_p2sh("sh1"),
        "sh2": btc_p2sh("sh2"),
        "w1": btc_wpkh("w1"),
        "w2": btc_wpkh("w2"),
        "w3": btc_wpkh("w3"),
        "w4": btc_wpkh("w4"),
        "wsh1": btc_wsh("wsh1"),
        "tr1": btc_tr("tr1"),
        "tr2": btc_tr("tr2"),
        "l1": ltc_p2pkh("l1"),
        "m1": ltc_p2sh("m1"),
        "lw1": ltc_wpkh("lw1"),
        "x1": xmr("x1"),
        "x2": xmr("x2"),
        "s1": sol("s1"),
        "s2": sol("s2"),
    }
    for i in range(1, 15):
        a[f"e{i}"] = eth(f"e{i}")
    for i in range(1, 9):
        a[f"t{i}"] = trx(f"t{i}")

    def E(k: str) -> str:
        return "eth:" + a[k].lower()

    def B(k: str) -> str:
        return "btc:" + a[k].lower() if a[k].startswith("bc1") else "btc:" + a[k]

    def T(k: str) -> str:
        return "trx:" + a[k]

    def split2(s: str) -> str:
        h = len(s) // 2
        return s[:h] + "\n" + s[h:]

    def chunks(s: str, n: int, sep: str) -> str:
        return sep.join(s[i : i + n] for i in range(0, len(s), n))

    r: list[Rec] = [
        ("BTC wallet (copy both lines):\n" + split2(a["btc1"]), None, [B("btc1")], "en: BTC split over two lines"),
        ("ETH:\n" + split2(a["e1"]) + "\nthx", None, [E("e1")], "en: ETH split over two lines"),
        ("USDT TRC20 地址:\n" + split2(a["t1"]), None, [T("t1")], "zh: TRON split over two lines"),
        ("кошелёк BTC: " + split2(a["w1"]), None, [B("w1")], "ru: bech32 split over two lines"),
        ("carteira ETH " + chunks(a["e2"], 6, " "), None, [E("e2")], "pt: ETH in chunks of 6 with spaces"),
        ("BTC: " + chunks(a["btc2"], 4, " - "), None, [B("btc2")], "en: base58 in chunks with dashes"),
        ("send to " + a["w2"].upper(), None, [B("w2")], "en: upper-case bech32"),
        ("eth (lowercase ok): " + a["e3"].lower(), None, [E("e3")], "en: all lower-case ETH"),
        ("depósito ETH: " + a["e4"], None, [E("e4")], "es: EIP-55 ETH"),
        ("billetera BTC: " + a["sh1"], None, [B("sh1")], "es: P2SH"),
        ("portefeuille : " + a["wsh1"], None, [B("wsh1")], "fr: P2WSH"),
        ("Taproot-Adresse: " + a["tr1"], None, [B("tr1")], "de: taproot bech32m"),
        ("portfel BTC → " + a["btc3"], None, [B("btc3")], "pl: P2PKH"),
        ("cüzdan (ERC20 USDT): " + a["e5"], None, [E("e5")], "tr: USDT on Ethereum"),
        ("ví USDT TRC20: " + a["t2"], None, [T("t2")], "vi: USDT on TRON"),
        ("محفظة USDT (TRC20): " + a["t3"], None, [T("t3")], "ar: TRON"),
        ("کیف پول تتر ترون: " + a["t4"], None, [T("t4")], "fa: TRON"),
        ("월렛 주소 (ETH): " + a["e6"], None, [E("e6")], "ko: ETH"),
        ("ウォレット BTC：" + a["w3"], None, [B("w3")], "ja: bech32 after full-width colon"),
        ("กระเป๋าเงิน ETH: " + a["e7"], None, [E("e7")], "th: ETH"),
        ("ארנק ביטקוין: " + a["sh2"], None, [B("sh2")], "he: P2SH"),
        ("बिटकॉइन वॉलेट: " + a["tr2"], None, [B("tr2")], "hi: taproot"),
        ("LTC: " + a["l1"], None, ["ltc:" + a["l1"]], "en: Litecoin L-address"),
        ("litecoin (M): " + a["m1"], None, ["ltc:" + a["m1"]], "en: Litecoin M-address"),
        ("LTC segwit " + a["lw1"], None, ["ltc:" + a["lw1"]], "en: Litecoin bech32"),
        ("XMR only, no BTC: " + a["x1"], None, ["xmr:" + a["x1"]], "en: Monero standard address"),
        ("монеро:\n" + split2(a["x2"]), None, ["xmr:" + a["x2"]], "ru: Monero split over two lines"),
        ("SOL: " + a["s1"], None, ["sol:" + a["s1"]], "en: Solana"),
        ("USDC (Solana) → " + a["s2"], None, ["sol:" + a["s2"]], "en: USDC on Solana"),
        ("BTC " + a["w4"] + " or ETH " + a["e8"], None, [B("w4"), E("e8")], "en: two chains"),
        (
            "TRX " + a["t5"] + " / ETH " + a["e9"] + " / BTC " + a["btc1"],
            None,
            [T("t5"), E("e9"), B("btc1")],
            "en: three chains",
        ),
        ("same wallet as before: " + a["e10"] + " (" + a["e10"] + ")", None, [E("e10")], "en: same ETH twice"),
        ("`" + a["e11"] + "`", None, [E("e11")], "en: backticks"),
        ('"' + a["t6"] + '",', None, [T("t6")], "en: quotes and comma"),
        ("tip jar: " + a["e12"] + ".", None, [E("e12")], "en: trailing full stop"),
        ("ETH " + math_letters(a["e13"], *MONO), None, [E("e13")], "en: ETH in math monospace"),
        ("BTC " + math_letters(a["w1"], *SANS), None, [B("w1")], "en: bech32 in math sans-serif"),
        ("scan the QR or copy → " + a["t7"] + " ←", None, [T("t7")], "en: arrows around"),
        ("Bitcoin-adres: " + a["btc2"], None, [B("btc2")], "nl: Bitcoin-adres"),
        ("adresa BTC: " + a["w2"], None, [B("w2")], "ro: bech32"),
        ("bitcoin-osoite: " + a["btc3"], None, [B("btc3")], "fi: P2PKH"),
        ("Ethereum διεύθυνση: " + a["e14"], None, [E("e14")], "el: ETH"),
        ("alamat USDT TRC20: " + a["t8"], None, [T("t8")], "id: TRON"),
        ("pochi ya ETH: " + a["e1"], None, [E("e1")], "sw: ETH"),
        ("wallet ng BTC: " + a["w3"], None, [B("w3")], "tl: bech32"),
        ("ЕТН гаманець: " + a["e2"], None, [E("e2")], "uk: label ЕТН in Cyrillic homoglyphs"),
        ("বিটকয়েন ঠিকানা: " + a["sh1"], None, [B("sh1")], "bn: P2SH"),
        ("比特币地址：" + a["w4"] + "（只收BTC）", None, [B("w4")], "zh: bech32 in full-width brackets context"),
        ("USDT-ERC20 (" + a["e3"] + ")", None, [E("e3")], "en: ETH in parentheses"),
        ("TRC20 USDT: " + chunks(a["t1"], 17, "\n"), None, [T("t1")], "en: TRON split in two lines of 17"),
        ("wallet: " + a["e4"][:22] + "\u200b" + a["e4"][22:], None, [E("e4")], "en: zero-width space inside ETH"),
        ("BTC: " + a["tr1"].upper(), None, [B("tr1")], "en: upper-case taproot"),
        ("adresse Monero : " + a["x1"], None, ["xmr:" + a["x1"]], "fr: Monero"),
        ("direccion LTC: " + a["l1"] + " gracias", None, ["ltc:" + a["l1"]], "es: Litecoin"),
        ("indirizzo ETH " + a["e5"] + " grazie", None, [E("e5")], "it: ETH"),
        ("Solana cüzdanı: " + a["s1"], None, ["sol:" + a["s1"]], "tr: Solana"),
        ("TRON: " + a["t2"] + " (USDT only)", None, [T("t2")], "en: TRON with remark"),
        ("ETH 👉\n" + a["e6"] + "\n👈", None, [E("e6")], "en: ETH on its own line between emoji"),
    ]
    e_bad_case = a["e7"]
    flipped = None
    for i, c in enumerate(e_bad_case):
        if i > 1 and c.isalpha():
            flipped = e_bad_case[:i] + c.swapcase() + e_bad_case[i + 1 :]
            break
    assert flipped is not None
    bad_btc = broken(a["btc1"])
    bad_trx = broken(a["t3"])
    w = a["w1"]
    bad_w = w[:-3] + ("q" if w[-3] != "q" else "p") + w[-2:]
    tx = hashlib.sha256(b"clew-b7-tx").hexdigest()
    neg: list[Rec] = [
        ("tx: 0x" + tx, None, [], "en: ETH transaction hash"),
        ("BTC txid " + hashlib.sha256(b"clew-b7-txid").hexdigest() + " confirmed", None, [], "en: BTC txid"),
        ("BTC " + bad_btc, None, [], "en: base58 with a broken checksum"),
        ("ETH " + flipped, None, [], "en: mixed-case ETH with a broken EIP-55 checksum"),
        ("BTC " + bad_w, None, [], "en: bech32 with a broken checksum"),
        ("USDT TRC20 " + bad_trx, None, [], "en: TRON with a broken checksum"),
        ("sha256: " + hashlib.sha256(b"clew-b7-file").hexdigest(), None, [], "en: file hash"),
        (
            "PGP: " + " ".join(hashlib.sha1(b"clew-b7-pgp").hexdigest().upper()[i : i + 4] for i in range(0, 40, 4)),
            None,
            [],
            "en: PGP fingerprint",
        ),
        ("commit " + hashlib.sha1(b"clew-b7-git").hexdigest() + " fixes login", None, [], "en: git commit hash"),
        ("send to " + a["e8"][:6] + "…" + a["e8"][-4:], None, [], "en: truncated ETH display"),
        (
            "order 550e8400-e29b-41d4-a716-446655440000, color #00ff7f, ptr 0x7ffee4b8",
            None,
            [],
            "en: UUID, colour, pointer",
        ),
    ]
    # The broken ones must really be broken.
    for bad in (bad_btc, bad_trx):
        try:
            base58.b58decode_check(bad)
        except ValueError:
            pass
        else:
            raise AssertionError(bad)
    assert bech32.decode("bc", bad_w) == (None, None)
    return r + neg


def age_records() -> list[Rec]:
    r: list[Rec] = [
        (digits("21", 0x1D7EC) + " y/o 💕 new in town", None, ["21"], "en: math sans-serif bold digits"),
        ("age " + mapped("19", CIRCLED), None, ["19"], "en: circled digits"),
        ("twenty 2 yrs, petite", None, ["22"], "en: word and digit mixed"),
        ("just turned 20 🎂", None, ["20"], "en: just turned"),
        ("birthday girl, turning 21 today 🥳", None, ["21"], "en: turning N today"),
        ("born 2005 • 21 y.o.", None, ["21"], "en: birth year beside the age"),
        ("fresh 19yo, first week", None, ["19"], "en: 19yo"),
        ("21 summers young", None, ["21"], "en: summers young"),
        ("age ➜ 23", None, ["23"], "en: arrow"),
        ("Mia (21) & Lola (24) duo", None, ["21", "24"], "en: ages in parentheses after names"),
        ("23F looking for generous friends", None, ["23"], "en: 23F"),
        ("22/F/NYC", None, ["22"], "en: 22/F/city"),
        ("i'm nineteen, sweet and shy", None, ["19"], "en: word"),
        ("nineteen yrs young", None, ["19"], "en: word + yrs"),
        ("I'm 2\u200b1 yo", None, ["21"], "en: zero-width space in the age"),
        (digits("20", 0x1D7E2) + " ʸᵉᵃʳˢ ᵒˡᵈ", None, ["20"], "en: math sans-serif digits, superscript words"),
        ("I'm 20 (yes, really)", None, ["20"], "en: I'm N"),
        ("tengo veintiún años", None, ["21"], "es: veintiún"),
        ("edad: 22 primaveras", None, ["22"], "es: primaveras"),
        ("morena de 20 abriles", None, ["20"], "es: abriles"),
        ("novinha de 20 anos", None, ["20"], "pt: N anos"),
        ("tenho 23 anos de idade", None, ["23"], "pt: anos de idade"),
        ("j'ai vingt-deux ans", None, ["22"], "fr: words"),
        ("22 printemps, douce", None, ["22"], "fr: printemps"),
        ("âgée de 24 ans", None, ["24"], "fr: âgée de"),
        ("ho ventitré anni", None, ["23"], "it: ventitré"),
        ("Lina, 21 J., neu hier", None, ["21"], "de: J. abbreviation"),
        ("ik ben 20 jaar", None, ["20"], "nl: jaar"),
        ("мне двадцать один", None, ["21"], "ru: words"),
        ("возраст: 23", None, ["23"], "ru: возраст"),
        ("мені 20 років", None, ["20"], "uk: років"),
        ("mam 21 lat", None, ["21"], "pl: lat"),
        ("je mi 22 let", None, ["22"], "cs: let"),
        ("am 20 de ani", None, ["20"], "ro: de ani"),
        ("22 éves vagyok", None, ["22"], "hu: éves"),
        ("olen 21-vuotias", None, ["21"], "fi: -vuotias"),
        ("jag är 23 år", None, ["23"], "sv: år"),
        ("22 yaşındayım", None, ["22"], "tr: yaşındayım"),
        ("είμαι 21 χρονών", None, ["21"], "el: χρονών"),
        ("عمري " + digits("22", 0x0660) + " سنة", None, ["22"], "ar: Arabic-Indic digits"),
        (digits("23", 0x06F0) + " سالمه", None, ["23"], "fa: Persian digits, سالمه"),
        ("בת 21 מתל אביב", None, ["21"], "he: בת N"),
        ("उम्र: " + digits("22", 0x0966) + " साल", None, ["22"], "hi: Devanagari digits"),
        ("বয়স " + digits("20", 0x09E6) + " বছর", None, ["20"], "bn: Bengali digits"),
        ("வயது 23", None, ["23"], "ta: வயது"),
        ("อายุ " + digits("20", 0x0E50) + " ปี", None, ["20"], "th: Thai digits"),
        ("em 20 tuổi", None, ["20"], "vi: tuổi"),
        ("umur 21 thn", None, ["21"], "id: thn"),
        ("umur saya 20 tahun", None, ["20"], "ms: tahun"),
        ("22 taong gulang", None, ["22"], "tl: taong gulang"),
        ("nina miaka 21", None, ["21"], "sw: miaka"),
        ("今年二十二岁", None, ["22"], "zh: Chinese numerals"),
        ("20歳の女子大生", None, ["20"], "ja: 歳"),
        ("ハタチです♡", None, ["20"], "ja: hatachi (twenty)"),
        ("스물한 살이에요", None, ["21"], "ko: native Korean number"),
        ("22살", None, ["22"], "ko: 살"),
        ("22 წლის", None, ["22"], "ka: წლის"),
        ("21 տարեկան", None, ["21"], "hy: տարեկան"),
        ("እድሜ 22", None, ["22"], "am: እድሜ"),
        ("jam 20 vjeç", None, ["20"], "sq: vjeç"),
        ("man 21 metai", None, ["21"], "lt: metai"),
        ("на 23 години съм", None, ["23"], "bg: години"),
        ("imam 22 godine", None, ["22"], "sr: godine"),
    ]
    neg: list[Rec] = [
        ("18+ only 🔞, 24/7 available", None, [], "en: 18+ and 24/7"),
        ("born 2006, new in town", None, [], "en: birth year, no age stated"),
        ("5'4\", 34C, 120 lbs", None, [], "en: measurements"),
        ("Room 21, 3rd floor, 30 min $100", None, [], "en: room, floor, duration, price"),
        ("2 years of experience, size 8", None, [], "en: experience, size"),
        ("abierto 24 horas, 7 días", None, [], "es: hours and days"),
        ("21 rue de la Paix, 2e étage", None, [], "fr: address"),
        ("рост 170, вес 52, размер 2", None, [], "ru: height, weight, size"),
        ("未满18岁禁止入内", None, [], "zh: minimum age rule, not an age"),
        ("seit 2019 in Berlin, 22 Uhr bis 6 Uhr", None, [], "de: year and times"),
        ("20時から予約OK", None, [], "ja: 20:00, not an age"),
    ]
    return r + neg


def write(kind: str, recs: list[Rec]) -> int:
    lines = []
    for i, (text, country, expected, note) in enumerate(recs, 1):
        rec: dict[str, Any] = {"id": f"b7-{kind}-{i:03d}", "batch": BATCH, "text": text}
        if country:
            rec["country"] = country
        rec["expected"] = expected
        rec["note"] = note
        lines.append(json.dumps(rec, ensure_ascii=False))
    (OUT / f"{kind}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def main() -> None:
    for kind, fn in (
        ("phone", phone_records),
        ("email", email_records),
        ("handle", handle_records),
        ("payment", payment_records),
        ("crypto", crypto_records),
        ("age", age_records),
    ):
        print(kind, write(kind, fn()))


if __name__ == "__main__":
    main()
