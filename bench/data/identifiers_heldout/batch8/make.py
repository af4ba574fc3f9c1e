"""Generate batch 8 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch8/<type>.jsonl).

    python bench/data/identifiers_heldout/batch8/make.py

Why an eighth batch: batch 7 has been scored and studied, so it no longer measures text nobody tuned
for.  Batch 8 was written blind by another author who read only issue 3, the obfuscation table in
the research notes (indicators.md section 5), the data contract in PRODUCT.md, the scorer, the first
lines of batch 7's files (for the record format) and the docstrings of batch 6 and batch 7 (to choose
*other* cases).  No extractor code, generated docs, tests or earlier held-out records were read.

What is different from batches 6 and 7: where those explored typographic disguises, batch 8 leans on
everyday ad and chat realism.
- phones: numbers inside longer multi-sentence ads and job offers in ~30 languages, in signatures and
  footers, two or three numbers in one text, numbers beside look-alikes (prices, flight numbers,
  parcel tracking, IBAN, order and ad references, dates, times, measurements), local formats of the
  fictional ranges (NA 555-01xx, UK 020 7946 0xxx / 0161 496 0xxx, FR 01 99 00 xx xx, AU 0491 570 1xx)
  with dots, dashes, en dashes, slashes and "+61 (0)491", a few numbers written with words of
  Romanian, Indonesian, Vietnamese and Russian mixed with digits, digits of the script of the
  surrounding text (Persian, Arabic-Indic, Devanagari, Thai, full-width in Japanese).
- e-mail: addresses in job ads, signatures, quoted-reply headers and cc lists; two or three per text;
  upper-case and mixed-case addresses; trailing sentence punctuation; spaces around "@"; plain-word
  "at"/"dot" in lower and upper case; German (at)/(punkt); full-width ＠ with the Japanese instruction
  to replace it; sub-domains of example.com.
- handles: platform cue after the handle ("... on tg", "... on kik"), several platforms in one
  footer, usernames with dots, underscores and digits at the edges followed by sentence punctuation,
  profile URLs with trailing slashes, local abbreviations and inflections (инст, snapie, Revoluton),
  LINE / WeChat / Discord / Signal / Skype / Facebook IDs, and "no platform" handles (unknown:).
- payment: deposits in many currencies (USD, EUR, GBP, AUD, RON, PLN, RUB, ...) next to prices,
  several payment handles in one text, cashtags next to dollar amounts and order references, Venmo
  usernames with hyphens, Revolut tags (revolut:tag) with @ and revolut.me links, PayPal.me in ~25
  languages.
- crypto: wallets in donation footers, in explorer and shop URLs (blockstream.info, tronscan,
  etherscan with a #fragment, solscan, blockchain.com, a ?wallet= query), under QR-code art, beside
  transaction hashes, ENS names, amounts and tracking numbers; several chains in one text; Dogecoin
  (doge:ADDR by the chain:address pattern).  All addresses are derived here from fixed seeds
  (secp256k1 / Ed25519 keys computed in this file) and checked before writing.
- age: ages in profile lines, "Name (21)" lists, two ages in one text, "just turned 21", "celebrated
  my 20th birthday yesterday", number words in en/es/fr/pt/ru, ages next to heights, weights, sizes,
  prices and requirement ranges ("aged 18-25").
Negatives (``"expected": []``, about 15 % per type) carry look-alikes: prices, dates, times, order
and tracking numbers, flight numbers, IBAN, ISBN, ABN, coordinates, measurements, tx hashes, git
hashes, IPFS CIDs, broken checksums, ENS names, "18+" notices, stock cashtags, npm version specifiers.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import base58
import bech32
from Crypto.Hash import RIPEMD160, keccak
from Crypto.PublicKey import ECC

OUT = Path(__file__).resolve().parent
BATCH = 8

# --------------------------------------------------------------------------------------------------
# Wallets from fixed seeds.  secp256k1 arithmetic is done here (no secp256k1 library is installed).

_P = 2**256 - 2**32 - 977
_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
_G = (
    0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
    0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8,
)


def _add(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if a[0] == b[0] and (a[1] + b[1]) % _P == 0:
        return None
    lam = (
        3 * a[0] * a[0] * pow(2 * a[1], -1, _P) % _P  # tangent (doubling)
        if a == b
        else (b[1] - a[1]) * pow(b[0] - a[0], -1, _P) % _P  # chord
    )
    x = (lam * lam - a[0] - b[0]) % _P
    return (x, (lam * (a[0] - x) - a[1]) % _P)


def _mul(k):
    result, point = None, _G
    while k:
        if k & 1:
            result = _add(result, point)
        point = _add(point, point)
        k >>= 1
    return result


def _secp(seed: str):
    k = int.from_bytes(hashlib.sha256(("clew-heldout-b8/" + seed).encode()).digest(), "big") % _N
    return _mul(k)


def _compressed(pt) -> bytes:
    return bytes([2 + (pt[1] & 1)]) + pt[0].to_bytes(32, "big")


def _h160(data: bytes) -> bytes:
    return RIPEMD160.new(hashlib.sha256(data).digest()).digest()


def _keccak(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


def _b58c(version: int, payload: bytes) -> str:
    return base58.b58encode_check(bytes([version]) + payload).decode()


def _bech32m(hrp: str, ver: int, prog: bytes) -> str:
    data = [ver, *bech32.convertbits(prog, 8, 5)]
    polymod = bech32.bech32_polymod(bech32.bech32_hrp_expand(hrp) + data + [0] * 6) ^ 0x2BC830A3
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(bech32.CHARSET[d] for d in data + checksum)


def p2pkh(seed: str) -> str:
    return _b58c(0x00, _h160(_compressed(_secp(seed))))


def p2sh(seed: str) -> str:  # P2SH-P2WPKH
    return _b58c(0x05, _h160(b"\x00\x14" + _h160(_compressed(_secp(seed)))))


def p2wpkh(seed: str, hrp: str = "bc") -> str:
    return bech32.encode(hrp, 0, _h160(_compressed(_secp(seed))))


def p2tr(seed: str) -> str:
    return _bech32m("bc", 1, _secp(seed)[0].to_bytes(32, "big"))


def _eth20(seed: str) -> bytes:
    pt = _secp(seed)
    return _keccak(pt[0].to_bytes(32, "big") + pt[1].to_bytes(32, "big"))[-20:]


def eth(seed: str) -> str:
    """EIP-55 mixed-case form."""
    low = _eth20(seed).hex()
    digest = _keccak(low.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c for i, c in enumerate(low))


def trx(seed: str) -> str:
    return _b58c(0x41, _eth20(seed))


def ltc(seed: str, kind: str = "L") -> str:
    h = _h160(_compressed(_secp(seed)))
    if kind == "L":
        return _b58c(0x30, h)
    if kind == "M":
        return _b58c(0x32, _h160(b"\x00\x14" + h))
    return bech32.encode("ltc", 0, h)


def doge(seed: str) -> str:
    return _b58c(0x1E, _h160(_compressed(_secp(seed))))


def _ed(seed: str) -> bytes:
    key = ECC.construct(curve="Ed25519", seed=hashlib.sha256(("clew-heldout-b8/" + seed).encode()).digest())
    return key.public_key().export_key(format="raw")


def sol(seed: str) -> str:
    return base58.b58encode(_ed(seed)).decode()


_XMR_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_XMR_SIZES = [0, 2, 3, 5, 6, 7, 9, 10, 11]


def xmr(seed: str) -> str:
    """Standard Monero address: 0x12 | spend key | view key | keccak checksum, in Monero's block base58."""
    data = bytes([18]) + _ed(seed + "/spend") + _ed(seed + "/view")
    data += _keccak(data)[:4]
    out = []
    for i in range(0, len(data), 8):
        block = data[i : i + 8]
        n = int.from_bytes(block, "big")
        chars = []
        for _ in range(_XMR_SIZES[len(block)]):
            n, r = divmod(n, 58)
            chars.append(_XMR_ALPHABET[r])
        out.append("".join(reversed(chars)))
    return "".join(out)


def ipfs_cid(seed: str) -> str:
    return base58.b58encode(b"\x12\x20" + hashlib.sha256(seed.encode()).digest()).decode()


def hexhash(seed: str, n: int = 64) -> str:
    return hashlib.sha256(("clew-heldout-b8/" + seed).encode()).hexdigest()[:n]


def break_b58(addr: str) -> str:
    """Change one character in the middle so the base58check checksum fails."""
    i = len(addr) // 2
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    for c in alphabet:
        if c != addr[i]:
            broken = addr[:i] + c + addr[i + 1 :]
            try:
                base58.b58decode_check(broken)
            except ValueError:
                return broken
    raise AssertionError(addr)


def break_bech32(addr: str) -> str:
    i = len(addr) - 10
    for c in bech32.CHARSET:
        if c != addr[i]:
            broken = addr[:i] + c + addr[i + 1 :]
            if bech32.decode(broken[:2], broken) == (None, None):
                return broken
    raise AssertionError(addr)


def break_eip55(addr: str) -> str:
    """Flip the case of one letter so the EIP-55 checksum fails (still valid hex)."""
    for i, c in enumerate(addr[2:], 2):
        if c.isalpha():
            return addr[:i] + c.swapcase() + addr[i + 1 :]
    raise AssertionError(addr)


# --------------------------------------------------------------------------------------------------
# Records: (language, text, country or None, expected values, note).  The id is the position.

PHONE = [
    (
        "en",
        "Hey gentlemen 😘 Back in Chicago this week only. Incalls near the Loop, outcalls to hotels. "
        "Rates: 150 qh / 250 hh / 400 h. Text first, no calls before noon: (312) 555-0142. No blocked numbers.",
        "US",
        ["+13125550142"],
        "number inside a long ad beside rates",
    ),
    (
        "en",
        "Booking line 702.555.0118 — if no answer try my backup 702 555 0163. Vegas strip area, available 24/7.",
        "US",
        ["+17025550118", "+17025550163"],
        "two numbers, dotted and spaced, beside 24/7",
    ),
    (
        "en",
        "Cleaning staff needed in Toronto. Pay $19/h, housing provided, start Monday.\n--\nMaria | Recruiter\n"
        "Tel. 416-555-0131 | Office 416-555-0109",
        "CA",
        ["+14165550131", "+14165550109"],
        "signature with two numbers",
    ),
    (
        "en",
        "Flight BA2490 lands 18:45 at Heathrow. Ring me on 020 7946 0321 when you land, £180 per hour, ref HB-22041.",
        "GB",
        ["+442079460321"],
        "UK London local format beside flight number, time, price and reference",
    ),
    (
        "en",
        "New girl in Manchester 💋 0161 496 0754 — texts only please. Parking on site, postcode on request.",
        "GB",
        ["+441614960754"],
        "UK Manchester local format",
    ),
    (
        "en",
        "Sydney CBD, relaxing massage. Call or SMS 0491 570 156. Open 10am–10pm, $120 for 30 min.",
        "AU",
        ["+61491570156"],
        "AU mobile local format beside hours and price",
    ),
    (
        "fr",
        "Bonjour à tous ! Nouvelle à Paris 16e, disponible du lundi au samedi. Pour rendez-vous : 01 99 00 27 43 "
        "(pas de numéros masqués). Tarif 200 € l'heure.",
        "FR",
        ["+33199002743"],
        "FR pairs in a long ad",
    ),
    (
        "fr",
        "Contact : 01.99.00.58.12 – Réf. annonce 4471-2290, publiée le 28/11.",
        "FR",
        ["+33199005812"],
        "FR dotted pairs beside ad reference and date",
    ),
    (
        "es",
        "Hola amor, soy latina nueva en Miami 🌴. Llámame o escríbeme al 305-555-0193, solo mensajes de texto. "
        "Donación $200 la hora.",
        "US",
        ["+13055550193"],
        "Spanish ad, US number",
    ),
    (
        "es",
        "WhatsApp:\n+1 786 555\n0127\nMiami / Fort Lauderdale",
        None,
        ["+17865550127"],
        "number broken across a line break after the exchange",
    ),
    (
        "pt",
        "Oi gatinho! Estou em Newark só essa semana. Me chama no zap +1 973 555 0104 😘 Valor: $180",
        None,
        ["+19735550104"],
        "Portuguese ad, +1 number",
    ),
    (
        "ro",
        "Salut! Sunt nouă în Londra. Sună-mă la 020 7946 0188 sau scrie-mi pe WhatsApp +44 20 7946 0177. "
        "Tarif 150 lire.",
        "GB",
        ["+442079460188", "+442079460177"],
        "two numbers, local and international",
    ),
    (
        "ru",
        "Работа в Канаде для девушек! Оплата $3000 в месяц, жильё бесплатно. "
        "Звоните менеджеру: +1 (604) 555-0115, Ольга.",
        None,
        ["+16045550115"],
        "Russian job offer with Canadian number",
    ),
    (
        "uk",
        "Терміново потрібні працівниці на склад у Сіднеї. Зарплата 1200 AUD/тиждень. Телефон: +61 491 570 183 "
        "(Viber, WhatsApp).",
        None,
        ["+61491570183"],
        "Ukrainian job offer, AU number",
    ),
    (
        "pl",
        "Praca w Manchesterze, zakwaterowanie zapewnione. Kontakt: 0161 496 0912, pytać o Marka. "
        "Nr oferty: 2026/11/558.",
        "GB",
        ["+441614960912"],
        "Polish job ad beside offer number",
    ),
    (
        "de",
        "Neue Kollegin in Paris, nur diese Woche. Termine unter +33 1 99 00 41 65 – keine SMS. Preis 250 € / Std.",
        None,
        ["+33199004165"],
        "German ad, French number with +33",
    ),
    (
        "it",
        "Ciao, sono Giulia, italiana a Londra. Chiamami allo +44 20 7946 0439 oppure allo 020-7946-0440. "
        "Prezzo 200 sterline.",
        "GB",
        ["+442079460439", "+442079460440"],
        "two consecutive UK numbers",
    ),
    (
        "nl",
        "Nieuw in Toronto! Bel of app 📱 416 555 0150. Afspraken vanaf 12:00 tot 02:00. Prijs: 200 CAD.",
        "CA",
        ["+14165550150"],
        "Dutch ad beside times",
    ),
    (
        "tr",
        "Merhaba, Londra'da yeni iş ilanı. Maaş haftalık £450. Bilgi için arayın: 0207 946 0613",
        "GB",
        ["+442079460613"],
        "UK number grouped the old way 0207 946",
    ),
    (
        "ar",
        "فرصة عمل في سيدني براتب ممتاز. للتواصل واتساب: \u200e+61 491 570 109\u200e أو اتصل على 0491 570 110",
        "AU",
        ["+61491570109", "+61491570110"],
        "Arabic text, number wrapped in LRM marks, two numbers",
    ),
    (
        "fa",
        "استخدام پرستار در تورنتو. حقوق عالی. تماس: ۴۱۶-۵۵۵-۰۱۴۴",
        "CA",
        ["+14165550144"],
        "Persian digits in a Persian job ad",
    ),
    ("he", "דירה דיסקרטית בניו יורק. להזמנות: 646-555-0178. מחיר 300$", "US", ["+16465550178"], "Hebrew ad, US number"),
    (
        "zh",
        "纽约法拉盛新到学生妹，电话：(718) 555-0166，微信同号。价格 $200/小时。",
        "US",
        ["+17185550166"],
        "Chinese ad, US number in full-width punctuation",
    ),
    (
        "ja",
        "ロンドン在住の日本人です。ご予約はお電話で 020 7946 0285 まで。料金：1時間£200。",
        "GB",
        ["+442079460285"],
        "Japanese ad, UK number",
    ),
    (
        "ko",
        "밴쿠버 마사지 구인, 숙소 제공. 연락처 604-555-0123 (문자 환영). 시급 $25.",
        "CA",
        ["+16045550123"],
        "Korean job ad, Canadian number",
    ),
    (
        "th",
        "รับสมัครพนักงานนวดที่ซิดนีย์ รายได้ดี ที่พักฟรี โทร 0491 570 137 (คุณนิด)",
        "AU",
        ["+61491570137"],
        "Thai job ad, AU number",
    ),
    (
        "vi",
        "Tuyển nhân viên làm nail tại Houston, bao ăn ở. Lương $900/tuần. Liên hệ chị Hạnh: 713-555-0159 "
        "hoặc 713-555-0160.",
        "US",
        ["+17135550159", "+17135550160"],
        "Vietnamese job ad, two numbers",
    ),
    (
        "id",
        "Lowongan kerja di Sydney, gaji AUD 1.200/minggu. Hubungi: +61 491 570 142 (WA). Kode lowongan: SYD-2026-118.",
        None,
        ["+61491570142"],
        "Indonesian job ad beside vacancy code",
    ),
    (
        "tl",
        "Hiring caregivers sa Toronto! Libre ang tirahan. Tumawag o mag-text kay Ate Joy sa 416-555-0187. "
        "Processing fee ₱45,000 lang.",
        "CA",
        ["+14165550187"],
        "Tagalog job ad beside peso fee",
    ),
    (
        "hi",
        "लंदन में काम, रहने की व्यवस्था मुफ़्त। संपर्क करें: 020 7946 0502 (राजेश जी)। वेतन £400 प्रति सप्ताह।",
        "GB",
        ["+442079460502"],
        "Hindi job ad, UK number",
    ),
    (
        "el",
        "Νέα κοπέλα στο Σικάγο! Τηλέφωνο 312 555 0136, μόνο μηνύματα. Τιμή 200$.",
        "US",
        ["+13125550136"],
        "Greek ad, US number",
    ),
    (
        "sw",
        "Kazi ya ndani Toronto, mshahara mzuri. Piga simu +1 416 555 0108 au tuma ujumbe WhatsApp.",
        None,
        ["+14165550108"],
        "Swahili job ad, +1 number",
    ),
    (
        "cs",
        "Práce v Paříži pro ženy, ubytování zdarma. Volejte 01 99 00 63 27, pan Novák. Mzda 1800 € měsíčně.",
        "FR",
        ["+33199006327"],
        "Czech job ad, FR number",
    ),
    (
        "hu",
        "Masszőz állás Manchesterben. Hívj: 0161 496 0345. Fizetés heti 500 font.",
        "GB",
        ["+441614960345"],
        "Hungarian job ad, UK number",
    ),
    (
        "sv",
        "Ny i Sydney 💕 Ring 0491 570 174 eller sms:a. Pris 250 AUD/timme.",
        "AU",
        ["+61491570174"],
        "Swedish ad, AU number",
    ),
    ("en", "call me 📞 312 💋 555 💋 0147 ⏰ after 8pm", "US", ["+13125550147"], "groups split by emoji"),
    ("en", "txt 2O2-555-O119 🌹 DC area, incall only", "US", ["+12025550119"], "capital O for zero in two groups"),
    (
        "en",
        "Text me at four one five 555 zero one two eight, SF bay area",
        "US",
        ["+14155550128"],
        "English number words mixed with a digit group",
    ),
    ("en", "xoxo,\nJade\n📱 (617)\n555-0172", "US", ["+16175550172"], "signature, area code and rest on two lines"),
    (
        "es",
        "Mi número: tres cero cinco, cinco cinco cinco, cero uno siete uno. Pregunta por Kari.",
        "US",
        ["+13055550171"],
        "Spanish digit words in groups",
    ),
    (
        "fr",
        "Tél : 0 1 9 9 0 0 7 7 2 1 (Sophie), appels de 10h à 20h",
        "FR",
        ["+33199007721"],
        "every digit separated by a space",
    ),
    (
        "ro",
        "sună la zero doi zero 7946 zero opt nouă unu, Londra",
        "GB",
        ["+442079460891"],
        "Romanian digit words mixed with a digit group",
    ),
    (
        "id",
        "WA nol empat sembilan satu 570 satu enam delapan, Melbourne",
        "AU",
        ["+61491570168"],
        "Indonesian digit words mixed with a digit group",
    ),
    (
        "vi",
        "Gọi cho em: bốn một sáu - năm năm năm - không một chín chín, Toronto",
        "CA",
        ["+14165550199"],
        "Vietnamese digit words",
    ),
    (
        "ru",
        "звони: 312 пять пять пять 01 сорок девять, Чикаго",
        "US",
        ["+13125550149"],
        "Russian words incl. a two-digit number word (сорок девять = 49)",
    ),
    ("pt", "Liga pra mim: (973) 555–0123 📲 sou nova na área", "US", ["+19735550123"], "en dash separator"),
    (
        "en",
        "Charlotte 🍑 text 704\u200b555\u200b0138 anytime",
        "US",
        ["+17045550138"],
        "zero-width spaces between groups",
    ),
    (
        "ja",
        "お問い合わせ：０２０ ７９４６ ０３５７（受付 10時〜22時）",
        "GB",
        ["+442079460357"],
        "full-width digits in Japanese text",
    ),
    ("ar", "للحجز: ٠٤٩١ ٥٧٠ ١٢٩ — سيدني", "AU", ["+61491570129"], "Arabic-Indic digits in Arabic text"),
    ("hi", "फ़ोन: ०१६१ ४९६ ०६२३ (मैनचेस्टर)", "GB", ["+441614960623"], "Devanagari digits in Hindi text"),
    ("th", "โทร ๐๔๙๑ ๕๗๐ ๑๙๑ น้องแพร", "AU", ["+61491570191"], "Thai digits in Thai text"),
    (
        "en",
        "Perth & Brisbane tours — bookings +61 (0)491 570 114, deposits required",
        None,
        ["+61491570114"],
        "+61 with the trunk zero in brackets",
    ),
    (
        "en",
        "Tel/WhatsApp: 305-555-0102 / 305-555-0103",
        "US",
        ["+13055550102", "+13055550103"],
        "two numbers separated by a slash",
    ),
    (
        "en",
        "Call centre: Sydney 0491 570 120, Melbourne 0491 570 121, Perth 0491 570 122. Open 9–5.",
        "AU",
        ["+61491570120", "+61491570121", "+61491570122"],
        "three numbers in one sentence",
    ),
    (
        "en",
        "Deposit £50 to GB29 NWBK 6016 1331 9268 19 first, then call 020 7946 0733.",
        "GB",
        ["+442079460733"],
        "number after an IBAN",
    ),
    (
        "en",
        "Your parcel 1Z999AA10123456784 is held at the depot. Call the courier on 0161 496 0108 to rebook.",
        "GB",
        ["+441614960108"],
        "number after a parcel tracking number",
    ),
    (
        "en",
        "Order #US-20261129-0042 — total $129.99. Questions? (206) 555-0190, Mon–Fri.",
        "US",
        ["+12065550190"],
        "number after an order id and price",
    ),
    (
        "en",
        "Meet 29/11/2026 at 19:30 near Central. Mob 0491 570 163.",
        "AU",
        ["+61491570163"],
        "number after a date and time",
    ),
    ("en", "Ask for Dani: +1.312.555.0165 (texts ok)", None, ["+13125550165"], "+1 with dots"),
    ("zh", "预约请拨 +1 416-555-0170 或加微信 mimi_to", None, ["+14165550170"], "Chinese text, +1 number"),
    ("en", "Brisbane — (0491) 570 148 — no private numbers", "AU", ["+61491570148"], "AU mobile with bracketed prefix"),
    (
        "it",
        "Chiamami: +33 1 99 00 83 61, sono a Parigi fino a domenica.",
        None,
        ["+33199008361"],
        "Italian text, FR number in international format",
    ),
    (
        "es",
        "Nueva en Vancouver. Citas: 604 555 0181. Horario 11:00–23:00, 1 hora 250 CAD, 2 horas 450 CAD.",
        "CA",
        ["+16045550181"],
        "number among times and prices",
    ),
    # negatives
    (
        "en",
        "Rates: 30min $150 | 1hr $250 | overnight $1500. Measurements 34-24-36, 5'6\", 120 lbs. "
        "Available 10:00–22:00, 24/7 on weekends.",
        "US",
        [],
        "negative: prices, measurements, times",
    ),
    (
        "en",
        "Parcel tracking: JD014600006281234567. Flight BA 0117 departs 14:25, gate 22. Booking ref 7XKQ2P.",
        "GB",
        [],
        "negative: tracking number, flight, booking reference",
    ),
    (
        "de",
        "IBAN: DE89 3704 0044 0532 0130 00, Verwendungszweck: Rechnung 2026-1129-0042. Betrag 1.250,00 €.",
        "DE",
        [],
        "negative: IBAN, invoice number, amount",
    ),
    (
        "fr",
        "Annonce n° 8842 3310 7726 — publiée le 29/11/2026 à 18h30. Prix : 1 200 € charges comprises.",
        "FR",
        [],
        "negative: ad number, date, time, price",
    ),
    (
        "es",
        "ISBN 978-84-376-0494-7, 352 páginas, precio 19,90 €. Pedido nº 2026/000413.",
        "ES",
        [],
        "negative: ISBN and order number",
    ),
    (
        "ja",
        "座標: 35.6762, 139.6503 / 営業時間 10:00〜24:00 / 料金 15,000円",
        "JP",
        [],
        "negative: coordinates, hours, price",
    ),
    (
        "ru",
        "Рост 168, вес 52, размер 2. Цена 5000 руб/час, ночь 20000. Анкета №304512.",
        "RU",
        [],
        "negative: body stats, prices, profile number",
    ),
    (
        "en",
        "Transaction ID 8f3a-22c1-9d0e, amount $412.50, card ending 4242, expires 11/29.",
        "US",
        [],
        "negative: transaction id, card digits, expiry",
    ),
    (
        "zh",
        "航班 CZ3101，2026年11月29日 08:45 起飞，座位 32A，票价 ¥1,280。",
        "CN",
        [],
        "negative: flight, date, time, seat, fare",
    ),
    (
        "ar",
        "السعر ٢٠٠ دولار للساعة، المقاسات ٨٦-٦٠-٩٠، العمر ٢٣",
        "AE",
        [],
        "negative: Arabic-Indic price, measurements, age",
    ),
    (
        "vi",
        "Mã đơn hàng: VN2026112900173, tổng 1.250.000đ, giao ngày 02/12.",
        "VN",
        [],
        "negative: order code, amount, date",
    ),
    (
        "en",
        "ABN 51 824 753 556, invoice INV-0491-570 due 15/12, amount $1,491.57",
        "AU",
        [],
        "negative: ABN, invoice id with a partial mobile prefix, amount",
    ),
]

EMAIL = [
    (
        "en",
        "We are hiring hostesses for a new club in Dubai. Flights and visa paid. Send your CV and two photos to "
        "recruit.dubai@example.com before Friday. Interviews via video call.",
        None,
        ["recruit.dubai@example.com"],
        "address inside a multi-sentence job ad",
    ),
    (
        "en",
        "Best regards,\nAnna Kowalski\nHR Coordinator | Global Staffing Ltd\n"
        "anna.kowalski@example.org | +1 312 555 0142",
        None,
        ["anna.kowalski@example.org"],
        "e-mail signature beside a phone",
    ),
    (
        "en",
        "Bookings: bookings@example.net — for press and collabs: collab.mia@example.net",
        None,
        ["bookings@example.net", "collab.mia@example.net"],
        "two addresses",
    ),
    ("en", "Reply to: jobs [at] example [dot] org", None, ["jobs@example.org"], "bracketed at/dot"),
    ("en", "EMAIL ME: LUNA.STAR@EXAMPLE.COM", None, ["luna.star@example.com"], "all upper case"),
    (
        "en",
        "Pics: banner@2x.png | IG @mila_x | mail mila.x@example.com",
        None,
        ["mila.x@example.com"],
        "address beside a retina file name and a handle",
    ),
    (
        "en",
        "Sent from my iPhone\n\nOn Nov 28, 2026, at 9:14 PM, Jake <jake.r@example.com> wrote:\n> see you tomorrow",
        None,
        ["jake.r@example.com"],
        "quoted-reply header with angle brackets",
    ),
    (
        "es",
        "Buscamos chicas para trabajar en Madrid, alojamiento incluido. Escribe a trabajo.madrid@example.com con "
        "tu foto.",
        "ES",
        ["trabajo.madrid@example.com"],
        "Spanish job ad",
    ),
    ("es", "correo: vale.rios arroba example punto com", None, ["vale.rios@example.com"], "arroba / punto"),
    (
        "fr",
        "Envoyez votre CV à l'adresse suivante : recrutement-paris@example.org. Réponse sous 48 h.",
        "FR",
        ["recrutement-paris@example.org"],
        "hyphen in local part, sentence full stop after",
    ),
    (
        "pt",
        "Vagas para babás em Lisboa! Salário 900€. Mande currículo para vagas.lisboa@example.com ou ligue.",
        "PT",
        ["vagas.lisboa@example.com"],
        "Portuguese job ad",
    ),
    ("pt", "email: bia_santos arroba example ponto net", None, ["bia_santos@example.net"], "arroba / ponto"),
    (
        "ro",
        "Trimite CV-ul la adresa: munca.uk@example.org. Plecări săptămânale, transport gratuit.",
        "RO",
        ["munca.uk@example.org"],
        "Romanian job ad",
    ),
    (
        "ru",
        "Пишите на почту: job.moscow@example.com (Анна). Оплата ежедневно.",
        "RU",
        ["job.moscow@example.com"],
        "Russian job ad",
    ),
    (
        "uk",
        "Надсилайте анкети на agency.kyiv@example.net, відповідаємо протягом доби.",
        "UA",
        ["agency.kyiv@example.net"],
        "Ukrainian, comma after address",
    ),
    (
        "pl",
        "Oferta pracy w Niemczech. Zgłoszenia: praca.de@example.com lub tel. 0161 496 0123.",
        "PL",
        ["praca.de@example.com"],
        "Polish job ad",
    ),
    (
        "de",
        "Bewerbungen bitte an: Personal@Example.ORG (Frau Weber).",
        "DE",
        ["personal@example.org"],
        "mixed case address",
    ),
    (
        "it",
        "Scrivimi a: giulia.rossi chiocciola example punto com, rispondo la sera.",
        "IT",
        ["giulia.rossi@example.com"],
        "chiocciola / punto",
    ),
    (
        "nl",
        "Mail je cv naar vacatures@example.net en vermeld je beschikbaarheid.",
        "NL",
        ["vacatures@example.net"],
        "Dutch job ad",
    ),
    (
        "tr",
        "Başvuru için e-posta: is.ilani@example.com — Maaş: 2000 €",
        "TR",
        ["is.ilani@example.com"],
        "Turkish job ad",
    ),
    (
        "ar",
        "للتقديم أرسلي سيرتك الذاتية إلى: jobs.gulf@example.com",
        None,
        ["jobs.gulf@example.com"],
        "Arabic (RTL) text around a Latin address",
    ),
    ("fa", "ایمیل: sara.m@example.org", None, ["sara.m@example.org"], "Persian label"),
    ("he", "לפרטים שלחו מייל ל- dana.l@example.net", None, ["dana.l@example.net"], "Hebrew text"),
    (
        "zh",
        "有意者请发简历至 hr_asia@example.com，注明应聘岗位。",
        None,
        ["hr_asia@example.com"],
        "Chinese full-width comma right after the address",
    ),
    ("ja", "ご応募はメールで：tokyo.work@example.com まで。", None, ["tokyo.work@example.com"], "Japanese"),
    ("ko", "이력서는 jobs.seoul@example.net 으로 보내주세요.", None, ["jobs.seoul@example.net"], "Korean"),
    ("th", "ส่งประวัติมาที่ thai.jobs@example.com ค่ะ", None, ["thai.jobs@example.com"], "Thai"),
    (
        "vi",
        "Gửi hồ sơ về email: tuyendung.vn@example.org trước ngày 15/12.",
        None,
        ["tuyendung.vn@example.org"],
        "Vietnamese beside a date",
    ),
    (
        "id",
        "Kirim lamaran ke: lowongan.kerja@example.com paling lambat 10 Desember.",
        None,
        ["lowongan.kerja@example.com"],
        "Indonesian",
    ),
    (
        "tl",
        "I-email lang si Ma'am Liza sa liza.recruit@example.com para sa mga detalye.",
        None,
        ["liza.recruit@example.com"],
        "Tagalog",
    ),
    ("hi", "अपना बायोडाटा भेजें: naukri.uk@example.com", None, ["naukri.uk@example.com"], "Hindi"),
    ("el", "Στείλτε το βιογραφικό σας στο ergasia@example.org", None, ["ergasia@example.org"], "Greek"),
    ("sw", "Tuma barua pepe kwa: kazi.dubai@example.com", None, ["kazi.dubai@example.com"], "Swahili"),
    ("cs", "Životopis posílejte na prace.praha@example.net", None, ["prace.praha@example.net"], "Czech"),
    ("hu", "Jelentkezés: munka.london@example.com", None, ["munka.london@example.com"], "Hungarian"),
    ("sv", "Skicka ansökan till jobb@example.org senast fredag.", None, ["jobb@example.org"], "Swedish"),
    (
        "en",
        "my email is sasha dot blue at example dot com, no spam pls",
        None,
        ["sasha.blue@example.com"],
        "plain words at/dot without brackets",
    ),
    ("en", "contact: nina_v @ example.net", None, ["nina_v@example.net"], "spaces around @"),
    (
        "en",
        "write me at lola (at) example (dot) org or lola.backup (at) example (dot) org",
        None,
        ["lola@example.org", "lola.backup@example.org"],
        "two parenthesised at/dot addresses",
    ),
    (
        "en",
        'From: "Recruitment Team" <team@jobs.example.com>\nSubject: Your application',
        None,
        ["team@jobs.example.com"],
        "mail header, sub-domain",
    ),
    ("en", "Questions? Email hello@example.org.", None, ["hello@example.org"], "sentence full stop after address"),
    ("en", "Main inbox is full (alt: rosa.alt@example.net)", None, ["rosa.alt@example.net"], "inside parentheses"),
    (
        "en",
        "cc: a.lee@example.com; b.kim@example.com; c.diaz@example.com",
        None,
        ["a.lee@example.com", "b.kim@example.com", "c.diaz@example.com"],
        "three addresses in a cc list",
    ),
    ("es", "mándame un correo a kari.95 @ example . com", None, ["kari.95@example.com"], "spaces around @ and ."),
    (
        "fr",
        "mon mail c'est jolie.lea at example point com",
        None,
        ["jolie.lea@example.com"],
        "English at with French point",
    ),
    ("de", "E-Mail: mia.berlin(at)example(punkt)net", None, ["mia.berlin@example.net"], "(at) / (punkt)"),
    ("ru", "пиши на natasha.k@example.com, скайп тот же", None, ["natasha.k@example.com"], "Russian chat"),
    ("zh", "邮箱：lily.chen＠example.com", None, ["lily.chen@example.com"], "full-width at sign in Chinese text"),
    (
        "ja",
        "メール：yuki.tanaka＠example.net（＠を半角に変えてください）",
        None,
        ["yuki.tanaka@example.net"],
        "full-width at sign with the instruction to make it half-width",
    ),
    ("ko", "메일 주소 minji.park@example.com / 카톡 아이디 동일", None, ["minji.park@example.com"], "Korean"),
    ("en", "Email: CHLOE.FOX AT EXAMPLE DOT COM", None, ["chloe.fox@example.com"], "upper-case AT / DOT"),
    (
        "en",
        "inquiries: booking_2026@example.net (replies within 24h)",
        None,
        ["booking_2026@example.net"],
        "underscore and digits in local part",
    ),
    (
        "en",
        "reply only to my private mail: jenna.private at example.net",
        None,
        ["jenna.private@example.net"],
        "word at with a real dot",
    ),
    ("ar", "البريد: mona.h [@] example.com", None, ["mona.h@example.com"], "bracketed @"),
    ("tr", "mail adresim: elif.k@example.com, telefonla aramayın", None, ["elif.k@example.com"], "Turkish"),
    ("vi", "email của em: thu.nguyen@example.com nhé anh", None, ["thu.nguyen@example.com"], "Vietnamese chat"),
    (
        "ro",
        "email: ioana.pop@example.com sau ioana.pop2@example.com",
        None,
        ["ioana.pop@example.com", "ioana.pop2@example.com"],
        "two addresses",
    ),
    (
        "en",
        "HR: hr@example.org — IT helpdesk: it-support@example.org — Payroll: payroll@example.org",
        None,
        ["hr@example.org", "it-support@example.org", "payroll@example.org"],
        "three addresses in a footer",
    ),
    ("id", "email: dewi_ayu (at) example (dot) com", None, ["dewi_ayu@example.com"], "parenthesised at/dot"),
    (
        "pl",
        "Pozdrawiam,\nKasia Nowak\nkasia.nowak@example.net\ntel. 020 7946 0412",
        None,
        ["kasia.nowak@example.net"],
        "Polish signature",
    ),
    (
        "es",
        "Hola, soy Vale 💕 nueva en la ciudad. Fotos reales. Para citas escríbeme: VALE.CITAS@EXAMPLE.NET "
        "o por WhatsApp. Besos.",
        None,
        ["vale.citas@example.net"],
        "upper-case address in a Spanish ad",
    ),
    # negatives
    (
        "en",
        "Follow me @jade_xo on IG, photos banner@2x.png and logo@3x.png, meet @ 7pm, $50 @ door",
        None,
        [],
        "negative: handle, retina files, @ as 'at'",
    ),
    (
        "en",
        "Email me through the site's contact form, no direct emails, price 200@hr",
        None,
        [],
        "negative: no address",
    ),
    ("fr", "Rendez-vous à 19h @ Gare du Nord, prix 150€", None, [], "negative: @ as a place marker"),
    ("en", "To reproduce: npm i lodash@4.17.21 && npm i react@18.2.0", None, [], "negative: npm version specifiers"),
    ("es", "Precio: 3 @ 10 €, referencia PED-2026-0042, entrega 02/12", None, [], "negative: @ in a price"),
    ("ru", "Мой ник в телеге: @nastya_msk, почту не даю", None, [], "negative: a handle only"),
    ("zh", "价格 @ ¥500/小时，地址：上海市徐汇区", None, [], "negative: @ in a price"),
    ("ja", "@渋谷 20:00集合、料金¥15,000", None, [], "negative: @ before a place"),
    ("en", "She's @ the hotel lobby @ 9. Ref #A1129@2026", None, [], "negative: @ as 'at', reference code"),
    ("pt", "Siga @bia.santos no insta; e-mail só pelo formulário", None, [], "negative: handle with a dot"),
    ("en", "Our domain is example.com — contact us through the chat window.", None, [], "negative: bare domain"),
]

HANDLE = [
    (
        "en",
        "Back in town 💕 Serious gents only. Add me on snap: luna.bby22 — no face pics till we meet.",
        None,
        ["snapchat:luna.bby22"],
        "snap cue inside a multi-sentence ad",
    ),
    ("en", "hmu, jadeee_x on tg", None, ["telegram:jadeee_x"], "platform cue after the handle (tg)"),
    (
        "en",
        "mira_la on insta, mira.la on snap, DM either",
        None,
        ["instagram:mira_la", "snapchat:mira.la"],
        "two cues after two handles",
    ),
    (
        "en",
        "— Kim\nIG: @kim.creates | TikTok: @kimcreates_ | OF: onlyfans.com/kimcreates",
        None,
        ["instagram:kim.creates", "tiktok:kimcreates_", "onlyfans:kimcreates"],
        "signature with three platforms",
    ),
    (
        "en",
        "Follow me on Instagram @_bella.rose_.",
        None,
        ["instagram:_bella.rose_"],
        "underscores at both edges, sentence full stop after",
    ),
    ("en", "kik me: sweetpea_99", None, ["kik:sweetpea_99"], "kik"),
    ("en", "telegram ➜ t.me/nightowl_ldn (fastest reply)", None, ["telegram:nightowl_ldn"], "t.me link after arrow"),
    (
        "en",
        "My discord is ruby.wav, snap is rubywav",
        None,
        ["discord:ruby.wav", "snapchat:rubywav"],
        "discord and snap in one sentence",
    ),
    (
        "en",
        "Find me on TikTok (@dance.with.ana) and IG (@ana.dances)",
        None,
        ["tiktok:dance.with.ana", "instagram:ana.dances"],
        "handles in parentheses",
    ),
    ("en", "skype: amber.k.2026", None, ["skype:amber.k.2026"], "skype name with digits at the end"),
    (
        "en",
        "$150/hr, 24/7, IG: @tess.xo, don't text @ 3am",
        None,
        ["instagram:tess.xo"],
        "handle beside price and '@ 3am'",
    ),
    ("en", "signal: mara.07 (no sms)", None, ["signal:mara.07"], "Signal username"),
    (
        "es",
        "Escríbeme por Telegram, me encuentras como @vale_mx23. También tengo Insta: vale.mx",
        None,
        ["telegram:vale_mx23", "instagram:vale.mx"],
        "two platforms across sentences",
    ),
    ("es", "agrégame en snap: caro_bonita 😘", None, ["snapchat:caro_bonita"], "Spanish snap"),
    (
        "fr",
        "Écris-moi sur Snap : chloe.prs, réponse rapide. Pas de numéro masqué.",
        None,
        ["snapchat:chloe.prs"],
        "French spacing before colon, comma after handle",
    ),
    (
        "fr",
        "mon insta c'est @lea_mtl_ et mon tiktok @leamtl",
        None,
        ["instagram:lea_mtl_", "tiktok:leamtl"],
        "trailing underscore",
    ),
    (
        "pt",
        "me segue no insta @bia.santos_ e chama no telegram @biasantos22",
        None,
        ["instagram:bia.santos_", "telegram:biasantos22"],
        "two platforms",
    ),
    ("pt", "passa no meu OnlyFans: onlyfans.com/carolfit_br 🔥", None, ["onlyfans:carolfit_br"], "OnlyFans URL"),
    (
        "ro",
        "Scrie-mi pe Telegram: andreea_buc92. Sunt disponibilă non-stop.",
        None,
        ["telegram:andreea_buc92"],
        "Romanian, full stop after handle",
    ),
    (
        "ro",
        "instagram: @ioana.official | tiktok: @ioana.off",
        None,
        ["instagram:ioana.official", "tiktok:ioana.off"],
        "two platforms with a bar",
    ),
    (
        "ru",
        "Пишите в телеграм @olga_spb_work, на звонки не отвечаю.",
        None,
        ["telegram:olga_spb_work"],
        "Russian телеграм",
    ),
    (
        "ru",
        "инст: katya.fit.life, тикток: katyafit",
        None,
        ["instagram:katya.fit.life", "tiktok:katyafit"],
        "Russian abbreviations инст / тикток",
    ),
    ("uk", "Мій інстаграм — @oksana.lviv, пишіть у директ", None, ["instagram:oksana.lviv"], "Ukrainian інстаграм"),
    ("pl", "Dodaj mnie na snapie: ola_krk", None, ["snapchat:ola_krk"], "Polish locative 'snapie'"),
    (
        "de",
        "Schreib mir auf Insta: @lena.hh_ oder auf Telegram: @lenahh99",
        None,
        ["instagram:lena.hh_", "telegram:lenahh99"],
        "German, two platforms",
    ),
    ("it", "Seguimi su TikTok: @giuly.balla", None, ["tiktok:giuly.balla"], "Italian"),
    ("nl", "Stuur een berichtje via Snapchat: sanne_ams", None, ["snapchat:sanne_ams"], "Dutch"),
    ("tr", "Instagram hesabım: @elif.ist — DM'den yazın", None, ["instagram:elif.ist"], "Turkish"),
    ("ar", "تابعوني على انستغرام: @noor.dxb", None, ["instagram:noor.dxb"], "Arabic انستغرام"),
    ("ar", "تيليجرام: @layla_work", None, ["telegram:layla_work"], "Arabic تيليجرام"),
    ("fa", "آیدی تلگرام: @sara_thr", None, ["telegram:sara_thr"], "Persian تلگرام"),
    ("he", "אינסטגרם: @noa.tlv", None, ["instagram:noa.tlv"], "Hebrew אינסטגרם"),
    ("zh", "加我微信：lily_sh88（备注来意）", None, ["wechat:lily_sh88"], "Chinese 微信 with full-width brackets"),
    ("zh", "TikTok：@xiaomei.dance 欢迎关注", None, ["tiktok:xiaomei.dance"], "full-width colon"),
    ("ja", "LINE ID：yuki_0707 気軽に追加してね", None, ["line:yuki_0707"], "LINE ID in Japanese"),
    ("ja", "インスタ @mai.tokyo_ フォローしてね", None, ["instagram:mai.tokyo_"], "katakana インスタ"),
    ("ko", "인스타 @minji.kr 팔로우해주세요", None, ["instagram:minji.kr"], "Hangul 인스타"),
    ("ko", "텔레그램: @seoul_jobs_kr 로 연락주세요", None, ["telegram:seoul_jobs_kr"], "Hangul 텔레그램"),
    ("th", "ไลน์ไอดี: nongmai.bkk", None, ["line:nongmai.bkk"], "Thai LINE ID"),
    (
        "vi",
        "Inbox Facebook của em: facebook.com/thuy.nguyen.0207",
        None,
        ["facebook:thuy.nguyen.0207"],
        "Facebook profile URL",
    ),
    ("vi", "Telegram của em: @ngoc_anh_hn", None, ["telegram:ngoc_anh_hn"], "Vietnamese"),
    ("id", "Follow IG aku ya: @putri.jkt_", None, ["instagram:putri.jkt_"], "Indonesian"),
    ("id", "Kontak via Telegram: putri_jkt48", None, ["telegram:putri_jkt48"], "Indonesian, no @"),
    ("tl", "I-add niyo ako sa FB: facebook.com/jessa.mae.reyes", None, ["facebook:jessa.mae.reyes"], "Tagalog, FB URL"),
    ("tl", "Message niyo ko sa telegram: @jessamae_ph", None, ["telegram:jessamae_ph"], "Tagalog"),
    ("hi", "मेरा इंस्टाग्राम: @priya.mumbai", None, ["instagram:priya.mumbai"], "Hindi इंस्टाग्राम"),
    ("el", "Βρες με στο Instagram: @eleni.ath", None, ["instagram:eleni.ath"], "Greek"),
    ("sw", "Nifuate Instagram: @amina_nbo", None, ["instagram:amina_nbo"], "Swahili"),
    ("cs", "Napiš mi na Snap: tereza.prg", None, ["snapchat:tereza.prg"], "Czech"),
    ("hu", "Insta: @reka.bp__", None, ["instagram:reka.bp__"], "two trailing underscores"),
    ("sv", "Lägg till mig på Snapchat: ella_sthlm", None, ["snapchat:ella_sthlm"], "Swedish"),
    ("en", "add me 👉 @velvet.rae (same name everywhere)", None, ["unknown:velvet.rae"], "no platform named"),
    ("en", "DM @coco_brown for rates and availability", None, ["unknown:coco_brown"], "no platform named"),
    ("en", "sweetheart_44 on kik, ask for pics", None, ["kik:sweetheart_44"], "cue after the handle (kik)"),
    ("en", "snap/insta: miaaa.x", None, ["snapchat:miaaa.x", "instagram:miaaa.x"], "one name for two platforms"),
    (
        "en",
        "link in bio → instagram.com/rae.official/",
        None,
        ["instagram:rae.official"],
        "profile URL, trailing slash",
    ),
    (
        "en",
        "Facebook: Maria Lopez (facebook.com/maria.lopez.5521)",
        None,
        ["facebook:maria.lopez.5521"],
        "FB URL after a display name",
    ),
    ("en", "Wechat ID: jenny_li_2026", None, ["wechat:jenny_li_2026"], "WeChat ID"),
    ("en", "Line: kiki.bkk — Bangkok based", None, ["line:kiki.bkk"], "LINE"),
    (
        "en",
        "✨ socials ✨\ninsta — @sofi.glow\nsnap — sofiglow99\ntele — @sofiglow",
        None,
        ["instagram:sofi.glow", "snapchat:sofiglow99", "telegram:sofiglow"],
        "footer with three platforms, one per line",
    ),
    (
        "en",
        "New job opportunity in Dubai! Free visa and flights. For details message our recruiter on Telegram "
        "@dubai_jobs_hr. Only serious applicants.",
        None,
        ["telegram:dubai_jobs_hr"],
        "handle in a recruitment ad",
    ),
    # negatives
    ("en", "Email me at rosa@example.com, photos @2x, meet @ 9pm", None, [], "negative: e-mail, @2x, @ 9pm"),
    ("en", "#newintown #latina #vegas — $200 hh, 24/7", None, [], "negative: hashtags"),
    ("en", "Price list @ $150 / $250, tip @ your discretion", None, [], "negative: @ as 'at'"),
    ("es", "Sin redes sociales, solo llamadas al 305-555-0111", None, [], "negative: no handle"),
    ("fr", "Réf. annonce @4471-2290, publiée le 29/11", None, [], "negative: @ before a reference"),
    ("ru", "Цена @ 5000 руб, встреча @ 20:00", None, [], "negative: @ before price and time"),
    ("zh", "微信支付/支付宝均可，价格 ¥800", None, [], "negative: WeChat Pay named, no ID"),
    ("en", "I don't have Instagram or Snapchat anymore, call only", None, [], "negative: platforms without handles"),
    (
        "de",
        "Paket @ Packstation 123, Sendungsnummer 00340434161234567890",
        None,
        [],
        "negative: @ before a locker, tracking number",
    ),
    ("ja", "@渋谷駅 20時", None, [], "negative: @ before a station name"),
    ("en", "stock tip: $AAPL, #BTC, @ 3% gain", None, [], "negative: cashtag, hashtag, @ percentage"),
]

PAYMENT = [
    (
        "en",
        "Deposit required to book 💸 $50 via Cash App ($lunaxo) — no deposit, no appointment.",
        None,
        ["cashapp:$lunaxo"],
        "cashtag in parentheses beside a dollar amount",
    ),
    ("en", "Venmo: @mia-rose-7 (last 4 digits 0142)", None, ["venmo:mia-rose-7"], "Venmo username with hyphens"),
    (
        "en",
        "£40 deposit to hold your slot. PayPal: paypal.me/jadeofficial",
        None,
        ["paypal:jadeofficial"],
        "paypal.me after a GBP deposit",
    ),
    (
        "en",
        "Payments: cashapp $ambr22 • venmo @ambr-22 • paypal.me/ambr22",
        None,
        ["cashapp:$ambr22", "venmo:ambr-22", "paypal:ambr22"],
        "three payment handles in one line",
    ),
    ("en", "$200 hh / $350 hr. CashApp: $kandyk22", None, ["cashapp:$kandyk22"], "cashtag after prices"),
    ("en", "send deposit to $tinyb3lla on cash app", None, ["cashapp:$tinyb3lla"], "platform cue after the tag"),
    ("es", "Depósito por Cash App: $vale305 o Zelle al número.", None, ["cashapp:$vale305"], "Spanish, Cash App"),
    (
        "es",
        "Pago por PayPal: paypal.me/carolinamx — 50 USD de anticipo.",
        None,
        ["paypal:carolinamx"],
        "Spanish, PayPal beside USD",
    ),
    ("fr", "Acompte de 30 € par PayPal : paypal.me/chloeparis", None, ["paypal:chloeparis"], "French, EUR deposit"),
    ("fr", "Paiement Revolut : revolut.me/chloeprs, merci !", None, ["revolut:chloeprs"], "revolut.me link"),
    (
        "de",
        "Anzahlung 50 € über PayPal (paypal.me/lenahh) oder Revolut (@lenahh)",
        None,
        ["paypal:lenahh", "revolut:lenahh"],
        "PayPal and Revolut in parentheses",
    ),
    ("ro", "Avans 200 RON pe Revolut: revolut.me/andreeab92", None, ["revolut:andreeab92"], "Romanian, RON"),
    ("pl", "Zaliczka 100 zł przez Revolut – mój revtag: @olakrk", None, ["revolut:olakrk"], "Polish, revtag"),
    ("pt", "Sinal de 50€ pelo Revolut: revolut.me/biasantos", None, ["revolut:biasantos"], "Portuguese"),
    ("it", "Caparra 50€ su PayPal: paypal.me/giuliarossi92", None, ["paypal:giuliarossi92"], "Italian"),
    ("nl", "Aanbetaling via PayPal: paypal.me/sanneams", None, ["paypal:sanneams"], "Dutch"),
    (
        "en",
        "£40 deposit via PayPal to paypal.me/rubyldn or Revolut @rubyldn",
        None,
        ["paypal:rubyldn", "revolut:rubyldn"],
        "UK, two platforms",
    ),
    ("en", "$50 AUD deposit — PayPal: paypal.me/ellasyd", None, ["paypal:ellasyd"], "AUD"),
    ("en", "e-transfer or PayPal: paypal.me/torontomia", None, ["paypal:torontomia"], "Canada"),
    ("ru", "Предоплата 1000 руб на PayPal: paypal.me/olgaspb", None, ["paypal:olgaspb"], "Russian, RUB"),
    ("uk", "Передоплата через Revolut: @oksanalviv", None, ["revolut:oksanalviv"], "Ukrainian"),
    ("tr", "Kapora PayPal ile: paypal.me/elifist", None, ["paypal:elifist"], "Turkish"),
    ("ar", "الدفع عبر PayPal: paypal.me/noordxb", None, ["paypal:noordxb"], "Arabic"),
    ("he", "העברה בפייפאל: paypal.me/noatlv", None, ["paypal:noatlv"], "Hebrew פייפאל"),
    ("zh", "定金请转 PayPal：paypal.me/lilysh88", None, ["paypal:lilysh88"], "Chinese, full-width colon"),
    ("ja", "前金はPayPalで：paypal.me/yukitokyo", None, ["paypal:yukitokyo"], "Japanese"),
    ("ko", "예약금은 페이팔로: paypal.me/minjikr", None, ["paypal:minjikr"], "Korean 페이팔"),
    ("th", "มัดจำผ่าน PayPal: paypal.me/nongmaibkk", None, ["paypal:nongmaibkk"], "Thai"),
    ("vi", "Cọc trước qua PayPal: paypal.me/thuynguyen", None, ["paypal:thuynguyen"], "Vietnamese"),
    ("id", "DP via PayPal: paypal.me/putrijkt", None, ["paypal:putrijkt"], "Indonesian"),
    ("tl", "Down payment sa PayPal: paypal.me/jessamaeph", None, ["paypal:jessamaeph"], "Tagalog"),
    ("hi", "एडवांस PayPal पर भेजें: paypal.me/priyamumbai", None, ["paypal:priyamumbai"], "Hindi"),
    ("el", "Προκαταβολή μέσω PayPal: paypal.me/eleniath", None, ["paypal:eleniath"], "Greek"),
    ("sw", "Lipa kupitia PayPal: paypal.me/aminanbo", None, ["paypal:aminanbo"], "Swahili"),
    ("cs", "Záloha přes Revolut: revolut.me/terezaprg", None, ["revolut:terezaprg"], "Czech"),
    ("hu", "Előleg Revoluton: @rekabp", None, ["revolut:rekabp"], "Hungarian suffix 'Revoluton'"),
    ("sv", "Swish eller PayPal: paypal.me/ellasthlm", None, ["paypal:ellasthlm"], "Swedish"),
    ("en", "venmo me @kay-lynn-94 for the deposit, $40", None, ["venmo:kay-lynn-94"], "Venmo beside amount"),
    ("en", "Venmo ➡️ jess_b_88", None, ["venmo:jess_b_88"], "Venmo without @"),
    ("en", "cashapp: $bunnyb", None, ["cashapp:$bunnyb"], "plain cashtag"),
    ("en", "Cash App me: $honeydoo 🍯", None, ["cashapp:$honeydoo"], "Cash App me"),
    (
        "en",
        "send $60 to my cash app $sugarplum23 then text me the screenshot",
        None,
        ["cashapp:$sugarplum23"],
        "dollar amount and cashtag in one sentence",
    ),
    ("en", "https://cash.app/$mochi4u", None, ["cashapp:$mochi4u"], "cash.app link"),
    ("en", "deposit through venmo (@lexi-vegas) only", None, ["venmo:lexi-vegas"], "Venmo in parentheses"),
    (
        "en",
        "Pay €50 on Revolut (@mirabcn), £40 on PayPal (paypal.me/mirabcn) or $60 on Cash App ($mirabcn)",
        None,
        ["revolut:mirabcn", "paypal:mirabcn", "cashapp:$mirabcn"],
        "three currencies, three platforms",
    ),
    (
        "es",
        "Acepto Venmo: @vale-rios-305 y Cash App: $valerios",
        None,
        ["venmo:vale-rios-305", "cashapp:$valerios"],
        "two platforms",
    ),
    ("en", "PayPal friends & family only: paypal.me/sashablue 🙏", None, ["paypal:sashablue"], "F&F"),
    (
        "en",
        "Tips appreciated ☕ paypal.me/nightowlldn · cash.app/$nightowlldn",
        None,
        ["paypal:nightowlldn", "cashapp:$nightowlldn"],
        "two links",
    ),
    ("fr", "Lydia ou PayPal : paypal.me/leamtl", None, ["paypal:leamtl"], "French"),
    (
        "en",
        "venmo @ruby-ann-ldn / revolut @rubyann",
        None,
        ["venmo:ruby-ann-ldn", "revolut:rubyann"],
        "two platforms separated by a slash",
    ),
    (
        "de",
        "Zahlung nur per PayPal an paypal.me/mialuxberlin, kein Bargeld.",
        None,
        ["paypal:mialuxberlin"],
        "German, comma after link",
    ),
    ("es", "Bizum o Revolut: @luciamad", None, ["revolut:luciamad"], "Spain, Revolut tag"),
    ("pt", "Pix ou PayPal: paypal.me/carolfitbr", None, ["paypal:carolfitbr"], "Brazil"),
    (
        "ro",
        "PayPal: paypal.me/ioanapop sau Revolut: @ioanapop",
        None,
        ["paypal:ioanapop", "revolut:ioanapop"],
        "Romanian, two platforms",
    ),
    ("en", "my cashapp is $peachyj, send the deposit and screenshot it", None, ["cashapp:$peachyj"], "chat"),
    ("en", "venmo: @tay-tay-1999 (business profile)", None, ["venmo:tay-tay-1999"], "Venmo, digits at the end"),
    (
        "en",
        "Order total $129.99, ref #CA-5521. Pay to $mayaluxe on Cash App.",
        None,
        ["cashapp:$mayaluxe"],
        "cashtag after price and reference",
    ),
    ("tl", "GCash or PayPal: paypal.me/joyph2026", None, ["paypal:joyph2026"], "Philippines"),
    (
        "en",
        "Hi hun! Before we meet I need a small deposit to make sure you're real. $30 is fine. "
        "My cashapp is $rosiegold and I'll confirm once it arrives. Thanks xx",
        None,
        ["cashapp:$rosiegold"],
        "cashtag inside a chat message",
    ),
    (
        "en",
        "Book 2 hrs, 20% off. Deposit: revolut.me/sofiaa (EUR) or paypal.me/sofiaa (GBP)",
        None,
        ["revolut:sofiaa", "paypal:sofiaa"],
        "currencies in brackets after links",
    ),
    # negatives
    ("en", "Rates: $150 qv / $250 hh / $400 hr, cash only, no apps", None, [], "negative: dollar prices"),
    ("en", "$AAPL and $TSLA ripping today, $SPY flat", None, [], "negative: stock cashtags"),
    (
        "en",
        "I accept Cash App, Venmo and PayPal — ask for details when booking",
        None,
        [],
        "negative: platforms without handles",
    ),
    ("es", "Precio: $200 la hora, $350 dos horas. Solo efectivo.", None, [], "negative: prices"),
    ("fr", "Paiement par virement : IBAN FR76 3000 6000 0112 3456 7890 189, montant 450 €", None, [], "negative: IBAN"),
    ("de", "PayPal-Gebühren 2,49 % + 0,35 €, Rechnung Nr. 2026-1129", None, [], "negative: fees, invoice"),
    ("en", "Order #8841 — total $42.50 — paid with PayPal on 29/11/2026", None, [], "negative: order, amount, date"),
    ("ja", "お支払いは現金のみ、料金¥20,000", None, [], "negative: cash only, yen price"),
    ("ru", "Оплата наличными, 5000 руб/час, без предоплаты", None, [], "negative: cash, rubles"),
    ("en", "Venmo scams are common — never send deposits to strangers", None, [], "negative: warning"),
    ("en", "$5 off with code SAVE5 — $25.99 total", None, [], "negative: promo code and prices"),
]


def crypto_records() -> list[tuple]:
    """Crypto records; every address comes from a fixed seed so the file is reproducible."""
    b = {i: p2pkh(f"btc{i}") for i in range(1, 12)}
    s = {i: p2sh(f"p2sh{i}") for i in range(1, 4)}
    w = {i: p2wpkh(f"wpkh{i}") for i in range(1, 16)}
    t = {i: p2tr(f"tr{i}") for i in range(1, 3)}
    e = {i: eth(f"eth{i}") for i in range(1, 14)}
    r = {i: trx(f"trx{i}") for i in range(1, 14)}
    L = {1: ltc("ltc1", "L"), 2: ltc("ltc2", "M"), 3: ltc("ltc3", "bech32"), 4: ltc("ltc4", "bech32")}
    x = {i: xmr(f"xmr{i}") for i in range(1, 4)}
    so = {i: sol(f"sol{i}") for i in range(1, 5)}
    d = {i: doge(f"doge{i}") for i in range(1, 3)}

    def E(i: int) -> str:
        return "eth:" + e[i].lower()

    qr = "█▀▀▀█ ▄▀▄ █▀▀▀█\n█ ███ █▀█ █ ███\n█▄▄▄█ ▄ ▄ █▄▄▄█"
    return [
        (
            "en",
            f"Support my work ☕ BTC: {b[1]} | ETH: {e[1]}",
            None,
            [f"btc:{b[1]}", E(1)],
            "donation footer with two chains",
        ),
        (
            "en",
            f"Pay in BTC only: {w[1]}. Send the tx id after payment.",
            None,
            [f"btc:{w[1]}"],
            "bech32 followed by a full stop",
        ),
        (
            "en",
            f"Check my balance: https://blockstream.info/address/{w[2]}",
            None,
            [f"btc:{w[2]}"],
            "explorer URL (blockstream.info)",
        ),
        ("en", f"USDT (TRC20) only: {r[1]}", None, [f"trx:{r[1]}"], "USDT on TRON"),
        (
            "en",
            f"proof of funds → https://tronscan.org/#/address/{r[2]}",
            None,
            [f"trx:{r[2]}"],
            "tronscan URL with #/ fragment",
        ),
        ("en", f"https://etherscan.io/address/{e[2]}#tokentxns", None, [E(2)], "etherscan URL with #fragment"),
        (
            "en",
            f"QR code below 👇\n{qr}\n{b[2]}\n(scan or copy the line above)",
            None,
            [f"btc:{b[2]}"],
            "address under QR-code block art",
        ),
        ("en", f"Solana: {so[1]} (SOL or USDC-SPL)", None, [f"sol:{so[1]}"], "Solana address"),
        ("en", f"tips → https://solscan.io/account/{so[2]}", None, [f"sol:{so[2]}"], "solscan URL"),
        ("en", f"XMR preferred for privacy: {x[1]}", None, [f"xmr:{x[1]}"], "Monero standard address"),
        ("en", f"LTC: {L[1]}", None, [f"ltc:{L[1]}"], "Litecoin L-address"),
        ("en", f"Litecoin (segwit): {L[3]}", None, [f"ltc:{L[3]}"], "Litecoin bech32"),
        (
            "en",
            f"Deposit to {e[3].lower()} — tx 0x{hexhash('tx1')} confirmed",
            None,
            [E(3)],
            "lower-case ETH beside a 64-hex tx hash",
        ),
        ("es", f"Pago en USDT TRC20 a esta dirección: {r[3]}. Envía captura.", None, [f"trx:{r[3]}"], "Spanish"),
        ("es", f"Billetera BTC: {s[1]}", None, [f"btc:{s[1]}"], "P2SH address"),
        ("fr", f"Paiement en bitcoin uniquement : {w[3]}", None, [f"btc:{w[3]}"], "French"),
        ("fr", f"Adresse ETH (ERC-20) : {e[4]}", None, [E(4)], "French, EIP-55 checksummed"),
        ("pt", f"Carteira USDT TRC20: {r[4]}", None, [f"trx:{r[4]}"], "Portuguese"),
        ("pt", f"Pix não, só BTC: {w[4]}", None, [f"btc:{w[4]}"], "Portuguese"),
        ("ro", f"Plata în BTC la adresa {w[5]}, suma 0.005 BTC", None, [f"btc:{w[5]}"], "address beside an amount"),
        ("ru", f"Оплата в USDT (TRC20): {r[5]}. После оплаты пришлите хэш.", None, [f"trx:{r[5]}"], "Russian"),
        ("ru", f"BTC кошелёк: {b[3]}", None, [f"btc:{b[3]}"], "Russian"),
        ("uk", f"Гаманець ETH: {e[5]}", None, [E(5)], "Ukrainian"),
        ("pl", f"Portfel BTC: {w[6]}", None, [f"btc:{w[6]}"], "Polish"),
        ("de", f"Zahlung in Monero: {x[2]}", None, [f"xmr:{x[2]}"], "German, Monero"),
        ("it", f"Indirizzo Solana: {so[3]}", None, [f"sol:{so[3]}"], "Italian, Solana"),
        ("nl", f"Betaal met Litecoin: {L[2]}", None, [f"ltc:{L[2]}"], "Dutch, Litecoin M-address"),
        ("tr", f"USDT TRC20 cüzdan adresim: {r[6]}", None, [f"trx:{r[6]}"], "Turkish"),
        ("ar", f"المحفظة (USDT TRC20): {r[7]}", None, [f"trx:{r[7]}"], "Arabic"),
        ("fa", f"آدرس کیف پول تتر (ترون): {r[8]}", None, [f"trx:{r[8]}"], "Persian"),
        ("he", f"ארנק ביטקוין: {b[4]}", None, [f"btc:{b[4]}"], "Hebrew"),
        (
            "zh",
            f"USDT-TRC20收款地址：{r[9]}，转账后请截图。",
            None,
            [f"trx:{r[9]}"],
            "Chinese, full-width comma right after",
        ),
        ("zh", f"比特币地址：{w[7]}", None, [f"btc:{w[7]}"], "Chinese"),
        ("ja", f"ビットコインでのお支払い：{w[8]}", None, [f"btc:{w[8]}"], "Japanese"),
        ("ko", f"이더리움 주소: {e[6]}", None, [E(6)], "Korean"),
        ("th", f"กระเป๋า USDT (TRC20): {r[10]}", None, [f"trx:{r[10]}"], "Thai"),
        ("vi", f"Ví USDT TRC20: {r[11]} — chuyển xong gửi bill", None, [f"trx:{r[11]}"], "Vietnamese"),
        ("id", f"Alamat dompet BTC: {b[5]}", None, [f"btc:{b[5]}"], "Indonesian"),
        ("tl", f"BTC wallet ko: {w[9]}", None, [f"btc:{w[9]}"], "Tagalog"),
        ("hi", f"भुगतान BTC में: {w[10]}", None, [f"btc:{w[10]}"], "Hindi"),
        ("el", f"Διεύθυνση ETH: {e[7]}", None, [E(7)], "Greek"),
        ("sw", f"Lipa kwa Bitcoin: {w[11]}", None, [f"btc:{w[11]}"], "Swahili"),
        ("cs", f"Platba v BTC: {b[6]}", None, [f"btc:{b[6]}"], "Czech"),
        ("hu", f"ETH tárca: {e[8]}", None, [E(8)], "Hungarian"),
        ("sv", f"Swisha inte – betala med ETH: {e[9]}", None, [E(9)], "Swedish"),
        (
            "en",
            f"BTC: {b[7]}\nETH: {e[10]}\nUSDT-TRC20: {r[12]}\nXMR: {x[3]}",
            None,
            [f"btc:{b[7]}", E(10), f"trx:{r[12]}", f"xmr:{x[3]}"],
            "four chains, one per line",
        ),
        (
            "en",
            f"Checkout: https://example.com/pay?wallet={e[11]}&amount=0.05",
            None,
            [E(11)],
            "address in a URL query",
        ),
        ("en", f"Taproot: {t[1]}", None, [f"btc:{t[1]}"], "taproot (bech32m)"),
        ("en", f"send to my wallet ({r[13]}).", None, [f"trx:{r[13]}"], "in parentheses, then full stop"),
        (
            "en",
            f"[donate](https://www.blockchain.com/explorer/addresses/btc/{b[8]})",
            None,
            [f"btc:{b[8]}"],
            "markdown link to an explorer",
        ),
        ("en", f"DOGE: {d[1]} 🐕", None, [f"doge:{d[1]}"], "Dogecoin"),
        ("en", f"much wow, tip me in dogecoin {d[2]}", None, [f"doge:{d[2]}"], "Dogecoin in chat"),
        ("en", f"ETH: mira.eth or {e[12]}", None, [E(12)], "ENS name beside the address"),
        ("en", f"SOL address for tips: {so[4]}. Not ETH!", None, [f"sol:{so[4]}"], "Solana, full stop after"),
        ("es", f"LTC: {L[4]}", None, [f"ltc:{L[4]}"], "Litecoin bech32"),
        (
            "en",
            f"Accepting USDT on Ethereum (ERC20) or Tron (TRC20):\nERC20 {e[13]}\nTRC20 {r[1]}",
            None,
            [E(13), f"trx:{r[1]}"],
            "two networks for USDT",
        ),
        ("en", f"[QR] bitcoin:{w[12]}", None, [f"btc:{w[12]}"], "bitcoin: scheme without parameters"),
        (
            "en",
            f"Shipped with DHL 1234567890, pay the balance to {b[9]}",
            None,
            [f"btc:{b[9]}"],
            "beside a tracking number",
        ),
        ("ar", f"بيتكوين: {w[13]} فقط", None, [f"btc:{w[13]}"], "Arabic, RTL around the address"),
        (
            "en",
            f"Taproot wallet for the deposit: {t[2]}, P2WPKH backup: {w[14]}",
            None,
            [f"btc:{t[2]}", f"btc:{w[14]}"],
            "two BTC addresses",
        ),
        (
            "en",
            f"Old wallet {b[10]} is closed, use {b[11]} from now on",
            None,
            [f"btc:{b[10]}", f"btc:{b[11]}"],
            "two base58 BTC addresses in one sentence",
        ),
        ("ru", f"BTC (SegWit): {w[15]}, P2SH: {s[2]}", None, [f"btc:{w[15]}", f"btc:{s[2]}"], "two BTC kinds"),
        # negatives
        ("en", f"tx: 0x{hexhash('tx2')} (confirmed, 12 blocks)", None, [], "negative: ETH tx hash"),
        ("en", f"BTC: {break_b58(p2pkh('broken1'))}", None, [], "negative: base58 checksum broken"),
        ("en", f"BTC: {break_bech32(p2wpkh('broken2'))}", None, [], "negative: bech32 checksum broken"),
        ("en", f"ETH: {break_eip55(eth('broken3'))}", None, [], "negative: mixed case with a broken EIP-55 checksum"),
        (
            "en",
            "Order ID 7f3c9a2b1e4d5f60, IBAN GB29 NWBK 6016 1331 9268 19, ISBN 978-0-306-40615-7",
            None,
            [],
            "negative: order id, IBAN, ISBN",
        ),
        ("en", "Send 0.05 BTC to the address I will DM you", None, [], "negative: no address"),
        ("en", f"fixed in commit {hexhash('git', 40)}", None, [], "negative: git hash"),
        ("zh", f"交易哈希：{hexhash('tx3')}", None, [], "negative: tx hash without 0x"),
        ("en", "mira.eth / ENS name only", None, [], "negative: ENS name"),
        ("en", f"USDT TRC20: {break_b58(trx('broken4'))}", None, [], "negative: TRON checksum broken"),
        ("en", f"pics on IPFS: {ipfs_cid('b8-cid')}", None, [], "negative: IPFS CID v0"),
        ("ru", "Номер заказа: 1A2B3C4D5E6F7G8H9J, трек RA123456789CN", None, [], "negative: order and tracking"),
    ]


AGE = [
    (
        "en",
        "Hi, I'm Jade, 23, new to Chicago. Sweet, discreet, no rush. Rates $200/hr.",
        None,
        ["23"],
        "age after name in a multi-sentence ad, beside a price",
    ),
    ("en", "just turned 21 🎂 celebrate with me", None, ["21"], "just turned"),
    (
        "en",
        "Profile — Name: Ruby | Age: 24 | Height: 5'5\" | Weight: 120 lbs | Bust: 34C",
        None,
        ["24"],
        "profile line beside height/weight/bust",
    ),
    ("en", "Two friends, 22 and 25, available together or separately", None, ["22", "25"], "two ages"),
    ("en", "celebrated my 20th birthday yesterday 🥳 treat me", None, ["20"], "ordinal birthday yesterday"),
    ("en", "petite 19 y.o. blonde, available 24/7", None, ["19"], "y.o. beside 24/7"),
    ("en", "Lexi, 26 • Vegas • 📍Strip", None, ["26"], "name, age, city footer"),
    ("en", "age 27, 5ft 6, size 8", None, ["27"], "beside height and dress size"),
    ("es", "Hola amor, tengo 22 años, colombiana, recién llegada.", None, ["22"], "tengo N años"),
    ("es", "Edad: 24 | Medidas: 90-60-90 | Estatura: 1,65", None, ["24"], "beside measurements"),
    ("es", "cumplí 20 la semana pasada 🎉", None, ["20"], "cumplí (turned) last week"),
    ("fr", "Je m'appelle Chloé, j'ai 23 ans, étudiante.", None, ["23"], "j'ai N ans"),
    ("fr", "Âge : 25 ans — taille 1m68 — 55 kg", None, ["25"], "beside height and weight"),
    ("pt", "Oi, sou a Bia, tenho 21 anos, morena, 1,60m", None, ["21"], "tenho N anos"),
    ("pt", "fiz 19 anos mês passado", None, ["19"], "fiz N anos (turned) last month"),
    ("ro", "Sunt Andreea, am 24 de ani, din București.", None, ["24"], "am N de ani"),
    ("ru", "Мне 22 года, рост 170, вес 55.", None, ["22"], "мне N года beside height/weight"),
    ("ru", "Возраст: 26 лет", None, ["26"], "возраст"),
    ("uk", "Мені 23 роки, працюю адміністратором", None, ["23"], "Ukrainian роки"),
    ("pl", "Mam 20 lat, jestem studentką.", None, ["20"], "Polish lat"),
    ("de", "Hallo, ich bin Lena, 22 Jahre jung, aus Hamburg.", None, ["22"], "Jahre jung"),
    ("de", "Alter: 28, Größe 172 cm, KF 36", None, ["28"], "beside height and dress size"),
    ("it", "Ciao sono Giulia, ho 24 anni, italiana vera.", None, ["24"], "ho N anni"),
    ("nl", "Ik ben Sanne, 21 jaar, uit Amsterdam.", None, ["21"], "N jaar"),
    ("tr", "Merhaba, ben Elif, 25 yaşındayım.", None, ["25"], "Turkish yaşındayım"),
    ("ar", "أنا نور، عمري 23 سنة، من المغرب", None, ["23"], "Arabic عمري"),
    ("ar", "العمر: ٢٢ عاماً", None, ["22"], "Arabic-Indic digits"),
    ("fa", "سارا هستم، ۲۴ ساله، تهران", None, ["24"], "Persian digits, ساله"),
    ("he", "אני בת 22 מתל אביב", None, ["22"], "Hebrew בת"),
    ("zh", "本人22岁，身高165，体重48公斤", None, ["22"], "岁 beside height and weight"),
    ("zh", "今年刚满20岁", None, ["20"], "just turned 20 this year"),
    ("ja", "ゆきです、21歳の大学生です。", None, ["21"], "歳"),
    ("ja", "年齢：二十三歳", None, ["23"], "kanji numerals"),
    ("ko", "저는 민지, 24살이에요.", None, ["24"], "살"),
    ("ko", "나이: 만 22세", None, ["22"], "international age 만 N세"),
    ("th", "น้องมาย อายุ 21 ปี สูง 160", None, ["21"], "Thai อายุ beside height"),
    ("vi", "Em tên Thủy, năm nay 22 tuổi, quê Hà Nội.", None, ["22"], "tuổi"),
    ("id", "Aku Putri, umur 23 tahun, asli Jakarta.", None, ["23"], "umur N tahun"),
    ("tl", "Ako si Jessa, 20 taong gulang, taga-Cebu.", None, ["20"], "taong gulang"),
    ("hi", "मेरा नाम प्रिया है, मेरी उम्र 24 साल है।", None, ["24"], "Hindi उम्र"),
    ("el", "Είμαι η Ελένη, 25 χρονών, από την Αθήνα.", None, ["25"], "Greek χρονών"),
    ("sw", "Mimi ni Amina, nina miaka 22.", None, ["22"], "Swahili miaka"),
    ("cs", "Je mi 21 let, jsem z Prahy.", None, ["21"], "Czech let"),
    ("hu", "Réka vagyok, 23 éves, budapesti.", None, ["23"], "Hungarian éves"),
    ("sv", "Jag heter Ella, 24 år, från Stockholm.", None, ["24"], "Swedish år"),
    (
        "en",
        "Sisters duo! Mia is 21 and Lily is 23. We love to travel. Incall only, $300 for both.",
        None,
        ["21", "23"],
        "two ages across a multi-sentence ad",
    ),
    ("en", "21yo college girl, 5'4, 110lbs, available 10am-10pm", None, ["21"], "yo glued"),
    ("en", "Age — twenty-two. Location — Vegas.", None, ["22"], "number word"),
    ("es", "Tengo veintitrés años y soy nueva aquí", None, ["23"], "Spanish number word"),
    ("fr", "j'ai vingt-quatre ans, douce et souriante", None, ["24"], "French number word"),
    ("pt", "tenho vinte e um anos", None, ["21"], "Portuguese compound number word"),
    ("ru", "мне двадцать пять, люблю путешествовать", None, ["25"], "Russian number words"),
    ("en", "I'm 19 (ID verified), no clients under 25 please", None, ["19"], "age beside a client-age limit"),
    ("de", "Neu in der Stadt: Mia (21) und Lara (24)", None, ["21", "24"], "Name (N) list"),
    (
        "en",
        "Job requirement: women aged 18–25. I am 20 and interested.",
        None,
        ["20"],
        "age beside a requirement range",
    ),
    ("ro", "Ioana, 22 ani, 1.68, 55 kg", None, ["22"], "N ani beside height and weight"),
    ("tl", "Edad: 21 | Taas: 5'2", None, ["21"], "Tagalog edad"),
    ("it", "Età: 27 anni — 1,70 m — 55 kg", None, ["27"], "Italian età"),
    ("vi", "Tuổi: 20 | Cao: 1m58 | Nặng: 45kg", None, ["20"], "Vietnamese profile line"),
    (
        "en",
        "Hey guys, Ashley here. 22, fun and bubbly, just moved from Texas. Text me for rates; "
        "available evenings and weekends.",
        None,
        ["22"],
        "age as a sentence fragment",
    ),
    # negatives
    ("en", "Available 24/7, 30 min $150, 60 min $250", None, [], "negative: 24/7, durations, prices"),
    ("en", "5'6\", 125 lbs, 34-26-36, shoe size 8", None, [], "negative: body measurements"),
    ("en", "Room 21, 3rd floor, ask reception after 19:00", None, [], "negative: room number, time"),
    ("en", "Strictly 18+ clients. No under-age, no law enforcement.", None, [], "negative: 18+ notice"),
    ("es", "Horario de 10 a 22 h, tarifa 150 €, habitación 23", None, [], "negative: hours, price, room"),
    ("fr", "Disponible du 12 au 24 novembre, 2 heures minimum", None, [], "negative: dates, duration"),
    ("ru", "Рост 168 см, размер 42, цена 5000", None, [], "negative: height, size, price"),
    ("zh", "营业时间 10:00-22:00，房间号 2203，价格 ¥600", None, [], "negative: hours, room, price"),
    ("de", "Seit 2019 in Berlin, 3 Jahre Erfahrung", None, [], "negative: year, years of experience"),
    ("ja", "料金 60分 20,000円、90分 28,000円", None, [], "negative: durations and prices"),
    ("en", "Order #24 shipped on 11/29, 2 items, 19.99 each", None, [], "negative: order, date, price"),
]


# --------------------------------------------------------------------------------------------------
# Checks: every expected value is in its canonical form and fictional; wallets verify.

_HANDLE = re.compile(
    r"^(telegram|instagram|snapchat|kik|onlyfans|tiktok|facebook|wechat|line|skype|signal|discord|unknown):"
    r"[a-z0-9._-]+$"
)
_PAYMENT = re.compile(r"^(cashapp:\$[a-z0-9]+|(venmo|paypal|revolut):[a-z0-9._-]+)$")
_EMAIL = re.compile(r"^[a-z0-9._+-]+@([a-z0-9-]+\.)*example\.(com|org|net)$")
_FICTIONAL_PHONE = re.compile(r"^(\+1\d{3}55501\d\d|\+442079460\d{3}|\+441614960\d{3}|\+3319900\d{4}|\+614915701\d\d)$")


def _xmr_ok(addr: str) -> bool:
    if len(addr) != 95:
        return False
    data = b""
    for i in range(0, 88, 11):
        n = 0
        for c in addr[i : i + 11]:
            n = n * 58 + _XMR_ALPHABET.index(c)
        data += n.to_bytes(8, "big")
    n = 0
    for c in addr[88:]:
        n = n * 58 + _XMR_ALPHABET.index(c)
    data += n.to_bytes(5, "big")
    return data[0] == 18 and _keccak(data[:-4])[:4] == data[-4:]


def _bech32m_ok(hrp: str, addr: str) -> bool:
    data = [bech32.CHARSET.index(c) for c in addr[len(hrp) + 1 :]]
    return bech32.bech32_polymod(bech32.bech32_hrp_expand(hrp) + data) == 0x2BC830A3 and data[0] == 1


def _b58_version(addr: str) -> int | None:
    try:
        raw = base58.b58decode_check(addr)
    except ValueError:
        return None
    return raw[0] if len(raw) == 21 else None


def crypto_ok(value: str) -> bool:
    chain, _, addr = value.partition(":")
    if chain == "btc":
        if addr.startswith("bc1p"):
            return _bech32m_ok("bc", addr)
        if addr.startswith("bc1"):
            return bech32.decode("bc", addr) != (None, None)
        return _b58_version(addr) in (0x00, 0x05)
    if chain == "ltc":
        if addr.startswith("ltc1"):
            return bech32.decode("ltc", addr) != (None, None)
        return _b58_version(addr) in (0x30, 0x32)
    if chain == "eth":
        return re.fullmatch(r"0x[0-9a-f]{40}", addr) is not None
    if chain == "trx":
        return _b58_version(addr) == 0x41
    if chain == "doge":
        return _b58_version(addr) == 0x1E
    if chain == "xmr":
        return _xmr_ok(addr)
    if chain == "sol":
        return len(base58.b58decode(addr)) == 32
    return False


def check(kind: str, text: str, value: str) -> None:
    import phonenumbers

    if kind == "phone":
        assert _FICTIONAL_PHONE.match(value), value
        assert phonenumbers.is_valid_number(phonenumbers.parse(value)), value
    elif kind == "email":
        assert _EMAIL.match(value), value
    elif kind == "handle":
        assert _HANDLE.match(value), value
    elif kind == "payment":
        assert _PAYMENT.match(value), value
    elif kind == "crypto":
        assert crypto_ok(value), value
        assert value.partition(":")[2].lower() in text.lower(), value
    elif kind == "age":
        assert value.isdigit() and 16 <= int(value) <= 60, value
    if kind in ("handle", "payment"):
        assert value.partition(":")[2].lstrip("$") in text.lower(), (kind, value, text)


def main() -> None:
    types = {
        "phone": PHONE,
        "email": EMAIL,
        "handle": HANDLE,
        "payment": PAYMENT,
        "crypto": crypto_records(),
        "age": AGE,
    }
    for kind, rows in types.items():
        lines = []
        for n, (lang, text, country, expected, note) in enumerate(rows, 1):
            for value in expected:
                check(kind, text, value)
            assert len(set(expected)) == len(expected), (kind, n)
            record: dict[str, object] = {"id": f"b8-{kind}-{n:03d}", "batch": BATCH, "text": text}
            if country:
                record["country"] = country
            record["expected"] = expected
            record["note"] = f"{lang}: {note}"
            lines.append(json.dumps(record, ensure_ascii=False))
        negatives = sum(1 for row in rows if not row[3])
        assert 0.12 <= negatives / len(rows) <= 0.2, (kind, negatives, len(rows))
        (OUT / f"{kind}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{kind}: {len(rows)} records, {negatives} negatives")


if __name__ == "__main__":
    main()
