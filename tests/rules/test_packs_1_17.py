"""Packs 1.17: papers held in workers' own words, a person passed to whoever pays, brides paid for to kin.

These texts are written for the tests (not taken from any held-out set, and not the packs' own examples).
They pin what packs 1.17 added: a worker's passport, ID or residence card held by a boss, foreman or
captain in the words of a message ('has our passports', 'держит паспорта') is document retention, while
bringing a passport to an interview and each worker keeping his own papers are not; a person handed to
whoever pays the debt or fee the seller names is a sale, while pets, furniture and shop leases are not; a
woman or girl married off after her kin took money, cattle or goods for her is a forced-marriage lead,
while wedding services and a bride price named alone are not; a child's pay sent to a grandmother, an
uncle or an agent is withheld pay.
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
        ("Week three at the orchard, the crew boss still has our passports and won't say when", "en"),
        ("En el invernadero el capataz tiene nuestros pasaportes y no nos deja salir", "es"),
        ("Sur le bateau, le capitaine détient les passeports de tout l'équipage", "fr"),
        ("На стройке прораб держит паспорта всех рабочих", "ru"),
        ("工地上大家的身份证都被工头收了", "zh"),
        ("الكفيل حاجز الإقامات ومش راضي يرجعها", "ar"),
        ("Na carvoaria o gato pegou os documentos da turma toda", "pt"),
        ("La ferma din Italia, patronul le ține pașapoartele la el în birou", "ro"),
        ("Cai thầu cầm hết giấy tờ của anh em, không ai về được", "vi"),
        ("Di kapal, paspor ABK ditahan kapten sampai kontrak selesai", "id"),
    ],
)
def test_papers_held_in_workers_words_are_document_retention(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.document_retention" in rule_indicators(pipeline, text, lang)
    assert "labour_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Please bring your passport and a copy of your work permit to the interview", "en"),
        ("Oferta de pesca legal: cada tripulante guarda sus documentos, salario mensual", "es"),
        ("Dacă ți s-a luat pașaportul, sună la linia verde anti-trafic", "ro"),
    ],
)
def test_bringing_or_keeping_ones_own_papers_is_not_retention(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.document_retention" not in rule_indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cleaner from Sri Lanka, 6 months left, whoever takes her pays me the agency fee", "en"),
        ("Tengo un ayudante que me debe, quien se lo lleve me paga la deuda", "es"),
        ("Отдам рабочего, кто заберёт — платит его долг мне", "ru"),
        ("这个工人欠我三万，谁接手谁把钱付了", "zh"),
        ("Am o menajeră, cine o ia îmi dă banii pe care i-am dat agenției", "ro"),
    ],
)
def test_a_person_passed_to_whoever_pays_is_sold(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "sp.taker_pays" in rule_indicators(pipeline, text, lang)
    assert "sale_of_persons" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Free puppy, whoever takes him pays the vet check only", "en"),
        ("Quien se lo lleve paga el envío, mesa de comedor", "es"),
        ("店铺转让，谁接手谁付转让费", "zh"),
    ],
)
def test_pets_goods_and_shops_taken_over_are_not_sales(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "sp.taker_pays" not in rule_indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Her uncle took the money from the trader and they are marrying her off next week", "en"),
        ("El papá recibió el ganado y la casan con el ganadero aunque ella no quiera", "es"),
        ("Son père a touché la dot et veut la marier à un vieil homme", "fr"),
        ("Отец получил калым и отдаёт её за чужого человека", "ru"),
        ("她家收了彩礼，逼她嫁过去", "zh"),
        ("أبوها قبض المهر وهيجوزها لراجل ما تعرفه", "ar"),
        ("O pai recebeu o dote e vai casar a menina com o comerciante", "pt"),
        ("Au luat banii și o mărită cu un bărbat din alt sat", "ro"),
    ],
)
def test_a_bride_paid_for_to_her_kin_is_a_forced_marriage_lead(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "fm.bride_paid_to_kin" in rule_indicators(pipeline, text, lang)
    assert "forced_marriage" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Lobola negotiations for our wedding went well, both families are happy", "en"),
        ("Catering para bodas, el salón recibió el dinero de 200 invitados", "es"),
        ("婚礼跟拍，新娘化妆，彩礼礼盒定制", "zh"),
    ],
)
def test_weddings_and_a_bride_price_alone_are_not_a_lead(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "fm.bride_paid_to_kin" not in rule_indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Boys aged 13 for the fish-drying yard, wages paid to the uncle who brought them", "en"),
        ("Niñas de 12 años para cuidar bebés, el pago es para los papás", "es"),
        ("Cần bé gái 12 tuổi trông em, lương gửi cho bố mẹ", "vi"),
    ],
)
def test_a_childs_pay_sent_to_kin_is_withheld_pay(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.wage_withholding" in rule_indicators(pipeline, text, lang)
