"""Generate batch 14 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch14/<type>.jsonl).

    python bench/data/identifiers_heldout/batch14/make.py

Why a fourteenth batch: batch 13 has been scored and studied, so it no longer measures text nobody
tuned for.  Batch 14 was written blind by another author who read only issue 3, the obfuscation
table in the research notes (indicators.md section 5), the data contract in PRODUCT.md, the scorer,
the first lines of batch 7's files (for the record format) and the docstrings of batches 6 to 13 (to
choose *other* cases).  No extractor code, generated docs, tests or earlier held-out records were read.

Mostly everyday realism (job offers, massage / escort ads, rentals, chat exports, signatures and
footers with several identifiers and look-alikes beside them), with a smaller share of disguises a
person decodes at a glance, in 57 languages and 25 scripts:
- phones: markdown bold / italic / code around each group, a number split by a flower emoji between
  every digit, "dots between every digit", mixed bracket kinds per digit, CamelCase number words
  (ThreeOneTwo...), "triple five", sms: links with ?body=, api.whatsapp.com/send?phone=, an extension
  ("poste 12"), one number repeated, keycap emoji mixed with plain digits, a Greek ad with a tax id
  beside the number, number words of Ukrainian, Chinese, Vietnamese, Swahili, Indonesian, Romanian,
  German and Portuguese mixed with digits, and digits of Bengali, Thai, Persian, Nepali script in
  ads for the fictional NA / UK / FR / AU ranges.
- e-mail: the HTML named entities &commat; / &period;, markdown-italic *at* / *dot*, _at_ / _dot_,
  Tagalog "at" (which means "and"), slang words for "@" not in batches 6-13 (Serbian лудо а, Swedish
  kanelbulle, Danish grisehale, German Affenohr, Norwegian alfakrøll) and Serbian тачка for "."; an
  address given in pieces ("the name is ... and it's at ..."), display-name headers, mailto with a
  subject, sub-domains, all-caps shouting, an address repeated in two cases.
- handles: emoji cues (👻, ✈️), abbreviation footers with ▸ separators, Greek capital iota in "Ιnsta",
  letter-spaced "s n a p", a cue on the line above, LINE / WeChat / Signal / Discord / Skype / Kik /
  TikTok / OnlyFans / Facebook; platforms in ~40 languages; "same username on kik and snap" in Spanish.
- payment: Cash App / Venmo / PayPal.me / Revolut next to prices in many currencies and next to
  platforms that are not scored (Pix, GCash, Tikkie, Swish, Apple Pay), venmo pay links with
  recipients=, paypal.me with an amount and currency, dotted "C.A".
- crypto: BTC (P2PKH, P2SH-P2WPKH, P2WPKH, P2TR), ETH (EIP-55 and lower case), TRON, LTC (L, M,
  ltc1), DOGE and SOL, derived here from sha256 of fixed seed strings (secp256k1 and the taproot tweak
  computed in this file, Ed25519 via pycryptodome, bech32m checksum computed here) and checked, in
  labels of ~30 languages, split into groups by " | ", inside brackets and backticks, beside tx hashes,
  block heights, ENS names and amounts.
- age: "22 primaveras / printemps", "22 summers", "22 года" in a profile, ages in ~40 languages, two
  people's ages, ages in chat answers; negatives with object ages, years of experience, sizes, rooms,
  dates, "18+" and 24/7.
About 15 % of each type are negatives (``"expected": []``) carrying look-alikes.

Fictional values only: NA 555-0100..0199, UK 020 7946 0xxx / 0161 496 0xxx, FR 01 99 00 xx xx,
AU 0491 570 1xx; example.com/.org/.net; made-up handles.  Every record has "batch": 14.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

import base58
import bech32
import phonenumbers
from Crypto.Hash import keccak
from Crypto.PublicKey import ECC

OUT = Path(__file__).resolve().parent
BATCH = 14

# --------------------------------------------------------------------------- secp256k1 (own, tiny)

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
    tangent = 3 * a[0] * a[0] * pow(2 * a[1], -1, _P) % _P if a == b else None
    lam = tangent if tangent is not None else (b[1] - a[1]) * pow(b[0] - a[0], -1, _P) % _P
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
    return int.from_bytes(hashlib.sha256(f"clew-heldout-b14:{seed}".encode()).digest(), "big") % _N or 1


def _pub(seed: str) -> tuple[int, int]:
    pt = _mul(_priv(seed))
    assert pt is not None
    return pt


def _compressed(pt: tuple[int, int]) -> bytes:
    return bytes([2 + (pt[1] & 1)]) + pt[0].to_bytes(32, "big")


def _hash160(data: bytes) -> bytes:
    return hashlib.new("ripemd160", hashlib.sha256(data).digest()).digest()


def _b58check(version: int, payload: bytes) -> str:
    return base58.b58encode_check(bytes([version]) + payload).decode()


def _keccak(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


_BECH32M = 0x2BC830A3


def _segwit(hrp: str, version: int, program: bytes) -> str:
    if version == 0:
        addr = bech32.encode(hrp, 0, list(program))
        assert addr is not None
        return addr
    data = [version, *bech32.convertbits(list(program), 8, 5)]
    values = bech32.bech32_hrp_expand(hrp) + data
    polymod = bech32.bech32_polymod(values + [0] * 6) ^ _BECH32M
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(bech32.CHARSET[d] for d in data + checksum)


def _segwit_ok(addr: str) -> bool:
    hrp, _, rest = addr.lower().rpartition("1")
    data = [bech32.CHARSET.find(c) for c in rest]
    if -1 in data or len(data) < 7:
        return False
    const = bech32.bech32_polymod(bech32.bech32_hrp_expand(hrp) + data)
    return const == (1 if data[0] == 0 else _BECH32M)


def _tagged(tag: str, data: bytes) -> bytes:
    t = hashlib.sha256(tag.encode()).digest()
    return hashlib.sha256(t + t + data).digest()


def _eth_bytes(seed: str) -> bytes:
    pt = _pub(seed)
    return _keccak(pt[0].to_bytes(32, "big") + pt[1].to_bytes(32, "big"))[-20:]


def _eip55(raw: bytes) -> str:
    low = raw.hex()
    h = _keccak(low.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(low))


def wallet(kind: str, seed: str) -> str:
    """Address of `kind` for the key derived from `seed`, as written in a text (EIP-55 for eth)."""
    pt = _pub(seed)
    h = _hash160(_compressed(pt))
    if kind == "btc-p2pkh":
        return _b58check(0x00, h)
    if kind == "btc-p2sh":
        return _b58check(0x05, _hash160(b"\x00\x14" + h))
    if kind == "btc-p2wpkh":
        return _segwit("bc", 0, h)
    if kind == "btc-p2tr":
        p = pt if pt[1] % 2 == 0 else (pt[0], _P - pt[1])
        tweak = int.from_bytes(_tagged("TapTweak", p[0].to_bytes(32, "big")), "big")
        q = _add(p, _mul(tweak))
        assert q is not None
        return _segwit("bc", 1, q[0].to_bytes(32, "big"))
    if kind == "eth":
        return _eip55(_eth_bytes(seed))
    if kind == "trx":
        return _b58check(0x41, _eth_bytes(seed))
    if kind == "ltc-l":
        return _b58check(0x30, h)
    if kind == "ltc-m":
        return _b58check(0x32, _hash160(b"\x00\x14" + h))
    if kind == "ltc1":
        return _segwit("ltc", 0, h)
    if kind == "doge":
        return _b58check(0x1E, h)
    if kind == "sol":
        key = ECC.construct(curve="Ed25519", seed=hashlib.sha256(f"clew-heldout-b14-sol:{seed}".encode()).digest())
        return base58.b58encode(key.public_key().export_key(format="raw")).decode()
    raise ValueError(kind)


def canon(kind: str, addr: str) -> str:
    """The canonical entity value of PRODUCT.md (`chain:address`, eth lower case, bech32 lower case)."""
    chain = kind.split("-")[0].replace("ltc1", "ltc")
    if chain == "eth":
        return "eth:" + addr.lower()
    if addr.lower().startswith(("bc1", "ltc1")):
        return f"{chain}:{addr.lower()}"
    return f"{chain}:{addr}"


def mutate(addr: str) -> str:
    """Change one character in the middle so the checksum no longer holds (negatives)."""
    i = len(addr) // 2
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    if addr.startswith("0x"):
        alphabet = "0123456789abcdef"
    elif addr.lower().startswith(("bc1", "ltc1")):
        alphabet = bech32.CHARSET
    for c in alphabet:
        if c != addr[i] and c.lower() != addr[i].lower():
            return addr[:i] + c + addr[i + 1 :]
    raise AssertionError


# --------------------------------------------------------------------------- records

Rec = dict[str, Any]


def rec(text: str, expected: list[str], note: str, country: str | None = None) -> Rec:
    r: Rec = {"text": text}
    if country:
        r["country"] = country
    r["expected"] = expected
    r["note"] = note
    return r


PHONE: list[Rec] = [
    rec(
        "Hey gents 👋 new in Chicago this week only. Call or text 312.555.0142 — no blocked numbers, no texts "
        "after 11pm. Rates: 150/hh 250/h, incall near O'Hare.",
        ["+13125550142"],
        "en: escort ad, dotted number beside rates",
        "US",
    ),
    rec(
        "📱 3🌸1🌸2 5🌸5🌸5 0🌸1🌸4🌸7 📱 text first, Lincoln Park",
        ["+13125550147"],
        "en: a flower emoji between every digit",
        "US",
    ),
    rec(
        "Se busca muchacha para limpieza de casas en Houston, pago $18/hora, 5 días por semana. Informes al ocho "
        "tres dos – 555 – cero uno siete tres, preguntar por Doña Lupe.",
        ["+18325550173"],
        "es: Spanish number words for two groups, digits for one",
        "US",
    ),
    rec(
        "Trabalho em Boston para babá, moradia incluída, folga aos domingos. Zap: (617) 555-01-88 — falar com a "
        "Cida depois das 19h.",
        ["+16175550188"],
        "pt-BR: US number with Brazilian 2-2 grouping of the last four",
        "US",
    ),
    rec(
        "Massothérapie détente à Montréal 🌿 Texto seulement : cinq-un-quatre, 555, zéro-un-six-neuf. Pas "
        "d'appels masqués.",
        ["+15145550169"],
        "fr-CA: French number words, hyphenated, for the area code and last group",
        "CA",
    ),
    rec(
        "Putzhilfe in London gesucht, 12 £/Std., 3 Tage die Woche. Melden Sie sich unter 020 7946 0731 "
        "(Festnetz, Mo–Fr 9–17 Uhr).",
        ["+442079460731"],
        "de: UK landline in a German job ad, hours beside it",
        "GB",
    ),
    rec(
        "Jeune femme sérieuse propose ménage et repassage, Paris 15e, 14 €/h. Tél : 01 99 00 47 12 — pas de "
        "numéro masqué svp.",
        ["+33199004712"],
        "fr: French fiction range, national format",
        "FR",
    ),
    rec(
        "Recherche hôtesses pour salon, logement fourni. Appelez le +33 (0)1 99 00 23 58 de 9h à 18h, réf. "
        "annonce 4471-B.",
        ["+33199002358"],
        "fr: +33 (0) form beside an ad reference",
        "FR",
    ),
    rec(
        "Sydney CBD ✨ fresh Asian girls, open 10am–late, 7 days. Book: 0491 570 156. Shop 3/121 George St, "
        "parking at rear.",
        ["+61491570156"],
        "en-AU: massage parlour ad, street address digits beside",
        "AU",
    ),
    rec(
        "Farm work Bundaberg, $28.50/hr, accommodation $150/wk deducted. ABN 51 824 753 556. Ring Dave on "
        "+61 491 570 109 after 6.",
        ["+61491570109"],
        "en-AU: ABN next to the number",
        "AU",
    ),
    rec(
        "Работа в Нью-Йорке для девушек, жильё и билеты за наш счёт. Пишите в вотсап: +1 (718) 555-01-23, Марина.",
        ["+17185550123"],
        "ru: +1 number with Russian 2-2 grouping",
    ),
    rec(
        "Шукаємо доглядальницю в Торонто, проживання з родиною. Телефон: чотири один шість — 555 — 01 39, "
        "дзвоніть увечері.",
        ["+14165550139"],
        "uk: Ukrainian number words for the area code",
        "CA",
    ),
    rec(
        "旧金山按摩店招聘，包吃包住，日结现金。联系电话：四一五 五五五 零一二七，微信同号。",
        ["+14155550127"],
        "zh: Chinese numerals for every digit",
        "US",
    ),
    rec(
        "ロサンゼルスの日本人オーナー店です。ご予約は ２１３－５５５－０１６４ まで（２４時間受付）。",
        ["+12135550164"],
        "ja: full-width digits and full-width hyphen-minus",
        "US",
    ),
    rec(
        "뉴욕 한인 마사지샵 직원 구함. 숙식 제공. 연락처 ☎ 칠일팔-오오오-공일구오 (문자 주세요)",
        ["+17185550195"],
        "ko: Sino-Korean digit words",
        "US",
    ),
    rec(
        "Tiệm nail ở Houston cần thợ gấp, bao lương $1200/tuần. Gọi anh Tuấn: tám ba hai, năm năm năm, không "
        "một năm một.",
        ["+18325550151"],
        "vi: Vietnamese digit words for the whole number",
        "US",
    ),
    rec(
        "Hiring caregiver sa Los Angeles, live-in, may day off tuwing Linggo. Text mo lang ako: 213 555 0 one 8 2 po",
        ["+12135550182"],
        "tl: Taglish, one English word inside the last group",
        "US",
    ),
    rec(
        "مطلوب عاملة منزلية في ديترويت، راتب ممتاز وسكن مجاني. للتواصل واتساب: ٣١٣-٥٥٥-٠١٤٧",
        ["+13135550147"],
        "ar: Arabic-Indic digits in a domestic-work offer",
        "US",
    ),
    rec(
        "کار در ونکوور برای خانم‌ها، اقامت رایگان. تماس: ۶۰۴ ۵۵۵ ۰۱۱۲ (فقط پیامک)",
        ["+16045550112"],
        "fa: Persian digits",
        "CA",
    ),
    rec(
        "דרושה מטפלת בברוקלין, מגורים + משכורת. טלפון: 718-555-0158 (רק וואטסאפ)",
        ["+17185550158"],
        "he: RTL text around an LTR number",
        "US",
    ),
    rec(
        "न्यू जर्सी में घरेलू काम, रहने की जगह मुफ़्त. कॉल करें: 201 555 0106, शाम 6 बजे के बाद",
        ["+12015550106"],
        "hi: number in a Hindi job offer, a time beside it",
        "US",
    ),
    rec("ร้านนวดไทยในลาสเวกัส รับพนักงานด่วน ที่พักฟรี โทร ๗๐๒-๕๕๕-๐๑๓๓", ["+17025550133"], "th: Thai digits", "US"),
    rec(
        "Dicari pekerja kebun di Queensland, gaji AUD 25/jam. Hubungi WA nol empat sembilan satu 570 satu dua "
        "sembilan.",
        ["+61491570129"],
        "id: Indonesian digit words around one digit group",
        "AU",
    ),
    rec(
        "Kazi ya kusafisha nyumba Dallas, mshahara mzuri. Piga simu: 214 555 sifuri moja sita nane.",
        ["+12145550168"],
        "sw: Swahili digit words for the last group",
        "US",
    ),
    rec(
        "Londra'da restoran için garson aranıyor, haftalık £400. Arayın: 0161 496 0219 (Manchester şubesi).",
        ["+441614960219"],
        "tr: UK Manchester drama number",
        "GB",
    ),
    rec(
        "Praca w Manchesterze na magazynie, zakwaterowanie zapewnione. Dzwoń: 0161-496-0582. Kod pocztowy "
        "M1 1AE, stawka 11,44 £/h.",
        ["+441614960582"],
        "pl: dashed UK number beside postcode and wage",
        "GB",
    ),
    rec(
        "Caut fete pentru curățenie în Londra, 90£/zi. Sunați la 020 7946 0 nouă patru unu.",
        ["+442079460941"],
        "ro: Romanian digit words in the last group",
        "GB",
    ),
    rec(
        "Cerchiamo ragazze come hostess a Parigi, alloggio pagato, 2000 € al mese. Chiamare +33 1 99 00 61 30.",
        ["+33199006130"],
        "it: French number in an Italian offer",
        "FR",
    ),
    rec(
        "Schoonmaakwerk in Parijs, kost en inwoning. Bel 01-99-00-88-05 voor info (alleen Frans/Engels).",
        ["+33199008805"],
        "nl: dashed French number",
        "FR",
    ),
    rec(
        "Ζητείται σερβιτόρα στο Σικάγο, 15$/ώρα. ΑΦΜ εργοδότη 094259216. Τηλ: 312 555 01 57",
        ["+13125550157"],
        "el: tax id next to the number",
        "US",
    ),
    rec(
        "Hledáme au-pair do New Yorku, 300 USD týdně, nástup 1. 12. Volejte 917/555-0116.",
        ["+19175550116"],
        "cs: slash after the area code, a date beside",
        "US",
    ),
    rec(
        "Takarítónőt keresünk Torontóban, heti 5 nap. Telefon: 647 555 0 1 7 1 (csak SMS)",
        ["+16475550171"],
        "hu: last group letter-spaced",
        "CA",
    ),
    rec(
        "Sommarjobb i Miami ☀️ boende ingår. Ring 305–555–0185 mellan 10 och 16.",
        ["+13055550185"],
        "sv: en dashes",
        "US",
    ),
    rec(
        "Lastenhoitaja Seattleen! Palkka 600 $/vko. Soita: 206 555 0144 tai laita viestiä.",
        ["+12065550144"],
        "fi: plain number, wage beside",
        "US",
    ),
    rec(
        "Office (Toronto): 416-555-0102 · Mobile/WhatsApp: 647-555-0190 · Fax: same as office\nSuite 1200, M5V 2T6",
        ["+14165550102", "+16475550190"],
        "en: signature with two numbers and a postcode",
        "CA",
    ),
    rec("text me\n312 555\n0129\nno cops no games", ["+13125550129"], "en: number broken over lines", "US"),
    rec(
        "📞 **415** _555_ `0130` — ask for Mimi, SF Mission district",
        ["+14155550130"],
        "en: markdown bold, italic and code span, one per group",
        "US",
    ),
    rec("TXT ThreeOneTwo FiveFiveFive ZeroOneNineNine 💋", ["+13125550199"], "en: CamelCase digit words", "US"),
    rec(
        "Atlanta 🍑 call 404 triple five oh one six one, outcall only",
        ["+14045550161"],
        "en: 'triple five' and 'oh'",
        "US",
    ),
    rec(
        '<a href="sms:+12065550124?body=Hi%20from%20the%20ad">Text Jenny</a>',
        ["+12065550124"],
        "en: sms: link with a body",
        "US",
    ),
    rec(
        "Chat with me 👉 https://api.whatsapp.com/send?phone=17025550148&text=Hi%20babe",
        ["+17025550148"],
        "en: api.whatsapp.com send link, number in the query",
    ),
    rec(
        "call (3)[1]{2} <5>(5)[5] {0}(1)[4]<6> xoxo",
        ["+13125550146"],
        "en: a different bracket around each digit",
        "US",
    ),
    rec(
        "Kinky Kayla 💋 3.1.2.5.5.5.0.1.7.5 💋 Gold Coast (Chicago)",
        ["+13125550175"],
        "en: a dot between every digit",
        "US",
    ),
    rec(
        "Llámame papi, WhatsApp tres uno dos - cinco cinco cinco - cero uno ocho ocho, solo hoy en Chicago",
        ["+13125550188"],
        "es: Spanish digit words only",
        "US",
    ),
    rec(
        "Faxineira brasileira em Newark, ligue nove sete três cinco cinco cinco zero um dois um, orçamento grátis.",
        ["+19735550121"],
        "pt-BR: Portuguese digit words only",
        "US",
    ),
    rec(
        "Réception du centre de massage : 514 555-0108 poste 12 (demandez Sophie)",
        ["+15145550108"],
        "fr-CA: extension after the number",
        "CA",
    ),
    rec(
        "Suche Mitbewohnerin in Chicago, 800 $ warm. Ruf an: drei-eins-zwei / fünf-fünf-fünf / null-eins-drei-sechs",
        ["+13125550136"],
        "de: German digit words with slashes between groups",
        "US",
    ),
    rec(
        "ვეძებთ ძიძას ნიუ-იორკში, ხელფასი 900$ კვირაში. ტელ: 917 555 0163",
        ["+19175550163"],
        "ka: Georgian ad for a NA number",
        "US",
    ),
    rec(
        "Աշխատանք Լոս Անջելեսում, բնակարան տրամադրվում է։ Զանգահարեք 818-555-0151",
        ["+18185550151"],
        "hy: Armenian ad",
        "US",
    ),
    rec(
        "በዋሽንግተን ዲሲ የቤት ሰራተኛ ይፈለጋል። ደሞዝ በወር 2500$። ስልክ፡ 202 555 0187",
        ["+12025550187"],
        "am: Amharic ad, wage beside",
        "US",
    ),
    rec("নিউ ইয়র্কে রেস্টুরেন্টে কাজ, থাকা-খাওয়া ফ্রি। যোগাযোগ: ৭১৮-৫৫৫-০১৪৪", ["+17185550144"], "bn: Bengali digits", "US"),
    rec(
        "لندن میں ڈرائیور کی ضرورت ہے، تنخواہ £500 ہفتہ وار۔ رابطہ: 020 7946 0388",
        ["+442079460388"],
        "ur: UK number in an Urdu ad",
        "GB",
    ),
    rec(
        "Kerja kilang di Melbourne, gaji mingguan, visa ditaja. Hubungi 0491-570-117 (Kak Ina).",
        ["+61491570117"],
        "ms: dashed AU mobile",
        "AU",
    ),
    rec(
        "[22:14] Ana: what's ur number\n[22:15] Bella: 416\n[22:15] Bella: 555\n[22:15] Bella: 0 1 9 3\n"
        "[22:16] Ana: ok ttyl",
        ["+14165550193"],
        "en: chat export, one group per message, times beside",
        "CA",
    ),
    rec(
        "Vegas girls 702-555-0111 !!! new pics !!! 702 555 0111 !!! call now 702.555.0111",
        ["+17025550111"],
        "en: one number written three ways",
        "US",
    ),
    rec(
        "Vancouver rub & tug, quiet building. +1-604-555-0176, 9am–9pm, unit 1502.",
        ["+16045550176"],
        "en: +1 with dashes beside a unit number",
        "CA",
    ),
    rec(
        "न्यूयोर्कमा रेस्टुरेन्टमा काम, बस्ने ठाउँ सहित। फोन: ९१७ ५५५ ०१०९",
        ["+19175550109"],
        "ne: Nepali (Devanagari) digits",
        "US",
    ),
    rec("Iṣẹ́ wà ní Houston fún àwọn obìnrin, owó ọ̀sẹ̀ $700. Pe: 713 555 0134", ["+17135550134"], "yo: Yoruba ad", "US"),
    rec(
        "Call me 3️⃣1️⃣2️⃣ 555 0️⃣1️⃣5️⃣2️⃣ 🔥 River North",
        ["+13125550152"],
        "en: keycap emoji for two groups, plain digits for one",
        "US",
    ),
    rec(
        "Se necesitan meseras en Miami, pago diario. Número: 305 555 01 93 — también Telegram.",
        ["+13055550193"],
        "es: 3-3-2-2 grouping",
        "US",
    ),
    rec("කැනඩාවේ රැකියා, නවාතැන් නොමිලේ. අමතන්න: 416 555 0185", ["+14165550185"], "si: Sinhala ad", "CA"),
    rec("နယူးယောက်တွင် စားသောက်ဆိုင် အလုပ်ရှိသည်။ ဖုန်း: ၇၁၈ ၅၅၅ ၀၁၇၇", ["+17185550177"], "my: Myanmar digits", "US"),
    rec("ਕੈਨੇਡਾ ਵਿੱਚ ਟਰੱਕ ਡਰਾਈਵਰ ਦੀ ਲੋੜ, ਤਨਖਾਹ ਵਧੀਆ। ਫ਼ੋਨ: 604-555-0138", ["+16045550138"], "pa: Gurmukhi ad", "CA"),
    rec("અમેરિકામાં મોટેલમાં નોકરી, રહેવાનું મફત. ફોન: 832 555 0115", ["+18325550115"], "gu: Gujarati ad", "US"),
    rec("అమెరికాలో ఉద్యోగం, వసతి ఉచితం. ఫోన్: 469 555 0192", ["+14695550192"], "te: Telugu ad", "US"),
    rec("ວຽກຢູ່ອົດສະຕາລີ, ເງິນເດືອນດີ. ໂທ: 0491 570 148", ["+61491570148"], "lo: Lao ad", "AU"),
    rec("ഓസ്ട്രേലിയയിൽ നഴ്സിംഗ് ജോലി. വിളിക്കുക: 0491 570 162", ["+61491570162"], "ml: Malayalam ad", "AU"),
    # negatives
    rec(
        "किराया ₹15,000/माह, जमा ₹30,000, पिन कोड 110001, फ्लैट नंबर 4B-202",
        [],
        "hi: rent, deposit, PIN code, flat number",
    ),
    rec(
        "Order ID 20261130-88412 shipped. Tracking 1Z999AA10123456784, total $312.55 charged on 11/30/2026.",
        [],
        "en: order id, UPS tracking, price, date",
    ),
    rec(
        "Precio: 150 USD la hora, 250 USD dos horas, 1200 USD la noche. Disponible 24/7. Código postal 33131.",
        [],
        "es: price list, 24/7, ZIP code",
        "US",
    ),
    rec(
        "Loyer 1 250 € CC, dépôt 2 500 €, surface 45 m², réf. annonce 2026-11-30-0142, IBAN FR76 3000 6000 0112 "
        "3456 7890 189.",
        [],
        "fr: rent, reference and IBAN",
        "FR",
    ),
    rec(
        "Maße 90-60-90, Größe 172 cm, Gewicht 55 kg, Schuhgröße 38. Buch: ISBN 978-3-16-148410-0.",
        [],
        "de: measurements and an ISBN",
    ),
    rec(
        "営業時間 10:00〜22:00、料金 60分 12,000円、90分 18,000円。住所 東京都新宿区西新宿2-8-1",
        [],
        "ja: hours, prices, address",
    ),
    rec(
        "Координаты встречи: 55.751244, 37.618423. Рейс SU 2578, вылет 30.11.2026 в 06:45.",
        [],
        "ru: coordinates, flight number, date and time",
    ),
    rec(
        "tx 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060 confirmed at block 19876543, "
        "fee 0.00042 ETH",
        [],
        "en: transaction hash and block height",
    ),
    rec(
        "السعر ٣٠٠ دولار للساعة، متوفرة من ١٠ صباحاً حتى ١٢ ليلاً، الغرفة رقم ٥١٢",
        [],
        "ar: Arabic-Indic price, hours and room number",
    ),
    rec(
        "订单号：20261130155501420，快递单号 SF1234567890123，金额 ¥3125.50",
        [],
        "zh: order number, courier tracking, amount",
    ),
    rec(
        "VIN 1HGCM82633A004352, mileage 123,456 km, plate ABC-1234, serviced 2025-06-14.",
        [],
        "en: car listing with VIN, mileage, plate and date",
    ),
]

EMAIL: list[Rec] = [
    rec(
        "Applications to hr.team@example.com before Friday. Interviews in Dubai, visa + flight paid, salary USD 2,500.",
        ["hr.team@example.com"],
        "en: plain address in a job offer",
    ),
    rec(
        "email me: jess dot m at example dot net (no attachments pls)",
        ["jess.m@example.net"],
        "en: plain-word at/dot in lower case",
    ),
    rec(
        "I-email mo ako sa rosa.cruz at example dot com po, salamat at ingat!",
        ["rosa.cruz@example.com"],
        "tl: English 'at' inside Tagalog where 'at' also means 'and'",
    ),
    rec(
        "Mándame tu CV a reclutamiento arroba example punto org antes del lunes.",
        ["reclutamiento@example.org"],
        "es: arroba / punto",
    ),
    rec(
        "Envie fotos de rosto e corpo para modelos.br (arroba) example (ponto) com",
        ["modelos.br@example.com"],
        "pt-BR: (arroba) / (ponto)",
    ),
    rec(
        "Envoyez CV + photo à recrutement@emplois.example.net, réponse sous 48 h.",
        ["recrutement@emplois.example.net"],
        "fr: sub-domain",
    ),
    rec(
        "Bewerbungen bitte an jobs Affenohr example Punkt org — keine Anrufe.",
        ["jobs@example.org"],
        "de: slang 'Affenohr' for @ and 'Punkt'",
    ),
    rec(
        "Пишите: anketa.2026 [at] example [dot] com (без пробелов)",
        ["anketa.2026@example.com"],
        "ru: [at]/[dot] with a Russian 'no spaces' hint",
    ),
    rec(
        "Надсилайте резюме на hr.kyiv@example.org або телефонуйте з 9:00 до 18:00.",
        ["hr.kyiv@example.org"],
        "uk: plain address, hours beside",
    ),
    rec(
        "邮箱：zhaopin2026@example.com，微信：vx_zp2026，工资日结。",
        ["zhaopin2026@example.com"],
        "zh: address beside a WeChat id",
    ),
    rec(
        "お問い合わせは info-tokyo@example.net までメールでどうぞ。",
        ["info-tokyo@example.net"],
        "ja: hyphen in the local part, Japanese particle glued after",
    ),
    rec(
        "이력서는 recruit.seoul@example.com 로 보내주세요 (마감 12/15)",
        ["recruit.seoul@example.com"],
        "ko: Korean particle after the address, date beside",
    ),
    rec(
        "أرسلي صورك إلى البريد: model.agency@example.org وسنرد خلال يومين",
        ["model.agency@example.org"],
        "ar: address inside RTL text",
    ),
    rec("קורות חיים ל- jobs.tlv@example.net בבקשה, עד יום חמישי", ["jobs.tlv@example.net"], "he: address in RTL text"),
    rec("ایمیل: kar.iran@example.com — حقوق ۲۰۰۰ دلار", ["kar.iran@example.com"], "fa: address beside Persian digits"),
    rec(
        "ईमेल करें: naukri.delhi@example.com, वेतन ₹25,000 प्रति माह",
        ["naukri.delhi@example.com"],
        "hi: address beside a rupee amount",
    ),
    rec(
        "ส่งประวัติมาที่ thai.staff@example.org ค่ะ รับด่วน 10 ตำแหน่ง",
        ["thai.staff@example.org"],
        "th: address between Thai words",
    ),
    rec(
        "Gửi CV về: tuyendung.hcm@example.com nhé, lương 15 triệu/tháng.",
        ["tuyendung.hcm@example.com"],
        "vi: address, salary beside",
    ),
    rec(
        "Kirim lamaran ke lowongan.kerja@example.net paling lambat 5 Desember.",
        ["lowongan.kerja@example.net"],
        "id: plain address, date beside",
    ),
    rec(
        "Tuma barua pepe kwa ajira.kenya@example.org ukiwa na picha mbili.",
        ["ajira.kenya@example.org"],
        "sw: plain address",
    ),
    rec("Başvuru için: is.ilani@example.com (konu: Almanya 2026)", ["is.ilani@example.com"], "tr: plain address"),
    rec(
        "CV prosimy przesyłać na praca.uk@example.org (w temacie: magazyn).",
        ["praca.uk@example.org"],
        "pl: address followed by a bracketed note",
    ),
    rec(
        "Trimiteți CV-ul la munca.germania@example.com până vineri.",
        ["munca.germania@example.com"],
        "ro: plain address",
    ),
    rec(
        "Inviare candidatura a: Selezione.Hostess@Example.NET — colloqui a Milano.",
        ["selezione.hostess@example.net"],
        "it: mixed case address",
    ),
    rec(
        "Mail naar vacatures.nl@example.org of bel ons; salaris € 2.400 bruto.",
        ["vacatures.nl@example.org"],
        "nl: plain address",
    ),
    rec(
        "Στείλτε βιογραφικό στο ergasia.athina@example.com μέχρι 20/12.",
        ["ergasia.athina@example.com"],
        "el: address in Greek text",
    ),
    rec(
        "Пошаљите CV на posao.bg лудо а example тачка net",
        ["posao.bg@example.net"],
        "sr: Serbian slang 'лудо а' for @ and 'тачка' for dot",
    ),
    rec(
        "Skicka CV till jobb.sthlm kanelbulle example punkt com (ja, kanelbulle = @)",
        ["jobb.sthlm@example.com"],
        "sv: Swedish slang 'kanelbulle' for @",
    ),
    rec(
        "Send ansøgning til job.kbh grisehale example punktum org",
        ["job.kbh@example.org"],
        "da: Danish slang 'grisehale' for @",
    ),
    rec(
        "Søknad sendes til jobb.oslo alfakrøll example punktum net",
        ["jobb.oslo@example.net"],
        "no: Norwegian 'alfakrøll' for @",
    ),
    rec("WRITE TO LUCY.FOX@EXAMPLE.COM FOR RATES!!! NO TEXTS", ["lucy.fox@example.com"], "en: all-caps address"),
    rec(
        "Booking only by email: sam_k@example.net. Deposit required.",
        ["sam_k@example.net"],
        "en: address followed by a full stop",
    ),
    rec(
        '<a href="mailto:booking@example.org?subject=Rates%20Nov">Book now</a>',
        ["booking@example.org"],
        "en: mailto with a subject query",
    ),
    rec(
        'From: "Anna K." <anna.k@example.com>\nTo: recruiter <hr@jobs.example.net>\nSubject: Re: visa',
        ["anna.k@example.com", "hr@jobs.example.net"],
        "en: mail headers with display names",
    ),
    rec(
        "contact: ivy.lane&commat;example&period;com",
        ["ivy.lane@example.com"],
        "en: HTML named entities &commat; and &period;",
    ),
    rec(
        "mara.s *at* example *dot* com — serious inquiries only",
        ["mara.s@example.com"],
        "en: markdown-italic *at* / *dot*",
    ),
    rec("kara _at_ example _dot_ org", ["kara@example.org"], "en: _at_ / _dot_"),
    rec(
        "My email? The name is lena.m and the domain is example.org, so lena.m at example.org",
        ["lena.m@example.org"],
        "en: address given in pieces, then once more",
    ),
    rec("nina.v[AT]example[DOT]org ← write here, not on IG", ["nina.v@example.org"], "en: [AT]/[DOT] upper case"),
    rec(
        "Bookings: Tess.W@example.com or tess.w@EXAMPLE.com (same inbox)",
        ["tess.w@example.com"],
        "en: one address written in two cases",
    ),
    rec(
        "cc: ops@example.com; bcc: boss@example.org; reply-to: noreply@mail.example.net",
        ["ops@example.com", "boss@example.org", "noreply@mail.example.net"],
        "en: three addresses in header style",
    ),
    rec("📧 lola.b 📧@📧 example.net 📧", ["lola.b@example.net"], "en: emoji around the @ and the address"),
    rec("E-Mail: anfrage ( at ) example . com", ["anfrage@example.com"], "de: spaced ( at ) and spaced dots"),
    rec(
        "Bewerbung an: Personal@Example.org, Tel. 020 7946 0123",
        ["personal@example.org"],
        "de: capitalised address beside a phone number",
    ),
    rec("Żeby się umówić, napisz: ola.k małpa example kropka net", ["ola.k@example.net"], "pl: małpa / kropka"),
    rec("Напишіть на пошту: vira.lviv собачка example крапка com", ["vira.lviv@example.com"], "uk: собачка / крапка"),
    rec(
        "Email: maria.lopez@example.com | Tel: (305) 555-0172 | IG: @maria.lopez",
        ["maria.lopez@example.com"],
        "es: footer with phone and handle beside",
    ),
    rec(
        "Para citas escribe a citas.vip@example.org; respondo de 10 a 22 h.",
        ["citas.vip@example.org"],
        "es: address before a semicolon",
    ),
    rec(
        "Contacto: 'ana.paula' no domínio example.net, ou seja ana.paula@example.net",
        ["ana.paula@example.net"],
        "pt: address in pieces and then whole",
    ),
    rec("Lähetä hakemus: rekry.hki@example.com.", ["rekry.hki@example.com"], "fi: trailing full stop"),
    rec("Jelentkezés: munka.budapest@example.org (fényképpel)", ["munka.budapest@example.org"], "hu: plain"),
    rec("Životopis posílejte na prace.praha@example.net, nástup ihned.", ["prace.praha@example.net"], "cs: plain"),
    rec("Пишете ни на rabota.sofia@example.com, заплата 1200 лв.", ["rabota.sofia@example.com"], "bg: plain"),
    rec("ელფოსტა: samushao.tbs@example.org", ["samushao.tbs@example.org"], "ka: Georgian label"),
    rec("Էլ. փոստ՝ ashkhatanq@example.com", ["ashkhatanq@example.com"], "hy: Armenian label"),
    rec("ইমেইল: kaj.dhaka@example.net — বেতন ৩০,০০০ টাকা", ["kaj.dhaka@example.net"], "bn: Bengali label"),
    rec("ઇમેઇલ: naukri.surat@example.com", ["naukri.surat@example.com"], "gu: Gujarati label"),
    rec("ਈਮੇਲ: kamm.punjab@example.org", ["kamm.punjab@example.org"], "pa: Gurmukhi label"),
    rec("ഇമെയിൽ: joli.kochi@example.net", ["joli.kochi@example.net"], "ml: Malayalam label"),
    rec("ඊමේල්: rakiya.lk@example.com", ["rakiya.lk@example.com"], "si: Sinhala label"),
    rec("အီးမေးလ်: alote.ygn@example.org", ["alote.ygn@example.org"], "my: Burmese label"),
    # negatives
    rec(
        "メールアドレスは非公開です。公式サイト：example.com／お問い合わせフォームからどうぞ",
        [],
        "ja: website only, address withheld",
    ),
    rec("Follow @example on IG! Promo code SUMMER@20. Price 3 @ $10.", [], "en: handle, promo code, '3 @ $10'"),
    rec("Retina assets: photo_2026@2x.png, icon@3x.webp, banner@1.5x.jpg", [], "en: retina file names"),
    rec("npm i @example/utils@1.2.3 && see example.org/docs", [], "en: scoped npm package with a version"),
    rec("Rates: 2 hours @ 150€, 3 hours @ 200€ — map at example.net/where", [], "en: '@' as 'at the price of'"),
    rec("@media (max-width: 600px) { .ad { color: red } } @import url(example.css);", [], "en: CSS at-rules"),
    rec("IG @lena.m · TG @lena_m · website example.net (no email, DM only)", [], "en: handles and a website"),
    rec("Контакты: сайт example.com, телеграм @nastya_msk, почту не пишите", [], "ru: website and handle only"),
    rec("Email: [removed by moderator] — see example.org/rules section 4.2", [], "en: moderated out address"),
    rec("邮箱请私信索取，官网 www.example.com，微信 @lili_88", [], "zh: website and a WeChat mention"),
]

HANDLE: list[Rec] = [
    rec(
        "👻 bella.rae22 | IG bellarae.official | ✈️ bellarae_vip",
        ["snapchat:bella.rae22", "instagram:bellarae.official", "telegram:bellarae_vip"],
        "en: ghost and plane emoji cues plus IG in one footer",
    ),
    rec(
        "add me on snap: kitty_kat_xo (no pics on IG lol)",
        ["snapchat:kitty_kat_xo"],
        "en: snap, IG named without a handle",
    ),
    rec(
        "Escríbeme por Telegram, me encuentras como @luna_latina_vip 💋",
        ["telegram:luna_latina_vip"],
        "es: 'me encuentras como'",
    ),
    rec(
        "Me chama no insta @carol.fitbr ou no zap, respondo rápido",
        ["instagram:carol.fitbr"],
        "pt-BR: 'no insta', WhatsApp named as zap without a number",
    ),
    rec("Retrouvez-moi sur Snapchat : chloe.ldn94 😘", ["snapchat:chloe.ldn94"], "fr: French spacing before the colon"),
    rec(
        "Kontakt nur über Telegram: @anja_berlin_privat (keine Anrufe, keine SMS)",
        ["telegram:anja_berlin_privat"],
        "de: 'nur über Telegram'",
    ),
    rec("Seguimi su TikTok @giulia.balla per i balletti 💃", ["tiktok:giulia.balla"], "it: TikTok"),
    rec(
        "Пиши в телеграм @masha_msk_vip, в инсте @masha.msk — там фото",
        ["telegram:masha_msk_vip", "instagram:masha.msk"],
        "ru: two platforms in Russian",
    ),
    rec(
        "Мій інстаграм: oksana.kyiv_ , тг: @oksana_k_ua",
        ["instagram:oksana.kyiv_", "telegram:oksana_k_ua"],
        "uk: trailing underscore before a spaced comma",
    ),
    rec(
        "Snap: ola.waw99, Insta: ola_waw — pisz śmiało",
        ["snapchat:ola.waw99", "instagram:ola_waw"],
        "pl: two platforms with commas",
    ),
    rec("Scrie-mi pe Kik: andreea_ro21 sau lasă comentariu", ["kik:andreea_ro21"], "ro: Kik"),
    rec("Instagram hesabım: @elif.ist34 — DM açık 💌", ["instagram:elif.ist34"], "tr: 'hesabım'"),
    rec("تابعوني على انستغرام: @noor.dxb ✨", ["instagram:noor.dxb"], "ar: Instagram in Arabic script"),
    rec("آیدی تلگرام: @sara_teh98 فقط پیام بدید", ["telegram:sara_teh98"], "fa: Telegram in Persian"),
    rec("טלגרם: @noa_tlv_vip לפרטים", ["telegram:noa_tlv_vip"], "he: Telegram in Hebrew"),
    rec("इंस्टा पर फॉलो करें: @priya.mumbai22", ["instagram:priya.mumbai22"], "hi: Insta in Devanagari"),
    rec("แอดไลน์ไอดี: mintty_bkk นะคะ", ["line:mintty_bkk"], "th: LINE id in Thai"),
    rec("Nhắn tin Telegram cho em: @linhxinh_hn, không nghe máy", ["telegram:linhxinh_hn"], "vi: Telegram"),
    rec("Follow IG aku ya: @dewi.sby21, DM buat info", ["instagram:dewi.sby21"], "id: IG"),
    rec(
        "I-add niyo ko sa FB: facebook.com/jessa.mae.ph para sa details",
        ["facebook:jessa.mae.ph"],
        "tl: Facebook profile URL",
    ),
    rec("加我微信：wx_lili8899（备注来意，否则不通过）", ["wechat:wx_lili8899"], "zh: WeChat id"),
    rec("LINEのID → yuki_0315 です。お気軽にどうぞ", ["line:yuki_0315"], "ja: LINE id after an arrow"),
    rec(
        "카톡 안하고 텔레그램만 해요: @jiwoo_seoul",
        ["telegram:jiwoo_seoul"],
        "ko: KakaoTalk refused, Telegram in Hangul",
    ),
    rec("Nifuate Instagram: @amina_nairobi kwa picha zaidi", ["instagram:amina_nairobi"], "sw: Instagram"),
    rec("Βρείτε με στο Instagram: @eleni.ath", ["instagram:eleni.ath"], "el: Instagram"),
    rec("Stuur een DM op Insta: @sanne_ams", ["instagram:sanne_ams"], "nl: Insta"),
    rec("Adda mig på snap: ebba.sthlm 👻", ["snapchat:ebba.sthlm"], "sv: 'adda mig på snap'"),
    rec("Telegramissa: @aino_hki — ei puheluita", ["telegram:aino_hki"], "fi: inessive Telegramissa"),
    rec("Keress Instán: @reka.bp", ["instagram:reka.bp"], "hu: 'Instán'"),
    rec("Napiš mi na Telegram: @tereza_prg", ["telegram:tereza_prg"], "cs: Telegram"),
    rec("🔞 onlyfans.com/sweetpeach_mia 🍑 (link in bio)", ["onlyfans:sweetpeach_mia"], "en: OnlyFans URL"),
    rec(
        "join my VIP channel https://t.me/+AbCdEfG123hIj — but DM me at t.me/mia_vip_dm",
        ["telegram:mia_vip_dm"],
        "en: invite link (not a handle) beside a profile link",
    ),
    rec(
        "https://www.snapchat.com/add/ruby.rose.x?share_id=ab12cd&locale=en_US",
        ["snapchat:ruby.rose.x"],
        "en: snapchat add link with share query",
    ),
    rec("new dance up on tiktok.com/@dancer.kai 🎶", ["tiktok:dancer.kai"], "en: TikTok URL"),
    rec("kik → honeybee_444", ["kik:honeybee_444"], "en: kik with an arrow"),
    rec("Signal only: jade.77 — no SMS", ["signal:jade.77"], "en: Signal username with its number suffix"),
    rec("discord: velvet.nights (server invite on request)", ["discord:velvet.nights"], "en: new-style Discord name"),
    rec("Skype: maria.santos.cam for video calls", ["skype:maria.santos.cam"], "en: Skype"),
    rec("DM me @peachy_kay 💌", ["unknown:peachy_kay"], "en: no platform named"),
    rec("Ιnsta: @cara.mia", ["instagram:cara.mia"], "en: Greek capital iota in 'Insta'"),
    rec("s n a p: lexi.b99", ["snapchat:lexi.b99"], "en: letter-spaced platform name"),
    rec("IG⬇️\n@tara.moon", ["instagram:tara.moon"], "en: cue on the line above the handle"),
    rec(
        "TG ▸ kira_vip · SC ▸ kira.snaps · OF ▸ kiraxo",
        ["telegram:kira_vip", "snapchat:kira.snaps", "onlyfans:kiraxo"],
        "en: abbreviation footer with ▸ separators",
    ),
    rec(
        "mismo usuario en kik y snap: lovely_lia",
        ["kik:lovely_lia", "snapchat:lovely_lia"],
        "es: one username for two platforms",
    ),
    rec("ტელეგრამი: @nino_tbs", ["telegram:nino_tbs"], "ka: Telegram in Georgian"),
    rec("Ինստագրամ՝ @ani.yvn", ["instagram:ani.yvn"], "hy: Instagram in Armenian"),
    rec("Инстаграм: @mira.sofia — пишете на лично", ["instagram:mira.sofia"], "bg: Instagram in Bulgarian"),
    rec("Телеграм: @jelena_bgd", ["telegram:jelena_bgd"], "sr: Telegram in Serbian Cyrillic"),
    rec("DM saya di Telegram @aisyah_kl untuk harga", ["telegram:aisyah_kl"], "ms: Telegram"),
    rec("ইনস্টাগ্রাম: @rupa.dhaka", ["instagram:rupa.dhaka"], "bn: Instagram in Bengali"),
    rec("انسٹاگرام: @hina.lhr", ["instagram:hina.lhr"], "ur: Instagram in Urdu"),
    rec("ቴሌግራም: @hana_addis", ["telegram:hana_addis"], "am: Telegram in Ethiopic"),
    rec(
        "Sígueme en IG: @valeria.mx y en TikTok: @vale.baila",
        ["instagram:valeria.mx", "tiktok:vale.baila"],
        "es: two platforms",
    ),
    rec("Telegram: t.me/bruna_sp_vip — catálogo atualizado", ["telegram:bruna_sp_vip"], "pt-BR: t.me link"),
    rec("இன்ஸ்டாகிராம்: @kavya.chennai", ["instagram:kavya.chennai"], "ta: Instagram in Tamil"),
    rec("ఇన్‌స్టాగ్రామ్: @sravya.hyd", ["instagram:sravya.hyd"], "te: Instagram in Telugu (with ZWNJ)"),
    rec("ಟೆಲಿಗ್ರಾಮ್: @divya_blr", ["telegram:divya_blr"], "kn: Telegram in Kannada"),
    rec("ഇൻസ്റ്റാഗ്രാം: @anjali.kochi", ["instagram:anjali.kochi"], "ml: Instagram in Malayalam"),
    rec("ເທເລແກຣມ: @noy_vte", ["telegram:noy_vte"], "lo: Telegram in Lao"),
    rec("တယ်လီဂရမ်: @thiri_ygn", ["telegram:thiri_ygn"], "my: Telegram in Burmese"),
    rec("Телеграм хаяг: @saraa_ub", ["telegram:saraa_ub"], "mn: Telegram in Mongolian"),
    # negatives
    rec(
        "Síguenos en redes: Instagram, TikTok y Telegram (enlaces en la web)",
        [],
        "es: platforms named without usernames",
    ),
    rec("Email me at kate.w@example.com for rates", [], "en: e-mail address, no handle"),
    rec("@everyone meeting moved to 5pm, @here check the pinned post", [], "en: Discord mentions"),
    rec("Price @ 200/hr, @ 350 overnight, @ 1000 weekend", [], "en: '@' as price"),
    rec("Telegram channel invite: t.me/joinchat/AAAAAEkX1c2xQ9", [], "en: joinchat invite link"),
    rec("Instagram post: instagram.com/p/Cx9Y7z2LmN4/ (1,204 likes)", [], "en: post link, not a profile"),
    rec("Follow our hashtag #newinlondon on Instagram and TikTok", [], "en: hashtag, no handle"),
    rec("See you @ 9pm @ the bar on 5th", [], "en: '@' as 'at'"),
    rec("Звук в TikTok: «оригинальный звук — 2026», инста без ника", [], "ru: platforms named without usernames"),
    rec("Pour toute question : support@example.org ou sur notre site example.net", [], "fr: e-mail and site only"),
]

PAYMENT: list[Rec] = [
    rec(
        "Deposit $50 to hold your spot — CashApp $honeyluv only 💕 rest in person",
        ["cashapp:$honeyluv"],
        "en: cashtag after a dollar deposit",
    ),
    rec("venmo @kayla-rose-12 (put 'tutoring' in the note)", ["venmo:kayla-rose-12"], "en: Venmo with @ and hyphens"),
    rec(
        "Pay here: paypal.me/jenmassage/80 then text me the screenshot",
        ["paypal:jenmassage"],
        "en: paypal.me with an amount in the path",
    ),
    rec("Revolut: @sofiaw — instant, no fees", ["revolut:sofiaw"], "en: Revolut tag"),
    rec(
        "Depósito por Cash App: $latina4u, el resto en efectivo al llegar.",
        ["cashapp:$latina4u"],
        "es: Cash App deposit",
    ),
    rec("Pix não, só PayPal: paypal.me/brunaesthetic", ["paypal:brunaesthetic"], "pt-BR: Pix refused, PayPal.me"),
    rec(
        "Acompte de 30 € via Revolut (@clemparis) ou PayPal (paypal.me/clemparis)",
        ["revolut:clemparis", "paypal:clemparis"],
        "fr: two platforms, one name",
    ),
    rec(
        "Anzahlung per PayPal an paypal.me/lenaberlin — 50 € Freunde & Familie",
        ["paypal:lenaberlin"],
        "de: PayPal deposit",
    ),
    rec("Caparra su Revolut: revolut.me/giuliam 🇮🇹 grazie", ["revolut:giuliam"], "it: revolut.me link"),
    rec("Zaliczka 100 zł przez Revolut: @kasiawaw, reszta gotówką", ["revolut:kasiawaw"], "pl: Revolut"),
    rec("Avans 200 lei pe Revolut @ioanabuc sau cash la sosire", ["revolut:ioanabuc"], "ro: Revolut"),
    rec("Предоплата на пейпал: paypal.me/dashamsk, без неё не приезжаю", ["paypal:dashamsk"], "ru: PayPal in Cyrillic"),
    rec("Передоплата Revolut: @olenakyiv (500 грн)", ["revolut:olenakyiv"], "uk: Revolut with hryvnia"),
    rec("Kapora PayPal üzerinden: paypal.me/aysegul34", ["paypal:aysegul34"], "tr: PayPal"),
    rec("tips ↓ C.A: $milagros305", ["cashapp:$milagros305"], "en: dotted 'C.A' abbreviation"),
    rec("Cash App ➜ $bbydoll (deposit first, no exceptions)", ["cashapp:$bbydoll"], "en: arrow after Cash App"),
    rec("venmo is @lexi_b (ignore the pic, it's old)", ["venmo:lexi_b"], "en: Venmo with underscore"),
    rec(
        "CashApp $rubyred / Venmo @ruby-red-1 / Apple Pay same # as above",
        ["cashapp:$rubyred", "venmo:ruby-red-1"],
        "en: three platforms, Apple Pay without a handle",
    ),
    rec("Pay the deposit to cash.app/$starla2 then screenshot it 📸", ["cashapp:$starla2"], "en: cash.app link"),
    rec(
        "https://account.venmo.com/pay?txn=pay&recipients=tasha-k&amount=40&note=deposit",
        ["venmo:tasha-k"],
        "en: Venmo pay link with recipients=",
    ),
    rec("Mándame el depósito por Venmo a @dulce-mx y te confirmo la cita", ["venmo:dulce-mx"], "es: Venmo"),
    rec("GCash or PayPal lang po: paypal.me/jhenmnl", ["paypal:jhenmnl"], "tl: GCash (not scored) beside PayPal.me"),
    rec("Đặt cọc qua PayPal: paypal.me/thaonguyen, 50 USD", ["paypal:thaonguyen"], "vi: PayPal"),
    rec("มัดจำผ่าน PayPal: paypal.me/ploybkk ก่อนนัด", ["paypal:ploybkk"], "th: PayPal"),
    rec("DP lewat PayPal ya: paypal.me/sitisby, sisanya cash", ["paypal:sitisby"], "id: PayPal"),
    rec("العربون عبر باي بال: paypal.me/layladxb", ["paypal:layladxb"], "ar: PayPal in Arabic script"),
    rec("מקדמה בפייפאל: paypal.me/shirtlv", ["paypal:shirtlv"], "he: PayPal in Hebrew"),
    rec("定金请转 PayPal：paypal.me/xiaomeinyc，200美元", ["paypal:xiaomeinyc"], "zh: PayPal, full-width colon"),
    rec("前金はPayPalで：paypal.me/sakuratokyo（1万円）", ["paypal:sakuratokyo"], "ja: PayPal, yen"),
    rec("예약금은 페이팔로: paypal.me/minjiseoul", ["paypal:minjiseoul"], "ko: PayPal in Hangul"),
    rec("एडवांस पेपाल पर: paypal.me/anjalidelhi", ["paypal:anjalidelhi"], "hi: PayPal in Devanagari"),
    rec("Προκαταβολή στο Revolut: @mariaath (30 €)", ["revolut:mariaath"], "el: Revolut"),
    rec("Aanbetaling via Revolut @evaams of Tikkie", ["revolut:evaams"], "nl: Tikkie (not scored) beside Revolut"),
    rec("Swisha inte — Revolut: @elinsthlm", ["revolut:elinsthlm"], "sv: Swish refused, Revolut"),
    rec("Záloha přes Revolut: revolut.me/terezaprg", ["revolut:terezaprg"], "cs: revolut.me"),
    rec("Előleg Revoluton: @rekabp, 10 000 Ft", ["revolut:rekabp"], "hu: inflected Revoluton"),
    rec("Avansas per Revolut: @ugnevln", ["revolut:ugnevln"], "lt: Revolut"),
    rec("Капаро по Revolut: @mirasofia", ["revolut:mirasofia"], "bg: Revolut"),
    rec(
        "$150 hh / $250 h — deposit $40 to $velvetkiss on cash app",
        ["cashapp:$velvetkiss"],
        "en: cashtag among dollar prices",
    ),
    rec("paypal: lunastarr (friends & family only)", ["paypal:lunastarr"], "en: PayPal username without a link"),
    rec(
        "Aceito Venmo (@bia-santos-nj) e Cash App ($biasantos)",
        ["venmo:bia-santos-nj", "cashapp:$biasantos"],
        "pt-BR: two platforms in brackets",
    ),
    rec(
        "Dépôt par PayPal seulement : paypal.me/emiliemtl/50CAD",
        ["paypal:emiliemtl"],
        "fr-CA: paypal.me with an amount and currency",
    ),
    rec("Lipa kwa PayPal: paypal.me/aminanbo kabla ya kukutana", ["paypal:aminanbo"], "sw: PayPal"),
    rec("Bayaran pendahuluan melalui PayPal: paypal.me/nurulkl", ["paypal:nurulkl"], "ms: PayPal"),
    rec("پیش‌پرداخت با پی‌پال: paypal.me/nazaniny", ["paypal:nazaniny"], "fa: PayPal in Persian"),
    rec("ავანსი Revolut-ით: @ninotbs", ["revolut:ninotbs"], "ka: Revolut with a Georgian suffix"),
    rec("💙 Venmo: @kira-k-22", ["venmo:kira-k-22"], "en: heart emoji before Venmo"),
    rec("Revolut: revolut.me/carmenmad — señal 50 €", ["revolut:carmenmad"], "es: revolut.me"),
    rec("Trinkgeld gern per Cash App $lenaxo (für US-Kunden)", ["cashapp:$lenaxo"], "de: Cash App"),
    rec("Preț 300 lei/oră. Avans pe PayPal: paypal.me/biancacj", ["paypal:biancacj"], "ro: PayPal beside a price"),
    rec(
        "Depozit: CashApp → $jazzyjo | Venmo → @jazzy-jo",
        ["cashapp:$jazzyjo", "venmo:jazzy-jo"],
        "en: two platforms with arrows",
    ),
    rec("ਐਡਵਾਂਸ PayPal ਰਾਹੀਂ: paypal.me/harleenbc", ["paypal:harleenbc"], "pa: PayPal, Gurmukhi text"),
    rec("అడ్వాన్స్ PayPal ద్వారా: paypal.me/sravyahyd", ["paypal:sravyahyd"], "te: PayPal, Telugu text"),
    rec("අත්තිකාරම Revolut හරහා: @nadeekalk", ["revolut:nadeekalk"], "si: Revolut, Sinhala text"),
    # negatives
    rec("Bezahlung bar oder per PayPal (Käuferschutz), Versand 4,99 €", [], "de: PayPal without a handle"),
    rec("Rates: $150/hr, $300/2hr, $1000 overnight. Cash only, no apps.", [], "en: dollar prices only"),
    rec("Stocks to watch: $TSLA $AAPL $NVDA 🚀 not financial advice", [], "en: stock cashtags"),
    rec("Total $49.99 + $5 shipping, order #A1023, PayPal accepted at checkout", [], "en: PayPal without a handle"),
    rec("Revolut card ending 4421, IBAN LT12 1000 0111 0100 1000", [], "en: card ending and IBAN"),
    rec("Price 120 USD, pay by Venmo on arrival (ask me for details)", [], "en: Venmo named without a handle"),
    rec("$ 20 entry fee, $5 drinks, $10 coat check", [], "en: '$ 20' and prices"),
    rec("Cashback 5% with Cash App card, promo code SAVE20", [], "en: Cash App without a tag"),
    rec("paypal.com/us/webapps/mpp/home — PayPal help center", [], "en: PayPal site link, not paypal.me"),
    rec("Бюджет 500$, оплата наличными, без переводов", [], "ru: amount only"),
]


def _crypto() -> list[Rec]:
    out: list[Rec] = []

    def add(text: str, pairs: list[tuple[str, str]], note: str) -> None:
        out.append(rec(text, [canon(k, a) for k, a in pairs], note))

    w = wallet
    a = w("btc-p2pkh", "donate-en")
    add(f"Support the shelter fund ❤️ BTC: {a} — thank you!", [("btc", a)], "en: P2PKH in a donation footer")
    a = w("btc-p2wpkh", "es-deposito")
    add(
        f"Depósito solo en Bitcoin (red BTC, no Lightning): {a}\nMonto mínimo 0.002 BTC",
        [("btc", a)],
        "es: P2WPKH with network note and amount",
    )
    a = w("eth", "pt-pix")
    add(f"Aceito ETH (ERC-20) nessa carteira: {a} — mande o comprovante no zap", [("eth", a)], "pt-BR: EIP-55 ETH")
    a = w("trx", "fr-usdt")
    add(
        f"Paiement en USDT (réseau TRC20 uniquement) : {a}. Les autres réseaux seront perdus.",
        [("trx", a)],
        "fr: TRON address followed by a full stop",
    )
    a = w("btc-p2sh", "de-spende")
    add(f"Spenden bitte an folgende Bitcoin-Adresse: {a} (Segwit kompatibel)", [("btc", a)], "de: P2SH-P2WPKH")
    a = w("ltc-l", "it-ltc")
    add(f"Accetto anche Litecoin: {a}", [("ltc", a)], "it: Litecoin L-address")
    a = w("eth", "ru-usdt-erc")
    add(f"Оплата USDT ERC-20 на кошелёк {a.lower()}, скрин чека в личку", [("eth", a)], "ru: lower-case ETH")
    a = w("trx", "uk-usdt")
    add(f"Гаманець USDT (TRC-20): {a}\nКомісію сплачуєте ви.", [("trx", a)], "uk: TRON")
    a = w("btc-p2tr", "pl-taproot")
    add(f"Adres BTC (taproot): {a}", [("btc", a)], "pl: P2TR bech32m")
    a = w("sol", "ro-sol")
    add(f"Plata în SOL (rețeaua Solana): {a}", [("sol", a)], "ro: Solana")
    a = w("doge", "tr-doge")
    add(f"Dogecoin ile ödeme: {a} 🐕", [("doge", a)], "tr: Dogecoin")
    a = w("eth", "ar-eth")
    add(f"للدفع بعملة إيثريوم: {a} شكراً", [("eth", a)], "ar: ETH inside RTL text")
    a = w("trx", "fa-usdt")
    add(f"آدرس تتر (ترون): {a}", [("trx", a)], "fa: USDT on TRON, Persian label")
    a = w("btc-p2wpkh", "he-btc")
    add(f"ביטקוין: {a} (רק רשת ביטקוין)", [("btc", a)], "he: BTC in RTL text")
    a = w("eth", "hi-eth")
    add(f"ETH वॉलेट पता: {a}", [("eth", a)], "hi: ETH, Devanagari label")
    a = w("trx", "th-usdt")
    add(f"โอน USDT เครือข่าย TRC20 มาที่ {a} ค่ะ", [("trx", a)], "th: TRON inside Thai")
    a = w("btc-p2pkh", "vi-btc")
    add(f"Ví BTC của em: {a} , chuyển xong nhắn em nha", [("btc", a)], "vi: P2PKH with a spaced comma")
    a = w("sol", "id-sol")
    add(f"Alamat dompet Solana: {a}", [("sol", a)], "id: Solana")
    a = w("ltc1", "tl-ltc")
    add(f"Pwede rin LTC: {a} salamat po", [("ltc", a)], "tl: Litecoin bech32")
    a = w("trx", "sw-usdt")
    add(f"Malipo kwa USDT (TRC20): {a}", [("trx", a)], "sw: TRON")
    a = w("btc-p2wpkh", "zh-btc")
    add(f"比特币收款地址：{a}（仅支持BTC主网）", [("btc", a)], "zh: BTC between full-width punctuation")
    a = w("eth", "ja-eth")
    add(f"イーサリアムのアドレス：{a}　よろしくお願いします", [("eth", a)], "ja: ETH then an ideographic space")
    a = w("trx", "ko-usdt")
    add(f"테더(TRC20) 주소: {a} 로 보내주세요", [("trx", a)], "ko: TRON with a Korean particle after a space")
    a = w("btc-p2sh", "el-btc")
    add(f"Διεύθυνση Bitcoin: {a}", [("btc", a)], "el: P2SH")
    a = w("ltc-m", "nl-ltc")
    add(f"Litecoin-adres: {a}", [("ltc", a)], "nl: Litecoin M-address")
    a = w("eth", "sv-eth")
    add(f"Skicka ETH till `{a}` (inte via BSC!)", [("eth", a)], "sv: ETH in a markdown code span")
    a = w("btc-p2wpkh", "fi-btc")
    add(f"Lahjoitukset: [{a}]", [("btc", a)], "fi: bech32 in square brackets")
    a = w("trx", "hu-usdt")
    add(f"USDT-t (TRC20) ide küldd: ({a})", [("trx", a)], "hu: TRON in round brackets")
    a = w("doge", "cs-doge")
    add(f"Dogecoin adresa: {a}, díky!", [("doge", a)], "cs: Dogecoin followed by a comma")
    a = w("btc-p2tr", "ka-btc")
    add(f"ბიტკოინის მისამართი: {a}", [("btc", a)], "ka: P2TR, Georgian label")
    a = w("eth", "hy-eth")
    add(f"ETH հասցե՝ {a}", [("eth", a)], "hy: ETH, Armenian label")
    a = w("trx", "am-usdt")
    add(f"የUSDT (TRC20) አድራሻ፡ {a}", [("trx", a)], "am: TRON, Ethiopic label")
    a = w("btc-p2pkh", "bn-btc")
    add(f"বিটকয়েন ঠিকানা: {a}", [("btc", a)], "bn: P2PKH, Bengali label")
    a = w("sol", "ur-sol")
    add(f"سولانا والٹ: {a}", [("sol", a)], "ur: Solana in RTL text")
    a, b = w("btc-p2wpkh", "multi-en-btc"), w("eth", "multi-en-eth")
    c = w("trx", "multi-en-trx")
    add(
        f"💰 Crypto accepted:\nBTC {a}\nETH {b}\nUSDT-TRC20 {c}\nDM for other coins",
        [("btc", a), ("eth", b), ("trx", c)],
        "en: three chains in a list",
    )
    a, b = w("ltc-l", "multi-es-ltc"), w("doge", "multi-es-doge")
    add(f"LTC: {a} | DOGE: {b}", [("ltc", a), ("doge", b)], "es: two chains on one line")
    a = w("eth", "ens-en")
    add(f"send to mia-tips.eth or directly {a} (same wallet)", [("eth", a)], "en: ENS name beside the address")
    a = w("btc-p2wpkh", "txhash-en")
    add(
        f"paid ✅ txid 9f2c4e1ab77d03e5c6a8b9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4\nnext time use {a}",
        [("btc", a)],
        "en: tx id beside the address",
    )
    a = w("trx", "block-en")
    add(
        f"USDT received at block 61,234,567 (1,250.00 USDT). Next deposit → {a}",
        [("trx", a)],
        "en: block height and amount beside TRON",
    )
    a = w("btc-p2pkh", "split-en")
    add(
        "BTC (copy all three parts): " + " | ".join([a[:12], a[12:24], a[24:]]),
        [("btc", a)],
        "en: address split in three parts by ' | '",
    )
    a = w("eth", "html-en")
    add(
        f'<p>Donate: <a href="https://etherscan.io/address/{a}">{a[:6]}…{a[-4:]}</a></p>',
        [("eth", a)],
        "en: explorer link with a shortened link text",
    )
    a = w("btc-p2wpkh", "upper-en")
    add(f"BTC QR below ⬇️ (or type it: {a.upper()})", [("btc", a)], "en: upper-case bech32 (QR form)")
    a = w("sol", "json-en")
    add('{"chain": "solana", "address": "' + a + '", "memo": "booking"}', [("sol", a)], "en: Solana in JSON")
    a = w("eth", "kk-eth")
    add(f"ETH әмиян мекенжайы: {a}", [("eth", a)], "kk: ETH, Kazakh label")
    a = w("trx", "uz-usdt")
    add(f"USDT (TRC20) hamyon: {a}", [("trx", a)], "uz: TRON, Uzbek label")
    a = w("btc-p2sh", "az-btc")
    add(f"Bitkoin ünvanı: {a}", [("btc", a)], "az: P2SH, Azerbaijani label")
    a = w("ltc1", "bg-ltc")
    add(f"Лайткойн адрес: {a}", [("ltc", a)], "bg: ltc1, Bulgarian label")
    a = w("doge", "sr-doge")
    add(f"Догекоин адреса: {a}", [("doge", a)], "sr: Dogecoin, Serbian label")
    a = w("eth", "ms-eth")
    add(f"Hantar ETH ke {a} ya, terima kasih", [("eth", a)], "ms: ETH in a sentence")
    a = w("btc-p2tr", "ne-btc")
    add(f"बिटकोइन ठेगाना: {a}", [("btc", a)], "ne: P2TR, Nepali label")
    a = w("trx", "km-usdt")
    add(f"អាសយដ្ឋាន USDT TRC20: {a}", [("trx", a)], "km: TRON, Khmer label")
    a = w("trx", "mn-usdt")
    add(f"USDT (TRC20) хаяг: {a}", [("trx", a)], "mn: TRON, Mongolian label")
    a = w("btc-p2wpkh", "lo-btc")
    add(f"ທີ່ຢູ່ BTC: {a}", [("btc", a)], "lo: bech32, Lao label")
    a = w("eth", "si-eth")
    add(f"ETH ලිපිනය: {a}", [("eth", a)], "si: ETH, Sinhala label")
    a = w("btc-p2pkh", "gu-btc")
    add(f"બિટકોઇન સરનામું: {a}", [("btc", a)], "gu: P2PKH, Gujarati label")
    # negatives
    a = w("btc-p2pkh", "neg-mutated")
    out.append(rec(f"BTC: {mutate(a)} (typed by hand, check it)", [], "en: P2PKH with one character changed"))
    a = w("eth", "neg-eip55")
    bad = "0x" + "".join(c.swapcase() if c.isalpha() else c for c in a[2:])
    out.append(rec(f"ETH: {bad}", [], "en: EIP-55 casing inverted, so the checksum fails"))
    a = w("trx", "neg-trunc")
    out.append(rec(f"USDT TRC20: {a[:-3]}… (full address in DM)", [], "en: truncated TRON address"))
    out.append(
        rec(
            "tx 0x4e3a3754410177e6937ef1f84bba68ea139e8d1a2258c5f85db9f1cd715a1bdd confirmed, block 18,900,211",
            [],
            "en: Ethereum transaction hash",
        )
    )
    out.append(rec("Send to mia-tips.eth or satoshi.sol (ENS / SNS names)", [], "en: ENS and SNS names"))
    out.append(
        rec("IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX, Verwendungszweck 2026-117", [], "de: IBAN and BIC")
    )
    out.append(
        rec(
            "sha256: 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b  setup.exe",
            [],
            "en: file checksum",
        )
    )
    a = w("btc-p2wpkh", "neg-bech32")
    out.append(rec(f"BTC (segwit): {mutate(a)}", [], "en: bech32 with one character changed"))
    out.append(
        rec(
            "Order 7f3e9a1c-42b8-4d6e-9f01-8c2a5b7d3e10 paid 0.0045 BTC (~$300)",
            [],
            "en: UUID order id and a BTC amount",
        )
    )
    return out


CRYPTO = _crypto()

AGE: list[Rec] = [
    rec(
        "Hi gentlemen, I'm Sasha, 23 years old, 165 cm, 52 kg, new in town for 3 days only.",
        ["23"],
        "en: age beside height, weight and days",
    ),
    rec("Soy Valeria, tengo 22 primaveras y mucha energía 🌸 150 USD la hora", ["22"], "es: '22 primaveras'"),
    rec("Coucou, moi c'est Inès, 21 printemps, étudiante, disponible le week-end.", ["21"], "fr: '21 printemps'"),
    rec("Oi amores, sou a Bia, tenho 24 anos, 1,68 m e 58 kg 💋", ["24"], "pt-BR: 'tenho 24 anos' beside height"),
    rec("Ich bin Lena, 25 Jahre jung, 170 cm, Konfektion 36.", ["25"], "de: 'Jahre jung' beside dress size"),
    rec("Ciao, sono Giulia, ho 20 anni e sono nuova a Milano.", ["20"], "it: 'ho 20 anni'"),
    rec("Привет, я Настя, мне 22 года, рост 168, вес 50.", ["22"], "ru: 'мне 22 года' beside height and weight"),
    rec("Мені 19 років, шукаю роботу за кордоном.", ["19"], "uk: 'мені 19 років'"),
    rec("Cześć, mam 23 lata, wzrost 165 cm.", ["23"], "pl: 'mam 23 lata'"),
    rec("Salut, am 21 de ani și sunt din Iași.", ["21"], "ro: '21 de ani'"),
    rec("Merhaba, ben Elif, 22 yaşındayım, boyum 1.65.", ["22"], "tr: '22 yaşındayım'"),
    rec("مرحبا، أنا نور، عمري ٢٣ سنة، جديدة في دبي", ["23"], "ar: Arabic-Indic age"),
    rec("سلام، سارا هستم، ۲۱ ساله از تهران", ["21"], "fa: Persian digits, 'ساله'"),
    rec("היי, אני נועה, בת 24 מתל אביב", ["24"], "he: 'בת 24'"),
    rec("नमस्ते, मैं प्रिया हूँ, उम्र 22 साल, मुंबई से", ["22"], "hi: 'उम्र 22 साल'"),
    rec("สวัสดีค่ะ ชื่อมิ้นท์ อายุ 20 ปี สูง 160 ซม.", ["20"], "th: 'อายุ 20 ปี' beside height"),
    rec("Em tên Linh, 19 tuổi, cao 1m60, nặng 45kg.", ["19"], "vi: '19 tuổi'"),
    rec("Halo kak, aku Dewi, umur 21 thn, asli Surabaya.", ["21"], "id: 'umur 21 thn'"),
    rec("Hi po, ako si Jessa, 22 taong gulang, taga-Cebu.", ["22"], "tl: '22 taong gulang'"),
    rec("Habari, mimi ni Amina, nina miaka 23, natoka Mombasa.", ["23"], "sw: 'nina miaka 23'"),
    rec("你好，我叫小美，今年22岁，身高165。", ["22"], "zh: '今年22岁' beside height"),
    rec("はじめまして、ゆきです。21歳の大学生です。", ["21"], "ja: '21歳'"),
    rec("안녕하세요, 지우예요. 나이는 24살이에요.", ["24"], "ko: '24살'"),
    rec("Γεια, είμαι η Ελένη, 25 χρονών, από Αθήνα.", ["25"], "el: '25 χρονών'"),
    rec("Hoi, ik ben Sanne, 22 jaar, uit Utrecht.", ["22"], "nl: '22 jaar'"),
    rec("Hej! Ebba, 20 år, från Göteborg.", ["20"], "sv: '20 år'"),
    rec("Moi, olen Aino, 23-vuotias opiskelija.", ["23"], "fi: '23-vuotias'"),
    rec("Szia, Réka vagyok, 21 éves, Budapestről.", ["21"], "hu: '21 éves'"),
    rec("Ahoj, jsem Tereza, je mi 22 let.", ["22"], "cs: 'je mi 22 let'"),
    rec("Здравейте, аз съм Мира, на 24 години от София.", ["24"], "bg: 'на 24 години'"),
    rec("Zdravo, ja sam Jelena, imam 23 godine.", ["23"], "sr-Latn: 'imam 23 godine'"),
    rec("გამარჯობა, მე ვარ ნინო, 22 წლის.", ["22"], "ka: '22 წლის'"),
    rec("Բարև, ես Անին եմ, 21 տարեկան։", ["21"], "hy: '21 տարեկան'"),
    rec("ሰላም፣ ሃና እባላለሁ፣ 20 ዓመቴ ነው።", ["20"], "am: '20 ዓመቴ'"),
    rec("হাই, আমি রূপা, বয়স ২২ বছর।", ["22"], "bn: Bengali digits"),
    rec("ہیلو، میں حنا ہوں، عمر 23 سال۔", ["23"], "ur: 'عمر 23 سال'"),
    rec("Hai, saya Aisyah, umur 22 tahun, dari KL.", ["22"], "ms: 'umur 22 tahun'"),
    rec("வணக்கம், நான் காவ்யா, வயது 21.", ["21"], "ta: 'வயது 21'"),
    rec("Sveiki, esu Ugnė, man 22 metai.", ["22"], "lt: 'man 22 metai'"),
    rec("Halló, ég heiti Sara og er 24 ára.", ["24"], "is: '24 ára'"),
    rec(
        "Age: twenty-two 💕 Height: 5'6\" Weight: 120 lbs", ["22"], "en: hyphenated number word beside feet and pounds"
    ),
    rec("22 summers young, brunette, Manchester", ["22"], "en: 'summers young'"),
    rec("Sisters duo 👯 Kim (21) & Kelly (24) — 2 girl special $300", ["21", "24"], "en: two ages in brackets"),
    rec(
        "[20:01] client: how old r u\n[20:02] Bella: 23 hun\n[20:02] client: ok",
        ["23"],
        "en: chat answer after the question",
    ),
    rec("Name: Rosa | Age: 26 | Bust: 34C | Shoe: 7 | Rate: $200", ["26"], "en: profile table with sizes and rate"),
    rec("Just 19 and ready to party 🎉 (ID checked at the door)", ["19"], "en: 'just 19'"),
    rec("22yo petite latina, available 24/7", ["22"], "en: '22yo' beside 24/7"),
    rec("Mia, 21 y.o., 160/48/34C", ["21"], "en: 'y.o.' beside stats"),
    rec("Tengo diecinueve años y soy nueva en Madrid.", ["19"], "es: 'diecinueve años' in words"),
    rec("J'ai vingt-trois ans, je m'appelle Chloé.", ["23"], "fr: 'vingt-trois ans' in words"),
    rec("Мне двадцать один год, я из Минска.", ["21"], "ru: 'двадцать один год' in words"),
    rec("Tenho vinte e dois anos, sou de Recife.", ["22"], "pt-BR: 'vinte e dois anos' in words"),
    rec("Profil: Anja, Alter 27, Größe 172, Körbchen 75C", ["27"], "de: 'Alter 27' beside bra size"),
    rec("ನಮಸ್ಕಾರ, ನಾನು ದಿವ್ಯಾ, ವಯಸ್ಸು 22.", ["22"], "kn: Kannada 'ವಯಸ್ಸು 22'"),
    rec("હું પ્રિયા, ઉંમર 21 વર્ષ.", ["21"], "gu: Gujarati 'ઉંમર 21 વર્ષ'"),
    rec("ਮੇਰੀ ਉਮਰ 23 ਸਾਲ ਹੈ।", ["23"], "pa: Gurmukhi 'ਉਮਰ 23 ਸਾਲ'"),
    rec("මගේ වයස අවුරුදු 24, කොළඹ.", ["24"], "si: Sinhala 'වයස අවුරුදු 24'"),
    rec("ကျွန်မ အသက် ၂၂ နှစ်ပါ။", ["22"], "my: Myanmar digits"),
    rec("ສະບາຍດີ, ຂ້ອຍຊື່ນ້ອຍ, ອາຍຸ 20 ປີ", ["20"], "lo: Lao 'ອາຍຸ 20 ປີ'"),
    rec("Сайн байна уу, би Сараа, 21 настай.", ["21"], "mn: Mongolian '21 настай'"),
    rec("నా వయస్సు 22 సంవత్సరాలు.", ["22"], "te: Telugu"),
    # negatives
    rec("Disponible 7j/7 de 10h à 22h, chambre 21, tarif 150 € / 1h", [], "fr: hours, room, price"),
    rec("Open 24/7, rooms from $80, suite 21, checkout 11am", [], "en: 24/7, price, room, time"),
    rec("Flat for rent: building is 25 years old, 3 rooms, 72 m², €1,100/month", [], "en: age of a building"),
    rec("Experiencia: 5 años en limpieza. Horario 8-17 h. Salario 1200 €.", [], "es: years of experience, hours"),
    rec("18+ only. Must be 18 or older to view this ad.", [], "en: 18+ disclaimer"),
    rec("Size 36, shoe 38, bra 75B, height 168 cm, weight 54 kg", [], "en: measurements only"),
    rec("Requisitos: edad entre 18 y 30 años, disponibilidad inmediata", [], "es: requirement range"),
    rec("Приезд 22.12, отъезд 28.12, номер 214, цена 300 евро/час", [], "ru: dates, room and price"),
    rec("营业时间 10:00-22:00，套餐 60分钟 399元，包间 12号", [], "zh: hours, price and room"),
    rec("Kontrak kerja 2 tahun, gaji 25 juta, usia perusahaan 10 tahun", [], "id: contract and company age"),
]

# --------------------------------------------------------------------------- checks and output

_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?: \S")


def _check_phone(value: str) -> None:
    num = phonenumbers.parse(value)
    assert phonenumbers.is_valid_number(num), value
    assert phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == value, value
    nat = str(num.national_number)
    ok = (
        (num.country_code == 1 and nat[3:7] == "5550" and 100 <= int(nat[6:]) <= 199)
        or (num.country_code == 44 and (nat.startswith("2079460") or nat.startswith("1614960")))
        or (num.country_code == 33 and nat.startswith("19900"))
        or (num.country_code == 61 and nat.startswith("4915701"))
    )
    assert ok, f"not a fictional range: {value}"


def _check_crypto(value: str) -> None:
    chain, _, addr = value.partition(":")
    if chain == "eth":
        assert re.fullmatch(r"0x[0-9a-f]{40}", addr), value
    elif chain == "sol":
        assert len(base58.b58decode(addr)) == 32, value
    elif addr.startswith(("bc1", "ltc1")):
        assert addr == addr.lower() and _segwit_ok(addr), value
        assert addr.startswith({"btc": "bc1", "ltc": "ltc1"}[chain]), value
    else:
        raw = base58.b58decode_check(addr)
        versions = {"btc": (0x00, 0x05), "ltc": (0x30, 0x32), "doge": (0x1E,), "trx": (0x41,)}[chain]
        assert raw[0] in versions and len(raw) == 21, value


def _eip55_ok(addr: str) -> bool:
    return _eip55(bytes.fromhex(addr[2:].lower())) == addr


def check(kind: str, r: Rec) -> None:
    assert _LANG.match(r["note"]), r["note"]
    for v in r["expected"]:
        if kind == "phone":
            _check_phone(v)
        elif kind == "email":
            assert re.fullmatch(r"[a-z0-9._%+-]+@([a-z0-9-]+\.)*example\.(com|org|net)", v), v
        elif kind == "handle":
            assert re.fullmatch(r"[a-z]+:[A-Za-z0-9._]+", v) and v == v.lower(), v
        elif kind == "payment":
            assert re.fullmatch(r"(cashapp:\$[a-z0-9]+|venmo:[a-z0-9_-]+|paypal:[a-z0-9]+|revolut:[a-z0-9]+)", v), v
        elif kind == "crypto":
            _check_crypto(v)
        elif kind == "age":
            assert v.isdigit() and 18 <= int(v) <= 99, v
    if kind == "crypto":
        for v in r["expected"]:
            assert v.partition(":")[2].lower() in re.sub(r"[\s|]", "", r["text"]).lower(), v
        if not r["expected"]:
            # Every address-shaped token of a negative must fail its checksum.
            for token in re.findall(r"\b0x[0-9A-Fa-f]{40}\b", r["text"]):
                assert token != token.lower() and not _eip55_ok(token), token
            for token in re.findall(r"\b(?:bc1|ltc1)[a-z0-9]{20,}\b", r["text"], re.I):
                assert not _segwit_ok(token), token
            for token in re.findall(r"\b[1-9A-HJ-NP-Za-km-z]{25,35}\b", r["text"]):
                try:
                    base58.b58decode_check(token)
                except ValueError:
                    continue
                raise AssertionError(token)


def main() -> None:
    sets = {"phone": PHONE, "email": EMAIL, "handle": HANDLE, "payment": PAYMENT, "crypto": CRYPTO, "age": AGE}
    for kind, records in sets.items():
        lines = []
        for i, r in enumerate(records, 1):
            check(kind, r)
            full = {"id": f"b14-{kind}-{i:03d}", "batch": BATCH, **r}
            lines.append(json.dumps(full, ensure_ascii=False))
        (OUT / f"{kind}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        neg = sum(1 for r in records if not r["expected"])
        print(f"{kind}: {len(records)} records, {neg} negatives", file=sys.stderr)


if __name__ == "__main__":
    main()
