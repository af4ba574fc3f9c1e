from __future__ import annotations

from pathlib import Path

import pytest

from clew.errors import RulePackError
from clew.model import TYPOLOGIES, Entity
from clew.rules import RuleSet, load_packs
from clew.rules.docs import explain
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
  - {lang: en, text: "Please leave your passport with the office", expect: hit}
  - {lang: en, text: "Passport required for travel", expect: miss}
  - {lang: en, text: "We never hold documents", expect: miss}
  - {lang: zh, text: "入职后护照由公司保管", expect: hit}
  - {lang: zh, text: "护照由公司保管直到合同结束", expect: hit}
  - {lang: zh, text: "请带好护照", expect: miss}
  - {lang: zh, text: "请带好护照和两张照片", expect: miss}
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
        (('    phrases: ["leave your passport"]', "    regex: '(?:pass\\w+)+port'"), "backtrack catastrophically"),
        (('  - {lang: zh, text: "请带好护照", expect: miss}\n', ""), "language 'zh' needs at least 2"),
        (("weight: 0.5", 'weight: 0.5\nstatus: "off"'), "must say why"),
        (("  - lang: zh\n", "  - lang: th\n"), "field 'patterns': Value error, pattern language 'th'"),
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


DOCUMENT_KINDS = """\
id: le.fee_and_wallet
title: A fee paid into a crypto wallet
description: The worker must pay a fee, and the ad gives a crypto wallet to pay it into.
typology: labour_exploitation
version: 1.0.0
weight: 0.5
languages: [en]
patterns:
  - {lang: en, phrases: ["registration fee", "deposit"]}
  - entity: {type: age, max: 17}
  - feature: plural_voice
requires:
  - entity: {type: crypto}
  - entity: {type: email, absent: true}
sources:
  - {ref: S20, citation: "FinCEN — FIN-2020-A008 — 2020", status: S}
examples:
  - {lang: en, text: "Pay the registration fee to bc1 wallet", expect: hit}
  - {lang: en, text: "A deposit into our crypto wallet", expect: hit}
  - {lang: en, text: "Pay the registration fee", expect: miss}
  - {lang: en, text: "No fee at all", expect: miss}
"""


def entity(kind: str, value: str, text: str, written: str) -> Entity:
    start = text.index(written)
    return Entity(type=kind, value=value, start=start, end=start + len(written))


def test_entity_feature_and_requires_conditions(tmp_path: Path) -> None:
    rules = RuleSet([load_pack(write_pack(tmp_path, DOCUMENT_KINDS, name="fee_and_wallet"))])
    text = "We offer jobs, our team is 16 strong. Pay the registration fee to btc wallet X"
    wallet = entity("crypto", "btc:x", text, "X")
    age = entity("age", "16", text, "16")
    hits = rules.match_text(text, [wallet, age])
    evidence = sorted(h.text for h in hits)
    assert evidence == ["16", "We", "our", "registration fee"]  # phrase, entity and feature spans
    assert rules.match_text(text, [age]) == []  # no wallet: the requirement fails
    mail = entity("email", "x@example.com", text + " x@example.com", "x@example.com")
    assert rules.match_text(text, [wallet, age, mail]) == []  # an e-mail is present: 'absent' fails
    older = entity("age", "19", text.replace("16", "19"), "19")
    assert "19" not in [h.text for h in rules.match_text(text.replace("16", "19"), [wallet, older])]


def test_obfuscated_entity_condition(tmp_path: Path) -> None:
    indicator = DOCUMENT_KINDS.replace(
        """  - entity: {type: age, max: 17}
  - feature: plural_voice
requires:
  - entity: {type: crypto}
  - entity: {type: email, absent: true}
""",
        "  - entity: {type: phone, obfuscated: true}\n",
    )
    rules = RuleSet([load_pack(write_pack(tmp_path, indicator, name="fee_and_wallet"))])
    plain = "call 213-555-0127"
    hidden = "call ２１３-５５５-０１２７"
    assert rules.match_text(plain, [entity("phone", "+12135550127", plain, "213-555-0127")]) == []
    (hit,) = rules.match_text(hidden, [entity("phone", "+12135550127", hidden, "２１３-５５５-０１２７")])
    assert hit.text == "２１３-５５５-０１２７"
    arabic = "اتصل ٢١٣-٥٥٥-٠١٢٧"  # Arabic-Indic digits are how Arabic ads write numbers: not a disguise
    assert rules.match_text(arabic, [entity("phone", "+12135550127", arabic, "٢١٣-٥٥٥-٠١٢٧")]) == []
    spelled = "call two one three 555 0127"
    assert len(rules.match_text(spelled, [entity("phone", "+12135550127", spelled, "two one three 555 0127")])) == 1


def test_requires_takes_only_entity_and_feature_conditions(tmp_path: Path) -> None:
    bad = DOCUMENT_KINDS.replace("  - entity: {type: crypto}\n", "  - {lang: en, phrases: [wallet]}\n")
    with pytest.raises(RulePackError, match="requires takes entity and feature conditions only"):
        load_pack(write_pack(tmp_path, bad, name="fee_and_wallet"))
    unknown = DOCUMENT_KINDS.replace("feature: plural_voice", "feature: moon_phase")
    with pytest.raises(RulePackError, match="unknown feature 'moon_phase'"):
        load_pack(write_pack(tmp_path / "b", unknown, name="fee_and_wallet"))


def test_a_broken_user_pack_leaves_the_builtin_pack_in_use(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from clew.rules import default_ruleset

    write_pack(tmp_path, GOOD.replace("weight: 0.5", "weight: 5"))
    with pytest.raises(RulePackError):
        load_packs([tmp_path])  # lint is strict
    ruleset = default_ruleset((tmp_path,))
    builtin = {p.info.name: p for p in load_packs()}["labour_exploitation"]
    assert ruleset.packs["labour_exploitation"] == builtin
    assert "passport.yaml" in caplog.text and "built-in version stays in use" in caplog.text


def test_unless_window_is_60_characters_unless_the_indicator_widens_it(tmp_path: Path) -> None:
    """A context that holds for the whole ad (a news report) must cancel a hit far from it."""
    far = "We keep your passport. " + "Details of the case were heard in court this week. " * 2 + "It is not keep."
    assert far.index("not keep") - far.index("passport") > 60
    narrow = RuleSet([load_pack(write_pack(tmp_path / "a", GOOD))])
    assert [h.id for h in narrow.match_text(far)] == ["le.passport"]
    wide = RuleSet([load_pack(write_pack(tmp_path / "b", GOOD.replace("sources:", "unless_within: 500\nsources:")))])
    assert wide.match_text(far) == []
    assert [h.id for h in wide.match_text("We keep your passport safe")] == ["le.passport"]
    pack = load_pack(tmp_path / "b" / "labour_exploitation")
    (indicator,) = pack.indicators
    assert "unless (within 500 characters)" in explain(indicator, pack)


def test_an_unless_phrase_inside_the_rules_own_phrase_cancels_nothing(tmp_path: Path) -> None:
    """The phrase "no adoption agency needed" is evidence on its own: its "adoption agency" cancels nothing."""
    indicator = GOOD.replace('unless: ["not keep", "never hold"]', 'unless: ["not keep", "your passport"]')
    rules = RuleSet([load_pack(write_pack(tmp_path, indicator))])
    hits = rules.match_text("Please leave your passport with the office")
    assert [(h.id, h.text) for h in hits] == [("le.passport", "leave your passport")]
    # the same words next to a hit that is not that phrase still cancel it (near: passport ... keep)
    assert rules.match_text("We keep your passport safe") == []


def test_an_unless_phrase_cancels_the_evidence_near_it_not_a_phrase_hit_that_evidence_overlaps(tmp_path: Path) -> None:
    """Each span is judged before overlapping ones are merged: the near pair "passport … keep" reaches within 60
    characters of "not keep", the phrase "leave your passport" does not, and it stands (merged first, both fell)."""
    rules = RuleSet([load_pack(write_pack(tmp_path, GOOD))])
    head = "leave your passport keep"
    filler = " and so on and on" * 3
    text = f"{head}{filler} til not keep."
    phrase_end, near_end, blocker = len("leave your passport"), len(head), text.index("not keep")
    assert phrase_end + 60 < blocker <= near_end + 60
    assert [(h.id, h.text) for h in rules.match_text(text)] == [("le.passport", "leave your passport")]
    # without the phrase, the near pair alone is cancelled
    assert rules.match_text(text.replace("leave your", "found the")) == []


@pytest.mark.parametrize(
    ("indicator", "message"),
    [
        (GOOD.replace("sources:", "unless_within: 0\nsources:"), "field 'unless_within'"),
        (GOOD.replace('unless: ["not keep", "never hold"]\n', "unless_within: 200\n"), "has none"),
    ],
)
def test_bad_unless_window_names_the_field(tmp_path: Path, indicator: str, message: str) -> None:
    with pytest.raises(RulePackError, match=message):
        load_pack(write_pack(tmp_path, indicator))


STEMS = GOOD.replace(
    '    phrases: ["leave your passport"]',
    '    phrases: ["leave your passport", "recrut*", "ничего не плат*"]\n'
    "  - lang: en\n"
    '    near: {a: ["confiscat*"], b: [documents], within: 3}',
).replace('unless: ["not keep", "never hold"]', 'unless: ["not keep", "never hold", "legally recru*"]')


def test_a_stem_matches_every_word_that_begins_with_it_and_reports_the_whole_word(tmp_path: Path) -> None:
    rules = RuleSet([load_pack(write_pack(tmp_path, STEMS))])
    text = "Agencia recrutamos já!"
    (hit,) = rules.match_text(text)
    assert text[hit.start : hit.end] == hit.text == "recrutamos"
    assert [h.text for h in rules.match_text("Recrut. urgent")] == ["Recrut"]  # the stem alone is a word too
    assert [h.text for h in rules.match_text("сразу НИЧЕГО НЕ ПЛАТИТЕ")] == ["НИЧЕГО НЕ ПЛАТИТЕ"]
    assert rules.match_text("prerecruited staff") == []  # a stem still starts a word
    # a stem in a near pattern, and as an unless phrase
    assert [h.text for h in rules.match_text("they confiscated the documents")] == ["confiscated the documents"]
    assert rules.match_text("legally recruited, recrutamos") == []
    # exact words keep their boundary: "passports" is not "passport"
    assert rules.match_text("Please leave your passports at home") == []


def test_a_key_that_is_a_word_for_one_rule_and_a_stem_for_another(tmp_path: Path) -> None:
    exact = GOOD.replace('phrases: ["leave your passport"]', 'phrases: ["leave your passport", "recrut"]')
    stem = STEMS.replace("id: le.passport", "id: le.stems")
    rules = RuleSet([load_pack(write_pack(write_pack(tmp_path, exact).parent, stem, name="stems"))])
    assert sorted(h.id for h in rules.match_text("nous recrut maintenant")) == ["le.passport", "le.stems"]
    assert [h.id for h in rules.match_text("nous recrutons maintenant")] == ["le.stems"]


@pytest.mark.parametrize(
    ("phrase", "message"),
    [
        ("pas*", "a stem needs at least 4 characters"),
        ("re*cruit", "may only end a phrase"),
        ("pay 5*", "ending in a letter"),
    ],
)
def test_a_malformed_stem_names_the_file_and_field(tmp_path: Path, phrase: str, message: str) -> None:
    folder = write_pack(tmp_path, GOOD.replace('"leave your passport"', f'"{phrase}"'))
    with pytest.raises(RulePackError, match=message) as err:
        load_pack(folder)
    assert "passport.yaml:" in str(err.value) and "patterns" in str(err.value)
