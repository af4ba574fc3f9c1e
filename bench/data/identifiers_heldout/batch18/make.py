"""Generate batch 18 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch18/<type>.jsonl).

    python bench/data/identifiers_heldout/batch18/make.py

Why an eighteenth batch: batches up to 17 have been scored and studied, so they no longer measure text
nobody tuned for.  Batch 18 was written blind by an author who read only issue 3, PRODUCT.md's data
contract, the scorer, the first lines of batch 7's files (record format) and the docstrings of batches 7
to 17 (to choose *other* cases).  No extractor code, generated docs, tests or held-out records were read.

Everyday posts first -- marketplace listings (used cars, rooms, furniture), Telegram channel posts,
WhatsApp group forwards, job-board posts for farms, kitchens, care homes and cruise ships, forum threads,
OCR'd flyer text -- with the identifier placed naturally and look-alikes beside it, in 30+ languages and
18+ scripts (Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Gujarati, Gurmukhi, Telugu,
Tamil, Thai, Lao, Myanmar, Georgian, Armenian, Ethiopic, Han, kana, Hangul), and a minority of disguises
a person decodes at a glance:
- phones: a number read out as "area code / exchange / line" labels, groups on three lines of a flyer,
  a number with its digits spaced by dots and thin spaces, digits of Gujarati, Gurmukhi, Telugu, Lao and
  Myanmar script in diaspora ads, "zero" spelt as the letter O in one group, a number between a VIN and
  a mileage, a number next to a postcode and a rent, the fictional UK / FR / AU ranges in local
  notation in Welsh, Breton, Maltese, Tagalog and Vietnamese ads; negatives with VINs, IMEIs, SKUs,
  invoice numbers, bank sort codes and timetables.
- e-mail: Hungarian "kukac", Czech "zavináč", Dutch "apenstaartje", Italian "chiocciola", Hebrew
  "שטרודל", Greek "παπάκι", spelt-out words inside brackets of several kinds, addresses in job-board
  "Apply to" lines, WhatsApp forwards in *bold*, two addresses per text; negatives with npm scopes,
  docker images, masked addresses and "@" in times.
- handles: platforms named in local script (تلگرام, טלגרם, ტელეგრამი, Տելեգրամ, テレグラム, 텔레그램,
  インスタ, ইনস্টা), "DM on", "add me on", profile URLs, several platforms per post; negatives with
  decorators, hashtags, e-mail addresses and invite links.
- payment: deposits for rooms and "bookings" in US / UK / EU diaspora ads, Cash App / Venmo /
  PayPal.me / Revolut named in several languages, next to prices and order numbers; negatives with
  stock tickers, prices and unscored platforms.
- crypto: BTC (P2PKH, P2SH, P2WPKH, P2TR), ETH (EIP-55 and lower case), TRON, LTC, DOGE and SOL,
  with payloads from sha256 of fixed seed strings and the real base58check / bech32(m) / EIP-55
  checksums, so they are checksum-valid but belong to no known key; negatives with tx hashes, a
  mutated checksum, an IBAN and a UUID.
- age: ages in profile lines, job requirements in reverse ("looking for girls 18-25" is not an age of
  the poster), "turned 21", ages beside heights, weights, dress sizes, prices and dates.

About 15 % of each type are negatives (``"expected": []``).  Fictional contact data only (NA 555-01xx,
UK 020 7946 0xxx / 0161 496 0xxx, FR 01 99 00 xx xx, AU 0491 570 1xx; example.com/.org/.net; made-up
handles).  Every record has "batch": 18.
"""

# ruff: noqa: E501  (records are data: one record per line reads better than wrapped strings)
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import base58
import bech32
from Crypto.Hash import RIPEMD160, keccak

OUT = Path(__file__).resolve().parent
ZW = "\u200b"
THIN = "\u2009"


def nd(s: str, zero: int) -> str:
    """Write the ASCII digits of `s` in the script whose digit zero is code point `zero`."""
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in s)


GU, PA, TE, LO, MY, TA, BN, DEV, AR, FA, TH = (
    0x0AE6,
    0x0A66,
    0x0C66,
    0x0ED0,
    0x1040,
    0x0BE6,
    0x09E6,
    0x0966,
    0x0660,
    0x06F0,
    0x0E50,
)


# ---------------------------------------------------------------- crypto helpers
def _h(seed: str) -> bytes:
    return hashlib.sha256(("clew-b18:" + seed).encode()).digest()


def h160(seed: str) -> bytes:
    return RIPEMD160.new(_h(seed)).digest()


def b58c(version: int, payload: bytes) -> str:
    return base58.b58encode_check(bytes([version]) + payload).decode()


def btc_p2pkh(seed: str) -> str:
    return b58c(0x00, h160(seed))


def btc_p2sh(seed: str) -> str:
    return b58c(0x05, h160(seed))


def btc_wpkh(seed: str) -> str:
    return bech32.encode("bc", 0, h160(seed))


def btc_tr(seed: str) -> str:
    return bech32.encode("bc", 1, _h(seed))


def ltc_l(seed: str) -> str:
    return b58c(0x30, h160(seed))


def ltc_m(seed: str) -> str:
    return b58c(0x32, h160(seed))


def ltc_bech(seed: str) -> str:
    return bech32.encode("ltc", 0, h160(seed))


def doge(seed: str) -> str:
    return b58c(0x1E, h160(seed))


def trx(seed: str) -> str:
    return b58c(0x41, h160(seed))


def sol(seed: str) -> str:
    return base58.b58encode(_h(seed)).decode()


def eth_raw(seed: str) -> str:
    return keccak.new(digest_bits=256, data=_h(seed)).digest()[-20:].hex()


def eip55(addr_hex: str) -> str:
    h = keccak.new(digest_bits=256, data=addr_hex.encode()).hexdigest()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(addr_hex))


def eth(seed: str) -> str:
    return eip55(eth_raw(seed))


def mutate(addr: str) -> str:
    """Change one character in the middle so the checksum no longer holds."""
    i = len(addr) // 2
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    c = addr[i]
    repl = alphabet[(alphabet.index(c) + 1) % len(alphabet)] if c in alphabet else "2"
    return addr[:i] + repl + addr[i + 1 :]


# ---------------------------------------------------------------- phones
def phones() -> list[tuple[str, str | None, list[str], str]]:
    r: list[tuple[str, str | None, list[str], str]] = []
    a = r.append
    a(
        (
            "2014 Honda Civic, 87k miles, clean title, $9,800 obo. VIN 2HGFC2F59EH512345. Text Mike 312-555-0142, no lowballers.",
            "US",
            ["+13125550142"],
            "en: marketplace car listing, number between VIN and price",
        )
    )
    a(
        (
            "Room for rent in Astoria, $1,150/mo + utilities, available 12/01. Call or text (646) 555-0177 after 6pm. Zip 11102.",
            "US",
            ["+16465550177"],
            "en: room listing beside rent, date and zip",
        )
    )
    a(
        (
            "Area code: 415\nExchange: 555\nLine: 0163\nAsk for Jenny, weekdays only",
            "US",
            ["+14155550163"],
            "en: number given as labelled area code / exchange / line",
        )
    )
    a(
        (
            "NOW HIRING — KITCHEN STAFF\nCall\n713\n555\n0118\nPay weekly $15/hr",
            "US",
            ["+17135550118"],
            "en: OCR'd flyer, groups on three lines",
        )
    )
    a(
        (
            "Se busca ayudante de cocina, pago semanal. Llama al 3 0 5 . 5 5 5 . 0 1 2 9 y pregunta por Doña Marta.",
            "US",
            ["+13055550129"],
            "es: spaced digits with spaced dots",
        )
    )
    a(
        (
            "Vendo sofá cama seminuevo 🛋️ $200. WhatsApp: +1 (305) 555-0104 • Hialeah • no envío",
            "US",
            ["+13055550104"],
            "es: marketplace listing with bullets",
        )
    )
    a(
        (
            "Precisa-se de diarista em Newark, $140 por dia. Zap: 973 555 0136 (falar com Cida)",
            "US",
            ["+19735550136"],
            "pt-BR: diaspora job ad, Zap",
        )
    )
    a(
        (
            "Cherche nounou à Montréal, 25 h/semaine, 18 $/h. Texto au 514-555-0191 svp, pas d'appels après 21 h.",
            "CA",
            ["+15145550191"],
            "fr-CA: nanny job ad",
        )
    )
    a(
        (
            "Toronto 🇨🇦 apartment cleaning team hiring. Message 416 555 0155 on WhatsApp. Start Monday, $22/hr.",
            "CA",
            ["+14165550155"],
            "en: Canadian job post",
        )
    )
    a(
        (
            "Wir suchen Erntehelfer für British Columbia (Saison Mai–Sept.). Infos unter +1 604 555 0107, Ansprechpartner Herr Kraus.",
            None,
            ["+16045550107"],
            "de: seasonal farm job, international format",
        )
    )
    a(
        (
            "Поможем с работой в Чикаго, жильё предоставляем. Звоните: +1 312 555 01 23 (Виктор), только Viber.",
            None,
            ["+13125550123"],
            "ru: pair grouping at the end",
        )
    )
    a(
        (
            "Робота в США для жінок, догляд за літніми людьми, $3000/міс. Телефон: 1-206-555-0186",
            None,
            ["+12065550186"],
            "uk: care job, 1- prefix",
        )
    )
    a(
        (
            "Szukam pracy jako opiekunka w Chicago. Mój numer: (773) 555–0149, dzwonić po 17:00.",
            "US",
            ["+17735550149"],
            "pl: en dash",
        )
    )
    a(
        (
            "Caut femei pentru curățenie în Queens, plata $20/oră. Sunați la 718.555.0112 sau WhatsApp același număr.",
            "US",
            ["+17185550112"],
            "ro: dotted NA number",
        )
    )
    a(
        (
            "*🔥 توظيف فوري 🔥*\nمطلوب عاملات نظافة في هيوستن\nللتواصل واتساب: ‎+1 713 555 0171‎\n_تم إعادة التوجيه_",
            None,
            ["+17135550171"],
            "ar: WhatsApp forward with LRM marks",
        )
    )
    a(("کار در تورنتو، حقوق هفتگی. تماس: " + nd("416-555-0108", FA), "CA", ["+14165550108"], "fa: Persian digits"))
    a(
        (
            "ملازمت نیویارک میں، رہائش مفت۔ فون: " + nd("212 555 0137", AR),
            "US",
            ["+12125550137"],
            "ur: Arabic-Indic digits",
        )
    )
    a(("ન્યુ જર્સીમાં મોટેલ માટે સ્ટાફ જોઈએ. ફોન: " + nd("201-555-0165", GU), "US", ["+12015550165"], "gu: Gujarati digits"))
    a(("ਕੈਲਗਰੀ ਵਿੱਚ ਟਰੱਕ ਡਰਾਈਵਰ ਚਾਹੀਦੇ ਹਨ। ਸੰਪਰਕ: " + nd("403 555 0174", PA), "CA", ["+14035550174"], "pa: Gurmukhi digits"))
    a(("డల్లాస్‌లో ఇంటి పని కోసం మహిళలు కావాలి. కాల్ చేయండి: " + nd("214-555-0196", TE), "US", ["+12145550196"], "te: Telugu digits"))
    a(("ຕ້ອງການແມ່ບ້ານ ຢູ່ ມິນນີໂຊຕາ. ໂທ: " + nd("612 555 0131", LO), "US", ["+16125550131"], "lo: Lao digits"))
    a(
        (
            "ကယ်လီဖိုးနီးယားတွင် စားသောက်ဆိုင်ဝန်ထမ်း လိုအပ်သည်။ ဖုန်း " + nd("408-555-0119", MY),
            "US",
            ["+14085550119"],
            "my: Myanmar digits",
        )
    )
    a(
        (
            "நியூ ஜெர்சியில் வீட்டு வேலை. அழைக்கவும்: 732-555-0153 (மாலை 6 மணிக்கு பிறகு)",
            "US",
            ["+17325550153"],
            "ta: ASCII digits in Tamil ad with a time",
        )
    )
    a(
        (
            "নিউইয়র্কে রেস্টুরেন্টে কাজ, থাকা খাওয়া ফ্রি। যোগাযোগ: " + nd("347 555 0102", BN),
            "US",
            ["+13475550102"],
            "bn: Bengali digits",
        )
    )
    a(("ต้องการพนักงานนวด ลาสเวกัส รายได้ดี โทร 702-555-0147 ไลน์ก็ได้", "US", ["+17025550147"], "th: ASCII digits in Thai ad"))
    a(
        (
            "Cần thợ nail ở Houston, bao ăn ở. Gọi 832 555 O1O9 (chị Hạnh).",
            "US",
            ["+18325550109"],
            "vi: letter O for zero in last group",
        )
    )
    a(
        (
            "Dicari TKW untuk kerja di Los Angeles, gaji $2500. Hubungi: +1-213-555-0183 (WA only)",
            None,
            ["+12135550183"],
            "id: hyphenated international",
        )
    )
    a(
        (
            "Kailangan ng caregiver sa San Diego. Tumawag sa 619-555-0125, hanapin si Ate Joy.",
            "US",
            ["+16195550125"],
            "tl: caregiver ad",
        )
    )
    a(
        (
            "Tunatafuta madereva huko Atlanta. Piga simu: 404 555 0161, mshahara mzuri.",
            "US",
            ["+14045550161"],
            "sw: driver job",
        )
    )
    a(
        (
            "芝加哥中餐馆招聘厨师，包吃住，月薪$4500。电话：312‑555‑0138 王先生",
            "US",
            ["+13125550138"],
            "zh: non-breaking hyphens",
        )
    )
    a(
        (
            "ロサンゼルスでの日本食レストラン スタッフ募集。時給$18〜。お電話は（213）555-0144まで。",
            "US",
            ["+12135550144"],
            "ja: full-width brackets",
        )
    )
    a(
        (
            "뉴욕 네일샵 직원 구함. 숙소 제공. 연락처: 917.555.0157 (문자 환영)",
            "US",
            ["+19175550157"],
            "ko: dotted number",
        )
    )
    a(
        (
            "Δουλειά σε εστιατόριο στη Βοστώνη. Τηλ.: 617 555 0114, κ. Γιώργος.",
            "US",
            ["+16175550114"],
            "el: restaurant job",
        )
    )
    a(("דרושה מטפלת בניו יורק. טלפון: 718-555-0176 (אפשר גם וואטסאפ)", "US", ["+17185550176"], "he: care job"))
    a(("ნიუ-იორკში სამუშაო ქალებისთვის. დარეკეთ: 929 555 0188", "US", ["+19295550188"], "ka: Georgian ad"))
    a(("Աշխատանք Լոս Անջելեսում, վարորդներ. Զանգահարել՝ 818-555-0126", "US", ["+18185550126"], "hy: Armenian ad"))
    a(("በዋሽንግተን ዲሲ የቤት ሰራተኛ ይፈለጋል። ስልክ፦ 202 555 0193", "US", ["+12025550193"], "am: Ethiopic ad"))
    a(("Ana neman ma'aikata a Houston. Kira: 281-555-0133", "US", ["+12815550133"], "ha: Hausa job ad"))
    a(
        (
            "Cyfle gwaith yng Nghaerdydd — ffoniwch 020 7946 0521 neu e-bostiwch ni.",
            "GB",
            ["+442079460521"],
            "cy: Welsh ad, UK London drama number",
        )
    )
    a(
        (
            "Cleaners wanted Manchester, £11.50/hr, cash weekly. Ring 0161 496 0734 — ask for Dave. Postcode M1 2AB.",
            "GB",
            ["+441614960734"],
            "en-GB: number next to pay and postcode",
        )
    )
    a(
        (
            "Xogħol f'Londra għal nisa, akkomodazzjoni inkluża. Ċemplu +44 20 7946 0388.",
            None,
            ["+442079460388"],
            "mt: Maltese ad, UK international",
        )
    )
    a(
        (
            "Offre d'emploi serveuse à Paris 11e, 1 800 € net. Tél : 01 99 00 42 17 (après 14 h)",
            "FR",
            ["+33199004217"],
            "fr: FR fictional range with salary",
        )
    )
    a(
        (
            "Labour war-vor e Brest, klaskomp tud da labourat. Pellgomz: 01.99.00.53.81",
            "FR",
            ["+33199005381"],
            "br: Breton ad, dotted FR number",
        )
    )
    a(("Cần người làm nail ở Sydney, lương cao. Gọi 0491 570 156 nhé", "AU", ["+61491570156"], "vi: AU mobile fiction"))
    a(
        (
            "Cleaners needed Melbourne CBD, $28/hr ABN ok. Txt 0491-570-117. Ref job #4471.",
            "AU",
            ["+61491570117"],
            "en-AU: job ad with ref",
        )
    )
    a(
        (
            "Tel. +61 491 570 142 / alt. +61 491 570 199 — Brisbane office, Mon–Fri 9–5",
            None,
            ["+61491570142", "+61491570199"],
            "en-AU: two numbers in a footer",
        )
    )
    a(
        (
            "Office: (312) 555-0100 ext. 204 | Cell: (312) 555-0199 | Fax: none",
            "US",
            ["+13125550100", "+13125550199"],
            "en: signature with extension",
        )
    )
    a(
        (
            "📣 Channel digest\n1) Cleaning Bronx — 718 555 0166\n2) Warehouse NJ — 201 555 0172\n3) Nanny Queens — 347 555 0103",
            "US",
            ["+17185550166", "+12015550172", "+13475550103"],
            "en: Telegram channel digest with three numbers",
        )
    )
    a(
        (
            "Call me 📞 312" + ZW + "555" + ZW + "0151 anytime baby",
            "US",
            ["+13125550151"],
            "en: zero-width spaces between groups",
        )
    )
    a(("text 6️⃣4️⃣6️⃣ 5️⃣5️⃣5️⃣ 0️⃣1️⃣3️⃣2️⃣ for bookings 💋", "US", ["+16465550132"], "en: keycap emoji"))
    a(("new girl in town 💕 3 1 2 🌹 5 5 5 🌹 0 1 8 4", "US", ["+13125550184"], "en: roses between groups"))
    a(
        (
            "Chiamami al +1 " + THIN.join(["305", "555", "0115"]) + ", parlo italiano e spagnolo.",
            None,
            ["+13055550115"],
            "it: thin spaces",
        )
    )
    a(
        (
            "Zoek werk in Florida? Bel mij: +1 954 555 0145 (ook WhatsApp). Geen kosten vooraf!",
            None,
            ["+19545550145"],
            "nl: job ad",
        )
    )
    a(
        (
            "İş ilanı: New Jersey'de temizlik işi. Tel: +1 973 555 0179, haftalık ödeme.",
            None,
            ["+19735550179"],
            "tr: job ad",
        )
    )
    a(("Práce v USA pro řidiče, volejte +1 630 555 0128, mluvíme česky.", None, ["+16305550128"], "cs: job ad"))
    a(("Munka Kanadában, szállással. Hívjon: +1 (905) 555-0164", None, ["+19055550164"], "hu: job ad"))
    # negatives
    a(
        (
            "2019 Toyota RAV4, VIN JTMB1RFV5KD012345, 41,200 mi, asking $24,500. Stock #555014.",
            "US",
            [],
            "neg: VIN, mileage, price, stock number",
        )
    )
    a(
        (
            "Invoice INV-3125550142 paid on 2026-11-03; amount $1,204.55.",
            "US",
            [],
            "neg: invoice number with phone-like run",
        )
    )
    a(("IMEI 356938035643809, 128 GB, battery 91 %. Pick-up only.", "US", [], "neg: IMEI"))
    a(("Sort code 20-79-46, account 05210388. Reference: RENT NOV.", "GB", [], "neg: UK sort code and account"))
    a(("Bus 312 departs 05:55, 06:15, 07:42; platform 01-42.", "US", [], "neg: timetable"))
    a(("SKU 4155550163-BLK · size 38 · 49,99 €", None, [], "neg: SKU"))
    a(("Tracking: 1Z 999 AA1 01 2345 6784 — delivered 11/29 at 2:14 pm", "US", [], "neg: UPS tracking"))
    a(("ISBN 978-3-16-148410-0, 2nd edition, 312 pages, $55.50", None, [], "neg: ISBN, pages, price"))
    a(("Coordinates 40.7128, -74.0060 · elevation 10 m · 555 steps", None, [], "neg: coordinates"))
    return r


# ---------------------------------------------------------------- e-mail
def emails() -> list[tuple[str, str | None, list[str], str]]:
    r: list[tuple[str, str | None, list[str], str]] = []
    a = r.append
    a(
        (
            "Apply to: hiring.chicago@example.com — include CV and availability. Deadline 15 Dec.",
            None,
            ["hiring.chicago@example.com"],
            "en: job-board apply line",
        )
    )
    a(
        (
            "Jelentkezés: munka.kanada kukac example pont com (tárgy: ápoló)",
            None,
            ["munka.kanada@example.com"],
            "hu: kukac / pont",
        )
    )
    a(
        (
            "Životopisy posílejte na prace.usa zavináč example tečka org",
            None,
            ["prace.usa@example.org"],
            "cs: zavináč / tečka",
        )
    )
    a(("Mail ons: vacatures apenstaartje example punt net", None, ["vacatures@example.net"], "nl: apenstaartje / punt"))
    a(
        (
            "Scrivete a lavoro.estero chiocciola example punto com per il colloquio",
            None,
            ["lavoro.estero@example.com"],
            "it: chiocciola / punto",
        )
    )
    a(("לפרטים: jobs.abroad שטרודל example נקודה com", None, ["jobs.abroad@example.com"], "he: שטרודל / נקודה"))
    a(
        (
            "Στείλτε βιογραφικό: ergasia.ellada παπάκι example τελεία org",
            None,
            ["ergasia.ellada@example.org"],
            "el: παπάκι / τελεία",
        )
    )
    a(("Contact: maria.ruiz {at} example {dot} com", None, ["maria.ruiz@example.com"], "en: braces"))
    a(("reach me → lily_rose <at> example <dot> net", None, ["lily_rose@example.net"], "en: angle brackets"))
    a(
        (
            "e-mail: nanny.agency (arroba) example (punto) org — respondemos en 24 h",
            None,
            ["nanny.agency@example.org"],
            "es: arroba / punto in brackets",
        )
    )
    a(
        (
            "Envie currículo para: vagas.eua arroba example ponto com",
            None,
            ["vagas.eua@example.com"],
            "pt-BR: arroba / ponto",
        )
    )
    a(
        (
            "*📌 ВАКАНСИЯ*\nОфициантки в Дубай\nРезюме на *rabota.dubai@example.com*\n_Переслано_",
            None,
            ["rabota.dubai@example.com"],
            "ru: WhatsApp forward, bold markers around address",
        )
    )
    a(("Пишіть на пошту: robota.polsha@example.net або дзвоніть.", None, ["robota.polsha@example.net"], "uk: plain"))
    a(("CV-urile la: munca.germania[@]example[.]com", None, ["munca.germania@example.com"], "ro: bracketed @ and ."))
    a(
        (
            "Aplikacje prosimy kierować na adres praca (małpa) example (kropka) org",
            None,
            ["praca@example.org"],
            "pl: małpa / kropka",
        )
    )
    a(
        (
            "Bewerbungen bitte an personal(at)example(punkt)com, Betreff „Pflege“.",
            None,
            ["personal@example.com"],
            "de: (at) / (punkt) without spaces",
        )
    )
    a(
        (
            "Candidatures : recrutement.paris arobase example point net, avant le 20/12.",
            None,
            ["recrutement.paris@example.net"],
            "fr: arobase / point",
        )
    )
    a(("Başvuru: is.ilani@example.com (sadece kadın adaylar)", None, ["is.ilani@example.com"], "tr: plain"))
    a(("للتقديم أرسل سيرتك الذاتية إلى: jobs.gulf@example.org", None, ["jobs.gulf@example.org"], "ar: plain in RTL"))
    a(("رزومه خود را به آدرس kar.dubai@example.com ارسال کنید.", None, ["kar.dubai@example.com"], "fa: plain in RTL"))
    a(("अपना बायोडाटा भेजें: naukri.videsh@example.com या व्हाट्सऐप करें", None, ["naukri.videsh@example.com"], "hi: plain"))
    a(("ইমেইল করুন: kaj.malaysia এট example ডট com", None, ["kaj.malaysia@example.com"], "bn: এট / ডট"))
    a(("ส่งประวัติมาที่ ngan.japan แอท example ดอท com", None, ["ngan.japan@example.com"], "th: แอท / ดอท"))
    a(
        (
            "Gửi CV về: viec.lam.nhat@example.com trước ngày 10/12 nhé!",
            None,
            ["viec.lam.nhat@example.com"],
            "vi: trailing exclamation later",
        )
    )
    a(
        (
            "Kirim lamaran ke: loker.taiwan@example.net. Terima kasih.",
            None,
            ["loker.taiwan@example.net"],
            "id: trailing full stop",
        )
    )
    a(("Ipadala ang resume sa hiring.ph@example.com, salamat po!", None, ["hiring.ph@example.com"], "tl: comma after"))
    a(("Tuma maombi kupitia kazi.qatar@example.org kabla ya Ijumaa.", None, ["kazi.qatar@example.org"], "sw: plain"))
    a(
        (
            "简历请发送至：zhaopin_sh@example.com（注明岗位）",
            None,
            ["zhaopin_sh@example.com"],
            "zh: full-width brackets after",
        )
    )
    a(
        (
            "応募はこちら：boshu.tokyo＠example.com（＠を半角に）",
            None,
            ["boshu.tokyo@example.com"],
            "ja: full-width at with instruction",
        )
    )
    a(("이력서는 gujik.seoul@example.net 으로 보내주세요.", None, ["gujik.seoul@example.net"], "ko: particle after"))
    a(("მოგვწერეთ: samushao.ge@example.com", None, ["samushao.ge@example.com"], "ka: plain"))
    a(("Գրեք մեզ՝ ashkhatanq.am@example.org", None, ["ashkhatanq.am@example.org"], "hy: plain"))
    a(("ኢሜይል፦ sira.dubai@example.com", None, ["sira.dubai@example.com"], "am: plain"))
    a(("Contactez-nous : Agence.Nounou@Example.COM", None, ["agence.nounou@example.com"], "fr: mixed case"))
    a(
        (
            'From: "Kasia Nowak" <kasia.nowak@example.net>\nTo: recruit@example.com\nSubject: Re: oferta',
            None,
            ["kasia.nowak@example.net", "recruit@example.com"],
            "pl: mail header with display name",
        )
    )
    a(
        (
            "> On Mon, 30 Nov 2026, Tom <tom.h@example.org> wrote:\n> send it to billing@example.org please",
            None,
            ["tom.h@example.org", "billing@example.org"],
            "en: quoted reply",
        )
    )
    a(
        (
            "Best regards,\nAnna Lind | HR\nanna.lind@example.com | +1 312 555 0140 | www.example.com",
            None,
            ["anna.lind@example.com"],
            "en: signature with phone and URL",
        )
    )
    a(
        (
            "dm me or email kitty.paris" + ZW + "@example.com 😘",
            None,
            ["kitty.paris@example.com"],
            "en: zero-width space before @",
        )
    )
    a(("my email: sophie.m at example dot org (no spam pls)", None, ["sophie.m@example.org"], "en: bare at / dot"))
    a(("ｍｉｋａ．ｋ＠ｅｘａｍｐｌｅ．ｃｏｍ", None, ["mika.k@example.com"], "ja: full-width address"))
    a(("email: nаtalia.work@example.com", None, ["natalia.work@example.com"], "en: Cyrillic а in local part"))
    a(("contact — roxy dot vip at example dot net", None, ["roxy.vip@example.net"], "en: dot inside local part"))
    a(
        (
            "Write to\njulia.casting@\nexample.com\nfor the casting",
            None,
            ["julia.casting@example.com"],
            "en: address broken after @",
        )
    )
    a(
        (
            "Apply: ops@example.com / cc: manager.ops@example.com",
            None,
            ["ops@example.com", "manager.ops@example.com"],
            "en: two addresses",
        )
    )
    a(("Yhteys: rekry.suomi (ät) example (piste) com", None, ["rekry.suomi@example.com"], "fi: ät / piste"))
    a(
        (
            "Skriv till jobb.sverige snabel-a example punkt org",
            None,
            ["jobb.sverige@example.org"],
            "sv: snabel-a / punkt",
        )
    )
    a(("Pošaljite CV na posao.bec@example.com do petka.", None, ["posao.bec@example.com"], "hr: plain"))
    a(("Изпратете CV на rabota.ispaniya@example.net", None, ["rabota.ispaniya@example.net"], "bg: plain"))
    a(("Pošlite životopis: praca.rakusko@example.org.", None, ["praca.rakusko@example.org"], "sk: trailing dot"))
    a(("Bizga yozing: ish.koreya@example.com", None, ["ish.koreya@example.com"], "uz: plain"))
    a(("Email: ADMIN.CLUB@EXAMPLE.NET", None, ["admin.club@example.net"], "en: all caps"))
    a(("mailto:booking.lux@example.com?subject=Tonight", None, ["booking.lux@example.com"], "en: mailto with subject"))
    # negatives
    a(("npm i @example/utils@2.4.1 && docker pull example/app@sha256:abc123", None, [], "neg: npm scope and docker"))
    a(("Meet @ 9pm at the station, bring the papers.", None, [], "neg: @ for a time"))
    a(("Email: a***@e***.com (hidden until you sign up)", None, [], "neg: masked address"))
    a(("icon@2x.png, logo@3x.png in the /assets folder", None, [], "neg: retina file names"))
    a(("git clone git@github.example:team/repo.git", None, [], "neg: ssh git remote without TLD-like domain"))
    a(("@media (max-width: 600px) { .ad { display: none } }", None, [], "neg: CSS at-rule"))
    a(("Follow @example_com on IG for updates", None, [], "neg: handle that looks like a domain"))
    a(
        (
            "Order confirmation #EX-20261130 sent to the address on file (example.com account)",
            None,
            [],
            "neg: domain without an address",
        )
    )
    a(("Price: 3 @ $10 each, total $30", None, [], "neg: @ as 'each'"))
    return r


# ---------------------------------------------------------------- handles
def handles() -> list[tuple[str, str | None, list[str], str]]:
    r: list[tuple[str, str | None, list[str], str]] = []
    a = r.append
    a(("Telegram: @nina_jobs_usa — вакансии каждый день", None, ["telegram:nina_jobs_usa"], "ru: Telegram label"))
    a(("پیام در تلگرام: @kar_canada", None, ["telegram:kar_canada"], "fa: تلگرام"))
    a(("לפרטים בטלגרם: @avoda_israel", None, ["telegram:avoda_israel"], "he: בטלגרם"))
    a(("მომწერეთ ტელეგრამში: @tbilisi_work", None, ["telegram:tbilisi_work"], "ka: ტელეგრამში"))
    a(("Գրեք Տելեգրամով՝ @yerevan_jobs", None, ["telegram:yerevan_jobs"], "hy: Տելեգրամով"))
    a(("テレグラムID：tokyo_staff88", None, ["telegram:tokyo_staff88"], "ja: テレグラムID"))
    a(("텔레그램 아이디: seoul_night", None, ["telegram:seoul_night"], "ko: 텔레그램 아이디"))
    a(("ইনস্টাগ্রাম: @dhaka_model_bd", None, ["instagram:dhaka_model_bd"], "bn: ইনস্টাগ্রাম"))
    a(("インスタ→ @yuki.photo_", None, ["instagram:yuki.photo_"], "ja: インスタ with arrow"))
    a(("انستقرام: @dubai_models_ae", None, ["instagram:dubai_models_ae"], "ar: انستقرام"))
    a(
        (
            "Join our channel t.me/jobs_europe_daily for new offers every morning",
            None,
            ["telegram:jobs_europe_daily"],
            "en: t.me link in a sentence",
        )
    )
    a(
        (
            "https://www.instagram.com/maria.nails.nyc/ — book through DM",
            None,
            ["instagram:maria.nails.nyc"],
            "en: instagram URL with trailing slash",
        )
    )
    a(("add me on snap: lexi_baee 👻", None, ["snapchat:lexi_baee"], "en: add me on snap"))
    a(("sc ~ candyyy_22", None, ["snapchat:candyyy_22"], "en: sc with tilde"))
    a(("kik me: hotmess_tina", None, ["kik:hotmess_tina"], "en: kik me"))
    a(("TikTok: @dance.with.mia", None, ["tiktok:dance.with.mia"], "en: TikTok label"))
    a(("tiktok.com/@lucia_vibes", None, ["tiktok:lucia_vibes"], "en: tiktok URL"))
    a(("OnlyFans: onlyfans.com/sweetpeach_xo 🍑", None, ["onlyfans:sweetpeach_xo"], "en: onlyfans URL"))
    a(
        (
            "Mi IG es @sofi.bellaa y mi telegram @sofi_bella",
            None,
            ["instagram:sofi.bellaa", "telegram:sofi_bella"],
            "es: two platforms",
        )
    )
    a(("Me chama no insta: @camila_bh_", None, ["instagram:camila_bh_"], "pt-BR: insta"))
    a(("Écris-moi sur Snapchat : chloe.lyon", None, ["snapchat:chloe.lyon"], "fr: Snapchat"))
    a(("Schreib mir auf Telegram: @lena_hamburg", None, ["telegram:lena_hamburg"], "de: Telegram"))
    a(("Scrivimi su Instagram: @giulia_mi", None, ["instagram:giulia_mi"], "it: Instagram"))
    a(("Stuur een DM op Insta: @eva.amsterdam", None, ["instagram:eva.amsterdam"], "nl: Insta"))
    a(("Napisz na Telegramie: @praca_holandia", None, ["telegram:praca_holandia"], "pl: Telegramie"))
    a(("Scrie-mi pe Telegram: @munca_italia", None, ["telegram:munca_italia"], "ro: Telegram"))
    a(("Пишіть у телеграм: @robota_chehiya", None, ["telegram:robota_chehiya"], "uk: телеграм lower case"))
    a(("Telegram'dan yaz: @istanbul_is", None, ["telegram:istanbul_is"], "tr: Telegram'dan"))
    a(("Nhắn Telegram cho mình: @viec_lam_dailoan", None, ["telegram:viec_lam_dailoan"], "vi: Telegram"))
    a(("DM aja di IG @jakarta.model", None, ["instagram:jakarta.model"], "id: IG"))
    a(("I-message mo ako sa Telegram: @trabaho_abroad", None, ["telegram:trabaho_abroad"], "tl: Telegram"))
    a(("Niandikie Telegram: @kazi_oman", None, ["telegram:kazi_oman"], "sw: Telegram"))
    a(("微信号：hua_jie_888", None, ["wechat:hua_jie_888"], "zh: 微信号"))
    a(("加LINE：@mei_tw520", None, ["line:mei_tw520"], "zh-TW: LINE"))
    a(("ไลน์ไอดี: noon_bkk", None, ["line:noon_bkk"], "th: ไลน์ไอดี"))
    a(("Skype: anna.recruit.eu", None, ["skype:anna.recruit.eu"], "en: Skype"))
    a(("Discord: velvet_room", None, ["discord:velvet_room"], "en: Discord"))
    a(("Signal: amy.42", None, ["signal:amy.42"], "en: Signal username with number suffix"))
    a(("facebook.com/jobs.abroad.agency", None, ["facebook:jobs.abroad.agency"], "en: facebook URL"))
    a(("👻 bella" + ZW + "_rose", None, ["snapchat:bella_rose"], "en: ghost emoji, zero-width in name"))
    a(("insta: @kаtya_model (copy exactly)", None, ["instagram:katya_model"], "en: Cyrillic а in username"))
    a(
        (
            "IG | TG | SC → all @jess_lux",
            None,
            ["instagram:jess_lux", "telegram:jess_lux", "snapchat:jess_lux"],
            "en: one name three platforms",
        )
    )
    a(
        (
            "IG: @roxy.b\nTG: @roxy_b\nOF: roxyb_vip",
            None,
            ["instagram:roxy.b", "telegram:roxy_b", "onlyfans:roxyb_vip"],
            "en: bio lines",
        )
    )
    a(
        (
            "Forwarded from Jobs Abroad 🌍 (@jobs_abroad_hub)\nCleaning staff needed in Prague",
            None,
            ["telegram:jobs_abroad_hub"],
            "en: Telegram forwarded-from line",
        )
    )
    a(
        (
            "[12:04] Anya: text me on telegram\n[12:04] Anya: anya_spb",
            None,
            ["telegram:anya_spb"],
            "en: chat export, name on next message",
        )
    )
    a(("Ιnstagram: @eleni_ath", None, ["instagram:eleni_ath"], "el: Greek capital iota in platform name"))
    a(("Для связи телега: @msk_rabota24", None, ["telegram:msk_rabota24"], "ru: телега"))
    a(("Müraciət üçün Telegram: @baki_is", None, ["telegram:baki_is"], "az: Telegram"))
    a(("ቴሌግራም: @addis_jobs", None, ["telegram:addis_jobs"], "am: ቴሌግራም"))
    a(("टेलीग्राम पर संपर्क करें: @naukri_dubai", None, ["telegram:naukri_dubai"], "hi: टेलीग्राम"))
    a(("my only contact is @mila_xo", None, ["unknown:mila_xo"], "en: no platform named"))
    a(
        (
            'Se vende bici de montaña, 26", $180. Más fotos en mi Insta @bici_usada_mx, precio fijo',
            None,
            ["instagram:bici_usada_mx"],
            "es: marketplace listing with price and wheel size",
        )
    )
    a(
        (
            "Tuyển nhân viên quán phở ở Houston, lương $15/giờ. Inbox Facebook: facebook.com/pho.houston.tuyendung",
            None,
            ["facebook:pho.houston.tuyendung"],
            "vi: job post with Facebook page",
        )
    )
    a(("Snap: @ tasha_luv", None, ["snapchat:tasha_luv"], "en: space after @"))
    # negatives
    a(("Use @Override and @staticmethod decorators where needed", None, [], "neg: code decorators"))
    a(("#jobs #dubai #nanny #hiring", None, [], "neg: hashtags only"))
    a(("Join the group: t.me/+AbCdEfGh123", None, [], "neg: Telegram private invite link"))
    a(("write to nina@example.com for details", None, [], "neg: e-mail address"))
    a(("@everyone meeting moved to 3pm", None, [], "neg: @everyone"))
    a(("Open 24/7 @ 12 Main St, Suite 4", None, [], "neg: @ as at an address"))
    a(("Post link: instagram.com/p/CxYz123AbC/", None, [], "neg: instagram post link"))
    a(("price 2 @ $40", None, [], "neg: @ in price"))
    a(("Linktree: linktr.ee/ — all my links in bio ✨", None, [], "neg: empty link-in-bio with no username"))
    return r


# ---------------------------------------------------------------- payment
def payments() -> list[tuple[str, str | None, list[str], str]]:
    r: list[tuple[str, str | None, list[str], str]] = []
    a = r.append
    a(
        (
            "Room deposit $200 via Cash App $rentnyc_jay before viewing. Rent $1,100/mo.",
            "US",
            ["cashapp:$rentnyc_jay"],
            "en: room deposit",
        )
    )
    a(("Booking fee 💵 $50 — CashApp: $honeyydoll", "US", ["cashapp:$honeyydoll"], "en: booking fee"))
    a(
        (
            "cash app me $mariiah305 for the deposit, then I send address",
            "US",
            ["cashapp:$mariiah305"],
            "en: cash app me",
        )
    )
    a(
        (
            "Depósito de $100 por Cash App: $lupita_tx, luego te mando la dirección",
            "US",
            ["cashapp:$lupita_tx"],
            "es: deposit",
        )
    )
    a(("Taxa de reserva $80 no CashApp $bia_boston", "US", ["cashapp:$bia_boston"], "pt-BR: CashApp"))
    a(("Depozit 150 $ pe Cash App: $ana_chicago", "US", ["cashapp:$ana_chicago"], "ro: Cash App"))
    a(("Предоплата $100 на кэшап $irina_ny", "US", ["cashapp:$irina_ny"], "ru: кэшап"))
    a(("Venmo: @kelly-nguyen-12 ($40 deposit)", "US", ["venmo:kelly-nguyen-12"], "en: Venmo with hyphens"))
    a(("send the deposit on venmo to lisa_m_atl", "US", ["venmo:lisa_m_atl"], "en: venmo to user"))
    a(("Pagá por Venmo: @caro-miami", "US", ["venmo:caro-miami"], "es: Venmo"))
    a(("Đặt cọc qua Venmo @thu-trang-9", "US", ["venmo:thu-trang-9"], "vi: Venmo"))
    a(("venmo.com/u/jenny_sd", "US", ["venmo:jenny_sd"], "en: venmo profile URL"))
    a(("PayPal: paypal.me/lauraescort", None, ["paypal:lauraescort"], "en: paypal.me"))
    a(
        (
            "Zahlung vorab über paypal.me/jobagentur24 (Bearbeitungsgebühr 80 €)",
            None,
            ["paypal:jobagentur24"],
            "de: paypal.me with fee",
        )
    )
    a(("Frais de dossier 150 € à régler sur paypal.me/agencenounou", None, ["paypal:agencenounou"], "fr: paypal.me"))
    a(("Opłata rekrutacyjna 300 zł: paypal.me/praca_nl", None, ["paypal:praca_nl"], "pl: paypal.me mixed case"))
    a(
        (
            "Taxa de inscrição: https://www.paypal.me/vagasportugal/50EUR",
            None,
            ["paypal:vagasportugal"],
            "pt: paypal.me with amount",
        )
    )
    a(("Πληρωμή μέσω PayPal: paypal.me/maria_gr", None, ["paypal:maria_gr"], "el: PayPal"))
    a(("Оплата через PayPal: paypal.me/rabota_eu (комиссия 50 €)", None, ["paypal:rabota_eu"], "ru: PayPal"))
    a(("Ödeme: paypal.me/isilan_tr", None, ["paypal:isilan_tr"], "tr: paypal.me"))
    a(("Revolut: @mariarev (revtag), deposit 100 EUR", None, ["revolut:mariarev"], "en: Revolut tag"))
    a(("Plata prin Revolut la @andreiro12", None, ["revolut:andreiro12"], "ro: Revolut"))
    a(("Wpłać zaliczkę na revolut.me/kasiaw", None, ["revolut:kasiaw"], "pl: revolut.me"))
    a(("Pay by Revolut: revolut.me/liamuk — £60 holding fee", "GB", ["revolut:liamuk"], "en-GB: revolut.me"))
    a(("Transfer via Revolut to @ioana_m, reference ROOM12", None, ["revolut:ioana_m"], "en: Revolut with reference"))
    a(("💲 C A S H A P P 💲 → $jadebby", "US", ["cashapp:$jadebby"], "en: spaced platform name"))
    a(("CashApp: $" + ZW + "tinyy_tee", "US", ["cashapp:$tinyy_tee"], "en: zero-width after $"))
    a(("cashapp：＄luna_mx", "US", ["cashapp:$luna_mx"], "en: full-width dollar and colon"))
    a(
        (
            "Payment options:\nCash App — $keyaa_\nVenmo — @keya-b\nPayPal — paypal.me/keyab",
            "US",
            ["cashapp:$keyaa_", "venmo:keya-b", "paypal:keyab"],
            "en: payment options list",
        )
    )
    a(
        (
            "tips ♡ cashapp $bunnybea / venmo bunny-bea",
            "US",
            ["cashapp:$bunnybea", "venmo:bunny-bea"],
            "en: tip jar footer",
        )
    )
    a(("https://cash.app/$dreamgirl88/50", "US", ["cashapp:$dreamgirl88"], "en: cash.app link with amount"))
    a(
        (
            "Deposit first. CA $sassyjess. Order #5531, total $120",
            "US",
            ["cashapp:$sassyjess"],
            "en: CA abbreviation beside order and price",
        )
    )
    a(("اول بیعانه: کش اپ $sara_la", "US", ["cashapp:$sara_la"], "fa: کش اپ"))
    a(("ادفع العربون عبر كاش آب: $noura_hou", "US", ["cashapp:$noura_hou"], "ar: كاش آب"))
    a(("डिपॉजिट कैश ऐप पर भेजें: $priya_nj", "US", ["cashapp:$priya_nj"], "hi: कैश ऐप"))
    a(("押金请用Cash App付：$lily_sf", "US", ["cashapp:$lily_sf"], "zh: Cash App"))
    a(("보증금은 벤모로: @sujin-la", "US", ["venmo:sujin-la"], "ko: 벤모"))
    a(("Ipadala ang deposit sa Venmo: @mae-cruz-1", "US", ["venmo:mae-cruz-1"], "tl: Venmo"))
    a(("Dépôt via Cash App : $manon_mtl", None, ["cashapp:$manon_mtl"], "fr: Cash App"))
    a(("Paypal-ом на paypal.me/oksanaua", None, ["paypal:oksanaua"], "uk: Paypal-ом"))
    a(("Thanh toán PayPal: paypal.me/hoa_nails", None, ["paypal:hoa_nails"], "vi: PayPal"))
    a(("Bayar via PayPal: paypal.me/dewi_sg", None, ["paypal:dewi_sg"], "id: PayPal"))
    a(("Lipa kwa PayPal: paypal.me/amina_ke", None, ["paypal:amina_ke"], "sw: PayPal"))
    a(("PayPal: paypal.me/noa_il לתשלום מקדמה", None, ["paypal:noa_il"], "he: PayPal RTL"))
    a(("Revolut-ra utalj: @zsofi_hu", None, ["revolut:zsofi_hu"], "hu: Revolut-ra"))
    a(("Revolutem: @petra_cz", None, ["revolut:petra_cz"], "cs: Revolutem"))
    a(("Venmo me 🙏🏽 @tasha-bby — $30 to hold the spot", "US", ["venmo:tasha-bby"], "en: Venmo me"))
    a(("Cash App: $candycrush_x 🍭", "US", ["cashapp:$candycrush_x"], "en: cashtag with trailing emoji"))
    a(("Deposit = $40 cashapp only 👉 $ella_rose", "US", ["cashapp:$ella_rose"], "en: cue before amount"))
    a(
        (
            "Selling concert tickets x2, $90 each. Pay on Venmo (@marco-tix) or PayPal paypal.me/marcotix, ticket #A-5512",
            "US",
            ["venmo:marco-tix", "paypal:marcotix"],
            "en: marketplace resale, two handles beside ticket number",
        )
    )
    a(
        (
            "Ang reservation fee ay $25 sa CashApp ($jolina_ph) bago mag-Friday.",
            "US",
            ["cashapp:$jolina_ph"],
            "tl: cashtag inside brackets",
        )
    )
    a(
        (
            "حجز الغرفة: عربون ٥٠ دولار على Venmo ‎@rania-dearborn‎",
            "US",
            ["venmo:rania-dearborn"],
            "ar: Venmo with LRM marks, Arabic-Indic price",
        )
    )
    a(("Deposit via\nCash App\n$mia_kisses\n(no refunds)", "US", ["cashapp:$mia_kisses"], "en: OCR'd flyer lines"))
    # negatives
    a(("$TSLA up 4% today, $AAPL flat. Not financial advice.", None, [], "neg: stock cashtags"))
    a(("Price $150/hr, $250 overnight. Cash only, no apps.", "US", [], "neg: prices only"))
    a(("We accept Zelle, Apple Pay and Pix. Ask for details.", None, [], "neg: unscored platforms, no handle"))
    a(("No PayPal, no Venmo, no CashApp — cash in person.", "US", [], "neg: platforms refused, no handle"))
    a(("Order #4471 total $89.99, paid with card ending 0142", "US", [], "neg: order and card ending"))
    a(("Rent $1,200 + $600 deposit, utilities $80", "US", [], "neg: rent amounts"))
    a(("PayPal fees are 3.49% + $0.49 per transaction", None, [], "neg: PayPal fees"))
    a(("Split the bill: I paid $42.50, you owe me $21.25 — see you at 8", None, [], "neg: amounts in chat"))
    a(("Revolut card for sale? no. 20 € off with code REV20", None, [], "neg: promo code"))
    return r


# ---------------------------------------------------------------- crypto
def cryptos() -> list[tuple[str, str | None, list[str], str]]:
    r: list[tuple[str, str | None, list[str], str]] = []
    a = r.append

    def e(addr: str) -> str:
        return "eth:" + addr.lower()

    a1, a2, a3, a4 = btc_p2pkh("b1"), btc_p2sh("b2"), btc_wpkh("b3"), btc_tr("b4")
    a(("Donations welcome 🙏 BTC: " + a1, None, ["btc:" + a1], "en: BTC P2PKH donation footer"))
    a(("Pago solo en bitcoin: " + a2, None, ["btc:" + a2], "es: BTC P2SH"))
    a(("Оплата в BTC: " + a3 + " (сеть Bitcoin)", None, ["btc:" + a3], "ru: bech32"))
    a(("Taproot address 👉 " + a4, None, ["btc:" + a4], "en: bech32m taproot"))
    a(
        (
            "比特币收款地址：" + btc_wpkh("b5") + "（请勿发送其他币）",
            None,
            ["btc:" + btc_wpkh("b5")],
            "zh: bech32 in brackets",
        )
    )
    a(("ビットコイン送金先：" + btc_p2pkh("b6"), None, ["btc:" + btc_p2pkh("b6")], "ja: P2PKH"))
    a(("비트코인 주소: " + btc_p2sh("b7"), None, ["btc:" + btc_p2sh("b7")], "ko: P2SH"))
    a(
        (
            "Adresse BTC pour l'acompte :\n" + btc_wpkh("b8") + "\nmerci",
            None,
            ["btc:" + btc_wpkh("b8")],
            "fr: address alone on its line",
        )
    )
    a(
        (
            "Bitcoin-Adresse: " + btc_wpkh("b9").upper(),
            None,
            ["btc:" + btc_wpkh("b9")],
            "de: upper-case bech32 (valid per BIP173); canonical lower",
        )
    )
    a(
        (
            "BTC → " + btc_p2pkh("b10") + " | ETH → " + eth("e10"),
            None,
            ["btc:" + btc_p2pkh("b10"), e(eth("e10"))],
            "en: two chains in one footer",
        )
    )
    a(("https://blockstream.info/address/" + btc_wpkh("b11"), None, ["btc:" + btc_wpkh("b11")], "en: explorer URL"))
    a(
        (
            "bitcoin:" + btc_p2pkh("b12") + "?amount=0.005&label=deposit",
            None,
            ["btc:" + btc_p2pkh("b12")],
            "en: BIP21 URI",
        )
    )
    a(("Ví BTC: " + btc_tr("b13"), None, ["btc:" + btc_tr("b13")], "vi: taproot"))
    a(("ETH (ERC-20): " + eth("e1"), None, [e(eth("e1"))], "en: EIP-55"))
    a(("USDT ERC20 адрес: 0x" + eth_raw("e2"), None, ["eth:0x" + eth_raw("e2")], "ru: lower-case ETH"))
    a(("Ethereum cüzdanı: " + eth("e3") + " — sadece ERC-20", None, [e(eth("e3"))], "tr: EIP-55"))
    a(("ارسل USDT على شبكة ERC20 إلى: " + eth("e4"), None, [e(eth("e4"))], "ar: ETH in RTL"))
    a(("כתובת ETH: " + eth("e5"), None, [e(eth("e5"))], "he: ETH RTL"))
    a(("https://etherscan.io/address/" + eth("e6"), None, [e(eth("e6"))], "en: etherscan URL"))
    a(("ethereum:" + eth("e7") + "@1?value=1e16", None, [e(eth("e7"))], "en: EIP-681 URI"))
    a(("Portfel ETH:\n" + eth("e8")[:22] + "\n" + eth("e8")[22:], None, [e(eth("e8"))], "pl: ETH split over two lines"))
    a(("USDT TRC20: " + trx("t1"), None, ["trx:" + trx("t1")], "en: TRON"))
    a(("Оплата USDT (TRC-20): " + trx("t2") + " — без комиссии", None, ["trx:" + trx("t2")], "ru: TRON"))
    a(("USDT-TRC20 地址：" + trx("t3"), None, ["trx:" + trx("t3")], "zh: TRON"))
    a(("ที่อยู่ USDT TRC20: " + trx("t4"), None, ["trx:" + trx("t4")], "th: TRON"))
    a(("Gửi USDT mạng TRC20: " + trx("t5"), None, ["trx:" + trx("t5")], "vi: TRON"))
    a(("Kirim USDT (TRC20) ke " + trx("t6") + " lalu konfirmasi", None, ["trx:" + trx("t6")], "id: TRON"))
    a(("https://tronscan.org/#/address/" + trx("t7"), None, ["trx:" + trx("t7")], "en: tronscan URL"))
    a(("USDT TRC20 للإيداع: " + trx("t8"), None, ["trx:" + trx("t8")], "ar: TRON"))
    a(("Litecoin: " + ltc_l("l1"), None, ["ltc:" + ltc_l("l1")], "en: LTC L"))
    a(("LTC adresa: " + ltc_m("l2"), None, ["ltc:" + ltc_m("l2")], "cs: LTC M"))
    a(("Ltc cüzdan: " + ltc_bech("l3"), None, ["ltc:" + ltc_bech("l3")], "tr: ltc1"))
    a(("Dogecoin 🐕: " + doge("d1"), None, ["doge:" + doge("d1")], "en: DOGE"))
    a(("DOGE-Adresse: " + doge("d2"), None, ["doge:" + doge("d2")], "de: DOGE"))
    a(("SOL: " + sol("s1"), None, ["sol:" + sol("s1")], "en: Solana"))
    a(("Solana wallet (USDC SPL): " + sol("s2"), None, ["sol:" + sol("s2")], "en: Solana USDC"))
    a(("https://solscan.io/account/" + sol("s3"), None, ["sol:" + sol("s3")], "en: solscan URL"))
    a(
        (
            "Crypto: BTC " + btc_wpkh("m1") + "\nETH " + eth("m2") + "\nUSDT(TRC20) " + trx("m3"),
            None,
            ["btc:" + btc_wpkh("m1"), e(eth("m2")), "trx:" + trx("m3")],
            "en: three-chain footer",
        )
    )
    a(
        (
            "Endereço BTC: " + btc_p2pkh("b14") + ". Depois manda o comprovante.",
            None,
            ["btc:" + btc_p2pkh("b14")],
            "pt-BR: trailing full stop",
        )
    )
    a(("Adresa BTC: «" + btc_p2sh("b15") + "»", None, ["btc:" + btc_p2sh("b15")], "ro: guillemets"))
    a(("Bitcoin: `" + btc_wpkh("b16") + "`", None, ["btc:" + btc_wpkh("b16")], "en: markdown code span"))
    a(
        (
            '<a href="https://mempool.space/address/' + btc_tr("b17") + '">tip me</a>',
            None,
            ["btc:" + btc_tr("b17")],
            "en: HTML anchor",
        )
    )
    a(
        (
            "Kripto ödeme: ETH " + eth("e9") + " veya TRX " + trx("t9"),
            None,
            [e(eth("e9")), "trx:" + trx("t9")],
            "tr: two chains",
        )
    )
    a(("Δωρεές: BTC " + btc_p2pkh("b18"), None, ["btc:" + btc_p2pkh("b18")], "el: BTC"))
    a(("ክፍያ በ USDT TRC20: " + trx("t10"), None, ["trx:" + trx("t10")], "am: TRON"))
    a(("बिटकॉइन पता: " + btc_wpkh("b19"), None, ["btc:" + btc_wpkh("b19")], "hi: bech32"))
    a(("بیت‌کوین: " + btc_p2pkh("b20"), None, ["btc:" + btc_p2pkh("b20")], "fa: P2PKH with ZWNJ in word before"))
    a(("Bitcoin " + ZW + btc_wpkh("b21"), None, ["btc:" + btc_wpkh("b21")], "en: zero-width before address"))
    a(('{"wallet": "' + eth("e11") + '", "chain": "ethereum"}', None, [e(eth("e11"))], "en: JSON"))
    a(
        (
            "| Coin | Address |\n|---|---|\n| LTC | " + ltc_l("l4") + " |\n| DOGE | " + doge("d3") + " |",
            None,
            ["ltc:" + ltc_l("l4"), "doge:" + doge("d3")],
            "en: markdown table",
        )
    )
    # negatives
    a(
        (
            "TX hash: 0x" + hashlib.sha256(b"tx1").hexdigest() + " confirmed in block 19283746",
            None,
            [],
            "neg: 32-byte transaction hash",
        )
    )
    a(("txid " + hashlib.sha256(b"tx2").hexdigest(), None, [], "neg: bitcoin txid"))
    a(("BTC: " + mutate(btc_p2pkh("bad1")) + " (typo?)", None, [], "neg: mutated base58 checksum"))
    a(("USDT TRC20: " + mutate(trx("bad2")), None, [], "neg: mutated TRON checksum"))
    a(("IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX", None, [], "neg: IBAN"))
    a(("Order id 3f2504e0-4f89-11d3-9a0c-0305e82c3301", None, [], "neg: UUID"))
    a(("ETH price $3,412.55, gas 21 gwei, block 0x12a05f200", None, [], "neg: prices and short hex"))
    a(("Serial: 1A2B3C4D5E6F7G8H9J0KLMNPQRSTUVWXYZ", None, [], "neg: base58-like serial without valid checksum"))
    a(("Commit 9fceb02d0ae598e95dc970b74767f19372d61af8 fixed the bug", None, [], "neg: git SHA-1 (40 hex, no 0x)"))
    return r


# ---------------------------------------------------------------- age
def ages() -> list[tuple[str, str | None, list[str], str]]:
    r: list[tuple[str, str | None, list[str], str]] = []
    a = r.append
    a(("Hi I'm Jess, 23, 5'6\", 125 lbs, new in Dallas 💋", None, ["23"], "en: age beside height and weight"))
    a(("Age: 21 | Height: 165 cm | Weight: 52 kg | Size: 36", None, ["21"], "en: profile table"))
    a(("just turned 19 🎂 come celebrate", None, ["19"], "en: turned"))
    a(("Sofia, 24 años, colombiana, recién llegada", None, ["24"], "es: años"))
    a(("Tengo 22 añitos, muy cariñosa", None, ["22"], "es: añitos diminutive"))
    a(("Bia, 20 aninhos, morena, 1,60 m", None, ["20"], "pt-BR: aninhos"))
    a(("Léa, 25 ans, étudiante, dispo ce soir", None, ["25"], "fr: ans"))
    a(("Lena (26), neu in Berlin, 170/55", None, ["26"], "de: age in brackets"))
    a(("Giulia, 23 anni, italiana, 1.68", None, ["23"], "it: anni"))
    a(("Anna, 27 jaar, nieuw in Rotterdam", None, ["27"], "nl: jaar"))
    a(("Kasia, 22 lata, 168 cm, 50 kg", None, ["22"], "pl: lata"))
    a(("Ioana, 21 de ani, 1,70 m", None, ["21"], "ro: de ani"))
    a(("Катя, 24 года, рост 170, вес 55", None, ["24"], "ru: года"))
    a(("Оля, мені 20 років, нова в місті", None, ["20"], "uk: років"))
    a(("Merhaba, ben Elif, 25 yaşındayım", None, ["25"], "tr: yaşındayım"))
    a(("Ελένη, 28 χρονών, Αθήνα", None, ["28"], "el: χρονών"))
    a(("נועה, בת 23, חדשה בתל אביב", None, ["23"], "he: בת 23"))
    a(("سارة، العمر 22 سنة، جديدة في دبي", None, ["22"], "ar: العمر / سنة"))
    a(("مینا، ۲۴ ساله، تهران", None, ["24"], "fa: Persian digits ساله"))
    a(("प्रिया, उम्र " + nd("21", DEV) + " साल, मुंबई", None, ["21"], "hi: Devanagari digits"))
    a(("রিয়া, বয়স " + nd("20", BN) + " বছর", None, ["20"], "bn: Bengali digits"))
    a(("น้องมายด์ อายุ " + nd("22", TH) + " ปี สูง 160", None, ["22"], "th: Thai digits, height after"))
    a(("Em tên Linh, 21 tuổi, cao 1m58", None, ["21"], "vi: tuổi"))
    a(("Nama aku Dewi, umur 23 tahun, dari Bandung", None, ["23"], "id: umur / tahun"))
    a(("Ako si Joy, 24 taong gulang, taga-Cebu", None, ["24"], "tl: taong gulang"))
    a(("Mimi, miaka 22, niko Nairobi", None, ["22"], "sw: miaka"))
    a(("小美，今年22岁，身高165", None, ["22"], "zh: 岁 beside height"))
    a(("ゆい、20歳、新人です", None, ["20"], "ja: 歳"))
    a(("지연, 25살, 강남", None, ["25"], "ko: 살"))
    a(("ნინო, 23 წლის, თბილისი", None, ["23"], "ka: წლის"))
    a(("Անի, 22 տարեկան, Երևան", None, ["22"], "hy: տարեկան"))
    a(("ሳራ፣ 21 ዓመቴ ነው", None, ["21"], "am: ዓመቴ"))
    a(("Zsófi, 24 éves, Budapest", None, ["24"], "hu: éves"))
    a(("Tereza, 22 let, Praha 2", None, ["22"], "cs: let with district number"))
    a(("Milica, 25 godina, Beograd", None, ["25"], "sr: godina"))
    a(("Мария, на 23 години, София", None, ["23"], "bg: години"))
    a(("Emma, 21 år, ny i Stockholm", None, ["21"], "sv: år"))
    a(("Aiko, 26yo, 34C, 5'4", None, ["26"], "en: yo with bust size"))
    a(("22 y.o. 🍒 incall/outcall 24/7", None, ["22"], "en: y.o. beside 24/7"))
    a(("twenty-one years young ✨", None, ["21"], "en: number words"))
    a(("veintitrés años, latina 🔥", None, ["23"], "es: number word"))
    a(("age ~ 2" + ZW + "0", None, ["20"], "en: zero-width inside age"))
    a(("👩 19 y/o | 📍 Miami | 💰 $200/hr", None, ["19"], "en: emoji profile line"))
    a(("I'm 25, my friend is 23 — duo available", None, ["25", "23"], "en: two ages"))
    a(("Age/Edad/Idade: 22", None, ["22"], "multi: trilingual label"))
    a(("Alter: 24 • Größe: 1,72 • Konfektion 36", None, ["24"], "de: Alter beside dress size"))
    a(("Âge : 27 ans — 1m65 — 55 kg", None, ["27"], "fr: Âge"))
    a(("Возраст: 21\nРост: 168\nГрудь: 2", None, ["21"], "ru: profile lines"))
    a(("İsim: Derya / Yaş: 23 / Boy: 1.65", None, ["23"], "tr: Yaş"))
    a(("Umur: 20 | TB: 158 | BB: 45", None, ["20"], "id: Umur with TB/BB"))
    a(("Edad: 26 · Estatura: 1.62 · Peso: 54", None, ["26"], "es: Edad"))
    # negatives
    a(
        (
            "Looking for girls 18-25 for hostess job in Dubai, salary $3000",
            None,
            [],
            "neg: recruited age range, not an age of a person stated",
        )
    )
    a(("Open 24/7, 5'7\", 130 lbs, size 8", None, [], "neg: 24/7, height, weight, size"))
    a(("$250 for 1 hr, $400 for 2 hrs", None, [], "neg: prices and durations"))
    a(("Posted 12/03/2026 at 21:30, ad #2219", None, [], "neg: date, time, ad id"))
    a(("Room 21, floor 3, building 19", None, [], "neg: room and floor numbers"))
    a(("Company founded 25 years ago, 120 employees", None, [], "neg: company age"))
    a(("Measurements 34-24-36, shoe size 38", None, [], "neg: body measurements"))
    a(("Lot 19 for sale, 22 acres, asking $125k", None, [], "neg: lot number and acreage"))
    a(("Apartment 2 rooms, 45 m², built 1998, 3rd floor", None, [], "neg: flat listing"))
    return r


def main() -> None:
    makers = {"phone": phones, "email": emails, "handle": handles, "payment": payments, "crypto": cryptos, "age": ages}
    for kind, make in makers.items():
        lines = []
        for i, (text, country, expected, note) in enumerate(make(), 1):
            rec: dict[str, object] = {"id": f"b18-{kind}-{i:03d}", "batch": 18, "text": text}
            if country:
                rec["country"] = country
            rec["expected"] = expected
            rec["note"] = note
            lines.append(json.dumps(rec, ensure_ascii=False))
        (OUT / f"{kind}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(kind, len(lines))


if __name__ == "__main__":
    main()
