"""Platform and service names with case endings of more languages, mixed leetspeak, Latin cues glued to CJK or
Thai, labelled forms of the age, and e-mail signs written as HTML references, URL escapes or by instruction.

Every test reads the entity's span back from the original text: offsets must point at what was written.
"""

from __future__ import annotations

from itertools import product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.identifiers import extract
from clew.identifiers.handle import _FINNIC_BALTIC_SUFFIXES, _LEET
from clew.model import Document


def found(text: str, kind: str) -> list[tuple[str, str]]:
    return [(e.value, text[e.start : e.end]) for e in extract(Document(id="t", text=text)) if e.type == kind]


@pytest.mark.parametrize("suffix", _FINNIC_BALTIC_SUFFIXES)
def test_finnic_and_baltic_case_endings_name_the_platform(suffix: str) -> None:
    text = f"kirjoita Telegram{suffix}: @saara_k77"
    assert found(text, "handle") == [("telegram:saara_k77", "@saara_k77")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Телеграмда жаз: @aigul_kz", "telegram:aigul_kz"),  # Kazakh suffix in Cyrillic
        ("Инстаграмдан қара: @dana.kz", "instagram:dana.kz"),
        ("пиши в телезі: @oksana_te", "telegram:oksana_te"),  # Ukrainian locative, г → з
        ("ტელეგრამში: @giorgi_tb", "telegram:giorgi_tb"),  # Georgian postposition
        ("ინსტაგრამით: @nino.ge", "instagram:nino.ge"),
        ("pisz na fejsie: ola.nowak.7", "facebook:ola.nowak.7"),  # Polish slang for Facebook
        ("lisää snäpissä: aino_k3", "snapchat:aino_k3"),
        ("пиши в Telegram-е: @olga_k", "telegram:olga_k"),  # a hyphen before a Cyrillic ending
    ],
)
def test_inflected_and_slang_names(text: str, value: str) -> None:
    assert [v for v, _ in found(text, "handle")] == [value]


def _leet_spellings(word: str) -> list[str]:
    options = [(c, *(s for s in _LEET.get(c, "") if s != "*")) for c in word]
    return ["".join(p) for p in product(*options)]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_leet_spellings("telegram")), st.sampled_from(["", ":", " ➜"]))
def test_any_mix_of_leet_letters_is_the_platform(name: str, sep: str) -> None:
    text = f"msg me on {name}{sep} @vika_l33t"
    assert found(text, "handle") == [("telegram:vika_l33t", "@vika_l33t")]


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("我的tg：anna_sh01 备注", "telegram:anna_sh01", "anna_sh01"),
        ("加我ig：mei.li_22", "instagram:mei.li_22", "mei.li_22"),
        ("แอดไลน์มาได้เลย ไอดี: pim.cnx", "line:pim.cnx", "pim.cnx"),
    ],
)
def test_latin_cue_glued_to_unspaced_script_and_thai_phrases(text: str, value: str, span: str) -> None:
    assert found(text, "handle") == [(value, span)]


@pytest.mark.parametrize(
    "text",
    [
        "night tg bot",  # "tg" inside no word, but no name after it
        "instagram: coming soon, telegram: tba, venmo is blocked",
        "@media (max-width: 600px) { body { margin: 0 } }",
        "@import url(theme.css);",
        "flight EK203 ✈ 14:05",
        "snap-on nails, Instagram-worthy",
        "a revolute joint, revolutionary",
    ],
)
def test_negatives(text: str) -> None:
    assert found(text, "handle") == [] and found(text, "payment") == []


def test_said_mine_and_forwarded_header_and_ghost_label() -> None:
    text = "@ksenia_nsk - мой телеграм\nForwarded from @jobs_channel_1\nlena.k_97 👻"
    assert found(text, "handle") == [
        ("telegram:ksenia_nsk", "@ksenia_nsk"),
        ("telegram:jobs_channel_1", "@jobs_channel_1"),
        ("snapchat:lena.k_97", "lena.k_97"),
    ]
    assert found("follow @css_tips on tg, @media for news", "handle")[1] == ("unknown:media", "@media")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Wpłać na PayPala: @ewa_kr", "paypal:ewa_kr"),
        ("na Revoluta: @marta_w", "revolut:marta_w"),
        ("maksa Revolutiin: @aino_t", "revolut:aino_t"),
        ("оплата на Revolut-у: @inna_kv", "revolut:inna_kv"),
    ],
)
def test_payment_names_with_case_endings(text: str, value: str) -> None:
    assert [v for v, _ in found(text, "payment")] == [value]
    assert found(text, "handle") == []  # a payment handle is not also a social one


_LOCAL = st.from_regex(r"[a-z][a-z0-9._]{0,10}[a-z0-9]", fullmatch=True).filter(lambda s: ".." not in s)
_AT_FORMS = ["&#64;", "&#x40;", "&#X40;", "&#064;", "&commat;", "%40"]
_DOT_FORMS = [".", "&#46;", "&#x2e;", "&period;"]


@settings(max_examples=80, deadline=None)
@given(
    _LOCAL,
    st.sampled_from(["example.com", "example.org", "mail.example.net"]),
    st.sampled_from(_AT_FORMS),
    st.sampled_from(_DOT_FORMS),
    st.sampled_from(["", "Kontakt: ", '<a href="mailto:', "écrivez à "]),
    st.sampled_from(["", " ok", '?subject=Job">apply</a>', " 😊"]),
)
def test_encoded_signs_make_the_address_and_the_span_is_what_was_written(
    local: str, domain: str, at: str, dot: str, before: str, after: str
) -> None:
    written = local + at + domain.replace(".", dot)
    text = before + written + after
    assert found(text, "email") == [(f"{local}@{domain}", written)]


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("lina.m#example.com (replace # with @)", "lina.m@example.com", "lina.m#example.com"),
        ("mail: kim_b*example.org — ersetze * durch @", "kim_b@example.org", "kim_b*example.org"),
        ("vera$example.net, remplacez $ par @", "vera@example.net", "vera$example.net"),
        ("пишите olga~example.com (замените ~ на @)", "olga@example.com", "olga~example.com"),
    ],
)
def test_a_sign_the_text_says_to_read_as_at(text: str, value: str, span: str) -> None:
    assert found(text, "email") == [(value, span)]


@pytest.mark.parametrize(
    "text",
    [
        "lina.m#example.com",  # no instruction: '#' is no at sign
        "5&#64;home, 3&#46;5 stars",
        "Follow @example on IG and @example.news on TikTok",
        "j•••@example.com",
    ],
)
def test_email_negatives(text: str) -> None:
    assert found(text, "email") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Életkor: 27, 170 cm", "27"),
        ("Узраст: 25, висина 168", "25"),
        ("Dob: 31 | grad Zagreb", "31"),
        ("Vecums: 23 g., augums 170", "23"),
        ("Amžius: 22 m., ūgis 170 cm", "22"),
        ("Umri: miaka 29, urefu 1.70m", "29"),
        ("Mosha: 26, Tiranë", "26"),
        ("F, 24, 160cm, Porto", "24"),
        ("ik ben 24 en woon in Gent", "24"),
        ("jag är tjugofem och ny här", "25"),
        ("はな 20さい♡", "20"),
        ("my cousin is 22 and works in Milan", "22"),
    ],
)
def test_age_labels_and_phrases(text: str, age: str) -> None:
    assert [v for v, _ in found(text, "age")] == [age]


@pytest.mark.parametrize(
    "text",
    ["Apt F, 22 Main St", "plot 12 m. wide", "my son is 20 minutes away", "f, 22, lowercase letter alone"],
)
def test_age_negatives(text: str) -> None:
    assert found(text, "age") == []
