"""Packs 1.11: stems in the concept lexicons, and document-level decisions the examples cannot show.

These texts are written for the tests (not taken from any held-out set). They pin what packs 1.11
added: inflected forms that no lexicon lists are read through a stem (Russian cases, Spanish and
Portuguese verb endings, Romanian articles, Arabic suffixes); a person who says they or a relative
were sold on to another holder is a sale of persons, while selling one's own car is not; a
controller holding her phone and taking the money is sexual exploitation; an organ demanded by a
lender or a smuggler is organ trafficking, while a loan for dialysis is not; a widow told to marry
her husband's brother is forced marriage; a rights notice or a court ruling is no lead.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline
from clew.rules.loader import BUILTIN_DIR, load_lexicons


@pytest.mark.parametrize(
    ("lexicon", "lang", "stem", "unlisted"),
    [
        ("document_passport", "ru", "паспорт*", "паспортами"),
        ("woman_girl", "ru", "девуш*", "девушкой"),
        ("captive", "es", "esclav*", "esclavas"),
        ("debt", "ro", "datori*", "datoriilor"),
        ("document_passport", "ar", "جواز*", "جوازاتنا"),
    ],
)
def test_a_lexicon_stem_stands_for_forms_nobody_listed(lexicon: str, lang: str, stem: str, unlisted: str) -> None:
    terms = load_lexicons(BUILTIN_DIR)[lexicon].terms[lang]
    assert stem in terms
    assert unlisted not in terms  # the form is read through the stem, not listed


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Бригадир забрал паспортами всех рабочих в сейф, говорит — так надо", "ru"),
        ("الشركة ماسكة جوازاتنا من ست شهور", "ar"),
    ],
)
def test_inflected_document_words_reach_document_retention(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "le.document_retention" in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The man at the border sold us to a gang that now calls our families for money", "en"),
        ("En el camino el chofer nos vendió a otra banda, ahora piden rescate", "es"),
        ("Ils nous ont vendus à un patron de chantier pour 800 chacun", "fr"),
        ("Моего двоюродного брата продали на ферму, документы забрали", "ru"),
        ("工头把我们几个卖给了砖厂，每人三千", "zh"),
        ("المهربين باعونا لمجموعة ثانية بالصحراء", "ar"),
    ],
)
def test_a_person_sold_on_to_another_holder_is_a_sale_of_persons(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "sale_of_persons" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I sold my old fridge to the neighbours, they picked it up today", "en"),
        ("Vendimos la casa del pueblo a unos primos lejanos", "es"),
        ("The court heard that the gang sold us to a farm; three men were convicted", "en"),
    ],
)
def test_goods_sold_and_court_reports_are_no_sale_of_persons(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "sale_of_persons" not in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I hold her phone during the week, clients pay me first, she gets her cut on Sunday", "en"),
        ("Las chicas no manejan celular, todo me lo depositan a mí", "es"),
        ("Телефоны забираю вечером, деньги сдают мне", "ru"),
    ],
)
def test_a_controller_holding_her_phone_and_the_money_is_sexual_exploitation(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "se.third_party_control" in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The loan shark told my father that one kidney and the debt is wiped", "en"),
        ("El coyote dijo que si dejamos un riñón en la clínica nos pasa gratis", "es"),
        ("Коллектор сказал: продашь почку — долг спишут", "ru"),
    ],
)
def test_an_organ_demanded_by_a_lender_or_smuggler_is_organ_trafficking(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "organ_trafficking" in flagged(pipeline, text, lang)


def test_a_loan_for_dialysis_is_no_organ_lead(pipeline: Pipeline) -> None:
    text = "Our lender approved a small loan for my mother's kidney dialysis, repaid monthly"
    assert "organ_trafficking" not in flagged(pipeline, text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("After my husband died his family said I must marry his brother and I have no choice", "en"),
        ("Après la mort de mon mari, ils disent que je dois épouser son frère, je n'ai pas le choix", "fr"),
        ("بعد ما مات زوجي قالوا لازم أتزوج أخوه وما عندي خيار", "ar"),
    ],
)
def test_a_widow_made_to_marry_the_brother_is_forced_marriage(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "forced_marriage" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Работодатель не имеет права удерживать ваш паспорт: это незаконно", "ru"),
        ("من حقك الاحتفاظ بجواز سفرك، ولا يجوز لصاحب العمل أخذه", "ar"),
        ("The High Court granted a forced marriage protection order for a 16-year-old girl", "en"),
        ("Selling my 10yo mare, good with beginners", "en"),
    ],
)
def test_rights_notices_court_orders_and_horses_are_no_leads(pipeline: Pipeline, text: str, lang: str) -> None:
    assert flagged(pipeline, text, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The gangmaster sold six of the pickers to another farm for 700 each", "en"),
        ("El contratista vendió a los peones a una mina del norte", "es"),
        ("包工头把我们几个工人卖给了砖厂，每人三千", "zh"),
    ],
)
def test_workers_sold_to_another_employer_are_also_labour_exploitation(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert {"labour_exploitation", "sale_of_persons"} <= flagged(pipeline, text, lang)


def test_a_woman_sold_on_without_work_words_is_no_labour_lead(pipeline: Pipeline) -> None:
    verdict = flagged(pipeline, "My cousin was sold to a man in another village last winter", "en")
    assert "sale_of_persons" in verdict and "labour_exploitation" not in verdict


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Necesito una niña de 12 años que venga del pueblo a ayudar en la casa, le doy comida, no pago sueldo", "es"),
        ("On prend une fille de 11 ans pour aider à la maison, logée nourrie, pas de salaire", "fr"),
        ("Quero uma menina de 13 anos para ajudar em casa, dou comida e estudo", "pt"),
    ],
)
def test_a_child_taken_in_to_do_housework_without_pay_is_child_exploitation(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "child_exploitation" in flagged(pipeline, text, lang)


def test_a_paid_adult_housekeeper_is_no_child_lead(pipeline: Pipeline) -> None:
    assert flagged(pipeline, "Buscamos señora para ayudar en la casa, sueldo fijo y seguro", "es") == set()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Avem eleve de 16 ani pentru petreceri private, scrie pe privat", "ro"),
        ("Ada siswi umur 15, open BO, harga via DM", "id"),
    ],
)
def test_minors_offered_for_sex_are_child_exploitation_in_romanian_and_indonesian(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert {"child_exploitation", "sexual_exploitation"} <= flagged(pipeline, text, lang)
