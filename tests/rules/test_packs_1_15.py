"""Packs 1.15: first-hand reports about one woman or one listing, and what still cancels them.

These texts are written for the tests (not taken from any held-out set). They pin what packs 1.15 added: a
client's or moderator's account of the man who brings her and takes the money or waits outside is sexual
exploitation, while a parent's school run or a courier is not; a child by her looks or school things beside a
third party who takes the money is both sexual and child exploitation, while a shop selling school bags is
not; one number behind many names or the same woman in many cities is a circuit, while one number for a chain
of shops is not; a moderator's report about one listing keeps its hit, while a court report of the same facts
is cancelled.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline


def rule_indicators(pipeline: Pipeline, text: str, lang: str) -> set[str]:
    """The rule-pack indicators behind the scores, without the learned model's hits."""
    return {ind for ind in indicators(pipeline, text, lang) if not ind.startswith("learned.")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Went there twice, the dude who brought her sat outside in a van and took the cash before I left", "en"),
        ("El tipo que la trajo cobró todo y se quedó afuera fumando", "es"),
        ("Le mec qui l'a amenée attendait en bas et a pris tout le fric", "fr"),
        ("Мужик, который её привёз, сидел в машине и забрал все деньги", "ru"),
        ("送她来的那个男的一直在楼下等着 把钱收走了", "zh"),
    ],
)
def test_the_man_who_brings_her_and_takes_the_money_is_sexual_exploitation(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "se.escorted_by_handler" in rule_indicators(pipeline, text, lang)
    assert "sexual_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Grandpa drops her off at ballet and waits in the car until six", "en"),
        ("Su padre la deja en el colegio y espera en el coche", "es"),
        ("The courier who brought her parcel took the cash on delivery", "en"),
    ],
)
def test_school_runs_and_deliveries_are_not_escorting(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "se.escorted_by_handler" not in rule_indicators(pipeline, text, lang)
    assert not flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("profile says 19 but she looked 14 at most, school bag by the bed, a man answers for her", "en"),
        ("dijo 18 pero aparentaba 15, uniforme escolar en la silla, el que la trajo se quedó con la plata", "es"),
        ("на вид лет 15, школьный рюкзак, деньги забрал мужик, который её привёз", "ru"),
    ],
)
def test_an_apparent_child_beside_a_third_party_is_sexual_and_child_exploitation(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    found = rule_indicators(pipeline, text, lang)
    assert {"se.apparent_minor_reported", "ce.apparent_minor_reported"} <= found
    assert {"sexual_exploitation", "child_exploitation"} <= flagged(pipeline, text, lang)


def test_a_shop_selling_school_bags_is_not_an_apparent_child(pipeline: Pipeline) -> None:
    text = "School bag for sale, looks like new, my husband takes the money on pickup"
    assert not {"se.apparent_minor_reported", "ce.apparent_minor_reported"} & rule_indicators(pipeline, text, "en")
    assert not flagged(pipeline, text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("heads up mods: the same number runs 25 ads under 7 different names", "en", True),
        ("la misma chica sale en cinco ciudades en una semana", "es", True),
        ("Same number for all our bakeries in three cities, call any time", "en", False),
    ],
)
def test_one_number_behind_many_names_or_cities_is_a_circuit(
    pipeline: Pipeline, text: str, lang: str, expected: bool
) -> None:
    assert ("se.one_listing_many_places" in rule_indicators(pipeline, text, lang)) is expected


def test_a_report_about_one_listing_keeps_its_hit_but_a_court_report_does_not(pipeline: Pipeline) -> None:
    report = "Mod report on the 'Ruby' listing: the guy who brought her took the money and waited outside"
    court = "The court sentenced a man who brought women to hotels, took the money and waited outside, to 9 years"
    assert "se.escorted_by_handler" in rule_indicators(pipeline, report, "en")
    assert "se.escorted_by_handler" not in rule_indicators(pipeline, court, "en")
