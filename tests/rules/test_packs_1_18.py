"""Packs 1.18: keyword traps and protective voices that name the red flags are not leads.

These texts are written for the tests (not taken from any held-out set, and not the packs' own examples).
They pin what packs 1.18 added through the shared context lexicons: a musical organ for sale
(@instrument_context), a DVD or series whose title names a slave (@goods_context), a lawful recruiter's own
'we take no fees' and 'employers must not keep your passport' (@no_fee, @worker_keeps), statistics, rights
notices in the second person and crisis centres (@news_context), school e-safety lessons written as
'if a stranger … this is grooming' (@news_context) and living-donation notices saying donors are never paid
(@legit_context). Each group is paired with offers in the same languages that must still be flagged, so
the cancels cannot silently swallow the phenomenon.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged

from clew.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Selling a Hammond organ, two keyboards and bench, collection only", "en"),
        ("Organ music recital CDs for sale, Bach and Widor", "en"),
        ("Se vende órgano electrónico Casio con pedal, buen estado", "es"),
        ("Vends orgue électronique Yamaha, deux claviers, très bon état", "fr"),
        ("Продам электроорган Yamaha, два ряда клавиш", "ru"),
        ("出售二手电子风琴，雅马哈，九成新", "zh"),
        ("للبيع أورغ ياماها مستعمل بحالة ممتازة", "ar"),
        ("Vendo órgão eletrônico Yamaha com teclado duplo", "pt"),
        ("Bán đàn organ Yamaha cũ, còn mới 90%", "vi"),
        ("Продаю диск с сериалом про рабыню, все серии", "ru"),
        ("Vendo DVD de la telenovela La esclava, todos los capítulos", "es"),
    ],
)
def test_instruments_and_films_are_not_organ_or_person_sales(pipeline: Pipeline, text: str, lang: str) -> None:
    assert not flagged(pipeline, text, lang) & {"organ_trafficking", "sale_of_persons"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Selling my kidney, healthy, blood group O, serious buyers only", "en"),
        ("Vendo mi riñón por deudas, soy sano, 25 años", "es"),
        ("Je vends un rein, groupe sanguin A, urgent", "fr"),
        ("Продам почку, здоров, 30 лет, срочно", "ru"),
        ("急卖肾，O型血，身体健康", "zh"),
        ("أبيع كليتي بسبب الديون، فصيلة دمي O", "ar"),
        ("Vendo meu rim, tenho 28 anos e saúde ótima", "pt"),
        ("Cần bán thận, nhóm máu O, sức khỏe tốt", "vi"),
    ],
)
def test_organ_sales_are_still_read(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "organ_trafficking" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hotel jobs in Dubai: we take no fees from workers, visa and ticket paid by the employer", "en"),
        ("Emplois en France : nous ne prenons aucun frais au travailleur, billet payé par l'employeur", "fr"),
        ("وظائف في قطر: لا نتقاضى أي رسوم من العامل والتذكرة على الشركة", "ar"),
        ("工友须知：雇主不得扣留你的护照，遇到问题请拨打热线", "zh"),
        ("Angajatorul nu are voie să îți rețină pașaportul, sună la linia de ajutor", "ro"),
        ("If a stranger in a game sends you gift cards and asks for photos, that is grooming: save the chat", "en"),
        ("Si un desconocido te regala monedas del juego y te pide fotos, esto es grooming", "es"),
        ("Если незнакомец дарит донат и просит фото, это груминг. Сохрани переписку", "ru"),
        ("Survey: one in five girls in the region is married before 18", "en"),
        ("Mariage forcé : personne ne peut vous obliger, appelez le centre de crise", "fr"),
    ],
)
def test_lawful_recruiters_and_awareness_texts_are_not_leads(pipeline: Pipeline, text: str, lang: str) -> None:
    assert not flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "typology"),
    [
        ("Hotel jobs in Dubai, pay a 900 USD placement fee before your visa is processed", "en", "labour_exploitation"),
        ("Travail en France, frais de dossier 600 euros à payer avant le visa", "fr", "labour_exploitation"),
        ("شغل في قطر، ادفع رسوم الفيزا 800 دولار قبل السفر", "ar", "labour_exploitation"),
        ("I'll send you a gift card if you send me pics, don't tell your mom", "en", "child_exploitation"),
        ("Дам донат 1000 рублей за фото без одежды", "ru", "child_exploitation"),
        ("She is 15 and her father is marrying her to a man of 50 next month", "en", "forced_marriage"),
        ("Mes parents veulent me marier de force avec mon cousin, je n'ai que 16 ans", "fr", "forced_marriage"),
    ],
)
def test_offers_beside_them_are_still_read(pipeline: Pipeline, text: str, lang: str, typology: str) -> None:
    assert typology in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Got a girl of 15 for you tonight, hotel only, cash to me", "en"),
        ("Avem o minoră de 16, vine la hotel pe noapte, plata la mine", "ro"),
        ("Em mới 16, đi qua đêm được, liên hệ anh quản lý", "vi"),
        ("Ada cewek umur 15, bisa BO, transfer ke aku", "id"),
    ],
)
def test_a_bare_age_after_a_youth_noun_is_a_minor(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "child_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Swimming lessons for kids 9-10 yrs, Saturday mornings", "en"),
        ("Bé gái mới 9 tuổi cần tìm lớp học bơi", "vi"),
        ("Les renang untuk anak umur 9 setiap Sabtu", "id"),
    ],
)
def test_a_childs_age_alone_is_not_a_lead(pipeline: Pipeline, text: str, lang: str) -> None:
    assert not flagged(pipeline, text, lang)
