"""Packs 1.9: document-level decisions that single-indicator examples cannot show.

These texts are written for the tests (not taken from any held-out set). They pin what packs 1.9
added as mechanisms: a passport or ID held in any commercial-sex setting (bar fines, roadside clubs,
massage parlours) is a sexual-exploitation lead and not a labour one; a woman kept at home before a
marriage is forced marriage and not labour; lawful offers and rights notices that name the red
flags they avoid are no lead; a crew handed on with its debts is bonded labour as well as a sale; a
woman given to end a feud is forced marriage; a baby whose birth is registered to the buyer is sold;
a servant inherited or traded for camels is sold; the broker's kinship pretence and a seller
underpaid after the operation are organ trafficking; an ad answered only by a manager is
third-party control; children in quarries or mica work whose pay goes to a parent are child
exploitation.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Singers wanted for a club by the harbour, lady drinks quota every night and bar fines, "
            "we hold your ID card",
            "en",
        ),
        (
            "Buscamos chicas para club de carretera, el dueño guarda los pasaportes, habitación y comida se descuentan",
            "es",
        ),
        ("Массажный салон, паспорт у хозяина, долг за дорогу отрабатываешь, выходить нельзя", "ru"),
    ],
)
def test_papers_held_in_a_commercial_sex_setting_are_sexual_not_labour(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "sexual_exploitation" in flagged(pipeline, text, lang)
    assert "le.document_retention" not in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mis padres me van a casar con un primo, me quitaron el celular y no me dejan salir", "es"),
        ("Родители решили выдать меня за соседа, телефон забрали, из дома не выпускают", "ru"),
    ],
)
def test_a_woman_kept_at_home_before_a_marriage_is_forced_marriage_not_labour(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    verdict = flagged(pipeline, text, lang)
    assert "forced_marriage" in verdict
    assert "labour_exploitation" not in verdict


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Warehouse pickers wanted, weekly pay by bank transfer, no fees, you keep all your documents", "en"),
        ("Вахта на склад: зарплата на карту, никаких залогов и удержания документов", "ru"),
        ("مطلوب سائقين لشركة نقل، التذاكر والتأشيرة على الشركة بالكامل، بدون أي خصم من الراتب", "ar"),
        ("反诈提醒：所谓包机票的海外高薪工作多为诈骗，切勿前往", "zh"),
    ],
)
def test_lawful_offers_and_warnings_that_name_red_flags_are_no_lead(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "labour_exploitation" not in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Passo a turma de peões pra outra fazenda, cada um com a dívida dele, 400 por cabeça", "pt"),
        ("Передаю бригаду рабочих, долги их на мне, 20 тысяч за голову", "ru"),
    ],
)
def test_a_crew_handed_on_with_its_debts_is_bonded_labour_and_a_sale(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.debt_bondage" in indicators(pipeline, text, lang)
    assert {"labour_exploitation", "sale_of_persons"} <= flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The elders decided she will be married into the other clan to end the feud over the killing", "en"),
        ("قرروا يزوجوها لابن العشيرة الثانية فصلية حتى تنتهي المشكلة", "ar"),
    ],
)
def test_a_woman_given_to_end_a_feud_is_forced_marriage(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "forced_marriage" in flagged(pipeline, text, lang)


def test_a_feud_settled_without_a_marriage_is_nothing(pipeline: Pipeline) -> None:
    text = "The elders met to end the feud over the grazing land and both families agreed on compensation"
    assert flagged(pipeline, text, "en") == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Recién nacida disponible para familia seria, acta de nacimiento a tu nombre, solo gastos", "es"),
        ("Новорождённая девочка, оформим на вашу фамилию, вознаграждение матери", "ru"),
        ("Ada bayi perempuan baru lahir, akte atas nama orang tua baru, ganti biaya saja", "id"),
    ],
)
def test_a_baby_registered_to_the_buyer_is_a_sale(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "sp.baby_sale" in indicators(pipeline, text, lang)
    assert "sale_of_persons" in flagged(pipeline, text, lang)


def test_registering_ones_own_baby_is_nothing(pipeline: Pipeline) -> None:
    text = "Our newborn daughter is home! We registered her birth at the town hall this morning"
    assert flagged(pipeline, text, "en") == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We still have servants inherited from my grandfather, take the boy for a camel", "en"),
        ("Elle a reçu une domestique en cadeau de mariage, ses enfants appartiennent à la maison", "fr"),
    ],
)
def test_descent_based_servitude_is_a_sale_of_persons(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "sp.captive_exchange" in indicators(pipeline, text, lang)
    assert "sale_of_persons" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Good money for a kidney, we tell the hospital you are my cousin, nobody checks", "en"),
        ("Cần người hiến thận có trả tiền, không cần là người thân, bệnh viện lo hết", "vi"),
    ],
)
def test_the_brokers_kinship_pretence_is_organ_trafficking(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ot.fake_relative_papers" in indicators(pipeline, text, lang)
    assert "organ_trafficking" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("They promised me 9,000 dollars and after the operation I got 2,000, the agent disappeared", "en"),
        ("说好给九万，手术后只给了两万，中介不接电话了", "zh"),
    ],
)
def test_a_seller_underpaid_after_the_operation_is_organ_trafficking(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "organ_trafficking" in flagged(pipeline, text, lang)


def test_a_surgeons_promise_is_nothing(pipeline: Pipeline) -> None:
    text = "The surgeon promised I would walk 2 days after the operation, and I did"
    assert flagged(pipeline, text, "en") == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Fresh faces just arrived, they do not answer themselves, text the manager only", "en"),
        ("Recién llegadas, ellas no contestan, llamar solo al encargado", "es"),
    ],
)
def test_an_ad_answered_only_by_a_manager_is_third_party_control(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "se.third_party_control" in indicators(pipeline, text, lang)
    assert "sexual_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kids of 10 to 13 wanted to sort mica at the mine, the money goes to the father each week", "en"),
        ("Băieți de 12-14 ani la cariera de piatră, banii se dau la părinți", "ro"),
    ],
)
def test_children_in_hazardous_work_paid_to_a_parent_are_child_exploitation(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "child_exploitation" in flagged(pipeline, text, lang)


def test_a_childrens_circus_class_is_nothing(pipeline: Pipeline) -> None:
    text = "Circus school for kids aged 8 to 12, juggling and acrobatics on Saturday mornings, parents welcome"
    assert flagged(pipeline, text, "en") == set()
