"""Generate batch 11 of Clew's held-out identifier set (bench/data/identifiers_heldout/batch11/<type>.jsonl).

    python bench/data/identifiers_heldout/batch11/make.py

Why an eleventh batch: batch 10 has been scored and studied, so it no longer measures text nobody tuned
for.  Batch 11 was written blind by another author who read only issue 3, the obfuscation table in
the research notes (indicators.md section 5), the data contract in PRODUCT.md, the scorer, the first
lines of batch 7's files (for the record format) and the docstrings of batches 6 to 10 (to choose
*other* cases).  No extractor code, generated docs, tests or earlier held-out records were read.

What a 2026 crawl of classifieds, Telegram channels, forums and chat exports looks like, in languages
the earlier batches hardly used (Lithuanian, Latvian, Estonian, Slovak, Slovenian, Croatian, Bulgarian,
Macedonian, Azerbaijani, Uzbek, Kazakh, Kyrgyz, Mongolian, Georgian, Armenian, Amharic, Hausa, Yoruba,
Igbo, Zulu, Afrikaans, Icelandic, Irish, Welsh, Basque, Galician, Maltese, Cebuano, Khmer, Lao, Burmese,
Sinhala, Nepali, Urdu, Pashto, Kurdish, Hmong, ...); about half the positives are everyday realism and
half typographic disguise of kinds batches 6, 7 and 9 did not use:
- phones: numbers partly in number words of those languages and partly in digits (NA 555-01xx in
  US/CA diaspora ads, UK drama landlines, the French fiction range, AU 0491 570 1xx); Telegram channel
  digests, chat exports with one group per message, e-mail and forum signatures, two or three numbers
  per text; digits of Hanifi Rohingya, Nyiakeng Puachue Hmong, Pahawh Hmong, Wancho, Tangsa, Newa,
  Tirhuta, Takri, Sharada, Brahmi, Modi, Ahom and Mro; multi-digit circled / parenthesised numbers
  (㉚ ⒇); "digit comma" symbols (🄈); zalgo-style stacked combining marks; invisible separator,
  Mongolian vowel separator, Hangul filler, braille blank, combining grapheme joiner and tag
  characters between digits; figure dash, horizontal bar, small hyphen-minus, modifier minus, em dash;
  narrow no-break, figure and ideographic spaces; l, S, O, I, B for digits in a shouted ad; 🅾️ for 0.
- e-mail: "@" and "." words of those languages (pie/punkts, bodka, točka, nöqtə, kuchukcha/nuqta, цэг,
  አት/ነጥብ, aapstert, ag/ponc, a bildua/puntu, tikka, អាត់/ចុច, ແອັດ/ຈຸດ, အက်/ဒေါ့, ایٹ/ڈاٹ, ඇට්/ඩොට්,
  a móc, 圈a/点, Affenschwanz), quoted-reply headers, mail headers, chat exports, signatures, lists of
  three; small-capital "fancy text", math sans-serif italic and bold script letters, superscript
  letters, zalgo marks, invisible separators, Hangul filler, one-dot leader / small full stop /
  halfwidth ideographic full stop for ".", Armenian օ, Cherokee capitals, Coptic ⲟ, Ukrainian і,
  white and double parentheses around at/dot.
- handles: platform named before or after in those languages with local inflection (Instagrame,
  Telegramā, TikTokis, na Snapi, Teleqramda, Инстаграмаар, ტელეგრამზე, Տելեգրամով, Telegramen, li
  Telegramê, ...), leet usernames and platform names, dots / underscores / digits at the edges, profile
  URLs with tracking queries (igsh, _t, ref), forwarded channel posts, chat exports, footers with
  Discord / Skype / WeChat, LINE IDs, unknown-platform handles; the typographic forms above plus
  Cherokee / Armenian letters in platform names, Roman-numeral ⅼ, full-width, negative squared 🅸🅶,
  combining double low line.
- payment: Revolut tags, PayPal.me, Cash App and Venmo next to deposits in ~25 currencies (EUR, BGN,
  MKD, AZN, UZS, KZT, MNT, GEL, AMD, ETB, NGN, ZAR, ISK, GBP, PHP, KHR, LAK, MMK, NPR, PKR, LKR, RUB,
  PLN, USD) with local inflections (PayPala, Revoluti, Revolut-a, PayPal-ზე, Revolutê); payment links
  with queries (account.venmo.com/pay?recipients=, revolut.me/?amount=, cash.app/$tag/25); a cashtag
  written without "$"; the typographic forms above plus ₵ for C, circled and negative squared letters.
- crypto: BTC (P2PKH, P2SH-P2WPKH, P2WPKH), ETH (EIP-55 and lower case), TRON, LTC (L, M, ltc1), DOGE,
  SOL derived here from fixed seeds (pure-Python secp256k1, Ed25519 from pycryptodome) and checked, in
  donation footers of ~30 languages, payment-request URIs (bitcoin:, tron:, solana:, litecoin:,
  dogecoin:), explorer URLs with sub-paths / queries / fragments, QR-code art, wallet notifications
  next to tx and block hashes; math sans-serif, zalgo, invisible separators, Cyrillic look-alikes,
  NNBSP / figure-space groups, emoji-split, soft hyphen, ₿ and Ξ labels.
- age: profile lines and sentences in ~40 languages with their own phrasing (mám 22 rokov, 22 yaşım var,
  25 жастамын, ვარ 26 წლის, Ég er 24 ára, 25 urte ditut, ...) and number words (dvadsaťtri, ოცდაორი,
  een-en-twintig, baynte-dos); Khmer, Lao, Burmese, Persian, Rohingya, Hmong
  and Takri digits, ㉒, ⒛, superscripts, zalgo, small-capital "years old", Cyrillic "у/о".
Negatives (``"expected": []``, about 15 % per type) carry look-alikes: prices, dates, order and
tracking numbers, flight numbers, IBAN, ISBN, coordinates, measurements, times, tx hashes, broken
checksums, ENS names, version numbers.

All values are fictional: NA 555-0100..0199, AU 0491 570 1xx, UK Ofcom drama landlines (020 7946 0xxx,
0161 496 0xxx), the French ARCEP fiction range 01 99 00 xx xx; example.com/.org/.net; made-up handles;
wallets from sha256 of seed strings.  Every record has "batch": 11.
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

# --- secp256k1 (pure Python, only for deriving fixed demo keys) -----------------------------------
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
    if a == b:  # doubling
        return _double(a)
    lam = (b[1] - a[1]) * pow(b[0] - a[0], -1, _P) % _P
    x = (lam * lam - a[0] - b[0]) % _P
    return x, (lam * (a[0] - x) - a[1]) % _P


def _double(a: tuple[int, int]) -> tuple[int, int]:
    lam = 3 * a[0] * a[0] * pow(2 * a[1], -1, _P) % _P
    x = (lam * lam - 2 * a[0]) % _P
    return x, (lam * (a[0] - x) - a[1]) % _P


def _pub(seed: str) -> tuple[int, int]:
    k = int.from_bytes(hashlib.sha256(seed.encode()).digest(), "big") % _N
    r: tuple[int, int] | None = None
    q: tuple[int, int] | None = _G
    while k:
        if k & 1:
            r = _add(r, q)
        q = _add(q, q)
        k >>= 1
    assert r is not None
    return r


def _compressed(seed: str) -> bytes:
    x, y = _pub(seed)
    return bytes([2 + (y & 1)]) + x.to_bytes(32, "big")


def _keccak(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


def _hash160(data: bytes) -> bytes:
    return RIPEMD160.new(hashlib.sha256(data).digest()).digest()


def _b58check(payload: bytes) -> str:
    return base58.b58encode_check(payload).decode()


def btc_p2pkh(seed: str) -> str:
    return _b58check(b"\x00" + _hash160(_compressed(seed)))


def btc_p2sh(seed: str) -> str:
    """P2SH-P2WPKH: the script hash of the witness program 0014<hash160>."""
    return _b58check(b"\x05" + _hash160(b"\x00\x14" + _hash160(_compressed(seed))))


def btc_p2wpkh(seed: str, hrp: str = "bc") -> str:
    addr = bech32.encode(hrp, 0, _hash160(_compressed(seed)))
    assert addr
    return addr


def eth_raw(seed: str) -> bytes:
    x, y = _pub(seed)
    return _keccak(x.to_bytes(32, "big") + y.to_bytes(32, "big"))[-20:]


def eth(seed: str) -> str:
    """EIP-55 mixed-case address (what people paste)."""
    low = eth_raw(seed).hex()
    h = _keccak(low.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(low))


def trx(seed: str) -> str:
    return _b58check(b"\x41" + eth_raw(seed))


def ltc(seed: str, kind: str = "L") -> str:
    if kind == "ltc1":
        return btc_p2wpkh(seed, "ltc")
    if kind == "M":
        return _b58check(b"\x32" + _hash160(b"\x00\x14" + _hash160(_compressed(seed))))
    return _b58check(b"\x30" + _hash160(_compressed(seed)))


def doge(seed: str) -> str:
    return _b58check(b"\x1e" + _hash160(_compressed(seed)))


def sol(seed: str) -> str:
    key = ECC.construct(curve="Ed25519", seed=hashlib.sha256(seed.encode()).digest())
    return base58.b58encode(key.public_key().export_key(format="raw")).decode()


def broken(addr: str) -> str:
    """Change one character in the middle so the checksum no longer holds (same alphabet)."""
    i = len(addr) // 2
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    if addr.startswith(("bc1", "ltc1")):
        alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    c = addr[i]
    repl = alphabet[(alphabet.index(c) + 7) % len(alphabet)] if c in alphabet else "q"
    return addr[:i] + repl + addr[i + 1 :]


def tx_hash(seed: str) -> str:
    return hashlib.sha256(("tx:" + seed).encode()).hexdigest()


# --- helpers for the texts ------------------------------------------------------------------------
ROHINGYA, HMONG_NP, PAHAWH, WANCHO, TANGSA = 0x10D30, 0x1E140, 0x16B50, 0x1E2F0, 0x16AC0
NEWA, TIRHUTA, TAKRI, SHARADA, BRAHMI, MODI, AHOM, MRO = (
    0x11450,
    0x114D0,
    0x116C0,
    0x111D0,
    0x11066,
    0x11650,
    0x11730,
    0x16A60,
)
CIRCLED_2 = {
    n: chr(0x2460 + n - 1) if n <= 20 else chr(0x3251 + n - 21) if n <= 35 else chr(0x32B1 + n - 36)
    for n in range(1, 51)
}


def sd(text: str, base: int) -> str:
    """ASCII digits of `text` written in the script whose zero is `base`."""
    return "".join(chr(base + int(c)) if c.isdigit() else c for c in text)


def comma_digits(text: str) -> str:
    """Digits as DIGIT n COMMA symbols (U+1F101..), zero is U+1F101."""
    return "".join(chr(0x1F101 + int(c)) if c.isdigit() else c for c in text)


def zalgo(text: str, marks: str = "\u0337\u0334\u0489\u0315") -> str:
    """Stack combining marks on every digit, as spam generators do."""
    out = []
    for i, c in enumerate(text):
        out.append(c)
        if c.isdigit():
            out.append(marks[i % len(marks)] + marks[(i + 1) % len(marks)])
    return "".join(out)


def between(text: str, sep: str) -> str:
    """Insert `sep` between consecutive digits."""
    out = []
    for i, c in enumerate(text):
        out.append(c)
        if c.isdigit() and i + 1 < len(text) and text[i + 1].isdigit():
            out.append(sep)
    return "".join(out)


def pairs_circled(digits: str) -> str:
    """Write digits two by two as multi-digit circled numbers where possible (⑫ ㉟ ㊿); else plain circled."""
    out = []
    i = 0
    while i < len(digits):
        two = digits[i : i + 2]
        if len(two) == 2 and two[0] != "0" and 10 <= int(two) <= 50:
            out.append(CIRCLED_2[int(two)])
            i += 2
        else:
            d = int(digits[i])
            out.append("⓪" if d == 0 else CIRCLED_2[d])
            i += 1
    return "".join(out)


Rec = tuple[str, str | None, list[str], str]

# --- phones ---------------------------------------------------------------------------------------
PHONE: list[Rec] = [
    # everyday realism: classifieds, channels, chats, in other languages
    (
        "Ieškome valytojų viešbučiui Londone. Atlyginimas £11.44/val., apgyvendinimas suteikiamas. "
        "Skambinkite arba rašykite WhatsApp: 020 7946 0318 (Rasa).",
        "GB",
        ["+442079460318"],
        "lt: job ad, London landline",
    ),
    (
        "Darbs Mančestrā noliktavā, maiņas 06:00–14:00, alga £480 nedēļā.\nZvaniet: 0161 496 0745\nvai 0161 496 0746",
        "GB",
        ["+441614960745", "+441614960746"],
        "lv: two Manchester numbers, shift times and salary",
    ),
    (
        "Otsin lapsehoidjat Sydneys, 3 päeva nädalas. Helista: null neli üheksa üks 570 153",
        "AU",
        ["+61491570153"],
        "et: number words then digits",
    ),
    (
        "Hľadáme opatrovateľku do Londýna, 2 týždne turnus. Volajte: nula dva nula 7946 0521",
        "GB",
        ["+442079460521"],
        "sk: leading groups in words",
    ),
    (
        "Nudimo posao u Manchesteru, smještaj plaćen. Nazovite Ivanu na nula sto šezdeset jedan 496 0233",
        "GB",
        ["+441614960233"],
        "hr: 0161 as 'nula sto šezdeset jedan'",
    ),
    (
        "Търсим момичета за работа в бар в Париж, 1800 € на месец. Тел.: 01 99 00 четиридесет и две 17",
        "FR",
        ["+33199004217"],
        "bg: one pair as a Bulgarian number word",
    ),
    (
        "Iş təklifi Londonda, gündəlik ödəniş. Zəng edin: sıfır iki sıfır 7946 0612",
        "GB",
        ["+442079460612"],
        "az: words for the area code",
    ),
    (
        "Torontoda ish bor, soatiga 17 CAD. Telefon: (416) besh besh besh - 0184",
        "CA",
        ["+14165550184"],
        "uz: 555 spelt in Uzbek",
    ),
    (
        "Сиднейде жұмыс, апта сайын төлем. Хабарласыңыз: 0491 570 бір жүз он сегіз",
        "AU",
        ["+61491570118"],
        "kk: last group as a Kazakh number",
    ),
    (
        "Нью-Йоркт ажил байна. Утас: 212-555-0107, орой 18:00 цагаас хойш залгаарай",
        "US",
        ["+12125550107"],
        "mn: plain NA number with a time after it",
    ),
    (
        "სამუშაო ნიუ-იორკში, ხელფასი $900 კვირაში. დარეკეთ: 646 555 0139 ან მოგვწერეთ ვოთსაპზე",
        "US",
        ["+16465550139"],
        "ka: number next to a weekly wage",
    ),
    (
        "በዋሽንግተን ዲሲ የቤት ሰራተኛ ስራ። ደሞዝ $2,400 በወር። ስልክ: 202 555 0163",
        "US",
        ["+12025550163"],
        "am: Amharic job ad, monthly wage",
    ),
    (
        "Aiki a Toronto, albashi $18 a awa. Kira: 416 555 01 biyar takwas",
        "CA",
        ["+14165550158"],
        "ha: last digits as Hausa words",
    ),
    (
        "Iṣẹ́ wà ní Houston fún àwọn ọmọbìnrin. Ẹ pè: 713-555-0122 tàbí 713-555-0123",
        "US",
        ["+17135550122", "+17135550123"],
        "yo: two consecutive numbers",
    ),
    (
        "Ọrụ dị na Atlanta, ego $650 kwa izu. Kpọọ 404 555 0171!",
        "US",
        ["+14045550171"],
        "ig: number followed by an exclamation mark",
    ),
    (
        "Werk in Sydney, kontant betaal elke Vrydag. Bel of WhatsApp: 0491 570 nul een nege",
        "AU",
        ["+61491570109"],
        "af: last digits as Afrikaans words",
    ),
    (
        "Vinna í London, húsnæði innifalið. Hringdu í 020 7946 0884 eftir kl. 17",
        "GB",
        ["+442079460884"],
        "is: Icelandic, time after the number",
    ),
    (
        "Obair i Manchester, €0 táille. Glaoigh: náid a haon a sé a haon 496 0307",
        "GB",
        ["+441614960307"],
        "ga: Irish number words for 0161",
    ),
    (
        "Swydd yn Llundain, cyflog da. Ffoniwch: dim dau dim 7946 0455",
        "GB",
        ["+442079460455"],
        "cy: Welsh words for 020",
    ),
    (
        "Lana Parisen, ostatua barne. Deitu: 01 99 00 hogeita hamar 12",
        "FR",
        ["+33199003012"],
        "eu: Basque pair 'hogeita hamar' = 30",
    ),
    (
        "Traballo en Londres, aloxamento incluído. Chama ao 020 7946 0909 ou ao 020 7946 0910",
        "GB",
        ["+442079460909", "+442079460910"],
        "gl: two numbers in one sentence",
    ),
    (
        "Xogħol f'Manchester, paga kull ġimgħa. Ċempel: 0161 496 0erbgħa tlieta tnejn",
        "GB",
        ["+441614960432"],
        "mt: last digits as Maltese words glued to a zero",
    ),
    (
        "Naay trabaho sa Vancouver, $22/hr. Tawag lang sa 604 555 sero usa walo upat",
        "CA",
        ["+16045550184"],
        "ceb: last group in Cebuano words",
    ),
    ("ការងារនៅស៊ីដនី ប្រាក់ខែល្អ។ ទូរស័ព្ទ: 0491 570 ១៦២", "AU", ["+61491570162"], "km: last group in Khmer digits"),
    ("ວຽກຢູ່ນິວຢອກ. ໂທ: 718 555 ສູນ ໜຶ່ງ ສີ່ ແປດ", "US", ["+17185550148"], "lo: last digits as Lao words"),
    ("ဆစ်ဒနီမှာ အလုပ်ရှိသည်။ ဖုန်း - ၀၄၉၁ ၅၇၀ ၁၃၃", "AU", ["+61491570133"], "my: Burmese digits"),
    (
        "सिड्नीमा काम, तलब राम्रो। फोन: ०४९१ ५७० १४४ वा ०४९१ ५७० १४५",
        "AU",
        ["+61491570144", "+61491570145"],
        "ne: two numbers in Devanagari digits",
    ),
    ("لندن میں نوکری، رہائش مفت۔ رابطہ: صفر دو صفر 7946 0266", "GB", ["+442079460266"], "ur: Urdu words for 020"),
    ("සිඩ්නි වල රැකියා. අමතන්න: 0491 570 එක දෙක හත", "AU", ["+61491570127"], "si: Sinhala words for the last digits"),
    ("په پاریس کې کار. اړیکه: ۰۱ ۹۹ ۰۰ ۵۵ ۳۱", "FR", ["+33199005531"], "ps: Pashto ad with Persian digits"),
    (
        "Kar li Londonê, mûçe baş. Telefon: sifir du sifir 7946 0777",
        "GB",
        ["+442079460777"],
        "ku: Kurmanji words for 020",
    ),
    (
        "Работа во Сиднеј, плата секоја недела. Јавете се: 0491 570 еден седум нула",
        "AU",
        ["+61491570170"],
        "mk: Macedonian words for the last digits",
    ),
    (
        "Delo v Londonu, plača takoj. Pokličite: 020 7946 0 ena dva tri",
        "GB",
        ["+442079460123"],
        "sl: Slovenian words at the end",
    ),
    ("Торонтодо иш бар. Тел: 647 беш беш беш 0115", "CA", ["+16475550115"], "ky: 555 in Kyrgyz words"),
    (
        "Աշխատանք Լոս Անջելեսում, վճարում ամեն շաբաթ։ Զանգեք 213 555 01 ութ ինը",
        "US",
        ["+12135550189"],
        "hy: Armenian words for the last digits",
    ),
    (
        "📢 Канал «Работа UK» — дайджест за 14.03.2026\n1) Склад, Манчестер — 0161 496 0112\n"
        "2) Уборка, Лондон — 020 7946 0113\n3) Кафе, Лондон — 020 7946 0114\nРепост = +10 к карме",
        "GB",
        ["+441614960112", "+442079460113", "+442079460114"],
        "ru: Telegram channel digest, three numbers and a date",
    ),
    (
        "[14:02] Dilnoza: raqamini yubor\n[14:03] Aziz: 917\n[14:03] Aziz: 555\n[14:03] Aziz: 0126",
        "US",
        ["+19175550126"],
        "uz: chat export, one group per message",
    ),
    (
        "-- \nMarta Kowalczyk | Agencja Opiekunek\ntel. kom. +33 1 99 00 61 42 | biuro 10:00–18:00\nNIP 123-456-32-18",
        "FR",
        ["+33199006142"],
        "pl: e-mail signature with a tax number",
    ),
    (
        "Posted by kiwi_nanny » Tue Mar 10, 2026 9:41 pm\nstill looking for a nanny in Brisbane, ring me 0491 570 191\n"
        "_______\nsig: 2 kids, 1 dog, 0 patience",
        None,
        ["+61491570191"],
        "en-AU: forum post and signature",
    ),
    # typographic disguise of kinds the earlier batches did not use
    ("Call Jade 📞 " + sd("312 555 0161", ROHINGYA), "US", ["+13125550161"], "en: Hanifi Rohingya digits"),
    (
        "Hu rau kuv: " + sd("651-555-0172", HMONG_NP),
        "US",
        ["+16515550172"],
        "hmn: Nyiakeng Puachue Hmong digits (Minnesota)",
    ),
    ("Tus xov tooj: " + sd("(916) 555-0137", PAHAWH), "US", ["+19165550137"], "hmn: Pahawh Hmong digits"),
    ("Contact: " + sd("020 7946 0641", WANCHO), "GB", ["+442079460641"], "en: Wancho digits"),
    ("phone " + sd("0491 570 174", TANGSA), "AU", ["+61491570174"], "en: Tangsa digits"),
    ("फोन: " + sd("01 99 00 27 63", NEWA), "FR", ["+33199002763"], "ne: Newa (Prachalit) digits"),
    ("फोन करू: " + sd("0161 496 0590", TIRHUTA), "GB", ["+441614960590"], "mai: Tirhuta digits"),
    ("call " + sd("415 555 0144", TAKRI) + " anytime", "US", ["+14155550144"], "en: Takri digits"),
    ("📱 " + sd("0491 570 128", SHARADA), "AU", ["+61491570128"], "emoji and Sharada digits"),
    ("tel " + sd("206 555 0196", BRAHMI), "US", ["+12065550196"], "en: Brahmi digits"),
    (
        "फोन: " + sd("617", MODI) + " 555 " + sd("0109", AHOM),
        "US",
        ["+16175550109"],
        "mr: Modi, ASCII and Ahom digits in one number",
    ),
    ("whatsapp " + sd("020 7946 0732", MRO), "GB", ["+442079460732"], "en: Mro digits"),
    ("☎ " + pairs_circled("3055550197"), "US", ["+13055550197"], "en: multi-digit circled numbers (㉚⑤⑤⑤...)"),
    ("TEL ⒇ ⑺⑼⑷⑹ ⓪⑴⑸⑴", "GB", ["+442079460151"], "en: parenthesised numbers incl. the two-digit ⒇"),
    ("txt me " + comma_digits("7025550153"), "US", ["+17025550153"], "en: DIGIT COMMA symbols"),
    ("call " + zalgo("808 555 0131"), "US", ["+18085550131"], "en: zalgo combining marks on every digit"),
    ("tel: " + between("0491570186", "\u2063"), "AU", ["+61491570186"], "en: INVISIBLE SEPARATOR between digits"),
    (
        "Холбоо барих: " + between("2125550178", "\u180e"),
        "US",
        ["+12125550178"],
        "mn: Mongolian vowel separator between digits",
    ),
    ("연락처 " + between("2135550166", "\u3164"), "US", ["+12135550166"], "ko: Hangul filler between digits"),
    ("call " + between("3125550125", "\u2800"), "US", ["+13125550125"], "en: braille blank between digits"),
    ("ring " + between("02079460417", "\u034f"), "GB", ["+442079460417"], "en: combining grapheme joiner"),
    (
        "dm or call 702" + "\U000e0020" + "555" + "\U000e0020\U000e0061" + "0138",
        "US",
        ["+17025550138"],
        "en: invisible tag characters between groups",
    ),
    (
        "Appelez le 01\u202f99\u202f00\u202f84\u202f26 (heures de bureau)",
        "FR",
        ["+33199008426"],
        "fr: narrow no-break spaces between pairs",
    ),
    ("Тел.\u2007020\u20077946\u20070558", "GB", ["+442079460558"], "ru: figure spaces"),
    ("電話\u3000０４９１\u3000５７０\u3000１１４", "AU", ["+61491570114"], "ja: ideographic spaces and full-width"),
    ("call 404\u2012555\u20120104", "US", ["+14045550104"], "en: figure dashes"),
    ("tel 0161\u2015496\u20150872", "GB", ["+441614960872"], "en: horizontal bars"),
    ("☎ 718\ufe63555\ufe630192", "US", ["+17185550192"], "en: small hyphen-minus"),
    ("📞 312\u02d7555\u02d70187", "US", ["+13125550187"], "en: modifier letter minus sign"),
    ("CALL NOW 832—555—0117 ASK FOR BELLA", "US", ["+18325550117"], "en: em dashes"),
    ("CALL ME 3l2 SSS OI4B", "US", ["+13125550148"], "en: shouted ad with l, S, O, I, B for digits"),
    ("txt 6🅾️2 555 🅾️114", "US", ["+16025550114"], "en: 🅾️ for zero"),
    # negatives: look-alikes only
    (
        "Poštovani, Vaša pošiljka RR123456785HR stiže 14.03.2026. između 10:00 i 14:00. Iznos: 1.250,00 kn",
        "HR",
        [],
        "hr NEG: tracking number, date, times, price",
    ),
    (
        "Let LH2415 Frankfurt–Tbilisi polazi u 21:35, sjedalo 14C, rezervacija 7QK4LM",
        None,
        [],
        "bs NEG: flight, seat, booking code",
    ),
    (
        "IBAN: GB33 BUKB 2020 1555 5555 55 — reference INV-2026-0142, amount £1,555.00",
        "GB",
        [],
        "en NEG: IBAN and invoice reference",
    ),
    ("ISBN 978-5-555-01423-7, 2026 ж., 312 бет, бағасы 5 550 ₸", "KZ", [], "kk NEG: ISBN, page count, price"),
    (
        "Koordinatlar: 41.7151, 44.8271 — hündürlük 555 m, məsafə 0.142 km",
        "AZ",
        [],
        "az NEG: coordinates and measurements",
    ),
    (
        "Mål: 90-60-90, høyde 172 cm, vekt 55 kg, skostørrelse 38. Pris 1500 kr/time",
        "NO",
        [],
        "no NEG: body measurements and price",
    ),
    ("Ordernummer 2026031455501 · Kvitto 0142-3312 · Summa 555,00 kr", "SE", [], "sv NEG: order number and receipt"),
    (
        "Firmware v3.12.555.0142 released 2026-03-14; checksum 0x5550142",
        None,
        [],
        "en NEG: version number and hex checksum",
    ),
    (
        "Kursi: 1 USD = 12 555,01 UZS, 1 EUR = 13 420,55 UZS (14:30 holatiga)",
        "UZ",
        [],
        "uz NEG: exchange rates and time",
    ),
    ("Ажлын цаг 09:00–18:00, цалин 1 555 000 ₮, гэрээ №2026/0142", "MN", [], "mn NEG: hours, salary, contract number"),
    ("EAN 5901234123457 · Art.-Nr. 312-555-01 · Preis 14,99 €", "DE", [], "de NEG: barcode and article number"),
]


# --- e-mail ---------------------------------------------------------------------------------------
def small_caps(text: str) -> str:
    """'Fancy text' small capitals (not folded by NFKC); letters without one stay as they are."""
    table = dict(zip("abcdefghijklmnoprstuvwyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", strict=True))
    return "".join(table.get(c, c) for c in text)


def sans_italic(text: str) -> str:
    """Mathematical sans-serif italic letters (U+1D608..), folded by NFKC."""
    return "".join(
        chr(0x1D608 + ord(c) - 65) if "A" <= c <= "Z" else chr(0x1D622 + ord(c) - 97) if "a" <= c <= "z" else c
        for c in text
    )


def bold_script(text: str) -> str:
    """Mathematical bold script letters (U+1D4D0..), folded by NFKC."""
    return "".join(
        chr(0x1D4D0 + ord(c) - 65) if "A" <= c <= "Z" else chr(0x1D4EA + ord(c) - 97) if "a" <= c <= "z" else c
        for c in text
    )


def superscript(text: str) -> str:
    """Modifier (superscript) small letters, folded by NFKC; letters without one stay."""
    table = dict(zip("abdeghijklmnoprstuvwxyz", "ᵃᵇᵈᵉᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ", strict=True))
    return "".join(table.get(c, c) for c in text)


EMAIL: list[Rec] = [
    # realism: signatures, replies, chat exports, forum posts
    (
        "Sveiki, siųskite CV adresu rasa.darbai@example.com iki kovo 20 d. Atsakysime per 3 dienas.",
        None,
        ["rasa.darbai@example.com"],
        "lt: job ad with a deadline",
    ),
    (
        "Sūtiet CV uz ilze.vakances pie example punkts org, tēmā norādiet pilsētu.",
        None,
        ["ilze.vakances@example.org"],
        "lv: pie / punkts",
    ),
    (
        "Kirjutage: kati.tootama (ät) example (punkt) net — vastame kõigile",
        None,
        ["kati.tootama@example.net"],
        "et: (ät)/(punkt) brackets",
    ),
    (
        "Životopis pošlite na adresu zuzana.praca zavináč example bodka com",
        None,
        ["zuzana.praca@example.com"],
        "sk: zavináč / bodka",
    ),
    ("Javite se na mail: ivana_posao et example točka org", None, ["ivana_posao@example.org"], "hr: et / točka"),
    ("Пишете ни на agencia.bg маймунка example точка нет", None, ["agencia.bg@example.net"], "bg: 'нет' spelt for net"),
    ("CV-nizi göndərin: leyla.is (et) example nöqtə com", None, ["leyla.is@example.com"], "az: nöqtə for dot"),
    (
        "Rezyume yuboring: nodira.ish kuchukcha example nuqta org",
        None,
        ["nodira.ish@example.org"],
        "uz: kuchukcha (puppy) for @, nuqta for dot",
    ),
    ("Имэйл: saraa.ajil @ example цэг com", None, ["saraa.ajil@example.com"], "mn: цэг for dot"),
    (
        "ელფოსტა: nino.samushao@example.net — დაწერეთ ქართულად ან ინგლისურად",
        None,
        ["nino.samushao@example.net"],
        "ka: Georgian text around a plain address",
    ),
    ("ኢሜይል፡ selam.work አት example ነጥብ com", None, ["selam.work@example.com"], "am: አት / ነጥብ"),
    (
        "Turo mana imel: amina.aiki at example dot org — mun gode",
        None,
        ["amina.aiki@example.org"],
        "ha: English at/dot inside Hausa",
    ),
    (
        "Ẹ kọ sí: tola.ise@example.com tàbí tola.ise2@example.com",
        None,
        ["tola.ise@example.com", "tola.ise2@example.com"],
        "yo: two addresses",
    ),
    (
        "Stuur jou CV na: annelie.werk aapstert example punt net",
        None,
        ["annelie.werk@example.net"],
        "af: aapstert (monkey tail) / punt",
    ),
    (
        "Sendu ferilskrá á gudrun.vinna@example.org. Kveðja, Guðrún",
        None,
        ["gudrun.vinna@example.org"],
        "is: sentence-final full stop after the address",
    ),
    ("Seol ríomhphost chuig siobhan.obair ag example ponc com", None, ["siobhan.obair@example.com"], "ga: ag / ponc"),
    (
        "Bidali zure CVa: miren.lana a bildua example puntu org",
        None,
        ["miren.lana@example.org"],
        "eu: 'a bildua' / puntu",
    ),
    ("Ibgħat email lil: maria.xoghol at example tikka net", None, ["maria.xoghol@example.net"], "mt: tikka for dot"),
    ("អ៊ីមែល: sokha.job អាត់ example ចុច com", None, ["sokha.job@example.com"], "km: អាត់ / ចុច"),
    ("ອີເມວ: noy.viak ແອັດ example ຈຸດ org", None, ["noy.viak@example.org"], "lo: ແອັດ / ຈຸດ"),
    ("အီးမေးလ်: thida.job အက် example ဒေါ့ com", None, ["thida.job@example.com"], "my: အက် / ဒေါ့"),
    ("ای میل: ayesha.kaam ایٹ example ڈاٹ com", None, ["ayesha.kaam@example.com"], "ur: ایٹ / ڈاٹ"),
    ("ඊමේල්: dilini.rakiya ඇට් example ඩොට් net", None, ["dilini.rakiya@example.net"], "si: ඇට් / ඩොට්"),
    ("Gửi CV về: lan.vieclam a móc example chấm com nha", None, ["lan.vieclam@example.com"], "vi: 'a móc' for @"),
    ("简历发到 wang.gongzuo 圈a example 点 com", None, ["wang.gongzuo@example.com"], "zh: 圈a / 点"),
    (
        "Bewerbung an: petra.job Affenschwanz example Punkt org",
        None,
        ["petra.job@example.org"],
        "de: Affenschwanz for @",
    ),
    (
        "Padalhi sa email: joy.trabaho@example.com (dili sa FB)",
        None,
        ["joy.trabaho@example.com"],
        "ceb: address followed by a parenthesis",
    ),
    (
        "> On Mon, 9 Mar 2026 at 10:12, Dace Ozola <dace.ozola@example.net> wrote:\n> vai vēl meklējat?\n"
        "Jā! Rakstiet arī kolēģei: liga.b@example.net",
        None,
        ["dace.ozola@example.net", "liga.b@example.net"],
        "lv: quoted reply header and a second address",
    ),
    (
        "[3/14/26, 22:05:11] Sabina: ok, mail me\n[3/14/26, 22:05:40] Sabina: SABINA.DANCE@EXAMPLE.ORG\n"
        "[3/14/26, 22:06:02] Sabina: not the old one",
        None,
        ["sabina.dance@example.org"],
        "en: WhatsApp chat export, upper case",
    ),
    (
        "--\nIvo Petrov\nHR | Nordwind Staffing\nivo.petrov@hr.example.com · +33 1 99 00 31 12\n"
        "Please consider the environment before printing this e-mail.",
        None,
        ["ivo.petrov@hr.example.com"],
        "en: signature with a sub-domain",
    ),
    (
        'Reply-To: no-reply-jobs@example.org\nFrom: "Agencja Gwiazda" <gwiazda.rekrutacja@example.org>',
        None,
        ["no-reply-jobs@example.org", "gwiazda.rekrutacja@example.org"],
        "pl: mail headers",
    ),
    (
        "Kontaktai: info@example.com, darbas@example.com; sąskaitos — saskaitos@example.com.",
        None,
        ["info@example.com", "darbas@example.com", "saskaitos@example.com"],
        "lt: three addresses in a list",
    ),
    (
        "Pošljite življenjepis na: tina.delo(at)example(pika)net ali pokličite v delovnem času.",
        None,
        ["tina.delo@example.net"],
        "sl: (at)/(pika) brackets",
    ),
    (
        "Tema: Vakance\nKam: ilona+vakances@example.com",
        None,
        ["ilona+vakances@example.com"],
        "lv: plus-addressing in a To line",
    ),
    (
        "📩 Telegram kanalidagi e'lon: ishchi kerak, murojaat — dilshod_uz@example.org 👈",
        None,
        ["dilshod_uz@example.org"],
        "uz: channel post with a pointing emoji",
    ),
    (
        "Email na: JUAN.DELACRUZ @ EXAMPLE . COM",
        None,
        ["juan.delacruz@example.com"],
        "tl: upper case, spaces around @ and the dot",
    ),
    (
        "Post#4412 by nomad_mn » write to bat-erdene.tour@example.net for the Ulaanbaatar trip",
        None,
        ["bat-erdene.tour@example.net"],
        "en: forum post, hyphenated local part",
    ),
    (
        "Түйіндемені мына поштаға жіберіңіз: hr.almaty@example.com (тақырыбы: «Жұмыс»)",
        None,
        ["hr.almaty@example.com"],
        "kk: address before a parenthesis with guillemets",
    ),
    # typographic disguise of kinds the earlier batches did not use
    (
        small_caps("lena.job") + "@" + small_caps("example.com"),
        None,
        ["lena.job@example.com"],
        "en: small-capital 'fancy text' letters",
    ),
    (
        "mail: " + sans_italic("dora.work@example.org"),
        None,
        ["dora.work@example.org"],
        "en: mathematical sans-serif italic letters",
    ),
    (
        "✉ " + bold_script("mira.love@example.net"),
        None,
        ["mira.love@example.net"],
        "en: mathematical bold script letters",
    ),
    (
        "email " + superscript("kate.ok") + "@example.com",
        None,
        ["kate.ok@example.com"],
        "en: superscript letters in the local part",
    ),
    (
        "write to z\u0489o\u0337e\u0334y.x@exa\u0315mple.com",
        None,
        ["zoey.x@example.com"],
        "en: zalgo combining marks inside the address",
    ),
    ("contact: an\u2063na.k@exam\u2063ple.org", None, ["anna.k@example.org"], "en: INVISIBLE SEPARATOR inside"),
    ("mail lily\u3164@\u3164example.com", None, ["lily@example.com"], "en: Hangul filler around @"),
    ("rita.m@example\u2024com", None, ["rita.m@example.com"], "en: one dot leader (U+2024) for the dot"),
    ("suzy@example\ufe52net", None, ["suzy@example.net"], "en: small full stop (U+FE52)"),
    ("メール: yuki.s＠example｡com", None, ["yuki.s@example.com"], "ja: halfwidth ideographic full stop"),
    ("email: h\u0585ney.b@example.c\u0585m", None, ["honey.b@example.com"], "en: Armenian օ for o"),
    (
        "mail to ᏟᎪᎡᎬᎷ.ᎪᏞᎬ@ᎬXᎪᎷᏢᏞᎬ.NᎬT",
        None,
        ["carem.ale@example.net"],
        "en: Cherokee capitals in an upper-case address",
    ),
    ("mail: l\u2c9fla@example.\u2c9frg", None, ["lola@example.org"], "en: Coptic ⲟ for o"),
    ("пиши: mаjа.rad@eхаmple.com", None, ["maja.rad@example.com"], "sr: Cyrillic а, х inside a Latin address"),
    ("email: nad\u0456a@example.com", None, ["nadia@example.com"], "uk: Ukrainian і for i"),
    ("mail ➜ ruby ⦅at⦆ example ⦅dot⦆ org", None, ["ruby@example.org"], "en: white parentheses ⦅at⦆"),
    ("gmail? no → bella ⸨at⸩ example ⸨dot⸩ com", None, ["bella@example.com"], "en: double parentheses ⸨at⸩"),
    (
        "ema\u00adil: ti\u00adna\u200d@\u200dexample\u200d.\u200dnet",
        None,
        ["tina@example.net"],
        "en: zero-width joiners around @ and the dot",
    ),
    ("mail:\n  hana.k\n  @example.org", None, ["hana.k@example.org"], "en: @domain on an indented second line"),
    ("📧 coco_99 ＠ example ． com", None, ["coco_99@example.com"], "en: full-width @ and full stop with spaces"),
    ("e-mail: sam.s@example.com\u200f", None, ["sam.s@example.com"], "en: trailing right-to-left mark"),
    ("ᴇᴍᴀɪʟ → vera.x@example.org ✨", None, ["vera.x@example.org"], "en: small-capital label, plain address"),
    # negatives
    (
        "Contact us: [email protected] — JavaScript required to view",
        None,
        [],
        "en NEG: Cloudflare placeholder, no address",
    ),
    ("3 boxes @ 12.50 each, delivery @ 5pm, total 37.50", None, [], "en NEG: @ as 'at' with prices and times"),
    ("npm i @clew/ui@2.4.1 && yarn add lodash@4.17.21", None, [], "en NEG: package specs with versions"),
    ("Follow @rasa.darbai on Instagram for job news", None, [], "en NEG: a handle with a dot, no e-mail"),
    ("Изпратете CV на адреса на фирмата: ул. „Витоша“ 12, София 1000", None, [], "bg NEG: postal address"),
    ("Logo: icon@2x.png, icon@3x.png, banner@1.5x.webp", None, [], "en NEG: retina file names"),
    ("Meeting: 14:00 @ Room 4.12, Building B.2", None, [], "en NEG: room numbers with dots"),
    (
        "Domain for sale: example-jobs.com — price 1 200 €, contact via the form",
        None,
        [],
        "en NEG: bare domain, no address",
    ),
    ("E-pasts: ____________@__________ (aizpildiet pats)", None, [], "lv NEG: empty form field"),
    (
        "Rating 4.5★ @ 1,200 reviews · sizes S/M/L @ €19.99 · ship.date 14.03",
        None,
        [],
        "en NEG: @ with prices and dotted words",
    ),
]
# --- handles --------------------------------------------------------------------------------------
HANDLE: list[Rec] = [
    # realism: platform named before or after, in the local language and inflection
    (
        "Daugiau nuotraukų Instagrame: @rasa.vilnius — rašyk ir Telegrame @rasa_vln",
        None,
        ["instagram:rasa.vilnius", "telegram:rasa_vln"],
        "lt: Instagrame / Telegrame",
    ),
    (
        "Raksti man Telegramā: @ilze_riga, bildes Snapčatā – ilzeriga22",
        None,
        ["telegram:ilze_riga", "snapchat:ilzeriga22"],
        "lv: Telegramā / Snapčatā",
    ),
    ("Uued pildid TikTokis: @kadri.tll", None, ["tiktok:kadri.tll"], "et: TikTokis"),
    (
        "Napíš mi na Telegrame: zuzka_ba alebo na Snapi: zuzkaa.ba",
        None,
        ["telegram:zuzka_ba", "snapchat:zuzkaa.ba"],
        "sk: na Telegrame / na Snapi",
    ),
    (
        "Piši na Instagramu @tina.lj_ ali na Signalu tina.07",
        None,
        ["instagram:tina.lj_", "signal:tina.07"],
        "sl: trailing underscore, Signal username with digits",
    ),
    (
        "Za posao se javi na Telegramu @posao_zagreb1 (ne na Viberu)",
        None,
        ["telegram:posao_zagreb1"],
        "hr: Telegramu, Viber denied",
    ),
    (
        "Пишете ми в Телеграм: @desi_sofia или в Инстаграм: desi.sofia.98",
        None,
        ["telegram:desi_sofia", "instagram:desi.sofia.98"],
        "bg: Cyrillic platform names",
    ),
    ("Следете ме на Инстаграм: _marija.sk_", None, ["instagram:_marija.sk_"], "mk: underscores at both edges"),
    (
        "Teleqramda yazın: @leyla_baku, İnstaqramda isə leyla.baku.official",
        None,
        ["telegram:leyla_baku", "instagram:leyla.baku.official"],
        "az: Azerbaijani spellings Teleqram / İnstaqram",
    ),
    ("Batafsil Telegramda: @toshkent_ish_bor", None, ["telegram:toshkent_ish_bor"], "uz: Telegramda"),
    ("Толығырақ Телеграмда: @almaty_jumys", None, ["telegram:almaty_jumys"], "kk: Телеграмда"),
    ("Телеграмдан жазыңыз: @bishkek_job24", None, ["telegram:bishkek_job24"], "ky: Телеграмдан"),
    ("Инстаграмаар холбогдоорой: @saraa.ub", None, ["instagram:saraa.ub"], "mn: instrumental Инстаграмаар"),
    ("მომწერეთ ტელეგრამზე: @nino_tbs", None, ["telegram:nino_tbs"], "ka: ტელეგრამზე"),
    ("Գրեք Տելեգրամով՝ @ani_yerevan", None, ["telegram:ani_yerevan"], "hy: Տելեգրամով"),
    ("በቴሌግራም ላይ ያግኙኝ: @selam_addis", None, ["telegram:selam_addis"], "am: Amharic 'on Telegram'"),
    ("Ku same ni a Instagram: @amina.kano", None, ["instagram:amina.kano"], "ha: 'a Instagram'"),
    ("Ẹ wá mi lórí TikTok: @tola.lagos", None, ["tiktok:tola.lagos"], "yo: lórí TikTok"),
    (
        "Kontak my op Telegram: @annelie_cpt of op Insta: annelie.cpt",
        None,
        ["telegram:annelie_cpt", "instagram:annelie.cpt"],
        "af: op Telegram / op Insta",
    ),
    ("Sendu mér skilaboð á Snapchat: gudrun.rvk", None, ["snapchat:gudrun.rvk"], "is: á Snapchat"),
    ("Lean mé ar Instagram: siobhan.gal", None, ["instagram:siobhan.gal"], "ga: ar Instagram"),
    ("Dilynwch fi ar TikTok: @cerys.caerdydd", None, ["tiktok:cerys.caerdydd"], "cy: ar TikTok"),
    ("Idatzi Telegramen: @miren_bilbo", None, ["telegram:miren_bilbo"], "eu: Telegramen"),
    ("Escríbeme no Telegram: @uxia_vigo", None, ["telegram:uxia_vigo"], "gl: no Telegram"),
    ("Ibgħatli fuq Snapchat: maria.mt", None, ["snapchat:maria.mt"], "mt: fuq Snapchat"),
    (
        "Chat lang sa Telegram @joy_cebu o sa Kik: joycebu_",
        None,
        ["telegram:joy_cebu", "kik:joycebu_"],
        "ceb: sa Telegram / sa Kik",
    ),
    ("ទាក់ទងតាម តេឡេក្រាម: @sokha_pp", None, ["telegram:sokha_pp"], "km: តេឡេក្រាម"),
    ("ຕິດຕໍ່ທາງ ເທເລແກຣມ: @noy_vte", None, ["telegram:noy_vte"], "lo: ເທເລແກຣມ"),
    ("တယ်လီဂရမ် - @thida_ygn", None, ["telegram:thida_ygn"], "my: တယ်လီဂရမ်"),
    ("टेलिग्राममा सम्पर्क गर्नुहोस्: @sita_ktm", None, ["telegram:sita_ktm"], "ne: टेलिग्राममा"),
    ("ٹیلیگرام پر رابطہ کریں: @ayesha_lhr", None, ["telegram:ayesha_lhr"], "ur: ٹیلیگرام پر"),
    ("ටෙලිග්‍රෑම් එකෙන් කතා කරන්න: @dilini_cmb", None, ["telegram:dilini_cmb"], "si: ටෙලිග්‍රෑම් with ZWJ"),
    ("Li Telegramê binivîsin: @rojda_amed", None, ["telegram:rojda_amed"], "ku: li Telegramê"),
    (
        "@lena_spb — это мой тг, а инста — lena.spb.art",
        None,
        ["telegram:lena_spb", "instagram:lena.spb.art"],
        "ru: тг / инста after the handle",
    ),
    (
        "k1tty_m30w on kik, sn4p: m30w.m30w",
        None,
        ["kik:k1tty_m30w", "snapchat:m30w.m30w"],
        "en: leet usernames, sn4p for snap",
    ),
    (
        "add me 👉 b4by.d0ll_ on insta and babyd0ll99 on snap",
        None,
        ["instagram:b4by.d0ll_", "snapchat:babyd0ll99"],
        "en: platform after each handle",
    ),
    (
        "Discord: nightowl.77 | Skype: night.owl_77 | WeChat: nightowl_wx",
        None,
        ["discord:nightowl.77", "skype:night.owl_77", "wechat:nightowl_wx"],
        "en: footer with Discord, Skype live id and WeChat",
    ),
    ("LINE ID: mali.bkk (add ได้เลย)", None, ["line:mali.bkk"], "th: LINE ID with a dot"),
    (
        "https://www.instagram.com/sara.m.models/?igsh=MTc4MmM1YmI2Ng%3D%3D",
        None,
        ["instagram:sara.m.models"],
        "en: Instagram URL with a share-tracking query",
    ),
    (
        "https://www.tiktok.com/@dancing.dara?_t=8kXyz&_r=1",
        None,
        ["tiktok:dancing.dara"],
        "en: TikTok URL with tracking parameters",
    ),
    ("onlyfans.com/lunarose_vip?ref=linktree", None, ["onlyfans:lunarose_vip"], "en: OnlyFans URL with a ref query"),
    (
        "Forwarded from Робота Польща 🇵🇱\nВакансія: склад, 25 zł/год\nПисати: @manager_pl_work",
        None,
        ["telegram:manager_pl_work"],
        "uk: forwarded channel post, handle of a Telegram manager",
    ),
    (
        "[12.03.26 23:14] mia: my tg is @mia_xo1\n[12.03.26 23:15] mia: not mia_xo (that's fake)",
        None,
        ["telegram:mia_xo1"],
        "en: chat export, look-alike handle explicitly denied",
    ),
    (
        "Snap 👻 + Insta 📸 = same: @kiki.doll.2",
        None,
        ["snapchat:kiki.doll.2", "instagram:kiki.doll.2"],
        "en: one name for two platforms with emoji",
    ),
    ("add me: @lina_k_92", None, ["unknown:lina_k_92"], "en: no platform named"),
    ("moje konto: @ola.krk.", None, ["unknown:ola.krk"], "pl: no platform, sentence-final full stop"),
    # typographic disguise
    ("ᴛᴇʟᴇɢʀᴀᴍ: @" + small_caps("rosie_xo"), None, ["telegram:rosie_xo"], "en: small-capital 'fancy text'"),
    ("insta: " + sans_italic("mila.art"), None, ["instagram:mila.art"], "en: math sans-serif italic username"),
    (
        bold_script("Snapchat") + ": " + bold_script("jess.sweet"),
        None,
        ["snapchat:jess.sweet"],
        "en: bold script platform and username",
    ),
    ("tg: @" + superscript("hana_luv"), None, ["telegram:hana_luv"], "en: superscript letters"),
    ("IG: @n\u0337i\u0334n\u0489a\u0315.love", None, ["instagram:nina.love"], "en: zalgo marks on the username"),
    ("kik: ka\u2063ra\u2063_\u2063xo", None, ["kik:kara_xo"], "en: invisible separators inside the username"),
    ("Ꭲelegram: @sasha_mur", None, ["telegram:sasha_mur"], "en: Cherokee Ꭲ in the platform name"),
    ("Տelegram → @ema_tt", None, ["telegram:ema_tt"], "en: Armenian Տ for T in the platform name"),
    ("snap: h\u0585ney.p\u0585t", None, ["snapchat:honey.pot"], "en: Armenian օ in the username"),
    ("Мій тікток: @dasha.dance.kyiv 💃 підпишись", None, ["tiktok:dasha.dance.kyiv"], "uk: тікток before the handle"),
    (
        "Инста: @ⅼіⅼі.раrіѕ",
        None,
        ["instagram:lili.paris"],
        "ru: username of Roman numeral ⅼ, Ukrainian і, Cyrillic р/а/ѕ homoglyphs",
    ),
    ("ＴＧ：＠ｙｕｍｉ＿ｔｏｋｙｏ", None, ["telegram:yumi_tokyo"], "ja: full-width platform, @ and username"),
    ("telegram ↓↓↓\n\n@mara_99", None, ["telegram:mara_99"], "en: platform, arrows, handle two lines below"),
    ("IG ⦅ viki.models ⦆", None, ["instagram:viki.models"], "en: white parentheses around the username"),
    ("📲 T·G: @kira\u200b_\u200bsun", None, ["telegram:kira_sun"], "en: dotted T·G, zero-width spaces"),
    ("s͟n͟a͟p͟: l͟u͟c͟y͟.͟m͟", None, ["snapchat:lucy.m"], "en: combining double low line under every letter"),
    ("0nlyf4ns: m1a_r0se", None, ["onlyfans:m1a_r0se"], "en: leet platform and username"),
    ("🅸🅶: dora.sun", None, ["instagram:dora.sun"], "en: negative squared letters for IG"),
    # negatives
    (
        "Join our channel: https://t.me/+Xq7LmN2pQ3YzZjA0 (private invite)",
        None,
        [],
        "en NEG: Telegram invite link, not a username",
    ),
    ("@media (max-width: 600px) { .card { display: none } } @import url(x.css);", None, [], "en NEG: CSS at-rules"),
    ("@everyone @here raid at 21:00 UTC, bring potions", None, [], "en NEG: Discord mass mentions"),
    ("No IG, no snap, no tg — only in person. Price 150€/h", None, [], "en NEG: platforms named, no handle"),
    ("Pošlji mail: tina.delo@example.net", None, [], "sl NEG: an e-mail address, no handle"),
    ("#telegram #instagram #onlyfans #jobs2026", None, [], "en NEG: hashtags of platform names"),
    ("Instagram v312.0.0.32.112 update brings reels @ 60fps", None, [], "en NEG: app version and fps"),
    ("Samsung 📱 S24 @ 3 999 zł, Telegram dla zamówień wkrótce", "PL", [], "pl NEG: price with @, no handle"),
    ("Account @ Rabobank: NL91 ABNA 0417 1643 00 · ref @2026-03-14", None, [], "nl NEG: IBAN and a date"),
    ("Kabinet: @_@ ^_^ @.@ lol", None, [], "en NEG: emoticons"),
]
# --- payment --------------------------------------------------------------------------------------
PAYMENT: list[Rec] = [
    # realism: deposits and prices in many currencies next to the tag
    (
        "Užstatas 50 € per Revolut: @rasalt1, likusi suma grynais.",
        None,
        ["revolut:rasalt1"],
        "lt: Revolut tag next to a euro deposit",
    ),
    (
        "Priekšapmaksa 30 EUR uz Revolut @ilzeriga, pārējais 120 EUR uz vietas",
        None,
        ["revolut:ilzeriga"],
        "lv: deposit and balance",
    ),
    ("Ettemaks 40 € Revoluti: @kadritallinn", None, ["revolut:kadritallinn"], "et: Revoluti (partitive)"),
    ("Záloha 25 € cez Revolut – @zuzkaba, zvyšok v hotovosti", None, ["revolut:zuzkaba"], "sk: cez Revolut"),
    (
        "Plačilo vnaprej: 60 € na Revolut @tinalj ali PayPal paypal.me/tinalj",
        None,
        ["revolut:tinalj", "paypal:tinalj"],
        "sl: same name on two platforms",
    ),
    (
        "Akontacija 200 kn / 27 € preko PayPala: paypal.me/ivanazg",
        None,
        ["paypal:ivanazg"],
        "hr: PayPala (genitive), two currencies",
    ),
    ("Депозит 100 лв по PayPal: paypal.me/desisofia", None, ["paypal:desisofia"], "bg: лева deposit"),
    ("Аванс 3 000 ден преку PayPal → paypal.me/marijask", None, ["paypal:marijask"], "mk: денари"),
    ("Depozit 50 ₼ Revolut-a göndərin: @leylabaku", None, ["revolut:leylabaku"], "az: ₼ and Revolut-a"),
    (
        "Oldindan to'lov 300 000 so'm yoki $25 — PayPal: paypal.me/nodirauz",
        None,
        ["paypal:nodirauz"],
        "uz: so'm and dollars",
    ),
    ("Алдын ала төлем 10 000 ₸, Revolut: @aigerimkz", None, ["revolut:aigerimkz"], "kk: tenge deposit"),
    ("Урьдчилгаа 50 000 ₮ эсвэл $15 — Cash App: $saraaub", None, ["cashapp:$saraaub"], "mn: tugrik and dollars"),
    ("წინასწარ 50 ₾, PayPal-ზე: paypal.me/ninotbs", None, ["paypal:ninotbs"], "ka: lari, PayPal-ზე"),
    ("Կանխավճար 20 000 ֏, Revolut՝ @aniyerevan", None, ["revolut:aniyerevan"], "hy: dram, Armenian comma"),
    ("ቅድመ ክፍያ 1,500 ብር ወይም $30 በ Cash App: $selamaddis", None, ["cashapp:$selamaddis"], "am: birr and dollars"),
    ("Ajiya ₦15,000 ko $20 ta Cash App: $aminakano", None, ["cashapp:$aminakano"], "ha: naira and dollars"),
    ("Ẹ san $40 sí Venmo mi: @tola-lagos", None, ["venmo:tola-lagos"], "yo: venmo with a hyphen"),
    ("Deposito R350 of $20 via PayPal: paypal.me/anneliecpt", None, ["paypal:anneliecpt"], "af: rand and dollars"),
    ("Innborgun 5.000 kr. á Revolut: @gudrunrvk", None, ["revolut:gudrunrvk"], "is: ISK deposit"),
    ("Éarlais €30 ar Revolut: @siobhangal", None, ["revolut:siobhangal"], "ga: ar Revolut"),
    ("Blaendal £20 drwy PayPal: paypal.me/ceryscdf", None, ["paypal:ceryscdf"], "cy: drwy PayPal"),
    ("Aurrerakina 40 € Revolut bidez: @mirenbilbo", None, ["revolut:mirenbilbo"], "eu: Revolut bidez"),
    (
        "Sinal de 30 € por PayPal: paypal.me/uxiavigo ou Revolut @uxiavigo",
        None,
        ["paypal:uxiavigo", "revolut:uxiavigo"],
        "gl: two platforms",
    ),
    ("Depożitu €25 fuq Revolut: @mariamt", None, ["revolut:mariamt"], "mt: fuq Revolut"),
    ("Downpayment ₱1,500 o $25 sa Cash App $joycebu", None, ["cashapp:$joycebu"], "ceb: peso and dollars"),
    ("ប្រាក់កក់ 100,000៛ ឬ $25 តាម PayPal: paypal.me/sokhapp", None, ["paypal:sokhapp"], "km: riel"),
    ("ມັດຈຳ 300,000 ₭ ຫຼື $15 ຜ່ານ PayPal: paypal.me/noyvte", None, ["paypal:noyvte"], "lo: kip"),
    ("စရံ 50,000 Ks (သို့) $25 — PayPal: paypal.me/thidaygn", None, ["paypal:thidaygn"], "my: kyat"),
    (
        "अग्रिम रु ३,००० वा $२५ — PayPal: paypal.me/sitaktm",
        None,
        ["paypal:sitaktm"],
        "ne: Devanagari digits in the amounts",
    ),
    ("ایڈوانس 5,000 روپے یا $20، Cash App: $ayeshalhr", None, ["cashapp:$ayeshalhr"], "ur: rupees and dollars"),
    ("අත්තිකාරම් රු. 6,000 හෝ $20 — Venmo: @dilini-cmb", None, ["venmo:dilini-cmb"], "si: rupees, venmo"),
    ("Pêşîn 30 € bi Revolutê: @rojdaamed", None, ["revolut:rojdaamed"], "ku: Revolutê"),
    (
        "$50 deposit to $kirab before I confirm, then $150 cash",
        "US",
        ["cashapp:$kirab"],
        "en: dollar amounts around a bare cashtag",
    ),
    (
        "Rates: 30min $120 / 1h $200. Deposit via CashApp ($luxlola) or Venmo (@lux-lola)",
        "US",
        ["cashapp:$luxlola", "venmo:lux-lola"],
        "en: price list, two handles in parentheses",
    ),
    (
        "cash app tag is jadeviolet22 (no $ in front when you search)",
        "US",
        ["cashapp:$jadeviolet22"],
        "en: cashtag written without the dollar sign",
    ),
    (
        "venmo: monica_nyc · last 4 digits of phone 0142 if it asks",
        "US",
        ["venmo:monica_nyc"],
        "en: venmo with a verification hint",
    ),
    (
        "Tip jar ☕ ko-fi? no — paypal.me/lunaart/5USD",
        None,
        ["paypal:lunaart"],
        "en: paypal.me with amount and currency",
    ),
    ("https://cash.app/$rubyred77/25", "US", ["cashapp:$rubyred77"], "en: cash.app link with an amount"),
    (
        "https://account.venmo.com/pay?recipients=tess-m&amount=40&note=deposit",
        "US",
        ["venmo:tess-m"],
        "en: venmo pay link with recipients query",
    ),
    ("revolut.me/annabg?amount=2500&currency=BGN", None, ["revolut:annabg"], "bg: revolut.me link with a query"),
    (
        "Прайс: 1ч — 8 000 ₽ / 90 €. Предоплата на Revolut @vikamsk или PayPal paypal.me/vikamsk",
        None,
        ["revolut:vikamsk", "paypal:vikamsk"],
        "ru: price list, same name on two platforms",
    ),
    (
        "Opłata rezerwacyjna 100 zł przez Revoluta na @olakrk",
        None,
        ["revolut:olakrk"],
        "pl: Revoluta (genitive)",
    ),
    # typographic disguise
    ("ᴄᴀꜱʜᴀᴘᴘ: $" + small_caps("mimib"), "US", ["cashapp:$mimib"], "en: small-capital platform and tag"),
    (sans_italic("Venmo") + ": @" + sans_italic("cara-lin"), "US", ["venmo:cara-lin"], "en: math sans-serif italic"),
    ("paypal.me/" + bold_script("ellabella"), None, ["paypal:ellabella"], "en: bold script PayPal.me name"),
    ("cashapp $" + superscript("rosiepie"), "US", ["cashapp:$rosiepie"], "en: superscript tag"),
    ("V\u0337e\u0334n\u0489m\u0315o: @d\u0337a\u0334n\u0489i-b", "US", ["venmo:dani-b"], "en: zalgo marks"),
    ("cash\u2063app: $sa\u2063sha\u2063x", "US", ["cashapp:$sashax"], "en: invisible separators"),
    ("Ꮩenmo @kelly-ray", "US", ["venmo:kelly-ray"], "en: Cherokee Ꮩ for V"),
    ("Rev\u0585lut: @m\u0585nalt", None, ["revolut:monalt"], "en: Armenian օ in platform and tag"),
    ("ⲢayⲢal.me/c\u2c9fco", None, ["paypal:coco"], "en: Coptic Ⲣ and ⲟ"),
    ("ＣａｓｈＡｐｐ：＄ｙｕｍｉ７", "US", ["cashapp:$yumi7"], "ja: full-width platform, dollar and tag"),
    ("🅲🅰🆂🅷🅰🅿🅿 $novax", "US", ["cashapp:$novax"], "en: negative squared letters for the platform"),
    ("v͟e͟n͟m͟o͟: @l͟i͟l͟y͟-͟p͟", "US", ["venmo:lily-p"], "en: combining double low line"),
    ("c-a-s-h ⦅app⦆ → $kira\u200bbaby", "US", ["cashapp:$kirababy"], "en: hyphen-spelt, white parentheses, ZWSP"),
    ("PayPal:\n  paypal\n  .me/\n  tanya7", None, ["paypal:tanya7"], "en: paypal.me link broken over three lines"),
    ("₵ash App $mila22", "US", ["cashapp:$mila22"], "en: cedi sign ₵ for C"),
    ("ⓒⓐⓢⓗⓐⓟⓟ: $bonnie5", "US", ["cashapp:$bonnie5"], "en: circled small letters for the platform"),
    ("venmo ➜ @ ᴊᴀᴅᴇ-ʀᴏꜱᴇ", "US", ["venmo:jade-rose"], "en: small-capital username after a space"),
    ("CASHAPP: $BELLA\u00adRAE", "US", ["cashapp:$bellarae"], "en: upper-case tag with a soft hyphen"),
    # negatives
    ("$TSLA and $NVDA up 5% today, $BTC at 98k", "US", [], "en NEG: stock and coin tickers"),
    ("Price $50-$100 depending on length. Cash only, no apps.", "US", [], "en NEG: dollar ranges"),
    ("We accept PayPal, Venmo and Revolut. Ask for details in chat.", None, [], "en NEG: platforms named, no handle"),
    (
        "Invoice: https://www.paypal.com/invoice/p/#INV2-7KQ4-LM9X-2P3R-8ZT6 · total 149,00 €",
        None,
        [],
        "en NEG: PayPal invoice link",
    ),
    ("Cash App Card ending •••• 4821 declined, fee $2.50", "US", [], "en NEG: card digits and fee"),
    ("R$ 150,00 · NZ$ 89 · US$ 1.2k · HK$ 500", None, [], "en NEG: currency prefixes with $"),
    ("revolut.com/business/pricing — plans from 25 € / month", None, [], "en NEG: Revolut website page"),
    ("Ціна 500 грн, оплата на картку ПриватБанку після зустрічі", "UA", [], "uk NEG: bank card payment, no tag"),
    ("$$$ MONEY $$$ fast cash $1000/week", "US", [], "en NEG: dollar signs and amounts"),
    ("Venmo me later for the pizza 🍕 ($18.50 each)", "US", [], "en NEG: venmo as a verb, no handle"),
]


# --- crypto ---------------------------------------------------------------------------------------
def sans(text: str) -> str:
    """Mathematical sans-serif letters and digits (folded by NFKC), case kept."""
    out = []
    for c in text:
        if "A" <= c <= "Z":
            out.append(chr(0x1D5A0 + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(0x1D5BA + ord(c) - 97))
        elif c.isdigit():
            out.append(chr(0x1D7E2 + int(c)))
        else:
            out.append(c)
    return "".join(out)


HOMO = {
    "a": "а",
    "e": "е",
    "o": "о",
    "p": "р",
    "c": "с",
    "x": "х",
    "y": "у",
    "B": "В",
    "H": "Н",
    "K": "К",
    "M": "М",
    "T": "Т",
    "C": "С",
    "E": "Е",
    "P": "Р",
    "X": "Х",
    "A": "А",
}


def cyr(text: str, n: int = 3) -> str:
    """Replace the first `n` letters that have a Cyrillic twin by the twin (the text looks the same)."""
    out = []
    for c in text:
        if n and c in HOMO:
            out.append(HOMO[c])
            n -= 1
        else:
            out.append(c)
    return "".join(out)


def groups(text: str, size: int, sep: str) -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))


def _w(chain: str, i: int) -> str:
    seed = f"b11-{chain}-{i}"
    return {
        "btc": btc_p2pkh,
        "p2sh": btc_p2sh,
        "bc1": btc_p2wpkh,
        "eth": eth,
        "trx": trx,
        "ltc": ltc,
        "doge": doge,
        "sol": sol,
    }[chain](seed)


def _ltc(i: int, kind: str) -> str:
    return ltc(f"b11-ltc{kind}-{i}", kind)


B1, B2, B3, B4, B5, B6 = (_w("btc", i) for i in range(1, 7))
S1, S2, S3, S4 = (_w("p2sh", i) for i in range(1, 5))
W1, W2, W3, W4, W5, W6 = (_w("bc1", i) for i in range(1, 7))
E1, E2, E3, E4, E5, E6, E7, E8 = (_w("eth", i) for i in range(1, 9))
T1, T2, T3, T4, T5, T6 = (_w("trx", i) for i in range(1, 7))
L1, L2, L3 = _ltc(1, "L"), _ltc(2, "M"), _ltc(3, "ltc1")
D1, D2, D3 = (_w("doge", i) for i in range(1, 4))
O1, O2, O3, O4, O5 = (_w("sol", i) for i in range(1, 6))


def e(addr: str) -> str:
    return "eth:" + addr.lower()


QR = "█▀▀▀▀▀█ ▄▀▄ █▀▀▀▀▀█\n█ ███ █ ▀█▄ █ ███ █\n▀▀▀▀▀▀▀ ▀ ▀ ▀▀▀▀▀▀▀"

CRYPTO: list[Rec] = [
    # realism
    (f"Aukos BTC: {B1}\nAčiū už paramą!", None, ["btc:" + B1], "lt: donation footer, P2PKH"),
    (f"Ziedojumi (ETH/ERC-20): {E1}", None, [e(E1)], "lv: EIP-55 address"),
    (
        f"Annetused USDT TRC20: {T1} — tx {tx_hash('et1')[:16]}…",
        None,
        ["trx:" + T1],
        "et: TRON next to a truncated tx hash",
    ),
    (
        f"Platba vopred 0,002 BTC na {W1} (segwit), potvrdenie pošlite do chatu",
        None,
        ["btc:" + W1],
        "sk: bech32 address with an amount",
    ),
    (f"Plačilo v USDT (TRC-20) na naslov {T2}, znesek 150 USDT", None, ["trx:" + T2], "sl: TRON with amount"),
    (f"Uplata u ETH: {E2.lower()} (samo ERC-20 mreža!)", None, [e(E2)], "hr: lower-case ETH"),
    (f"Плащане в биткойн: {S1}\nTxID: {tx_hash('bg1')}", None, ["btc:" + S1], "bg: P2SH next to a full 64-hex TxID"),
    (f"Уплата во LTC: {L1}", None, ["ltc:" + L1], "mk: Litecoin L address"),
    (f"Ödəniş USDT TRC20 ilə: {T3}. Məbləğ: 200 USDT (≈ 340 ₼)", None, ["trx:" + T3], "az: TRON with amount"),
    (
        f"To'lov USDT (Tron tarmog'i): {T4}\nBlok: {tx_hash('uz-block')}",
        None,
        ["trx:" + T4],
        "uz: TRON next to a block hash",
    ),
    (f"Төлем BTC: {W2}, USDT TRC20: {T5}", None, ["btc:" + W2, "trx:" + T5], "kk: two chains"),
    (f"Төлбөр SOL-оор: {O1}", None, ["sol:" + O1], "mn: Solana"),
    (f"გადახდა ETH-ით: {E3}\nან BTC: {B2}", None, [e(E3), "btc:" + B2], "ka: ETH and BTC"),
    (f"Վճարում DOGE-ով՝ {D1}", None, ["doge:" + D1], "hy: Dogecoin"),
    (f"ክፍያ በ USDT (TRC20): {T6}", None, ["trx:" + T6], "am: TRON"),
    (f"Biya ta BTC: {B3} ko ETH: {E4}", None, ["btc:" + B3, e(E4)], "ha: two chains"),
    (f"Ẹ san sí àpamọ́wọ́ SOL yìí: {O2}", None, ["sol:" + O2], "yo: Solana wallet"),
    (f"Betaal met Litecoin: {L2} (M-adres)", None, ["ltc:" + L2], "af: Litecoin M address"),
    (
        f"Greiðsla í BTC: {S2}\nUpphæð: 0.0031 BTC · gjalddagi 14.03.2026",
        None,
        ["btc:" + S2],
        "is: P2SH with amount and date",
    ),
    (f"Íocaíocht ETH: {E5} — ná seol NFTanna!", None, [e(E5)], "ga: ETH"),
    (f"Talu mewn BTC: {W3}", None, ["btc:" + W3], "cy: bech32"),
    (f"Ordainketa LTC bidez: {L3}", None, ["ltc:" + L3], "eu: Litecoin ltc1 address"),
    (f"Pagamento en DOGE: {D2} (mínimo 500 DOGE)", None, ["doge:" + D2], "gl: Dogecoin"),
    (f"Ħallas f'BTC: {B4}", None, ["btc:" + B4], "mt: P2PKH"),
    (f"Bayad sa USDT TRC20: {T1}\nSalamat!", None, ["trx:" + T1], "ceb: TRON, same wallet as another record"),
    (f"ទូទាត់ជា ETH: {E6.lower()}", None, [e(E6)], "km: lower-case ETH"),
    (f"ຈ່າຍເປັນ BTC: {W4}", None, ["btc:" + W4], "lo: bech32"),
    (f"BTC ဖြင့်ပေးချေရန်: {B5}", None, ["btc:" + B5], "my: P2PKH"),
    (f"भुक्तानी SOL मा: {O3}", None, ["sol:" + O3], "ne: Solana"),
    (f"ادائیگی USDT TRC20 میں: {T2}", None, ["trx:" + T2], "ur: TRON in right-to-left text"),
    (f"ගෙවීම ETH: {E7}", None, [e(E7)], "si: ETH"),
    (f"Dayik bi BTC: {S3}", None, ["btc:" + S3], "ku: P2SH"),
    (f"bitcoin:{W5}?amount=0.0015&label=Deposit%20Mila", None, ["btc:" + W5], "en: BIP-21 URI with a label"),
    (f"tron:{T3}?amount=50&token=USDT", None, ["trx:" + T3], "en: tron: payment URI"),
    (f"solana:{O4}?amount=0.5&label=Booking&memo=ID4412", None, ["sol:" + O4], "en: Solana Pay URI"),
    (f"litecoin:{L1}?amount=0.8", None, ["ltc:" + L1], "en: litecoin: URI"),
    (f"dogecoin:{D3}?amount=250", None, ["doge:" + D3], "en: dogecoin: URI"),
    (f"https://tronscan.org/#/address/{T4}/transfers", None, ["trx:" + T4], "en: Tronscan URL with a sub-path"),
    (f"https://solscan.io/account/{O5}?cluster=mainnet", None, ["sol:" + O5], "en: Solscan URL with a query"),
    (f"https://mempool.space/address/{W6}#tx", None, ["btc:" + W6], "en: mempool URL with a fragment"),
    (f"{QR}\nscan or copy ↓\n{E8}", None, [e(E8)], "en: QR-code art then the address"),
    (
        f"Payment received ✅\nFrom: {B6}\nTx: {tx_hash('rcv')}\nFee: 0.00002 BTC",
        None,
        ["btc:" + B6],
        "en: wallet notification with a tx hash",
    ),
    (
        f"[20:14] ops_lead: send to {T5} not {T5[:6]}…{T5[-4:]}",
        None,
        ["trx:" + T5],
        "en: chat export with the full and the truncated address",
    ),
    (
        f"ETH {E1} · ENS anna-b.eth · tx {('0x' + tx_hash('eth-tx'))}",
        None,
        [e(E1)],
        "en: ETH next to an ENS name and a 0x tx hash",
    ),
    # typographic disguise
    (f"BTC: {sans(B1)}", None, ["btc:" + B1], "en: math sans-serif letters and digits"),
    (f"ETH: {zalgo(E2)}", None, [e(E2)], "en: zalgo marks on the digits"),
    (f"USDT TRC20: {between(T6, chr(0x2063))}", None, ["trx:" + T6], "en: invisible separators between digits"),
    (f"BTC {cyr(B2)}", None, ["btc:" + B2], "en: Cyrillic look-alikes inside a P2PKH address"),
    (f"ETH: {cyr(E3.lower(), 4)}", None, [e(E3)], "en: Cyrillic а/е/с inside a lower-case ETH address"),
    (f"bc1: {cyr(W1, 2)}", None, ["btc:" + W1], "en: Cyrillic letters inside bech32"),
    (f"SOL {groups(O1, 4, chr(0x202F))}", None, ["sol:" + O1], "en: groups of four with narrow no-break spaces"),
    (f"LTC {groups(L3, 4, chr(0x2007))}", None, ["ltc:" + L3], "en: ltc1 with figure spaces"),
    (f"BTC → {''.join(c + chr(0x35F) for c in S4)}", None, ["btc:" + S4], "en: combining double low line"),
    (f"TRX 💎 {T1[:12]} 💎 {T1[12:24]} 💎 {T1[24:]}", None, ["trx:" + T1], "en: address split by gem emoji"),
    (f"ETH 👉 {E4[:22]}\n👉 {E4[22:]}", None, [e(E4)], "en: ETH split over two lines with pointing emoji"),
    (f"DOGE: {D1[:17]}\u00ad{D1[17:]}", None, ["doge:" + D1], "en: soft hyphen in the middle"),
    (f"sol ⦅{O2}⦆", None, ["sol:" + O2], "en: white parentheses"),
    (f"₿: {W2}", None, ["btc:" + W2], "en: bitcoin sign as the only label"),
    (f"Ξ {E5.lower()}", None, [e(E5)], "en: Ξ (ether sign) as the label"),
    (f"BTC:\u3000{B3}\u3000（手数料込み）", None, ["btc:" + B3], "ja: ideographic spaces and parenthesis"),
    # negatives
    (
        f"TxID: {tx_hash('neg1')}\nBlock: 0000000000000000000{tx_hash('neg2')[:45]}",
        None,
        [],
        "en NEG: tx hash and block hash",
    ),
    (f"BTC: {broken(B4)}", None, [], "en NEG: P2PKH with a broken checksum"),
    (f"USDT TRC20: {broken(T2)}", None, [], "en NEG: TRON with a broken checksum"),
    (f"bc1: {broken(W3)}", None, [], "en NEG: bech32 with a broken checksum"),
    (f"ETH: {E6[:10]}…{E6[-6:]} (full address in DM)", None, [], "en NEG: truncated ETH address"),
    (
        "ENS: mila-art.eth · IPNS k51qzi5uqu5dlvj2baxnqndepeb86cbk3ng7n3i46uzyxzyqj2xjonzllnz8",
        None,
        [],
        "en NEG: ENS name and IPNS key",
    ),
    ("PGP fingerprint: 3AA5 C343 7148 6A8B 3F5E  1F36 8C1D 5E0A 3C41 7D2B", None, [], "en NEG: PGP fingerprint"),
    (
        "IBAN: LT12 1000 0111 0100 1000 · SWIFT HABALT22 · ref 9f86d081884c7d659a2f",
        None,
        [],
        "lt NEG: IBAN, SWIFT and a hex reference",
    ),
    (
        "commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904 · uuid 550e8400-e29b-41d4-a716-446655440000",
        None,
        [],
        "en NEG: git commit and UUID",
    ),
    (
        f"ETH mixed case with a wrong checksum: {E7[:2] + E7[2:].swapcase()}",
        None,
        [],
        "en NEG: EIP-55 case pattern inverted (mixed case, checksum fails)",
    ),
]
# --- age ------------------------------------------------------------------------------------------
LAO = 0x0ED0

AGE: list[Rec] = [
    # realism: profile lines and sentences in many languages
    ("Rasa, amžius: 23, ūgis 168 cm, svoris 54 kg", None, ["23"], "lt: profile with height and weight"),
    ("Sveiki, man 24 metai, ieškau darbo Londone", None, ["24"], "lt: 'man 24 metai'"),
    ("Vecums: 22 · augums 170 · izmērs 36", None, ["22"], "lv: profile, size after"),
    ("Man ir divdesmit pieci gadi, strādāju par auklīti", None, ["25"], "lv: number words"),
    ("Olen 26-aastane, elan Tartus", None, ["26"], "et: -aastane suffix"),
    ("Vanus: kakskümmend üks. Räägin vene ja inglise keelt", None, ["21"], "et: number words"),
    ("Mám 22 rokov a hľadám prácu v zahraničí", None, ["22"], "sk: 'mám 22 rokov'"),
    ("Vek: dvadsaťtri, výška 165", None, ["23"], "sk: compound number word"),
    ("Stara sem 27 let, nekadilka", None, ["27"], "sl: 'stara sem 27 let'"),
    ("Imam dvadeset i jednu godinu, iz Splita sam", None, ["21"], "hr: number words with 'i'"),
    ("Dob: 25 | Grad: Zagreb | Cijena: 100 €/h", None, ["25"], "hr: profile line beside a price"),
    ("На 22 години съм, студентка", None, ["22"], "bg: 'на 22 години'"),
    ("Възраст: двадесет и четири", None, ["24"], "bg: number words"),
    ("Имам 26 години, од Скопје", None, ["26"], "mk: 'имам 26 години'"),
    ("22 yaşım var, Bakıdanam", None, ["22"], "az: '22 yaşım var'"),
    ("Yaş: iyirmi üç, boy 168", None, ["23"], "az: number words"),
    ("Men 23 yoshdaman, Samarqanddanman", None, ["23"], "uz: '23 yoshdaman'"),
    ("Yoshi: yigirma bir", None, ["21"], "uz: number words"),
    ("Мен 25 жастамын, Алматыданмын", None, ["25"], "kk: '25 жастамын'"),
    ("Жасы: жиырма екі, бойы 165 см", None, ["22"], "kk: number words and height"),
    ("22 жаштамын, Ошто жашайм", None, ["22"], "ky: '22 жаштамын'"),
    ("Би 24 настай, Улаанбаатарт амьдардаг", None, ["24"], "mn: '24 настай'"),
    ("Нас: хорин гурав", None, ["23"], "mn: number words"),
    ("ვარ 26 წლის, თბილისიდან", None, ["26"], "ka: 'ვარ 26 წლის'"),
    ("ასაკი: ოცდაორი", None, ["22"], "ka: vigesimal number word"),
    ("22 տարեկան եմ, Երևանից", None, ["22"], "hy: '22 տարեկան'"),
    ("Տարիք՝ քսանմեկ", None, ["21"], "hy: number word"),
    ("24 ዓመቴ ነው፣ ከአዲስ አበባ", None, ["24"], "am: '24 ዓመቴ'"),
    ("Ina da shekara 23, daga Kano", None, ["23"], "ha: 'shekara 23'"),
    ("Shekaru: ashirin da biyu", None, ["22"], "ha: number words"),
    ("Mo jẹ́ ọmọ ọdún 22, mo ń gbé ní Ìbàdàn", None, ["22"], "yo: 'ọmọ ọdún 22'"),
    ("Adị m afọ 24, m si Enugu", None, ["24"], "ig: 'afọ 24'"),
    ("Ngineminyaka engu-25, ngihlala eDurban", None, ["25"], "zu: 'engu-25'"),
    ("Ek is een-en-twintig jaar oud", None, ["21"], "af: compound number word"),
    ("Ég er 24 ára og bý í Reykjavík", None, ["24"], "is: '24 ára'"),
    ("Tá mé 23 bliana d'aois", None, ["23"], "ga: 'bliana d'aois'"),
    ("Dw i'n 22 oed ac yn byw yng Nghaerdydd", None, ["22"], "cy: '22 oed'"),
    ("25 urte ditut, Bilbokoa naiz", None, ["25"], "eu: '25 urte ditut'"),
    ("Teño vinte e catro anos", None, ["24"], "gl: number words"),
    ("Għandi 23 sena u noqgħod Birkirkara", None, ["23"], "mt: '23 sena'"),
    ("Edad: baynte-dos, taga-Cebu", None, ["22"], "ceb: Spanish-derived 'baynte-dos'"),
    ("ខ្ញុំអាយុ ២២ ឆ្នាំ", None, ["22"], "km: Khmer digits"),
    ("ອາຍຸ " + sd("21", LAO) + " ປີ", None, ["21"], "lo: Lao digits"),
    ("အသက် - ၂၃ နှစ်", None, ["23"], "my: Burmese digits"),
    ("मेरो उमेर बाइस वर्ष हो", None, ["22"], "ne: number word"),
    ("عمر: 24 سال، لاہور سے", None, ["24"], "ur: Urdu profile line"),
    ("වයස: විසි තුන", None, ["23"], "si: number words"),
    ("عمر: ۲۲ کاله", None, ["22"], "ps: Persian digits, 'کاله'"),
    ("Ez bîst û du salî me", None, ["22"], "ku: 'bîst û du salî'"),
    (
        "Ana 22 años — hermana de Lucía (25) — buscamos trabajo juntas",
        None,
        ["22", "25"],
        "es: two ages, one in parentheses",
    ),
    (
        "Profile: Dace, 24 · 171 cm · 56 kg · EU 38 · 150 €/h · 24/7",
        None,
        ["24"],
        "en: age among measurements, price and 24/7",
    ),
    ("I turned 21 on Saturday 🎂 and moved to Riga last month", None, ["21"], "en: 'turned 21' with a weekday"),
    # typographic disguise
    ("age " + sd("22", ROHINGYA), None, ["22"], "en: Hanifi Rohingya digits"),
    ("Hnub nyoog: " + sd("23", HMONG_NP), None, ["23"], "hmn: Nyiakeng Puachue Hmong digits"),
    ("age ㉒ ✨", None, ["22"], "en: circled number twenty-two (one character)"),
    ("𝘢𝘨𝘦: 𝟤𝟥", None, ["23"], "en: math sans-serif italic label, sans-serif digits"),
    ("age: " + zalgo("24"), None, ["24"], "en: zalgo marks on the digits"),
    ("age 2\u20631", None, ["21"], "en: invisible separator between the digits"),
    ("21 у/о", None, ["21"], "en: Cyrillic у and о in 'y/o'"),
    ("22 ʏᴇᴀʀꜱ ᴏʟᴅ", None, ["22"], "en: small-capital 'years old'"),
    ("ᵃᵍᵉ ²⁵", None, ["25"], "en: superscript label and digits"),
    ("AGE: 2\u035f3\u035f", None, ["23"], "en: combining double low line on digits"),
    ("years: " + sd("24", TAKRI), None, ["24"], "en: Takri digits"),
    ("Возраст: ⒛", None, ["20"], "ru: 'number twenty full stop' symbol"),
    # negatives
    ("Ūgis 172 cm, svoris 58 kg, batų dydis 38, kaina 80 €/val.", None, [], "lt NEG: height, weight, shoe size, price"),
    ("Darbo laikas 24/7, pamaina 12 val., atlyginimas 23 €/val.", None, [], "lt NEG: 24/7 and hourly rate"),
    ("Ieškome merginų 18-25 m. darbui bare", None, [], "lt NEG: requirement range"),
    ("Firma dzīvo 25 gadus tirgū, 22 filiāles", None, [], "lv NEG: company age and branch count"),
    ("Garantija 24 mēneši, piegāde 21 dienā", None, [], "lv NEG: warranty and delivery times"),
    ("Autobus 21, peron 22, odjazd 23:45", "PL", [], "pl NEG: bus, platform, time"),
    ("18+ only. Room 24, floor 3, check-in 21:00", None, [], "en NEG: 18+ disclaimer, room and time"),
    ("Opyt raboty 22 goda, staž 25 let", None, [], "ru NEG: work experience in years"),
    ("ISBN 978-9955-21-22-4, 224 psl., 2026 m.", None, [], "lt NEG: ISBN, pages, year"),
    ("Temperatura: 24 °C, vlažnost 22 %", "HR", [], "hr NEG: temperature and humidity"),
]

TYPES: dict[str, list[Rec]] = {
    "phone": PHONE,
    "email": EMAIL,
    "handle": HANDLE,
    "payment": PAYMENT,
    "crypto": CRYPTO,
    "age": AGE,
}


def records(kind: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for n, (text, country, expected, note) in enumerate(TYPES[kind], 1):
        rec: dict[str, Any] = {"id": f"b11-{kind}-{n:03d}", "batch": 11, "text": text}
        if country:
            rec["country"] = country
        rec["expected"] = expected
        rec["note"] = note
        out.append(rec)
    return out


def main() -> None:
    for kind in TYPES:
        lines = [json.dumps(r, ensure_ascii=False) for r in records(kind)]
        (OUT / f"{kind}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{kind}: {len(lines)} records")


if __name__ == "__main__":
    main()
