"""Session 24: a court, registry or agency the text says is left out is the sign, not a lawful context.

Indicators list courts, registries and the police in their ``unless`` phrases so that news and lawful
adoptions or marriages do not fire. A baby offered 'for adoption, no court process needed' or a 14-year-old
married 'without registration at the court' names the same body as bypassed: the engine reads a
@bypassed_marker word just before a @bypassed_body phrase and lets the phrase cancel nothing. Other unless
phrases after such a word ('no fees charged') keep cancelling. Texts are written for these tests, not taken
from any held-out set.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged

from clew.pipeline import Pipeline
from clew.rules.matcher import _bypass
from clew.text import normalize

BYPASSED_AND_NAMED = [
    # (lang, text with the body bypassed, the same text with the body taking part)
    (
        "en",
        "Baby girl, 3 weeks, for adoption, mum can't keep her. Token of 3,000 dollars, no court process needed",
        "Baby girl, 3 weeks, for adoption, mum can't keep her. Token of 3,000 dollars, the court process is needed",
    ),
    (
        "es",
        "Entrego bebé recién nacido a pareja que pague los gastos del parto, 2.000 euros, sin juzgado ni papeles",
        "Entrego bebé recién nacido a pareja que pague los gastos del parto, 2.000 euros, todo por el juzgado",
    ),
    (
        "ar",
        "البنت عمرها ١٤ وأبوها قبض المهر، العقد عند الشيخ بدون توثيق في المحكمة",
        "البنت عمرها ١٤ وأبوها قبض المهر، العقد عند الشيخ والقاضي في المحكمة رفض",
    ),
]


@pytest.mark.parametrize(("lang", "bypassed", "named"), BYPASSED_AND_NAMED)
def test_a_bypassed_court_is_the_sign_and_a_named_court_still_cancels(
    pipeline: Pipeline, lang: str, bypassed: str, named: str
) -> None:
    assert "child_exploitation" in flagged(pipeline, bypassed, lang)
    assert flagged(pipeline, named, lang) == set()


@pytest.mark.parametrize(
    ("text", "bypassed"),
    [
        ("no court process", "court"),
        ("pas besoin de passer par le tribunal", "tribunal"),
        ("без суда и без опеки", "суда"),
        ("不用去法院", "法院"),
        ("بدون تسجيل بالمحكمة", "المحكمة"),
        ("tanpa pengadilan", "pengadilan"),
        ("no fees charged", ""),
        ("the girls were not found by police", ""),
        ("police said the court", ""),
        ("the court said no", ""),
    ],
)
def test_the_marker_must_come_just_before_a_body(text: str, bypassed: str) -> None:
    bypass = _bypass()
    assert bypass is not None
    view = normalize(text).text
    found = {i for i in range(len(view)) if bypass.applies(view, i)}
    if bypassed:
        assert view.index(normalize(bypassed).text) in found
    else:
        assert not found


def test_lawful_offers_that_say_what_they_do_not_charge_stay_unflagged(pipeline: Pipeline) -> None:
    text = "Agency jobs abroad, no fees charged to workers, we never keep passports, contract signed before travel"
    assert flagged(pipeline, text, "en") == set()
