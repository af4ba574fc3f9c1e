"""Packs 1.16: a debt that locks the worker in, domestic workers handed over for money, babies with papers made out.

These texts are written for the tests (not taken from any held-out set). They pin what packs 1.16 added: a
debt kept by the employer (the trip, food, an advance, a debt bought from someone else) that the worker must
pay or work off before leaving is forced labour, while instalment and layaway offers are not; a domestic
worker, caregiver or house driver handed to another household for money is a sale of a person in every pack
language, while ironing, shop transfers and house leases are not; a baby whose papers the seller will make out
for the buyer is a sale, while baby goods and lawful adoption notices are not.
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
        ("The foreman put the bus fare and the boots on our tab, he says no one leaves until it's paid back", "en"),
        ("Nos cobran la comida a la cuenta y el patrón dice que nadie se va hasta saldar lo que debemos", "es"),
        ("Le chef a avancé le billet, personne ne part tant que tu n'as pas remboursé", "fr"),
        ("Нам сказали, что мы должны за дорогу, и никого не отпускают, пока не отработаем", "ru"),
        ("工头说路费算我们欠他的，还清才能走", "zh"),
        ("قالوا علينا دين التذكرة والأكل وما حدا بيطلع قبل ما يسدد", "ar"),
        ("O empreiteiro anota a comida na conta e ninguém sai antes de pagar a dívida", "pt"),
        ("Patronul zice că îi datorăm drumul, nu pleacă nimeni până nu plătește", "ro"),
        ("หัวหน้าบอกว่าเราติดหนี้ค่าเดินทาง ห้ามออกจนกว่าจะใช้หนี้หมด", "th"),
        ("Cai nói chúng tôi nợ tiền vé, chưa trả hết nợ thì không được về", "vi"),
        ("Agen bilang ongkos tiket jadi utang, tidak boleh pulang sebelum lunas", "id"),
    ],
)
def test_a_debt_that_locks_the_worker_in_is_forced_labour(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.debt_locks_worker" in rule_indicators(pipeline, text, lang)
    assert "labour_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Layaway: we hold the bike until it's paid, no debt, no interest, 4 instalments", "en"),
        ("Préstamo personal: hasta pagar la deuda en 12 cuotas sin interés", "es"),
        ("Mua tủ lạnh trả góp, chưa trả hết nợ vẫn dùng bình thường", "vi"),
        ("Court: the farmer kept workers until they paid off the debt for the trip, the judge said", "en"),
    ],
)
def test_instalments_and_court_reports_are_not_a_debt_lock(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.debt_locks_worker" not in rule_indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Transferring my helper from Myanmar, 2 years left, she is yours for 3000", "en"),
        ("Traspaso a mi muchacha paraguaya, trabajadora, me la compras por 400", "es"),
        ("Je cède ma ménagère malgache, elle est à vous pour 150 000 F", "fr"),
        ("转让印尼看护 合同剩两年 转让费5万", "zh"),
        ("نقل كفالة سائق بنغالي مع باقي عقده، ٤٠٠٠ ريال", "ar"),
        ("Passo a minha empregada cabo-verdiana pra outra casa, 700 euros", "pt"),
        ("Dau o îngrijitoare la altă familie, 2000 de euro", "ro"),
        ("โอนแม่บ้านกัมพูชาให้นายจ้างใหม่ ค่าโอน 25,000", "th"),
        ("Nhượng lại người giúp việc cho chủ mới, phí chuyển nhượng 15 triệu", "vi"),
        ("Oper TKW dari Dubai, sisa kontrak setahun, 12 ribu dirham", "id"),
    ],
)
def test_a_domestic_worker_handed_over_for_money_is_sold(pipeline: Pipeline, text: str, lang: str) -> None:
    found = rule_indicators(pipeline, text, lang)
    assert "sp.domestic_worker_transfer" in found and "le.domestic_worker_sold" in found
    assert {"sale_of_persons", "labour_exploitation"} <= flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Passo roupa e limpo a casa, sou diarista, 15 euros a hora", "pt"),
        ("Sang nhượng tiệm giặt ủi, có sẵn khách quen", "vi"),
        ("Oper kontrak kos, sisa kontrak 6 bulan, dekat kampus", "id"),
        ("Money transfer for maid services accepted at reception", "en"),
        ("Dau o petrecere pentru menajere și bone duminică", "ro"),
    ],
)
def test_ironing_shop_transfers_and_leases_are_not_sales(pipeline: Pipeline, text: str, lang: str) -> None:
    found = rule_indicators(pipeline, text, lang)
    assert "sp.domestic_worker_transfer" not in found and "le.domestic_worker_sold" not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Newborn girl, mother can't keep her, paperwork can be sorted, 6k", "en"),
        ("Bebé de una semana, papeles arreglados, 3 mil dólares", "es"),
        ("出售刚满月男婴 不需要手续 价格私聊", "zh"),
        ("Bayi perempuan 1 minggu, surat bisa diurus, biaya 10 juta", "id"),
        ("Nou-născut dat la o familie din Italia, actele le facem pe numele vostru", "ro"),
    ],
)
def test_a_baby_with_papers_made_out_for_the_buyer_is_sold(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "sp.baby_sale" in rule_indicators(pipeline, text, lang)
    assert "sale_of_persons" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vând pătuț și cărucior pentru bebeluș, actele mașinii le facem la notar", "ro"),
        ("Baby clothes bundle, paperwork for the warranty sorted, 40 dollars", "en"),
    ],
)
def test_baby_goods_are_not_a_baby_sale(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "sp.baby_sale" not in rule_indicators(pipeline, text, lang)
