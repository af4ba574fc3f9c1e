"""Session 23: concepts added in 1.27.

A person bought, sold or rented out and put to work, begging or theft (labour); a hostess or night-economy
worker told she may not refuse a client or must leave with guests (sexual); the broker's pitch that a kidney is
spare, beside money (organ); a marriage she is threatened with being disowned, cursed or thrown out for
refusing (forced marriage); a woman said to belong to a man until her price is repaid (sale);
children taken to men with the money going to whoever takes them (child).
Texts are written for these tests, not taken from any held-out set.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline

LE_BOUGHT = "le.person_bought_for_work"
SE_REFUSE = "se.clients_not_refused"
OT_SPARE = "ot.spare_organ_pitch"
FM_THREAT = "fm.marriage_refusal_punished"
SP_OWNED = "sp.owned_until_price_repaid"
CE_TAKEN = "ce.minors_taken_to_men"

CASES = [
    # (indicator, lang, text, expected to fire)
    (LE_BOUGHT, "en", "The shopkeeper bought a girl of nine from a middleman to carry water at the market", True),
    (LE_BOUGHT, "fr", "Ils louent des gamins à la journée pour mendier devant la gare", True),
    (LE_BOUGHT, "ru", "Бригада купила двух глухонемых и заставляет их воровать на вокзале", True),
    (LE_BOUGHT, "zh", "他们从山里买来几个孩子，带到城里乞讨", True),
    (LE_BOUGHT, "ar", "اشتروا ولد يتيم من عمه عشان يرعى الغنم بلا فلوس", True),
    (LE_BOUGHT, "en", "We bought the kids school shoes before they start work experience at the market", False),
    (LE_BOUGHT, "es", "Compramos juguetes para los niños del barrio", False),
    (LE_BOUGHT, "en", "The court heard that the gang bought children to beg on trains, police said", False),
    (SE_REFUSE, "en", "Hostesses for a members' club: you can't say no to customers, the boss keeps tips", True),
    (SE_REFUSE, "zh", "夜场招公主，不准拒客，客人要带出场必须去", True),
    (SE_REFUSE, "id", "Cari LC karaoke, nggak boleh nolak tamu, harus ikut tamu kalau diajak", True),
    (SE_REFUSE, "en", "Our shop cannot refuse customers who pay by card, open till late", False),
    (SE_REFUSE, "fr", "Le restaurant ne peut pas refuser un client en fauteuil roulant : c'est la loi", False),
    (OT_SPARE, "en", "He keeps saying you only need one kidney, and the cash is ten thousand dollars", True),
    (OT_SPARE, "es", "Dicen que te sobra un riñón y te pagan el viaje y cinco mil dólares", True),
    (OT_SPARE, "en", "Living donors: most people live fine with one kidney, and the hospital covers your tests", False),
    (OT_SPARE, "es", "Se vive con un riñón: charla gratuita sobre donación en vida en el hospital", False),
    (FM_THREAT, "en", "They've picked a husband for me in Sylhet and if I refuse my dad will disown me", True),
    (FM_THREAT, "ru", "Мама сказала: если откажешься выходить за него, выгонят из дома", True),
    (FM_THREAT, "zh", "彩礼都花完了，我不嫁也得嫁", True),
    (FM_THREAT, "en", "If I say no to the promotion my manager will throw me out of the team", False),
    (FM_THREAT, "en", "Helpline: if your family threatens to disown you for refusing a marriage, call us", False),
    (SP_OWNED, "en", "The bar owner says she belongs to him until he gets his money back from the agent", True),
    (SP_OWNED, "es", "Dice que la muchacha le pertenece porque pagó por ella, y que no sale hasta pagar", True),
    (SP_OWNED, "en", "The flat belongs to him and he paid the mortgage off last year", False),
    (SP_OWNED, "fr", "Le chat lui appartient, il a payé le vétérinaire", False),
    (CE_TAKEN, "en", "Girls from the care home are 15 and go off with sponsors, a driver takes his cut", True),
    (CE_TAKEN, "ru", "Школьниц 14 лет забирают вечером и привозят утром, деньги забирает водитель", True),
    (CE_TAKEN, "en", "My daughter is 15 and her coach picks her up for training and brings her back at nine", False),
    (CE_TAKEN, "en", "The driver takes his cut of every fare, the owner keeps the rest", False),
]


@pytest.mark.parametrize(("indicator", "lang", "text", "expected"), CASES)
def test_concepts_fire_on_the_phenomenon_not_on_lookalikes(
    pipeline: Pipeline, indicator: str, lang: str, text: str, expected: bool
) -> None:
    assert (indicator in indicators(pipeline, text, lang)) is expected


def test_a_person_bought_for_begging_flags_labour_but_goods_for_children_do_not(pipeline: Pipeline) -> None:
    bought = "Un réseau a acheté un homme sourd à sa famille pour le faire mendier aux feux rouges"
    assert "labour_exploitation" in flagged(pipeline, bought, "fr")
    goods = "Elle a acheté des cahiers aux enfants pour l'école au marché"
    assert "labour_exploitation" not in flagged(pipeline, goods, "fr")


def test_a_rule_against_refusing_clients_needs_a_night_economy_job(pipeline: Pipeline) -> None:
    assert SE_REFUSE in indicators(pipeline, "Chicas para el club: no puedes rechazar clientes", "es")
    assert SE_REFUSE not in indicators(pipeline, "En la tienda no puedes rechazar clientes", "es")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Webinar for pharmacists: what to say when a customer asks about buying a kidney abroad"),
        ("es", "Obra de teatro sobre una joven vendida por su tío: funciones el sábado, entrada libre"),
        ("zh", "读书会本月共读一本关于被拐卖妇女的纪实作品，欢迎报名"),
        ("vi", "Buổi tuyên truyền phòng chống mua bán người cho học sinh lớp 9 tại nhà văn hóa xã"),
    ],
)
def test_talks_plays_and_book_clubs_about_trafficking_are_not_leads(pipeline: Pipeline, lang: str, text: str) -> None:
    assert flagged(pipeline, text, lang) == set()
