"""Forms a blind held-out batch found missing: spread-out numbers, respelled signs, more scripts.

Each test checks a mechanism (not a sentence): the value read, and that its span points at
the characters the user saw.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.identifiers import extract
from clew.model import Document, Entity


def found(text: str, kind: str, country: str | None = None) -> list[Entity]:
    return [e for e in extract(Document(id="x", text=text, country=country)) if e.type == kind]


def values(text: str, kind: str, country: str | None = None) -> list[str]:
    return [e.value for e in found(text, kind, country)]


# -- e-mail -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("desi маймунка example точка bg", ["desi@example.bg"]),
        ("marko majmun example tačka rs", ["marko@example.rs"]),
        ("pol arrova example punt com", ["pol@example.com"]),
        ("anna hjá example punktur is", ["anna@example.is"]),
        ("karin et example punkts lv", ["karin@example.lv"]),  # a bare "et" with a spelled dot
        ("karin et example.lv", []),  # … and without one, a mailbox-like local part
        ("sara presso example punto it", ["sara@example.it"]),
        ("neha at the rate example dot co dot in", ["neha@example.co.in"]),
        ("amy 小老鼠 example 點 tw", ["amy@example.tw"]),
        ("dom pika com", []),  # no at sign at all
    ],
)
def test_more_spellings_of_at_and_dot(text: str, expected: list[str]) -> None:
    assert values(text, "email") == expected


def test_a_lone_circled_a_is_an_at_sign_and_the_span_covers_it() -> None:
    text = "write: Rosa.B Ⓐ Example.org!"
    [entity] = found(text, "email")
    assert entity.value == "rosa.b@example.org"
    assert text[entity.start : entity.end] == "Rosa.B Ⓐ Example.org"


def test_circled_letters_in_a_word_stay_letters() -> None:
    assert values("ⓐⓝⓝⓐ ⓐⓣ example.com", "email") == []
    assert values("the ⓐ team at example.com", "email") == []


def test_a_bullet_joins_the_local_part_too() -> None:
    text = "mail me: lia•rose•x@example•net"
    [entity] = found(text, "email")
    assert entity.value == "lia.rose.x@example.net"
    assert text[entity.start : entity.end] == "lia•rose•x@example•net"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ⓐⒶa @.•·xyz-_", max_size=40))
def test_circled_and_bullet_forms_keep_spans_inside_the_text(text: str) -> None:
    for entity in found(text, "email"):
        assert 0 <= entity.start < entity.end <= len(text)
        assert "@" in text[entity.start : entity.end] or "ⓐ" in text[entity.start : entity.end].casefold()


# -- handles ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ቴሌግራም: @abeba_a", ["telegram:abeba_a"]),
        ("இன்ஸ்டா: meena.chn", ["instagram:meena.chn"]),
        ("ինստագրամ: @lilit.yvn", ["instagram:lilit.yvn"]),
        ("ინსტაგრამზე: @ana_tbs", ["instagram:ana_tbs"]),
        ("στο ίνστα: @maria.ath", ["instagram:maria.ath"]),
        ("írj instagramon: @dora.bp", ["instagram:dora.bp"]),
        ("instáčem: @petra_cz", ["instagram:petra_cz"]),
    ],
)
def test_platform_names_in_more_scripts_and_case_endings(text: str, expected: list[str]) -> None:
    assert values(text, "handle") == expected


def test_cues_said_to_be_the_same_share_the_username() -> None:
    assert values("my kik is the same as my snap: bella.k", "handle") == ["kik:bella.k", "snapchat:bella.k"]
    assert values("kik & snap same: bellak", "handle") == ["kik:bellak", "snapchat:bellak"]


def test_a_phrase_before_a_colon_needs_a_handle_like_name() -> None:
    assert values("snap me after work: lola_22", "handle") == ["snapchat:lola_22"]
    assert values("snap me after work: tonight", "handle") == []
    assert values("Instagram model stats: perfect", "handle") == []


def test_face_is_facebook_only_before_a_handle_like_name() -> None:
    assert values("agrégame en face: ana.lucia.21", "handle") == ["facebook:ana.lucia.21"]
    assert values("Face: natural, Hair: long", "handle") == []
    assert values("face @ana.lucia21", "handle") == ["facebook:ana.lucia21"]


def test_a_short_name_with_a_suffix_that_makes_a_word_is_no_cue() -> None:
    assert values("instale la app: superapp22", "handle") == []


# -- age --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24 წლის გოგონა", ["24"]),
        ("ես 22 տարեկան եմ", ["22"]),
        ("jam 24 vjeç", ["24"]),
        ("man 23 metai", ["23"]),
        ("на 25 години", ["25"]),
        ("Mia 19 abriles", ["19"]),
        ("27 printemps", ["27"]),
        ("Anna, 24 J., neu", ["24"]),
        ("ዕድሜ 23", ["23"]),
        ("እድሜ 24", ["24"]),
        ("열아홉 살", ["19"]),
        ("twenty 3 yrs", ["23"]),
        ("twenty 3 roses", []),
        ("5 J. Garantie", []),  # below ten
        ("ages 18-25 years", []),
        ("18岁以下禁止", []),
        ("未满十八岁", []),
    ],
)
def test_more_age_words_and_limits(text: str, expected: list[str]) -> None:
    assert values(text, "age") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24F here", ["24"]),
        ("31/M/Austin", ["31"]),
        ("19/F", ["19"]),
        ("Sasha 36F natural", []),  # a bra size beside "natural"
        ("Sasha 26F, new here", ["26"]),
        ("36F cup", []),
        ("size 34F", []),
        ("measurements 34F-24-36", []),
        ("it's 30 F outside", []),
        ("23f", []),  # lower case: a tag is written in capitals
        ("12F", []),  # below an adult age
    ],
)
def test_sex_tags_after_an_age(text: str, expected: list[str]) -> None:
    assert values(text, "age") == expected


def test_an_age_that_is_a_word_by_itself_points_at_it() -> None:
    text = "もうハタチです"
    [entity] = found(text, "age")
    assert (entity.value, text[entity.start : entity.end]) == ("20", "ハタチ")


# -- payment ----------------------------------------------------------------------------


def test_vowelless_service_names_spaced_at_and_spelled_links() -> None:
    assert values("csh app: $mila22", "payment") == ["cashapp:$mila22"]
    assert values("venmo @ 9pm, venmo @ home", "payment") == []
    text = "tips: paypal dot me slash Ruby_K"
    [entity] = found(text, "payment")
    assert entity.value == "paypal:ruby_k"
    assert text[entity.start : entity.end] == "paypal dot me slash Ruby_K"


# -- crypto -----------------------------------------------------------------------------


def test_a_split_eth_address_needs_its_coin_named_for_the_shorter_checksum() -> None:
    named = "ETH:\n0x38570f3b034f289327f\n83D045610FEa91D9F1311"
    [entity] = found(named, "crypto")
    assert entity.value == "eth:0x38570f3b034f289327f83d045610fea91d9f1311"
    assert named[entity.start : entity.end] == "0x38570f3b034f289327f\n83D045610FEa91D9F1311"
    assert found("code 0x38570f3b034f289327f\n83D045610FEa91D9F1311", "crypto") == []


def test_groups_between_spaced_bars_and_dashes_are_joined() -> None:
    text = "BTC 131f | c8xJ | 8HSt | Chqa | MM1z | nM3w | tHdy | MRgB | 6E ok"
    [entity] = found(text, "crypto")
    assert entity.value == "btc:131fc8xJ8HStChqaMM1znM3wtHdyMRgB6E"
    assert text[entity.start : entity.end].endswith("6E")


# -- phone ------------------------------------------------------------------------------


def test_remarks_in_brackets_between_groups() -> None:
    text = "call 415 (texts welcome) 555 (after 6) 0162"
    assert values(text, "phone", "US") == []  # a remark holding a digit is no remark
    text = "call 415 (texts welcome) 555 (evenings) 0162 now"
    [entity] = found(text, "phone", "US")
    assert entity.value == "+14155550162"
    assert text[entity.start : entity.end] == "415 (texts welcome) 555 (evenings) 0162"


def test_a_plain_number_is_read_once() -> None:
    assert values("415 555 0162 (evenings)", "phone", "US") == ["+14155550162"]


def test_an_announced_number_across_sentences() -> None:
    text = "Area code? 415. Then 555, and last 0162. Thanks."
    [entity] = found(text, "phone", "US")
    assert entity.value == "+14155550162"
    assert text[entity.start : entity.end] == "415. Then 555, and last 0162"
    assert values("Area code 415 covers SF. 555 people came, 1200 left.", "phone", "US") == []


def test_a_bar_like_ideograph_separates_groups() -> None:
    text = "电话 415丨555丨0162"
    [entity] = found(text, "phone", "US")
    assert entity.value == "+14155550162"
    assert text[entity.start : entity.end] == "415丨555丨0162"
