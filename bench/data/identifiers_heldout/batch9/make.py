"""Generate batch 9 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch9/<type>.jsonl).

    python bench/data/identifiers_heldout/batch9/make.py

Why a ninth batch: batch 8 has been scored and studied, so it no longer measures text nobody tuned
for.  Batch 9 was written blind by another author who read only issue 3, the obfuscation table in
the research notes (indicators.md section 5), the data contract in PRODUCT.md, the scorer, the first
lines of batch 7's files (for the record format) and the docstrings of batches 6, 7 and 8 (to choose
*other* cases).  No extractor code, generated docs, tests or earlier held-out records were read.

Half typographic disguise (other than batches 6/7), half everyday realism (other than batch 8):
- phones: digits of further scripts (Adlam, N'Ko, Balinese, Javanese, Sundanese, Sinhala Lith,
  Tai Tham, Myanmar Shan, Lepcha, Limbu, Cham, Meetei Mayek, Osmanya, New Tai Lue, Saurashtra,
  Kayah Li, Vai, Chakma), segmented digits (U+1FBF0..), digits with combining enclosing circle /
  square / keycap (no VS16), combining overline / tilde, separators ~ | * ^ … 〜 ‧ ∙ ⋅ ⸱ = _,
  letters O/l and Cyrillic З in place of digits, number words in Hungarian, Czech, Finnish, Swedish,
  Danish, Malay, Serbian, Catalan, Nepali, Japanese readings mixed with digits; realism in vCards,
  HTML snippets, markdown tables, chat logs with timestamps, OCR-like text, forwarded SMS, CSV rows.
- e-mail: "@" words welsh "malwen", armenian "շնիկ", kazakh "айқұлақ", esperanto "ĉe", turkish
  "et işareti", spanish/portuguese "arroba"; "dot" words punto/ponto/nokta/pont/punkt/нүкте/կետ/
  نقطة; «at», 【at】, 〔at〕, ⟨at⟩; double-struck, fraktur and script letters, squared letters;
  realism in vCards, HTML mailto-less anchors, markdown, "reply to" lines, forms.
- handles: platform after the handle in many languages, double-struck / fraktur usernames, bracketed
  platform emoji, handles in bios, link-in-bio lists, chat logs, vCards (X-SOCIALPROFILE).
- payment: cashtags with currency words in many languages, venmo/paypal/revolut in bios and tables,
  double-struck and fraktur tags, "tip jar" footers.
- crypto: BTC (P2PKH, P2SH, P2WPKH), ETH (EIP-55 and lower case), TRON, LTC, DOGE, SOL derived from
  fixed seeds in this file and checked; wallets in HTML/markdown/JSON, in tables, with labels in many
  languages; negatives with mutated checksums, tx hashes, IBANs, UUIDs.
- age: ages in profile tables, vCard-like fields, chat, Unicode-digit ages (further scripts),
  segmented digits, "age ~ 22", number words in further languages.
Negatives (``"expected": []``, about 15 % per type) carry look-alikes.

All values are fictional: NA 555-0100..0199, AU 0491 570 1xx, UK Ofcom drama landlines (020 7946 0xxx,
0161 496 0xxx), the French ARCEP fiction range 01 99 00 xx xx; example.com/.org/.net; made-up handles;
wallets from sha256 of seed strings.  Every record has "batch": 9.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import base58
import bech32
import phonenumbers
from Crypto.Hash import RIPEMD160, keccak
from Crypto.PublicKey import ECC

OUT = Path(__file__).resolve().parent
BATCH = 9

# ---------------------------------------------------------------- helpers


def script(s: str, zero: int) -> str:
    """ASCII digits of `s` written in the decimal digits of the script whose zero is `zero`."""
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in s)


def comb(s: str, mark: str) -> str:
    """Every digit followed by a combining mark."""
    return "".join(c + mark if c.isdigit() else c for c in s)


def sep(s: str, ch: str) -> str:
    """Digits joined by a separator."""
    return ch.join(c for c in s if c.isdigit())


def alpha(s: str, upper: int, lower: int) -> str:
    """Latin letters of `s` in a mathematical alphabet (upper A and lower a code points)."""
    exceptions = {
        (0x1D538, "C"): "\u2102",
        (0x1D538, "H"): "\u210d",
        (0x1D538, "N"): "\u2115",
        (0x1D538, "P"): "\u2119",
        (0x1D538, "Q"): "\u211a",
        (0x1D538, "R"): "\u211d",
        (0x1D538, "Z"): "\u2124",
        (0x1D504, "C"): "\u212d",
        (0x1D504, "H"): "\u210c",
        (0x1D504, "I"): "\u2111",
        (0x1D504, "R"): "\u211c",
        (0x1D504, "Z"): "\u2128",
    }
    out = []
    for c in s:
        if "a" <= c <= "z":
            out.append(chr(lower + ord(c) - 97))
        elif "A" <= c <= "Z":
            out.append(exceptions.get((upper, c), chr(upper + ord(c) - 65)))
        elif c.isdigit() and upper == 0x1D538:
            out.append(chr(0x1D7D8 + int(c)))
        else:
            out.append(c)
    return "".join(out)


def dstruck(s: str) -> str:
    return alpha(s, 0x1D538, 0x1D552)


def fraktur(s: str) -> str:
    return alpha(s, 0x1D504, 0x1D51E)


def bold_script(s: str) -> str:
    return alpha(s, 0x1D4D0, 0x1D4EA)


def squared(s: str) -> str:
    return "".join(chr(0x1F130 + ord(c.upper()) - 65) if c.isalpha() and c.isascii() else c for c in s)


Z = {
    "adlam": 0x1E950,
    "nko": 0x07C0,
    "bali": 0x1B50,
    "java": 0xA9D0,
    "sund": 0x1BB0,
    "sinh": 0x0DE6,
    "taitham": 0x1A90,
    "shan": 0x1090,
    "lepcha": 0x1C40,
    "limbu": 0x1946,
    "cham": 0xAA50,
    "meetei": 0xABF0,
    "seg": 0x1FBF0,
    "osmanya": 0x104A0,
    "talu": 0x19D0,
    "saur": 0xA8D0,
    "kayah": 0xA900,
    "vai": 0xA620,
    "chakma": 0x11136,
}


def na(area: int, xx: int) -> str:
    return f"+1{area}55501{xx:02d}"


def lon(x: int) -> str:
    return f"+442079460{x:03d}"


def man(x: int) -> str:
    return f"+441614960{x:03d}"


def fr(x: int) -> str:
    return f"+3319900{x:04d}"


def au(x: int) -> str:
    return f"+614915701{x:02d}"


# ---------------------------------------------------------------- wallets

P = 2**256 - 2**32 - 977
N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
G = (
    0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
    0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8,
)


def _add(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None:
        return b
    if b is None:
        return a
    if a[0] == b[0] and (a[1] + b[1]) % P == 0:
        return None
    lam = 3 * a[0] * a[0] * pow(2 * a[1], -1, P) % P if a == b else (b[1] - a[1]) * pow(b[0] - a[0], -1, P) % P
    x = (lam * lam - a[0] - b[0]) % P
    return x, (lam * (a[0] - x) - a[1]) % P


def pub(seed: str) -> tuple[int, int]:
    k = int.from_bytes(hashlib.sha256(seed.encode()).digest(), "big") % N
    r, q = None, G
    while k:
        if k & 1:
            r = _add(r, q)
        q = _add(q, q)
        k >>= 1
    assert r is not None
    return r


def h160(b: bytes) -> bytes:
    return RIPEMD160.new(hashlib.sha256(b).digest()).digest()


def compressed(seed: str) -> bytes:
    x, y = pub(seed)
    return bytes([2 + (y & 1)]) + x.to_bytes(32, "big")


def b58(version: int, payload: bytes) -> str:
    return base58.b58encode_check(bytes([version]) + payload).decode()


def btc_p2pkh(seed: str) -> str:
    return b58(0x00, h160(compressed(seed)))


def btc_p2sh(seed: str) -> str:
    # P2SH-P2WPKH redeem script
    return b58(0x05, h160(b"\x00\x14" + h160(compressed(seed))))


def btc_bech32(seed: str, hrp: str = "bc") -> str:
    return bech32.encode(hrp, 0, h160(compressed(seed)))


def ltc_p2pkh(seed: str) -> str:
    return b58(0x30, h160(compressed(seed)))


def doge(seed: str) -> str:
    return b58(0x1E, h160(compressed(seed)))


def eth_raw(seed: str) -> bytes:
    x, y = pub(seed)
    return keccak.new(digest_bits=256, data=x.to_bytes(32, "big") + y.to_bytes(32, "big")).digest()[-20:]


def eth(seed: str) -> str:
    """EIP-55 mixed-case address."""
    hexa = eth_raw(seed).hex()
    hh = keccak.new(digest_bits=256, data=hexa.encode()).hexdigest()
    return "0x" + "".join(c.upper() if c.isalpha() and int(hh[i], 16) >= 8 else c for i, c in enumerate(hexa))


def trx(seed: str) -> str:
    return b58(0x41, eth_raw(seed))


def sol(seed: str) -> str:
    key = ECC.construct(curve="Ed25519", seed=hashlib.sha256(seed.encode()).digest())
    return base58.b58encode(key.public_key().export_key(format="raw")).decode()


def broken(addr: str) -> str:
    """The address with one character changed (checksum no longer valid)."""
    i = len(addr) // 2
    c = addr[i]
    alt = "2" if c != "2" else "3"
    return addr[:i] + alt + addr[i + 1 :]


# ---------------------------------------------------------------- records

R: dict[str, list[tuple[str, str | None, list[str], str]]] = {
    k: [] for k in ("phone", "email", "handle", "payment", "crypto", "age")
}


def add(kind: str, text: str, expected: list[str], note: str, country: str | None = None) -> None:
    R[kind].append((text, country, expected, note))


def phones() -> None:
    p = "phone"
    # --- typographic: digits of further scripts
    add(
        p,
        f"Bella 💋 Houston. Text {script('713 555 0121', Z['adlam'])} anytime",
        [na(713, 21)],
        "en: Adlam digits",
        "US",
    )
    add(p, f"Appelle-moi : {script('01 99 00 12 34', Z['nko'])}", [fr(1234)], "fr: N'Ko digits", "FR")
    add(p, f"Pijat Bali hubungi {script('+61 491 570 155', Z['bali'])} ya kak", [au(55)], "id: Balinese digits", "AU")
    add(p, f"WA: {script('+1 416 555 0132', Z['java'])} (Toronto)", [na(416, 32)], "jv: Javanese digits", "CA")
    add(p, f"Telepon {script('0491 570 156', Z['sund'])} wungkul", [au(56)], "su: Sundanese digits", "AU")
    add(p, f"අමතන්න {script('020 7946 0018', Z['sinh'])} London", [lon(18)], "si: Sinhala Lith digits", "GB")
    add(p, f"โทร {script('212-555-0177', Z['taitham'])} NYC", [na(212, 77)], "nod: Tai Tham Tham digits", "US")
    add(p, f"ဖုန်း {script('+44 161 496 0042', Z['shan'])}", [man(42)], "shn: Myanmar Shan digits", "GB")
    add(p, f"call {script('604 555 0150', Z['lepcha'])} Vancouver", [na(604, 50)], "lep: Lepcha digits", "CA")
    add(p, f"फोन {script('+1 646 555 0108', Z['limbu'])}", [na(646, 8)], "lif: Limbu digits", "US")
    add(p, f"Hotline {script('0491 570 199', Z['cham'])}", [au(99)], "cjm: Cham digits", "AU")
    add(p, f"ꯐꯣꯟ {script('+33 1 99 00 45 67', Z['meetei'])}", [fr(4567)], "mni: Meetei Mayek digits", "FR")
    add(p, f"Wac {script('305 555 0163', Z['osmanya'])} Miami", [na(305, 63)], "so: Osmanya digits", "US")
    add(p, f"ໂທ {script('0161 496 0077', Z['talu'])} Manchester", [man(77)], "khb: New Tai Lue digits", "GB")
    add(p, f"📱 {script('(415) 555-0119', Z['seg'])} SF only", [na(415, 19)], "en: segmented digits", "US")
    add(p, f"ꢧꢺꢥ {script('+1 702 555 0140', Z['saur'])}", [na(702, 40)], "saz: Saurashtra digits", "US")
    add(p, f"call me {script('0491 570 123', Z['kayah'])} Perth", [au(23)], "kyu: Kayah Li digits", "AU")
    add(
        p,
        f"Seattle babe {script('206', Z['vai'])}-{script('555', Z['seg'])}-{script('0184', Z['chakma'])}",
        [na(206, 84)],
        "en: three scripts, one per group",
        "US",
    )
    # --- typographic: combining marks and separators
    add(p, f"New in Dallas! {comb('214 555 0111', chr(0x20DD))}", [na(214, 11)], "en: combining enclosing circle", "US")
    add(p, f"Llama {comb('305-555-0145', chr(0x20DE))}", [na(305, 45)], "es: combining enclosing square", "US")
    add(p, f"Text {comb('312 555 0170', chr(0x20E3))} 🔥", [na(312, 70)], "en: keycap without VS16", "US")
    add(p, f"ring {comb('020 7946 0091', chr(0x0305))}", [lon(91)], "en-GB: combining overline", "GB")
    add(p, f"llámame {comb('702 555 0127', chr(0x0303))}", [na(702, 27)], "es: combining tilde on each digit", "US")
    add(p, "*7*1*8*~5*5*5~0*1*9*0*", [na(718, 90)], "en: asterisks and tildes, NYC area code", "US")
    add(p, f"Phoenix girls {sep('602 555 0133', '|')}", [na(602, 33)], "en: pipe between digits", "US")
    add(p, "tel^4^0^4^5^5^5^0^1^6^1 Atlanta", [na(404, 61)], "en: carets between digits", "US")
    add(p, f"電話 {sep('0491570112', '〜')}", [au(12)], "ja: wave dash between digits", "AU")
    add(p, f"Numer: {sep('+33199007788', '‧')} Paris", [fr(7788)], "pl: hyphenation point", "FR")
    add(p, f"Tel. {sep('2079460055', '∙')} (London)", [lon(55)], "de: bullet operator", "GB")
    add(p, f"{sep('6175550102', '⋅')} Boston", [na(617, 2)], "en: dot operator", "US")
    add(p, "Cal 416⸱555⸱0187", [na(416, 87)], "en: word-separator middle dot between groups", "CA")
    add(p, "hmu 3=1=2=5=5=5=0=1=5=8", [na(312, 58)], "en: equals signs", "US")
    add(p, "num 7_0_2__5_5_5__0_1_3_4", [na(702, 34)], "en: underscores", "US")
    add(p, "ph. 212…555…0116", [na(212, 16)], "en: ellipsis character as separator", "US")
    add(p, "Txt 3l2-555-Ol47 ask for Jade", [na(312, 47)], "en: l for 1, O for 0", "US")
    add(p, "Звони +1 (З05) 555-01З9 Майами", [na(305, 39)], "ru: Cyrillic З for 3", "US")
    add(p, "call seven 1 eight, 555, o1 two 2", [na(718, 22)], "en: words, digits and letter o", "US")
    # --- typographic: number words in further languages mixed with digits
    add(
        p,
        "Hívj: hét egy három 555 nulla egy négy egy, Houstonban vagyok",
        [na(713, 41)],
        "hu: Hungarian number words",
        "US",
    )
    add(p, "Zavolej: čtyři jedna šest 555 nula jedna pět dva (Toronto)", [na(416, 52)], "cs: Czech number words", "CA")
    add(p, "Soita: kaksi yksi kaksi - 555 - nolla yksi kuusi kuusi", [na(212, 66)], "fi: Finnish number words", "US")
    add(p, "Ring mig: tre noll fem 555 noll ett åtta nio, Miami", [na(305, 89)], "sv: Swedish number words", "US")
    add(p, "Ring: seks nul fire 555 nul en tre syv Vancouver", [na(604, 37)], "da: Danish number words", "CA")
    add(p, "Hubungi: kosong empat sembilan satu 570 satu dua lapan", [au(28)], "ms: Malay number words", "AU")
    add(
        p,
        "Позови: шест један седам 555 нула један девет шест",
        [na(617, 96)],
        "sr: Serbian Cyrillic number words",
        "US",
    )
    add(
        p,
        "Truca'm: tres u dos, cinc cinc cinc, zero u set tres (Chicago)",
        [na(312, 73)],
        "ca: Catalan number words",
        "US",
    )
    add(p, "फोन: सात शून्य दुई 555 शून्य एक चार चार (Las Vegas)", [na(702, 44)], "ne: Nepali number words", "US")
    add(p, "電話は 〇四九一 570 いちにーろく です(シドニー)", [au(26)], "ja: kanji and kana readings with digits", "AU")
    # --- realism: vCards, HTML, markdown tables, chat logs, OCR, SMS, CSV
    add(
        p,
        "BEGIN:VCARD\nVERSION:3.0\nFN:Lina\nTEL;TYPE=cell:+1-312-555-0181\nEND:VCARD",
        [na(312, 81)],
        "en: vCard TEL line",
        "US",
    )
    add(
        p,
        "BEGIN:VCARD\nFN:Chloé\nTEL;TYPE=work:01 99 00 23 45\nTEL;TYPE=cell:01 99 00 98 76\nEND:VCARD",
        [fr(2345), fr(9876)],
        "fr: vCard with two numbers",
        "FR",
    )
    add(
        p,
        '<div class="contact"><span>Book now:</span> <b>(646)</b> 555-0129</div>',
        [na(646, 29)],
        "en: HTML snippet, groups in separate tags",
        "US",
    )
    add(
        p,
        "| Ciudad | Teléfono | Precio |\n|---|---|---|\n"
        "| Miami | 305.555.0114 | $200 |\n| Orlando | 407.555.0191 | $180 |",
        [na(305, 14), na(407, 91)],
        "es: markdown table with prices",
        "US",
    )
    add(
        p,
        "[22:41] Mika: text me\n[22:41] Mika: 702\n[22:42] Mika: 555 0192\n[22:43] Mika: after 11pm",
        [na(702, 92)],
        "en: chat log with timestamps, number split over messages",
        "US",
    )
    add(
        p,
        "Scan of flyer (OCR): CALL NOW 2I2 - 555 - OI5O  open 24/7 Flat 3B",
        [na(212, 50)],
        "en: OCR confusions I/O for 1/0",
        "US",
    )
    add(
        p,
        "Fwd SMS from +1 604 555 0105 (2026-11-28 09:12): 'new girls arrived, room 1204'",
        [na(604, 5)],
        "en: forwarded SMS header with date and room number",
        "CA",
    )
    add(
        p,
        "name,city,phone,price\nAva,Sydney,0491 570 118,350\nMae,Sydney,0491 570 163,300",
        [au(18), au(63)],
        "en: CSV rows with prices",
        "AU",
    )
    add(
        p,
        "Rezervace přes recepci: +44 (0) 20 7946 0123, pokoj č. 405, check-in 14:00, kauce 2000 Kč.",
        [lon(123)],
        "cs: hotel-like message with room, time, deposit",
        "GB",
    )
    add(
        p,
        "Όνομα: Ελένη. Τηλ. 0161 496 0065. Ώρες 10:00-22:00. Τιμή 80€/ώρα.",
        [man(65)],
        "el: Greek ad with hours, price",
        "GB",
    )
    add(
        p,
        "Apartamento en Madrid con estilo. Para reservas en el extranjero escribe al +33 1 99 00 56 12 "
        "o al +33 1 99 00 56 13 (línea 2). Ref. anuncio 8842-1177.",
        [fr(5612), fr(5613)],
        "es: two FR numbers and ad ref",
        "FR",
    )
    add(
        p,
        "Masaj Sydney'de. Aramak için: 0491-570-177 veya WhatsApp 0491-570-178. İlan no 20261129.",
        [au(77), au(78)],
        "tr: two AU numbers and a date-like ad number",
        "AU",
    )
    add(
        p,
        "Приём в Лондоне. Записывайтесь: 020-7946-0047. Оплата на месте, 150 £/час, рейс BA0283 встречаем.",
        [lon(47)],
        "ru: flight number near",
        "GB",
    )
    add(
        p,
        "Mensagem automática: obrigado por ligar para (214) 555-0198. Protocolo 2026-000871.",
        [na(214, 98)],
        "pt: auto-reply with protocol number",
        "US",
    )
    add(
        p,
        "新到！芝加哥 📍 電話/簡訊：312 555 0136，微信同號。價格 300 美金，訂單號 88123456789",
        [na(312, 36)],
        "zh-TW: order number beside phone",
        "US",
    )
    add(
        p,
        "ติดต่อ: +1 (415) 555-0124 หรือ 415.555.0125 (เฉพาะข้อความ) ไซส์ 34-24-36",
        [na(415, 24), na(415, 25)],
        "th: two numbers and measurements",
        "US",
    )
    add(
        p,
        "Sa Toronto na ako. Tawag o text: 416-555-0197, 416-555-0198 o 647-555-0199.",
        [na(416, 97), na(416, 98), na(647, 99)],
        "tl: three numbers in one sentence",
        "CA",
    )
    # --- negatives
    add(
        p,
        "Colis suivi n° 6A12345678901 livré le 29/11/2026 à 14:35, montant 312,55 €",
        [],
        "fr: tracking, date, price",
        "FR",
    )
    add(p, "IBAN GB33 BUKB 2020 1555 5555 55 — payment ref 0142-7788", [], "en: IBAN-like and reference", "GB")
    add(p, "Flight UA 5550 departs 07:15, gate B12, seat 31C; booking code 7H2K9Q", [], "en: flight details", "US")
    add(p, "ISBN 978-3-16-148410-0, 312 pages, printed 2019", [], "en: ISBN and page count", None)
    add(p, "GPS 41.8781, -87.6298 — 555 m from the station, 24/7", [], "en: coordinates and distance", "US")
    add(p, "Medidas 90-60-90, 1,70 m, 55 kg, tarifa 150/200/300", [], "es: measurements and prices", None)
    add(
        p,
        "Order #2125550147 shipped — invoice INV-0491-570-118 — total $3,125.50",
        [],
        "en: order id and invoice",
        "US",
    )
    add(
        p, "Réf. annonce 01 99 00 — mise à jour 2026-11-29 18:00", [], "fr: ad reference too short to be a number", "FR"
    )
    add(p, "Bestellnummer 4161 4960 0777 3321, Lieferung KW 48", [], "de: 16-digit order number", "DE")
    add(p, "Sendungsnummer JJD0004161496007 | Preis 79,99 € | Größe 36", [], "de: DHL-like parcel id", "DE")
    add(p, "🕐 9-5 ⏰ 24/7 💵 100-150-200 📅 12.11.2026", [], "en: hours, prices, date", None)


def emails() -> None:
    e = "email"
    # --- typographic / spelled
    add(e, "E-bost: gwen.jones malwen example dot org", ["gwen.jones@example.org"], "cy: Welsh malwen for @")
    add(e, "Էլ. փոստ՝ ani_88 շնիկ example կետ com", ["ani_88@example.com"], "hy: Armenian շնիկ / կետ")
    add(e, "Пошта: aigerim.k айқұлақ example нүкте net", ["aigerim.k@example.net"], "kk: Kazakh айқұлақ / нүкте")
    add(e, "Retpoŝto: mirela ĉe example punkto org", ["mirela@example.org"], "eo: Esperanto ĉe / punkto")
    add(e, "Mail: derya.s et işareti example nokta com", ["derya.s@example.com"], "tr: et işareti / nokta")
    add(e, "Correo: luna.rosa arroba example punto net", ["luna.rosa@example.net"], "es: arroba / punto")
    add(e, "E-mail: bia_lima arroba example ponto com", ["bia_lima@example.com"], "pt: arroba / ponto")
    add(e, "E-mail: reka kukac example pont org", ["reka@example.org"], "hu: kukac / pont")
    add(e, "بريد: nour.h at example نقطة com", ["nour.h@example.com"], "ar: at / نقطة")
    add(e, "Mejl: elin.s snabel-a example punkt org", ["elin.s@example.org"], "sv: snabel-a / punkt")
    add(e, "contact: sofia.m 【at】 example 【dot】 net", ["sofia.m@example.net"], "zh: lenticular brackets")
    add(e, "メール: yui.t 〔at〕 example 〔dot〕 com", ["yui.t@example.com"], "ja: tortoise-shell brackets")
    add(e, "mail ⟨at⟩ sign: tina.b⟨at⟩example⟨dot⟩org", ["tina.b@example.org"], "en: mathematical angle brackets")
    add(e, "Email: jana.k «at» example «dot» net", ["jana.k@example.net"], "de: guillemets")
    add(
        e,
        f"📧 {dstruck('nadia.rose')}@{dstruck('example')}.{dstruck('com')}",
        ["nadia.rose@example.com"],
        "en: double-struck letters",
    )
    add(
        e,
        f"✉ {fraktur('greta.w')}@{fraktur('example')}.{fraktur('org')}",
        ["greta.w@example.org"],
        "de: fraktur letters",
    )
    add(e, f"mail: {bold_script('amelie')}@example.net", ["amelie@example.net"], "fr: bold script local part")
    add(
        e,
        f"{squared('lola')}@{squared('example')}.{squared('com')}",
        ["lola@example.com"],
        "en: squared letters (NFKC upper-case)",
    )
    add(e, "em\u200bma.\u200bli@\u200bexample.\u200bcom", ["emma.li@example.com"], "en: zero-width spaces inside")
    add(e, "eMail: v\u0456ktoria@example.com", ["viktoria@example.com"], "uk: Ukrainian і inside the local part")
    add(e, "mail → mia(at)example(dot)org ←", ["mia@example.org"], "en: parenthesised at/dot")
    add(e, "e-posta: selin_99 [at] example [nokta] net", ["selin_99@example.net"], "tr: mixed [at] / [nokta]")
    add(e, "이메일: jiwoo.park @ example . com (띄어쓰기 빼고)", ["jiwoo.park@example.com"], "ko: spaces to remove")
    add(e, "Email: maya dot k at example dot org", ["maya.k@example.org"], "en: dot in local part as word")
    add(e, "email: ANNA.P AT EXAMPLE DOT NET", ["anna.p@example.net"], "en: upper-case words")
    add(e, "ईमेल: priya.s at the rate example dot com", ["priya.s@example.com"], "hi: 'at the rate'")
    add(e, "Email: thu.ha a còng example chấm net", ["thu.ha@example.net"], "vi: a còng / chấm")
    add(e, "อีเมล: ploy.k แอท example ดอท org", ["ploy.k@example.org"], "th: แอท / ดอท")
    add(e, "ایمیل: sara.r @ example . com", ["sara.r@example.com"], "fa: spaced with RTL text")
    # --- realism
    add(
        e,
        "BEGIN:VCARD\nFN:Rosa Lind\nEMAIL;TYPE=INTERNET:rosa.lind@example.org\nEND:VCARD",
        ["rosa.lind@example.org"],
        "en: vCard",
    )
    add(
        e,
        '<p>Bookings: <a href="/contact">nina.b@example.com</a> | <a href="/faq">FAQ</a></p>',
        ["nina.b@example.com"],
        "en: address as HTML anchor text",
    )
    add(
        e,
        "| Name | Mail |\n|---|---|\n| Iva | iva.k@example.net |\n| Ema | ema.r@example.net |",
        ["iva.k@example.net", "ema.r@example.net"],
        "hr: markdown table with two addresses",
    )
    add(
        e,
        "[09:14] Lu: mail me\n[09:14] Lu: lu.chen.88@example.com\n[09:15] Lu: not wechat",
        ["lu.chen.88@example.com"],
        "zh: chat log",
    )
    add(
        e,
        'Reply-To: "Bookings" <bookings@mail.example.com>\nSubject: Re: availability 29/11',
        ["bookings@mail.example.com"],
        "en: Reply-To header",
    )
    add(
        e,
        "Modeling agency — send photos to casting@example.org, payroll to pay-roll@example.org. "
        "Flights paid, ticket ref 6X-77812.",
        ["casting@example.org", "pay-roll@example.org"],
        "en: two addresses and ticket ref",
    )
    add(
        e,
        "Trabajo en Dubái, sin experiencia. CV a trabajo.dubai@example.net antes del 12/12. "
        "Pasaporte lo guardamos nosotros.",
        ["trabajo.dubai@example.net"],
        "es: job ad",
    )
    add(
        e,
        "Praca w Holandii! Zgłoszenia: rekrutacja+nl@example.com, tel. w mailu. Zakwaterowanie 80 €/tydz.",
        ["rekrutacja+nl@example.com"],
        "pl: plus-addressing",
    )
    add(
        e,
        "Работа в Сеуле, оплата высокая. Пишите: seoul.job@example.org. Код вакансии 2026-11-SEL.",
        ["seoul.job@example.org"],
        "ru: job ad with code",
    )
    add(
        e,
        "Lavoro estivo. Scrivi a: Estate.Lavoro@Example.COM.",
        ["estate.lavoro@example.com"],
        "it: mixed case, trailing dot",
    )
    add(
        e,
        "Kazi Qatar: tuma barua pepe kwa kazi_qatar@example.net; tiketi tunalipa.",
        ["kazi_qatar@example.net"],
        "sw: semicolon after",
    )
    add(
        e,
        "— \nMarta S.\nEvent hostess · Lisboa\nmarta.s@example.com · booking only",
        ["marta.s@example.com"],
        "pt: signature",
    )
    add(
        e,
        "Formulaire:\nNom: Inès\nCourriel : ines.d@example.fr.example.org\nVille : Lyon",
        ["ines.d@example.fr.example.org"],
        "fr: form with sub-domain",
    )
    add(
        e,
        "求职请发简历至 hr-asia@example.com（周一至周五），面试地点另行通知。",
        ["hr-asia@example.com"],
        "zh: full-width parenthesis right after",
    )
    add(
        e,
        "応募はこちら→ staff_tokyo@example.jp.example.net まで！",
        ["staff_tokyo@example.jp.example.net"],
        "ja: arrow and まで",
    )
    add(
        e,
        "Kirim CV ke: lowongan.jkt@example.com / lowongan.sby@example.com",
        ["lowongan.jkt@example.com", "lowongan.sby@example.com"],
        "id: two addresses with slash",
    )
    add(
        e,
        "On Mon, 28 Nov 2026 at 21:03, Tara <tara.q@example.net> wrote:\n> see you at 9",
        ["tara.q@example.net"],
        "en: quoted reply attribution",
    )
    add(
        e,
        "Cc: ops@example.org, a.b.c@example.org, Dan <dan@example.org>",
        ["ops@example.org", "a.b.c@example.org", "dan@example.org"],
        "en: cc list with three",
    )
    add(
        e,
        "Для связи: marina_k@example.com, запасной — marina.k2@example.com.",
        ["marina_k@example.com", "marina.k2@example.com"],
        "ru: two addresses, trailing dot",
    )
    add(e, "Email: khanh.vy@example.net (trả lời trong 24h)", ["khanh.vy@example.net"], "vi: parenthesis after")
    add(e, "📩 DM or mail 👉 ruby.x@example.com 👈 no calls", ["ruby.x@example.com"], "en: emoji around")
    add(e, "אימייל: noa.l@example.org ‏(רק הודעות)", ["noa.l@example.org"], "he: RTL mark after")
    add(e, "Ηλεκτρονικό ταχυδρομείο: eleni.p@example.com, τηλ. στο μήνυμα.", ["eleni.p@example.com"], "el: Greek")
    add(e, "ইমেইল: rina.das@example.net । শুধু মেসেজ", ["rina.das@example.net"], "bn: danda after")
    add(e, "Barua: amina.w@example.org | Instagram @amina.w", ["amina.w@example.org"], "sw: handle beside")
    add(
        e,
        "E-mail: sandra.b@example.com,sandra.b@example.net",
        ["sandra.b@example.com", "sandra.b@example.net"],
        "sr: two, no space",
    )
    add(e, "mailto-free: contact – events@example.org – 24h", ["events@example.org"], "en: en dashes around")
    add(
        e,
        "Поштa: zhanna.t@example.com — відповідаю ввечері",
        ["zhanna.t@example.com"],
        "uk: Latin a at end of Cyrillic label",
    )
    add(
        e,
        "Email (copy exactly): kiki.moon@example.org\nPhone: in email only",
        ["kiki.moon@example.org"],
        "en: newline after",
    )
    add(
        e,
        f"📨 {dstruck('ella')}.{fraktur('mae')}@example.net",
        ["ella.mae@example.net"],
        "en: two math alphabets in one address",
    )
    add(
        e,
        "E-mail: ⒜⒝⒞ is not it — write abc.hostess@example.com",
        ["abc.hostess@example.com"],
        "en: parenthesised letters as decoy",
    )
    add(e, "ที่อยู่อีเมล: nam.cm@example.org, Line: nam_cm", ["nam.cm@example.org"], "th: Line beside")
    add(e, "Kontakt: ewa.nowak@example.com.", ["ewa.nowak@example.com"], "pl: trailing full stop")
    add(e, "CONTACT — BOOKINGS@EXAMPLE.NET — 24H", ["bookings@example.net"], "en: upper-case address")
    add(e, "Mail: liv_sthlm snabel-a example punkt com", ["liv_sthlm@example.com"], "sv: snabel-a with underscore")
    # --- negatives
    add(e, "Ticket ref AB12@CD34, gate 5, seat 12A", [], "en: at in a ticket reference")
    add(e, "Follow @example_dot_com on insta", [], "en: handle spelling a domain")
    add(e, "Order photo@2x.png and banner@3x.jpg for example.com", [], "en: retina file names")
    add(e, "Price: 2 @ $50 each, example.com/shop", [], "en: at-price")
    add(e, "npm i @scope/pkg@1.2.3", [], "en: npm package spec")
    add(e, "Tweet by @example.com.fans — 1.2k likes", [], "en: handle looking like domain")
    add(e, "Coordinates 48.8566@2.3522 and ratio 3@4", [], "fr: coordinates with @")
    add(e, "user@localhost in the router manual, firmware 2.1@build44", [], "en: no domain, build tag")
    add(e, "Rating 4.8@120 reviews, 3 rooms @ €90", [], "en: rating and at-price")
    add(e, "Sähköposti tulee myöhemmin — hinta 90 € @ tunti, example.com/hinnat", [], "fi: at-price and bare domain")


def handles() -> None:
    h = "handle"
    # --- typographic
    add(h, f"IG: {dstruck('luna.vale')}", ["instagram:luna.vale"], "en: double-struck username")
    add(h, f"Telegram → {fraktur('nora_kiss')}", ["telegram:nora_kiss"], "en: fraktur username")
    add(h, f"snap: {bold_script('jessy_b')}", ["snapchat:jessy_b"], "en: bold script username")
    add(h, "Ｉｎｓｔａｇｒａｍ: @ｍａｒｉｓｏｌ＿２２", ["instagram:marisol_22"], "es: full-width platform and name")
    add(h, "Т\u0435legram: @dasha_msk", ["telegram:dasha_msk"], "ru: Cyrillic е inside 'Telegram'")
    add(h, "ʀᴇᴀᴄʜ ᴍᴇ ᴏɴ ᴋɪᴋ: lexi_xo", ["kik:lexi_xo"], "en: small-capital cue words")
    add(h, "📸 『 coco.bae__ 』", ["instagram:coco.bae__"], "en: camera emoji cue, corner brackets")
    add(h, "👻 ⟨ amber-rae ⟩", ["snapchat:amber-rae"], "en: ghost emoji, angle brackets")
    add(h, "✈︎ « vika_spb »", ["telegram:vika_spb"], "ru: plane text-style emoji, guillemets")
    add(h, "t\u200b.\u200bme/\u200bjulia_ldn", ["telegram:julia_ldn"], "en: zero-width spaces in t.me link")
    add(h, "insta ➜ @_bella.rose_", ["instagram:_bella.rose_"], "en: underscores at both edges")
    add(h, "tiktok • @dancer.mai", ["tiktok:dancer.mai"], "en: bullet between")
    add(h, "OnlyF*ns: peachy_amy", ["onlyfans:peachy_amy"], "en: asterisk in platform name")
    add(h, "S n a p ~ kayla.j99", ["snapchat:kayla.j99"], "en: letter-spaced platform")
    add(h, "Discord: noctis.cat", ["discord:noctis.cat"], "en: discord new-style username")
    add(h, "Signal: mira.07", ["signal:mira.07"], "en: signal username with discriminator")
    add(h, "Skype: rosa.k.2026", ["skype:rosa.k.2026"], "en: skype name with dots")
    add(h, "WeChat：xiaoyu_0916", ["wechat:xiaoyu_0916"], "zh: full-width colon")
    add(h, "LINE ID：mint_bkk", ["line:mint_bkk"], "th: LINE ID")
    add(h, "Facebook: facebook.com/ana.sofia.lima", ["facebook:ana.sofia.lima"], "pt: facebook url")
    add(h, "twitter ⇒ @kitty_x_xo", ["twitter:kitty_x_xo"], "en: double arrow")
    # --- platform after the handle, many languages
    add(h, "Escríbeme a @valeria.mx en insta", ["instagram:valeria.mx"], "es: platform after")
    add(h, "Me chama no @bruna_rj lá no telegram", ["telegram:bruna_rj"], "pt: platform after")
    add(h, "Ajoute-moi : @clara.paris sur snap", ["snapchat:clara.paris"], "fr: sur snap after")
    add(h, "Pisz na @ola_waw na telegramie", ["telegram:ola_waw"], "pl: na telegramie")
    add(h, "Scrivimi @giulia.mi su ig", ["instagram:giulia.mi"], "it: su ig")
    add(h, "Schreib mir: @lena_hh bei Snapchat", ["snapchat:lena_hh"], "de: bei Snapchat")
    add(h, "Yaz bana @elif.ist tg'den", ["telegram:elif.ist"], "tr: tg'den")
    add(h, "Напиши @alina_kiev в телеграме", ["telegram:alina_kiev"], "ru: в телеграме after")
    add(h, "Kirim pesan ke @sari_jkt di IG ya", ["instagram:sari_jkt"], "id: di IG after")
    add(h, "Nhắn mình @linh.hn trên tele nha", ["telegram:linh.hn"], "vi: trên tele")
    add(h, "Add mo ako @jane.mnl sa snap", ["snapchat:jane.mnl"], "tl: sa snap")
    add(h, "ทักมาที่ @fahsai.bkk ใน IG นะคะ", ["instagram:fahsai.bkk"], "th: ใน IG")
    add(h, "Adaugă-mă: @ioana.b pe insta", ["instagram:ioana.b"], "ro: pe insta")
    add(h, "Πες μου στο @eleni_ath στο insta", ["instagram:eleni_ath"], "el: στο insta")
    add(h, "写信给我 @lily_sh 在tg上", ["telegram:lily_sh"], "zh: 在tg上")
    add(h, "メッセージは @yuna_tokyo まで(インスタ)", ["instagram:yuna_tokyo"], "ja: インスタ in parentheses after")
    add(h, "메시지 @minji.s 인스타로 주세요", ["instagram:minji.s"], "ko: 인스타로 after")
    add(
        h, "Hit me up: lexxi.b on kik or snap", ["kik:lexxi.b", "snapchat:lexxi.b"], "en: one name, two platforms after"
    )
    # --- realism: bios, link-in-bio, vCard, chat, footers
    add(
        h,
        "🌸 Links 🌸\n• IG: @rosie.lane\n• TT: @rosie.lane.tt\n• OF: onlyfans.com/rosielane",
        ["instagram:rosie.lane", "tiktok:rosie.lane.tt", "onlyfans:rosielane"],
        "en: link-in-bio list, TT abbreviation",
    )
    add(
        h,
        "BEGIN:VCARD\nFN:Mila\nX-SOCIALPROFILE;type=instagram:https://instagram.com/mila_k.22\nEND:VCARD",
        ["instagram:mila_k.22"],
        "en: vCard social profile",
    )
    add(
        h,
        '<a href="https://t.me/sveta_vip">Telegram</a> · <a href="https://www.tiktok.com/@sveta.dance">TikTok</a>',
        ["telegram:sveta_vip", "tiktok:sveta.dance"],
        "ru: HTML anchors",
    )
    add(
        h,
        "[23:01] anon: where can I see pics\n[23:02] Dee: snap is dee_dee.99\n[23:02] Dee: kik same",
        ["snapchat:dee_dee.99", "kik:dee_dee.99"],
        "en: chat log, 'kik same'",
    )
    add(
        h,
        "Job in Milan, hostess, 1500€/month. Contact manager on Telegram: @milan_hostess_jobs (not WhatsApp).",
        ["telegram:milan_hostess_jobs"],
        "en: job ad",
    )
    add(
        h,
        "Trabajo en Madrid. Info por Instagram: @agencia.luz.madrid. Viaje pagado, vuelo IB3167.",
        ["instagram:agencia.luz.madrid"],
        "es: job ad with flight number",
    )
    add(
        h,
        "Робота в Польщі 🇵🇱 Пишіть у телеграм @praca_pl_2026, вакансія №4471.",
        ["telegram:praca_pl_2026"],
        "uk: job ad",
    )
    add(
        h,
        "-- \nKim · Studio 21\nIG kim.studio21 | Snap kimstudio21 | Tel in DM",
        ["instagram:kim.studio21", "snapchat:kimstudio21"],
        "en: signature footer",
    )
    add(
        h,
        "| Plataforma | Usuário |\n|---|---|\n| Instagram | carol.sp |\n| Telegram | carol_sp |",
        ["instagram:carol.sp", "telegram:carol_sp"],
        "pt: markdown table",
    )
    add(
        h,
        "Add me on LINE ID ning.tw or WeChat: ning_tw88",
        ["line:ning.tw", "wechat:ning_tw88"],
        "zh-TW: LINE and WeChat",
    )
    add(h, "Mein Insta ist hanna.__b, TikTok auch.", ["instagram:hanna.__b", "tiktok:hanna.__b"], "de: 'TikTok auch'")
    add(
        h, "Snap: lara.x. Insta: lara.xo.", ["snapchat:lara.x", "instagram:lara.xo"], "en: sentence dot after usernames"
    )
    add(
        h,
        "Il mio OF è onlyfans.com/dolce.vita_ e Twitter @dolcevita_",
        ["onlyfans:dolce.vita_", "twitter:dolcevita_"],
        "it: OF url and twitter",
    )
    add(
        h,
        "Discord: velvet.room — server code 8H2KQ, Skype: velvet.room.mgr",
        ["discord:velvet.room", "skype:velvet.room.mgr"],
        "en: discord and skype with invite code",
    )
    add(
        h,
        "Follow for more: @sunny.side_up (ig), @sunnysideup (tg)",
        ["instagram:sunny.side_up", "telegram:sunnysideup"],
        "en: abbreviations in parentheses after",
    )
    add(h, "Εγγραφή στο Facebook: facebook.com/maria.papa.77", ["facebook:maria.papa.77"], "el: facebook url in Greek")
    add(h, "تواصل معي على انستغرام: @layla.dxb", ["instagram:layla.dxb"], "ar: انستغرام")
    add(h, "টেলিগ্রাম: @rima_dhaka", ["telegram:rima_dhaka"], "bn: টেলিগ্রাম")
    add(h, "Snapchat-ում գրիր՝ ani_yerevan", ["snapchat:ani_yerevan"], "hy: Snapchat with Armenian suffix")
    add(h, "Instagram-да жаз: @aru.almaty", ["instagram:aru.almaty"], "kk: Instagram-да")
    add(
        h,
        "Kik me → honey.bunz_ (no pics on ig)",
        ["kik:honey.bunz_"],
        "en: trailing underscore, other platform named without a handle",
    )
    add(
        h,
        "Telegramdaki kanalım: t.me/s/istanbul_vip_kanal",
        ["telegram:istanbul_vip_kanal"],
        "tr: t.me/s/ preview link",
    )
    add(
        h,
        "Instagram: instagram.com/__nika.art__/",
        ["instagram:__nika.art__"],
        "ru: double underscores at edges, trailing slash",
    )
    add(
        h,
        "TikTok @_zoe.dances (2nd acc @zoe.dances2)",
        ["tiktok:_zoe.dances", "tiktok:zoe.dances2"],
        "en: two accounts on one platform",
    )
    add(h, "Snapchat: snapchat.com/add/milo_k2?share_id=ab12", ["snapchat:milo_k2"], "en: snapchat add link with query")
    add(
        h,
        "✆ Signal: ruby.88 | 📷 Insta: ruby.88.official",
        ["signal:ruby.88", "instagram:ruby.88.official"],
        "en: signal and insta",
    )
    # --- negatives
    add(h, "Email me at nina@example.com, not on socials", [], "en: e-mail only (the @ is not a handle)")
    add(h, "Meet me @ the Hilton, room 1204, 9pm", [], "en: @ as 'at' a place")
    add(h, "Price $250 @ 2 hrs, meet @ 9pm, email me later", [], "en: @ before prices and times")
    add(h, "Ordre #IG-2026-1129 expédié, suivi TG448812FR", [], "fr: IG/TG in order codes")
    add(h, "Mention @ 18:00 — @everyone meeting, @here", [], "en: discord mentions @everyone/@here")
    add(h, "Flight TG 917 BKK→LHR, seat 32A", [], "en: Thai Airways flight code TG")
    add(h, "Size 36 @ 55kg, snap-on nails €12", [], "en: snap-on, @ before weight")
    add(h, "Vote for #1 on insta-awards.example.com, promo code SNAP20", [], "en: promo code")
    add(h, "Ref: KIK-0042 · OF 12 · 1/2 price", [], "en: codes with platform abbreviations")


def payments() -> None:
    y = "payment"
    # --- typographic
    add(y, f"cashapp {dstruck('$honeybee')}", ["cashapp:$honeybee"], "en: double-struck cashtag letters")
    add(y, f"Venmo: {fraktur('skye-rivers')}", ["venmo:skye-rivers"], "en: fraktur venmo user")
    add(y, f"paypal.me/{bold_script('sunnyjo')}", ["paypal:sunnyjo"], "en: bold script paypal user")
    add(y, "C\u0430sh App: $peachpie", ["cashapp:$peachpie"], "en: Cyrillic а in 'Cash'")
    add(y, "V\u200be\u200bn\u200bm\u200bo — @nova-lux", ["venmo:nova-lux"], "en: zero-width spaces in 'Venmo'")
    add(y, "🅒🅐🅢🅗 🅐🅟🅟 $tiffxo", ["cashapp:$tiffxo"], "en: negative circled platform letters")
    add(y, "ＣａｓｈＡｐｐ：＄ｒｕｂｙｒｅｄ", ["cashapp:$rubyred"], "ja: full-width everything")
    add(y, "C.A.S.H A.P.P: $mayaxo", ["cashapp:$mayaxo"], "en: dotted letters")
    add(y, "𝓥𝓮𝓷𝓶𝓸: jade-m", ["venmo:jade-m"], "en: bold script platform name")
    add(y, "P a y P a l . m e / r o x y 2 2", ["paypal:roxy22"], "en: letter-spaced paypal.me")
    add(y, "Revolut → @mirelab", ["revolut:mirelab"], "ro: revolut tag with arrow")
    add(y, "revolut.me/kasia_w", ["revolut:kasia_w"], "pl: revolut.me link")
    add(y, "💸 $ cherry22 💸 (cashapp)", ["cashapp:$cherry22"], "en: space after $, platform after")
    add(y, "venmo (@) daisy-chain", ["venmo:daisy-chain"], "en: parenthesised at")
    add(y, "🅿️🅿️: paypal.me/kimlove", ["paypal:kimlove"], "en: emoji PP")
    # --- currencies and languages
    add(
        y,
        "Kaparo 30 € przez Revolut: @zosia_k albo PayPal: paypal.me/zosiak",
        ["revolut:zosia_k", "paypal:zosiak"],
        "pl: EUR deposit",
    )
    add(y, "Anzahlung 40 CHF per PayPal an paypal.me/lina_zh", ["paypal:lina_zh"], "de: CHF")
    add(y, "Acompte 60 € : paypal.me/manon.lyon", ["paypal:manon.lyon"], "fr: EUR")
    add(y, "Задаток 2000 ₽ или 25 $ на Revolut @masha_ru", ["revolut:masha_ru"], "ru: RUB and USD")
    add(y, "Depozit 200 lei pe Revolut: revolut.me/andreea_b", ["revolut:andreea_b"], "ro: RON")
    add(y, "Sinal R$ 100 via PayPal: paypal.me/bia.rio", ["paypal:bia.rio"], "pt-BR: BRL")
    add(y, "Uang muka Rp 500.000 lewat PayPal paypal.me/dewi.bali", ["paypal:dewi.bali"], "id: IDR")
    add(y, "Đặt cọc 500k VND hoặc 20$ qua PayPal: paypal.me/ngocanh", ["paypal:ngocanh"], "vi: VND and USD")
    add(y, "มัดจำ 1,000 บาท ทาง PayPal: paypal.me/mayfah", ["paypal:mayfah"], "th: THB")
    add(y, "Pag-deposit ng ₱1,500 sa PayPal: paypal.me/janinemnl", ["paypal:janinemnl"], "tl: PHP")
    add(y, "Προκαταβολή 50€ στο Revolut: revolut.me/eleni88", ["revolut:eleni88"], "el: EUR")
    add(
        y,
        "Aanbetaling €25 via Revolut @femke_ams of PayPal paypal.me/femkeams",
        ["revolut:femke_ams", "paypal:femkeams"],
        "nl: two",
    )
    add(
        y,
        "Depósito $40 (dólares) Venmo: @carla-mia o Cash App: $carlamia",
        ["venmo:carla-mia", "cashapp:$carlamia"],
        "es: two",
    )
    add(y, "Deposit £30 to PayPal paypal.me/amyldn, no cash on arrival", ["paypal:amyldn"], "en-GB: GBP")
    add(y, "Deposit A$50 to paypal.me/skye.syd", ["paypal:skye.syd"], "en-AU: AUD")
    add(y, "订金 200 元 PayPal：paypal.me/xiaomei88", ["paypal:xiaomei88"], "zh: CNY")
    add(y, "予約金 5000円 PayPal → paypal.me/hana_jp", ["paypal:hana_jp"], "ja: JPY")
    add(y, "예약금 5만원 PayPal: paypal.me/sora.kr", ["paypal:sora.kr"], "ko: KRW")
    add(y, "מקדמה 200 ₪ בפייפאל paypal.me/noa_tlv", ["paypal:noa_tlv"], "he: ILS")
    add(y, "عربون 200 درهم عبر PayPal: paypal.me/reem.dxb", ["paypal:reem.dxb"], "ar: AED")
    add(y, "Advance 1000 ₹ PayPal paypal.me/riya.mumbai", ["paypal:riya.mumbai"], "hi-en: INR")
    add(
        y,
        "Tip jar ☕ Cash App $brookeb · Venmo @brooke-b · PayPal paypal.me/brookeb",
        ["cashapp:$brookeb", "venmo:brooke-b", "paypal:brookeb"],
        "en: tip jar footer, three platforms",
    )
    # --- realism
    add(
        y,
        "| Método | Usuario |\n|---|---|\n| Venmo | @dulce-m |\n| Cash App | $dulcem |",
        ["venmo:dulce-m", "cashapp:$dulcem"],
        "es: markdown table",
    )
    add(y, "<li>CashApp: <b>$jazzy305</b></li><li>Zelle on request</li>", ["cashapp:$jazzy305"], "en: HTML list")
    add(
        y,
        "[20:15] Tee: send $50 deposit\n[20:15] Tee: $teebabyy on cash app\n[20:16] Tee: then text",
        ["cashapp:$teebabyy"],
        "en: chat log, $50 amount and cashtag",
    )
    add(
        y,
        "Rates: 1h $200 / 2h $350. Deposit $40 to $velvetkay (CashApp) before booking. Ref #A1129.",
        ["cashapp:$velvetkay"],
        "en: cashtag among dollar amounts",
    )
    add(y, "Pay $30 cash app $kiki to confirm, $150 rest in person", ["cashapp:$kiki"], "en: short tag among amounts")
    add(y, "-- \nLuna ✨ venmo luna-star-22 ✨ no refunds", ["venmo:luna-star-22"], "en: signature")
    add(y, "Payment: venmo.com/u/gabi-rose?txn=pay&amount=40", ["venmo:gabi-rose"], "en: venmo link with query")
    add(y, "PayPal: https://www.paypal.me/ivy.blue/25EUR", ["paypal:ivy.blue"], "en: paypal.me with www and amount")
    add(y, "Kapora 500 TL, Revolut: @selin_ist", ["revolut:selin_ist"], "tr: TRY")
    add(
        y,
        "Pay in advance: Revolut @tania_md • Cash App $taniamd • fee 10 €",
        ["revolut:tania_md", "cashapp:$taniamd"],
        "en: two with fee",
    )
    add(y, "Оплата: PayPal paypal.me/olga.spb, чек пришлите в личку", ["paypal:olga.spb"], "ru: receipt instruction")
    add(
        y,
        "Plata: Cash App $ioanaxo (SUA) sau Revolut @ioana_xo (EU)",
        ["cashapp:$ioanaxo", "revolut:ioana_xo"],
        "ro: two regions",
    )
    add(y, "Pembayaran: venmo @putri-id (USA only)", ["venmo:putri-id"], "id: venmo")
    add(y, "Để đặt lịch: Cash App $mylinh99", ["cashapp:$mylinh99"], "vi: cashtag")
    add(y, "Venmo iyo Cash App: @hodan-m / $hodanm", ["venmo:hodan-m", "cashapp:$hodanm"], "so: slash pair")
    add(y, f"Venmo: @{dstruck('nova')}-{dstruck('rae')}", ["venmo:nova-rae"], "en: double-struck venmo user")
    add(y, "ＰａｙＰａｌ．ｍｅ／ｍｉｋａｎ", ["paypal:mikan"], "ja: full-width paypal.me")
    add(y, "Cash\u00a0App\u00a0→\u00a0$laceyrae", ["cashapp:$laceyrae"], "en: non-breaking spaces")
    add(y, "Venmo\n@jules-ny\n(last 4: 0142)", ["venmo:jules-ny"], "en: venmo with last-4 phone check")
    add(y, "Revolut: @kamila_cz, Twisto ne", ["revolut:kamila_cz"], "cs: revolut")
    add(
        y,
        "Betaling: Revolut @sofie_cph eller MobilePay efter aftale",
        ["revolut:sofie_cph"],
        "da: revolut, MobilePay named",
    )
    add(y, "Zapłać: revolut.me/marta_krk?amount=50&currency=PLN", ["revolut:marta_krk"], "pl: revolut.me with query")
    add(
        y,
        "Venmo: @brooklyn-b — Cash App: $brooklynb",
        ["venmo:brooklyn-b", "cashapp:$brooklynb"],
        "en: venmo and cashapp",
    )
    # --- negatives
    add(y, "Price $250/hr, $400 overnight, $50 deposit", [], "en: dollar amounts only")
    add(y, "Stock tips: $TSLA $AAPL up 3%", [], "en: stock cashtags")
    add(y, "Pay at door, cash only, venmo not accepted", [], "en: platform named, no handle")
    add(y, "Order #PP-2026-5561 total €89,90, ref CASH5550", [], "en: order refs")
    add(y, "Gift card code $25-XKJ9-22LM, balance $12.40", [], "en: gift card")
    add(y, "Invoice: paypal.com/invoice/p/#INV2-ABCD-1234", [], "en: paypal invoice link, no user")
    add(y, "Tracking 1Z999AA10123456784, fee $5.99", [], "en: UPS-like tracking")
    add(y, "Revolut card ending 4242 declined, $300 refund", [], "en: card ending")
    add(y, "Budget: $1k-$2k; $$$ high class", [], "en: price ranges and $$$")


def cryptos() -> None:
    c = "crypto"

    def s(n: int) -> str:
        return f"clew-heldout-batch9-{n}"

    b1, b2, b3 = btc_p2pkh(s(1)), btc_p2sh(s(2)), btc_bech32(s(3))
    # --- typographic
    add(c, f"BTC: {dstruck(b1)}", [f"btc:{b1}"], "en: double-struck letters and digits (NFKC)")
    add(
        c,
        "ETH ⟶ " + "\u200b".join(eth(s(4))[i : i + 6] for i in range(0, 42, 6)),
        [f"eth:{eth(s(4)).lower()}"],
        "en: zero-width spaces every 6 characters",
    )
    add(
        c,
        f"USDT-TRC20：{''.join(chr(ord(ch) + 0xFEE0) for ch in trx(s(5)))}",
        [f"trx:{trx(s(5))}"],
        "zh: full-width TRON",
    )
    add(c, f"bc1 wallet: {b3[:14]}\u00ad{b3[14:28]}\u00ad{b3[28:]}", [f"btc:{b3}"], "en: soft hyphens inside bech32")
    add(
        c,
        f"DOGE 🐕 {doge(s(6))[:17]} 🐕 {doge(s(6))[17:]}",
        [f"doge:{doge(s(6))}"],
        "en: emoji splitting a Dogecoin address",
    )
    add(
        c,
        f"LTC:\n{ltc_p2pkh(s(7))[:11]}\n{ltc_p2pkh(s(7))[11:22]}\n{ltc_p2pkh(s(7))[22:]}",
        [f"ltc:{ltc_p2pkh(s(7))}"],
        "en: three lines",
    )
    add(c, f"SOL « {sol(s(8))} »", [f"sol:{sol(s(8))}"], "fr: guillemets around Solana")
    add(
        c,
        f"ETH: {eth(s(9)).upper().replace('0X', '0x')}",
        [f"eth:{eth(s(9)).lower()}"],
        "en: upper-case hex (no EIP-55)",
    )
    add(c, f"Ꭼ₮Ꮋ: {eth(s(10))}", [f"eth:{eth(s(10)).lower()}"], "en: Cherokee/tugrik homoglyph label")
    add(c, f"BTC ➜ `{b2}`", [f"btc:{b2}"], "en: inline code P2SH")
    add(
        c,
        f"TRON ▸ {' '.join(trx(s(11))[i : i + 4] for i in range(0, 34, 4))}",
        [f"trx:{trx(s(11))}"],
        "en: groups of four",
    )
    add(c, f"₿ {btc_bech32(s(12)).upper()}", [f"btc:{btc_bech32(s(12))}"], "en: upper-case bech32 after ₿")
    add(c, f"sol→{sol(s(13))}←", [f"sol:{sol(s(13))}"], "en: arrows glued")
    add(c, f"Bitcoin (P2PKH): {b1}.", [f"btc:{b1}"], "en: plain P2PKH, sentence dot after")
    # --- labels in many languages
    langs = [
        ("Portefeuille Bitcoin : {a}", "btc", "fr"),
        ("Carteira BTC: {a}", "btc", "pt"),
        ("Monedero BTC: {a}", "btc", "es"),
        ("Кошелёк USDT (TRC20): {a}", "trx", "ru"),
        ("Гаманець ETH: {a}", "eth", "uk"),
        ("محفظة بيتكوين: {a}", "btc", "ar"),
        ("کیف پول تتر ترون: {a}", "trx", "fa"),
        ("ארנק ETH: {a}", "eth", "he"),
        ("बिटकॉइन वॉलेट: {a}", "btc", "hi"),
        ("กระเป๋า USDT TRC20: {a}", "trx", "th"),
        ("Ví ETH: {a}", "eth", "vi"),
        ("Dompet Solana: {a}", "sol", "id"),
        ("比特币地址：{a}", "btc", "zh"),
        ("イーサリアムのアドレス:{a}", "eth", "ja"),
        ("이더리움 주소: {a}", "eth", "ko"),
        ("Cüzdan (Litecoin): {a}", "ltc", "tr"),
        ("Portfel DOGE: {a}", "doge", "pl"),
        ("Wallet ETH per donazioni: {a}", "eth", "it"),
        ("Bitcoin-Adresse: {a}", "btc", "de"),
        ("Πορτοφόλι Solana: {a}", "sol", "el"),
        ("Portofel USDT TRC20: {a}", "trx", "ro"),
        ("Pitaka ng BTC: {a}", "btc", "tl"),
        ("Pochi ya ETH: {a}", "eth", "sw"),
        ("Litecoin-lompakko: {a}", "ltc", "fi"),
    ]
    for i, (tmpl, chain, lang) in enumerate(langs):
        seed = s(100 + i)
        addr = {
            "btc": [btc_p2pkh, btc_p2sh, btc_bech32][i % 3](seed),
            "eth": eth(seed),
            "trx": trx(seed),
            "sol": sol(seed),
            "ltc": ltc_p2pkh(seed),
            "doge": doge(seed),
        }[chain]
        want = addr.lower() if chain == "eth" else addr
        add(c, tmpl.format(a=addr), [f"{chain}:{want}"], f"{lang}: {chain} label")
    # --- realism
    e1, t1, d1 = eth(s(20)), trx(s(21)), doge(s(22))
    add(
        c,
        f'<a href="https://blockstream.info/address/{b3}">{b3[:8]}…</a>',
        [f"btc:{b3}"],
        "en: explorer href, truncated text",
    )
    add(c, f"[Donate ETH](ethereum:{e1}@1?value=1e16)", [f"eth:{e1.lower()}"], "en: markdown EIP-681 with chain id")
    add(c, f'{{"coin":"TRX","address":"{t1}","memo":"8841"}}', [f"trx:{t1}"], "en: JSON with memo")
    add(
        c,
        f"| Coin | Address |\n|---|---|\n| BTC | {b1} |\n| ETH | {e1} |\n| DOGE | {d1} |",
        [f"btc:{b1}", f"eth:{e1.lower()}", f"doge:{d1}"],
        "en: markdown table, three chains",
    )
    add(
        c,
        f"[02:11] Vee: deposit in usdt\n[02:11] Vee: {t1}\n[02:12] Vee: trc20 only, 50 usdt",
        [f"trx:{t1}"],
        "en: chat log",
    )
    add(c, f"Scan to pay ▓▓▒▒░░▓▓\n▓░▒▓ {b2} ▓░▒▓\n░░▓▓▒▒░░", [f"btc:{b2}"], "en: QR-style art around P2SH")
    add(
        c,
        f"Receipt: sent 0.015 BTC to {b3}, txid 4f1c{'0' * 56}9a2e, fee 2.1 sat/vB",
        [f"btc:{b3}"],
        "en: receipt with txid and fee",
    )
    add(
        c,
        f"Gracias 🙏 ETH {e1} (ENS: dulce.eth) / SOL {sol(s(23))}",
        [f"eth:{e1.lower()}", f"sol:{sol(s(23))}"],
        "es: ENS name beside",
    )
    add(
        c,
        f"Оплата только криптой. BTC {btc_bech32(s(24))}, USDT {trx(s(25))}. Заказ №77120.",
        [f"btc:{btc_bech32(s(24))}", f"trx:{trx(s(25))}"],
        "ru: two chains and order no",
    )
    add(
        c,
        f"Pagamento: https://tronscan.org/#/address/{trx(s(26))}/transfers",
        [f"trx:{trx(s(26))}"],
        "pt: tronscan fragment URL",
    )
    add(c, f"https://solscan.io/account/{sol(s(27))}?cluster=mainnet", [f"sol:{sol(s(27))}"], "en: solscan with query")
    add(c, f"litecoin:{ltc_p2pkh(s(28))}?amount=0.5&label=deposit", [f"ltc:{ltc_p2pkh(s(28))}"], "en: litecoin URI")
    add(c, f"dogecoin:{doge(s(29))}?amount=100", [f"doge:{doge(s(29))}"], "en: dogecoin URI")
    add(
        c,
        f"-- \nSupport my work ❤️ BTC {btc_p2pkh(s(30))} · IBAN DE89 3704 0044 0532 0130 00",
        [f"btc:{btc_p2pkh(s(30))}"],
        "en: footer with IBAN beside",
    )
    add(
        c,
        f"Adres: {eth(s(31))}. Tracking paczki: 00340434161094042557.",
        [f"eth:{eth(s(31)).lower()}"],
        "pl: trailing period, tracking",
    )
    add(
        c,
        f"BTC: {btc_p2pkh(s(32))} (legacy) / {btc_bech32(s(32))} (segwit)",
        [f"btc:{btc_p2pkh(s(32))}", f"btc:{btc_bech32(s(32))}"],
        "en: same key, two BTC forms",
    )
    add(c, f"Bitcoin — {btc_p2sh(s(33))} — min 0.001", [f"btc:{btc_p2sh(s(33))}"], "en: em dashes around P2SH")
    add(
        c,
        f"ETH/USDT (ERC20)\n{eth(s(34))[:22]}\n{eth(s(34))[22:]}",
        [f"eth:{eth(s(34)).lower()}"],
        "en: ETH across two lines",
    )
    add(
        c,
        f"SOL wallet: {sol(s(35))} | ETH {eth(s(35))} | order #88120",
        [f"sol:{sol(s(35))}", f"eth:{eth(s(35)).lower()}"],
        "en: pipe-separated with order number",
    )
    add(c, f"👉 {dstruck(trx(s(36)))} 👈 USDT", [f"trx:{trx(s(36))}"], "en: double-struck TRON")
    add(
        c,
        f"Pay here: https://blockchain.com/explorer/addresses/btc/{btc_bech32(s(37))}",
        [f"btc:{btc_bech32(s(37))}"],
        "en: blockchain.com explorer URL",
    )
    add(
        c,
        f"LTC ({ltc_p2pkh(s(38))}) или DOGE ({doge(s(38))})",
        [f"ltc:{ltc_p2pkh(s(38))}", f"doge:{doge(s(38))}"],
        "ru: two chains in parentheses",
    )
    # --- negatives
    tx = hashlib.sha256(b"b9-tx").hexdigest()
    add(c, f"txid {tx} confirmed (6 blocks)", [], "en: transaction hash")
    add(c, f"ETH tx: 0x{tx}", [], "en: 0x + 64 hex (tx hash)")
    add(c, f"BTC: {broken(btc_p2pkh(s(40)))}", [], "en: P2PKH with one character changed")
    add(c, f"bc1: {broken(btc_bech32(s(41)))}", [], "en: bech32 with one character changed")
    add(c, f"USDT TRC20: {broken(trx(s(42)))}", [], "en: TRON with one character changed")
    add(c, f"ETH {broken(eth(s(43)))[:-1]}", [], "en: ETH truncated to 39 hex")
    add(
        c,
        "UUID 3f2504e0-4f89-11d3-9a0c-0305e82c3301, order 1A2B3C4D5E6F7G8H9J1K2L3M4N5P6Q7R8S",
        [],
        "en: UUID and long order id",
    )
    add(c, "IBAN FR76 3000 6000 0112 3456 7890 189, BIC AGRIFRPP", [], "fr: IBAN and BIC")
    add(c, "PGP 4F2A 9C1B 77E0 3D5A 0B66  E1F2 8C3D 9A0B 1C2D 3E4F", [], "en: PGP fingerprint")
    add(c, "Coordinates 1.290270, 103.851959 — wallet details in DM", [], "en: coordinates, no address")


def ages() -> None:
    a = "age"
    # --- typographic
    add(a, f"Age: {script('21', Z['seg'])} 💕", ["21"], "en: segmented digits")
    add(a, f"Umur {script('22', Z['bali'])} tahun", ["22"], "id: Balinese digits")
    add(a, f"Umur: {script('23', Z['java'])} taun", ["23"], "jv: Javanese digits")
    add(a, f"age {script('24', Z['shan'])} ✨", ["24"], "en: Myanmar Shan digits")
    add(a, f"age {comb('19', chr(0x20DD))}", ["19"], "en: combining enclosing circle")
    add(a, f"I'm {comb('25', chr(0x20E3))} y/o", ["25"], "en: keycap without VS16")
    add(a, f"{dstruck('20')} yo 🌸", ["20"], "en: double-struck digits")
    add(a, "age: 2З", ["23"], "ru: Cyrillic З for 3")
    add(a, "I'm 2O years old", ["20"], "en: letter O for zero")
    add(a, "edad ~ 26 ~ latina", ["26"], "es: tildes around")
    add(a, "a.g.e — 24", ["24"], "en: dotted 'age'")
    add(a, "ᴀɢᴇ ➜ 21", ["21"], "en: small capitals with arrow")
    add(a, "ＡＧＥ：２２", ["22"], "ja: full-width")
    add(a, "возраст: 2⃣3⃣", ["23"], "ru: keycap without VS16 in Russian")
    add(a, "年齢｜２５歳", ["25"], "ja: full-width bar and 歳")
    # --- number words in further languages
    add(a, "Olen kaksikymmentäkaksi vuotta vanha", ["22"], "fi: kaksikymmentäkaksi")
    add(a, "Huszonegy éves vagyok", ["21"], "hu: huszonegy éves")
    add(a, "Je mi dvacet tři let", ["23"], "cs: dvacet tři")
    add(a, "Jag är tjugofyra år", ["24"], "sv: tjugofyra")
    add(a, "Jeg er nitten år", ["19"], "no: nitten")
    add(a, "Umur saya dua puluh tahun", ["20"], "ms: dua puluh")
    add(a, "Imam dvadeset i jednu godinu", ["21"], "hr: dvadeset i jednu")
    add(a, "Tinc vint-i-dos anys", ["22"], "ca: vint-i-dos")
    add(a, "Ho ventitré anni", ["23"], "it: ventitré")
    add(a, "Ik ben negentien jaar", ["19"], "nl: negentien")
    add(a, "Mám dvadsať rokov", ["20"], "sk: dvadsať")
    add(a, "Waxaan ahay 25 sano jir", ["25"], "so: sano jir")
    add(a, "Nina miaka ishirini na mbili", ["22"], "sw: ishirini na mbili")
    add(a, "Ako ay dalawampu't isang taong gulang", ["21"], "tl: dalawampu't isa")
    add(a, "Мен жиырма бір жастамын", ["21"], "kk: жиырма бір")
    add(a, "ես 24 տարեկան եմ", ["24"], "hy: տարեկան")
    add(a, "მე ვარ 23 წლის", ["23"], "ka: წლის")
    add(a, "আমার বয়স ২০ বছর", ["20"], "bn: Bengali digits")
    add(a, "میری عمر ۲۲ سال ہے", ["22"], "ur: Extended Arabic-Indic digits")
    add(a, "እድሜ፡ 21 ዓመት", ["21"], "am: Amharic")
    # --- realism
    add(
        a,
        "| Name | Age | Height |\n|---|---|---|\n| Mia | 21 | 165 cm |\n| Zoe | 24 | 170 cm |",
        ["21", "24"],
        "en: markdown table with heights",
    )
    add(a, "Name: Lina\nAge: 22\nBust: 86\nWeight: 52 kg\nRate: 150/h", ["22"], "en: profile fields with look-alikes")
    add(a, "[21:03] K: how old r u\n[21:03] Jas: 19\n[21:04] Jas: u?", ["19"], "en: chat log answer")
    add(a, "<dl><dt>Edad</dt><dd>23</dd><dt>Ciudad</dt><dd>Madrid</dd></dl>", ["23"], "es: HTML definition list")
    add(
        a,
        "Anúncio: Sofia, 25 anos, morena, 1,68 m. Atendo das 10h às 22h. R$ 300.",
        ["25"],
        "pt: ad with height, hours, price",
    )
    add(a, "Nouvelle à Lyon : Inès, 21 ans, 1m60, 50 kg, 100 roses la demi-heure.", ["21"], "fr: roses price")
    add(a, "Praca dla pań 18-30 lat, wiek kandydatki: 19 lat, wyjazd 12.12.", ["19"], "pl: range plus an age")
    add(a, "Ищем девушек. Мне 20, подруге 22, живём в 42 минутах от центра.", ["20", "22"], "ru: two ages and minutes")
    add(a, "Ana (23) & Bea (26) — duo, 2h 400 €", ["23", "26"], "es: duo with parentheses")
    add(a, "Hi! Emma here, 24 y.o., 5'6\", 34C, 24/7 outcall", ["24"], "en: y.o. with 24/7 and measurements")
    add(a, "Ich bin 22 Jahre alt, 1,72 groß, Kleidergröße 36, Termin ab 18 Uhr.", ["22"], "de: age with size and time")
    add(a, "Mới đến: Linh, 21 tuổi, cao 1m58, nặng 45kg", ["21"], "vi: tuổi")
    add(a, "น้องมายด์ อายุ 20 ปี สูง 160 หนัก 45", ["20"], "th: อายุ")
    add(a, "新人 美咲 22歳 T158 B84 W58 H85", ["22"], "ja: 歳 with measurements")
    add(a, "새로 왔어요 지수 23살 키 163", ["23"], "ko: 23살")
    add(a, "新来的妹妹 小雨 21岁 身高165 体重48", ["21"], "zh: 岁")
    add(a, "Ayşe, 24 yaşında, 1.65 boy, İstanbul Avrupa yakası", ["24"], "tr: yaşında")
    add(a, "Γεια! Μαρία, 22 χρονών, 1.70, Αθήνα", ["22"], "el: χρονών")
    add(a, "שלום, אני נועה בת 21 מתל אביב", ["21"], "he: בת 21")
    add(a, "أنا سارة عمري 23 سنة", ["23"], "ar: عمري 23 سنة")
    add(a, "Sunt Ioana, am 20 de ani, 1,65 m", ["20"], "ro: 20 de ani")
    add(a, "Saya Dewi, 22 tahun, tinggi 160 cm", ["22"], "id: tahun")
    add(a, "Hola, soy Vale de 19 añitos recién cumplidos", ["19"], "es: añitos")
    add(a, "Job offer: 'hostesses aged 18–25', applicant Nora, age 20, start 01.12.", ["20"], "en: range and an age")
    # --- negatives
    add(a, "Open 24/7, 18+ only, since 2004", [], "en: 24/7, 18+, year")
    add(a, "Size 36, height 165, weight 52, shoes 38", [], "en: measurements")
    add(a, "Rates: 30 min 80, 60 min 150, 2h 280", [], "en: durations and prices")
    add(a, "Born 2003 — ask me the rest", [], "en: birth year only")
    add(a, "Room 21, floor 3, check-in 14:00, 29/11/2026", [], "en: room, floor, time, date")
    add(a, "Apartment 45 m², 2 rooms, 3rd floor, €900/month", [], "en: flat details")
    add(a, "Order #2219, 20 items, 19.99 each", [], "en: order and prices")
    add(a, "Telefon 22 33 44 55, kod 2026", [], "pl: phone-ish digits")
    add(a, "Flight LH 2021 at 21:15, gate 22", [], "en: flight, time, gate")
    add(a, "Top 10 — 100% real — 5 stars — 24h", [], "en: ad slogans")


# ---------------------------------------------------------------- checks and output


def check(kind: str, value: str) -> None:
    """Fail loudly if an expected value is not canonical or not valid."""
    if kind == "phone":
        num = phonenumbers.parse(value, None)
        assert phonenumbers.is_valid_number(num), value
        assert phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == value, value
    elif kind == "email":
        local, _, domain = value.partition("@")
        assert local and value == value.lower(), value
        assert domain.endswith(("example.com", "example.org", "example.net")), value
    elif kind == "handle":
        platform, _, user = value.partition(":")
        assert (
            platform
            in {
                "telegram",
                "instagram",
                "snapchat",
                "kik",
                "onlyfans",
                "twitter",
                "tiktok",
                "facebook",
                "wechat",
                "line",
                "skype",
                "signal",
                "discord",
            }
            and user
        ), value
    elif kind == "payment":
        platform, _, tag = value.partition(":")
        assert platform in {"cashapp", "venmo", "paypal", "revolut"} and tag, value
        assert tag.startswith("$") == (platform == "cashapp"), value
    elif kind == "crypto":
        chain, _, addr = value.partition(":")
        if chain == "eth":
            assert addr == addr.lower() and len(addr) == 42 and addr.startswith("0x"), value
            int(addr, 16)
        elif chain == "sol":
            assert len(base58.b58decode(addr)) == 32, value
        elif addr.startswith(("bc1", "ltc1")):
            assert bech32.decode(addr[: addr.index("1")], addr)[0] is not None, value
        else:
            raw = base58.b58decode_check(addr)
            version = {"btc": (0x00, 0x05), "ltc": (0x30, 0x32), "doge": (0x1E,), "trx": (0x41,)}[chain]
            assert raw[0] in version and len(raw) == 21, value
    elif kind == "age":
        assert value.isdigit() and 18 <= int(value) <= 99, value


def main() -> None:
    phones()
    emails()
    handles()
    payments()
    cryptos()
    ages()
    for kind, records in R.items():
        lines = []
        for n, (text, country, expected, note) in enumerate(records, 1):
            for value in expected:
                check(kind, value)
            rec: dict[str, object] = {"id": f"b9-{kind}-{n:03d}", "batch": BATCH, "text": text}
            if country:
                rec["country"] = country
            rec["expected"] = expected
            rec["note"] = note
            lines.append(json.dumps(rec, ensure_ascii=False))
        (OUT / f"{kind}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        negatives = sum(1 for r in records if not r[2])
        print(f"{kind}: {len(records)} records, {negatives} negatives")


if __name__ == "__main__":
    main()
