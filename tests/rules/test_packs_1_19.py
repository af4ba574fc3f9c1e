"""Packs 1.19: mechanisms missed in several blind rounds, read in every pack language.

These texts are written for the tests (not taken from any held-out set, and not the packs' own examples).
They pin the mechanisms packs 1.19 added: a transplant sold with the donor supplied by the seller
(ot.donor_supplied) and a bride placed by a broker who pays her family or is paid for her
(fm.bride_through_paid_broker, sp.bride_sold_through_broker), and workers priced per head read as forced
labour as well as a sale (le.workers_priced_per_head). Each group is paired with lawful texts in the same
languages that use the same words (a hospital that never provides donors, a marriage agency's membership
fee, an estate agent's commission, a meal or a wage per worker), so the new readings cannot
silently spread to them.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kidney transplant abroad in four weeks, donor supplied by our team, cash payment", "en"),
        ("Trasplante renal en clínica privada, donante incluido en el paquete, sin espera", "es"),
        ("Greffe du foie en Turquie, nous trouvons un donneur compatible pour vous", "fr"),
        ("Пересадка печени в частной клинике, донора подберём за две недели", "ru"),
        ("肾移植一条龙，供体我们找，三周内手术", "zh"),
        ("زراعة كلية في الخارج خلال أسبوعين، المتبرع مضمون والسفر علينا", "ar"),
    ],
)
def test_a_transplant_with_the_donor_supplied_is_organ_trafficking(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ot.donor_supplied" in indicators(pipeline, text, lang)
    assert "organ_trafficking" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Our transplant unit does not provide donors: a living kidney donor must volunteer freely", "en"),
        ("Donor provided coffee and biscuits at the blood drive on Saturday", "en"),
        ("El hospital no proporciona donantes para el trasplante renal; el donante vivo es voluntario", "es"),
        ("L'hôpital ne fournit pas de donneur pour la greffe de rein, le don reste volontaire", "fr"),
        ("Центр трансплантации не подбирает донора почки за пациента, донорство добровольное", "ru"),
        ("本中心不提供供体，肾移植只接受亲属自愿捐献", "zh"),
    ],
)
def test_lawful_transplant_and_blood_notices_are_not_donor_supply(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ot.donor_supplied" not in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The matchmaker took a girl from the hills to a husband in Anhui, her family received the money", "en"),
        ("La casamentera llevó a la chica con un marido en el extranjero, la familia recibe dinero", "es"),
        ("Le courtier marie les filles du village à des étrangers, la famille reçoit une somme", "fr"),
        ("Сваха выдаёт девушек за иностранцев, невесты уезжают, посредник получает 5 тысяч долларов", "ru"),
        ("媒人把她嫁到外省，中介费三万，新娘下月就走", "zh"),
        ("السمسار زوّج البنت لرجل من برا، والأهل يقبضون المبلغ", "ar"),
        ("O atravessador arranjou marido lá fora e a família recebe um valor pela moça", "pt"),
        ("Intermediarul a găsit un soț în străinătate, familia ei primește banii", "ro"),
        ("นายหน้าพาหญิงสาวไปแต่งงานกับชายต่างชาติ ครอบครัวได้เงินก้อน", "th"),
        ("Môi giới đưa cô gái sang nước ngoài lấy chồng, gia đình nhận sính lễ trước", "vi"),
        ("Calo cari gadis untuk dinikahkan dengan pria asing, keluarga dapat mahar besar", "id"),
    ],
)
def test_a_bride_placed_by_a_paid_broker_is_forced_marriage_and_sale(pipeline: Pipeline, text: str, lang: str) -> None:
    found = indicators(pipeline, text, lang)
    assert {"fm.bride_through_paid_broker", "sp.bride_sold_through_broker"} <= found
    assert {"forced_marriage", "sale_of_persons"} <= flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Marriage agency for serious singles, the same membership fee for men and women", "en"),
        ("We paid the estate agent his commission after the sale of the flat", "en"),
        ("Agencia matrimonial: cuota de socio anual para los dos, sin otros pagos", "es"),
        ("Agence matrimoniale : cotisation annuelle identique pour chaque adhérent", "fr"),
        ("Брачное агентство: годовой взнос одинаковый для всех участников", "ru"),
        ("婚介所会员费男女一样，每年两千元", "zh"),
        ("Biro jodoh resmi, biaya anggota sama untuk pria dan wanita", "id"),
    ],
)
def test_lawful_matchmaking_and_other_brokers_are_not_bride_sale(pipeline: Pipeline, text: str, lang: str) -> None:
    found = indicators(pipeline, text, lang)
    assert not found & {"fm.bride_through_paid_broker", "sp.bride_sold_through_broker"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Handing over my crew of 7 labourers to your farm, 800 per head, they know the cane", "en"),
        ("Paso una cuadrilla de jornaleros a su finca, 600 por cabeza", "es"),
        ("Je passe mon équipe d'ouvriers à votre chantier, 400 euros par tête", "fr"),
        ("Передаю бригаду на вашу стройку, по 25 тысяч за голову", "ru"),
        ("عندي عمال أسلمهم للمزرعة، الراس بـ ٤٠٠ دينار", "ar"),
        ("Repasso a turma de peões pra sua fazenda, mil reais por cabeça", "pt"),
    ],
)
def test_workers_priced_per_head_are_forced_labour(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.workers_priced_per_head" in indicators(pipeline, text, lang)
    assert "labour_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Site canteen: lunch for the workers at 9 dollars per head", "en"),
        ("Los jornaleros cobran 70 euros cada uno por día, con contrato y seguro", "es"),
        ("Repas des ouvriers du chantier à 11 euros par tête", "fr"),
        ("Pekerja digaji 5 juta per orang tiap bulan", "id"),
    ],
)
def test_meals_and_wages_per_worker_are_not_labour_sales(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.workers_priced_per_head" not in indicators(pipeline, text, lang)
