"""Synthetic corpus generator for the demo, the tests and the benchmarks.

Every document is invented. Phone numbers come only from ranges reserved for
fiction (North America ``NXX-555-0100..0199``, Australia ``0491 570 090..199`` and
``(02) 5550 xxxx``, France ``01 99 00 xx xx``), every e-mail address and URL is on
``example.com``, ``example.org`` or ``example.net`` (or a subdomain), and first
names are ordinary invented personas. Texts are realistic but non-explicit:
escort-style ads use the euphemisms of classified sites, and the
child-exploitation items show *signs* (a stated age under 18, school cues, gifts
for photos, secrecy) and never sexual content.

``generate(n, seed)`` yields ``(document, truth)`` pairs; ``write_corpus`` writes
``FILE.jsonl`` and ``FILE.truth.jsonl``. The same ``n`` and ``seed`` always give
byte-identical output: one ``random.Random(seed)`` drives everything and no set or
hash order is ever iterated.

Truth lines hold: ``id``, ``category`` (one of ``CATEGORIES``), ``typologies``
(the typology keys the document should be flagged for, possibly empty),
``network`` (``gt-net-0007`` or ``None``), ``phones`` (E.164, every phone written
in the text, in order of appearance), ``emails`` (lower-case), ``lang`` (always
set, even when the document omits it), and, to help benchmarks: ``subtype``,
``signs`` (the indicator cues written into the text, plus network-level cues),
``handles`` (``platform:username``), ``hard_negative`` (a benign document that
uses words a naive rule would flag) and ``phone_forms`` (for each phone: the exact
characters written, the E.164 value and the writing style; styles other than
``national`` and ``international`` are obfuscations).

Labelling decisions:

* Network escort ads carry ``sexual_exploitation`` when they show at least one
  sign that the research (``indicators.md`` §1) ties to trafficking: third-party
  control, youth wording, restricted movement, an obscured phone number, an
  ownership emoji, or a phone shared by several names in the network
  (``shared_phone_many_names``, a network-level cue). A network ad with none of
  these (no phone, boilerplate only) has no typology: only the text template links
  it to its network.
* Independent escort ads (about 20 % of escort ads) are adult single providers
  writing in the first person with their own phone or e-mail, no network and no
  trafficking sign; their typology list is empty. They still use the common
  boilerplate ("100% real pics", "no rush", "incall/outcall") and sometimes
  movement or screening language, which the research found *not* predictive, so a
  scorer should keep them below ``medium``.
* Minor escort ads (child-exploitation networks, stated age 15 to 17) carry
  ``child_exploitation`` and ``sexual_exploitation``; grooming, "sugar daddy" and
  casting posts aimed at minors carry ``child_exploitation`` only.
* A bride-price post about a daughter under 18 carries ``forced_marriage`` and
  ``child_exploitation``; a domestic worker offered for sale or "transfer" for a
  fee carries ``sale_of_persons`` and ``labour_exploitation``; a captive-sale post
  naming an age under 18 adds ``child_exploitation``.
* Deceptive job ads always carry ``labour_exploitation`` (each has three or more
  recruitment red flags); about a third come from recruiter rings that share a
  WhatsApp number or Telegram handle and a text template, and these have a
  ``network`` too.
* Non-network documents each have a unique phone or none: numbers are drawn
  without replacement. A document in a country with a fictional range draws from
  it first; when that range runs out, or for other countries, the number comes
  from another fictional range and is written in international format; when every
  range is used up, the document has no phone.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from clew.model import TYPOLOGIES

__all__ = [
    "CATEGORIES",
    "CATEGORY_TYPOLOGIES",
    "PROPORTIONS",
    "generate",
    "truth_path_for",
    "write_corpus",
]

CATEGORIES: tuple[str, ...] = (
    "classified",
    "escort",
    "deceptive_job",
    "legitimate_job",
    "organ_trade",
    "bride_sale",
    "sale_of_persons",
    "child_exploitation",
)
"""Document categories, in a fixed order."""

PROPORTIONS: dict[str, float] = {
    "classified": 0.40,
    "escort": 0.25,
    "deceptive_job": 0.10,
    "legitimate_job": 0.12,
    "organ_trade": 0.03,
    "bride_sale": 0.03,
    "sale_of_persons": 0.03,
    "child_exploitation": 0.04,
}
"""Default share of each category (sums to 1)."""

CATEGORY_TYPOLOGIES: dict[str, tuple[str, ...]] = {
    "classified": (),
    "escort": ("sexual_exploitation",),
    "deceptive_job": ("labour_exploitation",),
    "legitimate_job": (),
    "organ_trade": ("organ_trafficking",),
    "bride_sale": ("forced_marriage", "child_exploitation", "sale_of_persons"),
    "sale_of_persons": ("sale_of_persons", "labour_exploitation", "child_exploitation"),
    "child_exploitation": ("child_exploitation", "sexual_exploitation"),
}
"""Typologies a document of each category may carry (the truth says which ones it does)."""

INDEPENDENT_ESCORT_SHARE = 0.20
CHILD_NETWORK_SHARE = 0.40
RECRUITER_NETWORK_SHARE = 0.35
OBFUSCATED_PHONE_SHARE = 0.25
NETWORK_NO_PHONE_SHARE = 0.12
LANG_OMITTED_SHARE = 0.30

# The hard linking variant (``generate(..., hard=True)``): every network ad changes its
# slots (persona name, age, city, price), gets exactly HARD_EDITS random word edits,
# rotates its phone every HARD_ADS_PER_PHONE ads, and a third carry no identifier.
HARD_EDITS = 2
HARD_ADS_PER_PHONE = 5
HARD_NO_IDENTIFIER_SHARE = 1 / 3

# Escort signs that the research ties to trafficking (typology is set when one is present).
_SE_SIGNS: tuple[str, ...] = (
    "third_party",
    "youth",
    "restricted_movement",
    "obfuscated_phone",
    "ownership_emoji",
    "shared_phone_many_names",
)

_START = datetime(2026, 1, 1, tzinfo=UTC)
_END = datetime(2026, 11, 1, tzinfo=UTC)
_SPAN = int((_END - _START).total_seconds())


def _iso(seconds: int) -> str:
    return (_START + timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")


# --------------------------------------------------------------------------------------
# Phones

_US_AREAS: tuple[str, ...] = (
    "213",
    "310",
    "702",
    "305",
    "212",
    "415",
    "646",
    "617",
    "713",
    "206",
    "312",
    "404",
    "303",
    "602",
    "818",
    "214",
    "512",
    "619",
    "720",
    "786",
    "832",
    "858",
    "917",
    "949",
    "954",
    "972",
    "718",
    "615",
)
_CA_AREAS: tuple[str, ...] = ("416", "604", "514", "403", "613", "780", "647", "778", "438", "902")
_POOL_COUNTRIES: tuple[str, ...] = ("US", "CA", "AU", "FR")


@dataclass(frozen=True)
class _Phone:
    e164: str
    region: str  # US, CA, AU or FR
    cc: str
    national: tuple[str, ...]  # digit groups as written nationally
    intl: tuple[str, ...]  # digit groups after the country code
    mobile: bool


def _nanp(area: str, line: int, region: str) -> _Phone:
    groups = (area, "555", f"{line:04d}")
    return _Phone(f"+1{area}555{line:04d}", region, "1", groups, groups, True)


def _au_mobile(last: int) -> _Phone:
    tail = f"{last:03d}"
    return _Phone(f"+61491570{tail}", "AU", "61", ("0491", "570", tail), ("491", "570", tail), True)


def _au_landline(last: int) -> _Phone:
    tail = f"{last:04d}"
    return _Phone(f"+6125550{tail}", "AU", "61", ("02", "5550", tail), ("2", "5550", tail), False)


def _fr(last: int) -> _Phone:
    a, b = f"{last // 100:02d}", f"{last % 100:02d}"
    return _Phone(f"+3319900{a}{b}", "FR", "33", ("01", "99", "00", a, b), ("1", "99", "00", a, b), False)


class _PhonePool:
    """Fictional numbers, drawn without replacement."""

    def __init__(self, rng: random.Random) -> None:
        self._pools: dict[str, list[_Phone]] = {
            "US": [_nanp(a, x, "US") for a in _US_AREAS for x in range(100, 200)],
            "CA": [_nanp(a, x, "CA") for a in _CA_AREAS for x in range(100, 200)],
            "AU_MOBILE": [_au_mobile(x) for x in range(90, 200)],
            "AU": [_au_landline(x) for x in range(10000)],
            "FR": [_fr(x) for x in range(10000)],
        }
        for key in ("US", "CA", "AU_MOBILE", "AU", "FR"):
            rng.shuffle(self._pools[key])

    def draw(self, rng: random.Random, country: str, mobile: bool = True, foreign_ok: bool = True) -> _Phone | None:
        home: dict[str, tuple[str, ...]] = {
            "US": ("US", "CA"),
            "CA": ("CA", "US"),
            "AU": ("AU_MOBILE", "AU") if mobile else ("AU", "AU_MOBILE"),
            "FR": ("FR",),
        }
        for key in home.get(country, ()):
            if self._pools[key]:
                return self._pools[key].pop()
        if country in home and not foreign_ok:
            return None
        foreign = [k for k in ("FR", "AU", "US", "CA", "AU_MOBILE") if self._pools[k]]
        if not foreign:
            return None
        return self._pools[rng.choice(foreign)].pop()


def _is_home(phone: _Phone, country: str) -> bool:
    if phone.cc == "1":
        return country in ("US", "CA")
    return phone.region == country


def _plain_phone(rng: random.Random, phone: _Phone, country: str) -> tuple[str, str]:
    """A plain national or international spelling valid for ``country``."""
    n, i = phone.national, phone.intl
    if _is_home(phone, country) and rng.random() < 0.75:
        if phone.cc == "1":
            a, b, c = n
            forms = [
                f"({a}) {b}-{c}",
                f"{a}-{b}-{c}",
                f"{a}.{b}.{c}",
                f"{a} {b} {c}",
                f"{a}{b}{c}",
                f"1-{a}-{b}-{c}",
            ]
        elif phone.cc == "61" and phone.mobile:
            forms = [" ".join(n), "".join(n), "-".join(n)]
        elif phone.cc == "61":
            forms = [f"({n[0]}) {n[1]} {n[2]}", " ".join(n), "".join(n)]
        else:
            forms = [" ".join(n), ".".join(n), "".join(n), "-".join(n)]
        return rng.choice(forms), "national"
    if phone.cc == "1":
        a, b, c = i
        forms = [f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}", f"+1{a}{b}{c}", f"+1 ({a}) {b}-{c}"]
    elif phone.cc == "33":
        forms = ["+33 " + " ".join(i), "+33" + "".join(i), "+33 (0)" + " ".join(i)]
    else:
        forms = [f"+{phone.cc} " + " ".join(i), f"+{phone.cc}" + "".join(i)]
    return rng.choice(forms), "international"


_DIGIT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
}
_ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
_OBFUSCATIONS: tuple[tuple[str, float], ...] = (
    ("spelled", 0.2),
    ("mixed", 0.25),
    ("spaced", 0.12),
    ("bracketed", 0.1),
    ("fullwidth", 0.1),
    ("keycap", 0.06),
    ("separator_noise", 0.1),
    ("emoji_separator", 0.07),
)


def _weighted(rng: random.Random, options: Sequence[tuple[str, float]]) -> str:
    total = sum(w for _, w in options)
    x = rng.random() * total
    for name, weight in options:
        x -= weight
        if x < 0:
            return name
    return options[-1][0]


def _obfuscated_phone(rng: random.Random, phone: _Phone, lang: str) -> tuple[str, str]:
    """The national digits written to dodge scrapers (indicators.md §5)."""
    groups = phone.national
    words = _DIGIT_WORDS.get(lang, _DIGIT_WORDS["en"])
    style = _weighted(rng, _OBFUSCATIONS)
    if style == "spelled":
        sep = rng.choice([" ", ", ", " - "])
        text = sep.join(" ".join(words[int(d)] for d in g) for g in groups)
        if rng.random() < 0.25:
            text = text.upper()
    elif style == "mixed":
        while True:
            parts = []
            for g in groups:
                out = []
                for d in g:
                    r = rng.random()
                    if d == "0" and r < 0.3:
                        out.append(rng.choice(["o", "O"]))
                    elif r < 0.45:
                        out.append(words[int(d)])
                    else:
                        out.append(d)
                # A letter "o" for zero only before a digit or the end of a group, so that
                # it never runs into a number word ("o" + "neuf" would read as "one").
                for k in range(len(out) - 1):
                    if out[k] in ("o", "O") and not out[k + 1].isdigit():
                        out[k] = "0"
                parts.append("".join(out))
            text = "-".join(parts)
            if not text.replace("-", "").isdigit():
                break
    elif style == "spaced":
        text = " . ".join(" ".join(g) for g in groups)
    elif style == "bracketed":
        text = rng.choice(["", " "]).join("".join(f"[{d}]" for d in g) for g in groups)
    elif style == "fullwidth":
        text = "-".join("".join(chr(ord(d) + 0xFEE0) for d in g) for g in groups)
    elif style == "keycap":
        text = " ".join("".join(d + "\ufe0f\u20e3" for d in g) for g in groups)
    elif style == "separator_noise":
        inner = rng.choice(["*", "~", "@"])
        text = rng.choice(["..", "~*", " ~ "]).join(inner.join(g) for g in groups)
    else:
        text = rng.choice(["💋", "📞", "💓"]).join(groups)
    return text, style


def _arabic_indic_phone(rng: random.Random, phone: _Phone) -> tuple[str, str]:
    digits = str.maketrans("0123456789", _ARABIC_INDIC)
    text = f"+{phone.cc} " + " ".join(phone.intl)
    return text.translate(digits), "arabic_indic"


# --------------------------------------------------------------------------------------
# Small text helpers

_SLOT = re.compile(r"\{(\w+)\}")
_CHOICE = re.compile(r"\[\[([^\[\]]*)\]\]")


def _expand(rng: random.Random, text: str) -> str:
    """Replace every ``[[a|b|c]]`` with one of its options."""
    while "[[" in text:
        text = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), text)
    return text


def _fill(text: str, values: dict[str, str]) -> str:
    return _SLOT.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


_SEPARATORS: dict[str, str] = {
    "en": ",",
    "zh": ",",
    "ar": ",",
    "th": ",",
    "fr": " ",
    "ru": " ",
    "es": ".",
    "pt": ".",
    "ro": ".",
    "id": ".",
    "vi": ".",
}

_CURRENCY: dict[str, tuple[str, float]] = {
    "US": ("${v}", 1.0),
    "CA": ("${v}", 1.35),
    "AU": ("${v}", 1.5),
    "GB": ("£{v}", 0.8),
    "PH": ("₱{v}", 56.0),
    "NG": ("₦{v}", 1500.0),
    "IN": ("₹{v}", 83.0),
    "MX": ("${v} MXN", 17.0),
    "ES": ("{v} €", 0.9),
    "AR": ("US$ {v}", 1.0),
    "CO": ("${v} COP", 4000.0),
    "PE": ("S/ {v}", 3.7),
    "FR": ("{v} €", 0.9),
    "BE": ("{v} €", 0.9),
    "SN": ("{v} FCFA", 600.0),
    "RU": ("{v} ₽", 90.0),
    "KZ": ("{v} ₸", 450.0),
    "BY": ("{v} BYN", 3.2),
    "CN": ("{v}元", 7.2),
    "TW": ("NT${v}", 32.0),
    "MY": ("RM{v}", 4.7),
    "SA": ("{v} ريال", 3.75),
    "AE": ("{v} درهم", 3.67),
    "EG": ("{v} جنيه", 48.0),
    "JO": ("{v} دينار", 0.71),
    "MA": ("{v} درهم", 10.0),
    "BR": ("R$ {v}", 5.0),
    "PT": ("{v} €", 0.9),
    "RO": ("{v} lei", 4.6),
    "MD": ("{v} lei", 17.7),
    "VN": ("{v} đ", 25000.0),
    "TH": ("{v} บาท", 35.0),
    "ID": ("Rp {v}", 16000.0),
}


_ISO_CURRENCY: dict[str, str] = {"SA": "SAR", "AE": "AED", "EG": "EGP", "JO": "JOD", "MA": "MAD"}


def _money(rng: random.Random, lang: str, country: str, lo: float, hi: float) -> str:
    """An amount between ``lo`` and ``hi`` US dollars, in the country's currency."""
    pattern, rate = _CURRENCY.get(country, ("${v}", 1.0))
    if lang != "ar" and country in _ISO_CURRENCY:
        pattern = "{v} " + _ISO_CURRENCY[country]
    value = rng.uniform(lo, hi) * rate
    digits = len(str(int(value)))
    value = round(value, -(digits - 2)) if digits > 2 else round(value)
    sep = _SEPARATORS.get(lang, ",")
    text = f"{int(value):,}".replace(",", sep)
    return pattern.replace("{v}", text)


_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    "ar": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
    "ro": (
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ),
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "th": (
        "ม.ค.",
        "ก.พ.",
        "มี.ค.",
        "เม.ย.",
        "พ.ค.",
        "มิ.ย.",
        "ก.ค.",
        "ส.ค.",
        "ก.ย.",
        "ต.ค.",
        "พ.ย.",
        "ธ.ค.",
    ),
}


def _date_text(rng: random.Random, lang: str) -> str:
    month, day = rng.randrange(12), rng.randint(1, 28)
    if lang == "zh":
        return f"{month + 1}月{day}日"
    if lang == "vi":
        return f"{day}/{month + 1}"
    names = _MONTHS.get(lang, _MONTHS["en"])
    if lang == "en":
        return f"{names[month]} {day}"
    if lang in ("es", "pt"):
        return f"{day} de {names[month]}"
    return f"{day} {names[month]}"


# --------------------------------------------------------------------------------------
# Places, contact phrases and identifiers

_CITIES: dict[tuple[str, str], tuple[str, ...]] = {
    ("en", "US"): (
        "Los Angeles",
        "Las Vegas",
        "Miami",
        "New York",
        "San Francisco",
        "Houston",
        "Seattle",
        "Chicago",
        "Atlanta",
        "Denver",
        "Phoenix",
        "Boston",
    ),
    ("en", "CA"): ("Toronto", "Vancouver", "Calgary", "Ottawa", "Montreal", "Edmonton"),
    ("en", "AU"): ("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Gold Coast"),
    ("en", "GB"): ("London", "Manchester", "Birmingham", "Leeds"),
    ("en", "PH"): ("Manila", "Cebu", "Davao"),
    ("en", "NG"): ("Lagos", "Abuja", "Benin City"),
    ("en", "IN"): ("Delhi", "Mumbai", "Kochi"),
    ("es", "US"): ("Los Ángeles", "Miami", "Houston", "Nueva York"),
    ("es", "MX"): ("Ciudad de México", "Guadalajara", "Monterrey", "Tijuana"),
    ("es", "ES"): ("Madrid", "Barcelona", "Valencia", "Sevilla"),
    ("es", "AR"): ("Buenos Aires", "Córdoba", "Rosario"),
    ("es", "CO"): ("Bogotá", "Medellín", "Cali"),
    ("es", "PE"): ("Lima", "Arequipa", "Trujillo"),
    ("fr", "FR"): ("Paris", "Lyon", "Marseille", "Nice", "Toulouse", "Bordeaux", "Lille"),
    ("fr", "CA"): ("Montréal", "Québec", "Gatineau", "Laval"),
    ("fr", "BE"): ("Bruxelles", "Liège", "Charleroi"),
    ("fr", "SN"): ("Dakar", "Thiès", "Saint-Louis"),
    ("ru", "RU"): ("Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург"),
    ("ru", "KZ"): ("Алматы", "Астана", "Шымкент"),
    ("ru", "BY"): ("Минск", "Гомель", "Брест"),
    ("zh", "CN"): ("上海", "北京", "广州", "深圳", "成都"),
    ("zh", "TW"): ("台北", "高雄", "台中"),
    ("zh", "MY"): ("吉隆坡", "新山", "槟城"),
    ("zh", "CA"): ("温哥华", "多伦多", "列治文"),
    ("zh", "AU"): ("悉尼", "墨尔本"),
    ("zh", "US"): ("洛杉矶", "纽约", "旧金山"),
    ("ar", "SA"): ("الرياض", "جدة", "الدمام"),
    ("ar", "AE"): ("دبي", "أبوظبي", "الشارقة"),
    ("ar", "EG"): ("القاهرة", "الإسكندرية", "المنصورة"),
    ("ar", "JO"): ("عمّان", "إربد", "الزرقاء"),
    ("ar", "MA"): ("الدار البيضاء", "الرباط", "فاس"),
    ("pt", "BR"): ("São Paulo", "Rio de Janeiro", "Belo Horizonte", "Recife", "Goiânia"),
    ("pt", "PT"): ("Lisboa", "Porto", "Braga"),
    ("ro", "RO"): ("București", "Cluj-Napoca", "Iași", "Timișoara", "Constanța"),
    ("ro", "MD"): ("Chișinău", "Bălți"),
    ("vi", "VN"): ("Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ"),
    ("th", "TH"): ("กรุงเทพฯ", "เชียงใหม่", "ขอนแก่น", "อุดรธานี", "ภูเก็ต"),
    ("id", "ID"): ("Jakarta", "Surabaya", "Medan", "Bandung", "Makassar"),
}

_PHONE_LEADS: dict[str, tuple[str, ...]] = {
    "en": ("Call or text {p}", "Phone: {p}", "Contact {p}", "Tel {p}", "Call {p}"),
    "es": ("Llamar al {p}", "Tel. {p}", "WhatsApp {p}", "Contacto: {p}"),
    "fr": ("Tél. : {p}", "Appelez le {p}", "Contact : {p}"),
    "ru": ("Тел.: {p}", "Звоните: {p}", "Контакт: {p}"),
    "zh": ("电话：{p}", "联系电话 {p}", "手机 {p}"),
    "ar": ("للتواصل: {p}", "هاتف: {p}", "واتساب: {p}"),
    "pt": ("Tel.: {p}", "Chama no WhatsApp {p}", "Contato: {p}"),
    "ro": ("Telefon: {p}", "Sunați la {p}"),
    "vi": ("ĐT: {p}", "Liên hệ {p}"),
    "th": ("โทร {p}", "ติดต่อ {p}"),
    "id": ("Hubungi {p}", "WA {p}", "Telp. {p}"),
}
_EMAIL_LEADS: dict[str, tuple[str, ...]] = {
    "en": ("Email {e}", "Reply to {e}", "Contact: {e}"),
    "es": ("Correo: {e}", "Escribir a {e}"),
    "fr": ("Courriel : {e}", "Écrire à {e}"),
    "ru": ("Почта: {e}", "Пишите на {e}"),
    "zh": ("邮箱：{e}", "联系邮箱 {e}"),
    "ar": ("البريد: {e}", "راسلنا على {e}"),
    "pt": ("E-mail: {e}", "Mande mensagem para {e}"),
    "ro": ("Email: {e}",),
    "vi": ("Email: {e}",),
    "th": ("อีเมล {e}",),
    "id": ("Email: {e}",),
}
_NO_CONTACT: dict[str, tuple[str, ...]] = {
    "en": ("Message me through the site.", "Reply here for details."),
    "es": ("Escríbeme por aquí.", "Más info por mensaje privado."),
    "fr": ("Contact par la messagerie du site.", "Répondez à l'annonce."),
    "ru": ("Пишите в личные сообщения.", "Подробности в ЛС."),
    "zh": ("有意者请私信。", "详情请站内联系。"),
    "ar": ("للاستفسار راسلنا على الخاص.", "التواصل عبر الموقع."),
    "pt": ("Chama no privado.", "Mais informações por mensagem."),
    "ro": ("Detalii în privat.",),
    "vi": ("Inbox để biết thêm chi tiết.",),
    "th": ("สนใจทักแชท",),
    "id": ("Info lebih lanjut via DM.",),
}
_HANDLE_FORMS: dict[str, tuple[str, ...]] = {
    "telegram": ("Telegram: @{u}", "TG @{u}", "Telegram @{u}"),
    "snapchat": ("Snap: {u}", "Snapchat: {u}"),
    "instagram": ("IG: @{u}", "Instagram @{u}"),
    "kik": ("Kik: {u}",),
    "wechat": ("微信：{u}", "WeChat: {u}"),
    "line": ("Line ID: {u}", "ไลน์: {u}"),
}
_EMAIL_DOMAINS: tuple[str, ...] = (
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "inbox.example.net",
)
_SITE_WORDS: tuple[str, ...] = (
    "bluebird",
    "harbor",
    "maple",
    "sunrise",
    "riverside",
    "oakwood",
    "northstar",
    "greenleaf",
    "silverline",
    "lakeside",
    "summit",
    "meadow",
    "cedar",
    "lighthouse",
    "horizon",
)


# --------------------------------------------------------------------------------------
# Escort-style ads (euphemistic, as classified sites phrase them)

_ESCORT_MARKETS: tuple[tuple[str, str, float], ...] = (
    ("US", "en", 0.45),
    ("US", "es", 0.08),
    ("CA", "en", 0.12),
    ("CA", "fr", 0.04),
    ("AU", "en", 0.15),
    ("FR", "fr", 0.16),
)
_ESCORT_SOURCES: tuple[str, ...] = (
    "ads.example.com",
    "nightlife.example.net",
    "companions.example.org",
    "city.example.com",
)

_PERSONA_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "Mia",
        "Lexi",
        "Jade",
        "Kiki",
        "Bella",
        "Nova",
        "Skye",
        "Luna",
        "Remi",
        "Tessa",
        "Cici",
        "Amber",
        "Dani",
        "Roxy",
        "Zara",
        "Mila",
        "Nina",
        "Tia",
        "Gigi",
        "Lola",
        "Ivy",
        "Coco",
        "Sasha",
        "Jolie",
        "Bree",
        "Kenzie",
        "Raya",
        "Demi",
        "Nyla",
        "Aria",
    ),
    "es": (
        "Valeria",
        "Camila",
        "Daniela",
        "Ximena",
        "Paola",
        "Lupita",
        "Mariana",
        "Renata",
        "Abril",
        "Yesenia",
        "Karla",
        "Dayana",
        "Noelia",
        "Ariana",
        "Brisa",
        "Celeste",
    ),
    "fr": (
        "Chloé",
        "Manon",
        "Inès",
        "Léa",
        "Clara",
        "Maëlys",
        "Zoé",
        "Anaïs",
        "Lou",
        "Jade",
        "Émilie",
        "Océane",
        "Lina",
        "Elsa",
        "Romane",
        "Nora",
    ),
}

_ESCORT: dict[str, dict[str, Any]] = {
    "en": {
        "intro_i": (
            "Hi gentlemen, I'm {name}, {age}, a sweet and classy companion now in {city}.",
            "{name} here, {age} y/o, fun, friendly and easy to talk to, visiting {city}.",
            "Hello from {city}! My name is {name}, I'm {age} and I love good conversation.",
            "Meet {name} ({age}), elegant, playful and always on time, in {city} now.",
        ),
        "intro_we": (
            "Our new girl {name}, {age}, just arrived in {city}.",
            "We present {name}, {age}, available now in {city}.",
            "{name}, {age}, is waiting for you in {city}. Our team handles all bookings.",
        ),
        "intro_minor": (
            "New girl {name}, {age}, first time in {city}.",
            "Sweet {name}, only {age}, brand new in {city}.",
        ),
        "school": (
            "On summer break from school, so available days too.",
            "Still in high school, available after class.",
            "Just finished 10th grade, looking for generous friends.",
        ),
        "boiler": (
            "100% real pics.",
            "No rush.",
            "Incall/outcall.",
            "Clean, discreet and upscale.",
            "Upscale gentlemen only.",
            "No bait and switch.",
            "Available {hours}.",
            "Text only, no blocked numbers.",
            "Serious inquiries only.",
            "Safe and private location.",
            "Real and recent photos.",
            "Sweet girlfriend vibe.",
        ),
        "rates": (
            "{amount} roses/hr.",
            "Specials today: {price} for the hour.",
            "Donation {price} per hour.",
            "Rates start at {price}.",
        ),
        "signs": {
            "third_party": (
                "Ask for daddy to book.",
                "Booking through my manager only.",
                "Call our booker, new girls every week.",
                "My driver will meet you downstairs.",
                "All appointments are set by our agency.",
            ),
            "youth": (
                "Fresh and young 💗",
                "Just turned 18, brand new to this 🍒",
                "Very young, sweet and shy.",
                "Petite young fresh face.",
            ),
            "restricted_movement": (
                "Incall only, she can't go out.",
                "Driver drops her off and picks her up.",
                "She stays at our place, no outcall.",
                "She speaks little English, the manager arranges everything.",
            ),
            "ownership_emoji": ("👑👑", "Ask for the king 👑"),
            "nationality": ("New international girls just arrived.",),
        },
        "movement": (
            "In town for a few days only.",
            "Leaving soon, don't miss me.",
            "New in town ✈️",
        ),
        "screening": ("Screening required for new friends.", "References preferred."),
        "independent": (
            "Independent, no agency.",
            "I manage my own bookings.",
            "Independent provider, I set my own schedule.",
        ),
        "closing": ("Call now!", "Don't wait, book today.", "See you soon.", "Kisses 😘"),
        "leads": (
            "Call {contact}",
            "📞 {contact}",
            "Text me {contact}",
            "Txt {contact}",
            "Book: {contact}",
            "{contact}",
        ),
        "email_leads": ("Email {contact}", "✉️ {contact}", "Write to {contact}"),
        "sig": (
            (
                "Treat yourself to",
                "Come and enjoy",
                "Don't miss",
                "Spoil yourself with",
                "Escape the routine with",
                "Make time for",
                "Relax with",
                "Discover",
            ),
            (
                "the sweetest",
                "the most charming",
                "a truly unforgettable",
                "the friendliest",
                "an elegant",
                "a relaxing",
                "a memorable",
                "a warm",
            ),
            ("company", "evening", "date", "time", "experience", "moment", "visit"),
            (
                "in a private upscale suite",
                "downtown",
                "near the airport",
                "by the convention center",
                "in a quiet neighbourhood",
                "close to the highway",
                "near the casino strip",
                "by the beach",
                "in a luxury hotel",
            ),
            (
                "you deserve it.",
                "you will come back.",
                "satisfaction is our priority.",
                "everything stays discreet.",
                "no stress, just smiles.",
                "see you soon babe.",
                "treat yourself tonight.",
            ),
        ),
        "sig2": (
            ("Classy", "Stunning", "Charming", "Gorgeous", "Elegant", "Lovely"),
            ("and", "yet", "but also"),
            (
                "down to earth",
                "playful",
                "very attentive",
                "easygoing",
                "full of energy",
                "a great listener",
            ),
            (
                "perfect for a night out.",
                "ideal after a long day.",
                "great for dinner dates.",
                "made for busy gentlemen.",
            ),
        ),
        "hours": ("24/7", "10am to 2am", "late nights", "all weekend", "noon to midnight"),
        "titles": (
            "{name} ✨ new in {city}",
            "Sweet {name}, {city}, available now",
            "{city}: classy companion {name}, {age}",
            "{name}, {age} 💕 {city}",
            "Gorgeous {name} in {city} tonight",
        ),
        "titles_minor": ("New girl {name} {age}, {city}", "Sweet {name}, {age}, {city}"),
        "fillers": ("really", "so", "very", "super", "just", "always", "honey", "babe", "💕", "✨"),
        "synonyms": {
            "sweet": "lovely",
            "classy": "elegant",
            "call": "text",
            "now": "today",
            "gentlemen": "guys",
            "friendly": "fun",
            "private": "discreet",
            "best": "greatest",
            "new": "brand-new",
            "enjoy": "love",
        },
    },
    "es": {
        "intro_i": (
            "Hola caballeros, soy {name}, {age} años, dulce y elegante, nueva en {city}.",
            "{name}, {age} años, simpática y cariñosa, de visita en {city}.",
            "Me llamo {name}, tengo {age} años y estoy en {city} esta semana.",
        ),
        "intro_we": (
            "Nuestra nueva chica {name}, {age} años, recién llegada a {city}.",
            "Te presentamos a {name}, {age} años, disponible en {city}.",
        ),
        "intro_minor": (
            "Chica nueva {name}, {age} años, por primera vez en {city}.",
            "Dulce {name}, solo {age} años, recién llegada a {city}.",
        ),
        "school": (
            "Está de vacaciones del colegio, disponible de día.",
            "Todavía va a la secundaria, disponible después de clases.",
        ),
        "boiler": (
            "Fotos 100% reales.",
            "Sin prisas.",
            "Hotel y domicilio.",
            "Discreción total.",
            "Solo caballeros educados.",
            "Disponible {hours}.",
            "Reinas del masaje 24/7.",
            "Sin engaños.",
            "Lugar privado y seguro.",
        ),
        "rates": ("{price} la hora.", "Promoción hoy: {price} la hora.", "Desde {price}."),
        "signs": {
            "third_party": (
                "Reservas solo con mi encargado.",
                "Pregunta por papi.",
                "Tenemos chicas nuevas cada semana.",
                "El chofer te espera abajo.",
            ),
            "youth": (
                "Jovencita y fresca 💗",
                "Recién cumplidos los 18 🍒",
                "Muy jovencita, dulce y tímida.",
            ),
            "restricted_movement": (
                "Solo en nuestro piso, no sale.",
                "El chofer la lleva y la recoge.",
                "No habla español, el encargado organiza todo.",
            ),
            "ownership_emoji": ("👑👑", "Pregunta por el rey 👑"),
            "nationality": ("Chicas nuevas internacionales recién llegadas.",),
        },
        "movement": ("Solo unos días en la ciudad.", "Me voy pronto, no te lo pierdas."),
        "screening": ("Se pide verificación a clientes nuevos.",),
        "independent": ("Independiente, sin agencia.", "Gestiono yo misma mis citas."),
        "closing": ("¡Llama ya!", "Te espero.", "Besos 😘"),
        "leads": ("Llama al {contact}", "📞 {contact}", "WhatsApp {contact}", "{contact}"),
        "email_leads": ("Correo: {contact}", "✉️ {contact}"),
        "sig": (
            (
                "Regálate",
                "Ven a disfrutar de",
                "No te pierdas",
                "Date el gusto de",
                "Escápate de la rutina con",
                "Relájate con",
            ),
            (
                "la compañía más dulce",
                "una velada inolvidable",
                "la cita más encantadora",
                "un momento elegante",
                "un rato relajante",
                "una experiencia cálida",
            ),
            (
                "en una suite privada",
                "en el centro",
                "cerca del aeropuerto",
                "en un barrio tranquilo",
                "cerca de la playa",
                "en un hotel de lujo",
                "junto a la autopista",
            ),
            (
                "te lo mereces.",
                "vas a volver.",
                "tu satisfacción es lo primero.",
                "todo con discreción.",
                "sin estrés, solo sonrisas.",
                "nos vemos pronto.",
            ),
        ),
        "sig2": (
            ("Elegante", "Encantadora", "Preciosa", "Divertida", "Cariñosa"),
            ("y", "pero también"),
            (
                "muy atenta",
                "con los pies en la tierra",
                "llena de energía",
                "buena conversadora",
                "muy tranquila",
            ),
            (
                "ideal para una cena.",
                "perfecta después de un día largo.",
                "para caballeros ocupados.",
                "para una noche especial.",
            ),
        ),
        "hours": ("24 horas", "de 10 a 2", "noches y fines de semana"),
        "titles": (
            "{name} ✨ nueva en {city}",
            "Dulce {name}, {age}, {city}",
            "{city}: {name}, disponible ya",
        ),
        "titles_minor": ("Chica nueva {name} {age}, {city}",),
        "fillers": ("muy", "súper", "siempre", "cariño", "💕", "✨"),
        "synonyms": {
            "dulce": "tierna",
            "elegante": "fina",
            "nueva": "recién",
            "caballeros": "señores",
            "disponible": "lista",
            "privado": "discreto",
        },
    },
    "fr": {
        "intro_i": (
            "Bonsoir messieurs, je suis {name}, {age} ans, douce et raffinée, de passage à {city}.",
            "{name}, {age} ans, souriante et pétillante, disponible à {city}.",
            "Je m'appelle {name}, j'ai {age} ans et je suis à {city} cette semaine.",
        ),
        "intro_we": (
            "Notre nouvelle {name}, {age} ans, vient d'arriver à {city}.",
            "Nous vous présentons {name}, {age} ans, disponible à {city}.",
        ),
        "intro_minor": (
            "Nouvelle {name}, {age} ans, pour la première fois à {city}.",
            "Douce {name}, seulement {age} ans, toute nouvelle à {city}.",
        ),
        "school": (
            "En vacances scolaires, disponible en journée.",
            "Encore au lycée, disponible après les cours.",
        ),
        "boiler": (
            "Photos 100 % réelles.",
            "Sans prise de tête.",
            "Reçoit et se déplace.",
            "Discrétion assurée.",
            "Hommes respectueux uniquement.",
            "Disponible {hours}.",
            "Pas d'arnaque.",
            "Lieu privé et sûr.",
        ),
        "rates": ("{price} la demi-heure.", "{price} l'heure.", "Promo du jour : {price}."),
        "signs": {
            "third_party": (
                "Réservation uniquement par mon manager.",
                "Demandez papa.",
                "Nouvelles filles chaque semaine.",
                "Le chauffeur vous attend en bas.",
            ),
            "youth": (
                "Toute jeune et fraîche 💗",
                "Vient d'avoir 18 ans 🍒",
                "Très jeune, douce et timide.",
            ),
            "restricted_movement": (
                "Reçoit seulement, ne sort pas.",
                "Le chauffeur la dépose et la récupère.",
                "Ne parle pas français, le manager organise tout.",
            ),
            "ownership_emoji": ("👑👑", "Demandez le roi 👑"),
            "nationality": ("Nouvelles filles internationales.",),
        },
        "movement": ("Quelques jours seulement en ville.", "Je pars bientôt, ne me ratez pas."),
        "screening": ("Vérification demandée aux nouveaux clients.",),
        "independent": ("Indépendante, sans agence.", "Je gère moi-même mes rendez-vous."),
        "closing": ("Appelez vite !", "À très vite.", "Bisous 😘"),
        "leads": ("Appelez le {contact}", "📞 {contact}", "Tél. {contact}", "{contact}"),
        "email_leads": ("Courriel : {contact}", "✉️ {contact}"),
        "sig": (
            (
                "Offrez-vous",
                "Venez profiter de",
                "Ne manquez pas",
                "Faites-vous plaisir avec",
                "Évadez-vous avec",
                "Détendez-vous avec",
            ),
            (
                "la compagnie la plus douce",
                "une soirée inoubliable",
                "un rendez-vous charmant",
                "un moment élégant",
                "une parenthèse relaxante",
                "une rencontre chaleureuse",
            ),
            (
                "dans une suite privée",
                "en centre-ville",
                "près de la gare",
                "dans un quartier calme",
                "près de la plage",
                "dans un hôtel de luxe",
                "près de l'aéroport",
            ),
            (
                "vous le méritez.",
                "vous reviendrez.",
                "votre satisfaction avant tout.",
                "en toute discrétion.",
                "sans stress, que des sourires.",
                "à bientôt.",
            ),
        ),
        "sig2": (
            ("Élégante", "Charmante", "Ravissante", "Pétillante", "Câline"),
            ("et", "mais aussi"),
            (
                "très attentionnée",
                "simple et naturelle",
                "pleine d'énergie",
                "à l'écoute",
                "toujours souriante",
            ),
            (
                "idéale pour un dîner.",
                "parfaite après une longue journée.",
                "pour messieurs pressés.",
                "pour une soirée spéciale.",
            ),
        ),
        "hours": ("7j/7", "de 10h à 2h", "en soirée", "tout le week-end"),
        "titles": (
            "{name} ✨ nouvelle à {city}",
            "Douce {name}, {age} ans, {city}",
            "{city} : {name} disponible",
        ),
        "titles_minor": ("Nouvelle {name} {age} ans, {city}",),
        "fillers": ("très", "vraiment", "toujours", "chéri", "💕", "✨"),
        "synonyms": {
            "douce": "tendre",
            "raffinée": "élégante",
            "disponible": "libre",
            "messieurs": "gentlemen",
            "nouvelle": "toute nouvelle",
            "privé": "discret",
        },
    },
}

_NEUTRAL_EMOJI: tuple[str, ...] = ("✨", "💕", "🔥", "😘", "⭐", "💯", "🥂", "🌟", "😊")
_ZH_LIKE = frozenset({"zh", "th"})


# --------------------------------------------------------------------------------------
# Job ads: deceptive recruitment (red flags from indicators.md §2 and §6) and legitimate

_JOB_LANGS: tuple[tuple[str, float], ...] = (
    ("en", 0.2),
    ("es", 0.11),
    ("fr", 0.08),
    ("ru", 0.09),
    ("zh", 0.08),
    ("ar", 0.08),
    ("pt", 0.08),
    ("ro", 0.07),
    ("vi", 0.07),
    ("th", 0.07),
    ("id", 0.07),
)
_JOB_COUNTRIES: dict[str, tuple[str, ...]] = {
    "en": ("US", "CA", "AU", "PH", "NG", "IN", "GB"),
    "es": ("MX", "PE", "CO", "ES", "AR", "US"),
    "fr": ("FR", "CA", "BE", "SN"),
    "ru": ("RU", "KZ", "BY"),
    "zh": ("CN", "TW", "MY"),
    "ar": ("EG", "JO", "MA", "SA", "AE"),
    "pt": ("BR", "PT"),
    "ro": ("RO", "MD"),
    "vi": ("VN",),
    "th": ("TH",),
    "id": ("ID",),
}
_PAY_SUFFIX: dict[str, str] = {
    "en": " a month",
    "es": " al mes",
    "fr": " par mois",
    "ru": " в месяц",
    "zh": "/月",
    "ar": " شهرياً",
    "pt": " por mês",
    "ro": " pe lună",
    "vi": "/tháng",
    "th": "/เดือน",
    "id": "/bulan",
}

# Each job: (key, name, destinations). Keys: hostess and model add appearance screening,
# scam adds the scam-compound "customer service / typing test" cue.
_DECEPTIVE: dict[str, dict[str, Any]] = {
    "en": {
        "jobs": (
            ("hostess", "hostesses", ("Dubai", "Istanbul", "Macau")),
            ("model", "models and dancers", ("Dubai", "Tokyo", "Seoul")),
            ("factory", "factory workers", ("Poland", "Germany", "Canada")),
            ("farm", "fruit pickers", ("Italy", "Spain", "Australia")),
            ("construction", "construction helpers", ("Qatar", "Saudi Arabia", "Malaysia")),
            ("caregiver", "live-in caregivers", ("Lebanon", "Kuwait", "Hong Kong")),
            ("scam", "customer service agents", ("Cambodia", "Myanmar", "Laos")),
        ),
        "titles": (
            "URGENT!!! {job} needed in {dest}, {pay}",
            "{job} jobs in {dest}, no experience",
            "Work abroad: {job} for {dest}",
        ),
        "signs": {
            "unrealistic_pay": (
                "Earn {pay}, easy money in a short time!",
                "Salary {pay}, paid in dollars, plus big tips.",
            ),
            "no_experience": (
                "No experience, no skills, no language needed.",
                "Anyone can do it, we train you.",
            ),
            "recruitment_fee": (
                "One-time processing fee of {fee} for visa and medical.",
                "Pay {fee} registration to reserve your place.",
            ),
            "passport_retention": (
                "The company keeps your passport safe during the contract.",
                "Hand over your passport on arrival for registration.",
            ),
            "travel_debt": (
                "Visa and flight are advanced and deducted from your salary.",
                "We pay your ticket, you pay it back from your wages.",
            ),
            "urgency": (
                "Departure this week, only 5 places left!",
                "No interview, start immediately, you leave tomorrow.",
            ),
            "appearance_screening": (
                "Girls {age_lo} to {age_hi}, pleasant appearance, send a full-length photo.",
                "Slim and attractive, age {age_lo}-{age_hi}, photo required.",
            ),
            "scam_compound": (
                "Simple typing job, free flight, typing test on arrival.",
                "Customer service for an online platform, basic computer skills only, free visa and ticket.",
            ),
            "tourist_visa": ("You travel on a tourist visa, we arrange the work papers there.",),
            "board_lodging": ("Free housing on site, transport to and from work by the company.",),
            "wage_withholding": ("Full salary paid at the end of the contract.",),
            "vague_employer": (
                "Big international company, name given after registration.",
                "Serious employer abroad, no contract needed.",
            ),
        },
        "channels": {
            "whatsapp": (
                "Contact only on WhatsApp: {contact}",
                "WhatsApp only, no calls: {contact}",
            ),
            "telegram": ("Telegram only: {contact}", "Message us on Telegram {contact}"),
        },
    },
    "es": {
        "jobs": (
            ("hostess", "anfitrionas y azafatas", ("Dubái", "Estambul", "Japón")),
            ("model", "modelos", ("Dubái", "Miami", "Madrid")),
            ("factory", "operarios de fábrica", ("Polonia", "Alemania", "Canadá")),
            ("farm", "recolectores de fruta", ("España", "Italia", "Portugal")),
            ("caregiver", "cuidadoras internas", ("Estados Unidos", "Italia", "Líbano")),
            ("scam", "agentes de atención al cliente", ("Camboya", "Myanmar", "Laos")),
        ),
        "titles": (
            "Se necesitan {job} en {dest}, {pay}",
            "URGENTE: {job} para {dest}, sin experiencia",
        ),
        "signs": {
            "unrealistic_pay": (
                "Gane dinero fácil: {pay}.",
                "Inmediato, con buena paga: {pay} más propinas.",
            ),
            "no_experience": (
                "Sin experiencia y sin idiomas.",
                "No se requiere experiencia, te capacitamos.",
            ),
            "recruitment_fee": (
                "Cuota de inscripción de {fee} para visa y exámenes médicos.",
                "Debes pagar {fee} para reservar tu plaza.",
            ),
            "passport_retention": (
                "La empresa guarda tu pasaporte durante el contrato.",
                "Al llegar entregas tu pasaporte para el registro.",
            ),
            "travel_debt": (
                "Pasaje y visa adelantados, se descuentan de tu sueldo.",
                "Nosotros pagamos el viaje y lo devuelves con tu trabajo.",
            ),
            "urgency": (
                "Viajas esta semana, quedan pocas plazas.",
                "Sin entrevista, incorporación inmediata.",
            ),
            "appearance_screening": (
                "Chicas de {age_lo} a {age_hi} años, buena presencia, enviar foto de cuerpo entero.",
                "Se necesita chica con disponibilidad horaria y buena presencia, {age_lo} a {age_hi} años.",
            ),
            "scam_compound": ("Trabajo sencillo de digitación, vuelo gratis, prueba de mecanografía al llegar.",),
            "tourist_visa": ("Viajas con visa de turista, allá arreglamos los papeles.",),
            "board_lodging": ("Alojamiento en la empresa y transporte incluidos.",),
            "wage_withholding": ("El sueldo completo se paga al final de la temporada.",),
            "vague_employer": ("Importante empresa internacional, requisito: disponibilidad para viajar.",),
        },
        "channels": {
            "whatsapp": ("Solo por WhatsApp: {contact}", "Escríbenos al WhatsApp {contact}"),
            "telegram": ("Escríbenos solo por Telegram: {contact}",),
        },
    },
    "fr": {
        "jobs": (
            ("hostess", "hôtesses", ("Dubaï", "Istanbul", "Monaco")),
            ("model", "mannequins", ("Dubaï", "Milan", "Beyrouth")),
            ("factory", "ouvriers d'usine", ("Varsovie", "Munich", "Montréal")),
            ("farm", "cueilleurs de fruits", ("Huelva", "Naples", "Agadir")),
            ("caregiver", "aides à domicile logées", ("Beyrouth", "Koweït City", "Riyad")),
            ("scam", "conseillers clientèle", ("Phnom Penh", "Sihanoukville", "Myawaddy")),
        ),
        "titles": (
            "Recrutement urgent : {job} pour {dest}, {pay}",
            "{job} à {dest}, sans expérience",
        ),
        "signs": {
            "unrealistic_pay": (
                "Gagnez {pay}, argent facile et rapide.",
                "Salaire {pay} + pourboires.",
            ),
            "no_experience": (
                "Aucune expérience ni langue étrangère exigée.",
                "Débutants acceptés, formation sur place.",
            ),
            "recruitment_fee": (
                "Frais de dossier de {fee} pour le visa et la visite médicale.",
                "Réservez votre place en versant {fee}.",
            ),
            "passport_retention": (
                "L'agence conserve votre passeport pendant le contrat.",
                "Remettez votre passeport à l'arrivée pour l'enregistrement.",
            ),
            "travel_debt": ("Billet et visa avancés, retenus sur vos premiers salaires.",),
            "urgency": (
                "Départ cette semaine, places limitées !",
                "Pas d'entretien, départ immédiat.",
            ),
            "appearance_screening": (
                "Jeunes femmes de {age_lo} à {age_hi} ans, physique agréable, photo en pied exigée.",
                "Agence de mannequins : séances photos, avenir radieux, {age_lo}-{age_hi} ans.",
            ),
            "scam_compound": ("Travail de saisie simple, billet offert, test de frappe à l'arrivée.",),
            "tourist_visa": ("Vous partez avec un visa touristique, on s'occupe du reste.",),
            "board_lodging": ("Logement sur place et transport assurés par l'employeur.",),
            "wage_withholding": ("Salaire versé en totalité en fin de saison.",),
            "vague_employer": ("Grande société à l'étranger, nom communiqué après inscription.",),
        },
        "channels": {
            "whatsapp": ("Contact uniquement sur WhatsApp : {contact}",),
            "telegram": ("Uniquement par Telegram : {contact}",),
        },
    },
    "ru": {
        "jobs": (
            ("hostess", "хостес", ("Дубае", "Стамбуле", "Токио")),
            ("model", "модели", ("Дубае", "Сеуле", "Шанхае")),
            ("factory", "рабочие на завод", ("Польше", "Германии", "Чехии")),
            ("farm", "сборщики ягод", ("Финляндии", "Польше", "Великобритании")),
            ("caregiver", "сиделки с проживанием", ("Израиле", "Италии", "Греции")),
            ("scam", "операторы колл-центра", ("Камбодже", "Мьянме", "Лаосе")),
        ),
        "titles": ("Работа в {dest}: {job}, {pay}", "Срочно! Требуются {job}, работа в {dest}"),
        "signs": {
            "unrealistic_pay": (
                "Высокий заработок, богатые клиенты: {pay}.",
                "Доход {pay}, быстрые деньги.",
            ),
            "no_experience": ("Опыт и знание языка не нужны.", "Без опыта, всему научим."),
            "recruitment_fee": (
                "Оплата оформления {fee} (виза и медкомиссия).",
                "Взнос за бронирование места: {fee}.",
            ),
            "passport_retention": (
                "Паспорт хранится у работодателя на время контракта.",
                "По прибытии паспорт сдаётся для регистрации.",
            ),
            "travel_debt": ("Виза и перелёт кредитуются, потом вычитаются из зарплаты.",),
            "urgency": ("Вылет на этой неделе, мест мало!", "Без собеседования, выезд завтра."),
            "appearance_screening": (
                "Возраст от {age_lo} до {age_hi}, приятная внешность, фото в полный рост.",
                "Девушки {age_lo}–{age_hi} лет, стройные, фото обязательно.",
            ),
            "scam_compound": (
                "Простая работа оператором за компьютером, билет бесплатно, тест на скорость печати по приезде.",
            ),
            "tourist_visa": ("Едете по туристической визе, остальное оформим на месте.",),
            "board_lodging": ("Проживание на территории и доставка до работы за счёт компании.",),
            "wage_withholding": ("Зарплата выплачивается полностью в конце сезона.",),
            "vague_employer": ("Крупная зарубежная компания, название сообщим после записи.",),
        },
        "channels": {
            "whatsapp": ("Связь только в WhatsApp: {contact}",),
            "telegram": ("Пишите только в Telegram: {contact}", "Телеграм: {contact}"),
        },
    },
    "zh": {
        "jobs": (
            ("hostess", "礼仪接待", ("迪拜", "澳门", "东京")),
            ("model", "模特", ("迪拜", "首尔", "曼谷")),
            ("factory", "工厂普工", ("塞尔维亚", "波兰", "匈牙利")),
            ("farm", "农场采摘工", ("澳洲", "新西兰", "加拿大")),
            ("caregiver", "住家保姆", ("新加坡", "香港", "以色列")),
            ("scam", "网络客服", ("柬埔寨", "缅甸", "老挝")),
        ),
        "titles": ("高薪招聘{job}（{dest}）{pay}", "急招{job}，{dest}，无需经验"),
        "signs": {
            "unrealistic_pay": ("工资高、门槛低，{pay}。", "高薪：{pay}，轻松赚钱。"),
            "no_experience": ("无需经验，不用外语。", "零基础可做，包教包会。"),
            "recruitment_fee": ("需交报名费{fee}（含签证、体检）。", "先交{fee}押金占名额。"),
            "passport_retention": ("到达后护照由公司统一保管。", "合同期间护照交公司保管。"),
            "travel_debt": ("机票签证公司垫付，从工资里扣。",),
            "urgency": ("名额有限，本周出发！", "无需面试，明天就可以走。"),
            "appearance_screening": ("女性{age_lo}-{age_hi}岁，形象好气质佳，需发全身照。",),
            "scam_compound": (
                "简单打字客服工作，包机票，到达后打字测试。",
                "高薪暑假工，网络客服，包吃包住。",
            ),
            "tourist_visa": ("持旅游签证出境，到了再办工作手续。",),
            "board_lodging": ("包吃包住，公司统一接送上下班。",),
            "wage_withholding": ("工资年底一次性结清。",),
            "vague_employer": ("海外大公司，公司名称报名后告知。",),
        },
        "channels": {
            "whatsapp": ("只用WhatsApp联系：{contact}",),
            "wechat": ("只加微信，{contact}", "有意者加{contact}"),
        },
    },
    "ar": {
        "jobs": (
            ("hostess", "مضيفات", ("دبي", "إسطنبول", "بيروت")),
            ("model", "عارضات أزياء", ("دبي", "بيروت", "القاهرة")),
            ("factory", "عمال مصانع", ("بولندا", "رومانيا", "تركيا")),
            ("construction", "عمال بناء", ("قطر", "ليبيا", "ماليزيا")),
            ("caregiver", "عاملات منزليات", ("الكويت", "لبنان", "الأردن")),
            ("scam", "موظفو خدمة عملاء", ("كمبوديا", "ميانمار", "لاوس")),
        ),
        "titles": (
            "مطلوب {job} للعمل في {dest} براتب {pay}",
            "فرصة عمل عاجلة: {job} في {dest} بدون خبرة",
        ),
        "signs": {
            "unrealistic_pay": ("راتب {pay} ودخل سريع.", "أرباح كبيرة في وقت قصير: {pay}."),
            "no_experience": ("لا يشترط خبرة ولا لغة.", "بدون خبرة، التدريب مجاني."),
            "recruitment_fee": ("رسوم تأشيرة وفحص طبي {fee} تدفع مقدماً.", "ادفع {fee} لحجز مكانك."),
            "passport_retention": (
                "يحتفظ الكفيل بجواز السفر طوال مدة العقد.",
                "تسليم جواز السفر للشركة عند الوصول.",
            ),
            "travel_debt": ("التذكرة والتأشيرة على حساب الشركة وتخصم من الراتب.",),
            "urgency": ("السفر خلال أيام، الأماكن محدودة!", "بدون مقابلة، السفر فوراً."),
            "appearance_screening": ("فتيات من {age_lo} إلى {age_hi} سنة، مظهر لائق، أرسلي صورة كاملة.",),
            "scam_compound": ("عمل إدخال بيانات بسيط، تذكرة مجانية، اختبار طباعة عند الوصول.",),
            "tourist_visa": ("السفر بتأشيرة سياحية ونرتب الأوراق هناك.",),
            "board_lodging": ("سكن داخل موقع العمل ونقل من الشركة.",),
            "wage_withholding": ("يصرف الراتب كاملاً في نهاية العقد.",),
            "vague_employer": ("شركة كبرى في الخارج، يتم الإفصاح عن الاسم بعد التسجيل، بدون عقد مكتوب.",),
        },
        "channels": {
            "whatsapp": ("التواصل عبر واتساب فقط: {contact}",),
            "telegram": ("للتواصل على تيليجرام فقط: {contact}",),
        },
    },
    "pt": {
        "jobs": (
            ("hostess", "recepcionistas", ("Dubai", "Portugal", "Macau")),
            ("model", "modelos", ("Dubai", "Milão", "Tóquio")),
            ("factory", "operários de fábrica", ("Portugal", "Polônia", "Alemanha")),
            ("farm", "trabalhadores para a colheita", ("Portugal", "Espanha", "Itália")),
            ("caregiver", "cuidadoras", ("Estados Unidos", "Itália", "Suíça")),
            ("scam", "atendentes de call center", ("Camboja", "Mianmar", "Laos")),
        ),
        "titles": (
            "Vagas para {job} em {dest}, {pay}",
            "Trabalhe em {dest}: {job}, sem experiência",
        ),
        "signs": {
            "unrealistic_pay": ("Salário em dólar: {pay}.", "Ganhe {pay} em pouco tempo."),
            "no_experience": ("Não precisa de experiência, nem precisa saber falar outra língua.",),
            "recruitment_fee": (
                "Taxa de inscrição de {fee} para visto e exames.",
                "Pague {fee} para garantir sua vaga.",
            ),
            "passport_retention": ("A empresa fica com seu passaporte durante o contrato.",),
            "travel_debt": ("Passagem e visto adiantados, descontados do salário.",),
            "urgency": (
                "Embarque esta semana, vagas limitadas!",
                "Sem entrevista, início imediato.",
            ),
            "appearance_screening": (
                "Moças de {age_lo} a {age_hi} anos, boa aparência, enviar foto de corpo inteiro.",
            ),
            "scam_compound": (
                "Vaga de atendimento ao cliente na Ásia: passagem paga, hospedagem "
                "garantida, alimentação inclusa, teste de digitação na chegada.",
            ),
            "tourist_visa": ("Você viaja com visto de turista, lá a gente resolve.",),
            "board_lodging": ("Hospedagem garantida no local e transporte da empresa.",),
            "wage_withholding": ("Salário pago integralmente no fim da safra.",),
            "vague_employer": ("Grande empresa no exterior, nome informado após inscrição.",),
        },
        "channels": {
            "whatsapp": ("Contato só pelo WhatsApp: {contact}",),
            "telegram": ("Fale conosco só no Telegram: {contact}",),
        },
    },
    "ro": {
        "jobs": (
            ("hostess", "hostese", ("Dubai", "Cipru", "Istanbul")),
            ("model", "fotomodele", ("Dubai", "Milano", "Londra")),
            ("factory", "muncitori în fabrică", ("Germania", "Olanda", "Polonia")),
            ("farm", "culegători de căpșuni", ("Spania", "Italia", "Anglia")),
            ("caregiver", "îngrijitoare la domiciliu", ("Italia", "Austria", "Germania")),
            ("scam", "operatori call-center", ("Cambodgia", "Myanmar", "Laos")),
        ),
        "titles": (
            "Angajăm {job} în {dest}, {pay}",
            "Urgent: {job} pentru {dest}, fără experiență",
        ),
        "signs": {
            "unrealistic_pay": (
                "Câștiguri substanțiale într-un timp scurt: {pay}.",
                "Salariu {pay}, bani rapizi.",
            ),
            "no_experience": ("Nu este necesară experiența sau cunoașterea limbii.",),
            "recruitment_fee": (
                "Taxă de înscriere {fee} pentru viză și analize medicale.",
                "Plătești {fee} ca să îți rezervi locul.",
            ),
            "passport_retention": ("Pașaportul rămâne la firmă pe durata contractului.",),
            "travel_debt": ("Transportul și cazarea se avansează și se rețin din salariu.",),
            "urgency": ("Îți facem actele, pleci mâine!", "Fără interviu, locuri limitate."),
            "appearance_screening": ("Fete între {age_lo} și {age_hi} ani, aspect plăcut, trimite o poză întreagă.",),
            "scam_compound": ("Job simplu de operator, bilet de avion gratuit, test de tastare la sosire.",),
            "tourist_visa": ("Pleci cu viză de turist, restul rezolvăm acolo.",),
            "board_lodging": ("Cazare asigurată în incinta fermei, transport cu microbuzul firmei.",),
            "wage_withholding": ("Salariul se plătește integral la sfârșitul sezonului.",),
            "vague_employer": ("Firmă serioasă din străinătate, atribuțiile se discută la sosire.",),
        },
        "channels": {
            "whatsapp": ("Contact doar pe WhatsApp: {contact}",),
            "telegram": ("Doar pe Telegram: {contact}",),
        },
    },
    "vi": {
        "jobs": (
            ("hostess", "tiếp viên nhà hàng", ("Dubai", "Ma Cao", "Nhật Bản")),
            ("model", "người mẫu", ("Dubai", "Hàn Quốc", "Thái Lan")),
            ("factory", "công nhân nhà máy", ("Đài Loan", "Ba Lan", "Serbia")),
            ("caregiver", "giúp việc gia đình", ("Ả Rập Xê Út", "Đài Loan", "Malaysia")),
            ("scam", "nhân viên chăm sóc khách hàng", ("Campuchia", "Myanmar", "Lào")),
        ),
        "titles": ("Tuyển gấp {job} tại {dest}, {pay}", "Việc nhẹ lương cao: {job} ở {dest}"),
        "signs": {
            "unrealistic_pay": (
                "Việc nhẹ lương cao, thu nhập {pay}.",
                "Lương {pay}, kiếm tiền nhanh.",
            ),
            "no_experience": ("Không cần kinh nghiệm, không cần ngoại ngữ.",),
            "recruitment_fee": (
                "Đóng phí hồ sơ {fee} (visa, khám sức khỏe).",
                "Đặt cọc {fee} để giữ chỗ.",
            ),
            "passport_retention": ("Công ty giữ hộ chiếu trong thời gian hợp đồng.",),
            "travel_debt": ("Vé máy bay và visa công ty ứng trước, trừ dần vào lương.",),
            "urgency": ("Số lượng có hạn, bay ngay tuần này!", "Không cần phỏng vấn, đi ngay."),
            "appearance_screening": ("Nữ {age_lo}-{age_hi} tuổi, ngoại hình ưa nhìn, gửi ảnh toàn thân.",),
            "scam_compound": ("Làm việc tại Campuchia, bao vé máy bay, kiểm tra đánh máy khi đến.",),
            "tourist_visa": ("Đi bằng visa du lịch, sang đó công ty lo giấy tờ.",),
            "board_lodging": ("Bao ăn ở tại công ty, xe đưa đón.",),
            "wage_withholding": ("Lương trả đủ khi kết thúc hợp đồng.",),
            "vague_employer": ("Công ty lớn ở nước ngoài, tên công ty báo sau khi đăng ký.",),
        },
        "channels": {
            "whatsapp": ("Chỉ liên hệ qua Zalo/WhatsApp: {contact}",),
            "telegram": ("Nhắn Telegram: {contact}",),
        },
    },
    "th": {
        "jobs": (
            ("hostess", "พนักงานต้อนรับ", ("ดูไบ", "มาเก๊า", "ญี่ปุ่น")),
            ("model", "นางแบบ", ("ดูไบ", "ญี่ปุ่น", "เกาหลีใต้")),
            ("factory", "คนงานโรงงาน", ("ไต้หวัน", "เกาหลีใต้", "อิสราเอล")),
            ("farm", "คนงานเก็บผลไม้", ("สวีเดน", "ฟินแลนด์", "ออสเตรเลีย")),
            ("scam", "แอดมินบริการลูกค้า", ("กัมพูชา", "เมียนมา", "ลาว")),
        ),
        "titles": ("รับสมัครด่วน {job} ทำงานที่{dest} {pay}", "งาน{job}ที่{dest} ไม่ต้องมีประสบการณ์"),
        "signs": {
            "unrealistic_pay": ("งานออนไลน์ รายได้สูง {pay}", "รายได้ {pay} ได้เงินเร็ว"),
            "no_experience": ("ไม่ต้องใช้ทักษะ ไม่ต้องมีประสบการณ์ ไม่ต้องใช้ภาษา",),
            "recruitment_fee": ("ค่าดำเนินการ {fee} (วีซ่า ตรวจสุขภาพ) จ่ายก่อนเดินทาง", "โอนค่าจองที่ {fee}"),
            "passport_retention": ("บริษัทจะเก็บหนังสือเดินทางไว้ตลอดสัญญา",),
            "travel_debt": ("ค่าตั๋วและวีซ่าบริษัทออกให้ก่อน หักจากเงินเดือน",),
            "urgency": ("รอบนี้มีจำนวนจำกัด เดินทางสัปดาห์นี้", "ไม่ต้องสัมภาษณ์ เดินทางได้ทันที"),
            "appearance_screening": ("หญิงอายุ {age_lo}-{age_hi} ปี บุคลิกดี ส่งรูปเต็มตัว",),
            "scam_compound": ("งานแอดมินพิมพ์ข้อความ บินฟรี ทดสอบพิมพ์ดีดเมื่อไปถึง",),
            "tourist_visa": ("เดินทางด้วยวีซ่าท่องเที่ยว ไปถึงแล้วค่อยทำเอกสาร",),
            "board_lodging": ("มีที่พักในโรงงาน รถรับส่ง",),
            "wage_withholding": ("จ่ายเงินเดือนทั้งหมดเมื่อจบฤดูกาล",),
            "vague_employer": ("บริษัทใหญ่ในต่างประเทศ แจ้งชื่อบริษัทหลังสมัคร",),
        },
        "channels": {
            "line": ("ติดต่อทางไลน์เท่านั้น {contact}",),
            "telegram": ("ติดต่อทาง Telegram เท่านั้น {contact}",),
        },
    },
    "id": {
        "jobs": (
            ("hostess", "pemandu karaoke", ("Dubai", "Makau", "Jepang")),
            ("model", "model", ("Dubai", "Jepang", "Korea")),
            ("factory", "operator pabrik", ("Taiwan", "Polandia", "Korea")),
            ("farm", "pemetik buah", ("Australia", "Selandia Baru", "Spanyol")),
            ("caregiver", "asisten rumah tangga", ("Arab Saudi", "Malaysia", "Hong Kong")),
            ("scam", "customer service", ("Kamboja", "Myanmar", "Laos")),
        ),
        "titles": (
            "Lowongan {job} di {dest}, {pay}",
            "Dicari segera: {job} ke {dest}, tanpa pengalaman",
        ),
        "signs": {
            "unrealistic_pay": (
                "Gaji {pay}, kerja ringan gaji besar.",
                "Penghasilan {pay}, cepat kaya.",
            ),
            "no_experience": ("Tanpa pengalaman, tidak perlu bahasa asing.",),
            "recruitment_fee": (
                "Biaya pendaftaran {fee} untuk visa dan medical.",
                "Bayar {fee} untuk mengamankan kuota.",
            ),
            "passport_retention": ("Paspor disimpan oleh perusahaan selama kontrak.",),
            "travel_debt": ("Tiket dan visa ditalangi, dipotong dari gaji.",),
            "urgency": (
                "Kuota terbatas, berangkat minggu ini!",
                "Tanpa wawancara, langsung berangkat.",
            ),
            "appearance_screening": (
                "Wanita usia {age_lo}-{age_hi} tahun, berpenampilan menarik, kirim foto seluruh badan.",
            ),
            "scam_compound": ("Kerja customer service di Kamboja, tiket gratis, tes mengetik saat tiba.",),
            "tourist_visa": ("Berangkat pakai visa turis, urusan kerja diurus di sana.",),
            "board_lodging": ("Mess disediakan di lokasi, antar-jemput perusahaan.",),
            "wage_withholding": ("Gaji dibayar penuh di akhir kontrak.",),
            "vague_employer": ("Perusahaan besar di luar negeri, nama disampaikan setelah daftar.",),
        },
        "channels": {
            "whatsapp": ("Hubungi via WhatsApp saja: {contact}",),
            "telegram": ("Hanya lewat Telegram: {contact}",),
        },
    },
}

_DECEPTIVE_OPTIONAL: tuple[str, ...] = (
    "unrealistic_pay",
    "no_experience",
    "recruitment_fee",
    "passport_retention",
    "travel_debt",
    "urgency",
    "tourist_visa",
    "board_lodging",
    "wage_withholding",
    "vague_employer",
)
_JOB_SOURCES: tuple[str, ...] = ("jobs.example.net", "careers.example.org", "ads.example.com")
_DECEPTIVE_SOURCES: tuple[str, ...] = (
    "jobs.example.net",
    "ads.example.com",
    "social.example.com",
    "groups.example.org",
)

# Companies: (name, ascii slug for the example.com subdomain).
_LEGIT: dict[str, dict[str, Any]] = {
    "en": {
        "companies": (
            ("Northwind Logistics", "northwind"),
            ("Bluegum Health", "bluegum"),
            ("Maple Ridge Foods", "mapleridge"),
            ("Harbor Point Hotels", "harborpoint"),
            ("Copperline Engineering", "copperline"),
        ),
        "roles": (
            "warehouse supervisor",
            "registered nurse",
            "software developer",
            "hotel receptionist",
            "accountant",
            "delivery driver",
            "customer service representative",
        ),
        "salaries": (
            "$52,000 to $60,000 a year",
            "$24 per hour",
            "$68,000 plus bonus",
            "$19.50 per hour",
        ),
        "titles": ("{role} ({city}), {company}", "{company} is hiring: {role}"),
        "intro": (
            "{company} is hiring a {role} in {city}.",
            "Join {company} as a {role} at our {city} site.",
        ),
        "contract": (
            "Permanent full-time contract, {salary}.",
            "12-month fixed-term contract with benefits, {salary}.",
        ),
        "req": (
            "Requirements: relevant qualification and at least {years} years of experience.",
            "You have {years}+ years of experience and good communication skills.",
        ),
        "apply": (
            "Apply online at {url} by {date}; shortlisted candidates will be invited to an interview.",
            "Send your CV to {email}. Interviews take place at our office.",
        ),
        "no_fee": ("We never charge candidates any fee.", "Equal opportunity employer."),
        "travel": (
            "The role involves regular travel to client sites; a valid passport is "
            "required and the company books and pays for all travel.",
            "Relocation is supported: we sponsor the work visa and pay the flights, and "
            "you keep your passport and documents at all times.",
        ),
    },
    "es": {
        "companies": (
            ("Transportes Río Claro", "rioclaro"),
            ("Clínica Santa Lucía", "santalucia"),
            ("Grupo Andino Alimentos", "andino"),
        ),
        "roles": (
            "jefe de almacén",
            "enfermera",
            "desarrollador de software",
            "recepcionista de hotel",
            "contador",
            "repartidor",
            "ejecutivo de atención al cliente",
        ),
        "salaries": (
            "sueldo según tabulador más prestaciones de ley",
            "1.850 € brutos al mes",
            "sueldo base más bonos por desempeño",
        ),
        "titles": ("{company} busca {role}", "Vacante: {role} en {city}"),
        "intro": ("{company} busca {role} para {city}.",),
        "contract": (
            "Contrato indefinido a jornada completa, {salary}.",
            "Contrato de 12 meses con prestaciones, {salary}.",
        ),
        "req": ("Requisitos: titulación relacionada y al menos {years} años de experiencia.",),
        "apply": (
            "Postula en {url} antes del {date}; los candidatos preseleccionados serán citados a entrevista.",
            "Envía tu CV a {email}.",
        ),
        "no_fee": ("El proceso de selección es totalmente gratuito.",),
        "travel": (
            "El puesto requiere viajes a clientes; es necesario pasaporte vigente y la "
            "empresa paga todos los desplazamientos.",
        ),
    },
    "fr": {
        "companies": (
            ("Groupe Hexaprim", "hexaprim"),
            ("Transports Lemoine", "lemoine"),
            ("Clinique des Tilleuls", "tilleuls"),
        ),
        "roles": (
            "responsable d'entrepôt",
            "infirmier",
            "développeur",
            "réceptionniste d'hôtel",
            "comptable",
            "chauffeur-livreur",
            "conseiller clientèle",
        ),
        "salaries": (
            "2 300 € brut mensuel",
            "38 000 € brut annuel",
            "salaire selon convention collective + primes",
        ),
        "titles": ("{company} recrute : {role}", "Offre d'emploi : {role} à {city}"),
        "intro": ("{company} recrute un(e) {role} à {city}.",),
        "contract": (
            "CDI à temps plein, {salary}.",
            "CDD de 12 mois, {salary}, mutuelle d'entreprise.",
        ),
        "req": ("Profil : diplôme dans le domaine et {years} ans d'expérience minimum.",),
        "apply": (
            "Candidatez sur {url} avant le {date} ; les candidats retenus seront reçus en entretien.",
            "Envoyez CV et lettre de motivation à {email}.",
        ),
        "no_fee": ("Aucun frais n'est demandé aux candidats.",),
        "travel": (
            "Déplacements fréquents chez les clients : passeport en cours de validité "
            "exigé, tous les frais de voyage sont pris en charge par l'entreprise.",
        ),
    },
    "ru": {
        "companies": (
            ("ООО «СеверЛогистик»", "severlogistic"),
            ("АО «Волжский хлебозавод»", "volzhsky"),
            ("ООО «ТехноСервис»", "technoservice"),
        ),
        "roles": (
            "начальник склада",
            "медсестра",
            "программист",
            "администратор гостиницы",
            "бухгалтер",
            "водитель-курьер",
            "специалист службы поддержки",
        ),
        "salaries": ("от 85 000 ₽ на руки", "120 000 ₽ в месяц", "оклад 70 000 ₽ + премии"),
        "titles": ("Вакансия: {role}, {company}", "{company} ищет сотрудника: {role}"),
        "intro": ("{company} приглашает на работу: {role}, г. {city}.",),
        "contract": (
            "Официальное трудоустройство, {salary}.",
            "Срочный трудовой договор на 12 месяцев, {salary}, ДМС.",
        ),
        "req": ("Требования: профильное образование, опыт работы от {years} лет.",),
        "apply": (
            "Отклики принимаются на {url} до {date}; кандидатов пригласим на собеседование.",
            "Резюме присылайте на {email}.",
        ),
        "no_fee": ("Мы не берём с кандидатов никаких денег.",),
        "travel": (
            "Работа предполагает командировки к клиентам; нужен действующий загранпаспорт, "
            "все расходы на поездки оплачивает компания.",
        ),
    },
    "zh": {
        "companies": (
            ("上海明远物流有限公司", "mingyuan"),
            ("深圳华晨电子有限公司", "huachen"),
            ("杭州青禾餐饮管理有限公司", "qinghe"),
        ),
        "roles": ("仓库主管", "护士", "软件工程师", "酒店前台", "会计", "配送司机", "客服专员"),
        "salaries": ("月薪8000-12000元", "年薪15万-20万元", "月薪6500元起"),
        "titles": ("{company}招聘{role}", "【{city}】{role}招聘"),
        "intro": ("{company}招聘{role}（工作地点：{city}）。",),
        "contract": (
            "签订正式劳动合同，五险一金，{salary}。",
            "合同期一年，试用期三个月，{salary}。",
        ),
        "req": ("要求：相关专业，{years}年以上工作经验。",),
        "apply": ("请于{date}前在{url} 投递简历，通过筛选者将安排面试。", "简历请发送至{email}"),
        "no_fee": ("招聘全程不收取任何费用。",),
        "travel": ("本岗位需经常出差拜访客户，须持有有效护照，差旅费用由公司承担。",),
    },
    "ar": {
        "companies": (
            ("شركة الرواد للخدمات اللوجستية", "alrowad"),
            ("مستشفى النخيل التخصصي", "alnakheel"),
            ("مجموعة الأفق للفنادق", "alofuq"),
        ),
        "roles": (
            "مشرف مستودع",
            "ممرضة",
            "مطور برمجيات",
            "موظف استقبال فندقي",
            "محاسب",
            "سائق توصيل",
            "موظف خدمة عملاء",
        ),
        "salaries": ("راتب 9,000 ريال شهرياً", "راتب يبدأ من 12,000 درهم", "8,000 جنيه شهرياً"),
        "titles": ("وظيفة شاغرة: {role}", "{company} تعلن عن وظيفة {role}"),
        "intro": ("تعلن {company} عن حاجتها إلى {role} في {city}.",),
        "contract": (
            "عقد عمل دائم بدوام كامل، {salary}.",
            "عقد لمدة سنة قابل للتجديد مع تأمين طبي، {salary}.",
        ),
        "req": ("المتطلبات: مؤهل مناسب وخبرة لا تقل عن {years} سنوات.",),
        "apply": (
            "للتقديم عبر {url} قبل {date}، وسيتم استدعاء المرشحين لمقابلة شخصية.",
            "ترسل السيرة الذاتية إلى {email}",
        ),
        "no_fee": ("لا نتقاضى أي رسوم من المتقدمين.",),
        "travel": ("تتطلب الوظيفة السفر لزيارة العملاء؛ يشترط جواز سفر ساري المفعول وتتحمل الشركة جميع تكاليف السفر.",),
    },
    "pt": {
        "companies": (
            ("Transportes Serra Azul", "serraazul"),
            ("Hospital Santa Clara", "santaclara"),
            ("Grupo Horizonte Alimentos", "horizonte"),
        ),
        "roles": (
            "supervisor de armazém",
            "enfermeira",
            "desenvolvedor de software",
            "recepcionista de hotel",
            "contador",
            "motorista entregador",
            "atendente de SAC",
        ),
        "salaries": ("R$ 4.200 por mês", "R$ 6.500 + benefícios", "1.100 € por mês"),
        "titles": ("{company} contrata: {role}", "Vaga: {role} em {city}"),
        "intro": ("{company} contrata {role} para {city}.",),
        "contract": (
            "Contrato CLT, tempo integral, {salary}.",
            "Contrato de 12 meses com benefícios, {salary}.",
        ),
        "req": ("Requisitos: formação na área e pelo menos {years} anos de experiência.",),
        "apply": (
            "Candidate-se em {url} até {date}; os selecionados serão chamados para entrevista.",
            "Envie seu currículo para {email}.",
        ),
        "no_fee": ("Não cobramos nenhuma taxa dos candidatos.",),
        "travel": (
            "O cargo exige viagens a clientes; é necessário passaporte válido e todas as "
            "despesas de viagem são pagas pela empresa.",
        ),
    },
    "ro": {
        "companies": (
            ("Transcarpatic Logistic", "transcarpatic"),
            ("Clinica Sfântul Andrei", "sfandrei"),
            ("Panifcom Carpați", "panifcom"),
        ),
        "roles": (
            "șef de depozit",
            "asistentă medicală",
            "programator",
            "recepționer hotel",
            "contabil",
            "șofer livrări",
            "operator relații clienți",
        ),
        "salaries": ("5.500 lei net pe lună", "7.000 lei brut", "4.200 lei net + bonusuri"),
        "titles": ("{company} angajează {role}", "Post vacant: {role}, {city}"),
        "intro": ("{company} angajează {role} în {city}.",),
        "contract": (
            "Contract de muncă pe perioadă nedeterminată, normă întreagă, {salary}.",
            "Contract pe 12 luni, tichete de masă, {salary}.",
        ),
        "req": ("Cerințe: studii de specialitate și minimum {years} ani de experiență.",),
        "apply": (
            "Aplică pe {url} până la {date}; candidații selectați vor fi chemați la interviu.",
            "Trimite CV-ul la {email}.",
        ),
        "no_fee": ("Nu percepem niciun comision de la candidați.",),
        "travel": (
            "Postul implică deplasări la clienți; este necesar pașaport valabil, iar toate "
            "costurile de călătorie sunt suportate de firmă.",
        ),
    },
    "vi": {
        "companies": (
            ("Công ty TNHH Giao nhận Sao Việt", "saoviet"),
            ("Bệnh viện Đa khoa An Phúc", "anphuc"),
            ("Công ty CP Thực phẩm Hưng Thịnh", "hungthinh"),
        ),
        "roles": (
            "trưởng kho",
            "điều dưỡng",
            "lập trình viên",
            "lễ tân khách sạn",
            "kế toán",
            "tài xế giao hàng",
            "nhân viên chăm sóc khách hàng",
        ),
        "salaries": (
            "lương 12–15 triệu đồng/tháng",
            "lương 18 triệu + thưởng",
            "thu nhập 10 triệu đồng/tháng",
        ),
        "titles": ("{company} tuyển {role}", "Tuyển dụng {role} tại {city}"),
        "intro": ("{company} tuyển dụng {role} làm việc tại {city}.",),
        "contract": (
            "Ký hợp đồng lao động chính thức, đóng đầy đủ bảo hiểm, {salary}.",
            "Hợp đồng 12 tháng, {salary}.",
        ),
        "req": ("Yêu cầu: tốt nghiệp chuyên ngành liên quan, tối thiểu {years} năm kinh nghiệm.",),
        "apply": (
            "Nộp hồ sơ tại {url} trước ngày {date}; ứng viên phù hợp sẽ được mời phỏng vấn.",
            "Gửi CV về {email}.",
        ),
        "no_fee": ("Công ty không thu bất kỳ khoản phí nào của ứng viên.",),
        "travel": (
            "Công việc cần đi công tác gặp khách hàng; yêu cầu hộ chiếu còn hạn, công ty "
            "chi trả toàn bộ chi phí đi lại.",
        ),
    },
    "th": {
        "companies": (
            ("บริษัท สยามโลจิสติกส์ จำกัด", "siamlogistics"),
            ("โรงพยาบาลเมตตาการุณย์", "metta"),
            ("บริษัท ไทยฟู้ดเทค จำกัด (มหาชน)", "thaifoodtech"),
        ),
        "roles": (
            "หัวหน้าคลังสินค้า",
            "พยาบาล",
            "โปรแกรมเมอร์",
            "พนักงานต้อนรับโรงแรม",
            "นักบัญชี",
            "พนักงานขับรถส่งของ",
            "เจ้าหน้าที่บริการลูกค้า",
        ),
        "salaries": (
            "เงินเดือน 25,000–35,000 บาท",
            "เงินเดือน 18,000 บาท + ค่าคอม",
            "เงินเดือนตามโครงสร้างบริษัท",
        ),
        "titles": ("{company} รับสมัคร{role}", "ตำแหน่งงานว่าง: {role} ({city})"),
        "intro": ("{company} รับสมัคร{role} ประจำ{city}",),
        "contract": ("สัญญาจ้างพนักงานประจำ มีประกันสังคม {salary}", "สัญญาจ้าง 1 ปี {salary}"),
        "req": ("คุณสมบัติ: จบการศึกษาสาขาที่เกี่ยวข้อง มีประสบการณ์อย่างน้อย {years} ปี",),
        "apply": ("สมัครได้ที่ {url} ภายใน {date} ผู้ผ่านการคัดเลือกจะได้รับเชิญสัมภาษณ์", "ส่งประวัติมาที่ {email}"),
        "no_fee": ("บริษัทไม่เรียกเก็บค่าใช้จ่ายใด ๆ จากผู้สมัคร",),
        "travel": ("ตำแหน่งนี้ต้องเดินทางไปพบลูกค้า ต้องมีหนังสือเดินทางที่ยังไม่หมดอายุ บริษัทออกค่าเดินทางทั้งหมด",),
    },
    "id": {
        "companies": (
            ("PT Nusantara Logistik", "nusantara"),
            ("RS Harapan Sehat", "harapansehat"),
            ("PT Sumber Pangan Makmur", "sumberpangan"),
        ),
        "roles": (
            "kepala gudang",
            "perawat",
            "programmer",
            "resepsionis hotel",
            "akuntan",
            "sopir pengiriman",
            "staf layanan pelanggan",
        ),
        "salaries": (
            "gaji Rp 6–8 juta/bulan",
            "gaji Rp 9 juta + tunjangan",
            "gaji sesuai UMR plus lembur dibayar",
        ),
        "titles": ("{company} membuka lowongan {role}", "Lowongan kerja: {role} di {city}"),
        "intro": ("{company} membuka lowongan {role} di {city}.",),
        "contract": (
            "Kontrak kerja resmi (PKWTT), BPJS lengkap, {salary}.",
            "Kontrak 12 bulan, {salary}.",
        ),
        "req": ("Persyaratan: pendidikan sesuai bidang dan pengalaman minimal {years} tahun.",),
        "apply": (
            "Lamar melalui {url} paling lambat {date}; kandidat terpilih akan diundang wawancara.",
            "Kirim CV ke {email}.",
        ),
        "no_fee": ("Kami tidak memungut biaya apa pun dari pelamar.",),
        "travel": (
            "Posisi ini memerlukan perjalanan dinas ke klien; wajib memiliki paspor yang "
            "masih berlaku, seluruh biaya perjalanan ditanggung perusahaan.",
        ),
    },
}


# --------------------------------------------------------------------------------------
# Ordinary classifieds, with hard negatives (benign ads that use "risky" words)

_CLASSIFIED_LANGS: tuple[tuple[str, float], ...] = (
    ("en", 0.45),
    ("es", 0.15),
    ("fr", 0.12),
    ("ru", 0.08),
    ("zh", 0.08),
    ("ar", 0.07),
    ("pt", 0.05),
)
_CLASSIFIED_COUNTRIES: dict[str, tuple[tuple[str, float], ...]] = {
    "en": (("US", 0.5), ("CA", 0.25), ("AU", 0.25)),
    "es": (("US", 0.3), ("MX", 0.25), ("ES", 0.2), ("AR", 0.1), ("CO", 0.1), ("PE", 0.05)),
    "fr": (("FR", 0.65), ("CA", 0.25), ("BE", 0.1)),
    "ru": (("RU", 0.8), ("KZ", 0.1), ("BY", 0.1)),
    "zh": (("CN", 0.5), ("TW", 0.15), ("CA", 0.15), ("AU", 0.1), ("US", 0.1)),
    "ar": (("SA", 0.3), ("AE", 0.25), ("EG", 0.3), ("JO", 0.1), ("MA", 0.05)),
    "pt": (("BR", 0.8), ("PT", 0.2)),
}
_CLASSIFIED_SOURCES: tuple[str, ...] = (
    "classifieds.example.com",
    "market.example.org",
    "ads.example.net",
    "local.example.com",
)

# (subtype, hard negative, price low, price high in USD, items, title, body)
_Classified = tuple[str, bool, float, float, tuple[str, ...], str, str]
_CLASSIFIED: dict[str, tuple[_Classified, ...]] = {
    "en": (
        (
            "car",
            False,
            3000,
            25000,
            ("Toyota Corolla", "Honda Civic", "Ford Focus", "Mazda 3", "Subaru Outback"),
            "[[For sale|Selling]]: {year} {item}",
            "{year} {item}, {km}, [[one owner|full service history|new tires and brakes]], "
            "[[clean title|no accidents]]. Asking {price} [[OBO|firm]]. [[Test drives welcome|"
            "Can show it on weekends]] in {city}.",
        ),
        (
            "rental",
            False,
            900,
            3200,
            (),
            "[[Bright|Spacious|Cozy]] {rooms}-bedroom apartment, {city}",
            "[[Bright|Spacious|Cozy]] {rooms}-bedroom apartment [[near downtown|close to the "
            "subway|"
            "with a balcony]], {price}/month, [[utilities included|parking included|pets "
            "welcome]]. "
            "Available from {month}. [[No smokers please.|References required.|Viewing by "
            "appointment.]]",
        ),
        (
            "furniture",
            False,
            40,
            600,
            (
                "solid oak dining table with six chairs",
                "grey three-seat sofa",
                "tall white bookshelf",
                "queen bed frame with mattress",
                "standing office desk",
            ),
            "For sale: {item}",
            "Selling my {item}, [[good condition|like new|minor scratches]], {price}. Pick up in "
            "{city}[[, cash only|, can help load|]].",
        ),
        (
            "electronics",
            False,
            80,
            1200,
            (
                "iPhone 14 128GB",
                "gaming laptop",
                "55-inch 4K TV",
                "PlayStation 5",
                "Canon DSLR kit",
            ),
            "{item}, {price}",
            "{item}, [[barely used|works perfectly|comes with box and receipt]], [[no scratches|"
            "original charger included]]. {price}, [[no trades|price negotiable]]. Meet in {city}.",
        ),
        (
            "pet",
            False,
            50,
            900,
            (
                "golden retriever puppies",
                "playful kittens",
                "a pair of budgies with cage",
                "a gentle rescue greyhound",
            ),
            "Rehoming {item}",
            "Rehoming {item}: looking for a loving home, [[vaccinated and microchipped|vet "
            "checked]]. "
            "Rehoming fee {price}. {city} area.",
        ),
        (
            "lesson",
            False,
            25,
            80,
            ("piano", "guitar", "math and physics", "Spanish", "chess"),
            "{item} lessons",
            "{item} lessons with an experienced teacher, [[all ages|beginners welcome|exam "
            "preparation]], {price} per hour in {city} or online.",
        ),
        (
            "trades",
            False,
            50,
            120,
            (
                "Licensed plumber",
                "Certified electrician",
                "Painter and decorator",
                "Reliable handyman",
                "Experienced roofer",
            ),
            "{item} available, {city}",
            "{item} serving {city}, [[free quotes|fully insured|20 years' experience]], [[no job "
            "too "
            "small|same-day service]]. Call-out from {price}.",
        ),
        (
            "event",
            False,
            5,
            30,
            (
                "community garage sale",
                "jazz night",
                "farmers' market",
                "charity 5K run",
                "book swap",
            ),
            "Join us: {item} this [[Saturday|Sunday]]",
            "Join us for the {item} at [[the community hall|Riverside Park|the public library]] in "
            "{city}. [[Free entry|Tickets {price}]], [[kids welcome|food trucks on site|all "
            "proceeds "
            "go to the food bank]]. Details at {url}",
        ),
        (
            "massage_clinic",
            True,
            60,
            140,
            (),
            "Registered massage therapy, {city}",
            "Registered massage therapy clinic in {city}. [[Sports and deep-tissue "
            "massage|Remedial "
            "massage and physiotherapy|Prenatal and relaxation massage]] by licensed therapists "
            "(RMT), "
            "insurance receipts provided. 60 minutes {price}. Book online at {url}",
        ),
        (
            "travel_agency",
            True,
            900,
            4000,
            ("Italy in 10 days", "family holiday in Mexico", "Japan cherry blossom tour"),
            "{item} from {price}",
            "Accredited travel agency: {item} from {price} per person, flights and hotels "
            "included. "
            "All travellers need a passport valid for six months. Agency licence {lic}. Brochures "
            "at {url}",
        ),
        (
            "nanny_agency",
            True,
            15,
            25,
            ("Au pair", "Nanny", "Live-out nanny"),
            "{item} positions through our registered agency",
            "{item} positions in {city} through our registered agency: every family is vetted, "
            "written contract and insurance included, pay from {price} per hour. We never charge "
            "candidates a placement fee. Apply at {url}",
        ),
        (
            "kidney_beans",
            True,
            5,
            40,
            (
                "organic red kidney beans in a 5 kg sack",
                "homemade beef chili with kidney beans, frozen portions",
                "dried kidney beans and black beans from our farm",
            ),
            "Kidney beans for sale",
            "For sale: {item}, {price}. Pick up in {city}[[ on Saturday morning| at the farmers' market|]].",
        ),
        (
            "liver_pate",
            True,
            6,
            20,
            ("chicken liver pâté", "duck liver pâté", "country pâté"),
            "Homemade {item}",
            "Homemade {item} and terrines, {price} a jar. Order by Thursday for weekend pick-up in {city}.",
        ),
        (
            "wedding",
            True,
            800,
            3000,
            ("Wedding photographer", "Bridal gown sample sale", "Garden wedding venue"),
            "{item}, {city}",
            "{item} in {city}: [[packages from {price}|prices from {price}]], [[full-day coverage|"
            "fittings included|up to 120 guests]]. Book a free consultation at {url}",
        ),
        (
            "car_dealer",
            True,
            9000,
            30000,
            ("2019 Honda Civic", "2020 Toyota RAV4", "2018 Ford F-150"),
            "{item}, dealer",
            "Used car dealer in {city}: {item}, {km}, {price}. We hold the car for you for 48 "
            "hours "
            "with a refundable deposit. Financing available, dealer licence {lic}.",
        ),
        (
            "blood_drive",
            True,
            0,
            0,
            (),
            "Blood donation drive, {city}",
            "Blood donation drive at [[the community hall|the university gym|the public library]] "
            "in "
            "{city} this [[Saturday|Sunday]]. Walk-ins welcome, bring photo ID. Every donor gets a "
            "snack and a free health check. More at {url}",
        ),
    ),
    "es": (
        (
            "car",
            False,
            3000,
            20000,
            ("Nissan Versa", "Chevrolet Aveo", "Volkswagen Jetta", "Toyota Yaris", "Seat Ibiza"),
            "Vendo {item} {year}",
            "Vendo {item} {year}, {km}, [[único dueño|servicio al día|llantas nuevas]], [[papeles "
            "en "
            "regla|sin choques]]. Precio {price} [[negociable|a tratar]]. En {city}.",
        ),
        (
            "rental",
            False,
            300,
            1500,
            (),
            "Se renta departamento de {rooms} recámaras en {city}",
            "[[Amplio|Luminoso|Acogedor]] departamento de {rooms} recámaras [[cerca del metro|con "
            "estacionamiento|con balcón]], {price} al mes, [[servicios incluidos|se aceptan "
            "mascotas|"
            "sin aval]]. Disponible desde {month}.",
        ),
        (
            "furniture",
            False,
            30,
            500,
            (
                "comedor de madera con seis sillas",
                "sofá de tres plazas",
                "librero blanco",
                "base de cama matrimonial",
            ),
            "Vendo {item}",
            "Vendo {item}, [[en buen estado|como nuevo|con detalles mínimos]], {price}. Recoger en {city}.",
        ),
        (
            "electronics",
            False,
            80,
            1000,
            ("iPhone 13", "Laptop gamer", "Pantalla de 55 pulgadas", "PlayStation 5"),
            "{item} en venta",
            "{item} [[poco uso|funciona perfecto|con caja y factura]], {price}, [[no "
            "cambios|precio a "
            "tratar]]. Entrega en {city}.",
        ),
        (
            "pet",
            False,
            30,
            500,
            ("Cachorros de labrador", "Gatitos", "Pareja de periquitos"),
            "{item} en adopción",
            "{item} buscan hogar responsable, [[vacunados y desparasitados|revisados por el "
            "veterinario]]. Cuota de adopción {price}. Zona {city}.",
        ),
        (
            "lesson",
            False,
            10,
            40,
            ("piano", "guitarra", "matemáticas", "inglés", "ajedrez"),
            "Clases de {item}",
            "Clases particulares de {item} con profesor con experiencia, [[todas las edades|"
            "principiantes bienvenidos|preparación de exámenes]], {price} la hora en {city} o en "
            "línea.",
        ),
        (
            "trades",
            False,
            30,
            100,
            ("Plomero", "Electricista", "Pintor", "Albañil", "Cerrajero"),
            "{item} en {city}",
            "{item} con experiencia en {city}, [[presupuesto sin compromiso|trabajo garantizado|"
            "servicio el mismo día]]. Visita desde {price}.",
        ),
        (
            "event",
            False,
            5,
            25,
            ("Feria del libro", "Noche de salsa", "Mercado de productores", "Carrera solidaria 5K"),
            "{item} este [[sábado|domingo]]",
            "{item} este [[sábado|domingo]] en [[el centro cultural|el parque central|la "
            "biblioteca "
            "municipal]] de {city}. [[Entrada libre|Entrada {price}]]. Información en {url}",
        ),
        (
            "massage_clinic",
            True,
            30,
            80,
            (),
            "Fisioterapia y masaje terapéutico en {city}",
            "Centro de fisioterapia en {city}: masaje terapéutico y deportivo por fisioterapeutas "
            "colegiados, factura para tu seguro médico. Sesión de 50 minutos {price}. Cita en "
            "{url}",
        ),
        (
            "travel_agency",
            True,
            700,
            3000,
            ("Cancún todo incluido", "Circuito por Europa", "Perú mágico"),
            "{item} desde {price}",
            "Agencia de viajes autorizada: {item} desde {price} por persona con vuelos y hotel. "
            "Pasaporte vigente obligatorio. Registro de turismo {lic}. Más en {url}",
        ),
        (
            "liver_pate",
            True,
            4,
            15,
            ("paté de hígado de pollo", "paté de campo"),
            "Vendo {item} casero",
            "Vendo {item} casero, {price} el frasco. Pedidos hasta el jueves, entrega en {city}.",
        ),
        (
            "wedding",
            True,
            500,
            2500,
            ("Fotógrafo de bodas", "Vestidos de novia"),
            "{item} en {city}",
            "{item} en {city}: [[paquetes desde {price}|precios desde {price}]], [[cobertura de "
            "todo "
            "el día|pruebas incluidas|atención personalizada]]. Agenda tu cita en {url}",
        ),
    ),
    "fr": (
        (
            "car",
            False,
            3000,
            20000,
            ("Renault Clio", "Peugeot 208", "Citroën C3", "Dacia Sandero", "Toyota Yaris"),
            "Vends {item} {year}",
            "Vends {item} de {year}, {km}, [[première main|carnet d'entretien à jour|pneus "
            "neufs]], "
            "[[contrôle technique OK|jamais accidentée]]. {price} [[à débattre|ferme]]. Visible à "
            "{city}.",
        ),
        (
            "rental",
            False,
            500,
            1800,
            (),
            "Appartement {rooms} pièces à louer, {city}",
            "[[Lumineux|Spacieux|Charmant]] appartement de {rooms} pièces [[proche métro|avec "
            "balcon|"
            "refait à neuf]], {price} par mois charges comprises. Disponible en {month}. [[Dossier "
            "complet exigé.|Visites le samedi.]]",
        ),
        (
            "furniture",
            False,
            30,
            500,
            (
                "table en chêne et six chaises",
                "canapé trois places",
                "bibliothèque blanche",
                "lit 140 avec matelas",
            ),
            "Vends {item}",
            "Vends {item}, [[bon état|comme neuf|quelques rayures]], {price}. À récupérer à {city}.",
        ),
        (
            "electronics",
            False,
            80,
            1000,
            ("iPhone 13", "Ordinateur portable", "Téléviseur 55 pouces", "PlayStation 5"),
            "{item} à vendre",
            "{item} [[très peu servi|fonctionne parfaitement|avec boîte et facture]], {price}, "
            "[[pas "
            "d'échange|prix négociable]]. Remise en main propre à {city}.",
        ),
        (
            "pet",
            False,
            30,
            800,
            ("Chatons", "Chiots labrador", "Couple de perruches"),
            "{item} à adopter",
            "{item} cherchent une famille, [[vaccinés et identifiés|vus par le vétérinaire]]. "
            "Participation aux frais {price}. Secteur {city}.",
        ),
        (
            "lesson",
            False,
            15,
            50,
            ("piano", "guitare", "maths", "anglais", "échecs"),
            "Cours de {item}",
            "Cours particuliers de {item} par professeur expérimenté, [[tous niveaux|débutants "
            "bienvenus|préparation au bac]], {price} de l'heure à {city} ou en visio.",
        ),
        (
            "trades",
            False,
            40,
            100,
            ("Plombier", "Électricien", "Peintre", "Serrurier", "Couvreur"),
            "{item}, {city}",
            "{item} à {city}, [[devis gratuit|assuré|20 ans d'expérience]], [[intervention rapide|"
            "petits travaux acceptés]]. Déplacement {price}.",
        ),
        (
            "event",
            False,
            5,
            25,
            ("Vide-grenier", "Soirée jazz", "Marché de producteurs", "Course solidaire"),
            "{item} ce [[samedi|dimanche]]",
            "{item} ce [[samedi|dimanche]] [[à la salle des fêtes|au parc municipal|à la "
            "médiathèque]] de {city}. [[Entrée libre|Entrée {price}]]. Infos sur {url}",
        ),
        (
            "massage_clinic",
            True,
            40,
            90,
            (),
            "Masseur-kinésithérapeute diplômé d'État, {city}",
            "Cabinet de kinésithérapie à {city} : massages thérapeutiques et rééducation par "
            "masseurs-kinésithérapeutes diplômés d'État, conventionné, remboursement sécurité "
            "sociale. Séance {price}. Rendez-vous sur {url}",
        ),
        (
            "travel_agency",
            True,
            700,
            3000,
            ("Circuit Italie 10 jours", "Séjour famille en Martinique", "Japon en avril"),
            "{item} dès {price}",
            "Agence de voyages immatriculée : {item} dès {price} par personne, vols et hôtels "
            "compris. Passeport valide exigé pour tous les voyageurs. Immatriculation {lic}. "
            "Brochure sur {url}",
        ),
        (
            "liver_pate",
            True,
            4,
            15,
            ("Pâté de foie de volaille", "Terrine de foie", "Pâté de campagne"),
            "{item} maison",
            "{item} maison, {price} le pot. Commandes jusqu'au jeudi, retrait le week-end à {city}.",
        ),
        (
            "wedding",
            True,
            500,
            2500,
            ("Photographe de mariage", "Robes de mariée"),
            "{item}, {city}",
            "{item} à {city} : [[formules dès {price}|prix dès {price}]], [[reportage toute la "
            "journée|retouches incluses|accueil sur rendez-vous]]. Réservez sur {url}",
        ),
        (
            "nanny_agency",
            True,
            10,
            20,
            (),
            "Au pair et nounou via agence agréée",
            "Agence agréée : postes d'au pair et de nounou à {city}, familles vérifiées, contrat "
            "écrit et assurance, {price} de l'heure. Aucun frais pour les candidats. Candidature "
            "sur {url}",
        ),
    ),
    "ru": (
        (
            "car",
            False,
            3000,
            20000,
            ("Lada Vesta", "Kia Rio", "Hyundai Solaris", "Toyota Camry", "Skoda Octavia"),
            "Продам {item} {year} г.",
            "Продам {item} {year} года, пробег {km}, [[один владелец|обслуживание у дилера|новая "
            "резина]], [[не битая|ПТС оригинал]]. Цена {price}, [[торг уместен|без торга]]. "
            "Осмотр: "
            "г. {city}.",
        ),
        (
            "rental",
            False,
            300,
            1200,
            (),
            "Сдаётся {rooms}-комнатная квартира, г. {city}",
            "Сдаётся {rooms}-комнатная квартира [[рядом с метро|с ремонтом|с балконом]], {price} в "
            "месяц, [[коммунальные отдельно|всё включено]]. Свободна с {date}.",
        ),
        (
            "furniture",
            False,
            30,
            400,
            ("диван", "шкаф-купе", "обеденный стол со стульями", "детскую кровать"),
            "Продам {item}",
            "Продам {item}, [[в хорошем состоянии|почти новое|есть небольшие царапины]], {price}. "
            "Самовывоз, г. {city}.",
        ),
        (
            "electronics",
            False,
            80,
            900,
            ("iPhone 13", "Ноутбук", "Телевизор 55 дюймов", "PlayStation 5"),
            "{item}, продажа",
            "{item}, [[почти не пользовался|всё работает|полный комплект, чек]], {price}. Встреча в г. {city}.",
        ),
        (
            "pet",
            False,
            20,
            400,
            ("Котята", "Щенки лабрадора", "Волнистые попугаи"),
            "{item} в добрые руки",
            "{item} ищут заботливых хозяев, [[привиты|есть ветпаспорт]], [[здоровы|приучены к "
            "лотку]]. {price}. г. {city}.",
        ),
        (
            "lesson",
            False,
            10,
            40,
            ("математике", "английскому языку", "фортепиано", "шахматам"),
            "Репетитор по {item}",
            "Занятия по {item} с опытным преподавателем, [[подготовка к ЕГЭ|для детей и взрослых|"
            "онлайн и очно]], {price} за час, г. {city}.",
        ),
        (
            "trades",
            False,
            20,
            80,
            ("Сантехник", "Электрик", "Мастер на час", "Плиточник"),
            "{item}, г. {city}",
            "{item}: [[быстро и аккуратно|выезд в день обращения|гарантия на работы]], г. {city}. Выезд от {price}.",
        ),
        (
            "event",
            False,
            5,
            20,
            ("Ярмарка выходного дня", "Джазовый вечер", "Книжный обмен"),
            "{item} [[в эту субботу|в это воскресенье]]",
            "{item} [[в эту субботу|в это воскресенье]] [[в доме культуры|в центральном парке|в "
            "городской библиотеке]], г. {city}. [[Вход свободный|Билеты {price}]]. Подробности: "
            "{url}",
        ),
        (
            "massage_clinic",
            True,
            20,
            60,
            (),
            "Лечебный массаж, медицинская лицензия",
            "Медицинский центр в г. {city}: лечебный и спортивный массаж, массажисты с медицинским "
            "образованием, лицензия {lic}. Сеанс {price}. Запись на {url}",
        ),
        (
            "liver_pate",
            True,
            3,
            12,
            ("паштет из куриной печени", "печёночный паштет"),
            "Домашний {item}",
            "Домашний {item}, {price} за банку. Заказы до четверга, самовывоз, г. {city}.",
        ),
    ),
    "zh": (
        (
            "car",
            False,
            3000,
            20000,
            ("丰田卡罗拉", "本田思域", "大众朗逸", "比亚迪秦"),
            "转让{year}年{item}",
            "个人一手{item}，{year}年上牌，行驶{km}，[[无事故|保养记录齐全|新换轮胎]]，售价{price}，"
            "[[可小刀|价格实在]]。看车地点：{city}。",
        ),
        (
            "rental",
            False,
            300,
            1500,
            (),
            "{city}出租{rooms}室一厅",
            "{city}[[近地铁|精装修|拎包入住]]{rooms}室一厅，月租{price}，[[水电另计|押一付三|可养宠物]]，"
            "{month}起可入住。",
        ),
        (
            "furniture",
            False,
            30,
            400,
            ("实木餐桌", "三人沙发", "书架", "双人床"),
            "出售{item}",
            "搬家出售{item}，[[九成新|几乎全新|有轻微划痕]]，{price}，{city}自提。",
        ),
        (
            "electronics",
            False,
            80,
            900,
            ("iPhone 13", "游戏笔记本", "55寸电视", "PS5游戏机"),
            "出{item}",
            "自用{item}，[[功能完好|配件齐全|有发票]]，{price}，{city}当面交易。",
        ),
        (
            "pet",
            False,
            30,
            600,
            ("金毛幼犬", "英短小猫", "虎皮鹦鹉"),
            "{item}找新家",
            "{item}寻找有爱心的主人，[[已打疫苗|已驱虫]]，{price}，{city}。",
        ),
        (
            "lesson",
            False,
            15,
            60,
            ("钢琴", "数学", "英语", "围棋"),
            "{item}家教",
            "资深老师一对一{item}辅导，[[零基础可学|中高考冲刺|线上线下均可]]，每小时{price}，{city}。",
        ),
        (
            "trades",
            False,
            20,
            80,
            ("水电维修", "空调清洗", "开锁换锁", "墙面粉刷"),
            "{city}{item}",
            "专业{item}，[[上门服务|价格公道|当天上门]]，{city}全区，上门费{price}起。",
        ),
        (
            "event",
            False,
            5,
            20,
            ("周末市集", "爵士音乐会", "换书活动"),
            "本周末{item}",
            "本周末在{city}[[社区中心|中央公园|市图书馆]]举办{item}，[[免费入场|门票{price}]]。详情见 {url}",
        ),
        (
            "massage_clinic",
            True,
            20,
            70,
            (),
            "正规中医推拿理疗",
            "{city}正规中医诊所，推拿理疗、针灸，持证医师，可开保险收据。每次{price}。预约： {url}",
        ),
    ),
    "ar": (
        (
            "car",
            False,
            3000,
            20000,
            ("تويوتا كامري", "هيونداي إلنترا", "نيسان صني", "كيا سبورتاج"),
            "للبيع {item} موديل {year}",
            "للبيع {item} موديل {year}، ممشى {km}، [[مالك واحد|صيانة دورية في الوكالة|إطارات "
            "جديدة]]، "
            "[[بدون حوادث|الأوراق سليمة]]. السعر {price} [[قابل للتفاوض|نهائي]]. المعاينة في "
            "{city}.",
        ),
        (
            "rental",
            False,
            300,
            2000,
            (),
            "شقة للإيجار في {city}",
            "شقة [[واسعة|مفروشة|حديثة]] للإيجار، {rooms} غرف [[قريبة من الخدمات|مع موقف سيارة|مع "
            "شرفة]]، الإيجار {price} شهرياً. متاحة من {date}.",
        ),
        (
            "furniture",
            False,
            30,
            500,
            ("طاولة طعام خشب مع ستة كراسي", "كنبة ثلاثية", "خزانة ملابس", "سرير مزدوج"),
            "للبيع {item}",
            "{item} [[بحالة ممتازة|شبه جديد|استعمال خفيف]]، السعر {price}. الاستلام من {city}.",
        ),
        (
            "electronics",
            False,
            80,
            900,
            ("آيفون 13", "لابتوب ألعاب", "شاشة 55 بوصة", "بلايستيشن 5"),
            "{item} للبيع",
            "{item} [[استعمال نظيف|يعمل بشكل ممتاز|مع الكرتون والفاتورة]]، السعر {price}. التسليم في {city}.",
        ),
        (
            "pet",
            False,
            30,
            500,
            ("قطط شيرازي", "جراء جولدن", "طيور كناري"),
            "{item} للتبني",
            "{item} تبحث عن بيت محب، [[مطعمة|مع فحص بيطري]]. رسوم رمزية {price}. {city}.",
        ),
        (
            "lesson",
            False,
            10,
            50,
            ("الرياضيات", "اللغة الإنجليزية", "الفيزياء", "الكيمياء"),
            "دروس خصوصية في {item}",
            "مدرس خبرة يقدم دروساً خصوصية في {item}، [[جميع المراحل|تأسيس وتقوية|حضوري وأونلاين]]، "
            "{price} للساعة في {city}.",
        ),
        (
            "trades",
            False,
            20,
            80,
            ("سباك", "كهربائي", "فني تكييف", "دهان"),
            "{item} في {city}",
            "{item} محترف في {city}، [[خدمة سريعة|ضمان على العمل|أسعار مناسبة]]. الزيارة من {price}.",
        ),
        (
            "event",
            False,
            5,
            20,
            ("معرض الكتاب", "سوق المنتجات المنزلية", "أمسية شعرية"),
            "{item} يوم [[الجمعة|السبت]]",
            "يقام {item} يوم [[الجمعة|السبت]] في [[المركز الثقافي|الحديقة العامة|المكتبة العامة]] "
            "في {city}. [[الدخول مجاني|التذاكر {price}]]. التفاصيل: {url}",
        ),
        (
            "liver_dish",
            True,
            3,
            15,
            ("سندويش كبدة", "كبدة إسكندراني", "طبق كبدة وقلوب"),
            "{item} في {city}",
            "جرب {item} الطازجة في مطعمنا في {city}، [[طلبات خارجية|توصيل سريع|مفتوح حتى منتصف "
            "الليل]]. الوجبة {price}.",
        ),
        (
            "travel_agency",
            True,
            700,
            3000,
            ("عمرة 10 أيام", "رحلة إلى إسطنبول", "جولة في ماليزيا"),
            "{item} بسعر {price}",
            "مكتب سفريات مرخص: {item} بسعر {price} للشخص، شامل الطيران والفندق. يشترط جواز سفر "
            "ساري المفعول. رقم الترخيص {lic}. التفاصيل على {url}",
        ),
    ),
    "pt": (
        (
            "car",
            False,
            3000,
            20000,
            ("Fiat Uno", "VW Gol", "Chevrolet Onix", "Honda Fit"),
            "Vendo {item} {year}",
            "Vendo {item} {year}, {km}, [[único dono|revisões em dia|pneus novos]], [[documentação "
            "ok|sem batidas]]. {price}, [[aceito proposta|valor fixo]]. Em {city}.",
        ),
        (
            "rental",
            False,
            200,
            1200,
            (),
            "Aluga-se apartamento de {rooms} quartos em {city}",
            "Apartamento [[amplo|iluminado|reformado]] com {rooms} quartos [[perto do metrô|com "
            "vaga "
            "de garagem|com varanda]], {price} por mês, [[condomínio incluso|aceita pet]]. "
            "Disponível a partir de {month}.",
        ),
        (
            "furniture",
            False,
            30,
            400,
            (
                "mesa de jantar com seis cadeiras",
                "sofá de três lugares",
                "estante",
                "cama de casal",
            ),
            "Vendo {item}",
            "Vendo {item}, [[bom estado|seminovo|pequenos riscos]], {price}. Retirar em {city}.",
        ),
        (
            "electronics",
            False,
            80,
            900,
            ("iPhone 13", "Notebook gamer", "TV 55 polegadas", "PlayStation 5"),
            "{item} à venda",
            "{item} [[pouco uso|funcionando perfeitamente|com caixa e nota]], {price}. Entrega em {city}.",
        ),
        (
            "pet",
            False,
            20,
            400,
            ("Filhotes de labrador", "Gatinhos", "Casal de calopsitas"),
            "{item} para adoção",
            "{item} procuram um lar, [[vacinados e vermifugados|com acompanhamento veterinário]]. "
            "Taxa de adoção {price}. {city}.",
        ),
        (
            "lesson",
            False,
            10,
            40,
            ("violão", "matemática", "inglês", "piano"),
            "Aulas de {item}",
            "Aulas particulares de {item} com professor experiente, [[todas as idades|iniciantes|"
            "preparação para o ENEM]], {price} a hora em {city} ou online.",
        ),
        (
            "trades",
            False,
            20,
            80,
            ("Encanador", "Eletricista", "Pintor", "Marido de aluguel"),
            "{item} em {city}",
            "{item} em {city}, [[orçamento grátis|serviço garantido|atendimento no mesmo dia]]. "
            "Visita a partir de {price}.",
        ),
        (
            "event",
            False,
            5,
            20,
            ("Feira de artesanato", "Roda de samba", "Troca de livros"),
            "{item} neste [[sábado|domingo]]",
            "{item} neste [[sábado|domingo]] [[no centro cultural|na praça central|na biblioteca "
            "municipal]] de {city}. [[Entrada franca|Ingressos {price}]]. Mais em {url}",
        ),
        (
            "massage_clinic",
            True,
            20,
            60,
            (),
            "Massoterapia e fisioterapia em {city}",
            "Clínica de fisioterapia em {city}: massagem terapêutica com fisioterapeutas "
            "registrados no conselho, recibo para reembolso do plano. Sessão {price}. Agende em "
            "{url}",
        ),
    ),
}


# --------------------------------------------------------------------------------------
# Organ trade, bride sale, sale of persons, child-exploitation signs (all non-explicit)

# (subtype, title, body, typologies, signs)
_Post = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]
_OT: tuple[str, ...] = ("organ_trafficking",)
_FM: tuple[str, ...] = ("forced_marriage",)
# A girl under 18 given in marriage for a bride price paid to her family is also a sale of a person: the 1956
# Supplementary Slavery Convention, art. 1(c)(i), and the labelling of the blind rounds since round 27.
_FMCS: tuple[str, ...] = ("forced_marriage", "child_exploitation", "sale_of_persons")
_SP: tuple[str, ...] = ("sale_of_persons",)
_SPL: tuple[str, ...] = ("sale_of_persons", "labour_exploitation")
_CE: tuple[str, ...] = ("child_exploitation",)

_POST_LANGS: dict[str, tuple[tuple[str, float], ...]] = {
    "organ_trade": (
        ("en", 0.3),
        ("ar", 0.2),
        ("es", 0.12),
        ("fr", 0.1),
        ("ru", 0.1),
        ("zh", 0.08),
        ("id", 0.1),
    ),
    "bride_sale": (("en", 0.35), ("zh", 0.3), ("ar", 0.15), ("fr", 0.1), ("ru", 0.1)),
    "sale_of_persons": (("en", 0.35), ("ar", 0.35), ("fr", 0.15), ("ru", 0.15)),
    "child_exploitation": (("en", 0.45), ("es", 0.2), ("fr", 0.15), ("ru", 0.1), ("pt", 0.1)),
}
_POST_COUNTRIES: dict[str, dict[str, tuple[str, ...]]] = {
    "organ_trade": {
        "en": ("US", "IN", "NG", "PH", "AU"),
        "ar": ("EG", "SA", "JO"),
        "es": ("MX", "PE", "CO"),
        "fr": ("FR", "SN", "BE"),
        "ru": ("RU", "KZ"),
        "zh": ("CN", "TW"),
        "id": ("ID",),
    },
    "bride_sale": {
        "en": ("US", "AU", "GB", "IN"),
        "zh": ("CN", "TW"),
        "ar": ("EG", "JO", "SA"),
        "fr": ("FR", "SN"),
        "ru": ("RU", "KZ"),
    },
    "sale_of_persons": {
        "en": ("AE", "SA", "NG", "US"),
        "ar": ("SA", "AE", "EG", "JO"),
        "fr": ("FR", "SN", "BE"),
        "ru": ("RU", "KZ"),
    },
    "child_exploitation": {
        "en": ("US", "CA", "AU", "GB"),
        "es": ("MX", "US", "ES", "AR"),
        "fr": ("FR", "CA", "BE"),
        "ru": ("RU", "KZ"),
        "pt": ("BR", "PT"),
    },
}
_POST_SOURCES: dict[str, tuple[str, ...]] = {
    "organ_trade": ("social.example.com", "forum.example.org", "ads.example.com"),
    "bride_sale": ("marriage.example.org", "social.example.com", "notes.example.net"),
    "sale_of_persons": ("t.example.net", "social.example.com", "market.example.org"),
    "child_exploitation": ("social.example.com", "chat.example.net", "ads.example.com"),
}

_ORGAN: dict[str, tuple[_Post, ...]] = {
    "en": (
        (
            "seller",
            "Kidney for sale",
            "Kidney for sale. Healthy {age}-year-old, blood group {blood}, non-smoker, all tests "
            "done. Price {price}, serious buyers only.",
            _OT,
            ("organ_for_sale",),
        ),
        (
            "seller",
            "Liver for sale, urgent",
            "I need money for my family. Selling part of my liver or one kidney, {age} years old, "
            "blood group {blood}. Can travel. Price {price} negotiable.",
            _OT,
            ("organ_for_sale",),
        ),
        (
            "buyer",
            "URGENT: kidney wanted",
            "URGENT: kidney wanted for my father, blood group {blood}. We pay {price} plus all "
            "hospital and travel costs. Donors aged 20 to 40 contact us.",
            _OT,
            ("organ_wanted",),
        ),
        (
            "donor_card",
            "Become a kidney donor and get paid",
            "Become a kidney donor and receive {price}. Register now for your donor card "
            "({fee} processing fee). Limited places this month.",
            _OT,
            ("donor_card_fee",),
        ),
    ),
    "ar": (
        (
            "seller",
            "كلية للبيع",
            "كلية للبيع، العمر {age} سنة، فصيلة الدم {blood}، بصحة جيدة، جميع التحاليل جاهزة. السعر {price}.",
            _OT,
            ("organ_for_sale",),
        ),
        (
            "buyer",
            "مطلوب متبرع بكلية",
            "مطلوب متبرع بكلية بشكل عاجل، فصيلة {blood}، نتكفل بكل المصاريف ومبلغ {price}.",
            _OT,
            ("organ_wanted",),
        ),
        (
            "donor_card",
            "سجل كمتبرع بالكلى",
            "سجل الآن كمتبرع بالكلى واحصل على {price}، رسوم بطاقة المتبرع {fee}.",
            _OT,
            ("donor_card_fee",),
        ),
    ),
    "es": (
        (
            "seller",
            "Vendo riñón",
            "Vendo riñón, {age} años, sangre {blood}, sano, análisis al día. Precio {price}.",
            _OT,
            ("organ_for_sale",),
        ),
        (
            "buyer",
            "Se busca donante de riñón",
            "Se busca donante de riñón urgente, grupo {blood}, pagamos {price} y todos los gastos.",
            _OT,
            ("organ_wanted",),
        ),
        (
            "donor_card",
            "Done su riñón y cobre",
            "Done su riñón y reciba {price}. Tarjeta de donante: {fee} de trámite.",
            _OT,
            ("donor_card_fee",),
        ),
    ),
    "fr": (
        (
            "seller",
            "Rein à vendre",
            "Rein à vendre, {age} ans, groupe sanguin {blood}, en bonne santé, bilans faits. Prix {price}.",
            _OT,
            ("organ_for_sale",),
        ),
        (
            "buyer",
            "Cherche donneur de rein",
            "Cherche donneur de rein en urgence, groupe {blood}, rémunération {price} plus tous les frais.",
            _OT,
            ("organ_wanted",),
        ),
        (
            "donor_card",
            "Devenez donneur rémunéré",
            "Devenez donneur et touchez {price}. Carte de donneur : {fee} de frais de dossier.",
            _OT,
            ("donor_card_fee",),
        ),
    ),
    "ru": (
        (
            "seller",
            "Продам почку",
            "Продам почку, {age} лет, группа крови {blood}, здоров, все анализы есть. Цена {price}.",
            _OT,
            ("organ_for_sale",),
        ),
        (
            "buyer",
            "Срочно куплю почку",
            "Срочно куплю почку, группа крови {blood}, оплата {price} и все расходы.",
            _OT,
            ("organ_wanted",),
        ),
        (
            "donor_card",
            "Станьте донором почки",
            "Станьте донором почки и получите {price}. Оформление карты донора: {fee}.",
            _OT,
            ("donor_card_fee",),
        ),
    ),
    "zh": (
        (
            "seller",
            "出售肾脏",
            "出售肾脏，{age}岁，{blood}型血，身体健康，体检齐全，价格{price}。",
            _OT,
            ("organ_for_sale",),
        ),
        (
            "buyer",
            "高价求购肾源",
            "高价求购肾源，{blood}型，酬金{price}，费用全包。",
            _OT,
            ("organ_wanted",),
        ),
        (
            "donor_card",
            "肾脏捐献有偿登记",
            "成为肾脏捐献者即可获得{price}，办理捐献卡需手续费{fee}。",
            _OT,
            ("donor_card_fee",),
        ),
    ),
    "id": (
        (
            "seller",
            "Jual ginjal",
            "Jual ginjal, usia {age} tahun, golongan darah {blood}, sehat, hasil lab lengkap. Harga {price}.",
            _OT,
            ("organ_for_sale",),
        ),
        (
            "buyer",
            "Dicari donor ginjal",
            "Dicari donor ginjal segera, golongan darah {blood}, imbalan {price} plus semua biaya.",
            _OT,
            ("organ_wanted",),
        ),
        (
            "donor_card",
            "Daftar jadi donor ginjal",
            "Daftar jadi donor ginjal dapat {price}. Biaya kartu donor {fee}.",
            _OT,
            ("donor_card_fee",),
        ),
    ),
}

_BRIDE_NATIONALITIES: dict[str, tuple[str, ...]] = {
    "en": ("Vietnamese", "Cambodian", "Nepali", "Bangladeshi", "Laotian"),
    "zh": ("越南", "柬埔寨", "老挝", "巴基斯坦", "孟加拉"),
    "ar": ("فيتنام", "بنغلاديش", "نيبال"),
    "fr": ("vietnamienne", "cambodgienne", "malgache"),
    "ru": ("Вьетнама", "Камбоджи", "Лаоса"),
}
_BRIDE: dict[str, tuple[_Post, ...]] = {
    "en": (
        (
            "broker_tour",
            "Meet and marry your {nat} bride",
            "Meet and marry a {nat} bride! {days}-day group tour, group rate {price}, marriage "
            "guaranteed before you fly home. We handle the paperwork and pay the family.",
            _FM,
            ("group_rate_trip", "family_paid"),
        ),
        (
            "buy_wife",
            "Foreign wife, fast and guaranteed",
            "Want a foreign wife? {nat} girls ready to marry, all-inclusive {price}, refund if no "
            "wedding. Bride moves to you within a month.",
            _FM,
            ("buy_foreign_wife",),
        ),
        (
            "minor_daughter",
            "Husband wanted for our daughter",
            "Family seeks a husband for our daughter, {age_minor} years old, obedient and good at "
            "housework. Bride price {price}, the wedding can happen quickly.",
            _FMCS,
            ("bride_price", "minor_age"),
        ),
    ),
    "zh": (
        (
            "buy_wife",
            "买外国媳妇，包成功",
            "买外国媳妇，{nat}新娘，包成功，{price}全包，相亲团{days}天，不成功退款。",
            _FM,
            ("buy_foreign_wife", "group_rate_trip"),
        ),
        (
            "broker_tour",
            "{nat}新娘相亲团",
            "{nat}新娘相亲团，{days}天包吃住，女方家庭由我们付彩礼，当场领证，费用{price}。",
            _FM,
            ("group_rate_trip", "family_paid"),
        ),
        (
            "minor_daughter",
            "女儿寻婆家",
            "女儿{age_minor}岁，寻婆家，彩礼{price}，尽快办事。",
            _FMCS,
            ("bride_price", "minor_age"),
        ),
    ),
    "ar": (
        (
            "broker_tour",
            "زواج مضمون من {nat}",
            "وسيط زواج: عرائس من {nat}، رحلة جماعية لمدة {days} أيام بسعر خاص {price}، الزواج مضمون وندفع للأهل.",
            _FM,
            ("group_rate_trip", "family_paid"),
        ),
        (
            "minor_daughter",
            "ابنتي للزواج",
            "أب يعرض ابنته البالغة {age_minor} سنة للزواج مقابل مهر {price}، الزواج في أسرع وقت.",
            _FMCS,
            ("bride_price", "minor_age"),
        ),
    ),
    "fr": (
        (
            "broker_tour",
            "Mariage garanti avec une épouse {nat}",
            "Mariage garanti avec une épouse {nat} : voyage de groupe de {days} jours, tarif de "
            "groupe {price}, la famille est dédommagée.",
            _FM,
            ("group_rate_trip", "family_paid"),
        ),
        (
            "minor_daughter",
            "Famille cherche mari pour sa fille",
            "Famille cherche un mari pour sa fille de {age_minor} ans, dot de {price}, mariage rapide.",
            _FMCS,
            ("bride_price", "minor_age"),
        ),
    ),
    "ru": (
        (
            "broker_tour",
            "Невеста из {nat} под ключ",
            "Знакомство с невестой из {nat}: групповой тур {days} дней, {price} под ключ, свадьба "
            "гарантирована, семье невесты платим сами.",
            _FM,
            ("group_rate_trip", "family_paid"),
        ),
        (
            "minor_daughter",
            "Отдадим дочь замуж",
            "Отдадим дочь {age_minor} лет замуж, калым {price}, свадьба быстро.",
            _FMCS,
            ("bride_price", "minor_age"),
        ),
    ),
}

_WORKER_NATIONALITIES: dict[str, tuple[str, ...]] = {
    "en": ("Filipino", "Ethiopian", "Kenyan", "Sri Lankan", "Indonesian"),
    "ar": ("فلبينية", "إثيوبية", "كينية", "سريلانكية", "إندونيسية"),
}
_SALE: dict[str, tuple[_Post, ...]] = {
    "en": (
        (
            "domestic_transfer",
            "Housemaid for transfer",
            "Housemaid available for transfer of sponsorship: {nat}, {age} years, {years} years' "
            "experience, transfer fee {price}. Passport is with the sponsor.",
            _SPL,
            ("sponsorship_transfer_fee", "passport_retention"),
        ),
        (
            "domestic_sale",
            "Maid for sale",
            "Selling my maid, {nat}, {age}, good with children and cooking. {price}, negotiable, "
            "buyer pays the agency.",
            _SPL,
            ("person_for_sale",),
        ),
        (
            "person_for_sale",
            "For sale",
            "For sale: young woman, {age} years old, healthy and hard-working. Price {price}, buyer collects.",
            _SP,
            ("person_for_sale", "price_and_age"),
        ),
        (
            "captive_news",
            "Channel offers captives for sale",
            "A post circulating on a messaging channel today lists two captives, aged {age} and "
            '{age2}, who "will be sold soon" for {price} each. Monitors say the same channel '
            "reappears under new names.",
            _SP,
            ("captives_for_sale", "price_and_age"),
        ),
    ),
    "ar": (
        (
            "domestic_transfer",
            "عاملة منزلية للتنازل",
            "للتنازل عاملة منزلية {nat}، العمر {age} سنة، خبرة {years} سنوات، مبلغ التنازل {price}. الجواز مع الكفيل.",
            _SPL,
            ("sponsorship_transfer_fee", "passport_retention"),
        ),
        (
            "domestic_sale",
            "خادمة للبيع",
            "خادمة {nat} للبيع، العمر {age} سنة، تجيد الطبخ ورعاية الأطفال، السعر {price}.",
            _SPL,
            ("person_for_sale",),
        ),
        (
            "person_for_sale",
            "للبيع",
            "للبيع: فتاة عمرها {age} سنة، السعر {price}، تُباع قريباً.",
            _SP,
            ("person_for_sale", "price_and_age"),
        ),
        (
            "captive_news",
            "قناة تعرض أسيرات للبيع",
            "نشرت قناة اليوم إعلاناً عن بيع أسيرتين بعمر {age} و{age2} سنة بسعر {price} لكل واحدة، "
            "وجاء في المنشور أنهما ستُباعان قريباً.",
            _SP,
            ("captives_for_sale", "price_and_age"),
        ),
    ),
    "fr": (
        (
            "person_for_sale",
            "À vendre",
            "À vendre : jeune homme de {age} ans, robuste, travailleur. Prix {price}, à récupérer sur place.",
            _SP,
            ("person_for_sale", "price_and_age"),
        ),
        (
            "captive_news",
            "Des captives mises en vente sur une messagerie",
            "Selon une publication relayée aujourd'hui sur une messagerie, deux captives de {age} "
            "et "
            "{age2} ans seraient « bientôt vendues » pour {price} chacune.",
            _SP,
            ("captives_for_sale", "price_and_age"),
        ),
    ),
    "ru": (
        (
            "person_for_sale",
            "Продаётся",
            "Продаётся девушка, {age} лет, цена {price}. Документы у хозяина.",
            _SP,
            ("person_for_sale", "price_and_age"),
        ),
        (
            "captive_news",
            "В канале продают пленниц",
            "В канале опубликовано объявление: две пленницы, {age} и {age2} лет, «скоро будут "
            "проданы», цена {price} за каждую.",
            _SP,
            ("captives_for_sale", "price_and_age"),
        ),
    ),
}

_CHILD: dict[str, tuple[_Post, ...]] = {
    "en": (
        (
            "grooming_gifts",
            "Easy money for photos",
            "Looking for girls {age_lo} to {age_hi} for easy photo sets, I pay with gift cards or "
            "a "
            "new phone. Don't tell your parents, keep it our secret.",
            _CE,
            ("minor_age", "gifts_for_photos", "secrecy"),
        ),
        (
            "sugar_daddy",
            "Sugar daddy looking for a sugar baby",
            "Sugar daddy here 💸 looking for a sugar baby, high school girls welcome, {price} "
            "weekly "
            "allowance, just keep it discreet.",
            _CE,
            ("sugar_pitch_to_minors", "school_cue"),
        ),
        (
            "casting",
            "Casting: young models {age_lo}-{age_hi}",
            "Casting for young models aged {age_lo} to {age_hi}, come alone, no parents needed, "
            "paid photo shoot {price}.",
            _CE,
            ("minor_age", "no_parents"),
        ),
        (
            "loverboy",
            "hey cutie",
            "hey cutie, saw your profile, you're {age_minor} right? I'll buy you anything you "
            "want, "
            "new shoes, a phone, just come meet me after school and don't tell anyone 😘",
            _CE,
            ("minor_age", "gifts_for_photos", "secrecy", "school_cue"),
        ),
    ),
    "es": (
        (
            "grooming_gifts",
            "Dinero fácil por fotos",
            "Busco chicas de {age_lo} a {age_hi} años para fotos sencillas, pago con tarjetas "
            "regalo o "
            "celulares. No le digas a tus papás, es nuestro secreto.",
            _CE,
            ("minor_age", "gifts_for_photos", "secrecy"),
        ),
        (
            "sugar_daddy",
            "Sugar daddy busca sugar baby",
            "Sugar daddy busca sugar baby, chicas de secundaria bienvenidas, {price} semanales, total discreción.",
            _CE,
            ("sugar_pitch_to_minors", "school_cue"),
        ),
        (
            "casting",
            "Casting modelos {age_lo}-{age_hi} años",
            "Casting para modelos de {age_lo} a {age_hi} años, ven sola, sin padres, sesión pagada {price}.",
            _CE,
            ("minor_age", "no_parents"),
        ),
    ),
    "fr": (
        (
            "grooming_gifts",
            "Argent facile pour des photos",
            "Cherche filles de {age_lo} à {age_hi} ans pour des photos simples, je paie en cartes "
            "cadeaux ou en téléphone. Ne dis rien à tes parents, c'est notre secret.",
            _CE,
            ("minor_age", "gifts_for_photos", "secrecy"),
        ),
        (
            "sugar_daddy",
            "Sugar daddy cherche sugar baby",
            "Sugar daddy cherche sugar baby, lycéennes bienvenues, {price} par semaine, discrétion.",
            _CE,
            ("sugar_pitch_to_minors", "school_cue"),
        ),
        (
            "casting",
            "Casting jeunes mannequins {age_lo}-{age_hi} ans",
            "Casting jeunes mannequins de {age_lo} à {age_hi} ans, viens seule, pas besoin des "
            "parents, shooting payé {price}.",
            _CE,
            ("minor_age", "no_parents"),
        ),
    ),
    "ru": (
        (
            "grooming_gifts",
            "Лёгкие деньги за фото",
            "Ищу девочек {age_lo}–{age_hi} лет для простых фотосессий, оплата подарочными картами "
            "или "
            "новым телефоном. Родителям не говори, это наш секрет.",
            _CE,
            ("minor_age", "gifts_for_photos", "secrecy"),
        ),
        (
            "sugar_daddy",
            "Спонсор ищет девушку",
            "Спонсор ищет девушку, школьницы тоже, {price} в неделю, всё конфиденциально.",
            _CE,
            ("sugar_pitch_to_minors", "school_cue"),
        ),
        (
            "casting",
            "Кастинг юных моделей {age_lo}–{age_hi} лет",
            "Кастинг юных моделей {age_lo}–{age_hi} лет, приходи одна, без родителей, оплата {price}.",
            _CE,
            ("minor_age", "no_parents"),
        ),
    ),
    "pt": (
        (
            "grooming_gifts",
            "Dinheiro fácil por fotos",
            "Procuro meninas de {age_lo} a {age_hi} anos para fotos simples, pago com "
            "vale-presente ou "
            "celular novo. Não conta pros seus pais, é nosso segredo.",
            _CE,
            ("minor_age", "gifts_for_photos", "secrecy"),
        ),
        (
            "sugar_daddy",
            "Sugar daddy procura sugar baby",
            "Sugar daddy procura sugar baby, meninas do ensino médio são bem-vindas, {price} por semana, sigilo total.",
            _CE,
            ("sugar_pitch_to_minors", "school_cue"),
        ),
        (
            "casting",
            "Casting modelos {age_lo} a {age_hi} anos",
            "Casting para modelos de {age_lo} a {age_hi} anos, venha sozinha, sem os pais, ensaio pago {price}.",
            _CE,
            ("minor_age", "no_parents"),
        ),
    ),
}
_BLOOD_GROUPS: tuple[str, ...] = ("O+", "O-", "A+", "A-", "B+", "AB+")

_DECEPTIVE_OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("We are recruiting {job} for {dest}.", "Hiring now: {job} in {dest}!"),
    "es": ("Buscamos {job} para {dest}.", "Se necesitan {job} en {dest}."),
    "fr": ("Nous recrutons des {job} pour {dest}.",),
    "ru": ("Набираем: {job}, работа в {dest}.",),
    "zh": ("现招{job}，工作地点{dest}。",),
    "ar": ("نطلب {job} للعمل في {dest}.",),
    "pt": ("Estamos contratando {job} para {dest}.",),
    "ro": ("Recrutăm {job} pentru {dest}.",),
    "vi": ("Tuyển {job} làm việc tại {dest}.",),
    "th": ("รับสมัคร{job} ทำงานที่{dest}",),
    "id": ("Dibutuhkan {job} untuk bekerja di {dest}.",),
}
_FILLERS: dict[str, tuple[str, ...]] = {
    "en": ("urgent", "now", "!!!", "🔥", "real"),
    "es": ("urgente", "ya", "!!!", "🔥"),
    "fr": ("urgent", "vite", "!!!", "🔥"),
    "ru": ("срочно", "!!!", "🔥"),
    "zh": ("速来", "！！", "🔥"),
    "ar": ("عاجل", "!!", "🔥"),
    "pt": ("urgente", "!!!", "🔥"),
    "ro": ("urgent", "!!!", "🔥"),
    "vi": ("gấp", "!!!", "🔥"),
    "th": ("ด่วน", "!!!", "🔥"),
    "id": ("segera", "!!!", "🔥"),
}
_EMAIL_LOCALS: tuple[str, ...] = (
    "sam",
    "alex",
    "jordan",
    "maria",
    "liwei",
    "ahmed",
    "olga",
    "joao",
    "ana",
    "chen",
    "pierre",
    "ivan",
    "sofia",
    "omar",
    "lucas",
    "nina",
    "kofi",
    "mei",
    "diego",
    "fatima",
)
_POST_USERS: dict[str, tuple[str, ...]] = {
    "organ_trade": ("kidneyhelp", "donorcare", "organ.agent", "medhelp", "transplant.aid"),
    "bride_sale": ("happybride", "marry.asia", "brideagency", "lovetour", "wifeabroad"),
    "sale_of_persons": ("transfer.maids", "maidoffice", "market.office", "sponsor.transfer"),
    "child_exploitation": ("sweetgifts", "photo.friend", "cashfun", "giftcards4u", "modelscout"),
}
_SECTIONS: dict[str, str] = {
    "car": "cars",
    "car_dealer": "cars",
    "rental": "housing",
    "furniture": "for-sale",
    "electronics": "for-sale",
    "pet": "pets",
    "lesson": "services",
    "trades": "services",
    "massage_clinic": "services",
    "nanny_agency": "services",
    "travel_agency": "travel",
    "wedding": "services",
    "event": "community",
    "blood_drive": "community",
    "kidney_beans": "food",
    "liver_pate": "food",
    "liver_dish": "food",
}
_PLAIN_STYLES = frozenset({"national", "international"})


# --------------------------------------------------------------------------------------
# The generator's working state


@dataclass
class _Seg:
    """One sentence of a text template; immutable segments keep their indicator cue intact."""

    text: str
    mutable: bool = True
    sign: str = ""


@dataclass
class _Draft:
    category: str
    subtype: str
    lang: str
    country: str
    title: str
    text: str
    source: str
    section: str
    city: str
    posted_at: int
    typologies: list[str]
    signs: list[str]
    ids: _Ids
    network: str | None = None
    hard_negative: bool = False
    persona: str = ""


class _Ids:
    """Identifiers written into one document, remembered for its truth line."""

    def __init__(self, gen: _Gen, lang: str, country: str) -> None:
        self._gen = gen
        self.lang = lang
        self.country = country
        self.phone_forms: list[dict[str, str]] = []
        self.emails: list[str] = []
        self.handles: list[str] = []

    def phone(self, phone: _Phone, obfuscate: bool = False) -> str:
        rng = self._gen.rng
        if obfuscate and _is_home(phone, self.country):
            written, style = _obfuscated_phone(rng, phone, self.lang)
        elif self.lang == "ar" and rng.random() < 0.3:
            written, style = _arabic_indic_phone(rng, phone)
        else:
            written, style = _plain_phone(rng, phone, self.country)
        self.phone_forms.append({"value": phone.e164, "written": written, "style": style})
        return written

    def email(self, address: str) -> str:
        self.emails.append(address)
        return address

    def handle(self, platform: str, user: str) -> str:
        form = self._gen.rng.choice(_HANDLE_FORMS[platform])
        self.handles.append(f"{platform}:{user}")
        return form.replace("{u}", user)

    @property
    def obfuscated(self) -> bool:
        return any(f["style"] not in _PLAIN_STYLES for f in self.phone_forms)


class _Gen:
    def __init__(self, seed: int, hard: bool = False) -> None:
        self.hard = hard
        self.rng = random.Random(seed)
        self.pool = _PhonePool(self.rng)
        self.used: set[str] = set()  # membership tests only, never iterated
        self.networks = 0
        self.refs = 0
        self.drafts: list[_Draft] = []

    def network_id(self) -> str:
        self.networks += 1
        return f"gt-net-{self.networks:04d}"

    def _unique(self, make: Callable[[int], str]) -> str:
        attempt = 0
        while True:
            value = make(attempt)
            if value not in self.used:
                self.used.add(value)
                return value
            attempt += 1

    def email(self, local: str) -> str:
        rng = self.rng
        local = re.sub(r"[^a-z0-9._]", "", local.lower()) or "contact"
        return self._unique(lambda k: f"{local}{'' if k == 0 else rng.randint(1, 99 * k)}@{rng.choice(_EMAIL_DOMAINS)}")

    def username(self, base: str) -> str:
        rng = self.rng
        base = re.sub(r"[^a-z0-9._]", "", base.lower()) or "user"
        return self._unique(lambda k: f"u:{base}{rng.randint(10, 99 + 900 * k)}")[2:]

    def site_url(self) -> str:
        rng = self.rng
        return self._unique(
            lambda _k: (
                f"https://www.{rng.choice(_SITE_WORDS)}{rng.randint(10, 9999)}"
                f".example.{rng.choice(('com', 'org', 'net'))}"
            )
        )

    def ref(self) -> int:
        self.refs += 1
        return 10000 + self.refs * 7 + self.rng.randrange(7)

    def add(self, draft: _Draft) -> None:
        self.drafts.append(draft)


def _join(lang: str, parts: Sequence[str]) -> str:
    """Join sentences; Chinese needs no space, except after an address or number."""
    kept = [p for p in parts if p]
    if lang != "zh":
        return " ".join(kept)
    out = ""
    for part in kept:
        out += (" " if out and out[-1].isascii() and not out[-1].isspace() else "") + part
    return out


def _render(segs: Sequence[_Seg], lang: str, values: dict[str, str]) -> str:
    return _fill(_join(lang, [s.text for s in segs]), values)


def _mutate(
    rng: random.Random,
    segs: Sequence[_Seg],
    fillers: Sequence[str],
    synonyms: dict[str, str],
    edits: int,
) -> list[_Seg]:
    """Per-ad edits: word insertions, deletions and substitutions in mutable segments."""
    out = list(segs)
    editable = [i for i, s in enumerate(out) if s.mutable]
    for _ in range(edits):
        if not editable:
            break
        i = rng.choice(editable)
        tokens = out[i].text.split(" ")
        free = [j for j, t in enumerate(tokens) if "{" not in t and "}" not in t]
        op = rng.random()
        subs = [j for j in free if tokens[j].lower().strip(".,!?") in synonyms]
        # Never delete a segment's last word: it carries the sentence's full stop.
        deletable = [j for j in free if j < len(tokens) - 1]
        if op < 0.3 and len(deletable) > 3:
            del tokens[rng.choice(deletable)]
        elif op < 0.65 and subs:
            j = rng.choice(subs)
            core = tokens[j].strip(".,!?")
            tokens[j] = tokens[j].replace(core, synonyms[core.lower()])
        else:
            tokens.insert(rng.randint(0, len(tokens)), rng.choice(fillers))
        out[i] = _Seg(" ".join(tokens), True, out[i].sign)
    return out


def _timeline(rng: random.Random, count: int, mean_gap_hours: float) -> list[int]:
    """Increasing posting times (seconds from the start of the window)."""
    gaps = [max(3600, int(rng.expovariate(1.0 / (mean_gap_hours * 3600)))) for _ in range(count - 1)]
    total = sum(gaps)
    limit = _SPAN - 86400
    if total > limit:
        gaps = [max(60, int(g * limit / total)) for g in gaps]
        total = sum(gaps)
    times = [rng.randrange(0, max(1, _SPAN - total))]
    for gap in gaps:
        times.append(times[-1] + gap)
    return times


def _network_sizes(rng: random.Random, total: int, cap: int) -> list[int]:
    """Heavy-tailed sizes (many of 2-5, a few of 20-60) summing to ``total``."""
    sizes: list[int] = []
    remaining = total
    while remaining > 0:
        size = min(cap, max(2, int(2 * rng.paretovariate(1.4))), remaining)
        if size == 1:
            if sizes:
                sizes[-1] += 1
            else:
                sizes.append(1)
            break
        sizes.append(size)
        remaining -= size
    return sizes


def _contact(
    gen: _Gen,
    ids: _Ids,
    weights: Sequence[tuple[str, float]],
    *,
    email_local: str,
    platforms: Sequence[str] = ("telegram",),
    user_base: str = "user",
    foreign_ok: bool = True,
) -> str:
    """A contact line: a fresh phone, e-mail or handle (never shared with another document)."""
    rng = gen.rng
    lang, country = ids.lang, ids.country
    kind = _weighted(rng, weights)
    if kind == "phone":
        phone = gen.pool.draw(rng, country, rng.random() < 0.6, foreign_ok)
        if phone is not None:
            return rng.choice(_PHONE_LEADS[lang]).replace("{p}", ids.phone(phone))
        kind = "email"
    if kind == "email":
        address = gen.email(email_local)
        return rng.choice(_EMAIL_LEADS[lang]).replace("{e}", ids.email(address))
    if kind == "handle":
        return ids.handle(rng.choice(platforms), gen.username(user_base))
    return rng.choice(_NO_CONTACT[lang])


def _email_local(rng: random.Random) -> str:
    return f"{rng.choice(_EMAIL_LOCALS)}{rng.choice(('', '.', '_'))}{rng.randint(1, 999)}"


# --------------------------------------------------------------------------------------
# Escort networks, child-exploitation networks and independent providers


@dataclass
class _Persona:
    name: str
    age: int
    phone: _Phone | None
    email: str
    platform: str
    user: str


_HANDLE_TAILS: tuple[str, ...] = ("vip", "xo", "luv", "baby", "real")


def _escort_price(country: str, lang: str, value: int) -> str:
    if country == "FR":
        return f"{value} €"
    if lang == "fr":
        return f"{value} $"
    return f"${value}"


def _escort_market(rng: random.Random) -> tuple[str, str]:
    total = sum(w for _, _, w in _ESCORT_MARKETS)
    x = rng.random() * total
    for country, lang, weight in _ESCORT_MARKETS:
        x -= weight
        if x < 0:
            return country, lang
    return _ESCORT_MARKETS[-1][0], _ESCORT_MARKETS[-1][1]


def _signature(rng: random.Random, parts: Sequence[Sequence[str]]) -> str:
    words = [rng.choice(p) for p in parts]
    return " ".join(words[:-1]) + ", " + words[-1]


def _escort_network(gen: _Gen, size: int, minor: bool) -> None:
    rng = gen.rng
    country, lang = _escort_market(rng)
    bank = _ESCORT[lang]
    net = gen.network_id()
    all_cities = _CITIES[(lang, country)]
    n_cities = min(len(all_cities), 5, 1 + size // rng.randint(3, 8))
    cities = rng.sample(all_cities, n_cities)

    # Sign profile of the network (indicators.md §1).
    profile: list[str] = []
    if minor:
        profile = ["school_cue", "third_party"]
        if rng.random() < 0.4:
            profile.append("restricted_movement")
    else:
        for sign, p in (
            ("third_party", 0.55),
            ("youth", 0.35),
            ("restricted_movement", 0.3),
            ("ownership_emoji", 0.1),
            ("nationality", 0.1),
        ):
            if rng.random() < p:
                profile.append(sign)

    young = minor or "youth" in profile
    n_names = min(len(_PERSONA_NAMES[lang]), max(2, min(10, size // 2 + rng.randint(0, 2))))
    names = rng.sample(_PERSONA_NAMES[lang], n_names)
    n_phones = min(rng.choice((1, 2, 2, 3)), max(1, n_names // 2)) if size > 3 else 1
    if gen.hard:  # rotating numbers: a new phone every few ads, in posting order
        n_phones = max(2, size // HARD_ADS_PER_PHONE) if size > 3 else 1
    phones = [p for p in (gen.pool.draw(rng, country) for _ in range(n_phones)) if p is not None]
    personas: list[_Persona] = []
    for k, name in enumerate(names):
        age = rng.randint(15, 17) if minor else (rng.randint(18, 21) if young else rng.randint(19, 35))
        slug = _slug(name).replace("-", "")
        personas.append(
            _Persona(
                name=name,
                age=age,
                phone=phones[k % len(phones)] if phones else None,
                email=gen.email(f"{slug}.{age}"),
                platform=rng.choice(("snapchat", "kik", "instagram", "telegram")),
                user=gen.username(slug + rng.choice(("_", ".", "")) + rng.choice(_HANDLE_TAILS)),
            )
        )

    intro_pool = (
        bank["intro_minor"]
        if minor
        else (bank["intro_we"] if "third_party" in profile and rng.random() < 0.6 else bank["intro_i"])
    )
    boiler = rng.sample(bank["boiler"], rng.randint(2, 4))
    sign_segs = []
    for sign in profile:
        phrases = bank["school"] if sign == "school_cue" else bank["signs"][sign]
        sign_segs.append(_Seg(rng.choice(phrases), False, sign))
    base = [
        _Seg(rng.choice(intro_pool)),
        _Seg(_signature(rng, bank["sig"])),
        _Seg(boiler[0]),
        *sign_segs,
        _Seg(rng.choice(bank["rates"])),
        *(_Seg(b) for b in boiler[1:]),
    ]
    if rng.random() < 0.25:
        base.append(_Seg(rng.choice(bank["movement"]), False, "movement_language"))
    base += [_Seg(_signature(rng, bank["sig2"])), _Seg(rng.choice(bank["closing"]))]

    lo, hi = (200, 450) if country == "AU" else (120, 350) if country == "FR" else (150, 400)
    price_base = rng.randrange(lo, hi, 10)
    p_obfuscate = rng.choice((0.0, 0.15, 0.3, 0.55))
    lead = rng.choice(bank["leads"])
    email_lead = rng.choice(bank["email_leads"])
    title_tpl = rng.choice(bank["titles_minor" if minor else "titles"])
    sources = rng.sample(_ESCORT_SOURCES, rng.choice((1, 1, 2)))
    times = _timeline(rng, size, 30.0)

    for i in range(size):
        persona = rng.choice(personas)
        city = cities[min(n_cities - 1, i * n_cities // size)]
        segs = [s for s in base if not s.sign or rng.random() >= 0.2]
        edits = HARD_EDITS if gen.hard else rng.randint(1, 3)
        segs = _mutate(rng, segs, bank["fillers"], bank["synonyms"], edits)
        for _ in range(rng.randint(0, 2)):
            segs.insert(rng.randint(0, len(segs)), _Seg(rng.choice(_NEUTRAL_EMOJI), False))
        ids = _Ids(gen, lang, country)
        if gen.hard and phones:
            persona = replace(persona, phone=phones[min(len(phones) - 1, i * len(phones) // size)])
        if gen.hard and rng.random() < HARD_NO_IDENTIFIER_SHARE:
            contact = rng.choice(_NO_CONTACT[lang])
        elif persona.phone is None or rng.random() < NETWORK_NO_PHONE_SHARE:
            if rng.random() < 0.6:
                contact = email_lead.replace("{contact}", ids.email(persona.email))
            else:
                contact = ids.handle(persona.platform, persona.user)
        else:
            phone = persona.phone if rng.random() < 0.8 else rng.choice(phones)
            contact = lead.replace("{contact}", ids.phone(phone, rng.random() < p_obfuscate))
            others = [p for p in phones if p != phone]
            if others and rng.random() < 0.08:
                contact += " / " + ids.phone(rng.choice(others))
            elif rng.random() < 0.08:
                contact += " " + ids.phone(phone)  # the same number twice (OB-07)
        age = persona.age
        if rng.random() < (1.0 if gen.hard else 0.15):
            age = min(17, age + 1) if minor else max(18, age + rng.choice((-1, 1)))
        price = price_base + rng.choice((20, 50, -20, 30, -10) if gen.hard else (0, 0, 20, 50, -20))
        values = {
            "name": persona.name,
            "age": str(age),
            "city": city,
            "price": _escort_price(country, lang, price),
            "amount": str(price),
            "hours": rng.choice(bank["hours"]),
        }
        signs = (["minor_age"] if minor else []) + [s.sign for s in segs if s.sign]
        if ids.obfuscated:
            signs.append("obfuscated_phone")
        gen.add(
            _Draft(
                category="child_exploitation" if minor else "escort",
                subtype="minor_escort" if minor else "network_ad",
                lang=lang,
                country=country,
                title=_fill(title_tpl, values),
                text=_render(segs, lang, values) + "\n" + contact,
                source=rng.choice(sources),
                section="escorts",
                city=city,
                posted_at=times[i],
                typologies=["child_exploitation", "sexual_exploitation"] if minor else [],
                signs=signs,
                ids=ids,
                network=net,
                persona=persona.name,
            )
        )


def _independent_escort(gen: _Gen) -> None:
    rng = gen.rng
    country, lang = _escort_market(rng)
    bank = _ESCORT[lang]
    name = rng.choice(_PERSONA_NAMES[lang])
    age = rng.randint(21, 38)
    city = rng.choice(_CITIES[(lang, country)])
    segs = [_Seg(rng.choice(bank["intro_i"]))]
    segs += [_Seg(b) for b in rng.sample(bank["boiler"], rng.randint(2, 4))]
    segs.append(_Seg(rng.choice(bank["rates"])))
    if rng.random() < 0.6:
        segs.append(_Seg(rng.choice(bank["independent"])))
    if rng.random() < 0.3:
        segs.append(_Seg(rng.choice(bank["movement"]), False, "movement_language"))
    if rng.random() < 0.25:
        segs.append(_Seg(rng.choice(bank["screening"]), False, "client_screening"))
    segs.append(_Seg(rng.choice(bank["closing"])))
    segs = _mutate(rng, segs, bank["fillers"], bank["synonyms"], rng.randint(0, 2))
    ids = _Ids(gen, lang, country)
    phone = gen.pool.draw(rng, country, True, False) if rng.random() < 0.85 else None
    if phone is not None:
        contact = rng.choice(bank["leads"]).replace("{contact}", ids.phone(phone))
    else:
        address = gen.email(f"{_slug(name).replace('-', '')}.{rng.choice(('real', 'indy', str(age)))}")
        contact = rng.choice(bank["email_leads"]).replace("{contact}", ids.email(address))
    lo, hi = (200, 450) if country == "AU" else (120, 350) if country == "FR" else (150, 400)
    price = rng.randrange(lo, hi, 10)
    values = {
        "name": name,
        "age": str(age),
        "city": city,
        "price": _escort_price(country, lang, price),
        "amount": str(price),
        "hours": rng.choice(bank["hours"]),
    }
    gen.add(
        _Draft(
            category="escort",
            subtype="independent",
            lang=lang,
            country=country,
            title=_fill(rng.choice(bank["titles"]), values),
            text=_render(segs, lang, values) + "\n" + contact,
            source=rng.choice(_ESCORT_SOURCES),
            section="escorts",
            city=city,
            posted_at=rng.randrange(_SPAN),
            typologies=[],
            signs=[s.sign for s in segs if s.sign],
            ids=ids,
            persona=name,
        )
    )


def _build_escorts(gen: _Gen, count: int) -> None:
    independent = round(count * INDEPENDENT_ESCORT_SHARE)
    in_networks = count - independent
    if in_networks == 1:
        independent, in_networks = independent + 1, 0
    for size in _network_sizes(gen.rng, in_networks, 60):
        if size == 1:
            independent += 1
        else:
            _escort_network(gen, size, minor=False)
    for _ in range(independent):
        _independent_escort(gen)


def _build_child(gen: _Gen, count: int) -> None:
    in_networks = round(count * CHILD_NETWORK_SHARE)
    posts = count - in_networks
    for size in _network_sizes(gen.rng, in_networks, 15) if in_networks >= 2 else []:
        if size == 1:
            posts += 1
        else:
            _escort_network(gen, size, minor=True)
    if in_networks == 1:
        posts += 1
    _build_posts(gen, "child_exploitation", _CHILD, posts)


# --------------------------------------------------------------------------------------
# Job ads


@dataclass
class _JobPlan:
    lang: str
    country: str
    key: str
    job: str
    dests: tuple[str, ...]
    title: str
    segs: list[_Seg]
    channel: str  # "" when the ad gives an ordinary contact line
    channel_phrase: str
    age_lo: int
    age_hi: int


def _job_plan(gen: _Gen, lang: str) -> _JobPlan:
    rng = gen.rng
    bank = _DECEPTIVE[lang]
    key, job, dests = rng.choice(bank["jobs"])
    signs = ["appearance_screening"] if key in ("hostess", "model") else []
    if key == "scam":
        signs.append("scam_compound")
    signs += rng.sample(_DECEPTIVE_OPTIONAL, max(2, rng.randint(3, 5) - len(signs)))
    rng.shuffle(signs)
    segs = [_Seg(rng.choice(_DECEPTIVE_OPENERS[lang]))]
    segs += [_Seg(rng.choice(bank["signs"][s]), False, s) for s in signs]
    channels = list(bank["channels"])
    channel = rng.choice(channels) if rng.random() < 0.85 else ""
    return _JobPlan(
        lang=lang,
        country=rng.choice(_JOB_COUNTRIES[lang]),
        key=key,
        job=job,
        dests=dests,
        title=rng.choice(bank["titles"]),
        segs=segs,
        channel=channel,
        channel_phrase=rng.choice(bank["channels"][channel]) if channel else "",
        age_lo=rng.choice((18, 18, 20)),
        age_hi=rng.choice((25, 28, 30)),
    )


def _job_contact(gen: _Gen, plan: _JobPlan, ids: _Ids, phone: _Phone | None, user: str) -> _Seg:
    rng = gen.rng
    if plan.channel == "whatsapp" and phone is not None:
        return _Seg(plan.channel_phrase.replace("{contact}", ids.phone(phone)), False, "informal_channel")
    if plan.channel and plan.channel != "whatsapp":
        shown = f"@{user}" if plan.channel == "telegram" else user
        ids.handles.append(f"{plan.channel}:{user}")
        return _Seg(plan.channel_phrase.replace("{contact}", shown), False, "informal_channel")
    if phone is not None:
        return _Seg(rng.choice(_PHONE_LEADS[plan.lang]).replace("{p}", ids.phone(phone)), False)
    address = gen.email(f"{user}")
    return _Seg(rng.choice(_EMAIL_LEADS[plan.lang]).replace("{e}", ids.email(address)), False)


def _job_ad(
    gen: _Gen,
    plan: _JobPlan,
    phone: _Phone | None,
    user: str,
    posted_at: int,
    network: str | None,
    edits: int,
    *,
    hidden: bool = False,
) -> None:
    rng = gen.rng
    segs = plan.segs
    if network is not None:
        kept = [s for s in segs if not s.sign or rng.random() >= 0.15]
        if sum(1 for s in kept if s.sign) >= 3:
            segs = kept
    segs = _mutate(rng, segs, _FILLERS[plan.lang], {}, edits)
    ids = _Ids(gen, plan.lang, plan.country)
    if hidden:  # the hard variant: no identifier at all, only the template links it
        segs.append(_Seg(rng.choice(_NO_CONTACT[plan.lang]), False))
    else:
        segs.append(_job_contact(gen, plan, ids, phone, user))
    values = {
        "job": plan.job,
        "dest": rng.choice(plan.dests),
        "pay": _money(rng, plan.lang, plan.country, 2500, 6000) + _PAY_SUFFIX[plan.lang],
        "fee": _money(rng, plan.lang, plan.country, 300, 3000),
        "age_lo": str(plan.age_lo),
        "age_hi": str(plan.age_hi),
    }
    gen.add(
        _Draft(
            category="deceptive_job",
            subtype=plan.key,
            lang=plan.lang,
            country=plan.country,
            title=_fill(plan.title, values),
            text=_render(segs, plan.lang, values),
            source=rng.choice(_DECEPTIVE_SOURCES),
            section="jobs",
            city="",
            posted_at=posted_at,
            typologies=["labour_exploitation"],
            signs=[s.sign for s in segs if s.sign],
            ids=ids,
            network=network,
        )
    )


def _job_identifiers(gen: _Gen, plan: _JobPlan) -> tuple[_Phone | None, str]:
    rng = gen.rng
    phone = None
    if plan.channel in ("whatsapp", "") and rng.random() < 0.9:
        phone = gen.pool.draw(rng, plan.country)
    base = rng.choice(("jobs", "work", "recruit", "agency", "career", "hr"))
    tail = rng.choice(("abroad", "global", "vip", "fast", "intl"))
    user = gen.username(base + rng.choice(("_", ".", "")) + tail)
    return phone, user


def _build_deceptive(gen: _Gen, count: int) -> None:
    rng = gen.rng
    in_networks = round(count * RECRUITER_NETWORK_SHARE)
    single = count - in_networks
    sizes = _network_sizes(rng, in_networks, 8) if in_networks >= 2 else []
    if in_networks == 1:
        single += 1
    for size in sizes:
        if size == 1:
            single += 1
            continue
        plan = _job_plan(gen, _weighted(rng, _JOB_LANGS))
        phone, user = _job_identifiers(gen, plan)
        net = gen.network_id()
        rotation = [(phone, user)]
        if gen.hard:
            rotation += [_job_identifiers(gen, plan) for _ in range(max(0, size // HARD_ADS_PER_PHONE - 1))]
        for k, posted_at in enumerate(_timeline(rng, size, 72.0)):
            phone, user = rotation[min(len(rotation) - 1, k * len(rotation) // size)]
            hidden = gen.hard and rng.random() < HARD_NO_IDENTIFIER_SHARE
            edits = HARD_EDITS if gen.hard else rng.randint(1, 3)
            _job_ad(gen, plan, phone, user, posted_at, net, edits, hidden=hidden)
    for _ in range(single):
        plan = _job_plan(gen, _weighted(rng, _JOB_LANGS))
        phone, user = _job_identifiers(gen, plan)
        _job_ad(gen, plan, phone, user, rng.randrange(_SPAN), None, rng.randint(0, 1))


def _build_legit(gen: _Gen, count: int) -> None:
    rng = gen.rng
    for _ in range(count):
        lang = _weighted(rng, _JOB_LANGS)
        country = rng.choice(_JOB_COUNTRIES[lang])
        city = rng.choice(_CITIES[(lang, country)])
        bank = _LEGIT[lang]
        company, slug = rng.choice(bank["companies"])
        ref = gen.ref()
        ids = _Ids(gen, lang, country)
        email = f"jobs.{ref}@{slug}.example.com"
        values = {
            "company": company,
            "role": rng.choice(bank["roles"]),
            "city": city,
            "salary": rng.choice(bank["salaries"]),
            "years": str(rng.randint(1, 5)),
            "url": f"https://careers.{slug}.example.com/jobs/{ref}",
            "email": email,
            "date": _date_text(rng, lang),
        }
        travel = rng.random() < 0.3
        apply = rng.choice(bank["apply"])
        if "{email}" in apply:
            ids.email(email)
        parts = [rng.choice(bank["intro"]), rng.choice(bank["contract"]), rng.choice(bank["req"])]
        if travel:
            parts.append(rng.choice(bank["travel"]))
        parts.append(apply)
        if rng.random() < 0.8:
            parts.append(rng.choice(bank["no_fee"]))
        if country in _POOL_COUNTRIES and rng.random() < 0.2:
            phone = gen.pool.draw(rng, country, False, False)
            if phone is not None:
                parts.append(rng.choice(_PHONE_LEADS[lang]).replace("{p}", ids.phone(phone)))
        gen.add(
            _Draft(
                category="legitimate_job",
                subtype="travel_passport" if travel else "standard",
                lang=lang,
                country=country,
                title=_fill(rng.choice(bank["titles"]), values),
                text=_fill(_join(lang, parts), values),
                source=rng.choice(_JOB_SOURCES),
                section="jobs",
                city=city,
                posted_at=rng.randrange(_SPAN),
                typologies=[],
                signs=[],
                ids=ids,
                hard_negative=travel,
            )
        )


# --------------------------------------------------------------------------------------
# Posts: organ trade, bride sale, sale of persons, child-exploitation signs

_POST_PRICES: dict[str, tuple[float, float]] = {
    "seller": (5000, 60000),
    "buyer": (10000, 80000),
    "donor_card": (20000, 50000),
    "broker_tour": (8000, 25000),
    "buy_wife": (10000, 30000),
    "minor_daughter": (500, 5000),
    "domestic_transfer": (2500, 6000),
    "domestic_sale": (1500, 5000),
    "person_for_sale": (500, 5000),
    "captive_news": (1000, 15000),
    "sugar_daddy": (100, 500),
}
_POST_CONTACTS: dict[str, tuple[tuple[str, float], ...]] = {
    "organ_trade": (("phone", 0.5), ("email", 0.2), ("handle", 0.15), ("none", 0.15)),
    "bride_sale": (("phone", 0.4), ("email", 0.35), ("handle", 0.15), ("none", 0.1)),
    "sale_of_persons": (("phone", 0.35), ("handle", 0.3), ("none", 0.35)),
    "child_exploitation": (("handle", 0.6), ("email", 0.15), ("phone", 0.1), ("none", 0.15)),
}


def _build_posts(gen: _Gen, category: str, bank: dict[str, tuple[_Post, ...]], count: int) -> None:
    rng = gen.rng
    for _ in range(count):
        lang = _weighted(rng, _POST_LANGS[category])
        country = rng.choice(_POST_COUNTRIES[category][lang])
        subtype, title, body, typologies, signs = rng.choice(bank[lang])
        if subtype == "captive_news":
            age, age2 = rng.randint(13, 28), rng.randint(13, 28)
        elif subtype.startswith("domestic"):
            age, age2 = rng.randint(22, 45), 0
        elif subtype == "person_for_sale":
            age, age2 = rng.randint(15, 30), 0
        else:
            age, age2 = rng.randint(19, 45), 0
        lo, hi = _POST_PRICES.get(subtype, (50, 300))
        nats = (_BRIDE_NATIONALITIES if category == "bride_sale" else _WORKER_NATIONALITIES).get(lang, ("",))
        values = {
            "age": str(age),
            "age2": str(age2),
            "age_minor": str(rng.randint(13, 16)),
            "age_lo": str(rng.randint(12, 14)),
            "age_hi": str(rng.randint(15, 17)),
            "blood": rng.choice(_BLOOD_GROUPS),
            "price": _money(rng, lang, country, lo, hi),
            "fee": _money(rng, lang, country, 50, 400),
            "nat": rng.choice(nats),
            "days": str(rng.randint(7, 14)),
            "years": str(rng.randint(2, 10)),
        }
        typs, sgs = list(typologies), list(signs)
        if category == "sale_of_persons" and "{age}" in body:
            ages = [age] + ([age2] if "{age2}" in body else [])
            if min(ages) < 18:
                typs.append("child_exploitation")
                sgs.append("minor_age")
        ids = _Ids(gen, lang, country)
        text = _fill(body, values)
        if subtype != "captive_news":
            platforms: tuple[str, ...] = {"zh": ("wechat",), "th": ("line",)}.get(lang, ("telegram",))
            if category == "child_exploitation":
                platforms = ("snapchat", "instagram", "kik", "telegram")
            contact = _contact(
                gen,
                ids,
                _POST_CONTACTS[category],
                email_local=_email_local(rng),
                platforms=platforms,
                user_base=rng.choice(_POST_USERS[category]),
            )
            text = _join(lang, [text, contact]) if lang == "zh" else f"{text}\n{contact}"
        gen.add(
            _Draft(
                category=category,
                subtype=subtype,
                lang=lang,
                country=country,
                title=_fill(title, values),
                text=text,
                source=rng.choice(_POST_SOURCES[category]),
                section=category.replace("_", "-"),
                city="",
                posted_at=rng.randrange(_SPAN),
                typologies=typs,
                signs=sgs,
                ids=ids,
            )
        )


# --------------------------------------------------------------------------------------
# Ordinary classifieds


def _distance(rng: random.Random, lang: str, country: str) -> str:
    value = rng.randrange(15000, 180000, 1000)
    if lang == "zh":
        return f"{value // 10000}万公里"
    sep = _SEPARATORS.get(lang, ",")
    number = f"{value:,}".replace(",", sep)
    if lang == "en" and country == "US":
        return f"{number} miles"
    return f"{number} كم" if lang == "ar" else f"{number} km"


def _build_classified(gen: _Gen, count: int) -> None:
    rng = gen.rng
    for _ in range(count):
        lang = _weighted(rng, _CLASSIFIED_LANGS)
        country = _weighted(rng, _CLASSIFIED_COUNTRIES[lang])
        city = rng.choice(_CITIES[(lang, country)])
        templates = _CLASSIFIED[lang]
        hard = [t for t in templates if t[1]]
        wanted = bool(hard) and rng.random() < 0.25
        subtype, hard_negative, lo, hi, items, title, body = rng.choice([t for t in templates if t[1] == wanted])
        month = rng.randrange(12)
        values = {
            "item": rng.choice(items) if items else "",
            "price": _money(rng, lang, country, lo, hi) if hi else "",
            "city": city,
            "year": str(rng.randint(2012, 2023)),
            "km": _distance(rng, lang, country),
            "rooms": str(rng.randint(2, 4) if lang == "fr" else rng.randint(1, 3)),
            "month": f"{month + 1}月" if lang == "zh" else _MONTHS.get(lang, _MONTHS["en"])[month],
            "date": _date_text(rng, lang),
            "lic": f"{rng.choice(('TA', 'LT', 'AG', 'RL', 'DL'))}-{rng.randint(1000, 9999)}",
            "url": gen.site_url(),
        }
        ids = _Ids(gen, lang, country)
        home = country in _POOL_COUNTRIES
        weights = (
            (("phone", 0.55), ("email", 0.25), ("none", 0.2))
            if home
            else (("phone", 0.2), ("email", 0.4), ("none", 0.4))
        )
        contact = _contact(gen, ids, weights, email_local=_email_local(rng), foreign_ok=not home)
        text = _fill(_expand(rng, body), values)
        gen.add(
            _Draft(
                category="classified",
                subtype=subtype,
                lang=lang,
                country=country,
                title=_fill(_expand(rng, title), values),
                text=f"{text}\n{contact}",
                source=rng.choice(_CLASSIFIED_SOURCES),
                section=_SECTIONS.get(subtype, "for-sale"),
                city=city,
                posted_at=rng.randrange(_SPAN),
                typologies=[],
                signs=[],
                ids=ids,
                hard_negative=hard_negative,
            )
        )


# --------------------------------------------------------------------------------------
# Assembly and public API


def _allocate(n: int) -> dict[str, int]:
    """Documents per category: largest remainders, ties in ``CATEGORIES`` order."""
    total = sum(PROPORTIONS[c] for c in CATEGORIES)
    exact = {c: n * PROPORTIONS[c] / total for c in CATEGORIES}
    counts = {c: int(exact[c]) for c in CATEGORIES}
    rest = n - sum(counts.values())
    order = sorted(CATEGORIES, key=lambda c: (-(exact[c] - counts[c]), CATEGORIES.index(c)))
    for c in order[:rest]:
        counts[c] += 1
    return counts


def _finish_networks(gen: _Gen) -> None:
    """Add the network-level cue (one phone, several names) and settle escort typologies."""
    names: dict[tuple[str, str], list[str]] = {}
    for d in gen.drafts:
        if d.network and d.section == "escorts":
            for form in d.ids.phone_forms:
                seen = names.setdefault((d.network, form["value"]), [])
                if d.persona not in seen:
                    seen.append(d.persona)
    for d in gen.drafts:
        if not (d.network and d.section == "escorts"):
            continue
        if any(len(names[(d.network, f["value"])]) > 1 for f in d.ids.phone_forms):
            d.signs.append("shared_phone_many_names")
        if d.category == "escort" and any(s in _SE_SIGNS for s in d.signs):
            d.typologies = ["sexual_exploitation"]


def _ordered_unique(values: Sequence[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def _typology_order(values: Sequence[str]) -> list[str]:
    return [t for t in TYPOLOGIES if t in values]


def _records(n: int, seed: int, hard: bool = False) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    if n < 0:
        raise ValueError("n must not be negative")
    gen = _Gen(seed, hard)
    counts = _allocate(n)
    _build_escorts(gen, counts["escort"])
    _build_child(gen, counts["child_exploitation"])
    _build_deceptive(gen, counts["deceptive_job"])
    _build_posts(gen, "organ_trade", _ORGAN, counts["organ_trade"])
    _build_posts(gen, "bride_sale", _BRIDE, counts["bride_sale"])
    _build_posts(gen, "sale_of_persons", _SALE, counts["sale_of_persons"])
    _build_legit(gen, counts["legitimate_job"])
    _build_classified(gen, counts["classified"])
    _finish_networks(gen)

    rng = gen.rng
    order = sorted(range(len(gen.drafts)), key=lambda i: (gen.drafts[i].posted_at, i))
    records: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for k, i in enumerate(order, start=1):
        d = gen.drafts[i]
        doc_id = f"demo-{k:06d}"
        place = _slug(d.city)
        post = 4000000 + k * 7 + rng.randrange(7)
        path = f"{d.country.lower()}/{place + '/' if place else ''}{d.section}/{post}"
        doc: dict[str, Any] = {
            "id": doc_id,
            "text": d.text,
            "title": d.title,
            "url": f"https://{d.source}/{path}",
            "country": d.country,
        }
        if rng.random() >= LANG_OMITTED_SHARE:
            doc["lang"] = d.lang
        doc["posted_at"] = _iso(d.posted_at)
        doc["source"] = d.source

        forms = sorted(
            enumerate(d.ids.phone_forms),
            key=lambda e: (d.text.find(e[1]["written"]), e[0]),
        )
        emails = sorted(_ordered_unique([e.lower() for e in d.ids.emails]), key=d.text.lower().find)
        truth: dict[str, Any] = {
            "id": doc_id,
            "category": d.category,
            "typologies": _typology_order(d.typologies),
            "network": d.network,
            "phones": _ordered_unique([f["value"] for _, f in forms]),
            "emails": emails,
            "lang": d.lang,
            "subtype": d.subtype,
            "signs": _ordered_unique(d.signs),
            "handles": _ordered_unique(d.ids.handles),
            "hard_negative": d.hard_negative,
            "phone_forms": [dict(f) for _, f in forms],
        }
        records.append((doc, truth))
    return records


def generate(n: int, seed: int, *, hard: bool = False) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Yield ``n`` (document, truth) pairs in posting order; same arguments, same output.

    ``hard`` makes the networks hard to link (see ``HARD_EDITS``): the documents of the
    other categories are unchanged in kind, and the truth has the same fields.
    """
    yield from _records(n, seed, hard)


def truth_path_for(path: Path) -> Path:
    """``corpus.jsonl`` → ``corpus.truth.jsonl`` (same folder, same stem)."""
    path = Path(path)
    stem = path.stem if path.suffix == ".jsonl" else path.name
    return path.with_name(f"{stem}.truth.jsonl")


def write_corpus(path: Path, n: int, seed: int, *, hard: bool = False) -> Path:
    """Write ``n`` documents to ``path`` and their truth beside it; return the truth path."""
    path = Path(path)
    truth_path = truth_path_for(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with (
        path.open("w", encoding="utf-8", newline="\n") as docs,
        truth_path.open("w", encoding="utf-8", newline="\n") as truths,
    ):
        for doc, truth in generate(n, seed, hard=hard):
            docs.write(json.dumps(doc, ensure_ascii=False) + "\n")
            truths.write(json.dumps(truth, ensure_ascii=False) + "\n")
    return truth_path


def ads_of_length(n: int, seed: int, *, chars: int = 400) -> Iterator[dict[str, Any]]:
    """``n`` synthetic ads of about ``chars`` characters, for benchmarks that ask for that size.

    The demo documents average about 230 characters; each ad here joins consecutive
    documents (one per line) until it holds ``chars`` characters, then is cut at a
    word boundary near ``chars`` (never below three quarters of it). It keeps the
    first document's id, country, title, source and time. The documents come from
    ``generate(n * (chars // 100 + 1), seed)``, in order.
    """
    docs = (doc for doc, _truth in generate(n * (chars // 100 + 1), seed))
    for _ in range(n):
        first = next(docs)
        text = first["text"]
        while len(text) < chars:
            text += "\n" + next(docs)["text"]
        cut = text.rfind(" ", 0, chars)
        yield {**first, "text": text[: cut if cut > chars * 3 // 4 else chars]}


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m clew.demo.generator OUT.jsonl [-n N] [--seed S]``."""
    import argparse

    parser = argparse.ArgumentParser(description="Write a synthetic Clew demo corpus.")
    parser.add_argument("out", type=Path, help="FILE.jsonl (truth goes to FILE.truth.jsonl)")
    parser.add_argument("-n", type=int, default=1000, help="number of documents")
    parser.add_argument("--seed", type=int, default=7, help="random seed")
    parser.add_argument("--hard", action="store_true", help="networks that are hard to link (see HARD_EDITS)")
    args = parser.parse_args(argv)
    truth = write_corpus(args.out, args.n, args.seed, hard=args.hard)
    print(f"wrote {args.out} and {truth}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
