"""Document features that rule packs can name (``feature: plural_voice``).

A feature looks at the whole normalised text and returns the spans that show it
(normalised offsets; the matcher maps them to the original), or nothing. Features
are code because they count and compare rather than match words; which features
exist is part of the rule-pack format (``clew.rules.model.FEATURE_NAMES``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Span = tuple[int, int]


def _words(*words: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


# The advertiser speaks as a group ("we have girls", "our ladies"), a sign of a
# manager writing for several people (indicators.md SX-15, status U).
_PLURAL = _words(
    "we",
    "our",
    "us",
    "we're",
    "we've",  # en
    "tenemos",
    "nuestras",
    "nuestros",
    "nosotros",
    "contamos",  # es
    "nous",
    "nos",
    "notre",
    "nos filles",  # fr
    "temos",
    "nossas",
    "nossos",
    "nós",  # pt
    "мы",
    "наши",
    "нашим",
    "у нас",  # ru
    "我们",
    "本店",  # zh
)
_SINGULAR = _words(
    "i",
    "i'm",
    "i am",
    "me",
    "my",
    "myself",
    "yo",
    "soy",
    "mi",
    "me llamo",
    "je",
    "moi",
    "mon",
    "ma",
    "j'ai",
    "je suis",
    "eu",
    "sou",
    "meu",
    "minha",
    "я",
    "меня",
    "мой",
    "моя",
    "我",
)
# The ad speaks about the person advertised in the third person ("she is new").
_THIRD = _words("she", "she's", "her", "ella", "elle", "ela", "она", "её", "ее", "她")
# A price tied to a unit of time ("$200/hr", "150 roses per hour", "300€ la nuit").
_PRICE_TIME = re.compile(
    r"(?:[$€£¥₽]\s?\d{2,5}|\d{2,5}\s?(?:\$|€|£|usd|eur|roses?|🌹|dollars?|euros?))"
    r"\s?(?:/|per|a|an|la|el|par|por|за)?\s?"
    r"(?:hr|hrs|hour|hours|h|hh|half hour|30 ?min|night|nuit|noche|hora|heure|час|ночь)(?!\w)"
)


def plural_voice(text: str) -> list[Span]:
    plural = [m.span() for m in _PLURAL.finditer(text)]
    singular = sum(1 for _ in _SINGULAR.finditer(text))
    return plural if len(plural) >= 2 and len(plural) > singular else []


def third_person_voice(text: str) -> list[Span]:
    third = [m.span() for m in _THIRD.finditer(text)]
    singular = sum(1 for _ in _SINGULAR.finditer(text))
    return third if len(third) >= 2 and singular == 0 else []


def price_per_time(text: str) -> list[Span]:
    return [m.span() for m in _PRICE_TIME.finditer(text)]


FEATURES: dict[str, Callable[[str], list[Span]]] = {
    "plural_voice": plural_voice,
    "third_person_voice": third_person_voice,
    "price_per_time": price_per_time,
}
