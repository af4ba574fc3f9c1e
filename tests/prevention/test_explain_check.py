"""Checking an offer: signs explained in the chosen language, exact words highlighted,
careful overall messages, friendly errors for bad input."""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clew.pipeline import Pipeline
from clew.prevention.explain import MAX_CHARS, Checker, CheckError, Evidence, Sign, segments
from clew.prevention.helpdir import load_directory
from clew.prevention.i18n import Catalogue, catalogue

OFFER_EN = (
    "Hotel work in Dubai, salary 3000 USD a month, no experience needed. Pay a processing fee of 300 dollars "
    "to secure your job. The employer keeps your passport during the contract. Contact us on WhatsApp only."
)
OFFER_ES = (
    "Trabajo en el extranjero, sueldo alto y sin experiencia. Para reservar el puesto se requiere pago por "
    "adelantado de 200 dólares. El empleador se queda con tu pasaporte."
)
OFFER_AR = (
    "مطلوب عاملات للعمل في الخارج براتب مرتفع. يجب دفع رسوم التأشيرة والفحص الطبي قبل السفر. "
    "ادفع 140,000 جنيه لحجز مكانك."
)
BENIGN = "Bakery in Lyon hires a pastry cook. Permanent contract, 35 hours a week, apply with your CV by e-mail."


@lru_cache(maxsize=1)
def checker() -> Checker:
    return Checker(Pipeline(), load_directory())


@pytest.mark.parametrize(("text", "lang"), [(OFFER_EN, "en"), (OFFER_ES, "es"), (OFFER_AR, "ar")])
def test_deceptive_offer_is_explained_in_the_chosen_language(text: str, lang: str) -> None:
    result = checker().check(text, "US", lang)
    assert result.level == "several"
    assert result.lang == lang and result.dir == ("rtl" if lang == "ar" else "ltr")
    ids = [s.id for s in result.signs]
    assert "le.recruitment_fees" in ids
    cat = catalogue(lang)
    assert next(s for s in result.signs if s.id == "le.recruitment_fees").explanation_lang == lang
    for sign in result.signs:
        if cat.has(sign.id, "sign"):
            assert (sign.explanation, sign.explanation_lang) == (cat.messages[("sign", sign.id)], lang)
        else:  # an indicator newer than the catalogue: English, marked as such
            assert sign.explanation_lang == "en" and sign.explanation
        assert sign.about == cat.messages[("typology", sign.typology)]
        for ev in sign.evidence:
            assert text[ev.start : ev.end] == ev.text  # offsets point at the characters pasted
    assert result.message == cat.gettext(
        "Several warning signs of {what}. This is not proof, but take care: "
        "read the signs below and talk to someone you trust before you go any further.",
        what=cat.messages[("typology", "labour_exploitation")],
    )
    assert result.advice[0] == cat.gettext(
        "Never hand over your passport or identity card to an employer or agent. Keep copies and give a copy to"
        " someone you trust."
    )
    assert result.help[0].name == "National Human Trafficking Hotline"
    assert result.stored is False


def test_highlighted_segments_rebuild_the_text_and_mark_every_sign() -> None:
    result = checker().check(OFFER_EN, None, "en")
    assert "".join(s.text for s in result.segments) == OFFER_EN
    marked = {n for seg in result.segments for n in seg.signs}
    assert marked == {s.number for s in result.signs}
    fee = next(s for s in result.signs if s.id == "le.recruitment_fees")
    covering = [seg.text for seg in result.segments if fee.number in seg.signs]
    assert "processing fee" in "".join(covering)


def test_no_sign_is_careful_not_reassuring() -> None:
    result = checker().check(BENIGN, "FR", "fr")
    assert result.level == "none" and result.signs == []
    assert "cela ne veut pas dire que c'est sûr" in result.message
    assert result.help and all(h.phone or h.website for h in result.help)
    assert result.note.startswith("Cette vérification")


def test_a_single_weak_sign_is_some_not_several() -> None:
    result = checker().check("Great job, no experience needed, start Monday.", None, "en")
    assert result.level == "some"
    assert result.message.startswith("Some possible warning signs")


@pytest.mark.parametrize(
    ("text", "country", "code", "status", "field"),
    [
        ("", None, "empty_text", 422, "text"),
        ("   \n\t ", None, "empty_text", 422, "text"),
        (None, None, "empty_text", 422, "text"),
        ("x" * (MAX_CHARS + 1), None, "text_too_long", 413, "text"),
        ("a" * 1_000_000, None, "text_too_long", 413, "text"),
        ("hello", "XX", "unknown_country", 422, "country"),
        ("hello", "USA", "unknown_country", 422, "country"),
        ("hello", "<b>", "unknown_country", 422, "country"),
    ],
)
def test_bad_input_is_a_friendly_error(
    text: str | None, country: str | None, code: str, status: int, field: str
) -> None:
    with pytest.raises(CheckError) as info:
        checker().check(text, country, "es")
    assert (info.value.code, info.value.status, info.value.field) == (code, status, field)
    assert info.value.message and "Traceback" not in info.value.message
    assert info.value.message != info.value.code  # a sentence, in Spanish
    assert catalogue("es").has(
        {
            "empty_text": "Paste the job offer, ad or message you want to check, then press Check.",
            "text_too_long": "This text is too long to check ({length} characters). Paste only the offer or the "
            "messages about it — up to {limit} characters.",
            "unknown_country": "“{code}” is not a country code we know. Choose your country from the list, "
            "or leave it empty to see general advice.",
        }[code]
    )


def test_country_codes_are_case_insensitive_and_unlisted_countries_get_a_notice() -> None:
    assert checker().check(BENIGN, "us", "en").country == "US"
    result = checker().check(BENIGN, "IS", "en")  # a real country with no entry in the directory
    assert result.help == []
    assert any("no help line listed for Iceland" in n for n in result.notices)


def test_unsupported_text_language_says_no_sign_could_be_looked_for() -> None:
    result = checker().check("ソウルの工場で働きませんか。給料は高いです。連絡してください。", None, "en")
    assert result.text_lang not in checker().text_languages
    assert result.language_supported is False
    assert any("language we cannot check yet" in n for n in result.notices)


def test_unknown_page_language_falls_back_to_english_with_a_notice() -> None:
    result = checker().check(BENIGN, None, "xx")
    assert result.lang == "en"
    assert any("not available in “xx”" in n for n in result.notices)


def test_explanation_falls_back_to_english_then_to_the_indicator_title() -> None:
    check = checker()
    assert check.explanation("le.recruitment_fees", catalogue("pt"))[1] == "pt"
    assert check.explanation("ot.organ_broker", catalogue("pt")) == (
        catalogue("en").messages[("sign", "ot.organ_broker")],
        "en",
    )
    empty = Catalogue("xx", {})
    assert check.explanation("le.recruitment_fees", empty) == (check.indicators["le.recruitment_fees"].title, "en")


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60), st.integers(1, 4)), max_size=8)


@given(st.text(max_size=60), spans)
def test_segments_always_rebuild_the_text(text: str, raw: list[tuple[int, int, int]]) -> None:
    signs: dict[int, list[Evidence]] = {}
    for a, b, number in raw:
        start, end = sorted((a, b))
        signs.setdefault(number, []).append(Evidence(start=start, end=end, text=text[start:end]))
    built = [
        Sign(
            number=n,
            id=f"le.x{n}",
            typology="labour_exploitation",
            about="",
            explanation="",
            explanation_lang="en",
            evidence=ev,
        )
        for n, ev in signs.items()
    ]
    out = segments(text, built)
    assert "".join(s.text for s in out) == text
    position = 0
    for seg in out:
        for offset in range(position, position + len(seg.text)):
            covering = {n for n, ev in signs.items() if any(e.start <= offset < e.end for e in ev)}
            assert set(seg.signs) == covering  # each character is marked with exactly the signs covering it
        position += len(seg.text)
    assert all(a.signs != b.signs for a, b in pairwise(out))  # runs are merged
