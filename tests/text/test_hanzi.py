"""Traditional Chinese folded to simplified for the rule engine, one character for one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from clew.rules import RuleSet, load_packs
from clew.text.hanzi import simplified


def test_traditional_characters_become_simplified_ones() -> None:
    assert simplified("雇主把她的居留證收走") == "雇主把她的居留证收走"
    assert simplified("護照") == "护照"


def test_text_without_chinese_is_returned_as_it_is() -> None:
    text = "Passport kept by the agent, call 555-0142"
    assert simplified(text) is text


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x2FA1F), max_size=80))
def test_every_position_keeps_its_character(text: str) -> None:
    folded = simplified(text)
    assert len(folded) == len(text)
    for original, seen in zip(text, folded, strict=True):
        assert seen == original or original >= "\u3400"  # only ideographs (and what follows them) change


def test_the_packs_read_traditional_script_with_their_simplified_lexicons() -> None:
    rules = RuleSet(load_packs())
    simplified_hits = {h.id for h in rules.match_text("中介把他们的护照收走，说是统一保管")}
    traditional = "中介把他們的護照收走，說是統一保管"
    hits = rules.match_text(traditional)
    assert "le.document_retention" in simplified_hits
    assert {h.id for h in hits} == simplified_hits
    for hit in hits:  # offsets point at the original, traditional characters
        assert 0 <= hit.start < hit.end <= len(traditional)
