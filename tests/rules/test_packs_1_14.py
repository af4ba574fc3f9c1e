"""Packs 1.14: concepts read across words and typologies that the per-indicator examples cannot show.

These texts are written for the tests (not taken from any held-out set). They pin what packs 1.14 added:
someone else taking her money is read as a concept (a verb of taking next to a word for the money, in any
tense or word order) beside fear or a daily quota, while the same verb at a school raffle is not; a daily
quota beside a sex-trade setting is control; a hostess or party job beside papers held is sexual exploitation,
while a car-show job is not, and a photo-shoot offer with looks screening and papers held stays labour's (as
the synthetic corpus has it); a woman handed on with her work phone or regulars is sexual exploitation, while
a second-hand phone is not; a minor offered for a private meeting through a third party is sexual
exploitation; a minor beside a debt or a refusal to let her go home, or a child whose pay goes to whoever
brought them, is child exploitation; a fair-recruitment notice that names the red flags flags nothing.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline


def rule_indicators(pipeline: Pipeline, text: str, lang: str) -> set[str]:
    """The rule-pack indicators behind the scores, without the learned model's hits: these tests pin the packs."""
    return {ind for ind in indicators(pipeline, text, lang) if not ind.startswith("learned.")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The fella on the stairs pockets the cash every time, and she whispered she has a quota every night", "en"),
        ("El hombre del coche se llevaba la plata y ella tenía que juntar 200 cada noche", "es"),
        ("Le gars en bas ramasse les sous, elle doit ramener 250 par jour à la tantie", "fr"),
        ("Деньги забирает охранник, а она должна сдавать норму в день", "ru"),
        ("السواق اللي برا بيقبض المصاري وهي لازم تسلم كل يوم", "ar"),
    ],
)
def test_money_taken_by_another_beside_a_quota_is_sexual_exploitation(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "se.client_account_control" in rule_indicators(pipeline, text, lang)
    assert "sexual_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("My uncle pocketed the cash from the school raffle and bought everyone ice cream", "en"),
        ("La tesorera recoge el dinero de la excursión y da los recibos el lunes", "es"),
    ],
)
def test_the_same_verb_without_fear_or_a_quota_is_not(pipeline: Pipeline, text: str, lang: str) -> None:
    assert flagged(pipeline, text, lang) == set()


def test_a_news_report_of_money_taken_is_not_an_account(pipeline: Pipeline) -> None:
    text = "Police said the guard took the money and the women had to hand over a quota every night; two were charged"
    assert "se.client_account_control" not in rule_indicators(pipeline, text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bottle service girls for the yacht party season, the agency keeps passports until the end", "en"),
        ("Chicas para fiestas privadas en Marbella, la agencia guarda el pasaporte", "es"),
        ("派对模特招聘，护照由公司代管", "zh"),
    ],
)
def test_a_party_or_hostess_job_beside_papers_held_is_sexual_exploitation(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "se.held_in_sex_trade" in rule_indicators(pipeline, text, lang)
    assert "sexual_exploitation" in flagged(pipeline, text, lang)


def test_a_car_show_promo_job_is_not(pipeline: Pipeline) -> None:
    text = "Promo models for the motor show, good looking, weekly pay, contract with the organiser"
    assert "sexual_exploitation" not in flagged(pipeline, text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Letting her go to whoever pays, she comes with the work phone and her ads acct", "en"),
        ("Je laisse la petite à qui veut, avec le tel de taf et ses habitués", "fr"),
        ("转让一个妹子，带工作手机，价格私聊", "zh"),
    ],
)
def test_a_woman_handed_on_with_her_work_phone_is_sexual_exploitation(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "se.sex_business_handover" in rule_indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Selling my old work phone, unlocked, with charger", "en"),
        ("Café à céder avec sa clientèle et le matériel", "fr"),
    ],
)
def test_a_second_hand_phone_or_a_shop_is_not_a_handover(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "se.sex_business_handover" not in rule_indicators(pipeline, text, lang)


def test_a_minor_offered_for_a_private_meeting_is_sexual_and_child_exploitation(pipeline: Pipeline) -> None:
    text = "Schoolgirl, very fresh, I can bring her to your motel, you pay me"
    assert "se.minor_offered_for_sex" in rule_indicators(pipeline, text, "en")
    assert "sexual_exploitation" in flagged(pipeline, text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Girls of 15 working the bar still owe for the bus, and the boss won't let them go home", "en"),
        ("Kids 12-14 for the brick kiln, pay goes to whoever brought them", "en"),
        ("Con bé 14 tuổi làm quán nhậu, chủ không cho về, bảo còn nợ tiền xe", "vi"),
    ],
)
def test_a_minor_beside_a_debt_a_refusal_or_pay_to_another_is_child_exploitation(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "ce.minor_in_exploitation" in rule_indicators(pipeline, text, lang)
    assert "child_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tip: an honest employer never asks you to pay for a job and never keeps your passport", "en"),
        ("Памятка: настоящий работодатель не берёт денег за работу и не забирает паспорт", "ru"),
        ("提醒：正规公司不会扣押你的护照，也不会让你先交钱", "zh"),
        ("Conseil : un employeur sérieux ne garde jamais votre passeport", "fr"),
    ],
)
def test_a_fair_recruitment_notice_naming_the_red_flags_flags_nothing(pipeline: Pipeline, text: str, lang: str) -> None:
    assert flagged(pipeline, text, lang) == set()


def test_a_passport_kept_in_an_offer_is_still_read(pipeline: Pipeline) -> None:
    text = "Construction job abroad, the company keeps your passport until the contract ends"
    assert "le.document_retention" in rule_indicators(pipeline, text, "en")


def test_a_photo_shoot_offer_with_looks_screening_and_papers_held_stays_labour(pipeline: Pipeline) -> None:
    text = "Catalogue photo shoots in Seoul, age 18-25, good looking, full body pics, the employer keeps the passport"
    assert "se.held_in_sex_trade" not in rule_indicators(pipeline, text, "en")
    assert "labour_exploitation" in flagged(pipeline, text, "en")
