"""The message catalogues: complete for every offered language, placeholders intact,
explanations for every indicator, and the language negotiation of the public pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir

from clew.errors import InputError
from clew.prevention import i18n
from clew.prevention.i18n import (
    LOCALE_DIR,
    REQUIRED_LANGUAGES,
    UI_LANGUAGES,
    catalogue,
    from_accept_language,
    normalise_lang,
)
from clew.rules import load_packs

SRC = Path(i18n.__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _page_msgids() -> set[str]:
    """Every string the public pages translate, read from the code and templates as gettext would."""
    method_map = [
        ("prevention/**.py", "python"),
        ("web/check.py", "python"),
        ("web/templates/public/**.html", "jinja2"),
    ]
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(SRC), method_map=method_map, keywords={"gettext": None, "N_": None, "_": None}
    ):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


MSGIDS = _page_msgids()
INDICATORS = {i.id: i for pack in load_packs() for i in pack.indicators}
"""Every indicator of the built-in packs, including those off by default."""


def test_extraction_finds_the_page_strings() -> None:
    # A guard for the tests below: an extractor that finds nothing would make them pass vacuously.
    assert "Check an offer" in MSGIDS
    assert any(m.startswith("Never pay a fee") for m in MSGIDS)
    assert len(MSGIDS) > 60


@pytest.mark.parametrize("lang", [lang for lang in UI_LANGUAGES if lang != "en"])
def test_every_page_string_is_translated(lang: str) -> None:
    cat = catalogue(lang)
    missing = sorted(m for m in MSGIDS if not cat.has(m))
    assert not missing, f"{lang}.po lacks {len(missing)} page strings, e.g. {missing[:3]}"


@pytest.mark.parametrize("lang", UI_LANGUAGES)
def test_placeholders_survive_translation(lang: str) -> None:
    cat = catalogue(lang)
    for (context, msgid), text in cat.messages.items():
        if context is None:
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(msgid)), (lang, msgid, text)
            # and every translation formats without error
            text.format(**{name: "x" for name in PLACEHOLDER.findall(msgid)})


ON = sorted(i.id for i in INDICATORS.values() if i.status == "on")
COVERAGE = 0.9
"""Share of the indicators in use that must have a plain-language explanation. Not 1.0: a new
indicator works at once (the page falls back to its title) and is translated in the next pass."""


def test_most_indicators_in_use_have_a_plain_explanation() -> None:
    english = catalogue("en")
    missing = [i for i in ON if not english.has(i, "sign")]
    assert len(missing) <= (1 - COVERAGE) * len(ON), (
        'add plain-language explanations (msgctxt "sign", msgid = the indicator id) to '
        f"src/clew/prevention/locale/en.po and the other catalogues for {missing}"
    )


@pytest.mark.parametrize("lang", [lang for lang in REQUIRED_LANGUAGES if lang != "en"])
def test_every_explained_sign_is_explained_in_every_un_language(lang: str) -> None:
    english = {key for context, key in catalogue("en").messages if context == "sign"}
    missing = sorted(key for key in english if not catalogue(lang).has(key, "sign"))
    assert not missing, f"add these explanations to src/clew/prevention/locale/{lang}.po: {missing}"


@pytest.mark.parametrize("lang", ["pt", "ro", "th", "vi", "id"])
def test_signs_are_explained_where_the_packs_have_the_language(lang: str) -> None:
    cat = catalogue(lang)
    wanted = [i for i in ON if lang in INDICATORS[i].languages]
    recruitment = [i for i in wanted if INDICATORS[i].typology == "labour_exploitation"]
    assert recruitment, f"no labour indicator claims {lang}"
    missing = [i for i in wanted if not cat.has(i, "sign")]
    assert len(missing) <= (1 - COVERAGE) * len(wanted), (
        f'add msgctxt "sign" explanations to src/clew/prevention/locale/{lang}.po for {missing}'
    )


@pytest.mark.parametrize("lang", UI_LANGUAGES)
def test_catalogues_name_only_known_indicators_and_typologies(lang: str) -> None:
    cat = catalogue(lang)
    for context, key in cat.messages:
        if context == "sign":
            assert key in INDICATORS, f"{lang}.po explains {key!r}, which no rule pack defines"
        elif context in ("typology", "lesson"):
            assert key in {i.typology for i in INDICATORS.values()}, (lang, key)
    for typology in {i.typology for i in INDICATORS.values()}:
        assert cat.has(typology, "typology") and cat.has(typology, "lesson"), (lang, typology)


@pytest.mark.parametrize("lang", UI_LANGUAGES)
def test_indicator_explanations_carry_the_sign_context(lang: str) -> None:
    # The page asks for ("sign", id); an explanation written without its msgctxt is never shown
    # (sp.taker_pays was, in every catalogue, from packs 1.17.0 to 1.20.0).
    loose = sorted(key for context, key in catalogue(lang).messages if context is None and key in INDICATORS)
    assert not loose, f'add msgctxt "sign" before these msgids in src/clew/prevention/locale/{lang}.po: {loose}'


def test_arabic_is_right_to_left_and_others_are_not() -> None:
    assert catalogue("ar").direction == "rtl"
    assert {catalogue(lang).direction for lang in UI_LANGUAGES if lang != "ar"} == {"ltr"}


def test_untranslated_message_falls_back_to_english_and_says_so() -> None:
    # pt explains the recruitment signs but not every organ-trafficking sign
    found = catalogue("pt").pgettext("sign", "ot.organ_broker")
    assert found == (catalogue("en").messages[("sign", "ot.organ_broker")], "en")
    assert catalogue("pt").pgettext("sign", "le.recruitment_fees")[1] == "pt"  # type: ignore[index]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("es-MX,es;q=0.9,en;q=0.8", ("es", "MX")),
        ("ar-EG", ("ar", "EG")),
        ("zh-CN,zh;q=0.9", ("zh", "CN")),
        ("fr", ("fr", None)),
        ("de-DE,de;q=0.9", ("en", "DE")),
        ("en;q=0.2, ru;q=0.9", ("ru", None)),
        ("", ("en", None)),
        (None, ("en", None)),
        ("*", ("en", None)),
        ("garbage;;;q=x,,", ("en", None)),
    ],
)
def test_accept_language(header: str | None, expected: tuple[str, str | None]) -> None:
    assert from_accept_language(header) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("es", "es"),
        ("ES", "es"),
        ("pt-BR", "pt"),
        ("zh_Hans", "zh"),
        ("tl", None),
        ("xx", None),
        ("", None),
        (None, None),
        ("<script>", None),
        ("e" * 300, None),
    ],
)
def test_normalise_lang(value: str | None, expected: str | None) -> None:
    assert normalise_lang(value) == expected


def test_a_broken_catalogue_names_its_file(tmp_path: Path) -> None:
    broken = tmp_path / "xx.po"
    broken.write_text('msgid "a"\nmsgstr "b\n\nmsgid', encoding="utf-8")
    with pytest.raises(InputError) as info:
        i18n._read(broken, "en")
    assert str(broken) in str(info.value)


def test_catalogues_ship_inside_the_package() -> None:
    assert {p.stem for p in LOCALE_DIR.glob("*.po")} == set(UI_LANGUAGES)
