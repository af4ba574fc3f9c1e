"""Generate batch 13 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch13/<type>.jsonl).

    python bench/data/identifiers_heldout/batch13/make.py

Why a thirteenth batch: batch 12 has been scored and studied, so it no longer measures text nobody
tuned for.  Batch 13 was written blind by another author who read only issue 3, the obfuscation
table in the research notes (indicators.md section 5), the data contract in PRODUCT.md, the scorer,
the first lines of batch 7's files (for the record format) and the docstrings of batches 6 to 12 (to
choose *other* cases).  No extractor code, generated docs, tests or earlier held-out records were read.

What is different from batches 6 to 12 (about 65 languages, 33-41 per type; Latin, Cyrillic, Greek, Arabic, Hebrew,
Ethiopic, Canadian syllabics, Devanagari, Bengali, Gujarati, Gurmukhi, Tamil, Telugu, Kannada,
Malayalam, Thai, Khmer, Georgian, Armenian, Tibetan, Han, kana and Hangul scripts):
- phones: Discord spoiler bars (||312||), markdown code spans around each group, "ext." extensions and
  "++1" prefixes, a call-back number inside a URL query, ZWNJ between every digit, a Greek omicron for
  zero, number words of Norwegian, Belarusian, Italian, Vietnamese and Romanian mixed with digits,
  Canadian-syllabics (Inuktitut), Yiddish, Amharic, Khmer and Georgian ads for North-American diaspora
  numbers, Breton / Occitan / Welsh ads on the French and UK fiction ranges, channel digests with three
  numbers, office / mobile footers, numbers beside rents, wages, room numbers and flight details.
- e-mail: the English "at"/"dot" written in Gujarati, Gurmukhi, Telugu, Kannada, Malayalam, Tamil and
  Marathi script, Japanese hiragana あっと/どっと, Scottish Gaelic "aig", Belarusian сабачка/кропка,
  Tatar эт/нокта, "(@)", "·at·", NOSPAM to be removed, display-name angle brackets and HTML-escaped
  &lt;…&gt;, markdown mailto links, quoted-reply lines, markdown tables, Tibetan / Tigrinya / Malagasy /
  Inuktitut context.
- handles: Arabic "سناب", Thai "ไอจี", Japanese "インスタのID", Korean "인스타 아이디", t.me links with a
  message id, tg://resolve?domain=, ig.me/m/, instagram.com/<user>/?hl=, tiktok.com/@<user>/video/<id>,
  fb.me, Signal usernames with their .NN suffix, "IG • x | TG • y | TT • z" footers, platforms in ~30
  languages; negatives with invite links, post links, CSS @media, @everyone, e-mail addresses.
- payment: Cash App tags next to dollar prices and "last 4 digits", GCash / Zelle / Apple Pay beside
  scored platforms, paypal.me with a locale query, revolut.me, Revolut tags in Nordic, Baltic and Balkan
  languages, PayPal in ~20 languages; negatives with stock cashtags, prices and card endings.
- crypto: BTC (P2PKH, P2SH-P2WPKH, P2WPKH, P2TR), ETH (EIP-55 and lower case), TRON, LTC (L, M, ltc1),
  DOGE and SOL derived in this file from sha256 of fixed seed strings (secp256k1 computed here, Ed25519
  via pycryptodome), in labels of ~35 languages, blockchair / etherscan / tronscan / solscan URLs,
  JSON, QR captions, markdown code spans, beside tx hashes, ENS names and amounts; negatives with a
  mutated checksum, broken EIP-55 casing, a truncated address and a dropped hex digit.
- age: "22F", "(F, 23)", "A/S/L 21/f", Russian "22 весны", Japanese ハタチ / 二十二歳, Korean native
  numerals 스물두 살, Thai number words, "22 years old na po", ages in ~40 languages next to heights,
  weights and measurements, a chat question and its answer, two ages in one text; negatives with
  "18+ only", "aged 18-25", 24/7, room numbers and dates.
About 15 % of each type are negatives (``"expected": []``) carrying look-alikes.

Fictional values only: NA 555-0100..0199, UK 020 7946 0xxx / 0161 496 0xxx, FR 01 99 00 xx xx,
AU 0491 570 1xx; example.com/.org/.net; made-up handles and tags.  Every record has "batch": 13.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import base58
import bech32
from Crypto.Hash import RIPEMD160, keccak
from Crypto.PublicKey import ECC

OUT = Path(__file__).resolve().parent

# --------------------------------------------------------------------------------------------------
# Wallets: computed here from fixed seeds so every checksum is real.

_P = 2**256 - 2**32 - 977
_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
_G = (
    0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
    0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8,
)


def _add(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None:
        return b
    if b is None:
        return a
    if a[0] == b[0] and (a[1] + b[1]) % _P == 0:
        return None
    num, den = (3 * a[0] * a[0], 2 * a[1]) if a == b else (b[1] - a[1], b[0] - a[0])
    lam = num * pow(den, -1, _P) % _P
    x = (lam * lam - a[0] - b[0]) % _P
    return x, (lam * (a[0] - x) - a[1]) % _P


def _mul(k: int) -> tuple[int, int]:
    result: tuple[int, int] | None = None
    point: tuple[int, int] | None = _G
    while k:
        if k & 1:
            result = _add(result, point)
        point = _add(point, point)
        k >>= 1
    assert result is not None
    return result


def _pub(seed: str) -> tuple[int, int]:
    k = int.from_bytes(hashlib.sha256(f"clew-b13:{seed}".encode()).digest(), "big") % _N
    return _mul(k)


def _hash160(data: bytes) -> bytes:
    return RIPEMD160.new(hashlib.sha256(data).digest()).digest()


def _compressed(pub: tuple[int, int]) -> bytes:
    return bytes([2 + (pub[1] & 1)]) + pub[0].to_bytes(32, "big")


def _b58check(payload: bytes) -> str:
    return base58.b58encode_check(payload).decode()


_BECH32M = 0x2BC830A3


def _bech32m(hrp: str, witver: int, prog: bytes) -> str:
    data = [witver] + (bech32.convertbits(prog, 8, 5) or [])
    values = bech32.bech32_hrp_expand(hrp) + data
    polymod = bech32.bech32_polymod(values + [0] * 6) ^ _BECH32M
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(bech32.CHARSET[d] for d in data + checksum)


def _keccak(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


def _eth20(seed: str) -> bytes:
    x, y = _pub(seed)
    return _keccak(x.to_bytes(32, "big") + y.to_bytes(32, "big"))[-20:]


def eip55(raw: bytes) -> str:
    hexaddr = raw.hex()
    digest = _keccak(hexaddr.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c for i, c in enumerate(hexaddr))


def wallet(kind: str, seed: str) -> str:
    """Address of `kind` for the key derived from `seed` (display form; canonical form via `canon`)."""
    if kind == "sol":
        key = ECC.construct(curve="Ed25519", seed=hashlib.sha256(f"clew-b13:{seed}".encode()).digest())
        return base58.b58encode(key.public_key().export_key(format="raw")).decode()
    if kind in ("eth", "trx"):
        raw = _eth20(seed)
        return eip55(raw) if kind == "eth" else _b58check(b"\x41" + raw)
    pub = _pub(seed)
    h = _hash160(_compressed(pub))
    if kind == "btc-p2pkh":
        return _b58check(b"\x00" + h)
    if kind == "btc-p2sh":
        return _b58check(b"\x05" + _hash160(b"\x00\x14" + h))
    if kind == "btc-p2wpkh":
        return bech32.encode("bc", 0, h) or ""
    if kind == "btc-p2tr":
        return _bech32m("bc", 1, pub[0].to_bytes(32, "big"))
    if kind == "ltc-l":
        return _b58check(b"\x30" + h)
    if kind == "ltc-m":
        return _b58check(b"\x32" + _hash160(b"\x00\x14" + h))
    if kind == "ltc1":
        return bech32.encode("ltc", 0, h) or ""
    if kind == "doge":
        return _b58check(b"\x1e" + h)
    raise ValueError(kind)


def canon(kind: str, address: str) -> str:
    chain = kind.split("-")[0]
    if chain == "ltc1":
        chain = "ltc"
    if chain == "eth":
        return "eth:" + address.lower()
    if address[:3].lower() in ("bc1", "ltc"):
        address = address.lower()
    return f"{chain}:{address}"


def W(kind: str, seed: str) -> tuple[str, str]:
    """(display address, canonical value) for one wallet."""
    address = wallet(kind, seed)
    return address, canon(kind, address)


def _mutate(address: str, pos: int = -3) -> str:
    """Change one character so the checksum breaks (the alphabet stays valid)."""
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    if address[:3].lower() in ("bc1", "ltc"):
        alphabet = bech32.CHARSET
    c = address[pos]
    repl = alphabet[(alphabet.index(c) + 7) % len(alphabet)]
    return address[:pos] + repl + address[pos + 1 :] if pos != -1 else address[:-1] + repl


# --------------------------------------------------------------------------------------------------


def rec(text: str, expected: list[str], note: str, country: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"text": text}
    if country:
        out["country"] = country
    out["expected"] = expected
    out["note"] = note
    return out


ZWNJ = "\u200c"

PHONE: list[dict[str, Any]] = [
    rec(
        "Lola 💋 new in Dallas\ntext only ||214|| ||555|| ||0163|| (tap to reveal lol)",
        ["+12145550163"],
        "en: Discord spoiler bars around each group",
        "US",
    ),
    rec(
        "📲 `702` `555` `0119` — no blocked numbers, no texts after midnight",
        ["+17025550119"],
        "en: markdown code span around each group",
        "US",
    ),
    rec(
        "call/text me at (312) 555-0142 ext. 7 — rate $200/hr, outcalls +$50",
        ["+13125550142"],
        "en: extension and prices after the number",
        "US",
    ),
    rec(
        "Hola amor, soy Cami 🌹 mi número es el 3 0 5 • 5 5 5 • 0 1 8 4, solo WhatsApp, depósito $40 por Zelle",
        ["+13055550184"],
        "es: spaced digits with bullets between groups",
        "US",
    ),
    rec(
        "Atendo em Newark, chama no zap: nove sete três - cinco cinco cinco - zero um sete sete",
        ["+19735550177"],
        "pt-BR: whole number in Portuguese words",
        "US",
    ),
    rec(
        "Nouvelle à Montréal 🍁 texte-moi au cinq-un-quatre, cinq-cinq-cinq, zéro-un-trois-neuf",
        ["+15145550139"],
        "fr-CA: hyphenated French digit words",
        "CA",
    ),
    rec(
        "ᐅᖃᓘᑎᒃᑯᑦ ᐅᖃᖃᑎᒌᓐᓂᐊᖅᑐᒍᑦ: 867-555-0131 (ᐃᖃᓗᐃᑦ)",
        ["+18675550131"],
        "iu: Canadian syllabics around a Nunavut number",
        "CA",
    ),
    rec(
        "ארבעט אין ברוקלין, רופט 718-555-0188 נאך 6 אזייגער",
        ["+17185550188"],
        "yi: Yiddish job ad, an hour next to the number",
        "US",
    ),
    rec(
        "Au pair i Chicago. Ring meg: tre-en-to fem-fem-fem null-en-fem-to",
        ["+13125550152"],
        "no: Norwegian digit words",
        "US",
    ),
    rec(
        "Тэлефануйце: шэсць адзін сем, пяць пяць пяць, нуль адзін шэсць адзін (Бостан)",
        ["+16175550161"],
        "be: Belarusian digit words",
        "US",
    ),
    rec(
        "Pm lang po or text sa 604 555 0121, taga-Vancouver ako, $20/hr",
        ["+16045550121"],
        "tl: Taglish ad with a wage",
        "CA",
    ),
    rec("कॉल करें: ४०८-५५५-०१४४ (San Jose), पेमेंट सिर्फ़ $ में", ["+14085550144"], "hi: Devanagari digits", "US"),
    rec("ફોન: ૨૦૧ ૫૫૫ ૦૧૨૬ — ન્યુ જર્સી, પગાર $18/કલાક", ["+12015550126"], "gu: Gujarati digits, wage after", "US"),
    rec("4🌸1🌸5 5🌸5🌸5 0🌸1🌸9🌸9 SF bay 🌸 incall only", ["+14155550199"], "en: a flower between every digit", "US"),
    rec("Text me\n+1 646 555-\n0170\nthanks babe", ["+16465550170"], "en: the number wrapped after a hyphen", "US"),
    rec(
        "Book online: https://example.com/booking?ref=ad77&callback=13125550108 or just call",
        ["+13125550108"],
        "en: the number in a URL query value",
        "US",
    ),
    rec("VIP line ++1.202.555.0148 (DC) ✨", ["+12025550148"], "en: doubled plus and dots"),
    rec(
        "Flat share in Brixton, viewings call Priya on 020 7946 0321 (not before 9am, £850 pcm)",
        ["+442079460321"],
        "en-GB: London drama number beside rent and time",
        "GB",
    ),
    rec(
        "Cleaning job, £11.44/hr, ring 0161 496 0578 and ask for Tomasz",
        ["+441614960578"],
        "en-GB: Manchester drama number beside a wage",
        "GB",
    ),
    rec(
        "Swydd glanhau yng Nghaerdydd — ffoniwch 020 7946 0112 cyn 5pm",
        ["+442079460112"],
        "cy: Welsh ad with a London number",
        "GB",
    ),
    rec(
        "Studio Paris 11e, 45 m², 1 200 €/mois — appeler le 01 99 00 27 63 après 18h",
        ["+33199002763"],
        "fr: rent, area and hour around a French fiction number",
        "FR",
    ),
    rec(
        "Labour e Kemper, pellgomz d'an 01.99.00.54.10 goude 6e",
        ["+33199005410"],
        "br: Breton ad, dotted French number",
        "FR",
    ),
    rec("Cercam de monde per la vendémia, sonatz al 01 99 00 88 21", ["+33199008821"], "oc: Occitan ad", "FR"),
    rec(
        "Backpacker farm work in Bundaberg, $28/h cash, txt Jase 0491 570 156",
        ["+61491570156"],
        "en-AU: mobile beside an hourly rate",
        "AU",
    ),
    rec(
        "Cần thợ nail ở Sydney, lương 900$/tuần, gọi chị Lan 0491 570 110",
        ["+61491570110"],
        "vi: Australian mobile in a Vietnamese job ad",
        "AU",
    ),
    rec(
        "시드니 워홀 구인, 연락처 +61 491-570-133 (카톡 X, 문자 O)",
        ["+61491570133"],
        "ko: Australian number in international form",
    ),
    rec("Τηλ. 312‑555‑0111 (Σικάγο), μόνο μηνύματα", ["+13125550111"], "el: Greek ad, Chicago number", "US"),
    rec(
        "Toronto'da bebek bakıcısı aranıyor, saat ücreti 18$, iletişim: 416 555 0148",
        ["+14165550148"],
        "tr: Toronto number after a wage",
        "CA",
    ),
    rec("ስልክ: 202-555-0165 (ዋሽንግተን ዲሲ) ደሞዝ በሰዓት $16", ["+12025550165"], "am: Ethiopic text", "US"),
    rec("Shaqo nadiifin ah, Minneapolis. Wac 612 555 0173 ama qoraal u dir", ["+16125550173"], "so: Somali ad", "US"),
    rec("ការងារនៅ Long Beach ហៅមក 562-555-0104 ប្រាក់ខែ $15/ម៉ោង", ["+15625550104"], "km: Khmer text", "US"),
    rec(
        "Office: (303) 555-0100 · Mobile: 720.555.0135 · Fax: n/a",
        ["+13035550100", "+17205550135"],
        "en: office and mobile in a signature",
        "US",
    ),
    rec(
        "🔥 Вакансии дня:\n1) Упаковщицы, Чикаго — 773-555-0114\n2) Сиделка, Нью-Йорк — 347 555 0190\n"
        "3) Склад, $22/ч — 312.555.0125",
        ["+17735550114", "+13475550190", "+13125550125"],
        "ru: channel digest with three numbers",
        "US",
    ),
    rec("txt me 312-555-ο1ο9 🙈", ["+13125550109"], "en: Greek omicron for zero", "US"),
    rec("Call " + ZWNJ.join("9175550128") + " now", ["+19175550128"], "en: ZWNJ between every digit", "US"),
    rec(
        "Ruf an: drei-eins-zwei / 555 / null-eins-sieben-vier (Chicago, nur SMS)",
        ["+13125550174"],
        "de: German words mixed with digits",
        "US",
    ),
    rec(
        "chiamami al tre uno due cinque cinque cinque zero uno sei sei, sono a Chicago",
        ["+13125550166"],
        "it: Italian digit words",
        "US",
    ),
    rec(
        "Kazi ya ndani Boston, mshahara $15 kwa saa. Piga simu 617 555 0155",
        ["+16175550155"],
        "sw: Swahili ad with wage",
        "US",
    ),
    rec(
        "Hubungi kak Rina di WA +1 (929) 555-0136, gaji 2.500 USD/bulan, tiket ditanggung",
        ["+19295550136"],
        "id: WhatsApp number beside a salary",
    ),
    rec(
        "gọi anh: bốn không tám, năm năm năm, không một hai ba (San Jose)",
        ["+14085550123"],
        "vi: Vietnamese digit words",
        "US",
    ),
    rec(
        "sunați la șapte unu opt - 555 - zero unu nouă doi, New York",
        ["+17185550192"],
        "ro: Romanian words mixed with digits",
        "US",
    ),
    rec("微信不回就打电话：213-555-0127（洛杉矶），押金200刀", ["+12135550127"], "zh: LA number, deposit", "US"),
    rec("ご連絡は ＋1 ２１２ ５５５ ０１３８ まで（ニューヨーク）", ["+12125550138"], "ja: full-width digits and plus"),
    rec("โทร 702 555 0157 (ลาสเวกัส) ค่าจ้าง 15$/ชม.", ["+17025550157"], "th: Thai ad", "US"),
    rec(
        "للتواصل: ٣١٣-٥٥٥-٠١٤٧ ديربورن، الراتب ٦٠٠$ أسبوعياً",
        ["+13135550147"],
        "ar: Arabic-Indic digits, wage after",
        "US",
    ),
    rec("شماره: ۸۱۸ ۵۵۵ ۰۱۷۹ (لس‌آنجلس) فقط پیامک", ["+18185550179"], "fa: Persian digits", "US"),
    rec("לפרטים: 305-555-0102, מיאמי. שכר 20$ לשעה", ["+13055550102"], "he: Hebrew ad", "US"),
    rec("სამუშაო ბრუკლინში, დარეკეთ: 718 555 0151", ["+17185550151"], "ka: Georgian ad", "US"),
    rec("Hívj: +1 (415) 555-0186 – San Francisco, órabér 25 $", ["+14155550186"], "hu: Hungarian ad"),
    rec(
        "Volejte 01 99 00 13 57 nebo 01 99 00 24 68 (Paříž, 2 pokoje)",
        ["+33199001357", "+33199002468"],
        "cs: two French numbers",
        "FR",
    ),
    rec(
        "Praca na magazynie w Manchesterze, 11,44 £/h, dzwoń 0161 496 0233",
        ["+441614960233"],
        "pl: UK number beside a wage",
        "GB",
    ),
    rec(
        "Limpeza em Londres, £12/h. Liga para o 020 7946 0455 depois das 14h",
        ["+442079460455"],
        "pt: London number beside a wage and hour",
        "GB",
    ),
    rec("Sadece mesaj: 6️⃣4️⃣6️⃣ 5️⃣5️⃣5️⃣ 0️⃣1️⃣8️⃣1️⃣ — Manhattan", ["+16465550181"], "tr: keycaps", "US"),
    # negatives
    rec(
        "Order #3125550142 shipped, tracking 1Z999AA10123456784, arrives 03/12/2026",
        [],
        "en: order id, UPS tracking and a date",
        "US",
    ),
    rec("Precio: $312.55 por noche, habitación 555, check-in 01:42 pm", [], "es: price, room number, time", "US"),
    rec("ISBN 978-3-16-148410-0, 312 Seiten, 24,95 €", [], "de: ISBN, page count, price", "DE"),
    rec("Mensurations 90-60-90, 1m72, 55 kg, dispo 7j/7 de 10h à 22h", [], "fr: measurements and hours", "FR"),
    rec("Координаты: 55.7558, 37.6173; заказ № 2026-0412-5550", [], "ru: coordinates and order number", "RU"),
    rec("IBAN GB82 WEST 1234 5698 7654 32, ref 4960 0123", [], "en-GB: IBAN and reference", "GB"),
    rec("订单号 202611290142，运费 ¥55.50，2026年11月29日", [], "zh: order number, fee, date", "CN"),
    rec("Valor R$ 1.555,01 — protocolo 3125 5501 4299", [], "pt-BR: price and protocol number", "BR"),
    rec("Flight UA 555 departs 01:42, gate B12, seat 31C, conf. 3K5LQ9", [], "en: flight details", "US"),
]

EMAIL: list[dict[str, Any]] = [
    rec("મેઇલ કરો: priya.shah એટ example ડોટ com", ["priya.shah@example.com"], "gu: 'at'/'dot' in Gujarati script"),
    rec("ਈਮੇਲ: harpreet.k ਐਟ example ਡਾਟ org", ["harpreet.k@example.org"], "pa: 'at'/'dot' in Gurmukhi"),
    rec("మెయిల్: ravi_teja ఎట్ example డాట్ net", ["ravi_teja@example.net"], "te: 'at'/'dot' in Telugu script"),
    rec("ಇಮೇಲ್: kavya.r ಅಟ್ example ಡಾಟ್ com", ["kavya.r@example.com"], "kn: 'at'/'dot' in Kannada script"),
    rec("ഇമെയിൽ: anju.m അറ്റ് example ഡോട്ട് com", ["anju.m@example.com"], "ml: 'at'/'dot' in Malayalam"),
    rec("மின்னஞ்சல்: selvi85 அட் example டாட் org", ["selvi85@example.org"], "ta: 'at'/'dot' in Tamil script"),
    rec("बायोडाटा पाठवा: sneha.p ॲट example डॉट com", ["sneha.p@example.com"], "mr: Marathi ॲट"),
    rec("пішыце: alesia.b сабачка example кропка com", ["alesia.b@example.com"], "be: сабачка / кропка"),
    rec("электрон почта: alsu.g эт example нокта com", ["alsu.g@example.com"], "tt: Tatar эт / нокта"),
    rec(
        'De: "Ana Pop" <ana.pop@example.org>\nSubiect: Re: oferta de muncă Germania',
        ["ana.pop@example.org"],
        "ro: display name in angle brackets",
    ),
    rec(
        "Scrie-mi: mara.ionescuNOSPAM@example.com (șterge NOSPAM)", ["mara.ionescu@example.com"], "ro: NOSPAM to remove"
    ),
    rec("kontakt: jonas.berg·at·example·dot·net", ["jonas.berg@example.net"], "sv: middle-dot-wrapped at/dot"),
    rec("Contact: Lina Haddad &lt;lina@example.com&gt;", ["lina@example.com"], "en: HTML-escaped angle brackets"),
    rec(
        "Пишите на [почту](mailto:nadia.k@example.org), отвечу вечером",
        ["nadia.k@example.org"],
        "ru: markdown mailto link",
    ),
    rec("めーるは yuki.t あっと example どっと com まで♪", ["yuki.t@example.com"], "ja: hiragana あっと / どっと"),
    rec(
        "Please reply to Maria.Lopez@Example.COM by Friday.",
        ["maria.lopez@example.com"],
        "en: mixed case, sentence period",
    ),
    rec("📧 hana.kim@example.net💌 답장 주세요", ["hana.kim@example.net"], "ko: emoji glued after the address"),
    rec(
        "CV to hr@example.org, cc: jobs.eu@example.org; IG @hr_example for updates",
        ["hr@example.org", "jobs.eu@example.org"],
        "en: two addresses and a handle",
    ),
    rec(
        "Aplikujte na recrutare@mail.example.net do 15.12.",
        ["recrutare@mail.example.net"],
        "sk: sub-domain, date after",
    ),
    rec(
        "On Tue, 3 Nov 2026 at 14:02, Ivan <ivan.petrov@example.com> wrote:\n> ok, send passport scan",
        ["ivan.petrov@example.com"],
        "en: quoted-reply header",
    ),
    rec("Skicka CV: sara . lind @ example . org", ["sara.lind@example.org"], "sv: spaces around @ and dots"),
    rec("Infos: tom(at)example.com – Rückruf garantiert", ["tom@example.com"], "de: (at) with a real dot"),
    rec("seòladh: morag.m aig example dot com", ["morag.m@example.com"], "gd: Scottish Gaelic 'aig'"),
    rec("שרייבט אונז: rivka.g@example.org — מיר צאלן גוט", ["rivka.g@example.org"], "yi: Yiddish context"),
    rec("ኢመይል: selam.t@example.com ስልኪ ኣይትደውሉ", ["selam.t@example.com"], "ti: Tigrinya context"),
    rec("ᐃᒥᐊᓕ: nuka.a@example.net", ["nuka.a@example.net"], "iu: Inuktitut context"),
    rec("barua pepe: amina.j at example dot com", ["amina.j@example.com"], "sw: plain at/dot"),
    rec("mailaka: fara.r@example.org, antso aorian'ny 6 ora", ["fara.r@example.org"], "mg: Malagasy context"),
    rec("གློག་འཕྲིན: tenzin.d@example.net", ["tenzin.d@example.net"], "bo: Tibetan context"),
    rec("Bewerbungen an anna+jobs@example.com (Betreff: Pflege)", ["anna+jobs@example.com"], "de: plus-address"),
    rec("EMAIL ME: KATYA AT EXAMPLE DOT NET", ["katya@example.net"], "en: shouted AT/DOT"),
    rec(
        "| Name | Email |\n|---|---|\n| Ana | ana.v@example.com |\n| Bea | bea.s@example.com |",
        ["ana.v@example.com", "bea.s@example.com"],
        "en: markdown table",
    ),
    rec("Bisous! mila(@)example.net", ["mila@example.net"], "fr: (@)"),
    rec("Ταχυδρομείο: eleni.p [at] example [dot] com", ["eleni.p@example.com"], "el: square-bracket at/dot"),
    rec("E-posta: deniz_k {et} example {nokta} org", ["deniz_k@example.org"], "tr: 'et'/'nokta' in braces"),
    rec(
        "Email kami: rekrut.asia @ example . com (balas 1x24 jam)",
        ["rekrut.asia@example.com"],
        "id: spaced @ next to '1x24'",
    ),
    rec("Gửi CV qua mail: lan.nguyen@example.com, hạn chót 30/11", ["lan.nguyen@example.com"], "vi: date after"),
    rec("ส่งเรซูเม่มาที่ noon.p@example.org ค่ะ", ["noon.p@example.org"], "th: Thai context"),
    rec('邮箱：wang.fang（at）example.com，注明"面试"', ["wang.fang@example.com"], "zh: full-width parentheses (at)"),
    rec(
        "メールアドレス：sakura_22@example.com（返信は24時間以内）",
        ["sakura_22@example.com"],
        "ja: full-width colon and parentheses",
    ),
    rec("Reply-To: jobs-cz@example.net\nX-Mailer: Outlook", ["jobs-cz@example.net"], "cs: mail header"),
    rec("تواصلوا عبر: layla.h@example.com أو واتساب", ["layla.h@example.com"], "ar: Arabic context"),
    rec("ایمیل: reza.m [at] example [dot] org", ["reza.m@example.org"], "fa: brackets in Persian text"),
    rec("Escríbeme a sofi_ar ARROBA example PUNTO com", ["sofi_ar@example.com"], "es: capital ARROBA/PUNTO"),
    rec("Manda o currículo: joao.silva @example.com.", ["joao.silva@example.com"], "pt: space before @, period"),
    rec(
        "Regards,\nKofi Mensah\nkofi.m at example dot org — no calls pls",
        ["kofi.m@example.org"],
        "en: signature with at/dot",
    ),
    rec("Пошта: oksana.v@example.com, Viber після 18:00", ["oksana.v@example.com"], "uk: time after"),
    rec("Correu: marta.p (arrova) example (punt) org", ["marta.p@example.org"], "ca: (arrova) / (punt)"),
    rec("Կապ: anush.h@example.net", ["anush.h@example.net"], "hy: Armenian context"),
    rec("ელფოსტა: nino.b@example.org", ["nino.b@example.org"], "ka: Georgian context"),
    rec("ইমেইল: rupa.d@example.com, বেতন ৳২০০০০", ["rupa.d@example.com"], "bn: salary in taka after"),
    # negatives
    rec("Follow @lola.example on IG, I don't do email", [], "en: handle that looks like a domain"),
    rec("icon@3x.webp and banner@2x.jpg are in the zip", [], "en: retina file names"),
    rec("3 rooms @ 450€ each, available @ 1 Dec", [], "en: @ as 'at' for prices and dates"),
    rec("Kontakt nur über das Formular auf example.com/kontakt", [], "de: URL, not an address"),
    rec("npm i @babel/core@7.26.0 --save-dev", [], "en: package specifier"),
    rec("Rendez-vous à 14h @ Gare du Nord, quai 7", [], "fr: @ for a place"),
    rec("@everyone pls read the pinned msg before 9.30", [], "en: chat mention and a time"),
    rec("Email: [redacted] / correo: se envía por privado", [], "es: redacted address"),
    rec("Send nudes to the usual place, you know where (not email)", [], "en: no address"),
]

HANDLE: list[dict[str, Any]] = [
    rec("سناب: lulu.riyadh22 ✨ للحجز فقط", ["snapchat:lulu.riyadh22"], "ar: Gulf 'سناب' for Snapchat"),
    rec("แอด ไอจี: fah_bkk99 นะคะ", ["instagram:fah_bkk99"], "th: ไอจี for IG"),
    rec("follow ig aku ya: @nadya.sby 🙏", ["instagram:nadya.sby"], "id: ig aku"),
    rec("인스타 아이디 ➜ soyeon__k", ["instagram:soyeon__k"], "ko: 인스타 아이디 with an arrow"),
    rec("インスタのIDは mei_0415 です！", ["instagram:mei_0415"], "ja: インスタのID"),
    rec("ib tele: @thao_hcm nha", ["telegram:thao_hcm"], "vi: 'ib tele'"),
    rec("آیدی تلگرام: @shirin_teh", ["telegram:shirin_teh"], "fa: آیدی تلگرام"),
    rec("пиши в тг @masha_spb_21, отвечу быстро", ["telegram:masha_spb_21"], "ru: 'в тг'"),
    rec("мій інст: kateryna.lviv", ["instagram:kateryna.lviv"], "uk: інст without @"),
    rec("pisz na snapa: ola_krk", ["snapchat:ola_krk"], "pl: inflected 'snapa'"),
    rec("agrégame al snap 👻 vale.cdmx", ["snapchat:vale.cdmx"], "es: snap + ghost"),
    rec(
        "me chama no insta @bia.rio22 ou no tele @bia_rio",
        ["instagram:bia.rio22", "telegram:bia_rio"],
        "pt-BR: two platforms",
    ),
    rec("Snap'ten ekle: ecem.ist", ["snapchat:ecem.ist"], "tr: Snap'ten"),
    rec(
        "Schreib mir auf Insta (@lena.hh) oder Telegram (@lena_hh)",
        ["instagram:lena.hh", "telegram:lena_hh"],
        "de: handles in parentheses",
    ),
    rec("trovami su OnlyFans: giulia_mi 🔥", ["onlyfans:giulia_mi"], "it: OnlyFans"),
    rec("abonne-toi ➡️ onlyfans.com/chloe.lyon", ["onlyfans:chloe.lyon"], "fr: onlyfans URL"),
    rec("TikTok: @sanne.ams 🎵 elke dag live", ["tiktok:sanne.ams"], "nl: TikTok"),
    rec(
        "Вакансії: t.me/jobs_abroad_ua/4521 (пост закріплено)",
        ["telegram:jobs_abroad_ua"],
        "uk: t.me link with a message id",
    ),
    rec(
        "my insta → https://www.instagram.com/lola.vibes/?hl=es",
        ["instagram:lola.vibes"],
        "en: instagram URL with ?hl=",
    ),
    rec(
        "watch: https://www.tiktok.com/@nikki.la/video/7301234567890123456", ["tiktok:nikki.la"], "en: tiktok video URL"
    ),
    rec("kik me → bambi_xo", ["kik:bambi_xo"], "en: kik me"),
    rec("加我微信 lily_sh88（备注：工作）", ["wechat:lily_sh88"], "zh: 加我微信"),
    rec("ラインID: ayaka_tky ／ 既読スルーしないでね", ["line:ayaka_tky"], "ja: ラインID"),
    rec("Skype: anna.recruiter.eu (interviews Mon–Fri)", ["skype:anna.recruiter.eu"], "en: Skype"),
    rec("add me on discord: moonpie_77", ["discord:moonpie_77"], "en: discord"),
    rec("Signal: nora.42 (no phone numbers pls)", ["signal:nora.42"], "en: Signal username with .NN"),
    rec("tg://resolve?domain=kira_help", ["telegram:kira_help"], "en: tg:// deep link"),
    rec("DM: ig.me/m/lola.vibes2", ["instagram:lola.vibes2"], "en: ig.me/m/ link"),
    rec("fb.me/dana.popescu – scrie-mi acolo", ["facebook:dana.popescu"], "ro: fb.me link"),
    rec("मेरा इंस्टा: @riya.dlh", ["instagram:riya.dlh"], "hi: इंस्टा"),
    rec("টেলিগ্রাম: @tania_dhk", ["telegram:tania_dhk"], "bn: টেলিগ্রাম"),
    rec("sa IG ko na lang kayo mag-DM: @jessa.mnl", ["instagram:jessa.mnl"], "tl: Taglish"),
    rec("nifuate Instagram: @neema_dsm", ["instagram:neema_dsm"], "sw: nifuate"),
    rec("στείλε μου στο Instagram: @elena.ath", ["instagram:elena.ath"], "el: Greek"),
    rec("Telegramon írj: @reka_bp", ["telegram:reka_bp"], "hu: inflected Telegramon"),
    rec("napiš mi na Snapchat: terka.prg", ["snapchat:terka.prg"], "cs: Snapchat without @"),
    rec("scrie-mi pe Telegram la @ioana_buc", ["telegram:ioana_buc"], "ro: 'pe Telegram la'"),
    rec("באינסטגרם: @noa.tlv", ["instagram:noa.tlv"], "he: באינסטגרם"),
    rec("ቴሌግራም: @hana_addis", ["telegram:hana_addis"], "am: ቴሌግራም"),
    rec("инста: @aruzhan.ala", ["instagram:aruzhan.ala"], "kk: инста"),
    rec("hit me up @ruby_rose_77 😘", ["unknown:ruby_rose_77"], "en: no platform named"),
    rec("DM @jade.luxe for rates", ["unknown:jade.luxe"], "en: DM without platform"),
    rec("👻: dana.snaps", ["snapchat:dana.snaps"], "en: ghost emoji as the label"),
    rec(
        "IG • sofi.arg | TG • sofi_arg | TT • sofi.arg",
        ["instagram:sofi.arg", "telegram:sofi_arg", "tiktok:sofi.arg"],
        "es: footer with IG/TG/TT abbreviations",
    ),
    rec("rašyk į instagramą: @ugne.vln", ["instagram:ugne.vln"], "lt: inflected instagramą"),
    rec("пиши ми на Телеграм: @jelena_bg", ["telegram:jelena_bg"], "sr: Cyrillic Телеграм"),
    rec("https://telegram.me/work_in_dubai_agent", ["telegram:work_in_dubai_agent"], "en: telegram.me URL"),
    rec(
        "Ikuti TikTok saya @aisyah.kl dan IG @aisyah_kl",
        ["tiktok:aisyah.kl", "instagram:aisyah_kl"],
        "ms: two platforms",
    ),
    rec(
        "Schrijf me op Snapchat (sanne_x) of TikTok (sanne.x)",
        ["snapchat:sanne_x", "tiktok:sanne.x"],
        "nl: handles in parentheses after platforms",
    ),
    rec(
        "nikt nie odpisuje na IG? pisz na TG: @kasia_waw",
        ["telegram:kasia_waw"],
        "pl: IG mentioned without a handle, TG with one",
    ),
    rec("Kik: lexi.babe • Snap: lexi.babe22", ["kik:lexi.babe", "snapchat:lexi.babe22"], "en: two platforms, bullet"),
    # negatives
    rec("email me: ruby@example.com", [], "en: an e-mail address is not a handle"),
    rec("join the private group: t.me/+AbCdEf12345", [], "en: t.me invite link, no username"),
    rec("@media (max-width: 600px) { .ad { display: none } }", [], "en: CSS at-rule"),
    rec("@everyone @here new rates pinned", [], "en: Discord mention keywords"),
    rec("Meet @ 9pm @ the hotel lobby", [], "en: @ as 'at'"),
    rec("No IG, no TG, no snap — only in person", [], "en: platforms without handles"),
    rec("#tbt #summer #nofilter", [], "en: hashtags"),
    rec("see the post: instagram.com/p/C0abc123XYZ/", [], "en: Instagram post link"),
    rec("Price @ $80/hr, tips welcome", [], "en: @ before a price"),
]

PAYMENT: list[dict[str, Any]] = [
    rec(
        "deposit $50 via CashApp ($luna4u) before we meet, no deposit no meet",
        ["cashapp:$luna4u"],
        "en: cashtag in parentheses beside an amount",
    ),
    rec("manda el depósito de $40 a mi cash: $vale305", ["cashapp:$vale305"], "es-US: 'mi cash'"),
    rec("Venmo @kayla-m-22 (last 4 digits 0142)", ["venmo:kayla-m-22"], "en: Venmo beside 'last 4 digits'"),
    rec("PayPal: paypal.me/sunnyday88?locale.x=en_US", ["paypal:sunnyday88"], "en: paypal.me with a locale query"),
    rec("Revolut @maria2kx (revtag), send before Friday", ["revolut:maria2kx"], "en: Revolut tag"),
    rec("Pix não, só PayPal: paypal.me/camilabr", ["paypal:camilabr"], "pt-BR: PayPal instead of Pix"),
    rec("acompte de 30 € par PayPal ➜ paypal.me/ineslyon", ["paypal:ineslyon"], "fr: acompte"),
    rec("Anzahlung 50 € per PayPal an paypal.me/lenahh", ["paypal:lenahh"], "de: Anzahlung"),
    rec("avans 100 lei pe Revolut: @andreeab", ["revolut:andreeab"], "ro: avans pe Revolut"),
    rec("zaliczka 200 zł na Revolut (revolut.me/kasiaw)", ["revolut:kasiaw"], "pl: revolut.me link"),
    rec("передоплата 500 грн на Revolut: @oksanak7", ["revolut:oksanak7"], "uk: передоплата"),
    rec("Revolut: @ugnevln, 30 € avansas", ["revolut:ugnevln"], "lt: avansas"),
    rec("tips → $bambixo on Cash App 💸", ["cashapp:$bambixo"], "en: platform after the cashtag"),
    rec("cash app / $rosie305 / $60 deposit", ["cashapp:$rosie305"], "en: slashes between"),
    rec("GCash or Venmo @jessa-santos", ["venmo:jessa-santos"], "tl: GCash (not scored) beside Venmo"),
    rec("chuyển khoản trước qua Venmo: @thao-nguyen-7", ["venmo:thao-nguyen-7"], "vi: Venmo"),
    rec("定金请转 PayPal：paypal.me/lilysh88", ["paypal:lilysh88"], "zh: 定金"),
    rec("PayPalで送金してね paypal.me/yukitky", ["paypal:yukitky"], "ja: PayPalで送金"),
    rec("예약금은 페이팔로: paypal.me/soyeonk", ["paypal:soyeonk"], "ko: 페이팔"),
    rec("التحويل عبر باي بال: paypal.me/lulurydh", ["paypal:lulurydh"], "ar: باي بال"),
    rec("העברה בפייפאל paypal.me/noatlv", ["paypal:noatlv"], "he: בפייפאל"),
    rec("предоплата на кэшап $masha21spb, потом адрес", ["cashapp:$masha21spb"], "ru: кэшап"),
    rec("προκαταβολή μέσω Revolut: @elenaath", ["revolut:elenaath"], "el: προκαταβολή"),
    rec("előleg Revoluton: @rekabp", ["revolut:rekabp"], "hu: inflected Revoluton"),
    rec("záloha přes Revolut: revolut.me/terkaprg", ["revolut:terkaprg"], "cs: záloha"),
    rec("kapora Revolut'a: @ecemist", ["revolut:ecemist"], "tr: Revolut'a"),
    rec("acconto 50€ su PayPal: paypal.me/giuliami", ["paypal:giuliami"], "it: acconto"),
    rec("Tikkie kan niet, wel PayPal: paypal.me/sanneams", ["paypal:sanneams"], "nl: Tikkie (not scored)"),
    rec("tuma kwa Cash App $neemadsm kabla ya kukutana", ["cashapp:$neemadsm"], "sw: tuma kwa"),
    rec("एडवांस कैश ऐप पर भेजो: $riyadlh", ["cashapp:$riyadlh"], "hi: कैश ऐप"),
    rec(
        "CashApp $luxelexi | Venmo @luxe-lexi | PayPal paypal.me/luxelexi",
        ["cashapp:$luxelexi", "venmo:luxe-lexi", "paypal:luxelexi"],
        "en: three platforms in a footer",
    ),
    rec("pay here 👉 https://cash.app/$ginger504 then screenshot", ["cashapp:$ginger504"], "en: cash.app link"),
    rec("Apple Pay / Zelle / Cash App ($jojo2u)", ["cashapp:$jojo2u"], "en: unscored platforms beside Cash App"),
    rec("venmo: kayla_m22 — no notes with emojis pls", ["venmo:kayla_m22"], "en: underscore in a Venmo name"),
    rec("förskott via PayPal: paypal.me/linneasthlm", ["paypal:linneasthlm"], "sv: förskott"),
    rec("ennakko PayPaliin: paypal.me/ainohki", ["paypal:ainohki"], "fi: PayPaliin"),
    rec("depositum på Revolut: @freyacph", ["revolut:freyacph"], "da: depositum"),
    rec("forskudd på Revolut @ingridosl", ["revolut:ingridosl"], "no: forskudd"),
    rec("капаро по Revolut: @desibg", ["revolut:desibg"], "bg: капаро"),
    rec("señal de 50 € por Revolut: revolut.me/luciamad", ["revolut:luciamad"], "es: señal, revolut.me"),
    rec("DP lewat PayPal: paypal.me/nadyasby", ["paypal:nadyasby"], "id: DP lewat"),
    rec("มัดจำผ่าน PayPal: paypal.me/fahbkk", ["paypal:fahbkk"], "th: มัดจำ"),
    rec("پیش‌پرداخت با پی‌پال: paypal.me/shirinteh", ["paypal:shirinteh"], "fa: پی‌پال"),
    rec(
        "$200 roses, $50 deposit to $danirose305 first",
        ["cashapp:$danirose305"],
        "en: cashtag after dollar amounts, no platform named",
    ),
    rec("ایڈوانس پے پال پر: paypal.me/ayeshakhi", ["paypal:ayeshakhi"], "ur: پے پال"),
    rec(
        "Avans: Revolut @mirela77 sau PayPal paypal.me/mirela77",
        ["revolut:mirela77", "paypal:mirela77"],
        "ro: two platforms",
    ),
    rec("Cash App: $chloe4u · Venmo: chloe-4u", ["cashapp:$chloe4u", "venmo:chloe-4u"], "en: two, middle dot"),
    rec("ადვანსი Revolut-ზე: @ninotbs", ["revolut:ninotbs"], "ka: Revolut-ზე"),
    rec("кешапп $dasha305, без депозита не пишите", ["cashapp:$dasha305"], "ru: кешапп"),
    rec("PayPal.Me/kiana2000 (friends & family only)", ["paypal:kiana2000"], "en: capitalised PayPal.Me host"),
    rec("venmo.com/u/marisol-g-305", ["venmo:marisol-g-305"], "es: venmo.com/u/ link"),
    # negatives
    rec("$TSLA up 5% today, $AAPL flat, $NVDA 🚀", [], "en: stock cashtags"),
    rec("Price $200/hr, $350 2hrs, no deposits ever", [], "en: dollar prices only"),
    rec("PayPal accepted, ask for details", [], "en: platform without a tag"),
    rec("Venmo? nah, cash only 💵", [], "en: platform refused"),
    rec("Revolut card ending 0142, IBAN LT12 1000 0111 0100 1000", [], "lt: card ending and IBAN"),
    rec("Total: US$ 1,250.00 (USD), paid", [], "en: amount with US$"),
    rec("cash app screenshot scams are fake, we never ask for $ first", [], "en: warning text"),
    rec("Costo $1,500 MXN, pago en efectivo", [], "es: peso amount"),
    rec("login at paypal.com/signin if the link fails", [], "en: PayPal login URL"),
]


def _crypto() -> list[dict[str, Any]]:
    a1, c1 = W("btc-p2pkh", "a1")
    a2, c2 = W("btc-p2pkh", "a2")
    a3, c3 = W("btc-p2pkh", "a3")
    a4, c4 = W("btc-p2pkh", "a4")
    a5, c5 = W("btc-p2pkh", "a5")
    s1, sc1 = W("btc-p2sh", "s1")
    s2, sc2 = W("btc-p2sh", "s2")
    b1, bc1 = W("btc-p2wpkh", "b1")
    b2, bc2 = W("btc-p2wpkh", "b2")
    b3, bc3 = W("btc-p2wpkh", "b3")
    b4, bc4 = W("btc-p2wpkh", "b4")
    b5, bc5 = W("btc-p2wpkh", "b5")
    t1, tc1 = W("btc-p2tr", "t1")
    t2, tc2 = W("btc-p2tr", "t2")
    e1, ec1 = W("eth", "e1")
    e2, ec2 = W("eth", "e2")
    e3, ec3 = W("eth", "e3")
    e4, ec4 = W("eth", "e4")
    e5, ec5 = W("eth", "e5")
    e6, ec6 = W("eth", "e6")
    e7, ec7 = W("eth", "e7")
    e8, ec8 = W("eth", "e8")
    r1, rc1 = W("trx", "r1")
    r2, rc2 = W("trx", "r2")
    r3, rc3 = W("trx", "r3")
    r4, rc4 = W("trx", "r4")
    r5, rc5 = W("trx", "r5")
    r6, rc6 = W("trx", "r6")
    l1, lc1 = W("ltc-l", "l1")
    l2, lc2 = W("ltc-l", "l2")
    m1, mc1 = W("ltc-m", "m1")
    m2, mc2 = W("ltc-m", "m2")
    n1, nc1 = W("ltc1", "n1")
    d1, dc1 = W("doge", "d1")
    d2, dc2 = W("doge", "d2")
    d3, dc3 = W("doge", "d3")
    o1, oc1 = W("sol", "o1")
    o2, oc2 = W("sol", "o2")
    o3, oc3 = W("sol", "o3")
    x1, xc1 = W("btc-p2pkh", "x1")
    y1, yc1 = W("eth", "y1")
    z1, zc1 = W("trx", "z1")
    tx = hashlib.sha256(b"clew-b13:tx1").hexdigest()
    tx2 = hashlib.sha256(b"clew-b13:tx2").hexdigest()
    flip = next(i for i, c in enumerate(e1) if i >= 2 and c.isalpha())
    bad_eth = e1[:flip] + e1[flip].swapcase() + e1[flip + 1 :]
    return [
        rec(f"Donations (BTC): {a1}", [c1], "en: P2PKH donation line"),
        rec(f"Billetera BTC para el depósito: {a2} — monto 0.0015 BTC", [c2], "es: P2PKH beside an amount"),
        rec(f"Carteira bitcoin (segwit): {b1}", [bc1], "pt: P2WPKH"),
        rec(f"Adresse ETH : {e1} (réseau ERC-20 uniquement)", [ec1], "fr: EIP-55 ETH"),
        rec(f"USDT (TRC20) an: {r1}", [rc1], "de: TRON"),
        rec(f"Кошелёк USDT TRC-20: {r2} — комиссия на вас", [rc2], "ru: TRON"),
        rec(f"Гаманець BTC: {a3}", [c3], "uk: P2PKH"),
        rec(f"Portfel ETH: {e2.lower()}", [ec2], "pl: lower-case ETH"),
        rec(f"Adresa LTC: {l1}", [lc1], "ro: Litecoin L address"),
        rec(f"DOGE cüzdanım: {d1}", [dc1], "tr: Dogecoin"),
        rec(f"USDT-TRC20 收款地址：{r3}", [rc3], "zh: TRON after a full-width colon"),
        rec(f"ビットコインアドレス：{b2}", [bc2], "ja: P2WPKH"),
        rec(f"이더리움 지갑 주소: {e3}", [ec3], "ko: EIP-55 ETH"),
        rec(f"Ví Solana: {o1}", [oc1], "vi: Solana"),
        rec(f"กระเป๋า BTC (Taproot): {t1}", [tc1], "th: P2TR"),
        rec(f"Alamat dompet ETH (BEP-20 juga bisa): {e4}", [ec4], "id: ETH with a BEP-20 note"),
        rec(f"محفظة بيتكوين: {a4}", [c4], "ar: P2PKH in RTL text"),
        rec(f"آدرس تتر (ترون): {r4}", [rc4], "fa: TRON in RTL text"),
        rec(f"ארנק ביטקוין: {b3}", [bc3], "he: P2WPKH in RTL text"),
        rec(f"BTC वॉलेट: {s1}", [sc1], "hi: P2SH"),
        rec(f"Πορτοφόλι ETH: {e5}", [ec5], "el: ETH"),
        rec(f"LTC tárca: {n1}", [nc1], "hu: ltc1 address"),
        rec(f"Peněženka SOL: {o2}", [oc2], "cs: Solana"),
        rec(f"Pochi ya BTC: {a5}", [c5], "sw: P2PKH"),
        rec(f"ETH wallet ko: {e6.lower()} salamat po", [ec6], "tl: lower-case ETH"),
        rec(f"Doneer in DOGE: {d2} 🐶", [dc2], "nl: Dogecoin with emoji after"),
        rec(f"Indirizzo BTC: {b4} — conferme richieste: 3", [bc4], "it: P2WPKH, confirmations count"),
        rec(f"Plånbok (ETH): {e7}.", [ec7], "sv: ETH followed by a period"),
        rec(f"BTC {s2} | ETH {e8} | USDT-TRC20 {r5}", [sc2, ec8, rc5], "en: three chains in a footer"),
        rec(f"balance: https://blockchair.com/bitcoin/address/{x1}", [xc1], "en: blockchair URL"),
        rec(f"https://etherscan.io/address/{y1}#tokentxns", [yc1], "en: etherscan URL with a fragment"),
        rec(f"https://tronscan.org/#/address/{z1}/transfers", [zc1], "en: tronscan URL with a path after"),
        rec(f"https://solscan.io/account/{o3}?cluster=mainnet", [oc3], "en: solscan URL with a query"),
        rec(f"sent 0.01 BTC to {b5}, txid {tx}", [bc5], "en: wallet beside a tx hash"),
        rec(f"pay lola.eth or {e2}; tx 0x{tx2}", [ec2], "en: ENS name, ETH and tx hash"),
        rec(f"bitcoin:{t2.upper()}?amount=0.002&label=deposit", [tc2], "en: BIP-21 URI with upper-case taproot"),
        rec(f"copy exactly: `{a1}`", [c1], "en: markdown code span (same wallet as another record)"),
        rec(f'{{"network":"tron","address":"{r6}","memo":null}}', [rc6], "en: JSON"),
        rec(f"[QR]\n{m1}\nscan or copy", [mc1], "en: LTC M address under QR art"),
        rec(f"LTC (M-адрес): {m2}", [mc2], "ru: LTC M address"),
        rec(f"Портфейл LTC: {l2}", [lc2], "bg: LTC L address"),
        rec(f"ბიტკოინ საფულე: {a2}", [c2], "ka: P2PKH"),
        rec(f"Բիթքոյն դրամապանակ: {b1}", [bc1], "hy: P2WPKH"),
        rec(f"የቢትኮይን አድራሻ: {a3}", [c3], "am: P2PKH"),
        rec(f"বিটকয়েন ওয়ালেট: {b2}", [bc2], "bn: P2WPKH"),
        rec(f"பிட்காயின் முகவரி: {a4}", [c4], "ta: P2PKH"),
        rec(f"អាសយដ្ឋាន USDT TRC20: {r1}", [rc1], "km: TRON"),
        rec(f"BTC хэтэвч: {s1}", [sc1], "mn: P2SH"),
        rec(f"USDT әмиян (TRC20): {r2}", [rc2], "kk: TRON"),
        rec(f"Dompet DOGE: {d3}", [dc3], "ms: Dogecoin"),
        rec(f"بٹ کوائن والیٹ: {b3}", [bc3], "ur: P2WPKH"),
        rec(f"बिटकोइन वालेट: {a5}", [c5], "ne: P2PKH"),
        # negatives
        rec(f"BTC: {_mutate(a1)}", [], "en: P2PKH with one character changed (bad checksum)"),
        rec(f"segwit: {_mutate(b1)}", [], "en: P2WPKH with one character changed (bad checksum)"),
        rec(f"txid: {tx}", [], "en: a transaction hash alone"),
        rec(f"ETH: {bad_eth}", [], "en: mixed-case ETH whose EIP-55 casing is broken"),
        rec(f"send to {e3[:6]}…{e3[-4:]} (full address in DM)", [], "en: truncated address"),
        rec("send to lola.eth only", [], "en: ENS name only"),
        rec(f"USDT TRC20: {_mutate(r1)}", [], "en: TRON with one character changed (bad checksum)"),
        rec("Order BTC-2026-11-29-0042, tracking 1Z999AA10123456784", [], "en: order and tracking numbers"),
        rec(f"ETH: {e4[:-1]}", [], "en: ETH with one hex digit dropped"),
    ]


AGE: list[dict[str, Any]] = [
    rec("22F | NYC | new in town 💕", ["22"], "en: Reddit-style 22F"),
    rec("A/S/L? 21/f/miami", ["21"], "en: A/S/L answer"),
    rec("(F, 23) looking for a room share in Leeds, £500 max", ["23"], "en: (F, 23) beside a price"),
    rec("мне 22 весны 🌸", ["22"], "ru: 'весны' (springs) for years"),
    rec("ハタチです♡ 新人です", ["20"], "ja: ハタチ = twenty years old"),
    rec("二十二歳、OLです。身長158cm", ["22"], "ja: kanji numerals, height after"),
    rec("스물두 살이에요 ㅎㅎ", ["22"], "ko: native Korean numerals"),
    rec("나이: 24살 / 키 165", ["24"], "ko: 24살 with height"),
    rec("今年二十一岁，身高165，体重48公斤", ["21"], "zh: Chinese numerals, height and weight"),
    rec("22歲 / 163cm / 48kg", ["22"], "zh-TW: slash profile"),
    rec("อายุ 23 ปี สูง 160", ["23"], "th: อายุ 23 ปี with height"),
    rec("อายุยี่สิบเอ็ดปีค่ะ", ["21"], "th: Thai number words"),
    rec("em 20 tuổi, cao 1m58, nặng 45kg", ["20"], "vi: tuổi with height and weight"),
    rec("umur 22 thn, TB 160, BB 48", ["22"], "id: abbreviations thn/TB/BB"),
    rec("22 years old na po ako, taga-Cebu", ["22"], "tl: Taglish"),
    rec("umur saya dua puluh tiga tahun", ["23"], "ms: Malay number words"),
    rec("उम्र: 21 साल, कद 5'3\"", ["21"], "hi: उम्र with height in feet"),
    rec("বয়স ২২ বছর, উচ্চতা ৫ ফুট ২", ["22"], "bn: Bengali digits"),
    rec("வயது 24, உயரம் 160 செ.மீ", ["24"], "ta: வயது with height"),
    rec("عمر 23 سال، کراچی", ["23"], "ur: عمر … سال"),
    rec("عمري ٢٢ سنة، الطول ١٦٥", ["22"], "ar: Arabic-Indic digits, height after"),
    rec("۲۰ ساله از تهران", ["20"], "fa: Persian digits + ساله"),
    rec("בן 25 מחפש עבודה בבנייה", ["25"], "he: masculine בן 25"),
    rec("23 yaşındayım, boyum 1.68", ["23"], "tr: yaşındayım with height"),
    rec("είμαι 22 χρονών, 1.70 ύψος", ["22"], "el: χρονών"),
    rec("am 19 ani, 1,65 m, 50 kg", ["19"], "ro: ani with height and weight"),
    rec("mam 21 lat i szukam pracy w Niemczech", ["21"], "pl: lat"),
    rec("je mi 24 let, Brno", ["24"], "cs: je mi … let"),
    rec("22 éves vagyok, 168 cm", ["22"], "hu: éves"),
    rec("olen 23-vuotias ja asun Tampereella", ["23"], "fi: -vuotias"),
    rec("jag är 20 år, bor i Malmö", ["20"], "sv: år"),
    rec("bin 21 Jahre jung und neu hier", ["21"], "de: Jahre jung"),
    rec("ik ben 22 jaar, 1m70", ["22"], "nl: jaar"),
    rec("j'ai vingt-deux ans et je parle anglais", ["22"], "fr: number words"),
    rec("tengo veintiún años, soy de Cali", ["21"], "es: veintiún"),
    rec("tenho dezenove anos e moro em Lisboa", ["19"], "pt: number words"),
    rec("ho ventitré anni, cerco lavoro come badante", ["23"], "it: number words"),
    rec("nina miaka 22, natafuta kazi", ["22"], "sw: miaka"),
    rec("ዕድሜ: 21 ዓመት", ["21"], "am: ዕድሜ"),
    rec("мені 20 років, зріст 170", ["20"], "uk: років with height"),
    rec("мне 22 гады, з Мінска", ["22"], "be: гады"),
    rec("ვარ 23 წლის, თბილისიდან", ["23"], "ka: წლის"),
    rec("22 տարեկան եմ", ["22"], "hy: տարեկան"),
    rec("21 y.o. | 5'5 | 34B | 24/7 available", ["21"], "en: y.o. beside measurements and 24/7"),
    rec("I'm a 20 year old student from Ohio", ["20"], "en: 'a 20 year old'"),
    rec("me: how old r u?\nher: 19\nme: ok cool", ["19"], "en: chat question and bare answer"),
    rec("age — 22 — height 170 cm — weight 52 kg", ["22"], "en: dash-separated profile"),
    rec("born 2004, so 22 now 🎂", ["22"], "en: birth year and the stated age"),
    rec("Nombre: Sofi | Edad 24 | Medidas 90-60-90", ["24"], "es: Edad beside measurements"),
    rec("Me (23) and my friend (21) available together", ["23", "21"], "en: two ages in parentheses"),
    rec("मेरो उमेर २२ वर्ष हो", ["22"], "ne: Nepali with Devanagari digits"),
    # negatives
    rec("18+ only, over 21 clients preferred", [], "en: age limits, not the person's age"),
    rec("open 24/7, 2 hrs min, 30 min quickie", [], "en: hours and durations"),
    rec("Measurements 34-24-36, 5'6\", size 8", [], "en: body measurements"),
    rec("Hiring girls aged 18-25 for hostess jobs in Dubai", [], "en: requirement range"),
    rec("Room 22, floor 3, €22 per night", [], "en: room number and price"),
    rec("営業時間 10時〜22時、料金 2万円", [], "ja: opening hours and price"),
    rec("Apartamento de 45 m², 2 baños, año 2019", [], "es: area, rooms, year"),
    rec("скидка 20% до 23 декабря", [], "ru: discount and a date"),
    rec("Married 20 years, 2 kids, house for sale €220k", [], "en: duration, count, price"),
]


def main() -> None:
    sets = {
        "phone": PHONE,
        "email": EMAIL,
        "handle": HANDLE,
        "payment": PAYMENT,
        "crypto": _crypto(),
        "age": AGE,
    }
    for kind, records in sets.items():
        lines = []
        for i, r in enumerate(records, 1):
            out = {"id": f"b13-{kind}-{i:03d}", "batch": 13, **r}
            lines.append(json.dumps(out, ensure_ascii=False))
        (OUT / f"{kind}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{kind}: {len(records)} records, {sum(1 for r in records if not r['expected'])} negatives")


if __name__ == "__main__":
    main()
