"""A person's stated age, only where the text says it is an age.

A number from 10 to 99 counts as an age when one of these is written next to it:

* an age word after it: "19yo", "19 y/o", "22 years old", "20 años", "20 ans",
  "19 лет", "19岁", "19 tuổi", "19 tahun", "อายุ 19 ปี", …;
* an age label before it: "age: 22", "aged 19", "edad 20", "возраст 19", "عمري 19",
  "umur 19", "อายุ 19", "年龄19", …;
* a first-person phrase before it, with the sentence going on after it: "I'm 19 and
  new in town", "tengo 20", "j'ai 20", "мне 19";
* a name before it in a profile line: "Mia, 22 💕", "Lily (19)".

Numbers written as words ("eighteen years young", "veinte años", "vingt ans",
"dezoito anos", "двадцать лет") count with an age word after them.

Not ages: heights (5'6", 170cm), weights, measurements (34-24-36), times (19:00),
"24/7", prices, years (2019), age ranges and limits ("18-25 years", "over 18"),
durations ("20 years of experience", "hace 20 años").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from clew.identifiers.base import Example, FieldContext, IdentifierType
from clew.model import Entity

# Lookbehinds sit after the first digit so that the scan can skip ahead to digits quickly.
_NUMBER = re.compile(r"(?P<n>\d(?<![\d.,/$€£¥#№+'’]\d)(?<!\d:\d)\d)(?!\d|[.,:/'’\"″%]\d|['’\"″%+])")

_AGE_UNIT = (
    r"(?:y/o|y\.o\.?|yo\b|yrs?\.?\s?old|years?[\s-]old|years?\s(?:young|of\sage)|-years?-old|yrs\b|yr\b"
    r"|años|anos|añitos|aninhos|ans\b|anni\b|jahre\b|j\.\s?alt|(?:de\s)?ani\b|лет\b|года?\b|год\b|рок(?:и|ів)\b|років"
    r"|سنة|سنه|عام|عاما|عامًا|tahun|thn\b|tuổi|ปี|岁|歲|歳|才|yaşında|yaş\b|lat\b|jaar\b|éves|ετών|χρονών"
    r"|taong gulang|anyos|anos de idade)"
)
_RIGHT_UNIT = re.compile(r"\s?" + _AGE_UNIT)
_NOT_AGE_AFTER_UNIT = re.compile(
    r"\s*(?:of\s|de\s|d['’]\s?|в\s)?\s*(?:exp|experien|expérien|experiên|опыт|стаж|kinh nghiệm|pengalaman|"
    r"经验|經驗|خبرة|ago\b|назад|atrás|atras|depuis|in business|de casad|de servicio|de trabajo|contract|"
    r"warranty|garant)"
)
_LEFT_STRONG = re.compile(
    r"(?:(?<!\w)(?:age|aged|edad|âge|idade|возраст|вік|alter|età|eta|vârsta|varsta|vîrsta|umur|usia|yaş|yas"
    r"|leeftijd|wiek|edat|ηλικία)|عمري|العمر|عمر|سني|อายุ|年龄|年齡|年纪|年紀|나이)"
    r"\s?(?:is|es|est|é|:|：|=|-|–)?\s?(?:just|only|solo|seulement|apenas|всего|только)?\s?$"
)
_LEFT_WEAK = re.compile(
    r"(?<!\w)(?:i['’]m|i am|iam|she['’]s|she is|just turned|turned|turning|tengo|cumplí|j['’]ai|tenho|мне|мені"
    r"|ich bin|sono|aku|saya|tôi|em|ako ay)"
    r"\s(?:only|just|solo|sólo|seulement|apenas|всего|только|hanya|baru)?\s?$"
)
_LEFT_REJECT = re.compile(
    r"(?<!\w)(?:hace|il y a|há|ha|desde|for|since|in|within|after|over|under|above|below|plus de|más de|mais de"
    r"|более|больше|старше|младше|почти|около|about|around|approx|between|entre|from|від|от|до|de|des|dès|from"
    r"|ages|min|minimum|max|maximum|least|mayores de|menores de|upto|up to|até)\s?$"
)
_RANGE_AFTER = re.compile(r"\s?(?:-|–|—|~|to|a|à|á|até|hasta|до|по|sampai|hingga|đến|到|至|/)\s?\d")
_RANGE_BEFORE = re.compile(r"\d\s?(?:-|–|—|~|to|a|à|á|até|hasta|до|sampai|hingga|đến|到|至|/)\s?$")
_NON_AGE_UNIT = re.compile(
    r"\s?(?:cm|mm|m\b|km|kg|g\b|lb|lbs|pounds|kilos?|in\b|inch|ft|feet|min|mins|minutes?|hrs?\b|hours?|h\b|"
    r"sec|mi\b|miles|%|\$|€|£|usd|eur|roses|dollars|k\b|x\b|pcs|photos?|pics?|fotos?|people|girls|guys|men|"
    r"women|chicas|filles|девуш|mil\b|мин|час|см|кг)"
)
_SENTENCE_GOES_ON = re.compile(
    r"\s?(?:$|[,.;!?)…|~💕❤♥✨🔥💋😘🌹😊😉🥰💖💗-]|(?:and|y|et|e|und|и|dan|và|but|from|new|in|years?|yrs)\b)"
)
_NAME_BEFORE = re.compile(r"(?:^|[^\w])(?P<name>[^\W\d_]{2,20})(?:,\s?|\s?\()$")
_NAME_STOP_TEXT = """
    age ages size room suite apt unit no nr page day days week weeks hour hours street st ave rd route chapter floor
    level gate zone district area code box pack only just about over under ages top vol part step jan feb mar apr
    may jun jul aug sep sept oct nov dec january february march april june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday call text tel ph phone rate rates price prices
    from to and or the at in on for with hh hr min usd eur cad aud
"""
_NAME_STOP = frozenset(_NAME_STOP_TEXT.split())

# Number words (10 to 99 where the language is regular enough) followed by an age word.
_EN_UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
             "nineteen")  # fmt: skip
_EN_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ES_TEENS = ("diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
             "diecinueve")  # fmt: skip
_ES_TWENTIES = ("veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
                "veintisiete", "veintiocho", "veintinueve")  # fmt: skip
_ES_UNITS = ("", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
_ES_TENS = ("treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")
_FR_TEENS = ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf")
_FR_UNITS = ("", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
_FR_TENS = ("vingt", "trente", "quarante", "cinquante", "soixante")
_PT_TEENS = ("dez", "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove")
_PT_UNITS = ("", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove")
_PT_TENS = ("vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa")
_RU_TEENS = ("десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
             "семнадцать", "восемнадцать", "девятнадцать")  # fmt: skip
_RU_UNITS = ("", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_RU_TENS = ("двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто")
_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_WORD_UNIT = re.compile(r"(?:years?[\s-]old|years?\syoung|yrs?\sold|y/o|yo\b|años|anos|ans\b|лет\b|года?\b|год\b)")


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    words: dict[str, int] = {}

    def add(phrase: str, value: int) -> None:
        words[phrase] = value
        words[phrase.replace("-", " ")] = value
        words[phrase.replace("é", "e").replace("ê", "e").replace("ó", "o")] = value

    def tens(
        teens: tuple[str, ...], tens_: tuple[str, ...], units: tuple[str, ...], joins: tuple[str, ...], first: int = 20
    ) -> None:
        for i, word in enumerate(teens):
            add(word, 10 + i)
        for t, ten in enumerate(tens_):
            base = first + 10 * t
            add(ten, base)
            for u in range(1, 10):
                for join in joins:
                    add(f"{ten}{join}{units[u]}", base + u)

    tens(_EN_TEENS, _EN_TENS, _EN_UNITS, (" ", "-", ""))
    tens(_ES_TEENS, _ES_TENS, _ES_UNITS, (" y ",), first=30)
    for i, word in enumerate(_ES_TWENTIES):
        add(word, 20 + i)
    add("veintiún", 21)
    tens(_FR_TEENS, _FR_TENS, _FR_UNITS, ("-",))
    for ten, base in zip(_FR_TENS, (20, 30, 40, 50, 60), strict=True):
        add(f"{ten} et un", base + 1)
        add(f"{ten}-et-un", base + 1)
        words.pop(f"{ten}-un", None)
        words.pop(f"{ten} un", None)
    tens(_PT_TEENS, _PT_TENS, _PT_UNITS, (" e ",))
    for ten, base in zip(_PT_TENS, range(20, 100, 10), strict=True):
        add(f"{ten} e uma", base + 1)
        add(f"{ten} e duas", base + 2)
    tens(_RU_TEENS, _RU_TENS, _RU_UNITS, (" ",))
    return words


def _word_age(text: str, unit_start: int) -> tuple[int, int, int] | None:
    """(start, end, value) of a number written in words that ends just before ``unit_start``."""
    words = _number_words()
    offset = max(0, unit_start - 40)
    head = text[offset:unit_start].rstrip()
    tokens = list(_WORD_TOKEN.finditer(head))
    if not tokens or tokens[-1].end() != len(head):
        return None
    for size in (4, 3, 2, 1):
        if len(tokens) < size:
            continue
        first = tokens[-size]
        if size == len(tokens) and offset > 0:
            continue  # the phrase may go on before the window
        value = words.get(head[first.start() :])
        if value is not None:
            if first.start() > 0 and head[first.start() - 1].isalnum():
                return None
            return offset + first.start(), offset + len(head), value
    return None


class Age(IdentifierType):
    name = "age"
    description = (
        "A person's stated age (10 to 99), only with an age context: an age word or label, a "
        "first-person phrase, or a name in a profile line; never heights, weights, times or prices."
    )
    canonical = "the age as a decimal string, e.g. 19"
    links = False
    examples = (
        Example("Hi gentlemen, I'm 19 and new in town", ("19",)),
        Example("Mia, 22 💕 Vancouver — 5'6\", 120lbs, 34-24-36", ("22",)),
        Example("Edad: 20 años. Soy nueva en la ciudad", ("20",)),
        Example("Мне 19 лет, я новенькая", ("19",)),
        Example("新来的妹妹19岁，身材好", ("19",)),
        Example("عمري ١٩ سنة", ("19",), note="Arabic-Indic digits"),
        Example("eighteen years young and sweet", ("18",)),
        Example("Em 20 tuổi, umur 21 tahun, j'ai vingt-deux ans", ("20", "21", "22")),
        Example("5'6\", 170cm, 55kg, 34-24-36, open 24/7, 19:00-23:00", (), note="body measures and times"),
        Example("$150/hr, since 2019, 20 years of experience", (), note="prices, years and durations"),
        Example("Girls 18-25 years old, 18+ only, over 21", (), note="ranges and limits are not a stated age"),
    )

    def extract(self, ctx: FieldContext) -> Iterator[Entity]:
        text = ctx.text.text
        seen: set[int] = set()
        for m in _NUMBER.finditer(text):
            start, end = m.span("n")
            value = int(m.group("n"))
            if value < 10 or not self._is_age(ctx, text, start, end, value):
                continue
            seen.add(start)
            yield self.entity(ctx, str(value), start, end)
        for u in _WORD_UNIT.finditer(text):
            if u.start() == 0 or text[u.start() - 1].isalnum():
                continue
            found = _word_age(text, u.start())
            if found is None or found[0] in seen:
                continue
            start, stop, value = found
            if _NOT_AGE_AFTER_UNIT.match(text, u.end()) or _LEFT_REJECT.search(text[max(0, start - 20) : start]):
                continue
            if 10 <= value <= 99:
                yield self.entity(ctx, str(value), start, stop)

    @staticmethod
    def _is_age(ctx: FieldContext, text: str, start: int, end: int, value: int) -> bool:
        left = text[max(0, start - 30) : start]
        if _RANGE_BEFORE.search(left) or _RANGE_AFTER.match(text, end):
            return False
        unit = _RIGHT_UNIT.match(text, end)
        if unit is not None:
            if _NOT_AGE_AFTER_UNIT.match(text, unit.end()):
                return False
            return not _LEFT_REJECT.search(left)
        if _NON_AGE_UNIT.match(text, end):
            return False
        if _LEFT_STRONG.search(left):
            return True
        if _LEFT_WEAK.search(left) and _SENTENCE_GOES_ON.match(text, end):
            return True
        name = _NAME_BEFORE.search(left)
        if name is None or not 16 <= value <= 69 or name.group("name") in _NAME_STOP:
            return False
        if left.endswith("(") or left.endswith("( "):
            if not text.startswith(")", end):
                return False
        elif not _SENTENCE_GOES_ON.match(text, end):
            return False
        written = ctx.text.original_at(start - len(left) + name.start("name"), start - len(left) + name.end("name"))
        return written[:1].isupper()
