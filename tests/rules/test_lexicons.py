"""Concept lexicons: `@name` references in rule packs, their errors, lint, docs and explain."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from clew.errors import RulePackError
from clew.rules import RuleSet, load_packs
from clew.rules.docs import explain, render
from clew.rules.lint import lint
from clew.rules.loader import BUILTIN_DIR, LEXICON_DIR, load_lexicons, load_pack
from clew.schemas import render as render_schema

PACK = "name: labour_exploitation\nversion: 1.0.0\ntitle: Test pack\n"
SOURCE = '  - {ref: S15, citation: "ILO — ILO Indicators of Forced Labour — 2012", status: V}\n'


def lexicon(name: str, terms: dict[str, list[str]]) -> str:
    lines = [f"name: {name}", "description: A test concept with a few words.", "sources:", SOURCE.rstrip(), "terms:"]
    lines += [f"  {lang}: {json.dumps(words, ensure_ascii=False)}" for lang, words in terms.items()]
    return "\n".join(lines) + "\n"


UN = ("ar", "en", "es", "fr", "ru", "zh")
PAPERS = {lang: [f"papers-{lang}"] for lang in UN} | {
    "en": ["passport", "passports", "id card"],
    "ru": ["паспорт", "паспорта", "паспортом"],
}
KEEP = {lang: [f"keep-{lang}"] for lang in UN} | {
    "en": ["keep", "kept", "retained"],
    "ru": ["храним", "хранятся", "забираем"],
}
SAFE = {lang: [f"safe-{lang}"] for lang in UN} | {"en": ["never give", "is illegal"], "ru": ["незаконно"]}

INDICATOR = (
    """\
id: le.concept
title: Documents kept by the employer
description: A document word near a keeping word, written with concepts.
typology: labour_exploitation
version: 1.0.0
weight: 0.5
languages: [en, ru]
patterns:
  - lang: en
    near: {a: ["@papers"], b: ["@keep", "hand in"], within: 3}
  - lang: ru
    near: {a: ["@papers"], b: ["@keep"], within: 3}
  - lang: en
    phrases: ["@papers_held", "leave your passport"]
unless: ["@safe", "copy"]
sources:
"""
    + SOURCE
    + """\
examples:
  - {lang: en, text: "Passports are retained by the company", expect: hit}
  - {lang: en, text: "We keep your ID card until the contract ends", expect: hit}
  - {lang: en, text: "Bring your passport to the interview", expect: miss}
  - {lang: en, text: "Never give your passport to anyone, we keep nothing: it is illegal", expect: miss}
  - {lang: ru, text: "Паспорта хранятся у бригадира", expect: hit}
  - {lang: ru, text: "Паспорт забираем на время работы", expect: hit}
  - {lang: ru, text: "Паспорт нужен для оформления", expect: miss}
  - {lang: ru, text: "Забираем паспорт? Это незаконно", expect: miss}
"""
)
HELD = {lang: [f"held-{lang}"] for lang in UN} | {"en": ["passport held by the agent"]}


def write_root(root: Path, indicator: str = INDICATOR, lexicons: dict[str, str] | None = None) -> Path:
    folder = root / "labour_exploitation"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "_pack.yaml").write_text(PACK, encoding="utf-8")
    (folder / "concept.yaml").write_text(indicator, encoding="utf-8")
    (root / LEXICON_DIR).mkdir(exist_ok=True)
    given = (
        lexicons
        if lexicons is not None
        else {
            "papers": lexicon("papers", PAPERS),
            "keep": lexicon("keep", KEEP),
            "safe": lexicon("safe", SAFE),
            "papers_held": lexicon("papers_held", HELD),
        }
    )
    for name, text in given.items():
        (root / LEXICON_DIR / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


def test_references_expand_to_the_words_of_the_pattern_language(tmp_path: Path) -> None:
    pack = load_pack(write_root(tmp_path))
    (indicator,) = pack.indicators
    en_near, ru_near, phrases = indicator.patterns
    assert en_near.near is not None and ru_near.near is not None and phrases.phrases is not None
    assert en_near.near.a == ("passport", "passports", "id card")
    assert en_near.near.b == ("keep", "kept", "retained", "hand in")  # literal phrases stay, in order
    assert ru_near.near.a == ("паспорт", "паспорта", "паспортом")
    assert phrases.phrases == ("passport held by the agent", "leave your passport")
    # unless takes every declared language's words
    assert set(indicator.unless) == {"never give", "is illegal", "незаконно", "copy"}
    assert indicator.lexicons == ("papers", "keep", "papers_held", "safe")
    assert indicator.written["patterns.0.near.b"] == ("@keep", "hand in")
    assert [lex.name for lex in pack.lexicons] == ["keep", "papers", "papers_held", "safe"]


def test_expanded_concepts_match_and_their_examples_pass(tmp_path: Path) -> None:
    pack = load_pack(write_root(tmp_path))
    rules = RuleSet([pack])
    hit = rules.match_text("All passports are kept in the office safe")
    assert [h.id for h in hit] == ["le.concept"] and hit[0].text == "passports are kept"
    assert rules.match_text("Паспортом мы не интересуемся, зарплата вовремя") == []
    assert rules.match_text("We keep your passport? No: that is illegal") == []  # the @safe unless
    from clew.rules.testing import run_examples

    checked, failures = run_examples([pack])
    assert checked == 8 and failures == []


def test_unknown_lexicon_names_file_line_and_field(tmp_path: Path) -> None:
    folder = write_root(tmp_path, INDICATOR.replace('b: ["@keep", "hand in"]', 'b: ["hand in", "@kept_typo"]'))
    with pytest.raises(RulePackError) as err:
        load_pack(folder)
    message = str(err.value)
    assert "concept.yaml:10: field 'patterns.0.near.b.1': unknown lexicon '@kept_typo'" in message
    known = message.split("known: ", 1)[1]
    assert "papers_held" in known and "sale_verb" in known  # the directory's own and the built-in ones


def test_lexicon_without_the_pattern_language_is_an_error(tmp_path: Path) -> None:
    indicator = INDICATOR.replace("languages: [en, ru]", "languages: [en, ru, pt]").replace(
        "  - lang: en\n    phrases:", '  - lang: pt\n    phrases: ["@keep"]\n  - lang: en\n    phrases:'
    )
    with pytest.raises(RulePackError, match=r"field 'patterns.2.phrases.0': lexicon '@keep' has no terms in 'pt'"):
        load_pack(write_root(tmp_path, indicator))


def test_reference_in_a_pattern_without_language_is_an_error(tmp_path: Path) -> None:
    indicator = INDICATOR.replace('  - lang: en\n    phrases: ["@papers_held"', '  - phrases: ["@papers_held"')
    with pytest.raises(RulePackError, match=r"field 'patterns.2.phrases': a pattern that refers to a lexicon needs"):
        load_pack(write_root(tmp_path, indicator))


@pytest.mark.parametrize(
    ("terms", "message"),
    [
        ({lang: ["x"] for lang in UN if lang != "zh"}, "lacks the languages zh"),
        ({lang: ["x"] for lang in UN} | {"ru": []}, "language 'ru' has an empty list"),
        ({lang: ["x"] for lang in UN} | {"en": ["keep", "Keep"]}, "language 'en' lists 'Keep' twice"),
        ({lang: ["x"] for lang in UN} | {"en": ["@other"]}, "cannot refer to another lexicon"),
        ({lang: ["x"] for lang in UN} | {"english": ["x"]}, "'english' is not an ISO 639-1 code"),
    ],
)
def test_bad_lexicon_names_file_and_field(tmp_path: Path, terms: dict[str, list[str]], message: str) -> None:
    lexicons = {"keep": lexicon("keep", terms)}
    write_root(tmp_path, lexicons=lexicons)
    with pytest.raises(RulePackError) as err:
        load_lexicons(tmp_path)
    assert "keep.yaml:" in str(err.value) and "field 'terms'" in str(err.value) and message in str(err.value)


def test_lexicon_name_must_be_its_file_name(tmp_path: Path) -> None:
    write_root(tmp_path, lexicons={"keep": lexicon("held", KEEP)})
    with pytest.raises(RulePackError, match=r"keep\.yaml: field 'name': 'held' must be the file name"):
        load_lexicons(tmp_path)


def test_a_broken_user_lexicon_keeps_the_builtin_packs(tmp_path: Path) -> None:
    write_root(tmp_path, lexicons={"papers": lexicon("papers", {"en": ["passport"]})})
    reported: list[RulePackError] = []
    packs = {p.info.name: p for p in load_packs([tmp_path], on_error=reported.append)}
    assert len(reported) == 1 and "papers.yaml" in str(reported[0])
    builtin = {p.info.name: p for p in load_packs()}
    assert [i.id for i in packs["labour_exploitation"].indicators] == [
        i.id for i in builtin["labour_exploitation"].indicators
    ]
    with pytest.raises(RulePackError, match=r"papers\.yaml"):
        load_packs([tmp_path])


def test_a_user_lexicon_replaces_the_builtin_one_of_the_same_name(tmp_path: Path) -> None:
    organ = {lang: [f"organ-{lang}"] for lang in UN} | {"en": ["spleen"]}
    indicator = INDICATOR.replace('a: ["@papers"], b: ["@keep", "hand in"]', 'a: ["@organ"], b: ["@keep"]')
    lexicons = {name: lexicon(name, t) for name, t in (("keep", KEEP), ("safe", SAFE), ("papers", PAPERS))}
    lexicons |= {"papers_held": lexicon("papers_held", HELD), "organ": lexicon("organ", organ)}
    write_root(
        tmp_path,
        indicator.split("examples:")[0]
        + "examples:\n"
        + "".join(
            f'  - {{lang: {lang}, text: "{text}", expect: {exp}}}\n'
            for lang, text, exp in [
                ("en", "we keep the spleen", "hit"),
                ("en", "spleen kept here", "hit"),
                ("en", "kidney for sale", "miss"),
                ("en", "nothing here", "miss"),
                ("ru", "паспорт храним", "hit"),
                ("ru", "паспорта хранятся", "hit"),
                ("ru", "ничего", "miss"),
                ("ru", "пусто", "miss"),
            ]
        ),
        lexicons,
    )
    packs = {p.info.name: p for p in load_packs([tmp_path])}
    rules = RuleSet([packs["labour_exploitation"]])
    assert [h.id for h in rules.match_text("we keep the spleen")] == ["le.concept"]
    assert rules.match_text("we keep the kidney") == []  # the built-in @organ is not used


def test_lint_reports_normalised_duplicates_overlaps_and_unused_lexicons(tmp_path: Path) -> None:
    keep = KEEP | {"en": ["keep", "ｋｅｅｐ", "kept"]}  # full-width letters normalise to "keep"
    overlap = INDICATOR.replace('b: ["@keep", "hand in"]', 'b: ["@keep", "passports kept"]')
    lexicons = {name: lexicon(name, t) for name, t in (("keep", keep), ("safe", SAFE), ("papers", PAPERS))}
    lexicons |= {"papers_held": lexicon("papers_held", HELD), "unused": lexicon("unused", SAFE)}
    write_root(tmp_path, overlap, lexicons)
    report = lint([tmp_path])
    errors = "\n".join(report.errors)
    assert "keep.yaml: field 'terms.en': 'ｋｅｅｐ' and 'keep' are the same once normalised" in errors
    assert "concept.yaml: le.concept: field 'patterns.0.near': 'passports' and 'passports kept' overlap" in errors
    assert any("lexicon @unused is not used by any indicator" in w for w in report.warnings)
    assert any(line.startswith("lexicon @papers: ar 1, en 3") for line in report.lines)


def test_lint_is_clean_on_the_builtin_packs_and_every_lexicon_is_used() -> None:
    report = lint([])
    assert report.errors == []
    assert report.warnings == []
    lexicons = load_lexicons(BUILTIN_DIR)
    assert len(lexicons) >= 12
    for lex in lexicons.values():
        assert set(lex.terms) >= set(UN), lex.name


def test_cli_lint_fails_on_a_broken_lexicon_and_explain_shows_concepts(tmp_path: Path) -> None:
    write_root(tmp_path, lexicons={"papers": lexicon("papers", {"en": ["passport"]})})
    cli = [sys.executable, "-m", "clew.cli", "rules"]
    result = subprocess.run([*cli, "lint", "--dir", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert result.returncode != 0 and "papers.yaml" in result.stderr and "lacks the languages" in result.stderr
    shown = subprocess.run([*cli, "explain", "ot.organ_for_sale"], capture_output=True, text=True, timeout=300)
    assert shown.returncode == 0
    assert "@organ (" in shown.stdout and "@sale_verb (" in shown.stdout and "concept lexicons:" in shown.stdout


def test_explain_docs_and_schema_show_lexicons(tmp_path: Path) -> None:
    pack = load_pack(write_root(tmp_path))
    text = explain(pack.indicators[0], pack)
    assert "[en] near: @papers (3 terms) within 3 words of @keep/hand in (4 terms)" in text
    assert "  @papers: A test concept" in text and "[ru] паспорт, паспорта, паспортом" in text
    page = render([pack], load_lexicons(tmp_path))
    assert "## Concept lexicons" in page
    assert (
        "| `@papers` | A test concept with a few words. | ar 1, en 3, es 1, fr 1, ru 3, zh 1 | `le.concept` |" in page
    )
    schema = json.loads(render_schema("lexicon"))
    # terms are optional in the file: a lexicon derived from another takes them from it
    assert schema["required"] == ["name", "description", "sources"]
    assert {"terms", "derived_from", "without", "prefixes"} <= set(schema["properties"])


def test_clitics_attach_to_the_first_word_of_phrases_too() -> None:
    """Arabic writes و/ب/ل onto the next word, whether that word opens a phrase or stands alone."""
    from clew.rules.model import Lexicon

    lex = Lexicon.model_validate(
        {
            "name": "papers",
            "description": "Identity papers, for a test of clitics.",
            "sources": [{"ref": "S15", "citation": "ILO — ILO Indicators of Forced Labour — 2012", "status": "V"}],
            "terms": {lang: [f"papers-{lang}"] for lang in UN} | {"ar": ["جواز", "جواز السفر"]},
            "prefixes": {"ar": ["و", "ب"]},
        }
    )
    assert lex.words("ar") == ("جواز", "جواز السفر", "وجواز", "وجواز السفر", "بجواز", "بجواز السفر")
    assert lex.words("en") == ("papers-en",)  # no clitics declared for English


def test_a_prefixed_phrase_matches_in_text(tmp_path: Path) -> None:
    papers = PAPERS | {"ar": ["جواز السفر"]}
    text = lexicon("papers", papers) + "prefixes:\n  ar: [و, ب]\n"
    indicator = INDICATOR.replace("languages: [en, ru]", "languages: [en, ru, ar]").replace(
        "  - lang: en\n    phrases:", '  - lang: ar\n    phrases: ["@papers"]\n  - lang: en\n    phrases:'
    )
    indicator += (
        '  - {lang: ar, text: "نحتفظ بجواز السفر حتى نهاية العقد", expect: hit}\n'
        '  - {lang: ar, text: "وجواز السفر معك دائما", expect: hit}\n'
        '  - {lang: ar, text: "احضر صورة شخصية", expect: miss}\n'
        '  - {lang: ar, text: "الراتب يدفع كل شهر", expect: miss}\n'
    )
    root = tmp_path
    write_root(
        root,
        indicator,
        {
            "papers": text,
            "keep": lexicon("keep", KEEP),
            "safe": lexicon("safe", SAFE),
            "papers_held": lexicon("papers_held", HELD),
        },
    )
    rules = RuleSet([load_pack(root / "labour_exploitation")])
    hits = rules.match_text("نحتفظ بجواز السفر حتى نهاية العقد")
    assert [(h.id, h.text) for h in hits] == [("le.concept", "بجواز السفر")]


def test_lint_reports_terms_a_stem_already_matches_and_stems_that_fire_both_near_sides(tmp_path: Path) -> None:
    papers = PAPERS | {"en": ["passport*", "id card"], "ru": ["паспорт*", "паспорта", "паспортный контроль", "паспорт"]}
    overlap = INDICATOR.replace('b: ["@keep", "hand in"]', 'b: ["@keep", "passports retained"]')
    lexicons = {name: lexicon(name, t) for name, t in (("keep", KEEP), ("safe", SAFE), ("papers", papers))}
    lexicons |= {"papers_held": lexicon("papers_held", HELD)}
    write_root(tmp_path, overlap, lexicons)
    errors = "\n".join(lint([tmp_path]).errors)
    assert "papers.yaml: field 'terms.ru': 'паспорта' is already matched by the stem 'паспорт*'" in errors
    assert "'паспорт' is already matched by the stem 'паспорт*'" in errors
    assert "паспортный контроль" not in errors  # a longer phrase is its own evidence
    # side b's "passports retained" begins with side a's stem "passport*": that phrase alone fires both sides
    assert "field 'patterns.0.near': 'passport' and 'passports retained' overlap" in errors


# The bare words for "a report" (and "report it" verbs) that @general_notice leaves out of @news_context: a
# moderator's or client's report about one listing keeps its hits, a general news or awareness text cancels them.
REPORT_WORDS = {
    "ar": ["تقرير", "بلغ", "أبلغ", "التقرير"],
    "en": ["un report"],
    "es": ["informe"],
    "fr": ["rapport", "signalez"],
    "id": ["laporan"],
    "pt": ["relatório"],
    "ro": ["raport"],
    "th": ["รายงาน"],
    "vi": ["báo cáo"],
}

# The words for a bed or a couch that @goods_not_bedding leaves out of @goods_context: a report that every picture
# shows 'the same bed' names the room the women are photographed in, not furniture for sale.
_BEDDING = {
    "bed",
    "beds",
    "camas",
    "lit",
    "lits",
    "couches",
    "кроват*",
    "سرير",
    "cama",
    "pat",
    "เตียง",
    "giường",
    "ranjang",
    "kasur",
}


@pytest.mark.parametrize(
    ("name", "base", "dropped"),
    [
        ("general_notice", "news_context", {w for words in REPORT_WORDS.values() for w in words}),
        ("goods_not_bedding", "goods_context", _BEDDING),
    ],
)
def test_builtin_derived_lexicons_are_their_base_without_the_listed_words(
    name: str, base: str, dropped: set[str]
) -> None:
    lexicons = load_lexicons(BUILTIN_DIR)
    kept, full = lexicons[name], lexicons[base]
    assert kept.derived_from == base
    assert set(kept.terms) == set(full.terms) and kept.prefixes == full.prefixes
    for lang, words in full.terms.items():
        assert list(kept.terms[lang]) == [w for w in words if w not in dropped], lang
    assert {w for words in kept.without.values() for w in words} == {
        w for words in full.terms.values() for w in words if w in dropped
    }


def derived(name: str, base: str, without: dict[str, list[str]], extra: str = "") -> str:
    lines = [f"name: {name}", "description: A concept narrowed from another.", "sources:", SOURCE.rstrip()]
    lines += [f"derived_from: {base}", "without:"]
    lines += [f"  {lang}: {json.dumps(words, ensure_ascii=False)}" for lang, words in without.items()]
    return "\n".join(lines) + "\n" + extra


def test_a_derived_lexicon_follows_its_base_and_chains(tmp_path: Path) -> None:
    write_root(
        tmp_path,
        lexicons={
            # written before its base in file order, and derived twice
            "a_keep_narrow": derived("a_keep_narrow", "keep_no_kept", {"en": ["retained"]}),
            "keep": lexicon("keep", KEEP),
            "keep_no_kept": derived("keep_no_kept", "keep", {"en": ["kept"], "ru": ["хранятся"]}),
        },
    )
    lexicons = load_lexicons(tmp_path)
    assert lexicons["keep_no_kept"].terms["en"] == ("keep", "retained")
    assert lexicons["keep_no_kept"].terms["ru"] == ("храним", "забираем")
    assert lexicons["a_keep_narrow"].terms["en"] == ("keep",)
    assert lexicons["a_keep_narrow"].terms["zh"] == ("keep-zh",)
    # a user folder's lexicon may narrow a built-in one
    user = tmp_path / "user"
    (user / LEXICON_DIR).mkdir(parents=True)
    (user / LEXICON_DIR / "organ_no_liver.yaml").write_text(
        derived("organ_no_liver", "organ", {"en": ["liver"]}), encoding="utf-8"
    )
    builtin = load_lexicons(BUILTIN_DIR)
    narrowed = load_lexicons(user, builtin)["organ_no_liver"]
    assert "liver" in builtin["organ"].terms["en"] and "liver" not in narrowed.terms["en"]
    assert narrowed.terms["en"] == tuple(w for w in builtin["organ"].terms["en"] if w != "liver")


def test_an_indicator_reads_a_derived_lexicon(tmp_path: Path) -> None:
    lexicons = {
        "papers": lexicon("papers", PAPERS),
        "keep_all": lexicon("keep_all", KEEP),
        "keep": derived("keep", "keep_all", {"en": ["retained"]}),
        "safe": lexicon("safe", SAFE),
        "papers_held": lexicon("papers_held", HELD),
    }
    indicator = INDICATOR.replace('  - {lang: en, text: "Passports are retained by the company", expect: hit}\n', "")
    indicator = indicator.replace(
        '  - {lang: en, text: "Bring your passport',
        '  - {lang: en, text: "Passports are retained by the company", expect: miss}\n'
        '  - {lang: en, text: "Bring your passport',
    ).replace(
        '  - {lang: en, text: "We keep your ID card',
        '  - {lang: en, text: "Passports kept here", expect: hit}\n  - {lang: en, text: "We keep your ID card',
    )
    rules = RuleSet([load_pack(write_root(tmp_path, indicator, lexicons))])
    assert rules.match_text("Passports are retained by the company") == []
    assert [h.id for h in rules.match_text("All passports are kept in the office")] == ["le.concept"]


@pytest.mark.parametrize(
    ("files", "where", "message"),
    [
        (
            {"keep_narrow": derived("keep_narrow", "kep", {"en": ["kept"]})},
            "keep_narrow.yaml:5: field 'derived_from'",
            "unknown lexicon 'kep' (known: ",
        ),
        (
            {"keep_narrow": derived("keep_narrow", "keep", {"en": ["keep", "holds"]})},
            "keep_narrow.yaml:7: field 'without.en.1'",
            "'holds' is not a word of @keep in 'en'",
        ),
        (
            {"keep_narrow": derived("keep_narrow", "keep", {"pt": ["manter"]})},
            "keep_narrow.yaml:7: field 'without.pt'",
            "@keep has no terms in 'pt'",
        ),
        (
            {"keep_narrow": derived("keep_narrow", "keep", {"en": ["kept"]}, 'terms:\n  en: ["x"]\n')},
            "keep_narrow.yaml:8: field 'terms'",
            "a lexicon derived from @keep takes its terms from it; list only 'without'",
        ),
        (
            {
                "one": derived("one", "two", {"en": ["keep"]}),
                "two": derived("two", "one", {"en": ["kept"]}),
            },
            "one.yaml: field 'derived_from'",
            "lexicons derive from each other: @one → @two → @one",
        ),
        (
            {"bare": "name: bare\ndescription: A concept with no words at all.\nsources:\n" + SOURCE},
            "bare.yaml:1: field '(file)'",
            "a lexicon needs 'terms' (or 'derived_from', the lexicon it narrows)",
        ),
    ],
)
def test_a_broken_derived_lexicon_names_file_line_and_field(
    tmp_path: Path, files: dict[str, str], where: str, message: str
) -> None:
    write_root(tmp_path, lexicons={"keep": lexicon("keep", KEEP), **files})
    with pytest.raises(RulePackError) as err:
        load_lexicons(tmp_path)
    assert where in str(err.value) and message in str(err.value), str(err.value)
