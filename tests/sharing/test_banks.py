"""Banks, keyed hashes, opinions, screening matches: on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clew.errors import InputError, NotFoundError
from clew.model import Document
from clew.pipeline import Pipeline
from clew.sharing.banks import (
    add_signal,
    bank_signals,
    canonical_identifier,
    combine,
    create_bank,
    delete_signal,
    get_bank,
    hamming,
    list_banks,
    recent_matches,
    release_bank,
)
from clew.sharing.keys import create_group, keyed_hash
from clew.sharing.matching import flush_matches, screen_matches
from clew.store import Store

PIPELINE = Pipeline()
PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"


def flip(hex_hash: str, bits: int) -> str:
    """The hash with its lowest ``bits`` bits inverted."""
    return f"{int(hex_hash, 16) ^ ((1 << bits) - 1):064x}"


@pytest.fixture
def bank(store: Store):
    create_group(store, name="ring", organisation="Police A", key=bytes(range(32)))
    return create_bank(store, name="leads", group="ring", flood_limit=3)


def screen(store: Store, text: str, **kw: object) -> list[dict]:
    return screen_matches(store, PIPELINE.analyze(Document(id="d", text=text, country="US")), **kw)


@pytest.mark.parametrize(
    ("type_", "spellings"),
    [
        ("phone", ["+1 213 555 0127", "+12135550127", "(213) 555-0127", "213.555.0127"]),
        ("email", ["Lily@Example.com", "lily@example.com"]),
        ("payment", ["$lilyrose", "cashapp:$lilyrose"]),
        ("crypto", ["1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "btc:1BoatSLRHtKNngkdXEeobR76b53LETtpyT"]),
    ],
)
def test_spellings_of_one_identifier_give_one_canonical_value(type_: str, spellings: list[str]) -> None:
    assert len({canonical_identifier(type_, s) for s in spellings}) == 1


@pytest.mark.parametrize(
    ("type_", "value", "message"),
    [
        ("phone", "no number here", "no phone"),
        ("phone", "213-555-0127 and 213-555-0188", "2 phone"),
        ("fax", "213-555-0127", "unknown identifier type"),
        ("email", "", "1-2048"),
    ],
)
def test_values_that_are_not_one_identifier_are_refused(type_: str, value: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        canonical_identifier(type_, value)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80))
def test_canonical_identifier_reads_any_string_without_crashing(text: str) -> None:
    try:
        value = canonical_identifier("phone", text)
    except InputError:
        return
    assert value.startswith("+")


def test_keyed_hash_depends_on_the_key_type_and_value() -> None:
    a, b = bytes(32), bytes([1]) + bytes(31)
    assert keyed_hash(a, "phone", "+12135550127") == keyed_hash(a, "phone", "+12135550127")
    assert keyed_hash(a, "phone", "+12135550127") != keyed_hash(b, "phone", "+12135550127")
    assert keyed_hash(a, "phone", "+12135550127") != keyed_hash(a, "handle", "+12135550127")


@pytest.mark.parametrize(
    ("held", "combined"),
    [
        (["confirmed"], "confirmed"),
        (["lead", "lead"], "lead"),
        (["lead", "confirmed"], "confirmed"),
        (["false_positive"], "false_positive"),
        (["false_positive", "false_positive"], "false_positive"),
        (["confirmed", "false_positive"], "disputed"),
        (["lead", "false_positive", "confirmed"], "disputed"),
    ],
)
def test_opinions_combine_and_conflicts_are_disputed(held: list[str], combined: str) -> None:
    assert combine(held) == combined


def test_signals_store_hashes_and_keep_raw_values_only_locally(store: Store, bank) -> None:
    added = add_signal(store, bank, type_="phone", value="(213) 555-0127", opinion="confirmed", tags=["se"])
    assert added["hash"] == keyed_hash(bytes(range(32)), "phone", "+12135550127")
    again = add_signal(store, bank, type_="phone", value="+1 213 555 0127", opinion="confirmed", tags=["se"])
    assert again["changed"] is False  # the same opinion again changes nothing
    total, items = bank_signals(store, bank)
    assert total == 1 and "value" not in items[0]
    _total, items = bank_signals(store, bank, include_raw=True)
    assert items[0]["value"] == "+12135550127"
    add_signal(store, bank, type_="email", value="x@example.com", keep_raw=False)
    _total, items = bank_signals(store, bank, include_raw=True)
    assert [i["value"] for i in items] == ["+12135550127", None]


def test_withdrawing_the_last_opinion_deletes_the_signal(store: Store, bank) -> None:
    add_signal(store, bank, type_="phone", value="213-555-0127", opinion="lead")
    add_signal(store, bank, type_="phone", value="213-555-0127", opinion="confirmed", organisation="Platform B")
    delete_signal(store, bank, type_="phone", value="213-555-0127")
    total, items = bank_signals(store, bank)
    assert total == 1 and [o["organisation"] for o in items[0]["opinions"]] == ["Platform B"]
    delete_signal(store, bank, type_="phone", value="213-555-0127", organisation="Platform B")
    assert bank_signals(store, bank)[0] == 0
    assert screen(store, "call 213-555-0127") == []
    with pytest.raises(NotFoundError):
        delete_signal(store, bank, type_="phone", value="213-555-0127")


def test_screening_finds_hashed_identifiers_with_offsets_and_opinions(store: Store, bank) -> None:
    add_signal(store, bank, type_="phone", value="213-555-0127", opinion="confirmed", tags=["se", "ring-7"])
    text = "Sweet girls, call 213-555-0127 now"
    (match,) = screen(store, text)
    assert match["status"] == "match" and match["opinion"] == "confirmed"
    assert text[match["entity"]["start"] : match["entity"]["end"]] == "213-555-0127"
    assert match["tags"] == ["ring-7", "se"] and match["opinions"][0]["organisation"] == "Police A"
    assert screen(store, "call 213-555-0188") == []


def test_a_bank_of_another_group_does_not_match_a_hash_made_with_another_key(store: Store, bank) -> None:
    create_group(store, name="other", organisation="Police A", key=bytes(32))
    other = create_bank(store, name="other-leads", group="other")
    foreign = keyed_hash(bytes(range(32)), "phone", "+12135550127")  # hashed with ring's key
    add_signal(store, other, type_="phone", hash_=foreign)
    assert screen(store, "call 213-555-0127") == []


def test_disputed_false_positive_and_negative_bank(store: Store, bank) -> None:
    add_signal(store, bank, type_="email", value="x@example.com", opinion="lead", organisation="Platform B")
    add_signal(store, bank, type_="email", value="x@example.com", opinion="false_positive")
    (match,) = screen(store, "mail x@example.com")
    assert (match["opinion"], match["status"]) == ("disputed", "disputed")

    add_signal(store, bank, type_="email", value="x@example.com", opinion="false_positive", organisation="Platform B")
    (match,) = screen(store, "mail x@example.com")
    assert match["status"] == "suppressed"

    add_signal(store, bank, type_="phone", value="213-555-0127", opinion="confirmed")
    negative = create_bank(store, name="known-fp", group="ring", kind="negative")
    add_signal(store, negative, type_="phone", value="213-555-0127", opinion="false_positive")
    statuses = {(m["bank"], m["status"]) for m in screen(store, "call 213-555-0127")}
    assert statuses == {("leads", "suppressed"), ("known-fp", "suppressed")}


def test_a_flood_of_matches_quarantines_the_bank_until_released(store: Store, bank) -> None:
    add_signal(store, bank, type_="phone", value="213-555-0127", opinion="confirmed")
    statuses = [screen(store, "call 213-555-0127")[0]["status"] for _ in range(5)]
    assert statuses == ["match", "match", "match", "quarantined", "quarantined"]
    flush_matches()  # match rows and the quarantine are written by a background writer
    assert {m["status"] for m in recent_matches(store, bank)} == {"match", "quarantined"}
    info = next(b for b in list_banks(store) if b["name"] == "leads")
    assert info["quarantined_at"] and "limit 3" in info["quarantine_reason"]
    release_bank(store, get_bank(store, "leads"))
    assert next(b for b in list_banks(store) if b["name"] == "leads")["quarantined_at"] is None
    # the window still holds the flood: the next match trips the limit again, as it should
    assert screen(store, "call 213-555-0127")[0]["status"] == "quarantined"


def test_screening_without_recording_leaves_the_flood_count_alone(store: Store, bank) -> None:
    add_signal(store, bank, type_="phone", value="213-555-0127", opinion="confirmed")
    for _ in range(6):
        assert screen(store, "call 213-555-0127", record=False)[0]["status"] == "match"


def test_photos_match_by_pdq_distance(store: Store, bank) -> None:
    add_signal(store, bank, type_="pdq", hash_=PDQ, opinion="confirmed")
    assert hamming(PDQ, flip(PDQ, 31)) == 31
    (near,) = screen(store, "a photo", pdq=[flip(PDQ, 31)])
    assert near["type"] == "pdq" and near["distance"] == 31 and near["entity"] is None
    assert screen(store, "a photo", pdq=[flip(PDQ, 32)]) == []
    delete_signal(store, bank, type_="pdq", hash_=PDQ)
    assert screen(store, "a photo", pdq=[PDQ]) == []  # the in-memory PDQ list follows deletions


def test_bank_input_errors_name_the_field(store: Store, bank) -> None:
    with pytest.raises(InputError) as err:
        add_signal(store, bank, type_="phone", value="213-555-0127", opinion="maybe")
    assert err.value.where == "opinion"
    with pytest.raises(InputError) as err:
        add_signal(store, bank, type_="phone", hash_="abc")
    assert err.value.where == "hash"
    with pytest.raises(InputError) as err:
        add_signal(store, bank, type_="phone", value="213-555-0127", tags=["has space"])
    assert err.value.where == "tags"
    with pytest.raises(InputError):
        create_bank(store, name="leads", group="ring")
    with pytest.raises(NotFoundError):
        create_bank(store, name="x", group="nope")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.text(max_size=40), type_=st.sampled_from(["phone", "email", "url", "handle", "payment", "crypto"]))
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_adding_any_value_either_stores_it_or_says_why(store: Store, bank, value: str, type_: str) -> None:
    try:
        result = add_signal(store, bank, type_=type_, value=value)
    except InputError as exc:
        assert exc.where == "value"
        return
    assert len(result["hash"]) == 64
