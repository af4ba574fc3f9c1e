"""Generate batch 17 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch17/<type>.jsonl).

    python bench/data/identifiers_heldout/batch17/make.py

Why a seventeenth batch: batches up to 16 have been scored and studied, so they no longer measure text
nobody tuned for.  Batch 17 was written blind by an author who read only issue 3, PRODUCT.md's data
contract, the scorer, the first lines of batch 7's files (record format) and the docstrings of batches 7
to 16 (to choose *other* cases).  No extractor code, generated docs, tests or held-out records were read.

Everyday posts (marketplace listings, Telegram channel posts, WhatsApp forwards, job boards, forum threads,
OCR'd flyers) in 30+ languages and 15+ scripts, with disguises a person decodes at a glance: digits split by
emoji, zero-width characters inside numbers and names, numbers across line breaks, native digits
(Thai, Devanagari, Bengali, Khmer, Arabic-Indic, Persian), number words in other languages, Cyrillic / Greek
homoglyphs inside Latin names.  About 15 % negatives per type with look-alike distractors (prices, dates,
order ids, tracking numbers, measurements, times, transaction hashes, ISBNs, coordinates).
Crypto addresses are derived from sha256 of fixed seed strings (hash160 / keccak payloads with the real
base58check, bech32 and EIP-55 checksums), so they are checksum-valid but belong to no known key.
Fictional contact data only (NA 555-01xx, UK 020 7946 0xxx / 0161 496 0xxx, FR 01 99 00 xx xx,
AU 0491 570 1xx; example.com/.org/.net; made-up handles).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import base58
import bech32
from Crypto.Hash import RIPEMD160, keccak

OUT = Path(__file__).resolve().parent
ZW = "\u200b"
ZJ = "\u200d"


def h160(seed: str) -> bytes:
    return RIPEMD160.new(hashlib.sha256(seed.encode()).digest()).digest()


def b58(version: int, seed: str) -> str:
    return base58.b58encode_check(bytes([version]) + h160(seed)).decode()


def segwit(hrp: str, seed: str) -> str:
    addr = bech32.encode(hrp, 0, h160(seed))
    assert addr
    return addr


def eth(seed: str) -> tuple[str, str]:
    """Return (EIP-55 mixed case, lower case) for a 20-byte payload from the seed."""
    raw = keccak.new(digest_bits=256, data=seed.encode()).hexdigest()[-40:]
    hh = keccak.new(digest_bits=256, data=raw.encode()).hexdigest()
    mixed = "".join(c.upper() if c.isalpha() and int(hh[i], 16) >= 8 else c for i, c in enumerate(raw))
    return "0x" + mixed, "0x" + raw


def trx(seed: str) -> str:
    raw = bytes.fromhex(keccak.new(digest_bits=256, data=seed.encode()).hexdigest()[-40:])
    return base58.b58encode_check(b"\x41" + raw).decode()


def sol(seed: str) -> str:
    return base58.b58encode(hashlib.sha256(("sol" + seed).encode()).digest()).decode()


R: dict[str, list[dict]] = {k: [] for k in ("phone", "email", "handle", "payment", "crypto", "age")}


def add(kind: str, text: str, expected: list[str], note: str, country: str | None = None) -> None:
    rec: dict = {"id": f"b17-{kind}-{len(R[kind]) + 1:03d}", "batch": 17, "text": text}
    if country:
        rec["country"] = country
    rec["expected"] = expected
    rec["note"] = note
    R[kind].append(rec)


# ---------------------------------------------------------------- phone
P = add
P(
    "phone",
    "Se vende sofá de 3 plazas, 120€, recoger en Chicago. Escribir al WhatsApp 🍀 312 555 0142 🍀 solo tardes.",
    ["+13125550142"],
    "es: marketplace listing, US city, price nearby",
    "US",
)
P(
    "phone",
    "Работа в Торонто, склад, 18$/час. Звонить: 416🔥555🔥0177 (Ольга)",
    ["+14165550177"],
    "ru: fire emoji between groups, CA job",
    "CA",
)
P(
    "phone",
    "Ищем девушек на ресепшн. Тел: 6\u200b4\u200b7 555 01\u200b63",
    ["+16475550163"],
    "ru: zero-width spaces inside digits",
    "CA",
)
P(
    "phone",
    "📢 NHÂN VIÊN NAIL cần gấp ở Houston\nLương $900/tuần\nLH: (713)\n555-0128",
    ["+17135550128"],
    "vi: number across a line break",
    "US",
)
P(
    "phone",
    "Cần thợ nail, gọi chị Lan: bảy một ba năm năm năm không một hai tám",
    ["+17135550128"],
    "vi: number words",
    "US",
)
P(
    "phone",
    "Kailangan ng caregiver sa Los Angeles, $22/hr. Text lang po: 213.555.0119",
    ["+12135550119"],
    "tl: dotted groups",
    "US",
)
P(
    "phone",
    "Trabajo de limpieza en Miami 🧹 llamar a tres cero cinco - cinco cinco cinco - cero uno nueve tres",
    ["+13055550193"],
    "es: Spanish number words with dashes",
    "US",
)
P(
    "phone",
    "Babá para família brasileira em Newark. Zap: +1 (973) 555-0104. Salário a combinar.",
    ["+19735550104"],
    "pt: Zap cue, +1 full",
    "US",
)
P(
    "phone",
    "Bu ilan Londra'da temizlik işi içindir. Arayın: 020 7946 0321 (saat 9-17 arası)",
    ["+442079460321"],
    "tr: UK London fictional range, hours nearby",
    "GB",
)
P(
    "phone",
    "Manchester warehouse shifts £11.44/h, ring Dave on 0161 496 0789 or 0161-496-0790",
    ["+441614960789", "+441614960790"],
    "en: two UK numbers",
    "GB",
)
P(
    "phone",
    "Szukamy pracowników do hotelu w Manchesterze. Kontakt: +44 161 496 0555 (po polsku)",
    ["+441614960555"],
    "pl: UK intl format",
    "GB",
)
P(
    "phone",
    "Cherchons serveuse, Paris 11e. Appelez le 01 99 00 42 17, demander Karim.",
    ["+33199004217"],
    "fr: FR fictional range",
    "FR",
)
P(
    "phone",
    "Cerchiamo badante a Parigi, vitto e alloggio. Tel. 01.99.00.35.60",
    ["+33199003560"],
    "it: FR dotted pairs",
    "FR",
)
P("phone", "Nanny needed in Sydney 🌊 call 0491 570 156 after 5pm", ["+61491570156"], "en: AU mobile", "AU")
P(
    "phone",
    "シドニーでワーホリ歓迎の仕事！電話：０４９１ ５７０ １３２（日本語OK）",
    ["+61491570132"],
    "ja: full-width digits AU",
    "AU",
)
P("phone", "ซิดนีย์ รับพนักงานนวด โทร ๐๔๙๑ ๕๗๐ ๑๔๗", ["+61491570147"], "th: Thai digits AU", "AU")
P("phone", "न्यू जर्सी में ड्राइवर चाहिए। कॉल करें: २०१-५५५-०१७२", ["+12015550172"], "hi: Devanagari digits", "US")
P("phone", "নিউ ইয়র্কে রেস্টুরেন্টে কাজ। ফোন: ৭১৮ ৫৫৫ ০১৩৮", ["+17185550138"], "bn: Bengali digits", "US")
P("phone", "مطلوب عاملة منزلية في ديترويت، اتصل: ٣١٣-٥٥٥-٠١٥٤", ["+13135550154"], "ar: Arabic-Indic digits", "US")
P("phone", "کار در لس‌آنجلس، تماس: ۳۱۰ ۵۵۵ ۰۱۸۱", ["+13105550181"], "fa: Persian digits", "US")
P("phone", "ត្រូវការអ្នកធ្វើការនៅ Long Beach ទូរស័ព្ទ ៥៦២-៥៥៥-០១២៤", ["+15625550124"], "km: Khmer digits", "US")
P("phone", "Tunatafuta wafanyakazi Dallas. Piga simu 2️⃣1️⃣4️⃣ 5️⃣5️⃣5️⃣ 0️⃣1️⃣6️⃣9️⃣", ["+12145550169"], "sw: keycap emoji", "US")
P(
    "phone",
    "Ищу няню, Нью-Йорк. Тел: 212 555 О1З7",
    ["+12125550137"],
    "ru: Cyrillic О and З homoglyphs for 0 and 3",
    "US",
)
P(
    "phone",
    "Wir suchen Reinigungskräfte in Chicago 🇺🇸\nTel.: 773 / 555 / 01 08\nStundenlohn 19 $",
    ["+17735550108"],
    "de: slashes and split pair",
    "US",
)
P(
    "phone",
    "Εργασία σε εστιατόριο στη Βοστώνη. Τηλ: 617 555 0111, ώρες 10:00–18:00",
    ["+16175550111"],
    "el: Greek ad with times",
    "US",
)
P("phone", "Munkát kínálunk Torontóban, hívj: +1 416 555 0150 (magyarul is)", ["+14165550150"], "hu: +1 CA", "CA")
P("phone", "Vi söker städare i Seattle. Ring 206-555-0166 eller sms:a.", ["+12065550166"], "sv", "US")
P("phone", "Hledáme pracovníky do skladu v Chicagu, tel. 312 555 0185, mzda 18 $/h", ["+13125550185"], "cs", "US")
P("phone", "Dringend: schoonmakers in Brooklyn, bel 347-555-0143 📞", ["+13475550143"], "nl", "US")
P(
    "phone",
    "Angajăm femei de serviciu în Londra, sunați 020-7946-0412, cazare asigurată",
    ["+442079460412"],
    "ro: UK dashed",
    "GB",
)
P("phone", "لندن میں کام، رابطہ: 020 7946 0988 واٹس ایپ", ["+442079460988"], "ur: UK", "GB")
P(
    "phone",
    "WhatsApp forward ⏩\n*JOBS IN SYDNEY* 🇦🇺\nCall/WA 0491-570-110\n_Share with friends_",
    ["+61491570110"],
    "en: WhatsApp forward formatting AU",
    "AU",
)
P(
    "phone",
    "Telegram kanali: Chikagoda ish bor! Tel: 312 555 0199, maosh $1200/hafta",
    ["+13125550199"],
    "uz: Telegram channel post",
    "US",
)
P("phone", "სამუშაო ნიუ-იორკში, ძიძა. ტელ: 646 555 0127", ["+16465550127"], "ka: Georgian", "US")
P("phone", "Աշխատանք Լոս Անջելեսում, զանգահարեք 818 555 0102", ["+18185550102"], "hy: Armenian", "US")
P("phone", "የቤት ሰራተኛ ይፈለጋል ዋሽንግተን ስልክ 202 555 0176", ["+12025550176"], "am: Amharic", "US")
P("phone", "வேலை வாய்ப்பு நியூ ஜெர்சி, அழைக்க 732-555-0131", ["+17325550131"], "ta: Tamil", "US")
P("phone", "מחפשים עובדים במיאמי, טלפון 786-555-0149", ["+17865550149"], "he: Hebrew", "US")
P("phone", "招聘餐馆服务员 纽约法拉盛 电话：718－555－0114 包吃住", ["+17185550114"], "zh: full-width hyphens", "US")
P("phone", "뉴욕 네일샵 직원 구함 ☎ 2l2.555.Ol56", ["+12125550156"], "ko: l and O for 1 and 0 (OCR)", "US")
P(
    "phone",
    "OCR flyer: ROOMS FOR RENT - CALL 3l2 - 555 - 0l64 - NO AGENTS",
    ["+13125550164"],
    "en: OCR l for 1 with spaced dashes",
    "US",
)
P(
    "phone",
    "Dicari TKW untuk Houston, hubungi 832 555 0190 (WA aktif), gaji 2.500 USD",
    ["+18325550190"],
    "id: price nearby",
    "US",
)
P(
    "phone",
    "Forum reply:\n> anyone know this agency?\nyes they posted 404 555 0107 and 404 555 0108 both dead now",
    ["+14045550107", "+14045550108"],
    "en: forum quote with two numbers",
    "US",
)
P("phone", "call me 💋 (702) 555 - 01 - 59 💋 incall only", ["+17025550159"], "en: pair split", "US")
P(
    "phone",
    "Tel: +1 604 555 0121 / Fax: +1 604 555 0122",
    ["+16045550121", "+16045550122"],
    "en: signature tel and fax",
    "CA",
)
P(
    "phone",
    "Ligue já! 📱 nove um sete, cinco cinco cinco, zero um três três (Boston)",
    ["+19175550133"],
    "pt: Portuguese number words",
    "US",
)
P(
    "phone",
    "Appelle-moi : cinq un quatre, cinq cinq cinq, zéro un quatre six — Montréal",
    ["+15145550146"],
    "fr: French number words CA",
    "CA",
)
P("phone", "Szia! Írj WhatsAppon: 312\n555\n0171", ["+13125550171"], "hu: each group on its own line", "US")
P("phone", "Call 312-555-0142 ext. 12 for Maria, hours Mon-Fri", ["+13125550142"], "en: extension", "US")
P(
    "phone",
    "New number!! 🆕 4\u200d1\u200d5 5\u200d5\u200d5 0\u200d1\u200d9\u200d8 old one is off",
    ["+14155550198"],
    "en: zero-width joiners between digits",
    "US",
)
P(
    "phone",
    "Emergency cover London: 0207 946 0077 (ask for shift lead)",
    ["+442079460077"],
    "en: UK 0207 grouping",
    "GB",
)
P(
    "phone",
    "Appartement à louer, Paris. Contact 0199 00 11 22. Loyer 1 250 €/mois, 42 m²",
    ["+33199001122"],
    "fr: irregular grouping, price and area nearby",
    "FR",
)
# negatives
P(
    "phone",
    "Order #3125550142 shipped on 2024-03-12. Tracking: 1Z999AA10123456784",
    [],
    "en: order id looks like a phone",
    "US",
)
P("phone", "ISBN 978-0-312-55501-4, 352 pages, $24.99", [], "en: ISBN", "US")
P("phone", "Koordinaten: 41.8781, -87.6298. Treffen um 18:30 am 12.05.2025", [], "de: coordinates, time, date", "US")
P("phone", "Maße: 90-60-90, Größe 170 cm, 55 kg, Preis 150 €/h", [], "de: measurements and price", "DE")
P(
    "phone",
    "Tx hash 0x3125550142aa9f0c7e1b2d3c4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a confirmed",
    [],
    "en: transaction hash with phone-like digits",
)
P("phone", "Vé máy bay VN 312 ngày 15/05, ghế 55A, giá 5.550.000đ", [], "vi: flight, seat, price", "VN")
P("phone", "Lot 2024-0555-0142 expires 05/2027, batch 01 42", [], "en: lot number", "US")
P("phone", "Ref. 020 7946 — invoice date 03/04/2025, total £946.02", [], "en: partial UK number only", "GB")
P("phone", "USPS 9400 1000 0000 0000 0000 00 delivered 14:05", [], "en: tracking number", "US")

# ---------------------------------------------------------------- email
E = add
E(
    "email",
    "Für Bewerbungen (Lager Chicago, 19 $/h): lena.hoffmann [ät] example [punkt] com",
    ["lena.hoffmann@example.com"],
    "de: [ät] / [punkt] in a job ad with a wage",
)
E("email", "CV an: jobs-chicago ＠ example ． org", ["jobs-chicago@example.org"], "de: full-width @ and dot")
E("email", "Gửi CV về: tuyendung a còng example chấm net", ["tuyendung@example.net"], "vi: a còng / chấm")
E("email", "Kirim lamaran ke hrd.sejahtera et example titik com", ["hrd.sejahtera@example.com"], "id: et / titik")
E("email", "Wyślij CV: praca.uk małpa example kropka org", ["praca.uk@example.org"], "pl: małpa / kropka")
E("email", "Pošlete životopis na nabor zavináč example tečka com", ["nabor@example.com"], "cs: zavináč / tečka")
E(
    "email",
    "Stuur je cv naar vacatures apenstaartje example punt net",
    ["vacatures@example.net"],
    "nl: apenstaartje / punt",
)
E("email", "Skicka till jobb.seattle snabel-a example punkt com", ["jobb.seattle@example.com"], "sv: snabel-a")
E("email", "Email: maya\u200b.rose@exam\u200bple.com 💌", ["maya.rose@example.com"], "en: zero-width spaces")
E("email", "contact: аnna.k@example.com", ["anna.k@example.com"], "en: Cyrillic а homoglyph at start")
E("email", "Ημέιλ: nikos.p παπάκι example τελεία org", ["nikos.p@example.org"], "el: παπάκι / τελεία")
E("email", "ইমেইল: rina.das অ্যাট example ডট com", ["rina.das@example.com"], "bn: transliterated at/dot")
E("email", "ईमेल करें: kaam.usa एट example डॉट net", ["kaam.usa@example.net"], "hi: एट / डॉट")
E("email", "البريد: amal.jobs آت example دوت com", ["amal.jobs@example.com"], "ar: آت / دوت")
E("email", "ایمیل: sara.kar ات example دات org", ["sara.kar@example.org"], "fa: ات / دات")
E(
    "email",
    "メール：yuki.tanaka アットマーク example ドット com",
    ["yuki.tanaka@example.com"],
    "ja: アットマーク / ドット",
)
E("email", "邮箱：hr_flushing 艾特 example 点 com", ["hr_flushing@example.com"], "zh: 艾特 / 点")
E("email", "อีเมล: nong.jobs แอท example ดอท net", ["nong.jobs@example.net"], "th: แอท / ดอท")
E("email", "Barua pepe: kazi.dallas@example.org (tuma CV)", ["kazi.dallas@example.org"], "sw: plain")
E("email", "E-posta: ayse.k@example.com, telefon yok", ["ayse.k@example.com"], "tr: plain with comma after")
E("email", "Schreib mir:\nsofia.m\n@example.com", ["sofia.m@example.com"], "de: address across line breaks")
E("email", "mail me 👉 luna.star 🌸@🌸 example.net", ["luna.star@example.net"], "en: emoji around @")
E("email", "jade(dot)moon(at)example(dot)org", ["jade.moon@example.org"], "en: (dot) inside local part")
E("email", "reach me: kira _ 99 @ example . com", ["kira_99@example.com"], "en: spaces around underscore")
E("email", "Mail: MARIA.LOPEZ@EXAMPLE.COM", ["maria.lopez@example.com"], "es: upper case")
E(
    "email",
    "Correo: carla.reyes arroba example punto com — respondo rápido",
    ["carla.reyes@example.com"],
    "es: arroba / punto",
)
E("email", "E-mail: joana.silva arroba example ponto org", ["joana.silva@example.org"], "pt: arroba / ponto")
E("email", "Pentru detalii: ioana.munca la example punct com", ["ioana.munca@example.com"], "ro: la / punct")
E(
    "email",
    "Scrivete a: lavoro.londra chiocciola example punto net",
    ["lavoro.londra@example.net"],
    "it: chiocciola / punto",
)
E("email", "Пишите: rabota.ny собачка example dot com", ["rabota.ny@example.com"], "ru: собачка + dot")
E("email", "Пишіть на vakansii равлик example крапка org", ["vakansii@example.org"], "uk: равлик / крапка")
E("email", "Írj: allas.toronto kukac example pont com", ["allas.toronto@example.com"], "hu: kukac / pont")
E("email", 'שלחו קו"ח: jobs.miami שטרודל example נקודה com', ["jobs.miami@example.com"], "he: שטרודל / נקודה")
E("email", "이메일: jiwoo.park 골뱅이 example 닷 net", ["jiwoo.park@example.net"], "ko: 닷 instead of 점")
E("email", "Mag-email sa: ate.joy@example.com o tumawag", ["ate.joy@example.com"], "tl: plain")
E(
    "email",
    'From: "Recruitment Team" <recruit@example.org>\nReply-To: apply.now@example.net',
    ["recruit@example.org", "apply.now@example.net"],
    "en: headers, two addresses",
)
E(
    "email",
    "--\nOlga Petrenko | HR\nolga.petrenko@example.com | +1 312 555 0142\nexample.com/jobs",
    ["olga.petrenko@example.com"],
    "en: signature with phone and URL",
)
E(
    "email",
    "Forwarded from Jobs Channel\n📧 jobs_usa2025@example.net\n📞 WhatsApp only",
    ["jobs_usa2025@example.net"],
    "en: Telegram forward",
)
E(
    "email",
    "Bewerbung bitte per Mail 📩\nmina.\u200bweber@example.org\nAntwort binnen 48 h",
    ["mina.weber@example.org"],
    "de: zero-width after the dot, hours nearby",
)
E("email", "Email: bella.rose@example.cοm", ["bella.rose@example.com"], "en: Greek omicron in com")
E("email", "E-mail: hana.j@example.org.", ["hana.j@example.org"], "en: sentence-final dot")
E(
    "email",
    "contacto: vale.mx@example.com / vale.backup@example.com",
    ["vale.mx@example.com", "vale.backup@example.com"],
    "es: two addresses with slash",
)
E("email", "Email ✉️ nadia 。 k @ example 。 com", ["nadia.k@example.com"], "en: ideographic full stop as dot")
E("email", "ኢሜል: selam.jobs@example.com", ["selam.jobs@example.com"], "am: Ethiopic label")
E("email", "ელფოსტა: nino.g@example.org", ["nino.g@example.org"], "ka: Georgian label")
E("email", "Էլ. փոստ: ani.h@example.net", ["ani.h@example.net"], "hy: Armenian label")
E("email", "மின்னஞ்சல்: priya.t@example.com", ["priya.t@example.com"], "ta: Tamil label")
E("email", "ای‌میل: zainab.k@example.com (صرف خواتین)", ["zainab.k@example.com"], "ur: Urdu label")
E("email", "Sähköposti: tyo.helsinki at example dot com", ["tyo.helsinki@example.com"], "fi: at/dot words")
E("email", "e-mail: m a r t a @ e x a m p l e . o r g", ["marta@example.org"], "en: letter-spaced address")
# negatives
E("email", "Follow @maria_lopez and meet @ 9pm, logo@2x.png attached", [], "en: mention, time, retina name")
E("email", "npm install react@18.2.0 && git clone git@github.com:foo/bar.git", [], "en: package and git remote")
E("email", "Price: 3 @ $20 = $60, order #A1234 due 12/05", [], "en: @ in price")
E("email", "Email masked: j***@e******.com — ask admin", [], "en: masked address")
E("email", "@media (max-width: 600px) { .a { color: red } }", [], "en: CSS at-rule")
E("email", "Kontakt: @anna.k auf Insta, nicht per Mail", [], "de: handle, not email")
E("email", "Coordinates 41.87@-87.62, room 12@floor3", [], "en: @ between numbers")
E("email", "ssh root@192.0.2.10 -p 2222", [], "en: ssh login")
E("email", "Sale 50% off @ Example Store, code SAVE.COM2025", [], "en: @ store name")

# ---------------------------------------------------------------- handle
H = add
H("handle", "Работа в Дубае, пишите в телегу @dubai_rabota_77", ["telegram:dubai_rabota_77"], "ru: телега slang")
H("handle", "Nyanja ya Telegram: t.me/kazi_marekani", ["telegram:kazi_marekani"], "sw: t.me link")
H("handle", "📲 TG: @nails\u200b_houston", ["telegram:nails_houston"], "en: zero-width inside username")
H(
    "handle",
    "Follow me on insta 📸 mila.rose.official (new acc, old one banned)",
    ["instagram:mila.rose.official"],
    "en: insta cue with emoji",
)
H("handle", "Insta: @sоfia_dance", ["instagram:sofia_dance"], "en: Cyrillic о homoglyph in username")
H("handle", "Add my snap 👻 kitty.bby22", ["snapchat:kitty.bby22"], "en: ghost emoji cue")
H("handle", "Snapchat'ten ekle: ayla_ist", ["snapchat:ayla_ist"], "tr: suffix on platform name")
H("handle", "Kik mich: lenamaus93", ["kik:lenamaus93"], "de: Kik mich")
H("handle", "OnlyFans 🔥 onlyfans.com/rubyredxo 🔥 link in bio", ["onlyfans:rubyredxo"], "en: OF URL")
H("handle", "TikTok'ta beni takip et: @zeynep.dans", ["tiktok:zeynep.dans"], "tr: TikTok with suffix")
H("handle", "ติดตามใน TikTok: tiktok.com/@nong_mai", ["tiktok:nong_mai"], "th: TikTok URL")
H("handle", "加我微信：wx_lily2024", ["wechat:wx_lily2024"], "zh: 微信")
H("handle", "微信号 V：amy88sh", ["wechat:amy88sh"], "zh: 微信号")
H("handle", "LINE ID: sakura_0707", ["line:sakura_0707"], "ja: LINE ID")
H("handle", "ไลน์: @pimmy.bkk", ["line:pimmy.bkk"], "th: ไลน์")
H(
    "handle",
    "Interview via Skype 🎧 skype name: anna.kov.work (Mon-Fri 9:00-17:00)",
    ["skype:anna.kov.work"],
    "en: skype name with hours",
)
H("handle", "Discord: nightowl_77", ["discord:nightowl_77"], "en: Discord")
H("handle", "Facebook: facebook.com/maria.lopez.9081", ["facebook:maria.lopez.9081"], "es: FB URL")
H("handle", "Nhắn Facebook mình nhé: fb.com/thu.trang.2207", ["facebook:thu.trang.2207"], "vi: fb.com")
H(
    "handle",
    "Telegram kanalimiz: @ish_chicago_uz, admin: @admin_rustam",
    ["telegram:ish_chicago_uz", "telegram:admin_rustam"],
    "uz: two telegram names",
)
H("handle", "インスタ：@haru_tokyo_ / ツイッターはやってません", ["instagram:haru_tokyo_"], "ja: インスタ")
H("handle", "인스타 @jiyoo.n 팔로우 해주세요", ["instagram:jiyoo.n"], "ko: 인스타")
H("handle", "Ιnstagram: @eleni_gr", ["instagram:eleni_gr"], "el: Greek Ι in 'Instagram'")
H("handle", "Τηλεγράφημα όχι, μόνο Telegram: @nikos_ath", ["telegram:nikos_ath"], "el: Telegram")
H("handle", "اتصل بي على تيليجرام: @amal_dxb", ["telegram:amal_dxb"], "ar: تيليجرام")
H("handle", "اینستاگرام: @sara.teh", ["instagram:sara.teh"], "fa: اینستاگرام")
H("handle", "टेलीग्राम पर संपर्क करें: @naukri_usa", ["telegram:naukri_usa"], "hi: टेलीग्राम")
H("handle", "ইনস্টাগ্রাম: @rina.dhaka", ["instagram:rina.dhaka"], "bn: ইনস্টাগ্রাম")
H("handle", "טלגרם: @jobs_tlv", ["telegram:jobs_tlv"], "he: טלגרם")
H("handle", "ტელეგრამი: @nino_tbs", ["telegram:nino_tbs"], "ka: ტელეგრამი")
H("handle", "Ինստագրամ՝ @ani.yvn", ["instagram:ani.yvn"], "hy: Ինստագրամ")
H("handle", "ቴሌግራም፡ @selam_dc", ["telegram:selam_dc"], "am: ቴሌግራም")
H("handle", "டெலிகிராம்: @vel_jobs", ["telegram:vel_jobs"], "ta: டெலிகிராம்")
H("handle", "ٹیلیگرام: @kaam_london", ["telegram:kaam_london"], "ur: ٹیلیگرام")
H("handle", "Signal: @mira.42", ["signal:mira.42"], "en: Signal username")
H("handle", "Snap: lexi\n_bby", ["snapchat:lexi_bby"], "en: username over a line break")
H("handle", "ig 👉 c a r m e n . m x", ["instagram:carmen.mx"], "es: letter-spaced username")
H(
    "handle",
    "Forum: > who's the recruiter?\nher insta is @vika_models and tg @vika_manager",
    ["instagram:vika_models", "telegram:vika_manager"],
    "en: forum reply, two platforms",
)
H("handle", "Zapraszam na Insta: instagram.com/ola.krk/", ["instagram:ola.krk"], "pl: IG URL trailing slash")
H("handle", "Adaugă-mă pe Snapchat: andreea.rx", ["snapchat:andreea.rx"], "ro")
H(
    "handle",
    "Segui su Instagram: @giulia_milano e TikTok @giulia.mi",
    ["instagram:giulia_milano", "tiktok:giulia.mi"],
    "it: two platforms",
)
H("handle", "Sígueme en IG: @valeria.cdmx 💃 precio 800 MXN", ["instagram:valeria.cdmx"], "es: price nearby")
H("handle", "Me chama no Telegram 👉 @bia_sp", ["telegram:bia_sp"], "pt")
H("handle", "Kontakt über Telegram: t.me/s/jobs_berlin_de", ["telegram:jobs_berlin_de"], "de: t.me/s/ preview link")
H("handle", "Ajoute-moi sur Snap : @chloe.prs", ["snapchat:chloe.prs"], "fr")
H("handle", "Tg kanalimiz: telegram.me/ishbor_nyc", ["telegram:ishbor_nyc"], "uz: telegram.me")
H("handle", "Dm me on X: x.com/luna_noir", ["twitter:luna_noir"], "en: x.com URL")
H("handle", "Twitter: @rosie_lnd", ["twitter:rosie_lnd"], "en: Twitter")
H("handle", "Kik 🟢 bella.kik_22", ["kik:bella.kik_22"], "en: green circle cue")
H("handle", "Insta: @\u200bnora.vie", ["instagram:nora.vie"], "de: zero-width after @")
H("handle", "Nhắn Zalo hoặc Telegram @lan_nails_tx", ["telegram:lan_nails_tx"], "vi: Zalo named without name")
# negatives
H("handle", "Join our group: t.me/+AbCdEf123456 (invite link)", [], "en: invite link")
H("handle", "Post: instagram.com/p/C1a2B3c4D5e/ — price 50$", [], "en: post link")
H("handle", "#jobs #telegram #instagram @everyone", [], "en: hashtags and @everyone")
H("handle", "Bought 3 @ $15, order #IG-2231, ETA 14:00", [], "en: @ in price, IG order id")
H("handle", "We are on Telegram and Instagram, search our name!", [], "en: platforms named without a handle")
H("handle", "email: hana.j@example.org", [], "en: email only, not a handle")
H("handle", "Snapchat version 12.55.0.42 update failed", [], "en: version number")
H("handle", "Facebook Marketplace: bike 120€, 26 inch, pickup 18:00", [], "en: FB named without name")
H("handle", "Line 3, page 42 — see t.me/c/1234567890/55", [], "en: 'Line' as word, private post link")

# ---------------------------------------------------------------- payment
Y = add
Y(
    "payment",
    "Deposit via Cash App 👉 $mimi\u200bgold before we meet",
    ["cashapp:$mimigold"],
    "en: zero-width in cashtag",
)
Y("payment", "Cash App: ＄roselyn22", ["cashapp:$roselyn22"], "en: full-width dollar sign")
Y("payment", "Deposito por Cash App: $valeria305, el resto en persona", ["cashapp:$valeria305"], "es")
Y("payment", "Voye depo a sou Cash App $tifanm509 anvan randevou a", ["cashapp:$tifanm509"], "ht: Haitian Creole")
Y("payment", "Gửi cọc qua CashApp $lanhouston", ["cashapp:$lanhouston"], "vi: CashApp one word")
Y(
    "payment",
    "Envie o sinal pelo Cash App: $biasp (R$ 100 = US$ 20)",
    ["cashapp:$biasp"],
    "pt: reais and dollars nearby",
)
Y("payment", "CashApp\n$nina\nremaining cash", ["cashapp:$nina"], "en: tag on its own line")
Y("payment", "cashapp ➜ $ d e s i r e e", ["cashapp:$desiree"], "en: letter-spaced tag")
Y("payment", "Venmo: @lexi-rae", ["venmo:lexi-rae"], "en: venmo @")
Y("payment", "Venmo me the deposit 💸 venmo.com/u/kayla_m", ["venmo:kayla_m"], "en: venmo URL")
Y("payment", "Pagame por Venmo: @carla-reyes-7", ["venmo:carla-reyes-7"], "es: venmo")
Y("payment", "Venmo (no Zelle): jess-b", ["venmo:jess-b"], "en: venmo without @")
Y("payment", "PayPal: paypal.me/annamodels", ["paypal:annamodels"], "en: paypal.me")
Y(
    "payment",
    "Zahlung per PayPal an paypal.me/lenafoto (Anzahlung 50 €)",
    ["paypal:lenafoto"],
    "de: paypal.me with deposit",
)
Y("payment", "Płatność z góry 👉 PayPal: paypal.me/kasiaw 👈 potem adres", ["paypal:kasiaw"], "pl: pointing emoji")
Y("payment", "Пополнить через PayPal: https://www.paypal.me/olga_tour", ["paypal:olga_tour"], "ru: full URL")
Y("payment", "Paga con PayPal: paypal.me/giuliaph/25", ["paypal:giuliaph"], "it: amount after slash")
Y("payment", "PayPal-ൽ അയക്കൂ: paypal.me/anjuvisa", ["paypal:anjuvisa"], "ml: Malayalam")
Y("payment", "Trimite avansul pe PayPal: paypal.me/ioanavisa", ["paypal:ioanavisa"], "ro")
Y("payment", "Vé máy bay: chuyển PayPal paypal.me/vietjob", ["paypal:vietjob"], "vi")
Y(
    "payment",
    "Cash App $jazz_nyc or Venmo @jazz-nyc, no PayPal",
    ["cashapp:$jazz_nyc", "venmo:jazz-nyc"],
    "en: two platforms",
)
Y("payment", "Visa processing fee $350 → cashapp $visaoffice_ny", ["cashapp:$visaoffice_ny"], "en: fee then tag")
Y("payment", "Tuma pesa kwa Cash App $kazi_dallas ($200 tu)", ["cashapp:$kazi_dallas"], "sw: price beside tag")
Y("payment", "Xa bilaash ma aha: Cash App $hodan612", ["cashapp:$hodan612"], "so: Somali")
Y("payment", "通过Cash App付定金：$meimei_la", ["cashapp:$meimei_la"], "zh")
Y("payment", "デポジットはCash Appで $yuki_sf まで", ["cashapp:$yuki_sf"], "ja")
Y("payment", "캐시앱 입금: $jiwoo_la", ["cashapp:$jiwoo_la"], "ko: 캐시앱")
Y("payment", "कैश ऐप पर भेजें: $raj_nj", ["cashapp:$raj_nj"], "hi: कैश ऐप")
Y("payment", "ক্যাশ অ্যাপ: $rina_nyc", ["cashapp:$rina_nyc"], "bn: ক্যাশ অ্যাপ")
Y("payment", "ادفع العربون عبر Cash App: $amal_mi", ["cashapp:$amal_mi"], "ar")
Y("payment", "از طریق Venmo بفرستید: @sara-la", ["venmo:sara-la"], "fa: venmo")
Y("payment", "Venmo-ზე გადაიხადეთ: @nino-ny", ["venmo:nino-ny"], "ka: venmo")
Y("payment", "Վճարեք Venmo-ով՝ @ani-la", ["venmo:ani-la"], "hy: venmo")
Y("payment", "በCash App ይላኩ፡ $selam_dc", ["cashapp:$selam_dc"], "am: Cash App")
Y("payment", "Cash App-ல் அனுப்பவும்: $vel_nj", ["cashapp:$vel_nj"], "ta")
Y("payment", "שלחו מקדמה ב-Cash App: $noa_mia", ["cashapp:$noa_mia"], "he")
Y("payment", "Kapora Cash App ile: $ayse_ny", ["cashapp:$ayse_ny"], "tr")
Y("payment", "Депозит через CashApp 💵 $katyany, остальное наличными", ["cashapp:$katyany"], "ru: CashApp")
Y("payment", "Завдаток на Cash App: $oksana_chi (50 $)", ["cashapp:$oksana_chi"], "uk: amount after tag")
Y("payment", "Deposit 💲cashapp💲 $honeyb", ["cashapp:$honeyb"], "en: heavy-dollar emoji around cue")
Y("payment", "Bayad sa Cash App: $ate_joy (₱ ok din via GCash 0917)", ["cashapp:$ate_joy"], "tl")
Y("payment", "Kirim DP via PayPal: paypal.me/dewi_bali", ["paypal:dewi_bali"], "id")
Y(
    "payment",
    "Forwarded ⏩ *FUNDRAISER* help Maria get home 🙏 paypal.me/helpmariahome",
    ["paypal:helpmariahome"],
    "en: fundraiser forward",
)
Y("payment", "Wpłać zaliczkę: Cash App $kasia_chi, reszta gotówką", ["cashapp:$kasia_chi"], "pl")
Y(
    "payment",
    "Venmo 👇\n@brook-lyn\n(last 4 digits 0142 if asked)",
    ["venmo:brook-lyn"],
    "en: tag on next line, last 4 digits nearby",
)
Y("payment", "CA tag 👉 $ marisol 👈", ["cashapp:$marisol"], "en: space after $")
Y("payment", "Μόνο PayPal: paypal.me/elenitravel", ["paypal:elenitravel"], "el")
Y("payment", "Betalen via PayPal: paypal.me/sanne_nl", ["paypal:sanne_nl"], "nl")
Y("payment", "Maksu PayPalilla: paypal.me/aino_fi", ["paypal:aino_fi"], "fi")
Y(
    "payment",
    "Venmo @tasha-b · Cash App $tashab · PayPal paypal.me/tashab",
    ["venmo:tasha-b", "cashapp:$tashab", "paypal:tashab"],
    "en: three platforms in a link-in-bio line",
)
# negatives
Y("payment", "$AAPL up 3%, $TSLA down, buy at $180.50", [], "en: stock cashtags and price")
Y("payment", "Rent $1,200/mo, deposit $500, card ending 4242", [], "en: prices and card ending")
Y("payment", "We accept Cash App, Venmo and PayPal — ask for details", [], "en: platforms without tags")
Y("payment", "IBAN DE89 3704 0044 0532 0130 00, Betrag 250 €", [], "de: IBAN")
Y("payment", "Precio: $50 USD la hora, $300 la noche", [], "es: prices with $")
Y("payment", "Order #PP-20250512 paid via PayPal on 12/05", [], "en: PayPal order id")
Y("payment", "Cash only 💵 $$$ no apps", [], "en: dollars without a tag")
Y("payment", "Gaji $2.500 per bulan + bonus $300", [], "id: salary with $")
Y("payment", "Tx id 4f3a9c...e21 sent 0.05 BTC, fee $3", [], "en: crypto tx and fee")

# ---------------------------------------------------------------- crypto
C = add
seeds = [f"clew-b17-{i}" for i in range(60)]
i = 0


def nxt() -> str:
    global i
    s = seeds[i]
    i += 1
    return s


a = b58(0x00, nxt())
C("crypto", f"Donate BTC: {a} 🙏", [f"btc:{a}"], "en: P2PKH")
a = b58(0x05, nxt())
C("crypto", f"Bitcoin (P2SH): {a}", [f"btc:{a}"], "en: P2SH")
a = segwit("bc", nxt())
C("crypto", f"BTC segwit 👉 {a}", [f"btc:{a}"], "en: bech32")
a = segwit("bc", nxt())
C("crypto", f"BTC: {a.upper()}", [f"btc:{a}"], "en: bech32 in upper case (QR style)")
a = b58(0x00, nxt())
C("crypto", f"Оплата в биткоинах:\n{a[:17]}\n{a[17:]}", [f"btc:{a}"], "ru: over two lines")
a = b58(0x00, nxt())
C("crypto", f"BTC: {a[:12]}\u200b{a[12:]}", [f"btc:{a}"], "en: zero-width inside")
a = b58(0x00, nxt())
C("crypto", f"比特币地址：{a}（只收BTC）", [f"btc:{a}"], "zh: full-width brackets after")
a = segwit("bc", nxt())
C("crypto", f"ビットコイン送金先：{a}", [f"btc:{a}"], "ja")
a = b58(0x05, nxt())
C("crypto", f"비트코인 주소: {a}", [f"btc:{a}"], "ko")
a = segwit("bc", nxt())
C("crypto", f"Ví BTC của mình: {a} (phí 5$)", [f"btc:{a}"], "vi: fee nearby")
a = b58(0x00, nxt())
C("crypto", f"Adres BTC: {a} — przelew do 12.05", [f"btc:{a}"], "pl: date nearby")
a = b58(0x00, nxt())
C("crypto", f"عنوان البيتكوين: {a}", [f"btc:{a}"], "ar")
a = segwit("bc", nxt())
C("crypto", f"آدرس بیت کوین: {a}", [f"btc:{a}"], "fa")
a = b58(0x00, nxt())
C("crypto", f"बिटकॉइन पता: {a}", [f"btc:{a}"], "hi")
a = b58(0x05, nxt())
C("crypto", f"Adresse Bitcoin : {a}. Merci !", [f"btc:{a}"], "fr: sentence-final dot")
a = segwit("bc", nxt())
C("crypto", f"Bitcoin-Adresse:\n{a[:21]}\n{a[21:]}", [f"btc:{a}"], "de: bech32 over two lines")
m, lo = eth(nxt())
C("crypto", f"ETH / USDT (ERC-20): {m}", [f"eth:{lo}"], "en: EIP-55")
m, lo = eth(nxt())
C("crypto", f"Ethereum: {lo}", [f"eth:{lo}"], "en: lower case")
m, lo = eth(nxt())
C("crypto", f"Кошелёк ETH:\n{m[:22]}\n{m[22:]}", [f"eth:{lo}"], "ru: ETH over two lines")
m, lo = eth(nxt())
C("crypto", f"以太坊：{m}", [f"eth:{lo}"], "zh")
m, lo = eth(nxt())
C("crypto", f"ETH 지갑 {m} 입금 후 연락", [f"eth:{lo}"], "ko")
m, lo = eth(nxt())
C("crypto", f"Carteira ETH: {m[:10]}\u200c{m[10:]}", [f"eth:{lo}"], "pt: ZWNJ inside")
m, lo = eth(nxt())
C("crypto", f"ETH: {m} (gas ~$2, 0.015 ETH)", [f"eth:{lo}"], "en: amounts nearby")
m, lo = eth(nxt())
C("crypto", f"Cüzdan (ERC20): {m}", [f"eth:{lo}"], "tr")
m, lo = eth(nxt())
C("crypto", f"ארנק ETH: {m}", [f"eth:{lo}"], "he")
m, lo = eth(nxt())
C("crypto", f"Πορτοφόλι ETH: {m}", [f"eth:{lo}"], "el")
m, lo = eth(nxt())
C("crypto", f"ETH-lompakko: {lo.upper().replace('0X', '0x')}", [f"eth:{lo}"], "fi: upper case hex")
t = trx(nxt())
C("crypto", f"USDT TRC20: {t}", [f"trx:{t}"], "en: TRON")
t = trx(nxt())
C("crypto", f"Оплата USDT (TRC-20) 👉 {t} 👈 после оплаты скрин", [f"trx:{t}"], "ru: TRON")
t = trx(nxt())
C("crypto", f"USDT-TRC20 钱包：{t}", [f"trx:{t}"], "zh: TRON")
t = trx(nxt())
C("crypto", f"Ví USDT (mạng TRON):\n{t[:17]}\n{t[17:]}", [f"trx:{t}"], "vi: TRON over lines")
t = trx(nxt())
C("crypto", f"TRON: {t[:8]}\u200b{t[8:]}", [f"trx:{t}"], "en: zero-width inside TRON")
t = trx(nxt())
C("crypto", f"محفظة USDT ترون: {t}", [f"trx:{t}"], "ar: TRON")
t = trx(nxt())
C("crypto", f"USDT TRC20 ที่อยู่: {t}", [f"trx:{t}"], "th: TRON")
t = trx(nxt())
C("crypto", f"Alamat USDT TRC20: {t} (biaya admin 1 USDT)", [f"trx:{t}"], "id: TRON")
t = trx(nxt())
C("crypto", f"Anwani ya USDT (TRC20): {t}", [f"trx:{t}"], "sw: TRON")
t = trx(nxt())
C("crypto", f"Portofel USDT TRC20: {t}", [f"trx:{t}"], "ro: TRON")
a = b58(0x30, nxt())
C("crypto", f"Litecoin (LTC): {a}", [f"ltc:{a}"], "en: LTC L-address")
a = b58(0x32, nxt())
C("crypto", f"LTC: {a}", [f"ltc:{a}"], "en: LTC M-address")
a = segwit("ltc", nxt())
C("crypto", f"Litecoin adresa: {a}", [f"ltc:{a}"], "cs: ltc1")
a = b58(0x30, nxt())
C("crypto", f"Ví LTC: {a}", [f"ltc:{a}"], "vi: LTC")
a = b58(0x1E, nxt())
C("crypto", f"DOGE tips 🐕 {a}", [f"doge:{a}"], "en: DOGE")
a = b58(0x1E, nxt())
C("crypto", f"Dogecoin cüzdanı: {a}", [f"doge:{a}"], "tr: DOGE")
a = sol(nxt())
C("crypto", f"SOL (Solana): {a}", [f"sol:{a}"], "en: Solana")
a = sol(nxt())
C("crypto", f"Solana кошелёк: {a}", [f"sol:{a}"], "ru: Solana")
b1 = b58(0x00, nxt())
m, lo = eth(nxt())
t = trx(nxt())
C(
    "crypto",
    f"📌 Pinned: payment options\nBTC: {b1}\nETH: {m}\nUSDT TRC20: {t}\nNo refunds.",
    [f"btc:{b1}", f"eth:{lo}", f"trx:{t}"],
    "en: Telegram pinned post with three wallets",
)
b1 = segwit("bc", nxt())
m, lo = eth(nxt())
C("crypto", f"Spenden / Donations:\n• Bitcoin {b1}\n• Ether {m}", [f"btc:{b1}", f"eth:{lo}"], "de: bullet list")
a = b58(0x00, nxt())
C("crypto", f"Адреса BTC: {a}", [f"btc:{a}"], "uk")
a = b58(0x05, nxt())
C("crypto", f"বিটকয়েন ঠিকানা: {a}", [f"btc:{a}"], "bn")
a = segwit("bc", nxt())
C("crypto", f"Dirección BTC: {a} — envía 0.002 BTC", [f"btc:{a}"], "es: amount nearby")
m, lo = eth(nxt())
C("crypto", f"Indirizzo ETH: {m}", [f"eth:{lo}"], "it")
# negatives (checksum broken or not addresses)
a = b58(0x00, nxt())
bad = a[:-1] + ("2" if a[-1] != "2" else "3")
C("crypto", f"BTC: {bad}", [], "en: BTC with the last character changed (bad checksum)")
m, lo = eth(nxt())
badm = m[:2] + m[2:].swapcase()
C("crypto", f"ETH: {badm}", [], "en: ETH mixed case with every letter's case flipped (EIP-55 fails)")
t = trx(nxt())
badt = t[:10] + ("a" if t[10] != "a" else "b") + t[11:]
C("crypto", f"USDT TRC20: {badt}", [], "en: TRON with one character changed")
C("crypto", f"Tx hash: 0x{hashlib.sha256(b'b17-tx1').hexdigest()} confirmed ✅", [], "en: transaction hash")
C("crypto", f"BTC txid {hashlib.sha256(b'b17-tx2').hexdigest()}", [], "en: txid")
C("crypto", "Order 1Z999AA10123456784 shipped; invoice INV-2025-0042", [], "en: tracking number")
C("crypto", "Price 0.05 BTC (~$3,200), meet 12/05 at 18:00", [], "en: amount only")
C("crypto", "Coordinates 13.7563, 100.5018; ISBN 978-3-16-148410-0", [], "en: coordinates and ISBN")
C("crypto", "API key: sk_live_9Qx7Tb2Lm4Kp8Zr3Wv6Yn1Hd (not a wallet)", [], "en: API key")

# ---------------------------------------------------------------- age
A = add
A("age", "Hola, soy Valeria, tengo 2️⃣3️⃣ añitos 💋", ["23"], "es: keycap digits with diminutive")
A("age", "Меня зовут Катя, мне 2\u200b1 год", ["21"], "ru: zero-width inside age")
A("age", "Ich bin zwanzig Jahre jung und neu in der Stadt", ["20"], "de: number word")
A("age", "Je suis Chloé, vingt-deux ans, étudiante", ["22"], "fr: number word")
A("age", "Sono Giulia, ventiquattro anni, 1,68 m", ["24"], "it: word with height nearby")
A("age", "Tenho dezenove anos, moro no centro", ["19"], "pt: dezenove")
A("age", "Am douăzeci și unu de ani, 55 kg", ["21"], "ro: word with weight nearby")
A("age", "Mam 25 lat, 170 cm, 55 kg, 90-60-90", ["25"], "pl: measurements nearby")
A("age", "Bana 22 yaşındayım, İstanbul'da yeniyim", ["22"], "tr: yaşındayım")
A("age", "Umri wangu ni miaka 24", ["24"], "sw: miaka")
A("age", "Tôi 2 mươi 3 tuổi, mới sang Mỹ", ["23"], "vi: digit and word mixed")
A("age", "Aku umur dua puluh satu tahun", ["21"], "id: dua puluh satu")
A("age", "Ako si Joy, 26 taong gulang", ["26"], "tl: taong gulang")
A("age", "わたしは２２歳です", ["22"], "ja: full-width digits 歳")
A("age", "我今年二十岁，身高165", ["20"], "zh: Chinese numerals, height nearby")
A("age", "저는 스물세 살이에요", ["23"], "ko: native Korean numeral")
A("age", "ฉันอายุ ๒๑ ปี", ["21"], "th: Thai digits")
A("age", "मेरी उम्र २४ साल है", ["24"], "hi: Devanagari digits")
A("age", "আমার বয়স ২২ বছর", ["22"], "bn: Bengali digits")
A("age", "عمري ٢٣ سنة", ["23"], "ar: Arabic-Indic digits")
A("age", "سنم ۱۹ ساله است", ["19"], "fa: Persian digits")
A("age", "אני בת 20, חדשה בעיר", ["20"], "he: בת 20")
A("age", "Είμαι 21 χρονών, φοιτήτρια", ["21"], "el")
A("age", "21 éves vagyok, Budapestről", ["21"], "hu: éves")
A("age", "Ik ben 24 jaar, 1.72 m lang", ["24"], "nl: height nearby")
A("age", "Jag är 27 år gammal", ["27"], "sv")
A("age", "Je mi 22 let", ["22"], "cs")
A("age", "Olen 23-vuotias", ["23"], "fi: hyphen suffix")
A("age", "მე ვარ 20 წლის", ["20"], "ka")
A("age", "Ես 22 տարեկան եմ", ["22"], "hy")
A("age", "እድሜዬ 25 ነው", ["25"], "am")
A("age", "எனக்கு 23 வயது", ["23"], "ta")
A("age", "میری عمر 24 سال ہے", ["24"], "ur")
A("age", "Мені 19 років, шукаю роботу", ["19"], "uk")
A("age", "new in town 💕 twenty\none y/o, 5'4", ["21"], "en: number word across line break, height")
A("age", "Age: 2 🔥 2", ["22"], "en: emoji between digits")
A(
    "age",
    "Name: Lily | Age: 20 | Height: 165 cm | Weight: 50 kg | Rates: 200/h",
    ["20"],
    "en: profile card with measurements",
)
A("age", "22yrs young 😘 available 24/7", ["22"], "en: 24/7 nearby")
A("age", "I'm 19 and my friend is 20, we travel together", ["19", "20"], "en: two ages")
A("age", "Profil: Anna, wiek 23, wzrost 168, waga 52", ["23"], "pl: profile with height and weight")
A("age", "Edad: 21 | Estatura: 1.60 | Tarifa: 100 USD", ["21"], "es: profile card")
A("age", "Âge : 24 ans — dispo de 10h à 22h", ["24"], "fr: times nearby")
A("age", "Возраст: 23, рост 170, вес 55, 2 размер", ["23"], "ru: profile card")
A("age", "Alter: 26 · Größe: 1,70 · Konfektion 36", ["26"], "de: dress size nearby")
A("age", "Yaş: 20, boy 1.65, kilo 50", ["20"], "tr: profile")
A("age", "Usia: 22 thn, TB 160, BB 48", ["22"], "id: thn abbreviation")
A("age", "Tuổi: 24, cao 1m62, nặng 48kg", ["24"], "vi: profile")
A("age", "Job ad: applicants must be 18+; I'm Sarah, 28, recruiter", ["28"], "en: 18+ requirement is not an age")
A("age", "OCR flyer: MIA - 2l YRS - NEW", ["21"], "en: OCR l for 1")
A("age", "Edad: veintitrés años 🌹 150 rosas", ["23"], "es: rose-price nearby")
A("age", "Idade: 2\n2 anos", ["22"], "pt: digits across a line break")
# negatives
A("age", "Open 24/7, 30 min = 100, 60 min = 180", [], "en: hours and prices")
A("age", "Height 5'6, 34C, 125 lbs", [], "en: measurements")
A("age", "Meet at 21:30, room 22, 19th street", [], "en: time, room, street")
A("age", "Must be 18+ to apply. Salary 25 USD/h", [], "en: age requirement, not a person's age")
A("age", "Published 12/05/2025 · 23 views · 19 likes", [], "en: counts and date")
A("age", "Company founded 20 years ago, 150 employees", [], "en: company age")
A("age", "Размер 42, рост 175, цена 3000 руб", [], "ru: size, height, price")
A("age", "Apartment 2 bedrooms, 65 m², 3rd floor, built 1998", [], "en: apartment specs")
A("age", "Flight TK 22 departs 19:45, gate 21", [], "en: flight, time, gate")


def main() -> None:
    for kind, recs in R.items():
        with (OUT / f"{kind}.jsonl").open("w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(kind, len(recs), sum(1 for r in recs if not r["expected"]))


if __name__ == "__main__":
    main()
