"""Session 22 (helper A): sale-of-persons concepts added in 1.26.

People auctioned or put up for sale, abducted women sold or paid for by fighters, marriage bureaus and bride
tours that pay the family or hand the bride over at once, people lost at cards or pledged to a creditor, and
resale between holders. Texts are written for these tests, not taken from any held-out set.
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline

SP_AUC = "sp.people_auctioned"
SP_CAP = "sp.captives_sold_by_armed_group"
SP_BUR = "sp.bride_bureau_sale"
SP_GAM = "sp.person_gambled_or_pledged"

CASES = [
    # (indicator, lang, text, expected to fire)
    (SP_AUC, "en", "Private channel tonight: auction of three maids, photo and age, bids start at 700", True),
    (SP_AUC, "es", "En el chat hacen subasta de mujeres para un bar, la que gana se la llevan", True),
    (SP_AUC, "fr", "Ils ont mis aux enchères des domestiques dans un groupe, au plus offrant", True),
    (SP_AUC, "ru", "Меня выставили на продажу в канале с фотографией и ценой", True),
    (SP_AUC, "en", "Vintage furniture auction on Sunday, viewing from 10am", False),
    (SP_AUC, "es", "Subasta benéfica de camisetas firmadas por los jugadores", False),
    (SP_AUC, "fr", "Vente aux enchères de chats de race : catalogue en ligne", False),
    (
        SP_CAP,
        "en",
        "The militia took my niece, later a commander was paid 800 dollars and a fighter took her as his wife",
        True,
    ),
    (SP_CAP, "ar", "المسلحين خطفوا البنات، واللي يبي وحدة يدفع للأمير ويأخذها", True),
    (SP_CAP, "en", "Her father paid the ransom to the rebels and the kidnapped girl was released", False),
    (SP_CAP, "fr", "Le commandant a payé les combattants en retard ce mois-ci", False),
    (SP_BUR, "en", "Rishta bureau for foreign grooms, 6 lakh to her parents, visa and flight in 3 weeks", True),
    (SP_BUR, "zh", "跨国相亲团，十八万全包，女方家里拿彩礼，一个月内带回国", True),
    (SP_BUR, "en", "Marriage bureau for doctors and engineers, meet families at our office, membership 3,000", False),
    (SP_BUR, "ru", "Брачное агентство проводит вечер знакомств, вход свободный", False),
    (SP_GAM, "ru", "Отчим проиграл меня в карты соседу и сказал, что теперь я отрабатываю его долг", True),
    (SP_GAM, "es", "Mi papá empeñó a mi hermana con el prestamista hasta que se pague la deuda", True),
    (SP_GAM, "en", "He lost his watch at cards and still owes the bar", False),
    (SP_GAM, "pt", "Penhorou a televisão para pagar a dívida do cartão", False),
    ("sp.sold_on", "fr", "Ma patronne m'a revendue à un autre bar de Marseille, je dois tout rembourser", True),
    ("sp.sold_on", "vi", "Chủ quán bán chị ấy sang một quán khác ở biên giới", True),
    ("sp.sold_on", "fr", "J'ai revendu ma voiture à un collègue", False),
]


@pytest.mark.parametrize(("indicator", "lang", "text", "expected"), CASES)
def test_concepts_fire_on_the_phenomenon_not_on_lookalikes(
    pipeline: Pipeline, indicator: str, lang: str, text: str, expected: bool
) -> None:
    assert (indicator in indicators(pipeline, text, lang)) is expected


def test_one_new_concept_alone_flags_sale_of_persons(pipeline: Pipeline) -> None:
    people = "Up for auction in the group: two women, photos and ages, bids start at 400"
    assert "sale_of_persons" in flagged(pipeline, people, "en")
    cars = "Up for auction: two vintage cars, bids start at 400"
    assert "sale_of_persons" not in flagged(pipeline, cars, "en")
    assert not {i for i in indicators(pipeline, cars, "en") if i.startswith("sp.")}


def test_news_cancels_the_auction_concept(pipeline: Pipeline) -> None:
    text = "Police said the gang held an auction of women on Telegram, according to the prosecutor's report"
    assert "sp.people_auctioned" not in indicators(pipeline, text, "en")


def test_bare_spanish_debt_phrase_no_longer_counts_as_a_hand_over(pipeline: Pipeline) -> None:
    text = "Mi hija trabaja en la tienda para pagar la deuda del coche"
    assert "sp.person_as_debt_payment" not in indicators(pipeline, text, "es")
