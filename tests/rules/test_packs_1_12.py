"""Packs 1.12: decisions across words and typologies that the per-indicator examples cannot show.

These texts are written for the tests (not taken from any held-out set). They pin what packs 1.12
added: coercion around a marriage read across a longer sentence and through held papers; money to
the bride's father read past a clause in between; a minor beside any sign of control is child
exploitation, while a school exchange is not and 'twenty years old' in Chinese is no minor; a
sex-trade setting beside held papers or secrecy is sexual exploitation; a partner who keeps her
money 'for our house' is the loverboy method, while meeting at the airport is not; news, court and
moderators' wording cancels a sale or organ hit across the whole sentence, while 'a smugglers' safe
house' and 'without a court' are not such wording.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline
from clew.rules.loader import BUILTIN_DIR, load_lexicons


def rule_indicators(pipeline: Pipeline, text: str, lang: str) -> set[str]:
    """The rule-pack indicators behind the scores, without the learned model's hits: these tests pin the packs."""
    return {ind for ind in indicators(pipeline, text, lang) if not ind.startswith("learned.")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "My uncle wants to marry me to the son of the man he borrowed from so the family stops paying, "
            "I told them no and they took my passport",
            "en",
        ),
        ("Le nikah est prévu vendredi avec mon cousin, ils ont pris mon passeport à l'arrivée", "fr"),
        ("Mi papá quiere casarme con un señor del pueblo vecino que tiene tierras, yo dije que no", "es"),
    ],
)
def test_coercion_around_a_marriage_is_read_across_the_sentence(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "fm.marriage_under_coercion" in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("They gave the girl to a farmer from the next valley who paid 3,000 to her father", "en"),
        ("La casaron con un comerciante de la capital que le dio dinero al papá", "es"),
    ],
)
def test_money_to_the_father_past_a_clause_is_marriage_for_money(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "fm.marriage_for_money" in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Noivas do interior para estrangeiros, se a esposa fugir trazemos outra sem custo", "pt"),
        ("หาภรรยาให้ชาวต่างชาติ ถ้าหนีไปเปลี่ยนคนใหม่ให้ฟรี", "th"),
    ],
)
def test_a_replacement_promised_for_a_bride_who_leaves_is_forced_marriage(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "forced_marriage" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The boys are 14, they sleep at the workshop and the boss keeps their papers", "en"),
        ("Las chamacas de 15 no agarran el dinero, el encargado se queda con todo", "es"),
        ("Мальчику 13, паспорт у хозяина, выходить не дают", "ru"),
    ],
)
def test_a_minor_beside_control_is_child_exploitation(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "ce.minor_in_exploitation" in indicators(pipeline, text, lang)
    assert "child_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Intercambio escolar en Irlanda para alumnos de 15 a 17 años, con familia anfitriona", "es"),
        ("找保姆，女，二十岁以上，住家，工资每月按时发", "zh"),
        ("Mon fils a 15 ans et garde son propre téléphone", "fr"),
    ],
)
def test_school_exchanges_and_adult_ages_are_no_child_lead(pipeline: Pipeline, text: str, lang: str) -> None:
    assert not rule_indicators(pipeline, text, lang) & {"ce.minor_in_exploitation", "ce.minor_sold_or_married"}


def test_twenty_in_chinese_is_not_read_as_ten() -> None:
    terms = load_lexicons(BUILTIN_DIR)["minor_age"].terms["zh"]
    assert not [term for term in terms if "二十岁".find(term) >= 0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Club on the highway hires girls to sit and drink with clients, the owner keeps the passports", "en"),
        ("招陪酒公主，住公司宿舍，证件由公司保管，不能随便外出", "zh"),
        ("شغل للبنات تقعدي مع الضيوف بالليل ومتقوليش لحد", "ar"),
    ],
)
def test_a_sex_trade_setting_beside_control_is_sexual_exploitation(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "sexual_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Baby it's for our house, you work a few weeks at the place and I keep the money for us", "en"),
        ("Iubito, pentru viitorul nostru mergi la muncă, îți țin eu banii", "ro"),
    ],
)
def test_a_partner_keeping_her_money_for_our_house_is_sexual_exploitation(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "se.partner_holds_earnings" in indicators(pipeline, text, lang)


def test_a_partner_meeting_her_at_the_airport_is_no_lead(pipeline: Pipeline) -> None:
    text = "Babe, I'll keep your passport in my bag, see you at the airport at six"
    assert "se.partner_holds_earnings" not in rule_indicators(pipeline, text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "An investigation by the ministry found that brokers paid poor farmers to sell a kidney for $3,000 "
            "each at a private clinic",
            "en",
        ),
        (
            "Mod note: listings offering maids for transfer were removed, selling people breaks our rules",
            "en",
        ),
        ("Le tribunal a condamné deux hommes : ils faisaient venir des jeunes pour vendre un rein à l'étranger", "fr"),
    ],
)
def test_news_and_notices_cancel_across_the_sentence(pipeline: Pipeline, text: str, lang: str) -> None:
    assert rule_indicators(pipeline, text, lang) == set()


def test_a_smugglers_safe_house_is_no_safety_notice(pipeline: Pipeline) -> None:
    text = "En la casa de seguridad nos vendieron a otro grupo, piden dinero a la familia"
    assert "sale_of_persons" in flagged(pipeline, text, "es")


def test_a_marriage_without_a_court_is_no_court_report(pipeline: Pipeline) -> None:
    text = "بنت عمرها ١٤ سنة، أهلها موافقين، الزواج بسرعة ومن غير محكمة"
    assert "child_exploitation" in flagged(pipeline, text, "ar")


def test_a_hotline_notice_is_no_movement_restriction(pipeline: Pipeline) -> None:
    text = "Если работодатель не выпускает вас с объекта, звоните на горячую линию 555-0123"
    assert "le.movement_restriction" not in indicators(pipeline, text, "ru")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The crew boss holds the pay until the end of the season, we only get food money", "en"),
        ("En la finca el pago cuando se termine la campaña, mientras tanto vales para la tienda", "es"),
        ("Na fazenda o peão só recebe no fim da safra, até lá fica tudo anotado", "pt"),
    ],
)
def test_pay_held_until_the_season_ends_is_wage_withholding(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.wage_withholding" in rule_indicators(pipeline, text, lang)


def test_a_harvest_bonus_paid_at_the_end_of_the_season_on_top_of_weekly_wages_is_no_withholding(
    pipeline: Pipeline,
) -> None:
    text = "Weekly wages by bank transfer every Friday; a harvest bonus is added at the end of the season"
    assert "le.wage_withholding" not in rule_indicators(pipeline, text, "en")
