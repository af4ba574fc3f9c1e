"""Generate batch 15 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch15/<type>.jsonl).

    python bench/data/identifiers_heldout/batch15/make.py

Why a fifteenth batch: batches up to 14 have been scored and studied, so they no longer measure text
nobody tuned for.  Batch 15 was written blind by another author who read only issue 3, the obfuscation
table in the research notes (indicators.md section 5), the data contract in PRODUCT.md, the scorer, the
first lines of batch 7's files (for the record format) and the docstrings of batches 6 to 14 (to choose
*other* cases).  No extractor code, generated docs, tests or earlier held-out records were read.

Everyday realism first (long posts, signatures, chat exports, several identifiers per text, look-alike
distractors right beside them), with disguises a person decodes at a glance, in 30+ languages:
- phones: Telegram phone links (t.me/+1...), signal.me/#p/ links, an SMS-gateway address holding the
  number, the hollow-red-circle emoji for zero, Russian-style pair grouping (312-555-01-42), thousands
  commas (312,555,0142), full-width brackets in Chinese and Japanese ads, numbers after "Tel." in
  Indonesian / Swahili / Turkish / Greek / Hungarian / Finnish ads, a number between a price and a
  flight number, vertical bars between digits of a Polish ad, a number whose last group sits on the
  next line after an emoji, ads in Persian and Bengali digits, and the fictional UK / FR / AU ranges in
  local notation.
- e-mail: Turkish "kuyruklu a", French "a commercial", Romanian "coadă de maimuță", Bulgarian "кльомба",
  Hebrew "כרוכית", Estonian "ätt", "at sign" / "commercial at" spelt out, "dawt", vCard / Reply-To /
  From: headers, forum signatures, several addresses per text, and negatives with retina file names,
  @mentions, package versions (pkg@1.2.3) and git remotes.
- handles: "underscore" and "dot" spelt inside the username, usernames between «», 「」 or “” quotes,
  arrows as cues (TG ➜ x), Cyrillic "кик" / "снэп", Portuguese "zap" kept apart from Telegram, cues on
  the next line, bios with three platforms and a Linktree URL (not a handle); negatives with @everyone,
  decorators, "@ 9pm", emails and invite links.
- payment: "dollar sign" spelt out in a cashtag, cashtags after a colon in ~15 languages, venmo @user
  with hyphens, paypal.me and revolut.me links with query strings, several handles with prices and
  order numbers; negatives with stock cashtags, prices and "no PayPal".
- crypto: BTC (P2PKH, P2SH-P2WPKH, P2WPKH, P2TR), ETH (EIP-55 and lower case), TRON, LTC (L, M, ltc1),
  DOGE, SOL, derived here from sha256 of fixed seed strings (secp256k1 and the taproot tweak computed in
  this file, Ed25519 through pycryptodome, bech32m checksum computed here) and checked; inside HTML
  <code>, quoted in chat replies, after "deposit to", next to tx hashes, block hashes and amounts;
  negatives with a mutated checksum, a broken EIP-55 casing, a truncated address and a PGP fingerprint.
- age: ages in ~35 languages (Swahili "miaka", Kazakh "жаста", Amharic "ዓመቴ", Georgian, Armenian...),
  keycap ages, "twenty-two (22)", ages beside heights, weights, dress sizes, prices; negatives with
  "open 24/7", years of experience, room numbers, "18+ only" and a car's age.
About 15 % of each type are negatives (``"expected": []``).

Fictional values only: NA 555-0100..0199, UK 020 7946 0xxx / 0161 496 0xxx, FR 01 99 00 xx xx,
AU 0491 570 1xx; example.com/.org/.net; made-up handles; wallets from sha256 of seed strings.
Every record has "batch": 15.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import base58
import bech32
import phonenumbers
from Crypto.Hash import RIPEMD160, keccak
from Crypto.PublicKey import ECC

OUT = Path(__file__).resolve().parent
BATCH = 15

# --------------------------------------------------------------------------- crypto from fixed seeds
_P = 2**256 - 2**32 - 977
_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
_G = (
    0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
    0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8,
)
Point = tuple[int, int] | None


def _add(a: Point, b: Point) -> Point:
    if a is None:
        return b
    if b is None:
        return a
    if a[0] == b[0] and (a[1] + b[1]) % _P == 0:
        return None
    lam = 3 * a[0] * a[0] * pow(2 * a[1], -1, _P) % _P if a == b else (b[1] - a[1]) * pow(b[0] - a[0], -1, _P) % _P
    x = (lam * lam - a[0] - b[0]) % _P
    return x, (lam * (a[0] - x) - a[1]) % _P


def _mul(k: int, pt: Point = _G) -> Point:
    acc: Point = None
    while k:
        if k & 1:
            acc = _add(acc, pt)
        pt = _add(pt, pt)
        k >>= 1
    return acc


def _priv(seed: str) -> int:
    return int.from_bytes(hashlib.sha256(seed.encode()).digest(), "big") % _N or 1


def _pub(seed: str) -> tuple[int, int]:
    pt = _mul(_priv(seed))
    assert pt is not None
    return pt


def _compressed(pt: tuple[int, int]) -> bytes:
    return bytes([2 + (pt[1] & 1)]) + pt[0].to_bytes(32, "big")


def _hash160(data: bytes) -> bytes:
    return RIPEMD160.new(hashlib.sha256(data).digest()).digest()


def _b58(version: int, payload: bytes) -> str:
    return base58.b58encode_check(bytes([version]) + payload).decode()


def _bech32m(hrp: str, witver: int, prog: bytes) -> str:
    data = [witver, *(bech32.convertbits(list(prog), 8, 5) or [])]
    values = bech32.bech32_hrp_expand(hrp) + data
    polymod = bech32.bech32_polymod(values + [0] * 6) ^ 0x2BC830A3
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(bech32.CHARSET[d] for d in data + checksum)


def _tagged(tag: str, msg: bytes) -> bytes:
    t = hashlib.sha256(tag.encode()).digest()
    return hashlib.sha256(t + t + msg).digest()


def btc_p2pkh(seed: str) -> str:
    return _b58(0x00, _hash160(_compressed(_pub(seed))))


def btc_p2sh_p2wpkh(seed: str) -> str:
    return _b58(0x05, _hash160(b"\x00\x14" + _hash160(_compressed(_pub(seed)))))


def btc_p2wpkh(seed: str) -> str:
    addr = bech32.encode("bc", 0, list(_hash160(_compressed(_pub(seed)))))
    assert addr
    return addr


def btc_p2tr(seed: str) -> str:
    pt = _pub(seed)
    if pt[1] & 1:
        pt = (pt[0], _P - pt[1])
    tweak = int.from_bytes(_tagged("TapTweak", pt[0].to_bytes(32, "big")), "big") % _N
    q = _add(pt, _mul(tweak))
    assert q is not None
    return _bech32m("bc", 1, q[0].to_bytes(32, "big"))


def _eth_raw(seed: str) -> bytes:
    pt = _pub(seed)
    return keccak.new(digest_bits=256, data=pt[0].to_bytes(32, "big") + pt[1].to_bytes(32, "big")).digest()[-20:]


def eth_checksum(seed: str) -> str:
    low = _eth_raw(seed).hex()
    h = keccak.new(digest_bits=256, data=low.encode()).hexdigest()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(low))


def trx(seed: str) -> str:
    return _b58(0x41, _eth_raw(seed))


def ltc_p2pkh(seed: str) -> str:
    return _b58(0x30, _hash160(_compressed(_pub(seed))))


def ltc_p2sh(seed: str) -> str:
    return _b58(0x32, _hash160(b"\x00\x14" + _hash160(_compressed(_pub(seed)))))


def ltc_bech32(seed: str) -> str:
    addr = bech32.encode("ltc", 0, list(_hash160(_compressed(_pub(seed)))))
    assert addr
    return addr


def doge(seed: str) -> str:
    return _b58(0x1E, _hash160(_compressed(_pub(seed))))


def sol(seed: str) -> str:
    key = ECC.construct(curve="Ed25519", seed=hashlib.sha256(seed.encode()).digest())
    return base58.b58encode(key.public_key().export_key(format="raw")).decode()


def _check_wallet(value: str) -> None:
    """Every expected wallet must decode with a valid checksum (a broken one would be a bad label)."""
    chain, addr = value.split(":", 1)
    if chain == "eth":
        assert re.fullmatch(r"0x[0-9a-f]{40}", addr), value
    elif addr.startswith(("bc1", "ltc1")):
        hrp = addr.split("1", 1)[0]
        witver, _prog = bech32.decode(hrp, addr)
        if witver is None:  # bech32m (taproot): verify the checksum constant ourselves
            data = [bech32.CHARSET.find(c) for c in addr[len(hrp) + 1 :]]
            assert bech32.bech32_polymod(bech32.bech32_hrp_expand(hrp) + data) == 0x2BC830A3, value
        assert addr == addr.lower(), value
    elif chain == "sol":
        assert len(base58.b58decode(addr)) == 32, value
    else:
        base58.b58decode_check(addr)


# --------------------------------------------------------------------------- helpers
ZW = "\u200b"


def zw(s: str) -> str:
    """Zero-width space between every character."""
    return ZW.join(s)


def between(s: str, sep: str) -> str:
    return sep.join(s)


RECORDS: dict[str, list[dict[str, Any]]] = {k: [] for k in ("phone", "email", "handle", "payment", "crypto", "age")}


def rec(kind: str, text: str, expected: list[str], note: str, country: str | None = None) -> None:
    r: dict[str, Any] = {"id": f"b15-{kind}-{len(RECORDS[kind]) + 1:03d}", "batch": BATCH, "text": text}
    if country:
        r["country"] = country
    r["expected"] = expected
    r["note"] = note
    RECORDS[kind].append(r)


def ph(text: str, expected: list[str], note: str, country: str | None = None) -> None:
    rec("phone", text, expected, note, country)


# --------------------------------------------------------------------------- phones
def phones() -> None:
    ph(
        "New girl in Chicago 💋 Tap to chat on Telegram: t.me/+13125550142 (no calls before noon). "
        "$200 special today only.",
        ["+13125550142"],
        "en: Telegram phone link t.me/+<number>",
        "US",
    )
    ph(
        "Text me on Signal, safer 🔐 signal.me/#p/+14155550167 — screenshots = block",
        ["+14155550167"],
        "en: signal.me/#p/ phone link",
        "US",
    )
    ph(
        "Can't answer calls at work, text 7025550119@txt.example.com and it comes to my phone",
        ["+17025550119"],
        "en: number as local part of an SMS-gateway address",
        "US",
    )
    ph("Call me babe 📞 213 555 ⭕1⭕8 (after 6pm)", ["+12135550108"], "en: hollow red circle emoji for zero", "US")
    ph(
        "Massage studio Brickell, 1 hr 120$ / 30 min 80$\nCita: 305-555-01-73\nPregunta por Dayana",
        ["+13055550173"],
        "es: Russian-style pair grouping next to prices",
        "US",
    )
    ph(
        "Real pics, no deposit. Number 646,555,0131 text first",
        ["+16465550131"],
        "en: thousands commas as separators",
        "US",
    )
    ph(
        "芝加哥华人按摩 👐 新店开张 预约电话（312）555－0155 营业时间 10:00-22:00 地址见私信",
        ["+13125550155"],
        "zh: full-width brackets and hyphen beside opening hours",
        "US",
    )
    ph(
        "ロサンゼルス出張 ☆ ご予約は（２１３）５５５‐０１２２まで。料金 ¥30,000〜",
        ["+12135550122"],
        "ja: full-width digits and brackets beside a yen price",
        "US",
    )
    ph(
        "Dicari pekerja rumah tangga ke Toronto, gaji CAD 2.800/bulan, tiket pesawat ditanggung. "
        "Hubungi Ibu Sari Tel. 416 555 0184 (WA aktif) atau 647 555 0109",
        ["+14165550184", "+16475550109"],
        "id: job offer, two Canadian numbers beside a wage",
        "CA",
    )
    ph(
        "Kazi Dubai hapana, kazi CANADA 🇨🇦! Mshahara mzuri. Piga simu: +1 604 555 0147 au tuma ujumbe WhatsApp.",
        ["+16045550147"],
        "sw: Swahili recruitment ad, +1 number",
        "CA",
    )
    ph(
        "Houston'da Türk bayan masöz 💆‍♀️ Randevu için: 713.555.0126 — ücret 150 $ / saat, sadece WhatsApp",
        ["+17135550126"],
        "tr: dotted number next to a price",
        "US",
    )
    ph(
        "Νταντά για οικογένεια στο Μόντρεαλ. Μισθός 18 $/ώρα. Τηλ.: 514-555-0198, κα Ελένη",
        ["+15145550198"],
        "el: Greek nanny ad, Montreal",
        "CA",
    )
    ph(
        "Bejárónőt keresünk Floridába! Órabér 20 USD. Érdeklődni: +1 (305) 555 0161, Kati",
        ["+13055550161"],
        "hu: Hungarian cleaning job",
        "US",
    )
    ph(
        "Siivoojia Torontoon, majoitus järjestetty. Puh. 416 555 0112 (Jukka)",
        ["+14165550112"],
        "fi: Finnish cleaning job, Puh.",
        "CA",
    )
    ph(
        "Praca w Chicago od zaraz 🇺🇸 Dzwoń: 7|7|3|5|5|5|0|1|9|2 (Marek). Zakwaterowanie 400$/mies.",
        ["+17735550192"],
        "pl: vertical bar between every digit next to rent",
        "US",
    )
    ph(
        "📲 WhatsApp me: 404 555\n🌸\n0139 🌸 (the rest after the flower)",
        ["+14045550139"],
        "en: last group on the next line after an emoji",
        "US",
    )
    ph(
        "کار در ونکوور برای خانم‌ها، حقوق بالا. تماس: ۶۰۴ ۵۵۵ ۰۱۵۳ فقط پیامک",
        ["+16045550153"],
        "fa: Persian digits in a job ad",
        "CA",
    )
    ph(
        "নিউ ইয়র্কে রেস্টুরেন্টে কাজ, থাকা-খাওয়া ফ্রি। যোগাযোগ: ৬৪৬ ৫৫৫ ০১৭৭",
        ["+16465550177"],
        "bn: Bengali digits, New York restaurant job",
        "US",
    )
    ph(
        "Flat share in Camden, £850 pcm inc. bills. Ring Tom on 020 7946 0382 evenings, "
        "or 0161 496 0715 (my brother, Manchester).",
        ["+442079460382", "+441614960715"],
        "en-GB: two UK drama numbers beside a rent",
        "GB",
    )
    ph(
        "Soirées privées à Paris, discrétion assurée 🥂 Réservations : 01 99 00 42 17 — 250 € la soirée",
        ["+33199004217"],
        "fr: French fiction range beside a price",
        "FR",
    )
    ph(
        "Cherche hôtesses pour bar à Lyon, logées nourries. Appeler le zéro un, 99 00 18 63 (M. Karim)",
        ["+33199001863"],
        "fr: 'zéro un' spelled, rest in digits",
        "FR",
    )
    ph(
        "Sydney massage, in-calls only 🌏 0491 570 156 | rates $180/hr | no private numbers",
        ["+61491570156"],
        "en-AU: AU fiction range beside a rate",
        "AU",
    )
    ph(
        "Backpacker farm work QLD, $28/hr cash. Txt Dave 0491-570-117 or +61 491 570 183",
        ["+61491570117", "+61491570183"],
        "en-AU: local and international forms of two numbers",
        "AU",
    )
    ph(
        "Werde Teil unseres Teams in Sydney! Bewerbung per SMS an 0491 570 129 (Kennziffer AU-2291)",
        ["+61491570129"],
        "de: German ad for Sydney, reference code beside the number",
        "AU",
    )
    ph(
        "Quiero conocerte 😘 llámame al tres uno dos - 555 - cero uno nueve nueve",
        ["+13125550199"],
        "es: words around a digit group with dashes",
        "US",
    )
    ph(
        "Vem trabalhar em Boston 🇺🇸 salário US$ 3.500. Chama no zap: 617 555 0114 ou liga pra 617 555 0158",
        ["+16175550114", "+16175550158"],
        "pt-BR: 'zap' for WhatsApp, two numbers",
        "US",
    )
    ph(
        "Ищу девушек для работы в Нью-Йорке, зарплата от 5000$. Звонить: 646 555 01 04, Анна",
        ["+16465550104"],
        "ru: pair grouping at the end",
        "US",
    )
    ph(
        "Робота в Канаді для жінок 🇨🇦 пишіть у Viber +1 403 555 0136 — віза, квиток, житло",
        ["+14035550136"],
        "uk: Viber number for a visa offer",
        "CA",
    )
    ph(
        "Lucrează în Atlanta ca menajeră! 15$/oră. Sună la 404‑555‑0145 sau scrie pe WhatsApp la același număr.",
        ["+14045550145"],
        "ro: non-breaking hyphens, repeat reference",
        "US",
    )
    ph(
        "Cần người làm nail ở Houston, bao ăn ở. LH: 713 555 0120 (chị Hằng) – lương 1000$/tuần",
        ["+17135550120"],
        "vi: LH abbreviation for liên hệ",
        "US",
    )
    ph(
        "Naghahanap ng caregiver sa Vancouver! Sahod CAD 22/oras. Tawagan si Ate Joy: 604 555 0188",
        ["+16045550188"],
        "tl: caregiver ad",
        "CA",
    )
    ph(
        "دعوة للعمل في ديترويت 🇺🇸 راتب 3000$ شهريا. للتواصل واتساب: +1 313 555 0171",
        ["+13135550171"],
        "ar: WhatsApp contact in a job offer",
        "US",
    )
    ph("עבודה בניו יורק למטפלות, מגורים כלולים. טלפון: 212-555-0124 (שרה)", ["+12125550124"], "he: caregiver job", "US")
    ph("न्यू जर्सी में होटल जॉब, रहना-खाना फ्री। कॉल करें: 201 555 0163", ["+12015550163"], "hi: hotel job", "US")
    ph(
        "ชิคาโก รับสมัครพนักงานนวด รายได้ดี โทร 312-555-0117 ไลน์ไอดีถามได้",
        ["+13125550117"],
        "th: massage job in Chicago",
        "US",
    )
    ph(
        "시카고 마사지샵 직원 구함. 숙식 제공. 연락처: 312) 555-0133",
        ["+13125550133"],
        "ko: half-bracketed area code",
        "US",
    )
    ph(
        "Ajira ya ndani Boston. Jina: Mama Neema\nSimu\n617\n555\n0186",
        ["+16175550186"],
        "sw: each group on its own line after 'Simu'",
        "US",
    )
    ph(
        "Tel: 2️⃣1️⃣2️⃣ 555 0️⃣1️⃣6️⃣9️⃣ — the middle part is plain",
        ["+12125550169"],
        "en: keycaps on two groups, plain middle group",
        "US",
    )
    ph(
        "Call 👉 3\u200b1\u200b2\u200b-\u200b5\u200b5\u200b5\u200b-\u200b0\u200b1\u200b5\u200b7 👈 no blocked numbers",
        ["+13125550157"],
        "en: zero-width spaces between every character",
        "US",
    )
    ph(
        "𝐓𝐞𝐱𝐭 𝐦𝐞 ➜ 305 555 0128 ✨ 𝐕𝐈𝐏 𝐨𝐧𝐥𝐲 ✨ $300/h",
        ["+13055550128"],
        "en: bold-letter ad text around plain digits",
        "US",
    )
    ph(
        "--\nMaria Lopez | Recruitment\nOffice +1 (702) 555-0103 · Mobile +1 (702) 555-0178 · Fax n/a\nRef. 2026-0412",
        ["+17025550103", "+17025550178"],
        "en: e-mail signature, office and mobile, reference beside",
        "US",
    )
    ph(
        "[12:04] Jess: what's ur number\n[12:05] Kay: 415\n[12:05] Kay: 555\n[12:05] Kay: 0191\n[12:06] Jess: ok saved",
        ["+14155550191"],
        "en: chat export, one group per message with timestamps",
        "US",
    )
    ph(
        "Flight UA 1245 lands 18:40 at ORD, gate B12. Driver will call you from 312 555 0111, booking code QX7-8812.",
        ["+13125550111"],
        "en: number beside flight number, time and booking code",
        "US",
    )
    ph(
        "Ngozi, na Toronto ka m nọ. Kpọọ m na 416 555 0149 ma ọ bụ WhatsApp.",
        ["+14165550149"],
        "ig: Igbo diaspora message",
        "CA",
    )
    ph(
        "Mwen nan Miami, rele m nan 305 555 0176 pou travay la. Peye chak semèn.",
        ["+13055550176"],
        "ht: Haitian Creole, digits",
        "US",
    )
    ph(
        "Jobb i London! Boende ingår. Ring 020 7946 0941 eller mejla oss. Lön £11/timme.",
        ["+442079460941"],
        "sv: Swedish ad for a London job",
        "GB",
    )
    ph(
        "Lavoro a Manchester per ragazze, vitto e alloggio. Chiamare lo 0161 496 0277 dopo le 17.",
        ["+441614960277"],
        "it: 'lo' before the number, Manchester landline",
        "GB",
    )
    ph(
        "Oppas gezocht in Parijs 🇫🇷 €12/uur. Bel +33 1 99 00 53 41 (Mevr. Dubois)",
        ["+33199005341"],
        "nl: Dutch ad with French fiction number",
        "FR",
    )
    ph(
        "Praca we Francji dla opiekunek: tel. 0033 1 99 00 27 65, pani Ewa",
        ["+33199002765"],
        "pl: 0033 international prefix",
        "FR",
    )
    ph(
        "Call or text: +1 (312) 555-0142\nCall or text: +1 (312) 555-0142\nCall or text: +1 (312) 555-0142",
        ["+13125550142"],
        "en: the same number three times",
        "US",
    )
    ph("ⓒⓐⓛⓛ 646 555 0115 ⓝⓞⓦ", ["+16465550115"], "en: circled-letter words around plain digits", "US")
    # negatives
    ph(
        "Order #3125550142 shipped! Tracking 1Z999AA10123456784, arrives 2026-03-14 between 10:00 and 14:00.",
        [],
        "en negative: order id of ten digits, UPS tracking, date, times",
        "US",
    )
    ph(
        "Price list: 1h 250$, 2h 450$, overnight 1200$. Sizes 34-26-36. Height 5'6\", 125 lbs.",
        [],
        "en negative: prices and measurements",
        "US",
    )
    ph(
        "ISBN 978-0-306-40615-7, 312 pages, published 2019, ¥3,300 incl. tax",
        [],
        "en negative: ISBN and page count",
        None,
    )
    ph(
        "Meet point: 41.8781, -87.6298 (Millennium Park). Be there at 21:30 sharp, room 1205.",
        [],
        "en negative: coordinates, time, room number",
        "US",
    )
    ph(
        "IBAN DE89 3704 0044 0532 0130 00 — Verwendungszweck: Rechnung 2026-0555-0142",
        [],
        "de negative: IBAN and invoice reference with 555-0142 inside",
        "DE",
    )
    ph(
        "tx 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060 confirmed in block 19876543",
        [],
        "en negative: transaction hash and block number",
        None,
    )
    ph(
        "Заказ № 4165550184 от 12.03.2026, сумма 3 125,55 ₽, код получения 0142",
        [],
        "ru negative: order number shaped like a Toronto number, sum, pickup code",
        "RU",
    )
    ph(
        "Serial no. SN6465550131X7, warranty until 31/12/2027, model 2135550122",
        [],
        "en negative: serial and model numbers shaped like phones",
        None,
    )
    ph(
        "Open 24/7 📍 suite 305, 555 W Madison St, Chicago IL 60661. No phone, DM only.",
        [],
        "en negative: suite number, street number, zip",
        "US",
    )


# --------------------------------------------------------------------------- e-mail
def emails() -> None:
    def em(text: str, expected: list[str], note: str, country: str | None = None) -> None:
        rec("email", text, expected, note, country)

    em(
        "Bana yazın: elif.kaya kuyruklu a example nokta com (fotoğraf isteyin)",
        ["elif.kaya@example.com"],
        "tr: 'kuyruklu a' for @, nokta for dot",
    )
    em(
        "Écrivez-moi : chloe.martin a commercial example point org",
        ["chloe.martin@example.org"],
        "fr: 'a commercial' for @, point for dot",
    )
    em(
        "Trimite CV-ul la ioana.pop coadă de maimuță example punct net, subiect: Italia",
        ["ioana.pop@example.net"],
        "ro: 'coadă de maimuță' for @",
    )
    em("Пишете ми на desi_v кльомба example точка com за снимки", ["desi_v@example.com"], "bg: 'кльомба' for @")
    em("שלחו קורות חיים: noa.levi כרוכית example נקודה org", ["noa.levi@example.org"], "he: 'כרוכית' for @")
    em("Kirjuta: kadri.tamm ätt example punkt net", ["kadri.tamm@example.net"], "et: 'ätt' for @, punkt")
    em("email me: jade.w (at sign) example (dawt) com", ["jade.w@example.com"], "en: '(at sign)' and 'dawt'")
    em(
        "contact — lucy commercial at example full stop org",
        ["lucy@example.org"],
        "en: 'commercial at' and 'full stop'",
    )
    em(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Rita Gomez\nEMAIL;TYPE=work:rita.gomez@example.com\n"
        "TEL;TYPE=cell:+1 312 555 0142\nEND:VCARD",
        ["rita.gomez@example.com"],
        "en: vCard EMAIL field",
    )
    em(
        'From: "Anna K." <anna.k@mail.example.net>\nReply-To: bookings@example.net\nSubject: Re: weekend',
        ["anna.k@mail.example.net", "bookings@example.net"],
        "en: From and Reply-To headers",
    )
    em(
        "-- \nBest, Tom Hale | Hale Staffing Ltd.\ntom@example.org | hr@example.org\nCompany no. 09876543",
        ["tom@example.org", "hr@example.org"],
        "en: signature with two addresses and a company number",
    )
    em(
        "Para trabajar en Madrid escribe a reclutamiento@example.com o a sofia.r@example.com. Sueldo 1.800 €.",
        ["reclutamiento@example.com", "sofia.r@example.com"],
        "es: two addresses in a job offer",
    )
    em(
        "Quer trabalhar na Europa? Manda foto pro e-mail: bia.santos arroba example ponto org (responde rápido)",
        ["bia.santos@example.org"],
        "pt-BR: arroba / ponto",
    )
    em(
        "Schreib mir: lena.b [ät] example [punkt] net — bitte mit Foto!",
        ["lena.b@example.net"],
        "de: [ät] and [punkt] in brackets",
    )
    em(
        "Mail: ANNA.SCHMIDT@EXAMPLE.COM (bitte nur ernst gemeinte Anfragen)",
        ["anna.schmidt@example.com"],
        "de: upper-case address",
    )
    em(
        "Scrivetemi a giulia_r@example.net, grazie! Rispondo entro 24h.",
        ["giulia_r@example.net"],
        "it: address followed by a comma and '24h'",
    )
    em(
        "Stuur je cv naar vacatures@example.org — o.v.v. vacature 2026-117",
        ["vacatures@example.org"],
        "nl: address beside a vacancy reference",
    )
    em(
        "Napisz: kasia.nowak małpka example kropka com (małpka = @)",
        ["kasia.nowak@example.com"],
        "pl: diminutive 'małpka' explained",
    )
    em(
        "Пиши на почту: masha-2003 [собачка] example [точка] net 💌",
        ["masha-2003@example.net"],
        "ru: bracketed собачка / точка with hyphen and digits in local part",
    )
    em(
        "Пишіть на e-mail: oksana.h@example.org або в телеграм",
        ["oksana.h@example.org"],
        "uk: plain address in Ukrainian",
    )
    em(
        "أرسل سيرتك الذاتية إلى: jobs.gulf@example.com قبل 30/4",
        ["jobs.gulf@example.com"],
        "ar: address in RTL text beside a date",
    )
    em("ایمیل: sara.r@example.net (فقط خانم‌ها)", ["sara.r@example.net"], "fa: address in Persian text")
    em("ईमेल करें: priya.k@example.com – वेतन ₹45,000", ["priya.k@example.com"], "hi: address beside a rupee salary")
    em("ইমেইল: rahim.uddin@example.org, ফোন দেবেন না", ["rahim.uddin@example.org"], "bn: address in Bengali text")
    em("อีเมล: ploy.s@example.com (ส่งรูปมาด้วยนะคะ)", ["ploy.s@example.com"], "th: address in Thai text")
    em(
        "Gửi CV về: tuyendung@example.net hoặc lan.nguyen@example.net trước ngày 15/5",
        ["tuyendung@example.net", "lan.nguyen@example.net"],
        "vi: two addresses before a date",
    )
    em(
        "Kirim lamaran ke: hrd.jakarta@example.com (subjek: TKW Taiwan)",
        ["hrd.jakarta@example.com"],
        "id: application address",
    )
    em(
        "I-email mo ako: joy.delacruz@example.com, salamat po!",
        ["joy.delacruz@example.com"],
        "tl: Tagalog 'I-email mo ako'",
    )
    em(
        "履歴書は yuki.tanaka＠example.com まで（＠は半角に）",
        ["yuki.tanaka@example.com"],
        "ja: full-width ＠ with note to make it half-width",
    )
    em(
        "简历请发至：hr_beijing@example.com，合格者电话通知。",
        ["hr_beijing@example.com"],
        "zh: full-width punctuation around the address",
    )
    em(
        "이력서 보내실 곳: minji.park@example.org (제목: 해외취업)",
        ["minji.park@example.org"],
        "ko: address with Korean brackets",
    )
    em("Στείλτε μου email: eleni.p@example.com 📩", ["eleni.p@example.com"], "el: address then emoji")
    em("Pište na: petra.novak@example.net.", ["petra.novak@example.net"], "cs: trailing full stop")
    em("Írj nekem: zsofi.kiss@example.org!", ["zsofi.kiss@example.org"], "hu: trailing exclamation")
    em(
        "Skriv till mig: elin.berg@example.com; kopia till info@example.com",
        ["elin.berg@example.com", "info@example.com"],
        "sv: two addresses separated by ;",
    )
    em(
        "Tuma barua pepe kwa: amina.juma (at) example (nukta) org",
        ["amina.juma@example.org"],
        "sw: barua pepe, (at) and Swahili 'nukta'",
    )
    em("ኢሜል ይላኩ፡ hana.t@example.com", ["hana.t@example.com"], "am: Ethiopic wordspace before the address")
    em("ელფოსტა: nino.b@example.net", ["nino.b@example.net"], "ka: Georgian label")
    em("Էլ. փոստ՝ ani.s@example.org", ["ani.s@example.org"], "hy: Armenian label with Armenian comma")
    em(
        "Barua pepe kwa kazi UK: " + zw("mira@example.com"),
        ["mira@example.com"],
        "sw: zero-width spaces through the whole address",
    )
    em(
        "mail: lucía? no accents → lucia.fdz@example.com",
        ["lucia.fdz@example.com"],
        "es: chatty hint before the address",
    )
    em(
        "[10:14] Dana: send the pics to dana_x@example.com\n[10:15] Dana: or dana.backup@example.com if it bounces",
        ["dana_x@example.com", "dana.backup@example.com"],
        "en: chat export, two addresses",
    )
    em(
        'contact: <a href="mailto:booking@example.org?subject=Date">booking at example</a>',
        ["booking@example.org"],
        "en: mailto in HTML with subject query",
    )
    em(
        "Email: kelly . brown @ example . com (spaces so bots don't get it lol)",
        ["kelly.brown@example.com"],
        "en: spaces around every dot and @",
    )
    em("📧 sam_91 AT example DOT net", ["sam_91@example.net"], "en: upper-case AT / DOT")
    em("emaiI: r\u043esa.m@ex\u0430mple.com", ["rosa.m@example.com"], "en: Cyrillic о and а inside the address")
    em(
        "e-mail → nadia+jobs@example.com (the +jobs part matters!)",
        ["nadia+jobs@example.com"],
        "en: plus-addressing kept",
    )
    em(
        "Contact: Viktor (viktor.s@example.net), Ilse (ilse@example.net), Omar (omar.h@example.net)",
        ["viktor.s@example.net", "ilse@example.net", "omar.h@example.net"],
        "en: three addresses in brackets",
    )
    em("Pošlji mi mail: spela.k@example.com ali pokliči", ["spela.k@example.com"], "sl: Slovenian")
    em("Rašyk: ruta.p@example.org", ["ruta.p@example.org"], "lt: Lithuanian")
    em(
        "Kontaktirajte nas: posao.zagreb@example.com (plaća 1.200 €, smještaj osiguran)",
        ["posao.zagreb@example.com"],
        "hr: address beside a wage",
    )
    em("Yaz bana: aysel.m@example.org — Bakıdan yeni gəlmişəm", ["aysel.m@example.org"], "az: Azerbaijani")
    # negatives
    em(
        "Upload the images as photo@2x.png and banner@3x.jpg, then ping @sarah_dev in Slack.",
        [],
        "en negative: retina file names and a mention",
    )
    em(
        "npm install left-pad@1.3.0 react@18.2.0 && git clone https://git.example.org/team/app.git",
        [],
        "en negative: package versions and a clone URL",
    )
    em("Meet @ 9pm @ the lobby, bring $200 @ the door. No emails.", [], "en negative: @ as 'at' for times and places")
    em("My email is the same as my Insta name, ask me there 😉", [], "en negative: no address given")
    em("Price: 3 @ $25, 10 @ $70. Valid till 31.12.2026.", [], "en negative: unit prices with @")
    em("Twitter: @example_com — not an email, just our handle", [], "en negative: handle that looks like a domain")
    em("Server log: user=admin host=10.0.0.12 port=8443 time=2026-03-12T10:00:00Z", [], "en negative: log line")
    em(
        "E-mail adresa: vaš.e-mail@primjer (upišite svoju adresu)",
        [],
        "hr negative: form placeholder without a real domain",
    )


# --------------------------------------------------------------------------- handles
def handles() -> None:
    def hd(text: str, expected: list[str], note: str, country: str | None = None) -> None:
        rec("handle", text, expected, note, country)

    hd("add me on snap: lila underscore rose 🌹", ["snapchat:lila_rose"], "en: 'underscore' spelt inside the username")
    hd("insta is mia dot belle dot 22", ["instagram:mia.belle.22"], "en: 'dot' spelt inside the username")
    hd("TG ➜ velvet_room_vip", ["telegram:velvet_room_vip"], "en: arrow as the cue")
    hd("Мой кик: sweet_kira97, пиши туда", ["kik:sweet_kira97"], "ru: Cyrillic 'кик' for Kik")
    hd("снэп: dasha.snow — добавляй 👻", ["snapchat:dasha.snow"], "ru: Cyrillic 'снэп' for Snapchat")
    hd(
        "Meu insta «carol.moraes_» e o telegram «carolm_vip»",
        ["instagram:carol.moraes_", "telegram:carolm_vip"],
        "pt-BR: usernames in «» quotes",
    )
    hd(
        "LINEのIDは「yuna_0707」です。インスタもやってます：「yuna.tokyo」",
        ["line:yuna_0707", "instagram:yuna.tokyo"],
        "ja: usernames in 「」 brackets",
    )
    hd("My OnlyFans: “bella_nights” (link in bio)", ["onlyfans:bella_nights"], "en: curly quotes around the username")
    hd(
        "Bio ✨ 22 | Miami\nIG @sunny.vibes_\nSnap sunnyvibes305\nTikTok @sunny.dances\nlinktr.ee/ (all my links)",
        ["instagram:sunny.vibes_", "snapchat:sunnyvibes305", "tiktok:sunny.dances"],
        "en: bio with three platforms and a bare Linktree mention",
    )
    hd(
        "For bookings message me on telegram\n@roxy_bookings\n(not on insta, that one got banned)",
        ["telegram:roxy_bookings"],
        "en: cue on the line above the handle",
    )
    hd(
        "Chama no zap 312 555 0142 ou no telegram: @bruna_sp",
        ["telegram:bruna_sp"],
        "pt-BR: 'zap' (WhatsApp) number beside a Telegram handle",
    )
    hd(
        "Escríbeme por Instagram: @valen.cba 💕 o por Telegram @valencba_privado",
        ["instagram:valen.cba", "telegram:valencba_privado"],
        "es: two platforms in one sentence",
    )
    hd(
        "Ajoute-moi sur Snap : julie_paris75 et sur Insta : julie.paris.75",
        ["snapchat:julie_paris75", "instagram:julie.paris.75"],
        "fr: space before colon",
    )
    hd(
        "Schreib mir auf Telegram (@lara_berlin_privat), Instagram ist nur für Fotos: @lara.berlin",
        ["telegram:lara_berlin_privat", "instagram:lara.berlin"],
        "de: handle in brackets, second after colon",
    )
    hd("Scrivimi su Telegram: @giada_mi_vip, niente chiamate", ["telegram:giada_mi_vip"], "it")
    hd(
        "Napisz na Snapie: ola.krk i dodaj mnie na insta ola_krk_official",
        ["snapchat:ola.krk", "instagram:ola_krk_official"],
        "pl: inflected 'Snapie', 'insta'",
    )
    hd(
        "Пишіть у телеграм @kateryna_kyiv_job або в інстаграм @katya.kyiv",
        ["telegram:kateryna_kyiv_job", "instagram:katya.kyiv"],
        "uk: Ukrainian platform names",
    )
    hd(
        "Scrie-mi pe Telegram la @andreea_buc, pe Insta sunt andreea.buc",
        ["telegram:andreea_buc", "instagram:andreea.buc"],
        "ro: 'pe Telegram la'",
    )
    hd(
        "Telegram'dan yaz: @defne_ist — Instagram: defne.ist.34",
        ["telegram:defne_ist", "instagram:defne.ist.34"],
        "tr: Telegram'dan with apostrophe",
    )
    hd("تواصل معي على سناب شات: noor_dxb99", ["snapchat:noor_dxb99"], "ar: سناب شات")
    hd("آیدی تلگرام: @sahar_teh", ["telegram:sahar_teh"], "fa: آیدی تلگرام")
    hd(
        "טלגרם: @shira_tlv • אינסטגרם: shira.tlv",
        ["telegram:shira_tlv", "instagram:shira.tlv"],
        "he: bullet separated footer",
    )
    hd("इंस्टाग्राम पर फॉलो करो: @riya.delhi_", ["instagram:riya.delhi_"], "hi: Devanagari Instagram")
    hd("টেলিগ্রাম: @tania_dhk", ["telegram:tania_dhk"], "bn: Bengali Telegram")
    hd("แอดไลน์มาได้เลย ไอดี: nampeung99", ["line:nampeung99"], "th: แอดไลน์ ... ไอดี")
    hd(
        "Không dùng Zalo, chỉ Telegram: @my_linh_hn",
        ["telegram:my_linh_hn"],
        "vi: Zalo mentioned without an id, Telegram handle",
    )
    hd(
        "Follow IG aku ya: @putri.jkt_ , DM aja kalau serius",
        ["instagram:putri.jkt_"],
        "id: space before comma after a trailing underscore",
    )
    hd("I-add mo ako sa FB: facebook.com/jhen.manalo.7", ["facebook:jhen.manalo.7"], "tl: facebook.com profile URL")
    hd("加我微信：lily_sh888，备注“工作”", ["wechat:lily_sh888"], "zh: 微信 with note instruction")
    hd("카톡은 안 하고 텔레그램만 해요: @jiwoo_seoul", ["telegram:jiwoo_seoul"], "ko: 텔레그램")
    hd("Στείλε μου στο Instagram: @maria.ath_", ["instagram:maria.ath_"], "el")
    hd("Skype: anna.k.office (voice calls only, no video)", ["skype:anna.k.office"], "en: Skype name")
    hd("Discord: nightowl_77 (new usernames, no #tag)", ["discord:nightowl_77"], "en: Discord new-style username")
    hd("Signal username: mira.42 — Signal only, no SMS", ["signal:mira.42"], "en: Signal username with .NN")
    hd("TikTok ➜ @dancing.dani 🎶", ["tiktok:dancing.dani"], "en: arrow cue for TikTok")
    hd("tiktok.com/@chloe.daily?is_from_webapp=1&sender_device=pc", ["tiktok:chloe.daily"], "en: TikTok URL with query")
    hd(
        "https://www.instagram.com/nadia.model.ldn/reels/",
        ["instagram:nadia.model.ldn"],
        "en: Instagram URL with /reels/",
    )
    hd("t.me/s/vip_models_eu", ["telegram:vip_models_eu"], "en: t.me/s/ public preview URL")
    hd("onlyfans.com/lexi_luxe/media", ["onlyfans:lexi_luxe"], "en: OnlyFans URL with /media")
    hd("snapchat.com/add/kayla_x0x?share_id=abc123", ["snapchat:kayla_x0x"], "en: snapchat add URL with share_id")
    hd(
        "Kik me 👉 k\u200bi\u200bt\u200bt\u200by\u200b_\u200bk\u200ba\u200bt",
        ["kik:kitty_kat"],
        "en: zero-width spaces inside the username",
    )
    hd("𝚃𝙶: @𝚕𝚞𝚗𝚊_𝚟𝚒𝚙", ["telegram:luna_vip"], "en: monospace letters for cue and username")
    hd("Snapchat: ｓｏｆｉ＿ｌａ", ["snapchat:sofi_la"], "en: full-width username")
    hd("t\u0435legr\u0430m: @marta_waw", ["telegram:marta_waw"], "pl: Cyrillic е and а inside 'telegram'")
    hd(
        "same name everywhere (ig/snap/tg): hazel.nut22",
        ["instagram:hazel.nut22", "snapchat:hazel.nut22", "telegram:hazel.nut22"],
        "en: one name, three platforms",
    )
    hd(
        "Ngoài giờ làm việc nhắn Telegram @thu_trang_sg nhé. Giá 2tr/h.",
        ["telegram:thu_trang_sg"],
        "vi: handle beside a price",
    )
    hd("Nitumie ujumbe Instagram: @zawadi.nrb", ["instagram:zawadi.nrb"], "sw")
    hd("ინსტაგრამი: @nini.tbs", ["instagram:nini.tbs"], "ka: Georgian Instagram")
    hd("Dm on IG.\n\n\n@lola.bcn.", ["instagram:lola.bcn"], "es/en: handle after blank lines, trailing full stop")
    hd("Reach me: @quietstorm_88 (no platform, just search it)", ["unknown:quietstorm_88"], "en: no platform named")
    hd(
        "Wickr is dead, I'm on Threema now, and on tele as @ghost_rider_x",
        ["telegram:ghost_rider_x"],
        "en: 'tele' cue, other apps without ids",
    )
    # negatives
    hd("@everyone the meeting is moved to Friday, @here please confirm", [], "en negative: Discord mentions")
    hd(
        "@Override public String toString() { return name; } // see @media (max-width: 600px)",
        [],
        "en negative: Java annotation and CSS at-rule",
    )
    hd("See you @ 9pm, bring @ least 2 friends 🎉", [], "en negative: @ meaning 'at'")
    hd("Write to info@example.com or visit example.org/contact", [], "en negative: e-mail address, not a handle")
    hd(
        "Join our group: t.me/+AbCdEfGhIjKlMnOp and chat.whatsapp.com/Inv1teC0de",
        [],
        "en negative: private invite links",
    )
    hd("Instagram and TikTok banned my account, so no socials for now.", [], "en negative: platforms without ids")
    hd("Order @ $25 each, min 4 @ checkout, code SPRING@2026", [], "en negative: prices and a promo code")
    hd("Photo credits: instagram.com/p/C4xYz123AbC/ (repost)", [], "en negative: Instagram post URL, not a profile")
    hd("Telegram: 312 555 0142 (number only, no username)", [], "en negative: telegram with a phone, not a username")


# --------------------------------------------------------------------------- payment
def payments() -> None:
    def pm(text: str, expected: list[str], note: str, country: str | None = None) -> None:
        rec("payment", text, expected, note, country)

    pm(
        "deposit on cashapp: dollar sign mimi305 (no deposit no date)",
        ["cashapp:$mimi305"],
        "en: 'dollar sign' spelt before the tag",
        "US",
    )
    pm(
        "CashApp ➜ $kaylaxo22 | $50 deposit | rest cash in person",
        ["cashapp:$kaylaxo22"],
        "en: arrow cue, dollar amounts beside the tag",
        "US",
    )
    pm(
        "Venmo @jess-marie-7 — $40 to hold your spot, order #A1042",
        ["venmo:jess-marie-7"],
        "en: venmo @user with hyphens next to an order number",
        "US",
    )
    pm(
        "PayPal: paypal.me/sofiaroma?locale.x=it_IT — 30 € di anticipo",
        ["paypal:sofiaroma"],
        "it: paypal.me with a locale query",
    )
    pm(
        "Revolut: revolut.me/ana_m1?amount=50 (or @ana_m1 in the app)",
        ["revolut:ana_m1"],
        "en: revolut.me with amount query and the same tag with @",
    )
    pm(
        "Anticipo por Cash App: $valeria3 o por Venmo: @vale-mtz. Precio 150 dólares la hora.",
        ["cashapp:$valeria3", "venmo:vale-mtz"],
        "es: two platforms beside a price",
        "US",
    )
    pm(
        "Pagamento adiantado no Cash App: $biancasp ou PayPal paypal.me/biancasp2",
        ["cashapp:$biancasp", "paypal:biancasp2"],
        "pt-BR: Cash App and PayPal",
    )
    pm(
        "Acompte via PayPal : paypal.me/manon.lyon (50 €) — le reste en espèces",
        ["paypal:manon.lyon"],
        "fr: paypal.me with a dot in the name, amount in brackets",
    )
    pm(
        "Anzahlung bitte per PayPal an paypal.me/lenahh/40EUR, Rest bar.",
        ["paypal:lenahh"],
        "de: paypal.me with amount and currency in the path",
    )
    pm(
        "Zaliczka 100 zł na Revolut: @kasia_waw lub revolut.me/kasia_waw",
        ["revolut:kasia_waw"],
        "pl: Revolut tag and link are the same",
    )
    pm("Передоплата на Revolut: @olena_k 20€, решта на місці", ["revolut:olena_k"], "uk: Revolut prepayment")
    pm("Avans 100 lei pe Revolut: @biancaro, restul cash la întâlnire", ["revolut:biancaro"], "ro: deposit in lei")
    pm(
        "Depozit: Revolut @deniz_ist veya PayPal: paypal.me/denizist — 500 TL",
        ["revolut:deniz_ist", "paypal:denizist"],
        "tr: Revolut and PayPal beside a lira price",
    )
    pm("Βαλε προκαταβολή στο Revolut: @eleni_ath (20€)", ["revolut:eleni_ath"], "el")
    pm("Előleg Revolutra: @reka_bp, 10 000 Ft", ["revolut:reka_bp"], "hu: inflected Revolutra, forint amount")
    pm(
        "Zálohu 200 Kč pošli na revolut.me/terezaprg, díky",
        ["revolut:terezaprg"],
        "cs: revolut.me link beside a koruna amount",
    )
    pm("Förskott via Revolut: @elsa_sthlm, 300 kr", ["revolut:elsa_sthlm"], "sv")
    pm("Ennakkomaksu Revolutiin: @aino_hki", ["revolut:aino_hki"], "fi: inflected Revolutiin")
    pm("Voorschot via PayPal: paypal.me/fleurams — €25, rest contant", ["paypal:fleurams"], "nl")
    pm("مقدم عبر PayPal: paypal.me/lina_dxb — 200 درهم", ["paypal:lina_dxb"], "ar: PayPal link in Arabic text")
    pm("پیش‌پرداخت با PayPal: paypal.me/mina_ist", ["paypal:mina_ist"], "fa")
    pm("מקדמה בפייפאל: paypal.me/yael_tlv ₪100", ["paypal:yael_tlv"], "he: פייפאל then link and shekel amount")
    pm("एडवांस PayPal पर भेजें: paypal.me/neha_mum, ₹2000", ["paypal:neha_mum"], "hi")
    pm("มัดจำผ่าน PayPal: paypal.me/fah_bkk 500 บาท", ["paypal:fah_bkk"], "th")
    pm("Đặt cọc qua PayPal: paypal.me/thao_sgn (20$)", ["paypal:thao_sgn"], "vi")
    pm("DP dulu lewat PayPal ya: paypal.me/nadia_bali, sisanya cash", ["paypal:nadia_bali"], "id")
    pm(
        "Paunang bayad sa Cash App: $janinemnl o Venmo @janine-mnl",
        ["cashapp:$janinemnl", "venmo:janine-mnl"],
        "tl: Cash App and Venmo",
    )
    pm(
        "预付定金：PayPal paypal.me/xiaoyu88 或 Cash App $xiaoyu88",
        ["paypal:xiaoyu88", "cashapp:$xiaoyu88"],
        "zh: same name on two platforms",
    )
    pm(
        "前金はPayPalで：paypal.me/sakura_tyo（¥5,000）",
        ["paypal:sakura_tyo"],
        "ja: full-width brackets after the link",
    )
    pm("선입금 PayPal: paypal.me/jisoo_sel", ["paypal:jisoo_sel"], "ko")
    pm(
        "Предоплата на PayPal: paypal.me/alina_msk или Revolut @alina_msk",
        ["paypal:alina_msk", "revolut:alina_msk"],
        "ru: PayPal and Revolut with the same name",
    )
    pm("Tuma amana kwa Cash App: $neemanyc", ["cashapp:$neemanyc"], "sw")
    pm("c a s h a p p →  $ b r i t t 9 1", ["cashapp:$britt91"], "en: letter-spaced platform and tag")
    pm("💸 Cash App: $ｍｉｌａ８８", ["cashapp:$mila88"], "en: full-width tag")
    pm("venmo: @ t a y - r o s e", ["venmo:tay-rose"], "en: letter-spaced venmo user with hyphen")
    pm(
        "Venmo (last 4 of phone 0142 if asked): @brooke-t-99",
        ["venmo:brooke-t-99"],
        "en: venmo with 'last 4 digits' hint",
    )
    pm(
        "pay here: https://venmo.com/u/carly-ann-2 (screenshot the receipt)",
        ["venmo:carly-ann-2"],
        "en: venmo.com/u/ link",
    )
    pm("cash.app/$rubyred77/40", ["cashapp:$rubyred77"], "en: cash.app link with an amount")
    pm(
        "Tips 💕 CashApp $tinkerbell9 / Venmo @tink-bell / PayPal paypal.me/tinkbell",
        ["cashapp:$tinkerbell9", "venmo:tink-bell", "paypal:tinkbell"],
        "en: tip footer with three platforms",
    )
    pm(
        "Deposit required ($60). CA: $nikkiatl — screenshot or no appointment. Ref #55231",
        ["cashapp:$nikkiatl"],
        "en: CA abbreviation after a dollar amount, reference number",
    )
    pm(
        "[09:12] Mel: u can send the deposit to my cashapp\n[09:12] Mel: $melxoxo\n[09:13] Mel: $30 is fine",
        ["cashapp:$melxoxo"],
        "en: chat export, tag on its own line, an amount after it",
    )
    pm("Venmo is @dani-lou but i also take zelle (ask)", ["venmo:dani-lou"], "en: Zelle without an id")
    pm("Revolut: @m\u200ba\u200bj\u200ba_lx", ["revolut:maja_lx"], "en: zero-width spaces inside the tag")
    pm("Rev0lut: @lucija_zg — avans 30 €", ["revolut:lucija_zg"], "hr: zero in 'Rev0lut'")
    pm("Cash 🅰️pp: $kimmy4u", ["cashapp:$kimmy4u"], "en: 🅰️ inside 'Cash App'")
    pm("PΑYPΑL.ME/irinakyiv 💳", ["paypal:irinakyiv"], "en: Greek capital alphas in PAYPAL.ME")
    pm(
        "Deposit to $lexxi2 on the green app (Cash App), dm me after",
        ["cashapp:$lexxi2"],
        "en: platform named after the tag in brackets",
    )
    pm("Revolut-Tag: @janavie — bitte Betreff leer lassen", ["revolut:janavie"], "de: Revolut-Tag compound")
    pm(
        "Send the $25 verification fee to $sarahvip25 on Cash App, then text me",
        ["cashapp:$sarahvip25"],
        "en: amount then tag, platform after",
    )
    pm(
        "Payment: venmo @kristen-b (business) or paypal.me/kristenb/75USD",
        ["venmo:kristen-b", "paypal:kristenb"],
        "en: two platforms, amount in paypal path",
    )
    pm("Pago por Venmo: @lupita-rdz. Sin depósito no hay cita 🙅‍♀️", ["venmo:lupita-rdz"], "es: trailing full stop")
    # negatives
    pm("Bought $TSLA and $AAPL today, $NVDA next week 📈", [], "en negative: stock cashtags")
    pm(
        "Rates: $150 half hour, $250 hour, $900 overnight. Cash only, no Cash App, no PayPal.",
        [],
        "en negative: prices and platforms refused",
    )
    pm("Use code $AVE20 for $20 off your first order!", [], "en negative: promo code with $")
    pm(
        "PayPal fees are 3.49% + $0.49 per transaction; Venmo charges 3% for credit cards.",
        [],
        "en negative: fee description",
    )
    pm("Price 1.200 $ / month, deposit $500, order #$1042", [], "en negative: prices and an order reference")
    pm("Gas is $3.99 and ETH is $3,120 — crypto only, no $ tags", [], "en negative: prices, no tags")
    pm("Our company account: IBAN GB33BUKB20201555555555, BIC BUKBGB22", [], "en negative: IBAN and BIC")
    pm("paypal.com/signin and venmo.com/legal/us-user-agreement", [], "en negative: platform pages, not users")
    pm(
        "Cash App support will never ask for your $cashtag PIN. Report scams to support.",
        [],
        "en negative: the word $cashtag in help text",
    )


# --------------------------------------------------------------------------- crypto
def cryptos() -> None:
    def cr(text: str, expected: list[str], note: str) -> None:
        for v in expected:
            _check_wallet(v)
        rec("crypto", text, expected, note)

    def s(n: int) -> str:
        return f"clew-heldout-b15-seed-{n}"

    a1 = btc_p2pkh(s(1))
    cr(
        f"Deposit to my BTC wallet: {a1}. Send a screenshot of the tx.",
        [f"btc:{a1}"],
        "en: P2PKH after 'deposit to', full stop",
    )
    a2 = btc_p2sh_p2wpkh(s(2))
    cr(f"Depósito en bitcoin (BTC): {a2} — 0.002 BTC para reservar", [f"btc:{a2}"], "es: P2SH-P2WPKH beside an amount")
    a3 = btc_p2wpkh(s(3))
    cr(
        f"Acompte en BTC : <code>{a3}</code> (réseau Bitcoin uniquement)",
        [f"btc:{a3}"],
        "fr: bech32 inside HTML <code>",
    )
    a4 = btc_p2tr(s(4))
    cr(f"Taproot adresa: {a4}\nminimálně 0.001 BTC", [f"btc:{a4}"], "cs: taproot bech32m")
    e5 = eth_checksum(s(5))
    cr(f"ETH / USDT (ERC-20): {e5} — no NFTs please", [f"eth:{e5.lower()}"], "en: EIP-55 ETH")
    e6 = eth_checksum(s(6))
    cr(f"Оплата в USDT ERC20 на адрес {e6.lower()}, сеть Ethereum", [f"eth:{e6.lower()}"], "ru: lower-case ETH")
    t7 = trx(s(7))
    cr(f"USDT TRC20 钱包地址：{t7}（请勿使用 ERC20）", [f"trx:{t7}"], "zh: TRON beside full-width brackets")
    l8 = ltc_p2pkh(s(8))
    cr(f"Litecoin (LTC) only: {l8}", [f"ltc:{l8}"], "en: LTC L-address")
    l9 = ltc_p2sh(s(9))
    cr(f"LTC-Adresse (M…): {l9} — Gebühren trägt der Sender", [f"ltc:{l9}"], "de: LTC M-address")
    l10 = ltc_bech32(s(10))
    cr(f"Endereço LTC: {l10} — manda o comprovante no zap", [f"ltc:{l10}"], "pt-BR: ltc1 bech32")
    d11 = doge(s(11))
    cr(f"DOGE tips 🐶 {d11} much wow", [f"doge:{d11}"], "en: Dogecoin tip")
    s12 = sol(s(12))
    cr(f"SOL (Solana) wallet: {s12}\nUSDC on Solana also ok", [f"sol:{s12}"], "en: Solana address")
    a13, e13, t13 = btc_p2wpkh(s(13)), eth_checksum(s(14)), trx(s(15))
    cr(
        f"Crypto deposits accepted:\n• BTC {a13}\n• ETH {e13}\n• USDT-TRC20 {t13}\nNo refunds.",
        [f"btc:{a13}", f"eth:{e13.lower()}", f"trx:{t13}"],
        "en: three chains in a bulleted list",
    )
    a16 = btc_p2pkh(s(16))
    cr(
        f"> what's your btc?\n{a16}\n> sent 0.0015, "
        "tx 9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c1b3d5f7e9a1c3b5d7f9e1a3c5b7d9f1e",
        [f"btc:{a16}"],
        "en: chat reply with the address, then a tx hash",
    )
    e17 = eth_checksum(s(17))
    cr(
        f"Etherscan: https://etherscan.io/address/{e17}#tokentxns",
        [f"eth:{e17.lower()}"],
        "en: etherscan URL with fragment",
    )
    t18 = trx(s(18))
    cr(f"Tronscan link: https://tronscan.org/#/address/{t18}/transfers", [f"trx:{t18}"], "en: tronscan URL")
    a19 = btc_p2tr(s(19))
    cr(f"https://mempool.space/address/{a19}", [f"btc:{a19}"], "en: mempool.space taproot URL")
    s20 = sol(s(20))
    cr(f"solscan.io/account/{s20}?cluster=mainnet", [f"sol:{s20}"], "en: solscan URL with query")
    a21 = btc_p2sh_p2wpkh(s(21))
    cr(
        f"Bitcoin-Adresse für die Kaution (Zimmer 12, 450 €): {a21}",
        [f"btc:{a21}"],
        "de: beside a room number and price",
    )
    e22 = eth_checksum(s(22))
    cr(f"Indirizzo ETH per l'anticipo: {e22}. Grazie!", [f"eth:{e22.lower()}"], "it: trailing full stop")
    t23 = trx(s(23))
    cr(f"Adres USDT (sieć TRC20): {t23} — 100 USDT zaliczki", [f"trx:{t23}"], "pl: TRON with deposit")
    a24 = btc_p2wpkh(s(24))
    cr(f"Adresa BTC: {a24.upper()}", [f"btc:{a24}"], "ro: upper-case bech32 (QR style)")
    e25 = eth_checksum(s(25))
    cr(f"Адреса гаманця (ETH): {e25}", [f"eth:{e25.lower()}"], "uk")
    t26 = trx(s(26))
    cr(f"USDT adresi (TRC20): {t26} — minimum 50 USDT", [f"trx:{t26}"], "tr")
    a27 = btc_p2pkh(s(27))
    cr(f"عنوان البيتكوين: {a27} (أرسل الإيصال بعد التحويل)", [f"btc:{a27}"], "ar: RTL context")
    e28 = eth_checksum(s(28))
    cr(f"آدرس کیف پول اتریوم: {e28}", [f"eth:{e28.lower()}"], "fa")
    t29 = trx(s(29))
    cr(f"כתובת USDT ברשת טרון: {t29}", [f"trx:{t29}"], "he")
    a30 = btc_p2wpkh(s(30))
    cr(f"बिटकॉइन पता: {a30} — एडवांस 0.001 BTC", [f"btc:{a30}"], "hi")
    e31 = eth_checksum(s(31))
    cr(f"ที่อยู่กระเป๋า ETH: {e31} ค่ะ", [f"eth:{e31.lower()}"], "th: polite particle after the address")
    t32 = trx(s(32))
    cr(f"Ví USDT TRC20: {t32} (chuyển xong nhắn mình)", [f"trx:{t32}"], "vi")
    s33 = sol(s(33))
    cr(f"Alamat Solana: {s33}, kirim 0.5 SOL untuk booking", [f"sol:{s33}"], "id: comma after the address")
    d34 = doge(s(34))
    cr(f"Dogecoin address ko: {d34} salamat po", [f"doge:{d34}"], "tl")
    a35 = btc_p2tr(s(35))
    cr(f"ビットコイン受取アドレス：{a35}", [f"btc:{a35}"], "ja: full-width colon")
    e36 = eth_checksum(s(36))
    cr(f"이더리움 주소: {e36} (수수료는 본인 부담)", [f"eth:{e36.lower()}"], "ko")
    a37 = btc_p2pkh(s(37))
    cr(f"Διεύθυνση BTC: {a37}", [f"btc:{a37}"], "el")
    l38 = ltc_bech32(s(38))
    cr(f"LTC címem: {l38}, köszi!", [f"ltc:{l38}"], "hu: comma after ltc1")
    a39 = btc_p2sh_p2wpkh(s(39))
    cr(f"Anwani ya Bitcoin: {a39}", [f"btc:{a39}"], "sw")
    e40 = eth_checksum(s(40))
    cr(f"ETH-adres: `{e40}` (alleen Ethereum mainnet)", [f"eth:{e40.lower()}"], "nl: markdown code span")
    a41 = btc_p2wpkh(s(41))
    cr(f'{{"currency": "BTC", "address": "{a41}", "amount": 0.0042}}', [f"btc:{a41}"], "en: JSON payload")
    t42 = trx(s(42))
    cr(f"Кошелёк USDT TRC20: «{t42}» — только эта сеть!", [f"trx:{t42}"], "ru: TRON inside guillemets")
    e43 = eth_checksum(s(43))
    cr(f"转账ETH地址{e43}请核对后再转", [f"eth:{e43.lower()}"], "zh: ETH address glued to Chinese text without spaces")
    a44 = btc_p2pkh(s(44))
    cr(f"BTC ➜ {a44} ⬅ only this one, the old one is closed", [f"btc:{a44}"], "en: arrows around the address")
    s45 = sol(s(45))
    e45 = eth_checksum(s(46))
    cr(
        f"Solana: {s45}\nor Ethereum: {e45}\nENS vitalik-fan.eth is NOT mine",
        [f"sol:{s45}", f"eth:{e45.lower()}"],
        "en: two chains and an ENS name",
    )
    a47 = btc_p2tr(s(47))
    cr(f"Bitcoin (taproot) ▸ {a47} ▸ block 840000 halving donation", [f"btc:{a47}"], "en: block height beside")
    l48 = ltc_p2pkh(s(48))
    d48 = doge(s(49))
    cr(f"Altcoins: LTC {l48} | DOGE {d48}", [f"ltc:{l48}", f"doge:{d48}"], "en: LTC and DOGE in one footer")
    t50 = trx(s(50))
    cr(f"USDT (TRC-20) nhận tại {t50}; phí mạng do bạn trả.", [f"trx:{t50}"], "vi: semicolon after the address")
    e51 = eth_checksum(s(51))
    cr(f"bitte NUR an diese ETH-Adresse: {e51}\n(Tx-Hash danach per DM)", [f"eth:{e51.lower()}"], "de")
    a52 = btc_p2wpkh(s(52))
    cr(
        f"Cüzdan adresim (BTC, Native SegWit): {a52}\nMiktar: 0,0025 BTC",
        [f"btc:{a52}"],
        "tr: decimal comma amount below",
    )
    e53 = eth_checksum(s(53))
    cr(f"ETH wallet — {e53} — gas on you, tx id after sending pls", [f"eth:{e53.lower()}"], "en: dashes around")
    s54 = sol(s(54))
    cr(f"Solana-osoite: {s54} (vain SOL/USDC)", [f"sol:{s54}"], "fi")
    t55 = trx(s(55))
    a55 = btc_p2pkh(s(56))
    cr(
        f"Оплата: USDT (TRC20) {t55} или BTC {a55}. Заказ № 88213, сумма 120 USDT.",
        [f"trx:{t55}", f"btc:{a55}"],
        "ru: two chains beside an order number and amount",
    )
    # negatives
    bad = btc_p2pkh(s(60))
    flip = bad[:-1] + ("2" if bad[-1] != "2" else "3")
    try:
        base58.b58decode_check(flip)
        raise SystemExit("mutated address still passes its checksum")
    except ValueError:
        pass
    cr(f"BTC: {flip}", [], "en negative: P2PKH with its last character changed (checksum broken)")
    ge = eth_checksum(s(61))
    swapped = "0x" + ge[2:].swapcase()
    if swapped == ge or swapped[2:].lower() == swapped[2:] or swapped[2:].upper() == swapped[2:]:
        raise SystemExit("seed 61 gives a casing that cannot be broken")
    cr(f"ETH: {swapped}", [], "en negative: mixed-case ETH whose EIP-55 casing is inverted (broken checksum)")
    tr = trx(s(62))
    cr(f"send to {tr[:6]}…{tr[-6:]} (full address in DM)", [], "en negative: truncated TRON address")
    cr(
        "tx: 0x3a1f5c8e2b7d9046e1c3a5f7b9d2e4068ac1e3f5b7d9a2c4e6f8a0b2c4d6e8f0 confirmed",
        [],
        "en negative: 64-hex transaction hash",
    )
    cr(
        "Block hash 00000000000000000002a7c4c1e48d76c5a37902165a270156b7a8d72728a054, height 840000",
        [],
        "en negative: block hash and height",
    )
    cr("PGP: 3A1F 5C8E 2B7D 9046 E1C3  A5F7 B9D2 E406 8AC1 E3F5", [], "en negative: PGP fingerprint")
    cr(
        "Order 7f3e9a2c-1b4d-4e8f-9a6c-2d5e7f8a1b3c, IBAN NL91ABNA0417164300, ENS: rosa.eth",
        [],
        "en negative: UUID, IBAN, ENS name",
    )
    cr("ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi", [], "en negative: IPFS CID")
    cr("Price: 0.0021 BTC (~$150) or 0.045 ETH. Wallet sent after you book.", [], "en negative: amounts, no address")


# --------------------------------------------------------------------------- age
def ages() -> None:
    def ag(text: str, expected: list[str], note: str, country: str | None = None) -> None:
        rec("age", text, expected, note, country)

    ag("Jina langu ni Amani, nina miaka 21, niko Nairobi", ["21"], "sw: 'nina miaka 21'")
    ag("Менің атым Айгерім, 22 жастамын, Алматыдан", ["22"], "kk: '22 жастамын'")
    ag("ስሜ ሄለን ነው፤ ዕድሜዬ 23 ዓመት ነው", ["23"], "am: ዕድሜዬ 23 ዓመት")
    ag("ჩემი სახელია ნინო, 24 წლის ვარ", ["24"], "ka: 24 წლის ვარ")
    ag("Ես Անին եմ, 20 տարեկան", ["20"], "hy: 20 տարեկան")
    ag(
        "New in Houston 💋 Jade, 2️⃣2️⃣ y/o, 5'5\", 120 lbs, 34C. $200/hr",
        ["22"],
        "en: keycap age beside height, weight, cup size and price",
        "US",
    )
    ag("Age: twenty-two (22). Height 165 cm. Weight 52 kg.", ["22"], "en: word and digit together, metric measurements")
    ag(
        "Hola, soy Camila, tengo 19 añitos y mido 1,60. 150 dólares la hora",
        ["19"],
        "es: añitos beside height and price",
    )
    ag("Oi, sou a Bia, 23 aninhos, 1,68m, 58kg, manequim 38", ["23"], "pt-BR: aninhos beside dress size")
    ag("Salut, moi c'est Léa, 21 ans, 1m62, taille 36, dispo 7j/7", ["21"], "fr: 7j/7 and size beside the age")
    ag("Hallo, ich bin Mia, 24 J., 170 cm, KF 36, 24/7 erreichbar", ["24"], "de: '24 J.' next to '24/7'")
    ag("Ciao, sono Giulia, ho 26 anni, 1.72, taglia 40", ["26"], "it")
    ag("Hoi, ik ben Sanne, 22 jaar jong, maat 36", ["22"], "nl: 'jaar jong'")
    ag("Cześć, jestem Ola, mam 20 lat, wzrost 168, rozmiar 34", ["20"], "pl")
    ag("Привет, я Даша, мне 19 лет, рост 170, вес 50, грудь 2", ["19"], "ru: beside height, weight, bust size")
    ag("Привіт, я Настя, мені 21 рік, зріст 165", ["21"], "uk: '21 рік'")
    ag("Bună, sunt Ioana, am 22 de ani, 1,65 m", ["22"], "ro: '22 de ani'")
    ag("Merhaba, ben Elif, 23 yaşındayım, boyum 1.70", ["23"], "tr: 23 yaşındayım")
    ag("Γεια, είμαι η Μαρία, 24 χρονών, 1.68", ["24"], "el: χρονών")
    ag("Szia, Réka vagyok, 20 éves, 165 cm", ["20"], "hu: 20 éves")
    ag("Ahoj, jsem Tereza, je mi 21 let, 168 cm", ["21"], "cs: je mi 21 let")
    ag("Hej, jag heter Elsa, 22 år, 172 cm", ["22"], "sv")
    ag("Moi, olen Aino, 23-vuotias, 165 cm", ["23"], "fi: 23-vuotias")
    ag("مرحبا، أنا ليلى، عمري ٢٢ سنة، الطول ١٦٥", ["22"], "ar: Arabic-Indic digits beside a height")
    ag("سلام، من سارا هستم، ۲۱ سالمه", ["21"], "fa: Persian digits, '۲۱ سالمه'")
    ag("היי, אני נועה, בת 20, גובה 1.65", ["20"], "he: בת 20 beside a height")
    ag("नमस्ते, मैं प्रिया हूँ, उम्र 22 साल, कद 5'4\"", ["22"], "hi: उम्र 22 साल")
    ag("আমি তানিয়া, বয়স ২০ বছর", ["20"], "bn: Bengali digits")
    ag("สวัสดีค่ะ หนูชื่อฝ้าย อายุ 21 ปี สูง 160", ["21"], "th: อายุ 21 ปี beside a height")
    ag("Chào anh, em tên Linh, 22 tuổi, cao 1m60, nặng 45kg", ["22"], "vi")
    ag("Halo, aku Putri, umur 20 thn, TB 160 BB 48", ["20"], "id: TB/BB (height/weight) beside the age")
    ag("Hi po, ako si Joy, 23 years old na po, 5'2\"", ["23"], "tl: 'years old na po'")
    ag("大家好，我叫小雨，今年20岁，身高165，体重45公斤", ["20"], "zh: 20岁 beside height and weight")
    ag("はじめまして、ゆいです。22歳、身長158cm", ["22"], "ja: 22歳")
    ag("안녕하세요, 지우예요. 나이 21살, 키 165", ["21"], "ko: 21살")
    ag("Zdravo, ja sam Ana, imam 22 godine, 170 cm", ["22"], "sr/hr: imam 22 godine")
    ag("Labas, aš Rūta, man 21 metai", ["21"], "lt: man 21 metai")
    ag("Ninaitwa Zawadi, umri: miaka ishirini na moja", ["21"], "sw: number words 'ishirini na moja'")
    ag("Hi, I'm Amber, nineteen years young and new to the city", ["19"], "en: number word with 'years young'")
    ag(
        "Profile\nName: Kira\nAge: 24\nHeight: 5'7\"\nWeight: 125\nHair: brunette\nRates: 300/hr",
        ["24"],
        "en: profile lines, weight and rate numbers beside",
    )
    ag("Two girls available: Mia (21) & Zoe (23) 💕 duo $500", ["21", "23"], "en: two ages in brackets beside a price")
    ag("[22:10] Tom: how old r u\n[22:10] Lexi: 20\n[22:11] Tom: cool", ["20"], "en: chat answer to 'how old'")
    ag("22yo latina 🔥 new pics, 36-24-38", ["22"], "en: '22yo' beside measurements")
    ag("Age ~ 19 • Location Miami • Available 10am–2am", ["19"], "en: tilde, times beside")
    ag("Sofia | 𝟮𝟯 | Berlin | 170 | 55", ["23"], "en/de: math sans-serif bold age in a pipe-separated profile")
    ag("edad: 2O años (sí, la O es un cero 😉)", ["20"], "es: letter O for zero with explanation")
    ag("I'm 21, not 18 like the old ad says", ["21"], "en: corrected age; the old one is negated")
    ag("Mwen gen 22 an, mwen nan Miami", ["22"], "ht: Haitian 'gen 22 an'")
    ag("Tôi 24 tuổi, có 3 năm kinh nghiệm làm nail", ["24"], "vi: age beside years of experience")
    ag("Ma olen 22-aastane, Tallinnast", ["22"], "et: 22-aastane")
    ag("Sono una ragazza di ventidue anni, dolce e simpatica", ["22"], "it: number word ventidue")
    # negatives
    ag("Open 24/7 🕐 Outcalls only. 18+ only, ID required.", [], "en negative: 24/7 and 18+")
    ag("Hiring drivers, 5 years experience, aged 21-35, salary 2,500 €", [], "en negative: experience and age range")
    ag("Room 22, 3rd floor. Check-in at 14:00, 2 nights 180 $.", [], "en negative: room, floor, time, nights")
    ag("Selling my 2019 Honda Civic, 7 years old, 85,000 km", [], "en negative: a car's age and mileage")
    ag("Size 38 shoes, dress size 10, waist 26 inches", [], "en negative: sizes")
    ag("Company founded 25 years ago, 40 employees, since 2001", [], "en negative: company age")
    ag("Сдаю квартиру 45 м², 3 этаж, дом 1985 года, 25 000 ₽/мес", [], "ru negative: flat area, floor, year, rent")
    ag("Le bébé a 18 mois; nounou cherchée, 12 €/h, 35 h/semaine", [], "fr negative: a baby's age in months, hours")
    ag("Termin am 21.03. um 19 Uhr, Dauer 60 Min., Preis 150 €", [], "de negative: date, time, duration, price")


# --------------------------------------------------------------------------- checks and output
_CANON = {
    "phone": re.compile(r"\+[1-9]\d{6,14}"),
    "email": re.compile(r"[a-z0-9._%+-]+@(?:[a-z0-9-]+\.)*example\.(?:com|org|net)"),
    "handle": re.compile(r"[a-z]+:[a-z0-9._-]+"),
    "payment": re.compile(r"(?:cashapp:\$[a-z0-9]+|venmo:[a-z0-9_-]+|paypal:[a-z0-9._-]+|revolut:[a-z0-9._-]+)"),
    "crypto": re.compile(r"(?:btc|eth|trx|ltc|doge|sol):[0-9A-Za-z]+"),
    "age": re.compile(r"[1-9]\d"),
}


def _check(kind: str, r: dict[str, Any]) -> None:
    for v in r["expected"]:
        if not _CANON[kind].fullmatch(v):
            raise SystemExit(f"{r['id']}: {v!r} is not a canonical {kind} value")
        if kind == "phone":
            num = phonenumbers.parse(v)
            if (
                not phonenumbers.is_valid_number(num)
                or phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) != v
            ):
                raise SystemExit(f"{r['id']}: {v} is not a valid E.164 number")
            national = str(num.national_number)
            fictional = (
                (num.country_code == 1 and national[3:7] == "5550" and 100 <= int(national[6:]) <= 199)
                or (num.country_code == 44 and (national.startswith("2079460") or national.startswith("1614960")))
                or (num.country_code == 33 and national.startswith("19900"))
                or (num.country_code == 61 and national.startswith("4915701"))
            )
            if not fictional:
                raise SystemExit(f"{r['id']}: {v} is outside the fictional ranges")
        if kind == "crypto":
            _check_wallet(v)
    if len(set(r["expected"])) != len(r["expected"]):
        raise SystemExit(f"{r['id']}: duplicate expected values")


def main() -> None:
    phones()
    emails()
    handles()
    payments()
    cryptos()
    ages()
    for kind, records in RECORDS.items():
        for r in records:
            _check(kind, r)
        path = OUT / f"{kind}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        neg = sum(1 for r in records if not r["expected"])
        print(f"{path.name}: {len(records)} records, {neg} negatives")


if __name__ == "__main__":
    main()
