"""E-mail addresses with "at" and "dot" spelled out or bracketed, in several languages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.identifiers import extract
from clew.model import Document


def emails(text: str) -> list[str]:
    return [e.value for e in extract(Document(id="x", text=text)) if e.type == "email"]


CASES = [
    ("Jane.Doe@Example.COM", ["jane.doe@example.com"]),
    ("lily23 (at) example (dot) org", ["lily23@example.org"]),
    ("lily23(at)example(dot)org", ["lily23@example.org"]),
    ("contact [at] example [dot] net", ["contact@example.net"]),
    ("mia_x{at}example{dot}org", ["mia_x@example.org"]),
    ("ana [@] example [.] com", ["ana@example.com"]),
    ("nina(a)example.com", ["nina@example.com"]),
    ("sofia.m arroba example punto com", ["sofia.m@example.com"]),
    ("ana_paula arroba example ponto com ponto br", ["ana_paula@example.com.br"]),
    ("claire arobase example point fr", ["claire@example.fr"]),
    ("anna_k собака example точка ru", ["anna_k@example.ru"]),
    ("mai.anh a còng example chấm vn", ["mai.anh@example.vn"]),
    ("rina titik sari @ example titik co titik id", ["rina.sari@example.co.id"]),
    ("ioana.pop (at) example (punct) ro", ["ioana.pop@example.ro"]),
    ("giulia chiocciola example punto it", ["giulia@example.it"]),
    ("lily at example dot com", ["lily@example.com"]),
    ("jane dot doe at example dot com", ["jane.doe@example.com"]),
    ("jade99 at example.net", ["jade99@example.net"]),
    ("ｍｉａ＠ｅｘａｍｐｌｅ．ｃｏｍ", ["mia@example.com"]),
    ("jаde@example.com", ["jade@example.com"]),  # Cyrillic а
    ("a@b.co and c@d.org", ["a@b.co", "c@d.org"]),
    ("ana -at- example -dot- com", ["ana@example.com"]),
    ("ana ~at~ example ~dot~ com", ["ana@example.com"]),
    ("rosa at example dotnet", ["rosa@example.net"]),
    ("rosa arroba example puntocom", ["rosa@example.com"]),
    ("rosa@example·com", ["rosa@example.com"]),
    ("rosa (at sign) example (dot) com", ["rosa@example.com"]),
    ("rosa atmark example dot jp", ["rosa@example.jp"]),
    ("rosa a-rond example punct ro", ["rosa@example.ro"]),
    ("rosa آت example دوت com", ["rosa@example.com"]),
    ("rosa ات example دات ir", ["rosa@example.ir"]),
    ("rosa 앳 example 닷 kr", ["rosa@example.kr"]),
    ("lily23 @example.com", ["lily23@example.com"]),
    ("a@example.com/b@example.net", ["a@example.com", "b@example.net"]),
    # no address
    ("meet me at the station. com", []),
    ("meet me at the station dot com", []),
    ("I am at home dot com", []),
    ("book at mysite.example.net/book now", []),
    ("jane at example.com", []),  # a bare "at" and a plain domain need a mailbox-like name
    ("version 2.0@home", []),
    ("x@y", []),
    ("price 20 at 5.30", []),
    ("IG @mia.rose.vip", []),
    ("snap @lily.example.com", []),
    ("DM @nina.vip", []),
    ("p@ypal.me/lilyxo", []),
    ("https://user@example.com/path", []),
    ("tiktok adalah @putri.dance", []),
    ("Since 2019 · 500+ reviews · rated 4.9", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_email_spellings(text: str, expected: list[str]) -> None:
    assert emails(text) == expected


def test_offsets_cover_the_spelled_address() -> None:
    text = "write: lily23 (at) example (dot) org!"
    (entity,) = [e for e in extract(Document(id="x", text=text)) if e.type == "email"]
    assert text[entity.start : entity.end] == "lily23 (at) example (dot) org"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "b1", "at", " at ", "(at)", "@", ".", " dot ", "[dot]", "com", "example", " ", "-", "_"]),
        max_size=30,
    ).map("".join)
)
def test_any_at_dot_soup_gives_lower_case_addresses_inside_the_text(text: str) -> None:
    for entity in extract(Document(id="x", text=text)):
        assert 0 <= entity.start <= entity.end <= len(text)
        if entity.type == "email":
            assert entity.value == entity.value.lower()
            local, _, domain = entity.value.partition("@")
            assert local and "." in domain
