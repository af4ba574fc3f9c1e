"""Social and messenger handles: platform cues in many languages, scripts and URL forms."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clew.identifiers.base import FieldContext
from clew.identifiers.handle import Handle
from clew.model import TextField
from clew.text import normalize

KIND = Handle()


def found(text: str, field: TextField = "text") -> list[tuple[str, str]]:
    ctx = FieldContext(field=field, text=normalize(text), region="US")
    return sorted(((e.value, text[e.start : e.end]) for e in KIND.extract(ctx)), key=lambda v: text.find(v[1]))


CASES = [
    # English cues, abbreviations, emoji
    ("sc 👻 lily_23", ["snapchat:lily_23"]),
    ("IG: @sweet.lily", ["instagram:sweet.lily"]),
    ("kik - lilyxo", ["kik:lilyxo"]),
    ("t.me/lilybooking", ["telegram:lilybooking"]),
    ("https://www.instagram.com/Mia.Rose_/", ["instagram:mia.rose_"]),
    ("add my snap: MiaRose", ["snapchat:miarose"]),
    ("👻 mia.rose22", ["snapchat:mia.rose22"]),
    ("Snapchat ➡️ MIAXO", ["snapchat:miaxo"]),
    ("my kik is velvetrose", ["kik:velvetrose"]),
    ("OF: @velvet.rose", ["onlyfans:velvet.rose"]),
    ("onlyfans.com/velvetrose", ["onlyfans:velvetrose"]),
    ("X: @velvet_rose", ["twitter:velvet_rose"]),
    ("twitter.com/velvet_rose and x.com/rose_two", ["twitter:velvet_rose", "twitter:rose_two"]),
    ("tiktok.com/@rose.dance", ["tiktok:rose.dance"]),
    ("fb: rose.dancer.9", ["facebook:rose.dancer.9"]),
    ("facebook.com/rose.dancer.9", ["facebook:rose.dancer.9"]),
    ("Discord: rosie_22", ["discord:rosie_22"]),
    ("skype: live.rosie22", ["skype:live.rosie22"]),
    ("Signal: rosie.07", ["signal:rosie.07"]),
    ("WhatsApp: rosie_booking", ["whatsapp:rosie_booking"]),
    ("snap/insta: mia.rose22", ["snapchat:mia.rose22", "instagram:mia.rose22"]),
    ("IG & TG: @mia_booking", ["instagram:mia_booking", "telegram:mia_booking"]),
    ("@mia_booking on IG", ["instagram:mia_booking"]),
    ("DM @velvet_nights", ["unknown:velvet_nights"]),
    # Other languages and scripts
    ("Пиши в телеграм @mila_msk", ["telegram:mila_msk"]),
    ("Инста: mila.spb", ["instagram:mila.spb"]),
    ("тг: @mila_spb_vip", ["telegram:mila_spb_vip"]),
    ("加微信：lily_vip888", ["wechat:lily_vip888"]),
    ("vx: lily_vip888", ["wechat:lily_vip888"]),
    ("电报 @lily_sh_vip", ["telegram:lily_sh_vip"]),
    ("แอดไลน์: lily.bkk", ["line:lily.bkk"]),
    ("LINE ID: lily-bkk", ["line:lily-bkk"]),
    ("تواصل سناب: lily_dxb", ["snapchat:lily_dxb"]),
    ("تيليجرام @lily_dxb", ["telegram:lily_dxb"]),
    ("Escríbeme al insta: @lola.mx", ["instagram:lola.mx"]),
    ("Contacte-moi sur Snap : lola_paris", ["snapchat:lola_paris"]),
    ("Chama no zap: lola_rj", ["whatsapp:lola_rj"]),
    ("Kakao ID: mina_seoul", ["kakaotalk:mina_seoul"]),
    ("ＩＧ：＠ｓｗｅｅｔ．ｌｉｌｙ", ["instagram:sweet.lily"]),
    ("IG: @sw\u200beet.lily", ["instagram:sweet.lily"]),
    # names with case endings, dotted abbreviations, copulas, a verb before the '@' name
    ("напиши в телегу @masha_nsk", ["telegram:masha_nsk"]),
    ("в инстаграме: @masha.nsk", ["instagram:masha.nsk"]),
    ("у тіктоку — @dana.dance", ["tiktok:dana.dance"]),
    ("Telegram'dan ulaş: @ayse_izm", ["telegram:ayse_izm"]),
    ("instagramdan: @ayse.izm", ["instagram:ayse.izm"]),
    ("na instagramie: ola.krk", ["instagram:ola.krk"]),
    ("I.G.: @nora.vip", ["instagram:nora.vip"]),
    ("t.g - @nora_tg", ["telegram:nora_tg"]),
    ("mon snap c’est lea.paris", ["snapchat:lea.paris"]),
    ("il mio insta è giada.rm", ["instagram:giada.rm"]),
    ("ig saya adalah putri.bdg", ["instagram:putri.bdg"]),
    ("telegram me: @nora_tg", ["telegram:nora_tg"]),
    ("텔레: @jisoo_k22", ["telegram:jisoo_k22"]),
]

NEGATIVES = [
    "write to lily@example.com",
    "mail: jane.doe@example.org, support@example.net",
    "see you @ 5pm",
    "I work @home, meet @noon",
    "150 @ 1hr, 200@2hrs",
    "$150 @ hotel",
    "Telegram only",
    "Instagram model, snapchat premium, kik messenger",
    "WhatsApp +1 702 555 0100",
    "whatsapp: 0491 570 156",
    "line up at the door",
    "signal strength is low",
    "one of my friends",
    "x: 3, x 4",
    "instagram.com/p/Cxyz123 and facebook.com/profile.php?id=100",
    "t.me/+AbCdEf123",
    "TG 702-555-0100",
    "Instagram-worthy brunch",
    "a TikTok-famous dance, snap-happy tourists",
    "в телеге нет, только звонки",
    "venmo @sara-lee22",
    "@lily-rose",
    "Columbia, S.C. — incall",
]


@pytest.mark.parametrize(("text", "values"), CASES)
def test_handles(text: str, values: list[str]) -> None:
    assert [v for v, _ in found(text)] == values


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_handles(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("IG: @sweet.lily", "@sweet.lily"),
        ("sc 👻 lily_23", "lily_23"),
        ("book: t.me/LilyBooking", "t.me/LilyBooking"),
        ("ＩＧ：＠ｓｗｅｅｔ．ｌｉｌｙ", "＠ｓｗｅｅｔ．ｌｉｌｙ"),
    ],
)
def test_offsets_show_the_handle(text: str, written: str) -> None:
    ((_, shown),) = found(text)
    assert shown == written


def test_url_field_reads_profile_links_only() -> None:
    assert [v for v, _ in found("https://t.me/lilybooking", "url")] == ["telegram:lilybooking"]
    assert found("https://example.com/tg/lily_vip", "url") == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_no_crash_spans_inside(text: str) -> None:
    ctx = FieldContext(field="text", text=normalize(text), region="US")
    for entity in KIND.extract(ctx):
        assert 0 <= entity.start < entity.end <= len(text)
        platform, _, user = entity.value.partition(":")
        assert platform and user and user == user.lower()


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["IG: @", "snap: ", "t.me/", "kik - ", "tg @"]),
    st.from_regex(r"[a-z][a-z0-9_]{5,14}", fullmatch=True),
)
def test_generated_usernames_after_cues(cue: str, user: str) -> None:
    values = [v for v, _ in found(f"hi {cue}{user} ok")]
    assert len(values) == 1 and values[0].endswith(":" + user)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A cue after its username: the span is the username as written, the cue is left out.
        ("hmu, Jade_X on tg", [("telegram:jade_x", "Jade_X")]),
        ("mira_la on insta, mira.la on snap", [("instagram:mira_la", "mira_la"), ("snapchat:mira.la", "mira.la")]),
        ("luna.k22 auf Insta, schreib mir", [("instagram:luna.k22", "luna.k22")]),
        # A time or a plain word before a cue is no username, and the cue's own name after it still counts.
        ("9pm on snap: @kit_kat", [("snapchat:kit_kat", "@kit_kat")]),
        ("pics on insta, rose_22 on tg", [("telegram:rose_22", "rose_22")]),
        # An '@' name later in the clause of a cue with no name of its own.
        ("find me on Telegram, I'm @Vale_22", [("telegram:vale_22", "@Vale_22")]),
        ("sin telegram, escríbeme @vale_22", [("unknown:vale_22", "@vale_22")]),
        ("Telegram only! DM @vale_22", [("unknown:vale_22", "@vale_22")]),
        # A display name before the profile's URL.
        (
            "FB: Ana Silva — https://www.facebook.com/ana.silva.77",
            [("facebook:ana.silva.77", "facebook.com/ana.silva.77")],
        ),
    ],
)
def test_cue_after_name_and_cue_for_a_later_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
