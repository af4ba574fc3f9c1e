"""Session 22 identifier families: each phenomenon in several scripts or languages, with the look-alikes that must
stay out (texts written for these tests; fictional values only)."""

from __future__ import annotations

import pytest
from extracted import spans as _spans
from extracted import values as _values

from clew.text import normalize
from clew.text.numbers import digit_view, ethiopic_numbers, words_value

# -- ages: sex tags, "this year", numerals and number words ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("24f, just arrived, call me", "24"),
        ("27f | Manchester | free tonight", "27"),
        ("F/26 new here", "26"),
        ("m / 33, Leeds", "33"),
        ("(F/21) looking for work", "21"),
    ],
)
def test_sex_tag_opening_a_profile_line_is_an_age(text: str, age: str) -> None:
    assert _values(text, "age") == [age]


@pytest.mark.parametrize(
    "text",
    [
        "I have 24f, they said",  # lower case in a sentence: not a profile tag
        "size 36f, cup",  # a bra size
        "room f/22 is free",  # a room, not a line-opening tag
        "Gate F/22 boarding",
    ],
)
def test_sex_tag_look_alikes_are_no_age(text: str) -> None:
    assert _values(text, "age") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("我今年23，在深圳", "23"),
        ("我今年二十三了", "23"),
        ("今年廿四，成都人", "24"),
        ("今年で二十一になります", "21"),
        ("올해 27, 부산", "27"),
    ],
)
def test_this_year_and_a_number_is_the_speakers_age(text: str, age: str) -> None:
    assert _values(text, "age") == [age]


@pytest.mark.parametrize("text", ["公司今年20周年", "今年二十家新店", "今年30%的增长", "今年二十个人来了"])
def test_this_year_before_a_count_is_no_age(text: str) -> None:
    assert _values(text, "age") == []


def test_ethiopic_numerals_are_read_additively() -> None:
    view = normalize("ዕድሜ ፳፫ ፲፱፻፺")
    assert [v for _, _, v in ethiopic_numbers(view.text)] == [23]  # ፲፱፻፺ (1990) holds a hundred: left as written
    assert digit_view(view).text.startswith("ዕድሜ 23")
    assert _values("ዕድሜ ፳፫፣ ባህር ዳር", "age") == ["23"]
    assert _values("ዕድሜ፡ ፲፰", "age") == ["18"]
    assert _values("እኔ ፴፩ ዓመቴ ነው", "age") == ["31"]
    assert _spans("ዕድሜ ፳፫፣ ባህር ዳር", "age") == ["፳፫"]


def test_ethiopic_numerals_without_an_age_cue_are_no_age() -> None:
    assert _values("ዋጋ ፳፫ ብር", "age") == []


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("labaatan iyo afar", 24),
        ("afar iyo labaatan", 24),
        ("soddon iyo kow", 31),
        ("mẹ́tàlélógún", 23),
        ("metalelogun", 23),
        ("méjìdínlọ́gbọ̀n", 28),
        ("ọgbọ̀n", 30),
    ],
)
def test_somali_and_yoruba_number_words(phrase: str, value: int) -> None:
    assert words_value(phrase) == value


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Waxaan ahay labaatan iyo afar jir", "24"),
        ("Hogeita hiru urte ditut", "23"),
        ("Mo jẹ ọmọ ọdún mẹ́tàlélógún", "23"),
        ("E 26 ōku tau, nō Tāmaki", "26"),
        ("زه ۲۴ کلن یم", "24"),
        ("Tá mé ceithre bliana is fiche d'aois", "24"),
        ("Tha mi dà bhliadhna ar fhichead", "22"),
    ],
)
def test_age_words_of_more_languages(text: str, age: str) -> None:
    assert _values(text, "age") == [age]


@pytest.mark.parametrize(
    "text",
    [
        "trí bliana is fiche ó shin",  # "twenty-three years ago": no "of age", no "I am"
        "labaatan iyo afar qof",  # 24 people
        "Hogeita hiru etxe",  # 23 houses
    ],
)
def test_number_words_without_an_age_cue_are_no_age(text: str) -> None:
    assert _values(text, "age") == []


def test_a_foreign_compound_of_number_words_is_a_word_of_the_sentence() -> None:
    # Uzbek "qiling" (call!) splits into Pinyin "qi" (7) and "ling" (0); the number is in Uzbek words
    text = "Qo'ng'iroq qiling: nol ikki nol; yetti to'qqiz to'rt olti; nol to'qqiz yetti bir"
    assert "qiling" in digit_view(normalize(text)).text
    assert _values(text, "phone", "GB") == ["+442079460971"]
    # the same compound inside a Pinyin number still counts
    assert "7" in digit_view(normalize("dianhua: qiling yao er san si")).text


# -- e-mail: symmetric wrappers, glued capitals, "# = @" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("lena~at~example~dot~org", "lena@example.org"),
        ("lena*at*example*dot*com", "lena@example.com"),
        ("lena=at=example=dot=org", "lena@example.org"),
        ("lena^at^example^dot^net", "lena@example.net"),
        ("mail: lena /at/ example /dot/ org", "lena@example.org"),
        ("lena |at| example |dot| com", "lena@example.com"),
        ("write to lenaATexampleDOTorg", "lena@example.org"),
        ("lena.vATmailDOTexampleDOTcom", "lena.v@mail.example.com"),
        ("lena$example.org ($ = @)", "lena@example.org"),
        ("lena%example.net, % means @", "lena@example.net"),
    ],
)
def test_wrapped_glued_and_instructed_at_signs(text: str, address: str) -> None:
    assert _values(text, "email") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "news~at~home.html",  # glued at, plain dot: a path
        "lena~at~example*dot*org",  # the dot wrapped by another sign
        "read this /at/ home /dot/ now",  # no top-level domain
        "GREATDOTCOM",  # all capitals: no separators to tell
        "caveATemptorDOTxyzzy",  # unknown ending
    ],
)
def test_wrapper_look_alikes_make_no_address(text: str) -> None:
    assert _values(text, "email") == []


# -- region cues: names in other scripts, proclitics, countries in more languages, hosts ---------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("मेलबोर्न में नौकरी", "AU"),  # Melbourne in Devanagari (GeoNames alternate name)
        ("Работа в Бирмингеме", "GB"),  # a Russian case ending on a generated name
        ("δουλειά στο Μάντσεστερ", "GB"),
        ("Ληντς", "GB"),
        ("Λιντς", "GB"),  # the same name spelt with another letter for the same sound
        ("עבודה במרסיי", "FR"),  # Hebrew "in Marseille": the proclitic glued before the name
        ("وظيفة بمانشستر", "GB"),  # Arabic "in Manchester"
        ("Arbeit in Australien", "AU"),
        ("Werk in Australië", "AU"),
        ("Werk in Frankrijk", "FR"),
    ],
)
def test_places_in_other_scripts_and_languages(text: str, country: str) -> None:
    from clew.text.places import places_in, vote

    view = normalize(text)
    assert vote(places_in(view), view.text) == country


@pytest.mark.parametrize("text", ["שלום לכולם", "عمل جيد", "καλή δουλειά", "अच्छा काम"])
def test_ordinary_words_of_those_scripts_name_no_place(text: str) -> None:
    from clew.text.places import places_in

    assert places_in(normalize(text)) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("ब्रिस्बेन में काम, कॉल 0491 570 112", "+61491570112"),
        ("Arbeit in Australien, Tel. 0491 570 113", "+61491570113"),
        ("Λιντς, αποθήκη: 0113 496 0211", "+441134960211"),
        ("עבודה בליון, טלפון 01 99 00 21 43", "+33199002143"),
        ("write to nina@example.com.au or call 0491 570 114", "+61491570114"),
        ("details on www.example.co.uk, ring 020 7946 0215", "+442079460215"),
    ],
)
def test_region_cues_read_a_national_number(text: str, phone: str) -> None:
    assert _values(text, "phone") == [phone]


def test_a_file_name_ending_in_a_country_code_is_no_region_cue() -> None:
    from clew.identifiers.region import region_from_hosts

    assert region_from_hosts("see notes.md and main.py") is None
    assert region_from_hosts("mail nina@example.de") == "DE"
    assert region_from_hosts("https://example.io/x") is None  # a ccTLD sold as a generic name


# -- phone look-alikes and numbers given in parts --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Firmware v2.14.555.0142",
        "build 10.0.555.0177 released",
        "Android 14.2.312.5550",
        "Bestelnummer 312-555-0161",
        "Ordernummer: 312 555 0162",
        "Numéro de facture 312 555 0163",
        "Номер заказа 312 555 0164",
    ],
)
def test_versions_and_order_numbers_are_no_phone(text: str) -> None:
    assert _values(text, "phone", "US") == []


@pytest.mark.parametrize(
    "text",
    [
        "Version 2.1 is out - call 312.555.0165",
        "Telefoonnummer 312-555-0165",
        "v 312.555.0165 call me",  # a spaced "v" is no version's
    ],
)
def test_a_phone_near_a_version_or_with_its_own_label_stays(text: str) -> None:
    assert _values(text, "phone", "US") == ["+13125550165"]


@pytest.mark.parametrize(
    ("text", "country", "phone"),
    [
        ("Numer zaczyna się od 020 7946. Końcówka: 0216.", "GB", "+442079460216"),
        ("Starts with 020 7946, ending: 0217", "GB", "+442079460217"),
        ("Die Nummer beginnt mit 030 5557, die Endziffern: 1234", "DE", None),
        ("Empieza por 312 555, el resto: 0166", "US", "+13125550166"),
    ],
)
def test_a_number_given_as_its_start_and_its_ending(text: str, country: str, phone: str | None) -> None:
    values = _values(text, "phone", country)
    if phone is None:
        assert all(len(v) > 8 for v in values)  # whatever it reads, the parts are joined into one number or none
    else:
        assert values == [phone]


def test_rooms_and_the_rest_are_no_phone() -> None:
    assert _values("Rooms 12 14, the rest 16 and 18", "phone", "US") == []


# -- handles, wallets and payment names ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("0nlyfans.com/rosa_lane", "onlyfans:rosa_lane"),
        ("1nstagram.com/rosa.lane", "instagram:rosa.lane"),
        ("t1kt0k.com/@rosa.lane", "tiktok:rosa.lane"),
        ("f4cebook.com/rosa.lane", "facebook:rosa.lane"),
    ],
)
def test_look_alike_digits_in_a_platforms_host(text: str, handle: str) -> None:
    assert _values(text, "handle") == [handle]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("TG: @vera_\nodesa", "telegram:vera_odesa"),
        ("IG: @vera_\nlane\nwrite me", "instagram:vera_lane"),
    ],
)
def test_a_username_cut_by_a_line_break_before_a_plain_word(text: str, handle: str) -> None:
    assert _values(text, "handle") == [handle]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("IG: vera_\nDM me for prices", "instagram:vera_"),  # the next line is a sentence
        ("TG: @vera_ odesa", "telegram:vera_"),  # a space, no line break
        ("snap: vera.\nThanks", "snapchat:vera"),  # after a dot, a plain word opens a sentence
    ],
)
def test_a_plain_word_of_the_next_sentence_is_not_joined(text: str, handle: str) -> None:
    assert _values(text, "handle") == [handle]


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        ("O.F: rosa.lane", ["onlyfans:rosa.lane"]),
        ("T.T: @rosa.lane", ["tiktok:rosa.lane"]),
        ("o.f: rosa.lane", []),  # lower case: no abbreviation of a platform
        ("O.F rosa.lane", []),  # no colon nor '@'
    ],
)
def test_dotted_two_letter_cues(text: str, handles: list[str]) -> None:
    assert _values(text, "handle") == handles


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        ("DM me @ rosa.lane", ["unknown:rosa.lane"]),
        ("escríbeme @ rosa_22", ["unknown:rosa_22"]),
        ("напиши мне @ rosa_22", ["unknown:rosa_22"]),
        ("meet me @ home", []),
        ("text me @ 5", []),
        ("add me @ example.org", []),  # a host
    ],
)
def test_a_spaced_at_after_a_verb_of_getting_in_touch(text: str, handles: list[str]) -> None:
    assert _values(text, "handle") == handles


def test_an_eth_address_wrapped_over_lines_after_the_coins_name() -> None:
    from test_split_addresses import _eip55

    address = _eip55("s22-lines-81")  # nine letters: nine bits of EIP-55 checksum
    assert sum(c.isalpha() for c in address[2:]) == 9
    wrapped = f"ETH:\n{address[:14]}\n{address[14:28]}\n{address[28:]}"
    assert _values(wrapped, "crypto") == [f"eth:{address.lower()}"]
    assert _spans(wrapped, "crypto") == [wrapped[5:]]
    # spaced on one line, or with no coin named, nine bits are too few
    assert _values(f"ETH: {address[:14]} {address[14:28]} {address[28:]}", "crypto") == []
    assert _values(f"{address[:14]}\n{address[14:28]}\n{address[28:]}", "crypto") == []
    # one letter's case flipped: the checksum fails
    i = next(k for k, c in enumerate(address) if k > 1 and c.isalpha())
    broken = address[:i] + address[i].swapcase() + address[i + 1 :]
    assert _values(f"ETH:\n{broken[:14]}\n{broken[14:28]}\n{broken[28:]}", "crypto") == []


@pytest.mark.parametrize(
    ("text", "payment"),
    [
        ("ヴェンモ：@Rosa-Lane", "venmo:rosa-lane"),
        ("ベンモ：@Rosa-Lane", "venmo:rosa-lane"),
        ("レヴォリュート: @rosalane", "revolut:rosalane"),
    ],
)
def test_katakana_v_spellings_of_service_names(text: str, payment: str) -> None:
    assert _values(text, "payment") == [payment]
