"""Packs 1.7: document-level decisions that single-indicator examples cannot show.

These texts are written for the tests (not taken from any held-out set). They pin what
packs 1.7 added as mechanisms: a rescue report or a rights notice anywhere in a text
cancels passport retention (``unless_within`` spans the document), while the same
retention in a job offer is still a labour lead; lawful recruitment that says the worker
keeps the passport or pays no brokerage fee is no lead in more languages; people priced
"each" beside a group of workers are a sale of persons, while a wage "each" is a job;
a bride promised to be replaced if she leaves is a sale of persons; money to the bride's
family is read in Vietnamese and Romanian; an age confirmed back to a child before a
request for undressed pictures is read as sexual exploitation, as an asked age already was.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline

RETENTION_OFFER = (
    "Deckhands wanted for a long trip, eight months at sea with a good bonus at the end of the season. "
    "The captain keeps the crew's passports locked in his cabin"
)


def test_retention_in_an_offer_is_a_labour_lead(pipeline: Pipeline) -> None:
    assert "le.document_retention" in indicators(pipeline, RETENTION_OFFER, "en")
    assert "labour_exploitation" in flagged(pipeline, RETENTION_OFFER, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Police freed nineteen deckhands from a trawler on Tuesday after a relative raised the alarm. "
            "Officers said that during eight months at sea the captain kept the crew's passports in his cabin",
            "en",
        ),
        (
            "Công an đã giải cứu mười hai thuyền viên và đưa họ về nước sau nhiều tháng trên biển; "
            "theo lời kể của họ, chủ tàu đã giữ hộ chiếu của tất cả mọi người",
            "vi",
        ),
        (
            "¿En tu trabajo te retienen los documentos o no te pagan? Llame gratis, atención en varios idiomas",
            "es",
        ),
    ],
)
def test_a_rescue_report_or_rights_notice_anywhere_cancels_retention(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.document_retention" not in indicators(pipeline, text, lang)
    assert "labour_exploitation" not in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cosecha con contrato firmado en origen, alojamiento revisado, cada trabajador guarda su pasaporte", "es"),
        ("ทำงานโรงงานไต้หวันผ่านกรมการจัดหางาน ไม่เสียค่าหัวคิว หนังสือเดินทางเก็บไว้เอง", "th"),
        ("Kerja pabrik di Korea lewat agen resmi, kontrak sebelum berangkat, paspor dipegang sendiri", "id"),
        ("Tuyển lao động đi Nhật, chi phí đúng quy định, hợp đồng ký trước khi xuất cảnh", "vi"),
    ],
)
def test_lawful_recruitment_is_no_lead(pipeline: Pipeline, text: str, lang: str) -> None:
    assert flagged(pipeline, text, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tengo seis jornaleros listos, 400 cada uno, se quedan lo que necesites", "es"),
        ("Есть пять операторов, по 3000$ за каждого, уйти не смогут", "ru"),
        ("Có năm công nhân cần chuyển đi, mỗi người 5000 đô", "vi"),
    ],
)
def test_workers_priced_each_are_a_sale_of_persons(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "sale_of_persons" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Se buscan trabajadores para bodega, sueldo de 1200 cada uno por quincena", "es"),
        ("Tuyển hai mươi công nhân may, lương mỗi người 9 triệu một tháng", "vi"),
    ],
)
def test_a_wage_each_is_a_job_not_a_price(pipeline: Pipeline, text: str, lang: str) -> None:
    assert flagged(pipeline, text, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Novias jóvenes para extranjeros, pagamos a la familia; si ella se va te conseguimos otra", "es"),
        ("عرايس من القرى لرجال الخليج، نعطي الأهل مبلغ، وإذا ما عجبتك نبدلها لك", "ar"),
    ],
)
def test_a_bride_replaced_if_she_leaves_is_sold(pipeline: Pipeline, text: str, lang: str) -> None:
    assert {"sale_of_persons", "forced_marriage"} <= flagged(pipeline, text, lang)


def test_a_dress_exchange_is_nothing(pipeline: Pipeline) -> None:
    assert flagged(pipeline, "فستان عروس للبيع، وإذا ما عجبتك المقاس نبدلها لك", "ar") == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Cô dâu trẻ lấy chồng nước ngoài, nhà gái nhận tiền ngay khi đồng ý", "vi"),
        ("Mireasă tânără pentru străin, familia ei primește banii imediat", "ro"),
    ],
)
def test_money_to_the_brides_family_is_read_in_more_languages(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "fm.marriage_for_money" in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("so ur 13 right? send a pic without your top and i'll load robux on ur account", "en"),
        ("vc tem 13 né? manda uma foto sem blusa que eu te mando pix, não conta pra ninguém", "pt"),
        ("em 13 tuổi à, gửi anh ảnh không mặc áo anh nạp thẻ cho, đừng nói với ai", "vi"),
    ],
)
def test_an_age_confirmed_back_to_a_child_before_undressed_pictures_is_sexual_exploitation(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "se.minor_images_for_gifts" in indicators(pipeline, text, lang)
    assert "sexual_exploitation" in flagged(pipeline, text, lang)


def test_an_age_stated_before_a_school_photo_is_no_sexual_lead(pipeline: Pipeline) -> None:
    text = "you're 13 so the school photos need a parent's signature before Friday"
    assert "se.minor_images_for_gifts" not in indicators(pipeline, text, "en")
    assert "sexual_exploitation" not in flagged(pipeline, text, "en")
