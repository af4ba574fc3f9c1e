"""Packs 1.8: document-level decisions that single-indicator examples cannot show.

These texts are written for the tests (not taken from any held-out set). They pin what
packs 1.8 added as mechanisms: a passport held inside a sex-work setting is a sexual
exploitation lead and no longer a labour one, while the same retention in a factory job is
still labour; notices that the passport stays with the worker are no lead in more languages;
a spot or network handed over with its women, and a crew of workers sold as a lot, are sales of
persons; a bride paid for to her family is forced marriage, and taken away at once a sale;
children of a stated age range put to hazardous work with the pay going to the parents are
child exploitation; 'estudio' alone is no longer read as a report, while a study cited as a
report still cancels; and a captives' sale post that lists photos is still a sale.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Promised a bakery job, then the woman took my passport and said I must see men until I pay her back",
            "en",
        ),
        (
            "Me ofrecieron cuidar niños, me quitaron el pasaporte y dicen que debo atender clientes hasta pagar",
            "es",
        ),
        ("Обещали работу горничной, паспорт забрали, говорят долг и надо ездить к мужчинам", "ru"),
    ],
)
def test_a_passport_held_to_make_her_see_men_is_sexual_not_labour(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "sexual_exploitation" in flagged(pipeline, text, lang)
    assert "le.document_retention" not in indicators(pipeline, text, lang)


def test_a_passport_held_in_a_factory_job_is_still_labour(pipeline: Pipeline) -> None:
    text = "Packing plant abroad, the supervisor keeps every worker's passport until the contract ends"
    assert "le.document_retention" in indicators(pipeline, text, "en")
    assert "labour_exploitation" in flagged(pipeline, text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vaga de pedreiro com registro, sem taxa de agência, seus documentos ficam com você o tempo todo", "pt"),
        ("Angajare legală în Olanda, fără comision, pașaportul rămâne la tine pe toată durata contractului", "ro"),
        ("مطلوب سائق عبر مكتب مرخص، بدون رسوم ولا حجز جواز، عقد قبل السفر", "ar"),
    ],
)
def test_a_passport_that_stays_with_the_worker_is_no_lead(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.document_retention" not in indicators(pipeline, text, lang)
    assert flagged(pipeline, text, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chicas nuevas en el centro 🌹 yo manejo la agenda y el pago es conmigo, ellas no contestan", "es"),
        ("Новые девочки 🌹 анкеты через меня, оплата мне на карту", "ru"),
        ("น้องๆ มาใหม่ ติดต่อผ่านผมเท่านั้น โอนเงินเข้าบัญชีผม", "th"),
    ],
)
def test_a_third_party_who_books_and_takes_the_money_is_read(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "se.third_party_control" in indicators(pipeline, text, lang)
    assert "sexual_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Traspaso plaza con dos chicas y sus clientes fijos, precio por privado", "es"),
        ("Je cède mon réseau : trois filles et le téléphone des clients", "fr"),
        ("转让场子，带两个妹子和老客户", "zh"),
    ],
)
def test_a_spot_handed_over_with_its_women_is_sexual_exploitation_and_a_sale(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert {"sexual_exploitation", "sale_of_persons"} <= flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Продам точку на рынке, весы и холодильник в комплекте", "ru"),
        ("Traspaso plaza de garaje cerca del metro", "es"),
    ],
)
def test_a_market_stall_or_garage_handed_over_is_nothing(pipeline: Pipeline, text: str, lang: str) -> None:
    assert flagged(pipeline, text, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vendo cuadrilla de 7 peones para la obra, no tienen papeles, me deben el viaje", "es"),
        ("Продаю бригаду из 4 рабочих, документов нет, работают где скажете", "ru"),
        ("Vând echipă de 6 muncitori fără acte, plata la mine", "ro"),
    ],
)
def test_a_crew_sold_as_a_lot_is_a_sale_of_persons(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "sp.people_sold_as_a_lot" in indicators(pipeline, text, lang)
    assert "sale_of_persons" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vendo botas y guantes para obreros de la construcción, todas las tallas", "es"),
        ("Продаю спецовки для рабочих, оптом со склада", "ru"),
    ],
)
def test_work_clothes_for_workers_are_no_sale_of_persons(pipeline: Pipeline, text: str, lang: str) -> None:
    assert flagged(pipeline, text, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Brides from the hill villages for foreign husbands, the family receives a sum on the day of the wedding",
            "en",
        ),
        ("Брачное агентство: невесты из деревень, семья получает деньги, свадьба за неделю", "ru"),
    ],
)
def test_a_bride_paid_for_to_her_family_is_forced_marriage(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "fm.bride_family_paid" in indicators(pipeline, text, lang)
    assert "forced_marriage" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Noivas do interior para estrangeiros, a família recebe um valor e ela viaja com o marido na mesma semana",
            "pt",
        ),
        ("Môi giới cô dâu sang Đài Loan, nhà gái nhận tiền, cô dâu đi luôn", "vi"),
    ],
)
def test_a_bride_paid_for_and_taken_away_at_once_is_also_sold(pipeline: Pipeline, text: str, lang: str) -> None:
    assert {"forced_marriage", "sale_of_persons"} <= flagged(pipeline, text, lang)


def test_a_family_receiving_wedding_guests_is_nothing(pipeline: Pipeline) -> None:
    text = "En la boda, la familia de la novia recibe a los invitados en el jardín"
    assert flagged(pipeline, text, "es") == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Se buscan muchachos de 13 a 16 para la zafra, el pago a los padres al final", "es"),
        ("Берём подростков 14-16 на сбор хлопка, выплачиваем родителям после сезона", "ru"),
        ("Cari anak 12-15 tahun untuk kupas udang, gaji dibayar ke orang tua", "id"),
    ],
)
def test_children_of_a_stated_age_in_hazardous_work_paid_to_parents(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "child_exploitation" in flagged(pipeline, text, lang)


def test_a_webcam_studio_that_keeps_women_in_is_read_in_spanish(pipeline: Pipeline) -> None:
    text = "Estudio webcam con cuartos, se entregan los celulares en cada turno y hay multas"
    assert "se.confined_at_venue" in indicators(pipeline, text, "es")


def test_a_study_cited_in_a_report_still_cancels(pipeline: Pipeline) -> None:
    text = "Según un estudio de la universidad, en muchos salones de masajes se entregan los celulares y hay multas"
    assert "se.confined_at_venue" not in indicators(pipeline, text, "es")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Пленницы: возраст, фото, цена, скоро будут проданы, пишите в канал", "ru"),
        ("Captives for sale this week, photos and prices in the channel, buyers only", "en"),
    ],
)
def test_a_captives_sale_post_with_photos_is_still_a_sale(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "sale_of_persons" in flagged(pipeline, text, lang)


def test_captured_photos_for_sale_are_nothing(pipeline: Pipeline) -> None:
    assert flagged(pipeline, "Photos captured at the harbour, prints for sale", "en") == set()


def test_a_passport_held_in_a_hostess_job_is_left_to_the_sexual_pack(pipeline: Pipeline) -> None:
    text = (
        "Hostesses for a lounge in Doha, 20-26, tickets advanced and repaid from tips, the manager holds the passports"
    )
    assert "le.document_retention" not in indicators(pipeline, text, "en")
    assert "sexual_exploitation" in flagged(pipeline, text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Obreros para la obra en la costa, el sueldo se entrega al terminar la obra, dormir en bodega", "es"),
        ("Manœuvres pour un chantier en province, salaire versé à la fin du chantier seulement", "fr"),
        ("รับลูกเรือออกทะเลแปดเดือน เงินเดือนจ่ายตอนกลับฝั่ง", "th"),
    ],
)
def test_wages_held_to_the_end_of_the_work_are_withheld(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.wage_withholding" in indicators(pipeline, text, lang)


def test_a_loan_paid_off_with_a_kidney_is_organ_trafficking(pipeline: Pipeline) -> None:
    text = "Can't keep up with the loan? A clinic abroad takes one kidney and you pay off what you owe"
    assert "organ_trafficking" in flagged(pipeline, text, "en")
    assert "labour_exploitation" not in flagged(pipeline, text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Отдам новорождённую девочку, всё оформим на вас без суда, нужна помощь деньгами", "ru"),
        ("Newborn boy to a good family for money, birth certificate in your name", "en"),
    ],
)
def test_a_baby_handed_over_without_a_court_is_a_sale(pipeline: Pipeline, text: str, lang: str) -> None:
    assert {"child_exploitation", "sale_of_persons"} <= flagged(pipeline, text, lang)


def test_a_court_report_on_a_baby_sale_still_cancels(pipeline: Pipeline) -> None:
    text = "The court sentenced a couple who sold a newborn for cash without adoption papers"
    assert "child_exploitation" not in flagged(pipeline, text, "en")


def test_an_english_chat_run_by_a_manager_is_not_cancelled_as_a_french_cat(pipeline: Pipeline) -> None:
    text = "New girls online, I manage all their accounts, the chat is me, payouts go to my wallet"
    assert "se.third_party_control" in indicators(pipeline, text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Nena de 15 disponible hoy en hotel, trato con su primo", "es"),
        ("Девочка 14 лет, свободна вечером, выезд в гостиницу", "ru"),
    ],
)
def test_a_minor_offered_for_sex_is_sexual_exploitation_too(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "se.minor_offered_for_sex" in indicators(pipeline, text, lang)
    assert {"child_exploitation", "sexual_exploitation"} <= flagged(pipeline, text, lang)


def test_a_child_model_casting_with_parents_is_no_sexual_lead(pipeline: Pipeline) -> None:
    text = "Casting for a children's clothing catalogue, ages 8 to 12, parents stay on set the whole day"
    assert "sexual_exploitation" not in flagged(pipeline, text, "en")


def test_a_sugar_daddy_soliciting_a_schoolgirl_is_left_to_the_child_pack(pipeline: Pipeline) -> None:
    text = "Sugar daddy busca chica de secundaria, 15 años está bien, pago semanal por fotos, total discreción"
    assert "se.minor_offered_for_sex" not in indicators(pipeline, text, "es")
    assert "child_exploitation" in flagged(pipeline, text, "es")
