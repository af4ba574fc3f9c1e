"""Generate batch 10 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch10/<type>.jsonl).

    python bench/data/identifiers_heldout/batch10/make.py

Why a tenth batch: batch 9 has been scored and studied, so it no longer measures text nobody tuned
for.  Batch 10 was written blind by another author who read only issue 3, the obfuscation table in
the research notes (indicators.md section 5), the data contract in PRODUCT.md, the scorer, the first
lines of batch 7's files (for the record format) and the docstrings of batches 6 to 9 (to choose
*other* cases).  No extractor code, generated docs, tests or earlier held-out records were read.

What a 2026 crawl of classifieds, Telegram channels, forums and chat exports looks like, in ~45
languages:
- phones: job offers, massage / escort ads, nanny and cleaning offers and Telegram channel digests
  with the messenger named in the local language and inflection (WhatsAppie, вотсап, zap, Viberen,
  WhatsAppissa); numbers partly in words of the local language and partly in digits (uk, ro, ms,
  es, pt, it, ru, pl, vi, id, de, zh, fr); numbers split over two lines or by emoji between the
  groups or digits; two or three numbers per text (office / mobile / fax, channel digests); the
  number next to prices, hours, extensions and references; a viber:// link with a URL-encoded plus;
  Japanese 020(7946)0277 grouping; "+1." dotted form; letters O/l inside a number.
- e-mail: signatures, quoted-reply headers, To/CC lines, chat exports, URL query values; HTML
  entities (&#64;, &#x40;, &#46;) and URL-encoded %40 in mailto: links; "replace # with @"
  instructions; [@] and [.] brackets; spaces around the dots; upper case; trailing emoji and
  punctuation; local verbs for "write to my mail" in ~25 languages.
- handles: platform before or after the handle in ~35 languages with local inflection (telegramie,
  телеге, телезі, telegrame, Telegramis, Instagramā, snäpissä, telegramon, Instagramda, בטלגרם,
  fejsie), leetspeak platform names (t3l3gr4m, 1n$t4, sn@p, 0nlyf4ns) and leet usernames, handles
  with dots / underscores / digits at both edges followed by punctuation, "@x on tg, @y on ig",
  footers with three platforms, t.me links with ?start=, tiktok links with ?lang=, Telegram
  "Forwarded from" lines, chat-export lines, LINE / WeChat (wx) / Discord / Signal / Skype / Kik.
- payment: deposits in ~20 currencies (USD, EUR, GBP, PLN, RON, RUB, UAH, PHP, THB, ILS, TRY, HUF,
  CZK, BGN, RSD, SEK, BRL, ...) next to cashtags, venmo, paypal.me and revolut tags, platform names
  inflected or transliterated (Revoluta, Revolutra, PayPala, PayPaliin, PayPal-а, пейпал, кешап,
  वेनमो, کش‌اپ, כפייפאל), leet platform names (c4$h 4pp, v3nm0), cash.app/$tag/amount,
  venmo.com/u/ with a query, paypal.me/user/120PLN, several platforms per text.
- crypto: BTC (P2PKH, P2SH-P2WPKH, P2WPKH), ETH (EIP-55 and lower case), TRON, LTC (L, M, ltc1),
  DOGE, SOL, all derived here from fixed seeds (secp256k1 / Ed25519 keys) and checked, in labels of
  ~30 languages, explorer / portfolio URLs, QR-art captions, markdown code spans, JSON, next to tx
  hashes, ENS names and truncated addresses, several chains per text.
- age: profile lines in ~40 languages ("Edad:", "Wiek:", "Возраст:", "年龄：", "ასაკი:", "Ikä:" ...),
  number words in Dutch, Swedish, Polish, Italian, Turkish, French, Chinese, idioms (Hebrew "בת 22",
  Korean "만 22세", Japanese "21さい"), "turned 21 yesterday", two ages in one text.
Negatives (``"expected": []``, about 15 % per type) carry look-alikes: prices, dates, times, order
numbers, parcel tracking, flight numbers, IBAN, ISBN, coordinates, measurements, hashtags, npm and
CSS "@" forms, masked e-mail addresses, stock cashtags, template strings, tx hashes, git hashes,
Solana signatures, checksum-broken and truncated wallets, "aged 18-25", company ages.

All values are fictional: NA 555-0100..0199, AU 0491 570 1xx, UK Ofcom drama landlines (020 7946 0xxx,
0161 496 0xxx), the French ARCEP fiction range 01 99 00 xx xx (each checked with phonenumbers);
example.com/.org/.net; made-up handles; wallets from sha256 of seed strings.  Every record has
"batch": 10.
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
BATCH = 10

# --------------------------------------------------------------------------- wallets from fixed seeds


def _seed(label: str) -> bytes:
    return hashlib.sha256(f"clew-heldout-b10/{label}".encode()).digest()


def _secp_pub(label: str) -> tuple[bytes, bytes]:
    """Compressed and uncompressed (x||y, no prefix) public key of a secp256k1 key from a seed."""
    n = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
    d = int.from_bytes(_seed(label), "big") % (n - 1) + 1
    point = ECC.construct(curve="secp256k1", d=d).pointQ
    x, y = int(point.x).to_bytes(32, "big"), int(point.y).to_bytes(32, "big")
    return bytes([2 + (y[-1] & 1)]) + x, x + y


def _hash160(data: bytes) -> bytes:
    return RIPEMD160.new(hashlib.sha256(data).digest()).digest()


def _keccak(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


def _eip55(addr20: bytes) -> str:
    hex_addr = addr20.hex()
    digest = _keccak(hex_addr.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c for i, c in enumerate(hex_addr))


def wallet(kind: str, n: int) -> str:
    """Address of `kind` derived from the seed `<kind>/<n>`."""
    label = f"{kind}/{n}"
    if kind == "sol":
        key = ECC.construct(curve="Ed25519", seed=_seed(label))
        return base58.b58encode(key.public_key().export_key(format="raw")).decode()
    comp, raw = _secp_pub(label)
    h160 = _hash160(comp)
    eth20 = _keccak(raw)[-20:]
    if kind == "btc":
        return base58.b58encode_check(b"\x00" + h160).decode()
    if kind == "btc_p2sh":  # P2SH-wrapped P2WPKH
        return base58.b58encode_check(b"\x05" + _hash160(b"\x00\x14" + h160)).decode()
    if kind == "btc_bech":
        return str(bech32.encode("bc", 0, h160))
    if kind == "ltc":
        return base58.b58encode_check(b"\x30" + h160).decode()
    if kind == "ltc_p2sh":
        return base58.b58encode_check(b"\x32" + _hash160(b"\x00\x14" + h160)).decode()
    if kind == "ltc_bech":
        return str(bech32.encode("ltc", 0, h160))
    if kind == "doge":
        return base58.b58encode_check(b"\x1e" + h160).decode()
    if kind == "eth":
        return _eip55(eth20)
    if kind == "trx":
        return base58.b58encode_check(b"\x41" + eth20).decode()
    raise ValueError(kind)


CHAIN = {
    "btc": "btc",
    "btc_p2sh": "btc",
    "btc_bech": "btc",
    "ltc": "ltc",
    "ltc_p2sh": "ltc",
    "ltc_bech": "ltc",
    "doge": "doge",
    "eth": "eth",
    "trx": "trx",
    "sol": "sol",
}


def canon(kind: str, n: int) -> str:
    addr = wallet(kind, n)
    return f"{CHAIN[kind]}:{addr.lower() if kind in ('eth', 'btc_bech', 'ltc_bech') else addr}"


def W(kind: str, n: int) -> str:
    return wallet(kind, n)


def hexs(label: str, nbytes: int = 32) -> str:
    out = b""
    i = 0
    while len(out) < nbytes:
        out += hashlib.sha256(f"b10-hex/{label}/{i}".encode()).digest()
        i += 1
    return out[:nbytes].hex()


def broken_b58(addr: str) -> str:
    """Change one middle character so the base58check checksum fails."""
    i = len(addr) // 2
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    repl = alphabet[(alphabet.index(addr[i]) + 7) % len(alphabet)]
    return addr[:i] + repl + addr[i + 1 :]


def bad_eip55(addr: str) -> str:
    """Flip the case of one letter of an EIP-55 address, which breaks its mixed-case checksum."""
    body = addr[2:]
    for i, c in enumerate(body):
        if c.isalpha():
            return "0x" + body[:i] + c.swapcase() + body[i + 1 :]
    raise ValueError(addr)


# --------------------------------------------------------------------------- records

Rec = tuple[str, list[str], str, str | None]  # text, expected, note, country


def R(text: str, expected: list[str], note: str, country: str | None = None) -> Rec:
    return (text, expected, note, country)


PHONE: list[Rec] = [
    R(
        "Masażystka, Chicago Jefferson Park. Dzwoń lub pisz na WhatsAppie: 773-555-0118. Polski, angielski.",
        ["+17735550118"],
        "pl: WhatsAppie (locative) cue, US market",
        "US",
    ),
    R(
        "Девочки, новенькая в Торонто 🍓 пишите в вотсап или звоните\n+1 416\n555 0173\nбез скрытых номеров",
        ["+14165550173"],
        "ru: number over two lines, вотсап",
        "CA",
    ),
    R(
        "Няня з досвідом, Ванкувер. Телефонуйте: шість нуль чотири — 555 — 0 1 3 2",
        ["+16045550132"],
        "uk: area code in words, rest in digits",
        "CA",
    ),
    R(
        "Trabajo en limpieza, pago diario 💵 $120. Info al 📲 (305) 555-01-27 pregunta por Doña Marta",
        ["+13055550127"],
        "es: price before, last group split 01-27",
        "US",
    ),
    R(
        "Oi amores, cheguei em Newark 😘 me chama no zap 973 555 01 64 ❤️ atendo 24h",
        ["+19735550164"],
        "pt-BR: zap cue, 24h distractor",
        "US",
    ),
    R(
        "Hiring caregiver sa Toronto, $18/hr. Tawag o text kay Ate Lorna: 647-555-0109. Salamat po!",
        ["+16475550109"],
        "tl: job ad with hourly pay",
        "CA",
    ),
    R(
        "Tiệm nail ở Houston cần thợ, bao ăn ở. Gọi anh Tuấn: 713.555.0181 (nói tiếng Việt)",
        ["+17135550181"],
        "vi: dotted US number",
        "US",
    ),
    R(
        "法拉盛 新到 学生妹 🌸 预约电话 718-555-0155 微信同号",
        ["+17185550155"],
        "zh: Flushing ad, WeChat same number",
        "US",
    ),
    R("LA 코리아타운 마사지 구인. 연락처: 213) 555-0190 김실장", ["+12135550190"], "ko: unbalanced parenthesis", "US"),
    R("ร้านนวดแผนไทย ที่ Las Vegas รับสมัครพนักงาน โทร 702 555 0147 ค่ะ", ["+17025550147"], "th: massage job ad", "US"),
    R(
        "مطلوب عاملة منزلية في ديترويت، الراتب ٢٥٠٠$ . اتصل على 313-555-0136",
        ["+13135550136"],
        "ar: Arabic-Indic salary distractor",
        "US",
    ),
    R("آرایشگاه در لس‌آنجلس نیروی کار می‌خواهد — شماره تماس: ۳۱۰ ۵۵۵ ۰۱۴۴", ["+13105550144"], "fa: Persian digits", "US"),
    R(
        "דרושה מטפלת בניו יורק, שכר 25$ לשעה. טלפון: 646-555-0112 (רק וואטסאפ)",
        ["+16465550112"],
        "he: hourly wage before number",
        "US",
    ),
    R(
        "न्यू जर्सी में रसोइया चाहिए, 30 दिन में वीज़ा। व्हाट्सएप करें: 201 555 0193",
        ["+12015550193"],
        "hi: '30 days' distractor",
        "US",
    ),
    R(
        "Putzhilfe gesucht (London), 15 £/Std. Ruf an unter 020 7946 0321 oder schreib mir.",
        ["+442079460321"],
        "de: UK landline, local format",
        "GB",
    ),
    R(
        "Cherche aide-soignante, Paris 15e, logée nourrie. Tél : 01 99 00 27 48 (après 18h)",
        ["+33199002748"],
        "fr: ARCEP fiction range",
        "FR",
    ),
    R(
        "Cercasi ragazze immagine per locale a Manchester, paga 150£ a serata. "
        "Chiamare 0161 496 0781, chiedere di Marco.",
        ["+441614960781"],
        "it: Manchester landline",
        "GB",
    ),
    R(
        "Schoonmaakster gezocht in Sydney! Bel of app Ingrid op 0491 570 142 — loon 30 AUD/u",
        ["+61491570142"],
        "nl: AU mobile, wage after",
        "AU",
    ),
    R(
        "Lucru în Australia la ferme, cazare gratuită. Sunați la zero patru nouă unu 570 158",
        ["+61491570158"],
        "ro: first group in words, rest digits",
        "AU",
    ),
    R(
        "Londra'da temizlik işi, haftalık 500£. Bilgi için arayın: 0 20 7946 0455",
        ["+442079460455"],
        "tr: odd grouping '0 20'",
        "GB",
    ),
    R("Ζητείται σερβιτόρα στο Μάντσεστερ. Τηλ. 0161-496-0612 (Νίκος)", ["+441614960612"], "el: dashed UK number", "GB"),
    R(
        "Kazi ya ndani Toronto, mshahara mzuri. Piga simu +1 416 555 0128 uliza Mama Neema",
        ["+14165550128"],
        "sw: +1 international form",
        "CA",
    ),
    R(
        "Lowongan ART di Sydney, gaji 4000 AUD/bulan. WA: +61 491 570 119 (Bu Sari)",
        ["+61491570119"],
        "id: WA cue, salary before",
        "AU",
    ),
    R(
        "Kerja kilang di Perth, tiket ditanggung. Hubungi kosong empat sembilan satu 570 176",
        ["+61491570176"],
        "ms: kosong/empat/sembilan/satu then digits",
        "AU",
    ),
    R(
        "【急募】ロンドンの日本食レストランでホールスタッフ募集 時給£12 お電話は 020(7946)0277 まで",
        ["+442079460277"],
        "ja: Japanese-style parenthesised middle group",
        "GB",
    ),
    R(
        "Hledáme au-pair do Chicaga. Volejte nebo pište na Telegram: +1 (312) 555-0199",
        ["+13125550199"],
        "cs: au-pair ad",
        "US",
    ),
    R(
        "Takarítónő kerestetik Torontóban, órabér 20 CAD. Hívj: 416 555 0107 vagy írj Viberen",
        ["+14165550107"],
        "hu: Viberen (superessive)",
        "CA",
    ),
    R("Barnflicka sökes i Melbourne. Ring Anna: 0491 570 163 (kvällstid)", ["+61491570163"], "sv: AU mobile", "AU"),
    R(
        "Siivoojaa haetaan Lontoosta, palkka 11 £/h. Soita: 020 7946 0198 tai laita viestiä WhatsAppissa",
        ["+442079460198"],
        "fi: WhatsAppissa (inessive)",
        "GB",
    ),
    R(
        "নিউ ইয়র্কে রেস্টুরেন্টে কাজ, থাকা ফ্রি। কল করুন 718 555 0141 (ইমো/হোয়াটসঅ্যাপ)",
        ["+17185550141"],
        "bn: restaurant job",
        "US",
    ),
    R("لندن میں کام کیلئے ویزا! رابطہ: 020 7946 0873", ["+442079460873"], "ur: UK landline", "GB"),
    R("የቤት ሰራተኛ በዋሽንግተን ዲሲ ይፈለጋል። ስልክ 202-555-0175", ["+12025550175"], "am: Ethiopic text", "US"),
    R("ძიძა ჭირდება ნიუ-იორკში. დარეკეთ: 917 555 0133", ["+19175550133"], "ka: Georgian text", "US"),
    R("Աշխատանք Լոս Անջելեսում։ Զանգահարեք 818-555-0186", ["+18185550186"], "hy: Armenian full stop", "US"),
    R("Потребна конобарица у Торонту. Позовите 905/555-0115", ["+19055550115"], "sr: slash after area code", "CA"),
    R("Работа в Чикаго, заплата 3000$ на месец. Тел.: 872 555 0161", ["+18725550161"], "bg: salary before", "US"),
    R("Ieškome slaugės Londone. Skambinkite +44 20 7946 0234", ["+442079460234"], "lt: +44 form", "GB"),
    R("call me 📞 312 💋 555 💋 0177 😘 incall only", ["+13125550177"], "en: emoji between groups", "US"),
    R(
        "TXT 4 fun 👉 7 0 2 🌹 5 5 5 🌹 0 1 5 3 👈 no blocked #s",
        ["+17025550153"],
        "en: spaced digits, roses between groups, '4' before",
        "US",
    ),
    R(
        "Office: 020 7946 0011 · Mobile (AU while travelling): +61 491 570 104",
        ["+442079460011", "+61491570104"],
        "en: two countries in one signature",
        "GB",
    ),
    R(
        "🔥 Вакансии Чикаго 🔥\nСклад — 773 555 0103\nКлининг — 773 555 0138\nСтройка — 312 555 0170\nЗП от $900/нед",
        ["+17735550103", "+17735550138", "+13125550170"],
        "ru: Telegram channel digest, three numbers",
        "US",
    ),
    R(
        "Best,\nDana Whitfield\nRecruitment Lead | BrightPath Staffing\nT: +1 (617) 555-0124 | F: +1 (617) 555-0125\n"
        "Ref: BP-2026-0441",
        ["+16175550124", "+16175550125"],
        "en: signature with phone and fax, reference",
        "US",
    ),
    R("WhatsApp me at 0491 57\n0 184 for rates", ["+61491570184"], "en: group broken by a line wrap", "AU"),
    R("text me at three one two - 555 - oh one six six", ["+13125550166"], "en: words and digits mixed", "US"),
    R("Ruf mich an: null zwei null 7946 null drei neun neun", ["+442079460399"], "de: German words for 0/2/3/9", "GB"),
    R(
        "appelle-moi au zéro un, 99 00, quarante-deux, dix-huit",
        ["+33199004218"],
        "fr: words in pairs and digits",
        "FR",
    ),
    R("mi cel es 786 cinco cinco cinco 0 1 9 4, solo mensajes", ["+17865550194"], "es: middle group in words", "US"),
    R("liga pro meu whats: 407 cinco cinco cinco zero um seis oito", ["+14075550168"], "pt: whats cue, words", "US"),
    R(
        "chiamami al tre uno due 555 zero uno tre cinque, sono a Chicago",
        ["+13125550135"],
        "it: words and digits",
        "US",
    ),
    R("мой номер: 929 пять пять пять ноль сто сорок два", ["+19295550142"], "ru: 'ноль сто сорок два' = 0142", "US"),
    R("Số điện thoại: bốn một sáu 555 không một năm chín (Toronto)", ["+14165550159"], "vi: words and digits", "CA"),
    R("nomor: nol empat sembilan satu - 570 - satu dua tiga", ["+61491570123"], "id: words, digits, words", "AU"),
    R("电话：六四六 555 零一八八", ["+16465550188"], "zh: Chinese numerals mixed with digits", "US"),
    R("연락처 ☎ 0161.496.0512 (맨체스터)", ["+441614960512"], "ko: dotted UK number", "GB"),
    R("Call/txt 312-555-O1l9 anytime", ["+13125550119"], "en: letter O and l inside the number", "US"),
    R("Viber: viber://chat?number=%2B16045550146", ["+16045550146"], "en: viber link, URL-encoded plus", "CA"),
    R(
        "💰 Цена: 200$/час\n📍 Манхэттен\n☎️ 212-555-0163\n🕐 10:00–02:00",
        ["+12125550163"],
        "ru: channel card with price and hours",
        "US",
    ),
    R("Reception 0161 496 0055 ext. 214, open 9-17", ["+441614960055"], "en: extension and hours", "GB"),
    R("Bookings: +1.604.555.0171", ["+16045550171"], "en: +1. dotted form", "CA"),
    R("zadzwoń: siedem siedem trzy, 555, zero jeden dwa dwa", ["+17735550122"], "pl: words and digits", "US"),
    R("Contact : +33 (0)1 99 00 53 21 — Mme Laurent", ["+33199005321"], "fr: +33 (0)", "FR"),
    R("Tél. 01.99.00.64.17, SIRET 123 456 789 00012", ["+33199006417"], "fr: dotted, SIRET distractor", "FR"),
    R("✨ Sydney based ✨ bookings ☎ 0491-570-197 ✨ no texts after 10pm", ["+61491570197"], "en: IG bio style", "AU"),
    R("டொராண்டோவில் வேலை, வாரம் $700. அழைக்கவும்: 437 555 0152", ["+14375550152"], "ta: Tamil job ad", "CA"),
    R("अमेरिकामा काम, फोन: ६४६ ५५५ ०१७८", ["+16465550178"], "ne: Devanagari digits in Nepali", "US"),
    R(
        "Kerko punë në Londër? Telefono 020 7946 0746 ose shkruaj në WhatsApp.",
        ["+442079460746"],
        "sq: Albanian job ad",
        "GB",
    ),
    R(
        "Zamówienie nr 2026-0611-4471, paczka 00340434161094042557 (DPD). Kwota 1 299,00 zł.",
        [],
        "pl: order number, parcel id, price",
    ),
    R(
        "Flight BA 0117 departs 14:55 from gate 31, seat 12C; booking ref 7XK2LP, ticket 125 2104 5567 889",
        [],
        "en: flight, ticket number",
    ),
    R("Оплата на IBAN GB33 BUKB 2020 1555 5555 55, сумма 450 £", [], "ru: IBAN with many 5s"),
    R("Rozmiary: 90-60-90, wzrost 172 cm, waga 55 kg, buty 38", [], "pl: measurements"),
    R("Disponible du 12/06/2026 au 30/06/2026, de 09:00 à 18:30, 7j/7", [], "fr: dates and times"),
    R("ราคา 1,500 บาท/ชม. 3,000 บาท/2ชม. 10,500 บาท ค้างคืน", [], "th: prices"),
    R("Lehrbuch ISBN 978-3-16-148410-0, 2. Auflage, 345 Seiten, 24,90 €", [], "de: ISBN"),
    R("📍 40.712776, -74.005974 — meet at the corner, 5th floor, room 512", [], "en: coordinates"),
    R("Anzeige Nr. 2718 2818 28, PLZ 10115 Berlin, 3 Zimmer, 78 m², 1.250 € warm", [], "de: ad id, zip, rent"),
    R("Ваша посылка RR123456785CN прибыла, код получения 48 21 77", [], "ru: tracking number, pickup code"),
    R(
        "Invoice 2026/11/0457 — amount due 3,125.50 USD by 15.12.2026, account 0012 3456 7890",
        [],
        "en: invoice, account number",
    ),
]

EMAIL: list[Rec] = [
    R(
        "Thanks,\nMara Quinn\nTalent Partner, Northgate Models\nmara.quinn@example.com | +1 312 555 0101",
        ["mara.quinn@example.com"],
        "en: signature",
    ),
    R(
        "CV prosimy wysyłać na maila: rekrutacja@example.net do końca miesiąca.",
        ["rekrutacja@example.net"],
        "pl: 'na maila'",
    ),
    R(
        "Пишите на почту: olga_work@example.org (отвечаю в течение дня)",
        ["olga_work@example.org"],
        "ru: address before a parenthesis",
    ),
    R("Kontakt: info&#64;example.org", ["info@example.org"], "de: HTML decimal entity for @"),
    R(
        '<a href="mailto:jobs%40example.com?subject=Bewerbung">Jetzt bewerben</a>',
        ["jobs@example.com"],
        "de: URL-encoded @ in a mailto link",
    ),
    R("Écrivez-nous : anna&#x40;example&#46;net", ["anna@example.net"], "fr: hex and decimal HTML entities"),
    R(
        "Para: ana.lopez@example.com; CC: rrhh@example.org",
        ["ana.lopez@example.com", "rrhh@example.org"],
        "es: To/CC line",
    ),
    R(
        "El lun, 3 nov 2026 a las 10:12, Ximena <xime.rodz@example.net> escribió:",
        ["xime.rodz@example.net"],
        "es: quoted-reply header",
    ),
    R("email: lina.m#example.com (replace # with @)", ["lina.m@example.com"], "en: replace-# instruction"),
    R("e-mail: mila[@]example[.]org", ["mila@example.org"], "en: [@] and [.]"),
    R(
        "Mande o currículo para lena . petrova @ example . com",
        ["lena.petrova@example.com"],
        "pt: spaces around every dot and @",
    ),
    R(
        '{"from": "Irina", "date": "2026-03-12", "text": "pisz: irina.w@example.com"}',
        ["irina.w@example.com"],
        "pl: chat export JSON",
    ),
    R("CONTACT: HR.DEPT@EXAMPLE.ORG", ["hr.dept@example.org"], "en: upper case"),
    R("write to nina_b@example.net!!!😘", ["nina_b@example.net"], "en: trailing punctuation and emoji"),
    R(
        "Apply here: https://example.org/apply?ref=fb&contact=maya.r@example.org",
        ["maya.r@example.org"],
        "en: address as a query value",
    ),
    R(
        "Schreib mir eine Mail an lea.schmidt@example.com 😊 Antwort kommt meist abends.",
        ["lea.schmidt@example.com"],
        "de: address before emoji",
    ),
    R(
        "Inviate il curriculum a selezione.milano@example.com entro venerdì.",
        ["selezione.milano@example.com"],
        "it: job ad",
    ),
    R(
        "Stuur je cv naar vacatures@example.net, o.v.v. 'Sydney'",
        ["vacatures@example.net"],
        "nl: comma and abbreviation after",
    ),
    R(
        "Trimiteți CV-ul pe adresa: munca.uk@example.com, vă sunăm noi.",
        ["munca.uk@example.com"],
        "ro: comma after address",
    ),
    R("Gửi CV về mail: tuyendung.hn@example.com nhé", ["tuyendung.hn@example.com"], "vi: job ad"),
    R(
        "Kirim lamaran ke email: hrd.jakarta@example.org paling lambat 30 Nov",
        ["hrd.jakarta@example.org"],
        "id: job ad",
    ),
    R(
        "Ipadala ang resume sa: jobs.manila@example.net. Salamat!",
        ["jobs.manila@example.net"],
        "tl: address then full stop",
    ),
    R(
        "简历请发邮箱：hr_shanghai@example.com（注明应聘岗位）",
        ["hr_shanghai@example.com"],
        "zh: full-width parentheses after",
    ),
    R("ご応募はメールで：saiyo@example.com まで", ["saiyo@example.com"], "ja: full-width colon before"),
    R("이력서는 메일로 보내주세요: recruit.kr@example.com", ["recruit.kr@example.com"], "ko: job ad"),
    R("ส่งประวัติมาที่อีเมล jobs.bkk@example.net ค่ะ", ["jobs.bkk@example.net"], "th: address inside Thai text"),
    R("أرسل سيرتك الذاتية إلى: cv.dubai@example.com", ["cv.dubai@example.com"], "ar: RTL context"),
    R("رزومه خود را به cv.tehran@example.org بفرستید", ["cv.tehran@example.org"], "fa: address mid-sentence"),
    R("שלחו קורות חיים ל- jobs.tlv@example.com", ["jobs.tlv@example.com"], "he: 'ל-' prefix before address"),
    R("अपना बायोडाटा भेजें: naukri.delhi@example.com", ["naukri.delhi@example.com"], "hi: job ad"),
    R("Özgeçmişinizi is.basvuru@example.com adresine gönderin", ["is.basvuru@example.com"], "tr: job ad"),
    R("Στείλτε βιογραφικό στο ergasia.ath@example.com", ["ergasia.ath@example.com"], "el: job ad"),
    R("Životopisy zasílejte na prace.praha@example.org", ["prace.praha@example.org"], "cs: job ad"),
    R("Önéletrajzot a munka.bp@example.net címre várjuk.", ["munka.bp@example.net"], "hu: address then 'címre'"),
    R("Skicka ditt CV till jobb.sthlm@example.com senast fredag", ["jobb.sthlm@example.com"], "sv: job ad"),
    R("Lähetä hakemus osoitteeseen rekry.hki@example.org", ["rekry.hki@example.org"], "fi: job ad"),
    R("Надішліть резюме на пошту robota.kyiv@example.com", ["robota.kyiv@example.com"], "uk: job ad"),
    R("Изпратете CV на rabota.sofia@example.net", ["rabota.sofia@example.net"], "bg: job ad"),
    R("Пошаљите CV на posao.bg@example.com", ["posao.bg@example.com"], "sr: job ad"),
    R("Siųskite CV adresu darbas.vln@example.org", ["darbas.vln@example.org"], "lt: job ad"),
    R("Dërgoni CV-në në pune.tirane@example.com", ["pune.tirane@example.com"], "sq: job ad"),
    R("Tuma CV yako kwa kazi.nairobi@example.com", ["kazi.nairobi@example.com"], "sw: job ad"),
    R("আপনার সিভি পাঠান: chakri.dhaka@example.net", ["chakri.dhaka@example.net"], "bn: job ad"),
    R("Տեղեկությունների համար՝ info.yerevan@example.org", ["info.yerevan@example.org"], "hy: job ad"),
    R("გამოგზავნეთ CV: samushao.tbs@example.com", ["samushao.tbs@example.com"], "ka: job ad"),
    R(
        "[12.03.26 22:41] Kate: пиши на мыло kate.msk@example.com, тут не отвечу",
        ["kate.msk@example.com"],
        "ru: chat export line, 'мыло' slang",
    ),
    R(
        "Forwarded message\nFrom: Agency Bright <bright.agency@example.com>\nTo: <sofia.r@example.net>\n"
        "Subject: Job in Dubai",
        ["bright.agency@example.com", "sofia.r@example.net"],
        "en: forwarded headers",
    ),
    R("Reply-To: no-reply+offers@example.com", ["no-reply+offers@example.com"], "en: plus-addressing, hyphen"),
    R("mail → k a t i a . m @ example . org", ["katia.m@example.org"], "en: letter-spaced local part"),
    R("Correo: vale_mx(arroba)example(punto)com", ["vale_mx@example.com"], "es: (arroba)/(punto)"),
    R("E-mail: j.novak[at]example[dot]net", ["j.novak@example.net"], "cs: [at]/[dot]"),
    R("📩 nastya.k@example.com 📩 (только по делу)", ["nastya.k@example.com"], "ru: between emoji"),
    R(
        "for bookings: bookings@events.example.org, for press: press@example.org",
        ["bookings@events.example.org", "press@example.org"],
        "en: sub-domain and second address",
    ),
    R(
        "Contact our recruiter at sarah dot jones at example dot com",
        ["sarah.jones@example.com"],
        "en: plain 'dot' and 'at' words",
    ),
    R("Naše adresa: prace＠example.com", ["prace@example.com"], "cs: full-width @"),
    R("mail: anja.weber\u00ad@example.com", ["anja.weber@example.com"], "de: soft hyphen before @"),
    R(
        "Email (remove the spaces): d a n a @ e x a m p l e . n e t",
        ["dana@example.net"],
        "en: whole address letter-spaced with a hint",
    ),
    R("Kontakt per E-Mail an m.keller AT example PUNKT org", ["m.keller@example.org"], "de: AT / PUNKT"),
    R("📧 tiana.work@example.com\n📞 0491 570 111\n📍 Brisbane", ["tiana.work@example.com"], "en: card lines"),
    R("icon@3x.webp, avatar@2x.png, sprite@1x.svg", [], "en: retina file names"),
    R("npm i lodash@4.17.21 && npm i react@18.2.0", [], "en: npm version specifiers"),
    R("Follow @example on IG and @example.news on TikTok", [], "en: social handles, not e-mail"),
    R("e-mail: j•••@example.com (hidden, message me on the site)", [], "en: masked address"),
    R("Preis: 30 € @ example.com Shop, Lieferung @ 18:00", [], "de: @ used for 'at' without local part"),
    R("Treffen @ Hauptbahnhof, Gleis 7, 19:30 Uhr", [], "de: @ for place"),
    R("@media (max-width: 600px) { .card { margin: 0 } }", [], "en: CSS at-rule"),
    R("user@localhost and admin@example are not valid here", [], "en: no TLD"),
    R("Twitter: @lena_k · Insta: @lena.k.art", [], "en: handles only"),
    R("Meeting room B @ 3pm, agenda on the intranet, dial-in code 4471#", [], "en: @ for time"),
]

HANDLE: list[Rec] = [
    R("Pisz na telegramie: @kasia_waw99", ["telegram:kasia_waw99"], "pl: telegramie (locative)"),
    R("пиши в телеграм @lera_spb21, отвечу вечером", ["telegram:lera_spb21"], "ru: comma after handle"),
    R(
        "Підписуйтесь на мій інстаграм @_oksana.kyiv_, там ціни.",
        ["instagram:_oksana.kyiv_"],
        "uk: underscores at both edges, comma",
    ),
    R("Piš mi na Snapchatu: terka.cz01", ["snapchat:terka.cz01"], "cs: Snapchatu (locative)"),
    R("Lisää mut snäpissä: ella_hki", ["snapchat:ella_hki"], "fi: snäpissä (inessive slang)"),
    R("Írj telegramon: @reka_bp", ["telegram:reka_bp"], "hu: telegramon"),
    R("Instagramda @elif.ist34 olarak bulabilirsin", ["instagram:elif.ist34"], "tr: Instagramda (locative)"),
    R("Meld dich auf Insta bei mir: jana.hh_ 😊", ["instagram:jana.hh_"], "de: trailing underscore before emoji"),
    R("Agrégame en el snap: vale_mx22", ["snapchat:vale_mx22"], "es: snap"),
    R("me segue no insta @bia.rj__", ["instagram:bia.rj__"], "pt: double underscore at the end"),
    R("scrivimi su Telegram → @giulia_mi", ["telegram:giulia_mi"], "it: arrow"),
    R("ajoute-moi sur snap : ines.lyn", ["snapchat:ines.lyn"], "fr: space before colon"),
    R("Volg me op TikTok: @sanne.ams", ["tiktok:sanne.ams"], "nl: TikTok"),
    R("Scrie-mi pe Telegram: @ioana_buc7", ["telegram:ioana_buc7"], "ro"),
    R("Βρες με στο Instagram: @eleni_ath", ["instagram:eleni_ath"], "el"),
    R("תכתבו לי בטלגרם: @noa_tlv", ["telegram:noa_tlv"], "he: ב- prefix on the platform"),
    R("تواصل معي على التليجرام: @nour_dxb", ["telegram:nour_dxb"], "ar: التليجرام"),
    R("آیدی تلگرام: @sara_teh98", ["telegram:sara_teh98"], "fa: تلگرام"),
    R("इंस्टाग्राम पर फॉलो करें: @priya.mum", ["instagram:priya.mum"], "hi: इंस्टाग्राम"),
    R("แอดไลน์มาได้เลย ไอดี: mayy.bkk", ["line:mayy.bkk"], "th: แอดไลน์ (add LINE)"),
    R("Kết bạn Telegram: @linh_hn02 nha", ["telegram:linh_hn02"], "vi"),
    R("DM aja di IG @putri.sby_", ["instagram:putri.sby_"], "id: trailing underscore"),
    R("I-add niyo ako sa FB: angel.cruz.ph", ["facebook:angel.cruz.ph"], "tl: FB"),
    R("加我wx：lily_sh88 备注来意", ["wechat:lily_sh88"], "zh: wx for WeChat"),
    R("インスタやってます→ @yui_tky", ["instagram:yui_tky"], "ja: インスタ"),
    R("텔레그램 아이디 @minji_sel 로 연락주세요", ["telegram:minji_sel"], "ko: 텔레그램, particle after"),
    R("h1t me up on t3l3gr4m: @sweetlana_x", ["telegram:sweetlana_x"], "en: leet platform name"),
    R("1n$t4: @coco.b3ll3", ["instagram:coco.b3ll3"], "en: leet platform and leet username"),
    R("sn@p: kiki_love21", ["snapchat:kiki_love21"], "en: sn@p"),
    R("my 0nlyf4ns is m1ssy_m00n", ["onlyfans:m1ssy_m00n"], "en: leet OnlyFans, leet username"),
    R(
        "@dasha_nyc on tg, @dasha.nyc on ig",
        ["telegram:dasha_nyc", "instagram:dasha.nyc"],
        "en: platform after each handle",
    ),
    R("@milana_msk — это моя телега", ["telegram:milana_msk"], "ru: platform after, телега"),
    R("búscame como @sofi.la en insta", ["instagram:sofi.la"], "es: platform after"),
    R("me acha como @carol_sp22 no Telegram", ["telegram:carol_sp22"], "pt: platform after ('no' = on the)"),
    R("jule.ber auf Snapchat", ["snapchat:jule.ber"], "de: platform after, no @"),
    R(
        "📸 IG: @nika.art | ✈️ TG: @nika_art | 👻 SC: nika.art01",
        ["instagram:nika.art", "telegram:nika_art", "snapchat:nika.art01"],
        "en: three-platform footer",
    ),
    R("Private channel: https://t.me/kira_vip?start=promo", ["telegram:kira_vip"], "en: t.me with query"),
    R("watch my dances tiktok.com/@mia.dance_?lang=en", ["tiktok:mia.dance_"], "en: tiktok link with query"),
    R("Discord → lunaa_77", ["discord:lunaa_77"], "en: Discord"),
    R("Signal: rosa.22 (no calls)", ["signal:rosa.22"], "en: Signal username"),
    R("Skype: anna.kovalenko_7", ["skype:anna.kovalenko_7"], "en: Skype"),
    R("kik me 👉 jess_xo_", ["kik:jess_xo_"], "en: kik, trailing underscore"),
    R("Napisz na fejsie: marta.nowak.35", ["facebook:marta.nowak.35"], "pl: fejsie (Facebook slang, locative)"),
    R("в тг: @alina_vl", ["telegram:alina_vl"], "ru: тг"),
    R("Пишіть в телезі @vika_lviv", ["telegram:vika_lviv"], "uk: телезі (locative of телега)"),
    R("Rašyk man telegrame: @gabija_vln", ["telegram:gabija_vln"], "lt: telegrame"),
    R("Seko man Instagramā: @liga.riga", ["instagram:liga.riga"], "lv: Instagramā"),
    R("Kirjuta mulle Telegramis: @kadri_tln", ["telegram:kadri_tln"], "et: Telegramis"),
    R("Prati me na Instagramu: @ana.zg", ["instagram:ana.zg"], "hr: Instagramu"),
    R("Napíš mi na snapchate: zuzka_ba", ["snapchat:zuzka_ba"], "sk: snapchate"),
    R("Skriv til mig på Telegram: @freja_cph", ["telegram:freja_cph"], "da"),
    R("følg meg på insta: @ingrid.osl", ["instagram:ingrid.osl"], "no"),
    R("Më shkruaj në Telegram: @era_tirana", ["telegram:era_tirana"], "sq"),
    R("ტელეგრამში მომწერე: @nino_tbs", ["telegram:nino_tbs"], "ka: ტელეგრამში"),
    R("Телеграмда жазыңыз: @aru_ala", ["telegram:aru_ala"], "kk: Телеграмда"),
    R("Instagramda izləyin: @aysel.baku", ["instagram:aysel.baku"], "az: Instagramda"),
    R("টেলিগ্রামে মেসেজ দিন: @rumi_dhk", ["telegram:rumi_dhk"], "bn: টেলিগ্রামে"),
    R("Add me: 2hot4u_99 on kik.", ["kik:2hot4u_99"], "en: digits at both edges, platform after, full stop"),
    R("LINE ID：sakura_0707", ["line:sakura_0707"], "ja: full-width colon"),
    R("bella_rose22 👻", ["snapchat:bella_rose22"], "en: ghost emoji after the handle"),
    R("OF link ⬇️ onlyfans.com/lexi_luv?ref=tw", ["onlyfans:lexi_luv"], "en: OnlyFans link with query"),
    R(
        "Forwarded from @jobs_dubai_2026\nНужны девушки в отель, виза и билеты за наш счёт",
        ["telegram:jobs_dubai_2026"],
        "ru: Telegram 'Forwarded from' line",
    ),
    R(
        "[12.03.26 22:41] Kate: моя запасная телега @kate_moscow_777",
        ["telegram:kate_moscow_777"],
        "ru: chat export line",
    ),
    R("snap: b4by_g1rl0", ["snapchat:b4by_g1rl0"], "en: leet username ending in digit"),
    R(
        "Suivez-moi sur Insta (@lou.paris) et sur TikTok (@lou_paris)",
        ["instagram:lou.paris", "tiktok:lou_paris"],
        "fr: two platforms in parentheses",
    ),
    R("Email me at lena@example.com", [], "en: e-mail, not a handle"),
    R("@ 9pm, price 200$, room 12", [], "en: @ for time"),
    R("Follow us for updates! #newjob #dubai #hiring", [], "en: hashtags"),
    R("Python 3.12 @ 3.4GHz, npm i react@18.2.0", [], "en: @ in specs and npm"),
    R("twitter was down @ noon, telegram was fine", [], "en: platforms named, no handle"),
    R("instagram: coming soon 😉 / telegram: ask in DM", [], "en: platform cues with no username"),
    R("Meet @ Central Station, platform 4, train IC 1523 at 18:40", [], "en: @ place, train"),
    R("@media (max-width: 600px) { body { font-size: 14px } }", [], "en: CSS"),
    R("Hotel Telegraph @ Main St, room 305, tel. extension 12", [], "en: 'Telegraph' is not Telegram"),
    R("Скидка 20% @ всех магазинах сети до 31.12", [], "ru: @ for 'at'"),
]

PAYMENT: list[Rec] = [
    R(
        "Deposit $50 to hold your spot → $mikaylaxo (cashapp), balance on arrival",
        ["cashapp:$mikaylaxo"],
        "en: price then cashtag",
    ),
    R("CashApp $luvbre 💸 $80 hh / $150 h", ["cashapp:$luvbre"], "en: cashtag before prices"),
    R("venmo @tasha-b 60$ before i come", ["venmo:tasha-b"], "en: venmo with hyphen, price after"),
    R("Zaliczka przez paypal.me/lenakrakow/120PLN", ["paypal:lenakrakow"], "pl: paypal.me with amount+currency"),
    R("Zaliczka 200 zł na Revoluta: @martaw", ["revolut:martaw"], "pl: Revoluta (accusative)"),
    R("Avans 300 lei pe Revolut: revolut.me/andreea9", ["revolut:andreea9"], "ro: RON deposit"),
    R("Anzahlung 50 € per PayPal an paypal.me/sophieberlin", ["paypal:sophieberlin"], "de: EUR deposit"),
    R("Acompte de 40 € via PayPal : paypal.me/chloelyon", ["paypal:chloelyon"], "fr"),
    R("Reserva con 30 USD por Cash App: $vale305", ["cashapp:$vale305"], "es: USD deposit"),
    R("sinal de R$ 100 no PayPal: paypal.me/julianasp", ["paypal:julianasp"], "pt: BRL R$ before"),
    R("caparra 50€ su PayPal → paypal.me/giuliamilano", ["paypal:giuliamilano"], "it"),
    R("предоплата 2000 ₽ или $25 на кэшапп $nastyausa", ["cashapp:$nastyausa"], "ru: RUB and USD, кэшапп"),
    R("передоплата 20 € на Revolut @olenakh", ["revolut:olenakh"], "uk"),
    R("Down payment ₱1,500 or $30 sa Cash App: $jhenmae", ["cashapp:$jhenmae"], "tl: PHP and USD"),
    R("Cọc trước 25$ qua Venmo: @ngoc-tran", ["venmo:ngoc-tran"], "vi"),
    R("定金 $50，Venmo：@amy-chen88", ["venmo:amy-chen88"], "zh: full-width punctuation"),
    R("예약금 $40 캐시앱 $jiyoonla", ["cashapp:$jiyoonla"], "ko: 캐시앱"),
    R("デポジット £20 PayPal: paypal.me/yukalondon", ["paypal:yukalondon"], "ja: GBP"),
    R("มัดจำ 1,000 บาท หรือ $30 ทาง PayPal: paypal.me/ployyy", ["paypal:ployyy"], "th: THB and USD"),
    R("عربون 50 دولار على كاش آب $laylausa", ["cashapp:$laylausa"], "ar: كاش آب"),
    R("מקדמה 100 ₪ בפייפאל: paypal.me/noamizrahi", ["paypal:noamizrahi"], "he: בפייפאל, ILS"),
    R("Kapora 500 ₺ ya da 20 € — Revolut: @zeynepk", ["revolut:zeynepk"], "tr: TRY and EUR"),
    R("Προκαταβολή 30€ στο Revolut: revolut.me/mariapap", ["revolut:mariapap"], "el"),
    R("Aanbetaling €25 via PayPal (paypal.me/lisadam)", ["paypal:lisadam"], "nl: link in parentheses"),
    R("Förskott 300 kr via PayPal: paypal.me/elsasthlm", ["paypal:elsasthlm"], "sv: SEK"),
    R("Előleg 10 000 Ft Revolutra: @dorab", ["revolut:dorab"], "hu: Revolutra (sublative), HUF"),
    R("Záloha 500 Kč na Revolut: revolut.me/terezah", ["revolut:terezah"], "cs: CZK"),
    R("DP $20 via Cash App $putribali", ["cashapp:$putribali"], "id"),
    R("Lipa amana ya $40 kwa Cash App: $neemausa", ["cashapp:$neemausa"], "sw"),
    R("एडवांस $30 वेनमो पर: @priya-nj", ["venmo:priya-nj"], "hi: वेनमो"),
    R(
        "💸 $kyra4u (CA) | venmo: kyra-4u | paypal.me/kyra4u",
        ["cashapp:$kyra4u", "venmo:kyra-4u", "paypal:kyra4u"],
        "en: three platforms in a footer",
    ),
    R("$60 for 30 min, send to $bubblesbby first", ["cashapp:$bubblesbby"], "en: price and cashtag"),
    R("$200 via CashApp ONLY ($honeyyyy)", ["cashapp:$honeyyyy"], "en: cashtag in parentheses"),
    R("c4$h 4pp: $roxyxo", ["cashapp:$roxyxo"], "en: leet 'cash app'"),
    R("v3nm0 → @lacey-m", ["venmo:lacey-m"], "en: leet venmo"),
    R(
        "pay here: https://venmo.com/u/ashley-rae-7?txn=pay&amount=40",
        ["venmo:ashley-rae-7"],
        "en: venmo.com/u/ link with query",
    ),
    R("cash.app/$dollxo/45", ["cashapp:$dollxo"], "en: cash.app link with amount"),
    R(
        "💳 Оплата: PayPal — paypal.me/anyakiev • Revolut — @anyakiev • USDT по запросу",
        ["paypal:anyakiev", "revolut:anyakiev"],
        "ru: channel payment card",
    ),
    R("Depósito de 40 € por Revolut (@luciamad) o Bizum", ["revolut:luciamad"], "es: Revolut in parentheses"),
    R(
        "Tips appreciated 🙏 Venmo @jordan-blake-3 / CashApp $jordanb3",
        ["venmo:jordan-blake-3", "cashapp:$jordanb3"],
        "en: two platforms",
    ),
    R(
        "CashApp me the $25 deposit ($sierraluv) and I'll send the address",
        ["cashapp:$sierraluv"],
        "en: amount and cashtag",
    ),
    R(
        "Payment: PayPal (paypal.me/manilacleaning) · Invoice #INV-2026-0117 · Total $340.00",
        ["paypal:manilacleaning"],
        "en: invoice footer",
    ),
    R("💚 $marisolxx", ["cashapp:$marisolxx"], "en: green heart cue"),
    R("£40 / €45 / $50 — paypal.me/elliemcr", ["paypal:elliemcr"], "en: three currencies"),
    R("Przelew na PayPala: paypal.me/ewelinawro", ["paypal:ewelinawro"], "pl: PayPala (genitive)"),
    R("на пейпал: paypal.me/dashalondon", ["paypal:dashalondon"], "ru: пейпал"),
    R("Avansas 30 € per Revolut: @ugnev", ["revolut:ugnev"], "lt"),
    R("Капаро 50 лв. по Revolut: revolut.me/desib", ["revolut:desib"], "bg: BGN"),
    R("Капара 3000 дин. преко PayPal-а: paypal.me/milicabg", ["paypal:milicabg"], "sr: PayPal-а, RSD"),
    R("Kapara 30 € na Revolut: @petrazg", ["revolut:petrazg"], "hr"),
    R("Ennakkomaksu 20 € PayPaliin: paypal.me/emmahki", ["paypal:emmahki"], "fi: PayPaliin (illative)"),
    R("передоплата $30 на кешап $mariiausa", ["cashapp:$mariiausa"], "uk: кешап"),
    R("بیعانه ۳۰ دلار با کش‌اپ: $shirinla", ["cashapp:$shirinla"], "fa: کش‌اپ"),
    R("Pago por Zelle o Venmo @carla-ruiz-5", ["venmo:carla-ruiz-5"], "es: Zelle without a handle"),
    R("venmo: danii_b (last 4 digits 5521)", ["venmo:danii_b"], "en: venmo with underscore"),
    R("price: 150 EUR | pay: revolut.me/sabinerd", ["revolut:sabinerd"], "en: listing line"),
    R("send it to $bellarose.", ["cashapp:$bellarose"], "en: cashtag before a full stop"),
    R("Капаро 1000 грн або 25 $ — revolut.me/irynak", ["revolut:irynak"], "uk: UAH and USD"),
    R("Ödeme: paypal.me/aylinist/50EUR", ["paypal:aylinist"], "tr: paypal.me with EUR amount"),
    R("Deposit A$50 to paypal.me/chloesyd before booking", ["paypal:chloesyd"], "en: AUD"),
    R("Prices: $50 half hour, $80 hour, $300 overnight. Cash only.", [], "en: prices only"),
    R("$NVDA up 3% today, $AMD down 1.2%", [], "en: stock cashtags"),
    R("We accept PayPal, Venmo and Cash App — ask for details in DM", [], "en: platforms, no tags"),
    R("Order #PP-2026-4411 paid by card, refund €25.00 to your bank", [], "en: order number"),
    R("Terms: paypal.com/us/webapps/mpp/ua/useragreement-full", [], "en: PayPal link without a user"),
    R("Revolut card ending 4417, IBAN LT12 1000 0111 0100 1000", [], "en: card digits and IBAN"),
    R("Total: US$1,250.00 (incl. VAT $210.50)", [], "en: amounts"),
    R("R$ 250,00 no Pix — chave enviada no privado", [], "pt: BRL amount, Pix key withheld"),
    R("Template: ${name} owes ${amount}", [], "en: template placeholders"),
    R("venmo is blocked in my country, pay on arrival 100 €", [], "en: platform named, no tag"),
]

tx1, tx2, tx3 = hexs("tx1"), hexs("tx2"), hexs("tx3")
e10 = W("eth", 10)
CRYPTO: list[Rec] = [
    R(
        f"Donations (BTC): {W('btc', 1)}\nTx for last month's payout: {tx1}",
        [canon("btc", 1)],
        "en: BTC next to a txid",
    ),
    R(
        f"Dirección BTC para el depósito: {W('btc_bech', 1)} (red Bitcoin, no Lightning)",
        [canon("btc_bech", 1)],
        "es: bech32",
    ),
    R(f"Carteira Bitcoin: {W('btc_p2sh', 1)} — envie 0,002 BTC", [canon("btc_p2sh", 1)], "pt: P2SH, amount"),
    R(
        f"Adresse ETH (ERC-20) : {W('eth', 1)}\nHash de la transaction : 0x{tx2}",
        [canon("eth", 1)],
        "fr: ETH next to a 0x tx hash",
    ),
    R(f"USDT (TRC20) an: {W('trx', 1)} — Betrag 150 USDT, Ref. 2026-11-04", [canon("trx", 1)], "de: TRON"),
    R(
        f"Оплата в USDT TRC-20 на кошелёк {W('trx', 2)}. Хэш транзакции пришлите в личку.",
        [canon("trx", 2)],
        "ru: TRON, full stop after",
    ),
    R(f"Гаманець ETH: {W('eth', 2).lower()}", [canon("eth", 2)], "uk: lower-case ETH"),
    R(f"比特币地址：{W('btc_bech', 2)}，转账后发截图", [canon("btc_bech", 2)], "zh: full-width punctuation"),
    R(f"イーサリアムのアドレス：{W('eth', 3)}（ERC20のみ）", [canon("eth", 3)], "ja: ETH in Japanese text"),
    R(f"비트코인 지갑 주소 {W('btc', 2)} 로 보내주세요", [canon("btc", 2)], "ko: particle after"),
    R(f"محفظة USDT ترون: {W('trx', 3)}", [canon("trx", 3)], "ar: TRON"),
    R(f"آدرس ولت تتر (ترون): {W('trx', 4)}", [canon("trx", 4)], "fa: TRON"),
    R(f"ארנק ביטקוין: {W('btc_bech', 3)}", [canon("btc_bech", 3)], "he: bech32"),
    R(f"बिटकॉइन वॉलेट: {W('btc', 3)}", [canon("btc", 3)], "hi: P2PKH"),
    R(f"Litecoin cüzdanı: {W('ltc', 1)}", [canon("ltc", 1)], "tr: LTC L-address"),
    R(f"Ví USDT TRC20: {W('trx', 5)} (chuyển xong nhắn mình)", [canon("trx", 5)], "vi: TRON"),
    R(f"Alamat dompet ETH: {W('eth', 4)}", [canon("eth", 4)], "id: ETH"),
    R(f"กระเป๋า BTC: {W('btc_bech', 4)}", [canon("btc_bech", 4)], "th: bech32"),
    R(f"Portfel DOGE: {W('doge', 1)} – dzięki za wsparcie!", [canon("doge", 1)], "pl: DOGE"),
    R(f"Indirizzo Solana: {W('sol', 1)}", [canon("sol", 1)], "it: SOL"),
    R(f"Doneer in LTC: {W('ltc_bech', 1)}", [canon("ltc_bech", 1)], "nl: ltc1 bech32"),
    R(f"Adresa portofel ETH: {W('eth', 5)}, rețeaua Ethereum (nu BSC)", [canon("eth", 5)], "ro: comma after"),
    R(f"Πορτοφόλι Bitcoin: {W('btc_p2sh', 2)}", [canon("btc_p2sh", 2)], "el: P2SH"),
    R(f"Peněženka SOL: {W('sol', 2)}", [canon("sol", 2)], "cs: SOL"),
    R(f"Bitcoin tárca: {W('btc_bech', 5)}", [canon("btc_bech", 5)], "hu: bech32"),
    R(f"Swisha inte, skicka BTC till {W('btc', 4)}", [canon("btc", 4)], "sv: P2PKH"),
    R(f"https://blockchair.com/bitcoin/address/{W('btc_bech', 6)}", [canon("btc_bech", 6)], "en: explorer URL"),
    R(f"portfolio: https://debank.com/profile/{W('eth', 6).lower()}", [canon("eth", 6)], "en: portfolio URL"),
    R(f"https://tronscan.io/#/address/{W('trx', 6)}/transfers", [canon("trx", 6)], "en: TRON explorer URL path"),
    R(f"https://explorer.solana.com/address/{W('sol', 3)}?cluster=mainnet", [canon("sol", 3)], "en: Solana explorer"),
    R(
        f"▄▄▄▄▄▄▄ ▄ ▄▄▄▄▄▄▄\n█ ▄▄▄ █ ▀ █ ▄▄▄ █\n█▄▄▄▄▄█ █ █▄▄▄▄▄█\n[scan or copy]\n{W('btc_bech', 7)}",
        [canon("btc_bech", 7)],
        "en: under QR-code art",
    ),
    R(f"Send USDT (ERC20) to `{W('eth', 7)}` and DM the tx id.", [canon("eth", 7)], "en: markdown code span"),
    R(
        f"txid: {tx3}\nfrom: {W('btc', 5)}\nto: {W('btc_bech', 8)}",
        [canon("btc", 5), canon("btc_bech", 8)],
        "en: two addresses beside a txid",
    ),
    R(
        f"BTC {W('btc_bech', 9)} · ETH {W('eth', 8)} · TRX {W('trx', 7)}",
        [canon("btc_bech", 9), canon("eth", 8), canon("trx", 7)],
        "en: three chains in one footer",
    ),
    R(
        f"💎 Принимаем оплату:\n₿ BTC — {W('btc_p2sh', 3)}\n💵 USDT TRC20 — {W('trx', 8)}\n⚡ ETH — {W('eth', 9)}",
        [canon("btc_p2sh", 3), canon("trx", 8), canon("eth", 9)],
        "ru: channel payment card, three chains",
    ),
    R(f"LTC (segwit-compatible): {W('ltc_p2sh', 1)}", [canon("ltc_p2sh", 1)], "en: LTC M-address"),
    R(f"Propinas en Dogecoin: {W('doge', 2)} 🐕", [canon("doge", 2)], "es: DOGE with emoji"),
    R(
        f"ETH 👉 {e10[:22]}✂️{e10[22:]} (copy without the ✂️)",
        [canon("eth", 10)],
        "en: ETH split by an emoji, with the hint",
    ),
    R(f"my btc: {W('btc_bech', 10)}.", [canon("btc_bech", 10)], "en: full stop after"),
    R(f"Also taking crypto (LTC: {W('ltc', 2)})", [canon("ltc", 2)], "en: in parentheses"),
    R(f"{W('trx', 9)} ← USDT only, no other TRC20 tokens", [canon("trx", 9)], "en: label after"),
    R(
        '{"asset":"USDT","network":"TRC20","address":"' + W("trx", 10) + '","memo":""}',
        [canon("trx", 10)],
        "en: JSON export",
    ),
    R(f"SOL/USDC (Solana): {W('sol', 4)}", [canon("sol", 4)], "en: SOL"),
    R(f"bitcoin:{W('btc', 6)}?amount=0.0015&label=Deposit", [canon("btc", 6)], "en: BIP-21 with label"),
    R(f"ENS: lena-tips.eth → {W('eth', 11)}", [canon("eth", 11)], "en: ENS beside the address"),
    R(f"DOGE ADDY: {W('doge', 3)}", [canon("doge", 3)], "en: DOGE"),
    R(f"Receive address (Bitcoin account 1): {W('btc_bech', 11)}", [canon("btc_bech", 11)], "en: wallet UI text"),
    R(
        f"New wallet {W('eth', 12)} (the old one 0x3f…9a2c is closed)",
        [canon("eth", 12)],
        "en: beside a truncated address",
    ),
    R(f"Anwani ya pochi ya Bitcoin: {W('btc', 7)}", [canon("btc", 7)], "sw"),
    R(f"Ipadala sa USDT TRC20: {W('trx', 11)} — salamat!", [canon("trx", 11)], "tl"),
    R(f"বিটকয়েন ঠিকানা: {W('btc_bech', 12)}", [canon("btc_bech", 12)], "bn"),
    R(f"ბიტკოინის მისამართი: {W('btc_p2sh', 4)}", [canon("btc_p2sh", 4)], "ka"),
    R(f"USDT әмияны (TRC20): {W('trx', 12)}", [canon("trx", 12)], "kk"),
    R(f"Адреса новчаника (ETH): {W('eth', 13)}", [canon("eth", 13)], "sr"),
    R(f"Alamat dompet Solana: {W('sol', 5)}", [canon("sol", 5)], "ms"),
    R(f"بٹ کوائن والیٹ: {W('btc', 8)}", [canon("btc", 8)], "ur"),
    R(f"ETH piniginė: {W('eth', 14)}", [canon("eth", 14)], "lt"),
    R(f"Doner LTC til {W('ltc_bech', 2)}", [canon("ltc_bech", 2)], "da"),
    R(f"Lahjoitukset BTC: {W('btc_bech', 13)}", [canon("btc_bech", 13)], "fi"),
    R(f"Адрес за дарения (DOGE): {W('doge', 4)}", [canon("doge", 4)], "bg"),
    R(f"Portofoli USDT (TRC20): {W('trx', 13)}", [canon("trx", 13)], "sq"),
    R(f"ETH rahakott: {W('eth', 15)}", [canon("eth", 15)], "et"),
    R(
        f"Pagamento in BTC: {W('btc', 9)} oppure ETH: {W('eth', 16)}",
        [canon("btc", 9), canon("eth", 16)],
        "it: two chains",
    ),
    R(f"Tx: 0x{hexs('neg1')} confirmed in block 19,845,221", [], "en: 0x tx hash (32 bytes)"),
    R(f"BTC: {broken_b58(W('btc', 20))}", [], "en: P2PKH with a broken checksum"),
    R("wallet 0x8f3C…A91d (full address in DM)", [], "en: truncated address"),
    R(f"fixed in commit {hexs('neg2', 20)}", [], "en: 40-hex git hash without 0x"),
    R("IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX", [], "de: IBAN and BIC"),
    R("send to lena-donations.eth or DM for the address", [], "en: ENS name only"),
    R(f"ETH: {bad_eip55(W('eth', 20))}", [], "en: mixed-case ETH with a broken EIP-55 checksum"),
    R(f"Signature: {base58.b58encode(bytes.fromhex(hexs('neg3', 64))).decode()}", [], "en: Solana tx signature"),
    R("Order 7f9c24e5-6b1a-4d3e-9b8f-2c1e4a6d8b90, tracking 1Z999AA10123456784", [], "en: UUID and UPS tracking"),
    R(f"USDT TRC20: {broken_b58(W('trx', 20))}", [], "en: TRON with a broken checksum"),
    R(f"SHA-256: {hexs('neg4')}", [], "en: file checksum"),
]

AGE: list[Rec] = [
    R("Edad: 23 | Altura: 1,65 m | Peso: 52 kg", ["23"], "es: profile line"),
    R("Alter: 24 Jahre, Größe 170 cm, KF 36", ["24"], "de: profile line"),
    R("Wiek: 22 lata, wzrost 168, waga 54", ["22"], "pl: profile line"),
    R("Возраст: 25 лет. Рост 172, вес 55, грудь 2", ["25"], "ru: profile line"),
    R("Вік — 21 рік, зріст 165", ["21"], "uk: profile line"),
    R("年龄：23岁 身高：165cm 体重：48kg", ["23"], "zh: profile line"),
    R("年齢：22歳／身長158cm／Dカップ", ["22"], "ja: profile line"),
    R("나이: 24살 / 키 163 / 몸무게 49", ["24"], "ko: profile line"),
    R("อายุ 20 ปี สูง 160 หนัก 45", ["20"], "th: profile line"),
    R("Tuổi: 21, cao 1m58, nặng 46kg", ["21"], "vi: profile line"),
    R("Umur 23 tahun, tinggi 160 cm, BB 50 kg", ["23"], "id: profile line"),
    R("Edad: 22 taong gulang, taga-Cebu", ["22"], "tl: taong gulang"),
    R("العمر: 24 سنة، الطول 165 سم", ["24"], "ar: profile line"),
    R("سن: ۲۲ سال، قد ۱۶۵", ["22"], "fa: Persian digits"),
    R("גיל: 23, גובה 1.68", ["23"], "he: profile line"),
    R("उम्र: 25 साल, कद 5'4\"", ["25"], "hi: profile line"),
    R("Yaş: 21, boy 1.70, kilo 55", ["21"], "tr: profile line"),
    R("Ηλικία: 26 ετών, ύψος 1,70", ["26"], "el: profile line"),
    R("Età: 22 anni, alta 1,68, taglia 40", ["22"], "it: profile line"),
    R("Idade: 20 anos, 1,62m, manequim 38", ["20"], "pt: profile line"),
    R("Âge : 27 ans, 1m72, 58 kg, 90C", ["27"], "fr: profile line"),
    R("Leeftijd: 23 jaar, lengte 1.75 m", ["23"], "nl: profile line"),
    R("Vârsta: 19 ani, înălțime 1,65, 50 kg", ["19"], "ro: profile line"),
    R("Életkor: 24 év, 168 cm", ["24"], "hu: profile line"),
    R("Věk: 22 let, výška 167 cm, váha 52 kg", ["22"], "cs: profile line"),
    R("Ålder: 25 år, 172 cm", ["25"], "sv: profile line"),
    R("Ikä: 23 v, pituus 170 cm", ["23"], "fi: 'v' for vuotta"),
    R("Възраст: 21 г., ръст 168", ["21"], "bg: 'г.' abbreviation"),
    R("Године: 24, висина 170", ["24"], "sr: Године as the age field"),
    R("Amžius: 22 m., ūgis 170 cm", ["22"], "lt: 'm.' abbreviation"),
    R("Vecums: 23 gadi, augums 168 cm", ["23"], "lv: profile line"),
    R("Vanus: 25 aastat, pikkus 170 cm", ["25"], "et: profile line"),
    R("Mosha: 21 vjeç, gjatësia 1.65", ["21"], "sq: profile line"),
    R("ასაკი: 24 წლის", ["24"], "ka: profile line"),
    R("Տարիք՝ 22 տարեկան", ["22"], "hy: profile line"),
    R("Жасы: 23 жаста, бойы 165", ["23"], "kk: profile line"),
    R("Yaş: 24, boy 170, Bakı", ["24"], "az: profile line"),
    R("বয়স: ২২ বছর", ["22"], "bn: Bengali digits"),
    R("Umri: miaka 24, urefu 1.65m", ["24"], "sw: 'miaka' before the number"),
    R("Umur: 22 tahun, Kuala Lumpur", ["22"], "ms: profile line"),
    R("عمر: 23 سال، قد 5 فٹ 4 انچ", ["23"], "ur: height in feet after"),
    R("उमेर: २४ वर्ष", ["24"], "ne: Devanagari digits"),
    R("ዕድሜ: 25 ዓመት", ["25"], "am: Ethiopic"),
    R("I turned 22 last week 🎉 new pics soon", ["22"], "en: 'turned 22 last week'"),
    R("Duo: Katya (24) & Mila (21), 200$/h", ["24", "21"], "en: two ages in parentheses"),
    R("my sister is 19 and I'm 23, we travel together", ["19", "23"], "en: two ages in a sentence"),
    R("F, 22, 165cm, Leeds", ["22"], "en: comma-separated profile"),
    R("22yo latina, 34C, available 24/7", ["22"], "en: 22yo, 24/7 distractor"),
    R("Soy nueva, tengo 19 años y medio", ["19"], "es: 'y medio'"),
    R("fiz 21 anos ontem 🎂", ["21"], "pt: turned 21 yesterday"),
    R("мне 20 лет, студентка, живу одна", ["20"], "ru: мне 20 лет"),
    R("ik ben drieëntwintig en nieuw in Rotterdam", ["23"], "nl: number word with reversed order"),
    R("jag är tjugotvå år och bor i Malmö", ["22"], "sv: number word"),
    R("mam dwadzieścia trzy lata, jestem z Gdańska", ["23"], "pl: number words"),
    R("ho ventun anni e vivo a Bologna", ["21"], "it: 'ventun' elided"),
    R("yirmi iki yaşındayım, İzmirliyim", ["22"], "tr: number words"),
    R("j'ai vingt-quatre ans et je suis à Lille", ["24"], "fr: number words"),
    R("είμαι 23 χρονών, από τη Θεσσαλονίκη", ["23"], "el: χρονών"),
    R("🔥 Новенькая! 🔥\n👱‍♀️ Алина, 22 года\n📍 Москва-Сити\n💰 от 8000₽", ["22"], "ru: channel card"),
    R("ゆい 21さい♡ 新人です", ["21"], "ja: hiragana さい"),
    R("만 22세, 서울 거주", ["22"], "ko: 만 N세 (international age)"),
    R("今年二十二岁，来自成都", ["22"], "zh: Chinese numerals"),
    R("בת 22 מחיפה", ["22"], "he: idiom 'daughter of 22'"),
    R("عمري 21 سنة ومن بيروت", ["21"], "ar: عمري"),
    R("मैं 24 साल की हूँ, मुंबई से", ["24"], "hi: sentence"),
    R("мені 19 років, шукаю роботу", ["19"], "uk: sentence"),
    R("18+ only. Open 24/7. Rooms from $80.", [], "en: 18+ and 24/7"),
    R("Looking for girls aged 18-25, salary 3000 €", [], "en: requirement range"),
    R("Height 170 cm, weight 55 kg, shoes 38, bust 90", [], "en: measurements"),
    R("Rocznik 2003, spod znaku Lwa ♌", [], "pl: birth year only"),
    R("2 years of experience, 3 languages, 40 hours/week", [], "en: experience, hours"),
    R("Apartment 25 m², 3rd floor, built 1998", [], "en: flat size, year"),
    R("Flight TK 1979 at 22:45, gate 21", [], "en: flight, time, gate"),
    R("Предлагаем работу: опыт от 1 года, график 5/2, з/п 60 000 ₽", [], "ru: experience, schedule, salary"),
    R("今年で創業25年の老舗です", [], "ja: company founded 25 years ago"),
    R("Promo: 21% off, code SUMMER22, valid till 30.06", [], "en: discount, promo code, date"),
]

# --------------------------------------------------------------------------- checks and output

_PHONE_RE = re.compile(r"^\+[1-9]\d{6,14}$")
_EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@([a-z0-9-]+\.)*example\.(com|org|net)$")
_HANDLE_RE = re.compile(
    r"^(telegram|instagram|snapchat|kik|onlyfans|tiktok|facebook|wechat|line|skype|signal|discord|unknown):"
    r"[a-z0-9._-]+$"
)
_PAYMENT_RE = re.compile(
    r"^(cashapp:\$[a-z][a-z0-9]{0,19}|venmo:[a-z0-9_-]{5,30}|paypal:[a-z0-9]{1,20}|revolut:[a-z0-9]{3,32})$"
)


def _check_crypto(value: str) -> None:
    chain, addr = value.split(":", 1)
    if chain in ("btc", "ltc") and addr.startswith(("bc1", "ltc1")):
        hrp = "bc" if chain == "btc" else "ltc"
        ver, prog = bech32.decode(hrp, addr)
        assert ver == 0 and prog is not None and len(prog) == 20, value
    elif chain in ("btc", "ltc", "doge", "trx"):
        raw = base58.b58decode_check(addr)
        versions = {"btc": (0x00, 0x05), "ltc": (0x30, 0x32), "doge": (0x1E,), "trx": (0x41,)}[chain]
        assert raw[0] in versions and len(raw) == 21, value
    elif chain == "eth":
        assert re.fullmatch(r"0x[0-9a-f]{40}", addr), value
    elif chain == "sol":
        assert len(base58.b58decode(addr)) == 32, value
    else:
        raise AssertionError(value)


def _check(kind: str, value: str) -> None:
    if kind == "phone":
        assert _PHONE_RE.match(value), value
        num = phonenumbers.parse(value)
        assert phonenumbers.is_valid_number(num), value
        national = str(num.national_number)
        fictional = (
            (num.country_code == 1 and national[3:7] == "5550" and 100 <= int(national[6:]) <= 199)
            or (num.country_code == 44 and (national.startswith("2079460") or national.startswith("1614960")))
            or (num.country_code == 33 and national.startswith("19900"))
            or (num.country_code == 61 and national.startswith("4915701"))
        )
        assert fictional, value
    elif kind == "email":
        assert _EMAIL_RE.match(value), value
    elif kind == "handle":
        assert _HANDLE_RE.match(value), value
    elif kind == "payment":
        assert _PAYMENT_RE.match(value), value
    elif kind == "crypto":
        _check_crypto(value)
    elif kind == "age":
        assert value.isdigit() and 13 <= int(value) <= 99, value


def main() -> None:
    tables = {"phone": PHONE, "email": EMAIL, "handle": HANDLE, "payment": PAYMENT, "crypto": CRYPTO, "age": AGE}
    for kind, records in tables.items():
        lines = []
        for i, (text, expected, note, country) in enumerate(records, 1):
            for value in expected:
                _check(kind, value)
            rec: dict[str, Any] = {"id": f"b10-{kind}-{i:03d}", "batch": BATCH, "text": text}
            if country:
                rec["country"] = country
            rec["expected"] = expected
            rec["note"] = note
            lines.append(json.dumps(rec, ensure_ascii=False))
        (OUT / f"{kind}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        negatives = sum(1 for r in records if not r[1])
        print(f"{kind}: {len(records)} records, {negatives} negatives")


if __name__ == "__main__":
    main()
