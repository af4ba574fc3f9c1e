"""Packs 1.5: the cross-typology decisions that single-indicator examples cannot show.

These texts are written for the tests (not taken from any held-out set). They pin what
packs 1.5 added as mechanisms: debt, papers or confinement inside a commercial-sex
setting are a sexual-exploitation lead, not a labour one; children worked for an adult's profit are both
a labour and a child-exploitation lead, while an appeal to give to charities is neither;
a minor described in words whose price someone else sets is read for both sexual and
child exploitation; a marriage with her phone taken is a forced marriage while a wedding
offer is nothing; vulnerable people bought and sold are a sale of persons, while a meal
for them is nothing.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged

from clew.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Private spa, full service 24h, the new ladies still owe the madam for their tickets", "en"),
        ("Maison close en périphérie, les nouvelles ont une dette envers la patronne", "fr"),
        ("全套服务，新来的妹子还欠着老板的路费", "zh"),
    ],
)
def test_debt_inside_a_commercial_sex_setting_is_a_sexual_exploitation_lead(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    found = flagged(pipeline, text, lang)
    assert "sexual_exploitation" in found
    assert "labour_exploitation" not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Channel with new girls every week, you pay the admin only, never the girl herself", "en"),
        ("Каждую неделю новые девушки, оплата только админу", "ru"),
    ],
)
def test_women_offered_while_the_admin_takes_the_money(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "sexual_exploitation" in flagged(pipeline, text, lang)


def test_a_shop_that_takes_payment_through_an_admin_is_not_a_lead(pipeline: Pipeline) -> None:
    assert flagged(pipeline, "Football tickets channel, pay the admin by card, delivery in two days", "en") == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Boys 12 to 14 wanted for the brick kiln, no school needed, the money goes to their father", "en"),
        ("Niños de 11 a 13 para la ladrillera, sin escuela, el pago se le da al papá", "es"),
    ],
)
def test_children_worked_for_an_adult_are_labour_and_child_leads(pipeline: Pipeline, text: str, lang: str) -> None:
    found = flagged(pipeline, text, lang)
    assert {"labour_exploitation", "child_exploitation"} <= found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Please give to registered charities instead of to children begging at the lights", "en"),
        ("不要直接给街头乞讨的儿童钱，请联系救助站", "zh"),
    ],
)
def test_an_appeal_about_begging_children_is_not_a_lead(pipeline: Pipeline, text: str, lang: str) -> None:
    assert flagged(pipeline, text, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("New girl, not 18 yet but looks older, her brother sets the price, text only", "en"),
        ("Nouvelle, elle a pas encore 18 ans, son cousin fixe le prix, contact en privé", "fr"),
    ],
)
def test_a_minor_in_words_priced_by_someone_else_is_sexual_and_child(pipeline: Pipeline, text: str, lang: str) -> None:
    assert {"sexual_exploitation", "child_exploitation"} <= flagged(pipeline, text, lang)


def test_a_marriage_with_her_phone_taken_is_forced(pipeline: Pipeline) -> None:
    found = flagged(pipeline, "My uncle wants to marry me to his business partner and they took my phone", "en")
    assert "forced_marriage" in found


def test_a_wedding_offer_is_not_a_lead(pipeline: Pipeline) -> None:
    assert (
        flagged(pipeline, "Wedding packages by the sea: photographer, flowers and dinner for 80 guests", "en") == set()
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Selling three homeless men to a quarry owner, cash only", "en", True),
        ("Продам двух бездомных на стройку, забирайте сегодня", "ru", True),
        ("Free hot meals for homeless people every Sunday at the church hall", "en", False),
    ],
)
def test_vulnerable_people_bought_and_sold(pipeline: Pipeline, text: str, lang: str, expected: bool) -> None:
    assert ("sale_of_persons" in flagged(pipeline, text, lang)) is expected
