from __future__ import annotations

from pathlib import Path

import pytest

from clew.errors import RulePackError
from clew.model import TYPOLOGIES
from clew.rules import RuleSet, load_packs
from clew.rules.loader import load_pack
from clew.rules.testing import run_examples

PACK = "name: labour_exploitation\nversion: 1.0.0\ntitle: Test pack\n"

GOOD = """\
id: le.passport
title: Passport kept by employer
description: The employer keeps the worker's passport.
typology: labour_exploitation
version: 1.0.0
weight: 0.5
languages: [en, zh]
patterns:
  - lang: en
    near: {a: [passport], b: [keep, hold], within: 3}
  - lang: en
    phrases: ["leave your passport"]
  - lang: zh
    phrases: ["护照由公司保管"]
unless: ["not keep", "never hold"]
sources:
  - {ref: S15, citation: "ILO — ILO Indicators of Forced Labour — 2012", status: V}
examples:
  - {lang: en, text: "We keep your passport safe", expect: hit}
  - {lang: en, text: "Passport required for travel", expect: miss}
  - {lang: zh, text: "入职后护照由公司保管", expect: hit}
  - {lang: zh, text: "请带好护照", expect: miss}
"""


def write_pack(root: Path, indicator: str, name: str = "passport") -> Path:
    folder = root / "labour_exploitation"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "_pack.yaml").write_text(PACK, encoding="utf-8")
    (folder / f"{name}.yaml").write_text(indicator, encoding="utf-8")
    return folder


def test_builtin_packs_cover_every_typology_and_load_clean() -> None:
    packs = load_packs()
    assert {p.info.name for p in packs} == set(TYPOLOGIES)
    for pack in packs:
        assert pack.indicators, pack.info.name


def test_every_builtin_example_behaves_as_declared() -> None:
    checked, failures = run_examples(load_packs())
    assert checked > 0
    assert failures == [], "\n".join(str(f) for f in failures)


def test_biased_or_signal_free_indicators_are_off_and_say_why() -> None:
    for pack in load_packs():
        for indicator in pack.indicators:
            if indicator.status == "off":
                assert indicator.status_reason and len(indicator.status_reason) > 20


def test_phrase_near_unless_and_offsets(tmp_path: Path) -> None:
    rules = RuleSet([load_pack(write_pack(tmp_path, GOOD))])
    text = "Good pay. We   KEEP your passport until the contract ends."
    (hit,) = rules.match_text(text)
    assert hit.id == "le.passport" and hit.pack == "labour_exploitation" and hit.version == "1.0.0"
    assert text[hit.start : hit.end] == hit.text == "KEEP your passport"
    assert rules.match_text("We do not keep your passport, ever") == []  # unless
    assert rules.match_text("passport photos are needed, and later we hold interviews") == []  # far apart
    assert [h.id for h in rules.match_text("入职后护照由公司保管")] == ["le.passport"]  # no spaces in zh


def test_phrases_need_word_boundaries_in_spaced_scripts(tmp_path: Path) -> None:
    rules = RuleSet([load_pack(write_pack(tmp_path, GOOD))])
    assert rules.match_text("Please leave your passports at home") == []
    assert len(rules.match_text("Please leave your passport with us.")) == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("weight: 0.5", "weight: 0.9"), "field 'weight'"),
        (("typology: labour_exploitation", "typology: slavery"), "field 'typology'"),
        (("id: le.passport", "id: Passport"), "field 'id'"),
        (("version: 1.0.0\nweight", "version: one\nweight"), "field 'version'"),
        (('    phrases: ["leave your passport"]', "    regex: '(unclosed'"), "does not compile"),
        (('  - {lang: zh, text: "请带好护照", expect: miss}\n', ""), "needs at least one 'hit' and one 'miss'"),
        (("weight: 0.5", 'weight: 0.5\nstatus: "off"'), "must say why"),
    ],
)
def test_bad_indicator_names_file_line_and_field(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    old, new = change
    assert old in GOOD
    folder = write_pack(tmp_path, GOOD.replace(old, new))
    with pytest.raises(RulePackError) as err:
        load_pack(folder)
    assert message in str(err.value)
    assert "passport.yaml:" in str(err.value)


def test_error_line_number_points_at_the_field(tmp_path: Path) -> None:
    folder = write_pack(tmp_path, GOOD.replace("weight: 0.5", "weight: 2"))
    with pytest.raises(RulePackError, match=r"passport\.yaml:6: field 'weight'"):
        load_pack(folder)


def test_broken_yaml_and_mismatched_names(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="not valid YAML"):
        load_pack(write_pack(tmp_path / "a", "id: [unclosed"))
    with pytest.raises(RulePackError, match="must end with the file name"):
        load_pack(write_pack(tmp_path / "b", GOOD, name="other"))


def test_user_pack_replaces_the_builtin_pack_of_the_same_name(tmp_path: Path) -> None:
    write_pack(tmp_path, GOOD)
    packs = {p.info.name: p for p in load_packs([tmp_path])}
    assert [i.id for i in packs["labour_exploitation"].indicators] == ["le.passport"]
    assert len(packs) == len(TYPOLOGIES)


def test_off_indicators_do_not_fire_by_default(tmp_path: Path) -> None:
    off = GOOD.replace("weight: 0.5", 'weight: 0.5\nstatus: "off"\nstatus_reason: "Carries bias in tests."')
    pack = load_pack(write_pack(tmp_path, off))
    assert RuleSet([pack]).match_text("leave your passport") == []
    assert len(RuleSet([pack], include_off=True).match_text("leave your passport")) == 1
