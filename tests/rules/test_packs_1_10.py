"""Packs 1.10: document-level decisions that single-indicator examples cannot show.

These texts are written for the tests (not taken from any held-out set). They pin what packs 1.10
added as mechanisms: people said to have no papers and priced per head are sold (migrants off a
boat or out of a warehouse), while livestock without papers is not; a person handed on with the
passport going with them is sold; a debt for the trip in a job that includes seeing sponsors or
clients is sexual, not labour, exploitation, and a hotline notice naming a travel debt is no
labour lead; children sent begging are child exploitation without a labour score; a passport held
by the family until the wedding is forced marriage.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Four fellows came in on the night boat, no papers at all, 1,500 each, collect them at the yard", "en"),
        ("Tenemos gente recién llegada, sin papeles, 800 dólares por cabeza, se recogen en la bodega", "es"),
        ("وصلنا جماعة من البحر ما عندهم أوراق، الراس بـ ٥٠٠ دينار، الاستلام من الحوش", "ar"),
        ("มีคนข้ามแดนมาใหม่ ไม่มีเอกสาร หัวละสองหมื่นห้า รับตัวที่โกดัง", "th"),
    ],
)
def test_people_without_papers_priced_per_head_are_sold(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "sale_of_persons" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Selling young goats, no papers, 90 each, pick up at the farm", "en"),
        ("Vendo ganado sin papeles, 700 dólares por cabeza", "es"),
    ],
)
def test_livestock_without_papers_is_not_a_sale_of_persons(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "sale_of_persons" not in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nanny for transfer, 3 years left on her visa, hard worker, 7,000 including her passport", "en"),
        ("Passo a moça que trabalha na casa, muito quieta, passaporte incluso, valor a combinar", "pt"),
        ("我们这边的员工转给你们公司，一个两万，护照跟人一起走", "zh"),
    ],
)
def test_a_person_handed_on_with_the_passport_is_sold(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "sale_of_persons" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Hostesses wanted for a boat show abroad, flight advanced and taken off your pay, "
            "evenings you join sponsors in the hotel suite",
            "en",
        ),
        ("Buscamos chicas para acompañar a empresarios en un yate, el pasaje se descuenta del pago", "es"),
    ],
)
def test_a_travel_debt_in_a_job_with_sponsors_or_clients_is_not_labour(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "le.debt_bondage" not in indicators(pipeline, text, lang)


def test_a_hotline_naming_a_travel_debt_is_no_labour_lead(pipeline: Pipeline) -> None:
    text = (
        "Если вас заставляют отработать долг за дорогу, это незаконно. "
        "Звоните на горячую линию 555-0144, бесплатно и анонимно."
    )
    assert "labour_exploitation" not in flagged(pipeline, text, "ru")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The gang master drives the small kids to beg at the station, each must bring 300 or no dinner", "en"),
        ("Los niños piden limosna en los semáforos desde las 6, el patrón se queda con todo", "es"),
    ],
)
def test_children_sent_begging_are_not_scored_as_labour(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.child_labour_handed_over" not in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Your passport stays with your uncle until the wedding, you are not flying back", "en"),
        ("Pașaportul tău rămâne la unchiul până la nuntă, nu te mai întorci", "ro"),
        ("جوازك عند خالك لحد العرس، انسي الرجعة", "ar"),
    ],
)
def test_a_passport_held_until_the_wedding_is_forced_marriage(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "fm.bride_documents_held" in indicators(pipeline, text, lang)


def test_bringing_a_passport_to_the_registry_before_the_wedding_is_no_lead(pipeline: Pipeline) -> None:
    text = "Please bring your passport to the registry office two weeks before the wedding"
    assert "forced_marriage" not in flagged(pipeline, text, "en")
