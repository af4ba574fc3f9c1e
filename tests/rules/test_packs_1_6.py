"""Packs 1.6: the cross-typology decisions that single-indicator examples cannot show.

These texts are written for the tests (not taken from any held-out set). They pin what
packs 1.6 added as mechanisms: a kidney broker who holds an ID or claims a debt is an
organ lead, not a labour one; hostess, model and webcam jobs that end with "accompany VIP
clients" are a sexual-exploitation lead, not a labour one; recruiters that say the worker
keeps the passport or the employer pays the fee are not leads at all; children streamed
to vetted buyers or asked for swimsuit pictures, and a child who gives an age under 18
and is offered money for pictures, are read for both sexual and child exploitation,
while a children's show or a swimwear shop is nothing; a bride sold with a promise to
replace her is a sale of persons while a dress exchange is nothing; a bride whose wishes
are dismissed is a forced marriage; a ransom to free a relative from a scam compound is
a labour lead; a threat to send a child's images to her class unless she pays is a
child-exploitation lead, while a school photo order is not.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The broker promised $15,000 for my kidney, took my passport after the tests "
            "and now says I owe him for the clinic",
            "en",
        ),
        (
            "El intermediario me ofreció 12 mil dólares por el riñón, se quedó con mi pasaporte "
            "y ahora dice que le debo los estudios",
            "es",
        ),
        ("中介说卖肾给十五万 体检后把我护照收走了", "zh"),
    ],
)
def test_a_kidney_broker_holding_papers_is_an_organ_lead_not_labour(pipeline: Pipeline, text: str, lang: str) -> None:
    found = flagged(pipeline, text, lang)
    assert "organ_trafficking" in found
    assert "labour_exploitation" not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Girls 18-24 wanted for events in Doha, bikini photos required, flights covered then deducted, "
            "accompany VIP clients after the party",
            "en",
        ),
        (
            "Recrutamos moças para eventos no exterior, boa aparência, passagem adiantada e descontada, "
            "acompanhar clientes VIP",
            "pt",
        ),
        ("Ищем девушек в вебкам студию, проживание в студии, пока не отработаешь подъёмные", "ru"),
    ],
)
def test_hostess_and_webcam_jobs_with_a_travel_debt_are_sexual_not_labour(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    found = flagged(pipeline, text, lang)
    assert "sexual_exploitation" in found
    assert "labour_exploitation" not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Seasonal harvest in Spain, contract before travel, the passport stays with the worker, "
            "no recruitment fees",
            "en",
        ),
        ("Sezon în Olanda, contract semnat, actele rămân la lucrător, fără taxe", "ro"),
        ("日本护理签证 企业承担中介费 护照本人保管", "zh"),
        ("سجل كمتبرع بالأعضاء، التبرع مجاني ولا يجوز بيع الأعضاء", "ar"),
    ],
)
def test_lawful_recruitment_and_donor_notices_are_not_leads(pipeline: Pipeline, text: str, lang: str) -> None:
    assert flagged(pipeline, text, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Private live shows with girls aged 11-13, verified members only, USDT", "en"),
        ("Casting niñas 6-10 años para catálogo, mandar fotos en traje de baño por privado", "es"),
        ("how old r u? 13? ur so mature, send me a selfie and i'll get u robux", "en"),
        ("сколько тебе? 14? пришли фотку, подарю скины", "ru"),
    ],
)
def test_children_on_camera_or_paid_for_pictures_are_sexual_and_child_leads(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    found = flagged(pipeline, text, lang)
    assert {"sexual_exploitation", "child_exploitation"} <= found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Puppet show for kids aged 4-8, live this Sunday, tickets at the library", "en"),
        ("Maillots de bain enfants 6-10 ans, photos en maillot sur la boutique, tailles disponibles", "fr"),
        ("how old are you? 14? nice, which football team do you play for", "en"),
    ],
)
def test_childrens_shows_shops_and_plain_age_questions_are_not_leads(pipeline: Pipeline, text: str, lang: str) -> None:
    assert flagged(pipeline, text, lang) == set()


def test_a_bride_sold_with_a_replacement_promise_is_a_sale_of_persons(pipeline: Pipeline) -> None:
    text = "Foreign brides, full package with visa, if she runs away in the first year we replace her free"
    assert "sp.bride_replacement_guarantee" in indicators(pipeline, text, "en")
    assert "sale_of_persons" in flagged(pipeline, text, "en")


def test_a_wedding_dress_exchange_is_not_a_sale(pipeline: Pipeline) -> None:
    text = "Bridal gown rental: free replacement if the size is wrong"
    assert "sp.bride_replacement_guarantee" not in indicators(pipeline, text, "en")
    assert flagged(pipeline, text, "en") == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Buscamos esposa joven para mi hermano, pagamos a la familia, no importa si ella no quiere", "es"),
        ("找媳妇 给女方家彩礼 她愿不愿意不重要", "zh"),
    ],
)
def test_a_bride_whose_wishes_are_dismissed_is_a_forced_marriage(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "forced_marriage" in flagged(pipeline, text, lang)


def test_a_ransom_to_free_a_relative_from_a_scam_compound_is_a_labour_lead(pipeline: Pipeline) -> None:
    text = "My brother took a customer service job in Cambodia, now they beat him and want a ransom to release him"
    assert "le.scam_compound_jobs" in indicators(pipeline, text, "en")


def test_an_escort_whose_handler_speaks_for_her_is_a_sexual_lead(pipeline: Pipeline) -> None:
    text = "She does not speak English, I handle the money and the time, send me the hotel"
    assert "se.paid_through_handler" in indicators(pipeline, text, "en")
    assert "se.paid_through_handler" not in indicators(
        pipeline, "My aunt doesn't speak English, I handle the money for her rent", "en"
    )


def test_sextortion_of_a_child_is_a_child_lead_but_a_school_photo_order_is_not(pipeline: Pipeline) -> None:
    threat = "got ur vids. send $200 in gift cards tonight or ur whole class gets them"
    assert "child_exploitation" in flagged(pipeline, threat, "en")
    order = "Your class photos are ready: pay $15 at the front desk, we will email your parents the link"
    assert "ce.sextortion_of_a_child" not in indicators(pipeline, order, "en")
