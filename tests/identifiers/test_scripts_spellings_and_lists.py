"""More scripts and spellings: spelled at/dot, platform names, leet services, ages in context, bank accounts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.identifiers import extract
from clew.identifiers.phone import iban_ok
from clew.model import Document


def found(text: str, kind: str, country: str | None = None) -> list[tuple[str, str]]:
    """(value, original text at the span) of every entity of one type."""
    doc = Document(id="t", text=text, country=country)
    return [(e.value, text[e.start : e.end]) for e in extract(doc) if e.type == kind]


def values(text: str, kind: str, country: str | None = None) -> list[str]:
    return [v for v, _ in found(text, kind, country)]


# -- e-mail ------------------------------------------------------------------------------

AT_DOT = [
    ("ät", "punkt", "de"),
    ("apenstaartje", "punt", "nl"),
    ("zavináč", "tečka", "cz"),
    ("snabel-a", "punkt", "se"),
    ("alfakrøll", "punktum", "no"),
    ("miukumauku", "piste", "fi"),
    ("małpa", "kropka", "pl"),
    ("chiocciola", "punto", "it"),
    ("kukac", "pont", "hu"),
    ("παπάκι", "τελεία", "gr"),
    ("שטרודל", "נקודה", "il"),
    ("एट", "डॉट", "in"),
    ("แอท", "ดอท", "th"),
    ("골뱅이", "닷", "kr"),
    ("равлик", "крапка", "ua"),
]


@pytest.mark.parametrize(("at", "dot", "tld"), AT_DOT)
def test_spelled_at_and_dot_in_many_languages(at: str, dot: str, tld: str) -> None:
    text = f"contact: vera.m {at} example {dot} {tld} please"
    assert found(text, "email") == [(f"vera.m@example.{tld}", f"vera.m {at} example {dot} {tld}")]


@pytest.mark.parametrize(("at", "dot", "tld"), AT_DOT)
def test_spelled_at_without_a_top_level_domain_is_no_address(at: str, dot: str, tld: str) -> None:
    assert values(f"vera {at} home {dot} later", "email") == []


def test_at_words_inside_other_words_are_no_at_sign() -> None:
    assert values("die Qualität ät ihrer besten, später ät home", "email") == []


def test_thai_spellings_need_no_spaces() -> None:
    assert values("ติดต่อnokแอทexampleดอทnet", "email") == ["nok@example.net"]


def test_hyphen_glued_at_and_dot() -> None:
    assert found("mail noa-at-example-dot-com now", "email") == [("noa@example.com", "noa-at-example-dot-com")]


@pytest.mark.parametrize(
    "text",
    ["ig: mia_at_example_dot_net", "see meet-at-home.example.com", "jan-at-home", "one-at-a-time-dot-com-ish"],
)
def test_glued_forms_that_are_usernames_or_host_names_are_no_address(text: str) -> None:
    assert values(text, "email") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("anna underscore bell at example dot org", "anna_bell@example.org"),
        ("jo dash lee at example dot com", "jo-lee@example.com"),
        ("maria guion bajo sol arroba example punto com", "maria_sol@example.com"),
        ("jane dot doe underscore x at example dot net", "jane.doe_x@example.net"),
    ],
)
def test_a_spelled_underscore_or_hyphen_joins_the_local_part(text: str, expected: str) -> None:
    assert found(text, "email") == [(expected, text)]


# -- handles -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İnstagram: @deniz.k", "instagram:deniz.k"),
        ("İNSTAGRAM hesabım: @deniz.k", "instagram:deniz.k"),
        ("इंस्टाग्राम: @rahul_k9", "instagram:rahul_k9"),
        ("אינסטגרם: @noa.levi", "instagram:noa.levi"),
        ("텔레그램: @minsu_kr", "telegram:minsu_kr"),
        ("✈️ @olga_spb", "telegram:olga_spb"),
        ("✈ ➜ olga_spb", "telegram:olga_spb"),
        ("add tele: @mai_hcm", "telegram:mai_hcm"),
        ("insta perfil: Mia_k", "instagram:mia_k"),
    ],
)
def test_platform_names_in_more_scripts_and_forms(text: str, expected: str) -> None:
    assert values(text, "handle") == [expected]


@pytest.mark.parametrize(
    "text",
    ["ve la tele con nosotros", "✈️ Miami this weekend", "✈ touring now", "Based in Columbia, SC — incall only"],
)
def test_colloquial_cues_need_a_marked_username(text: str) -> None:
    assert values(text, "handle") == []


def test_a_state_code_after_a_city_is_no_snapchat_cue_but_sc_alone_is() -> None:
    assert values("Columbia, SC — lily_22", "handle") == []
    assert values("SC — lily_22", "handle") == ["snapchat:lily_22"]
    assert values("Hi, I'm Mia, SC: @mia_x", "handle") == ["snapchat:mia_x"]
    assert values("sc: lily_22, WA: +1 702 555 0100", "handle") == ["snapchat:lily_22"]


def test_a_cue_at_the_end_of_a_username_belongs_to_it() -> None:
    assert values("SC: mia.x | IG: mia.x.vip", "handle") == ["snapchat:mia.x", "instagram:mia.x.vip"]


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        ("kik: l u n a _ s t a r", "kik:luna_star", "l u n a _ s t a r"),
        ("snap: b e e _ 2 2 ok", "snapchat:bee_22", "b e e _ 2 2"),
        ("ig: m i a . r o s e", "instagram:mia.rose", "m i a . r o s e"),
    ],
)
def test_letter_spaced_usernames_are_joined_with_their_whole_span(text: str, expected: str, span: str) -> None:
    assert found(text, "handle") == [(expected, span)]


def test_a_plain_word_after_a_spaced_username_is_not_part_of_it() -> None:
    assert values("kik: r o s e 9 9 please", "handle") == ["kik:rose99"]


# -- payment -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("V3NM0: lia-b", "venmo:lia-b"),
        ("CA$HAPP: $lia22", "cashapp:$lia22"),
        ("p@yp@l: lia22", "paypal:lia22"),
        ("z3ll3: lia@example.com", "zelle:lia@example.com"),
    ],
)
def test_leet_service_names(text: str, expected: str) -> None:
    assert values(text, "payment") == [expected]


@pytest.mark.parametrize(
    "text",
    ["paypal . me / roxy9", "paypal(dot)me/roxy9", "paypal [.] me/roxy9", "paypal dot me / roxy9"],
)
def test_payment_links_with_spaced_or_spelled_dots(text: str) -> None:
    assert found(text, "payment") == [("paypal:roxy9", text)]


def test_a_spelled_link_to_another_host_is_no_payment_link() -> None:
    assert values("paypal . com / roxy9, cash . me / roxy9", "payment") == []


def test_a_spaced_cashtag_with_cash_app_named_after_it() -> None:
    assert found("$ mimi22 (cashapp)", "payment") == [("cashapp:$mimi22", "$ mimi22")]
    assert found("send to $ mimi22 via cash app", "payment") == [("cashapp:$mimi22", "$ mimi22")]
    assert values("$ 150 (cashapp only)", "payment") == []
    assert values("$ mimi22 for the room", "payment") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("venmo / cashapp: @joy-b, $joyb", ["venmo:joy-b", "cashapp:$joyb"]),
        ("cashapp or venmo: $joyb / @joy-b", ["cashapp:$joyb", "venmo:joy-b"]),
        ("venmo or cashapp: $joyb", ["cashapp:$joyb"]),
        ("venmo & paypal: lia-b / lia22", ["venmo:lia-b", "paypal:lia22"]),
    ],
)
def test_services_named_together_share_the_handles_after_them(text: str, expected: list[str]) -> None:
    assert sorted(values(text, "payment")) == sorted(expected)


# -- age ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("menina de 22 aninhos", ["22"]),
        ("chica de 20 añitos", ["20"]),
        ("fille de 16 ans", ["16"]),
        ("em 23t, xinh lắm", ["23"]),
        ("meri umar 24 saal hai", ["24"]),
        ("मैं 25 साल की हूँ", ["25"]),
        ("thirty2 yrs old", ["32"]),
        ("age: twenty3", ["23"]),
        ("finally turned 21 🥳", ["21"]),
        ("born 2004 so 20 now", ["20"]),
        ("sisters 20 & 23 yo", ["20", "23"]),
        ("две девушки, 22 и 24 лет", ["22", "24"]),
        ("age 3 1", ["31"]),
        ("edad: 2 2 años", ["22"]),
    ],
)
def test_ages_in_more_forms(text: str, expected: list[str]) -> None:
    assert values(text, "age") == expected


@pytest.mark.parametrize(
    "text",
    [
        "experiencia de 10 años",
        "contrato de 2 años",
        "3 saal se yahan kaam",
        "between 18 and 25 years old",
        "entre 18 y 25 años",
        "room 2 5, floor 3 1",
        "I'm 2 5 minutes away",
        "open 19t",
        "thirty12 pages",
        "the 2 5 year plan",
        "since 2019, so 20 guests now",
    ],
)
def test_durations_ranges_and_stray_numbers_are_no_age(text: str) -> None:
    assert values(text, "age") == []


# -- phone -------------------------------------------------------------------------------


def test_cyrillic_look_alike_digits_inside_a_number() -> None:
    assert found("звони 7O2 555 О1З4 Оле", "phone", "US") == [("+17025550134", "7O2 555 О1З4")]
    assert values("тел 2l3 555 О1б9", "phone", "US") == ["+12135550169"]


def test_cyrillic_one_letter_words_between_numbers_stay_words() -> None:
    assert values("з 9 до 5 з понеділка, 555 з 0134", "phone", "US") == []


def _iban(country: str, bban: str) -> str:
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    compact = f"{country}{98 - int(digits) % 97:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


@settings(max_examples=60, deadline=None)
@given(st.from_regex(r"[A-Z]{4}[0-9]{14}", fullmatch=True))
def test_a_valid_iban_is_never_a_phone(bban: str) -> None:
    iban = _iban("GB", bban)
    assert iban_ok(iban)
    assert values(f"IBAN: {iban}", "phone", "GB") == []


def test_iban_check_digits_decide() -> None:
    good = _iban("GB", "XMPL99992079460123")  # a made-up bank code; the digits hold a drama-range number
    bad = good[:2] + f"{(int(good[2:4]) + 1) % 100:02d}" + good[4:]
    assert iban_ok(good) and not iban_ok(bad)
    assert values(f"acct {good}", "phone", "GB") == []
    assert values(f"acct {bad}", "phone", "GB") == ["+442079460123"]


def test_a_phone_after_an_iban_is_still_found() -> None:
    iban = _iban("GB", "XMPL12342079460199")
    assert values(f"IBAN {iban}, tel 020 7946 0123", "phone", "GB") == ["+442079460123"]
