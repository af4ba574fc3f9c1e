"""Forms read by mechanism after batch 14: platform and coin names in any script by their transliterated consonants,
footers whose arrows point at names, a nearer cue owning a name, Markdown and emoji around the at sign, the payee in
a pay link's query, chat exports answering an age question."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.identifiers import extract
from clew.identifiers.handle import script_platform, skeleton
from clew.model import Document, Entity


def found(text: str, kind: str) -> list[Entity]:
    return [e for e in extract(Document(id="x", text=text)) if e.type == kind]


def values(text: str, kind: str) -> list[str]:
    return [e.value for e in found(text, kind)]


# -- platform names in other scripts, by their consonants -----------------------------------------------------


@pytest.mark.parametrize(
    ("word", "platform"),
    [
        ("ಟೆಲಿಗ್ರಾಮ್", "telegram"),  # Kannada
        ("ടെലിഗ്രാം", "telegram"),  # Malayalam
        ("ટેલિગ્રામ", "telegram"),  # Gujarati
        ("ଟେଲିଗ୍ରାମ", "telegram"),  # Odia
        ("ഇൻസ്റ്റാഗ്രാം", "instagram"),  # Malayalam writes "tt" with RRA
        ("ਇੰਸਟਾਗ੍ਰਾਮ", "instagram"),  # Gurmukhi tippi reads "m" before "s"
        ("ಫೇಸ್ಬುಕ್", "facebook"),
        ("ස්නැප්චැට්", "snapchat"),  # Sinhala
        ("नमस्ते", None),
        ("привет", None),
        ("हरहा", None),
    ],
)
def test_script_platform(word: str, platform: str | None) -> None:
    assert script_platform(word) == platform


def test_skeleton_keeps_consonants_once() -> None:
    assert skeleton("telegram") == skeleton("ಟೆಲಿಗ್ರಾಮ್") == "tlgrm"
    assert skeleton("facebook") == "fsbk"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ગુજરાતી ટેલિગ્રામ: @hetal_k", ["telegram:hetal_k"]),
        ("ടെലിഗ്രാം വഴി @anu_tvm", ["telegram:anu_tvm"]),  # the word before the postposition
        ("नमस्ते: @riya_k", ["unknown:riya_k"]),
        ("ಟೆಲಿಗ್ರಾಮ್ ಇಲ್ಲ. ನನ್ನ ಹೆಸರು ಮತ್ತು ವಿಳಾಸ @divya_blr", ["unknown:divya_blr"]),  # far away, two words
    ],
)
def test_platform_named_in_another_script_before_an_at_name(text: str, expected: list[str]) -> None:
    assert values(text, "handle") == expected


# -- footers and nearer cues ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SC ► lexi.snaps | OF ► lexixo", ["snapchat:lexi.snaps", "onlyfans:lexixo"]),
        ("TG ▸ kira_vip · OF ▸ kiraxo", ["telegram:kira_vip", "onlyfans:kiraxo"]),
        ("OF ▸ kiraxo", []),  # a lone line: no list around the cue
        ("X • Y • Z, TT • dance", []),  # a bullet separates, it points at nothing
        ("we love OF ▸ content creators", []),  # in a sentence, no list item
    ],
)
def test_arrows_in_footers(text: str, expected: list[str]) -> None:
    assert values(text, "handle") == expected


def test_a_nearer_cue_in_the_phrase_before_the_name_owns_it() -> None:
    assert values("카톡 말고 텔레그램으로 연락해요: @yuna_k", "handle") == ["telegram:yuna_k"]
    assert values("Insta y Telegram: @lia_22", "handle") == ["instagram:lia_22", "telegram:lia_22"]


def test_hungarian_lengthened_endings() -> None:
    assert values("Írj Snapchatre vagy Instán: @bori.k", "handle") == ["instagram:bori.k"]


# -- e-mail --------------------------------------------------------------------------------------------------


def test_emoji_around_the_at_sign_and_the_span_keeps_them() -> None:
    text = "mail 💋 nora.v 💋@💋 example.org 💋"
    (e,) = found(text, "email")
    assert e.value == "nora.v@example.org"
    assert text[e.start : e.end] == "nora.v 💋@💋 example.org"
    assert values(text, "url") == []  # the host of an address is no web address
    assert values("DM 📩 @lena.vip, follow ✨ @mia.co", "email") == []  # an emoji apart, an '@' glued to a name


def test_a_date_after_a_word_of_another_script_is_no_path() -> None:
    assert values("γράψτε στο maria.k@example.gr έως 30/09", "email") == ["maria.k@example.gr"]
    assert values("p@ypal.me/lena", "email") == []


@given(st.sampled_from(["_", "__", "*", "**", "~", "-"]), st.sampled_from(["_", "__", "*", "**", "~", "-"]))
@settings(max_examples=30, deadline=None)
def test_markdown_wraps(at_wrap: str, dot_wrap: str) -> None:
    text = f"write kim {at_wrap}at{at_wrap} example {dot_wrap}dot{dot_wrap} org"
    assert values(text, "email") == ["kim@example.org"]


# -- payment and crypto --------------------------------------------------------------------------------------


def test_payee_in_a_pay_links_query() -> None:
    text = "pay here: https://account.venmo.com/pay?txn=pay&amount=15&recipients=dee-r"
    (e,) = found(text, "payment")
    assert e.value == "venmo:dee-r"
    assert text[e.start : e.end] == "dee-r"
    assert values("https://venmo.com/pay?txn=pay&amount=15", "payment") == []


def test_solana_named_in_another_script() -> None:
    key = "J6f2xF6F9ByJL6JZLrhavj3Xa22oH456yB8c5Z4uxPe9"
    assert values(f"سولانا والٹ: {key}", "crypto") == [f"sol:{key}"]
    assert values(f"фантом: {key}", "crypto") == [f"sol:{key}"]
    assert values(f"привет: {key}", "crypto") == []


# -- age -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[9:14 pm] him: how old r u\n[9:15 pm] her: 21 lol", ["21"]),
        ("12:01 - A: wie alt bist du\n12:02 - B: 24", ["24"]),
        ("[9:14 pm] him: how much\n[9:15 pm] her: 21 lol", []),
        ("[9:14 pm] him: how old r u\n[9:15 pm] her: 21 min away", []),
        ("වයස අවුරුදු 30", ["30"]),
    ],
)
def test_chat_answers_and_labels(text: str, expected: list[str]) -> None:
    assert values(text, "age") == expected
