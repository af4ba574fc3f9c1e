"""Packs 1.4: evidence is read for the right typologies.

These texts are written for the tests (not taken from any held-out set). They pin the
cross-typology decisions of packs 1.4, which single-indicator examples cannot show: a
night-economy recruitment with a debt is a sexual-exploitation lead and no longer a labour
one; the same debt in an ordinary job ad still is a labour lead; a minor offered as a
"first time" is read for both sexual and child exploitation; people handed on with their
debt are a sale of persons.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged

from clew.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bailarinas para un club en Panamá, te adelantamos el vuelo y lo devuelves trabajando", "es"),
        ("Хостес в клуб в Бахрейн, дорога в счёт заработка, жильё от клуба", "ru"),
    ],
)
def test_nightlife_recruitment_with_a_debt_is_sexual_not_labour(pipeline: Pipeline, text: str, lang: str) -> None:
    found = flagged(pipeline, text, lang)
    assert "sexual_exploitation" in found
    assert "labour_exploitation" not in found


def test_the_same_debt_in_an_ordinary_job_ad_stays_a_labour_lead(pipeline: Pipeline) -> None:
    found = flagged(
        pipeline,
        "Builders for Qatar, the flight is deducted from your first salary, the company keeps your passport",
        "en",
    )
    assert "labour_exploitation" in found
    assert "sexual_exploitation" not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Collégienne toute neuve, vierge, son cousin l'amène, paiement au chauffeur", "fr"),
        ("初二女生 第一次 司机送上门", "zh"),
    ],
)
def test_a_minor_offered_as_a_first_time_is_read_for_both_typologies(pipeline: Pipeline, text: str, lang: str) -> None:
    assert {"sexual_exploitation", "child_exploitation"} <= flagged(pipeline, text, lang)


def test_tutoring_with_first_lesson_wording_is_not_flagged(pipeline: Pipeline) -> None:
    text = "Cours de soutien pour collégiennes, première fois offerte, parents bienvenus"
    assert flagged(pipeline, text, "fr") == set()


def test_people_handed_on_with_their_debt_are_a_sale_of_persons(pipeline: Pipeline) -> None:
    assert "sale_of_persons" in flagged(pipeline, "Je cède deux filles avec leurs dettes, sérieux seulement", "fr")
    assert flagged(pipeline, "Je cède fonds de commerce avec ses dettes fournisseurs", "fr") == set()
