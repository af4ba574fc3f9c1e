"""Labour- and sexual-exploitation packs 1.26 (session 22, helper C).

These texts are written for the tests (not taken from any held-out set, and not the packs' own examples).

- Forced criminality or begging: a crime or street trade done for someone else beside coercion, a quota or a
  punishment (le.forced_criminality), missed in blind rounds 37 and 38; police news and pickpocket warnings stay
  unread.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The crew leader made us shoplift from chemists every day, anyone who refuses sleeps outside", "en"),
        ("A los chavos los obligan a vender droga en la plaza y el que no entrega la cuota recibe golpiza", "es"),
        ("Ils me forcent à faire la manche devant la boulangerie, sinon je suis battu le soir", "fr"),
        ("Бригадир заставляет нас красть в магазинах, кто откажется — без еды", "ru"),
        ("他们强迫我在火车站扒窃，每天要交五百，不干就挨打", "zh"),
        ("أجبرونا نتسول عند الجامع، واللي ما يجيب المبلغ يضربوه", "ar"),
        ("Obrigaram o meu primo a vender droga no morro e ameaçam a mãe dele", "pt"),
        ("Îl pun să fure telefoane în tramvai și îl bat dacă nu aduce norma", "ro"),
        ("เราถูกบังคับให้ขโมยของในห้าง ถ้าไม่ได้ตามยอดโดนตี", "th"),
        ("Họ ép anh ấy đi ăn xin ở chợ, không đủ tiền là bị đánh", "vi"),
        ("Mereka dipaksa mencuri HP di terminal, kalau kurang setoran dipukuli", "id"),
    ],
)
def test_crime_or_begging_under_coercion_is_read_as_forced_labour(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.forced_criminality" in indicators(pipeline, text, lang)
    assert "labour_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Pickpockets work the night bus in pairs, keep your phone in a front pocket", "en"),
        ("La policía detuvo a un grupo que obligaba a migrantes a robar en tiendas", "es"),
        ("Ce film raconte l'histoire d'un garçon forcé à voler pour un gang", "fr"),
        ("Полиция задержала банду, заставлявшую подростков воровать телефоны", "ru"),
        ("警方提醒：春运期间车站扒手多，请看好财物", "zh"),
        ("احذروا من النشالين في المواصلات وخلوا الجوال في جيب داخلي", "ar"),
        ("Someone stole my bike last night, the lock was forced", "en"),
    ],
)
def test_crime_reports_warnings_and_plots_stay_unread(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.forced_criminality" not in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("At the gold camp the boss says we owe for the food and the fuel, so nobody ever gets paid", "en"),
        ("En la finca todo se anota en la tienda del patrón y al final de la cosecha salimos debiendo", "es"),
        ("Le patron de la ferme dit qu'on lui doit la nourriture et le logement, on ne touche rien", "fr"),
        ("Хозяин говорит, что мы должны за еду и жильё, денег не видим", "ru"),
        ("صاحب المزرعة يقول علينا دين الأكل والسكن ولا نشوف راتب", "ar"),
        ("Na carvoaria a gente deve tudo na cantina e o gato anda armado", "pt"),
    ],
)
def test_a_debt_to_the_boss_for_food_lodging_or_the_camp_shop_is_debt_bondage(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "le.debt_bondage" in indicators(pipeline, text, lang)
    assert "labour_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Farm work, food and lodging free of charge, wages paid every Friday by the employer", "en"),
        ("We owe the farm boss a big thank-you for the food at the harvest party", "en"),
        ("Se ofrece comida y alojamiento sin costo, el patrón paga cada quincena", "es"),
        ("Питание и проживание бесплатно, зарплата два раза в месяц на карту", "ru"),
    ],
)
def test_lawful_board_and_lodging_and_idioms_are_not_debt_bondage(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.debt_bondage" not in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The agency said if we quit the labour office will deport us", "en"),
        ("Бригадир угрожает депортацией, если спросим про зарплату", "ru"),
        ("كل ما نطلب حقنا يهددونا بالترحيل", "ar"),
    ],
)
def test_a_deportation_threat_for_asking_about_pay_is_read(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.denunciation_threat" in indicators(pipeline, text, lang)


def test_a_rights_notice_about_deportation_is_not_a_threat(pipeline: Pipeline) -> None:
    text = "Know your rights: your employer cannot have you deported for asking about your pay. Call the helpline."
    assert "le.denunciation_threat" not in indicators(pipeline, text, "en")
