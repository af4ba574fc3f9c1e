"""Exchange as files between two workspaces: incremental, with deletions, checkpoints and checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clew.errors import InputError
from clew.settings import Settings
from clew.sharing.banks import add_signal, bank_signals, create_bank, delete_signal, get_bank
from clew.sharing.exchange import export_changes, export_file, import_changes, import_file
from clew.sharing.keys import create_group
from clew.store import Store, init_workspace

KEY = bytes(range(32))


@pytest.fixture
def two(store: Store, tmp_path: Path):
    """Organisation A (the parametrised store) and B (a SQLite workspace of its own), same group key."""
    other = init_workspace(Settings(workspace=tmp_path / "b"))
    create_group(store, name="ring", organisation="Police A", key=KEY)
    create_group(other, name="ring", organisation="Platform B", key=KEY)
    a = create_bank(store, name="leads", group="ring")
    b = create_bank(other, name="from-a", group="ring")
    yield store, a, other, b
    other.close()


def state(store: Store, bank) -> set[tuple[str, str, str, tuple[str, ...]]]:
    _total, items = bank_signals(store, bank, limit=1000)
    return {(i["type"], i["hash"], i["opinion"], tuple(o["organisation"] for o in i["opinions"])) for i in items}


def test_incremental_files_carry_opinions_and_deletions(two, tmp_path: Path) -> None:
    sa, a, sb, b = two
    add_signal(sa, a, type_="phone", value="213-555-0127", opinion="confirmed", tags=["se"])
    add_signal(sa, a, type_="email", value="x@example.com", opinion="lead")
    first = export_file(sa, a, tmp_path / "1.json")
    assert first["changes"] == 2 and first["checkpoint"] == 2
    assert import_file(sb, b, tmp_path / "1.json") == {"received": 2, "applied": 2, "unchanged": 0}
    assert {h for _t, h, _o, _w in state(sb, b)} == {h for _t, h, _o, _w in state(sa, a)}

    delete_signal(sa, a, type_="email", value="x@example.com")
    add_signal(sa, a, type_="phone", value="213-555-0127", opinion="false_positive")
    second = export_file(sa, a, tmp_path / "2.json", since=first["checkpoint"])
    assert second["changes"] == 2 and second["since"] == 2
    import_file(sb, b, tmp_path / "2.json")
    assert state(sb, b) == state(sa, a)
    assert len(state(sb, b)) == 1 and next(iter(state(sb, b)))[2] == "false_positive"

    # the same file again, or B's echo of A's changes, changes nothing anywhere
    assert import_file(sb, b, tmp_path / "2.json")["applied"] == 0
    echo = export_changes(sb, get_bank(sb, "from-a"))
    assert import_changes(sa, a, echo)["applied"] == 0


def test_two_organisations_opinions_combine_after_exchange(two) -> None:
    sa, a, sb, b = two
    add_signal(sa, a, type_="phone", value="213-555-0127", opinion="confirmed")
    import_changes(sb, b, export_changes(sa, a))
    add_signal(sb, b, type_="phone", value="213-555-0127", opinion="false_positive")  # B disagrees
    import_changes(sa, a, export_changes(sb, b))
    (item,) = bank_signals(sa, a)[1]
    assert item["opinion"] == "disputed"
    assert {o["organisation"]: o["opinion"] for o in item["opinions"]} == {
        "Police A": "confirmed",
        "Platform B": "false_positive",
    }


def test_raw_identifiers_leave_only_when_asked_and_are_checked(two, tmp_path: Path) -> None:
    sa, a, sb, b = two
    add_signal(sa, a, type_="phone", value="213-555-0127", opinion="confirmed")
    export_file(sa, a, tmp_path / "hashes.json")
    assert "+12135550127" not in (tmp_path / "hashes.json").read_text()
    export_file(sa, a, tmp_path / "raw.json", include_raw=True)
    payload = json.loads((tmp_path / "raw.json").read_text())
    assert payload["raw_identifiers"] is True and payload["changes"][0]["value"] == "+12135550127"
    import_file(sb, b, tmp_path / "raw.json")
    assert bank_signals(sb, b, include_raw=True)[1][0]["value"] == "+12135550127"
    payload["changes"][0]["value"] = "+12135550188"  # does not hash to the signal
    with pytest.raises(InputError) as err:
        import_changes(sb, b, payload, where="raw.json")
    assert err.value.where == "raw.json: changes[0].value"


def test_a_bank_with_another_key_refuses_the_file(two, tmp_path: Path) -> None:
    sa, a, sb, _b = two
    create_group(sb, name="other", organisation="Platform B")
    other = create_bank(sb, name="other", group="other")
    add_signal(sa, a, type_="phone", value="213-555-0127")
    with pytest.raises(InputError, match="key") as err:
        import_changes(sb, other, export_changes(sa, a))
    assert KEY.hex() not in str(err.value)


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda p: p.update(format="other"), "f.json"),
        (lambda p: p.update(version=9), "f.json"),
        (lambda p: p.update(changes={}), "f.json: changes"),
        (lambda p: p["changes"][0].pop("hash"), "f.json: changes[0]"),
        (lambda p: p["changes"][0].update(hash="xyz"), "f.json: changes[0].hash"),
        (lambda p: p["changes"][0].update(action="merge"), "f.json: changes[0].action"),
        (lambda p: p["changes"][0].update(type="fax"), "f.json: changes[0].type"),
        (lambda p: p["changes"][0].update(opinion="maybe"), "f.json: changes[0].opinion"),
        (lambda p: p["changes"][0].update(at="yesterday"), "f.json: changes[0].at"),
        (lambda p: p["changes"][0].update(organisation=""), "f.json: changes[0].organisation"),
        (lambda p: p["changes"][0].update(tags="se"), "f.json: changes[0].tags"),
    ],
)
def test_bad_exports_are_refused_naming_the_change_and_field(two, mutate, where: str) -> None:
    sa, a, sb, b = two
    add_signal(sa, a, type_="phone", value="213-555-0127")
    payload = export_changes(sa, a)
    mutate(payload)
    with pytest.raises(InputError) as err:
        import_changes(sb, b, payload, where="f.json")
    assert err.value.where == where
    assert bank_signals(sb, b)[0] == 0  # nothing half-applied


def test_unreadable_file_errors_name_the_file_and_line(two, tmp_path: Path) -> None:
    _sa, _a, sb, b = two
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "clew-bank-changes",\n "changes": [}\n')
    with pytest.raises(InputError) as err:
        import_file(sb, b, bad)
    assert err.value.where == str(bad) and "line 2" in err.value.reason


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    payload=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=10),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
        max_leaves=12,
    )
)
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_importing_any_json_is_refused_cleanly(two, payload: object) -> None:
    _sa, _a, sb, b = two
    with pytest.raises(InputError):
        import_changes(sb, b, payload)
