"""Session 23 identifier families: each phenomenon in several languages or scripts, with the look-alikes that must
stay out (texts written for these tests; fictional values only)."""

from __future__ import annotations

import pytest
from extracted import spans as _spans
from extracted import values as _values

# -- ages: number words of more languages, the sex sign, years of work experience ----------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        # Ukrainian and Belarusian: an apostrophe inside the number word, straight or curly
        ("Їй дев'ятнадцять років, шукає роботу", "19"),
        ("Мені тридцять п’ять років", "35"),
        ("Я маю сорок дев'ять років", "49"),
        # Armenian: tens and unit glued, or the tens alone, before "տարեկան"
        ("Ես քսանմեկ տարեկան եմ", "21"),
        ("Նա երեսուն տարեկան է", "30"),
        # Icelandic: the genitive after "og" ("tveggja", "þriggja"), "árs" after a number ending in one
        ("Hún er þrjátíu og þriggja ára", "33"),
        ("Ég er nítján ára og bý í Reykjavík", "19"),
        ("Hann er tuttugu og eins árs", "21"),
        ("Ég er tuttugu og fjögurra ára", "24"),
        # Albanian: tens "e" unit, the teens, with and without the diacritics
        ("Ajo është tridhjetë e dy vjeç", "32"),
        ("Jam tetëmbëdhjetë vjeç", "18"),
        ("Jam njezet e pese vjec", "25"),
        # Oromo: "umurii" (age) with a possessive and "waggaa" (years) before the number, in digits or words
        ("Umuriin ishee waggaa 27, Jimmaa irraa", "27"),
        ("Umurii koo: 23", "23"),
        ("Umuriin koo waggaa digdamii sadii", "23"),
        ("Ani waggaa 26 dha, hojii barbaada", "26"),
    ],
)
def test_number_words_and_labels_of_more_languages(text: str, age: str) -> None:
    assert _values(text, "age") == [age]


@pytest.mark.parametrize(
    "text",
    [
        "Пішла з роботи п'ять років тому",  # Ukrainian "ago", small number
        "Працюю тут двадцять років тому назад",
        "Fyrirtækið hefur starfað í tuttugu ár",  # Icelandic "ár" is a duration, not "ára"
        "15 ára reynsla af þjónustu",  # years of experience
        "12 vjet përvojë në kuzhinë",  # Albanian experience
        "Kam punuar 20 vjet punë në hotel",
        "waggaa 5 dura Finfinnee turte",  # Oromo "ago" with no age label
    ],
)
def test_durations_in_those_languages_are_no_age(text: str) -> None:
    assert _values(text, "age") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Maja ♀ 24 | Gdańsk", "24"),
        ("Eva 26 ♀ | Tallinn", "26"),
        ("♂ 31, Porto, new here", "31"),
        ("Ana 23♀ 💋", "23"),
        ("Noor ♀️ 25 · Utrecht", "25"),
    ],
)
def test_the_sex_sign_beside_the_number_is_an_age(text: str, age: str) -> None:
    assert _values(text, "age") == [age]


@pytest.mark.parametrize(
    "text",
    [
        "Shoes 36-38 ♀",  # sizes after a dash
        "♀ 22 cm heels",  # a unit after it
        "Room ♀ 22:00",  # a time
        "No. 22 ♀ toilets",
    ],
)
def test_sex_sign_look_alikes_are_no_age(text: str) -> None:
    assert _values(text, "age") == []


@pytest.mark.parametrize(
    "text",
    [
        "Staż pracy: 12 lat w hotelarstwie",
        "Doświadczenie — 8 lat",
        "Опыт работы: 15 лет",
        "Стаж 20 лет, водитель",
        "Досвід роботи: двадцять років",
        "Experience: 18 years in hospitality",
        "Work experience → 21 years",
        "Berufserfahrung: 16 Jahre",
        "Experiencia laboral: veinte años",
        "Expérience : 17 ans dans la restauration",
        "Përvoja e punës: 14 vjet",
        "工作经验15年",
    ],
)
def test_years_of_work_experience_after_a_label_are_no_age(text: str) -> None:
    assert _values(text, "age") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Wiek: 22 lata, staż pracy: 3 lata", "22"),
        ("no experience but 23 years old and eager", "23"),
        ("Age: 24, experience 5 years", "24"),
    ],
)
def test_an_age_beside_years_of_experience_stays(text: str, age: str) -> None:
    assert _values(text, "age") == [age]


# -- e-mail: the Turkic "point" ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("Жаз: aibek.t собака example чекит kg", "aibek.t@example.kg"),
        ("CV: nurlan_m собака example чекит com", "nurlan_m@example.com"),
        ("ayna.g @ example nokat com", "ayna.g@example.com"),
        ("Языгыз: alsu.r собака example нокта ru", "alsu.r@example.ru"),
    ],
)
def test_turkic_dot_words(text: str, email: str) -> None:
    assert _values(text, "email") == [email]


def test_turkic_dot_word_in_a_sentence_is_no_address() -> None:
    assert _values("Бул жакшы чекит эмес", "email") == []


# -- handles: compound platform names split in two; the '@' as the account's name; Instagram highlights ----------


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("ٹیلی گرام: @zara_khi", "telegram:zara_khi"),
        ("اینستا گرام: @nazanin.r", "instagram:nazanin.r"),
        ("टेली ग्राम: @meera_k", "telegram:meera_k"),
        ("فیس بوک: sahar.m22", "facebook:sahar.m22"),
        ("واٹس ایپ نہیں، ٹیلیگرام: @hina_lhr", "telegram:hina_lhr"),
    ],
)
def test_compound_platform_names_written_in_two_words(text: str, handle: str) -> None:
    assert handle in _values(text, "handle")


def test_a_split_that_is_no_platform_name_is_no_cue() -> None:
    assert _values("سن اب: @rida_k", "handle") == ["unknown:rida_k"]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("My @ is nina.vale 💋", "unknown:nina.vale"),
        ("mi @ es luna_22", "unknown:luna_22"),
        ("mon @ c'est jade.vip", "unknown:jade.vip"),
        ("my @: kira22", "unknown:kira22"),
    ],
)
def test_the_at_sign_as_the_name_of_the_account(text: str, handle: str) -> None:
    assert _values(text, "handle") == [handle]


@pytest.mark.parametrize("text", ["my @ is in my bio", "my @ is the same", "my @ is example.com"])
def test_the_at_sign_as_a_name_without_a_username(text: str) -> None:
    assert _values(text, "handle") == []


def test_the_at_sign_as_a_name_spans_the_sign_and_the_name() -> None:
    assert _spans("DM me, my @ is nina.vale", "handle") == ["@ is nina.vale"]


@pytest.mark.parametrize(
    "text",
    [
        "instagram.com/stories/highlights/17841400000000001/",
        "https://www.instagram.com/stories/highlights/17900000000000002/?hl=en",
    ],
)
def test_instagram_highlights_name_no_account(text: str) -> None:
    assert _values(text, "handle") == []


def test_an_instagram_story_still_names_its_account() -> None:
    assert _values("instagram.com/stories/mila.rose/3012345678/", "handle") == ["instagram:mila.rose"]


# -- payment: a case ending after an apostrophe -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "payment"),
    [
        ("Siųsk per Revolut'ą: @rasa.k", "revolut:rasa.k"),
        ("Pervesk PayPal'ui: @jonas.p", "paypal:jonas.p"),
        ("Zapłać przez Revolut'em: @ola.w", "revolut:ola.w"),
        ("Venmo'ya gönder: @deniz-k", "venmo:deniz-k"),
    ],
)
def test_case_endings_after_an_apostrophe(text: str, payment: str) -> None:
    assert _values(text, "payment") == [payment]
    assert _values(text, "handle") == []  # the payment service's '@' name is no social handle


# -- handle: a long run of platform names ------------------------------------------------------------------------


@pytest.mark.parametrize("unit", ["telegram ", "sc / ig ", "👻 SC "], ids=["names", "joined", "emoji-labelled"])
def test_a_long_run_of_platform_names_finishes_with_no_handle(unit: str) -> None:
    # Merging joined cues once rechecked the whole growing group for every new cue, so 100,000 repeated names
    # took minutes; how the time grows is measured by `bench/identifiers_memex.py --linear`.
    text = unit * 100_000
    assert _values(text, "handle") == []


# -- age: sizes in years, cars by make, a Vietnamese age limit ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pantalon garçon taille 10 ans, très bon état, 5 €",
        "Chaqueta niña talla 8 años, como nueva",
        "Куртка детская размер на 12 лет, 900 руб.",
        "Renault Clio, 14 years old, MOT till June",
        "Ford Fiesta, 15 let stará, STK do 2027",
        "Tuyển nhân viên phục vụ, trên 18 tuổi, có kinh nghiệm",
    ],
)
def test_sizes_cars_and_age_limits_are_not_ages(text: str) -> None:
    assert _values(text, "age") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [("Tôi 20 tuổi, đang tìm việc ở Đà Nẵng", "20"), ("I'm 22, size 10 dress", "22"), ("Anna, 23 let, Brno", "23")],
)
def test_a_person_s_age_beside_a_size_is_still_read(text: str, age: str) -> None:
    assert _values(text, "age") == [age]
