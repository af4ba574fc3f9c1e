"""Generate batch 12 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch12/<type>.jsonl).

    python bench/data/identifiers_heldout/batch12/make.py

Why a twelfth batch: batch 11 has been scored and studied, so it no longer measures text nobody tuned
for.  Batch 12 was written blind by another author who read only issue 3, the data contract in
PRODUCT.md, the scorer, the first lines of batch 7's files (for the record format) and the docstrings
of batches 6 to 11 (to choose *other* cases).  No extractor code, generated docs, tests or earlier
held-out records were read.

What a 2026 crawl of classifieds, Telegram channels, forums and chat exports looks like, in 20+
languages (en, es, pt-BR, fr, de, it, nl, pl, ru, uk, ro, tr, ar, fa, he, hi, th, vi, id, tl, sw,
zh, ja, ko, el, cs, hu, sv), with the platform named before or after the identifier in the local
language and inflection:
- phones: numbers partly in local number words and partly in digits, split over two lines, split by
  emoji, in forum signatures and BBCode, in "reply with" chat lines, next to prices, flight numbers,
  parcel tracking and reference codes; two numbers per text.
- e-mail: addresses in forum footers, BBCode [email] tags, chat lines, JSON snippets, with the local
  word for "write" and trailing punctuation; two addresses per text; "at"/"dot" words in brackets.
- handles: leetspeak usernames, platform after the handle in the local language ("na telegramie",
  "в телеге", "no insta"), dots / underscores / digits at the edges, profile URLs, several platforms.
- payment: tags next to prices in several currencies, inflected platform names, links.
- crypto: BTC (P2PKH, P2SH, P2WPKH, P2TR), ETH (EIP-55 and lower case), TRON, LTC, DOGE, SOL, derived
  from sha256 of fixed seed strings and checksummed here, beside tx hashes and amounts, inside URLs.
- age: profile lines in many languages, ages next to heights, weights, prices and dates.
About 15 % of each type are negatives (``"expected": []``) carrying look-alikes.

Fictional values only: NA 555-0100..0199, UK 020 7946 0xxx / 0161 496 0xxx, FR 01 99 00 xx xx,
AU 0491 570 1xx; example.com/.org/.net; made-up handles.  Every record has "batch": 12.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import base58
import bech32
import phonenumbers
from Crypto.Hash import RIPEMD160, keccak

OUT = Path(__file__).resolve().parent


def _h(seed: str) -> bytes:
    return hashlib.sha256(seed.encode()).digest()


def _h160(seed: str) -> bytes:
    r = RIPEMD160.new()
    r.update(_h(seed))
    return r.digest()


def b58(version: int, seed: str) -> str:
    return base58.b58encode_check(bytes([version]) + _h160(seed)).decode()


def btc_p2pkh(seed: str) -> str:
    return b58(0x00, seed)


def btc_p2sh(seed: str) -> str:
    return b58(0x05, seed)


def btc_wpkh(seed: str) -> str:
    a = bech32.encode("bc", 0, _h160(seed))
    assert a
    return a


def btc_tr(seed: str) -> str:
    a = bech32.encode("bc", 1, _h(seed))
    assert a
    return a


def ltc(seed: str) -> str:
    return b58(0x30, seed)


def ltc_bech(seed: str) -> str:
    a = bech32.encode("ltc", 0, _h160(seed))
    assert a
    return a


def doge(seed: str) -> str:
    return b58(0x1E, seed)


def trx(seed: str) -> str:
    return b58(0x41, seed)


def sol(seed: str) -> str:
    return base58.b58encode(_h(seed)).decode()


def eth_lower(seed: str) -> str:
    return "0x" + _h(seed)[-20:].hex()


def eth_cs(seed: str) -> str:
    low = eth_lower(seed)[2:]
    k = keccak.new(digest_bits=256)
    k.update(low.encode())
    d = k.hexdigest()
    return "0x" + "".join(c.upper() if c.isalpha() and int(d[i], 16) >= 8 else c for i, c in enumerate(low))


def e164(raw: str, region: str) -> str:
    n = phonenumbers.parse(raw, region)
    assert phonenumbers.is_valid_number(n), raw
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


R = tuple  # (text, expected, note[, country])

PHONE: list[tuple[Any, ...]] = [
    (
        "Sprzątanie mieszkań Chicago 🧹 dzwoń: trzy jeden dwa 555 zero jeden cztery dwa, pytaj o Anię.",
        [e164("3125550142", "US")],
        "pl: area code in words, rest digits",
        "US",
    ),
    (
        "Niñera disponible en Miami. Mi cel: tres cero cinco - 555 - 01 treinta y ocho. Solo WhatsApp.",
        [e164("3055550138", "US")],
        "es: words + digits + 'treinta y ocho' pair",
        "US",
    ),
    (
        "Faxineira em Newark, ligue nove sete três 555 zero um 2 7, chama no zap 😘",
        [e164("9735550127", "US")],
        "pt-BR: mixed words and digits, 'chama no zap'",
        "US",
    ),
    (
        "Dọn nhà giá rẻ Houston. Gọi: 713\n555 0161 (chị Lan)",
        [e164("7135550161", "US")],
        "vi: number split over two lines",
        "US",
    ),
    (
        "Massage 💆 Toronto. Text 416 🌸 555 🌸 0177, no private numbers.",
        [e164("4165550177", "CA")],
        "en: groups split by flower emoji",
        "CA",
    ),
    ("Call 6️⃣4️⃣7️⃣ 555 01 ✨ 09 anytime", [e164("6475550109", "CA")], "en: keycap area code, emoji in last group", "CA"),
    (
        "Reiniging Londen. Bel 020 7946 0312 of mobiel via WhatsApp. Tarief £18/uur, ref. LDN-2291.",
        [e164("02079460312", "GB")],
        "nl: UK drama landline beside price and reference",
        "GB",
    ),
    (
        "Büroreinigung Manchester – Tel. 0161 496 0777, Fax 0161 496 0778. USt-IdNr. DE123456789",
        [e164("01614960777", "GB"), e164("01614960778", "GB")],
        "de: two numbers, VAT id distractor",
        "GB",
    ),
    (
        "Femme de ménage Paris 11e, appelez le 01 99 00 42 17 (après 18h). Tarif 15 €/h.",
        [e164("0199004217", "FR")],
        "fr: FR fiction range, times and price",
        "FR",
    ),
    (
        "Appelez-moi : zéro un, quatre-vingt-dix-neuf, zéro zéro, 23, 45",
        [e164("0199002345", "FR")],
        "fr: pairs in words mixed with digits",
        "FR",
    ),
    (
        "Pulizie Sydney 🇦🇺 chiamare 0491 570 156 — chiedere di Giulia. Volo QF 0491 non c'entra.",
        [e164("0491570156", "AU")],
        "it: AU mobile, flight number look-alike",
        "AU",
    ),
    (
        "Nanny in Melbourne, txt oh four nine one five seven oh one one nine",
        [e164("0491570119", "AU")],
        "en: spoken 'oh' for zero",
        "AU",
    ),
    (
        "Звоните: +1 (212) 555-0104 или пишите в вотсап на тот же номер. Посылка RU123456789CN уже в пути.",
        [e164("+12125550104", "US")],
        "ru: tracking number distractor",
        "US",
    ),
    (
        "Няня в Нью-Йорку, тел. двісті дванадцять 555 01 сорок шість",
        [e164("2125550146", "US")],
        "uk: 'двісті дванадцять' for 212 and 'сорок шість'",
        "US",
    ),
    (
        "Curățenie în Chicago, sunați la 773-555-01 nouăzeci și unu",
        [e164("7735550191", "US")],
        "ro: last pair in words",
        "US",
    ),
    (
        "Temizlik işi, Toronto. Numaram: 416 555 01 yirmi iki, arayın ya da Whatsapp'tan yazın.",
        [e164("4165550122", "CA")],
        "tr: last pair in words",
        "CA",
    ),
    (
        "للتواصل واتساب: ‎+1 (305) 555-0183‎ الأسعار تبدأ من 200 دولار",
        [e164("+13055550183", "US")],
        "ar: LRM marks around the number, price",
        "US",
    ),
    ("شماره تماس: ۳۱۲-۵۵۵-۰۱۶۵ فقط پیامک", [e164("3125550165", "US")], "fa: Persian digits", "US"),
    (
        'לשיחות: 1-718-555-0129, לא לפני 10:00. מחיר 350 ש"ח',
        [e164("17185550129", "US")],
        "he: leading 1-, time and price",
        "US",
    ),
    (
        "संपर्क करें: +1 646 555 0112 (व्हाट्सऐप) — किराया $1,200/माह",
        [e164("+16465550112", "US")],
        "hi: rent price distractor",
        "US",
    ),
    (
        "ทำความสะอาดบ้าน ลอนดอน โทร 020-7946-0455 ราคา 20 ปอนด์",
        [e164("02079460455", "GB")],
        "th: UK landline with dashes",
        "GB",
    ),
    (
        "Cari ART di Sydney, hubungi 0491-570-1 tiga puluh tiga",
        [e164("0491570133", "AU")],
        "id: last pair 'tiga puluh tiga'",
        "AU",
    ),
    (
        "Hanap ng yaya sa LA. Tawag kayo sa 213 555 01\n58 (Ate Joy)",
        [e164("2135550158", "US")],
        "tl: last group broken across a line",
        "US",
    ),
    (
        "Kazi ya ndani Houston. Piga simu 832 555 0 moja 7 0",
        [e164("8325550170", "US")],
        "sw: 'moja' for 1 inside the group",
        "US",
    ),
    (
        "招聘保姆，纽约。电话：917-555-0131，微信同号。订单号 20261129-0131",
        [e164("9175550131", "US")],
        "zh: order number sharing the last digits",
        "US",
    ),
    ("お問い合わせ：+44 20 7946 0601（平日10時〜18時）", [e164("+442079460601", "GB")], "ja: +44 format", "GB"),
    ("연락처 ☎ 0161-496-0234 / 카톡 문의 환영", [e164("01614960234", "GB")], "ko: UK landline", "GB"),
    ("Καθαρίστρια στο Σικάγο, τηλ. 312.555.0188 — 20€ η ώρα", [e164("3125550188", "US")], "el: dotted NA", "US"),
    (
        "Úklid Paříž, volejte +33 1 99 00 56 78 nebo SMS. Cena 300 Kč/h.",
        [e164("+33199005678", "FR")],
        "cs: +33 with spaces",
        "FR",
    ),
    (
        "Takarítás Londonban: +44 (0)20 7946 0888 — díj £15, azonosító HU-8832",
        [e164("+442079460888", "GB")],
        "hu: +44 (0) form",
        "GB",
    ),
    ("Städhjälp i Sydney. Ring +61 491 570 171 eller sms:a.", [e164("+61491570171", "AU")], "sv: +61 mobile", "AU"),
    (
        "[b]Contact[/b]: [color=red]312-555-0115[/color] | [url=https://example.com]site[/url]",
        [e164("3125550115", "US")],
        "en: BBCode forum post",
        "US",
    ),
    (
        "-- \nMaria G.\nHousekeeping Services\nOffice: (416) 555-0100 | Cell: (647) 555-0199\nLic. #ON-44120",
        [e164("4165550100", "CA"), e164("6475550199", "CA")],
        "en: e-mail signature with two numbers",
        "CA",
    ),
    (
        "[12:01] anna: ok call me\n[12:01] anna: 929 555\n[12:02] anna: 0107",
        [e164("9295550107", "US")],
        "en: chat export, number split over two messages",
        "US",
    ),
    (
        "WhatsApp me at +1-305-555-0176 👉 flight AA 1305 lands 5:55pm, gate 01",
        [e164("+13055550176", "US")],
        "en: flight number and time look-alikes",
        "US",
    ),
    ("Tel./WhatsApp: (+1) 514 555 0163 — Montréal, 25 $/h", [e164("+15145550163", "CA")], "fr-CA: (+1)", "CA"),
    ("Llama al 3 1 2 - 5 5 5 - 0 1 2 0 y pregunta por Sol", [e164("3125550120", "US")], "es: spaced digits", "US"),
    ("Kontakt: 312 ⁃ 555 ⁃ 0 1 5 0 (nur SMS)", [e164("3125550150", "US")], "de: hyphen bullet separators", "US"),
    ("Call ３１２−５５５−０１２３ now", [e164("3125550123", "US")], "en: full-width digits, minus sign", "US"),
    ("Text me: 31２ 5５5 0１44", [e164("3125550144", "US")], "en: full-width and ASCII mixed", "US"),
    ("Zadzwoń: 3 1 2 ▪️ 5 5 5 ▪️ 0 1 3 6", [e164("3125550136", "US")], "pl: square emoji separators", "US"),
    ("Call 312\u200b555\u200b0171", [e164("3125550171", "US")], "en: zero-width spaces between groups", "US"),
    ("☎️ 2️⃣1️⃣3️⃣5️⃣5️⃣5️⃣0️⃣1️⃣6️⃣9️⃣", [e164("2135550169", "US")], "en: all keycaps", "US"),
    (
        "Ruf an: drei eins zwei, fünf fünf fünf, null eins neun acht",
        [e164("3125550198", "US")],
        "de: all in words",
        "US",
    ),
    ("Gọi ba một hai năm năm năm không một bảy bảy", [e164("3125550177", "US")], "vi: all in words", "US"),
    (
        "Tafadhali piga: tatu moja mbili tano tano tano sifuri moja nane sita",
        [e164("3125550186", "US")],
        "sw: all in words",
        "US",
    ),
    (
        "Ligue: 4 1 6 . cinco cinco cinco . zero um cinco dois",
        [e164("4165550152", "CA")],
        "pt: digits then words",
        "CA",
    ),
    ("tel: 6 4 6 🔸 5 5 5 🔸 0 1 0 3 | ig ✨", [e164("6465550103", "US")], "en: diamond emoji", "US"),
    (
        "Office +44 161 496 0010 ext. 204; mobile on request",
        [e164("+441614960010", "GB")],
        "en: extension not part of number",
        "GB",
    ),
    (
        "Réservations au 01.99.00.11.22 ou 01.99.00.33.44",
        [e164("0199001122", "FR"), e164("0199003344", "FR")],
        "fr: two dotted numbers",
        "FR",
    ),
    (
        "Apply: call 0491 570 104 or 0491 570 105 (Sat only)",
        [e164("0491570104", "AU"), e164("0491570105", "AU")],
        "en: two AU mobiles",
        "AU",
    ),
    ("Telegram-kanava: uudet numerot 👉 +1 202 555 0137", [e164("+12025550137", "US")], "fi: channel digest", "US"),
    (
        "Numărul meu: +1 7I8 555 OI42 (scrie pe WhatsApp)",
        [e164("+17185550142", "US")],
        "ro: letters I and O in the digits",
        "US",
    ),
    # negatives
    ("Pris: 3 125 550 kr. Leverans 2026-11-29, order #5550142.", [], "sv: price, date, order number (neg)", "US"),
    ("Tracking: 1Z 999 AA1 01 2345 6784 — expected 12/03", [], "en: UPS tracking number (neg)", "US"),
    ("IBAN: GB33 BUKB 2020 1555 5555 55, BIC BUKBGB22", [], "en: IBAN (neg)", "GB"),
    ("Flight LH 4165 dep 05:55, seat 01A, booking ref 3125550", [], "de: flight/time/booking (neg)", "US"),
    ("Medidas 90-60-90, altura 1,65 m, peso 55 kg, tarifa 150-200 USD", [], "es: measurements (neg)", "US"),
    ("ISBN 978-0-312-55501-4, page 146", [], "en: ISBN (neg)", "US"),
    ("Coordinates 41.8781, -87.6298; zip 60601-0142", [], "en: coordinates and ZIP+4 (neg)", "US"),
    ("Заказ № 21255501047 оплачен 29.11.2026 в 14:05", [], "ru: order id that looks like a number (neg)", "US"),
    ("TX 0x3125550142aa… confirmed, fee 0.00042 ETH", [], "en: tx hash fragment (neg)", "US"),
]

EMAIL: list[tuple[Any, ...]] = [
    (
        "Pisz śmiało na anka.nowak@example.com, odpowiadam w 24h. Cena od 120 zł.",
        ["anka.nowak@example.com"],
        "pl: plain address with price",
    ),
    ("Escríbeme: lucia_rm (arroba) example (punto) net 💌", ["lucia_rm@example.net"], "es: (arroba)/(punto)"),
    ("Envie currículo para vagas.rh [arroba] example [ponto] org", ["vagas.rh@example.org"], "pt: [arroba]/[ponto]"),
    ("Écrivez-moi à camille.d {at} example {dot} com, merci !", ["camille.d@example.com"], "fr: curly at/dot"),
    (
        "Bewerbung bitte an jobs-berlin(at)example(punkt)com – Betreff: Ref. 2026/11",
        ["jobs-berlin@example.com"],
        "de: (at)/(punkt) with a reference",
    ),
    (
        "Scrivimi a giulia.r93 chiocciola example punto org, rispondo subito",
        ["giulia.r93@example.org"],
        "it: chiocciola/punto",
    ),
    ("Mail mij op sanne.vd@example.net of bel.", ["sanne.vd@example.net"], "nl: plain with trailing 'of'"),
    ("Пишите на почту: olga.k@example.com. Оплата на карту.", ["olga.k@example.com"], "ru: trailing full stop"),
    ("Пишіть на пошту lesya_lviv @ example . org", ["lesya_lviv@example.org"], "uk: spaces around @ and ."),
    ("Scrieți-mi la ioana.pop(at)example.com pentru detalii.", ["ioana.pop@example.com"], "ro: (at)"),
    ("E-posta: ayse.k [at] example [dot] net — fiyat 500 TL", ["ayse.k@example.net"], "tr: [at]/[dot] beside price"),
    ("راسلني على mona.h@example.org للمزيد", ["mona.h@example.org"], "ar: address in Arabic sentence"),
    ("ایمیل: sara.t@example.com (فقط ایمیل)", ["sara.t@example.com"], "fa: in parentheses context"),
    ("כתבו לי: noa.levi@example.net תודה", ["noa.levi@example.net"], "he: address in Hebrew"),
    ("ईमेल करें: priya.s@example.com या कॉल करें", ["priya.s@example.com"], "hi: address in Hindi"),
    ("อีเมล: ploy.th@example.org ค่ะ", ["ploy.th@example.org"], "th: address then particle"),
    ("Gửi CV về: tuyendung.hn@example.com nhé!", ["tuyendung.hn@example.com"], "vi: exclamation"),
    ("Kirim lamaran ke: hrd_jkt@example.net paling lambat 5 Des.", ["hrd_jkt@example.net"], "id: date after"),
    ("Mag-email sa maria.clara@example.org para sa detalye", ["maria.clara@example.org"], "tl: plain"),
    ("Tuma barua pepe kwa amina.w@example.com leo", ["amina.w@example.com"], "sw: plain"),
    ("邮箱：lili.wang@example.com（请备注来意）", ["lili.wang@example.com"], "zh: full-width parentheses after"),
    ("メール：yuki.s＠example.com（＠を半角に）", ["yuki.s@example.com"], "ja: full-width @"),
    ("이메일: jiwoo.park@example.net 으로 보내주세요", ["jiwoo.park@example.net"], "ko: particle after space"),
    ("Στείλτε email στο eleni.p@example.org.", ["eleni.p@example.org"], "el: trailing period"),
    ("Napište na: petra.novak@example.com; odpovím do hodiny.", ["petra.novak@example.com"], "cs: semicolon"),
    ("Írj: reka.b@example.net!", ["reka.b@example.net"], "hu: exclamation"),
    ("Maila mig på: elin.s@example.com, tack!", ["elin.s@example.com"], "sv: comma"),
    ("[email]kate.m@example.org[/email] — DM for rates", ["kate.m@example.org"], "en: BBCode email tag"),
    (
        '{"name": "Jo", "contact": "jo.bookings@example.com", "rate": "$200"}',
        ["jo.bookings@example.com"],
        "en: JSON value",
    ),
    (
        "Sent from my iPhone\n> On Sun, Nov 29, 2026 at 9:14 PM Rose <rose.v@example.net> wrote:",
        ["rose.v@example.net"],
        "en: quoted-reply header",
    ),
    (
        "Contact: mia.l@example.com / backup: mia.l2@example.org",
        ["mia.l@example.com", "mia.l2@example.org"],
        "en: two addresses with slash",
    ),
    (
        "agency: bookings@sub.example.com, accounting: pay@example.net",
        ["bookings@sub.example.com", "pay@example.net"],
        "en: subdomain and second address",
    ),
    ("Mail: Nina.Berg@Example.COM", ["nina.berg@example.com"], "de: mixed case"),
    ("email me ➡️ lexi+ads@example.com ⬅️", ["lexi+ads@example.com"], "en: plus-addressing between emoji"),
    ("e m a i l: tina at example dot org", ["tina@example.org"], "en: plain at/dot words"),
    ("correo: carla_89 @ example . net", ["carla_89@example.net"], "es: spaces"),
    ("my mail is zoe.x AT example DOT com", ["zoe.x@example.com"], "en: upper-case AT/DOT"),
    ("mail: sofi\u200b.r@example.com", ["sofi.r@example.com"], "en: zero-width space in local part"),
    ("e-mail: ｋａｔｙａ＠ｅｘａｍｐｌｅ．ｃｏｍ", ["katya@example.com"], "ru: full-width address"),
    ("mail — lola.rose@exаmple.com", ["lola.rose@example.com"], "en: Cyrillic а in domain"),
    ("adres: marta.k＠example。org", ["marta.k@example.org"], "pl: full-width @ and ideographic full stop"),
    ("write to: nadia dot h at example dot net", ["nadia.h@example.net"], "en: dot in local part as a word"),
    ("Emaill: amber_rose@example.com.", ["amber_rose@example.com"], "en: typo label, trailing period"),
    ("Для связи: masha.s (собака) example.org", ["masha.s@example.org"], "ru: (собака)"),
    ("Email → hannah.j@example.net ← (reply within 1h)", ["hannah.j@example.net"], "en: arrows"),
    ("CV: jan.kowalski@example.com, tel. w stopce", ["jan.kowalski@example.com"], "pl: comma"),
    ('<a href="mailto:dana.k@example.org">write me</a>', ["dana.k@example.org"], "en: HTML mailto"),
    ("mailto:ivy.l@example.com?subject=booking", ["ivy.l@example.com"], "en: mailto with query"),
    ("email: ELLA.R@EXAMPLE.NET", ["ella.r@example.net"], "en: upper case"),
    ("e-mail:\nsara.b\n@example.com", ["sara.b@example.com"], "en: broken across lines"),
    ("Контакт: vika.m[at]example[.]com", ["vika.m@example.com"], "ru: [at] and defanged [.]"),
    # negatives
    ("Photos: img_2031@2x.png, logo@3x.jpg", [], "en: retina file names (neg)"),
    ("Follow @example on all platforms, price $50", [], "en: bare @handle, no address (neg)"),
    ("Order ref: ORD-2026@1129.55, version 3.1@beta", [], "en: @ inside reference codes (neg)"),
    ("Meet me @ 5pm at the example.com café", [], "en: '@ 5pm' and a domain (neg)"),
    ("Twitter: @anna.b — example.org is my site", [], "en: handle and domain separate (neg)"),
    ("Preis: 40€ @ 2 Std., Adresse: Hauptstr. 5", [], "de: @ as 'at' price (neg)"),
    ("npm i @example/utils@1.2.3", [], "en: npm scoped package (neg)"),
    ("user@localhost is only for testing", [], "en: no dot domain (neg)"),
]

HANDLE: list[tuple[Any, ...]] = [
    ("Pisz na telegramie: @kasia_w99", ["telegram:kasia_w99"], "pl: 'na telegramie' before"),
    ("@mila.rose_ — napisz na instagramie", ["instagram:mila.rose_"], "pl: platform after, inflected"),
    ("Пиши в телегу @n4stya_sweet", ["telegram:n4stya_sweet"], "ru: телегу, leet username"),
    ("мой инст: _lera.k_", ["instagram:_lera.k_"], "ru: инст, underscores at edges"),
    ("Пишіть у телеграм: @oksana_kyiv22", ["telegram:oksana_kyiv22"], "uk: телеграм"),
    ("segue no insta: @bia.morena.rj", ["instagram:bia.morena.rj"], "pt-BR: 'no insta'"),
    ("me chama no tg @carol_sp__", ["telegram:carol_sp__"], "pt-BR: tg"),
    ("sígueme en tiktok @la.vale_07", ["tiktok:la.vale_07"], "es: tiktok"),
    ("agrégame al snap: luna_bby01", ["snapchat:luna_bby01"], "es: snap"),
    ("Ajoute-moi sur Snapchat : chloe.p2", ["snapchat:chloe.p2"], "fr: sur Snapchat"),
    ("Schreib mir auf Telegram: @lea_hh", ["telegram:lea_hh"], "de: auf Telegram"),
    ("scrivimi su telegram @giada_m", ["telegram:giada_m"], "it: su telegram"),
    ("Stuur me een DM op insta: @fleur.nl", ["instagram:fleur.nl"], "nl: op insta"),
    ("scrie-mi pe telegram: @andreea_b", ["telegram:andreea_b"], "ro: pe telegram"),
    ("instagramdan yaz: @elif.k_34", ["instagram:elif.k_34"], "tr: instagramdan"),
    ("تواصل معي على تيليجرام @rania_x", ["telegram:rania_x"], "ar: تيليجرام"),
    ("اینستاگرام: @neda.tehran", ["instagram:neda.tehran"], "fa: اینستاگرام"),
    ("תכתבו לי בטלגרם @shira_tlv", ["telegram:shira_tlv"], "he: בטלגרם"),
    ("टेलीग्राम पर मैसेज करें: @riya_mumbai", ["telegram:riya_mumbai"], "hi: टेलीग्राम पर"),
    ("แอดไลน์: ploy.bkk", ["line:ploy.bkk"], "th: แอดไลน์ (add LINE)"),
    ("Nhắn tele @linh_hn99 nhé", ["telegram:linh_hn99"], "vi: tele"),
    ("DM aja di IG @putri.jkt_", ["instagram:putri.jkt_"], "id: di IG"),
    ("Chat mo ako sa telegram @jessa_ph", ["telegram:jessa_ph"], "tl: sa telegram"),
    ("Nitumie ujumbe kwenye Instagram: @amina_nbo", ["instagram:amina_nbo"], "sw: kwenye Instagram"),
    ("加我微信：xiaoyu_8888", ["wechat:xiaoyu_8888"], "zh: 微信"),
    ("LINE ID：sakura_0420", ["line:sakura_0420"], "ja: LINE ID with full-width colon"),
    ("카톡 말고 텔레그램으로: @jiyoo_k", ["telegram:jiyoo_k"], "ko: 텔레그램으로"),
    ("Στείλε μου στο Instagram @eleni.ath", ["instagram:eleni.ath"], "el: στο Instagram"),
    ("Napiš mi na Telegramu: @tereza_prg", ["telegram:tereza_prg"], "cs: na Telegramu"),
    ("Írj Telegramon: @zsofi_bp", ["telegram:zsofi_bp"], "hu: Telegramon"),
    ("Skriv till mig på Snapchat: ebba_sthlm", ["snapchat:ebba_sthlm"], "sv: på Snapchat"),
    ("@mimi_xo on tg, @mimi.xo on ig", ["telegram:mimi_xo", "instagram:mimi.xo"], "en: two platforms after"),
    (
        "tg: @r0s1e_b4by | ig: @rosie.baby | sc: rosiebby",
        ["telegram:r0s1e_b4by", "instagram:rosie.baby", "snapchat:rosiebby"],
        "en: footer with three platforms, leet",
    ),
    ("https://t.me/alina_msk_bot?start=vip", ["telegram:alina_msk_bot"], "en: t.me link with start param"),
    ("link: instagram.com/kira.lux_/?igsh=abc123", ["instagram:kira.lux_"], "en: IG URL with igsh"),
    ("my OF 👉 onlyfans.com/bella_rae", ["onlyfans:bella_rae"], "en: onlyfans URL"),
    ("tiktok.com/@dani.dance?lang=es", ["tiktok:dani.dance"], "en: tiktok URL"),
    ("kik me: sweetpea_22", ["kik:sweetpea_22"], "en: kik"),
    ("discord: nyx_gamer", ["discord:nyx_gamer"], "en: discord"),
    ("Signal: @jules.99", ["signal:jules.99"], "en: signal username"),
    ("skype: cindy.ops", ["skype:cindy.ops"], "en: skype"),
    ("fb: facebook.com/maria.lopez.3", ["facebook:maria.lopez.3"], "en: facebook URL"),
    ("snap 👻 h0ney.b33", ["snapchat:h0ney.b33"], "en: ghost emoji, leet"),
    ("✈️ @vika_spb_", ["telegram:vika_spb_"], "ru: plane emoji cue"),
    ("T E L E G R A M → @sasha_tt", ["telegram:sasha_tt"], "en: spaced platform name"),
    ("ＩＧ：＠ｋｉｍ＿ｓｅｏｕｌ", ["instagram:kim_seoul"], "ko: full-width IG and handle"),
    ("Tеlеgram: @olya_ufa", ["telegram:olya_ufa"], "ru: homoglyph platform name"),
    ("inst@: @dasha.kzn", ["instagram:dasha.kzn"], "ru: leet 'inst@'"),
    ("t3l3gr4m: @m1la_nsk", ["telegram:m1la_nsk"], "ru: leet platform and handle"),
    ("insta\u200bgram: @nadia_b", ["instagram:nadia_b"], "en: zero-width in platform"),
    ("@jenny_ldn\n(that's my snap)", ["snapchat:jenny_ldn"], "en: platform on the next line"),
    ("add me: @coco_lux22", ["unknown:coco_lux22"], "en: no platform"),
    # negatives
    ("Meet @ 9pm, price @ 150/hr", [], "en: @ as 'at' (neg)"),
    ("Contact: info@example.com", [], "en: e-mail is not a handle (neg)"),
    ("Follow the rules. #newgirl #vip #24/7", [], "en: hashtags (neg)"),
    ("Price: 2 hrs @ $300; order @ 10% off", [], "en: @ in prices (neg)"),
    ("Version 2.0 @2x retina", [], "en: @2x (neg)"),
    ("See python.org and docs.example.com for details", [], "en: domains (neg)"),
    ("Scores: Arsenal 2 @ Chelsea 1", [], "en: sports @ (neg)"),
    ("$AAPL up 3% today", [], "en: stock cashtag (neg)"),
]

PAYMENT: list[tuple[Any, ...]] = [
    ("Deposit $50 to my cash app $lexi_xo before booking", ["cashapp:$lexi_xo"], "en: deposit before cashtag"),
    ("Depósito: 40 USD por Cash App → $valeria305", ["cashapp:$valeria305"], "es: Cash App"),
    ("Sinal de R$ 100 no cashapp $bia_rio", ["cashapp:$bia_rio"], "pt-BR: sinal (deposit)"),
    ("venmo @kelsey-rae-12 ($30 deposit)", ["venmo:kelsey-rae-12"], "en: venmo with hyphens"),
    ("Venmo: mia-lopez-7 — $25 hold fee", ["venmo:mia-lopez-7"], "en: venmo beside hold fee"),
    ("paypal.me/annakrakow/120PLN — zadatek", ["paypal:annakrakow"], "pl: paypal.me with amount"),
    ("Zahlung per PayPal: paypal.me/lenahh (50 €)", ["paypal:lenahh"], "de: paypal.me, euro"),
    ("Acconto 30€ su paypal.me/giulia_mi", ["paypal:giulia_mi"], "it: paypal.me underscore"),
    ("Avance de 40 € via PayPal : paypal.me/chloepar", ["paypal:chloepar"], "fr: paypal.me"),
    ("Revolut: @ioanab — avans 200 RON", ["revolut:ioanab"], "ro: revolut tag, RON"),
    ("revolut.me/marekw 💸 150 zł", ["revolut:marekw"], "pl: revolut.me link"),
    ("Предоплата 2000 ₽ через PayPal: paypal.me/olgamsk", ["paypal:olgamsk"], "ru: paypal.me, rubles"),
    ("Передплата 500 грн на Revolut @oksanak", ["revolut:oksanak"], "uk: Revolut, UAH"),
    ("Kapora 500 TL, Revolut'tan @elifk gönder", ["revolut:elifk"], "tr: Revolut'tan"),
    ("Deposit £40 via Cash App: $ellie_uk", ["cashapp:$ellie_uk"], "en: GBP deposit"),
    ("AU$60 deposit → paypal.me/sophiesyd", ["paypal:sophiesyd"], "en: AUD"),
    ("Zálohu 500 Kč pošlete přes Revolut: @terezap", ["revolut:terezap"], "cs: Revolut"),
    ("Előleg 5000 Ft: revolut.me/zsofib", ["revolut:zsofib"], "hu: revolut.me"),
    ("Handpenning 300 kr via PayPal: paypal.me/ebbas", ["paypal:ebbas"], "sv: paypal.me"),
    ("₱1,500 reservation fee — cash app $jessa_ph", ["cashapp:$jessa_ph"], "tl: peso price"),
    ("Đặt cọc 20$ qua PayPal: paypal.me/linhnguyen", ["paypal:linhnguyen"], "vi: paypal.me"),
    ("DP Rp 300rb via paypal.me/putrijkt", ["paypal:putrijkt"], "id: rupiah"),
    ("定金 200 元，PayPal：paypal.me/xiaoyuli", ["paypal:xiaoyuli"], "zh: paypal.me"),
    ("予約金 5,000円 → paypal.me/yukitokyo", ["paypal:yukitokyo"], "ja: yen"),
    ("예약금 5만원 페이팔 paypal.me/jiwoopark", ["paypal:jiwoopark"], "ko: won"),
    ("Προκαταβολή 30€ στο Revolut @elenip", ["revolut:elenip"], "el: Revolut"),
    ("עדכון: מקדמה 100 ₪ בפייפאל paypal.me/noalevi", ["paypal:noalevi"], "he: shekels"),
    ("مقدم 50 دولار على كاش اب $rania_x", ["cashapp:$rania_x"], "ar: كاش اب"),
    ("एडवांस ₹2000 — PayPal: paypal.me/priyas", ["paypal:priyas"], "hi: rupees"),
    ("มัดจำ 500 บาท ทาง PayPal: paypal.me/ploybkk", ["paypal:ploybkk"], "th: baht"),
    ("Amana KSh 2,000 kupitia PayPal: paypal.me/aminaw", ["paypal:aminaw"], "sw: shillings"),
    (
        "Tip jar: $coco_lux | venmo: coco-lux | paypal.me/cocolux",
        ["cashapp:$coco_lux", "venmo:coco-lux", "paypal:cocolux"],
        "en: three platforms in one footer",
    ),
    ("CashApp $jade22 or Venmo @jade-22", ["cashapp:$jade22", "venmo:jade-22"], "en: two platforms"),
    ("cash.app/$nina_b/40", ["cashapp:$nina_b"], "en: cash.app link with amount"),
    ("https://venmo.com/u/rachel-g-4?txn=pay", ["venmo:rachel-g-4"], "en: venmo.com/u with query"),
    ("https://www.paypal.com/paypalme/sarahk88", ["paypal:sarahk88"], "en: paypal.com/paypalme"),
    ("c@$h@pp: $tiff_xo", ["cashapp:$tiff_xo"], "en: leet platform"),
    ("v3nm0 → @britt-l", ["venmo:britt-l"], "en: leet venmo"),
    ("Ｃａｓｈ Ａｐｐ：＄ｌｕｎａ９", ["cashapp:$luna9"], "en: full-width"),
    ("cashapp: $ s k y l a r", ["cashapp:$skylar"], "en: spaced cashtag"),
    ("PayPal: paypal\u200b.me/amberxo", ["paypal:amberxo"], "en: zero-width in paypal.me"),
    ("Cash App\n$destiny_xo\n(deposit first)", ["cashapp:$destiny_xo"], "en: tag on next line"),
    ("Кэшапп: $katya_nyc — 50$", ["cashapp:$katya_nyc"], "ru: Кэшапп transliteration"),
    ("Venmo-ul meu: @ana-maria-b", ["venmo:ana-maria-b"], "ro: inflected Venmo-ul"),
    ("PayPala: paypal.me/kasiaw, przelew 100 zł", ["paypal:kasiaw"], "pl: inflected PayPala"),
    ("Revolutu: @tomasr 🙏", ["revolut:tomasr"], "cs: inflected Revolutu"),
    ("pay via cashapp ($50 deposit) — $sunny_b", ["cashapp:$sunny_b"], "en: amount before tag"),
    ("Venmo me @chloe_b-21 ty!", ["venmo:chloe_b-21"], "en: underscore and hyphen"),
    (
        "cash app: $harley_q (main) + $harleyq_2 (backup)",
        ["cashapp:$harley_q", "cashapp:$harleyq_2"],
        "en: two cashtags, main and backup",
    ),
    ("PP: paypal.me/rosalind", ["paypal:rosalind"], "en: PP abbreviation with link"),
    ("Revolut revtag: @linak — 30 € Anzahlung", ["revolut:linak"], "de: revtag label"),
    # negatives
    ("Price: $200/hr, $350 for 2hrs, $1k overnight", [], "en: dollar prices (neg)"),
    ("Buy $TSLA and $BTC now!", [], "en: stock/crypto tickers without platform (neg)"),
    ("Total: 45,00 $ — Ref. PAY-2026-1129", [], "fr: price and reference (neg)"),
    ("PayPal accepted. Fees 3%. Invoice #INV-0042", [], "en: platform named, no tag (neg)"),
    ("Venmo/CashApp ok — ask for details", [], "en: platforms without tags (neg)"),
    ("Tracking: 1Z999AA10123456784; $15 shipping", [], "en: tracking and price (neg)"),
    ("Revolut card ending 4242, IBAN LT12 1000 0111 0100 1000", [], "lt: card/IBAN (neg)"),
    ("Rates: 50$ / 45€ / £40 / 2000₽", [], "en: multi-currency prices (neg)"),
]

AGE: list[tuple[Any, ...]] = [
    ("Hi, I'm Lily, 23, new in Chicago. 5'6\", 120 lbs, $200/hr", ["23"], "en: age before height/weight/price"),
    ("Soy Carla, tengo 21 años, mido 1,65 y peso 55 kg", ["21"], "es: tengo N años"),
    ("Oi, sou a Bia, 22 aninhos, 1,60m", ["22"], "pt-BR: aninhos"),
    ("Je m'appelle Chloé, j'ai 24 ans, 1m70, 55kg", ["24"], "fr: j'ai N ans"),
    ("Hallo, ich bin Lena (25), 170 cm, 58 kg", ["25"], "de: (N) after name"),
    ("Ciao, sono Giada, ho 20 anni, taglia 38", ["20"], "it: ho N anni, size distractor"),
    ("Hoi, ik ben Sanne en ik ben 26 jaar oud", ["26"], "nl: N jaar oud"),
    ("Cześć, mam 19 lat, wzrost 165", ["19"], "pl: mam N lat"),
    ("Привет, мне 22 года, рост 168, вес 52", ["22"], "ru: мне N года"),
    ("Мені 27 років, зріст 172 см", ["27"], "uk: мені N років"),
    ("Salut, am 23 de ani și sunt nouă în oraș", ["23"], "ro: am N de ani"),
    ("Merhaba, ben Elif, 24 yaşındayım", ["24"], "tr: N yaşındayım"),
    ("مرحبا، عمري 25 سنة", ["25"], "ar: عمري N سنة"),
    ("سلام، ۲۳ سالمه", ["23"], "fa: Persian digits, ۲۳ سالمه"),
    ("היי, אני בת 21 מתל אביב", ["21"], "he: בת N"),
    ("नमस्ते, मेरी उम्र 24 साल है", ["24"], "hi: उम्र N साल"),
    ("สวัสดีค่ะ อายุ 22 ปี สูง 160", ["22"], "th: อายุ N ปี"),
    ("Em tên Linh, 20 tuổi, cao 1m58", ["20"], "vi: N tuổi"),
    ("Halo, aku Putri, umur 23 thn", ["23"], "id: umur N thn"),
    ("Hi, ako si Jessa, 25 years old na po", ["25"], "tl: 'years old na po'"),
    ("Habari, nina umri wa miaka 26", ["26"], "sw: umri wa miaka N"),
    ("你好，我叫小雨，今年22岁，身高165", ["22"], "zh: 今年N岁"),
    ("はじめまして、ゆきです。21歳、身長158cm", ["21"], "ja: N歳"),
    ("안녕하세요, 지우예요. 나이 24살", ["24"], "ko: 나이 N살"),
    ("Γεια, είμαι 23 χρονών", ["23"], "el: N χρονών"),
    ("Ahoj, je mi 22 let", ["22"], "cs: je mi N let"),
    ("Szia, Zsófi vagyok, 25 éves", ["25"], "hu: N éves"),
    ("Hej, jag är 24 år gammal", ["24"], "sv: N år gammal"),
    ("Age: 28 | Height: 5'4\" | Weight: 115", ["28"], "en: profile line"),
    ("Edad: 19 · Estatura: 1.62 · Ciudad: Madrid", ["19"], "es: profile fields"),
    ("Возраст: 30\nРост: 175\nГрудь: 3", ["30"], "ru: profile lines with bust size"),
    ("年龄：26｜身高：168｜体重：50", ["26"], "zh: profile fields"),
    ("Name: Kate, 21y, 34C, blonde", ["21"], "en: 21y with bra size"),
    ("21yo latina 💋 available 24/7", ["21"], "en: yo, 24/7 distractor"),
    ("Just turned 20 last week 🎉", ["20"], "en: just turned"),
    ("new girl (22 yrs) — prices from $150", ["22"], "en: yrs in parentheses"),
    ("twenty-three years young, petite", ["23"], "en: number words"),
    ("tengo veintidós añitos", ["22"], "es: words + diminutive"),
    ("мне двадцать лет", ["20"], "ru: number word"),
    ("j'ai vingt-cinq ans", ["25"], "fr: number word"),
    ("ich bin neunzehn Jahre alt", ["19"], "de: number word"),
    ("Age: ２４", ["24"], "ja: full-width digits"),
    ("age 2️⃣3️⃣", ["23"], "en: keycaps"),
    ("I'm 2\u200b2 y.o.", ["22"], "en: zero-width inside the age"),
    ("Sisters Anna (24) and Maria (21) — duo", ["24", "21"], "en: two ages in one text"),
    ("Wiek: 27 lat, cena 300 zł/h", ["27"], "pl: Wiek label with price"),
    ("Ikä: 23, pituus 168", ["23"], "fi: Ikä label"),
    ("Yaş: 22 — boy 1.70", ["22"], "tr: Yaş label"),
    ("Umur: 24 thn, tinggi 160cm, BB 48", ["24"], "id: Umur with height/weight"),
    ("Tuổi: 21 | Giá: 500k", ["21"], "vi: Tuổi with price"),
    ("20 y/o, 1st time in Toronto, 5 ft 3", ["20"], "en: y/o"),
    # negatives
    ("Open 24/7, 2 girls, rates 150/250/400", [], "en: 24/7 and prices (neg)"),
    ("Height 170, weight 55, shoe size 38", [], "en: measurements (neg)"),
    ("Available 10-22h, flight AF 1020 arrives 21:30", [], "en: times and flight (neg)"),
    ("Hiring: applicants aged 18 to 35 welcome", [], "en: requirement range, not an age (neg)"),
    ("Room 23, floor 4, 2 hours = $300", [], "en: room/floor (neg)"),
    ("Posted 22 days ago, 19 views", [], "en: days/views (neg)"),
    ("Měřítko 1:25, objednávka 2026/21", [], "cs: scale and order (neg)"),
    ("Der Tarif: 25 € für 30 Minuten", [], "de: price and minutes (neg)"),
]

_S = "clew-b12-"
BT1, BT2, BT3, BT4, BT5 = (
    btc_p2pkh(_S + "btc1"),
    btc_p2sh(_S + "btc2"),
    btc_wpkh(_S + "btc3"),
    btc_tr(_S + "btc4"),
    btc_p2pkh(_S + "btc5"),
)
E1, E2, E3, E4 = eth_cs(_S + "eth1"), eth_cs(_S + "eth2"), eth_lower(_S + "eth3"), eth_cs(_S + "eth4")
T1, T2, T3 = trx(_S + "trx1"), trx(_S + "trx2"), trx(_S + "trx3")
L1, L2 = ltc(_S + "ltc1"), ltc_bech(_S + "ltc2")
D1, D2 = doge(_S + "doge1"), doge(_S + "doge2")
S1, S2 = sol(_S + "sol1"), sol(_S + "sol2")
TXH = hashlib.sha256(b"clew-b12-tx").hexdigest()
TXH2 = hashlib.sha256(b"clew-b12-tx2").hexdigest()


def _e(a: str) -> str:
    return "eth:" + a.lower()


def _bad(a: str) -> str:
    """Flip one character so that the checksum no longer holds."""
    i = len(a) // 2
    c = a[i]
    r = "A" if c != "A" else "B"
    if a.startswith(("bc1", "ltc1")):
        r = "q" if c != "q" else "p"
    return a[:i] + r + a[i + 1 :]


CRYPTO: list[tuple[Any, ...]] = [
    (f"Donaciones BTC: {BT1} ¡gracias!", [f"btc:{BT1}"], "es: P2PKH with exclamation"),
    (f"Depozyt w BTC: {BT2} (min. 0.001)", [f"btc:{BT2}"], "pl: P2SH with amount"),
    (f"Пополнение: {BT3}\nTxID: {TXH}", [f"btc:{BT3}"], "ru: bech32 beside txid"),
    (f"Taproot ok 👉 {BT4}", [f"btc:{BT4}"], "en: taproot"),
    (f"bitcoin:{BT5}?amount=0.002&label=deposit", [f"btc:{BT5}"], "en: BIP-21 URI"),
    (f"https://mempool.space/address/{BT3}", [f"btc:{BT3}"], "en: explorer URL"),
    (f"Zahlung an ETH-Adresse {E1}, Betrag 0,05 ETH", [_e(E1)], "de: EIP-55"),
    (f"Pagamento em USDT (ERC20): {E2}", [_e(E2)], "pt-BR: USDT ERC20"),
    (f"ETH: {E3} — tx {('0x' + TXH)}", [_e(E3)], "en: lower-case address beside 64-hex tx hash"),
    (f"https://etherscan.io/address/{E4}#tokentxns", [_e(E4)], "en: etherscan with fragment"),
    (f"ethereum:{E1}@1?value=1e16", [_e(E1)], "en: EIP-681 URI"),
    (f"USDT TRC20 адреса: {T1}", [f"trx:{T1}"], "uk: TRC20"),
    (f"TRON (USDT): {T2} — mín. 50 USDT", [f"trx:{T2}"], "es: TRON with minimum"),
    (f"https://tronscan.org/#/address/{T3}", [f"trx:{T3}"], "en: tronscan URL"),
    (f"LTC: {L1}", [f"ltc:{L1}"], "en: Litecoin legacy"),
    (f"Litecoin: {L2} (rychlejší)", [f"ltc:{L2}"], "cs: Litecoin bech32"),
    (f"Dogecoin 🐶 {D1}", [f"doge:{D1}"], "en: Dogecoin"),
    (f"DOGE adresi: {D2}", [f"doge:{D2}"], "tr: DOGE adresi"),
    (f"Solana: {S1}", [f"sol:{S1}"], "en: Solana"),
    (f"https://solscan.io/account/{S2}", [f"sol:{S2}"], "en: solscan URL"),
    (f"BTC {BT1}\nETH {E1}\nUSDT-TRC20 {T1}", [f"btc:{BT1}", _e(E1), f"trx:{T1}"], "en: three chains"),
    (f"比特币地址：{BT3}，以太坊：{E2}", [f"btc:{BT3}", _e(E2)], "zh: two chains, full-width comma"),
    (f"ビットコイン送金先：{BT2}", [f"btc:{BT2}"], "ja: label"),
    (f"비트코인 주소: {BT5}", [f"btc:{BT5}"], "ko: label"),
    (f"عنوان البيتكوين: {BT1}", [f"btc:{BT1}"], "ar: label"),
    (f"آدرس تتر ترون: {T2}", [f"trx:{T2}"], "fa: label"),
    (f"כתובת ביטקוין: {BT4}", [f"btc:{BT4}"], "he: label"),
    (f"बिटकॉइन पता: {BT3}", [f"btc:{BT3}"], "hi: label"),
    (f"ที่อยู่ USDT (TRC20): {T3}", [f"trx:{T3}"], "th: label"),
    (f"Ví USDT TRC20: {T1} — phí 1 USDT", [f"trx:{T1}"], "vi: label with fee"),
    (f"Alamat dompet ETH: {E4}", [_e(E4)], "id: label"),
    (f"Ipadala sa BTC wallet: {BT2}", [f"btc:{BT2}"], "tl: label"),
    (f"Anwani ya BTC: {BT5}", [f"btc:{BT5}"], "sw: label"),
    (f"Διεύθυνση ETH: {E3}", [_e(E3)], "el: label"),
    (f"BTC-cím: {BT1}", [f"btc:{BT1}"], "hu: label"),
    (f"Adresa portofel: {BT3}. Mulțumesc!", [f"btc:{BT3}"], "ro: trailing full stop"),
    (f"Plånbok (ETH): {E2}.", [_e(E2)], "sv: trailing full stop"),
    (f"Adresse du portefeuille :\n{BT1[:17]}\n{BT1[17:]}", [f"btc:{BT1}"], "fr: address split over two lines"),
    (f"ETH: {E1[:22]} {E1[22:]}", [_e(E1)], "en: address split by a space"),
    (f"`{BT3}`", [f"btc:{BT3}"], "en: markdown code span"),
    (f'{{"btc": "{BT2}", "amount": 0.01}}', [f"btc:{BT2}"], "en: JSON"),
    (f"▇▇ ▄▄ ▇▇ [QR]\n{T3}\n▇▇ ▄▄ ▇▇", [f"trx:{T3}"], "en: under QR art"),
    (f"BTC：{BT1}（扫码付款）", [f"btc:{BT1}"], "zh: full-width colon and brackets"),
    (f"bc1: {BT3.upper()}", [f"btc:{BT3}"], "en: upper-case bech32"),
    (f"Send to {E2.lower()} (not ENS alice.eth)", [_e(E2)], "en: lower case with ENS distractor"),
    (f"USDT: {T2}\nor ETH {E4}", [f"trx:{T2}", _e(E4)], "en: two chains"),
    (f"btc\u200b: {BT5}", [f"btc:{BT5}"], "en: zero-width in label"),
    (
        f"SOL 💜 {S1} | tx {base58.b58encode(hashlib.sha512(b'clew-b12-soltx').digest()).decode()}",
        [f"sol:{S1}"],
        "en: Solana beside a 64-byte signature",
    ),
    (f"Кошелёк: {L1}, комиссия 0.001 LTC", [f"ltc:{L1}"], "ru: LTC with fee"),
    (f"Portfel DOGE: {D1} 🚀", [f"doge:{D1}"], "pl: DOGE"),
    (f"Wallet: https://blockchair.com/bitcoin/address/{BT2}?from=ad", [f"btc:{BT2}"], "en: blockchair URL"),
    # negatives
    (f"TxID: {TXH}", [], "en: bare tx hash (neg)"),
    (f"BTC: {_bad(BT1)}", [], "en: broken base58 checksum (neg)"),
    (f"bc1 address: {_bad(BT3)}", [], "en: broken bech32 checksum (neg)"),
    (f"USDT TRC20: {_bad(T1)}", [], "en: broken TRON checksum (neg)"),
    (f"Hash: 0x{TXH2}", [], "en: 32-byte hex tx hash (neg)"),
    (f"Send to {BT1[:6]}…{BT1[-4:]} (truncated)", [], "en: truncated address (neg)"),
    (
        "ENS: alice-b12.eth, IPFS: bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
        [],
        "en: ENS and CID (neg)",
    ),
    ("IBAN DE89 3704 0044 0532 0130 00, Ref 0x7F3A", [], "de: IBAN and short hex (neg)"),
]


def _records(kind: str, rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    out = []
    for i, row in enumerate(rows, 1):
        text, expected, note = row[0], row[1], row[2]
        rec: dict[str, Any] = {"id": f"b12-{kind}-{i:03d}", "batch": 12, "text": text}
        if len(row) > 3 and row[3]:
            rec["country"] = row[3]
        rec["expected"] = expected
        rec["note"] = note
        out.append(rec)
    return out


def main() -> None:
    for kind, rows in (
        ("phone", PHONE),
        ("email", EMAIL),
        ("handle", HANDLE),
        ("payment", PAYMENT),
        ("crypto", CRYPTO),
        ("age", AGE),
    ):
        recs = _records(kind, rows)
        with (OUT / f"{kind}.jsonl").open("w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(kind, len(recs), sum(1 for r in recs if not r["expected"]))


if __name__ == "__main__":
    main()
