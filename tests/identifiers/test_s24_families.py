"""Session 24 identifier families: each phenomenon in several languages or forms, with the look-alikes that must
stay out (texts written for these tests; fictional values only: 555-01xx, 020 7946 0xxx, 0113 496 0xxx,
example.com)."""

from __future__ import annotations

import pytest
from extracted import values as _values

from clew.text import normalize
from clew.text.numbers import digit_view

# -- phone: digit words glued into one word (Swedish, Danish, Norwegian) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Jobb i London. Ring nolltvånoll – sjuniofyrasex – nollettnollsju", "+442079460107"),
        ("Arbete i Leeds, ring nollettetttre · fyraniosex · nollettåttanio", "+441134960189"),
        ("Job i London, ring nultonul / syvnifireseks / nulenfirenul", "+442079460140"),
    ],
)
def test_glued_digit_words_make_a_number(text: str, phone: str) -> None:
    assert _values(text, "phone") == [phone]


@pytest.mark.parametrize(
    "word",
    ["toto", "entre", "tonight", "often", "sextett", "fortune", "tretton", "sexton"],
)
def test_ordinary_words_are_not_glued_digits(word: str) -> None:
    text = f"Det var {word} i går"
    assert digit_view(normalize(text)).text == normalize(text).text


# -- phone: the radio (ICAO) digit words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Radio check, call me on seven zero too, fife fife fife, zero wun niner tree", "+17025550193"),
        ("say again: tree wun too, fife fife fife, zero wun fower seven", "+13125550147"),
    ],
)
def test_radio_digit_words(text: str, phone: str) -> None:
    assert _values(text, "phone") == [phone]


@pytest.mark.parametrize(
    "text",
    [
        "The band had a fife and a drum, too, and a tree for shade",
        "I won one, too, and a fife for the band",
        "We planted a tree too, for fife",
    ],
)
def test_radio_words_in_prose_stay_words(text: str) -> None:
    assert digit_view(normalize(text)).text == normalize(text).text


# -- phone: a flag as the only region cue --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("🇬🇧 Live-in nanny wanted, call 0113 496 0107", "+441134960107"),
        ("🇫🇷 Baby-sitter cherchée — appelez 01 99 00 18 36", "+33199001836"),
        ("🇦🇺 farm work, text 0491 570 156", "+61491570156"),
        (
            "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f cleaner needed 020 7946 0108",
            "+442079460108",
        ),
    ],
)
def test_a_flag_gives_the_region_of_a_national_number(text: str, phone: str) -> None:
    assert _values(text, "phone") == [phone]


def test_a_flag_does_not_override_the_region_s_own_plan() -> None:
    # a North American number stays North American after a flag of nationality
    assert _values("🇧🇷 new in town, call 702-555-0193", "phone") == ["+17025550193"]
    # flags of several countries are a list of nationalities: no region from them
    assert _values("🇧🇷🇬🇧🇵🇱 staff wanted 0113 496 0107", "phone") == []
    # a number the document's country reads stays in it
    assert _values("🇬🇧 appelez 01 99 00 18 36", "phone", country="FR") == ["+33199001836"]


# -- e-mail: a sign for the at sign after an e-mail label -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("E-mail: bookings#example.org", "bookings@example.org"),
        ("correo: ana.r*example.com, whatsapp only", "ana.r@example.com"),
        ("E-Mail-Adresse: jobs#example.de", "jobs@example.de"),
        ("E-posta: selin#example.com.tr", "selin@example.com.tr"),
        ("邮箱：mei_li#example.net", "mei_li@example.net"),
    ],
)
def test_a_stand_in_sign_after_an_e_mail_label(text: str, email: str) -> None:
    assert _values(text, "email") == [email]


@pytest.mark.parametrize(
    "text",
    [
        "Email: tag#hashtag",  # no domain
        "Email: photo#2x.png",  # a file name
        "Price: 20#example.com",  # no e-mail label
        "Email: vip$example.com",  # "$" is a price's sign, never read for the at sign
        "Follow us #summer#example.com",
        "mail: #summer #example.com",  # a hashtag, not glued
    ],
)
def test_stand_in_signs_without_a_label_or_domain_are_no_address(text: str) -> None:
    assert _values(text, "email") == []


# -- handles: Korean initials, Indonesian spellings, a bracketed dot, JSON keys, meta names --------------------------


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("ㅇㅅㅌ: @hana.kr", "instagram:hana.kr"),
        ("ㅌㅇㅌ 계정 jiwoo_93", "twitter:jiwoo_93"),
        ("ㅋㅌ: mina_0312", "kakaotalk:mina_0312"),
        ("ㅌㄹ: @seoul_jobs_kr", "telegram:seoul_jobs_kr"),
        ("fesbuk: putri.sby", "facebook:putri.sby"),
        ("pesbuk aku: rina.mks22", "facebook:rina.mks22"),
    ],
)
def test_korean_initials_and_indonesian_spellings_are_cues(text: str, handle: str) -> None:
    assert _values(text, "handle") == [handle]


@pytest.mark.parametrize(
    "text",
    [
        "ㅋㅋㅋㅋ ㅌㅌ 하자",  # laughter and "let's run": two-letter initials need a colon or '@'
        "ㅋㅌ 해요 ㅎㅎ",
        "fesbuk itu ramai",  # a word after the cue that is no handle
    ],
)
def test_initials_and_spellings_without_a_handle(text: str) -> None:
    assert _values(text, "handle") == []


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Snap: nina (dot) vx", "snapchat:nina.vx"),
        ("IG: lena [underscore] rose", "instagram:lena_rose"),
        ("TikTok: kara (dot) moves (dot) 22", "tiktok:kara.moves.22"),
        ("telegram: vika {underscore} spb", "telegram:vika_spb"),
    ],
)
def test_a_bracketed_spelled_sign_inside_a_username(text: str, handle: str) -> None:
    assert _values(text, "handle") == [handle]


def test_a_bracketed_word_after_a_username_is_no_piece_of_it() -> None:
    assert _values("Snap: nina (only)", "handle") == ["snapchat:nina"]
    assert _values("Snap: nina (dot)", "handle") == ["snapchat:nina"]


@pytest.mark.parametrize(
    "text",
    [
        '{"@context": "https://schema.org", "@type": "Person", "name": "Vera"}',
        '{"@context": {"knows": {"@type": "@id"}}, "@graph": []}',
        '{"@handle": "x", "@score": 12}',
    ],
)
def test_json_keys_and_json_ld_keywords_are_no_handles(text: str) -> None:
    assert _values(text, "handle") == []


def test_a_handle_as_a_json_value_stays() -> None:
    assert _values('{"instagram": "@vera.hh", "@type": "Person"}', "handle") == ["instagram:vera.hh"]
    assert _values('DM "@lina_x" for rates', "handle") == ["unknown:lina_x"]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ('<meta name="twitter:creator" content="@lotte_ams">', "twitter:lotte_ams"),
        ("<meta name='twitter:site' content='@agency_nl' />", "twitter:agency_nl"),
    ],
)
def test_a_meta_tag_names_the_platform_of_its_content(text: str, handle: str) -> None:
    assert _values(text, "handle") == [handle]


def test_a_meta_name_alone_is_no_handle() -> None:
    assert _values('<meta name="twitter:card" content="summary">', "handle") == []
    assert _values("twitter: creator_nl", "handle") == ["twitter:creator_nl"]


# -- ages: slang and abbreviated years, pairs of ages, はたち ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("J'ai 23 balais et toutes mes dents", "23"),
        ("elle a bientôt 30 balais", "30"),
        ("Lou, 22 balais, Marseille", "22"),
        ("Sanne, 24 jr, Rotterdam", "24"),
        ("Ik ben 26 jr en woon in Gent", "26"),
        ("はたちの大学生です", "20"),
        ("私ははたちです", "20"),
        ("私、はたちになりました", "20"),
    ],
)
def test_slang_and_abbreviated_years_and_hatachi(text: str, age: str) -> None:
    assert _values(text, "age") == [age]


@pytest.mark.parametrize(
    "text",
    [
        "Il y a 20 balais et 5 seaux dans le placard",  # brooms
        "Acheter 12 balais pour le ménage",
        "John Smith 24 Jr. Street",
        "彼はたちまち消えた",  # the particle は before たちまち (at once)
        "彼女はたちの悪い人だ",  # は before たちの悪い (nasty)
        "子供たちはたちあがった",  # は before a verb
    ],
)
def test_look_alikes_of_slang_years_and_hatachi_are_no_age(text: str) -> None:
    assert _values(text, "age") == []


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Zwei Freundinnen, 19 und 21, neu in Leipzig", ["19", "21"]),
        ("Two girls, 20 & 22, new in town", ["20", "22"]),
        ("Dos chicas, 20 y 23, recién llegadas", ["20", "23"]),
        ("Mia & Eva, 21 and 24 🌸", ["21", "24"]),
    ],
)
def test_two_ages_joined_by_and(text: str, ages: list[str]) -> None:
    assert _values(text, "age") == ages


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("girls, 21 and 50 kg", []),  # a weight after the second number
        ("Mia, 22 and 36dd", ["22"]),  # a cup size glued to it
        ("Eva, 22 & 24/7", []),  # "24/7"
        ("between 18 and 25", []),  # a range
        ("3 rooms, 21 and 23 Main St", []),  # no age first
    ],
)
def test_a_second_number_that_is_no_age(text: str, ages: list[str]) -> None:
    assert _values(text, "age") == ages
