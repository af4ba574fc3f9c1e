"""Session 22 (helper D2) identifier families: numbers that are something else (register numbers whose label reads as a
number word, amounts with their currency after them, ageing times), labels that end in an ambiguous number word, and
the forms found missing in batches 25-34 (texts written for these tests; fictional values only)."""

from __future__ import annotations

import pytest
from extracted import values as _values

# -- phones: a register's label that a number-word table reads as a digit -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "SIRET 199 004 217 00015 · TVA FR 42 199004217",
        "Société Exemple — n° SIREN 199 004 217, TVA FR 42 199004217",
        "Facture 2026-0415 · TVA intracommunautaire FR 42 199004217",
    ],
)
def test_a_vat_number_after_siret_is_no_phone(text: str) -> None:
    assert _values(text, "phone", "FR") == []


def test_a_phone_after_a_vat_number_is_still_read() -> None:
    assert _values("TVA FR 42 199004217 · tél. 01 99 00 42 17", "phone", "FR") == ["+33199004217"]


def test_swedish_two_still_reads_in_a_spoken_number() -> None:
    assert _values("ring noll sju noll, två tre fyra, fem sex sju åtta", "phone", "SE") == ["+46702345678"]


# -- phones: amounts with the currency's sign after them ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Tarif : 31,25 € · 55,50 € · 101,40 € TTC", "FR"),
        ("Prices: 155.50 $ · 120.00 $ · 555.01 $", "US"),
        ("Стоимость: 25,50 ₽ · 55,50 ₽ · 101,40 ₽", "RU"),
        ("Preise 31,25 € / 55,50 € / 101,40 €", "DE"),
    ],
)
def test_amounts_with_the_currency_after_them_are_no_phone(text: str, country: str) -> None:
    assert _values(text, "phone", country) == []


@pytest.mark.parametrize(
    ("text", "country", "phone"),
    [
        ("01 99 00 42 17 · 80 €", "FR", "+33199004217"),
        ("call 312 555 0123, 150 $ an hour", "US", "+13125550123"),
    ],
)
def test_a_phone_next_to_an_amount_is_still_read(text: str, country: str, phone: str) -> None:
    assert _values(text, "phone", country) == [phone]


# -- phones: a label ending in an ambiguous number word, then a colon -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "phone"),
    [
        ("Rufft un: null eent, néng néng, null null, sechs fënnef, dräi aacht", "FR", "+33199006538"),
        ("Rufft un: null eent · néng néng · null null · sechs eent · dräi aacht", "FR", "+33199006138"),
        ("Appelez un : zéro un, quatre-vingt-dix-neuf, zéro zéro, soixante-cinq, trente-huit", "FR", "+33199006538"),
    ],
)
def test_an_ambiguous_word_before_a_colon_is_the_label_not_a_digit(text: str, country: str, phone: str) -> None:
    assert _values(text, "phone", country) == [phone]


# -- ages: an ageing time in months, weeks or days is no age --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cheese aged 24 months",
        "Comté affiné, âge 18 mois",
        "Jamón ibérico, edad 36 meses",
        "Bergkäse, Alter 24 Monate",
        "Prosciutto, età 20 mesi",
        "Сыр, возраст 12 месяцев",
        "Beef aged 28 days",
    ],
)
def test_an_ageing_time_is_no_age(text: str) -> None:
    assert _values(text, "age") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Lena, aged 24, new in town", "24"),
        ("aged 21 and ready", "21"),
        ("Alter 23, neu hier", "23"),
    ],
)
def test_an_age_label_still_reads_an_age(text: str, age: str) -> None:
    assert _values(text, "age") == [age]


# -- handles: a platform's name spelled syllable by syllable (Vietnamese) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Liên hệ Tê-lê-gram: @vieclam_nhat", "telegram:vieclam_nhat"),
        ("Nhắn tê lê gram @vieclam_nhat nhé", "telegram:vieclam_nhat"),
        ("Inbox Phây-búc: @linh.nguyen.job", "facebook:linh.nguyen.job"),
    ],
)
def test_a_platform_spelled_by_syllables_names_the_handle(text: str, handle: str) -> None:
    assert _values(text, "handle") == [handle]


def test_an_at_name_without_a_platform_stays_unknown() -> None:
    assert _values("Liên hệ: @vieclam_nhat", "handle") == ["unknown:vieclam_nhat"]


# -- payments: a comma and a copula, a clipped word before the colon, Finnish case endings --------------------------


@pytest.mark.parametrize(
    ("text", "payment"),
    [
        ("send to my venmo, it's @Bree-Allen", "venmo:bree-allen"),
        ("mon PayPal, c'est @lina.k", "paypal:lina.k"),
        ("Venmo pa' el depósito: @Yari-Cruz", "venmo:yari-cruz"),
        ("PayPal pour l'acompte: @lina.k", "paypal:lina.k"),
        ("Ennakko Revolutin kautta: @aino.v", "revolut:aino.v"),
        ("Maksu Revolutilla @aino.v", "revolut:aino.v"),
    ],
)
def test_a_service_then_its_handle_through_more_separators(text: str, payment: str) -> None:
    assert _values(text, "payment") == [payment]


@pytest.mark.parametrize(
    "text",
    ["I use venmo, it's easy", "venmo, paypal, zelle accepted", "a revolution is @coming", "revolutionary times"],
)
def test_no_handle_no_payment(text: str) -> None:
    assert _values(text, "payment") == []


# -- e-mails: every middle dot glued between letters is a dot -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("信箱：chen‧wei@example‧com", "chen.wei@example.com"),
        ("郵件 chen‧wei＠example‧com‧tw", "chen.wei@example.com.tw"),
        ("mail: chen⸱wei@example⋅com", "chen.wei@example.com"),
    ],
)
def test_middle_dots_between_letters_are_dots(text: str, email: str) -> None:
    assert _values(text, "email") == [email]


def test_spaced_hyphenation_points_separate_a_list() -> None:
    assert _values("值班 ‧ 夜班 ‧ 週末", "email") == []
