"""Sexual-exploitation pack 1.19: papers kept by the house, or a fare or lodging worked off, in a sex-trade setting.

These texts are written for the tests (not taken from any held-out set, and not the packs' own examples).
A passport or ID kept by a boss, owner, manager or 'the company', and a ticket or flat taken back out of her
earnings, were missed in blind rounds 5 to 25 whenever they were worded generically ('your ID stays with me',
'documento fica com a gerência') or the setting was named only as a spot, a sauna, a road club or a '公关' job.
se.held_by_the_house reads a near pattern with a third side: the papers and their holder (or the cost and its
deduction) within a few words, and a commercial-sex setting within twenty-five words of the pair.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline
from clew.rules import RuleSet, load_pack

THREE_SIDES = """\
id: se.papers_in_setting
title: "Papers held in a setting"
description: "Papers and a holder near each other, with a setting word near the pair."
typology: sexual_exploitation
version: 1.0.0
weight: 0.45
languages: [en]
patterns:
  - {lang: en, near: {a: [passport], b: [boss keeps], within: 3, c: [sauna], c_within: 5}}
sources:
  - {ref: S15, citation: "ILO — ILO Indicators of Forced Labour — 2012", status: V}
examples:
  - {lang: en, text: "Sauna job, the boss keeps your passport", expect: hit}
  - {lang: en, text: "The boss keeps your passport, then the sauna", expect: hit}
  - {lang: en, text: "The boss keeps your passport at the farm", expect: miss}
  - {lang: en, text: "Sauna job, bring your passport, the boss keeps the keys", expect: miss}
"""

PACK = """\
name: sexual_exploitation
version: 1.0.0
title: Test pack
"""


def test_a_near_pattern_with_a_third_side_needs_all_three_close(tmp_path: Path) -> None:
    folder = tmp_path / "sexual_exploitation"
    folder.mkdir()
    (folder / "_pack.yaml").write_text(PACK, encoding="utf-8")
    (folder / "papers_in_setting.yaml").write_text(THREE_SIDES, encoding="utf-8")
    rules = RuleSet([load_pack(folder)])
    text = "New sauna job: the boss keeps your passport."
    (hit,) = rules.match_text(text)
    assert text[hit.start : hit.end] == hit.text == "sauna job: the boss keeps your passport"
    assert rules.match_text("The boss keeps your passport at the farm.") == []  # no setting
    assert rules.match_text("Sauna job. Bring your passport on day one; the boss keeps the keys.") == []  # pair apart
    far = "The boss keeps your passport and you work on the farm all week long, then a sauna."
    assert rules.match_text(far) == []  # setting too far from the pair


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("i got a spot for u, i post ur ads n u keep the tips, your passport stays with me tho", "en"),
        ("Sauna girls wanted, room on site, the flight comes out of your first weeks", "en"),
        ("Buscamos chicas para club de carretera en Lugo, los papeles los guarda la encargada", "es"),
        ("Plaza en piso en Sevilla para chica nueva, el alojamiento se descuenta de los clientes", "es"),
        ("Salon de massage à Lille, ta pièce d'identité reste chez le gérant tant que tu bosses", "fr"),
        ("Сауна в Казани берёт девушек, паспорт остаётся у хозяйки, жильё рядом", "ru"),
        ("招按摩技师，身份证交给老板统一保管，包住", "zh"),
        ("مطلوب بنات لملهى، الجواز عند صاحب الملهى طول فترة الشغل", "ar"),
        ("Termas em Lisboa contrata moças, o passaporte fica com o dono e a passagem é descontada", "pt"),
        ("Fete pentru masaj erotic în Iași, buletinul stă la patroană, cazare inclusă", "ro"),
        ("รับน้องทำงานอาบอบนวด บัตรประชาชนอยู่กับเถ้าแก่ มีห้องพักให้", "th"),
        ("Tuyển nhân viên quán hát, căn cước chủ quán giữ, bao ở", "vi"),
        ("Cari cewek buat panti pijat, KTP dipegang mami, mess gratis", "id"),
    ],
)
def test_papers_kept_or_fare_worked_off_in_a_sex_setting_are_read(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "se.held_by_the_house" in indicators(pipeline, text, lang)
    assert "sexual_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Independent provider, my own incall, I check your ID at the door, no agency", "en"),
        ("Licensed spa hiring therapists, bring your passport for the contract, staff housing available", "en"),
        ("Police freed six women whose passports were kept by the sauna owner", "en"),
        ("Spa en Madrid contrata masajista, trae tu pasaporte para el contrato", "es"),
        ("Сауна ищет уборщицу, паспорт нужен для оформления, оплата каждую неделю", "ru"),
        ("按摩店招前台，证件自己保管，包住宿", "zh"),
        ("Car wash job, the boss keeps our passports and the room is deducted from pay", "en"),
    ],
)
def test_lawful_venues_news_and_labour_without_a_sex_setting_stay_unread(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "se.held_by_the_house" not in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A private group sells clips of middle school girls and arranges a meet up for extra", "en"),
        ("En ese canal venden packs de chicas de secundaria y ofrecen encuentros", "es"),
        ("Une page vend des photos d'écolières, rencontre possible contre paiement", "fr"),
        ("В группе продают фото старшеклассниц и предлагают встречи", "ru"),
        ("有个群卖高中生照片，还能见面", "zh"),
        ("صفحة تبيع صور تلميذات مع سعر لكل لقاء", "ar"),
        ("Um grupo vende fotos de colegiais e marca encontros", "pt"),
        ("Un canal vinde clipuri cu eleve de gimnaziu, întâlniri contra plată", "ro"),
        ("กลุ่มนี้ขายรูปเด็กนักเรียน ม.ต้น และนัดเจอได้", "th"),
        ("Có nhóm bán clip nữ sinh cấp 2, nhận gặp mặt", "vi"),
        ("Ada grup jual foto anak SMP, bisa ketemuan", "id"),
    ],
)
def test_schoolchildren_beside_a_sale_price_or_meeting_are_child_leads(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "ce.schoolchildren_offered" in indicators(pipeline, text, lang)
    assert "child_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Selling my daughter's high school uniform, size 10, good price", "en"),
        ("Vendo libros de secundaria, buen precio", "es"),
        ("出售初中课本，价格便宜", "zh"),
        ("Gia sư cho học sinh lớp 9, giá hợp lý", "vi"),
        ("家里给儿子找对象，身高一米八，双方家长先见面", "zh"),
    ],
)
def test_school_goods_tutoring_and_heights_stay_unread(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ce.schoolchildren_offered" not in indicators(pipeline, text, lang)
