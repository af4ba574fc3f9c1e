"""Sexual- and child-exploitation packs 1.21: grooming by adults with access to a child, children named by a school
grade, women posted with prices and kept in, women sold to a venue, boyfriends who promised marriage.

These texts are written for the tests (not taken from any held-out set, and not the packs' own examples).

- An adult (coach, tutor, teacher, camp leader, a stranger in a game) gives a child gifts or messages the child at
  night, with secrecy or a request for pictures (ce.adult_grooming_contact): missed in rounds 23, 26, 27, 28.
- A child named by a school grade beside outings, clients or a 'manager' (ce./se.school_grade_offered).
- Women posted with prices by someone who keeps them in or holds their passports, even in a moderator's report
  about that one account (se.women_priced_and_kept); a group's general rules stay unread.
- A woman sold to a bar, brothel or KTV (se.sold_into_sex_venue): missed in rounds 13, 16, 22, 24, 26, 27, 28.
- A boyfriend who promised marriage and then put her to work (se.boyfriend_promise_then_work).
"""

from __future__ import annotations

import pytest
from pack_verdicts import flagged, indicators

from clew.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The drama teacher keeps texting my 13 year old at midnight, "
            "got her a new phone case, and says it's their secret",
            "en",
        ),
        (
            "El monitor del campamento le escribe a mi hijo de noche, "
            "le regaló unos tenis y le dijo que no le cuente a nadie",
            "es",
        ),
        ("L'animateur du club écrit à mon fils la nuit, lui a offert un maillot et lui a dit de ne rien dire", "fr"),
        ("Вожатый пишет моей дочке по ночам, подарил наушники и сказал никому не говорить", "ru"),
        ("孩子的篮球教练深夜给他发消息，送他球衣，让他别告诉我们", "zh"),
        ("Um estranho no jogo manda diamantes pro meu filho de 10 anos e pediu foto sem camisa", "pt"),
    ],
)
def test_an_adult_who_gives_gifts_or_messages_at_night_and_asks_for_secrecy_is_read(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "ce.adult_grooming_contact" in indicators(pipeline, text, lang)
    assert "child_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If a coach gives your child gifts and asks to keep it secret, tell a trusted adult", "en"),
        ("The coach gave gifts to every player at the awards night", "en"),
        ("El entrenador prepara una fiesta sorpresa de cumpleaños, no le digas nada a Juan, es un secreto", "es"),
        ("如果有陌生人在游戏里给孩子送皮肤并要照片，请家长报警", "zh"),
    ],
)
def test_awareness_advice_gifts_to_a_team_and_surprise_parties_stay_unread(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "ce.adult_grooming_contact" not in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Year 10 girl doing meetups, her 'manager' sets the prices, known clients only", "en"),
        ("Chamaca de tercero de secundaria para salidas, el primo arregla todo", "es"),
        ("Девятиклассница, для встреч с щедрыми мужчинами, на ночь можно", "ru"),
        ("Ada siswi SMP nemenin tamu, bisa dibawa keluar kalau bayar lebih", "id"),
    ],
)
def test_a_child_named_by_a_school_grade_and_offered_is_read_in_both_typologies(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    found = indicators(pipeline, text, lang)
    assert {"ce.school_grade_offered", "se.school_grade_offered"} <= found
    assert {"child_exploitation", "sexual_exploitation"} <= flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Year 9 field trip to the aquarium: pay extra for the gift shop", "en"),
        ("Salida al museo para alumnos de sexto grado, pagar extra por el transporte", "es"),
        ("Репетитор для 8 класса, доплата за выезд на дом", "ru"),
    ],
)
def test_school_trips_and_tutoring_stay_unread(pipeline: Pipeline, text: str, lang: str) -> None:
    found = indicators(pipeline, text, lang)
    assert "ce.school_grade_offered" not in found and "se.school_grade_offered" not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Mod report: the channel 'Harbour Nights' posted girls with prices per hour "
            "and wrote they live with us, account removed",
            "en",
        ),
        (
            "Reporte del admin: el perfil 'Noches Lima' subía chicas con tarifas y decía que no salen solas; eliminado",
            "es",
        ),
        ("Модератор: в группе 'Досуг Омск' выкладывали девушек с ценами, писали что живут у нас", "ru"),
    ],
)
def test_a_report_about_one_account_posting_kept_women_with_prices_is_read(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "se.women_priced_and_kept" in indicators(pipeline, text, lang)
    assert "sexual_exploitation" in flagged(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Group rules: posting girls with prices is forbidden and will be removed; "
            "girls who live with us is not an excuse",
            "en",
        ),
        ("Normas: prohibido publicar chicas con tarifas, se eliminarán las cuentas", "es"),
    ],
)
def test_general_rules_of_a_group_stay_unread(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "se.women_priced_and_kept" not in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("They sold my sister to a brothel in the capital and the madam says she owes for food", "en"),
        ("A mi prima la vendieron a una cantina en la frontera", "es"),
        ("我表妹被卖到夜总会，老板不让她走", "zh"),
    ],
)
def test_a_woman_sold_to_a_sex_venue_is_read(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "se.sold_into_sex_venue" in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bar for sale in the old town, sold with all fittings", "en"),
        ("Se traspasa bar, vendido con licencia", "es"),
    ],
)
def test_a_bar_sold_as_a_business_stays_unread(pipeline: Pipeline, text: str, lang: str) -> None:
    assert "se.sold_into_sex_venue" not in indicators(pipeline, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He promised to marry me, took me to Milan and now makes me work with clients", "en"),
        ("Мой парень обещал жениться, а в Дубае заставляет работать и говорит, что я должна", "ru"),
    ],
)
def test_a_boyfriend_who_promised_marriage_then_put_her_to_work_is_read(
    pipeline: Pipeline, text: str, lang: str
) -> None:
    assert "se.boyfriend_promise_then_work" in indicators(pipeline, text, lang)


def test_a_promise_of_marriage_that_was_kept_stays_unread(pipeline: Pipeline) -> None:
    text = "He promised to marry me and we married last spring, the wedding was lovely"
    assert "se.boyfriend_promise_then_work" not in indicators(pipeline, text, "en")
